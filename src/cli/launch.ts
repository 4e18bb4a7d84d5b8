/**
 * The terminal command's entry point (bundled to dist/cli.js): starts the command bundle (dist/cli-main.js,
 * built from cli.ts) quickly. A run is short, so start-up is a large share of it:
 *
 * - V8's code cache. The build runs the command once and saves the compiled code (dist/cli-main.cache), so
 *   later runs read it instead of parsing and compiling the engine again (about 10 ms of a 1k-word run).
 *   The build ends the bundle with a line giving the SHA-256 of the rest (scripts/build/stamp.js); the cache
 *   begins with the hash of the bundle it was made from and is used only when the two agree (so a run
 *   hashes nothing); V8 itself rejects it under another V8 version or other flags. Without a usable cache
 *   (or an unstamped bundle, as a watch build leaves) the bundle is compiled as usual: the cache changes
 *   speed, never behaviour.
 * - Regular expressions straight to machine code. V8 first interprets a pattern and compiles it when it
 *   is used again ("tier-up"); nearly all of the checker's hundred patterns run many times in one check,
 *   so here that first pass and the second compilation are pure cost (about 15 ms). Set only in this
 *   process, never in the extension host, which other extensions share.
 *
 * - Output by file descriptor (cli.ts, output.ts): making process.stdout would load Node's stream modules.
 *
 * DEVON_FACTCHECK_WRITE_CODE_CACHE=1 makes a run write the cache when it ends (used by esbuild.js);
 * DEVON_FACTCHECK_DEBUG=1 says on stderr whether the cache was used and, when the run ends, where its time went.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';

const bundle = path.join(__dirname, 'cli-main.js');
const cacheFile = path.join(__dirname, 'cli-main.cache');
const writeCache = process.env.DEVON_FACTCHECK_WRITE_CODE_CACHE === '1';
const debug = process.env.DEVON_FACTCHECK_DEBUG === '1';
const ms = () => process.uptime() * 1000;
const launched = ms();

function regexTierUp(on: boolean): void {
  try {
    v8.setFlagsFromString(on ? '--regexp-tier-up' : '--no-regexp-tier-up');
  } catch {
    // a runtime that refuses the flag runs as it would have
  }
}

const source = fs.readFileSync(bundle, 'utf8');
// the bundle's stamp: its last line (see scripts/build/stamp.js)
const stamp = /\/\/# devon-factcheck-bundle-sha256=([0-9a-f]{64})\n$/.exec(source.slice(-120))?.[1];
const digest = stamp ? Buffer.from(stamp, 'hex') : undefined;
let cachedData: Buffer | undefined;
let cacheState = !digest ? 'not used (the bundle has no stamp)' : writeCache ? 'being written' : 'absent';
if (digest && !writeCache) {
  try {
    const file = fs.readFileSync(cacheFile);
    if (file.length > digest.length && file.subarray(0, digest.length).equals(digest)) cachedData = file.subarray(digest.length);
    else cacheState = 'made for another bundle';
  } catch {
    // no cache: compile as usual
  }
}
// The same wrapper Node gives a CommonJS module, so the bundle runs exactly as if it were require()d.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
if (cachedData) cacheState = script.cachedDataRejected ? 'rejected by V8' : 'used';
const compiled = ms();
if (debug) fs.writeSync(2, `devon-factcheck: code cache ${cacheState}\n`);
// Compiled (and the cache checked) under V8's default flags, the flags it was made with; patterns compile later.
regexTierUp(false);
const run = script.runInThisContext() as (e: object, r: NodeRequire, m: object, f: string, d: string) => void;
if (writeCache && digest) {
  process.on('exit', () => {
    regexTierUp(true); // the cache must carry the default flags it will be read under
    fs.writeFileSync(cacheFile, Buffer.concat([digest, script.createCachedData()]));
  });
}
if (debug) {
  process.on('exit', () => {
    const [node, load, command] = [launched, compiled - launched, ms() - compiled].map((t) => t.toFixed(1));
    fs.writeSync(2, `devon-factcheck: ${node} ms to start Node, ${load} ms to load the command, ${command} ms to run it\n`);
  });
}
const mod = { exports: {} };
run(mod.exports, require, mod, bundle, __dirname);
