/**
 * Ofsted ratings on the four-point scale, for the services the sources rate (Devon's and Somerset's
 * children's services), only when the sentence is about that service's overall rating at a time the sources cover.
 */
import { Ctx, SentenceInfo, gate, inRow, isUpperAt, namedAside, namesUnknownCouncil, paragraphHas, rowElsewhere } from './context';
import { Model, TimedFact, presumedAt, statusAt } from '../model/model';
import { defineRule, indexOf } from './rule';
import { addConfirmation, addFinding } from './findings';
import { ClaimTime, claimTime, clauseAt } from './time';
import { escapeRegExp, execIn } from '../text/words';
import { formatPartialDate, parsePartialDate, partsOfDay, rangeOf } from '../time/dates';
import { ARROWS, DOCUMENT_LABELS, GRADE_ABBREVIATIONS, GRADE_FORMS, INSPECTION_GRADES, LENGTH_QUALIFIERS, MONTHS, ORDINAL_WORDS, ROLE_HEADS, SCRIPT_CUES, SCRIPT_VOICES, UNIT_WORDS as WORD_NUMBERS } from '../lexicon';

/** A grade on Ofsted's four-point scale, as written ("require improvement", "requiring improvement" too). */
// (longest first: "requires improvement to be good" is one grade, not "requires improvement" and then "good")
const GRADES = [...INSPECTION_GRADES, ...Object.keys(GRADE_FORMS)].sort((a, b) => b.length - a.length).map((g) => g.replace(/ /g, '\\s+')).join('|');
/** A grade as written, or its abbreviation ("RI"; checked for its capitals where it is read). */
export const RATING_RE = new RegExp(`\\b(${GRADES}|${Object.keys(GRADE_ABBREVIATIONS).join('|')})\\b`, 'g');
/** What every RATING_RE match holds: a gate asked once per paragraph. */
const RATING_GATE = gate(new RegExp(`\\b(?:outstanding|good|requir|inadequate|${Object.keys(GRADE_ABBREVIATIONS).join('|')}\\b)`));
/**
 * A move to a grade told with no rating word: "moved up to 'requires improvement'", "climbed to good". Not one told
 * after "since" ("has since moved up to …": a grade at some time after another, which the sources may not know).
 */
// (in its finite forms and the infinitive: "saw its services rise to 'outstanding'", "has risen to"; not a participle's
// "-ing", which hangs on a clause of its own: "… before rising to 'good'")
const MOVED_TO_GRADE = `(?<!since\\s)(?:mov(?:e|es|ed)|go|goes|gone|went|climb(?:s|ed)?|rise|rises|risen|rose|improv(?:e|es|ed)|drop(?:s|ped)?|fall|falls|fallen|fell|slip(?:s|ped)?|slid(?:e|es)?|jump(?:s|ed)?)\\s+(?:up\\s+|down\\s+|back\\s+)?to\\s+['"‘“]?(?:${GRADES})\\b`;
/** One grade changed to another, with an arrow or "to" between them and perhaps a year in brackets after the first
 * ("INADEQUATE (2015) → GOOD (JULY 2022)", "'inadequate' to 'good'"): a change of rating, as a caption or a table writes it. */
const CHANGE_OF_GRADE = `(?:${GRADES})['"’”]?\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:→|⟶|⇒|->|-->|to)\\s*['"‘“]?(?:${GRADES})\\b`;
/** A dash after a grade, before the body credited with it ("Requires improvement — Ofsted, January 2020"). */
const DASH_AFTER_GRADE = /^['"\u2019\u201d]?\s*[\u2014\u2013-]\s*/;
const CONTEXT = new RegExp(`\\b(rated|rating|ratings|re-rated|judged|adjudged|graded|inspectors?|inspection|verdict|judgement|judgment|grade|grading|stuck\\s+(?:at|on)|improved\\s+from|rose\\s+from|went\\s+from|moved\\s+from|fell\\s+from|upgraded|downgraded|from\\s+['"]?(?:${GRADES})\\b|${CHANGE_OF_GRADE}|${MOVED_TO_GRADE})`);
const GOOD_CONTEXT = /(?:rated|judged|graded|rating\s+of|rating\s+to|rose\s+to|to|as|from)\s+['"]?$/;
/** "rated the service good", "judged Devon's children's services good": the verb, what it rates, then the grade. */
const RATED_OBJECT = /\b(?:rated|judged|graded)\s+(?:[a-z'\u2019-]+\s+){0,3}?(?:services?|department|council|authority|it|them)\s+(?:as\s+)?['"\u2018\u201c]?$/;
/**
 * A judgement is one of an inspection's several (on help and protection, on care leavers …) unless the grade is
 * given as it, right after the word: "Current Ofsted judgement: Requires improvement", "our judgement — 'requires
 * improvement'".
 */
const JUDGEMENT = /\bjudge?ments?\b/;
const JUDGEMENT_IS = /\bjudge?ment\s*(?:[:\u2013\u2014-]|is|was|of)?\s*['"\u2018\u201c*_]*$/;
const SKIP = /\b(send|special educational|leadership|impact\s+of\s+(?:the\s+)?leaders|help and protection|children in care|care leavers|experiences and progress|one area|areas?|management|schools?|school|hospital|police|other councils?|another council|neighbouring\s+(?:[a-z]+\s+)?(?:councils?|authorit(?:y|ies)|areas?|count(?:y|ies)|boroughs?|districts?|services?|las?)\b|nationally|england's|average|case\s+files?|audits?|audited|per\s+cent\s+of|percent\s+of)\b/;

/** A named part of a service as a relative clause's antecedent ("The front door service, which inspectors judged …"). */
const PART_OF_SERVICE = /\b(?:the|its|their|a)\s+(?!children's\b)(?:[a-z'-]+\s+){1,3}(?:service|team|unit|hub)$/;

/** A count of parts as the subject ("two were rated inadequate", "one of them was judged good", "eight of the 15 are rated good", "the third was given …"): a grade of a part. */
const PART_SUBJECT = /(?:^|[^a-z])(?:(?:one|two|three|four|five|both|neither|none|each|all three|all four)\s+(?:of\s+(?:them|these|those|the\s+(?:[a-z]+|\d+))\s+)?|the\s+(?:first|second|third|fourth|fifth|last|other|remaining)\s+(?:(?:one|area|judgement|judgment)\s+)?|(?:six|seven|eight|nine|ten|\d+)\s+of\s+(?:them|these|those|the\s+(?:[a-z]+|\d+))\s+)(?:was|were|is|are|has|have|had|got|received|(?:[a-z]+ly\s+)?(?:rated|judged|graded))\b/;

/** Bodies in general as a grade's subject ("Councils rated good …", "those rated requires improvement can expect …"). */
const GENERIC_RATED = /(?:^|[^a-z'])(?:councils|authorities|those|ones|any\s+council|a\s+council)\s+(?:(?:that|which|who)\s+(?:are|were|is|was)\s+|(?:currently|now)\s+)?(?:rated|judged|graded)\b/;

/** A grade in a clause of time after the happening it preceded ("… years after they were judged to …"). */
const HELD_BEFORE = /\b(?:after|since)\s+(?:it|they|the\s+service|the\s+council|[a-z]+)\s+(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:judged|rated|found|graded|deemed)\b/;
/** A trust described in an aside before its grade: "the trust, which serves both councils, was rated" (up to the grade). */
const TRUST_ASIDE = /\b(?:the|a|its|their)\s+(?:children's\s+|new\s+)?trust\s*,\s*(?:which|that)\s[^,]{1,80},\s*(?:was|were|is|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+|then\s+|later\s+)?(?:judged|rated|graded|found)\s+(?:as\s+)?['"]?$/;
/** A trust as a grade's subject. */
const TRUST_SUBJECT = /\b(?:the|a|its|their)\s+(?:children's\s+|new\s+)?trust\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+|then\s+|later\s+)?(?:judged|rated|graded|found)\b/;
/**
 * A person's own things as the subject of the grade ("His mock results were …"), not a service or council of theirs;
 * not past a relative clause of its own ("Her replacement is X, formerly of Somerset, where the rating rose …").
 */
function personalSubject(before: string): boolean {
  return PERSONAL_SUBJECT.test(before) && !/,\s*(?:where|which|whose)\b/.test(before);
}
const PERSONAL_SUBJECT = /^[\s*_"'\u201c\u2018-]*(?:his|her|my|your|our)\s+(?!(?:own\s+)?(?:council|authority|service|services|department|children's)\b)(?:[a-z'-]+\s+){0,2}(?:was|were|is|are|have|has|had)\b/;
/**
 * The writer's own body as the grade's subject ("we were judged 'good' in 2021", "I was rated …"): an agency, a home or
 * a school writing of its own inspection, not the council's service the sources rate.
 */
const FIRST_PERSON_RATED = /(?:^|[^a-z'])(?:we|i)\s+(?:were|are|was|am|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+|again\s+|also\s+)?(?:judged|rated|graded|found)\b/;
/**
 * Is the grade at pos the writer's own body's, told apart from the council's ("our own inspection is separate – we were
 * judged 'good'")? A "we" alone may be the council's own staff: "We were rated 'inadequate' in January 2020".
 */
function ownGrade(masked: string, s: SentenceInfo, clause: { start: number; end: number }, pos: number): boolean {
  return FIRST_PERSON_RATED.test(masked.slice(clause.start, pos)) && OWN_APART.test(masked.slice(s.start, s.end));
}
/** Words that set the writer's own body apart from another's. */
const OWN_APART = /\b(?:our\s+own|separate(?:ly)?|ourselves|unlike\s+the\s+council)\b/;
/** A clause whose subject is a pronoun, or a quantifier standing for one ("all were rated good"). */
const PRONOUN_SUBJECT = /^[\s,;:-]*(?:(?:and|but|in\s+\d{4},?|then)\s+)?(?:it|they|all|both|each)\s/;
/** Places Ofsted (or another regulator) rates that are not a council's children's services. */
const OTHER_RATED = /\b(?:the\s+home(?:'s)?|homes|(?:children's|care|residential)\s+homes?|nurser(?:y|ies)|academ(?:y|ies)|the\s+school(?:'s)?|the\s+provider(?:'s)?|gp\s+practices?|practices|surger(?:y|ies)|pharmac(?:y|ies)|hospitals)\b/;
/** Such a place as the sentence's subject, its words or an aside between ("The eight-bed home, run by the council, was rated …"). */
const OTHER_RATED_SUBJECT = /^[\s*_"'\u201c\u2018-]*(?:the|an?|this|that|its|our|their)\s+(?:[a-z0-9'-]+\s+){0,3}?(?:home|nursery|academy|school|provider)\s*,/;
/** A count of bodies ("35 councils", "dozens of authorities"): many, so none of them the story's one. */
const COUNTED = `(?:\\d+|${Object.keys(WORD_NUMBERS).filter((w) => !/^(?:zero|one|a)$/.test(w)).join('|')}|dozens\\s+of|scores\\s+of|many|several|most|(?:a|one|two|three)\\s+(?:quarter|third|half|fifth|tenth)s?\\s+of\\s+(?:the\\s+|all\\s+)?(?:[a-z]+\\s+)?)\\s*(?:other\\s+)?(?:councils|authorities|local\\s+authorities|trusts|areas)\\b`;
/** Counted bodies as what an active rating verb rates, or as the subject of a passive one ("22 councils were rated"). */
const COUNTED_RATED = new RegExp(`\\b(?:rated|re-rated|judged|graded)\\s+${COUNTED}|(?:^|[^a-z])${COUNTED}(?:\\s+[a-z0-9'-]+){0,8}?\\s+(?:have|had|were|are)\\s+(?:been\\s+)?(?:services\\s+)?(?:[a-z]+ly\\s+)?(?:rated|judged|graded)\\b`);

/**
 * Does the clause rate bodies other than one service: a count of them ("Ofsted has rated 35 councils 'inadequate' since
 * 2013") or bodies in general ("nine English authorities rated inadequate between 2014 and 2019")?
 */
export function ratesOtherBodies(clauseText: string): boolean {
  // every match holds one of the verbs, and most clauses none: plain searches first (profiled)
  if (!clauseText.includes('rated') && !clauseText.includes('judged') && !clauseText.includes('graded')) return false;
  return COUNTED_RATED.test(clauseText) || GENERIC_RATED.test(clauseText);
}

/** What stands between two grades offered as alternatives ("inadequate or requiring improvement"), or listed ("outstanding, good, …"). */
const OR_BETWEEN = /^['"’”\s]*(?:,\s*)?(?:(?:or|and\/or)\s*)?['"‘“]*$/;

/**
 * What stands between the grades of a list: commas, "or", "and", a slash, a quiz's option letters ("outstanding, good,
 * requires improvement and inadequate", "(a) Outstanding (b) Good (c) …").
 */
const LIST_BETWEEN = /^['"\s*]*(?:[,/]\s*)?(?:(?:or|and|and\/or)\s+)?(?:\(?[a-d]\)\s*)?['"*]*$/;

/** The positions of the sentence's ratings that stand in a list of three or more different grades: the scale named, no grade given. */
function scaleListed(masked: string, ratings: RegExpExecArray[]): Set<number> {
  const out = new Set<number>();
  let run: RegExpExecArray[] = [];
  const close = () => {
    if (new Set(run.map((x) => ratingValue(x[1]))).size >= 3) for (const x of run) out.add(x.index);
  };
  for (const r of ratings) {
    const prev = run[run.length - 1];
    if (prev && LIST_BETWEEN.test(masked.slice(prev.index + prev[0].length, r.index))) run.push(r);
    else {
      close();
      run = [r];
    }
  }
  close();
  return out;
}

/**
 * A clause about the scale itself, not a grade given: its grades "run", "range" or "go" from one to another ("The
 * grades run from 'outstanding' at the top down to 'inadequate'"), a grade defined by its place ("'Outstanding' is the
 * top grade", "between 'good' and 'inadequate'", "one step below 'good'"), or "one of four grades".
 */
const SCALE_TALK = new RegExp(
  `\\b(?:grades|ratings|judgements|judgments|verdicts|scale|categories)\\s+(?:[a-z]+\\s+){0,2}?(?:run|runs|range|ranges|ranging|go|goes|span|spans|stretch|stretches)\\s+(?:from|between)\\b` +
  `|\\b(?:${GRADES})['"]?\\s+(?:is|means)\\s+(?:the|its|their|[a-z]+'s)\\s+(?:(?:second|third)[-\\s])?(?:top|highest|best|lowest|bottom|worst)\\b` +
  `|\\bone\\s+of\\s+(?:the\\s+|[a-z]+'s\\s+)?(?:four|4)\\s+(?:grades|ratings|judgements|judgments|verdicts)\\b` +
  // ("Ofsted's four-point scale, from 'outstanding' at the top to 'inadequate' at the bottom")
  `|\\bscale\\s*,?\\s+from\\s+['"]?(?:${GRADES})\\b` +
  // ("a gauge of Ofsted grades from inadequate to outstanding": the grades themselves, from one end to the other)
  `|\\b(?:grades|ratings)\\s*,?\\s+from\\s+['"]?(?:${GRADES})['"]?\\s+(?:up\\s+|down\\s+)?to\\s+['"]?(?:${GRADES})\\b` +
  `|\\bbetween\\s+['"]?(?:${GRADES})['"]?\\s+and\\s+['"]?(?:${GRADES})\\b|\\b(?:steps?|grades?|notch|notches|rungs?)\\s+(?:below|above|under|beneath)\\s+['"]?(?:${GRADES})\\b` +
  // ("the lowest of Ofsted's four grades, below 'requires improvement'": a grade named as the bound of another)
  `|(?:^|[,;(]\\s*|\\bjust\\s+|\\bone\\s+)(?:below|above|beneath)\\s+['"]?(?:${GRADES})\\b`,
);

/**
 * A council in general, not the story's: an indefinite subject before the grade ("A council can be judged good or
 * outstanding", "Any authority rated inadequate…", "every service"), in a sentence that names no rated place.
 */
const GENERIC_SUBJECT = /(?:^|[^a-z'])(?:a|an|any|every|each)\s+(?:local\s+)?(?:council|authority|service|children's\s+services?\s+department)\b/;

/** What the rating check derives from the data: the rated services and their places, the rating bodies, bodies elsewhere. */
interface RatingScope {
  /** The rated services (their places' names in lower case, and as patterns); the home one first. */
  subjects: { id: string; name: string | undefined; place: RegExp | undefined }[];
  /** The home service's place ("devon"), if any. */
  home: RegExp | undefined;
  /** The names of the bodies that give ratings ("ofsted"). */
  bodies: RegExp;
  /** Places of councils that are no rated service's, and bodies of other kinds (an NHS body, another regulator). */
  elsewhere: RegExp;
}

const wordsRe = (words: string[]) => (words.length ? new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})`) : /$^/);

function ratingScope(m: Model): RatingScope {
  const ids = [...new Set(m.states.filter((x) => x.attribute === 'rating').map((x) => x.subject))];
  const orgs = ids.map((id) => m.dataset.orgById.get(id)!).sort((a, b) => Number(b.home) - Number(a.home));
  const placeRe = (p?: string) => (p ? new RegExp(`\\b${escapeRegExp(p.toLowerCase())}`) : undefined);
  const byIds = new Set(m.states.map((x) => x.by).filter((x): x is string => !!x));
  const ratedPlaces = new Set(orgs.map((o) => o.place?.toLowerCase()));
  const otherPlaces = m.places.others.filter((p) => !ratedPlaces.has(p));
  const otherBodies = m.orgPhrases.filter((o) => (o.org.kind === 'nhs' || o.org.kind === 'regulator') && !byIds.has(o.org.id) && o.phrase.length >= 3).map((o) => o.phrase);
  return {
    subjects: orgs.map((o) => ({ id: o.id, name: o.place?.toLowerCase(), place: placeRe(o.place) })),
    home: placeRe(orgs.find((o) => o.home)?.place),
    bodies: wordsRe(m.orgPhrases.filter((o) => byIds.has(o.org.id)).map((o) => o.phrase)),
    elsewhere: wordsRe([...otherPlaces, ...otherBodies]),
  };
}

/**
 * A sentence that goes on about what the one before was about, by its first words: a pronoun, or a grade with no
 * subject at all ("**Ofsted inspection of Somerset, July 2022.** Rated 'good', up from …").
 */
const GOES_ON_WORDS = /^[\s*_]*(?:its|it|their|they|there|the service|the council|his|under him|(?:re-)?rated|judged|graded)\b/;
/** A sentence going on with a definite noun, not a pronoun: "The service …", "The council …". */
const DEFINITE_GOES_ON = /^[\s*_]*the\s+(?:service|council)\b/;
/**
 * A paragraph's first words a pronoun after a reply's "and", "yes" or "but" ("And it's good now", "Yes — they were"),
 * under a script's line naming who speaks, if any ("LEADBETTER⏎And it's good now").
 */
const PRONOUN_OPENS = /^(?:[^\n]{1,40}\n)?[^a-z]*(?:and|but|yes|no|well|so|oh)\b[\s,.\u2013\u2014-]*(?:it|they|it's|they're|they've|it'd)\b/;
/** A grade whose subject is a pronoun. */
const PRONOUN_RATED = /\b(?:it|they)\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:[a-z]+ly\s+|then\s+|later\s+)?(?:rated|re-rated|judged|graded)\b/;
/** How many sentences back a run of sentences going on about a place may reach. */
const GOES_ON_BACK = 3;

/**
 * Does a sentence before s in its paragraph name the place, with every sentence between going on about it (opening
 * "Its", "They" …) and none naming the home?
 */
function namedBefore(ctx: Ctx, s: SentenceInfo, place: RegExp, homeIn: (t: string) => boolean): boolean {
  for (let k = s.index - 1; k >= Math.max(0, s.index - GOES_ON_BACK); k--) {
    const t = ctx.masked.slice(ctx.sentences[k].start, ctx.sentences[k].end);
    if (place.test(t)) return true;
    if (homeIn(t) || !GOES_ON_WORDS.test(t)) return false;
  }
  return false;
}

/** Does the paragraph name neither the home nor a rated place? Found once per paragraph (a grade may stand thousands of times in one). */
function namesNoPlace(ctx: Ctx, rs: RatingScope): boolean {
  return (ctx.placeless ??= !(rs.home && rs.home.test(ctx.masked)) && !rs.subjects.some((x) => x.place?.test(ctx.masked)));
}

/**
 * Which rated service a rating is about: one named in its clause, or in its sentence with the home one not named in
 * the clause, or in the sentence before when this one goes on about it ("Its rating…"); else the home service.
 */
function subjectOf(ctx: Ctx, s: SentenceInfo, clauseText: string, rs: RatingScope, sentenceText: string): string | undefined {
  const { masked } = ctx;
  // a table's row about another body tells that body's grade: a rated one's, or one the sources do not know
  const row = rowElsewhere(ctx);
  if (row !== undefined) return rs.subjects.find((x) => x.name === row)?.id;
  const homeIn = (t: string) => !!rs.home && rs.home.test(t);
  const prev = s.index > 0 ? masked.slice(ctx.sentences[s.index - 1].start, ctx.sentences[s.index - 1].end) : '';
  for (const sub of rs.subjects) {
    if (!sub.place || (rs.home && sub.place.source === rs.home.source)) continue;
    if (sub.place.test(clauseText) || (sub.place.test(sentenceText) && !homeIn(clauseText))) return sub.id;
    // (a sentence going on about the place the one before named: "… a call to Somerset. Their service went from …", up
    // to a clause of its own that names the home: "…; he then took charge in Devon")
    if (homeIn(clauseText)) continue;
    // (but "The service has been rated …" after such a sentence may as well be the home's again: whose, is not sure)
    if (sub.place.test(prev) && GOES_ON_WORDS.test(sentenceText)) return DEFINITE_GOES_ON.test(sentenceText) ? undefined : sub.id;
    // (a grade whose subject is a pronoun, "By the time of an inspection in July 2022 they had been rated good", or
    // one further back over sentences that go on about the place in turn, "Somerset … Its services were rated … In
    // 2022 they were …", is not the home's; whose it is, is less sure: no finding)
    if ((GOES_ON_WORDS.test(sentenceText) || PRONOUN_RATED.test(clauseText)) && namedBefore(ctx, s, sub.place, homeIn)) return undefined;
  }
  // a paragraph opening on a pronoun's grade ("And it's good now. Rated good this July.", a script's reply to the line
  // before) goes on about what another paragraph named: whose grade it is, is not sure (no finding)
  if (PRONOUN_OPENS.test(masked.slice(ctx.sentences[0].start, s.end)) && !homeIn(masked.slice(0, s.end)) && !rs.subjects.some((x) => x.place?.test(masked.slice(0, s.end)))) return undefined;
  // a sentence naming no place, after the paragraph last named a council the sources do not rate, goes on about that
  // one ("In Kent the journey has been slower. The council was rated …"): not a rating the sources know
  if (!homeIn(sentenceText) && !rs.subjects.some((x) => x.place?.test(sentenceText))) {
    // (or names a council the data does not know: "Wiltshire Council is Lib Dem-run; its services were rated good")
    if (elsewhereLast(masked, s.start, rs) || namesUnknownCouncil(ctx, s)) return undefined;
    // (nor, under a headline naming another place, does one in a paragraph that names no place: "# Torbay's services
    // upgraded …⏎⏎Inspectors rated the service …")
    if (ctx.headline && namesNoPlace(ctx, rs)) return undefined;
    // (and one after the paragraph last named another place the sources rate goes on about that place: "Somerset's
    // recovery … A re-inspection lifted the service …" — read as that place's where its clause gives a written year
    // to compare, else no finding: a grade between the ones the sources give is one they do not know)
    // (a place's possessive before a post, "Somerset's former chief executive", is where a person worked: no place the
    // sentence goes on about, unless a pronoun takes it up, "He took them from 'inadequate' to 'good'")
    const other = otherRatedLast(masked, s.start, rs, !PRONOUN_WORD.test(clauseText));
    if (other) return ratedInYearTold(ctx, s, clauseText, other) ? other : undefined;
  }
  return rs.subjects[0]?.id;
}

/**
 * The sentence's words, but in a table's row without the other cells that hold a grade of their own: "| Inadequate |
 * Somerset rated outstanding |" tells Somerset's grade in its own cell, and the lone grade is the row's subject's.
 */
function withoutOtherGradedCells(masked: string, s: SentenceInfo, pos: number): string | undefined {
  if (masked.charCodeAt(s.start) !== 124) return undefined;
  let from = s.start;
  return masked.slice(s.start, s.end).split('|').map((cell) => {
    const at = from;
    from += cell.length + 1;
    return (pos < at || pos >= at + cell.length) && GRADE_IN.test(cell) ? ' '.repeat(cell.length) : cell;
  }).join('|');
}
const GRADE_IN = new RegExp(`\\b(?:${INSPECTION_GRADES.join('|')})\\b`);

/**
 * The words a grade's subject is looked for in: a relative clause's own, ", who had moved that county from inadequate
 * to good, was put in charge in Devon", closed by the comma after the grade (the clauses split at "who" and "which",
 * not at the comma that ends them); or, for a grade after that comma, the main clause's around it.
 */
function ownClauseText(masked: string, s: SentenceInfo, clause: { start: number; end: number }, pos: number): string {
  if (!/\b(?:who|which|whose)[\s,]*$/.test(masked.slice(Math.max(0, clause.start - 8), clause.start + 1))) return masked.slice(clause.start, clause.end);
  // a grade after the comma that closes the relative clause is the main clause's: "Somerset, whose former children's
  // lead … took interim charge in Devon, was rated good" reads "Somerset … was rated good"
  const closing = masked.lastIndexOf(',', pos);
  if (closing > clause.start) {
    const opening = masked.lastIndexOf(',', clause.start);
    return masked.slice(opening > s.start ? s.start : clause.start, opening > s.start ? opening : clause.start) + masked.slice(closing, clause.end);
  }
  const comma = masked.indexOf(',', pos);
  return masked.slice(clause.start, comma >= 0 && comma < clause.end ? comma : clause.end);
}

/**
 * A grade in a bracket after a place's name ("Devon (rated 'inadequate' since 2020) alongside Somerset"): the words of
 * the name and the bracket, whose subject the grade is, when the name is the home's or a rated place's.
 */
function placeAside(ctx: Ctx, s: SentenceInfo, pos: number, rs: RatingScope): string | undefined {
  const aside = namedAside(ctx, s, pos);
  if (!aside) return undefined;
  const t = ctx.masked.slice(aside.start, aside.end);
  return rs.home?.test(t) || rs.subjects.some((x) => x.place?.test(t)) ? t : undefined;
}

/** A passive rating's subject, before its verb ("Doncaster's trust was later rated"): group 1. */
const PASSIVE_SUBJECT = /(?:^|[:;]\s*)([^:;]*?)\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been|being)\s+(?:(?:[a-z]+ly|later|now|since|also|then|again|still|first|itself|themselves)\s+)*(?:rated|re-rated|judged|graded)\s+(?:as\s+|to\s+(?:be\s+)?)?['"‘“]?$/;
/** A subject (group 1), a copula and an indefinite noun rated: "Site A is a small unitary authority rated '". */
const COPULA_INDEFINITE = /(?:^|[:;]\s*)([^:;]*?)\s+(?:is|was|are|were)\s+(?:an?|one)\s+(?:[a-z'-]+\s+){0,4}?(?:rated|judged|graded)\s+(?:as\s+)?['"‘“]?$/;
/** A subject of a few words right before "rated" opening the clause, with no auxiliary (a headline's passive): group 1. */
const HEADLINE_PASSIVE = /^[\s#*_>-]*([a-z][a-z'-]*(?:\s+[a-z'-]+){0,2})\s+(?:(?:now|again|finally|also)\s+)?(?:rated|re-rated|judged|graded)\s+(?:as\s+)?['"‘“]?$/;
const AUXILIARY = /\b(?:is|was|are|were|be|been|being|has|have|had)\b/;
/** The subject of a verb of change before a rating ("Sunderland's trust took its service from 'inadequate'"): group 1. */
const CHANGE_SUBJECT = /^\s*([^,;:]{1,50}?)\s+(?:has\s+|had\s+)?(?:took|taken|brought|lifted|moved|raised|turned)\s+(?:its|their|the)\s+(?:[a-z'-]+\s+){0,2}?(?:from|to)\s+['"‘“]?(?:[a-z ]+['"’”]?\s+(?:in\s+\d{4}\s+)?to\s+['"‘“]?)?$/;
/** A clause that opens with a possessive pronoun ("its children's services …"). */
const POSSESSIVE_OPENS = /^[\s,;:-]*(?:its|their)\b/;
/** "there" as a place before a grade ("the rating there had risen"), not the "there" of "there was". */
const THERE_BEFORE = /\b(?:rating|ratings|grade|services?|judgement|judgment)\s+there\b|\bthere\s+(?:had\s+)?(?:risen|rose|gone|went|moved|improved)\b/;
/** The opening of a sentence that goes on about the body the sentence before was about. */
const GOES_ON = /^(?:its|their|it|they|the trust|the council|the service)\b/;
/** A subject at the start of a sentence, before its verb (group 1). */
const LEADING_SUBJECT = /^\s*([^,;:]{1,60}?)\s+(?:has|have|had|was|were|is|are|moved|became|went|took|got|received|came)\b/;

/**
 * "Bradford's children's services moved to a trust in 2023. Its trust was judged…": a sentence opening "Its", "It",
 * "The trust"… goes on about the body the sentence before was about, when that one's subject names another body.
 */
function goesOnAboutAnother(ctx: Ctx, s: SentenceInfo, rs: RatingScope): boolean {
  const { masked } = ctx;
  if (s.index === 0 || !GOES_ON.test(masked.slice(s.start, s.end))) return false;
  const prev = ctx.sentences[s.index - 1];
  // (the sentence before must be in the same paragraph: the masked text is the paragraph's)
  if (prev.end > s.start) return false;
  const prevText = masked.slice(prev.start, prev.end);
  // its subject, or the whole of it when it is a label of a few words ("**Cornwall**" on a line of its own)
  const subj = LEADING_SUBJECT.exec(prevText) ?? BARE_LABEL.exec(prevText);
  return !!subj && namesAnotherBody(ctx, prev.start + subj.index + subj[0].indexOf(subj[1]), subj[1], rs, false);
}

/** A sentence that is only a label of a few words: a heading-like line ("**Cornwall**", "Torbay:"). */
const BARE_LABEL = /^[\s*_#>]*([a-z][a-z'\u2019 &.-]{1,40}?)[\s*_:.]*$/;

/** A list item's lead-in before a subjectless rating ("**Hampshire** – Rated outstanding", "Cornwall: outstanding"): group 1. */
/**
 * An entry's lead-in, whatever follows it ("Dorset – ", in the writer's text): group 1, words in title case (not a date;
 * a label in capitals, "CAPTION:", names no body).
 */
/**
 * The words of a rating's label before its own name and the body that gives it ("Leeds" of "Leeds Ofsted rating";
 * nothing of "Current Ofsted judgement"): what may name another body. A label of no rating's name is returned whole.
 */
function labelOwner(ctx: Ctx, label: string): string {
  const whole = label.trim();
  const named = RATING_NAME.exec(whole);
  if (!named) return whole;
  let owner = whole.slice(0, named.index);
  const low = owner.toLowerCase();
  const org = ctx.m.orgPhrases.find((o) => low.endsWith(o.phrase) && (low.length === o.phrase.length || low[low.length - o.phrase.length - 1] === ' '));
  if (org) owner = owner.slice(0, owner.length - org.phrase.length);
  return owner.replace(LABEL_TIME_WORDS, '').trim();
}
/** A rating's own name ending a label ("rating", "judgement"), with the space before it. */
const RATING_NAME = /(?:^|\s+)(?:inspection\s+)?(?:rating|judge?ment|grade|verdict)s?$/i;
/** The words of time a label may open with or end on before the rating's name ("Current", "Latest", "most recent"). */
const LABEL_TIME_WORDS = /(?:^|\s*)(?:(?:current|latest|present|overall|last|new|most\s+recent)\s*)*$/i;
const ENTRY_LEAD = /^[\s*_#>-]*([A-Z][a-z][A-Za-z'\u2019 &.-]{0,46}?)[\s*_]*(?::|\s[–—-]+)\s*/;
const LEAD_IN = /^[\s*_#>-]*([^:–—]{1,48}?)[\s*_]*(?::|\s[–—-]+)\s*(?:(?:(?:was|is)\s+)?(?:rated|judged|graded)\s+(?:as\s+)?)?['"‘“]?$/;
const LEAD_MARK = /:|\s[–—-]/;

/**
 * Does the sentence tell of the body its paragraph's lead-in grades, one neither the story's own nor rated in the
 * sources ("**Plymouth** – requires improvement. The city's last full inspection, in 2023, …")? Not when the sentence
 * names the story's own.
 */
export function aboutLeadInBody(ctx: Ctx, s: SentenceInfo): boolean {
  const { masked } = ctx;
  const first = ctx.sentences[0];
  // (a colon or a dash near the paragraph's start first: asked for every date and event, and most paragraphs have none)
  if (!LEAD_MARK.test(masked.slice(first.start, Math.min(first.end, first.start + 64)))) return false;
  // the lead-in of the paragraph's first grade, when that grade has no subject of its own (LEAD_IN)
  const grade = execIn(RATING_RE, masked, first.start, first.end)[0];
  const lead = grade && LEAD_IN.exec(masked.slice(first.start, grade.index));
  if (!lead) return false;
  const rs = indexOf(ctx, ratingsRule);
  if (rs.home?.test(masked.slice(s.start, s.end))) return false;
  return namesAnotherBody(ctx, first.start + lead.index + lead[0].indexOf(lead[1]), lead[1], rs, true);
}

/** An active rating's object ("Ofsted rated Leeds outstanding"): group 1. */
const ACTIVE_OBJECT = /\b(?:rated|judged|graded)\s+([^,;:'"‘“]{1,40}?)\s+(?:as\s+)?['"‘“]?$/;
/** The words before a relative clause's ", which" or ", who" (group 1). */
const ANTECEDENT = /([^,;:]{1,50}),\s*(?:which|who|that)\s*$/;
/** Nouns that make the word before them a body's place ("the Sunderland trust", "Slough council"). */
const BODY_AFTER = /^\s+(?:trust|council|county|borough|city|children's)\b/;

/**
 * Is the rating at `pos` said of a body the sentence names that is neither a rated service nor the story's own: the
 * subject of its passive verb ("Doncaster's trust was later rated good"), or the lead-in of a list item whose
 * rating has no subject of its own ("**Hampshire** – Rated outstanding")? Another body is named by a place the
 * data knows as another's, or by a capitalised word the data does not know at all (not a place, body or person).
 */
function ratedElsewhere(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, pos: number, rs: RatingScope): boolean {
  const { masked } = ctx;
  // (a clause opening "its …" after another place named earlier in its sentence: "**Cornwall** Among the stronger
  // performers; its children's services have been rated outstanding")
  if (POSSESSIVE_OPENS.test(masked.slice(clause.start, clause.end)) && rs.elsewhere.test(masked.slice(s.start, clause.start))) return true;
  // (and "X was Dorset's children's lead, and the Ofsted rating there had risen to 'good'": "there" is that place)
  if (THERE_BEFORE.test(masked.slice(clause.start, pos)) && rs.elsewhere.test(masked.slice(s.start, clause.start))) return true;
  const lead = LEAD_IN.exec(masked.slice(s.start, pos));
  if (lead) {
    // (a label that is the rating's own name names a body only in its words before it: "Leeds Ofsted rating:", not
    // "Current Ofsted judgement:")
    const owner = labelOwner(ctx, lead[1]);
    return owner !== '' && namesAnotherBody(ctx, s.start + lead.index + lead[0].indexOf(lead[1]), owner, rs, true);
  }
  // ("**Dorset** – Rated good in 2021 after years of requires improvement": every grade of an entry its lead-in names
  // another body for, where the entry does not name the home)
  const entry = ENTRY_LEAD.exec(ctx.text.slice(s.start, pos));
  // (unless the entry names a rated service of its own before the grade: "Dan Okafor: … taken Somerset from
  // 'inadequate' …", a speaker's label over the words)
  // (a field's label that is the rating's own name, "Current Ofsted rating:", names no body)
  // (nor does a document's own label with a subject after it: "Summary: the running of children's services, rated …";
  // with none, "Outcome: rated good in 2021", LEAD_IN above reads it)
  if (entry && labelOwner(ctx, entry[1]) !== '' && !LABEL_WORDS.has(entry[1].trim().toLowerCase()) && !(rs.home && rs.home.test(masked.slice(s.start + entry[0].length, s.end))) && !namesRatedService(masked.slice(s.start + entry[0].length, pos), rs) &&
      namesAnotherBody(ctx, s.start + entry[0].indexOf(entry[1]), entry[1].toLowerCase(), rs, true)) return true;
  const object = ACTIVE_OBJECT.exec(masked.slice(clause.start, pos));
  // ("judged to 'require improvement'": "to" opens the grade, it is no object)
  if (object && !/^to(?:\s+be)?$/.test(object[1])) return namesAnotherBody(ctx, clause.start + object.index + object[0].indexOf(object[1]), object[1], rs, true) || otherKindOfBody(object[1]);
  const change = CHANGE_SUBJECT.exec(masked.slice(clause.start, pos));
  if (change) return namesAnotherBody(ctx, clause.start + change.index + change[0].indexOf(change[1]), change[1], rs, false);
  // a headline's passive with no auxiliary: "Wiltshire rated 'good' in the week …"
  const bare = HEADLINE_PASSIVE.exec(masked.slice(clause.start, pos));
  if (bare && !AUXILIARY.test(bare[1]) && namesAnotherBody(ctx, clause.start + bare.index + bare[0].indexOf(bare[1]), bare[1], rs, false)) return true;
  // ("Site A is a small unitary authority rated …": the grade of an indefinite noun said of the subject is the subject's)
  const kind = COPULA_INDEFINITE.exec(masked.slice(clause.start, pos));
  if (kind && namesAnotherBody(ctx, clause.start + kind.index + kind[0].indexOf(kind[1]), kind[1], rs, false)) return true;
  const passive = PASSIVE_SUBJECT.exec(masked.slice(clause.start, pos));
  if (!passive) return goesOnAboutAnother(ctx, s, rs);
  if (/^\s*(?:its|their|the trust|the council)\b/.test(passive[1]) && goesOnAboutAnother(ctx, s, rs)) return true;
  // a relative clause's subject is its antecedent: "Leeds, which is rated outstanding"
  const from = Math.max(s.start, clause.start - 60);
  const antecedent = passive[1].trim() === '' ? ANTECEDENT.exec(masked.slice(from, clause.start)) : null;
  if (antecedent) return namesAnotherBody(ctx, from + antecedent.index, antecedent[1], rs, false);
  return namesAnotherBody(ctx, clause.start + passive.index + passive[0].indexOf(passive[1]), passive[1], rs, false);
}

/** The object of an active grading verb ("graded the force"): a definite noun phrase, its last word its head (group 1). */
const DEFINITE_OBJECT = /^(?:the|its|their)\s+(?:[a-z'\u2019-]+\s+){0,2}([a-z'\u2019-]+)$/;
/** Heads a grade of the council's service may be given to ("rated the council", "judged the service", "graded its work"). */
const SERVICE_HEADS = new Set(['service', 'services', 'council', 'authority', 'department', 'directorate', 'provision', 'care', 'county', 'area', 'work', 'practice', 'arrangements', 'system', 'it', 'them']);

/** Is the object of a grading verb a body of another kind than the council's service ("graded the force", "rated the trust")? */
function otherKindOfBody(object: string): boolean {
  const r = DEFINITE_OBJECT.exec(object.trim().replace(/\s+to(?:\s+be)?$/, ''));
  return !!r && !SERVICE_HEADS.has(r[1]);
}

/** Does the text name the place of one of the services the sources rate ("Somerset")? */
function namesRatedService(t: string, rs: RatingScope): boolean {
  return rs.subjects.some((x) => x.place?.test(t));
}

/**
 * Does the phrase masked[at, at + phrase.length) name another body? In a lead-in or an object any unknown capitalised
 * word does; in a subject, one that owns ("Doncaster's"), stands before a body's noun, does not open the phrase, or is
 * all the phrase is (a name).
 */
function namesAnotherBody(ctx: Ctx, at: number, phrase: string, rs: RatingScope, leadIn: boolean): boolean {
  if (rs.home?.test(phrase) || namesRatedService(phrase, rs)) return false;
  if (rs.elsewhere.test(phrase)) return true;
  const { m } = ctx;
  for (const r of phrase.matchAll(/[a-z][a-z'-]*/g)) {
    const i = at + r.index!;
    if (!isUpperAt(ctx.text, i)) continue;
    const w = r[0].replace(/'s?$/, ''); // ("Conservatives'" as "Conservatives")
    // (nor is a script's voice: "VOICEOVER: Rated 'inadequate' by Ofsted in …" is the writer's own line)
    if (m.notNames.has(w) || m.bySurname.has(w) || m.byGiven.has(w) || SCRIPT_CUES.has(w) || SCRIPT_VOICES.has(w)) continue;
    // (a part of the document numbered, "Slide 2 – Ofsted, January 2020: …", "Panel three:", is no body)
    if (NUMBERED_AFTER.test(phrase.slice(r.index! + r[0].length, r.index! + r[0].length + 8))) continue;
    if (leadIn || r.index! > 0 || r[0].endsWith("'s") || BODY_AFTER.test(phrase.slice(r.index! + r[0].length)) || properOnly(ctx, at, phrase)) return true;
  }
  return false;
}

const LABEL_WORDS = new Set<string>(DOCUMENT_LABELS);
/** A number after a word: the word names a numbered part ("slide 2", "panel three", "scene iv"). */
const NUMBERED_AFTER = /^\s+(?:\d+[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]+)\b/;

/**
 * Is the phrase a name and nothing else ("Leeds", "North Yorkshire"), or one with an apposition after it ("Stockport,
 * a council once rated inadequate,")? Every word before any comma is capitalised.
 */
function properOnly(ctx: Ctx, at: number, phrase: string): boolean {
  const head = phrase.split(',')[0];
  for (const r of head.matchAll(/[a-z][a-z'-]*/g)) if (!isUpperAt(ctx.text, at + r.index!)) return false;
  return /[a-z]/.test(head);
}

/** Is the last place named in masked[0, pos) one the sources rate no service of? */
function elsewhereLast(masked: string, pos: number, rs: RatingScope): boolean {
  const before = masked.slice(0, pos);
  const other = lastMatchAt(before, rs.elsewhere);
  return other >= 0 && rs.subjects.every((x) => lastMatchAt(before, x.place) < other);
}

/** Where the last match of a place's pattern stands in `before`, or -1. */
function lastMatchAt(before: string, re: RegExp | undefined, notPost = false): number {
  return re ? Math.max(-1, ...[...before.matchAll(new RegExp(re.source, 'g'))].filter((r) => !notPost || !POST_OF_PLACE.test(before.slice(r.index + r[0].length, r.index + r[0].length + 40))).map((r) => r.index)) : -1;
}

/**
 * Does the clause give, with their years written, only years the sources rate the place in ("at the inspection of
 * July 2022")? A grade of another year ("at the last full inspection, in 2017") is one they do not know.
 */
function ratedInYearTold(ctx: Ctx, s: SentenceInfo, clauseText: string, subject: string): boolean {
  const at = ctx.masked.indexOf(clauseText, s.start);
  const years = new Set(ctx.m.states.filter((x) => x.subject === subject && x.attribute === 'rating' && x.from).map((x) => parsePartialDate(x.from!).year));
  const told = s.dates.filter((d) => d.year !== undefined && !d.yearInferred && d.start >= at && d.end <= at + clauseText.length);
  // (every year told: "in 2017, …, itself an improvement on the 2015 report" tells of a year they do not know)
  return told.length > 0 && told.every((d) => years.has(d.year!));
}

/** The place the sources rate, other than the home, that the paragraph before `pos` last named after any mention of the home. */
function otherRatedLast(masked: string, pos: number, rs: RatingScope, notPost = false): string | undefined {
  const before = masked.slice(0, pos);
  const home = lastMatchAt(before, rs.home);
  return rs.subjects.find((x) => x.place && (!rs.home || x.place.source !== rs.home.source) && lastMatchAt(before, x.place, notPost) > home)?.id;
}
/** A pronoun that may take up a place named before. */
const PRONOUN_WORD = /\b(?:it|its|they|them|their)\b/;
/** A place's possessive before a post ("Somerset's former chief executive"): where a person worked, no subject told of. */
const POST_OF_PLACE = new RegExp(`^['\u2019]s\\s+(?:former\\s+|then\\s+|ex-)?(?:[a-z'-]+\\s+){0,2}(?:${[...ROLE_HEADS, 'lead', 'head', 'chief'].join('|')})\\b`);

/** Is the grade said of a council in general (see GENERIC_SUBJECT): `before` is its sentence up to the grade? */
function genericSubject(before: string, rs: RatingScope): boolean {
  return (GENERIC_SUBJECT.test(before) || INDEFINITE_BODY_ASIDE.test(before)) && !rs.subjects.some((x) => x.place?.test(before));
}
/**
 * A bracket open after a body named with an indefinite article, the grade in it: "A shire county in the Midlands (rated
 * 'requires improvement' at its last inspection)" grades that body, one the sources do not know.
 */
const INDEFINITE_BODY_ASIDE = /\b(?:a|an|one|another)\s+(?:[a-z'-]+\s+){0,3}(?:council|authority|county|borough|service)(?:\s+(?:in|of|near)\s+(?:the\s+)?[a-z' -]{1,30})?\s*\([^()]*$/;

/** Do the sources know the fact to hold on or before `day` (what began later cannot contradict a claim set then)? */
function knownBy(f: TimedFact, day: number): boolean {
  return f.stable || f.known.start <= day;
}

/** The grade a written rating word stands for. */
export function ratingValue(word: string): string {
  if (word.startsWith('requir')) return 'requires improvement';
  return GRADE_ABBREVIATIONS[word] ?? word;
}

/** Is the match at `pos` a grade: a word, or an abbreviation written in capitals ("RI", not "ri")? */
function isGradeAt(text: string, pos: number, word: string): boolean {
  if (!(word in GRADE_ABBREVIATIONS)) return true;
  for (let i = pos; i < pos + word.length; i++) if (!isUpperAt(text, i)) return false;
  return true;
}

/** The number words below twenty, in order: NUMBER_WORDS[n] is n's. */
const NUMBER_WORDS = Object.keys(WORD_NUMBERS);
/** Words that make a length loose or a bound ("more than four years", "nearly eight years"), longest first. */
const QUALIFIERS = Object.keys(LENGTH_QUALIFIERS).sort((a, b) => b.length - a.length);
/**
 * "for the past four years", "for more than four years", "over the last five years", "in the past four years" (group 1
 * a qualifier, group 2 the number). "in four years" alone is the time a change took ("went from inadequate to good in
 * seven years"), not how long a rating has held.
 */
const DURATION_RE = new RegExp(
  `\\b(?:(?:for|over)(?:\\s+the)?(?:\\s+(?:past|last))?|in\\s+the\\s+(?:past|last))\\s+(?:(${QUALIFIERS.join('|')})\\s+)?(\\d+|${NUMBER_WORDS.join('|')})\\s+years\\b`,
);

/** The years a qualified length may mean ("more than four" is four and up, "nearly eight" seven to eight). */
function qualifiedYears(q: string, n: number): { lo: number; hi: number } {
  switch (LENGTH_QUALIFIERS[q]) {
    case 'justOver': case 'over': return { lo: n, hi: Infinity };
    case 'nearly': return { lo: n - 1, hi: n };
    case 'under': return { lo: 0, hi: n };
    default: return { lo: n - 1, hi: n + 1 };
  }
}

/** Is n years (after its qualifier, if any) wrong for a rating held since `from`, on `day` (the time the sentence is set at)? */
function wrongYears(from: string, q: string | undefined, n: number, day: number): boolean {
  if (!q) return Math.abs(n - (partsOfDay(day).year - parsePartialDate(from).year)) >= 2;
  // how long it has held, in years, as exactly as the sources date its start, give or take half a year
  const since = rangeOf(from);
  const lo = (day - since.end) / 365.25 - 0.5, hi = (day - since.start) / 365.25 + 0.5;
  const claim = qualifiedYears(q, n);
  return claim.hi < lo || claim.lo > hi;
}

/** Words before a rating that make it an earlier one: "from 'inadequate'", "years after 'inadequate'", "formerly inadequate", "once rated inadequate". */
const PREVIOUS_RATING = /\b(?:from|after|following|formerly|previously|once(?=\s+(?:rated|judged|graded)\b))\s+(?:(?:rated|judged|graded)\s+)?(?:(?:an?|the|its|their)\s+)?['"‘“]?$/;
/** What follows a rating that another follows: an arrow to the later one ("INADEQUATE (2015) → GOOD"). */
const ARROW = new RegExp(ARROWS);
const BEFORE_ARROW = /^['"’”]?\s*(?:\([^()]{1,20}\)\s*)?(?:→|⟶|⇒|->|-->)/;
/** What stands before the later grade of a change ("from 'inadequate' to ", "INADEQUATE (2015) → "): a change that has
 * happened, whatever the tense of the sentence around it ("Wooster, under whom Somerset moved from … to …, is …"). */
const AFTER_CHANGE = new RegExp(`(?:${GRADES})['"’”]?\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:in\\s+\\d{4}\\s+)?(?:→|⟶|⇒|->|-->|to)\\s*['"‘“]?$`);
/** All four grades in one sentence, however it joins them: the scale described ("the best is 'outstanding' and the worst
 * 'inadequate'; in between come 'good' and then 'requires improvement'"), no rating. */
function namesTheScale(ratings: RegExpExecArray[]): boolean {
  return new Set(ratings.map((r) => ratingValue(r[1]))).size >= INSPECTION_GRADES.length;
}

/** A year written right after a grade: "'inadequate' in 2015", "GOOD (JULY 2022)", "good in July 2022" (group 1). */
const YEAR_AFTER = /^['"’”]?\s*(?:\(\s*|in\s+|,\s*)(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?((?:19|20)\d\d)\b/;
/** The place a sentence sets a rating history in: "in Cornwall, where …", "from Essex", "Cornwall's" (group 1, capitalised). */
const PLACE_SLOT = /(?:\b(?:in|from|at)\s+|^|\s)([a-z][a-z]+)(?:'s\b|\s*,\s*where\b)/g;

/**
 * A rating history the sources give one rated service, grade for grade and year for year ("from 'inadequate' in 2015 to
 * 'good' in July 2022"), set in a place that is not that service's ("he led children's services in Cornwall, where the
 * rating rose from …"): the place is wrong. Only with two dated grades that both match and the service's own place not
 * named in the sentence; the place is one the data knows as another council's, or a capitalised word before ", where".
 * Says whether it found one.
 */
function checkHistoryPlace(ctx: Ctx, s: SentenceInfo, ratings: RegExpExecArray[], rs: RatingScope): boolean {
  if (ratings.length < 2) return false;
  const { m, masked } = ctx;
  const text = masked.slice(s.start, s.end);
  const dated = ratings.map((r) => {
    const y = YEAR_AFTER.exec(masked.slice(r.index + r[0].length, Math.min(s.end, r.index + r[0].length + 24)));
    return { grade: ratingValue(r[1]), year: y ? +y[1] : undefined };
  });
  // (a grade of no year, "from 'inadequate' in 2015 to 'good'", matches by its grade alone; one at least has its year)
  if (dated.every((d) => d.year === undefined) || new Set(dated.map((d) => d.grade)).size < 2) return false;
  // (the clauses the grades stand in: "…'good' in July 2022 – and what he walked into in Devon" names Devon after them)
  const own = masked.slice(clauseAt(s, ratings[0].index).start, clauseAt(s, ratings[ratings.length - 1].index).end);
  for (const sub of rs.subjects) {
    if (!sub.place || sub.place.test(text) || (rs.home && rs.home.test(own))) continue;
    const states = m.states.filter((x) => x.subject === sub.id && x.attribute === 'rating' && x.from);
    const matches = dated.map((d) => states.find((x) => x.value === d.grade && (d.year === undefined || parsePartialDate(x.from!).year === d.year)));
    if (matches.some((x) => !x)) continue;
    // a history told without its place, grade for grade and year for year another service's, is that service's
    // ("How Julian Wooster's old service went from 'inadequate' in 2015 to 'good' in July 2022"): nothing to say
    if (rs.home && rs.home.test(text)) return true;
    const place = historyPlace(ctx, s);
    if (!place) return true;
    const org = m.dataset.orgById.get(sub.id)!;
    addFinding(ctx, {
      start: place.start, end: place.end, kind: 'organisation', severity: 'error',
      message: `Sources give this rating history (${dated.map((d) => (d.year === undefined ? d.grade : `${d.grade} in ${d.year}`)).join(', then ')}) to ${org.name}, not ${ctx.text.slice(place.start, place.end)}.`,
      suggestions: [org.place ?? org.name],
      citations: matches.map((x) => m.dataset.cite(x!.evidence)),
      claimKey: `organisation:history:${sub.id}`,
    });
    return true;
  }
  return false;
}

/** The place word of a rating history's sentence (see checkHistoryPlace), or undefined. */
function historyPlace(ctx: Ctx, s: SentenceInfo): { start: number; end: number } | undefined {
  const { m, masked } = ctx;
  for (const r of execIn(PLACE_SLOT, masked, s.start, s.end)) {
    const w = r[1];
    const at = r.index + r[0].lastIndexOf(w);
    if (!isUpperAt(ctx.text, at)) continue;
    const where = /^\s*,\s*where\b/.test(masked.slice(at + w.length, at + w.length + 10));
    if (m.places.others.includes(w) || (where && !m.notNames.has(w) && !m.bySurname.has(w) && !m.byGiven.has(w))) return { start: at, end: at + w.length };
  }
  return undefined;
}

/**
 * The words before a grade that make it a condition, a threshold or an aim, not what a service was rated: "until it has
 * been judged", "unless it is rated", "at least", "should be rated", "will be judged", a prediction's "will have been
 * rated" ("the first council to be rated" still tells what happened).
 */
const WANTED_GRADE = new RegExp(
  // (a condition ends at ", and" or ", but": "… if progress stalls, and the service, which has been rated …" is told)
  String.raw`(?:\b(?:until|unless|if)\s+(?:(?!,\s+(?:and|but)\s)[^.;:!?])*?\b(?:is|are|has\s+been|have\s+been|gets?|receives?)\s+(?:[a-z]+\s+){0,3}?` +
    String.raw`|\bat\s+least\s+|\b(?:should|must|would|could|will|may|might)\s+(?:first\s+|then\s+|now\s+)?(?:have\s+been\s+|be\s+)?(?:rated|judged|graded)\s+(?:as\s+)?)['"‘“]?$`,
);

/**
 * "not" right before a grade: one ruled out, no claim ("rated 'good', not outstanding"); or a rating denied ("has never
 * been rated 'good'", "was not judged good", "hasn't been graded as good").
 */
const RULED_OUT = /(?:\bnot|\bnever|n['\u2019]t)\s+(?:(?:ever|yet|once|been|be|since|again)\s+){0,3}(?:(?:rated|judged|graded|found)\s+(?:as\s+|to\s+be\s+)?)?['"‘“]?$/;

/** Does the sentence, or the one before it in the paragraph, tell of another rated place (a home, a school …)? */
function otherRatedNear(ctx: Ctx, s: SentenceInfo): boolean {
  const prev = s.index > 0 ? ctx.sentences[s.index - 1] : undefined;
  return OTHER_RATED.test(ctx.masked.slice(prev ? prev.start : s.start, s.end));
}

/** A count of occurrences: "the second", "the first time", "the only one". */
const ORDINAL = new RegExp(`\\b(?:${Object.keys(ORDINAL_WORDS).join('|')}|only|last)\\b`);

/**
 * Words measuring to a time told before: "by then", "by that time", "at that point", "at the time", "at a time when";
 * and a past perfect ("had carried the rating for nearly three years"), whose time is one before the telling.
 */
const BY_THEN = /\b(?:by\s+then|by\s+that\s+(?:time|point|stage)|at\s+that\s+(?:time|point|stage)|at\s+the\s+time|at\s+a\s+time\s+when|had\s+(?:been|carried|held|borne|worn|kept|had)\b)/;

/**
 * How long a grade still in force is said to have held, measured to the time the sentence sets ("In December 2022 — by
 * then rated inadequate for nearly three years"): a date told before the grade, after the grade's start (not a date
 * after it, "since the 2019 inspection"), else the draft's day; with "by then", "at that point" and no time told, to a
 * time the sentence does not give (no finding).
 */
function checkLasting(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, lasting: Ctx['m']['states'][number], rating: { start: number; end: number }, t: ClaimTime): void {
  if (!t.explicit && BY_THEN.test(ctx.masked.slice(s.start, s.end))) return;
  checkDuration(ctx, clause, lasting, rating, t.explicit && (!t.words || t.words.end <= rating.start) && t.range.end > rangeOf(lasting.from!).start ? t.range.end : ctx.asOf);
}

/** "rated inadequate for the past four years": the years must reach back to when the sources say the rating began. */
function checkDuration(ctx: Ctx, clause: { start: number; end: number }, state: Ctx['m']['states'][number], rating: { start: number; end: number }, day: number): void {
  if (!state.from) return;
  const r = DURATION_RE.exec(ctx.masked.slice(clause.start, clause.end));
  if (!r) return;
  // the years must be the rating's: right after it ("inadequate for the past four years") or right before it
  // ("for four years rated inadequate"), not another span in the clause ("over the seven years he spent in post")
  const at = clause.start + r.index;
  const gap = at >= rating.end ? at - rating.end : rating.start - (at + r[0].length);
  if (gap > 24) return;
  // "the second council to be rated inadequate in two years": "in" after a count of occurrences is a window
  if (r[0].startsWith('in') && ORDINAL.test(ctx.masked.slice(clause.start, at))) return;
  // "three years after they were judged to require improvement": the time between two happenings, not how long it held
  if (/^\s*(?:after|before|later|earlier|on)\b/.test(ctx.masked.slice(at + r[0].length, at + r[0].length + 10))) return;
  const n = WORD_NUMBERS[r[2]] ?? parseInt(r[2], 10);
  if (!wrongYears(state.from, r[1], n, day)) return;
  const right = partsOfDay(day).year - parsePartialDate(state.from).year;
  const start = clause.start + r.index + r[0].indexOf(r[1] ?? r[2]);
  const end = clause.start + r.index + r[0].length;
  addFinding(ctx, {
    start, end, kind: 'number', severity: 'error',
    message: `Sources say it has been rated ${state.value} since ${formatPartialDate(state.from)}: about ${right} years before this draft's date, not ${n}.`,
    suggestions: [`${/\d/.test(r[2]) ? right : NUMBER_WORDS[right] ?? right} years`],
    citations: [ctx.m.dataset.cite(state.evidence)],
    claimKey: `number:duration:${state.id}:${n}`,
  });
}

/**
 * "between 2015 and 2022" after a grade a change reached ("from 'inadequate' to 'good' between …", "… to 'good' in
 * roughly seven years, between …"): the span's end, when the grade holds.
 */
const BETWEEN_AFTER = /^['"\u2019\u201d]?[^.;:'"\u2018\u201c]{0,40}?\bbetween\s/;

function spanEnd(ctx: Ctx, s: SentenceInfo, at: number): ClaimTime | undefined {
  if (!BETWEEN_AFTER.test(ctx.masked.slice(at, at + 56))) return undefined;
  const later = s.dates.filter((d) => d.start > at && d.range)[1];
  return later ? { range: later.range!, explicit: true, present: false } : undefined;
}

/** The grades held at the claim's time: a grade told as now is presumed to hold a year after the sources last gave it, as a post is. */
/**
 * A grade changed to, "climbed from 'inadequate' to 'good'", after a time told before the sentence at which the grade
 * changed from was held: that time is the change's start, no date of the new grade.
 */
function changeStart<T extends { time: TimedFact; value: string }>(states: T[], t: ClaimTime, ratings: RegExpExecArray[], pos: number): boolean {
  return !!t.carried && ratings.some((o) => o.index < pos && gradesAt(states, t).some((x) => x.value === ratingValue(o[1])));
}

function gradesAt<T extends { time: TimedFact }>(states: T[], t: ClaimTime): T[] {
  return states.filter((x) => (t.present && !t.explicit ? presumedAt(x.time, t.range) : statusAt(x.time, t.range) === 'true'));
}

/**
 * Does the sentence before, in the paragraph, rate with the same grade? Then a bare grade goes on about that rating
 * ("… have been rated inadequate for almost three years. Critics say they have been inadequate for more than four.").
 */
function ratedBefore(ctx: Ctx, s: SentenceInfo, grade: string): boolean {
  if (s.index === 0) return false;
  const p = ctx.sentences[s.index - 1];
  const text = ctx.masked.slice(p.start, p.end);
  return CONTEXT.test(text) && new RegExp(`\\b${escapeRegExp(grade)}\\b`).test(text);
}

export const ratingsRule = defineRule<RatingScope>({
  id: 'ratings',
  kinds: ['rating', 'number'],
  description: "A service's inspection rating at the time the sentence is set, and how long it has held it.",
  gates: [RATING_GATE],
  build: ratingScope,
  checkSentence: checkRatings,
});

/** Is the grade ending at `end` credited to a rating body after a dash, as a card or a caption gives it ("Requires improvement — Ofsted, January 2020")? */
function creditedGrade(masked: string, end: number, rs: RatingScope): boolean {
  const dash = DASH_AFTER_GRADE.exec(masked.slice(end, end + 8));
  return !!dash && rs.bodies.exec(masked.slice(end + dash[0].length, end + dash[0].length + 40))?.index === 0;
}

/**
 * Is the grade at pos another thing's? "The trust was judged requires improvement": a trust is another body than the
 * council's service; "It was the home's first inadequate grade; in 2024 it had been rated good": "it" goes on about
 * another rated place (told in its sentence or the one before); "The home was rated requires improvement": the home's
 * own grade; "His mock results were, to borrow Ofsted's words, 'requires improvement' in French": a person's own things;
 * "our own inspection is separate – we were judged 'good'": the writer's own body's.
 */
function anotherRated(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, clauseText: string, pos: number): boolean {
  const { masked } = ctx;
  return TRUST_SUBJECT.test(masked.slice(clause.start, pos)) || ownGrade(masked, s, clause, pos) || TRUST_ASIDE.test(masked.slice(Math.max(s.start, pos - 160), pos)) || OTHER_RATED.test(masked.slice(clause.start, pos)) || OTHER_RATED_SUBJECT.test(masked.slice(s.start, pos)) || (PRONOUN_SUBJECT.test(clauseText) && otherRatedNear(ctx, s)) || personalSubject(masked.slice(s.start, pos)) || overseenElsewhere(ctx, masked.slice(Math.max(s.start, pos - 120), pos));
}

/** Grades a person oversaw (OVERSEEN_BY), the service unnamed: no place the sources rate stands in the words. */
function overseenElsewhere(ctx: Ctx, before: string): boolean {
  return OVERSEEN_BY.test(before) && !ctx.m.places.others.some((o) => before.includes(o)) && !ctx.m.places.home.some((h) => before.includes(h));
}
/**
 * A person who "oversaw" or "presided over" the grades before it ("he had overseen a rise in ratings from … to …"):
 * grades of the service that person led before, not the story's.
 */
const OVERSEEN_BY = /(?:^|[;:,.]\s*|\b(?:and|but|where)\s+)(?:he|she)\s+(?:had\s+|has\s+)?(?:overseen|oversaw|presided\s+over|steered)\b[^;.]*$/;

/**
 * Does the grade at `pos` open its cell in a row's column of grades ("| Devon | Requires improvement (January 2020) |"
 * under "| Council | Ofsted grade |")? Then it is told as the row's body's grade.
 */
function inGradeColumn(ctx: Ctx, pos: number): boolean {
  if (ctx.rowGraded === undefined || !inRow(ctx.masked, pos)) return false;
  const line = ctx.masked.lastIndexOf('\n', pos - 1) + 1;
  const before = ctx.masked.slice(line, pos);
  const cellStart = before.lastIndexOf('|');
  // (the first pipe opens the row: the cells before this one are the pipes before it less one)
  return /^[\s*_'"\u2018\u201c]*$/.test(before.slice(cellStart + 1)) && before.split('|').length - 2 === ctx.rowGraded;
}

export function checkRatings(ctx: Ctx, s: SentenceInfo, rs: RatingScope): void {
  const { m, masked } = ctx;
  if (!paragraphHas(ctx, RATING_GATE)) return;
  const ratings = execIn(RATING_RE, masked, s.start, s.end);
  if (namesTheScale(ratings)) return;
  // (a history set in the wrong place is that place's error, not a rating of the story's service)
  if (checkHistoryPlace(ctx, s, ratings, rs)) return;
  const listed = ratings.length >= 3 ? scaleListed(masked, ratings) : undefined;
  for (const r of ratings) {
    const pos = r.index;
    if (!isGradeAt(ctx.text, pos, r[1])) continue;
    const clause = clauseAt(s, pos);
    const clauseText = masked.slice(clause.start, clause.end);
    if (listed?.has(pos) || SCALE_TALK.test(clauseText) || genericSubject(masked.slice(s.start, pos), rs) || RULED_OUT.test(masked.slice(Math.max(s.start, pos - 40), pos))) continue;
    const told = inGradeColumn(ctx, pos);
    if (!told && !CONTEXT.test(clauseText) && !rs.bodies.test(clauseText) && !ratedBefore(ctx, s, r[1]) && !creditedGrade(masked, pos + r[0].length, rs)) continue;
    if (r[1] === 'good' && !told && !GOOD_CONTEXT.test(masked.slice(Math.max(clause.start, pos - 20), pos)) && !RATED_OBJECT.test(masked.slice(Math.max(clause.start, pos - 60), pos))) continue;
    if (SKIP.test(ownPart(clauseText, pos - clause.start)) || (judgementOfPart(clauseText, pos - clause.start) && !JUDGEMENT_IS.test(masked.slice(Math.max(clause.start, pos - 16), pos))) || PART_SUBJECT.test(clauseText) || ratesOtherBodies(clauseText)) continue;
    // "… after they were judged to require improvement": a grade held before the happening the sentence tells of;
    // "until the service has been judged at least 'requires improvement'", "must be rated good": a condition or an aim
    if (HELD_BEFORE.test(masked.slice(clause.start, pos)) || WANTED_GRADE.test(masked.slice(Math.max(s.start, pos - 90), pos))) continue;
    if (anotherRated(ctx, s, clause, clauseText, pos)) continue;
    // "the service for care leavers, which they judged 'outstanding'": a relative clause rates its antecedent
    const antecedent = ANTECEDENT.exec(masked.slice(Math.max(s.start, clause.start - 60), clause.start));
    if (antecedent && (SKIP.test(antecedent[1]) || PART_OF_SERVICE.test(antecedent[1]))) continue;
    // "inadequate or requires improvement": either grade, so a claim of neither
    if (ratings.some((o) => o.index !== pos && OR_BETWEEN.test(o.index < pos ? masked.slice(o.index + o[0].length, pos) : masked.slice(pos + r[0].length, o.index)))) continue;
    // "consistently good to outstanding": a span of grades with no "from" before it, a claim of neither
    if (gradeSpan(masked, s, ratings, r)) continue;
    if (rs.elsewhere.test(clauseText) || ratedElsewhere(ctx, s, clause, pos, rs)) continue;
    const row = withoutOtherGradedCells(masked, s, pos);
    const aside = row === undefined ? placeAside(ctx, s, pos, rs) : undefined;
    const subject = row !== undefined ? subjectOf(ctx, s, row.slice(clause.start - s.start, clause.end - s.start), rs, row)
      : aside !== undefined ? subjectOf(ctx, s, aside, rs, aside) : subjectOf(ctx, s, ownClauseText(masked, s, clause, pos), rs, masked.slice(s.start, s.end));
    if (!subject) continue;
    const claimed = ratingValue(r[1]);
    const states = m.states.filter((x) => x.subject === subject && x.attribute === 'rating');
    const others = ratings.filter((o) => o.index !== pos).map((o) => o.index);
    const free = freeDates(masked, s, ratings, r, clause, others);
    // a date after the rating ("good in July") is its own; one before it may belong to an earlier rating
    // (in the grade's own clause: "(desk research; not in the December 2022 report)" dates no grade before it)
    const following = s.dates.some((d) => d.range && d.start > pos && d.end <= clause.end && free(d));
    const changedTo = AFTER_CHANGE.test(masked.slice(Math.max(s.start, pos - 48), pos));
    const t = (changedTo && spanEnd(ctx, s, pos + r[0].length)) || claimTime(ctx, s, pos, { accept: (d) => free(d) && (!following || d.start > pos) });
    if (changedTo && changeStart(states, t, ratings, pos)) continue;
    // a rating the sources give, still in force (no end): "for the past N years" must reach back to its start
    const lasting = states.find((x) => x.value === claimed && x.from && !x.until);
    if (lasting) checkLasting(ctx, s, clause, lasting, { start: pos, end: pos + r[0].length }, t);
    let actual;
    // "from inadequate to good", "seven years after 'inadequate'": what it was before, not its rating at the sentence's time
    const previous = PREVIOUS_RATING.test(masked.slice(Math.max(s.start, pos - 14), pos)) || BEFORE_ARROW.test(masked.slice(pos + r[0].length, pos + r[0].length + 28));
    // (a rating it changed from held before any time the sentence gives, "took Somerset from inadequate to good in 2022",
    // unless the date is its own: "from 'inadequate' in 2015 to 'good'")
    if ((t.explicit && (!previous || following)) || (t.present && !previous && !changedTo)) {
      const trueAt = gradesAt(states, t);
      if (!trueAt.length) continue;
      if (trueAt.some((x) => x.value === claimed)) {
        addConfirmation(ctx, { start: pos, end: pos + r[0].length, kind: 'fact', message: `Matches the sources: rated ${claimed}.`, citations: [m.dataset.cite(trueAt.find((x) => x.value === claimed)!.evidence)] });
        continue;
      }
      actual = trueAt[0];
    } else {
      // No date and not present tense: a conflict only if the sources never give that rating to the service, and
      // know its rating by then (a story of 2016 tells of ratings before the first the sources give)
      if (states.some((x) => x.value === claimed) || !states.some((x) => knownBy(x.time, t.explicit ? t.range.end : ctx.asOf))) continue;
      actual = states[states.length - 1];
    }
    const who = m.dataset.orgById.get(subject)!.name;
    const by = actual.by ? m.dataset.orgById.get(actual.by)!.name : 'The sources';
    addFinding(ctx, {
      start: pos, end: pos + r[0].length, kind: 'rating', severity: 'error',
      message: `${by} rated ${who} ${actual.value}, not ${claimed}${actual.timeNote ? ` (${actual.timeNote})` : ''}.`,
      suggestions: [actual.value],
      citations: [m.dataset.cite(actual.evidence)],
      claimKey: `rating:${subject}:${claimed}`,
    });
  }
}

/**
 * Does the clause speak of a judgement (one of an inspection's several), beside the grade at `at`? Not where the word
 * only renames the grade after it: "rated 'requires improvement' in January 2020, a judgement repeated since".
 */
function judgementOfPart(clauseText: string, at: number): boolean {
  const after = clauseText.slice(at);
  const renamed = APPOSED_JUDGEMENT.exec(after);
  const told = clauseText.slice(0, at) + (renamed ? after.slice(0, renamed.index) : after);
  // (nor where it is the time a grade has held since: "rated … since Ofsted's January 2020 judgement", the overall one;
  // nor a judgement its date names, "Ofsted's judgement in January 2020 was …", "the 2020 judgement": the overall one,
  // unless said to be on a part)
  return JUDGEMENT.test(told.replace(SINCE_JUDGEMENT, '').replace(DATED_JUDGEMENT, ''));
}
const MONTH_YEAR = `(?:(?:${MONTHS.join('|')})\\s+)?(?:19|20)\\d\\d`;
// (not one a grade moved from: "moved from its 2015 judgement up to Good" dates the judgement before the grade)
const DATED_JUDGEMENT = new RegExp(`(?:(?<!\\bfrom\\s+(?:(?:its|the|their|a)\\s+)?)\\b${MONTH_YEAR}\\s+judge?ment\\b|\\bjudge?ment\\s+(?:of|in|from)\\s+${MONTH_YEAR}\\b)(?!\\s+(?:on|for|about|of)\\s)`, 'g');
const APPOSED_JUDGEMENT = /,\s+(?:a|an|the|that|this)\s+(?:[a-z]+\s+)?judge?ment\b/;
const SINCE_JUDGEMENT = /\bsince\s+(?:[a-z]+'s\s+|the\s+|its\s+)?(?:[a-z]+\s+)?(?:\d{4}\s+)?judge?ment\b(?!\s+(?:on|for|about)\s)/g;

/**
 * The part of a clause a grade at `at` (in it) stands in: from a participle's clause after a comma before it, if
 * any ("X showed what leadership can do, helping Somerset move from 'inadequate' …"), else the clause's start; to the
 * comma after it when a date closes the grade before that comma ("… to 'good' in July 2022, under new leadership"
 * rates no leadership; "a 'requires improvement' grade overall, services for care leavers were …" may still be a
 * part's, as nothing closes it).
 */
function ownPart(clauseText: string, at: number): string {
  let from = 0;
  for (const r of clauseText.matchAll(PARTICIPLE_CLAUSE)) if (r.index! < at) from = r.index!;
  const comma = clauseText.indexOf(',', at);
  const dated = comma >= 0 && DATE_WORD.test(clauseText.slice(at, comma));
  return clauseText.slice(from, dated ? comma : clauseText.length);
}
/** A year or a month's name: a date's word. */
const DATE_WORD = new RegExp(`\\b(?:(?:19|20)\\d\\d|${MONTHS.join('|')})\\b`);
const PARTICIPLE_CLAUSE = /,\s+[a-z]{2,}ing\s/g;

/**
 * Which dates of the sentence may date the grade r: none of the sentence's other ratings (at `others`) may stand
 * between them, nor an arrow ("2015: rated inadequate → July 2022: rated good" dates each grade on its own side); a
 * grade of another clause nearer the date is no rival ("Rated good; the 2015 rating had been inadequate"), one of
 * this clause is; and a bracket of dates after two grades, "from 'inadequate' to 'good' (2015 and July 2022)", dates
 * neither alone.
 */
function freeDates(masked: string, s: SentenceInfo, ratings: RegExpExecArray[], r: RegExpExecArray, clause: { start: number; end: number }, others: number[]): (d: { start: number; end: number }) => boolean {
  const pos = r.index;
  const dist = (o: number, len: number, d: { start: number; end: number }) => (o < d.start ? d.start - (o + len) : (o - d.end) * 2 + 3);
  return (d) =>
    !others.some((o) => (o > pos && o < d.start) || (o < pos && o > d.end)) && !ARROW.test(masked.slice(Math.min(pos, d.end), Math.max(pos, d.start))) &&
    !ratings.some((o) => o.index !== pos && o.index >= clause.start && o.index < clause.end && dist(o.index, o[0].length, d) < dist(pos, r[0].length, d)) &&
    !(others.length > 0 && bracketOfDates(masked, s, d));
}

/** Between two grades of a span: "to", no more. Before the first grade of a change: "from". */
const TO_BETWEEN = /^['"\u2019\u201d]?\s+to\s+['"\u2018\u201c]?$/;
const FROM_BEFORE = /\bfrom\s+(?:(?:an?|the|its|their)\s+)?['"\u2018\u201c]?$/;

/** Is the grade r one end of a span of grades ("good to outstanding"), not a change from one to the other? */
function gradeSpan(masked: string, s: SentenceInfo, ratings: RegExpExecArray[], r: RegExpExecArray): boolean {
  return ratings.some((o) => {
    const [a, b] = o.index < r.index ? [o, r] : [r, o];
    return a !== b && TO_BETWEEN.test(masked.slice(a.index + a[0].length, b.index)) && !FROM_BEFORE.test(masked.slice(Math.max(s.start, a.index - 30), a.index));
  });
}

/** Does the date stand in a bracket of dates alone, another with it ("(2015 and July 2022)")? */
function bracketOfDates(masked: string, s: SentenceInfo, d: { start: number; end: number }): boolean {
  const open = masked.lastIndexOf('(', d.start);
  const close = masked.indexOf(')', d.end);
  if (open < s.start || close < 0 || close > s.end || masked.slice(open, d.start).includes(')') || masked.slice(d.end, close).includes('(')) return false;
  const inside = s.dates.filter((x) => x.start > open && x.end <= close);
  if (inside.length < 2) return false;
  // (the bracket holds the dates and what joins them, nothing more)
  let rest = masked.slice(open + 1, close);
  for (const x of inside.slice().reverse()) rest = rest.slice(0, x.start - open - 1) + rest.slice(x.end - open - 1);
  return /^[\s,;&\u2013-]*(?:and\s*)?[\s,;&\u2013-]*$/.test(rest.replace(/\band\b/g, ''));
}
