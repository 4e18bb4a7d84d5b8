/**
 * Reading a draft from disk: which files are usable and the text to check.
 * Fatal problems (missing, unreadable, a directory) throw `InputError`: the whole run stops with exit 2.
 * Files that can't be checked but don't stop the run (binary, not UTF-8, too large) come back as
 * `{ skipped: reason }`.
 */
import * as fs from 'fs';

/** A problem with the input that stops the run (exit 2), reported on one line. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export type Draft = { path: string; text: string; hadBom: boolean } | { path: string; skipped: string };

const SNIFF_BYTES = 8192;

function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err.code ? `cannot read (${err.code})` : `cannot read (${err.message})`;
  }
}

/**
 * Decodes file bytes for checking, or says why it can't be checked. Pure.
 * A UTF-8 byte-order mark is removed: offsets are then into the text without it (as in VS Code).
 */
export function decodeDraft(bytes: Uint8Array): { text: string; hadBom: boolean } | { skipped: string } {
  const sniff = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) {
    if (bytes[i] === 0) return { skipped: 'binary file (contains NUL bytes)' };
  }
  let text: string;
  try {
    // ignoreBOM: keep the BOM in the string so that we can see and report it; we strip it below.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { skipped: 'not valid UTF-8 text' };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { text: hadBom ? text.slice(1) : text, hadBom };
}

/** Reads one draft. Throws InputError for missing/unreadable files and directories. */
export function readDraft(path: string, maxSize: number): Draft {
  let st: fs.Stats;
  try {
    st = fs.statSync(path);
  } catch (e) {
    throw new InputError(`${path}: ${describeFsError(e)}`);
  }
  if (st.isDirectory()) throw new InputError(`${path}: is a directory`);
  if (st.isFile() && st.size > maxSize) {
    return { path, skipped: `file too large (${st.size} bytes; the limit is ${maxSize}, see --max-size)` };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (e) {
    throw new InputError(`${path}: ${describeFsError(e)}`);
  }
  // Not a regular file (a pipe, /dev/stdin): size known only now.
  if (bytes.length > maxSize) {
    return { path, skipped: `file too large (${bytes.length} bytes; the limit is ${maxSize}, see --max-size)` };
  }
  const d = decodeDraft(bytes);
  return 'skipped' in d ? { path, skipped: d.skipped } : { path, text: d.text, hadBom: d.hadBom };
}

/** The writer's source files of a folder (its .md and .txt files, sorted; one level of subfolders too) or a file. */
export function listSourceFiles(p: string): string[] {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    throw new InputError(`--sources ${p}: ${describeFsError(e)}`);
  }
  if (!st.isDirectory()) return [p];
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      const full = dir.replace(/\/+$/, '') + '/' + e.name;
      if (e.isDirectory() && depth < 1) walk(full, depth + 1);
      else if (e.isFile() && /\.(md|markdown|txt)$/i.test(e.name)) out.push(full);
    }
  };
  walk(p, 0);
  return out;
}

/** A source file's text ('' with a reason when it cannot be decoded as UTF-8 text; the ingester words the message). */
export function readSourceFile(path: string): { file: string; text: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (e) {
    throw new InputError(`${path}: ${describeFsError(e)}`);
  }
  const d = decodeDraft(bytes.subarray(0, Math.min(bytes.length, 4 * 1024 * 1024)));
  if ('skipped' in d) return { file: path, text: '\u0000' };
  return { file: path, text: bytes.length > 4 * 1024 * 1024 ? d.text + ' '.repeat(1_000_001) : d.text };
}
