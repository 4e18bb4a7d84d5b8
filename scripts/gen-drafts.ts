/**
 * Deterministic generator of realistic drafts for the benchmark and the property/incremental tests.
 * A draft mixes sentences that agree with the sources and sentences that conflict with them, of every
 * kind the checker knows (names, roles, parties, wards, dates, ratings, numbers, quotations, attribution,
 * out-of-date present tense), with filler journalism, headlines and lists, curly quotes and dashes.
 * Same seed and options → same text, on every machine (mulberry32 PRNG, no Math.random).
 */

/** What the generator needs from the dataset (a subset of `Dataset`). */
export interface DraftData {
  quotes: ReadonlyArray<{ text: string; fragment: boolean; speaker: { person?: string } }>;
  people: ReadonlyArray<{ id: string; name: string }>;
}

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

/** A random one-character edit (insert, delete, substitute, transpose) of a word, never a no-op on length ≥ 2. */
export function misspell(rng: Rng, word: string): string {
  if (word.length < 2) return word + 'e';
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const i = 1 + rng.int(word.length - 1); // keep the initial letter (how people misspell names)
  switch (rng.int(4)) {
    case 0:
      return word.slice(0, i) + rng.pick(letters.split('')) + word.slice(i);
    case 1:
      return word.length > 3 ? word.slice(0, i) + word.slice(i + 1) : word + 's';
    case 2: {
      let c = rng.pick(letters.split(''));
      if (c === word[i]) c = c === 'e' ? 'a' : 'e';
      return word.slice(0, i) + c + word.slice(i + 1);
    }
    default:
      if (i + 1 >= word.length || word[i] === word[i + 1]) return word.slice(0, i) + word.slice(i, i + 1).repeat(2) + word.slice(i + 1);
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}

// --- sentence banks: [correct, conflicting] pairs or plain lists ---------------------------------------

/** Names as the sources spell them, with common misspellings. */
export const NAME_VARIANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Richard Jefferies', ['Richard Jeffries', 'Richard Jefferys', 'Richard Jeffreys']],
  ['Josh MacAlister', ['Josh McAlister', 'Josh MacAllister', 'Josh Macalester']],
  ['Steve Race', ['Steve Rice', 'Steven Race']],
  ['Carol Whitton', ['Carol Whitten', 'Carol Witton']],
  ['John Hart', ['John Harte', 'John Heart']],
  ['Su Aves', ['Sue Aves', 'Su Eaves']],
  ['Andrew Leadbetter', ['Andrew Leadbeater', 'Andrew Ledbetter']],
  ['Melissa Caslake', ['Melissa Castlake', 'Melissa Caslak']],
  ['Julian Wooster', ['Julian Worcester', 'Julian Woolster']],
  ['Julian Brazil', ['Julian Brasil', 'Julian Brazel']],
  ['Andrew Kay', ['Andrew Kaye', 'Andrew Key']],
];

const NAME_SENTENCES = [
  (n: string) => `Councillor ${n} said the council would respond in due course.`,
  (n: string) => `${n} was asked about the findings on Thursday.`,
  (n: string) => `A spokesperson for ${n} declined to comment further.`,
  (n: string) => `Speaking to reporters, ${n} said lessons had been learned.`,
  (n: string) => `Cllr ${n.split(' ').pop()} did not attend the meeting.`,
];

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  // roles
  ['The Minister for Children and Families Josh MacAlister wrote to the council.', 'The Minister for Schools Josh MacAlister wrote to the council.'],
  ['Councillor Richard Jefferies, the Cabinet Member for Children’s Services, said progress was being made.', 'Councillor Richard Jefferies, the council leader, said progress was being made.'],
  ['Exeter MP Steve Race described the letter as a final warning.', 'Plymouth MP Steve Race described the letter as a final warning.'],
  ['Council leader John Hart said the authority was taking this very seriously.', 'Council leader Julian Brazil said the authority was taking this very seriously.'],
  ['Opposition leader Julian Brazil called for the government to take over.', 'Opposition leader Carol Whitton called for the government to take over.'],
  ['Melissa Caslake recently left as director of children’s services.', 'Melissa Caslake recently left as chief executive of the council.'],
  // parties
  ['Labour councillor Carol Whitton raised the issue at the cabinet meeting.', 'Labour councillor John Hart raised the issue at the cabinet meeting.'],
  ['Conservative councillor Andrew Leadbetter said the council was working tirelessly.', 'Lib Dem councillor Andrew Leadbetter said the council was working tirelessly.'],
  ['The Lib Dem councillor Julian Brazil represents Kingsbridge.', 'The Green councillor Julian Brazil represents Kingsbridge.'],
  ['Councillor Su Aves (Labour, St Sidwell’s & St James) chaired the task group.', 'Councillor Su Aves (Conservative, St Sidwell’s & St James) chaired the task group.'],
  // wards
  ['Councillor Carol Whitton (St David’s & Haven Banks) revealed the ranking.', 'Councillor Carol Whitton (Exwick & St Thomas) revealed the ranking.'],
  ['Leader John Hart (Conservative, Bickleigh & Wembury) admitted the response had been slow.', 'Leader John Hart (Conservative, Wearside & Topsham) admitted the response had been slow.'],
  // dates
  ['The department was rated ‘inadequate’ by Ofsted in January 2020.', 'The department was rated inadequate by Ofsted in January 2021.'],
  ['Speaking at a cabinet meeting on Wednesday, 14 December, she revealed the ranking.', 'Speaking at a cabinet meeting on Thursday, 14 December, she revealed the ranking.'],
  ['A joint visit by Ofsted and the Care Quality Commission took place in December 2018.', 'A joint visit by Ofsted and the Care Quality Commission took place in December 2019.'],
  ['The Lib Dems took charge of the authority in May 2025 after the local elections.', 'The Lib Dems took charge of the authority in June 2024 after the local elections.'],
  // ratings
  ['Somerset’s children’s services were rated ‘inadequate’ by Ofsted in 2015.', 'Somerset’s children’s services were rated ‘requires improvement’ by Ofsted in 2015.'],
  ['Somerset was rated ‘good’ at its most recent inspection in July 2022.', 'Somerset was rated ‘outstanding’ at its most recent inspection in July 2022.'],
  // numbers
  ['Inspectors identified four areas of significant concern.', 'Inspectors identified five areas of significant concern.'],
  ['The council put 50 per cent more money into the service over the last five years.', 'The council put 60 per cent more money into the service over the last five years.'],
  ['The leader said 50% more had been spent over the last five years.', 'The leader said 50% more had been spent over the last seven years.'],
  ['Julian Brazil said the council had failed for some 13 years.', 'Julian Brazil said the council had failed for some 15 years.'],
  ['Setting up a trust normally takes about two years.', 'Setting up a trust normally takes about four years.'],
  ['Two MPs have since confirmed the comments.', 'Three MPs have since confirmed the comments.'],
  ['The service is considered the third or fourth worst in the country.', 'The service is considered the second worst in the country.'],
  // present-tense states (outdated after May 2025)
  ['The Lib Dem-run council says it has made progress.', 'The Conservative-run council says it has made progress.'],
  ['Devon County Council is run by the Liberal Democrats.', 'Devon County Council is Conservative-run.'],
  ['Richard Jefferies is the cabinet member for children’s services.', 'Andrew Leadbetter is the cabinet member for children’s services.'],
];

const FILLER = [
  'Councillors will meet again in the new year to discuss the budget.',
  'The report will be published on the council’s website next month.',
  'Parents who spoke to this newspaper described long waits for assessments.',
  'A public consultation on the plans closes at the end of January.',
  'The meeting, which lasted more than three hours, was broadcast online.',
  'Several members of the public asked questions before the debate began.',
  'Figures seen by reporters show caseloads remain high across the county.',
  'It is not yet clear when a final decision will be made.',
  'The authority has recruited dozens of new social workers since the summer — though turnover is still high.',
  'Campaigners said families had been let down for too long – and called for an apology.',
  'In a statement, the council said it was “committed to improving outcomes for every child”.',
  'One parent said: ‘We just want someone to listen.’',
  'The figures (published in October) cover the whole of the county.',
  'Questions were also raised about transport, schools and housing.',
  'The committee agreed to receive a further update in the spring.',
  'A spokesperson said the authority “would not comment on individual cases”.',
];

const HEADLINES = [
  '# Devon children’s services ‘among worst in country’',
  '## What the inspectors found',
  '## Reaction',
  '# Final notice for Devon as minister warns of trust',
  '### What happens next?',
  '## Background — a decade of concern',
  '# Council “determined to improve” after damning report',
];

const LIST_ITEMS = [
  'reduce excessive caseloads of staff',
  'lobby the government for reforms to the SEND system',
  'review communications with parents and carers',
  'take “immediate action” on recruitment',
  'publish an updated improvement plan',
  'report back to cabinet every quarter',
];

const CURLY: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
];

/** A word-level mutation of a quotation: drop, swap or substitute a word (a misquote). */
function misquote(rng: Rng, text: string): string {
  const ws = text.split(' ');
  if (ws.length < 3) return text + ' indeed';
  const i = rng.int(ws.length);
  switch (rng.int(3)) {
    case 0:
      ws.splice(i, 1);
      break;
    case 1:
      ws[i] = rng.pick(['very', 'really', 'not', 'always', 'simply', 'clearly']);
      break;
    default: {
      const j = (i + 1) % ws.length;
      [ws[i], ws[j]] = [ws[j], ws[i]];
    }
  }
  return ws.join(' ');
}

function quoteSentence(rng: Rng, data: DraftData): string {
  const q = rng.pick(data.quotes);
  const [open, close] = rng.pick(CURLY);
  const speakerId = q.speaker.person;
  const right = speakerId ? data.people.find((p) => p.id === speakerId)?.name : undefined;
  let text = q.text;
  const r = rng.next();
  let who: string;
  if (r < 0.2) text = misquote(rng, text); // misquoted
  if (r >= 0.2 && r < 0.3 && data.people.length > 1) {
    // misattributed
    const others = data.people.filter((p) => p.id !== speakerId);
    who = rng.pick(others).name;
  } else {
    who = right ?? rng.pick(['the report', 'the letter', 'the council', 'a spokesperson']);
  }
  if (q.fragment) return `${who[0].toUpperCase()}${who.slice(1)} referred to ${open}${text}${close} in the letter.`;
  return rng.chance(0.5) ? `${who[0].toUpperCase()}${who.slice(1)} said: ${open}${text}${close}` : `${open}${text}${close} said ${who}.`;
}

function nameSentence(rng: Rng): string {
  const [right, wrongs] = rng.pick(NAME_VARIANTS);
  let n = right;
  const r = rng.next();
  if (r < 0.25) n = rng.pick(wrongs);
  else if (r < 0.35) {
    const parts = right.split(' ');
    const k = rng.int(parts.length);
    parts[k] = misspell(rng, parts[k]);
    n = parts.join(' ');
  }
  return rng.pick(NAME_SENTENCES)(n);
}

/** One sentence of a random kind. */
export function sentence(rng: Rng, data: DraftData): string {
  const r = rng.next();
  if (r < 0.3) return rng.pick(FILLER);
  if (r < 0.45) return nameSentence(rng);
  if (r < 0.6) return quoteSentence(rng, data);
  const [ok, bad] = rng.pick(PAIRS);
  return rng.chance(0.4) ? bad : ok;
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export interface DraftOptions {
  /** Approximate number of words (whitespace-separated tokens); the draft has at least this many. */
  words: number;
  seed: number;
  /** Use CRLF line endings. */
  crlf?: boolean;
}

/** A deterministic draft of at least `opts.words` words. */
export function generateDraft(data: DraftData, opts: DraftOptions): string {
  const rng = new Rng(opts.seed);
  const blocks: string[] = [];
  let words = 0;
  let sinceHeading = 99;
  while (words < opts.words) {
    let block: string;
    const r = rng.next();
    if (sinceHeading > 6 && r < 0.25) {
      block = rng.pick(HEADLINES);
      sinceHeading = 0;
    } else if (r < 0.33) {
      const n = 2 + rng.int(4);
      const bullet = rng.pick(['-', '*', '1.']);
      const items: string[] = [];
      for (let i = 0; i < n; i++) items.push(`${bullet === '1.' ? `${i + 1}.` : bullet} ${rng.pick(LIST_ITEMS)}`);
      block = items.join('\n');
      sinceHeading++;
    } else {
      const n = 1 + rng.int(5);
      const ss: string[] = [];
      for (let i = 0; i < n; i++) ss.push(sentence(rng, data));
      block = ss.join(' ');
      sinceHeading++;
    }
    blocks.push(block);
    words += countWords(block);
  }
  const text = blocks.join('\n\n') + '\n';
  return opts.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Offsets [start, end) of every whitespace-separated word of `text`. */
export function wordSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\s]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Replaces the `k`-th word (mod word count) with `replacement`. */
export function replaceWord(text: string, k: number, replacement: string): string {
  const spans = wordSpans(text);
  if (spans.length === 0) return replacement;
  const [s, e] = spans[((k % spans.length) + spans.length) % spans.length];
  return text.slice(0, s) + replacement + text.slice(e);
}

export { countWords };
