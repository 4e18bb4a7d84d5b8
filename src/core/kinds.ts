/**
 * The kinds of finding, in one place: what each is called, what it means in plain words, how severe it is
 * by default and how SARIF names it. FindingKind and FINDING_KINDS (re-exported by types.ts), the CLI's SARIF rules, the extension's labels
 * and severity settings, package.json's `devonFactCheck.severity` settings and the README's table of kinds
 * all come from here (`npm run sync-kinds` rewrites package.json and the README; a unit test fails when
 * they drift).
 *
 * Adding a kind: add an entry below (the order is the order of FINDING_KINDS and of the SARIF rules), then
 * run `npm run sync-kinds`.
 */
import type { Severity } from './types';

export interface SarifRule {
  /** The SARIF ruleId. Kept equal to the kind so that code-scanning baselines stay stable. */
  id: string;
  shortDescription: string;
  fullDescription: string;
  /** What to do about a finding of this kind. */
  help: string;
}

export interface KindInfo {
  /** Short name shown to the writer, e.g. in a hover card. */
  label: string;
  /** One line in plain words, for a journalist. */
  description: string;
  /**
   * The severity a finding of this kind has unless a check has reason to lower it (a quotation the
   * sources do not hold at all is only a hint). No check reports a kind above this (a test holds it).
   */
  defaultSeverity: Severity;
  sarif: SarifRule;
}

const KIND_TABLE = {
  name: {
    label: 'Name',
    description: 'A person\u2019s name is spelt differently from the sources.',
    defaultSeverity: 'error',
    sarif: {
      id: 'name',
      shortDescription: 'A person\u2019s name is spelt differently from the sources.',
      fullDescription: 'The draft spells a person\u2019s name (first name or surname) differently from the source articles.',
      help: 'Check the spelling against the cited source sentence; the suggestion is the spelling the sources use.',
    },
  },
  role: {
    label: 'Role',
    description: 'A person is given a job title or role the sources do not give them.',
    defaultSeverity: 'error',
    sarif: {
      id: 'role',
      shortDescription: 'A person\u2019s role or title differs from the sources.',
      fullDescription: 'The draft gives a person a job title or role that differs from the one the source articles give them at that time.',
      help: 'Check the title against the cited source sentence; the suggestion is the title the sources use.',
    },
  },
  party: {
    label: 'Party',
    description: 'A person or a council is put in a different political party from the sources.',
    defaultSeverity: 'error',
    sarif: {
      id: 'party',
      shortDescription: 'A person\u2019s or council\u2019s political party differs from the sources.',
      fullDescription: 'The draft names a political party for a person, or says which party runs a council, and the source articles say otherwise.',
      help: 'Check the party against the cited source sentence; the suggestion is the party the sources name.',
    },
  },
  ward: {
    label: 'Ward',
    description: 'A councillor\u2019s ward or an MP\u2019s constituency differs from the sources.',
    defaultSeverity: 'error',
    sarif: {
      id: 'ward',
      shortDescription: 'A councillor\u2019s ward or an MP\u2019s constituency differs from the sources.',
      fullDescription: 'The draft says a councillor represents a different ward, or an MP a different constituency, from the one in the source articles.',
      help: 'Check the ward or constituency against the cited source sentence; the suggestion is the one the sources name.',
    },
  },
  organisation: {
    label: 'Organisation',
    description: 'An organisation is named or described differently from the sources.',
    defaultSeverity: 'error',
    sarif: {
      id: 'organisation',
      shortDescription: 'An organisation is named or described differently from the sources.',
      fullDescription: 'The draft names the wrong organisation for something the source articles report, or describes an organisation differently from them.',
      help: 'Check which organisation the cited source sentence names; the suggestion is the name the sources use.',
    },
  },
  date: {
    label: 'Date',
    description: 'A date, day of the week or year conflicts with the sources.',
    defaultSeverity: 'error',
    sarif: {
      id: 'date',
      shortDescription: 'A date or day conflicts with the sources.',
      fullDescription: 'The draft gives a date, a day of the week or a year for an event that conflicts with the date the source articles give.',
      help: 'Check the date against the cited source sentence, and the story date the draft is checked on; the suggestion is the date the sources give.',
    },
  },
  rating: {
    label: 'Rating',
    description: 'An inspection rating conflicts with the sources.',
    defaultSeverity: 'error',
    sarif: {
      id: 'rating',
      shortDescription: 'An inspection rating conflicts with the sources.',
      fullDescription: 'The draft gives an inspection grade for a service that differs from the grade the source articles report.',
      help: 'Check the grade against the cited source sentence; the suggestion is the grade the sources report.',
    },
  },
  number: {
    label: 'Number',
    description: 'A number or figure conflicts with the sources.',
    defaultSeverity: 'error',
    sarif: {
      id: 'number',
      shortDescription: 'A number conflicts with the sources.',
      fullDescription: 'The draft gives a number (a count, sum of money, percentage or ranking) that differs from the figure the source articles give for the same thing.',
      help: 'Check the figure against the cited source sentence; the suggestion is the figure the sources give.',
    },
  },
  quote: {
    label: 'Quotation',
    description: 'A quotation differs from the words the sources print.',
    defaultSeverity: 'warning',
    sarif: {
      id: 'quote',
      shortDescription: 'A quotation differs from the words the sources print.',
      fullDescription: 'Words inside quotation marks differ from the words the source articles print for that speaker. Words put in the mouth of a person the sources name, but found nowhere in them, are shown only as a hint.',
      help: 'Compare the quotation with the cited source sentence (the word-by-word difference shows what changed); the suggestion is the quotation as printed.',
    },
  },
  attribution: {
    label: 'Attribution',
    description: 'A quotation is credited to someone other than the person the sources say said it.',
    defaultSeverity: 'error',
    sarif: {
      id: 'attribution',
      shortDescription: 'A quotation is attributed to someone the sources do not attribute it to.',
      fullDescription: 'The draft credits a quotation to a person, but the source articles print those words as said by someone else.',
      help: 'Check who said it in the cited source sentence; the suggestion is the speaker the sources name.',
    },
  },
  outdated: {
    label: 'Out of date',
    description: 'A claim was true once but is no longer true on the story\u2019s date.',
    defaultSeverity: 'warning',
    sarif: {
      id: 'outdated',
      shortDescription: 'A claim was true once but is no longer true at the draft\u2019s date.',
      fullDescription: 'The draft states something in the present tense (who holds a post, which party runs a council) that the source articles show had changed by the story date.',
      help: 'Check the story date the draft is checked on, then the cited source sentence; write the claim in the past tense or bring it up to date.',
    },
  },
} satisfies Record<string, KindInfo>;

/** What kind of claim a finding is about. The CLI's JSON contract uses exactly these strings. */
export type FindingKind = keyof typeof KIND_TABLE;

/** Every kind's label, description, default severity and SARIF rule. */
export const KINDS: Readonly<Record<FindingKind, Readonly<KindInfo>>> = KIND_TABLE;

/** The kinds in their fixed order (the order of the SARIF rules and of `eval`'s tables). */
export const FINDING_KINDS: readonly FindingKind[] = Object.keys(KIND_TABLE) as FindingKind[];
