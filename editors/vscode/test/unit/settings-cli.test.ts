// Unit tests of the pure helpers: settings sent to the server, and CLI command lines.

import * as assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";

import {
  diagnosticNames,
  explainArgs,
  findWorkspaceRoot,
  isDiagnosticName,
  parseExplainList,
  REPORT_CSP,
  reportArgs,
  withContentSecurityPolicy,
} from "../../src/cli";
import { isValidAsOf, readServerSettings, serverConfiguration } from "../../src/settings";

function settings(values: Record<string, unknown>): ReturnType<typeof readServerSettings> {
  return readServerSettings((key) => values[key]);
}

describe("server settings", () => {
  it("sends the as-of date and the prose switch", () => {
    assert.deepEqual(serverConfiguration(settings({ asOf: "2026-11-28", checkProse: false })), {
      asOf: "2026-11-28",
      checkProse: false,
    });
  });

  it("defaults to no as-of date and prose checking on", () => {
    assert.deepEqual(serverConfiguration(settings({})), { asOf: null, checkProse: true });
    assert.deepEqual(serverConfiguration(settings({ asOf: "  ", checkProse: "yes" })), { asOf: null, checkProse: true });
  });

  it("drops an invalid as-of date and reports it", () => {
    const read = settings({ asOf: "2026-02-30" });
    assert.equal(read.asOf, undefined);
    assert.equal(read.invalidAsOf, "2026-02-30");
    assert.equal(serverConfiguration(read).asOf, null);
  });

  it("sends severity overrides only when set, and only known severities", () => {
    const read = settings({ severity: { "unused-declaration": "off", "requirement-gap": "error", "evidence-stale": "loud" } });
    assert.deepEqual(serverConfiguration(read), {
      asOf: null,
      checkProse: true,
      severity: { "unused-declaration": "off", "requirement-gap": "error" },
    });
    assert.equal(serverConfiguration(settings({ severity: ["off"] })).severity, undefined);
  });

  it("validates calendar dates", () => {
    assert.ok(isValidAsOf("2024-02-29"));
    assert.ok(isValidAsOf("2026-11-28"));
    for (const bad of ["2025-02-29", "2026-13-01", "2026-11-28T00:00", "26-11-28", "2027-Q4", "2027-01"]) {
      assert.ok(!isValidAsOf(bad), bad);
    }
  });
});

describe("CLI command lines", () => {
  it("builds the report command, with --as-of only when set", () => {
    assert.deepEqual(reportArgs("/ws", "/tmp/r.html"), ["report", "/ws", "--format", "html", "--out", "/tmp/r.html"]);
    assert.deepEqual(reportArgs("/ws", "/tmp/r.html", "2026-11-28").slice(-2), ["--as-of", "2026-11-28"]);
  });

  it("builds the explain command and refuses what is not a diagnostic name", () => {
    assert.deepEqual(explainArgs("unknown-field"), ["explain", "unknown-field"]);
    for (const bad of ["", "Unknown-Field", "--help", "unknown field", "a--b", "-x"]) {
      assert.ok(!isDiagnosticName(bad), bad);
      assert.throws(() => explainArgs(bad));
    }
  });

  it("collects distinct diagnostic names from every form of code", () => {
    assert.deepEqual(
      diagnosticNames(["unknown-field", { value: "missing-field" }, 42, undefined, "unknown-field", "MD013", { value: 7 }]),
      ["unknown-field", "missing-field"],
    );
  });
});

describe("parseExplainList", () => {
  it("reads the name, severity and summary of each line that `aims explain` lists", () => {
    const stdout = [
      "syntax-error                     error    the parser could not read it",
      "unused-declaration               warning  a role or evidence nobody refers to",
      "",
      "not a line of the list",
    ].join("\n");
    assert.deepEqual(parseExplainList(stdout), [
      { name: "syntax-error", severity: "error", summary: "the parser could not read it" },
      { name: "unused-declaration", severity: "warning", summary: "a role or evidence nobody refers to" },
    ]);
  });
});

describe("findWorkspaceRoot", () => {
  const root = path.resolve("/ws");
  const exists = (tomls: string[]) => (file: string) => tomls.map((d) => path.join(d, "aims.toml")).includes(file);

  it("finds the nearest aims.toml above the start", () => {
    const spec = path.join(root, "specs");
    assert.equal(findWorkspaceRoot(path.join(spec, "systems"), root, exists([spec, root])), spec);
    assert.equal(findWorkspaceRoot(path.join(spec, "systems"), root, exists([root])), root);
  });

  it("stops at the folder and falls back to it", () => {
    assert.equal(findWorkspaceRoot(path.join(root, "a", "b"), root, exists([path.resolve("/")])), root);
    assert.equal(findWorkspaceRoot(path.resolve("/elsewhere"), root, exists([])), root);
    assert.equal(findWorkspaceRoot(path.resolve("/wsx/a"), root, exists([path.resolve("/wsx")])), root);
  });
});

describe("the report's Content-Security-Policy", () => {
  it("goes into the head, or first when there is none", () => {
    const withHead = withContentSecurityPolicy('<!doctype html><html><head lang="en"><title>r</title></head></html>');
    assert.match(withHead, /<head lang="en"><meta http-equiv="Content-Security-Policy"/);
    assert.ok(withContentSecurityPolicy("<p>r</p>").startsWith("<meta http-equiv"));
    assert.ok(!REPORT_CSP.includes("script-src"));
  });
});
