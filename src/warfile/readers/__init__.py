"""Readers: one module per input shape, each turning text into a :class:`warfile.model.Document`.

Every reader module exposes ``SHAPE`` (its name in ``model.SHAPES``), ``score(text) -> float``
(0.0 "not this shape" … 1.0 "certainly this shape", from cues it can name) and
``read(text) -> Document``. :func:`detect` asks every reader and picks the best score; the
choice and its score are recorded in the document's warnings when it is weak, so a shape is
never guessed silently. Readers never raise on odd text: they return a sparse document with
warnings instead.
"""
from __future__ import annotations

import dataclasses
from types import ModuleType

from warfile.model import Document, content_id
from warfile.readers import (
    anki,
    asciidoc,
    bbcode,
    bibtex,
    canvas,
    chat_text,
    cherrytree,
    citations,
    csv_record,
    dokuwiki,
    email_message,
    fallback,
    fb2,
    feed,
    foswiki,
    gemtext,
    geojson,
    hocr,
    html,
    icalendar,
    jira,
    json_record,
    kindle,
    kml,
    latex,
    lyx,
    markdeep,
    markdown_frontmatter,
    mattermost,
    mediawiki,
    mindmap,
    moinmoin,
    muse,
    nexis,
    odf,
    opml,
    org,
    outline,
    pandoc_json,
    pipe_table,
    plain,
    pmwiki,
    remarkup,
    rst,
    rtf,
    sql_dump,
    srt,
    stackexchange,
    texinfo,
    text_browser,
    textile_markup,
    tiddlywiki,
    tomboy,
    trac,
    troff,
    typst,
    vimwiki,
    webvtt,
    wikidot,
    wikitext_list,
    wordml,
    wrapped_text,
    xwiki,
    zim,
)

READERS: dict[str, ModuleType] = {
    m.SHAPE: m for m in (sql_dump, hocr, mindmap, muse, markdeep, mattermost, pandoc_json, stackexchange, rtf, odf, nexis, opml, wikidot, remarkup, lyx, cherrytree, tomboy, kml, icalendar, troff, texinfo, bibtex, srt, geojson, canvas, pmwiki, anki, wordml, kindle, chat_text, typst, webvtt, tiddlywiki, zim, vimwiki, email_message, feed, fb2, json_record, moinmoin, gemtext, markdown_frontmatter, html, mediawiki, wikitext_list, rst, org, outline, dokuwiki, asciidoc, trac, jira, xwiki, foswiki, textile_markup, bbcode, pipe_table, text_browser, wrapped_text,
                   citations, latex, csv_record, plain)
}

# Below this score no reader recognises the text; it is read as plain text with a warning.
# 0.3 is where the readers' own cue weights start meaning "one real structural cue found".
MIN_CONFIDENCE = 0.3

# No reader scores above this (their cue weights are capped there), and detect() keeps the first
# best score, so once a reader reaches it no later reader can win: the rest are not asked.
DECISIVE = 0.95


class UnknownShape(ValueError):
    """The --shape given is not one warfile can read."""


def detect(text: str) -> tuple[str, float]:
    """The shape the text most looks like, and that reader's score."""
    best, best_score = plain.SHAPE, 0.0
    for shape, module in READERS.items():
        s = module.score(text)
        if s > best_score:
            best, best_score = shape, s
            if s >= DECISIVE:
                break
    return best, best_score


def _box_rows(doc: Document) -> int:
    return sum(1 for f in doc.infobox if f.key != "name")


def read_document(text: str, path: str = "", shape: str | None = None) -> Document:
    """Read text in the given shape (or the detected one) into a Document with id and path set."""
    warnings: list[str] = []
    guessed = False  # no reader recognised the text: it is read as plain text
    if shape is None:
        shape, confidence = detect(text)
        if confidence < MIN_CONFIDENCE:
            warnings.append(f"shape not recognised (best guess {shape!r}, score {confidence:.2f}); read as plain text")
            shape, guessed = plain.SHAPE, True
    elif shape not in READERS:
        raise UnknownShape(f"unknown shape {shape!r}; choose one of: {', '.join(sorted(READERS))}")
    doc = READERS[shape].read(text)
    rows = _box_rows(doc)
    if (not rows or guessed) and (found := fallback.read_unknown(text, shape)) is not None \
            and _box_rows(found) >= max(rows, 1):
        # a markup no reader knows: its box read from its tables (a guess at plain text reads XML's
        # attributes and tags as rows; the fallback's rows, as many or more, are the page's)
        doc, shape = found, found.shape
    return dataclasses.replace(doc, path=path, id=content_id(text), shape=shape,
                               warnings=tuple(warnings) + doc.warnings)
