#!/usr/bin/env python3
"""Deterministic synthetic news corpus for benchmarking newsgraph (issue 6).

    python3 scripts/gen_corpus.py --n 10000 --seed 1 --jsonl corpus.jsonl
    python3 scripts/gen_corpus.py --n 200 --seed 1 --out DIR --files

Every article is built from hand-written sentence templates (written for this script, not
taken from any corpus) that cover what the extractors handle: officials with titles and
countries in all the usual shapes, surname-only re-mentions, organisers, spokespeople,
migrants with nationality, bylines and photo credits, organisations with acronyms, countries,
states, towns ("the town of X", "X, Chiapas"), meetings with weekday or calendar dates and
participant lists, caravans with size figures and ranges, origins by demonym, departures,
transit and destinations, boilerplate lines and a repeated paragraph. Lengths follow news
articles (300-900 words of body, most around 500).

Person names come from data/given-names.txt and an invented-surname syllable generator, so a
large corpus has many distinct people. The output depends only on --n and --seed (and the
data files): the same arguments always give byte-identical files.

Outputs: --jsonl FILE (one {"url","title","published","text"} object a line) and/or --files
(one DIR/NNNNNN.txt per article: headline, blank line, body). With neither, --jsonl
DIR/corpus.jsonl is written.
"""

import argparse
import datetime
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")


def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


# --- general knowledge the templates use -------------------------------------------------

# Countries migrants come from, with (singular demonym, plural demonym).
ORIGINS = ["VE", "HN", "GT", "SV", "HT", "CU", "NI", "CO", "EC", "PE", "DO", "AF", "BD",
           "SN", "IN", "CN"]
# Countries whose officials appear, with the titles their officials carry.
OFFICIAL_COUNTRIES = ["MX", "US", "GT", "HN", "SV", "PA", "CR", "CO", "CA", "ES", "BR", "CL"]
TITLES_GENERIC = ["President", "Foreign Minister", "Interior Minister", "Security Minister",
                  "Migration Director", "Ambassador", "Deputy Foreign Minister",
                  "Immigration Minister", "Defense Minister", "Vice President"]
TITLES_US = ["Secretary of State", "Homeland Security Secretary", "Attorney General",
             "Deputy Secretary of State", "Border Patrol Chief", "Ambassador",
             "National Security Advisor", "President", "Vice President"]
TITLES_MX = ["President", "Foreign Secretary", "Interior Secretary", "Security Secretary",
             "Secretary of National Defense", "Ambassador"]
TOPICS = ["migration", "border security", "the flow of migrants toward the U.S. border",
          "asylum rules", "legal pathways for migrants", "trade and migration",
          "deportation flights", "smuggling networks", "humanitarian visas",
          "regional development aid", "the reopening of border crossings"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
OUTLETS = ["Reuters", "The Associated Press", "AFP", "EFE", "CNN", "Al Jazeera", "the BBC"]
# Route: Mexican states a caravan walks through, south to north.
ROUTE_STATES = ["Chiapas", "Oaxaca", "Veracruz", "Puebla", "Tabasco", "Guerrero",
                "State of Mexico", "Querétaro", "San Luis Potosí", "Nuevo León",
                "Coahuila", "Chihuahua", "Sonora", "Baja California", "Tamaulipas"]
DESTINATIONS = ["the U.S. border", "the United States", "Mexico City", "Tijuana",
                "Ciudad Juárez", "Monterrey", "the border with Texas", "Canada"]
LANDMARKS = ["Suchiate River", "Rodolfo Robles Bridge", "Darién Gap", "Paso del Norte Bridge",
             "Rio Grande", "Gateway International Bridge"]
VENUES = ["National Palace", "State Department", "foreign ministry", "White House",
          "presidential palace", "Casa Presidencial"]
NGO_HEADS = ["Foundation", "Network", "Coalition", "Center", "Association", "Alliance",
             "Project", "Initiative", "Committee"]
NGO_WORDS = ["Migrant", "Border", "Refugee", "Human Rights", "Solidarity", "Shelter",
             "Justice", "Dignity", "Pilgrims", "Accompaniment", "Hope", "Frontier"]
BOILERPLATE = ["Share this article", "Follow us on Twitter", "Sign up for our daily newsletter",
               "Read more: the latest on migration", "Comments are closed.",
               "Copyright 2024. All rights reserved.", "Advertisement",
               "Click here to subscribe", "Share on Facebook"]

SYL_ON = ["b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
          "gr", "ch", "ll", "qu", "tr", "cr", "pl", "h", "", "", "x", "k"]
SYL_NU = ["a", "e", "i", "o", "u", "a", "e", "o", "ia", "ue", "ei", "au"]
SYL_END = ["ez", "es", "as", "ado", "ero", "ino", "ano", "ón", "al", "ar", "is", "os", "ira",
           "ella", "eda", "ura", "ski", "ova", "ani", "ek", "sen", "ton", "ley", "ford"]


def load():
    k = {}
    countries = {}
    for r in rows("countries.tsv"):
        dem = [d for d in r[3].split("|") if d] if len(r) > 3 else []
        countries[r[0]] = (r[1], dem)
    k["countries"] = countries
    given = []
    for r in rows("given-names.txt"):
        n = r[0]
        if 3 <= len(n) <= 9 and n.isalpha() and n[0].isupper() and n[1:].islower():
            given.append(n)
    k["given"] = given
    cities = {}
    for r in rows("cities.tsv"):
        iso, name = r[3], r[1]
        if iso in ("MX", "GT", "HN", "SV", "US", "PA", "CR", "CO", "VE", "NI") and name.replace(" ", "").isalpha():
            cities.setdefault(iso, []).append((name, r[4]))
    k["cities"] = cities
    subs = {}
    for r in rows("subdivisions.tsv"):
        subs[r[0]] = r[2]
    k["subs"] = subs
    orgs = []
    for r in rows("organizations.tsv"):
        name, aliases = r[1], [a for a in r[2].split("|") if a]
        acr = next((a for a in aliases if a.replace(".", "").isupper() and 2 <= len(a) <= 6), None)
        orgs.append((name, acr))
    k["orgs"] = orgs
    return k


def an(word):
    return ("an " if word[0] in "AEIOU" else "a ") + word


def num(n):
    return f"{n:,}"


class Gen:
    def __init__(self, k, rng):
        self.k = k
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    # --- names ---
    def surname(self):
        r = self.r
        s = "".join(self.c(SYL_ON) + self.c(SYL_NU) for _ in range(r.randint(1, 2)))
        s = (s + self.c(SYL_END)).capitalize()
        return s if len(s) >= 4 else s + "ra"

    def person(self, role, **kw):
        r = self.r
        first = self.c(self.k["given"])
        last = self.surname()
        if r.random() < 0.25:  # Spanish double surname
            last = last + " " + self.surname()
        middle = self.c(self.k["given"]) + " " if r.random() < 0.1 else ""
        p = {"first": first, "last": last, "full": f"{first} {middle}{last}", "role": role,
             "mentioned": False}
        p.update(kw)
        return p

    def ref(self, p):
        """Full name the first time, surname after."""
        if p["mentioned"]:
            return p["last"]
        p["mentioned"] = True
        return p["full"]

    def country(self, iso):
        return self.k["countries"][iso][0]

    def dem(self, iso, plural=False):
        d = self.k["countries"][iso][1]
        if not d:
            return self.country(iso)
        if plural:
            pl = [x for x in d if x.endswith("s")]
            return pl[0] if pl else d[0]
        return d[0]

    def town(self, iso="MX"):
        return self.c(self.k["cities"][iso])

    def state_of(self, sub_code):
        return self.k["subs"].get(sub_code, "")


def official_intro(g, p):
    """The first mention of an official, in one of the shapes news uses."""
    iso, title = p["country"], p["title"]
    cname = g.country(iso)
    p["mentioned"] = True
    full = p["full"]
    shapes = [
        f"{g.dem(iso)} {title} {full}",
        f"{full}, {cname}'s {title.lower()},",
        f"{cname}'s {title} {full}",
        f"{full}, the {title.lower()} of {cname},",
    ]
    if iso == "US" and title != "President":
        shapes.append(f"{title} {full}")
        shapes.append(f"U.S. {title} {full}")
    return g.c(shapes)


def mention(g, p):
    if p["mentioned"]:
        return p["last"]
    if p["role"] == "official":
        return official_intro(g, p)
    return g.ref(p)


def make_article(g, i, base_date):
    r = g.r
    k = g.k
    published = base_date + datetime.timedelta(days=r.randint(0, 6 * 365))
    kind = r.choices(["caravan", "diplomacy", "both"], weights=[4, 3, 3])[0]

    # The cast.
    oc = r.sample(OFFICIAL_COUNTRIES, 3)
    if "MX" not in oc and r.random() < 0.6:
        oc[0] = "MX"
    officials = []
    for iso in oc:
        titles = TITLES_US if iso == "US" else TITLES_MX if iso == "MX" else TITLES_GENERIC
        officials.append(g.person("official", country=iso, title=g.c(titles)))
    origins = r.sample(ORIGINS, r.randint(2, 4))
    organizer = g.person("organizer")
    migrants = [g.person("migrant", country=g.c(origins)) for _ in range(r.randint(1, 3))]
    org_name, org_acr = g.c([o for o in k["orgs"] if o[1]])
    ngo = f"{g.c(NGO_WORDS)} {g.c(NGO_WORDS)} {g.c(NGO_HEADS)}"
    if len(set(ngo.split())) < 3:
        ngo = f"{g.surname()} {g.c(NGO_WORDS)} {g.c(NGO_HEADS)}"
    spokes = g.person("spokesperson")
    start_state = g.c(["Chiapas", "Chiapas", "Chiapas", "Tabasco", "Oaxaca"])
    mx_towns = k["cities"]["MX"]
    start_town = g.c(["Tapachula", "Ciudad Hidalgo", "Huixtla", "Tuxtla Gutiérrez"]) if start_state == "Chiapas" else g.c(mx_towns)[0]
    towns = [g.c(mx_towns)[0] for _ in range(3)]
    states = r.sample(ROUTE_STATES, 3)
    dest = g.c(DESTINATIONS)
    size = r.choice([300, 500, 800, 1200, 1500, 2000, 2500, 3000, 3500, 4000, 6000, 7000]) + r.randint(0, 9) * 50
    size2 = size + r.choice([500, 1000, 1500])
    n_countries = r.randint(5, 30)
    weekday = g.c(WEEKDAYS)
    meet_city, meet_country = g.c([("Mexico City", "Mexico"), ("Washington", "the United States"),
                                   ("Guatemala City", "Guatemala"), ("Tegucigalpa", "Honduras"),
                                   ("San Salvador", "El Salvador"), ("Panama City", "Panama"),
                                   ("Bogotá", "Colombia"), ("Ottawa", "Canada"), ("Madrid", "Spain"),
                                   (g.c(mx_towns)[0], "Mexico")])
    topic = g.c(TOPICS)
    day = f"{g.c(MONTHS)} {r.randint(1, 28)}"

    def O(j):
        return mention(g, officials[j % len(officials)])

    def M(j=0):
        p = migrants[j % len(migrants)]
        if p["mentioned"]:
            return p["last"]
        p["mentioned"] = True
        return g.c([f"{p['full']}, {an(g.dem(p['country']))} migrant,",
                    f"{p['full']}, {r.randint(19, 58)}, {an(g.dem(p['country']))} asylum seeker travelling with her children,",
                    f"{g.dem(p['country'])} migrant {p['full']}",
                    f"{p['full']}, who left {g.country(p['country'])} in {g.c(MONTHS)},"])

    def ORG():
        if r.random() < 0.5 and not getattr(ORG, "done", False):
            ORG.done = True
            return f"the {org_name} ({org_acr})"
        return org_acr if getattr(ORG, "done", False) else f"the {org_name}"

    def ORGZ():
        if organizer["mentioned"]:
            return organizer["last"]
        organizer["mentioned"] = True
        return g.c([f"organizer {organizer['full']}", f"{organizer['full']}, one of the organizers,",
                    f"caravan leader {organizer['full']}",
                    f"{organizer['full']}, an activist with the {ngo} who leads the caravan,"])

    def SP():
        if spokes["mentioned"]:
            return spokes["last"]
        spokes["mentioned"] = True
        return g.c([f"{spokes['full']}, a spokesperson for {ORG()},",
                    f"{ORG()} spokeswoman {spokes['full']}".replace("the ", "The ", 1) if r.random() < 0.5 else f"{spokes['full']}, a spokesman for the {ngo},"])

    def size_phrase():
        return g.c([f"about {num(size)}", f"more than {num(size)}", f"an estimated {num(size)}",
                    f"between {num(size)} and {num(size2)}", f"nearly {num(size)}",
                    f"some {num(size)}", f"as many as {num(size2)}", f"at least {num(size)}"])

    def demlist():
        ds = [g.dem(o, plural=True) for o in origins]
        return ", ".join(ds[:-1]) + " and " + ds[-1] if len(ds) > 1 else ds[0]

    caravan = [
        lambda: f"A caravan of {size_phrase()} migrants set out on foot on {weekday} from {start_town}, {start_state}, near Mexico's border with Guatemala.",
        lambda: f"The migrants, from {n_countries} countries, walked north along the coastal highway carrying backpacks and small children.",
        lambda: f"Most were {demlist()}, according to {g.c(OUTLETS)}.",
        lambda: f"{ORGZ()} put the figure higher. \"There are between {num(size)} and {num(size2)} people here, and more are joining every hour,\" {organizer['last']} said.",
        lambda: f"The group was heading toward {dest} and did not plan to stop, {ORGZ()} said.",
        lambda: f"By nightfall the caravan had reached the town of {towns[0]}, where residents handed out water and tortillas.",
        lambda: f"The caravan passed through {towns[1]}, {states[0]}, on {g.c(WEEKDAYS)} and was expected to continue to {towns[2]}.",
        lambda: f"{M(0)} said she had waited four months in {start_town} for an asylum appointment that never came.",
        lambda: f"\"We cannot work here and we cannot leave legally, so we walk,\" {M(0)} said. She left {g.town(migrants[0]['country'] if migrants[0]['country'] in k['cities'] else 'HN')[0]} in {g.c(MONTHS)}.",
        lambda: f"{M(1)} said he had crossed the {g.c(LANDMARKS)} with his two sons before joining the march.",
        lambda: f"Members of the National Guard watched the march from the roadside but did not try to stop it, {SP()} said.",
        lambda: f"{SP()} said the agency would offer humanitarian visas to families who asked for them.",
        lambda: f"The caravan departed from {start_town} on {weekday} and was bound for {dest}.",
        lambda: f"Some {num(size // 3)} people left the group in {states[1]} after authorities offered them transit permits.",
        lambda: f"Another group of roughly {num(size // 2)} migrants, mostly {g.dem(g.c(origins), True)}, crossed into {states[2]} later in the week.",
        lambda: f"{ORG()} estimated that {num(size * 3)} people had crossed the {g.c(LANDMARKS)} so far this month.",
        lambda: f"Authorities in {g.c(['Guatemala', 'Honduras', 'Panama', 'Costa Rica'])} said they had registered more than {num(size * 10)} migrants since January.",
        lambda: f"The march slowed in the heat as it moved through {states[0]} and {states[1]}.",
        lambda: f"Previous caravans that left southern Mexico dissolved within days, their members taking buses north or applying for papers in {g.c(['Oaxaca', 'Mexico City', 'Tapachula'])}.",
        lambda: f"{ORGZ()} said the group would rest in {towns[0]}, {states[0]}, before heading to {dest}.",
        lambda: f"The caravan left {start_town} before dawn, a day after {SP()} said the group would be allowed to pass.",
        lambda: f"Police and immigration agents set up a checkpoint outside {towns[1]}, in the state of {states[0].replace('State of ', '')}, but let the marchers through.",
        lambda: f"{M(2)} said the group included pregnant women, elderly people and dozens of children.",
        lambda: f"Most of the migrants are {g.dem(origins[0], True)}, with smaller numbers of {g.dem(origins[1], True)}, organizers said.",
        lambda: f"{ORG()} said it had counted {num(size2)} people in the caravan when it crossed into {states[1]}.",
        lambda: f"The group walked about 30 kilometres on {g.c(WEEKDAYS)}, from {towns[0]} to {towns[1]}.",
        lambda: f"{ORGZ()} said the group had asked {ORG()} for help with food and medical care.",
        lambda: f"Residents of {towns[2]}, a town in {states[1]}, gave the marchers water and fruit.",
    ]
    diplomacy = [
        lambda: f"{O(0)} met {O(1)} in {meet_city} on {weekday} to discuss {topic}.",
        lambda: f"{O(0)} held talks with {O(1)} and {O(2)} at the {g.c(VENUES)} in {meet_city}, which lasted more than two hours.",
        lambda: f"{O(1)} will meet {O(0)} in {meet_city} next week to discuss {topic}, officials said.",
        lambda: f"{O(0)} spoke by phone with {O(2)} on {g.c(WEEKDAYS)}, according to a statement from {ORG()}.",
        lambda: f"The two met on {day} in {meet_city}, {meet_country}, in the first such visit in years.",
        lambda: f"{O(2)} said after the meeting that {g.country(officials[2 % len(officials)]['country'])} would keep \"a humane policy\" toward migrants.",
        lambda: f"{O(1)} called for more investment in Central America to reduce the pressures that push people to leave.",
        lambda: f"{O(0)} is scheduled to visit {meet_city} on {day} for a regional summit on {topic}.",
        lambda: f"Officials from {g.country(oc[0])}, {g.country(oc[1])} and {g.country(oc[2])} are meeting in {meet_city} this week, {SP()} said.",
        lambda: f"{O(0)} said the two governments had agreed to set up a working group on {topic} that would report back within a month.",
        lambda: f"{O(1)} was accompanied by {O(2)} during the visit to the {g.c(VENUES)}.",
        lambda: f"The talks, focused on {topic}, were the second round this year, {O(0)} told reporters.",
        lambda: f"{O(2)} arrived in {meet_city} on {g.c(WEEKDAYS)} for two days of meetings with {O(0)} and {O(1)}.",
        lambda: f"A spokesperson for {ORG()} said the agency had not been invited to the talks.",
        lambda: f"{O(1)} and {O(0)} signed a joint declaration on {topic} at the end of the visit.",
        lambda: f"The meeting between {O(0)} and {O(2)} was postponed last month after a dispute over deportation flights.",
        lambda: f"{O(1)} told {g.c(OUTLETS)} that the summit in {meet_city} would focus on {topic}.",
        lambda: f"Earlier this year, {O(2)} hosted {O(1)} in {g.country(officials[2]['country'])} for talks on {topic}.",
        lambda: f"\"We have agreed to work together,\" {O(0)} said in a joint news conference with {O(1)}.",
    ]
    filler = [
        "Officials said the numbers had risen sharply since the start of the year.",
        "The route north is long and dangerous, and many travel with little money.",
        "Shelters along the way are full, and many families sleep in parks and plazas.",
        "Rights groups have criticised the policy, saying it pushes people toward smugglers.",
        "The government has said it wants an orderly and humane process.",
        "Temperatures reached 38 degrees Celsius during the afternoon.",
        "Local businesses complained that the crowds had slowed trade in the town centre.",
        "Most of those interviewed said they planned to request asylum.",
        "Buses and trucks stopped to offer rides, though police warned drivers against it.",
        "The issue has become central to the election campaign.",
        "Analysts said the agreement was unlikely to change much in the short term.",
        "Critics called the measures a political gesture ahead of the vote.",
        "Children made up about a third of the group, aid workers estimated.",
        "The statement did not give details of the plan or say how it would be paid for.",
        "Several people were treated for blisters and dehydration at a roadside clinic.",
        "The road north passes through areas where criminal groups extort travellers.",
    ]

    pools = {"caravan": (caravan, [diplomacy]), "diplomacy": (diplomacy, [caravan]),
             "both": (caravan + diplomacy, [])}
    main, others = pools[kind]

    # Headline.
    if kind == "diplomacy":
        headline = g.c([f"{g.country(oc[0])} and {g.country(oc[1])} hold talks on {topic}",
                        f"{officials[0]['title']} visits {meet_city} as migration talks continue",
                        f"Officials meet in {meet_city} to discuss {topic}"])
    else:
        headline = g.c([f"Migrant caravan of thousands sets out from {start_town}",
                        f"Caravan heads toward {dest} as numbers grow",
                        f"Thousands of migrants march through {states[0]}",
                        f"Migrants leave {start_town} on foot, bound for {dest}"])
    headline = headline[0].upper() + headline[1:]

    target = int(r.triangular(300, 820, 460))
    paras = []
    lead = []
    if r.random() < 0.4:
        lead.append(f"By {g.person('reporter')['full']}" + g.c(["", f" and {g.person('reporter')['full']}", ", Reuters"]))
    if r.random() < 0.3:
        lead.append(f"(Photo: {g.person('photographer')['full']}/{g.c(['Reuters', 'AP', 'AFP'])})")
    # Sentences are drawn without replacement, as a reporter does not repeat himself.
    main = r.sample(main, len(main))
    side = r.sample(others[0], len(others[0])) if others else []
    filler = r.sample(filler, len(filler))
    words = 0
    first = True
    while words < target and (main or side or filler):
        n = r.randint(2, 4)
        sents = []
        for _ in range(n):
            x = r.random()
            src = main if x < 0.62 else side if x < 0.75 else filler
            src = src or main or side or filler
            if src:
                t = src.pop() if src is filler else src.pop()()
                sents.append(t[0].upper() + t[1:])
        if not sents:
            break
        p = " ".join(sents)
        if first and r.random() < 0.35:
            p = f"{g.c(['TAPACHULA', 'MEXICO CITY', 'WASHINGTON', 'GUATEMALA CITY', 'CIUDAD JUAREZ'])}, {g.c(['Mexico', 'Guatemala'])} ({g.c(['AP', 'Reuters', 'AFP'])}) — " + p
        first = False
        paras.append(p)
        words += len(p.split())
    if len(paras) > 2 and r.random() < 0.3:  # a paragraph repeated word for word
        paras.insert(r.randint(len(paras) // 2, len(paras)), paras[r.randint(1, len(paras) // 2)])
    tail = r.sample(BOILERPLATE, r.randint(0, 3))
    body = "\n\n".join(lead + paras + tail) + "\n"
    slug = "-".join(w.lower() for w in headline.split()[:6] if w.isalpha())
    url = f"https://news.example.org/{published:%Y/%m/%d}/{slug}-{i:06d}"
    return {"url": url, "title": headline, "published": published.isoformat(), "text": body}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of articles")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=".", help="folder for --files (and the default JSONL)")
    ap.add_argument("--jsonl", help="write all articles to this JSON Lines file")
    ap.add_argument("--files", action="store_true", help="write one .txt file per article into --out")
    a = ap.parse_args(argv)
    k = load()
    rng = random.Random(a.seed)
    g = Gen(k, rng)
    base = datetime.date(2018, 1, 1)
    jsonl = a.jsonl or (None if a.files else os.path.join(a.out, "corpus.jsonl"))
    if a.files or not a.jsonl:
        os.makedirs(a.out, exist_ok=True)
    jf = open(jsonl, "w", encoding="utf-8", newline="\n") if jsonl else None
    total = 0
    for i in range(a.n):
        art = make_article(g, i, base)
        total += len(art["text"].encode())
        if jf:
            jf.write(json.dumps(art, ensure_ascii=False) + "\n")
        if a.files:
            with open(os.path.join(a.out, f"{i:06d}.txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write(art["title"] + "\n\n" + art["text"])
    if jf:
        jf.close()
    print(f"{a.n} articles, {total / 1e6:.1f} MB of text (seed {a.seed})", file=sys.stderr)


if __name__ == "__main__":
    main()
