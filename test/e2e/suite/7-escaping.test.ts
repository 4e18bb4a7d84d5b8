import * as assert from 'assert';
import * as vscode from 'vscode';
import { esc, renderDiff } from '../../../src/extension/escape';

/** Renders markdown the way a hover would and returns the HTML (VS Code's own renderer via the markdown API). */
async function render(md: string): Promise<string> {
  return vscode.commands.executeCommand<string>('markdown.api.render', md);
}

describe('nothing from the data becomes markup, a link or a command', () => {
  const hostile = [
    '[Open source](command:workbench.action.terminal.new)',
    '<a href="https://evil.example">x</a> <img src=x onerror=alert(1)>',
    'https://evil.example/path and www.evil.example',
    '![img](https://evil.example/a.png) `code` *em* _em_ **b** ~~s~~ # h',
    'line one\n\n- list item\n> quote',
  ];

  it('escapes every hostile string to plain text', async () => {
    for (const h of hostile) {
      const html = await render(esc(h));
      assert.ok(!/<a\s|<img|<code|<em|<strong|<del|<h1|<li|<blockquote/i.test(html), `${h} rendered as ${html}`);
      const text = html.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").trim();
      assert.strictEqual(text, h.replace(/\s+/g, ' ').trim(), 'the words come through unchanged');
    }
  });

  it('renders a quotation diff with only strike-through and bold', async () => {
    const md = renderDiff([{ op: 'same', text: 'This is the' }, { op: 'draft', text: 'final' }, { op: 'source', text: 'last' }, { op: 'same', text: '[x](command:evil)' }]);
    const html = await render(md);
    assert.match(html, /<(del|s)>final<\/(del|s)>/);
    assert.match(html, /<strong>last<\/strong>/);
    assert.ok(!/<a\s/.test(html));
  });
});

describe('a hover card built from hostile data', () => {
  it('links only our own commands, and shows the hostile text as text', async () => {
    const { findingHover, confirmationHover } = await import('../../../src/extension/markdown');
    const evil = '[Open source](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> $(alert) *em* https://evil.example';
    const quote = `He said “${evil}” to the meeting.`;
    const article = `Headline\n${quote}\n`;
    const citation = { source: 'x', title: evil, date: evil, quote, start: 9, end: 9 + quote.length, evidenceStart: 17, evidenceEnd: 30 };
    const range = new vscode.Range(0, 0, 0, 5);
    const finding = { start: 0, end: 5, kind: 'name' as const, severity: 'error' as const, message: evil, suggestions: [evil, ') [x](command:evil)'], citations: [citation], claimKey: evil };
    const ctx = { uri: 'file:///a (b)/c.md', article: () => article };
    const cards = [
      findingHover({ finding, range, covered: evil, severity: vscode.DiagnosticSeverity.Error }, ctx),
      findingHover({ finding: { ...finding, kind: 'quote' as const }, range, covered: evil, severity: vscode.DiagnosticSeverity.Warning }, ctx),
      confirmationHover({ confirmation: { start: 0, end: 5, kind: 'fact', message: evil, citations: [citation] }, range, covered: evil }, ctx),
    ];
    for (const card of cards) {
      // (the preview's renderer reads $…$ as math; the hover renders $(icon) as an icon: leave our icons out here)
      const html = await render(card.value.replace(/\$\([a-z-]+\)/g, ''));
      const hrefs = [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]);
      assert.ok(hrefs.length >= 1, `${card.value}\n=> ${html}`);
      for (const h of hrefs) assert.match(h, /^command:devonFactCheck\.(applyFix|ignoreClaim|openSource|setStoryDate)\?/, h);
      assert.ok(!/<img|<em>em<\/em>|<code|<h1|evil\.example<\/a>/i.test(html), html);
      assert.ok(card.value.includes('\\$\\(alert\\)'), 'no theme icon from the data');
    }
  });
});
