/**
 * A paragraph typed or transcribed without capital letters (notes typed on a phone, a speech-recognition transcript:
 * "sue aves (lab) chaired the send task group", "speaker 2: cllr jefferies said …") names people all the same. The
 * checks find names by their capitals; here the sourced people's names are given theirs, at the same offsets, so the
 * paragraph is read as it would be written: a given name with a surname ("sue aves" → "Sue Aves"), a title with the
 * word after it ("cllr jefferies"), and a surname no English word shares, alone ("jefferies (con)"). Words that are
 * also common words ("race", "hart") stay as they are unless a given name or title stands before them.
 */
import { Model } from '../model/model';
import { editDistance } from '../text/words';

/** How many words a stretch of text may run with no full stop, question mark or semicolon and still be read. */
const STOPPED_WORDS = 40;

/** A title before a name, in lower case. */
const TITLE = /^(?:cllr|councillor|mr|mrs|ms|dr)$/;
/** A word of letters (an apostrophe or hyphen inside). */
const WORD = /[a-z][a-z'\u2019-]*[a-z]|[a-z]/g;

/** The paragraph with the sourced people's names capitalised, or undefined when it has capitals or no such name. */
export function casedNames(m: Model, text: string): string | undefined {
  if (/[A-Z]/.test(text) || !/[a-z]/.test(text)) return undefined;
  // (only in text with its sentences stopped: an unpunctuated transcript runs its claims together, one into the next)
  const words = text.split(/\s+/).length;
  if (words > STOPPED_WORDS && (text.match(/[.!?;]/g)?.length ?? 0) * STOPPED_WORDS < words) return undefined;
  const tokens = [...text.matchAll(WORD)];
  let out: string[] | undefined;
  const cap = (r: RegExpMatchArray) => {
    out ??= text.split('');
    out[r.index!] = r[0][0].toUpperCase();
  };
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k][0];
    const next = tokens[k + 1];
    // (only words next to each other: a space between, nothing else)
    const adjacent = next && /^[ \t]+$/.test(text.slice(tokens[k].index! + w.length, next.index));
    if (adjacent && (TITLE.test(w) || (givenNear(m, w) && surnameNear(m, next[0])))) {
      if (!TITLE.test(w)) cap(tokens[k]);
      cap(next);
      k++;
      continue;
    }
    const people = m.bySurname.get(w);
    if (people?.some((p) => !p.person.commonSurname) && !m.notNames.has(w)) cap(tokens[k]);
  }
  return out?.join('');
}

/** A sourced person's given name, or one a letter from it (a word of three letters or more: "sue" for "Su"). */
function givenNear(m: Model, w: string): boolean {
  if (m.byGiven.has(w)) return true;
  if (w.length < 3) return false;
  for (const g of m.byGiven.keys()) if (editDistance(w, g, 1) <= 1) return true;
  return false;
}

/** A sourced person's surname, or one a letter or two from it (a word of four letters or more). */
function surnameNear(m: Model, w: string): boolean {
  if (m.bySurname.has(w)) return true;
  return w.length >= 4 && m.surnames.some((s) => editDistance(w, s, 2) <= 2);
}
