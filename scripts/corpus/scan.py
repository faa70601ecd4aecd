import re, sys
sys.path.insert(0,'.')
import build
from common import parse_para
NUMW = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|first|second|third|half|twice|once|year|years|decade|week|month|today|yesterday|tomorrow|last|next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
ZH = r"[0-9０-９〇○零一二两兩三四五六七八九十百千万萬亿億半首第今昨明去前]|[年月日]"
for a in build.ARTICLES:
    paras=[]; quotes=[]
    for p in a["paras"]:
        t,f=parse_para(p); paras.append(t); quotes += [x["quote"] for x in f]
    body="\n".join(paras)
    if a["lang"]=="en":
        n=len(re.findall(r"\S+",body)); unit="words"
    else:
        n=len(re.sub(r"\s","",body)); unit="chars"
    print(f"== {a['path']}: {n} {unit}")
    masked=body
    for q in quotes:
        masked=masked.replace(q,"█"*len(q))
    for m in re.finditer(r"[0-9]" if False else (NUMW if a["lang"]=="en" else ZH), masked, re.I):
        s=max(0,m.start()-12); print("   ", repr(masked[s:m.end()+12]))
    for m in re.finditer(r"[0-9０-９]", masked):
        s=max(0,m.start()-12); print("  DIGIT", repr(masked[s:m.end()+12]))
