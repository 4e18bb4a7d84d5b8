/**
 * A source article laid out to be read, free of the vscode API (tested in test/unit): the headline, then
 * outlet, reporter and date, then each paragraph on a line of its own with a blank line between
 * paragraphs. The editor wraps the lines at 90 columns or the window's width, whichever is narrower (the
 * `devon-source` language's defaults in package.json): a line broken here would break again in a narrow
 * window. A paragraph keeps its length, so any offset into the article maps onto the view by a shift.
 */

export interface ArticleMeta {
  title: string;
  headlinePrinted: boolean;
  published: { display: string };
  outlet?: string;
  reporter?: string;
}

export interface ArticleView {
  text: string;
  /**
   * Offset in the article → offset in the view. Between paragraphs, a range's start goes to the next
   * paragraph's start and its end (`end` true) to the previous paragraph's end.
   */
  toView(offset: number, end?: boolean): number;
}

const bare = (s: string) => s.replace(/^[\s'"‘’“”]+|[\s'"‘’“”]+$/g, '').toLowerCase();

/** A title for a tab: the headline on one line, without characters a path cannot hold. */
export function tabTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().replace(/[/\\]/g, '∕').replace(/[\u0000-\u001f]/g, '') || 'Source article';
}

export function layoutArticle(meta: ArticleMeta, article: string): ArticleView {
  // paragraphs: the article's non-blank lines, without their trailing spaces or carriage return
  const paras: { start: number; end: number }[] = [];
  for (let at = 0; at <= article.length;) {
    let nl = article.indexOf('\n', at);
    if (nl < 0) nl = article.length;
    let s = at, e = nl;
    while (s < e && /\s/.test(article[s])) s++;
    while (e > s && /\s/.test(article[e - 1])) e--;
    if (e > s) paras.push({ start: s, end: e });
    at = nl + 1;
  }
  const note = meta.headlinePrinted ? undefined : 'the article prints no headline: this is a short title';
  const byline = [meta.outlet, meta.reporter ? `by ${meta.reporter}` : undefined, meta.published.display, note].filter(Boolean).join(' · ');
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  const push = (s: string) => { parts.push(s); length += s.length; };
  const first = paras[0];
  // a printed headline that opens the article is the view's headline: it is not shown twice
  const opensWithHeadline = !!first && meta.headlinePrinted && bare(article.slice(first.start, first.end)) === bare(meta.title);
  if (!opensWithHeadline) push(`${meta.title.replace(/\s+/g, ' ').trim()}\n`);
  paras.forEach((p, i) => {
    if (i === 0 && opensWithHeadline) {
      starts.push(length);
      push(`${article.slice(p.start, p.end).replace(/\s/g, ' ')}\n${byline}\n\n`);
      return;
    }
    if (i === 0) push(`${byline}\n\n`);
    starts.push(length);
    push(`${article.slice(p.start, p.end).replace(/\s/g, ' ')}\n${i < paras.length - 1 ? '\n' : ''}`);
  });
  if (paras.length === 0) push(`${byline}\n`);
  const text = parts.join('');
  const toView = (offset: number, end = false): number => {
    if (paras.length === 0) return text.length;
    for (let i = 0; i < paras.length; i++) {
      const p = paras[i];
      if (offset < p.start) return end && i > 0 ? starts[i - 1] + (paras[i - 1].end - paras[i - 1].start) : starts[i];
      if (offset <= p.end) return starts[i] + (offset - p.start);
    }
    const last = paras.length - 1;
    return starts[last] + (paras[last].end - paras[last].start);
  };
  return { text, toView };
}
