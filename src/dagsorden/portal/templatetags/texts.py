"""Template filters for the minutes' texts."""

from __future__ import annotations

import re

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

register = template.Library()

# A list entry's line: '- ', as imported texts have them (core/paragraphs.py) and as a
# secretary types one; '• ' and '* ' too.
_ENTRY_RE = re.compile(r"^\s*[-•*–]\s+(?=\S)")


@register.filter(is_safe=True)
def paragraphs(text: str, label: str = "") -> SafeString:
    """text as HTML paragraphs (an empty line between them) and lists (consecutive lines
    opening with '- '), other line breaks kept; label (a section's 'Beslutning') opens the
    first paragraph in bold, or stands alone above a list."""
    blocks: list[tuple[str, list[str]]] = []  # ('p' | 'ul', its lines)
    for chunk in re.split(r"\n[ \t]*\n", str(text).replace("\r\n", "\n").strip()):
        fresh = True  # a paragraph's lines run on within a chunk; a list's entries across
        for line in chunk.split("\n"):
            if not line.strip():
                continue
            kind = "ul" if _ENTRY_RE.match(line) else "p"
            line = _ENTRY_RE.sub("", line).strip()
            if blocks and blocks[-1][0] == kind and (kind == "ul" or not fresh):
                blocks[-1][1].append(line)
            else:
                blocks.append((kind, [line]))
            fresh = False
    # (a template, not strings marked safe: its escaping is the one the pages have)
    return render_to_string("portal/_paragraphs.html", {"blocks": blocks, "label": label})
