/**
 * zod schemas for everything under data/. The JSON files are the single place facts live;
 * the engine reads them through the typed loader (loader.ts), which validates with these schemas.
 */
import { z } from 'zod';

/** A date with the precision actually known: "2022", "2022-12" or "2022-12-14". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

/** The verbatim words of an article that support a fact. `text` must occur in the article exactly. */
export const Evidence = z.strictObject({
  source: z.string().min(1),
  text: z.string().min(1),
});

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id such as "john-hart"');

/** How the article itself describes the time of a fact ("new", "interim", "former", "recently left"...). */
export const TimeStatus = z.enum(['current', 'new', 'interim', 'former', 'recently-left', 'since']);

/** Fields shared by everything that holds only for a while. Missing `from`/`until` mean "not known". */
const Timed = {
  /** When it started to hold, if the sources say (or clearly imply) so. */
  from: PartialDate.optional(),
  /** When it stopped holding, if the sources say (or clearly imply) so. */
  until: PartialDate.optional(),
  status: TimeStatus.optional(),
  /** What the text says about its time, in its words ("new", "took charge in May"). */
  timeNote: z.string().optional(),
};

export const Source = z.strictObject({
  id: Id,
  /** Path of the article text, relative to data/. */
  file: z.string().min(1),
  title: z.string().min(1),
  /** True when `title` is the printed headline; false when it is a short title we gave it. */
  headlinePrinted: z.boolean(),
  published: z.strictObject({
    earliest: PartialDate,
    latest: PartialDate,
    /** The date as a person should read it, e.g. "mid-December 2022". */
    display: z.string().min(1),
    /** "Now" for the article's relative expressions ("this May", "last week"). */
    reference: PartialDate,
    note: z.string().optional(),
  }),
  outlet: z.string().optional(),
  reporter: z.string().optional(),
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
]);

export const Role = z.strictObject({
  id: Id,
  /** The title as the sources print it. */
  title: z.string().min(1),
  type: RoleType,
  organisation: Id.optional(),
  /** Words that name the portfolio; a text's portfolio is compatible when it shares one of them. */
  portfolio: z.array(z.string().min(1)).default([]),
  /** Place a role is tied to (an MP's constituency). */
  place: z.string().optional(),
  /** Only one holder at a time. */
  exclusive: z.boolean(),
  /** Other ways of writing the role, lower-case. */
  phrases: z.array(z.string().min(1)).default([]),
});

export const PersonAttribute = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('role'), role: Id, ...Timed, evidence: Evidence }),
  z.strictObject({ kind: z.literal('party'), party: Id, ...Timed, evidence: Evidence }),
  z.strictObject({ kind: z.literal('ward'), ward: z.string().min(1), ...Timed, evidence: Evidence }),
  z.strictObject({ kind: z.literal('constituency'), place: z.string().min(1), ...Timed, evidence: Evidence }),
  z.strictObject({ kind: z.literal('organisation'), organisation: Id, ...Timed, evidence: Evidence }),
]);

export const Person = z.strictObject({
  id: Id,
  name: z.string().min(1),
  given: z.string().min(1),
  surname: z.string().min(1),
  /** Other given names that are the same person (e.g. Stephen for Steve). */
  givenVariants: z.array(z.string()).default([]),
  pronoun: z.enum(['he', 'she']).optional(),
  /** Titles the sources use before the name (Cllr, Councillor, Mr). */
  titles: z.array(z.string()).default([]),
  /** A surname that is also a common word or a common surname: checked only with a first name or title. */
  commonSurname: z.boolean().default(false),
  attributes: z.array(PersonAttribute),
  /** Where the article first names them. */
  evidence: Evidence,
});

export const Organisation = z.strictObject({
  id: Id,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  kind: z.enum(['council', 'regulator', 'government', 'nhs', 'group', 'service', 'party', 'other']),
  /** Organisations the sources never mention, listed so a confusion with them can be recognised. */
  notInSources: z.boolean().default(false),
  evidence: Evidence.optional(),
});

export const Party = z.strictObject({
  id: Id,
  name: z.string().min(1),
  /** Surface forms, e.g. "Tory", "Conservatives", "Lib Dem", "Lib-Dem". */
  aliases: z.array(z.string()).default([]),
  /** The form to put in a suggestion, e.g. "Lib Dem". */
  short: z.string().min(1),
});

export const Rating = z.enum(['outstanding', 'good', 'requires improvement', 'inadequate']);

export const Event = z.strictObject({
  id: Id,
  summary: z.string().min(1),
  date: PartialDate,
  /** The weekday the sources give for it, if any. */
  weekday: z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']).optional(),
  /** How the date was worked out when the text gives it relatively ("this May" in a December 2022 article). */
  dateNote: z.string().optional(),
  /** The sources give the time only loosely ("recently"): only a claim years away is a conflict. */
  approximate: z.boolean().default(false),
  /** Lower-case words or phrases that signal a sentence is about this event. */
  cues: z.array(z.string().min(1)).min(1),
  /** Every group must be present for a sentence to be about this event; a group lists alternatives "a|b|c". */
  required: z.array(z.string().min(1)).default([]),
  /** Words that mean the clause is about something else, when they stand nearer the date than the event's own cues. */
  exclude: z.array(z.string().min(1)).default([]),
  /** Words that, anywhere in the sentence, mean it is about something else (e.g. "somerset" for Devon's rating). */
  excludeSentence: z.array(z.string().min(1)).default([]),
  /** Organisations that carried it out ("by"/"from"). */
  agents: z.array(Id).default([]),
  /**
   * For events of a kind that recurs (meetings, elections): a sentence is about this one only when it holds
   * one of these phrases, or its date agrees with this event's in some part.
   */
  anchors: z.array(z.string().min(1)).default([]),
  evidence: Evidence,
});

export const State = z.strictObject({
  id: Id,
  /** What the state is about: an organisation or service id. */
  subject: Id,
  attribute: z.enum(['control', 'rating']),
  /** A party id (control) or a rating on Ofsted's scale. */
  value: z.string().min(1),
  ...Timed,
  /** Which body gave the rating. */
  by: Id.optional(),
  evidence: Evidence,
});

export const NumberFact = z.strictObject({
  id: Id,
  /** The value; a ranking like "third or fourth" lists every value. */
  values: z.array(z.number()).min(1),
  /** How the sources write it ("Four", "50 per cent", "third or fourth"). */
  text: z.string().min(1),
  unit: z.enum(['count', 'percent', 'years', 'rank']),
  /** What is counted, as a lower-case noun ("areas", "mps"); for years/percent, the frame. */
  noun: z.string().optional(),
  /** Lower-case words of which at least one must be in the clause for the number to be this fact. */
  cues: z.array(z.string().min(1)).min(1),
  exclude: z.array(z.string().min(1)).default([]),
  evidence: Evidence,
});

export const Speaker = z.strictObject({
  /** A person id, when a person said it. */
  person: Id.optional(),
  /** Otherwise the document it comes from, e.g. "the minister's letter". */
  document: z.string().optional(),
  /** People or documents to whom attributing the quote is also right (a letter's signatory). */
  alsoRight: z.array(Id).default([]),
  /** How to attribute it in copy, e.g. "Exeter MP Steve Race". */
  attribution: z.string().min(1),
});

export const Quote = z.strictObject({
  id: Id,
  source: Id,
  /** Exactly as printed (without the enclosing quotation marks). */
  text: z.string().min(1),
  speaker: Speaker,
  fragment: z.boolean(),
});

export const SourcesFile = z.strictObject({ sources: z.array(Source).min(1) });
export const PeopleFile = z.strictObject({ people: z.array(Person) });
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
