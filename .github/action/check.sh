#!/usr/bin/env bash
# The "Check the workspace" step of action.yml: runs `aims check` and writes the report.
#
# - `aims check PATH --format sarif` into $RUNNER_TEMP/aims.sarif (for code scanning),
#   and the same check in the readable format into the log;
# - `aims report PATH --format markdown` appended to $GITHUB_STEP_SUMMARY;
# - the outputs `exit-code` (of the check) and `sarif-file`.
# The step itself succeeds whatever the check found, so that the SARIF upload runs;
# action.yml's last step fails the job when `exit-code` is not 0.
#
# Reads AIMS_PATH, AIMS_DENY_WARNINGS (true/false), AIMS_AS_OF (YYYY-MM-DD or empty),
# RUNNER_TEMP, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
set -uo pipefail

path="${AIMS_PATH:-.}"
args=()
case "${AIMS_DENY_WARNINGS:-false}" in
  true | True | TRUE | yes | 1) args+=(--deny warnings) ;;
  false | False | FALSE | no | 0 | "") ;;
  *)
    echo "::error title=AIMS::deny-warnings must be true or false, not \"$AIMS_DENY_WARNINGS\""
    echo "exit-code=2" >> "$GITHUB_OUTPUT"
    exit 0
    ;;
esac
[ -n "${AIMS_AS_OF:-}" ] && args+=(--as-of "$AIMS_AS_OF")

sarif="${RUNNER_TEMP:-/tmp}/aims.sarif"
aims check "$path" --format sarif "${args[@]}" > "$sarif"
code=$?
# The readable diagnostics, for whoever reads the log; the exit code is the SARIF run's.
aims check "$path" --color always "${args[@]}" || true

report_args=()
[ -n "${AIMS_AS_OF:-}" ] && report_args+=(--as-of "$AIMS_AS_OF")
if ! aims report "$path" --format markdown "${report_args[@]}" >> "$GITHUB_STEP_SUMMARY"; then
  printf '\n**aims report** could not build the report for `%s`; see the log.\n' "$path" >> "$GITHUB_STEP_SUMMARY"
fi

{
  echo "exit-code=$code"
  # An empty or broken SARIF file (a usage error) is not uploaded.
  if [ -s "$sarif" ]; then echo "sarif-file=$sarif"; else echo "sarif-file="; fi
} >> "$GITHUB_OUTPUT"
exit 0
