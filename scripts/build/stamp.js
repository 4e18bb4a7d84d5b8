// The line the build ends the command's bundle (dist/cli-main.js) with: the SHA-256 of everything before it, worked
// out once here. The launcher (src/cli/launch.ts) uses a code cache only when the cache begins with the same hash,
// so a cache is never applied to another bundle, and a run of the command does not hash the bundle (which cost it
// the hash function's loading and ~4 ms).
const { createHash } = require('crypto');
const fs = require('fs');

const PREFIX = '//# devon-factcheck-bundle-sha256=';

/** Ends the bundle at `file` with its stamp (a bundle stamped already is stamped anew). */
function stampBundle(file) {
  let text = fs.readFileSync(file, 'utf8');
  const at = text.lastIndexOf(`\n${PREFIX}`);
  if (at >= 0) text = text.slice(0, at + 1);
  if (!text.endsWith('\n')) text += '\n';
  fs.writeFileSync(file, `${text}${PREFIX}${createHash('sha256').update(text).digest('hex')}\n`);
}

module.exports = { stampBundle, PREFIX };
