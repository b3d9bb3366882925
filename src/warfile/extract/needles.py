"""Cheap tests that a regex cannot match a text, read from the regex itself.

Most cue patterns in :mod:`warfile.extract.lexicon_events` are alternations of words behind
``\\b`` or look-behinds, which Python's regex engine retries at every position of a sentence.
Every match of such a pattern contains one of a few literal words ("captur", "seiz", "took "...);
when the lower-cased sentence contains none of them, the pattern cannot match and the scan is
skipped. The words are derived from the parsed pattern, so they never drift from the lexicon.

:class:`Cue` wraps a compiled pattern; :func:`fold` lower-cases a text once so many cues can be
tested against it. A pattern whose words cannot be read (a match may contain no fixed word)
is always scanned: the prefilter only ever skips scans that would have found nothing.
"""
from __future__ import annotations

import re
from typing import Iterator

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_C = _sre_parse  # the opcodes live beside the parser
_LITERAL, _SUBPATTERN, _BRANCH = _C.LITERAL, _C.SUBPATTERN, _C.BRANCH
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT))

# The only non-ASCII characters an IGNORECASE pattern matches to an ASCII letter (found by testing
# every code point against [a-z] with re.IGNORECASE; tests/test_needles.py repeats the check).
# They are mapped before lower-casing so that a needle found by the regex is found by `in` too.
_CASE_FOLDS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}

# Needles shorter than this skip too little to pay for the `in` tests.
MIN_NEEDLE = 2


def fold(text: str) -> str:
    """The text as needles are compared with it: lower case, IGNORECASE look-alikes made ASCII."""
    if text.isascii():
        return text.lower()
    return text.translate(_CASE_FOLDS).lower()


def _runs(items) -> Iterator[frozenset[str] | None]:
    """Candidate requirements of a sequence: its literal runs and its required sub-parts."""
    run: list[str] = []
    for op, av in items:
        if op is _LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            yield frozenset({"".join(run)})
            run = []
        yield _required_of(op, av)
    if run:
        yield frozenset({"".join(run)})


def _required_of(op, av) -> frozenset[str] | None:
    if op is _SUBPATTERN:
        return _required(av[-1])
    if op is _BRANCH:
        needles: set[str] = set()
        for alternative in av[1]:
            got = _required(alternative)
            if got is None:
                return None
            needles |= got
        return frozenset(needles)
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2])
    return None  # anchors, look-arounds, classes, optional parts: no fixed word


def _required(items) -> frozenset[str] | None:
    """Words one of which every match of ``items`` contains; the most selective set found."""
    best: frozenset[str] | None = None
    for cand in _runs(items):
        if not cand or min(map(len, cand)) < MIN_NEEDLE:
            continue
        if best is None or (min(map(len, cand)), -len(cand)) > (min(map(len, best)), -len(best)):
            best = cand
    return best


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case words one of which every match of ``pattern`` contains; None when unknown."""
    try:
        return _required(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply always scanned
        return None


class Cue:
    """A compiled pattern and its needles: ``possible(folded)`` is False only when no match exists."""

    __slots__ = ("rx", "needles", "_each")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.needles = needles(rx)
        # the needles as a tuple: a plain loop of `in` tests is the cheapest "any" in CPython,
        # and this test runs for every cue of every clause
        self._each = None if self.needles is None else tuple(sorted(self.needles))

    def possible(self, folded: str) -> bool:
        each = self._each
        if each is None:
            return True
        for needle in each:
            if needle in folded:
                return True
        return False

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        """``rx.search(text)``, skipped when the folded text holds none of the needles."""
        if not self.possible(fold(text) if folded is None else folded):
            return None
        return self.rx.search(text)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        """``rx.finditer(text)``, empty when the folded text holds none of the needles."""
        if not self.possible(fold(text) if folded is None else folded):
            return iter(())
        return self.rx.finditer(text)
