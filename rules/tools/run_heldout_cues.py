#!/usr/bin/env python3
"""Run the whole extractor on PolNeAR-format training data with held-out cue models, one per fold.

learn_cue_model.py ... --folds DIR writes, for each of its cross-validation folds, the model trained
without that fold (model-K.tsv) and the fold's articles (articles-K.txt). This script runs ./factcheck
on each fold's articles with that fold's model and writes all the results as one JSON list, which the
shared scorer reads like any other output:

    python3 rules/tools/run_heldout_cues.py /work/shared/data/polnear-train DIR /tmp/heldout.json
    python3 ../shared/eval/score_attr.py /work/shared/data/polnear-train /tmp/heldout.json

Why: measured on the training articles with the model trained on all of them, the learned cues are
scored on words the model has seen, and the precision read there is higher than on unseen news (in
session 12: 0.9005 on train, 0.8992 on the development set). Held out, every learned cue is scored
on an article its model never saw, as on a new article. Run from the repository root after a build.
"""

import json
import os
import subprocess
import sys
from pathlib import Path


def main(data_dir, folds_dir, out):
    results = []
    k = 0
    while (Path(folds_dir) / f"model-{k}.tsv").exists():
        model = (Path(folds_dir) / f"model-{k}.tsv").resolve()
        names = (Path(folds_dir) / f"articles-{k}.txt").read_text(encoding="utf-8").split()
        env = dict(os.environ)
        env["FACTCHECK_JAVA_OPTS"] = (env.get("FACTCHECK_JAVA_OPTS", "") + f" -Dfactcheck.learnedCues.model={model}").strip()
        run = subprocess.run(["./factcheck", "--format", "json", "--annotations"]
                             + [str(Path(data_dir) / n) for n in names],
                             env=env, capture_output=True, text=True, encoding="utf-8")
        if not run.stdout.strip():
            sys.exit(f"fold {k}: ./factcheck wrote nothing (exit {run.returncode}): {run.stderr[-2000:]}")
        results.extend(json.loads(run.stdout))
        print(f"fold {k}: {len(names)} articles", file=sys.stderr)
        k += 1
    if k == 0:
        sys.exit(f"no model-0.tsv in {folds_dir}: run learn_cue_model.py with --folds {folds_dir} first")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(results, f)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
