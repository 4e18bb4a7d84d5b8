/**
 * Misspelt names of the organisations the sources name: "Care Quality Commision", "Ofstead", "Department of
 * Education". A run of capitalised words (with the small words between) is compared with each proper name of a
 * sourced organisation of as many words; one a few letters away from it, and no known name itself, is a misspelling.
 *
 * Examples: "the Care Quality Commision" → Care Quality Commission; "Ofstead inspectors" → Ofsted;
 * "Cornwall Council" (a known name) and "Dorset County Council" (too far from any) → nothing.
 */
import { Ctx, SentenceInfo } from './context';
import { Model } from '../model/model';
import { Evidence, Organisation } from '../data/schema';
import { addFinding } from './findings';
import { editDistance } from '../text/words';
import { defineRule } from './rule';

interface OrgName {
  /** The name as the data writes it, without a leading "the". */
  written: string;
  /** Lower case, one space between words. */
  folded: string;
  words: number;
  org: Organisation & { evidence: Evidence };
}

/** Bodies with a proper name; a service or a group is described rather than named ("Devon children's services"). */
const NAMED_KINDS = new Set(['regulator', 'government', 'nhs', 'council']);

/** What this check derives from the data: the proper names to hold spellings to, and every name the data knows. */
interface OrgNames {
  names: OrgName[];
  known: Set<string>;
}

function orgNames(m: Model): OrgNames {
  const names: OrgName[] = [];
  const known = new Set<string>();
  for (const org of m.dataset.organisations) {
    const { evidence } = org;
    for (const a of [org.name, ...org.aliases]) {
      const written = a.replace(/^the\s+/i, '');
      const folded = written.toLowerCase().replace(/\s+/g, ' ');
      known.add(folded);
      // proper names only ("Care Quality Commission", "Ofsted"), long enough that a near miss is a misspelling
      if (org.notInSources || !evidence || !NAMED_KINDS.has(org.kind) || !/^[A-Z][a-z]/.test(written) || folded.replace(/[^a-z]/g, '').length < 6) continue;
      names.push({ written, folded, words: folded.split(' ').length, org: { ...org, evidence } });
    }
  }
  return { names, known };
}

/** The first n words from `at` in folded text (letters, apostrophes, hyphens), with where they end. */
function wordsAt(f: string, at: number, end: number, n: number): { text: string; end: number } | undefined {
  const re = new RegExp(`^[a-z][a-z'-]*(?:[ \\t\\n]+[a-z][a-z'-]*){${n - 1}}`);
  const r = re.exec(f.slice(at, Math.min(end, at + 24 * n)));
  return r ? { text: r[0].replace(/\s+/g, ' '), end: at + r[0].length } : undefined;
}

export const orgNamesRule = defineRule<OrgNames>({
  id: 'orgnames',
  kinds: ['organisation'],
  description: 'The spelling of the proper names of bodies the sources name (a near miss is a misspelling).',
  build: orgNames,
  checkSentence: checkOrganisationNames,
});

export function checkOrganisationNames(ctx: Ctx, s: SentenceInfo, { names, known }: OrgNames): void {
  if (!s.words.length) return;
  for (const w of s.words) {
    for (const name of names) {
      if (ctx.masked.charCodeAt(w.start) !== name.folded.charCodeAt(0)) continue;
      const got = wordsAt(ctx.masked, w.start, s.end, name.words);
      if (!got) continue;
      const text = got.text.replace(/'s?$/, '');
      if (known.has(text)) continue;
      const allowed = Math.max(1, Math.floor(name.folded.length / 8));
      const d = editDistance(text, name.folded, allowed);
      if (d === 0 || d > allowed) continue;
      const end = w.start + (got.end - w.start) - (got.text.length - text.length);
      addFinding(ctx, {
        start: w.start, end, kind: 'organisation', severity: 'error',
        message: `Sources name it ${name.written}, not ${ctx.text.slice(w.start, end)}.`,
        suggestions: [name.written],
        citations: [ctx.m.dataset.cite(name.org.evidence)],
        claimKey: `organisation:name:${text}`,
      });
      break;
    }
  }
}
