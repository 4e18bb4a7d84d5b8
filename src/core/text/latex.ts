/**
 * A block of LaTeX source pasted into a draft (a dissertation's chapter, an academic note): its prose as a reader of
 * the typeset page would read it, at the same offsets. Commands are blanked ("\section{", "\emph{" and their closing
 * brace), with what a citation, label or reference holds ("\cite{ldrs2022}"); a footnote's closing brace ends its
 * sentence; an escaped character is itself ("\&", "\%"); LaTeX's quotation marks and dashes are the typeset ones
 * ("``…''" → "“…”", "---" → "—"); an "\item" ends the item before it; a comment ("% …") is none of the prose.
 *
 * Example: "rated `inadequate' in 2020,\footnote{See \cite{x}.} and" → "rated ‘inadequate' in 2020,          See        .  and".
 */

/** What says a block is LaTeX: a command a document of it uses (its quotation marks alone are Markdown's code too). */
const LATEX = /\\(?:documentclass|usepackage|begin|end|chapter|section|subsection|paragraph|emph|textit|textbf|cite|citep|citet|footnote|label|ref|cref|item|url|href)\b/;
/** Commands whose argument is no prose: a citation's, a label's, a reference's key, a link's address. */
const KEY_COMMANDS = new Set(['cite', 'citep', 'citet', 'citeauthor', 'citeyear', 'label', 'ref', 'cref', 'pageref', 'eqref', 'url', 'includegraphics', 'bibliography', 'bibliographystyle', 'usepackage', 'documentclass', 'begin', 'end']);
/** A command with its options and its opening brace, if any (group 1 its name), at the start of the text asked. */
const COMMAND = /^\\([a-zA-Z]+)\*?(?:\[[^\]\n]*\])?(\{)?/;

/** LaTeX's quotation marks round words ("``What we found was shocking''"), which Markdown's code never closes so. */
const LATEX_QUOTES = /``[^`\n]+''/;

/** Is the text LaTeX source: does it use a command such a document uses, or LaTeX's quotation marks? */
export function isLatex(t: string): boolean {
  return (t.includes('\\') && LATEX.test(t)) || (t.includes('``') && LATEX_QUOTES.test(t));
}

/** The block's prose with its LaTeX read (see the module's comment), or undefined when it holds none. */
export function latexProse(t: string): string | undefined {
  if (!isLatex(t)) return undefined;
  const c = t.split('');
  // the braces opened by commands, to blank their closing ones: for each, whether it is a footnote's
  const open: ('footnote' | 'other' | 'plain')[] = [];
  for (let i = 0; i < c.length; i++) {
    const ch = t[i];
    if (ch === '\\') {
      const next = t[i + 1];
      if (next && /[&%$#_{}]/.test(next)) {
        // an escaped character is itself
        c[i] = ' ';
        i++;
        continue;
      }
      if (next === '\\') {
        c[i] = c[i + 1] = ' ';
        i++;
        continue;
      }
      const r = COMMAND.exec(t.slice(i, i + 120));
      if (!r) continue;
      const name = r[1];
      let end = i + r[0].length;
      if (r[2] && KEY_COMMANDS.has(name)) {
        // (its argument is a key: blanked with it, to the closing brace)
        const close = t.indexOf('}', end);
        end = close < 0 ? t.length : close + 1;
      } else if (r[2]) open.push(name === 'footnote' ? 'footnote' : 'other');
      for (let k = i; k < end; k++) if (c[k] !== '\n') c[k] = ' ';
      // (an item ends the item before it as a full stop would: "\item A⏎\item B")
      if (name === 'item' && /[^\s.!?:]\s*$/.test(t.slice(Math.max(0, i - 40), i))) c[i] = '.';
      i = end - 1;
    } else if (ch === '{') {
      open.push('plain');
      c[i] = ' ';
    } else if (ch === '}') {
      // a footnote's closing brace ends its words as a sentence ends
      c[i] = open.pop() === 'footnote' && !/[.!?]\s*$/.test(t.slice(Math.max(0, i - 3), i)) ? '.' : ' ';
    } else if (ch === '%') {
      // a comment, to the line's end
      const eol = t.indexOf('\n', i);
      for (let k = i; k < (eol < 0 ? t.length : eol); k++) c[k] = ' ';
      i = eol < 0 ? t.length : eol - 1;
    } else if (ch === '`') {
      // (an opening mark stands next to the word it opens; a closing one next to the word it closes)
      if (t[i + 1] === '`') {
        c[i] = ' ';
        c[i + 1] = '\u201c';
        i++;
      } else c[i] = '\u2018';
    } else if (ch === "'" && t[i + 1] === "'") {
      c[i] = '\u201d';
      c[i + 1] = ' ';
      i++;
    } else if (ch === '~') c[i] = ' ';
    else if (ch === '-' && t[i + 1] === '-') {
      const three = t[i + 2] === '-';
      c[i] = three ? '\u2014' : '\u2013';
      c[i + 1] = ' ';
      if (three) c[i + 2] = ' ';
      i += three ? 2 : 1;
    }
  }
  return c.join('');
}
