"""MediaWiki XML exports in, (title, wikitext) pairs of military-conflict articles out.

A dump is read as a stream (``mwxml`` over a file object, ``bz2`` decompressing on the fly), so
memory stays flat whatever its size. Only main-namespace, non-redirect pages whose latest
revision carries a conflict infobox are kept (:data:`CONFLICT_INFOBOX`).

Multistream dumps (``pages-articles-multistream.xml.bz2``) are many bz2 streams of about 100
pages each, with an index file of ``offset:page_id:title`` lines. :func:`iter_streams` turns the
index into :class:`Stream` work units; :func:`read_stream` seeks to one and decompresses only it,
so workers can share a dump without reading it end to end. The first stream of such a dump holds
the ``<siteinfo>`` header alone; it is prefixed to each unit so ``mwxml`` sees a whole document.

Nothing here raises on a malformed dump: a broken stream or page yields what was read before the
damage (callers that want to know use :func:`read_stream`'s warnings).
"""
from __future__ import annotations

import bz2
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import mwxml

from warfile.readers.labels import conflict_box, field_for_label

# The infoboxes that mark an article about an armed conflict; matched case-insensitively at the
# start of a template ("{{Infobox military conflict" also covers "... conflict\n|" spacing variants).
CONFLICT_INFOBOX = re.compile(r"\{\{\s*infobox[ _]+(?:military|civil)[ _]+conflict\b", re.IGNORECASE)

# Main (article) namespace, and Draft (118): an article being written ("Draft:Battle of Wad Madani",
# exported on its own while it awaits review) is one too; talk, user, template, category... pages are
# never operations.
ARTICLE_NAMESPACE = 0
ARTICLE_NAMESPACES = frozenset({ARTICLE_NAMESPACE, 118})

# How far into a file is_dump looks for the MediaWiki export root element: the root is the first
# element, after at most an XML declaration and comments, so a few kilobytes is plenty.
SNIFF_BYTES = 4096

_BZ2_MAGIC = b"BZh"
_ROOT = re.compile(rb"<mediawiki[\s>]")
_CLOSE = b"</mediawiki>"
# Used when a multistream dump has no separate siteinfo stream (its first page stream starts at 0).
_MINIMAL_HEADER = b'<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/"><siteinfo></siteinfo>\n'


@dataclass(frozen=True, slots=True)
class Stream:
    """One bz2 stream of a multistream dump: ``length`` compressed bytes at ``offset``.

    ``length`` is None for the last stream (read to the end of the file).
    """

    dump: str
    offset: int
    length: int | None
    header: int = 0  # compressed length of the siteinfo stream at offset 0 (0: none)


def _open(path: str | Path) -> IO[bytes]:
    """The dump's bytes, decompressed when it is bz2 (every stream of a multistream file)."""
    raw = open(path, "rb")
    magic = raw.read(3)
    raw.seek(0)
    if magic == _BZ2_MAGIC:
        return bz2.BZ2File(raw)  # type: ignore[return-value]
    return raw


def is_dump(path: str | Path) -> bool:
    """True when the file is a MediaWiki XML export (plain or bz2); never raises."""
    try:
        with _open(path) as f:
            head = f.read(SNIFF_BYTES)
    except (OSError, EOFError, ValueError):
        return False
    return bool(_ROOT.search(head))


def is_conflict_article(text: str | None) -> bool:
    """A conflict infobox, or a fact table of a conflict's own (a Wikinews story's "at a glance" wikitable)."""
    if not text:
        return False
    return CONFLICT_INFOBOX.search(text) is not None or ("wikitable" in text and _conflict_table(text))


# A wikitable's header cell at a line's start ("! Commanders", "! Losses (own figures)").
_HEADER_CELL = re.compile(r"^!\s*(?:[a-z-]+=\S+\s*\|\s*)?(?P<label>[^|!\n]{2,40}?)\s*$", re.MULTILINE)


def _conflict_table(text: str) -> bool:
    keys = {found[0] for m in _HEADER_CELL.finditer(text)
            if (found := field_for_label(_PARENTHESES.sub("", m["label"])))}
    return conflict_box(keys)


_PARENTHESES = re.compile(r"\s*\([^()]*\)")


def _latest_text(page: mwxml.Page) -> str | None:
    text = None
    for revision in page:  # revisions come oldest first; keep the last
        text = revision.text
    return text


def _iter_dump(f: IO[bytes]) -> Iterator[tuple[str, str]]:
    kept = _SmallExport()
    found = False
    try:
        dump = mwxml.Dump.from_file(f)
        for page in dump.pages:
            if page.redirect or (page.namespace not in ARTICLE_NAMESPACES and page.namespace != PAGE_NAMESPACE):
                _drain(page)
                kept.pages += 1
                continue
            text = _latest_text(page)
            if page.namespace in ARTICLE_NAMESPACES and is_conflict_article(text):
                found = True
                yield page.title, text  # type: ignore[misc]
            elif not found:
                kept.add(page.namespace, page.title, text)
    except Exception:  # noqa: BLE001 - a truncated or malformed dump ends the stream, it never raises
        pass
    if not found and (article := kept.article()) is not None:
        yield article


# Wikisource's Page namespace: a scanned book's pages, proofread one by one, that a work's page
# transcludes ("<pages index="Papers (1864).djvu" from=52 to=54 fromsection="carey" />").
PAGE_NAMESPACE = 104
# An export this small is a page exported by hand (Special:Export), not a dump: when it holds no
# conflict article, its longest article is the document (a despatch on Wikisource, a story).
_SMALL_EXPORT_PAGES = 30
_SMALL_EXPORT_BYTES = 2 * 2**20


@dataclass
class _SmallExport:
    """The article and Page-namespace texts of an export, kept while it stays small."""

    pages: int = 0
    size: int = 0
    articles: dict[str, str] | None = None
    scans: dict[str, str] | None = None

    def add(self, namespace: int, title: str, text: str | None) -> None:
        self.pages += 1
        self.size += len(text or "")
        if self.pages > _SMALL_EXPORT_PAGES or self.size > _SMALL_EXPORT_BYTES:
            self.articles = self.scans = None  # a dump after all: nothing kept, memory stays flat
            return
        if self.pages == 1 or self.articles is not None:
            self.articles = self.articles if self.articles is not None else {}
            self.scans = self.scans if self.scans is not None else {}
            (self.articles if namespace in ARTICLE_NAMESPACES else self.scans)[title] = text or ""

    def article(self) -> tuple[str, str] | None:
        if not self.articles or self.pages > _SMALL_EXPORT_PAGES:
            return None
        title, text = max(self.articles.items(), key=lambda kv: len(_transcluded(kv[1], self.scans or {})))
        text = _transcluded(text, self.scans or {})
        return (title, text) if text.strip() else None


_PAGES_TAG = re.compile(r"<pages\s+(?P<attrs>[^>]*?)/?>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""(?P<key>\w+)\s*=\s*(?:"(?P<q>[^"]*)"|'(?P<s>[^']*)'|(?P<bare>[^\s/>]+))""")
_NOINCLUDE = re.compile(r"<noinclude>.*?</noinclude>", re.IGNORECASE | re.DOTALL)
_SECTION_MARK = r"<section\s+(?:begin|end)\s*=\s*[\"']?{name}[\"']?\s*/?>"


def _transcluded(text: str, scans: dict[str, str]) -> str:
    """The article with each ``<pages index=… from=… to=…/>`` tag replaced by the text of the
    scanned pages it names, their headers and footers (``<noinclude>``) left out, the first page
    from its ``fromsection`` on and the last up to its ``tosection``'s end."""
    def pages(m: re.Match[str]) -> str:
        attrs = {a["key"].lower(): a["q"] or a["s"] or a["bare"] or "" for a in _ATTRIBUTE.finditer(m["attrs"])}
        index, first, last = attrs.get("index", ""), attrs.get("from", ""), attrs.get("to", "")
        if not (index and first.isdigit() and last.isdigit()) or int(last) - int(first) > _SMALL_EXPORT_PAGES:
            return ""
        numbers = range(int(first), int(last) + 1)
        parts = []
        for n in numbers:
            page = _NOINCLUDE.sub("", scans.get(f"Page:{index}/{n}", ""))
            if n == numbers[0] and (name := attrs.get("fromsection")) and \
                    (begin := re.search(_SECTION_MARK.format(name=re.escape(name)), page)):
                page = page[begin.end():]
            if n == numbers[-1] and (name := attrs.get("tosection")) and \
                    (end := re.search(_SECTION_MARK.format(name=re.escape(name)).replace("begin|end", "end"), page)):
                page = page[:end.start()]
            parts.append(re.sub(r"<section\s[^>]*/?>", "", page).strip())
        return "\n\n".join(p for p in parts if p)
    return _PAGES_TAG.sub(pages, text) if "<pages" in text else text


def _drain(page: mwxml.Page) -> None:
    for _ in page:  # mwxml reads lazily: consume skipped revisions so the parser moves on
        pass


def iter_pages(path: str | Path) -> Iterator[tuple[str, str]]:
    """(title, latest wikitext) of every conflict article in a dump, plain or bz2, streaming."""
    try:
        f = _open(path)
    except OSError:
        return
    with f:
        yield from _iter_dump(f)


# ---------------------------------------------------------------- multistream

def read_index(index: str | Path) -> Iterator[int]:
    """Distinct stream offsets of a multistream index (``offset:page_id:title``), in file order."""
    last = None
    try:
        f = _open(index)
    except OSError:
        return
    with f:
        for line in io.TextIOWrapper(f, encoding="utf-8", errors="replace"):
            head, _, _ = line.partition(":")
            if not head.strip().isdigit():
                continue
            offset = int(head)
            if offset != last:
                last = offset
                yield offset


def iter_streams(dump: str | Path, index: str | Path) -> Iterator[Stream]:
    """Work units of a multistream dump, one per bz2 stream listed in the index."""
    offsets = list(read_index(index))
    if not offsets:
        return
    header = offsets[0]  # bytes before the first page stream: the siteinfo stream (0 if none)
    for start, end in zip(offsets, offsets[1:] + [None]):
        yield Stream(str(dump), start, None if end is None else end - start, header)


def _decompress(path: str, offset: int, length: int | None) -> bytes:
    with open(path, "rb") as raw:
        raw.seek(offset)
        data = raw.read() if length is None else raw.read(length)
    out = []
    while data:
        decomp = bz2.BZ2Decompressor()
        try:
            out.append(decomp.decompress(data))
        except (OSError, EOFError, ValueError):
            break
        if length is not None:
            break  # one stream per unit: ignore anything after it
        data = decomp.unused_data
    return b"".join(out)


def read_stream(stream: Stream) -> list[tuple[str, str]]:
    """(title, wikitext) of the conflict articles in one multistream work unit."""
    try:
        header = _decompress(stream.dump, 0, stream.header) if stream.header else b""
        body = _decompress(stream.dump, stream.offset, stream.length)
    except OSError:
        return []
    if not _ROOT.search(body[:SNIFF_BYTES]):  # a page stream: give it the dump's root and siteinfo
        body = (header if _ROOT.search(header[:SNIFF_BYTES]) else _MINIMAL_HEADER) + body
    xml = body
    if _CLOSE not in xml[-64:]:
        xml += b"\n" + _CLOSE
    return list(_iter_dump(io.BytesIO(xml)))


def iter_multistream(dump: str | Path, index: str | Path) -> Iterable[tuple[str, str]]:
    """Every conflict article of a multistream dump, stream by stream, in index order."""
    for stream in iter_streams(dump, index):
        yield from read_stream(stream)
