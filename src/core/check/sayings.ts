/**
 * When a quoted saying was said, by its words. A sentence in the past tense that quotes words the sources give a
 * person ("His cabinet member, Andrew Leadbetter, warned that a trust takes “about two years” to set up") tells of the
 * time the sources have them said, as it would with that date written: a title beside the speaker is the title they
 * held then. Retrospectives written years later give people the titles of the time this way, with no date in the
 * sentence.
 *
 *   "The council's leader, John Hart, admitted: “We've not seen that much of a response.”"  (in a 2026 draft: Hart led
 *   the council when he said it; no "outdated")
 */
import { Ctx, SentenceInfo } from './context';
import { tenseOf } from '../extract/dates';
import { clauseAt } from './time';
import { Model, plainWords } from '../model/model';
import { DayRange, rangeOf } from '../time/dates';

/** Fewest words a quotation shares with a source's before it identifies the saying (one word is anybody's). */
const MIN_WORDS = 2;
/** Words in a row of a longer quotation that identify the saying, though others were changed. */
const RUN = 3;

/** Each person's source quotations, as plain words between spaces, with the days their article was published. */
const SAID = new WeakMap<Model, Map<string, { words: string; when: DayRange }[]>>();

function saidBy(m: Model): Map<string, { words: string; when: DayRange }[]> {
  let out = SAID.get(m);
  if (out) return out;
  out = new Map();
  const when = new Map(m.dataset.sources.map((s) => [s.id, { start: rangeOf(s.published.earliest).start, end: rangeOf(s.published.latest).end }]));
  for (const q of m.dataset.quotes) {
    const entry = { words: ` ${plainWords(q.text)} `, when: when.get(q.source)! };
    for (const id of [q.speaker.person, ...q.speaker.alsoRight]) {
      if (!id) continue;
      const list = out.get(id) ?? [];
      list.push(entry);
      out.set(id, list);
    }
  }
  SAID.set(m, out);
  return out;
}

/** A verb of saying in the past tense ("warned that a trust takes…": what was said may be in the present). */
const SAID_VERB = /\b(?:said|told|added|warned|admitted|answered|countered|explained|insisted|argued|claimed|stressed|conceded|acknowledged|declared|spoke|replied|responded|urged|described|called|wrote|recalled|noted|pointed\s+out|went\s+on)\b/;

/**
 * The days the sources have a person say words the sentence quotes, when the sentence tells the saying in the past
 * tense and the post's own clause is not in the present ("X, who is still cabinet member, said …" claims it now);
 * undefined when it quotes none of theirs (a changed quotation identifies no saying).
 */
export function quotedSayingTime(ctx: Ctx, s: SentenceInfo, personId: string, claim: { start: number }): DayRange | undefined {
  const said = saidBy(ctx.m).get(personId);
  if (!said || !SAID_VERB.test(ctx.masked.slice(s.start, s.end))) return undefined;
  const clause = clauseAt(s, claim.start);
  if (tenseOf(ctx.masked.slice(clause.start, clause.end)).present) return undefined;
  for (const q of ctx.quotes) {
    if (q.innerStart < s.start || q.innerEnd > s.end) continue;
    const words = plainWords(ctx.text.slice(q.innerStart, q.innerEnd)).split(' ');
    if (words.length < MIN_WORDS) continue;
    // (a misquotation still tells which saying it is: a run of RUN words of it the person's words hold will do)
    const run = Math.min(RUN, words.length);
    for (let i = 0; i + run <= words.length; i++) {
      const piece = ` ${words.slice(i, i + run).join(' ')} `;
      const hit = said.find((x) => x.words.includes(piece));
      if (hit) return hit.when;
    }
  }
  return undefined;
}
