#!/usr/bin/env bash
# Checks the Neovim configuration end to end: starts `nvim --headless --clean` with
# aims.lua, opens a `.aims` file with a misspelt field, and waits for a diagnostic
# from aims-lsp.
#
# Usage: editors/neovim/test.sh [AIMS_LSP] [METHOD]
#   AIMS_LSP  the language server binary; default target/debug/aims-lsp in the repo
#   METHOD    auto (default), config, start or start_client; see aims.lua
# Environment: NVIM, the nvim binary to run (default: nvim on PATH).
# Exit status: 0 when a diagnostic arrived, 1 when none did, 2 when it could not run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
server="${1:-$repo/target/debug/aims-lsp}"
method="${2:-auto}"
nvim="${NVIM:-nvim}"

if ! command -v "$nvim" >/dev/null 2>&1; then
  echo "test.sh: $nvim not found; install Neovim (apt-get install neovim) or set NVIM" >&2
  exit 2
fi
if [ ! -x "$server" ]; then
  echo "test.sh: no language server at $server; build it with: cargo build -p aims-lsp" >&2
  exit 2
fi
server="$(cd "$(dirname "$server")" && pwd)/$(basename "$server")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A workspace: an aims.toml at its root and one spec file with a misspelt field.
printf '# A workspace for the Neovim test.\n' > "$work/aims.toml"
printf 'organisation acme { jurisdction: UK }\n' > "$work/spec.aims"

# A shell string as a Lua string literal.
lua_quote() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g; s/^/"/; s/$/"/'; }

cd "$work"
exec "$nvim" --headless --clean \
  --cmd "lua package.path = $(lua_quote "$here/?.lua;")  .. package.path" \
  --cmd "lua require('aims').setup({ cmd = { $(lua_quote "$server") }, method = $(lua_quote "$method") })" \
  -c "lua dofile($(lua_quote "$here/test.lua"))" \
  "$work/spec.aims"
