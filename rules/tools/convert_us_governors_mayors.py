#!/usr/bin/env python3
"""Converts Open States' governors and big-city mayors into the knowledge base's format.

Input: the data/ folder of a snapshot of the openstates/people repository (CC0): one YAML file a
person, in data/<state>/executive/ (state officials in office), municipalities/ (mayors in
office), legislature/ and retired/ (people no longer listed in office), each with dated roles
("type: governor", "type: mayor", and the jurisdiction's OCD id). State names come from
us-places/states.tsv beside this script, the 50 largest cities from us-places/cities.tsv (both
written for this converter).

    git -C <openstates/people mirror> archive HEAD data | tar -x -C /tmp/openstates
    python3 rules/tools/convert_us_governors_mayors.py /tmp/openstates/data rules/pack/data/kb --as-of 2026-08-05

Writes us-governors-mayors.json. Open States writes the roles of people it still lists in office
with the *scheduled* end of their term, and does not always update them when a term ends (in the
2026 snapshot several governors replaced in January 2025 are still listed), so the roles are
cleaned, never corrected by hand:
- only roles with a start date are kept (most mayors have none: those mayors are left out);
- a role followed by the next holder's: the end becomes the successor's start when the two are at
  most 3 days apart (Open States writes some ends as the last day in office, some as the first day
  out); when they disagree more, both dates are kept to the month only, so no day in between gets
  a verdict;
- a role of someone still listed in office and not followed by another holder is an open term:
  its scheduled end becomes expected-end when still ahead of the snapshot, else (a listing not
  updated since) the term is vouched for only until that scheduled end (the term's own as-of);
- a retired role with no successor keeps its end as written;
- an office's list counts as complete from the first start after which each holder's successor
  follows within 3 days, up to an open term; before that, "not listed" proves nothing.
"""

import datetime
import glob
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import convert_world_leaders as wl  # noqa: E402  (people ids, aliases and the JSON writer are shared)

HERE = os.path.dirname(os.path.abspath(__file__))
HANDOVER_DAYS = 3
SOURCE = "Open States people data (CC0), {office} (openstates/people)"
OUT = "us-governors-mayors.json"


def read_places():
    states = {code: (name, [n for n in names.split(";") if n])
              for code, name, names in wl.read_tsv(os.path.join(HERE, "us-places", "states.tsv"))}
    cities = [(code, key, name, [n for n in names.split(";") if n])
              for code, key, name, names in wl.read_tsv(os.path.join(HERE, "us-places", "cities.tsv"))]
    return states, cities


def day(value):
    if value is None or value == "":
        return None
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value)[:10])


def read_roles(data_dir, wanted):
    """(jurisdiction OCD id -> roles) for the wanted (type, jurisdiction) pairs."""
    roles = {}
    for path in sorted(glob.glob(os.path.join(data_dir, "*", "*", "*.yml"))):
        folder = os.path.basename(os.path.dirname(path))
        if folder == "committees":
            continue
        with open(path, encoding="utf-8") as f:
            person = yaml.safe_load(f)
        if not isinstance(person, dict):
            continue
        for r in person.get("roles") or []:
            if (r.get("type"), r.get("jurisdiction")) in wanted and day(r.get("start_date")):
                roles.setdefault(r["jurisdiction"], []).append({
                    "person": person, "start": day(r.get("start_date")), "end": day(r.get("end_date")),
                    "current": folder != "retired"})
    return roles


def clean_terms(roles, as_of):
    """Terms (wl.Term objects) of one office, in order, per the module comment."""
    roles = sorted(roles, key=lambda r: r["start"])
    terms = []
    for i, r in enumerate(roles):
        t = wl.Term(r["person"]["id"], r["person"]["name"], (r["start"], "day"), None)
        t.person, t.expected_end, t.as_of, t.handover = r["person"], None, None, False
        following = roles[i + 1] if i + 1 < len(roles) else None
        if following is not None:
            succ = following["start"]
            own = r["end"] or succ
            if 0 <= (succ - own).days <= HANDOVER_DAYS or r["end"] is None:
                t.end, t.handover = (succ, "day"), True
            elif (succ.year, succ.month) == (own.year, own.month):
                t.end = (own.replace(day=1), "month")
                following["start"] = succ.replace(day=1)  # the successor's start: that month too
                following["month"] = True
            else:
                t.end = (own, "day")
        elif r["current"]:
            if r["end"] and r["end"] > as_of:
                t.expected_end = r["end"]
            elif r["end"]:
                t.as_of = r["end"]
        elif r["end"]:
            t.end = (r["end"], "day")
        if r.get("month"):
            t.start = (r["start"], "month")
        terms.append(t)
    return [t for t in terms if t.end is None or t.start[0] < t.end[0]]


def complete_from(terms):
    """First start after which every handover is recorded, up to an open term, or None."""
    if not terms or terms[-1].end is not None or terms[-1].start[1] != "day":
        return None
    first = terms[-1]
    for prev in reversed(terms[:-1]):
        if not prev.handover or prev.start[1] != "day":
            break
        first = prev
    return first.start[0]


def person_entry(p, known, people):
    """The knowledge base's person for an Open States person: an id already used elsewhere in the
    pack for the same name, and the forms news uses (surname alone, other full names listed)."""
    name = p["name"]
    pid = known.get(wl.key(name))
    new = pid is None
    if new:
        pid = wl.slug(name)
        taken = {q["id"] for q in people.values() if q["ocd"] != p["id"]}
        if pid in taken:
            pid = pid + "-" + p["id"].split("/")[-1][:8]
    aliases = []
    if p.get("family_name") and p["family_name"] != name:
        aliases.append(p["family_name"])
    for other in p.get("other_names") or []:
        form = other.get("name", "")
        if " " in form and "," not in form and form != name and form not in aliases:
            aliases.append(form)
    return {"id": pid, "name": name, "aliases": aliases, "qid": p["id"], "ocd": p["id"], "new": new}


def main():
    args = wl.arguments(__doc__, "the data folder of an openstates/people snapshot", snapshot=None)
    as_of = datetime.date.fromisoformat(args.as_of)
    states, cities = read_places()

    offices_wanted = []  # (jurisdiction id, name, names, role type, OCD id, title)
    for code, (name, names) in sorted(states.items(), key=lambda kv: kv[1][0]):
        offices_wanted.append((f"us-{code}", name, names, "governor",
                               f"ocd-jurisdiction/country:us/state:{code}/government", "Governor"))
    for code, key, name, names in cities:
        ocd = ("ocd-jurisdiction/country:us/district:dc/government" if code == "dc"
               else f"ocd-jurisdiction/country:us/state:{code}/place:{key}/government")
        role = "governor" if code == "dc" else "mayor"
        jid = "us-dc" if code == "dc" else f"us-{code}-{key.replace('_', '-')}"
        offices_wanted.append((jid, name, names, role, ocd, "Mayor"))

    roles = read_roles(args.csv, {(role, ocd) for _, _, _, role, ocd, _ in offices_wanted})
    known = wl.existing_people(args.out, skip=(OUT,), aliases=True)
    people, offices, jurisdictions = {}, [], []
    for jid, name, names, role, ocd, title in offices_wanted:
        terms = clean_terms(roles.get(ocd, []), as_of)
        if not terms:
            continue
        jurisdictions.append((jid, {"name": name, "names": names, "adjectives": []}))
        office = {"id": f"{jid}.{title.lower()}", "jurisdiction": jid, "titles": [title],
                  "complete": complete_from(terms), "source": SOURCE.format(office=f"{title} of {name}"),
                  "terms": []}
        for t in terms:
            p = t.person
            if p["id"] not in people:
                people[p["id"]] = person_entry(p, known, people)
            office["terms"].append((people[p["id"]]["id"], t))
        offices.append(office)

    out = os.path.join(args.out, OUT)
    wl.write_json(out, "GENERATED by rules/tools/convert_us_governors_mayors.py from an openstates/people snapshot; "
                  "do not edit by hand. Format: rules/pack/data/kb/README.md", args.as_of, jurisdictions, people,
                  offices, source="Open States people data (CC0)")
    print(f"{out}: {len(jurisdictions)} jurisdictions, {len(offices)} offices, "
          f"{sum(len(o['terms']) for o in offices)} terms, {sum(1 for p in people.values() if p['new'])} new people",
          file=sys.stderr)


if __name__ == "__main__":
    main()
