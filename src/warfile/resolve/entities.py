"""People, groups and places named across operations, resolved into entities.

In: merged operations and curator overrides. Out: a :class:`Resolution` — entities (canonical =
fullest spelling, aliases, every mention) and candidates (doubtful pairs, never merged).

Each distinct spelling is a node. Nodes join when ``names.match_*`` says 'same' (people also use
their stated roles as context) and only if no pair across the two clusters is 'different'
(complete linkage: "A = B" and "B = C" never drag in a C that differs from A). Curator overrides
win: 'merge'/'alias-add' join regardless, 'split'/'alias-remove' keep apart; a later override on
the same pair replaces an earlier one.
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from rapidfuzz import fuzz, process

from warfile.model import Entity, Mention, Operation, Override, Person, Span
from warfile.resolve.names import (
    GROUP_DESIGNATORS,
    KUNYA,
    MAYBE_RATIO,
    MAYBE_RATIO_NAMES,
    Verdict,
    fold,
    fuller,
    group_key,
    match_names,
    name_key,
    phonetic_token,
    place_tokens,
)


class Candidate(NamedTuple):
    """Two entities that may be one, for a curator to decide."""

    a: str  # entity id
    b: str
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class Resolution:
    entities: tuple[Entity, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    spellings: tuple[tuple[str, str, str], ...] = ()  # (kind, spelling, entity id), when mentions went to a sink


# Words that make an event actor a group or a body rather than a person ("Turkish Air Force",
# "Human Rights Watch", "state media"). An actor with none of them, two to four capitalised words
# and no acronym reads as a person ("Samantha Power").
GROUP_WORDS = frozenset({
    "army", "force", "forces", "front", "brigade", "brigades", "battalion", "division", "regiment",
    "legion", "movement", "group", "council", "committee", "watch", "observatory", "state", "media",
    "ministry", "party", "government", "units", "unit", "militia", "militias", "guard", "police",
    "rebels", "fighters", "troops", "military", "navy", "corps", "command", "organization",
    "organisation", "agency", "news", "union", "coalition", "alliance", "republic", "kingdom",
    "islamic", "national", "syrian", "turkish", "russian", "american", "free", "resistance", "sham",
})


def actor_is_person(actor: str) -> bool:
    words = actor.split()
    if not 2 <= len(words) <= 4 or any(w.isupper() and len(w) > 1 for w in words):
        return False
    if any(fold(w) in GROUP_WORDS for w in words):
        return False
    return all(w[0].isupper() or fold(w) in ("al", "el", "bin", "ibn", "abu", "de", "van", "von") for w in words)


def _generic(surface: str) -> bool:
    """'rebels', 'government forces': lower-case descriptions are not named entities."""
    return not any(c.isupper() for c in surface) or not fold(surface)


# ---------------------------------------------------------------- collecting mentions

@dataclass(slots=True)
class _Node:
    kind: str
    surface: str
    mentions: list[Mention] = field(default_factory=list)
    roles: tuple[str, ...] = ()  # distinct, as given
    killed: bool = False
    spoken: bool = False  # has a mention (kept in mentions, or handed to a sink)


def _provenance(op: Operation) -> Callable[[str], tuple[str, ...]]:
    """The documents stating the value at a pointer of op (the first provenance entry for it),
    else every source document: a dict built once per operation, not a scan per value."""
    stated: dict[str, tuple[str, ...]] = {}
    for p in op.provenance:
        stated.setdefault(p.field, p.documents)
    every = tuple(s.document for s in op.sources) or ("",)
    return lambda pointer: stated.get(pointer, every)


# A mention as a flat row: (operation, document, side, role, surface, span start, span end, event),
# the columns it is stored under. Rows are what a sink is handed: most mentions of a large store go
# to the sink, and a row costs a fraction of a Mention and its Span.
MentionRow = tuple[str, str, "int | None", "str | None", str, "int | None", "int | None", "int | None"]


def mention_from_row(row: MentionRow) -> Mention:
    op, doc, side, role, surface, start, end, event = row
    return Mention(op, doc, side, role, surface, Span(start, end) if start is not None else None, event)


def _span_in(op: Operation, ev_idx: int, surface: str) -> tuple[int, int] | tuple[None, None]:
    e = op.events[ev_idx]
    if e.span is None or e.span.end - e.span.start != len(e.summary):
        return None, None
    at = e.summary.find(surface)
    return (e.span.start + at, e.span.start + at + len(surface)) if at >= 0 else (None, None)


def _mentions(operations: Iterable[Operation]) -> Iterator[tuple[str, str, MentionRow, Person | None]]:
    """(kind, surface, mention row, person) for every name in every operation."""
    for op in operations:
        oid = op.id or op.name
        docs_at = _provenance(op)
        for i, side in enumerate(op.sides):
            for j, p in enumerate(side.commanders):
                for doc in docs_at(f"/sides/{i}/commanders/{j}"):
                    yield "person", p.name, (oid, doc, i, p.role or "commander", p.name, None, None, None), p
            for role, names in (("belligerent", side.belligerents), ("supporter", side.supporters),
                                ("unit", side.units)):
                for j, n in enumerate(names):
                    for doc in docs_at(f"/sides/{i}/{role}s/{j}" if role != "unit" else f"/sides/{i}/units/{j}"):
                        yield "group", n, (oid, doc, i, role, n, None, None, None), None
        for j, place in enumerate(op.places):
            for doc in docs_at(f"/places/{j}"):
                yield "place", place, (oid, doc, None, "operation place", place, None, None, None), None
        for k, e in enumerate(op.events):
            doc = e.document or docs_at(f"/events/{k}")[0]
            for a in e.actors:
                if not _generic(a):
                    kind = "person" if actor_is_person(a) else "group"
                    yield kind, a, (oid, doc, None, "event actor", a, *_span_in(op, k, a), k), None
            for place in e.places:
                yield "place", place, (oid, doc, None, "event place", place, *_span_in(op, k, place), k), None


class Sink(Protocol):
    """Where resolve_entities hands what it would otherwise hold until the end."""

    def mention(self, kind: str, spelling: str, mention: MentionRow) -> None: ...

    def candidate(self, x: tuple[str, str], y: tuple[str, str], score: float, reason: str, phase: int) -> None:
        """A doubtful pair of spellings. Kept, per pair of entities, the highest score and on a tie
        the first: phase 0 (sure pairs that could not join) before phase 1 (maybe pairs), each in
        the order given; pairs whose spellings ended in one entity are dropped."""


def _collect(operations: Iterable[Operation], sink: Sink | None = None,
             ) -> tuple[dict[tuple[str, str], _Node], list[tuple[tuple[str, str], tuple[str, str]]]]:
    """One node per spelling, and the spelling pairs a merged record already joined. Mentions
    are kept on their node, or handed to sink.mention(kind, spelling, row) and only noted."""
    nodes: dict[tuple[str, str], _Node] = {}
    linked: list[tuple[tuple[str, str], tuple[str, str]]] = []
    for kind, surface, row, person in _mentions(operations):
        surface = " ".join(surface.split())
        node = nodes.get((kind, surface))
        if node is None or not node.spoken:  # a spelling's first mention: has it any letters?
            if not fold(surface):
                continue
            if node is None:
                node = nodes[(kind, surface)] = _Node(kind, surface)
        node.spoken = True
        if sink is None:
            node.mentions.append(mention_from_row(row))
        else:
            sink.mention(kind, surface, row)
        if person is not None:
            node.killed |= person.killed
            if person.role and person.role not in node.roles:
                node.roles += (person.role,)
            for alias in person.aliases:
                alias_node = nodes.setdefault((kind, alias), _Node(kind, alias))
                if person.role and person.role not in alias_node.roles:
                    alias_node.roles += (person.role,)
                linked.append(((kind, surface), (kind, alias)))
    return nodes, linked


# ---------------------------------------------------------------- clustering

def _key(kind: str, surface: str) -> str:
    if kind == "group":
        return group_key(surface)
    if kind == "place":
        return " ".join(place_tokens(surface))
    return name_key(surface)


def _block_tokens(kind: str, surface: str) -> set[str]:
    """Phonetic keys of the distinctive words: nodes are compared only when they share one."""
    words = set(_key(kind, surface).split()) - KUNYA - GROUP_DESIGNATORS
    return {phonetic_token(w) for w in words if len(w) > 2} or {phonetic_token(w) for w in words}


# The lowest spelling similarity (rapidfuzz ratio on _key) at which names.match_* can say anything
# but 'different' without the names being transliteration-equal or one containing the other:
# people fall back to 'maybe' at MAYBE_RATIO, groups and places at MAYBE_RATIO_NAMES.
MIN_RATIO = {"person": MAYBE_RATIO, "group": MAYBE_RATIO_NAMES, "place": MAYBE_RATIO_NAMES}
# Rows of one bucket's ratio matrix computed at once (512 x 20,000 bytes = 10 MB at most per slice).
RATIO_ROWS = 512


def candidate_pairs(keys: Sequence[tuple[str, str]]) -> Iterator[tuple[tuple[str, str], tuple[str, str]]]:
    """Pairs of spellings of one kind worth a verdict, in sorted order, without comparing all pairs.

    A pair is compared when it shares a blocking token (_block_tokens) and passes a test every
    non-'different' verdict passes: the same transliteration key, one name's words all in the
    other's (containment), or a spelling ratio at MIN_RATIO or above. Ratios are computed in C
    (rapidfuzz cdist) within each token bucket; the other two come from indexes. So the pairs
    left out are exactly pairs the matcher would call 'different', which change nothing.

    A store of 14,000 operations has ~100,000 spellings and ~500,000 such pairs: a pair is held
    as one 8-byte number (its two positions in sorted order) until all are found, then the numbers
    are sorted and deduplicated at once, instead of a set of tuples (~60 MiB more at that size).
    """
    import numpy as np

    keys = sorted(set(keys))
    position = {k: i for i, k in enumerate(keys)}
    # Tuples and lists, not sets: a small set costs ~200 bytes and there are several per spelling.
    words = {k: tuple(dict.fromkeys(_key(*k).split())) for k in keys}
    blocks = {k: tuple(_block_tokens(*k)) for k in keys}
    codes = array("q")
    n = len(keys)

    def add(x: tuple[str, str], y: tuple[str, str]) -> None:
        if x != y and not set(blocks[x]).isdisjoint(blocks[y]):
            i, j = position[x], position[y]
            codes.append(i * n + j if i < j else j * n + i)

    by_phonetic: dict[tuple[str, str], list[tuple[str, str]]] = {}
    by_word: dict[tuple[str, str], list[tuple[str, str]]] = {}
    buckets: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for k in keys:
        by_phonetic.setdefault((k[0], " ".join(phonetic_token(w) for w in _key(*k).split())), []).append(k)
        for w in words[k]:
            by_word.setdefault((k[0], w), []).append(k)
        for t in blocks[k]:
            buckets.setdefault((k[0], t), []).append(k)
    for ks in by_phonetic.values():
        for i, x in enumerate(ks):
            for y in ks[i + 1:]:
                add(x, y)
    for k in keys:  # every spelling holding all of k's words
        sets = sorted((by_word[(k[0], w)] for w in words[k]), key=len)
        if sets:
            for y in set(sets[0]).intersection(*sets[1:]):
                add(k, y)
    for (kind, _), ks in buckets.items():
        if len(ks) < 2:
            continue
        texts = [_key(*k) for k in ks]
        for lo in range(0, len(ks), RATIO_ROWS):  # a slice of rows at a time: memory stays flat
            scores = process.cdist(texts[lo:lo + RATIO_ROWS], texts, scorer=fuzz.ratio,
                                   score_cutoff=MIN_RATIO[kind], dtype="uint8", workers=1)
            for i, j in zip(*scores.nonzero()):
                if lo + i < j:
                    add(ks[lo + i], ks[j])
    for index in (words, blocks, by_phonetic, by_word, buckets, position):
        index.clear()  # freed before the pairs are read
    unique = np.unique(np.frombuffer(codes, dtype=np.int64)) if codes else ()
    codes = array("q")
    for code in unique:  # i * n + j with i < j: numeric order is the order of the sorted pairs
        i, j = divmod(int(code), n)
        yield keys[i], keys[j]


_Verdicts = dict[tuple[tuple[str, str], tuple[str, str]], Verdict]
# Verdicts are pure, so they are cached only to spare recomputing them (complete linkage asks for
# pairs across two clusters again and again); past this many the cache starts again, so memory
# does not grow with the pairs of a large store. Each candidate pair is asked once, so only the
# recent pairs of a clash test come back: 4,000 documents ask 69,000 verdicts, and a cache of 2**17
# spared 81 of them for 11 MiB of peak RSS (113 -> 102 MiB), no faster than this one.
VERDICT_CACHE = 1 << 12


def _verdict(a: _Node, b: _Node, cache: _Verdicts) -> Verdict:
    pair = ((a.kind, a.surface), (b.kind, b.surface))
    if pair not in cache:
        if a.kind != "person":
            v = match_names(a.kind, a.surface, b.surface)
        else:  # the best reading over the roles each spelling is given
            ranked = {"same": 2, "maybe": 1, "different": 0}
            v = max((match_names("person", a.surface, b.surface, ra, rb)
                     for ra in sorted(a.roles) or [None] for rb in sorted(b.roles) or [None]),
                    key=lambda x: (ranked[x.decision], x.score))
        if len(cache) >= VERDICT_CACHE:
            cache.clear()
        cache[pair] = cache[(pair[1], pair[0])] = v
    return cache[pair]


def _override_targets(nodes: dict[tuple[str, str], _Node], kind: str | None, ref: str) -> list[tuple[str, str]]:
    """The spellings an override's name or entity id refers to (same folded form or same key)."""
    prefix = re.match(r"^(person|group|place):", ref.strip())
    kind = kind or (prefix.group(1) if prefix else None)
    ref = ref.strip()[prefix.end():] if prefix else ref.strip()
    if not name_key(ref):
        return []
    return [k for k, n in nodes.items() if kind in (None, "", n.kind)
            and (fold(n.surface) == fold(ref) or name_key(n.surface) == name_key(ref))]


class _Clusters:
    """Union-find over spellings that also keeps each cluster's member list."""

    def __init__(self, keys: list[tuple[str, str]]):
        self.parent = {k: k for k in keys}
        # members of each cluster of two or more (a spelling alone is its own list, made on demand)
        self.of: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def find(self, k: tuple[str, str]) -> tuple[str, str]:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, gone = min(ra, rb), max(ra, rb)
            self.parent[gone] = keep
            self.of.setdefault(keep, [keep]).extend(self.of.pop(gone, [gone]))

    def cluster(self, k: tuple[str, str]) -> list[tuple[str, str]]:
        root = self.find(k)
        return self.of.get(root) or [root]

    def members(self) -> dict[tuple[str, str], list[tuple[str, str]]]:
        out: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for k in sorted(self.parent):
            out.setdefault(self.find(k), []).append(k)
        return out


def _apply_overrides(overrides: Sequence[Override], nodes: dict[tuple[str, str], _Node]
                     ) -> tuple[set[frozenset[tuple[str, str]]], set[frozenset[tuple[str, str]]], list[tuple[Override, list]]]:
    """Must-link and cannot-link node pairs; alias-adds naming a spelling no document uses."""
    decided: dict[frozenset[tuple[str, str]], bool] = {}
    extra_aliases: list[tuple[Override, list]] = []
    for o in overrides:
        ta, tb = _override_targets(nodes, o.kind, o.a), _override_targets(nodes, o.kind, o.b)
        join = o.action in ("merge", "alias-add")
        if o.action == "alias-add" and ta and not any(nodes[k].surface == o.b.strip() for k in tb):
            extra_aliases.append((o, ta))
        for x in ta:
            for y in tb:
                if x != y and x[0] == y[0]:
                    decided[frozenset((x, y))] = join
    must = {p for p, j in decided.items() if j}
    cannot = {p for p, j in decided.items() if not j}
    return must, cannot, extra_aliases


def resolve_entities(operations: Iterable[Operation], overrides: Sequence[Override] = (),
                     sink: Sink | None = None) -> Resolution:
    """Entities and candidate pairs for the people, groups and places of these operations.

    Operations are read once, in order, so they may be streamed. With a sink, mentions and
    doubtful pairs go to it as they are found instead of being kept: the entities then carry no
    mentions, there are no candidates, and ``Resolution.spellings`` says which entity each
    spelling joined (what the sink's reader needs to finish both)."""
    nodes, linked = _collect(operations, sink)
    must, cannot, extra_aliases = _apply_overrides(overrides, nodes)
    keys = sorted(nodes)
    clusters = _Clusters(keys)
    cache: _Verdicts = {}

    def blocked(a: tuple[str, str], b: tuple[str, str]) -> bool:
        return bool(cannot) and any(frozenset((x, y)) in cannot
                                    for x in clusters.cluster(a) for y in clusters.cluster(b))

    for pair in sorted(tuple(sorted(p)) for p in must):
        if not blocked(*pair):
            clusters.union(*pair)
    for a, b in linked:  # spellings one merged record already holds as one person
        if frozenset((a, b)) not in cannot and not blocked(a, b):
            clusters.union(a, b)

    same: list[tuple[tuple[str, str], tuple[str, str], Verdict]] = []
    maybe: list[tuple[tuple[str, str], tuple[str, str], Verdict]] = []
    for x, y in candidate_pairs(keys):  # 'different' pairs change nothing and are not kept
        v = _verdict(nodes[x], nodes[y], cache)
        if v.same:
            same.append((x, y, v))
        elif v.decision == "maybe" and frozenset((x, y)) not in cannot:
            if sink is None:
                maybe.append((x, y, v))
            else:  # whether x and y end in two entities is known only at the end: the sink's reader checks
                sink.candidate(x, y, v.score, v.reason, 1)
    candidates: dict[tuple[tuple[str, str], tuple[str, str]], tuple[float, str]] = {}
    for x, y, v in sorted(same, key=lambda s: (-s[2].score, s[0], s[1])):
        if clusters.find(x) == clusters.find(y) or blocked(x, y):
            continue
        cx, cy = clusters.cluster(x), clusters.cluster(y)
        clash = next(((p, q) for p in cx for q in cy
                      if frozenset((p, q)) not in must and _verdict(nodes[p], nodes[q], cache).decision == "different"), None)
        if clash:
            reason = f"{v.reason}, but {clash[0][1]!r} and {clash[1][1]!r} differ"
            if sink is None:
                candidates[(x, y)] = (v.score, reason)
            else:
                sink.candidate(x, y, v.score, reason, 0)
        else:
            clusters.union(x, y)
    for x, y, v in maybe:
        if clusters.find(x) != clusters.find(y):
            candidates.setdefault((x, y), (v.score, v.reason))
    return _build(nodes, clusters, candidates, extra_aliases, with_spellings=sink is not None)


def _build(nodes: dict[tuple[str, str], _Node], clusters: _Clusters,
           candidates: dict[tuple[tuple[str, str], tuple[str, str]], tuple[float, str]],
           extra_aliases: list[tuple[Override, list]], with_spellings: bool = False) -> Resolution:
    entity_of: dict[tuple[str, str], str] = {}
    built: dict[str, Entity] = {}
    for root, members in clusters.members().items():
        kind = root[0]
        spoken = [k for k in members if nodes[k].spoken]
        if not spoken:
            continue
        name = fuller([nodes[k].surface for k in spoken])
        base = f"{kind}:{fold(name)}"
        eid, n = base, 1
        while eid in built:
            n += 1
            eid = f"{base} {n}"
        for k in members:
            entity_of[k] = eid
        aliases = [nodes[k].surface for k in members if nodes[k].surface != name]
        for o, targets in extra_aliases:
            if any(t in members for t in targets):
                aliases.append(o.b.strip())
        mentions = sorted({m for k in spoken for m in nodes[k].mentions},
                          key=lambda m: (m.operation, m.document, -1 if m.side is None else m.side,
                                         m.role or "", m.surface, -1 if m.event is None else m.event))
        built[eid] = Entity(eid, kind, name, tuple(sorted(set(aliases))), tuple(mentions),
                            any(nodes[k].killed for k in members))
    out: dict[tuple[str, str], tuple[float, str]] = {}
    for (x, y), (score, reason) in candidates.items():
        ex, ey = entity_of.get(x), entity_of.get(y)
        if ex and ey and ex != ey:
            pair = (min(ex, ey), max(ex, ey))
            if pair not in out or out[pair][0] < score:
                out[pair] = (score, reason)
    cands = tuple(Candidate(a, b, s, r) for (a, b), (s, r) in sorted(out.items()))
    spellings = tuple((k[0], k[1], e) for k, e in sorted(entity_of.items())) if with_spellings else ()
    return Resolution(tuple(built[k] for k in sorted(built)), cands, spellings)
