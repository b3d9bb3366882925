"""Reader for a TiddlyWiki tiddler saved as a ``.tid`` file.

A tiddler opens with its fields, one "name: value" a line (``title``, ``tags``, ``created``,
``type: text/vnd.tiddlywiki``), then a blank line and its text in TiddlyWiki's markup: ``!!``
headings, tables of ``|cells|`` (``!`` opens a heading cell, a ``>`` cell joins the cell after it,
``|…|k`` a class row), ``[[links|targets]]`` and ``[ext[links|url]]``, ``''bold''``, ``//italic//``,
``^^superscripts^^``, ``<<macros>>`` and ``@@styled blocks@@``. The text is written out as the
HTML it stands for and read by the HTML reader; the title field is the page's title.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "tiddlywiki"

_FIELD = re.compile(r"^([a-z][\w.-]*):[ \t]?(.*)$")
_TYPE = re.compile(r"^type:[ \t]*text/(?:vnd\.tiddlywiki|x-tiddlywiki)[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"^(!{1,6})[ \t]*(.+?)[ \t]*$")
_ROW = re.compile(r"^\|.*\|[a-z]?[ \t]*$")
_MACRO = re.compile(r"<<[^<>]*>>")
_STYLE_MARK = re.compile(r"^@@[.\w-]*[ \t]*|[ \t]*@@$")
_EXT_LINK = re.compile(r"\[ext\[([^\]|]*)(?:\|[^\]]*)?\]\]")
_IMG = re.compile(r"\[img[^\[\]]*\[[^\]]*\]\]")
_LINK = re.compile(r"\[\[([^\]|]*?)(?:\|[^\]]*)?\]\]")
_BOLD = re.compile(r"''(.+?)''")
_ITALIC = re.compile(r"(?<!:)//(.+?)//")
_SUPERSCRIPT = re.compile(r"\^\^(.+?)\^\^")


def score(text: str) -> float:
    head = text[:2000]
    if _TYPE.search(head):
        return 0.97
    lines = head.split("\n", 12)[:12]
    fields = sum(1 for ln in lines if _FIELD.match(ln))
    return 0.9 if fields >= 3 and "title" in {m[1] for ln in lines if (m := _FIELD.match(ln))} \
        and re.search(r"^!{1,3} \S|^\|!", text, re.MULTILINE) else 0.0


def _inline(s: str) -> str:
    s = _IMG.sub("", _MACRO.sub("", s))
    s = _LINK.sub(lambda m: html_escape.escape(m[1]), _EXT_LINK.sub(lambda m: html_escape.escape(m[1]), s))
    s = _SUPERSCRIPT.sub(r"\1", _ITALIC.sub(r"\1", _BOLD.sub(r"\1", s)))
    return s


def _row(line: str) -> str:
    """A table row's HTML: heading cells, cells joined by ">" as one spanning cell."""
    cells = line.strip().rstrip("|")[1:].split("|") if not re.search(r"\|[a-z]$", line.strip()) else []
    out, span = [], 1
    for cell in cells:
        if cell.strip() == ">":
            span += 1
            continue
        tag = "th" if cell.lstrip().startswith("!") else "td"
        content = _inline(cell.strip().lstrip("!").strip())
        attrs = f' colspan="{span}"' if span > 1 else ""
        out.append(f"<{tag}{attrs}>{content}</{tag}>")
        span = 1
    return f"<tr>{''.join(out)}</tr>" if out else ""


def html_page(text: str) -> str:
    """The tiddler as an HTML page, its title field the page's title."""
    head, _, body = text.replace("\r\n", "\n").partition("\n\n")
    fields = {m[1]: m[2] for ln in head.split("\n") if (m := _FIELD.match(ln))}
    out: list[str] = []
    para: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if para:
            out.append(f"<p>{' '.join(para)}</p>")
            para.clear()
        if rows:
            out.append(f"<table>{''.join(rows)}</table>")
            rows.clear()

    for line in body.split("\n"):
        line = _STYLE_MARK.sub("", line)
        if _ROW.match(line.strip()):
            if para:
                out.append(f"<p>{' '.join(para)}</p>")
                para.clear()
            rows.append(_row(line))
        elif not line.strip():
            flush()
        elif heading := _HEADING.match(line):
            flush()
            level = min(6, len(heading[1]) + 1)
            out.append(f"<h{level}>{_inline(heading[2])}</h{level}>")
        elif line.lstrip().startswith(("* ", "# ")):
            flush()
            out.append(f"<ul><li>{_inline(line.lstrip()[2:])}</li></ul>")
        else:
            if rows:
                flush()
            if inline := _inline(line).strip():
                para.append(inline)
    flush()
    title = f"<title>{html_escape.escape(fields['title'])}</title>" if fields.get("title") else ""
    return f"<html><head>{title}</head><body>{''.join(out)}</body></html>"


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
