#!/usr/bin/env python3
"""Sanity check for the held-out set: every NAME.gold.json loads, has the keys that
../../shared/eval/GOLD-FORMAT.md names with the right shapes, and agrees with NAME.txt
(each annotated name occurs in the text; article length and layout as the set promises).

    python3 eval/heldout/check_gold.py            # from the repository root
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = ["id", "source_url", "published", "people", "officials", "organizations", "places", "meetings", "groups"]
ROLES = {"official", "organizer", "migrant", "spokesperson", "other"}
PLACE_TYPES = {"country", "region", "city", "other"}
GROUP_KEYS = ["size", "origins", "locations", "destination", "organizers", "members"]


def norm(s):
    s = re.sub(r"[\u2019']s\b", "", s)  # possessive: "Ministry's" -> "Ministry"
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def is_alias_list(v):
    return isinstance(v, list) and len(v) > 0 and all(isinstance(x, str) and x.strip() for x in v)


def is_date(v):
    if v is None:
        return True
    try:
        datetime.date.fromisoformat(v)
        return True
    except (TypeError, ValueError):
        return False


def check(name):
    errs = []
    gold = json.load(open(os.path.join(HERE, name + ".gold.json"), encoding="utf-8"))
    text = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
    ntext = " " + norm(text) + " "

    def in_text(aliases, what):
        if not any(" " + norm(a) + " " in ntext for a in aliases):
            errs.append(f"{what} {aliases[0]!r}: no alias occurs in the text")

    # layout of the article
    lines = text.split("\n")
    if not (1600 <= len(text) <= 2200):
        errs.append(f"text length {len(text)} outside 1600-2200")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        errs.append("first line must be a headline followed by a blank line")

    # top-level keys
    if list(gold) != TOP:
        errs.append(f"top-level keys {list(gold)} != {TOP}")
    if gold.get("id") != name:
        errs.append(f"id {gold.get('id')!r} != {name!r}")
    if not is_date(gold.get("published")):
        errs.append("published is not an ISO date or null")

    people = gold.get("people", [])
    person_aliases = [set(map(norm, p.get("name", []))) for p in people]

    def is_person(aliases, what):
        if not any(set(map(norm, aliases)) & pa for pa in person_aliases):
            errs.append(f"{what} {aliases[0]!r} is not in people")

    for p in people:
        if set(p) != {"name", "role"} or not is_alias_list(p["name"]) or p["role"] not in ROLES:
            errs.append(f"bad person {p}")
            continue
        in_text(p["name"], "person")
    for o in gold.get("officials", []):
        if set(o) != {"name", "title", "affiliation"} or not is_alias_list(o["name"]):
            errs.append(f"bad official {o}")
            continue
        for k in ("title", "affiliation"):
            if not (o[k] == [] or is_alias_list(o[k])):
                errs.append(f"official {o['name'][0]}: bad {k}")
        is_person(o["name"], "official")
        roles = [p["role"] for p, pa in zip(people, person_aliases) if set(map(norm, o["name"])) & pa]
        if roles and roles[0] not in ("official", "spokesperson"):
            errs.append(f"official {o['name'][0]} has people role {roles[0]}")
    for o in gold.get("organizations", []):
        if set(o) != {"name"} or not is_alias_list(o["name"]):
            errs.append(f"bad organization {o}")
            continue
        in_text(o["name"], "organization")
    place_aliases = set()
    for p in gold.get("places", []):
        if set(p) != {"name", "type"} or not is_alias_list(p["name"]) or p["type"] not in PLACE_TYPES:
            errs.append(f"bad place {p}")
            continue
        in_text(p["name"], "place")
        place_aliases |= set(map(norm, p["name"]))
    for m in gold.get("meetings", []):
        if set(m) != {"participants", "location", "date"}:
            errs.append(f"bad meeting keys {sorted(m)}")
            continue
        parts = m["participants"]
        if not isinstance(parts, list) or len(parts) < 2 or not all(is_alias_list(x) for x in parts):
            errs.append(f"meeting needs >= 2 participant alias lists: {parts}")
        else:
            for x in parts:
                is_person(x, "meeting participant")
        if m["location"] is not None:
            if not is_alias_list(m["location"]):
                errs.append(f"bad meeting location {m['location']}")
            else:
                in_text(m["location"], "meeting location")
        if not is_date(m["date"]):
            errs.append(f"bad meeting date {m['date']}")
    for g in gold.get("groups", []):
        if set(g) != set(GROUP_KEYS):
            errs.append(f"bad group keys {sorted(g)}")
            continue
        size = g["size"]
        if size is not None and not (isinstance(size, list) and size and all(isinstance(x, int) and x > 0 for x in size)):
            errs.append(f"bad group size {size}")
        for k in ("origins", "locations", "organizers", "members"):
            if not isinstance(g[k], list) or not all(is_alias_list(x) for x in g[k]):
                errs.append(f"group {k} must be a list of alias lists")
        if not (g["destination"] == [] or is_alias_list(g["destination"])):
            errs.append("group destination must be an alias list or []")
        for x in g["origins"]:
            in_text(x, "group origin")
        for x in g["locations"]:
            in_text(x, "group location")
            if not set(map(norm, x)) & place_aliases:
                errs.append(f"group location {x[0]!r} is not in places")
        if g["destination"]:
            in_text(g["destination"], "group destination")
        for x in g["organizers"] + g["members"]:
            is_person(x, "group person")
    return errs


def main():
    names = sorted(f[: -len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))
    bad = 0
    for n in names:
        errs = check(n)
        for e in errs:
            print(f"{n}: {e}")
        bad += bool(errs)
    print(f"{len(names) - bad} passed, {bad} failed")
    sys.exit(1 if bad or not names else 0)


if __name__ == "__main__":
    main()
