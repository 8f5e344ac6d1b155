#!/usr/bin/env bash
# Tests the tree-sitter grammar for AIMS with the tree-sitter CLI:
#   1. `tree-sitter generate` rebuilds src/ from grammar.js, and src/ must not change
#      (the generated parser is committed, for editors that build it from the repository);
#   2. `tree-sitter test`: the corpus in test/corpus/ and the highlight assertions in
#      test/highlight/;
#   3. the fold and indent queries compile against the grammar;
#   4. every .aims file in the repository that `aims check` reads without a syntax error
#      parses without an ERROR node (test/parse-examples.mjs).
#
# Usage: editors/tree-sitter-aims/test.sh [AIMS]
#   AIMS  the aims binary (default target/debug/aims)
# The CLI is $TREE_SITTER, else tree-sitter on PATH, else ~/.cache/aims-ci/tree-sitter/bin/tree-sitter
# (.ci/run installs it there with `cargo install tree-sitter-cli --locked`). Needs a C compiler and Node.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
aims="${1:-$root/target/debug/aims}"
ts="${TREE_SITTER:-$(command -v tree-sitter || echo "$HOME/.cache/aims-ci/tree-sitter/bin/tree-sitter")}"
if [ ! -x "$ts" ]; then
  echo "no tree-sitter CLI: cargo install tree-sitter-cli --locked (or set TREE_SITTER)" >&2
  exit 1
fi
cd "$here"
echo "==> $("$ts" --version)"

echo "==> tree-sitter generate"
"$ts" generate
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1 &&
  ! git -C "$root" diff --quiet -- editors/tree-sitter-aims/src; then
  git -C "$root" --no-pager diff --stat -- editors/tree-sitter-aims/src
  echo "src/ is out of date with grammar.js: commit the regenerated files" >&2
  exit 1
fi

echo "==> tree-sitter test"
"$ts" test

echo "==> queries compile"
TMPDIR_QUERY="$(mktemp -d)"
trap 'rm -rf "$TMPDIR_QUERY"' EXIT
sample="$root/examples/acme/spec/controls.aims"
for query in queries/folds.scm queries/indents.scm queries/helix/indents.scm queries/highlights.scm; do
  if ! "$ts" query "$query" "$sample" > /dev/null 2> "$TMPDIR_QUERY/err"; then
    cat "$TMPDIR_QUERY/err" >&2
    echo "FAILED - $query does not compile against the grammar" >&2
    exit 1
  fi
  echo "ok - $query"
done

echo "==> every .aims file without a syntax error parses without an ERROR node"
node test/parse-examples.mjs "$ts" "$aims"
