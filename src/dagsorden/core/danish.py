"""Danish vocabulary the parser relies on: months, abbreviations, bodies, job titles, first names.

There is no offline Danish language model, so the parser works from rules and these word lists.
Each list is small, general (nothing here is taken from one document) and easy to extend.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "januar": 1,
    "februar": 2,
    "marts": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
    # Abbreviations, as written in minutes ('6. feb', '1. sept.').
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

MONTH_NAMES_DA = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]

# Abbreviations whose period does not end a sentence. Lower case, without the final period.
# Left out on purpose: 'man', 'min', 'søn', 'el' are also words that end sentences.
ABBREVIATIONS = frozenset(
    (
        "ifm",
        "ift",
        "mht",
        "vedr",
        "bl.a",
        "f.eks",
        "fx",
        "kl",
        "nr",
        "pr",
        "pga",
        "jf",
        "jvf",
        "evt",
        "inkl",
        "ekskl",
        "ca",
        "mv",
        "m.v",
        "mfl",
        "m.fl",
        "osv",
        "dvs",
        "etc",
        "d",
        "dags",
        "hhv",
        "iht",
        "afd",
        "ass",
        "udv",
        "tlf",
        "mio",
        "mia",
        "kr",
        "pkt",
        "stk",
        "fhv",
        "sek",
        "ndr",
        "ang",
        "pct",
        "ons",
        "tors",
        "lør",
        "tirs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
        # Less common, all seen in Danish minutes ('vha. DI', 'p.t. Rådhuset', 'Gl. Estrup',
        # 'St. Restrup', 'Skt. Hans').
        "vha",
        "p.t",
        "pt",
        "gl",
        "st",
        "skt",
        "a.h.t",
        "aht",
        "iflg",
        "div",
        "resp",
        "vs",
        "m.m",
        "o.l",
        "konst",  # konstitueret: 'konst. socialchef'
        "kst",
        "fg",  # fungerende
        "fung",
        # 'ifht. Udbud', 'mhp. Samarbejde', 'v/ sekr. Kim Jensen', 'dir. Anne Bech'
        "ifht",
        "mhp",
        "m.h.p",
        "m.h.t",
        "i.f.t",
        "p.g.a",
        "sekr",
        "dir",
        "tidl",
        "o.lign",
        "el.lign",
        "gns",
        "alm",
    )
)

# Abbreviations that often end a sentence ('… 5 mio. kr.', '… bygninger mv.'): before a
# capitalised word they do.
# Months written short end one too: '… d. 6. feb. Direktionen drøftede …'.
SENTENCE_FINAL_ABBREVIATIONS = frozenset(
    ("kr", "mv", "m.v", "mfl", "m.fl", "osv", "etc", "pct", "stk", "m.m", "o.l")
    + ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec")
)

# Bodies: the name as written in 'Beslutning i <name>' and the code used in 'Sagsgang'.
BODIES: dict[str, str] = {
    "direktionen": "DIR",
    "økonomiudvalget": "ØK",
    "kommunalbestyrelsen": "KB",
    "byrådet": "BR",
    "miljø- og teknikudvalget": "MTU",
    "hovedudvalget": "HU",
    "børne- og ungdomsudvalget": "BUU",
    "social- og sundhedsudvalget": "SSU",
    "kultur- og udviklingsudvalget": "KUU",
    "erhvervs- og arbejdsmarkedsudvalget": "EAU",
}
BODY_CODES = frozenset(BODIES.values()) | {"ØU"}
# Longest first, so that a name inside another is not found first.
BODIES_LONGEST_FIRST = sorted(BODIES, key=len, reverse=True)
# Words that name a body inside running text ('på direktionsmødet', 'i direktionen').
BODY_WORDS: dict[str, str] = {
    "direktionen": "DIR",
    "direktionsmødet": "DIR",
    "direktionsmøde": "DIR",
    "økonomiudvalget": "ØK",
    "kommunalbestyrelsen": "KB",
    "byrådet": "BR",
    "hovedudvalget": "HU",
}


def body_code(name: str) -> str | None:
    """The code of a body given its name ('Direktionen' → 'DIR', also without the definite
    ending: 'Beslutning i Direktion den …'); None when unknown."""
    key = re.sub(r"\s+", " ", name.strip().lower())
    code = BODIES.get(key) or BODIES.get(key + "en") or BODIES.get(key + "et")
    if code:
        return code
    if name.strip().upper() in BODY_CODES:
        return name.strip().upper()
    return None


def body_written_out(name: str) -> str:
    """A body's name as the minutes write it: a known body's code or its name without the
    definite ending ('DIR', 'Direktion') as its name ('Direktionen'); others as they are."""
    if name.lower() in BODIES:
        return name
    code = body_code(name)
    return (body_name(code) if code else None) or name


_NAME_WORD_RE = re.compile(r"[^\W\d_]+")


# The last part of a body's compound name, its own letter in a code: 'udvalg' a U, 'råd' an
# R ('Ældrerådet' → 'ÆR'), with their definite forms.
_BODY_KINDS = {
    "udvalg": ("udvalg", "udvalget"),
    "råd": ("råd", "rådet"),
    "bestyrelse": ("bestyrelse", "bestyrelsen"),
    "gruppe": ("gruppe", "gruppen"),
}


def committee_code(name: str) -> str:
    """A code for a body's name no list knows, as municipalities make them: each word's
    first letter, 'og' left out, and the last part of a compound its own letter
    ('Børne- og familieudvalget' → 'BFU', 'Beskæftigelsesudvalget' → 'BU', 'Ældrerådet' →
    'ÆR')."""
    letters = []
    for word in _NAME_WORD_RE.findall(name):
        low = word.lower()
        if low in ("og", "for", "i", "af"):
            continue
        letters.append(word[0])
        for kind, forms in _BODY_KINDS.items():
            if low.endswith(forms) and low.find(kind, 1) > 0:
                letters.append(kind[0])
                break
    return "".join(letters).upper()[:20] or "?"


def is_council(name: str) -> bool:
    """Does the name name a council heard on cases ('Ældrerådet', 'Handicaprådet'), not a
    council that decides (the municipal 'Byråd', 'Kommunalbestyrelsen')?"""
    low = name.lower().rstrip()
    return low.endswith(_BODY_KINDS["råd"]) and not low.endswith(("byråd", "byrådet"))


def body_name(code: str) -> str | None:
    """The written name of a body code ('DIR' → 'Direktionen')."""
    for name, c in BODIES.items():
        if c == code:
            return name[0].upper() + name[1:]
    return None


# Headings that stand on every meeting's agenda and are no case of their own: two items under
# one of them, in two bodies' meetings, are not one case (meetings/cases.py).
_STANDING_HEADINGS = frozenset(
    (
        "punkter til behandling",
        "sager til behandling",
        "godkendelse af dagsorden",
        "godkendelse af dagsordenen",
        "godkendelse af referat",
        "godkendelse af referatet",
        "eventuelt",
        "evt",
        "meddelelser",
        "meddelelser og orientering",
        "orientering",
        "orienteringer",
        "orienteringssager",
        "gensidig orientering",
        "orientering fra formanden",
        "orientering fra direktionen",
        "underskriftsblad",
        "underskrifter",
        "lukket punkt",
        "lukket sag",
        "lukkede punkter",
    )
)


# The same as a pattern, for Python and for SQL (Django's iregex: SQLite's REGEXP and
# PostgreSQL's ~* both read it): its number and final punctuation aside, in any case.
STANDING_HEADING_PATTERN = (
    r"^\s*(?:[0-9]+\.?\s*)?(?:"
    + "|".join(r"\s+".join(h.split()) for h in sorted(_STANDING_HEADINGS))
    + r")[\s.:]*$"
)
_STANDING_HEADING_RE = re.compile(STANDING_HEADING_PATTERN, re.IGNORECASE)


# The headings other agenda systems part a case's presentation with, after what it says:
# its economy, time plan, grounds, hearing. A list of points ends before one.
PRESENTATION_SUBHEADINGS = frozenset(
    line.strip()
    for line in """økonomi
    økonomi og finansiering
    økonomiske konsekvenser
    økonomiske og personalemæssige konsekvenser
    personalemæssige konsekvenser
    finansiering
    bevilling
    tidsplan
    retsgrundlag
    lovgrundlag
    høring
    kommunikation
    vurdering
    administrationens vurdering
    forvaltningens vurdering
    beslutningskompetence
    videre proces
    den videre proces
    sagens videre forløb
    miljøvurdering
    miljømæssige konsekvenser
    klimamæssige konsekvenser
    sundhedsmæssige konsekvenser
    relation til verdensmålene""".splitlines()
)


def is_presentation_subheading(text: str) -> bool:
    """Is the line ('Økonomi og finansiering', 'Tidsplan:') a heading of the presentation's
    own parts?"""
    return len(text) <= 60 and text.rstrip(": ").lower() in PRESENTATION_SUBHEADINGS


def is_standing_heading(title: str) -> bool:
    """'Eventuelt', 'Godkendelse af dagsorden.', 'Punkter til behandling': a heading of every
    meeting (its number and final punctuation aside)."""
    return _STANDING_HEADING_RE.match(title) is not None


# Endings of Danish job titles. A word ending in one of these, followed by a capitalised
# name, is read as '<title> <name>'.
TITLE_ENDINGS = (
    "chef",
    "direktør",
    "konsulent",
    "leder",
    "borgmester",
    "formand",
    "sekretær",
    "medarbejder",
    "koordinator",
    "rådgiver",
    "fuldmægtig",
    "specialist",
    "assistent",
    "økonom",
    "jurist",
    "advokat",
    "revisor",
    "analytiker",
    "repræsentant",
    "ansvarlig",
    "udvikler",
    "planlægger",
    "controller",
    "partner",
    "arkitekt",
    "ingeniør",
    "psykolog",
    "plejerske",  # syge-, sundheds-
    "terapeut",  # ergo-, fysio-
    "pædagog",
    "inspektør",  # skole-, vice-
    "referent",
    "medlem",
    "direktor",
    "professor",
    "lektor",
    "forstander",
    "tovholder",
    "sagsbehandler",  # (not 'behandler': 'ØK behandler …' is a verb)
    "læge",  # kommunal-, over-
    "rådmand",
)

# Common Danish first names (Danmarks Statistik's most frequent, both sexes). Used to tell
# where a name starts after a title that itself ends in capitalised words, as in
# 'chef for Vej og Ejendom Kim T. Jensen'. A name not listed here is still found, with a
# weaker rule (see people.py).
FIRST_NAMES = frozenset(
    [
        "Aage",
        "Aase",
        "Adam",
        "Agnes",
        "Agnete",
        "Aksel",
        "Albert",
        "Alberte",
        "Alexander",
        "Alfred",
        "Ali",
        "Alice",
        "Allan",
        "Alma",
        "Amalie",
        "Amanda",
        "Anders",
        "Andreas",
        "Ane",
        "Anette",
        "Anita",
        "Anja",
        "Anker",
        "Ann",
        "Anna",
        "Anne",
        "Anne-Grethe",
        "Anne-Marie",
        "Anne-Mette",
        "Annelise",
        "Annemarie",
        "Annemette",
        "Annette",
        "Anni",
        "Anton",
        "Arne",
        "Asger",
        "Asta",
        "Astrid",
        "Axel",
        "Benedikte",
        "Benjamin",
        "Benny",
        "Bent",
        "Bente",
        "Berit",
        "Bertel",
        "Bettina",
        "Birger",
        "Birgit",
        "Birgitte",
        "Birte",
        "Birthe",
        "Bitten",
        "Bjarke",
        "Bjarne",
        "Bjørn",
        "Bo",
        "Bodil",
        "Brian",
        "Britt",
        "Britta",
        "Bruno",
        "Camilla",
        "Carina",
        "Carl",
        "Carlo",
        "Caroline",
        "Carsten",
        "Casper",
        "Cecilie",
        "Charlotte",
        "Chris",
        "Christa",
        "Christel",
        "Christian",
        "Christina",
        "Christine",
        "Christoffer",
        "Christopher",
        "Claes",
        "Clara",
        "Claus",
        "Conni",
        "Connie",
        "Conny",
        "Curt",
        "Dagmar",
        "Dan",
        "Daniel",
        "Danny",
        "David",
        "Dennis",
        "Didde",
        "Dina",
        "Dines",
        "Ditte",
        "Dorrit",
        "Dorte",
        "Dorthe",
        "Dorthea",
        "Ebbe",
        "Edith",
        "Egon",
        "Eigil",
        "Ejnar",
        "Ejner",
        "Ejvind",
        "Elin",
        "Elisabeth",
        "Ella",
        "Ellen",
        "Ellinor",
        "Elly",
        "Elmer",
        "Elsa",
        "Else",
        "Elsebeth",
        "Emil",
        "Emilia",
        "Emilie",
        "Emma",
        "Erik",
        "Erling",
        "Esben",
        "Eske",
        "Eskild",
        "Ester",
        "Esther",
        "Eva",
        "Evald",
        "Fie",
        "Finn",
        "Flemming",
        "Folmer",
        "Frands",
        "Frank",
        "Frans",
        "Freddy",
        "Frederik",
        "Freja",
        "Frida",
        "Frits",
        "Frode",
        "Georg",
        "Gerda",
        "Gert",
        "Gertrud",
        "Gitte",
        "Gorm",
        "Gregers",
        "Grete",
        "Grethe",
        "Gry",
        "Gudrun",
        "Gunhild",
        "Gunnar",
        "Gurli",
        "Gustav",
        "Halfdan",
        "Hanna",
        "Hannah",
        "Hanne",
        "Hans",
        "Hans-Henrik",
        "Hans-Jørgen",
        "Harald",
        "Hardy",
        "Harry",
        "Hasse",
        "Heidi",
        "Heine",
        "Helen",
        "Helena",
        "Helene",
        "Helga",
        "Helge",
        "Hella",
        "Helle",
        "Henning",
        "Henriette",
        "Henrik",
        "Henry",
        "Herdis",
        "Herluf",
        "Hilda",
        "Hjalte",
        "Hjørdis",
        "Holger",
        "Hugo",
        "Ib",
        "Iben",
        "Ida",
        "Inga",
        "Inge",
        "Inger",
        "Ingolf",
        "Ingrid",
        "Irene",
        "Irma",
        "Isabella",
        "Ivan",
        "Jack",
        "Jacob",
        "Jacqueline",
        "Jakob",
        "Jan",
        "Jane",
        "Janne",
        "Janni",
        "Jannie",
        "Jannik",
        "Jeanett",
        "Jeanette",
        "Jenny",
        "Jens",
        "Jens-Peter",
        "Jeppe",
        "Jesper",
        "Jette",
        "Jimmi",
        "Jimmy",
        "Joachim",
        "Johan",
        "Johanne",
        "Johannes",
        "John",
        "Johnny",
        "Jon",
        "Jonas",
        "Jonatan",
        "Jonathan",
        "Jonna",
        "Josefine",
        "Josephine",
        "Juliane",
        "Julie",
        "Jytte",
        "Jørgen",
        "Jørn",
        "Kaare",
        "Kai",
        "Kaj",
        "Kamilla",
        "Kamma",
        "Karen",
        "Karin",
        "Karina",
        "Karl",
        "Karl-Erik",
        "Karla",
        "Karoline",
        "Karsten",
        "Kasper",
        "Kathrine",
        "Katja",
        "Katrine",
        "Keld",
        "Kenn",
        "Kenneth",
        "Kenny",
        "Kent",
        "Ketil",
        "Kim",
        "Kirsten",
        "Kirstine",
        "Kjeld",
        "Klaus",
        "Knud",
        "Kresten",
        "Kristen",
        "Kristian",
        "Kristina",
        "Kristine",
        "Kristoffer",
        "Kurt",
        "Kåre",
        "Laila",
        "Lajla",
        "Lars",
        "Lars-Erik",
        "Lasse",
        "Lauge",
        "Laura",
        "Lea",
        "Leif",
        "Lena",
        "Lene",
        "Lennart",
        "Leo",
        "Leon",
        "Lilian",
        "Lilli",
        "Lillian",
        "Lilly",
        "Linda",
        "Line",
        "Lis",
        "Lisa",
        "Lisbet",
        "Lisbeth",
        "Lise",
        "Lise-Lotte",
        "Lisette",
        "Liv",
        "Lone",
        "Lotta",
        "Lotte",
        "Louise",
        "Lucas",
        "Lukas",
        "Lykke",
        "Lærke",
        "Mads",
        "Magne",
        "Magnus",
        "Mai",
        "Maiken",
        "Maja",
        "Majbritt",
        "Malene",
        "Mallene",
        "Malou",
        "Malte",
        "Marc",
        "Marcus",
        "Margit",
        "Margrethe",
        "Maria",
        "Mariann",
        "Marianne",
        "Marie",
        "Marie-Louise",
        "Mark",
        "Markus",
        "Marlene",
        "Martha",
        "Martin",
        "Mathias",
        "Mathilde",
        "Max",
        "Merete",
        "Merethe",
        "Mette",
        "Mette-Marie",
        "Mia",
        "Michael",
        "Michelle",
        "Mie",
        "Mikael",
        "Mikkel",
        "Mille",
        "Mogens",
        "Mohamed",
        "Mohammed",
        "Mona",
        "Morten",
        "Nadia",
        "Naja",
        "Nanna",
        "Nick",
        "Nicklas",
        "Niclas",
        "Nicolai",
        "Nicolaj",
        "Nicoline",
        "Niels",
        "Niklas",
        "Nikolaj",
        "Nils",
        "Nina",
        "Ninette",
        "Ninna",
        "Noah",
        "Nora",
        "Oda",
        "Ole",
        "Oliver",
        "Olivia",
        "Orla",
        "Oscar",
        "Oskar",
        "Otto",
        "Ove",
        "Palle",
        "Patrick",
        "Peder",
        "Pelle",
        "Per",
        "Pernille",
        "Peter",
        "Petra",
        "Philip",
        "Phillip",
        "Pia",
        "Poul",
        "Povl",
        "Preben",
        "Ragnhild",
        "Randi",
        "Rasmus",
        "Rebecca",
        "Rebekka",
        "Regner",
        "Rene",
        "René",
        "Richard",
        "Rie",
        "Rikke",
        "Rita",
        "Robert",
        "Rolf",
        "Ronja",
        "Ronni",
        "Ronnie",
        "Rosa",
        "Rudi",
        "Rune",
        "Ruth",
        "Sabrina",
        "Sandra",
        "Sanne",
        "Sara",
        "Sarah",
        "Sebastian",
        "Selma",
        "Sidse",
        "Sidsel",
        "Signe",
        "Sigurd",
        "Silas",
        "Silje",
        "Simon",
        "Sine",
        "Siri",
        "Sisse",
        "Sofia",
        "Sofie",
        "Solveig",
        "Sonja",
        "Sophia",
        "Sophie",
        "Steen",
        "Stefan",
        "Steffen",
        "Sten",
        "Stephan",
        "Stig",
        "Stina",
        "Stine",
        "Sune",
        "Sus",
        "Susan",
        "Susanne",
        "Susie",
        "Sussi",
        "Sven",
        "Svend",
        "Svenning",
        "Søren",
        "Sørine",
        "Søs",
        "Tage",
        "Tanja",
        "Tenna",
        "Therese",
        "Thilde",
        "Thomas",
        "Thor",
        "Thorben",
        "Thorkild",
        "Thyge",
        "Thyra",
        "Tilde",
        "Tim",
        "Tina",
        "Tine",
        "Tinna",
        "Tobias",
        "Tom",
        "Tommy",
        "Tonni",
        "Tonny",
        "Torben",
        "Torkild",
        "Torsten",
        "Tove",
        "Trine",
        "Trine-Lise",
        "Troels",
        "Ture",
        "Uffe",
        "Ulla",
        "Ulrich",
        "Ulrik",
        "Ulrikke",
        "Ursula",
        "Vagn",
        "Valborg",
        "Valdemar",
        "Vera",
        "Verner",
        "Vibeke",
        "Victor",
        "Vigga",
        "Viggo",
        "Viktor",
        "Vilhelm",
        "Villads",
        "Villy",
        "Vilma",
        "Vita",
        "Vivi",
        "Vivian",
        "Werner",
        "William",
        "Willy",
        "Winnie",
        "Xenia",
        "Yvonne",
        "Zenia",
        "Åge",
        "Åse",
        "Øjvind",
    ]
)

# How long capitalised nouns end, that no Danish surname does: the first word of the next
# line, run on to a name that ended a line without a period ('… Kim T. Jensen' /
# 'Budgetopfølgning for 2021'). Only words of ten letters or more ('Henning' is a name).
NOUN_ENDINGS = ("ning", "else", "tion", "hed", "skab", "ering", "ighed")


def is_long_noun(word: str) -> bool:
    return len(word) >= 10 and word.lower().endswith(NOUN_ENDINGS)


# fmt: off
_SENTENCE_OPENERS = [
    "Der", "Det", "Den", "Dette", "Denne", "Disse", "Han", "Hun", "Vi", "Man", "Hvis", "Når",
    "Da", "Så", "Men", "Og", "Eller", "Som", "Efter", "Før", "Inden", "Under", "Med", "Til",
    "Fra", "For", "På", "Af", "Ved", "Hvor", "Hvad", "Her", "Nu", "Desuden", "Derudover",
    "Endvidere", "Herudover", "Sagen", "Punktet", "Punkterne", "Mødet",
]
# … and words a heading or an answer opens with, after a heading that ends in a name
# ('Dialogmøde med HR-chef Eva Lund' / 'Årligt dialogmøde blev holdt …', 'Status på …')
_HEADING_OPENERS = [
    "Årligt", "Årlig", "Status", "Dialogmøde", "Dialogmøder", "Budget", "Budgettet",
    "Sparring", "Drøftelse", "Drøftelsen", "Oplæg", "Oplægget", "Fælles", "Ny", "Nyt", "Nye",
    "Plan", "Planen", "Strategi", "Strategien", "Handleplan", "Tidsplan", "Tidsplanen",
    "Proces", "Processen", "Møde", "Seminar", "Seminaret", "Temamøde", "Eventuelt",
    "Meddelelser", "Indstilling", "Beslutning", "Bilag", "Afbud", "Fraværende",
    "Sagsfremstilling", "Sagsgang", "Kommissorium", "Kommissoriet", "Referat", "Referatet",
    "Dagsorden", "Dagsordenen", "Godkendt", "Godkendelse", "Drøftet", "Taget", "Udsat",
    "Tiltrådt", "Ansvarlig", "Deltagere", "Materialet", "Materiale", "Årsplan", "Årsplanen",
    "Årshjul", "Årshjulet",
]
# fmt: on
# Words that open the next sentence or heading, where a name ran into it.
OPENERS = frozenset(_SENTENCE_OPENERS + _HEADING_OPENERS)
# Capitalised words that are never part of a person's name (they name places and units).
NOT_NAME_WORDS = frozenset(
    [
        "Direktionen",
        "Kommune",
        "Kommunes",
        "Kommunen",
        "Norddjurs",
        "Region",
        "Danmark",
        "Dansk",
        "Industri",
        "KL",
        "Sekretariat",
        "Sekretariatet",
        "Vej",
        "Ejendom",
        "Ejendomme",
        "Afdeling",
        "Center",
        "Team",
        "Staben",
        "Stab",
        "HR",
        "IT",
        "Økonomi",
        "Økonomiudvalget",
        "Kommunalbestyrelsen",
        "Byrådet",
        "Hovedudvalget",
        "Udvalget",
        "Forvaltning",
    ]
    # Words a sentence opens with: a heading folded into its text ('Årligt dialogmøde med
    # HR-chef Anne Marie Dahl Andersen' / 'Der var en god dialog.') names nobody 'Andersen Der'.
    + _SENTENCE_OPENERS
    + _HEADING_OPENERS
)

# Words that, after a name, make it the name of a place, a building or an institution
# ('Karen Blixens Vej', 'Marie Kruses Skole', 'Niels Bohr Instituttet'): no person there.
# Place words that are Danish surnames too ('Torben Gade', 'Bente Strand'): the last of a name
# of two words is then the surname; a street is named in the genitive ('Jens Baggesens Gade').
SURNAME_PLACE_WORDS = frozenset(["Gade", "Strand"])
PLACE_WORDS = frozenset(
    [
        "Allé",
        "Alle",
        "Bibliotek",
        "Biblioteket",
        "Boulevard",
        "Børnehave",
        "Center",
        "Centret",
        "Fond",
        "Fonden",
        "Gade",
        "Gymnasium",
        "Hallen",
        "Havn",
        "Hospital",
        "Hotel",
        "Hus",
        "Huset",
        "Instituttet",
        "Kirke",
        "Klinik",
        "Klub",
        "Kollegium",
        "Museum",
        "Museet",
        "Akademi",
        "Akademiet",
        "Arkitekter",
        "Entreprise",
        "Forening",
        "Foreningen",
        "Gruppen",
        "Holding",
        "Institut",
        "Plejecenter",
        "Rådgivning",
        "Selskab",
        "Selskabet",
        "Station",
        "Teater",
        "Teatret",
        "Park",
        "Parken",
        "Plads",
        "Pladsen",
        "Prisen",
        "Skole",
        "Skolen",
        "Stadion",
        "Stiftelse",
        "Strand",
        "Torv",
        "Torvet",
        "Vej",
        "Vejen",
        "Arena",
        "Kirken",
        "Slot",
        "Slottet",
        "Spillested",
        "Sygehus",
        "Friskole",
        "Efterskole",
        "Højskole",
        "Legat",
        "Legatet",
        "Vænge",
    ]
)
