/**
 * A saying reported without quotation marks, given to the wrong person: a name, a verb of saying, and words the sources
 * give someone else, six or more in a row.
 *
 *   "Even Richard Jefferies said the most at-risk children in our communities continue to be failed."  (the sources
 *   give those words to Steve Race: flagged on "Richard Jefferies said")
 *   "Steve Race said the most at-risk children in our communities continue to be failed."  (his words: nothing)
 *
 * A few words in common are anybody's ("for children and families"): the run must be long, and half of it words of
 * four letters or more. Quoted words are the quotations check's (the masked text blanks them).
 */
import { Model, PersonIndex, plainWords } from '../model/model';
import { Ctx, Mention, SentenceInfo } from './context';
import { addFinding } from './findings';
import { defineRule } from './rule';
import { longWords } from './sayings';
import { clauseAt } from './time';

/** Words in a row that make a reported saying someone's. */
const RUN = 6;
/** Of which at least this many have four letters or more. */
const LONG = 3;
/** How far after the verb the reported words are read. */
const REACH = 300;
/** The fewest characters RUN words, LONG of them long, take. */
const MIN_CHARS = RUN - 1 + LONG * 4 + (RUN - LONG);

interface Saying {
  person: string;
  /** Plain words between spaces. */
  words: string;
  source: string;
  text: string;
}

interface ReportedIndex {
  sayings: Saying[];
  /** Every word of every saying: a run with a word outside it is in none (asked first, word by word). */
  words: Set<string>;
  people: Map<string, PersonIndex>;
}

function build(m: Model): ReportedIndex {
  const sayings: Saying[] = [];
  for (const q of m.dataset.quotes) {
    if (q.speaker.person) sayings.push({ person: q.speaker.person, words: ` ${plainWords(q.text)} `, source: q.source, text: q.text });
  }
  return { sayings, words: new Set(sayings.flatMap((q) => q.words.trim().split(' '))), people: new Map(m.people.map((p) => [p.person.id, p])) };
}

/** A verb of saying right after a name (past any bracket of party and ward; "told the cabinet"), and "that": the reported words follow. */
const SAYING_AFTER = /^((?:\s*\([^()]{0,60}\))?,?\s+(?:also\s+|has\s+|had\s+|once\s+)?(?:said|says|warned|warns|added|adds|wrote|writes|claimed|claims|argued|argues|insisted|insists|admitted|admits|stressed|complained|complains|(?:told|tells)\s+(?:the\s+)?[a-z]+(?:\s+(?!that\b)[a-z]+)?))\s+(?:that\s+)?/;

export const reportedRule = defineRule<ReportedIndex>({
  id: 'reported',
  kinds: ['attribution'],
  description: 'Sayings reported without quotation marks: words the sources give someone else, six or more in a row.',
  build,
  checkSentence(ctx, s, ix) {
    const mentions = s.mentions.length > 1 ? s.mentions.slice().sort((a, b) => a.start - b.start) : s.mentions;
    mentions.forEach((x, k) => {
      const verb = SAYING_AFTER.exec(ctx.masked.slice(x.end, Math.min(s.end, x.end + 90)));
      if (!verb) return creditAfterDash(ctx, s, ix, x);
      const from = x.end + verb[0].length;
      let end = reportedEnd(ctx, s, from);
      // (another name in the words reported may be whose they are: "X said Race had warned …"; the same name again
      // opens another saying)
      let j = k + 1;
      while (j < mentions.length && mentions[j].start < from) j++;
      const next = mentions[j];
      if (next && next.start < end) {
        if (next.person !== x.person) return;
        end = next.start;
      }
      // (the run must stand in the writer's own text too, and no quotation mark be left in it: masking may have joined
      // words a quotation parted, or left a quotation's close whose opening it took for another's; most sayings are
      // quoted, and leave no room for a run before their quotation mark)
      if (end - from < MIN_CHARS || /["\u201c\u201d]|''/.test(ctx.text.slice(from, end))) return;
      const own = () => ` ${plainWords(ctx.text.slice(from, end))} `;
      const other = someoneElses(ctx.m, ix, x.person.person.id, plainWords(ctx.masked.slice(from, end)).split(' '), own);
      if (other) reportSaying(ctx, ix, x, other, x.end + verb[1].length);
    });
  },
});

/**
 * "• Not enough has been done fast enough, so early help must now come quickly — Carol Whitton, Labour leader": a line's
 * words with a credit after a spaced dash at its end (the name, and a post after a comma at most) are that person's
 * saying, reported without quotation marks.
 */
function creditAfterDash(ctx: Ctx, s: SentenceInfo, ix: ReportedIndex, x: Mention): void {
  const { masked } = ctx;
  const dash = DASH_BEFORE.exec(masked.slice(Math.max(s.start, x.start - 4), x.start));
  if (!dash) return;
  const lineEnd = masked.indexOf('\n', x.end);
  if (!CREDIT_TAIL.test(masked.slice(x.end, lineEnd < 0 ? masked.length : lineEnd))) return;
  const lineStart = masked.lastIndexOf('\n', x.start) + 1;
  const open = LINE_OPENING.exec(masked.slice(Math.max(lineStart, s.start), x.start));
  const from = Math.max(lineStart, s.start) + (open ? open[0].length : 0);
  const end = x.start - 4 + dash.index;
  if (end - from < MIN_CHARS || /["\u201c\u201d\u2018]|''/.test(ctx.text.slice(from, end))) return;
  const other = someoneElses(ctx.m, ix, x.person.person.id, plainWords(masked.slice(from, end)).split(' '), () => ` ${plainWords(ctx.text.slice(from, end))} `);
  if (other) reportSaying(ctx, ix, x, other, x.end);
}

/** The name (and its verb of saying, to `end`) given another person's words. */
function reportSaying(ctx: Ctx, ix: ReportedIndex, x: Mention, other: Saying, end: number): void {
  const name = ix.people.get(other.person)?.person.name ?? other.person;
  addFinding(ctx, {
    start: x.start, end, kind: 'attribution', severity: 'error',
    message: `Misattributed: the sources give these words to ${name}, not ${x.person.person.name}.`,
    // (no fix: the words are the writer's, told of another speaker; which to change is theirs to say)
    suggestions: [],
    citations: [ctx.m.dataset.cite({ source: other.source, text: other.text })],
    claimKey: `reported:${x.person.person.id}:${other.person}`,
  });
}
/** A spaced dash right before the name; after it, only a post after a comma, to the line's end; a list's marker before the words. */
const DASH_BEFORE = /\s[\u2013\u2014]\s*$|\s--?\s+$/;
const CREDIT_TAIL = /^(?:\s*,[^,;.!?]{1,80})?[\s.]*$/;
const LINE_OPENING = /^[\s*>\u2022\d.)-]*/;

/**
 * Where the reported words end: at their clause's end, a semicolon, a table's cell mark, the first quotation after
 * them (what is quoted is the quotations check's, and the words either side of it are not one run) or a blanked stretch.
 */
function reportedEnd(ctx: Ctx, s: SentenceInfo, from: number): number {
  // (a saying's words are read up to REACH characters: a clause a quotation left open may run on for a paragraph)
  let end = Math.min(clauseAt(s, from).end, from + REACH);
  for (const q of ctx.quotes) if (q.open >= from && q.open < end) { end = q.open; break; }
  // (and at a blanked stretch, where the masking took something out)
  const stop = ctx.masked.slice(from, end).search(/[;|]| {3}/);
  return stop >= 0 ? from + stop : end;
}

/**
 * The saying of another person that holds RUN of the words in a row: one person's alone (words two people say are
 * not one's), and words the sources do not also tell in their own voice (a saying that repeats the article's account).
 */
function someoneElses(m: Model, ix: ReportedIndex, person: string, words: string[], own: () => string): Saying | undefined {
  let ownWords: string | undefined;
  // (only a window of RUN words each of which some saying has is searched for: most windows have one no saying has)
  let known = 0;
  for (let k = 0; k < words.length; k++) {
    known = ix.words.has(words[k]) ? known + 1 : 0;
    if (known < RUN) continue;
    const i = k + 1 - RUN;
    const run = words.slice(i, i + RUN);
    if (longWords(run) < LONG) continue;
    const piece = ` ${run.join(' ')} `;
    if (!(ownWords ??= own()).includes(piece)) continue;
    const hits = ix.sayings.filter((q) => q.words.includes(piece));
    if (hits.length === 0 || hits.some((q) => q.person !== hits[0].person) || hits[0].person === person) continue;
    if (occurrences(m.sourceWords, piece) > new Set(hits.map((q) => q.text)).size) continue;
    return hits[0];
  }
  return undefined;
}

function occurrences(hay: string, piece: string): number {
  let n = 0;
  for (let p = hay.indexOf(piece); p >= 0; p = hay.indexOf(piece, p + 1)) n++;
  return n;
}
