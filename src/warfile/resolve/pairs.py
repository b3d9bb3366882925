"""Candidate pairs of spellings for entity resolution (resolve/entities.py): each spelling's
comparison key, transliteration key, words and blocking tokens, and the pairs worth a verdict,
found without comparing every pair. Works in the working tables resolve_into makes
(temp.resolve_spellings, _words, _blocks, _found, _pairs)."""
from __future__ import annotations

import json
import sqlite3
from itertools import groupby
from operator import itemgetter

from rapidfuzz import fuzz, process

from warfile.resolve.names import (
    GROUP_DESIGNATORS,
    KUNYA,
    MAYBE_RATIO,
    MAYBE_RATIO_NAMES,
    group_key,
    name_key,
    phonetic_token,
    place_tokens,
)

# Pairs found are written this many at a time.
BATCH = 2000


def key_spellings(conn: sqlite3.Connection, known: str | None) -> int:
    """The keys, words and blocking tokens of the spellings in resolve_spellings (taken from
    {known}_spellings where it holds them, new = 0), and the tables of words and tokens; the count."""
    if known:
        conn.execute("UPDATE temp.resolve_spellings AS s SET key = k.key, phonetic = k.phonetic, words = k.words, "
                     f"blocks = k.blocks, new = 0 FROM {known}_spellings k "
                     "WHERE k.kind = s.kind AND k.surface = s.surface")
    conn.create_function("resolve_key", 2, key, deterministic=True)
    conn.create_function("resolve_phonetic", 1, _phonetic, deterministic=True)
    conn.create_function("resolve_words", 1, lambda key: json.dumps(key.split()), deterministic=True)
    conn.create_function("resolve_blocks", 1, lambda key: json.dumps(sorted(block_tokens(key))),
                         deterministic=True)
    conn.execute("UPDATE temp.resolve_spellings SET key = resolve_key(kind, surface) WHERE new")
    conn.execute("UPDATE temp.resolve_spellings SET phonetic = resolve_phonetic(key), words = resolve_words(key), "
                 "blocks = resolve_blocks(key) WHERE new")
    conn.create_function("resolve_pivot", 1, _pivot, deterministic=True)
    conn.execute("UPDATE temp.resolve_spellings SET pivot = resolve_pivot(key)")
    conn.execute("INSERT INTO temp.resolve_words SELECT DISTINCT s.kind, w.value, s.id "
                 "FROM temp.resolve_spellings s, json_each(s.words) w")
    conn.execute("INSERT INTO temp.resolve_blocks SELECT s.kind, t.value, s.id "
                 "FROM temp.resolve_spellings s, json_each(s.blocks) t")
    for name, table, columns in (("by_phonetic", "spellings", "kind, phonetic, id"),
                                 ("by_pivot", "spellings", "kind, pivot, id"),
                                 ("by_word", "words", "kind, word, id"), ("words_of", "words", "id, word"),
                                 ("by_token", "blocks", "kind, token, id"), ("tokens_of", "blocks", "id, token")):
        conn.execute(f"CREATE INDEX temp.resolve_{name} ON resolve_{table}({columns})")
    return conn.execute("SELECT count(*) FROM temp.resolve_spellings").fetchone()[0]


def _pivot(key: str) -> str:
    """The word of a known spelling's key containment looks it up by when a new spelling may hold
    it: its longest (the first of those in sorted order), long words being the rarer. Any word
    would find the same pairs, only more slowly; unlike the rarest, it is the spelling's own."""
    return min(key.split(), key=lambda w: (-len(w), w), default="")


def find_pairs(conn: sqlite3.Connection) -> None:
    """resolve_into's candidate pairs with a new spelling among the spellings of resolve_spellings
    (keyed by key_spellings), into resolve_pairs: every spelling sharing a blocking token with a
    new one must be there (each test looks only among those)."""
    candidate_pairs(conn, None)


def key(kind: str, surface: str) -> str:
    """A spelling's comparison key: a group's without its designators, a place's tokens, a name's key."""
    if kind == "group":
        return group_key(surface)
    if kind == "place":
        return " ".join(place_tokens(surface))
    return name_key(surface)


def _phonetic(key: str) -> str:
    return " ".join(phonetic_token(w) for w in key.split())


def block_tokens(key: str) -> set[str]:
    """Phonetic keys of the distinctive words: spellings are compared only when they share one."""
    words = set(key.split()) - KUNYA - GROUP_DESIGNATORS
    return {phonetic_token(w) for w in words if len(w) > 2} or {phonetic_token(w) for w in words}


# The lowest spelling similarity (rapidfuzz ratio on key) at which names.match_* can say anything
# but 'different' without the names being transliteration-equal or one containing the other:
# people fall back to 'maybe' at MAYBE_RATIO, groups and places at MAYBE_RATIO_NAMES.
MIN_RATIO = {"person": MAYBE_RATIO, "group": MAYBE_RATIO_NAMES, "place": MAYBE_RATIO_NAMES}
# Rows of one bucket's ratio matrix computed at once (512 x 20,000 bytes = 10 MB at most per slice).
RATIO_ROWS = 512

# x and y share a blocking token
_SHARE_BLOCK = ("EXISTS (SELECT 1 FROM temp.resolve_blocks bx JOIN temp.resolve_blocks b_y "
                "ON b_y.id = y.id AND b_y.token = bx.token WHERE bx.id = x.id)")


def candidate_pairs(conn: sqlite3.Connection, known: str | None) -> None:
    """Pairs of spellings of one kind worth a verdict, into resolve_pairs, without comparing all pairs.

    A pair is compared when it shares a blocking token (block_tokens) and passes a test every
    non-'different' verdict passes: the same transliteration key, one name's words all in the
    other's (containment), or a spelling ratio at MIN_RATIO or above. The first two are joins in
    SQL (containment looks among the spellings holding the rarer word); ratios are computed in C
    (rapidfuzz cdist) within each token bucket, read one bucket at a time. So the pairs left out
    are exactly pairs the matcher would call 'different', which change nothing.

    Whether a pair passes depends on its two spellings alone. So the pairs of two known spellings
    are those {known}_verdicts holds (a store keeps a verdict on each pair of the spellings it
    keeps), and the tests look only for pairs with a new spelling.
    """
    if known:
        conn.execute("INSERT INTO temp.resolve_found SELECT x.id, y.id FROM "
                     f"{known}_verdicts v JOIN temp.resolve_spellings x ON x.kind = v.kind AND x.surface = v.a "
                     "JOIN temp.resolve_spellings y ON y.kind = v.kind AND y.surface = v.b "
                     "WHERE NOT x.new AND NOT y.new")
    # the same transliteration key (none when the key has no words: such a spelling has no block)
    conn.execute("INSERT INTO temp.resolve_found SELECT x.id, y.id FROM temp.resolve_spellings x "
                 "JOIN temp.resolve_spellings y ON y.kind = x.kind AND y.phonetic = x.phonetic AND y.id > x.id "
                 f"WHERE x.phonetic != '' AND (x.new OR y.new) AND {_SHARE_BLOCK}")
    _containment_pairs(conn)
    _close_spelling_pairs(conn)
    conn.execute("INSERT INTO temp.resolve_pairs SELECT DISTINCT a, b FROM temp.resolve_found ORDER BY a, b")
    conn.execute("DELETE FROM temp.resolve_found")


# y holds every word of x
_HOLDS_X = ("NOT EXISTS (SELECT 1 FROM temp.resolve_words w WHERE w.id = x.id AND NOT EXISTS "
            "(SELECT 1 FROM temp.resolve_words v WHERE v.id = y.id AND v.word = w.word))")


def _containment_pairs(conn: sqlite3.Connection) -> None:
    """Into resolve_found, each pair with a new spelling where one holds all the words of the
    other (x): for a new x, found among the spellings holding its rarest word (counted among the
    words of the new spellings); for a new y and a known x, among the spellings whose pivot is
    one of y's words."""
    some_known = conn.execute("SELECT 1 FROM temp.resolve_spellings WHERE NOT new LIMIT 1").fetchone() is not None
    fresh = ("SELECT w.id, w.kind, w.word FROM temp.resolve_words w JOIN temp.resolve_spellings s ON s.id = w.id "
             "WHERE s.new" if some_known else "SELECT id, kind, word FROM temp.resolve_words")
    counted = "WHERE (kind, word) IN (SELECT kind, word FROM fresh)" if some_known else ""
    conn.execute(
        f"WITH fresh AS ({fresh}), "
        f"counted AS (SELECT kind, word, count(*) AS n FROM temp.resolve_words {counted} GROUP BY kind, word), "
        "rarest AS (SELECT id, kind, word FROM (SELECT f.id, f.kind, f.word, "
        "           row_number() OVER (PARTITION BY f.id ORDER BY c.n, f.word) AS r "
        "           FROM fresh f JOIN counted c ON c.kind = f.kind AND c.word = f.word) WHERE r = 1) "
        "INSERT INTO temp.resolve_found SELECT min(x.id, y.id), max(x.id, y.id) FROM rarest x "
        "JOIN temp.resolve_words y ON y.kind = x.kind AND y.word = x.word AND y.id != x.id "
        f"WHERE {_HOLDS_X} AND {_SHARE_BLOCK}")
    if some_known:
        conn.execute("INSERT INTO temp.resolve_found SELECT min(x.id, y.id), max(x.id, y.id) "
                     "FROM temp.resolve_words y JOIN temp.resolve_spellings sy ON sy.id = y.id "
                     "JOIN temp.resolve_spellings x ON x.kind = y.kind AND x.pivot = y.word AND x.id != y.id "
                     f"WHERE sy.new AND NOT x.new AND {_HOLDS_X} AND {_SHARE_BLOCK}")


def _close_spelling_pairs(conn: sqlite3.Connection) -> None:
    """Into resolve_found, each pair with a new spelling whose keys' ratio is at MIN_RATIO or
    above, bucket by bucket (a bucket: the spellings of one kind sharing one token), each new
    spelling of a bucket against all of it; buckets with no new spelling are not read."""
    import numpy as np

    found: list[tuple[int, int]] = []
    fresh = ("SELECT DISTINCT b.kind, b.token FROM temp.resolve_blocks b JOIN temp.resolve_spellings s ON s.id = b.id "
             "WHERE s.new")
    rows = conn.execute(f"WITH fresh AS MATERIALIZED ({fresh}) SELECT b.kind, b.token, b.id, s.key, s.new "
                        "FROM fresh f JOIN temp.resolve_blocks b ON b.kind = f.kind AND b.token = f.token "
                        "JOIN temp.resolve_spellings s ON s.id = b.id ORDER BY b.kind, b.token, b.id")
    for (kind, _), bucket in groupby(rows, key=itemgetter(0, 1)):
        ids, texts, new = zip(*(r[2:] for r in bucket))
        if len(ids) < 2 or not any(new):
            continue
        at, is_new = np.asarray(ids), np.asarray(new, dtype=bool)
        fresh = np.flatnonzero(is_new)  # positions of the new spellings
        for lo in range(0, len(fresh), RATIO_ROWS):  # a slice of rows at a time: memory stays flat
            rows_at = fresh[lo:lo + RATIO_ROWS]
            scores = process.cdist([texts[k] for k in rows_at.tolist()], texts, scorer=fuzz.ratio,
                                   score_cutoff=MIN_RATIO[kind], dtype="uint8", workers=1)
            i, j = scores.nonzero()
            i = rows_at[i]
            once = (i < j) | ~is_new[j]  # a pair of two new spellings from the first of them
            for a, b in zip(at[i[once]].tolist(), at[j[once]].tolist()):
                if a != b:
                    found.append((min(a, b), max(a, b)))
                if len(found) >= BATCH:
                    conn.executemany("INSERT INTO temp.resolve_found VALUES (?, ?)", found)
                    found.clear()
    conn.executemany("INSERT INTO temp.resolve_found VALUES (?, ?)", found)
