/**
 * When a quoted saying was said, by its words. A sentence in the past tense that quotes words the sources give a
 * person ("His cabinet member, Andrew Leadbetter, warned that a trust takes “about two years” to set up") tells of the
 * time the sources have them said, as it would with that date written: a title beside the speaker is the title they
 * held then. Retrospectives written years later give people the titles of the time this way, with no date in the
 * sentence.
 *
 *   "The council's leader, John Hart, admitted: “We've not seen that much of a response.”"  (in a 2026 draft: Hart led
 *   the council when he said it; no "outdated")
 */
import { Ctx, SentenceInfo } from './context';
import { tenseOf } from '../extract/dates';
import { PAST_ED, PAST_SAYING, clauseAt } from './time';
import { Model, plainWords } from '../model/model';
import { DayRange } from '../time/dates';
import { SPEECH_PARTICIPLES } from '../lexicon';

/** Fewest words a quotation shares with a source's before it identifies the saying (one word is anybody's). */
const MIN_WORDS = 2;
/** Words in a row of a longer quotation that identify the saying, though others were changed. */
const RUN = 3;

/** One of a person's source quotations, as plain words between spaces, and the days its article was published. */
export interface Said {
  words: string;
  when: DayRange;
}

/** Each person's source quotations (built once per model, in the roles rule's index). */
export function sayingsOf(m: Model): Map<string, Said[]> {
  const out = new Map<string, Said[]>();
  for (const q of m.dataset.quotes) {
    const entry = { words: ` ${plainWords(q.text)} `, when: m.timeOf({ evidence: { source: q.source } }).known };
    for (const id of [q.speaker.person, ...q.speaker.alsoRight]) {
      if (!id) continue;
      const list = out.get(id) ?? [];
      list.push(entry);
      out.set(id, list);
    }
  }
  return out;
}

/**
 * The days the sources have a person say words the sentence quotes, when the sentence tells the saying in the past
 * tense (a verb of saying in the past: "warned that a trust takes…", what was said may be in the present) and the post's own clause is not in the present ("X, who is still cabinet member, said …" claims it now);
 * undefined when it quotes none of theirs (a changed quotation identifies no saying).
 */
export function quotedSayingTime(ctx: Ctx, s: SentenceInfo, said: Said[] | undefined, claim: { start: number }): DayRange | undefined {
  if (!said) return undefined;
  // (a claim inside a quotation of copy, a preview's "Leader X (Conservative) said the council was 'taking …'", is
  // read in the copy's own words, which the masked text blanks)
  const inCopy = ctx.quotes.some((q) => q.depth === 0 && q.innerStart <= claim.start && claim.start < q.innerEnd);
  const text = inCopy ? ctx.f : ctx.masked;
  // (or a line of no tense tenseOf knows that labels the words with the name, a running order's "X on why a trust … would be '…'",
  // a list's "X (party, ward): '…'"; not "X, the cabinet member, reckons '…'", whose verb tenseOf does not know)
  const told = text.slice(s.start, s.end);
  const tense = tenseOf(told);
  // (or a participle of saying after the name, "Closing: cabinet member X insisting the council is '…'")
  const saying = sayingParticiple(ctx, s, text, claim.start);
  if (!saying && !PAST_SAYING.test(told) && !OWN_SAYING.test(told) && !(!tense.present && !tense.past && NAME_LABELS.test(told.replace(/\([^()]*\)/g, '')))) return undefined;
  // (the post's clause in the present claims it now, unless the name owns a saying the clause is about: "X's comment
  // about '…' is correctly transcribed" tells of the comment now, and of the post when it was made)
  const clause = clauseAt(s, claim.start);
  const ownsSaying = saying || OWN_SAYING.test(text.slice(claim.start, Math.min(s.end, claim.start + OWNER_REACH)));
  if (!ownsSaying && tenseOf(text.slice(clause.start, clause.end)).present) return undefined;
  return saidIn(ctx, s.start, s.end, said) ?? reportedIn(ctx.masked.slice(s.start, s.end), said);
}

/**
 * Is the saying told by a participle right after the name or its bracket ("Closing: cabinet member X insisting the
 * council is '…'"), a saying with no tense of its own, whatever the tense of the words it reports? Not where a verb of
 * the present stands before it ("X, who leads the council, … while admitting", "X opposes a trust, arguing …").
 */
function sayingParticiple(ctx: Ctx, s: SentenceInfo, text: string, from: number): boolean {
  const r = PARTICIPLE_SAYING.exec(text.slice(from, Math.min(s.end, from + SAYER_REACH)));
  return r !== null && SAYER_BEFORE.test(ctx.text.slice(s.start, from + r.index)) && !tenseOf(text.slice(s.start, from + r.index)).present;
}

/** How far after the start of a post's claim a participle of saying may stand (past a bracket of party and ward). */
const SAYER_REACH = 100;
/** A name's last word or a bracket's close, and what may part it from a participle after it (original case). */
const SAYER_BEFORE = /(?:\)|[A-Z][a-z'\u2019-]+)[\s,]*$/;
/** A participle of saying on its own, no verb's ("insisting", "warning"; not "keeps telling", "is saying"). */
const PARTICIPLE_SAYING = new RegExp(`(?<!\\b(?:keeps?|kept|keeping|is|are|was|were|be|been|am|still|goes|went|starts?|started|continues|continued)\\s+)\\b(?:${[...SPEECH_PARTICIPLES, 'claiming', 'stating'].join('|')})\\b`);

/** How far after a post's claim its holder's possessive and saying may stand ("the opposition leader X's comment"). */
const OWNER_REACH = 60;

/** A colon or "on" before any comma: the words before it label what follows ("X (…): '…'", "X on why …"). */
const NAME_LABELS = /^[^,;]*?(?::\s|\son\s)/;

/**
 * Words in a row of a saying reported without quotation marks that identify it, three of them long ones ("said they
 * were working tirelessly, the leader, the chief executive …"; "for children and families" is anybody's).
 */
const REPORTED_RUN = 4;
const LONG_WORDS = 3;

/** The days of the first of `said` whose words the sentence reports in its own, REPORTED_RUN of them in a row. */
function reportedIn(sentence: string, said: Said[]): DayRange | undefined {
  return saidInRun(plainWords(sentence).split(' '), REPORTED_RUN, said, (run) => longWords(run) >= LONG_WORDS);
}

/** How many of a run's words are long ones, four letters or more: what makes a run of words a saying's, not anybody's. */
export function longWords(run: readonly string[]): number {
  let n = 0;
  for (const w of run) if (w.length >= 4) n++;
  return n;
}

/** The days of the first of `said` that holds `size` of `words` in a row (a run `enough` accepts). */
function saidInRun(words: string[], size: number, said: Said[], enough: (run: string[]) => boolean = () => true): DayRange | undefined {
  for (let i = 0; i + size <= words.length; i++) {
    const run = words.slice(i, i + size);
    if (!enough(run)) continue;
    const piece = ` ${run.join(' ')} `;
    const hit = said.find((x) => x.words.includes(piece));
    if (hit) return hit.when;
  }
  return undefined;
}

/**
 * The days the sources have anyone say words the paragraph quotes, when the sentence is told in the past tense and
 * gives no date of its own: a paragraph of a retrospective that quotes what was said at an occasion is set at it
 * ("His cabinet member, Andrew Leadbetter, blamed recruitment." beside Hart's quoted admission).
 */
export function paragraphSayingTime(ctx: Ctx, s: SentenceInfo, everyone: Map<string, Said[]>, claim: { start: number }): DayRange | undefined {
  // (a date after the post, "said … over the last five years", is what was said, not the post's time)
  if (s.dates.some((d) => d.start < claim.start)) return undefined;
  const clause = clauseAt(s, claim.start);
  const text = ctx.masked.slice(s.start, s.end);
  const tense = tenseOf(text);
  // (a regular past, "blamed", "represented", is past too: the tense words list the irregular ones)
  if (!(tense.past || PAST_ED.test(text)) || tense.present || tenseOf(ctx.masked.slice(clause.start, clause.end)).present) return undefined;
  for (const said of everyone.values()) {
    const when = saidIn(ctx, 0, ctx.text.length, said);
    // (the dates before it in the paragraph must not set it later: "The details are right for December 2022. Ofsted had
    // rated it inadequate in January 2020. Council leader X said …" is set at the saying still)
    // (a later sentence's, "Since then the Lib Dems have taken charge (May 2025)", tells what came after)
    if (when) return ctx.sentences.some((x) => x.index < s.index && x.dates.some((d) => !d.range || d.range.start > when.end)) ? undefined : when;
  }
  return undefined;
}

/** A saying named by its owner's possessive, whatever the tense ("Leader X's closing line, '…'", "X's promise to be '…'"). */
const OWN_SAYING = /['\u2019]s\s+(?:[a-z-]+\s+)?(?:line|words|promise|pledge|admission|warning|plea|remark|comment|reply|response|verdict|quote|quip|phrase)\b/;

/** The days of the first of `said` that a quotation standing in [from, to) quotes. */
function saidIn(ctx: Ctx, from: number, to: number, said: Said[]): DayRange | undefined {
  for (const q of ctx.quotes) {
    if (q.innerStart < from || q.innerEnd > to) continue;
    const words = plainWords(ctx.text.slice(q.innerStart, q.innerEnd)).split(' ');
    if (words.length < MIN_WORDS) continue;
    // (a misquotation still tells which saying it is: a run of RUN words of it the person's words hold will do)
    const when = saidInRun(words, Math.min(RUN, words.length), said);
    if (when) return when;
  }
  return undefined;
}
