/**
 * What a date stands with: the words of its sentence a date can date, by English structure, so that a date is not
 * given to a happening it does not modify.
 *
 * - A relative clause (", which became a unitary council in 2023,") keeps its dates: they date what it says, unless it
 *   only says when its antecedent happened (", which took place in March,").
 * - A date before a noun ("the 2020 inspection", "its May 2022 revisit") dates that noun phrase alone.
 * - A date after a noun with "from" or "of" ("the four concerns from 2018") dates that noun phrase alone.
 * - A date that ends a subject, right before its verb ("the switch to remote working in 2020 slowed down the plan"),
 *   dates the subject or that verb, not what follows the verb.
 * - An agent phrase between a noun and its date ("a revisit by Ofsted and the CQC in May") is not what the date dates:
 *   the noun before it is.
 * - A date governed by "after", "before" or "following" ("after a difficult 2021") is a bound, no happening's date.
 */
import { Ctx, SentenceInfo, isUpperAt } from './context';
import { DateExpr } from '../extract/dates';
import { words } from '../text/words';
import { EVENT_NOUNS } from '../lexicon';

type Span = { start: number; end: number };

/** Where cues that may date a date stand: [start, end) of its clause, less the spans in `skip`. */
export interface Reach {
  start: number;
  end: number;
  skip: Span[];
  /** A point of reference after the date ("long before this week's meeting"): an event named in it is not dated. */
  reference?: Span;
}

/** A happening's noun right after a date ("the May 2024 elections", "the December meeting"). */
const EVENT_NOUN_AFTER = new RegExp(`^\\s+(?:local\\s+|county\\s+|council\\s+)?(?:${EVENT_NOUNS.join('|')})\\b`);
/** "after", "before" or "following" governing a date, with its article and adjectives ("after a difficult"). */
const BOUND_BY = /\b(?:after|before|following|prior\s+to)\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2})?$/;
/**
 * A point of reference right after a date ("in 2019, long before this week's meeting"): what it names happened later
 * (or earlier) than the date, so it is not what the date dates. To the next comma or stop.
 */
const REFERENCE_AFTER = /^,?\s*(?:(?:long|shortly|well|just|soon|some\s+\w+|\w+\s+(?:days|weeks|months|years))\s+)?(?:before|ahead\s+of)\s+[^,.;:]*/;
/** What opens a fronted adverbial clause with a verb of its own ("When Somerset became…", "Once the trust opened…"). */
const FRONTED_OPENER = /^[\s*_#>"'‘“(-]*(?:when|once|while|whilst|as soon as|by the time|because|although|though)\s+[a-z]/;

/**
 * A date inside a fronted clause of time or reason that ends at a comma ("When Somerset became a single unitary
 * council in 2023, its children's services… moved across") dates that clause's own verb: its span, or undefined.
 */
function frontedClause(masked: string, s: SentenceInfo, d: DateExpr): Span | undefined {
  if (!FRONTED_OPENER.test(masked.slice(s.start, d.start)) || masked.slice(s.start, d.start).includes(',')) return undefined;
  const comma = masked.indexOf(',', d.end);
  return comma >= 0 && comma < s.end ? { start: s.start, end: comma } : undefined;
}

/** Verbs of saying: what a clause of saying reports is not what its date dates. */
const SAYING = /^(?:said|says|described|told|called|warned|claimed|argued|wrote|added|admitted|insisted|branded|labelled|complained|recalled|remarked|suggested|urged|declared|predicted|conceded|accused)$/;
/** A subject right after a fronted date: a personal pronoun. */
const PRONOUN_SUBJECT = /^(?:he|she|they|we|i)$/;

/**
 * "In 2019 he described the joint inspection's findings as 'deeply worrying'", "In March, Cllr Hart said the visit…":
 * a date that opens its clause, then a subject (a pronoun, or up to four capitalised words) and a verb of saying, dates
 * the saying. Where the verb ends, or undefined.
 */
function saidAfter(ctx: Ctx, before: { w: string; at: number }[], after: { w: string; at: number }[], d: DateExpr): number | undefined {
  // the date opens its clause: nothing before it but its own relation word
  if (before.length > 1 || (before.length === 1 && !/^(?:in|on|during|by)$/.test(before[0].w))) return undefined;
  let k = 0;
  if (k < after.length && PRONOUN_SUBJECT.test(after[k].w)) k++;
  else if (k < after.length && !isUpperAt(ctx.text, after[k].at)) k = nounPhraseSubject(after);
  else while (k < after.length && k < 4 && isUpperAt(ctx.text, after[k].at) && !SAYING.test(after[k].w)) k++;
  if (k === 0 || k >= after.length) return undefined;
  // (the subject stands whole before its verb: no comma, bracket or stop parts it)
  if (/[,;:()]/.test(ctx.masked.slice(after[0].at, after[k].at))) return undefined;
  if (k + 1 < after.length && /^(?:also|then|later|again|publicly|first)$/.test(after[k].w)) k++;
  return SAYING.test(after[k].w) ? after[k].at + after[k].w.length : undefined;
}

/** A determiner opening a subject noun phrase ("the Department for Education", "the minister", "its leader"). */
const SUBJECT_DETERMINER = /^(?:the|its|their|his|her|our|a|an)$/;
/** Words that end a subject before its verb: a relative pronoun, "that", a preposition of place or agent. */
const NOT_IN_SUBJECT = /^(?:that|who|which|to|in|on|at|by|with)$/;

/**
 * "the Department for Education told", "the council's new leader wrote", "ministers warned": a noun phrase of up to
 * five words (none a verb), led by a determiner or not, before the verb of saying. Where the verb stands in `after`,
 * or 0.
 */
function nounPhraseSubject(after: { w: string; at: number }[]): number {
  let k = SUBJECT_DETERMINER.test(after[0].w) ? 1 : 0;
  const first = k;
  while (k < after.length && k < 6 && !SAYING.test(after[k].w) && !FINITE.test(after[k].w) && !NOT_IN_SUBJECT.test(after[k].w)) k++;
  return k > first && k < after.length && SAYING.test(after[k].w) ? k : 0;
}

/** What opens a relative clause (the clause splitter cuts after it). */
const RELATIVE_OPENER = /,\s+(?:which|who|whose|where)\s*$/;
/** A relative pronoun in the clause before a date, with no comma after it (group 1: the pronoun). */
const RELATIVE_INSIDE = /\b(who|whose)\b[^,]*$/;
/** ", where" in the clause before a date, with no comma after it. */
const WHERE_INSIDE = /,\s+where\b[^,]*$/;
/** A relative clause that only says when its antecedent happened (not "who ran Somerset's services", a deed with its object). */
const WHEN_ONLY = /^\s*(?:(?:had|has|was|were)\s+)?(?:took\s+place|happened|occurred|came|held|was\s+held|were\s+held|(?:was|were)\s+carried\s+out|ran(?!\s+(?:the|a|an|its|their|his|her|[a-z]+'s)\s))\b/;
/**
 * Words that open a noun phrase: an article, a possessive, a number. (A possessive determines its noun, but a plural's
 * that names a kind does not: "children's services from April" is the service, taken over from April, not services of
 * their own date.)
 */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|these|those|every|each|one|two|three|four|five|six|several|many|some|any|all|(?!(?:children|women|men|people)'s$)[a-z]+'s)$/;
/** A verb that can follow a subject at once: an auxiliary, a past tense. */
const FINITE = /^(?:has|have|had|was|were|is|are|will|would|could|did|does|do|may|might|must|should|[a-z]{2,}ed|found|made|said|told|left|took|saw|gave|came|went|put|set|sent|showed|shown|held|became|began|brought|meant|led|kept|won|lost|got|hit|cut|drew|wrote|forced)$/;
/** Words that may stand between an auxiliary and its verb. */
const AUXILIARY = /^(?:has|have|had|was|were|is|are|will|would|could|did|does|do|may|might|must|should|been|being|be|not|also|later|then|now|still|since|already|[a-z]+ly)$/;

/** The words of masked[from, to), each with where it starts. */
function wordsIn(masked: string, from: number, to: number): { w: string; at: number }[] {
  return words(masked, from, to).map((x) => ({ w: masked.slice(x.start, x.end), at: x.start }));
}

/** A preposition of time right before a date's words ("in late 2025", "on 14 December"). */
const PREPOSITION_BEFORE = /\b(?:in|on|during|by|from|since|at)\s+(?:(?:early|late|mid)[\s-]*)?$/;
/**
 * Where the last entry of a run of them opens: after a colon, a middle dot, a semicolon, a pipe, a line break or a
 * tag's close.
 */
const LAST_ENTRY_BREAK = /[:;|\u00b7\n>](?=[^:;|\u00b7\n>]*$)/;
/** A verb in the past, or a participle: a clause's own happening ("warned", "put on notice", "sent"). */
const VERB_OF_ITS_OWN = /\b(?:[a-z]{3,}ed|put|sent|told|gave|given|made|set|won|lost|found|said|took|taken)\b/;

/**
 * Where the words that may date `d` stand. `dateStart` is where the date's own words start (past "in", "since"…);
 * `organisations` are the organisation names of the paragraph, in order (for agent phrases).
 */
export function dateReach(ctx: Ctx, s: SentenceInfo, clause: Span, d: DateExpr, dateStart: number, organisations: readonly RegExpExecArray[]): Reach {
  const reach: Reach = { start: clause.start, end: clause.end, skip: [] };
  const { masked } = ctx;
  // "after a difficult 2021": a bound, not the date of what follows it (but "after the May 2024 elections" dates the
  // happening it names, read below as the noun the date stands before)
  if (dateStart === d.start && BOUND_BY.test(masked.slice(Math.max(s.start, d.start - 40), d.start)) && !EVENT_NOUN_AFTER.test(masked.slice(d.end, d.end + 24))) return { start: d.start, end: d.start, skip: [] };
  // "When Somerset became a unitary council in 2023, its services…": a fronted clause of time keeps its dates
  const fronted = frontedClause(masked, s, d);
  if (fronted) return { start: fronted.start, end: fronted.end, skip: [] };
  const relative = relativeClause(masked, s, clause, d);
  if (relative) {
    reach.start = relative.start;
    reach.end = relative.end;
  }
  const before = wordsIn(masked, Math.max(reach.start, d.start - 80), d.start);
  const after = wordsIn(masked, d.end, Math.min(reach.end, d.end + 80));
  const attributive = attributiveNoun(masked, before, after, d);
  if (attributive) return { start: attributive.start, end: attributive.end, skip: [] };
  const postNoun = nounBeforeDate(masked, before, d, dateStart, organisations);
  if (postNoun) return { start: postNoun.start, end: Math.max(postNoun.end, d.end), skip: [] };
  // "In 2019 he described the inspection's findings as…": a date that opens a clause of saying dates the saying
  const said = saidAfter(ctx, before, after, d);
  if (said !== undefined) return { start: reach.start, end: Math.min(reach.end, said), skip: [] };
  // "Warned by the Department in late 2025: the service could be taken off …": a date in a clause with a verb of its own
  // before a colon dates that clause, not what the colon opens
  // (the verb in the date's own entry: "… finds four areas · Jan 2020: 'inadequate'" is a timeline's next entry; and the
  // date after its preposition, no entry's label: "… on Julian Wooster's watch December: improvement notice …")
  const colon = masked.indexOf(': ', d.end);
  if (colon >= 0 && colon < reach.end && PREPOSITION_BEFORE.test(masked.slice(Math.max(reach.start, dateStart - 24), dateStart))) {
    const own = masked.slice(reach.start, d.start);
    if (VERB_OF_ITS_OWN.test(own.slice(own.search(LAST_ENTRY_BREAK) + 1))) reach.end = colon;
  }
  const verbEnd = subjectEnds(masked, before, after, d);
  if (verbEnd !== undefined) reach.end = Math.min(reach.end, verbEnd);
  const agent = agentPhraseBefore(masked, d, organisations, reach.start);
  if (agent) reach.skip.push(agent);
  const point = REFERENCE_AFTER.exec(masked.slice(d.end, reach.end));
  if (point) reach.reference = { start: d.end + point.index, end: d.end + point[0].length };
  return reach;
}

/**
 * The relative clause a date stands in, to the comma that ends it: one the clause opens with (", which …") or one
 * opened by ", where" inside it, both to their clause's end if no comma ends them; or one inside it with no comma
 * before ("the director who took charge in 2015, Julian Wooster, …"). Undefined when there is none, when no comma ends
 * "who …", or when it only says when its antecedent happened.
 */
function relativeClause(masked: string, s: SentenceInfo, clause: Span, d: DateExpr): Span | undefined {
  const from = Math.max(clause.start, d.start - 80);
  const that = thatClause(masked, from, clause, d);
  if (that) return that;
  const inner = RELATIVE_INSIDE.exec(masked.slice(from, d.start));
  // (", where" opens a clause of the place before it, to its comma or its clause's end: "from Somerset, where services
  // had gone from 'inadequate' in 2015 to 'good'")
  const where = inner ? null : WHERE_INSIDE.exec(masked.slice(from, d.start));
  const opened = where !== null || RELATIVE_OPENER.test(masked.slice(Math.max(s.start, clause.start - 12), clause.start));
  if (!inner && !opened) return undefined;
  const start = inner ? from + inner.index : where ? from + where.index + 1 : clause.start;
  if (WHEN_ONLY.test(masked.slice(inner ? start + inner[1].length : start, d.start))) return undefined;
  const comma = masked.indexOf(',', d.end);
  if (comma >= 0 && comma < clause.end) return { start, end: comma };
  return opened ? { start, end: clause.end } : undefined;
}

/** "rule that began in 2009": a noun (group 1), "that", and a finite verb (group 2) before the date. */
const THAT_RELATIVE = /\b([a-z]+)\s+that\s+([a-z]+)\b[^,;:]*$/;
/** Words before "that" that take a clause of what was said or known ("said that", "so clear that"), not a noun. */
const THAT_COMPLEMENT = /^(?:said|says|say|found|find|finds|told|warned|claimed|argued|believe|believed|believes|clear|concluded|reported|noted|added|admitted|insisted|confirmed|showed|shows|shown|revealed|suggested|suggests|hope|hoped|thought|think|know|knew|known|feared|fears|so|such|now|given|ensure|ensured|means|meant|is|was|were|are|be|been|decided|agreed|accepted|announced|stated|states|wrote|write|writes|recognised|acknowledged|acknowledges|evidence|sure|aware|true|fact|news|view|hopes|warning|claim|argument|belief|promise|promised)$/;

/**
 * "ending Conservative rule that began in 2009": a "that" relative clause on a noun, to the comma that ends it or
 * the end of its clause, keeps its dates. Undefined when "that" opens what was said ("said that"), or only says
 * when its antecedent happened.
 */
function thatClause(masked: string, from: number, clause: Span, d: DateExpr): Span | undefined {
  const r = THAT_RELATIVE.exec(masked.slice(from, d.start));
  if (!r || THAT_COMPLEMENT.test(r[1]) || !FINITE.test(r[2])) return undefined;
  const start = from + r.index + r[0].indexOf('that', r[1].length);
  if (WHEN_ONLY.test(masked.slice(start + 4, d.start))) return undefined;
  const comma = masked.indexOf(',', d.end);
  return { start, end: comma >= 0 && comma < clause.end ? comma : clause.end };
}

/**
 * "the 2020 inspection", "its May 2022 revisit": a date after a determiner and before a word dates the noun phrase it
 * opens (up to three words, to a comma, preposition or verb). The span of that phrase, or undefined.
 */
function attributiveNoun(masked: string, before: { w: string; at: number }[], after: { w: string; at: number }[], d: DateExpr): Span | undefined {
  if (d.day !== undefined) return undefined;
  // the determiner inside the date's words ("since the 2020 inspection") or right before them ("the 2020 inspection")
  const lead = DATE_LEAD.exec(masked.slice(d.start, d.end))!;
  let det: number;
  if (lead[1] !== undefined) det = d.start + lead[0].length - lead[1].length - 1;
  else if (lead[0].length === 0 && before.length && DETERMINER.test(before[before.length - 1].w) && !/^\d/.test(before[before.length - 1].w)) det = before[before.length - 1].at;
  else return undefined;
  // (a quoted name after it: "the 2025 'Trust model of intervention'" dates the quoted thing, to its closing mark)
  const quoted = QUOTED_NOUN_AFTER.exec(masked.slice(d.end, d.end + 80));
  if (quoted) return { start: det, end: d.end + quoted[0].length };
  // the word after must follow at once (no comma: "in 2020, the council…")
  if (!after.length || !/^\s+$/.test(masked.slice(d.end, after[0].at)) || FINITE.test(after[0].w) || STOP.test(after[0].w)) return undefined;
  let end = after[0].at + after[0].w.length;
  for (let k = 1; k < 3 && k < after.length; k++) {
    const w = after[k];
    if (!/^\s+$/.test(masked.slice(end, w.at)) || STOP.test(w.w) || FINITE.test(w.w)) break;
    end = w.at + w.w.length;
  }
  return { start: det, end };
}

/** A quoted name right after a date, to its closing mark ("the 2025 'Trust model of intervention'"). */
const QUOTED_NOUN_AFTER = /^\s+['"\u2018\u201c][^'"\u2019\u201d]{2,60}['"\u2019\u201d]/;

/** A date's relation word and a determiner inside its words (group 1): "since the 2020", "its". */
const DATE_LEAD = /^(?:(?:since|from|until|till|by|in|on|during|of|before|after|at)\s+)?(?:(the|its|their|his|her|our|[a-z]+'s)\s+)?/;

/** Words that end a noun phrase. */
const STOP = /^(?:of|in|on|at|by|for|from|to|with|and|or|but|that|which|who|as|than|after|before|since|until|when|while|is|was|were|are|has|had|have|be|been|will|would|not|into|over|under)$/;

/**
 * "the four significant concerns from 2018", "the figures of 2019": a date after "from" or "of" that follows a noun
 * phrase (opened by a determiner up to three words back) dates that phrase, unless the phrase names a body. Its span,
 * or undefined.
 */
function nounBeforeDate(masked: string, before: { w: string; at: number }[], d: DateExpr, dateStart: number, organisations: readonly RegExpExecArray[]): Span | undefined {
  const n = before.length;
  // the date's own relation word may be inside the date ("from 2018") or just before it ("of 2019")
  const inside = dateStart > d.start;
  const rel = inside ? masked.slice(d.start, dateStart).trim() : n ? before[n - 1].w : '';
  if (rel !== 'from' && rel !== 'of') return undefined;
  const last = inside ? n - 1 : n - 2;
  if (last < 1 || STOP.test(before[last].w) || FINITE.test(before[last].w)) return undefined;
  // a body has no date of its own: "taken off the council from April" dates the taking
  const headEnd = before[last].at + before[last].w.length;
  if (organisations.some((o) => o.index + o[0].length === headEnd)) return undefined;
  for (let k = last - 1; k >= Math.max(0, last - 3); k--) {
    const w = before[k].w;
    if (DETERMINER.test(w)) return { start: before[k].at, end: d.end };
    if (STOP.test(w) || FINITE.test(w)) return undefined;
  }
  return undefined;
}

/**
 * "the switch to remote working in 2020 slowed down the plan": a date with words before it in its clause and a
 * finite verb right after it ends the subject. Where the verb (its auxiliaries, the verb, a particle) ends, or
 * undefined.
 */
function subjectEnds(masked: string, before: { w: string; at: number }[], after: { w: string; at: number }[], d: DateExpr): number | undefined {
  if (!after.length || !/^\s+$/.test(masked.slice(d.end, after[0].at)) || !FINITE.test(after[0].w)) return undefined;
  // a subject before the date: at least one word that is not the date's own "in"
  if (before.length === 0) return undefined;
  let k = 0;
  while (k + 1 < after.length && AUXILIARY.test(after[k].w)) k++;
  const verb = after[k];
  let end = verb.at + verb.w.length;
  if (k + 1 < after.length && /^(?:out|down|up|off|over|back)$/.test(after[k + 1].w)) end = after[k + 1].at + after[k + 1].w.length;
  return end;
}

/**
 * "a revisit by Ofsted and the Care Quality Commission in May": the agent phrase ("by" or "from" and the
 * organisations it names) right before the date. Its span, or undefined.
 */
function agentPhraseBefore(masked: string, d: DateExpr, organisations: readonly RegExpExecArray[], from: number): Span | undefined {
  let pos = d.start;
  // past the date's "in", "on" or "during" when it stands before the date's span
  const rel = /\b(?:in|on|during)\s+$/.exec(masked.slice(Math.max(from, pos - 8), pos));
  if (rel) pos -= rel[0].length;
  let first: number | undefined;
  // (the names are in order and do not overlap: the walk back starts at the last that ends by the date, found by
  // halving, not at the paragraph's last name; a profile showed this walk, for every date, in long paragraphs)
  let lo = 0, hi = organisations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (organisations[mid].index + organisations[mid][0].length <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const o = { start: organisations[k].index, end: organisations[k].index + organisations[k][0].length };
    if (o.end > pos || o.start < from) continue;
    const gap = masked.slice(o.end, pos);
    // right before the date, or listed with the one after it ("Ofsted and the CQC")
    if (!/^\s*(?:(?:,|and|&)\s*(?:the\s+)?)?$/.test(gap)) break;
    first = o.start;
    pos = o.start;
    const the = /\bthe\s+$/.exec(masked.slice(Math.max(from, pos - 4), pos));
    if (the) pos -= the[0].length;
  }
  if (first === undefined) return undefined;
  const by = /\b(?:by|from)\s+$/.exec(masked.slice(Math.max(from, pos - 6), pos));
  return by ? { start: pos - by[0].length, end: d.start } : undefined;
}

/** The candidates with their cues cut to the reach (those left with none dropped); the same array when all stand in it. */
export function withinReach<C extends { cuePos: number[] }>(cands: C[], reach: Reach): C[] {
  const inReach = (p: number) => p >= reach.start && p < reach.end && !reach.skip.some((x) => p >= x.start && p < x.end);
  const ref = reach.reference;
  const named = (c: C) => !!ref && c.cuePos.some((p) => p >= ref.start && p < ref.end);
  if (cands.every((c) => c.cuePos.every(inReach) && !named(c))) return cands;
  const out: C[] = [];
  for (const c of cands) {
    if (named(c)) continue;
    const cuePos = c.cuePos.filter(inReach);
    if (cuePos.length) out.push({ ...c, cuePos });
  }
  return out;
}
