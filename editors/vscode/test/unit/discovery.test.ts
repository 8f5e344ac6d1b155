// Unit tests of server and CLI discovery, with a fake file system and environment.

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";

import { bundledPath, CLI, discover, type DiscoveryInput, findOnPath, LANGUAGE_SERVER } from "../../src/discovery";

/** A discovery input on Linux where exactly the given files are executable. */
function linux(files: string[], overrides: Partial<DiscoveryInput> = {}): DiscoveryInput {
  const executable = new Set(files);
  return {
    extensionPath: "/ext",
    platform: "linux",
    env: { PATH: "/usr/local/bin:/usr/bin" },
    isExecutable: (file) => executable.has(file),
    ...overrides,
  };
}

describe("discover", () => {
  it("prefers the setting over the bundled binary and PATH", () => {
    const found = discover(
      LANGUAGE_SERVER,
      linux(["/opt/aims-lsp", "/ext/server/aims-lsp", "/usr/bin/aims-lsp"], { configuredPath: "/opt/aims-lsp" }),
    );
    assert.deepEqual(found, { ok: true, path: "/opt/aims-lsp", source: "setting" });
  });

  it("uses the bundled binary when the setting is unset", () => {
    const found = discover(LANGUAGE_SERVER, linux(["/ext/server/aims-lsp", "/usr/bin/aims-lsp"]));
    assert.deepEqual(found, { ok: true, path: "/ext/server/aims-lsp", source: "bundled" });
  });

  it("treats an empty or blank setting as unset", () => {
    for (const configuredPath of ["", "   ", null]) {
      const found = discover(LANGUAGE_SERVER, linux(["/usr/bin/aims-lsp"], { configuredPath }));
      assert.deepEqual(found, { ok: true, path: "/usr/bin/aims-lsp", source: "path" });
    }
  });

  it("searches PATH in order, after the bundled binary", () => {
    const found = discover(LANGUAGE_SERVER, linux(["/usr/local/bin/aims-lsp", "/usr/bin/aims-lsp"]));
    assert.deepEqual(found, { ok: true, path: "/usr/local/bin/aims-lsp", source: "path" });
  });

  it("does not fall back when the configured path does not exist", () => {
    const found = discover(LANGUAGE_SERVER, linux(["/usr/bin/aims-lsp"], { configuredPath: "/nowhere/aims-lsp" }));
    assert.equal(found.ok, false);
    assert.ok(!found.ok && found.message.includes("aims.server.path"));
    assert.ok(!found.ok && found.message.includes("/nowhere/aims-lsp"));
  });

  it("resolves a relative setting against the workspace and expands ~", () => {
    const relative = discover(
      LANGUAGE_SERVER,
      linux(["/work/repo/target/debug/aims-lsp"], { configuredPath: "target/debug/aims-lsp", workspaceRoot: "/work/repo" }),
    );
    assert.deepEqual(relative, { ok: true, path: "/work/repo/target/debug/aims-lsp", source: "setting" });
    const home = discover(
      LANGUAGE_SERVER,
      linux(["/home/ada/.cargo/bin/aims-lsp"], { configuredPath: "~/.cargo/bin/aims-lsp", homeDir: "/home/ada" }),
    );
    assert.deepEqual(home, { ok: true, path: "/home/ada/.cargo/bin/aims-lsp", source: "setting" });
  });

  it("lets the developer environment variable win over everything", () => {
    const found = discover(
      LANGUAGE_SERVER,
      linux(["/dev/aims-lsp", "/opt/aims-lsp"], {
        configuredPath: "/opt/aims-lsp",
        env: { PATH: "/usr/bin", __AIMS_LSP_SERVER_DEBUG: "/dev/aims-lsp" },
      }),
    );
    assert.deepEqual(found, { ok: true, path: "/dev/aims-lsp", source: "environment" });
  });

  it("names the three places and how to install when nothing is found", () => {
    const found = discover(LANGUAGE_SERVER, linux([]));
    assert.equal(found.ok, false);
    const message = found.ok ? "" : found.message;
    assert.match(message, /aims\.server\.path/);
    assert.match(message, /\/ext\/server\/aims-lsp/);
    assert.match(message, /aims-lsp on PATH/);
    assert.match(message, /cargo install --path lsp-server/);
  });

  it("finds the CLI with its own setting, bundled name and crate", () => {
    assert.deepEqual(discover(CLI, linux(["/ext/server/aims"])), { ok: true, path: "/ext/server/aims", source: "bundled" });
    assert.deepEqual(discover(CLI, linux(["/c/aims"], { configuredPath: "/c/aims" })), {
      ok: true,
      path: "/c/aims",
      source: "setting",
    });
    const missing = discover(CLI, linux(["/usr/bin/aims-lsp"]));
    assert.ok(!missing.ok && missing.message.includes("aims.cli.path"));
    assert.ok(!missing.ok && missing.message.includes("cargo install --path compiler"));
  });

  it("handles Windows: .exe for the bundled binary, PATHEXT and ; in Path", () => {
    assert.equal(bundledPath(LANGUAGE_SERVER, "C:\\ext", "win32"), "C:\\ext\\server\\aims-lsp.exe");
    const input: DiscoveryInput = {
      extensionPath: "C:\\ext",
      platform: "win32",
      env: { Path: "C:\\tools;C:\\Users\\ada\\.cargo\\bin", PATHEXT: ".COM;.EXE;.BAT" },
      isExecutable: (file) => file === "C:\\Users\\ada\\.cargo\\bin\\aims-lsp.exe",
    };
    assert.deepEqual(discover(LANGUAGE_SERVER, input), {
      ok: true,
      path: "C:\\Users\\ada\\.cargo\\bin\\aims-lsp.exe",
      source: "path",
    });
  });
});

describe("findOnPath", () => {
  it("returns undefined without a PATH and skips empty entries", () => {
    assert.equal(findOnPath("aims", "linux", {}, () => true), undefined);
    assert.equal(findOnPath("aims", "linux", { PATH: "::/bin" }, (f) => f === "/bin/aims"), "/bin/aims");
  });
});

describe("the real file-system check", () => {
  it("accepts an executable file and rejects a plain file and a folder", { skip: process.platform === "win32" }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aims-discovery-"));
    try {
      fs.mkdirSync(path.join(dir, "server"));
      const bundled = path.join(dir, "server", "aims-lsp");
      fs.writeFileSync(bundled, "#!/bin/sh\n");
      const bin = path.join(dir, "bin");
      fs.mkdirSync(bin);
      fs.mkdirSync(path.join(bin, "aims-lsp")); // A folder with the binary's name is not a binary.
      const input: DiscoveryInput = { extensionPath: dir, platform: "linux", env: { PATH: bin } };
      fs.chmodSync(bundled, 0o644);
      assert.equal(discover(LANGUAGE_SERVER, input).ok, false);
      fs.chmodSync(bundled, 0o755);
      assert.deepEqual(discover(LANGUAGE_SERVER, input), { ok: true, path: bundled, source: "bundled" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
