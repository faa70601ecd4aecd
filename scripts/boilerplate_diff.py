#!/usr/bin/env python3
"""Shows, for one benchmark page, which predicted lines are not in the gold text and which gold lines were
missed (by 4-token shingle overlap). usage: boilerplate_diff.py DATASET ID PRED.jsonl [--shared ../shared]"""
import json, os, re, sys
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOK = re.compile(r"[%s]|[^\W%s]+" % (_CJK, _CJK))
def sh(t):
    k = TOK.findall(t); return {tuple(k[i:i+4]) for i in range(max(1, len(k)-3))} if k else set()
ds, pid, pred = sys.argv[1:4]
shared = sys.argv[5] if len(sys.argv) > 5 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
gold = next(json.loads(l) for l in open(f"{shared}/bench/boilerplate/{ds}/gold.jsonl") if json.loads(l)["id"].startswith(pid))
p = next(json.loads(l) for l in open(pred) if json.loads(l)["id"].startswith(pid))
G, P = sh(gold["body"]), sh(p["body"])
print("## EXTRA (predicted, not gold)")
for line in p["body"].split("\n"):
    s = sh(line)
    if s and len(s & G) / len(s) < 0.5: print("  +", line[:160])
print("## MISSED (gold, not predicted)")
for line in gold["body"].split("\n"):
    s = sh(line)
    if s and len(s & P) / len(s) < 0.5: print("  -", line[:160])
