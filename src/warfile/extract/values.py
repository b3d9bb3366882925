"""The value parsers, in one place for callers: counts, strength, casualties, people, names.

Each parser takes the text of one infobox field and returns model values; none raises on odd
text. The work is split by concept: ``counts`` (figures), ``claims`` (where a claim ends, its
claimant and as-of date), ``casualties`` (casualty claims and strength figures), ``people``
(commanders), ``names`` (belligerent and unit lists).
"""
from __future__ import annotations

from warfile.extract.casualties import parse_casualties, parse_quantities
from warfile.extract.counts import find_counts, parse_count
from warfile.extract.names import split_names, split_supporters, strip_citations
from warfile.extract.people import parse_people, split_rank

__all__ = [
    "find_counts", "parse_casualties", "parse_count", "parse_people", "parse_quantities", "split_names",
    "split_rank", "split_supporters", "strip_citations",
]
