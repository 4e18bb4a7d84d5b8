/**
 * The story date a draft gives itself (issue 14): a date set for the draft with Set Story Date comes first, then the
 * draft's own date (front matter `date:`, an "Updated …" line, a dateline), then the setting (5 December 2025 in these
 * tests). The status bar shows the date in use and where it came from. And the outdated warning's wording fix:
 * "council leader John Hart" → "then-council leader John Hart" / "former council leader John Hart".
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, checked, codeActionsWith, diagnosticsWhere, hoverLinks, hoverText, kindOf, measureHover, open, screenshot, showHoverAt, until } from '../helpers';

const outdated = (d: vscode.Diagnostic) => kindOf(d) === 'outdated';

async function result(doc: vscode.TextDocument): Promise<{ asOf: string; asOfFrom: string; kinds: string[] }> {
  await checked(doc);
  const s = (await api()).state(doc.uri);
  assert.ok(s && s.kind === 'checked', `state ${s?.kind}`);
  return { asOf: s.result.asOf, asOfFrom: s.result.asOfFrom, kinds: s.result.findings.map((f) => f.finding.kind) };
}

async function statusIs(text: string): Promise<void> {
  const a = await api();
  await until(() => a.storyDateStatus().text === text, [a.onDidChangeResult as vscode.Event<unknown>], `the status bar to show ${text}`, 5000, () => a.storyDateStatus().text);
}

describe('the story date a draft gives itself', () => {
  it('front matter `date: 2022-12-16`: findings as of that day, and the status bar says so (screenshot in test-output/)', async () => {
    const { doc } = await open('dated.md');
    const r = await result(doc);
    assert.deepStrictEqual([r.asOf, r.asOfFrom], ['2022-12-16', 'front matter'], 'the front matter’s date, not the setting’s 5 December 2025');
    assert.ok(!r.kinds.includes('outdated'), `nothing is out of date in December 2022: ${r.kinds}`);
    await statusIs('$(calendar) 16 Dec 2022 (front matter)');
    const a = await api();
    assert.match(a.storyDateStatus().tooltip, /16 December 2022, from the draft's front matter/);
    await new Promise((res) => setTimeout(res, 500));
    await screenshot('status-bar-front-matter-date');
  });

  it('follows the front matter as it is edited: without a date there, the setting applies', async () => {
    const { doc, editor } = await open('dated.md');
    await result(doc);
    await editor.edit((b) => b.delete(doc.lineAt(2).rangeIncludingLineBreak));
    assert.ok(!doc.getText().includes('date:'));
    await diagnosticsWhere(doc.uri, (ds) => ds.some(outdated), 'outdated claims as of the setting’s 5 December 2025');
    const r = await result(doc);
    assert.deepStrictEqual([r.asOf, r.asOfFrom], ['2025-12-05', 'setting']);
    await statusIs('$(calendar) 5 Dec 2025 (setting)');
  });

  it('Set Story Date for the draft comes first; an empty date gives the draft its own date back', async () => {
    const { doc } = await open('dated.md');
    await result(doc);
    assert.strictEqual(await vscode.commands.executeCommand<string>('devonFactCheck.setStoryDate', '2025-12-05'), '2025-12-05');
    let r = await result(doc);
    assert.deepStrictEqual([r.asOf, r.asOfFrom], ['2025-12-05', 'document']);
    assert.ok(r.kinds.includes('outdated'));
    await statusIs('$(calendar) 5 Dec 2025 (set for draft)');
    // an empty date (an emptied box) clears the date set for this draft
    assert.strictEqual(await vscode.commands.executeCommand<string>('devonFactCheck.setStoryDate', ''), '2022-12-16', 'cleared: the front matter’s date again');
    r = await result(doc);
    assert.deepStrictEqual([r.asOf, r.asOfFrom], ['2022-12-16', 'front matter']);
    await statusIs('$(calendar) 16 Dec 2022 (front matter)');
  });

  it('an "Updated …" line or a dateline at the top is the draft’s date too', async () => {
    for (const [top, from] of [['Updated 16 December 2022', 'updated line'], ['EXETER, 16 December 2022 – The council met.', 'dateline']]) {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# Devon apology\n\n${top}\n\nDevon County Council, which is Conservative-run, apologised.\n` });
      await vscode.window.showTextDocument(doc);
      const r = await result(doc);
      assert.deepStrictEqual([r.asOf, r.asOfFrom], ['2022-12-16', from], top);
      assert.ok(!r.kinds.includes('outdated'), `${top}: ${r.kinds}`);
      await statusIs('$(calendar) 16 Dec 2022 (in draft)');
      assert.match((await api()).storyDateStatus().tooltip, from === 'dateline' ? /the draft's dateline/ : /the draft's "Updated …" or "Published …" line/);
    }
  });
});

describe('the outdated warning’s wording fix', () => {
  const claim = 'council leader John Hart';

  async function outdatedRole(): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; d: vscode.Diagnostic }> {
    const r = await open('dated.md');
    // as of late 2025, when the sources say he had stood down
    await vscode.commands.executeCommand('devonFactCheck.setStoryDate', '2025-12-05');
    const ds = await diagnosticsWhere(r.doc.uri, (ds) => ds.some((d) => outdated(d) && r.doc.getText(d.range) === claim), 'the outdated role');
    return { ...r, d: ds.find((d) => outdated(d) && r.doc.getText(d.range) === claim)! };
  }

  afterEach(async () => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/dated.md'));
    if (doc) await vscode.commands.executeCommand('devonFactCheck.setStoryDate', { uri: doc.uri.toString(), date: '' });
  });

  it('offers "then-" and "former" as quick fixes beside "Set story date to …"; the text changes only when one is chosen, as one undo', async () => {
    const { doc, d } = await outdatedRole();
    const before = doc.getText();
    const { actions, action: then } = await codeActionsWith(doc, d.range, 'Change to "then-council leader John Hart"');
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Change to "former council leader John Hart"'), JSON.stringify(titles));
    assert.ok(titles.includes('Set story date to 14 December 2022'), JSON.stringify(titles));
    assert.strictEqual(doc.getText(), before, 'offering the fixes changes nothing');
    assert.ok(await vscode.workspace.applyEdit(then.edit!));
    assert.strictEqual(doc.getText(), before.replace('by council leader John Hart', 'by then-council leader John Hart'));
    await diagnosticsWhere(doc.uri, (ds) => !ds.some((x) => outdated(x) && x.range.start.line === d.range.start.line), 'no longer outdated');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before, 'one undo takes the fix back');
  });

  it('offers them in the hover card too, one click each (screenshot in test-output/)', async () => {
    const { doc, editor, d } = await outdatedRole();
    const before = doc.getText();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, d.range.start.translate(0, 3));
    const md = hoverText(hovers);
    const links = hoverLinks(md).filter((l) => l.command === 'devonFactCheck.applyFix');
    const labels = links.map((l) => l.label.replace(/\\(.)/g, '$1'));
    assert.ok(labels.some((l) => /Change to “then-council leader John Hart”/.test(l)), labels.join(' | '));
    assert.ok(labels.some((l) => /Change to “former council leader John Hart”/.test(l)), labels.join(' | '));
    assert.match(md, /Set story date to 14 December 2022/);
    await showHoverAt(editor, d.range.start.translate(0, 3));
    const m = await measureHover('hover-outdated-wording');
    await screenshot('hover-outdated-wording');
    if (m) {
      const h = m.hovers[m.hovers.length - 1];
      assert.ok(h, 'a hover is shown');
      assert.ok(h.scrollHeight <= h.clientHeight + 2, `the card does not scroll (${h.scrollHeight} > ${h.clientHeight}): ${h.text}`);
      assert.ok(h.top >= 0 && h.bottom <= m.viewport.height, 'inside the window');
      assert.match(h.text, /then-council leader John Hart[^]*former council leader John Hart/, 'both fixes in sight');
    }
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
    assert.strictEqual(doc.getText(), before, 'showing the card changes nothing');
    const former = links.find((l) => /former/.test(l.label))!;
    assert.ok(await vscode.commands.executeCommand(former.command, ...former.args));
    assert.strictEqual(doc.getText(), before.replace('by council leader John Hart', 'by former council leader John Hart'));
    await diagnosticsWhere(doc.uri, (ds) => !ds.some((x) => outdated(x) && x.range.start.line === d.range.start.line), 'no longer outdated');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before, 'one undo takes it back');
  });
});
