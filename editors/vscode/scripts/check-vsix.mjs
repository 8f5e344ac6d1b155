// Checks that the packaged .vsix holds what the extension needs at run time.
//
// A .vsix is a zip file; this reads its central directory with Node alone, so the
// check needs no unzip tool. Run after `vsce package` (npm run package does).

import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { name, version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const vsix = path.join(root, `${name}-${version}.vsix`);

/** The names of the entries in a zip file, from its central directory. */
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
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    names.push(buf.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const entries = zipEntries(vsix);
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
const unwanted = entries.filter((entry) => /^extension\/(node_modules|src|test|out)\//.test(entry) || entry.endsWith(".map"));

console.log(`${path.basename(vsix)}: ${entries.length} entries`);
for (const entry of entries) {
  console.log(`  ${entry}`);
}
if (missing.length > 0 || unwanted.length > 0) {
  if (missing.length > 0) console.error(`missing: ${missing.join(", ")}`);
  if (unwanted.length > 0) console.error(`should not be shipped: ${unwanted.join(", ")}`);
  process.exit(1);
}
console.log("The package holds the grammar, the bundled extension, the README and the licence.");
