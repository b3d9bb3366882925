"""Reader for hard-wrapped page text: text taken out of a PDF (a page printed from a browser,
``pdftotext``), a text browser's dump (``lynx -dump``, ``w3m -dump``), a page pasted into a mail.

Such text is a flattened page (see :mod:`warfile.readers.plain`) or a citation-laden one (see
:mod:`warfile.readers.citations`) with a layer of print on it:

- **page furniture** (PDF): a running header ("4/2/24, 9:41 PM    Battle of X - Wikipedia") and
  footer (the page's address and "2/4") on every page, form feeds, "Page 3 of 12" lines. They land
  in the middle of sentences and infobox columns, so they go first;
- **hard-wrapped prose**: every line of a paragraph ends where the printed line did, words split
  with a hyphen ("Mecha-" / "nized"). A block whose lines fill the page's width is one paragraph;
- **wrapped infobox cells**: a narrow column wraps "Gen. Valery Gerasimov (Chief of" / "the General
  Staff)". A line continues the one before when the one before leaves a parenthesis open or ends on
  a word that cannot end an entry ("of", "and", a dash), or when it starts in lowercase, opens a
  parenthesis after an entry without one (a role, a claimant), or is a year or a bare formation
  noun ("Army") alone.

The cleaned text is then read by the flattened-page or the citations reader, whichever knows it
better, and the document's text is the cleaned text (every span indexes it), as the markup
readers' documents hold their clean text.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter

from warfile.model import Document
from warfile.readers import _text, citations, plain
from warfile.readers.text_table import has_text_table, rewrite_boxes, rewrite_tables, unfold_side_by_side

SHAPE = "wrapped-text"

# score(): above the flattened-page reader's cap (0.9) when the print layer is certain, so the
# page is cleaned before it is read.
_SCORE = 0.92
# Furniture lines a text needs: a header and a footer on two pages, or one form feed and one.
_MIN_FURNITURE = 2
# Wrapped prose lines a text needs without furniture (a few paragraphs' worth), and the widths a
# print wraps at (a mail's 72 columns, a text browser's 80, a PDF's ~100 characters, with slack).
_MIN_WRAPPED = 5
_MIN_WRAP_WIDTH, _MAX_WRAP_WIDTH = 60, 110
# Another shape's markup: its reader joins its own lines.
_MARKUP = re.compile(r"^(?:#{1,6}\s|---\s*$|\+\+\+\s*$|\{\{|<[a-zA-Z!]|=+ .* =+\s*$|\s*\|.*\|)|\]\(", re.MULTILINE)

# A footer's page counter ("1/4", "Page 2 of 9", "- 3 -") or a line that is only one.
_PAGE_COUNTER = re.compile(r"(?:\s|^)(?:\d{1,4}\s*/\s*\d{1,4}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-)\s*$",
                           re.IGNORECASE)
# A browser's print header opens with the date and time of printing.
_PRINT_STAMP = re.compile(r"^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\b", re.IGNORECASE)
_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+")
_DIGITS = re.compile(r"\d+")

# The page's width is the length most long lines reach; a line this share of it is a full one.
_FULL_LINE_SHARE = 0.7
# A block whose lines (all but its last) are mostly full is running prose.
_PROSE_SHARE = 0.6
_WRAP_HYPHEN = re.compile(r"[^\W\d_]-$")
# Words an infobox entry cannot end on: the cell wrapped after them.
_DANGLING = re.compile(r"(?:\b(?:of|the|and|or|from|until|to|in|on|at|as|by|for|with)|[–—,(-])$", re.IGNORECASE)
# A line that cannot be an entry on its own: a year ("2024", "2024)"), a formation noun.
_FRAGMENT = re.compile(r"^(?:\d{4}\)?|\(?(?!c\.\s|ca\.\s|approx)[a-z].*|(?:Army|Corps|Division|Brigade|Regiment|"
                       r"Battalion|Group|Forces|Fleet|Squadron|Company|Command|Artillery|Infantry|Cavalry)\)?)$")  # not "c. 50 killed"


def _furniture_key(line: str) -> str | None:
    """What a page-furniture line has in common with its repeats on other pages, or None."""
    s = line.strip()
    if not s:
        return None
    if _PAGE_COUNTER.fullmatch(s) or _PAGE_COUNTER.search(s) and _ADDRESS.match(s):
        return _DIGITS.sub("#", s)
    if _PRINT_STAMP.match(s):
        return _DIGITS.sub("#", s)
    return None


def _furniture(lines: list[str]) -> set[int]:
    """Indexes of the lines that are page furniture: a header or footer shape seen on two pages or more."""
    keyed = [(i, _furniture_key(ln)) for i, ln in enumerate(lines)]
    counts = Counter(k for _, k in keyed if k)
    return {i for i, k in keyed if k and (counts[k] >= _MIN_FURNITURE or _PAGE_COUNTER.fullmatch(lines[i].strip()))}


def score(text: str) -> float:
    head = text[:4 * _text.SCORE_WINDOW]
    lines = head.replace("\f", "\n").splitlines()
    if has_text_table(lines):
        return _SCORE  # a box drawn as a text table: no markup reader draws one
    if _MARKUP.search(head):
        return 0.0  # markdown, wikitext, HTML: their readers join their own lines
    furniture = len(_furniture(lines)) + head.count("\f")
    if furniture >= _MIN_FURNITURE or _wrapped_lines(text.splitlines()) >= _MIN_WRAPPED:
        return _SCORE
    return 0.0


def _wrapped_lines(lines: list[str]) -> int:
    """Lines that a printer or a text browser broke: long enough to fill the page's width, ending
    mid-sentence, the paragraph going on in the next line's first word."""
    width = _width(lines)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return 0  # paragraphs on one line each, or only a box's short lines: nothing was wrapped
    full = int(width * _FULL_LINE_SHARE)
    return sum(1 for a, b in zip(lines, lines[1:])
               if len(a.rstrip()) >= full and not _text.ends_sentence(a.rstrip()) and b[:1].strip()
               and b.lstrip()[:1].isalnum())


def _width(lines: list[str]) -> int:
    """The printed line width: the length the longer lines reach (their upper quartile)."""
    lengths = sorted(len(ln.rstrip()) for ln in lines if len(ln.strip()) > 20)
    return lengths[3 * len(lengths) // 4] if lengths else 80


def _unwrapped(a: str, b: str, words: set[str]) -> str:
    """Line b appended to line a: a word split by a hyphen is joined ("Mecha-" "nized"), unless the
    text writes it with its hyphen elsewhere ("north-" "west" when "north-west" occurs)."""
    first = b.split(maxsplit=1)[0] if b.split() else ""
    if _WRAP_HYPHEN.search(a) and first[:1].islower():
        stem = a.rsplit(maxsplit=1)[-1]
        if f"{stem}{first}".lower().strip(".,;:") not in words:
            return a[:-1] + b
        return a + b
    return f"{a} {b}"


def continues(previous: str, line: str) -> bool:
    """Whether an infobox line is the rest of the entry before it (a wrapped cell)."""
    if not previous or not line or _is_bare_label(previous):
        return False
    if previous.count("(") > previous.count(")"):
        return True
    if line.startswith("(") and not previous.endswith(")"):  # "Col. Gen. A. Mordvichev" / "(Central Group)"
        return True
    return bool(_DANGLING.search(previous) or _FRAGMENT.match(line))


def _is_bare_label(line: str) -> bool:
    """A label alone ("Strength", "Date"): it heads the lines below it and never takes them in."""
    hit = _text.inline_label(line)
    return bool(_text.section_key(line)) or hit is not None and hit[1] >= len(line.rstrip())


def _blocks(lines: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for ln in lines:
        if ln.strip():
            out[-1].append(ln.rstrip())
        elif out[-1]:
            out.append([])
    return [b for b in out if b]


def _is_prose_block(block: list[str], full: int) -> bool:
    body = block[:-1] or block
    long = sum(len(ln) >= full for ln in body)
    columned = sum(1 for ln in block if _COLUMN_GAP.search(ln))  # "Date            3–4 July 1187": a box's rows
    return len(block) > 1 and long >= _PROSE_SHARE * len(body) and columned * 2 < len(block)


_COLUMN_GAP = re.compile(r"\S {3,}\S")


# Lettered rows a block needs to be a fact sheet ("A. OPERATION: …", "B. PERIOD: …", "C. AREA: …").
_MIN_ENUMERATED_ROWS = 3


def _enumerated_rows(block: list[str], words: set[str]) -> list[str] | None:
    """A staff paper's or a cable's fact sheet: each lettered or numbered row with its wrapped lines
    joined, a row per line (None when the block is not one)."""
    if sum(1 for ln in block if _text.ENUMERATED_ROW.match(ln)) < _MIN_ENUMERATED_ROWS:
        return None
    out: list[str] = []
    for ln in block:
        if out and not _text.ENUMERATED_ROW.match(ln) and ln.startswith(" "):
            out[-1] = _unwrapped(out[-1], ln.strip(), words)  # "   (1) COMMANDERS: LTGEN …" / "       GEN HUGO …"
        else:
            out.append(ln)
    return out


def _clean_block(block: list[str], full: int, words: set[str]) -> list[str]:
    """A block's lines with wrapping undone: prose joined into one line (a short first line that
    ends no sentence stays apart: it is a heading), infobox cells joined to their entries, a fact
    sheet's lettered rows each a line."""
    if (rows := _enumerated_rows(block, words)) is not None:
        return rows
    if _is_prose_block(block, full):
        head: list[str] = []
        if len(block) > 1 and len(block[0]) < full and not _text.ends_sentence(block[0]) \
                and len(block[1]) >= full:
            head, block = [block[0]], block[1:]
        return head + [_joined(block, words)]
    out: list[str] = []
    for run in _runs(block, full):
        if len(run) > 1 and _text.is_prose(" ".join(run)):
            out.append(_joined(run, words))
        elif len(run) > 2 and _text.is_prose(" ".join(run[:-1])):  # the paragraph, then a short heading
            out += [_joined(run[:-1], words), run[-1]]
        else:
            for ln in run:
                if out and continues(out[-1], ln.strip()) and not (len(_COLUMN_GAP.findall(out[-1].strip())) > 1
                                                                    and ln.startswith("   ")):
                    # (an indented line under a row of two columns and its label is a cell of its own
                    # column: the reader places it)
                    out[-1] = _unwrapped(out[-1], ln.strip(), words)
                else:
                    out.append(ln)
    return out


def _runs(block: list[str], full: int) -> list[list[str]]:
    """The block cut after every line short of the page's width: a paragraph printed without a
    blank line around it (a mobile page's copy) is one run, its last line the short one."""
    out: list[list[str]] = [[]]
    for ln in block:
        out[-1].append(ln)
        if len(ln) < full:
            out.append([])
    return [r for r in out if r]


def _joined(lines: list[str], words: set[str]) -> str:
    joined = lines[0]
    for ln in lines[1:]:
        joined = _unwrapped(joined, ln.strip(), words)
    return joined


def _merged_across_pages(blocks: list[list[str]], full: int) -> list[list[str]]:
    """A paragraph the page break cut (the furniture between went, a blank line may remain) is one
    block again: a prose block ending mid-sentence and a block starting in lowercase."""
    out: list[list[str]] = []
    for b in blocks:
        if out and b[0][:1].islower() and not _text.ends_sentence(out[-1][-1]) and _is_prose_block(out[-1], full):
            out[-1] = out[-1] + b
        else:
            out.append(b)
    return out


def _unwrapped_lines(lines: list[str], words: set[str]) -> list[str]:
    """Lines of one width with their wrapping undone, blocks a blank line apart (the body's column
    beside a box, narrower than the page)."""
    full = int(_width(lines) * _FULL_LINE_SHARE)
    out: list[str] = []
    for block in _blocks(lines):
        out += _clean_block(block, full, words) + [""]
    return out[:-1]  # the last paragraph may go on under the box


# A printed book's page (a scan's OCR text, pages apart by form feeds): a running head over it ("212
# KINGS, SULTANS AND KNIGHTS", "THE HORNS OF HATTIN    213", a page number alone), its footnotes
# under a rule at its foot, their marks in the text as superscript figures.
_RUNNING_HEAD = re.compile(r"^\s*(?:\d{1,4}(?:\s{3,}\S.*)?|\S.*?\S\s{3,}\d{1,4})\s*$")
_FOOTNOTE_RULE = re.compile(r"^[ \t]*(?:_{6,}|[—–]{4,}|-{8,})[ \t]*$", re.MULTILINE)
_SUPERSCRIPT_MARK = re.compile(r"(?<=[\w.,;:!?’'\")\]])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


def _book_pages(text: str) -> str:
    """A scanned book's text without its page furniture: each page's running head and page number,
    its footnotes (from the rule over them to the page's end) and the text's footnote marks."""
    pages = text.split("\f")
    out = []
    for page in pages:
        lines = page.split("\n")
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        if filled and _RUNNING_HEAD.match(lines[filled[0]]) and len(filled) > 1:
            lines[filled[0]] = ""
        if len(filled) > 1 and re.fullmatch(r"\s*\d{1,4}\s*", lines[filled[-1]]):
            lines[filled[-1]] = ""
        rule = next((i for i, ln in enumerate(lines) if _FOOTNOTE_RULE.match(ln)), None)
        if rule is not None:
            lines = lines[:rule]
        out.append("\n".join(lines))
    return _SUPERSCRIPT_MARK.sub("", "\n\n".join(out))


def clean(text: str) -> str:
    """The page's text without its print layer: furniture dropped, wrapped lines and cells joined."""
    if text.count("\f") >= _MIN_FURNITURE and _FOOTNOTE_RULE.search(text.replace("\f", "\n")) is not None:
        text = _book_pages(text)
    lines = text.replace("\f", "\n").splitlines()
    dropped = _furniture(lines)  # before a box beside the text is moved: a page header has a gap too
    lines = [ln for i, ln in enumerate(lines) if i not in dropped]
    words = {w.lower().strip(".,;:") for w in text.split() if "-" in w}
    lines = unfold_side_by_side(lines, continues, lambda body: _unwrapped_lines(body, words))
    kept = rewrite_tables(rewrite_boxes(lines, continues), continues)
    full = int(_width(kept) * _FULL_LINE_SHARE)
    blocks = _merged_across_pages(_blocks(kept), full)
    return "\n\n".join("\n".join(_clean_block(b, full, words)) for b in blocks) + "\n"


def read_clean(cleaned: str) -> Document:
    """Text already cleaned of its print layer, read by the flattened-page or the citations
    reader, whichever knows it better."""
    reader = citations if citations.score(cleaned) > plain.score(cleaned) else plain
    return reader.read(cleaned)


def _read(text: str) -> Document:
    return dataclasses.replace(read_clean(clean(text)), shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
