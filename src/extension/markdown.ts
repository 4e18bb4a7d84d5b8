/**
 * Hover cards. Every piece of text that comes from the data or from a finding is escaped, so nothing in
 * it can become markup, a link or a command; the only link is the extension's own "Open source" command,
 * with arguments built here, and the card trusts that command alone.
 */
import * as vscode from 'vscode';
import type { Citation, Finding } from '../core/types';
import { ShownConfirmation, ShownFinding } from './checker';
import { KINDS } from '../core/kinds';
import { esc, renderDiff } from './escape';

export const OPEN_SOURCE_COMMAND = 'devonFactCheck.openSource';

export interface OpenSourceArgs {
  source: string;
  start?: number;
  end?: number;
}

function openSourceLink(c: Citation, label = 'Open source'): string {
  const args: OpenSourceArgs = { source: c.source, start: c.start, end: c.end };
  return `[${label}](command:${OPEN_SOURCE_COMMAND}?${encodeURIComponent(JSON.stringify([args]))} "Open the source article at this sentence")`;
}

function newCard(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [OPEN_SOURCE_COMMAND] };
  md.supportHtml = false;
  return md;
}

function citationBlock(md: vscode.MarkdownString, c: Citation): void {
  md.appendMarkdown(`\n\n> ${esc(c.quote)}\n\n`);
  md.appendMarkdown(`*${esc(c.title)}*, ${esc(c.date)} · ${openSourceLink(c)}`);
}

export function findingHover(s: ShownFinding): vscode.MarkdownString {
  const f: Finding = s.finding;
  const md = newCard();
  const sev = f.severity === 'error' ? 'Conflicts with the sources' : f.severity === 'warning' ? 'Check against the sources' : 'Not confirmed by the sources';
  md.appendMarkdown(`$(warning) **${sev}** · ${esc(KINDS[f.kind].label)}\n\n`);
  md.appendMarkdown(esc(f.message));
  const shown = f.suggestions.filter((x) => !f.message.includes(x));
  if (shown.length > 0 && f.kind !== 'quote') {
    md.appendMarkdown(`\n\nSources say: ${shown.map((x) => `**${esc(x)}**`).join(' or ')}`);
  }
  if (f.diff && f.diff.length > 0) {
    md.appendMarkdown(`\n\nDraft against source (~~only in your draft~~, **only in the source**):\n\n${renderDiff(f.diff)}`);
  }
  if (f.citations.length === 0) md.appendMarkdown('\n\n*No source sentence for this claim.*');
  for (const c of f.citations.slice(0, 3)) citationBlock(md, c);
  return md;
}

export function confirmationHover(s: ShownConfirmation): vscode.MarkdownString {
  const md = newCard();
  md.appendMarkdown(`$(pass) **Matches the sources**\n\n${esc(s.confirmation.message)}`);
  for (const c of s.confirmation.citations.slice(0, 2)) citationBlock(md, c);
  return md;
}
