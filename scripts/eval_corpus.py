#!/usr/bin/env python3
"""Checks `ingest-cli extract corpus/` against corpus/expected.json: charset, language, title, publication date,
sentences that must be in the main text and boilerplate that must not. Prints every miss; exit 1 on any.

usage: scripts/eval_corpus.py [--bin .build/release/ingest-cli]"""
import argparse, json, os, subprocess, sys, unicodedata

KEEP = set("，．！？：；（）［］｛｝＂＇")
def fold(text):
    """The tool's normalization: full-width ASCII and the ideographic space folded, CJK punctuation kept."""
    return "".join(c if c in KEEP or not ("\uff01" <= c <= "\uff5e" or c == "\u3000") else unicodedata.normalize("NFKC", c) for c in text or "")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release/ingest-cli")
    a = ap.parse_args()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    corpus = os.path.join(root, "corpus")
    expected = json.load(open(os.path.join(corpus, "expected.json"), encoding="utf-8"))["articles"]
    run = subprocess.run([a.bin, "extract", "--quiet", corpus], capture_output=True, text=True)
    records = {os.path.relpath(json.loads(l)["source"], corpus): json.loads(l) for l in run.stdout.splitlines()}
    misses, checks = [], 0
    def check(ok, what):
        nonlocal checks
        checks += 1
        if not ok: misses.append(what)
    for path, want in sorted(expected.items()):
        got = records.get(path)
        if got is None:
            check(False, f"{path}: no record"); continue
        encodings = {want["encoding"]} | ({"Big5-HKSCS"} if want["encoding"] == "Big5" else set())
        check(got["encoding"] in encodings, f"{path}: encoding {got['encoding']} != {want['encoding']}")
        check(got["lang"] == want["lang"], f"{path}: lang {got['lang']} != {want['lang']}")
        check(got["title"] == fold(want["title"]), f"{path}: title {got['title']!r} != {want['title']!r}")
        check((got["published"] or "").startswith(want["published"]), f"{path}: published {got['published']} != {want['published']}")
        check(got["outlet"] == want["outlet"], f"{path}: outlet {got['outlet']!r} != {want['outlet']!r}")
        for sentence in want.get("must_contain", []):
            check(fold(sentence) in got["text"], f"{path}: main text lacks {sentence[:60]!r}")
        for chrome in want.get("must_not_contain", []):
            check(fold(chrome) not in got["text"], f"{path}: boilerplate kept {chrome[:60]!r}")
    for miss in misses: print("MISS", miss)
    print(f"corpus: {checks - len(misses)} passed, {len(misses)} failed")
    return 1 if misses else 0

if __name__ == "__main__":
    sys.exit(main())
