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

from .alternation import word_alternation

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


# A requirement: the needles, and the most characters a match can hold before the needle it
# contains (None when unbounded). A match then starts at most that far before the first needle.
_Need = tuple[frozenset[str], int | None]


def _width(items, op, av) -> int | None:
    """The most characters one pattern item can match; None when unbounded."""
    most = _sre_parse.SubPattern(items.state, [(op, av)]).getwidth()[1]
    return None if most >= _C.MAXREPEAT else most


def _runs(items) -> Iterator[_Need | None]:
    """Candidate requirements of a sequence: its literal runs and its required sub-parts."""
    run: list[str] = []
    before: int | None = 0  # most characters before the current item
    run_at: int | None = 0
    for op, av in items:
        if op is _LITERAL and av < 128:
            if not run:
                run_at = before
            run.append(chr(av).lower())
            before = None if before is None else before + 1
            continue
        if run:
            yield frozenset({"".join(run)}), run_at
            run = []
        got = _required_of(op, av)
        yield None if got is None else (got[0], None if before is None or got[1] is None else before + got[1])
        width = _width(items, op, av)
        before = None if before is None or width is None else before + width
    if run:
        yield frozenset({"".join(run)}), run_at


def _required_of(op, av) -> _Need | None:
    if op is _SUBPATTERN:
        return _required(av[-1])
    if op is _BRANCH:
        needles: set[str] = set()
        most: int | None = 0
        for alternative in av[1]:
            got = _required(alternative)
            if got is None:
                return None
            needles |= got[0]
            most = None if most is None or got[1] is None else max(most, got[1])
        return frozenset(needles), most
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2])  # the first repetition holds a needle
    return None  # anchors, look-arounds, classes, optional parts: no fixed word


# Words found in nearly every sentence: a needle that is one of them (or under three letters)
# skips almost nothing, so a pattern's other required words are preferred ("during the night":
# "night", not " the "). Any choice is correct (every match holds one); this one skips more.
COMMON_WORDS = frozenset({"the", "that", "of", "and", "in", "on", "to", "a", "an", "at", "by", "for", "with",
                          "was", "were", "is"})


def _selectivity(need: _Need) -> tuple[bool, int, int]:
    """How much a requirement skips, for comparison: no common word, longer needles, fewer of them."""
    common = any(n.strip() in COMMON_WORDS or len(n.strip()) < 3 for n in need[0])  # "th" is in "the"
    return not common, min(map(len, need[0])), -len(need[0])


def _required(items) -> _Need | None:
    """Words one of which every match of ``items`` contains; the most selective set found."""
    best: _Need | None = None
    for cand in _runs(items):
        if not cand or not cand[0] or min(map(len, cand[0])) < MIN_NEEDLE:
            continue
        if best is None or _selectivity(cand) > _selectivity(best):
            best = cand
    return best


def _requirement(pattern: re.Pattern[str]) -> _Need | None:
    try:
        return _required(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply always scanned
        return None


def _opens_with_lookbehind(items) -> bool:
    """Whether the pattern, or an alternative of its opening branch, starts with a look-behind
    (after word-boundary tests, which the engine tries at every position too)."""
    while items:
        op, av = items[0]
        if op is _C.AT:
            items = items[1:]
            continue
        if op is _SUBPATTERN:
            items = av[-1]
            continue
        if op is _BRANCH:
            return any(_opens_with_lookbehind(alternative) for alternative in av[1])
        return op in (_C.ASSERT, _C.ASSERT_NOT) and av[0] < 0
    return False


def _lead_worth_using(pattern: re.Pattern[str]) -> bool:
    try:
        return _opens_with_lookbehind(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - unreadable: scan from the start
        return False


def max_width(pattern: str, flags: int = 0) -> int | None:
    """The most characters a match of ``pattern`` holds; None when unbounded or unreadable."""
    try:
        most = _sre_parse.parse(pattern, flags).getwidth()[1]
    except Exception:  # noqa: BLE001 - unreadable: unknown
        return None
    return None if most >= _C.MAXREPEAT else most


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case words one of which every match of ``pattern`` contains; None when unknown."""
    got = _requirement(pattern)
    return None if got is None else got[0]


def needle_lead(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match holds before its needle; None when unknown or unbounded."""
    got = _requirement(pattern)
    return None if got is None else got[1]


def _case_free(items) -> bool:
    """Whether an IGNORECASE pattern treats every ASCII character as its lower case would be
    treated by the same pattern matched case-sensitively: no upper-case ASCII letter in a literal
    or a class, no non-ASCII character that folds to ASCII, no case-sensitive part, no
    back-reference (compared ignoring case)."""
    for op, av in items:
        if op in (_LITERAL, _C.NOT_LITERAL):
            if 65 <= av <= 90 or av in _CASE_FOLDS:
                return False
        elif op is _C.IN:
            for kind, value in av:
                if kind in (_LITERAL, _C.NOT_LITERAL) and (65 <= value <= 90 or value in _CASE_FOLDS):
                    return False
                if kind is _C.RANGE and (value[0] <= 90 and value[1] >= 65
                                         or any(value[0] <= c <= value[1] for c in _CASE_FOLDS)):
                    return False
                if kind not in (_LITERAL, _C.NOT_LITERAL, _C.RANGE, _C.CATEGORY, _C.NEGATE):
                    return False
        elif op is _SUBPATTERN:
            if av[2] & re.IGNORECASE or not _case_free(av[-1]):  # (?-i:...): case matters there
                return False
        elif op is _BRANCH:
            if not all(_case_free(alternative) for alternative in av[1]):
                return False
        elif op in _REPEATS:
            if not _case_free(av[2]):
                return False
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            if not _case_free(av[1]):
                return False
        elif op not in (_C.AT, _C.ANY):
            return False  # back-references and anything unforeseen: no twin
    return True


def folded_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` without IGNORECASE, when matching it against the lower case of an ASCII text finds
    exactly the matches ``rx`` finds in the text (same places, same spans): the regex engine scans
    case-sensitively much faster. None when that cannot be shown from the pattern, or when a match
    may be empty (the scans built on the twin step from match to match)."""
    if not rx.flags & re.IGNORECASE or rx.flags & re.LOCALE:
        return None
    try:
        parsed = _sre_parse.parse(rx.pattern, rx.flags)
        if parsed.getwidth()[0] == 0 or not _case_free(parsed):
            return None
        return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)
    except Exception:  # noqa: BLE001 - unreadable: no twin
        return None


def _twin_matches(rx: re.Pattern[str], twin: re.Pattern[str], text: str, folded: str,
                  pos: int) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, pos)`` for an ASCII text: each place found by the twin in the folded
    text, matched there by ``rx`` (the same match the scan would give: no earlier place matches)."""
    while (found := twin.search(folded, pos)) is not None:
        m = rx.match(text, found.start())
        yield m
        pos = m.end()  # never the start: no match is empty


_NOTHING: Iterator = iter(())  # an exhausted iterator: what finditer gives when no match can exist


class Cue:
    """A compiled pattern and its needles: ``possible(folded)`` is False only when no match exists.

    When a match holds at most ``lead`` characters before its needle, no match starts before the
    first needle of the text minus ``lead``: the scans begin there (look-behinds still see the
    text before), instead of trying the pattern at every position of the sentence.
    """

    __slots__ = ("rx", "needles", "_each", "_lead", "_first", "_twin")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self._twin = folded_twin(rx)  # used on ASCII texts, whose folded form is their lower case
        need = _requirement(rx)
        self.needles = None if need is None else need[0]
        # the needles as a tuple: a plain loop of `in` tests is the cheapest "any" in CPython,
        # and this test runs for every cue of every clause
        self._each = None if need is None else tuple(sorted(need[0]))
        # Beginning at the first needle costs a scan for it. It pays only for a pattern that opens
        # with a look-behind, which the regex engine tries in full at every position; others it
        # skips through quickly (measured on generated and real clauses).
        self._lead = None if need is None or not _lead_worth_using(rx) else need[1]
        # only where the leftmost needle starts matters, so the needles may be tried as a prefix tree
        self._first = None if self._lead is None else re.compile(word_alternation(self._each))

    def possible(self, folded: str) -> bool:
        each = self._each
        if each is None:
            return True
        for needle in each:
            if needle in folded:
                return True
        return False

    def _start(self, text: str, folded: str) -> int:
        """Where a scan of ``text`` must begin; -1 when no match exists."""
        each, lead = self._each, self._lead
        if each is None:
            return 0
        if lead is None or len(folded) != len(text):
            for needle in each:  # possible(), inlined: this runs for every cue of every clause
                if needle in folded:
                    return 0
            return -1
        first = self._first.search(folded)  # the leftmost needle, in one scan
        return -1 if first is None else max(0, first.start() - lead)

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        """``rx.search(text)``, skipped when the folded text holds none of the needles."""
        if folded is None:
            folded = fold(text)
        start = self._start(text, folded)
        if start < 0:
            return None
        if self._twin is not None and text.isascii():
            found = self._twin.search(folded, start)
            return None if found is None else self.rx.match(text, found.start())
        return self.rx.search(text, start)

    def search_in(self, text: str, folded: str, start: int, end: int) -> re.Match[str] | None:
        """``rx.search(text, start, end)``, skipped when ``folded[start:end]`` holds none of the
        needles (a match inside the bounds holds one inside them). Where folding moved offsets
        (a few non-ASCII characters), the search always runs."""
        each = self._each
        if each is not None and len(folded) == len(text):
            for needle in each:
                if folded.find(needle, start, end) >= 0:
                    break
            else:
                return None
        return self.rx.search(text, start, end)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        """``rx.finditer(text)``, empty when the folded text holds none of the needles."""
        if folded is None:
            folded = fold(text)
        start = self._start(text, folded)
        if start < 0:
            return _NOTHING
        if self._twin is not None and text.isascii():
            return _twin_matches(self.rx, self._twin, text, folded, start)
        return self.rx.finditer(text, start)


class AnyCue(Cue):
    """An alternation of patterns (a lexicon's list of cues) that scans faster and matches the same.

    Python's regex engine tries every alternative at every position; a list of thirty cues opening
    with ``\\b`` costs thirty tests per character. Here each pattern is also a :class:`Cue` of its
    own: only those whose needles occur are searched, each from its own first needle, and the
    leftmost place any of them matches is where the whole alternation first matches. The whole
    alternation is then matched there, so ``search`` and ``finditer`` return exactly the matches
    of ``rx.search`` and ``rx.finditer`` (the same alternative, groups and end). A pattern that can
    match the empty string would make ``finditer`` step differently: such a list is scanned whole.
    """

    __slots__ = ("_parts",)

    def __init__(self, patterns, flags: int = 0) -> None:
        super().__init__(re.compile("|".join(f"(?:{p})" for p in patterns), flags))
        parts = [Cue(re.compile(p, flags)) for p in patterns]
        self._parts = parts if all(_sre_parse.parse(p.rx.pattern, flags).getwidth()[0] > 0 for p in parts) else None

    def _live(self, text: str, folded: str, pos: int) -> list[list]:
        """[pattern, start of its next match] for every part that matches at or after ``pos``."""
        live = []
        for part in self._parts:
            each = part._each
            if part._lead is None and each is not None:  # _start's common case, inlined (hot: every part)
                for needle in each:
                    if needle in folded:
                        start = 0
                        break
                else:
                    continue
            else:
                start = part._start(text, folded)
            if start >= 0:
                m = part.rx.search(text, max(start, pos))
                if m is not None:
                    live.append([part.rx, m.start()])
        return live

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        if folded is None:
            folded = fold(text)
        if self._parts is None or not self.possible(folded):
            return super().search(text, folded)
        live = self._live(text, folded, 0)
        return self.rx.match(text, min(at for _, at in live)) if live else None

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        if folded is None:
            folded = fold(text)
        if self._parts is None or not self.possible(folded):
            return super().finditer(text, folded)
        return self._matches(text, self._live(text, folded, 0))

    def _matches(self, text: str, live: list[list]) -> Iterator[re.Match[str]]:
        while live:
            m = self.rx.match(text, min(at for _, at in live))  # the leftmost: the alternation matches there
            yield m
            pos = m.end()  # never the start: no part matches the empty string
            for entry in live:
                if entry[1] < pos:  # its next match overlaps this one: the next from here on
                    again = entry[0].search(text, pos)
                    entry[1] = -1 if again is None else again.start()
            live = [entry for entry in live if entry[1] >= 0]


class StartCue(Cue):
    """A cue whose every match starts where ``starts`` matches the folded text: a case-sensitive
    scan for its opening words ("at least", a digit, "dozens"), which the regex engine runs far
    faster than an IGNORECASE pattern tried in full at every position. The pattern is then tried
    only at those places, so ``finditer`` and ``search`` give the matches of ``rx`` exactly, as
    long as ``starts`` finds every place a match can start. That holds in ASCII text, whose
    folded form is its lower case with the same word characters; other text is scanned whole.
    """

    __slots__ = ("_starts",)

    def __init__(self, rx: re.Pattern[str], starts: str) -> None:
        super().__init__(rx)
        # an empty match would make finditer step differently: such a pattern is scanned whole
        self._starts = re.compile(starts) if _sre_parse.parse(rx.pattern, rx.flags).getwidth()[0] > 0 else None

    def _matches(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (start := self._starts.search(folded, pos)) is not None:
            m = self.rx.match(text, start.start())
            if m is None:
                pos = start.start() + 1
                continue
            yield m
            pos = m.end()

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        if folded is None:
            folded = fold(text)
        if self._starts is None or not text.isascii() or not self.possible(folded):
            return super().search(text, folded)
        return next(self._matches(text, folded), None)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        if folded is None:
            folded = fold(text)
        if self._starts is None or not text.isascii() or not self.possible(folded):
            return super().finditer(text, folded)
        return self._matches(text, folded)


class CueSet:
    """Which of several cues can match a text, told by one scan of its folded form.

    A text in which none of a cue's needles occurs gives that cue no match (see :class:`Cue`);
    asking each cue costs a call and a loop of ``in`` tests per cue, for a list of cues that
    mostly find nothing. Here one scan finds every needle of the list: a look-ahead tried at each
    position reports the longest needle starting there (the prefix tree tries longer words first),
    and the needles that are prefixes of it start there too. :meth:`possible` returns a bit mask,
    bit ``i`` set when the ``i``-th cue may match; a cue whose needles are unknown is always set.
    """

    __slots__ = ("_always", "_scan", "_bits")

    def __init__(self, cues) -> None:
        self._always = 0
        owners: dict[str, int] = {}  # needle -> the bits of the cues holding it
        for i, cue in enumerate(cues):
            if cue.needles is None:
                self._always |= 1 << i
            else:
                for needle in cue.needles:
                    owners[needle] = owners.get(needle, 0) | 1 << i
        # what finding a needle tells: its own cues' bits and those of every needle it begins with
        self._bits = {needle: _bits_of_prefixes(needle, owners) for needle in owners}
        self._scan = re.compile(f"(?=({word_alternation(owners)}))") if owners else None

    def possible(self, folded: str) -> int:
        found = self._always
        if self._scan is not None:
            bits = self._bits
            for needle in self._scan.findall(folded):
                found |= bits[needle]
        return found


def _bits_of_prefixes(needle: str, owners: dict[str, int]) -> int:
    bits = 0
    for end in range(1, len(needle) + 1):
        bits |= owners.get(needle[:end], 0)
    return bits
