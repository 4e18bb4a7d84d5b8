/** The walkthrough shows the real editor and every step can be completed. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  assert.strictEqual(b.toString('latin1', 1, 4), 'PNG', `${file} is a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('walkthrough', () => {
  const steps = pkg.contributes.walkthroughs[0].steps as { id: string; media: { image: string }; completionEvents?: string[] }[];

  it('pictures each step with a screenshot the e2e run took of the real window (1400×860), not a mock-up', () => {
    for (const s of steps) assert.deepStrictEqual(pngSize(path.join(ROOT, s.media.image)), { width: 1400, height: 860 }, s.id);
  });

  it('lets every step complete: each has events a writer’s own actions raise', () => {
    const commands = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
    for (const s of steps) {
      assert.ok(s.completionEvents && s.completionEvents.length > 0, `${s.id} has completion events`);
      for (const e of s.completionEvents) {
        if (e.startsWith('onCommand:')) assert.ok(commands.has(e.slice('onCommand:'.length)), `${s.id}: ${e} is a command of ours`);
        // VS Code knows no "onLanguage:" completion event, and tests onContext in the window's context, where an
        // editor's own keys (editorLangId) are never set: only a key of ours, set with setContext, ticks the step
        else if (e.startsWith('onContext:')) assert.match(e, /^onContext:devonFactCheck\.\w+$/, `${s.id}: ${e}`);
        else assert.match(e, /^(?:onLink|onView|onSettingChanged|onEvent|extensionInstalled|stepSelected)\b/, `${s.id}: ${e} is an event VS Code knows`);
      }
    }
  });
});
