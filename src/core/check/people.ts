/**
 * People: finds every mention of a known person (full name, titled surname, surname alone, possessive)
 * and flags misspelt surnames and wrong given names. Unknown people and common words are left alone.
 */
import { Ctx, Mention, SentenceInfo, isUpperAt, quotedAlone } from './context';
import { Model, PersonIndex } from '../model/model';
import { Word, editDistance } from '../text/words';
import { addFinding } from './findings';
import { defineRule } from './rule';
import { ABBREVIATED_TITLES, INSTRUCTION_VERBS, RESPELLING_CUES, pastOfInstructions, ROLE_HEADS, SCRIPT_CUES, SPEECH_VERBS, TITLES as TITLE_WORDS } from '../lexicon';

const TITLES = new Set<string>([...TITLE_WORDS, ...ABBREVIATED_TITLES.map((t) => t + '.')]);
// ("has also said", "had then told": up to two such words before the verb)
// (or a colon and a quotation mark: the name labels the words after it, "Hart: '…'", "A balloon from Race: '…'")
const SPEECH_AFTER = new RegExp(`^[\\s,]*(?:(?:too|also|again|however|though|meanwhile),\\s*)?(?:(?:(?:has|had|also|then)\\s+){0,2}(${SPEECH_VERBS.join('|')})\\b|:[ \\t]*["'])`);
const ROLE_BEFORE = new RegExp(`\\b(${[...ROLE_HEADS, ...TITLE_WORDS].join('|')})\\s*,?\\s*$`);
/**
 * A definite post said of a surname alone ("Hart is cabinet member for …", "Hart is the council leader", "Hart leads
 * the council"): the sentence is about the holder of a post, so a common surname is the sourced person. ("Hart is a
 * director of …" introduces somebody, and is left alone.)
 */
const POST_AFTER = new RegExp(`^\\s+(?:(?:is|was|became|remains|has\\s+been)\\s+(?:still\\s+|now\\s+|also\\s+)?(?!an?\\s)(?:the\\s+)?(?:[a-z'-]+\\s+){0,3}?(?:${ROLE_HEADS.join('|')})\\b|(?:leads|led|chairs|chaired|heads|headed)\\s+the\\s)`);

function baseOf(word: string): { base: string; cut: number } {
  if (word.endsWith("'s")) return { base: word.slice(0, -2), cut: 2 };
  if (word.endsWith("s'")) return { base: word.slice(0, -1), cut: 1 };
  return { base: word, cut: 0 };
}

/** The word a post is known by before a name ("Leader John Hart", "Exeter MP Steve Race"). */
const HEAD_WORD: Record<string, RegExp> = {
  'council-leader': /\bleader\b/, 'opposition-leader': /\b(opposition|leader)\b/, 'group-leader': /\bleader\b/, mp: /\bmp\b/,
  minister: /\bminister\b/, 'cabinet-member': /\bcabinet\b/, reporter: /\b(reporter|journalist)\b/, director: /\bdirector\b/, chair: /\bchair/,
};

/** Does the text just before a name end with a word for one of this person's posts? */
function headBefore(p: PersonIndex, before: string): boolean {
  const tail = before.slice(-28);
  return p.roles.some((r) => HEAD_WORD[r.role.type]?.test(tail)) || roleCueFor(p, tail);
}

function roleCueFor(p: PersonIndex, sentence: string): boolean {
  for (const r of p.roles) {
    for (const ph of r.role.phrases) if (sentence.includes(ph)) return true;
    if (r.role.place && sentence.includes(r.role.place.toLowerCase())) return true;
    if (sentence.includes(r.role.type.replace('-', ' '))) return true;
  }
  if (p.constituency && sentence.includes(p.constituency.place.toLowerCase())) return true;
  if (p.roles.some((r) => r.role.type === 'mp') && /\b(mp|lawmaker|member of parliament|parliament)\b/.test(sentence)) return true;
  return false;
}

/**
 * The (first code, length) pairs of a list of words, as bits per ASCII first code: a word whose pair is not among them
 * is not in the list, and is ruled out without slicing or hashing it. Other first codes and lengths are never ruled out.
 */
class Shapes {
  private readonly bits = new Int32Array(128);

  add(first: number, length: number): void {
    if (first < 128 && length < 31) this.bits[first] |= 1 << length;
  }

  may(first: number, length: number): boolean {
    return first >= 128 || length >= 31 || ((this.bits[first] >>> length) & 1) === 1;
  }
}

interface Gates {
  /** Shapes of the known surnames. */
  surnames: Shapes;
  /** Shapes a word needs to be a near miss of a surname without a title or given name before it (see the loop below). */
  nearMisses: Shapes;
  /** Shapes of the title words and known given names. */
  titlesAndGiven: Shapes;
}

/** The shapes of the model's names, for turning most capitalised words away at once. */
function gatesOf(m: Model): Gates {
  const g: Gates = { surnames: new Shapes(), nearMisses: new Shapes(), titlesAndGiven: new Shapes() };
  for (const sn of m.bySurname.keys()) g.surnames.add(sn.charCodeAt(0), sn.length);
  for (const w of [...TITLES, ...m.byGiven.keys()]) g.titlesAndGiven.add(w.charCodeAt(0), w.length);
  for (const p of m.people) {
    const sn = p.surname;
    // the loop's cheap rejections and length test for a word with neither title nor given name
    if (p.person.commonSurname || sn.length < 6) continue;
    for (let n = sn.length - 3; n <= sn.length + 3; n++) g.nearMisses.add(sn.charCodeAt(0), n);
  }
  return g;
}

/** isUpperAt, with the common ASCII case answered from the code alone. */
function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return isUpperAt(text, i);
}

/** /^\.?\s+$/ on f[a, b): only a space (or a title's full stop) stands there. Plain spaces are read without a slice. */
function spaced(f: string, a: number, b: number): boolean {
  let k = a;
  if (k < b && f.charCodeAt(k) === 46) k++;
  if (k >= b) return false;
  for (; k < b; k++) {
    const c = f.charCodeAt(k);
    if (c === 32) continue;
    if (c > 32 && c < 128) return false;
    return /^\.?[\s]+$/.test(f.slice(a, b)); // other white space, or none: the pattern decides
  }
  return true;
}

/** The length of a possessive ending, as baseOf cuts it, read from the codes of f[start, end). */
function possessiveCut(f: string, start: number, end: number): number {
  if (end - start < 2) return 0;
  const a = f.charCodeAt(end - 2), b = f.charCodeAt(end - 1);
  if (a === 39 && b === 115) return 2; // 's
  if (a === 115 && b === 39) return 1; // s'
  return 0;
}

export const peopleRule = defineRule<Gates>({
  id: 'people',
  kinds: ['name'],
  description: "Finds every mention of a known person, and flags a misspelt surname or a wrong given name.",
  build: gatesOf,
  checkParagraph(ctx, gates) {
    for (const s of ctx.sentences) findPeople(ctx, s, gates);
  },
});

/** A capitalised word read as a possible surname (`base`, without a possessive ending), and the word before it. */
interface NameAt {
  w: Word;
  prev: Word | undefined;
  next: Word | undefined;
  base: string;
  /** The length of its possessive ending, and where the surname ends without it. */
  cut: number;
  surnameEnd: number;
  /** The word before is capitalised and only a space (or a title's full stop) stands between them. */
  prevCap: boolean;
  prevWord: string;
  /** …and has the shape of a title or given name; and is a title. */
  prevNamed: boolean;
  titled: boolean;
  /** The word has the shape of a near miss of a surname and stands after the sentence's first word. */
  nearShape: boolean;
  /** The sentence's masked text (made on first use: most words never need it). */
  sentence: () => string;
}

export function findPeople(ctx: Ctx, s: SentenceInfo, gates: Gates): void {
  const { m, f, text } = ctx;
  const ws = s.words;
  let sentence: string | undefined;
  const sentenceText = () => (sentence ??= ctx.masked.slice(s.start, s.end));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!upperAt(text, w.start)) continue;
    const cut = possessiveCut(f, w.start, w.end);
    const baseLen = w.end - cut - w.start;
    if (baseLen < 2) continue;
    const prev = i > 0 ? ws[i - 1] : undefined;
    const first = f.charCodeAt(w.start);
    const maybeSurname = gates.surnames.may(first, baseLen);
    // A near miss needs a title or given name just before it, or else (the last rule below) to stand after the
    // sentence's first word with the shape of one.
    const nearShape = w.start > s.firstWord && gates.nearMisses.may(first, baseLen);
    const prevShape = prev !== undefined && gates.titlesAndGiven.may(f.charCodeAt(prev.start), prev.end - prev.start);
    // (the same test as the next but one without reading what stands between the words: most words end here)
    if (!maybeSurname && (baseLen < 3 || (!nearShape && !prevShape))) continue;
    // only a space (or a title's full stop) may stand between the given name or title and the surname
    const prevCap = prev !== undefined && spaced(f, prev.end, w.start) && upperAt(text, prev.start);
    const prevNamed = prevCap && prevShape;
    // Neither a surname nor a near miss any rule could accept: nothing below can come of it.
    if (!maybeSurname && (baseLen < 3 || (!nearShape && !prevNamed))) continue;
    const prevWord = prevCap ? f.slice(prev!.start, prev!.end) : '';
    const at: NameAt = {
      w, prev, next: ws[i + 1], base: f.slice(w.start, w.start + baseLen), cut, surnameEnd: w.end - cut, prevCap, prevWord, prevNamed,
      // (a word without the shape of a title or given name is neither: no lookup)
      titled: prevNamed && TITLES.has(prevWord),
      nearShape, sentence: sentenceText,
    };
    const exact = maybeSurname ? m.bySurname.get(at.base) : undefined;
    if (exact) knownSurname(ctx, s, at, exact);
    else misspeltSurname(ctx, s, at);
  }
}

const INSTRUCTIONS = new Set<string>(INSTRUCTION_VERBS);
const NOTE_VERBS = new Set<string>([...pastOfInstructions(), 'let']);

/** May a capitalised word (folded) before a surname be a given name: letters, and no known word, cue or note's verb? */
function looksGiven(m: Model, word: string): boolean {
  return /^[a-z]{2,}$/.test(word) && !m.notNames.has(word) && !INSTRUCTIONS.has(word) && !NOTE_VERBS.has(word) && !SCRIPT_CUES.has(word);
}

/**
 * A verb in the past opening a clause before a surname ("Interviewed Jefferies after …", "Replaced Hart as …"): no
 * given name. (Given names in -ed end otherwise: Fred, Alfred, Wilfred, Mohammed, Ahmed, Reed.)
 */
const PAST_VERB = /^[a-z]{3,}(?:[^rme]ed|ered)$/;

/** A known surname: a mention of the person with that given name, or a wrong given name, or a surname alone. */
function knownSurname(ctx: Ctx, s: SentenceInfo, at: NameAt, candidates: PersonIndex[]): void {
  const { m, f } = ctx;
  const { w, prev, prevWord, titled, surnameEnd, cut } = at;
  if (at.prevCap && !titled) {
    // the first of them with this given name (most full names)
    let byGiven: PersonIndex | undefined;
    for (let k = 0; k < candidates.length && !byGiven; k++) if (candidates[k].given.includes(prevWord)) byGiven = candidates[k];
    if (byGiven) {
      pushMention(s, { person: byGiven, start: prev!.start, end: surnameEnd, surnameStart: w.start, surnameEnd, hasGiven: true, titled: false });
      return;
    }
    // A capitalised word before a known surname that is not that person's given name (nor the verb of an order:
    // "Add Leadbetter: '…'", "Call Aves", nor one in the past).
    if (candidates.length === 1 && !m.notNames.has(prevWord) && !INSTRUCTIONS.has(prevWord) && !PAST_VERB.test(prevWord) && !m.notNames.has(baseOf(prevWord).base) && !prevWord.endsWith("'s") &&
        !m.bySurname.has(prevWord) && prevWord.length >= 2 && !/\d/.test(prevWord) && !m.partyPhrases.some((pp) => pp.phrase === prevWord) &&
        // (a word joined to one in lower case is no given name, "Re-read MacAlister letter"; "Anne-Marie" is)
        !/-\p{Ll}/u.test(ctx.text.slice(prev!.start, prev!.end))) {
      wrongGivenName(ctx, s, at, candidates[0]);
      return;
    }
  }
  if (candidates.length !== 1) return;
  const p = candidates[0];
  const inverted = cut === 0 ? invertedGivenEnd(ctx, p, surnameEnd) : -1;
  if (inverted > 0) {
    pushMention(s, { person: p, start: w.start, end: inverted, surnameStart: w.start, surnameEnd, hasGiven: true, titled: false });
    return;
  }
  if (cut === 0 && wrongInvertedGiven(ctx, s, at, p)) return;
  if (p.person.commonSurname && !titled) {
    const after = f.slice(w.end, Math.min(f.length, w.end + 40));
    const before = f.slice(Math.max(0, w.start - 24), w.start);
    if (!SPEECH_AFTER.test(after) && !ROLE_BEFORE.test(before) && !(cut > 0 && (roleCueFor(p, at.sentence()) || partyGroupAfter(ctx.m, after))) &&
        !(cut === 0 && POST_AFTER.test(f.slice(w.end, w.end + 60)))) return;
  }
  pushMention(s, { person: p, start: titled ? prev!.start : w.start, end: surnameEnd, surnameStart: w.start, surnameEnd, hasGiven: false, titled });
}

/**
 * ", Carol" after a surname, then the end of a cell (a pipe, a quotation mark or the line's end) or of an entry's
 * headword (bold closing, a spaced dash or a colon: "**WHITTON, Carol** – councillor …"): a name written surname first.
 */
const INVERTED_GIVEN = /^, ([a-z][a-z'-]+)(?=[ \t]*(?:\||"|\r?\n|$)|(?:\*\*|__)?[ \t]*(?:[\u2013\u2014:]|-[ \t])|\*\*|__)/;

/**
 * "Whitton, Carol" alone in a table's cell or a data row's ("| Whitton, Carol |", "\"Brazil, Julian\",Lib Dem"): the
 * person's own given name after their surname and a comma, ending the cell. Where the name ends, or -1.
 */
function invertedGivenEnd(ctx: Ctx, p: PersonIndex, surnameEnd: number): number {
  const given = invertedGiven(ctx, surnameEnd);
  return given && p.given.includes(given) ? surnameEnd + 2 + given.length : -1;
}

/** The given name written after a surname and a comma (see INVERTED_GIVEN), whoever's it is. */
function invertedGiven(ctx: Ctx, surnameEnd: number): string | undefined {
  if (ctx.f.charCodeAt(surnameEnd) !== 44) return undefined;
  const r = INVERTED_GIVEN.exec(ctx.masked.slice(surnameEnd, surnameEnd + 40));
  return r && upperAt(ctx.text, surnameEnd + 2) ? r[1] : undefined;
}

/**
 * "WHITTON, Caroline – …": a given name written after the surname that is not the person's own, flagged as a wrong
 * given name as "Caroline Whitton" would be; for a common surname only one near the person's own (the first letter the
 * same, two edits at most): a name far from it is somebody else's.
 */
function wrongInvertedGiven(ctx: Ctx, s: SentenceInfo, at: NameAt, p: PersonIndex): boolean {
  const given = invertedGiven(ctx, at.surnameEnd);
  // (another person's surname is the next of a list of surnames: "Hart, Leadbetter, Whitton, Aves – …")
  if (!given || p.given.includes(given) || ctx.m.notNames.has(given) || ctx.m.bySurname.has(given)) return false;
  if (p.person.commonSurname && !p.given.some((g) => g[0] === given[0] && editDistance(given, g, 2) <= 2)) return false;
  const start = at.surnameEnd + 2;
  const end = start + given.length;
  givenNameFinding(ctx, p, start, end, given);
  pushMention(s, { person: p, start: at.w.start, end, surnameStart: at.w.start, surnameEnd: at.surnameEnd, hasGiven: true, titled: false });
  return true;
}

/** "Hart's Conservative administration", "Brazil's Lib Dem group": a party's group or administration after a possessive (group 1: the party). */
export const PARTY_GROUP_AFTER = /^\s+([a-z-]+(?:\s[a-z-]+)?)\s+(?:group|administration|party|colleagues|councillors|cabinet)\b/;

/** Does `after` (the text after a possessive) name a party's group, administration…? Then the person is a politician. */
function partyGroupAfter(m: Model, after: string): boolean {
  const r = PARTY_GROUP_AFTER.exec(after);
  return !!r && partyIn(m, r[1]) !== undefined;
}

/** The party a phrase of one or two words names (the whole, or its first word), if any. */
export function partyIn(m: Model, words: string): string | undefined {
  const first = words.split(' ')[0];
  return (m.partyPhrases.find((pp) => pp.phrase === words) ?? m.partyPhrases.find((pp) => pp.phrase === first))?.party.id;
}

/** What introduces a person the reader has not met (", a parent", ", 41,", ", aged 41"), and what says it is another. */
const INTRODUCED = /^\s*,\s*(?:an?\s|\d{1,3}\s*,|aged\s+\d|who\s+is\s+an?\s)/;
const NO_RELATION = /^[^.;:"“]*\bno\s+relation\b/;

/** Are the letters of text[start, end) all capitals (a caption, a header in capitals)? */
function allCaps(text: string, start: number, end: number): boolean {
  const t = text.slice(start, end);
  return t !== t.toLowerCase() && t === t.toUpperCase();
}

/** "Jane Leadbetter" for a person the sources name otherwise: flagged where the sentence makes the person sure. */
function wrongGivenName(ctx: Ctx, s: SentenceInfo, at: NameAt, p: PersonIndex): void {
  const { m, f, text } = ctx;
  const { w, prevWord, surnameEnd } = at;
  const prev = at.prev!;
  // ("SOT AVES:": a script's cue before the name is no given name; nor is a note's verb: "Kept Aves high", "Let Aves say it")
  if (SCRIPT_CUES.has(prevWord) || NOTE_VERBS.has(prevWord)) return;
  const closeGiven = p.given.some((g) => editDistance(prevWord, g, 2) <= 2);
  // "SOMERSET UNDER WOOSTER": in capitals a capital letter says nothing, so only a given name (anyone's) or one near
  // the person's own is a given name there
  if (!closeGiven && allCaps(text, prev.start, prev.end) && allCaps(text, w.start, surnameEnd) && !m.byGiven.has(prevWord)) return;
  // "NB Leadbetter", "PS Aves", "FYI Hart": a word in capitals before a surname that is not is an abbreviation or an
  // acronym; a given name is written in capitals only where the whole name is
  // (near the given name in proportion to its length: any two letters are two edits from "Su")
  const nearGiven = p.given.some((g) => editDistance(prevWord, g, 2) <= Math.min(2, Math.floor(prevWord.length / 3)));
  if (!nearGiven && allCaps(text, prev.start, prev.end) && !allCaps(text, w.start, surnameEnd)) return;
  const roleBefore = headBefore(p, f.slice(Math.max(0, prev.start - 40), prev.start));
  const roleCue = roleBefore || roleCueFor(p, at.sentence());
  // "Emma Smith, a mother of three": someone introduced as new, not a sourced Jo Smith under another given name
  // (unless what introduces them is the sourced person's post: "Sam Smith, a lawmaker representing Leeds"); and
  // "no relation to …" says so outright
  const after = f.slice(surnameEnd, surnameEnd + 80);
  if (NO_RELATION.test(after) || (!closeGiven && !roleCue && INTRODUCED.test(after))) return;
  const sure = !p.person.commonSurname || closeGiven || roleCue;
  const isFirstWord = prev.start <= s.firstWord;
  if (!sure || (isFirstWord && p.person.commonSurname && !closeGiven && !roleCue)) return;
  givenNameFinding(ctx, p, prev.start, prev.end, prevWord);
  pushMention(s, { person: p, start: prev.start, end: surnameEnd, surnameStart: w.start, surnameEnd, hasGiven: true, titled: false });
}

/** The finding for a given name at [start, end) (folded: `word`) that is not the person's own. */
function givenNameFinding(ctx: Ctx, p: PersonIndex, start: number, end: number, word: string): void {
  addFinding(ctx, {
    start, end, kind: 'name', severity: 'error',
    message: `Sources name ${p.person.pronoun === 'she' ? 'her' : p.person.pronoun === 'he' ? 'him' : 'this person'} ${p.person.name}, not ${ctx.text.slice(start, end)} ${p.person.surname}.`,
    suggestions: [p.person.given],
    citations: [ctx.m.dataset.cite(p.person.evidence)],
    claimKey: `name:${word}>${p.given[0]}:${p.surname}`,
  });
}

/** A respelling's cue (RESPELLING_CUES) as a pattern. */
const RESPELLING_CUE = `(?:${RESPELLING_CUES.map((c) => (/^\w/.test(c) ? '\\b' : '') + c.replace(/ /g, '\\s+').replace(':', '\\s*:')).join('|')})`;
/** A respelling's cue ending the text before a word: 'LEADBETTER = "LED-BETTER"' is no misspelling. */
const RESPELLING_BEFORE = new RegExp(`${RESPELLING_CUE}\\s*:?\\s*["'\u201c\u2018(\\[]?\\s*$`);
/** A spelling named as the wrong one ("never Jeffries", "Not Ledbetter.", "rather than …", "misspelt as …"). */
export const SPELLING_WARNED = /(?:^|[^a-z])(?:never|not|avoid|rather\s+than|instead\s+of|misspel(?:t|led)(?:\s+as)?|wrongly\s+spelt(?:\s+as)?)\s*[:,]?\s*["'\u201c\u2018]?$/;
/** Text that opens with a respelling's cue: "(pronounced LED-bet-er)" after a name is no ward. */
export const RESPELLING_OPENS = new RegExp(`^\\s*${RESPELLING_CUE}`, 'i');

/**
 * A respelling with no cue, its stressed syllable in capitals and the others in lower case, parted by hyphens, as a
 * pronunciation guide writes it after a name ("Leadbetter — LED-bet-er", "Whitton – WIT-un"): no ward, no name.
 */
export function respelt(text: string): boolean {
  const t = text.trim();
  return RESPELT_SYLLABLES.test(t) && /(?:^|-)[A-Z]{2,}(?:-|$)/.test(t) && /(?:^|-)[a-z]+(?:-|$)/.test(t);
}
const RESPELT_SYLLABLES = /^[A-Za-z]+(?:-[A-Za-z]+)+$/;

/**
 * A preposition of place just before a bare word ("a home in Whipton", "near Whiddon"): the word is a place, not a
 * person's surname misspelt (a person there takes a possessive: "in Whitton's view").
 */
// (and so does an address's last part after a comma: "Hamlin Lane play park, Whipton", "Youth Centre, Whiddon")
const PLACE_BEFORE = /\b(?:in|near|around|outside|across|throughout)\s+$|\b(?:road|street|lane|avenue|close|drive|crescent|park|estate|centre|center|hall|school|academy|library|church|ground|field|fields|green|square|station|bowl|court|parade|terrace|hill|rec|pavilion)\s*,\s*$/;

/** A facility's noun after a word: the word is a place's name ("Whipton family hub", "Heavitree road"). */
const PLACE_AFTER = /^\s+(?:family\s+hub|hub|centre|center|park|road|street|lane|school|primary|academy|library|church|hall|estate|station|village|surgery|leisure|youth\s+centre|community|car\s+park|playing\s+fields?)\b/;
/** A person's full name and a comma before a word: "Linda Salter, " (what follows may be where they live). */
const HOME_AFTER_NAME = /\b[A-Z][a-z]+\s+[A-Z][a-z'\u2019-]+,\s*$/;
/** The end of a line or of the text, after any closing marks. */
const LINE_ENDS = /^[)\]"'\u2019\u201d*_]*\s*(?:\r?\n|$)/;
/** Titles of address that tell a person's sex as the data gives their titles. */
const ADDRESS_TITLES = new Set(['mr', 'mrs', 'ms', 'miss']);

/** Not a known surname: a misspelling of one, when one person's surname is nearest and the sentence allows it. */
function misspeltSurname(ctx: Ctx, s: SentenceInfo, at: NameAt): void {
  const { m, text } = ctx;
  const { w, base, titled, surnameEnd } = at;
  if (base.length < 3) return;
  const givenPeople = at.prevNamed && !titled ? m.byGiven.get(at.prevWord) ?? nearGivenPeople(ctx, at.prevWord) : undefined;
  if (!titled && !givenPeople && !at.nearShape) return; // no rule below can accept anybody
  const before = ctx.masked.slice(Math.max(s.start, w.start - 24), w.start);
  // (nor a respelling, "Andrew Leadbetter (LED-better)": how the name is said, not how it is spelt)
  if (m.notNames.has(base) || m.byGiven.has(base) || RESPELLING_BEFORE.test(before) || SPELLING_WARNED.test(before) || respelt(text.slice(w.start, w.end))) return;
  // (a wrong spelling warned of with its given name: 'Not: "Sue Eaves"')
  if (givenPeople && at.prev && SPELLING_WARNED.test(ctx.masked.slice(Math.max(s.start, at.prev.start - 24), at.prev.start))) return;
  if (!titled && !givenPeople && (PLACE_BEFORE.test(before) || PLACE_AFTER.test(ctx.masked.slice(surnameEnd, surnameEnd + 16))) && at.cut === 0) return;
  // ("— Linda Salter, Whipton": a bare word closing its line after another person's full name and a comma is where
  // they live)
  if (!titled && !givenPeople && at.cut === 0 && HOME_AFTER_NAME.test(text.slice(Math.max(0, w.start - 40), w.start)) && LINE_ENDS.test(text.slice(surnameEnd, surnameEnd + 3))) return;
  if (givenNameHere(ctx, at) || (!titled && !givenPeople && (joinedPlace(ctx, before, w.start) || joinedToPlace(ctx, surnameEnd)))) return;
  const best = nearestSurname(ctx, s, at, givenPeople);
  // ("Mrs Dart" is no misspelt Mr Hart: a title of address the person is never given names somebody else)
  if (best && titled && ADDRESS_TITLES.has(at.prevWord) && !best.person.titles.some((t) => t.toLowerCase() === at.prevWord)) return;
  if (best && introducedAsOther(ctx, text.slice(w.start, surnameEnd), best)) return;
  // ("“Jeffries” for Jefferies": the wrong spelling named beside the right one, as a list of errors gives it)
  if (!best || forTheRight(ctx.masked, surnameEnd, best.surname) || (!at.prevNamed && quotedAlone(ctx.masked, w.start, surnameEnd))) return;
  // ("Ann Jeffers, named in Bristol": a given name far from the person's, beside a surname more than a slip of a key
  // from theirs, names somebody else)
  if (at.prevCap && !titled && looksGiven(m, at.prevWord) && editDistance(base, best.surname, 2) >= 2 && !best.given.some((g) => editDistance(at.prevWord, g, 2) <= 2)) return;
  addFinding(ctx, {
    start: w.start, end: surnameEnd, kind: 'name', severity: 'error',
    message: `Sources spell it ${best.person.surname} (${best.person.name}), not ${text.slice(w.start, surnameEnd)}.`,
    suggestions: [best.person.surname],
    citations: [m.dataset.cite(best.person.evidence)],
    claimKey: `name:${base}>${best.surname}`,
  });
  const hasGiven = !!givenPeople && givenPeople.includes(best);
  pushMention(s, {
    person: best, start: hasGiven || titled ? at.prev!.start : w.start, end: surnameEnd, surnameStart: w.start, surnameEnd, hasGiven, titled,
  });
}

/**
 * "Present: … Mr R. Dart (airline operators) … Mr Dart said": a surname its paragraph gives elsewhere after an
 * initial or a given name that none of the person's given names starts with is somebody else's, wherever it stands
 * alone.
 */
function introducedAsOther(ctx: Ctx, surname: string, p: PersonIndex): boolean {
  const initials = initialledSurnames(ctx).get(surname);
  return initials !== undefined && [...initials].some((i) => !p.given.some((g) => g[0] === i));
}

/**
 * The paragraph's surnames after an initial with its stop ("R. Dart") or a given name after a title ("Mr Robert
 * Dart"), with their initials in lower case: one pass over the paragraph, the first time a name is about to be
 * flagged (a search per flagged name grew with the square of a paragraph of them, in the growth suite).
 * ("Yesterday Witton said" has neither.)
 */
function initialledSurnames(ctx: Ctx): Map<string, Set<string>> {
  if (ctx.initialled) return ctx.initialled;
  const out = new Map<string, Set<string>>();
  for (const r of ctx.text.matchAll(INITIALLED)) {
    const surname = r[2] ?? r[4];
    const set = out.get(surname) ?? new Set<string>();
    set.add((r[1] ?? r[3]).toLowerCase());
    out.set(surname, set);
  }
  return (ctx.initialled = out);
}
/** A title of address and the space after it, capitalised: what stands before a given name ("Mr Robert Dart"). */
const TITLE_BEFORE_GIVEN = `\\b(?:${TITLE_WORDS.map((t) => t[0].toUpperCase() + t.slice(1)).join('|')})\\.?\\s+`;
/** An initial and a surname (groups 1, 2), or a titled given name's initial and a surname (groups 3, 4). */
const INITIALLED = new RegExp(`\\b([A-Z])\\.\\s*([A-Z][A-Za-z'\\u2019-]+)|${TITLE_BEFORE_GIVEN}([A-Z])[a-z]+\\s+([A-Z][A-Za-z'\\u2019-]+)`, 'g');

/**
 * The people whose given name a word is one letter from, its first the same ("Sue" for Su, "Jon" for John): with a
 * surname near theirs after it ("Councillor Sue Avis"), both names misspelt are still theirs.
 */
function nearGivenPeople(ctx: Ctx, word: string): PersonIndex[] | undefined {
  if (word.length < 2 || ctx.m.notNames.has(word)) return undefined;
  const near = ctx.m.people.filter((p) => p.given.some((g) => g[0] === word[0] && g.length >= 2 && editDistance(word, g, 1) === 1));
  return near.length ? near : undefined;
}

/**
 * Does the right surname follow the word as what it stands for or is corrected to: "“Jeffries” for Jefferies", "EVES
 * [Su Aves ✓]" (a transcript's correction in brackets), "Jeffries → Jefferies", '"Jeffries" (did you mean "Jefferies"?)'.
 */
function forTheRight(masked: string, end: number, surname: string): boolean {
  const r = CORRECTED_TO.exec(masked.slice(end, end + 60));
  // (the right surname among the first three words: "[Su Aves ✓]", "→ Richard Jefferies")
  return !!r && masked.slice(end + r[0].length, end + r[0].length + 40).split(/[^a-z'-]+/, 3).includes(surname);
}
/** What stands between a wrong word and the right one it is corrected to. */
const CORRECTED_TO = /^["']?(?:\s+(?:for|instead\s+of|in\s+place\s+of)\s+|\s*[[(]\s*|\s*(?:->|=>|\u2192|\u21d2)\s*["']?|\s*\(?\s*(?:did\s+you\s+mean|should\s+be|correct(?:ed)?\s+to|read)\s*:?\s*["']?)/;

/**
 * "Dr Colin Barraclough", "Cllr Jan Whitmore": a capitalised word after this one, a space between, that is no common
 * word makes this one a given name before the surname, not a surname misspelt.
 */
function givenNameHere(ctx: Ctx, at: NameAt): boolean {
  const { f, text, m } = ctx;
  const n = at.next;
  if (!n || at.cut > 0 || n.end - n.start < 2 || f.charCodeAt(at.w.end) !== 32 || n.start !== at.w.end + 1) return false;
  if (!upperAt(text, n.start) || allCaps(text, n.start, n.end)) return false;
  const next = f.slice(n.start, n.end);
  return !m.notNames.has(baseOf(next).base) && !m.byGiven.has(next);
}

/** A word joined by "&" or "and" to a word before it: "Heavitree & Whipton", "Heavitree and Whipton streets" (two places). */
const JOINED_BY_AMPERSAND = /\b([a-z][a-z'-]+)\s+(&|and)\s+$/;

/**
 * Is the word the second of two names joined by "&" (or by "and", the first capitalised), the first no one's surname
 * or given name: a place's name, no misspelt surname?
 */
function joinedPlace(ctx: Ctx, before: string, at: number): boolean {
  const r = JOINED_BY_AMPERSAND.exec(before);
  if (!r || ctx.m.bySurname.has(r[1]) || ctx.m.byGiven.has(r[1]) || ctx.m.notNames.has(r[1])) return false;
  return r[2] === '&' || upperAt(ctx.text, at - before.length + r.index + r[0].indexOf(r[1]));
}

/** "&" and a capitalised word after a word: "Whipton & Beacon Heath". */
const AMPERSAND_AFTER = /^\s*&\s*([A-Z][A-Za-z'-]+)/;

/** Is the word the first of two names joined by "&", the second no one's surname or given name: a place's name? */
function joinedToPlace(ctx: Ctx, end: number): boolean {
  const r = AMPERSAND_AFTER.exec(ctx.text.slice(end, end + 40));
  if (!r) return false;
  const next = r[1].toLowerCase();
  return !ctx.m.bySurname.has(next) && !ctx.m.byGiven.has(next);
}

/** The one person whose surname is nearest the word under the rules for a name with a given name, a title or neither. */
function nearestSurname(ctx: Ctx, s: SentenceInfo, at: NameAt, givenPeople: PersonIndex[] | undefined): PersonIndex | undefined {
  const { w, base, titled } = at;
  let best: PersonIndex | undefined;
  let bestD = 99;
  let tie = false;
  for (const p of ctx.m.people) {
    const sn = p.surname;
    const byGiven = !!givenPeople && givenPeople.includes(p);
    // cheap rejections before the edit distance: every rule below needs one of these
    if (!byGiven && !titled && (p.person.commonSurname || base.charCodeAt(0) !== sn.charCodeAt(0) || sn.length < 6)) continue;
    if (Math.abs(base.length - sn.length) > 3) continue;
    // The largest distance a rule below can accept for this person: the edit distance may stop as soon as it is
    // passed (a distance up to the cap is exact, beyond it any larger number, which every rule rejects too).
    const sameFirst = base[0] === sn[0];
    const cap = byGiven ? (sameFirst && 3 / sn.length <= 0.45 ? 3 : 2)
      : titled ? (sn.length >= 6 && sameFirst ? 2 : sn.length >= 4 ? 1 : 0)
      : !p.person.commonSurname && w.start > s.firstWord && !givenPeople && sameFirst && sn.length >= 6 ? (sn.length >= 9 ? 2 : 1) : 0;
    if (cap === 0) continue;
    const d = editDistance(base, sn, cap);
    if (d === 0 || d > 3) continue;
    let ok = false;
    if (givenPeople && givenPeople.includes(p)) {
      ok = d <= 2 || (base[0] === sn[0] && d / sn.length <= 0.45);
    } else if (titled) {
      ok = d <= 1 ? sn.length >= 4 : d <= 2 && sn.length >= 6 && base[0] === sn[0];
    } else if (!p.person.commonSurname && w.start > s.firstWord && !givenPeople) {
      ok = base[0] === sn[0] && sn.length >= 6 && (d <= 1 || (d <= 2 && sn.length >= 9));
    }
    if (!ok) continue;
    if (d < bestD) {
      best = p;
      bestD = d;
      tie = false;
    } else if (d === bestD && best !== p) tie = true;
  }
  return tie ? undefined : best;
}

function pushMention(s: SentenceInfo, mention: Mention): void {
  s.mentions.push(mention);
}
