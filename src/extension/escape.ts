/**
 * Markdown escaping for hover cards, free of the vscode API (so it can be tested anywhere). Every ASCII
 * punctuation character is backslash-escaped (CommonMark allows it for all of them), which leaves no way
 * for text from the data or a finding to open a link, an autolink, an image, HTML or emphasis.
 */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function esc(s: string): string {
  return escInline(oneLine(s));
}

/** Escapes like esc(), but keeps a space at either end (one space for any run of whitespace): for parts of a line. */
export function escInline(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

export interface DiffPartLike {
  op: 'same' | 'draft' | 'source';
  text: string;
}

/** A quotation diff: ~~words only in the draft~~, **words only in the source**, the rest plain. */
export function renderDiff(parts: readonly DiffPartLike[]): string {
  return parts
    .map((p) => {
      const t = esc(p.text);
      if (!t) return '';
      if (p.op === 'draft') return `~~${t}~~`;
      if (p.op === 'source') return `**${t}**`;
      return t;
    })
    .filter(Boolean)
    .join(' ');
}
