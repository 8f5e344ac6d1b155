#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml with the real pre-commit tool (from PyPI) against a
# temporary git repository holding a copy of examples/acme:
#   - aims-check passes on the clean workspace, fails on a misspelt field and names it;
#   - aims-fmt rewrites a badly laid-out file (pre-commit fails: "files were modified"),
#     then passes;
#   - neither runs when no .aims file or aims.toml is among the files.
#
# Usage: .github/pre-commit/test.sh [BIN_DIR]
#   BIN_DIR  where `aims` is (default target/debug); it is put first on PATH.
# pre-commit is installed once into ~/.cache/aims-ci/pre-commit-venv (AIMS_CI_CACHE to move it).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin_dir="$(cd "${1:-$root/target/debug}" && pwd)"
cache="${AIMS_CI_CACHE:-$HOME/.cache/aims-ci}"
venv="$cache/pre-commit-venv"
if [ ! -x "$venv/bin/pre-commit" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "pre-commit>=4,<5"
fi
pre_commit="$venv/bin/pre-commit"
export PATH="$bin_dir:$PATH"
export PRE_COMMIT_HOME="$cache/pre-commit-home"
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.com

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/governance"
mkdir -p "$repo"
cp -R "$root/examples/acme/." "$repo/"
git -C "$repo" init -q
git -C "$repo" add -A
git -C "$repo" commit -qm "AIMS workspace"

passed=0
failed=0
check() {
  local title="$1"
  shift
  if "$@"; then
    echo "ok - $title"
    passed=$((passed + 1))
  else
    echo "FAILED - $title"
    failed=$((failed + 1))
  fi
}

# Runs one hook of this repository through `pre-commit try-repo` (which also picks up
# uncommitted changes to the hooks file); prints its output, returns its status.
hook() {
  (cd "$repo" && "$pre_commit" try-repo "$root" "$@" 2>&1)
}

out="$(hook aims-check --all-files)" && status=0 || status=$?
echo "$out" | sed 's/^/    /'
check "aims-check passes on a clean workspace" [ "$status" -eq 0 ]
check "aims-check ran (not skipped)" grep -q "aims check.*Passed" <<<"$out"

spec="$(cd "$repo" && git ls-files '*.aims' | head -n 1)"
sed -i.bak 's/^\( *\)jurisdiction:/\1jurisdction:/' "$repo/spec/organisation.aims"
rm -f "$repo/spec/organisation.aims.bak"
git -C "$repo" add -A
out="$(hook aims-check --all-files)" && status=0 || status=$?
echo "$out" | sed 's/^/    /'
check "aims-check fails on a misspelt field" [ "$status" -ne 0 ]
check "and its output names the diagnostic" grep -q "unknown-field" <<<"$out"
check "and the misspelt field" grep -q "jurisdction" <<<"$out"
git -C "$repo" checkout -q -- .

# A file with a bad layout: every line indented by four more spaces.
sed -i.bak 's/^/    /' "$repo/$spec"
rm -f "$repo/$spec.bak"
git -C "$repo" add -A
out="$(hook aims-fmt --all-files)" && status=0 || status=$?
echo "$out" | sed 's/^/    /'
check "aims-fmt fails when it rewrites a file" [ "$status" -ne 0 ]
check "and says that it modified files" grep -q "files were modified by this hook" <<<"$out"
check "the file is back in the canonical layout" git -C "$repo" diff --quiet HEAD -- "$spec"
git -C "$repo" add -A
out="$(hook aims-fmt --all-files)" && status=0 || status=$?
check "aims-fmt passes on a formatted workspace" [ "$status" -eq 0 ]

echo "notes" > "$repo/NOTES.txt"
git -C "$repo" add NOTES.txt
out="$(hook aims-check --files NOTES.txt)" && status=0 || status=$?
echo "$out" | sed 's/^/    /'
check "aims-check is skipped when no AIMS file is involved" grep -q "aims check.*no files to check.*Skipped" <<<"$out"

echo "pre-commit hook tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
