#!/usr/bin/env bash
# Packs the release archive of one target: aims-VERSION-TARGET.tar.gz (.zip for
# Windows) holding the folder aims-VERSION-TARGET/ with `aims`, `aims-lsp` and the
# README, plus a `.sha256` file beside it in the format of `sha256sum`.
#
# Usage: .github/release/package.sh VERSION TARGET BIN_DIR OUT_DIR
#   VERSION  the tag, e.g. v0.1.0
#   TARGET   the Rust target triple, e.g. x86_64-unknown-linux-musl
#   BIN_DIR  the folder with the built binaries (target/TARGET/release)
#   OUT_DIR  where the archive and its checksum go
# The names are what the GitHub Action (.github/action/install.sh) and
# `cargo binstall` ([package.metadata.binstall] in the crates) look for.
set -euo pipefail

if [ "$#" -ne 4 ]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
version="$1" target="$2" bin_dir="$3" out_dir="$4"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
exe=""
[[ "$target" == *windows* ]] && exe=".exe"

name="aims-$version-$target"
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
for binary in aims aims-lsp; do
  if [ ! -f "$bin_dir/$binary$exe" ]; then
    echo "$bin_dir/$binary$exe does not exist: build it first" >&2
    exit 1
  fi
  cp "$bin_dir/$binary$exe" "$stage/$name/"
  chmod 755 "$stage/$name/$binary$exe"
done
cp "$root/README.md" "$stage/$name/"
[ -f "$root/LICENSE" ] && cp "$root/LICENSE" "$stage/$name/"

if [ -n "$exe" ]; then
  archive="$name.zip"
  rm -f "$out_dir/$archive"
  if command -v 7z >/dev/null 2>&1; then
    (cd "$stage" && 7z a -tzip -bd "$out_dir/$archive" "$name" >/dev/null)
  else
    (cd "$stage" && zip -qr "$out_dir/$archive" "$name")
  fi
else
  archive="$name.tar.gz"
  # A fixed order, owner and mtime, so that the same binaries give the same archive.
  (cd "$stage" && tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='1970-01-01 00:00:00Z' \
    -czf "$out_dir/$archive" "$name" 2>/dev/null ||
    tar -czf "$out_dir/$archive" "$name")
fi

(
  cd "$out_dir"
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$archive"; else shasum -a 256 "$archive"; fi > "$archive.sha256"
)
echo "$out_dir/$archive"
