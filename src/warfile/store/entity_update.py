"""Entities refreshed for what a rebuild changed, instead of resolved again over every name.

An entity refresh (store/entities.py refresh_stored_entities) leaves, beside the entities, what
it made them from: each spelling's roles, whether killed and spoken, and its cluster
(``entity_clusters``, a cluster named by its root: its first spelling in sorted order), each
cluster's entity (``entity_names``), each spelling's keys and blocking tokens
(``entity_spellings``, ``entity_blocks``) and the verdict on each candidate pair
(``entity_verdicts``). After a rebuild that kept most operations, :func:`update_entities` starts
from those and the names of the operations that changed (their stored entity inputs, the old ones
kept by :func:`keep_old_inputs` before the rebuild deleted them):

1. the spellings those operations name whose roles, killed or spoken changed, new ones and ones
   no longer named are the *changed* spellings; new ones are keyed and paired with the spellings
   sharing a blocking token with them, and pairs of changed roles are judged again;
2. clusters are the connected components of 'same' verdicts and links, split within each by
   complete linkage, so a component with no changed spelling clusters as it did: the *region*
   re-clustered is every component holding a changed spelling or a spelling once clustered with
   one (their old clusters, grown to whole components until nothing is added);
3. entity ids are made unique again over every cluster (a cheap pass in order of roots), so an
   entity outside the region whose id moved (' 2') is *renamed*;
4. the rows of the region's and renamed entities are deleted and written again (entities,
   aliases, mentions, doubtful pairs touching them), the mentions of the changed operations as
   well, and the stored state is brought up to date.

The result is the full resolution's, row for row; the entity tables' rows are not kept in entity
order (readers order explicitly). Curator overrides make a refresh resolve every name (see
:func:`can_update`).
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Collection

from warfile.resolve import entities as resolve
from warfile.resolve import pairs
from warfile.store.operations import ENTITY_INPUTS

# meta key: the verdicts_version of the entity refresh whose state (entity_clusters, entity_names,
# entity_blocks) is stored, with a hash of this module (_state_version), written only by a refresh
# with no curator override.
STATE = "entity_state"
STATE_TABLES = ("entity_clusters", "entity_names", "entity_blocks")
_INPUTS = ("mentions", "facts", "links")
# (kind, spelling) columns of each entity inputs table
_SPELLINGS = {"mentions": ("spelling",), "facts": ("surface",), "links": ("a", "b")}
_MENTION_COLUMNS = "operation_id, document_id, side, role, surface, span_start, span_end, event_idx"
# entity_verdicts looked up by one spelling of its pairs (a: the primary key's; b: an index the
# planner, with no statistics, would pass over for the key's first two columns)
def _verdicts_by(spelling: str, alias: str = "") -> str:
    return f"entity_verdicts {alias} INDEXED BY entity_verdicts_b" if spelling == "b" else f"entity_verdicts {alias}"


def save_state(conn: sqlite3.Connection, version: str, current: bool) -> None:
    """Store the state of the resolution in resolve_into's working tables (every spelling);
    current: it resolved the stored entity inputs with no override, so a later refresh may start
    from it."""
    for table in STATE_TABLES:
        conn.execute(f"DELETE FROM {table}")
    conn.execute("INSERT INTO entity_clusters SELECT ?, s.kind, s.surface, s.roles, s.killed, s.spoken, r.surface "
                 "FROM temp.resolve_roots x JOIN temp.resolve_spellings s ON s.id = x.id "
                 "JOIN temp.resolve_spellings r ON r.id = x.root", (version,))
    conn.execute("INSERT INTO entity_names SELECT b.kind, r.surface, b.base, b.id FROM temp.resolve_built b "
                 "JOIN temp.resolve_spellings r ON r.id = b.root")
    conn.execute("INSERT INTO entity_blocks SELECT ?, b.kind, b.token, s.surface FROM temp.resolve_blocks b "
                 "JOIN temp.resolve_spellings s ON s.id = b.id", (version,))
    if current:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (STATE, _state_version(version)))
    else:
        conn.execute("DELETE FROM meta WHERE key = ?", (STATE,))


def _state_version(version: str) -> str:
    """version (the judging code's) and a hash of this module's code: a state an update by other
    code would read differently is not read."""
    import sys

    from warfile.store.db import code_version
    return f"{version}-{code_version(sys.modules[__name__])}"


def can_update(conn: sqlite3.Connection, version: str, has_overrides: bool) -> bool:
    """Whether the stored state was left by a refresh of this code with no override, and there is
    none now (an override's targets are found among every spelling: such a store resolves all),
    and the caches beside it are whole."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (STATE,)).fetchone()
    if has_overrides or row is None or row[0] != _state_version(version):
        return False
    # the caches beside it hold this code's rows, one spelling for each clustered one
    if any(conn.execute(f"SELECT 1 FROM {t} WHERE version != ? LIMIT 1", (version,)).fetchone()
           for t in ("entity_spellings", "entity_verdicts", "entity_clusters", "entity_blocks")):
        return False
    count = "SELECT count(*) FROM {}"
    return conn.execute(count.format("entity_spellings")).fetchone() == conn.execute(
        count.format("entity_clusters")).fetchone()


def keep_old_inputs(conn: sqlite3.Connection, operations: str) -> None:
    """Before a rebuild deletes them: the entity inputs of the operations whose ids the query
    ``operations`` gives (those whose rows a rebuild may delete), to temp.old_inputs_<table>."""
    drop_old_inputs(conn)
    for name in _INPUTS:
        conn.execute(f"CREATE TEMP TABLE old_inputs_{name} AS SELECT * FROM {ENTITY_INPUTS}_{name} "
                     f"WHERE operation_id IN ({operations})")


def drop_old_inputs(conn: sqlite3.Connection) -> None:
    for name in _INPUTS:
        conn.execute(f"DROP TABLE IF EXISTS temp.old_inputs_{name}")


def update_entities(conn: sqlite3.Connection, kept: Collection[str], version: str) -> None:
    """Bring the entity tables and the stored state up to date after a rebuild that stored the
    operations ``kept`` exactly as before (their entity inputs unchanged) and the others anew
    (see the module docstring); keep_old_inputs was called before it. Inside the caller's
    transaction."""
    _create(conn, kept)
    _touched_spellings(conn)
    _changed_spellings(conn)
    _update_verdicts(conn, version)
    _grow_region(conn, version)
    _cluster_region(conn, version)
    renamed = _entity_ids(conn)
    _write_entities(conn, renamed, version)
    _write_state(conn, version)
    for table in _WORK:
        conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
    drop_old_inputs(conn)
    resolve.drop_tables(conn)


# Working tables of an update (temp.<name>).
_WORK = {
    "upd_kept": "id TEXT PRIMARY KEY",  # operations stored as before
    "upd_gone": "id TEXT PRIMARY KEY",  # operations stored before and not kept: their rows go
    "upd_added": "id TEXT PRIMARY KEY",  # operations stored now and not kept
    "upd_touched": "kind TEXT, surface TEXT, PRIMARY KEY (kind, surface)",  # named by one of those
    # the touched spellings named now, with what the stored inputs say of them
    "upd_now": "kind TEXT, surface TEXT, roles TEXT, killed INTEGER, spoken INTEGER, PRIMARY KEY (kind, surface)",
    # changed spellings: how (new, gone, roles, other)
    "upd_changed": "kind TEXT, surface TEXT, how TEXT, PRIMARY KEY (kind, surface)",
    "upd_region": "kind TEXT, surface TEXT, PRIMARY KEY (kind, surface)",
    "upd_old_roots": "kind TEXT, root TEXT, PRIMARY KEY (kind, root)",  # the region's clusters before
    # each spelling of the region (entity NULL: its cluster has none) and of renamed entities,
    # with its entity now
    "upd_entity_of": "kind TEXT, surface TEXT, entity_id TEXT, PRIMARY KEY (kind, surface)",
    "upd_old_ids": "id TEXT PRIMARY KEY",  # entities whose rows go
    "upd_new_ids": "id TEXT PRIMARY KEY",  # entities whose rows are written
}


def _create(conn: sqlite3.Connection, kept: Collection[str]) -> None:
    for name, columns in _WORK.items():
        without_rowid = " WITHOUT ROWID" if "PRIMARY KEY (" in columns else ""
        conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
        conn.execute(f"CREATE TEMP TABLE {name} ({columns}){without_rowid}")
    conn.executemany("INSERT INTO temp.upd_kept VALUES (?)", ((i,) for i in kept))
    conn.execute("INSERT OR IGNORE INTO temp.upd_gone SELECT operation_id FROM ("
                 + " UNION ".join(f"SELECT operation_id FROM temp.old_inputs_{n}" for n in _INPUTS)
                 + ") WHERE operation_id NOT IN temp.upd_kept")
    conn.execute("INSERT INTO temp.upd_added SELECT id FROM operations WHERE id NOT IN temp.upd_kept")


def _touched_spellings(conn: sqlite3.Connection) -> None:
    """The spellings the gone and added operations name (their mentions, facts and links), and
    for those named now what every stored input says of them, as resolve_into's _spellings has it."""
    for name, columns in _SPELLINGS.items():
        for column in columns:
            conn.execute(f"INSERT OR IGNORE INTO temp.upd_touched SELECT kind, {column} FROM temp.old_inputs_{name} "
                         "WHERE operation_id IN temp.upd_gone")
            conn.execute(f"INSERT OR IGNORE INTO temp.upd_touched SELECT kind, {column} FROM {ENTITY_INPUTS}_{name} "
                         "WHERE operation_id IN temp.upd_added")
    conn.create_function("resolve_sorted", 1, resolve._sorted_json, deterministic=True)
    # a mention says only that the spelling is spoken (a popular one has thousands: one is looked
    # up), the facts give its roles and whether killed, as _spellings aggregates them
    facts = f"FROM {ENTITY_INPUTS}_facts f WHERE f.kind = t.kind AND f.surface = t.surface"
    conn.execute(
        "INSERT INTO temp.upd_now SELECT kind, surface, roles, coalesce(killed, 0), spoken FROM ("
        f" SELECT t.kind, t.surface, (SELECT json_group_array(DISTINCT role) FILTER (WHERE role != '') {facts}) AS roles,"
        f" (SELECT max(killed) {facts}) AS killed, EXISTS (SELECT 1 FROM {ENTITY_INPUTS}_mentions m "
        f" WHERE m.kind = t.kind AND m.spelling = t.surface) AS spoken, EXISTS (SELECT 1 {facts}) AS stated"
        " FROM temp.upd_touched t) WHERE spoken OR stated")
    conn.execute("UPDATE temp.upd_now SET roles = resolve_sorted(roles) WHERE roles != '[]'")


def _changed_spellings(conn: sqlite3.Connection) -> None:
    """upd_changed: each touched spelling that is new, gone, or whose roles (which its verdicts
    read), killed or spoken (which its entity reads) changed; and every spelling of a link the
    gone or added operations give (a link joins two spellings)."""
    conn.execute("INSERT INTO temp.upd_changed SELECT n.kind, n.surface, 'new' FROM temp.upd_now n "
                 "WHERE NOT EXISTS (SELECT 1 FROM entity_clusters c WHERE c.kind = n.kind AND c.surface = n.surface)")
    conn.execute("INSERT INTO temp.upd_changed SELECT c.kind, c.surface, 'gone' FROM temp.upd_touched t "
                 "JOIN entity_clusters c ON c.kind = t.kind AND c.surface = t.surface WHERE NOT EXISTS "
                 "(SELECT 1 FROM temp.upd_now n WHERE n.kind = t.kind AND n.surface = t.surface)")
    conn.execute("INSERT INTO temp.upd_changed SELECT n.kind, n.surface, CASE WHEN n.roles != c.roles THEN 'roles' "
                 "ELSE 'other' END FROM temp.upd_now n JOIN entity_clusters c ON c.kind = n.kind "
                 "AND c.surface = n.surface WHERE n.roles != c.roles OR n.killed IS NOT c.killed "
                 "OR n.spoken IS NOT c.spoken")
    for table, ops in (("temp.old_inputs_links", "temp.upd_gone"), (f"{ENTITY_INPUTS}_links", "temp.upd_added")):
        for column in ("a", "b"):
            conn.execute(f"INSERT OR IGNORE INTO temp.upd_changed SELECT kind, {column}, 'other' FROM {table} "
                         f"WHERE operation_id IN {ops}")


def _update_verdicts(conn: sqlite3.Connection, version: str) -> None:
    """Key the new spellings, find their candidate pairs among the spellings sharing a blocking
    token with them, judge those and the pairs of spellings whose roles changed; forget the
    verdicts, keys and tokens of gone spellings and the verdicts of changed roles."""
    resolve.create_tables(conn)
    # the universe: new spellings, the stored ones sharing a token with one, those whose roles
    # changed and the spellings they were paired with
    conn.execute("CREATE TEMP TABLE upd_universe (kind TEXT, surface TEXT, PRIMARY KEY (kind, surface)) WITHOUT ROWID")
    conn.execute("INSERT INTO temp.upd_universe SELECT kind, surface FROM temp.upd_changed WHERE how IN ('new', 'roles')")
    new = conn.execute("SELECT kind, surface FROM temp.upd_changed WHERE how = 'new'").fetchall()
    tokens = {(kind, t) for kind, surface in new
              for t in pairs.block_tokens(pairs.key(kind, " ".join(surface.split())))}
    conn.executemany("INSERT OR IGNORE INTO temp.upd_universe SELECT kind, surface FROM entity_blocks "
                     "WHERE version = ? AND kind = ? AND token = ?", ((version, k, t) for k, t in tokens))
    for mine, other in (("a", "b"), ("b", "a")):
        conn.execute(f"INSERT OR IGNORE INTO temp.upd_universe SELECT v.kind, v.{other} FROM {_verdicts_by(mine, 'v')} "
                     f"JOIN temp.upd_changed c ON c.kind = v.kind AND c.surface = v.{mine} AND c.how = 'roles' "
                     "WHERE v.version = ?", (version,))
    conn.execute("DELETE FROM temp.upd_universe WHERE (kind, surface) IN "
                 "(SELECT kind, surface FROM temp.upd_changed WHERE how = 'gone')")
    conn.execute(
        "INSERT INTO temp.resolve_spellings(id, kind, surface, roles, killed, spoken) "
        "SELECT row_number() OVER (ORDER BY u.kind, u.surface) - 1, u.kind, u.surface, "
        "coalesce(n.roles, c.roles), coalesce(n.killed, c.killed), coalesce(n.spoken, c.spoken) "
        "FROM temp.upd_universe u LEFT JOIN temp.upd_now n ON n.kind = u.kind AND n.surface = u.surface "
        "LEFT JOIN entity_clusters c ON c.kind = u.kind AND c.surface = u.surface")
    conn.execute("CREATE UNIQUE INDEX temp.resolve_spelling_names ON resolve_spellings(kind, surface)")
    _known_views(conn, version)
    pairs.key_spellings(conn, "temp.known")
    pairs.find_pairs(conn)
    # the pairs of a spelling whose roles changed, judged again with its roles now
    for mine in ("a", "b"):
        conn.execute(f"INSERT OR IGNORE INTO temp.resolve_pairs SELECT x.id, y.id FROM {_verdicts_by(mine, 'v')} "
                     f"JOIN temp.upd_changed c ON c.kind = v.kind AND c.surface = v.{mine} AND c.how = 'roles' "
                     "JOIN temp.resolve_spellings x ON x.kind = v.kind AND x.surface = v.a "
                     "JOIN temp.resolve_spellings y ON y.kind = v.kind AND y.surface = v.b WHERE v.version = ?",
                     (version,))
    resolve.judge_pairs(conn)
    _drop_known_views(conn)
    for mine in ("a", "b"):
        conn.execute(f"DELETE FROM {_verdicts_by(mine)} WHERE version = ? AND (kind, {mine}) IN "
                     "(SELECT kind, surface FROM temp.upd_changed WHERE how IN ('gone', 'roles'))", (version,))
    conn.execute(f"INSERT INTO entity_verdicts SELECT ?, * FROM ({resolve.VERDICT_ROWS})", (version,))
    gone = "(SELECT kind, surface FROM temp.upd_changed WHERE how = 'gone')"
    conn.execute(f"DELETE FROM entity_spellings WHERE version = ? AND (kind, surface) IN {gone}", (version,))
    conn.execute(f"DELETE FROM entity_blocks WHERE version = ? AND (kind, surface) IN {gone}", (version,))
    conn.execute(f"INSERT INTO entity_spellings SELECT ?, * FROM ({resolve.SPELLING_ROWS} WHERE new)", (version,))
    conn.execute("INSERT INTO entity_blocks SELECT ?, b.kind, b.token, s.surface FROM temp.resolve_blocks b "
                 "JOIN temp.resolve_spellings s ON s.id = b.id WHERE s.new", (version,))
    conn.execute("DROP TABLE temp.upd_universe")
    resolve.drop_tables(conn)


def _known_views(conn: sqlite3.Connection, version: str) -> None:
    from warfile.store.entities import KNOWN
    for name, table in KNOWN.items():
        conn.execute(f"DROP VIEW IF EXISTS temp.known_{name}")
        conn.execute(f"CREATE TEMP VIEW known_{name} AS SELECT * FROM main.{table} "
                     f"WHERE version = '{version}'")  # a hex digest: nothing to quote


def _drop_known_views(conn: sqlite3.Connection) -> None:
    from warfile.store.entities import KNOWN
    for name in KNOWN:
        conn.execute(f"DROP VIEW IF EXISTS temp.known_{name}")


def _grow_region(conn: sqlite3.Connection, version: str) -> None:
    """upd_region: the changed spellings (but gone ones) and, until nothing is added, the old
    cluster of each, and each spelling a 'same' verdict or a link joins to one; upd_old_roots:
    the old clusters of the region and of the gone spellings."""
    frontier = [tuple(r) for r in conn.execute("SELECT kind, surface FROM temp.upd_changed")]
    conn.execute("INSERT INTO temp.upd_region SELECT kind, surface FROM temp.upd_changed WHERE how != 'gone'")
    seen = set(frontier)
    while frontier:
        found: set[tuple[str, str]] = set()
        for kind, surface in frontier:
            root = conn.execute("SELECT root FROM entity_clusters WHERE kind = ? AND surface = ?",
                                (kind, surface)).fetchone()
            if root is not None:
                conn.execute("INSERT OR IGNORE INTO temp.upd_old_roots VALUES (?, ?)", (kind, root[0]))
                found.update(conn.execute("SELECT kind, surface FROM entity_clusters WHERE kind = ? AND root = ?",
                                          (kind, root[0])))
            found.update(conn.execute(
                "SELECT kind, b FROM entity_verdicts WHERE version = ?1 AND kind = ?2 AND a = ?3 AND decision = 'same' "
                f"UNION SELECT kind, a FROM {_verdicts_by('b')} WHERE version = ?1 AND kind = ?2 AND b = ?3 "
                "AND decision = 'same' "
                f"UNION SELECT kind, b FROM {ENTITY_INPUTS}_links WHERE kind = ?2 AND a = ?3 "
                f"UNION SELECT kind, a FROM {ENTITY_INPUTS}_links WHERE kind = ?2 AND b = ?3", (version, kind, surface)))
        frontier = [s for s in found if s not in seen]
        seen.update(frontier)
        # a spelling found through an old cluster may be gone: it is not named now
        conn.executemany("INSERT OR IGNORE INTO temp.upd_region SELECT ?1, ?2 WHERE NOT EXISTS (SELECT 1 FROM "
                         "temp.upd_changed WHERE kind = ?1 AND surface = ?2 AND how = 'gone')", frontier)


def _cluster_region(conn: sqlite3.Connection, version: str) -> None:
    """resolve.cluster_spellings over the region: its spellings with what is said of them now, the
    links among them in the order stored and the verdicts on their pairs."""
    resolve.create_tables(conn)
    conn.execute(
        "INSERT INTO temp.resolve_spellings(id, kind, surface, roles, killed, spoken) "
        "SELECT row_number() OVER (ORDER BY r.kind, r.surface) - 1, r.kind, r.surface, "
        "coalesce(n.roles, c.roles), coalesce(n.killed, c.killed), coalesce(n.spoken, c.spoken) "
        "FROM temp.upd_region r LEFT JOIN temp.upd_now n ON n.kind = r.kind AND n.surface = r.surface "
        "LEFT JOIN entity_clusters c ON c.kind = r.kind AND c.surface = r.surface")
    conn.execute("CREATE UNIQUE INDEX temp.resolve_spelling_names ON resolve_spellings(kind, surface)")
    conn.execute(f"INSERT INTO temp.resolve_links SELECT l.kind, l.a, l.b FROM {ENTITY_INPUTS}_links l "
                 "JOIN temp.upd_region r ON r.kind = l.kind AND r.surface = l.a "
                 f"ORDER BY {', '.join('l.' + c.strip() for c in resolve.STORED_LINK_ORDER.split(','))}")
    conn.execute("INSERT INTO temp.resolve_verdicts SELECT x.id, y.id, v.decision, v.score, v.reason "
                 "FROM temp.resolve_spellings x JOIN entity_verdicts v ON v.version = ? AND v.kind = x.kind "
                 "AND v.a = x.surface JOIN temp.resolve_spellings y ON y.kind = v.kind AND y.surface = v.b", (version,))
    resolve.cluster_spellings(conn)


def _entity_ids(conn: sqlite3.Connection) -> dict[str, str]:
    """Make the entities' ids unique again, in order of the clusters' roots as resolve_into does,
    over the region's clusters and the stored ones whose ids could be the same (_related_bases);
    the region's entities get their ids in upd_entity_of, and the stored entities whose id moved
    are returned (old: new)."""
    built = conn.execute("SELECT b.kind, r.surface, b.base FROM temp.resolve_built b "
                         "JOIN temp.resolve_spellings r ON r.id = b.root").fetchall()
    bases = _related_bases(conn, {b for _, _, b in built} | {r[0] for r in conn.execute(
        "SELECT base FROM entity_names WHERE (kind, root) IN temp.upd_old_roots")})
    rows = [(kind, root, base, None) for kind, root, base in built]
    rows += conn.execute("SELECT n.kind, n.root, n.base, n.entity_id FROM entity_names n "
                         "WHERE n.base IN (SELECT value FROM json_each(?)) AND (n.kind, n.root) NOT IN "
                         "temp.upd_old_roots", (json.dumps(sorted(bases)),)).fetchall()
    rows.sort(key=lambda r: (r[0], r[1]))
    taken: set[str] = set()
    renamed: dict[str, str] = {}
    region: dict[tuple[str, str], str] = {}
    for kind, root, base, stored in rows:
        eid, k = base, 1
        while eid in taken:
            k += 1
            eid = f"{base} {k}"
        taken.add(eid)
        if stored is None:
            region[(kind, root)] = eid
        elif stored != eid:
            renamed[stored] = eid
    conn.execute("CREATE TEMP TABLE upd_region_ids (kind TEXT, root TEXT, entity_id TEXT)")
    conn.executemany("INSERT INTO temp.upd_region_ids VALUES (?, ?, ?)", ((k, r, e) for (k, r), e in region.items()))
    # the region's built entities under their ids now
    conn.execute("CREATE TEMP TABLE upd_built AS SELECT i.entity_id AS id, b.kind, b.name, b.killed, r.surface AS root, "
                 "b.base, b.id AS built_id FROM temp.resolve_built b JOIN temp.resolve_spellings r ON r.id = b.root "
                 "JOIN temp.upd_region_ids i ON i.kind = b.kind AND i.root = r.surface")
    conn.execute("INSERT INTO temp.upd_entity_of SELECT s.kind, s.surface, u.id FROM temp.resolve_spellings s "
                 "LEFT JOIN temp.resolve_entity_of e ON e.id = s.id "
                 "LEFT JOIN temp.upd_built u ON u.built_id = e.entity_id")
    conn.execute("DROP TABLE temp.upd_region_ids")
    return renamed


def _related_bases(conn: sqlite3.Connection, bases: set[str]) -> set[str]:
    """These bases and every stored one whose ids could be one of theirs: an id is its base or
    the base and ' 2', ' 3'..., so base 'x' meets 'x 2' (whose id 'x 2' the second 'x' would
    take) and the bases such a one meets in turn. Clusters of other bases keep their ids."""
    out = set(bases)
    frontier = set(bases)
    while frontier:
        found: set[str] = set()
        for base in frontier:
            found.update(r[0] for r in conn.execute(
                "SELECT DISTINCT base FROM entity_names WHERE base > ? AND base < ?", (base + " ", base + "!"))
                if _NUMBERED.fullmatch(r[0][len(base):]))
            numbered = _NUMBERED.search(base)
            if numbered:
                found.add(base[:numbered.start()])
        frontier = found - out
        out |= frontier
    return out


_NUMBERED = re.compile(r" [0-9]+$")


def _write_entities(conn: sqlite3.Connection, renamed: dict[str, str], version: str) -> None:
    """Delete the rows of the region's old entities, of renamed ones and of the gone operations;
    write those of the region's entities, of renamed ones and the mentions of added operations."""
    conn.execute("INSERT OR IGNORE INTO temp.upd_old_ids SELECT entity_id FROM entity_names "
                 "WHERE (kind, root) IN temp.upd_old_roots")
    conn.executemany("INSERT OR IGNORE INTO temp.upd_old_ids VALUES (?)", ((i,) for i in renamed))
    conn.execute("INSERT INTO temp.upd_new_ids SELECT id FROM temp.upd_built")
    conn.executemany("INSERT OR IGNORE INTO temp.upd_new_ids VALUES (?)", ((i,) for i in renamed.values()))
    # renamed entities: their rows as stored, under the new id; their spellings' entity
    conn.execute("CREATE TEMP TABLE upd_renamed (old TEXT PRIMARY KEY, new TEXT)")
    conn.executemany("INSERT INTO temp.upd_renamed VALUES (?, ?)", renamed.items())
    conn.execute("CREATE TEMP TABLE upd_moved AS SELECT r.new AS id, e.kind, e.name, e.killed FROM temp.upd_renamed r "
                 "JOIN entities e ON e.id = r.old")
    conn.execute("CREATE TEMP TABLE upd_moved_aliases AS SELECT r.new AS entity_id, a.alias, a.origin "
                 "FROM temp.upd_renamed r JOIN entity_aliases a ON a.entity_id = r.old")
    conn.execute("INSERT INTO temp.upd_entity_of SELECT c.kind, c.surface, r.new FROM temp.upd_renamed r "
                 "JOIN entity_names n ON n.entity_id = r.old JOIN entity_clusters c ON c.kind = n.kind AND c.root = n.root")
    for table, column in (("entities", "id"), ("entity_aliases", "entity_id"), ("mentions", "entity_id")):
        conn.execute(f"DELETE FROM {table} WHERE {column} IN temp.upd_old_ids")
    conn.execute("DELETE FROM entity_candidates WHERE a IN temp.upd_old_ids OR b IN temp.upd_old_ids")
    conn.execute("DELETE FROM mentions WHERE operation_id IN temp.upd_gone")
    conn.execute("INSERT INTO entities(id, kind, name, killed) SELECT id, kind, name, killed FROM temp.upd_built "
                 "UNION ALL SELECT id, kind, name, killed FROM temp.upd_moved")
    conn.execute("INSERT INTO entity_aliases(entity_id, alias, origin) SELECT DISTINCT u.id, a.alias, 'auto' "
                 "FROM temp.resolve_aliases a JOIN temp.upd_built u ON u.built_id = a.entity_id "
                 "UNION ALL SELECT entity_id, alias, origin FROM temp.upd_moved_aliases")
    group = "1, 2, 3, 4, 5, 6, 7, 8, 9"
    conn.execute(f"INSERT INTO mentions(entity_id, {_MENTION_COLUMNS}) SELECT e.entity_id, m.operation_id, "
                 "m.document_id, m.side, m.role, m.surface, m.span_start, m.span_end, m.event_idx "
                 f"FROM temp.upd_entity_of e JOIN {ENTITY_INPUTS}_mentions m ON m.kind = e.kind AND m.spelling = e.surface "
                 f"WHERE e.entity_id IS NOT NULL GROUP BY {group}")
    # mentions of the added operations whose spelling is not one of those (its entity unchanged)
    conn.execute(f"INSERT INTO mentions(entity_id, {_MENTION_COLUMNS}) SELECT n.entity_id, m.operation_id, "
                 "m.document_id, m.side, m.role, m.surface, m.span_start, m.span_end, m.event_idx "
                 f"FROM {ENTITY_INPUTS}_mentions m JOIN entity_clusters c ON c.kind = m.kind AND c.surface = m.spelling "
                 "JOIN entity_names n ON n.kind = c.kind AND n.root = c.root "
                 "WHERE m.operation_id IN temp.upd_added AND NOT EXISTS (SELECT 1 FROM temp.upd_entity_of e "
                 "WHERE e.kind = m.kind AND e.surface = m.spelling) "
                 f"GROUP BY {group}")
    _write_candidates(conn, version)
    for table in ("upd_moved", "upd_moved_aliases"):
        conn.execute(f"DROP TABLE temp.{table}")


def _write_candidates(conn: sqlite3.Connection, version: str) -> None:
    """The doubtful pairs touching an entity written now: per pair of entities, the best of the
    'maybe' verdicts between their spellings and the 'same' pairs the region's clustering could
    not join (resolve.CANDIDATE_ROWS: highest score, a 'same' pair first, then by spellings)."""
    conn.execute("CREATE TEMP TABLE upd_candidates (x TEXT, y TEXT, score REAL, reason TEXT, phase INTEGER, "
                 "sa TEXT, sb TEXT)")
    # a spelling's entity: in upd_entity_of for those written now (none for some), else as stored
    entity = ("CASE WHEN EXISTS (SELECT 1 FROM temp.upd_entity_of e WHERE e.kind = v.kind AND e.surface = v.{s}) "
              "THEN (SELECT e.entity_id FROM temp.upd_entity_of e WHERE e.kind = v.kind AND e.surface = v.{s}) "
              "ELSE (SELECT n.entity_id FROM entity_clusters c JOIN entity_names n ON n.kind = c.kind "
              "AND n.root = c.root WHERE c.kind = v.kind AND c.surface = v.{s}) END")
    for mine in ("a", "b"):
        conn.execute(f"INSERT INTO temp.upd_candidates SELECT {entity.format(s='a')}, {entity.format(s='b')}, "
                     f"v.score, v.reason, 1, v.a, v.b FROM {_verdicts_by(mine, 'v')} JOIN temp.upd_entity_of e "
                     f"ON e.kind = v.kind AND e.surface = v.{mine} WHERE v.version = ? AND v.decision = 'maybe'",
                     (version,))
    conn.execute("INSERT INTO temp.upd_candidates SELECT ex.entity_id, ey.entity_id, c.score, c.reason, c.phase, "
                 "sx.surface, sy.surface FROM temp.resolve_candidates c "
                 "JOIN temp.resolve_spellings sx ON sx.id = c.x JOIN temp.resolve_spellings sy ON sy.id = c.y "
                 "JOIN temp.upd_entity_of ex ON ex.kind = sx.kind AND ex.surface = sx.surface "
                 "JOIN temp.upd_entity_of ey ON ey.kind = sy.kind AND ey.surface = sy.surface WHERE c.phase = 0")
    conn.execute(
        "INSERT INTO entity_candidates(a, b, score, reason) SELECT a, b, score, reason FROM ("
        " SELECT min(x, y) AS a, max(x, y) AS b, score, reason,"
        "  row_number() OVER (PARTITION BY min(x, y), max(x, y) ORDER BY score DESC, phase, sa, sb) AS n"
        " FROM (SELECT DISTINCT * FROM temp.upd_candidates) WHERE x IS NOT NULL AND y IS NOT NULL AND x != y) "
        "WHERE n = 1")
    conn.execute("DROP TABLE temp.upd_candidates")


def _write_state(conn: sqlite3.Connection, version: str) -> None:
    """entity_clusters and entity_names as a refresh over every name leaves them."""
    gone = "(SELECT kind, surface FROM temp.upd_changed WHERE how = 'gone')"
    conn.execute(f"DELETE FROM entity_clusters WHERE (kind, surface) IN {gone} OR (kind, surface) IN temp.upd_region")
    conn.execute("INSERT INTO entity_clusters SELECT ?, s.kind, s.surface, s.roles, s.killed, s.spoken, r.surface "
                 "FROM temp.resolve_roots x JOIN temp.resolve_spellings s ON s.id = x.id "
                 "JOIN temp.resolve_spellings r ON r.id = x.root", (version,))
    conn.execute("DELETE FROM entity_names WHERE (kind, root) IN temp.upd_old_roots")
    conn.execute("UPDATE entity_names SET entity_id = (SELECT new FROM temp.upd_renamed WHERE old = entity_id) "
                 "WHERE entity_id IN (SELECT old FROM temp.upd_renamed)")
    conn.execute("INSERT INTO entity_names SELECT kind, root, base, id FROM temp.upd_built")
    for table in ("upd_built", "upd_renamed"):
        conn.execute(f"DROP TABLE temp.{table}")

