#!/usr/bin/env python3
"""Converts Wikidata's heads of state and government into the knowledge base's YAML format.

Input: a leaders_history.csv as written by the cfmessias/geografia project's
scripts/fetch_leaders.py (columns iso3, country, role, person, person_qid, start, end, party,
end_cause): Wikidata's "head of state" (P35) and "head of government" (P6) statements of every
country, with their start and end qualifiers. Wikidata is CC0; the CSV is only a snapshot of it.
Country names, nationality adjectives and office titles come from world-leaders/countries.tsv
beside this script (written for this converter), and English names of the few monarchs and popes
whose Wikidata labels in that snapshot are Portuguese from world-leaders/names.tsv.

    python3 rules/tools/convert_world_leaders.py leaders_history.csv --as-of 2025-10-03 rules/pack/data/kb

Writes world-leaders.json (people, jurisdictions, offices; JSON, which is also YAML, one entry a
line, because the engine reads it many times faster than YAML). Countries whose heads already have
offices in the pack's own files (the G20, kept with their curated sources) are left out, and
people already defined there keep their id, so a person has one entry across files.

Wikidata's statements are cleaned, never corrected by hand:
- only terms that overlap 1945 or later, with a start date, by a real person item (each office
  says so with history-from: a time after 1945 before its first listed holder is taken as the
  time before the office existed);
- a date on 1 January is read as a year (Wikidata writes a year-precision date that way);
- several statements of one person in one office that touch or overlap become one term;
- a term lying inside another holder's term is an acting or interim one (a suspension, a
  caretaker) and is marked acting; a term starting before the previous holder's ends cuts that
  one short (marked uncertain when the cut is more than 30 days);
- an office's list counts as complete from the first start after which it has no gap longer
  than 45 days up to a term still open; before that, "not listed" proves nothing;
- a head of government office is left out where it is held by the head of state (presidential
  systems list the president twice).
"""

import argparse
import csv
import json
import datetime
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
# Terms from 1990 on, for the converters that share clean_terms; the heads of state and government
# from 1945 on, so that a mention of an earlier holder ("Israeli Prime Minister Menachem Begin" in a
# photo caption) finds a listed person who left long ago, not an unknown name.
FROM_YEAR = 1990
HEADS_FROM_YEAR = 1945
GAP_DAYS = 45
CUT_DAYS = 30
SOURCE = "Wikidata (CC0), head of state (P35) / head of government (P6) of {country}"
# Honorary and ceremonial words around regnal names in the snapshot's labels.
REGNAL = re.compile(r"^(Papa |Pope )")
# Countries whose names follow the Spanish custom (given names, father's and mother's surnames):
# news writes the first given name and the father's surname ("Luis Arce" of "Luis Alberto Arce
# Catacora").
SPANISH_NAMES = {"BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "ESP", "GNQ", "GTM", "HND", "NIC", "PAN",
                 "PER", "PRY", "SLV", "URY", "VEN"}


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def slug(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def key(text):
    return " ".join(slug(text).split("-"))


def parse_date(text):
    """(date, precision) from '2017-05-14T00:00:00Z'; 1 January reads as a year."""
    if not text:
        return None
    if not re.match(r"\d{4}-\d\d-\d\d", text):
        return "unknown"  # Wikidata's "unknown value"
    day = datetime.date.fromisoformat(text[:10])
    return (day, "year") if (day.month, day.day) == (1, 1) else (day, "day")


def written(d):
    day, precision = d
    return {"year": str(day.year), "month": day.isoformat()[:7]}.get(precision, day.isoformat())


def existing_people(kb_dir, skip=("world-leaders.json",), aliases=False):
    """Name key -> person id of everyone defined in the pack's other files (with aliases: also
    their other full names, "Jim Justice" of "James Justice")."""
    import yaml  # only needed here; the rest of the converter runs on the standard library
    people = {}
    for name in sorted(os.listdir(kb_dir)):
        if not name.endswith((".yaml", ".json")) or name in skip:
            continue
        with open(os.path.join(kb_dir, name), encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        for p in data.get("people") or []:
            people.setdefault(key(p["name"]), p["id"])
            for a in (p.get("aliases") or []) if aliases else []:
                if " " in a:
                    people.setdefault(key(a), p["id"])
    return people


def existing_head_jurisdictions(kb_dir):
    """Jurisdictions whose heads have hand-made office files of their own (the generated JSON
    files, such as the ministers', hold other offices of countries this converter covers)."""
    import yaml
    found = set()
    for name in sorted(os.listdir(kb_dir)):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(kb_dir, name), encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        for o in data.get("offices") or []:
            found.add(o["jurisdiction"])
    return found


class Term:
    def __init__(self, qid, name, start, end):
        self.qid, self.name, self.start, self.end = qid, name, start, end
        self.acting = False
        self.uncertain = False

    def end_day(self):
        return self.end[0] if self.end else datetime.date.max


def clean_terms(rows, parse=parse_date, from_year=FROM_YEAR):
    """Merges, orders and de-overlaps one office's statements (see the module comment); parse
    reads a date column into (date, precision); terms over before from_year are left out."""
    by_person = {}
    for r in rows:
        start, end = parse(r["start"]), parse(r["end"])
        if start in (None, "unknown") or end == "unknown" or (end and end[0] < start[0]):
            continue
        if end and end[0].year < from_year:
            continue
        by_person.setdefault(r["person_qid"], []).append(Term(r["person_qid"], r["person"], start, end))
    merged = []
    for terms in by_person.values():
        terms.sort(key=lambda t: t.start[0])
        current = terms[0]
        for t in terms[1:]:
            if current.end is None or t.start[0] <= current.end[0] + datetime.timedelta(days=1):
                if t.end is None or (current.end is not None and t.end[0] > current.end[0]):
                    current.end = t.end
            else:
                merged.append(current)
                current = t
        merged.append(current)
    merged.sort(key=lambda t: (t.start[0], t.end_day()))
    result = []
    for t in merged:
        holder = next((p for p in reversed(result) if not p.acting), None)
        if holder and t.start[0] < holder.end_day():
            if t.end is not None and t.end[0] <= holder.end_day():
                t.acting = True  # inside another's term: acting, interim, a suspension
            else:
                cut = (holder.end_day() - t.start[0]).days if holder.end else None
                holder.end = t.start
                holder.uncertain = holder.uncertain or cut is None or cut > CUT_DAYS
        result.append(t)
    return [t for t in result if t.start[0] < t.end_day()]


def complete_from(terms):
    """First start after which the office has no gap up to an open term, or None."""
    main = [t for t in terms if not t.acting]
    if not main or main[-1].end is not None:
        return None
    first = main[-1]
    for prev, nxt in zip(reversed(main[:-1]), reversed(main)):
        if prev.end is None or prev.end[1] != "day" or nxt.start[1] != "day":
            break
        if (nxt.start[0] - prev.end[0]).days > GAP_DAYS:
            break
        if prev.start[1] != "day":
            # a start known only to the year or month (a reign since "1942"): complete from the
            # next holder's exact start, as far as the chain reaches with exact days
            break
        first = prev
    return first.start[0] if first.start[1] == "day" else None


def aliases(name):
    """Shorter forms news uses: the surname alone (not a short, common one like "Ali"), the last
    two words, and for three-word names the first two ("Carlos Alvarado" of a Spanish double
    surname, "Abiy Ahmed") and the first and last ("John Mahama")."""
    words = name.split()
    found = []
    if len(words) >= 2 and not re.fullmatch(r"[IVX]+\.?|Jr\.?", words[-1]) and len(words[-1]) > 3:
        found.append(words[-1])
    if len(words) >= 3:
        found.append(" ".join(words[-2:]))
    if len(words) == 3 and words[1][:1].isupper():
        found.append(" ".join(words[:2]))
        found.append(words[0] + " " + words[2])
    return [a for a in found if a != name]


def write_json(out, note, as_of, jurisdictions, people, offices, source="Wikidata (CC0)"):
    """JSON (which is also YAML), one jurisdiction, person, office head or term a line. Terms may
    carry expected_end and as_of (a term checked earlier than the file) besides the cleaning marks."""
    lines = ["{", f'"note": {json.dumps(note)},', f'"as-of": "{as_of}",', f'"source": {json.dumps(source)},']
    if jurisdictions:
        lines.append('"jurisdictions": [')
        lines.append(",\n".join(json.dumps({"id": jid, "name": c["name"], "names": c["names"], "adjectives": c["adjectives"]},
                                           ensure_ascii=False) for jid, c in jurisdictions))
        lines.append("],")
    lines.append('"people": [')
    lines.append(",\n".join(json.dumps({"id": p["id"], "name": p["name"], "aliases": p.get("aliases") or aliases(p["name"]),
                                        "note": p["qid"]}, ensure_ascii=False)
                            for p in sorted(people.values(), key=lambda p: p["id"]) if p["new"]))
    lines.append("],")
    lines.append('"offices": [')
    blocks = []
    for o in offices:
        head = {k: o[k] for k in ("id", "jurisdiction", "titles", "forms") if o.get(k)}
        if o.get("complete"):
            head["holders-complete-from"] = o["complete"].isoformat()
        if o.get("history"):
            head["history-from"] = o["history"].isoformat()
        head["source"] = o["source"]
        terms = []
        for pid, t in o["terms"]:
            term = {"person": pid, "start": written(t.start)}
            if t.end:
                term["end"] = written(t.end)
            if getattr(t, "expected_end", None):
                term["expected-end"] = t.expected_end.isoformat()
            if getattr(t, "as_of", None):
                term["as-of"] = t.as_of.isoformat()
            if t.acting:
                term["acting"] = True
            if t.uncertain:
                term["uncertain"] = True
            terms.append(json.dumps(term, ensure_ascii=False))
        blocks.append(json.dumps(head, ensure_ascii=False)[:-1] + ', "terms": [\n  ' + ",\n  ".join(terms) + "]}")
    lines.append(",\n".join(blocks))
    lines.append("]")
    lines.append("}")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def arguments(doc, csv_name, snapshot="Wikidata snapshot"):
    """The command line every snapshot converter takes: the input, the kb folder, --as-of."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("csv", help=csv_name + (f" ({snapshot})" if snapshot else ""))
    parser.add_argument("out", help="the knowledge base folder (rules/pack/data/kb)")
    parser.add_argument("--as-of", required=True, help="date of the snapshot, YYYY-MM-DD")
    return parser.parse_args()


def main():
    args = arguments(__doc__, "leaders_history.csv")

    countries = {}
    for iso3, jid, name, names, adjectives, hos, hog in read_tsv(os.path.join(HERE, "world-leaders", "countries.tsv")):
        countries[iso3] = {"id": jid, "name": name, "names": [n for n in names.split(";") if n],
                           "adjectives": [a for a in adjectives.split(";") if a],
                           "head_of_state": None if hos == "-" else (hos.split(";") if hos else ["President"]),
                           "head_of_government": None if hog == "-" else (hog.split(";") if hog else ["Prime Minister"])}
    english, extra = {}, {}
    for qid, name, *more in read_tsv(os.path.join(HERE, "world-leaders", "names.tsv")):
        english[qid] = name
        extra[qid] = [a for a in (more[0].split(";") if more else []) if a]
    known = existing_people(args.out)
    curated = existing_head_jurisdictions(args.out)

    rows = {}
    with open(args.csv, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["iso3"] in countries and re.fullmatch(r"Q\d+", r["person_qid"] or "") and r["person"] != r["person_qid"]:
                rows.setdefault((r["iso3"], r["role"]), []).append(r)

    people, offices, jurisdictions = {}, [], []
    for iso3, c in sorted(countries.items(), key=lambda kv: kv[1]["name"]):
        jid = c["id"]
        if jid in curated:
            continue
        roles = {}
        for role in ("head_of_state", "head_of_government"):
            if c[role] is None:
                continue
            terms = clean_terms(rows.get((iso3, role), []), from_year=HEADS_FROM_YEAR)
            if terms:
                roles[role] = terms
        if "head_of_state" in roles and "head_of_government" in roles:
            # judged on the recent terms: a country may have changed system since 1945
            heads = {t.qid for t in roles["head_of_state"]}
            recent = [t for t in roles["head_of_government"] if t.end is None or t.end[0].year >= FROM_YEAR]
            shared = sum(1 for t in recent if t.qid in heads)
            if shared * 5 >= len(recent) * 4:
                del roles["head_of_government"]
        if not roles:
            continue
        jurisdictions.append((jid, c))
        for role, terms in roles.items():
            office = {"id": f"{jid}.{'head-of-state' if role == 'head_of_state' else 'head-of-government'}",
                      "jurisdiction": jid, "titles": c[role], "complete": complete_from(terms),
                      "history": datetime.date(HEADS_FROM_YEAR, 1, 1),
                      "source": SOURCE.format(country=c["name"]), "terms": []}
            for t in terms:
                name = english.get(t.qid, REGNAL.sub("", t.name))
                pid = known.get(key(name)) or people.get(t.qid, {}).get("id") or slug(name)
                if t.qid not in people:
                    taken = {p["id"] for p in people.values()}
                    if pid in taken and key(name) not in known:
                        pid = f"{pid}-{t.qid.lower()}"
                    people[t.qid] = {"id": pid, "name": name, "qid": t.qid, "new": key(name) not in known}
                    words = name.split()
                    more = extra.get(t.qid, [])
                    if iso3 in SPANISH_NAMES and len(words) == 4 and words[2][:1].isupper():
                        more = more + [words[0] + " " + words[2]]
                    if more:
                        people[t.qid]["aliases"] = aliases(name) + more
                office["terms"].append((people[t.qid]["id"], t))
            offices.append(office)

    out = os.path.join(args.out, "world-leaders.json")
    write_json(out, "GENERATED by rules/tools/convert_world_leaders.py from a Wikidata snapshot; do not edit by hand. "
               "Format: rules/pack/data/kb/README.md", args.as_of, jurisdictions, people, offices)
    print(f"{out}: {len(jurisdictions)} jurisdictions, {len(offices)} offices, "
          f"{sum(len(o['terms']) for o in offices)} terms, {sum(1 for p in people.values() if p['new'])} new people",
          file=sys.stderr)


if __name__ == "__main__":
    main()
