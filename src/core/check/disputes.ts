/**
 * Facts the sources disagree on (a person's party, ward or constituency, a number for the same thing, the date of the
 * same happening; found when a writer's sources are merged, see ingest/merge.ts). Neither value is evidence against a
 * claim; a claim about one gets a hint, never a flag, saying what each source says and citing them all.
 */
import { Dispute } from '../data/loader';
import { FindingKind } from '../kinds';
import { Model } from '../model/model';
import { execIn, findPhrase, hasAny } from '../text/words';
import { Ctx, SentenceInfo } from './context';
import { addFinding } from './findings';
import { NUMBER_RE, singular } from './numbers';
import { defineRule } from './rule';
import { clauseAt } from './time';

interface DisputeIndex {
  byPerson: Map<string, Dispute[]>;
  facts: Dispute[];
  /** Lower-case words of every party, longest first: what a party claim is made with. */
  partyWords: string[];
}

const KIND_OF: Record<Dispute['kind'], FindingKind> = { party: 'party', ward: 'ward', constituency: 'ward', number: 'number', date: 'date' };

function build(m: Model): DisputeIndex {
  const byPerson = new Map<string, Dispute[]>();
  const facts: Dispute[] = [];
  for (const d of m.dataset.disputes ?? []) {
    if (!d.person) facts.push(d);
    else byPerson.set(d.person, [...(byPerson.get(d.person) ?? []), d]);
  }
  return { byPerson, facts, partyWords: m.partyPhrases.map((p) => p.phrase) };
}

export const disputesRule = defineRule<DisputeIndex>({
  id: 'disputes',
  kinds: ['party', 'ward', 'number', 'date'],
  description: 'Facts the sources disagree on: a hint saying what each source says, never a flag.',
  build,
  checkSentence(ctx, s, ix) {
    if (!ix.facts.length && !ix.byPerson.size) return;
    for (const mention of s.mentions) {
      for (const d of ix.byPerson.get(mention.person.person.id) ?? []) {
        const words = d.kind === 'party' ? ix.partyWords : d.claims.map((c) => c.value.toLowerCase());
        const at = earliest(ctx.masked, words, s.start, s.end);
        if (at) hint(ctx, d, at.start, at.end);
      }
    }
    for (const d of ix.facts) {
      if (d.required.length && !hasAny(ctx.f, d.required.flatMap((g) => g.split('|')))) continue;
      const at = d.kind === 'number' ? numberAbout(ctx, s, d) : dateAbout(ctx, s, d);
      if (at) hint(ctx, d, at.start, at.end);
    }
  },
});

function earliest(f: string, words: readonly string[], start: number, end: number): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const w of words) {
    const i = findPhrase(f, w, start, end);
    if (i >= 0 && (!best || i < best.start)) best = { start: i, end: i + w.length };
  }
  return best;
}

const about = (ctx: Ctx, d: Dispute, start: number, end: number) => hasAny(ctx.masked, d.cues, start, end);

/** A number of the disputed kind (a percentage, years, a count of the same noun) in a clause with the fact's words. */
function numberAbout(ctx: Ctx, s: SentenceInfo, d: Dispute): { start: number; end: number } | undefined {
  for (const r of execIn(NUMBER_RE, ctx.masked, s.start, s.end)) {
    if (s.dates.some((x) => r.index >= x.start && r.index < x.end)) continue;
    const noun = r[4] ? singular(r[4]) : undefined;
    const unit = r[2] ? 'percent' : noun === 'year' ? 'years' : noun ? 'count' : undefined;
    if (unit !== d.unit || (unit === 'count' && noun !== singular(d.noun ?? ''))) continue;
    const c = clauseAt(s, r.index);
    if (about(ctx, d, c.start, c.end)) return { start: r.index, end: r.index + r[1].length + (r[2]?.length ?? 0) };
  }
  return undefined;
}

/** A date in a clause with the happening's words, in a sentence with one word of each of its groups. */
function dateAbout(ctx: Ctx, s: SentenceInfo, d: Dispute): { start: number; end: number } | undefined {
  for (const x of s.dates) {
    if (!x.range) continue;
    const c = clauseAt(s, x.start);
    if (!about(ctx, d, c.start, c.end) || !d.required.every((g) => hasAny(ctx.masked, g.split('|'), s.start, s.end))) continue;
    // the date itself, without the word that relates it ("on", "in", "since")
    const lead = /^(?:on|in|since|from|until|by)\s+/.exec(ctx.masked.slice(x.start, x.end));
    return { start: x.start + (lead ? lead[0].length : 0), end: x.end };
  }
  return undefined;
}

function hint(ctx: Ctx, d: Dispute, start: number, end: number): void {
  const ds = ctx.m.dataset;
  const says = d.claims.map((c) => {
    const src = ds.sourceById.get(c.evidence.source);
    return `${src ? `${src.title} (${src.published.display})` : c.evidence.source} says ${c.value}`;
  });
  addFinding(ctx, {
    start, end, kind: KIND_OF[d.kind], severity: 'hint',
    message: `The sources disagree on ${d.about}: ${says.join('; ')}. Neither is used to flag this claim.`,
    suggestions: [],
    citations: d.claims.map((c) => ds.cite(c.evidence)),
    claimKey: `disputed:${d.kind}:${d.about}`,
  });
}
