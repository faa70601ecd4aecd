#!/usr/bin/env python3
"""Figure-extraction speed: MB of article text per second through `ingest-cli figures` (release build,
one process, one core), median of --runs runs, plus peak RSS.

The input is the main text of every corpus/ article (and ../shared/seeds when present), repeated to
about --megabytes MB, one JSON line per text. The time includes reading and writing JSON Lines, so
the extractor alone is faster than reported.

    python3 scripts/bench_figures.py [--megabytes 8] [--runs 3] [--floor 5]
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "ingest-cli")


def article_texts():
    sources = [os.path.join(ROOT, "corpus")]
    seeds = os.path.join(ROOT, "..", "shared", "seeds")
    if os.path.isdir(seeds):
        sources += sorted(os.path.join(seeds, name) for name in os.listdir(seeds) if name.endswith(".txt"))
    run = subprocess.run([BINARY, "extract", "--quiet", *sources], capture_output=True, text=True, encoding="utf-8")
    return [json.loads(line)["text"] for line in run.stdout.splitlines() if line.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=8)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--floor", type=float, default=5.0, help="exit 1 below this many MB/s")
    args = parser.parse_args()
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"no release build at {BINARY}: run swift build -c release")
    texts = article_texts()
    if not texts:
        sys.exit("no article texts to measure")
    lines, size, index = [], 0, 0
    while size < args.megabytes * 1_000_000:
        text = texts[index % len(texts)]
        lines.append(json.dumps({"id": str(index), "text": text}, ensure_ascii=False))
        size += len(text.encode("utf-8"))
        index += 1
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
        path = handle.name
    try:
        # --discard: extraction with JSON input but no JSON output (the floor applies to this one);
        # the plain run adds encoding every figure as JSON.
        extraction = measure(path, size, args.runs, ["--discard"])
        with_output = measure(path, size, args.runs, [])
    finally:
        os.unlink(path)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"figures: {size / 1e6:.1f} MB of article text in {len(lines)} texts, {args.runs} runs each, medians:")
    print(f"  extraction            {extraction:.2f} MB/s  (floor {args.floor} MB/s)")
    print(f"  with JSON output      {with_output:.2f} MB/s")
    print(f"  peak RSS              {peak_mb:.0f} MB")
    return 0 if extraction >= args.floor else 1


def measure(path, size, runs, flags):
    rates = []
    for _ in range(runs):
        with open(path, "rb") as stdin:
            start = time.perf_counter()
            subprocess.run([BINARY, "figures", *flags], stdin=stdin, stdout=subprocess.DEVNULL, check=True)
            rates.append(size / 1_000_000 / (time.perf_counter() - start))
    return statistics.median(rates)


if __name__ == "__main__":
    sys.exit(main())
