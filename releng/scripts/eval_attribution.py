#!/usr/bin/env python3
"""Attribution figures per cue group on PolNeAR-format gold, beside the shared scorer's totals.

    ./factcheck --format json --annotations DIR/*.article > /tmp/out.json
    python3 releng/scripts/eval_attribution.py DIR /tmp/out.json [SCORER_DIR]

SCORER_DIR (default ../shared/eval beside the checkout) holds the shared scorer's `outputs.py`,
whose readers this script uses, so offsets are converted exactly as `score_attr.py` converts them.
Matching is the scorer's: a gold attribution is recalled when a system `attribution`/`quote`
annotation's cue overlaps its cue (or, with no system cue, the contents overlap); the source is
recalled when such an annotation's source overlaps the gold source. Each gold attribution is put in
the group of the first word of its cue that the cue lexicon lists (plugins/factcheck.core/.../
cue-lexicon.tsv, or the hand-written speech verbs), "colon" for a bare colon, "other" for the rest.
System precision is given per group too, by the annotations' own `cueGroup`.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "../../plugins/factcheck.core/src/main/java/factcheck/core/extract/attribution/cue-lexicon.tsv")
# The hand-written CueVerbs forms are speech unless the lexicon says otherwise.
SPEECH = {"say", "says", "said", "saying", "tell", "tells", "told", "telling", "according", "stated", "wrote",
          "added", "adding", "asked", "announced", "claimed", "claims", "noted", "argued", "insisted", "denied",
          "denies", "believe", "believes", "believed", "expect", "expects", "expected", "warned", "suggested"}


def lexicon():
    groups = {}
    with open(LEXICON, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                form, _, group = line.rstrip("\n").split("\t")[:3]
                groups.setdefault(form, group)
    return groups


def group_of(cue_text, groups):
    words = re.findall(r"[a-z][a-z'\u2019-]*|:", cue_text.lower())
    for w in words:
        if w in groups:
            return groups[w]
        if w in SPEECH:
            return "speech"
    return "colon" if words == [":"] else "other"


def main():
    gold_dir, out_path = sys.argv[1], sys.argv[2]
    sys.path.insert(0, sys.argv[3] if len(sys.argv) > 3 else os.path.join(HERE, "../../../shared/eval"))
    from outputs import load, u16map, span, overlap
    out, groups = load(out_path), lexicon()
    gold = json.load(open(os.path.join(gold_dir, "gold.json"), encoding="utf-8"))
    n, cue_hit, src_hit = collections.Counter(), collections.Counter(), collections.Counter()
    sys_n, sys_ok = collections.Counter(), collections.Counter()
    for name, g in gold.items():
        text = open(os.path.join(gold_dir, name), encoding="utf-8").read()
        conv = u16map(text)
        anns = [a for a in out.get(name, {}).get("annotations", []) if a.get("type") in ("attribution", "quote")]
        sa = [(span(a.get("cue"), conv), span(a.get("source"), conv), span(a.get("content"), conv),
               (a.get("cueGroup") or ("quote" if a.get("type") == "quote" else "no cue")).lower()) for a in anns]
        ga = [tuple(tuple(x[k]) if k in x else None for k in ("cue", "source", "content")) for x in g["attributions"]]
        for gc, gs, gt in ga:
            grp = group_of(text[gc[0]:gc[1]], groups) if gc else "other"
            m = [s for s in sa if overlap(s[0], gc) or (s[0] is None and overlap(s[2], gt))]
            for key in ("all", grp):
                n[key] += 1
                cue_hit[key] += bool(m)
                src_hit[key] += any(overlap(s[1], gs) for s in m)
        for sc, ss, st, grp in sa:
            ok = any(overlap(sc, gc) or overlap(st, gt) for gc, gs, gt in ga)
            for key in ("all", grp):
                sys_n[key] += 1
                sys_ok[key] += ok
    print(f"{'group':<10} {'gold':>6} {'cue rec':>8} {'src rec':>8} | {'system':>6} {'prec':>6}")
    for key in ["all"] + sorted((set(n) | set(sys_n)) - {"all"}):
        g = n[key]
        s = sys_n[key]
        print(f"{key:<10} {g:>6} {cue_hit[key] / g if g else 0:>8.3f} {src_hit[key] / g if g else 0:>8.3f} | "
              f"{s:>6} {sys_ok[key] / s if s else 0:>6.3f}")


if __name__ == "__main__":
    main()
