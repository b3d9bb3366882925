"""Reader for pandoc's JSON AST (``pandoc -t json``): a page, often a saved Wikipedia article,
converted by pandoc and kept as its syntax tree.

The tree is walked here (no pandoc at run time) and written out as the HTML page it stands for,
much as pandoc's own HTML writer would, then read by the HTML reader: ``Para`` a ``<p>``, ``Plain``
its inlines, ``Header`` an ``<hN>``, lists ``<ul>``/``<ol>``/``<dl>``, ``Div`` and ``Span`` with
their id and classes kept (so the HTML reader still sees ``infobox``, ``navbox``, ``reflist``,
``mw-jump-link``…), ``Table`` in both forms (api ≥ 1.21: attr, caption, colspecs, head, bodies and
foot, a body's row-head columns as ``<th>``; older: caption, aligns, widths, headers, rows),
``LineBreak`` a ``<br>``. Links are their text (a citation mark "[3]" stays text), images and
notes (``Note``: a footnote's body) are dropped, raw HTML kept and other raw formats dropped. The
title is ``meta.title``; the old api's ``[{"unMeta": …}, [blocks]]`` is read too.
"""
from __future__ import annotations

import html as html_escape
import json
import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "pandoc-json"

_MAX_SCORE = 0.94
_OLD_API_SCORE = 0.9
_OPENING = re.compile(r"\A\ufeff?\s*[\[{]")
_KILLED = re.compile(r"^\s*(?:†|kia|killed in action|dow|died of wounds|executed)\s*$", re.IGNORECASE)
_ATTR_KEY = re.compile(r"^[A-Za-z_:][\w:.-]*$")
_RAW_HTML = frozenset({"html", "html4", "html5"})
# a cell's class naming it a label or header of its row (pandoc keeps no th/td difference in a body's
# cells beyond its row-head columns)
_HEAD_CLASSES = frozenset({"infobox-label", "infobox-header", "infobox-above", "navbox-group", "navbox-title"})
_QUOTES = {"DoubleQuote": ("“", "”"), "SingleQuote": ("‘", "’")}


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if '"pandoc-api-version"' in head:
        return _MAX_SCORE if _OPENING.match(head) else 0.0
    if '"unMeta"' in head and '"t":' in head and _OPENING.match(head):
        return _OLD_API_SCORE  # pandoc before 1.18 (api < 1.17): [{"unMeta": …}, [blocks]]
    return 0.0


def _esc(s: object) -> str:
    return html_escape.escape(s if isinstance(s, str) else "", quote=False)


def _attr(attr: object, extra: str = "") -> str:
    """An element's ``[id, classes, key-values]`` as HTML attributes."""
    if not isinstance(attr, list) or len(attr) != 3:
        return extra
    ident, classes, pairs = attr
    out = []
    if isinstance(ident, str) and ident:
        out.append(f' id="{html_escape.escape(ident)}"')
    if isinstance(classes, list) and (names := [c for c in classes if isinstance(c, str) and c]):
        out.append(f' class="{html_escape.escape(" ".join(names))}"')
    for pair in pairs if isinstance(pairs, list) else ():
        if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str) and _ATTR_KEY.match(pair[0]) \
                and pair[0] not in ("id", "class"):
            out.append(f' {pair[0]}="{html_escape.escape(str(pair[1]))}"')
    return "".join(out) + extra


def _classes(attr: object) -> set[str]:
    if isinstance(attr, list) and len(attr) == 3 and isinstance(attr[1], list):
        return {c for c in attr[1] if isinstance(c, str)}
    return set()


def _node(x: object) -> tuple[str, object]:
    if isinstance(x, dict):
        t = x.get("t")
        return (t if isinstance(t, str) else ""), x.get("c")
    return "", None


def _list(x: object) -> list:
    return x if isinstance(x, list) else []


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []

    # ------------------------------------------------------------ inlines

    def inlines(self, items: object) -> None:
        for item in _list(items):
            self.inline(item)

    def inline_text(self, items: object) -> str:
        """Inlines as HTML, on their own."""
        saved, self.out = self.out, []
        self.inlines(items)
        text, self.out = "".join(self.out), saved
        return text

    def inline(self, item: object) -> None:
        t, c = _node(item)
        out = self.out
        if t == "Str":
            out.append(_esc(c))
        elif t in ("Space", "SoftBreak"):
            out.append(" ")
        elif t == "LineBreak":
            out.append("<br>")
        elif t in _WRAPS:
            tag = _WRAPS[t]
            out.append(f"<{tag}>")
            self.inlines(c)
            out.append(f"</{tag.split()[0]}>")
        elif t == "Quoted":
            c = _list(c)
            kind = _node(c[0])[0] if c else ""
            left, right = _QUOTES.get(kind, ("“", "”"))
            out.append(left)
            self.inlines(c[1] if len(c) > 1 else [])
            out.append(right)
        elif t == "Cite":
            c = _list(c)
            self.inlines(c[1] if len(c) > 1 else [])
        elif t == "Code":
            c = _list(c)
            out.append(f"<code>{_esc(c[1] if len(c) > 1 else '')}</code>")
        elif t == "Math":
            c = _list(c)
            out.append(_esc(c[1] if len(c) > 1 else ""))
        elif t == "RawInline":
            c = _list(c)
            if len(c) > 1 and isinstance(c[1], str) and _raw_format(c[0]) in _RAW_HTML:
                out.append(c[1])
        elif t in ("Link", "Span"):  # a link as its text; classes kept ("mw-jump-link", "flagicon")
            c = _list(c)
            if len(c) >= 2:
                out.append(f"<span{_attr(c[0])}>")
                self.inlines(c[1])
                out.append("</span>")
        elif t == "Image":  # dropped, but for a "killed in action" mark given as an image
            c = _list(c)
            alt = " ".join(self.inline_text(c[1] if len(c) > 1 else []).split())
            target = _list(c[2]) if len(c) > 2 else []
            title = target[1] if len(target) > 1 and isinstance(target[1], str) else ""
            if _KILLED.match(alt) or _KILLED.match(title):
                out.append(" †")
        # Note (a footnote's body) and anything unknown: nothing

    # ------------------------------------------------------------ blocks

    def blocks(self, items: object, joint: str = "\n") -> None:
        """Blocks in order; consecutive ``Plain`` blocks (a cell's or an item's lines) ``joint`` apart."""
        last_plain = False
        for item in _list(items):
            t = _node(item)[0]
            if t == "Plain" and last_plain:
                self.out.append(joint)
            last_plain = t == "Plain"
            self.block(item)

    def block(self, item: object) -> None:
        t, c = _node(item)
        out = self.out
        if t == "Plain":
            self.inlines(c)
        elif t == "Para":
            out.append("<p>")
            self.inlines(c)
            out.append("</p>")
        elif t == "LineBlock":
            out.append("<p>")
            for i, line in enumerate(_list(c)):
                if i:
                    out.append("<br>")
                self.inlines(line)
            out.append("</p>")
        elif t == "Header":
            c = _list(c)
            level = c[0] if c and isinstance(c[0], int) and 1 <= c[0] <= 6 else 2
            out.append(f"<h{level}{_attr(c[1] if len(c) > 1 else None)}>")
            self.inlines(c[2] if len(c) > 2 else [])
            out.append(f"</h{level}>")
        elif t in ("BulletList", "OrderedList"):
            tag = "ul" if t == "BulletList" else "ol"
            entries = _list(c) if t == "BulletList" else (_list(c)[1] if len(_list(c)) > 1 else [])
            out.append(f"<{tag}>")
            for entry in _list(entries):
                out.append("<li>")
                self.blocks(entry, "<br>")
                out.append("</li>")
            out.append(f"</{tag}>")
        elif t == "DefinitionList":
            out.append("<dl>")
            for entry in _list(c):
                entry = _list(entry)
                out.append("<dt>")
                self.inlines(entry[0] if entry else [])
                out.append("</dt>")
                for definition in _list(entry[1] if len(entry) > 1 else []):
                    out.append("<dd>")
                    self.blocks(definition, "<br>")
                    out.append("</dd>")
            out.append("</dl>")
        elif t == "BlockQuote":
            out.append("<blockquote>")
            self.blocks(c)
            out.append("</blockquote>")
        elif t == "Div":
            c = _list(c)
            out.append(f"<div{_attr(c[0] if c else None)}>")
            self.blocks(c[1] if len(c) > 1 else [])
            out.append("</div>")
        elif t == "CodeBlock":
            c = _list(c)
            out.append(f"<pre><code>{_esc(c[1] if len(c) > 1 else '')}</code></pre>")
        elif t == "RawBlock":
            c = _list(c)
            if len(c) > 1 and isinstance(c[1], str) and _raw_format(c[0]) in _RAW_HTML:
                out.append(c[1])
        elif t == "HorizontalRule":
            out.append("<hr>")
        elif t == "Table":
            c = _list(c)
            if len(c) >= 6:
                self.table(c)
            elif len(c) == 5:
                self.old_table(c)
        elif t == "Figure":  # [attr, caption, blocks] (api 1.23)
            c = _list(c)
            out.append(f"<figure{_attr(c[0] if c else None)}>")
            self.blocks(c[2] if len(c) > 2 else [])
            caption = self.caption(c[1] if len(c) > 1 else None)
            if caption:
                out.append(f"<figcaption>{caption}</figcaption>")
            out.append("</figure>")
        # Null and anything unknown: nothing

    def caption(self, caption: object) -> str:
        """A caption ``[short, blocks]`` as HTML."""
        caption = _list(caption)
        saved, self.out = self.out, []
        self.blocks(caption[1] if len(caption) > 1 else [], "<br>")
        text, self.out = "".join(self.out), saved
        return text

    def cell_html(self, blocks: object) -> str:
        saved, self.out = self.out, []
        self.blocks(blocks, "<br>")
        text, self.out = "".join(self.out), saved
        return text

    def rows(self, rows: object, head: bool, row_heads: int = 0) -> None:
        """Rows ``[attr, cells]``, cells ``[attr, align, rowspan, colspan, blocks]``."""
        for row in _list(rows):
            row = _list(row)
            cells = []
            for i, cell in enumerate(_list(row[1] if len(row) > 1 else [])):
                cell = _list(cell)
                if len(cell) < 5:
                    continue
                attr, rowspan, colspan = cell[0], cell[2], cell[3]
                classes = _classes(attr)
                is_head = head or bool(classes & _HEAD_CLASSES) or i < row_heads
                cells.append([is_head, attr, rowspan if isinstance(rowspan, int) else 1,
                              colspan if isinstance(colspan, int) else 1, self.cell_html(cell[4])])
            self.out.append(f"<tr{_attr(row[0] if row else None)}>{_cells_html(cells)}</tr>")

    def table(self, c: list) -> None:
        attr, caption, _, thead, tbodies, tfoot = c[:6]
        self.out.append(f"<table{_attr(attr)}>")
        if text := self.caption(caption):
            self.out.append(f"<caption>{text}</caption>")
        if (head_rows := _list(thead)[1] if len(_list(thead)) > 1 else []):
            self.out.append("<thead>")
            self.rows(head_rows, True)
            self.out.append("</thead>")
        for body in _list(tbodies):
            body = _list(body)
            if len(body) < 4:
                continue
            row_heads = body[1] if isinstance(body[1], int) else 0
            self.out.append(f"<tbody{_attr(body[0])}>")
            self.rows(body[2], True)
            self.rows(body[3], False, row_heads)
            self.out.append("</tbody>")
        if (foot_rows := _list(tfoot)[1] if len(_list(tfoot)) > 1 else []):
            self.out.append("<tfoot>")
            self.rows(foot_rows, False)
            self.out.append("</tfoot>")
        self.out.append("</table>")

    def old_table(self, c: list) -> None:
        """The table of api < 1.21: [caption inlines, aligns, widths, header cells, rows]."""
        caption, _, _, headers, rows = c
        self.out.append("<table>")
        if text := self.inline_text(caption):
            self.out.append(f"<caption>{text}</caption>")
        heads = [self.cell_html(cell) for cell in _list(headers)]
        if any(heads):
            self.out.append("<thead><tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr></thead>")
        self.out.append("<tbody>")
        for row in _list(rows):
            self.out.append("<tr>" + "".join(f"<td>{self.cell_html(cell)}</td>" for cell in _list(row)) + "</tr>")
        self.out.append("</tbody></table>")


_WRAPS = {"Emph": "em", "Strong": "strong", "Strikeout": "del", "Superscript": "sup", "Subscript": "sub",
          "SmallCaps": 'span class="smallcaps"', "Underline": "u"}


def _raw_format(fmt: object) -> str:
    return fmt.lower() if isinstance(fmt, str) else ""


def _cells_html(cells: list[list]) -> str:
    """A row's cells; a header cell beside only empty ones (pandoc's padding of a ``colspan=2``
    header) one cell across them."""
    if len(cells) > 1 and cells[0][0] and cells[0][4].strip() and not any(c[4].strip() for c in cells[1:]):
        cells = [cells[0][:3] + [sum(c[3] for c in cells), cells[0][4]]]
    out = []
    for is_head, attr, rowspan, colspan, text in cells:
        tag = "th" if is_head else "td"
        spans = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
        out.append(f"<{tag}{_attr(attr, spans)}>{text}</{tag}>")
    return "".join(out)


def _meta_text(writer: _Writer, value: object) -> str:
    """A metadata value (MetaInlines, MetaString, MetaBlocks) as HTML text on one line."""
    t, c = _node(value)
    if t == "MetaInlines":
        return writer.inline_text(c).strip()
    if t == "MetaString":
        return _esc(c).strip()
    if t == "MetaBlocks":
        return " ".join(writer.cell_html(c).split())
    return ""


def _has_title_heading(blocks: object) -> bool:
    """Whether the page has a level-1 heading of its own (a saved page's ``firstHeading``)."""
    stack = [blocks]
    while stack:
        for item in _list(stack.pop()):
            t, c = _node(item)
            if t == "Header" and _list(c)[:1] == [1]:
                return True
            if t == "Div" and len(_list(c)) > 1:
                stack.append(c[1])
    return False


def html_page(text: str) -> str:
    """The document's tree as the HTML page it stands for."""
    tree = json.loads(text)
    if isinstance(tree, dict):
        meta, blocks = tree.get("meta"), tree.get("blocks")
    elif isinstance(tree, list) and len(tree) == 2:  # api < 1.17
        meta, blocks = tree[0].get("unMeta") if isinstance(tree[0], dict) else None, tree[1]
    else:
        meta, blocks = None, None
    writer = _Writer()
    title = _meta_text(writer, meta.get("title")) if isinstance(meta, dict) else ""
    writer.blocks(blocks)
    body = "".join(writer.out)
    if title and not _has_title_heading(blocks):
        body = f"<h1>{title}</h1>{body}"
    return html.page(title or None, [body])


def _read(text: str) -> Document:
    try:
        page = html_page(text)
    except ValueError as e:  # not JSON (a page cut short): nothing to walk
        return Document(text="", shape=SHAPE, warnings=(f"pandoc JSON not parsed: {e}",))
    return html.read_as(page, SHAPE)


read = _text.never_raising(SHAPE, _read)
