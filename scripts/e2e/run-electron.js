// Runs the same integration tests in desktop VS Code downloaded by @vscode/test-electron
// (for machines that can reach update.code.visualstudio.com). Build first: npm run build && npm run compile-e2e.
// usage: node scripts/e2e/run-electron.js        env: VSCODE_VERSION (default "stable")
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const repo = path.resolve(__dirname, '..', '..');
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'devon-factcheck-ws-'));
  fs.cpSync(path.join(repo, 'test', 'e2e', 'fixtures', 'workspace'), ws, { recursive: true });
  fs.cpSync(path.join(repo, 'test', 'e2e', 'fixtures'), path.join(repo, 'out', 'test', 'e2e', 'fixtures'), { recursive: true });
  const out = path.join(repo, 'test-output');
  fs.mkdirSync(out, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out', 'test', 'e2e', 'index.js'),
      launchArgs: [ws, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
      extensionTestsEnv: { E2E_OUTPUT_DIR: out, E2E_REPO: repo, E2E_NO_DRIVER: '1' },
    });
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error('integration tests failed:', e && e.message ? e.message : e);
  process.exit(1);
});
