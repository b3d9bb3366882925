"""Sentence spans in narrative prose, robust to what scraped Wikipedia text leaves in it.

Citation marks sit on both sides of a boundary ("…unity.[40] Human Rights…", "[52] On 23 March…")
and inside sentences ("…wounded[51] around…"); ranks and units end in a full stop ("Lt. Gen.",
"20 km."); quotations end sentences inside the quote ("…huge concern"."). A line break always
ends a sentence: in these documents it separates paragraphs, list items and headings.
Spans exclude the citation marks and whitespace around a sentence.
"""
from __future__ import annotations

import re

from warfile.readers._text import wiki_unlinked

from .lexicon_events import ABBREVIATIONS

# Citation marks after a sentence: "[12]", "[a]", and a converted page's linked ones,
# "[[12]](#cite_note-12)" (html2text escapes the inner brackets: "[\\[12\\]](#cite_note-12)").
_CITATION_RUN = re.compile(r"(?:\s*(?:\[(?:\^?\d+|[a-z]|note \d+|citation needed|nb \d+)\]"
                           # (the link's address may hold a parenthesis: "…/Operation_Phoenix_(2008)#cite_note-7")
                           # (pandoc writes it superscript: "^[\\[3\\]](#cite_note-3)^")
                           r"|\^?\[\\?\[(?:\d+|[a-z])\\?\]\]\((?:[^()\s]|\([^()\s]*\))*\)\^?"
                           # (pandoc from a page, its superscript kept as HTML: "[<sup>\[2\]</sup>](…#cite_note-2)")
                           r"|\[<sup>\\?\[(?:\d+|[a-z])\\?\]</sup>\]\((?:[^()\s]|\([^()\s]*\))*\)"
                           r"|</?sup>))+", re.I)  # (trafilatura keeps the superscript's tags: "<sup>[\[4\]](…)</sup>")
# A candidate boundary: terminal punctuation, closing quotes/brackets, optional citation marks.
# Written to open with a character class ("[.!?][.!?]*", not "[.!?]+"): the regex engine then skips
# to the next candidate character in one fast loop instead of entering the pattern at every one.
_TERMINAL = re.compile(r"[.!?][.!?]*[\"'”’)\]]*")
# What may open the next sentence: a capital, a digit, a quote or bracket, a citation mark.
_OPENER = re.compile(r"\s+(?=[\"'“‘(\[]?(?:\*{1,3}|_{1,2})?[A-Z0-9\u00C0-\u024F])")  # "*Graf Spee* sailed"
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")


# Characters _WORD_BEFORE can match, and the line break its "$" may stand before.
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.\n")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    start = dot  # the word ends at the dot: searching from the run of word characters before it
    while start > 0 and text[start - 1] in _WORD_CHARS:  # finds what a search from 0 finds
        start -= 1
    m = _WORD_BEFORE.search(text, start, dot)
    if not m:
        return False
    word = m.group(1)
    if word.lower().rstrip(".") in ABBREVIATIONS or word.lower() in ABBREVIATIONS:
        return True
    # "U.S." / "U.N." and single initials ("George W. Bush"): capital letters with dots.
    return bool(_INITIALS.fullmatch(word))


def _line_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    sentence_start = start
    while pos < end:
        m = _TERMINAL.search(text, pos, end)
        if m is None:
            break
        stop = m.end()
        citations = _CITATION_RUN.match(text, stop, end)
        after = citations.end() if citations else stop
        opener = _OPENER.match(text, after, end)
        is_dot_only = m.group(0).startswith(".") and len(m.group(0).rstrip("\"'”’)]")) == 1
        if opener is None and after < end:
            pos = m.end()
            continue
        if is_dot_only and _is_abbreviation(text, m.start()):
            pos = m.end()
            continue
        spans.append((sentence_start, stop))
        sentence_start = opener.end() if opener else after
        pos = sentence_start
    spans.append((sentence_start, end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop surrounding whitespace and citation marks; None when nothing is left."""
    while True:
        while start < end and text[start].isspace():
            start += 1
        m = _CITATION_RUN.match(text, start, end)
        if m and m.end() > start:
            start = m.end()
            continue
        break
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans in ``text`` as (start, end) offsets, shifted by ``offset``."""
    if not isinstance(text, str) or not text:
        return []
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        for s, e in _line_sentences(text, line_start, line_end):
            trimmed = _trim(text, s, e)
            if trimmed is not None:
                spans.append((trimmed[0] + offset, trimmed[1] + offset))
        line_start = line_end + 1
    return spans


_INLINE_CITATION = re.compile(r"\s*\\?\[(?:\^?\d+|[a-z]|note \d+|citation needed)\\?\]", re.I)  # (escaped: "\[3\]")
_MD_URL = r"\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)"
_MD_IMAGE = re.compile(r"!\[[^\]]*\]" + _MD_URL)
_MD_LINK = re.compile(r"\[([^\]]*)\]" + _MD_URL)
_MD_ESCAPE = re.compile(r"\\([\[\]()*_#|])")
# Inline HTML a markdown converter keeps (trafilatura's "<sup>[[1]](…)</sup>"): its words stay, its tags go.
_INLINE_HTML = re.compile(r"</?(?:sup|sub|span|small|abbr|cite|b|i|em|strong|u|s|br|wbr)\b[^<>]*>", re.IGNORECASE)
# "[[12]](#cite_note-12)": a citation mark; pandoc writes it superscript, "^[[12]](#cite_note-12)^"
_MD_CITATION = re.compile(r"\^?\[\[[^\]]{1,20}\]\]" + _MD_URL + r"\^?")
_EMPHASIS = re.compile(r"(?<![\w*])(?:\*{1,3}|_{1,2})(?=[^\s*_])|(?<=[^\s*_])(?:\*{1,3}|_{1,2})(?![\w*])")
_SPACES = re.compile(r"\s\s+")  # "\s{2,}", opening with a class for the same fast skip as _TERMINAL
_MARKUP = re.compile(r"^\s*(?:!\[|\[\[|\{\{|\||=|#|https?:|<|- \w+:)|\]\(https?:|\|.*\||\|\s*$")


# _MARKUP's alternatives that may match anywhere hold "|" or "](": without them only the
# opening alternative can match, and it is tried at the start alone.
_MARKUP_OPENING = re.compile(r"\s*(?:!\[|\[\[|\{\{|\||=|#|https?:|<|- \w+:)")


def strip_citations(text: str) -> str:
    """The sentence without its citation marks ("…wounded[51] around…"), markdown links and emphasis
    ("*Exeter*") and doubled spaces."""
    text = unlinked(text)
    if "[" in text:  # every citation mark opens with one
        text = _INLINE_CITATION.sub("", text)
    return _SPACES.sub(" ", unemphasised(text)).strip()


def unlinked(text: str) -> str:
    """The text with a converted page's markdown links as their words ("[Santa Clara](/wiki/Santa_Clara
    "Santa Clara")" reads "Santa Clara"), its images and linked citation marks gone (html2text's
    escaped "[\\[12\\]](#cite_note-12)" too), a note's wiki links as their words."""
    text = wiki_unlinked(text)
    if "<" in text:
        text = _INLINE_HTML.sub("", text)
    if "](" not in text:
        return text
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    return _MD_LINK.sub(r"\1", _MD_CITATION.sub("", _MD_IMAGE.sub("", text)))


def unemphasised(text: str) -> str:
    """The text without markdown's emphasis marks ("*Exeter*", "**Operation Anaconda**", "_Bismarck_");
    a mark inside a word ("Fort_Hood", "2*3") stays."""
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub("", text)
    return text


# A page's footer line: "Page generated 2024-02-18 09:31 UTC.", "This page was last edited on …".
_FOOTER_LINE = re.compile(r"\s*(?:This (?:article|section) (?:needs|has multiple issues|relies|may (?:need|require))|"
                          r"Please help improve|Find sources:|Unsourced material may be|"  # a maintenance banner
                          r"Page (?:generated|last (?:edited|modified|updated))|This page was last (?:edited|modified)|"
                          r"Retrieved (?:from|on)|Last (?:edited|modified|updated|synced|synchronised|synchronized)|Accessed on)\b")
_REFERENCE_ENTRY = re.compile(r"\s*(?:\d+\.\s*)?(?:\*{1,2})?\[?\^[\]\s]")  # also "5. **[^](…#cite_ref-5)**"


def is_markup(text: str) -> bool:
    """Headings, image lines, table rows and fragments under three words: never events. A
    markdown link is read as its words ("… the [Grand Fleet](https://…) sailed …" is prose) unless
    the line is links and little else."""
    if _REFERENCE_ENTRY.match(text) or _FOOTER_LINE.match(text):
        return True
    if "<" in text:
        text = _INLINE_HTML.sub("", text).strip()  # "<sup>[[1]](…)</sup> The Republican …": the sentence after the mark
    text = wiki_unlinked(text)  # "[[Idriss Déby]] ordered …" is prose; "![[map.jpg]]" nothing  # (a page's footer: "Page generated 2024-02-18 09:31 UTC.")  # a reference list's entry: "5. ^ "Ecuador says …"", "^ a b Smith 2004"
    if "](" in text:
        if "\\" in text:
            text = _MD_ESCAPE.sub(r"\1", text)  # "[\[7\]](…#cite_note-7)", as html2text and trafilatura escape it
        text = _MD_IMAGE.sub("", _MD_CITATION.sub("", text))  # "[[7]](https://…#cite_note-7)": a citation mark
        if len(_MD_LINK.sub("", text).split()) < 3:
            return True  # links and little else: a navigation line, a list of articles
        text = _MD_LINK.sub(r"\1", text)
    if "|" in text or "](" in text:
        return bool(_MARKUP.search(text)) or len(text.split()) < 3
    return bool(_MARKUP_OPENING.match(text)) or len(text.split()) < 3
