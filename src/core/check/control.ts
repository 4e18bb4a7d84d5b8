/**
 * Which party runs the council: "the Conservative-run council", "run by the Lib Dems", "under Labour control",
 * checked at the time the sentence is set. A 2022 fact presented as current is outdated, not wrong.
 */
import { Ctx, SentenceInfo, aboutBody, gate, paragraphHas, rowElsewhere, tenseOfSentence } from './context';
import { DateExpr } from '../extract/dates';
import { presumedAt, statusAt } from '../model/model';
import { addConfirmation, addFinding } from './findings';
import { CellDate } from '../time/story';
import { CURRENT_BEFORE, cellAt, ClaimTime, claimTime, clauseAt, PAST_SAYING, pastUntold, rowCells } from './time';
import { formatPartialDate, parsePartialDate, rangeOf } from '../time/dates';
import { escapeRegExp, execIn } from '../text/words';
import { Model } from '../model/model';
import { POLAR_QUESTION } from '../lexicon';
import { defineRule } from './rule';

/**
 * Words that put a clause about councils elsewhere ("Exeter City Council is Labour-run": a county's home council is
 * no city's or district's); the data's other places are added per model.
 */
const ELSEWHERE = ['other councils?', 'another council', 'neighbouring', '(?:city|district|borough|town|parish) councils?'];
/** Words for the council itself (the home council's names are added per model; "the LA", social work's short form). */
const COUNCIL_WORDS = ['council', 'authority', 'county hall', 'administration', 'the county', 'the la'];

const CONTROL_HINT = /\b(?:run|runs|ran|running|controlling|ruling|leadership|led|lead|leads|controlled|controls|control|(?:took|take|takes)\s+(?:charge|over)|in\s+charge|administration|dominated|hold|holds|held|governed|governs|govern|ruled)\b/;
const CONTROL_GATE = gate(CONTROL_HINT);
/** What "took over" may stand before to tell of the council: nothing, a time, or the council ("took over the chair" is not). */
const OVER_WHAT = String.raw`(?=\s*(?:[,.;:)!?]|$)|\s+(?:in|at|after|from|when|following|last|this|on|since|the\s+council|the\s+authority|the\s+county|county\s+hall|the\s+running)\b)`;
/** A council named after a party's adjective ("the Tory county council", "our Conservative council"): asked apart. */
// (or a fact sheet's key that asks who runs the council: "Political control: …" is the council's)
const COUNCIL_GATE = gate(/\bcouncil\b|\b(?:control|charge|power|party|run\s+by)\s*:/);

type PartyPhrase = Ctx['m']['partyPhrases'][number];

/** The model's control pattern, and its party phrases by their text without spaces and hyphens (the first of each). */
interface ControlPatterns {
  re: RegExp;
  /** Any party phrase, anywhere: every match of `re` holds one, and this test is ~6x cheaper than `re`'s (profiled). */
  party: RegExp;
  /** PARTY_COUNCIL alone: a sentence with no word of control is asked only for it. */
  partyCouncil: RegExp;
  bySquashed: Map<string, PartyPhrase>;
  elsewhere: RegExp;
  home: RegExp;
}

const squash = (phrase: string) => phrase.replace(/[- ]/g, '');

/**
 * A council named after a party's adjective, as a claim of who runs it ("the Tory county council has never got it",
 * "our Conservative council"); not a post, a group or a seat named so ("Conservative council leader", "Labour council
 * group", "a Lib Dem council candidate"). P is the pattern of the parties' phrases.
 */
const PARTY_COUNCIL = (P: string) =>
  `\\b${P}\\s+(?:county\\s+)?council\\b(?!['\u2019]s\\s+(?:leader|group)|\\s+(?:leader|leadership|group|candidates?|members?|seats?|tax|elections?|by-elections?|spokes\\w*|chamber|meeting|cabinet|opposition|ward|division)\\b)`;

/** Where a fact sheet's key starts: a line's start, after a list marker. */
const KEY_START = '(?<![^\\n])[ \\t]*(?:[-*][ \\t]+)?';
/** A fact sheet's key that asks who runs the council. */
const CONTROL_KEY = '(?:(?:political\\s+)?control|party\\s+in\\s+(?:control|charge|power)|(?:ruling|controlling)\\s+party|run\\s+by|in\\s+control)';


function controlPatterns(m: Model): ControlPatterns {
  const { places } = m;
  const homeNames = m.orgPhrases.filter((o) => o.org.id === places.homeCouncil).map((o) => escapeRegExp(o.phrase));
  const elsewhere = new RegExp(`\\b(${[...places.others.flatMap((p) => [escapeRegExp(p), `${escapeRegExp(p)}'s`]), ...ELSEWHERE].join('|')})\\b`);
  const home = new RegExp(`\\b(${[...places.home.map(escapeRegExp), ...homeNames, ...COUNCIL_WORDS].join('|')})\\b`);
  const homePlace = places.home.map(escapeRegExp).join('|') || 'council';
  const alts = m.partyPhrases.map((p) => escapeRegExp(p.phrase).replace(/[- ]/g, '[- ]?'));
  const P = `(${alts.join('|')})`;
  const re = new RegExp(
    [
      `\\b${P}[- ](?:run|led|controlled|dominated|governed)\\b`,
      // ("run by the Lib Dems", "governed since May 2025 by the Conservatives": a time may stand before "by")
      `\\b(?:run|led|controlled|governed|ruled)(?:\\s+(?:since|from)\\s+[a-z0-9 ]{4,20}?)?\\s+by\\s+(?:the\\s+)?${P}\\b`,
      `\\bunder\\s+${P}\\s+control\\b`,
      `\\b${P}\\s+(?:administration|-run|group in charge)\\b`,
      // ("the Conservatives, who took charge in May": a relative clause after the party; "the Labour group took charge")
      // ("Labour took over in May", "the new lot are Labour, they took over": a comma splice's pronoun is the party)
      `\\b${P}s?(?:\\s+(?:group|party|administration))?(?:,?\\s+(?:who|which)(?:\\s+(?:had|have|has))?|,\\s+they(?:\\s+(?:had|have))?)?\\s+(?:(?:took|take|takes|taken|won|gained|seized)\\s+(?:charge|control|power)|(?:took|take|takes|taken)\\s+over${OVER_WHAT})\\b`,
      `\\bruling\\s+${P}(?:\\s+(?:group|party|administration))?\\b`,
      `\\b${P}\\s+(?:leadership)\\b`,
      // ("the Conservatives still run County Hall": a word of time between)
      // ("the Conservative group, which runs County Hall"; not "who hold the council to account", who scrutinise it)
      `\\b${P}s?(?:\\s+(?:group|party|administration))?(?:,?\\s+(?:who|which)(?:\\s+now|\\s+still)?)?\\s+(?:(?:still|now|currently|also)\\s+)?(?:have\\s+|has\\s+|had\\s+)?(?:run|runs|ran|running|control|controls|controlled|controlling|lead|leads|led|hold|holds|held|govern|governs|governed)\\s+(?:the\\s+)?(?:council|county\\s+council|(?:${homePlace})(?:\\s+county\\s+council)?|authority|county\\s+hall)\\b(?!\\s+to\\s+account)`,
      // ("the Conservatives are in charge of the council", "in charge of the council are the Lib Dems", as plain words put it)
      `\\b${P}s?\\s+(?:are|is|were|was)\\s+(?:(?:now|still|currently|also)\\s+)?in\\s+charge\\s+of\\s+(?:the\\s+)?(?:council|county\\s+council|(?:${homePlace})(?:\\s+county\\s+council)?|authority|county\\s+hall)\\b`,
      `\\bin\\s+charge\\s+of\\s+(?:the\\s+)?(?:council|county\\s+council|(?:${homePlace})(?:\\s+county\\s+council)?|authority|county\\s+hall)\\s+(?:are|is|were|was)\\s+(?:(?:now|still|currently)\\s+)?(?:the\\s+)?${P}`,
      // a fact sheet's line: "Council control: Conservative", "Party in control: Labour", "Lib Dem control since: May 2025"
      `${KEY_START}(?:(?:the\\s+)?(?:council|county\\s+council|(?:${homePlace})(?:\\s+county\\s+council)?|authority)(?:'s)?\\s+)?${CONTROL_KEY}\\s*:\\s*(?:the\\s+)?${P}\\b`,
      `${KEY_START}${P}s?\\s+(?:control|in\\s+control|in\\s+charge|rule)\\s+since(?=\\s*:)`,
      PARTY_COUNCIL(P),
    ].join('|'),
    'g',
  );
  const bySquashed = new Map<string, PartyPhrase>();
  for (const p of m.partyPhrases) if (!bySquashed.has(squash(p.phrase))) bySquashed.set(squash(p.phrase), p);
  return { re, party: new RegExp(alts.join('|')), partyCouncil: new RegExp(PARTY_COUNCIL(P)), bySquashed, elsewhere, home };
}

export const controlRule = defineRule<ControlPatterns>({
  id: 'control',
  kinds: ['party', 'date', 'outdated'],
  description: 'Which party runs the council, at the time the sentence is set, and since when.',
  gates: [CONTROL_GATE, COUNCIL_GATE],
  build: controlPatterns,
  // (not a table's row about another body: "| Somerset | Liberal Democrat | … |" tells who runs that council)
  checkSentence: (ctx, s, p) => {
    if (rowElsewhere(ctx) === undefined) checkControl(ctx, s, p);
  },
});

/**
 * The date a state is said to hold since, just after its phrase: "since May 2024", or a since-phrase naming what
 * dated it ("since the local elections in May 2024", "since the elections of May 2023"). Only a written year.
 */
const SINCE_TAKING = /^[\s,]*since\s+(?:[a-z'-]+\s+){1,4}?(?:took|won|gained|seized|assumed)\s+(?:control|charge|power|over)(?:\s+of\s+(?:the\s+)?[a-z]+)?\s+(?:in\s+|at\s+the\s+(?:[a-z]+\s+)?elections?\s+(?:of|in)\s+)?$/;

function sinceAfter(ctx: Ctx, s: SentenceInfo, end: number): DateExpr | undefined {
  return s.dates.find((d) => d.start >= end && d.year !== undefined && !d.yearInferred &&
    (d.relation === 'since' ? d.start - end < 40 : /^[\s,]*since\s+the\s+(?:[a-z'-]+\s+){0,3}$/.test(ctx.masked.slice(end, d.start)) ||
      // "run by the Lib Dems since they took control in May 2025": since a taking of charge, at its date
      SINCE_TAKING.test(ctx.masked.slice(end, d.start)) ||
      // a fact sheet's "Lib Dem control since: May 2025"
      (/\bsince$/.test(ctx.masked.slice(end - 6, end)) && /^\s*:\s*$/.test(ctx.masked.slice(end, d.start)))));
}

/** "governed since May 2025 by the Conservatives": a "since" date of a written year inside the phrase itself. */
function sinceWithin(s: SentenceInfo, r: RegExpExecArray): DateExpr | undefined {
  return s.dates.find((d) => d.relation === 'since' && d.year !== undefined && !d.yearInferred && d.start >= r.index && d.end <= r.index + r[0].length);
}

/** The start of a party's control the sources give, against the date a draft says it holds since. */
function reportSince(ctx: Ctx, d: DateExpr, claimedStates: Ctx['m']['states'], partyEntry: PartyPhrase): void {
  const started = claimedStates.find((x) => x.from);
  if (!started) return;
  const p = parsePartialDate(started.from!);
  if (d.year === p.year && (d.month === undefined || p.month === undefined || d.month === p.month)) return;
  const ds = d.start + (/^(?:since|in|of)\s+/.exec(ctx.masked.slice(d.start, d.end))?.[0].length ?? 0);
  addFinding(ctx, {
    start: ds, end: d.end, kind: 'date', severity: 'error',
    message: `Sources say the ${partyEntry.party.name}s took charge of the council in ${formatPartialDate(started.from!)}, not ${ctx.text.slice(ds, d.end)}.`,
    suggestions: [d.month !== undefined ? formatPartialDate(started.from!) : String(p.year)],
    citations: [ctx.m.dataset.cite(started.evidence)],
    claimKey: `date:control:${partyEntry.party.id}:${d.year}-${d.month ?? ''}`,
  });
}

/** A fact sheet's control line ("council control: Conservative", "Lib Dem control since"): its key ends in a colon. */
const KEY_LINE = /:|\bsince$/;

/** The claim's range: the control phrase, or on a fact sheet's line its value, not its key. */
function claimSpan(r: RegExpExecArray, phrase: string, keyLine: boolean): { start: number; end: number } {
  const valueAt = keyLine ? r[0].lastIndexOf(phrase) : -1;
  return valueAt > 0 ? { start: r.index + valueAt, end: r.index + valueAt + phrase.length } : { start: r.index, end: r.index + r[0].length };
}

/** A control phrase with its verb in a relative clause of its own ("the Tories, who ran the council"). */
const RELATIVE_CLAUSE = /,|\s(?:who|which)\s/;

/** Right before a control phrase: a relative clause in the present ("which is", "that remains still"), or "still" opening an aside. */
const PRESENT_ASIDE = /(?:\b(?:which|that)\s+(?:is|remains)\s+(?:still\s+|now\s+)?|(?:[,(\u2013\u2014]|\s-)\s*(?:still|now)\s+)$/;

/** A control verb in the present, with no "have" before it ("who run the council", "control the authority"). */
const PRESENT_CONTROL = /\s(?:run|runs|running|control|controls|controlling|lead|leads|hold|holds)\s+(?:the\s+)?[a-z]/;

/** The elections a council's control changes at, and a charge taken of something named. */
const CHARGE_OF = /\b(?:took|take|takes|taken|won|gained|seized)\s+(?:charge|control|power)\s+of\b/;
const LOCAL_ELECTIONS = /\b(?:local|county|council)\s+elections?\b/;

/** Taking charge of the council ("took control", "won control", "took over"). */
const TOOK_CHARGE = /\b(?:(?:took|take|takes|taken|won|gained|seized)\s+(?:charge|control|power)|(?:took|takes|taken)\s+over)\b/;
/**
 * …right after the party or the body it runs ("Conservative-run authority took charge", "…-led council, which took
 * control"), or an administration's election ("the Conservative-led administration elected in May 2025").
 */
const TOOK_AFTER = new RegExp(`^(?:\\s+(?:council|authority|administration|group|party))?,?(?:\\s+(?:which|who|that))?\\s+(?:has\\s+|had\\s+|was\\s+|were\\s+)?(?:${TOOK_CHARGE.source.slice(2)}|elected\\b|voted\\s+in\\b)`);

/**
 * "Labour took control of the council after the May elections": the party that took charge at a time the sentence
 * gives (its month, with or without a year) is the one the sources say began to run it then. A change of control at
 * a time they do not tell of ("took control in 2009") is another one: no finding.
 */
function reportTookCharge(ctx: Ctx, s: SentenceInfo, states: Ctx['m']['states'], partyEntry: PartyPhrase, start: number, end: number): void {
  const overlaps = (r: { start: number; end: number }, from: string) => r.start <= rangeOf(from).end && r.end >= rangeOf(from).start;
  // (with no date of its own, a timeline entry's: "2025 — May: local elections. The Conservatives take control", a
  // year at most — control changes hands once in one)
  const c = s.dates.length === 0 && ctx.contextDate && ctx.contextDate.range.end - ctx.contextDate.range.start <= 366 ? ctx.contextDate.range : undefined;
  const began = states.find((x) => x.from && (s.dates.some((d) => d.range && d.month !== undefined && overlaps(d.range, x.from!)) || (c && overlaps(c, x.from))));
  if (!began || began.value === partyEntry.party.id) return;
  const actual = ctx.m.dataset.partyById.get(began.value)!;
  addFinding(ctx, {
    start, end, kind: 'party', severity: 'error',
    message: `Sources say the ${actual.name}s (${actual.short}) took charge of the council in ${formatPartialDate(began.from!)}, not ${partyEntry.party.name}.`,
    suggestions: [actual.short],
    citations: [ctx.m.dataset.cite(began.evidence)],
    claimKey: `party:control:${partyEntry.party.id}`,
  });
}

/** Words after a state that say it is over, or before it that tell of its end ("is long gone"; "the fall of", "the old"). */
const OVER_AFTER = /^(?:\s+(?:council|authority|administration|group|era|years?))?\s+(?:(?:is|was|are|were|has|had)\s+)?(?:(?:long|now|finally|well|all)\s+)?(?:gone|over|ended|finished|no\s+more|history|a\s+thing\s+of\s+the\s+past|behind\s+us)\b/;
const OVER_BEFORE = /\b(?:(?:end|fall|defeat|ousting|collapse|demise|departure|downfall|loss|passing|death|ending|overthrow|removal)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?|(?:old|former|previous|outgoing|ousted|defeated|erstwhile)\s+)$/;

/** Is the state said to be over ("the Conservative administration is long gone", "since the defeat of the Tory-run council")? */
function saidToBeOver(ctx: Ctx, s: SentenceInfo, start: number, end: number): boolean {
  const after = ctx.masked.slice(end, Math.min(s.end, end + 50));
  return OVER_AFTER.test(after) || (UNTIL_AFTER.test(after) && RAN.test(ctx.masked.slice(start, end))) || OVER_BEFORE.test(ctx.masked.slice(Math.max(s.start, start - 30), start));
}
/**
 * The time a control claim is asked of: the one the sentence gives; else, for "the previous Labour administration",
 * the time of the one before the party in charge (previousTime); else none for a control said to be over (a time the
 * sentence gives is still asked: "In December 2022, under the previous Labour-run administration, …").
 */
function askedTime(ctx: Ctx, s: SentenceInfo, start: number, end: number, states: Ctx['m']['states'], t: ClaimTime): ClaimTime | undefined {
  // (a time carried from a sentence before is the scene's: "the previous X administration" is still the one before)
  if (t.explicit && !(t.carried && PREVIOUS_BEFORE.test(ctx.masked.slice(Math.max(s.start, start - 12), start)))) return t;
  return previousTime(ctx, s, start, states) ?? (saidToBeOver(ctx, s, start, end) ? undefined : t);
}

/** "previous", "outgoing" right before a party: the administration before the one in charge. */
const PREVIOUS_BEFORE = /\b(?:previous|outgoing)\s+$/;

/**
 * The time of "the previous X administration", when the sources know who ran the council before the party in charge
 * at the draft's date (a change of control they tell of): that one's time, so the claim is asked of it.
 */
function previousTime(ctx: Ctx, s: SentenceInfo, start: number, states: Ctx['m']['states']): ClaimTime | undefined {
  if (!PREVIOUS_BEFORE.test(ctx.masked.slice(Math.max(s.start, start - 12), start))) return undefined;
  // (the party in charge at the time the block is set, a heading's or a scene's, else the draft's: under a December
  // 2022 heading the sources know of no change before it, and nothing is asked)
  const at = ctx.contextDate?.range.end ?? ctx.asOf;
  const now = states.find((x) => x.time.falseBefore !== undefined && x.time.falseBefore <= at && (x.time.falseAfter === undefined || x.time.falseAfter >= at));
  const before = now && states.find((x) => x !== now && x.time.falseAfter !== undefined && Math.abs(x.time.falseAfter - now.time.falseBefore!) <= 62);
  return before ? { range: before.time.known, explicit: true, present: false } : undefined;
}

/** Control told in the past up to a time ("who ran the council until the May elections"): held no longer. */
const UNTIL_AFTER = /^\s+(?:until|till|up\s+to)\b/;
const RAN = /\b(?:ran|controlled|led|held|governed)\b/;

/** A table row whose header asks who runs the council ("| Party in control | Conservative | Labour |"). */
const CONTROL_ROW = /^\|?\s*(?:who\s+(?:runs|controls|ran|controlled)|(?:party|parties)\s+in\s+(?:control|charge|power)|(?:ruling|controlling)\s+party|in\s+control|control|run\s+by)\b[^|]*\|/;

/** For a time that spans a change of control ("2025"): who ran the council in turn ("Conservative-run until May 2025, then Liberal Democrat-run"). */
function ranInTurn(m: Ctx['m'], held: Ctx['m']['states']): string | undefined {
  if (held.length < 2) return undefined;
  return held.map((x) => `${m.dataset.partyById.get(x.value)!.name}-run${x.until ? ` until ${formatPartialDate(x.until)}` : ''}`).join(', then ');
}

/** Does the row stand under a column of who runs the council ("| Year | Leader | Party in control |")? */
function controlColumn(ctx: Ctx): boolean {
  return !!rowCells(ctx)?.some((c) => c.holds === 'control');
}

/**
 * Each cell of a row about who runs the council (its header cell asks, or `read` picks the cells under such a column)
 * that opens with a party: the party that ran the council at the cell's time (its column's, the row's, else now).
 */
function checkControlRow(ctx: Ctx, s: SentenceInfo, read: (cell: CellDate | undefined) => boolean): void {
  const { m, masked } = ctx;
  const states = m.states.filter((x) => x.subject === m.places.homeCouncil && x.attribute === 'control');
  for (let a = masked.indexOf('|', s.start + 1) + 1; a > 0 && a < s.end; a = masked.indexOf('|', a) + 1) {
    while (masked.charCodeAt(a) === 32) a++;
    if (!read(cellAt(ctx, a))) continue;
    // a party opening the cell, as a word of its own or in the plural ("Conservatives, led by …")
    const entry = m.partyPhrases.find((p) => masked.startsWith(p.phrase, a) && /^s?(?![a-z-])/.test(masked.slice(a + p.phrase.length, a + p.phrase.length + 2)));
    if (!entry) continue;
    const cell = cellAt(ctx, a);
    const range = cell ? cell.range ?? { start: ctx.asOf, end: ctx.asOf } : ctx.contextDate && !ctx.contextDate.scene ? ctx.contextDate.range : { start: ctx.asOf, end: ctx.asOf };
    const claimed = states.filter((x) => x.value === entry.party.id);
    const actual = states.find((x) => x.value !== entry.party.id && statusAt(x.time, range) === 'true');
    if (!actual || claimed.some((x) => statusAt(x.time, range) !== 'false')) continue;
    const party = m.dataset.partyById.get(actual.value)!;
    const end = a + entry.phrase.length + (masked[a + entry.phrase.length] === 's' ? 1 : 0);
    const inTurn = ranInTurn(m, states.filter((x) => statusAt(x.time, range) === 'true'));
    addFinding(ctx, {
      start: a, end, kind: 'party', severity: 'error',
      message: `Sources say the council was ${inTurn ?? `${party.name}-run at that time`}, not ${entry.party.name}.`,
      suggestions: [party.short],
      citations: [m.dataset.cite(actual.evidence)],
      claimKey: `party:control:${entry.party.id}`,
    });
  }
}

/**
 * The council named as who speaks, by who runs it ("A spokesperson for the Conservative-run council said …", "the
 * Lib Dem-led authority's leader told …"): news credits a body's words as it does a speaker's title, by what it is
 * on the draft's day unless the sentence marks them as history (check/time.ts).
 */
const CREDITED_BODY = new RegExp(`^\\s+(?:county\\s+)?(?:council|authority|administration)(?:'s\\s+[a-z]+)?,?\\s+(?:has\\s+)?${PAST_SAYING.source}`);

/**
 * Does the sentence go on, after the claim, to the party that took over and a time after ("through the Conservative
 * administration and, since May 2025, under the Lib Dems")? It tells the run of control in turn, the claim the first.
 */
function succeededAfter(ctx: Ctx, s: SentenceInfo, end: number, successor: string): boolean {
  const rest = ctx.masked.slice(end, s.end);
  return TURN_WORD.test(rest) && ctx.m.partyPhrases.some((p) => p.party.id === successor && rest.includes(p.phrase));
}
/** Words that move a telling on to a later time. */
const TURN_WORD = /\b(?:since|from|then|later|now|until|after)\b/;

/**
 * Control said in the past tense with no date, or with a day of no year ("At its 14 December meeting, a Conservative-run
 * council heard …"): it may be about the time it was true.
 */
function mayBeThen(s: SentenceInfo, t: ClaimTime): boolean {
  return !t.present && (!t.explicit || (!!t.yearless && !tenseOfSentence(s).present));
}

/**
 * A party's word for the council in quotation marks of its own, a term mentioned ("old cuttings that call the council
 * “Conservative-run”"): the writer quotes it, not claims it.
 */
function quotedTerm(ctx: Ctx, r: RegExpExecArray): boolean {
  const end = r.index + r[0].length;
  return ctx.quotes.some((q) => q.innerStart <= r.index && q.innerEnd >= end && ctx.masked.slice(q.innerStart, q.innerEnd).trim().split(/\s+/).length <= 3);
}

/** A party's administration named as a noun ("Conservative administration"), not a council said to be run by one. */
const NAMED_ADMINISTRATION = /\badministration$/;

/**
 * "## The Conservative administration at County Hall": a title of no verb (a short line with no stop) naming an
 * administration (an obituary's heading, a chapter's title) names it, of whatever time, unless it says "current";
 * "Devon's Tory-run council in crisis" says what the council is.
 */
function namesAdministration(ctx: Ctx, s: SentenceInfo, r: RegExpExecArray): boolean {
  if (!NAMED_ADMINISTRATION.test(r[0]) || CURRENT_BEFORE.test(ctx.masked.slice(Math.max(s.start, r.index - 24), r.index))) return false;
  const line = ctx.masked.slice(s.start, s.end).trim();
  const t = tenseOfSentence(s);
  return !t.past && !t.present && !line.includes('\n') && !/[.!?;:]$/.test(line) && line.split(/\s+/).length <= TITLE_WORDS;
}
const TITLE_WORDS = 10;

/** "the election of a": what follows is a control that began then (its date is the taking of charge's). */
const ELECTION_OF = /\belection\s+of\s+(?:a|an|the)\s+$/;

/** A council's noun right after a control phrase: the phrase is said of it ("the Conservative-run council"). */
const COUNCIL_AFTER = /^\s+(?:county\s+)?(?:council|authority|administration)\b/;

/** "became a", "turned into the", "gave way to a": what follows is a state the subject took on. */
const BECAME = /\b(?:became|becomes|become|turned\s+into|gave\s+way\s+to|gives\s+way\s+to|made\s+way\s+for|was\s+replaced\s+by|handed\s+over\s+to)\s+(?:a|an|the)?\s*$/;

/** The time a control phrase is about. */
const THEN_HOLDER_OF = /\bthen\s+(?:[a-z-]+\s+){1,3}of\s+(?:the|its)\s+$/;

function controlTime(ctx: Ctx, s: SentenceInfo, r: RegExpExecArray, since: boolean, keyLine: boolean): ClaimTime {
  const before = ctx.masked.slice(Math.max(s.start, r.index - 24), r.index);
  // the party is judged now, the date on its own: a state said to hold since a date, or one whose start the sentence
  // tells ("the election of a Liberal Democrat administration in May 2024"); and a relative clause or an aside in the
  // present ("the council, which is Conservative-run, was represented …", "– still Conservative-run, as it was in
  // 2022 –") says it of the draft's day, whatever the main verb's tense
  // (so does "current" before it: "the council's current Conservative administration")
  if (since || ELECTION_OF.test(before) || PRESENT_ASIDE.test(before) || CURRENT_BEFORE.test(before)) return { range: { start: ctx.asOf, end: ctx.asOf }, explicit: false, present: true };
  // "the then leader of the Conservative-run council": the council of that holder's past time
  // (and "the then Conservative-run council": a council of a past time)
  // (at a year the sentence itself writes before it, if any: "In December 2022, the then Lib Dem-run council's …"; not
  // a scene's or a heading's, which "then" looks back from)
  if (THEN_HOLDER_OF.test(ctx.masked.slice(Math.max(s.start, r.index - 48), r.index)) || /\bthe\s+then\s+$/.test(before)) {
    const told = claimTime(ctx, s, r.index);
    const own = told.explicit && !told.carried && told.words ? s.dates.find((d) => d.start === told.words!.start) : undefined;
    return own && own.year !== undefined && !own.yearInferred && !own.relative ? told : pastUntold(ctx);
  }
  // "the Conservative-run council of 2022 became a Lib Dem-run authority when … in May 2025": what it became holds
  // from a date after it, not the one before
  if (BECAME.test(before)) {
    const after = s.dates.find((d) => d.start > r.index && d.range);
    if (after) return { range: { start: after.range!.start, end: Math.max(after.range!.end, ctx.asOf) }, explicit: true, present: false };
  }
  // (read at the verb's clause: "the Tories, who ran the council until May 2025, …")
  const t = claimTime(ctx, s, RELATIVE_CLAUSE.test(r[0]) ? r.index + r[0].length - 1 : r.index);
  if (t.explicit || t.present) return t;
  // "the Tories, who run the council": the verb of control is the claim's tense (a word tenseOf may not know)
  // (and a fact sheet's line with no date of its own states what holds now, or at its heading's date)
  if (keyLine || PRESENT_CONTROL.test(r[0])) return { ...t, present: true };
  return CREDITED_BODY.test(ctx.masked.slice(r.index + r[0].length, s.end)) ? claimTime(ctx, s, r.index, { title: true }) : t;
}

/**
 * Does the clause name a place elsewhere — not as the first word of another thing's name in capitals ("The Plymouth
 * Ledger looks back to …", a newspaper), but as a place or its council ("Plymouth City Council", "in Plymouth")?
 */
function placeElsewhere(ctx: Ctx, elsewhere: RegExp, clause: { start: number; end: number }): boolean {
  const t = ctx.masked.slice(clause.start, clause.end);
  // (most clauses name no place elsewhere: the global pattern is made only for one that does)
  if (!elsewhere.test(t)) return false;
  const g = new RegExp(elsewhere.source, 'g');
  for (let r = g.exec(t); r; r = g.exec(t)) {
    const after = ctx.text.slice(clause.start + r.index + r[0].length, clause.start + r.index + r[0].length + 24);
    if (!OTHER_NAME_AFTER.test(after)) return true;
  }
  return false;
}
/** A capitalised word after a place that makes it another thing's name: not "Council", "City", "County" and the like. */
const OTHER_NAME_AFTER = /^[ \t]+(?!(?:Council|City|County|Borough|District|Unitary|Children)\b)[A-Z][a-z]+/;

/** Is the control phrase r about the home council (not another place's, nor Westminster's)? */
/**
 * Does the sentence give the month and year in which the sources say the home council changed hands (the year may be
 * inferred from the draft's day: "took over in May")?
 */
function atAChangeOfControl(ctx: Ctx, s: SentenceInfo): boolean {
  const { m } = ctx;
  return s.dates.some((d) => d.month !== undefined && d.year !== undefined &&
    m.states.some((x) => x.subject === m.places.homeCouncil && x.attribute === 'control' && x.from === `${d.year}-${String(d.month).padStart(2, '0')}`));
}

function aboutHomeCouncil(ctx: Ctx, s: SentenceInfo, r: RegExpExecArray, keyLine: boolean, elsewhere: RegExp, home: RegExp): boolean {
  const { masked } = ctx;
  const clause = clauseAt(s, r.index);
  const sentenceText = masked.slice(s.start, s.end);
  // (a party that took charge at the local elections, of nothing named, took charge of the council: "The
  // Conservatives take charge after the local elections"; not "took control of Kent after the local elections")
  // (nor one that took charge in the month the sources say the council changed hands: "The Conservatives took charge in
  // May 2025")
  const tookUnnamed = TOOK_CHARGE.test(r[0]) && !CHARGE_OF.test(sentenceText) && (LOCAL_ELECTIONS.test(sentenceText) || atAChangeOfControl(ctx, s));
  // (a fact sheet's line under the home council's own heading or in its row: "### Devon County Council⏎- Control: …";
  // or under none that names a body, in a paragraph that names no other place: "- Political control: …")
  const keyOwner = keyLine ? aboutBody(ctx) : undefined;
  if (placeElsewhere(ctx, elsewhere, clause) || !(home.test(keyLine ? masked : sentenceText) || tookUnnamed || (keyLine && (keyOwner ? keyOwner.home : !elsewhere.test(masked))))) return false;
  // "the Conservative-led government" is about Westminster, not the council
  return !/^\s*(?:uk\s+|national\s+|coalition\s+)?(?:government|coalition|parliament|westminster|cabinet\s+at\s+westminster)\b/.test(masked.slice(r.index + r[0].length, r.index + r[0].length + 30));
}

/**
 * "when it was the Conservatives running the council": a participle of control takes its time from the verb before it
 * in its sentence; after "was" or "were" it tells of the past, its time untold.
 */
function pastParticiple(masked: string, s: SentenceInfo, r: RegExpExecArray): boolean {
  return /\b(?:running|controlling)\s/.test(r[0]) && /\b(?:was|were|had\s+been)\b[^,.;:]*$/.test(masked.slice(s.start, r.index));
}

export function checkControl(ctx: Ctx, s: SentenceInfo, { re, party, partyCouncil, bySquashed, elsewhere, home }: ControlPatterns): void {
  const { m, masked } = ctx;
  if (masked.charCodeAt(s.start) === 124 && controlColumn(ctx)) return checkControlRow(ctx, s, (c) => c?.holds === 'control');
  const told = masked.slice(s.start, s.end);
  if (!(paragraphHas(ctx, CONTROL_GATE) && CONTROL_HINT.test(told)) && !(paragraphHas(ctx, COUNCIL_GATE) && partyCouncil.test(told))) return;
  if (masked.charCodeAt(s.start) === 124 && CONTROL_ROW.test(told)) return checkControlRow(ctx, s, () => true);
  if (!party.test(told)) return; // (see `party`)
  const polar = POLAR_QUESTION.test(told);
  for (const r of execIn(re, masked, s.start, s.end)) {
    // a yes-or-no question asks whether a party runs the council ("Is the council still Conservative-run?"), unless
    // it takes it as given of the council it names ("Do you think the Conservative-run council is listening?")
    if (polar && !COUNCIL_AFTER.test(masked.slice(r.index + r[0].length, r.index + r[0].length + 24))) continue;
    const phrase = r.slice(1).find((x) => x !== undefined);
    if (!phrase) continue;
    // the first party phrase written the same but for spaces and hyphens (a map lookup, not a pass over every phrase)
    const partyEntry = bySquashed.get(squash(phrase)) ?? m.partyPhrases.find((p) => phrase.startsWith(p.phrase));
    if (!partyEntry) continue;
    const keyLine = KEY_LINE.test(r[0]);
    if (!aboutHomeCouncil(ctx, s, r, keyLine, elsewhere, home) || (!keyLine && namesAdministration(ctx, s, r)) || quotedTerm(ctx, r) || pastParticiple(masked, s, r)) continue;
    const claimed = partyEntry.party.id;
    // "have run the council since May 2024", "Lib Dem-run since the elections in May 2024": the start the sources give
    const sinceDate = sinceAfter(ctx, s, r.index + r[0].length) ?? sinceWithin(s, r);
    const states = m.states.filter((x) => x.subject === m.places.homeCouncil && x.attribute === 'control');
    const { start, end } = claimSpan(r, phrase, keyLine);
    const t = askedTime(ctx, s, start, end, states, controlTime(ctx, s, r, sinceDate !== undefined, keyLine));
    if (!t) continue;
    const claimedStates = states.filter((x) => x.value === claimed);
    if (sinceDate) reportSince(ctx, sinceDate, claimedStates, partyEntry);
    // "Labour took control of the council in May": who took charge then, not who ran it
    if (TOOK_CHARGE.test(r[0]) || TOOK_AFTER.test(masked.slice(end, Math.min(s.end, end + 50)))) {
      // (the party's own words only: "Labour" of "Labour took control")
      const at = start + r[0].indexOf(phrase);
      if (!sinceDate) reportTookCharge(ctx, s, states, partyEntry, at, at + phrase.length + (masked[at + phrase.length] === 's' ? 1 : 0));
      continue;
    }
    const trueClaimed = claimedStates.find((x) => statusAt(x.time, t.range) === 'true');
    if (trueClaimed) {
      addConfirmation(ctx, { start, end, kind: 'fact', message: `Matches the sources: ${partyEntry.party.name} control.`, citations: [m.dataset.cite(trueClaimed.evidence)] });
      continue;
    }
    const trueNow = states.filter((x) => presumedAt(x.time, t.range)); // (held a year after the sources, as a post)
    const earlier = claimedStates.find((x) => x.time.falseAfter !== undefined && t.range.start > x.time.falseAfter);
    const later = claimedStates.find((x) => x.time.falseBefore !== undefined && t.range.end < x.time.falseBefore);
    // who ran it at that time, or (for an outdated claim) who took over
    const actual = trueNow[0] ?? (earlier ? states.find((x) => x !== earlier && x.time.falseBefore !== undefined && x.time.falseBefore >= earlier.time.falseAfter! - 62) : undefined);
    if (!actual) continue;
    const actualParty = m.dataset.partyById.get(actual.value)!;
    const claimedParty = partyEntry.party;
    const matched = ctx.text.slice(start, end);
    const phraseAt = matched.toLowerCase().replace(/[\u2010-\u2015]/g, '-').indexOf(phrase);
    const suggestion = phraseAt >= 0 ? matched.slice(0, phraseAt) + actualParty.short + matched.slice(phraseAt + phrase.length) : actualParty.short;
    const since = actual.from ? ` since ${formatPartialDate(actual.from)}` : '';
    if (earlier) {
      if (mayBeThen(s, t) || succeededAfter(ctx, s, end, actualParty.id)) continue;
      addFinding(ctx, {
        start, end, kind: 'outdated', severity: 'warning',
        message: `Outdated: the ${actualParty.name}s (${actualParty.short}) have run the council${since}; it was ${claimedParty.name}-run until ${formatPartialDate(earlier.until!)}.`,
        suggestions: [suggestion],
        citations: [m.dataset.cite(actual.evidence), m.dataset.cite(earlier.evidence)],
        claimKey: `outdated:control:${claimed}`,
      });
      continue;
    }
    if (later && !(t.explicit || t.present) && ctx.asOf >= later.time.falseBefore!) continue;
    if (!trueNow.length) continue;
    // the month control changed hands: the sources cannot say the claimed party did not run it then
    if (claimedStates.some((x) => statusAt(x.time, t.range) !== 'false')) continue;
    const inTurn = ranInTurn(m, trueNow);
    addFinding(ctx, {
      start, end, kind: 'party', severity: 'error',
      message: inTurn
        ? `Sources say the council was ${inTurn}, not ${claimedParty.name}.`
        : `Sources say the council ${since && !t.explicit ? 'has been' : 'was'} ${actualParty.name}-run${actualParty.short !== actualParty.name ? ` (${actualParty.short})` : ''}${t.explicit ? ' at that time' : ''}${since}, not ${claimedParty.name}.`,
      suggestions: [suggestion],
      citations: [m.dataset.cite(actual.evidence)],
      claimKey: `party:control:${claimed}`,
    });
  }
}
