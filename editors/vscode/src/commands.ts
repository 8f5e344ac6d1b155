// The commands that run the `aims` CLI: "AIMS: Show report" and "AIMS: Explain diagnostic".

import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";

import { discoverTool } from "./client";
import {
  diagnosticNames,
  explainArgs,
  findWorkspaceRoot,
  parseExplainList,
  reportArgs,
  withContentSecurityPolicy,
} from "./cli";
import { CLI } from "./discovery";
import { readServerSettings } from "./settings";

/** The scheme of the read-only documents that show `aims explain` output. */
export const EXPLAIN_SCHEME = "aims-explain";

/** What a finished CLI run printed, and its exit code (null when it was killed). */
interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the `aims` CLI without a shell; rejects only when it could not be started. */
function runCli(binary: string, args: readonly string[], cwd: string | undefined): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      binary,
      [...args],
      { cwd, timeout: 5 * 60 * 1000, maxBuffer: 64 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code === "string") {
          // A string code such as ENOENT means the process never ran.
          reject(error);
          return;
        }
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Finds the CLI or tells the user where it was looked for. */
async function cliPath(context: vscode.ExtensionContext): Promise<string | undefined> {
  const found = discoverTool(context, CLI);
  if (found.ok) {
    return found.path;
  }
  const choice = await vscode.window.showErrorMessage(found.message, "Open Settings");
  if (choice === "Open Settings") {
    await vscode.commands.executeCommand("workbench.action.openSettings", CLI.setting);
  }
  return undefined;
}

/** The workspace to report on: the nearest `aims.toml` above the active file, else a folder. */
async function pickWorkspaceRoot(): Promise<string | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  let folder = active === undefined ? undefined : vscode.workspace.getWorkspaceFolder(active);
  if (folder === undefined) {
    const folders = vscode.workspace.workspaceFolders ?? [];
    folder = folders.length <= 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick();
  }
  if (folder === undefined) {
    void vscode.window.showErrorMessage("AIMS: open a folder that holds an AIMS workspace first.");
    return undefined;
  }
  const start = active !== undefined && active.scheme === "file" ? path.dirname(active.fsPath) : folder.uri.fsPath;
  return findWorkspaceRoot(start, folder.uri.fsPath, (file) => fs.existsSync(file));
}

/** "AIMS: Show report": runs `aims report ROOT --format html --out TMP` and shows the result. */
export class ReportCommand {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {}

  async run(): Promise<void> {
    const binary = await cliPath(this.context);
    const root = binary === undefined ? undefined : await pickWorkspaceRoot();
    if (binary === undefined || root === undefined) {
      return;
    }
    const config = vscode.workspace.getConfiguration("aims", vscode.Uri.file(root));
    const { asOf } = readServerSettings((key) => config.get(key));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aims-report-"));
    const outFile = path.join(dir, "report.html");
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: "AIMS: building the report…" },
        () => runCli(binary, reportArgs(root, outFile, asOf), root),
      );
      const html = fs.existsSync(outFile) ? fs.readFileSync(outFile, "utf8") : "";
      if (html === "") {
        const detail = (result.stderr || result.stdout).trim();
        void vscode.window.showErrorMessage(
          `AIMS: "aims report" wrote no report (exit code ${String(result.code)}).${detail === "" ? "" : ` ${detail}`}`,
        );
        return;
      }
      this.show(root, html);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(`AIMS: could not run ${binary}: ${message}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  private show(root: string, html: string): void {
    const title = `AIMS report: ${path.basename(root)}`;
    if (this.panel === undefined) {
      this.panel = vscode.window.createWebviewPanel(
        "aims.report",
        title,
        vscode.ViewColumn.Active,
        { enableScripts: false, enableFindWidget: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
    } else {
      this.panel.reveal();
    }
    this.panel.title = title;
    this.panel.webview.html = withContentSecurityPolicy(html);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** "AIMS: Explain diagnostic": `aims explain NAME` in a read-only document. */
export class ExplainCommand implements vscode.TextDocumentContentProvider {
  private readonly explanations = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly context: vscode.ExtensionContext) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.explanations.get(uri.path) ?? "";
  }

  /** Explains `name` when given (for example from a code action), else asks which. */
  async run(name?: unknown): Promise<void> {
    const binary = await cliPath(this.context);
    if (binary === undefined) {
      return;
    }
    const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const chosen = typeof name === "string" && name !== "" ? name : await this.pickName(binary, cwd);
    if (chosen === undefined) {
      return;
    }
    let args: string[];
    try {
      args = explainArgs(chosen);
    } catch (err) {
      void vscode.window.showErrorMessage(`AIMS: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    let result: RunResult;
    try {
      result = await runCli(binary, args, cwd);
    } catch (err) {
      void vscode.window.showErrorMessage(`AIMS: could not run ${binary}: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    if (result.code !== 0 || result.stdout.trim() === "") {
      const detail = (result.stderr || result.stdout).trim();
      void vscode.window.showErrorMessage(`AIMS: no explanation for "${chosen}".${detail === "" ? "" : ` ${detail}`}`);
      return;
    }
    const uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/${chosen}.md` });
    this.explanations.set(uri.path, result.stdout);
    this.changed.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }

  /**
   * Offers the AIMS diagnostic names at the cursor first, then every name that
   * `aims explain` lists, and accepts a typed name too.
   */
  private pickName(binary: string, cwd: string | undefined): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    const here =
      editor === undefined
        ? []
        : vscode.languages
            .getDiagnostics(editor.document.uri)
            .filter((d) => d.range.contains(editor.selection.active))
            .filter((d) => d.source === undefined || /aims/i.test(d.source));
    const names = diagnosticNames(here.map((d) => d.code));
    const atCursor: vscode.QuickPickItem[] = names.map((label) => {
      const message = here.find((d) => diagnosticNames([d.code])[0] === label)?.message;
      return message === undefined ? { label } : { label, detail: message };
    });

    return new Promise((resolve) => {
      const pick = vscode.window.createQuickPick();
      pick.title = "AIMS: Explain diagnostic";
      pick.placeholder =
        names.length === 0 ? "Pick or type a diagnostic name, e.g. unknown-field" : "Pick a diagnostic at the cursor, or type a name";
      let known: vscode.QuickPickItem[] = atCursor;
      const refresh = (): void => {
        const typed = pick.value.trim();
        const listed = known.some((item) => item.label === typed);
        pick.items = typed === "" || listed ? known : [...known, { label: typed, description: "typed name" }];
      };
      pick.items = known;
      pick.onDidChangeValue(refresh);
      // The full list comes from `aims explain`; the names at the cursor stay on top.
      pick.busy = true;
      void runCli(binary, ["explain"], cwd)
        .then((result) => {
          const all = parseExplainList(result.stdout).filter((entry) => !names.includes(entry.name));
          const separator: vscode.QuickPickItem[] =
            atCursor.length > 0 && all.length > 0 ? [{ label: "all diagnostics", kind: vscode.QuickPickItemKind.Separator }] : [];
          known = [
            ...atCursor,
            ...separator,
            ...all.map((entry) => ({ label: entry.name, description: entry.severity, detail: entry.summary })),
          ];
          refresh();
        })
        .catch(() => undefined)
        .finally(() => {
          pick.busy = false;
        });
      let settled = false;
      pick.onDidAccept(() => {
        const label = pick.selectedItems[0]?.label ?? pick.value.trim();
        settled = true;
        pick.hide();
        resolve(label === "" ? undefined : label);
      });
      pick.onDidHide(() => {
        pick.dispose();
        if (!settled) {
          resolve(undefined);
        }
      });
      pick.show();
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
