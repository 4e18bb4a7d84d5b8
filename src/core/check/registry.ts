/**
 * The checks, in the order they run and their findings are listed (the first of two equal findings is kept). Paragraph
 * rules run first (people's mentions are read by every later rule), then the sentence rules, sentence by sentence.
 * A new check is a file exporting a Rule (see rule.ts) and one line here.
 */
import type { Rule } from './rule';
import { peopleRule } from './people';
import { quotesRule } from './quotes';
import { rolesRule } from './roles';
import { controlRule } from './control';
import { eventsRule } from './events';
import { ratingsRule } from './ratings';
import { numbersRule } from './numbers';
import { orgNamesRule } from './orgnames';
import { durationsRule } from './durations';
import { holdersRule } from './holders';
import { calendarRule } from './calendar';
import { weekdaysRule } from './weekdays';
import { disputesRule } from './disputes';
import { reportedRule } from './reported';

export const RULES: readonly Rule<any>[] = [
  peopleRule,
  quotesRule,
  rolesRule,
  controlRule,
  eventsRule,
  ratingsRule,
  numbersRule,
  orgNamesRule,
  durationsRule,
  holdersRule,
  calendarRule,
  weekdaysRule,
  disputesRule,
  reportedRule,
];
