// Builds a platform-specific .vsix that carries the AIMS binaries, the way
// rust-analyzer and ruff ship their servers: `aims-lsp` (the language server) and
// `aims` (the CLI behind "AIMS: Show report") are copied into `server/`, and
// `vsce package --target TARGET` marks the package for that platform only, so the
// Marketplace and Open VSX offer each user the one that runs on their machine.
//
// Usage: node scripts/package-platform.mjs --target linux-x64 --bin-dir ../../target/release [--out DIR]
//   --target   a vsce target: linux-x64, linux-arm64, alpine-x64, darwin-x64, darwin-arm64, win32-x64, …
//   --bin-dir  the folder holding aims-lsp and aims (aims-lsp.exe and aims.exe for win32-*)
//   --out      where to write aims-TARGET-VERSION.vsix (default: this folder)
// Then it checks the package with scripts/check-vsix.mjs. Runs on Linux, macOS and Windows.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    target: { type: "string" },
    "bin-dir": { type: "string" },
    out: { type: "string", default: root },
  },
});
const TARGETS = [
  "win32-x64",
  "win32-arm64",
  "linux-x64",
  "linux-arm64",
  "linux-armhf",
  "alpine-x64",
  "alpine-arm64",
  "darwin-x64",
  "darwin-arm64",
];
if (values.target === undefined || !TARGETS.includes(values.target) || values["bin-dir"] === undefined) {
  console.error(`usage: package-platform.mjs --target (${TARGETS.join("|")}) --bin-dir DIR [--out DIR]`);
  process.exit(2);
}
const target = values.target;
const binDir = path.resolve(values["bin-dir"]);
const exe = target.startsWith("win32-") ? ".exe" : "";

const serverDir = path.join(root, "server");
fs.rmSync(serverDir, { recursive: true, force: true });
fs.mkdirSync(serverDir);
for (const binary of ["aims-lsp", "aims"]) {
  const from = path.join(binDir, binary + exe);
  if (!fs.existsSync(from)) {
    console.error(`${from} does not exist: build it first (cargo build --release -p aims-lsp -p aims-compiler).`);
    process.exit(1);
  }
  const to = path.join(serverDir, binary + exe);
  fs.copyFileSync(from, to);
  fs.chmodSync(to, 0o755);
}

const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
fs.mkdirSync(values.out, { recursive: true });
const vsix = path.join(path.resolve(values.out), `aims-${target}-${version}.vsix`);
const run = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
};
try {
  run([
    path.join(root, "node_modules", "@vscode", "vsce", "vsce"),
    "package",
    "--no-dependencies",
    "--allow-missing-repository",
    "--target",
    target,
    "--out",
    vsix,
  ]);
} finally {
  // The binaries are only for this package; a later plain `npm run package` must not pick them up.
  fs.rmSync(serverDir, { recursive: true, force: true });
}
run([path.join(root, "scripts", "check-vsix.mjs"), vsix, "--target", target]);
