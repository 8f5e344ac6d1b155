// What the status bar item says: the language server's state and the workspace's
// coverage, read from `aims report --format json`.
//
// This module must never import `vscode`: it is unit-tested under plain Node.

/** The counts of one framework in the JSON report (`frameworks[].counts`). */
export interface CoverageCounts {
  readonly covered: number;
  readonly partial: number;
  readonly mapped: number;
  readonly excluded: number;
  readonly gap: number;
  readonly not_applicable: number;
}

/** The coverage of one in-scope framework. */
export interface FrameworkCoverage {
  readonly name: string;
  readonly title: string;
  readonly counts: CoverageCounts;
}

/** What the status bar shows of a report. */
export interface CoverageSummary {
  readonly asOf: string;
  readonly frameworks: readonly FrameworkCoverage[];
  readonly errors: number;
  readonly warnings: number;
}

/** The arguments of `aims report` that print the JSON report of one workspace. */
export function coverageArgs(workspaceRoot: string, asOf?: string): string[] {
  const args = ["report", workspaceRoot, "--format", "json"];
  if (asOf !== undefined) {
    args.push("--as-of", asOf);
  }
  return args;
}

const COUNT_KEYS = ["covered", "partial", "mapped", "excluded", "gap", "not_applicable"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function count(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0;
}

/**
 * Reads the in-scope frameworks and the diagnostic totals from the JSON report.
 * Returns undefined for text that is not a version-1 report, so that the caller can
 * say "coverage unknown" instead of showing wrong numbers.
 */
export function parseCoverage(json: string): CoverageSummary | undefined {
  let report: unknown;
  try {
    report = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isRecord(report) || report["version"] !== 1 || !Array.isArray(report["frameworks"])) {
    return undefined;
  }
  const frameworks: FrameworkCoverage[] = [];
  for (const framework of report["frameworks"]) {
    if (!isRecord(framework) || framework["in_scope"] !== true || !isRecord(framework["counts"])) {
      continue;
    }
    const raw = framework["counts"];
    const counts = Object.fromEntries(COUNT_KEYS.map((key) => [key, count(raw[key])])) as unknown as CoverageCounts;
    const name = typeof framework["name"] === "string" ? framework["name"] : "?";
    const title = typeof framework["title"] === "string" ? framework["title"] : name;
    frameworks.push({ name, title, counts });
  }
  const diagnostics = isRecord(report["diagnostics"]) ? report["diagnostics"] : {};
  return {
    asOf: typeof report["as_of"] === "string" ? report["as_of"] : "",
    frameworks,
    errors: count(diagnostics["errors"]),
    warnings: count(diagnostics["warnings"]),
  };
}

/** Requirements that apply: all of them except the excluded and the not applicable ones. */
export function applicable(counts: CoverageCounts): number {
  return counts.covered + counts.partial + counts.mapped + counts.gap;
}

/**
 * The share of applicable requirements that are fully covered, as a whole percentage
 * rounded down (so that 99.6% is never shown as 100%); undefined when none apply.
 */
export function coveredPercent(counts: CoverageCounts): number | undefined {
  const total = applicable(counts);
  return total === 0 ? undefined : Math.floor((counts.covered * 100) / total);
}

/** The state of the language server as the status bar shows it. */
export type ServerState = "starting" | "running" | "stopped" | "missing";

/** The status bar item's text, tooltip and look for a server state and the last coverage. */
export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  readonly severity: "ok" | "warning" | "error";
}

const STATE_WORDS: Record<ServerState, string> = {
  starting: "the language server is starting",
  running: "the language server is running",
  stopped: "the language server has stopped (run “AIMS: Restart server”)",
  missing: "the language server was not found (see the AIMS Language Server output)",
};

/**
 * The status bar item: `AIMS` with an icon for the server's state, then the covered
 * share of each in-scope framework (`iso42001 11%`). The tooltip has the full counts.
 */
export function statusView(state: ServerState, coverage: CoverageSummary | undefined, coverageError?: string): StatusView {
  const icon =
    state === "starting" ? "$(sync~spin)" : state === "running" ? "$(check)" : "$(error)";
  const lines = [`AIMS: ${STATE_WORDS[state]}.`];
  let text = `${icon} AIMS`;
  if (coverage !== undefined) {
    const parts = coverage.frameworks.map((f) => {
      const percent = coveredPercent(f.counts);
      return `${f.name} ${percent === undefined ? "n/a" : `${percent}%`}`;
    });
    if (parts.length > 0) {
      text += ` ${parts.join(" · ")}`;
    }
    lines.push("", `Coverage on ${coverage.asOf || "the as-of date"} (files as saved):`);
    if (coverage.frameworks.length === 0) {
      lines.push("no framework is in scope (add `scope: [iso42001, …]` to the organisation).");
    }
    for (const f of coverage.frameworks) {
      const c = f.counts;
      lines.push(
        `${f.title}: ${c.covered} of ${applicable(c)} applicable requirements covered, ` +
          `${c.partial} partial, ${c.mapped} mapped, ${c.gap} gaps; ${c.excluded} excluded, ${c.not_applicable} not applicable.`,
      );
    }
    lines.push(`${coverage.errors} errors, ${coverage.warnings} warnings.`);
  } else if (coverageError !== undefined) {
    lines.push("", `Coverage unknown: ${coverageError}`);
  }
  lines.push("", "Click to show the report.");
  const severity =
    state === "stopped" || state === "missing" || (coverage?.errors ?? 0) > 0
      ? "error"
      : (coverage?.warnings ?? 0) > 0 || coverageError !== undefined
        ? "warning"
        : "ok";
  return { text, tooltip: lines.join("\n"), severity };
}
