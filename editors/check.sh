#!/usr/bin/env bash
# Runs every editor check there is a tool for on this machine, and says which it
# skipped: the VS Code extension's tests and package (needs Node and the npm
# registry for `npm ci`), and the Neovim and Emacs tests (need nvim and emacs).
#
# Usage: editors/check.sh [AIMS_LSP]
#   AIMS_LSP  the server for the Neovim and Emacs tests; default the stand-in
#             editors/test/fake-aims-lsp.js, so that only the editor side is checked.
#             Pass target/debug/aims-lsp to check the real server end to end.
# Exit status: 0 when every check that ran passed.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
server="${1:-$here/test/fake-aims-lsp.js}"
passed=0
failed=0
skipped=0

run() {
  local name="$1"
  shift
  printf '\n==> %s\n' "$name"
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "FAILED: $name"
    failed=$((failed + 1))
  fi
}

skip() {
  printf '\n==> %s\nskipped: %s\n' "$1" "$2"
  skipped=$((skipped + 1))
}

vscode() {
  cd "$here/vscode" && npm ci --no-audit --no-fund && npm test && npm run package
}

if command -v npm >/dev/null 2>&1; then
  run "VS Code extension: npm ci, npm test, npm run package" vscode
else
  skip "VS Code extension" "npm is not installed"
fi

if command -v "${NVIM:-nvim}" >/dev/null 2>&1; then
  run "Neovim: test.sh $server" "$here/neovim/test.sh" "$server"
else
  skip "Neovim" "nvim is not installed (apt-get install neovim)"
fi

if command -v "${EMACS:-emacs}" >/dev/null 2>&1; then
  run "Emacs: test.sh $server" "$here/emacs/test.sh" "$server"
else
  skip "Emacs" "emacs is not installed (apt-get install emacs-nox elpa-eglot)"
fi

printf '\neditor checks: %d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
[ "$failed" -eq 0 ]
