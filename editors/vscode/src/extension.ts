// The extension's entry point: starts the AIMS language server and registers the
// commands. It activates on an AIMS file, or in a workspace that holds an `aims.toml`
// (so that publications written in Markdown or HTML are checked as they are edited).

import * as vscode from "vscode";

import { ServerController } from "./client";
import { EXPLAIN_SCHEME, ExplainCommand, ReportCommand } from "./commands";
import { readServerSettings, RESTART_SETTINGS } from "./settings";
import { StatusBar } from "./status";

let controller: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = new StatusBar(context);
  controller = new ServerController(context, (state) => status.setState(state));
  const server = controller;
  const report = new ReportCommand(context);
  const explain = new ExplainCommand(context);

  context.subscriptions.push(
    status,
    server,
    report,
    explain,
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, explain),
    vscode.commands.registerCommand("aims.restartServer", () => server.restart()),
    vscode.commands.registerCommand("aims.showReport", () => report.run()),
    vscode.commands.registerCommand("aims.explainDiagnostic", (name?: unknown) => explain.run(name)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (RESTART_SETTINGS.some((key) => event.affectsConfiguration(key))) {
        await server.restart();
        return;
      }
      if (event.affectsConfiguration("aims.asOf") || event.affectsConfiguration("aims.cli.path")) {
        status.scheduleRefresh();
      }
      if (event.affectsConfiguration("aims.asOf")) {
        // The server hears of the change through workspace/didChangeConfiguration;
        // here the user only learns whether the new value is usable.
        const config = vscode.workspace.getConfiguration("aims");
        const { invalidAsOf } = readServerSettings((key) => config.get(key));
        if (invalidAsOf !== undefined) {
          void vscode.window.showWarningMessage(
            `aims.asOf is "${invalidAsOf}", which is not a date like 2026-11-28; it is ignored.`,
          );
        }
      }
    }),
  );

  await server.start();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}
