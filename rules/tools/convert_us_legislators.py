#!/usr/bin/env python3
"""Generate the US part of the office-holder knowledge base from the unitedstates/congress-legislators data.

Input (CC0, https://github.com/unitedstates/congress-legislators), a directory holding:
    executive.yaml             every US president and vice president with terms
    legislators-current.yaml   current members of Congress with all their terms and leadership roles

Output (committed, because the input directory is not on users' machines):
    rules/pack/data/kb/us-executive.json   offices us.president, us.vice-president and their holders
    rules/pack/data/kb/us-congress.json    us.senator, us.representative, us.delegate, leadership offices

Regenerate (from the repository root; needs Python 3.9+ and PyYAML, `pip install pyyaml`):
    python3 rules/tools/convert_us_legislators.py /work/shared/data/us-congress-legislators rules/pack/data/kb

Both outputs are deterministic for a given input, so a regeneration diff shows only real changes.
The format is documented in rules/pack/data/kb/README.md. Do not hand-edit the generated files;
put corrections in the NAME_OVERRIDES table below or in a curated file.
"""

import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

SOURCE_EXEC = "unitedstates/congress-legislators executive.yaml (CC0)"
SOURCE_CONGRESS = "unitedstates/congress-legislators legislators-current.yaml (CC0)"

# The dataset names people formally ("Richard Milhous Nixon"); news uses these forms. Keyed by
# (first, middle, last) as they appear in executive.yaml; the listed aliases are added.
NAME_OVERRIDES = {
    ("George", "Herbert Walker", "Bush"): ("George H. W. Bush", ["George Bush", "George H.W. Bush", "Bush Sr.", "Bush"]),
    ("George", "Walker", "Bush"): ("George W. Bush", ["George Bush", "Bush"]),
    ("John", "Quincy", "Adams"): ("John Quincy Adams", ["Adams"]),
    ("William", "Henry", "Harrison"): ("William Henry Harrison", ["Harrison"]),
    ("Franklin", "Delano", "Roosevelt"): ("Franklin D. Roosevelt", ["FDR", "Franklin Roosevelt", "Roosevelt"]),
    ("John", "Fitzgerald", "Kennedy"): ("John F. Kennedy", ["JFK", "Kennedy"]),
    ("Lyndon", "Baines", "Johnson"): ("Lyndon B. Johnson", ["LBJ", "Lyndon Johnson", "Johnson"]),
    ("Harry", "S.", "Truman"): ("Harry S. Truman", ["Harry Truman", "Truman"]),
    ("Ulysses", "Simpson", "Grant"): ("Ulysses S. Grant", ["Grant"]),
    ("Dwight", "David", "Eisenhower"): ("Dwight D. Eisenhower", ["Dwight Eisenhower", "Eisenhower"]),
    ("Rutherford", "Birchard", "Hayes"): ("Rutherford B. Hayes", ["Hayes"]),
    ("James", "Abram", "Garfield"): ("James A. Garfield", ["James Garfield", "Garfield"]),
    ("Chester", "Alan", "Arthur"): ("Chester A. Arthur", ["Chester Arthur", "Arthur"]),
    ("Warren", "Gamaliel", "Harding"): ("Warren G. Harding", ["Warren Harding", "Harding"]),
    ("James", "Knox", "Polk"): ("James K. Polk", ["James Polk", "Polk"]),
    ("Richard", "Milhous", "Nixon"): ("Richard Nixon", ["Richard M. Nixon", "Nixon"]),
    ("Gerald", "Rudolph", "Ford"): ("Gerald Ford", ["Gerald R. Ford", "Ford"]),
    ("Herbert", "Clark", "Hoover"): ("Herbert Hoover", ["Hoover"]),
    ("Albert", "Arnold", "Gore"): ("Al Gore", ["Albert Gore Jr.", "Gore"]),
    ("Joseph", "Robinette", "Biden"): ("Joe Biden", ["Joseph R. Biden Jr.", "Joseph R. Biden", "Joseph Biden", "Biden"]),
    ("James David", None, "Vance"): ("JD Vance", ["J.D. Vance", "James David Vance", "Vance"]),
    ("Donald", "J.", "Trump"): ("Donald Trump", ["Donald J. Trump", "Trump"]),
}

PARTY = {"Democrat": "Democratic", "Republican": "Republican", "Independent": "Independent"}
TERRITORIES = {"AS", "DC", "GU", "MP", "PR", "VI"}

# Leadership titles in the dataset -> (office id, office title, chamber). Others (caucus chairs) are skipped.
LEADERSHIP = {
    "Speaker of the House": "us.house-speaker",
    "House Majority Leader": "us.house-majority-leader",
    "House Minority Leader": "us.house-minority-leader",
    "House Majority Whip": "us.house-majority-whip",
    "House Minority Whip": "us.house-minority-whip",
    "Senate Majority Leader": "us.senate-majority-leader",
    "Senate Minority Leader": "us.senate-minority-leader",
    "Senate Majority Whip": "us.senate-majority-whip",
    "Senate Minority Whip": "us.senate-minority-whip",
    "President Pro Tempore of the Senate": "us.senate-president-pro-tempore",
}

OFFICES_EXEC = [
    {"id": "us.president", "jurisdiction": "us", "titles": ["President"],
     "forms": ["President of the United States", "POTUS", "Commander in Chief"],
     "holders-complete-from": "1789-04-30"},
    {"id": "us.vice-president", "jurisdiction": "us", "titles": ["Vice President", "Vice-President"],
     "forms": ["Vice President of the United States", "VP", "Veep"], "holders-complete-from": "1789-04-21"},
]

OFFICES_CONGRESS = {
    "us.senator": {"titles": ["Senator", "Sen."], "forms": ["United States Senator", "U.S. Senator"]},
    "us.representative": {"titles": ["Representative", "Rep.", "Congressman", "Congresswoman",
                                     "Congressmember"],
                          "forms": ["Member of Congress", "House member", "U.S. Representative"]},
    "us.delegate": {"titles": ["Delegate", "Del.", "Resident Commissioner"],
                    "forms": ["Congressional Delegate"]},
    "us.house-speaker": {"titles": ["Speaker", "House Speaker"],
                         "forms": ["Speaker of the House", "Speaker of the House of Representatives"]},
    "us.house-majority-leader": {"titles": ["House Majority Leader"], "forms": []},
    "us.house-minority-leader": {"titles": ["House Minority Leader"], "forms": []},
    "us.house-majority-whip": {"titles": ["House Majority Whip"], "forms": []},
    "us.house-minority-whip": {"titles": ["House Minority Whip"], "forms": []},
    "us.senate-majority-leader": {"titles": ["Senate Majority Leader"], "forms": []},
    "us.senate-minority-leader": {"titles": ["Senate Minority Leader"], "forms": []},
    "us.senate-majority-whip": {"titles": ["Senate Majority Whip"], "forms": []},
    "us.senate-minority-whip": {"titles": ["Senate Minority Whip"], "forms": []},
    "us.senate-president-pro-tempore": {"titles": ["President Pro Tempore"],
                                        "forms": ["President Pro Tempore of the Senate"]},
}


def slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def names_of(name):
    """Canonical name and aliases for a dataset name record."""
    first, middle, last = name["first"], name.get("middle"), name["last"]
    suffix, nick = name.get("suffix"), name.get("nickname")
    override = NAME_OVERRIDES.get((first, middle, last))
    aliases = []
    if override:
        canonical, extra = override
        aliases.extend(extra)
    elif nick:
        canonical = f"{nick} {last}"
    elif name.get("official_full"):
        # "Angus S. King, Jr." -> "Angus King": news style drops middle initials and suffixes
        canonical = re.sub(r'\s+"[^"]+"', "", name["official_full"])
        canonical = re.sub(r",?\s+(Jr\.|Sr\.|II|III|IV)$", "", canonical)
        canonical = re.sub(r"\s[A-Z]\.(?=\s)", "", canonical)
    else:
        canonical = f"{first} {last}"
    given = [first] + ([nick] if nick else [])
    for g in given:
        aliases.append(f"{g} {last}")
        if middle:
            aliases.append(f"{g} {middle} {last}")
            aliases.append(f"{g} {middle[0]}. {last}")
        if suffix:
            aliases.append(f"{g} {last} {suffix}")
    if name.get("official_full"):
        full = name["official_full"]
        aliases.append(full)
        aliases.append(re.sub(r'\s*"[^"]+"', "", full))
    aliases.append(last)
    seen, result = {canonical.casefold()}, []
    for a in aliases:
        a = re.sub(r"\s+", " ", a).strip().rstrip(",")
        if a.casefold() not in seen:
            seen.add(a.casefold())
            result.append(a)
    return canonical, result


def merge_terms(terms, same):
    """Joins back-to-back terms (re-elections) so "since" means continuous service."""
    merged = []
    for t in sorted(terms, key=lambda t: t["start"]):
        prev = merged[-1] if merged else None
        if prev and same(prev, t) and prev["end"] and gap_days(prev["end"], t["start"]) <= 31:
            prev["end"] = t["end"]
            if "how" in t and t.get("how") != "election":
                prev.setdefault("note", t["how"])
        else:
            merged.append(dict(t))
    return merged


def gap_days(end, start):
    return (datetime.date.fromisoformat(start) - datetime.date.fromisoformat(end)).days


def open_if_future(term, as_of):
    """A term ending after the data snapshot is still running: its end is only the scheduled one."""
    out = {"person": term["person"], "start": term["start"]}
    if term["end"] and term["end"] > as_of:
        out["expected-end"] = term["end"]
    elif term["end"]:
        out["end"] = term["end"]
    for key in ("party", "state", "district", "note"):
        if term.get(key) is not None:
            out[key] = term[key]
    return out


class People:
    """Assigns unique, readable person ids across both generated files."""

    def __init__(self):
        self.by_bioguide = {}
        self.used = set()

    def add(self, record, disambiguator):
        ids = record["id"]
        bioguide = ids.get("bioguide") or f"govtrack:{ids.get('govtrack')}"
        if bioguide in self.by_bioguide:
            return self.by_bioguide[bioguide], False
        canonical, aliases = names_of(record["name"])
        pid = slug(canonical)
        if pid in self.used:
            pid = f"{pid}-{slug(disambiguator)}"
        self.used.add(pid)
        entry = {"id": pid, "name": canonical, "aliases": aliases}
        if record.get("bio", {}).get("birthday"):
            entry["born"] = record["bio"]["birthday"]
        self.by_bioguide[bioguide] = entry
        return entry, True


def executive(records, people, as_of):
    holders = {"prez": [], "viceprez": []}
    defined = []
    for rec in records:
        person, new = people.add(rec, rec["bio"].get("birthday", "")[:4])
        if new:
            defined.append(person)
        for kind in holders:
            terms = [dict(t, person=person["id"], party=PARTY.get(t.get("party"), t.get("party")))
                     for t in rec["terms"] if t["type"] == kind]
            merged = merge_terms(terms, lambda a, b: True)
            holders[kind].extend(open_if_future(t, as_of) for t in merged)
    offices = []
    for office, kind in zip(OFFICES_EXEC, ("prez", "viceprez")):
        offices.append(dict(office, terms=sorted(holders[kind], key=lambda t: t["start"])))
    return {"as-of": as_of, "source": SOURCE_EXEC, "offices": offices, "people": defined}


def congress(records, people, as_of):
    terms_by_office = {oid: [] for oid in OFFICES_CONGRESS}
    defined = []
    for rec in records:
        last = rec["terms"][-1]
        person, new = people.add(rec, last["state"])
        if new:  # someone already in us-executive.json is defined there only
            defined.append(person)
        seats = []
        for t in rec["terms"]:
            office = "us.senator" if t["type"] == "sen" else (
                "us.delegate" if t["state"] in TERRITORIES else "us.representative")
            seat = {"office": office, "person": person["id"], "start": t["start"], "end": t["end"],
                    "party": PARTY.get(t["party"], t["party"]), "state": t["state"]}
            if t["type"] == "rep":
                seat["district"] = str(t["district"])
            seats.append(seat)
        same = lambda a, b: all(a.get(k) == b.get(k) for k in ("office", "party", "state", "district"))
        for seat in merge_terms(seats, same):
            terms_by_office[seat["office"]].append(open_if_future(seat, as_of))
        roles = [dict(person=person["id"], office=LEADERSHIP[r["title"]], start=r["start"], end=r.get("end"))
                 for r in rec.get("leadership_roles", []) if r["title"] in LEADERSHIP]
        for role in merge_terms(roles, lambda a, b: a["office"] == b["office"]):
            terms_by_office[role["office"]].append(open_if_future(role, as_of))
    offices = []
    for oid, forms in OFFICES_CONGRESS.items():
        office = {"id": oid, "jurisdiction": "us", "titles": forms["titles"]}
        if forms["forms"]:
            office["forms"] = forms["forms"]
        # every term of each listed member is here, though former members are not
        office["per-person-complete"] = "true"
        office["note"] = "only current members of Congress and their earlier terms are listed"
        office["terms"] = sorted(terms_by_office[oid], key=lambda t: (t["start"], t["person"]))
        offices.append(office)
    return {"as-of": as_of, "source": SOURCE_CONGRESS, "offices": offices,
            "people": sorted(defined, key=lambda p: p["id"])}


def write(path, note, doc):
    """JSON (which is also YAML), one person, office head or term a line: the engine reads it many
    times faster than YAML, and regeneration diffs stay readable."""
    def line(value):
        return json.dumps(value, ensure_ascii=False)

    out = ["{", f'"note": {line(note)},']
    for key, value in doc.items():
        if key == "offices":
            blocks = []
            for office in value:
                head = {k: v for k, v in office.items() if k != "terms"}
                terms = ",\n  ".join(line(t) for t in office.get("terms", []))
                blocks.append(line(head)[:-1] + ', "terms": [\n  ' + terms + "]}")
            out.append(f'"offices": [\n' + ",\n".join(blocks) + "\n],")
        elif isinstance(value, list):
            out.append(f'{line(key)}: [\n' + ",\n".join(line(v) for v in value) + "\n],")
        else:
            out.append(f"{line(key)}: {line(value)},")
    out[-1] = out[-1].rstrip(",")
    out.append("}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: convert_us_legislators.py <congress-legislators dir> <output kb dir>")
    src, out = Path(argv[1]), Path(argv[2])
    execs = yaml.load((src / "executive.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    current = yaml.load((src / "legislators-current.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    # the snapshot date: the latest start date in the input is a lower bound for when it was taken
    as_of = max(t["start"] for rec in current + execs for t in rec["terms"])
    people = People()
    note = "GENERATED by rules/tools/convert_us_legislators.py from {src}; do not edit by hand. Format: rules/pack/data/kb/README.md"
    write(out / "us-executive.json", note.format(src="executive.yaml"), executive(execs, people, as_of))
    write(out / "us-congress.json", note.format(src="legislators-current.yaml"), congress(current, people, as_of))


if __name__ == "__main__":
    main(sys.argv)
