import * as vscode from 'vscode';
import { closeAll, setConfig } from '../helpers';

// Every draft in the fixture workspace is written on 5 December 2025 unless a test says otherwise.
before(async () => {
  await setConfig('storyDate', '2025-12-05');
});

afterEach(async () => {
  await closeAll();
});

after(async () => {
  for (const k of ['storyDate', 'severity', 'languages', 'maxDocumentSize', 'enable', 'ignoredClaims', 'debounceMs', 'checkDelay']) await setConfig(k, undefined);
  void vscode;
});
