#!/usr/bin/env python3
"""Writes the byte-exact decode fixtures under Tests/Fixtures/decode (charsets are easier to get right from
Python than by hand). Each case: input.html (raw bytes) + case.json (expected encoding, text that must appear,
diagnostic codes that must be reported, why the case exists). Re-run after editing; commit the output."""
import json, os
root = os.path.join(os.path.dirname(__file__), "..", "Tests", "Fixtures", "decode")

def page(charset_meta, title, body):
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"

ZH = "<p>论坛期间共签约合作项目129个，签约金额超过810亿元。朱镕基图书馆的王喆先生到场。</p><p>主办方表示，来自86个国家和地区的嘉宾参加了论坛。</p>"
HANT = "<p>論壇期間共簽約合作項目129項，簽約金額逾810億元。主辦方表示，來自86個國家和地區的嘉賓參與了這次論壇的各項活動。</p><p>東岸線沿線車站大多設於住宅區及商業區附近，方便市民轉乘。</p>"
EN = "<p>Delegates praised the “open” format — the café served €5 lunches.</p><p>More than 5,000 people attended the closing session of the forum on Tuesday evening.</p>"

cases = {
    "zh-gbk-labelled-gb2312": (page("gb2312", "签约项目", ZH).encode("gbk"), "GB18030", ["朱镕基", "王喆", "810亿元"], [],
        "gb2312 label on a page with GBK-only characters (镕, 喆): must decode as GB18030, not stop at the first one"),
    "zh-utf8-labelled-gb2312": (page("gb2312", "签约项目", ZH).encode("utf-8"), "UTF-8", ["合作项目129个"], ["charset-label-mismatch"],
        "the label lies: the bytes are valid UTF-8"),
    "zh-big5-unlabelled": (page(None, "論壇閉幕", HANT).encode("big5"), "Big5-HKSCS", ["簽約合作項目129項", "東岸線"], ["charset-guessed"],
        "no declaration at all: ICU detection plus strict validation"),
    "zh-gb18030-declared": (page("gb18030", "论坛", ZH + "<p>菜单•首页</p>").encode("gb18030"), "GB18030", ["菜单•首页"], [],
        "• is a four-byte GB18030 sequence"),
    "en-windows-1252-labelled-latin1": (page("iso-8859-1", "Forum", EN).encode("cp1252"), "windows-1252", ["“open” format — the café served €5"], [],
        "iso-8859-1 means windows-1252: curly quotes, dash and euro sign live in 0x80-0x9F"),
    "en-utf8-bom": (b"\xef\xbb\xbf" + page("windows-1252", "Forum", EN).encode("utf-8"), "UTF-8", ["“open” format"], [],
        "a byte-order mark outranks the meta label"),
    "en-truncated-utf8": (page("utf-8", "Forum", EN).encode("utf-8")[:-60] + "<p>Cut here: caf".encode() + b"\xc3", "UTF-8", ["More than 5,000 people"], ["replacement-characters"],
        "a file cut inside a multi-byte sequence: U+FFFD and a diagnostic, the text before it kept"),
    "zh-invalid-gb18030": (page("gbk", "论坛", ZH).encode("gbk").replace("签约金额".encode("gbk"), b"\x81\x20\xff\xfe"), "GB18030", ["合作项目129个", "86个国家和地区"], ["replacement-characters"],
        "invalid GB18030 sequences in the middle: U+FFFD, the text after them kept"),
    "en-nul-bytes": (page("utf-8", "Forum", EN).encode("utf-8").replace(b"Delegates", b"Dele\x00gates"), "UTF-8", ["Delegates praised"], ["nul-bytes-removed"],
        "NUL bytes would end libxml2's input early"),
}
for name, (data, encoding, contains, diagnostics, why) in cases.items():
    folder = os.path.join(root, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "input.html"), "wb") as f:
        f.write(data)
    with open(os.path.join(folder, "case.json"), "w", encoding="utf-8") as f:
        json.dump({"encoding": encoding, "contains": contains, "diagnostics": diagnostics, "why": why}, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
print(f"wrote {len(cases)} cases to {root}")
