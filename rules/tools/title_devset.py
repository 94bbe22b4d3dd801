#!/usr/bin/env python3
"""Scores the title rules on the hand-written development set of title cases.

Each case in title-devset/cases.tsv is one sentence naming an office holder with a title, on a
dateline, marked "ok" (the title was right that day) or "wrong" (it was not). Every case becomes a
one-sentence article; the command line checks them all in one run, and a case counts as flagged
when any title.* rule reports a finding in it. A flagged "wrong" case is a catch, a flagged "ok"
case a false alarm.

    python3 rules/tools/title_devset.py [--factcheck ./factcheck] [--show-misses] [--rules DIR]

Prints precision and recall overall and per group (head of state, head of government, US
cabinet, governor, mayor, international body, central bank, religious leader).
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def read_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 5 or fields[1] not in ("ok", "wrong"):
                sys.exit(f"{path}:{number}: expected dateline, ok|wrong, group, country, sentence")
            dateline, expect, group, country, sentence = fields
            cases.append({"line": number, "dateline": dateline, "expect": expect, "group": group,
                          "country": country, "sentence": sentence})
    return cases


def run(cases, factcheck, extra):
    """Writes one article per case and returns, per case index, the title findings' messages."""
    with tempfile.TemporaryDirectory(prefix="title-devset-") as tmp:
        for i, case in enumerate(cases):
            with open(os.path.join(tmp, f"case-{i:04d}.article"), "w", encoding="utf-8") as f:
                f.write(f"date {case['dateline']} Case {i}\n\n{case['sentence']}\n")
        result = subprocess.run([factcheck, "--format", "json", "--fail-on", "error", *extra, tmp],
                                capture_output=True, text=True, cwd=ROOT)
        if result.returncode not in (0, 1):
            sys.exit(f"factcheck failed ({result.returncode}):\n{result.stderr}")
        found = {}
        for entry in json.loads(result.stdout):
            index = int(os.path.basename(entry["file"])[5:9])
            found[index] = [f"{f['rule']}: {f['message']}" for f in entry["findings"]
                            if f["rule"].startswith("title.")]
        return found


def ratio(a, b):
    return a / b if b else 1.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=os.path.join(HERE, "title-devset", "cases.tsv"))
    parser.add_argument("--factcheck", default=os.path.join(ROOT, "factcheck"))
    parser.add_argument("--rules", action="append", default=[], help="extra --rules for factcheck")
    parser.add_argument("--show-misses", action="store_true", help="list false alarms and missed cases")
    args = parser.parse_args()

    cases = read_cases(args.cases)
    extra = [a for r in args.rules for a in ("--rules", r)]
    found = run(cases, args.factcheck, extra)

    totals = collections.defaultdict(collections.Counter)
    for i, case in enumerate(cases):
        flagged = bool(found.get(i))
        key = ("tp" if flagged else "fn") if case["expect"] == "wrong" else ("fp" if flagged else "tn")
        for group in ("all", case["group"]):
            totals[group][key] += 1
        if args.show_misses and key in ("fp", "fn"):
            what = "FALSE ALARM" if key == "fp" else "MISSED"
            print(f"{what} line {case['line']} [{case['dateline']}] {case['sentence']}")
            for message in found.get(i, []):
                print(f"    {message}")

    countries = len({c["country"] for c in cases})
    wrong = sum(1 for c in cases if c["expect"] == "wrong")
    print(f"{len(cases)} cases ({len(cases) - wrong} ok, {wrong} wrong), {countries} countries and bodies")
    print(f"{'group':<12} {'cases':>5} {'caught':>6} {'missed':>6} {'alarms':>6} {'precision':>9} {'recall':>6}")
    for group in ["all"] + sorted(g for g in totals if g != "all"):
        t = totals[group]
        n = sum(t.values())
        print(f"{group:<12} {n:>5} {t['tp']:>6} {t['fn']:>6} {t['fp']:>6} "
              f"{ratio(t['tp'], t['tp'] + t['fp']):>9.2f} {ratio(t['tp'], t['tp'] + t['fn']):>6.2f}")


if __name__ == "__main__":
    main()
