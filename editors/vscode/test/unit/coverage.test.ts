// Tests of what the status bar item says: reading the JSON report and the text.

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { coverageArgs, coveredPercent, parseCoverage, statusView } from "../../src/coverage";

const REPORT = JSON.stringify({
  version: 1,
  as_of: "2026-11-28",
  frameworks: [
    {
      name: "cyber_essentials",
      title: "Cyber Essentials",
      in_scope: true,
      counts: { covered: 4, partial: 1, mapped: 0, excluded: 0, gap: 0, not_applicable: 0 },
    },
    {
      name: "iso42001",
      title: "ISO/IEC 42001:2023",
      in_scope: true,
      counts: { covered: 8, partial: 1, mapped: 0, excluded: 3, gap: 61, not_applicable: 2 },
    },
    { name: "soc2", title: "SOC 2", in_scope: false, counts: { covered: 0, partial: 0, mapped: 0, excluded: 0, gap: 61, not_applicable: 0 } },
  ],
  diagnostics: { errors: 2, warnings: 1, notes: 0, by_code: {} },
});

describe("coverage in the status bar", () => {
  it("asks the CLI for the JSON report, with the as-of date when there is one", () => {
    assert.deepEqual(coverageArgs("/ws"), ["report", "/ws", "--format", "json"]);
    assert.deepEqual(coverageArgs("/ws", "2026-11-28"), ["report", "/ws", "--format", "json", "--as-of", "2026-11-28"]);
  });

  it("reads the in-scope frameworks and the diagnostic totals", () => {
    const summary = parseCoverage(REPORT);
    assert.ok(summary !== undefined);
    assert.equal(summary.asOf, "2026-11-28");
    assert.deepEqual(
      summary.frameworks.map((f) => f.name),
      ["cyber_essentials", "iso42001"],
    );
    assert.equal(summary.frameworks[1]?.counts.gap, 61);
    assert.equal(summary.errors, 2);
    assert.equal(summary.warnings, 1);
  });

  it("refuses text that is not a version-1 report rather than show wrong numbers", () => {
    assert.equal(parseCoverage(""), undefined);
    assert.equal(parseCoverage("error: cannot read `x`"), undefined);
    assert.equal(parseCoverage(JSON.stringify({ version: 2, frameworks: [] })), undefined);
    assert.equal(parseCoverage(JSON.stringify({ version: 1 })), undefined);
  });

  it("counts covered requirements among the applicable ones, rounding down", () => {
    // 8 of 8 + 1 + 61 = 70 applicable: 11.4% shows as 11%.
    assert.equal(coveredPercent({ covered: 8, partial: 1, mapped: 0, excluded: 3, gap: 61, not_applicable: 2 }), 11);
    // 199 of 200 is 99.5%: never shown as 100%.
    assert.equal(coveredPercent({ covered: 199, partial: 0, mapped: 0, excluded: 0, gap: 1, not_applicable: 0 }), 99);
    assert.equal(coveredPercent({ covered: 0, partial: 0, mapped: 0, excluded: 4, gap: 0, not_applicable: 1 }), undefined);
  });

  it("shows the server state and each in-scope framework, with the counts in the tooltip", () => {
    const view = statusView("running", parseCoverage(REPORT));
    assert.equal(view.text, "$(check) AIMS cyber_essentials 80% · iso42001 11%");
    assert.equal(view.severity, "error", "the workspace has errors");
    assert.match(view.tooltip, /the language server is running/);
    assert.match(view.tooltip, /Coverage on 2026-11-28/);
    assert.match(
      view.tooltip,
      /ISO\/IEC 42001:2023: 8 of 70 applicable requirements covered, 1 partial, 0 mapped, 61 gaps; 3 excluded, 2 not applicable\./,
    );
    assert.match(view.tooltip, /2 errors, 1 warnings\./);
  });

  it("shows a starting, stopped or missing server, and why coverage is unknown", () => {
    assert.equal(statusView("starting", undefined).text, "$(sync~spin) AIMS");
    const stopped = statusView("stopped", undefined);
    assert.equal(stopped.text, "$(error) AIMS");
    assert.equal(stopped.severity, "error");
    assert.match(stopped.tooltip, /AIMS: Restart server/);
    const unknown = statusView("running", undefined, "the aims CLI was not found (aims.cli.path).");
    assert.equal(unknown.severity, "warning");
    assert.match(unknown.tooltip, /Coverage unknown: the aims CLI was not found/);
  });
});
