"""Reader for a scraper's database saved as SQL: ``sqlite3 db .dump``, or a mysqldump / pg_dump of
INSERT statements.

The statements are run in an in-memory SQLite database (the faithful way to read SQL's literals:
``'…'`` with ``''`` for a quote, ``replace('…\\n…','\\n',char(10))``, ``unistr('\\u000a')``, NULL,
numbers). Only ``CREATE TABLE``, ``INSERT``/``REPLACE`` and pg_dump's ``COPY … FROM stdin`` blocks are
run, each on its own, under an authorizer that refuses ``ATTACH``, a cap on the database's size and
a budget of work; a statement SQLite refuses is repaired when it can be (a MySQL table's options, a
pg schema's name, a table never created) and skipped when it cannot. MySQL's backslash escapes are
rewritten as SQLite's.

Then the tables are read by what they hold: the article is the longest text cell (its table the
pages; among several pages, one whose infobox rows exist, the longest); the infobox is a table of
one row per parameter (``page_id, param, value``, a side index maybe) or a table whose columns are
the parameters. The parameters are read as MediaWiki's reader reads ``{{Infobox military conflict}}``
(its label mapping, its rendering of values). The article's markup decides how it is read: wikitext
by the MediaWiki reader (the box put back as its template), plain text or HTML written out as the
HTML page it stands for (``== Heading ==`` lines headings, paragraphs by blank lines or, in an API
extract, one a line). Categories, links, references, fetch logs are not read; a redirect's title
is kept as another name of the page.
"""
from __future__ import annotations

import dataclasses
import html as html_escape
import json
import re
import sqlite3

from warfile.model import SIDE_KEYS, Document, RawField
from warfile.readers import _text, html, mediawiki
from warfile.readers.labels import field_for_label

SHAPE = "sql-dump"

# ---------------------------------------------------------------- detection

# Statements a dump is made of, at a line's start.
_CUES = (
    re.compile(r"^\s*INSERT\s+(?:OR\s+\w+\s+|IGNORE\s+)?INTO\s", re.M | re.I),
    re.compile(r"^\s*CREATE\s+(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+)?TABLE\s", re.M | re.I),
    re.compile(r"^\s*(?:BEGIN(?:\s+TRANSACTION)?|COMMIT|START\s+TRANSACTION|PRAGMA\s+\w+.*|SET\s+[\w@.]+\s*=.*|"
               r"LOCK\s+TABLES\s.*|UNLOCK\s+TABLES|DROP\s+TABLE\s.*)\s*;\s*$", re.M | re.I),
    re.compile(r"^--\s*(?:MySQL dump|MariaDB dump|PostgreSQL database dump|Dumped (?:from|by))|^/\*!\d{5}", re.M | re.I),
)
# The statement a dump opens with (after its comments): a page quoting SQL in its prose does not.
# (its comments, and the ";" after MySQL's "/*!40101 SET … */", skipped in an atomic group: no backtracking)
_OPENING = re.compile(r"\A\ufeff?(?>(?:\s+|--[^\n]*|/\*.*?\*/|;)*)(?:PRAGMA|BEGIN|CREATE|INSERT|SET|DROP|LOCK|START|"
                      r"SELECT\s+pg_catalog|\\connect)\b", re.I | re.S)
_SCORE_PER_CUE = 0.3
_MAX_SCORE = 0.96  # above every page reader (as a mail's): the page is read once the container is opened


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    upper = head.upper()
    if "INSERT " not in upper and "CREATE TABLE" not in upper:
        return 0.0  # every dump holds one of them (asked of every document: no pattern before this)
    if not _OPENING.match(head):
        return 0.0
    kinds = sum(1 for cue in _CUES if cue.search(head))
    return 0.0 if kinds < 2 else min(_MAX_SCORE, _SCORE_PER_CUE * kinds + 0.04)


# ---------------------------------------------------------------- statements

_MAX_CHARS = 32_000_000  # a dump larger than this is read to here
_MAX_PAGES = 32_768  # SQLite pages of 4 KiB: the in-memory database stays under 128 MiB
_PROGRESS_STEP = 10_000  # VM instructions between calls of the progress handler
_PROGRESS_CALLS = 50_000  # calls before the work is stopped (a recursive INSERT … SELECT)

_SPECIAL = re.compile(r"['\"`;\[]|--|/\*")
_QUOTED = re.compile(r"'(?:[^']|'')*'")
_QUOTED_ESCAPED = re.compile(r"'(?:[^'\\]|\\.|'')*'", re.S)
_IDENTIFIER_QUOTES = {'"': re.compile(r'"(?:[^"]|"")*"'), "`": re.compile(r"`[^`]*`"), "[": re.compile(r"\[[^\]\n]*\]")}
_BACKSLASH = re.compile(r"\\(.)|''", re.S)
_BACKSLASH_CHARS = {"n": "\n", "r": "\r", "t": "\t", "0": "", "Z": "\x1a", "b": "\b"}
_MYSQL = ("ENGINE=", "-- MySQL dump", "-- MariaDB dump", "/*!40", "LOCK TABLES")
_COPY = re.compile(r"^\s*COPY\s+(?P<table>[\w.\"]+)\s*\((?P<columns>[^)]*)\)\s+FROM\s+stdin\s*$", re.I | re.S)
_COPY_END = "\n\\.\n"


def _unescaped(literal: str) -> str:
    """A literal written with backslash escapes (MySQL's ``'It\\'s'``, pg's ``E'…'``) as SQLite's."""
    body = _BACKSLASH.sub(lambda m: "'" if m.group(1) is None else _BACKSLASH_CHARS.get(m.group(1), m.group(1)),
                          literal[1:-1])
    return "'" + body.replace("'", "''") + "'"


def _statements(text: str) -> list[tuple[str, str | None]]:
    """The dump's statements, comments left out, each with the data of a ``COPY … FROM stdin``."""
    backslashes = any(cue in text for cue in _MYSQL)
    out: list[tuple[str, str | None]] = []
    parts: list[str] = []  # the statement so far
    chunk = pos = 0  # where the text not yet in parts starts; where to search from
    while True:
        m = _SPECIAL.search(text, pos)
        if m is None:
            parts.append(text[chunk:])
            break
        i, token = m.start(), m.group(0)
        if token == "'":
            escaped = i > 0 and text[i - 1] in "Ee" and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] == "_"))
            quoted = (_QUOTED_ESCAPED if backslashes or escaped else _QUOTED).match(text, i)
            end = quoted.end() if quoted else len(text)
            if quoted and (escaped or (backslashes and "\\" in quoted.group(0))):
                parts.append(text[chunk:i - 1 if escaped else i])
                parts.append(_unescaped(quoted.group(0)))
                chunk = end
            pos = end
        elif token in _IDENTIFIER_QUOTES:
            quoted = _IDENTIFIER_QUOTES[token].match(text, i)
            pos = quoted.end() if quoted else i + 1
        elif token in ("--", "/*"):
            parts.append(text[chunk:i])
            end = text.find("\n" if token == "--" else "*/", i + 2)
            pos = chunk = len(text) if end < 0 else end + (0 if token == "--" else 2)
        else:  # ";"
            parts.append(text[chunk:i])
            statement = "".join(parts).strip()
            parts, pos, chunk = [], i + 1, i + 1
            data = None
            if statement[:4].upper() == "COPY" and _COPY.match(statement):
                end = text.find(_COPY_END, i)
                end = len(text) if end < 0 else end
                data, pos, chunk = text[i + 1:end], end + len(_COPY_END), end + len(_COPY_END)
            if statement:
                out.append((statement, data))
    rest = "".join(parts).strip()
    if rest:
        out.append((rest, None))
    return out


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_NAME = r"(?:\"(?:[^\"]|\"\")+\"|`[^`]+`|\[[^\]]+\]|[\w$]+)"
_CREATE = re.compile(rf"^\s*CREATE\s+(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"
                     rf"(?:{_NAME}\s*\.\s*)?(?P<name>{_NAME})\s*\(", re.I)
_INSERT = re.compile(rf"^\s*(?:INSERT|REPLACE)\s+(?:OR\s+\w+\s+|IGNORE\s+)?INTO\s+(?:{_NAME}\s*\.\s*)?(?P<name>{_NAME})"
                     rf"\s*(?:\((?P<columns>[^)]*)\))?\s*VALUES\s*\(", re.I)
_SCHEMA = re.compile(rf"^(\s*(?:(?:INSERT|REPLACE)\s+(?:OR\s+\w+\s+|IGNORE\s+)?INTO|CREATE\s+(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+)?"
                     rf"TABLE(?:\s+IF\s+NOT\s+EXISTS)?)\s+){_NAME}\s*\.\s*", re.I)
_NOT_COLUMN = re.compile(r"^(?:PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|CHECK|FULLTEXT|SPATIAL|EXCLUDE|LIKE)\b", re.I)
_RUN = {"CREATE", "INSERT", "REPLACE"}
_COLUMN = re.compile(rf"({_NAME})(?:\s+([A-Za-z]+))?")


def _bare(name: str) -> str:
    name = name.strip()
    if name[:1] in "\"`[" and len(name) > 1:
        name = name[1:-1].replace('""', '"') if name[0] == '"' else name[1:-1]
    return name


def _top_level(body: str, start: int) -> tuple[list[str], int]:
    """The comma-separated pieces of the parenthesis opening at ``body[start]``, and where it closes."""
    pieces, depth, at, i = [], 0, start + 1, start
    while i < len(body):
        c = body[i]
        if c == "'":
            quoted = _QUOTED.match(body, i)
            i = quoted.end() if quoted else len(body)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                pieces.append(body[at:i])
                return pieces, i
        elif c == "," and depth == 1:
            pieces.append(body[at:i])
            at = i + 1
        i += 1
    pieces.append(body[at:])
    return pieces, len(body)


def _loose_table(conn: sqlite3.Connection, name: str, columns: list[tuple[str, str]]) -> None:
    """A table of the columns named (each with its type's first word, which gives SQLite its
    affinity), for a statement SQLite cannot run as written."""
    names: dict[str, str] = {}
    for column, kind in columns:
        if column:
            names.setdefault(column, kind)
    names = names or {"c1": ""}
    listed = ", ".join(f"{_quoted(c)} {kind}".strip() for c, kind in names.items())
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_quoted(name)} ({listed})")


def _repaired(conn: sqlite3.Connection, statement: str) -> bool:
    """Run a statement SQLite refused, repaired: a schema's name dropped, a table created with the
    columns it names (a MySQL table's options and keys, a pg type SQLite has no word for)."""
    statement = _SCHEMA.sub(r"\1", statement, count=1)
    statement = re.sub(r"^(\s*INSERT)\s+IGNORE\b", r"\1 OR IGNORE", statement, count=1, flags=re.I)
    if create := _CREATE.match(statement):
        pieces, _ = _top_level(statement, create.end() - 1)
        columns = [(_bare(m.group(1)), m.group(2) or "") for p in pieces if not _NOT_COLUMN.match(p.strip())
                   and (m := _COLUMN.match(p.strip()))]
        _loose_table(conn, _bare(create["name"]), columns)
        return True
    if insert := _INSERT.match(statement):
        if insert["columns"]:
            columns = [(_bare(c), "") for c in insert["columns"].split(",")]
        else:
            values, _ = _top_level(statement, insert.end() - 1)
            columns = [(f"c{n + 1}", "") for n in range(len(values))]
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (_bare(insert["name"]),))
        if exists.fetchone() is None:
            _loose_table(conn, _bare(insert["name"]), columns)
        conn.execute(statement)
        return True
    return False


_COPY_ESCAPES = re.compile(r"\\(.)")


def _copy(conn: sqlite3.Connection, statement: str, data: str) -> None:
    """pg_dump's ``COPY t (a, b) FROM stdin;`` and its tab-separated rows (``\\N`` a NULL)."""
    m = _COPY.match(statement)
    if m is None:
        return
    table = _bare(m["table"].split(".")[-1])
    columns = [_bare(c) for c in m["columns"].split(",")]
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()
    if exists is None:
        _loose_table(conn, table, [(c, "") for c in columns])
    rows = []
    for line in data.split("\n"):
        if not line:
            continue
        cells = [None if c == "\\N" else _COPY_ESCAPES.sub(lambda e: _BACKSLASH_CHARS.get(e.group(1), e.group(1)), c)
                 for c in line.split("\t")]
        rows.append((cells + [None] * len(columns))[:len(columns)])
    marks = ", ".join("?" for _ in columns)
    conn.executemany(f"INSERT INTO {_quoted(table)} ({', '.join(_quoted(c) for c in columns)}) VALUES ({marks})", rows)


def _unistr(s: object) -> object:
    """SQLite 3.50's ``unistr('…\\u000a…')``, which newer dumps write control characters with."""
    if not isinstance(s, str):
        return s
    return re.sub(r"\\(?:u([0-9a-fA-F]{4})|\+([0-9a-fA-F]{6})|U([0-9a-fA-F]{8})|(\\))",
                  lambda m: "\\" if m.group(4) else chr(min(int(m.group(1) or m.group(2) or m.group(3), 16), 0x10FFFF)), s)


_DENIED = {getattr(sqlite3, "SQLITE_ATTACH", 24), getattr(sqlite3, "SQLITE_DETACH", 25)}
_DENIED_FUNCTIONS = {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"}


def _authorize(action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None) -> int:
    if action in _DENIED:
        return sqlite3.SQLITE_DENY
    if action == getattr(sqlite3, "SQLITE_FUNCTION", 31) and (arg2 or "").lower() in _DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _database(text: str, warnings: list[str]) -> sqlite3.Connection:
    """The dump's tables, in memory."""
    if len(text) > _MAX_CHARS:
        warnings.append(f"dump of {len(text)} characters read to its first {_MAX_CHARS}")
        text = text[:_MAX_CHARS]
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute(f"PRAGMA max_page_count = {_MAX_PAGES}")
    conn.create_function("unistr", 1, _unistr, deterministic=True)
    conn.set_authorizer(_authorize)
    calls = [0]

    def progress() -> int:
        calls[0] += 1
        return 1 if calls[0] > _PROGRESS_CALLS else 0
    conn.set_progress_handler(progress, _PROGRESS_STEP)
    failed = 0
    conn.execute("BEGIN")
    for statement, data in _statements(text):
        verb = statement.split(None, 1)[0].upper() if statement.split() else ""
        if data is not None:
            try:
                _copy(conn, statement, data)
            except sqlite3.Error:
                failed += 1
            continue
        if verb not in _RUN or verb == "CREATE" and not _CREATE.match(statement):
            continue  # transactions, pragmas, indexes, views, triggers, settings: nothing a page holds
        try:
            conn.execute(statement)
        except sqlite3.Error as e:
            if calls[0] > _PROGRESS_CALLS or "full" in str(e):
                warnings.append(f"dump not read to its end: {e}")
                break
            try:
                if not _repaired(conn, statement):
                    failed += 1
            except sqlite3.Error:
                failed += 1
    if failed:
        warnings.append(f"{failed} statement(s) of the dump not run")
    conn.set_progress_handler(None, 0)
    return conn


# ---------------------------------------------------------------- tables

_ID_COLUMNS = ("page_id", "pageid", "article_id", "rev_page", "id", "page", "article")
_TITLE_COLUMNS = ("title", "page_title", "article_title", "page_name", "pagename", "name", "heading", "subject")
_PARAM_COLUMNS = ("param", "parameter", "param_name", "key", "field", "label", "attribute", "property", "prop", "name")
_VALUE_COLUMNS = ("value", "param_value", "val", "content", "text")
_SIDE_COLUMNS = ("side", "side_index", "side_no", "column", "col", "party", "belligerent")
_ORDER_COLUMNS = ("position", "pos", "ord", "ordinal", "seq", "sequence", "idx", "sort", "sortkey", "order", "row")
_TEMPLATE_COLUMNS = ("template", "infobox", "template_name", "box")
_REDIRECT_FLAGS = ("is_redirect", "redirect", "page_is_redirect", "isredirect")
_REDIRECT_TARGETS = ("redirect_to", "redirect_target", "rd_title", "target", "redirects_to")
_BOX_TEMPLATE = re.compile(r"military|conflict|battle|operation|war\b|attack|siege", re.I)
_REDIRECT_TEXT = re.compile(r"^\s*#REDIRECT\b", re.I)
SIDE_KEYS_SET = frozenset(SIDE_KEYS)
_MIN_ARTICLE = 100  # characters: a shorter longest cell is no article
_MIN_BOX_PARAMS = 2
_CANDIDATES = 50


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({_quoted(table)})")]


def _pick(columns: list[str], wanted: tuple[str, ...]) -> str | None:
    by_lower = {c.lower(): c for c in columns}
    return next((by_lower[w] for w in wanted if w in by_lower), None)


def _article_column(conn: sqlite3.Connection, tables: dict[str, list[str]]) -> tuple[str, str] | None:
    """(table, column) of the longest text cell in the database."""
    best, length = None, 0
    for table, columns in tables.items():
        for column in columns:
            n = conn.execute(f"SELECT max(length({_quoted(column)})) FROM {_quoted(table)} "
                             f"WHERE typeof({_quoted(column)}) = 'text'").fetchone()[0] or 0
            if n > length:
                best, length = (table, column), n
    return best if length >= _MIN_ARTICLE else None


@dataclasses.dataclass
class _Box:
    table: str
    param: str
    value: str
    link: str | None
    side: str | None
    order: str | None
    template: str | None


def _box_table(conn: sqlite3.Connection, tables: dict[str, list[str]], article: str | None) -> _Box | None:
    """The table of one row per infobox parameter with the most rows naming a box's field."""
    best, most = None, 0
    for table, columns in tables.items():
        param = _pick(columns, _PARAM_COLUMNS)
        value = _pick([c for c in columns if c != param], _VALUE_COLUMNS)
        if param is None or value is None or table == article and param.lower() == "name":
            continue
        names = [r[0] for r in conn.execute(f"SELECT DISTINCT {_quoted(param)} FROM {_quoted(table)} LIMIT 500")]
        mapped = sum(1 for n in names if isinstance(n, str) and len(n) <= 40 and field_for_label(n))
        if mapped >= _MIN_BOX_PARAMS and mapped > most:
            rest = [c for c in columns if c not in (param, value)]
            best, most = _Box(table, param, value, _pick(rest, _ID_COLUMNS), _pick(rest, _SIDE_COLUMNS),
                              _pick(rest, _ORDER_COLUMNS), _pick(rest, _TEMPLATE_COLUMNS)), mapped
    return best


def _box_params(conn: sqlite3.Connection, box: _Box, page_id: object) -> list[tuple[str, str]]:
    """(parameter, value) rows of the page's box in their order, a side index folded into the name
    ("combatant" of side 1 is "combatant1"), a parameter given over several rows one value of lines."""
    columns = [box.param, box.value] + [c for c in (box.side, box.template) if c]
    where, args = "", ()
    if box.link is not None and page_id is not None:  # (compared as text: a COPY's rows are text in an untyped table)
        where, args = f" WHERE CAST({_quoted(box.link)} AS TEXT) = ?", (str(page_id),)
    order = f"{_quoted(box.order)}, rowid" if box.order else "rowid"
    rows = conn.execute(f"SELECT {', '.join(_quoted(c) for c in columns)} FROM {_quoted(box.table)}{where} "
                        f"ORDER BY {order}", args).fetchall()
    if box.template is not None:
        counts: dict[object, int] = {}
        for row in rows:
            if isinstance(row[0], str) and field_for_label(row[0]):
                counts[row[-1]] = counts.get(row[-1], 0) + 1 + bool(_BOX_TEMPLATE.search(str(row[-1] or "")))
        if len(counts) > 1:
            chosen = max(counts, key=lambda t: counts[t])
            rows = [row for row in rows if row[-1] == chosen]
    sides = [row[2] for row in rows if box.side and isinstance(row[2], int)]
    first = 0 if sides and min(sides) == 0 else 1
    params: dict[str, list[str]] = {}
    for row in rows:
        name, value = row[0], row[1]
        if not isinstance(name, str) or value is None or not str(value).strip():
            continue
        if box.side and isinstance(row[2], int) and not re.search(r"\d", name):
            name = f"{name}{row[2] - first + 1}"
        params.setdefault(name.strip(), []).append(str(value))
    return [(name, "\n".join(values)) for name, values in params.items()]


def _wide_params(conn: sqlite3.Connection, tables: dict[str, list[str]], article: str, row: dict[str, object],
                 link: object) -> list[tuple[str, str]]:
    """A box kept as a table whose columns are its parameters (one row a page), or as JSON in a
    column of the page's own row."""
    for value in row.values():
        if isinstance(value, str) and value.lstrip().startswith("{") and len(value) < 100_000:
            try:
                data = json.loads(value)
            except ValueError:
                continue
            if isinstance(data, dict):
                pairs = [(str(k), v if isinstance(v, str) else "\n".join(map(str, v)) if isinstance(v, list) else str(v))
                         for k, v in data.items() if v is not None]
                if sum(1 for k, _ in pairs if field_for_label(k)) >= _MIN_BOX_PARAMS + 1:
                    return pairs
    for table, columns in tables.items():
        keys = {c: f[0] for c in columns if (f := field_for_label(c)) and f[0] != "name"}
        if len(keys) < _MIN_BOX_PARAMS + 1 or not SIDE_KEYS_SET.intersection(keys.values()):
            continue
        mapped = list(keys)
        if table == article:
            values = row
        else:
            key = _pick(columns, _ID_COLUMNS)
            if key is None or link is None:
                continue
            found = conn.execute(f"SELECT * FROM {_quoted(table)} WHERE CAST({_quoted(key)} AS TEXT) = ? LIMIT 1",
                                 (str(link),))
            names = [d[0] for d in found.description]
            hit = found.fetchone()
            if hit is None:
                continue
            values = dict(zip(names, hit))
        pairs = [(c, str(values[c])) for c in mapped if values.get(c) not in (None, "")]
        if pairs:
            return pairs
    return []


@dataclasses.dataclass
class _Page:
    title: str | None
    text: str
    params: list[tuple[str, str]]
    redirects: list[str]


def _page(conn: sqlite3.Connection) -> _Page | None:
    tables = {name: _columns(conn, name) for (name,) in
              conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    found = _article_column(conn, tables)
    box = _box_table(conn, tables, found[0] if found else None)
    if found is None:
        if box is None:
            return None
        params = _box_params(conn, box, None)
        title = next((v for k, v in params if (f := field_for_label(k)) and f[0] == "name"), None)
        return _Page(title, "", params, [])
    table, column = found
    columns = tables[table]
    key = _pick(columns, _ID_COLUMNS)
    title_column = _pick([c for c in columns if c != column], _TITLE_COLUMNS)
    flag, target = _pick(columns, _REDIRECT_FLAGS), _pick(columns, _REDIRECT_TARGETS)
    cursor = conn.execute(f"SELECT * FROM {_quoted(table)} WHERE typeof({_quoted(column)}) = 'text' "
                          f"ORDER BY length({_quoted(column)}) DESC LIMIT {_CANDIDATES}")
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r)) for r in cursor.fetchall()]
    rows = [r for r in rows if not (flag and r.get(flag) not in (None, 0, "0", "", "false", "f"))
            and not _REDIRECT_TEXT.match(str(r[column]))] or rows
    with_box: set[object] = set()
    if box is not None and box.link is not None:
        with_box = {str(r[0]) for r in conn.execute(f"SELECT DISTINCT {_quoted(box.link)} FROM {_quoted(box.table)}")}
    row = next((r for r in rows if key and str(r.get(key)) in with_box), rows[0])
    page_id = row.get(key) if key else None
    title = str(row[title_column]).replace("_", " ").strip() if title_column and row.get(title_column) else None
    params = _box_params(conn, box, page_id) if box is not None else []
    params = params or _wide_params(conn, tables, table, row, page_id)
    redirects: list[str] = []
    if title_column and (flag or target):
        conditions = [f"{_quoted(flag)} NOT IN (0, '0', '', 'false', 'f')"] if flag else []
        conditions += [f"{_quoted(target)} IS NOT NULL"] if target else []
        for other in conn.execute(f"SELECT {_quoted(title_column)}, {_quoted(target) if target else 'NULL'} "
                                  f"FROM {_quoted(table)} WHERE {' OR '.join(conditions)} LIMIT 100"):
            name = str(other[0] or "").replace("_", " ").strip()
            if name and name != title and (other[1] is None or str(other[1]).replace("_", " ").strip() == title):
                redirects.append(name)
    return _Page(title, str(row[column]), params, redirects)


# ---------------------------------------------------------------- the page

_WIKI_MARKS = ("[[", "{{", "'''", "<ref")
_HTML_BLOCKS = re.compile(r"<(?:p|div|h[1-6]|table|ul|ol|li|br|section|article|body)\b[^>]*>", re.I)
_MIN_HTML_TAGS = 2


def _markup(text: str) -> str:
    head = text[:_text.SCORE_WINDOW]
    if len(_HTML_BLOCKS.findall(head)) >= _MIN_HTML_TAGS and "[[" not in head and "{{" not in head:
        return "html"
    if any(mark in head for mark in _WIKI_MARKS) or mediawiki.score(head) >= 0.4:
        return "wikitext"
    return "plain"


def _template(params: list[tuple[str, str]]) -> str:
    """The box's parameters as the ``{{Infobox military conflict}}`` they were read from."""
    lines = ["{{Infobox military conflict"]
    for name, value in params:
        name = re.sub(r"[|=}{\n]", " ", name).strip()
        if "[[" not in value and "{{" not in value:  # a plain value's bar and braces: no new parameter, no end
            value = value.replace("|", "{{!}}").replace("}}", "} }")
        lines.append(f"| {name} = {value}")
    return "\n".join(lines) + "\n}}\n"


def _box_fields(params: list[tuple[str, str]]) -> tuple[RawField, ...]:
    return mediawiki.read(_template(params)).infobox if params else ()


_ROW_LABELS = {"aliases": "Also known as", "date": "Date", "place": "Location", "result": "Result",
               "civilian_casualties": "Civilian casualties"}
_SECTION_LABELS = {"belligerents": "Belligerents", "supporters": "Supported by", "commanders": "Commanders and leaders",
                   "units": "Units involved", "strength": "Strength", "casualties": "Casualties and losses"}


def _cell(text: str) -> str:
    return "<br>".join(html_escape.escape(line.strip(), quote=False) for line in text.splitlines() if line.strip())


def box_html(fields: tuple[RawField, ...]) -> str:
    """A box's fields written out as the infobox the HTML reader reads."""
    if not fields:
        return ""
    width = max([2] + [f.side + 1 for f in fields if f.side is not None])
    rows = []
    name = next((f.text for f in fields if f.key == "name"), None)
    if name:
        rows.append(f"<tr><th colspan={width}>{_cell(name.splitlines()[0])}</th></tr>")
    rows += [f"<tr><td colspan={width}>Part of {_cell(f.text)}</td></tr>" for f in fields if f.key == "part_of"]
    for key, label in _ROW_LABELS.items():
        if key == "civilian_casualties":
            continue
        rows += [f"<tr><th>{label}</th><td>{_cell(f.text)}</td></tr>" for f in fields if f.key == key]
    for key, label in _SECTION_LABELS.items():
        sided = [f for f in fields if f.key == key and f.side is not None]
        if sided:
            cells = ["\n".join(f.text for f in sided if f.side == side) for side in range(width)]
            rows.append(f"<tr><th colspan={width}>{label}</th></tr>")
            rows.append("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in cells) + "</tr>")
        rows += [f"<tr><th>{label}</th><td>{_cell(f.text)}</td></tr>" for f in fields if f.key == key and f.side is None]
    rows += [f"<tr><th>Civilian casualties</th><td>{_cell(f.text)}</td></tr>" for f in fields
             if f.key == "civilian_casualties"]
    return '<table class="infobox">' + "".join(rows) + "</table>"


_HEADING = re.compile(r"^(={1,6})\s*(.+?)\s*\1\s*$")
_ITEM = re.compile(r"^\s*(?:[*•]|-(?=\s))\s*(.*)$")
_WRAPPED_LINE = 100  # characters: an API extract keeps a paragraph on one line, a wrapped text breaks before
_LONG_SHARE = 0.1


def plain_blocks(text: str) -> list[str]:
    """Plain text (an API's ``explaintext`` extract, or a wrapped text) as HTML blocks: ``== Heading ==``
    lines headings, paragraphs by blank lines, or one a line where lines are not wrapped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body = [ln for ln in lines if ln.strip() and not _HEADING.match(ln.strip())]
    wrapped = len(body) > 0 and any(not ln.strip() for ln in lines) \
        and sum(len(ln) > _WRAPPED_LINE for ln in body) <= _LONG_SHARE * len(body)
    out = html.Blocks()
    for line in lines:
        words = html_escape.escape(line.strip(), quote=False)
        if heading := _HEADING.match(line.strip()):
            out.flush()
            level = min(6, max(2, len(heading.group(1))))
            out.blocks.append(f"<h{level}>{html_escape.escape(heading.group(2), quote=False)}</h{level}>")
        elif not words:
            out.flush()
        elif item := _ITEM.match(line):
            if out.para:
                out.flush()
            out.items.append(f"<li>{html_escape.escape(item.group(1).strip(), quote=False)}</li>")
        else:
            if out.items:
                out.flush()
            out.para.append(words)
            if not wrapped:
                out.flush()
    out.flush()
    return out.blocks


_INFOBOX = re.compile(r"\{\{\s*infobox|<table[^>]*class=[\"'][^\"']*infobox", re.I)
_HTML_SHELL = re.compile(r"<!doctype[^>]*>|<\?xml[^>]*>|</?html\b[^>]*>|<head\b.*?</head>|</?body\b[^>]*>", re.I | re.S)


def _read(text: str) -> Document:
    warnings: list[str] = []
    conn = _database(text, warnings)
    try:
        page = _page(conn)
    finally:
        conn.close()
    if page is None:
        return Document(text="", shape=SHAPE, warnings=tuple(warnings) + ("no article found in the dump",))
    own_box = bool(_INFOBOX.search(page.text))  # the article keeps its own box: the rows are not put back
    if _markup(page.text) == "wikitext":
        source = page.text if own_box or not page.params else _template(page.params) + page.text
        doc = mediawiki.read(source)
    else:
        fields = () if own_box else _box_fields(page.params)
        title = html_escape.escape(page.title, quote=False) if page.title else None
        body = _HTML_SHELL.sub("", page.text) if _markup(page.text) == "html" else "".join(plain_blocks(page.text))
        blocks = ([f"<h1>{title}</h1>"] if title else []) + [box_html(fields), body]
        doc = html.read(html.page(title, blocks))
    return dataclasses.replace(doc, shape=SHAPE, title=page.title or doc.title,
                               meta=doc.meta + tuple(("redirect", name) for name in page.redirects),
                               warnings=tuple(warnings) + doc.warnings)


read = _text.never_raising(SHAPE, _read)
