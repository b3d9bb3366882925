"""Split infobox columns that a flattened shape ran together into sides.

Readers of flattened pages (plain text, a run-on citations paragraph) cannot see where one
column ends, so they emit per-side fields with ``side=None``. :func:`assign_sides` decides the
sides from generic cues:

- belligerents: a "Supported by:" block closes a side (its entries become that side's
  supporters); a state name ("Syrian Arab Republic") opens the government side; in a column
  layout a blank line starts a new column unless the block before was a lone state name (its
  allies follow it) or the block is of the same camp as a run-on side;
- commanders, units, supporters: the one monotone split that best agrees with the sides'
  belligerents (a role naming a side's group) and with state vs insurgent cue words;
- casualties: a claimant that comes back ("opposition claim" ... "opposition claim") starts the
  next side; figures naming civilians go to ``civilian_casualties``;
- strength: a second personnel figure, or "Unknown", starts the next side; "Unknown" is dropped.

When nothing tells the side, a run-on entry stays with the side of the entry before it (a column
layout's lone value goes to the first side). The number of sides is the number of belligerent
columns. Cue words live in :mod:`warfile.extract.lexicon_sides`.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from warfile.extract import lexicon_sides as lex
from warfile.extract.lexicon import CASUALTY_WORDS, EQUIPMENT_NOUNS, GROUP_TAILS
from warfile.model import SIDE_KEYS, RawField, Span

# Sides assumed when no belligerent states how many there are: an infobox has two columns far
# more often than any other number.
DEFAULT_SIDES = 2

_CITATION = re.compile(r"\[[^\]]{1,12}\]")
_RULE_LINE = re.compile(r"^\s*[-–—_=*]{3,}\s*$")
# A line opening with "(" or "†" continues the entry above it: "Hilal al-Assad\n(Latakia NDF commander)".
_CONTINUATION = re.compile(r"^\s*[(†]")
_CASUALTY_WORD = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for ws in CASUALTY_WORDS.values() for w in sorted(ws, key=len, reverse=True))
    + r")\b", re.IGNORECASE)
_CASUALTY_CATEGORY = {w: cat for cat, ws in CASUALTY_WORDS.items() for w in ws}
# A strength entry's figure and the noun it counts: "c. 2,500 cadres" -> "cadres".
_FIGURE_NOUN = re.compile(r"\D{0,12}\d[\d,.]*(?:\s*[–—-]\s*\d[\d,.]*)?\+?\s+([a-z][a-z-]*)")
# Inside one line, a new "Name (role)" entry starts after a role parenthesis.
_AFTER_ROLE = re.compile(r"\)(?:\s*†)?(?:\[[^\]]{1,12}\])*\s*(?=[A-Z])")
# Inside a strength line, a new figure or "Unknown" starts the next entry when the text before it
# ends with a unit word, a parenthesis or a citation mark ("4,000 fighters Unknown").
_NEXT_FIGURE = re.compile(r"\s+(?=(?:Unknown\b|\d[\d,.]*(?:\s*[–—-]\s*\d[\d,.]*)?\+?\s+\w))")


@dataclass(frozen=True, slots=True)
class _Entry:
    """One entry of a field: text[start:end] of fields[index], in block `block`."""

    index: int
    start: int
    end: int
    block: int
    text: str


def assign_sides(fields: Sequence[RawField]) -> tuple[RawField, ...]:
    """The fields with every per-side (SIDE_KEYS) field carrying a side; see the module doc."""
    fields = _panel_sides(_named_lines(_line_columns(_tab_cells(tuple(fields)))))
    if not any(f.key in SIDE_KEYS and f.side is None for f in fields):
        return fields
    try:
        return _assign(fields)
    except Exception:  # odd input never raises out of extraction: keep the fields as they were
        return fields


def _assign(fields: tuple[RawField, ...]) -> tuple[RawField, ...]:
    unsided = [i for i, f in enumerate(fields) if f.key in SIDE_KEYS and f.side is None]
    run_on = _is_run_on([fields[i] for i in unsided])
    # (entry, key, side or None) per unsided field index
    placed: dict[int, list[tuple[_Entry, str, int | None]]] = {i: [] for i in unsided}

    bell = [i for i in unsided if fields[i].key == "belligerents"]
    groups = _belligerent_groups(fields, bell, run_on, placed)
    known = {f.side for f in fields if f.key == "belligerents" and f.side is not None}
    n = max(len(groups), max(known, default=-1) + 1) or DEFAULT_SIDES
    profiles = _profiles(fields, groups, n)

    both_columns = False  # a row of the run-on so far held entries of more than one column
    for key in ("supporters", "commanders", "units", "strength", "casualties"):
        idx = [i for i in unsided if fields[i].key == key]
        if not idx:
            continue
        entries = [e for i in idx for e in _entries(fields, i, key, run_on)]
        split = _split(key, entries, n, profiles, run_on, both_columns)
        for e, k, side in split:
            placed[e.index].append((e, k, side))
        both_columns = both_columns or len({s for _, k, s in split if s is not None and k != "civilian_casualties"}) > 1

    out: list[RawField] = []
    last_side = 0
    for i, f in enumerate(fields):
        if i not in placed:
            out.append(f)
            continue
        resolved: list[tuple[_Entry, str, int | None]] = []
        for e, k, side in sorted(placed[i], key=lambda t: t[0].start):
            if k != "civilian_casualties":
                side = min(last_side if side is None and run_on else side or 0, n - 1)
                last_side = side
            resolved.append((e, k, side))
        out.extend(_pieces(f, resolved))
    return tuple(out)


def _panel_sides(fields: tuple[RawField, ...]) -> tuple[RawField, ...]:
    """A fact panel listing each side's rows in turn ("Defenders: …", "Commander: …", "Strength: …",
    then "Attackers: …", "Commander: …"): each belligerents row opens the next side, and the rows
    after it up to the next one are that side's. Only when every such row is followed by another
    side's row before the next belligerents row (a column's entries in rows of their own follow one
    another) and no per-side row has a side yet."""
    bell = [i for i, f in enumerate(fields) if f.key == "belligerents"]
    if len(bell) < 2 or any(f.side is not None for f in fields if f.key in SIDE_KEYS):
        return fields
    bounds = bell + [len(fields)]
    if not all(any(fields[j].key in SIDE_KEYS for j in range(a + 1, b)) for a, b in zip(bounds, bounds[1:])):
        return fields
    out = list(fields)
    for side, (a, b) in enumerate(zip(bounds, bounds[1:])):
        for j in range(a, b):
            if out[j].key in SIDE_KEYS:
                out[j] = dataclasses.replace(out[j], side=side)
    return tuple(out)


# A tab between two pieces of text: the cell boundary a table row copied from a browser keeps.
_CELL_TAB = re.compile(r"\S[ \u00a0]*\t")


def _tab_cells(fields: tuple[RawField, ...]) -> tuple[RawField, ...]:
    """Rows copied from a rendered infobox keep its columns apart with tabs:
    "Kurdistan Region<TAB>Islamic State", "1,200 fighters<TAB>4,000 militants". When the belligerents
    are written so, each per-side field with a tab is cut at its tabs and the text after the k-th
    tab is side k (a cell of several lines keeps its lines; an empty cell gives nothing). Fields
    without a tab are left to the column rules below."""
    bell = [f for f in fields if f.key == "belligerents" and f.side is None]
    if not any(_CELL_TAB.search(f.text) for f in bell) or any(_tabbed_lines(f.text) for f in bell):
        return fields
    # every row opening with a tab ("<TAB> United Kingdom<TAB> Argentina") is a column of flag icons,
    # not an empty first cell
    icons = all(f.text.startswith("\t") for f in bell)
    out: list[RawField] = []
    for f in fields:
        if icons and f.text.startswith("\t"):
            f = _part(f, 1, len(f.text), f.key, f.side)
        if f.key not in SIDE_KEYS or f.side is not None or "\t" not in f.text:
            out.append(f)
            continue
        lines = f.text.split("\n")
        if len(lines) > 1 and all("\t" in ln for ln in lines):
            out.extend(_row_cells(f))  # each line a row of the table: its k-th cell is side k
            continue
        # a line opening with a tab has an empty first cell: it goes on the second column
        # ("Pakistan<TAB>Tehrik-i-Taliban Pakistan" / "<TAB>Tehreek-e-Nafaz…"); so does a row's first
        # line ("<TAB>38th Commando Brigade" under "Mujahideen<TAB>Democratic Republic of Afghanistan")
        text = f.text.replace("\n\t", "\n ")
        out.extend(_sided_cells(dataclasses.replace(f, text=text) if text != f.text else f, "\t"))
    return tuple(out)


# Two spaces or more, a tab or a spaced middle dot between entries of one line: a mirror that writes
# each column on a line.
_WIDE_GAP = re.compile(r"(?<=\S)(?:[ \u00a0]{2,}|[ \u00a0]*\t[ \u00a0]*|[ \u00a0]+[·•][ \u00a0]+)(?=\S)")
_MAX_SIDES = 3


def _row_cells(f: RawField) -> list[RawField]:
    """A field whose every line is a row of tab-separated cells ("Fidel Sánchez (President)<TAB>
    Oswaldo López (President)" over "Gen. José Medrano<TAB>Capt. Fernando Soto"): the k-th cell of
    each line is side k."""
    out, start = [], 0
    for line in f.text.split("\n"):
        at = start
        for side, cell in enumerate(line.split("\t")):
            a, b = _strip(f.text, at, at + len(cell))
            if a < b:
                out.append(_part(f, a, b, f.key, side))
            at += len(cell) + 1
        start += len(line) + 1
    return out


def _tabbed_lines(text: str) -> bool:
    """Whether the lines of a belligerents field are columns whose entries tabs separate ("France<TAB>
    Mali<TAB>Chad<TAB>Supported by:…" over "Ansar Dine<TAB>…"), not rows of tab-separated columns:
    every line holds a tab, and the lines hold different numbers of entries or more than a box has
    columns."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not 2 <= len(lines) <= _MAX_SIDES or not all(_CELL_TAB.search(ln) for ln in lines):
        return False
    counts = [len([c for c in ln.split("\t") if c.strip()]) for ln in lines]
    return len(set(counts)) > 1 or max(counts) > _MAX_SIDES
_GLUED_SUPPORT = re.compile(r"(?<=[^\s:])(?=(?:Supported|Backed) by:)")


def _line_columns(fields: tuple[RawField, ...]) -> tuple[RawField, ...]:
    """A mirror that writes each column of a row on a line of its own, its entries two spaces apart
    ("Chad  Supported by:  France" / "Libya  Democratic Revolutionary Council"): when the
    belligerents are two or three such lines, and one of them holds such a gap, the k-th line of
    every per-side field with as many lines is side k, its entries one per line."""
    bell = [f for f in fields if f.key == "belligerents" and f.side is None]
    if len(bell) != 1:
        return fields
    lines = [ln for ln in bell[0].text.split("\n")]
    n = len(lines)
    if not 2 <= n <= _MAX_SIDES or any(not ln.strip() for ln in lines) or not any(_WIDE_GAP.search(ln) for ln in lines):
        return fields
    out: list[RawField] = []
    for f in fields:
        rows = f.text.split("\n")
        if f.key not in SIDE_KEYS or f.side is not None or len(rows) != n or any(not r.strip() for r in rows):
            out.append(f)
            continue
        out.extend(_sided_cells(f, "\n", lambda cell: _GLUED_SUPPORT.sub("\n", _WIDE_GAP.sub("\n", cell))))
    return tuple(out)


# A line (or "; "-separated piece) of a row opening with the side it is about: "Japan: Combined Fleet",
# "Russia: 8 battleships, 3 coastal defence ships" under "Combatants Empire of Japan; Russian Empire".
_NAMED_LINE = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}):[ \t]+(?=\S)")
_NAMED_PIECES = re.compile(r"\n|;[ \t]+")
_BELLIGERENT_PIECES = re.compile(r"\s*(?:\n|;)\s*")


_SIDE_ROLES = {"attackers": 0, "attacker": 0, "besiegers": 0, "defenders": 1, "defender": 1, "garrison": 1}


def _names_side(prefix: str, names: list[str]) -> int | None:
    """The one belligerent entry a side prefix names: a word of it, or its stem ("Russia" for
    "Russian Empire", "Japan" for "Empire of Japan"); None when none or several do."""
    if (role := _SIDE_ROLES.get(prefix.casefold().strip())) is not None and role < len(names):
        return role  # "Defenders: c. 7,000 men": a box naming its sides by their part lists the attackers first
    words = [w for w in re.split(r"[\s.-]+", prefix.casefold()) if len(w) >= 4]
    known = lex.STATE_SHORT_NAMES.get(prefix.casefold().strip(), ())
    hits = set()
    for j, name in enumerate(names):
        if any(re.search(r"\b" + re.escape(alias) + r"\b", name.casefold()) for alias in known):
            hits.add(j)
            continue
        tokens = _name_tokens(name) | {w for w in re.split(r"[\s-]+", name.casefold()) if len(w) >= 4}
        for w in words:
            stem = w.rstrip("aeiouy") if len(w.rstrip("aeiouy")) >= 4 else w
            if any(t == w or t.startswith(stem) or w.startswith(t.rstrip("aeiouy") or t) for t in tokens):
                hits.add(j)
    return hits.pop() if len(hits) == 1 else None


def _named_lines(fields: tuple[RawField, ...]) -> tuple[RawField, ...]:
    """Rows whose lines name their side ("Japan: Admiral Tōgō" / "Russia: Vice-Admiral
    Rozhdestvensky", or "Alpoim Calvão (Portugal); Sékou Touré (Guinea)"), under one belligerents row
    listing the sides ("Empire of Japan; Russian Empire", cut into its entries in order) or under
    belligerents rows that have their sides ("Attackers: Portugal", "Defenders: Guinea"): each line
    goes to the side it names, the name dropped. Only when the lines name two sides or more and every
    side is named by one; an unnamed line stays with the line before it."""
    bell = [f for f in fields if f.key == "belligerents" and f.side is None]
    sided = [f for f in fields if f.key == "belligerents" and f.side is not None]
    cells: list[tuple[int, int]] = []
    if len(bell) == 1 and not sided:
        at = 0
        for m in [*_BELLIGERENT_PIECES.finditer(bell[0].text), None]:
            end = m.start() if m else len(bell[0].text)
            a, b = _strip(bell[0].text, at, end)
            if a < b:
                cells.append((a, b))
            at = m.end() if m else at
        names = [_clean(bell[0].text[a:b]) for a, b in cells]
    elif sided and not bell:
        names = [" ".join(f.text for f in sided if f.side == k) for k in range(max(f.side for f in sided) + 1)]
    else:
        return fields
    if not 2 <= len(names) <= _MAX_SIDES + 1:
        return fields
    placed: dict[int, list[RawField]] = {}
    named: set[int] = set()
    for i, f in enumerate(fields):
        if f.key not in SIDE_KEYS or f.key == "belligerents" or f.side is not None:
            continue
        parts = _prefixed_parts(f, names) or _suffixed_parts(f, names)
        named.update(p.side for p in parts)
        if parts:
            placed[i] = parts
    if len(named) < 2 or named != set(range(len(names))):
        return fields
    out: list[RawField] = []
    for i, f in enumerate(fields):
        if bell and f is bell[0]:
            out.extend(_part(f, a, b, f.key, side) for side, (a, b) in enumerate(cells))
        else:
            out.extend(placed.get(i, [f]))
    return tuple(out)


def _prefixed_parts(f: RawField, names: list[str]) -> list[RawField]:
    """A field's lines (or "; " pieces) each opening with the side it is about ("Japan: …"); [] when
    none does, or a line before the first does not."""
    starts = []  # (where a named piece starts, where its value starts, its side)
    for m in [None, *_NAMED_PIECES.finditer(f.text)]:
        at = m.end() if m else 0
        piece = _NAMED_LINE.match(f.text, at)
        if piece and (j := _names_side(piece["name"], names)) is not None:
            starts.append((at, piece.end(), j))
        elif piece and m is not None and m.group(0) == "\n":
            return []  # a line naming someone no side is ("Defenders and inhabitants: …"): not for this rule
    if not starts or f.text[:starts[0][0]].strip():
        return []
    parts = []
    for k, (_, value, j) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(f.text)
        a, b = _strip(f.text, value, end)
        while b > a and f.text[b - 1] in ";,":
            b -= 1
        if a < b:
            parts.append(_part(f, a, b, f.key, j))
    return parts


_NAMED_AFTER = re.compile(r"\s*\((?P<name>[^()]{2,40})\)\s*[;,]?\s*$")


def _suffixed_parts(f: RawField, names: list[str]) -> list[RawField]:
    """A field's pieces each closing with the side it is about in brackets ("Alpoim Calvão
    (Portugal); Sékou Touré (Guinea)"), the brackets dropped; [] unless every piece names one."""
    parts, at = [], 0
    for m in [*_NAMED_PIECES.finditer(f.text), None]:
        end = m.start() if m else len(f.text)
        a, b = _strip(f.text, at, end)
        at = m.end() if m else end
        if a >= b:
            continue
        after = _NAMED_AFTER.search(f.text, a, b)
        j = _names_side(after["name"], names) if after else None
        if j is None:
            return []
        parts.append(_part(f, a, after.start(), f.key, j))
    return parts


def _sided_cells(f: RawField, separator: str, tidy=lambda cell: cell) -> list[RawField]:
    """The field cut at ``separator``: the k-th non-empty cell is side k (tidied by ``tidy``)."""
    out, start = [], 0
    for side, cell in enumerate(f.text.split(separator)):
        a, b = _strip(f.text, start, start + len(cell))
        start += len(cell) + 1
        if a < b:
            out.append(_part(f, a, b, f.key, side, tidy(f.text[a:b])))
    return out


def _part(f: RawField, a: int, b: int, key: str, side: int | None, text: str | None = None) -> RawField:
    """A field for f.text[a:b] (or ``text`` made from it), its span narrowed to that part when the
    field's text is its span's slice."""
    span = f.span
    if span and span.end - span.start == len(f.text):
        span = Span(span.start + a, span.start + b)
    return RawField(key=key, text=f.text[a:b] if text is None else text, side=side, span=span)


def _is_run_on(unsided: list[RawField]) -> bool:
    """Whether the fields are entries of a run-on paragraph rather than stacked columns.

    A reader of a run-on paragraph emits one field per entry (so a key repeats) and no field
    holds a line break; a column layout gives one multi-line field per section.
    """
    keys = [f.key for f in unsided]
    repeated = len(keys) != len(set(keys))
    return repeated or not any("\n" in f.text.strip() for f in unsided)


# ---------------------------------------------------------------- entries

def _entries(fields: tuple[RawField, ...], i: int, key: str, run_on: bool) -> list[_Entry]:
    """A field's entries: lines (continuation lines joined), blank lines separating blocks."""
    text = fields[i].text
    out: list[_Entry] = []
    block = i * 1000  # entries of different fields never share a block
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lstart, lend = pos, pos + len(body)
        pos += len(line)
        if not body.strip() or _RULE_LINE.match(body):  # a blank line, or a rule ("–––") between columns
            block += 1
            continue
        if key in ("commanders", "casualties") and out and _CONTINUATION.match(body) and out[-1].block == block:
            prev = out.pop()
            out.append(_Entry(i, prev.start, lend, block, text[prev.start:lend]))
            continue
        for a, b in _cut_line(body, key):
            a, b = _strip(text, lstart + a, lstart + b)
            if a < b:
                out.append(_Entry(i, a, b, block, text[a:b]))
    return out


def _cut_line(line: str, key: str) -> list[tuple[int, int]]:
    cuts = [0]
    if key == "commanders":
        cuts += [m.end() for m in _AFTER_ROLE.finditer(line)]
    elif key == "strength":
        for m in _NEXT_FIGURE.finditer(line):
            before = line[cuts[-1]:m.start()].strip().lower()
            last = before.split()[-1] if before.split() else ""
            if (last.strip(",;") in lex.PERSONNEL_UNITS or last.endswith((")", "]", "s"))
                    or lex.UNKNOWN.match(last)):
                cuts.append(m.end())
    cuts.append(len(line))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if line[a:b].strip()]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "*•"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _clean(s: str) -> str:
    s = _CITATION.sub(" ", s).replace("’", "'").replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip(" *•†,;")


# ---------------------------------------------------------------- belligerents

def _belligerent_groups(fields, bell: list[int], run_on: bool,
                        placed: dict[int, list[tuple[_Entry, str, int | None]]]) -> list[list[str]]:
    """Cut the unsided belligerent entries into sides; record where each entry goes.

    A lone state's allies may follow it in a block of their own; when taking the next block as
    such allies would leave the box one side ("Israel" / "Hezbollah, Amal Movement" / "Supported
    by: Iran"), that block is the other column after all."""
    found: dict[int, list[tuple[_Entry, str, int | None]]] = {}
    groups = _cut_belligerents(fields, bell, run_on, found, allies_follow=True)
    if len(groups) == 1 and not run_on:
        apart: dict[int, list[tuple[_Entry, str, int | None]]] = {}
        alone = _cut_belligerents(fields, bell, run_on, apart, allies_follow=False)
        if len(alone) > 1:
            groups, found = alone, apart
    if len(groups) == 1 and len(groups[0]) == 2 and all(_clean(n) in lex.STATE_NAMES for n in groups[0]):
        # two states and nothing else ("Belligerents Paraguay Bolivia"): a war between them
        second = groups[0][1]
        groups = [[groups[0][0]], [second]]
        found = {i: [(e, k, 1 if e.text == second else side) for e, k, side in rows] for i, rows in found.items()}
    for index, rows in found.items():
        placed[index].extend(rows)
    return groups


def _cut_belligerents(fields, bell: list[int], run_on: bool,
                      placed: dict[int, list[tuple[_Entry, str, int | None]]], allies_follow: bool) -> list[list[str]]:
    groups: list[list[str]] = []
    closed = False
    lone_state = False  # the current side so far is a single state name on its own block
    entries = [e for i in bell for e in _entries(fields, i, "belligerents", run_on)]
    blocks: list[list[_Entry]] = []
    for e in entries:
        if blocks and blocks[-1][-1].block == e.block and not run_on and not lex.SUPPORTED_BY.match(e.text):
            blocks[-1].append(e)
        else:  # a "Support:" line inside a block opens a block of its own ("Turkey / Syrian rebels / Support:")
            blocks.append([e])
    blocks = _bulleted_supporters_apart(fields, blocks)
    bare_head = False  # a "Supported by:" line alone in its block: its entries are the next block
    for block in blocks:
        head = lex.SUPPORTED_BY.match(block[0].text)
        if head or bare_head:
            rest = block[0].text[head.end():].strip() if head else ""
            supporters = ([_Entry(block[0].index, block[0].end - len(rest), block[0].end, block[0].block, rest)]
                          if rest else []) + block[1:] if head else block
            side = max(len(groups) - 1, 0)
            for s in supporters:
                placed.setdefault(s.index, []).append((s, "supporters", side))
            closed = True
            bare_head = bool(head) and not supporters
            continue
        for j, e in enumerate(block):
            name = _clean(e.text)
            state = bool(lex.STATE_NAME.fullmatch(name))
            camp = lex.STATE if state else _camp(name)
            cur = _camp_of(groups[-1]) if groups else None
            if not groups or closed:
                new = True
            elif state and (cur == lex.INSURGENT or (run_on and not _has_state_name(groups[-1]))):
                # A state after insurgent groups opens the government column; in a run-on, where
                # columns have no other boundary, so does a state after groups of no known camp.
                new = True
            elif j == 0 and not run_on:
                block_names = [_clean(x.text) for x in block]
                block_camp = _camp_of(block_names)
                opposed = block_camp and cur and block_camp != cur
                # A lone state's allies follow it in their own block; another state is a column,
                # unless the block opens with an armed group ("al-Quds Brigades … Russia" below
                # "Syrian Arab Republic" are its allies; "Artsakh, Armenia" below "Azerbaijan" are not).
                allies = allies_follow and lone_state and block_camp != _other(cur) and (
                    not _has_state_name(block_names) or _is_armed_group(block_names[0]))
                new = bool(opposed) or not allies
            else:
                new = bool(run_on and camp and cur and camp != cur)
            if new:
                groups.append([])
                closed = False
            groups[-1].append(name)
            placed.setdefault(e.index, []).append((e, "belligerents", len(groups) - 1))
        lone_state = len(groups[-1]) == 1 and len(block) == 1 and bool(lex.STATE_NAME.fullmatch(groups[-1][0]))
    return groups


def _bulleted_supporters_apart(fields, blocks: list[list[_Entry]]) -> list[list[_Entry]]:
    """After a bare "Support:" head, bulleted entries are the backers and the first entry without
    a bullet opens the next column: "Support:" / "• United States" / "Islamic State"."""
    out: list[list[_Entry]] = []
    for block in blocks:
        head = out[-1] if out else None
        if head is not None and len(head) == 1 and _is_bare_head(head[0].text) and _has_bullet(fields, block[0]):
            cut = next((i for i, e in enumerate(block) if not _has_bullet(fields, e)), len(block))
            out.append(block[:cut])
            if cut < len(block):
                out.append(block[cut:])
            continue
        out.append(block)
    return out


def _is_bare_head(text: str) -> bool:
    m = lex.SUPPORTED_BY.match(text)
    return bool(m) and not text[m.end():].strip()


def _has_bullet(fields, e: _Entry) -> bool:
    text = fields[e.index].text
    line_start = text.rfind("\n", 0, e.start) + 1
    return any(c in "*•" for c in text[line_start:e.start])


def _is_armed_group(name: str) -> bool:
    """A name ending in a word of armed groups ("al-Quds Brigades", "Popular Mobilization Forces")."""
    words = name.split()
    return bool(words) and words[-1] in GROUP_TAILS and not lex.STATE_NAME.fullmatch(name)


def _has_state_name(names: list[str]) -> bool:
    return any(lex.STATE_NAME.fullmatch(n) for n in names)


def _other(camp: str | None) -> str | None:
    return {lex.STATE: lex.INSURGENT, lex.INSURGENT: lex.STATE}.get(camp or "")


# ---------------------------------------------------------------- camps and side profiles

def _cue(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + re.escape(phrase) + r"(?![a-z0-9])")


# Each cue with its phrase: a cue matches only where its phrase occurs, so the cheap `in` test
# comes first (entries are tested against every cue, and hold one or two at most).
_INSURGENT = [(p, _cue(p)) for p in lex.INSURGENT_CUES]
_STATE = [(p, _cue(p)) for p in lex.STATE_CUES]


def _camp(text: str) -> str | None:
    """STATE, INSURGENT or None, from the cue words text holds."""
    t = text.casefold().replace("’", "'")
    ins = 0
    for phrase, rx in _INSURGENT:
        if phrase in t:
            t, k = rx.subn(" ", t)
            ins += k
    st = sum(len(rx.findall(t)) for phrase, rx in _STATE if phrase in t)
    if lex.STATE_NAME.fullmatch(text.strip()):
        st += 1
    return lex.STATE if st > ins else lex.INSURGENT if ins > st else None


def _camp_of(names: list[str]) -> str | None:
    votes = [c for c in map(_camp, names) if c]
    if not votes:
        return None
    st = votes.count(lex.STATE)
    return lex.STATE if st * 2 > len(votes) else lex.INSURGENT if st * 2 < len(votes) else None


@dataclass(frozen=True, slots=True)
class _Profile:
    camp: str | None
    tokens: frozenset[str]  # name words only this side's belligerents use
    demonyms: tuple[re.Pattern[str], ...] = ()  # the people of this side's states ("ukrainian")


def _name_tokens(name: str) -> set[str]:
    """Distinctive words of a group's name, and its acronym ("Free Syrian Army" -> "fsa")."""
    words = re.split(r"[\s\-]+", name.casefold().replace("’", "'"))
    out = {t for t in words if len(t) >= 4 and t not in lex.GENERIC_NAME_WORDS}
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    if len(initials) >= 3:
        out.add(initials.casefold())
    return out


def _profiles(fields: tuple[RawField, ...], groups: list[list[str]], n: int) -> list[_Profile]:
    names: list[list[str]] = [list(g) for g in groups] + [[] for _ in range(max(0, n - len(groups)))]
    for f in fields:
        if f.key == "belligerents" and f.side is not None and 0 <= f.side < n:
            names[f.side] += [_clean(x) for x in f.text.splitlines() if _clean(x)]
    tokens = [set().union(*map(_name_tokens, ns)) if ns else set() for ns in names]
    out = []
    for j, ns in enumerate(names):
        others = set().union(*(t for k, t in enumerate(tokens) if k != j)) if n > 1 else set()
        states = {w for n in ns if lex.STATE_NAME.fullmatch(n) for w in _name_tokens(n)} & (tokens[j] - others)
        demonyms = tuple(rx for w in sorted(states) if (rx := _demonym(w)) is not None)
        out.append(_Profile(_camp_of(ns), frozenset(tokens[j] - others), demonyms))
    return out


def _demonym(token: str) -> re.Pattern[str] | None:
    """'ukraine' -> a pattern for 'ukrainian', 'ukraine's'...; None for stems too short to tell."""
    stem = token.rstrip("aeiouy")
    if len(stem) < lex.DEMONYM_MIN_STEM or not token.isalpha():
        return None
    endings = "|".join(sorted(set(lex.DEMONYM_ENDINGS) | {token[len(stem):]}, key=len, reverse=True))
    return re.compile(r"(?<![a-z0-9])" + re.escape(stem) + r"(?:" + endings + r")(?![a-z0-9])")


def _vote(text: str, p: _Profile) -> int:
    """How much an entry agrees with a side: +2 for naming its group or its state's people
    ("Ukrainian" for "Ukraine"), +1/-1 for its camp."""
    t = text.casefold().replace("’", "'")
    named = any(tok in t and _cue(tok).search(t) for tok in p.tokens) or any(rx.search(t) for rx in p.demonyms)
    v = 2 if named else 0
    camp = _camp(text)
    if camp and p.camp:
        v += 1 if camp == p.camp else -1
    return v


# ---------------------------------------------------------------- splitting one key

def _split(key: str, entries: list[_Entry], n: int, profiles: list[_Profile],
           run_on: bool, both_columns: bool = False) -> list[tuple[_Entry, str, int | None]]:
    out: list[tuple[_Entry, str, int | None]] = []
    # one block per column, the columns a blank line apart, is the layout itself: it beats the cues
    by_blocks = not run_on and len({e.block for e in entries}) == n > 1
    if key == "casualties":
        civ = [e for e in entries if lex.CIVILIAN.search(e.text)]
        out += [(e, "civilian_casualties", None) for e in civ]
        entries = [e for e in entries if e not in civ]
        # the civilians' own block below the columns (a row spanning them) is no column
        by_blocks = not run_on and len({e.block for e in entries}) == n > 1
        sides = _by_layout(entries, n) if by_blocks else _split_on_repeat(entries, _claimant, n)
        if sides is None and (not run_on or both_columns):
            sides = _split_on_repeat(entries, _casualty_kind, n)
        if sides is not None and not run_on and len({e.index for e in entries}) == 1:
            sides = _by_camp(entries, sides, n, profiles)
    elif key == "strength":
        # one block per column beats the figures' kinds: "9 SAS soldiers / 25 gendarmes / 30 askars"
        # then, after a blank line, "250–300 fighters"
        sides = (_by_layout(entries, n) if by_blocks else None) or _split_on_repeat(entries, _unit_kind, n)
    elif by_blocks:
        sides = _by_layout(entries, n)
    elif n == 2 and _unknown_only_last(entries):
        sides = [0] * (len(entries) - 1) + [1]  # "Unknown" last, and only there, holds the last column
    else:
        sides = _best_split(entries, n, profiles)
    if sides is None and not run_on:
        sides = _by_layout(entries, n)
    if key in ("commanders", "units") and (sides is not None or not run_on):
        # a run-on row with no cue at all stays with the column before it (see the module doc)
        sides = _spread_tail(entries, sides, n, profiles)
    for k, e in enumerate(entries):
        side = sides[k] if sides else None
        if key == "strength" and lex.UNKNOWN.match(_clean(e.text)):
            continue  # "Unknown" held the column; it states no figure
        out.append((e, key, side))
    return out


def _by_camp(entries: list[_Entry], sides: list[int], n: int, profiles: list[_Profile]) -> list[int]:
    """One casualties field for both sides ({{Infobox military operation}}) may list the enemy's
    losses first: "3,500 militants killed / 490 soldiers killed" under an army's operation against
    an insurgency. When every part's camp is the other side's and both camps are known, the
    parts swap; otherwise the field's order stands."""
    if n != 2 or len(set(sides)) != 2:
        return sides
    first = profiles[0].camp or _other(profiles[1].camp)  # a side of no known camp is the other's opponent
    second = profiles[1].camp or _other(profiles[0].camp)
    if not first or not second or first == second:
        return sides
    camps = [_camp_of([e.text for e, s in zip(entries, sides) if s == j]) for j in (0, 1)]
    if camps == [second, first]:
        return [1 - s for s in sides]
    return sides


def _unknown_only_last(entries: list[_Entry]) -> bool:
    """Whether the last of several entries, and no other, is "Unknown" (the last column's placeholder)."""
    unknown = [bool(lex.UNKNOWN.match(_clean(e.text))) for e in entries]
    return len(entries) > 1 and unknown[-1] and not any(unknown[:-1])


def _by_layout(entries: list[_Entry], n: int) -> list[int] | None:
    """Column layout without cues: one block per side, else one entry per side."""
    blocks = sorted({e.block for e in entries})
    if len(blocks) == n > 1:
        return [blocks.index(e.block) for e in entries]
    if len(entries) == n > 1:
        return list(range(n))
    return None


def _claimant(e: _Entry) -> str | None:
    m = lex.CLAIMANT.search(e.text)
    if not m:
        return None
    return re.sub(r"\s+", " ", (m.group("a") or m.group("b") or "").casefold()).strip() or None


def _unit_kind(e: _Entry) -> str | None:
    t = _clean(e.text)
    if lex.UNKNOWN.match(t):
        return "unknown"
    words = set(re.findall(r"[a-z]+", t.casefold()))
    if words & set(lex.PERSONNEL_UNITS):
        return "personnel"
    # any other counted plural that is not materiel counts people ("2,500 cadres", "300 sailors")
    m = _FIGURE_NOUN.match(t.casefold())
    noun = m.group(1) if m else ""
    return "personnel" if noun.endswith("s") and noun not in EQUIPMENT_NOUNS else None


def _casualty_kind(e: _Entry) -> str | None:
    """The first casualty category an entry states ('killed', 'captured'...), None for equipment.

    In a column layout whose claims name no claimant twice, a category seen again ("300 killed"
    ... "1,000 killed") starts the next column: one column seldom gives two tallies of its dead.
    """
    m = _CASUALTY_WORD.search(e.text)
    return _CASUALTY_CATEGORY[m.group(0).casefold()] if m else None


def _spread_tail(entries: list[_Entry], sides: list[int] | None, n: int,
                 profiles: list[_Profile]) -> list[int] | None:
    """Give the columns no cue reached their share of the list's tail.

    When the cues (or their absence) leave the last columns empty, the entries after the last
    one with a cue are cut at the even split of the list: four commanders under two
    belligerent columns are two and two unless a cue says otherwise.
    """
    m = len(entries)
    base = sides if sides is not None else [0] * m
    used = max(base, default=-1) + 1
    if m == 0 or used >= n:
        return sides
    # An entry voting the same for every column ("General Staff" when both are states) tells none.
    voted = [i for i, e in enumerate(entries) if len({_vote(e.text, p) for p in profiles[:n]}) > 1]
    start = max((voted[-1] + 1) if voted else 0, -(-m * used // n))
    tail = m - start
    if tail <= 0:
        return sides
    empty = n - used
    return base[:start] + [used + (k * empty) // tail for k in range(tail)]


def _split_on_repeat(entries: list[_Entry], kind, n: int) -> list[int] | None:
    """A kind seen again in the current side (or an "Unknown" column) starts the next side.

    None when nothing repeats: the entries give no sign of a column boundary.
    """
    side, seen, cut = 0, set(), False
    sides: list[int] = []
    for e in entries:
        k = kind(e)
        if k and (k in seen or (k == "unknown" and seen) or "unknown" in seen) and side + 1 < n:
            side, seen, cut = side + 1, set(), True
        if k:
            seen.add(k)
        sides.append(side)
    return sides if cut else None


def _best_split(entries: list[_Entry], n: int, profiles: list[_Profile]) -> list[int] | None:
    """The monotone assignment of entries to sides 0..n-1 that agrees best with the votes.

    Ties keep an entry with the side before it. None when no entry has any cue.
    """
    votes = [[_vote(e.text, p) for p in profiles[:n]] for e in entries]
    if not entries or not any(any(v) for v in votes):
        return None
    m = len(entries)
    # best[i][j]: best score for entries i.. when entry i may use sides j..n-1
    best = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        best[i][n] = -10 ** 9
        for j in range(n - 1, -1, -1):
            best[i][j] = max(votes[i][j] + best[i + 1][j], best[i][j + 1])
    sides, j = [], 0
    for i in range(m):
        while j + 1 < n and votes[i][j] + best[i + 1][j] < best[i][j + 1]:
            j += 1
        sides.append(j)
    return sides


# ---------------------------------------------------------------- building fields

def _pieces(f: RawField, resolved: list[tuple[_Entry, str, int | None]]) -> list[RawField]:
    """Runs of entries with the same key and side become one field each, keeping the source's
    separators (line breaks, blank lines) between their entries."""
    out: list[RawField] = []
    run: list[_Entry] = []
    for n, (e, k, side) in enumerate(resolved):
        run.append(e)
        nxt = resolved[n + 1] if n + 1 < len(resolved) else None
        if nxt and nxt[1] == k and nxt[2] == side and k != "civilian_casualties":
            continue
        out.append(_part(f, run[0].start, run[-1].end, k, side))
        run = []
    return out
