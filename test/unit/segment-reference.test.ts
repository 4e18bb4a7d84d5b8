/**
 * Sentence splitting and capitalised words (text/sentences.ts, text/words.ts) against plain reference versions:
 * the fast scans (numeric abbreviation keys, regex tests instead of exec) must find exactly what these find.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { sentences } from '../../src/core/text/sentences';
import { capitalWords } from '../../src/core/text/words';
import { fold, isWordCode } from '../../src/core/text/fold';
import { ABBREVIATIONS as LEXICON_ABBREVIATIONS, LINE_GOES_ON_WORDS, MONTHS, MONTH_ABBREVIATIONS, PREPOSITIONS, TITLES, capitalise } from '../../src/core/lexicon';

/** Runs are seeded (FC_SEED to try another), so that a run of the suite is the same every time. */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261205;

/** The month words a dated entry's lead may hold, any case. */
const MONTH_WORDS = new Set([...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)].map((w) => w.toLowerCase()));

/**
 * After a semicolon: a dated entry's lead ("; May 2025: …", "; late 2025 – …", "; Jul: …"), word by word — spaces or
 * tabs, then an optional season, day and month before a year and a colon or dash, or a day and a month before a colon.
 */
function datedEntryRef(after: string): boolean {
  if (!/^[ \t]/.test(after)) return false;
  const words = after.trimStart().split(/[ \t]+/);
  let i = 0;
  const season = /^(?:early|mid|late|spring|summer|autumn|winter)$/i;
  const day = /^\d{1,2}$/;
  // a year's lead: [season] [day] [month] year then ":", "–" or "—" (glued or after a space), then a space
  const yearLead = () => {
    let k = 0;
    if (season.test(words[k] ?? '')) k++;
    if (day.test(words[k] ?? '')) k++;
    if (MONTH_WORDS.has((words[k] ?? '').toLowerCase())) k++;
    const y = /^((?:19|20)\d\d)([:\u2013\u2014]?)$/.exec(words[k] ?? '');
    if (!y) return false;
    if (y[2]) return words.length > k + 1;
    return /^[:\u2013\u2014]$/.test(words[k + 1] ?? '') && words.length > k + 2;
  };
  // a month's lead: [day] month[.] then ":" (glued or after a space), then a space
  const monthLead = () => {
    if (day.test(words[i] ?? '')) i++;
    const m = /^([a-z]+)(\.?)(:?)$/i.exec(words[i] ?? '');
    if (!m || !MONTH_WORDS.has(m[1].toLowerCase())) return false;
    if (m[3]) return words.length > i + 1;
    return words[i + 1] === ':' && words.length > i + 2;
  };
  return yearLead() || monthLead();
}

/** The word lists are the lexicon's: what is compared here is how they are looked up. */
const ABBREVIATIONS = [...LEXICON_ABBREVIATIONS];
/** A line that ends on one of these goes on into the next. */
const LINE_GOES_ON = new RegExp(`\\b(${[...TITLES.map(capitalise), ...LINE_GOES_ON_WORDS, ...PREPOSITIONS, 'MP'].join('|')})$`);

/** Where sentences() may decide a full stop belongs to an abbreviation: the letters and stops before it, looked up by string. */
function isAbbreviationRef(text: string, stop: number, start: number): boolean {
  let w = stop - 1;
  while (w >= start && /[.a-zA-Z]/.test(text[w])) w--;
  const word = text.slice(w + 1, stop);
  return (word.length === 1 && word !== '.') || ABBREVIATIONS.includes(word.toLowerCase());
}

/** sentences() as it was before its scans were made cheaper: string lookups, exec, and patterns on each line. */
function sentencesRef(text: string, start = 0, end = text.length): { start: number; end: number }[] {
  const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
  const isClosing = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0x00bb;
  const isUpperStart = (i: number) => {
    while (i < text.length && /["'\u201c\u2018(\[*_\u00ab]/.test(text[i])) i++;
    if (i >= text.length) return false;
    const ch = text[i];
    return text.charCodeAt(i) < 128 ? /[0-9A-Z]/.test(ch) : ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  };
  const trim = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    return e > s ? { start: s, end: e } : null;
  };
  const lineStartsBlock = (i: number) => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    const c = text[i];
    if (c === '#' || c === '>' || c === '|') return true;
    if ('-*+\u2022\u25aa\u25e6\u2023\u2013\u2014'.includes(c ?? 'x') && text[i + 1] === ' ') return true;
    return /^\d{1,3}[.)] /.test(text.slice(i, i + 5));
  };
  // the line's last word: back to a space as sentences() counts spaces (not JavaScript's \s, which takes in U+3000, U+FEFF…)
  const lastWordStart = (from: number, e: number) => {
    while (e > from && !isSpace(text.charCodeAt(e - 1))) e--;
    return e;
  };
  // a capitalised word or a number the next line may complete ("Andrew⏎Leadbetter"), but not a year (a byline's date)
  // or a time of day (a record's stamp)
  const mayBeCompleted = (w: number, e: number) => isUpperStart(w) && !/^(?:19|20)\d\d$/.test(text.slice(w, e)) && !/^\d{1,2}:\d\d(?::\d\d)?$/.test(text.slice(w, e));
  // a line of a key of words, a colon and a short value, over another such line
  const keyedValue = (line: string) => /^[ \t]*[^:\s]+[ \t]+[^:\n]{1,85}:[ \t]+[^:\n]{1,40}$/.test(line);
  // a line opening with a field's label ("Re: …", "Sent: …")
  const opensField = (i: number) => /^[ \t]*[A-Z][A-Za-z'\u2019]*(?: [A-Za-z'\u2019]+){0,2}:[ \t]/.test(text.slice(i, i + 40));
  // a fact sheet's lower-case key ("council control: …"), on this line and the next
  const opensKey = (i: number) => /^[ \t]*[a-z][a-z0-9'\u2019]*(?: [a-z0-9'\u2019]+){0,4}:[ \t]/.test(text.slice(i, i + 50));
  const out: { start: number; end: number }[] = [];
  let s = start;
  let lineStart = start;
  const STOPS = /[\n.!?\u2026;\u2192]/g;
  for (let i = start; i < end; i++) {
    STOPS.lastIndex = i;
    const next = STOPS.exec(text);
    if (next === null || next.index >= end) break;
    i = next.index;
    const c = text.charCodeAt(i);
    if (c === 59 || c === 0x2192) {
      // (the lead is read in the text up to the part's end, as far as 40 characters)
      const after = text.slice(i + 1, Math.min(end, i + 40));
      // (after an arrow, a lead that ends in a colon only)
      if (datedEntryRef(after) && (c === 59 || /^[^:\u2013\u2014]*:/.test(after))) {
        const sp = trim(s, i + 1);
        if (sp) out.push(sp);
        s = i + 1;
      }
      continue;
    }
    if (c === 10) {
      const line = text.slice(lineStart, i).trimEnd();
      // (a closing mark with no stop before it, the next line going on in lower case, ends nothing: "‘inadequate’⏎by")
      const prevEndsSentence = /[.!?:;"'”’)\]]$/.test(line) && !(/[^.!?:;"'”’)\]]["'”’)\]»]+$/.test(line) && /^[ \t]*[a-z]/.test(text.slice(i + 1, i + 40)));
      const heading = /^\s*(#|[-*+\u2022\u25aa\u25e6\u2023\u2013\u2014] |\d{1,3}[.)] |>)/.test(line);
      const headline = line.length > 0 && !/[,;:\-\u2013\u2014(&]$/.test(line) &&
        !LINE_GOES_ON.test(line) && isUpperStart(i + 1 + (/^[ \t]*/.exec(text.slice(i + 1))![0].length)) &&
        lineStart === s && !mayBeCompleted(lastWordStart(lineStart, lineStart + line.length), lineStart + line.length);
      const field = line.length > 0 && !/[,;:\-\u2013\u2014(&]$/.test(line) && !LINE_GOES_ON.test(line) && opensField(i + 1);
      const keys = /[a-z]/.test(text[i + 1] ?? '') && opensKey(i + 1) && opensKey(lineStart);
      const nextLine = text.slice(i + 1, text.indexOf('\n', i + 1) < 0 ? text.length : text.indexOf('\n', i + 1)).trimEnd();
      const keyedValues = keyedValue(line) && keyedValue(nextLine);
      if (prevEndsSentence || heading || lineStartsBlock(i + 1) || headline || field || keys || keyedValues || line.length === 0) {
        const sp = trim(s, i);
        if (sp) out.push(sp);
        s = i + 1;
      }
      lineStart = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < end && (/[.!?]/.test(text[j]) || isClosing(text.charCodeAt(j)))) j++;
    if (j < end && !isSpace(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    if (c === 46 && isAbbreviationRef(text, i, start)) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
    if (k >= end || text.charCodeAt(k) === 10 || isUpperStart(k)) {
      const sp = trim(s, j);
      if (sp) out.push(sp);
      s = j;
    }
    i = j - 1;
  }
  const sp = trim(s, end);
  if (sp) out.push(sp);
  return out;
}

/** Capitalised words as a plain walk over every position finds them. */
function capitalWordsRef(text: string, f: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (!/[A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F]/.test(ch) || ch === ch.toLowerCase()) continue;
    if (i > start && isWordCode(f.charCodeAt(i - 1))) continue;
    if (!isWordCode(f.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < end) {
      const c = f.charCodeAt(j);
      if (isWordCode(c)) j++;
      else if ((c === 39 || c === 45) && j + 1 < end && isWordCode(f.charCodeAt(j + 1))) j += 2;
      else break;
    }
    out.push({ start: i, end: j });
    i = j - 1;
  }
  return out;
}

const WORDS = [...ABBREVIATIONS, 'Mr', 'DR', 'Cllr', 'E.g', 'I.E', 'APPROX', 'Sept', 'ano', 'amr', 'mrss', 'drs', 'x', 'Q', 'e.g.g',
  'council', 'Devon', 'said', 'The', 'it', 'Councillor', 'Miss', 'Sir', 'Lady', 'xCouncillor', 'MP', 'aMP', 'the', 'and', 'bathe', 'MPs', 'Mr_', 'éthe', '1.', '12)', '#', '>',
  '-', '–', '•', '&', '(', ';', ':', '"', '’', ']', 'a\u00a0', 'of\u2003', 'to\u3000', 'by\ufeff', 'an\u2028', 'Lead\t', 'x\v',
  'Q\u0085', 'ω', 'Ω', 'Ωmega', 'Élan', 'ǅemal', 'ālan', 'ωmega', 'жук', '×', 'ß', 'İstanbul', 'year', '2022', "O'Neil", 'Lib-Dem', 'a'];
const SEPS = [' ', '. ', '.', '! ', '? ', '.\n', '\n', '\n', ' \n', '\n\n', '\n  ', '\n# ', '\n- ', '\n12. ', '\n> ', ': ', '." ',
  '… ', ', ', ' “', '” ', '..', ' (', ') ', '\u00a0\n', '\u2028\n', '\n“'];

describe('sentence splitting: the same spans as the plain lookups', () => {
  it('never ends a sentence at an abbreviation in any case, and ends it at words that only look like one', () => {
    for (const a of [...ABBREVIATIONS, 'Mr', 'DR', 'Cllr', 'E.g', 'I.E', 'APPROX']) {
      assert.strictEqual(sentences(`Then ${a}. Smith came.`).length, 1, a);
    }
    for (const w of ['ano', 'amr', 'mrss', 'drs', 'eg', 'approxx', 'xapprox', 'Ms.approx', 'council']) {
      assert.strictEqual(sentences(`Then ${w}. Smith came.`).length, 2, w);
    }
  });

  const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)), { maxLength: 30 }).map((ps) => ps.map(([w, s]) => w + s).join(''));
  it('splits at a full stop after a word exactly when the string lookup says it is no abbreviation (fast-check)', () => {
    fc.assert(
      fc.property(text, (t) => {
        // every full stop followed by a space and a capital: a split there or not, as the reference lookup says
        const ends = new Set(sentences(t).map((s) => s.end));
        for (let i = 0; i < t.length; i++) {
          if (t[i] !== '.' || t[i + 1] !== ' ' || !/[A-Z]/.test(t[i + 2] ?? '')) continue;
          // a stop inside a run of stops and closing marks ("Mr..’. Q") is decided by the run's first stop, not by its own word
          let b = i - 1;
          while (b >= 0 && /["'\u201d\u2019)\]\u00bb]/.test(t[b])) b--;
          if (b >= 0 && /[.!?]/.test(t[b])) continue;
          const split = ends.has(i + 1) && sentences(t).some((s) => s.start === i + 2);
          assert.strictEqual(split, !isAbbreviationRef(t, i, 0), `${JSON.stringify(t)} at ${i}`);
        }
      }),
      { numRuns: 3000, seed: SEED },
    );
  });

  it('splits every text, and every part of one, as the plain version does (fast-check)', () => {
    fc.assert(
      fc.property(text, fc.nat(20), fc.nat(20), (t, a, b) => {
        const start = Math.min(a, t.length);
        const end = Math.max(start, t.length - b);
        assert.deepStrictEqual(sentences(t, start, end), sentencesRef(t, start, end));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 5000), seed: SEED },
    );
  });

  it('finds the capitalised words a walk over every position finds, in every sentence (fast-check)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const f = fold(t);
        for (const s of sentences(t)) assert.deepStrictEqual(capitalWords(t, f, s.start, s.end), capitalWordsRef(t, f, s.start, s.end));
      }),
      { numRuns: 3000, seed: SEED },
    );
  });
});
