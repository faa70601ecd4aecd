"""Check corpus/expected.json against the corpus bytes (run from anywhere)."""
import html
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus")
CODECS = {"UTF-8": "utf-8", "GB18030": "gb18030", "Big5": "big5", "windows-1252": "cp1252"}

exp = json.load(open(os.path.join(ROOT, "expected.json"), encoding="utf-8"))
errors = 0


def err(msg):
    global errors
    errors += 1
    print("ERROR", msg)


def visible_text(raw, is_html):
    if not is_html:
        return raw
    t = re.sub(r"<[^>]+>", " ", raw)
    return html.unescape(t)


on_disk = sorted(os.path.relpath(os.path.join(d, f), ROOT) for d, _, fs in os.walk(ROOT) for f in fs
                 if f.endswith((".html", ".txt")))
if on_disk != sorted(exp["articles"]):
    err(f"files on disk and expected.json differ: {set(on_disk) ^ set(exp['articles'])}")

for path, a in sorted(exp["articles"].items()):
    data = open(os.path.join(ROOT, path), "rb").read()
    try:
        raw = data.decode(CODECS[a["encoding"]])
    except UnicodeDecodeError as e:
        err(f"{path}: does not decode as {a['encoding']}: {e}")
        continue
    text = visible_text(raw, path.endswith(".html"))
    for q in a["must_contain"]:
        if q not in text:
            err(f"{path}: must_contain missing: {q!r}")
    for q in a["must_not_contain"]:
        if q not in text:
            err(f"{path}: must_not_contain string not present in page: {q!r}")
    for f in a["figures"]:
        if f["quote"] not in text:
            err(f"{path}: figure quote missing: {f['quote']!r}")
    if a["title"] not in text:
        err(f"{path}: title not in page")
    for p in a["people"]:
        if p["name"] not in text:
            err(f"{path}: person missing: {p['name']}")
    n = len(a["figures"])
    if not 4 <= n <= 10:
        err(f"{path}: {n} figures")
    print(f"ok  {path:50s} {a['encoding']:13s} {len(data):6d} bytes  {n:2d} figures  {len(a['people'])} people")

print(f"{len(exp['articles'])} articles, {len(exp['crosscheck'])} crosscheck entries, {errors} errors")

# --- extra checks: boilerplate strings never in the article body, page features present
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402
from common import parse_para  # noqa: E402
extra = 0
for a in build.ARTICLES:
    body = "\n".join(parse_para(p)[0] for p in a["paras"]) if "[[" in "".join(a["paras"]) else "\n".join(a["paras"])
    e = exp["articles"][a["path"]]
    for s in e["must_not_contain"]:
        if s in body:
            print("ERROR boilerplate string in body", a["path"], s); extra += 1
    for f in e["figures"]:
        if f["quote"] not in body:
            print("ERROR quote not in body", a["path"], f["quote"]); extra += 1
    for s in e["must_contain"]:
        if s not in body:
            print("ERROR must_contain not in body", a["path"], s); extra += 1
    if a["path"].endswith(".html"):
        raw = open(os.path.join(ROOT, a["path"]), "rb").read().decode(CODECS[e["encoding"]])
        feats = {k: (k in raw) for k in ['og:site_name', 'rel="canonical"', 'class="ad', '<script', 'application/ld+json', 'name="author"', '<form', 'textarea']}
        missing = [k for k, v in feats.items() if not v and k not in ('application/ld+json', '<form')]
        m = re.search(r'<meta[^>]*charset[^>]*>', raw)
        print(f"   {a['path']:50s} ld+json={feats['application/ld+json']!s:5s} decl={m.group(0) if m else '(none)'}", "MISSING " + str(missing) if missing else "")
        if missing:
            extra += 1
print("extra errors:", extra)
sys.exit(1 if extra or errors else 0)
