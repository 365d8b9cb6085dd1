"""Generate realistic minutes documents in the layout of the seed archive, for benchmarks.

The documents follow the format of Norddjurs Kommune's Direktionen minutes (header, item
heading, Åben/Lukket Sag, Sagsgang, the standard verdensmål introduction, numbered or bulleted
points, Indstilling, Beslutning with a part per point, Afbud, Bilag), with people, dates,
follow-ups and referrals drawn from templates. Deterministic for a given seed.

    python bench/generate.py OUT_DIR --count 10000 [--seed 1]
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

from dagsorden.core.danish import MONTH_NAMES_DA


def _standard_intro() -> str:
    """The verdensmål introduction every Direktionen item opens with, as the seed archive has it."""
    seed = (
        Path(__file__).parent.parent
        / "src"
        / "dagsorden"
        / "seed_archive"
        / "000_d79a1a66f2e81536.txt"
    )
    text = seed.read_text()
    start = text.index("I økonomiaftalen")
    return text[start : text.index("Direktionen har følgende")]


INTRO = _standard_intro()
MONTHS = MONTH_NAMES_DA
PEOPLE = [
    ("økonomichef", "Bettina Andersen"),
    ("arbejdsmarkedschef", "Erik Holck Hansen"),
    ("konstitueret velfærdsdirektør", "Lene Mehlsen"),
    ("chefkonsulent", "Lene Helbo Bachmann"),
    ("vej- og ejendomschef", "Kim T. Jensen"),
    ("skolechef", "Morten Skov Nielsen"),
    ("HR-chef", "Pia Kirstine Dahl"),
    ("digitaliseringschef", "Anders Bækgaard"),
    ("socialchef", "Marie-Louise Eskerod Ifversen"),
    ("sundhedschef", "Rikke Lund"),
]
TOPICS = [
    "Budgetopfølgning pr. 31. marts",
    "Plan- og udviklingsstrategi",
    "Ledelsesevaluering",
    "Sundhedsklyngen og samarbejdet med regionen",
    "Rekruttering af ny skolechef",
    "Digitaliseringsstrategi 2024-2027",
    "Budgetanalyserne for ældreområdet",
    "Årshjul for direktionen",
    "Ligestillingsredegørelse",
    "Månedsgrebet for det politiske rul",
    "Klimaplan og energirenovering",
    "Kommissorium for campusområdet",
    "Arbejdsmiljø og trivsel",
    "Erhvervsklimamåling fra Dansk Industri",
    "Status på anlægsprojekter",
    "Udbudsplan for indkøb",
    "Beredskab og forsyningssikkerhed",
]
SENTENCES = [
    "Status på proces og organisering.",
    "Direktionen drøfter den videre proces.",
    "Materialet er vedlagt.",
    "Sagen forelægges fagudvalget inden budgetforhandlingerne.",
    "Der er fokus på sammenhæng mellem fagområderne.",
    "Oplægget tager afsæt i de politiske mål.",
    "Der lægges op til en drøftelse af prioriteringerne.",
    "Tidsplanen er stram.",
]
DECISIONS = [
    "Drøftet.",
    "Godkendt.",
    "Taget til efterretning.",
    "Direktionen drøftede sagen og godkendte indstillingen.",
    "Direktionen kvitterede for en god dialog.",
    "Der var enighed om den videre proces.",
]


def _date_phrase(rnd: random.Random, when: date) -> tuple[str, date]:
    d = when + timedelta(days=rnd.randint(-40, 60))
    return f"d. {d.day}. {MONTHS[d.month - 1]}", d


def _wrap(text: str, rnd: random.Random, width: int = 95) -> str:
    """Break lines as the PDF extraction does, with the empty line it adds between them."""
    words, lines, line = text.split(), [], ""
    for w in words:
        if len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    return " \n\n".join(lines) + " \n\n"


def minutes(rnd: random.Random, when: date, body: tuple[str, str] = ("Direktionen", "DIR")) -> str:
    name, code = body
    n = rnd.randint(2, 6)
    style = rnd.choice(["numbered", "bullets", "lost"])
    points, parts = [], []
    for i in range(1, n + 1):
        topic = rnd.choice(TOPICS)
        title_, person = rnd.choice(PEOPLE)
        text = [f"{topic}."] + rnd.sample(SENTENCES, rnd.randint(1, 3))
        phrase, _ = _date_phrase(rnd, when)
        if rnd.random() < 0.5:
            text.append(f"Punktet behandles med {title_} {person} {phrase}.")
        decision = [rnd.choice(DECISIONS)]
        if rnd.random() < 0.4:
            decision.append(f"{title_[0].upper() + title_[1:]} {person} tager videre initiativ.")
        if rnd.random() < 0.3:
            phrase, _ = _date_phrase(rnd, when)
            decision.append(f"Sagen behandles endelig på møde i ØK {phrase}.")
        marker = {"numbered": f"{i}. ", "bullets": "\uf0b7 ", "lost": " "}[style]
        points.append(marker + _wrap(" ".join(text), rnd))
        parts.append(marker + _wrap(f"{topic}. " + " ".join(decision), rnd))
    access = "Lukket Sag" if rnd.random() < 0.1 else "Åben Sag"
    out = [
        f"{name} {when:%d-%m-%Y}\n\n",
        "Punkter til behandling \n\n",
        f" {access} \n\n",
        "Sagsgang \n\n",
        f"{code} \n\n",
        "Sagsfremstilling \n\n",
        INTRO,
        f"{name} har følgende øvrige punkter til behandling: \n",
    ]
    out += points
    out += [
        "Indstilling \n\n",
        "Kommunaldirektøren indstiller, at punkterne behandles. \n\n",
        f"Beslutning i {name} den {when:%d-%m-%Y} \n",
    ]
    out += parts
    if rnd.random() < 0.3:
        t, p = rnd.choice(PEOPLE)
        out += ["Afbud: \n\n", f"{t[0].upper() + t[1:]} {p} \n\n"]
    k = rnd.randint(0, 6)
    if k:
        out.append("Bilag: \n\n")
        for j in range(1, k + 1):
            acc = "Lukket" if rnd.random() < 0.3 else "Åben"
            doc = f"{rnd.randint(2_000_000, 3_999_999)} \n\n" if acc == "Åben" else ""
            journal = f"({rnd.randint(1000, 199999)}/{when:%y})" if acc == "Åben" else "()"
            flag = "(H)" if acc == "Åben" else "()"
            out.append(f"{j} - \n\n{doc}{acc} {rnd.choice(TOPICS)}.pdf {journal} {flag} \n")
    return "".join(out)


def generate(folder: Path, count: int, seed: int = 1) -> list[Path]:
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    bodies = [("Direktionen", "DIR")] * 6 + [("Økonomiudvalget", "ØK"), ("Hovedudvalget", "HU")]
    start = date(2015, 1, 7)
    paths = []
    for i in range(count):
        when = start + timedelta(days=7 * (i // len(bodies)) + i % len(bodies) % 5)
        path = folder / f"{i:06d}.txt"
        path.write_text(minutes(rnd, when, bodies[i % len(bodies)]))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.out, args.count, args.seed)
    print(f"{args.count} documents in {args.out}")


if __name__ == "__main__":
    main()
