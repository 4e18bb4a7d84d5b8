/**
 * Misspelt names of the organisations the sources name: "Care Quality Commision", "Ofstead", "Department of
 * Education". A run of capitalised words (with the small words between) is compared with each proper name of a
 * sourced organisation of as many words; one a few letters away from it, and no known name itself, is a misspelling.
 *
 * A name of three words or more whose generic last word is another ("Care Quality Council") is misnamed too.
 *
 * Examples: "the Care Quality Commision" → Care Quality Commission; "Ofstead inspectors" → Ofsted; "NHS Devonn" →
 * NHS Devon; "Care Quality Authority" → Care Quality Commission; "Cornwall Council" (a known name) and "Dorset County
 * Council" (too far from any) → nothing.
 */
import { Ctx, SentenceInfo } from './context';
import { Model } from '../model/model';
import { Evidence, Organisation } from '../data/schema';
import { addFinding } from './findings';
import { editDistance } from '../text/words';
import { defineRule } from './rule';
import { BODY_HEADS } from '../lexicon';
import { SPELLING_WARNED } from './people';

const HEADS = new Set<string>(BODY_HEADS);

interface OrgName {
  /** The name as the data writes it, without a leading "the". */
  written: string;
  /** Lower case, one space between words. */
  folded: string;
  words: number;
  org: Organisation & { evidence: Evidence };
}

/** Bodies with a proper name; a service or a group is described rather than named ("Devon children's services"). */
const NAMED_KINDS = new Set(['regulator', 'government', 'nhs', 'council']);

/** What this check derives from the data, once per engine. */
interface OrgIndex {
  /** Names of one word ("Ofsted") by their first letter's code, compared with every capitalised word of that letter. */
  singleByFirst: Map<number, OrgName[]>;
  /** Names of several words by each of their words: a misspelling keeps at least half of them (see sharesMostWords). */
  byWord: Map<string, { name: OrgName; at: number }[]>;
  known: Set<string>;
}

function orgNames(m: Model): OrgIndex {
  const names: OrgName[] = [];
  const known = new Set<string>();
  for (const org of m.dataset.organisations) {
    const { evidence } = org;
    for (const a of [org.name, ...org.aliases]) {
      const written = a.replace(/^the\s+/i, '');
      const folded = written.toLowerCase().replace(/\s+/g, ' ');
      known.add(folded);
      // proper names only ("Care Quality Commission", "Ofsted"), long enough that a near miss is a misspelling
      if (org.notInSources || !evidence || !NAMED_KINDS.has(org.kind) || !/^[A-Z](?:[a-z]|[A-Z]+ [A-Z][a-z])/.test(written) || folded.replace(/[^a-z]/g, '').length < 6) continue;
      names.push({ written, folded, words: folded.split(' ').length, org: { ...org, evidence } });
    }
  }
  const byWord = new Map<string, { name: OrgName; at: number }[]>();
  for (const name of names) {
    if (name.words === 1) continue;
    name.folded.split(' ').forEach((w, at) => {
      const list = byWord.get(w) ?? [];
      list.push({ name, at });
      byWord.set(w, list);
    });
  }
  const singleByFirst = new Map<number, OrgName[]>();
  for (const name of names) {
    if (name.words !== 1) continue;
    const c = name.folded.charCodeAt(0);
    singleByFirst.set(c, [...(singleByFirst.get(c) ?? []), name]);
  }
  return { singleByFirst, byWord, known };
}

/** A run of n words (letters, apostrophes, hyphens) at the start of a text: WORD_RUNS[n - 1]. */
const WORD_RUNS = [1, 2, 3, 4, 5, 6].map((n) => new RegExp(`^[a-z][a-z'-]*(?:[ \\t\\n]+[a-z][a-z'-]*){${n - 1}}`));

/** The first n words from `at` in folded text (letters, apostrophes, hyphens), with where they end. */
function wordsAt(f: string, at: number, end: number, n: number): { text: string; end: number } | undefined {
  const re = WORD_RUNS[n - 1] ?? new RegExp(`^[a-z][a-z'-]*(?:[ \\t\\n]+[a-z][a-z'-]*){${n - 1}}`);
  const r = re.exec(f.slice(at, Math.min(end, at + 24 * n)));
  return r ? { text: r[0].replace(/\s+/g, ' '), end: at + r[0].length } : undefined;
}

/** Whether a run of words keeps at least half of a name's words as they are, in place (a misspelling of a name of several words changes few of them). */
function sharesMostWords(text: string, name: string): boolean {
  const a = text.split(' '), b = name.split(' ');
  if (b.length === 1) return true;
  let same = 0;
  for (let i = 0; i < b.length; i++) if (a[i] === b[i]) same++;
  return 2 * same >= b.length;
}

/** Is `text` the name of three words or more with its generic last word ("commission") another ("council")? */
function otherHead(text: string, name: string): boolean {
  const a = text.split(' '), b = name.split(' ');
  const n = b.length;
  return n >= 3 && a.length === n && a.slice(0, n - 1).join(' ') === b.slice(0, n - 1).join(' ') && HEADS.has(a[n - 1]) && HEADS.has(b[n - 1]);
}

/**
 * The organisation names the words of a sentence may misspell: for each word, the names of one word with its first
 * letter, and the names of several words that hold it as it is (the run of words then starts that many words back).
 */
function candidates(ctx: Ctx, s: SentenceInfo, ix: OrgIndex): { first: number; name: OrgName }[] {
  const out: { first: number; name: OrgName }[] = [];
  // (made only for a sentence holding a word of a name of several words: most hold none)
  let seen: Set<string> | undefined;
  s.words.forEach((w, i) => {
    // a profile showed every capitalised word tried against every name of one word: only those of its letter are
    for (const name of ix.singleByFirst.get(ctx.masked.charCodeAt(w.start)) ?? NO_NAMES) out.push({ first: i, name });
    for (const { name, at } of ix.byWord.get(ctx.masked.slice(w.start, w.end)) ?? NO_PLACES) {
      const first = i - at;
      const key = `${first} ${name.folded}`;
      seen ??= new Set();
      if (first >= 0 && !seen.has(key)) {
        seen.add(key);
        out.push({ first, name });
      }
    }
  });
  return out.length < 2 ? out : out.sort((x, y) => x.first - y.first);
}

const NO_NAMES: OrgName[] = [];
const NO_PLACES: { name: OrgName; at: number }[] = [];

export const orgNamesRule = defineRule<OrgIndex>({
  id: 'orgnames',
  kinds: ['organisation'],
  description: 'The spelling of the proper names of bodies the sources name (a near miss is a misspelling).',
  build: orgNames,
  checkSentence: checkOrganisationNames,
});

/** A bracket a few words on: "Departament Edukacji (Department for Education)". */
const BRACKET_AFTER = /^[^()\n.;]{0,40}?\(([^()\n]{3,60})\)/;

/** Does a bracket a few words after the phrase give a body's name as the sources write it (a translation's gloss)? */
function glossed(masked: string, end: number, ix: OrgIndex): boolean {
  const r = BRACKET_AFTER.exec(masked.slice(end, end + 110));
  return !!r && ix.known.has(r[1].trim().replace(/^the\s+/, ''));
}

export function checkOrganisationNames(ctx: Ctx, s: SentenceInfo, ix: OrgIndex): void {
  if (!s.words.length) return;
  let flaggedFrom = -1;
  for (const { first, name } of candidates(ctx, s, ix)) {
    if (first === flaggedFrom) continue;
    const w = s.words[first];
    if (ctx.masked.charCodeAt(w.start) !== name.folded.charCodeAt(0)) continue;
    const got = wordsAt(ctx.masked, w.start, s.end, name.words);
    if (!got) continue;
    const text = got.text.replace(/'s?$/, '');
    const allowed = Math.max(1, Math.floor(name.folded.length / 8));
    // most candidates are words of another length ("Devon" for "Department"): refused before their words are compared
    const near = Math.abs(text.length - name.folded.length) <= allowed;
    if (!near && name.words < 3) continue;
    // ("Devon councils": the name's plural is many such bodies, no misspelling of the one)
    if (ix.known.has(text) || !sharesMostWords(text, name.folded) || text === `${name.folded}s`) continue;
    const d = near ? editDistance(text, name.folded, allowed) : allowed + 1;
    if (d === 0 || (d > allowed && !otherHead(text, name.folded))) continue;
    const end = w.start + (got.end - w.start) - (got.text.length - text.length);
    // (nor a spelling ruled out: "“Care Quality Commission” not “Care Quality Committee”")
    if (glossed(ctx.masked, end, ix) || SPELLING_WARNED.test(ctx.masked.slice(Math.max(s.start, w.start - 24), w.start))) continue;
    addFinding(ctx, {
      start: w.start, end, kind: 'organisation', severity: 'error',
      message: `Sources name it ${name.written}, not ${ctx.text.slice(w.start, end)}.`,
      suggestions: [name.written],
      citations: [ctx.m.dataset.cite(name.org.evidence)],
      claimKey: `organisation:name:${text}`,
    });
    flaggedFrom = first;
  }
}
