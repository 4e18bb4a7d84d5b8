/**
 * A Q&A answer read with its question. "Who is Jane Doe?" answered "The MP for Anytown." claims that Jane Doe is
 * the MP for Anytown, but the answer alone names no one. The answer is checked with words made from the question
 * inserted before it, so that it reads as the claim it makes:
 *
 * - "Who is/was X?"           → "X, " + answer             (an appositive: "Jane Doe, The MP for Anytown.")
 * - "Who chairs/leads/heads X?" → "The chair of X, " + answer
 * - "Who said '…'?"           → "'…' said " + answer       (a quotation with its speaker after it)
 *
 * Other questions ("Which …?", "Who is in charge of …?", "What …?") are left alone: an answer is read as it stands.
 * Only the first block after a question is its answer; findings on the inserted words are dropped or moved (unframe).
 * The same frames lend a paragraph whose quotation is given to "he" or "she" the name of the person the paragraph
 * before it names (pronounFrames).
 */
import { BODY_HEADS, DENIAL_OPENS, POST_VERBS, ROLE_WORDS, SPEECH_VERBS } from '../lexicon';
import { fold } from './fold';
import { inQuotedLine } from './document';
import type { Block, TextPart } from './document';

/** Words inserted into a block's prose at `at` before it is checked. */
export interface AnswerFrame {
  at: number;
  insert: string;
  /** Where the answer's first phrase ends ("Cllr Jane Doe" of "Cllr Jane Doe, the Labour …"). */
  headEnd: number;
  /** The question asks in the past tense ("Who led …?", "Who was …?"): the answer claims nothing about now. */
  past: boolean;
  /** No words lent: the block is a quotation set off as a block, its words read as one (blockQuotationFrames). */
  quotation?: boolean;
  /** The block after it opens by denying it (deniedFrames): what it tells is reported, not claimed. */
  denied?: boolean;
  /**
   * A table's row (or a data file's record) with a column of bodies ("Council", "Area"): the body its cell in that
   * column names ("Norfolk"), whom what the row tells is about (rowFrames).
   */
  about?: string;
  /**
   * A block under a heading that names a body and nothing more ("### Devon County Council", "## Somerset"): that name,
   * whom what the section tells is about, if the checks know it as a body (rowFrames).
   */
  section?: string;
  /** Of such a row: the index of its column of grades ("Ofsted grade", "Rating"), whose cells are grades told (rowFrames). */
  graded?: number;
  /**
   * A block under a headline (the outermost heading) that names another place than the story's own ("# Torbay's
   * children's services upgraded …"): that heading. What a block naming no place tells may be that place's (rowFrames).
   */
  headline?: string;
}

/** Findings of these kinds pair what the question asks about with what the answer gives: one that stands on the
 * inserted words alone ("Who chairs X?" answered with the wrong person) is moved to the answer's first phrase. */
const PAIRING_KINDS = new Set(['role', 'attribution', 'outdated']);

/** The past tenses of the question's verbs. */
const PAST_VERBS = /^(?:who\s+(?:was|were|led|chaired|headed)|what\s+was)\b/i;

/** A question's or an answer's label ("Q:", "A:", "Question.", "Q3."). */
const LABEL = /^[ \t]*(?:(?:Q|Question)[ \t]*\d{0,2}|A|Answer)[ \t]*[:.][ \t]*/;
const WHO_IS = /^who\s+(?:is|was)\s+(.+?)\s*\?$/i;
const WHO_POST = new RegExp(`^who\\s+(${Object.keys(POST_VERBS).join('|')})\\s+(.+?)\\s*\\?$`, 'i');
const WHO_SAID = new RegExp(`^who\\s+(${SPEECH_VERBS.join('|')})\\s+(.+?)\\s*\\?$`, 'i');
/** "What is X's job?", "What was X's post before she left?": a post asked of a named person (group 1). */
const WHAT_POST = /^what\s+(?:is|was)\s+(.+?)['\u2019]s?\s+(?:job|post|role|title|position)\b[^?]*\?$/i;
/** The word every framed question opens with (WHO_IS, WHO_POST, WHO_SAID, WHAT_POST; WHEN_DID, WARD_DID, RATING_DID, HOW_LONG). */
const WHO_WORD = /\b(?:who|what|when|which|how)\b/i;
/** A quotation mark (straight or curly, single or double). */
const QUOTE_MARK = /["\u201c\u201d\u2018]|(?:^|\s)'/;
/** A noun phrase the writer asks about: a name or a phrase led by an article or a possessive ("Devon's …"). */
const NOUN_PHRASE = /^(?:the\s|a\s|an\s|[A-Z])/;

/** The words to insert before the answer to `question` (its prose, label and all), or undefined. */
export function questionFrame(question: string): string | undefined {
  // (every frame's question opens with "who": others are let go before the label is cut and three patterns tried —
  // a profile of one-word edits showed this, for every question of the draft, as half of answerFrames)
  if (!WHO_WORD.test(question)) return undefined;
  const q = askedSentence(plainQuestion(question));
  const said = WHO_SAID.exec(q);
  if (said) return QUOTE_MARK.test(said[2]) ? `${said[2]} ${said[1].toLowerCase()} ` : undefined;
  const post = WHO_POST.exec(q);
  if (post) return `The ${POST_VERBS[post[1].toLowerCase()]} of ${post[2]}, `;
  const is = WHO_IS.exec(q) ?? WHAT_POST.exec(q);
  if (is && NOUN_PHRASE.test(is[1]) && !QUOTE_MARK.test(is[1])) return `${is[1]}, `;
  // (and the questions a quiz asks of the past: "When did …?", "Which ward did X represent?", "What rating did X get?")
  return didFrame(q);
}

function plainQuestion(question: string): string {
  return question.replace(LABEL, '').replace(/\s+/g, ' ').trim();
}

/** A sentence that leads into the question ("In 2022 X chaired the group. Which ward did she represent?"). */
const LEAD_SENTENCE = /^(.*?[a-z0-9)'\u2019][.!])\s+(?=(?:who|what|when|which|how|in\s+which|in\s+what)\b)/i;
/** A person a lead sentence names with a title ("Cllr Su Aves", "Dr Jo Bloggs"). */
const TITLED_NAME = /\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}/g;

/**
 * The question itself, without a sentence that leads into it; its "he" or "she" is the one person the lead sentence
 * names with a title ("In 2022 Cllr X chaired the group. Which ward did she represent?" asks X's ward).
 */
function askedSentence(q: string): string {
  const lead = LEAD_SENTENCE.exec(q);
  if (!lead) return q;
  const asked = q.slice(lead[0].length);
  const names = lead[1].match(TITLED_NAME);
  return names && names.length === 1 ? asked.replace(/\b(?:he|she)\b/, names[0]) : asked;
}

/** A block's own opening question line ("**Who is X?**" with the answer on the next line): its length, or 0. */
// (the line break may be read as spaces: a bold question line's marks blanked, a hard-wrapped paragraph's lines joined)
const OWN_QUESTION = /^[ \t]*(?:(?:Q|Question)[ \t]*\d{0,2}[ \t]*[:.][ \t]*)?(?:who|when|which|what|how)\b[^\n?]*\?(?:[ \t]*\n|[ \t]{2,})/i;

/**
 * The frame of each block that answers a question: the first block after a question (its context's), or a block
 * whose first line is the question. The insert goes after the answer's label ("A: ").
 */
export function answerFrames(blocks: readonly Block[], text: string, asked?: Asked[]): (AnswerFrame | undefined)[] {
  const out: (AnswerFrame | undefined)[] = new Array(blocks.length);
  let lastQuestion: Asked;
  for (let i = 0; i < blocks.length; i++) {
    asked?.push(lastQuestion);
    lastQuestion = answerFrame(blocks[i], text, lastQuestion, out, i);
  }
  asked?.push(lastQuestion);
  return out;
}

/** The question whose words were last lent to an answer. */
type Asked = TextPart | undefined;

/** Sets out[i] to block b's frame, if it has one; returns the question last lent (lastQuestion then). */
function answerFrame(b: Block, text: string, lastQuestion: Asked, out: (AnswerFrame | undefined)[], i: number): Asked {
  out[i] = undefined;
  const prose = b.masked ?? text.slice(b.start, b.end);
  const own = b.kind === 'paragraph' || b.kind === 'item' ? OWN_QUESTION.exec(prose) : null;
  let question: string | undefined, at = 0;
  if (own) {
    question = own[0];
    at = own[0].length;
  } else if (b.context.question && (b.context.question !== lastQuestion || markedOption(b, prose)) && b.kind !== 'heading') {
    question = b.context.question.text;
    lastQuestion = b.context.question;
  }
  if (question === undefined) return lastQuestion;
  const insert = questionFrame(question);
  // ("Which department sent the council its letter?" answered "The Department for X.": the answer's head did it)
  const did = insert === undefined ? WHO_DID.exec(askedSentence(plainQuestion(question))) : null;
  if (insert === undefined && !did) return lastQuestion;
  at += LABEL.exec(prose.slice(at))?.[0].length ?? 0;
  // (a multiple choice's option answers only when marked as the right one: "a) Cllr X — Correct.")
  const option = OPTION_LEAD.exec(prose.slice(at));
  if (option) {
    if (!markedOption(b, prose)) return lastQuestion;
    at += option[0].length;
  }
  // the answer starts with words (not a blank line, a list or a table)
  const lead = /^[ \t]*/.exec(prose.slice(at))![0].length;
  if (!/^[\p{L}\p{N}'"\u2018\u201c]/u.test(prose.slice(at + lead))) return lastQuestion;
  // (a multiple choice's options, "a) Carol Whitton   b) Su Aves", answer nothing)
  if (OPTIONS.test(prose.slice(at + lead))) return lastQuestion;
  at += lead;
  const head = /[,.;:(\n]/.exec(prose.slice(at));
  const headEnd = head ? at + head.index : prose.length;
  if (did) {
    // (a quiz's short answer only: a sentence of its own tells more than who did it)
    if (headEnd - at <= SHORT_ANSWER && !/\S/.test(prose.slice(headEnd + 1, at + SHORT_ANSWER).replace(/[*_.]/g, ''))) out[i] = { at: headEnd, insert: ` ${did[1]}`, headEnd, past: true };
    return lastQuestion;
  }
  out[i] = { at, insert: insert!, headEnd, past: PAST_VERBS.test(plainQuestion(question)) || /\bdid\b/i.test(question) };
  return lastQuestion;
}

/** The longest answer read as only who did what a question asks ("The Department for Education."). */
const SHORT_ANSWER = 60;

/** A multiple choice's option letter opening a line: "a) ", "(b) ", "C. ". */
const OPTION_LEAD = /^[ \t]*\(?[a-eA-E][).][ \t]+/;
/** A mark that says an option is the right answer: "— Correct", ": right", "✓", "(correct answer)". */
const RIGHT_MARK = /(?:[\u2013\u2014:-]|\()[\s*_]*(?:correct|right|true|yes)\b|[\u2713\u2714\u2705]/i;

/** Is the list item an option of a multiple choice marked as the right answer? */
function markedOption(b: Block, prose: string): boolean {
  return b.kind === 'item' && OPTION_LEAD.test(prose) && RIGHT_MARK.test(prose);
}

/** Lettered options: "a) … b) …", "(a) … (b) …", "A. … B. …" on one line. */
const OPTIONS = /^\(?[aA][).][ \t]+[^\n]*?[ \t]\(?[bB][).][ \t]/;

/** A heading or a line of its own that opens an answer key ("## Answers", "**Answers**", "Answers:"). */
// (with an aside of its own in brackets: "ANSWERS (fold this bit under!)")
const ANSWERS_HEAD = /^[\s*_#]*answers?(?:[ \t]*\([^()\n]{1,40}\))?[\s*_:.]*$/i;
/** A number leading a question or an answer ("**4.**", "4)", "Q4."), in the block's prose or before it on its line. */
const NUMBER_LEAD = /^[ \t]*(?:Q[ \t]*)?(\d{1,2})[.)][ \t]+/;
const NUMBER_BEFORE = /(\d{1,2})[.)][ \t]*$/;

/** Does a block open an answer key? */
function answersHead(b: Block, text: string): boolean {
  return (b.kind === 'heading' || b.kind === 'paragraph') && b.end - b.start <= 64 && ANSWERS_HEAD.test(b.masked ?? text.slice(b.start, b.end));
}

/** A block's number ("4" of "**4.** What …?" or of a list item "4. …"), and where its words start in its prose. */
function numbered(b: Block, text: string): { n: string; at: number } | undefined {
  if (b.kind !== 'paragraph' && b.kind !== 'item') return undefined;
  const prose = b.masked ?? text.slice(b.start, b.end);
  const own = NUMBER_LEAD.exec(prose);
  if (own) return { n: own[1], at: own[0].length };
  if (b.kind !== 'item') return undefined;
  const line = text.lastIndexOf('\n', b.start - 1) + 1;
  const before = NUMBER_BEFORE.exec(text.slice(line, b.start));
  return before ? { n: before[1], at: 0 } : undefined;
}

/**
 * A quiz's answer key, apart from its questions: the numbered blocks after an "Answers" heading or line each answer the
 * numbered question above it with the same number ("**4.** What is X's job?" … "4. The MP for Anytown."), framed as
 * an answer right after its question is. Only blocks with no frame of their own take one. Whether the document has a
 * key (then an edit works the frames out again in full).
 */
export function answerKeyFrames(blocks: readonly Block[], text: string, frames: (AnswerFrame | undefined)[]): boolean {
  const key = blocks.findIndex((b) => answersHead(b, text));
  if (key < 0) return false;
  const questions = new Map<string, string>();
  for (let i = 0; i < key; i++) {
    const num = numbered(blocks[i], text);
    const prose = blocks[i].masked ?? text.slice(blocks[i].start, blocks[i].end);
    if (num && /\?\s*$/.test(prose)) questions.set(num.n, prose.slice(num.at).trim());
  }
  for (let i = key + 1; i < blocks.length && blocks[i].kind !== 'heading'; i++) {
    const num = numbered(blocks[i], text);
    const question = num && !frames[i] ? questions.get(num.n) : undefined;
    if (!num || !question) continue;
    const prose = blocks[i].masked ?? text.slice(blocks[i].start, blocks[i].end);
    const head = /[,.;:(\n]/.exec(prose.slice(num.at));
    const headEnd = head ? num.at + head.index : prose.length;
    const insert = questionFrame(question);
    const plain = plainQuestion(question);
    // (a question of what someone did, "Which department sent the letter?", is framed as a quiz's bracketed answer is)
    frames[i] = insert === undefined ? quizFrame(askedSentence(plain), num.at, headEnd) : { at: num.at, insert, headEnd, past: PAST_VERBS.test(plain) };
  }
  return true;
}

/**
 * The frames of a document's blocks (answerFrames, then pronounFrames), kept to be worked out again after an edit
 * (DocumentCache.edit): for the blocks read again and the one after them (whose paragraph above may have changed),
 * when the question last lent after them is the one lent before the edit.
 */
export class DocumentFrames {
  readonly frames: (AnswerFrame | undefined)[];
  /** The question last lent before each block, and at the end (answerFrames' lastQuestion). */
  private readonly asked: Asked[] = [];

  /** The document has an answer key (answerKeyFrames): an edit anywhere may change an answer's frame. */
  private readonly keyed: boolean;

  /** The document has a column of corrections (correctionFrames): an edit to its heading changes the blocks' frames. */
  private readonly corrections: boolean;

  /** The document has statements to be judged (deniedFrames): an edit to their heading changes the blocks' frames. */
  private readonly judged: boolean;

  /**
   * `namesBody` says whether a heading's words name a body the checks know (a council's name, a place of the data's):
   * a section is marked only under such a heading (rowFrames); `namesElsewhere`, whether a headline names another place
   * than the story's own. The text layer knows no data; the engine lends them.
   */
  constructor(blocks: readonly Block[], text: string, private readonly namesBody: (heading: string) => boolean = () => true, private readonly namesElsewhere: (heading: string) => boolean = () => false) {
    this.frames = answerFrames(blocks, text, this.asked);
    pronounFrames(blocks, text, this.frames);
    profileFrames(blocks, text, this.frames);
    quizFrames(blocks, text, this.frames);
    blockQuotationFrames(blocks, text, this.frames);
    subjectFrames(blocks, text, this.frames, 1);
    this.corrections = correctionFrames(blocks, this.frames);
    this.keyed = answerKeyFrames(blocks, text, this.frames);
    this.judged = deniedFrames(blocks, text, this.frames);
    rowFrames(blocks, this.frames, 0, blocks.length, namesBody, namesElsewhere);
  }

  /** After DocumentCache.edit made blocks [from, to) in place of `removed`: false when the blocks after may take other frames. */
  edit(blocks: readonly Block[], text: string, { from, to, removed }: { from: number; to: number; removed: number }): boolean {
    // (a quiz's answer key pairs blocks far apart: worked out again in full, as is a key made by this edit — the blocks
    // outside [from, to) are the ones read before, which held none)
    if (this.keyed || this.corrections || this.judged || blocks.slice(from, to).some((b) => answersHead(b, text))) return false;
    const frames: (AnswerFrame | undefined)[] = new Array(to - from);
    const asked: Asked[] = [];
    let last = this.asked[from];
    for (let i = from; i < to; i++) {
      asked.push(last);
      last = answerFrame(blocks[i], text, last, frames, i - from);
    }
    if (last !== this.asked[from + removed] && to < blocks.length) return false;
    this.frames.splice(from, removed, ...frames);
    this.asked.splice(from, removed, ...asked);
    this.asked[to] = last;
    // the block after: its own frame again (it may have taken the pronoun's from the paragraph above)
    if (to < blocks.length) answerFrame(blocks[to], text, last, this.frames, to);
    pronounFrames(blocks, text, this.frames, Math.max(1, from), Math.min(to + 1, blocks.length));
    profileFrames(blocks, text, this.frames, Math.max(0, from), Math.min(to + 1, blocks.length));
    quizFrames(blocks, text, this.frames, Math.max(0, from), Math.min(to + 1, blocks.length));
    blockQuotationFrames(blocks, text, this.frames, Math.max(0, from), Math.min(to + 1, blocks.length));
    subjectFrames(blocks, text, this.frames, Math.max(1, from), Math.min(to + 1, blocks.length));
    // (a heading of corrections made by this edit: its blocks' frames are worked out in full)
    if (correctionFrames(blocks, this.frames, from, Math.min(to + 1, blocks.length))) return false;
    // (the block before the edit may be denied by its first block now, or no longer)
    // (a heading of statements made by this edit: its blocks' frames are worked out in full)
    if (deniedFrames(blocks, text, this.frames, Math.max(0, from - 1), Math.min(to + 1, blocks.length))) return false;
    // (a row's or a section's body is read from the block's own context, which the edit read again wherever it changed)
    rowFrames(blocks, this.frames, from, Math.min(to + 1, blocks.length), this.namesBody, this.namesElsewhere);
    return true;
  }
}

/** A heading over a column of corrections ("Corrections and clarifications", "Correction"). */
const CORRECTIONS_HEADING = /\b(?:corrections?|clarifications?)\b/i;

/**
 * A block under a heading of corrections is one: it is checked with the word lent before it, so that what it reports
 * an article said is read as the error it corrects (check/corrections.ts), as in a paragraph that says so itself.
 * Returns whether any block of [from, to) stands under such a heading.
 */
export function correctionFrames(blocks: readonly Block[], frames: (AnswerFrame | undefined)[], from = 0, to = blocks.length): boolean {
  let any = false;
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (b.kind === 'heading' || b.kind === 'row' || !b.context.headings.some((h) => CORRECTIONS_HEADING.test(h.text))) continue;
    any = true;
    frames[i] ??= { at: 0, insert: 'Correction.\n\n', headEnd: 0, past: false };
  }
  return any;
}

/** The prose to check for a framed block. */
export function framedText(prose: string, frame: AnswerFrame): string {
  return prose.slice(0, frame.at) + frame.insert + prose.slice(frame.at);
}

/**
 * A framed block's findings (or confirmations) in the block's own offsets: those on the inserted words alone are
 * dropped (a pairing finding is moved to the answer's first phrase), those reaching into them are cut at them.
 */
export function unframe<T extends { start: number; end: number; kind?: string }>(items: T[], frame: AnswerFrame): T[] {
  const { at } = frame;
  const len = frame.insert.length;
  const out: T[] = [];
  for (const x of items) {
    // a question in the past tense: a finding that the post is no longer held, on the lent words or the answer's first
    // phrase ("Who was the council leader when …?" answered "Council leader X"), is about that time, not now
    if (frame.past && x.kind === 'outdated' && x.start < Math.max(at, frame.headEnd) + len && x.end > at) continue;
    const inStart = x.start >= at && x.start < at + len;
    const inEnd = x.end > at && x.end <= at + len;
    if (inStart && (inEnd || x.end === x.start)) {
      if (x.kind && PAIRING_KINDS.has(x.kind) && frame.headEnd > at) out.push({ ...x, start: at, end: frame.headEnd });
      continue;
    }
    const start = x.start < at ? x.start : Math.max(at, x.start - len);
    const end = x.end <= at ? x.end : Math.max(at, x.end - len);
    if (end <= start && x.end !== x.start) continue;
    out.push(start === x.start && end === x.end ? x : { ...x, start, end });
  }
  return out;
}

/** 'he said', 'she told the meeting', '"…," he wrote': a quotation's speaker given only by a pronoun. */
const PRONOUN_SPEECH = new RegExp(`\\b(?:he|she)\\s+(?:has\\s+|had\\s+|also\\s+)?(?:${SPEECH_VERBS.join('|')})\\b|\\b(?:${SPEECH_VERBS.join('|')})\\s+(?:he|she)\\b`, 'i');
const OPENS_WITH_QUOTE_OR_PRONOUN = /^[ \t]*(?:["\u201c]|(?:he|she)\b)/i;
/** A quotation in straight or curly double marks, taken out before looking for a name. */
const QUOTED = /["\u201c][^"\u201d]*["\u201d]/g;
/** A name: capitalised words in a row, or a title and one ("Cllr Hart"). */
const W = "[A-Z][a-z'\u2019-]+(?:[A-Z][a-z'\u2019-]+)*"; // a capitalised word, "MacAlister" and "O'Neill" too
const NAMES = new RegExp(`\\b(?:(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\\.?\\s+${W}(?:\\s+${W})*|${W}(?:\\s+${W})+)`);
/** A body's name, not a person's ("Devon County Council"). */
const BODY = new RegExp(`\\s(?:${BODY_HEADS.join('|')})$`, 'i');
/** Someone the pronoun may stand for who is not named: "a spokesman", "the minister", "one parent". */
const UNNAMED = new RegExp(`\\b(?:${[...ROLE_WORDS, 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'inspector', 'officer', 'parent', 'mother', 'father', 'man', 'woman'].join('|')})\\b`, 'i');

/**
 * A paragraph whose quotation is given to "he" or "she" before it names anyone or anybody ('"…," he said.'): it is
 * checked with the name of the one person the paragraph before it names lent in front ("Andrew Leadbetter. "), so
 * that the pronoun can refer back to them. Only the name is lent (no dates, posts or quotations that could change
 * what the paragraph's own words are read as); after a paragraph naming two people, the pronoun is still nobody's.
 * Asked of blocks [from, to) (all but the first, unless told).
 */
export function pronounFrames(blocks: readonly Block[], text: string, frames: (AnswerFrame | undefined)[], from = 1, to = blocks.length): void {
  for (let i = from; i < to; i++) {
    const b = blocks[i], prev = blocks[i - 1];
    if (frames[i] || b.kind === 'heading' || b.kind === 'row' || prev.kind === 'heading' || prev.kind === 'row') continue;
    // (a numbered item's pronoun is its own entry's: "7. Exeter MP Steve Race.⏎8. 'About two years', which he said …"
    // answers another question)
    if (b.kind === 'item' && prev.kind === 'item' && NUMBERED_BEFORE.test(text.slice(text.lastIndexOf('\n', b.start - 1) + 1, b.start))) continue;
    const prose = b.masked ?? text.slice(b.start, b.end);
    // the paragraph opens with the quotation or with the pronoun ('"…," he said.', 'She said: "…"'); tested first, as
    // it is anchored: searching every paragraph for a pronoun and a speech verb was half a millisecond of each edit
    if (!OPENS_WITH_QUOTE_OR_PRONOUN.test(prose) || !/["\u201c\u201d]/.test(prose)) continue;
    const said = PRONOUN_SPEECH.exec(prose);
    if (!said) continue;
    const before = prose.slice(0, said.index).replace(QUOTED, ' ');
    if (NAMES.test(before) || UNNAMED.test(before)) continue;
    // one person named there (a name the sources do not know would be invisible to the pronoun's reading)
    const names = [...new Set((prev.masked ?? text.slice(prev.start, prev.end)).replace(QUOTED, ' ').match(new RegExp(NAMES.source, 'g')) ?? [])].filter((n) => !BODY.test(n));
    if (names.length === 1) frames[i] = { at: 0, insert: `${names[0]}.\n\n`, headEnd: 0, past: false };
  }
}

/** A numbered list item's marker before its text ("8. ", "  12) "). */
const NUMBERED_BEFORE = /^[ \t>]*\d{1,3}[.)][ \t]*$/;

/** A card's first line: a name in bold and nothing else (in the writer's text). */
const BOLD_NAME_LINE = /^[ \t]*(?:\*\*|__)([^*_\n]{3,40})(?:\*\*|__)[ \t]*\r?\n/;

/** profileFrames for a card that opens with its name in bold on a line of its own, then a lead. */
function cardFrame(b: Block, text: string, frames: (AnswerFrame | undefined)[], i: number): void {
  // (the block starts after the bold's opening marks: its line is read from the line's start)
  const lineStart = text.lastIndexOf('\n', b.start - 1) + 1;
  const own = BOLD_NAME_LINE.exec(text.slice(lineStart, Math.min(b.end, lineStart + 64)));
  if (!own) return;
  const name = own[1].trim();
  if (!NAME_HEADING.test(name) || BODY.test(name)) return;
  const prose = b.masked ?? text.slice(b.start, b.end);
  const next = lineStart + own[0].length - b.start;
  const lead = PROFILE_LEAD.exec(prose.slice(next));
  if (!lead) return;
  const at = next + lead[0].length;
  const sep = PROFILE_VERB.test(prose.slice(at)) ? ' ' : ', ';
  frames[i] = { at, insert: `${name}${sep}`, headEnd: at + name.length, past: PAST_LEAD.test(lead[1]) };
}

/** A heading that is a person's name and nothing else ("### Su Aves", "## Cllr John Hart"). */
const NAME_HEADING = new RegExp(`^\\s*(?:(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\\.?\\s+${W}(?:\\s+${W}){0,2}|${W}(?:\\s+${W}){1,3})\\s*$`);
/** A profile's lead opening a block ("Then:", "Role:", "Role in 2022:"): a word, up to two more, a colon, a capital. */
const PROFILE_LEAD = /^[ \t]*([A-Z][a-z]+(?: [a-z0-9]+){0,2}):[ \t]+(?=[A-Z])/;
/** A profile's value that opens with a verb of holding or leaving a post: the lent name is its subject. */
const PROFILE_VERB = /^(?:Had|Has|Was|Is|Left|Became|Becomes|Served|Serves|Quit|Resigned|Stepped|Stood|Remains|Remained)\b/;
/** Leads that set the profile in the past. */
const PAST_LEAD = /^(?:then|was|before|previously|formerly)\b|\b(?:19|20)\d\d$/i;

/**
 * A profile card: a block right under a heading that is a person's name, opening with a lead ("**Then:** Labour
 * councillor for …"). Its words describe the person the heading names, with no name of their own: it is checked with
 * the name lent after the lead as an appositive ("Then: Su Aves, Labour councillor for …").
 */
export function profileFrames(blocks: readonly Block[], text: string, frames: (AnswerFrame | undefined)[], from = 0, to = blocks.length): void {
  for (let i = Math.max(0, from); i < to; i++) {
    const b = blocks[i], prev = blocks[i - 1];
    if (frames[i] || b.kind === 'heading' || b.kind === 'row') continue;
    // a card whose own first line is the name in bold ("**John Hart**⏎Party and ward: Conservative, …")
    if (!prev || prev.kind !== 'heading') {
      cardFrame(b, text, frames, i);
      continue;
    }
    const prose = b.masked ?? text.slice(b.start, b.end);
    const lead = PROFILE_LEAD.exec(prose);
    if (!lead) continue;
    const name = (prev.masked ?? text.slice(prev.start, prev.end)).trim();
    if (!NAME_HEADING.test(name) || BODY.test(name)) continue;
    const at = lead[0].length;
    // a value that opens with a verb ("Then: Had recently left as …") has the name as its subject, not an appositive
    const sep = PROFILE_VERB.test(prose.slice(at)) ? ' ' : ', ';
    frames[i] = { at, insert: `${name}${sep}`, headEnd: at + name.length, past: PAST_LEAD.test(lead[1]) };
  }
}

/** A question and its answer in brackets at the end of its block: "6. Which councillor chaired X? (Carol Whitton)". */
const BRACKET_ANSWER = /^([^\n]*?\?)[ \t]*[([]([^()[\]\n?]{1,60})[)\]][ \t.]*$/;
/** A number or label opening a question ("10. ", "Q4) ", "Q: "). */
const QUESTION_LEAD = /^[ \t]*(?:(?:Q[ \t]*)?\d{1,2}[.):][ \t]+|(?:Q|Question)[ \t]*[:.][ \t]*)/i;
/** "Which councillor, chair of X, told …?", "Who chaired …?": a question of who or what did something (group 1: what they did). */
const WHO_DID = /^(?:who|(?:which|what)\s+(?:[a-z]+\s+)?[a-z]+)(?:\s*,[^,?]{1,80},)?\s+((?!(?:did|does|do|is|was|were|are|has|have|had)\b)[a-z][a-z'\u2019-]*(?:ed|old|aid|ote|ent|ad|an|ame|ook)\b.*)\?$/i;
/** "In which month and year did X rate Y?", "When did X …?": a question of when (group 1: the subject and what they did). */
const WHEN_DID = /^(?:when|(?:in\s+)?(?:which|what)\s+(?:month(?:\s+and\s+year)?|year|date|day))\s+did\s+(.+)\?$/i;
/** "Which ward did X represent …?": a question of a person's ward (group 1: the person and the rest). */
const WARD_DID = /^(?:which|what)\s+(?:ward|division|electoral\s+division)\s+did\s+(.+?)\s+represent\b.*\?$/i;
/** "How long has X been Y?": a question of how long a state has held (group 1: has or have; 2: the subject; 3: the state). */
const HOW_LONG = /^how\s+long\s+(has|have)\s+(.+?)\s+been\s+(.+)\?$/i;
/** "What rating did X receive at …?": a question of a grade (group 1: the subject, group 2: the rest). */
const RATING_DID = /^(?:which|what)\s+(?:rating|grade|judgement|judgment|verdict)\s+did\s+(.+?)\s+(?:receive|get|achieve|have|earn|win)\b(.*)\?$/i;

/**
 * A quiz line whose answer stands in brackets after its question (framed like an answer after its question): the
 * answer is read with words made from the question, so that it makes the claim it answers —
 * "Which councillor … told that cabinet '…'? (X)" as "X told that cabinet '…'", "In which month and year did Ofsted
 * rate Devon …? (March 2020)" as "Ofsted did rate Devon … in March 2020", "Which ward did X represent in 2022?
 * (Kingsbridge)" as "X, councillor for Kingsbridge", "What rating did X receive at its July 2022 inspection? (Good)"
 * as "at its July 2022 inspection, X was rated Good". The questions ask of the past: their answers claim nothing about now.
 */
export function quizFrames(blocks: readonly Block[], text: string, frames: (AnswerFrame | undefined)[], from = 0, to = blocks.length): void {
  for (let i = Math.max(0, from); i < to; i++) {
    const b = blocks[i];
    if (frames[i] || (b.kind !== 'paragraph' && b.kind !== 'item')) continue;
    const prose = b.masked ?? text.slice(b.start, b.end);
    // (tested first: most blocks hold no question mark before a closing bracket at their end)
    if (!/\?[ \t]*[([][^\n]*[)\]][ \t.]*$/.test(prose)) continue;
    const r = BRACKET_ANSWER.exec(prose);
    if (!r) continue;
    const lead = QUESTION_LEAD.exec(r[1])?.[0].length ?? 0;
    const q = r[1].slice(lead).replace(/\s+/g, ' ').trim();
    // (the pattern reads the whole block: the answer's words stand right after the question and its bracket)
    const answer = r[2].trim();
    const at = prose.indexOf(answer, r[1].length);
    const head = /[,;:\u2013\u2014]|\s-\s/.exec(answer);
    const headEnd = at + (head ? head.index : answer.length);
    frames[i] = quizFrame(q, at, headEnd);
  }
}

/** The frame of a quiz question q answered at [at, headEnd) (see quizFrames), if its form is one read. */
function quizFrame(q: string, at: number, headEnd: number): AnswerFrame | undefined {
  const did = WHO_DID.exec(q);
  if (did) return { at: headEnd, insert: ` ${did[1]}`, headEnd, past: true };
  const insert = didFrame(q);
  return insert === undefined ? undefined : { at, insert, headEnd, past: true };
}

/** The words to insert before the answer to a question of the past (WHEN_DID, WARD_DID, RATING_DID, HOW_LONG). */
function didFrame(q: string): string | undefined {
  const when = WHEN_DID.exec(q);
  if (when) return `${didSaid(when[1])} in `;
  const ward = WARD_DID.exec(q);
  if (ward) return `${ward[1]}, councillor for `;
  const rating = RATING_DID.exec(q);
  if (rating) return `${rating[2].trim() ? `${rating[2].trim()}, ` : ''}${rating[1]} was rated `;
  // ("How long has the service been rated 'inadequate'?" answered "Since …": the state has held since then)
  const long = HOW_LONG.exec(q);
  if (long) return `${long[2]} ${long[1].toLowerCase()} been ${long[3]} `;
  return undefined;
}

/** "Ofsted rate Devon …" as "Ofsted did rate Devon …": the subject, "did", and the rest (the subject ends before its verb). */
function didSaid(words: string): string {
  // the verb is the first word in lower case after a capitalised subject, or the subject is one word ("it", "they")
  const m = /^((?:[A-Z][\w'\u2019-]*(?:\s+|$))+|(?:the|a|an|its|their|[a-z]+'s)\s+(?:[a-z'\u2019-]+\s+){0,3}?(?=[a-z]+\s))(.*)$/.exec(words);
  return m ? `${m[1].trim()} did ${m[2]}` : words;
}

/** Any quotation mark a quotation of its own would open with. */
const ANY_QUOTE_MARK = /["\u201c\u201d\u2018\u00ab\u00bb]/;

/**
 * A paragraph set off as a block quotation ("> Devon's performance is poor, …") with no quotation marks of its own
 * and six words at least: its words are read as one quotation, as a line under a speaker's label is (check/quotes.ts),
 * so a document quoted at length is compared with what the sources quote. Nothing is lent; the block's claims are
 * read as ever.
 */
export function blockQuotationFrames(blocks: readonly Block[], text: string, frames: (AnswerFrame | undefined)[], from = 0, to = blocks.length): void {
  for (let i = Math.max(0, from); i < to; i++) {
    const b = blocks[i];
    if (frames[i] || b.kind !== 'paragraph') continue;
    if (!inQuotedLine(text, b.start)) continue;
    const prose = b.masked ?? text.slice(b.start, b.end);
    if (ANY_QUOTE_MARK.test(prose) || (prose.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 6) continue;
    frames[i] = { at: 0, insert: '', headEnd: 0, past: false, quotation: true };
  }
}

/**
 * A paragraph, item or quotation whose next block opens by denying it ("> Our services have been inadequate since
 * 2019.⏎⏎[Note: Wrong year. …]", a caller's claim and then "FACT CHECK: Not quite."): what it tells is reported in
 * order to be put right, not claimed; so do a quiz's statements to be judged, under "True or false?". Asked of blocks
 * [from, to); a frame set before is given the mark or loses it. Returns whether any block is such a statement.
 */
export function deniedFrames(blocks: readonly Block[], text: string, frames: (AnswerFrame | undefined)[], from = 0, to = blocks.length): boolean {
  let judged = false;
  // (the paragraph a list stands under: found once for the first block, then carried from block to block)
  let lead = listLead(blocks, text, from);
  for (let i = from; i < to; i++) {
    const b = blocks[i], next = blocks[i + 1];
    // (and an item under a heading, or a line introducing its list, that sets statements to be judged or not to be
    // made: "True or false?", "Fact or fiction", "Do not say")
    const heading = b.context.headings[b.context.headings.length - 1];
    const statement = b.kind === 'item' && ((!!heading && STATEMENTS_HEADING.test(heading.text)) || (!!lead && STATEMENTS_LEAD.test(lead)));
    if (b.kind !== 'item') lead = leadText(b, text);
    judged ||= statement;
    const denied = statement || (!!next && b.kind !== 'heading' && DENIAL_OPENS.test(fold((next.masked ?? text.slice(next.start, next.end)).slice(0, 120))));
    const f = frames[i];
    if (denied) frames[i] = f ? { ...f, denied: true } : { at: 0, insert: '', headEnd: 0, past: false, denied: true };
    else if (f?.denied) frames[i] = f.insert || f.quotation || f.past ? { ...f, denied: undefined } : undefined;
  }
  return judged;
}
/** How long a line introducing a list of statements may be. */
const LEAD_CHARS = 60;
/** A line introducing a list of statements not to be made: "D. DO NOT SAY", "Avoid saying:", "Common mistakes". */
const STATEMENTS_LEAD = /^[^a-z]*(?:[a-z][.)]\s+)?(?:do\s+not|don't|never)\s+(?:say|write|claim|report|repeat)\b|\b(?:avoid\s+(?:saying|writing)|common\s+(?:mistakes|errors|misconceptions)|mistakes\s+to\s+avoid|myths)\b/;

/** The paragraph that stands before the run of items `from` is in (undefined for none, or one too long to introduce it). */
function listLead(blocks: readonly Block[], text: string, from: number): string | undefined {
  let j = from - 1;
  // (a list is walked back once, up to a bound: a longer one's lead is not looked for)
  while (j >= 0 && blocks[j].kind === 'item' && from - j < 200) j--;
  return j >= 0 ? leadText(blocks[j], text) : undefined;
}

/** A block's folded words as a list's lead: a short paragraph's, else undefined. */
function leadText(b: Block, text: string): string | undefined {
  return b.kind === 'paragraph' && b.end - b.start <= LEAD_CHARS ? fold(b.masked ?? text.slice(b.start, b.end)) : undefined;
}

/** A heading over statements set to be judged. */
const STATEMENTS_HEADING = /\b(?:true\s+or\s+false|fact\s+or\s+(?:fiction|fake|myth)|myth\s+or\s+(?:fact|reality)|truth\s+or\s+lie|two\s+truths\s+and\s+a\s+lie|real\s+or\s+fake)\b/i;

/**
 * A table's column that lists bodies: its header says so ("Council", "Area", "Local authority", "council" in a
 * data file's header line).
 */
const BODY_COLUMN = /^[\s*_]*(?:(?:local\s+)?(?:authority|authorities|council|councils|area|areas|la|las|county|counties|borough|unitary|region|place)(?:\s+(?:area|name))?|name\s+of\s+(?:council|authority))[\s*_]*$/i;

/**
 * A row of a table with a column of bodies ("| Council | Control | Last Ofsted |" over "| Norfolk | … | Good (2024) |"):
 * what the row tells is about the body its cell in that column names, not the story's unless that cell names it —
 * a mark on the row's frame (`about`, or `section` under a heading naming a body) the checks ask. Asked of blocks
 * [from, to); a frame set before is given the mark or loses it.
 */
export function rowFrames(blocks: readonly Block[], frames: (AnswerFrame | undefined)[], from = 0, to = blocks.length, namesBody: (heading: string) => boolean = () => true, namesElsewhere: (heading: string) => boolean = () => false): void {
  for (let i = from; i < to; i++) {
    const b = blocks[i], f = frames[i];
    const { columns, cells, headings } = b.context;
    // (the first such column: "| Date | Council | … |" as well as "| Council | … |")
    const k = b.kind === 'row' && columns && cells && columns.length > 1 ? columns.findIndex((c) => BODY_COLUMN.test(c.text)) : -1;
    const about = k >= 0 ? cells![k]?.text.trim() || undefined : undefined;
    // (and its column of grades, if it has one: "| Council | Ofsted grade |")
    const g = about ? columns!.findIndex((c) => GRADE_COLUMN.test(c.text)) : -1;
    const graded = g >= 0 ? g : undefined;
    // (and a section under a heading that names a body alone: "### Birmingham City Council" over its fields)
    const heading = b.kind !== 'heading' ? headings[headings.length - 1]?.text : undefined;
    // (or names one first, more after a dash or colon: "## Plymouth City Council — Grade: B")
    const named = heading ? (BODY_HEADING.test(heading) ? heading : BODY_THEN_MORE.exec(heading)?.[1]) : undefined;
    const section = named && namesBody(named) ? named.trim() : undefined;
    // (and a headline over it that names another place: "# Torbay children's services upgraded …")
    const top = b.kind !== 'heading' ? headings[0]?.text : undefined;
    const headline = top && namesElsewhere(top) ? top.trim() : undefined;
    if (about || section || headline) frames[i] = { ...(f ?? { at: 0, insert: '', headEnd: 0, past: false }), about, section, graded, headline };
    else if (f?.about || f?.section || f?.headline) frames[i] = f.insert || f.quotation || f.past || f.denied ? { ...f, about: undefined, section: undefined, graded: undefined, headline: undefined } : undefined;
  }
}

/** A column of grades: its header names them ("Ofsted grade", "Rating", "Latest judgement"). */
const GRADE_COLUMN = /\b(?:grades?|ratings?|rated|judgements?|judgments?|verdict)\b/i;

/** A council's name as a heading opens with it ("Plymouth City Council"). */
const COUNCIL_NAME = String.raw`[\s*_]*(?:[A-Z][\w'\u2019&.-]*\s+){0,4}(?:(?:County|City|Borough|District|Metropolitan)\s+)?Council`;
/** A heading that names a council first, then more after a dash, colon or bracket (group 1 the council's name). */
const BODY_THEN_MORE = new RegExp(String.raw`^(${COUNCIL_NAME})[\s*_]*(?:[\u2014\u2013:|(]|\s-\s)`);
/** A heading that may name a body and nothing more: a council's name, or one to three capitalised words ("Devon", "North Somerset"). */
const BODY_HEADING = new RegExp(String.raw`^${COUNCIL_NAME}[\s*_]*$|^[\s*_]*[A-Z][a-z'\u2019-]+(?:\s+(?:&\s+)?[A-Z][a-z'\u2019-]+){0,2}[\s*_]*$`);

/** A block that opens with "It" or "They" and a verb: its subject is told before it. */
const PRONOUN_OPENS = /^[ \t]*(?:It|They)\s+(?:was|were|is|are|has|have|had)\b/;
/** A block that opens with a subject in capitals and its verb ("Somerset was rated …"): group 1, the subject. */
const NAMED_SUBJECT = /^[ \t]*([A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){0,2})[ \t]+(?:was|were|is|are|has|have|had)\b/;

/**
 * A list item or paragraph that goes on about the subject of the one before it with "It" or "They" ("- Somerset was
 * rated 'requires improvement' in 2015⏎- It was rated 'good' at its July 2022 inspection"): it is checked with that
 * subject lent before it as a sentence of its own ("Somerset. "), so that "It" refers back to it as it would in one
 * paragraph. Only a subject in capitals (a place's or a body's name) is lent. Asked of blocks [from, to).
 */
export function subjectFrames(blocks: readonly Block[], text: string, frames: (AnswerFrame | undefined)[], from = 1, to = blocks.length): void {
  for (let i = Math.max(1, from); i < to; i++) {
    const b = blocks[i], prev = blocks[i - 1];
    if (frames[i] || (b.kind !== 'item' && b.kind !== 'paragraph') || prev.kind !== b.kind) continue;
    if (!PRONOUN_OPENS.test(b.masked ?? text.slice(b.start, b.end))) continue;
    const r = NAMED_SUBJECT.exec(prev.masked ?? text.slice(prev.start, prev.end));
    if (r) frames[i] = { at: 0, insert: `${r[1]}. `, headEnd: 0, past: false };
  }
}
