"""Texts made to make the parser's work grow faster than their size: each repeats one thing a
real document has a few of (points, headings, attachments, people, dates, …) n times.

Used by `bench/bench_hostile.py` (time per megabyte at two sizes) and by
`tests/core/test_hostile.py` (the work must grow in proportion). Minutes have tens of points
and a few hundred lines; a document file may be 50 MiB.
"""

from __future__ import annotations

from collections.abc import Callable

_HEAD = "Direktionen 20-01-2021\n\nPunkter\n\n Åben Sag\n\nSagsfremstilling\n\n"
_INTRO = "Direktionen har følgende punkter til behandling:\n"
_WORDS = [
    "budget",
    "årshjul",
    "strategi",
    "dialog",
    "rekruttering",
    "klima",
    "plan",
    "status",
    "proces",
    "skole",
]


def _minutes(presentation: str, decision: str = "Godkendt.", tail: str = "") -> str:
    return (
        f"{_HEAD}{presentation}\n\nIndstilling\n\nGodkendt.\n\n"
        f"Beslutning i Direktionen den 20-01-2021\n\n{decision}\n{tail}"
    )


def _word(i: int) -> str:
    return _WORDS[i * 7 % len(_WORDS)]


def _joined_words(k: int, count: int) -> str:
    """count words joined of two ('budgetstrategi'), each once in the text."""
    return " ".join(f"{_word(k + j)}{_word(j // 10)}{'x' * (j % 7)}" for j in range(count))


SHAPES: dict[str, Callable[[int], str]] = {
    # numbers that restart, so that one point collects the rest of the lines
    "numbered points": lambda n: _minutes(
        _INTRO + "\n".join(f"{i % 99 + 1}. Punkt {i}. Tekst." for i in range(n)),
        "\n".join(f"{i % 99 + 1}. Drøftet." for i in range(n)),
    ),
    "lost bullets, a paragraph short": lambda n: _minutes(
        _INTRO
        + "\n".join(f" {_word(i).capitalize()} {_word(i + 1)} {i}. Tekst." for i in range(n)),
        "\n \n".join(f"Drøftet {_word(i)} {i}." for i in range(n - 3)),
    ),
    # a word on all the points before their parts, its sentences like the points' headings
    "a word on all the points before their parts": lambda n: _minutes(
        _INTRO
        + "\n".join(f"{i + 1}. {_word(i).capitalize()} {_word(i + 2)} {i}." for i in range(n)),
        " ".join(
            f"{_word(i).capitalize()} {_word(i + 2)} {i}: {_word(i + 5)} fortsat." for i in range(n)
        )
        + "\n"
        + "\n".join(f"{i + 1}. Drøftet {i}." for i in range(n)),
    ),
    "two points, a decision of many paragraphs": lambda n: _minutes(
        _INTRO + " Budget.\n Årshjul.\n",
        "\n \n".join(f"Drøftet {_word(i)} {i}." for i in range(n)),
    ),
    "decision headings": lambda n: _minutes(
        _INTRO
        + "\n".join(f" {_word(i).capitalize()} {_word(i + 3)} {i}. Tekst." for i in range(n)),
        "\n \n".join(f"{_word(i).capitalize()} {_word(i + 1)} {i}.\nDrøftet." for i in range(n)),
    ),
    "a bullet point of many lines": lambda n: _minutes(
        _INTRO + "- Budget.\n" + "\n".join(f"fortsat tekst {i}" for i in range(n)) + "\n- Årshjul."
    ),
    "an absence of many lines": lambda n: _minutes(
        "Tekst.",
        tail="Afbud:\nØkonomichef Bettina Andersen\n"
        + "\n".join(f"(bemærkning {i})" for i in range(n)),
    ),
    "dash bullets": lambda n: _minutes(
        _INTRO + "\n".join(f"- Punkt {i}. Tekst." for i in range(n)),
        "\n".join(f"- Drøftet {i}." for i in range(n)),
    ),
    "items": lambda n: "\n".join(
        f"Punkt {i} om\nnoget der fortsætter\n Åben Sag\nSagsfremstilling\nTekst." for i in range(n)
    ),
    "attachments": lambda n: _minutes(
        "Tekst.",
        tail="Bilag:\n"
        + "\n".join(
            f"{i} - \n{3000000 + i}\nÅben Bilag nummer {i} (8725/21) (H)" for i in range(n)
        ),
    ),
    "absences": lambda n: _minutes(
        "Tekst.", tail="Afbud:\n" + "\n".join(f"Økonomichef Bettina Andersen{i}" for i in range(n))
    ),
    "absence lists inside a decision": lambda n: _minutes(
        "Tekst.",
        "\n".join(
            f"Afbud:\nØkonomichef Bettina Andersen\nGodkendt {i}.\nFraværende:\nIngen"
            for i in range(n)
        ),
    ),
    "people": lambda n: _minutes(
        " ".join(f"Lene Mehlsen og chef for Vej og Ejendom Kim T. Jensen {i}." for i in range(n))
    ),
    "follow-ups": lambda n: _minutes(
        "Tekst.",
        " ".join(
            f"Økonomichef Bettina Andersen følger op og tager videre initiativ {i}."
            for i in range(n)
        ),
    ),
    # follow-ups as fields, with deadlines, on lines of their own without periods, and as
    # paragraphs between the parts of a decision in point order
    "follow-up fields and deadlines": lambda n: _minutes(
        _INTRO + "".join(f" {_word(i).capitalize()} {i}.\n" for i in range(n // 4)),
        "\n".join(
            f"Drøftet {i}\nAnsvarlig: Økonomichefen Frist: uge {i % 52 + 1}\n \n"
            f"Opfølgning v/ HR inden {i % 28 + 1}. marts.\n \n"
            f"Tovholder: økonomichef Bettina Andersen, senest i april og inden jul {i}."
            for i in range(n // 4)
        ),
    ),
    # fields on lines of their own without a period: one sentence of thousands of fields
    "follow-up fields in one sentence": lambda n: _minutes(
        "Tekst.",
        "\n".join(
            f"Ansvarlig: HR Videre {i}\nTovholder: økonomichef Bettina Andersen senest {i % 28 + 1}. maj"
            for i in range(n // 2)
        ),
    ),
    "referrals and dates": lambda n: _minutes(
        " ".join(
            f"Sagen behandles endelig på møde i ØK d. {i % 28 + 1}. og {i % 27 + 2}. december, "
            "i KB d. 6/12-2022 og igen d. 6.12."
            for i in range(n)
        )
    ),
    # one sentence: each date's body looked for before it and after it
    "a sentence of many dates": lambda n: _minutes(
        "Tekst.",
        "Sagen behandles "
        + " ".join(f"d. {i % 28 + 1}. december i ØK og i fagudvalget, i KB og" for i in range(n))
        + " d. 13. december i MTU.",
    ),
    # one sentence of short dates after words and after one another ('senest 6/12 og 13/12'):
    # each date's lead looked for in a few characters before it, its fraction words after it
    "a sentence of short dates": lambda n: _minutes(
        "Tekst.",
        "Sagen forelægges "
        + " ".join(f"MTU senest {i % 28 + 1}/12 og {i % 27 + 2}/12 og til 1/3 af" for i in range(n))
        + " KB d. 13/12.",
    ),
    # one sentence of earlier treatments: each date's sentence and body looked for around it
    "a sentence of earlier treatments": lambda n: _minutes(
        "Direktionen "
        + " ".join(f"besluttede d. {i % 28 + 1}. januar 2020 i ØK og" for i in range(n)),
        "Direktionen " + " ".join(f"drøftede d. {i % 28 + 1}. januar 2020 og" for i in range(n)),
    ),
    # one word holding a committee's word again and again
    "a word of many committees": lambda n: _minutes(
        "Tekst.", "Sagen behandles d. 1. maj i " + "udvalgsgruppe" * n + "råd."
    ),
    "decision sections": lambda n: _minutes(
        "Tekst.",
        "\n".join(
            f"Beslutning i Direktionen den {i % 28 + 1:02d}-01-2021\n\nGodkendt {i}."
            for i in range(n)
        ),
    ),
    # The same decision heading before each point's answer: one decision, its parts joined
    "a decision heading repeated for each point": lambda n: _minutes(
        _INTRO + "".join(f" Punkt {_word(i)} {i}.\n" for i in range(n)),
        "\n".join(
            f"Beslutning i Direktionen den 20-01-2021\n\nPunkt {_word(i)} {i}\nGodkendt {i}."
            for i in range(n)
        ),
    ),
    # Each part opened by a point's title, in the reverse of the points' order
    "parts opening with the titles, in reverse": lambda n: _minutes(
        _INTRO + "".join(f" {_word(i).capitalize()} {i}.\n" for i in range(n)),
        "\n \n".join(f"{_word(i).capitalize()} {i}: Drøftet." for i in reversed(range(n))),
    ),
    # A numbered list one shorter than the bulleted points, each naming a point's word
    "numbered answers to more bulleted points": lambda n: _minutes(
        _INTRO + "".join(f" {_word(i).capitalize()} {i}.\n" for i in range(n)),
        "\n".join(f"{i + 1}. {_word(i + 3).capitalize()} {i} drøftet." for i in range(n - 1)),
    ),
    # lines ending in a colon, each before a list of one point: no introduction in other words
    "colon lines": lambda n: _minutes(
        "\n".join(f"Emne {i}:\n1. Punkt {i}. Tekst." for i in range(n))
    ),
    "introductions": lambda n: _minutes("\n".join(_INTRO + " Budget." for _ in range(n))),
    # each a list of its own after an empty paragraph: one list, read on
    "introductions after empty paragraphs": lambda n: _minutes(
        "\n \n".join(f"{_INTRO}\n{i % 99 + 1}. Punkt {i}." for i in range(n))
    ),
    # no colon, and no list after them: each a sentence, each tried on the rest of the text
    "introductions without a colon": lambda n: _minutes(
        "\n \n".join(f"Der er punkter til behandling\nTekst {i}." for i in range(n))
    ),
    "header lines": lambda n: _minutes(
        "\n".join(f"Direktionen {i % 28 + 1:02d}-01-2021\nTekst {i}." for i in range(n))
    ),
    # No header on top: split page headers, items numbered on a line of their own, each under
    # a cover's empty list of the absent, a table of contents' line and records.
    "protocol pages": lambda n: (
        "Referat\nSted: Rådhuset\nFraværende:\n"
        + "\n".join(
            f"Kommunalbestyrelsen\n16-06-2015\nEmne {i} {'.' * 8}{i}\n{i}.\n"
            f"Emne {i} om noget der\nfortsætter\nÅben sag\nSagsnr.: 1-{i}     Åbent\nTekst {i}.\n"
            f"Beslutning:\nGodkendt.\n\n"
            for i in range(n)
        )
    ),
    # Other systems: no access line, numbered items under a cover, each a record, their own
    # headings and a list of attachments a title a line; numbered lines before decisions.
    "numbered items": lambda n: (
        "Referat\nØkonomiudvalget\nDato: 12-03-2020\n"
        + "\n".join(
            f"{i + 1}. Sag nummer {i} om noget\nder fortsætter\nSagsnr.: 00.01.00-A00-{i}-20\n"
            f"Resume\nTekst {i}.\n1. Punkt\n2. Punkt\nBeslutning\nGodkendt.\nBilag\n- Notat {i}"
            for i in range(n)
        )
    ),
    # Who took no part, said again and again in one decision: names, 'og', clauses.
    "who took no part": lambda n: _minutes(
        _INTRO + " Budget.\n",
        " ".join(
            f"Jens Hansen (A) og Karen Holm ({i}), at Kim T. Jensen deltog ikke i "
            f"behandlingen, idet Udvalget erklærede Lene Mehlsen {i} inhabil."
            for i in range(n)
        ),
    ),
    # Roles who took no part, in capitals, with the people holding them named above.
    "who took no part, by role, in capitals": lambda n: _minutes(
        _INTRO + " Budget. Velfærdsdirektør Lene Mehlsen og økonomichef Bettina Andersen.\n",
        " ".join(
            f"VELFÆRDSDIREKTØREN OG ØKONOMICHEFEN {i} DELTOG IKKE I BEHANDLINGEN, IDET "
            "FORMANDEN VAR INHABIL."
            for i in range(n)
        ),
    ),
    # Points' kinds: dialogue meetings with many heads, and one long sentence of guests.
    "points' kinds and guests": lambda n: _minutes(
        _INTRO
        + "\n".join(
            f" Årligt dialogmøde med økonomichef Bettina Andersen og HR-chef Lise Berg {i}. "
            "5 minutters oplæg v. velfærdsdirektøren."
            for i in range(n // 8)
        )
        + "\n Status. "
        + " og ".join(f"Socialchef Marie Holm {i} deltager i punktet kl. 10" for i in range(n))
        + ".",
    ),
    # answers to several points, most of them numbers the list lacks: each label is read
    # once by the joint answers and once by the parse's doubt about the numbers
    "answers to points the list lacks": lambda n: _minutes(
        _INTRO + "1. Budget.\n2. Årshjul.\n",
        "\n".join(
            f"Ad 1 og {i % 90 + 3}: Drøftet. Ad pkt. {i % 97 + 2}, 4 og 5: Jf." for i in range(n)
        ),
    ),
    # as many points and paragraphs as a decision aligned by words looks for stems inside
    # words in, each of many long joined words: the texts grow, not the table
    "a decision aligned by words, of long joined words": lambda n: _minutes(
        _INTRO
        + "\n".join(
            f" {_word(k).capitalize()} {k}. {_joined_words(k, n // 85)}." for k in range(40)
        ),
        "\n \n".join(f"Drøftet {_joined_words(k + 40, n // 85)}." for k in range(45)),
    ),
    # headings that say each point's title in other words, in the reverse order: each line
    # could be any title's heading
    "decision headings in other words, out of order": lambda n: _minutes(
        _INTRO
        + "\n".join(f" Status på {_word(i)}område nummer{i} og opfølgning." for i in range(n)),
        "\n".join(
            f"Nummer{i} {_word(i)}område\nDrøftet og godkendt med bemærkninger."
            for i in reversed(range(n))
        ),
    ),
    # parts run into one line, each opened by a title's word before a colon
    "parts run in after titles in other words": lambda n: _minutes(
        _INTRO + "\n".join(f" Status på {_word(i)}området {i}." for i in range(12)),
        " ".join(f"{_word(i).capitalize()}området: Drøftet {i}." for i in range(n)),
    ),
    # numbered parts, each under a heading in other words on its number's line
    "numbered parts under headings in other words": lambda n: _minutes(
        _INTRO + "\n".join(f"{i + 1}. Status på {_word(i)}området nummer{i}." for i in range(n)),
        "\n".join(f"{i + 1}. {_word(i).capitalize()}området\nDrøftet {i}." for i in range(n)),
    ),
    # parts in the reverse order, each sentence's subject a title in other words
    "parts whose subjects name points in other words": lambda n: _minutes(
        _INTRO + "\n".join(f" Status på {_word(i)}området nummer{i}." for i in range(n)),
        "\n".join(
            f"{_word(i).capitalize()}området nummer{i} blev drøftet." for i in reversed(range(n))
        ),
    ),
    # one part's own numbered list in one sentence, every entry a follow-up run on into the
    # next, the numbers going on (core/text.py: enumerators; core/followups.py: _entries)
    "a part's list of follow-ups in one sentence": lambda n: _minutes(
        _INTRO + " Budget 2024.\n Årshjul 2023.\n",
        "Budgettet blev drøftet. Der blev aftalt: "
        + " ".join(f"{i % 99 + 1}. HR nummer{i} følger op" for i in range(n))
        + "\n \nÅrshjulet blev godkendt.",
    ),
}
