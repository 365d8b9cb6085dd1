"""Agendas and minutes as documents in the house layout of the seeds (PDF through typst,
DOCX through python-docx), from the core records. Pure Python, no Django: what goes in (the
public or the full version) is decided by the caller, which applies the access rule."""

from .docx import agenda_docx
from .layout import Block, layout
from .pdf import render_pdf

__all__ = ["Block", "agenda_docx", "layout", "render_pdf"]
