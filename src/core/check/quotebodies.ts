/**
 * A body as a quotation's speaker: an organisation ("Ofsted said: '…'", "'…,' the Department for Education said")
 * or a document ("the report said the council was '…'") made the subject of the speech verb, when the draft names no
 * person for the words. The quotation check weighs it against the bodies the sources allow the words (their
 * speaker's own council, department or party) and against who wrote what.
 */
import { Organisation } from '../data/schema';
import { Model, QuoteIndex } from '../model/model';
import { escapeRegExp } from '../text/words';

/** What the draft makes speak: an organisation, or a document's noun; where it stands. */
export interface BodySpeaker {
  org?: Organisation;
  document?: string;
  start: number;
  end: number;
}

/** The patterns that find a body speaking, built once per model. */
export interface BodyPatterns {
  /** Before the quotation (tested on the folded sentence up to its opening mark). */
  before: RegExp;
  /** After the quotation (tested on the folded text from its closing mark). */
  after: RegExp;
  /** A body named as a sentence's subject, saying, at the sentence's start (group 1): its quotations are the body's. */
  opening: RegExp;
  byPhrase: Map<string, Organisation>;
}

/** Verbs a body "says" words with. Not "told" or "asked", whose object is the listener ("Hart told Ofsted"). */
const BODY_VERBS = 'said|says|added|adds|stated|states|wrote|writes|warned|warns|concluded|concludes|insisted|responded|replied|argued|claimed|recognised|recognises|recognized|recognizes|acknowledged|acknowledges|noted|notes|observed';

/**
 * The model's bodies as draft text names them: each name or alias with a capital letter in it ("Ofsted", "the
 * Department for Education", "DCC"), not a common noun ("the council", "the department") that may mean any council
 * or department, longest first.
 */
export function bodyPatterns(m: Model): BodyPatterns {
  const byPhrase = new Map<string, Organisation>();
  for (const org of m.dataset.organisations) {
    for (const name of [org.name, ...org.aliases]) {
      const bare = name.replace(/^the\s+/i, '');
      if (!/[A-Z]/.test(bare)) continue;
      const phrase = bare.toLowerCase().replace(/[\u2018\u2019]/g, "'");
      if (phrase.length >= 3 && !byPhrase.has(phrase)) byPhrase.set(phrase, org);
    }
  }
  const alts = [...byPhrase.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // the subject right before its verb, then at most a short clause with no other quotation mark or sentence end
  // ('according to the Department for Education, "…"', 'in the words of Ofsted, "…"' and 'as the Commissioner('s
  // report) put it, "…"' name their speaker the same way)
  const before = new RegExp(`(?:^|[^\\w'-])(?:((?:the\\s+)?(?:${alts}|report|letter))\\s+(?:also\\s+|has\\s+|had\\s+|have\\s+)?(?:${BODY_VERBS})\\b[^"'.?!;]{0,80}|(?:according\\s+to|in\\s+the\\s+words\\s+of)\\s+((?:the\\s+)?(?:${alts}|report|letter))\\s*,?\\s*|\\bas\\s+((?:the\\s+)?(?:${alts}|report|letter))(?:'s\\s+(?:report|letter))?\\s+(?:put|puts|has\\s+put)\\s+it\\s*,?\\s*)$`);
  // a credit clause of its own: closed by a comma, a full stop or the paragraph's end (", Ofsted said." / ", said Ofsted,")
  const after = new RegExp(`^[\\s,'"-]*(?:((?:the\\s+)?(?:${alts}))\\s+(?:${BODY_VERBS})|(?:${BODY_VERBS})\\s+((?:the\\s+)?(?:${alts})))\\s*(?:[.,;]|$)`);
  const opening = new RegExp(`^[\\s*_"'“‘]*((?:the\\s+)?(?:${alts}))\\s+(?:also\\s+|has\\s+|had\\s+|have\\s+)?(?:${BODY_VERBS})\\b`);
  return { before, after, byPhrase, opening };
}

/** A message's addressee right before a name: "His letter to Devon County Council warned …" is the letter's writer's saying. */
export const ADDRESSED_TO = /\b(?:letter|message|email|e-mail|note|memo|reply|response|submission|statement)\s+(?:(?:addressed|sent|written)\s+)?to\s+(?:the\s+)?$/;

/** The body the draft makes say the quotation, if any: `before` is the folded sentence up to the opening mark
 * (starting at `beforeStart`), `after` the folded text from the closing mark (at `afterStart`). */
export function bodySpeaker(p: BodyPatterns, before: string, beforeStart: number, after: string, afterStart: number): BodySpeaker | undefined {
  const a = p.after.exec(after);
  if (a) {
    const name = a[1] ?? a[2];
    const at = afterStart + a.index + a[0].indexOf(name);
    return { org: p.byPhrase.get(name.replace(/^the\s+/, '')), start: at, end: at + name.length };
  }
  const b = p.before.exec(before);
  if (!b) return undefined;
  const name = b[1] ?? b[2] ?? b[3];
  const nameAt = b.index + b[0].indexOf(name);
  if (ADDRESSED_TO.test(before.slice(Math.max(0, nameAt - 40), nameAt))) return undefined;
  const at = beforeStart + nameAt;
  const bare = name.replace(/^the\s+/, '');
  const org = p.byPhrase.get(bare);
  return org ? { org, start: at, end: at + name.length } : { document: bare, start: at, end: at + name.length };
}

/**
 * Is the body the wrong speaker for a sourced quotation? An organisation is, when the sources list the bodies the
 * words may be given to and it is not among them. A document is, when a person said the words and that person wrote
 * none of the sourced documents (a minister's words may stand in his letter; a councillor's spoken words are in no
 * report).
 */
export function wrongBody(m: Model, qi: QuoteIndex, body: BodySpeaker): boolean {
  const sp = qi.quote.speaker;
  if (body.org) return sp.bodies !== undefined && !sp.bodies.includes(body.org.id);
  if (!sp.person) return false;
  return !m.quotes.some((x) => x.quote.speaker.document !== undefined && (x.quote.speaker.person === sp.person || x.quote.speaker.alsoRight.includes(sp.person!)));
}

/** How a body speaker reads in a finding: the organisation's name, or "the report". */
export function bodyName(body: BodySpeaker): string {
  return body.org ? body.org.name : `the ${body.document}`;
}
