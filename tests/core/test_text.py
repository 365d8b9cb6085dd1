from __future__ import annotations

import pytest

from dagsorden.core.people import find_people
from dagsorden.core.records import Person
from dagsorden.core.text import first_sentence, sentences


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # abbreviations do not end a sentence
        (
            "Afrapportering vedr. udviklingsprocessen på socialområdet. Indstilling vedr. x.",
            "Afrapportering vedr. udviklingsprocessen på socialområdet.",
        ),
        (
            "Kommissorium ifm. Skovskolens udvidelse. Punktet genoptages.",
            "Kommissorium ifm. Skovskolens udvidelse.",
        ),
        # an initial does not end a sentence, nor does an ordinal day before a month
        (
            "Dialogmøde med chef Kim T. Jensen den 30. november. Pga. seminaret kl. 11.30.",
            "Dialogmøde med chef Kim T. Jensen den 30. november.",
        ),
        (
            "Sparring d. 22. februar med henblik på koordinering.",
            "Sparring d. 22. februar med henblik på koordinering.",
        ),
        # no final period: the whole text
        ("Direktionsseminar", "Direktionsseminar"),
        # f.eks. and bl.a.
        ("Emner bl.a. budget, f.eks. anlæg. Næste.", "Emner bl.a. budget, f.eks. anlæg."),
        # 'kr.', 'mv.', 'stk.' … end a sentence before a capital, not before a number or a word
        ("Budget på 5 mio. kr. Direktionen drøftede.", "Budget på 5 mio. kr."),
        ("Pris kr. 500 pr. stk. Godkendt.", "Pris kr. 500 pr. stk."),
        ("Bygninger mv. i kommunen. Status.", "Bygninger mv. i kommunen."),
        ("Jf. § 17, stk. 2 i loven. Status.", "Jf. § 17, stk. 2 i loven."),
        # less common ones: before a name, and one that ends a list
        (
            "Besøg på Gl. Estrup vha. DI og p.t. Rådhuset. Status.",
            "Besøg på Gl. Estrup vha. DI og p.t. Rådhuset.",
        ),
        ("Møder, kurser m.m. Direktionen drøftede.", "Møder, kurser m.m."),
        # an acronym that is an abbreviation in lower case ('KL.', not 'kl.'), but not in a
        # text in capitals; initials with periods between; a month written short
        ("Aftale med KL. Direktionen drøftede. Mere.", "Aftale med KL."),
        ("BUDGETOPFØLGNING PR. 31. MARTS. STATUS.", "BUDGETOPFØLGNING PR. 31. MARTS."),
        ("Ansøgning til A.P. Møller Fonden. Status.", "Ansøgning til A.P. Møller Fonden."),
        ("Møde d. 23. nov. Direktionen drøftede.", "Møde d. 23. nov."),
        ("Møde d. 6. feb. 2023 om budget. Status.", "Møde d. 6. feb. 2023 om budget."),
        (
            "Dialog med konst. socialchef Marie Holm. Status.",
            "Dialog med konst. socialchef Marie Holm.",
        ),
        # short forms before a capital: 'i forhold til', 'med henblik på', a title
        ("Status ifht. Udbud og mhp. Samarbejde. Mere.", "Status ifht. Udbud og mhp. Samarbejde."),
        (
            "Oplæg v/ sekr. Kim Jensen og dir. Anne Bech. Mere.",
            "Oplæg v/ sekr. Kim Jensen og dir. Anne Bech.",
        ),
        ("Sagen behandles i DIR. Mere.", "Sagen behandles i DIR."),  # the code, not 'dir.'
        # a list inside the point after its first sentence: Word's 'o', a glyph, a dash
        ("Årsplan (bilag vedlagt). o Januar: budget o Februar.", "Årsplan (bilag vedlagt)."),
        ("Årsplan. \u25aa Januar. - Februar.", "Årsplan."),
        ("Årsplan. - Januar.", "Årsplan."),
        # … but not a word after the period, nor a dash inside a sentence
        ("Status pr. o. 1. marts. Mere.", "Status pr. o. 1. marts."),
        ("Møde kl. 10 - Rådhuset. Mere.", "Møde kl. 10 - Rådhuset."),
        # an enumerator's period: after a colon, or with the next number or the one before
        ("Budget 2024: 1. Drift og 2. Anlæg. Status.", "Budget 2024: 1. Drift og 2. Anlæg."),
        (
            "Årsplan med fokus på 1. Økonomi, 2. Personale og 3. Drift. Godkendt.",
            "Årsplan med fokus på 1. Økonomi, 2. Personale og 3. Drift.",
        ),
        # … not a number referred to, nor one after an abbreviation or alone
        ("Status på punkt 2. Direktionen drøftede punkt 3. Mere.", "Status på punkt 2."),
        ("Mødet holdes d. 1. Direktionen deltager.", "Mødet holdes d. 1."),
        ("Status på bilag 1. Notat 2. Mere.", "Status på bilag 1."),
        ("Vi har 12. Det er godt.", "Vi har 12."),
    ],
)
def test_first_sentence(text: str, title: str) -> None:
    assert first_sentence(text) == title


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a list's numbers after a sentence's end open the next sentence
        ("Godkendt. 2. Årshjulet blev godkendt.", ["Godkendt.", "2. Årshjulet blev godkendt."]),
        (
            "Følgende er vedlagt: 1. Notat om budget. 2. Tidsplan.",
            ["Følgende er vedlagt: 1. Notat om budget.", "2. Tidsplan."],
        ),
    ],
)
def test_sentences_and_enumerators(text: str, said: list[str]) -> None:
    assert sentences(text) == said


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Arbejdsmarkedschef Erik Holck Hansen deltager i punktet kl. 10.",
            [("Erik Holck Hansen", "arbejdsmarkedschef")],
        ),
        # a compound title with '- og'
        (
            "med Vej- og ejendomschef Kim T. Jensen den 30. november.",
            [("Kim T. Jensen", "vej- og ejendomschef")],
        ),
        # acting, and a hyphenated first name
        (
            "Konstitueret socialchef Marie-Louise Eskerod Ifversen deltog.",
            [("Marie-Louise Eskerod Ifversen", "konstitueret socialchef")],
        ),
        # 'chef for <unit>': the unit is part of the title, the name starts at the first name
        (
            "dialog med chef for Vej og Ejendom Kim T. Jensen.",
            [("Kim T. Jensen", "chef for Vej og Ejendom")],
        ),
        (
            "Chef for Kommunaldirektørens sekretariat Jeppe Thvilum og chefkonsulent Lene Helbo Bachmann tager",
            [
                ("Jeppe Thvilum", "chef for Kommunaldirektørens sekretariat"),
                ("Lene Helbo Bachmann", "chefkonsulent"),
            ],
        ),
        # 'leder af <unit>' likewise; 'af' before a title is a preposition
        (
            "Teamleder Jens Jensen og leder af Jobcenter Norddjurs Hanne Ravn, udarbejdet af "
            "økonomichef Bettina Andersen.",
            [
                ("Jens Jensen", "teamleder"),
                ("Hanne Ravn", "leder af Jobcenter Norddjurs"),
                ("Bettina Andersen", "økonomichef"),
            ],
        ),
        # an unknown first name still makes a person when a title stands before it
        ("med økonomichef Zacharias Qvist om budgettet", [("Zacharias Qvist", "økonomichef")]),
        # a title without a name is not a person; capitalised words without a title neither
        ("Konstitueret velfærdsdirektør tager videre initiativ med Dansk Industri.", []),
        ("Økonomichefen foranlediger revideret materiale.", []),
        # without a title: a known first name and one to three name-like words
        (
            "Lene Mehlsen deltog. Opfølgning v/ Jeppe Thvilum og Lene Helbo Bachmann.",
            [("Lene Mehlsen", None), ("Jeppe Thvilum", None), ("Lene Helbo Bachmann", None)],
        ),
        (
            "Kim T. Jensen og\nAnne-Marie\nHansen deltog.",
            [("Kim T. Jensen", None), ("Anne-Marie Hansen", None)],
        ),
        (
            "Zenia Olsen, Stine Bach og Kristoffer Holm deltog.",
            [("Zenia Olsen", None), ("Stine Bach", None), ("Kristoffer Holm", None)],
        ),
        # ... a genitive is the person ('Friis' is a name ending in s)
        (
            "Lene Mehlsens oplæg og Hans Friis deltog.",
            [("Lene Mehlsen", None), ("Hans Friis", None)],
        ),
        ("økonomichef Bettina Andersens oplæg", [("Bettina Andersen", "økonomichef")]),
        # ... once, with the title, whichever comes first
        (
            "Bettina Andersen følger op. Økonomichef Bettina Andersen deltog.",
            [("Bettina Andersen", "økonomichef")],
        ),
        # ... never a street, a school, a place, or a first name alone
        ("på Karen Blixens Vej og Marie Kruses Skole, H.C. Andersen Hotel, Per 1. januar", []),
        ("Kim Larsen Pladsen, Emil Holm Spillested og Hans Jensens Legat", []),
        # a heading that ends in a name, run into the text under it: the next sentence's
        # first word is no part of the name, with a title or without one
        (
            "Dialogmøde med HR-chef Eva Lund Årligt dialogmøde blev holdt. Dialog med Lene "
            "Mehlsen Der var god dialog. Oplæg ved Kim T. Jensen Status på vejene. "
            "Økonomichef Bettina Andersen Økonomichefen følger op.",
            [
                ("Eva Lund", "HR-chef"),
                ("Lene Mehlsen", None),
                ("Kim T. Jensen", None),
                ("Bettina Andersen", "økonomichef"),
            ],
        ),
        # less common first names, and a compound of two
        (
            "Mai-Britt Hansen og Ronni Holm deltog.",
            [("Mai-Britt Hansen", None), ("Ronni Holm", None)],
        ),
        # a saint's day or church: 'Hans' is a first name
        (
            "Sankt Hans Aften fejres ved Skt. Peder Kirke; Hans Jensen deltog.",
            [("Hans Jensen", None)],
        ),
        ("Direktionen takkede Lene. Anders And Fonden.", []),
        # ... nor what is named after someone: a museum, a prize, a company
        (
            "Karen Blixen Museet, Marie Curie-prisen, Kim Johansen A/S og Ole Holm ApS; "
            "Anne Holm-Nielsen deltog.",
            [("Anne Holm-Nielsen", None)],
        ),
        # titles with a word before them
        (
            "Teknisk direktør Jan Jensen og konstitueret administrerende direktør Ole Bang.",
            [
                ("Jan Jensen", "teknisk direktør"),
                ("Ole Bang", "konstitueret administrerende direktør"),
            ],
        ),
        ("Politisk sekretær Jonas Friis deltog.", [("Jonas Friis", "politisk sekretær")]),
        # 'konstitueret' written short
        (
            "Konst. velfærdsdirektør Lene Mehlsen og konst. socialchef Marie Holm deltog.",
            [("Lene Mehlsen", "konst. velfærdsdirektør"), ("Marie Holm", "konst. socialchef")],
        ),
        # small words inside a name ('van der', 'de la'), never its last word
        (
            "Skolechef Anne van der Berg og Jens de la Cour deltog, Kim von Bülow følger op.",
            [
                ("Anne van der Berg", "skolechef"),
                ("Jens de la Cour", None),
                ("Kim von Bülow", None),
            ],
        ),
        (
            "chef for Vej og Ejendom Pia von Holstein. Direktør Lars Møller de fleste dage.",
            [("Pia von Holstein", "chef for Vej og Ejendom"), ("Lars Møller", "direktør")],
        ),
        ("Kim og Anne de kom.", []),
        # a title after the name, in brackets or between commas; not a chair's, a remark
        (
            "Lene Mehlsen (velfærdsdirektør) og Christian Roslev, kommunaldirektør, deltog.",
            [("Lene Mehlsen", "velfærdsdirektør"), ("Christian Roslev", "kommunaldirektør")],
        ),
        (
            "Kim Jensen, økonomichef Bettina Andersen og Tine Curtis (formand) deltog.",
            [("Kim Jensen", None), ("Bettina Andersen", "økonomichef"), ("Tine Curtis", None)],
        ),
        # an adjective before a title is the title's
        (
            "Oplæg ved pædagogisk konsulent Ida Holm og juridisk konsulent Ole Bang.",
            [("Ida Holm", "pædagogisk konsulent"), ("Ole Bang", "juridisk konsulent")],
        ),
        # an acting title in the definite form, as a sentence opens with it
        (
            "Den konstituerede velfærdsdirektør Lene Mehlsen og kst. socialchef Ida Holm deltog.",
            [
                ("Lene Mehlsen", "konstituerede velfærdsdirektør"),
                ("Ida Holm", "kst. socialchef"),
            ],
        ),
        # ... nor after a title: the place the title is of, not a person
        (
            "Skoleleder Auning Skole og dagtilbudsleder Grenaa Nord deltog; skolechef Torben "
            "Gade og områdeleder Anne Nord også.",
            [("Torben Gade", "skolechef"), ("Anne Nord", "områdeleder")],
        ),
        # ... but a place word that is a surname too, after a first name alone
        (
            "Torben Gade og Bente Strand deltog, ikke Jens Baggesens Gade.",
            [("Torben Gade", None), ("Bente Strand", None)],
        ),
        # a title in its definite form is the job title ('Økonomichefen' → 'økonomichef')
        (
            "Økonomichefen Bettina Andersen og Marie Holm, socialchefen, deltog. "
            "Kommunaldirektøren indstiller.",
            [("Bettina Andersen", "økonomichef"), ("Marie Holm", "socialchef")],
        ),
        # a title naming its unit with 'i', and a comma between unit and name when another
        # closes the name; never a comma after a bare title (that title is the name's before)
        (
            "Teamleder i Jobcenter Norddjurs, Hanne Ravn, og direktør for Velfærd, Lene "
            "Mehlsen, deltog. Socialchefen i Norddjurs Kommune deltog.",
            [
                ("Hanne Ravn", "teamleder i Jobcenter Norddjurs"),
                ("Lene Mehlsen", "direktør for Velfærd"),
            ],
        ),
        # ... and a comma after the unit when the title opens the sentence; after a name and
        # a comma the title is that name's, unless another comma closes the next name
        (
            "Direktør for Job og Velfærd, Lene Mehlsen deltager. Jens Andersen, direktør for "
            "Teknik og Miljø, Ida Holm deltog.",
            [
                ("Lene Mehlsen", "direktør for Job og Velfærd"),
                ("Jens Andersen", "direktør for Teknik og Miljø"),
                ("Ida Holm", None),
            ],
        ),
        # titles outside the administration's usual ones
        (
            "Oplæg ved professor Jens Hansen og ekstern konsulent Peter Holm; kommunallæge Ida "
            "Berg og sagsbehandler Eva Lund deltog. ØK behandler Lene Mehlsens forslag.",
            [
                ("Jens Hansen", "professor"),
                ("Peter Holm", "ekstern konsulent"),
                ("Ida Berg", "kommunallæge"),
                ("Eva Lund", "sagsbehandler"),
                ("Lene Mehlsen", None),
            ],
        ),
        # the part of the area a title is of, before the name: the title's
        (
            "Områdeleder Vest Anne Holm og distriktschef Nord Jens Andersen deltog.",
            [("Anne Holm", "områdeleder Vest"), ("Jens Andersen", "distriktschef Nord")],
        ),
        # a word the margin broke and a join spaced: the title as written
        (
            "Rekruttering. HR- konsulent Anne Marie Sørensen og IT- chef Bo Vestergaard deltog.",
            [("Anne Marie Sørensen", "HR- konsulent"), ("Bo Vestergaard", "IT- chef")],
        ),
        # a unit whose words are listed with commas
        (
            "Direktør for Teknik, Miljø og Erhverv Ole Hansen og chef for Kultur, Fritid og "
            "Turisme Lars Meier deltog.",
            [
                ("Ole Hansen", "direktør for Teknik, Miljø og Erhverv"),
                ("Lars Meier", "chef for Kultur, Fritid og Turisme"),
            ],
        ),
        (
            "Leder af Team Syd og Nord Ida Holm deltog.",
            [("Ida Holm", "leder af Team Syd og Nord")],
        ),
        (
            "Christian Roslev, kommunaldirektør, Lene Mehlsen, velfærdsdirektør, deltog.",
            [("Christian Roslev", "kommunaldirektør"), ("Lene Mehlsen", "velfærdsdirektør")],
        ),
        # a name that ended its line without a period, and the next line's first word
        (
            "Dialogmøde med Kim T. Jensen Budgetopfølgning for 2021 og økonomichef Bettina "
            "Andersen Indholdsfortegnelse. Lars Henning deltog.",
            [("Kim T. Jensen", None), ("Bettina Andersen", "økonomichef"), ("Lars Henning", None)],
        ),
        # a heading line folded into its text: the next sentence's first word is no surname
        (
            "Årligt dialogmøde med HR-chef Anne Marie Dahl Andersen Der var en god dialog. "
            "Dialogmøde med økonomichef Bettina Andersen Det blev aftalt at følge op.",
            [("Anne Marie Dahl Andersen", "HR-chef"), ("Bettina Andersen", "økonomichef")],
        ),
        # 'v/' (ved) written close up to the name or the title
        (
            "Oplæg v/Bettina Andersen, økonomichef, og v/socialchef Marie Holm.",
            [("Bettina Andersen", "økonomichef"), ("Marie Holm", "socialchef")],
        ),
        # a first name made of first names ('Lars-Bo'); not a street named after one
        (
            "Lars-Bo Hermansen og Ann-Britt Nielsen deltog, ikke Jens-Peter-Vej Syd.",
            [("Lars-Bo Hermansen", None), ("Ann-Britt Nielsen", None)],
        ),
        # titles of the care and school professions; a first name no list knows
        (
            "Ledende sundhedsplejerske Oda Jensen, skoleinspektør Bo Bech og fysioterapeut "
            "Ib Holm deltog; referent Ulf Dam.",
            [
                ("Oda Jensen", "ledende sundhedsplejerske"),
                ("Bo Bech", "skoleinspektør"),
                ("Ib Holm", "fysioterapeut"),
                ("Ulf Dam", "referent"),
            ],
        ),
    ],
)
def test_find_people(text: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == people


@pytest.mark.parametrize(
    ("title", "acting"),
    [("konstitueret socialchef", True), ("Konst. socialchef", True), ("socialchef", False)],
)
def test_acting_titles(title: str, acting: bool) -> None:
    assert Person("Marie Holm", title).acting is acting
