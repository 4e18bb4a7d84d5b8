/**
 * Speaker labels of transcripts and scripts: a line that starts with a name (or a role, or "CLIP (Name)") and a
 * colon — "CLLR WHITTON: Please own this.", "Steve Race: …", "CLIP (Steve Race): “…”". What follows the colon is
 * that speaker's words. Who the label names is left to the checkers (they know the people).
 */

export interface SpeakerLabel {
  /** The line: where it starts and ends (before its line break). */
  lineStart: number;
  lineEnd: number;
  /** Where a name may stand in the label (inside the brackets of "CLIP (Name)"). */
  nameStart: number;
  nameEnd: number;
  /** The words after the colon. */
  speechStart: number;
}

/**
 * A label: optional list marker or bold, then up to five words of letters (capitalised; a title's full stop allowed),
 * or a word and a bracketed name, perhaps with where or to whom they spoke in a lower-case word ("Cllr Carol Whitton
 * at cabinet:", "Hart to reporters:"; not what they spoke on: "Race on the letter:"), then a colon and a space (or the
 * words' capital right after it, as a caption's voice tag reads: "Su Aves:What we found …"). Group 1: the label
 * words; group 2: a bracketed name.
 */
const LABEL = /^[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?((?:[A-Z][A-Za-z'’.-]*[ \t]+){0,4}[A-Z][A-Za-z'’-]*)(?:[ \t]*\(([^()\n]{2,60})\))?(?:[ \t]+(?:at|to)[ \t]+(?:the[ \t]+)?[a-z][a-z'’-]*)?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?:[ \t]+(?=\S)|(?=[A-Z"“‘]))/gm;

/**
 * A credit line: an optional cue word and dash, a name, a comma and up to seven words of role, perhaps a date, then a
 * colon ("CLIP — STEVE RACE, EXETER MP: …", "Su Aves, Labour councillor: …", "Su Aves, chair, 2022-12-14: …"), the cue in
 * square brackets as a broadcast script sets it ("[CLIP — JOHN HART, COUNCIL LEADER]: …", "[ACTUALITY – X, Dec 2022]: …").
 * Group 1: the name.
 */
const CREDIT = /^[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?\[?(?:[A-Z]+[ \t]+[—–-][ \t]+)?((?:[A-Z][A-Za-z'’.-]*[ \t]+){1,3}[A-Z][A-Za-z'’-]*),[ \t]+(?:[A-Za-z'’&-]+[ \t]+){0,6}(?:[A-Za-z'’&-]+|[A-Z][a-z]{2}[ \t]+\d{4})(?:,[ \t]+(?:\d{4}(?:-\d\d){0,2}|\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}))?\]?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(?=\S)/m;

/**
 * A screenplay's cue: a name in capitals alone on its line ("LEADBETTER", "CLLR CAROL WHITTON (CONT'D)", or with a
 * colon after it, "JOHN HART:"), over the lines its speaker says. Group 1: the name.
 */
const CUE_LINE = /^[ \t]*([A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]+){0,3})(?:[ \t]*\((?:CONT['\u2019]D|CONTINUED|V\.O\.|O\.S\.|O\.C\.)\))?[ \t]*:?[ \t]*$/;
/** LABEL asked of one line, without the global pattern's state. */
const LABEL_AT = new RegExp(LABEL.source);
/** A line of a screenplay's dialogue that is a direction only: "(beat)", "(glancing at Whitton)". */
const PARENTHETICAL = /^[ \t]*\([^()\n]*\)[ \t]*$/;

/**
 * The lines under a screenplay's cue at the paragraph's start, each a label of that name: a cue is no label unless the
 * paragraph goes on under it (a line in capitals alone is a heading's or a scene's: "CUT TO BLACK.").
 */
function cueLabels(text: string, out: SpeakerLabel[]): void {
  const nl = text.indexOf('\n');
  if (nl < 0) return;
  const cue = CUE_LINE.exec(text.slice(0, text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
  if (!cue) return;
  const nameStart = cue.index + cue[0].indexOf(cue[1]);
  for (let s = nl + 1; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const lineEnd = text.charCodeAt(e - 1) === 13 ? e - 1 : e;
    const line = text.slice(s, lineEnd);
    // (a line with a label or a credit of its own is that one's: "CALLOUTS⏎John Hart, then leader: '…'" is a list's)
    if (line.trim() && !PARENTHETICAL.test(line) && !LABEL_AT.test(line) && !CREDIT.test(line)) out.push({ lineStart: s, lineEnd, nameStart, nameEnd: nameStart + cue[1].length, speechStart: s + line.length - line.trimStart().length });
    s = e + 1;
  }
}

/** Every speaker label of a paragraph (text and its fold have the same offsets). */
export function speakerLabels(text: string): SpeakerLabel[] {
  const out: SpeakerLabel[] = [];
  // most paragraphs have no colon at all
  if (text.indexOf(':') < 0) {
    cueLabels(text, out);
    return out;
  }
  LABEL.lastIndex = 0;
  for (let r = LABEL.exec(text); r !== null; r = LABEL.exec(text)) {
    const lineStart = r.index;
    // (a caption's voice tag, its words right after the colon, speaks to the end of its cue: "Su Aves:What we found
    // was shocking.⏎We are one of …")
    const voice = r[0].endsWith(':');
    let lineEnd = voice ? text.length : text.indexOf('\n', lineStart + r[0].length);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    // the bracket holds the name after a cue word ("CLIP (Steve Race)"); after a name it is a note ("STEVE RACE
    // (statement, read by actor)", "Hart (archive)")
    const bracketName = r[2] !== undefined && !/\s/.test(r[1]) && /^[A-Z]/.test(r[2]);
    const nameStart = bracketName ? r.index + r[0].indexOf('(') + 1 : r.index + r[0].indexOf(r[1]);
    const nameEnd = nameStart + (bracketName ? r[2] : r[1]).length;
    // (the cue's words end where another label's line starts)
    const prev = out[out.length - 1];
    if (prev && prev.lineEnd > lineStart) prev.lineEnd = Math.max(prev.speechStart, lineStart - (text.charCodeAt(lineStart - 2) === 13 ? 2 : 1));
    out.push({ lineStart, lineEnd, nameStart, nameEnd, speechStart: r.index + r[0].length });
    if (LABEL.lastIndex <= r.index) LABEL.lastIndex = r.index + 1;
  }
  cueLabels(text, out);
  // (asked once without state first, as few paragraphs hold a credit line; then a global copy for the match-all: the
  // code-shape test counts stateful patterns)
  if (!CREDIT.test(text)) return out;
  for (const r of text.matchAll(new RegExp(CREDIT.source, 'gm'))) {
    if (out.some((x) => x.lineStart === r.index)) continue;
    let lineEnd = text.indexOf('\n', r.index + r[0].length);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const nameStart = r.index + r[0].indexOf(r[1]);
    out.push({ lineStart: r.index, lineEnd, nameStart, nameEnd: nameStart + r[1].length, speechStart: r.index + r[0].length });
  }
  return out;
}
