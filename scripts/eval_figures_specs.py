#!/usr/bin/env python3
"""Scores `ingest-cli figures` on the Recognizers-Text spec cases in ../shared/bench/figures/recognizers.

This docstring is the documentation of the adapter between the spec files and our output: it says
exactly what is compared. The bench's own scorer (score_specs.py) compares Recognizers-Text result
shapes (text, type name, unit label); ours compares resolved values, which is what the product reports.

Files scored, each with its own run of the binary (all cases of the file in one run):

    Number/English/NumberModel.json              en   ingest-cli figures --numbers
    Number/English/PercentModel.json             en   ingest-cli figures --mentions
    NumberWithUnit/English/CurrencyModel.json    en   ingest-cli figures --mentions
    Number/Chinese/NumberModel.json              zh   ingest-cli figures --numbers
    Number/Chinese/PercentModel.json             zh   ingest-cli figures --mentions
    NumberWithUnit/Chinese/CurrencyModel.json    zh   ingest-cli figures --mentions

Input to the binary, one JSON line per case:
    {"id": "<file>#<index>", "text": Input, "lang": "en" | "zh", "published": null}
where <index> is the case's position in the shared copy of the file. Cases with a non-empty
"NotSupportedByDesign" are left out (and counted as excluded). "NotSupported" is ignored.

Per case, an expected multiset and a predicted multiset of items are built:

  Number files    expected: Resolution.value of every result.
                  predicted: the value of every figure, whatever its kind (with --numbers the binary
                  outputs the number layer only, every figure being kind "number").
  Percent files   expected: Resolution.value with its "%" dropped ("40%" -> 40); "null" -> no value
                  (a percent word with no amount, e.g. "a small percent").
                  predicted: the value of figures of kind "percent" or "percentage_points"
                  (null for a value-less mention).
  Currency files  expected: (Resolution.value or no value, Resolution.isoCurrency or missing).
                  Amounts whose Resolution.unit is a minor unit ("Cent", "Pence", "Penny") are divided
                  by 100: we report 50 cents as 0.50 USD.
                  predicted: (value, currency) of figures of kind "money".
                  An expected item matches a predicted one when the values are equal and the expected
                  isoCurrency is missing (units such as "Dollar", "Pound", "Bitcoin") or equal to the
                  predicted currency.

Values are equal when both are missing, or both are numbers that agree once rounded to 10 significant
digits (the specs hold 15-digit doubles such as 0.666666666666667, the binary prints exact decimals
such as 0.66666666666666666666666666666666666667). Predicted JSON is parsed with decimal.Decimal.

A case is right when the two multisets have the same size and a perfect matching exists between them
(every expected item paired with its own predicted item). A negative case (Results: []) is right only
when nothing is predicted. A case missing from the binary's output counts as nothing predicted.

Known disagreements: scripts/figures_spec_disagreements.json, when present, is a JSON list of
{"file", "input", "reason"}: spec cases we believe are wrong or out of scope. They still count as
misses; shown misses are marked "[disputed: reason]" and each file prints its number of disputed
misses. Entries that match no case, or whose case now passes, are reported.

Floor: every file must reach 93% right (--check exits 1 otherwise). A missing binary exits 2.

usage: scripts/eval_figures_specs.py [--bin PATH] [--specs DIR] [--only en|zh] [--file SUBSTR]
                                     [--show N] [--misses-out FILE] [--check]
"""
import argparse
import collections
import decimal
import json
import os
import subprocess
import sys

FLOOR = 0.93
SIGNIFICANT_DIGITS = 10
MINOR_UNITS = {"Cent", "Pence", "Penny"}
MINOR_UNITS_PER_MAJOR = decimal.Decimal(100)
PERCENT_KINDS = {"percent", "percentage_points"}

SPEC_FILES = [
    # (path under the specs folder, language, comparison mode)
    ("Number/English/NumberModel.json", "en", "number"),
    ("Number/English/PercentModel.json", "en", "percent"),
    ("NumberWithUnit/English/CurrencyModel.json", "en", "currency"),
    ("Number/Chinese/NumberModel.json", "zh", "number"),
    ("Number/Chinese/PercentModel.json", "zh", "percent"),
    ("NumberWithUnit/Chinese/CurrencyModel.json", "zh", "currency"),
]
MODE_FLAGS = {"number": ["--numbers"], "percent": ["--mentions"], "currency": ["--mentions"]}

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DISAGREEMENTS_FILE = os.path.join(REPO_ROOT, "scripts", "figures_spec_disagreements.json")

# One comparable thing: a value (Decimal or None), a currency (None when not compared) and the text
# it comes from (for display only).
Item = collections.namedtuple("Item", "value currency text")
# One scored case.
Outcome = collections.namedtuple("Outcome", "id index input expected predicted right disputed")


def parse_args():
    ap = argparse.ArgumentParser(description="Score ingest-cli figures on Recognizers-Text spec cases.")
    ap.add_argument("--bin", default=os.path.join(REPO_ROOT, ".build", "release", "ingest-cli"),
                    help="the ingest-cli binary (default: .build/release/ingest-cli in the repo)")
    ap.add_argument("--specs", default=os.path.join(REPO_ROOT, "..", "shared", "bench", "figures", "recognizers"),
                    help="the recognizers/ folder (default: ../shared/bench/figures/recognizers)")
    ap.add_argument("--only", choices=["en", "zh"], help="score one language only")
    ap.add_argument("--file", metavar="SUBSTR", help="score only spec files whose path contains SUBSTR")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print up to N failing cases per file")
    ap.add_argument("--misses-out", metavar="FILE", help="write every failing case as JSONL")
    ap.add_argument("--check", action="store_true", help="exit 1 if a file is under the floor")
    return ap.parse_args()


def fail(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(2)


def require_binary(path):
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        fail(f"binary not found or not executable: {path} (build it with `swift build -c release`, or pass --bin)")


def selected_files(args):
    return [(rel, lang, mode) for rel, lang, mode in SPEC_FILES
            if (args.only is None or lang == args.only) and (args.file is None or args.file in rel)]


# ---------------------------------------------------------------------------------------------------
# Spec side

def load_cases(specs_dir, rel):
    """The (index, case) pairs of one spec file without the NotSupportedByDesign cases, and how many
    of those were left out."""
    path = os.path.join(specs_dir, rel)
    if not os.path.isfile(path):
        fail(f"spec file not found: {path} (pass --specs)")
    with open(path, encoding="utf-8") as f:
        cases = json.load(f)
    kept = [(index, case) for index, case in enumerate(cases) if not case.get("NotSupportedByDesign")]
    return kept, len(cases) - len(kept)


def spec_number(text):
    """A spec value string as a Decimal ("40%" -> 40); None for "null" or a missing value."""
    if text is None or text == "null":
        return None
    return decimal.Decimal(text.rstrip("%"))


def expected_item(result, mode):
    resolution = result.get("Resolution") or {}
    value = spec_number(resolution.get("value"))
    if mode != "currency":
        return Item(value, None, result.get("Text"))
    if value is not None and resolution.get("unit") in MINOR_UNITS:
        value = value / MINOR_UNITS_PER_MAJOR
    return Item(value, resolution.get("isoCurrency"), result.get("Text"))


def expected_items(case, mode):
    return [expected_item(result, mode) for result in case.get("Results") or []]


# ---------------------------------------------------------------------------------------------------
# Binary side

def case_id(rel, index):
    return f"{rel}#{index}"


def run_figures(binary, mode, lang, rel, cases):
    """Runs the binary once over all cases of a file; returns {id: [figure, ...]}."""
    lines = [json.dumps({"id": case_id(rel, index), "text": case["Input"], "lang": lang, "published": None},
                        ensure_ascii=False) for index, case in cases]
    command = [binary, "figures"] + MODE_FLAGS[mode]
    run = subprocess.run(command, input="\n".join(lines) + "\n", capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        message = f"{' '.join(command)} exited with {run.returncode} on {rel}: {run.stderr.strip()[-2000:]}"
        if not run.stdout.strip():
            fail(message)
        print(f"warning: {message}", file=sys.stderr)
    return parse_figure_lines(run.stdout, rel)


def parse_figure_lines(stdout, rel):
    figures = {}
    for number, line in enumerate(stdout.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line, parse_float=decimal.Decimal)
        except json.JSONDecodeError as error:
            fail(f"output line {number} for {rel} is not JSON ({error}): {line[:200]}")
        figures[row.get("id")] = row.get("figures") or []
    return figures


def figure_number(value):
    """A predicted value as a Decimal; None for null; a non-numeric value is kept as it is (it then
    equals no number)."""
    if value is None or isinstance(value, decimal.Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return decimal.Decimal(value)
    return value


def predicted_items(figures, mode):
    if mode == "percent":
        figures = [f for f in figures if f.get("kind") in PERCENT_KINDS]
    elif mode == "currency":
        figures = [f for f in figures if f.get("kind") == "money"]
    return [Item(figure_number(f.get("value")), f.get("currency") if mode == "currency" else None, f.get("text"))
            for f in figures]


# ---------------------------------------------------------------------------------------------------
# Comparison

ROUNDING = decimal.Context(prec=SIGNIFICANT_DIGITS, rounding=decimal.ROUND_HALF_EVEN)


def same_value(expected, predicted):
    if expected is None or predicted is None:
        return expected is None and predicted is None
    if not (isinstance(expected, decimal.Decimal) and isinstance(predicted, decimal.Decimal)):
        return False
    return ROUNDING.plus(expected) == ROUNDING.plus(predicted)


def items_match(expected, predicted):
    return same_value(expected.value, predicted.value) and (
        expected.currency is None or expected.currency == predicted.currency)


def perfect_matching(expected, predicted, match):
    """True when both lists have the same size and every expected item can be paired with its own
    predicted item (bipartite matching by augmenting paths; the lists are short)."""
    if len(expected) != len(predicted):
        return False
    partner = [None] * len(predicted)  # partner[p] = index of the expected item paired with predicted p

    def augment(e, seen):
        for p in range(len(predicted)):
            if p in seen or not match(expected[e], predicted[p]):
                continue
            seen.add(p)
            if partner[p] is None or augment(partner[p], seen):
                partner[p] = e
                return True
        return False

    return all(augment(e, set()) for e in range(len(expected)))


# ---------------------------------------------------------------------------------------------------
# Known disagreements

def load_disagreements(path):
    """{(file, input): reason} from the disagreements file, or {} when there is none."""
    if not os.path.isfile(path):
        return {}
    with open(path, encoding="utf-8") as f:
        entries = json.load(f)
    return {(entry["file"], entry["input"]): entry.get("reason", "") for entry in entries}


def report_stale_disagreements(disagreements, outcomes_by_file):
    """Lists entries of scored files that match no case, or whose case now passes."""
    for rel, outcomes in outcomes_by_file.items():
        by_input = collections.defaultdict(list)
        for outcome in outcomes:
            by_input[outcome.input].append(outcome)
        for (file, text), reason in disagreements.items():
            if file != rel:
                continue
            if not by_input.get(text):
                print(f"note: disagreement matches no scored case: {file}: {text!r}")
            elif all(outcome.right for outcome in by_input[text]):
                print(f"note: disputed case now passes (remove it from the list?): {file}: {text!r}")


# ---------------------------------------------------------------------------------------------------
# Scoring and reporting

def score_file(args, rel, lang, mode, disagreements):
    """The outcome of every case of one spec file, and the number of cases excluded by design."""
    cases, excluded = load_cases(args.specs, rel)
    figures = run_figures(args.bin, mode, lang, rel, cases)
    outcomes = []
    for index, case in cases:
        expected = expected_items(case, mode)
        predicted = predicted_items(figures.get(case_id(rel, index), []), mode)
        outcomes.append(Outcome(id=case_id(rel, index), index=index, input=case["Input"], expected=expected,
                                predicted=predicted, right=perfect_matching(expected, predicted, items_match),
                                disputed=disagreements.get((rel, case["Input"]))))
    missing = sum(1 for index, _ in cases if case_id(rel, index) not in figures)
    if missing:
        print(f"warning: {rel}: {missing} case(s) missing from the binary's output (scored as nothing predicted)",
              file=sys.stderr)
    return outcomes, excluded


def pass_rate(outcomes):
    return sum(1 for outcome in outcomes if outcome.right) / len(outcomes) if outcomes else 0.0


def format_items(items):
    def one(item):
        value = "null" if item.value is None else str(item.value)
        currency = f" {item.currency}" if item.currency else ""
        return f"{value}{currency} ({item.text!r})"
    return "[" + ", ".join(one(item) for item in items) + "]"


def print_summary(rel, lang, outcomes, excluded):
    right = sum(1 for outcome in outcomes if outcome.right)
    rate = pass_rate(outcomes)
    disputed = sum(1 for outcome in outcomes if not outcome.right and outcome.disputed is not None)
    verdict = "ok" if rate >= FLOOR else "BELOW FLOOR"
    extras = [f"{excluded} excluded by design"] if excluded else []
    if disputed:
        extras.append(f"{disputed} disputed miss(es)")
    suffix = f"  ({', '.join(extras)})" if extras else ""
    print(f"{rel:<44} {lang}  {right:>4}/{len(outcomes):<4} {rate:6.1%}  floor {FLOOR:.0%}  {verdict}{suffix}")


def print_misses(outcomes, limit):
    misses = [outcome for outcome in outcomes if not outcome.right]
    for outcome in misses[:limit]:
        mark = f"  [disputed: {outcome.disputed}]" if outcome.disputed is not None else ""
        print(f"  - {outcome.id}{mark}")
        print(f"      input:     {outcome.input!r}")
        print(f"      expected:  {format_items(outcome.expected)}")
        print(f"      predicted: {format_items(outcome.predicted)}")
    if len(misses) > limit:
        print(f"  ... {len(misses) - limit} more")


def item_json(item):
    """Values are written as decimal strings so that no precision is lost."""
    return {"value": None if item.value is None else str(item.value), "currency": item.currency, "text": item.text}


def write_misses(path, outcomes_by_file):
    with open(path, "w", encoding="utf-8") as f:
        for rel, outcomes in outcomes_by_file.items():
            for outcome in outcomes:
                if outcome.right:
                    continue
                row = {"file": rel, "index": outcome.index, "id": outcome.id, "input": outcome.input,
                       "expected": [item_json(item) for item in outcome.expected],
                       "predicted": [item_json(item) for item in outcome.predicted],
                       "disputed": outcome.disputed}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    args = parse_args()
    require_binary(args.bin)
    files = selected_files(args)
    if not files:
        fail("no spec file selected (check --only / --file)")
    disagreements = load_disagreements(DISAGREEMENTS_FILE)
    outcomes_by_file = {}
    for rel, lang, mode in files:
        outcomes, excluded = score_file(args, rel, lang, mode, disagreements)
        outcomes_by_file[rel] = outcomes
        print_summary(rel, lang, outcomes, excluded)
        if args.show:
            print_misses(outcomes, args.show)
    report_stale_disagreements(disagreements, outcomes_by_file)
    if args.misses_out:
        write_misses(args.misses_out, outcomes_by_file)
    below = [rel for rel, outcomes in outcomes_by_file.items() if pass_rate(outcomes) < FLOOR]
    if args.check and below:
        print(f"below the {FLOOR:.0%} floor: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
