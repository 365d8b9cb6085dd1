"""dagsorden: meetings of a Danish municipality's executive board and committees."""

__version__ = "0.1.0"
