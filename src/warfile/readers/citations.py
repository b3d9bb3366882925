"""Reader for extracted sentences carrying citation marks ("[12]", "[4][5]", a leading "[39] ").

The page was reduced to its sentences, one per block. The infobox survives only as a run-on
first block: belligerents separated by their citation marks, commanders glued as "Name (role)",
casualty claims, then navigation-box text, and then the lead sentence. Each infobox entry becomes
its own RawField with ``side=None`` in document order (``extract.columns.assign_sides`` decides
the sides from state names and cue words); navigation text is dropped. Every other block that
reads as a sentence is a paragraph (leading citation marks excluded); captions are not.
"""
from __future__ import annotations

import re

from warfile.model import Document, Paragraph, RawField
from warfile.readers import _text

SHAPE = "citations"

# score(): citation marks per 1,000 characters. Seed 001 has ~17; a wiki page rendered to
# plain text with references kept has a few. 8 per 1,000 characters saturates the cue.
_MARKS_FOR_FULL_SCORE = 8.0
# Blocks opening with a citation mark ("[39] Three days before...") are this shape's signature.
_LEADING_MARK = re.compile(r"^\s*\"?(?:\[\d{1,4}\])+\s+\S", re.MULTILINE)
_OTHER_SHAPE = re.compile(r"^(?:---\s*$|\{\{|<[a-zA-Z!]|=+ .* =+\s*$)|\|\s*\|\s*\||<ref", re.MULTILINE)

# Sentences extracted from a page may be short ("It was repelled."), so the prose floor is lower.
_MIN_SENTENCE_WORDS = 3

# Entries of the run-on infobox block.
_RANK = (r"(?:(?:Lt|Lieut|Maj|Brig|Gen|Col|Capt|Cpt|Sgt|Adm|Cdr|Lt\. Col|Lt\. Gen|Maj\. Gen|Brig\. Gen)\.|"
         r"Lieutenant|Major|Brigadier|General|Colonel|Captain|Sergeant|Admiral|Commander|Sheikh|Shaykh|Emir)")
_RANK_RUN = re.compile(rf"(?:{_RANK}\s+)+")
# A casualty claim: a figure, up to a few words, a casualty verb, more such figures joined by ","
# or "and" ("60 killed, 200 wounded"), an optional "(claimant; date)".
_CASUALTY_FIGURE = (r"\d[\d,.]*(?:\s*[–—-]\s*\d[\d,.]*)?\+?(?:\s+[\w'’-]+){0,4}?\s+"
                    r"(?:killed|dead|wounded|injured|captured|missing|executed|shot down|destroyed|sunk|downed|damaged|lost)\b")
_CASUALTY = re.compile(
    rf"{_CASUALTY_FIGURE}(?:\s*(?:,|\band\b)\s*{_CASUALTY_FIGURE})*"
    r"(?:[^()\[\]\d]{0,60}?\([^()]{0,120}\))?(?:\[[^\]]{1,12}\])*"
)
# A strength figure: "4,000 fighters", "1,500–2,000 soldiers", "2,500 cadres": a figure and any
# plural noun, except units of time and distance (a duration is no strength).
_STRENGTH = re.compile(
    r"\d[\d,.]*(?:\s*[–—-]\s*\d[\d,.]*)?\+?\s+(?!(?:years|months|weeks|days|hours|minutes|kilometres|"
    r"kilometers|km|miles|metres|meters)\b)(?:[a-z][\w-]*s|men|personnel|aircraft|militia)\b"
    r"(?:\s*\([^()]{0,80}\))?(?:\[[^\]]{1,12}\])*"
)
# "Name (role)": the role parenthesis of a commander entry, with a following † or citation mark.
_ROLE = re.compile(r"(?:\s*†)?\s*\((?P<role>[^()]{2,80})\)(?:\s*†)?(?:\[[^\]]{1,12}\])*")
# Words that may sit inside a person's name without being capitalised.
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "abd", "de", "da", "van", "von", "ad", "as", "ash", "az"}
_NAME_MAX_WORDS = 4
# A state name entry: opens the government column in the run-on block (see extract.columns).
# Country names come from a list, so "Republic of Korea United Nations Command" ends after
# "Korea" and "Sri Lanka Velupillai Prabhakaran (LTTE leader)" gives the commander his name; a
# state's own forces ("Sri Lanka Army", "Armed Forces of Nigeria") are part of the entry.
_COUNTRY = _text.COUNTRY
_FORCES = r"(?: (?:Armed Forces|Army|Navy|Air Force|Marine Corps|Defence Forces?|Defense Forces?|National Guard|Police))?"
_STATE_NAME = re.compile(
    rf"(?:(?:[A-Z][\w'’-]+ )*(?:Republic|Kingdom|Federation|Emirate|Sultanate|Commonwealth|Principality|State)"
    rf" of (?:the )?{_COUNTRY}|(?:Government|Armed Forces|Army|Military|Forces) of (?:the )?{_COUNTRY}"
    rf"|{_COUNTRY}|(?:[A-Z][\w'’-]+ )*(?:Arab )?Republic(?: of(?: the)? [A-Z][\w'’-]+)?"
    r"|Kingdom of(?: [A-Z][\w'’-]+)+)" + _FORCES
)


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if not head.strip():
        return 0.0
    marks = len(_text.CITATION.findall(head))
    density = marks * 1000 / len(head)
    s = 0.6 * min(1.0, density / _MARKS_FOR_FULL_SCORE)
    if len(_LEADING_MARK.findall(head)) >= 2:
        s += 0.3
    if _OTHER_SHAPE.search(head):
        s *= 0.3
    return min(s, 0.95)



def _read(text: str) -> Document:
    lines = _text.lines_of(text)
    first = next((i for i, ln in enumerate(lines) if not ln.blank), None)
    if first is None:
        return Document(text=text, shape=SHAPE, warnings=("empty document",))
    title_line = lines[first]
    title = _text.clean_title(title_line.text)
    fields: list[RawField] = []
    warnings: list[str] = []
    if f := _text.field(text, "name", title_line.start, title_line.end):
        fields.append(f)
    paragraphs: list[Paragraph] = []
    heading: str | None = None
    blocks = _blocks(text, lines[first + 1:])
    for n, (start, end) in enumerate(blocks):
        if n == 0:
            lead = _lead_start(text, start, end, title)
            if lead > start:
                fields.extend(_infobox_entries(text, start, lead))
                start = lead
        body = text[start:end]
        if _text.is_prose(body, _MIN_SENTENCE_WORDS):
            if p := _text.paragraph(text, start, end, heading):
                paragraphs.append(p)
        elif "\n" not in body.strip() and _text.is_heading(body) and n + 1 < len(blocks):
            heading = _text.clean_title(body)
        # else: image captions and other debris
    if len(fields) <= 1:
        warnings.append("no infobox entries found")
    if not paragraphs:
        warnings.append("no sentences found")
    return Document(text=text, shape=SHAPE, title=title, infobox=tuple(fields),
                    paragraphs=tuple(paragraphs), warnings=tuple(warnings))


def _blocks(text: str, lines: list[_text.Line]) -> list[tuple[int, int]]:
    """Spans of runs of non-blank lines; a run of caption lines splits into one block per line."""
    out: list[tuple[int, int]] = []
    run: list[_text.Line] = []
    for ln in lines + [_text.Line(len(text), len(text), "")]:
        if not ln.blank:
            run.append(ln)
            continue
        if run:
            joined = text[run[0].start:run[-1].end]
            if len(run) > 1 and not _text.is_prose(joined, _MIN_SENTENCE_WORDS):
                out.extend((r.start, r.end) for r in run)
            else:
                out.append((run[0].start, run[-1].end))
        run = []
    return out


def _lead_start(text: str, start: int, end: int, title: str) -> int:
    """Where the lead sentence begins in the first block (start when nothing precedes it).

    The lead names the page's subject: "The <title> was ..." or "<title> was ...". Without the
    title, the block is all infobox when its entries are found up to its end, else all prose.
    """
    block = text[start:end]
    if title:
        m = re.search(r"(?:\bThe\s+)?" + re.escape(title), block, re.IGNORECASE)
        if m:
            return start + m.start()
    m = re.search(r"(?<![\w\[])(?:The|An?)\s[^.()\[\]]{3,120}?\s(?:was|is|were|are)\s", block)
    if m and m.start() > 0 and (_ROLE.search(block, 0, m.start()) or _text.CITATION.search(block, 0, m.start())):
        return start + m.start()
    if (_ROLE.search(block) or _CASUALTY.search(block)) and not _text.is_prose(block):
        return end  # an infobox block with the lead in a block of its own
    return start


def _infobox_entries(text: str, start: int, end: int) -> list[RawField]:
    """The entries of a run-on infobox text[start:end], in order, each a side=None field."""
    found: list[tuple[int, int, str]] = []  # (start, end, key)
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for rx, key in ((_CASUALTY, "casualties"), (_STRENGTH, "strength")):
        for m in rx.finditer(text, start, end):
            if free(m.start(), m.end()):
                found.append((m.start(), m.end(), key))
                taken.append((m.start(), m.end()))
    for m in _ROLE.finditer(text, start, end):
        if not free(m.start(), m.end()):
            continue
        name_start = _name_start(text, start, m.start(), taken)
        if name_start < m.start():
            found.append((name_start, m.end(), "commanders"))
            taken.append((name_start, m.end()))
    found.sort()
    first_entry = found[0][0] if found else end
    out: list[RawField] = [f for s, e in _belligerent_spans(text, start, first_entry)
                           if (f := _text.field(text, "belligerents", s, e))]
    out += [f for s, e, key in found if (f := _text.field(text, key, s, e))]
    # whatever follows the last entry (navigation boxes) is not data
    return out


def _belligerent_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Belligerent entries end at their citation marks; the unmarked rest may hold a state name."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _text.CITATIONS.finditer(text, start, end):
        out.extend(_state_then_group(text, pos, m.end()))
        pos = m.end()
    rest = text[pos:end]
    if rest.strip():
        for m in _STATE_NAME.finditer(rest):
            if rest[:m.start()].strip():
                out.append((pos, pos + m.start()))
            out.append((pos + m.start(), pos + m.end()))
            rest, pos = rest[m.end():], pos + m.end()
            break
        if rest.strip() and len(_text.words(rest)) <= _NAME_MAX_WORDS + 2:
            out.append((pos, end))
    return out


def _state_then_group(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A marked entry opening with a state name and going on with another name is two entries:
    "Republic of Korea United Nations Command[3]" -> "Republic of Korea", "United Nations Command[3]"."""
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    m = _STATE_NAME.match(text, start + lead, end)
    if m and re.match(r"\s+[A-Z]", text[m.end():end]):
        return [(start, m.end()), (m.end(), end)]
    return [(start, end)]


def _name_start(text: str, floor: int, paren: int, taken: list[tuple[int, int]]) -> int:
    """Where the commander name before the role parenthesis at paren begins.

    Walk back over name words; stop at a previous entry (")", citation mark, claimed span),
    a state name, or after _NAME_MAX_WORDS words; a rank before the name is part of the entry.
    """
    floor = max([floor] + [e for s, e in taken if e <= paren])
    seg = text[floor:paren]
    cut = max(seg.rfind(")"), seg.rfind("]"))
    base = floor + cut + 1
    seg = text[base:paren]
    for m in _STATE_NAME.finditer(seg):
        base, seg = base + m.end(), seg[m.end():]
    rank = None
    for m in _RANK_RUN.finditer(seg):
        if seg[m.end():].strip() and len(_text.words(seg[m.end():])) <= _NAME_MAX_WORDS:
            rank = m
            break
    if rank:
        return base + rank.start() + (len(seg[rank.start():]) - len(seg[rank.start():].lstrip()))
    toks = list(re.finditer(r"\S+", seg))
    count, begin = 0, len(seg)
    for t in reversed(toks):
        w = t.group()
        bare = w.strip("†").lower().split("-")[0]
        if w == "†":
            begin = t.start()
            continue
        if not (w[0].isupper() or bare in _NAME_PARTICLES):
            break
        if bare not in _NAME_PARTICLES:
            count += 1
        if count > _NAME_MAX_WORDS:
            break
        begin = t.start()
    return base + begin


read = _text.never_raising(SHAPE, _read)
