#!/usr/bin/env python3
"""Converts Wikidata's foreign, finance, defence and interior ministers of the G20 and EU members
into the knowledge base's format.

Input: a folder holding, for each every-politician-scrapers repository named in
world-ministers/offices.tsv, its html/holders21.csv saved as <repository>.csv (columns position,
person, personID, start, end: the holders of the country's cabinet positions since about 2000 as
Wikidata, CC0, listed them on the day of the snapshot, dated to the day, month or year), and a
snapshots.tsv (repository, commit, date of that commit) saying which snapshot each file is:

    mkdir -p /tmp/ministers
    for r in $(grep -v '^#' rules/tools/world-ministers/offices.tsv | cut -f1 | sort -u); do
      g=/work/.mirror/every-politician-scrapers+$r/repo
      git -C $g show HEAD:html/holders21.csv > /tmp/ministers/$r.csv
      echo "$r	$(git -C $g log -1 --format='%h	%cs' HEAD)" >> /tmp/ministers/snapshots.tsv
    done
    python3 rules/tools/convert_world_ministers.py /tmp/ministers rules/pack/data/kb

Writes world-ministers.json. Which position labels make up which office, and the titles news
writes before a name, come from world-ministers/offices.tsv (written by reading the labels of
each snapshot). The statements are cleaned as convert_world_leaders.py cleans heads of state
(same code): acting ministers inside a term are marked acting, overlaps are cut, an end before its
start drops the statement. Never corrected by hand. No office claims a complete list of holders
(Wikidata misses some ministers), so a title is only found wrong for someone the data lists
holding that office at another time, or another office that day. A term still open in its
snapshot is only known to last until that snapshot's date (the term's own as-of); the file's as-of
is the newest snapshot's.
"""

import argparse
import csv
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import convert_world_leaders as wl  # noqa: E402  (shares the cleaning of dated statements)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_NAME = "world-ministers.json"
SOURCE = ("Wikidata (CC0), holders of \"{positions}\" (every-politician-scrapers/{repo} html/holders21.csv, "
          "snapshot {commit} of {date})")
# the titles news writes before a name for each kind of office, unless offices.tsv names others
TITLES = {
    "foreign": ["Foreign Minister", "Minister of Foreign Affairs"],
    "finance": ["Finance Minister", "Minister of Finance"],
    "defence": ["Defence Minister", "Defense Minister", "Minister of Defence", "Minister of Defense"],
    "interior": ["Interior Minister", "Minister of the Interior"],
}


def parse_date(text):
    """(date, precision) of the snapshot's dates, written to the precision Wikidata has: '2020-09-14',
    '2020-09', '2020'."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text or ""):
        return datetime.date.fromisoformat(text), "day"
    if re.fullmatch(r"\d{4}-\d\d", text or ""):
        return datetime.date.fromisoformat(text + "-01"), "month"
    if re.fullmatch(r"\d{4}", text or ""):
        return datetime.date(int(text), 1, 1), "year"
    return "unknown" if text else None


def known_qids(kb_dir):
    """Person id -> Wikidata id of the people the pack's generated files took from Wikidata (their note)."""
    found = {}
    for name in sorted(os.listdir(kb_dir)):
        if name.endswith(".json") and name != OUT_NAME:
            with open(os.path.join(kb_dir, name), encoding="utf-8") as f:
                for p in json.load(f).get("people") or []:
                    if re.fullmatch(r"Q\d+", p.get("note") or ""):
                        found[p["id"]] = p["note"]
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snapshots", help="folder with <repository>.csv files and snapshots.tsv")
    parser.add_argument("out", help="the knowledge base folder (rules/pack/data/kb)")
    args = parser.parse_args()

    snapshots = {r: (commit, datetime.date.fromisoformat(date))
                 for r, commit, date in wl.read_tsv(os.path.join(args.snapshots, "snapshots.tsv"))}
    known = wl.existing_people(args.out, skip=(OUT_NAME,), aliases=True)
    qids = known_qids(args.out)
    people, offices = {}, []
    for repo, jid, kind, positions, titles in wl.read_tsv(os.path.join(HERE, "world-ministers", "offices.tsv")):
        labels = positions.split(";")
        commit, snapshot = snapshots[repo]
        with open(os.path.join(args.snapshots, repo + ".csv"), encoding="utf-8") as f:
            rows = [{"person_qid": r["personID"], "person": r["person"], "start": r["start"], "end": r["end"]}
                    for r in csv.DictReader(f)
                    if r["position"] in labels and r["person"] and re.fullmatch(r"Q\d+", r["personID"] or "")]
        oid = f"{jid}.{kind}-minister" if kind in TITLES else f"{jid}.{kind}"
        office = {"id": oid, "jurisdiction": jid, "titles": titles.split(";") if titles else TITLES[kind],
                  "source": SOURCE.format(positions="\" / \"".join(labels), repo=repo, commit=commit,
                                          date=snapshot.isoformat()),
                  "terms": []}
        for t in wl.clean_terms(rows, parse=parse_date):
            if t.end is None:
                t.as_of = snapshot
            if t.qid not in people:
                pid = known.get(wl.key(t.name))
                if pid is not None and qids.get(pid, t.qid) != t.qid:
                    pid = None  # a namesake: another Wikidata person already has that name
                new = pid is None
                if new:
                    pid = wl.slug(t.name)
                    if pid in {p["id"] for p in people.values()} or pid in qids or pid in known.values():
                        pid = f"{pid}-{t.qid.lower()}"
                people[t.qid] = {"id": pid, "name": t.name, "qid": t.qid, "new": new}
            office["terms"].append((people[t.qid]["id"], t))
        if office["terms"]:
            offices.append(office)

    out = os.path.join(args.out, OUT_NAME)
    as_of = max(date for _, date in snapshots.values()).isoformat()
    wl.write_json(out, "GENERATED by rules/tools/convert_world_ministers.py from Wikidata snapshots; do not edit by "
                  "hand. Format: rules/pack/data/kb/README.md", as_of, [], people, offices)
    print(f"{out}: {len(offices)} offices, {sum(len(o['terms']) for o in offices)} terms, "
          f"{sum(1 for p in people.values() if p['new'])} new people", file=sys.stderr)


if __name__ == "__main__":
    main()
