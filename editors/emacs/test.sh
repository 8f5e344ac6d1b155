#!/usr/bin/env bash
# Checks aims-mode.el in batch Emacs: it byte-compiles with no warnings, picks the
# mode for .aims files, highlights and indents as expected, and (given a server)
# gets a diagnostic from aims-lsp through Eglot.
#
# Usage: editors/emacs/test.sh [AIMS_LSP]
#   AIMS_LSP  the language server; default target/debug/aims-lsp in the repo, and the
#             Eglot check is skipped when that does not exist.
# Environment: EMACS, the emacs binary to run (default: emacs on PATH). Emacs 29+
# has Eglot built in; on Emacs 28 install it (Debian: apt-get install elpa-eglot).
# Exit status: 0 when every check passed, 1 when one failed, 2 when it could not run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
emacs="${EMACS:-emacs}"
server="${1:-}"
if [ -z "$server" ] && [ -x "$repo/target/debug/aims-lsp" ]; then
  server="$repo/target/debug/aims-lsp"
fi

if ! command -v "$emacs" >/dev/null 2>&1; then
  echo "test.sh: $emacs not found; install Emacs (apt-get install emacs-nox) or set EMACS" >&2
  exit 2
fi
if [ -n "$server" ] && [ ! -x "$server" ]; then
  echo "test.sh: no language server at $server; build it with: cargo build -p aims-lsp" >&2
  exit 2
fi
if [ -n "$server" ]; then
  server="$(cd "$(dirname "$server")" && pwd)/$(basename "$server")"
fi

# Compile a copy, so that no .elc is left beside the source.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/aims-mode.el" "$work/"
"$emacs" --batch --eval '(setq byte-compile-error-on-warn t)' -f batch-byte-compile "$work/aims-mode.el"
echo "ok: aims-mode.el byte-compiles with no warnings"

"$emacs" --batch -L "$work" -l aims-mode -l "$here/test.el" ${server:+"$server"}
