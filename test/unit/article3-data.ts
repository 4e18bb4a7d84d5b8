/**
 * The third article's data folder (test/fixtures/article3), and a copy of data/ with that article added as if it
 * were bundled: its source, text and facts appended to data/'s own files, nothing else changed. Used to show that
 * adding a source is data only (the dataset tests pass on the copy) — the copy lives in a temporary folder, never
 * in data/.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DATA_FILE_NAMES } from '../../src/core/data/loader';

export const ARTICLE3_DIR = path.resolve(__dirname, '../../../test/fixtures/article3');

type Json = Record<string, unknown[]>;

/** data/ copied to a new temporary folder with the third article's files merged in; returns the folder. */
export function dataWithArticle3(dataDir: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devon-data-with-article3-'));
  fs.cpSync(dataDir, dir, { recursive: true });
  fs.cpSync(path.join(ARTICLE3_DIR, 'sources'), path.join(dir, 'sources'), { recursive: true });
  for (const name of DATA_FILE_NAMES) {
    const extra = path.join(ARTICLE3_DIR, name);
    if (!fs.existsSync(extra)) continue;
    const base = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Json;
    const add = JSON.parse(fs.readFileSync(extra, 'utf8')) as Json;
    for (const [key, list] of Object.entries(add)) base[key] = [...(base[key] ?? []), ...list];
    fs.writeFileSync(path.join(dir, name), JSON.stringify(base, null, 1));
  }
  return dir;
}
