"""Reader for an XWiki page's source (XWiki 2.1 syntax, which shares its Creole-like basics):
a team wiki's copy of an article, the box retyped as an XWiki table.

Its headings (``= Title =``), ``**bold**`` and ``//italic//`` look like Creole, but its links
(``[[label>>reference]]``), macros (``{{toc/}}``, ``{{info}}…{{/info}}``, ``{{footnote}}…{{/footnote}}``)
and parameters (``(% colspan="2" %)``) are its own. The page is written out as the HTML it stands for
and read by the HTML reader: a table row per ``|`` line (``|=`` a header cell, a cell's ``colspan``
parameter its span, ``\\\\`` its line breaks), headings by their ``=`` count (the first top-level one
the page's title), ``*`` and ``1.`` lines list items, blank lines paragraphs. A link keeps its label
(a page reference without one its page's name, a URL nothing); a footnote keeps its number in the
text ("[1]") and drops its body (the reference); an ``{{html}}`` macro's HTML is passed through;
images, notices (``{{info}}``, ``{{warning}}``…), code and script macros carry no text, and a
container macro's (``{{box}}``) tags go, its content stays.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "xwiki"

# Cues only XWiki writes: a macro closed or empty ("{{/info}}", "{{toc/}}"), a link's ">>", a
# parameter block "(% class="x" %)", a header cell "|=" opening a line.
_CUES = (re.compile(r"\{\{/[a-zA-Z]\w*\}\}|\{\{[a-zA-Z]\w*(?:\s+\w+=\"[^\"\n]*\")*\s*/\}\}"),
         re.compile(r"\[\[[^\[\]\n]*>>[^\[\]\n]*\]\]"),
         re.compile(r"\(%\s*(?:[\w-]+=\"[^\"\n]*\"\s*)+%\)|\(%%\)"),
         re.compile(r"^[ \t]*(?:\(%[^%\n]*%\))?\|=", re.M))
_BASE_SCORE, _SCORE_PER_KIND, _MAX_SCORE = 0.8, 0.05, 0.94  # above mediawiki's 0.8 for its [[ and {{
_MIN_KINDS = 2
_ESCAPE = re.compile(r"~([\[\]{}*/|=\\~%#^,_<>(-])")
# (a body stops at the next opening of its kind: an unclosed one costs one scan, not one per opening)
_VERBATIM = re.compile(r"\{\{\{((?:(?!\{\{\{).)*?)\}\}\}", re.S)
_HTML_MACRO = re.compile(r"\{\{html\b[^}]*\}\}((?:(?!\{\{html\b).)*?)\{\{/html\}\}", re.S)
_FOOTNOTE = re.compile(r"\{\{footnote\b[^}]*\}\}(?:(?!\{\{footnote\b).)*?\{\{/footnote\}\}", re.S)
# Macros whose body is no part of the article: notices, code, scripts, comments, figures.
_DROPPED = re.compile(r"\{\{(info|warning|error|success|code|velocity|groovy|python|comment|figure|gallery|"
                      r"chart|display|include)\b[^}]*\}\}(?:(?!\{\{\1\b).)*?\{\{/\1\}\}", re.S)
_MACRO_TAG = re.compile(r"\{\{/?[a-zA-Z][\w.-]*(?:\s[^{}]*?)?/?\}\}")
_IMAGE = re.compile(r"\[\[image:[^\]]*\]\]|(?<![\w\[])image:[\w./-]+\.(?:png|jpe?g|gif|svg)\b", re.I)
_LINK = re.compile(r"\[\[(?:((?:(?!\]\]|>>|\[\[).){0,300})>>)?((?:(?!\]\]|\|\||\[\[).){0,300})"
                   r"(?:\|\|(?:(?!\]\]|\[\[).){0,300})?\]\]")
_URL = re.compile(r"^(?:[a-z][\w+.-]*://|mailto:|url:|attach:|unc:)", re.I)
_PLACEHOLDER = re.compile(r"[\x02\x04](\d+)\x03")
_BLOCK = re.compile(r"\x04\d+\x03")  # a placeholder standing for a block of its own
_PARAMS = re.compile(r"\(%[^\n]{0,300}?%\)")
_GROUP = re.compile(r"\(\(\(|\)\)\)")
_HEADING = re.compile(r"^(={1,6})(?!=)\s*(.+?)\s*=*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:\*+|[1*]*1\.|[;:])\s+(.*)$")
_QUOTE = re.compile(r"^>+\s?")
_RULE = re.compile(r"^\s*-{4,}\s*$")
_ROW = re.compile(r"^\s*(?:\(%[^%\n]*%\))?(?:\||![=!])")
_SPAN = re.compile(r"\bcolspan=\"?(\d+)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<!:)//(.+?)(?<!:)//")
_PLAIN_MARKS = re.compile(r"__|##|\^\^|,,")  # underline, monospace, super- and subscript: their text


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if head.lstrip().startswith(("<", "{\"", "[{")):
        return 0.0  # HTML or JSON that quotes the markup
    kinds = sum(1 for cue in _CUES if cue.search(head))
    return min(_MAX_SCORE, _BASE_SCORE + _SCORE_PER_KIND * kinds) if kinds >= _MIN_KINDS else 0.0


def _link_text(label: str | None, ref: str) -> str:
    """What a link shows: its label; a page reference's page name ("doc:Main.Tarsen War" -> "Tarsen War")."""
    if label:
        return label
    ref = ref.strip()
    if _URL.match(ref):
        return ""
    ref = re.sub(r"^(?:doc|page|space):|[@#?].*$|\.WebHome$", "", ref)
    return re.split(r"(?<!\\)\.(?=\S)", ref)[-1].replace("\\", "")


def _prepared(text: str, kept: list[str]) -> str:
    """The page with its literals set aside (as placeholders) and its macros, images and links resolved."""
    def keep(value: str, whole: str = "") -> str:
        kept.append(value)
        if "\n" in whole:  # a block of lines: a placeholder on a line of its own
            return f"\n\x04{len(kept) - 1}\x03\n"
        return f"\x02{len(kept) - 1}\x03"
    text = _ESCAPE.sub(lambda m: keep(html_escape.escape(m[1])), text.replace("\r\n", "\n"))
    text = _VERBATIM.sub(lambda m: keep(html_escape.escape(m[1]), m[0]), text)
    text = _HTML_MACRO.sub(lambda m: keep(m[1].strip(), m[0]), text)
    notes = iter(range(1, 10_000))
    text = _FOOTNOTE.sub(lambda m: f"[{next(notes)}]", text)
    text = _MACRO_TAG.sub("", _DROPPED.sub("", text))
    text = _IMAGE.sub("", text)
    return _LINK.sub(lambda m: _link_text(m[1], m[2]), text)


def _inline(text: str) -> str:
    """One line's remaining markup as HTML: emphasis, line breaks; parameters and groups dropped."""
    text = _GROUP.sub("", _PARAMS.sub("", text)).replace("\\\\", "\x00")
    text = html_escape.escape(text, quote=False)
    text = _PLAIN_MARKS.sub("", _ITALIC.sub(r"<i>\1</i>", _BOLD.sub(r"<b>\1</b>", text)))
    return re.sub(r"\s*\x00\s*", "<br>", text).strip()


def _row(line: str) -> str:
    """A table row: "|=Date|2 May 1944", "|=(% colspan="2" %)Belligerents", "!=Header!!cell"."""
    line = re.sub(r"^\s*\(%[^%\n]*%\)", "", line.strip())  # the row's own parameters
    if line.startswith("!"):  # the other way to write cells: "!=Header!!cell"
        line = line.replace("!=", "|=").replace("!!", "|")
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    out = []
    for cell in line[1:].split("|"):
        tag = "th" if cell.startswith("=") else "td"
        cell = cell[1:] if tag == "th" else cell
        attrs = ""
        if params := re.match(r"\s*\(%(.*?)%\)", cell):
            if span := _SPAN.search(params[1]):
                attrs = f' colspan="{span[1]}"'
            cell = cell[params.end():]
        out.append(f"<{tag}{attrs}>{_inline(cell)}</{tag}>")
    return f"<tr>{''.join(out)}</tr>"


def html_page(text: str) -> str:
    """The page as the HTML its markup stands for."""
    kept: list[str] = []
    out = html.Blocks()
    blocks, para, rows, items, flush = out.blocks, out.para, out.rows, out.items, out.flush
    title = None

    for line in _prepared(text, kept).split("\n"):
        bare = line.strip()
        if _ROW.match(line):
            if para or items:
                flush()
            rows.append(_row(line))
            continue
        # a blank, a rule, the next block's parameters, a block set aside ({{html}}, {{{verbatim}}})
        skipped = not bare or _RULE.match(line) or _PARAMS.fullmatch(bare) or _BLOCK.fullmatch(bare)
        if rows or skipped:
            flush()  # (a table ends at its first line that is no row)
        if _BLOCK.fullmatch(bare):
            blocks.append(bare)
        if skipped:
            continue
        if heading := _HEADING.match(line):
            flush()
            level, words = len(heading[1]), _inline(heading[2])
            title = title or (words if level == 1 else None)
            blocks.append(f"<h{level}>{words}</h{level}>")
        elif item := _LIST_ITEM.match(line):
            if para:
                flush()
            items.append(f"<li>{_inline(item[1])}</li>")
        else:
            if items:
                flush()
            para.append(_inline(_QUOTE.sub("", bare)))
    flush()
    return _PLACEHOLDER.sub(lambda m: kept[int(m[1])], html.page(title, blocks))


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
