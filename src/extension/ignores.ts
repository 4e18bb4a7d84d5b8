/**
 * Ignored claims you can see and take back. A claim is ignored by its key (independent of where it is in
 * a draft): everywhere through the `devonFactCheck.ignoredClaims` setting, or in one draft (workspace
 * state). What the claim said and why it was flagged is kept beside the key, so the list reads in words.
 */
import * as vscode from 'vscode';
import { SECTION } from './config';
import { claimInWords, ClaimWords } from './present';

export { claimInWords };

const DOC_PREFIX = 'devonFactCheck.ignored:';
const WORDS_KEY = 'devonFactCheck.ignoredWords';

export interface IgnoredClaim {
  claimKey: string;
  /** undefined: everywhere; else the draft's URI. */
  uri?: string;
  /** "“40 per cent” — Sources say 50 per cent, not 40 per cent." */
  words: string;
}

export class IgnoreStore {
  constructor(private readonly workspace: vscode.Memento, private readonly global: vscode.Memento) {}

  everywhere(): string[] {
    const v = vscode.workspace.getConfiguration(SECTION).get<unknown>('ignoredClaims');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }

  inDocument(uri: vscode.Uri | string): string[] {
    return this.workspace.get<string[]>(DOC_PREFIX + uri.toString()) ?? [];
  }

  private words(): Record<string, ClaimWords> {
    return this.global.get<Record<string, ClaimWords>>(WORDS_KEY) ?? {};
  }

  private async remember(key: string, w: ClaimWords): Promise<void> {
    if (!w.covered && !w.message) return;
    await this.global.update(WORDS_KEY, { ...this.words(), [key]: { covered: w.covered, message: w.message } });
  }

  /** Ignores a claim; returns false when it already was. */
  async add(key: string, uri: string | undefined, w: ClaimWords = {}): Promise<boolean> {
    await this.remember(key, w);
    if (uri === undefined) {
      const list = this.everywhere();
      if (list.includes(key)) return false;
      await vscode.workspace.getConfiguration(SECTION).update('ignoredClaims', [...list, key], vscode.ConfigurationTarget.Global);
      return true;
    }
    const list = this.inDocument(uri);
    if (list.includes(key)) return false;
    await this.workspace.update(DOC_PREFIX + uri, [...list, key]);
    return true;
  }

  /** Takes an ignore back: the claim is flagged again. */
  async remove(key: string, uri: string | undefined): Promise<void> {
    if (uri === undefined) {
      const c = vscode.workspace.getConfiguration(SECTION);
      const info = c.inspect<string[]>('ignoredClaims');
      const without = (l: string[] | undefined) => { const n = (l ?? []).filter((k) => k !== key); return n.length ? n : undefined; };
      if (info?.workspaceValue?.includes(key)) await c.update('ignoredClaims', without(info.workspaceValue), vscode.ConfigurationTarget.Workspace);
      if (info?.globalValue?.includes(key)) await c.update('ignoredClaims', without(info.globalValue), vscode.ConfigurationTarget.Global);
      return;
    }
    const next = this.inDocument(uri).filter((k) => k !== key);
    await this.workspace.update(DOC_PREFIX + uri, next.length ? next : undefined);
  }

  /** Every ignored claim, in words: those ignored everywhere, then those ignored in one draft. */
  list(): IgnoredClaim[] {
    const words = this.words();
    const out: IgnoredClaim[] = this.everywhere().map((k) => ({ claimKey: k, words: claimInWords(k, words[k]) }));
    for (const mk of this.workspace.keys()) {
      if (!mk.startsWith(DOC_PREFIX)) continue;
      const uri = mk.slice(DOC_PREFIX.length);
      for (const k of this.inDocument(uri)) out.push({ claimKey: k, uri, words: claimInWords(k, words[k]) });
    }
    return out;
  }
}
