#!/usr/bin/env python3
"""Scores the dates of `ingest-cli extract` on the five seed articles (../shared/seeds/figures_gold.jsonl).

Gold rows scored: kind date and date_range. Each seed is extracted once with `--published` set to the
gold's publication date for that seed (the seeds are plain text and three of them carry no date line;
`--published` only applies when ingest finds none, so 002 and 003 use their own date lines).

Publication lines (`Time:2021-09-29`, `2023-06-01 11:42:31`, a `Beijing, May 30.` dateline) are not
in the main text: ingest reads them into `published` and strips them. A gold row whose quote is not in
the text is right when the `published` that ingest detected by itself (a run without --published)
has the gold value (its date part).

A row is right when a single predicted date figure overlapping the quote's span (first occurrence, see
eval_figures_seeds.py) has the gold value: for `date`, the same ISO value (a gold date-time matches its
date: times of day are not extracted); for `date_range`, the same `from` and `to`. Overlapping date
figures with other values make the row wrong (one answer per expression, not candidates).

Floor for --check: 24 of 25 right (the issue's bar).

--corpus DIR scores the team corpus instead: gold from DIR/expected.json (its date rows), records from one
`ingest-cli extract DIR` run with publication dates as ingest finds them in the pages (no --published).
Floor there: 95% right.

usage: scripts/eval_dates_seeds.py [--bin PATH] [--seeds DIR | --corpus DIR] [--check] [--show]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_figures_seeds import first_occurrence, figure_span, load_corpus_gold, load_records, overlaps  # noqa: E402

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLOOR_RIGHT = 24


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(REPO_ROOT, ".build", "release", "ingest-cli"))
    ap.add_argument("--seeds", default=os.path.join(REPO_ROOT, "..", "shared", "seeds"))
    ap.add_argument("--check", action="store_true", help="exit 1 below the floor")
    ap.add_argument("--show", action="store_true", help="print every row with what was predicted")
    ap.add_argument("--corpus", metavar="DIR", help="score DIR/expected.json against `ingest-cli extract DIR`")
    ap.add_argument("--pred", help=argparse.SUPPRESS)
    return ap.parse_args()


def value_right(gold, figure):
    if figure.get("kind") != gold["kind"]:
        return False
    if gold["kind"] == "date_range":
        return figure.get("from") == gold.get("from") and figure.get("to") == gold.get("to")
    want, got = gold.get("value"), figure.get("value")
    return got is not None and (got == want or (isinstance(want, str) and want.startswith(got + "T")))


def extract(args, seed, published):
    command = [args.bin, "extract", os.path.join(args.seeds, seed), "--format", "jsonl", "--quiet"]
    if published:
        command += ["--published", published]
    run = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    if not run.stdout.strip():
        print(f"error: ingest-cli extract gave nothing for {seed}: {run.stderr[-500:]}", file=sys.stderr)
        return None
    return json.loads(run.stdout.splitlines()[0])


def score_rows(gold_rows, record, detected, args, label):
    """(right, total) for one article's date rows, printing misses (or every row with --show)."""
    right = 0
    text = record.get("text") or ""
    dates = [f for f in record.get("figures") or [] if f["kind"] in ("date", "date_range")]
    for gold in gold_rows:
        span = first_occurrence(text, gold["quote"])
        candidates = [f for f in dates if span and overlaps(figure_span(f), span)]
        if span is None:
            published = detected.get("published") or ""
            ok = bool(published) and str(gold.get("value") or "")[:10] == published[:10]
            candidates = [{"text": "published", "value": published or "null"}]
        else:
            ok = len(candidates) == 1 and value_right(gold, candidates[0])
        right += ok
        if args.show or not ok:
            want = gold.get("value") or f"{gold.get('from')}..{gold.get('to')}"
            got = [f"{f['text']!r}={f.get('value') or str(f.get('from')) + '..' + str(f.get('to'))}" for f in candidates]
            print(f"{'ok  ' if ok else 'MISS'} {label} {gold['quote']!r:38} want {want:22} got {got}")
    return right, len(gold_rows)


def main_corpus(args):
    gold = load_corpus_gold(args.corpus)
    records = load_records(args)
    right = total = 0
    for name, rows in sorted(gold.items()):
        rows = [row for row in rows if row["kind"] in ("date", "date_range")]
        record = records.get(name)
        if not rows:
            continue
        if record is None:
            print(f"MISS {name}: no record")
            total += len(rows)
            continue
        got, count = score_rows(rows, record, record, args, name[:44])
        right += got
        total += count
    rate = right / max(total, 1)
    print(f"\ncorpus dates right: {right}/{total} ({rate:.1%}); floor 95%")
    return 1 if args.check and rate < 0.95 else 0


def main():
    args = parse_args()
    if args.corpus:
        return main_corpus(args)
    path = os.path.join(args.seeds, "figures_gold.jsonl")
    if not os.path.isfile(path):
        print(f"gold not found: {path}", file=sys.stderr)
        return 2
    rows = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                if row["kind"] in ("date", "date_range"):
                    rows[row["seed"]].append(row)
    right = total = 0
    for seed, gold_rows in sorted(rows.items()):
        detected = extract(args, seed, None)
        if detected is None:
            return 2
        record = extract(args, seed, gold_rows[0].get("published", "")[:10]) if not detected.get("published") else detected
        if record is None:
            return 2
        got, count = score_rows(gold_rows, record, detected, args, seed[:3])
        right += got
        total += count
    print(f"\nseed dates right: {right}/{total} ({right / max(total, 1):.1%}); floor {FLOOR_RIGHT}/{total}")
    return 1 if args.check and right < FLOOR_RIGHT else 0


if __name__ == "__main__":
    sys.exit(main())
