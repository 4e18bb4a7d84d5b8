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
