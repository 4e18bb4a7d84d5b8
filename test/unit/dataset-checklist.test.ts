/**
 * A hand-written checklist of everything the two bundled articles state — every person, role, party, ward,
 * date, rating, number and quotation — read from the articles themselves, and a check that the
 * dataset covers each item. Plus an automatic scan of every quoted passage in each article data/ holds.
 *
 * The checklist is tied to the articles it was read from, not to data/ as a whole: an item whose article
 * data/ no longer holds is skipped, and a source added later (with its people) is covered by the automatic
 * checks without being listed here.
 */
import * as assert from 'assert';
import { Dataset, findDataDir, loadDataset } from '../../src/core/data/loader';

const CAB = 'cabinet-meeting-2022';
const FN = 'final-notice-2025';

type Item =
  | { kind: 'person'; text: string; source: string }
  | { kind: 'role'; person: string; role: string; text: string }
  | { kind: 'party'; person: string; party: string; text: string }
  | { kind: 'ward'; person: string; text: string }
  | { kind: 'constituency'; person: string; text: string }
  | { kind: 'control'; subject: string; party: string; text: string }
  | { kind: 'date'; source: string; text: string; date?: string }
  | { kind: 'rating'; subject: string; text: string; date?: string }
  | { kind: 'number'; source: string; text: string; values?: number[] }
  | { kind: 'quote'; source: string; text: string; person?: string }
  | { kind: 'organisation'; id: string; text: string };

const CHECKLIST: Item[] = [
  // ---- people -------------------------------------------------------------------------------
  { kind: 'person', source: CAB, text: 'Carol Whitton' },
  { kind: 'person', source: CAB, text: 'John Hart' },
  { kind: 'person', source: CAB, text: 'Su Aves' },
  { kind: 'person', source: CAB, text: 'Andrew Leadbetter' },
  { kind: 'person', source: CAB, text: 'Melissa Caslake' },
  { kind: 'person', source: CAB, text: 'Julian Wooster' },
  { kind: 'person', source: CAB, text: 'Julian Brazil' },
  { kind: 'person', source: FN, text: 'Richard Jefferies' },
  { kind: 'person', source: FN, text: 'Steve Race' },
  { kind: 'person', source: FN, text: 'Josh MacAlister' },
  { kind: 'person', source: FN, text: 'Andrew Kay' },

  // ---- roles ----------------------------------------------------------------------------------
  { kind: 'role', person: 'carol-whitton', role: 'dcc-labour-group-leader', text: 'leader of the Labour group' },
  { kind: 'role', person: 'john-hart', role: 'dcc-leader', text: 'Leader John Hart' },
  { kind: 'role', person: 'su-aves', role: 'dcc-send-task-group-chair', text: 'Chair of the cross-party group' },
  { kind: 'role', person: 'andrew-leadbetter', role: 'dcc-cabinet-member-childrens-services', text: 'cabinet member for children’s services' },
  { kind: 'role', person: 'melissa-caslake', role: 'dcc-director-childrens-services', text: 'director of children’s services' },
  { kind: 'role', person: 'julian-wooster', role: 'somerset-childrens-lead', text: 'former children’s lead' },
  { kind: 'role', person: 'julian-wooster', role: 'dcc-director-childrens-services', text: 'interim charge' },
  { kind: 'role', person: 'julian-brazil', role: 'dcc-opposition-leader', text: 'opposition leader' },
  { kind: 'role', person: 'richard-jefferies', role: 'dcc-cabinet-member-childrens-services', text: "Cabinet Member for Children's Services" },
  { kind: 'role', person: 'steve-race', role: 'mp-exeter', text: 'Exeter MP' },
  { kind: 'role', person: 'josh-macalister', role: 'minister-children-families', text: 'Minister for Children and Families' },
  { kind: 'role', person: 'andrew-kay', role: 'chief-reporter', text: 'Chief Reporter' },

  // ---- parties and wards ----------------------------------------------------------------------
  { kind: 'party', person: 'carol-whitton', party: 'labour', text: 'Labour' },
  { kind: 'party', person: 'john-hart', party: 'conservative', text: 'Conservative' },
  { kind: 'party', person: 'su-aves', party: 'labour', text: 'Labour' },
  { kind: 'party', person: 'andrew-leadbetter', party: 'conservative', text: 'Conservative' },
  { kind: 'party', person: 'julian-brazil', party: 'lib-dem', text: 'Lib Dem' },
  { kind: 'ward', person: 'carol-whitton', text: 'St David’s & Haven Banks' },
  { kind: 'ward', person: 'john-hart', text: 'Bickleigh & Wembury' },
  { kind: 'ward', person: 'su-aves', text: 'St Sidwell’s & St James' },
  { kind: 'ward', person: 'andrew-leadbetter', text: 'Wearside & Topsham' },
  { kind: 'ward', person: 'julian-brazil', text: 'Kingsbridge' },
  { kind: 'constituency', person: 'steve-race', text: 'Exeter' },
  { kind: 'control', subject: 'dcc', party: 'conservative', text: 'Conservative-run council' },
  { kind: 'control', subject: 'dcc', party: 'lib-dem', text: 'Lib-Dem run authority' },

  // ---- organisations --------------------------------------------------------------------------
  { kind: 'organisation', id: 'dcc', text: 'Devon County Council' },
  { kind: 'organisation', id: 'ofsted', text: 'Ofsted' },
  { kind: 'organisation', id: 'cqc', text: 'Care Quality Commission' },
  { kind: 'organisation', id: 'nhs-devon', text: 'NHS Devon' },
  { kind: 'organisation', id: 'dfe', text: 'Department for Education' },
  { kind: 'organisation', id: 'send-task-group', text: 'SEND task group' },
  { kind: 'organisation', id: 'commissioner', text: 'Commissioner' },
  { kind: 'organisation', id: 'somerset-childrens-services', text: 'Somerset’s children’s services' },

  // ---- dates, absolute and relative -----------------------------------------------------------
  { kind: 'date', source: CAB, text: 'next year', date: '2023' },
  { kind: 'date', source: CAB, text: 'January 2020', date: '2020-01' },
  { kind: 'date', source: CAB, text: 'recently hit' },
  { kind: 'date', source: CAB, text: 'December 2018', date: '2018-12' },
  { kind: 'date', source: CAB, text: 'this May', date: '2022-05' },
  { kind: 'date', source: CAB, text: 'Wednesday, 14 December', date: '2022-12-14' },
  { kind: 'date', source: CAB, text: 'over the last five years' },
  { kind: 'date', source: CAB, text: 'recently left' },
  { kind: 'date', source: CAB, text: 'last week', date: '2022-12' },
  { kind: 'date', source: CAB, text: 'in 2015', date: '2015' },
  { kind: 'date', source: CAB, text: 'this July', date: '2022-07' },
  { kind: 'date', source: CAB, text: 'Earlier this month', date: '2022-12' },
  { kind: 'date', source: CAB, text: 'some 13 years' },
  { kind: 'date', source: CAB, text: 'about two years' },
  { kind: 'date', source: FN, text: 'since 2020', date: '2020-01' },
  { kind: 'date', source: FN, text: 'from March', date: '2026-03' },
  { kind: 'date', source: FN, text: 'in May after the local elections', date: '2025-05' },
  { kind: 'date', source: FN, text: 'over the past year' },

  // ---- ratings --------------------------------------------------------------------------------
  { kind: 'rating', subject: 'devon-childrens-services', text: 'inadequate', date: '2020-01' },
  { kind: 'rating', subject: 'somerset-childrens-services', text: 'inadequate', date: '2015' },
  { kind: 'rating', subject: 'somerset-childrens-services', text: 'good', date: '2022-07' },

  // ---- numbers --------------------------------------------------------------------------------
  { kind: 'number', source: CAB, text: 'Four areas', values: [4] },
  { kind: 'number', source: CAB, text: 'third or fourth', values: [3, 4] },
  { kind: 'number', source: CAB, text: 'Two MPs', values: [2] },
  { kind: 'number', source: CAB, text: '50 per cent', values: [50] },
  { kind: 'number', source: CAB, text: 'last five years', values: [5] },
  { kind: 'number', source: CAB, text: 'about two years', values: [2] },
  { kind: 'number', source: CAB, text: 'some 13 years', values: [13] },
  { kind: 'number', source: CAB, text: '14 December' },
  { kind: 'number', source: FN, text: 'since 2020' },

  // ---- quotations: cabinet meeting, December 2022 --------------------------------------------
  { kind: 'quote', source: CAB, text: 'inadequate' },
  { kind: 'quote', source: CAB, text: 'significant concern' },
  { kind: 'quote', source: CAB, text: 'progress has not been made' },
  { kind: 'quote', source: CAB, text: 'third or fourth worst in the country', person: 'carol-whitton' },
  { kind: 'quote', source: CAB, text: 'an appalling state of affairs', person: 'carol-whitton' },
  { kind: 'quote', source: CAB, text: 'not something to be proud of', person: 'carol-whitton' },
  { kind: 'quote', source: CAB, text: 'taking this very seriously', person: 'john-hart' },
  { kind: 'quote', source: CAB, text: 'Unfortunately, we’ve not seen that much of a response.', person: 'john-hart' },
  { kind: 'quote', source: CAB, text: 'What we found was shocking. We are one of the worst councils in the country. This is inadequate.', person: 'su-aves' },
  { kind: 'quote', source: CAB, text: 'blame this all on the staff', person: 'su-aves' },
  { kind: 'quote', source: CAB, text: 'Not enough has been done fast enough, so now we need early intervention and support delivered quickly and sustained for our children. We need you to show leadership on this, please.', person: 'su-aves' },
  { kind: 'quote', source: CAB, text: 'Devon’s performance is poor, our quality of practice is poor and our spending is too high.' },
  { kind: 'quote', source: CAB, text: 'Long standing issues around poor communication, exhausted staff, low thresholds for accepting EHC [education, health and care] needs assessments, issuing too many EHC plans as well as our use of independent sector settings have contributed to this.' },
  { kind: 'quote', source: CAB, text: 'immediate action' },
  { kind: 'quote', source: CAB, text: 'reflect the needs of parents, carers and professionals' },
  { kind: 'quote', source: CAB, text: 'It needs to be delivered at speed and [the leadership] need your support.', person: 'su-aves' },
  { kind: 'quote', source: CAB, text: 'Please own this. It has happened under your watch. If you don’t think you are up to the challenge of changing this then change your capital members.', person: 'su-aves' },
  { kind: 'quote', source: CAB, text: 'Of course we take this extremely seriously, which is why we’re working tirelessly to sort it out – the leader, the chief executive, all our staff.', person: 'andrew-leadbetter' },
  { kind: 'quote', source: CAB, text: 'We all know that we’ve come out of a pandemic and we all know it’s very hard to recruit people at the moment.', person: 'andrew-leadbetter' },
  { kind: 'quote', source: CAB, text: 'so we’re doing everything possible we can to recruit people.', person: 'andrew-leadbetter' },
  { kind: 'quote', source: CAB, text: 'good' },
  { kind: 'quote', source: CAB, text: 'going to work very hard to make sure that doesn’t happen', person: 'andrew-leadbetter' },
  { kind: 'quote', source: CAB, text: 'about two years', person: 'andrew-leadbetter' },
  { kind: 'quote', source: CAB, text: 'no good for Devon', person: 'andrew-leadbetter' },
  { kind: 'quote', source: CAB, text: 'spectacularly failed to get to grips with the problems for some 13 years.', person: 'julian-brazil' },
  { kind: 'quote', source: CAB, text: 'determined to improve our help for children and families,', person: 'john-hart' },
  { kind: 'quote', source: CAB, text: 'We are already working closely with the Department for Education on rapidly implementing our improvement plan.', person: 'john-hart' },

  // ---- quotations: final notice, late 2025 ---------------------------------------------------
  { kind: 'quote', source: FN, text: 'If Government want children services improved, they need to stop local government reorganisation' },
  { kind: 'quote', source: FN, text: 'final notice' },
  { kind: 'quote', source: FN, text: 'inadequate' },
  { kind: 'quote', source: FN, text: 'risk of harm' },
  { kind: 'quote', source: FN, text: 'children experiencing neglect and domestic abuse, those at risk of extra-familial harm and care leavers living in unsuitable accommodation' },
  { kind: 'quote', source: FN, text: 'This is the last chance for Devon County Council to implement real change for vulnerable children under their watch.', person: 'steve-race' },
  { kind: 'quote', source: FN, text: 'some green shoots have started to appear and I welcome this.', person: 'steve-race' },
  { kind: 'quote', source: FN, text: 'However, feedback I have had from stakeholders remains that the service is woefully short of where it should be.', person: 'steve-race' },
  { kind: 'quote', source: FN, text: 'The Minister’s letter makes clear that Devon County Council remain in the last chance saloon', person: 'steve-race' },
  { kind: 'quote', source: FN, text: 'After years of damning inspections, I believe progress is still too slow and the most at-risk children in our communities continue to be failed.', person: 'steve-race' },
  { kind: 'quote', source: FN, text: 'For too long, vulnerable children and families in Devon have been failed by services and this cannot continue.', person: 'josh-macalister' },
  { kind: 'quote', source: FN, text: 'to ensure children and families have access to the quality of service that they deserve.', person: 'josh-macalister' },
  { kind: 'quote', source: FN, text: 'the Department will not hesitate to move to a Trust model of intervention if progress stalls', person: 'josh-macalister' },
  { kind: 'quote', source: FN, text: 'The bigger concern would be for any recommendation which leads to the break-up and fragmentation of Devon County Council and the existing arrangements for children’s services.' },
  { kind: 'quote', source: FN, text: 'anything that breaks that model would risk stopping the existing work in its tracks with an even bigger risk that things would quickly slip backwards.' },
];

/** The article an item was read from (roles, parties and wards: the article of the person's evidence). */
function itemSource(ds: Dataset, item: Item): string | undefined {
  if ('source' in item) return item.source;
  if ('person' in item && item.person) return ds.personById.get(item.person)?.evidence.source ?? CAB;
  // organisations, control and ratings were read from the December 2022 or late-2025 article; both are needed
  return undefined;
}

/** The articles the checklist was read from. */
const CHECKLIST_SOURCES = [CAB, FN];

/** All the evidence text (and quote text) the dataset holds for one source. */
function evidenceTexts(ds: Dataset, source: string, withQuotes: boolean): string[] {
  const out: string[] = [];
  const add = (ev: { source: string; text: string } | undefined) => {
    if (ev && ev.source === source) out.push(ev.text);
  };
  ds.people.forEach((p) => {
    add(p.evidence);
    p.attributes.forEach((a) => add(a.evidence));
  });
  ds.organisations.forEach((o) => add(o.evidence));
  ds.events.forEach((e) => add(e.evidence));
  ds.states.forEach((s) => add(s.evidence));
  ds.numbers.forEach((n) => add(n.evidence));
  if (withQuotes) ds.quotes.forEach((q) => add({ source: q.source, text: q.text }));
  return out;
}

/** True when `a` lies within `b`'s span of the article, counting the widest evidence that holds it. */
const covers = (quoteText: string, passage: string) => quoteText.includes(passage) || passage.includes(quoteText);

/** Returns a failure description, or '' when the dataset covers the item. */
function check(ds: Dataset, item: Item): string {
  const srcText = (id: string) => ds.sourceById.get(id)?.text ?? '';
  switch (item.kind) {
    case 'person': {
      if (!srcText(item.source).includes(item.text)) return `checklist error: "${item.text}" is not in ${item.source}`;
      const p = ds.people.find((x) => x.name === item.text);
      return p ? '' : 'no person with that name';
    }
    case 'role': {
      const p = ds.personById.get(item.person);
      if (!p) return `no person ${item.person}`;
      const a = p.attributes.find((x) => x.kind === 'role' && x.role === item.role);
      if (!a) return `${item.person} has no role ${item.role}`;
      const role = ds.roleById.get(item.role)!;
      const said = item.text.toLowerCase().replace(/’/g, "'");
      const known = [role.title, ...role.phrases].map((s) => s.toLowerCase());
      return a.evidence.text.includes(item.text) || known.some((k) => k.includes(said) || said.includes(k))
        ? '' : `role ${item.role} neither cites nor names "${item.text}"`;
    }
    case 'party': {
      const p = ds.personById.get(item.person);
      const a = p?.attributes.find((x) => x.kind === 'party' && x.party === item.party);
      if (!a) return `${item.person} has no party ${item.party}`;
      return a.evidence.text.includes(item.text) ? '' : `party evidence "${a.evidence.text}" lacks "${item.text}"`;
    }
    case 'ward': {
      const p = ds.personById.get(item.person);
      const a = p?.attributes.find((x) => x.kind === 'ward' && x.ward === item.text);
      if (!a) return `${item.person} has no ward "${item.text}"`;
      return a.evidence.text.includes(item.text) ? '' : 'ward evidence lacks the ward';
    }
    case 'constituency': {
      const p = ds.personById.get(item.person);
      const a = p?.attributes.find((x) => x.kind === 'constituency' && x.place === item.text);
      return a ? '' : `${item.person} has no constituency "${item.text}"`;
    }
    case 'control': {
      const s = ds.states.find((x) => x.subject === item.subject && x.attribute === 'control' && x.value === item.party);
      if (!s) return `no control state ${item.subject}=${item.party}`;
      return s.evidence.text.includes(item.text) ? '' : `control evidence lacks "${item.text}"`;
    }
    case 'organisation': {
      const o = ds.orgById.get(item.id);
      if (!o) return `no organisation ${item.id}`;
      if (o.notInSources) return `${item.id} is marked notInSources`;
      const names = [o.name, ...o.aliases, o.evidence?.text ?? ''].map((s) => s.replace(/’/g, "'"));
      const t = item.text.replace(/’/g, "'");
      return names.some((n) => n.includes(t)) ? '' : `organisation ${item.id} does not name "${item.text}"`;
    }
    case 'date': {
      if (!srcText(item.source).includes(item.text)) return `checklist error: "${item.text}" is not in ${item.source}`;
      if (item.date) {
        const dated = [
          ...ds.events.map((e) => ({ date: [e.date], ev: e.evidence })),
          ...ds.states.map((s) => ({ date: [s.from, s.until], ev: s.evidence })),
          ...ds.people.flatMap((p) => p.attributes.map((a) => ({ date: [a.from, a.until], ev: a.evidence }))),
        ];
        const hit = dated.find((d) => d.ev.source === item.source && d.ev.text.includes(item.text) && d.date.includes(item.date));
        return hit ? '' : `no event/state dated ${item.date} whose evidence contains "${item.text}"`;
      }
      return evidenceTexts(ds, item.source, true).some((t) => t.includes(item.text)) ? '' : `no evidence contains "${item.text}"`;
    }
    case 'rating': {
      const s = ds.states.find((x) => x.subject === item.subject && x.attribute === 'rating' && x.value === item.text
        && (!item.date || x.from === item.date));
      return s ? '' : `no rating state ${item.subject}=${item.text}${item.date ? ' from ' + item.date : ''}`;
    }
    case 'number': {
      if (!srcText(item.source).includes(item.text)) return `checklist error: "${item.text}" is not in ${item.source}`;
      if (item.values) {
        const want = item.values.join(',');
        const n = ds.numbers.find((x) => x.evidence.source === item.source && x.evidence.text.includes(item.text) && x.values.join(',') === want);
        return n ? '' : `no NumberFact ${want} whose evidence contains "${item.text}"`;
      }
      return evidenceTexts(ds, item.source, false).some((t) => t.includes(item.text)) ? '' : `no evidence contains "${item.text}"`;
    }
    case 'quote': {
      if (!srcText(item.source).includes(item.text)) return `checklist error: "${item.text}" is not in ${item.source}`;
      const q = ds.quotes.find((x) => x.source === item.source && covers(x.text, item.text)
        && (!item.person || x.speaker.person === item.person || x.speaker.alsoRight.includes(item.person)));
      return q ? '' : `no quote record covers "${item.text}"${item.person ? ' spoken by ' + item.person : ''}`;
    }
  }
}

export interface QuotedPassage {
  text: string;
  start: number;
  /** True when the passage ran to the end of its paragraph without a closing mark. */
  unclosed: boolean;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s(\[—–-]/.test(c);

/**
 * Every quoted passage of a text: pairs of “…”, "…", ‘…’ and '…'. A ’ or ' between two letters is an
 * apostrophe; a ‘ or ' opens only after a space, a bracket or the start of a paragraph. A quotation
 * left open at the end of a paragraph (the newspaper convention for a quote running on to the next
 * paragraph) ends there. Mixed pairs (‘…” or "…”) are accepted, as both articles print them.
 */
export function scanQuotes(text: string): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  const paraRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = paraRe.exec(text))) {
    const para = m[0];
    const base = m.index;
    let dbl = -1; // start of an open double-quoted passage (index after the mark)
    let sgl = -1;
    const emit = (from: number, to: number, unclosed: boolean) => {
      const raw = para.slice(from, to);
      const t = raw.trim();
      if (t) out.push({ text: t, start: base + from + (raw.length - raw.trimStart().length), unclosed });
    };
    for (let i = 0; i < para.length; i++) {
      const c = para[i];
      const prev = i > 0 ? para[i - 1] : undefined;
      const next = i + 1 < para.length ? para[i + 1] : undefined;
      if (c === '“' || (c === '"' && dbl < 0 && isSpaceOrStart(prev))) {
        if (dbl < 0) dbl = i + 1;
      } else if (c === '”' || c === '"') {
        if (dbl >= 0) {
          emit(dbl, i, false);
          dbl = -1;
        } else if (sgl >= 0) {
          emit(sgl, i, false); // ‘…” mismatch
          sgl = -1;
        }
      } else if (c === '‘' || (c === "'" && sgl < 0 && isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next))) {
        if (sgl < 0) sgl = i + 1;
      } else if (c === '’' || c === "'") {
        if (isLetter(prev) && isLetter(next)) continue; // apostrophe inside a word
        if (sgl >= 0 && prev !== undefined && !/\s/.test(prev)) {
          emit(sgl, i, false);
          sgl = -1;
        }
      }
    }
    if (dbl >= 0) emit(dbl, para.length, true);
    if (sgl >= 0) emit(sgl, para.length, true);
  }
  return out;
}

describe('dataset checklist (read from the two articles)', () => {
  let ds: Dataset;
  before(() => {
    ds = loadDataset(findDataDir(__dirname));
  });

  it('has items of every kind', () => {
    const kinds = new Set(CHECKLIST.map((i) => i.kind));
    for (const k of ['person', 'role', 'party', 'ward', 'date', 'rating', 'number', 'quote']) assert.ok(kinds.has(k as Item['kind']), k);
    console.log(`      checklist: ${CHECKLIST.length} items`);
  });

  for (const item of CHECKLIST) {
    const label = `${item.kind}: ${item.text.length > 70 ? item.text.slice(0, 67) + '...' : item.text}`
      + (item.kind !== 'person' && 'person' in item && item.person ? ` (${item.person})` : '');
    it(`covers ${label}`, function () {
      // an item read from an article data/ does not hold (any more) has nothing to be checked against
      const from = itemSource(ds, item);
      if (from ? !ds.sourceById.has(from) : !CHECKLIST_SOURCES.every((id) => ds.sourceById.has(id))) this.skip();
      const problem = check(ds, item);
      assert.strictEqual(problem, '', problem);
    });
  }

  it('every person first named by a checklisted article appears in the checklist (no unlisted extras)', () => {
    const listed = new Set(CHECKLIST.filter((i) => i.kind === 'person').map((i) => i.text));
    for (const p of ds.people.filter((x) => CHECKLIST_SOURCES.includes(x.evidence.source))) {
      assert.ok(listed.has(p.name), `${p.name} is in people.json but not in the checklist`);
    }
  });
});

describe('quote scanner', () => {
  it('finds curly, straight, single and double quotations and skips apostrophes', () => {
    const t = 'He said ‘we’re fine’ and “it’s done”, then \'Mary\'s dog\' and "plain".\nShe added: ‘Part one.\n‘Part two.’ And ‘mixed” too.';
    assert.deepStrictEqual(scanQuotes(t).map((q) => q.text), [
      'we’re fine', 'it’s done', "Mary's dog", 'plain', 'Part one.', 'Part two.', 'mixed',
    ]);
    assert.deepStrictEqual(scanQuotes(t).map((q) => q.unclosed), [false, false, false, false, true, false, false]);
  });

  it('leaves text without quotation marks alone', () => {
    assert.deepStrictEqual(scanQuotes('CHILDREN’S services run by Devon’s council, St David’s ward.'), []);
  });
});

describe('automatic quote scan of each article', () => {
  // read before the tests are made, so there is one test per article data/ holds
  const ds = loadDataset(findDataDir(__dirname));

  for (const id of ds.sources.map((s) => s.id)) {
    it(`every quoted passage of ${id} is covered by a quote record`, () => {
      const src = ds.sourceById.get(id)!;
      const passages = scanQuotes(src.text);
      // the scanner finds at least one passage for each quote record (each record is a passage or part of one)
      const records = ds.quotes.filter((q) => q.source === id).length;
      assert.ok(passages.length >= Math.min(records, 1), `scanner found only ${passages.length} passages`);
      const missing: string[] = [];
      for (const p of passages) {
        // Trailing punctuation inside the marks may or may not be kept in the record.
        const bare = p.text.replace(/[.,]$/, '');
        const ok = ds.quotes.some((q) => q.source === id && (q.text.includes(bare) || (p.text.includes(q.text) && q.text.length >= 0.8 * bare.length)));
        if (!ok) missing.push(p.text);
      }
      console.log(`      ${id}: ${passages.length} quoted passages scanned`);
      assert.deepStrictEqual(missing, []);
    });

    it(`every quote record of ${id} is one of its quoted passages (or part of one)`, () => {
      const src = ds.sourceById.get(id)!;
      const passages = scanQuotes(src.text).map((p) => p.text);
      for (const q of ds.quotes.filter((x) => x.source === id)) {
        assert.ok(passages.some((p) => p.includes(q.text) || q.text.includes(p)), `quote ${q.id} is not a quoted passage of ${id}`);
      }
    });
  }
});
