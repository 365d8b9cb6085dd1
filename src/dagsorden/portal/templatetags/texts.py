"""Template filters for the minutes' texts."""

from __future__ import annotations

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from dagsorden.core.paragraphs import pieces, unlaid

register = template.Library()


@register.filter(is_safe=True)
def paragraphs(text: str, label: str = "") -> SafeString:
    """text as HTML paragraphs (an empty line between them) and lists (consecutive lines
    opening with '- '), other line breaks kept; label (a section's 'Beslutning') opens the
    first paragraph in bold, or stands alone above a list."""
    blocks: list[tuple[str, list[str]]] = []  # ('p' | 'ul', its lines)
    for entry, lines in pieces(str(text or "")):
        if entry and blocks and blocks[-1][0] == "ul":
            blocks[-1][1].extend(lines)  # consecutive entries: one list
        else:
            blocks.append(("ul" if entry else "p", lines))
    # (a template, not strings marked safe: its escaping is the one the pages have)
    return render_to_string("portal/_paragraphs.html", {"blocks": blocks, "label": label})


@register.filter
def one_line(text: str) -> str:
    """A laid-out text on one line, without its list entries' marks: for an excerpt."""
    return unlaid(str(text or ""))
