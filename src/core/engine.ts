/**
 * The checking engine: a dataset in, `check(text, { asOf, format })` out. A document is read into blocks of prose
 * (text/document.ts: paragraphs, headings, list items, table rows, markup blanked at the same offsets) and checked
 * block by block; each block's result depends only on its prose, the date its context sets (time/story.ts) and the
 * draft's date, which is what lets `IncrementalChecker` re-check only the blocks an edit touched and still match a
 * full check.
 */
import { Dataset } from './data/loader';
import { CheckOptions, CheckResult, Citation, Confirmation, Finding } from './types';
import { Model, PersonIndex, buildModel } from './model/model';
import { fold, foldByTable, isWordCode } from './text/fold';
import { sentences, Span } from './text/sentences';
import { BlockOrigin, DocumentCache, DocumentKind, DocumentModel, movedEdges, originsOf, readDocument } from './text/document';
import { AnswerFrame, DocumentFrames, framedText, unframe } from './text/answers';
import { ContextDate, contextDates, contextKey, sameContext, StoryDates, writtenOn } from './time/story';
import { capitalWords } from './text/words';
import { findQuoteSpans, isOwnCopy, QuoteSpan } from './extract/quotes';
import { dateHints, sentenceDates, yearFromContext } from './extract/dates';
import { OffsetCue, offsetCues, offsetDates } from './check/offsets';
import { Ctx, GateScan, gateScan, gatesOf, elsewhereReader, namesBody, reckonedFrom } from './check/context';
import { Rule } from './check/rule';
import { RULES } from './check/registry';
import { dedupe } from './check/findings';
import { reportedErrors } from './check/corrections';
import { unassertedSpans } from './check/unasserted';
import { casedNames } from './check/caseless';
import { inBrackets, isIsoDay, partsOfDay, rangeOf } from './time/dates';
import { GRADE_FORMS } from './lexicon';

export interface Engine {
  readonly dataset: Dataset;
  /** Finds every claim in `text` that conflicts with the sources, as of `opts.asOf`. Pure; never throws on any string. */
  check(text: string, opts: CheckOptions): CheckResult;
}

/** The engine with its paragraph-level entry point, for incremental checking. */
export interface ParagraphEngine extends Engine {
  readonly model: Model;
  /**
   * The findings of one paragraph (a block's prose), with offsets relative to it, under the date its context sets;
   * an answer with the words its question lends it (text/answers.ts).
   */
  checkParagraph(paragraph: string, asOfDay: number, contextDate?: ContextDate, frame?: AnswerFrame): CheckResult;
}

/** Quotations of this many words or more are blanked out of the writer's own claims (they are checked as quotes). */
const LONG_QUOTE_WORDS = 4;

/**
 * A straight-quoted string right after "=" is an attribute's or a field's value ('label="Josh MacAlister, Minister"',
 * 'value="Services rated …"' in a log), and so is one after a code object's key and its colon at a line's start or
 * after "{" or "," ("description: 'Julian Wooster takes interim charge …'", a chart's config): the writer's own words,
 * not speech (speech inside it has its own marks).
 */
function isValueString(f: string, text: string, open: number): boolean {
  if (f.charCodeAt(open) !== 34 && f.charCodeAt(open) !== 39) return false;
  let i = open - 1;
  while (i >= 0 && (f[i] === ' ' || f[i] === '\t')) i--;
  if (f[i] === '=') return f.charCodeAt(open) === 34;
  // (a key's value as code writes it, in a straight mark as typed: a curly one after "Claim:" is a quotation)
  const c = text.charCodeAt(open);
  return f[i] === ':' && (c === 34 || c === 39) && KEY_BEFORE.test(text.slice(Math.max(0, open - 40), open));
}
/** A code object's key and its colon, at a line's start or after "{" or ",": "description: ", "{ text: ". */
const KEY_BEFORE = /(?:^|[\n{,])[ \t]*["']?[A-Za-z_$][\w$-]*["']?[ \t]*:[ \t]*$/;

/** Does a bracket's text open with a party's name or abbreviation the data knows ("Con, Kingsbridge", "Lib Dem")? */
function opensWithParty(m: Model, words: string): boolean {
  const first = /^\s*([a-z]+(?:[ -][a-z]+)?)/.exec(words.toLowerCase());
  if (!first) return false;
  const word = first[1].split(/[ -]/)[0];
  return m.partyAbbreviations.has(word) || m.partyPhrases.some((p) => p.phrase === first[1] || p.phrase === word);
}

/** A capitalised word at the end of a text, and the space before it: a name's word before a bracket. */
const NAME_WORD_BEFORE = /(?:^|\s)[A-Z][\p{L}'\u2019.-]*\s*$/u;

/**
 * A quotation's words blanked, but for the writer's own insertions in it: a bracket of a party (and ward) after a name
 * ("Cllr Julian Brazil (Con, Kingsbridge)"), kept with the capitalised words of the name right before it.
 */
function blankQuoted(f: string, text: string, from: number, to: number, isParty: (words: string) => boolean): string {
  let out = ' '.repeat(to - from);
  for (let open = f.indexOf('(', from); open >= 0 && open < to; open = f.indexOf('(', open + 1)) {
    const close = f.indexOf(')', open);
    if (close < 0 || close >= to || close - open > 60 || !isParty(f.slice(open + 1, close))) continue;
    // (the name's words: capitalised, up to four, right before the bracket)
    let a = open;
    for (let k = 0; k < 4; k++) {
      const w = NAME_WORD_BEFORE.exec(text.slice(Math.max(from, a - 30), a));
      if (!w) break;
      a -= w[0].trimStart().length;
    }
    if (a === open) continue;
    out = out.slice(0, a - from) + f.slice(a, close + 1) + out.slice(close + 1 - from);
  }
  return out;
}

/**
 * A quotation that is a line of its own, with no one named on the line to say it: a canvass script's reply under "If
 * they say: …", a line overheard, a headline in a list of cuttings. Its words are told to the reader as they stand, and
 * its claims are checked as the writer's (a wrong ward in "Julian Brazil (Salcombe)", a wrong count), but not against
 * the time of writing: what a line says was said when it was said (finish drops its outdated findings).
 */
function isLineSaid(f: string, q: QuoteSpan): boolean {
  if (q.depth !== 0 || !LINE_OPEN_BEFORE.test(f.slice(Math.max(0, q.open - 8), q.open)) || !LINE_END_AFTER.test(f.slice(q.end, q.end + 8))) return false;
  // (not the words an edit takes out, under "REPLACE par 2:", "Was:", "For:": the wrong version, mentioned)
  return !REPLACED_LABEL.test(f.slice(Math.max(0, q.open - 60), q.open));
}
/** A label ending the line before, naming the words below it as those an edit replaces or removes. */
const REPLACED_LABEL = /(?:^|\n)[\s*_>-]*(?:replace|change|delete|cut|kill|remove|strike|was|old|before|for|not)\b[^\n]{0,40}:[\s*_]*\n[ \t>*_-]*$/;
/** Only markup between a line's start and its quotation mark; only closing punctuation between the mark and its end. */
const LINE_OPEN_BEFORE = /(?:^|\n)[ \t>*_-]*$/;
const LINE_END_AFTER = /^[ \t.,!?*_]*(?:\n|$)/;

/** Terms whose name is long but no one's words: a grade's full name in quotation marks ("‘requires improvement to be good’"). */
const QUOTED_TERMS = new Set(Object.keys(GRADE_FORMS));

function maskQuotes(f: string, text: string, spans: ReturnType<typeof findQuoteSpans>, isParty: (words: string) => boolean): string {
  let out = '';
  let last = 0;
  // (the end of the writer's own copy in quotation marks: the quotations one level inside it quote somebody)
  let ownEnd = -1;
  for (const q of spans) {
    if (q.depth !== (q.open < ownEnd ? 1 : 0) || q.innerStart < last) continue;
    if (isValueString(f, text, q.open) || isLineSaid(f, q)) continue;
    if (q.depth === 0 && isOwnCopy(f, q.open)) {
      ownEnd = q.innerEnd;
      continue;
    }
    // count words (starts of letter/digit runs), so line endings and spacing cannot change the answer
    let n = 0;
    let inWord = false;
    for (let i = q.innerStart; i < q.innerEnd && n < LONG_QUOTE_WORDS; i++) {
      const w = isWordCode(f.charCodeAt(i));
      if (w && !inWord) n++;
      inWord = w;
    }
    if (n < LONG_QUOTE_WORDS || QUOTED_TERMS.has(f.slice(q.innerStart, q.innerEnd).replace(/\s+/g, ' ').replace(/^ | $|[.,]$/g, ''))) continue;
    out += f.slice(last, q.innerStart) + (f.indexOf('(', q.innerStart) >= 0 && f.indexOf('(', q.innerStart) < q.innerEnd ? blankQuoted(f, text, q.innerStart, q.innerEnd, isParty) : ' '.repeat(q.innerEnd - q.innerStart));
    last = q.innerEnd;
  }
  return last === 0 ? f : out + f.slice(last);
}

/**
 * "Do NOT describe the council as Conservative-run", "never call him the cabinet member", "check that no caption
 * describes X as …": words a directive forbids
 * are mentioned, not claimed — blanked from the writer's claims to the next comma or end of clause.
 */
const FORBIDDEN_WORDS = /\b(?:(?:do\s+not|don't|never|must\s+not|should\s+not|avoid)\s+(?:describe|describing|call|calling|refer\s+to|referring\s+to|write|writing|say|saying|use|using|label|labelling|name|naming|report|reporting|characteri[sz]e|characteri[sz]ing)|that\s+no\s+(?:[a-z]+\s+){1,2}(?:describes|calls|names|labels|refers\s+to))\b[^.,;!?\n]*/g;

/**
 * "In December 2018, not 2019", "50 per cent (not 60)", "rather than 2019": the date or figure a writer rules out
 * beside the one they give is mentioned, not claimed.
 */
const DENIED_FIGURE = /(?:[,(]\s*not|\brather\s+than|\binstead\s+of)\s+(?:(?:in|on|by|from|until)\s+)?(?:(?:early|mid|late)[- ])?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?\d[\d,.]*(?:\s*(?:per\s*cent|percent|%))?(?![\w-])/g;

/** A word spelt out letter by letter ("A-V-E-S", "B-E-A-T-E-R" in a read-back): its spelling, no word of a claim. */
const SPELT_OUT = /\b(?:[a-z]-){2,}[a-z]\b/g;

function maskSpeltOut(f: string): string {
  return f.indexOf('-') >= 0 ? f.replace(SPELT_OUT, (m) => ' '.repeat(m.length)) : f;
}

function maskForbidden(f: string): string {
  // (a directive's first words, asked with one native search before the pattern: most paragraphs hold none)
  if (!/\b(?:not|don't|never|avoid|rather|instead|that\s+no)\b/.test(f)) return f;
  return f.replace(FORBIDDEN_WORDS, (m) => ' '.repeat(m.length)).replace(DENIED_FIGURE, (m) => ' '.repeat(m.length));
}

/** Letters and digits, and any character outside ASCII (which isWordCode then decides on). */
const WORD_OR_WIDE = /[a-zA-Z0-9\u0080-\uffff]/g;

/** The first position in s[start, end) holding a word character, or end. A native search skips the blanked insides
 * of long quotations a sentence may open with. */
function firstWordAt(s: string, start: number, end: number): number {
  // most sentences start with their first word (they are trimmed): no slice or search then
  if (start < end && isWordCode(s.charCodeAt(start))) return start;
  // the sentence alone is searched: a blank run may reach far past its end (an unclosed quotation)
  const hay = s.slice(start, end);
  WORD_OR_WIDE.lastIndex = 0;
  // test, not exec: the match is one character, so lastIndex says where it is, and no match array is made
  while (WORD_OR_WIDE.test(hay)) {
    const i = WORD_OR_WIDE.lastIndex - 1;
    if (isWordCode(hay.charCodeAt(i))) return start + i;
  }
  return end;
}

/**
 * The day relative dates are reckoned from: the draft's, or in a scene told in the present on one day ("It is
 * Wednesday 14 December 2022 …"), that day — its "earlier this month" and "last week" are the scene's.
 */
/** Longest stretch treated as one sentence: longer runs without a full stop are not prose and are cut at spaces. */
const MAX_SENTENCE = 1200;

function boundedSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const sp of sentences(text, 0, text.length)) {
    if (sp.end - sp.start <= MAX_SENTENCE) {
      out.push(sp); // (most sentences: kept as they are, not copied)
      continue;
    }
    let s = sp.start;
    while (sp.end - s > MAX_SENTENCE) {
      // the last space in the second half of the window (never a search back over the whole text)
      const half = text.slice(s + MAX_SENTENCE / 2, s + MAX_SENTENCE).lastIndexOf(' ');
      let cut = half >= 0 ? s + MAX_SENTENCE / 2 + half : s + MAX_SENTENCE;
      // never split a surrogate pair
      if (cut > s && cut < text.length && (text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
      out.push({ start: s, end: cut });
      s = cut;
    }
    out.push({ start: s, end: sp.end });
  }
  return out;
}

/** One paragraph's check in progress. */
interface Job {
  ctx: Ctx;
  /** Set when a stage threw: the paragraph is then left unchecked (a bug must never cost the writer their editor). */
  failed: boolean;
  /** Where each finding and confirmation stands in the order of checking this paragraph on its own (see inOrder). */
  findingKeys: number[];
  confirmationKeys: number[];
}

/**
 * What an engine holds: the dataset's model, every registered rule's index (built once, here) and the scan for the
 * rules' gates. Nothing a check derives from the data is kept anywhere else.
 */
interface Rules {
  model: Model;
  indexes: Map<Rule<unknown>, unknown>;
  gates: GateScan;
  /** The registry's rules that read a whole paragraph, then those that read a sentence, each in the registry's order. */
  paragraph: Rule<unknown>[];
  sentence: Rule<unknown>[];
  /** The "matches the sources" card of each known person, made on first use. */
  cards: Map<PersonIndex, { message: string; citations: Citation[] }>;
  /** The events' cues as times reckoned from them may name them (check/offsets.ts). */
  offsetCues: OffsetCue[];
}

function buildRules(model: Model, rules: readonly Rule<unknown>[]): Rules {
  return {
    model,
    indexes: new Map(rules.map((r) => [r, r.build(model)])),
    gates: gateScan(rules.flatMap((r) => r.gates ?? [])),
    paragraph: rules.filter((r) => r.checkParagraph),
    sentence: rules.filter((r) => r.checkSentence),
    cards: new Map(),
    offsetCues: offsetCues(model),
  };
}

const NO_WORDS: never[] = [];

/** Runs one stage over every paragraph not failed yet; a stage that throws fails only its paragraph. */
function stage(jobs: Job[], run: (job: Job, i: number) => void): void {
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i];
    if (job.failed) continue;
    try {
      run(job, i);
    } catch {
      job.failed = true;
    }
  }
}

/**
 * What a block's frame marks it as, beyond the words it lends: a quotation set off as a block, denied by the block
 * after it, a row or section about a body (and the row's column of grades). See AnswerFrame.
 */
type BlockMarks = Pick<AnswerFrame, 'quotation' | 'denied' | 'about' | 'section' | 'graded' | 'headline'>;

/** A frame's marks alone (not the words it lends), every field set, so that every paragraph's input has one shape. */
function marksOf(f: AnswerFrame | undefined): BlockMarks {
  return { quotation: f?.quotation, denied: f?.denied, about: f?.about, section: f?.section, graded: f?.graded, headline: f?.headline };
}

/**
 * Checks paragraphs, each on its own, stage by stage: each stage (quotation marks, date hints, gates, sentences,
 * capitals, dates, people, quotes, then each sentence checker) runs over every paragraph before the next stage
 * starts. A stage's patterns and code then stay in the processor's caches from one paragraph to the next, instead of
 * some forty patterns taking turns for every paragraph: a quarter faster on a 10,000-word draft. The results are
 * those of checking each paragraph alone, in the same order (inOrder puts the sentence checkers' findings back in
 * sentence order).
 */
interface ParagraphInput extends BlockMarks {
  text: string;
  folded: string | undefined;
  date?: ContextDate;
}

/** A block's context for checking: its text, its day (the draft's, or a message's own earlier one), its context's date. */
function newCtx(rules: Rules, { text, date, quotation, denied, about, section, graded, headline }: ParagraphInput, draftAsOf: number, draftParts: { year: number; month: number }): Ctx {
  // a block of a message the draft gives with its "Sent:" day is written on that day, when it is earlier
  const asOf = date?.from === 'written' ? Math.min(draftAsOf, date.range.start) : draftAsOf;
  const asOfParts = asOf === draftAsOf ? draftParts : partsOfDay(asOf);
  const ctx: Ctx = {
    m: rules.model, indexes: rules.indexes, gateScan: rules.gates, text, f: '', masked: '', asOf, asOfYear: asOfParts.year, asOfMonth: asOfParts.month,
    sentences: [], quotes: [], dateHints: [], findings: [], confirmations: [], orgs: undefined, eventScan: undefined, gates: undefined,
  };
  if (quotation) ctx.blockQuotation = true;
  if (denied) ctx.denied = true;
  if (about) ctx.rowAbout = about;
  if (section) ctx.sectionAbout = section;
  if (headline) ctx.headline = headline;
  if (graded !== undefined) ctx.rowGraded = graded;
  if (date?.from === 'columns') ctx.columnCells = date.cells;
  else if (date && date.from !== 'written') ctx.contextDate = { range: date.range, scene: date.from === 'scene', present: !!date.present, cells: date.cells };
  return ctx;
}

/**
 * A month with no year under a dated heading, lead or row is in that year; in a row whose columns date their cells, in
 * its cell's ("| 2022 |" over "| … · Early December: … |").
 */
function monthsInContextYear(ctx: Ctx): void {
  const c = ctx.contextDate;
  if (c && !c.scene && !c.cells?.some((x) => x.range && x.range !== c.range)) {
    for (const s of ctx.sentences) if (s.dates.length) yearFromContext(s.dates, ctx.masked, c.range);
  } else if (c?.cells) {
    for (const cell of c.cells) {
      if (!cell.range) continue;
      const inCell = ctx.sentences.flatMap((s) => s.dates.filter((d) => d.start >= cell.start && d.end <= cell.end));
      if (inCell.length) yearFromContext(inCell, ctx.masked, cell.range);
    }
  }
}

function checkParagraphs(rules: Rules, texts: ParagraphInput[], draftAsOf: number): CheckResult[] {
  const draftParts = partsOfDay(draftAsOf);
  const { indexes } = rules;
  const jobs: Job[] = texts.map((input) => ({ ctx: newCtx(rules, input, draftAsOf, draftParts), failed: false, findingKeys: [], confirmationKeys: [] }));
  stage(jobs, ({ ctx }, i) => {
    ctx.f = texts[i].folded ?? fold(ctx.text);
    ctx.quotes = findQuoteSpans(ctx.text, 0, ctx.text.length);
    ctx.masked = maskForbidden(maskSpeltOut(maskQuotes(ctx.f, ctx.text, ctx.quotes, (words) => opensWithParty(ctx.m, words))));
  });
  stage(jobs, ({ ctx }) => {
    ctx.dateHints = dateHints(ctx.masked);
  });
  stage(jobs, ({ ctx }) => {
    ctx.gates = gatesOf(rules.gates, ctx.masked);
  });
  stage(jobs, ({ ctx }) => {
    const { masked } = ctx;
    for (const sp of boundedSentences(ctx.text)) {
      ctx.sentences.push({
        index: ctx.sentences.length, start: sp.start, end: sp.end, firstWord: firstWordAt(masked, sp.start, sp.end), masked,
        words: NO_WORDS, mentions: [], dates: NO_WORDS,
        clauseList: undefined, tense: undefined, events: undefined, eventCues: undefined,
      });
    }
  });
  stage(jobs, ({ ctx }) => {
    for (const s of ctx.sentences) s.words = capitalWords(ctx.text, ctx.masked, s.start, s.end);
  });
  stage(jobs, ({ ctx }) => {
    for (const s of ctx.sentences) {
      s.dates = sentenceDates(ctx.masked, ctx.text, s.start, s.end, reckonedFrom(ctx), ctx.dateHints);
      const reckoned = offsetDates(ctx, s, rules.offsetCues);
      if (reckoned.length) s.dates = [...s.dates, ...reckoned].sort((a, b) => a.start - b.start);
    }
    monthsInContextYear(ctx);
  });
  for (const rule of rules.paragraph) {
    const index = indexes.get(rule);
    stage(jobs, (job) => {
      rule.checkParagraph!(job.ctx, index);
      // what these found comes first (key 0), in the order found
      while (job.findingKeys.length < job.ctx.findings.length) job.findingKeys.push(0);
      while (job.confirmationKeys.length < job.ctx.confirmations.length) job.confirmationKeys.push(0);
    });
  }
  const perSentence = rules.sentence.length;
  rules.sentence.forEach((rule, c) => {
    const index = indexes.get(rule);
    const check = rule.checkSentence!;
    stage(jobs, (job) => {
      const { ctx, findingKeys, confirmationKeys } = job;
      for (const s of ctx.sentences) {
        check(ctx, s, index);
        // where checking the paragraph alone would have made these: after this sentence's earlier rules
        const key = 1 + s.index * perSentence + c;
        while (findingKeys.length < ctx.findings.length) findingKeys.push(key);
        while (confirmationKeys.length < ctx.confirmations.length) confirmationKeys.push(key);
      }
    });
  });
  const empty = (): CheckResult => ({ findings: [], confirmations: [] });
  return jobs.map((job) => {
    if (job.failed) return empty();
    try {
      return finish(rules, job);
    } catch {
      return empty();
    }
  });
}

/** items in the order of their keys (stable: items of one key keep theirs); items already in order are returned as they are. */
function inOrder<T>(items: T[], keys: number[]): T[] {
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1] <= keys[i];
  if (sorted) return items;
  return items.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b).map((i) => items[i]);
}

/** A paragraph's findings in order and without duplicates, and its confirmations, with a card for each person named. */
function finish(rules: Rules, job: Job): CheckResult {
  const { ctx } = job;
  // (the error a correction notice reports is not the writer's claim, nor what an imagined world holds, nor a guide
  // to saying names)
  // (nor a block the one after it denies: "> Rated inadequate since 2019.⏎⏎[Note: Wrong year. …]")
  const reported = ctx.denied ? [{ start: 0, end: ctx.text.length }] : [...reportedErrors(ctx.masked, ctx.sentences), ...unassertedSpans(ctx.masked, ctx.sentences)];
  const all = dedupe(inOrder(ctx.findings, job.findingKeys));
  const told = reported.length ? all.filter((f) => !reported.some((r) => f.start >= r.start && f.end <= r.end)) : all;
  const findings = told.some((f) => f.kind === 'outdated') ? told.filter((f) => f.kind !== 'outdated' || !ctx.quotes.some((q) => f.start >= q.innerStart && f.end <= q.innerEnd && isLineSaid(ctx.f, q))) : told;
  const confirmations = inOrder(ctx.confirmations, job.confirmationKeys);
  // findings are sorted and do not overlap: one pointer sweep finds those a mention touches
  let fi = 0;
  for (const s of ctx.sentences) {
    // (a sentence with one mention or none, most of them, needs no sorted copy)
    const mentions = s.mentions.length < 2 ? s.mentions : s.mentions.slice().sort((a, b) => a.start - b.start);
    for (const mention of mentions) {
      while (fi < findings.length && findings[fi].end <= mention.start) fi++;
      if (fi < findings.length && findings[fi].start < mention.end) continue;
      const card = personCard(rules, mention.person);
      confirmations.push({ start: mention.start, end: mention.end, kind: 'person', message: card.message, citations: card.citations });
    }
  }
  return { findings, confirmations };
}

/** The "matches the sources" card of a known person, built once per engine. */
function personCard(rules: Rules, p: PersonIndex): { message: string; citations: Citation[] } {
  const { model: m, cards } = rules;
  let c = cards.get(p);
  if (!c) {
    const role = p.roles[0];
    c = {
      message: `${p.person.name}${role ? ` — ${role.role.title}` : ''} (${inBrackets(m.dataset.sourceById.get(p.person.evidence.source)!.published.display)}).`,
      citations: [m.dataset.cite(p.person.evidence)],
    };
    cards.set(p, c);
  }
  return c;
}

function shift<T extends { start: number; end: number }>(list: T[], by: number, out: T[]): T[] {
  for (const x of list) out.push(by === 0 ? x : { ...x, start: x.start + by, end: x.end + by });
  return out;
}

/** As shift, moving the items themselves: only for a result made for this call alone (never one kept in a cache). */
function shiftOwn<T extends { start: number; end: number }>(list: T[], by: number, out: T[]): void {
  for (const x of list) {
    x.start += by;
    x.end += by;
    out.push(x);
  }
}

export function asOfDay(asOf: string): number {
  if (!isIsoDay(asOf)) throw new RangeError(`not a date (YYYY-MM-DD): ${asOf}`);
  return rangeOf(asOf).start;
}

/**
 * A run of spaces inside a line ("Care Quality   Commission" where a hard-wrapped line's break and the next line's
 * indent were joined, "justified  copy"), or a carriage return left by a joined CRLF break: read as one space, so
 * names and phrases match as they would in copy set with single spaces.
 */
const SPACE_RUN = /[ \t\r\u00a0]{2,}|\r(?!\n)/;

/**
 * Paragraph text is checked with its runs of spaces as one (SPACE_RUN) and as NFC; the findings are mapped back to
 * the writer's offsets. (A table row's cells carry offsets of their own: its runs are kept.)
 */
function checkParagraphNormalised(rules: Rules, written: string, asOf: number, date?: ContextDate, marks?: BlockMarks): CheckResult {
  // (a paragraph with no capitals has its sourced names capitalised, at the same offsets: check/caseless.ts)
  const text = casedNames(rules.model, written) ?? written;
  const spaced = singleSpaced(text, date);
  if (!spaced) return checkParagraphNfc(rules, text, asOf, date, marks);
  return spaced.back(checkParagraphNfc(rules, spaced.text, asOf, date, marks));
}

/**
 * The text with its runs of spaces as one, and a mapping of a result on it back to the text's offsets; undefined when
 * it has none, or is a table row's (whose cells' offsets its context date carries).
 */
function singleSpaced(text: string, date: ContextDate | undefined): { text: string; back: (r: CheckResult) => CheckResult } | undefined {
  if (date?.cells || !SPACE_RUN.test(text)) return undefined;
  const map: number[] = [];
  let single = '';
  let last = 0;
  for (const r of text.matchAll(new RegExp(SPACE_RUN, 'g'))) {
    for (let k = last; k < r.index!; k++) map.push(k);
    single += text.slice(last, r.index) + ' ';
    map.push(r.index!);
    last = r.index! + r[0].length;
  }
  for (let k = last; k < text.length; k++) map.push(k);
  single += text.slice(last);
  // (an end is mapped from its last character, so a range ending before a run does not take it in)
  const one = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: map[x.start], end: x.end >= single.length ? text.length : map[x.end - 1] + 1 });
  return { text: single, back: (r) => ({ findings: r.findings.map(one), confirmations: r.confirmations.map(one) }) };
}

/** Paragraph text is checked as NFC; a paragraph in another form is mapped back to the writer's offsets. */
function checkParagraphNfc(rules: Rules, text: string, asOf: number, date?: ContextDate, marks?: BlockMarks): CheckResult {
  const nfc = text.normalize('NFC');
  if (nfc === text) return safeCheck(rules, text, asOf, date, marks);
  // Map NFC offsets back: normalise in runs that start at each non-combining character.
  const map = new Int32Array(nfc.length + 1);
  let o = 0, n = 0;
  const runs = text.match(/[^\p{M}][\p{M}]*|[\p{M}]+/gsu) ?? [];
  for (const run of runs) {
    const norm = run.normalize('NFC');
    for (let k = 0; k < norm.length && n + k < nfc.length; k++) map[n + k] = o;
    n += norm.length;
    o += run.length;
  }
  for (let k = n; k <= nfc.length; k++) map[k] = o;
  if (n !== nfc.length) return safeCheck(rules, text, asOf, date, marks);
  const r = safeCheck(rules, nfc, asOf, date, marks);
  const back = <T extends { start: number; end: number }>(x: T): T => {
    const end = x.end >= nfc.length ? text.length : map[x.end];
    return { ...x, start: map[x.start], end: Math.max(end, map[x.start] + 1) };
  };
  return { findings: r.findings.map(back), confirmations: r.confirmations.map(back) };
}

function safeCheck(rules: Rules, text: string, asOf: number, date?: ContextDate, marks?: BlockMarks): CheckResult {
  return checkParagraphs(rules, [{ text, folded: undefined, date, ...marks }], asOf)[0];
}

/** The draft with every block's prose in place of its slice (markup blanked): same length, same offsets. */
function proseOf(text: string, doc: DocumentModel): string {
  let out = '';
  let last = 0;
  for (const b of doc.blocks) {
    if (b.masked === undefined) continue;
    out += text.slice(last, b.start) + b.masked;
    last = b.end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * How much text checkParagraphs takes at a time. Stages gain from running over many paragraphs, but everything made
 * for a batch stays alive until its end, and a scavenge in the middle of a batch copies all of it (and promotes much
 * of it to the old generation). Measured per check with the GC's own timings: on 10k words of realistic copy (61k
 * characters), batches of 32k spend 0.6-1.2 ms in GC against 2.6-3.1 ms for 64k (median 19-23 against 24-25 ms);
 * on a generated 100k-word draft 6-7 against 9-17 ms (median 89 against 92-107 ms). Batches of 40k or more let the
 * 100k draft's scavenges promote again; batches of 16k lose more to the stages than they save in GC.
 */
const BATCH_CHARS = 32768;

export function createEngine(dataset: Dataset): ParagraphEngine {
  const model = buildModel(dataset);
  const rules = buildRules(model, RULES);
  const engine: ParagraphEngine = {
    dataset,
    model,
    checkParagraph(paragraph: string, asOf: number, contextDate?: ContextDate, frame?: AnswerFrame): CheckResult {
      if (!frame) return checkParagraphNormalised(rules, paragraph, asOf, contextDate);
      return unframed(checkParagraphNormalised(rules, framedText(paragraph, frame), asOf, contextDate, frame), frame);
    },
    check(text: string, opts: CheckOptions): CheckResult {
      const asOf = writtenOn(text, asOfDay(opts.asOf));
      const findings: Finding[] = [];
      const confirmations: Confirmation[] = [];
      const doc = readDocument(text, opts.format ?? 'markdown');
      const dates = contextDates(doc, text);
      const { frames } = new DocumentFrames(doc.blocks, text, (h) => namesBody(model, h), elsewhereReader(model));
      const blocks = doc.blocks;
      const prose = proseOf(text, doc);
      // Asked once of the whole text rather than of each block: a part of an NFC text is NFC (nothing can
      // compose or reorder across the cut), and a text folded by table folds each character on its own.
      const nfc = prose.normalize('NFC') === prose;
      if (nfc) {
        // all blocks at once (checkParagraphs runs them stage by stage)
        const folded = foldByTable(prose);
        for (let b = 0; b < blocks.length; ) {
          // blocks up to BATCH_CHARS at a time: what one batch holds in memory is bounded for any size of draft
          let e = b + 1;
          while (e < blocks.length && blocks[e].end - blocks[b].start <= BATCH_CHARS) e++;
          const from = b;
          const batch = blocks.slice(b, e);
          b = e;
          const spaced: (ReturnType<typeof singleSpaced>)[] = [];
          const results = checkParagraphs(
            rules,
            batch.map((p, i) => {
              const frame = frames[from + i];
              const date = dates[from + i];
              const written = prose.slice(p.start, p.end);
              const own = casedNames(rules.model, written) ?? written;
              const text = frame ? framedText(own, frame) : own;
              spaced[i] = singleSpaced(text, date);
              if (spaced[i]) return { text: spaced[i]!.text, folded: undefined, date, ...marksOf(frame) };
              return { text, folded: frame ? undefined : folded?.slice(p.start, p.end), date, ...marksOf(frame) };
            }),
            asOf,
          );
          batch.forEach((p, i) => {
            const frame = frames[from + i];
            const own = spaced[i] ? spaced[i]!.back(results[i]) : results[i];
            const r = frame ? unframed(own, frame) : own;
            // (each block's result is made afresh for this call: its items are moved, not copied)
            shiftOwn(p.moved ? r.findings.map((f) => movedEdges(f, p.moved)) : r.findings, p.start, findings);
            shiftOwn(r.confirmations, p.start, confirmations);
          });
        }
      } else {
        blocks.forEach((p, i) => {
          const r = engine.checkParagraph(prose.slice(p.start, p.end), asOf, dates[i], frames[i]);
          shiftOwn(p.moved ? r.findings.map((f) => movedEdges(f, p.moved)) : r.findings, p.start, findings);
          shiftOwn(r.confirmations, p.start, confirmations);
        });
      }
      return { findings, confirmations };
    },
  };
  return engine;
}

/** A framed block's result in the block's own offsets, the lent words' findings dropped or moved (text/answers.ts). */
function unframed(r: CheckResult, frame: AnswerFrame): CheckResult {
  return { findings: unframe(r.findings, frame), confirmations: unframe(r.confirmations, frame) };
}

/** A block's result as kept by IncrementalChecker: what it was checked with (its context's date, its prose). */
interface Kept {
  date: ContextDate | undefined;
  /** The words lent by a Q&A question or an earlier paragraph, when any. */
  frame: AnswerFrame | undefined;
  /** The block's prose when not its slice of the draft (a string of its own, holding no old draft alive). */
  masked: string | undefined;
  result: CheckResult;
  /**
   * The findings moved to where the block stood at the last check (made again only when the block moves): copying
   * every block's items to its place at every edit was the largest cost of a one-word edit after reading the draft.
   */
  placed?: { at: number; findings: Finding[] };
}

/** A frame as a string, for the look-up of a replaced chunk's results ('' for none). */
function frameKey(f: AnswerFrame | undefined): string {
  return f ? `${f.at}\u0000${f.insert}\u0000${f.headEnd}\u0000${f.past}\u0000${!!f.quotation}\u0000${!!f.denied}\u0000${f.about ?? ''}\u0000${f.section ?? ''}\u0000${f.graded ?? ''}\u0000${f.headline ?? ''}` : '';
}

/** Do two blocks have the same lent words? (Asked of every block at every edit, as sameContext is: no strings made.) */
function sameFrame(a: AnswerFrame | undefined, b: AnswerFrame | undefined): boolean {
  if (!a || !b) return a === b;
  return a.at === b.at && a.insert === b.insert && a.headEnd === b.headEnd && a.past === b.past && !!a.quotation === !!b.quotation && !!a.denied === !!b.denied && a.about === b.about && a.section === b.section && a.graded === b.graded && a.headline === b.headline;
}

/** A kept block's findings at `at` in the draft. */
function findingsAt(k: Kept, at: number): Finding[] {
  // (most blocks have none: nothing to move)
  if (k.result.findings.length === 0) return k.result.findings;
  if (k.placed?.at !== at) k.placed = { at, findings: shift(k.result.findings, at, []) };
  return k.placed.findings;
}

/**
 * What IncrementalChecker gives: the findings, and the confirmations of any span on request. The editor shows the
 * findings at once and a confirmation only on hover; the confirmations are five in six of a draft's items, and moving
 * them all to their places at every keystroke was most of a one-word edit's cost of placing results.
 */
export interface Checked {
  findings: Finding[];
  /** The confirmations touching [start, end] (ends included, as an editor's range contains a position), in order. */
  confirmationsIn(start: number, end: number): Confirmation[];
}

/** A Checked with all its confirmations made. */
export function allOf(c: Checked): CheckResult {
  return { findings: c.findings, confirmations: c.confirmationsIn(0, Infinity) };
}

/** Where each block of a checked draft stood and what was kept for it: a Checked's confirmations, made on request. */
function confirmationsOf(starts: number[], ends: number[], kept: Kept[]): Checked['confirmationsIn'] {
  return (start, end) => {
    const out: Confirmation[] = [];
    for (let i = 0; i < starts.length && starts[i] <= end; i++) {
      if (ends[i] < start) continue;
      for (const c of shift(kept[i].result.confirmations, starts[i], [])) if (c.start <= end && c.end >= start) out.push(c);
    }
    return out;
  };
}

/**
 * Re-checks only what changed: the draft's chunks are read again only where their text changed (DocumentCache), and
 * a block's result is kept with its reading for as long as its chunk is unchanged, its prose is the same and its
 * context sets the same date; a block of a changed chunk is looked up by its prose among the blocks of the chunks the
 * edit replaced. An edit inside one chunk has only that chunk's blocks read, dated and framed again (reread). So a
 * one-word edit costs one block's check. Results are identical to `engine.check` (tested).
 */
export class IncrementalChecker {
  private kept = new WeakMap<BlockOrigin, Kept>();
  private cacheAsOf = -1;
  private readonly chunks = new DocumentCache();
  private reading: Reading | undefined;
  /** How many times a draft was read: a paused call that finds it changed starts again. */
  private reads = 0;

  /** Whether a heading names a body the data knows (text/answers.ts rowFrames). */
  private readonly namesBody: (heading: string) => boolean;
  /** Whether a headline names another place than the story's own (text/answers.ts rowFrames). */
  private readonly namesElsewhere: (heading: string) => boolean;

  constructor(readonly engine: ParagraphEngine) {
    this.namesBody = (h) => namesBody(engine.model, h);
    this.namesElsewhere = elsewhereReader(engine.model);
  }

  /** The check run to its end, every confirmation made (as engine.check gives them). */
  check(text: string, opts: CheckOptions): CheckResult {
    return allOf(this.run(text, opts));
  }

  /** The check run to its end, confirmations on request: what the editor asks at each edit. */
  run(text: string, opts: CheckOptions): Checked {
    const steps = this.steps(text, opts);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same check, a block at a time: pauses after each block it checks, so that the caller can let other work run
   * in between (the editor yields to its event loop) or give up. Given up, the blocks checked so far are kept for the
   * next call. A block whose result is kept costs next to nothing and makes no pause (a pause per block, for the few
   * hundred blocks an edit did not touch, was a tenth of a one-word edit's time).
   */
  *steps(text: string, opts: CheckOptions): Generator<void, Checked, void> {
    const asOf = writtenOn(text, asOfDay(opts.asOf));
    if (asOf !== this.cacheAsOf) {
      this.kept = new WeakMap();
      this.cacheAsOf = asOf;
    }
    const reading = yield* this.reread(text, opts.format ?? 'markdown');
    // another call read another text meanwhile: this one starts again
    if (!reading) return yield* this.steps(text, opts);
    const { doc, dates: { dates }, frames: { frames } } = reading;
    const reads = this.reads;
    const origins = originsOf(doc);
    const findings: Finding[] = [];
    // where each block stands and its kept result, for the confirmations asked for later
    const starts: number[] = [];
    const ends: number[] = [];
    const placed: Kept[] = [];
    /** Results of the replaced chunks' blocks, by context key and prose (made on the first block not kept). */
    let replaced: Map<string, CheckResult> | undefined;
    // (a pause may outlast this date: what is kept goes to the map for it, which a later date replaces)
    const kept = this.kept;
    const dropped = this.chunks.dropped;
    for (let i = 0; i < doc.blocks.length; i++) {
      const p = doc.blocks[i];
      const origin = origins[i];
      const date = dates[i];
      const frame = frames[i];
      let k = kept.get(origin);
      const same = k !== undefined && k.masked === p.masked && sameContext(k.date, date) && sameFrame(k.frame, frame);
      if (!same) {
        if (!replaced) {
          replaced = new Map();
          for (const { chunk, text: c } of dropped) {
            for (const b of chunk.blocks) {
              const old = kept.get(b);
              if (old) replaced.set(`${contextKey(old.date)}\u0000${frameKey(old.frame)}\u0000${old.masked ?? c.slice(b.start, b.end)}`, old.result);
            }
          }
        }
        const t = p.masked ?? text.slice(p.start, p.end);
        const r = replaced.get(`${contextKey(date)}\u0000${frameKey(frame)}\u0000${t}`) ?? this.engine.checkParagraph(t, asOf, date, frame);
        kept.set(origin, (k = { date, frame, masked: p.masked, result: r }));
      }
      for (const x of findingsAt(k!, p.start)) findings.push(p.moved ? movedEdges(x, p.moved, p.start) : x);
      starts.push(p.start);
      ends.push(p.end);
      placed.push(k!);
      if (!same) {
        yield;
        // another call read another text meanwhile (in place: see reread): this one starts again
        if (this.reads !== reads) return yield* this.steps(text, opts);
      }
    }
    return { findings, confirmationsIn: confirmationsOf(starts, ends, placed) };
  }

  /**
   * The draft read again, with its blocks' context dates and frames. After an edit inside one chunk, only that chunk's
   * blocks are read and dated again, and the rest kept, moved (DocumentCache.edit): a profile of the one-word edit
   * had reading, dating and framing every block of the draft at most of its time. What is kept is changed in place.
   */
  private *reread(text: string, kind: DocumentKind): Generator<void, Reading | undefined, void> {
    const reads = ++this.reads;
    const last = this.reading;
    const edit = last?.doc.kind === kind ? this.chunks.edit(text) : undefined;
    // (no reading is kept while one is made with pauses: a call that gives this one up reads the draft afresh)
    this.reading = undefined;
    let doc: DocumentModel;
    let dates: StoryDates;
    let frames: DocumentFrames;
    if (last && edit) {
      doc = edit.doc;
      dates = last.dates.edit(doc, text, edit) ? last.dates : yield* StoryDates.steps(doc, text);
      if (this.reads !== reads) return undefined;
      frames = last.frames.edit(doc.blocks, text, edit) ? last.frames : new DocumentFrames(doc.blocks, text, this.namesBody, this.namesElsewhere);
    } else {
      doc = readDocument(text, kind, this.chunks);
      yield;
      if (this.reads !== reads) return undefined;
      dates = yield* StoryDates.steps(doc, text);
      if (this.reads !== reads) return undefined;
      yield;
      if (this.reads !== reads) return undefined;
      frames = new DocumentFrames(doc.blocks, text, this.namesBody, this.namesElsewhere);
    }
    return (this.reading = { doc, dates, frames });
  }
}

/** The draft as IncrementalChecker read it last. */
interface Reading {
  doc: DocumentModel;
  dates: StoryDates;
  frames: DocumentFrames;
}
