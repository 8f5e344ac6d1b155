// The settings under `aims.*` that the language server reads, and the documents it
// is given. The same object is sent as `initializationOptions` and as the answer to
// `workspace/configuration` for section `aims`, so the server reads one shape.
//
// This module must never import `vscode`: it is unit-tested under plain Node.

/** The settings under `aims.*` that the language server reads. */
export interface ServerSettings {
  /** The as-of date, `YYYY-MM-DD`, or undefined for "aims.toml, else today". */
  readonly asOf?: string;
  readonly checkProse: boolean;
  /** Severity overrides by diagnostic name, as in `aims.toml`'s `[severity]` table. */
  readonly severity: Readonly<Record<string, Severity>>;
  /** A set `aims.asOf` that is not a valid date; it is not sent, and the user is told. */
  readonly invalidAsOf?: string;
}

/** The severities a diagnostic can be given, or "off" to silence it. */
export type Severity = "error" | "warning" | "note" | "off";
const SEVERITIES: readonly string[] = ["error", "warning", "note", "off"];

/** What `aims-lsp` receives, both at initialisation and from `workspace/configuration`. */
export interface ServerConfiguration {
  readonly asOf: string | null;
  readonly checkProse: boolean;
  /** Present only when the user set overrides. */
  readonly severity?: Readonly<Record<string, Severity>>;
}

/**
 * The documents the client sends to the server: every AIMS file, and Markdown, HTML
 * and plain-text files on disk. The server decides which of those are publications
 * and ignores the rest.
 */
export const DOCUMENT_SELECTOR: ReadonlyArray<{ readonly language: string; readonly scheme?: string }> = [
  { language: "aims" },
  { scheme: "file", language: "markdown" },
  { scheme: "file", language: "html" },
  { scheme: "file", language: "plaintext" },
  // Structured data published about the organisation: a trust centre's JSON
  // feed, a `status.yml`.
  { scheme: "file", language: "json" },
  { scheme: "file", language: "yaml" },
];

/** Files whose changes on disk the server is told about, even when they are not open. */
export const WATCHED_FILES: readonly string[] = [
  "**/*.aims",
  "**/aims.toml",
  "**/*.{md,markdown,html,htm,txt,json,yml,yaml}",
];

/** Settings whose change needs a new server process rather than a notification. */
export const RESTART_SETTINGS: readonly string[] = ["aims.server.path"];

/** Reads the settings from any getter (the VS Code configuration or a test double). */
export function readServerSettings(get: (key: string) => unknown): ServerSettings {
  const asOf = normaliseAsOf(get("asOf"));
  const checkProse = get("checkProse");
  const valid = asOf !== undefined && isValidAsOf(asOf);
  return {
    ...(valid ? { asOf } : {}),
    ...(asOf !== undefined && !valid ? { invalidAsOf: asOf } : {}),
    checkProse: typeof checkProse === "boolean" ? checkProse : true,
    severity: readSeverity(get("severity")),
  };
}

export function serverConfiguration(settings: ServerSettings): ServerConfiguration {
  const base = { asOf: settings.asOf ?? null, checkProse: settings.checkProse };
  return Object.keys(settings.severity).length > 0 ? { ...base, severity: settings.severity } : base;
}

/** Keeps the entries of `aims.severity` whose value is a known severity. */
function readSeverity(value: unknown): Readonly<Record<string, Severity>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {};
  }
  const kept: Record<string, Severity> = {};
  for (const [name, level] of Object.entries(value as Record<string, unknown>)) {
    if (typeof level === "string" && SEVERITIES.includes(level)) {
      kept[name] = level as Severity;
    }
  }
  return kept;
}

/** Whether a string is a real calendar date in the form `YYYY-MM-DD`. */
export function isValidAsOf(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) {
    return false;
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function normaliseAsOf(value: unknown): string | undefined {
  if (typeof value !== "string") {
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}
