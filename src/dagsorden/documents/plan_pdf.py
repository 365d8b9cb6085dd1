"""The årshjul as a printable PDF: the wheel on the first page, the topics month by month."""

from __future__ import annotations

import json

import typst

TEMPLATE = r"""
#let doc = json(bytes(sys.inputs.doc))
#set document(title: doc.title)
#set page(paper: "a4", margin: 2cm,
  footer: context align(right, text(size: 9pt)[Side #counter(page).display() af #counter(page).final().first()]))
#set text(lang: "da", size: 10.5pt, font: ("Liberation Sans", "DejaVu Sans", "Libertinus Serif"))
#text(size: 16pt, weight: "bold", doc.title)
#v(0.5em)
#image(bytes(sys.inputs.svg), format: "svg", width: 100%)
#pagebreak(weak: true)
#for m in doc.months {
  block(above: 1em, below: 0.4em, text(weight: "bold", m.name))
  for e in m.entries { block(above: 0.2em, below: 0.2em, [#e.title #text(fill: luma(80))[ · #e.body · #e.rule]]) }
}
"""


def plan_pdf(title: str, svg: str, months: list[dict]) -> bytes:
    """months: [{'name': 'januar', 'entries': [{'title', 'body', 'rule'}]}]"""
    doc = json.dumps({"title": title, "months": months}, ensure_ascii=False)
    return typst.compile(TEMPLATE.encode(), sys_inputs={"doc": doc, "svg": svg})
