/**
 * Story dates as a writer types them, free of the vscode API (tested in test/unit): `2022-12-15`,
 * `15/12/2022` (day first, as in the UK), `15 December 2022`, `15th Dec 2022`, `December 15, 2022`,
 * `Thursday 15 December 2022`, `today` and `yesterday`.
 */
import { formatPartialDate, isIsoDay, todayIso } from '../core/time/dates';
import { MONTHS } from '../core/lexicon';

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | undefined {
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return y >= 1000 && y <= 9999 && isIsoDay(s) ? s : undefined;
}

function month(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i >= 0 ? i + 1 : undefined;
}

/** The day a writer's text names, as YYYY-MM-DD; undefined when it is not a real date in a form we read. */
export function parseStoryDate(input: string, today: string = todayIso()): string | undefined {
  const s = input.trim().replace(/\s+/g, ' ').replace(/^(mon|tues?|wed(nes)?|thu(rs?)?|fri|sat(ur)?|sun)(day)?,? /i, '');
  if (!s) return undefined;
  const low = s.toLowerCase();
  if (low === 'today') return today;
  if (low === 'yesterday') {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return iso(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]+\.?),? (\d{4})$/i.exec(s);
  if (m) { const mo = month(m[2]); return mo ? iso(+m[3], mo, +m[1]) : undefined; }
  m = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(s);
  if (m) { const mo = month(m[1]); return mo ? iso(+m[3], mo, +m[2]) : undefined; }
  return undefined;
}

/** "15 December 2022". */
export function formatDay(isoDay: string): string {
  return formatPartialDate(isoDay);
}

/** "15 Dec 2022", for the status bar. */
export function formatDayShort(isoDay: string): string {
  const [y, mo, d] = isoDay.split('-').map(Number);
  return `${d} ${MONTHS[mo - 1].slice(0, 3).replace(/^./, (c) => c.toUpperCase())} ${y}`;
}
