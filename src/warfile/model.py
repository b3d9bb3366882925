"""The one data model shared by every stage: frozen dataclasses, nothing imported from warfile.

Flow: a reader turns text into a :class:`Document` (the text, its infobox as :class:`RawField`
entries, its narrative as :class:`Paragraph` spans); extraction turns a document into an
:class:`Operation`; merging turns several operations into one, with :class:`Provenance` and
:class:`Conflict` entries saying where each value came from and where sources disagree.

Dates are ISO strings at the precision the text gives ("2014", "2014-03", "2014-03-21").
Spans are character offsets into ``Document.text`` (end exclusive).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

# Canonical infobox keys a reader may emit (RawField.key). Readers map their shape's labels
# ("Combatant1", "Belligerents", "Commanders and leaders", "Partof", tags...) onto these.
OPERATION_KEYS = ("name", "aliases", "part_of", "date", "place", "result")
SIDE_KEYS = ("belligerents", "supporters", "commanders", "units", "strength", "casualties")
FIELD_KEYS = OPERATION_KEYS + SIDE_KEYS + ("civilian_casualties",)

EVENT_TYPES = (
    "attack", "capture", "recapture", "counterattack", "airstrike", "shelling", "ambush",
    "bombing", "shootdown", "killing", "massacre", "abduction", "withdrawal", "reinforcement",
    "statement", "other",
)

# Input shapes a reader can detect (Document.shape).
# 'wikitext' is the scraped key/value rendering of an infobox ("- Combatant1: ...", "== h =="),
# 'mediawiki' real wikitext source ("{{Infobox military conflict | combatant1 = ...}}").
SHAPES = ("plain", "citations", "pipe-table", "wikitext", "markdown-frontmatter", "mediawiki", "html", "wrapped-text",
          "rst", "text-browser", "org", "json", "dokuwiki", "asciidoc", "email", "latex", "csv", "outline", "feed", "fb2",
          "rtf", "odf", "wordml", "kindle-clippings", "webvtt", "tiddlywiki", "zim", "vimwiki", "textile", "bbcode", "moinmoin", "gemtext", "chat-text", "typst", "opml", "trac", "jira", "xwiki", "foswiki",
          "kml", "icalendar", "man", "texinfo", "bibtex", "srt",
          "geojson", "canvas", "pmwiki", "anki", "lyx", "cherrytree", "tomboy", "nexis", "wikidot", "remarkup", "sql-dump", "hocr", "markdeep", "mattermost", "pandoc-json", "stackexchange", "muse", "mindmap")


def content_id(text: str) -> str:
    """Stable document id: the first 16 hex digits of the SHA-256 of the text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


# ---------------------------------------------------------------- documents (reader output)

@dataclass(frozen=True, slots=True)
class RawField:
    """One infobox field as the source states it, markup removed but not yet interpreted.

    ``text`` keeps the source's own separators between entries (newlines, list bullets such as
    "* " for unit hierarchy, commas, "(role)" parentheses, citation marks may be left in).
    ``side`` is the 0-based column for per-side keys (SIDE_KEYS), or None when the key is
    operation-wide or when the shape runs the columns together without marking where one ends
    (the extractor then splits them).
    """

    key: str
    text: str
    side: int | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of narrative prose in Document.text, with the section heading it falls under."""

    span: Span
    heading: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A document read from one input, in one model whatever its shape."""

    text: str  # the text spans refer to (the raw text for plain shapes, a wrapped paragraph's line breaks made
    # spaces in a pipe-table page; cleaned text for markup)
    shape: str
    title: str = ""
    path: str = ""
    id: str = ""  # content hash of the raw input (content_id)
    infobox: tuple[RawField, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()  # shape-specific extras: front matter keys, categories
    warnings: tuple[str, ...] = ()

    def fields(self, key: str) -> tuple[RawField, ...]:
        return tuple(f for f in self.infobox if f.key == key)

    def paragraph_text(self, p: Paragraph) -> str:
        return self.text[p.span.start:p.span.end]


# ---------------------------------------------------------------- values

@dataclass(frozen=True, slots=True)
class DateRange:
    """An infobox date field: '21 March – 15 June 2014' -> 2014-03-21 .. 2014-06-15."""

    start: str | None = None
    end: str | None = None
    ongoing: bool = False  # the end reads "present"


@dataclass(frozen=True, slots=True)
class Count:
    """A number or a range ('1,500–2,000'); exact when low == high."""

    low: int
    high: int
    qualifier: str | None = None  # 'at least', 'more than', 'about', 'up to'...

    @classmethod
    def exact(cls, n: int, qualifier: str | None = None) -> Count:
        return cls(n, n, qualifier)

    @property
    def is_exact(self) -> bool:
        return self.low == self.high

    @property
    def best(self) -> int:
        return self.low if self.is_exact else (self.low + self.high) // 2


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    rank: str | None = None
    role: str | None = None
    killed: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quantity:
    """A strength figure: '1,500–2,000 fighters'."""

    count: Count | None
    unit: str | None = None
    claimant: str | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Equipment:
    count: int
    item: str


@dataclass(frozen=True, slots=True)
class Casualties:
    """One casualty claim: '2,700 killed and 5,635 wounded (government claim; by 30 March)'."""

    killed: Count | None = None
    wounded: Count | None = None
    captured: Count | None = None
    missing: Count | None = None
    who: str | None = None
    claimant: str | None = None
    as_of: str | None = None
    equipment: tuple[Equipment, ...] = ()
    text: str = ""


@dataclass(frozen=True, slots=True)
class Side:
    belligerents: tuple[str, ...] = ()
    supporters: tuple[str, ...] = ()
    commanders: tuple[Person, ...] = ()
    units: tuple[str, ...] = ()
    strength: tuple[Quantity, ...] = ()
    casualties: tuple[Casualties, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    date: str
    type: str
    date_end: str | None = None
    date_prec: int = 1  # UCDP GED: 1 exact day, 2 a 2-6 day span, 3 a week, 4 a month, 5 a year
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    casualties: tuple[Casualties, ...] = ()
    claimant: str | None = None
    disputed: bool = False
    summary: str = ""
    span: Span | None = None
    document: str | None = None  # id of the document the span refers to


@dataclass(frozen=True, slots=True)
class Source:
    document: str  # document id, or the input's file name for `warfile extract`
    title: str = ""
    shape: str = ""
    path: str = ""


@dataclass(frozen=True, slots=True)
class ConflictValue:
    value: object  # the JSON value as each group of documents states it
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    field: str  # JSON pointer into the record, e.g. '/start_date'
    values: tuple[ConflictValue, ...]


@dataclass(frozen=True, slots=True)
class Provenance:
    field: str  # JSON pointer, e.g. '/sides/0/commanders/3'
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    id: str = ""
    aliases: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()
    start_date: str | None = None
    end_date: str | None = None
    places: tuple[str, ...] = ()
    result: str | None = None
    sides: tuple[Side, ...] = ()
    civilian_casualties: tuple[Casualties, ...] = ()
    events: tuple[Event, ...] = ()
    sources: tuple[Source, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    provenance: tuple[Provenance, ...] = ()
    ongoing: bool = False  # the end date reads "present"
    mentions: tuple[str, ...] = field(default=())  # names of other operations the text refers to


# ---------------------------------------------------------------- entities (resolve output)

ENTITY_KINDS = ("person", "group", "place")


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an entity is named: which operation, side, role, document and span."""

    operation: str  # operation id
    document: str = ""  # document id
    side: int | None = None
    role: str | None = None  # 'commander', 'belligerent', 'unit', 'event actor', 'event place'... or the stated role
    surface: str = ""  # the spelling used there
    span: Span | None = None
    event: int | None = None  # index of the event in the operation, when the mention is an event's


@dataclass(frozen=True, slots=True)
class Entity:
    id: str  # stable: kind + normalised canonical name, e.g. 'place:kessab'
    kind: str  # one of ENTITY_KINDS
    name: str  # canonical (fullest) spelling
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    killed: bool = False  # persons: marked killed in any operation


# What a curator may say about two names: 'alias-add' / 'merge' (the same entity), 'alias-remove' /
# 'split' (not the same entity).
OVERRIDE_ACTIONS = ("alias-add", "alias-remove", "split", "merge")


@dataclass(frozen=True, slots=True)
class Override:
    """A curator's decision on two names, kept in the database and re-applied on every ingest."""

    action: str  # one of OVERRIDE_ACTIONS
    a: str  # an entity id ('person:hilal al assad') or a name
    b: str
    kind: str | None = None  # one of ENTITY_KINDS, or None for any kind
    created_at: str = ""
