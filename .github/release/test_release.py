"""Tests the release artefacts that can be built on this machine, and that the
release workflow, the GitHub Action and `cargo binstall` agree on their names.

- packs BIN_DIR with .github/release/package.sh, checks the .sha256 file, and runs the
  binaries from the unpacked archive: `aims --version`, `aims check examples/acme`, and
  an LSP initialize/shutdown exchange with `aims-lsp` over stdio; for a musl target,
  that the binaries are statically linked;
- renders [package.metadata.binstall] of both crates for every release target and
  checks the file name and the binary's path inside the archive;
- checks that .github/workflows/release.yml builds every target that
  .github/action/install.sh downloads, and packages valid VS Code targets.

Usage: python3 .github/release/test_release.py BIN_DIR TARGET   (needs PyYAML)
  e.g. target/x86_64-unknown-linux-musl/release x86_64-unknown-linux-musl
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN_DIR = os.path.abspath(sys.argv[1])
TARGET = sys.argv[2]
with open(os.path.join(ROOT, "Cargo.toml"), "rb") as f:
    VERSION = tomllib.load(f)["workspace"]["package"]["version"]
TAG = f"v{VERSION}"

failures = []


def check(title, condition, detail=""):
    print(f"{'ok' if condition else 'FAILED'} - {title}" + ("" if condition else f": {detail}"))
    if not condition:
        failures.append(title)


def lsp_message(payload):
    body = json.dumps(payload).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream):
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            break
        m = re.match(rb"Content-Length: (\d+)", line)
        if m:
            length = int(m.group(1))
    return json.loads(stream.read(length))


def lsp_session(server, cwd):
    """initialize, initialized, shutdown, exit, each answer awaited; returns answers by id and the exit code."""
    proc = subprocess.Popen([server], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=cwd)
    responses = {}

    def request(message):
        proc.stdin.write(lsp_message(message))
        proc.stdin.flush()
        while "id" in message:
            answer = read_message(proc.stdout)
            if answer is None:
                return
            if answer.get("id") == message["id"] and "method" not in answer:
                responses[message["id"]] = answer
                return

    try:
        request({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                 "params": {"processId": None, "rootUri": "file://" + cwd, "capabilities": {}}})
        request({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        request({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        request({"jsonrpc": "2.0", "method": "exit"})
        proc.stdin.close()
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return responses, code


with tempfile.TemporaryDirectory() as tmp:
    out = subprocess.run([os.path.join(ROOT, ".github", "release", "package.sh"), TAG, TARGET, BIN_DIR, tmp],
                         capture_output=True, text=True, check=True).stdout.strip()
    archive = os.path.basename(out)
    check("the archive is named aims-vVERSION-TARGET.tar.gz", archive == f"aims-{TAG}-{TARGET}.tar.gz", archive)
    with open(out, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    with open(out + ".sha256") as f:
        line = f.read()
    check("the .sha256 file holds the archive's digest in sha256sum format", line == f"{digest}  {archive}\n", line)
    with tarfile.open(out) as tar:
        names = sorted(tar.getnames())
        tar.extractall(tmp, filter="tar")
    folder = f"aims-{TAG}-{TARGET}"
    check("the archive holds aims, aims-lsp and the README in one folder",
          {f"{folder}/aims", f"{folder}/aims-lsp", f"{folder}/README.md"} <= set(names), names)
    aims = os.path.join(tmp, folder, "aims")
    aims_lsp = os.path.join(tmp, folder, "aims-lsp")

    version = subprocess.run([aims, "--version"], capture_output=True, text=True)
    check("aims --version", version.stdout.strip() == f"aims {VERSION}", version.stdout + version.stderr)
    acme = subprocess.run([aims, "check", os.path.join(ROOT, "examples", "acme"), "--color", "never"],
                          capture_output=True, text=True)
    check("aims check examples/acme passes", acme.returncode == 0, acme.stdout + acme.stderr)
    errors = subprocess.run([aims, "check", os.path.join(ROOT, "examples", "errors"), "--format", "json"],
                            capture_output=True, text=True)
    check("aims check examples/errors fails with diagnostics", errors.returncode == 1
          and json.loads(errors.stdout)["summary"]["errors"] > 0, errors.stderr)
    responses, code = lsp_session(aims_lsp, os.path.join(ROOT, "examples", "acme"))
    capabilities = responses.get(1, {}).get("result", {}).get("capabilities", {})
    check("aims-lsp answers initialize with its capabilities over stdio",
          "hoverProvider" in capabilities and "completionProvider" in capabilities, responses)
    check("aims-lsp shuts down cleanly", "result" in responses.get(2, {}) and code == 0, (responses, code))
    if "musl" in TARGET:
        for binary in (aims, aims_lsp):
            ldd = subprocess.run(["ldd", binary], capture_output=True, text=True)
            text = ldd.stdout + ldd.stderr
            check(f"{os.path.basename(binary)} is statically linked",
                  "not a dynamic executable" in text or "statically linked" in text, text)

    # cargo binstall: the same names, rendered from each crate's metadata.
    with open(os.path.join(ROOT, ".github", "workflows", "release.yml")) as f:
        workflow = yaml.safe_load(f)
    matrix = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
    targets = [entry["target"] for entry in matrix]
    for crate, binary in (("compiler", "aims"), ("lsp-server", "aims-lsp")):
        with open(os.path.join(ROOT, crate, "Cargo.toml"), "rb") as f:
            meta = tomllib.load(f)["package"]["metadata"]["binstall"]
        for target in targets:
            settings = {**meta, **meta.get("overrides", {}).get(target, {})}
            exe = ".exe" if "windows" in target else ""
            values = {"repo": "https://github.com/example/aims", "version": VERSION, "target": target,
                      "bin": binary, "binary-ext": exe}
            render = lambda t: re.sub(r"\{ ([\w-]+) \}", lambda m: values[m.group(1)], t)  # noqa: E731
            suffix = ".zip" if "windows" in target else ".tar.gz"
            url = render(settings["pkg-url"])
            check(f"binstall {crate} {target}: the URL is the release asset",
                  url == f"https://github.com/example/aims/releases/download/{TAG}/aims-{TAG}-{target}{suffix}", url)
            check(f"binstall {crate} {target}: the format matches",
                  settings["pkg-fmt"] == ("zip" if "windows" in target else "tgz"), settings["pkg-fmt"])
            if target == TARGET:
                path = render(settings["bin-dir"])
                check(f"binstall {crate}: {path} is in the archive", path in names, names)

    # The action downloads only what the workflow builds.
    with open(os.path.join(ROOT, ".github", "action", "install.sh")) as f:
        wanted = set(re.findall(r"target=([\w-]+)", f.read()))
    check("release.yml builds every target the action downloads", wanted <= set(targets), wanted - set(targets))
    with open(os.path.join(ROOT, "editors", "vscode", "scripts", "package-platform.mjs")) as f:
        known = set(re.findall(r'^  "([\w-]+)",$', f.read(), re.M))
    vsce = {t for entry in matrix for t in entry["vsce"].split()}
    check("release.yml packages the extension for known VS Code targets only", vsce <= known and len(vsce) >= 5,
          vsce - known)

print(f"release tests: {len(failures)} failed")
sys.exit(1 if failures else 0)
