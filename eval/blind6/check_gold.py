#!/usr/bin/env python3
"""Check the blind6 or blind7 evaluation set: gold shapes (../../../shared/eval/GOLD-FORMAT.md),
names present verbatim in the text, article layout, dates, and that people who appear in
several articles carry identical alias lists. Copied from eval/blind5/check_gold.py (itself
copied from blind4's and blind3's); only the set name in the docstring and messages and the
length limits (1,800-4,000 characters, for the more varied article lengths of this set) differ.
blind7 is checked by this script too: python3 eval/blind6/check_gold.py eval/blind7.

Usage: python3 check_gold.py [DIR]        (DIR defaults to the folder of this script)
Exit status 0 when every article passes, 1 otherwise. Standard library only.
"""
import datetime
import json
import os
import re
import sys

TOP_KEYS = ["id", "source_url", "published", "people", "officials", "organizations", "places", "meetings", "groups"]
ROLES = {"official", "organizer", "migrant", "spokesperson", "other"}
PLACE_TYPES = {"country", "region", "city", "other"}
MIN_CHARS, MAX_CHARS = 1800, 4000
YEARS = range(2022, 2026)  # fictional publication dates lie in 2022-2025


class Report:
    def __init__(self, name):
        self.name = name
        self.errors = []
        self.warnings = []

    def err(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


def is_str_list(v, allow_empty=False):
    return isinstance(v, list) and (allow_empty or v) and all(isinstance(x, str) and x.strip() for x in v)


def occurs(text, name, case=True):
    """name occurs in text as a whole word sequence (no letter/digit glued on either side)."""
    flags = 0 if case else re.IGNORECASE
    return re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text, flags) is not None


def check_iso(v):
    try:
        datetime.date.fromisoformat(v)
        return True
    except (TypeError, ValueError):
        return False


def check_layout(r, text):
    if not text.endswith("\n"):
        r.err("layout: file does not end with a newline")
    if "\r" in text:
        r.err("layout: CR characters found")
    n = len(text.rstrip("\n"))
    if not MIN_CHARS <= n <= MAX_CHARS:
        r.err(f"layout: {n} characters, expected {MIN_CHARS}-{MAX_CHARS}")
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip():
        r.err("layout: first line must be a non-empty headline")
        return
    if lines[1] != "":
        r.err("layout: second line must be blank (headline, blank line, paragraphs)")
    body = "\n".join(lines[2:])
    if "\n\n\n" in body or body.startswith("\n"):
        r.err("layout: more than one blank line between paragraphs (or after the headline)")
    blocks = [b.strip("\n") for b in body.split("\n\n") if b.strip("\n")]
    if len(blocks) < 3:
        r.err(f"layout: expected at least 3 paragraphs, found {len(blocks)}")
    for i, b in enumerate(blocks, 1):
        if not b.strip():
            r.err(f"layout: empty paragraph {i} (more than one blank line in a row?)")
        elif "\n" in b:
            r.err(f"layout: paragraph {i} spans several lines; paragraphs are single lines separated by a blank line")
    for i, l in enumerate(lines, 1):
        if l != l.strip():
            r.err(f"layout: line {i} has leading/trailing whitespace")
    if len(lines[0]) > 140:
        r.warn("layout: headline longer than 140 characters")


def check_name_list(r, what, names, text, need_verbatim=True):
    if not is_str_list(names):
        r.err(f"{what}: name must be a non-empty list of strings, got {names!r}")
        return False
    if need_verbatim and not occurs(text, names[0]):
        r.err(f"{what}: first alias {names[0]!r} does not occur verbatim in the text")
    if len(set(names)) != len(names):
        r.warn(f"{what}: duplicate aliases in {names!r}")
    return True


def check_gold(r, gold, text, stem):
    keys = list(gold.keys()) if isinstance(gold, dict) else []
    if keys != TOP_KEYS:
        r.err(f"top-level keys {keys} != {TOP_KEYS}")
        if not isinstance(gold, dict):
            return
    if gold.get("id") != stem:
        r.err(f"id {gold.get('id')!r} does not match file name {stem!r}")
    if gold.get("source_url") is not None and not isinstance(gold.get("source_url"), str):
        r.err("source_url must be a string or null")
    pub = gold.get("published")
    if not check_iso(pub):
        r.err(f"published {pub!r} is not an ISO date (every article of the set has one)")
    elif datetime.date.fromisoformat(pub).year not in YEARS:
        r.err(f"published {pub!r} is outside {YEARS.start}-{YEARS.stop - 1}")
    if gold.get("source_url") is not None:
        r.warn("source_url is expected to be null in this set (the articles are fictional)")

    # people
    people = gold.get("people", [])
    by_first = {}
    alias_owner = {}
    if not isinstance(people, list):
        r.err("people must be a list")
        people = []
    for i, p in enumerate(people):
        if not isinstance(p, dict) or set(p) != {"name", "role"}:
            r.err(f"people[{i}] must have exactly the keys name, role: {p!r}")
            continue
        if not check_name_list(r, f"people[{i}]", p["name"], text):
            continue
        if p["role"] not in ROLES:
            r.err(f"people[{i}] {p['name'][0]}: role {p['role']!r} not in {sorted(ROLES)}")
        if p["name"][0] in by_first:
            r.err(f"people: {p['name'][0]!r} listed twice")
        by_first[p["name"][0]] = p
        for a in p["name"]:
            if a in alias_owner and alias_owner[a] != p["name"][0]:
                r.warn(f"people: alias {a!r} shared by {alias_owner[a]!r} and {p['name'][0]!r}")
            alias_owner[a] = p["name"][0]

    def person_ref(what, names, want_role=None):
        if not is_str_list(names):
            r.err(f"{what}: must be a non-empty list of strings, got {names!r}")
            return
        p = by_first.get(names[0])
        if p is None:
            r.err(f"{what}: {names[0]!r} is not in people")
            return
        if p["name"] != names:
            r.warn(f"{what}: aliases of {names[0]!r} differ from its people entry")
        if want_role and p["role"] not in want_role:
            r.err(f"{what}: {names[0]!r} has role {p['role']!r}, expected one of {sorted(want_role)}")
        if not occurs(text, names[0]):
            r.err(f"{what}: {names[0]!r} does not occur verbatim in the text")

    # officials
    officials = gold.get("officials", [])
    official_names = set()
    for i, o in enumerate(officials if isinstance(officials, list) else []):
        if not isinstance(o, dict) or set(o) != {"name", "title", "affiliation"}:
            r.err(f"officials[{i}] must have exactly the keys name, title, affiliation: {o!r}")
            continue
        person_ref(f"officials[{i}]", o["name"], {"official", "spokesperson"})
        if is_str_list(o["name"]):
            official_names.add(o["name"][0])
        for k in ("title", "affiliation"):
            if not is_str_list(o[k], allow_empty=True):
                r.err(f"officials[{i}].{k} must be a list of strings")
        if o["title"] and not any(t.lower() in text.lower() for t in o["title"]):
            r.err(f"officials[{i}] {o['name'][0]}: no title alias occurs in the text ({o['title'][:3]})")
        if not o["title"] or not o["affiliation"]:
            r.warn(f"officials[{i}] {o['name'][0]}: empty title or affiliation")
    for p in people:
        if isinstance(p, dict) and p.get("role") == "official" and is_str_list(p.get("name")) \
                and p["name"][0] not in official_names:
            r.err(f"people: {p['name'][0]!r} has role official but is not in officials")

    # organizations
    for i, o in enumerate(gold.get("organizations", []) or []):
        if not isinstance(o, dict) or set(o) != {"name"}:
            r.err(f"organizations[{i}] must have exactly the key name: {o!r}")
            continue
        check_name_list(r, f"organizations[{i}]", o["name"], text)

    # places
    place_firsts = set()
    for i, pl in enumerate(gold.get("places", []) or []):
        if not isinstance(pl, dict) or set(pl) != {"name", "type"}:
            r.err(f"places[{i}] must have exactly the keys name, type: {pl!r}")
            continue
        if check_name_list(r, f"places[{i}]", pl["name"], text):
            if pl["name"][0] in place_firsts:
                r.err(f"places: {pl['name'][0]!r} listed twice")
            place_firsts.add(pl["name"][0])
        if pl["type"] not in PLACE_TYPES:
            r.err(f"places[{i}]: type {pl['type']!r} not in {sorted(PLACE_TYPES)}")

    def place_ref(what, names):
        """a place mentioned by a meeting or group: some alias occurs in the text, and it is in places."""
        if not is_str_list(names):
            r.err(f"{what}: must be a non-empty list of strings, got {names!r}")
            return
        if not any(occurs(text, n) for n in names):
            r.err(f"{what}: no alias of {names[0]!r} occurs in the text")
        if not any(n in place_firsts or any(n in (pl.get('name') or []) for pl in gold.get('places', []))
                   for n in names):
            r.warn(f"{what}: {names[0]!r} is not among the places")

    # meetings
    for i, m in enumerate(gold.get("meetings", []) or []):
        if not isinstance(m, dict) or set(m) != {"participants", "location", "date"}:
            r.err(f"meetings[{i}] must have exactly the keys participants, location, date: {m!r}")
            continue
        parts = m["participants"]
        if not isinstance(parts, list) or len(parts) < 2:
            r.err(f"meetings[{i}]: needs at least 2 named participants")
            parts = parts if isinstance(parts, list) else []
        for j, p in enumerate(parts):
            person_ref(f"meetings[{i}].participants[{j}]", p)
        if m["location"] is not None:
            if not is_str_list(m["location"]):
                r.err(f"meetings[{i}].location must be null or a list of strings")
            elif not occurs(text, m["location"][0]):
                r.err(f"meetings[{i}].location: {m['location'][0]!r} does not occur verbatim in the text")
        if m["date"] is not None and not check_iso(m["date"]):
            r.err(f"meetings[{i}].date {m['date']!r} is not an ISO date")
        elif m["date"] is not None and check_iso(pub):
            gap = (datetime.date.fromisoformat(m["date"]) - datetime.date.fromisoformat(pub)).days
            if abs(gap) > 120:
                r.warn(f"meetings[{i}].date {m['date']} is {gap} days from published {pub}")

    # groups
    gkeys = {"size", "origins", "locations", "destination", "organizers", "members"}
    for i, g in enumerate(gold.get("groups", []) or []):
        if not isinstance(g, dict) or set(g) != gkeys:
            r.err(f"groups[{i}] must have exactly the keys {sorted(gkeys)}: {g!r}")
            continue
        s = g["size"]
        if s is not None and not (isinstance(s, list) and s and all(isinstance(x, int) and not isinstance(x, bool)
                                                                    and x > 0 for x in s)):
            r.err(f"groups[{i}].size must be null or a non-empty list of positive integers, got {s!r}")
        for k in ("origins", "locations", "organizers", "members"):
            if not isinstance(g[k], list):
                r.err(f"groups[{i}].{k} must be a list of alias lists")
                g[k] = []
        for j, o in enumerate(g["origins"]):
            if not is_str_list(o):
                r.err(f"groups[{i}].origins[{j}] must be a non-empty list of strings")
            elif not any(occurs(text, n) for n in o):
                r.err(f"groups[{i}].origins[{j}]: no alias of {o[0]!r} (country or demonym) occurs in the text")
        for j, l in enumerate(g["locations"]):
            place_ref(f"groups[{i}].locations[{j}]", l)
        if not is_str_list(g["destination"], allow_empty=True):
            r.err(f"groups[{i}].destination must be a list of strings")
        elif g["destination"] and not any(occurs(text, n) for n in g["destination"]):
            r.err(f"groups[{i}].destination: no alias of {g['destination'][0]!r} occurs in the text")
        for j, p in enumerate(g["organizers"]):
            person_ref(f"groups[{i}].organizers[{j}]", p, {"organizer"})
        for j, p in enumerate(g["members"]):
            person_ref(f"groups[{i}].members[{j}]", p, {"migrant"})


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    stems = sorted(f[:-len(".gold.json")] for f in os.listdir(folder) if f.endswith(".gold.json"))
    texts = sorted(f[:-len(".txt")] for f in os.listdir(folder) if f.endswith(".txt"))
    failed = 0
    shared = {}  # first alias of a person -> {stem: alias list}
    for t in sorted(set(texts) - set(stems)):
        print(f"{t}: FAIL\n  - {t}.txt has no {t}.gold.json")
        failed += 1
    for stem in stems:
        r = Report(stem)
        tpath = os.path.join(folder, stem + ".txt")
        if not os.path.exists(tpath):
            r.err(f"{stem}.txt is missing")
        else:
            text = open(tpath, encoding="utf-8").read()
            try:
                gold = json.load(open(os.path.join(folder, stem + ".gold.json"), encoding="utf-8"))
            except ValueError as e:
                r.err(f"invalid JSON: {e}")
                gold = None
            check_layout(r, text)
            if gold is not None:
                check_gold(r, gold, text, stem)
                for p in gold.get("people", []) if isinstance(gold, dict) else []:
                    if isinstance(p, dict) and is_str_list(p.get("name")):
                        shared.setdefault(p["name"][0], {})[stem] = p["name"]
        status = "ok" if not r.errors else "FAIL"
        counts = ""
        if os.path.exists(tpath) and not r.errors:
            g = gold
            counts = (f"  ({len(g['people'])} people, {len(g['officials'])} officials, {len(g['organizations'])} orgs, "
                      f"{len(g['places'])} places, {len(g['meetings'])} meetings, {len(g['groups'])} groups)")
        print(f"{stem}: {status}{counts}")
        for e in r.errors:
            print(f"  - {e}")
        for w in r.warnings:
            print(f"  ~ warning: {w}")
        failed += bool(r.errors)
    # people who appear in several articles must carry identical alias lists (for --merged)
    multi = {k: v for k, v in shared.items() if len(v) > 1}
    for name, per in sorted(multi.items()):
        lists = {json.dumps(v, ensure_ascii=False) for v in per.values()}
        status = "ok" if len(lists) == 1 else "FAIL"
        print(f"shared person {name!r} in {', '.join(sorted(per))}: {status}")
        if len(lists) != 1:
            print("  - alias lists differ between articles")
            failed += 1
    print(f"{len(stems) - failed if failed <= len(stems) else 0}/{len(stems)} articles pass")
    sys.exit(1 if failed or not stems else 0)


if __name__ == "__main__":
    main()
