"""Reader for a man page's source: troff with the ``man`` macros and ``tbl`` tables, as pandoc
writes a saved page (``pandoc -t man -s``) or a person writes one.

The page is written out as the HTML it stands for and read by the HTML reader. ``.TH`` gives the
title; ``.SH`` / ``.SS`` are headings (the heading naming the page itself is its ``<h1>``, and
what comes before it on a saved page is the site's chrome); ``.PP`` / ``.LP`` / ``.P`` / ``.sp``
and blank lines start paragraphs, whose lines are joined with spaces; ``.IP`` with a bullet or a
number is a list item, with a word a term (``.TP`` too: its next line is the term), with nothing a
paragraph; ``.B`` / ``.I`` / ``.BR``… lines are their words; ``.br`` and ``.nf`` lines break.
Escapes are read as the characters they name (``\\[en]``, ``\\(em``, ``\\[u00FC]``, ``\\-``…), font
changes and spacing as nothing; ``\\c`` joins the next line on. ``.UR url`` … ``.UE`` is its text.

A ``.TS`` … ``.TE`` table is read row by row: its options (``tab(@);``), its format lines (an
``s`` widening the cell before it), then rows whose cells the tab character separates, a cell
running over lines as ``T{`` … ``T}``. A table inside a cell (pandoc writes Wikipedia's infobox
so) gives its rows to the outer table in place. The table whose rows carry infobox labels is the
box: a label and its values as ``<th>`` / ``<td>``, a row holding one cell (a section's name,
"Part of …", the title) a cell spanning the columns, a row of one cell per side ``<td>`` s. A run
of terms naming infobox rows (``.TP`` ``Date`` …) is a box too.

Comments (``.\\"``, ``\\"``), conditionals (``.ie`` / ``.el`` blocks), macro definitions and page
setup requests (``.hy``, ``.ftr``, ``.ad``…) are dropped, and so are pandoc's ``[IMAGE: …]``
marks, a link's "(url)" and a saved page's "[edit]" links. A citation "^[3]^" reads "[3]".
"""
from __future__ import annotations

import html as html_escape
import re
import unicodedata

from warfile.model import Document
from warfile.readers import _text, html
from warfile.readers.labels import field_for_label

SHAPE = "man"

# ---------------------------------------------------------------- score

# Substrings one of which every man page holds (asked of every document: no pattern before them).
_MARKERS = (".TH", ".SH", ".SS")
_CUES = re.compile(r"^[.'][ \t]*(TH|SH|SS|PP|LP|IP|TP|TS|TE|RS|RE|B|I|BR|BI|IR|RB|nf|fi|br|sp|UR|UE|hy|ad|nh|ft)"
                   r"(?=[ \t]|$)|^[.']\\\"", re.MULTILINE)
_HEADS = {"TH", "SH", "SS"}
_SCORE_PER_CUE = 0.15
_MIN_CUES = 3
_MAX_SCORE = 0.94


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if not any(m in head for m in _MARKERS) or head.lstrip().startswith(("<", "{", "[")):
        return 0.0
    names = {m.group(1) or "comment" for m in _CUES.finditer(head)}
    if not names & _HEADS or len(names) < _MIN_CUES:
        return 0.0
    return min(_MAX_SCORE, _SCORE_PER_CUE * len(names) + (0.2 if "TH" in names else 0.0))


# ---------------------------------------------------------------- escapes

_NAMED = {
    "en": "–", "em": "—", "hy": "-", "mi": "−", "bu": "•", "lq": "“", "rq": "”", "oq": "‘", "cq": "’",
    "aq": "'", "dq": '"', "ha": "^", "ti": "~", "dg": "†", "dd": "‡", "de": "°", "fm": "′", "sd": "″",
    "rg": "®", "co": "©", "tm": "™", "sc": "§", "ps": "¶", "mu": "×", "di": "÷", "+-": "±", "->": "→",
    "<-": "←", "<>": "↔", "==": "≡", ">=": "≥", "<=": "≤", "!=": "≠", "~~": "≈", "~=": "≅", "Fo": "«",
    "Fc": "»", "fo": "‹", "fc": "›", "Eu": "€", "eu": "€", "Po": "£", "Ye": "¥", "ct": "¢", "r!": "¡",
    "r?": "¿", "ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "/o": "ø", "/O": "Ø", "/l": "ł",
    "/L": "Ł", "-D": "Đ", "Sd": "ð", "TP": "Þ", "Tp": "þ", "12": "½", "14": "¼", "34": "¾", "sl": "/",
    "rs": "\\", "ba": "|", "or": "|", "lB": "[", "rB": "]", "lC": "{", "rC": "}", "la": "⟨", "ra": "⟩",
    "at": "@", "sh": "#", "Do": "$", "pc": "·", "md": "⋅", "ga": "`", "aa": "´", "a-": "¯",
    "Bq": "„", "bq": "‚", "OK": "✓", "ci": "○", "sq": "□", "%0": "‰", "S1": "¹", "S2": "²", "S3": "³",
    "ul": "_", "ru": "_", "rn": "‾", "tno": "¬", "no": "¬",
}
# The accent a name's first character puts on its letter: "\[:u]" ü, "\['e]" é, "\[oa]" å.
_ACCENTS = {":": "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", ",": "\u0327",
            "o": "\u030a", "v": "\u030c", '"': "\u030b", "-": "\u0304", "u": "\u0306", ".": "\u0307"}
_STRINGS = {"lq": "“", "rq": "”", "R": "®", "Tm": "™", "S": "", "HF": "", "pd": ""}
_ONE_CHAR = {"-": "-", "e": "\\", "\\": "\\", " ": " ", "~": " ", "0": " ", "'": "´", "`": "`", ".": ".",
             "t": " ", "E": "\\", "_": "_"}  # other one-character escapes (\& \| \^ \% \: \/ \, \) \a…) are nothing

_ESCAPE = re.compile(r"""\\(?:
    \[(?P<bracket>[^\]\n]{0,40})\]                    # \[name]
  | \((?P<paren>[^\n]{2})                             # \(xx
  | [fF](?:\[[^\]\n]{0,12}\]|\([^\n]{2}|[^\n])        # a font change
  | \*(?:\[(?P<sbracket>[^\]\n]{0,40})\]|\((?P<sparen>[^\n]{2})|(?P<sone>[^\n]))   # a string
  | s(?:[+-]?\d{1,2}|[+-]?\[[^\]\n]{0,12}\]|[+-]?\([^\n]{2}|[+-]?'[^'\n]{0,20}')   # a size
  | [nmgkMYV](?:\[[^\]\n]{0,40}\]|\([^\n]{2}|[^\n])   # a register, a colour, an environment value
  | [hvwloDbxXRSNZHAL](?P<q>['"|])[^\n]{0,200}?(?P=q)   # an escape with a delimited argument
  | C'(?P<named>[^'\n]{1,40})'                         # \C'name'
  | [\"\#](?P<comment>[^\n]*)                          # a comment, to the line's end
  | (?P<one>[^\n])
)""", re.VERBOSE)

_SUPERSCRIPT = re.compile(r"\^([^\^\n]{1,60}?)\^")  # pandoc's ^…^: "^[3]^", "1^st^"
_SUBSCRIPT = re.compile(r"~([^~\s\\]{1,20})~")
_IMAGE = re.compile(r"\[IMAGE:[^\]\n]*\]")
_URL_AFTER = re.compile(r"(?<![ \t])[ \t]*\((?:https?|ftp|mailto|file):(?:[^()\s]|\([^()\s]*\))*\)")
_AUTOLINK = re.compile(r"&lt;((?:https?|ftp|mailto):\S{0,500}?)&gt;")
_SPACES = re.compile(r"[ \t]{2,}")


def _named(name: str) -> str:
    """The character a ``\\[name]`` or ``\\(xx`` names ("" for one not known)."""
    if name in _NAMED:
        return _NAMED[name]
    if name.startswith("u") and len(name) >= 5:  # \[u00FC], \[u0065_0301]
        try:
            return unicodedata.normalize("NFC", "".join(chr(int(part, 16)) for part in name[1:].split("_")))
        except (ValueError, OverflowError):
            return ""
    if name.startswith("char") and name[4:].isdigit() and int(name[4:]) < 256:
        return chr(int(name[4:]))
    if len(name) == 2 and name[0] in _ACCENTS and name[1].isalpha():
        return unicodedata.normalize("NFC", name[1] + _ACCENTS[name[0]])
    return ""


def _escape(m: re.Match[str]) -> str:
    if (name := m.group("bracket")) is not None:
        return _named(name.strip())
    if (name := m.group("paren")) is not None:
        return _named(name)
    if (name := m.group("named")) is not None:
        return _named(name)
    if (one := m.group("one")) is not None:
        return _ONE_CHAR.get(one, "")
    for group in ("sbracket", "sparen", "sone"):
        if (name := m.group(group)) is not None:
            return _STRINGS.get(name, "")
    return ""  # fonts, sizes, motions, registers, comments


def _inline(raw: str) -> tuple[str, bool]:
    """One input line's text as HTML, and whether it ends in ``\\c`` (the next line goes on it)."""
    raw = _SUBSCRIPT.sub(r"\1", _SUPERSCRIPT.sub(r"\1", raw))
    out: list[str] = []
    pos, joined = 0, False
    for m in _ESCAPE.finditer(raw):
        out.append(html_escape.escape(raw[pos:m.start()], quote=False))
        if m.group("one") == "c":
            joined = True
        elif m.group("comment") is not None:
            pos = len(raw)
            break
        out.append(html_escape.escape(_escape(m), quote=False))
        pos = m.end()
    out.append(html_escape.escape(raw[pos:], quote=False))
    text = _AUTOLINK.sub(r"\1", _URL_AFTER.sub("", _IMAGE.sub("", "".join(out))))
    return text, joined


# ---------------------------------------------------------------- requests

_REQUEST = re.compile(r"^[.'][ \t]*([^\s\\]+|\\.)?[ \t]*(.*)$")
_ARGUMENT = re.compile(r'"((?:[^"]|"")*)"?|(\S+)')
_KNOWN = frozenset({
    "TH", "SH", "SS", "PP", "LP", "P", "IP", "TP", "TQ", "HP", "RS", "RE", "B", "I", "BR", "BI", "IB", "IR",
    "RB", "RI", "SM", "SB", "br", "sp", "nf", "fi", "EX", "EE", "UR", "UE", "MT", "ME", "TS", "TE", "ie", "el",
    "if", "de", "ig", "hy", "nh", "ad", "na", "ft", "ne", "bp", "in", "ti", "ll", "ps", "vs", "so", "ds", "ce",
})
_ALTERNATING = frozenset({"BR", "BI", "IB", "IR", "RB", "RI"})
_FONT_LINES = frozenset({"B", "I", "SM", "SB"})
_PARAGRAPHS = frozenset({"PP", "LP", "P", "sp", "HP"})
_CONDITIONALS = frozenset({"ie", "el", "if", "while", "nr", "tm"})
_DEFINITIONS = frozenset({"de", "de1", "am", "am1", "ig", "dei", "ami"})
_BULLET = re.compile(r"^(?:[•·*o+\-–—]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]|\[\d{1,3}\])$")
_FORMAT_LINE = re.compile(r"^[lcrnasLCRNAS^_=|\s,.bBiItTeEuUzZxXdDfFpPvVwWmM0-9+\-]*$")
_FORMAT_KEYS = re.compile(r"[lcrnasLCRNAS^_=]")
_FORMAT_ARGUMENT = re.compile(r"\([^()\n]{0,40}\)")  # "w(35.0n)", "f(CW)"
_FORMAT_FONT = re.compile(r"[fF](?:[A-Z]{1,2}\b|[A-Z])")  # "fB", "fCW"
_TAB = re.compile(r"\btab\s*\(\s*([^\s)])\s*\)", re.IGNORECASE)
_END = re.compile(r"^[.'][ \t]*TE\b")
_NEW_FORMAT = re.compile(r"^[.'][ \t]*T&")
_MAX_DEPTH = 20  # tables inside cells inside tables: deeper ones are read as text


def _arguments(text: str) -> list[str]:
    return [m.group(1).replace('""', '"') if m.group(1) is not None else m.group(2) for m in _ARGUMENT.finditer(text)]


def _lines(text: str) -> list[str]:
    """The page's lines, a line ending in an (unescaped) backslash joined to the next."""
    out: list[str] = []
    carried: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if (len(line) - len(line.rstrip("\\"))) % 2:
            carried.append(line[:-1])
            continue
        if carried:
            line = "".join(carried) + line
            carried = []
        out.append(line)
    if carried:
        out.append("".join(carried))
    return out


# ---------------------------------------------------------------- blocks

_EDIT_LINK = re.compile(r"^\[\s*edit(?:\s*\|\s*edit source)?\s*\]$", re.IGNORECASE)
_EDIT_SUFFIX = re.compile(r"\s*\[\s*edit(?:\s*\|\s*edit source)?\s*\]$", re.IGNORECASE)  # "Battle[edit]"
_REDIRECT = re.compile(r"^[\"“][^\"”]{2,80}[\"”] redirects here\b")
_TITLE_SUFFIX = re.compile(r"(?<!\s)\s+[-–—|]\s+Wikipedia\b.*$")
_TAGS = re.compile(r"<[^>]*>")
_BREAKS = re.compile(r"(?: ?<br>)+ ?")  # (after runs of spaces are one space)
_MAX_LABEL = 30


def _plain(cell: str) -> str:
    return " ".join(html_escape.unescape(_TAGS.sub(" ", cell)).split())


def _is_label(text: str) -> bool:
    return 0 < len(text) <= _MAX_LABEL and field_for_label(text) is not None


class _Flow:
    """The blocks one stretch of the page makes (the page's body, or one table cell): each a
    (kind, term, content), kinds "p", "li", "dd" (a term's body), "h2", "h3", "note", "table"."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str, object]] = []
        self.kind: str | None = None  # the open block; "dt" waits for its term, "h2*" for its words
        self.term = ""
        self.parts: list[str] = []
        self.glue = False  # the next words go on without a space (\c, a break just written)
        self.nofill = False
        self.link_at: int | None = None  # where an open .UR link's words start
        self.link = ""
        self.nested: list[list[tuple[str, int]]] = []  # a cell's: the rows of the tables inside it

    def open(self, kind: str, term: str = "") -> None:
        self.close()
        self.kind, self.term = kind, term

    def close(self) -> None:
        content = _BREAKS.sub("<br>", _SPACES.sub(" ", "".join(self.parts))).strip()
        content = content.removeprefix("<br>").removesuffix("<br>").strip()
        kind = self.kind or "p"
        if kind.endswith("*") or kind == "dt":
            kind = "p"  # a heading or a term that never got its words
        if content or (kind == "dd" and self.term):
            self.blocks.append((kind, self.term, content))
        self.kind, self.term, self.parts, self.glue = None, "", [], False

    def words(self, text: str, joined: bool = False) -> None:
        if not text.strip() and not self.nofill:
            self.glue = self.glue or joined
            return
        if self.kind == "dt":  # .TP: this line is the term
            self.kind, self.term, self.glue = "dd", text.strip(), False
            return
        if self.kind and self.kind.endswith("*"):  # .SH on its own: this line is the heading
            self.kind = self.kind[:-1]
            self.parts = [text.strip()]
            self.close()
            return
        piece = text if self.nofill or joined else text.rstrip()
        if not self.parts or not self.glue:
            if self.parts:
                self.parts.append("<br>" if self.nofill else " ")
            piece = piece if self.nofill else piece.lstrip()
        self.parts.append(piece)
        self.glue = joined

    def line_break(self) -> None:
        if self.parts:
            self.parts.append("<br>")
            self.glue = True

    def table(self, rows: list[list[tuple[str, int]]], in_cell: bool) -> None:
        self.close()
        if in_cell:
            self.nested.extend(rows)
        elif rows:
            self.blocks.append(("table", "", rows))

    def cell(self) -> str:
        """The cell's text: its paragraphs and items one to a line."""
        self.close()
        lines = []
        for kind, term, content in self.blocks:
            if kind == "table":
                continue
            lines.append(f"{term}: {content}" if kind == "dd" and term and content else term or str(content))
        return "<br>".join(line for line in lines if line)


class _Page:
    def __init__(self) -> None:
        self.title = ""

    # ---- lines

    def run(self, lines: list[str], i: int, flow: _Flow, depth: int) -> int:
        """Read lines from i into flow, to the end or, in a cell (depth > 0), to its "T}" line
        (or a stray ".TE"), whose index is returned."""
        n = len(lines)
        while i < n:
            line = lines[i]
            if depth and (line.startswith("T}") or _END.match(line)):
                return i
            request = _REQUEST.match(line) if line[:1] in ".'" else None
            if request and line[0] == "'" and not (request.group(1) or "").startswith("\\") \
                    and request.group(1) not in _KNOWN:
                request = None  # "'Tis": text, not a request
            if request is None:
                self.text(line, flow)
                i += 1
                continue
            i = self.request(request.group(1) or "", request.group(2), lines, i, flow, depth)
        return i

    def text(self, line: str, flow: _Flow) -> None:
        if not line.strip():
            if flow.nofill:
                flow.line_break()
            else:
                flow.close()
            return
        words, joined = _inline(line)
        plain = words.strip()
        if _EDIT_LINK.match(plain):
            return  # a saved page's "[edit]" link under its heading
        if _REDIRECT.match(plain):
            flow.open("note")
        flow.words(words, joined)

    def request(self, name: str, rest: str, lines: list[str], i: int, flow: _Flow, depth: int) -> int:
        """Act on the request at lines[i]; the index of the line after it (and after the lines
        it takes: a conditional's block, a macro's definition, a table)."""
        if name.startswith("\\"):  # .\" a comment, .\} a conditional's end
            return i + 1
        if name in _CONDITIONALS:
            return _after_block(lines, i)
        if name in _DEFINITIONS:  # skipped to its end: ".." or the macro its arguments name
            named = _arguments(rest)[0 if name == "ig" else 1:]
            end = "." + named[0] if named else ".."
            j = i + 1
            while j < len(lines) and lines[j].strip() != end:
                j += 1
            return j + 1
        args = _arguments(rest)
        if name == "TS":
            if depth >= _MAX_DEPTH:
                return i + 1
            rows, j = self.table(lines, i + 1, depth)
            flow.table(rows, in_cell=depth > 0)
            return j
        if name == "TH":
            self.title = self.title or (_inline(args[0])[0].strip() if args else "")
        elif name in ("SH", "SS", "SY"):
            level = "h3" if name == "SS" else "h2"
            words = _EDIT_SUFFIX.sub("", " ".join(_inline(a)[0].strip() for a in args).strip())
            if name == "SY":
                flow.words(words)
            elif words:
                flow.open(level)
                flow.words(words)
                flow.close()
            else:
                flow.open(level + "*")
        elif name in _PARAGRAPHS:
            flow.close()
        elif name == "IP":
            tag = _inline(args[0])[0].strip() if args else ""
            if not tag:
                flow.open("p")
            elif _BULLET.match(html_escape.unescape(tag)):
                flow.open("li")
            else:
                flow.open("dd", tag)
        elif name in ("TP", "TQ"):
            flow.open("dt")
        elif name in _FONT_LINES:
            if args:
                flow.words(" ".join(_inline(a)[0] for a in args))
        elif name in _ALTERNATING:
            if args:
                flow.words("".join(_inline(a)[0] for a in args))
        elif name == "br":
            flow.line_break()
        elif name in ("nf", "EX"):
            flow.nofill = True
        elif name in ("fi", "EE"):
            flow.nofill = False
        elif name in ("UR", "MT"):
            flow.link_at, flow.link = len(flow.parts), _inline(args[0])[0] if args else ""
        elif name in ("UE", "ME"):
            if flow.link_at is not None and len(flow.parts) == flow.link_at and flow.link:
                flow.words(flow.link)  # a link with no words of its own: its address
            flow.link_at = None
            if args:
                tail, joined = _inline(" ".join(args))
                flow.glue = True
                flow.words(tail, joined)
            else:
                flow.glue = False
        return i + 1

    # ---- tables

    def table(self, lines: list[str], i: int, depth: int) -> tuple[list[list[tuple[str, int]]], int]:
        """The rows of the table whose lines start at i (after ".TS"), and the index after ".TE"."""
        n = len(lines)
        tab = "\t"
        while i < n and lines[i].rstrip().endswith(";") and not _END.match(lines[i]):
            if m := _TAB.search(lines[i]):
                tab = m.group(1)
            i += 1
        formats, i = _formats(lines, i)
        rows: list[list[tuple[str, int]]] = []
        count = 0
        while i < n:
            line = lines[i]
            if _END.match(line):
                return rows, i + 1
            if depth and line.startswith("T}"):
                return rows, i  # a table left open inside a cell: the cell ends it
            if _NEW_FORMAT.match(line):
                formats, i = _formats(lines, i + 1)
                count = 0
                continue
            if line[:1] in ".'" or line.strip() in ("_", "=", ""):
                i += 1  # a request between rows (.sp), a rule
                continue
            cells, nested, i = self.row(lines, i, tab, depth)
            spans = formats[min(count, len(formats) - 1)] if formats else []
            count += 1
            rows.append([(cell, spans[k] if k < len(spans) else 1) for k, cell in enumerate(cells)])
            rows.extend(nested)
        return rows, i

    def row(self, lines: list[str], i: int, tab: str, depth: int) -> tuple[list[str], list[list[tuple[str, int]]], int]:
        """One table row starting at lines[i]: its cells, the rows of tables inside them, and the
        index of the line after it."""
        cells: list[str] = []
        nested: list[list[tuple[str, int]]] = []
        rest = lines[i]
        while True:
            parts = rest.split(tab)
            cells += [_cell(p) for p in parts[:-1]]
            if parts[-1].rstrip() != "T{":
                cells.append(_cell(parts[-1]))
                return cells, nested, i + 1
            flow = _Flow()
            j = self.run(lines, i + 1, flow, depth + 1)
            cells.append(flow.cell())
            nested += flow.nested
            if j >= len(lines) or not lines[j].startswith("T}"):
                return cells, nested, j  # the table ends (or the text does) inside the cell
            rest, i = lines[j][2:], j
            if not rest.startswith(tab):
                return cells, nested, j + 1
            rest = rest[1:]


def _after_block(lines: list[str], i: int) -> int:
    """The index after a conditional request and, when it opens a ``\\{`` block, the block."""
    depth = lines[i].count("\\{") - lines[i].count("\\}")
    i += 1
    while depth > 0 and i < len(lines):
        depth += lines[i].count("\\{") - lines[i].count("\\}")
        i += 1
    return i


def _formats(lines: list[str], i: int) -> tuple[list[list[int]], int]:
    """A table's format lines from i: for each format row, its cells' column spans; and the index
    of the first data line."""
    formats: list[list[int]] = []
    while i < len(lines):
        line = lines[i].strip()
        if not line or not _FORMAT_LINE.match(_FORMAT_ARGUMENT.sub("", line)):
            break
        for part in line.rstrip(".").split(","):
            spans: list[int] = []
            keys = _FORMAT_KEYS.findall(_FORMAT_FONT.sub("", _FORMAT_ARGUMENT.sub("", part)))
            for key in keys:
                if key in "sS" and spans:
                    spans[-1] += 1
                else:
                    spans.append(1)
            if spans:
                formats.append(spans)
        i += 1
        if line.endswith("."):
            break
    return formats, i


def _cell(text: str) -> str:
    """A cell written on its row's line."""
    if text.strip() in ("\\^", "_", "=", "\\_", "\\="):
        return ""  # a cell spanning down from the row above, a rule
    return _inline(text)[0].strip()


# ---------------------------------------------------------------- the page

def _row_html(cells: list[tuple[str, int]], width: int, first: bool) -> str:
    """One box row: a label and its values, one cell alone across the columns, or a cell per side."""
    texts = [_plain(c) for c, _ in cells]
    if not any(texts):
        return ""
    if texts[0] and not any(texts[1:]):
        cell = cells[0][0]
        tag = "th" if first or _is_label(texts[0]) or texts[0].lower().startswith("part of") else "td"
        span = f' colspan="{width}"' if width > 1 else ""
        return f"<tr><{tag}{span}>{cell}</{tag}></tr>"
    out = []
    for k, (cell, span) in enumerate(cells):
        tag = "th" if k == 0 and _is_label(texts[0]) else "td"
        attrs = f' colspan="{span}"' if span > 1 else ""
        out.append(f"<{tag}{attrs}>{cell}</{tag}>")
    return f"<tr>{''.join(out)}</tr>"


def _table_html(rows: list[list[tuple[str, int]]], box: bool) -> str:
    width = max((sum(span for _, span in row) for row in rows), default=1)
    out, first = [], True
    for row in rows:
        if written := _row_html(row, width, first):
            out.append(written)
            first = False
    attrs = ' class="infobox"' if box else ""
    return f"<table{attrs}>{''.join(out)}</table>" if out else ""


def _labels(rows: list[list[tuple[str, int]]]) -> int:
    return sum(1 for row in rows if row and _is_label(_plain(row[0][0])))


_MIN_BOX_LABELS = 2


def _body(blocks: list[tuple[str, str, object]]) -> str:
    out: list[str] = []
    boxed = False
    k = 0
    while k < len(blocks):
        kind, term, content = blocks[k]
        if kind in ("li", "dd"):
            j = k
            while j < len(blocks) and blocks[j][0] == kind:
                j += 1
            run = blocks[k:j]
            k = j
            if kind == "dd" and not boxed and sum(_is_label(_plain(t)) for _, t, _ in run) >= 3:
                rows = [[(t, 1), (str(c), 1)] for _, t, c in run]
                out.append(_table_html(rows, box=True))  # a run of ".TP Date …" terms: the fact box
                boxed = True
                continue
            items = "".join(f"<li>{t}: {c}</li>" if kind == "dd" and c else f"<li>{t or c}</li>" for _, t, c in run)
            out.append(f"<ul>{items}</ul>")
            continue
        k += 1
        if kind == "table":
            rows = content if isinstance(content, list) else []
            box = not boxed and _labels(rows) >= _MIN_BOX_LABELS
            boxed = boxed or box
            out.append(_table_html(rows, box))
        elif kind in ("h2", "h3"):
            out.append(f"<{kind}>{content}</{kind}>")
        elif kind == "note":
            out.append(f'<div class="hatnote">{content}</div>')
        else:
            out.append(f"<p>{content}</p>")
    return "".join(out)


def _article(blocks: list[tuple[str, str, object]], title: str) -> list[tuple[str, str, object]]:
    """The blocks from the heading naming the page on, when a saved page puts its site's chrome
    (menus, search, contents) before it; the heading itself is the page's <h1>."""
    wanted = _plain(title).casefold()
    for k, (kind, _, content) in enumerate(blocks):
        if kind in ("h2", "h3") and _plain(str(content)).casefold() == wanted:
            before = blocks[:k]
            kept = [b for b in before if b[0] == "table"]
            return kept + blocks[k + 1:]
    return blocks


def html_page(text: str) -> str:
    """The man page as the HTML it stands for."""
    page = _Page()
    flow = _Flow()
    page.run(_lines(text), 0, flow, 0)
    flow.close()
    title = _TITLE_SUFFIX.sub("", page.title).strip()
    blocks = _article(flow.blocks, title) if title else flow.blocks
    if not title:  # no .TH: the first heading names the page
        title = next((str(c) for kind, _, c in blocks if kind in ("h2", "h3")), "")
    return html.page(title or None, ([f"<h1>{title}</h1>"] if title else []) + [_body(blocks)])


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
