"""Which per-document records describe the same operation, and merging them into one record.

``group_records`` decides from names (years must agree), aliases, date overlap and content
similarity (MinHash over entity names and event text), never from file names.
``merge_operations`` merges field by field: lists are unioned with the same person, group, place,
figure or event written twice kept once; scalars that truly differ keep the most-supported value
and are listed in ``conflicts``; every value carries a ``Provenance`` naming the documents stating it.

Both are pure and order-independent: records are put in a canonical order first (the record
with more sources, then the richer record, leads), and every tie falls to that order.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, TypeVar

from rapidfuzz import fuzz

from warfile.extract.lexicon import EQUIPMENT_NOUNS
from warfile.extract.lexicon_sides import DEMONYM_MIN_STEM, PERSONNEL_UNITS, STATE_SHORT_NAMES
from warfile.model import (
    Casualties,
    Conflict,
    ConflictValue,
    Event,
    Operation,
    Person,
    Provenance,
    Quantity,
    Side,
    Source,
    content_id,
)
from warfile.resolve.names import (
    contains_in_order,
    fold,
    fold_text,
    fuller,
    kunya_differs,
    match_group,
    match_person,
    match_place,
    name_key,
    name_tokens,
    phonetic_token,
    role_group,
    slug,
)
from warfile.serialize import count_from_json, count_to_json, record_to_dict

T = TypeVar("T")
Docs = frozenset[str]

# ---------------------------------------------------------------- grouping

# Jaccard similarity of two records' content shingles above which two records with compatible
# names and dates are the same operation even when their names differ. 0.5 keeps the 2014
# Latakia and 2014 Idlib seeds (which share many groups) apart while a renamed copy of a
# document (same entities and events) scores above 0.8.
CONTENT_JACCARD = 0.5
MINHASH_PERMUTATIONS = 128
# Two names this close (rapidfuzz ratio on keys, same digits) are the same name misspelt.
NAME_RATIO = 92
# The distinctive words of two names begun on the same day, run together, this close: one name
# romanised two ways (Wade-Giles "T'ai-erh-chuang" and pinyin "Taierzhuang" score 87).
ROMANISED_RATIO = 85
# Two words of a commander's name, the given name agreeing, this close: one romanised two ways.
COMMANDER_RATIO = 85
# Letters of a name's distinctive words that block records for comparison.
BLOCK_PREFIX = 4

_YEAR = re.compile(r"\d+")

# Words of operation names that say what kind of action it was, not which one: blocking on them
# would put every "... offensive" in one block.
GENERIC_NAME_WORDS = frozenset({
    "offensive", "battle", "battles", "siege", "operation", "campaign", "assault", "clashes", "raid",
    "counteroffensive", "counter", "attack", "massacre", "insurgency", "uprising", "war", "conflict",
    "of", "the", "in", "at", "on", "for", "and", "near", "around", "first", "second", "third",
    # what befell a place, as another document titles the same days ("Fall of Hong Kong")
    "fall", "storm", "storming", "capture", "liberation", "defence", "defense", "relief", "sack",
    # the month a title dates itself by ("Palmyra offensive (March 2016)")
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})


def _interval(op: Operation | Summary) -> tuple[str, str]:
    """The days an operation may cover, as comparable strings; an unknown bound is open."""
    start, end = op.start_date or "0000", op.end_date or "9999"
    return (start + "-00-00")[:10], (end + "-99-99")[:10]


def _disjoint(a: Operation | Summary, b: Operation | Summary) -> bool:
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    return ahi < blo or bhi < alo


def _shingles(op: Operation) -> set[str]:
    out = {"e:" + name_key(n) for s in op.sides for n in (*s.belligerents, *s.supporters, *s.units)}
    out |= {"p:" + name_key(p.name) for s in op.sides for p in s.commanders}
    out |= {"l:" + name_key(p) for p in op.places}
    for e in op.events:
        words = fold_text(e.summary).split()  # read once: not cached
        out |= {" ".join(words[i:i + 3]) for i in range(max(0, len(words) - 2))}
        out.add(f"d:{e.date}:{e.type}")
    out.discard("e:")
    return out


# The content index: records are content candidates when one band of their MinHash values is
# equal. 25 bands of 5 values are the bands datasketch's MinHashLSH picks for CONTENT_JACCARD at
# MINHASH_PERMUTATIONS (tests/test_merge.py checks), so the pairs compared are the pairs an
# in-memory MinHashLSH would return.
LSH_BANDS = tuple((i * 5, i * 5 + 5) for i in range(25))


@dataclass(frozen=True, slots=True)
class Summary:
    """All that grouping reads of one record: names, dates and the MinHash of its content.

    Small enough to store per document, so grouping never holds whole records."""

    name: str
    aliases: tuple[str, ...] = ()
    start_date: str | None = None
    end_date: str | None = None
    minhash: bytes | None = None  # MinHash values (native uint64) of the content shingles; None below 3


def summarize(op: Operation) -> Summary:
    """What grouping reads of a record; one that states no dates is dated by its events' days
    (an encyclopaedia's retelling with no box: its story's span tells which siege it is)."""
    shingles = _shingles(op)
    minhash = minhash_values(shingles) if len(shingles) >= 3 else None
    start, end = op.start_date, op.end_date
    if start is None and end is None:
        # the months its story runs over: a span no box states to the day (see _mostly_shared)
        days = sorted(e.date for e in op.events if len(e.date) == len("1857-05-11"))
        if len(days) >= MIN_TOLD_DAYS:
            start, end = days[0][:7], days[-1][:7]
    return Summary(op.name, tuple(op.aliases), start, end, minhash)


# Days a record's events must tell for their span to date a record that states no dates.
MIN_TOLD_DAYS = 3


@cache
def _permutations() -> tuple[Any, Any]:
    import numpy as np
    gen = np.random.RandomState(1)  # seed 1
    a = gen.randint(0, 1 << 31, MINHASH_PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    return a, gen.randint(0, 1 << 32, MINHASH_PERMUTATIONS, dtype=np.uint32)


def minhash_values(shingles: Iterable[str]) -> bytes:
    """The MinHash of a set of shingles, as datasketch's MinHash (2.0, scheme affine32, seed 1)
    computes it: the first 4 bytes of each SHA-1, mixed by the MurmurHash3 finalizer, then per
    permutation a*h + b mod 2**32, minimum over the shingles. Written out here because importing
    datasketch loads scipy (~55 MB, most of a rebuild's memory), and so that the values cannot
    change under stored summaries when datasketch does (this file's hash versions them)."""
    import numpy as np
    h = np.array([int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:4], "little") for s in shingles],
                 dtype=np.uint32).reshape(-1, 1)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    a, b = _permutations()
    return (h * a + b).min(axis=0).astype(np.uint64).tobytes()


def jaccard(a: bytes | None, b: bytes | None) -> float:
    """MinHash.jaccard of two stored MinHashes (0 when either record has none)."""
    if not a or not b:
        return 0.0
    va, vb = array("Q", a), array("Q", b)
    return float(sum(x == y for x, y in zip(va, vb))) / float(len(va))


def _distinctive(key: str) -> str:
    """A name key's distinctive words run together, so romanisations that cut a name into
    syllables differently meet: "tai erh chuang" -> "taierhchuang" beside "taierzhuang"."""
    return "".join(w for w in key.split() if not w.isdigit() and w not in GENERIC_NAME_WORDS)


_CODE_NAME = re.compile(r"(?:operation|operatsiya|operacion|operacao|operazione|unternehmen)\b")


def _distinctive_words(key: str) -> frozenset[str]:
    return frozenset(w for w in key.split() if not w.isdigit() and w not in GENERIC_NAME_WORDS)


# Days apart two tellings may start (or end) one operation: one counts from the first raid, the
# other from the crossing the next morning.
NEAR_DAYS = 3


def _near_bounds(a: Operation | Summary, b: Operation | Summary) -> bool:
    """Whether two records, dated to the day, start or end within NEAR_DAYS of each other."""
    def day(iso: str | None) -> dt.date | None:
        try:
            return dt.date.fromisoformat(iso) if iso and len(iso) == len("1857-05-11") else None
        except ValueError:
            return None
    for x, y in ((day(a.start_date), day(b.start_date)), (day(a.end_date), day(b.end_date))):
        if x and y and abs((x - y).days) <= NEAR_DAYS:
            return True
    return False


def _same_day_started(a: Operation | Summary, b: Operation | Summary) -> bool:
    return bool(a.start_date and len(a.start_date) == 10 and a.start_date == b.start_date)


def _told_in_months(a: Operation | Summary, b: Operation | Summary) -> bool:
    """Whether either record is known only to the month (as one dated by its story is): two boxes
    stating their days must start the same day to be one ("2004 Zoros offensive" of 11 March and
    "2004 Zoros operation" of 20 March are two)."""
    return any(op.start_date and len(op.start_date) == len("1857-05") for op in (a, b))


def _bounds(op: Operation | Summary) -> tuple[Any, Any] | None:
    """First and last day of a record's span, a month standing for all its days."""
    try:
        first = dt.date.fromisoformat(op.start_date + "-01" if len(op.start_date or "") == 7 else op.start_date or "")
        end = op.end_date or ""
        if len(end) == len("1857-05"):
            year, month = int(end[:4]), int(end[5:7])
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        else:
            last = dt.date.fromisoformat(end)
    except ValueError:
        return None
    return (first, last) if first <= last else None


def _mostly_shared(a: Operation | Summary, b: Operation | Summary) -> bool:
    """Whether two records' spans are known and each shares at least half the longer one's."""
    days = []
    for op in (a, b):
        bounds = _bounds(op)
        if bounds is None:
            return False
        days.append(bounds)
    (a1, a2), (b1, b2) = days
    shared = (min(a2, b2) - max(a1, b1)).days + 1
    longest = max((a2 - a1).days, (b2 - b1).days) + 1
    return shared > 0 and shared * 2 >= longest


def _names(op: Operation | Summary) -> set[str]:
    """The name's and the aliases' keys, and the name's without the qualifier a page title gives it
    ("Battle of Beersheba (1917)" is also "Battle of Beersheba": the years are checked apart) or the
    subtitle a memo's subject gives it ("Operation Power Pack - Review on Departure of IAPF")."""
    name = op.name or ""
    subtitled = _SUBTITLE.match(name)
    heads = (name, _QUALIFIER.sub("", name), subtitled["head"] if subtitled else "")
    return {k for k in (name_key(n) for n in (*heads, *op.aliases)) if k}


_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
# an operation's name before a subtitle: "Operation Power Pack - Review …", "Battle of Osk: the first day"
_SUBTITLE = re.compile(r"^(?P<head>(?:Operation|Battle|Siege|Raid|Offensive|Campaign|Invasion|Fall|Capture)\b"
                       r"[^:–—-]{2,60}?)(?:\s*:|\s+[-–—])\s+\S", re.IGNORECASE)


def same_operation(a: Summary, b: Summary, content: Callable[[], float] | None = None) -> bool:
    """Whether two records are one operation. Their content similarity (MinHash Jaccard) is asked
    for last, from content() when given (a caller may read MinHashes only then)."""
    ya, yb = _YEAR.findall(name_key(a.name)), _YEAR.findall(name_key(b.name))
    if ya and yb and ya != yb:  # "2013 Latakia offensive" is not "2014 Latakia offensive"
        return False
    if _disjoint(a, b):
        return False
    ka, kb = name_key(a.name), name_key(b.name)
    if ka and ka == kb:
        return True
    if ka and kb and ya == yb:
        if fuzz.ratio(ka, kb) >= NAME_RATIO:
            return True
        # another romanisation of the name ("T'ai-erh-chuang" / "Taierzhuang"), or another title for
        # what befell the same place ("Fall of Hong Kong" / "Battle of Hong Kong"), begun the same day
        da, db = _distinctive(ka), _distinctive(kb)
        if da and db and _same_day_started(a, b) and fuzz.ratio(da, db) >= ROMANISED_RATIO:
            return True
        # the same place's siege told over much the same days ("The Siege and Storm of Delhi", dated
        # by its story, and "Siege of Delhi" of May to September 1857); not a month's offensive
        # within a years-long battle of the same city
        if da and da == db and _told_in_months(a, b) and _mostly_shared(a, b):
            return True
        # one name's distinctive words within the other's ("Battle of the Imjin" / "… Imjin River",
        # "Battle of Goose Green" / "… of Darwin and Goose Green", "Battle of Krynky" / "Krynky
        # bridgehead"), over much the same days, begun or ended within a few days of each other
        # (a code name is a name of its own: "Operation Kestal Mervin" is not the "Siege of Kestal")
        wa, wb = _distinctive_words(ka), _distinctive_words(kb)
        if wa and wb and (wa <= wb or wb <= wa) and not (_CODE_NAME.match(ka) or _CODE_NAME.match(kb)) \
                and _mostly_shared(a, b) and _near_bounds(a, b):
            return True
    if _names(a) & _names(b):
        return True
    return (content() if content else jaccard(a.minhash, b.minhash)) >= CONTENT_JACCARD


def blocking_keys(op: Operation | Summary) -> set[str]:
    """Keys two records must share to be compared by name: each name or alias key, and the
    transliteration key of each distinctive word of the name (a misspelt name keeps the others).
    Pairs that share nothing are never compared, so grouping grows with the records, not with
    their pairs."""
    keys = {"n:" + k for k in _names(op)}
    key = name_key(op.name)
    keys |= {"w:" + phonetic_token(w) for w in key.split() if not w.isdigit() and w not in GENERIC_NAME_WORDS}
    # the distinctive words' first letters, which a different ending or syllable cut keeps
    # ("magistrale" / "magistral", "tai erh chuang" / "taierzhuang")
    if len(distinctive := _distinctive(key)) >= BLOCK_PREFIX:
        keys.add("s:" + distinctive[:BLOCK_PREFIX])
    return keys


def group_keys(summary: Summary) -> list[str]:
    """Every key a record is blocked under, sorted: its blocking keys and one key per MinHash band."""
    keys = blocking_keys(summary)
    if summary.minhash:
        for i, (lo, hi) in enumerate(LSH_BANDS):  # a 64-bit digest of each band's values
            band = hashlib.blake2b(summary.minhash[8 * lo:8 * hi], digest_size=8).hexdigest()
            keys.add(f"b{i}:{band}")
    return sorted(keys)


class Groups:
    """Union-find over 0..n-1: each group is named by its smallest member, so the groups do not
    depend on the order unions come in."""

    def __init__(self, n: int) -> None:
        self.parent = array("l", range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)

    def groups(self) -> list[list[int]]:
        """Every group sorted, groups by first member."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return sorted(out.values())


def components(n: int, blocks: Iterable[Sequence[int]], same: Callable[[int, int], bool]) -> list[list[int]]:
    """Groups of 0..n-1 joined by same(i, j) over the pairs within each block, each group sorted,
    groups by first index. The groups are the connected components of the 'same' pairs, so they
    do not depend on the order blocks come in; a pair already in one group is not tested again."""
    groups = Groups(n)
    for block in blocks:
        for x, i in enumerate(block):
            for j in block[x + 1:]:
                if groups.find(i) != groups.find(j) and same(min(i, j), max(i, j)):
                    groups.union(i, j)
    return groups.groups()


def group_summaries(summaries: Sequence[Summary]) -> list[list[int]]:
    """group_records from the records' summaries."""
    blocks: dict[str, list[int]] = {}
    for i, s in enumerate(summaries):
        for k in group_keys(s):
            blocks.setdefault(k, []).append(i)
    return components(len(summaries), blocks.values(), lambda i, j: same_operation(summaries[i], summaries[j]))


def group_records(records: Sequence[Operation]) -> list[list[int]]:
    """Indices of the records that describe the same operation, each group sorted, groups by first index."""
    return group_summaries([summarize(r) for r in records])


# ---------------------------------------------------------------- merging: plumbing

class _Record:
    """One input record with the documents behind each of its values."""

    def __init__(self, op: Operation):
        self.op = op
        docs = [s.document for s in op.sources if s.document]
        self.docs: Docs = frozenset(docs or ["record:" + content_id(json.dumps(record_to_dict(op), sort_keys=True))])
        self.prov = {p.field: frozenset(p.documents) for p in op.provenance}
        self.conflicts = {c.field: c for c in op.conflicts}

    def at(self, pointer: str) -> Docs:
        return self.prov.get(pointer, self.docs)


def _canonical(records: Sequence[Operation]) -> list[_Record]:
    """The records in canonical order. One record is its own order: its sort key (the record
    encoded as JSON) is not made, which was a tenth of merging a store of mostly lone documents."""
    def key(op: Operation) -> tuple[Any, ...]:
        text = json.dumps(record_to_dict(op), sort_keys=True, ensure_ascii=False)
        return (-len(op.sources), -len(text), sorted(s.document for s in op.sources), text)
    ordered = records if len(records) == 1 else sorted(records, key=key)
    return [_Record(op) for op in ordered]


class _Cluster:
    """Values found to be the same thing, in first-seen order, with the union of their documents."""

    def __init__(self, value: Any, docs: Docs):
        self.values = [value]
        self.docs = set(docs)


def _union(items: list[tuple[Any, Docs]], same: Callable[[Any, Any], bool]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    for value, docs in items:
        for c in clusters:
            if any(same(v, value) for v in c.values):
                c.values.append(value)
                c.docs |= docs
                break
        else:
            clusters.append(_Cluster(value, docs))
    return clusters


def _union_keyed(items: list[tuple[Any, Docs]], key: Callable[[Any], Any]) -> list[_Cluster]:
    """_union(items, lambda a, b: key(a) == key(b)): the same clusters in the same order, each value
    keyed once and looked up in a dict instead of compared with every value before it."""
    clusters: dict[Any, _Cluster] = {}
    for value, docs in items:
        k = key(value)
        if k in clusters:
            clusters[k].values.append(value)
            clusters[k].docs |= docs
        else:
            clusters[k] = _Cluster(value, docs)
    return list(clusters.values())


def _most_supported(values: list[T], key: Callable[[T], Any] = lambda v: v) -> T:
    """The value stated most often; ties to the first seen."""
    counts: dict[Any, int] = {}
    for v in values:
        counts[key(v)] = counts.get(key(v), 0) + 1
    return max(values, key=lambda v: (counts[key(v)], -values.index(v)))


Clustering = Callable[[list[tuple[str, Docs]]], list[_Cluster]]


def _strings(recs: list[_Record], get: Callable[[Operation], Sequence[str]], pointer: str,
             cluster: Clustering, pick: Callable[[list[str]], str]) -> tuple[list[str], list[Docs]]:
    items = [(v, r.at(f"{pointer}/{i}")) for r in recs for i, v in enumerate(get(r.op))]
    clusters = cluster(items)
    return [pick(c.values) for c in clusters], [frozenset(c.docs) for c in clusters]


def _by_name_key(items: list[tuple[str, Docs]]) -> list[_Cluster]:
    """Names clustered when their name_key is equal."""
    return _union_keyed(items, name_key)


def _by_place(items: list[tuple[str, Docs]]) -> list[_Cluster]:
    return _union_across(items, _same_place, _same_place_loosely)


def _union_across(items: list[tuple[Any, Docs]], same: Callable[[Any, Any], bool],
                  loosely: Callable[[Any, Any], bool]) -> list[_Cluster]:
    """_union, and a value that is the same as no cluster's joins the first cluster from other
    documents it is loosely the same as: what one document lists twice is two things, what two
    documents name two ways within one operation is one."""
    clusters: list[_Cluster] = []
    for value, docs in items:
        joined = next((c for c in clusters if any(same(v, value) for v in c.values)), None) \
            or next((c for c in clusters if c.docs.isdisjoint(docs) and any(loosely(v, value) for v in c.values)), None)
        if joined is None:
            clusters.append(_Cluster(value, docs))
        else:
            joined.values.append(value)
            joined.docs |= docs
    return clusters


# Words that name no group on their own ("Army" in "Syrian Army"): a name of only these is never
# taken for a fuller name holding it.
_GENERIC_GROUP_WORDS = frozenset("army armed forces force government troops militia militias rebels navy air "
                                 "police guard brigade division front movement".split())
# Words an area's name may carry or drop ("Paktia" / "Paktia Province").
_AREA_WORDS = frozenset("province governorate district region oblast prefecture county municipality".split())


def _same_group_loosely(a: str, b: str) -> bool:
    """Within one side of one operation: a state or group and its fuller name ("Romania" /
    "Principality of Romania", "Mujahideen" / "Afghan mujahideen", "Japan" / "Empire of Japan"),
    or a state and its people's forces ("United Kingdom" / "British forces")."""
    if _same_group(a, b) or _forces_of(a, b) or _forces_of(b, a):
        return True
    ta, tb = name_tokens(a), name_tokens(b)
    short, long = sorted((ta, tb), key=len)
    return any(w not in _GENERIC_GROUP_WORDS for w in short) and contains_in_order(short, long)


# A side described by its people rather than named: "British forces", "Argentine troops".
_PEOPLES_FORCES = re.compile(r"(?P<people>[A-Z][\w'’-]+)\s+(?:forces|troops|army|armed forces|military)", re.IGNORECASE)


def _forces_of(described: str, state: str) -> bool:
    """Whether ``described`` is the forces of the people of ``state`` ("British forces" of the
    United Kingdom by its everyday names, "Argentine troops" of Argentina by the stem of its name)."""
    m = _PEOPLES_FORCES.fullmatch(described.strip())
    if not m:
        return False
    people, name = m["people"].casefold(), state.strip().casefold()
    for short, others in STATE_SHORT_NAMES.items():
        if (name == short or name in others) and (people == short or people in others):
            return True
    stem = name.rstrip("aeiouy")
    return " " not in name and len(stem) >= DEMONYM_MIN_STEM and people.startswith(stem)


def _same_place_loosely(a: str, b: str) -> bool:
    """Within one operation: an area with and without its head word ("Paktia" / "Paktia Province")."""
    ta = tuple(w for w in name_tokens(a) if w not in _AREA_WORDS)
    tb = tuple(w for w in name_tokens(b) if w not in _AREA_WORDS)
    return bool(ta) and ta == tb


def _same_group(a: str, b: str) -> bool:
    return match_group(a, b).same


def _same_place(a: str, b: str) -> bool:
    return match_place(a, b).same


def _first_spelling(values: list[str]) -> str:
    return _most_supported(values)


# ---------------------------------------------------------------- scalars

def _is_prefix(short: str, long: str) -> bool:
    return long.startswith(short) and len(long) > len(short) and long[len(short)] == "-"


_FILLER_WORDS = frozenset({"the", "a", "an", "and"})


def _wording(value: Any) -> str:
    """A value as compared: folded, without articles and "and", so "the siege of Khost lifted" /
    "siege of Khost lifted" and "Russian–Romanian victory" / "Russian and Romanian victory" agree."""
    return " ".join(w for w in fold(str(value)).split() if w not in _FILLER_WORDS)


def _scalar(recs: list[_Record], pointer: str, get: Callable[[Operation], Any], dates: bool = False,
            ) -> tuple[Any, Docs, Conflict | None]:
    """Most-supported value of a scalar, its documents, and a Conflict when sources truly differ.

    Dates at lower precision that agree ("2013-08" / "2013-08-04") support the precise value.
    Values are compared after folding and without articles, so wording-only differences are no conflict.
    """
    stated: list[tuple[Any, Docs]] = []
    for r in recs:
        if pointer in r.conflicts:
            stated += [(cv.value, frozenset(cv.documents)) for cv in r.conflicts[pointer].values]
        elif get(r.op) is not None:
            stated.append((get(r.op), r.at(pointer)))
    if not stated:
        return None, frozenset(), None
    norm = (lambda v: v) if dates else _wording
    groups: list[tuple[Any, set[str]]] = []
    for value, docs in stated:
        for g in groups:
            if norm(g[0]) == norm(value):
                g[1].update(docs)
                break
        else:
            groups.append((value, set(docs)))
    if dates:
        tops = [g for g in groups if not any(_is_prefix(str(g[0]), str(h[0])) for h in groups)]
        support = [(v, set().union(*(d for u, d in groups if u == v or _is_prefix(str(u), str(v)))))
                   for v, _ in tops]
    else:
        support = [(v, d) for v, d in groups]
    support.sort(key=lambda vd: -len(vd[1]))  # stable: ties keep first-seen order
    value, docs = support[0]
    all_docs = frozenset().union(*(d for _, d in support))
    if len(support) == 1:
        return value, all_docs, None
    conflict = Conflict(pointer, tuple(ConflictValue(v, tuple(sorted(d))) for v, d in support))
    return value, frozenset(docs), conflict


# ---------------------------------------------------------------- people, figures

# Titles before a commander's name that one source writes and another leaves out ("Gazi Osman
# Pasha" / "Osman Pasha", "Grand Duke Nicholas").
_HONORIFICS = frozenset("gazi grand duke prince princess sir king queen emperor tsar sultan sheikh shaykh emir "
                        "lord count baron marshal general".split())


_SURNAME_ALONE = 5  # letters a one-word name needs to be taken for the last name of a fuller one
_REGNAL = re.compile(r"[ivxl]{1,6}")  # folded: "xi" of "Constantine XI"


def _same_commander(a: Person, b: Person) -> bool:
    """Whether two commanders of one side of one operation are one person.

    Across operations a shared surname or a fuller name is never enough (match_person keeps to
    spelling); within one side of one operation, told by several documents, it is: "Boris Gromov" /
    "Boris Vsevolodovich Gromov", "Carol I" / "Carol I of Romania", "Osman Pasha" / "Gazi Osman
    Pasha", a name in the other order ("Isogai Rensuke" / "Rensuke Isogai"), or one letter of its
    romanisation ("Totleben" / "Todleben", "Jalaladin Haqani" / "Jalaluddin Haqqani"). Never when roles name different groups, or the given
    names after the same kunya differ."""
    if match_person(a.name, b.name, a.role, b.role).same:
        return True
    ga, gb = role_group(a.role), role_group(b.role)
    if ga and gb and not match_group(ga, gb).same:
        return False
    full_a, full_b = name_tokens(a.name), name_tokens(b.name)
    if min(len(full_a), len(full_b)) == 1 and max(len(full_a), len(full_b)) > 1:
        one, other = sorted((full_a, full_b), key=len)
        return len(one[0]) >= _SURNAME_ALONE and one[0] == other[-1]  # "Baltoğlu" / "Süleyman Baltoğlu"
    if len(full_a) < 2 or len(full_b) < 2 or kunya_differs(full_a, full_b):
        return False
    ta = [t for t in full_a if t not in _HONORIFICS] or list(full_a)
    tb = [t for t in full_b if t not in _HONORIFICS] or list(full_b)
    short, long = sorted((ta, tb), key=len)
    if short[0] == long[0] and contains_in_order(short, long):
        return True  # the fuller name of the same person
    if len(short) < len(long) and long[-len(short):] == short:
        return True  # a byname before the name: "Halil Pasha" / "Çandarlı Halil Pasha"
    if ta[0] == tb[0] and len(ta) > 1 and len(tb) > 1 and ta[1] == tb[1] and _REGNAL.fullmatch(ta[1]):
        return True  # a ruler's name and number, his dynasty or byname after it: "Constantine XI Dragases" / "… Palaiologos"
    if _initialled(ta, tb) or _initialled(tb, ta):
        return True  # "John K. Lawson" / "John Kelburne Lawson", "C. M. Maltby"
    if len(ta) == len(tb) and sorted(ta) == sorted(tb):
        return True  # family name first in one, last in the other
    if phonetic_token("".join(ta)) == phonetic_token("".join(tb)):
        return True  # "Shah Nawaz Tanai" / "Shahnawaz Tanai"
    return len(ta) == len(tb) and _same_given(ta[0], tb[0]) and all(
        phonetic_token(x) == phonetic_token(y) or fuzz.ratio(x, y) >= COMMANDER_RATIO for x, y in zip(ta[1:], tb[1:]))


def _same_given(a: str, b: str) -> bool:
    """One given name romanised two ways: "Aleksandr" / "Alexander" (x for ks, a vowel before r)."""
    def key(w: str) -> str:
        return phonetic_token(re.sub(r"([bcdfgklmnpstvz])er$", r"\1r", w.replace("x", "ks")))
    return phonetic_token(a) == phonetic_token(b) or key(a) == key(b)


def _initialled(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether a name written with initials is a fuller one's: the same surname, and each other
    word of the shorter the same word or its initial, in order ("c m maltby" / "christopher
    michael maltby"); at least one initial, and the first words agreeing."""
    if short[-1] != long[-1] or len(short) < 2 or not any(len(w) == 1 for w in short[:-1]):
        return False
    rest = iter(long[:-1])
    for i, word in enumerate(short[:-1]):
        for other in rest:
            if word == other or len(word) == 1 and other.startswith(word):
                break
            if i == 0:
                return False  # the first words must agree
        else:
            return False
    return True


def _merge_people(items: list[tuple[Person, Docs]]) -> tuple[list[Person], list[Docs]]:
    """Commanders as one person each. Two names of one document are two people ("Ali Hassan" and
    "Ali Hassan Rida" listed together): only names from different documents may be joined by the
    looser rules of _same_commander."""
    clusters = _union_across(items, lambda a, b: match_person(a.name, b.name, a.role, b.role).same, _same_commander)
    people = []
    for c in clusters:
        ps: list[Person] = c.values
        name = fuller([p.name for p in ps])
        aliases = [a for p in ps for a in (p.name, *p.aliases) if a != name]
        ranks = [p.rank for p in ps if p.rank]
        roles = [p.role for p in ps if p.role]
        people.append(Person(
            name=name, rank=_most_supported(ranks, fold) if ranks else None,
            role=_most_supported(roles, fold) if roles else None, killed=any(p.killed for p in ps),
            aliases=tuple(dict.fromkeys(aliases)),
        ))
    return people, [frozenset(c.docs) for c in clusters]


def casualty_key(c: Casualties) -> tuple[Any, ...]:
    """Numbers + who + claimant: two claims with this key are the same claim."""
    counts = tuple(json.dumps(count_to_json(x)) for x in (c.killed, c.wounded, c.captured, c.missing))
    return counts + (tuple(sorted((e.count, fold(e.item)) for e in c.equipment)), name_key(c.who),
                     fold(c.claimant))


def _split_claims_joined(items: list[tuple[Casualties, Docs]]) -> list[tuple[Casualties, Docs]]:
    """One document's claim counting several categories ("1,267 killed, 1,982 wounded") and another's
    counting them a line each with the same numbers ("1,267 killed" / "1,982 wounded") are one
    statement: the lines join the claim (their documents with it) and are not kept beside it."""
    joined = [i for i, (c, _) in enumerate(items) if len(_stated(c)) > 1 and not c.equipment]
    docs = [set(d) for _, d in items]
    dropped: set[int] = set()
    for j, (line, line_docs) in enumerate(items):
        stated = _stated(line)
        if len(stated) != 1 or line.equipment:
            continue
        for i in joined:
            claim = items[i][0]
            if items[i][1] & line_docs or fold(claim.claimant) != fold(line.claimant):
                continue
            if getattr(claim, stated[0]) is not None and \
                    count_to_json(getattr(claim, stated[0])) == count_to_json(getattr(line, stated[0])):
                docs[i] |= line_docs
                dropped.add(j)
                break
    return [(c, frozenset(docs[i])) for i, (c, _) in enumerate(items) if i not in dropped]


def _merge_casualties(items: list[tuple[Casualties, Docs]]) -> tuple[list[Casualties], list[Docs]]:
    clusters = _union_keyed(_split_claims_joined(items), casualty_key)
    out = []
    for c in clusters:
        first: Casualties = c.values[0]
        as_of = max((x.as_of for x in c.values if x.as_of), key=len, default=None)
        text = max((x.text for x in c.values), key=len)
        out.append(replace(first, as_of=as_of, text=text))
    return out, [frozenset(c.docs) for c in clusters]


def _strength_key(q: Quantity) -> tuple[Any, ...]:
    # (an abbreviation with its full stops or without: "53 U.S. soldiers" is "53 US soldiers")
    return json.dumps(count_to_json(q.count)), name_key(_DOTTED.sub("", q.unit or "")), fold(q.claimant)


_DOTTED = re.compile(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\.|\s|$)|(?<=\.[A-Za-z])\.")


def _merge_strength(items: list[tuple[Quantity, Docs]]) -> tuple[list[Quantity], list[Docs]]:
    clusters = _union_keyed(items, _strength_key)
    return ([replace(c.values[0], text=max((q.text for q in c.values), key=len)) for c in clusters],
            [frozenset(c.docs) for c in clusters])


# ---------------------------------------------------------------- events

def _precision(date: str) -> int:
    """How much of an ISO date is stated: 3 for a day, 2 a month, 1 a year."""
    return date.count("-") + 1 if date else 0


def _overlap(a: Sequence[str], b: Sequence[str], same: Callable[[str, str], bool]) -> int:
    return sum(1 for x in a if any(same(x, y) for y in b))


def _same_actor(a: str, b: str) -> bool:
    return name_key(a) == name_key(b) or match_group(a, b).same


def _event_score(a: Event, b: Event) -> int:
    """How well event b fits event a (0: not the same event).

    Same date and type with a shared place or actor; or b at lower precision (a month) inside a's
    date with the same type ("mid-August counter-attack" = "16 August counter-attack"); or the same
    day, typed differently, told with a shared place or actor and the same words.
    """
    shared = _overlap(a.places, b.places, _same_place) + _overlap(a.actors, b.actors, _same_actor)
    if a.type != b.type:
        # one day's action that two documents type differently ("the Guards under Gurko stormed …
        # Gorni Dubnik" / "the Imperial Guard under General Gurko took Gorni Dubnik"): the same day,
        # a place or actor in common and the same words; the weakest fit of all
        same_day = a.date == b.date and len(a.date) == len("1938-04-06")
        return 2 if same_day and shared and len(_told_words(a.summary) & _told_words(b.summary)) >= SHARED_TOLD_WORDS else 0
    if a.date == b.date:
        if shared:
            return 10 + shared
        if not (a.places or a.actors) and not (b.places or b.actors) and fold(a.summary) == fold(b.summary):
            return 10
        # two documents telling one day's action in their own words: nothing named tells them
        # apart when one names nothing, or when the two tell it with the same words
        if len(a.date) == len("1938-04-06") and (
                not (a.places or a.actors) or not (b.places or b.actors)
                or len(_told_words(a.summary) & _told_words(b.summary)) >= SHARED_TOLD_WORDS):
            return 5
        return 0
    if _is_prefix(b.date, a.date) or _is_prefix(a.date, b.date):
        return 1 + shared
    if _next_day(a.date, b.date) and len(_told_words(a.summary) & _told_words(b.summary)) >= NEIGHBOUR_TOLD_WORDS - bool(shared):
        return 1  # one action two documents date a day apart ("broke into the north-eastern part of the town")
    return 0


# Content words two summaries of one action dated a day apart share (one fewer with a place or
# actor in common): the day is then one source's mistake, listed as a conflict.
NEIGHBOUR_TOLD_WORDS = 4


def _next_day(a: str, b: str) -> bool:
    """Whether two ISO days are a day apart."""
    if len(a) != len("1938-04-06") or len(b) != len(a):
        return False
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) == 1
    except ValueError:
        return False


def _day(iso: str):
    import datetime as dt
    return dt.date.fromisoformat(iso)


# Content words two summaries of one day's action of one type share when they tell the same
# action ("the victory was announced in Hankow" / "announced the victory … in Wuhan").
SHARED_TOLD_WORDS = 2
_FUNCTION_WORDS = frozenset(
    "that this with from their them they there were which while when after before into about over under "
    "also then than some most more other been have were would could being against during within without "
    "january february march april may june july august september october november december "
    "morning afternoon evening night following next later days".split())


# Letters of a content word compared: the forms of one word meet ("withdrawal" / "withdraw",
# "captured" / "capture").
TOLD_STEM = 6


@cache
def _told_words(summary: str) -> frozenset[str]:
    return frozenset(w[:TOLD_STEM] for w in fold_text(summary).split() if len(w) >= 4 and w not in _FUNCTION_WORDS
                     and not w.isdigit())


def _combine_events(events: list[Event]) -> Event:
    if len(events) == 1 and max(len(events[0].places), len(events[0].actors), len(events[0].casualties)) <= 1:
        return events[0]  # nothing to deduplicate: combining it would give it back unchanged
    base = max(events, key=lambda e: (_precision(e.date), -events.index(e)))
    places = [c.values[0] for c in _union([(p, frozenset()) for e in [base, *events] for p in e.places], _same_place)]
    actors = [c.values[0] for c in _union([(p, frozenset()) for e in [base, *events] for p in e.actors], _same_actor)]
    casualties = _merge_casualties([(c, frozenset()) for e in [base, *events] for c in e.casualties])[0]
    claimant = base.claimant or next((e.claimant for e in events if e.claimant), None)
    kind = max((e.type for e in events), key=_TYPE_PRECEDENCE.index) if len({e.type for e in events}) > 1 else base.type
    return replace(base, type=kind, places=tuple(places), actors=tuple(actors), casualties=tuple(casualties),
                   claimant=claimant, disputed=any(e.disputed for e in events))


# One action two documents type differently is typed by what it achieved: a capture over the
# attack that made it, a means over the plain attack, an attack over the shelling before it or
# the repulse after it, anything over a statement or an unnamed act.
_TYPE_PRECEDENCE = ("other", "statement", "reinforcement", "withdrawal", "shelling", "attack",
                    "counterattack", "killing", "abduction", "shootdown", "bombing", "airstrike", "ambush",
                    "massacre", "capture", "recapture")


Dates = dict[str, frozenset[str]]  # each date an event is told at, with the documents telling it


def _cluster_events(items: list[tuple[Event, Docs, Dates]]) -> list[tuple[Event, Docs, Dates]]:
    clusters: list[_Cluster] = []
    told: dict[int, dict[str, set[str]]] = {}  # cluster id -> date -> documents
    for event, docs, dates in items:
        event = _combine_events([event])  # actors and places deduplicated, as a merged event has them
        best, best_score = None, 0
        for c in clusters:
            # another event of a shared document joins only where the same event, copied (a record
            # merged with itself: all fields equal), is: membership tests that equality in C
            if not c.docs.isdisjoint(docs) and event not in c.values:
                continue
            score = max(_event_score(v, event) for v in c.values)
            if score > best_score:
                best, best_score = c, score
        if best is None:
            best = _Cluster(event, docs)
            clusters.append(best)
            told[id(best)] = {}
        else:
            best.values.append(event)
            best.docs |= docs
        for date, ds in dates.items():
            told[id(best)].setdefault(date, set()).update(ds)
    out = []
    for c in clusters:
        # a cluster of one holds an event combined on entry already: combining is idempotent
        event = c.values[0] if len(c.values) == 1 else _combine_events(c.values)
        dates = {d: frozenset(ds) for d, ds in told[id(c)].items()}
        days = [d for d in dates if len(d) == len("1938-04-06")]
        if len(days) > 1:  # told on neighbouring days: the day most documents give (the first on a tie)
            event = replace(event, date=max(days, key=lambda d: (len(dates[d]), -days.index(d))))
        out.append((event, frozenset(c.docs), dates))
    return out


def _told_days(rec: _Record, i: int, event: Event, docs: Docs) -> Dates:
    """The dates a record's event is told at: a merged record's disputed date as each day its
    documents gave, so merging it again weighs them again."""
    conflict = rec.conflicts.get(f"/events/{i}/date")
    if conflict is None:
        return {event.date: docs}
    return {str(cv.value): frozenset(cv.documents) for cv in conflict.values}


def merge_events(items: list[tuple[Event, Docs, Dates]]) -> tuple[list[Event], list[Docs], list[Conflict | None]]:
    """Union of events with the same event told twice kept once (at its most precise date).

    Two different events of one document are never merged (a document lists each action once);
    each event joins the best-fitting earlier event, ties to the first. Repeated until nothing
    merges, because a merged event (more actors, places) may now match another: so merging a
    merged record again changes nothing. An event documents tell on neighbouring days takes the
    day most of them give, and a conflict lists each day with its documents.
    """
    while True:
        merged = _cluster_events(items)
        if len(merged) == len(items):
            break
        items = merged
    conflicts: list[Conflict | None] = []
    for i, (event, _, dates) in enumerate(merged):
        days = [d for d in dates if len(d) == len("1938-04-06")]
        if len(days) < 2:
            conflicts.append(None)
            continue
        ranked = sorted(days, key=lambda d: (d != event.date, -len(dates[d])))  # stable: ties keep first-seen
        conflicts.append(Conflict(f"/events/{i}/date", tuple(ConflictValue(d, tuple(sorted(dates[d]))) for d in ranked)))
    return [e for e, _, _ in merged], [d for _, d, _ in merged], conflicts


# ---------------------------------------------------------------- sides

def _side_overlap(a: Side, b: Side) -> int:
    return sum(1 for x in a.belligerents for y in b.belligerents if match_group(x, y).same)


def _aligned_sides(rec: _Record, lead: tuple[Side, ...]) -> list[tuple[int, int]]:
    """(merged index, record index) pairs: a two-sided record whose columns match the lead's the
    other way round (its first column is the lead's second) is read swapped."""
    sides = rec.op.sides
    pairs = [(i, i) for i in range(len(sides))]
    if len(sides) == 2 and len(lead) == 2:
        straight = _side_overlap(lead[0], sides[0]) + _side_overlap(lead[1], sides[1])
        swapped = _side_overlap(lead[0], sides[1]) + _side_overlap(lead[1], sides[0])
        if swapped > straight:
            pairs = [(0, 1), (1, 0)]
    return pairs


_SIDE_LISTS: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("belligerents", _same_group), ("supporters", _same_group), ("units", _same_group))


def _merge_sides(recs: list[_Record], prov: list[Provenance], conflicts: list[Conflict]) -> tuple[Side, ...]:
    lead = recs[0].op.sides
    slots: dict[int, list[tuple[_Record, Side, str]]] = {}
    for r in recs:
        for mi, ri in _aligned_sides(r, lead):
            slots.setdefault(mi, []).append((r, r.op.sides[ri], f"/sides/{ri}"))
    sides = []
    for mi in sorted(slots):
        members = slots[mi]
        fields: dict[str, Any] = {}
        for name, same in _SIDE_LISTS:
            items = [(v, r.at(f"{p}/{name}/{i}")) for r, s, p in members for i, v in enumerate(getattr(s, name))]
            clusters = _union_across(items, same, _same_group_loosely)
            # a state's name over its people's forces ("United Kingdom", not "British forces")
            fields[name] = tuple(_first_spelling([v for v in c.values if not _PEOPLES_FORCES.fullmatch(v.strip())]
                                                 or c.values) for c in clusters)
            prov += [Provenance(f"/sides/{mi}/{name}/{i}", tuple(sorted(c.docs))) for i, c in enumerate(clusters)]
        items = [(v, r.at(f"{p}/commanders/{i}")) for r, s, p in members for i, v in enumerate(s.commanders)]
        people, docs = _merge_people(items)
        fields["commanders"] = tuple(people)
        prov += [Provenance(f"/sides/{mi}/commanders/{i}", tuple(sorted(d))) for i, d in enumerate(docs)]
        for name, merge in (("strength", _merge_strength), ("casualties", _merge_casualties)):
            items = [alt for r, s, p in members for i, v in enumerate(getattr(s, name))
                     for alt in _stated_figures(r, f"{p}/{name}/{i}", v)]
            values, docs = merge(items)  # type: ignore[operator]
            values, docs, disputed = _disputed_figures(values, docs)
            fields[name] = tuple(values)
            prov += [Provenance(f"/sides/{mi}/{name}/{i}", tuple(sorted(d))) for i, d in enumerate(docs)]
            conflicts += [Conflict(f"/sides/{mi}/{name}/{i}/{part}", alternatives) for i, (part, alternatives) in disputed]
        sides.append(Side(**fields))
    return tuple(sides)


# ---------------------------------------------------------------- figures that disagree

_CATEGORIES = ("killed", "wounded", "captured", "missing")


def _stated(c: Casualties) -> list[str]:
    """The categories a casualty claim counts."""
    return [k for k in _CATEGORIES if getattr(c, k) is not None]


def _figure(v: Quantity | Casualties) -> tuple[tuple[Any, ...], tuple[str, ...]] | None:
    """What a figure counts (its slot) and the parts holding its numbers: a strength's unit and
    claimant ("count"); a casualty claim's categories, who and claimant ("killed", "wounded"). A
    claim that also counts equipment has no slot: two such claims are kept, not weighed."""
    claimant = fold(_DOTTED.sub("", v.claimant)) if v.claimant else fold(v.claimant)  # "U.S. estimate" = "US estimate"
    if isinstance(v, Quantity):
        return (_strength_slot(v.unit), claimant), ("count",)
    stated = tuple(_stated(v))
    if not stated or v.equipment:
        return None
    return (stated, name_key(v.who), claimant), stated


def _strength_slot(unit: str | None) -> str:
    """What a strength figure counts: people, whatever a document calls them ("c. 80 border guards and
    marines" / "about 100 troops" are two counts of one garrison), else its unit ("tanks"). People
    of a group the unit names ("1,500 ISIL fighters") are a count of their own."""
    if re.search(r"[A-Z]", unit or ""):
        return name_key(unit)
    if not unit:
        return "people"  # a bare figure ("40,000") counts a side's men
    words = set(re.findall(r"[a-z]+", unit.casefold()))
    if words & _PEOPLE or words and not words & EQUIPMENT_NOUNS and any(w.endswith("s") for w in words) \
            and not words & _MATERIEL_WORDS:
        return "people"
    return name_key(unit)


_PEOPLE = frozenset(PERSONNEL_UNITS) | {"marines", "sailors", "paratroopers", "commandos", "police", "cavalry",
                                         "infantry", "gendarmes", "mercenaries", "insurgents", "guerrillas"}
# Words of a materiel count that the equipment list spells another way ("warships", "gunboats").
_MATERIEL_WORDS = frozenset({"warships", "gunboats", "cruisers", "destroyers", "frigates", "corvettes", "submarines",
                             "battleships", "carriers", "vessels", "junks", "canoes", "cannon", "cannons", "rockets",
                             "missiles", "rounds", "shells", "bombers", "fighters"}) - _PEOPLE


def _stated_figures(rec: _Record, pointer: str, value: Any) -> list[tuple[Any, Docs]]:
    """A record's figure with its documents; a merged record's disputed figure as each of the
    figures its documents stated (documents stating the same numbers together), so merging it
    again weighs them again."""
    found = _figure(value)
    disputed = [(part, c) for part in (found[1] if found else ()) if (c := rec.conflicts.get(f"{pointer}/{part}"))]
    if not disputed:
        return [(value, rec.at(pointer))]
    said: dict[str, dict[str, Any]] = {}  # document -> part -> the number it states
    for part, conflict in disputed:
        for cv in conflict.values:
            for d in cv.documents:
                said.setdefault(d, {})[part] = cv.value
    groups: dict[str, tuple[dict[str, Any], set[str]]] = {}
    for d, numbers in said.items():
        groups.setdefault(json.dumps(numbers, sort_keys=True), (numbers, set()))[1].add(d)
    return [(replace(value, **{part: count_from_json(n) for part, n in numbers.items()}), frozenset(docs))
            for numbers, docs in groups.values()]


def _disputed_figures(values: list[Any], docs: list[Docs]) -> tuple[list[Any], list[Docs], list[tuple[int, tuple[str, tuple[ConflictValue, ...]]]]]:
    """Figures for the same thing (same unit or category, who and claimant) from different
    documents that disagree ("40,000" / "40,000–45,000" troops; "24" / "26 killed") are one
    figure, the one most documents state (the first on a tie), and a conflict listing each; a
    document that gives two figures for one thing keeps both. Returns the figures kept, their
    documents and (index, (part, alternatives)) per conflict."""
    slots: dict[Any, list[int]] = {}
    for i, v in enumerate(values):
        if (found := _figure(v)) is not None:
            slots.setdefault(found[0], []).append(i)
    dropped: set[int] = set()
    disputes: dict[int, list[tuple[str, tuple[ConflictValue, ...]]]] = {}
    for members in slots.values():
        if len(members) < 2 or any(not docs[a].isdisjoint(docs[b]) for a in members for b in members if a < b):
            continue
        ranked = sorted(members, key=lambda i: -len(docs[i]))  # stable: ties keep first-seen order
        for part in _figure(values[members[0]])[1]:  # type: ignore[index]
            stated: dict[str, set[str]] = {}  # each number, with the documents stating it
            for i in ranked:
                stated.setdefault(json.dumps(count_to_json(getattr(values[i], part))), set()).update(docs[i])
            if len(stated) > 1:
                disputes.setdefault(members[0], []).append((part, tuple(
                    ConflictValue(json.loads(n), tuple(sorted(d))) for n, d in stated.items())))
        keep = ranked[0]
        values[members[0]], docs[members[0]] = values[keep], docs[keep]
        dropped.update(m for m in members if m != members[0])
    kept = [i for i in range(len(values)) if i not in dropped]
    position = {i: n for n, i in enumerate(kept)}
    return ([values[i] for i in kept], [docs[i] for i in kept],
            [(position[i], d) for i, ds in sorted(disputes.items()) for d in ds])


# ---------------------------------------------------------------- the record

def merge_operations(records: Sequence[Operation]) -> Operation:
    """One record from records about the same operation; see the module docstring."""
    if not records:
        raise ValueError("merge_operations needs at least one record")
    recs = _canonical(records)
    prov: list[Provenance] = []
    conflicts: list[Conflict] = []

    def scalar(pointer: str, get: Callable[[Operation], Any], dates: bool = False) -> Any:
        value, docs, conflict = _scalar(recs, pointer, get, dates)
        if value is not None and value is not False:
            prov.append(Provenance(pointer, tuple(sorted(docs))))
        if conflict:
            conflicts.append(conflict)
        return value

    names = [(r.op.name, r.at("/name")) for r in recs if r.op.name]
    name_clusters = _by_name_key(names)
    name_clusters.sort(key=lambda c: -len(c.docs))  # stable: ties keep canonical order
    name = _first_spelling(name_clusters[0].values) if name_clusters else ""
    if name:
        prov.append(Provenance("/name", tuple(sorted(name_clusters[0].docs))))
    other_names = [(n, frozenset(c.docs)) for c in name_clusters[1:] for n in c.values[:1]]
    alias_items = [(v, r.at(f"/aliases/{i}")) for r in recs for i, v in enumerate(r.op.aliases)] + other_names
    alias_clusters = [c for c in _by_name_key(alias_items) if name_key(c.values[0]) != name_key(name)]
    aliases = tuple(_first_spelling(c.values) for c in alias_clusters)
    prov += [Provenance(f"/aliases/{i}", tuple(sorted(c.docs))) for i, c in enumerate(alias_clusters)]

    part_of, part_docs = _strings(recs, lambda o: o.part_of, "/part_of", _by_name_key, _first_spelling)
    prov += [Provenance(f"/part_of/{i}", tuple(sorted(d))) for i, d in enumerate(part_docs)]
    start = scalar("/start_date", lambda o: o.start_date, dates=True)
    end = scalar("/end_date", lambda o: o.end_date, dates=True)
    ongoing = any(r.op.ongoing for r in recs)
    if ongoing:
        prov.append(Provenance("/ongoing", tuple(sorted(set().union(*(r.docs for r in recs if r.op.ongoing))))))
    places, place_docs = _strings(recs, lambda o: o.places, "/places", _by_place, _first_spelling)
    prov += [Provenance(f"/places/{i}", tuple(sorted(d))) for i, d in enumerate(place_docs)]
    result = scalar("/result", lambda o: o.result)
    sides = _merge_sides(recs, prov, conflicts)
    civ_items = [(c, r.at(f"/civilian_casualties/{i}")) for r in recs for i, c in enumerate(r.op.civilian_casualties)]
    civilians, civ_docs = _merge_casualties(civ_items)
    prov += [Provenance(f"/civilian_casualties/{i}", tuple(sorted(d))) for i, d in enumerate(civ_docs)]
    event_items = [(e, docs, _told_days(r, i, e, docs)) for r in recs for i, e in enumerate(r.op.events)
                   for docs in [r.at(f"/events/{i}")]]
    events, event_docs, event_conflicts = merge_events(event_items)
    prov += [Provenance(f"/events/{i}", tuple(sorted(d))) for i, d in enumerate(event_docs)]
    conflicts += [c for c in event_conflicts if c is not None]

    sources: dict[str, Source] = {}
    for r in recs:
        for s in r.op.sources:
            sources.setdefault(s.document, s)
    mentions = _strings(recs, lambda o: o.mentions, "/mentions", _by_name_key, _first_spelling)[0]
    ids = {r.op.id for r in recs if r.op.id}
    return Operation(
        name=name, id=ids.pop() if len(ids) == 1 else slug(name), aliases=aliases, part_of=tuple(part_of),
        start_date=start, end_date=end, places=tuple(places), result=result, sides=sides,
        civilian_casualties=tuple(civilians), events=tuple(events),
        sources=tuple(sources[k] for k in sorted(sources)),
        conflicts=tuple(conflicts), provenance=_ordered(prov), ongoing=ongoing, mentions=tuple(mentions),
    )


def _ordered(prov: list[Provenance]) -> tuple[Provenance, ...]:
    """Provenance sorted by pointer, list indices numerically (/sides/0/units/2 before /10)."""
    def key(p: Provenance) -> tuple[Any, ...]:
        return tuple((0, int(x), "") if x.isdigit() else (1, 0, x) for x in p.field.split("/"))
    return tuple(sorted(prov, key=key))


__all__ = ["Summary", "summarize", "group_keys", "group_records", "group_summaries", "components",
           "merge_operations", "casualty_key"]
