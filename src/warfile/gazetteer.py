"""Reference lists shipped as package data and shared by readers and extractors.

Imports nothing of warfile's, like ``model``: both the readers (a run-on infobox opens the second
side at a state's name) and the extractors (places, sides) read the same list.
"""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def country_names() -> tuple[str, ...]:
    """Short names of the world's states (``warfile/data/countries.txt``), longest first, so an
    alternation of them prefers "South Sudan" over "Sudan"."""
    try:
        lines = resources.files("warfile").joinpath("data", "countries.txt").read_text("utf-8").splitlines()
    except OSError:  # a broken install gives no names rather than a reader that raises
        return ()
    names = {ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))
