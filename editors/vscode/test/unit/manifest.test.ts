// Consistency tests of the extension's static files: the manifest, the grammar and
// its tests, the snippets and the language configuration.

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

/** The extension's folder; this file runs from out/test/unit/. */
const ROOT = path.resolve(__dirname, "..", "..", "..");

function read(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), "utf8");
}

function json(file: string): unknown {
  return JSON.parse(read(file));
}

interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: {
    languages: Array<{ id: string; extensions?: string[]; filenames?: string[]; configuration: string }>;
    grammars: Array<{ language: string; scopeName: string; path: string }>;
    snippets: Array<{ language: string; path: string }>;
    commands: Array<{ command: string; title: string; category: string }>;
    configuration: { properties: Record<string, { default?: unknown }> };
  };
}

const manifest = json("package.json") as Manifest;

/** Every scope name the grammar can assign, from rule names and captures. */
function grammarScopes(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    node.forEach((child) => grammarScopes(child, into));
  } else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "name" && typeof value === "string" && value !== "AIMS") {
        into.add(value);
      } else {
        grammarScopes(value, into);
      }
    }
  }
  return into;
}

/** The scopes that the grammar tests require (the part of each assertion before " - "). */
function assertedScopes(): Set<string> {
  const scopes = new Set<string>();
  const dir = path.join(ROOT, "test", "grammar");
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".aims"))) {
    for (const line of fs.readFileSync(path.join(dir, file), "utf8").split("\n")) {
      const m = /^\/\/\s*(?:\^+|<~*-+)\s+(.*)$/.exec(line);
      if (m?.[1] !== undefined) {
        const positive = m[1].split(/\s-\s|^-\s/)[0] ?? "";
        positive.split(/\s+/).filter((s) => s !== "").forEach((s) => scopes.add(s));
      }
    }
  }
  return scopes;
}

describe("the grammar", () => {
  it("is source.aims for the aims language", () => {
    assert.deepEqual(manifest.contributes.grammars, [
      { language: "aims", scopeName: "source.aims", path: "./syntaxes/aims.tmLanguage.json" },
    ]);
    assert.equal((json("syntaxes/aims.tmLanguage.json") as { scopeName: string }).scopeName, "source.aims");
  });

  it("has every token class covered by a grammar test", () => {
    const grammar = grammarScopes(json("syntaxes/aims.tmLanguage.json"));
    const asserted = assertedScopes();
    const untested = [...grammar].filter((scope) => !asserted.has(scope));
    assert.deepEqual(untested, [], `scopes without a grammar test: ${untested.join(", ")}`);
    const unknown = [...asserted].filter((scope) => scope !== "source.aims" && !grammar.has(scope));
    assert.deepEqual(unknown, [], `grammar tests name scopes the grammar never assigns: ${unknown.join(", ")}`);
  });
});

describe("the manifest", () => {
  it("claims .aims files but leaves aims.toml to TOML extensions", () => {
    const [language] = manifest.contributes.languages;
    assert.equal(language?.id, "aims");
    assert.deepEqual(language?.extensions, [".aims"]);
    assert.equal(language?.filenames, undefined);
    assert.ok(fs.existsSync(path.join(ROOT, language?.configuration ?? "")));
  });

  it("activates on AIMS files and in workspaces with an aims.toml", () => {
    assert.deepEqual(manifest.activationEvents, ["onLanguage:aims", "workspaceContains:**/aims.toml"]);
    assert.equal(manifest.main, "./dist/extension.js");
  });

  it("declares the settings", () => {
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), [
      "aims.asOf",
      "aims.checkProse",
      "aims.cli.path",
      "aims.server.path",
      "aims.severity",
      "aims.trace.server",
    ]);
    assert.equal(manifest.contributes.configuration.properties["aims.checkProse"]?.default, true);
  });

  it("declares exactly the commands that the extension registers", () => {
    const registered = [...read("src/extension.ts").matchAll(/registerCommand\("([^"]+)"/g)].map((m) => m[1]).sort();
    const declared = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(declared, ["aims.explainDiagnostic", "aims.restartServer", "aims.showReport"]);
    assert.deepEqual(registered, declared);
    for (const c of manifest.contributes.commands) {
      assert.equal(c.category, "AIMS");
    }
  });
});

describe("the pure modules", () => {
  it("never import vscode, so that they stay unit-testable", () => {
    for (const file of ["src/discovery.ts", "src/settings.ts", "src/cli.ts"]) {
      assert.doesNotMatch(read(file), /from\s+["']vscode["']|require\(["']vscode["']\)/, file);
    }
  });
});

describe("the snippets", () => {
  // The required fields of each top-level kind, from the language contract.
  const REQUIRED: Record<string, string[]> = {
    organisation: [],
    role: [],
    system: ["owner", "lifecycle", "purpose"],
    dataset: ["owner"],
    supplier: ["owner"],
    assessment: ["system", "date"],
    risk: ["owner", "likelihood", "impact", "treatment"],
    control: ["owner", "status"],
    evidence: ["date"],
    exclude: ["reason", "approved_by"],
    certification: ["framework", "status"],
    attestation: ["framework", "status"],
    publication: ["file"],
    framework: [],
  };
  const snippets = json("snippets/aims.json") as Record<string, { prefix: string; body: string[] }>;

  it("cover every top-level kind with its required fields", () => {
    for (const [kind, fields] of Object.entries(REQUIRED)) {
      const snippet = snippets[kind];
      assert.ok(snippet !== undefined, `no snippet for ${kind}`);
      assert.equal(snippet.prefix, kind);
      const body = snippet.body.join("\n");
      assert.ok(body.startsWith(`${kind} `), `${kind} snippet starts with the kind`);
      for (const field of fields) {
        assert.match(body, new RegExp(`(^|[\\s{,])${field}: `), `${kind} snippet has ${field}`);
      }
    }
  });

  it("are registered for the aims language", () => {
    assert.deepEqual(manifest.contributes.snippets, [{ language: "aims", path: "./snippets/aims.json" }]);
  });
});

describe("the language configuration", () => {
  const config = json("language-configuration.json") as {
    comments: { lineComment: string };
    wordPattern: string;
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  };

  it("uses // comments", () => {
    assert.equal(config.comments.lineComment, "//");
  });

  it("keeps paths, hyphenated names and dates as one word", () => {
    const words = (text: string) => text.match(new RegExp(config.wordPattern, "g"));
    assert.deepEqual(words("satisfies: [iso42001.A.6.2.4, nist_ai_rmf.GOVERN.1.1]"), [
      "satisfies",
      "iso42001.A.6.2.4",
      "nist_ai_rmf.GOVERN.1.1",
    ]);
    assert.deepEqual(words("risk R-001 { accepted_on: 2026-11-28, target: 2027-Q4 }"), [
      "risk",
      "R-001",
      "accepted_on",
      "2026-11-28",
      "target",
      "2027-Q4",
    ]);
    assert.deepEqual(words("holder: \"Zoë\"."), ["holder", "Zoë"]);
  });

  it("indents after an open brace or bracket and outdents at the close", () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    assert.ok(increase.test("system triage \"Triage\" {"));
    assert.ok(increase.test("  satisfies: ["));
    assert.ok(!increase.test("  eu_ai_act: { role: provider }"));
    assert.ok(!increase.test("// {"));
    assert.ok(decrease.test("  }"));
    assert.ok(decrease.test("]"));
  });
});
