// Finds the AIMS binaries (`aims-lsp` and `aims`) that the extension runs.
//
// This module must never import `vscode`: it is unit-tested under plain Node, so every
// input (settings, environment, file system) is passed in by the caller.

import * as fs from "node:fs";
import * as path from "node:path";

/** One of the binaries that the extension knows how to find. */
export interface Tool {
  /** The executable's name without an extension, e.g. `aims-lsp`. */
  readonly binary: string;
  /** The setting that overrides discovery, e.g. `aims.server.path`. */
  readonly setting: string;
  /** A developer-only environment variable that wins over everything else. */
  readonly envOverride: string;
  /** What the binary is, for messages: "the AIMS language server". */
  readonly description: string;
}

export const LANGUAGE_SERVER: Tool = {
  binary: "aims-lsp",
  setting: "aims.server.path",
  envOverride: "__AIMS_LSP_SERVER_DEBUG",
  description: "the AIMS language server",
};

export const CLI: Tool = {
  binary: "aims",
  setting: "aims.cli.path",
  envOverride: "__AIMS_CLI_DEBUG",
  description: "the AIMS command-line compiler",
};

/** Everything discovery depends on, so that tests can fake it. */
export interface DiscoveryInput {
  /** The value of the tool's setting; empty or unset means "not configured". */
  readonly configuredPath?: string | null | undefined;
  /** The folder the extension is installed in; bundled binaries live in its `server/`. */
  readonly extensionPath: string;
  /** The first workspace folder, used to resolve a relative configured path. */
  readonly workspaceRoot?: string | undefined;
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The user's home folder, for a configured path that starts with `~`. */
  readonly homeDir?: string | undefined;
  /** Reports whether a file exists and can be run; defaults to a real file-system check. */
  readonly isExecutable?: ((file: string) => boolean) | undefined;
}

/** Where a binary was found. */
export type Source = "environment" | "setting" | "bundled" | "path";

export type Discovery =
  | { readonly ok: true; readonly path: string; readonly source: Source }
  | { readonly ok: false; readonly message: string };

/**
 * Finds a tool in this order: the developer environment variable, the setting, the
 * binary bundled in the extension's `server/` folder, then the `PATH`.
 *
 * A configured path that does not exist is an error rather than a reason to fall
 * back: the user asked for that binary, and silently running another one would hide
 * the mistake.
 */
export function discover(tool: Tool, input: DiscoveryInput): Discovery {
  const p = pathApi(input.platform);
  const isExecutable = input.isExecutable ?? defaultIsExecutable(input.platform);

  const fromEnv = input.env[tool.envOverride];
  if (fromEnv !== undefined && fromEnv !== "") {
    if (isExecutable(fromEnv)) {
      return { ok: true, path: fromEnv, source: "environment" };
    }
    return {
      ok: false,
      message: `${tool.envOverride} is set to ${fromEnv}, but no executable file is there.`,
    };
  }

  const configured = input.configuredPath?.trim();
  if (configured !== undefined && configured !== "") {
    const resolved = resolveConfigured(configured, input, p);
    if (isExecutable(resolved)) {
      return { ok: true, path: resolved, source: "setting" };
    }
    return {
      ok: false,
      message:
        `The setting ${tool.setting} is ${JSON.stringify(configured)}, but no executable file is at ${resolved}. ` +
        `Fix the setting, or clear it to use the bundled binary or ${tool.binary} on PATH.`,
    };
  }

  const bundled = bundledPath(tool, input.extensionPath, input.platform);
  if (isExecutable(bundled)) {
    return { ok: true, path: bundled, source: "bundled" };
  }

  const onPath = findOnPath(tool.binary, input.platform, input.env, isExecutable);
  if (onPath !== undefined) {
    return { ok: true, path: onPath, source: "path" };
  }

  return { ok: false, message: notFoundMessage(tool, bundled) };
}

/** The path of the binary bundled inside the extension, found or not. */
export function bundledPath(tool: Tool, extensionPath: string, platform: NodeJS.Platform): string {
  const exe = platform === "win32" ? `${tool.binary}.exe` : tool.binary;
  return pathApi(platform).join(extensionPath, "server", exe);
}

/** The message shown when a tool is nowhere to be found: the three places and how to install. */
export function notFoundMessage(tool: Tool, bundled: string): string {
  const crate = tool === LANGUAGE_SERVER ? "lsp-server" : "compiler";
  return (
    `Could not find ${tool.description} (${tool.binary}). Looked in: ` +
    `(1) the setting ${tool.setting}, which is not set; ` +
    `(2) the binary bundled with the extension, ${bundled}, which does not exist; ` +
    `(3) ${tool.binary} on PATH, which was not found. ` +
    `Install it from a checkout of the AIMS repository with "cargo install --path ${crate}" ` +
    `(which puts ${tool.binary} in ~/.cargo/bin), or set ${tool.setting} to the binary.`
  );
}

/** Searches `PATH` the way a shell would; on Windows it also tries each `PATHEXT` extension. */
export function findOnPath(
  binary: string,
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  isExecutable: (file: string) => boolean,
): string | undefined {
  const p = pathApi(platform);
  const pathVar = platform === "win32" ? (env["Path"] ?? env["PATH"]) : env["PATH"];
  if (pathVar === undefined || pathVar === "") {
    return undefined;
  }
  const extensions =
    platform === "win32"
      ? (env["PATHEXT"] ?? ".COM;.EXE;.BAT;.CMD").split(";").filter((e) => e !== "")
      : [""];
  for (const dir of pathVar.split(p.delimiter)) {
    if (dir === "") {
      continue;
    }
    for (const ext of extensions) {
      const candidate = p.join(dir, binary + ext.toLowerCase());
      if (isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

function resolveConfigured(configured: string, input: DiscoveryInput, p: path.PlatformPath): string {
  let file = configured;
  if (input.homeDir !== undefined && (file === "~" || file.startsWith("~/") || file.startsWith("~\\"))) {
    file = p.join(input.homeDir, file.slice(1));
  }
  if (!p.isAbsolute(file) && input.workspaceRoot !== undefined) {
    file = p.join(input.workspaceRoot, file);
  }
  return file;
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === "win32" ? path.win32 : path.posix;
}

function defaultIsExecutable(platform: NodeJS.Platform): (file: string) => boolean {
  return (file) => {
    try {
      if (!fs.statSync(file).isFile()) {
        return false;
      }
      if (platform !== "win32") {
        fs.accessSync(file, fs.constants.X_OK);
      }
      return true;
    } catch {
      return false;
    }
  };
}
