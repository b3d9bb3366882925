"""Reader for markdown with a YAML front matter block (static-site mirrors of Wikipedia articles).

The front matter carries the infobox: ``subject`` (the name), ``date``, ``place`` and ``tags``,
which list the name, what the operation is part of, then one tag per side (belligerents one per
line, "* " lines are that side's units), then category tags. The body is markdown whose paragraphs
are the prose; images, "[object Object]" junk and reference sections are not prose. Spans index the
raw text (front matter values through PyYAML's node marks, paragraphs through markdown-it's line
maps).
"""
from __future__ import annotations

import dataclasses
import json
import re
import tomllib
from functools import lru_cache

import yaml
from markdown_it import MarkdownIt

from warfile.model import SIDE_KEYS, Document, Paragraph, RawField, Span
from warfile.readers import _text, list_box, pipe_table
from warfile.readers.labels import field_for_label, heading_text, is_non_prose_section, tidy_value

SHAPE = "markdown-frontmatter"

_FRONT = re.compile(r"\A\ufeff?\s*---[ \t]*\r?\n(?P<yaml>.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)

# Front matter keys naming the operation-wide infobox rows; the first present wins.
NAME_KEYS = ("subject", "title", "name")
DATE_KEYS = ("date", "dates")
PLACE_KEYS = ("place", "location", "places")
PART_OF_KEYS = ("partof", "part_of")
RESULT_KEYS = ("result",)

# Tags that are categories, not infobox rows: the site copies the article's categories into the
# same list. Matched case-insensitively against the whole tag.
CATEGORY_TAG = re.compile(
    r"^(?:military operations|battles|conflicts|wars|operations|sieges|massacres|attacks|airstrikes"
    r"|history|articles|pages|\d{4} in |\d{4}s? )"
    r"|\b(?:in the .*(?:civil war|war|conflict|insurgency)|involving|category)\b",
    re.IGNORECASE,
)
# A single-line tag right after the name is what the operation is part of when it names a war,
# campaign or the like; otherwise it is the first side's only belligerent.
PART_OF_TAG = re.compile(
    r"\b(?:war|conflict|insurgency|crisis|campaign|intervention|revolution|uprising|operation|"
    r"offensive|theatre|theater|rebellion|invasion)s?\b", re.IGNORECASE,  # not "front": a group word
)
# An image line; its URL may hold parentheses of its own ("Khan_Shaykhun_(March_15_2013).svg").
_IMAGE_LINE = re.compile(r"^\s*!\[.*?\]\(.*\)\s*$")
_JUNK = re.compile(r"\[object Object\]")
_BULLET = re.compile(r"^\s*\*")
_MARKDOWN = MarkdownIt("commonmark").enable("table")

# Score: a front matter block that YAML reads as a mapping is this shape's defining cue.
PARSED_FRONT_MATTER = 0.95
UNPARSED_FRONT_MATTER = 0.5


# Detection and reading both need the front matter's YAML tree: it is composed once and kept for
# the read that follows the score. libyaml's parser (when PyYAML was built with it) gives the same
# nodes and character offsets as the pure Python one, about ten times faster. Building
# Python data from a tree with merge keys ("<<") rewrites the tree, so such front matter is
# composed afresh each time.
_TREES_KEPT = 2
_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=_TREES_KEPT)
def _kept_tree(yaml_text: str) -> yaml.Node | None:
    return yaml.compose(yaml_text, Loader=_PARSER)


def _compose(yaml_text: str) -> yaml.Node | None:
    if "<<" in yaml_text or "merge" in yaml_text:
        return yaml.compose(yaml_text, Loader=_PARSER)
    return _kept_tree(yaml_text)


def _load(yaml_text: str) -> object:
    """``yaml.safe_load(yaml_text)``, built from the composed tree."""
    root = _compose(yaml_text)
    if root is None:
        return None
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(root)
    finally:
        loader.dispose()


# Markdown with no front matter (a GitHub wiki page, an agent's report): section headings written
# with "#" and links or footnotes in its text; read by this reader's body rules, below the readers
# of shapes that hold a table or a box of their own.
_BARE_MARKDOWN = 0.5
_ATX_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_MD_MARKS = re.compile(r"\]\((?:https?://|/|#)|\[\^[\w-]+\]|^(?:[-*+]|\d+\.)[ \t]+\S", re.MULTILINE)
_MIN_HEADINGS = 2
_MIN_MARKS = 3


def _at_least(pattern: re.Pattern[str], text: str, n: int) -> bool:
    """Whether pattern matches text n times (the scan stops there)."""
    return any(i + 1 >= n for i, _ in enumerate(pattern.finditer(text)))


def _bare_markdown(text: str) -> bool:
    head = text[:4 * 5000]
    if "#" not in head or head.lstrip().startswith("<"):
        return False  # (asked of every document: the cheap tests first)
    return (_at_least(_ATX_HEADING, head, _MIN_HEADINGS) and _at_least(_MD_MARKS, head, _MIN_MARKS)
            # (not mammoth's markdown of a Word file, escaped throughout: the flat reader's, box and all)
            and not _at_least(_ESCAPES, head, _MIN_ESCAPES))


_ESCAPES = re.compile(r"\\[.\-()]")
_MIN_ESCAPES = 5


def score(text: str) -> float:
    if (toml := _TOML_FRONT.match(text)) is not None:
        return PARSED_FRONT_MATTER if _toml(toml["toml"] or "") is not None else UNPARSED_FRONT_MATTER
    m = _FRONT.match(text[:5000])
    if not m:
        return _BARE_MARKDOWN if _bare_markdown(text) else 0.0
    try:
        data = _load(m["yaml"] or "")
    except (yaml.YAMLError, ValueError, OverflowError):  # an impossible date ("2001-13-45") is a ValueError
        return UNPARSED_FRONT_MATTER
    return PARSED_FRONT_MATTER if isinstance(data, dict) else 0.2


def _nodes(yaml_text: str, warnings: list[str]) -> dict[str, yaml.Node]:
    """Top-level front matter keys -> their YAML nodes (which carry character offsets)."""
    try:
        root = _compose(yaml_text)
    except yaml.YAMLError as e:
        warnings.append(f"front matter is not valid YAML ({str(e).splitlines()[0]}); ignored")
        return {}
    if not isinstance(root, yaml.MappingNode):
        if root is not None:
            warnings.append("front matter is not a mapping; ignored")
        return {}
    out = {}
    for k, v in root.value:
        if isinstance(k, yaml.ScalarNode):
            out[str(k.value).strip().lower()] = v
    return out


def _scalars(node: yaml.Node | None) -> list[yaml.ScalarNode]:
    """The scalar entries of a node: itself, or a sequence's (nested) scalars."""
    if isinstance(node, yaml.ScalarNode):
        return [node] if str(node.value).strip() else []
    if isinstance(node, yaml.SequenceNode):
        return [s for item in node.value for s in _scalars(item)]
    return []


_KILLED_FATES = frozenset({"killed", "kia", "killed in action", "died", "dead", "died of wounds", "executed"})
_KILLED_KEYS = ("kia", "killed", "killed_in_action", "killedinaction", "dead", "died")


def _people(node: yaml.Node | None) -> tuple[list[yaml.ScalarNode], str] | None:
    """A list of people written as mappings ("- name: Julius Karangi / rank: Gen. / role: Chief of
    the Kenya Defence Forces"): their scalars and one "Gen. Julius Karangi (Chief of …)" line each."""
    if not isinstance(node, yaml.SequenceNode) or not node.value or \
            not all(isinstance(item, yaml.MappingNode) for item in node.value):
        return None
    nodes, lines = [], []
    for item in node.value:
        facts = {str(k.value).casefold(): v for k, v in item.value if isinstance(k, yaml.ScalarNode)}
        name = facts.get("name")
        if not isinstance(name, yaml.ScalarNode) or not str(name.value).strip():
            return None
        rank, role = (next((str(facts[k].value).strip() for k in keys if isinstance(facts.get(k), yaml.ScalarNode)), "")
                      for keys in (("rank",), ("role", "note", "position", "title", "post")))
        killed = any(isinstance(facts.get(k), yaml.ScalarNode) and str(facts[k].value).casefold() in ("true", "yes")
                     for k in _KILLED_KEYS) or any(  # "kia: true", "fate: killed"
            isinstance(facts.get(k), yaml.ScalarNode) and str(facts[k].value).casefold() in _KILLED_FATES
            for k in ("fate", "status", "outcome"))
        lines.append(" ".join(x for x in (rank, str(name.value).strip()) if x) + (" †" if killed else "")
                     + (f" ({role})" if role else ""))
        nodes += [v for _, v in item.value if isinstance(v, yaml.ScalarNode)]
    return nodes, "\n".join(lines)


def _side_field(key: str, node: yaml.Node, offset: int, side: int | None) -> RawField | None:
    """A per-side row: its scalars, or its people written as mappings."""
    people = _people(node)
    return _field(key, people[0], offset, side, people[1]) if people else _field(key, _scalars(node), offset, side)


def _field(key: str, nodes: list[yaml.ScalarNode], offset: int, side: int | None = None,
           text: str | None = None) -> RawField | None:
    value = tidy_value(text if text is not None else "\n".join(str(n.value) for n in nodes))
    if not value or not nodes:
        return None
    return RawField(key, value, side, Span(offset + nodes[0].start_mark.index, offset + nodes[-1].end_mark.index))


def _first(nodes: dict[str, yaml.Node], keys: tuple[str, ...]) -> list[yaml.ScalarNode]:
    return next((s for k in keys if (s := _scalars(nodes.get(k)))), [])


def _side_fields(tag: yaml.ScalarNode, side: int, offset: int) -> list[RawField]:
    """One side's tag: belligerent lines, and its "* " lines as the side's units."""
    lines = str(tag.value).splitlines()
    belligerents = [ln for ln in lines if not _BULLET.match(ln)]
    units = [ln for ln in lines if _BULLET.match(ln)]
    out = [_field("belligerents", [tag], offset, side, "\n".join(belligerents))]
    if units:
        out.append(_field("units", [tag], offset, side, "\n".join(units)))
    return [f for f in out if f is not None]


def _read_tags(tags: list[yaml.ScalarNode], name: str, offset: int,
               meta: list[tuple[str, str]]) -> list[RawField]:
    fields: list[RawField] = []
    rows = []
    categories = False  # the category tags end the infobox's tags: what follows them is no side
    for tag in tags:
        value = str(tag.value).strip()
        if tidy_value(value).casefold() == name.casefold():
            continue
        if "\n" not in value and CATEGORY_TAG.search(value):
            meta.append(("category", value))
            categories = True
        elif categories or not any(c.isupper() for c in value):
            meta.append(("tag", value))  # a clipper's own tags ("clippings", "ww1") name no side
        else:
            rows.append(tag)
    if rows and "\n" not in str(rows[0].value).strip() and PART_OF_TAG.search(str(rows[0].value)) and len(rows) > 1:
        part_of = _field("part_of", [rows.pop(0)], offset)
        if part_of:
            fields.append(part_of)
    # Commanders' tags follow the sides' tags, one per side in the same order: the first tag whose
    # lines open with a rank ("Maj. Gen. Franklin L. Hagenbeck") starts them.
    people = next((i for i, tag in enumerate(rows) if i and _RANKED_LINE.search(str(tag.value))), len(rows))
    people = people if len(rows) - people <= people else len(rows)
    for side, tag in enumerate(rows[:people]):
        fields.extend(_side_fields(tag, side, offset))
    for side, tag in enumerate(rows[people:]):
        if (f := _field("commanders", [tag], offset, side)) is not None:
            fields.append(f)
    return fields


# A line of a tag opening with a military rank: the tag lists commanders.
_RANKED_LINE = re.compile(r"(?m)^\W*(?:(?:Maj|Brig|Gen|Col|Lt|Capt|Cpt|Adm|Cdr|Sgt|Cpl)\.|(?:General|Colonel|Major|"
                          r"Brigadier|Lieutenant|Captain|Admiral|Marshal|Commander|Commodore)\b)\s*[A-Z]")


def _read_front_matter(nodes: dict[str, yaml.Node], offset: int, meta: list[tuple[str, str]],
                       warnings: list[str], from_tags: list[RawField]) -> list[RawField]:
    """The front matter's fields; those read from its tags are also put in ``from_tags``."""
    box = _box_fields(nodes, offset)  # the infobox's own fields, where the site keeps them apart
    boxed = {f.key for f in box}
    fields: list[RawField] = [f for f in box if f.key == "name"]
    name = fields[0] if fields else _field("name", _first(nodes, NAME_KEYS)[:1], offset)
    # a web clipper's metadata ("url:", "hostname:", "sitename:" … as trafilatura writes it) dates the
    # page, not the operation: "date: 2023-11-30"
    # a blog's or a docs site's post ("date: 2023-11-04" beside "updated:" or "authors:") is dated the same way
    clipped = any(k in nodes for k in _CLIP_KEYS) or any(k in nodes for k in _POST_KEYS)
    dates = [d for d in _first(nodes, DATE_KEYS)
             if not _PUBLISHED.match(str(d.value)) and not (clipped and _ISO_DAY.fullmatch(str(d.value).strip()))]
    if len(dates) > 1:
        warnings.append(f"{len(dates)} dates in front matter; the first is read")
    for key, found in (("name", [name] if name else []),
                       ("part_of", [_field("part_of", _first(nodes, PART_OF_KEYS), offset)]),
                       ("date", [_field("date", dates[:1], offset)]),
                       ("place", [_field("place", _first(nodes, PLACE_KEYS), offset)]),
                       ("result", [_field("result", _first(nodes, RESULT_KEYS), offset)])):
        if key not in boxed:
            fields.extend(f for f in found if f is not None)
    fields.extend(f for f in box if f.key != "name")
    if "belligerents" not in boxed:  # sides in the tags only when the box names none
        has_part_of = any(f.key == "part_of" for f in fields)
        tag_fields = _read_tags(_scalars(nodes.get("tags")), name.text if name else "", offset, meta)
        # what the box gives of the sides (commander1, casualties2, …) it gives, the tags the rest
        from_tags[:] = [f for f in tag_fields if f.key not in boxed and not (has_part_of and f.key == "part_of")]
        fields.extend(from_tags)
    known = set(NAME_KEYS + DATE_KEYS + PLACE_KEYS + PART_OF_KEYS + RESULT_KEYS + ("tags",) + BOX_KEYS)
    for key, node in nodes.items():
        if key not in known and isinstance(node, yaml.ScalarNode) and str(node.value).strip():
            meta.append((key, str(node.value)))
    return fields


_CLIP_KEYS = ("url", "hostname", "sitename", "fingerprint", "source_url", "canonical_url")
_POST_KEYS = ("updated", "lastmod", "last_modified", "last_update", "modified", "authors", "draft", "slug", "layout",
              "publishdate", "publishDate", "permalink",
              # a Quarto or R Markdown document's settings ("date-modified: last-modified", "format: html")
              "date-modified", "author", "format", "bibliography", "execute", "output")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A date with a time of day is when the page was published or edited ("2024-02-11T09:14:00+01:00").
_PUBLISHED = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}")
# A top-level key naming one side: "side_a", "side1", "party-2", "combatant_b".
_SIDE_KEY = re.compile(r"^(?:side|party|column|combatant|belligerent)[\s_-]?(?:[a-d]|[1-4])$", re.IGNORECASE)
# Front matter keys holding the infobox as a mapping of its parameters.
BOX_KEYS = ("infobox", "conflict", "battle", "operation", "military_conflict")


def _box_fields(nodes: dict[str, yaml.Node], offset: int) -> list[RawField]:
    """The infobox a site keeps in front matter: a mapping of the template's parameters under
    ``infobox:`` or ``conflict:``, and per-side keys whose value is one list per side
    (``belligerents: [[United States, "Supported by:", Malaysia], [Somali National Alliance]]``)."""
    out: list[RawField] = []
    for key in BOX_KEYS:
        have = {f.key for f in out}  # a later block adds only the fields the earlier ones lack
        out.extend(f for f in _infobox_block(nodes.get(key), offset) if f.key not in have)
    # one mapping per side at the top level: "side_a: {belligerents: […], commanders: […]}", "side_b: …",
    # or under "sides:", as a list or keyed by the sides' own names ("sides: {ukraine: {…}, separatists: {…}}")
    columns = [node for key, node in nodes.items() if _SIDE_KEY.match(key) and isinstance(node, yaml.MappingNode)]
    listed = next((nodes[k] for k in _SIDE_LISTS if k in nodes), None)
    if not columns and isinstance(listed, (yaml.MappingNode, yaml.SequenceNode)):
        items = [v for _, v in listed.value] if isinstance(listed, yaml.MappingNode) else listed.value
        if len(items) > 1 and all(isinstance(item, yaml.MappingNode) for item in items):
            columns = items
    if len(columns) > 1 and not {f.key for f in out} & set(SIDE_KEYS):
        out += [f for side, column in enumerate(columns) for f in _column_fields(column, offset, side)]
    # the template's numbered parameters at the top level: "combatant1: [...]", "commander2: ...", "casualties3"
    if not {f.key for f in out} & set(SIDE_KEYS):
        for key, node in nodes.items():
            found = field_for_label(key)
            if found and found[0] in SIDE_KEYS + ("civilian_casualties",) and found[1] is not None \
                    and (f := _side_field(found[0], node, offset, found[1])) is not None:
                out.append(f)
    for key, node in nodes.items():
        found = field_for_label(key)
        if not found or found[0] not in SIDE_KEYS or not isinstance(node, yaml.SequenceNode):
            continue
        columns = [item for item in node.value if isinstance(item, yaml.SequenceNode)]
        if len(columns) != len(node.value) or found[0] in {f.key for f in out}:
            continue
        out.extend(f for side, col in enumerate(columns) if (f := _field(found[0], _scalars(col), offset, side)))
    return out


def _infobox_block(node: yaml.Node | None, offset: int) -> list[RawField]:
    """An ``infobox:`` mapping of the template's own parameters (conflict, partof, combatant1,
    commander2…), one field per parameter an infobox key names."""
    if not isinstance(node, yaml.MappingNode):
        return []
    out: list[RawField] = []
    order = _side_order(node)
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and str(k.value).casefold() in _ROW_LISTS and isinstance(v, yaml.SequenceNode):
            # rows: [{label: Date, value: …}, {label: Belligerents, columns: [[…], […]]}], [Date, 24 June 1821],
            # compare: [{label: Strength, cells: [[…], […]]}]
            out += _labelled_rows(v, offset)
            continue
        if _is_side_list(k, v):  # sides: [{combatants: […], commanders: […]}, …]
            out += [f for side, column in enumerate(v.value) for f in _column_fields(column, offset, side)]
            continue
        found = field_for_label(str(k.value)) if isinstance(k, yaml.ScalarNode) else None
        if order and str(k.value).casefold() in _SIDE_LISTS:
            continue  # "sides: [imperial, satsuma]": the columns' order, no belligerents row
        if found and found[0] in SIDE_KEYS and (by_side := _keyed_by_side(v, order)):
            # "belligerents: {imperial: […], satsuma: […]}": a column per side, in the order "sides:" gives
            out += [f for side, column in by_side if (f := _side_field(found[0], column, offset, side)) is not None]
            continue
        if found and found[0] in SIDE_KEYS:  # its people may be mappings ("- name: … / note: …")
            if (f := _side_field(found[0], v, offset, found[1])) is not None:
                out.append(f)
            continue
        text = _span_text(v) if found and found[0] == "date" else None
        nodes = [end for _, end in v.value if isinstance(end, yaml.ScalarNode)] if text else _scalars(v)
        if found and (f := _field(found[0], nodes, offset, found[1], text)) is not None:
            out.append(f)
    return out


_ROW_LISTS = frozenset({"rows", "compare"})


def _labelled_rows(rows: yaml.SequenceNode, offset: int) -> list[RawField]:
    """A box written as its rendered rows: each a mapping of its label and a value, or one list per
    column (side)."""
    out: list[RawField] = []
    for row in rows.value:
        if isinstance(row, yaml.SequenceNode) and len(row.value) >= 2 and isinstance(row.value[0], yaml.ScalarNode) \
                and (found := field_for_label(str(row.value[0].value))) and found[0] not in SIDE_KEYS:
            # "- [Result, Patriot victory, Royalist army withdraws]": a row as its label and its values
            if f := _field(found[0], [v for v in row.value[1:] if isinstance(v, yaml.ScalarNode)], offset, found[1]):
                out.append(f)
            continue
        if not isinstance(row, yaml.MappingNode):
            continue
        parts = {str(k.value).casefold(): v for k, v in row.value if isinstance(k, yaml.ScalarNode)}
        label = parts.get("label")
        found = field_for_label(str(label.value)) if isinstance(label, yaml.ScalarNode) else None
        if not found:
            continue
        columns = parts.get("columns", parts.get("cells"))
        if isinstance(columns, yaml.SequenceNode) and found[0] in SIDE_KEYS:
            out += [f for side, col in enumerate(columns.value) if (f := _side_field(found[0], col, offset, side))]
        elif (value := parts.get("value")) is not None and (f := _field(found[0], _scalars(value), offset, found[1])):
            out.append(f)
    return out


def _side_order(block: yaml.MappingNode) -> list[str]:
    """The sides' own names in column order, where a box keyed by side lists them ("sides: [imperial, satsuma]")."""
    for k, v in block.value:
        if isinstance(k, yaml.ScalarNode) and str(k.value).casefold() in _SIDE_LISTS and isinstance(v, yaml.SequenceNode) \
                and v.value and all(isinstance(item, yaml.ScalarNode) for item in v.value):
            return [str(item.value) for item in v.value]
    return []


def _keyed_by_side(node: yaml.Node, order: list[str]) -> list[tuple[int, yaml.Node]]:
    """A per-side row written as a mapping from each side's name to its entries ("commanders:
    {imperial: […], satsuma: […]}"): (side, entries) in the order of ``order``, else as written;
    [] for any other row."""
    if not isinstance(node, yaml.MappingNode) or len(node.value) < 2:
        return []
    keyed = {str(k.value): v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    if not all(isinstance(v, (yaml.SequenceNode, yaml.ScalarNode)) for v in keyed.values()):
        return []
    names = [n for n in order if n in keyed] + [n for n in keyed if n not in order]
    if not order and any(field_for_label(n) for n in names):
        return []  # a mapping of the box's own rows, not of its sides
    return [(side, keyed[n]) for side, n in enumerate(names)]


def _span_text(node: yaml.Node) -> str | None:
    """A date given as a mapping of its ends ("period: {begin: 1 November 1998, end: 3 November
    1998}") written as a range; None for any other value."""
    if not isinstance(node, yaml.MappingNode):
        return None
    ends = {str(k.value).casefold(): str(v.value) for k, v in node.value
            if isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.ScalarNode)}
    begin = next((ends[k] for k in ("begin", "start", "from") if ends.get(k)), None)
    end = next((ends[k] for k in ("end", "until", "to") if ends.get(k)), None)
    return f"{begin} – {end}" if begin and end else begin


def _is_side_list(key: yaml.Node, value: yaml.Node) -> bool:
    """Whether a parameter is the list of sides, each a mapping of its own rows."""
    return (isinstance(key, yaml.ScalarNode) and str(key.value).casefold() in _SIDE_LISTS
            and isinstance(value, yaml.SequenceNode) and bool(value.value)
            and all(isinstance(item, yaml.MappingNode) for item in value.value))


def _column_fields(column: yaml.MappingNode, offset: int, side: int) -> list[RawField]:
    """One side's rows (combatants, commanders, strength…), each a field of that side."""
    out: list[RawField] = []
    for k, v in column.value:
        if isinstance(v, yaml.ScalarNode) and len(str(v.value).strip()) <= _COLUMN_ID_CHARS:
            continue  # "side: A", "id: 2": the column's own name, no belligerent
        found = field_for_label(str(k.value)) if isinstance(k, yaml.ScalarNode) else None
        if found and found[0] in SIDE_KEYS and (f := _side_field(found[0], v, offset, side)) is not None:
            out.append(f)
    return out


# ---------------------------------------------------------------- TOML front matter (Hugo, Zola)

_TOML_FRONT = re.compile(r"\A\ufeff?\s*\+\+\+[ \t]*\r?\n(?P<toml>.*?\r?\n)?\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_SIDE_LISTS = ("side", "sides", "columns", "combatants", "parties")
_COLUMN_ID_CHARS = 2  # "A", "1", "B2": a side's label in a list of sides
_CIVILIAN_TABLES = ("civilians", "civilian")


def _toml(toml_text: str) -> dict | None:
    try:
        return tomllib.loads(toml_text)
    except (tomllib.TOMLDecodeError, ValueError):
        return None


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [v for item in value for v in _strings(item)]
    return []  # dates, numbers, booleans: page metadata, not the box's


def _toml_box(data: dict) -> dict:
    """The table holding the infobox: the first one (depth first) with a key an infobox label names
    and a list of side tables or an operation-wide row, else the top level."""
    stack = [data]
    while stack:
        table = stack.pop(0)
        if any(isinstance(v, list) and v and all(isinstance(x, dict) for x in v) for k, v in table.items()
               if k in _SIDE_LISTS) or "infobox" in table and isinstance(table["infobox"], dict):
            return table.get("infobox", table) if isinstance(table.get("infobox"), dict) else table
        stack.extend(v for v in table.values() if isinstance(v, dict))
    return data


def _toml_fields(data: dict, text: str, offset: int) -> list[RawField]:
    """Infobox fields of TOML front matter: the box's table of template parameters, one table per
    side (``[[extra.infobox.side]]``), a civilians table. TOML keeps no positions: a field's span is
    where its first and last values are written, found in order."""
    box_at = text.find("infobox", offset)  # values are looked for from the box's table on
    finder = _ValueFinder(text, box_at if box_at >= 0 else offset)
    box = _toml_box(data)
    out: list[RawField] = []
    for key, value in box.items():
        if key in _SIDE_LISTS and isinstance(value, list):
            for side, table in enumerate(t for t in value if isinstance(t, dict)):
                for k, v in table.items():
                    found = field_for_label(k)
                    if found and found[0] in SIDE_KEYS and (f := finder.field(found[0], _strings(v), side)):
                        out.append(f)
        elif key in _CIVILIAN_TABLES and isinstance(value, dict):
            lines = [x for v in value.values() for x in _strings(v)]
            if f := finder.field("civilian_casualties", lines):
                out.append(f)
        elif (found := field_for_label(key)) and (f := finder.field(found[0], _strings(value), found[1])):
            out.append(f)
    if not any(f.key == "name" for f in out) and (f := finder.field("name", _strings(data.get("title"))[:1])):
        out.insert(0, f)
    return out


class _ValueFinder:
    """Spans of values in the raw front matter, searched from where the last one was found."""

    def __init__(self, text: str, offset: int):
        self.text, self.at = text, offset

    def field(self, key: str, values: list[str], side: int | None = None) -> RawField | None:
        value = tidy_value("\n".join(values))
        if not value:
            return None
        first = self.text.find(values[0], self.at)
        last = self.text.find(values[-1], max(first, self.at)) if first >= 0 else -1
        span = None
        if first >= 0 and last >= 0:
            span = Span(first, last + len(values[-1]))
            self.at = span.end
        return RawField(key, value, side, span)


def _line_starts(text: str) -> list[int]:
    starts, pos = [], 0
    for line in text.splitlines(keepends=True):
        starts.append(pos)
        pos += len(line)
    starts.append(pos)
    return starts


# A paragraph that is one infobox row with a bold label ("**Strength:** Israel: 3 brigades; Jordan:
# 5,000 soldiers"), as converters write a box they cannot make a table of.
_BOLD_ROW = re.compile(r"\*\*(?P<label>[^*\n]{2,40}?)\s*(?::\*\*|\*\*\s*:)[ \t]*(?P<value>\S[^\n]*)")
_ENTRY_SEPARATOR = re.compile(r";\s+")


def _bold_row(text: str, start: int, end: int) -> list[RawField]:
    """The fields of a bold-labelled row in text[start:end]; per-side rows give one unsided field per
    ";"-separated entry, for the extractor to route by the side each entry names."""
    m = _BOLD_ROW.fullmatch(text, start, end)
    found = field_for_label(m["label"]) if m else None
    if not m or not found:
        return []
    key, side = found
    if key not in SIDE_KEYS or side is not None:
        return [f for f in [_text.field(text, key, m.start("value"), m.end("value"), side)] if f]
    pieces, pos = [], m.start("value")
    for sep in _ENTRY_SEPARATOR.finditer(text, pos, m.end("value")):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, m.end("value")))
    return [f for a, b in pieces if (f := _text.field(text, key, a, b))]


_QUOTE_MARK = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


def _unquoted(text: str, start: int, end: int) -> str:
    """text with the blockquote marks opening the lines of text[start:end] blanked, the same length
    (a table inside an Obsidian callout, "> | **Date** | 25 April 1915 |")."""
    part = _QUOTE_MARK.sub(lambda m: " " * len(m.group()), text[start:end])
    return text if part == text[start:end] else text[:start] + part + text[end:]


# An Obsidian Dataview field, "key:: value" (the box of a note written as fields of a callout).
_DATAVIEW_FIELD = re.compile(r"[ \t]*(?P<key>[A-Za-z][\w -]{0,40}?)::[ \t]*(?P<value>\S[^\n]*?)[ \t]*$", re.MULTILINE)


def _callout_rows(text: str, body_start: int, starts: list[int], lines: list[int]) -> list[RawField]:
    """The lines of a blockquote paragraph that are box rows with their label inline ("> Part of
    the Gallipoli campaign" under an Obsidian callout's "> [!info] Landing at Anzac Cove")."""
    a, b = body_start + starts[lines[0]], body_start + starts[lines[1]]
    plain = _unquoted(text, a, b)
    out = []
    for n in range(*lines):
        start, end = body_start + starts[n], body_start + starts[n + 1] if n + 1 < len(starts) else len(text)
        line = plain[start:end]
        if dataview := _DATAVIEW_FIELD.match(line):  # "> side1:: [[Chad]], [[Justice and Equality Movement]]"
            found = field_for_label(dataview["key"])
            if found and (f := _text.field(plain, found[0], start + dataview.start("value"), start + dataview.end("value"),
                                          found[1])):
                out.append(list_box.unlinked_field(f))
            continue
        hit = _text.inline_label(_text.unlinked(line.strip()))
        if hit and hit[0] and (f := _text.field(plain, hit[0], start + len(line) - len(line.lstrip()), end)):
            out.append(dataclasses.replace(f, text=_text.unlinked(f.text)))
    return out


# A documentation site's admonition around a fact box: ":::info[At a glance]" … ":::".
_ADMONITION = re.compile(r"[ \t]*:::")
_ADMONITION_CLOSE = re.compile(r"[ \t]*:::[ \t]*(?:\r?\n|$)")
# A heading this deep ("#### Commanders and leaders") over a list is a box's row, not a section
# (a shallower one is, unless it stands inside an admonition).
_BOX_HEADING_LEVEL = 4
# A list is a box's rows when this many of its items open with a bold label ("- **Date:** …").
_MIN_BOLD_ROWS = 2


# A definition list (kramdown, PHP Markdown Extra, pandoc): a term's line, then its definitions,
# each on a line opening with ": ".
_DEFINITION = re.compile(r"^:[ \t]+(?P<value>\S.*?)[ \t]*$", re.MULTILINE)
_PART_OF_VALUE = re.compile(r"^Part of\s+", re.IGNORECASE)


def _definition_row(text: str, start: int, end: int, first: bool) -> list[RawField]:
    """A definition-list entry read as a box row: a label's definitions one per side (or one value);
    the first entry of a page whose term is no label names the operation when its definition says
    what it was part of ("2005 Nalchik raid" / ": Part of the Second Chechen War")."""
    lines = text[start:end].rstrip("\n").split("\n")
    if len(lines) < 2 or lines[0].startswith(":") or not all(_DEFINITION.match(ln) for ln in lines[1:]):
        return []
    term = _text.unlinked(lines[0]).strip()
    values = [m for m in _DEFINITION.finditer(text, start + len(lines[0]), end)]
    found = field_for_label(term)
    if found is None:
        if not (first and len(values) == 1 and _PART_OF_VALUE.match(values[0]["value"])):
            return []
        at = start + len(lines[0]) - len(lines[0].lstrip())
        named = _text.field(text, "name", at, start + len(lines[0]))
        of = values[0]
        part_of = _text.field(text, "part_of", of.start("value") + _PART_OF_VALUE.match(of["value"]).end(), of.end("value"))
        return [list_box.unlinked_field(f) for f in (named, part_of) if f]
    key, side = found
    out = []
    for n, m in enumerate(values):
        f = _text.field(text, key, m.start("value"), m.end("value"),
                        (n if len(values) > 1 else side) if key in SIDE_KEYS else None)
        if f:
            out.append(list_box.unlinked_field(f))
    return out if key in SIDE_KEYS else out[:1]


def _closing(tokens, i: int) -> int:
    """The index of the token closing the one opened at i."""
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _html_box(block: str) -> list[RawField]:
    """The infobox of an HTML table kept inside the markdown, its values without spans (they index
    the table's own text)."""
    from warfile.readers import html
    return [dataclasses.replace(f, span=None) for f in html.read(block).infobox]


_FIRST_H1 = re.compile(r"^#[ \t]+(?P<title>\S[^\n]*?)[ \t#]*$", re.MULTILINE)


def _read_body(text: str, body_start: int) -> tuple[list[Paragraph], list[RawField]]:
    """Prose paragraphs of the markdown body, under their headings, with junk lines left out, and
    the infobox rows the body holds: pipe tables whose rows are a box's sections, bold-labelled rows."""
    body = text[body_start:]
    lines = body.splitlines()
    starts = _line_starts(body)
    paragraphs: list[Paragraph] = []
    fields: list[RawField] = []
    heading: str | None = None
    tokens = _MARKDOWN.parse(body)
    quoted = 0  # blockquotes open around the token
    admonition = False  # inside a ":::info[At a glance]" … ":::" container
    box_heading: tuple[str, int] | None = None  # (key, heading level) of a heading naming a box row
    skip_to = -1  # tokens of a list read as box rows are no prose
    tables = [(m.start(), m.end()) for m in pipe_table.LIST_TABLE.finditer(body)]  # MyST's {list-table}
    for m in pipe_table.LIST_TABLE.finditer(body):
        fields += pipe_table.list_table_fields(text, body_start + m.start("body"), body_start + m.end("body"))
    for i, tok in enumerate(tokens):
        if i <= skip_to or tables and tok.map and any(a <= starts[tok.map[0]] < b for a, b in tables):
            continue
        quoted += {"blockquote_open": 1, "blockquote_close": -1}.get(tok.type, 0)
        if quoted and tok.type == "paragraph_open" and tok.map and (rows := _callout_rows(text, body_start, starts, tok.map)):
            fields += rows  # "> Part of the Gallipoli campaign" in a callout holding the box
            continue
        if tok.type == "heading_open" and i + 1 < len(tokens):
            heading = heading_text(_JUNK.sub("", tokens[i + 1].content)) or None
            found = field_for_label(_text.unlinked(tokens[i + 1].content)) if heading else None
            box_heading = (found[0], int(tok.tag[1:])) if found and found[1] is None else None
        elif tok.type in ("bullet_list_open", "ordered_list_open") and tok.map and tok.level == quoted:
            a, b = body_start + starts[tok.map[0]], body_start + starts[tok.map[1]]
            roots = list_box.items(text, a, b)
            rows = list_box.bold_rows(text, roots)
            if box_heading and (admonition or box_heading[1] >= _BOX_HEADING_LEVEL):
                sides = [f.text for f in fields if f.key == "belligerents"]
                rows = list_box.headed_rows(text, box_heading[0], roots, [_text.unlinked(x) for x in sides])
            elif len(rows) < _MIN_BOLD_ROWS:
                rows = []
            if rows:
                fields += [list_box.unlinked_field(f) for f in rows]
                skip_to = _closing(tokens, i)
            continue
        elif tok.type == "html_block" and "<table" in tok.content:
            fields += _html_box(tok.content)  # a note app keeping the page's infobox as its HTML table
        elif tok.type == "table_open" and tok.map:
            a, b = body_start + starts[tok.map[0]], body_start + starts[tok.map[1]]
            fields += pipe_table.table_fields(_unquoted(text, a, b), a, b)
        elif tok.type == "paragraph_open" and tok.map and not is_non_prose_section(heading):
            a, b = body_start + starts[tok.map[0]], body_start + starts[tok.map[1]]
            if _ADMONITION.match(text, a):
                admonition = not _ADMONITION_CLOSE.match(text, a)
                continue  # ":::info[At a glance]", ":::": a container's fences
            if row := _bold_row(text, *_text.trimmed(text, a, b)):
                fields += row
                continue
            if row := _definition_row(text, a, b, not fields):
                fields += row  # "Date" over ": 13–14 October 2005" (a kramdown definition list)
                continue
            run: list[int] = []
            for n in range(*tok.map):
                keep = n < len(lines) and lines[n].strip() and not _IMAGE_LINE.match(lines[n]) \
                    and _JUNK.sub("", lines[n]).strip()
                if keep:
                    run.append(n)
                if run and (not keep or n == tok.map[1] - 1):
                    start = body_start + starts[run[0]] + (len(lines[run[0]]) - len(lines[run[0]].lstrip()))
                    end = body_start + starts[run[-1]] + len(lines[run[-1]].rstrip())
                    paragraphs.append(Paragraph(Span(start, end), heading))
                    run = []
    return paragraphs, fields


# An MkDocs / Python-Markdown admonition: '!!! info "Infobox"' (or '??? note' folded) over a block
# indented by four spaces, which CommonMark would take for code. The block is read as the page's own
# markdown: the marker line goes, its lines lose the indent (the document's text is the page so read).
_ADMONITION_MARK = re.compile(r'^(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+"[^"\n]*")?[ \t]*$')
_ADMONITION_INDENT = "    "


def _admonitions_opened(text: str) -> str:
    """The text with each admonition's marker line emptied and its indented block dedented."""
    if "!!!" not in text and "???" not in text:
        return text
    out: list[str] = []
    inside = False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if _ADMONITION_MARK.match(body):
            inside = True
            out.append(line[len(body):])  # the line break alone
            continue
        if inside and body.startswith(_ADMONITION_INDENT):
            out.append(line[len(_ADMONITION_INDENT):])
            continue
        if inside and body.strip():
            inside = False  # the first line not indented ends the block
        out.append(line)
    return "".join(out)


# MDX (Docusaurus, Astro): an infobox written as a component whose props hold its values, in JSX
# (`<BattleInfobox conflict="…" place={['…', '…']} sides={[{ belligerents: ['…'], … }]} />`), and the
# module's imports and layout tags around the text.
_JSX_BLOCK = re.compile(r"^<(?P<tag>[A-Z][\w.]*)\b(?P<props>(?:[^<>]|=>)*?)/>[ \t]*$", re.MULTILINE | re.DOTALL)
_JSX_PROP = re.compile(r"(?P<name>[A-Za-z_][\w-]*)=(?:\"(?P<str>[^\"]*)\"|'(?P<sq>[^']*)'|\{)")
_MDX_LINE = re.compile(r"^(?:import|export) .*$|^[ \t]*</?(?:Tabs|TabItem|Details|details|summary|Admonition)\b[^>\n]*>[ \t]*$",
                       re.MULTILINE)
_JS_KEY = re.compile(r"(?<=[{,])\s*([A-Za-z_]\w*)\s*:")
_JS_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'")
_JS_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_MIN_PROP_LABELS = 3


def _js_value(source: str) -> object:
    """A JavaScript literal (objects, arrays, strings, numbers, booleans) as Python, or None."""
    source = _JS_STRING.sub(lambda m: json.dumps(m[1].replace("\\'", "'")), source)
    source = _JS_TRAILING_COMMA.sub(r"\1", _JS_KEY.sub(lambda m: f' "{m[1]}":', source))
    try:
        return json.loads(source)
    except ValueError:
        return None


def _braced(text: str, at: int) -> int:
    """The end of the JavaScript expression opening with the brace before ``at``."""
    depth, quote = 1, ""
    for i in range(at, len(text)):
        ch = text[i]
        if quote:
            if ch == "\\":
                continue
            if ch == quote and text[i - 1] != "\\":
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(text)


def _component_props(props: str) -> dict[str, object]:
    out: dict[str, object] = {}
    at = 0
    while (m := _JSX_PROP.search(props, at)) is not None:
        if m["str"] is not None or m["sq"] is not None:
            out[m["name"]] = m["str"] if m["str"] is not None else m["sq"]
            at = m.end()
            continue
        end = _braced(props, m.end())
        value = _js_value(props[m.end():end - 1])
        if value is not None:
            out[m["name"]] = value
        at = end
    return out


def mdx_as_markdown(text: str) -> str | None:
    """An MDX page whose box is a component's props, as the markdown page it stands for: the props
    joined to its front matter (they read as front matter would), the component, the imports and
    the layout tags gone; None for a page holding no such component."""
    for m in _JSX_BLOCK.finditer(text):
        props = _component_props(m["props"])
        if sum(1 for k in props if field_for_label(k)) < _MIN_PROP_LABELS:
            continue
        front = _FRONT.match(text)
        data = _load(front["yaml"] or "") if front else {}
        data = {**(data if isinstance(data, dict) else {}), **props}
        body = text[front.end() if front else 0:m.start()] + text[m.end():]
        yaml_text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        return "---\n" + yaml_text + "---\n" + _MDX_LINE.sub("", body)
    return None


# A Hugo (or Jekyll include) shortcode drawing the box: {{< conflict-box date="4 February 1992"
# place="Caracas|Maracay" >}}, a side's entries in its own {{< side n="1" commanders="A|B" >}}; several
# values of a parameter are parted by "|".
_SHORTCODE = re.compile(r"\{\{[<%]\s*(?P<name>[\w./-]+)(?P<params>(?:\s+[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>%]+))*)"
                        r"\s*/?[>%]\}\}", re.DOTALL)
_SHORTCODE_PARAM = re.compile(r"(?P<key>[\w-]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s>%]+))")
_ANY_SHORTCODE = re.compile(r"^[ \t]*\{\{[<%][^\n]*?[>%]\}\}[ \t]*$|\{\{[<%]\s*/?[\w./-]*\s*[>%]\}\}", re.MULTILINE)
_SIDE_NUMBER = ("n", "side", "number", "column")


def shortcode_box(text: str) -> str | None:
    """A page whose box is drawn by shortcodes, as the markdown page it stands for: their
    parameters put in its front matter as its ``infobox:`` (a side's under its number: "commanders"
    of side "1" reads as "commanders1"), every shortcode gone; None for a page with no such box."""
    data: dict[str, object] = {}
    spans = []
    for m in _SHORTCODE.finditer(text):
        params = {p["key"]: next(v for v in (p["dq"], p["sq"], p["bare"]) if v is not None)
                  for p in _SHORTCODE_PARAM.finditer(m["params"])}
        side = next((params[k] for k in _SIDE_NUMBER if k in params and params[k].isdigit()), None)
        found = {}
        for key, value in params.items():
            label = f"{key}{side}" if side and key not in _SIDE_NUMBER else key
            if key not in _SIDE_NUMBER and field_for_label(label):
                parts = [v.strip() for v in value.split("|") if v.strip()]
                found[label] = parts if len(parts) > 1 else value.strip()
        if len(found) >= (2 if side else _MIN_PROP_LABELS):
            data.update(found)
            spans.append(m.span())
    if not spans:
        return None
    front = _FRONT.match(text)
    toml = None if front else _TOML_FRONT.match(text)
    old = _load(front["yaml"] or "") if front else _toml(toml["toml"] or "") if toml else {}
    data = {**(old if isinstance(old, dict) else {}), "infobox": data}  # read as a box kept in front matter
    body = text[front.end() if front else toml.end() if toml else 0:]
    body = _ANY_SHORTCODE.sub("", _SHORTCODE.sub("", body))
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n" + body


_NO_FRONT_MATTER = "no front matter block found"


def read(text: str) -> Document:
    text = _text.without_link_numbers(text if isinstance(text, str) else "")
    if "/>" in text and (page := mdx_as_markdown(text)) is not None:
        text = page
    elif "{{<" in text or "{{%" in text:
        text = shortcode_box(text) or text
    text = _admonitions_opened(text)
    warnings: list[str] = []
    meta: list[tuple[str, str]] = []
    m = _FRONT.match(text)
    toml = None if m else _TOML_FRONT.match(text)
    fields: list[RawField] = []
    from_tags: list[RawField] = []
    if m:
        offset = m.start("yaml") if m["yaml"] is not None else m.end()
        fields = _read_front_matter(_nodes(m["yaml"] or "", warnings), offset, meta, warnings, from_tags)
        body_start = m.end()
    elif toml:
        data = _toml(toml["toml"] or "")
        if data is None:
            warnings.append("front matter is not valid TOML; ignored")
        fields = _toml_fields(data or {}, text, toml.start("toml") if toml["toml"] else toml.end())
        body_start = toml.end()
    else:
        warnings.append(_NO_FRONT_MATTER)
        body_start = 0
    try:
        paragraphs, body_fields = _read_body(text, body_start)
    except Exception as e:  # markdown-it is lenient; a failure here is a bug, not a reason to lose the infobox
        warnings.append(f"markdown body not read: {e}")
        paragraphs, body_fields = [], []
    if from_tags and any(f.key == "belligerents" for f in body_fields):
        # a clipper's tags ("Mayaguez incident", "Koh Tang", "Khmer Rouge") are no sides beside a box that names them
        fields = [f for f in fields if f not in from_tags]
    stated = {f.key for f in fields}  # the front matter's rows come first; the body adds what it lacks
    fields += [f for f in body_fields if f.key not in stated]
    title = next((f.text for f in fields if f.key == "name"), "")
    if not title and (h1 := _FIRST_H1.search(text, body_start)):
        title = _text.clean_title(h1["title"])  # "# Mayaguez incident - Wikipedia"
        fields.insert(0, RawField("name", title))
    text = pipe_table.unwrapped(text, [p for p in paragraphs if _hard_wrapped(text[p.span.start:p.span.end])])
    return Document(text=text, shape=SHAPE, title=title, infobox=tuple(fields), paragraphs=tuple(paragraphs),
                    meta=tuple(meta), warnings=tuple(warnings))


_WRAP_COLUMNS = 80  # pandoc wraps prose at 72 columns, html2text at 78


def _hard_wrapped(paragraph: str) -> bool:
    """Whether a paragraph's line breaks are a converter's wrapping (pandoc's at 72 columns: a line
    break there ends no sentence), not lines of their own (a clipper's one line per paragraph, a
    box's rows): every line but the last within the wrapping width, none a table's row."""
    lines = paragraph.split("\n")
    return len(lines) > 1 and all(len(ln) <= _WRAP_COLUMNS and " | " not in ln for ln in lines[:-1])


def read_converted(markdown: str, shape: str) -> Document:
    """A page another shape's reader wrote out as markdown (Zim, Vimwiki), read as markdown: its
    shape kept, no warning for the front matter it never had."""
    doc = read(markdown)
    return dataclasses.replace(doc, shape=shape, warnings=tuple(w for w in doc.warnings if w != _NO_FRONT_MATTER))
