// Bundles the extension and the terminal command. `--production` minifies; otherwise source maps.
// esbuild does not type-check: `npm run build` runs `tsc --noEmit` first.
const esbuild = require('esbuild');
const { spawnSync } = require('child_process');
const path = require('path');
const fs = require('fs');
const { stampBundle } = require('./scripts/build/stamp.js');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  metafile: true,
  // the HTML entity table micromark would carry: character references are off in the document model
  alias: { 'character-entities': './scripts/build/no-character-entities.js' },
};

/**
 * The data schemas (zod) are a bundle of their own for the extension, dist/data-schema.js: the loader requires them
 * only when data/ differs from what the build validated (dist/data.validated), which a packaged extension never does.
 */
const lazySchema = {
  name: 'lazy-schema',
  setup(build) {
    build.onResolve({ filter: /^\.\/schema$/ }, (a) => (a.importer.endsWith(path.join('core', 'data', 'loader.ts')) ? { path: './data-schema.js', external: true } : undefined));
  },
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [lazySchema] },
  { ...common, entryPoints: ['src/core/data/schema.ts'], outfile: 'dist/data-schema.js' },
  // the quotation search (fuse.js): loaded by the extension only when Find Quote needs it
  { ...common, entryPoints: ['src/core/quotes/search.ts'], outfile: 'dist/quote-search.js' },
  // the reader of a writer's own sources (core/ingest), loaded by the extension only when a source folder holds a file
  { ...common, entryPoints: ['src/core/ingest/merge.ts'], outfile: 'dist/ingest.js', plugins: [lazySchema] },
  { ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli-main.js' },
  // the command's entry: starts cli-main.js with V8's code cache (see src/cli/launch.ts)
  { ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

const CODE_CACHE = path.join('dist', 'cli-main.cache');

/** A cache made for another bundle is never used (launch.ts compares its hash with the bundle's stamp), but a stale one is removed at once. */
const dropCodeCache = {
  name: 'drop-code-cache',
  setup(build) {
    build.onEnd(() => fs.rmSync(CODE_CACHE, { force: true }));
  },
};

async function main() {
  if (watch) {
    for (const b of builds) {
      const ctx = await esbuild.context({ ...b, plugins: [...(b.plugins ?? []), dropCodeCache] });
      await ctx.watch();
    }
    console.log('[watch] watching for changes');
    return;
  }
  for (const b of builds) {
    const result = await esbuild.build({ ...b, plugins: [...(b.plugins ?? []), dropCodeCache] });
    const out = Object.entries(result.metafile.outputs).find(([f]) => f.endsWith('.js'));
    if (out) console.log(`built ${out[0]} (${(out[1].bytes / 1024).toFixed(1)} KiB)`);
  }
  stampBundle(path.join('dist', 'cli-main.js'));
  validateData();
  writeCodeCache();
}

/**
 * Runs the command once over the source articles and a sample draft, so that V8 compiles the code a check uses,
 * and saves that compiled code beside the bundle (dist/cli-main.cache, read by dist/cli.js).
 */
function writeCodeCache() {
  const drafts = ['test/fixtures/sample-draft.md', ...fs.readdirSync('data/sources').map((f) => path.join('data/sources', f))].filter((f) => fs.existsSync(f));
  const r = spawnSync(process.execPath, [path.join('dist', 'cli.js'), 'check', '--format', 'json', '--as-of', '2025-12-05', ...drafts], {
    env: { ...process.env, DEVON_FACTCHECK_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`the command failed while making its code cache (exit ${r.status})`);
  console.log(`wrote ${CODE_CACHE} (${(fs.statSync(CODE_CACHE).size / 1024).toFixed(0)} KiB)`);
}

/**
 * Validates data/ with zod now and writes dist/data.validated, so that the CLI and the extension can skip zod
 * at start-up while data/ is unchanged. Broken data fails the build with the loader's message.
 */
function validateData() {
  const script = path.join('out', 'build', 'validate-data.js');
  esbuild.buildSync({ ...common, minify: false, sourcemap: false, metafile: false, entryPoints: ['scripts/validate-data.ts'], outfile: script });
  const r = spawnSync(process.execPath, [script, 'data', path.join('dist', 'data.validated')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('data/ did not validate (see above)');
  console.log('validated data/ → dist/data.validated');
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
