"""A scanned page made ready for Tesseract: its specks removed and the page turned straight.

No sheet goes through a scanner quite straight, and none comes out clean. Tesseract finds
the lines of a page tilted by a degree or two, but not all of them: with a seed tilted 2°
it left out whole paragraphs, the meeting's header among them, in silence. Specks of dust
and toner it reads as punctuation, or it takes the text around them for a picture: at two
specks in a thousand pixels it found no body and no date in one seed. So each page is
cleaned (a median filter: a speck is smaller than its neighbourhood, a letter's stroke at
300 dpi is not) and turned by the angle at which its lines of text run straightest.

Pillow does the pixel work in C; Python only compares the profiles."""

from __future__ import annotations

import math

from PIL import Image, ImageFilter

MAX_SKEW = 5.0  # degrees: a sheet fed in further askew than that is scanned again
MIN_SKEW = 0.2  # degrees: below it a line drifts less than a letter's height across a page
_COARSE = 0.5  # degrees between the angles tried first, on a quarter of the resolution
_FINE = 0.05  # degrees between those tried around the best of them, on half
SPECKS = 0.00005  # share of a margin's pixels: dark ones beyond it are dust


def cleaned(page: Image.Image) -> Image.Image:
    """The page (grey, mode L) without specks when it is dusty, turned straight when it is
    askew."""
    if _dusty(_ink(page)):
        # Only then: the filter also rounds small type ('Side 1 af 1' in a footer was read
        # as 'Side1laf1' after it).
        page = page.filter(ImageFilter.MedianFilter(3))
    angle = skew(page)
    if abs(angle) < MIN_SKEW:
        return page
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


def skew(page: Image.Image) -> float:
    """The angle in degrees (counter-clockwise) that turns the lines of text of a page (grey,
    mode L) level: the one at which its ink differs most from row to row (level lines give
    full rows between empty ones; tilted lines smear over the rows). 0 for a page without
    ink."""
    half = _ink(page).reduce(2)
    quarter = half.reduce(2)
    steps = round(MAX_SKEW / _COARSE)
    # Nearest first, so that a page that reads the same at every angle stays as it is.
    coarse: list[float] = sorted((k * _COARSE for k in range(-steps, steps + 1)), key=math.fabs)
    best = max(coarse, key=lambda angle: _sharpness(quarter, angle))
    if _sharpness(quarter, best) == 0:
        return 0.0
    steps = round(_COARSE / _FINE)
    fine: list[float] = sorted((best + k * _FINE for k in range(-steps, steps + 1)), key=math.fabs)
    straightest = max(fine, key=lambda angle: _sharpness(half, angle))
    return round(straightest, 2)


def _ink(page: Image.Image) -> Image.Image:
    """Where the page is darker than its paper by more than a third: 255 there, else 0 (so
    that turning it fills the corners with nothing)."""
    histogram = page.histogram()
    paper = max(range(256), key=histogram.__getitem__)  # the commonest shade
    return page.point(lambda v: 255 if v < paper * 2 // 3 else 0)


def _dusty(ink: Image.Image) -> bool:
    """Whether the page's margins, where no text is, have specks."""
    width, height = ink.size
    margin = width // 20
    left, right = ink.crop((0, 0, margin, height)), ink.crop((width - margin, 0, width, height))
    specks = left.histogram()[255] + right.histogram()[255]
    return specks > SPECKS * 2 * margin * height


def _sharpness(ink: Image.Image, angle: float) -> int:
    turned = ink.rotate(angle, resample=Image.Resampling.NEAREST) if angle else ink
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
    return sum((b - a) ** 2 for a, b in zip(rows, rows[1:], strict=False))
