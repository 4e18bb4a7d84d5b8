/**
 * Holders of a post over time: whether a named holder was interim or permanent ("interim director Stuart Collins"
 * when the sources say he was appointed permanently), and the order in which two people held it ("Melissa Caslake
 * replaced Stuart Collins" when the sources have her in the post years before him).
 */
import { Ctx, Mention, SentenceInfo } from './context';
import { PersonIndex, statusAt } from '../model/model';
import { rangeOf } from '../time/dates';
import { addFinding } from './findings';
import { claimTime } from './time';
import { defineRule } from './rule';

type Held = PersonIndex['roles'][number];

export const holdersRule = defineRule<undefined>({
  id: 'holders',
  kinds: ['role'],
  description: 'Whether a named holder of a post was interim or permanent, and the order in which two people held it.',
  build: () => undefined,
  checkSentence: (ctx, s) => checkHolders(ctx, s),
});

export function checkHolders(ctx: Ctx, s: SentenceInfo): void {
  if (s.mentions.length === 0) return;
  const mentions = s.mentions.slice().sort((a, b) => a.start - b.start);
  mentions.forEach((m, i) => checkTerms(ctx, s, m, mentions[i + 1]));
  for (let i = 0; i + 1 < mentions.length; i++) checkOrder(ctx, mentions[i], mentions[i + 1]);
}

// ---- interim or permanent --------------------------------------------------------------------------------------

const TERMS = '(interim|acting|temporary|caretaker|permanent)';
const POST = '(?:director|head|boss|chief)';
const TITLE = '(?:(?:mr|mrs|ms|dr|cllr|councillor)\\.?\\s+)?';
/**
 * A term and post right before a name: "interim director Julian Wooster", "the permanent director, Stuart Collins",
 * "her replacement as permanent director is X".
 */
const TERM_BEFORE = new RegExp(`\\b${TERMS}\\s+${POST}(?:\\s+of\\s+[a-z' ]{2,40}?)?\\s*(?:,|\\s(?:is|was|will\\s+be|has\\s+been))?\\s*${TITLE}$`);
/**
 * A term said of the person after the name: ", the interim director", "was appointed permanently", "on an interim
 * basis", "has been put in permanent charge".
 */
const TERM_AFTER = new RegExp(`\\b(?:on\\s+an?\\s+${TERMS}\\s+basis|${TERMS}\\s+${POST}|appointed\\s+(?:to\\s+the\\s+(?:job|post|role)\\s+)?(permanently)|(?:in|take|takes|took|taken|taking)\\s+${TERMS}\\s+charge)\\b`);
const TERM_AND_POST = new RegExp(`^${TERMS}\\s+${POST}`);
/** What may stand between a term after one name and the next name, when the term is the next name's ("…, interim director Julian Wooster"). */
const LEADS_INTO_NAME = new RegExp(`^(?:\\s+of\\s+[a-z' ]{2,40}?)?\\s*,?\\s*${TITLE}$`);

/** What hands the post to someone else before a term after a name: "…, and was succeeded by a permanent director". */
const OTHER_HOLDER = /\b(?:by|succeeded|replaced|followed|successor|predecessor|replacement|than|before|after)\b/;

function termOf(word: string): 'interim' | 'permanent' {
  return word === 'permanent' || word === 'permanently' ? 'permanent' : 'interim';
}

/** The term said of one named person, checked against the status the sources give their post at the time. */
function checkTerms(ctx: Ctx, s: SentenceInfo, m: Mention, next: Mention | undefined): void {
  const { masked } = ctx;
  const lo = Math.max(s.start, m.start - 80);
  const before = TERM_BEFORE.exec(masked.slice(lo, m.start));
  let term: { word: string; start: number; end: number } | undefined;
  if (before) {
    const start = lo + before.index;
    term = { word: before[1], start, end: start + TERM_AND_POST.exec(before[0])![0].length };
  } else {
    const upTo = next ? next.start : s.end;
    const after = TERM_AFTER.exec(masked.slice(m.end, upTo));
    if (after && !OTHER_HOLDER.test(masked.slice(m.end, m.end + after.index)) && !(next && LEADS_INTO_NAME.test(masked.slice(m.end + after.index + after[0].length, upTo)))) {
      const start = m.end + after.index;
      term = { word: after[1] ?? after[2] ?? after[3] ?? after[4], start, end: start + after[0].length };
    }
  }
  if (!term) return;
  const claimedTerm = termOf(term.word);
  const t = claimTime(ctx, s, term.start, { role: true });
  // the person's posts of that kind held then (not known not to be held): all must say the other term
  const held = m.person.roles.filter((r) => r.role.type === 'director' && statusAt(r.time, t.range) !== 'false');
  const terms = held.map((r) => (r.attr.status === 'interim' || r.attr.status === 'permanent' ? r.attr.status : undefined));
  if (held.length === 0 || terms.some((x) => x === undefined || x === claimedTerm)) return;
  const r = held[0];
  addFinding(ctx, {
    start: term.start, end: term.end, kind: 'role', severity: 'error',
    message: `Sources say ${m.person.person.name} held the post of ${r.role.title} as ${terms[0] === 'interim' ? 'an' : 'a'} ${terms[0]}, not ${claimedTerm}, appointment${r.attr.timeNote ? ` (${r.attr.timeNote})` : ''}.`,
    suggestions: [terms[0]!],
    citations: held.map((x) => ctx.m.dataset.cite(x.attr.evidence)),
    claimKey: `role:${m.person.person.id}:${r.role.id}:${claimedTerm}`,
  });
}

// ---- who came after whom ---------------------------------------------------------------------------------------

const FOLLOWS = '(?:succeeded|replaced|followed|took\\s+over\\s+from|came\\s+after)';
/** "A replaced B", "A, who succeeded B": the first came after the second (the text between the names). */
const ACTIVE = new RegExp(`^(?:,[^,]*?\\bwho\\s+|\\s+)(?:has\\s+|had\\s+|then\\s+|later\\s+|eventually\\s+)?(${FOLLOWS})\\s+${TITLE}$`);
/** "A was replaced by B", "A, who …, was followed in 2023 by B": the second came after the first. */
const PASSIVE = new RegExp(`^(?:,[^,]*,)?\\s*(?:was|were|had\\s+been|has\\s+been)\\s+(?:then\\s+)?(succeeded|replaced|followed)(?:\\s+[a-z0-9' ]{1,40}?)?\\s+by\\s+${TITLE}$`);
/** "A's successor, B" (B after A) and "A's predecessor, B" (A after B). */
const POSSESSIVE = new RegExp(`^['’]s?\\s+(successor|replacement|predecessor)\\s*,?\\s*(?:as\\s+[a-z' ]{2,40}?,?\\s*)?${TITLE}$`);

/** A stretch of days a person held the post: what the sources say of its start. */
interface Starts {
  /** The latest the person can have started (a start, else an end, stands for it). */
  latest: number;
  /** The earliest, when some start is known. */
  earliest: number;
}

function startsOf(held: Held[]): Starts {
  let latest = -Infinity, earliest = Infinity, unknown = false;
  for (const r of held) {
    const from = r.attr.from ? rangeOf(r.attr.from) : undefined;
    const until = r.attr.until ? rangeOf(r.attr.until) : undefined;
    if (from) earliest = Math.min(earliest, from.start);
    if (from || until) latest = Math.max(latest, (from ?? until)!.end);
    else unknown = true;
  }
  return { latest: unknown ? Infinity : latest, earliest: earliest === Infinity ? -Infinity : earliest };
}

/** Two names in a row joined by a word of succession: the one said to come after must have started later. */
function checkOrder(ctx: Ctx, a: Mention, b: Mention): void {
  if (a.person === b.person) return;
  const between = ctx.masked.slice(a.end, b.start);
  let later: Mention, earlier: Mention;
  let r: RegExpExecArray | null;
  if ((r = ACTIVE.exec(between))) [later, earlier] = [a, b];
  else if ((r = PASSIVE.exec(between))) [later, earlier] = [b, a];
  else if ((r = POSSESSIVE.exec(between))) [later, earlier] = r[1] === 'predecessor' ? [a, b] : [b, a];
  else return;
  // the post both held (one held by one person at a time)
  for (const x of later.person.roles) {
    if (!x.role.exclusive) continue;
    const l = later.person.roles.filter((y) => y.role.id === x.role.id);
    const e = earlier.person.roles.filter((y) => y.role.id === x.role.id);
    if (e.length === 0) continue;
    // wrong only when every start the later one may have had is known to be before every start of the earlier one
    if (startsOf(l).latest >= startsOf(e).earliest) return;
    reportOrder(ctx, later, earlier, l, e, a.end + r.index + (r[0].length - r[0].trimStart().length), b.end);
    return;
  }
}

function reportOrder(ctx: Ctx, later: Mention, earlier: Mention, l: Held[], e: Held[], start: number, end: number): void {
  const { m } = ctx;
  const post = l[0].role.title;
  const lateStart = Math.max(...e.map((x) => (x.attr.from ? rangeOf(x.attr.from).start : -Infinity)));
  // who did hold the post before the one said to come later: the holder whose time ended (or began) last before theirs
  const firstStart = startsOf(l).earliest;
  let before: { name: string; at: number } | undefined;
  for (const p of m.people) {
    if (p === later.person) continue;
    for (const x of p.roles) {
      if (x.role.id !== l[0].role.id) continue;
      const at = x.attr.until ? rangeOf(x.attr.until).end : x.attr.from ? rangeOf(x.attr.from).start : undefined;
      if (at !== undefined && Number.isFinite(firstStart) && at <= firstStart && (!before || at > before.at)) before = { name: p.person.name, at };
    }
  }
  addFinding(ctx, {
    start, end, kind: 'role', severity: 'error',
    message: `Sources have ${later.person.person.name} as ${post} before ${earlier.person.person.name}: ${earlier.person.person.name} came after, ${Number.isFinite(lateStart) ? 'from ' + new Date(lateStart * 86400000).getUTCFullYear() : 'later'}.${before ? ` ${later.person.person.name} followed ${before.name}.` : ''}`,
    suggestions: before ? [before.name] : [],
    citations: [...l, ...e].map((x) => m.dataset.cite(x.attr.evidence)),
    claimKey: `role:${later.person.person.id}:after:${earlier.person.person.id}`,
  });
}
