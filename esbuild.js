// Bundles the extension and the terminal command. `--production` minifies; otherwise source maps.
// esbuild does not type-check: `npm run build` runs `tsc --noEmit` first.
const esbuild = require('esbuild');
const { spawnSync } = require('child_process');
const path = require('path');

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
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

async function main() {
  if (watch) {
    for (const b of builds) {
      const ctx = await esbuild.context(b);
      await ctx.watch();
    }
    console.log('[watch] watching for changes');
    return;
  }
  for (const b of builds) {
    const result = await esbuild.build(b);
    const out = Object.entries(result.metafile.outputs).find(([f]) => f.endsWith('.js'));
    if (out) console.log(`built ${out[0]} (${(out[1].bytes / 1024).toFixed(1)} KiB)`);
  }
  validateData();
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
