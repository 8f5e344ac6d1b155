// The status bar item: the language server's state and the workspace's coverage.
//
// Coverage comes from the `aims` CLI (`aims report ROOT --format json`), run when the
// server starts and again after an AIMS file or `aims.toml` is saved, so it describes
// the files as saved. Clicking the item runs "AIMS: Show report".

import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";

import { findWorkspaceRoot } from "./cli";
import { discoverTool } from "./client";
import { coverageArgs, type CoverageSummary, parseCoverage, type ServerState, statusView } from "./coverage";
import { CLI } from "./discovery";
import { readServerSettings } from "./settings";

/** How long to wait after the last save before running the report again. */
const REFRESH_DELAY_MS = 400;

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private state: ServerState = "starting";
  private coverage: CoverageSummary | undefined;
  private coverageError: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private lastRoot: string | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    this.item = vscode.window.createStatusBarItem("aims.status", vscode.StatusBarAlignment.Left, 0);
    this.item.name = "AIMS";
    this.item.command = "aims.showReport";
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Another AIMS workspace (a second aims.toml in the folder) needs its own numbers.
        if (editor?.document.languageId === "aims" && this.workspaceRoot() !== this.lastRoot) {
          this.scheduleRefresh();
        }
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.languageId === "aims" || document.uri.path.endsWith("/aims.toml")) {
          this.scheduleRefresh();
        }
      }),
    );
    this.render();
    this.item.show();
  }

  /** Called by the server controller whenever the server's state changes. */
  setState(state: ServerState): void {
    this.state = state;
    this.render();
    if (state === "running") {
      this.scheduleRefresh();
    }
  }

  /** Runs the report again soon; saves in quick succession cause one run. */
  scheduleRefresh(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /** Runs `aims report --format json` on the workspace and shows its coverage. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const root = this.workspaceRoot();
    if (root === undefined) {
      return;
    }
    this.lastRoot = root;
    const found = discoverTool(this.context, CLI);
    if (!found.ok) {
      this.coverage = undefined;
      this.coverageError = `the aims CLI was not found (${CLI.setting}).`;
      this.render();
      return;
    }
    const config = vscode.workspace.getConfiguration("aims", vscode.Uri.file(root));
    const { asOf } = readServerSettings((key) => config.get(key));
    const { stdout, failure } = await new Promise<{ stdout: string; failure?: string }>((resolve) => {
      execFile(
        found.path,
        coverageArgs(root, asOf),
        { cwd: root, timeout: 60_000, maxBuffer: 64 * 1024 * 1024, windowsHide: true },
        (error, out) => {
          // `aims report` exits non-zero when the workspace has errors, and still prints the report.
          const failure = error !== null && typeof error.code === "string" ? error.message : undefined;
          resolve(failure === undefined ? { stdout: out } : { stdout: out, failure });
        },
      );
    });
    if (generation !== this.generation) {
      return; // A newer run has started; its answer wins.
    }
    this.coverage = parseCoverage(stdout);
    this.coverageError =
      this.coverage !== undefined ? undefined : (failure ?? `${found.path} did not print a JSON report.`);
    this.render();
  }

  /**
   * The AIMS workspace to report on: the one of the active file when there is one (an
   * aims.toml may sit in a subfolder of the folder that is open), else the first folder.
   */
  private workspaceRoot(): string | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder === undefined) {
      return undefined;
    }
    const active = vscode.window.activeTextEditor?.document.uri;
    const start = active?.scheme === "file" ? path.dirname(active.fsPath) : folder.uri.fsPath;
    return findWorkspaceRoot(start, folder.uri.fsPath, (file) => fs.existsSync(file));
  }

  private render(): void {
    const view = statusView(this.state, this.coverage, this.coverageError);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor =
      view.severity === "error"
        ? new vscode.ThemeColor("statusBarItem.errorBackground")
        : view.severity === "warning"
          ? new vscode.ThemeColor("statusBarItem.warningBackground")
          : undefined;
  }

  dispose(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
    }
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
