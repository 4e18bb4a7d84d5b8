#!/bin/bash
# A snapshot of every finding the built CLI gives on the labelled sets, for checking that a speed change changes no
# finding: run it before and after (with `node esbuild.js` between), then compare the two files.
#   bash scripts/findings-snapshot.sh /tmp/before.json   ...change, rebuild...   bash scripts/findings-snapshot.sh /tmp/after.json
#   cmp /tmp/before.json /tmp/after.json
# Held-out sets are left out (their findings are never to be read); ../shared/{eval,realworld} are read in place.
# Each set is checked twice: at a fixed date, and at the drafts' own dates (else today).
set -u
out=${1:?usage: findings-snapshot.sh OUTFILE}
cd "$(dirname "$0")/.."
: > "$out"
for d in test/fixtures/*/ ../shared/eval/ ../shared/realworld/; do
  case $d in *holdout*) continue ;; esac
  ls "$d"*.md > /dev/null 2>&1 || continue
  for asof in "--as-of 2025-12-05" ""; do
    echo "== $d $asof" >> "$out"
    # (exit 1 means findings, not failure)
    node dist/cli.js check --format json $asof "$d"*.md >> "$out" 2>&1
  done
done
echo "wrote $out"
