// A stand-in for the `vscode` module, good enough to load and activate the bundled
// extension under plain Node. Every API that the tests do not care about is a
// catch-all proxy; the ones they inspect record what they were given.

import Module = require("node:module");

/** What the extension did through the fake API. */
export interface Recorded {
  readonly commands: Map<string, (...args: unknown[]) => unknown>;
  readonly errors: string[];
  readonly warnings: string[];
  readonly outputLines: string[];
  readonly webviews: Array<{ title: string; html: string }>;
  readonly providers: Map<string, { provideTextDocumentContent(uri: FakeUri): string }>;
  readonly shown: string[];
  /** The status bar item as last set; text is "" until something sets it. */
  readonly statusBar: { text: string; tooltip: string; command: string; visible: boolean };
}

export function newRecorded(): Recorded {
  return {
    commands: new Map(),
    errors: [],
    warnings: [],
    outputLines: [],
    webviews: [],
    providers: new Map(),
    shown: [],
    statusBar: { text: "", tooltip: "", command: "", visible: false },
  };
}

/** What the fake window and workspace look like. */
export interface FakeEnvironment {
  /** Answers `getConfiguration("aims").get(key)`, e.g. `{ "server.path": "/x", asOf: "2026-11-28" }`. */
  readonly settings: Record<string, unknown>;
  /** The one workspace folder, if any. */
  readonly folder?: string;
}

/** The parts of `vscode.Uri` that the extension uses. */
export class FakeUri {
  constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}:${this.path}`;
  }
  static file(path: string): FakeUri {
    return new FakeUri("file", path);
  }
  static parse(value: string): FakeUri {
    const at = value.indexOf(":");
    return new FakeUri(value.slice(0, at), value.slice(at + 1).replace(/^\/\/[^/]*/, ""));
  }
  static from(parts: { scheme: string; path: string }): FakeUri {
    return new FakeUri(parts.scheme, parts.path);
  }
}

/** Something that can be called, constructed, and has any property, all returning itself. */
function catchAll(): unknown {
  const target = function () {
    /* Deliberately empty. */
  };
  const proxy: unknown = new Proxy(target, {
    get: (_t, key) => {
      if (key === "then") {
        return undefined; // Not a promise.
      }
      if (key === Symbol.toPrimitive) {
        return () => "";
      }
      return proxy;
    },
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

/** An object whose listed members are real and whose other members are catch-alls. */
function partial<T extends object>(members: T): T {
  const any = catchAll();
  return new Proxy(members, { get: (t, key) => (key in t ? t[key as keyof T] : any) });
}

/** Builds the fake module. */
export function fakeVscode(recorded: Recorded, env: FakeEnvironment): unknown {
  const disposable = { dispose: () => undefined };
  const channel = partial({
    appendLine: (line: string) => recorded.outputLines.push(line),
    dispose: () => undefined,
  });
  const folder = env.folder === undefined ? undefined : { uri: FakeUri.file(env.folder), name: "ws", index: 0 };
  return partial({
    version: "1.82.0",
    Uri: FakeUri,
    ViewColumn: { Active: -1, Beside: -2 },
    ProgressLocation: { Notification: 15 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ThemeColor: class {
      constructor(readonly id: string) {}
    },
    EventEmitter: class {
      event = () => disposable;
      fire(): void {}
      dispose(): void {}
    },
    commands: partial({
      registerCommand: (name: string, handler: (...args: unknown[]) => unknown) => {
        recorded.commands.set(name, handler);
        return disposable;
      },
      executeCommand: async () => undefined,
    }),
    window: partial({
      activeTextEditor: undefined,
      createOutputChannel: () => channel,
      showErrorMessage: async (message: string) => {
        recorded.errors.push(message);
        return undefined;
      },
      showWarningMessage: async (message: string) => {
        recorded.warnings.push(message);
        return undefined;
      },
      createStatusBarItem: () => {
        const bar = recorded.statusBar;
        return {
          name: "",
          backgroundColor: undefined,
          set text(value: string) {
            bar.text = value;
          },
          get text() {
            return bar.text;
          },
          set tooltip(value: string) {
            bar.tooltip = value;
          },
          set command(value: string) {
            bar.command = value;
          },
          show: () => {
            bar.visible = true;
          },
          dispose: () => {
            bar.visible = false;
          },
        };
      },
      withProgress: <R>(_options: unknown, task: () => Promise<R>) => task(),
      createWebviewPanel: (_type: string, title: string) => {
        const view = { title, html: "" };
        recorded.webviews.push(view);
        return partial({
          webview: partial({
            set html(value: string) {
              view.html = value;
            },
          }),
          set title(value: string) {
            view.title = value;
          },
          onDidDispose: () => disposable,
          reveal: () => undefined,
          dispose: () => undefined,
        });
      },
      showTextDocument: async (document: { uri: FakeUri }) => {
        recorded.shown.push(document.uri.toString());
        return catchAll();
      },
    }),
    workspace: partial({
      getConfiguration: () => ({ get: (key: string) => env.settings[key] }),
      workspaceFolders: folder === undefined ? undefined : [folder],
      getWorkspaceFolder: () => folder,
      onDidChangeConfiguration: () => disposable,
      registerTextDocumentContentProvider: (
        scheme: string,
        provider: { provideTextDocumentContent(uri: FakeUri): string },
      ) => {
        recorded.providers.set(scheme, provider);
        return disposable;
      },
      openTextDocument: async (uri: FakeUri) => ({ uri }),
    }),
  });
}

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;

/** Makes `require("vscode")` return `fake` until the returned function is called. */
export function installFakeVscode(fake: unknown): () => void {
  const mod = Module as unknown as { _load: Loader };
  const original = mod._load;
  mod._load = function (request, parent, isMain) {
    return request === "vscode" ? fake : original.call(this, request, parent, isMain);
  };
  return () => {
    mod._load = original;
  };
}
