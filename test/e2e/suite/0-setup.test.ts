import * as vscode from 'vscode';
import { closeAll, setConfig } from '../helpers';

// Every draft in the fixture workspace is written on 5 December 2025 unless a test says otherwise.
before(async () => {
  await setConfig('storyDate', '2025-12-05');
  // the tests edit fixture drafts and revert them when they close: a save after a delay would write their
  // edits to disk (a later test then sees "xx# Devon…"), so nothing is saved on its own
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
});

afterEach(async () => {
  await closeAll();
});

after(async () => {
  for (const k of ['storyDate', 'severity', 'languages', 'maxDocumentSize', 'enable', 'ignoredClaims', 'debounceMs', 'checkDelay']) await setConfig(k, undefined);
  await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
});
