/**
 * The English word lists the engine reads, in one place: months, weekdays and the like. Only words of the
 * language belong here; a name from a story (a council, a place, a party, a person) belongs in data/.
 * All lower case, as the folded text is. Constant tables: nothing here changes after start-up.
 */

// ---------------------------------------------------------------- the calendar

/** The months, January first: a month's number is its index + 1. */
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** The months' short forms with their numbers ("Sept" and "Sep" both; May has none). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sept: 9, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** The days of the week, Monday first as a British calendar prints them. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A word with its first letter in upper case ("december" → "December"). */
export function capitalise<W extends string>(word: W): Capitalize<W> {
  return (word.charAt(0).toUpperCase() + word.slice(1)) as Capitalize<W>;
}
