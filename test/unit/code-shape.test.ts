/**
 * The code's shape (scripts/code-shape.ts measures it; `node out/shape/code-shape.js` after bundling prints it):
 * no function in src/ longer than 80 lines, and at most 5 module-level mutable values in src/core — what a check
 * derives from data belongs to the engine that built it (its rules' indexes), not to the module.
 */
import * as assert from 'assert';
import * as path from 'path';
import { longFunctions, mutableValues, tsFiles } from '../../scripts/code-shape';

const root = path.resolve(__dirname, '../../..');
const MAX_FUNCTION_LINES = 80;
const MAX_MUTABLE = 5;
/** Global and sticky patterns whose lastIndex a function sets: position scratch, set before each use. Not to grow. */
const MAX_STATEFUL_PATTERNS = 19;

const where = (x: { file: string; line: number; name: string }) => `${path.relative(root, x.file)}:${x.line} ${x.name}`;

describe('code shape', () => {
  it(`has no function in src/ over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = tsFiles(path.join(root, 'src')).flatMap((f) => longFunctions(f, MAX_FUNCTION_LINES));
    assert.deepStrictEqual(long.map((f) => `${where(f)} (${f.lines} lines)`), []);
  });

  it(`has at most ${MAX_MUTABLE} module-level mutable values in src/core, and no more stateful patterns than today`, () => {
    const all = tsFiles(path.join(root, 'src/core')).flatMap((f) => mutableValues(f));
    const values = all.filter((m) => !m.pattern);
    assert.ok(values.length <= MAX_MUTABLE, `${values.length} module-level mutable values:\n${values.map((m) => `${where(m)} (${m.why})`).join('\n')}`);
    const patterns = all.filter((m) => m.pattern);
    assert.ok(patterns.length <= MAX_STATEFUL_PATTERNS, `${patterns.length} stateful patterns:\n${patterns.map(where).join('\n')}`);
  });

  it('measures functions of every form, nested ones included', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = [
      `function a() {\n${body(79)}\n}`, // 81 lines
      `const b = () => {\n${body(10)}\n};`,
      `class C {\n  m() {\n${body(90)}\n  }\n}`,
      `function outer() {\n  return function inner() {\n${body(85)}\n  };\n}`,
    ].join('\n');
    const names = longFunctions('x.ts', MAX_FUNCTION_LINES, text).map((f) => f.name);
    assert.deepStrictEqual(names, ['a', 'm', 'outer', 'inner']);
  });

  it('counts lets, caches and scratch objects changed by functions, not tables filled at load or only read', () => {
    const text = `
      let last: string | undefined;
      const cache = new WeakMap<object, number>();
      const TABLE = new Map<number, number>();
      for (let c = 0; c < 3; c++) TABLE.set(c, c + 1);
      const WORDS = new Set(['a', 'b']);
      const buf = { ids: new Int32Array(4) };
      class Memo { private seen = ''; }
      const memo = new Memo();
      class Frozen { readonly x = 1; }
      const frozen = new Frozen();
      const RE = /a/g;
      export function f(k: object): number {
        last = 'x';
        cache.set(k, 1);
        buf.ids = new Int32Array(8);
        RE.lastIndex = 0;
        return TABLE.get(1)! + (WORDS.has('a') ? 1 : 0) + frozen.x;
      }`;
    const found = mutableValues('x.ts', text).map((m) => `${m.name}${m.pattern ? ' (pattern)' : ''}`);
    assert.deepStrictEqual(found, ['last', 'cache', 'buf', 'memo', 'RE (pattern)']);
  });
});
