// Checks that the packaged .vsix holds what the extension needs at run time.
//
// A .vsix is a zip file; this reads its central directory with Node alone, so the
// check needs no unzip tool. Run after `vsce package` (npm run package does).
//
// Usage: node scripts/check-vsix.mjs [FILE.vsix] [--target TARGET]
//   Without a file it checks aims-VERSION.vsix in this folder. With --target (as
//   scripts/package-platform.mjs passes) it also requires the bundled binaries,
//   `server/aims-lsp` and `server/aims` (`.exe` on win32-*), stored as executables,
//   and the target in the package manifest.

import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { name, version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const { values: options, positionals } = parseArgs({
  options: { target: { type: "string" } },
  allowPositionals: true,
});
const vsix = positionals[0] === undefined ? path.join(root, `${name}-${version}.vsix`) : path.resolve(positionals[0]);
const target = options.target;

/** The entries of a zip file from its central directory: name and Unix mode (0 if none). */
function zipEntries(file) {
  const buf = fs.readFileSync(file);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    throw new Error(`${file} is not a zip file`);
  }
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) {
      throw new Error(`bad central directory entry in ${file}`);
    }
    const madeBy = buf.readUInt16LE(at + 4) >> 8; // 3 = Unix: the high 16 bits hold the mode
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const external = buf.readUInt32LE(at + 38);
    names.push({
      name: buf.toString("utf8", at + 46, at + 46 + nameLength),
      mode: madeBy === 3 ? external >>> 16 : 0,
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      localHeader: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The bytes of one stored or deflated entry, found through the central directory. */
function zipRead(file, entry) {
  const buf = fs.readFileSync(file);
  const at = entry.localHeader;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  return entry.method === 8 ? zlib.inflateRawSync(data) : data;
}

const listed = zipEntries(vsix);
const entries = listed.map((entry) => entry.name);
const required = [
  "extension/package.json",
  "extension/readme.md",
  "extension/LICENSE.txt",
  "extension/language-configuration.json",
  "extension/syntaxes/aims.tmLanguage.json",
  "extension/snippets/aims.json",
  "extension/dist/extension.js",
];
// vsce stores the README as readme.md, so names are compared without case.
const lower = entries.map((entry) => entry.toLowerCase());
const missing = required.filter((entry) => !lower.includes(entry.toLowerCase()));
const unwanted = entries.filter((entry) => /^extension\/(node_modules|src|test|out|e2e)\//.test(entry) || entry.endsWith(".map"));
const problems = [];
if (target === undefined) {
  // A package without a target is for every platform, so it must not carry binaries.
  unwanted.push(...entries.filter((entry) => entry.startsWith("extension/server/")));
} else {
  const exe = target.startsWith("win32-") ? ".exe" : "";
  for (const binary of ["aims-lsp", "aims"]) {
    const entry = listed.find((e) => e.name === `extension/server/${binary}${exe}`);
    if (entry === undefined) {
      missing.push(`extension/server/${binary}${exe}`);
    } else if (exe === "" && (entry.mode & 0o111) === 0) {
      problems.push(`extension/server/${binary} is not stored as executable (mode ${entry.mode.toString(8)})`);
    }
  }
  const manifestEntry = listed.find((e) => e.name === "extension.vsixmanifest");
  const manifest = manifestEntry === undefined ? "" : zipRead(vsix, manifestEntry).toString("utf8");
  if (!manifest.includes(`TargetPlatform="${target}"`)) {
    problems.push(`extension.vsixmanifest does not name the target platform ${target}`);
  }
}

console.log(`${path.basename(vsix)}: ${entries.length} entries`);
for (const entry of entries) {
  console.log(`  ${entry}`);
}
if (missing.length > 0 || unwanted.length > 0 || problems.length > 0) {
  if (missing.length > 0) console.error(`missing: ${missing.join(", ")}`);
  if (unwanted.length > 0) console.error(`should not be shipped: ${unwanted.join(", ")}`);
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(
  target === undefined
    ? "The package holds the grammar, the bundled extension, the README and the licence."
    : `The ${target} package holds the grammar, the bundled extension, the README, the licence, and aims-lsp and aims.`,
);
