#!/usr/bin/env python3
"""Fits the standard pack's check-worthiness weights and prints leave-one-debate-out MAP.

    python3 rules/tools/fit_checkworthiness.py CORPUS_DIR [--json ENGINE.json] [--write]

CORPUS_DIR holds debates as *.article files and gold.json (per file: "sentences", each with
"start", "end" in code points and "label", 1 when fact-checkers chose the sentence), for example the
CLEF-2019 CheckThat! task 1 training set. ENGINE.json is the command line's output over those
articles (`./factcheck --format json --annotations CORPUS_DIR/*.article`); without --json the script
runs that command itself. Every claim annotation carries the signals the engine computed for its
clause (see factcheck.core.extract.claim.Signals); this script only adds the "words" signal, from
the same text and word weights the engine uses (WeightTable).

It prints, per debate and as a mean: average precision of the ranking by the scores in ENGINE.json
(whatever table the engine had), by the claim features alone (the engine's scoring without a table),
and by weights fitted on the other debates only (leave-one-debate-out; the word weights too), the
figure to quote. With --write it fits on all debates and writes rules/pack/data/claims/
check-worthiness.yaml (one commented weight per signal) and check-worthiness-words.tsv.

Only the standard library and numpy. The model is an L2-regularised logistic regression; training
sentences get their "words" signal from word weights learned without their own debate, so the
weight of "words" is not fitted on words it has already seen (cross-fitting).
"""
import argparse, json, math, os, re, subprocess, sys
from collections import Counter

import numpy as np

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(TOP, "rules", "pack", "data", "claims")
WORD = re.compile(r"[^\W\d_]+")
MIN_DF = 8          # a word must occur in this many training sentences to get a weight
SMOOTHING = 1.0     # add-one smoothing of the word log-odds
SHRINK = 2.0       # positive word weights are scaled by chosen / (chosen + SHRINK)
CHOSEN_MEDIAN_SCORE = 0.6  # the score of the median chosen sentence (see write())
L2 = 20.0           # ridge penalty of the logistic regression (signals are 0/1)

# The weight table's comment per signal: what it means and why it moves the score.
DESCRIPTIONS = {
    "statistic": 'statistics vocabulary: "the unemployment rate", "one in five", "on average"',
    "percentage": 'a percentage: "7.5%", "3 per cent"',
    "money": 'an amount of money: "$4.2 billion", "2 million euros"',
    "quantity": 'a counted quantity: "3,000 troops", "12 million"',
    "number": "a bare number that is not a year, date, time or ordinal",
    "superlative": 'a superlative or record: "largest", "the most", "record", "first ever"',
    "time_bounded_negative": 'a negative over a period: "has not met since"',
    "comparative": 'a comparison: "more than", "doubled", "larger than"',
    "trend": 'a trend: "rose", "has grown", "in recent years"',
    "causal": 'a causal link: "because", "due to", "led to"',
    "prediction": 'a prediction: "will", "is expected to" (cannot be checked yet)',
    "opinion": 'an opinion marker: "I think", "beautiful", "terrible"',
    "personal_experience": 'personal experience: "I remember", "my father"',
    "we_claim": 'a first-person-plural claim: "we have lost", "our deficit has doubled"',
    "named_actor": 'a named person, organisation or country doing or having something: "Mexico has"',
    "country": "a country named",
    "policy": 'policy and economy vocabulary: "taxes", "jobs", "border", "health care"',
    "hedge": 'a hedge: "maybe", "probably", "I guess"',
    "question": "the clause is a question",
    "procedural": 'greetings, thanks, stage directions, moderation: "thank you", "(APPLAUSE)"',
    "short": "five words or fewer",
    "long": "fifteen words or more",
    "attributed": 'attributed to a source in the sentence: "said", "according to"',
    "context": 'the mean "words" signal of the clauses just before and after: claims come in runs',
    "words": "the clause's vocabulary: sum of the weights in check-worthiness-words.tsv of its distinct"
             " words, divided by the square root of their number",
}
# The engine's scoring without a table (CheckWorthiness, FeatureKind), for the "before" figure.
FEATURE_WEIGHTS = {"statistic": .70, "percentage": .65, "money": .60, "quantity": .55, "number": .45,
                   "superlative": .45, "time_bounded_negative": .45, "comparative": .40, "trend": .35,
                   "causal": .35, "prediction": .20, "opinion": -.50, "personal_experience": -.60}


def code_points(text):
    """UTF-16 offset -> code point offset, for the engine's offsets."""
    conv, u16 = {}, 0
    for cp, ch in enumerate(text):
        conv[u16] = cp
        u16 += 2 if ord(ch) > 0xFFFF else 1
    conv[u16] = len(text)
    return conv


def load(corpus, engine_json):
    gold = json.load(open(os.path.join(corpus, "gold.json"), encoding="utf-8"))
    raw = open(engine_json, encoding="utf-8").read().strip()
    results = json.loads(raw)
    results = results if isinstance(results, list) else [results]
    by_name = {os.path.basename(r["file"]): r for r in results if "file" in r}
    debates = []
    for name in sorted(gold):
        text = open(os.path.join(corpus, name), encoding="utf-8").read()
        conv = code_points(text)
        claims = [(conv[a["start"]], conv[a["end"]], a.get("signals", {}), a["text"], a.get("score", 0.0))
                  for a in by_name.get(name, {}).get("annotations", []) if a.get("type") == "claim"]
        sents = [(s["start"], s["end"], s["label"]) for s in gold[name]["sentences"]]
        # claim index -> the sentences it overlaps (the scorer takes each sentence's best claim)
        covers, j = [], 0
        for (cs, ce, *_rest) in claims:
            covers.append([i for i, (ss, se, _) in enumerate(sents) if cs < se and ss < ce])
        labels = np.array([max([sents[i][2] for i in c], default=0) for c in covers])
        bags = [words(c[3]) for c in claims]
        debates.append({"name": name, "claims": claims, "sents": sents, "covers": covers, "labels": labels,
                        "bags": bags, "pos": Counter(w for b, y in zip(bags, labels) if y for w in b),
                        "neg": Counter(w for b, y in zip(bags, labels) if not y for w in b)})
    return debates


def words(text):
    return set(WORD.findall(text.lower()))


def lexicon(debates):
    pos, neg, n_pos, n_neg = Counter(), Counter(), 0, 0
    for d in debates:
        pos.update(d["pos"]); neg.update(d["neg"])
        n_pos += int(d["labels"].sum()); n_neg += int(len(d["labels"]) - d["labels"].sum())
    lex = {}
    for w in set(pos) | set(neg):
        if pos[w] + neg[w] >= MIN_DF:
            r = math.log((pos[w] + SMOOTHING) / (n_pos + SMOOTHING)) - math.log((neg[w] + SMOOTHING) / (n_neg + SMOOTHING))
            # a word seen in one or two chosen sentences is weak evidence: shrink its raise
            lex[w] = r * pos[w] / (pos[w] + SHRINK) if r > 0 else r
    return lex


def word_signal(ws, lex):
    return sum(lex.get(w, 0.0) for w in ws) / math.sqrt(len(ws)) if ws else 0.0


def matrix(d, names, lex):
    x = np.zeros((len(d["claims"]), len(names)))
    for r, ((_, _, sig, _, _), bag) in enumerate(zip(d["claims"], d["bags"])):
        for c, n in enumerate(names):
            x[r, c] = word_signal(bag, lex) if n == "words" else sig.get(n, 0.0)
    # "context": the mean "words" signal of the clauses just before and after (as the engine does)
    wv = x[:, names.index("words")]
    for r in range(len(wv)):
        nb = [wv[j] for j in (r - 1, r + 1) if 0 <= j < len(wv)]
        x[r, names.index("context")] = sum(nb) / len(nb) if nb else 0.0
    return x


# Hand-set log-odds of signals that lower the score but are no claim feature, for prior().
LOWERING = {"hedge": -0.5, "question": -1.0, "procedural": -1.0}


def prior(names):
    """The hand-set weights as log-odds: what a weight falls back to where data is scarce (three
    time-bounded negatives in 16,000 debate sentences say little about them)."""
    def centre(n):
        w = FEATURE_WEIGHTS.get(n, 0.0)
        return -math.log(1 - w) if w > 0 else math.log(1 + w) if w < 0 else LOWERING.get(n, 0.0)
    return np.array([0.0] + [centre(n) for n in names])


def fit(x, y, names):
    """Logistic regression by Newton's method with an L2 penalty towards prior(); returns
    (intercept, weights)."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    centre = prior(names)
    ridge = np.eye(len(w)) * L2
    ridge[0, 0] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + ridge @ (w - centre)
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + ridge
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[0], w[1:]


def average_precision(d, claim_scores):
    best = [0.0] * len(d["sents"])
    for c, score in zip(d["covers"], claim_scores):
        for i in c:
            best[i] = max(best[i], score)
    order = sorted(range(len(best)), key=lambda i: (-best[i], i))
    hits, ap = 0, 0.0
    for rank, i in enumerate(order, 1):
        if d["sents"][i][2]:
            hits += 1
            ap += hits / rank
    return ap / max(1, sum(s[2] for s in d["sents"]))


def cross_fitted(train, names):
    """Signals of the training debates, each with word weights learned without it."""
    xs = [matrix(d, names, lexicon([o for o in train if o is not d])) for d in train]
    return np.vstack(xs), np.concatenate([d["labels"] for d in train])


def features_only(d):
    scores = []
    for (_, _, sig, _, _) in d["claims"]:
        miss, score = 1.0, 0.0
        for n, w in FEATURE_WEIGHTS.items():
            if w > 0 and n in sig:
                miss *= 1 - w
        score = 1 - miss
        for n, w in FEATURE_WEIGHTS.items():
            if w < 0 and n in sig:
                score *= 1 + w
        scores.append(score)
    return scores


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--json", help="the command line's JSON output with --annotations over CORPUS/*.article")
    ap.add_argument("--write", action="store_true", help="write the fitted table into the standard pack")
    args = ap.parse_args()
    engine_json = args.json
    if not engine_json:
        engine_json = "/tmp/fit_checkworthiness.json"
        articles = sorted(os.path.join(args.corpus, f) for f in os.listdir(args.corpus) if f.endswith(".article"))
        with open(engine_json, "w", encoding="utf-8") as out:
            subprocess.run([os.path.join(TOP, "factcheck"), "--format", "json", "--annotations", *articles],
                           stdout=out, check=False)
    debates = load(args.corpus, engine_json)
    names = sorted({n for d in debates for c in d["claims"] for n in c[2] if n not in ("words", "context")}) + ["words", "context"]
    print(f"{len(debates)} debates, {sum(len(d['sents']) for d in debates)} sentences, "
          f"{sum(len(d['claims']) for d in debates)} scored clauses; signals: {', '.join(names)}")
    rows = []
    for d in debates:
        train = [o for o in debates if o is not d]
        x, y = cross_fitted(train, names)
        b, w = fit(x, y, names)
        held = matrix(d, names, lexicon(train))
        loo = average_precision(d, list(1 / (1 + np.exp(-(b + held @ w)))))
        rows.append((d["name"], average_precision(d, [c[4] for c in d["claims"]]),
                     average_precision(d, features_only(d)), loo))
    print(f"{'debate':34} {'engine':>7} {'features':>8} {'LOO fit':>8}")
    for r in rows:
        print(f"{r[0]:34} {r[1]:7.4f} {r[2]:8.4f} {r[3]:8.4f}")
    means = [sum(r[k] for r in rows) / len(rows) for k in (1, 2, 3)]
    print(f"{'MAP':34} {means[0]:7.4f} {means[1]:8.4f} {means[2]:8.4f}")
    print("engine: the scores in the JSON (the table the engine ran with, fitted on all debates when it is "
          "the shipped one); features: claim features alone (no table); LOO fit: leave-one-debate-out")
    if args.write:
        x, y = cross_fitted(debates, names)
        b, w = fit(x, y, names)
        # Debates are mostly talk; articles hold far more claims. Shift the intercept (the ranking
        # stays the same) so the median sentence fact-checkers chose scores CHOSEN_MEDIAN_SCORE.
        shift = math.log(CHOSEN_MEDIAN_SCORE / (1 - CHOSEN_MEDIAN_SCORE)) - float(np.median((b + x @ w)[y == 1]))
        write(b + shift, shift, dict(zip(names, w)), lexicon(debates), len(debates), len(y), int(y.sum()))


def write(intercept, shift, weights, lex, n_debates, n_clauses, n_pos):
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "check-worthiness.yaml"), "w", encoding="utf-8") as f:
        f.write("# Check-worthiness weights of the standard pack, read by factcheck.core.extract.claim.WeightTable.\n"
                "# score = 1 / (1 + exp(-(intercept + sum of weight * signal))); each signal is 1 when present\n"
                "# (\"words\" is a number, see its line). A weight is what the signal adds to the log-odds that\n"
                "# fact-checkers would choose the sentence: positive raises the score, negative lowers it.\n"
                f"# Fitted by rules/tools/fit_checkworthiness.py (logistic regression, L2 penalty {L2} towards the\n# hand-set claim feature weights) on the\n"
                f"# CLEF-2019 CheckThat! task 1 training debates: {n_debates} debates, {n_clauses} clauses,\n"
                f"# {n_pos} chosen by fact-checkers. The intercept is the fitted one plus {shift:.4f}, so that half\n"
                f"# the sentences fact-checkers chose score {CHOSEN_MEDIAN_SCORE} or more (the claim rules' warning\n"
                "# level): debates are mostly talk, articles hold more claims; the ranking does not change.\n"
                "# Edit freely: the script overwrites this file with --write.\n"
                f"intercept: {intercept:.4f}\nweights:\n")
        for n in sorted(weights, key=lambda k: -weights[k]):
            f.write(f"  {n}: {weights[n]:.4f}{' ' * max(1, 24 - len(n) - len(f'{weights[n]:.4f}'))}"
                    f"# {DESCRIPTIONS.get(n, '')}\n")
    with open(os.path.join(OUT_DIR, "check-worthiness-words.tsv"), "w", encoding="utf-8") as f:
        f.write("# Word weights of the \"words\" signal (see check-worthiness.yaml): the smoothed log-odds that a\n"
                f"# sentence holding the word was chosen by fact-checkers, for words in {MIN_DF} or more training\n"
                "# sentences. Written by rules/tools/fit_checkworthiness.py; word<TAB>weight, one a line.\n")
        for w in sorted(lex, key=lambda k: (-lex[k], k)):
            f.write(f"{w}\t{lex[w]:.4f}\n")


if __name__ == "__main__":
    main()
