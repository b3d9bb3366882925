"""Reader for MediaWiki wikitext source: ``{{Infobox military conflict | combatant1 = ... }}``.

mwparserfromhell parses the page; the infobox's parameters become RawFields and the rest of the
page becomes prose paragraphs under their ``== headings ==``. ``Document.text`` is clean text
built here (see :mod:`warfile.readers.cleantext`): every template, link, tag and reference is
rendered to what a reader of the page sees, entry separators (``<br>``, list items) kept as
newlines, the ``{{KIA}}`` icon kept as "†" after the name.
"""
from __future__ import annotations

import datetime as dt
import re

import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument,
    ExternalLink,
    Heading,
    HTMLEntity,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from warfile.model import Document
from warfile.readers.cleantext import CleanText, scrub_residue
from warfile.readers.labels import (
    box_title,
    conflict_box,
    dedent_bullet,
    field_for_label,
    heading_text,
    is_non_prose_section,
    place_casualties,
    split_belligerent_units,
    tidy_value,
)
from warfile.readers.unread_markup import cut_unread_markup, cuttable

SHAPE = "mediawiki"

# ---------------------------------------------------------------- templates, as data
# Names are compared lower-cased with "_" as " ". Prefixes cover families (every "cite ...").
DROP_TEMPLATES = frozenset({
    "flagicon", "flagicon image", "flagdeco", "flag icon", "flagdeco image", "efn", "efn-ua", "efn-lr",
    "efn-lg", "refn", "sfn", "sfnp", "sfnm", "harvnb", "harv", "rp", "r", "cn", "citation needed",
    "fact", "notetag", "better source needed", "better source", "dubious", "clarify", "when", "who",
    "by whom", "which", "according to whom", "failed verification", "update", "update after",
    "reflist", "short description", "coord", "main", "main article", "see also", "further", "about",
    "redirect", "hatnote", "portal", "webarchive", "commons category", "defaultsort", "increase",
    "decrease", "steady", "clear", "toc", "multiple image", "image", "location map", "as of",
    "citation", "lead too short", "more citations needed", "refimprove", "unreferenced",
})
DROP_PREFIXES = ("cite", "infobox", "campaignbox", "navbox", "use ", "pp-", "sfn", "harv", "efn",
                 "update", "citation", "syrian civil war", "wikiproject")
# The killed-in-action icon and its kin: rendered as the "†" mark the values parser reads.
KILLED_TEMPLATES = frozenset({"kia", "dow", "executed", "killed in action", "died of wounds", "†", "dagger"})
# Country flag with its name shown: the name is the first argument.
FLAG_TEMPLATES = frozenset({"flag", "flagcountry", "flagu", "flag country", "flagg", "flagu2"})
# Lists whose arguments are entries, one per line.
LIST_TEMPLATES = frozenset({
    "plainlist", "plain list", "flatlist", "flat list", "unbulleted list", "ubl", "ublist", "ubil",
    "bulleted list", "blist", "bulleted", "hlist", "collapsible list", "unordered list", "ordered list",
    "nowrap list", "endplainlist", "startplainlist",
})
DATE_TEMPLATES = frozenset({
    "start date", "end date", "start date and age", "end date and age", "birth date", "death date",
    "date", "start and end dates", "dts",
})
# Templates showing one argument as text: name -> which positional argument (1-based, -1 the last).
# Ship templates named after the navy's prefix: {{HMS|Amethyst|F116|6}} shows "HMS Amethyst".
SHIP_PREFIXES = frozenset({
    "hms", "hmas", "hmcs", "hmnzs", "hmt", "hmy", "uss", "usns", "usc", "usat", "sms", "ins", "jds", "js", "hnlms",
    "hnoms", "hswms", "hdms", "frs", "ars", "bns", "rfs", "rss", "ns", "hs", "ss", "rms", "mv", "hnms", "kri",
})
TEXT_TEMPLATES: dict[str, int] = {
    "nowrap": 1, "nobr": 1, "small": 1, "smaller": 1, "big": 1, "larger": 1, "resize": -1, "abbr": 1,
    "abbrlink": 1, "tooltip": 1, "lang": 2, "transl": -1, "transliteration": -1, "ill": 1,
    "interlanguage link": 1, "illm": 1, "sic": -1, "nobold": 1, "noitalic": 1, "color": 2, "colour": 2,
    "font color": -1, "highlight": 1, "pslink": 1, "wikt-lang": 2, "keypress": 1, "tq": 1,
}
# {{lang-so|Maalintii Rangers}} shows "Somali: Maalintii Rangers" in prose, as Wikipedia renders it
# (the lead's gloss of the name in other languages); in a box field, the words alone. The languages
# leads gloss most; any other code is shown as itself.
LANGUAGE_NAMES = {
    "ar": "Arabic", "fa": "Persian", "ps": "Pashto", "ur": "Urdu", "hi": "Hindi", "bn": "Bengali", "ta": "Tamil",
    "so": "Somali", "am": "Amharic", "ti": "Tigrinya", "sw": "Swahili", "ha": "Hausa", "he": "Hebrew",
    "tr": "Turkish", "ku": "Kurdish", "ckb": "Sorani", "ru": "Russian", "uk": "Ukrainian", "be": "Belarusian",
    "pl": "Polish", "cs": "Czech", "sk": "Slovak", "sr": "Serbian", "hr": "Croatian", "bs": "Bosnian",
    "sh": "Serbo-Croatian", "sl": "Slovene", "mk": "Macedonian", "bg": "Bulgarian", "ro": "Romanian",
    "hu": "Hungarian", "sq": "Albanian", "el": "Greek", "hy": "Armenian", "ka": "Georgian", "az": "Azerbaijani",
    "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian", "nl": "Dutch",
    "fi": "Finnish", "sv": "Swedish", "no": "Norwegian", "da": "Danish", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "vi": "Vietnamese", "th": "Thai", "my": "Burmese", "km": "Khmer", "id": "Indonesian",
    "ms": "Malay", "tl": "Tagalog", "fil": "Filipino", "la": "Latin", "ga": "Irish", "cy": "Welsh",
}
# Templates that are a fixed character or phrase.
SYMBOL_TEMPLATES: dict[str, str] = {
    "ndash": "–", "snd": " – ", "spaced ndash": " – ", "mdash": "—", "spaced mdash": " — ", "nbsp": " ",
    "dot": " · ", "·": " · ", "middot": "·", "br": "\n", "break": "\n",
    "-": "\n", "px": "", "sp": " ", "pow": " (POW)", "wia": " (WIA)", "mia": " (MIA)", "!": "|",
}
# Unknown templates with a short single argument show it (a name wrapped in a formatting
# template); longer or multi-argument unknown templates are apparatus and dropped.
UNKNOWN_TEMPLATE_MAX_ARGS = 2
UNKNOWN_TEMPLATE_MAX_CHARS = 80

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# Tags whose content is not read: references, tables and media in prose, hidden markup.
DROP_TAGS = frozenset({"ref", "references", "gallery", "math", "timeline", "imagemap", "templatestyles",
                       "score", "graph", "mapframe", "maplink", "noinclude", "includeonly", "syntaxhighlight",
                       "style", "script"})
MEDIA_NAMESPACES = ("file:", "image:", "media:", "category:")
# What is cut from the text before parsing (see unread_markup): references, comments, and the
# dropped templates that hold plain text.
_UNREAD = cuttable(DROP_TEMPLATES)

_INFOBOX_CUE = re.compile(r"\{\{\s*infobox", re.IGNORECASE)
_CUES = (re.compile(r"\[\[[^\]\n]+\]\]"), re.compile(r"'''[^'\n]+'''"), re.compile(r"\{\{[^}\n]+"),
         re.compile(r"^==+[^=\n]+==+\s*$", re.MULTILINE), re.compile(r"<ref[ >]", re.IGNORECASE))


def score(text: str) -> float:
    """0.95 with an ``{{Infobox``; otherwise 0.2 for each kind of wiki markup seen, up to 0.8."""
    head = text[:5000]
    if _INFOBOX_CUE.search(head):
        return 0.95
    kinds = sum(1 for cue in _CUES if cue.search(head))
    return min(0.8, 0.2 * kinds) if kinds >= 2 else 0.1 * kinds


# ---------------------------------------------------------------- rendering

_NAME_SPACES = re.compile(r"[\s_]+")
# A link target's disambiguation suffix, which the pipe trick drops: "Haroun (town)" -> "Haroun".
_DISAMBIGUATION = re.compile(r"\s*\([^)]*\)$")


def _tname(t: Template) -> str:
    return _NAME_SPACES.sub(" ", str(t.name).strip().lower()).removeprefix("template:")


def _positional(t: Template) -> list[Wikicode]:
    return [p.value for p in t.params if not p.showkey]


def _named(t: Template, name: str) -> Wikicode | None:
    return t.get(name).value if t.has(name) else None


class _Renderer:
    """Renders wikicode to plain text, noting unknown templates it had to guess at."""

    def __init__(self, prose: bool) -> None:
        self.prose = prose
        self.unknown: set[str] = set()

    def render(self, code: Wikicode | None) -> str:
        if code is None:
            return ""
        nodes = code.nodes
        return "".join([self._node(n) for i, n in enumerate(nodes) if not _flag_before_link(nodes, i)])

    def _node(self, node: object) -> str:
        if type(node) is Text:  # most nodes: checked before the lookup
            return node.value
        render = self._BY_TYPE.get(type(node))
        return render(self, node) if render is not None else ""  # comments and unknown nodes show nothing

    def _entity(self, entity: HTMLEntity) -> str:
        return entity.normalize().replace("\u00a0", " ")

    def _external_link(self, link: ExternalLink) -> str:
        return self.render(link.title) if link.title else ""

    def _heading(self, heading: Heading) -> str:
        return "\n" + self.render(heading.title) + "\n"

    def _argument(self, argument: Argument) -> str:
        return self.render(argument.default) if argument.default else ""

    def _link(self, link: Wikilink) -> str:
        title = str(link.title).strip()
        if title.lower().startswith(MEDIA_NAMESPACES):
            return ""
        if link.text is not None and str(link.text).strip():
            return self.render(link.text)
        title = title.lstrip(":").split("#")[0] or title.split("#")[-1]
        return _DISAMBIGUATION.sub("", title) if link.text is not None else title  # pipe trick

    def _template(self, t: Template) -> str:
        name = _tname(t)
        args = _positional(t)
        if name in DROP_TEMPLATES or name.startswith(DROP_PREFIXES):
            return ""
        if name in KILLED_TEMPLATES:
            return " †"
        if name in ("circa", "c.", "c"):  # {{circa|1500}} -> "c. 1500"
            return "c. " + (self.render(args[0]).strip() if args else "")
        if name in SYMBOL_TEMPLATES:
            return SYMBOL_TEMPLATES[name]
        if name in FLAG_TEMPLATES:
            shown = _named(t, "name")
            return self.render(shown if shown is not None else (args[0] if args else None)).strip()
        if name in LIST_TEMPLATES:
            entries = [self.render(a).strip() for a in args]
            lines = [dedent_bullet(ln.strip()) for e in entries for ln in e.splitlines() if ln.strip()]
            return "\n" + "\n".join(lines) + "\n"
        if name in DATE_TEMPLATES:
            return _date_template(args)
        if name == "convert" and args:
            return " ".join(self.render(a).strip() for a in args[:2])
        if name in SHIP_PREFIXES and args:  # {{HMS|Amethyst|F116|6}} -> "HMS Amethyst"
            return f"{name.upper()} {self.render(args[0]).strip()}"
        if name == "ship" and len(args) >= 2:  # {{ship|HMS|Amethyst|F116}}
            return f"{self.render(args[0]).strip()} {self.render(args[1]).strip()}"
        if name in ("lit", "literally", "literal translation") and args:  # {{lit|sharp strike}}: lit. 'sharp strike'
            return "lit. '" + "', '".join(self.render(a).strip() for a in args) + "'"
        if name.startswith("lang-") and args or name == "langx" and len(args) >= 2:
            # {{lang-hr|Bitka za Vukovar}}, and its successor {{langx|hr|Bitka za Vukovar}}
            words = self.render(args[0] if name != "langx" else args[1]).strip()
            code = name[len("lang-"):] if name != "langx" else self.render(args[0]).strip()
            return f"{LANGUAGE_NAMES.get(code, code)}: {words}" if self.prose and words else words
        if name in TEXT_TEMPLATES:
            i = TEXT_TEMPLATES[name]
            if not args or (i > 0 and len(args) < i):
                return ""
            return self.render(args[i - 1] if i > 0 else args[-1])
        if args and len(t.params) <= UNKNOWN_TEMPLATE_MAX_ARGS:
            shown = self.render(args[0]).strip()
            if shown and len(shown) <= UNKNOWN_TEMPLATE_MAX_CHARS and "\n" not in shown:
                self.unknown.add(name)
                return shown
        return ""

    def _tag(self, tag: Tag) -> str:
        name = str(tag.tag).strip().lower()
        if name in DROP_TAGS or (self.prose and name == "table"):
            return ""
        if tag.wiki_markup and name in ("li", "dt", "dd"):
            return "*" if name == "li" and tag.wiki_markup in ("*", "#") else " "
        if name in ("br", "hr"):
            return "\n"
        inner = self.render(tag.contents) if tag.contents is not None else ""
        if name in ("p", "div", "li", "tr", "blockquote", "center", "ul", "ol", "table"):
            return "\n" + inner + "\n"
        if name in ("td", "th"):
            return " " + inner + " "
        return inner

    # Renderer of each node type but Text, looked up by exact type (the parser's node classes).
    _BY_TYPE = {Wikilink: _link, Template: _template, Tag: _tag, HTMLEntity: _entity, ExternalLink: _external_link,
                Heading: _heading, Argument: _argument}


def _flag_before_link(nodes: list, i: int) -> bool:
    """Whether nodes[i] is a flag template standing as an icon before the linked name it flags
    ("{{Flag|Trần}} [[Đại Việt]]" on a wiki whose flag template draws a flag and nothing else)."""
    node = nodes[i]
    if not isinstance(node, Template) or _tname(node) not in FLAG_TEMPLATES:
        return False
    following = next((n for n in nodes[i + 1:] if not (isinstance(n, Text) and not n.value.strip())), None)
    return isinstance(following, Wikilink)


def _date_template(args: list[Wikicode]) -> str:
    """{{start date|2014|3|21}} -> '21 March 2014' (at the precision given)."""
    parts = [str(a).strip() for a in args[:3]]
    if not parts or not parts[0].isdigit():
        return " ".join(parts)
    year = parts[0]
    month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12 else None
    day = parts[2] if len(parts) > 2 and parts[2].isdigit() else None
    if month is None:
        return year
    return f"{int(day)} {MONTHS[month - 1]} {year}" if day else f"{MONTHS[month - 1]} {year}"


# ---------------------------------------------------------------- reading

_PROSE_START = re.compile(r"^\s*(?:$|'''|==)")


def close_unclosed_infobox(text: str) -> tuple[str, bool]:
    """Text with a missing "}}" added after an infobox that runs into the prose, and whether it was.

    The infobox is taken to end before the first blank line, bold lead ("'''Name'''") or heading
    after its parameters; without the repair the parser reads the whole page as plain text.
    """
    m = _INFOBOX_CUE.search(text)
    if not m:
        return text, False
    pos = text.find("\n", m.end())
    while pos != -1:
        line_end = text.find("\n", pos + 1)
        line = text[pos + 1:line_end if line_end != -1 else len(text)]
        if _PROSE_START.match(line):
            return text[:pos] + "\n}}" + text[pos:], True
        pos = line_end
    return text + "\n}}", True


# A box template of a wiki's own ("{{Battle | faction1 = … | leader1 = …}}" on a Fandom wiki): it
# is the box when its parameters name the box's rows, a side's among them.
_MIN_BOX_PARAMS = 4


def _find_infobox(code: Wikicode) -> Template | None:
    templates = code.filter_templates(recursive=False)
    for t in templates:
        if _tname(t).startswith("infobox"):
            return t
    for t in templates:
        keys = [found for p in t.params if (found := field_for_label(str(p.name).strip()))]
        if len(keys) >= _MIN_BOX_PARAMS and any(k == "belligerents" for k, _ in keys) \
                and any(side is not None for _, side in keys):
            return t
    return None


def _clean_value(raw: str, warnings: list[str], label: str) -> str:
    value, had_residue = scrub_residue(tidy_value(raw))
    if had_residue:
        warnings.append(f"markup residue removed from infobox field {label!r}")
    return tidy_value(value)


def _read_infobox(box: Template, out: CleanText, warnings: list[str]) -> None:
    renderer = _Renderer(prose=False)
    found: list[tuple[str, str, int | None, str]] = []
    for param in box.params:
        label = str(param.name).strip()
        mapped = field_for_label(label)
        if mapped is None:
            continue
        value = _clean_value(renderer.render(param.value), warnings, label)
        key, side = mapped
        if key == "belligerents":
            value, units = split_belligerent_units(value)
            found.append((key, value, side, label))
            if units:
                found.append(("units", units, side, label))
            continue
        found.append((key, value, side, label))
    placed = place_casualties([(k, v, s) for k, v, s, _ in found])
    for (key, value, side), (_, _, _, label) in zip(placed, found):
        out.add_field(label, key, value, side)
    if renderer.unknown:
        warnings.append("unknown templates shown as their first argument: " + ", ".join(sorted(renderer.unknown)))


# A wikitable standing for the box where a page has no {{Infobox}} (a Wikinews story's "at a glance"
# table): its rows' header cell the label, its data cells the value, one per side where the table
# has a column per side. It is one when its labels name a conflict's box (labels.conflict_box).
_QUALIFIER = re.compile(r"\s*\([^()]*\)")  # "Losses (own figures)": the label is "Losses"


def _cells(row: Tag) -> list[Tag]:
    return [c for c in row.contents.nodes if isinstance(c, Tag) and str(c.tag).strip().lower() in ("th", "td")] \
        if row.contents is not None else []


def _table_rows(table: Tag) -> list[list[Tag]]:
    nodes = table.contents.nodes if table.contents is not None else []
    return [_cells(n) for n in nodes if isinstance(n, Tag) and str(n.tag).strip().lower() == "tr"]


def _cell_text(cell: Tag, renderer: _Renderer) -> str:
    return tidy_value(renderer.render(cell.contents)) if cell.contents is not None else ""


def _fact_table(code: Wikicode) -> tuple[Tag, list[tuple[str, str, int | None, str]], str] | None:
    """The first wikitable that is a fact box: (its tag, (key, value, side, label) rows, its caption)."""
    renderer = _Renderer(prose=False)
    for table in code.filter_tags(recursive=False, matches=lambda n: str(n.tag).strip().lower() == "table"):
        rows: list[tuple[str, str, int | None, str]] = []
        for cells in _table_rows(table):
            heads = [c for c in cells if str(c.tag).strip().lower() == "th"]
            data = [c for c in cells if str(c.tag).strip().lower() == "td"]
            if len(heads) != 1 or not data or cells[0] is not heads[0]:
                continue  # a row of column heads ("! !! Armenia !! Azerbaijan"), or of no label
            label = _cell_text(heads[0], renderer)
            mapped = field_for_label(_QUALIFIER.sub("", label))
            if mapped is None:
                continue
            key, side = mapped
            if len(data) == 1:
                # one cell across the columns: a per-side key it holds for no side (casualties of all)
                key = "civilian_casualties" if key == "casualties" else key
                rows.append((key, _cell_text(data[0], renderer), side, label))
            else:
                rows += [(key, _cell_text(c, renderer), i, label) for i, c in enumerate(data)]
        keys = {k for k, *_ in rows}
        if conflict_box(keys):
            caption = next((str(n) for n in table.contents.nodes if str(n).lstrip().startswith("|+")), "")
            return table, rows, tidy_value(caption.lstrip()[2:]) if caption else ""
    return None


# The day a news wiki's story was published: Wikinews opens each with "{{date|April 6, 2016}}".
_DAY_FORMATS = ("%B %d, %Y", "%d %B %Y", "%Y-%m-%d")


def _published(code: Wikicode) -> str | None:
    for t in code.filter_templates(recursive=False):
        if _tname(t) == "date" and (args := _positional(t)):
            for fmt in _DAY_FORMATS:
                try:
                    day = dt.datetime.strptime(str(args[0]).strip(), fmt).date().isoformat()
                except ValueError:
                    continue
                code.remove(t)
                return day
        return None  # only a page's first template dates it
    return None


def _work_header(code: Wikicode) -> tuple[str, str] | None:
    """A Wikisource work's ``{{header}}`` (taken out of the page): the work's title, its section's
    when it is one of a book's parts ("Despatch respecting the Siege of Orakau"), and the editor's
    notes, which sum the work up as a lead would. None when the page opens with no such header."""
    for t in code.filter_templates(recursive=False):
        if _tname(t) != "header" or not (t.has("section") or t.has("notes") or t.has("author")):
            return None
        render = _Renderer(prose=True).render
        section, work = _named(t, "section"), _named(t, "title")
        title = tidy_value(render(section)) if section is not None else ""
        if not title and work is not None and not str(work).strip().startswith("[[.."):
            title = tidy_value(render(work))
        notes = _named(t, "notes")
        code.remove(t)
        return title, (_LINE_SPACES.sub(" ", render(notes)).strip() if notes is not None else "")
    return None


_BLANK_LINE = re.compile(r"\n\s*\n")
_LINE_SPACES = re.compile(r"[ \t\u00a0]+")
_WORD_CHAR = re.compile(r"\w")


def _paragraphs(rendered: str) -> list[str]:
    """Rendered section text split at blank lines; list items keep their own lines."""
    out = []
    for block in _BLANK_LINE.split(rendered):
        lines = [_LINE_SPACES.sub(" ", ln).strip() for ln in block.splitlines()]
        lines = [ln for ln in lines if ln]
        text = ""
        for i, ln in enumerate(lines):
            sep = "\n" if i and (ln.startswith("*") or lines[i - 1].startswith("*")) else " "
            text = ln if not i else text + sep + ln
        text, _ = scrub_residue(text)
        if text and _WORD_CHAR.search(text):
            out.append(text)
    return out


def _read_prose(code: Wikicode, out: CleanText) -> None:
    renderer = _Renderer(prose=True)
    for section in code.get_sections(flat=True, include_lead=True, include_headings=True):
        heading = None
        nodes = section.nodes
        if nodes and isinstance(nodes[0], Heading):
            heading = heading_text(renderer.render(nodes[0].title)) or None
            nodes = nodes[1:]
        if is_non_prose_section(heading):
            continue
        for para in _paragraphs(renderer.render(Wikicode(nodes))):
            out.add_paragraph(para, heading)


def _is_read(node: object, code: Wikicode) -> bool:
    """Whether the node is rendered: not inside a tag whose content is dropped (a reference)."""
    return not any(isinstance(a, Tag) and str(a.tag).strip().lower() in DROP_TAGS for a in code.get_ancestors(node))


def _title(box: Template | None, code: Wikicode) -> str:
    for name in ("conflict", "name", "title"):
        if box is not None and box.has(name):
            value = tidy_value(_Renderer(prose=False).render(box.get(name).value))
            if value:
                return value.splitlines()[0]
    bold = next((t for t in code.filter_tags(recursive=True) if t.wiki_markup == "'''" and _is_read(t, code)), None)
    return tidy_value(_Renderer(prose=True).render(bold.contents)) if bold is not None else ""


def read(text: str) -> Document:
    """The page read with the references, comments and templates it drops cut out before parsing."""
    return read_uncut(cut_unread_markup(text, _UNREAD) if isinstance(text, str) else "")


def read_uncut(text: str) -> Document:
    """The page read with every byte given to the parser: what :func:`read` must equal."""
    text = text if isinstance(text, str) else ""
    warnings: list[str] = []
    out = CleanText()
    try:
        code = mwparserfromhell.parse(text)
    except Exception as e:  # the parser is lenient by design; a failure is its bug, not our input's
        return Document(text="", shape=SHAPE, warnings=(f"wikitext not parsed: {e}",))
    box = _find_infobox(code)
    if box is None and _INFOBOX_CUE.search(text):
        repaired, changed = close_unclosed_infobox(text)
        reparsed = mwparserfromhell.parse(repaired) if changed else code
        box = _find_infobox(reparsed)
        if box is not None:
            code = reparsed
            warnings.append("infobox template was not closed; closed before the prose")
    title = _title(box, code)
    table = _fact_table(code) if box is None else None
    if table is not None:
        tag, rows, caption = table
        if caption:
            out.add_field("caption", "name", box_title(caption), None)
        for key, value, side, label in rows:
            out.add_field(label, key, value, side)
        code.remove(tag)
        title = box_title(caption) if caption else title
    elif box is None:
        warnings.append("no {{Infobox ...}} template found")
    else:
        _read_infobox(box, out, warnings)
        code.remove(box)
    published = _published(code)  # (its template taken out: the story's day is no paragraph of it)
    meta = (("published", published), ("dateline", published)) if published else ()
    if (header := _work_header(code)) is not None:
        if header[0]:
            title, meta = header[0], meta + (("title", header[0]),)  # (a dump's page title gives way to it)
        if header[1]:
            out.add_paragraph(header[1], None)  # the editor's summary of the work: its lead
    _read_prose(code, out)
    if not out.paragraphs:
        warnings.append("no prose paragraphs found")
    return Document(text=out.text, shape=SHAPE, title=title, infobox=tuple(out.fields),
                    meta=meta, paragraphs=tuple(out.paragraphs), warnings=tuple(warnings))
