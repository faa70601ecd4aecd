#!/usr/bin/env bash
# The main job on corpus/: installs system packages if missing, builds (release), extracts every article of
# corpus/ to out/corpus.jsonl and prints a summary per article. Re-running is fast (incremental build).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release 2>&1 | grep -E "error|warning: unre|Compiling ingest|Build complete" >&2 || true
mkdir -p out
.build/release/ingest-cli extract corpus --out out/corpus.jsonl
python3 - <<'PY'
import json
rows = [json.loads(l) for l in open("out/corpus.jsonl", encoding="utf-8")]
print(f"{'source':<52} {'charset':<12} {'lang':<8} {'published':<11} {'chars':>6}  title")
for r in rows:
    print(f"{r['source'][-52:]:<52} {r['encoding']:<12} {r['lang']:<8} {(r['published'] or '-')[:10]:<11} {len(r['text']):>6}  {(r['title'] or '-')[:50]}")
print(f"\n{len(rows)} articles written to out/corpus.jsonl")
PY
