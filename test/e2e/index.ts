/**
 * The integration tests module: VS Code (the server build driven by chromium, or desktop VS Code through
 * @vscode/test-electron) loads it in the extension host and awaits run(). Runs mocha over suite/*.test.js
 * and fails when any promise rejection went unhandled in the extension host during the run.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');

export const unhandled: unknown[] = [];
(globalThis as { __e2eUnhandled?: unknown[] }).__e2eUnhandled = unhandled;

export function run(): Promise<void> {
  const onRejection = (reason: unknown) => {
    unhandled.push(reason);
    console.error('E2E unhandled rejection:', reason instanceof Error ? reason.stack : reason);
  };
  process.on('unhandledRejection', onRejection);
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec', grep: process.env.E2E_GREP || undefined });
  const dir = path.join(__dirname, 'suite');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      process.off('unhandledRejection', onRejection);
      const summary = `E2E SUMMARY: ${failures} failed; unhandled rejections: ${unhandled.length}`;
      console.log(summary);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else if (unhandled.length > 0) reject(new Error(`${unhandled.length} unhandled promise rejection(s) in the extension host`));
      else resolve();
    });
  });
}
