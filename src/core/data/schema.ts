/**
 * zod schemas for everything under data/. The JSON files are the single place facts live;
 * the engine reads them through the typed loader (loader.ts), which validates with these schemas.
 *
 * Written on `zod/mini` (functional checks, tree-shaken by esbuild) rather than classic zod, which
 * alone was 440 KB of the minified extension. zod/mini has no English messages: the loader words
 * every issue itself (formatIssue in loader.ts); a message given here (a regex's) is used as it is.
 */
import * as z from 'zod/mini';
import { INSPECTION_GRADES, WEEKDAYS, capitalise } from '../lexicon';

/** A string with at least one character. */
const Text = () => z.string().check(z.minLength(1));
/** A list that may be left out, meaning empty. */
const List = <T extends z.core.SomeType>(item: T) => z._default(z.array(item), []);

/** A date with the precision actually known: "2022", "2022-12" or "2022-12-14". */
export const PartialDate = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'));

const DATE_PART = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';

/**
 * A date, or the range between two ("2024-09/2024-10" for "September and October 2024", "2023-01/2023-09" for
 * "from January to September 2023"): both ends with the precision known, the first not after the last.
 */
export const DateOrRange = z
  .string()
  .check(
    z.regex(new RegExp(`^${DATE_PART}(/${DATE_PART})?$`), 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or a range of two as START/END'),
    z.refine((s) => !s.includes('/') || s.split('/')[0] <= s.split('/')[1], 'a range must not end before it starts'),
  );

/** The verbatim words of an article that support a fact. `text` must occur in the article exactly. */
export const Evidence = z.strictObject({
  source: Text(),
  text: Text(),
});

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id such as "jane-doe"'));

/** How the article itself describes the time of a fact ("new", "interim", "former", "recently left"...). */
export const TimeStatus = z.enum(['current', 'new', 'interim', 'permanent', 'former', 'recently-left', 'since']);

/** Fields shared by everything that holds only for a while. Missing `from`/`until` mean "not known". */
const Timed = {
  /** When it started to hold, if the sources say (or clearly imply) so. */
  from: z.optional(PartialDate),
  /** When it stopped holding, if the sources say (or clearly imply) so. */
  until: z.optional(PartialDate),
  status: z.optional(TimeStatus),
  /** What the text says about its time, in its words ("new", "took charge in May"). */
  timeNote: z.optional(z.string()),
};

export const Source = z.strictObject({
  id: Id,
  /** Path of the article text, relative to data/. */
  file: Text(),
  title: Text(),
  /** True when `title` is the printed headline; false when it is a short title we gave it. */
  headlinePrinted: z.boolean(),
  published: z.strictObject({
    earliest: PartialDate,
    latest: PartialDate,
    /** The date as a person should read it, e.g. "mid-December 2022". */
    display: Text(),
    /** "Now" for the article's relative expressions ("this May", "last week"). */
    reference: PartialDate,
    note: z.optional(z.string()),
  }),
  outlet: z.optional(z.string()),
  reporter: z.optional(z.string()),
  /**
   * Written for the tests, not published: a source that may stand only in a test's extra data folder, never in the
   * bundled data/ (a test holds data/ to that), so the extension never cites it.
   */
  testFixture: z.optional(z.boolean()),
});

export const RoleType = z.enum([
  'minister',
  'cabinet-member',
  'council-leader',
  'opposition-leader',
  'group-leader',
  'director',
  'mp',
  'chair',
  'reporter',
  'commissioner',
  'councillor',
  'children-lead',
  'chief-executive',
]);

export const Role = z.strictObject({
  id: Id,
  /** The title as the sources print it. */
  title: Text(),
  type: RoleType,
  organisation: z.optional(Id),
  /** Words that name the portfolio; a text's portfolio is compatible when it shares one of them. */
  portfolio: List(Text()),
  /** Place a role is tied to (an MP's constituency). */
  place: z.optional(z.string()),
  /** Only one holder at a time. */
  exclusive: z.boolean(),
  /** Other ways of writing the role, lower-case. */
  phrases: List(Text()),
});

export const PersonAttribute = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('role'), role: Id, ...Timed, evidence: Evidence }),
  z.strictObject({ kind: z.literal('party'), party: Id, ...Timed, evidence: Evidence }),
  z.strictObject({ kind: z.literal('ward'), ward: Text(), ...Timed, evidence: Evidence }),
  z.strictObject({ kind: z.literal('constituency'), place: Text(), ...Timed, evidence: Evidence }),
  z.strictObject({ kind: z.literal('organisation'), organisation: Id, ...Timed, evidence: Evidence }),
]);

export const Person = z.strictObject({
  id: Id,
  name: Text(),
  given: Text(),
  surname: Text(),
  /** Other given names that are the same person (e.g. Stephen for Steve). */
  givenVariants: List(z.string()),
  pronoun: z.optional(z.enum(['he', 'she'])),
  /** Titles the sources use before the name (Cllr, Councillor, Mr). */
  titles: List(z.string()),
  /** A surname that is also a common word or a common surname: checked only with a first name or title. */
  commonSurname: z._default(z.boolean(), false),
  attributes: z.array(PersonAttribute),
  /** Where the article first names them. */
  evidence: Evidence,
});

export const Organisation = z.strictObject({
  id: Id,
  name: Text(),
  aliases: List(z.string()),
  kind: z.enum(['council', 'regulator', 'government', 'nhs', 'group', 'service', 'party', 'other']),
  /** Organisations the sources never mention, listed so a confusion with them can be recognised. */
  notInSources: z._default(z.boolean(), false),
  /** A loose name for any body of its kind ("the Government", "the NHS"): never a conflict with a body of that kind. */
  generic: z._default(z.boolean(), false),
  /** The place a council or service is named after ("Devon"): a word that is never a person's name. */
  place: z.optional(Text()),
  /**
   * The council the story is about, and its services: a claim about "the council" or "the service" is about these
   * unless it names another place.
   */
  home: z._default(z.boolean(), false),
  evidence: z.optional(Evidence),
});

export const Party = z.strictObject({
  id: Id,
  name: Text(),
  /** Surface forms, e.g. "Tory", "Conservatives", "Lib Dem", "Lib-Dem". */
  aliases: List(z.string()),
  /** The form to put in a suggestion, e.g. "Lib Dem". */
  short: Text(),
  /** Short forms read only in brackets after a name: "John Hart (Con, Bickleigh & Wembury)". */
  abbreviations: List(z.string()),
});

export const Rating = z.enum(INSPECTION_GRADES);

export const Event = z.strictObject({
  id: Id,
  summary: Text(),
  /** When it happened; a range for what took a while ("2024-09/2024-10"): a date inside it is right. */
  date: DateOrRange,
  /**
   * For an inspection, a visit or anything else reported later: when its report was published. Both dates are true,
   * each in its own sense: a date in a clause holding one of `cues` ("published", "came out") is the publication's;
   * any other date may be either.
   */
  published: z.optional(z.strictObject({
    date: DateOrRange,
    cues: z.array(Text()).check(z.minLength(1)),
    evidence: z.optional(Evidence),
  })),
  /**
   * The id of another event (of this folder or another) that is the same happening as another source tells it: where
   * the sources disagree on its date, either is right and neither is flagged; a date both contradict is.
   */
  sameAs: z.optional(Id),
  /**
   * Planned or expected at the time of its source, not known to have happened ("monitoring visits are expected to
   * begin later this year"): only a sentence that speaks of it as to come ("will", "is due", "expected") is compared.
   */
  expected: z.optional(z.boolean()),
  /** The weekday the sources give for it, if any. */
  weekday: z.optional(z.enum(WEEKDAYS.map(capitalise))),
  /** How the date was worked out when the text gives it relatively ("this May" in a December 2022 article). */
  dateNote: z.optional(z.string()),
  /** The sources give the time only loosely ("recently"): only a claim years away is a conflict. */
  approximate: z._default(z.boolean(), false),
  /**
   * An arrangement the source reports as holding when it was written ("which it runs in partnership with NHS
   * Devon"), not a happening: its date is when the source saw it, it says nothing of when it began, and no date a
   * draft gives is compared with it (its doers and partners are).
   */
  standing: z._default(z.boolean(), false),
  /** Lower-case words or phrases that signal a sentence is about this event. */
  cues: z.array(Text()).check(z.minLength(1)),
  /** Every group must be present for a sentence to be about this event; a group lists alternatives "a|b|c". */
  required: List(Text()),
  /**
   * Names the press gives the happening itself ("final notice" for the letter): a sentence holding one tells of it
   * when it says who did it ("the Department of Health sent the council a 'final notice'"), never when it dates it
   * (a headline's "Final notice: the story since 2018" dates no letter).
   */
  names: List(Text()),
  /** Words that mean the clause is about something else, when they stand nearer the date than the event's own cues. */
  exclude: List(Text()),
  /** Words that, anywhere in the sentence, mean it is about something else (e.g. "somerset" for Devon's rating). */
  excludeSentence: List(Text()),
  /** Organisations that carried it out ("by"/"from"). */
  agents: List(Id),
  /** Organisations it is done together with ("in partnership with"). */
  partners: List(Id),
  /**
   * For events of a kind that recurs (meetings, elections): a sentence is about this one only when it holds
   * one of these phrases, or its date agrees with this event's in some part.
   */
  anchors: List(Text()),
  /**
   * A kind of event that happens again (an inspection, a monitoring visit, a letter): the sources describe one
   * occurrence. A date more than `withinMonths` from this one's, or a clause that marks another occurrence
   * ("again", "latest", "still"), is about another occurrence and is not compared, unless an anchor names this one.
   * A "since" date is always compared: it dates the start of what still holds, which began once.
   */
  recurs: z.optional(z.strictObject({ withinMonths: z.number().check(z.minimum(0)) })),
  evidence: Evidence,
});

export const State = z.strictObject({
  id: Id,
  /** What the state is about: an organisation or service id. */
  subject: Id,
  attribute: z.enum(['control', 'rating']),
  /** A party id (control) or a rating on Ofsted's scale. */
  value: Text(),
  ...Timed,
  /** Which body gave the rating. */
  by: z.optional(Id),
  evidence: Evidence,
});

export const NumberFact = z.strictObject({
  id: Id,
  /** The value; a ranking like "third or fourth" lists every value. */
  values: z.array(z.number()).check(z.minLength(1)),
  /** How the sources write it ("Four", "50 per cent", "third or fourth"). */
  text: Text(),
  unit: z.enum(['count', 'percent', 'years', 'rank', 'months']),
  /** What is counted, as a lower-case noun ("areas", "mps"); for years/percent, the frame. */
  noun: z.optional(z.string()),
  /**
   * What the number is about: a person, their post, an event. A duration in `months` is compared only in a sentence
   * that names the person ("Melissa Caslake stayed for 18 months").
   */
  about: z.optional(z.strictObject({ person: z.optional(Id), role: z.optional(Id), event: z.optional(Id) })),
  /**
   * The sources give it loosely ("just over a year"): `values` are then the lowest and highest it may be (in months:
   * [13, 15]), and a claim is wrong only when it cannot fall between them.
   */
  approximate: z.optional(z.boolean()),
  /** Lower-case words of which at least one must be in the clause for the number to be this fact. */
  cues: z.array(Text()).check(z.minLength(1)),
  exclude: List(Text()),
  /**
   * Words that identify this quantity among others like it (who gave it, what it was paired with): when any are
   * listed, the paragraph must hold one for a number to be compared with this fact.
   */
  anchors: List(Text()),
  /** When the number was true or said: a claim dated more than a year away, or about the future, is another number. */
  date: z.optional(PartialDate),
  /** The last time the sources say it still held ("a revisit this May found progress has not been made in fixing any of them"). */
  until: z.optional(PartialDate),
  evidence: Evidence,
});

export const Speaker = z.strictObject({
  /** A person id, when a person said it. */
  person: z.optional(Id),
  /** Otherwise the document it comes from, e.g. "the minister's letter". */
  document: z.optional(z.string()),
  /** People or documents to whom attributing the quote is also right (a letter's signatory). */
  alsoRight: List(Id),
  /** How to attribute it in copy, e.g. "Exeter MP Steve Race". */
  attribution: Text(),
  /**
   * Organisations a draft may name as saying these words (the speaker's own council, department or party); a body
   * not listed is the wrong one ("Ofsted said" for the council's words). Absent: not known, no body is questioned
   * (so no default: an absent list must stay absent, not become an empty one that rules every body out).
   */
  bodies: z.optional(z.array(Id)),
});

export const Quote = z.strictObject({
  id: Id,
  source: Id,
  /** Exactly as printed (without the enclosing quotation marks). */
  text: Text(),
  speaker: Speaker,
  fragment: z.boolean(),
});

export const SourcesFile = z.strictObject({ sources: z.array(Source).check(z.minLength(1)) });
/**
 * Attributes a data folder's articles add to a person defined elsewhere (in another folder of the same dataset):
 * what a later article says about someone an earlier one introduced.
 */
export const PersonExtension = z.strictObject({
  person: Id,
  attributes: z.array(PersonAttribute).check(z.minLength(1)),
});

export const PeopleFile = z.strictObject({ people: z.array(Person), extend: List(PersonExtension) });
export const RolesFile = z.strictObject({ roles: z.array(Role) });
export const OrganisationsFile = z.strictObject({ organisations: z.array(Organisation), parties: z.array(Party) });
export const FactsFile = z.strictObject({ events: z.array(Event), states: z.array(State), numbers: z.array(NumberFact) });
export const QuotesFile = z.strictObject({ quotes: z.array(Quote) });

export type Evidence = z.infer<typeof Evidence>;
export type Source = z.infer<typeof Source>;
export type Role = z.infer<typeof Role>;
export type RoleType = z.infer<typeof RoleType>;
export type PersonAttribute = z.infer<typeof PersonAttribute>;
export type Person = z.infer<typeof Person>;
export type Organisation = z.infer<typeof Organisation>;
export type Party = z.infer<typeof Party>;
export type Event = z.infer<typeof Event>;
export type PersonExtension = z.infer<typeof PersonExtension>;
export type State = z.infer<typeof State>;
export type NumberFact = z.infer<typeof NumberFact>;
export type Quote = z.infer<typeof Quote>;
export type RatingValue = z.infer<typeof Rating>;

/** The data files and the schema each must satisfy. */
export const DATA_FILES = {
  'sources.json': SourcesFile,
  'people.json': PeopleFile,
  'roles.json': RolesFile,
  'organisations.json': OrganisationsFile,
  'facts.json': FactsFile,
  'quotes.json': QuotesFile,
} as const;
