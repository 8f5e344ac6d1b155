// Command lines for the `aims` CLI and the small transformations around them:
// which diagnostic names to offer, where a workspace is rooted, and how the HTML
// report is made safe to show in a webview.
//
// This module must never import `vscode`: it is unit-tested under plain Node.

import * as path from "node:path";

/** The arguments of `aims report` that write the HTML report of one workspace to a file. */
export function reportArgs(workspaceRoot: string, outFile: string, asOf?: string): string[] {
  const args = ["report", workspaceRoot, "--format", "html", "--out", outFile];
  if (asOf !== undefined) {
    args.push("--as-of", asOf);
  }
  return args;
}

/** Diagnostic names are kebab-case words, as in the language contract: `unknown-field`. */
export function isDiagnosticName(name: string): boolean {
  return /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name);
}

/** The arguments of `aims explain NAME`; throws on a name that is not a diagnostic name. */
export function explainArgs(name: string): string[] {
  if (!isDiagnosticName(name)) {
    throw new Error(`"${name}" is not a diagnostic name; names look like unknown-field.`);
  }
  return ["explain", name];
}

/** One line of `aims explain` run without a name, which lists every diagnostic. */
export interface DiagnosticEntry {
  readonly name: string;
  readonly severity: string;
  readonly summary: string;
}

/** Reads the list that `aims explain` prints: `NAME  SEVERITY  SUMMARY` a line. */
export function parseExplainList(stdout: string): DiagnosticEntry[] {
  const entries: DiagnosticEntry[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^(\S+)\s+(error|warning|note|help|off)\s+(.*)$/.exec(line.trim());
    if (m !== null && m[1] !== undefined && isDiagnosticName(m[1])) {
      entries.push({ name: m[1], severity: m[2] ?? "", summary: (m[3] ?? "").trim() });
    }
  }
  return entries;
}

/** A diagnostic's code as VS Code stores it: a string, a number, or an object with a link. */
export type DiagnosticCode = string | number | { readonly value: string | number } | undefined;

/** The distinct AIMS diagnostic names among the given codes, in order of first appearance. */
export function diagnosticNames(codes: Iterable<DiagnosticCode>): string[] {
  const names: string[] = [];
  for (const code of codes) {
    const value = typeof code === "object" ? code.value : code;
    if (typeof value === "string" && isDiagnosticName(value) && !names.includes(value)) {
      names.push(value);
    }
  }
  return names;
}

/**
 * The folder to report on: the nearest folder at or above `startDir` that holds an
 * `aims.toml`, without leaving `stopDir`; `stopDir` itself when there is none.
 */
export function findWorkspaceRoot(startDir: string, stopDir: string, exists: (file: string) => boolean): string {
  const stop = path.resolve(stopDir);
  let dir = path.resolve(startDir);
  const inside = (d: string): boolean => d === stop || d.startsWith(stop.endsWith(path.sep) ? stop : stop + path.sep);
  if (!inside(dir)) {
    return stop;
  }
  for (;;) {
    if (exists(path.join(dir, "aims.toml"))) {
      return dir;
    }
    if (dir === stop) {
      return stop;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      return stop;
    }
    dir = parent;
  }
}

/**
 * The Content-Security-Policy put into the report before it is shown. The report is
 * one self-contained file, so it needs inline styles and `data:` images and nothing
 * else; scripts are off in the webview as well.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** Adds the report's Content-Security-Policy to an HTML document. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head !== null) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + meta + html.slice(at);
  }
  return meta + html;
}
