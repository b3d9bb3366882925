"""Cross-references between operations: one operation's text naming another.

Three ways a text points at another operation, strongest first: a "See also" list naming it; its
name (or an alias) written out; a paraphrase keeping its year, its distinctive words and its kind
("after the 2014 rebel offensive at Latakia" -> "2014 Latakia offensive"). The extractor's
``Operation.mentions`` (names the text refers to) count as the name written out.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from warfile.model import Operation
from warfile.resolve.names import fold, name_key

# Words naming what kind of operation a name is; a paraphrase must keep it ("the 2014 offensive
# at Latakia"), otherwise "2014" and "Latakia" in one sentence would be enough.
OPERATION_KINDS = frozenset({
    "offensive", "battle", "siege", "operation", "campaign", "assault", "clashes", "massacre",
    "counteroffensive", "counter", "raid", "insurgency", "uprising", "war", "attack",
})
# Words a paraphrase may put between the year and the kind ("2014 rebel offensive").
PREPOSITIONS = frozenset({"at", "in", "on", "of", "for", "against", "near", "around", "into"})
# How far (in words) a paraphrase may spread: year up to 5 words before the kind word, the place
# up to 3 after it ("offensive at the Latakia"), as in the seeds' "after the 2014 rebel offensive at Latakia".
YEAR_WINDOW, AFTER_WINDOW = 5, 3
# A name this short or without a digit ("Anfal") is written out only when it has two words or more:
# single common words would link everything.
MIN_NAME_CHARS = 8

_SEE_ALSO = re.compile(r"(?im)^[=#\s*-]*see also[=#\s:]*$")


def _see_also_part(text: str) -> str:
    m = _SEE_ALSO.search(text)
    if not m:
        return ""
    rest = text[m.end():]
    nxt = re.search(r"(?m)^\s*(==|##|[A-Z][^\n]{0,60}\n[=-]{3,})", rest)
    return rest[: nxt.start()] if nxt else rest[:3000]


def _names(op: Operation) -> list[str]:
    out = []
    for n in (op.name, *op.aliases):
        k = fold(n)
        if k and (re.search(r"\d", k) or (len(k) >= MIN_NAME_CHARS and " " in k)):
            out.append(k)
    return out


def _contains(padded: str, needle: str) -> bool:
    """needle as whole words in a folded text (words of [a-z0-9] joined by spaces) given with a
    space at both ends, as _padded makes it: a plain substring test, no regex per name."""
    return f" {needle} " in padded


def _padded(folded: str) -> str:
    return f" {folded} "


Paraphrase = tuple[tuple[str, ...], frozenset[str]]  # see _paraphrase_words


def _kind_positions(words: list[str]) -> dict[str, list[int]]:
    """Where each kind word stands in a text's words: the only places a paraphrase can be."""
    at: dict[str, list[int]] = {}
    for t, w in enumerate(words):
        if w in OPERATION_KINDS:
            at.setdefault(w, []).append(t)
    return at


def _paraphrased(words: list[str], parts: Paraphrase | None, kind_at: dict[str, list[int]]) -> bool:
    """Whether the words (kind words at kind_at) paraphrase a name with these parts."""
    if parts is None:
        return False
    (*core, year), kinds = parts
    for kind in kinds:
        for t in kind_at.get(kind, ()):
            left = words[max(0, t - YEAR_WINDOW):t]
            right = words[t + 1:t + 1 + AFTER_WINDOW] if t + 1 < len(words) and words[t + 1] in PREPOSITIONS else []
            if year in left and all(c in left or c in right for c in core):
                return True
    return False


class Target(NamedTuple):
    """An indexed operation with what a text is checked against, made once per operation."""

    op: Operation
    names: list[str]  # _names(op)
    paraphrase: Paraphrase | None  # _paraphrase_words(op)


class NameIndex:
    """Every operation's linkable names, looked up by the words of one text (no scan per name).

    A name written out in a folded text has all its words among the text's words, so a name is a
    candidate only when they are all there; a paraphrase keeps the name's year, a kind word
    and every other word of the name, so it is a candidate only when the text holds all of those.
    Each is looked up by one of its words (the rarest), never scanned. Candidates are then
    checked exactly as before, so the index changes the cost and never the links found.
    """

    def __init__(self, operations: Iterable[Operation]):
        self.by_name: dict[str, list[Target]] = {}
        # (words that must all be in the text, kind words one of which must be, operation): a name
        # written out needs its words (no kind word: empty), a paraphrase its core words and year
        entries: list[tuple[tuple[str, ...], frozenset[str], Target]] = []
        for op in operations:
            if not op.id:
                continue
            target = Target(op, _names(op), _paraphrase_words(op))
            for n in dict.fromkeys(target.names):
                entries.append((tuple(n.split()), frozenset(), target))
                self.by_name.setdefault(n, []).append(target)
            if target.paraphrase:
                entries.append((*target.paraphrase, target))
        # Each entry is looked up under its rarest word: under a common one ("2014", "offensive")
        # every text from that year would make every such operation a candidate (quadratic).
        frequency = Counter(w for needed, _, _ in entries for w in set(needed))
        self.by_word: dict[str, list[tuple[tuple[str, ...], frozenset[str], Target]]] = {}
        for needed, kinds, op in entries:
            rarest = min(needed, key=lambda w: (frequency[w], w))
            self.by_word.setdefault(rarest, []).append((needed, kinds, op))

    def candidates(self, words: set[str], mentioned: set[str]) -> list[Target]:
        """Operations one of whose names could be in a text with these words or mentions."""
        found: dict[str, Target] = {}
        for w in self.by_word.keys() & words:  # the few indexed words, not every word of the text
            for needed, kinds, target in self.by_word[w]:
                if target.op.id not in found and words.issuperset(needed) and (
                        not kinds or not kinds.isdisjoint(words)):
                    found[target.op.id] = target
        for m in mentioned:
            for target in self.by_name.get(m, ()):
                found.setdefault(target.op.id, target)
        return [found[k] for k in sorted(found)]


def _paraphrase_words(op: Operation) -> Paraphrase | None:
    """(distinctive words then the year, kind words) a paraphrase of op's name must all hold (one
    kind word of them), as _paraphrased checks; None when its name cannot be paraphrased."""
    key = name_key(op.name).split()
    years = [w for w in key if re.fullmatch(r"\d{4}", w)]
    kinds = frozenset(w for w in key if w in OPERATION_KINDS)
    core = [w for w in key if w not in OPERATION_KINDS and w not in years]
    if len(years) != 1 or not kinds or not core:
        return None
    return (*core, years[0]), kinds


def text_words(folded: str) -> str:
    """The distinct words of a folded text, sorted and joined by spaces: what NameIndex.candidates
    reads of a text (a store keeps them per document, whose text never changes)."""
    return " ".join(sorted(set(folded.split())))


def mentioned_names(a: Operation) -> set[str]:
    """The names a's extractor says its text refers to, folded as the index holds names."""
    return {fold(m) for m in a.mentions}


def links_from(a: Operation, texts: Sequence[str], index: NameIndex,
               folded: Sequence[str] | None = None) -> list[tuple[str, str, str]]:
    """(a id, b id, reason) for each indexed operation b that a's document texts mention.

    A link from a to b depends on a (its id, name, mentions and texts) and b (its id and names)
    alone, never on the other operations indexed. folded: fold() of each text, when the caller
    has it."""
    if not a.id:
        return []
    body = " ".join(folded if folded is not None else (fold(t) for t in texts))
    see_also = " ".join(fold(_see_also_part(t)) for t in texts)
    words = body.split()
    padded_body, padded_see_also = _padded(body), _padded(see_also)
    kind_at: dict[str, list[int]] | None = None  # made at the first paraphrase checked: most texts have none
    mentioned = mentioned_names(a)
    own = name_key(a.name)
    out = []
    for b, names, paraphrase in index.candidates(set(words), mentioned):
        if a.id == b.id or own == name_key(b.name):
            continue
        reason = None
        if see_also and any(_contains(padded_see_also, n) for n in names):
            reason = "see also"
        elif any(n in mentioned for n in names) or any(_contains(padded_body, n) for n in names):
            reason = f"names {b.name!r}"
        elif paraphrase is not None:
            kind_at = _kind_positions(words) if kind_at is None else kind_at
            if _paraphrased(words, paraphrase, kind_at):
                reason = f"refers to {b.name!r}"
        if reason:
            out.append((a.id, b.id, reason))
    return out


def operation_links(operations: Sequence[Operation], documents_text: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(a id, b id, reason) for each operation a whose documents mention operation b.

    ``documents_text`` maps document id (``Source.document``) to the document's text.
    """
    index = NameIndex(operations)
    links: dict[tuple[str, str], str] = {}
    for a in operations:
        texts = [documents_text.get(s.document, "") or "" for s in a.sources]
        for x, y, reason in links_from(a, texts, index):
            links.setdefault((x, y), reason)
    return [(x, y, r) for (x, y), r in sorted(links.items())]


__all__ = ["NameIndex", "links_from", "mentioned_names", "operation_links", "text_words"]
