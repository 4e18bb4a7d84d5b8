/**
 * Process set-up for a one-shot run, imported first by cli.ts (never by the extension, which shares its
 * process with other extensions).
 *
 * V8 first runs each regular expression in an interpreter and compiles it to machine code once it is used
 * again ("tier-up"). The checker uses about a hundred patterns, nearly all of them many times in one run, so
 * in a short-lived process the interpreted first pass and the second compilation are pure cost: compiling
 * straight to machine code makes the first check of a 1,000-word draft about 15 ms faster (npm run bench).
 * Matching is unchanged; only when the machine code is made.
 */
import * as v8 from 'v8';

try {
  v8.setFlagsFromString('--no-regexp-tier-up');
} catch {
  // a runtime that refuses the flag just runs as it would have
}
