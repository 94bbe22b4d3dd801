#!/usr/bin/env python3
"""Learn the contextual cue model (cue-model.tsv) from PolNeAR-format training data.

The cue lexicon (learn_attribution_cues.py) keeps a word only when it is a cue in most of its uses;
"wants", "support", "see", "appeared" are cues in a third of theirs or fewer, and which third their
context tells. This script learns that context: a logistic regression over the features the core
computes for every word the hand-written verbs and the lexicon do not know (factcheck.core's
CueFeatures, dumped by CueCandidatesMain, so the features learned are the features that run). A word
is a positive example when it lies inside a gold cue that the core does not find yet (its JSON output
with the model switched off, -Dfactcheck.learnedCues=false, says which it finds). The score a word needs is chosen by 5-fold
cross-validation over the training articles: the lowest score at which the held-out words it accepts
are gold cues at least MIN_PRECISION of the time. The data itself is research-use only and never
enters the repository; only the weights do.

Regenerate (from the repository root, after a core build; Python 3.9+ with numpy):
    java -cp "plugins/factcheck.core/target/factcheck.core-0.1.0-SNAPSHOT.jar:plugins/factcheck.core/lib/*" \
        factcheck.core.extract.attribution.CueCandidatesMain /work/shared/data/polnear-train /tmp/cand-train.tsv
    FACTCHECK_JAVA_OPTS=-Dfactcheck.learnedCues=false ./factcheck --format json --annotations \
        /work/shared/data/polnear-train/*.article > /tmp/found-train.json
    python3 rules/tools/learn_cue_model.py /work/shared/data/polnear-train /tmp/cand-train.tsv \
        /tmp/found-train.json plugins/factcheck.core/src/main/java/factcheck/core/extract/attribution/cue-model.tsv

The candidates must be dumped with the model switched off or with any model: the dump leaves out only
the words the verbs and the lexicon know. The output is deterministic for a given input.

Measured on the training articles, the learned cues score words their model was trained on. To see what
they do on articles no model has seen, add "--folds DIR": each fold's model (trained without it) and its
articles are written to DIR, and run_heldout_cues.py runs the extractor on each fold with its model.
"""

import json
import sys
from pathlib import Path

import numpy as np

# A feature seen fewer times than this says more about one article than about reporting language.
MIN_FEATURE_COUNT = 10
L2 = 3.0
ITERATIONS = 200
STEP = 0.5
FOLDS = 5
# The held-out words the model accepts must be gold cues this often. A wrong cue can make a wrong
# finding downstream (vague source, unattributed claim), so the bound is the lowest (in steps of 0.01)
# at which the whole extractor's PolNeAR train precision, measured by the shared scorer with this model,
# stays at or above 0.90: 0.42 (0.90026 train; 0.41 gave 0.8986). It was 0.50 before the extractor's other
# false positives (markup attributes, titles in marks) were removed, 0.44 before its cue words that
# report nothing (NotACue: "so-called", "a group called X", "talk shows") were, and 0.43 before more of
# those ("swing states", "adding to her lead", "went on to win", "also known as ISIS"). Pass another
# bound as a fifth argument to measure it. Held out (--folds, run_heldout_cues.py) the same extractor reads
# less well: precision / cue recall 0.8918 / 0.7957 at 0.40, 0.8965 / 0.7885 at 0.42, 0.9071 / 0.7635 at
# 0.46 (0.9188 / 0.7177 with no learned cue); unseen news lies between the two readings (the development
# set gave 0.8992 / 0.8012 at 0.42, before quoted terms stopped being attributions).
MIN_PRECISION = 0.42


def u16_to_cp(text):
    """A map from UTF-16 offsets (the core's) to code points (the gold's)."""
    m, u = {}, 0
    for i, ch in enumerate(text):
        m[u] = i
        u += 2 if ord(ch) > 0xFFFF else 1
    m[u] = len(text)
    return lambda o: m.get(o, o)


def found_cues(found):
    """The cue spans (UTF-16) of the attributions the core already finds, by article, from its JSON output."""
    out = {}
    data = json.load(open(found, encoding="utf-8"))
    for r in data if isinstance(data, list) else data.get("files", [data]):
        name = Path(r.get("file", "")).name
        out[name] = [(a["cue"]["start"], a["cue"]["end"]) for a in r.get("annotations", [])
                     if a.get("type") in ("attribution", "quote") and isinstance(a.get("cue"), dict)]
    return out


def read(data_dir, candidates, found):
    gold = json.load(open(Path(data_dir) / "gold.json", encoding="utf-8"))
    known = found_cues(found)
    cues, convs = {}, {}
    rows, labels, articles = [], [], []
    for line in open(candidates, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        name, start, end, feats = cols[0], int(cols[1]), int(cols[2]), cols[3:]
        if name not in gold:
            continue
        if name not in convs:
            convs[name] = u16_to_cp(open(Path(data_dir) / name, encoding="utf-8").read())
            # a gold cue the core already finds ("said in a statement") is no example of a missed cue: a
            # second cue there would be a second attribution of the same words
            conv = convs[name]
            seen = [(conv(s), conv(e)) for s, e in known.get(name, [])]
            cues[name] = [tuple(a["cue"]) for a in gold[name]["attributions"] if "cue" in a
                          and not any(s < a["cue"][1] and a["cue"][0] < e for s, e in seen)]
        s, e = convs[name](start), convs[name](end)
        rows.append(feats)
        labels.append(any(s < ce and cs < e for cs, ce in cues[name]))
        articles.append(name)
    return rows, np.array(labels, dtype=np.float64), articles


def index(rows, keep):
    """CSR arrays of the rows' known features."""
    cols, ptr = [], [0]
    for feats in rows:
        cols.extend(keep[f] for f in feats if f in keep)
        ptr.append(len(cols))
    return np.array(cols, dtype=np.int64), np.array(ptr, dtype=np.int64)


def scores(w, cols, ptr):
    row = np.repeat(np.arange(len(ptr) - 1), np.diff(ptr))
    return np.bincount(row, weights=w[cols], minlength=len(ptr) - 1)


def train(cols, ptr, y, n_features):
    """L2-regularised logistic regression by full-batch Adagrad (deterministic)."""
    w = np.zeros(n_features)
    g2 = np.zeros(n_features)
    row = np.repeat(np.arange(len(ptr) - 1), np.diff(ptr))
    n = len(y)
    for _ in range(ITERATIONS):
        z = np.bincount(row, weights=w[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(cols, weights=(p - y)[row], minlength=n_features) + L2 * w
        g2 += grad * grad
        w -= STEP * grad / (np.sqrt(g2) + 1e-8)
    return w


def vocabulary(rows):
    counts = {}
    for feats in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_FEATURE_COUNT))}


def write_model(out, keep, w, threshold):
    feats = sorted(keep, key=lambda f: keep[f])
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Contextual attribution cues learned by rules/tools/learn_cue_model.py from the PolNeAR training\n")
        f.write(f"# split (logistic regression, L2 {L2}, features seen >= {MIN_FEATURE_COUNT} times; the threshold\n")
        f.write(f"# keeps held-out precision >= {MIN_PRECISION} in {FOLDS}-fold cross-validation); regenerate, do not hand-edit.\n")
        f.write("# feature\tweight (log-odds)\n")
        f.write(f"threshold\t{threshold:.4f}\n")
        for i, name in enumerate(feats):
            if abs(w[i]) >= 0.01:
                f.write(f"{name}\t{w[i]:.4f}\n")


def main(data_dir, candidates, found, out, folds_dir=None):
    rows, y, articles = read(data_dir, candidates, found)
    names = sorted(set(articles))
    fold_of = {n: i % FOLDS for i, n in enumerate(names)}
    fold = np.array([fold_of[a] for a in articles])
    held = np.zeros(len(y))
    fold_models = []
    for k in range(FOLDS):
        tr = np.flatnonzero(fold != k)
        te = np.flatnonzero(fold == k)
        keep = vocabulary([rows[i] for i in tr])
        c, p = index([rows[i] for i in tr], keep)
        w = train(c, p, y[tr], len(keep))
        fold_models.append((keep, w))
        c, p = index([rows[i] for i in te], keep)
        held[te] = scores(w, c, p)
        print(f"fold {k}: {len(tr)} train words, {len(keep)} features", file=sys.stderr)
    order = np.argsort(-held, kind="stable")
    hits = np.cumsum(y[order])
    prec = hits / np.arange(1, len(y) + 1)
    threshold = None
    for i in range(len(order) - 1, -1, -1):
        if prec[i] >= MIN_PRECISION and (i + 1 == len(order) or held[order[i]] > held[order[i + 1]]):
            threshold = float(held[order[i]])
            print(f"threshold {threshold:.4f}: {i + 1} accepted, {int(hits[i])} gold cues "
                  f"({prec[i]:.3f}) of {int(y.sum())} cue words among {len(y)} candidates", file=sys.stderr)
            break
    for t in (2.0, 1.5, 1.0, 0.5, 0.0, -0.5):
        acc = held >= t
        print(f"  at {t:+.1f}: accepted {int(acc.sum())}, gold {int(y[acc].sum())}, precision "
              f"{y[acc].mean() if acc.any() else 0:.3f}", file=sys.stderr)
    keep = vocabulary(rows)
    c, p = index(rows, keep)
    w = train(c, p, y, len(keep))
    write_model(out, keep, w, threshold)
    if folds_dir:
        # each fold's model (trained without it, with the threshold chosen on all held-out scores) and its
        # articles, so the whole extractor can be measured on words no model it runs has seen
        Path(folds_dir).mkdir(parents=True, exist_ok=True)
        for k, (keep_k, w_k) in enumerate(fold_models):
            write_model(Path(folds_dir) / f"model-{k}.tsv", keep_k, w_k, threshold)
            with open(Path(folds_dir) / f"articles-{k}.txt", "w", encoding="utf-8", newline="\n") as f:
                f.writelines(n + "\n" for n in names if fold_of[n] == k)


if __name__ == "__main__":
    args = sys.argv[1:]
    folds_dir = None
    if "--folds" in args:
        i = args.index("--folds")
        folds_dir = args[i + 1]
        del args[i:i + 2]
    if len(args) == 5:
        MIN_PRECISION = float(args.pop())  # another bound, to measure it
    if len(args) != 4:
        sys.exit(__doc__)
    main(*args, folds_dir=folds_dir)
