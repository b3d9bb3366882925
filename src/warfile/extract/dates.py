"""Dates as the articles write them -> ISO strings at the precision the text gives.

``parse_date`` reads one date ("4 August 2013", "by 30 March", "mid-June", "2014");
``parse_date_range`` reads an infobox date field ("21 March – 15 June 2014", "1 May 2015 –
present"); ``find_dates`` scans prose for every date expression, keeping the parts a partial date
leaves open (no year in "On 23 March") so the timeline can fill them from context.
Nothing here raises on odd text: what cannot be read is None.
"""
from __future__ import annotations

import calendar
import re
from typing import NamedTuple

from warfile.model import DateRange

from .alternation import word_alternation
from .lexicon_events import DATE_PREFIXES, MONTHS, ONGOING_WORDS, PART_OF_MONTH, SEASONS, WEEKDAYS
from .needles import fold


class DateMention(NamedTuple):
    """A date expression found in text; parts the text leaves out are None."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    approximate: bool = False  # "early August", "summer 2014": the day (or month) is not known


def _alternation(words) -> str:
    """The words as one alternation, longest first, written as a prefix tree (alternation.py)."""
    return word_alternation(words)


_MONTH = rf"(?P<month>{_alternation(MONTHS)})\.?"
_MONTH2 = rf"(?P<month2>{_alternation(MONTHS)})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
# 1000-2099: Malta 1565 as Austerlitz 1805; a year of three digits (Talas 751) only where a year
# can be told from a count: before a full stop or a comma, "AD", or a word that opens a clause
# ("In July 751 an Abbasid army", not "In May 200 soldiers"), and when bare, after "in", "of",
# "since", "until", "early", "late" or "mid-".
_YEAR_AFTER = (r"(?=[.,;:)]|$|\s(?:AD|CE|on|in|at|near|when|and|the|an?|by|from|with|between|against|after|before|"
               r"as|but|his|her|its|their|had|was|were|under|for|during|while|until|around|over|across|into|through|which|who|"
               r"where|following|he|she|they|it|this|that)\b)")
_YEAR = rf"(?P<year>1[0-9]\d\d|20\d\d|[1-9]\d\d{_YEAR_AFTER})(?!\d)"
# (after "in"/"of" a name may follow: "in the spring of 751 Gao left Kucha")
_YEAR_AFTER_OF = _YEAR_AFTER[:-1] + r"|\s(?-i:[A-Z][a-z]))"
_BARE_YEAR = (r"(?P<year>1[0-9]\d\d|20\d\d|(?:(?<=\bin )|(?<=\bIn )|(?<=\bof )|(?<=since )|(?<=until )|(?<=early )|"
              rf"(?<=\blate )|(?<=mid-))[1-9]\d\d{_YEAR_AFTER_OF})(?!\d)")
_PART = rf"(?P<part>{_alternation(PART_OF_MONTH)})"
_SEASON = rf"(?P<season>{_alternation(SEASONS)})"

# Order matters: the longest, most specific form is tried first at each position.
_FORMS = (
    # 2014-03-21 / 2014-03
    re.compile(r"(?P<year>\d{4})-(?P<mnum>[01]\d)(?:-(?P<day>[0-3]\d))?(?![\d-])"),
    # 21 March 2014, 21st of March, 2014, 21 March
    re.compile(rf"{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?(?![a-z])", re.I),
    # March 21, 2014 / March 21 (US order); the day must not be the start of a year
    re.compile(rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![a-z])", re.I),
    # early August 2013, mid-June, end of March
    re.compile(rf"{_PART}[\s-]+{_MONTH}(?:,?\s+{_YEAR})?(?![a-z])", re.I),
    # early 2014, mid-2014, summer 2014
    re.compile(rf"(?:{_PART}|{_SEASON})(?:\s+of)?[\s-]+{_YEAR.replace(_YEAR_AFTER, _YEAR_AFTER_OF)}", re.I),
    # March 2014, March
    re.compile(rf"{_MONTH}(?:,?\s+{_YEAR})?(?![a-z])", re.I),
    # 2014
    re.compile(_BARE_YEAR),
)

# "may" and "march" are also verbs, "Mar"/"Jan" also names; a bare month word counts only with a
# year or a day, or spelled out and capitalised ("in May", not "may have been", not "Mar Elias").
_CAPITALISED = re.compile(r"[A-Z]")


def _mention(m: re.Match[str], offset: int = 0) -> DateMention | None:
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else None
    if g.get("mnum"):
        month: int | None = int(g["mnum"])
    elif g.get("month"):
        month = MONTHS[g["month"].lower()]
    else:
        month = None
    day = int(g["day"]) if g.get("day") else None
    if month is not None and not 1 <= month <= 12:
        return None
    approximate = bool(g.get("part") or g.get("season"))
    if day is not None:
        if month is None or day < 1 or day > calendar.monthrange(year or 2000, month)[1]:
            return None
    if g.get("month") and day is None and year is None and not approximate and (
            not _CAPITALISED.match(g["month"]) or len(g["month"]) <= 3 and g["month"].lower() != "may"):
        return None
    return DateMention(m.start() + offset, m.end() + offset, year, month, day, approximate)


_BOUNDARY_BEFORE = re.compile(r"[\w-]")
# A group's name word right after a date without a year makes the date part of the name.
_NUMBERED_BEFORE = re.compile(r"\b(?:Resolution|Flight|Route|Highway|Point|Hill|No\.|Number|Unit|Squadron|Regiment|"
                              r"Battalion|Brigade|Division|Force|Task Force|Convoy|Operation|Decree|Law)\s+$")
# "the Battle of 10 November", "the Revolution of 14 July": a name that holds a date, not a date told.
_NAME_OF_BEFORE = re.compile(r"\b(?:Battle|Day|Revolution|Movement|Uprising|Incident|Massacre|Coup|Crisis|Siege|Events?) "
                             r"of (?:the )?$")
_NAMED_AFTER = re.compile(r"\s+(?:Movement|Brigade|Brigades|Battalion|Revolution|Group|Coalition|Alliance|Front|Party|"
                          r"Division|Regiment|Organi[sz]ation|Uprising)\b")

# Where a date can start: every form opens with a digit, a month, a part of a month or a season.
# Scanning for these first (one regex over the text) and trying the forms only there gives the
# same mentions as trying every form at every position, at a small fraction of the cost. The scan
# runs case-sensitively over the folded text (needles.fold keeps offsets), which the regex engine
# does faster than an IGNORECASE scan; it may stop at a few more places, never at fewer.
_STARTS = rf"\d|{_alternation(MONTHS)}|{_alternation(PART_OF_MONTH)}|{_alternation(SEASONS)}"
_CANDIDATE = re.compile(_STARTS, re.I)
_CANDIDATE_FOLDED = re.compile(_STARTS.lower())
# A date right after a word character is never kept (see the boundary test in find_dates), so
# in an ASCII text, whose folded form has the same word characters, the scan passes such places
# by ("may" in "dismayed", "mid" in "amid") instead of trying every form there.
_CANDIDATE_ASCII = re.compile(rf"(?<!\w)(?:{_STARTS.lower()})")


_CLOCK_AFTER = re.compile(r"\s?(?:local\b|hours\b|hrs\b|h\b|Z\b|GMT\b|UTC\b)", re.IGNORECASE)


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in ``text``, left to right, not overlapping."""
    found: list[DateMention] = []
    pos = 0
    folded = fold(text)
    if text.isascii():
        scanned, candidate = folded, _CANDIDATE_ASCII.search
    elif len(folded) == len(text):
        scanned, candidate = folded, _CANDIDATE_FOLDED.search
    else:  # a character whose lower case is longer would shift offsets: scan the text itself
        scanned, candidate = text, _CANDIDATE.search
    while (c := candidate(scanned, pos)) is not None:
        pos = c.start()
        best: DateMention | None = None
        for form in _FORMS:
            m = form.match(text, pos)
            if m is None:
                continue
            mention = _mention(m)
            if mention is not None:
                best = mention
                break
        if best is not None and best.year is None and _NAMED_AFTER.match(text, best.end):
            best = None  # "the March 23 Movement", "the 6th of October Brigade": a name, not a date
        if best is not None and best.month is None and _NUMBERED_BEFORE.search(text, max(0, pos - 12), pos):
            best = None  # "Resolution 1860", "Flight 1976", "Hill 1944": a number, not a year
        if best is not None and best.month is None and _CLOCK_AFTER.match(text, best.end):
            best = None  # "at 1940 local", "0216 hours", "1530Z": a time of day, not a year
        if best is not None and _NAME_OF_BEFORE.search(text, max(0, pos - 16), pos):
            pos = best.end  # the whole date is the name's: its month alone is no date either
            continue
        if best is not None and (pos == 0 or not _BOUNDARY_BEFORE.match(text[pos - 1])
                                 or text[pos - 1] == "-" and best.month is not None):
            found.append(best)
            pos = best.end
        else:
            pos += 1
    return found


def to_iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """ISO string at the precision given: (2014,) -> '2014', (2014, 3) -> '2014-03'."""
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def date_precision(iso: str | None) -> int:
    """UCDP GED precision of an ISO date string: 1 a day, 4 a month, 5 a year."""
    if not iso:
        return 5
    return {10: 1, 7: 4}.get(len(iso), 5)


_CITATION = re.compile(r"\[(?:\d+|[a-z]|citation needed|note \d+)\]", re.I)
_PARENTHESIS = re.compile(r"\([^()]*\)|\([^()]*$")
_PREFIX = re.compile(rf"^(?:(?:{_alternation(DATE_PREFIXES)}|{_alternation(WEEKDAYS)})\b[,\s]*)+",
                     re.I)


_WHITESPACE = re.compile(r"\s+")
_DAY_NUMBER = re.compile(r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?")


def _clean(text: str) -> str:
    text = _CITATION.sub(" ", text or "")
    text = _PARENTHESIS.sub(" ", text)
    text = _WHITESPACE.sub(" ", text.replace("\u00a0", " ")).strip(" ,.;:")
    return text


def parse_date(text: str, year: int | None = None) -> str | None:
    """One date -> ISO at its precision; ``year`` completes a date written without one.

    "4 August 2013" -> "2013-08-04"; "by 30 March" (year 2014) -> "2014-03-30";
    "early August 2013" -> "2013-08"; "2014" -> "2014"; anything else -> None.
    """
    if not isinstance(text, str):
        return None
    cleaned = _PREFIX.sub("", _clean(text)).strip(" ,.;:")
    if not cleaned:
        return None
    mentions = find_dates(cleaned)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(cleaned):
        return None
    return _mention_iso(mentions[0], year)


def _mention_iso(m: DateMention, year: int | None) -> str | None:
    y = m.year if m.year is not None else year
    day = None if m.approximate else m.day
    return to_iso(y, m.month, day)


# Separators between the two ends of a range. ISO dates are protected before splitting on "-".
# "September 10–19, 1950": a range of days written month first, turned into "10–19 September 1950"
# before the range is cut at its dash (which would leave a bare "19, 1950").
_US_DAY_RANGE = re.compile(rf"\b{_MONTH} (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*[–—−‒-]\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,? "
                           rf"(?P<year>\d{{4}})\b",
                           re.IGNORECASE)
_RANGE_SEPARATOR = re.compile(r"\s*[–—−‒→]\s*|\s+-{1,2}\s+|(?<=\d)-(?=\d)|\s+(?:to|until|till|through|and)\s+",
                              re.I)
_ISO_DATE = re.compile(r"\b\d{4}-[01]\d(?:-[0-3]\d)?\b")
_TEMPLATE = re.compile(r"\{\{\s*(?:start|end)[ _]date[^}]*?\|\s*(\d{4})\s*(?:\|\s*(\d{1,2})\s*)?"
                       r"(?:\|\s*(\d{1,2})\s*)?[^}]*\}\}", re.I)


def _template_to_text(m: re.Match[str]) -> str:
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month and 1 <= int(month) <= 12:
        iso = to_iso(int(year), int(month), int(day) if day else None)
        return iso or year
    return year


def _end_parts(text: str) -> DateMention | None:
    cleaned = _PREFIX.sub("", text).strip(" ,.;:")
    mentions = find_dates(cleaned)
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(cleaned):
        return mentions[0]
    if (day := _DAY_NUMBER.fullmatch(cleaned)) and int(day["day"]) >= 1:  # the "4" of "4–19 August 2013", "4th"
        return DateMention(0, len(cleaned), None, None, int(day["day"]))
    return None


# Hours beside a day in a box's date ("14:34 – 15:41 (KST)", "2:34 p.m."), with their time zone: a
# range of them is no range of days.
_CLOCK = r"\b\d{1,2}(?::\d{2}|\.\d{2}(?![.\d]))(?:\s?[ap]\.?m\.?)?"  # not "12.05.1945", a day
_TIMES_OF_DAY = re.compile(rf"{_CLOCK}(?:\s*[–—-]\s*{_CLOCK})?"
                           r"(?:\s*\((?:[A-Z]{2,5}|UTC[+−-]?\d{0,2}(?::\d{2})?)\))?", re.IGNORECASE)


def parse_date_range(text: str) -> DateRange:
    """An infobox date field -> DateRange; the start borrows the month and year the end states.

    "4–19 August 2013" -> 2013-08-04 .. 2013-08-19; "December – January 2014" starts in 2013;
    "1 May 2015 – present" -> ongoing with no end; one date -> a start and no end.
    """
    if not isinstance(text, str):
        return DateRange()
    text = _TEMPLATE.sub(_template_to_text, text)
    text = _TIMES_OF_DAY.sub(" ", _clean(text))  # "23 November 2010 14:34 – 15:41 (KST)": the day, not the hours
    text = _US_DAY_RANGE.sub(lambda m: f"{m['d1']}–{m['d2']} {m['month']} {m['year']}", text)
    protected = _ISO_DATE.sub(lambda m: m.group(0).replace("-", "\x00"), text)
    parts = [p.replace("\x00", "-").strip(" ,.;:") for p in _RANGE_SEPARATOR.split(protected)]
    parts = [p for p in parts if p]
    if not parts:
        return DateRange()
    if len(parts) == 1:
        single = _end_parts(parts[0])
        return DateRange(start=_mention_iso(single, None)) if single else DateRange()
    left_text, right_text = parts[0], parts[-1]
    ongoing = right_text.lower() in ONGOING_WORDS
    left = _end_parts(left_text)
    right = None if ongoing else _end_parts(right_text)
    if left is None:
        return DateRange(end=_mention_iso(right, None) if right else None, ongoing=ongoing)
    if right is None:
        return DateRange(start=_mention_iso(left, None), ongoing=ongoing)
    l_year, l_month, r_year, r_month = left.year, left.month, right.year, right.month
    if l_month is None and left.day is not None:
        l_month = r_month
    if l_year is None and r_year is not None:
        l_year = r_year - 1 if (l_month and r_month and l_month > r_month) else r_year
    if r_year is None and l_year is not None and r_month is not None:
        r_year = l_year + 1 if (l_month and r_month < l_month) else l_year
    if r_month is None and right.day is not None:
        r_month = l_month
    start = to_iso(l_year, l_month, None if left.approximate else left.day)
    end = to_iso(r_year, r_month, None if right.approximate else right.day)
    if start and end and len(start) == len(end) and end < start:
        start, end = end, start
    return DateRange(start=start, end=end, ongoing=ongoing)
