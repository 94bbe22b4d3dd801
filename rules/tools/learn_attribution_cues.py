#!/usr/bin/env python3
"""Learn the attribution cue lexicon from PolNeAR-format training data.

Input: a directory of `.article` files with `gold.json` (per article, attributions with `cue`,
`source`, `content` spans in code points), e.g. the PolNeAR training split. The data itself is
research-use only and never enters the repository; only the counts below do.

Output (committed): plugins/factcheck.core/src/main/java/factcheck/core/extract/attribution/cue-lexicon.tsv,
one cue a line:

    form  context  group  cue  total

`form` is a word as written (lower case); `context` is empty when the word alone is a cue, `+w` when
the next word must be `w` ("called +on"), `-w` when the previous word must be `w` ("is expected" is
written "expected -is"), `-@document` when the previous word must be a poll, study or record noun
("polls show"), `-@pronoun` or `-@name` when it must be a personal pronoun or a name ("she wants"),
`+@that` when "that" must follow ("think that"); `group` is the kind of cue (speech, belief, evidence, refusal, denial,
intention, stance); `cue`/`total` are how often the form (in that context) lay inside a gold cue, and how
often it occurred at all. A form is kept when it was a cue in at least MIN_RATIO of its uses and at
least MIN_COUNT times (a frame MIN_FRAME_COUNT times), counting only its uses outside quotations (where
the extractor looks for cues); a form below the ratio may still be kept
in a context word that lifts it above (the "frame": "declined" alone is often no cue, "declined to" is).

Regenerate (from the repository root, Python 3.9+, no dependencies):
    python3 rules/tools/learn_attribution_cues.py /work/shared/data/polnear-train \
        plugins/factcheck.core/src/main/java/factcheck/core/extract/attribution/cue-lexicon.tsv

The output is deterministic for a given input.
"""

import collections
import json
import re
import sys
from pathlib import Path

MIN_RATIO = 0.5
# Three uses at least. Two was tried (session 6): on 200 held-out training articles it found about one point
# more gold cues, but on the Wikinews sample most of the cues it added were no attributions ("an
# opportunity arose", "the documentary was released", "video footage of"): one writer's habit in the
# training news, not reporting language.
MIN_COUNT = 3
# A frame is two words, so it needs more evidence than a word: rarer pairs are mostly one writer's habit.
MIN_FRAME_COUNT = 5
# Words too common to be a cue on their own even when a frame lifts them; they may only be a frame's context.
FUNCTION_WORDS = {"in", "to", "of", "for", "on", "about", "a", "an", "the", "that", "and", "it", "is", "was",
                  "are", "were", "be", "has", "have", "had", "with", "as", "by", "at", "from", "this", "not",
                  "did", "does", "do", "he", "she", "they", "we", "i", "you", "his", "her", "their", "also",
                  "statement", "interview", ":", "-", "later", "then", "now", "out", "twitter", "long", "since", "would", "will", "could", "can", "been", "so", "but", "if"}

# The kind of cue, by word stem; anything else is speech. These lists name the groups of the issue
# ("polls show", "declined to comment", "has denied", "vowed"); the data decides which forms exist.
GROUPS = [
    ("evidence", ("show", "found", "find", "indicat", "estimat", "project", "measur")),
    ("refusal", ("declin", "refus")),
    ("denial", ("den", "dismiss", "reject", "disput")),
    ("intention", ("want", "plan", "hope", "vow", "promis", "pledg", "seek", "sought", "intend", "aim",
                   "wish", "prefer", "would like")),
    # Where someone stands: "opposed the plan", "endorsed Ruiz". Not speech: no words are reported, so
    # an "according to" after it is no chain through a document or outlet.
    ("stance", ("support", "oppos", "endors", "back", "favor")),
    ("belief", ("think", "thought", "believ", "know", "knew", "feel", "felt", "fear", "expect", "seem",
                "appear", "worr", "doubt", "suspect", "consider", "assum", "view", "see", "saw", "sees")),
]

# Nouns that name a poll, study or record without saying which: "polls show", "the survey found".
# A verb after one of them is counted in its own frame, "-@document", so "show" (a cue in a minority of
# its uses) enters with this subject only.
DOCUMENT_NOUNS = {"poll", "polls", "survey", "surveys", "study", "studies", "data", "report", "reports", "records",
                  "numbers", "figures", "research", "analysis", "results", "filings", "documents", "statistics",
                  "census", "estimates", "polling", "review", "audit", "investigation", "memo", "emails", "tests"}
# A verb right after a personal pronoun or a name has a speaker for a subject: "she wants", "Rubio
# calls". Counted in frames of their own, "-@pronoun" and "-@name", so such verbs can enter with that
# subject only.
PRONOUNS = {"he", "she", "they", "we", "i", "who"}
# Adverbs lie inside many gold cues ("has repeatedly said") but are no cue of their own; these two are.
ADVERB_CUES = {"reportedly", "allegedly"}

TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*[A-Za-z]|[A-Za-z]|:|[.!?]")


def quoted(text):
    """Per character, whether it lies inside a quotation: between curly quotes, straight double quotes or
    doubled apostrophes (''…''), never past the end of a paragraph. The extractor reads cues only outside
    quotations, and the gold marks none inside them, so a word's uses inside one would only dilute its
    ratio."""
    inside = [False] * len(text)
    depth = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\u201c":
            depth = True
        elif ch == "\u201d" or ch == "\n":
            depth = False
        elif ch == '"':
            depth = not depth
        elif text.startswith("''", i):
            depth = not depth
            inside[i] = inside[i + 1] = depth
            i += 2
            continue
        inside[i] = depth
        i += 1
    return inside


def group_of(form):
    for name, stems in GROUPS:
        if any(form.startswith(s) for s in stems):
            return name
    return "speech"


def tokens(text):
    """(start, end, lower-case word, capitalised) for each word, colon and sentence end."""
    return [(m.start(), m.end(), m.group().lower().replace("\u2019", "'"), m.group()[0].isupper())
            for m in TOKEN.finditer(text)]


def subject_class(toks, j):
    """The frame class of the word before token j: "-@pronoun", "-@name" (a capitalised word that does
    not open a sentence) or None."""
    if j == 0:
        return None
    prev = toks[j - 1]
    if prev[2] in PRONOUNS:
        return "-@pronoun"
    opens_sentence = j < 2 or toks[j - 2][2] in (".", "!", "?", ":")
    return "-@name" if prev[3] and not opens_sentence and prev[2] not in FUNCTION_WORDS else None


def main(data_dir, out_path):
    gold = json.loads(Path(data_dir, "gold.json").read_text(encoding="utf-8"))
    total, cue = collections.Counter(), collections.Counter()
    ctx_total, ctx_cue = collections.Counter(), collections.Counter()
    for name in sorted(gold):
        text = Path(data_dir, name).read_text(encoding="utf-8")
        inside = [None] * len(text)
        for i, a in enumerate(gold[name]["attributions"]):
            if "cue" in a:
                for k in range(a["cue"][0], a["cue"][1]):
                    inside[k] = i
        toks = tokens(text)
        ids = [{inside[k] for k in range(s, e)} - {None} for s, e, _, _ in toks]
        in_quote = quoted(text)
        for j, (s, _, w, _) in enumerate(toks):
            if w in (".", "!", "?") or in_quote[s]:
                continue
            total[w] += 1
            cue[w] += bool(ids[j])
            classes = [subject_class(toks, j)]
            if j + 1 < len(toks) and toks[j + 1][2] == "that":
                classes.append("+@that")
            if j > 0 and toks[j - 1][2] in DOCUMENT_NOUNS:
                classes.append("-@document")
            for c in classes:
                if c:
                    ctx_total[(w, c)] += 1
                    ctx_cue[(w, c)] += bool(ids[j])
            for d, sign in ((1, "+"), (-1, "-")):
                if 0 <= j + d < len(toks):
                    key = (w, sign + toks[j + d][2])
                    ctx_total[key] += 1
                    # the frame counts as a cue when both words lie in the same gold cue
                    ctx_cue[key] += bool(ids[j] & ids[j + d])
    rows = []
    for w in total:
        if w in FUNCTION_WORDS or (w.endswith("ly") and w not in ADVERB_CUES):
            continue
        if cue[w] >= MIN_COUNT and cue[w] / total[w] >= MIN_RATIO:
            rows.append((w, "", group_of(w), cue[w], total[w]))
    alone = {r[0] for r in rows}
    for (w, ctx), n in ctx_cue.items():
        # "friday -said" is "said" read with its neighbour: the word alone is the cue already
        if w in alone or ctx[1:] in alone or w in (".", "!", "?") or w in FUNCTION_WORDS or (w.endswith("ly") and w not in ADVERB_CUES) or n < MIN_FRAME_COUNT or n / ctx_total[(w, ctx)] < MIN_RATIO:
            continue
        rows.append((w, ctx, group_of(w), n, ctx_total[(w, ctx)]))
    rows.sort(key=lambda r: (r[2], r[0], r[1]))
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Attribution cues learned by rules/tools/learn_attribution_cues.py from the PolNeAR training\n")
        out.write(f"# split (ratio >= {MIN_RATIO}, count >= {MIN_COUNT}); regenerate, do not hand-edit.\n")
        out.write("# form\tcontext\tgroup\tcue\ttotal\n")
        for r in rows:
            out.write("\t".join(str(x) for x in r) + "\n")
    by_group = collections.Counter(r[2] for r in rows)
    print(f"{len(rows)} cues: " + ", ".join(f"{g} {n}" for g, n in sorted(by_group.items())), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: learn_attribution_cues.py TRAIN_DIR OUT.tsv")
    main(sys.argv[1], sys.argv[2])
