"""People, groups and places named across operations, resolved into entities.

In: merged operations and curator overrides. Out: entities (canonical = fullest spelling, aliases,
every mention) and candidates (doubtful pairs, never merged).

Each distinct spelling is a node. Nodes join when ``names.match_*`` says 'same' (people also use
their stated roles as context) and only if no pair across the two clusters is 'different'
(complete linkage: "A = B" and "B = C" never drag in a C that differs from A). Curator overrides
win: 'merge'/'alias-add' join regardless, 'split'/'alias-remove' keep apart; a later override on
the same pair replaces an earlier one.

Memory does not grow with the number of names: a large store has ~100,000 spellings and ~800,000
mentions, so the working state (mentions, spellings and their blocking keys, candidate pairs,
verdicts, the entities built) lives in SQLite temporary tables and is read back a block or a
cluster at a time. Python holds union-find as three integer arrays (8 bytes each per spelling) and
bounded caches. :func:`resolve_into` leaves the result in those tables on a store's connection (the
store copies it out with ENTITY_ROWS, ALIAS_ROWS, MENTION_ROWS and CANDIDATE_ROWS, and keeps
SPELLING_ROWS and VERDICT_ROWS for the next run to take instead of keying, pairing and judging
the same spellings again); :func:`resolve_entities` runs the same steps in a private in-memory
database and returns it.
"""
from __future__ import annotations

import json
import re
import sqlite3
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from warfile.model import Entity, Mention, Operation, Override, Person, Span
from warfile.resolve.names import (
    Verdict,
    fold,
    fuller,
    match_names,
    name_key,
)
from warfile.resolve.pairs import candidate_pairs, key_spellings


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

def _provenance(op: Operation) -> Callable[[str], tuple[str, ...]]:
    """The documents stating the value at a pointer of op (the first provenance entry for it),
    else every source document: a dict built once per operation, not a scan per value."""
    stated: dict[str, tuple[str, ...]] = {}
    for p in op.provenance:
        stated.setdefault(p.field, p.documents)
    every = tuple(s.document for s in op.sources) or ("",)
    return lambda pointer: stated.get(pointer, every)


# A mention as a flat row: (operation, document, side, role, surface, span start, span end, event),
# the columns it is stored under.
MentionRow = tuple[str, str, "int | None", "str | None", str, "int | None", "int | None", "int | None"]


def mention_from_row(row: Sequence) -> Mention:
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


# ---------------------------------------------------------------- working tables

# Temporary tables (temp.resolve_<name>), in the order the steps fill them. Mention columns keep no
# type, so values reach the store's mentions table exactly as they were read.
_TABLES = {
    "mentions": "kind TEXT, spelling TEXT, operation_id, document_id, side, role, surface, span_start, span_end, "
                "event_idx",
    "facts": "kind TEXT, surface TEXT, role TEXT, killed INTEGER",  # what a person record says of a spelling
    "links": "kind TEXT, a TEXT, b TEXT",  # spellings a merged record already holds as one person
    # one row per distinct (kind, spelling); id = its rank in sorted order; roles a JSON list;
    # spoken = a document names it (not only a record's alias list); key, phonetic: see _key, _phonetic
    # new: not among the known spellings (see resolve_into); words, blocks: JSON lists of its words
    # and blocking tokens
    "spellings": "id INTEGER PRIMARY KEY, kind TEXT, surface TEXT, roles TEXT, killed INTEGER, spoken INTEGER, "
                 "key TEXT, phonetic TEXT, words TEXT, blocks TEXT, new INTEGER DEFAULT 1, pivot TEXT",
    "words": "kind TEXT, word TEXT, id INTEGER",  # the distinct words of each spelling's key
    "blocks": "kind TEXT, token TEXT, id INTEGER",  # each spelling's blocking tokens
    "found": "a INTEGER, b INTEGER",  # candidate pairs as found (repeats included)
    "pairs": "a INTEGER, b INTEGER, PRIMARY KEY (a, b)",  # ... once each, a < b, in sorted order
    "same": "a INTEGER, b INTEGER, score REAL, reason TEXT",  # pairs judged 'same'
    # the verdict on each pair, by its spellings and their roles (see resolve_into's known)
    "verdicts": "a INTEGER, b INTEGER, decision TEXT, score REAL, reason TEXT, PRIMARY KEY (a, b)",
    "candidates": "x INTEGER, y INTEGER, score REAL, reason TEXT, phase INTEGER",  # doubtful pairs
    "cannot": "a INTEGER, b INTEGER, PRIMARY KEY (a, b)",  # pairs a curator keeps apart, a < b
    "roots": "id INTEGER PRIMARY KEY, root INTEGER",  # each spelling's cluster
    # the entities, each with its cluster's root spelling and the id before it was made unique
    "built": "id TEXT PRIMARY KEY, kind TEXT, name TEXT, killed INTEGER, root INTEGER, base TEXT",
    "aliases": "entity_id TEXT, alias TEXT",
    "entity_of": "id INTEGER PRIMARY KEY, entity_id TEXT",  # each spelling's entity, if it has one
}
# Rows written this many at a time.
BATCH = 2000


def drop_tables(conn: sqlite3.Connection) -> None:
    """Drop the working tables (resolve_into also drops any a failed run left)."""
    for name in _TABLES:
        conn.execute(f"DROP TABLE IF EXISTS temp.resolve_{name}")


class _Rows:
    """Rows bound for one working table, inserted BATCH at a time."""

    def __init__(self, conn: sqlite3.Connection, table: str):
        self.conn, self.table = conn, table
        self.rows: list[tuple] = []

    def add(self, *row) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH:
            self.flush()

    def extend(self, rows: Iterable[tuple]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            marks = ", ".join("?" * len(self.rows[0]))
            self.conn.executemany(f"INSERT INTO temp.resolve_{self.table} VALUES ({marks})", self.rows)
            self.rows.clear()


class EntityInputs(NamedTuple):
    """What one operation gives entity resolution, as rows of the working tables: its mentions
    (kind, spelling, then the mention row), what its person records say of their spellings (kind,
    spelling, role, killed) and the spellings a record already joins (kind, spelling, alias). A
    function of the operation alone, so a store may keep them beside the operation's other rows."""

    mentions: list[tuple]
    facts: list[tuple]
    links: list[tuple]


def entity_inputs(op: Operation) -> EntityInputs:
    """The rows resolve_into collects from op (a spelling with no letters is not a name)."""
    out = EntityInputs([], [], [])
    for kind, surface, row, person in _mentions((op,)):
        surface = " ".join(surface.split())
        if not fold(surface):  # no letters: not a name
            continue
        out.mentions.append((kind, surface, *row))
        if person is not None:
            out.facts.append((kind, surface, person.role or "", int(person.killed)))
            for alias in person.aliases:
                out.facts.append((kind, alias, person.role or "", 0))
                out.links.append((kind, surface, alias))
    return out


def _collect(conn: sqlite3.Connection, operations: Iterable[Operation]) -> None:
    """Every operation's entity_inputs, written to the working tables as the operations are read."""
    tables = [_Rows(conn, name) for name in EntityInputs._fields]
    for op in operations:
        for rows, values in zip(tables, entity_inputs(op)):
            rows.extend(values)
    for rows in tables:
        rows.flush()


# The columns of the working tables a store's copy of entity_inputs rows fills (see resolve_into).
_INPUT_COLUMNS = {"mentions": "kind, spelling, operation_id, document_id, side, role, surface, span_start, "
                              "span_end, event_idx",
                  "facts": "kind, surface, role, killed", "links": "kind, a, b"}


# The order of the links a store keeps: each operation's in the order given (a refresh writes an
# operation's rows together, but the operations in no order), operations by id. Links join
# spellings in this order, which decides the order of a cluster's members.
STORED_LINK_ORDER = "operation_id, rowid"


def _collect_stored(conn: sqlite3.Connection, inputs: str) -> None:
    """The entity_inputs rows a store keeps in {inputs}_mentions, _facts and _links (the columns
    of the working tables, and more), into the working tables (links in STORED_LINK_ORDER)."""
    for name, columns in _INPUT_COLUMNS.items():
        order = STORED_LINK_ORDER if name == "links" else "rowid"
        conn.execute(f"INSERT INTO temp.resolve_{name} SELECT {columns} FROM {inputs}_{name} ORDER BY {order}")


def _spellings(conn: sqlite3.Connection, known: str | None) -> int:
    """One row per spelling (mentioned, or an alias a person record gives), numbered in sorted
    (kind, spelling) order, with its distinct roles, whether killed, whether mentioned, and
    key_spellings. The count."""
    conn.execute(
        "INSERT INTO temp.resolve_spellings(id, kind, surface, roles, killed, spoken) "
        "SELECT row_number() OVER (ORDER BY kind, surface) - 1, kind, surface, "
        "       json_group_array(DISTINCT role) FILTER (WHERE role != ''), max(killed), max(spoken) "
        "FROM (SELECT kind, spelling AS surface, '' AS role, 0 AS killed, 1 AS spoken FROM temp.resolve_mentions "
        "      UNION ALL SELECT kind, surface, role, killed, 0 FROM temp.resolve_facts) "
        "GROUP BY kind, surface")
    # roles in sorted order, so a verdict kept by spellings and roles (resolve_into's known) is found
    conn.create_function("resolve_sorted", 1, _sorted_json, deterministic=True)
    conn.execute("UPDATE temp.resolve_spellings SET roles = resolve_sorted(roles) WHERE roles != '[]'")
    conn.execute("CREATE UNIQUE INDEX temp.resolve_spelling_names ON resolve_spellings(kind, surface)")
    return key_spellings(conn, known)


def judge_pairs(conn: sqlite3.Connection) -> None:
    """A verdict judged now for each pair of resolve_pairs, into resolve_verdicts."""
    _judge_pairs(conn, {}, None)


def _sorted_json(values: str) -> str:
    """A JSON list of strings in sorted order, written as SQLite's json_group_array writes it."""
    return json.dumps(sorted(json.loads(values)), ensure_ascii=False, separators=(",", ":"))


class _Name(NamedTuple):
    """A spelling as the matcher needs it."""

    id: int
    kind: str
    surface: str
    roles: tuple[str, ...]  # distinct, sorted


def _name(row: Sequence) -> _Name:
    """(id, kind, surface, roles as stored) -> _Name. Most spellings (every group and place) have
    no role: their '[]' is not decoded (judging the pairs decoded 130,000 of them for 4,000 documents)."""
    roles = row[3]
    return _Name(row[0], row[1], row[2], () if roles == "[]" else tuple(sorted(json.loads(roles))))


def _names(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, _Name]:
    return {r[0]: _name(r) for r in conn.execute(
        "SELECT id, kind, surface, roles FROM temp.resolve_spellings WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),))}


# ---------------------------------------------------------------- clustering

_Verdicts = dict[tuple[int, int], Verdict]
# Verdicts are pure, so they are cached only to spare recomputing them (complete linkage asks for
# pairs across two clusters again and again); past this many the cache starts again, so memory
# does not grow with the pairs of a large store. Each candidate pair is asked once, so only the
# recent pairs of a clash test come back: 4,000 documents ask 69,000 verdicts, and a cache of 2**17
# spared 81 of them for 11 MiB of peak RSS (113 -> 102 MiB), no faster than this one.
VERDICT_CACHE = 1 << 12


def _verdict(a: _Name, b: _Name, cache: _Verdicts) -> Verdict:
    pair = (a.id, b.id)
    if pair not in cache:
        if a.kind != "person":
            v = match_names(a.kind, a.surface, b.surface)
        else:  # the best reading over the roles each spelling is given
            ranked = {"same": 2, "maybe": 1, "different": 0}
            v = max((match_names("person", a.surface, b.surface, ra, rb)
                     for ra in a.roles or [None] for rb in b.roles or [None]),
                    key=lambda x: (ranked[x.decision], x.score))
        if len(cache) >= VERDICT_CACHE:
            cache.clear()
        cache[pair] = cache[(pair[1], pair[0])] = v
    return cache[pair]


def _judge_pairs(conn: sqlite3.Connection, cache: _Verdicts, known: str | None) -> None:
    """A verdict for each candidate pair, into resolve_verdicts: the one {known}_verdicts holds for
    the same spellings and roles (a verdict is a function of those; the pairs of two known
    spellings are those it holds, see pairs.candidate_pairs), else judged now."""
    if known:
        conn.execute("INSERT INTO temp.resolve_verdicts SELECT x.id, y.id, v.decision, v.score, v.reason "
                     f"FROM {known}_verdicts v "
                     "JOIN temp.resolve_spellings x ON x.kind = v.kind AND x.surface = v.a AND x.roles = v.roles_a "
                     "JOIN temp.resolve_spellings y ON y.kind = v.kind AND y.surface = v.b AND y.roles = v.roles_b")
    verdicts = _Rows(conn, "verdicts")
    for row in conn.execute("SELECT x.id, x.kind, x.surface, x.roles, y.id, y.kind, y.surface, y.roles "
                            "FROM temp.resolve_pairs p JOIN temp.resolve_spellings x ON x.id = p.a "
                            "JOIN temp.resolve_spellings y ON y.id = p.b WHERE NOT EXISTS "
                            "(SELECT 1 FROM temp.resolve_verdicts v WHERE v.a = p.a AND v.b = p.b)"):
        # verdicts written meanwhile are on pairs passed already (pairs are read in order)
        x, y = _name(row[:4]), _name(row[4:])
        v = _verdict(x, y, cache)
        verdicts.add(x.id, y.id, v.decision, v.score, v.reason)
    verdicts.flush()


def _sort_verdicts(conn: sqlite3.Connection, cannot: set[frozenset[int]]) -> None:
    """In sorted order, the 'same' verdicts to resolve_same, the 'maybe' ones (unless a curator
    kept the pair apart) to resolve_candidates; 'different' ones change nothing."""
    conn.executemany("INSERT INTO temp.resolve_cannot VALUES (?, ?)", (sorted(p) for p in cannot))
    conn.execute("INSERT INTO temp.resolve_same SELECT a, b, score, reason FROM temp.resolve_verdicts "
                 "WHERE decision = 'same' ORDER BY a, b")
    conn.execute("INSERT INTO temp.resolve_candidates SELECT a, b, score, reason, 1 FROM temp.resolve_verdicts v "
                 "WHERE decision = 'maybe' AND NOT EXISTS (SELECT 1 FROM temp.resolve_cannot c WHERE c.a = v.a "
                 "AND c.b = v.b) ORDER BY a, b")


class _Clusters:
    """Union-find over spelling ids 0..n-1 that keeps each cluster's members in the order they
    joined: the root is the cluster's smallest id and heads a linked list (next member, last member)."""

    def __init__(self, n: int):
        self.parent = array("q", range(n))
        self.next = array("q", [-1]) * n
        self.last = array("q", range(n))

    def find(self, k: int) -> int:
        parent = self.parent
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, gone = min(ra, rb), max(ra, rb)
            self.parent[gone] = keep
            self.next[self.last[keep]] = gone
            self.last[keep] = self.last[gone]

    def cluster(self, k: int) -> list[int]:
        out, k = [], self.find(k)
        while k != -1:
            out.append(k)
            k = self.next[k]
        return out


def _override_targets(conn: sqlite3.Connection, refs: Sequence[tuple[str | None, str]]) -> list[list[_Name]]:
    """For each (kind, name or entity id) an override gives, the spellings it refers to (same
    folded form or same key): one pass over the spellings for all of them."""
    by_fold: dict[str, list[int]] = defaultdict(list)
    by_key: dict[str, list[int]] = defaultdict(list)
    kinds: dict[int, str | None] = {}
    for i, (kind, ref) in enumerate(refs):
        prefix = re.match(r"^(person|group|place):", ref.strip())
        ref = ref.strip()[prefix.end():] if prefix else ref.strip()
        if name_key(ref):
            kinds[i] = kind or (prefix.group(1) if prefix else None)
            by_fold[fold(ref)].append(i)
            by_key[name_key(ref)].append(i)
    out: list[list[_Name]] = [[] for _ in refs]
    if kinds:
        for row in conn.execute("SELECT id, kind, surface, roles FROM temp.resolve_spellings ORDER BY id"):
            _, kind, surface, _ = row
            for i in {*by_fold.get(fold(surface), ()), *by_key.get(name_key(surface), ())}:
                if kinds[i] in (None, "", kind):
                    out[i].append(_name(row))
    return out


def _apply_overrides(conn: sqlite3.Connection, overrides: Sequence[Override]
                     ) -> tuple[set[frozenset[int]], set[frozenset[int]], dict[int, list[str]]]:
    """Must-link and cannot-link spelling pairs; the aliases alias-adds give that no document uses,
    by the spellings whose entity takes them."""
    targets = _override_targets(conn, [(o.kind, ref) for o in overrides for ref in (o.a, o.b)])
    decided: dict[frozenset[int], bool] = {}
    extra_aliases: dict[int, list[str]] = defaultdict(list)
    for o, ta, tb in zip(overrides, targets[0::2], targets[1::2]):
        join = o.action in ("merge", "alias-add")
        if o.action == "alias-add" and ta and not any(t.surface == o.b.strip() for t in tb):
            for t in ta:
                extra_aliases[t.id].append(o.b.strip())
        for x in ta:
            for y in tb:
                if x.id != y.id and x.kind == y.kind:
                    decided[frozenset((x.id, y.id))] = join
    must = {p for p, j in decided.items() if j}
    cannot = {p for p, j in decided.items() if not j}
    return must, cannot, extra_aliases


def _join_same(conn: sqlite3.Connection, clusters: _Clusters, must: set[frozenset[int]],
               blocked: Callable[[int, int], bool], cache: _Verdicts) -> None:
    """Join the 'same' pairs, best score first, unless a pair across the two clusters differs:
    that one becomes a doubtful pair (with the reason) instead."""
    doubtful = _Rows(conn, "candidates")
    for x, y, score, reason in conn.execute("SELECT a, b, score, reason FROM temp.resolve_same "
                                            "ORDER BY score DESC, a, b"):
        if clusters.find(x) == clusters.find(y) or blocked(x, y):
            continue
        cx, cy = clusters.cluster(x), clusters.cluster(y)
        clash = None
        if len(cx) > 1 or len(cy) > 1:  # two lone spellings: their one verdict is this pair's, 'same'
            names = _names(conn, cx + cy)
            clash = next(((names[p], names[q]) for p in cx for q in cy if frozenset((p, q)) not in must
                          and _verdict(names[p], names[q], cache).decision == "different"), None)
        if clash:
            doubtful.add(x, y, score, f"{reason}, but {clash[0].surface!r} and {clash[1].surface!r} differ", 0)
        else:
            clusters.union(x, y)
    doubtful.flush()


def resolve_into(conn: sqlite3.Connection, operations: Iterable[Operation] | str,
                 overrides: Sequence[Override] = (), known: str | None = None) -> None:
    """Resolve the names of these operations into working tables on conn, for ENTITY_ROWS,
    ALIAS_ROWS, MENTION_ROWS, CANDIDATE_ROWS, VERDICT_ROWS and SPELLING_ROWS to read (then
    drop_tables). Operations are read once, in order, so they may be streamed; or operations names
    the tables on conn ({operations}_mentions, _facts, _links) where a store keeps each
    operation's entity_inputs, in the order of its operations.

    known: what a store kept of an earlier run by this code, as tables on conn with the columns of
    SPELLING_ROWS ({known}_spellings: every spelling of that run) and VERDICT_ROWS
    ({known}_verdicts: the verdict on each candidate pair of those). A spelling found there is not
    keyed again, pairs of two such are not looked for again, and a verdict found there (same
    spellings, same roles) is not judged again."""
    create_tables(conn)
    if isinstance(operations, str):
        _collect_stored(conn, operations)
    else:
        _collect(conn, operations)
    n = _spellings(conn, known)
    must, cannot, extra_aliases = _apply_overrides(conn, overrides)
    cache: _Verdicts = {}
    candidate_pairs(conn, known)
    _judge_pairs(conn, cache, known)
    _cluster(conn, n, must, cannot, extra_aliases, cache)


def create_tables(conn: sqlite3.Connection) -> None:
    """The working tables, empty (any a failed run left dropped first)."""
    drop_tables(conn)
    for name, columns in _TABLES.items():
        without_rowid = " WITHOUT ROWID" if name in ("pairs", "verdicts") else ""
        conn.execute(f"CREATE TEMP TABLE resolve_{name} ({columns}){without_rowid}")


def cluster_spellings(conn: sqlite3.Connection) -> None:
    """resolve_into's clustering and entities for working tables a caller filled: resolve_spellings
    (id: rank in (kind, surface) order, kind, surface, roles, killed, spoken), resolve_links and
    resolve_verdicts (the verdict on each candidate pair among them), with no override. Clusters
    are the connected components of 'same' verdicts and links, split by complete linkage within
    each: the spellings of whole components give the clusters a run over every spelling gives."""
    n = conn.execute("SELECT count(*) FROM temp.resolve_spellings").fetchone()[0]
    _cluster(conn, n, set(), set(), {}, {})


def _cluster(conn: sqlite3.Connection, n: int, must: set[frozenset[int]], cannot: set[frozenset[int]],
             extra_aliases: dict[int, list[str]], cache: _Verdicts) -> None:
    """Join the spellings (curators' merges, then the links records give, then 'same' verdicts)
    and build an entity for each cluster."""
    clusters = _Clusters(n)

    def blocked(a: int, b: int) -> bool:
        return bool(cannot) and any(frozenset((x, y)) in cannot
                                    for x in clusters.cluster(a) for y in clusters.cluster(b))

    for a, b in sorted(tuple(sorted(p)) for p in must):
        if not blocked(a, b):
            clusters.union(a, b)
    for a, b in conn.execute("SELECT x.id, y.id FROM temp.resolve_links l "
                             "JOIN temp.resolve_spellings x ON x.kind = l.kind AND x.surface = l.a "
                             "JOIN temp.resolve_spellings y ON y.kind = l.kind AND y.surface = l.b "
                             "ORDER BY l.rowid"):
        if frozenset((a, b)) not in cannot and not blocked(a, b):
            clusters.union(a, b)
    _sort_verdicts(conn, cannot)
    _join_same(conn, clusters, must, blocked, cache)
    _build(conn, clusters, extra_aliases)


def _build(conn: sqlite3.Connection, clusters: _Clusters, extra_aliases: dict[int, list[str]]) -> None:
    """An entity for each cluster with a mentioned spelling, cluster by cluster in order of their
    smallest spelling: named by its fullest spelling, with an id made unique (' 2', ' 3'...)."""
    n = len(clusters.parent)
    conn.executemany("INSERT INTO temp.resolve_roots VALUES (?, ?)", ((k, clusters.find(k)) for k in range(n)))
    aliases, entity_of = _Rows(conn, "aliases"), _Rows(conn, "entity_of")
    members = conn.execute("SELECT r.root, s.id, s.kind, s.surface, s.killed, s.spoken FROM temp.resolve_roots r "
                           "JOIN temp.resolve_spellings s ON s.id = r.id ORDER BY r.root, r.id")
    for _, cluster in groupby(members, key=itemgetter(0)):
        rows = list(cluster)
        spoken = [r[3] for r in rows if r[5]]
        if not spoken:
            continue
        kind, name = rows[0][2], fuller(spoken)
        base = f"{kind}:{fold(name)}"
        eid, k = base, 1
        while conn.execute("SELECT 1 FROM temp.resolve_built WHERE id = ?", (eid,)).fetchone():
            k += 1
            eid = f"{base} {k}"
        conn.execute("INSERT INTO temp.resolve_built VALUES (?, ?, ?, ?, ?, ?)",
                     (eid, kind, name, max(r[4] for r in rows), rows[0][1], base))
        for _, spelling, _, surface, _, _ in rows:
            entity_of.add(spelling, eid)
            if surface != name:
                aliases.add(eid, surface)
            for alias in extra_aliases.get(spelling, ()):
                aliases.add(eid, alias)
    aliases.flush()
    entity_of.flush()


# ---------------------------------------------------------------- the result

# What resolve_into leaves, as the store writes it: entities by id; aliases by entity, then alias;
# each entity's mentions once, by operation, document, side, role, surface, event (none first);
# per pair of entities, the doubtful pair of spellings with the highest score (the first found on a
# tie: a 'same' pair that could not join before a 'maybe' pair), by entity pair.
ENTITY_ROWS = "SELECT id, kind, name, killed FROM temp.resolve_built ORDER BY id"
ALIAS_ROWS = "SELECT DISTINCT entity_id, alias FROM temp.resolve_aliases ORDER BY entity_id, alias"
# Mentions are made distinct and put in order by one sort: grouped by the order's keys, each NULL
# placed by coalesce and then told apart from the value it stands beside by the column itself (a
# group is one distinct row, the order is the one the keys give), where DISTINCT then ORDER BY
# sorted twice (1.6 s -> 1.2 s for 230,000 mentions).
_MENTION_ORDER = ("e.entity_id, m.operation_id, m.document_id, coalesce(m.side, -1), m.side, "
                  "coalesce(m.role, ''), m.role, m.surface, coalesce(m.event_idx, -1), m.event_idx, "
                  "m.span_start, m.span_end")
MENTION_ROWS = (
    "SELECT e.entity_id, m.operation_id, m.document_id, m.side, m.role, m.surface, m.span_start, "
    "m.span_end, m.event_idx FROM temp.resolve_mentions m "
    "JOIN temp.resolve_spellings s ON s.kind = m.kind AND s.surface = m.spelling "
    "JOIN temp.resolve_entity_of e ON e.id = s.id "
    f"GROUP BY {_MENTION_ORDER} ORDER BY {_MENTION_ORDER}")
VERDICT_ROWS = ("SELECT x.kind, x.surface, y.surface, x.roles, y.roles, v.decision, v.score, v.reason "
                "FROM temp.resolve_verdicts v JOIN temp.resolve_spellings x ON x.id = v.a "
                "JOIN temp.resolve_spellings y ON y.id = v.b")
SPELLING_ROWS = "SELECT kind, surface, key, phonetic, words, blocks FROM temp.resolve_spellings"
CANDIDATE_ROWS = (
    "SELECT a, b, score, reason FROM ("
    " SELECT min(x.entity_id, y.entity_id) AS a, max(x.entity_id, y.entity_id) AS b, c.score, c.reason,"
    "  row_number() OVER (PARTITION BY min(x.entity_id, y.entity_id), max(x.entity_id, y.entity_id)"
    "                     ORDER BY c.score DESC, c.phase, c.rowid) AS n"
    " FROM temp.resolve_candidates c"
    " JOIN temp.resolve_entity_of x ON x.id = c.x JOIN temp.resolve_entity_of y ON y.id = c.y"
    " WHERE x.entity_id != y.entity_id) WHERE n = 1 ORDER BY a, b")


def resolve_entities(operations: Iterable[Operation], overrides: Sequence[Override] = ()) -> Resolution:
    """Entities (with their mentions) and candidate pairs for the people, groups and places of
    these operations, in memory: resolve_into on a private in-memory database, read back."""
    conn = sqlite3.connect(":memory:")
    try:
        resolve_into(conn, operations, overrides)
        aliases: dict[str, list[str]] = defaultdict(list)
        mentions: dict[str, list[Mention]] = defaultdict(list)
        for eid, alias in conn.execute(ALIAS_ROWS):
            aliases[eid].append(alias)
        for eid, *row in conn.execute(MENTION_ROWS):
            mentions[eid].append(mention_from_row(row))
        entities = tuple(Entity(eid, kind, name, tuple(aliases[eid]), tuple(mentions[eid]), bool(killed))
                         for eid, kind, name, killed in conn.execute(ENTITY_ROWS))
        return Resolution(entities, tuple(Candidate(*r) for r in conn.execute(CANDIDATE_ROWS)))
    finally:
        conn.close()
