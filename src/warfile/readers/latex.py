"""Reader for the LaTeX source of an article or report about a battle.

The shape: a preamble (``\\documentclass``, ``\\usepackage``, ``\\title{…}``), then the document:
``\\section{…}`` headings over paragraphs separated by blank lines, inline markup (``\\emph``,
``\\textbf``, ``--`` dashes, ``~`` spaces, ````quotes''``), footnotes and citations, and a
key-facts table: a ``tabular`` (or ``tabularx``, ``longtable``) in a ``table`` float or a framed
box, rows ``Label & value \\\\``, a row of two value cells for the two sides, a header row naming
the sides over an empty first cell, ``\\multicolumn`` rows for sections, ``\\newline`` or ``\\par``
between a cell's entries. A ``description`` list whose items name infobox labels is a key-facts
table too.

pylatexenc parses the source (tolerantly: a truncated file is read as far as it goes, with a
warning); the nodes are written out as simple HTML (the title as ``<h1>``, sections as headings,
paragraphs, lists, the key-facts table as ``table.infobox`` with ``<th>`` labels) and that page is
read by :mod:`warfile.readers.html`, so ``Document.text`` is its clean text. Footnotes, citations,
labels, references, captions, figures and the bibliography are left out of the prose.
"""
from __future__ import annotations

import dataclasses
import html as html_escape
import re

from pylatexenc import latex2text, latexwalker, macrospec

from warfile.model import Document
from warfile.readers import _text, html
from warfile.readers.labels import field_for_label

SHAPE = "latex"

# ---------------------------------------------------------------- score

_DOCUMENTCLASS = re.compile(r"^\s*\\documentclass\b", re.MULTILINE)
_BEGIN_DOCUMENT = re.compile(r"\\begin\{document\}")
_SECTION = re.compile(r"^\s*\\(?:sub)*section\*?\s*[\[{]", re.MULTILINE)
# Lesser cues: they make one structural cue count, never count on their own.
_MARKUP = re.compile(r"\\(?:usepackage|begin\{(?:tabular|table|itemize|enumerate|abstract|figure)|emph|textbf|textit|"
                     r"cite[pt]?|footnote|label|title|maketitle)\b")
_MIN_SECTIONS = 2
_MIN_MARKUP = 2
# A fragment (sections, no preamble): above wrapped text's 0.92, which a LaTeX source's hard-wrapped
# lines also earn, and below the decisive 0.95 of a whole document.
_FRAGMENT_SCORE = 0.93


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW * 4]
    if "\\" not in head:
        return 0.0
    structural = sum((bool(_DOCUMENTCLASS.search(head)), bool(_BEGIN_DOCUMENT.search(head)),
                      len(_SECTION.findall(head)) >= _MIN_SECTIONS))
    if structural >= 2:
        return 0.95
    if structural == 1 and len(_MARKUP.findall(head)) >= _MIN_MARKUP:
        return _FRAGMENT_SCORE
    return 0.0


# ---------------------------------------------------------------- parsing

# Argument specs pylatexenc's default context lacks, so their arguments are not read as text.
_MACROS = (
    ("multicolumn", "{{{"), ("multirow", "{[{"), ("makecell", "[{"), ("shortstack", "[{"),
    ("href", "{{"), ("hyperref", "[{"), ("thanks", "{"), ("author", "[{"), ("date", "{"),
    ("parencite", "*[[{"), ("textcite", "*[[{"), ("autocite", "*[[{"), ("footcite", "*[[{"),
    ("citep", "*[[{"), ("citet", "*[[{"), ("citealp", "*[[{"), ("citeauthor", "*[[{"), ("citeyear", "*[[{"),
    ("nocite", "{"), ("footnotetext", "[{"), ("endnote", "[{"), ("caption", "*[{"), ("captionof", "*{[{"),
    ("includegraphics", "*[{"), ("cline", "{"), ("cmidrule", "[{"), ("addbibresource", "[{"),
    ("printbibliography", "["), ("bibliography", "{"), ("bibliographystyle", "{"), ("hypersetup", "{"),
    ("geometry", "{"), ("setlength", "{{"), ("setcounter", "{{"), ("newcommand", "*{[[{"),
    ("renewcommand", "*{[[{"), ("providecommand", "*{[[{"), ("pagestyle", "{"), ("thispagestyle", "{"),
    ("fbox", "{"), ("framebox", "[[{"), ("parbox", "[[[{{"), ("colorbox", "[{{"), ("fcolorbox", "[{{{"),
    ("textcolor", "[{{"), ("tabularnewline", ""), ("vspace", "*{"), ("hspace", "*{"), ("keywords", "{"),
)
_ENVIRONMENTS = (
    ("tabularx", "{{"), ("tabulary", "{{"), ("tabular*", "{[{"), ("longtable", "[{"), ("xtabular", "[{"),
    ("supertabular", "{"), ("tabu", "{"), ("minipage", "[[[{"), ("mdframed", "["), ("tcolorbox", "["),
    ("multicols", "{"), ("wrapfigure", "[{{"), ("wraptable", "[{{"),
)


def _context() -> macrospec.LatexContextDb:
    db = latexwalker.get_default_latex_context_db()
    db.add_context_category("warfile", prepend=True,
                            macros=[macrospec.MacroSpec(n, a) for n, a in _MACROS],
                            environments=[macrospec.EnvironmentSpec(n, a) for n, a in _ENVIRONMENTS])
    return db


_CONTEXT = _context()
_TO_TEXT = latex2text.LatexNodes2Text(math_mode="text")

# ---------------------------------------------------------------- what each macro and environment is

_HEADING_LEVELS = {"part": 2, "chapter": 2, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5,
                   "subparagraph": 6}
# Left out: apparatus (notes, citations, cross-references), layout and the preamble's settings.
_DROPPED_MACROS = frozenset({
    "footnote", "footnotemark", "footnotetext", "endnote", "thanks", "cite", "citep", "citet", "citealp",
    "citeauthor", "citeyear", "parencite", "textcite", "autocite", "footcite", "supercite", "nocite",
    "label", "ref", "eqref", "pageref", "autoref", "cref", "Cref", "index", "url", "author", "date", "today",
    "documentclass", "usepackage", "RequirePackage", "newcommand", "renewcommand", "providecommand",
    "setlength", "addtolength", "setcounter", "bibliography", "bibliographystyle", "printbibliography",
    "addbibresource", "includegraphics", "caption", "captionof", "vspace", "hspace", "centering",
    "raggedright", "raggedleft", "hline", "toprule", "midrule", "bottomrule", "cline", "cmidrule",
    "maketitle", "tableofcontents", "listoffigures", "listoftables", "newpage", "clearpage", "pagebreak",
    "noindent", "hypersetup", "geometry", "pagestyle", "thispagestyle", "title", "keywords", "appendix",
    "small", "footnotesize", "scriptsize", "tiny", "large", "Large", "LARGE", "huge", "Huge", "normalsize",
    "bfseries", "itshape", "rmfamily", "sffamily", "ttfamily", "scshape", "upshape", "mdseries", "selectfont",
    "smallskip", "medskip", "bigskip", "linewidth", "textwidth", "columnwidth", "hfill", "vfill",
})
_LINE_BREAKS = frozenset({"\\", "newline", "linebreak", "tabularnewline"})
_ACCENTS = frozenset("'`^\"~=.cvuHrkdbt")  # \'{e}, \c{c}…: latex2text writes the accented letter
_TABLES = frozenset({"tabular", "tabular*", "tabularx", "tabulary", "longtable", "xtabular", "supertabular",
                     "tabu", "array"})
_LISTS = frozenset({"itemize", "enumerate", "description"})
_DROPPED_ENVIRONMENTS = frozenset({"figure", "figure*", "thebibliography", "comment", "verbatim", "lstlisting",
                                   "minted", "tikzpicture", "equation", "align", "wrapfigure"})
_MIN_BOX_LABELS = 2  # rows naming infobox labels a table needs to be the key facts (a data table names none)
_LINE_END_TAG = re.compile(r"<br>|</li>|</tr>|</h\d>")
_TAG = re.compile(r"<[^>]+>")
_SPACE_BEFORE_STOP = re.compile(r"[ \t]+(?=[.,;:!?)])")  # what a dropped citation leaves: "the town \cite{a}."


# ---------------------------------------------------------------- writing HTML

class _Writer:
    """Blocks of HTML in page order; inline text collects into the paragraph being written."""

    def __init__(self, title_heading: latexwalker.LatexNode | None = None) -> None:
        self.blocks: list[str] = []
        self._paragraph: list[str] = []
        self.title_heading = title_heading  # the section heading that is the page's title, not written again

    def inline(self, s: str) -> None:
        self._paragraph.append(s)

    def end_paragraph(self) -> None:
        lines = (_SPACE_BEFORE_STOP.sub("", " ".join(ln.split())) for ln in "".join(self._paragraph).split("\n"))
        self._paragraph = []
        text = "<br>".join(html_escape.escape(ln) for ln in lines if ln)
        if text:
            self.blocks.append(f"<p>{text}</p>")

    def block(self, markup: str) -> None:
        self.end_paragraph()
        self.blocks.append(markup)

    def lines(self) -> str:
        """What was written as plain lines: each paragraph and each line break on its own line."""
        self.end_paragraph()
        out = [html_escape.unescape(_TAG.sub("", _LINE_END_TAG.sub("\n", b))) for b in self.blocks]
        return "\n".join(b for b in out if b.strip())


def _arguments(node: latexwalker.LatexNode) -> list:
    """A macro's parsed arguments ([] where the source ended before them)."""
    return list(getattr(getattr(node, "nodeargd", None), "argnlist", None) or [])


def _last_argument(node: latexwalker.LatexMacroNode) -> latexwalker.LatexNode | None:
    return next((a for a in reversed(_arguments(node)) if a is not None), None)


def _to_text(node: latexwalker.LatexNode) -> str:
    """latex2text's rendering of one node: an accent, a symbol macro, a special, math."""
    try:
        return _TO_TEXT.nodelist_to_text([node])
    except Exception:  # noqa: BLE001 - its macro specs assume the arguments a truncated source lacks
        return ""


def _nodes_of(node: latexwalker.LatexNode | None) -> list:
    if node is None:
        return []
    if isinstance(node, latexwalker.LatexGroupNode):
        return list(node.nodelist)
    return [node]


def plain_text(nodes: list) -> str:
    """The text of a node list on one line (a title, a heading, a table cell's label)."""
    w = _Writer()
    _write(nodes, w, in_cell=True)
    return " ".join(w.lines().split())


def _write(nodes: list, w: _Writer, in_cell: bool = False) -> None:
    """Write nodes into w. In a cell, paragraph breaks and \\par are line breaks."""
    for node in nodes or []:
        if node is None or isinstance(node, latexwalker.LatexCommentNode):
            continue
        if isinstance(node, latexwalker.LatexCharsNode):
            pieces = re.split(r"\n[ \t]*\n\s*", node.chars)
            for i, piece in enumerate(pieces):
                if i:
                    _break(w, in_cell)
                w.inline(piece)
        elif isinstance(node, latexwalker.LatexGroupNode):
            _write(node.nodelist, w, in_cell)
        elif isinstance(node, latexwalker.LatexSpecialsNode):
            w.inline(" " if node.specials_chars == "~" else _to_text(node))
        elif isinstance(node, latexwalker.LatexMathNode):
            w.inline(_to_text(node))
        elif isinstance(node, latexwalker.LatexMacroNode):
            _write_macro(node, w, in_cell)
        elif isinstance(node, latexwalker.LatexEnvironmentNode):
            _write_environment(node, w, in_cell)


def _break(w: _Writer, in_cell: bool) -> None:
    if in_cell:
        w.inline("\n")
    else:
        w.end_paragraph()


def _write_macro(node: latexwalker.LatexMacroNode, w: _Writer, in_cell: bool) -> None:
    name = node.macroname
    if name in _DROPPED_MACROS:
        return
    if name in _HEADING_LEVELS:
        heading = plain_text(_nodes_of(_last_argument(node)))
        if node is w.title_heading:
            w.end_paragraph()
        elif heading:
            level = _HEADING_LEVELS[name]
            w.block(f"<h{level}>{html_escape.escape(heading)}</h{level}>")
        return
    if name in _LINE_BREAKS:
        w.inline("\n")
        return
    if name == "par":
        _break(w, in_cell)
        return
    if name == "item":  # outside a list: a bullet of its own
        _break(w, in_cell)
        return
    argument = _last_argument(node)
    if argument is None or name in _ACCENTS:
        w.inline(_to_text(node))  # \S, \ldots, \textendash, \'{e}: their characters
        return
    _write(_nodes_of(argument), w, in_cell)  # \emph{x}, \textbf{x}, \fbox{x}, \href{url}{x}: x


def _write_environment(node: latexwalker.LatexEnvironmentNode, w: _Writer, in_cell: bool) -> None:
    name = node.environmentname
    if name in _DROPPED_ENVIRONMENTS:
        return
    if name in _TABLES:
        w.block(_table_html(_rows(node.nodelist)))
    elif name in _LISTS:
        items = _items(node.nodelist)
        if name == "description" and _is_key_facts([[label, value] for label, value in items]):
            w.block(_table_html([[label, value] for label, value in items]))
        else:
            entries = (f"{html_escape.escape(label)}: {html_escape.escape(v)}" if label else html_escape.escape(v)
                       for label, v in items)
            w.block("<ul>" + "".join(f"<li>{e}</li>" for e in entries) + "</ul>")
    else:  # document, abstract, table, center, quote, a framed box: their content
        _break(w, in_cell)
        _write(node.nodelist, w, in_cell)
        _break(w, in_cell)


# ---------------------------------------------------------------- tables and lists

@dataclasses.dataclass(frozen=True, slots=True)
class _Cell:
    text: str  # plain text, entries on their own lines
    span: int = 1


def _cell(nodes: list) -> _Cell:
    """One cell; a \\multicolumn's content with its span."""
    content = [n for n in nodes if not (isinstance(n, latexwalker.LatexCharsNode) and not n.chars.strip())
               and not isinstance(n, latexwalker.LatexCommentNode)]
    span = 1
    if len(content) == 1 and isinstance(content[0], latexwalker.LatexMacroNode) and content[0].macroname == "multicolumn":
        args = _arguments(content[0])
        try:
            span = max(1, int(plain_text(_nodes_of(args[0]))))
        except (ValueError, IndexError):
            span = 1
        nodes = _nodes_of(args[-1]) if args else []
    w = _Writer()
    _write(nodes, w, in_cell=True)
    text = "\n".join(" ".join(line.split()) for line in w.lines().splitlines())
    return _Cell(_SPACE_BEFORE_STOP.sub("", text).strip(), span)


def _rows(nodes: list) -> list[list[_Cell]]:
    """A tabular's rows: cells split at "&", rows at "\\\\"; rules and empty rows left out."""
    rows: list[list[_Cell]] = []
    cells: list[_Cell] = []
    current: list = []
    for node in nodes:
        if isinstance(node, latexwalker.LatexSpecialsNode) and node.specials_chars == "&":
            cells.append(_cell(current))
            current = []
        elif isinstance(node, latexwalker.LatexMacroNode) and node.macroname in ("\\", "tabularnewline"):
            cells.append(_cell(current))
            rows.append(cells)
            cells, current = [], []
        else:
            current.append(node)
    cells.append(_cell(current))
    rows.append(cells)
    return [r for r in rows if any(c.text for c in r)]


def _items(nodes: list) -> list[tuple[str, str]]:
    """A list's items as (label, text): the label is a description item's [Label]."""
    items: list[tuple[str, list]] = []
    for node in nodes:
        if isinstance(node, latexwalker.LatexMacroNode) and node.macroname == "item":
            label = _last_argument(node)
            items.append((plain_text(_nodes_of(label)) if label is not None else "", []))
        elif items:
            items[-1][1].append(node)
    return [(label, plain_text(body)) for label, body in items if label or plain_text(body)]


def _label(text: str) -> tuple[str, int | None] | None:
    return field_for_label(text) if 0 < len(text) <= 30 and "\n" not in text else None


def _is_part_of(text: str) -> bool:
    return text.lower().startswith("part of ")


def _is_key_facts(rows: list[list]) -> bool:
    def text(c: object) -> str:
        return c.text if isinstance(c, _Cell) else str(c)
    return sum(1 for r in rows if r and _label(text(r[0]))) >= _MIN_BOX_LABELS


def _is_side_header(row: list[_Cell]) -> bool:
    """" & Dravia & Velmar": the sides named over the label column."""
    return len(row) >= 3 and not row[0].text and sum(1 for c in row[1:] if c.text) >= 2


def _table_html(rows: list[list]) -> str:
    """A table as HTML; the key-facts table as ``table.infobox`` with its labels as ``<th>``."""
    cells = [[c if isinstance(c, _Cell) else _Cell(str(c)) for c in row] for row in rows]
    if not _is_key_facts(cells):
        return "<table>" + "".join("<tr>" + "".join(f"<td>{_cell_html(c)}</td>" for c in row) + "</tr>"
                                   for row in cells) + "</table>"
    cells = _continued(cells)
    width = max(sum(c.span for c in row) for row in cells)
    named_sides = any((_label(row[0].text) or ("", None))[0] == "belligerents" for row in cells)
    out = ["<table class=\"infobox\">"]
    for row in cells:
        first = row[0].text
        if _is_side_header(row) and not named_sides:
            out.append(f"<tr><th colspan={width}>Belligerents</th></tr>")
            out.append("<tr>" + "".join(f"<td>{_cell_html(c)}</td>" for c in row[1:]) + "</tr>")
        elif len(row) == 1 or all(not c.text for c in row[1:]):
            if _label(first) or _is_part_of(first):  # a section ("Casualties and losses") or "Part of …"
                out.append(f"<tr><th colspan={width}>{_cell_html(row[0])}</th></tr>")
        elif _label(first):
            out.append(f"<tr><th>{_cell_html(row[0])}</th>"
                       + "".join(f"<td colspan={c.span}>{_cell_html(c)}</td>" for c in row[1:]) + "</tr>")
        else:  # a section's columns, one cell a side (the label column's empty cell left out)
            sides = row[1:] if not first and len(row) >= 3 else row
            out.append("<tr>" + "".join(f"<td>{_cell_html(c)}</td>" for c in sides) + "</tr>")
    return "".join(out) + "</table>"


def _continued(rows: list[list[_Cell]]) -> list[list[_Cell]]:
    """The rows with a row of one value under an empty label ("Losses & Portugal: 2 killed \\\\" over
    "& Guinea: 300--500 killed \\\\") joined to the labelled row above it as its value's next line."""
    out: list[list[_Cell]] = []
    for row in rows:
        values = [c for c in row[1:] if c.text]
        if out and len(row) >= 2 and not row[0].text and len(values) == 1 and _label(out[-1][0].text) \
                and len(out[-1]) == 2:
            above = out[-1][1]
            out[-1] = [out[-1][0], dataclasses.replace(above, text=f"{above.text}\n{values[0].text}")]
        else:
            out.append(row)
    return out


def _cell_html(cell: _Cell) -> str:
    return "<br>".join(html_escape.escape(line) for line in cell.text.splitlines())


# ---------------------------------------------------------------- the page

def _find(nodes: list, test) -> latexwalker.LatexNode | None:
    """The first node, depth first, that passes test."""
    for node in nodes or []:
        if node is None:
            continue
        if test(node):
            return node
        children = list(getattr(node, "nodelist", None) or []) + [a for a in _arguments(node) if a is not None]
        if (found := _find(children, test)) is not None:
            return found
    return None


def _is_macro(name: str):
    return lambda n: isinstance(n, latexwalker.LatexMacroNode) and n.macroname == name


def _parse(text: str, warnings: list[str]) -> list:
    try:
        nodes, _, _ = latexwalker.LatexWalker(text, latex_context=_CONTEXT, tolerant_parsing=False).get_latex_nodes()
        return nodes
    except latexwalker.LatexWalkerError as e:
        warnings.append(f"LaTeX not well formed ({str(e).splitlines()[0]}); read as far as it goes")
    nodes, _, _ = latexwalker.LatexWalker(text, latex_context=_CONTEXT, tolerant_parsing=True).get_latex_nodes()
    return nodes


def as_html(text: str, warnings: list[str]) -> str:
    """The LaTeX source written as a simple HTML page (see the module doc)."""
    nodes = _parse(text, warnings)
    title_macro = _find(nodes, _is_macro("title"))
    title = plain_text(_nodes_of(_last_argument(title_macro))) if title_macro is not None else ""
    section = None
    if not title:  # an article without \title opens with its subject's section
        section = _find(nodes, lambda n: isinstance(n, latexwalker.LatexMacroNode) and n.macroname in _HEADING_LEVELS)
        title = plain_text(_nodes_of(_last_argument(section))) if section is not None else ""
    document = _find(nodes, lambda n: isinstance(n, latexwalker.LatexEnvironmentNode)
                     and n.environmentname == "document")
    if document is None and "\\begin{document}" not in text:
        body = nodes  # a fragment: no preamble to leave out
    elif document is None:
        warnings.append("no \\end{document}: the document is read from \\begin{document} on")
        at = text.index("\\begin{document}") + len("\\begin{document}")
        body = latexwalker.LatexWalker(text[at:], latex_context=_CONTEXT, tolerant_parsing=True).get_latex_nodes()[0]
    else:
        body = document.nodelist
    w = _Writer(title_heading=section)
    _write(body, w)
    w.end_paragraph()
    return f"<html><body><h1>{html_escape.escape(title)}</h1>" + "".join(w.blocks) + "</body></html>"


def _read(text: str) -> Document:
    warnings: list[str] = []
    doc = html.read(as_html(text, warnings))
    return dataclasses.replace(doc, shape=SHAPE, warnings=tuple(warnings) + doc.warnings)


read = _text.never_raising(SHAPE, _read)
