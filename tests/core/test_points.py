"""Points and their decisions, table-driven. Each case is the layout of a real kind of
minutes, reduced to what matters."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dagsorden.core import parse_text
from dagsorden.core.lines import Line
from dagsorden.core.points import _margin
from dagsorden.core.records import Decision
from dagsorden.core.routing import is_routing_line

HEAD = "Direktionen 01-03-2023\n\nPunkter til behandling\n\n Åben Sag \n\nSagsgang\n\nDIR\n\nSagsfremstilling\n\n"
MIDDLE = "\nIndstilling\n\nKommunaldirektøren indstiller, at punkterne behandles.\n\nBeslutning i Direktionen den 01-03-2023\n"


def points(presentation: str, decision: str) -> list[tuple]:
    minutes = parse_text(HEAD + presentation + MIDDLE + decision)
    return [(p.number, p.title, p.decision) for p in minutes.items[0].points]


LEAD = "Direktionen har følgende punkter til behandling:\n"


def listed(*titles: str) -> str:
    """The usual introduction and the points' titles, a line each, their bullets lost."""
    return LEAD + "".join(f" {title}\n" for title in titles)


def decided(titles: str, decision: str) -> list[str]:
    """Each point's part of the decision, the points listed after the usual introduction."""
    presentation = LEAD + titles
    return [part for _number, _title, part in points(presentation, decision)]


# Each point's heading in the decision in other words than its title, and its answer.
_REWORDED = [
    (1, "Budget", "Godkendt."),
    (2, "Rekruttering af skolechef", "Drøftet. Der følges op i januar."),
    (3, "Årshjulet", "Taget til efterretning."),
]

# Each point's part, its subject the point in other words: 'Rekrutteringen af skolechef'.
_SUBJECTS = (
    "Budget 2025 blev godkendt.",
    "Rekrutteringen af skolechef blev drøftet, og HR-chefen følger op.",
    "Årshjulet tages til efterretning.",
)

# Eight words of a title, a line that runs to the margin of the page (about 95 characters).
_PROCESS = "Rekrutteringsprocessen vedrørende skolechefstillingerne i Grenaa Skoledistrikt og"

CASES = [
    (
        "numbered, with a date broken over lines that must not start point 14",
        LEAD + " 1. Budget. Drøftelse d. \n\n14. november af status.\n\n2. Årshjul.\n",
        "1. Budget. Drøftet.\n\n2. Årshjul. Godkendt.\n",
        [(1, "Budget.", "Budget. Drøftet."), (2, "Årshjul.", "Årshjul. Godkendt.")],
    ),
    (
        "two numbered points on one line",
        LEAD + "1. Budget. Status. 2. Årshjul for året.\n",
        "1. Drøftet.\n2. Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul for året.", "Godkendt.")],
    ),
    (
        "bullet glyphs (Symbol font U+F0B7)",
        LEAD + "\uf0b7 Budget. Status.\n\uf0b7 Årshjul.\n",
        "\uf0b7 Drøftet.\n\uf0b7 Godkendt.\n",
        [(None, "Budget.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    (
        "lost bullets: a leading space and a capital start a point; lower case continues",
        "Direktionen har følgende øvrige punkter til behandling:\n Budget for\n planlægning i afdelingen. Status.\n  Årshjul.\n",
        " Budget drøftet.\n Årshjul godkendt.\n",
        [
            (None, "Budget for planlægning i afdelingen.", "Budget drøftet."),
            (None, "Årshjul.", "Årshjul godkendt."),
        ],
    ),
    (
        "lost bullets and a lost line break: two points share a line",
        LEAD + " Budget. Status.   Årshjul for året.\n",
        " Budget drøftet.\n Årshjul godkendt.\n",
        [(None, "Budget.", "Budget drøftet."), (None, "Årshjul for året.", "Årshjul godkendt.")],
    ),
    (
        "regression: a name wrapped after its initial ('Kim T. \\n Jensen') is not a new point; 'pr.' ends nothing",
        LEAD + " Dialog med chef Kim T. \n\nJensen d. 5. marts. \n\n"
        " Budget pr. 31. marts. Status.\n",
        " Drøftet.\n Godkendt.\n",
        [
            (None, "Dialog med chef Kim T. Jensen d. 5. marts.", "Drøftet."),
            (None, "Budget pr. 31. marts.", "Godkendt."),
        ],
    ),
    (
        "decision parts under heading lines that repeat the start of each title",
        listed("Direktionens årsplan (bilag vedlagt).", "Seminar, som udskydes."),
        "Direktionens årsplan.\n\nDrøftet.\n\n \n\nSeminar\n\nSeminaret udskydes til foråret.\n",
        [
            (None, "Direktionens årsplan (bilag vedlagt).", "Drøftet."),
            (None, "Seminar, som udskydes.", "Seminaret udskydes til foråret."),
        ],
    ),
    (
        "heading lines for all points but one, which the decision passes over",
        listed(
            "Direktionens årsplan (bilag vedlagt).",
            "Seminar, som udskydes.",
            "Status på rekruttering.",
        ),
        "Direktionens årsplan.\n\nDrøftet.\n\n \n\nStatus på rekruttering\n\nRekrutteringen fortsætter.\n",
        [
            (None, "Direktionens årsplan (bilag vedlagt).", "Drøftet."),
            (None, "Seminar, som udskydes.", ""),
            (None, "Status på rekruttering.", "Rekrutteringen fortsætter."),
        ],
    ),
    (
        "decision parts as paragraphs in point order",
        listed("Budget.", "Årshjul."),
        "Status på budgettet blev drøftet.\n \nÅrshjulet blev godkendt.\n",
        [
            (None, "Budget.", "Status på budgettet blev drøftet."),
            (None, "Årshjul.", "Årshjulet blev godkendt."),
        ],
    ),
    (
        "more paragraphs than points: aligned by the words they share",
        listed("Budgetopfølgning for kvartalet.", "Rekruttering af ny chef."),
        "Budgetopfølgning drøftet.\n \nKvartalet viser merforbrug.\n \nRekruttering igangsættes.\n",
        [
            (
                None,
                "Budgetopfølgning for kvartalet.",
                "Budgetopfølgning drøftet. Kvartalet viser merforbrug.",
            ),
            (None, "Rekruttering af ny chef.", "Rekruttering igangsættes."),
        ],
    ),
    (
        "another introduction: '… punkter til drøftelse:'",
        "Direktionen har følgende punkter til drøftelse:\n Budget.\n Årshjul.\n",
        " Budget drøftet.\n Årshjul godkendt.\n",
        [(None, "Budget.", "Budget drøftet."), (None, "Årshjul.", "Årshjul godkendt.")],
    ),
    (
        "one point announced ('… punkt til behandling:'): its paragraphs are one point",
        "Direktionen har følgende øvrige punkt til behandling:\n Budget for 2024. Status på\n\n arbejdet.\n \n Vedlagt er notat.\n",
        " Budget drøftet.\n",
        [(None, "Budget for 2024.", "Budget drøftet.")],
    ),
    (
        "another introduction: '… punkter på dagsordenen:', wrapped",
        "Direktionen har følgende punkter på\n\ndagsordenen:\n Budget.\n Årshjul.\n",
        " Budget drøftet.\n Årshjul godkendt.\n",
        [(None, "Budget.", "Budget drøftet."), (None, "Årshjul.", "Årshjul godkendt.")],
    ),
    (
        "another introduction: 'Følgende punkter behandles', no colon, a bulleted list at once",
        "Kort om mødet.\nFølgende punkter behandles\n\u2022 Budget.\n\u2022 Årshjul.\n",
        "\u2022 Budget drøftet.\n\u2022 Årshjul godkendt.\n",
        [(None, "Budget.", "Budget drøftet."), (None, "Årshjul.", "Årshjul godkendt.")],
    ),
    (
        "the introduction wrapped over two lines",
        "Direktionen har følgende øvrige punkter til\n\nbehandling:\n Budget.\n Årshjul.\n",
        " Budget drøftet.\n Årshjul godkendt.\n",
        [(None, "Budget.", "Budget drøftet."), (None, "Årshjul.", "Årshjul godkendt.")],
    ),
    (
        "a line wrapped before a dash is text, where the points are not marked with dashes",
        LEAD + " Budget. Vedlagt er 1) Notat\n– tidsplan for budgettet.\n Årshjul.\n",
        " Budget drøftet.\n Årshjul godkendt.\n",
        [(None, "Budget.", "Budget drøftet."), (None, "Årshjul.", "Årshjul godkendt.")],
    ),
    *[
        (
            f"a point's own list marked with dashes after a colon, {how}: the dashes go",
            LEAD + f"{first} Budgetopfølgning, hvor følgende drøftes:\n- Status på anlæg\n"
            f"– Status på drift\n{second} Årshjul.\n",
            "Drøftet.\n \nGodkendt.\n",
            [
                (
                    number,
                    "Budgetopfølgning, hvor følgende drøftes: Status på anlæg Status på drift",
                    "Drøftet.",
                ),
                (number and 2, "Årshjul.", "Godkendt."),
            ],
        )
        for how, first, second, number in (
            ("numbered", "1.", "2.", 1),
            ("bullets lost", "", "", None),
        )
    ],
    (
        "a point answered in its sub-points, no line with the point's own number",
        LEAD + "1. Budget 2024.\n1.1 Drift.\n1.2 Anlæg.\n2. Årshjul 2023.\n",
        "1.1 Driften blev drøftet.\n1.2 Anlæg godkendt.\n2. Årshjulet blev godkendt.\n",
        [
            (1, "Budget 2024.", "1.1 Driften blev drøftet. 1.2 Anlæg godkendt."),
            (2, "Årshjul 2023.", "Årshjulet blev godkendt."),
        ],
    ),
    (
        "every line of an entry indented: a line that runs to the margin mid-sentence goes on",
        LEAD + " Årligt dialogmøde med økonomichef Bettina Andersen om budgettet og med\n"
        " Økonomiafdelingen om udbud. Status.\n Årshjul.\n",
        " Dialogen blev drøftet.\n Årshjul godkendt.\n",
        [
            (
                None,
                "Årligt dialogmøde med økonomichef Bettina Andersen om budgettet og med "
                "Økonomiafdelingen om udbud.",
                "Dialogen blev drøftet.",
            ),
            (None, "Årshjul.", "Årshjul godkendt."),
        ],
    ),
    (
        "short entries without a period",
        LEAD + " Budget 2023\n Årshjul\n",
        " Budget drøftet.\n Årshjul godkendt.\n",
        [(None, "Budget 2023", "Budget drøftet."), (None, "Årshjul", "Årshjul godkendt.")],
    ),
    (
        "dashes mark the points",
        LEAD + "- Budget. Status.\n– Årshjul.\n",
        "- Drøftet.\n- Godkendt.\n",
        [(None, "Budget.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    (
        "no introduction: a bulleted list the presentation opens with",
        "\uf0b7 Budget. Status.\n\uf0b7 Årshjul.\n",
        "\uf0b7 Drøftet.\n\uf0b7 Godkendt.\n",
        [(None, "Budget.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    (
        "no introduction: paragraphs whose first lines are indented are no points",
        " Budgettet er i balance.\n \n Årshjulet er vedtaget.\n",
        "Drøftet.\n",
        [],
    ),
    (
        "an introduction without its colon, before a list",
        "Direktionen har følgende punkter til behandling.\n\uf0b7 Budget. Status.\n\uf0b7 Årshjul.\n",
        "\uf0b7 Drøftet.\n\uf0b7 Godkendt.\n",
        [(None, "Budget.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    (
        "an introduction without its colon before no list is a sentence",
        "Direktionen drøftede, hvor mange punkter til behandling\nder skal være på mødet.\n",
        "Drøftet.\n",
        [],
    ),
    (
        "points lettered 'a)', decided in the same letters",
        LEAD + "a) Budget. Status.\nb) Årshjul.\n",
        "a) Drøftet.\nb) Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    (
        "points lettered in capitals 'A.', decided in the same letters",
        LEAD + "A. Budget. Status.\nB. Årshjul.\n",
        "A. Drøftet.\nB. Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    (
        "points in Roman numerals 'I.', 'II.', 'III.', decided in numbers",
        LEAD + "I. Budget. Status.\nII. Årshjul.\nIII. Seminar.\n",
        "1. Drøftet.\n2. Godkendt.\n3. Udsat.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt."), (3, "Seminar.", "Udsat.")],
    ),
    (
        "points in small Roman numerals 'i)', decided in the same",
        LEAD + "i) Budget. Status.\nii) Årshjul.\n",
        "i) Drøftet.\nii) Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    (
        "points numbered without a mark (a table's column), decided so",
        LEAD + "1 Budget. Status.\n2 Årshjul.\n",
        "1 Drøftet.\n2 Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    (
        "a capital's initial is no label: 'A. P. Møller' opens a paragraph, not a list",
        LEAD + "\uf0b7 Budget. Status.\n\uf0b7 Årshjul.\n",
        "A. P. Møller Fonden støtter budgettet.\n \nB. Godkendt.\n",
        [
            (None, "Budget.", "A. P. Møller Fonden støtter budgettet."),
            (None, "Årshjul.", "B. Godkendt."),
        ],
    ),
    (
        "a paragraph's heading of the title's start, in a paragraph of two short lines (another"
        " paragraph's heading in other words): the decision's margin tells it ended short",
        LEAD + "\uf0b7 5-minutters oplæg ved velfærdsdirektør Lene Mehlsen om ældreområdet.\n"
        "\uf0b7 Årligt dialogmøde med skolechef Morten Skov Nielsen kl. 10.30-11.00.\n",
        "5-minutters oplæg om ældreområdet\n"
        "Oplægget blev drøftet, og velfærdsdirektøren følger op med et notat d. 22. marts.\n \n"
        "Årligt dialogmøde med skolechef Morten Skov Nielsen\n"
        "Direktionen kvitterede for en god dialog.\n",
        [
            (
                None,
                "5-minutters oplæg ved velfærdsdirektør Lene Mehlsen om ældreområdet.",
                "5-minutters oplæg om ældreområdet Oplægget blev drøftet, og velfærdsdirektøren"
                " følger op med et notat d. 22. marts.",
            ),
            (
                None,
                "Årligt dialogmøde med skolechef Morten Skov Nielsen kl. 10.30-11.00.",
                "Direktionen kvitterede for en god dialog.",
            ),
        ],
    ),
    (
        "points labelled 'Punkt 1:' in the presentation, decided 'Pkt. 1'",
        LEAD + "Punkt 1: Budget. Status.\nPunkt 2: Årshjul.\n",
        "Pkt. 1 Drøftet.\nPkt. 2 Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    (
        "points numbered in brackets '(1)', a lettered list inside the first",
        LEAD + "(1) Budget. Status på:\na) anlæg\n(2) Årshjul.\n",
        "(1) Drøftet.\n(2) Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    *[
        (
            f"points numbered with colons '1:', decided {how}",
            LEAD + "1: Budget. Status.\n2: Årshjul.\n",
            decision,
            [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
        )
        for how, decision in (
            ("alike", "1: Drøftet.\n2: Godkendt.\n"),
            ("under headings", "Budget\nDrøftet.\nÅrshjul\nGodkendt.\n"),
        )
    ],
    *[
        (
            f"points numbered in two levels with no '1.' line, decided {how}",
            LEAD + "1.1 Budget. Status.\n1.2 Årshjul.\n2.1 Seminar.\n",
            decision,
            [
                (None, "Budget.", "Drøftet."),
                (None, "Årshjul.", "Godkendt."),
                (None, "Seminar.", "Udsat."),
            ],
        )
        for how, decision in (
            ("alike", "1.1 Drøftet.\n1.2 Godkendt.\n2.1 Udsat.\n"),
            ("under headings", "Budget\nDrøftet.\nÅrshjul\nGodkendt.\nSeminar\nUdsat.\n"),
        )
    ],
    (
        "a ratio opening a line is no list's number",
        LEAD + "\uf0b7 Budget. Fordelingen er\n1:3 mellem drift og anlæg.\n\uf0b7 Årshjul.\n",
        "\uf0b7 Drøftet.\n\uf0b7 Godkendt.\n",
        [(None, "Budget.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    (
        "Word's 'o' bullets: the points where the list starts with one",
        LEAD + "o Budget. Status.\no Årshjul.\n",
        "o Drøftet.\no Godkendt.\n",
        [(None, "Budget.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    (
        "Word's 'o' bullets under other bullets: a point's own sub-list",
        LEAD + "\uf0b7 Budget. Følgende drøftes:\no Anlæg\no Drift\n\uf0b7 Årshjul.\n",
        "\uf0b7 Drøftet.\n\uf0b7 Godkendt.\n",
        [
            (None, "Budget.", "Drøftet."),
            (None, "Årshjul.", "Godkendt."),
        ],
    ),
    (
        "bullets of the same level mixed ('•' among '', a list pasted together): points",
        LEAD + "\uf0b7 Budget. Status.\n• Årshjul.\n• Seminar.\n",
        "\uf0b7 Drøftet.\n• Godkendt.\n• Udsat.\n",
        [
            (None, "Budget.", "Drøftet."),
            (None, "Årshjul.", "Godkendt."),
            (None, "Seminar.", "Udsat."),
        ],
    ),
    (
        "another bullet after a point that ends in a colon: the point's own list",
        LEAD + "\uf0b7 Budget. Følgende drøftes:\n"
        "• Anlæg og drift af de kommunale bygninger, som nu ligger under Vej og Ejendom i\n"
        "den nye organisation\n• Drift\n\uf0b7 Årshjul.\n",
        "\uf0b7 Drøftet.\n\uf0b7 Godkendt.\n",
        [(None, "Budget.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    (
        "bulleted points decided in a numbered list of as many",
        listed("Budget.", "Årshjul."),
        " 1. Drøftet.\n 2. Godkendt.\n",
        [(None, "Budget.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    (
        "a decision that answers the points by number: 'Ad 1:', 'Ad punkt 2.'",
        LEAD + "1. Budget.\n2. Årshjul.\n",
        "Ad 1: Drøftet.\nAd punkt 2. Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    (
        "answers by number written otherwise: 'Ad. 1', 'Pkt. 2:', 'Punkt 3.', '4:'",
        LEAD + "1. Budget.\n2. Årshjul.\n3. Seminar.\n4. Eventuelt.\n",
        "Ad. 1 Drøftet.\nPkt. 2: Godkendt.\nPunkt 3. Udsat.\n4: Intet.\n",
        [
            (1, "Budget.", "Drøftet."),
            (2, "Årshjul.", "Godkendt."),
            (3, "Seminar.", "Udsat."),
            (4, "Eventuelt.", "Intet."),
        ],
    ),
    (
        "answers by number in one line, each after a sentence: 'Ad 1: … Ad 2: …', 'Punkt 3:'",
        LEAD + "1. Budget.\n2. Årshjul.\n3. Seminar.\n",
        "Ad 1: Drøftet. Punkt 2 blev godkendt. Ad 2: Godkendt. Punkt 3: Udsat.\n",
        [
            (1, "Budget.", "Drøftet. Punkt 2 blev godkendt."),
            (2, "Årshjul.", "Godkendt."),
            (3, "Seminar.", "Udsat."),
        ],
    ),
    (
        "bulleted points answered by number in one line",
        listed("Budget.", "Årshjul."),
        "Ad 1: Drøftet. Ad 2: Godkendt.\n",
        [(None, "Budget.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    (
        "an answer's label the margin left at the end of the line before ('… Ad 2:' / 'Godkendt"
        " …'); 'Punkt 2.' at the end of a sentence that only names it is text",
        LEAD + "1. Budget.\n2. Årshjul.\n3. Seminar.\n",
        "Ad 1: Drøftet sammen med Punkt 2.\nHR-chefen følger op. Ad 2:\n\nGodkendt med"
        " ændringer. Punkt 3 -\nUdsat.\n",
        [
            (1, "Budget.", "Drøftet sammen med Punkt 2. HR-chefen følger op."),
            (2, "Årshjul.", "Godkendt med ændringer."),
            (3, "Seminar.", "Udsat."),
        ],
    ),
    (
        "an answer that begins in a line the answer before goes on in ('… 19. april. Ad 3: …');"
        " a label of an earlier number there is text",
        LEAD + "1. Budget.\n2. Årshjul.\n3. Seminar.\n",
        "Ad 1: Drøftet.\nAd 2: Godkendt og sendes til ØK d. 5.\napril og KB d. 19. april. Ad 3:"
        " Udsat,\nsom det blev aftalt. Punkt 2: se ovenfor.\n",
        [
            (1, "Budget.", "Drøftet."),
            (2, "Årshjul.", "Godkendt og sendes til ØK d. 5. april og KB d. 19. april."),
            (3, "Seminar.", "Udsat, som det blev aftalt. Punkt 2: se ovenfor."),
        ],
    ),
    (
        "one answer to two points, in a sentence that names them ('Punkt 1 og 2 blev …'), then"
        " the others by number",
        LEAD + "1. Budget.\n2. Regnskab.\n3. Organisering.\n4. Årsplan.\n",
        "Punkt 1 og 2 blev behandlet samlet. Økonomichefen orienterede om\nbudgetopfølgningen."
        "\n3. Taget til efterretning.\n4. Godkendt.\n",
        [
            (
                1,
                "Budget.",
                "Punkt 1 og 2 blev behandlet samlet. Økonomichefen orienterede om"
                " budgetopfølgningen.",
            ),
            (
                2,
                "Regnskab.",
                "Punkt 1 og 2 blev behandlet samlet. Økonomichefen orienterede om"
                " budgetopfølgningen.",
            ),
            (3, "Organisering.", "Taget til efterretning."),
            (4, "Årsplan.", "Godkendt."),
        ],
    ),
    (
        "one answer to two points, then the others numbered on from the presentation's list"
        " (Word's numbering run on)",
        LEAD + "1. Budget.\n2. Regnskab.\n3. Organisering.\n4. Årsplan.\n",
        "Punkt 1 og 2 blev behandlet samlet. Økonomichefen orienterede.\n5. Taget til"
        " efterretning.\n6. Godkendt.\n",
        [
            (1, "Budget.", "Punkt 1 og 2 blev behandlet samlet. Økonomichefen orienterede."),
            (2, "Regnskab.", "Punkt 1 og 2 blev behandlet samlet. Økonomichefen orienterede."),
            (3, "Organisering.", "Taget til efterretning."),
            (4, "Årsplan.", "Godkendt."),
        ],
    ),
    (
        "bulleted points answered by number, two of them at once ('Ad 1-2:', 'Ad 2 og 3.')",
        listed("Budget.", "Regnskab.", "Årsplan."),
        "Ad 1-2: Drøftet.\nAd 3: Godkendt.\n",
        [
            (None, "Budget.", "Drøftet."),
            (None, "Regnskab.", "Drøftet."),
            (None, "Årsplan.", "Godkendt."),
        ],
    ),
    (
        "numbered points, the last two answered at once",
        LEAD + "1. Budget.\n2. Regnskab.\n3. Årsplan.\n",
        "Ad 1: Drøftet.\nAd 2 og 3. Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Regnskab.", "Godkendt."), (3, "Årsplan.", "Godkendt.")],
    ),
    (
        "paragraphs in point order, the first answering two points at once",
        LEAD + "1. Budget.\n2. Regnskab.\n3. Årsplan.\n",
        "Punkt 1 og 2 blev drøftet samlet.\n \nÅrsplanen blev godkendt.\n",
        [
            (1, "Budget.", "Punkt 1 og 2 blev drøftet samlet."),
            (2, "Regnskab.", "Punkt 1 og 2 blev drøftet samlet."),
            (3, "Årsplan.", "Årsplanen blev godkendt."),
        ],
    ),
    (
        "answers by number to some points, then a sentence about the others",
        LEAD + "1. Budget.\n2. Regnskab.\n3. Årsplan.\n4. Eventuelt.\n",
        "1. Godkendt.\n3. Drøftet.\nDe øvrige punkter blev taget til efterretning.\n",
        [
            (1, "Budget.", "Godkendt."),
            (2, "Regnskab.", "De øvrige punkter blev taget til efterretning."),
            (3, "Årsplan.", "Drøftet."),
            (4, "Eventuelt.", "De øvrige punkter blev taget til efterretning."),
        ],
    ),
    (
        "answers by 'Ad' to some points, then a paragraph about the others",
        LEAD + "1. Budget.\n2. Regnskab.\n3. Årsplan.\n",
        "Ad 1: Godkendt.\nAd 3: Drøftet.\n \nØvrige punkter: Taget til efterretning.\n",
        [
            (1, "Budget.", "Godkendt."),
            (2, "Regnskab.", "Øvrige punkter: Taget til efterretning."),
            (3, "Årsplan.", "Drøftet."),
        ],
    ),
    (
        "bulleted points answered by their places, one passed over, then the others together",
        listed("Budget.", "Regnskab.", "Årsplan.", "Eventuelt."),
        "Ad 1: Godkendt.\nAd 3: Drøftet.\nDe øvrige punkter blev taget til efterretning.\n",
        [
            (None, "Budget.", "Godkendt."),
            (None, "Regnskab.", "De øvrige punkter blev taget til efterretning."),
            (None, "Årsplan.", "Drøftet."),
            (None, "Eventuelt.", "De øvrige punkter blev taget til efterretning."),
        ],
    ),
    (
        "bulleted points answered by their places, one passed over and left without",
        listed("Budget.", "Regnskab.", "Årsplan."),
        "Ad 1: Godkendt.\nAd 3: Udsat.\n",
        [(None, "Budget.", "Godkendt."), (None, "Regnskab.", ""), (None, "Årsplan.", "Udsat.")],
    ),
    (
        "answers by number whose label line repeats the title as a heading ('1. Budget 2025' /"
        " 'Godkendt.'); a title that ends in a sentence's mark stays ('2. Sygefravær. …')",
        LEAD + "1. Budget 2025.\n2. Sygefravær.\n3. Årshjul.\n",
        "Ad 1. Budget 2025\nGodkendt.\n2. Sygefravær. Taget til efterretning.\n3. Årshjul\n"
        "Godkendt med ændringer.\n",
        [
            (1, "Budget 2025.", "Godkendt."),
            (2, "Sygefravær.", "Sygefravær. Taget til efterretning."),
            (3, "Årshjul.", "Godkendt med ændringer."),
        ],
    ),
    (
        "a joint label alone on its line, its answer on the next, among single labels so",
        LEAD + "1. Budget.\n2. Regnskab.\n3. Årsplan.\n",
        "Ad 1 og 2\n\nDrøftet.\n\nAd 3\n\nGodkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Regnskab.", "Drøftet."), (3, "Årsplan.", "Godkendt.")],
    ),
    (
        "a joint answer 'Vedr. punkt 1 og 3:' to bulleted points, one between answered apart",
        listed("Budget.", "Regnskab.", "Årsplan."),
        "Vedr. punkt 1 og 3: Godkendt.\nVedr. punkt 2: Taget til efterretning.\n",
        [
            (None, "Budget.", "Godkendt."),
            (None, "Regnskab.", "Taget til efterretning."),
            (None, "Årsplan.", "Godkendt."),
        ],
    ),
    (
        "a label after an abbreviation refers to the answer ('… jf. Ad 3.'), in a line of one"
        " answer or of several",
        LEAD + "1. Budget.\n2. Regnskab.\n3. Årsplan.\n",
        "Ad 1: Drøftet, jf. Ad 3. Ad 2: Godkendt, jf.\nAd 3.\nAd 3: Udsat.\n",
        [
            (1, "Budget.", "Drøftet, jf. Ad 3."),
            (2, "Regnskab.", "Godkendt, jf. Ad 3."),
            (3, "Årsplan.", "Udsat."),
        ],
    ),
    (
        "answers by number with a capital or a dash after it: 'Pkt. 1 Drøftet.', 'Til pkt. 2:',"
        " 'Punkt 3 -', 'Vedr. punkt 4:'",
        LEAD + "1. Budget.\n2. Årshjul.\n3. Seminar.\n4. Eventuelt.\n",
        "Pkt. 1 Drøftet.\nTil pkt. 2: Godkendt.\nPunkt 3 - Udsat.\nVedr. punkt 4: Intet.\n",
        [
            (1, "Budget.", "Drøftet."),
            (2, "Årshjul.", "Godkendt."),
            (3, "Seminar.", "Udsat."),
            (4, "Eventuelt.", "Intet."),
        ],
    ),
    (
        "bulleted headings repeating the titles, dropped as plain headings are",
        listed("Budget 2023. Proces.", "Årshjul for 2022."),
        "\u2022 Budget 2023\nDrøftet.\n\u2022 Årshjul for 2022.\nGodkendt.\n",
        [(None, "Budget 2023.", "Drøftet."), (None, "Årshjul for 2022.", "Godkendt.")],
    ),
    (
        "bullets that open the parts' text keep it",
        listed("Budget 2023. Proces.", "Årshjul for 2022."),
        "\u2022 Budget 2023 blev drøftet.\n\u2022 Årshjul for 2022. Godkendt.\n",
        [
            (None, "Budget 2023.", "Budget 2023 blev drøftet."),
            (None, "Årshjul for 2022.", "Årshjul for 2022. Godkendt."),
        ],
    ),
    (
        "a bullet's line the margin broke after the title is no heading",
        listed("Budget.", "Årshjul for 2022 med aftaler og møder i direktionen."),
        "\u2022 Budget.\nDrøftet og godkendt af direktionen med bemærkninger.\n"
        "\u2022 Årshjul for 2022 med aftaler og møder i direktionen.\n"
        "Godkendt.\n",
        [
            (None, "Budget.", "Drøftet og godkendt af direktionen med bemærkninger."),
            (
                None,
                "Årshjul for 2022 med aftaler og møder i direktionen.",
                "Årshjul for 2022 med aftaler og møder i direktionen. Godkendt.",
            ),
        ],
    ),
    (
        "labels alone on their lines, the text on the next: '1.' / 'Budget.', 'Ad 1' / 'Drøftet.'",
        LEAD + "1.\nBudget.\n\n2.\nÅrshjul.\n",
        "Ad 1\nDrøftet.\nAd pkt. 2:\nGodkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    (
        "numbers alone on their lines in the decision",
        LEAD + "1. Budget.\n2. Årshjul.\n",
        "1.\n\nDrøftet.\n\n2.\n\nGodkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    (
        "a decision whose numbers ran on from the presentation's list, as Word's do",
        LEAD + "1. Budget.\n2. Årshjul.\n",
        "3. Drøftet.\n4. Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    (
        "answers in lower case or written out: 'ad 1:', 'ad pkt. 2', 'Vedrørende punkt 3:'",
        LEAD + "1. Budget.\n2. Årshjul.\n3. Seminar.\n",
        "ad 1: Drøftet.\nad pkt. 2 Godkendt.\nVedrørende punkt 3: Udsat.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt."), (3, "Seminar.", "Udsat.")],
    ),
    (
        "'Punkt 2 blev …' without a mark after the number is a sentence",
        LEAD + "1. Budget.\n2. Årshjul.\n",
        "1. Drøftet. Punkt 2 blev\nPunkt 2 blev udsat.\n",
        [(1, "Budget.", "Drøftet. Punkt 2 blev Punkt 2 blev udsat."), (2, "Årshjul.", "")],
    ),
    (
        "parts opened by the point's title and a colon, no empty line between",
        LEAD + "1. Budget 2022. Status.\n2. Ledelsesevaluering. Drøftelse.\n",
        "Budget 2022: Drøftet og\ngodkendt.\nLedelsesevaluering: Udsat.\n",
        [
            (1, "Budget 2022.", "Budget 2022: Drøftet og godkendt."),
            (2, "Ledelsesevaluering.", "Ledelsesevaluering: Udsat."),
        ],
    ),
    (
        "heading lines opened by 'Ad' before the point's title, dropped as headings are",
        listed("Budget 2023. Proces.", "Årshjul for 2022."),
        "Ad Budget 2023\nDrøftet.\n \nAd. årshjul for 2022\nGodkendt.\n",
        [(None, "Budget 2023.", "Drøftet."), (None, "Årshjul for 2022.", "Godkendt.")],
    ),
    (
        "parts opened by 'Ad' and the start of the point's title",
        LEAD + " Budget 2023. Proces.\n\n Årshjul for 2022.\n",
        "Ad budget: Drøftet.\nAd årshjul: Godkendt.\n",
        [
            (None, "Budget 2023.", "Ad budget: Drøftet."),
            (None, "Årshjul for 2022.", "Ad årshjul: Godkendt."),
        ],
    ),
    (
        "a title of one word opens a part only when it ends there",
        LEAD + " Budget for det kommende år.\n\n Status.\n",
        "Budget for det kommende år blev drøftet.\nStatus på sagen følger.\nStatus. Godkendt.\n",
        [
            (
                None,
                "Budget for det kommende år.",
                "Budget for det kommende år blev drøftet. Status på sagen følger.",
            ),
            (None, "Status.", "Status. Godkendt."),
        ],
    ),
    (
        "paragraphs that open with the title and lost their empty lines and bullets",
        LEAD + " Årshjul for direktionen.\n\n Budget for det kommende år. Status.\n",
        "Årshjul for direktionen. Drøftet, og\nårshjul for direktionen opdateres.\n"
        "Budget for det kommende år blev godkendt.\n",
        [
            (
                None,
                "Årshjul for direktionen.",
                "Årshjul for direktionen. Drøftet, og årshjul for direktionen opdateres.",
            ),
            (None, "Budget for det kommende år.", "Budget for det kommende år blev godkendt."),
        ],
    ),
    (
        "points numbered '1)', decided in the same numbering",
        LEAD + "1) Budget. Status på\ndrift.\n2) Årshjul.\n3) Eventuelt.\n",
        "1) Drøftet.\n2) Godkendt.\n3) Intet.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt."), (3, "Eventuelt.", "Intet.")],
    ),
    (
        "points numbered '1)' decided with '1.'",
        LEAD + "1) Budget.\n2) Årshjul.\n",
        "1. Drøftet.\n2. Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    (
        "'2)' inside a point numbered '1.' is running text",
        LEAD + "1. Budget. Fokus på 1) drift og\n2) Anlæg.\n2. Årshjul.\n",
        "1. Drøftet.\n2. Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", "Godkendt.")],
    ),
    (
        "a line cut off before the next number ('… St' / '2. …') does not hold it back",
        LEAD + "1. Budget. Drøftelse d\n2. Årshjul. Status på apr\n3. Seminar.\n",
        "1. Drøftet.\n2. Godkendt.\n3. Udsat.\n",
        [
            (1, "Budget.", "Drøftet."),
            (2, "Årshjul.", "Godkendt."),
            (3, "Seminar.", "Udsat."),
        ],
    ),
    (
        "points bulleted with asterisks",
        LEAD + "* Budget.\n* Årshjul.\n",
        "* Drøftet.\n* Godkendt.\n",
        [(None, "Budget.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    (
        "one short paragraph that names no point is every point's part",
        listed("Budget 2023.", "Årshjul for 2022."),
        "Punkterne blev drøftet og godkendt.\n",
        [
            (None, "Budget 2023.", "Punkterne blev drøftet og godkendt."),
            (None, "Årshjul for 2022.", "Punkterne blev drøftet og godkendt."),
        ],
    ),
    (
        "one paragraph that names one point is that point's",
        listed("Budget 2023.", "Årshjul for 2022."),
        "Årshjulet blev godkendt.\n",
        [(None, "Budget 2023.", ""), (None, "Årshjul for 2022.", "Årshjulet blev godkendt.")],
    ),
    (
        "one point takes the whole decision",
        LEAD + "1. Budget.\n",
        "Drøftet og godkendt.\n",
        [(1, "Budget.", "Drøftet og godkendt.")],
    ),
    (
        "the introduction in other words: a line ending in a colon before the list",
        "Direktionen drøfter status på budgettet.\n\nDagsorden:\n Budget. Status.\n Årshjul.\n",
        " Budget drøftet.\n Årshjul godkendt.\n",
        [(None, "Budget.", "Budget drøftet."), (None, "Årshjul.", "Årshjul godkendt.")],
    ),
    (
        "Word's numbers run on into the decision, a part holding '1)', no space after '10.'",
        LEAD + "".join(f"{n}. Emne {n}.\n" for n in range(1, 6)),
        "6. Emne 1. Der var nedslag om 1) forankring og 2) proces.\n"
        + "".join(f"{n}. Emne {n - 5}. Drøftet.\n" for n in range(7, 10))
        + "10.Emne 5. Godkendt.\n",
        [(1, "Emne 1.", "Emne 1. Der var nedslag om 1) forankring og 2) proces.")]
        + [(n, f"Emne {n}.", f"Emne {n}. Drøftet.") for n in range(2, 5)]
        + [(5, "Emne 5.", "Emne 5. Godkendt.")],
    ),
    (
        "a bullet's line that repeats the title but goes on with its sentence is no heading",
        LEAD + "\uf0b7 Dialogmøde med økonomichef Bettina Andersen.\n\uf0b7 Årshjul.\n",
        "\uf0b7 Dialogmøde med økonomichef Bettina Andersen,\nhvor budgettet blev drøftet.\n"
        "\uf0b7 Årshjul\nGodkendt.\n",
        [
            (
                None,
                "Dialogmøde med økonomichef Bettina Andersen.",
                "Dialogmøde med økonomichef Bettina Andersen, hvor budgettet blev drøftet.",
            ),
            (None, "Årshjul.", "Godkendt."),
        ],
    ),
    (
        "a number alone on its line, its text on the next (an extractor's '10.' / 'Årligt …')",
        LEAD + "".join(f"{n}. Emne {n}.\n" for n in range(1, 6)),
        "".join(f"{n}. Emne {n - 5}. Drøftet.\n" for n in range(6, 10))
        + "10.\nEmne 5. Godkendt.\n",
        [(n, f"Emne {n}.", f"Emne {n}. Drøftet.") for n in range(1, 5)]
        + [(5, "Emne 5.", "Emne 5. Godkendt.")],
    ),
    (
        "a line ending in a colon that names no agenda introduces no points",
        "Opfølgningen viser et mindreforbrug.\n\nDer er særligt fokus på følgende områder:\n"
        "- Ældreområdet\n- Specialundervisning\n",
        "Drøftet.\n",
        [],
    ),
    (
        "a colon before one indented line is no list",
        "Vedlagt er:\n Budgetnotat for 2023.\n\nDirektionen drøfter budgettet.\n",
        "Drøftet.\n",
        [],
    ),
    (
        "a numbered decision that passes a point over",
        LEAD + "1. Budget.\n2. Årshjul.\n3. Klima.\n",
        "1. Drøftet.\n\n3. Godkendt.\n",
        [(1, "Budget.", "Drøftet."), (2, "Årshjul.", ""), (3, "Klima.", "Godkendt.")],
    ),
    (
        "a second introduction after an empty paragraph: its list goes on with the points",
        LEAD + "1. Budget.\n2. Årshjul.\n \n"
        "Direktionen har følgende punkter til orientering:\n3. Klima.\n",
        "1. Drøftet.\n2. Godkendt.\n3. Taget til efterretning.\n",
        [
            (1, "Budget.", "Drøftet."),
            (2, "Årshjul.", "Godkendt."),
            (3, "Klima.", "Taget til efterretning."),
        ],
    ),
    (
        "a numbered list, then a bulleted one: numbers, then headings answer them",
        "Følgende punkter til behandling:\n1. Budget.\n2. Årshjul.\n \n"
        "Følgende punkter til orientering:\n\uf0b7 Klima og energi.\n\uf0b7 Trivsel.\n",
        "1. Drøftet.\n2. Godkendt.\n \nKlima og energi.\nTaget til efterretning.\n \n"
        "Trivsel.\nOrienteret.\n",
        [
            (1, "Budget.", "Drøftet."),
            (2, "Årshjul.", "Godkendt."),
            (None, "Klima og energi.", "Taget til efterretning."),
            (None, "Trivsel.", "Orienteret."),
        ],
    ),
    (
        "two lists each numbered from 1, answered in the same numbering",
        "Følgende punkter til behandling:\n1. Budget.\n2. Årshjul.\n \n"
        "Følgende punkter til orientering:\n1. Klima.\n2. Trivsel.\n",
        "1. Drøftet.\n2. Godkendt.\n1. Taget til efterretning.\n2. Orienteret.\n",
        [
            (1, "Budget.", "Drøftet."),
            (2, "Årshjul.", "Godkendt."),
            (1, "Klima.", "Taget til efterretning."),
            (2, "Trivsel.", "Orienteret."),
        ],
    ),
    (
        "two lists each numbered from 1, answered numbered on",
        "Følgende punkter til behandling:\n1. Budget.\n2. Årshjul.\n \n"
        "Følgende punkter til orientering:\n1. Klima.\n2. Trivsel.\n",
        "1. Drøftet.\n2. Godkendt.\n3. Taget til efterretning.\n4. Orienteret.\n",
        [
            (1, "Budget.", "Drøftet."),
            (2, "Årshjul.", "Godkendt."),
            (1, "Klima.", "Taget til efterretning."),
            (2, "Trivsel.", "Orienteret."),
        ],
    ),
    (
        "an introduction inside a point (its numbered line) opens no second list",
        LEAD + "1. Budget.\n \n"
        "2. Temadrøftelse med følgende punkter til drøftelse:\n\u2022 Klima\n\u2022 Trivsel\n",
        "1. Drøftet.\n2. Godkendt.\n",
        [
            (1, "Budget.", "Drøftet."),
            (2, "Temadrøftelse med følgende punkter til drøftelse: Klima Trivsel", "Godkendt."),
        ],
    ),
    (
        "a closing paragraph about the other points goes to those no other part answers",
        listed("Budget 2024.", "Årshjul.", "Klima."),
        "Budgettet blev drøftet, og økonomichefen følger op.\n \n"
        "De øvrige punkter blev taget til efterretning.\n",
        [
            (None, "Budget 2024.", "Budgettet blev drøftet, og økonomichefen følger op."),
            (None, "Årshjul.", "De øvrige punkter blev taget til efterretning."),
            (None, "Klima.", "De øvrige punkter blev taget til efterretning."),
        ],
    ),
    (
        "an opening paragraph about the points together goes to those no other part answers",
        listed("Budget 2024.", "Årshjul.", "Klima."),
        "Punkterne blev drøftet.\n \nÅrshjullet blev godkendt, og HR følger op.\n",
        [
            (None, "Budget 2024.", "Punkterne blev drøftet."),
            (None, "Årshjul.", "Årshjullet blev godkendt, og HR følger op."),
            (None, "Klima.", "Punkterne blev drøftet."),
        ],
    ),
    (
        "... also where the paragraphs are as many as the points",
        listed("Budget 2024.", "Årshjul.", "Klima."),
        "Punkterne blev drøftet.\n \nBudgettet blev godkendt.\n \nÅrshjullet blev godkendt.\n",
        [
            (None, "Budget 2024.", "Budgettet blev godkendt."),
            (None, "Årshjul.", "Årshjullet blev godkendt."),
            (None, "Klima.", "Punkterne blev drøftet."),
        ],
    ),
    (
        "... and a closing one",
        listed("Budget 2024.", "Årshjul.", "Klima."),
        "Årshjullet blev godkendt, og HR følger op.\n \nPunkterne blev i øvrigt drøftet.\n",
        [
            (None, "Budget 2024.", "Punkterne blev i øvrigt drøftet."),
            (None, "Årshjul.", "Årshjullet blev godkendt, og HR følger op."),
            (None, "Klima.", "Punkterne blev i øvrigt drøftet."),
        ],
    ),
    (
        "a numbered decision that passes the first point over",
        LEAD + "1. Budget.\n2. Årshjul.\n3. Klima.\n",
        "2. Godkendt.\n\n3. Taget til efterretning.\n",
        [
            (1, "Budget.", ""),
            (2, "Årshjul.", "Godkendt."),
            (3, "Klima.", "Taget til efterretning."),
        ],
    ),
    (
        "a numbered decision that answers out of order",
        LEAD + "1. Budget.\n2. Årshjul.\n3. Klima.\n",
        "2. Godkendt.\n\n1. Drøftet.\n\n3. Taget til efterretning.\n",
        [
            (1, "Budget.", "Drøftet."),
            (2, "Årshjul.", "Godkendt."),
            (3, "Klima.", "Taget til efterretning."),
        ],
    ),
    *[
        (
            f"numbered parts under headings in other words on the number's line{how}",
            LEAD + "1. Budget 2025.\n"
            "2. Status på rekruttering af ny skolechef.\n3. Årshjul for direktionen.\n",
            "".join(f"{label(k)}{head}{colon}\n{answer}\n" for k, head, answer in parts),
            [
                (1, "Budget 2025.", "Godkendt."),
                (2, "Status på rekruttering af ny skolechef.", "Drøftet. Der følges op i januar."),
                (3, "Årshjul for direktionen.", "Taget til efterretning."),
            ],
        )
        for how, label, colon, parts in (
            ("", "{}. ".format, "", _REWORDED),
            (", out of order", "{}. ".format, "", [_REWORDED[1], _REWORDED[2], _REWORDED[0]]),
            (", after 'Pkt.'", "Pkt. {} ".format, "", _REWORDED),
            (", ending in a colon", "{}. ".format, ":", _REWORDED),
            (", after 'Ad'", "Ad {}: ".format, "", _REWORDED),
        )
    ],
    *[
        (
            f"parts out of order whose subjects name the points in other words{how}",
            listed(
                "Budget 2025.",
                "Status på rekruttering af ny skolechef.",
                "Årshjul for direktionen.",
            ),
            gap.join(_SUBJECTS[k] + "\n" for k in order),
            [
                (None, title, _SUBJECTS[k] if k in order else "")
                for k, title in enumerate(
                    (
                        "Budget 2025.",
                        "Status på rekruttering af ny skolechef.",
                        "Årshjul for direktionen.",
                    )
                )
            ],
        )
        for how, gap, order in (
            ("", "", (1, 0, 2)),
            (", in paragraphs", " \n", (1, 2, 0)),
            (", one passed over", "", (2, 0)),
        )
    ],
    (
        "parts whose subjects name no point one alone holds go in order",
        listed("Budget 2025.", "Status på rekruttering af ny skolechef.", "Skolechefens årshjul."),
        "Skolechefen blev drøftet.\n\nBudget 2025 blev godkendt.\n\n"
        "Årshjulet tages til efterretning.\n",
        [
            (None, "Budget 2025.", "Skolechefen blev drøftet."),
            (None, "Status på rekruttering af ny skolechef.", "Budget 2025 blev godkendt."),
            (None, "Skolechefens årshjul.", "Årshjulet tages til efterretning."),
        ],
    ),
    *[
        (
            f"a part in its place under a heading in other words after one without{how}",
            listed("Budget 2025.", "Direktionens årsplan."),
            f"Direktionen drøftede budgettet og besluttede at følge op i januar.\n{gap}"
            f"Årsplanen{colon}\nGodkendt.\n",
            [
                (
                    None,
                    "Budget 2025.",
                    "Direktionen drøftede budgettet og besluttede at følge op i januar.",
                ),
                (None, "Direktionens årsplan.", "Godkendt."),
            ],
        )
        for how, gap, colon in (
            ("", "", ""),
            (", in paragraphs", " \n", ""),
            (", ending in a colon", "\n", ":"),
        )
    ],
    (
        "a part in its place opening with a title's words that go on in small letters keeps them",
        listed("Budget 2025.", "Direktionens årsplan."),
        "Direktionen drøftede budgettet og besluttede at følge op i januar.\n\n"
        "Årsplanen\nblev godkendt.\n",
        [
            (
                None,
                "Budget 2025.",
                "Direktionen drøftede budgettet og besluttede at følge op i januar.",
            ),
            (None, "Direktionens årsplan.", "Årsplanen blev godkendt."),
        ],
    ),
    (
        "bulleted headings, one point passed over, in a decision of lines all shorter than the"
        " page's: the presentation shows the page's width",
        LEAD + "\uf0b7 Årligt dialogmøde med økonomichef Bettina Andersen.\n"
        "\uf0b7 Status på rekruttering af ny skolechef.\n"
        "\uf0b7 Drøftelse af DI-måling på baggrund af dialogmøde med Dansk Industri samt"
        " behandling i fagudvalg.\n"
        "\uf0b7 Direktionens årsplan (bilag vedlagt).\n",
        "\uf0b7 Årligt dialogmøde med økonomichef Bettina Andersen\n"
        "Direktionen kvitterede for en god dialog. Økonomichefen følger op.\n\n"
        "\uf0b7 Status på rekruttering af ny skolechef\nDrøftet.\n\n"
        "\uf0b7 Drøftelse af DI-måling\nUdsat til næste møde.\n",
        [
            (
                None,
                "Årligt dialogmøde med økonomichef Bettina Andersen.",
                "Direktionen kvitterede for en god dialog. Økonomichefen følger op.",
            ),
            (None, "Status på rekruttering af ny skolechef.", "Drøftet."),
            (
                None,
                "Drøftelse af DI-måling på baggrund af dialogmøde med Dansk Industri samt"
                " behandling i fagudvalg.",
                "Udsat til næste møde.",
            ),
            (None, "Direktionens årsplan (bilag vedlagt).", ""),
        ],
    ),
    (
        "of two points, the one answered under a bullet naming it in other words",
        LEAD + "\uf0b7 Budgetopfølgning pr. 30. april.\n"
        "\uf0b7 Direktionens årsplan (bilag vedlagt).\n",
        "\uf0b7 Årsplanen\nDirektionen kvitterede for en god dialog. Økonomichefen følger op.\n",
        [
            (None, "Budgetopfølgning pr. 30. april.", ""),
            (
                None,
                "Direktionens årsplan (bilag vedlagt).",
                "Direktionen kvitterede for en god dialog. Økonomichefen følger op.",
            ),
        ],
    ),
    (
        "of two points, the one answered after 'Ad' and its title's start before a colon, its"
        " words more like the other's",
        listed(
            "Budgetopfølgning pr. 30. april.", "Årligt dialogmøde med økonomichef Bettina Andersen."
        ),
        "Ad budgetopfølgning: Direktionen kvitterede for en god dialog. Økonomichefen følger op.\n",
        [
            (
                None,
                "Budgetopfølgning pr. 30. april.",
                "Ad budgetopfølgning: Direktionen kvitterede for en god dialog. Økonomichefen følger op.",
            ),
            (None, "Årligt dialogmøde med økonomichef Bettina Andersen.", ""),
        ],
    ),
    (
        "a lead, then a numbered part of the second point under a heading, the first passed over",
        LEAD + "1. Årligt dialogmøde med økonomichef Bettina Andersen.\n"
        "2. Status på rekruttering af ny skolechef.\n",
        "Direktionen besluttede følgende:\n2. Rekruttering af skolechef\nDrøftet.\n",
        [
            (1, "Årligt dialogmøde med økonomichef Bettina Andersen.", ""),
            (2, "Status på rekruttering af ny skolechef.", "Drøftet."),
        ],
    ),
    *[
        (
            f"bulleted points of two, one answered by its place under a heading{how}",
            listed(
                "Drøftelse af DI-måling på baggrund af dialogmøde med Dansk Industri samt behandling i fagudvalg.",
                "Direktionens årsplan (bilag vedlagt).",
            ),
            f"2. {heading}\nDirektionen drøftede status og de udfordringer, der er i forhold til"
            " rekruttering og fastholdelse af\nmedarbejdere på området, og der var enighed om at"
            " arbejde videre med de foreslåede tiltag.\n",
            [
                (
                    None,
                    "Drøftelse af DI-måling på baggrund af dialogmøde med Dansk Industri samt"
                    " behandling i fagudvalg.",
                    "",
                ),
                (
                    None,
                    "Direktionens årsplan (bilag vedlagt).",
                    "Direktionen drøftede status og de udfordringer, der er i forhold til"
                    " rekruttering og fastholdelse af medarbejdere på området, og der var enighed"
                    " om at arbejde videre med de foreslåede tiltag.",
                ),
            ],
        )
        for how, heading in (
            (" in other words", "Årsplan"),
            (", its title", "Direktionens årsplan"),
        )
    ],
    (
        "numbered parts under their titles whole ending in a colon, longer than the answers",
        LEAD + "1. Årligt dialogmøde med økonomichef Bettina Andersen.\n"
        "2. Budgetopfølgning pr. 30. april.\n",
        "1. Årligt dialogmøde med økonomichef Bettina Andersen:\n"
        "Godkendt med bemærkninger. Der følges op i januar.\n"
        "2. Budgetopfølgning pr. 30. april:\nTaget til efterretning.\n",
        [
            (
                1,
                "Årligt dialogmøde med økonomichef Bettina Andersen.",
                "Godkendt med bemærkninger. Der følges op i januar.",
            ),
            (2, "Budgetopfølgning pr. 30. april.", "Taget til efterretning."),
        ],
    ),
    (
        "one short sentence whose subject names one point in other words is that point's",
        listed(
            "Direktionsseminar, som oprindeligt skulle afholdes i januar 2021, udskydes til foråret.",
            "Direktionens årsplan (bilag vedlagt).",
        ),
        "Seminaret er udsat til næste møde.\n",
        [
            (
                None,
                "Direktionsseminar, som oprindeligt skulle afholdes i januar 2021, udskydes til"
                " foråret.",
                "Seminaret er udsat til næste møde.",
            ),
            (None, "Direktionens årsplan (bilag vedlagt).", ""),
        ],
    ),
    (
        "bulleted points answered by their places under headings, the last passed over, one"
        " part's words more like the last's",
        listed(
            "Årligt dialogmøde med økonomichef Bettina Andersen.",
            "Direktionsseminar, som oprindeligt skulle afholdes i januar 2021, udskydes til foråret.",
            "Status på rekruttering af ny skolechef.",
        ),
        "1. Årligt dialogmøde med økonomichef Bettina Andersen:\nUdsat til næste møde.\n"
        "2. Seminaret:\nDirektionen drøftede status og de udfordringer, der er i forhold til"
        " rekruttering og fastholdelse af\nmedarbejdere på området.\n",
        [
            (None, "Årligt dialogmøde med økonomichef Bettina Andersen.", "Udsat til næste møde."),
            (
                None,
                "Direktionsseminar, som oprindeligt skulle afholdes i januar 2021, udskydes til"
                " foråret.",
                "Direktionen drøftede status og de udfordringer, der er i forhold til"
                " rekruttering og fastholdelse af medarbejdere på området.",
            ),
            (None, "Status på rekruttering af ny skolechef.", ""),
        ],
    ),
    *[
        (
            f"titles before a dash out of order{how}",
            listed(
                "Budget 2025.",
                "Status på rekruttering af ny skolechef.",
                "Årshjul for direktionen.",
            ),
            f"{third} {dash} Godkendt.\nBudget 2025 {dash} Drøftet.\n"
            f"{second} {dash} Taget til efterretning.\n",
            [
                (None, "Budget 2025.", f"Budget 2025 {dash} Drøftet."),
                (
                    None,
                    "Status på rekruttering af ny skolechef.",
                    f"{second} {dash} Taget til efterretning.",
                ),
                (None, "Årshjul for direktionen.", f"{third} {dash} Godkendt."),
            ],
        )
        for how, dash, second, third in (
            ("", "–", "Status på rekruttering af ny skolechef", "Årshjul for direktionen"),
            (
                ", a hyphen",
                "-",
                "Status på rekruttering af ny skolechef",
                "Årshjul for direktionen",
            ),
            (", in other words", "–", "Rekruttering", "Årshjul"),
        )
    ],
    (
        "titles before a dash out of order, run into one line",
        listed(
            "Budget 2025.", "Status på rekruttering af ny skolechef.", "Årshjul for direktionen."
        ),
        "Årshjul – Godkendt. Budget 2025 – Drøftet. Rekruttering – Taget til efterretning.\n",
        [
            (None, "Budget 2025.", "Budget 2025 – Drøftet."),
            (
                None,
                "Status på rekruttering af ny skolechef.",
                "Rekruttering – Taget til efterretning.",
            ),
            (None, "Årshjul for direktionen.", "Årshjul – Godkendt."),
        ],
    ),
    (
        "a dash inside a part's sentence parts nothing",
        listed("Budget 2025.", "Årshjul for direktionen."),
        "Budgettet blev drøftet. Økonomichefen – som tovholder – følger op.\n \n"
        "Årshjulet blev godkendt.\n",
        [
            (
                None,
                "Budget 2025.",
                "Budgettet blev drøftet. Økonomichefen – som tovholder – følger op.",
            ),
            (None, "Årshjul for direktionen.", "Årshjulet blev godkendt."),
        ],
    ),
    (
        "a numbered part opening with an answer a title holds the words of keeps it",
        LEAD + "1. Budget 2025.\n2. Godkendelse af årshjul for direktionen.\n",
        "1. Drøftet.\n2. Godkendt\nØkonomichefen udsender årshjulet.\n",
        [
            (1, "Budget 2025.", "Drøftet."),
            (
                2,
                "Godkendelse af årshjul for direktionen.",
                "Godkendt Økonomichefen udsender årshjulet.",
            ),
        ],
    ),
    (
        "a numbered part's line broken at the margin after words of its title keeps them",
        LEAD + f"1. Budget 2025.\n2. {_PROCESS} Auning\nSkoledistrikt.\n",
        "1. Budget 2025 blev godkendt med de ændringer, som økonomichefen fremlagde på mødet i"
        " direktionen.\n"
        f"2. {_PROCESS}\nAuning Skoledistrikt blev drøftet.\n",
        [
            (
                1,
                "Budget 2025.",
                "Budget 2025 blev godkendt med de ændringer, som økonomichefen fremlagde på mødet i"
                " direktionen.",
            ),
            (
                2,
                f"{_PROCESS} Auning Skoledistrikt.",
                f"{_PROCESS} Auning Skoledistrikt blev drøftet.",
            ),
        ],
    ),
    (
        "a time of day before each title, the decision's headings without it",
        LEAD
        + " 9.00-9.30 Dialogmøde med skolechef Hans Jensen.\n Kl. 9.30 – 10.00: Budget. Status.\n 10.00 Årshjul.\n",
        "Dialogmøde med skolechef Hans Jensen.\nDirektionen kvitterede for en god dialog.\n\nBudget.\nDrøftet.\n\nÅrshjul.\nGodkendt.\n",
        [
            (
                None,
                "9.00-9.30 Dialogmøde med skolechef Hans Jensen.",
                "Direktionen kvitterede for en god dialog.",
            ),
            (None, "Kl. 9.30 – 10.00: Budget.", "Drøftet."),
            (None, "10.00 Årshjul.", "Godkendt."),
        ],
    ),
    (
        "headings that lost their bullets, one repeating the whole of a short point",
        listed("Budget 2024. Status.", "Årshjul."),
        " Budget 2024. Status.\nDrøftet, og økonomichefen følger op.\n\n Årshjul.\nGodkendt.\n",
        [
            (None, "Budget 2024.", "Drøftet, og økonomichefen følger op."),
            (None, "Årshjul.", "Godkendt."),
        ],
    ),
    (
        "... but not to an abbreviation's period: the date goes on in the next line",
        listed("Budget. Drøftes på møde d. 14. november.", "Årshjul."),
        " Budget. Drøftes på møde d.\n14. november. Drøftet.\n\n Årshjul.\nGodkendt.\n",
        [
            (None, "Budget.", "Budget. Drøftes på møde d. 14. november. Drøftet."),
            (None, "Årshjul.", "Godkendt."),
        ],
    ),
    (
        "heading lines answering the points in another order than theirs",
        listed("Budget 2025. Status.", "Årshjul for direktionen.", "Sygefravær i 3. kvartal."),
        "Årshjul for direktionen\n\nGodkendt.\n\nBudget 2025\n\nDrøftet.\n\n"
        "Sygefravær i 3. kvartal\n\nTaget til efterretning.\n",
        [
            (None, "Budget 2025.", "Drøftet."),
            (None, "Årshjul for direktionen.", "Godkendt."),
            (None, "Sygefravær i 3. kvartal.", "Taget til efterretning."),
        ],
    ),
    (
        "... with no empty lines, the last answered first",
        listed("Budget 2025. Status.", "Årshjul for direktionen.", "Sygefravær i 3. kvartal."),
        "Sygefravær i 3. kvartal\nTaget til efterretning.\nBudget 2025\nDrøftet.\n"
        "Årshjul for direktionen\nGodkendt med en rettelse.\n",
        [
            (None, "Budget 2025.", "Drøftet."),
            (None, "Årshjul for direktionen.", "Godkendt med en rettelse."),
            (None, "Sygefravær i 3. kvartal.", "Taget til efterretning."),
        ],
    ),
    (
        "parts opened by the titles and a colon in another order, a line each",
        listed("Budget 2025. Status.", "Årshjul for direktionen.", "Sygefravær i 3. kvartal."),
        "Årshjul for direktionen: Godkendt.\nBudget 2025: Drøftet.\n"
        "Sygefravær i 3. kvartal: Taget til efterretning.\n",
        [
            (None, "Budget 2025.", "Budget 2025: Drøftet."),
            (None, "Årshjul for direktionen.", "Årshjul for direktionen: Godkendt."),
            (
                None,
                "Sygefravær i 3. kvartal.",
                "Sygefravær i 3. kvartal: Taget til efterretning.",
            ),
        ],
    ),
    *[
        (
            f"parts run in one line, opened by the titles and a colon{what}; an ordinal's"
            " period in a title",
            listed("Budget 2025. Status.", "Årshjul for direktionen.", "Sygefravær i 3. kvartal."),
            decision,
            [
                (None, "Budget 2025.", "Budget 2025: Drøftet."),
                (None, "Årshjul for direktionen.", "Årshjul for direktionen: Godkendt."),
                (
                    None,
                    "Sygefravær i 3. kvartal.",
                    "Sygefravær i 3. kvartal: Taget til efterretning.",
                ),
            ],
        )
        for what, decision in [
            (
                "",
                "Budget 2025: Drøftet. Årshjul for direktionen: Godkendt. Sygefravær i 3. kvartal:"
                " Taget til efterretning.\n",
            ),
            (
                ", in another order",
                "Sygefravær i 3. kvartal: Taget til efterretning. Årshjul for direktionen:"
                " Godkendt. Budget 2025: Drøftet.\n",
            ),
        ]
    ],
    (
        "a lead introducing the parts is the item's, no point's: numbered answers",
        listed("Budget 2025. Status.", "Årshjul."),
        "Direktionen besluttede følgende:\n\n1. Budgettet blev drøftet.\n2. Godkendt.\n",
        [(None, "Budget 2025.", "Budgettet blev drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    (
        "... and lines opening with the titles and a colon",
        listed("Budget 2025. Status.", "Årshjul."),
        "Direktionen besluttede følgende:\nBudget 2025: Drøftet.\nÅrshjul: Godkendt.\n",
        [(None, "Budget 2025.", "Budget 2025: Drøftet."), (None, "Årshjul.", "Årshjul: Godkendt.")],
    ),
    (
        "... but a heading with a colon is a point's",
        listed("Budget 2025. Status.", "Årshjul."),
        "Budget 2025:\nDrøftet.\nÅrshjul:\nGodkendt.\n",
        [(None, "Budget 2025.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
    ),
    *[
        (
            f"bulleted points answered by their places out of order, '{label}'",
            listed("Budget 2025.", "Årshjul."),
            f"{label.format(2)} Godkendt.\n{label.format(1)} Drøftet.\n",
            [(None, "Budget 2025.", "Drøftet."), (None, "Årshjul.", "Godkendt.")],
        )
        for label in ("Ad {}:", "{})")
    ],
    (
        "bulleted points answered by their labelled places, the last passed over",
        listed("Budget 2025.", "Årshjul.", "Eventuelt."),
        "Ad 1: Drøftet.\nAd 2: Godkendt.\n",
        [
            (None, "Budget 2025.", "Drøftet."),
            (None, "Årshjul.", "Godkendt."),
            (None, "Eventuelt.", ""),
        ],
    ),
    (
        "... or by a numbered list of fewer parts that tell no point from another by words",
        listed("Budget 2025. Drøftelse.", "Årshjul. Drøftelse.", "Eventuelt."),
        "1. Drøftet.\n2. Godkendt.\n",
        [
            (None, "Budget 2025.", "Drøftet."),
            (None, "Årshjul.", "Godkendt."),
            (None, "Eventuelt.", ""),
        ],
    ),
    (
        "numbered points answered in the other numbering from the second",
        LEAD + "1. Budget 2025.\n2. Årshjul.\n3. Status.\n",
        "2) Godkendt.\n3) Taget til efterretning.\n",
        [
            (1, "Budget 2025.", ""),
            (2, "Årshjul.", "Godkendt."),
            (3, "Status.", "Taget til efterretning."),
        ],
    ),
    (
        "heading lines in another order than the points', one point passed over",
        listed(
            "Budget 2025.",
            "Årshjul for direktionen.",
            "Sygefravær i 3. kvartal.",
            "Ledelsesevaluering.",
        ),
        "Årshjul for direktionen\n\nGodkendt.\n\nBudget 2025\n\nDrøftet.\n\n"
        "Ledelsesevaluering\n\nUdsat.\n",
        [
            (None, "Budget 2025.", "Drøftet."),
            (None, "Årshjul for direktionen.", "Godkendt."),
            (None, "Sygefravær i 3. kvartal.", ""),
            (None, "Ledelsesevaluering.", "Udsat."),
        ],
    ),
    (
        "lines opening with the titles and a colon in another order, one point passed over",
        listed("Budget 2025.", "Årshjul for direktionen.", "Ledelsesevaluering."),
        "Ledelsesevaluering: Udsat.\nBudget 2025: Drøftet.\n",
        [
            (None, "Budget 2025.", "Budget 2025: Drøftet."),
            (None, "Årshjul for direktionen.", ""),
            (None, "Ledelsesevaluering.", "Ledelsesevaluering: Udsat."),
        ],
    ),
    (
        "headings over parts of two lines, a point passed over: the paragraphs where lines end"
        " short are as many as the points by chance",
        listed("Direktionsseminar.", "Sygefravær i 3. kvartal.", "Rekruttering af ny skolechef."),
        "Direktionsseminar\nUdsat til næste møde.\nKommunaldirektøren følger op.\n"
        "Rekruttering af ny skolechef\nSagen behandles igen d. 21. december.\n"
        "Kommunaldirektøren følger op.\n",
        [
            (None, "Direktionsseminar.", "Udsat til næste møde. Kommunaldirektøren følger op."),
            (None, "Sygefravær i 3. kvartal.", ""),
            (
                None,
                "Rekruttering af ny skolechef.",
                "Sagen behandles igen d. 21. december. Kommunaldirektøren følger op.",
            ),
        ],
    ),
    (
        "... or a paragraph opens with another point's heading than its place's",
        listed(
            "Status på energiforbruget.",
            "Rekruttering af ny skolechef.",
            "Ledelsesevaluering.",
            "Eventuelt.",
        ),
        "Ledelsesevaluering\n\nDrøftet.\nSekretariatet udsender materialet.\n\n"
        "Status på energiforbruget\n\nGodkendt.\nDer gives en status i januar.\n",
        [
            (None, "Status på energiforbruget.", "Godkendt. Der gives en status i januar."),
            (None, "Rekruttering af ny skolechef.", ""),
            (None, "Ledelsesevaluering.", "Drøftet. Sekretariatet udsender materialet."),
            (None, "Eventuelt.", ""),
        ],
    ),
    *[
        (
            f"headings out of order, one in other words{how}",
            listed(
                "Budget 2025.",
                "Status på rekruttering af ny skolechef.",
                "Årshjul for direktionen.",
            ),
            gap.join(
                (
                    "Årshjul\nTaget til efterretning.\n",
                    f"{paraphrase}\nDrøftet. Der følges op i januar.\n",
                    "Budget 2025\nGodkendt.\n",
                )
            ),
            [
                (None, "Budget 2025.", "Godkendt."),
                (
                    None,
                    "Status på rekruttering af ny skolechef.",
                    "Drøftet. Der følges op i januar.",
                ),
                (None, "Årshjul for direktionen.", "Taget til efterretning."),
            ],
        )
        for how, gap, paraphrase in (
            ("", "", "Rekruttering af skolechef"),
            (", in paragraphs", "\n", "Rekruttering af skolechef"),
            (", a word of the title", "", "Skolechef"),
        )
    ],
    (
        "a heading in other words opening with a count",
        listed(
            "5 minutters oplæg v. velfærdsdirektør Lene Mehlsen om ældrepolitikken.",
            "Budget 2025.",
        ),
        "5 minutters oplæg om ældrepolitikken\nVelfærdsdirektøren orienterede.\n"
        "Budget 2025\nGodkendt.\n",
        [
            (
                None,
                "5 minutters oplæg v. velfærdsdirektør Lene Mehlsen om ældrepolitikken.",
                "Velfærdsdirektøren orienterede.",
            ),
            (None, "Budget 2025.", "Godkendt."),
        ],
    ),
    *[
        (
            f"titles before a colon out of order, one in other words{how}",
            listed(
                "Budget 2025.",
                "Status på rekruttering af ny skolechef.",
                "Årshjul for direktionen.",
            ),
            gap.join(
                (
                    f"{paraphrase}: Drøftet.",
                    "Budget 2025: Godkendt.",
                    "Årshjul: Taget til efterretning.\n",
                )
            ),
            [
                (None, "Budget 2025.", "Budget 2025: Godkendt."),
                (None, "Status på rekruttering af ny skolechef.", f"{paraphrase}: Drøftet."),
                (None, "Årshjul for direktionen.", "Årshjul: Taget til efterretning."),
            ],
        )
        for how, gap, paraphrase in (
            (", a line each", "\n", "Rekruttering af skolechef"),
            (", run into one line", " ", "Skolechef"),
        )
    ],
    *[
        (
            f"titles after '{label}' before a colon out of order, one in other words",
            listed(
                "Budget 2025.",
                "Status på rekruttering af ny skolechef.",
                "Årshjul for direktionen.",
            ),
            f"{label} rekruttering: Drøftet.\n{label} budget 2025: Godkendt.\n"
            f"{label} årshjul: Taget til efterretning.\n",
            [
                (None, "Budget 2025.", f"{label} budget 2025: Godkendt."),
                (
                    None,
                    "Status på rekruttering af ny skolechef.",
                    f"{label} rekruttering: Drøftet.",
                ),
                (None, "Årshjul for direktionen.", f"{label} årshjul: Taget til efterretning."),
            ],
        )
        for label in ("Ad", "Vedr.", "Vedrørende")
    ],
    (
        "headings after 'Vedr.' repeating the titles",
        listed("Budget 2025.", "Årshjul for direktionen."),
        "Vedr. budget 2025\nGodkendt.\nVedr. årshjul for direktionen\nTaget til efterretning.\n",
        [
            (None, "Budget 2025.", "Godkendt."),
            (None, "Årshjul for direktionen.", "Taget til efterretning."),
        ],
    ),
    (
        "titles before a colon, one in words of two titles: the parts in order",
        listed("Budget 2025.", "Status på rekruttering af ny skolechef.", "Skolechefens årshjul."),
        "Skolechef: Drøftet.\nBudget 2025: Godkendt.\nÅrshjul: Taget til efterretning.\n",
        [
            (None, "Budget 2025.", "Skolechef: Drøftet."),
            (None, "Status på rekruttering af ny skolechef.", "Budget 2025: Godkendt."),
            (None, "Skolechefens årshjul.", "Årshjul: Taget til efterretning."),
        ],
    ),
    *[
        (
            f"headings ending in a colon, one in other words{how}",
            listed(
                "Budget 2025.",
                "Status på rekruttering af ny skolechef.",
                "Årshjul for direktionen.",
            ),
            "".join(decision),
            [
                (None, "Budget 2025.", "Godkendt."),
                (None, "Status på rekruttering af ny skolechef.", "Drøftet."),
                (None, "Årshjul for direktionen.", "Taget til efterretning."),
            ],
        )
        for how, decision in (
            ("", ("Budget 2025:\nGodkendt.\n", "Rekruttering af skolechef:\nDrøftet.\n")),
            (
                ", first, out of order",
                ("Rekruttering af skolechef:\nDrøftet.\n", "Budget 2025:\nGodkendt.\n"),
            ),
        )
        for decision in [(*decision, "Årshjul:\nTaget til efterretning.\n")]
    ],
    *[
        (
            f"headings, and a part opened by a title in other words before a colon {where}",
            listed(
                "Budget 2025.",
                "Status på rekruttering af ny skolechef.",
                "Årshjul for direktionen.",
            ),
            decision,
            [
                (None, "Budget 2025.", "Godkendt."),
                (None, "Status på rekruttering af ny skolechef.", answer),
                (None, "Årshjul for direktionen.", "Taget til efterretning."),
            ],
        )
        for where, decision, answer in (
            (
                "first",
                "Rekruttering af skolechef: Drøftet.\nBudget 2025\nGodkendt.\nÅrshjul\n"
                "Taget til efterretning.\n",
                "Rekruttering af skolechef: Drøftet.",
            ),
            (
                "last",
                "Budget 2025\nGodkendt.\nÅrshjul\nTaget til efterretning.\n"
                "Rekruttering af skolechef: Drøftet. Der følges op.\n",
                "Rekruttering af skolechef: Drøftet. Der følges op.",
            ),
        )
    ],
    (
        "headings out of order, a line in other words that two titles hold: taken for neither",
        listed("Budget 2025.", "Status på rekruttering af ny skolechef.", "Skolechefens årshjul."),
        "Skolechef\nDrøftet.\nBudget 2025\nGodkendt.\nÅrshjul\nTaget til efterretning.\n",
        [
            (None, "Budget 2025.", "Godkendt."),
            (None, "Status på rekruttering af ny skolechef.", ""),
            (None, "Skolechefens årshjul.", "Taget til efterretning."),
        ],
    ),
    (
        "parts run in and opened by their titles, in order, one passed over, a word of its in"
        " another's part",
        listed("Status på rekruttering.", "Årshjul for direktionen.", "Budget 2025."),
        "Årshjul for direktionen: Godkendt. Der gives en status i januar. Budget 2025: Drøftet.\n",
        [
            (None, "Status på rekruttering.", ""),
            (
                None,
                "Årshjul for direktionen.",
                "Årshjul for direktionen: Godkendt. Der gives en status i januar.",
            ),
            (None, "Budget 2025.", "Budget 2025: Drøftet."),
        ],
    ),
    *[
        (
            f"one answer to two points labelled '{label}'",
            listed("Budget 2025.", "Årshjul.", "Status."),
            f"{label}: Drøftet.\nAd 3: Godkendt.\n",
            [
                (None, "Budget 2025.", "Drøftet."),
                (None, "Årshjul.", "Drøftet."),
                (None, "Status.", "Godkendt."),
            ],
        )
        for label in ("Ad 1, 2", "Ad 1 + 2", "Til pkt. 1, 2", "Punkt 1-2")
    ],
    (
        "labelled answers, one to two points, a point passed over",
        listed("Budget 2025.", "Årshjul.", "Status.", "Eventuelt."),
        "Ad 1 og 2: Drøftet.\nAd 4: Intet.\n",
        [
            (None, "Budget 2025.", "Drøftet."),
            (None, "Årshjul.", "Drøftet."),
            (None, "Status.", ""),
            (None, "Eventuelt.", "Intet."),
        ],
    ),
    (
        "an agenda: no decision yet",
        LEAD + "1. Budget.\n2. Årshjul.\n",
        "",
        [(1, "Budget.", ""), (2, "Årshjul.", "")],
    ),
]


@pytest.mark.parametrize(
    ("what", "presentation", "decision", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_points(what: str, presentation: str, decision: str, expected: list[tuple]) -> None:
    assert points(presentation, decision) == expected


@pytest.mark.parametrize(("first", "second"), [("1.", "2."), ("", "")], ids=["numbered", "lost"])
def test_a_points_own_dashed_list_whose_entries_wrap(first: str, second: str) -> None:
    """Each entry's dash goes, also after an entry that wrapped (the line before the next
    dash then ends no list's line)."""
    text = (
        HEAD
        + LEAD
        + f"{first} Budgetopfølgning, hvor følgende drøftes:\n"
        + "- Status på anlæg, herunder byggeriet på Skovskolen og renoveringen af\n"
        + f"rådhuset i Grenaa.\n– Status på drift\n{second} Årshjul.\n"
        + MIDDLE
        + "Drøftet.\n \nGodkendt.\n"
    )
    budget, _ = parse_text(text).items[0].points
    assert budget.presentation == (
        "Budgetopfølgning, hvor følgende drøftes: Status på anlæg, herunder byggeriet på "
        "Skovskolen og renoveringen af rådhuset i Grenaa. Status på drift"
    )


@pytest.mark.parametrize("glyph", ["o", "\u2013", "\u25aa"])
def test_a_bulleted_points_own_list_after_a_full_line_and_wrapping(glyph: str) -> None:
    """Under bulleted points, a sub-list's entry after the widest line that ends in a colon,
    and one after an entry that wrapped, are the point's own list's."""
    text = (
        HEAD
        + LEAD
        + "\uf0b7 Budgetopfølgning for året. Følgende drøftes i direktionen:\n"
        + f"{glyph} Status på anlæg, herunder byggeriet på Skovskolen og renoveringen af\n"
        + f"rådhuset i Grenaa og i Auning.\n{glyph} Status på drift\n\uf0b7 Årshjul.\n"
        + MIDDLE
        + "Drøftet.\n \nGodkendt.\n"
    )
    budget, _ = parse_text(text).items[0].points
    assert budget.presentation == (
        "Budgetopfølgning for året. Følgende drøftes i direktionen: Status på anlæg, herunder "
        "byggeriet på Skovskolen og renoveringen af rådhuset i Grenaa og i Auning. Status på "
        "drift"
    )


def test_a_list_that_lost_its_bullets_indents_and_empty_paragraphs() -> None:
    """Nothing marks the points but where a line ends a sentence short of the margin (the
    next line's first word would have fitted); a heading line broken inside the title by the
    margin is no heading."""
    # wrapped at 50 characters
    presentation = (
        LEAD + "Årligt dialogmøde med økonomichef Bettina\n"
        "Andersen. Drøftelse af følgende to emner, herunder\n"
        "budgetopfølgninger og udbudsplan.\n"
        "Sparring omkring fælles introduktion til kommunens\n"
        "fagområder.\n"
        "Status på ansættelser samt HRs rolle.\n"
    )
    decision = (
        "Årligt dialogmøde med økonomichef Bettina\n"
        "Andersen, hvor der blev drøftet følgende to emner,\n"
        "herunder budgetopfølgninger. Direktionen\n"
        "kvitterede for en god dialog.\n"
        "Direktionen drøftede fælles introduktion for den\n"
        "samlede kommunalbestyrelse til kommunens\n"
        "fagområder.\n"
        "Status på ansættelser samt HRs rolle. Rekruttering\n"
        "blev drøftet.\n"
    )
    assert points(presentation, decision) == [
        (
            None,
            "Årligt dialogmøde med økonomichef Bettina Andersen.",
            "Årligt dialogmøde med økonomichef Bettina Andersen, hvor der blev drøftet følgende "
            "to emner, herunder budgetopfølgninger. Direktionen kvitterede for en god dialog.",
        ),
        (
            None,
            "Sparring omkring fælles introduktion til kommunens fagområder.",
            "Direktionen drøftede fælles introduktion for den samlede kommunalbestyrelse til "
            "kommunens fagområder.",
        ),
        (
            None,
            "Status på ansættelser samt HRs rolle.",
            "Status på ansættelser samt HRs rolle. Rekruttering blev drøftet.",
        ),
    ]


def test_titles_without_periods_a_line_each_are_points() -> None:
    """Bullets lost and the titles written without a period: each line ends short of the
    margin and the next starts with a capital, so each line is a point; a line the margin
    broke goes on in the next."""
    intro = (
        "Direktionen arbejder med 5 minutters oplæg som metode til at kvalificere emner til\n"
        "behandling.\n\n"
    )
    presentation = (
        f"{intro}Direktionen har følgende punkter til behandling:\n"
        "Budgetopfølgning pr. 30. april\n"
        "Status på rekruttering af ny skolechef\n"
        "Månedsgrebet\n"
    )
    decision = "Budgetopfølgning\nDrøftet.\nRekruttering af skolechef\nGodkendt.\nMånedsgrebet\nGennemgået.\n"
    assert points(presentation, decision) == [
        (None, "Budgetopfølgning pr. 30. april", "Drøftet."),
        (None, "Status på rekruttering af ny skolechef", "Godkendt."),
        (None, "Månedsgrebet", "Gennemgået."),
    ]
    wrapped = (
        f"{intro}Direktionen har følgende punkter til behandling:\n"
        "Budgetopfølgning pr. 30. april med status på anlæg og drift i fagområderne for\n"
        "Norddjurs Kommune\n"
    )
    assert [title for _, title, _ in points(wrapped, "Drøftet.\n")] == [
        "Budgetopfølgning pr. 30. april med status på anlæg og drift i fagområderne for "
        "Norddjurs Kommune"
    ]


def test_one_line_points_where_a_point_is_the_widest_line_of_the_list() -> None:
    """Nothing marks the points and each is one line: the presentation's standard text shows
    how wide the page is, so the list's widest line, a point, ends short of the margin too."""
    intro = (
        "Direktionen arbejder med 5 minutters oplæg som metode til at kvalificere emner til\n"
        "behandling. Fagdirektørerne holder 5 minutters oplæg om aktuelle emner med ophæng i\n"
        "direktionen, herunder eksempelvis relevante fagpolitikkers indhold.\n"
        "Direktionen har følgende øvrige punkter til behandling:\n"
    )
    presentation = (
        f"{intro}Direktionens årsplan (bilag vedlagt).\n"
        "Drøftelse af DI-måling på baggrund af dialogmøde med Dansk Industri.\n"
        "Status på rekruttering.\n"
    )
    decision = "Direktionens årsplan.\nDrøftet.\nDrøftelse af DI-måling.\nGodkendt.\nStatus på rekruttering.\nTaget til efterretning.\n"
    assert points(presentation, decision) == [
        (None, "Direktionens årsplan (bilag vedlagt).", "Drøftet."),
        (
            None,
            "Drøftelse af DI-måling på baggrund af dialogmøde med Dansk Industri.",
            "Godkendt.",
        ),
        (None, "Status på rekruttering.", "Taget til efterretning."),
    ]


def test_several_items_in_one_document() -> None:
    text = (
        "Direktionen 01-03-2023\n\n1. Budget\n\n Åben Sag \n\nSagsgang\n\nDIR, ØK, KB\n\nSagsfremstilling\n\nTekst om budget.\n\n"
        "Indstilling\n\nGodkendes.\n\nBeslutning i Direktionen den 01-03-2023\n\nGodkendt.\n\nAfbud:\n\n"
        "Velfærdsdirektør Lene Mehlsen (formand)\n\nBilag:\n\n1 - \n\n123 \n\nÅben Budget (1/23) (H)\n"
        "2. Personalesag\n\n Lukket Sag \n\nSagsgang\n\nDIR\n\nSagsfremstilling\n\nFortroligt.\n\n"
        "Beslutning i Direktionen den 01-03-2023\n\nDrøftet.\n"
    )
    minutes = parse_text(text)
    assert [(i.number, i.title, i.access, i.routing) for i in minutes.items] == [
        (1, "Budget", "open", ("DIR", "ØK", "KB")),
        (2, "Personalesag", "closed", ("DIR",)),
    ]
    assert [i.decision for i in minutes.items] == ["Godkendt.", "Drøftet."]
    assert [(a.name, a.kind, a.note) for a in minutes.absent] == [
        ("Lene Mehlsen", "afbud", "formand")
    ]
    assert [a.title for a in minutes.items[0].attachments] == ["Budget"]


def test_a_running_header_further_down_is_dropped_where_the_first_page_has_none() -> None:
    text = (
        HEAD + LEAD + " Budget. Status.\n\n"
        "Direktionen 01-03-2023\n\n Årshjul.\n" + MIDDLE + " Budget drøftet.\n Årshjul godkendt.\n"
    ).removeprefix("Direktionen 01-03-2023\n")
    minutes = parse_text(text)
    assert [p.presentation for p in minutes.items[0].points] == ["Budget. Status.", "Årshjul."]


def test_a_line_shaped_like_a_header_in_running_text_stays() -> None:
    text = HEAD + "Sagen blev behandlet i udvalget 01-02-2023\n" + MIDDLE + "Drøftet.\n"
    assert "udvalget 01-02-2023" in parse_text(text).items[0].presentation


def test_minutes_of_closed_items_only_list_their_headings() -> None:
    text = "Direktionen 26-01-2022\n\n1. Personalesag \n\n Lukket Sag \n\n2. Ansættelse af chef\n\n Lukket Sag \n"
    minutes = parse_text(text)
    assert (minutes.body, minutes.date.isoformat()) == ("Direktionen", "2022-01-26")
    assert [(i.number, i.title, i.access, i.presentation) for i in minutes.items] == [
        (1, "Personalesag", "closed", ""),
        (2, "Ansættelse af chef", "closed", ""),
    ]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_closed_items_routing_is_no_part_of_the_next_heading(gap: str) -> None:
    """A closed item shows its heading and routing only: the next heading follows its
    'Sagsgang' codes at once ('DIR' / 'Ansættelsessag'), and does not take them up."""
    closed = f"{{}} \n{gap} Lukket Sag \n{gap}Sagsgang \n{gap}DIR{{}} \n{gap}"
    text = (
        "Direktionen 26-01-2022\n"
        + closed.format("Personalesag", "")
        + closed.format("Ansættelse af chef", ", ØK")
        + closed.format("Boligsag", "")
    )
    assert [(i.title, i.routing) for i in parse_text(text).items] == [
        ("Personalesag", ("DIR",)),
        ("Ansættelse af chef", ("DIR", "ØK")),
        ("Boligsag", ("DIR",)),
    ]


def test_a_short_heading_line_ending_in_a_preposition_wraps_in_double_spaced_text() -> None:
    """Every other line empty, as pypdfium2 extracts: a heading's short line wraps across
    the empty line where it ends in a word no heading ends in ('af', 'i'); a sentence's end
    above is the item before's ('… Jensen.' / 'Personalesag')."""
    lines = [
        "Direktionen 07-05-2024",
        "Ansættelse af",
        "skolechef",
        " Lukket Sag",
        "Sagsgang",
        "DIR",
        "Status på implementering af",
        "ny ledelsesstruktur i",
        "Velfærd",
        " Åben Sag",
        "Sagsgang",
        "DIR",
        "Beslutning i Direktionen den 07-05-2024",
        "Drøftet med chef for Vej og Ejendom Kim T. Jensen.",
        "Personalesag",
        " Lukket Sag",
    ]
    text = "".join(f"{line} \n\n" for line in lines)
    assert [i.title for i in parse_text(text).items] == [
        "Ansættelse af skolechef",
        "Status på implementering af ny ledelsesstruktur i Velfærd",
        "Personalesag",
    ]


def test_a_heading_right_under_the_absences_is_not_one_of_them() -> None:
    """'Afbud:' above the first item, no empty line before its heading: the heading's lines
    name nobody, so they are the heading's, all of them."""
    text = (
        "Direktionen 12-12-2023\nAfbud:\nKommunaldirektør Christian Roslev (formand)\n"
        "Personalesag vedrørende\nmedarbejder i Jobcenter\n Lukket Sag \nSagsgang\nDIR\n"
    )
    minutes = parse_text(text)
    assert [i.title for i in minutes.items] == ["Personalesag vedrørende medarbejder i Jobcenter"]
    assert [(a.title, a.name, a.note) for a in minutes.absent] == [
        ("Kommunaldirektør", "Christian Roslev", "formand")
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Punkt 1 - Personalesag", "Punkt 2 - Ansættelse af chef"),
        ("Pkt. 1: Personalesag", "Pkt. 2: Ansættelse af chef"),
        ("1 – Personalesag", "2 – Ansættelse af chef"),
        ("Pkt. 1 Personalesag", "Punkt 2 Ansættelse af chef"),  # after the word, no mark
    ],
)
def test_item_numbers_written_otherwise(first: str, second: str) -> None:
    text = f"Direktionen 26-01-2022\n\n{first} \n\n Lukket Sag \n\n{second}\n\n Lukket Sag \n"
    assert [(i.number, i.title) for i in parse_text(text).items] == [
        (1, "Personalesag"),
        (2, "Ansættelse af chef"),
    ]


def test_headings_and_access_markers_on_one_line_as_a_tables_rows() -> None:
    text = (
        "Direktionen 26-01-2022\n\n1. Budget Åben Sag\n\nSagsgang DIR\n\nSagsfremstilling\n\n"
        "Tekst.\n\nBeslutning i Direktionen den 26-01-2022\n\nGodkendt.\n\n"
        "2. Personalesag Lukket Sag\n"
    )
    assert [(i.number, i.title, i.access) for i in parse_text(text).items] == [
        (1, "Budget", "open"),
        (2, "Personalesag", "closed"),
    ]
    # 'Åben Sag' at the end of running text opens nothing: the document stays closed.
    loose = (
        "Direktionen 26-01-2022\n\nSagen behandles som Åben Sag\n\nTekst.\n\nBeslutning\n\nOk.\n"
    )
    assert [i.access for i in parse_text(loose).items] == ["closed"]


def test_item_without_access_marker_is_closed() -> None:
    text = "Direktionen 01-03-2023\n\nSagsfremstilling\n\nTekst.\n\nBeslutning i Direktionen den 01-03-2023\n\nGodkendt.\n"
    assert parse_text(text).items[0].access == "closed"


@pytest.mark.parametrize(
    ("sagsgang", "routing"),
    [
        ("DIR", ("DIR",)),
        ("MTU, ØK, KB", ("MTU", "ØK", "KB")),
        ("DIR ØK KB", ("DIR", "ØK", "KB")),
        ("MTU - ØK - KB", ("MTU", "ØK", "KB")),
        ("Miljø- og Teknikudvalget, Økonomiudvalget, Kommunalbestyrelsen", ("MTU", "ØK", "KB")),
        ("Miljø- og Teknikudvalget → Økonomiudvalget", ("MTU", "ØK")),
        ("BSU/ØK", ("BSU", "ØK")),
        ("DIR (orientering), ØK (beslutning)", ("DIR", "ØK")),
        ("DIR, MTU, ØK og KB", ("DIR", "MTU", "ØK", "KB")),
        ("Miljø- og Teknikudvalget og Økonomiudvalget", ("MTU", "ØK")),
    ],
)
def test_routing_is_body_codes(sagsgang: str, routing: tuple[str, ...]) -> None:
    text = HEAD.replace("DIR\n", sagsgang + "\n") + "Tekst." + MIDDLE + "Drøftet.\n"
    assert parse_text(text).items[0].routing == routing


@pytest.mark.parametrize(
    ("row", "routing"), [("Sagsgang DIR", ("DIR",)), ("Sagsgang MTU, ØK", ("MTU", "ØK"))]
)
def test_routing_on_the_headings_line_without_a_colon(row: str, routing: tuple[str, ...]) -> None:
    """A table's row, its cells joined: 'Sagsgang DIR' (only body codes may follow)."""
    text = HEAD.replace("Sagsgang\n\nDIR\n", row + "\n") + "Tekst." + MIDDLE + "Drøftet.\n"
    assert row in text
    assert parse_text(text).items[0].routing == routing


def test_without_a_header_the_meeting_is_the_latest_decisions() -> None:
    text = (
        "3. Budget 2023\n\n Åben Sag \n\nSagsgang\n\nØK, KB\n\nSagsfremstilling\n\nTekst.\n\n"
        "Beslutning i Økonomiudvalget den 29-11-2022\n\nAnbefales.\n\n"
        "Beslutning i Kommunalbestyrelsen den 13-12-2022\n\nGodkendt.\n"
    )
    minutes = parse_text(text)
    assert (minutes.body, minutes.date.isoformat(), minutes.body_code) == (
        "Kommunalbestyrelsen",
        "2022-12-13",
        "KB",
    )
    assert minutes.items[0].decision_date.isoformat() == "2022-12-13"


def test_a_decision_heading_without_body_and_date_is_the_meetings() -> None:
    text = (
        HEAD
        + "Tekst."
        + MIDDLE.replace("Beslutning i Direktionen den 01-03-2023", "Beslutning")
        + "Godkendt.\n"
    )
    item = parse_text(text).items[0]
    assert item.recommendation == "Kommunaldirektøren indstiller, at punkterne behandles."
    assert item.decisions == (Decision("Direktionen", date(2023, 3, 1), "Godkendt."),)
    assert item.decision_date == date(2023, 3, 1)


@pytest.mark.parametrize("answer", ["headings", "numbers"])
def test_a_decision_heading_repeated_before_each_points_answer_heads_one_decision(
    answer: str,
) -> None:
    """The same body and date: one decision, each point its part. An earlier day's decision
    above it stays a treatment of its own."""
    heading = "Beslutning i Direktionen den 01-03-2023"
    earlier = "Beslutning i Direktionen den 22-02-2023\n\nPunkterne blev udsat.\n\n"
    answers = (
        ["Budget 2025\n\nDrøftet.", "Årshjul\n\nGodkendt.", "Sygefravær\n\nTaget til efterretning."]
        if answer == "headings"
        else ["1. Drøftet.", "2. Godkendt.", "3. Taget til efterretning."]
    )
    listed = (
        " 1. Budget 2025.\n 2. Årshjul.\n 3. Sygefravær.\n"
        if answer == "numbers"
        else " Budget 2025.\n Årshjul.\n Sygefravær.\n"
    )
    text = (
        HEAD
        + LEAD
        + listed
        + MIDDLE.replace(heading + "\n", earlier)
        + "".join(f"{heading}\n\n{part}\n\n" for part in answers)
    )
    item = parse_text(text).items[0]
    assert [p.decision for p in item.points] == ["Drøftet.", "Godkendt.", "Taget til efterretning."]
    assert [(d.date, d.text[:9]) for d in item.decisions] == [
        (date(2023, 2, 22), "Punkterne"),
        (date(2023, 3, 1), answers[0][:9]),
    ]
    assert item.decision_date == date(2023, 3, 1)
    assert parse_text(text).warnings == ()


@pytest.mark.parametrize(
    ("line", "bodies"),
    [
        ("DIR, ØK, KB", True),
        ("Miljø- og Teknikudvalget → Økonomiudvalget", True),
        ("DIR (orientering)", True),
        ("I økonomiaftalen mellem regeringen og KL", False),
        ("Direktionen drøfter sagen", False),
        ("MTU og ØK", True),
        ("MTU og ØK drøfter sagen", False),
        # the day each body treats the case, as other systems list it
        ("MTU 06-12-2022, ØK 13-12-2022, KB 20-12-2022", True),
        ("ØK den 13.12.2022", True),
        ("06-12-2022", False),
        ("Sagen 06-12-2022", False),
    ],
)
def test_a_routing_line_names_bodies_only(line: str, bodies: bool) -> None:
    assert is_routing_line(line) is bodies


@pytest.mark.parametrize("apart", [", ", "\n"])
def test_a_routing_with_each_bodys_date_gives_the_codes(apart: str) -> None:
    routing = apart.join(("MTU 06-12-2022", "ØK 13-12-2022", "KB 20-12-2022"))
    text = (
        "Miljø- og Teknikudvalget 06-12-2022\nLokalplan 112\n Åben Sag\nSagsgang\n"
        f"{routing}\nSagsfremstilling\nForslag.\n"
        "Beslutning i Miljø- og Teknikudvalget den 06-12-2022\nAnbefales.\n"
    )
    item = parse_text(text).items[0]
    assert (item.routing, item.presentation) == (("MTU", "ØK", "KB"), "Forslag.")
    # each later body's day a referral, the meeting's own not again
    assert [(r.body, r.date, r.kind) for r in item.referrals] == [
        ("ØK", date(2022, 12, 13), "referral"),
        ("KB", date(2022, 12, 20), "referral"),
    ]


def test_the_margin_is_not_widened_by_a_line_joined_past_it() -> None:
    lines = [Line("x" * 90)] * 12 + [Line("y" * 180), Line("kort linje."), Line("")]
    assert _margin(lines) == 90
    assert _margin([Line("kort.")]) == 50  # no page of minutes is narrower


def test_a_line_joined_past_the_margin_does_not_make_a_bullets_title_a_heading() -> None:
    """Lines broken at about 56 characters, and one of 100 where a hyphen at a line's end
    joined two ('Marie-' / 'Louise'): the bullet's line that repeats its title ended where
    the margin broke it, so it is the decision's text, not a heading to drop."""
    presentation = (
        LEAD + "\uf0b7 Sundhedsklyngen og samarbejdet med regionen.\n"
        "\uf0b7 Arbejdsmiljø og trivsel.\n"
        "\uf0b7 Beredskab og forsyningssikkerhed.\n"
    )
    decision = (
        "\uf0b7 Sundhedsklyngen og samarbejdet med regionen.\n"
        "Godkendt. Direktionen kvitterede for en god dialog og\n"
        "drøftede det videre forløb med regionen og de praktiserende\n"
        "læger. Sagen behandles endelig på møde i ØK d. 22. juli.\n"
        "\uf0b7 Arbejdsmiljø og trivsel. Drøftet. Socialchef Marie-Louise Eskerod Ifversen tager initiativ.\n"
        "Direktionen bad om en status på trivselsmålingen i\n"
        "efteråret med fokus på sygefraværet i de store enheder\n"
        "og på ledelsesevalueringen. HR følger op på sagen.\n"
        "\uf0b7 Beredskab og forsyningssikkerhed. Taget til\n"
        "efterretning. Direktionen drøftede beredskabsplanen\n"
        "og de kritiske funktioner i tilfælde af strømsvigt.\n"
    )
    first = points(presentation, decision)[0]
    assert first[2].startswith("Sundhedsklyngen og samarbejdet med regionen. Godkendt.")


def test_the_first_points_forgotten_bullet() -> None:
    # Word's bullets on every point but the first, in the list and in the decision, as a
    # PDF gives them (no indent, no empty lines): three points, not a wrapped line's
    # sentence as a fourth ('Sagen behandles …'), and the first part the first point's.
    text = HEAD + (
        LEAD + "5 minutters oplæg v. teknisk direktør Lars Bo Jensen om\n"
        "klimatilpasningsplanen.\n"
        "\uf0b7 Årligt dialogmøde med HR-chef Pia Dahl. Drøftelse af sygefravær.\n"
        "\uf0b7 Budgetopfølgning pr. 28. februar. Økonomichefen fremlægger status.\n"
        "Sagen behandles i ØK d. 12. april.\n"
        "Indstilling\nKommunaldirektøren indstiller, at punkterne behandles.\n"
        "Beslutning i Direktionen den 01-03-2023\n"
        "5 minutters oplæg v. teknisk direktør Lars Bo Jensen om\n"
        "klimatilpasningsplanen.\n"
        "Direktionen drøftede planen.\n"
        "\uf0b7 Årligt dialogmøde med HR-chef Pia Dahl. Drøftet.\n"
        "\uf0b7 Budgetopfølgning pr. 28. februar. Godkendt.\n"
    )
    points = parse_text(text).items[0].points
    assert [(p.title, p.decision) for p in points] == [
        (
            "5 minutters oplæg v. teknisk direktør Lars Bo Jensen om klimatilpasningsplanen.",
            "Direktionen drøftede planen.",
        ),
        (
            "Årligt dialogmøde med HR-chef Pia Dahl.",
            "Årligt dialogmøde med HR-chef Pia Dahl. Drøftet.",
        ),
        ("Budgetopfølgning pr. 28. februar.", "Budgetopfølgning pr. 28. februar. Godkendt."),
    ]
    assert points[2].presentation.endswith("Sagen behandles i ØK d. 12. april.")
    assert (points[0].kind, points[0].duration) == ("presentation", 5)


@pytest.mark.parametrize(
    ("heading", "number", "title"),
    [
        ("10.Personalesag", 10, "Personalesag"),  # a Word list's number, its tab lost
        ("10. Personalesag", 10, "Personalesag"),
        ("10.30 Frokost", None, "10.30 Frokost"),  # a time, no number
    ],
)
def test_an_items_number_without_its_space(heading: str, number: int | None, title: str) -> None:
    item = parse_text(
        f"Direktionen 01-03-2023\n\n{heading}\n\n Lukket Sag \n\nSagsgang\n\nDIR\n"
    ).items[0]
    assert (item.number, item.title) == (number, title)


@pytest.mark.parametrize("gap", ["", "\n"])  # as a PDF gives it, and a Word document
def test_a_decision_heading_with_a_bullet_the_others_lack(gap: str) -> None:
    # Word's list left on the first heading of the decision only: the first part is the
    # first point's (it was lost), and its heading is no part of it.
    listed = "".join(
        f" {title}. Tekst om {title.lower()}.\n\n"
        for title in ("Budgetopfølgning", "Evaluering af seminaret", "Årshjul for 2023")
    )
    decision = (
        f"\uf0b7 Budgetopfølgning\nTaget til efterretning.\n{gap}"
        f"Evaluering af seminaret\nDirektionen evaluerede seminaret.\n{gap}"
        "Årshjul for 2023\nGodkendt.\n"
    )
    assert decided(listed, decision) == [
        "Taget til efterretning.",
        "Direktionen evaluerede seminaret.",
        "Godkendt.",
    ]


def test_decision_paragraphs_a_pdf_joined_in_a_short_decision() -> None:
    # No empty lines, no headings, too few lines to show the page's margin (the first line
    # is the widest): the lines that end sentences part the decision into as many as points.
    listed = "".join(f" {t}. Tekst.\n\n" for t in ("Trivsel", "Budgetproces 2024", "Strategi"))
    decision = (
        "Direktionen drøftede opfølgningen. HR-chefen følger op med afdelingerne.\n"
        "Tidsplanen blev godkendt. Økonomichefen udarbejder et notat til\n"
        "budgetseminaret.\n"
        "Strategien blev godkendt med få ændringer.\n"
    )
    assert decided(listed, decision) == [
        "Direktionen drøftede opfølgningen. HR-chefen følger op med afdelingerne.",
        "Tidsplanen blev godkendt. Økonomichefen udarbejder et notat til budgetseminaret.",
        "Strategien blev godkendt med få ændringer.",
    ]


def test_more_decision_paragraphs_than_points_a_pdf_joined_are_aligned_by_their_words() -> None:
    # A Word document saved as PDF: no empty line between the decision's paragraphs, four of
    # them for three points, each ending short of the margin: aligned by their words, as
    # the same paragraphs with empty lines between them are.
    listed = "".join(
        f" {t}.\n\n"
        for t in (
            "Status på arbejdet med den nye sundhedspolitik",
            "Evaluering af direktionens seminar i maj",
            "Planlægning af budgetseminaret i juni",
        )
    )
    paragraphs = [
        "Direktionen drøftede status på sundhedspolitikken og de\nforskellige høringssvar.",
        "Det blev aftalt, at sundhedschefen udarbejder et revideret\nudkast til næste møde.",
        "Seminaret blev evalueret positivt. Næste seminar\nplanlægges til efteråret.",
        "Budgetseminaret afholdes som planlagt. Økonomichefen\nfølger op.",
    ]

    def parts(between: str) -> list[str]:
        return decided(listed, between.join(paragraphs) + "\n")

    expected = [
        "Direktionen drøftede status på sundhedspolitikken og de forskellige høringssvar. "
        "Det blev aftalt, at sundhedschefen udarbejder et revideret udkast til næste møde.",
        "Seminaret blev evalueret positivt. Næste seminar planlægges til efteråret.",
        "Budgetseminaret afholdes som planlagt. Økonomichefen følger op.",
    ]
    assert parts("\n\n") == expected
    assert parts("\n") == expected


def test_a_decision_heading_of_the_titles_first_clause_near_the_margin() -> None:
    # Written in Word at 14 pt and saved as PDF: the heading's line would not have had room
    # for the next line's first word, but it ends where the title's first clause does.
    listed = (
        " Orientering om status på covid-19 og genåbningen af de kommunale tilbud.\n"
        " Drøftelse af rekrutteringssituationen på ældreområdet, herunder samarbejdet med\n"
        "SOSU Østjylland.\n"
        " Forberedelse af temadrøftelse i ØK d. 4. oktober om budget 2022.\n"
    )
    decision = (
        "Orientering om status på covid-19\n"
        "Taget til efterretning. Sundhedschefen følger udviklingen tæt\n"
        "og orienterer direktionen løbende.\n"
        "Drøftelse af rekrutteringssituationen på ældreområdet\n"
        "Direktionen drøftede situationen. Der udarbejdes en samlet\n"
        "plan, som forelægges\n"
        "direktionen d. 6. oktober. Ældrechefen tager videre initiativ.\n"
        "Forberedelse af temadrøftelse i ØK\n"
        "Drøftet. Økonomichef Bettina Andersen følger op.\n"
    )
    assert decided(listed, decision) == [
        "Taget til efterretning. Sundhedschefen følger udviklingen tæt og orienterer "
        "direktionen løbende.",
        "Direktionen drøftede situationen. Der udarbejdes en samlet plan, som forelægges "
        "direktionen d. 6. oktober. Ældrechefen tager videre initiativ.",
        "Drøftet. Økonomichef Bettina Andersen følger op.",
    ]


def test_a_decision_of_lines_some_opened_by_a_title_and_one_about_the_rest() -> None:
    # No empty line parts the decision, its lines too few and too unlike to show a margin:
    # where lines end sentences, its parts are aligned by their words, the last line about
    # the other points given to those no other part answers.
    listed = "".join(
        f" {t}.\n"
        for t in (
            "Direktionens årsplan",
            "Status på energibesparelser i kommunens bygninger",
            "Opfølgning på APV for direktionen",
            "Planlægning af juleafslutning",
        )
    )
    rest = "De øvrige punkter blev taget til efterretning."
    decision = (
        "Status på energibesparelser: Vej- og ejendomschef Kim T. Jensen orienterede om "
        "status. Der følges op i december.\n"
        "Opfølgning på APV: Drøftet. HR-chefen foranlediger det videre arbejde.\n"
        f"{rest}\n"
    )
    assert decided(listed, decision) == [
        rest,
        "Status på energibesparelser: Vej- og ejendomschef Kim T. Jensen orienterede om "
        "status. Der følges op i december.",
        "Opfølgning på APV: Drøftet. HR-chefen foranlediger det videre arbejde.",
        rest,
    ]


@pytest.mark.parametrize(
    "decision",
    [
        # the parts of two points run together in one paragraph, the one about the rest apart
        "Status på energibesparelser: Vej- og ejendomschef Kim T. Jensen orienterede om status."
        " Der\nfølges op i december. Opfølgning på APV: Drøftet. HR-chefen foranlediger det\n"
        "videre arbejde.\nDe øvrige punkter blev taget til efterretning.\n",
        # and the one about the rest in the same line
        "Status på energibesparelser: Vej- og ejendomschef Kim T. Jensen orienterede om status."
        " Der\nfølges op i december. Opfølgning på APV: Drøftet. HR-chefen foranlediger det\n"
        "videre arbejde. De øvrige punkter blev taget til efterretning.\n",
    ],
)
def test_parts_opened_by_a_titles_start_in_running_text(decision: str) -> None:
    listed = (
        " Direktionens årsplan.\n Status på energibesparelser i kommunens bygninger.\n"
        " Opfølgning på APV for direktionen.\n Planlægning af juleafslutning.\n"
    )
    rest = "De øvrige punkter blev taget til efterretning."
    assert decided(listed, decision) == [
        rest,
        "Status på energibesparelser: Vej- og ejendomschef Kim T. Jensen orienterede om "
        "status. Der følges op i december.",
        "Opfølgning på APV: Drøftet. HR-chefen foranlediger det videre arbejde.",
        rest,
    ]


@pytest.mark.parametrize(
    "labels", ["Punkt 3-1: Drøftet.", "Ad 2 og 2: Drøftet.", "Ad 1 og 9: Drøftet."]
)
def test_labels_of_several_points_that_list_none_answer_none_jointly(labels: str) -> None:
    # A range backwards, a number twice, a number no point has: no joint answer (and no
    # error), the decision read as it would be without it.
    got = decided("1. Budget.\n2. Regnskab.\n3. Årsplan.\n", f"{labels}\n")
    assert all("Drøftet." in part for part in got) or got.count("") == 2


def test_the_follow_ups_of_an_answer_to_several_points_are_one_task() -> None:
    # Each point has the answer; its follow-up and its return are the first point's, once.
    minutes = parse_text(
        "Direktionen 06-03-2024\nPunkter til behandling\n Åben Sag\nSagsgang\nDIR\n"
        "Sagsfremstilling\nDirektionen har følgende punkter til behandling:\n Dialogmøde.\n"
        " Cybersikkerhed.\n Eventuelt.\nIndstilling\nKommunaldirektøren indstiller, at "
        "punkterne behandles.\nBeslutning i Direktionen den 06-03-2024\nAd 1 og 2: Drøftet. "
        "IT-chefen følger op, og sagen forelægges direktionen igen i uge 16.\nAd 3: Intet.\n"
    )
    (item,) = minutes.items
    assert [p.decision for p in item.points][:2] == [
        "Drøftet. IT-chefen følger op, og sagen forelægges direktionen igen i uge 16."
    ] * 2
    assert [(a.responsible, a.point_index) for a in item.actions] == [("IT-chefen", 0)]
    assert [(r.precision, r.point_index) for r in item.referrals] == [("period", 0)]


def test_of_two_alignments_alike_in_words_the_one_that_answers_more_points() -> None:
    # 'Direktionen drøftede … skolechef …' shares a word with the first point's title
    # ('Direktionens årshjul') as with its own: it answers the second point, and the
    # paragraph after it, sharing no word with any, goes with it.
    listed = " Direktionens årshjul for 2024.\n Rekruttering af ny skolechef.\n Sygefravær.\n"
    decision = (
        "Årshjulet blev godkendt.\n \nDirektionen drøftede profilen for den nye skolechef.\n"
        " \nBørne- og ungedirektøren tager videre initiativ.\n \nSygefraværet er faldende.\n"
    )
    assert decided(listed, decision) == [
        "Årshjulet blev godkendt.",
        "Direktionen drøftede profilen for den nye skolechef. Børne- og ungedirektøren tager"
        " videre initiativ.",
        "Sygefraværet er faldende.",
    ]


def test_paragraphs_sharing_no_word_with_a_point_stay_with_the_one_before() -> None:
    # Only a paragraph that shares words with a point moves on to it for answering more.
    listed = " Budget 2025.\n Årshjul.\n Eventuelt.\n"
    decision = (
        "Budget 2025 blev drøftet.\n \nÅrshjul blev godkendt.\n \nSekretariatet sender det"
        " rundt.\n \nDet sker i morgen.\n"
    )
    assert decided(listed, decision) == [
        "Budget 2025 blev drøftet.",
        "Årshjul blev godkendt. Sekretariatet sender det rundt. Det sker i morgen.",
        "",
    ]


def test_two_words_in_common_outweigh_one_in_common_by_chance() -> None:
    # The fourth paragraph shares only 'udgang…' with the first point ('udgangspunkt'), by
    # chance: that must not pull the third, which shares two words with the second point,
    # back to the first.
    listed = (
        " Årligt dialogmøde med kultur- og fritidschef Mette Bruun. Dialogen tager"
        " udgangspunkt i\nkulturstrategien og samarbejdet med foreningslivet.\n"
        " Forberedelse af temamøde for kommunalbestyrelsen om klimatilpasning.\n"
        " Orientering om status på rekruttering af sundhedschef.\n"
        " Drøftelse af proces for revision af styrelsesvedtægten.\n"
    )
    decision = (
        "Direktionen kvitterede for en god dialog med kultur- og fritidschefen om"
        " kulturstrategien.\n \nForeningslivet inddrages i det videre arbejde, og kultur- og"
        " fritidschefen følger op.\n \nTemamødet planlægges til juni med fokus på"
        " klimatilpasning af kystområderne. Teknik- og\nmiljødirektøren tager videre"
        " initiativ.\n \nDer er gennemført samtaler med tre kandidater, og der forventes en"
        " afklaring inden\nudgangen af maj.\n \nProcessen for revisionen blev godkendt.\n"
    )
    got = decided(listed, decision)
    assert got[1].startswith("Temamødet planlægges")
    assert got[3] == "Processen for revisionen blev godkendt."


def test_a_word_is_found_inside_the_words_danish_joins_it_into() -> None:
    # 'Strategien' is of 'digitaliseringsstrategien': the third paragraph answers the
    # second point (by the first six letters, 'strate' is not 'digita').
    listed = (
        " Budgetopfølgning pr. 31. marts.\n Status på digitaliseringsstrategien.\n Eventuelt.\n"
    )
    decision = (
        "Økonomichefen gennemgik budgetopfølgningen.\n \nDirektionen drøftede konsekvenserne"
        " for budget 2025.\n \nStrategien blev godkendt.\n \nIntet nyt under dette punkt i dag.\n"
    )
    got = decided(listed, decision)
    assert got[1].startswith("Strategien blev godkendt.")


def test_a_word_alike_outweighs_one_found_inside_another() -> None:
    # 'Seminaret' is the seminar of the second point rather than the 'budgetseminaret' of the
    # third.
    listed = (
        " Evaluering af direktionens seminar i maj.\n Planlægning af budgetseminaret i juni.\n"
        " Sygefravær.\n"
    )
    decision = (
        "Seminaret blev evalueret positivt.\n \nNæste seminar holdes til efteråret.\n \n"
        "Budgetseminaret afholdes som planlagt.\n \nSygefraværet er faldende.\n"
    )
    assert decided(listed, decision) == [
        "Seminaret blev evalueret positivt. Næste seminar holdes til efteråret.",
        "Budgetseminaret afholdes som planlagt.",
        "Sygefraværet er faldende.",
    ]


def test_a_point_passed_over_takes_the_paragraph_before_the_next_ones_part() -> None:
    # No word of 'Ansættelsesudvalget er nedsat …' is in 'Rekruttering af skolechef', nor in
    # the first point's: written in point order, it answers the point between.
    listed = (
        " Opfølgning på ledelsesevaluering.\n Rekruttering af skolechef.\n Budgetproces 2025.\n"
    )
    decision = (
        "Ledelsesevalueringen viser et godt resultat.\n \nDer arbejdes videre med ledelse i"
        " alle områder.\n \nAnsættelsesudvalget er nedsat, og samtaler afholdes i uge 18.\n \n"
        "Budgetprocessen blev godkendt.\n"
    )
    assert decided(listed, decision) == [
        "Ledelsesevalueringen viser et godt resultat. Der arbejdes videre med ledelse i alle"
        " områder.",
        "Ansættelsesudvalget er nedsat, og samtaler afholdes i uge 18.",
        "Budgetprocessen blev godkendt.",
    ]


@pytest.mark.parametrize(
    "nothing",
    ["Intet.", "Ingen bemærkninger.", "Intet nyt.", "Der var ingen bemærkninger.", "Ikke noget."],
)
def test_a_paragraph_that_says_nothing_answers_the_next_point(nothing: str) -> None:
    # It is never the rest of another point's part: 'Eventuelt' gets it.
    listed = " Budget 2025.\n Årshjul.\n Eventuelt.\n"
    decision = (
        "Budgettet blev drøftet.\n \nÅrshjulet blev godkendt.\n \nSekretariatet udsender"
        f" det.\n \n{nothing}\n"
    )
    assert decided(listed, decision) == [
        "Budgettet blev drøftet.",
        "Årshjulet blev godkendt. Sekretariatet udsender det.",
        nothing,
    ]


@pytest.mark.parametrize("title", ["Eventuelt.", "Evt.", "Eventuelt"])
def test_the_last_paragraph_naming_nothing_answers_any_other_business(title: str) -> None:
    # What is said under 'Eventuelt' names nothing of the agenda: the last paragraph, which
    # shares no word with the point before, is its answer, not the rest of that point's part.
    listed = f" Budget 2025.\n Årshjul.\n {title}\n"
    decision = (
        "Budgettet blev drøftet.\n \nÅrshjulet blev godkendt.\n \nSekretariatet udsender"
        " det.\n \nKommunaldirektøren orienterede om ferieafviklingen i juli.\n"
    )
    assert decided(listed, decision) == [
        "Budgettet blev drøftet.",
        "Årshjulet blev godkendt. Sekretariatet udsender det.",
        "Kommunaldirektøren orienterede om ferieafviklingen i juli.",
    ]
    # Another last point keeps what may be the rest of the part before: either reading
    # could be right, and the parse says the point got nothing.
    other = decided(listed.replace(title, "Sygefravær."), decision)
    assert other[1].endswith("ferieafviklingen i juli.") and other[2] == ""
    # One that shares a word with the point before stays its part, as does one going on
    # from the paragraph before (test_paragraphs_sharing_no_word_…: 'Det sker i morgen.').
    kept = decision.replace("om ferieafviklingen", "om årshjulets ferieafvikling")
    assert decided(listed, kept)[2] == ""
    going_on = decision.replace("Kommunaldirektøren orienterede", "Desuden orienterede han")
    assert decided(listed, going_on)[2] == ""


@pytest.mark.parametrize("listed", [" Budget 2025.\n Årshjul.\n", "1. Budget 2025.\n2. Årshjul.\n"])
@pytest.mark.parametrize(
    "decision",
    [
        "Direktionen besluttede: 1. at budgettet drøftes videre, og 2. at årshjulet godkendes.",
        "Direktionen besluttede:\n1. at budgettet drøftes videre, og\n2. at årshjulet godkendes.",
        "Direktionen besluttede,\n 1. at budgettet drøftes videre,\n 2. at årshjulet godkendes.",
    ],
)
def test_a_decision_in_numbered_at_clauses_answers_the_points_in_order(
    listed: str, decision: str
) -> None:
    # 'at' after the number: no point of a list opens so, no date either ('4. april'); the
    # words before the first clause are the item's decision's, as a numbered list's lead is.
    assert decided(listed, decision) == [
        "at budgettet drøftes videre",
        "at årshjulet godkendes.",
    ]


@pytest.mark.parametrize("labels", [("1)", "2)", "3)"), ("(1)", "(2)", "(3)"), ("a)", "b)", "c)")])
def test_bulleted_points_answered_in_a_list_of_another_mark(labels: tuple[str, ...]) -> None:
    # As with '1.' / '2.' / '3.': in order, each part without its label (the lettered list
    # is read as numbered '1)', which must not be left in the text either).
    listed = " Budget 2025.\n Årshjul.\n Sygefravær.\n"
    answers = ("Drøftet.", "Godkendt.", "Taget til efterretning.")
    decision = "".join(f"{label} {text}\n" for label, text in zip(labels, answers, strict=True))
    assert decided(listed, decision) == list(answers)


def test_numbered_at_clauses_inside_a_part_are_its_own() -> None:
    listed = "1. Budget 2025.\n2. Årshjul.\n"
    decision = (
        "1. Direktionen besluttede: 1. at budgettet drøftes, 2. at det sendes ud.\n2. Godkendt.\n"
    )
    assert decided(listed, decision) == [
        "Direktionen besluttede: 1. at budgettet drøftes, 2. at det sendes ud.",
        "Godkendt.",
    ]
    # As many clauses as points, or they are not the points' answers.
    three = "Direktionen besluttede: 1. at budgettet drøftes, 2. at det sendes ud, 3. at …"
    assert decided(listed, three)[1] == ""


def test_an_opening_sentence_about_all_points_in_the_paragraph_of_one() -> None:
    # 'Alle punkter blev drøftet.' opens the paragraph whose next sentence answers one point:
    # the others get the opening.
    listed = " Budget 2025.\n Sygefravær.\n Årshjul.\n"
    decision = "Alle punkter blev drøftet. Årshjulet blev godkendt.\n"
    assert decided(listed, decision) == [
        "Alle punkter blev drøftet.",
        "Alle punkter blev drøftet.",
        "Årshjulet blev godkendt.",
    ]


@pytest.mark.parametrize(
    "decision",
    [
        "Punkterne blev drøftet, og årshjulet blev godkendt.",
        "Direktionen drøftede punkterne og godkendte årshjulet.",
        "Alle tre punkter blev drøftet, og årshjulet blev godkendt.",
    ],
)
def test_one_sentence_about_all_points_and_one_is_each_points_part(decision: str) -> None:
    # Given to the point it names, the others would have no part.
    listed = " Budget 2025.\n Sygefravær.\n Årshjul.\n"
    assert decided(listed, decision + "\n") == [decision] * 3


def test_one_sentence_naming_a_word_with_points_inside_is_no_sentence_about_all() -> None:
    # 'fokuspunkterne' are not the points.
    listed = " Budget 2025.\n Sygefravær.\n Årshjul.\n"
    decision = "Direktionen drøftede fokuspunkterne i budgettet.\n"
    assert decided(listed, decision) == [decision.strip(), "", ""]


def test_bulleted_points_answered_by_their_places_in_part_lose_the_numbers() -> None:
    # Two numbered answers for three bulleted points, found by their words: each part
    # without the number of its place, as the schema's texts are; the third has none.
    listed = " Rekruttering af HR-konsulent.\n Budgetopfølgning.\n Sygefravær.\n"
    decision = "1. Profilen blev drøftet.\n \n2. Budgetopfølgningen blev godkendt.\n"
    assert decided(listed, decision) == [
        "Profilen blev drøftet.",
        "Budgetopfølgningen blev godkendt.",
        "",
    ]


_TITLES = [
    "Budget 2025",
    "Årshjul for direktionen",
    "Sygefravær i 3. kvartal",
    "Rekruttering af ny skolechef",
    "Ledelsesevaluering",
    "Plan- og udviklingsstrategi",
    "Dialogmøde med HR-chef Susanne Frandsen",
    "Budgetopfølgning pr. 31. marts",
    "Status på rekruttering af økonomichef",
    "Status på energiforbruget",
]
_ANSWERS = [
    "Drøftet.",
    "Godkendt.",
    "Taget til efterretning.",
    "Udsat til næste møde.",
    "Direktionen drøftede sagen, og kommunaldirektøren følger op.",
]
_MORE = ["", " Status.", " Drøftelse af processen og den videre plan."]
_LAYOUTS = {  # a point's part of the decision as a layout writes it: (place, title, answer)
    "heading": lambda k, title, answer: f"{title}\n\n{answer}\n\n",
    "heading, no empty line": lambda k, title, answer: f"{title}\n{answer}\n",
    "heading after 'Ad'": lambda k, title, answer: f"Ad {title}\n{answer}\n\n",
    "colon, a line each": lambda k, title, answer: f"{title}: {answer}\n",
    "colon, run in": lambda k, title, answer: f"{title}: {answer} ",
    "numbered": lambda k, title, answer: f"{k}. {answer}\n",
    "numbered '1)'": lambda k, title, answer: f"{k}) {answer}\n",
    "numbered under its title": lambda k, title, answer: f"{k}. {title}\n{answer}\n",
    # the title in other words: its first word alone ('2. Rekruttering' / 'Drøftet.')
    "numbered under a word of its title": lambda k, title, answer: (
        f"{k}. {title.split()[0].rstrip('-')}\n{answer}\n"
    ),
    "'Ad 1:'": lambda k, title, answer: f"Ad {k}: {answer}\n",
}
_NUMBERED = ("numbered", "'Ad")


_TITLED = ("heading", "colon")  # layouts that name the points by their titles


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(range(len(_TITLES))), min_size=2, max_size=5, unique=True),
    st.randoms(use_true_random=False),
    st.sampled_from(sorted(_LAYOUTS)),
    st.sampled_from([" ", "\uf0b7 ", "• ", "- ", "{}. "]),
    st.sampled_from(_MORE),
    st.sampled_from(["", "Direktionen besluttede følgende:\n", "Det blev besluttet:\n\n"]),
    st.booleans(),
    st.sampled_from(["", "Sekretariatet udsender materialet.", "Der gives en status i januar."]),
    st.booleans(),
)
def test_parts_in_any_order_go_to_the_points_their_titles_name(
    chosen: list[int],
    rnd: object,
    layout: str,
    bullet: str,
    more: str,
    lead: str,
    skip: bool,
    then: str,
    other_business: bool,
) -> None:
    """Whatever the order of the parts, each goes to the point whose title or place opens it
    (with titles that share their first words, points that say more than their titles, a
    lead introducing the parts, which is no point's, a point of three or more passed over,
    and a last 'Eventuelt' left without a word, which get no part, and parts of two
    sentences, on a line each under a heading)."""
    titles = [_TITLES[k] for k in chosen]
    answers = [_ANSWERS[k % len(_ANSWERS)] for k in range(len(titles))]
    if then:
        answers = [
            f"{answer}{chr(10) if layout.startswith('heading') else ' '}{then}"
            for answer in answers
        ]
    order = list(range(len(titles)))
    if not layout.startswith(_NUMBERED) or not lead:  # (a list after a lead is in order)
        rnd.shuffle(order)  # type: ignore[attr-defined]
    passed = order.pop(len(order) // 2) if skip and len(order) >= 3 else None
    if other_business and (layout.startswith(_TITLED) or not lead):
        titles.append("Eventuelt")
        answers.append("")
    listed = "".join(f"{bullet.format(k)}{title}.{more}\n" for k, title in enumerate(titles, 1))
    parts = "".join(_LAYOUTS[layout](k + 1, titles[k], answers[k]) for k in order)
    got = decided(listed, lead + parts.strip() + "\n")
    if layout.startswith("colon"):  # the title stays, as a numbered decision keeps its own
        answers = [
            f"{title}: {answer}" if answer else ""
            for title, answer in zip(titles, answers, strict=True)
        ]
    if passed is not None:
        answers[passed] = ""
    assert got == [" ".join(answer.split()) for answer in answers]


@pytest.mark.parametrize(
    ("decision", "parts"),
    [
        (
            "Budgettet blev drøftet. Følgende blev aftalt:\n- HR følger op\n"
            "- Økonomichefen udarbejder et notat\n \nÅrshjulet blev godkendt.\n",
            [
                "Budgettet blev drøftet. Følgende blev aftalt: HR følger op Økonomichefen "
                "udarbejder et notat",
                "Årshjulet blev godkendt.",
            ],
        ),
        (
            "Budgettet blev drøftet.\n \nÅrshjulet blev godkendt med følgende bemærkninger:\n"
            "- HR følger op\n- Økonomichefen udarbejder et notat\n",
            [
                "Budgettet blev drøftet.",
                "Årshjulet blev godkendt med følgende bemærkninger: HR følger op Økonomichefen "
                "udarbejder et notat",
            ],
        ),
        # numbered, as many as the points
        (
            "Budgettet blev drøftet. Der blev aftalt:\n1. HR følger op.\n"
            "2. Økonomichefen udarbejder et notat.\n \nÅrshjulet blev godkendt.\n",
            [
                "Budgettet blev drøftet. Der blev aftalt: 1. HR følger op. 2. Økonomichefen "
                "udarbejder et notat.",
                "Årshjulet blev godkendt.",
            ],
        ),
        (
            "Budgettet blev drøftet.\n \nÅrshjulet blev godkendt med følgende bemærkninger:\n"
            "1) HR følger op\n2) Økonomichefen udarbejder et notat\n",
            [
                "Budgettet blev drøftet.",
                "Årshjulet blev godkendt med følgende bemærkninger: 1) HR følger op 2) "
                "Økonomichefen udarbejder et notat",
            ],
        ),
        # under headings repeating the titles
        (
            "Budget 2024\nBudgettet blev drøftet. Følgende blev aftalt:\n\uf0b7 HR følger op\n"
            "\uf0b7 Økonomichefen udarbejder et notat\n \nÅrshjul 2023\nÅrshjulet blev godkendt.\n",
            [
                "Budgettet blev drøftet. Følgende blev aftalt: HR følger op Økonomichefen "
                "udarbejder et notat",
                "Årshjulet blev godkendt.",
            ],
        ),
    ],
)
def test_a_list_inside_a_part_is_the_parts_not_the_points(decision: str, parts: list[str]) -> None:
    # As many bullets as points, after text that is no lead: the bullets are one part's list,
    # and each of its follow-ups is one.
    minutes = parse_text(HEAD + listed("Budget 2024.", "Årshjul 2023.") + MIDDLE + decision)
    (item,) = minutes.items
    assert [p.decision for p in item.points] == parts
    listing = 0 if "notat" in parts[0] else 1
    assert [(a.responsible, a.point_index) for a in item.actions] == [
        ("HR", listing),
        ("Økonomichefen", listing),
    ]


@pytest.mark.parametrize(
    ("listed_", "decision"),
    [
        # a part's own list, no empty paragraph anywhere
        (
            " Budget 2024.\n Årshjul 2023.\n",
            "Budgettet blev drøftet. Følgende blev aftalt:\n- HR følger op\n"
            "- Økonomichefen udarbejder et notat\nÅrshjulet blev godkendt.\n",
        ),
        # the first part's opening line lost: its lines go on in lower case before the others
        (
            " Årligt dialogmøde med økonomichef Bettina Andersen.\n Sparring om introduktion.\n"
            " Status på ansættelser.\n",
            "emner, herunder budgetopfølgning og udbud. Direktionen kvitterede for dialogen.\n"
            " Sparringen om introduktionen blev drøftet.\n Status på ansættelser blev drøftet.\n",
        ),
    ],
)
def test_text_before_bullets_that_is_no_lead_is_kept(listed_: str, decision: str) -> None:
    # Whatever part it goes to, no word of the decision is lost.
    got = " ".join(decided(listed_, decision))
    assert got.split() and sorted(set(got.split())) == sorted(set(decision.split()) - {"-"})


@pytest.mark.parametrize(
    "decision",
    [
        "Direktionen drøftede punkterne. Følgende blev besluttet:\n1. Budgettet godkendes.\n"
        "2. Årshjulet tages til efterretning.\n",
        "Punkterne blev drøftet.\n\uf0b7 Budgettet godkendes.\n"
        "\uf0b7 Årshjulet tages til efterretning.\n",
        "Vedrørende budget og årshjul besluttede direktionen:\n- Budgettet godkendes.\n"
        "- Årshjulet tages til efterretning.\n",
        "Budgettet blev drøftet, og direktionen besluttede følgende:\n1. Budgettet godkendes.\n"
        "2. Årshjulet tages til efterretning.\n",
    ],
)
def test_a_lead_about_all_the_points_before_a_list_of_their_parts(decision: str) -> None:
    # Text before the list that names no point, or introduces it naming more than one, or
    # entries that each name their point.
    got = decided(" Budget 2024.\n Årshjul 2023.\n", decision)
    assert got == ["Budgettet godkendes.", "Årshjulet tages til efterretning."]


@pytest.mark.parametrize(
    "decision",
    [
        # paragraphs in point order, each answer's follow-up a paragraph of its own
        "Godkendt.\n \nOpfølgning v/ økonomichefen.\n \nTaget til efterretning.\n \n"
        "Ansvarlig: HR.\n",
        # no empty paragraphs: where lines end short
        "Godkendt.\nOpfølgning v/ økonomichefen.\nTaget til efterretning.\nAnsvarlig: HR.\n",
        "Godkendt.\n \nVidere: Økonomichefen.\n \nTaget til efterretning.\n \nVidere: HR.\n",
    ],
)
def test_a_follow_up_field_is_part_of_the_answer_before_it(decision: str) -> None:
    got = decided(" Budget.\n Regnskab.\n", decision)
    assert got[0] in ("Godkendt. Opfølgning v/ økonomichefen.", "Godkendt. Videre: Økonomichefen.")
    assert got[1].startswith("Taget til efterretning.") and got[1].endswith(" HR.")


def test_a_paragraph_with_more_than_a_field_is_a_part_of_its_own() -> None:
    # 'Ansvarlig: HR-chefen. Sagen …' says more than who answers: aligned as any paragraph
    got = decided(
        " Budget.\n Rekruttering.\n",
        "Godkendt.\n \nAnsvarlig: HR-chefen. Rekrutteringen genoptages i marts.\n",
    )
    assert got == ["Godkendt.", "Ansvarlig: HR-chefen. Rekrutteringen genoptages i marts."]


def test_a_paragraph_opening_with_a_field_and_going_on_is_a_part_of_its_own() -> None:
    # 'Tovholder: HR, senest i april.' then a sentence of the next answer: no field alone
    got = decided(
        " Budget.\n Rekruttering.\n",
        "Godkendt.\n \nTovholder: HR, senest i april. Rekrutteringen blev drøftet.\n",
    )
    assert got == ["Godkendt.", "Tovholder: HR, senest i april. Rekrutteringen blev drøftet."]


_LONG_TITLES = (
    "Direktionens årsplan (bilag vedlagt).",
    "Direktionsseminar, som oprindeligt skulle afholdes i januar 2021, udskydes til foråret.",
    "Drøftelse af DI-måling på baggrund af dialogmøde med Dansk Industri samt behandling i "
    "fagudvalg.",
)


@pytest.mark.parametrize(
    "heading",
    ["{}\n", "{}:\n", "Ad {}\n"],
    ids=["a line", "a line ending in a colon", "after Ad"],
)
def test_headings_all_in_other_words_out_of_order(heading: str) -> None:
    """Every heading says its point's title in other words, none as the points do, and in
    another order: 'Seminar' (inside 'Direktionsseminar'), 'Dialogmøde med Dansk Industri',
    'Årsplanen'. Each heading's words are all of one title only."""
    presentation = LEAD + "" + "".join(f" {title}\n" for title in _LONG_TITLES)
    said = (
        ("Seminar", "Udsat til næste møde."),
        ("Dialogmøde med Dansk Industri", "Drøftet. Der følges op i januar."),
        ("Årsplanen", "Godkendt."),
    )
    decision = "\n".join(heading.format(head) + f"{answer}\n" for head, answer in said)
    assert [answer for _, _, answer in points(presentation, decision)] == [
        "Godkendt.",
        "Udsat til næste møde.",
        "Drøftet. Der følges op i januar.",
    ]


def test_a_colon_line_held_by_no_title_alone_stays_the_decisions_lead() -> None:
    # 'Direktionen besluttede:' names the board only; 'Årsplan og seminar:' two titles
    presentation = LEAD + "" + "".join(f" {title}\n" for title in _LONG_TITLES[:2])
    for lead in ("Direktionen besluttede:", "Årsplan og seminar:"):
        decision = f"{lead}\nÅrsplanen blev godkendt.\n\nSeminaret blev udsat.\n"
        assert [answer for _, _, answer in points(presentation, decision)] == [
            "Årsplanen blev godkendt.",
            "Seminaret blev udsat.",
        ]


@pytest.mark.parametrize("bullet", ["\uf0b7 ", " "], ids=["bullets", "bullets lost"])
def test_bulleted_headings_in_other_words_out_of_order(bullet: str) -> None:
    """The decision's bullets are headings, in other words and another order: each part
    goes to its point without its heading. 'Direktionsseminar' is the seminar's, not
    'Direktionens årsplan''s: a compound is not its first part inflected."""
    presentation = LEAD + "" + "".join(f"\uf0b7 {title}\n" for title in _LONG_TITLES)
    decision = (
        f"{bullet}Direktionsseminar\nUdsat til næste møde.\n"
        f"{bullet}Dialogmøde med Dansk Industri\nDrøftet. Der følges op i januar.\n"
        f"{bullet}Årsplanen\nGodkendt.\n"
        "Direktionen drøftede status og de udfordringer, der er i forhold til rekruttering og\n"
        "fastholdelse af medarbejdere på området.\n"
    )
    assert [answer for _, _, answer in points(presentation, decision)] == [
        "Godkendt. Direktionen drøftede status og de udfordringer, der er i forhold til "
        "rekruttering og fastholdelse af medarbejdere på området.",
        "Udsat til næste møde.",
        "Drøftet. Der følges op i januar.",
    ]


@pytest.mark.parametrize("bullet", ["\uf0b7 ", "• ", " "], ids=["glyph", "dot", "lost"])
def test_a_bulleted_heading_that_ends_the_title_short_with_a_period(bullet: str) -> None:
    """A bullet's heading that says the title's start and ends a sentence there, the date
    left out ('Dialogmøde med sundhedsdirektør Hanne Holm.' of '… Hanne Holm den 15. marts.'):
    a heading, though shorter than the title's first clause."""
    titles = [
        "Orientering om budget 2024 ved økonomichef Anders Nørgaard Kristensen.",
        "Dialogmøde med social- og sundhedsdirektør Hanne Holm den 15. marts.",
        "Status på byggeriet af Auning Skole.",
    ]
    standard = (  # a line as wide as the page, as the standard text's are
        "Direktionen i Norddjurs Kommune arbejder med FN’s 17 verdensmål for bæredygtig "
        "udvikling som\n"
    )
    presentation = (
        standard + LEAD + "".join(f"{bullet}{title}\n" for title in titles)
    )  # (the standard text shows how wide the page is)
    decision = (
        f"{bullet}{titles[0]}\nTaget til efterretning.\n\n"
        f"{bullet}Dialogmøde med social- og sundhedsdirektør Hanne Holm.\n"
        "Mødet afholdes som planlagt.\n\n"
        f"{bullet}{titles[2]}\nOrienteringen blev taget til efterretning.\n"
    )
    assert [answer for _, _, answer in points(presentation, decision)] == [
        "Taget til efterretning.",
        "Mødet afholdes som planlagt.",
        "Orienteringen blev taget til efterretning.",
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["single", "double"])
def test_a_parts_own_dashed_list_in_a_decision_of_no_empty_paragraph(gap: str) -> None:
    """A part introduces its own dashed list ('Følgende blev aftalt:' / '- HR …'), and no empty
    paragraph parts the decision: the dashes are that part's, not the parts (the last entry
    took the next part's text, and the first point got none)."""
    presentation = LEAD + "".join(f"\uf0b7 {title}\n" for title in _LONG_TITLES)
    decision = gap.join(
        [
            "Årsplanen blev godkendt.",
            "Seminaret udskydes. Følgende blev aftalt:",
            "- HR finder en ny dato",
            "- Kommunaldirektøren inviterer",
            "DI-målingen blev drøftet. Der tages videre initiativ.",
        ]
    )
    assert [answer for _, _, answer in points(presentation, decision + "\n")] == [
        "Årsplanen blev godkendt.",
        "Seminaret udskydes. Følgende blev aftalt: HR finder en ny dato Kommunaldirektøren "
        "inviterer",
        "DI-målingen blev drøftet. Der tages videre initiativ.",
    ]


@pytest.mark.parametrize(
    "tail",
    ["\n\nEventuelt: Intet.\n", "\nEventuelt: Intet.\n", "\n\nEventuelt\nIntet.\n"],
    ids=["paragraph", "line", "heading"],
)
def test_any_other_business_said_last_is_no_points_part(tail: str) -> None:
    """'Eventuelt: Intet.' after the parts, where no point is any other business, went into
    the last point's part; it is said of no point."""
    presentation = listed("Budget 2024.", "Status på rekruttering.")
    decision = "Budgettet blev godkendt.\n\nRekrutteringen blev drøftet." + tail
    minutes = parse_text(HEAD + presentation + MIDDLE + decision)
    (item,) = minutes.items
    assert [p.decision for p in item.points] == [
        "Budgettet blev godkendt.",
        "Rekrutteringen blev drøftet.",
    ]
    # what no point is, said to the reader with what is said before the parts
    assert item.decision_lead.startswith("Eventuelt") and item.decision_lead.endswith("Intet.")


def test_an_opening_about_all_the_points_is_no_points_part_where_each_has_its_own() -> None:
    """'Direktionen drøftede punkterne samlet.' before a paragraph each point: said of them
    all (it went into the first point's part)."""
    presentation = listed("Budget 2024.", "Status på rekruttering.")
    decision = (
        "Direktionen drøftede punkterne samlet.\n\nBudgettet blev godkendt.\n\n"
        "Rekrutteringen blev drøftet.\n"
    )
    (item,) = parse_text(HEAD + presentation + MIDDLE + decision).items
    assert [p.decision for p in item.points] == [
        "Budgettet blev godkendt.",
        "Rekrutteringen blev drøftet.",
    ]
    assert item.decision_lead == "Direktionen drøftede punkterne samlet."


@pytest.mark.parametrize(
    ("gap", "parts"),
    [
        ("\n \n", ("Drøftet.", "Seminaret udskydes.", "Fagudvalgene inddrages.")),
        ("\n", ("1. Drøftet.", "2. Seminaret udskydes.", "3. Fagudvalgene inddrages.")),
        ("\n \n", ("1. Drøftet.", "2. Seminaret udskydes.", "3. Fagudvalgene inddrages.")),
    ],
)
def test_an_opening_about_the_points_whose_words_meet_a_title_by_chance(
    gap: str, parts: tuple[str, ...]
) -> None:
    """'Direktionen behandlede punkterne.' says nothing of 'Direktionens årsplan' nor of
    '… samt behandling i fagudvalg.': it opens the parts, a paragraph or a number each, of
    which the first shares no word with its point ('Drøftet.')."""
    presentation = listed(
        "Direktionens årsplan (bilag vedlagt).",
        "Direktionsseminar, som udskydes.",
        "Drøftelse af DI-måling samt behandling i fagudvalg.",
    )
    decision = "Direktionen behandlede punkterne.\n \n" + gap.join(parts) + "\n"
    (item,) = parse_text(HEAD + presentation + MIDDLE + decision).items
    assert [p.decision for p in item.points] == [
        "Drøftet.",
        "Seminaret udskydes.",
        "Fagudvalgene inddrages.",
    ]
    assert item.decision_lead == "Direktionen behandlede punkterne."


@pytest.mark.parametrize(
    ("opening", "answer", "first", "lead"),
    [
        # naming no point, before a paragraph each point that names it: of no point
        (
            "Mødet blev holdt på rådhuset i Grenaa.",
            "Årsplanen blev godkendt.",
            "Årsplanen blev godkendt.",
            "Mødet blev holdt på rådhuset i Grenaa.",
        ),
        # ... or only answers it (the answer went with the second point's part)
        ("Mødet blev holdt virtuelt.", "Drøftet.", "Drøftet.", "Mødet blev holdt virtuelt."),
        # an answer alone is the first point's, never lost
        ("Godkendt.", "Årsplanen blev godkendt.", "Godkendt. Årsplanen blev godkendt.", ""),
    ],
)
def test_an_opening_paragraph_that_names_no_point(
    opening: str, answer: str, first: str, lead: str
) -> None:
    presentation = LEAD + "".join(f"\uf0b7 {title}\n" for title in _LONG_TITLES)
    decision = f"{opening}\n\n{answer}\n\nSeminaret udskydes.\n\nDI-målingen blev drøftet.\n"
    (item,) = parse_text(HEAD + presentation + MIDDLE + decision).items
    assert [p.decision for p in item.points] == [
        first,
        "Seminaret udskydes.",
        "DI-målingen blev drøftet.",
    ]
    assert item.decision_lead == lead


@pytest.mark.parametrize(
    ("presentation", "decision", "last"),
    [
        # the adverb, no label: a sentence of the last part
        (
            listed("Budget 2024.", "Status på rekruttering."),
            "Budgettet blev godkendt.\n\nRekrutteringen blev drøftet. Eventuelt udskydes mødet.\n",
            "Rekrutteringen blev drøftet. Eventuelt udskydes mødet.",
        ),
        # a point that is any other business keeps its part
        (
            listed("Budget 2024.", "Eventuelt."),
            "Budgettet blev godkendt.\n\nEventuelt: Intet.\n",
            "Eventuelt: Intet.",
        ),
        (
            listed("Budget 2024.", "Meddelelser og eventuelt."),
            "Budgettet blev godkendt.\n\nEventuelt: Intet.\n",
            "Eventuelt: Intet.",
        ),
    ],
)
def test_any_other_business_stays_a_part_where_it_is_one(
    presentation: str, decision: str, last: str
) -> None:
    assert [answer for _, _, answer in points(presentation, decision)][-1] == last


def test_headings_in_other_words_told_apart_by_a_number_in_a_word() -> None:
    # 'nummer10' and 'nummer11' are two words, not one with two endings
    titles = [f"Status på klimaområde nummer{i} og opfølgning." for i in range(10, 14)]
    presentation = LEAD + "" + "".join(f" {title}\n" for title in titles)
    decision = "".join(
        f"Nummer{i} klimaområde\nGodkendt som punkt {i}.\n" for i in (12, 10, 13, 11)
    )
    assert [answer for _, _, answer in points(presentation, decision)] == [
        f"Godkendt som punkt {i}." for i in range(10, 14)
    ]


@pytest.mark.parametrize(
    ("heading", "answer"),
    [
        ("Ad årsplanen", "Godkendt."),
        ("Ad direktionens årsplan (bilag vedlagt)", "Godkendt."),
        ("Vedr. dialogmøde med Dansk Industri", "Drøftet."),
        ("Ad årsplanen:", "Godkendt."),  # a heading's line may end in a colon
        # a title before a colon, the text going on in the line, stays, as the other parts'
        # would
        ("Ad årsplanen: Godkendt.", None),
    ],
)
def test_the_one_heading_after_ad_leaves_the_part(heading: str, answer: str | None) -> None:
    """One point answered under a heading after 'Ad' or 'Vedr.', the other passed over: the
    heading, in the title's words or others, is not the part's text."""
    presentation = (
        LEAD + "" + "".join(f" {title}\n" for title in (_LONG_TITLES[0], _LONG_TITLES[2]))
    )
    decision = f"{heading}\n{answer}\n" if answer else f"{heading}\n"
    parts = [part for _, _, part in points(presentation, decision) if part]
    assert parts == [answer or heading]


@pytest.mark.parametrize(
    ("heading", "answered"),
    [("Årsplanen", 0), ("Direktionens årsplan", 0), ("Dialogmøde med Dansk Industri", 1)],
)
def test_one_heading_opening_the_decision_of_two_points(heading: str, answered: int) -> None:
    """Two points, one answered under a heading that opens the decision, the other passed
    over: the whole decision is the named point's, without its heading."""
    presentation = (
        LEAD + "" + "".join(f" {title}\n" for title in (_LONG_TITLES[0], _LONG_TITLES[2]))
    )
    parts = [part for _, _, part in points(presentation, f"{heading}\nDrøftet. Godkendt.\n")]
    assert parts == ["Drøftet. Godkendt." if k == answered else "" for k in range(2)]


@pytest.mark.parametrize("bullet", ["\uf0b7 ", "• "])
def test_bulleted_headings_with_a_point_passed_over(bullet: str) -> None:
    """Fewer bullets than points, each a heading of a different point in other words, out of
    order: each part to its point, the point passed over without one."""
    presentation = LEAD + "" + "".join(f"\uf0b7 {title}\n" for title in _LONG_TITLES)
    decision = (
        f"{bullet}Dialogmøde med Dansk Industri\nDrøftet. Der følges op i januar.\n"
        f"{bullet}Årsplanen\nGodkendt.\n"
        "Direktionen drøftede status og de udfordringer, der er i forhold til rekruttering og\n"
        "fastholdelse af medarbejdere på området.\n"
    )
    assert [answer for _, _, answer in points(presentation, decision)] == [
        "Godkendt. Direktionen drøftede status og de udfordringer, der er i forhold til "
        "rekruttering og fastholdelse af medarbejdere på området.",
        "",
        "Drøftet. Der følges op i januar.",
    ]


@pytest.mark.parametrize(
    ("what", "presentation", "decision", "lead"),
    [
        (
            "a word on all the points before their numbered parts",
            LEAD + "1. Budget 2024.\n2. Årshjul 2023.\n",
            "Direktionen drøftede punkterne samlet. Økonomichefen følger op, og sagen behandles "
            "i ØK d. 7. marts.\n\n1. Drøftet.\n\n2. Godkendt.\n",
            "Direktionen drøftede punkterne samlet. Økonomichefen følger op, og sagen behandles "
            "i ØK d. 7. marts.",
        ),
        (
            "a presentation before the parts under headings, its label kept",
            listed("Budget 2024.", "Årshjul 2023."),
            "5 minutters oplæg: Velfærdsdirektøren orienterede om ældrepolitikken.\n\n"
            "Budget 2024\nDrøftet.\n\nÅrshjul 2023\nGodkendt.\n",
            "5 minutters oplæg: Velfærdsdirektøren orienterede om ældrepolitikken.",
        ),
        # An introduction of the parts, labels and numbers, and a heading that names the first
        # point (also with its answer run into it) are no word on them all.
        (
            "an introduction",
            LEAD + "1. Budget 2024.\n2. Årshjul 2023.\n",
            "Direktionen besluttede følgende:\n1. Drøftet.\n2. Godkendt.\n",
            "",
        ),
        (
            "an introduction ending in a comma, the first number after it",
            LEAD + "1. Budget 2024.\n2. Årshjul 2023.\n",
            "Direktionen besluttede, 1. at budgettet drøftes videre, 2. at årshjulet godkendes.\n",
            "",
        ),
        (
            "labels",
            listed("Budget 2024.", "Årshjul 2023."),
            "Ad 1: Drøftet.\nAd 2: Godkendt.\n",
            "",
        ),
        (
            "the first point's heading",
            listed("Direktionens årsplan (bilag vedlagt).", "Budget 2024."),
            "Direktionens årsplan.\nDrøftet.\n\nBudget 2024\nGodkendt.\n",
            "",
        ),
        (
            "headings after 'Vedr.'",
            listed("Budget 2025.", "Årshjul for direktionen."),
            "Vedr. budget 2025\nGodkendt.\nVedr. årshjul for direktionen\nTaget til efterretning.\n",
            "",
        ),
    ],
)
def test_what_a_decision_says_of_no_point(
    what: str, presentation: str, decision: str, lead: str
) -> None:
    """Text before the points' parts that is no point's was in no part: not on the item's
    page, its follow-ups and referrals not found."""
    item = parse_text(HEAD + presentation + MIDDLE + decision).items[0]
    assert item.decision_lead == lead
    assert all(p.decision for p in item.points)
    if "følger op" in lead:
        assert [(a.responsible, a.point_index) for a in item.actions] == [("Økonomichefen", None)]
        assert [(r.body, r.date, r.point_index) for r in item.referrals] == [
            ("ØK", date(2023, 3, 7), None)
        ]


SEVERAL_ITEMS = [
    "Direktionen 05-09-2023",
    "Budgetopfølgning pr. 31. juli 2023",
    " Åben Sag",
    "Sagsgang",
    "DIR, ØK, KB",
    "Sagsfremstilling",
    "Økonomiafdelingen har udarbejdet budgetopfølgning pr. 31. juli 2023. Der forventes et",
    "merforbrug på serviceområderne på 12,3 mio. kr.",
    "Indstilling",
    "Kommunaldirektøren indstiller, at budgetopfølgningen drøftes.",
    "Beslutning i Direktionen den 05-09-2023",
    "Drøftet. Sagen behandles på møde i ØK d. 19. september. Økonomichefen følger op med en",
    "handleplan.",
    "Bilag:",
    "1 -",
    "3456789",
    "Åben Budgetopfølgning pr. 31. juli 2023 (123456/23) (H)",
    "Orientering om ny organisering af",
    "Teknik og Miljø",
    " Åben Sag",
    "Sagsgang",
    "DIR",
    "Sagsfremstilling",
    "Teknik- og miljødirektør Jens Andersen orienterer om den nye organisering.",
    "Indstilling",
    "Teknik- og miljødirektøren indstiller, at orienteringen tages til efterretning.",
    "Beslutning i Direktionen den 05-09-2023",
    "Taget til efterretning.",
    "Fraværende:",
    "Velfærdsdirektør Lene Mehlsen",
    "Personalesag",
    " Lukket Sag",
    "Sagsgang",
    "DIR",
]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_meeting_of_several_items_open_and_closed(gap: str) -> None:
    """Each item its own heading, routing, decision and bilag; the absences of the meeting;
    the closed item by its heading and routing only; as typed, and double-spaced."""
    minutes = parse_text("".join(f"{line} \n{gap}" for line in SEVERAL_ITEMS))
    assert [(i.title, i.access, i.routing) for i in minutes.items] == [
        ("Budgetopfølgning pr. 31. juli 2023", "open", ("DIR", "ØK", "KB")),
        ("Orientering om ny organisering af Teknik og Miljø", "open", ("DIR",)),
        ("Personalesag", "closed", ("DIR",)),
    ]
    first, second, closed = minutes.items
    assert [a.title for a in first.attachments] == ["Budgetopfølgning pr. 31. juli 2023"]
    assert second.decision == "Taget til efterretning."
    assert [(r.body, r.date.isoformat()) for r in first.referrals] == [("ØK", "2023-09-19")]
    assert [(a.title, a.name) for a in minutes.absent] == [("Velfærdsdirektør", "Lene Mehlsen")]
    assert (closed.presentation, closed.decision, closed.attachments) == ("", "", ())


@pytest.mark.parametrize(
    "marks", [[" ", " ", " "], ["1. ", "2. ", "3. "], ["\uf0b7 ", "\uf0b7 ", "\uf0b7 "]]
)
@pytest.mark.parametrize("subheading", ["Økonomi og finansiering", "Tidsplan:", " Høring"])
def test_the_presentations_own_headings_end_the_list(marks: list[str], subheading: str) -> None:
    """Other agenda systems part a case's presentation under headings of its own after the
    list (its economy, time plan, hearing), and open it with a summary (Resumé): the last
    point ends before such a heading, and the summary, under the routing, is the
    presentation's opening, not lost."""
    titles = [
        "Status på budget 2024.",
        "Rekruttering af ny HR-chef.",
        "Orientering om KL's topmøde.",
    ]
    text = (
        "Direktionen 10-10-2023\n\nPunkter til behandling\n\n Åben Sag \n\nSagsgang\n\nDIR\n\n"
        "Resumé\n\nDirektionen behandler tre punkter.\n\nSagsfremstilling\n\n"
        + LEAD
        + "".join(f"\n{mark}{title}\n" for mark, title in zip(marks, titles, strict=True))
        + f"\n{subheading}\n\nSagen har ingen økonomiske konsekvenser.\n"
        + MIDDLE
        + "".join(
            f"\n{mark}{t[:-1]} blev drøftet.\n" for mark, t in zip(marks, titles, strict=True)
        )
    )
    item = parse_text(text).items[0]
    assert [p.presentation for p in item.points] == titles
    assert [p.decision for p in item.points] == [f"{t[:-1]} blev drøftet." for t in titles]
    assert item.presentation.startswith("Resumé Direktionen behandler tre punkter. Direktionen")
    assert item.presentation.endswith(
        f"{subheading.strip()} Sagen har ingen økonomiske konsekvenser."
    )


@pytest.mark.parametrize("spaced", [False, True])
def test_a_heading_under_its_access_line(spaced: bool) -> None:
    """A closed item may show its access line above its heading ('Lukket Sag' /
    'Personalesag' / 'Sagsgang'), right after the item before's last bilag: the heading is
    the line under it, not that bilag's '() (H)'."""
    lines = [
        "Direktionen 14-03-2023",
        "Budget",
        " Åben Sag",
        "Sagsgang",
        "DIR",
        "Beslutning i Direktionen den 14-03-2023",
        "Drøftet.",
        "Bilag:",
        "1 - ",
        "Lukket Rekruttering - kandidatliste",
        "() (H)",
        " Lukket Sag",
        "Personalesag",
        "Sagsgang",
        "DIR",
    ]
    minutes = parse_text(("\n\n" if spaced else "\n").join(lines) + "\n")
    assert [(i.title, i.access, i.routing) for i in minutes.items] == [
        ("Budget", "open", ("DIR",)),
        ("Personalesag", "closed", ("DIR",)),
    ]
    assert [a.title for a in minutes.items[0].attachments] == ["Rekruttering - kandidatliste"]
    assert minutes.items[1].presentation == ""


_TREATED = (
    "Direktionens årsplan (bilag vedlagt).",
    "Direktionsseminar, som udskydes. Direktionens drøftelse om form fortsættes.",
    "Opfølgning på DI-måling i fagudvalg.",
)


@pytest.mark.parametrize(
    "decision",
    [
        # a paragraph a part, the one of few words sharing a word of treatment only
        "Drøftet.\n \nDI-målingen blev drøftet med fagudvalgene.\n \n",
        # under headings
        "Direktionens årsplan\nDrøftet.\n \nOpfølgning på DI-måling\n"
        "DI-målingen blev drøftet med fagudvalgene.\n \n",
        # opening with the titles
        "Direktionens årsplan blev drøftet.\n \nOpfølgning på DI-måling i fagudvalg blev drøftet.\n"
        " \n",
    ],
)
@pytest.mark.parametrize(
    "closing",
    ["De øvrige punkter blev taget til efterretning.", "Punkterne blev i øvrigt drøftet."],
)
def test_the_others_answered_last_where_a_point_is_passed_over(decision: str, closing: str) -> None:
    """'De øvrige punkter blev taget til efterretning.' closing a decision that passes over
    the second point is the second point's part, not the last's; 'Drøftet.' is the first
    point's though the second's text says 'drøftelse'."""
    parts = decided("".join(f" {title}\n" for title in _TREATED), decision + closing + "\n")
    assert parts[1] == closing
    assert closing not in parts[0] + parts[2]
    assert parts[0].startswith(("Drøftet.", "Direktionens årsplan blev drøftet."))


@pytest.mark.parametrize("gap", ["\n \n", "\n"])
@pytest.mark.parametrize("opening", ["", "Direktionen behandlede punkterne.\n \n"])
def test_a_part_between_two_opening_with_their_titles_is_found_by_its_words(
    opening: str, gap: str
) -> None:
    """Parts of two paragraphs, the first and the last opening with their points' titles,
    the middle one not: its paragraphs are its own, not the end of the first point's part;
    an opening about the points together is no part of the first. Without empty lines
    between them (a PDF's text), the paragraphs are where lines end short."""
    presentation = listed(
        "Årligt dialogmøde med økonomichef Bettina Andersen.",
        "Sparring omkring fælles introduktion til kommunens fagområder.",
        "Status på chef- og direktøransættelser.",
    )
    decision = opening + gap.join(
        (
            "Årligt dialogmøde med økonomichef Bettina Andersen, hvor budgettet blev drøftet"
            " på\nmødet.",
            "Økonomichefen foranlediger revideret materiale.",
            "Direktionen drøftede fælles introduktion til fagområderne.",
            "Der udarbejdes materiale til hvert udvalg.",
            "Status på chef- og direktøransættelser blev givet.",
            "Rekruttering blev drøftet.\n",
        )
    )
    assert [part for _, _, part in points(presentation, decision)] == [
        "Årligt dialogmøde med økonomichef Bettina Andersen, hvor budgettet blev drøftet på "
        "mødet. Økonomichefen foranlediger revideret materiale.",
        "Direktionen drøftede fælles introduktion til fagområderne. Der udarbejdes materiale"
        " til hvert udvalg.",
        "Status på chef- og direktøransættelser blev givet. Rekruttering blev drøftet.",
    ]
