/**
 * Events of the sources and their dates: a date in a clause that is about a sourced event must agree
 * with it (year, month, day, weekday), and so must the organisation said to have carried it out.
 */
import { Ctx, ModelEvent, ParagraphEvents, SentenceInfo } from './context';
import { Model } from '../model/model';
import { DateExpr } from '../extract/dates';
import { MONTH_NAMES, WEEKDAYS, parsePartialDate, weekdayOf } from '../time/dates';
import { boundaryAfter, boundaryBefore, escapeRegExp, execIn, findPhrase, hasAny } from '../text/words';
import { addConfirmation, addFinding } from './findings';
import { clauseAt, dateOnlyClause } from './time';
import { RATING_RE, ratingValue } from './ratings';


/**
 * Events a clause may be about: all of the event's required words in the sentence, one of its cues in the
 * clause, and none of its excluding words nearer to `at` (the date or "by") than its own nearest cue.
 */
const otherCouncilRes = new WeakMap<Model, RegExp>();

/** Does the text name a council or service the sources never mention (Torbay, Cornwall…)? Then it is about that one. */
export function otherCouncil(ctx: Ctx, span: { start: number; end: number }): boolean {
  let re = otherCouncilRes.get(ctx.m);
  if (!re) {
    const names = ctx.m.orgPhrases.filter((o) => o.org.notInSources && (o.org.kind === 'council' || o.org.kind === 'service')).map((o) => o.phrase);
    re = new RegExp(`\\b(?:${names.map((n) => escapeRegExp(n)).join('|')})\\b`);
    otherCouncilRes.set(ctx.m, re);
  }
  return re.test(ctx.masked.slice(span.start, span.end));
}

interface RequiredIndex {
  re: RegExp;
  /** Does a match take in the character before the word (true unless some word starts with a sign)? */
  consumes: boolean;
  /** Every required word of every event, longest first: a word's number is its index here. */
  words: string[];
  /** The numbers of the required words by their first two characters: a match is checked only against the words it can be. */
  byStart: Map<number, number[]>;
  /** For each word number, the events that need it (indexes into the model's events, in order). */
  eventsOf: number[][];
  /** For each event of the model, its required groups as word numbers. */
  groups: number[][][];
}

const requiredRes = new WeakMap<Model, RequiredIndex>();

function requiredIndex(m: Model): RequiredIndex {
  let req = requiredRes.get(m);
  if (!req) {
    const words = [...new Set(m.events.flatMap((e) => e.requiredGroups.flat()))].sort((a, b) => b.length - a.length);
    const number = new Map(words.map((w, i) => [w, i]));
    const byStart = new Map<number, number[]>();
    words.forEach((w, id) => {
      const k = w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0);
      const list = byStart.get(k);
      if (list) list.push(id);
      else byStart.set(k, [id]);
    });
    const eventsOf = words.map((): number[] => []);
    const groups = m.events.map((e) => e.requiredGroups.map((g) => g.map((w) => number.get(w)!)));
    groups.forEach((gs, i) => {
      for (const id of new Set(gs.flat())) eventsOf[id].push(i);
    });
    // found only where a word starts (what findPhrase accepts is a subset of "no letter or digit before"); the
    // character before is matched rather than looked behind at, which runs twice as fast (every word starts with
    // a letter or digit, so the match's first character tells which it was)
    const alts = words.map((w) => escapeRegExp(w)).join('|');
    const consumes = words.every((w) => /^[a-z0-9]/.test(w));
    req = { re: new RegExp(`${consumes ? '(?:^|[^a-z0-9])' : '(?<![a-z0-9])'}(?:${alts})`, 'g'), consumes, words, byStart, eventsOf, groups };
    requiredRes.set(m, req);
  }
  return req;
}

/** Events whose required words all occur in the paragraph, and their positions: one scan per paragraph for all of them. */
function paragraphEventScan(ctx: Ctx): ParagraphEvents {
  let pe = ctx.eventScan;
  if (!pe) {
    const req = requiredIndex(ctx.m);
    const { words } = req;
    const at = new Map<number, number[]>();
    const { masked } = ctx;
    const record = (ids: number[] | undefined, i: number) => {
      if (ids) for (const id of ids) {
        const w = words[id];
        if (!masked.startsWith(w, i) || !boundaryAfter(masked, i + w.length)) continue;
        const ps = at.get(id);
        if (ps) ps.push(i);
        else at.set(id, [i]);
      }
    };
    req.re.lastIndex = 0;
    let r: RegExpExecArray | null;
    while ((r = req.re.exec(masked)) !== null) {
      // every phrase starting here, not only the longest ("local elections" and "local election")
      const c = masked.charCodeAt(r.index);
      const i = !req.consumes || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? r.index : r.index + 1;
      if (boundaryBefore(masked, i)) {
        const c0 = masked.charCodeAt(i) * 65536;
        record(req.byStart.get(c0 + masked.charCodeAt(i + 1)), i); // words of two or more characters
        record(req.byStart.get(c0), i); // one-character words
      }
      req.re.lastIndex = i + 1;
    }
    const events: ModelEvent[] = [];
    const groups: number[][][] = [];
    if (at.size) {
      // only the events that need a word found here can have all of theirs (tested in the model's order)
      const cand = new Uint8Array(ctx.m.events.length);
      for (const id of at.keys()) for (const i of req.eventsOf[id]) cand[i] = 1;
      for (let i = 0; i < cand.length; i++) {
        if (cand[i] === 1 && req.groups[i].every((g) => g.some((id) => at.has(id)))) {
          events.push(ctx.m.events[i]);
          groups.push(req.groups[i]);
        }
      }
    }
    pe = { events, groups, at, words, withAgents: undefined, anchored: undefined };
    ctx.eventScan = pe;
  }
  return pe;
}

function paragraphEvents(ctx: Ctx): ModelEvent[] {
  return paragraphEventScan(ctx).events;
}

/** Does any of these words stand wholly inside [from, to)? (As hasAny on the paragraph, from the scan's positions.) */
function anyWithin(pe: ParagraphEvents, ids: readonly number[], from: number, to: number): boolean {
  for (const id of ids) {
    const ps = pe.at.get(id);
    if (ps) {
      const len = pe.words[id].length;
      for (const p of ps) if (p >= from && p + len <= to) return true;
    }
  }
  return false;
}

/** Every organisation named in the paragraph, found in one scan. */
function paragraphOrgs(ctx: Ctx): RegExpExecArray[] {
  return (ctx.orgs ??= paragraphEvents(ctx).some((e) => e.agents.length) ? execIn(orgRe(ctx.m), ctx.masked, 0, ctx.masked.length) : []);
}

/** Events whose required words are all in the sentence (and none of its sentence-wide excludes), once per sentence. */
function sentenceLevelEvents(ctx: Ctx, s: SentenceInfo): ModelEvent[] {
  let evs = s.events;
  if (!evs) {
    const { masked } = ctx;
    const pe = paragraphEventScan(ctx);
    const { events } = pe;
    evs = events.length === 0 ? events : events.filter((e, k) => pe.groups[k].every((g) => anyWithin(pe, g, s.start, s.end)) &&
      !(e.excludeSentence.length && hasAny(masked, e.excludeSentence, s.start, s.end)));
    s.events = evs;
  }
  return evs;
}

function eventsFor(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, at: number): { e: ModelEvent; cuePos: number[] }[] {
  const { masked } = ctx;
  const evs = sentenceLevelEvents(ctx, s);
  const out: { e: ModelEvent; cuePos: number[] }[] = [];
  if (!evs.length) return out;
  const perClause = (s.eventCues ??= new Map());
  const key = clause.start * 1048576 + (clause.end - clause.start);
  let cued = perClause.get(key);
  if (!cued) {
    cued = [];
    // a clause about another council is about none of these events (an empty list, kept like any other)
    if (otherCouncil(ctx, clause)) {
      perClause.set(key, cued);
      return out;
    }
    for (const e of evs) {
      const cuePos: number[] = [];
      for (const c of e.cueList) {
        // every place the cue stands (up to a few), so the nearest one is measured
        let p = findPhrase(masked, c, clause.start, clause.end);
        for (let k = 0; p >= 0 && k < 6; k++) {
          cuePos.push(p);
          p = findPhrase(masked, c, p + c.length, clause.end);
        }
      }
      if (cuePos.length) cued.push({ e, cuePos });
    }
    perClause.set(key, cued);
  }
  for (const { e, cuePos } of cued) {
    if (e.exclude.length) {
      const dist = (p: number) => Math.abs(p - at);
      let nearestCue = Infinity;
      for (const p of cuePos) if (dist(p) < nearestCue) nearestCue = dist(p);
      let excluded = false;
      for (const x of e.exclude) {
        let p = findPhrase(masked, x, clause.start, clause.end);
        while (p >= 0 && !excluded) {
          if (dist(p) <= nearestCue) excluded = true;
          p = findPhrase(masked, x, p + 1, clause.end);
        }
      }
      if (excluded) continue;
    }
    out.push({ e, cuePos });
  }
  return out;
}

/** The clause of a date; a clause that is only the date (a timeline's "May 2021 – …") reaches over the sentence. */
function dateClause(ctx: Ctx, s: SentenceInfo, d: DateExpr): { start: number; end: number } {
  return dateOnlyClause(ctx, s, d) ? s : clauseAt(s, d.start);
}

/**
 * For an event that is a rating ("rated good"), the rating a date belongs to is the one written nearest before it
 * ("from inadequate in 2015 to good in July"): a date nearer another rating is not this event's.
 */
const ownRatings = new WeakMap<ModelEvent, string | null>();
const lowerCaseAnchors = new WeakMap<ModelEvent, string[]>();

/** Does the paragraph (quotations included) name one of the event's anchors? Asked once per paragraph and event. */
function anchoredInParagraph(ctx: Ctx, e: ModelEvent): boolean {
  const pe = paragraphEventScan(ctx);
  const memo = (pe.anchored ??= new Map());
  let a = memo.get(e);
  if (a === undefined) memo.set(e, (a = hasAny(ctx.f, lowerAnchors(e), 0, ctx.f.length)));
  return a;
}

/** An event's anchors in lower case, made once. */
function lowerAnchors(e: ModelEvent): string[] {
  let a = lowerCaseAnchors.get(e);
  if (!a) lowerCaseAnchors.set(e, (a = e.anchors.map((x) => x.toLowerCase())));
  return a;
}

function ratingMismatch(ctx: Ctx, s: SentenceInfo, e: ModelEvent, d: DateExpr): boolean {
  let own = ownRatings.get(e);
  if (own === undefined) ownRatings.set(e, (own = e.requiredGroups.flat().find((w) => /^(outstanding|good|requires improvement|inadequate)$/.test(w)) ?? null));
  if (!own) return false;
  let nearest: string | undefined;
  let bestDist = Infinity;
  for (const r of execIn(RATING_RE, ctx.masked, s.start, s.end)) {
    const w = ratingValue(r[1]);
    const dist = r.index < d.start ? d.start - (r.index + r[0].length) : (r.index - d.end) * 2 + 3;
    if (dist < bestDist) {
      bestDist = dist;
      nearest = w;
    }
  }
  return nearest !== undefined && nearest !== own;
}

function dateStartWord(ctx: Ctx, d: DateExpr): number {
  // skip a leading relation word ("in", "since", "this"…)
  const t = ctx.masked.slice(d.start, d.end);
  const r = /^(?:(?:since|from|until|till|by|in|on|during|of|this|last|next|early|late|mid-|mid|earlier this|later this|the end of|the start of)\s+)/.exec(t);
  return d.start + (r ? r[0].length : 0);
}

function formatLike(d: DateExpr, e: ModelEvent): string {
  const p = parsePartialDate(e.date);
  const parts: string[] = [];
  if (d.day !== undefined && p.day !== undefined) parts.push(String(p.day));
  if (d.month !== undefined && p.month !== undefined) parts.push(MONTH_NAMES[p.month - 1]);
  if (d.year !== undefined && !d.yearInferred) parts.push(String(p.year));
  if (!parts.length) {
    if (p.month !== undefined) parts.push(MONTH_NAMES[p.month - 1]);
    parts.push(String(p.year));
  }
  return parts.join(' ');
}

function eventWhen(e: ModelEvent): string {
  const p = parsePartialDate(e.date);
  const wd = p.day !== undefined ? `${weekdayOf(p.year, p.month!, p.day)} ` : '';
  return `${wd}${p.day !== undefined ? p.day + ' ' : ''}${p.month !== undefined ? MONTH_NAMES[p.month - 1] + ' ' : ''}${p.year}`;
}

export function checkEvents(ctx: Ctx, s: SentenceInfo): void {
  const { m } = ctx;
  for (const d of s.dates) {
    const clause = dateClause(ctx, s, d);
    const cands = eventsFor(ctx, s, clause, d.start);
    if (!cands.length) continue;
    // the event whose cue stands nearest the date
    let best = cands[0];
    let bestDist = Infinity;
    for (const c of cands) {
      for (const p of c.cuePos) {
        // a date usually follows what it dates ("inadequate in 2015 to good in July"): cues after it count double
        const dist = p >= d.end ? (p - d.end) * 2 + 3 : d.start >= p ? d.start - p : 0;
        if (dist < bestDist) {
          bestDist = dist;
          best = c;
        }
      }
    }
    const e = best.e;
    if (ratingMismatch(ctx, s, e, d)) continue;
    const ev = parsePartialDate(e.date);
    const writtenYear = d.year !== undefined && !d.yearInferred;
    // anchors may stand anywhere in the paragraph, quotations included ("Cllr Whitton… told Tuesday's cabinet")
    const table = ctx.masked.charCodeAt(s.start) === 124;
    let anchored = e.anchors.length === 0 || (table ? hasAny(ctx.f, lowerAnchors(e), s.start, s.end) : anchoredInParagraph(ctx, e));
    if (!anchored) {
      // a recurring kind of event: only this one if the date agrees in some part (the weekday and month count too)
      anchored = (writtenYear && d.year === ev.year) || (d.day !== undefined && d.day === ev.day && d.month === ev.month) ||
        (d.weekday !== undefined && ev.day !== undefined && d.month === ev.month && WEEKDAYS[d.weekday] === weekdayOf(ev.year, ev.month!, ev.day));
    }
    if (!anchored) continue;
    const cite = m.dataset.cite(e.evidence);
    const dateStart = dateStartWord(ctx, d);
    // Weekday against the day it fell on.
    if (d.weekday !== undefined && ev.day !== undefined && d.weekdayStart !== undefined) {
      const actual = weekdayOf(ev.year, ev.month!, ev.day);
      // a weekday on its own ("…, a Thursday") is this event's when the sentence gives its day and month, or the draft is written within weeks of it
      const dayInSentence = s.dates.some((x) => x !== d && x.day === ev.day && x.month === ev.month);
      const sameDay = d.day === undefined
        ? e.anchors.length === 0 || dayInSentence || Math.abs(ctx.asOf - new Date(Date.UTC(ev.year, ev.month! - 1, ev.day)).getTime() / 86400000) <= 21
        : d.day === ev.day && d.month === ev.month;
      // a weekday that is right for the year the draft implies ("Thursday 14 December" written in 2023) may be another meeting
      // ("The cabinet meets on Thursday 14 December", written in November 2023, is the coming one)
      const future = /\b(will|meets|meet|is due|are due|is to|next|upcoming|to be held|coming)\b/.test(ctx.masked.slice(s.start, s.end));
      const years = d.year === undefined ? [] : [d.year, ...(future && d.month !== undefined ? [d.month >= ctx.asOfMonth ? ctx.asOfYear : ctx.asOfYear + 1] : [])];
      const selfConsistent = !writtenYear && d.day !== undefined && years.some((y) => y !== ev.year && WEEKDAYS[d.weekday!] === weekdayOf(y, d.month!, d.day!));
      if (sameDay && !selfConsistent && WEEKDAYS[d.weekday] !== actual && (!writtenYear || d.year === ev.year)) {
        addFinding(ctx, {
          start: d.weekdayStart, end: d.weekdayEnd!, kind: 'date', severity: 'error',
          message: `${e.summary} was on ${eventWhen(e)}: ${ev.day} ${MONTH_NAMES[ev.month! - 1]} ${ev.year} was a ${actual}, not a ${WEEKDAYS[d.weekday]}.`,
          suggestions: [actual],
          citations: [cite],
          claimKey: `date:${e.id}:weekday:${d.weekday}`,
        });
        continue;
      }
    }
    let wrong = false;
    if (e.approximate) {
      wrong = writtenYear && Math.abs(d.year! - ev.year) >= 2;
    } else {
      if (writtenYear && d.year !== ev.year) wrong = true;
      if (d.month !== undefined && ev.month !== undefined && d.month !== ev.month) wrong = true;
      if (d.day !== undefined && ev.day !== undefined && d.month === ev.month && d.day !== ev.day) wrong = true;
      if (d.relation === 'since' && !writtenYear) wrong = false;
    }
    const end = d.weekdayStart !== undefined && d.day === undefined ? d.end : d.end;
    if (wrong) {
      const fix = formatLike(d, e);
      addFinding(ctx, {
        start: dateStart, end, kind: 'date', severity: 'error',
        message: `Sources date this to ${eventWhen(e)} (${e.summary}${e.dateNote ? `; ${e.dateNote}` : ''}), not ${ctx.text.slice(dateStart, end)}.`,
        suggestions: [fix],
        citations: [cite],
        claimKey: `date:${e.id}:${ctx.masked.slice(dateStart, end)}`,
      });
    } else if (writtenYear || d.month !== undefined) {
      addConfirmation(ctx, { start: dateStart, end, kind: 'fact', message: `Matches the sources: ${e.summary}, ${eventWhen(e)}.`, citations: [cite] });
    }
  }
  checkAgents(ctx, s);
}

const orgRes = new WeakMap<Model, RegExp>();
const orgByFirst = new WeakMap<Model, Map<number, Model['orgPhrases']>>();

/** The model's organisation phrases by their first character, each list in the model's order. */
function orgPhrasesByFirst(m: Model): Map<number, Model['orgPhrases']> {
  let by = orgByFirst.get(m);
  if (!by) {
    by = new Map();
    for (const op of m.orgPhrases) {
      const k = op.phrase.charCodeAt(0);
      const list = by.get(k);
      if (list) list.push(op);
      else by.set(k, [op]);
    }
    orgByFirst.set(m, by);
  }
  return by;
}

/** One pattern for every organisation name, longest first, built once per model. */
function orgRe(m: Model): RegExp {
  let re = orgRes.get(m);
  if (!re) {
    re = new RegExp(`\\b(${m.orgPhrases.map((o) => escapeRegExp(o.phrase)).join('|')})\\b`, 'g');
    orgRes.set(m, re);
  }
  return re;
}

/**
 * "The Department for Work and Pensions wrote…", "NHS England and the council have both apologised",
 * "Ofsted's instruction…": an organisation as the subject of an event's verb, or owning its noun.
 */
function checkSubjectAgents(ctx: Ctx, s: SentenceInfo): void {
  const { m, masked } = ctx;
  // only a sentence about an event someone carried out can name the wrong one
  if (!sentenceLevelEvents(ctx, s).some((e) => e.agents.length)) return;
  const all = paragraphOrgs(ctx);
  let lo = 0, hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].index < s.start) lo = mid + 1;
    else hi = mid;
  }
  const found: RegExpExecArray[] = [];
  for (let i = lo; i < all.length && all[i].index < s.end; i++) if (all[i].index + all[i][0].length <= s.end) found.push(all[i]);
  if (!found.length) return;
  const seen = new Set<number>();
  for (let k = 0; k < found.length; k++) {
    const r = found[k];
    if (seen.has(r.index)) continue;
    // the subject may be a list: "X and Y", "X, Y and Z"
    const group = [r];
    let end = r.index + r[0].length;
    while (k + 1 < found.length && /^\s*(?:,|and|&)\s*(?:the\s+)?$/.test(masked.slice(end, found[k + 1].index))) {
      k++;
      group.push(found[k]);
      end = found[k].index + found[k][0].length;
    }
    for (const g of group) seen.add(g.index);
    const after = masked.slice(end, Math.min(s.end, end + 50));
    const v = /^(?:'s?\s+([a-z]+)|\s+(?:has\s+|have\s+|had\s+)?(?:both\s+|also\s+|now\s+|previously\s+|already\s+)?([a-z]+))/.exec(after);
    if (!v) continue;
    const word = v[1] ?? v[2];
    const verbOf = (e: ModelEvent) => e.agents.length > 0 && e.cueList.some((cue) => cue === word || cue.startsWith(word + ' ') || (word.length >= 5 && cue.startsWith(word.slice(0, -1))));
    // the word after the organisation must be a cue of one of the sentence's events before the clause is searched
    if (!sentenceLevelEvents(ctx, s).some(verbOf)) continue;
    const clause = clauseAt(s, r.index);
    const cands = eventsFor(ctx, s, clause, end).filter((c) => verbOf(c.e));
    if (!cands.length) continue;
    const named = group.map((g) => ({ org: m.orgPhrases.find((o) => o.phrase === g[1])!.org, start: g.index, end: g.index + g[0].length }));
    reportWrongOrganisations(ctx, cands[0].e, named, false);
  }
}

type Org = Model['orgPhrases'][number]['org'];
const CHECKED_KINDS = ['regulator', 'government', 'nhs'];

/**
 * The organisations a sentence says carried out (or partnered in) a sourced event, against the sources: a named
 * regulator, government body or NHS body that is not one of them is a conflict; a generic name ("the Government")
 * fits any body of its kind. The suggestion is the sourced body the sentence left out.
 */
function reportWrongOrganisations(ctx: Ctx, e: ModelEvent, named: { org: Org; start: number; end: number }[], partner: boolean): void {
  const { m } = ctx;
  const ids = partner ? e.partners : e.agents;
  const agents = ids.map((a) => m.dataset.orgById.get(a)!);
  for (const n of named) {
    if (ids.includes(n.org.id)) continue;
    if (n.org.generic && agents.some((a) => a.kind === n.org.kind)) continue;
    if (!CHECKED_KINDS.includes(n.org.kind)) continue;
    const missing = agents.filter((a) => !named.some((x) => x.org.id === a.id) && CHECKED_KINDS.includes(a.kind));
    const right = (missing.length ? missing : agents.filter((a) => a.kind !== 'council')).map((a) => a.name);
    const names = agents.map((a) => a.name).join(' and ');
    addFinding(ctx, {
      start: n.start, end: n.end, kind: 'organisation', severity: 'error',
      message: partner
        ? `Sources say the council runs these services in partnership with ${names}, not ${ctx.text.slice(n.start, n.end)}.`
        : `Sources say ${e.summary.charAt(0).toLowerCase() + e.summary.slice(1)} — ${names}, not ${ctx.text.slice(n.start, n.end)}.`,
      suggestions: right,
      citations: [m.dataset.cite(e.evidence)],
      claimKey: `organisation:${e.id}:${n.org.id}`,
    });
  }
}

const hasAgents = (e: ModelEvent) => e.agents.length > 0 || e.partners.length > 0;

/** "a joint visit by Ofsted and NHS Devon", "a letter from Ofsted": the organisations said to have done it. */
function checkAgents(ctx: Ctx, s: SentenceInfo): void {
  // every candidate below is one of the sentence's events (so one of the paragraph's), and must have agents or partners
  const pe = paragraphEventScan(ctx);
  if (!(pe.withAgents ??= pe.events.some(hasAgents))) return;
  if (!sentenceLevelEvents(ctx, s).some(hasAgents)) return;
  checkSubjectAgents(ctx, s);
  const { m, masked } = ctx;
  const re = /\b(?:by|from|(in\s+partnership|jointly|together|closely|working|worked|work)\s+with)\s+(?:the\s+)?/g;
  for (const r of execIn(re, masked, s.start, s.end)) {
    const partner = r[1] !== undefined;
    // organisations listed after by/from: "X", "X and Y", "X and the Y" (read first: most by/from name none)
    let pos = r.index + r[0].length;
    const named: { org: (typeof m.orgPhrases)[number]['org']; start: number; end: number }[] = [];
    for (let k = 0; k < 3; k++) {
      const o = orgPhrasesByFirst(m).get(masked.charCodeAt(pos))?.find((op) => masked.startsWith(op.phrase, pos) && !/[a-z0-9]/.test(masked[pos + op.phrase.length] ?? ' '));
      if (!o) break;
      named.push({ org: o.org, start: pos, end: pos + o.phrase.length });
      pos += o.phrase.length;
      const and = /^\s*(?:,|and|&)\s*(?:the\s+)?/.exec(masked.slice(pos, pos + 12));
      if (!and) break;
      pos += and[0].length;
    }
    if (!named.length) continue;
    const clause = clauseAt(s, r.index);
    if (/\b(told|informed|warned|advised|written to|contacted|criticised|urged)\s*$/.test(masked.slice(Math.max(s.start, r.index - 20), r.index))) continue;
    const cands = eventsFor(ctx, s, partner ? s : clause, r.index)
      .filter((c) => (partner ? c.e.partners : c.e.agents).length)
      .filter((c) => c.cuePos.some((p) => p < r.index && r.index - p <= (partner ? 160 : 45)));
    if (!cands.length) continue;
    // the event whose cue is nearest
    let best = cands[0];
    let bestDist = Infinity;
    for (const c of cands) for (const p of c.cuePos) {
      const dist = Math.abs(p - r.index);
      if (dist < bestDist) { bestDist = dist; best = c; }
    }
    reportWrongOrganisations(ctx, best.e, named, partner);
  }
}
