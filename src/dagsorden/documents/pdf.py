"""Blocks → PDF with typst (self-contained, fast). The text goes in as JSON data, never as
typst markup, so nothing a secretary writes can change the layout or run code."""

from __future__ import annotations

import json
from dataclasses import asdict

import typst

from dagsorden.core.records import Minutes

from .layout import header, layout

TEMPLATE = r"""
#let doc = json(bytes(sys.inputs.doc))
#set document(title: doc.title, author: doc.organisation)
#set page(paper: "a4", margin: (x: 2.3cm, top: 2.6cm, bottom: 2.2cm),
  header: text(size: 9pt)[#doc.header],
  footer: context align(right, text(size: 9pt)[Side #counter(page).display() af #counter(page).final().first()]))
#set text(lang: "da", size: 10.5pt, font: ("Liberation Sans", "DejaVu Sans", "Libertinus Serif"))
#set par(spacing: 0.75em, leading: 0.6em)
#for b in doc.blocks {
  if b.kind == "title" { block(above: 1.2em, below: 0.8em, text(size: 13pt, weight: "bold", b.text)) }
  else if b.kind == "access" { block(below: 0.8em, text(style: "italic", b.text)) }
  else if b.kind == "label" { block(above: 1em, below: 0.5em, text(weight: "bold", b.text)) }
  else if b.kind == "point" { block(below: 0.5em, grid(columns: (1.6em, 1fr), b.marker, b.text)) }
  else if b.kind == "more" { block(below: 0.5em, pad(left: 1.6em, b.text)) }
  else if b.kind == "entry" { block(below: 0.5em, pad(left: 1.6em, grid(columns: (1.2em, 1fr), b.marker, b.text))) }
  else if b.kind == "line" { block(above: 0.25em, below: 0.25em, b.text) }
  else if b.kind == "gap" { v(1.5em) }
  else { par(b.text) }
}
"""


def render_pdf(
    minutes: Minutes, *, decisions: bool = True, title: str = "", organisation: str = ""
) -> bytes:
    """The agenda (decisions=False) or minutes as PDF in the house layout."""
    doc = {
        "header": header(minutes),
        "title": title or header(minutes),
        "organisation": organisation or minutes.body,
        "blocks": [asdict(b) for b in layout(minutes, decisions)],
    }
    return typst.compile(TEMPLATE.encode(), sys_inputs={"doc": json.dumps(doc, ensure_ascii=False)})
