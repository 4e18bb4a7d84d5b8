/**
 * The command's standard output and error, written by file descriptor. Profiled: making `process.stdout` costs a run
 * about 5 ms of a ~50 ms budget (it loads Node's stream and socket modules), so a run writes with `fs.writeSync` and
 * makes the stream only when it needs one: to ask whether the output is a terminal, or when the descriptor does not
 * take a write whole at once (a non-blocking pipe that is full). From then on every write goes through the stream,
 * so the order of the output never changes.
 */
import * as fs from 'fs';
import type { Output } from './main';

export function fdOutput(fd: 1 | 2, stream: () => NodeJS.WriteStream): Output {
  let viaStream = false;
  // The reader went away (`devon-factcheck check a.md | head`): the rest is dropped, as no one can read it.
  let closed = false;
  return {
    get isTTY() {
      return stream().isTTY;
    },
    write(s: string) {
      if (closed) return;
      if (viaStream) return stream().write(s);
      const bytes = Buffer.from(s);
      let done = 0;
      try {
        while (done < bytes.length) done += fs.writeSync(fd, bytes, done);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed = true;
          return;
        }
        if (code !== 'EAGAIN') throw e;
        viaStream = true;
        stream().write(bytes.subarray(done));
      }
    },
  };
}
