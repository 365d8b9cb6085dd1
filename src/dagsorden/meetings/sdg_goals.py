"""The 17 verdensmål with their official Danish and English names and colours."""

GOALS: list[tuple[int, str, str, str]] = [
    (1, "Afskaf fattigdom", "No poverty", "#E5243B"),
    (2, "Stop sult", "Zero hunger", "#DDA63A"),
    (3, "Sundhed og trivsel", "Good health and well-being", "#4C9F38"),
    (4, "Kvalitetsuddannelse", "Quality education", "#C5192D"),
    (5, "Ligestilling mellem kønnene", "Gender equality", "#FF3A21"),
    (6, "Rent vand og sanitet", "Clean water and sanitation", "#26BDE2"),
    (7, "Bæredygtig energi", "Affordable and clean energy", "#FCC30B"),
    (8, "Anstændige jobs og økonomisk vækst", "Decent work and economic growth", "#A21942"),
    (
        9,
        "Industri, innovation og infrastruktur",
        "Industry, innovation and infrastructure",
        "#FD6925",
    ),
    (10, "Mindre ulighed", "Reduced inequalities", "#DD1367"),
    (11, "Bæredygtige byer og lokalsamfund", "Sustainable cities and communities", "#FD9D24"),
    (12, "Ansvarligt forbrug og produktion", "Responsible consumption and production", "#BF8B2E"),
    (13, "Klimaindsats", "Climate action", "#3F7E44"),
    (14, "Livet i havet", "Life below water", "#0A97D9"),
    (15, "Livet på land", "Life on land", "#56C02B"),
    (
        16,
        "Fred, retfærdighed og stærke institutioner",
        "Peace, justice and strong institutions",
        "#00689D",
    ),
    (17, "Partnerskaber for handling", "Partnerships for the goals", "#19486A"),
]
