// Checks the grammar against every `.aims` file in the repository: each file that the
// compiler reads without a `syntax-error` must parse here without an ERROR or MISSING
// node. Files the compiler rejects are only counted, with how many of them show an
// error here too: the grammar is more lenient (any word may start a declaration, for
// highlighting while typing), so it need not reject all of them.
//
// Usage: node test/parse-examples.mjs TREE_SITTER AIMS
//   TREE_SITTER  the tree-sitter CLI; AIMS  the `aims` binary (target/debug/aims)
// Run from editors/tree-sitter-aims (test.sh does), after `tree-sitter generate`.

import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const [treeSitter, aims] = process.argv.slice(2);
if (treeSitter === undefined || aims === undefined) {
  console.error("usage: node test/parse-examples.mjs TREE_SITTER AIMS");
  process.exit(2);
}
const grammarDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repo = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: grammarDir, encoding: "utf8" }).trim();
const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "*.aims"], {
  cwd: repo,
  encoding: "utf8",
})
  .split("\0")
  .filter((f) => f !== "" && fs.existsSync(path.join(repo, f)));

/** The workspace root the compiler uses for a file: the nearest aims.toml above, else its folder. */
function workspaceRoot(file) {
  const start = path.dirname(path.join(repo, file));
  for (let dir = start; dir.startsWith(repo); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "aims.toml"))) return dir;
    if (dir === repo) break;
  }
  return start;
}

// The files with syntax errors, by `aims check ROOT --format json`, one run per root.
const withSyntaxErrors = new Set();
const roots = new Set(files.map(workspaceRoot));
for (const root of roots) {
  const run = spawnSync(aims, ["check", root, "--format", "json", "--color", "never"], { encoding: "utf8" });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`aims check ${root} printed no JSON (exit ${run.status}): ${run.stderr}`);
    process.exit(1);
  }
  for (const d of report.diagnostics) {
    if (d.code === "syntax-error" && typeof d.file === "string") {
      withSyntaxErrors.add(path.resolve(root, d.file));
    }
  }
}

let clean = 0;
let broken = 0;
let brokenSeen = 0;
const failures = [];
for (const file of files) {
  const full = path.join(repo, file);
  const run = spawnSync(treeSitter, ["parse", "--cst", full], { cwd: grammarDir, encoding: "utf8" });
  const tree = run.stdout + run.stderr;
  const hasError = /\bERROR\b|\bMISSING\b/.test(tree) || run.status !== 0;
  if (withSyntaxErrors.has(full)) {
    broken += 1;
    if (hasError) brokenSeen += 1;
  } else {
    clean += 1;
    if (hasError) {
      const where = tree.split("\n").filter((l) => /ERROR|MISSING/.test(l)).slice(0, 3).join("\n    ");
      failures.push(`${file}: no syntax error for the compiler, but:\n    ${where}`);
    }
  }
}

for (const failure of failures) console.log(`FAILED - ${failure}`);
console.log(
  `tree-sitter over the repository's .aims files: ${clean} without syntax errors (${failures.length} failed), ` +
    `${broken} with syntax errors (${brokenSeen} of them with an ERROR node here too)`,
);
process.exit(failures.length === 0 && clean > 0 ? 0 : 1);
