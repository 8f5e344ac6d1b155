#!/usr/bin/env bash
# Builds one fuzz target with libFuzzer on the STABLE toolchain and runs it.
#
#   fuzz/run.sh TARGET [SECONDS] [more libFuzzer flags]
#
# cargo-fuzz needs nightly only for sanitizers; AIMS has no unsafe code
# (`unsafe_code = "forbid"`), so the target is built without one: SanitizerCoverage
# instrumentation (the same -C flags cargo-fuzz passes) works on stable. Panics,
# debug assertions and overflow checks are what the fuzzer catches.
# New corpus entries go to fuzz/corpus/TARGET (not committed); the seeds are the
# repository's own examples and fixtures (fuzz/seeds/TARGET where there are none);
# a crash is saved in fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/run.sh TARGET [SECONDS] [libFuzzer flags]}
seconds=${2:-600}
shift $(( $# < 2 ? $# : 2 ))
triple=$(rustc -vV | sed -n 's/^host: //p')
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing"
# --target keeps the instrumentation out of build scripts and proc macros.
[ -n "${AIMS_FUZZ_NO_BUILD:-}" ] || cargo build --release --target "$triple" --bin "$target"
case $target in
  parse|check|format) seeds=(../examples ../tests/fixtures/syntax ../tests/fixtures/workspaces ) ;;
  prose) seeds=(../examples/acme/site ../examples/errors/site ../tests/fixtures/prose ../tests/fixtures/honesty) ;;
  config) seeds=(../examples/acme/aims.toml ../examples/errors/aims.toml ../tests/fixtures/workspaces) ;;
  # Statements of Applicability as CSV and XLSX, made like the templates in
  # compiler/tests/it/import_soa.rs (fuzz/seeds/soa/).
  soa) seeds=(seeds/soa) ;;
  *) seeds=() ;;
esac
existing=()
for s in "${seeds[@]}"; do [ -e "$s" ] && existing+=("$s"); done
mkdir -p "corpus/$target" "artifacts/$target"
# Seeds that are files (not folders) are copied into the corpus folder.
for s in "${existing[@]}"; do [ -f "$s" ] && cp "$s" "corpus/$target/seed-$(basename "$s")"; done
dirs=()
for s in "${existing[@]}"; do [ -d "$s" ] && dirs+=("$s"); done
exec "./target/$triple/release/$target" -max_total_time="$seconds" -max_len=65536 \
  -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="artifacts/$target/" "$@" "corpus/$target" "${dirs[@]}"
