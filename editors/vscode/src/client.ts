// Starts, stops and restarts the `aims-lsp` language client.

import * as os from "node:os";
import * as vscode from "vscode";
import {
  type Executable,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
} from "vscode-languageclient/node";

import type { ServerState } from "./coverage";
import { discover, LANGUAGE_SERVER, type Tool } from "./discovery";
import {
  DOCUMENT_SELECTOR,
  readServerSettings,
  type ServerConfiguration,
  serverConfiguration,
  WATCHED_FILES,
} from "./settings";

/** Finds a tool with the extension's settings and the process environment. */
export function discoverTool(context: vscode.ExtensionContext, tool: Tool): ReturnType<typeof discover> {
  const settingKey = tool.setting.replace(/^aims\./, "");
  return discover(tool, {
    configuredPath: vscode.workspace.getConfiguration("aims").get<string | null>(settingKey),
    extensionPath: context.extensionPath,
    workspaceRoot: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    platform: process.platform,
    env: process.env,
    homeDir: os.homedir(),
  });
}

/** The `aims` section as the server should see it, for one resource or the whole window. */
export function currentServerConfiguration(scope?: vscode.Uri): ServerConfiguration {
  const config = vscode.workspace.getConfiguration("aims", scope);
  return serverConfiguration(readServerSettings((key) => config.get(key)));
}

/** Owns the one running language client of the window. */
export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly outputChannel: vscode.OutputChannel;
  private readonly traceOutputChannel: vscode.OutputChannel;

  /**
   * `onState` hears of every change of the server's state (the status bar item shows it).
   */
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly onState: (state: ServerState) => void = () => undefined,
  ) {
    this.outputChannel = vscode.window.createOutputChannel("AIMS Language Server");
    this.traceOutputChannel = vscode.window.createOutputChannel("AIMS Language Server Trace");
  }

  /** Starts the server, or tells the user where it was looked for. */
  async start(): Promise<void> {
    if (this.client !== undefined) {
      return;
    }
    const found = discoverTool(this.context, LANGUAGE_SERVER);
    if (!found.ok) {
      this.onState("missing");
      this.outputChannel.appendLine(found.message);
      const choice = await vscode.window.showErrorMessage(found.message, "Open Settings");
      if (choice === "Open Settings") {
        await vscode.commands.executeCommand("workbench.action.openSettings", LANGUAGE_SERVER.setting);
      }
      return;
    }
    this.outputChannel.appendLine(`Starting ${found.path} (found via ${found.source}).`);
    warnAboutInvalidAsOf();

    // The transport is left unset on purpose: it is stdio either way, but an explicit
    // `TransportKind.stdio` makes vscode-languageclient append `--stdio` to the
    // arguments, which `aims-lsp` does not need.
    const executable: Executable = { command: found.path, args: [] };
    const serverOptions: ServerOptions = { run: executable, debug: executable };

    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR.map((filter) => ({ ...filter })),
      initializationOptions: currentServerConfiguration(),
      outputChannel: this.outputChannel,
      traceOutputChannel: this.traceOutputChannel,
      synchronize: {
        configurationSection: "aims",
        fileEvents: WATCHED_FILES.map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
      },
      middleware: {
        workspace: {
          // Answers `workspace/configuration` for section `aims` with the same shape as
          // the initialisation options, with an invalid as-of date left out.
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) {
              return answers;
            }
            return params.items.map((item, i) =>
              item.section === "aims"
                ? currentServerConfiguration(item.scopeUri === undefined ? undefined : vscode.Uri.parse(item.scopeUri))
                : answers[i],
            );
          },
        },
      },
    };

    const client = new LanguageClient("aims", "AIMS Language Server", serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((event) => {
      if (this.client === client) {
        this.onState(
          event.newState === State.Running ? "running" : event.newState === State.Starting ? "starting" : "stopped",
        );
      }
    });
    this.onState("starting");
    try {
      await client.start();
    } catch (err) {
      this.client = undefined;
      this.onState("stopped");
      const message = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(`The AIMS language server (${found.path}) failed to start: ${message}`);
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client !== undefined) {
      this.onState("stopped");
      try {
        await client.stop();
      } catch {
        // A server that already died cannot be stopped; there is nothing left to do.
      }
    }
  }

  /** Stops the server and starts it again, discovering the binary anew. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  dispose(): void {
    void this.stop();
    this.outputChannel.dispose();
    this.traceOutputChannel.dispose();
  }
}

function warnAboutInvalidAsOf(): void {
  const config = vscode.workspace.getConfiguration("aims");
  const settings = readServerSettings((key) => config.get(key));
  if (settings.invalidAsOf !== undefined) {
    void vscode.window.showWarningMessage(
      `aims.asOf is "${settings.invalidAsOf}", which is not a date like 2026-11-28; it is ignored.`,
    );
  }
}
