"""Helpers shared by the readers of flattened shapes (plain, citations, pipe-table).

Lines with their offsets, trimmed spans, a prose test and the infobox label vocabulary. Every
offset is into the raw text, which these shapes keep as ``Document.text``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from warfile.gazetteer import country_names
from warfile.model import SIDE_KEYS, Document, Paragraph, RawField, Span
from warfile.readers.labels import field_for_label

# How much of a text the score() functions look at: structural cues sit at the top of a page.
SCORE_WINDOW = 5000

# Citation marks as scraped from rendered pages: "[12]", "[4][5]", "[a]", "[note 3]".
CITATION = re.compile(r"\\?\[(?:\^?\d{1,4}|[a-z]|note \d{1,3}|citation needed)\\?\]")  # (escaped: Reddit's "\[3\]")
CITATIONS = re.compile(rf"(?:{CITATION.pattern})+")
LEADING_CITATIONS = re.compile(rf'["”]?\s*(?:{CITATION.pattern}\s*)+')



# A country's whole name (from warfile/data/countries.txt), as a pattern for the flattened readers.
COUNTRY = "(?:" + "|".join(re.escape(c) for c in country_names()) + r")(?![\w'’-])"

# Section rows of a rendered infobox: a label alone on its line, the columns follow.
# Both the current English labels and older ones ("Combatants") are listed.
SECTION_LABELS = {
    "belligerents": "belligerents",
    "combatants": "belligerents",
    "commanders and leaders": "commanders",
    "commanders": "commanders",
    "units involved": "units",
    "units": "units",
    "strength": "strength",
    "troops": "strength",  # a fact box's "Troops  about 45,000  about 3,500"
    # a page read through a translator: "Unidades militares", "Fuerzas en combate" as Google writes them
    "military units": "units",
    "forces in combat": "strength",
    "casualties and losses": "casualties",
    "casualties": "casualties",
    "losses": "casualties",
    # a school encyclopedia's plain words for the box's rows
    "who fought": "belligerents",
    "leaders": "commanders",
    "army units": "units",
    "how many soldiers": "strength",
}

# Inline rows: label then value on the same line, often glued ("Date21 March 2014").
# The value must start with a space, a digit or a capital, so "Resulting in ..." is not a label.
INLINE_LABELS = (
    ("part of", "part_of"),
    ("date", "date"),
    ("location", "place"),
    ("place", "place"),
    ("result", "result"),
    ("status", "result"),  # an ongoing or newer operation's infobox says "Status" for its result
    ("territorial changes", None),
    # the rendered box's label wrapped in a narrow copy: "Territorial" over "changes<TAB>…"
    ("changes", None),
    ("civilian casualties", "civilian_casualties"),
    ("civilian losses", "civilian_casualties"),
    ("civilians", "civilian_casualties"),
    ("civilian deaths", "civilian_casualties"),
    ("also known as", "aliases"),
    ("also called", "aliases"),
)
_INLINE = re.compile(
    r"^(?P<label>" + "|".join(re.escape(lab) for lab, _ in INLINE_LABELS) + r")(?::(?=\s)|(?=$|(?-i:[\s\d\"“(A-Z])))\s*(?P<value>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_INLINE_KEYS = dict(INLINE_LABELS)
# "Part of a series on the History of Mali": a navigation box a mirror copies above the infobox.
_SERIES_BOX = re.compile(r"part of a series\b", re.IGNORECASE)

# A rendered duration under the date, "(2 months, 3 weeks and 4 days)": layout, not data.
DURATION = re.compile(r"^\(?\s*(?:\d+\s+(?:years?|months?|weeks?|days?)[\s,]*(?:and\s+)?)+\)?$", re.IGNORECASE)

# A prose paragraph: enough words, ends like a sentence, and reads as running text (a good share of
# lowercase words). Casualty lines ("2,700 killed and 5,635 wounded (government claim)") and
# captions fail the ending; navigation lists fail the lowercase share.
PROSE_MIN_WORDS = 8
PROSE_MIN_LOWER_SHARE = 0.3
_SENTENCE_END = re.compile(r'[.!?]["”’\')\]]*$')
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int  # exclusive, before the line break (and before a "\r")
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SPACE_RUN = re.compile(r"\s+")


def lines_of(text: str) -> list[Line]:
    """Every line of text with its offsets; CRLF and CR line ends are handled."""
    out: list[Line] = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and m.end() == len(text) and out:
            break
        body = m.group().rstrip("\r\n")
        out.append(Line(m.start(), m.start() + len(body), body))
        if m.end() == len(text):
            break
    return out


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span start..end without leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def field(text: str, key: str, start: int, end: int, side: int | None = None) -> RawField | None:
    """A RawField over text[start:end] (trimmed), or None when that is empty."""
    start, end = trimmed(text, start, end)
    if start >= end:
        return None
    return RawField(key=key, text=text[start:end], side=side, span=Span(start, end))


def paragraph(text: str, start: int, end: int, heading: str | None) -> Paragraph | None:
    """A Paragraph over text[start:end], without leading citation marks and whitespace."""
    start, end = trimmed(text, start, end)
    lead = LEADING_CITATIONS.match(text, start, end)
    if lead:
        start, end = trimmed(text, lead.end(), end)
    return Paragraph(Span(start, end), heading) if start < end else None


def words(s: str) -> list[str]:
    return _WORD.findall(s)


# A note app's wiki links (Obsidian, Logseq, Foam): "[[Idriss Déby]]", "[[Rally of Forces for Change|RFC]]"
# read as their words, an embed ("![[map.jpg|300]]") as nothing. Never a linked citation mark "[[7]](…)".
_WIKI_EMBED = re.compile(r"!\[\[[^\[\]\n]*\]\]")
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]*\|)?([^\[\]|\n]+)\]\](?!\()")


# Crawl4AI's "markdown with citations": every link's text followed by its number ("Petsamo⟨22⟩"), the
# numbers' URLs listed at the end ("⟨22⟩ https://…: Petsamo"); an image's alt is its number too.
_LINK_NUMBER = re.compile(r"⟨\d{1,4}⟩")
_LINK_NUMBER_LINE = re.compile(r"^⟨\d{1,4}⟩[ \t]+\S+.*(?:\n|$)", re.MULTILINE)
_EMPTY_IMAGE = re.compile(r"!\[\s*\]")
_EDIT_LINE = re.compile(r"^[ \t]*\[edit\][ \t]*(?:\n|$)", re.MULTILINE)
_LINK_NUMBERS = 5  # marks a page needs for them to be a converter's, not the text's


def without_link_numbers(text: str) -> str:
    """The text without a converter's link numbers and their list of URLs (and the "[edit]" lines
    left of a wiki's section links)."""
    if len(_LINK_NUMBER.findall(text, 0, 20000)) < _LINK_NUMBERS:
        return text
    text = _LINK_NUMBER.sub("", _LINK_NUMBER_LINE.sub("", text))
    return _EDIT_LINE.sub("", _EMPTY_IMAGE.sub("", text))


# A text written in capitals throughout (a teletype cable, a declassified telegram): read in sentence
# case, so that dates, verbs and the sentence splitter see ordinary writing. Short words that are no
# common word stay in capitals (acronyms: "US", "OAS", "IAPF"), as do words holding digits ("BLT 3/6").
_UPPER_SHARE = 0.85
_MIN_LETTERS = 400
_SHOUT_WINDOW = 20000
_ACRONYM_LETTERS = 4
_SHORT_WORDS = frozenset("""a an the of to in on at by for with from and or but nor as is was were be been being are am
has had have do did does it its he his him she her they them their we our you your i me my not no yes all any
one two six ten few new old own day may way who why how out up off over into onto upon than then that this
what when will would could shall should can must also only more most some such each both same next last near
late week year days time men area city town part side line zone port base camp road fire arms army navy unit
held sent seen said told came went gave took made left led met set cut hit ran won lost fell rose flew kept
end ref para info from into per via just even once soon both till upon amid noon dawn dusk west east north
south left many much very well back down here there were whom whose been sea air land hill lake bay
four five nine long foot edge pack car act san war peak dead fact sort over near lead wing gun guns tank
ship boat town into onto only sole full half none both such deal talk plan oil gas tons miles dr mr col gen
""".split())
_TITLE_WORDS = 12  # a line this short, not ending a sentence, is a heading
_TITLE_SMALL_WORDS = frozenset("a an the of and or on in at to for by from with".split())
_CALENDAR_WORDS = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
# Ranks as a cable abbreviates them ("LTGEN BRUCE PALMER JR", "COL FRANCISCO CAAMANO"), as names are written.
_CABLE_RANKS = {w.lower(): w for w in """Gen LtGen MajGen BGen BrigGen Col LtCol Maj Capt Lt Adm VAdm RAdm Cdr Sgt
Cpl""".split()}
_SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*\n\s*|^\s*\d{1,2}\.\s+)([a-z])", re.MULTILINE)
_CAPS_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def shouting(text: str) -> bool:
    """Whether the text is written in capitals throughout."""
    head = text[:_SHOUT_WINDOW]
    upper = sum(1 for c in head if c.isupper())
    lower = sum(1 for c in head if c.islower())
    return upper + lower >= _MIN_LETTERS and upper >= _UPPER_SHARE * (upper + lower)


@cache
def _countries() -> re.Pattern[str]:
    """A state's name in any case, as a whole: "SOUTH SUDAN", "iraq"."""
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in country_names()) + r")\b", re.IGNORECASE)


def _states_named(text: str) -> str:
    """The text with the states' names it holds written as they are spelt ("IRAQ", "south sudan" -> "Iraq",
    "South Sudan"); the length of every name is kept, so offsets are too."""
    by_folded = {n.casefold(): n for n in country_names()}
    return _countries().sub(lambda m: by_folded.get(m.group(0).casefold(), m.group(0)), text)


# A name after a cable's rank ("Gen john smith", once lower-cased): its next three words at most, unless one is a
# common word or reads as a verb ("Col caamano said", "Col caamano ordered").
_AFTER_RANK = re.compile(r"\b(?:" + "|".join(_CABLE_RANKS.values()) + r")\.? ((?:[A-Za-z][a-z'’]+ ?|[A-Z]{2,4} ?){1,3})")
_VERB_ENDING = re.compile(r"(?:ed|ing)$")


def _named_after_ranks(text: str) -> str:
    def name(m: re.Match[str]) -> str:
        words = m.group(1).split(" ")
        out, going = [], True
        for w in words:
            going = going and bool(w) and w.lower() not in _SHORT_WORDS and not _VERB_ENDING.search(w)
            out.append(w.capitalize() if going else w)
        return m.group(0)[:m.start(1) - m.start(0)] + " ".join(out)
    return _AFTER_RANK.sub(name, text)


def title_cased(line: str) -> str:
    """A line in capitals in title case, its acronyms kept: "THE BATTLE OF SHIROYAMA" -> "The Battle of Shiroyama",
    "RAID ON IRAQ" -> "Raid on Iraq"."""
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) <= _ACRONYM_LETTERS and w.lower() not in _SHORT_WORDS and w.lower() not in _CALENDAR_WORDS:
            return w  # an acronym
        return w.lower() if w.lower() in _TITLE_SMALL_WORDS and m.start() > 0 else w.capitalize()
    return _states_named(_CAPS_WORD.sub(word, line)) if line.isupper() else line


def sentence_cased(text: str) -> str:
    """A text in capitals as sentence case: words lower-cased (acronyms and words with digits kept),
    each sentence's and each numbered paragraph's first letter capitalised. Offsets are kept."""
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.lower() in _CALENDAR_WORDS:
            return w.capitalize()  # "in May": a month, not the verb
        if w.lower() in _CABLE_RANKS and w.isupper():
            return _CABLE_RANKS[w.lower()]
        return w if len(w) <= _ACRONYM_LETTERS and w.lower() not in _SHORT_WORDS else w.lower()
    def title_word(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.lower() in _CABLE_RANKS and w.isupper():
            return _CABLE_RANKS[w.lower()]
        if len(w) <= _ACRONYM_LETTERS and w.lower() not in _SHORT_WORDS:
            return w  # an acronym
        return w.lower() if w.lower() in _TITLE_SMALL_WORDS and m.start() > 0 else w.capitalize()

    def title(line: str) -> str:  # a heading line ("SUBJECT: OPERATION POWER PACK - REVIEW"): title case
        return _CAPS_WORD.sub(title_word, line)
    lines = text.split("\n")
    prose = [len(ln.split()) > _TITLE_WORDS or ln.rstrip().endswith((".", ",", ";")) for ln in lines]
    text = "\n".join(_CAPS_WORD.sub(word, ln) if is_prose else title(ln) for ln, is_prose in zip(lines, prose))
    text = _named_after_ranks(_states_named(text))  # "Gen John Smith", "Iraq": the names a reader knows for names
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)


def wiki_unlinked(text: str) -> str:
    """The text with a note's wiki links as their words and its embeds gone."""
    if "[[" not in text:
        return text
    return _WIKI_LINK.sub(r"\1", _WIKI_EMBED.sub("", text))


# A converted page's links and images (markdownify, html2text): "[Cuba](/wiki/Cuba "Cuba")" reads
# "Cuba", a flag image nothing, "[[2]](#cite_note-2)" the citation mark "[2]".
_URL = r"\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)"
_MD_IMAGE = re.compile(r"!\[[^\]]*\]" + _URL)
_MD_CITATION = re.compile(r"\^?\[(\[[^\]]{1,20}\])\]" + _URL + r"\^?")  # pandoc's superscript: ^[[3]](#cite_note-3)^
_MD_LINK = re.compile(r"\[([^\]]*)\]" + _URL)
_MD_ESCAPE = re.compile(r"\\([\[\]()*_#|])")
_INLINE_TAG = re.compile(r"</?(?:sup|sub|span|small)\b[^<>]*>", re.IGNORECASE)


def unlinked(s: str) -> str:
    """s with markdown links as their text and images gone (html2text's escaped brackets read as
    brackets: "[\\[12\\]](#cite_note-12)" is the citation mark "[12]"); a note's wiki links
    ("[[Chad]]", "[[Rally of Forces for Change|RFC]]") as their words."""
    s = wiki_unlinked(s)
    if "<" in s:  # a converter's kept superscript: "forces.[<sup>\[3\]</sup>](…#cite_note-3)"
        s = _INLINE_TAG.sub("", s)
    if "](" not in s:
        return s
    if "\\" in s:
        s = _MD_ESCAPE.sub(r"\1", s)
    return _MD_LINK.sub(r"\1", _MD_CITATION.sub(r"\1", _MD_IMAGE.sub("", s)))


def is_prose(s: str, min_words: int = PROSE_MIN_WORDS) -> bool:
    """Whether s reads as narrative sentences rather than infobox debris, a heading or a caption."""
    s = CITATIONS.sub("", unlinked(s)).strip()
    ws = words(s)
    if len(ws) < min_words or not _SENTENCE_END.search(s):
        return False
    lower = sum(1 for w in ws if w[0].islower())
    return lower / len(ws) >= PROSE_MIN_LOWER_SHARE


def is_heading(s: str) -> bool:
    """A short title-like line: a section heading (captions are longer or end like sentences)."""
    s = clean_title(s)
    return (0 < len(words(s)) <= 6 and not _SENTENCE_END.search(s) and not s.startswith("(")
            and not _TAGLINE.search(s))


# A wiki's tagline under the title ("From Wikipedia, the free encyclopedia"): no section starts there.
_TAGLINE = re.compile(r"^\W*from wikipedia\b|\bthe free encyclopedia\b", re.IGNORECASE)


def section_key(s: str) -> str | None:
    """The infobox key a section label line stands for ("Casualties and losses" -> casualties)."""
    return SECTION_LABELS.get(_SPACE_RUN.sub(" ", s.strip().rstrip(":")).casefold())


def inline_label(s: str) -> tuple[str | None, int] | None:
    """(key, offset of the value in s) when s starts with an inline infobox label, else None.

    key is None for labels warfile does not keep ("Status").
    """
    if (m := _NUMBERED_ROW.match(s)) and (found := field_for_label(m["label"])):
        return found[0], m.start("value")  # "Belligerents 1: United States": side 1's row
    m = _INLINE.match(s)
    if m and not _SERIES_BOX.match(s) and not (m.group("label").casefold() == "civilians" and m.group("value")[:1].islower()):
        # ("Civilians fled the town" opens a sentence, not a row)
        return _INLINE_KEYS[m.group("label").casefold()], m.start("value")
    m = _TAB_ROW.match(s)
    if m and (found := field_for_label(m["label"])) and found[0] not in SIDE_KEYS:
        return found[0], m.start("value")  # "When<TAB>December 18–19, 1961": a table's row saved as text
    m = _COLON_ROW.match(s)
    if m and (found := field_for_label(m["label"])):
        return found[0], m.start("value")  # "Outcome: Attack beaten off", "Defenders: United States; Latvia"
    m = _FACT_LABEL.match(s)
    if not m or not (_WAR_NAME if m["label"] == "War" else _SIDE_FIGURES).match(m["value"]):
        return None
    return _FACT_KEYS[m["label"].casefold()], m.start("value")


def inline_side(s: str) -> int | None:
    """The side a row's label numbers, for a row inline_label reads: "Belligerents 2: Ottoman Empire"
    (None when it numbers none)."""
    m = _NUMBERED_ROW.match(s)
    found = field_for_label(m["label"]) if m else None
    return found[1] if found else None


# A row whose label carries its side's number: "Belligerents 1: United States".
_NUMBERED_ROW = re.compile(r"^(?P<label>[A-Z][A-Za-z]+(?: [a-z]+){0,2} ?[1-4]):[ \t]*(?P<value>\S.*)$", re.DOTALL)

# A row of a staff paper's or a cable's fact sheet, lettered or numbered as its paragraphs are
# ("A. OPERATION: …", "(1) COMMANDERS: …", "b) Strength: …"): the mark before a label and its colon.
ENUMERATED_ROW = re.compile(r"[ \t]*(?:\(\d{1,2}\)|\(?[A-Za-z][.)]|\d{1,2}[.)])[ \t]+(?=[A-Za-z][A-Za-z /'-]{1,30}:(?:\s|$))")


# A row of a table saved as text: a short label, a tab, the value ("Where<TAB>Goa, Daman & Diu").
# Any infobox label counts ("When", "Outcome"): a tab after it is no sentence's.
_TAB_ROW = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{1,28}?):?\t+(?P<value>\S.*)$", re.DOTALL)

# A fact panel's row: a label of one to three words, a colon, the value ("Outcome: Attack beaten off").
_COLON_ROW = re.compile(r"^(?P<label>[A-Z][A-Za-z]+(?: [a-z]+){0,2}):[ \t]*(?P<value>\S.*)$", re.DOTALL)

# A fact box's own labels, outside Wikipedia's captions ("War Russo-Japanese War", "Forces Japan: 4
# battleships", "Losses Russia: 21 ships sunk"): read only at a line's start, before the name of a
# war ("War II" is a wrapped "World War II", "Forces Armées Nationales" a unit) or before a figure
# or the side a line is about.
FACT_LABELS = (("war", "part_of"), ("forces", "strength"), ("losses", "casualties"), ("fleets", "units"))
_FACT_LABEL = re.compile(r"^(?P<label>" + "|".join(lab.capitalize() for lab, _ in FACT_LABELS)
                         + r"):?[ \t]+(?P<value>[A-Z\d].*)$", re.DOTALL)
_FACT_KEYS = dict(FACT_LABELS)
_WAR_NAME = re.compile(r"(?![IVX]+\b).*\b(?:War|Conflict|Revolution|Rebellion|Uprising|Insurgency|Campaign|Crisis|"
                       r"Intervention|Invasion|Emergency)\b")
# A row's value opening with the side it is about: "Japan: Combined Fleet".
SIDE_NAMED = re.compile(r"[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}:[ \t]+\S")
_SIDE_FIGURES = re.compile(r"(?:c\.\s*|ca\.\s*|about |some |over )?\d|" + SIDE_NAMED.pattern)


# A row label as a rendered box capitalises it, at a word start, with a value after it: where a
# scraper ran a box's rows into lines of "Label value" ("Belligerents India Pakistan[b]") or one
# line of several ("Part of the Kargil War … Date 22 May – 13 June 1999[1] Location … Result …").
_ROW_LABELS = sorted({lab for lab in SECTION_LABELS} | {lab for lab, _ in INLINE_LABELS}, key=len, reverse=True)
_RUN_LABEL = re.compile(r"(?<![\w-])(?P<label>" + "|".join(re.escape(lab[0].upper() + lab[1:]) for lab in _ROW_LABELS)
                        # a value opening with a figure, a name, or an estimate's word ("c. 1,000 soldiers")
                        # (or a name opening with its lower-case article: "al-Shabaab", "ad-Dawla")
                        + r"):?(?=\s*(?:[\d\"“(A-Z~]|(?:c|ca|approx|est)\.\s*\d|(?:about|some|over|up to|more than|at least|"
                          r"around|nearly|approximately) \d|(?:al|el|ad|an|ar|as|ash|at|az|ed|es|ez)-[A-Z])|\s+the\s)(?![\w])")
_ALL_KEYS = {**SECTION_LABELS, **dict(INLINE_LABELS)}


def labelled_pieces(s: str) -> list[tuple[str | None, int, int]]:
    """(key, value start, value end) for each row of a line that runs rows together: it opens with
    a box section's label and a value, or holds two labels or more. [] for any other line."""
    found = list(_RUN_LABEL.finditer(s))
    if not found or (len(found) < 2 and not (found[0].start() == 0 and found[0]["label"].casefold() in SECTION_LABELS)):
        return []
    if found[0].start() == 0 and s[found[0].end():].strip() == "":
        return []  # a label alone: a section row of the usual layout
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(s)
        start = m.end()
        while start < end and s[start].isspace():
            start += 1
        if s[start:end].strip():
            out.append((_ALL_KEYS[m["label"].casefold()], start, end))
    return out


# " | " between a row's columns: a text extractor flattening the box's cells ("Strength: 10,600
# troops | 7,000 soldiers"), or " vs " in a reading-mode key-facts list ("United Kingdom vs German Empire").
COLUMN_BAR = re.compile(r"[ \t]+\|[ \t]+|[ \t]+(?:vs\.?|v\.|versus)[ \t]+")  # "A | B", "A vs B", "A v. B"


# Three spaces or more between two entries of a line: a word processor's columns padded to a
# fixed position ("Spain                          First Philippine Republic").
COLUMN_GAP = re.compile(r"(?<=\S)[ \u00a0]{3,}(?=\S)")


def column_cells(s: str, start: int, end: int, separator: re.Pattern[str] = COLUMN_BAR) -> list[tuple[int, int]]:
    """The cells of s[start:end] between separators, each (start, end); one cell when there is none."""
    out, at = [], start
    for m in separator.finditer(s, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return out


_EDIT_LINK = re.compile(r"\s*\[\s*edit\s*\]\s*$", re.IGNORECASE)


# Pandoc's markdown: a span's or a heading's attributes ("[First Battle of X]{.mw-page-title-main}",
# "## Battle {#Battle}") and a fenced div's lines ("::: {.hatnote role="note"}", ":::").
_PANDOC_SPAN = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\{[^{}\n]*\}")
_PANDOC_ATTRIBUTES = re.compile(r"\s*\{[#.][^{}\n]*\}\s*$")
PANDOC_FENCE = re.compile(r"^[ \t]*:::+(?:[ \t]*\{[^{}\n]*\}|[ \t]*[\w-]+)?[ \t]*$")


def clean_title(s: str) -> str:
    """A title line without markdown/wikitext heading marks, pandoc's attributes or a copied "[edit]" link."""
    s = unlinked(s)
    if "{" in s:
        s = _PANDOC_ATTRIBUTES.sub("", _PANDOC_SPAN.sub(r"\1", s))
    return _EDIT_LINK.sub("", s.strip().strip("=#*").strip())  # ("****** Title ******": html2text's heading)


def ends_sentence(s: str) -> bool:
    """Whether the line ends a sentence (citation marks after the full stop allowed)."""
    return bool(_SENTENCE_END.search(CITATIONS.sub("", s).rstrip()))


def closing_brace(text: str, i: int, escape: str) -> int:
    """The index of the brace closing the one at ``text[i]``, a brace after ``escape`` (Texinfo's
    "@{", LaTeX's "\\{") no brace; the text's end when it never closes."""
    depth, j = 0, i
    while j < len(text):
        c = text[j]
        if c == escape:
            j += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return len(text)


def never_raising(shape: str, read: Callable[[str], Document]) -> Callable[[str], Document]:
    """``read`` guarded so a reader never raises: odd text gives a sparse document with a warning."""
    def guarded(text: str) -> Document:
        try:
            return read(text)
        except Exception as exc:  # noqa: BLE001 - the reader's contract is to return, not raise
            return Document(text=text, shape=shape, warnings=(f"{shape} reader failed: {exc!r}",))
    guarded.__doc__ = read.__doc__
    return guarded
