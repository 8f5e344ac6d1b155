#!/usr/bin/env python3
"""Check the built-in AIMS framework catalogues in compiler/catalogues/.

Usage:
    python3 tools/check_catalogues.py [CATALOGUE_DIR] [--reference REFERENCE_DIR]

Parses every ``*.aims`` file with a small stand-alone reader of the generic
AIMS form (``KIND NAME ["Title"] [{ fields and nested items }]``) and checks:

* the expected requirement counts (38 iso42001 controls, 93 iso27001 controls,
  72 NIST AI RMF subcategories, 61 SOC 2 criteria, the five Cyber Essentials
  themes, ...);
* names are dot-separated segments of letters, digits and ``_`` and are unique
  within a framework;
* every crosswalk id is a requirement (not a group) in its framework;
* with ``--reference``, the requirement ids equal the ids in the TSVs.

Prints the counts; exits 1 on any failure.  Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(HERE)
DEFAULT_DIR = os.path.join(REPO_ROOT, "compiler", "catalogues")

NAME_RE = re.compile(r"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$")
REQUIREMENT_KINDS = {"clause", "control", "subcategory", "criterion", "obligation", "theme", "article", "standard"}

EXPECTED_FILES = [
    "iso42001.aims", "iso27001.aims", "cyber_essentials.aims", "cyber_essentials_plus.aims",
    "nist_ai_rmf.aims", "eu_ai_act.aims", "soc2.aims",
    "crosswalk_iso42001_iso27001.aims", "crosswalk_nist_ai_rmf_iso42001.aims",
    "nist_csf.aims", "crosswalk_nist_csf_iso27001.aims", "nis2.aims", "dora.aims",
    "eu_gdpr.aims", "uk_gdpr.aims", "nhs_dspt.aims", "iso27701.aims", "dcb0129.aims",
]

# framework -> {kind: exact count}
EXPECTED_COUNTS = {
    "iso42001": {"control": 38, "clause": 32},
    "iso27001": {"control": 93, "clause": 30},
    "nist_ai_rmf": {"subcategory": 72},
    "soc2": {"criterion": 61},
    "cyber_essentials": {"theme": 5},
    "cyber_essentials_plus": {"theme": 5},
    # NIST CSWP 29: 6 functions, 22 categories, 106 subcategories.
    "nist_csf": {"subcategory": 106, "group": 28},
    # Directive (EU) 2022/2555 Art. 21(2)(a)-(j).
    "nis2": {"obligation": 10},
    # Regulation (EU) 2022/2554 Chapter II, Arts. 5-14.
    "dora": {"obligation": 10},
    # Regulation (EU) 2016/679 Arts. 5-50.
    "eu_gdpr": {"article": 46},
    "uk_gdpr": {"article": 46},
    # The ten National Data Guardian standards.
    "nhs_dspt": {"standard": 10},
    # ISO/IEC 27701:2019 Annex A (31 controller) + Annex B (18 processor) controls.
    "iso27701": {"control": 49},
    # DCB0129 compliance assessment template v5.0: 57 numbered requirements.
    "dcb0129": {"obligation": 57},
}
CE_THEMES = ["firewalls", "secure_configuration", "security_update_management",
             "user_access_control", "malware_protection"]


# --------------------------------------------------------------------------
# a tiny reader for the generic AIMS form

TOKEN_RE = re.compile(
    r"""
    (?P<comment>//[^\n]*)
  | (?P<nl>\r?\n)
  | (?P<ws>[ \t]+)
  | (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<punct>[{}\[\]:,])
  | (?P<word>[A-Za-z0-9_][A-Za-z0-9_.\-+]*)
    """,
    re.VERBOSE,
)


class ParseError(Exception):
    pass


def tokenize(text: str, path: str):
    pos, line = 0, 1
    toks = []
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise ParseError(f"{path}:{line}: unexpected character {text[pos]!r}")
        kind = m.lastgroup
        val = m.group()
        if kind == "nl":
            toks.append(("nl", val, line))
            line += 1
        elif kind in ("string", "punct", "word"):
            toks.append((kind, val, line))
        pos = m.end()
    toks.append(("eof", "", line))
    return toks


class Item:
    def __init__(self, kind, name, title, line):
        self.kind, self.name, self.title, self.line = kind, name, title, line
        self.fields: dict[str, object] = {}
        self.children: list[Item] = []


class Parser:
    def __init__(self, toks, path):
        self.toks, self.i, self.path = toks, 0, path

    def peek(self, k=0):
        return self.toks[self.i + k]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def err(self, msg):
        t = self.peek()
        raise ParseError(f"{self.path}:{t[2]}: {msg} (at {t[1]!r})")

    def skip_seps(self):
        while self.peek()[0] == "nl" or self.peek()[1] == ",":
            self.next()

    def skip_nl(self):
        while self.peek()[0] == "nl":
            self.next()

    def expect(self, val):
        if self.peek()[1] != val:
            self.err(f"expected {val!r}")
        return self.next()

    def file(self):
        items = []
        self.skip_nl()
        while self.peek()[0] != "eof":
            items.append(self.item())
            self.skip_nl()
        return items

    def item(self):
        kind = self.next()
        if kind[0] != "word":
            self.err("expected a declaration kind")
        name = self.next()
        if name[0] != "word":
            self.err("expected a name")
        title = None
        if self.peek()[0] == "string":
            title = unquote(self.next()[1])
        it = Item(kind[1], name[1], title, kind[2])
        if self.peek()[1] == "{":
            self.next()
            self.body(it)
            self.expect("}")
        return it

    def body(self, it):
        self.skip_seps()
        while self.peek()[1] != "}":
            if self.peek()[0] == "word" and self.peek(1)[1] == ":":
                fname = self.next()[1]
                self.next()
                if fname in it.fields:
                    self.err(f"duplicate field {fname}")
                it.fields[fname] = self.value()
            else:
                it.children.append(self.item())
            if self.peek()[1] not in ("}",) and self.peek()[0] != "nl" and self.peek()[1] != ",":
                self.err("expected a newline, ',' or '}'")
            self.skip_seps()

    def value(self):
        t = self.peek()
        if t[1] == "[":
            self.next()
            out = []
            self.skip_seps()
            while self.peek()[1] != "]":
                out.append(self.value())
                self.skip_seps()
            self.next()
            return out
        if t[1] == "{":
            self.next()
            rec = Item("record", "", None, t[2])
            self.body(rec)
            self.expect("}")
            return rec.fields
        if t[0] == "string":
            return unquote(self.next()[1])
        if t[0] == "word":
            words = [self.next()[1]]
            while self.peek()[0] == "word":  # e.g. "3 years"
                words.append(self.next()[1])
            return " ".join(words)
        self.err("expected a value")


def unquote(s: str) -> str:
    return re.sub(r"\\(.)", r"\1", s[1:-1])


def parse_file(path: str):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return Parser(tokenize(text, path), path).file()


# --------------------------------------------------------------------------
# checks


def walk(items, depth=0):
    for it in items:
        yield it, depth
        yield from walk(it.children, depth + 1)


def tsv_ids(ref, fname, kinds, col="id", kcol="kind", transform=lambda s: s):
    with open(os.path.join(ref, fname), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {transform(r[col].strip()) for r in rows if r[kcol] in kinds}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=DEFAULT_DIR)
    ap.add_argument("--reference", default=None, help="reference TSV folder to compare ids with")
    args = ap.parse_args(argv)

    failures: list[str] = []

    def fail(msg):
        failures.append(msg)

    frameworks: dict[str, Item] = {}
    crosswalks: list[tuple[str, Item]] = []
    present = sorted(f for f in os.listdir(args.dir) if f.endswith(".aims"))
    for f in EXPECTED_FILES:
        if f not in present:
            fail(f"missing catalogue file {f}")
    for f in present:
        path = os.path.join(args.dir, f)
        try:
            items = parse_file(path)
        except ParseError as e:
            fail(str(e))
            continue
        with open(path, encoding="utf-8") as fh:
            first = fh.readline()
        if not first.startswith("//") or "GENERATED" not in first:
            fail(f"{f}: does not start with the generated-file comment")
        for it in items:
            if it.kind == "framework":
                if it.name in frameworks:
                    fail(f"framework {it.name} defined twice")
                frameworks[it.name] = it
            elif it.kind == "crosswalk":
                crosswalks.append((f, it))
            else:
                fail(f"{f}:{it.line}: unexpected top-level kind {it.kind}")

    reqs: dict[str, dict[str, str]] = {}  # framework -> {id: kind}
    groups: dict[str, set[str]] = {}
    print("framework counts:")
    for fname, fw in sorted(frameworks.items()):
        seen: dict[str, int] = {}
        counts: dict[str, int] = {}
        reqs[fname] = {}
        groups[fname] = set()
        for it, _ in walk(fw.children):
            if not NAME_RE.match(it.name):
                fail(f"{fname}: bad name {it.name!r}")
            if it.name in seen:
                fail(f"{fname}: duplicate name {it.name} (lines {seen[it.name]} and {it.line})")
            seen[it.name] = it.line
            if it.title is None:
                fail(f"{fname}: {it.kind} {it.name} has no title")
            counts[it.kind] = counts.get(it.kind, 0) + 1
            if it.kind == "group":
                groups[fname].add(it.name)
                if not it.children:
                    fail(f"{fname}: empty group {it.name}")
            elif it.kind in REQUIREMENT_KINDS:
                reqs[fname][it.name] = it.kind
                if it.children:
                    fail(f"{fname}: requirement {it.name} has nested items")
            else:
                fail(f"{fname}: unknown item kind {it.kind!r} ({it.name})")
        for k, n in EXPECTED_COUNTS.get(fname, {}).items():
            if counts.get(k, 0) != n:
                fail(f"{fname}: expected {n} {k} items, found {counts.get(k, 0)}")
        for field in ("certifiable", "aliases", "source"):
            if field not in fw.fields:
                fail(f"{fname}: missing framework field {field}")
        summary = ", ".join(f"{counts[k]} {k}" for k in sorted(counts))
        print(f"  {fname:<22} {len(reqs[fname]):>3} requirements  ({summary})")

    for ce in ("cyber_essentials", "cyber_essentials_plus"):
        if ce in reqs and sorted(reqs[ce]) != sorted(CE_THEMES):
            fail(f"{ce}: themes are {sorted(reqs[ce])}, expected {CE_THEMES}")
    if "cyber_essentials_plus" in frameworks:
        rq = frameworks["cyber_essentials_plus"].fields.get("requires")
        if not isinstance(rq, dict) or rq.get("framework") != "cyber_essentials":
            fail("cyber_essentials_plus: requires must name cyber_essentials")
    if "eu_ai_act" in frameworks:
        for it, _ in walk(frameworks["eu_ai_act"].children):
            if it.kind == "obligation" and "applies_to" not in it.fields:
                fail(f"eu_ai_act: obligation {it.name} has no applies_to")
            af = it.fields.get("applies_from")
            if af is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(af)):
                fail(f"eu_ai_act: {it.name} applies_from is not a date: {af!r}")

    print("crosswalks:")
    for f, cw in crosswalks:
        src, dst = cw.fields.get("from"), cw.fields.get("to")
        if src not in reqs or dst not in reqs:
            fail(f"{f}: crosswalk {cw.name} names unknown frameworks {src!r} -> {dst!r}")
            continue
        n_pairs = 0
        for m in cw.children:
            if m.kind != "map":
                fail(f"{f}: unexpected item {m.kind} in crosswalk")
                continue
            if m.name not in reqs[src]:
                where = "a group" if m.name in groups[src] else "not defined"
                fail(f"{f}: map {m.name}: {src}.{m.name} is {where}")
            targets = m.fields.get("to")
            if not isinstance(targets, list) or not targets:
                fail(f"{f}: map {m.name} has no `to` list")
                continue
            for t in targets:
                n_pairs += 1
                if t not in reqs[dst]:
                    where = "a group" if t in groups[dst] else "not defined"
                    fail(f"{f}: map {m.name}: {dst}.{t} is {where}")
        print(f"  {cw.name:<22} {src} -> {dst}: {len(cw.children)} map items, {n_pairs} pairs, "
              f"partial: {cw.fields.get('partial')}")

    if args.reference:
        ref = args.reference
        checks = [
            ("iso42001", tsv_ids(ref, "iso42001.tsv", {"control"}), "control"),
            ("iso27001", tsv_ids(ref, "iso27001.tsv", {"control"}), "control"),
            ("nist_ai_rmf", tsv_ids(ref, "nist_ai_rmf.tsv", {"subcategory"},
                                    transform=lambda s: s.replace(" ", ".")), "subcategory"),
            ("soc2", tsv_ids(ref, "soc2.tsv", {"criterion"}), "criterion"),
        ]
        for fname, expected, kind in checks:
            got = {k for k, v in reqs.get(fname, {}).items() if v == kind}
            if got != expected:
                fail(f"{fname}: {kind} ids differ from the TSV: "
                     f"missing {sorted(expected - got)}, extra {sorted(got - expected)}")
        print("reference ids: compared with", os.path.relpath(ref))

    if failures:
        print(f"\nFAILED ({len(failures)}):", file=sys.stderr)
        for msg in failures:
            print("  " + msg, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
