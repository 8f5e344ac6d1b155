#!/usr/bin/env bash
# The "Install aims" step of action.yml: puts `aims` on the job's PATH.
#
# It downloads the release archive for the runner from the action's own repository,
# checks it against its .sha256 file, and unpacks it; when any of that fails (no
# release for this platform, no network, a checksum mismatch) it falls back to
# `cargo install --locked --git REPO [--tag VERSION] aims-compiler`.
#
# Reads (from the runner and action.yml): RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP,
# GITHUB_PATH, GITHUB_OUTPUT, GITHUB_SERVER_URL, GITHUB_API_URL, GITHUB_REPOSITORY,
# GITHUB_ACTION_PATH, and AIMS_VERSION, AIMS_ACTION_REF, AIMS_REPOSITORY, GH_TOKEN.
# AIMS_RELEASE_BASE_URL overrides where archives are downloaded from (the local test
# points it at a folder through file://).
# Writes the outputs `version`, `bin-dir` and `source` (release or cargo).
set -euo pipefail

log() { printf 'aims install: %s\n' "$*"; }

# The repository and ref of the action. Composite actions do not always see
# github.action_repository and github.action_ref (actions/runner#2473), so the
# action's own checkout path, .../_actions/OWNER/REPO/REF, is the next source.
repo="${AIMS_REPOSITORY:-}"
ref="${AIMS_ACTION_REF:-}"
action_path="${GITHUB_ACTION_PATH:-}"
if [ -z "$repo" ] && [[ "$action_path" =~ /_actions/([^/]+)/([^/]+)/([^/]+)/?$ ]]; then
  repo="${BASH_REMATCH[1]}/${BASH_REMATCH[2]}"
  ref="${ref:-${BASH_REMATCH[3]}}"
fi
repo="${repo:-${GITHUB_REPOSITORY:-}}"
if [ -z "$repo" ]; then
  echo "::error title=AIMS::cannot tell which repository the action comes from; set GITHUB_REPOSITORY" >&2
  exit 1
fi
server="${GITHUB_SERVER_URL:-https://github.com}"

# The version: the input, else the tag the action is used at (v1.2.3), else the latest release.
version="${AIMS_VERSION:-}"
if [ -z "$version" ] && [[ "$ref" =~ ^v[0-9]+\.[0-9]+\.[0-9]+ ]]; then
  version="$ref"
fi
if [ -z "$version" ]; then
  api="${GITHUB_API_URL:-https://api.github.com}/repos/$repo/releases/latest"
  auth=()
  [ -n "${GH_TOKEN:-}" ] && auth=(-H "Authorization: Bearer $GH_TOKEN")
  version="$(curl -fsSL "${auth[@]}" "$api" 2>/dev/null | sed -n 's/^ *"tag_name": *"\([^"]*\)".*/\1/p' | head -n 1 || true)"
  [ -n "$version" ] && log "latest release: $version"
fi
[ -n "$version" ] && [[ "$version" != v* ]] && version="v$version"

# The release target for this runner.
case "${RUNNER_OS:-$(uname -s)}/${RUNNER_ARCH:-$(uname -m)}" in
  Linux/X64 | Linux/x86_64) target=x86_64-unknown-linux-musl ext=tar.gz ;;
  Linux/ARM64 | Linux/aarch64) target=aarch64-unknown-linux-musl ext=tar.gz ;;
  macOS/X64 | Darwin/x86_64) target=x86_64-apple-darwin ext=tar.gz ;;
  macOS/ARM64 | Darwin/arm64) target=aarch64-apple-darwin ext=tar.gz ;;
  Windows/X64) target=x86_64-pc-windows-msvc ext=zip ;;
  *) target="" ext="" ;;
esac

temp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
bin_dir="$temp/aims-bin"
rm -rf "$bin_dir"
mkdir -p "$bin_dir"

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d ' ' -f 1
}

# Downloads, verifies and unpacks the release archive; returns non-zero on any failure.
from_release() {
  [ -n "$version" ] || { log "no release version is known"; return 1; }
  [ -n "$target" ] || { log "no release archive for ${RUNNER_OS:-?}/${RUNNER_ARCH:-?}"; return 1; }
  local name="aims-$version-$target"
  local base="${AIMS_RELEASE_BASE_URL:-$server/$repo/releases/download}/$version"
  local work="$temp/aims-download"
  rm -rf "$work"
  mkdir -p "$work"
  log "downloading $base/$name.$ext"
  curl -fsSL --retry 3 -o "$work/$name.$ext" "$base/$name.$ext" || { log "download failed"; return 1; }
  curl -fsSL --retry 3 -o "$work/$name.$ext.sha256" "$base/$name.$ext.sha256" || { log "no checksum file"; return 1; }
  local want got
  want="$(cut -d ' ' -f 1 < "$work/$name.$ext.sha256" | tr -d '\r\n')"
  got="$(sha256 "$work/$name.$ext")"
  if [ "$want" != "$got" ]; then
    log "checksum mismatch for $name.$ext: expected $want, got $got"
    return 1
  fi
  if [ "$ext" = zip ]; then
    unzip -q -o "$work/$name.$ext" -d "$work" || return 1
  else
    tar -xzf "$work/$name.$ext" -C "$work" || return 1
  fi
  cp "$work/$name"/aims* "$bin_dir/" || return 1
}

if from_release; then
  source=release
else
  log "falling back to cargo install (this compiles aims: minutes)"
  args=(install --locked --root "$temp/aims-cargo" --git "$server/$repo")
  [ -n "$version" ] && args+=(--tag "$version")
  cargo "${args[@]}" aims-compiler
  cp "$temp/aims-cargo/bin"/aims* "$bin_dir/"
  source=cargo
fi

echo "$bin_dir" >> "$GITHUB_PATH"
{
  echo "version=$version"
  echo "bin-dir=$bin_dir"
  echo "source=$source"
} >> "$GITHUB_OUTPUT"
log "installed from $source: $("$bin_dir/aims" --version)"
