"""The standard texts a new installation starts with, taken from Norddjurs Kommune's
minutes. The secretariat edits them on its own screen; each edit adds a version."""

from __future__ import annotations

VERDENSMAAL_INTRO = """I økonomiaftalen mellem regeringen og KL for 2019 understreges kommunernes rolle mht. at implementere verdensmålene lokalt igennem partnerskaber om bæredygtig lokal udvikling, og målene indgår f.eks. også som ramme for Region Midtjyllands udviklingsstrategi.

Direktionen i Norddjurs Kommune arbejder med FN’s 17 verdensmål for bæredygtig udvikling som en overordnet begrebsramme, for at sikre fokus på at arbejde innovativt og fokusere på eksekvering og langsigtede effekter inden for kommunens forskellige fagområder som fx bosætning, omsorg, uddannelse, miljø, sundhed og infrastruktur.

Verdensmålene giver mulighed for at arbejde værdibåret og retningsskabende og kan styrke de tværgående perspektiver igennem et helhedsfokus på kommunen som samfund med en række emnemæssige udfordringer.

På de områder, hvor det giver værdi, lader direktionen derfor verdensmålene fungere som kobling til konkrete udviklingsprojekter og tværfaglige samarbejdsformer, og lader dem være styrende for udviklingen af eksterne partnerskaber, samt inddragelse af borgere og civilsamfund."""

FEM_MINUTTERS_OPLAEG = """Direktionen arbejder med 5 minutters oplæg som metode til at kvalificere specifikke emner til behandling. Fagdirektørerne holder 5 minutters oplæg om aktuelle emner med strategisk ophæng i direktionen, herunder eksempelvis relevante fagpolitikkers indhold, forinden politisk behandling i fagudvalgene."""

# (key, title, section, text)
INITIAL: list[tuple[str, str, str, str]] = [
    ("verdensmaal-intro", "Verdensmål (indledning)", "presentation", VERDENSMAAL_INTRO),
    ("fem-minutters-oplaeg", "5 minutters oplæg", "presentation", FEM_MINUTTERS_OPLAEG),
    (
        "indstilling-punkter",
        "Indstilling: punkterne behandles",
        "recommendation",
        "Kommunaldirektøren indstiller, at punkterne behandles.",
    ),
    ("droeftet", "Drøftet", "decision", "Drøftet."),
    ("godkendt", "Godkendt", "decision", "Godkendt."),
    ("taget-til-efterretning", "Taget til efterretning", "decision", "Taget til efterretning."),
]

# Where the list of points starts in a presentation: the parser looks for this line too.
POINTS_INTRO = "{body} har følgende punkter til behandling:"
