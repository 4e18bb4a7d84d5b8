import * as vscode from 'vscode';
import { closeAll, setConfig } from '../helpers';

// Every draft in the fixture workspace is written on 5 December 2025 unless a test says otherwise.
before(async () => {
  await setConfig('storyDate', '2025-12-05');
  // VS Code in the browser saves after a second by default: a test that edits and then reverts a draft would race it
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
});

afterEach(async () => {
  await closeAll();
});

after(async () => {
  for (const k of ['storyDate', 'severity', 'languages', 'maxDocumentSize', 'enable', 'ignoredClaims', 'debounceMs']) await setConfig(k, undefined);
  await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
});
