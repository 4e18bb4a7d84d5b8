import * as assert from 'assert';
// the module object itself (not a namespace copy), so a test can stand in for writeSync
import fs = require('fs');
import { fdOutput } from '../../src/cli/output';

/** A stand-in for process.stdout: what was written to it, and how often it was made. */
function fakeStream() {
  const written: string[] = [];
  let made = 0;
  const stream = { isTTY: true, write: (s: string | Uint8Array) => written.push(Buffer.from(s).toString()) };
  return { written, made: () => made, get: () => (made++, stream as unknown as NodeJS.WriteStream) };
}

describe('cli: output by file descriptor (output.ts)', () => {
  const realWriteSync = fs.writeSync;
  let calls: { fd: number; text: string }[];
  /** Replaces fs.writeSync with `step`, called once per write attempt with the bytes still to write. */
  const stub = (step: (bytes: Buffer) => number) => {
    calls = [];
    (fs as { writeSync: unknown }).writeSync = (fd: number, buf: Buffer, offset = 0) => {
      const rest = buf.subarray(offset);
      calls.push({ fd, text: rest.toString() });
      return step(rest);
    };
  };
  const fail = (code: string) => () => {
    throw Object.assign(new Error(code), { code });
  };
  afterEach(() => {
    (fs as { writeSync: unknown }).writeSync = realWriteSync;
  });

  it('writes whole, to its descriptor, without making the stream', () => {
    stub((b) => b.length);
    const s = fakeStream();
    const out = fdOutput(1, s.get);
    out.write('a “curly” line\n');
    assert.deepStrictEqual(calls, [{ fd: 1, text: 'a “curly” line\n' }]);
    assert.strictEqual(s.made(), 0);
  });

  it('finishes a write the descriptor took in part', () => {
    stub((b) => Math.min(3, b.length));
    const out = fdOutput(2, fakeStream().get);
    out.write('abcdefgh');
    assert.deepStrictEqual(calls.map((c) => c.text), ['abcdefgh', 'defgh', 'gh']);
  });

  it('drops the rest once the reader has gone (EPIPE), and raises nothing', () => {
    stub(fail('EPIPE'));
    const out = fdOutput(1, fakeStream().get);
    out.write('first');
    out.write('second');
    assert.strictEqual(calls.length, 1);
  });

  it('hands a write the descriptor would block on (EAGAIN) to the stream, and every later one, in order', () => {
    let n = 0;
    stub((b) => {
      if (n++ === 1) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
      return Math.min(2, b.length);
    });
    const s = fakeStream();
    const out = fdOutput(1, s.get);
    out.write('abcdef');
    out.write('next');
    assert.deepStrictEqual(s.written, ['cdef', 'next']);
    assert.strictEqual(calls.length, 2); // nothing more by descriptor once the stream has been used
  });

  it('raises any other error, and asks the stream whether it is a terminal', () => {
    stub(fail('EBADF'));
    const s = fakeStream();
    const out = fdOutput(1, s.get);
    assert.throws(() => out.write('x'), /EBADF/);
    assert.strictEqual(out.isTTY, true);
  });
});
