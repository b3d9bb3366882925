"""Figures in infobox text: '4,000', '1,500–2,000', 'at least 190', '2.5 thousand', '300+'.

:func:`find_counts` locates every figure in a string with its span (the casualty and strength
parsers cut their text around these); :func:`parse_count` reads the first one. Vague amounts
('dozens', 'tens of', 'hundreds') are not figures and give nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from warfile.extract import lexicon
from warfile.extract.alternation import word_alternation
from warfile.model import Count

# longest first, written as prefix trees (alternation.py: the same matches, tried faster)
_QUALIFIER = word_alternation(lexicon.QUALIFIERS)
_WORD = word_alternation(lexicon.NUMBER_WORDS)
_MULT = word_alternation(lexicon.MULTIPLIERS)
# A gun's calibre or weight after a number ("7-pounder", "105-mm"): part of the item's name.
_CALIBRE = r"-(?:pounder|pdr|inch|mm|cm|ton|tonne)\b"
# A numeral: "4,000", "2.5", "190" or a number word; not part of a designation ("MiG-23", "F-16"),
# an ordinal ("4th"), a decimal's tail or a percentage.
_NUM_BODY = (rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s*(?:{_MULT})\b)?(?![\w%]|\.\d|,\d|{_CALIBRE})"
        rf"|\b(?:{_WORD})\b(?!\s+of\b))")
_NUM = rf"(?<![\w.\-/]){_NUM_BODY}"
_JOIN = r"\s*(?:–|—|‒|−|-|\bto\b|\band\b)\s*"
COUNT_RE = re.compile(
    rf"(?:(?P<between>\bbetween\s+)|(?P<qual>(?<![\w])(?:{_QUALIFIER})(?=[\s\d])\s*))?"
    rf"(?P<low>{_NUM})(?:(?P<join>{_JOIN})(?:(?:{_QUALIFIER})\s+)?(?P<high>{_NUM_BODY}))?(?P<plus>\s*\+)?",
    re.IGNORECASE,
)


# Longest digit run read as a figure: no stated casualty or strength figure reaches a trillion,
# and SQLite integers stop at 19 digits.
MAX_DIGITS = 12


@dataclass(frozen=True, slots=True)
class FoundCount:
    count: Count
    start: int
    end: int


def _number(token: str) -> int | None:
    token = token.strip().lower()
    if token in lexicon.NUMBER_WORDS:
        return lexicon.NUMBER_WORDS[token]
    m = re.match(rf"([\d,.]+)\s*({_MULT})?$", token)
    if not m:
        return None
    digits, mult = m.group(1).replace(",", ""), m.group(2)
    if len(digits) > MAX_DIGITS:  # a run of digits this long is an identifier or noise, not a figure
        return None
    try:
        value = float(digits)
    except ValueError:
        return None
    if mult:
        value *= lexicon.MULTIPLIERS[mult]
    return int(round(value))


def _read(m: re.Match[str]) -> FoundCount | None:
    low = _number(m.group("low"))
    if low is None:
        return None
    high, end = low, m.end("low")
    if m.group("high"):
        joined = m.group("join").strip().lower()
        candidate = _number(m.group("high"))
        # "and" joins a range only after "between"; a falling pair ("5-3") is not a range.
        if candidate is not None and candidate > low and (joined != "and" or m.group("between")):
            high, end = candidate, m.end("high")
    qualifier = lexicon.QUALIFIERS.get((m.group("qual") or "").strip().lower())
    if m.group("plus") and end == m.end("high" if high != low else "low"):
        qualifier, end = qualifier or lexicon.PLUS_QUALIFIER, m.end("plus")
    start = m.start("qual") if m.group("qual") else m.start("low")
    return FoundCount(Count(low, high, qualifier), start, end)


def find_counts(text: str) -> list[FoundCount]:
    """Every figure in the text, left to right, with its span (qualifier included)."""
    found: list[FoundCount] = []
    text, pos = text or "", 0
    while (m := COUNT_RE.search(text, pos)) is not None:
        f = _read(m)
        if f is not None:
            found.append(f)
        # A rejected range end ("5 and 9") is searched again as a figure of its own.
        pos = max(f.end if f is not None else m.end(), m.start() + 1)
    return found


def parse_count(text: str) -> Count | None:
    """The first figure in the text: '1,500–2,000' -> Count(1500, 2000); 'Unknown' -> None."""
    if not isinstance(text, str):
        return None
    found = find_counts(text)
    return found[0].count if found else None
