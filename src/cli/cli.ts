/**
 * The terminal command (bundled to dist/cli-main.js, started by launch.ts as dist/cli.js). Pure Node: never imports `vscode`.
 * All the logic is in main.ts; this file only connects it to the real process.
 */
import { defaultLoadEngine, main } from './main';
import { fdOutput } from './output';

let stdoutMade = false;
/** process.stdout, made only when output.ts needs it (a run that makes it pays ~5 ms). */
function stdoutStream(): NodeJS.WriteStream {
  if (!stdoutMade) {
    stdoutMade = true;
    // `devon-factcheck check a.md | head`: a closed pipe is not an error worth a stack trace.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  return process.stdout;
}
const stderr = fdOutput(2, () => process.stderr);

let code: number;
try {
  code = main(process.argv.slice(2), {
    stdout: fdOutput(1, stdoutStream),
    stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    loadEngine: defaultLoadEngine,
  });
} catch (e) {
  stderr.write(`devon-factcheck: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  code = 2;
}
process.exitCode = code;
