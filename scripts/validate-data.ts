/**
 * Build step (run by esbuild.js): validates data/ with zod and writes dist/data.validated, which lets the
 * CLI and the extension skip zod at start-up while data/ is unchanged (see ValidatedData in the loader).
 * Broken data fails the build here, with the loader's message naming the file and the field.
 *
 *   node out/validate-data.js <data dir> <output file>
 */
import * as fs from 'fs';
import { DatasetError, validatedDataOf } from '../src/core/data/loader';

const [dataDir, outFile] = process.argv.slice(2);
try {
  fs.writeFileSync(outFile, validatedDataOf(dataDir));
} catch (e) {
  process.stderr.write(`data error: ${e instanceof DatasetError ? e.message : String(e)}\n`);
  process.exit(1);
}
