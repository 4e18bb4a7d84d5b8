/**
 * Who is what: roles, parties, wards/constituencies and organisations that a sentence attaches to a known
 * person ("Steve Race, the MP for Plymouth", "Labour councillor John Hart", "Cornwall's former children's
 * lead Julian Wooster"), checked against the sources at the time the sentence is set.
 */
import { Ctx, FIELD_AT, Mention, SentenceInfo, inRow, isUpperAt, lineInCapitals, nameFieldAlone } from './context';
import { Model, PRESUMED_DAYS, PersonIndex, presumedAt, statusAt } from '../model/model';
import { Organisation, Role, RoleType } from '../data/schema';
import { DayRange, formatPartialDate, inBrackets } from '../time/dates';
import { addConfirmation, addFinding } from './findings';
import { ClaimTime, ClaimTimeOptions, THEN_AFTER, cellAt, claimRange, claimTime } from './time';
import { Citation } from '../types';
import { normPhrase } from '../text/words';
import { tenseOf } from '../extract/dates';
import { AUXILIARY_VERBS, ING_PORTFOLIOS, MONTHS, MONTH_ABBREVIATIONS, NAME_OF_BODY_ENDS, PREPOSITIONS, ROLE_HEADS, ROLE_SHORT_FORMS, ROLE_WORDS, SPEECH_VERBS, STOP_WORDS, TITLES as TITLE_WORDS, TITLE_ONLY } from '../lexicon';
import { defineRule, indexOf } from './rule';
import { Said, paragraphSayingTime, quotedSayingTime, sayingsOf } from './sayings';
import { PARTY_GROUP_AFTER, RESPELLING_OPENS, partyIn, respelt } from './people';

interface RoleClaim {
  type: RoleType;
  portfolio?: string;
  place?: string;
  party?: string; // party id qualifying a group leader
  /** The words of place or portfolio as made (compatible() compares them with each role's: not split again). */
  words?: string[];
  start: number;
  end: number;
  /** Said to have been left ("has left as director"): held until then, so a later time does not make it outdated. */
  left?: boolean;
  /** Said in the past ("who was", "served as", "became"): outdated only against a date the sentence gives. */
  past?: boolean;
  /**
   * Said in the present in a relative clause ("X, who leads the council, said …"): of the draft's own day where the
   * sentence around it is told in the past, whatever scene an earlier sentence set.
   */
  nowTold?: boolean;
  /** Said to have been taken up ("took over as", "became"): the tenure starts at the claim's time. */
  started?: boolean;
  /** "deputy leader", "vice-chair", "shadow cabinet member": the post's deputy, which its holder is not. */
  deputy?: boolean;
  /** A post before the name linked to it by a copula ("The leader was X"): timed as a post after a name is. */
  linked?: boolean;
  /**
   * "leader of the opposition group": read as the opposition leader's post only where the person held it (then its
   * time is asked); of anyone else it may mean the leader of any group in opposition, and says nothing wrong.
   */
  ownOnly?: boolean;
}

/** Words that are never the content of a portfolio or place (exported for the unit test of content()). */
export const STOP = new Set<string>([...STOP_WORDS, 'former', 'new', 'current', 'interim', 'acting', 'junior', 'government', 'uk',
  'council', "council's", 'services', 'service', 'said', 'deputy', 'shadow', 'assistant', 'vice',
  'senior', 'county', 'local', 'state', 'department', 'week', 'month', 'year',
  'last', 'says', 'one',
  'recently', 'previously', 'formerly', 'newly', 'appointed', 'permanent', 'temporary', 'own', 'whose']);

// (prepositions too, "answers through cabinet member X" — but not "under", whose "under director X" tells whose time it
// was, often at another body: "Somerset … under director X")
const FUNCTION_WORDS = new Set<string>([...STOP_WORDS, ...PREPOSITIONS.filter((p) => p !== 'under'), 'said', 'says']);
/** Two capitalised words joined by "and" ("Children and Families"). */
const TITLE_AND = /[A-Z][\w'\u2019]*\s+and\s+[A-Z]/;
/** Pronouns that stand as a sentence's subject: the word after one, before a title, is a verb. */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which']);
/** Auxiliary verbs: never part of a title after them. */
const AUXILIARIES = new Set<string>(AUXILIARY_VERBS);
/** A regular past tense ("questioned", "thanked"): a verb, not part of a title after it. */
const PAST_VERB = /^[a-z]{3,}[^e]ed$/;

/**
 * The content words of a phrase: split at white space , & / and -, a trailing 's or ' taken off, stop words left out.
 * Read character by character (a split by pattern is slow); a phrase with a character outside ASCII, which may be
 * white space, goes the way of the patterns. (Exported for the unit test that holds it to the patterns.)
 */
export function content(words: string): string[] {
  const out: string[] = [];
  let a = 0;
  for (let i = 0; i <= words.length; i++) {
    const c = i < words.length ? words.charCodeAt(i) : 32;
    if (c > 127) return words.split(/[\s,&/-]+/).map((w) => w.replace(/'s$|'$/, '')).filter((w) => w && !STOP.has(w));
    if (!(isAsciiSpace(c) || c === 44 || c === 38 || c === 47 || c === 45)) continue;
    if (i > a) {
      let w = words.slice(a, i);
      if (w.endsWith("'s")) w = w.slice(0, -2);
      else if (w.endsWith("'")) w = w.slice(0, -1);
      if (w && !STOP.has(w)) out.push(w);
    }
    a = i + 1;
  }
  return out;
}

/** White space as \s reads it, among ASCII characters. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** text.trim().split(/\s+/), read character by character for an ASCII text (exported for its unit test). */
export function spaceWords(text: string): string[] {
  const out: string[] = [];
  let a = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c > 127) return text.trim().split(/\s+/);
    if (!isAsciiSpace(c)) continue;
    if (i > a) out.push(text.slice(a, i));
    a = i + 1;
  }
  // (an empty or blank text splits into one empty word)
  if (out.length === 0) out.push('');
  return out;
}

/**
 * Role phrases that end right before a person's name (the text given ends where the name starts). Each says what a
 * text needs for it to match, tested before the pattern: `ends`, the words one of which is the text's last word
 * (its last run of a-z), or `has`, strings the text holds.
 */
const BEFORE: { re: RegExp; type: RoleType; group?: 'portfolio' | 'place'; ends?: readonly string[]; has?: readonly string[]; home?: boolean }[] = [
  { re: /\bmps?\s+for\s+([a-z' -]{2,40}?)$/, type: 'mp', group: 'place', has: ['mp', 'for'] },
  { re: /\b([a-z'-]+(?:\s+[a-z'-]+)?)\s+mp$/, type: 'mp', group: 'place', ends: ['mp'] },
  { re: /\bmp$/, type: 'mp', ends: ['mp'] },
  { re: /\bminister\s+(?:of\s+state\s+)?for\s+([a-z' &,-]{2,60}?)$/, type: 'minister', group: 'portfolio', has: ['minister', 'for'] },
  { re: /\b([a-z'-]+(?:\s+and\s+[a-z'-]+)?)\s+minister$/, type: 'minister', group: 'portfolio', ends: ['minister'] },
  { re: /\bminister$/, type: 'minister', ends: ['minister'] },
  { re: /\b(?:[a-z'-]+\s+secretary|secretary\s+of\s+state(?:\s+for\s+[a-z' &,-]{2,40}?)?)$/, type: 'minister', group: 'portfolio', has: ['secretary'] },
  { re: /\b(?:cabinet|lead)\s+member\s+(?:for|responsible\s+for|with\s+responsibility\s+for|in\s+charge\s+of)\s+([a-z' &,-]{2,60}?)$/, type: 'cabinet-member', group: 'portfolio', has: ['member'] },
  // ("the councillor responsible for children's services", "the portfolio holder for …": the cabinet member's post)
  { re: /\bcouncillor\s+(?:responsible\s+for|with\s+responsibility\s+for|in\s+charge\s+of)\s+([a-z' &,-]{2,60}?)$/, type: 'cabinet-member', group: 'portfolio', has: ['councillor'] },
  { re: /\bportfolio\s+holder\s+for\s+([a-z' &,-]{2,60}?)$/, type: 'cabinet-member', group: 'portfolio', has: ['holder'] },
  { re: /\b([a-z'-]+(?:\s+[a-z'-]+)?)\s+cabinet\s+member$/, type: 'cabinet-member', group: 'portfolio', ends: ['member'] },
  { re: /(?:^|\s)cabinet\s+member$/, type: 'cabinet-member', ends: ['member'] },
  { re: /\bopposition\s+leader$|\bleader\s+of\s+the\s+opposition$/, type: 'opposition-leader', ends: ['leader', 'opposition'] },
  { re: /\b(?:council|county\s+council)(?:'s)?\s+leader$|\bleader\s+of\s+(?:the|[a-z]+)\s+(?:county\s+)?council$/, type: 'council-leader', ends: ['leader', 'council'] },
  { re: /\bleader\s+of\s+the\s+([a-z' -]+?)\s+group$/, type: 'group-leader', group: 'portfolio', ends: ['group'] },
  { re: /\b([a-z'-]+(?:\s+[a-z'-]+)?)\s+group\s+leader$/, type: 'group-leader', group: 'portfolio', ends: ['leader'] },
  { re: /\b([a-z'-]+(?:\s+[a-z'-]+)?)\s+group's\s+leader$/, type: 'group-leader', group: 'portfolio', ends: ['leader'] },
  { re: /(?:^|[\s-])(?:deputy|vice)[\s-]+leader$/, type: 'council-leader', ends: ['leader'] },
  // ("Devon's leader": the home place's leader leads its council; `home` asks that the place be the story's own)
  { re: /(?:^|\s)([a-z][a-z -]{1,30}?)(?:'s|')\s+leader$/, type: 'council-leader', ends: ['leader'], home: true },
  { re: /(?:^|[.!?]\s*)leader$/, type: 'council-leader', ends: ['leader'] },
  { re: /\bdirector\s+of\s+([a-z' -]{2,40}?)$/, type: 'director', group: 'portfolio', has: ['director', 'of'] },
  { re: /\b([a-z'-]+(?:\s+[a-z'-]+)?)\s+director$/, type: 'director', group: 'portfolio', ends: ['director'] },
  { re: /\bchair(?:man|woman|person)?\s+of\s+(?:the|a)\s+([a-z' -]{2,40}?)$/, type: 'chair', group: 'portfolio', has: ['chair', 'of'] },
  { re: /\bchief\s+reporter$/, type: 'reporter', ends: ['reporter'] },
  { re: /\b([a-z'-]+)\s+(?:reporter|editor|correspondent)$/, type: 'reporter', group: 'portfolio', ends: ['reporter', 'editor', 'correspondent'] },
  // ("SEND task group vice-chair Cllr X", "the task group's chair, X": a deputy joined by a hyphen, a body's possessive)
  { re: /\b((?:[a-z'-]+\s+){0,2}[a-z-]+)(?:'s)?\s+(?:(?:vice|deputy)-)?chair(?:man|woman|person)?$/, type: 'chair', group: 'portfolio', ends: ['chair', 'chairman', 'chairwoman', 'chairperson'] },
  { re: /\bchief\s+executive(?:\s+of\s+[a-z' ]{2,40}?)?$/, type: 'chief-executive', has: ['executive'] },
];

/** What links a name to the post after it ("X as", "X, now"): the post is that name's. */
const AS_POST_OF = /^[\s*_]*(?:as|became|becomes|now|then|remains|remained)\s+(?:the\s+|a\s+|its\s+)?$/;

/** A word ending a post's words before a name that parts the post from the name. */
const SEQUENCE_END = /(?:^|\s)(?:after|before|following|replacing|succeeding|than|and|or|to|from|with|by|under|like|unlike|until|as)$/;

/** A word every BEFORE pattern holds (tested first: one cheap scan instead of two dozen failing ones). */
const BEFORE_WORD = /\b(?:mps?|minister|secretary|member|councillor|holder|leader|director|chair(?:man|woman|person)?|reporter|editor|correspondent|executive)\b/;

/** Role phrases that start a text that follows a person's name and a comma ("Steve Race, the MP for…"). */
const AFTER: { re: RegExp; type: RoleType; group?: 'portfolio' | 'place' }[] = [
  { re: /^mp\s+for\s+([a-z' -]{2,40})$/, type: 'mp', group: 'place' },
  { re: /^([a-z'-]+(?:\s+[a-z'-]+)?)\s+mp$/, type: 'mp', group: 'place' },
  { re: /^minister\s+(?:of\s+state\s+)?for\s+([a-z' &-]{2,60})$/, type: 'minister', group: 'portfolio' },
  { re: /^([a-z'-]+(?:\s+and\s+[a-z'-]+)?)\s+minister$/, type: 'minister', group: 'portfolio' },
  { re: /^(?:[a-z'-]+\s+secretary|secretary\s+of\s+state(?:\s+for\s+[a-z' &-]{2,40})?)$/, type: 'minister', group: 'portfolio' },
  { re: /^(?:cabinet|lead)\s+member\s+(?:for|responsible\s+for|with\s+responsibility\s+for)\s+([a-z' &-]{2,60})$/, type: 'cabinet-member', group: 'portfolio' },
  { re: /^([a-z'-]+(?:\s+[a-z'-]+)?)\s+cabinet\s+member$/, type: 'cabinet-member', group: 'portfolio' },
  { re: /^cabinet\s+member$/, type: 'cabinet-member' },
  // (and as records write it: "portfolio holder for …", "cabinet member, children's services" — not a body after the comma)
  { re: /^portfolio\s+holder\s+for\s+([a-z' &-]{2,60})$/, type: 'cabinet-member', group: 'portfolio' },
  { re: /^(?:cabinet|lead)\s+member,\s+(?!.*\b(?:council|county|authority)\b)([a-z' &-]{2,60})$/, type: 'cabinet-member', group: 'portfolio' },
  { re: /^opposition\s+leader$|^leader\s+of\s+the\s+opposition$/, type: 'opposition-leader' },
  { re: /^(?:the\s+)?(?:council|county\s+council)(?:'s)?\s+leader$|^leader\s+of\s+(?:the|[a-z]+)\s+(?:county\s+)?council$/, type: 'council-leader' },
  { re: /^leader\s+of\s+the\s+([a-z' -]+?)\s+group$/, type: 'group-leader', group: 'portfolio' },
  { re: /^([a-z'-]+(?:\s+[a-z'-]+)?)\s+group\s+leader$/, type: 'group-leader', group: 'portfolio' },
  { re: /^([a-z'-]+(?:\s+[a-z'-]+)?)\s+group's\s+leader$/, type: 'group-leader', group: 'portfolio' },
  { re: /^director\s+of\s+([a-z' -]{2,40})$/, type: 'director', group: 'portfolio' },
  { re: /^([a-z'-]+(?:\s+[a-z'-]+)?)\s+director$/, type: 'director', group: 'portfolio' },
  // ("vice-chair of a cross-party SEND task group": the group named as a reader first meets it)
  { re: /^chair(?:man|woman|person)?\s+of\s+(?:the|a)\s+([a-z' -]{2,40})$/, type: 'chair', group: 'portfolio' },
  { re: /^chair(?:man|woman|person)?\s+of\s+([a-z'-]+(?:\s+[a-z'-]+)?\s+council)$/, type: 'chair', group: 'portfolio' },
  // a post, a comma and its body, as a list of those present writes them ("(Vice-Chair, SEND Task Group)", "(Leader, Labour Group)")
  { re: /^chair(?:man|woman|person)?,\s+(?:the\s+)?([a-z' -]{2,40}?\s(?:group|committee|panel|board))$/, type: 'chair', group: 'portfolio' },
  { re: /^leader,\s+(?:the\s+)?([a-z' -]+?)\s+group$/, type: 'group-leader', group: 'portfolio' },
  { re: /^chief\s+reporter$/, type: 'reporter' },
  { re: /^([a-z'-]+)\s+(?:reporter|editor|correspondent)$/, type: 'reporter', group: 'portfolio' },
  { re: /^([a-z'-]+(?:\s+[a-z'-]+){0,2})\s+chair(?:man|woman|person)?$/, type: 'chair', group: 'portfolio' },
  { re: /^chief\s+executive(?:\s+of\s+[a-z' ]{2,40})?$/, type: 'chief-executive' },
];

// (longer alternatives first: "the" would otherwise take the start of "the council's" and leave "council's …")
const QUALIFIER = /^(?:(?:who\s+(?:has\s+|had\s+)?(?:[a-z]+ly\s+)?(?:left|quit|stepped\s+down|resigned|stood\s+down|departed)\s+as|who's|who\s+(?:is|was|has\s+been|had\s+been|remains|remained|became|becomes|(?:serves|served|acts|acted|works|worked)\s+as)(?:\s+still|\s+now|\s+also)?|(?:serving|acting|speaking|writing)\s+as|in\s+(?:his|her|their)\s+(?:capacity|role)\s+as|is|was|now|then|currently|still|as)\s+)?(?:(?:the\s+(?:council|authority)'s|[a-z]+\s+county\s+council's|the\s+(?!children's\b)[a-z]+'s|the|a|an|(?!children's\b)[a-z]+'s|its|our)\s+)?(?:(?:former|new|interim|acting|then|current|newly\s+appointed)\s+)?/;

/** Each party phrase of a model and its party (the first in the model's order where two share a phrase). */
function partiesByPhrase(m: Model): Map<string, string> {
  const byPhrase = new Map<string, string>();
  for (const pp of m.partyPhrases) if (!byPhrase.has(pp.phrase)) byPhrase.set(pp.phrase, pp.party.id);
  return byPhrase;
}

function partyOf(ctx: Ctx, phrase: string): string | undefined {
  return indexOf(ctx, rolesRule).partyByPhrase.get(normPhrase(phrase));
}

/** The party a group's name abbreviates ("lab" written "Lab"), when the abbreviation stands capitalised in the copy. */
function abbreviatedParty(ctx: Ctx, captured: string, said: string): string | undefined {
  const id = ctx.m.partyAbbreviations.get(normPhrase(captured));
  return id && captured.length >= 2 && spelledWithCapitals(said, [captured]) ? id : undefined;
}

/** A time said after a post ("… at the time", "… then", "… at that meeting"): not part of its portfolio or place. */
const TRAILING_TIME = /\s+(?:at\s+the\s+time|at\s+(?:that|the|this)\s+(?:time|meeting)|back\s+then|then|now|currently|these\s+days|at\s+present)$/;

/**
 * The words without the possessive of the body such posts are held in at their start ("dfe's" of "dfe's schools"
 * before "minister"); another body's ("somerset's" before "director") stays: the post is that body's.
 */
function withoutBodyPossessive(ctx: Ctx, words: string, type: RoleType): string {
  // (a party's running of it told before the body: "the then Conservative-run council's cabinet member")
  const r = /^(?:the\s+)?(?:then\s+)?(?:[a-z]+(?:\s[a-z]+)?-(?:run|led|controlled)\s+)?([a-z][a-z ]*?)'s(?:\s+|$)/.exec(words);
  const org = r ? ctx.m.orgPhrases.find((o) => o.phrase === r[1])?.org : undefined;
  if (r && org) return ctx.m.dataset.roles.some((x) => x.type === type && x.organisation === org.id) ? words.slice(r[0].length) : words;
  return withoutBodyName(ctx, words, type);
}

/**
 * "Devon's (then) cabinet member": the story's own place, whose council holds the post, is no portfolio. (Another
 * place's, "Somerset's director", stays in the words: a post there is not one of the home council's.)
 */
function withoutPlacePossessive(ctx: Ctx, words: string): string {
  const r = /^(?:the\s+)?([a-z][a-z -]*?)(?:'s|')(?:\s+|$)/.exec(words);
  return r && ctx.m.places.home.includes(r[1]) ? words.slice(r[0].length) : words;
}

/**
 * "dcc cabinet member", "devon county council cabinet member": the name of the body such posts are held in, used as
 * an adjective before the post, is no portfolio either.
 */
const HOLDING_BODIES = new Set(['council', 'government']);

function withoutBodyName(ctx: Ctx, words: string, type: RoleType): string {
  const bare = words.replace(/^the\s+/, '');
  const cut = leadingBodyName(ctx, bare, (org) => ctx.m.dataset.roles.some((x) => x.type === type && x.organisation === org));
  return cut ? bare.slice(cut).trim() : words;
}

/**
 * The length of the longest name of a body that holds posts opening `words`, a space or their end after it, of the
 * bodies `holds` accepts (by id); 0 for none. (A council or a department holds posts; a group's or a board's name before
 * "chair" is the post's own.)
 */
function leadingBodyName(ctx: Ctx, words: string, holds: (org: string) => boolean = () => true): number {
  let cut = 0;
  for (const o of ctx.m.orgPhrases) {
    if (o.phrase.length <= cut || !HOLDING_BODIES.has(o.org.kind) || !words.startsWith(o.phrase) || !/^(?:\s|$)/.test(words.slice(o.phrase.length))) continue;
    if (holds(o.org.id)) cut = o.phrase.length;
  }
  return cut;
}

/** Words of time before an MP's party or place ("the new Labour MP", "its then MP"). */
const MP_TIME_WORDS = /^(?:(?:new|newly[- ]elected|former|then|current|outgoing|incoming|sitting|own)\s+)+/;

/** A spaced dash before an article or a possessive: a gloss begins. */
const SPACED_DASH = /\s[-\u2013\u2014]\s+(?:the|a|an|this|that|his|her|their|its)\s/i;

/** An adjective by its ending: a word that describes a post-holder ("visible", "relevant", "effective"), not a portfolio. */
const DESCRIBING = /^[a-z]{2,}(?:ible|able|ive|ful|ous|ent|ant|less)$/;

/** Where the text from `start` goes on past the given words (and the space after them), or `start` if it does not open with them. */
function startPast(masked: string, start: number, end: number, words: string[]): number {
  let at = start;
  for (const w of words) {
    while (at < end && isAsciiSpace(masked.charCodeAt(at))) at++;
    if (!masked.startsWith(w, at)) return start;
    at += w.length;
  }
  while (at < end && isAsciiSpace(masked.charCodeAt(at))) at++;
  return at;
}

/** A portfolio's words that refer back to something named elsewhere ("this work", "their area", "that brief"). */
const REFERS_BACK = /^\s*(?:this|that|these|those|its|their|our|your|his|her|my)\s/;

function makeClaim(ctx: Ctx, type: RoleType, group: 'portfolio' | 'place' | undefined, captured: string | undefined, start: number, end: number, whole = '', after = false): RoleClaim | undefined {
  const c: RoleClaim = { type, start, end };
  // A Secretary of State is a different post from any junior minister's: it never matches a minister's portfolio.
  if (whole.includes('secretary') && /\bsecretary\b/.test(whole)) return { ...c, portfolio: 'secretary-of-state' };
  if (captured !== undefined && group) {
    // "cabinet member for children's services at the time": the time is the claim's, not the portfolio's
    captured = captured.replace(TRAILING_TIME, '');
    // ("Cabinet Member for Children's Services – the job X took on": a spaced dash and an article inside what was read
    // as one post part the post from a gloss on it, no post of its own; "SEND task group — chair X" stays one)
    if (SPACED_DASH.test(ctx.text.slice(start, end))) return undefined;
    // ("the lead member for this work": what a demonstrative or possessive after "for" refers back to is no portfolio)
    if (REFERS_BACK.test(captured) && whole.endsWith(captured) && /\b(?:for|of)\s+$/.test(whole.slice(0, whole.length - captured.length))) return c;
    const raw = spaceWords(captured);
    // before a role word the portfolio follows the last function word ("departure of director");
    // after it, the portfolio stops at the first ("for children's services in the Lib Dem-run authority")
    if (after) {
      let first = -1;
      // ("Minister for Children and Families": an "and" between two capitalised words joins a title's own)
      const titled = raw.includes('and') && TITLE_AND.test(ctx.text.slice(start, end));
      for (let i = 0; i < raw.length && first < 0; i++) if (FUNCTION_WORDS.has(raw[i]) && !(titled && raw[i] === 'and')) first = i;
      if (first > 0) captured = raw.slice(0, first).join(' ');
    } else {
      let cut = -1;
      // (a verb's past tense before the title is the verb's: "questioned interim director Julian Wooster"; so is an
      // auxiliary a question puts first: "How long did cabinet member X say …")
      for (let i = raw.length - 1; i >= 0 && cut < 0; i--) if (FUNCTION_WORDS.has(raw[i]) || PAST_VERB.test(raw[i]) || AUXILIARIES.has(raw[i])) cut = i;
      // (and the word after a subject pronoun is its verb: "It quotes cabinet member X", "she thanks interim director Y")
      if (cut >= 0 && cut + 1 < raw.length && SUBJECT_PRONOUNS.has(raw[cut])) cut++;
      // (and a participle opening its clause after a comma: "…, echoing cabinet member X's warning")
      if (cut < 0 && /^[a-z]{3,}ing$/.test(raw[0] ?? '') && !ING_PORTFOLIOS.has(raw[0]) && /,\s*$/.test(ctx.text.slice(Math.max(0, start - 3), start))) cut = 0;
      if (cut >= 0) {
        captured = raw.slice(cut + 1).join(' ');
        // (a question's auxiliary and the words before it are no part of the claim: "Which party did cabinet member
        // X represent" is told from "cabinet", so the question's "did" stands before it)
        if (AUXILIARIES.has(raw[cut])) c.start = start = startPast(ctx.masked, start, end, raw.slice(0, cut + 1));
      }
    }
    // "the DfE's minister": the body whose post it is, not the post's portfolio; so is the home place's ("Devon's
    // then cabinet member")
    captured = withoutPlacePossessive(ctx, withoutBodyPossessive(ctx, captured, type));
    const words = content(captured);
    if (group === 'place') {
      // ("the new Labour MP", "its former MP": words of time before the party or place are neither; nor is a
      // possessive, "my MP", "our local MP")
      const bare = captured.replace(/^(?:the|a|an|my|our|your|his|her|their|its)(?:\s+|$)/, '').replace(MP_TIME_WORDS, '');
      const placeWords = content(bare);
      if (placeWords.length === 0) return c;
      // (a seat is a place's name, capitalised: "the most outspoken MP", "the city's MP" name none)
      if (!spelledWithCapitals(ctx.text.slice(start, end), placeWords)) return c;
      const party = partyOf(ctx, bare);
      if (party) return c; // "Labour MP": a party, not a place
      c.place = placeWords.join(' ');
      c.words = placeWords;
    } else {
      // (a council's chair, "council chairman": the post with no portfolio, read by chairOfLedCouncil)
      if (words.length === 0) return type === 'director' || type === 'minister' || type === 'cabinet-member' || (type === 'chair' && /\bcouncil\b/.test(captured)) ? c : undefined;
      // "Conservative cabinet member": a party, checked as a party
      // (or its abbreviation in capitals: "Con cabinet member")
      const unled = captured.replace(/^(the|a|an)\s+/, '');
      if (type !== 'group-leader' && (partyOf(ctx, unled) ?? abbreviatedParty(ctx, unled, ctx.text.slice(start, end)))) return c;
      // "a visible cabinet member", "the relevant director": one word before the post that describes it (an adjective's
      // ending, lower case in the copy) is no portfolio
      if (words.length === 1 && DESCRIBING.test(words[0]) && !/[A-Z]/.test(ctx.text.slice(start, end).slice(0, 40))) return c;
      // "leader of the opposition group", "opposition group leader": the group is the opposition, the post its leader
      if (type === 'group-leader' && words.join(' ') === 'opposition') return { type: 'opposition-leader', start, end, ownOnly: true };
      c.portfolio = words.join(' ');
      c.words = words;
      // (a party's abbreviation in capitals names its group too: "Lab group leader", "LD group leader")
      if (type === 'group-leader') c.party = partyOf(ctx, captured) ?? abbreviatedParty(ctx, captured, ctx.text.slice(start, end));
      if (type === 'director' && words.every((w) => w === 'interim')) c.portfolio = undefined;
    }
  }
  return c;
}

/** Does each word (lower case) stand capitalised in `said` where it first comes as a word of its own? */
function spelledWithCapitals(said: string, words: string[]): boolean {
  const lower = said.toLowerCase();
  return words.every((w) => {
    let i = lower.indexOf(w);
    while (i > 0 && /\p{L}/u.test(lower[i - 1])) i = lower.indexOf(w, i + 1);
    return i < 0 || said[i] !== lower[i];
  });
}

/** The first letters of the title words, as bits (a = 1). */
const TITLE_FIRSTS = TITLE_WORDS.reduce((bits, t) => bits | (1 << (t.charCodeAt(0) - 97)), 0);

/** Is s[w, e), a run of a-z, one of the title words? (compared in place: no slice for each word before a name) */
function isTitleWord(s: string, w: number, e: number): boolean {
  // most words before a name start with another letter: no comparison
  if (((TITLE_FIRSTS >> (s.charCodeAt(w) - 97)) & 1) === 0) return false;
  for (let i = 0; i < TITLE_WORDS.length; i++) if (TITLE_WORDS[i].length === e - w && s.startsWith(TITLE_WORDS[i], w)) return true;
  return false;
}

/**
 * Where the text s[lo, end) before a name ends without trailing spaces, a comma and a title word
 * ("…minister for schools, Cllr "): the text is s[lo, result).
 */
function trimTitle(s: string, lo: number, end: number): number {
  let e = skipBack(s, lo, end);
  if (e > lo && s.charCodeAt(e - 1) === 46) e--; // "Dr."
  let w = e;
  while (w > lo && isLowerLetter(s.charCodeAt(w - 1))) w--;
  // a whole word: the character before is no letter (the loop stopped there), digit or apostrophe
  const c = w > lo ? s.charCodeAt(w - 1) : -1;
  if (w < e && isTitleWord(s, w, e) && !((c >= 48 && c <= 57) || c === 39)) e = skipBack(s, lo, w);
  else if (e < end && s.charCodeAt(e) === 46) e++;
  return e;
}

/** Where s[lo, e) ends without its trailing spaces, line breaks and commas. */
function skipBack(s: string, lo: number, e: number): number {
  while (e > lo) {
    const c = s.charCodeAt(e - 1);
    if (c !== 32 && c !== 10 && c !== 44) break;
    e--;
  }
  return e;
}

/** A character that ends a clause before a name: , ; ( : " */
function isClauseMark(c: number): boolean {
  return c === 44 || c === 59 || c === 40 || c === 58 || c === 34;
}

/** What parts a line's fields: a middle dot, a bullet, a bar or a tab. */
const FIELD_SEPARATOR = /[\u00b7\u2022|\t]/;

/** Does the name at `name` open a line (its title aside) after a line whose fields a separator parts, from `base`? */
function lineOfFields(text: string, base: number, name: number): boolean {
  // (a search back no further than `base`: one to the paragraph's start, for each name, would be quadratic)
  let nl = name - 1;
  while (nl >= base && text.charCodeAt(nl) !== 10) nl--;
  return nl >= base && FIELD_SEPARATOR.test(text.slice(base, nl)) && /^[\s*_>-]*(?:(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+)?$/i.test(text.slice(nl + 1, name));
}

/** The length of the longest of BEFORE's last words. */
const LONGEST_END = Math.max(...BEFORE.flatMap((b) => b.ends ?? []).map((w) => w.length));

function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

function holdsAll(text: string, parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) if (!text.includes(parts[i])) return false;
  return true;
}

/** A word after a post that says it is the one concerned: "the cabinet member in charge", "the minister responsible". */
// (or a participle's phrase of where it is named: "the cabinet member named in our reporting is X")
const POSTPOSITIVE = /\s+(?:in\s+charge|responsible|concerned|(?:named|listed|quoted|mentioned|cited|identified)\s+(?:in|by|on)\s+(?:[a-z']+\s+){0,3}[a-z']+)$/;

/**
 * A post before a name's comma, unless the name after the comma is no apposition to it: a possessive that owns what
 * follows ("… as the new cabinet member for children's services, Josh MacAlister's letter as …"), or the subject of a
 * clause of its own after a post that was another's predicate ("X was cabinet member for children's services, Carol
 * Whitton led the Labour group").
 */
function apposed(masked: string, lo: number, mention: Mention, claim: RoleClaim | undefined): RoleClaim | undefined {
  if (!claim || claim.end > mention.start || !COMMA_THEN_NAME.test(masked.slice(claim.end, mention.start))) return claim;
  if (/^['\u2019]s\b/.test(masked.slice(mention.end, mention.end + 3))) return undefined;
  // (a name then its verb, past any bracket of party and ward: a clause of its own; a name closed by a comma, or
  // ending the sentence, is the post's apposition still: "… is the cabinet member, Cllr X, who …")
  const ownClause = /^\s*[a-z]/.test(masked.slice(mention.end, mention.end + 80).replace(/^\s*\([^()]*\)/, ''));
  return ownClause && PREDICATE_BEFORE.test(masked.slice(Math.max(lo, claim.start - 16), claim.start)) ? undefined : claim;
}
/** A time after a post, before the name in apposition: the post as it was then ("… at the time, X"). */
const POST_THEN_AFTER = new RegExp(`\\s+${THEN_AFTER}$`);
/** What stands between a post and the name after it in apposition: a comma and a title ("…, Cllr "). */
const COMMA_THEN_NAME = /^\s*,\s*(?:(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+)?$/;
/** The last copula of a clause, with the words after it (up to its end) free of another. */
const LAST_COPULA = /\b(?:is|was|are|were|became|becomes|remains|remained)\s+(?!.*\b(?:is|was|are|were|became|becomes|remains|remained)\s)/;
/** A copula right before a post: the post is said of the subject before it ("X was cabinet member for …"). */
const PREDICATE_BEFORE = /\b(?:was|is|were|are|became|becomes|remained|remains)\s+(?:the\s+)?$/;

/**
 * A role phrase in the text before a name: masked[lo, e) is the text up to 90 characters back, without the title
 * (Cllr, Councillor, Mr…) and comma before the name (see checkRoles).
 */
function claimBefore(ctx: Ctx, mention: Mention, lo: number, end: number): RoleClaim | undefined {
  const { masked } = ctx;
  // "The cabinet member was Cllr X": the post is said of the name as in "X was the cabinet member", in its tense
  const copula = COPULA_BEFORE.exec(masked.slice(Math.max(lo, end - 24), end));
  let e = copula ? end - copula[0].length : end;
  // "the cabinet member in charge, Cllr X", "the cabinet member responsible, X": a word after the post that says it
  // is the one concerned, read past
  const after = POSTPOSITIVE.exec(masked.slice(Math.max(lo, e - 44), e));
  if (after) e -= after[0].length;
  // "the council leader at the time, X", "our MP back then, X": a time after the post marks it as "then" before it does
  const then = !copula && POST_THEN_AFTER.exec(masked.slice(Math.max(lo, e - 20), e));
  if (then) e -= then[0].length;
  if (e <= lo) return undefined;
  // only the last clause: it starts after the last clause mark, or a dash between spaces, which parts a heading or
  // a label from the post after it ("Cab item 9 — cabinet member Cllr …") as a colon would
  let base = e;
  while (base > lo && !isClauseMark(masked.charCodeAt(base - 1)) && !spacedDashAt(masked, base - 1)) base--;
  // (nor past a line break where the post's line opens with a capital: a line of its own, "*Grade: Trying*⏎Cabinet
  // member Andrew Leadbetter …")
  let nl = e - 1;
  while (nl >= base && masked.charCodeAt(nl) !== 10) nl--; // (within the clause only: a search back to the paragraph's start would be quadratic)
  if (nl >= base && /^[\s*_>-]*[A-Z]/.test(ctx.text.slice(nl + 1, e))) base = nl + 1;
  // (nor a post that ends a line of fields, the name opening the next: "Josh MacAlister · Minister for …⏎Cllr X · …"
  // gives each line's name its post)
  else if (lineOfFields(ctx.text, base, mention.start)) return undefined;
  // (nor past a copula: "The councillor responsible for … is the Cabinet Member, Cllr X" gives X the post after "is")
  const copulaIn = LAST_COPULA.exec(masked.slice(base, e));
  if (copulaIn) base += copulaIn.index + copulaIn[0].length;
  // …unless the heading is in the words posts are named with: then it says what the post is of ("SEND task group —
  // chair Cllr …" is the task group's chair), and is read with it, the dash as a space
  const heading = base > lo + 1 && spacedDashAt(masked, base - 1) ? headingOfPost(ctx, lo, base - 1) : -1;
  const chunk = heading >= 0 ? `${masked.slice(heading, base - 1)} ${masked.slice(base, e)}` : masked.slice(base, e);
  if (heading >= 0) base = heading;
  // every BEFORE pattern ends on one of these words: without one, none can match
  if (!BEFORE_WORD.test(chunk)) return undefined;
  // the chunk's last word, which most patterns need to be their role word (no pattern takes a longer one)
  let w = e;
  while (w > base && e - w <= LONGEST_END && isLowerLetter(masked.charCodeAt(w - 1))) w--;
  const last = e - w <= LONGEST_END ? masked.slice(w, e) : '';
  for (const b of BEFORE) {
    if (b.ends ? !b.ends.includes(last) : !holdsAll(chunk, b.has!)) continue;
    const mm = b.re.exec(chunk);
    // ("his own party's minister": an owner's possessive is no portfolio — but a party's is a group leader's group)
    if (!mm || (b.group === 'portfolio' && b.type !== 'group-leader' && ownerPossessive(ctx, mm[1]))) continue;
    if (b.home && !ctx.m.places.home.includes(normPhrase(mm[1]))) continue;
    // ("director of children's services after Melissa Caslake's departure": a post before a word of sequence or
    // joining is another's)
    if (b.group === 'portfolio' && mm[1] && mm[0].endsWith(mm[1]) && SEQUENCE_END.test(mm[1])) return undefined;
    const start = base + mm.index + (mm[0].length - mm[0].trimStart().length);
    const claim = makeClaim(ctx, b.type, b.group, mm[1], start, base + mm.index + mm[0].length, mm[0]);
    const made = claim && deputyBefore(chunk, mm.index, mm[0], claim, base);
    return made && copula ? { ...made, past: PAST_LINK.test(copula[0]), started: STARTING.test(copula[0]), linked: true } : made;
  }
  return undefined;
}


/** Nouns whose possessive before a post names who the post belongs to, not its portfolio ("the government's minister"). */
const OWNER_NOUNS = new Set(['party', 'government', 'council', 'authority', 'department', 'country', 'nation', 'county', 'city', 'town']);

/** Are a portfolio's words one possessive of an owner: a party or an owner noun ("party's", "Labour's")? */
function ownerPossessive(ctx: Ctx, words: string | undefined): boolean {
  const r = words ? /^([a-z-]+)'s?$/.exec(words) : null;
  return !!r && (OWNER_NOUNS.has(r[1]) || ctx.m.partyPhrases.some((p) => p.phrase === r[1]));
}

/**
 * Where the heading before the spaced dash at `dash` starts, when all its content words are words of the sourced posts'
 * titles ("SEND task group", "Labour group"); else -1 ("Cab item 9", "SEND task grp report").
 */
function headingOfPost(ctx: Ctx, lo: number, dash: number): number {
  const { masked } = ctx;
  let h = dash - 1;
  while (h > lo && !isClauseMark(masked.charCodeAt(h - 1)) && !spacedDashAt(masked, h - 1)) h--;
  const words = content(masked.slice(h, dash));
  const titleWords = indexOf(ctx, rolesRule).titleWords;
  return words.length > 0 && words.every((w) => titleWords.has(w)) ? h : -1;
}

/**
 * What follows a name before a role: a comma ("Steve Race, the MP for…"), an opening bracket ("Andrew Kay (chief
 * reporter)") or a dash, or a verb of holding or leaving and "as".
 */
const COMMA_AFTER = /^'?s?\s*(?:[,(]|\s[–—-])\s*/;
const LEFT_AS = /^\s+(?:has\s+|had\s+)?(?:[a-z]+ly\s+|still\s+)?(?:left|quit|stepped\s+down|resigned|stood\s+down|departed|took\s+over|stepped\s+in|started|began|served|serves|remains|stays|is\s+staying|continues|continued|(?:is|was)\s+(?:still\s+)?in\s+post)\b[^,.;]{0,24}?\b(?:as|from)\s+/;
/** "Melissa Caslake is (still) director of …", "… was", "… became": a post said of a name with a copula (QUALIFIER reads the "the" after it). */
// (and "was brought in as", "was drafted in as", "was hired as": ways of appointing)
const IS_POST = /^\s+(?:(?:is|was|has\s+(?:just\s+|recently\s+|since\s+)?been|had\s+(?:just\s+|recently\s+|since\s+)?been)\s+(?:(?:appointed|named|elected|made)(?:\s+as)?|(?:brought|drafted|parachuted)\s+in\s+as|(?:installed|hired|recruited|taken\s+on)\s+as)|is|was|has\s+been|had\s+been|became|becomes|remains|remained)\s+(?:still\s+|now\s+|also\s+)?(?=(?:the\s+)?[a-z])/;
/** The first words of IS_POST after a space, tried in place where a name ends (no slice, no stateful pattern). */
const COPULAS = ['is ', 'was ', 'has been ', 'had been ', 'became ', 'becomes ', 'remains ', 'remained '];
/** A copula (one of COPULAS) between a post and the name after it ("The cabinet member was Cllr …", "… became"). */
const COPULA_BEFORE = new RegExp(`\\s(?:${COPULAS.map((c) => c.trim().replace(/ /g, '\\s+')).join('|')})(?:\\s+(?:still|now|then|also))?\\s*$`);

function copulaAt(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 32) return false;
  for (let k = 0; k < COPULAS.length; k++) if (s.startsWith(COPULAS[k], i + 1)) return true;
  return false;
}

/** The words between a name and its post that set the post in the past (or start it then: "became"). */
const PAST_LINK = /\b(?:was|had\s+been|remained|became|served|acted|worked|appointed|named|elected|continued)\b/;
/** The same, tried where a name ends in the whole text (sticky, without the ^). */
const COMMA_AFTER_AT = new RegExp(COMMA_AFTER.source.slice(1), 'y');
const LEFT_AS_AT = new RegExp(LEFT_AS.source.slice(1), 'y');

/** Where the words of a role after a name end: at punctuation or a speech verb, and at "and" after "who leads…" (else at who, which, has…, or "at" before the body: "director of … at Devon County Council"). */
const CHUNK_END = new RegExp(`[,.;:()"!?]|\\s(?:${SPEECH_VERBS.join('|')}|and)\\b`);
/**
 * Where a post after a name ends: at punctuation, a dash, a speech verb, a relative or an auxiliary, "at" or "by" before
 * a body, a word of time ("who left as chief executive recently", "… in 2022"), or "and" before another verb.
 */
// (and at a clause of time after it: "appointed permanent director of children's services after X left", "… when the
// Liberal Democrats took charge")
const ROLE_AFTER_END = new RegExp(`[,.;:()"!?–—]|\\s-\\s|\\s(?:${SPEECH_VERBS.join('|')}|who|which|has|had|is|was|at|by|recently|earlier|last|this|after|when|in\\s+(?:19|20)\\d\\d|and\\s+(?!families\\b)[a-z]+\\s+(?:said|says)|and\\s+(?:wrote|writes|spoke|speaks|took|takes|gave|gives|has|had|was|is))\\b`);

/**
 * "Julian Brazil, the Lib Dem leader of the opposition": a party before a post after a name, the post read without it
 * (the party is the party checks'). The claim's span keeps the party's words.
 */
function afterParty(ctx: Ctx, post: string, start: number, end: number): RoleClaim | undefined {
  const party = ctx.m.partyPhrases.find((p) => post.startsWith(p.phrase + ' '));
  const claim = party && roleAfter(ctx, post.slice(party.phrase.length + 1), start + party.phrase.length + 1, end);
  return claim ? { ...claim, start } : undefined;
}

/** "the cabinet member answering for children's services", "responsible for": the post's portfolio, as "for" gives it. */
const ANSWERING_FOR = /\b(?:answering|responsible|accountable)\s+for\b/;
/** A word after a post that says it is the one concerned, and what follows it ("… responsible", "… now in charge of …"). */
const CONCERNED_AFTER = /\s+(?:now\s+)?(?:responsible|concerned|in\s+charge(?:\s+of\b.*)?)$/;

/** A name's bracket (of party and ward) with a comma or dash after it: what follows is a clause about the name. */
const BRACKET_THEN_CLAUSE = /^\s*\([^()]{1,60}\)(?=\s*(?:,|\s[\u2013\u2014-]))/;

function claimAfter(ctx: Ctx, s: SentenceInfo, mention: Mention): RoleClaim | undefined {
  const signed = postOnNextLine(ctx, mention);
  if (signed) return signed;
  // Most names are followed by neither: both are tried in place first, with no slice. Where one fails on the whole
  // text it fails on the text cut short below as well (neither holds $, and each \b is followed by characters it
  // needs, so a shorter text only takes matches away).
  COMMA_AFTER_AT.lastIndex = mention.end;
  LEFT_AS_AT.lastIndex = mention.end;
  if (!COMMA_AFTER_AT.test(ctx.masked) && !LEFT_AS_AT.test(ctx.masked) && !copulaAt(ctx.masked, mention.end)) return verbAfter(ctx, s, mention) ?? postInBrackets(ctx, s, mention) ?? withAs(ctx, s, mention);
  // "John Hart (Conservative, Bickleigh & Wembury), who leads the council": past the name's bracket of party and ward
  // (read by the party and ward checks) to the clause after it
  const bracket = BRACKET_THEN_CLAUSE.exec(ctx.masked.slice(mention.end, Math.min(s.end, mention.end + 64)));
  const at = mention.end + (bracket ? bracket[0].length : 0);
  const claim = postAfterAt(ctx, s, mention, at);
  if (claim) return claim;
  // ("X, formerly of Somerset, was brought in as …": past an aside that is no post to the verb after it)
  const aside = ASIDE_THEN_COPULA.exec(ctx.masked.slice(at, Math.min(s.end, at + 64)));
  return aside ? postAfterAt(ctx, s, mention, at + aside[0].length) : undefined;
}

/**
 * "with X as" a post, "from X as", "by X as", "under X as": the name those give, and the post after "as" ("… took over,
 * with Cllr X as council leader", "a letter from X as Minister for …"). Not a verb's "X as", which may tell how someone
 * was described ("named X as …", "captioned X as …").
 */
const WITH_BEFORE = /\b(?:with|from|by|under)\s+(?:(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+)?$/;
const AS_AFTER = /^\s+as\s+(?:(?:the|its|their|new)\s+)*/;

/** The post "with X as …" gives X, up to its clause's end. */
function withAs(ctx: Ctx, s: SentenceInfo, mention: Mention): RoleClaim | undefined {
  const as = AS_AFTER.exec(ctx.masked.slice(mention.end, mention.end + 24));
  if (!as || !WITH_BEFORE.test(ctx.masked.slice(Math.max(s.start, mention.start - 20), mention.start))) return undefined;
  const start = mention.end + as[0].length;
  const tail = ctx.masked.slice(start, Math.min(s.end, start + 80));
  const stop = ROLE_AFTER_END.exec(tail);
  const words = (stop ? tail.slice(0, stop.index) : tail).trimEnd();
  return words ? roleAfter(ctx, words, start, start + words.length) : undefined;
}

/** An aside set off by commas right after a name, a copula after it ("…, formerly of Somerset, was …"). */
const ASIDE_THEN_COPULA = /^\s*,[^,;()"]{1,50},(?=\s+(?:is|was|has\s+been|had\s+been|became|becomes)\s)/;

/** The post said right after a name, from `at` (past any bracket of party and ward): see claimAfter. */
function postAfterAt(ctx: Ctx, s: SentenceInfo, mention: Mention, at: number): RoleClaim | undefined {
  const rest = ctx.masked.slice(at, Math.min(s.end, at + 120));
  const mm = COMMA_AFTER.exec(rest) ?? LEFT_AS.exec(rest) ?? IS_POST.exec(rest);
  if (!mm || rest.startsWith("'s")) return undefined;
  let pos = mm[0].length;
  const q = QUALIFIER.exec(rest.slice(pos));
  if (q) pos += q[0].length;
  let tail = rest.slice(pos);
  // "who leads the Labour group", "who chairs the SEND task group", "who heads the council", "who holds the … brief"
  const verb = WHO_VERB.exec(tail);
  if (verb) return postOfVerb(ctx, verb, tail, at + pos);
  // "who runs children's services at County Hall", "who's in charge of children's services": a post over them
  // (read before QUALIFIER, which takes "who's" for a possessive)
  // (or "X remains in charge of children's services", "X is responsible for …": the same after a copula)
  const over = WHO_RUNS.exec(rest.slice(mm[0].length)) ?? (IS_POST.test(rest) ? IN_CHARGE_OF.exec(rest.slice(mm[0].length)) : null);
  if (over) return postOverService(ctx, mention, over[1], at + mm[0].length, at + mm[0].length + over[0].length);
  // "who represents Exeter in Parliament": an MP's seat (of someone the sources give as an MP, or said to be in Parliament)
  const seat = REPRESENTS.exec(tail);
  if (seat && (seat[2] || mention.person.roles.some((r) => r.role.type === 'mp'))) {
    const start = at + pos + seat[0].length - seat[1].length - (seat[2]?.length ?? 0);
    return roleAfter(ctx, `mp for ${seat[1]}`, start, start + seat[1].length);
  }
  const stop = ROLE_AFTER_END.exec(tail);
  const start = at + pos;
  // (a role "today" or "now" is the role: "who remains the council's cabinet member … today"; a date or the body
  // after it is not part of it: "… in May 2025", "leader of the Labour group on the council")
  const chunk = andName(ctx, s, roleWords(s, (stop ? tail.slice(0, stop.index) : tail), start), start);
  // ("the cabinet member responsible", "the cabinet member now in charge of turning it round": the post, no portfolio)
  const post = chunk.replace(ANSWERING_FOR, 'for').replace(CONCERNED_AFTER, '');
  const link = mm[0] + (q ? q[0] : '');
  // "the council's leader": the possessive names the body a bare "leader" leads
  const claim = chunk === 'leader' && BODY_POSSESSIVE.test(link)
    ? makeClaim(ctx, 'council-leader', undefined, undefined, start, start + chunk.length)
    : roleAfter(ctx, post, start, start + chunk.length) ?? afterParty(ctx, post, start, start + chunk.length) ?? firstLinePost(ctx, post, start) ?? postAndBody(ctx, mm[0], tail, start);
  if (!claim || postOfNextName(ctx, s, mention, claim.end)) return undefined;
  if (LEAVING.test(link)) return { ...claim, left: true };
  const started = STARTING.test(link);
  return PAST_LINK.test(link) || started ? { ...claim, past: true, started } : claim;
}

/**
 * A post that ends its line, the next line another's words: an address's ("To: X, Leader of Devon County Council⏎County
 * Hall, Exeter"). Read only when the words over both lines are no post.
 */
function firstLinePost(ctx: Ctx, post: string, start: number): RoleClaim | undefined {
  const nl = post.indexOf('\n');
  if (nl <= 0) return undefined;
  const line = post.slice(0, nl).trimEnd();
  return roleAfter(ctx, line, start, start + line.length);
}

/**
 * A signature's post: a name alone on its line, the post the next line, as letters and releases are signed
 * ("Councillor John Hart⏎Cabinet Member for Children's Services, Devon County Council"). The post runs to a comma,
 * bracket, dash or the line's end.
 */
function postOnNextLine(ctx: Ctx, mention: Mention): RoleClaim | undefined {
  const br = /^[ \t*_]*\r?\n[ \t*_]*/.exec(ctx.masked.slice(mention.end, mention.end + 12));
  if (!br) return undefined;
  const start = mention.end + br[0].length;
  const lineStart = ctx.masked.lastIndexOf('\n', mention.start - 1) + 1;
  if (!/[A-Z]/.test(ctx.text[start] ?? '') || !TITLE_ONLY.test(ctx.masked.slice(lineStart, mention.start))) return undefined;
  const lineEnd = ctx.masked.indexOf('\n', start);
  const line = ctx.masked.slice(start, lineEnd < 0 ? ctx.masked.length : lineEnd);
  const post = line.slice(0, /[,;(|\u2013\u2014]|\s-\s|\r|$/.exec(line)!.index).trimEnd();
  return post ? roleAfter(ctx, post, start, start + post.length) : undefined;
}

/**
 * A post and its body parted by a comma inside the brackets after a name, as a list of those present writes them:
 * "Cllr S Aves (Vice-Chair, SEND Task Group)", "(Leader, Labour Group)".
 */
function postAndBody(ctx: Ctx, link: string, tail: string, start: number): RoleClaim | undefined {
  if (!link.includes('(')) return undefined;
  const two = /^[a-z' -]{2,30},\s*[a-z' -]{2,40}(?=\))/.exec(tail);
  return two ? roleAfter(ctx, two[0].trimEnd(), start, start + two[0].trimEnd().length) : undefined;
}

/** Between a post and a name it stands before as that name's title: a comma, and a title word ("…, Cllr "). */
const TO_NEXT_NAME = /^\s*,\s*(?:(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+)?$/;

/**
 * "Cllr Leadbetter, the chair of the SEND task group, Su Aves, says …": a post after a name (one spoken to, or a list's)
 * that stands right before another name, with a comma, is that name's title, not the first's.
 */
function postOfNextName(ctx: Ctx, s: SentenceInfo, mention: Mention, end: number): boolean {
  for (const x of s.mentions) {
    if (x.start > end && x.person !== mention.person && x.start - end <= 16 && TO_NEXT_NAME.test(ctx.masked.slice(end, x.start))) return true;
  }
  return false;
}

/**
 * The words of a post cut before "and" and another person's name, where a clause of its own starts ("X has left as
 * chief executive and Julian Wooster was put in charge").
 */
function andName(ctx: Ctx, s: SentenceInfo, chunk: string, start: number): string {
  const and = / and (?=\S)/.exec(chunk);
  if (!and || !s.mentions.some((x) => x.start === start + and.index + 5)) return chunk;
  const head = chunk.slice(0, and.index);
  return roleAfter(ctx, head, start, start + head.length) ? head : chunk;
}

/** The words of LEFT_AS, IS_POST and QUALIFIER that start a tenure. */
const STARTING = /\b(?:took\s+over|became|started|began|appointed|named|elected|made|brought|drafted|parachuted|installed|hired|recruited|taken\s+on)\b/;

/** A council's possessive before a bare "leader" ("the council's", "the authority's", "its"). */
const BODY_POSSESSIVE = /\b(?:council's|authority's|its)\s+(?:(?:former|new|interim|acting|then|current)\s+)?$/;
/** Where a post's words end before the body it is held in ("… on the council", "… at County Hall"). */
const CLAUSE_LINK = /\s(?:after|when|before|because|while|following|once|as|and|but|until|since)\s+(?:the\s+|a\s+|its\s+)?[a-z]/;
const BODY_AFTER = /\s+(?:on|at|in)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:county\s+)?(?:council|authority|county(?:\s+hall)?|cabinet)$/;

/** The words of a post read after a name: cut at the first date in them, without a trailing time or body. */
function roleWords(s: SentenceInfo, text: string, start: number): string {
  let end = text.length;
  for (const d of s.dates) {
    if (d.start >= start && d.start - start < end) end = d.start - start;
  }
  let chunk = text.slice(0, end).trimEnd();
  if (end < text.length) {
    // a date in a clause of its own is that clause's ("… after the Lib Dems won control in May 2024"): no post read
    if (CLAUSE_LINK.test(chunk)) return text;
    // (the preposition of a date cut off: "in May 2025" leaves "in")
    chunk = chunk.replace(/\s+(?:in|on|from|since|until|till|by|during|after|before|last|this|next|earlier|later)$/, '');
  }
  return chunk.replace(NOW_AFTER, '').replace(BODY_AFTER, '');
}

/**
 * (or its participle with no "who": ", still leading the opposition group,"; an aside between commas after "who" is
 * passed over: "who, believe it or not, still leads the council")
 */
const WHO_VERB = /^(?:who(?:\s*,\s*[a-z'\u2019 ]{2,30}?\s*,)?\s+(?:still\s+|now\s+|also\s+|then\s+)?(leads|led|heads|headed|chairs|chaired|holds|held)|(lead|head|chair|hold)ing)\s+(?!on\s)(?:the\s+)?/;
/** The same verbs straight after the name: "Leadbetter chairs the SEND task group", "Whitton leads the Labour group". */
const VERB_AFTER = /^\s+(?:still\s+|now\s+|also\s+|then\s+)?(leads|led|heads|headed|chairs|chaired|holds|held)\s+(?:the\s+)?/;

/** "Andrew Kay (political editor)", "Cllr X (the council's new cabinet member for …, in post since May)": a post in brackets after a name. */
function postInBrackets(ctx: Ctx, s: SentenceInfo, mention: Mention): RoleClaim | undefined {
  const { masked } = ctx;
  if (masked.charCodeAt(mention.end) !== 32 || masked.charCodeAt(mention.end + 1) !== 40) return undefined;
  const r = /^ \(([^()]{2,120})\)/.exec(masked.slice(mention.end, Math.min(s.end, mention.end + 125)));
  if (!r) return undefined;
  // the post is the brackets' first part, without "the council's new" before it
  const part = r[1].split(/[,;]/)[0];
  const q = QUALIFIER.exec(part);
  const words = part.slice(q ? q[0].length : 0).trimEnd();
  const start = mention.end + 2 + (q ? q[0].length : 0);
  return words ? roleAfter(ctx, words, start, start + words.length) : undefined;
}

/** A post said with a verb straight after the name (VERB_AFTER), or nothing. */
function verbAfter(ctx: Ctx, s: SentenceInfo, mention: Mention): RoleClaim | undefined {
  // (most names are followed by none of these verbs' first letters: no slice)
  const c = ctx.masked.charCodeAt(mention.end + 1);
  // (l, h, c: leads, heads, chairs…; s, n, a, t: "still", "now", "also", "then" before them)
  if (ctx.masked.charCodeAt(mention.end) !== 32 || (c !== 108 && c !== 104 && c !== 99 && c !== 115 && c !== 110 && c !== 97 && c !== 116)) return undefined;
  const tail = ctx.masked.slice(mention.end, Math.min(s.end, mention.end + 120));
  const verb = VERB_AFTER.exec(tail);
  return verb ? postOfVerb(ctx, verb, tail, mention.end) : undefined;
}

/** The post a verb match (WHO_VERB or VERB_AT, read at the start of `tail`, which starts at `at`) says, up to the clause's end. */
function postOfVerb(ctx: Ctx, verb: RegExpExecArray, tail: string, at: number): RoleClaim | undefined {
  const rest = tail.slice(verb[0].length);
  // ("Su Aves chaired it — Labour, …": a pronoun is the thing led, named before, no post)
  if (PRONOUN_OBJECT.test(rest)) return undefined;
  const chunkEnd = CHUNK_END.exec(rest);
  const words = (chunkEnd ? rest.slice(0, chunkEnd.index) : rest).trimEnd().replace(BODY_AFTER, '');
  const claim = verbPost(ctx, verb[1] ?? verb[2] + 's', words, at + verb[0].length);
  if (!claim) return claim;
  if (/^(?:led|headed|chaired|held)$/.test(verb[1])) return { ...claim, past: true };
  return verb[0].startsWith('who') && verb[1] !== undefined ? { ...claim, nowTold: true } : claim;
}

const PRONOUN_OBJECT = /^(?:it|them|this|that|these|those|one|both|him|her)\b/;

/** A post said with a verb ("leads the council", "chairs the task group", "holds the children's services brief"). */
function verbPost(ctx: Ctx, verb: string, words: string, start: number): RoleClaim | undefined {
  if (verb === 'holds' || verb === 'held') {
    const brief = /^(.+?)\s+(?:brief|portfolio)$/.exec(words);
    return brief ? roleAfter(ctx, `cabinet member for ${brief[1]}`, start, start + words.length) : undefined;
  }
  const prefix = verb.startsWith('chair') ? 'chair of ' : 'leader of ';
  // (a body named with no article is asked as written: "Devon County Council – led by X")
  return roleAfter(ctx, `${prefix}the ${words}`, start, start + words.length) ?? roleAfter(ctx, prefix + words, start, start + words.length);
}

/** The place a service is said to be of, right after it: " in Somerset", " at neighbouring Cornwall" (group 1; read when the data knows it as another council's). */
const SERVICE_PLACE = /^\s+(?:in|at|for)\s+(?:neighbouring\s+|nearby\s+)?([a-z]+)\b/;
/** "who runs children's services", "who's in charge of children's services", "who leads on …": the service (group 1). */
const WHO_RUNS = /^who(?:'s|\s+is|\s+was)?\s+(?:still\s+|now\s+)?(?:runs|ran|oversees|oversaw|in\s+charge\s+of|responsible\s+for|answers\s+for|answered\s+for|leads\s+on|led\s+on)\s+(?:the\s+(?:council's\s+)?)?([a-z'\s]{4,40}?services)\b/;

/** After a copula: "in charge of children's services", "responsible for the council's children's services" (group 1 the service). */
const IN_CHARGE_OF = /^(?:still\s+|now\s+)?(?:in\s+charge\s+of|responsible\s+for)\s+(?:the\s+(?:council's\s+)?)?([a-z'\s]{4,40}?services)\b/;

/**
 * The person's own post over a service ("who runs children's services" of a cabinet member for children's services
 * or a director of children's services): read as that post, so that only its time is asked. None when the sources
 * give the person no post over the service: who runs it is not said.
 */
function postOverService(ctx: Ctx, mention: Mention, service: string, start: number, end: number): RoleClaim | undefined {
  const r = mention.person.roles.find((x) => normPhrase(x.role.title).includes(normPhrase(service)));
  if (!r) return undefined;
  // ("who was in charge of children's services in Somerset": a service of another place than home is no post here)
  const place = SERVICE_PLACE.exec(ctx.masked.slice(end, end + 40));
  if (place && ctx.m.places.others.includes(place[1])) return undefined;
  const claim = roleAfter(ctx, normPhrase(r.role.title), start, end);
  return claim && /\b(?:was|ran|oversaw|answered)\b/.test(ctx.masked.slice(start, end)) ? { ...claim, past: true } : claim;
}

/** The verbs of LEFT_AS that end a tenure. */
const LEAVING = /\b(?:left|quit|stepped\s+down|resigned|stood\s+down|departed)\b/;

const REPRESENTS = /^who\s+represents\s+([a-z][a-z' -]{1,40}?)(\s+(?:in\s+parliament|at\s+westminster))?(?=\s*(?:[,.;:)]|$))/;
const NOW_AFTER = /\s+(?:today|now|still)$/;

/** A deputy's word before a post ("deputy", "vice-", "assistant", "shadow"), with what parts it from the post. */
const DEPUTY_LEAD = /^(?:deputy|vice|assistant|shadow)(?:\s+|-)/;
/** The same word as a whole word, followed by a space or a hyphen (read where it stands). */
const DEPUTY_WORD = /\b(?:deputy|vice|assistant|shadow)(?=\s|-)/;

/**
 * A post matched before a name (chunk[index, index + matched.length), chunk starting at base) whose words, or the
 * word right before them, make it the post's deputy ("the then deputy council leader", "deputy leader", "vice-chair"):
 * marked so, the claim starting at that word.
 */
function deputyBefore(chunk: string, index: number, matched: string, claim: RoleClaim, base: number): RoleClaim {
  const from = Math.max(0, index - 12);
  const r = DEPUTY_WORD.exec(chunk.slice(from, index + matched.length));
  if (!r) return claim;
  const at = from + r.index;
  // before the match, only spaces may stand between the word and the post
  // before the match, only spaces or a hyphen may stand between the word and the post ("vice-chair")
  if (at < index && chunk.slice(at + r[0].length, index + matched.length - matched.trimStart().length).replace(/-/g, ' ').trim() !== '') return claim;
  return { ...claim, deputy: true, start: Math.min(claim.start, base + at) };
}

/** A role phrase that is the whole of `text` (read after a name, or in a table cell), spanning [start, end). */
function roleAfter(ctx: Ctx, text: string, start: number, end: number): RoleClaim | undefined {
  // "deputy leader of the Labour group", "vice-chair of the task group": the post's deputy
  const dep = DEPUTY_LEAD.exec(text);
  if (dep) {
    const rest = text.slice(dep[0].length);
    const claim = rest === 'leader' ? makeClaim(ctx, 'council-leader', undefined, undefined, start, end) : roleAfter(ctx, rest, start + dep[0].length, end);
    return claim && { ...claim, start, deputy: true };
  }
  for (const a of AFTER) {
    const r = a.re.exec(text);
    if (r) return makeClaim(ctx, a.type, a.group, r[1], start, end, r[0], true);
  }
  return undefined;
}

/** A role's place and portfolio in the normal forms compatible() compares, made once per role. */
interface RoleForms {
  place: string | undefined;
  portfolio: string[];
  portfolioWords: Set<string>;
  /** How many content words the fullest form of the portfolio has ("children and families": 2). */
  fullWords: number;
}

function formsOf(ctx: Ctx, role: Role): RoleForms {
  const { forms } = indexOf(ctx, rolesRule);
  let f = forms.get(role);
  if (!f) {
    const portfolio = role.portfolio.map((p) => normPhrase(p));
    const fullWords = Math.max(0, ...portfolio.map((p) => content(p).length));
    f = { place: role.place ? normPhrase(role.place) : undefined, portfolio, portfolioWords: new Set(portfolio.flatMap((p) => content(p))), fullWords };
    forms.set(role, f);
  }
  return f;
}

function compatible(ctx: Ctx, role: Role, c: RoleClaim): boolean {
  if (role.type !== c.type) return false;
  if (c.place) {
    if (!role.place) return false;
    const place = formsOf(ctx, role).place!;
    return place === c.place || (c.words ?? c.place.split(' ')).includes(place);
  }
  if (c.type === 'group-leader' && c.party) {
    return formsOf(ctx, role).portfolio.some((p) => p === c.party || p.replace(/ /g, '-') === c.party);
  }
  if (c.portfolio) {
    const words = c.words ?? c.portfolio.split(' ');
    const port = formsOf(ctx, role).portfolioWords;
    // a portfolio written by its initials ("Minister for C&F", "lead member for C/YP"): none of them is told apart
    if (words.every((w) => w.length === 1)) return true;
    // a minister's title is an official name: as many words as it has, one of them another, is another post
    // ("Minister for Children and Schools" for the Minister for Children and Families)
    if (c.type === 'minister' && words.length >= 2 && words.length === formsOf(ctx, role).fullWords && words.some((w) => !port.has(w))) return false;
    for (let i = 0; i < words.length; i++) if (port.has(words[i])) return true;
    return false;
  }
  return true;
}

/** Posts of the council one person does not hold alongside another of them. */
const COUNCIL_POSTS = new Set<RoleType>(['council-leader', 'opposition-leader', 'cabinet-member', 'director', 'chief-executive']);

function specific(c: RoleClaim): boolean {
  return !!(c.place || c.portfolio || c.party) || c.type === 'council-leader' || c.type === 'opposition-leader' || c.type === 'reporter' || c.type === 'chief-executive';
}

function describeRole(p: PersonIndex, at: DayRange): string | undefined {
  const r = p.roles.find((x) => statusAt(x.time, at) === 'true') ?? p.roles[0];
  if (!r) return undefined;
  return r.role.title;
}

function whenText(r: { attr: { from?: string; until?: string; evidence: { source: string } } }, m: Model): string {
  const src = m.dataset.sourceById.get(r.attr.evidence.source)!;
  return inBrackets(src.published.display);
}

/** A post said to be held "then" or "formerly" ("the then cabinet member", "former council leader"). */
function markedThen(ctx: Ctx, claim: RoleClaim): boolean {
  return !!claim.past || markedWith(ctx, claim, THEN_MARK);
}

/** A word marking a post's time, right before the claim or opening it: before (ending a text) and at (opening one). */
interface TimeMark {
  before: RegExp;
  at: RegExp;
}
const THEN_MARK: TimeMark = { before: /\b(?:then|former)[\s-]+$/, at: /^(?:the\s+)?(?:then|former)\b/ };
const FORMER_MARK: TimeMark = { before: /\b(?:former|ex)[\s-]+$/, at: /^(?:the\s+)?(?:former|ex-)/ };

function markedWith(ctx: Ctx, claim: RoleClaim, mark: TimeMark): boolean {
  return mark.before.test(ctx.masked.slice(Math.max(0, claim.start - 10), claim.start)) || mark.at.test(ctx.masked.slice(claim.start, claim.end));
}

/** A post said to be over ("the former council leader", "ex-leader"). */
function markedFormer(ctx: Ctx, claim: RoleClaim): boolean {
  return markedWith(ctx, claim, FORMER_MARK);
}

/**
 * "Changed the cabinet member for children's services from X to Y": the name after "from" in a change told is the
 * post's former holder, not one said to hold it.
 */
function changedFrom(ctx: Ctx, claim: RoleClaim, span: { start: number; end: number }): boolean {
  return /\sfrom\s+\S+(?:\s+\S+){0,2}$/.test(ctx.masked.slice(claim.start, span.end)) && CHANGE_VERB_BEFORE.test(ctx.masked.slice(Math.max(0, claim.start - 40), claim.start));
}
const CHANGE_VERB_BEFORE = /\b(?:changed|changes|change|switched|updated|corrected|amended|altered|moved)\b[^.;:!?]*$/;

/** How an outdated post is told: a source that says its holder left gives no time they held it, only when they had gone. */
function heldUntil(r: RoleEntry, m: Model): string {
  const left = r.attr.status === 'former' || r.attr.status === 'recently-left';
  return left ? `had left as ${r.role.title} by` : `was ${r.role.title} (${whenText(r, m)}) but not after`;
}

function article(p: PersonIndex): string {
  return p.person.pronoun === 'she' ? 'she' : 'he';
}

/** What the roles check derives from the data: the party phrases, the wards, and what it says of a role, once per engine. */
interface RolesIndex {
  partyByPhrase: Map<string, string>;
  tail: PartyTail;
  wards: Map<string, { norm: string; words: Set<string> }>;
  /** Each person's source quotations and when they were said (check/sayings.ts). */
  said: Map<string, Said[]>;
  /** Made on first use. */
  forms: Map<Role, RoleForms>;
  confirmations: Map<RoleEntry, { message: string; citation: Citation }>;
  partyReports: Map<PersonIndex, Map<string, PartyReport>>;
  /** The places the sources name that are no ward: the council's county, other councils' places, MPs' seats ("Exeter"). */
  places: Set<string>;
  /** The content words of the sourced posts' titles ("cabinet", "member", "children", "send", "task", "group"…). */
  titleWords: Set<string>;
}

export const rolesRule = defineRule<RolesIndex>({
  id: 'roles',
  kinds: ['role', 'party', 'ward', 'organisation', 'outdated'],
  description: "A named person's post, party, ward and organisation, at the time the sentence is set.",
  build: (m) => ({
    partyByPhrase: partiesByPhrase(m), tail: partyTail(m), wards: wardForms(m), said: sayingsOf(m), forms: new Map(), confirmations: new Map(), partyReports: new Map(),
    places: new Set([...m.places.home, ...m.places.others, ...m.people.flatMap((p) => (p.constituency ? [normPhrase(p.constituency.place)] : []))]),
    titleWords: new Set(m.dataset.roles.flatMap((r) => content(normPhrase(r.title)))),
  }),
  checkSentence: (ctx, s) => checkRoles(ctx, s),
});

/**
 * Where the text before a name ends without a party right before it ("The cabinet member responsible, Conservative
 * Andrew Leadbetter"): the post before the party is the name's (the party is the party checks').
 */
function pastParty(ctx: Ctx, lo: number, e: number): number {
  const before = ctx.masked.slice(Math.max(lo, e - 40), e);
  const party = ctx.m.partyPhrases.find((p) => before.endsWith(p.phrase) && /[\s,]$/.test(before.slice(0, before.length - p.phrase.length)));
  return party ? skipBack(ctx.masked, lo, e - party.phrase.length) : e;
}

/** Does another pipe stand on the line after the one at `at`? */
function pipeLater(masked: string, at: number): boolean {
  const pipe = masked.indexOf('|', at + 1);
  const nl = masked.indexOf('\n', at);
  return pipe >= 0 && (nl < 0 || pipe < nl);
}

export function checkRoles(ctx: Ctx, s: SentenceInfo): void {
  checkEntryWard(ctx, s);
  // every claim here is about a person named in the sentence (a table row's too), or in the field above it
  if (s.mentions.length === 0) {
    checkRecordField(ctx, s);
    const subject = pronounSubject(ctx, s);
    if (subject) checkMentions(ctx, { ...s, mentions: [subject] }, false);
    return;
  }
  // (a line opened by a pipe with no other is a wiki infobox's field, "| cabinet_member = Cllr …", no table's row)
  if (ctx.masked.charCodeAt(s.start) === 124 /* | */ && pipeLater(ctx.masked, s.start)) {
    checkTableRow(ctx, s);
    return;
  }
  checkMentions(ctx, s, false);
}

/**
 * Each name of the sentence (or of a table's cell of prose, `inCell`) with the post, party, ward and body said of it.
 * A post in a cell is read at the time its row or column gives; with none, at no time ("| 2019 → 2022 | Council leader
 * X ran … |" says nothing of now), unless the cell says "now".
 */
function checkMentions(ctx: Ctx, s: SentenceInfo, inCell: boolean): void {
  for (const mention of s.mentions) {
    // the text before the name (up to 90 characters back) without its title and comma, read by claimBefore and,
    // for a name within 60 characters of the sentence's start (the same window), by checkPartyAndWard
    const lo = Math.max(s.start, mention.start - 90);
    const e = trimTitle(ctx.masked, lo, mention.start);
    // (a post before a name belongs to it, not to a later name: "the departure of director X, Cllr Y told …")
    const ownLo = s.mentions.reduce((a, x) => (x.end <= mention.start && x.end > a ? x.end : a), lo);
    let before = apposed(ctx.masked, lo, mention, claimBefore(ctx, mention, ownLo, pastParty(ctx, ownLo, e)));
    // (a post said of the name before it is that name's: "Andrew Leadbetter as cabinet member for children's services,
    // Melissa Caslake recently departed")
    if (before && ownLo > lo && AS_POST_OF.test(ctx.masked.slice(ownLo, before.start))) before = undefined;
    // (the post after the name is read where no post before it is claimed, or one said of it with "is")
    // (or where the name stands between two posts set off by commas: "a new cabinet member, X, the council leader")
    const after = !before || before.linked || BETWEEN_COMMAS.test(ctx.masked.slice(before.end, mention.start) + ctx.masked.slice(mention.end, mention.end + 8)) ? claimAfter(ctx, s, mention) : undefined;
    const claim = before ?? after ?? claimLabel(ctx, s, mention, e) ?? postBeforeBrackets(ctx, mention, lo, e) ?? ledBy(ctx, mention, lo, e);
    checkPartyAndWard(ctx, s, mention, lo, e);
    checkPersonOrganisation(ctx, s, mention);
    // (a post said of the name with "is", and another in apposition after it, are two claims: "The councillor
    // responsible is Cllr X, the Leader of the Council")
    const second = before && after && after !== claim && after.start >= mention.end ? after : undefined;
    for (const c of second ? [claim!, second] : claim ? [claim] : []) {
      if (endsFrontedClause(ctx, s, c, mention)) continue;
      checkRoleClaim(ctx, s, mention, c, inCell ? cellTime(ctx, s, mention, c) : undefined);
    }
  }
}

/** "He" or "she" opening a sentence, before a copula ("She is …", "He was then …", "- He has been …"). */
const PRONOUN_COPULA = /^([\s*_>\u2022-]*)(he|she)(?=\s+(?:is|was|has\s+been|had\s+been|became|remains|remained)\s)/;

/**
 * "Carol Whitton spoke next. She is a Green councillor.": "he" or "she" opening a sentence with a copula stands for
 * the person the sentence before opens with, when that is the only person it names, the pronoun is theirs, and no
 * other full name in capitals stands there (someone the sources never mention). Read as a mention of them.
 */
function pronounSubject(ctx: Ctx, s: SentenceInfo): Mention | undefined {
  const opens = PRONOUN_COPULA.exec(ctx.masked.slice(s.start, s.start + 32));
  const prev = ctx.sentences[s.index - 1];
  if (!opens || !prev || prev.mentions.length === 0) return undefined;
  const head = prev.mentions[0];
  if (head.start - prev.start > 16 || head.person.person.pronoun !== opens[2] || prev.mentions.some((x) => x.person !== head.person) || unknownFullName(ctx, prev)) return undefined;
  const start = s.start + opens[1].length;
  const end = start + opens[2].length;
  return { person: head.person, start, end, surnameStart: start, surnameEnd: end, hasGiven: false, titled: false };
}

/** Two capitalised words side by side outside the sentence's mentions, neither a word that is never a name ("Sarah Miles"). */
function unknownFullName(ctx: Ctx, s: SentenceInfo): boolean {
  const named = (w: { start: number }) => s.mentions.some((x) => w.start >= x.start && w.start < x.end);
  const common = (w: { start: number; end: number }) => ctx.m.notNames.has(ctx.masked.slice(w.start, w.end));
  for (let i = 1; i < s.words.length; i++) {
    const a = s.words[i - 1];
    const b = s.words[i];
    if (b.start - a.end === 1 && !named(a) && !named(b) && !common(a) && !common(b)) return true;
  }
  return false;
}

/**
 * A comma between a post and the name (a title may stand before the name), and a comma and an article or "then" after
 * it: a second post in apposition ("The chair of the task group at the time, Cllr X, then leader of the Labour group").
 */
const BETWEEN_COMMAS = /^\s*(?:at\s+the\s+time\s*)?,\s*(?:[a-z]{2,10}\.?\s+)?,\s*(?:the|a|an|then)\s/;

/** A post's time in a table's cell of prose: its row's or column's, else none unless the cell says now (NOW_WORDS). */
function cellTime(ctx: Ctx, s: SentenceInfo, mention: Mention, claim: RoleClaim): ClaimTime | undefined {
  // (a field's value after its label, "Client lead: | Cllr X, Cabinet Member", is read as the same line unaligned is)
  if (FIELD_CELL.test(ctx.masked.slice(ctx.masked.lastIndexOf('\n', s.start - 1) + 1, s.start))) return undefined;
  const t = claimTime(ctx, s, claim.start, claim.start < mention.start && !claim.linked ? TITLE_TIME : ROLE_TIME);
  const dated = ctx.contextDate || cellAt(ctx, s.start)?.then;
  return !dated && t.present && !t.explicit && !NOW_WORDS.test(ctx.masked.slice(s.start, s.end)) ? { ...t, present: false } : undefined;
}

/** The row's cells before a field's value: its label, ending with a colon, alone ("|Client lead:   |"). */
const FIELD_CELL = /^\|?[^|\n]*:[\s*_]*\|\s*$/;

/** Words that set a table's cell at the draft's own time. */
const NOW_WORDS = /\b(?:now|today|current|currently|at present|still|incumbent)\b/;

/** A subordinate clause opening the sentence, with no comma in it yet ("Before I invite the chair of the task group"). */
const FRONTED = /^[^a-z]*(?:before|after|when|while|once|if|until|unless|since|although|though|because)\s[^,;:]*$/;

/**
 * "Before I invite the chair of the task group, Councillor Whitton has asked to speak": a post ending a subordinate
 * clause that opens the sentence, and the name after its comma the main clause's subject — no apposition.
 */
function endsFrontedClause(ctx: Ctx, s: SentenceInfo, claim: RoleClaim, mention: Mention): boolean {
  if (claim.end > mention.start || !COMMA_THEN_NAME.test(ctx.masked.slice(claim.end, mention.start))) return false;
  return FRONTED.test(ctx.masked.slice(s.start, claim.start));
}

/**
 * "The council, still led by John Hart,", "the Labour group, which is led by X", "the task group, chaired by X", "the
 * children's portfolio is still held by X": a body (or a cabinet brief) and a passive of leading, chairing or holding
 * right before the name say the person leads or chairs that body, or holds that brief (masked[lo, e) is the text before
 * the name without its title).
 */
// (a body named with no article, and set off by a dash: "Devon County Council – led by Cllr X –")
const LED_BY = /\b(?:(?:the|its)\s+)?((?:(?!(?:the|its|with|by|to|for|from|of|in|on|at|and|a|an|is|was)\s)[a-z'\u2019-]+\s+){0,3}?(?:council|authority|group|cabinet|brief|portfolio))\s*[,\u2013\u2014-]?\s+(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was)\s+)?((?:still|now|then|currently)\s+)?(led|chaired|headed|run|held)\s+by\s*$/;
/** The post's verb for each passive of LED_BY. */
const LED_BY_VERB: Record<string, string> = { led: 'leads', headed: 'leads', run: 'leads', chaired: 'chairs', held: 'holds' };

/** "The children's services brief sits with X", "the portfolio now rests with X": a brief said to be the person's. */
const BRIEF_WITH = /\b(?:the|its)\s+((?:[a-z'\u2019-]+\s+){0,3}?(?:brief|portfolio))\s+(?:(?:still|now|then|currently)\s+)?(?:sits|sat|rests|rested|lies|lay)\s+with\s*$/;

function ledBy(ctx: Ctx, mention: Mention, lo: number, e: number): RoleClaim | undefined {
  const { masked } = ctx;
  // (most names follow no "by" or "with": looked at first)
  if (e - lo < 4) return undefined;
  if (masked.startsWith('with', e - 4)) {
    const w = BRIEF_WITH.exec(masked.slice(lo, e));
    if (!w) return undefined;
    const start = lo + w.index + w[0].indexOf(w[1]);
    const claim = verbPost(ctx, 'holds', w[1], start);
    return claim && { ...claim, start, end: e, ...(/\b(?:sat|rested|lay|then)\b/.test(w[0]) ? { past: true } : {}) };
  }
  if (!masked.startsWith('by', e - 2)) return undefined;
  const r = LED_BY.exec(masked.slice(lo, e));
  if (!r) return undefined;
  const start = lo + r.index + r[0].lastIndexOf(r[3]);
  const claim = verbPost(ctx, LED_BY_VERB[r[3]], r[1], start);
  if (!claim) return undefined;
  // (the claim is the words "led by": the name follows them)
  const placed = { ...claim, start, end: e };
  return /\b(?:was|then)\b/.test(r[0]) ? { ...placed, past: true } : placed;
}

/** "The chair of the task group (Cllr Carol Whitton)": a name alone in brackets is the holder of the post before them. */
function postBeforeBrackets(ctx: Ctx, mention: Mention, lo: number, e: number): RoleClaim | undefined {
  const { masked } = ctx;
  if (e <= lo || masked.charCodeAt(e - 1) !== 40) return undefined;
  let k = mention.end;
  while (masked.charCodeAt(k) === 32) k++;
  if (masked.charCodeAt(k) !== 41) return undefined;
  let b = e - 1;
  while (b > lo && masked.charCodeAt(b - 1) === 32) b--;
  return claimBefore(ctx, mention, lo, b);
}

/**
 * An infobox or caption line "Post: Name" ("Leader: John Hart", "- **Director of children's services:** Julian
 * Wooster (interim)"): the label before the colon, alone on its line, is the post; the name ends the line or is
 * followed only by brackets. masked[.., e) is the text before the name without its title.
 */
function claimLabel(ctx: Ctx, s: SentenceInfo, mention: Mention, e: number): RoleClaim | undefined {
  const { masked } = ctx;
  let colon = e;
  while (colon > s.start && (masked.charCodeAt(colon - 1) === 42 || masked.charCodeAt(colon - 1) === 32)) colon--; // "**"
  // (or a wiki infobox's or a config file's "=": "| cabinet_member = Cllr …")
  if (colon <= s.start || (masked.charCodeAt(colon - 1) !== 58 /* : */ && masked.charCodeAt(colon - 1) !== 61 /* = */)) return undefined;
  // the name is the line's value: nothing after it but brackets, a full stop or the line's end
  if (!LABEL_VALUE_END.test(masked.slice(mention.end, Math.min(masked.length, mention.end + 40)))) return undefined;
  let a = colon - 1;
  while (a > 0 && masked.charCodeAt(a - 1) !== 10) a--;
  const line = LABEL_LEAD.exec(masked.slice(a, colon - 1));
  if (!line) return undefined;
  const label = line[2].replace(/\*+$/, '').trimEnd().toLowerCase().replace(/_/g, ' ');
  const start = a + line[1].length;
  if (label.length < 2 || label.length > 60) return undefined;
  if (label === 'leader' || label === 'council leader') return makeClaim(ctx, 'council-leader', undefined, undefined, start, start + label.length);
  // (the body that holds the post may open the label: "DCC lead member for children's services: Cllr …")
  const post = label.slice(leadingBodyName(ctx, label)).trimStart();
  const at = start + label.length - post.length;
  return roleAfter(ctx, label, start, start + label.length) ?? (post.length < label.length && post ? roleAfter(ctx, post, at, start + label.length) : undefined);
}

/** A line's lead before its label: list marker, quote mark, bold and a word of "now" (group 1), then the label (group 2). */
const LABEL_LEAD = /^([\s>*+#|-]*(?:\*\*|__)?(?:(?:current|present|now)\s+)?)([a-z][a-z' &,_-]*\**)$/i;
/** What may follow a name that is a label's value. */
const LABEL_VALUE_END = /^\s*(?:\([^()\n]*\)\s*)?\.?\s*(?:\n|$)/;

/** "| Conservative, Bickleigh & Wembury |": a cell of a party and then more, read as brackets after the name are. */
function partyAndWardCell(ctx: Ctx, mention: Mention, cell: { start: number; end: number }): boolean {
  const comma = ctx.masked.indexOf(',', cell.start);
  if (comma < 0 || comma >= cell.end) return false;
  // (the party first, or last: "Conservative, Bickleigh & Wembury", "Bickleigh & Wembury, Con" — a cell's line break)
  const last = ctx.masked.lastIndexOf(',', cell.end - 1);
  if (!partyOf(ctx, ctx.masked.slice(cell.start, comma).trim()) && !partyOf(ctx, ctx.masked.slice(last + 1, cell.end).trim())) return false;
  partyAndWardIn(ctx, mention, cell.start, cell.end);
  return true;
}

/** The party and ward a list of them gives the person at masked[start, end) ("Conservative, Bickleigh & Wembury"). */
function partyAndWardIn(ctx: Ctx, mention: Mention, start: number, end: number): void {
  const claims: PartyWardClaims = {};
  claimsInBrackets(ctx, start, end, claims);
  const p = mention.person;
  if (claims.party && p.party && claims.party.party !== p.party.party) reportParty(ctx, p, claims.party.party, claims.party.start, claims.party.end);
  if (claims.ward && p.ward) reportWardIfWrong(ctx, p, claims.ward);
}

/** The names in a cell of prose, each with what the cell says of them, the cell read as a sentence. */
function checkProseCell(ctx: Ctx, s: SentenceInfo, cell: { start: number; end: number }): void {
  const inCell = s.mentions.filter((x) => x.start >= cell.start && x.end <= cell.end);
  if (!inCell.length || inCell.every((x) => x.start - cell.start <= 12 && x.end === cell.end)) return;
  checkMentions(ctx, { ...s, start: cell.start, end: cell.end, mentions: inCell }, true);
}

/**
 * What may follow a name in its own cell: a bracket and nothing more ("(Conservative)"), of no time ("(until May
 * 2025)", "(left 2022)" say when the post was held: a cell of its own time, read as before).
 */
const BRACKET_ONLY = /^\s*\((?![^()|]*\d)(?!\s*(?:until|to|from|since|left|former|then|acting|interim)\b)[^()|]*\)\s*$/;

/**
 * A Markdown table row that names a known person in a cell of its own ("| Su Aves | Chair | Labour | St Sidwell's… |",
 * or "| Chair | Su Aves | … |"; else the first cell's name): each other cell is read as a role, a party or a ward of
 * that person, and the names in a cell of prose with what the cell says of them.
 */
function checkTableRow(ctx: Ctx, s: SentenceInfo): void {
  const { m, masked } = ctx;
  const cells: { start: number; end: number }[] = [];
  let c = s.start + 1;
  for (let i = s.start + 1; i <= s.end; i++) {
    if (i === s.end || masked.charCodeAt(i) === 124) {
      let a = c, b = i;
      while (a < b && masked.charCodeAt(a) === 32) a++;
      while (b > a && masked.charCodeAt(b - 1) === 32) b--;
      cells.push({ start: a, end: b });
      c = i + 1;
    }
  }
  if (cells.length < 2) return;
  if (postAcrossDatedColumns(ctx, s, cells)) return;
  // the row's person: the one a cell holds and nothing more but a bracket ("| Chair | Su Aves | Labour |", "| Cabinet
  // member | Andrew Leadbetter (Conservative) |"), else the first cell's
  const ends = (x: Mention, cell: { end: number }) => x.end === cell.end || BRACKET_ONLY.test(masked.slice(x.end, cell.end));
  const named = cells.findIndex((cell) => s.mentions.some((x) => ends(x, cell) && x.start >= cell.start && x.start - cell.start <= 12));
  const nameCell = named >= 0 ? named : 0;
  const mention = s.mentions.find((x) => x.start >= cells[nameCell].start && x.end <= cells[nameCell].end);
  // a prose cell's own names and what their brackets say ("| Early December | Julian Brazil (Lib Dem, Kingsbridge) calls… |")
  // (the name's own cell too, for what a bracket after the name says: "| Julian Brazil (Lib Dem, Salcombe) |")
  for (const cell of cells) checkProseCell(ctx, s, cell);
  if (!mention) return;
  const p = mention.person;
  let afterParty = false;
  for (const cell of cells.filter((_, k) => k !== nameCell)) {
    if (cell.end <= cell.start) continue;
    // (a cell opening on someone else's name is theirs: "| John Hart (Con, …) | Andrew Leadbetter (Con, …) |", read as
    // prose above)
    if (s.mentions.some((x) => x.start >= cell.start && x.start - cell.start <= 12 && x.end <= cell.end && x.person !== p)) {
      afterParty = false;
      continue;
    }
    // (a column of who runs the council, or of the service's rating, holds nothing of the person: "| Party in
    // control |", "| Rating |"; check/control.ts reads the first)
    if (cellAt(ctx, cell.start)?.holds) {
      afterParty = false;
      continue;
    }
    if (partyAndWardCell(ctx, mention, cell)) continue;
    // "(2022)" and similar notes in a cell are read as its time, not as part of its value
    // (so is a time after a comma, and a footnote's mark: "| Chair, children's scrutiny committee, 2022* |")
    const paren = masked.indexOf('(', cell.start);
    const close = paren > cell.start && paren < cell.end ? masked.indexOf(')', paren) : -1;
    // (a bracket of party and ward after the post: "| Cabinet member … (Conservative, Wearside & Topsham) |")
    // (not one after another name in the cell: "| … Andrew Leadbetter (Conservative, …) said … |" is his)
    if (close > paren && close < cell.end && !/\d/.test(masked.slice(paren, close)) && !s.mentions.some((x) => x.start >= cell.start && x.end <= paren)) partyAndWardIn(ctx, mention, paren + 1, close);
    const cut = paren > cell.start && paren < cell.end ? paren : cell.start + (CELL_TIME_AFTER.exec(masked.slice(cell.start, cell.end))?.index ?? cell.end - cell.start);
    const end = cut < cell.end ? trimEnd(masked, cell.start, cut) : cell.end;
    const text = masked.slice(cell.start, end);
    const read = partyOrWardCell(ctx, p, text, cell.start, end, afterParty);
    afterParty = read === 'party';
    if (read) continue;
    const claim = roleAfter(ctx, text, cell.start, end);
    if (!claim) continue;
    const d = s.dates.find((x) => x.range && x.start >= cell.start && x.end <= cell.end);
    // a date in the cell; else the row's (its Date or Year column) or a dated heading's above the table
    // (the role's cell or the name's, whichever stands under a dated column: "| Council leader | John Hart |")
    const here = cellAt(ctx, cell.start), named = cellAt(ctx, mention.start);
    const dated = here?.range ? here : named?.range ? named : here ?? named;
    const row = dated ? dated.range : ctx.contextDate && !ctx.contextDate.scene ? ctx.contextDate.range : undefined;
    // (under a "Then" column of no date: a time past, not told: what was held then is no claim about now)
    const then = !d && !dated?.range && (here?.then || named?.then);
    const time: ClaimTime = d
      ? { range: claimRange(d, ctx.asOf), explicit: true, present: false }
      : row ? { range: row, explicit: true, present: false, carried: true } : { range: { start: ctx.asOf, end: ctx.asOf }, explicit: false, present: !then };
    checkRoleClaim(ctx, s, mention, claim, time);
  }
}

/** A time closing a cell after a comma, with any footnote's marks: ", 2022*", ", from May 2025", ", until 2025†". */
const CELL_TIME_AFTER = /,\s*(?:(?:from|since|until|till|to|in)\s+)?(?:(?:early|mid-?|late|[a-z]{3,9})\s+)?(?:19|20)\d\d\s*[*\u2020\u2021]*\s*$/;

/**
 * "| Council leader | John Hart | John Hart, still in post |" under "| | 2022 | 2026 |": a post heading the row, and a
 * name opening each of two or more cells whose columns are dated — each name held the post at its column's date.
 */
function postAcrossDatedColumns(ctx: Ctx, s: SentenceInfo, cells: { start: number; end: number }[]): boolean {
  const named = cells.slice(1).flatMap((cell) => {
    const x = s.mentions.find((y) => y.start === cell.start && y.end <= cell.end);
    const range = x && cellAt(ctx, cell.start)?.range;
    return x && range ? [{ x, range }] : [];
  });
  if (named.length < 2) return false;
  const head = cells[0];
  const claim = roleAfter(ctx, ctx.masked.slice(head.start, head.end), head.start, head.end);
  if (!claim) return false;
  for (const { x, range } of named) checkRoleClaim(ctx, s, x, claim, { range, explicit: true, present: false, carried: true }, true);
  return true;
}

/**
 * A row's cell read as the person's party, or as their ward: a place's name with "&" or "and" ("Wearside & Topsham"),
 * or, in the cell after the party's ("| Lib Dem | Kingsbridge |", the order of "(Lib Dem, Kingsbridge)"), any place's
 * name in capitals that is no building, day, month or town the sources name. What it was read as, if either.
 */
function partyOrWardCell(ctx: Ctx, p: PersonIndex, text: string, start: number, end: number, afterParty: boolean): 'party' | 'ward' | undefined {
  // (a cell of a party's abbreviation alone, in its capitals: "| LD |", "| Con |")
  const party = partyOf(ctx, text) ?? abbreviatedParty(ctx, text.trim(), ctx.text.slice(start, end).trim());
  if (party) {
    if (p.party && party !== p.party.party) reportParty(ctx, p, party, start, end);
    return 'party';
  }
  if (!p.ward || !ctx.m.people.some((q) => q.ward)) return undefined;
  const placeAfterParty = afterParty && WARD_LIKE.test(text) && !ROLE_WORD.test(text) && !BODY_END.test(text) && !NOT_A_WARD.test(text) &&
    !indexOf(ctx, rolesRule).places.has(normPhrase(text)) && capitalised(ctx.text, start, end);
  // (a place's name joined by "&" or "and" is a name in capitals, not a note of prose: "Leader of the group; called it …")
  if (!placeAfterParty && !(/&| and /.test(text) && WARD_LIKE.test(text) && capitalised(ctx.text, start, end))) return undefined;
  reportWardIfWrong(ctx, p, { text, start, end });
  return 'ward';
}

function trimEnd(s: string, a: number, b: number): number {
  while (b > a && s.charCodeAt(b - 1) === 32) b--;
  return b;
}

type RoleEntry = PersonIndex['roles'][number];

const TITLE_TIME: ClaimTimeOptions = { title: true, role: true };
const ROLE_TIME: ClaimTimeOptions = { title: false, role: true };

/** A confirmed role's message and citation: the same each time, made once per role of a person (p.roles's own entry). */
function confirmationOf(ctx: Ctx, p: PersonIndex, r: RoleEntry): { message: string; citation: Citation } {
  const { m } = ctx;
  const { confirmations } = indexOf(ctx, rolesRule);
  let c = confirmations.get(r);
  if (!c) {
    c = { message: `${p.person.name}: ${r.role.title} (${whenText(r, m)}).`, citation: m.dataset.cite(r.attr.evidence) };
    confirmations.set(r, c);
  }
  return c;
}

/** A role claimed of a named person, at the time the sentence sets: what checkRoleClaim's steps read. */
interface RoleAsk {
  s: SentenceInfo;
  p: PersonIndex;
  claim: RoleClaim;
  t: ClaimTime;
  /** The claim and the name together. */
  span: { start: number; end: number };
  /** The name (or the "he" or "she" that stands for it). */
  name: { start: number; end: number };
}

/**
 * "its director, Melissa Caslake, who left earlier that year", "The director, Melissa Caslake, had recently left": a
 * name the sentence says left the post it follows.
 */
const WHO_LEFT = /^\s*(?:,\s*who\s+|,?\s+)(?:(?:has|had|having|later|since|recently|then|now|already|long)\s+){0,2}(?:left|quit|stepped\s+down|resigned|stood\s+down|departed|retired|gone)\b/;
/** A table row's cell that says, with no subject, that the row's person left ("| Had recently left by December 2022 |"). */
const ROW_LEFT = /\|\s*(?:(?:has|had|having|recently|since|already|now)\s+){0,2}(?:left|quit|stepped\s+down|resigned|stood\s+down|departed|retired|gone)\b/i;
/**
 * "Hart had presided …", "His cabinet member, Cllr Leadbetter, had told …": the name the subject of a verb in the past
 * perfect, which tells of a time before the story's own, not of the draft's day (a bracket after the name, "X (Lib
 * Dem, Kingsbridge), had …", stands between as an aside does; a relative clause between, "X, who remains …, had", has a
 * tense of its own).
 */
const PLUPERFECT_AFTER = /^(?:\s*\([^()]{1,60}\))?(?:\s*,(?!\s*(?:who|which)\b)[^,.;]{1,80},|\s*,)?\s+had\s+[a-z]/;
/** ", who represented Bickleigh & Wembury,": a standing fact of the person told in the past sets the post beside it there too. */
const WHO_WAS_AFTER = /^\s*,\s*who\s+(?:then\s+)?(?:represented|led|chaired|ran|headed|held|sat\s+for)\b/;
/** "the department had lost its director, …": a post said to be lost, its holder replaced or succeeded. */
const LOST_POST = /\b(?:lost|replaced|succeeded|ousted|sacked)\s+(?:(?:its|their|his|her|the)\s+)?(?:[a-z']+\s+)?$/;
/** A leaving named before the post and the name: "following the departure of director of children's services X". */
const DEPARTURE_OF = /\b(?:departure|exit|resignation|retirement)\s+of\s+(?:the\s+)?(?:[a-z'-]+\s+){0,5}$/;

/** The verb after an appositive post that says its holder left it. */
const LEFT_AFTER_POST = /^[\s,)]*(?:has\s+|had\s+)?(?:recently\s+|now\s+|since\s+|just\s+|already\s+)?(?:left|quit|departed|resigned|stepped\s+down|stood\s+down)\b/;

/** Does the sentence say the holder of a post written beside their name left it (see WHO_LEFT, LOST_POST)? */
function saidToHaveLeft(ctx: Ctx, s: SentenceInfo, mention: Mention, claim: RoleClaim): boolean {
  if (rowSaysLeft(ctx, Math.max(mention.end, claim.end))) return true;
  // ("Melissa Caslake, the former chief executive, left recently": the post beside the name is the one left)
  if (claim.start >= mention.start) return claim.start >= mention.end && LEFT_AFTER_POST.test(ctx.masked.slice(claim.end, Math.min(s.end, claim.end + 40)));
  return WHO_LEFT.test(ctx.masked.slice(mention.end, Math.min(s.end, mention.end + 60))) || LOST_POST.test(ctx.masked.slice(Math.max(s.start, claim.start - 30), claim.start)) ||
    (claim.end <= mention.start && DEPARTURE_OF.test(ctx.masked.slice(Math.max(s.start, mention.start - 80), mention.start)));
}

/** Does the table row that `pos` stands in say, in a later cell, that its person left (ROW_LEFT)? */
function rowSaysLeft(ctx: Ctx, pos: number): boolean {
  const { masked } = ctx;
  if (!inRow(masked, pos)) return false;
  const lineEnd = masked.indexOf('\n', pos);
  return ROW_LEFT.test(masked.slice(pos, lineEnd < 0 ? masked.length : lineEnd));
}

/** The draft's own day, as a claim in the present tells it. */
const NOW_TOLD = (ctx: Ctx): ClaimTime => ({ range: { start: ctx.asOf, end: ctx.asOf }, explicit: false, present: true });

/** Is the sentence, but for the relative clause [from, to), told in the past ("She was cross that X, who leads …, said")? */
function toldAroundInPast(ctx: Ctx, s: SentenceInfo, from: number, to: number): boolean {
  const tense = tenseOf(ctx.masked.slice(s.start, from) + ' ' + ctx.masked.slice(to, s.end));
  return tense.past && !tense.present;
}

function checkRoleClaim(ctx: Ctx, s: SentenceInfo, mention: Mention, claim: RoleClaim, time?: ClaimTime, onName = false): void {
  const p = mention.person;
  if (ownedElsewhere(ctx, s, claim, p) || titleOfNext(ctx, s, mention, claim.start, claim.end)) return;
  // (leaving a post says it is over: no time after it makes that outdated)
  if (!claim.left && saidToHaveLeft(ctx, s, mention, claim)) claim = { ...claim, left: true };
  if (!claim.past && (PLUPERFECT_AFTER.test(ctx.masked.slice(mention.end, Math.min(s.end, mention.end + 100))) || WHO_WAS_AFTER.test(ctx.masked.slice(mention.end, Math.min(s.end, mention.end + 40))))) claim = { ...claim, past: true };
  const t = time ?? (claim.nowTold && toldAroundInPast(ctx, s, mention.end, claim.end) ? NOW_TOLD(ctx) : claimTime(ctx, s, claim.start, claim.start < mention.start && !claim.linked ? TITLE_TIME : ROLE_TIME));
  // (a post heading a table's row is said of each name across it: each finding stands on its own name)
  const ask: RoleAsk = { s, p, claim, t, span: onName ? { start: mention.start, end: mention.end } : { start: Math.min(claim.start, mention.start), end: Math.max(claim.end, mention.end) }, name: { start: mention.start, end: mention.end } };
  if (claim.type === 'chair' && !claim.deputy && chairOfLedCouncil(ctx, ask)) return;
  if (claim.deputy) {
    // (a deputy's title before a name is read at the time the sentence tells of, as a post beside it is: the question
    // is only whether the person held the post itself then)
    heldNotDeputy(ctx, time || claim.start >= mention.start ? ask : { ...ask, t: claimTime(ctx, s, claim.start, ROLE_TIME) });
    return;
  }
  // the first of the person's roles the claim fits, and the first of those not known false then (read in one pass:
  // most claims are confirmed)
  let firstOk: RoleEntry | undefined;
  for (const r of p.roles) {
    if (!compatible(ctx, r.role, claim)) continue;
    firstOk ??= r;
    if (statusAt(r.time, t.range) !== 'false') {
      if (claim.started && t.explicit && tookOverByAnother(ctx, ask, r)) return;
      const c = confirmationOf(ctx, p, r);
      addConfirmation(ctx, { start: ask.span.start, end: ask.span.end, kind: 'fact', message: c.message, citations: [c.citation] });
      return;
    }
  }
  // "who leads the Conservative group": the group's party is the person's
  if (claim.type === 'group-leader' && claim.party && p.party && claim.party !== p.party.party && !firstOk) {
    reportParty(ctx, p, claim.party, claim.start, claim.end);
    return;
  }
  if (firstOk) roleAtAnotherTime(ctx, ask, firstOk);
  else if (claim.ownOnly) return;
  else if (p.roles.some((r) => r.role.type === claim.type)) otherRoleOfTheKind(ctx, ask);
  else if (specific(claim)) roleOfSomebodyElse(ctx, ask);
}

/**
 * "(Somerset says …) under its children's services director, Julian Wooster": a post "its" gives a sentence about
 * another place and not the home is that place's, of which the home council's posts say nothing; so is one another
 * place's possessive gives, where the sources give the person that post there.
 */
/**
 * "… under its then leader John Hart, the Labour group leader Carol Whitton told cabinet": a post after a name that
 * runs straight into another name is that name's title, not said of the name before it.
 */
function titleOfNext(ctx: Ctx, s: SentenceInfo, mention: Mention, start: number, end: number): boolean {
  if (start < mention.end) return false;
  // (the words between, if any, go on with the title: "Labour" then "group leader", then the name)
  // (or it holds the other name: "then cabinet member for children's services Andrew Leadbetter")
  return s.mentions.some((x) => x.person !== mention.person && x.start > start &&
    (x.start < end || (x.start - end <= 30 && /^\s*(?:(?!(?:who|whom|which|that|and|or|but|[a-z]+ed)\b)[a-z]+\s+){0,2}$/.test(ctx.masked.slice(end, x.start)))));
}

function ownedElsewhere(ctx: Ctx, s: SentenceInfo, claim: RoleClaim, person: PersonIndex): boolean {
  const { masked } = ctx;
  const { home, others } = ctx.m.places;
  const text = masked.slice(Math.max(s.start, claim.start - 30), claim.end);
  const poss = /([a-z][a-z-]*)(?:'s|')\s+(?:[a-z'-]+\s+){0,3}?(?:director|leader|chair|member|lead|head|executive)\b/.exec(text);
  // (only when the sources give the person that post there: "Melissa Caslake, Somerset's director", or "Julian
  // Wooster, Somerset's chief executive", gives a person another post than theirs, and is checked)
  if (poss && others.includes(poss[1])) return heldThere(ctx, person, poss[1], claim) || otherPostThere(ctx, person, poss[1], claim);
  // the body after the post ("Director of Children's Services, Somerset County Council", "… at Somerset Council")
  const body = BODY_AFTER_POST.exec(masked.slice(claim.end, Math.min(s.end, claim.end + 40)));
  if (body && others.includes(body[1])) return heldThere(ctx, person, body[1], claim) || otherPostThere(ctx, person, body[1], claim);
  if (!/\b(?:its|their)\s+(?:[a-z'-]+\s+){0,3}$/.test(masked.slice(Math.max(s.start, claim.start - 30), claim.start)) &&
    !/^(?:its|their)\s/.test(masked.slice(claim.start, claim.end))) return false;
  // (the sentence's own places, or, where it names none, those of the sentence before it: "Somerset … . Its director …")
  const about = (x: SentenceInfo) => masked.slice(x.start, x.end);
  let sentence = about(s);
  if (![...others, ...home].some((o) => sentence.includes(o)) && s.index > 0) sentence = about(ctx.sentences[s.index - 1]);
  return others.some((o) => sentence.includes(o)) && !home.some((h) => sentence.includes(h));
}

/** Another place's council named right after a post: group 1, its place. */
const BODY_AFTER_POST = /^\s*(?:,|at|of|for|in)\s+(?:the\s+)?([a-z]+)(?:\s+(?:county|city|district|borough))?\s+council\b/;

/** Do the sources give the person the claimed post at a body of that place? */
function heldThere(ctx: Ctx, person: PersonIndex, place: string, claim: RoleClaim): boolean {
  return person.roles.some((r) => heldAt(ctx, r, place) && (compatible(ctx, r.role, claim) || leadsChildrensServices(r.role, claim)));
}

/** Is the post one at a body of that place ("somerset")? */
function heldAt(ctx: Ctx, r: RoleEntry, place: string): boolean {
  return r.role.organisation !== undefined && ctx.m.dataset.orgById.get(r.role.organisation)?.place?.toLowerCase() === place;
}

/**
 * "Julian Wooster, Somerset's former chief executive": a post of another place the sources give the person another
 * post at ("Somerset's former children's lead") is a wrong post there, said against that one — never against the
 * home council's posts.
 */
function otherPostThere(ctx: Ctx, person: PersonIndex, place: string, claim: RoleClaim): boolean {
  const there = person.roles.find((r) => heldAt(ctx, r, place));
  if (!there) return false;
  // (a children's lead is that council's director, whatever words come with it, "Somerset's former director": read
  // as before, against the posts the person holds)
  if (there.role.type === claim.type || (there.role.type === 'children-lead' && claim.type === 'director')) return false;
  const roleText = ctx.text.slice(claim.start, claim.end);
  addFinding(ctx, {
    start: claim.start, end: claim.end, kind: 'role', severity: 'error',
    message: `Sources give ${person.person.name} as ${there.role.title}, not ${roleText}.`,
    suggestions: [there.role.title],
    citations: [ctx.m.dataset.cite(there.attr.evidence)],
    claimKey: `role:${person.person.id}:${normPhrase(roleText)}`,
  });
  return true;
}

/** A council's children's lead is its director of children's services: "Somerset's director of children's services". */
function leadsChildrensServices(role: Role, claim: RoleClaim): boolean {
  return role.type === 'children-lead' && claim.type === 'director' && (claim.words ?? []).every((w) => CHILDRENS_SERVICES.has(w));
}
const CHILDRENS_SERVICES = new Set(['children', 'childrens', 'child', 'services', 'service']);

/**
 * "deputy leader John Hart" when the sources have him leader then: one person is not a post's holder and its deputy
 * at once. Said only against a post the sources give the person at that time (or from a time with no end given); a
 * deputy post of anyone else, or of a post they do not hold then, is a claim the sources do not cover.
 */
function heldNotDeputy(ctx: Ctx, ask: RoleAsk): void {
  const { p, claim, t } = ask;
  const r = p.roles.find((x) => compatible(ctx, x.role, claim) && presumedAt(x.time, t.range));
  if (!r) {
    opposedDeputy(ctx, ask);
    return;
  }
  const roleText = ctx.text.slice(claim.start, claim.end);
  addFinding(ctx, {
    start: claim.start, end: claim.end, kind: 'role', severity: 'error',
    message: `Sources give ${p.person.name} as ${r.role.title} (${whenText(r, ctx.m)}), the post itself, not ${roleText}.`,
    suggestions: [r.role.title],
    citations: [ctx.m.dataset.cite(r.attr.evidence)],
    claimKey: `role:${p.person.id}:${normPhrase(roleText)}`,
  });
}

/**
 * "Carol Whitton, then deputy leader of the council": the council's deputy leader comes from the party that runs it;
 * one who then led a group of another party (the opposition) was not that deputy.
 */
function opposedDeputy(ctx: Ctx, { p, claim, t }: RoleAsk): void {
  // (a bare "deputy leader" may be her group's: only the council's, named, is asked)
  // ("the council's deputy leader": the body's possessive before the post names it too)
  if (claim.type !== 'council-leader' || !p.party || !(/\b(?:council|authority)\b/.test(ctx.masked.slice(claim.start, claim.end)) || /\b(?:council|authority)'s\s+$/.test(ctx.masked.slice(Math.max(0, claim.start - 16), claim.start)))) return;
  const { m } = ctx;
  const ruling = m.states.find((x) => x.subject === m.places.homeCouncil && x.attribute === 'control' && presumedAt(x.time, t.range));
  const group = p.roles.find((x) => (x.role.type === 'group-leader' || x.role.type === 'opposition-leader') && presumedAt(x.time, t.range));
  if (!ruling || !group || ruling.value === p.party.party) return;
  const roleText = ctx.text.slice(claim.start, claim.end);
  const rulers = m.dataset.partyById.get(ruling.value)?.name ?? ruling.value;
  addFinding(ctx, {
    start: claim.start, end: claim.end, kind: 'role', severity: 'error',
    message: `Sources give ${p.person.name} as ${group.role.title} (${whenText(group, m)}), in opposition to the ${rulers}-run council, not ${roleText}.`,
    suggestions: [group.role.title],
    citations: [m.dataset.cite(group.attr.evidence), m.dataset.cite(ruling.evidence)],
    claimKey: `role:${p.person.id}:${normPhrase(roleText)}`,
  });
}

/** Days either side of a change of holder that a date read from the text may stand for ("last week", "in December"). */
const HANDOVER_DAYS = 62;

/**
 * "Melissa Caslake took over as director last week": a post taken up at a time when the sources have this person
 * leave it and another take it over. Reported as the other's; true when it was.
 */
function tookOverByAnother(ctx: Ctx, ask: RoleAsk, r: RoleEntry): boolean {
  const { m } = ctx;
  const { p, t, span } = ask;
  const end = r.time.falseAfter;
  // the tenure's end is near the time said, and its start is not
  if (end === undefined || Math.abs(t.range.start - end) > HANDOVER_DAYS) return false;
  if (r.time.falseBefore !== undefined && Math.abs(t.range.start - r.time.falseBefore) <= HANDOVER_DAYS) return false;
  for (const q of m.people) {
    if (q === p) continue;
    const x = q.roles.find((y) => y.role.id === r.role.id && y.time.falseBefore !== undefined && Math.abs(y.time.falseBefore - end) <= HANDOVER_DAYS);
    if (!x) continue;
    addFinding(ctx, {
      start: span.start, end: span.end, kind: 'role', severity: 'error',
      message: `Sources have ${q.person.name} take over as ${r.role.title} (${whenText(x, m)}), as ${p.person.name} left it${r.attr.timeNote ? ` (${r.attr.timeNote})` : ''}.`,
      suggestions: [q.person.name],
      citations: [m.dataset.cite(x.attr.evidence), m.dataset.cite(r.attr.evidence)],
      claimKey: `role:${p.person.id}:${r.role.id}:took-over`,
    });
    return true;
  }
  return false;
}

/** "chair of the council", "chairman of Devon County Council", "council chairman": the chair of the story's council. */
const CHAIR_OF_COUNCIL = /^(?:the\s+)?(?:(?:county\s+)?council\s+chair(?:man|woman|person)?|chair(?:man|woman|person)?\s+of\s+(?:the\s+)?(?:([a-z'-]+)\s+)?(?:county\s+)?council)$/;

/**
 * A council's chair (its civic head, who presides) is a post apart from its leader (the head of its administration):
 * the person the sources give as the story's council's leader then is not its chairman. Said only of the story's own
 * council (no place, or its place), at a time the sources have them leader; true when a finding was made.
 */
function chairOfLedCouncil(ctx: Ctx, { p, claim, t, span }: RoleAsk): boolean {
  const { m } = ctx;
  const r = CHAIR_OF_COUNCIL.exec(ctx.masked.slice(claim.start, claim.end).trim());
  if (!r || (r[1] && !m.places.home.includes(r[1]))) return false;
  const led = p.roles.find((x) => x.role.type === 'council-leader' && x.role.organisation === m.places.homeCouncil && heldAround(x, t.range));
  if (!led) return false;
  const roleText = ctx.text.slice(claim.start, claim.end);
  addFinding(ctx, {
    start: span.start, end: span.end, kind: 'role', severity: 'error',
    message: `Sources give ${p.person.name} as ${led.role.title} (${whenText(led, m)}): the council's leader, a post apart from its chairman, not ${roleText}.`,
    suggestions: [led.role.title],
    citations: [m.dataset.cite(led.attr.evidence)],
    claimKey: `role:${p.person.id}:${normPhrase(roleText)}`,
  });
  return true;
}

/**
 * Is the post presumed held at a time? A tenure runs for years: within a year before the sources first show it, with no
 * start given, it is presumed held as it is for a year after they last do ("chairman" in a column of July 2022 for
 * December 2022's leader; "chief executive" in November 2022 for December 2022's director).
 */
function heldAround(x: RoleEntry, at: DayRange): boolean {
  return presumedAt(x.time, at) ||
    (statusAt(x.time, at) === 'unknown' && x.time.falseBefore === undefined && at.end < x.time.known.start && at.end >= x.time.known.start - PRESUMED_DAYS);
}

/** A verb in the present right after a name (and its bracket): "intervenes", "says", "has said", "is". */
const PRESENT_VERB_AFTER = /^(?:\s*\([^()]*\))?[\s,]*(?:(?:also|now|still|then)\s+)?(?:has|is|(?!(?:was|as|his|this|thus|its)\b)[a-z]+[^s\W]s)\b/;

/** The person held the post, but not then: outdated (it ended before) or too early (it began after). */
function roleAtAnotherTime(ctx: Ctx, { s, p, t, span, claim, name }: RoleAsk, r: RoleEntry): void {
  const { m } = ctx;
  const at = t.range;
  const after = r.time.falseAfter !== undefined && at.start > r.time.falseAfter;
  // (leaving a post says it is over: no time after it makes that outdated)
  // ("in December sat behind the then cabinet member X", written in February: "then" is the time the sentence tells,
  // and the year of that December is a guess)
  // ("the former council leader John Hart", under a heading of 2026: "former" says the post was over by then, whenever that is)
  // ("Then cabinet member X said …" in a story written in 2026: "then" is a time before the story's own, not it)
  // ("then cabinet member X" under "## Q4 2026 plans", written in October 2026: a heading's time that holds the draft's
  // own day is now, and "then" a time before it)
  const sceneOnly = t.carried && ((ctx.contextDate?.scene && t.range.start === ctx.contextDate.range.start && t.range.end === ctx.contextDate.range.end) || (at.start <= ctx.asOf && ctx.asOf <= at.end));
  const outdated = after && (t.explicit || (t.present && !claim.past)) && !claim.left && !((t.yearless || sceneOnly) && markedThen(ctx, claim)) && !markedFormer(ctx, claim) && !changedFrom(ctx, claim, span);
  const tooEarly = !after && r.time.falseBefore !== undefined && at.end < r.time.falseBefore && (t.explicit || t.present || ctx.asOf < r.time.falseBefore);
  // neither: nothing to say (and no holders to look for)
  if (!outdated && !tooEarly) return;
  // a saying the sources date by its quoted words, told with no date of its own: the post set beside the name as a
  // story tells of the past ("His cabinet member, X, warned …", "X, the opposition leader, said …") is the one held
  // then, and so is a title run into the name when its own verb is not in the present ("Leader X admitted: '…'",
  // quoted in an archive's preview; a past saying in the paragraph, in a retrospective); run into a name
  // whose verb is in the present, it is today's ("Opposition leader X intervenes to remind … that in 2022 he called …")
  const runInto = claim.start <= span.start && !ctx.masked.slice(claim.end, span.end).includes(',');
  if (!t.explicit && !(runInto && PRESENT_VERB_AFTER.test(ctx.masked.slice(span.end, span.end + 60)))) {
    const { said: everyone } = indexOf(ctx, rolesRule);
    const said = quotedSayingTime(ctx, s, everyone.get(p.person.id), claim) ?? paragraphSayingTime(ctx, s, everyone, claim);
    if (said && statusAt(r.time, said) !== 'false') return;
  }
  const holders = m.people.filter((q) => q !== p && q.roles.some((x) => x.role.id === r.role.id && (statusAt(x.time, at) === 'true' ||
    (after && x.time.falseBefore !== undefined && r.time.falseAfter !== undefined && x.time.falseBefore >= r.time.falseAfter - 62))));
  const holderText = holders.length ? ` ${holders.map((h) => h.person.name).join(' and ')} holds it${t.explicit ? ' then' : ' now'}.` : '';
  const holderCites = holders.flatMap((h) => h.roles.filter((x) => x.role.id === r.role.id).map((x) => m.dataset.cite(x.attr.evidence)));
  if (outdated) {
    addFinding(ctx, {
      start: span.start, end: span.end, kind: 'outdated', severity: 'warning',
      message: `Outdated: ${p.person.name} ${heldUntil(r, m)} ${formatPartialDate(r.attr.until!)}${r.attr.timeNote ? ` (${r.attr.timeNote})` : ''}.${holders.length ? ` Since then: ${holders.map((h) => h.person.name).join(' and ')}.` : ''}`,
      // (the holder's name in the name's place, the rest of the words kept: "Richard Jefferies is the cabinet member …")
      suggestions: holders.map((h) => ctx.text.slice(span.start, name.start) + h.person.name + ctx.text.slice(name.end, span.end)),
      citations: [...holderCites, m.dataset.cite(r.attr.evidence)],
      claimKey: `outdated:${p.person.id}:${r.role.id}`,
    });
  } else if (claim.started && t.words) {
    // "X became P in 2024" of a post X took up later: the claim is when, told by its own words
    const when = ctx.text.slice(t.words.start, t.words.end);
    const from = formatPartialDate(r.attr.from!);
    const lead = /^(?:in|on|during|by)\s+/i.exec(when)?.[0];
    addFinding(ctx, {
      start: t.words.start, end: t.words.end, kind: 'date', severity: 'error',
      message: `${p.person.name} became ${r.role.title} in ${from}, not ${when}.${holderText}`,
      suggestions: lead ? [lead + from] : [],
      citations: [m.dataset.cite(r.attr.evidence), ...holderCites],
      claimKey: `date:${p.person.id}:${r.role.id}:from`,
    });
  } else {
    addFinding(ctx, {
      start: span.start, end: span.end, kind: 'role', severity: 'error',
      message: `${p.person.name} became ${r.role.title} only from ${formatPartialDate(r.attr.from!)}.${holderText}`,
      suggestions: holders.map((h) => h.person.name),
      citations: [m.dataset.cite(r.attr.evidence), ...holderCites],
      claimKey: `role:${p.person.id}:${r.role.id}:before`,
    });
  }
}

/** Same kind of role, different portfolio or place: a definite conflict when we know what they held then. */
function otherRoleOfTheKind(ctx: Ctx, { p, claim, t }: RoleAsk): void {
  const { m } = ctx;
  const r = p.roles.filter((x) => x.role.type === claim.type).find((x) => presumedAt(x.time, t.range));
  if (!r || atOwnOtherBody(ctx, p, claim)) return;
  if (mayFollow(claim, r.time, t.range)) return;
  // ("LAST CHANCE SALOON MP RACE WELCOMES GREEN SHOOTS": in a headline in capitals any words before "MP" look like a
  // seat; there, only a place the data knows is one)
  if (claim.place && !indexOf(ctx, rolesRule).places.has(normPhrase(claim.place)) && lineInCapitals(ctx.text, claim.start)) return;
  const roleText = ctx.text.slice(claim.start, claim.end);
  const kind = claim.place ? 'ward' : 'role';
  addFinding(ctx, {
    start: claim.start, end: claim.end, kind, severity: 'error',
    message: `Sources give ${p.person.name} as ${r.role.title}, not ${roleText}.`,
    suggestions: [r.role.place && claim.place ? `${r.role.place} MP` : r.role.title].filter((x) => x.length > 0),
    citations: [m.dataset.cite(r.attr.evidence)],
    claimKey: `${kind}:${p.person.id}:${normPhrase(roleText)}`,
  });
}

/**
 * "Somerset's former director": a post whose words name another body the person held a post in (the sources' "Somerset's
 * former children's lead") is that body's post, not a different one of the kind at the council.
 */
function atOwnOtherBody(ctx: Ctx, p: PersonIndex, claim: RoleClaim): boolean {
  const words = (claim.words ?? []).map((w) => w.replace(/'s?$/, ''));
  return p.roles.some((x) => {
    const org = x.role.organisation;
    if (!org || org === ctx.m.places.homeCouncil) return false;
    return ctx.m.orgPhrases.some((o) => o.org.id === org && words.includes(o.phrase));
  });
}

/**
 * A post said to be taken up in a time ("X became leader in 2025") may follow a post held then that ended in that time
 * (the other holder's, or the person's own other post of the kind): no conflict.
 */
function mayFollow(claim: RoleClaim, held: RoleEntry['time'], at: DayRange): boolean {
  return !!claim.started && held.falseAfter !== undefined && held.falseAfter <= at.end;
}

/** A role the sources give to somebody else at that time, or (no one else known) a council post other than theirs. */
function roleOfSomebodyElse(ctx: Ctx, { p, claim, t, span }: RoleAsk): void {
  const { m } = ctx;
  const at = t.range;
  const roleText = ctx.text.slice(claim.start, claim.end);
  const holders: { q: PersonIndex; attr: PersonIndex['roles'][number] }[] = [];
  for (const q of m.people) {
    if (q === p) continue;
    for (const x of q.roles) if (x.role.exclusive && compatible(ctx, x.role, claim) && presumedAt(x.time, at) && !mayFollow(claim, x.time, at)) holders.push({ q, attr: x });
  }
  if (!holders.length) {
    // No one else is known to hold it, but the sources give this person a different post of the council then —
    // unless the post is told in the past with no date ("was cabinet member for highways"): it may have been before.
    // ("Devon's former chief executive": a post said to be over is one left, as "who left as" says)
    const left = claim.left || markedFormer(ctx, claim);
    if (!COUNCIL_POSTS.has(claim.type) || (claim.past && !t.explicit && !left)) return;
    // (a post said to be left is set against the council post the sources have the person leave, whenever that was)
    const own = p.roles.find((x) => x.role.organisation === m.places.homeCouncil && COUNCIL_POSTS.has(x.role.type) &&
      (left ? x.attr.until !== undefined : heldAround(x, at) && !mayFollow(claim, x.time, at)));
    if (!own) return;
    addFinding(ctx, {
      start: span.start, end: span.end, kind: 'role', severity: 'error',
      message: `Sources give ${p.person.name} as ${own.role.title} (${whenText(own, m)}), not ${roleText}.`,
      suggestions: [own.role.title],
      citations: [m.dataset.cite(own.attr.evidence)],
      claimKey: `role:${p.person.id}:${normPhrase(roleText)}`,
    });
    return;
  }
  const own = describeRole(p, at);
  const h = holders[0];
  addFinding(ctx, {
    start: span.start, end: span.end, kind: 'role', severity: 'error',
    message: `Sources name ${h.q.person.name} as ${h.attr.role.title} (${whenText(h.attr, m)}), not ${p.person.name}${own ? `; ${article(p)} is ${own}${p.constituency && !own.includes(p.constituency.place) ? ` (${p.constituency.place})` : ''}` : ''}.`,
    suggestions: [h.q.person.name],
    citations: [m.dataset.cite(h.attr.attr.evidence), ...(p.roles[0] ? [m.dataset.cite(p.roles[0].attr.evidence)] : [])],
    claimKey: `role:${p.person.id}:${h.attr.role.id}`,
  });
}

/**
 * What may stand between a party and the name it is given to: a post, with a cabinet member's portfolio ("Labour cabinet
 * member for children's services, …"), or its group's ("the Conservative group's Su Aves").
 */
const PARTY_BEFORE_TAIL = /\s+(?:councillor|cllr|mp|(?:council\s+)?leader(?:\s+of\s+the\s+(?:county\s+)?council)?|group\s+leader|group's|cabinet\s+member(?:\s+for\s+[a-z' &-]{2,40}?)?|member|politician|opposition\s+leader|peer|candidate)?\s*,?\s*$/;

/** "PARTY [councillor|leader…]" right before a name (see partyTail). */
interface PartyTail {
  re: RegExp;
  parties: string[];
  keys: RegExp;
}

/**
 * One pattern for "PARTY [councillor|leader…]" right before a name (longest phrases first), and one for the literal
 * beginnings of its phrases: a text holding none of those cannot match it.
 */
function partyTail(m: Model): PartyTail {
  const alts = m.partyPhrases.map((pp) => `(${pp.phrase.replace(/[-]/g, '[- ]?')})`);
  // each phrase's start up to its first character that is not plainly literal in the pattern ('-' and the like)
  const starts = [...new Set(m.partyPhrases.map((pp) => /^[a-z0-9' ]*/.exec(pp.phrase)![0]))];
  // a start that holds another is implied by it ("conservative party" by "conservative")
  const keys = starts.filter((k) => !starts.some((o) => o !== k && k.includes(o)));
  return {
    // ("Labour's Carol Whitton", "the Tories' John Hart")
    re: new RegExp(`(?:^|[^a-z])(?:${alts.join('|')})(?:'s|')?${PARTY_BEFORE_TAIL.source}`),
    parties: m.partyPhrases.map((pp) => pp.party.id),
    keys: new RegExp(keys.join('|')),
  };
}

/**
 * A ward name's normal form: lower case, '&' read as "and", only letters a-z and digits kept, words set apart by
 * single spaces ("St David's & Haven Banks" → "st davids and haven banks"). One pass over the lower-cased text; it
 * equals normPhrase and then the replaces it stands for (see the unit test).
 */
export function wardNorm(w: string): string {
  const low = w.toLowerCase();
  let out = '';
  let gap = false; // white space or '&' since the last kept character: the next one starts a new word
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out) out += ' ';
      gap = false;
      out += low[i];
    } else if (c === 38) {
      out += out ? ' and' : 'and';
      gap = true;
    } else if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(low[i]))) {
      gap = true;
    } // anything else (apostrophes, dashes, full stops…) is dropped without parting words
  }
  return out;
}

/**
 * ", the councillor for Riverside," or " — she was the councillor for Riverside —" after a name: the ward, ending where
 * the clause does (group 1).
 */
const FOR_WARD = new RegExp(`^\\s*(?:,|\\s[\u2013\u2014-]|[\u2013\u2014])(?:\\s*(?:she|he|who)\\s+(?:was|is|had\\s+been|has\\s+been))?\\s*(?:then\\s+|now\\s+)?(?:the\\s+|a\\s+)?(?:[a-z-]+\\s+){0,2}(?:councillor|member)\\s+for\\s+([a-z][a-z' &.-]{2,40}?)(?=\\s*(?:[,.;:)\u2013\u2014]|$|\\s-\\s|\\s+(?:and|who|went|${SPEECH_VERBS.join('|')})\\b))`);

/**
 * The same further on, in apposition to the name after a relative clause or a post ("X, who was the opposition leader
 * then, councillor for …", "X, the opposition leader and councillor for …", "X — then the opposition leader and councillor
 * for … —"); not "the councillor for …", another person.
 */
const FOR_WARD_LATER = /^\s*(?:,|\s[\u2013\u2014-]|[\u2013\u2014])\s*(?:(?:who|whose)\b[^.;:()]{0,60}?,|(?:then\s+)?(?:the\s+)?[a-z][a-z' -]{2,40}?\s+and)\s*(?:[a-z-]+\s+)?(?:councillor|member)\s+for\s+([a-z][a-z' &.-]{2,40}?)(?=\s*(?:[,.;:)\u2013\u2014]|$)|\s-\s)/;

/** FOR_WARD_LATER's match, unless another person is named before the ward ("X, who spoke after Andrew Leadbetter, councillor for …"). */
function laterWard(ctx: Ctx, p: PersonIndex, after: string): RegExpExecArray | null {
  const r = FOR_WARD_LATER.exec(after);
  if (!r) return null;
  const between = r[0].slice(0, r[0].lastIndexOf(r[1])).split(/[^a-z'-]+/);
  return between.some((w) => w !== p.surname && ctx.m.bySurname.has(w)) ? null : r;
}

/** A part of the brackets after a name that reads as a ward, unless it holds a role word. */
const WARD_LIKE = /^[a-z][a-z' &.\s-]+$/;
/**
 * A bracket's part too long for a ward's name, or holding a quotation: a note ("(Labour group leader; MPs told service
 * is ‘third or fourth worst’)"). Wards run to five words or so, "&" counted.
 */
function noteNotWard(text: string, start: number, t: string): boolean {
  return t.split(/\s+/).length > 7 || /["\u201c\u2018]/.test(text.slice(start, start + t.length));
}
/** Where a caption places a person in its picture ("(left)", "(second right)", "(centre)", "(pictured)"): no ward. */
const PICTURE_PLACE = /^(?:(?:far|second|third|back|front|top|bottom|centre|center)\s+)?(?:left|right|centre|center|middle|pictured|above|below|top|bottom|inset)(?:\s+row)?$/;
/** A script's or transcript's note in brackets after a speaker's name: where the words come from, not a ward ("(archive)", "(voice-over)"). */
const SPEECH_NOTE = /^(?:archive|archived|file|clip|library|recording|recorded|voice-?over|v\.?o\.?|o\.?s\.?|off|cont'?d|continued|actuality|statement|interview|phone|video|audio|translated|read\s+by\s+[a-z ]+)$/;
/** A part naming a post, whole or in notes' short forms ("cabinet mbr children's"): no ward. */
const ROLE_WORD = new RegExp(`\\b(${[...ROLE_WORDS, ...ROLE_SHORT_FORMS].join('|')}|former|interim)\\b`);
/** A part ending on a body's word ("SEND Task Group") names the body a post is in, not a ward. */
const BODY_END = new RegExp(`\\b(?:${NAME_OF_BODY_ENDS.join('|')})s?\\s*$`);

/** White space other than a plain space, or a character outside ASCII (which may be white space). */
function mayBeSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c > 127;
}

/** Brackets of 2 to 80 characters, read where they open (sticky). */
const PAREN_AT = /\([^()]{2,120}\)/y;

/** What may stand before the name that heads a who's-who entry (markup), and the dash or colon after it. */
const ENTRY_BEFORE = /^[\s*_#>-]*$/;
const ENTRY_DASH = /^[\s*_]*(?:[\u2013\u2014:]|\s-)\s*/;
/**
 * "Councillor for St Sidwell's & St James.", "Labour councillor for Kingsbridge": a ward (group 1) in a verbless fragment
 * (ending at its stop, or at a spaced dash: "X — councillor for Totnes — called …").
 */
const FRAGMENT_WARD = /^[\s*_]*(?:(?:the|a)\s+)?(?:[a-z-]+\s+)?(?:councillor|member)\s+for\s+([a-z][a-z' &.-]{2,40}?)(?=\s*(?:[,.;:)\u2013\u2014]|$)|\s-\s)/;

/**
 * A who's-who entry ("**Carol Whitton** — Leader of the Labour group. Councillor for St David's & Haven Banks."):
 * a paragraph that opens with a name and a dash or colon, whose fragments after it describe that person with no
 * name of their own. A fragment that opens with "councillor for …" gives the person's ward.
 */
function checkEntryWard(ctx: Ctx, s: SentenceInfo): void {
  const head = ctx.sentences[0].mentions[0];
  if (!head || (s.index > 0 && s.mentions.length > 0)) return;
  const { masked } = ctx;
  if (!ENTRY_BEFORE.test(masked.slice(ctx.sentences[0].start, head.start))) return;
  // (past a bracket after the name: a guide to saying it, "**Carol Whitton** (WIT-un) — …")
  const bracket = NAME_BRACKET.exec(masked.slice(head.end, head.end + 50));
  const nameEnd = head.end + (bracket ? bracket[0].length : 0);
  const dash = ENTRY_DASH.exec(masked.slice(nameEnd, nameEnd + 8));
  if (!dash) return;
  if (s.index > 0 && head.person.roles.length) checkEntryPost(ctx, s, head);
  // (the entry's own bracket of party and ward after its post: "**John Hart** — leader … in 2022 (Conservative, …).")
  if (s.index === 0) entryBracket(ctx, s, head, nameEnd + dash[0].length);
  if (!head.person.ward) return;
  // each fragment of the sentence, the first and any after a semicolon ("— leader of the group; councillor for …")
  for (let at = s.index === 0 ? nameEnd + dash[0].length : s.start; at < s.end; ) {
    const rest = masked.slice(at, s.end);
    const r = FRAGMENT_WARD.exec(rest);
    if (r && !PORTFOLIO.test(r[1])) {
      const start = at + r[0].lastIndexOf(r[1]);
      reportWardIfWrong(ctx, head.person, { text: r[1], start, end: start + r[1].length });
      return;
    }
    const semi = rest.indexOf(';');
    if (semi < 0) return;
    at += semi + 1;
  }
}

/** A bracket right after a name ("(WIT-un)", "(Labour)"). */
const NAME_BRACKET = /^\s*\([^()\n]{1,40}\)/;

/** The deepest indent a record's field line is read with. */
const MAX_INDENT = 16;

/**
 * A record's fields, one a line: a field whose value is a known person's name ("Name: Cllr Carol Whitton", "Title: Cllr
 * Su Aves") over one whose value opens with a post ("Role line: Leader of the Labour group (Labour, St David's …)"):
 * the post, and the bracket of party and ward after it, are that person's, as a who's-who entry's are.
 */
function checkRecordField(ctx: Ctx, s: SentenceInfo): void {
  const { masked } = ctx;
  const prev = ctx.sentences[s.index - 1];
  if (!prev || prev.mentions.length !== 1) return;
  // (the line's indent before the field, as a script's lines are set: "    L2: Cabinet member …"; a few characters at
  // most — a quotation left open blanks the rest of a paragraph, and a walk over it for each sentence was quadratic)
  let line = s.start;
  while (line > 0 && s.start - line < MAX_INDENT && (masked.charCodeAt(line - 1) === 32 || masked.charCodeAt(line - 1) === 9)) line--;
  if (masked.charCodeAt(line - 1) !== 10) return;
  const field = FIELD_AT.exec(masked.slice(s.start, s.end));
  const head = prev.mentions[0];
  if (!field || !nameFieldAlone(masked, head.start, head.end) || masked.indexOf('\n', head.end) !== line - 1) return;
  const value = { ...s, start: s.start + field[0].length };
  if (head.person.roles.length) checkEntryPost(ctx, value, head);
  entryBracket(ctx, value, head, value.start);
}

/** A who's-who entry's bracket after its post, with no other name before it, read as party and ward of the entry's head. */
function entryBracket(ctx: Ctx, s: SentenceInfo, head: Mention, from: number): void {
  const open = ctx.masked.indexOf('(', from);
  if (open < 0 || open >= s.end || s.mentions.some((x) => x !== head && x.start >= from && x.start < open)) return;
  const close = ctx.masked.indexOf(')', open);
  if (close > open && close < s.end && !/\d/.test(ctx.masked.slice(open, close))) partyAndWardIn(ctx, head, open + 1, close);
}

/** A fragment of a who's-who entry that opens with a post, or with a verb of one ("Current council leader; …", "Leads the council and …"). */
const FRAGMENT_POST = /^[\s*_]*(?:(current|currently|now|still)\s+)?(?:(leads|heads|chairs)\s+(?:the\s+)?)?([a-z][a-z' -]{2,60}?)(?=\s*(?:[;,.:(]|$|\s+(?:and|who|since|until|from)\b))/;

/**
 * A later fragment of a who's-who entry that says the head's post with no name of its own ("**John Hart** —
 * Conservative, Bickleigh & Wembury. Current council leader."): read as that post of that person, in its own time.
 */
function checkEntryPost(ctx: Ctx, s: SentenceInfo, head: Mention): void {
  const r = FRAGMENT_POST.exec(ctx.masked.slice(s.start, s.end));
  if (!r) return;
  const start = s.start + r[0].search(/[a-z]/);
  const end = s.start + r[0].length;
  const words = r[2] ? `${r[2] === 'chairs' ? 'chair' : 'leader'} of the ${r[3]}` : r[3];
  const claim = roleAfter(ctx, words.replace(BODY_AFTER, ''), start, end);
  if (!claim) return;
  // (the post's own words are the finding's: the entry's name stands sentences before)
  checkRoleClaim(ctx, s, { ...head, start, end: start }, claim);
}

/** Party and ward claims about a person; masked[lo90, e90) is the text before the name as checkRoles trimmed it. */
/** The party and ward a sentence gives a named person (the first of each it gives). */
interface PartyWardClaims {
  party?: { party: string; start: number; end: number };
  ward?: { text: string; start: number; end: number };
}

function checkPartyAndWard(ctx: Ctx, s: SentenceInfo, mention: Mention, lo90: number, e90: number): void {
  const p = mention.person;
  // Only a party or ward the sources give can be contradicted: for anybody else there is nothing to read.
  if (!p.party && !p.ward) return;
  const claims: PartyWardClaims = {};
  // (a party before the name and one in the bracket after it are two claims: "Labour group leader Carol Whitton
  // (Lib Dem, …)")
  const before = p.party ? partyBefore(ctx, s, mention, lo90, e90) : undefined;
  claimsAfter(ctx, s, mention, claims);
  const { ward: wardClaim } = claims;
  for (const claimed of [before, claims.party]) {
    if (claimed && p.party && claimed.party !== p.party.party && !titleOfNext(ctx, s, mention, claimed.start, claimed.end)) reportParty(ctx, p, claimed.party, claimed.start, claimed.end);
  }
  if (wardClaim && p.ward) reportWardIfWrong(ctx, p, wardClaim);
}

/** A party before the name: "Labour councillor John Hart", "Tory John Hart", "Labour's Carol Whitton". */
function partyBefore(ctx: Ctx, s: SentenceInfo, mention: Mention, lo90: number, e90: number): PartyWardClaims['party'] {
  const { masked } = ctx;
  const lo = Math.max(s.start, mention.start - 60);
  const e = lo === lo90 ? e90 : trimTitle(masked, lo, mention.start);
  const text = e > lo ? masked.slice(lo, e) : '';
  const tail = indexOf(ctx, rolesRule).tail;
  // the pattern needs one of the party phrases, so the start of one (most texts before a name hold none)
  if (!tail.keys.test(text)) return undefined;
  // the text and a space (most often the space that follows it: a slice, no joined copy)
  const r = tail.re.exec(masked.charCodeAt(e) === 32 ? masked.slice(lo, e + 1) : text + ' ');
  if (!r) return undefined;
  // the one phrase group that took part in the match
  let k = 1;
  while (k < r.length && r[k] === undefined) k++;
  const st = lo + r.index + r[0].indexOf(r[k]);
  return { party: tail.parties[k - 1], start: st, end: st + r[k].length };
}

/**
 * Party and ward after the name: "John Hart (Conservative, Bickleigh & Wembury)", "Carol Whitton (St David's & Haven
 * Banks)", "John Hart, the Labour councillor for …". Each pattern starts with white space and then '(' or ',': the
 * first other character is looked at first.
 */
function claimsAfter(ctx: Ctx, s: SentenceInfo, mention: Mention, claims: PartyWardClaims): void {
  const { masked } = ctx;
  const afterEnd = Math.min(s.end, mention.end + 90);
  if (!claims.party && masked.startsWith("'s ", mention.end)) claims.party = partyGroupClaim(ctx, mention.end + 2, afterEnd);
  let k = mention.end;
  while (k < afterEnd && masked.charCodeAt(k) === 32) k++;
  const next = k < afterEnd ? masked.charCodeAt(k) : -1;
  const otherSpace = (next >= 9 && next <= 13) || next > 127; // white space but no plain space: the patterns decide
  const mayParen = next === 40 || otherSpace;
  const mayComma = next === 44 || otherSpace;
  // a dash setting off what follows the name ("John Hart — Conservative, Bickleigh & Wembury", "X - Labour - said")
  const dash = next === 8212 || next === 8211 || (next === 45 && masked.charCodeAt(k + 1) === 32 && masked.charCodeAt(k - 1) === 32);
  if (!mayParen && !mayComma && !dash) {
    if (mention.person.party && !claims.party) claims.party = partyAfterCopula(ctx, mention, masked.slice(mention.end, afterEnd));
    return;
  }
  // the brackets' inside, masked[innerStart, innerEnd)
  let innerStart = -1;
  let innerEnd = -1;
  if (next === 40) {
    // read in place: the bracket is at k, and the match may not run past afterEnd
    PAREN_AT.lastIndex = k;
    // (a bracket may hold a post and its time before the party and ward: "(in 2022, chair of the …; Labour, St …)")
    if (PAREN_AT.test(masked) && PAREN_AT.lastIndex <= Math.min(s.end, k + 122)) {
      innerStart = k + 1;
      innerEnd = PAREN_AT.lastIndex - 1;
    }
  } else if (mayParen) {
    const paren = /^\s*\(([^()]{2,80})\)/.exec(masked.slice(mention.end, afterEnd));
    if (paren) {
      innerStart = mention.end + paren[0].indexOf('(') + 1;
      innerEnd = innerStart + paren[1].length;
    }
  }
  if (innerStart >= 0) claimsInBrackets(ctx, innerStart, innerEnd, claims);
  else {
    if (mayComma || dash) claimsAfterComma(ctx, mention, masked.slice(mention.end, afterEnd), claims);
    if ((next === 44 || dash) && !claims.ward) claimsInList(ctx, s, k + 1, afterEnd, claims, dash, mention.person.ward?.ward);
    // "Cllr Carol Whitton, Leader of the Labour Group (St Thomas & Haven Banks)": the bracket after the name's post
    if (next === 44 && !claims.ward) {
      const post = POST_THEN_BRACKET.exec(masked.slice(k + 1, afterEnd));
      const open = post ? k + 1 + post[0].lastIndexOf('(') : -1;
      if (post && POST_WORD.test(post[1]) && !s.mentions.some((x) => x !== mention && x.start > k && x.start < open)) claimsInBrackets(ctx, open + 1, open + 1 + post[2].length, claims);
    }
  }
}
/** A short post after a name's comma, then a bracket (group 1 the post, group 2 the bracket's inside). */
const POST_THEN_BRACKET = /^\s*((?:the\s+)?[a-z][a-z'\u2019 -]{2,60}?)\s*\(([^()]{2,80})\)/;
/** A word that makes a phrase a post: a post's head noun ("leader", "member", "chair" …). */
const POST_WORD = new RegExp(`\\b(?:${ROLE_HEADS.join('|')})\\b`);

/** Where a list of items set off after a name ends: a full stop, semicolon, colon, bracket, quotation mark, line break or spaced dash. */
const LIST_END = /[.;:()"\n\u201c\u201d]|\s[-\u2013\u2014]\s|\s[\u2013\u2014]|[\u2013\u2014]\s/;
/** What may follow a party in an item of such a list and make it a post: "Labour group leader", "Lab grp ldr", "Tory councillor". */
const PARTY_POST_REST = /^(?:[a-z.]+\s+){0,2}(?:councillor|cllr|member|leader|ldr|group|grp|politician|mp|chair|chairman|spokesman|spokeswoman|spokesperson)$/;
/** An item of such a list that is a building, a day, a month or a mark ("…, Labour, County Hall, Exeter", "…, Tuesday,", "X — Correct."), not a ward. */
/** A title of address alone ("AVES, Su - Cllr (Lab, …)": the title a directory's entry gives after the dash). */
const TITLE_ALONE = new RegExp(`^(?:${TITLE_WORDS.join('|')})\\.?$`);
const NOT_A_WARD = /\b(?:hall|house|centre|center|chamber|chambers|street|road|square|office|offices|school|academy|hospital|college|university|court|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|yesterday|tonight|correct|incorrect|right|wrong|yes|no|true|false|agreed|confirmed|verified|checked|approved|rejected|passed|failed)\b/;
/** Two places joined, as a ward's name joins them ("Bickleigh & Wembury", "Haven Banks and St David's"). */
const PLACE_PAIR = /\s(?:&|and)\s/;
/** Words a place's name may hold in lower case. */
const PLACE_SMALL = new Set(['&', 'and', 'of', 'the', 'upon', 'on', 'in', 'by']);

/** Is every word of text[a, b) a capitalised one, but the small words of a place's name? */
function capitalised(text: string, a: number, b: number): boolean {
  for (const w of text.slice(a, b).split(/\s+/)) if (w && !PLACE_SMALL.has(w.toLowerCase()) && !/^[A-Z]/.test(w)) return false;
  return true;
}

/** The party an item of a list after a name opens with (a party's phrase, or an abbreviation written with capitals), and where its words end. */
function partyLead(ctx: Ctx, t: string, at: number): { party: string; len: number } | undefined {
  const whole = partyOf(ctx, t);
  if (whole) return { party: whole, len: t.length };
  const words = t.split(' ');
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    if (!PARTY_POST_REST.test(rest)) continue;
    const abbreviated = lead.length >= 2 && /^[A-Z]/.test(ctx.text.slice(at, at + 1)) ? ctx.m.partyAbbreviations.get(normPhrase(lead)) : undefined;
    const party = partyOf(ctx, lead) ?? abbreviated;
    if (party) return { party, len: lead.length };
  }
  const abbreviation = t.length >= 2 && /^[A-Z]/.test(ctx.text.slice(at, at + 1)) ? ctx.m.partyAbbreviations.get(normPhrase(t)) : undefined;
  return abbreviation ? { party: abbreviation, len: t.length } : undefined;
}

/**
 * A place pair of the person's own ward's form with one of its halves ("Wearside & Exmouth" beside "Wearside &
 * Topsham"): a ward, even first after a comma.
 */
function halfOfWard(t: string, ward: string): boolean {
  const halves = (x: string) => normPhrase(x).split(/\s+(?:&|and)\s+/);
  const mine = halves(ward), theirs = halves(t);
  return theirs.length === 2 && mine.length === 2 && theirs.some((h) => mine.includes(h));
}

/**
 * Items set off after a name by commas or a dash, with no brackets: "Andrew Leadbetter, Conservative, Wearside &
 * Topsham, said", "John Hart — Conservative, Bickleigh & Wembury.", "(Cllr Carol Whitton, Lab grp ldr, St David's &
 * Haven Banks)". Read in order while each is a party, a party's post ("Labour group leader") or a post, and then a
 * place's name written in capitals, read as the ward; the first other item ends the list ("…, told the meeting").
 * After a comma the list must open with a party or a post (or a pair of places one of the person's own ward's halves): a
 * place first may be anything else's. A town the sources
 * name as no ward ("Carol Whitton, Labour, Exeter,") is where the ward lies, not a ward given wrongly.
 */
function claimsInList(ctx: Ctx, s: SentenceInfo, from: number, end: number, claims: PartyWardClaims, dash: boolean, ward?: string): void {
  // (posts alone, then a semicolon, then the party and ward, as a who's who gives them: "Andrew Leadbetter - then
  // cabinet member for children's services; Conservative, Wearside & Topsham")
  for (let round = 0; round < 2; round++) {
    const stop = LIST_END.exec(ctx.masked.slice(from, end));
    const listEnd = stop ? from + stop.index : end;
    if (!listItems(ctx, s, from, listEnd, claims, dash, ward) || stop?.[0] !== ';') return;
    from = listEnd + 1;
  }
}

/** claimsInList's reading of the items in masked[from, listEnd): are they all posts? */
function listItems(ctx: Ctx, s: SentenceInfo, from: number, listEnd: number, claims: PartyWardClaims, dash: boolean, ward?: string): boolean {
  const { masked } = ctx;
  let first = true;
  let posts = true;
  for (let a = from; a < listEnd; ) {
    let b = masked.indexOf(',', a);
    if (b < 0 || b > listEnd) b = listEnd;
    const part = masked.slice(a, b);
    const t = part.trim();
    const at = a + part.indexOf(t);
    a = b + 1;
    if (!t || s.mentions.some((x) => x.start < at + t.length && x.end > at)) return false;
    const lead = partyLead(ctx, t, at);
    if (lead) {
      if (!claims.party) claims.party = { party: lead.party, start: at, end: at + lead.len };
      posts = false;
    } else if (roleAfter(ctx, t.replace(/^(?:(?:the|a|an|then|now)\s+)+/, ''), at, at + t.length)) {
      // a post among the items: read by the roles check; the list goes on
    // (after a dash, a first item of two or more words needs a place pair's "&" or "and": "Carol Whitton — Rhiannon Daw,
    // mezzo-soprano" is a cast list's player, not a ward)
    } else if (((dash && (!first || PLACE_PAIR.test(t) || !/\s/.test(t))) || !first || (ward !== undefined && halfOfWard(t, ward))) && WARD_LIKE.test(t) && !ROLE_WORD.test(t) && !BODY_END.test(t) && !NOT_A_WARD.test(t) && !TITLE_ALONE.test(t) && !indexOf(ctx, rolesRule).places.has(normPhrase(t)) && capitalised(ctx.text, at, at + t.length)) {
      claims.ward = { text: t, start: at, end: at + t.length };
      return false;
    } else return false;
    first = false;
  }
  return posts && !first;
}


/** "Brazil's Labour group": the party of the group, administration… a person's possessive stands before (masked[at, end)). */
function partyGroupClaim(ctx: Ctx, at: number, end: number): PartyWardClaims['party'] {
  const r = PARTY_GROUP_AFTER.exec(ctx.masked.slice(at, end));
  const party = r ? partyIn(ctx.m, r[1]) : undefined;
  if (!r || !party) return undefined;
  const words = r[1].split(' ');
  // the party's own words: both of them, or the first where only it is a party's
  const text = ctx.m.partyPhrases.some((pp) => pp.phrase === r[1]) ? r[1] : words[0];
  const start = at + r[0].indexOf(r[1]);
  return { party, start, end: start + text.length };
}

/**
 * ", who leads the group and represents St David's & Haven Banks,", ", who sits for Kingsbridge,": a councillor's ward
 * (group 2), not a seat in Parliament; after a post in apposition, too (", the opposition leader, who represents …":
 * group 1, no clause of its own); or in a bracket of its own ("(she represents …)", after the name or its clause).
 */
const REPRESENTS_WARD = /^(?:\s*,\s*(?:([^,;.()]{3,60}?),\s*)?who\s+(?:[a-z' -]{1,60}?\s+and\s+)?|(?:\s*,\s*who\s+[a-z' -]{1,60}?)?\s*\((?:he|she|they)\s+(?:also\s+)?)(?:(?:then\s+)?represent(?:s|ed)|sits\s+for|sat\s+for)\s+([a-z][a-z' &.-]{2,40}?)(?=\s*(?:[,.;:)]|$|\s+(?:and|who|on|at|in|for|when|where|told|said|says)\b))(?!\s+(?:in\s+parliament|at\s+westminster))/;

/** A match whose second group is the ward, as a match of FOR_WARD's shape (the whole, then the ward as group 1). */
function wardLast(r: RegExpExecArray): RegExpExecArray {
  return Object.assign([r[0], r[2]], { index: r.index, input: r.input }) as unknown as RegExpExecArray;
}

function representsWard(ctx: Ctx, after: string, at: number): RegExpExecArray | null {
  const w = after.includes('represent') || after.includes('sits for') || after.includes('sat for') ? REPRESENTS_WARD.exec(after) : null;
  if (!w || (w[1] && CLAUSE_WORD.test(w[1]))) return null;
  const r = wardLast(w);
  // a place's name is capitalised ("represents parents of disabled children" names none)
  if (!isUpperAt(ctx.text, at + r[0].lastIndexOf(r[1]))) return null;
  // (a name joined by "and" goes on while its words are capitalised: "represents Wearside and Exminster and holds …")
  const more = NAME_GOES_ON.exec(ctx.text.slice(at + r[0].length, at + r[0].length + 40));
  if (more) {
    r[1] += after.slice(r[0].length, r[0].length + more[0].length);
    r[0] += after.slice(r[0].length, r[0].length + more[0].length);
  }
  return r;
}
/** ", the Salcombe councillor," / ", the Kingsteignton member who …": a place's name before the councillor's noun (group 1). */
const PLACE_COUNCILLOR = /^\s*,\s*(?:the|a)\s+([a-z][a-z'\u2019 &.-]{2,40}?)\s+(?:councillor|member)(?=\s*(?:[,.;:)\u2013\u2014]|$)|\s+(?:who|and)\b)/;

/**
 * The ward in ", the Salcombe councillor," after a name: a place's name in capitals before "councillor" or "member"
 * that is no party, post, body, council or town the sources name ("the Labour councillor", "the cabinet member", "the
 * Exeter councillor" name none).
 */
function placeCouncillor(ctx: Ctx, after: string, at: number): RegExpExecArray | null {
  const r = after.includes('councillor') || after.includes('member') ? PLACE_COUNCILLOR.exec(after) : null;
  if (!r || partyOf(ctx, r[1]) || ROLE_WORD.test(r[1]) || BODY_END.test(r[1]) || NOT_A_WARD.test(r[1])) return null;
  if (indexOf(ctx, rolesRule).places.has(normPhrase(r[1])) || ctx.m.notNames.has(r[1])) return null;
  const start = at + r[0].lastIndexOf(r[1]);
  return capitalised(ctx.text, start, start + r[1].length) ? r : null;
}

/** " and Exminster", " & St Thomas": a place's name going on in capitals after "and". */
const NAME_GOES_ON = /^[ \t]+(?:and|&)[ \t]+(?:St\.?[ \t]+)?[A-Z][\w'\u2019-]+/;

/** Is s[i] a dash standing between spaces ("Con – Wearside & Topsham"), which parts the brackets' items as a comma does? */
function spacedDashAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c === 8211 || c === 8212 || c === 45) && s.charCodeAt(i - 1) === 32 && s.charCodeAt(i + 1) === 32;
}

/** Each comma-separated part of the brackets after a name, read as a party or a ward. */
function claimsInBrackets(ctx: Ctx, innerStart: number, innerEnd: number, claims: PartyWardClaims): void {
  const { m, masked } = ctx;
  for (let a = innerStart; a <= innerEnd; ) {
    // (the next comma or semicolon inside the brackets — "(cabinet member; Lib Dem, Wearside)" — a search of the whole
    // text would run on past them)
    let b = a;
    while (b < innerEnd && masked.charCodeAt(b) !== 44 && masked.charCodeAt(b) !== 59 && !spacedDashAt(masked, b)) b++;
    // trimmed of plain spaces in place; other white space at either end is left to trim()
    let tStart = a;
    let tEnd = b;
    while (tStart < tEnd && masked.charCodeAt(tStart) === 32) tStart++;
    while (tEnd > tStart && masked.charCodeAt(tEnd - 1) === 32) tEnd--;
    let t: string;
    if (tStart < tEnd && (mayBeSpace(masked.charCodeAt(tStart)) || mayBeSpace(masked.charCodeAt(tEnd - 1)))) {
      const part = masked.slice(a, b);
      t = part.trim();
      tStart = a + part.indexOf(t);
    } else t = masked.slice(tStart, tEnd);
    a = b + 1;
    // ("(then Conservative)", "(now Lib Dem)": the party, of its time — a party is the person's whenever it was; not
    // "formerly", which may name the party they left)
    const when = /^(?:then|now)\s+/.exec(t);
    if (when) {
      t = t.slice(when[0].length);
      tStart += when[0].length;
    }
    if (!t) continue;
    // (an abbreviation, "Con" or "LD", is a party here and nowhere else)
    // (a party before a post, "(Lib Dem leader back then)", is the person's party as well)
    const party = partyOf(ctx, t) ?? m.partyAbbreviations.get(normPhrase(t));
    const lead = party ? undefined : partyLead(ctx, t.replace(TRAILING_TIME, ''), tStart);
    if (party || lead) {
      if (!claims.party) claims.party = { party: (party ?? lead!.party), start: tStart, end: tStart + (lead ? lead.len : t.length) };
    } else if (!claims.ward && WARD_LIKE.test(t) && isUpperAt(ctx.text, tStart) && !noteNotWard(ctx.text, tStart, t) && !ROLE_WORD.test(t) && !BODY_END.test(t) && !PICTURE_PLACE.test(t) && !SPEECH_NOTE.test(t) && !respelling(ctx.text, innerStart, tStart, tStart + t.length)) {
      // (a ward's name is capitalised: in "(…, so her county cllr)" the last part is a note)
      claims.ward = { text: t, start: tStart, end: tStart + t.length };
    }
  }
}

/**
 * "Su Aves (SOO-avz)": a guide to saying the name, set in capitals where the words before the bracket are not — no ward
 * (a ward in capitals comes in copy all in capitals).
 */
function respelling(text: string, open: number, start: number, end: number): boolean {
  const part = text.slice(start, end);
  return !/[a-z]/.test(part) && /[a-z]/.test(text.slice(Math.max(0, open - 30), open));
}

/** ", councillor for Bickleigh", ", the Labour councillor": a ward or party after a comma (`after` follows the name). */
/**
 * ", a Conservative councillor", ", the council's Lib Dem leader", ", a Conservative,", ", a Conservative from Exeter", ", Labour man through and through": a party (group 1) after a name,
 * also in a post said of another time or of now (", then the council's Labour opposition leader", ", the then
 * Conservative cabinet member", ", now a Lib Dem councillor"): a party is the person's, whenever the post was held.
 * ("former" is not read: "a former Conservative councillor" may say the party is the one they left.) With no article,
 * only before a post (group 2): ", Liberal Democrat cabinet member for …" (", Conservative, Wearside & …" is a list's).
 */
const PARTY_AFTER_COMMA = /^\s*(?:,|\s[\u2013\u2014-]|[\u2013\u2014])\s*(?:(?:who\s+is|who\s+was|(?:he|she)(?:'s|\s+is|\s+was)|is|was|then|now|still|currently|at\s+the\s+time)\s+)?(?:(?:the\s+council's|the|a|an)\s+(?:(?:then|current|new)(?:\s+|-))?([a-z -]+?)(?:\s+(?:councillor|member|cabinet\s+member|leader|politician|mp|group\s+leader|opposition\s+leader|man|woman|stalwart|veteran|chair|chairman|chairwoman|spokesperson|spokesman|spokeswoman)\b|(?=\s*[,.;)]|\s+(?:who|from|and)\s))|(?:(?:then|current|new)(?:\s+|-))?([a-z -]+?)\s+(?:councillor|cabinet\s+member|politician|group\s+leader|opposition\s+leader|leader\s+of\s+the\s+(?:council|authority|group|opposition)|man|woman|stalwart|veteran)\b)/;
/**
 * ", of Bickleigh & Wembury,": a ward of two parts joined by "&" or "and" after "of" in apposition (group 1); not a
 * body's name ("of Devon and Cornwall Police", "of the council").
 */
const OF_WARD = /^\s*,\s*of\s+(?!the\s|[^,.;)]*\b(?:council|county|city|borough|police|nhs|trust|department|university|school|services|partnership|commission|office)\b)((?:[a-z'.-]+\s+){0,3}?(?:&|and)\s+(?:[a-z'.-]+\s+){0,2}?[a-z'.-]+)\s*(?=[,.;)]|$)/;
/** ", whose St David's & Haven Banks division": a ward the name is said to hold (group 1). */
const WHOSE_WARD = /^\s*,\s*whose\s+([a-z][a-z' &.-]{2,40}?)\s+(?:division|ward|electoral\s+division)\b/;

/** " has been Devon's Conservative cabinet member", " is the Labour councillor": a party in a post the name is said to hold (group 1). */
const PARTY_AFTER_COPULA = /^\s+(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+(?:(?:the\s+council's|the|a|an|[a-z]+'s)\s+)?(?:(?:then|current|new)\s+)?([a-z -]+?)\s+(?:councillor|cabinet\s+member|leader|group\s+leader|opposition\s+leader|politician|mp)\b/;

/** The party of a post after "is", "has been" and the like, right after the name (PARTY_AFTER_COPULA). */
function partyAfterCopula(ctx: Ctx, mention: Mention, after: string): PartyWardClaims['party'] {
  const r = PARTY_AFTER_COPULA.exec(after);
  const party = r && partyOf(ctx, r[1]);
  if (!party) return undefined;
  const st = mention.end + r[0].lastIndexOf(r[1]);
  return { party, start: st, end: st + r[1].length };
}

/** ", then leading the Labour opposition", ", leader of the Lib Dem group": the party of the group led (group 1). */
const LEADING_PARTY_AFTER_COMMA = /^\s*,\s*(?:(?:who\s+(?:is|was)|then|now|still|currently|at\s+the\s+time)\s+)?(?:the\s+)?(?:leader|leading|head|heading)\s+(?:of\s+)?the\s+([a-z -]+?)\s+(?:opposition|group)\b/;

/**
 * ", leader of the Labour group, councillor for St David's": a ward in a second appositive after the name (group 2),
 * the first (group 1) neither a clause of its own nor naming anyone else.
 */
const SECOND_WARD = new RegExp(`^\\s*,\\s*([^,;.()]{3,60}?)[,;]${FOR_WARD.source.slice(FOR_WARD.source.indexOf('\\s*(?:the'))}`);
/** What a cabinet member is "member for", not a ward. */
const PORTFOLIO = /\b(children|services|education|send|families)\b/;
/** A member of a cabinet or an executive is "member for" a portfolio, whatever it is ("cabinet member for highways"). */
const PORTFOLIO_MEMBER = /\b(?:cabinet|lead|executive)\s+member\s+for\s+(?:the\s+)?$/;
const CLAUSE_WORD = /\b(?:who|which|whom|whose|after|before|with|than|and|but|said|says|told|spoke|replied)\b/;
/** Two capitalised words in a row: a name ("Andrew Leadbetter"). */
const TWO_CAPITALS = /[A-Z][a-z'\u2019]+\s+[A-Z][a-z]/;

function secondWard(ctx: Ctx, after: string, at: number): RegExpExecArray | null {
  const r = after.includes('for') ? SECOND_WARD.exec(after) : null;
  if (!r || CLAUSE_WORD.test(r[1])) return null;
  const first = at + r[0].indexOf(r[1]);
  if (TWO_CAPITALS.test(ctx.text.slice(first, first + r[1].length))) return null;
  return wardLast(r);
}

function claimsAfterComma(ctx: Ctx, mention: Mention, after: string, claims: PartyWardClaims): void {
  const p = mention.person;
  // a ward claim counts only for a person with a ward, a party claim only for one with a party
  const portfolio = (r: RegExpExecArray | null) => (r && (PORTFOLIO.test(r[1]) || PORTFOLIO_MEMBER.test(r[0].slice(0, r[0].lastIndexOf(r[1])))) ? null : r);
  const forWard = p.ward && (portfolio(FOR_WARD.exec(after)) ?? portfolio(laterWard(ctx, p, after)) ?? representsWard(ctx, after, mention.end) ?? portfolio(secondWard(ctx, after, mention.end)) ?? placeCouncillor(ctx, after, mention.end) ?? OF_WARD.exec(after));
  if (forWard) {
    const st = mention.end + forWard[0].lastIndexOf(forWard[1]);
    claims.ward = { text: forWard[1], start: st, end: st + forWard[1].length };
  }
  // ", whose St David's & Haven Banks division sits in Exeter": the ward is the person's
  const whose = p.ward && !claims.ward ? WHOSE_WARD.exec(after) : null;
  if (whose) {
    const st = mention.end + whose[0].lastIndexOf(whose[1]);
    claims.ward = { text: whose[1], start: st, end: st + whose[1].length };
  }
  const r = p.party && !claims.party && (PARTY_AFTER_COMMA.exec(after) ?? LEADING_PARTY_AFTER_COMMA.exec(after));
  if (r) {
    // (group 2: a party before a post with no article, "…, Liberal Democrat cabinet member for …")
    const words = r[1] ?? r[2];
    const party = partyOf(ctx, words);
    if (party) {
      const st = mention.end + r[0].indexOf(words, r[0].indexOf(',') + 1);
      claims.party = { party, start: st, end: st + words.length };
    }
  }
}

/** What a wrong party for a person reads as: the same each time, made once per person and party. */
interface PartyReport {
  message: string;
  suggestion: string;
  citation: Citation;
  claimKey: string;
}

function reportParty(ctx: Ctx, p: PersonIndex, claimedParty: string, start: number, end: number): void {
  const { m } = ctx;
  const { partyReports } = indexOf(ctx, rolesRule);
  let byParty = partyReports.get(p);
  if (!byParty) partyReports.set(p, (byParty = new Map()));
  let r = byParty.get(claimedParty);
  if (!r) {
    const right = m.dataset.partyById.get(p.party!.party)!;
    const wrong = m.dataset.partyById.get(claimedParty)!;
    r = {
      message: `Sources give ${p.person.name} as ${right.name}${right.short !== right.name ? ` (${right.short})` : ''}, not ${wrong.name}.`,
      suggestion: right.short,
      citation: m.dataset.cite(p.party!.evidence),
      claimKey: `party:${p.person.id}:${claimedParty}`,
    };
    byParty.set(claimedParty, r);
  }
  addFinding(ctx, {
    start, end, kind: 'party', severity: 'error', message: r.message, suggestions: [r.suggestion], citations: [r.citation], claimKey: r.claimKey,
  });
}

/** The normal form of each sourced ward name, and its words. */
function wardForms(m: Model): Map<string, { norm: string; words: Set<string> }> {
  const out = new Map<string, { norm: string; words: Set<string> }>();
  for (const p of m.people) {
    if (!p.ward || out.has(p.ward.ward)) continue;
    const norm = wardNorm(p.ward.ward);
    out.set(p.ward.ward, { norm, words: new Set(norm.split(' ')) });
  }
  return out;
}

/** Is every word of `got` but "and" one of `words`? (its words as split(' ') gives them, read without an array) */
function wordsWithin(got: string, words: Set<string>): boolean {
  let a = 0;
  for (;;) {
    const sp = got.indexOf(' ', a);
    const b = sp < 0 ? got.length : sp;
    const w = got.slice(a, b);
    if (w !== 'and' && !words.has(w)) return false;
    if (sp < 0) return true;
    a = sp + 1;
  }
}

/** What a ward's name may be written with that is not its name: "the", and "(electoral) division" or "ward" after it. */
const SEAT_WORDS = /^the |(?: electoral)? (?:division|ward)$/g;

/** `got` with each part that is the initials of a part of `want` ("hb" for "haven banks") read as that part. */
function initialsRead(got: string, want: string): string {
  const parts = want.split(' and ');
  return got.split(' and ').map((g) => (/^[a-z]{2,4}$/.test(g) ? parts.find((x) => x.split(' ').map((w) => w[0]).join('') === g) ?? g : g)).join(' and ');
}

/** A paragraph of names as they are said: a pronunciation guide's heading or line. */
const SAYING_GUIDE = /\bpronunciation\b|\bhow\s+to\s+say\b/;

function reportWardIfWrong(ctx: Ctx, p: PersonIndex, wardClaim: { text: string; start: number; end: number }): void {
  // (nor in a pronunciation guide, whose lines give each name as it is said: "Aves — AYVZ")
  if (RESPELLING_OPENS.test(wardClaim.text) || respelt(ctx.text.slice(wardClaim.start, wardClaim.end)) || SAYING_GUIDE.test(ctx.masked.slice(0, wardClaim.start))) return;
  // (nor a month, the date of a credit's bracket: "(Julian Brazil, Lib Dem, Dec. 2022)")
  if (MONTH_WORD.test(wardClaim.text)) return;
  const w = indexOf(ctx, rolesRule).wards.get(p.ward!.ward)!;
  const want = w.norm;
  const wantWords = w.words;
  // "St David's division", "the Kingsbridge ward": the ward's name and the kind of seat it is
  // ("St David's & HB": a part written as its words' initials is that part)
  const got = initialsRead(wardNorm(wardClaim.text).replace(SEAT_WORDS, ''), want);
  // a ward given in part ("Haven Banks") is the ward; its parts in another order ("Haven Banks & St David's") are not its name
  const reordered = got !== want && got.split(' and ').sort().join(' and ') === want.split(' and ').sort().join(' and ');
  if (got === want || (!reordered && wordsWithin(got, wantWords))) return;
  addFinding(ctx, {
    start: wardClaim.start, end: wardClaim.end, kind: 'ward', severity: 'error',
    message: `Sources give ${p.person.name}'s ward as ${p.ward!.ward}, not ${ctx.text.slice(wardClaim.start, wardClaim.end)}${reordered ? ' (its parts the other way round)' : ''}.`,
    suggestions: [p.ward!.ward],
    citations: [ctx.m.dataset.cite(p.ward!.evidence)],
    claimKey: `ward:${p.person.id}:${got}`,
  });
}

/** A month's name or its short form, alone. */
const MONTH_WORD = new RegExp(`^\\s*(?:${[...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)].join('|')})\\.?\\s*$`, 'i');

/** The words the organisation pattern before a name ends on (then white space and a comma at most). */
const ORG_ROLE_ENDS = ['lead', 'boss', 'chief', 'director', 'head', 'services'];

/** Can the organisation pattern before a name match t[lo, end)? Its last word must be one of ORG_ROLE_ENDS. */
function mayEndOnOrgRole(t: string, lo: number, end: number): boolean {
  let e = end;
  while (e > lo) {
    const c = t.charCodeAt(e - 1);
    if (c > 127) return true; // (may be white space: the pattern decides)
    if (!(c === 44 || isAsciiSpace(c))) break;
    e--;
  }
  let w = e;
  while (w > lo && e - w <= 8 && isLowerLetter(t.charCodeAt(w - 1))) w--;
  return e - w <= 8 && ORG_ROLE_ENDS.includes(t.slice(w, e));
}

/**
 * Can one of the organisation patterns after a name match at t[pos, end)? After white space they need a comma or a
 * dash, or "from" or "of" after at least one space; other white space is left to the patterns.
 */
function mayFollowOrg(t: string, pos: number, end: number): boolean {
  let k = pos;
  while (k < end && t.charCodeAt(k) === 32) k++;
  if (k >= end) return false;
  const c = t.charCodeAt(k);
  if (c === 44 || c === 45 || (c >= 9 && c <= 13) || c > 127 || (k > pos && (c === 102 /* f */ || c === 111 /* o */))) return true;
  return ORIGIN_VERB.test(t.slice(pos, Math.min(end, pos + 40)));
}

/** The name's own verb of coming from somewhere ("Wooster was brought in from …", "Wooster came from …"), or of a post before ("had previously led …"). */
const ORIGIN_VERB = /^\s+(?:who\s+)?(?:(?:was|had\s+been|has\s+been|had|will|is\s+to)\s+)?(?:(?:previously|formerly|once)\s+)?(?:brought|drafted|recruited|poached|hired|came|comes|come|joined|joins|join|arrived|arrives|arrive|moved|led|ran|headed|oversaw|used\s+to\s+(?:lead|run|head|oversee))\b/;

function checkPersonOrganisation(ctx: Ctx, s: SentenceInfo, mention: Mention): void {
  const { m, masked } = ctx;
  const p = mention.person;
  if (!p.organisations.length) return;
  const lo = Math.max(s.start, mention.start - 70);
  let found: { text: string; start: number } | undefined;
  // (each pattern is tried only where the characters it needs stand: most names have none of them)
  const r = mayEndOnOrgRole(masked, lo, mention.start) && /(?:^|[^a-z])([a-z][a-z ]{1,40}?)'s?\s+(?:former\s+|ex-|previous\s+)?(?:children's\s+(?:services\s+)?)?(?:lead|boss|chief|director|head)(?:\s+of\s+children's\s+services)?\s*,?\s*$/.exec(masked.slice(lo, mention.start));
  if (r) found = { text: r[1], start: lo + r.index + r[0].indexOf(r[1]) };
  const afterEnd = Math.min(s.end, mention.end + 90);
  if (!found && !mayFollowOrg(masked, mention.end, afterEnd)) return;
  if (!found) {
    const after = masked.slice(mention.end, afterEnd);
    // (", Somerset's former children's lead", ", formerly Somerset's children's lead", ", who used to be Somerset's …")
    const poss = /^\s*,\s*(?:(?:formerly|previously|who\s+(?:used\s+to\s+be|was\s+(?:once|previously|formerly)|had\s+(?:once\s+|previously\s+)?been))\s+(?:the\s+)?(?!children's)([a-z][a-z ]{1,40}?)'s?\s+|(?:the\s+)?([a-z][a-z ]{1,40}?)'s?\s+(?:former|ex-|previous|one-time)\s+)(?:children's\s+)?(?:services\s+)?(?:lead|boss|chief|director|head)\b/.exec(after);
    const place = poss && (poss[1] ?? poss[2]);
    if (place) found = { text: place, start: mention.end + poss[0].indexOf(place, poss[0].indexOf(',') + 1) };
    const from = !poss && /^\s+(?:from|of)\s+(?:the\s+)?([a-z][a-z ]{1,30}?)(?=$|[,.;:)]|\s+(?:where|who|which|in|to|as|after|and)\b)/.exec(after);
    if (from) found = { text: from[1], start: mention.end + from[0].lastIndexOf(from[1]) };
  }
  if (!found) {
    const after = masked.slice(mention.end, afterEnd);
    // (after a comma or a dash: "**Julian Wooster** — brought in from X as interim director"; or as the name's own
    // verb: "Julian Wooster was brought in from X", "Wooster came from X")
    const a = /^\s*(?:(?:,|-+)\s*)?(?:(?:who\s+)?(?:(?:(?:previously|formerly|once)\s+(?:led|ran|headed|oversaw)|used\s+to\s+(?:lead|run|head|oversee))\s+(?:the\s+)?(?:children's\s+services\s+|children's\s+social\s+care\s+)?|(?:had\s+)?(?:(?:previously|formerly|once)\s+)?(?:led|ran|run|headed|oversaw|overseen)\s+(?:the\s+)?(?:children's\s+services|children's\s+social\s+care)\s+)(?:in|at|for|of)\s+(?:the\s+)?|who\s+(?:(?:previously|formerly)\s+(?:led|ran|headed)|used\s+to\s+(?:lead|run|head))\s+|(?:who\s+|who'd\s+)?(?:had\s+|has\s+|will\s+|is\s+to\s+)?(?:came|come|comes|joined|arrived|arrives|arrive|moved)\s+(?:over\s+|in\s+)?from\s+(?:the\s+)?|who\s+(?:was|had\s+been)\s+(?:the\s+|a\s+)?(?:children's\s+)?(?:services\s+)?(?:lead|boss|chief|director|head)\s+(?:at|of|in|for)\s+(?:the\s+)?|(?:formerly|previously)\s+(?:children's\s+)?(?:lead|boss|chief|director|head)\s+(?:at|of|in|for)\s+(?:the\s+)?|(?:(?:who\s+)?(?:was|had\s+been|has\s+been)\s+)?(?:brought|drafted|recruited|poached|hired)\s+in\s+from\s+(?:the\s+)?|(?:formerly|previously)\s+(?:of|at|with)\s+|(?:the\s+)?former\s+(?:children's\s+)?(?:lead|boss|chief|director|head)\s+(?:at|of|in)\s+|(?:who\s+)?(?:had\s+)?(?:(?:previously|formerly|once)\s+)?(?:led|ran|headed|oversaw)\s+(?=[a-z][a-z ]{1,40}?'s\s+children's\s+(?:services|social\s+care)\b)|(?:who\s+(?:was|had\s+been)\s+(?:(?:previously|formerly|once)\s+)?|(?:previously|formerly|once)\s+)in\s+charge\s+of\s+(?=[a-z][a-z ]{1,40}?'s\s+children's\s+(?:services|social\s+care)\b))([a-z][a-z ]{1,40}?)(?:'s|\s|,|\.|$)/.exec(after);
    // (the place ends the match but for the word's end after it: a comma after it is no comma before it)
    if (a) found = { text: a[1], start: mention.end + a[0].lastIndexOf(a[1]) };
  }
  if (!found) return;
  const phrase = found.text.trim();
  const org = m.orgPhrases.find((o) => o.phrase === phrase || phrase.endsWith(' ' + o.phrase));
  const known = p.organisations.map((o) => m.dataset.orgById.get(o.organisation)!);
  if (!org) {
    // a place the data does not know, named in capitals as where the person came from ("brought in from Essex")
    if (unknownPlace(ctx, phrase, found.start + found.text.indexOf(phrase))) reportOrigin(ctx, p, known[0], found.start + found.text.indexOf(phrase), phrase, `organisation:${p.person.id}:${phrase}`);
    return;
  }
  if (known.some((k) => k.id === org.org.id)) return;
  // a post the sources give at that organisation is a link to it too ("the council's director, Julian Wooster")
  if (p.roles.some((r) => r.role.organisation === org.org.id)) return;
  // Only a place-like organisation (a council or its service) can replace another.
  if (!['council', 'service'].includes(org.org.kind)) return;
  // (only the organisation's own words: ", was Dorset's former lead" reads "was dorset")
  const end = found.start + found.text.indexOf(phrase) + phrase.length;
  reportOrigin(ctx, p, known[0], end - org.phrase.length, org.phrase, `organisation:${p.person.id}:${org.org.id}`);
}

/** "came from Dorset": the place the sources say the person came from, not the one written at [st, st + phrase.length). */
function reportOrigin(ctx: Ctx, p: PersonIndex, right: Organisation, st: number, phrase: string, claimKey: string): void {
  addFinding(ctx, {
    start: st, end: st + phrase.length, kind: 'organisation', severity: 'error',
    message: `Sources say ${p.person.name} came from ${right.name}, not ${ctx.text.slice(st, st + phrase.length)}.`,
    suggestions: [right.aliases[0] ?? right.name],
    citations: [ctx.m.dataset.cite(p.organisations[0].evidence)],
    claimKey,
  });
}

/**
 * A place's name the data does not know: one or two words, each capitalised in the writer's text, none a word that is
 * never a name, nor the home place ("Essex", "West Sussex"; not "the private sector", "Whitehall", "Devon").
 */
function unknownPlace(ctx: Ctx, phrase: string, st: number): boolean {
  const words = phrase.split(' ');
  if (words.length > 2 || ctx.m.places.home.includes(phrase)) return false;
  let at = st;
  for (const w of words) {
    if (!isUpperAt(ctx.text, at) || ctx.m.notNames.has(w) || ctx.m.bySurname.has(w) || ctx.m.byGiven.has(w)) return false;
    at += w.length + 1;
  }
  return true;
}
