/**
 * Hover cards, in the shape writers know from spelling and grammar checkers. VS Code already shows the
 * diagnostic's message (what is wrong and what the sources say) at the top of the hover, so a finding's
 * card does not repeat it: it holds the one-click fixes, then the citation — headline, date and the
 * source sentence with the claim's words marked. A misquotation shows one word-by-word difference
 * instead of the sentence. A confirmed claim gets one short card.
 *
 * Every piece of text that comes from the data or from a finding is escaped, so nothing in it can become
 * markup, a link or a command; the only links are the extension's own commands, with arguments built
 * here and encoded so that no character can end the link, and the card trusts those commands alone.
 */
import * as vscode from 'vscode';
import type { Citation, Finding } from '../core/types';
import type { ShownConfirmation, ShownFinding } from './checker';
import { esc, escInline } from './escape';
import { citedSpan, clip, commandUri, excerpt, punctuatedDiff, WordPart } from './present';
import type { WordingFix } from './wording';

export const OPEN_SOURCE_COMMAND = 'devonFactCheck.openSource';
export const APPLY_FIX_COMMAND = 'devonFactCheck.applyFix';
export const IGNORE_COMMAND = 'devonFactCheck.ignoreClaim';
export const SET_STORY_DATE_COMMAND = 'devonFactCheck.setStoryDate';

export interface OpenSourceArgs {
  source: string;
  start?: number;
  end?: number;
}

/**
 * Applies suggestion `index` of the live finding `claimKey` at `line`/`character` in `uri` — or, with `wording`, its
 * "then-"/"former" rewording (an outdated role).
 */
export interface ApplyFixArgs {
  uri: string;
  claimKey: string;
  line: number;
  character: number;
  index: number;
  wording?: WordingFix['kind'];
}

export interface IgnoreArgs {
  uri: string;
  claimKey: string;
  scope: 'document' | 'everywhere';
  /** What the claim said and why it was flagged, kept so the ignore list can show it in words. */
  covered?: string;
  message?: string;
}

/** What a card needs beyond the finding: the draft, the articles, and the story-date fix of an outdated claim. */
export interface CardContext {
  uri: string;
  article(sourceId: string): string | undefined;
  storyDateFix?(f: Finding): { iso: string; label: string } | undefined;
  /** The "then-"/"former" rewordings of an outdated role. */
  wordingFixes?(s: ShownFinding): WordingFix[];
}

const TRUSTED = [OPEN_SOURCE_COMMAND, APPLY_FIX_COMMAND, IGNORE_COMMAND, SET_STORY_DATE_COMMAND];

function link(label: string, command: string, args: unknown, title: string): string {
  // `label` is escaped markdown built here; `title` is fixed text of ours
  return `[${label}](${commandUri(command, args)} "${title}")`;
}

function newCard(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: TRUSTED };
  md.supportHtml = false;
  return md;
}

/** "Headline · date", the headline a link that opens the article at the cited sentence. */
function citationLine(c: Citation, ctx: CardContext): string {
  const text = ctx.article(c.source);
  const span = text && text.slice(c.start, c.end) === c.quote ? citedSpan(text, c) : c;
  const args: OpenSourceArgs = { source: c.source, start: span.start, end: span.end };
  return `${link(`*${esc(clip(c.title, 160))}*`, OPEN_SOURCE_COMMAND, args, 'Open the article at this sentence')} · ${esc(c.date)}`;
}

/** The cited sentence (the part of it around the evidence), the claim's words in bold. */
function sentenceQuote(c: Citation, ctx: CardContext, max: number): string {
  const text = ctx.article(c.source);
  if (!text || text.slice(c.start, c.end) !== c.quote) return `> ${esc(clip(c.quote, max))}`;
  const x = excerpt(text, c.start, c.end, c.evidenceStart, c.evidenceEnd, max);
  const marked = x.marked.trim();
  const lead = x.marked.slice(0, x.marked.length - x.marked.trimStart().length);
  const trail = x.marked.slice(x.marked.trimEnd().length);
  const body = escInline(x.before + lead) + (marked ? `**${escInline(marked)}**` : '') + escInline(trail + x.after);
  return `> ${x.cutStart ? '…' : ''}${body.trim()}${x.cutEnd ? '…' : ''}`;
}

/**
 * A quotation diff: ~~only in the draft~~, **only in the source**, each word with its punctuation. A
 * quotation of up to 40 words is shown whole; in a longer one, unchanged stretches keep six words next to
 * each change.
 */
export function renderWordDiff(parts: readonly WordPart[]): string {
  const words = (ps: readonly WordPart[]) => ps.map((x) => escInline(x.text).trim()).filter(Boolean);
  const mark = (p: WordPart) => { const t = escInline(p.text).trim(); return !t ? '' : p.op === 'draft' ? `~~${t}~~` : p.op === 'source' ? `**${t}**` : t; };
  if (parts.filter((p) => p.op !== 'draft').length <= 40) return parts.map(mark).filter(Boolean).join(' ');
  const out: string[] = [];
  const K = 6;
  for (let i = 0; i < parts.length;) {
    if (parts[i].op !== 'same') { const t = mark(parts[i]); if (t) out.push(t); i++; continue; }
    let j = i;
    while (j < parts.length && parts[j].op === 'same') j++;
    const run = words(parts.slice(i, j));
    const first = i === 0, last = j === parts.length;
    if (first && run.length > K + 1) out.push('…', ...run.slice(-K));
    else if (last && run.length > K + 1) out.push(...run.slice(0, K), '…');
    else if (!first && !last && run.length > 2 * K + 1) out.push(...run.slice(0, K), '…', ...run.slice(-K));
    else out.push(...run);
    i = j;
  }
  return out.join(' ');
}

function replaceLabel(sug: string): string {
  const one = sug.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? "Replace with the source's words" : `Replace with “${esc(one)}”`;
}

export function findingHover(s: ShownFinding, ctx: CardContext): vscode.MarkdownString {
  const f: Finding = s.finding;
  const md = newCard();
  const actions: string[] = [];
  f.suggestions.slice(0, 2).forEach((sug, index) => {
    const args: ApplyFixArgs = { uri: ctx.uri, claimKey: f.claimKey, line: s.range.start.line, character: s.range.start.character, index };
    actions.push(link(`$(replace) ${replaceLabel(sug)}`, APPLY_FIX_COMMAND, args, 'Replace the claim with what the sources say'));
  });
  for (const w of f.kind === 'outdated' ? ctx.wordingFixes?.(s) ?? [] : []) {
    const args: ApplyFixArgs = { uri: ctx.uri, claimKey: f.claimKey, line: s.range.start.line, character: s.range.start.character, index: 0, wording: w.kind };
    actions.push(link(`$(edit) Change to “${esc(clip(w.text, 50))}”`, APPLY_FIX_COMMAND, args, w.kind === 'then' ? 'Say the role was held then' : 'Say the role is past'));
  }
  const dateFix = f.kind === 'outdated' ? ctx.storyDateFix?.(f) : undefined;
  if (dateFix) actions.push(link(`$(calendar) Set story date to ${esc(dateFix.label)}`, SET_STORY_DATE_COMMAND, dateFix.iso, 'Check this draft as written on that date'));
  const ignore: IgnoreArgs = { uri: ctx.uri, claimKey: f.claimKey, scope: 'document' };
  actions.push(link('$(eye-closed) Ignore', IGNORE_COMMAND, ignore, 'Ignore this claim in this draft'));
  md.appendMarkdown(actions.join(' · '));
  const c = f.citations[0];
  if (f.kind === 'quote' && f.suggestions[0] !== undefined) {
    md.appendMarkdown(`\n\n${renderWordDiff(punctuatedDiff(s.covered, f.suggestions[0]))}`);
    if (c) md.appendMarkdown(`\n\n${citationLine(c, ctx)}`);
  } else if (c) {
    md.appendMarkdown(`\n\n${citationLine(c, ctx)}\n\n${sentenceQuote(c, ctx, 220)}`);
  } else {
    md.appendMarkdown('\n\n*No source sentence for this claim.*');
  }
  const more = f.citations.slice(1, 3);
  if (more.length > 0) md.appendMarkdown(`\n\nAlso: ${more.map((x) => citationLine(x, ctx)).join('; ')}`);
  return md;
}

/** One card for a confirmed claim: what matches, and where the sources say it. */
export function confirmationHover(s: ShownConfirmation, ctx: CardContext): vscode.MarkdownString {
  const md = newCard();
  const message = s.confirmation.message.replace(/^Matches the sources:\s*/i, '').replace(/^Verified quotation:\s*(.+?)\.?$/i, '$1 said these words.');
  md.appendMarkdown(`$(pass) **Matches the sources**: ${esc(message)}`);
  const c = s.confirmation.citations[0];
  if (c) md.appendMarkdown(`\n\n${citationLine(c, ctx)}\n\n${sentenceQuote(c, ctx, 160)}`);
  return md;
}
