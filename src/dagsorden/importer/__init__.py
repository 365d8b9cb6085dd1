"""Bring minutes documents in: parse with dagsorden.core, store with the meetings models."""
