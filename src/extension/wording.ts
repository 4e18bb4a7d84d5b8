/**
 * The wording fix of an outdated role, free of the vscode API (tested in test/unit): where the sources say a person
 * held a role until a date before the story's, "council leader John Hart" can become "former council leader John
 * Hart" (true as of the story date) or "then-council leader John Hart" (true of the time the sentence tells of).
 *
 * The fix inserts a word (and may lower-case the role's first letter at a sentence start): the writer's other words
 * and line breaks stay as they are. "then-" is not offered where the sentence is plainly set after the role ended:
 * a date in it later than the end ("In November 2025, council leader John Hart said …"), or a present-tense verb
 * right after the name ("… John Hart says") — "former" is.
 */
import { rangeOf } from '../core/time/dates';
import { writtenDateRanges } from '../core/time/story';

export interface WordingPerson {
  given: string;
  surname: string;
  givenVariants?: readonly string[];
  titles?: readonly string[];
}

/** One edit inside the covered text: offsets relative to its start. */
export interface CoveredEdit {
  start: number;
  end: number;
  text: string;
}

export interface WordingFix {
  kind: 'then' | 'former';
  /** The covered text as the fix leaves it (for the fix's title). */
  text: string;
  /** The edits that make it, relative to the covered text's start (an insertion, and maybe one letter lower-cased). */
  edits: CoveredEdit[];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLES = ['Councillor', 'Cllr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Baroness', 'Lord'];

/** A name as a draft writes it: an optional title, optional given name, the surname. */
function namePattern(p: WordingPerson): string {
  const titles = [...new Set([...(p.titles ?? []), ...TITLES])].map(esc).join('|');
  const given = [p.given, ...(p.givenVariants ?? [])].filter(Boolean).map(esc).join('|');
  return `(?:(?:${titles})\\.?\\s+)?(?:(?:${given})\\s+)?${esc(p.surname)}`;
}

/** Already says the role is past. */
const PAST_ALREADY = /\b(?:then|former|formerly|ex|erstwhile|previous|outgoing|one-time|onetime)[\s-]*$/i;
/** Role words a sentence may open with that are no proper names ("Council leader John Hart" → "Former council leader …"). */
const GENERIC_OPENING = /^(?:leader|council|county|cabinet|deputy|director|chair|chairman|chairwoman|chief|head|minister|mayor|opposition|lead|shadow|councillor)$/i;
/** A present-tense verb right after the name: the sentence is set now, when "then-" is wrong. */
const PRESENT_AFTER = /^\s*(?:,[^,.;]{0,80})?,?\s*(?:says|tells|insists|admits|argues|warns|believes|thinks|wants|hopes|is|has|leads|runs|chairs|heads|oversees)\b/i;

/** The sentence part of the text before a claim: after the last sentence end or blank line. */
function sentenceBefore(before: string): string {
  let from = 0;
  for (const m of before.matchAll(/[.!?]["”’)]*\s+|\n\s*\n/g)) from = m.index + m[0].length;
  return before.slice(from);
}

/** The sentence part of the text after a claim: up to its end. */
function sentenceAfter(after: string): string {
  const m = /[.!?](?=["”’)]*(?:\s|$))|\n\s*\n/.exec(after);
  return m ? after.slice(0, m.index + 1) : after;
}

/** True when the sentence so far holds nothing but Markdown marks, quotation marks and spaces: the claim opens it. */
function opensSentence(sentenceSoFar: string): boolean {
  return /^[\s#>*_+\-\d.)("“‘'[]*$/.test(sentenceSoFar.replace(/^\s*\d+[.)]\s/, ''));
}

/**
 * The "then-"/"former" rewordings of an outdated role claim covering `covered`, with `before` and `after` the draft's
 * text either side (a few hundred characters are enough), `person` the person named, and `until` the end of the role
 * as the sources date it (a partial date, "2025-05"). Empty when the claim is not a role beside a name in a form this
 * reads.
 */
export function formerWordings(covered: string, before: string, after: string, person: WordingPerson, until: string): WordingFix[] {
  const name = namePattern(person);
  const nameFirst = new RegExp(`^${name}(?:['’]s)?`).exec(covered);
  const nameLast = new RegExp(`${name}$`).exec(covered);
  const sBefore = sentenceBefore(before);
  const sAfter = sentenceAfter(after);
  /** Where the role starts in the covered text, and what stands before it. */
  let at: number;
  let article: boolean;
  let atSentenceStart = false;
  if (nameLast && nameLast.index > 0 && !nameFirst) {
    // "council leader John Hart", "the leader of the council, John Hart"
    at = 0;
    if (PAST_ALREADY.test(before)) return [];
    article = /\bthe\s+$/i.test(before);
    atSentenceStart = !article && opensSentence(sBefore);
  } else if (nameFirst && nameFirst[0].length < covered.length) {
    // "John Hart, the council leader", "John Hart, leader of Devon County Council"
    const sep = /^(\s*,\s*|\s+)(?:(the)\s+)?(?=[A-Za-z])/i.exec(covered.slice(nameFirst[0].length));
    if (!sep) return [];
    at = nameFirst[0].length + sep[0].length;
    article = sep[2] !== undefined;
    if (PAST_ALREADY.test(covered.slice(0, at)) || /^(?:who|which|that|as|and)\b/i.test(covered.slice(at))) return [];
  } else {
    return [];
  }
  const role = covered.slice(at);
  // "then-" where the sentence may be set while the role was held: no later date in it, no present tense after the name
  const end = rangeOf(until).end;
  const laterDate = writtenDateRanges(sBefore + covered + sAfter).some((r) => r.start > end);
  const present = PRESENT_AFTER.test(sAfter) || (!!nameFirst && PRESENT_AFTER.test(after));
  const firstWord = /^[A-Za-z]+/.exec(role)?.[0] ?? '';
  const lower = atSentenceStart && /^[A-Z][a-z]/.test(firstWord) && (GENERIC_OPENING.test(firstWord) || /^[A-Za-z]+\s+[a-z]/.test(role));
  const make = (kind: WordingFix['kind'], word: string): WordingFix => {
    const w = atSentenceStart ? word[0].toUpperCase() + word.slice(1) : word;
    // one edit: the word inserted (with the role's first letter lower-cased after it at a sentence start)
    const edits: CoveredEdit[] = [lower ? { start: at, end: at + 1, text: w + role[0].toLowerCase() } : { start: at, end: at, text: w }];
    const text = covered.slice(0, at) + w + (lower ? role[0].toLowerCase() + role.slice(1) : role);
    return { kind, text, edits };
  };
  const out: WordingFix[] = [];
  // "then-council leader John Hart" before a name; "the then council leader", "John Hart, then leader of …" elsewhere
  if (!laterDate && !present) out.push(make('then', at === 0 && !article ? 'then-' : 'then '));
  out.push(make('former', 'former '));
  return out;
}

/** Applies a fix's edits to the covered text (what the editor's edit does to it). */
export function applyWording(covered: string, fix: WordingFix): string {
  let out = covered;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
