"""Render the corpus pages and corpus/expected.json."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import parse_para  # noqa: E402
from outlets import OUTLETS  # noqa: E402
from templates import TEMPLATES  # noqa: E402
import art_zgc23, art_zgc21, art_other  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus")
ARTICLES = art_zgc23.ARTICLES + art_zgc21.ARTICLES + art_other.ARTICLES

# Which shared fact each entity (as written) stands for, per story. Entities not listed are
# reported by one article only.
FACTS = {
    "zgc-2023-closing": {
        "forum closing": "closing", "论坛闭幕": "closing", "論壇閉幕": "closing",
        "forum dates": "dates", "论坛会期": "dates",
        "cooperation projects": "coop", "合作项目": "coop", "签约项目": "coop", "合作項目": "coop",
        "contract value": "coop_value", "contracts": "coop_value", "签约金额": "coop_value",
        "签约额": "coop_value", "合同金额": "coop_value", "簽約金額": "coop_value",
        "investment projects": "inv", "招商引资项目": "inv", "招商项目": "inv", "招商引資項目": "inv",
        "planned investment": "inv_value", "planned total investment": "inv_value",
        "预计总投资": "inv_value", "預計總投資": "inv_value",
        "speakers": "speakers", "演讲嘉宾": "speakers", "演講嘉賓": "speakers",
        "share of foreign guests among the speakers": "foreign_share", "share of foreign guests": "foreign_share",
        "外籍嘉宾占比": "foreign_share", "外籍嘉宾比例": "foreign_share", "外籍嘉賓佔比": "foreign_share",
        "countries and regions": "countries", "国家和地区": "countries", "國家和地區": "countries",
        "scientists, entrepreneurs and investors": "attendees", "科学家、企业家、投资人和创业者": "attendees",
        "foreign organisations": "foreign_orgs", "外国机构": "foreign_orgs", "外國機構": "foreign_orgs",
        "foreign-funded enterprises": "foreign_firms", "外资企业": "foreign_firms",
        "foreign-funded R&D centres": "rd_centres", "外资研发中心": "rd_centres", "外資研發中心": "rd_centres",
    },
    "zgc-2021-opening": {
        "forum opening": "opening", "论坛开幕": "opening", "論壇開幕": "opening",
        "forum dates": "dates", "论坛会期": "dates", "論壇會期": "dates",
        "events": "events60", "各类活动": "events60", "各類活動": "events60",
        "Chinese and foreign companies": "companies", "companies": "companies", "中外企业": "companies", "中外企業": "companies",
        "foreign guests": "foreign_guests", "外籍嘉宾": "foreign_guests", "外籍嘉賓": "foreign_guests",
        "countries and regions": "countries", "国家和地区": "countries", "國家和地區": "countries",
        "projects": "roadshow_projects", "项目": "roadshow_projects", "項目": "roadshow_projects",
        "countries": "roadshow_countries", "国家": "roadshow_countries", "國家": "roadshow_countries",
        "projects selected": "roadshow_selected", "入选项目": "roadshow_selected", "入選項目": "roadshow_selected",
        "活动": "events17",
        "forum founded": "founded", "论坛创办": "founded", "論壇創辦": "founded",
    },
    "other-city-marathon": {
        "race day": "race_day", "比赛日": "race_day", "runners": "runners", "跑者": "runners",
        "countries and regions": "countries", "国家和地区": "countries",
        "volunteers": "volunteers", "志愿者": "volunteers",
        "spectators": "spectators", "观赛市民": "spectators",
        "prize money": "prize", "奖金": "prize",
    },
}
# In the 2021 Eastbridge piece "17 events" is the pre-forum series, not the 60 forum events.
FACT_OVERRIDES = {("zgc-2021-opening/eastbridge-review-en.html", "17 events"): "events17"}
# In the marathon pieces, "12 runners" / "12名跑者" are the runners treated by medics.
FACT_OVERRIDES.update({
    ("other/lakeside-chronicle-marathon-en.html", "12 runners"): "treated",
    ("other/yunzhou-evening-marathon-zh-hans.html", "12名跑者"): "treated",
})

FACT_NAMES = {
    "closing": "closing date of the forum", "dates": "dates of the forum", "coop": "cooperation projects signed",
    "coop_value": "contract value of the signed cooperation projects", "inv": "investment projects announced",
    "inv_value": "planned investment of the announced investment projects", "speakers": "speakers in the parallel forums",
    "foreign_share": "share of foreign guests among parallel-forum speakers", "countries": "countries and regions taking part",
    "attendees": "scientists, entrepreneurs, investors attending", "foreign_orgs": "foreign organizations taking part",
    "foreign_firms": "foreign-funded enterprises exhibiting", "rd_centres": "foreign-funded R&D centres licensed",
    "opening": "opening date of the forum", "events60": "events on the forum programme",
    "companies": "Chinese and foreign companies exhibiting", "foreign_guests": "foreign guests taking part",
    "roadshow_projects": "projects entered in the technology-exchange roadshow",
    "roadshow_countries": "countries the roadshow projects came from", "roadshow_selected": "roadshow projects selected",
    "events17": "events held before the forum", "founded": "year the forum was founded",
    "race_day": "race day", "runners": "runners taking part", "volunteers": "volunteers",
    "spectators": "spectators", "prize": "prize money per winner", "treated": "runners treated by medics",
}

PLANTED = {
    ("zgc-2023-closing", "inv_value"): ("conflict", "亿/billion slip: The Meridian Post writes 14.3 billion yuan where every other outlet has 143 billion (1430亿元)"),
    ("zgc-2023-closing", "speakers"): ("conflict", "transposed digits: 科创导报 writes 506 speakers where every other outlet has 560"),
    ("zgc-2023-closing", "countries"): ("compatible", "rounded with a qualifier: 'over 80 countries and regions' (The Meridian Post) is consistent with 86"),
}
EDITION_NOTES = {
    ("zgc-2021-opening", "countries"): "different edition: 2021's 'more than 40 countries and regions' must never be grouped with 2023's 86 / 'over 80'",
    ("zgc-2021-opening", "roadshow_projects"): "different edition: 2021's 700 roadshow projects must never be grouped with 2023's 129 cooperation projects",
    ("zgc-2021-opening", "foreign_guests"): "different edition: 2021 foreign-guest count, not comparable with any 2023 figure",
    ("zgc-2021-opening", "dates"): "different edition: 2021 forum dates, never grouped with 2023's May 25-30",
}


def sentences(text, lang):
    if lang == "en":
        return re.findall(r".+?[.!?][”’\"]?(?=\s|$)", text)
    return re.findall(r".+?[。！？][”」]?", text)


def prepare(a):
    o = OUTLETS[a["outlet"]]
    a.setdefault("byline", f"By {a.get('author', '')}")
    a.setdefault("section_name", a.get("section", ""))
    a.setdefault("standfirst", a["title"])
    a.setdefault("caption", "")
    a.setdefault("keywords", "")
    a.setdefault("editor", "")
    a.setdefault("charset_decl", "")
    a.setdefault("post_id", "1")
    if "slug" in a:
        a["canonical"] = f"https://{o['host']}/{a.get('section', 'news')}/{a['published'].replace('-', '/')}/{a['slug']}"
    plain, figs = [], []
    for p in a["paras"]:
        t, f = parse_para(p)
        plain.append(t)
        figs.extend(f)
    src = a["paras"]
    a["paras"] = plain
    a["_src"] = src
    a["_figs"] = figs
    return o


def main():
    expected = {"articles": {}, "crosscheck": []}
    groups = {}
    for a in ARTICLES:
        o = prepare(a)
        page = TEMPLATES[o["template"]](a, o)
        for p in a["paras"] + [a["title"]]:
            p.encode(a["bytes_codec"])  # strict: the article text itself must exist in the charset
        # Chrome characters outside the charset become numeric references, as real sites do.
        data = page.encode(a["bytes_codec"], errors="strict" if o["template"] == "txt" else "xmlcharrefreplace")
        path = os.path.join(ROOT, a["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)

        sents = [s.strip() for p in a["paras"] for s in sentences(p, a["lang"])]
        mc = []
        for prefix in a["must_contain"]:
            hits = [s for s in sents if s.startswith(prefix)]
            assert len(hits) == 1, (a["path"], prefix, hits)
            mc.append(hits[0])
        if "must_not_contain" in a:
            mnc = a["must_not_contain"]
        else:
            mnc = [o["mnc_nav"], o["cookie"], a["related"][0][0], o["comment_prompt"], a["footer"]]
        figs = []
        for f in a["_figs"]:
            g = {"kind": f["kind"], "qualifier": f["qualifier"], "entity": f["entity"], "quote": f["quote"]}
            if f["kind"] == "date_range":
                g["value"] = None
                g["from"], g["to"] = f["from"], f["to"]
            else:
                g["value"] = f["value"]
            if f["kind"] == "money":
                g["currency"] = f["currency"]
            figs.append(g)
            fact = FACT_OVERRIDES.get((a["path"], f["quote"])) or FACTS.get(a["story"], {}).get(f["entity"])
            if fact:
                groups.setdefault((a["story"], fact), []).append((a["path"], g))
        expected["articles"][a["path"]] = {
            "lang": a["lang"], "encoding": a["encoding"], "title": a["title"], "outlet": o["name"],
            "published": a["published"], "story": a["story"],
            "must_contain": mc, "must_not_contain": mnc, "figures": figs,
            "people": [{"name": n, "latin": l, "role": r, "organization": org, "quoted": q}
                       for n, l, r, org, q in a["people"]],
        }

    for (story, fact), reports in sorted(groups.items()):
        paths = [p for p, _ in reports]
        if len(set(paths)) < 2:
            continue
        assert len(set(paths)) == len(paths), (story, fact, paths)
        g0 = reports[0][1]
        def val(g):
            return f"{g['from']}/{g['to']}" if g["kind"] == "date_range" else g["value"]
        vals = {val(g) for _, g in reports}
        quals = {g["qualifier"] for _, g in reports}
        kinds = {g["kind"] for _, g in reports}
        assert len(kinds) == 1, (story, fact, kinds)
        computed = "agree" if len(vals) == 1 and len(quals) == 1 else None
        verdict, why = PLANTED.get((story, fact), ("agree", None))
        if verdict == "agree":
            assert computed == "agree", (story, fact, vals, quals)
        else:
            assert computed is None, (story, fact)
        entry = {"story": story, "kind": g0["kind"], "entity": FACT_NAMES[fact], "verdict": verdict,
                 "articles": paths, "values": {p: val(g) for p, g in reports},
                 "qualifiers": {p: g["qualifier"] for p, g in reports}}
        if g0["kind"] == "money":
            curs = {g["currency"] for _, g in reports}
            assert len(curs) == 1
            entry["currency"] = curs.pop()
        if why:
            entry["why"] = why
        elif (story, fact) in EDITION_NOTES:
            entry["why"] = EDITION_NOTES[(story, fact)]
        expected["crosscheck"].append(entry)

    for key in PLANTED:
        assert any((e["story"], k) == key for e in expected["crosscheck"] for k in [next(f for f, n in FACT_NAMES.items() if n == e["entity"])]), key

    with open(os.path.join(ROOT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    print(f"{len(ARTICLES)} articles, {len(expected['crosscheck'])} crosscheck entries")


if __name__ == "__main__":
    main()
