"""Reader for a web feed: an Atom feed (``<feed xmlns="http://www.w3.org/2005/Atom">``) or an RSS
2.0 channel (``<rss><channel><item>``), as a blog, a news site or a regimental archive publishes
its posts, with each post's HTML escaped inside it.

The standard library's ElementTree parses the XML. Each entry is a post: its title, its day of
publication and its content (Atom's ``content`` or ``summary``; RSS's ``content:encoded`` or
``description``), unescaped HTML. An entry is read as a small HTML page (title as its heading,
the day as its published date) by the HTML reader, so a post's fact table is its infobox and its
"on Monday" counts back from the day it was posted. A feed holds several posts: ingest reads
each as a document of its own, named ``feed.xml#<title>`` (:func:`entries_apart`); read() on a
whole feed reads its longest post, the article among notices.
"""
from __future__ import annotations

import dataclasses
import html as html_escape
import re
import xml.etree.ElementTree as ET

from warfile.model import Document
from warfile.readers import _text

SHAPE = "feed"

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
# score(): the root element, after an XML declaration, comments or a stylesheet instruction
_ROOT = re.compile(r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<\?xml-stylesheet[^>]*\?>\s*|<!--.*?-->\s*)*"
                   r"<(?:feed\b[^>]*\bxmlns=[\"']http://www\.w3\.org/2005/Atom[\"']|rss\b[^>]*\bversion=)", re.DOTALL)
_SCORE = 0.96  # above every page reader: the pages inside are read once the feed is opened


def score(text: str) -> float:
    return _SCORE if _ROOT.match(text[:2000]) else 0.0


@dataclasses.dataclass(frozen=True)
class Entry:
    title: str
    published: str  # the day as written ("2025-04-22T07:00:00+01:00", "Tue, 22 Apr 2025 07:00:00 GMT")
    content: str  # HTML


def _text_of(node: ET.Element | None) -> str:
    return "".join(node.itertext()).strip() if node is not None else ""


def _content(node: ET.Element | None) -> str:
    """A content element's HTML: escaped HTML as text (type="html"), or XHTML as child elements."""
    if node is None:
        return ""
    if len(node):  # type="xhtml": the markup is the element's children
        return "".join(ET.tostring(child, encoding="unicode") for child in node)
    return (node.text or "").strip()


def entries(text: str) -> list[Entry]:
    """The posts of a feed, in its order; [] for text that is not a feed or does not parse."""
    try:
        root = ET.fromstring(text.lstrip("\ufeff"))
    except ET.ParseError:
        return []
    found = []
    if root.tag == f"{_ATOM}feed":
        for e in root.iter(f"{_ATOM}entry"):
            body = e.find(f"{_ATOM}content")
            if body is None:
                body = e.find(f"{_ATOM}summary")
            found.append(Entry(_text_of(e.find(f"{_ATOM}title")),
                               _text_of(e.find(f"{_ATOM}published")) or _text_of(e.find(f"{_ATOM}updated")),
                               _content(body)))
    elif root.tag == "rss":
        for e in root.iter("item"):
            body = e.find(_CONTENT)
            if body is None or not (body.text or len(body)):
                body = e.find("description")
            found.append(Entry(_text_of(e.find("title")), _text_of(e.find("pubDate")), _content(body)))
    return [e for e in found if e.title or e.content]


_ISO_DAY = re.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RFC822_DAY = re.compile(r"\b([0-3]?\d) (" + "|".join(_MONTHS) + r")[a-z]* ((?:19|20)\d\d)\b", re.IGNORECASE)


def _iso_day(written: str) -> str:
    """The ISO day of an Atom (RFC 3339) or RSS (RFC 822) timestamp, '' when there is none."""
    if m := _ISO_DAY.search(written):
        return "-".join(m.groups())
    if m := _RFC822_DAY.search(written):
        return f"{m.group(3)}-{_MONTHS.index(m.group(2)[:3].lower()) + 1:02d}-{int(m.group(1)):02d}"
    return ""


def entry_page(entry: Entry) -> str:
    """One post as the HTML page the HTML reader reads: its title the heading, its day published."""
    day = _iso_day(entry.published)
    meta = f'<meta property="article:published_time" content="{day}">' if day else ""
    title = html_escape.escape(entry.title)
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{meta}</head>"
            f"<body><article><h1>{title}</h1>\n{entry.content}\n</article></body></html>")


def one_entry_feed(entry: Entry) -> str:
    """A post as an Atom feed of its own, so that read alone it is still read as a feed's post."""
    esc = html_escape.escape
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>'
            f"<title>{esc(entry.title)}</title><published>{esc(entry.published)}</published>"
            f'<content type="html">{esc(entry.content)}</content></entry></feed>\n')


def entries_apart(text: str) -> list[tuple[str, str]]:
    """A feed of several posts as (title, a feed of that post alone) each; [] for a feed of one
    post or no feed."""
    posts = entries(text)
    if len(posts) < 2:
        return []
    return [(p.title or f"entry {n}", one_entry_feed(p)) for n, p in enumerate(posts, 1)]


def _read(text: str) -> Document:
    from warfile.readers import html
    posts = entries(text)
    if not posts:
        return Document(text=text, shape=SHAPE, warnings=("a feed whose XML does not parse, or with no entries",))
    longest = max(posts, key=lambda p: len(p.content))  # the article, not the notice beside it
    doc = html.read(entry_page(longest))
    skipped = (f"read the longest of {len(posts)} entries ({longest.title!r}); ingest reads each",) \
        if len(posts) > 1 else ()
    return dataclasses.replace(doc, shape=SHAPE, warnings=doc.warnings + skipped)


read = _text.never_raising(SHAPE, _read)
