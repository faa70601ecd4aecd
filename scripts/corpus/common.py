"""Shared helpers for the corpus generator (scripts/corpus)."""
import html
import json
import re

KINDS = {"c": "count", "m": "money", "p": "percent", "d": "date", "r": "date_range"}
QUALS = {"": None, "mt": "more_than", "ab": "about", "nr": "nearly", "al": "at_least",
         "lt": "less_than", "am": "at_most"}

MARK = re.compile(r"\[\[(.+?)\]\]")


def _num(s):
    v = float(s)
    return int(v) if v == int(v) else v


def parse_para(src):
    """Return (plain_text, figures) for one paragraph written with [[quote|k|value|q|entity|cur]]."""
    figures = []

    def repl(m):
        parts = m.group(1).split("|")
        parts += [""] * (6 - len(parts))
        quote, k, value, q, entity, cur = parts[:6]
        kind = KINDS[k]
        fig = {"kind": kind, "quote": quote, "qualifier": QUALS[q], "entity": entity or None}
        if kind == "date":
            fig["value"] = value
        elif kind == "date_range":
            a, b = value.split("/")
            fig["from"], fig["to"] = a, b
        else:
            fig["value"] = _num(value)
        if kind == "money":
            fig["currency"] = cur or "CNY"
        figures.append(fig)
        return quote

    text = MARK.sub(repl, src)
    return text, figures


def esc(s):
    return html.escape(s, quote=False)


def esc_attr(s):
    return html.escape(s, quote=True)


EN_ENTITIES = {"\u201c": "&ldquo;", "\u201d": "&rdquo;", "\u2019": "&rsquo;", "\u2014": "&mdash;"}


def esc_entities(s):
    s = esc(s)
    for ch, ent in EN_ENTITIES.items():
        s = s.replace(ch, ent)
    return s


def jsonld(a, o):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "datePublished": a["published_iso"],
        "author": [{"@type": "Person", "name": a["author"]}],
        "publisher": {"@type": "Organization", "name": o["name"]},
        "mainEntityOfPage": a["canonical"],
        "inLanguage": a["lang"],
    }
    return ('<script type="application/ld+json">\n'
            + json.dumps(data, ensure_ascii=False, indent=2) + "\n</script>")
