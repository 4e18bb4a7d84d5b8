/**
 * Which party runs the council: "the Conservative-run council", "run by the Lib Dems", "under Labour control",
 * checked at the time the sentence is set. A 2022 fact presented as current is outdated, not wrong.
 */
import { Ctx, SentenceInfo, gate, paragraphHas } from './context';
import { DateExpr } from '../extract/dates';
import { statusAt } from '../model/model';
import { addConfirmation, addFinding } from './findings';
import { claimTime, clauseAt } from './time';
import { formatPartialDate, parsePartialDate } from '../time/dates';
import { escapeRegExp, execIn } from '../text/words';
import { Model } from '../model/model';
import { defineRule } from './rule';

/**
 * Words that put a clause about councils elsewhere ("Exeter City Council is Labour-run": a county's home council is
 * no city's or district's); the data's other places are added per model.
 */
const ELSEWHERE = ['other councils?', 'another council', 'neighbouring', '(?:city|district|borough|town|parish) councils?'];
/** Words for the council itself (the home council's names are added per model). */
const COUNCIL_WORDS = ['council', 'authority', 'county hall', 'administration'];

const CONTROL_HINT = /\b(?:run|runs|ran|led|lead|leads|controlled|controls|control|administration|dominated|hold|holds|held)\b/;
const CONTROL_GATE = gate(CONTROL_HINT);

type PartyPhrase = Ctx['m']['partyPhrases'][number];

/** The model's control pattern, and its party phrases by their text without spaces and hyphens (the first of each). */
interface ControlPatterns {
  re: RegExp;
  bySquashed: Map<string, PartyPhrase>;
  elsewhere: RegExp;
  home: RegExp;
}

const squash = (phrase: string) => phrase.replace(/[- ]/g, '');

function controlPatterns(m: Model): ControlPatterns {
  const { places } = m;
  const homeNames = m.orgPhrases.filter((o) => o.org.id === places.homeCouncil).map((o) => escapeRegExp(o.phrase));
  const elsewhere = new RegExp(`\\b(${[...places.others.flatMap((p) => [escapeRegExp(p), `${escapeRegExp(p)}'s`]), ...ELSEWHERE].join('|')})\\b`);
  const home = new RegExp(`\\b(${[...places.home.map(escapeRegExp), ...homeNames, ...COUNCIL_WORDS].join('|')})\\b`);
  const homePlace = places.home.map(escapeRegExp).join('|') || 'council';
  const alts = m.partyPhrases.map((p) => escapeRegExp(p.phrase).replace(/[- ]/g, '[- ]?'));
  const P = `(${alts.join('|')})`;
  const re = new RegExp(
    [
      `\\b${P}[- ](?:run|led|controlled|dominated)\\b`,
      `\\b(?:run|led|controlled)\\s+by\\s+(?:the\\s+)?${P}\\b`,
      `\\bunder\\s+${P}\\s+control\\b`,
      `\\b${P}\\s+(?:administration|-run|group in charge)\\b`,
      `\\b${P}s?(?:,?\\s+(?:who|which)(?=\\s+ha[sv]))?\\s+(?:have\\s+|has\\s+|had\\s+)?(?:run|runs|ran|control|controls|controlled|lead|leads|led|hold|holds|held)\\s+(?:the\\s+)?(?:council|county\\s+council|(?:${homePlace})(?:\\s+county\\s+council)?|authority|county\\s+hall)\\b`,
    ].join('|'),
    'g',
  );
  const bySquashed = new Map<string, PartyPhrase>();
  for (const p of m.partyPhrases) if (!bySquashed.has(squash(p.phrase))) bySquashed.set(squash(p.phrase), p);
  return { re, bySquashed, elsewhere, home };
}

export const controlRule = defineRule<ControlPatterns>({
  id: 'control',
  kinds: ['party', 'date', 'outdated'],
  description: 'Which party runs the council, at the time the sentence is set, and since when.',
  gates: [CONTROL_GATE],
  build: controlPatterns,
  checkSentence: checkControl,
});

/**
 * The date a state is said to hold since, just after its phrase: "since May 2024", or a since-phrase naming what
 * dated it ("since the local elections in May 2024", "since the elections of May 2023"). Only a written year.
 */
function sinceAfter(ctx: Ctx, s: SentenceInfo, end: number): DateExpr | undefined {
  return s.dates.find((d) => d.start >= end && d.year !== undefined && !d.yearInferred &&
    (d.relation === 'since' ? d.start - end < 40 : /^[\s,]*since\s+the\s+(?:[a-z'-]+\s+){0,3}$/.test(ctx.masked.slice(end, d.start))));
}

export function checkControl(ctx: Ctx, s: SentenceInfo, patterns: ControlPatterns): void {
  const { m, masked } = ctx;
  if (!paragraphHas(ctx, CONTROL_GATE) || !CONTROL_HINT.test(masked.slice(s.start, s.end))) return;
  const { re, bySquashed, elsewhere, home } = patterns;
  for (const r of execIn(re, masked, s.start, s.end)) {
    const phrase = r.slice(1).find((x) => x !== undefined);
    if (!phrase) continue;
    // the first party phrase written the same but for spaces and hyphens (a map lookup, not a pass over every phrase)
    const partyEntry = bySquashed.get(squash(phrase)) ?? m.partyPhrases.find((p) => phrase.startsWith(p.phrase));
    if (!partyEntry) continue;
    const clause = clauseAt(s, r.index);
    const clauseText = masked.slice(clause.start, clause.end);
    const sentenceText = masked.slice(s.start, s.end);
    if (elsewhere.test(clauseText) || !home.test(sentenceText)) continue;
    // "the Conservative-led government" is about Westminster, not the council
    if (/^\s*(?:uk\s+|national\s+|coalition\s+)?(?:government|coalition|parliament|westminster|cabinet\s+at\s+westminster)\b/.test(masked.slice(r.index + r[0].length, r.index + r[0].length + 30))) continue;
    const claimed = partyEntry.party.id;
    // "have run the council since May 2024", "Lib Dem-run since the elections in May 2024": the start the sources give
    const sinceDate = sinceAfter(ctx, s, r.index + r[0].length);
    // a state said to hold since a date holds now: the party is judged now, the date on its own
    const t = sinceDate ? { range: { start: ctx.asOf, end: ctx.asOf }, explicit: false, present: true } : claimTime(ctx, s, r.index);
    const states = m.states.filter((x) => x.subject === m.places.homeCouncil && x.attribute === 'control');
    const start = r.index;
    const end = r.index + r[0].length;
    const claimedStates = states.filter((x) => x.value === claimed);
    const started = claimedStates.find((x) => x.from);
    if (sinceDate && started) {
      const p = parsePartialDate(started.from!);
      if (sinceDate.year !== p.year || (sinceDate.month !== undefined && p.month !== undefined && sinceDate.month !== p.month)) {
        const ds = sinceDate.start + (/^(?:since|in|of)\s+/.exec(masked.slice(sinceDate.start, sinceDate.end))?.[0].length ?? 0);
        addFinding(ctx, {
          start: ds, end: sinceDate.end, kind: 'date', severity: 'error',
          message: `Sources say the ${partyEntry.party.name}s took charge of the council in ${formatPartialDate(started.from!)}, not ${ctx.text.slice(ds, sinceDate.end)}.`,
          suggestions: [sinceDate.month !== undefined ? formatPartialDate(started.from!) : String(p.year)],
          citations: [m.dataset.cite(started.evidence)],
          claimKey: `date:control:${claimed}:${sinceDate.year}-${sinceDate.month ?? ''}`,
        });
      }
    }
    const trueClaimed = claimedStates.find((x) => statusAt(x.time, t.range) === 'true');
    if (trueClaimed) {
      addConfirmation(ctx, { start, end, kind: 'fact', message: `Matches the sources: ${partyEntry.party.name} control.`, citations: [m.dataset.cite(trueClaimed.evidence)] });
      continue;
    }
    const trueNow = states.filter((x) => statusAt(x.time, t.range) === 'true');
    const earlier = claimedStates.find((x) => x.time.falseAfter !== undefined && t.range.start > x.time.falseAfter);
    const later = claimedStates.find((x) => x.time.falseBefore !== undefined && t.range.end < x.time.falseBefore);
    // who ran it at that time, or (for an outdated claim) who took over
    const actual = trueNow[0] ?? (earlier ? states.find((x) => x !== earlier && x.time.falseBefore !== undefined && x.time.falseBefore >= earlier.time.falseAfter! - 62) : undefined);
    if (!actual) continue;
    const actualParty = m.dataset.partyById.get(actual.value)!;
    const claimedParty = partyEntry.party;
    const matched = ctx.text.slice(start, end);
    const phraseAt = matched.toLowerCase().replace(/[\u2010-\u2015]/g, '-').indexOf(phrase);
    const suggestion = phraseAt >= 0 ? matched.slice(0, phraseAt) + actualParty.short + matched.slice(phraseAt + phrase.length) : actualParty.short;
    const since = actual.from ? ` since ${formatPartialDate(actual.from)}` : '';
    if (earlier) {
      if (!t.explicit && !t.present) continue; // past tense, no date: may be about the time it was true
      addFinding(ctx, {
        start, end, kind: 'outdated', severity: 'warning',
        message: `Outdated: the ${actualParty.name}s (${actualParty.short}) have run the council${since}; it was ${claimedParty.name}-run until ${formatPartialDate(earlier.until!)}.`,
        suggestions: [suggestion],
        citations: [m.dataset.cite(actual.evidence), m.dataset.cite(earlier.evidence)],
        claimKey: `outdated:control:${claimed}`,
      });
      continue;
    }
    if (later && !(t.explicit || t.present) && ctx.asOf >= later.time.falseBefore!) continue;
    if (!trueNow.length) continue;
    // the month control changed hands: the sources cannot say the claimed party did not run it then
    if (claimedStates.some((x) => statusAt(x.time, t.range) !== 'false')) continue;
    addFinding(ctx, {
      start, end, kind: 'party', severity: 'error',
      message: `Sources say the council was ${actualParty.name}-run${actualParty.short !== actualParty.name ? ` (${actualParty.short})` : ''}${t.explicit ? ' at that time' : ''}${since}, not ${claimedParty.name}.`,
      suggestions: [suggestion],
      citations: [m.dataset.cite(actual.evidence)],
      claimKey: `party:control:${claimed}`,
    });
  }
}
