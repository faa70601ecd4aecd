#!/usr/bin/env python3
"""Scores the figures of `ingest-cli extract` on the five seed articles against ../shared/seeds/figures_gold.jsonl.

The binary is run once: `ingest-cli extract <seeds>/*.txt --format jsonl` (or --pred reads such JSONL).
A record belongs to the gold rows whose `seed` equals the basename of the record's `source`.

Scored gold rows are those of kind count, money and percent. For each:
  - the gold `quote` is located in the record's `text`: first exact occurrence, else first
    case-insensitive occurrence; if neither, the row is a miss ("quote not found in text") for value,
    qualifier and entity;
  - candidates are the predicted figures whose span overlaps the quote's span ([start, end) in code points);
  - value right: a candidate has the gold kind and an equal value. Percent: |difference| <= 0.01
    (two-thirds is 66.67 in the gold); count and money: exact, as decimals; money also needs the gold
    currency when the gold row has one. The first such candidate in text order is "the matched candidate";
  - qualifier right (rows with a non-null gold qualifier only): the matched candidate has the same qualifier;
  - entity right (count rows only): the matched candidate's entity is non-null and shares at least one
    content word with the gold entity (lower-cased, punctuation dropped, stopwords dropped, crude plural
    stems: "countries" ~ "country", "centers" ~ "center", "boxes" ~ "box").
A row with no matched candidate is wrong on qualifier and entity as well.

False figures: predicted figures of any kind but date and date_range (scored by eval_dates_seeds.py,
whose gold lists only some of an article's dates) whose span overlaps no gold quote of any kind (count,
money, percent, date, date_range, duration, ordinal) of that seed. Here a quote stands wherever it occurs in the
text, case-insensitively: the seeds repeat headline sentences (000 has its "A total of 129 cooperation
projects" headline four times), and the same words read at another place are the same figure.
Rate = false figures / all predicted figures of the scored records.

Floors: value right >= 97%, qualifier right >= 90%, entity right >= 85%, false-figure rate <= 5%.
--check exits 1 if one is not met. A missing binary exits 2.

usage: scripts/eval_figures_seeds.py [--bin PATH] [--seeds DIR] [--pred FILE] [--check]
"""
import argparse
import collections
import decimal
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORED_KINDS = {"count", "money", "percent"}
DATE_KINDS = {"date", "date_range"}
PERCENT_TOLERANCE = decimal.Decimal("0.01")
STOPWORDS = {"the", "of", "and", "in", "at", "for", "by", "a", "an", "to", "from", "with", "on",
             "or", "its", "their", "as", "is", "are", "was", "were", "that", "this", "these", "those"}

# A floor: the metric's name, the bound, and whether the rate must stay at or above it (else at or below).
Floor = collections.namedtuple("Floor", "name bound at_least")
FLOORS = [
    Floor("value right", 0.97, True),
    Floor("qualifier right", 0.90, True),
    Floor("entity right", 0.85, True),
    Floor("false-figure rate", 0.05, False),
]

# The score of one gold row. qualifier_ok / entity_ok are None when the row is not scored on them.
RowScore = collections.namedtuple("RowScore", "gold value_ok qualifier_ok entity_ok candidates reason")


def parse_args():
    ap = argparse.ArgumentParser(description="Score ingest-cli extract figures on the seed articles.")
    ap.add_argument("--bin", default=os.path.join(REPO_ROOT, ".build", "release", "ingest-cli"),
                    help="the ingest-cli binary (default: .build/release/ingest-cli in the repo)")
    ap.add_argument("--seeds", default=os.path.join(REPO_ROOT, "..", "shared", "seeds"),
                    help="the seeds folder (default: ../shared/seeds)")
    ap.add_argument("--pred", metavar="FILE", help="read records from this JSONL instead of running the binary")
    ap.add_argument("--corpus", metavar="DIR", help="score the team corpus instead: gold from DIR/expected.json "
                    "(its per-article figures), records from `ingest-cli extract DIR`")
    ap.add_argument("--check", action="store_true", help="exit 1 if a floor is not met")
    return ap.parse_args()


def fail(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(2)


def read_jsonl(text, what):
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line, parse_float=decimal.Decimal))
        except json.JSONDecodeError as error:
            fail(f"{what}, line {number}, is not JSON ({error}): {line[:200]}")
    return rows


# ---------------------------------------------------------------------------------------------------
# Inputs

def load_gold(seeds_dir):
    """{seed file name: [gold row, ...]} in file order."""
    path = os.path.join(seeds_dir, "figures_gold.jsonl")
    if not os.path.isfile(path):
        fail(f"gold not found: {path} (pass --seeds)")
    with open(path, encoding="utf-8") as f:
        rows = read_jsonl(f.read(), path)
    gold = collections.defaultdict(list)
    for row in rows:
        gold[row["seed"]].append(row)
    return gold


def load_corpus_gold(corpus_dir):
    """{article path relative to the corpus: [gold row, ...]} from corpus/expected.json."""
    path = os.path.join(corpus_dir, "expected.json")
    if not os.path.isfile(path):
        fail(f"corpus expectations not found: {path}")
    with open(path, encoding="utf-8") as f:
        articles = json.load(f)["articles"]
    return {name: [dict(row, seed=name) for row in article.get("figures", [])] for name, article in articles.items()}


def run_extract(binary, seeds_dir, corpus=False):
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        fail(f"binary not found or not executable: {binary} (build it with `swift build -c release`, or pass --bin)")
    paths = [seeds_dir] if corpus else sorted(glob.glob(os.path.join(seeds_dir, "*.txt")))
    if not paths:
        fail(f"no seed texts (*.txt) in {seeds_dir}")
    command = [binary, "extract"] + paths + ["--format", "jsonl"]
    run = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        # extract exits 1 when some input failed but still prints the other records.
        message = f"ingest-cli extract exited with {run.returncode}: {run.stderr.strip()[-2000:]}"
        if not run.stdout.strip():
            fail(message)
        print(f"warning: {message}", file=sys.stderr)
    return read_jsonl(run.stdout, "ingest-cli extract output")


def load_records(args):
    """{seed file name: record}."""
    if args.pred:
        with open(args.pred, encoding="utf-8") as f:
            records = read_jsonl(f.read(), args.pred)
    else:
        records = run_extract(args.bin, args.corpus or args.seeds, corpus=bool(args.corpus))
    if args.corpus:
        root = os.path.normpath(args.corpus)
        return {os.path.relpath(os.path.normpath(record.get("source") or ""), root): record for record in records}
    return {os.path.basename(record.get("source") or ""): record for record in records}


# ---------------------------------------------------------------------------------------------------
# Spans

def starts_inside_number(text, start):
    """The quote "4.5港元" found inside "14.5港元" is not that quote."""
    return start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,")


def first_occurrence(text, quote):
    """[start, end) of the quote in the text: exact first, else case-insensitive; None if absent.
    Occurrences that continue a longer number are skipped."""
    quote = unicodedata.normalize("NFKC", quote) if len(unicodedata.normalize("NFKC", quote)) == len(quote) else quote
    for flags in (0, re.IGNORECASE):
        for match in re.finditer(re.escape(quote), text, flags):
            if not starts_inside_number(text, match.start()):
                return match.span()
    return None


def all_occurrences(text, quote):
    quote = unicodedata.normalize("NFKC", quote) if len(unicodedata.normalize("NFKC", quote)) == len(quote) else quote
    return [match.span() for match in re.finditer(re.escape(quote), text, re.IGNORECASE)]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def figure_span(figure):
    span = figure.get("span") or [0, 0]
    return (span[0], span[1])


# ---------------------------------------------------------------------------------------------------
# Comparing one figure with one gold row

def as_decimal(value):
    """A JSON number as a Decimal; None for anything else (null, a date string)."""
    if isinstance(value, decimal.Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return decimal.Decimal(value)
    return None


def value_matches(gold, figure):
    if figure.get("kind") != gold["kind"]:
        return False
    want, got = as_decimal(gold.get("value")), as_decimal(figure.get("value"))
    if want is None or got is None:
        return False
    if gold["kind"] == "percent":
        return abs(want - got) <= PERCENT_TOLERANCE
    if gold["kind"] == "money" and gold.get("currency") and figure.get("currency") != gold["currency"]:
        return False
    return want == got


def stem(word):
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(phrase):
    return {stem(word) for word in re.findall(r"\w+", (phrase or "").lower()) if word not in STOPWORDS}


def han_bigrams(phrase):
    han = [c for c in phrase or "" if "\u3400" <= c <= "\u9fff"]
    return {a + b for a, b in zip(han, han[1:])} | ({han[0]} if len(han) == 1 else set())


def entity_matches(gold_entity, figure_entity):
    """English: a shared content word. Chinese: a shared character pair (单位 ~ 参展单位)."""
    if not figure_entity:
        return False
    if han_bigrams(gold_entity) & han_bigrams(figure_entity):
        return True
    return bool(content_words(gold_entity) & content_words(figure_entity))


# ---------------------------------------------------------------------------------------------------
# Scoring

def miss(gold, reason):
    return RowScore(gold, False, False if gold.get("qualifier") else None,
                    False if gold["kind"] == "count" else None, [], reason)


def score_row(gold, record):
    if record is None:
        return miss(gold, "no record for this seed")
    span = first_occurrence(record.get("text") or "", gold["quote"])
    if span is None:
        return miss(gold, "quote not found in text")
    candidates = [figure for figure in record.get("figures") or [] if overlaps(figure_span(figure), span)]
    matched = next((figure for figure in candidates if value_matches(gold, figure)), None)
    qualifier_ok = None
    if gold.get("qualifier"):
        qualifier_ok = matched is not None and matched.get("qualifier") == gold["qualifier"]
    entity_ok = None
    if gold["kind"] == "count":
        entity_ok = matched is not None and entity_matches(gold.get("entity"), matched.get("entity"))
    reason = "" if matched is not None else ("no figure overlaps the quote" if not candidates else "no candidate has the gold value")
    return RowScore(gold, matched is not None, qualifier_ok, entity_ok, candidates, reason)


def false_figures(gold_rows, record):
    """The record's figures that overlap no occurrence of any gold quote of the seed."""
    text = record.get("text") or ""
    gold_spans = [span for row in gold_rows for span in all_occurrences(text, row["quote"])]
    return [figure for figure in record.get("figures") or [] if figure.get("kind") not in DATE_KINDS
            and not any(overlaps(figure_span(figure), span) for span in gold_spans)]


def ratio(part, whole):
    return part / whole if whole else 0.0


def metrics(row_scores, false_count, predicted_total):
    """{metric name: (numerator, denominator)}."""
    def tally(field):
        judged = [getattr(score, field) for score in row_scores if getattr(score, field) is not None]
        return (sum(1 for ok in judged if ok), len(judged))
    return {
        "value right": tally("value_ok"),
        "qualifier right": tally("qualifier_ok"),
        "entity right": tally("entity_ok"),
        "false-figure rate": (false_count, predicted_total),
    }


# ---------------------------------------------------------------------------------------------------
# Reporting

def describe(row):
    """Kind, value, currency, qualifier and entity of a gold row or a predicted figure (same field names)."""
    parts = [row.get("kind") or "?", str(row.get("value"))]
    if row.get("currency"):
        parts.append(row["currency"])
    if row.get("qualifier"):
        parts.append(f"qualifier={row['qualifier']}")
    if row.get("entity"):
        parts.append(f"entity={row['entity']!r}")
    return " ".join(parts)


def failed_aspects(score):
    aspects = []
    if not score.value_ok:
        aspects.append("value")
    if score.qualifier_ok is False:
        aspects.append("qualifier")
    if score.entity_ok is False:
        aspects.append("entity")
    return aspects


def print_metrics(values):
    failed = []
    for floor in FLOORS:
        part, whole = values[floor.name]
        rate = ratio(part, whole)
        ok = rate >= floor.bound if floor.at_least else rate <= floor.bound
        bound = f"{'>=' if floor.at_least else '<='} {floor.bound:.0%}"
        print(f"{floor.name:<18} {part:>4}/{whole:<4} {rate:6.1%}  floor {bound:<6} {'ok' if ok else 'NOT MET'}")
        if not ok:
            failed.append(floor.name)
    return failed


def print_misses(row_scores):
    misses = [score for score in row_scores if failed_aspects(score)]
    print(f"\nmisses ({len(misses)}):")
    for score in misses:
        gold = score.gold
        reason = f" ({score.reason})" if score.reason else ""
        print(f"  {gold['seed']}  {gold['quote']!r}  wrong: {', '.join(failed_aspects(score))}{reason}")
        print(f"      gold:      {describe(gold)}")
        for figure in score.candidates:
            print(f"      predicted: {figure.get('text')!r} {describe(figure)}")
        if not score.candidates:
            print("      predicted: -")


def print_false_figures(false_by_seed):
    print(f"\nfalse figures ({sum(len(figures) for figures in false_by_seed.values())}):")
    for seed, figures in false_by_seed.items():
        for figure in figures:
            print(f"  {seed}  {figure.get('text')!r}  {figure.get('kind')}  {figure.get('value')}")


# ---------------------------------------------------------------------------------------------------

def main():
    args = parse_args()
    gold = load_corpus_gold(args.corpus) if args.corpus else load_gold(args.seeds)
    records = load_records(args)
    unknown = sorted(set(records) - set(gold))
    if unknown:
        print(f"warning: records with no gold rows, ignored: {', '.join(unknown)}", file=sys.stderr)
    row_scores = [score_row(row, records.get(seed)) for seed, rows in gold.items()
                  for row in rows if row["kind"] in SCORED_KINDS]
    scored_records = {seed: records[seed] for seed in gold if seed in records}
    false_by_seed = {seed: false_figures(gold[seed], record) for seed, record in scored_records.items()}
    predicted_total = sum(1 for record in scored_records.values() for figure in record.get("figures") or []
                          if figure.get("kind") not in DATE_KINDS)
    print(f"seeds: {len(scored_records)}/{len(gold)} with a record; {len(row_scores)} scored gold figures "
          f"({', '.join(sorted(SCORED_KINDS))}); {predicted_total} predicted figures")
    false_count = sum(len(figures) for figures in false_by_seed.values())
    failed = print_metrics(metrics(row_scores, false_count, predicted_total))
    print_misses(row_scores)
    print_false_figures(false_by_seed)
    if args.check and failed:
        print(f"\nfloors not met: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
