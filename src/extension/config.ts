/** The extension's settings (contributes.configuration in package.json), read in one place. */
import * as vscode from 'vscode';
import { FINDING_KINDS, FindingKind } from '../core/types';

export const SECTION = 'devonFactCheck';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';
const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface Settings {
  enable: boolean;
  languages: string[];
  /** "today" or YYYY-MM-DD. */
  storyDate: string;
  debounceMs: number;
  severity: Partial<Record<FindingKind, SeveritySetting>>;
  ignoredClaims: string[];
  maxDocumentSize: number;
}

export const DEFAULTS: Settings = {
  enable: true,
  languages: ['markdown', 'plaintext'],
  storyDate: 'today',
  debounceMs: 50,
  severity: {},
  ignoredClaims: [],
  maxDocumentSize: 200_000,
};

/** `checkDelay`, or the older `debounceMs` where a writer set that and not the new one. */
function checkDelay(c: vscode.WorkspaceConfiguration): unknown {
  const set = (k: string) => { const i = c.inspect(k); return i && (i.globalValue ?? i.workspaceValue ?? i.workspaceFolderValue) !== undefined; };
  return !set('checkDelay') && set('debounceMs') ? c.get<unknown>('debounceMs') : c.get<unknown>('checkDelay');
}

function num(v: unknown, d: number, min: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : d;
}

/** Reads the settings, tolerating hand-edited values of the wrong type (falls back to the default). */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const languages = c.get<unknown>('languages');
  const severityRaw = c.get<unknown>('severity');
  const severity: Settings['severity'] = {};
  if (severityRaw && typeof severityRaw === 'object') {
    for (const [k, v] of Object.entries(severityRaw as Record<string, unknown>)) {
      if ((FINDING_KINDS as readonly string[]).includes(k) && (SEVERITY_SETTINGS as readonly unknown[]).includes(v)) {
        severity[k as FindingKind] = v as SeveritySetting;
      }
    }
  }
  const ignored = c.get<unknown>('ignoredClaims');
  const storyDate = c.get<unknown>('storyDate');
  return {
    enable: c.get<unknown>('enable') !== false,
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : DEFAULTS.languages,
    storyDate: typeof storyDate === 'string' && storyDate.trim() ? storyDate.trim() : DEFAULTS.storyDate,
    debounceMs: num(checkDelay(c), DEFAULTS.debounceMs, 0, 10_000),
    severity,
    ignoredClaims: Array.isArray(ignored) ? ignored.filter((l): l is string => typeof l === 'string') : [],
    maxDocumentSize: num(c.get<unknown>('maxDocumentSize'), DEFAULTS.maxDocumentSize, 1, 50_000_000),
  };
}
