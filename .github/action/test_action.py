"""Runs the shell steps of action.yml the way the GitHub runner would, under a fake
runner environment, and checks what they leave behind.

Why: the action is only exercised for real on GitHub, after a release. This runs its
`run:` steps here, with the real `aims` binaries packed as a release archive in a
local folder (downloaded through file://), a fake `cargo` for the fallback, and the
runner's files (GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) in a temporary
folder. `${{ … }}` expressions are evaluated for the few contexts action.yml uses;
`uses:` steps (the SARIF upload) are recorded instead of run.

Usage: python3 .github/action/test_action.py [BIN_DIR]   (needs PyYAML)
  BIN_DIR  the folder with the built `aims` and `aims-lsp` (default target/debug)
Exit status 0 when every case passes.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN_DIR = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "debug"))
VERSION = "v0.1.0"
TARGET = "x86_64-unknown-linux-musl"  # what install.sh picks for Linux/X64

with open(os.path.join(ROOT, "action.yml"), encoding="utf-8") as f:
    ACTION = yaml.safe_load(f)

EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def lookup(ctx, ref):
    """The value of `inputs.x`, `steps.id.outputs.y`, `github.z`; '' when unset."""
    value = ctx
    for part in ref.split("."):
        if not isinstance(value, dict) or part not in value:
            return ""
        value = value[part]
    return value


def evaluate(expr, ctx):
    """Evaluates the small expression language used in action.yml's `if:` and values."""
    refs = {}

    def ref(m):
        key = f"__r{len(refs)}"
        refs[key] = lookup(ctx, m.group(0))
        return key

    py = re.sub(r"'([^']*)'", lambda m: repr(m.group(1)), expr)
    py = re.sub(r"\b(?:inputs|steps|github)(?:\.[A-Za-z_][\w-]*)+", ref, py)
    py = py.replace("&&", " and ").replace("||", " or ").replace("always()", "True")
    py = re.sub(r"!(?!=)", " not ", py)
    return eval(py, {"__builtins__": {}}, {**refs, "True": True})  # noqa: S307 (a test harness)


def substitute(text, ctx):
    return EXPR.sub(lambda m: str(evaluate(m.group(1), ctx)), str(text))


def read_kv(path):
    out = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if "=" in line:
                    k, v = line.rstrip("\n").split("=", 1)
                    out[k] = v
    return out


def run_action(tmp, inputs, extra_env=None, github=None):
    """Runs the action's steps; returns (job_succeeded, log of step results, runner state)."""
    runner_temp = os.path.join(tmp, "runner-temp")
    os.makedirs(runner_temp, exist_ok=True)
    files = {name: os.path.join(tmp, name) for name in ("path", "summary")}
    for path in files.values():
        open(path, "w").close()
    declared = ACTION["inputs"]
    ctx = {
        "github": {
            "action_path": ROOT,
            "action_ref": "",
            "action_repository": "",
            "token": "",
            **(github or {}),
        },
        "steps": {},
    }
    ctx["inputs"] = {k: substitute(v.get("default", ""), ctx) for k, v in declared.items()}
    unknown = set(inputs) - set(declared)
    assert not unknown, f"inputs not declared in action.yml: {unknown}"
    ctx["inputs"].update(inputs)

    base_env = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", tmp),
        "RUNNER_OS": "Linux",
        "RUNNER_ARCH": "X64",
        "RUNNER_TEMP": runner_temp,
        "GITHUB_PATH": files["path"],
        "GITHUB_STEP_SUMMARY": files["summary"],
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_API_URL": "http://127.0.0.1:9",  # nothing listens: the API is not used in these cases
        "GITHUB_REPOSITORY": "example/governance",
        "GITHUB_WORKSPACE": ROOT,
        "GITHUB_ACTION_PATH": ROOT,
        **(extra_env or {}),
    }
    results = []
    failed = False
    for index, step in enumerate(ACTION["runs"]["steps"]):
        name = step.get("name", f"step {index}")
        condition = step.get("if", "success()")
        condition = EXPR.sub(lambda m: m.group(1), str(condition))
        wants_always = "always()" in condition
        condition = condition.replace("success()", "True")
        if (failed and not wants_always) or not evaluate(condition, ctx):
            results.append((name, "skipped"))
            continue
        if "uses" in step:
            with_ = {k: substitute(v, ctx) for k, v in step.get("with", {}).items()}
            results.append((name, "uses", step["uses"], with_))
            continue
        output_file = os.path.join(tmp, f"output-{index}")
        open(output_file, "w").close()
        env = dict(base_env)
        env.update({k: substitute(v, ctx) for k, v in step.get("env", {}).items()})
        env["GITHUB_OUTPUT"] = output_file
        # Directories added to GITHUB_PATH are on PATH for the steps after.
        with open(files["path"], encoding="utf-8") as f:
            added = [line.strip() for line in f if line.strip()]
        env["PATH"] = os.pathsep.join(list(reversed(added)) + [base_env["PATH"]])
        script = substitute(step["run"], ctx)
        assert step.get("shell") == "bash", f"{name}: composite run steps need `shell: bash`"
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
            env=env, cwd=ROOT, capture_output=True, text=True,
        )
        if "id" in step:
            ctx["steps"][step["id"]] = {"outputs": read_kv(output_file)}
        status = "ok" if proc.returncode == 0 else "failed"
        failed = failed or proc.returncode != 0
        results.append((name, status, proc.stdout + proc.stderr))
    with open(files["summary"], encoding="utf-8") as f:
        summary = f.read()
    with open(files["path"], encoding="utf-8") as f:
        path_lines = [line.strip() for line in f if line.strip()]
    return not failed, results, {"summary": summary, "path": path_lines, "ctx": ctx}


def make_release(folder, corrupt=False):
    """Packs the real binaries as the release archive that install.sh downloads."""
    subprocess.run(
        [os.path.join(ROOT, ".github", "release", "package.sh"), VERSION, TARGET, BIN_DIR,
         os.path.join(folder, VERSION)],
        check=True, capture_output=True,
    )
    if corrupt:
        with open(os.path.join(folder, VERSION, f"aims-{VERSION}-{TARGET}.tar.gz"), "ab") as f:
            f.write(b"tampered")


def fake_cargo(folder):
    """A `cargo` that records its arguments and "installs" the real aims into --root."""
    bin_dir = os.path.join(folder, "fake-bin")
    os.makedirs(bin_dir, exist_ok=True)
    log = os.path.join(folder, "cargo-args")
    script = f"""#!/usr/bin/env bash
printf '%s\\n' "$*" >> {log!r}
while [ "$#" -gt 0 ]; do [ "$1" = --root ] && root="$2"; shift; done
mkdir -p "$root/bin" && cp {os.path.join(BIN_DIR, 'aims')!r} "$root/bin/aims"
"""
    path = os.path.join(bin_dir, "cargo")
    with open(path, "w") as f:
        f.write(script)
    os.chmod(path, 0o755)
    return bin_dir, log


def step(results, name):
    return next(r for r in results if r[0] == name)


FAILURES = []


def case(title):
    def wrap(fn):
        tmp = tempfile.mkdtemp(prefix="aims-action-")
        try:
            fn(tmp)
            print(f"ok - {title}")
        except AssertionError as e:
            print(f"FAILED - {title}: {e}")
            FAILURES.append(title)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return fn
    return wrap


def release_env(tmp, corrupt=False):
    releases = os.path.join(tmp, "releases")
    make_release(releases, corrupt)
    return {"AIMS_RELEASE_BASE_URL": "file://" + releases}


def sarif_of(state):
    path = state["ctx"]["steps"]["check"]["outputs"]["sarif-file"]
    with open(path, encoding="utf-8") as f:
        return json.load(f)


@case("a clean workspace: installs the release archive, passes, uploads SARIF, writes the summary")
def _(tmp):
    ok, results, state = run_action(tmp, {"path": "examples/acme", "version": VERSION}, release_env(tmp))
    assert ok, results
    install = step(results, "Install aims")
    assert install[1] == "ok" and "installed from release: aims 0.1.0" in install[2], install
    outputs = state["ctx"]["steps"]["install"]["outputs"]
    assert outputs["source"] == "release" and outputs["version"] == VERSION, outputs
    assert state["path"] == [outputs["bin-dir"]], state["path"]
    assert sorted(os.listdir(outputs["bin-dir"])) == ["aims", "aims-lsp"]
    assert state["ctx"]["steps"]["check"]["outputs"]["exit-code"] == "0"
    upload = step(results, "Upload SARIF to code scanning")
    assert upload[1] == "uses" and upload[2].startswith("github/codeql-action/upload-sarif@"), upload
    assert upload[3]["sarif_file"] == state["ctx"]["steps"]["check"]["outputs"]["sarif-file"], upload
    assert upload[3]["category"] == "aims"
    assert sarif_of(state)["version"] == "2.1.0"
    assert state["summary"].startswith("# Acme Secure AI Ltd: AI management system report"), state["summary"][:200]
    assert "| Cyber Essentials | In progress | 4 | 1 |" in state["summary"]
    assert step(results, "Fail on errors")[1] == "skipped"


@case("deny-warnings: the warning fails the job, after the SARIF upload and the summary")
def _(tmp):
    ok, results, state = run_action(
        tmp, {"path": "examples/acme", "version": VERSION, "deny-warnings": "true"}, release_env(tmp))
    assert not ok
    assert state["ctx"]["steps"]["check"]["outputs"]["exit-code"] == "1"
    assert step(results, "Check the workspace")[1] == "ok", "the check step itself succeeds"
    assert step(results, "Upload SARIF to code scanning")[1] == "uses"
    fail = step(results, "Fail on errors")
    assert fail[1] == "failed" and "aims check failed (exit code 1)" in fail[2], fail
    assert "requirement-gap" in json.dumps(sarif_of(state))
    assert state["summary"].startswith("# Acme Secure AI Ltd")


@case("a workspace with errors fails the job; the errors are in the SARIF")
def _(tmp):
    ok, results, state = run_action(tmp, {"path": "examples/errors", "version": VERSION}, release_env(tmp))
    assert not ok
    assert state["ctx"]["steps"]["check"]["outputs"]["exit-code"] == "1"
    levels = {r["level"] for r in sarif_of(state)["runs"][0]["results"]}
    assert "error" in levels, levels


@case("as-of reaches both the check and the report")
def _(tmp):
    ok, results, state = run_action(
        tmp, {"path": "examples/acme", "version": VERSION, "as-of": "2026-10-01"}, release_env(tmp))
    assert sarif_of(state)["runs"][0]["properties"]["asOf"] == "2026-10-01"
    assert "As of **2026-10-01**" in state["summary"], state["summary"][:300]


@case("a checksum mismatch is refused, and cargo install from the action's repository takes over")
def _(tmp):
    fake_bin, log = fake_cargo(tmp)
    env = release_env(tmp, corrupt=True)
    env["PATH"] = fake_bin + os.pathsep + os.environ["PATH"]
    ok, results, state = run_action(
        tmp, {"path": "examples/acme"}, env,
        github={"action_repository": "aims-org/aims", "action_ref": VERSION})
    install = step(results, "Install aims")
    assert "checksum mismatch" in install[2], install[2]
    assert state["ctx"]["steps"]["install"]["outputs"]["source"] == "cargo"
    with open(log) as f:
        args = f.read().split()
    assert args[:2] == ["install", "--locked"], args
    assert args[args.index("--git") + 1] == "https://github.com/aims-org/aims", args
    assert args[args.index("--tag") + 1] == VERSION, args
    assert args[-1] == "aims-compiler", args
    assert ok, results


@case("without github.action_repository, the repository and tag come from the action's path")
def _(tmp):
    fake_bin, log = fake_cargo(tmp)
    action_path = os.path.join(tmp, "_actions", "someone", "aims-fork", "v0.1.0")
    env = {"PATH": fake_bin + os.pathsep + os.environ["PATH"], "GITHUB_ACTION_PATH": action_path,
           "AIMS_RELEASE_BASE_URL": "file://" + os.path.join(tmp, "no-releases")}
    ok, results, state = run_action(tmp, {"path": "examples/acme"}, env)
    install = step(results, "Install aims")
    assert f"no-releases/{VERSION}/aims-{VERSION}-{TARGET}.tar.gz" in install[2], install[2]
    with open(log) as f:
        args = f.read().split()
    assert args[args.index("--git") + 1] == "https://github.com/someone/aims-fork", args
    assert ok, results


@case("a deny-warnings value that is not a boolean is a usage error")
def _(tmp):
    ok, results, state = run_action(
        tmp, {"path": "examples/acme", "version": VERSION, "deny-warnings": "sometimes"}, release_env(tmp))
    assert not ok
    assert state["ctx"]["steps"]["check"]["outputs"]["exit-code"] == "2"
    assert "deny-warnings must be true or false" in step(results, "Check the workspace")[2]


print(f"action tests: {7 - len(FAILURES)} passed, {len(FAILURES)} failed")
sys.exit(1 if FAILURES else 0)
