"""Make real PDFs for tests with typst: text laid out as Word-made minutes are (running header,
page numbers in the footer, bullets as glyphs, long lines wrapped by the typesetter)."""

from __future__ import annotations

import json

import typst

TEMPLATE = """
#let doc = json(bytes(sys.inputs.doc))
#set page(paper: "a4", margin: 2.2cm,
  header: if doc.header != none [#doc.header],
  footer: context [Side #counter(page).display() af #counter(page).final().first()])
#set text(lang: "da", size: 10.5pt)
#set par(spacing: 0.9em)
#for line in doc.lines {
  if line == "" [#v(0.6em)] else [#line #linebreak()]
}
"""


def text_to_pdf(text: str, header: str | None = None, bullets: bool = True) -> bytes:
    """Lay out text, one source line a line; a line that starts with white space and a capital
    (a list entry whose bullet was lost) gets a bullet glyph back."""
    lines: list[str] = []
    in_body = False  # the heading lines above 'Sagsfremstilling' are never list entries
    for raw in text.splitlines():
        in_body = in_body or raw.strip() == "Sagsfremstilling"
        if not raw.strip():
            if raw:  # a paragraph break
                lines.append("")
            continue
        stripped = raw.strip()
        if (
            bullets
            and in_body
            and raw[:1].isspace()
            and stripped[:1].isupper()
            and not stripped.startswith(("Åben Sag", "Lukket Sag"))
        ):
            stripped = "\u2022 " + stripped
        lines.append(stripped)
    if header and lines and lines[0] == header:
        lines = lines[1:]
    doc = json.dumps({"header": header, "lines": lines}, ensure_ascii=False)
    return typst.compile(TEMPLATE.encode(), sys_inputs={"doc": doc})


def scanned(
    pdf: bytes,
    dpi: int = 200,
    rotation: int = 0,
    skew: float = 0.0,
    specks: float = 0.0,
    ink: float = 1.0,
    paper: int = 255,
    jpeg: int = 0,
) -> bytes:
    """The PDF as a scanner gives it: each page an image in grey, no text; rotation: the
    sheets put in turned (180: upside down); skew: fed in askew by that many degrees
    (clockwise); specks: that share of the pixels dust, black or white (the same ones each
    time); ink: how dark the print is (1 black, 0.5 half as dark: faint); paper: its shade
    (255 white); jpeg: saved as JPEG of that quality (as most scanners do), else losslessly."""
    import io
    import random

    import pypdfium2 as pdfium

    dust = random.Random(len(pdf))
    source = pdfium.PdfDocument(pdf)
    out = pdfium.PdfDocument.new()
    for number in range(len(source)):
        page = source[number]
        width, height = page.get_size()
        bitmap = page.render(scale=dpi / 72, grayscale=True, rotation=rotation)
        pixels = bitmap.buffer
        for _ in range(int(bitmap.stride * bitmap.height * specks)):
            pixels[dust.randrange(bitmap.stride * bitmap.height)] = dust.choice((0, 255))
        shades = (
            bitmap.to_pil()
            .convert("L")
            .point(lambda v: round(paper - (255 - v) * ink * paper / 255))
        )
        image = pdfium.PdfImage.new(out)
        if jpeg:
            encoded = io.BytesIO()
            shades.save(encoded, "JPEG", quality=jpeg)
            encoded.seek(0)
            image.load_jpeg(encoded, inline=True)
        else:
            image.set_bitmap(pdfium.PdfBitmap.from_pil(shades))
        # The image fills the page, turned about the page's centre.
        image.set_matrix(
            pdfium.PdfMatrix()
            .scale(width, height)
            .translate(-width / 2, -height / 2)
            .rotate(skew)
            .translate(width / 2, height / 2)
        )
        new = out.new_page(width, height)
        new.insert_obj(image)
        new.gen_content()
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def helper_pages(pdf: bytes) -> list[str]:
    """Each page's text as pypdfium2's own helper classes extract it (`PdfDocument`,
    `get_textpage()`, `get_text_bounded()`): the floor the benchmarks measure a PDF's parse
    against, and the text core/pdf_text.py must give."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
        return pages
    finally:
        document.close()
