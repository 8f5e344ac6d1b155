// Loads the bundled extension (dist/extension.js) against a fake `vscode` module and
// activates it, with fake `aims-lsp` and `aims` binaries, to check the wiring that the
// tests of the pure modules cannot see: how the server is started and configured, and
// what the commands run. `npm test` builds the bundle first.

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";

import { type FakeEnvironment, fakeVscode, FakeUri, installFakeVscode, newRecorded, type Recorded } from "./fake-vscode";

const PACKAGE = path.resolve(__dirname, "..", "..", "..");
const BUNDLE = path.join(PACKAGE, "dist", "extension.js");
const FIXTURES = path.join(PACKAGE, "test", "fixtures");

interface Extension {
  activate(context: { extensionPath: string; subscriptions: Array<{ dispose(): unknown }> }): Promise<void>;
  deactivate(): Promise<void>;
}

/** A temporary extension folder, optionally with the fake binaries bundled in `server/`. */
interface Sandbox {
  readonly dir: string;
  readonly log: string;
  readonly recorded: Recorded;
  ext: Extension;
  restore(): void;
}

let sandbox: Sandbox | undefined;
let savedPath: string | undefined;

function setUp(bundle: { server: boolean; cli: boolean }, env: Omit<FakeEnvironment, "folder">): Sandbox {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aims-ext-"));
  fs.mkdirSync(path.join(dir, "server"));
  fs.mkdirSync(path.join(dir, "ws"));
  const install = (fixture: string, name: string) => {
    const target = path.join(dir, "server", name);
    fs.copyFileSync(path.join(FIXTURES, fixture), target);
    fs.chmodSync(target, 0o755);
  };
  if (bundle.server) install("fake-aims-lsp.js", "aims-lsp");
  if (bundle.cli) install("fake-aims.js", "aims");
  const log = path.join(dir, "lsp.jsonl");
  process.env["FAKE_AIMS_LOG"] = log;
  // Only the folder of `node` stays on PATH, so that no real aims-lsp or aims is found.
  process.env["PATH"] = path.dirname(process.execPath);

  const recorded = newRecorded();
  const restore = installFakeVscode(fakeVscode(recorded, { ...env, folder: path.join(dir, "ws") }));
  delete require.cache[BUNDLE];
  const ext = require(BUNDLE) as Extension;
  return { dir, log, recorded, ext, restore };
}

/** The messages the fake server received, once `done` holds of them (or after 10 s). */
async function serverLog(sb: Sandbox, done: (entries: Array<Record<string, unknown>>) => boolean) {
  const read = () =>
    fs.existsSync(sb.log)
      ? fs
          .readFileSync(sb.log, "utf8")
          .split("\n")
          .filter((line) => line !== "")
          .map((line) => JSON.parse(line) as Record<string, unknown>)
      : [];
  for (let waited = 0; waited < 10_000 && !done(read()); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return read();
}

async function activate(sb: Sandbox): Promise<void> {
  await sb.ext.activate({ extensionPath: sb.dir, subscriptions: [] });
}

describe("the bundled extension", { skip: process.platform === "win32" || (!fs.existsSync(BUNDLE) && "run npm run build first") }, () => {
  beforeEach(() => {
    savedPath = process.env["PATH"];
  });

  afterEach(async () => {
    if (sandbox !== undefined) {
      await sandbox.ext.deactivate();
      if (fs.existsSync(sandbox.log)) {
        // The fake server logs `exit` last; after that it writes nothing more.
        await serverLog(sandbox, (e) => e.some((m) => m["method"] === "exit"));
      }
      sandbox.restore();
      fs.rmSync(sandbox.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      sandbox = undefined;
    }
    process.env["PATH"] = savedPath;
  });

  it("registers its commands and says where it looked when there is no server", async () => {
    sandbox = setUp({ server: false, cli: false }, { settings: {} });
    await activate(sandbox);
    const { recorded, dir } = sandbox;
    assert.deepEqual([...recorded.commands.keys()].sort(), ["aims.explainDiagnostic", "aims.restartServer", "aims.showReport"]);
    assert.equal(recorded.errors.length, 1);
    const message = recorded.errors[0] ?? "";
    assert.ok(message.includes("aims.server.path"), message);
    assert.ok(message.includes(path.join(dir, "server", "aims-lsp")), message);
    assert.ok(message.includes("aims-lsp on PATH"), message);
    assert.ok(message.includes("cargo install --path lsp-server"), message);
  });

  it("starts the bundled server over stdio with the settings as initialization options", async () => {
    sandbox = setUp({ server: true, cli: false }, { settings: { asOf: "2026-11-28", checkProse: false } });
    await activate(sandbox);
    const entries = await serverLog(sandbox, (e) => e.some((m) => m["id"] === "config-1"));
    assert.deepEqual(entries[0], { argv: [] }, "no --stdio or other argument");
    const initialize = entries.find((m) => m["method"] === "initialize") as { params: Record<string, unknown> };
    assert.deepEqual(initialize.params["initializationOptions"], { asOf: "2026-11-28", checkProse: false });
    const answer = entries.find((m) => m["id"] === "config-1");
    assert.deepEqual(answer?.["result"], [{ asOf: "2026-11-28", checkProse: false }]);
    assert.deepEqual(sandbox.recorded.errors, []);
  });

  it("leaves out an invalid as-of date and warns", async () => {
    sandbox = setUp({ server: true, cli: false }, { settings: { asOf: "2026-02-30" } });
    await activate(sandbox);
    const entries = await serverLog(sandbox, (e) => e.some((m) => m["id"] === "config-1"));
    const answer = entries.find((m) => m["id"] === "config-1");
    assert.deepEqual(answer?.["result"], [{ asOf: null, checkProse: true }]);
    assert.equal(sandbox.recorded.warnings.length, 1);
    assert.match(sandbox.recorded.warnings[0] ?? "", /2026-02-30/);
  });

  it("uses aims.server.path over the bundled server", async () => {
    sandbox = setUp({ server: false, cli: false }, { settings: {} });
    const configured = path.join(sandbox.dir, "custom-lsp");
    fs.copyFileSync(path.join(FIXTURES, "fake-aims-lsp.js"), configured);
    fs.chmodSync(configured, 0o755);
    sandbox.restore();
    const recorded = newRecorded();
    sandbox.restore = installFakeVscode(
      fakeVscode(recorded, { settings: { "server.path": configured }, folder: path.join(sandbox.dir, "ws") }),
    );
    delete require.cache[BUNDLE];
    sandbox.ext = require(BUNDLE) as Extension;
    await sandbox.ext.activate({ extensionPath: sandbox.dir, subscriptions: [] });
    assert.deepEqual(recorded.errors, []);
    assert.ok(recorded.outputLines.some((line) => line.includes(`${configured} (found via setting)`)), recorded.outputLines.join("\n"));
  });

  it("shows the report that `aims report` writes, with scripts locked out", async () => {
    sandbox = setUp({ server: true, cli: true }, { settings: { asOf: "2026-11-28" } });
    await activate(sandbox);
    await sandbox.recorded.commands.get("aims.showReport")?.();
    assert.deepEqual(sandbox.recorded.errors, []);
    const [view] = sandbox.recorded.webviews;
    assert.equal(view?.title, "AIMS report: ws");
    assert.match(view?.html ?? "", /Content-Security-Policy/);
    const args = JSON.parse(/<body>(.*)<\/body>/.exec(view?.html ?? "")?.[1] ?? "[]") as string[];
    assert.deepEqual(args.slice(0, 4), [path.join(sandbox.dir, "ws"), "--format", "html", "--out"]);
    assert.deepEqual(args.slice(-2), ["--as-of", "2026-11-28"]);
  });

  it("explains a diagnostic in a read-only document, and reports an unknown name", async () => {
    sandbox = setUp({ server: true, cli: true }, { settings: {} });
    await activate(sandbox);
    const explain = sandbox.recorded.commands.get("aims.explainDiagnostic");
    await explain?.("unknown-field");
    assert.deepEqual(sandbox.recorded.shown, ["aims-explain:/unknown-field.md"]);
    const provider = sandbox.recorded.providers.get("aims-explain");
    assert.match(provider?.provideTextDocumentContent(new FakeUri("aims-explain", "/unknown-field.md")) ?? "", /# unknown-field/);
    await explain?.("no-such-thing");
    assert.match(sandbox.recorded.errors[0] ?? "", /no explanation for "no-such-thing".*no diagnostic named/);
    await explain?.("--help");
    assert.match(sandbox.recorded.errors[1] ?? "", /not a diagnostic name/);
  });

  it("shows the server's state and the coverage of the in-scope frameworks in the status bar", async () => {
    sandbox = setUp({ server: true, cli: true }, { settings: { asOf: "2026-11-28" } });
    await activate(sandbox);
    const bar = sandbox.recorded.statusBar;
    assert.equal(bar.visible, true);
    assert.equal(bar.command, "aims.showReport");
    // The report runs a little after the server is up; wait for its numbers (or 10 s).
    for (let waited = 0; waited < 10_000 && !bar.text.includes("%"); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // iso42001: 3 covered of 3 + 1 partial + 6 gaps = 10 applicable (2 excluded) => 30%.
    assert.equal(bar.text, "$(check) AIMS iso42001 30%");
    assert.match(bar.tooltip, /language server is running/);
    assert.match(bar.tooltip, /Coverage on 2026-11-28/);
    assert.match(bar.tooltip, /ISO\/IEC 42001: 3 of 10 applicable requirements covered, 1 partial, 0 mapped, 6 gaps; 2 excluded/);
    assert.doesNotMatch(bar.tooltip, /SOC 2/, "frameworks out of scope are not shown");
    await sandbox.ext.deactivate();
    assert.match(bar.text, /^\$\(error\) AIMS/, "a stopped server shows as an error");
  });

  it("says in the status bar that the server is missing", async () => {
    sandbox = setUp({ server: false, cli: false }, { settings: {} });
    await activate(sandbox);
    assert.match(sandbox.recorded.statusBar.text, /^\$\(error\) AIMS/);
    assert.match(sandbox.recorded.statusBar.tooltip, /language server was not found/);
  });
});
