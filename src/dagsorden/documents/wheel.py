"""The årshjul as an SVG wheel: twelve month sectors, each month's topics beside it as
horizontal labels with a marker in the body's colour, a legend, and a title and description
for screen readers (the page beside it lists every topic as text)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from xml.sax.saxutils import escape

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
# Marker colours with at least 3:1 contrast on white (WCAG 1.4.11 for graphics).
PALETTE = ["#0b3a5e", "#8a1c1c", "#1d6b2f", "#6b3fa0", "#a35200", "#00707a", "#5a5a00"]
WIDTH, HEIGHT, CX, CY = 1200, 960, 600, 470
R_OUT, R_IN, R_LABEL, LINE = 210, 135, 228, 25
CHAR_WIDTH = 11.5  # DejaVu Sans at 20 px, an average letter
MARGIN = 24


@dataclass(frozen=True, slots=True)
class Entry:
    month: int
    label: str
    group: str  # the body's name; one colour each


def _point(r: float, angle: float) -> tuple[float, float]:
    return CX + r * math.cos(angle), CY + r * math.sin(angle)


def _angle(month: float) -> float:
    """Month 1 starts at the top, months go clockwise."""
    return math.radians(-90 + (month - 1) * 30)


def _sector(month: int) -> str:
    a0, a1 = _angle(month), _angle(month + 1)
    (x0, y0), (x1, y1) = _point(R_OUT, a0), _point(R_OUT, a1)
    (x2, y2), (x3, y3) = _point(R_IN, a1), _point(R_IN, a0)
    return (
        f"M{x0:.1f},{y0:.1f} A{R_OUT},{R_OUT} 0 0 1 {x1:.1f},{y1:.1f} "
        f"L{x2:.1f},{y2:.1f} A{R_IN},{R_IN} 0 0 0 {x3:.1f},{y3:.1f} Z"
    )


def label_lines(text: str, room: int, most: int = 2) -> list[str]:
    """The label in lines of `room` characters at most, broken between words (after the
    topic's ': ' where it has one), `most` lines at most: the last shortened with '…'."""
    lines: list[str] = []
    rest = text.strip()
    while rest and len(lines) < most:
        if len(rest) <= room:
            lines.append(rest)
            return lines
        if len(lines) == most - 1:
            lines.append(rest[: room - 1].rstrip() + "…")
            return lines
        topic = rest.find(": ")
        cut = topic + 1 if 0 < topic < room else rest.rfind(" ", 0, room + 1)
        if cut <= 0:
            cut = room
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].strip()
    return lines


def wheel_svg(
    entries: list[Entry],
    title: str,
    element_id: str = "aarshjul",
    months: list[str] | None = None,
    desc: str = "",
) -> str:
    """The wheel; months and desc let the caller speak the visitor's language."""
    months = months or MONTHS
    groups = sorted({e.group for e in entries})
    colour = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(groups)}
    desc = desc or (
        f"Et cirkulært årshjul med 12 måneder og {len(entries)} emner. "
        "Listen ved siden af hjulet har alle emner som tekst."
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="{element_id}-t {element_id}-d" '
        f'font-family="DejaVu Sans, Arial, sans-serif" font-size="20">',
        f'<title id="{element_id}-t">{escape(title)}</title>',
        f'<desc id="{element_id}-d">{escape(desc)}</desc>',
        '<rect width="100%" height="100%" fill="#ffffff"/>',
    ]
    for m in range(1, 13):
        fill = "#dde7f1" if m % 2 else "#c5d5e6"
        out.append(f'<path d="{_sector(m)}" fill="{fill}" stroke="#ffffff" stroke-width="2"/>')
        x, y = _point((R_OUT + R_IN) / 2, _angle(m + 0.5))
        out.append(
            f'<text x="{x:.1f}" y="{y + 7:.1f}" text-anchor="middle" font-weight="bold" '
            f'fill="#1a1a1a">{escape(months[m - 1])}</text>'
        )
    out.append(
        f'<text x="{CX}" y="{CY + 10}" text-anchor="middle" font-size="30" font-weight="bold" '
        f'fill="#1a1a1a">{escape(title.rsplit(" ", 1)[-1])}</text>'
    )
    for m in range(1, 13):
        mine = [e for e in entries if e.month == m]
        if not mine:
            continue
        angle = _angle(m + 0.5)
        cos, sin = math.cos(angle), math.sin(angle)
        x, y = _point(R_LABEL + 20, angle)
        anchor = "start" if cos > 0.25 else "end" if cos < -0.25 else "middle"
        # as many characters as fit between the label's start and the picture's edge
        room = {"start": WIDTH - MARGIN - x, "end": x - MARGIN}.get(anchor, 2 * min(x, WIDTH - x))
        labels = [label_lines(e.label, int(room // CHAR_WIDTH)) for e in mine]
        n = sum(map(len, labels))  # lines, the month's labels stacked
        k = 0  # lines stacked before this label
        for e, lines in zip(mine, labels, strict=True):
            if sin < -0.5:  # top: stack upwards
                ly = y - (n - 1 - k) * LINE
            elif sin > 0.5:  # bottom: stack downwards
                ly = y + 18 + k * LINE
            else:
                ly = y + (k - (n - 1) / 2) * LINE + 7
            k += len(lines)
            dot = x - 12 if anchor == "start" else x + 12 if anchor == "end" else None
            if dot is not None:
                out.append(
                    f'<circle cx="{dot:.1f}" cy="{ly - 7:.1f}" r="7" fill="{colour[e.group]}"/>'
                )
            else:
                width = max(map(len, lines)) * 11
                out.append(
                    f'<circle cx="{x - width / 2 - 8:.1f}" cy="{ly - 7:.1f}" r="5" '
                    f'fill="{colour[e.group]}"/>'
                )
            spans = "".join(
                f'<tspan x="{x:.1f}" dy="{LINE if i else 0}">{escape(line)}</tspan>'
                for i, line in enumerate(lines)
            )
            out.append(
                f'<text x="{x:.1f}" y="{ly:.1f}" text-anchor="{anchor}" fill="#1a1a1a">'
                f"<title>{escape(e.label)} ({escape(e.group)})</title>{spans}</text>"
            )
    for i, g in enumerate(groups):
        lx, ly = 30, HEIGHT - 20 - (len(groups) - 1 - i) * 26
        out.append(f'<circle cx="{lx}" cy="{ly - 4}" r="6" fill="{colour[g]}"/>')
        out.append(f'<text x="{lx + 14}" y="{ly}" fill="#1a1a1a">{escape(g)}</text>')
    out.append("</svg>")
    return "\n".join(out)
