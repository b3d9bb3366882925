"""Reader for a LyX document (``.lyx``): a page retyped for a course essay or a report in the LyX
editor, its box a table in a ``Wrap table`` or ``Float table`` inset.

The file (``#LyX 2.3 created this file…``, ``\\lyxformat 544``) is read line by line into its
nested ``\\begin_layout`` … ``\\end_layout`` paragraphs and ``\\begin_inset`` … ``\\end_inset`` insets
and written out as the HTML page it stands for, read by the HTML reader. The header's settings are
dropped (its ``\\pdf_title`` names a page with no ``Title`` layout). A paragraph's lines are joined
as they are: LyX breaks a long line at a space and keeps the space on the next line's start (a word
is never split). Layouts: ``Title`` the page's title, ``Part`` … ``Subparagraph`` headings (the
highest one used an ``<h2>``), ``Itemize`` / ``Enumerate`` / ``Description`` list items, ``Author``,
``Date`` and the like (the title block) and ``Bibliography`` entries nothing, any other a paragraph.
Insets: ``CommandInset citation`` a ``[n]`` mark numbered by its key's first use, ``Quotes eld`` …
quote marks, ``CommandInset href`` its name, ``Newline`` a line break, ``space`` a space, ``Float`` /
``Wrap`` / ``Box`` / ``Branch`` their content, ``Tabular`` a table; footnotes, notes, graphics,
captions, raw LaTeX (``ERT``), labels, indexes and a table of contents nothing. Font toggles
(``\\series bold``, ``\\emph on``, ``\\lang …``) are dropped, ``\\backslash`` reads ``\\`` and
``\\SpecialChar`` its character; text a tracked change deleted is left out.

A table's cells (``<cell multicolumn="1">`` opening a cell spanning the columns its
``multicolumn="2"`` neighbours continue) become ``<td>`` cells; a row's first cell is a ``<th>`` when
it names a box label ("Belligerents", "Date"), is a bold label before plain cells ("Territorial
changes"), or spans its row alone in bold or as the table's first row (the title). The first table
with two labelled rows is the page's ``table.infobox``.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html
from warfile.readers.labels import field_for_label

SHAPE = "lyx"

_MAX_SCORE = 0.94
_MAX_LABEL = 30  # characters: a longer cell is a value, whatever words it holds
_MIN_BOX_LABELS = 2  # labelled rows a table must hold to be the box
_MAX_DEPTH = 60  # open layouts, insets and table parts: deeper nesting is no LyX file's (and costs recursion)
_TAG = re.compile(r"<[^>]*>")
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')
_PARAM = re.compile(r'^(\w+)\s+"((?:[^"\\]|\\.)*)"\s*$')

_SECTION_RANK = {"part": 0, "chapter": 1, "addchap": 1, "section": 2, "addsec": 2, "subsection": 3,
                 "subsubsection": 4, "paragraph": 5, "subparagraph": 6}
_LIST_LAYOUTS = frozenset({"itemize", "enumerate", "description", "list", "labeling"})
# the title block's lines and the references: no prose of the page
_DROPPED_LAYOUTS = frozenset({"author", "date", "address", "right address", "institute", "email", "keywords",
                              "thanks", "bibliography", "subtitle", "publishers", "dedication", "titlehead",
                              "subject", "uppertitleback", "lowertitleback", "extratitle"})
# insets whose text is not the page's prose (footnote bodies, notes, figures, raw LaTeX, labels)
_DROPPED_INSETS = frozenset({"Note", "Foot", "Graphics", "ERT", "Caption", "Argument", "Index", "Marginal",
                             "Info", "VSpace", "Separator", "Phantom", "Preview", "External", "listings",
                             "Listings", "IPA", "Newpage", "Nomenclature", "OptArg", "LatexCommand", "Line"})
_DROPPED_COMMANDS = frozenset({"label", "toc", "bibitem", "bibtex", "index_print", "nomenclature",
                               "nomencl_print", "include", "line", "index", "counter"})
# insets holding whole paragraphs (and the box's table): written out as blocks of their own
_BLOCK_INSETS = frozenset({"Tabular", "Float", "Wrap", "Box", "Branch"})
_SPECIAL_CHARS = {"ldots": "…", "\\ldots{}": "…", "nobreakdash": "-", "\\nobreakdash-": "-", "softhyphen": "",
                  "\\-": "", "ligaturebreak": "", "\\textcompwordmark{}": "", "endofsentence": "", "\\@.": "",
                  "menuseparator": " > ", "\\menuseparator": " > ", "breakableslash": "/", "\\slash{}": "/",
                  "allowbreak": "", "\\SpecialChar{}": "", "LyX": "LyX", "TeX": "TeX", "LaTeX": "LaTeX",
                  "LaTeX2e": "LaTeX2e", "\\LyX{}": "LyX", "\\TeX{}": "TeX", "\\LaTeX{}": "LaTeX",
                  "\\LaTeX2e{}": "LaTeX2e"}
# quote marks by style (the code's first letter) then (left double, right double, left single, right single)
_QUOTES = {"e": "“”‘’", "x": "“”‘’", "s": "””’’", "g": "„“‚‘", "p": "„”‚’", "f": "«»‹›", "q": "«»‹›",
           "a": "»«›‹", "t": "\"\"''", "c": "「」『』", "r": "「」『』", "j": "『』「」"}
_FORMULA_WORDS = {"approx": "≈", "times": "×", "sim": "~", "pm": "±", "circ": "°", "ldots": "…", "dots": "…",
                  "cdot": "·", "leq": "≤", "geq": "≥", "le": "≤", "ge": "≥", "degree": "°"}
_FORMULA_COMMAND = re.compile(r"\\([A-Za-z]+)\s*|\\(.)")


# ---------------------------------------------------------------- score

def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if "\\lyxformat" not in head and "\\begin_layout" not in head:  # every LyX file writes one or both
        return 0.0
    start = head.lstrip("\ufeff \t\r\n")
    if start.startswith(("#LyX", "\\lyxformat")) or "\n\\lyxformat " in head and "\n\\begin_header" in head:
        return _MAX_SCORE  # (on lines of their own: a JSON string holding a LyX file is JSON)
    layouts = head.count("\n\\begin_layout ")
    if layouts >= 2 and "\n\\end_layout" in head:  # a body without its header
        return min(_MAX_SCORE, 0.3 + 0.1 * layouts + 0.1 * head.count("\n\\begin_inset "))
    return 0.0


# ---------------------------------------------------------------- parse

class _Node:
    """A layout, inset, table, row or cell of the file, its children text lines, markers and nodes."""
    __slots__ = ("kind", "name", "params", "children", "attrs", "in_params", "deleted", "resume")

    def __init__(self, kind: str, name: str = "", attrs: dict[str, str] | None = None, deleted: bool = False) -> None:
        self.kind = kind
        self.name = name
        self.params: list[str] = []
        self.children: list[str | tuple[str, bool] | _Node] = []
        self.attrs = attrs or {}
        self.in_params = kind == "inset"  # an inset's settings come first, up to a blank line
        self.deleted = deleted
        self.resume = False  # a paragraph's: whether the text around it was deleted text when it opened

    @property
    def inset(self) -> str:
        return self.name.split(" ", 1)[0]

    def param(self, key: str) -> str:
        for line in self.params:
            if (m := _PARAM.match(line)) and m.group(1) == key:
                return re.sub(r"\\(.)", r"\1", m.group(2))
        return ""


class _Parsed:
    def __init__(self) -> None:
        self.root = _Node("root")
        self.pdf_title = ""
        self.min_rank = 99  # the highest sectioning layout the document uses


def _close(stack: list[_Node], kinds: tuple[str, ...]) -> None:
    """Close the innermost open node of one of these kinds (and anything left open inside it)."""
    for i in range(len(stack) - 1, 0, -1):
        if stack[i].kind in kinds:
            del stack[i:]
            return


def _parse(text: str) -> _Parsed:
    out = _Parsed()
    stack = [out.root]
    in_header = deleted = False
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        top = stack[-1]
        if in_header:
            if line.startswith("\\end_header"):
                in_header = False
            elif line.startswith("\\pdf_title ") and (m := re.match(r'\\pdf_title\s+"(.*)"\s*$', line)):
                out.pdf_title = m.group(1).replace('\\"', '"')
            continue
        if top.kind == "inset" and top.in_params:
            if line.startswith("\\end_inset"):
                top.in_params = False
            elif top.inset == "Formula" or (line.strip() and not line.startswith(("\\begin_layout", "<"))):
                top.params.append(line)  # (a formula runs to its inset's end)
                continue
            else:
                top.in_params = False
                if not line.strip():
                    continue
        if not line:
            continue
        if line.startswith("\\"):
            command, _, arg = line[1:].partition(" ")
            arg = arg.strip()
            if command == "begin_layout":
                if top.kind == "layout":  # (LyX never nests a paragraph in another but in an inset)
                    stack.pop()
                    top = stack[-1]
                if len(stack) > _MAX_DEPTH:
                    continue
                stack.append(_Node("layout", arg, deleted=deleted))
                top.children.append(stack[-1])
                stack[-1].resume, deleted = deleted, False  # LyX tracks changes paragraph by paragraph
                rank = _SECTION_RANK.get(arg.lower().rstrip("*"))
                if rank is not None:
                    out.min_rank = min(out.min_rank, rank)
            elif command == "end_layout":
                closed = next((n for n in reversed(stack) if n.kind == "layout"), None)
                if closed is not None:
                    deleted = closed.resume
                _close(stack, ("layout",))
            elif command == "begin_inset":
                if len(stack) > _MAX_DEPTH:
                    continue
                stack.append(_Node("inset", arg, deleted=deleted))
                top.children.append(stack[-1])
                if arg.startswith("Formula") and arg[len("Formula"):].strip():
                    stack[-1].params.append(arg[len("Formula"):])
            elif command == "end_inset":
                _close(stack, ("inset",))
            elif command == "begin_header":
                in_header = True
            elif command in ("end_body", "end_document"):
                break
            elif command == "backslash":
                if not deleted:
                    top.children.append("\\")
            elif command == "SpecialChar":
                if not deleted:
                    top.children.append(_SPECIAL_CHARS.get(arg, ""))
            elif command == "series":
                top.children.append(("bold", arg == "bold"))
            elif command == "change_deleted":
                deleted = True
            elif command in ("change_inserted", "change_unchanged"):
                deleted = False
            continue  # font, language and paragraph settings, \begin_deeper: nothing
        if line.startswith("<") and top.kind != "layout" and any(n.inset == "Tabular" for n in stack if n.kind == "inset"):
            tag = line.strip()
            attrs = dict(_ATTR.findall(tag))
            if tag.startswith("<lyxtabular") and len(stack) <= _MAX_DEPTH:
                stack.append(_Node("table", attrs=attrs))
                top.children.append(stack[-1])
            elif tag.startswith("<row") and top.kind == "table" and len(stack) <= _MAX_DEPTH:
                stack.append(_Node("row"))
                top.children.append(stack[-1])
            elif tag.startswith("<cell") and top.kind == "row" and len(stack) <= _MAX_DEPTH:
                stack.append(_Node("cell", attrs=attrs))
                top.children.append(stack[-1])
            elif tag.startswith("</cell"):
                _close(stack, ("cell",))
            elif tag.startswith("</row"):
                _close(stack, ("row",))
            elif tag.startswith("</lyxtabular"):
                _close(stack, ("table",))
            continue  # <features>, <column>
        if not deleted and top.kind in ("layout", "inset"):
            top.children.append(line)
    return out


# ---------------------------------------------------------------- write

def _plain(fragment: str) -> str:
    return " ".join(html_escape.unescape(_TAG.sub(" ", fragment)).split())


def _labelled(text: str) -> bool:
    return 0 < len(text) <= _MAX_LABEL and field_for_label(text) is not None


def _formula(source: str) -> str:
    """A formula's text: its known symbols, its other commands, braces and math marks left out."""
    def command(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            return _FORMULA_WORDS.get(m.group(1), "")
        return m.group(2) if m.group(2) in "%$&#_{} ," else ""
    text = source.strip()
    for mark in ("\\[", "\\]", "\\(", "\\)"):
        text = text.replace(mark, "")
    text = _FORMULA_COMMAND.sub(command, text.replace("$", ""))
    return " ".join(text.replace("{", "").replace("}", "").replace("^", "").split())


class _Writer:
    def __init__(self, parsed: _Parsed) -> None:
        self.parsed = parsed
        self.blocks: list[str] = []
        self.items: list[str] = []
        self.cites: dict[str, int] = {}
        self.title: str | None = None
        self.box_written = False

    # blocks

    def emit(self, block: str) -> None:
        self.flush_items()
        self.blocks.append(block)

    def flush_items(self) -> None:
        if self.items:
            self.blocks.append(f"<ul>{''.join(self.items)}</ul>")
            self.items.clear()

    def body(self, node: _Node) -> None:
        for child in node.children:
            if isinstance(child, _Node) and not child.deleted:
                if child.kind == "layout":
                    self.layout(child)
                elif child.kind == "inset" and child.inset in _BLOCK_INSETS:
                    self.block_inset(child)

    def layout(self, node: _Node) -> None:
        name = node.name.lower()
        if name in _DROPPED_LAYOUTS:
            return
        run: list[str | tuple[str, bool] | _Node] = []
        for child in node.children:
            if isinstance(child, _Node) and child.kind == "inset" and child.inset in _BLOCK_INSETS and not child.deleted:
                self.write(name, self.inline(run))
                run = []
                self.block_inset(child)
            else:
                run.append(child)
        self.write(name, self.inline(run))

    def write(self, name: str, words: str) -> None:
        words = words.strip()
        while words.startswith("<br>"):
            words = words[4:].strip()
        if not words:
            return
        rank = _SECTION_RANK.get(name.rstrip("*"))
        if name == "title" and self.title is None:
            self.title = words
            self.emit(f"<h1>{words}</h1>")
        elif rank is not None:
            level = min(6, 2 + max(0, rank - self.parsed.min_rank))
            self.emit(f"<h{level}>{words}</h{level}>")
        elif name in _LIST_LAYOUTS:
            self.items.append(f"<li>{words}</li>")
        else:
            self.emit(f"<p>{words}</p>")

    def block_inset(self, node: _Node) -> None:
        if node.inset == "Tabular":
            self.emit(self.table(node))
        else:
            self.body(node)

    # inline text

    def inline(self, children: list[str | tuple[str, bool] | _Node], weight: list[int] | None = None) -> str:
        """Children's text as HTML; ``weight`` counts the characters written in bold and not."""
        out: list[str] = []
        bold = False
        for child in children:
            if isinstance(child, str):
                out.append(html_escape.escape(child, quote=False))
                if weight is not None:
                    weight[0 if bold else 1] += sum(1 for c in child if not c.isspace())
            elif isinstance(child, tuple):
                bold = child[1]
            elif not child.deleted:
                out.append(self.inset(child, weight))
        return "".join(out)

    def inset(self, node: _Node, weight: list[int] | None) -> str:
        kind = node.inset
        sub = node.name[len(kind):].strip()
        if kind in _DROPPED_INSETS:
            return ""
        if kind == "Quotes":
            marks = _QUOTES.get(sub[:1], _QUOTES["e"])
            side = 0 if sub[1:2] == "l" else 1
            return marks[side + (2 if sub[2:3] == "s" else 0)]
        if kind == "Newline":
            return "<br>"
        if kind == "space":
            return " "
        if kind == "Formula":
            return html_escape.escape(_formula("\n".join(node.params)), quote=False)
        if kind == "Flex" and sub.lower().startswith("url"):
            return ""  # a bare address: no text of the page's
        if kind == "CommandInset":
            return self.command(sub.split(" ", 1)[0], node)
        if kind == "Tabular":  # a table inside a cell or a line: its cells' text, line by line
            return "<br>".join(cell for row in self.rows(node) for cell, _, _ in row if cell)
        # a cell's text, a Flex or Box inset's words: its paragraphs, each a line
        lines = [self.inline(c.children, weight) for c in node.children if isinstance(c, _Node) and not c.deleted
                 and c.kind == "layout" and c.name.lower() not in _DROPPED_LAYOUTS]
        return "<br>".join(line.strip() for line in lines if line.strip())

    def command(self, name: str, node: _Node) -> str:
        if name == "citation":
            marks = []
            for key in (k.strip() for k in node.param("key").split(",")):
                if key:
                    marks.append(f"[{self.cites.setdefault(key, len(self.cites) + 1)}]")
            return "".join(marks)
        if name == "href":
            return html_escape.escape(node.param("name"), quote=False)
        if name == "ref":
            return html_escape.escape(node.param("name"), quote=False)
        return ""  # label, toc, bibitem, bibtex, index_print, nomenclature, include, line

    # tables

    def cell(self, node: _Node) -> tuple[str, bool]:
        """A cell's text (its paragraphs and line breaks a ``<br>`` apart) and whether it is all bold."""
        weight = [0, 0]
        lines = []
        for child in node.children:
            if isinstance(child, _Node) and child.kind == "inset" and not child.deleted:
                lines.append(self.inset(child, weight))
        words = "<br>".join(line for line in lines if line.strip())
        return words, weight[0] > 0 and weight[1] == 0

    def rows(self, tabular: _Node) -> list[list[tuple[str, bool, int]]]:
        """The table's rows, each cell as (text, bold, columns it spans)."""
        out: list[list[tuple[str, bool, int]]] = []
        for table in (c for c in tabular.children if isinstance(c, _Node) and c.kind == "table"):
            for row in (r for r in table.children if isinstance(r, _Node) and r.kind == "row"):
                cells: list[tuple[str, bool, int]] = []
                for cell in (c for c in row.children if isinstance(c, _Node) and c.kind == "cell"):
                    words, bold = self.cell(cell)
                    if cell.attrs.get("multirow") == "4":
                        words, bold = "", False  # the cell a cell above spans down over
                    if cell.attrs.get("multicolumn") == "2" and cells:
                        text, was_bold, span = cells[-1]
                        cells[-1] = (f"{text}<br>{words}" if words else text, was_bold, span + 1)
                        continue
                    cells.append((words, bold, 1))
                if cells:
                    out.append(cells)
        return out

    def table(self, node: _Node) -> str:
        rows = self.rows(node)
        heads = 0  # rows a label opens
        html_rows = []
        for n, cells in enumerate(rows):
            first = _plain(cells[0][0])
            if len(cells) == 1:
                head = n == 0 or cells[0][1] or _labelled(first)
            else:  # a label, or a bold cell opening a row of plain ones ("Territorial changes")
                head = _labelled(first) or cells[0][1] and not all(bold for _, bold, _ in cells)
            heads += _labelled(first)
            out = []
            for i, (words, _, span) in enumerate(cells):
                tag = "th" if head and i == 0 else "td"
                colspan = f' colspan="{span}"' if span > 1 else ""
                out.append(f"<{tag}{colspan}>{words}</{tag}>")
            html_rows.append(f"<tr>{''.join(out)}</tr>")
        box = heads >= _MIN_BOX_LABELS and not self.box_written
        self.box_written = self.box_written or box
        opening = '<table class="infobox">' if box else "<table>"
        return f"{opening}{''.join(html_rows)}</table>"

    def page(self) -> str:
        self.body(self.parsed.root)
        self.flush_items()
        title = self.title
        if title is None:
            if self.parsed.pdf_title:
                title = html_escape.escape(self.parsed.pdf_title, quote=False)
                self.blocks.insert(0, f"<h1>{title}</h1>")
            else:
                title = next((_plain(b) for b in self.blocks if b.startswith(("<h2>", "<h3>"))), None)
        return html.page(html_escape.escape(_plain(title), quote=False) if title else None, self.blocks)


def html_page(text: str) -> str:
    """The document as the HTML page it stands for."""
    return _Writer(_parse(text)).page()


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
