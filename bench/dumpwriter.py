"""Write MediaWiki XML exports (plain, bz2, or bz2 multistream with its index) from (title, text) pages.

Used by bench/generate.py for large corpora and by tests/test_dump.py for small ones; public
tools only (xml.sax.saxutils, bz2). The layout follows Wikimedia's pages-articles dumps: a
``<siteinfo>`` header, ``<page>`` elements with ``<ns>``, optional ``<redirect>``, one
``<revision>``; multistream files put the header in its own bz2 stream and ``per_stream`` pages in
each following stream, the index listing ``offset:page_id:title`` for every page.
"""
from __future__ import annotations

import bz2
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HEADER = """<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">
  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>enwiki</dbname>
    <base>https://en.wikipedia.org/wiki/Main_Page</base>
    <generator>MediaWiki 1.41</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="1" case="first-letter">Talk</namespace>
      <namespace key="2" case="first-letter">User</namespace>
      <namespace key="10" case="first-letter">Template</namespace>
    </namespaces>
  </siteinfo>
"""
FOOTER = "</mediawiki>\n"


@dataclass(frozen=True, slots=True)
class Page:
    title: str
    text: str
    ns: int = 0
    redirect: str | None = None


def page_xml(page: Page, page_id: int) -> str:
    redirect = f"    <redirect title={quoteattr(page.redirect)} />\n" if page.redirect else ""
    return (
        f"  <page>\n    <title>{escape(page.title)}</title>\n    <ns>{page.ns}</ns>\n"
        f"    <id>{page_id}</id>\n{redirect}"
        f"    <revision>\n      <id>{page_id * 10}</id>\n      <timestamp>2024-01-01T00:00:00Z</timestamp>\n"
        f"      <contributor><username>bench</username><id>1</id></contributor>\n"
        f"      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
        f"      <text bytes=\"{len(page.text.encode())}\" xml:space=\"preserve\">{escape(page.text)}</text>\n"
        f"    </revision>\n  </page>\n"
    )


def write_dump(pages: Iterable[Page], out: str | Path, compress: bool = False) -> int:
    """A single-stream export (bz2 when ``compress``); returns the number of pages written."""
    opener = bz2.open if compress else open
    n = 0
    with opener(out, "wt", encoding="utf-8") as f:  # type: ignore[operator]
        f.write(HEADER)
        for n, page in enumerate(pages, 1):
            f.write(page_xml(page, n))
        f.write(FOOTER)
    return n


def write_multistream(pages: Iterable[Page], out: str | Path, index: str | Path, per_stream: int = 100) -> int:
    """A multistream bz2 export plus its bz2 index; returns the number of pages written."""
    n = 0
    with open(out, "wb") as f, bz2.open(index, "wt", encoding="utf-8") as idx:
        f.write(bz2.compress(HEADER.encode()))
        batch: list[tuple[int, Page]] = []

        def flush() -> None:
            offset = f.tell()
            f.write(bz2.compress("".join(page_xml(p, i) for i, p in batch).encode()))
            for i, p in batch:
                idx.write(f"{offset}:{i}:{p.title}\n")
            batch.clear()

        for n, page in enumerate(pages, 1):
            batch.append((n, page))
            if len(batch) == per_stream:
                flush()
        if batch:
            flush()
        f.write(bz2.compress(FOOTER.encode()))
    return n
