"""Dated events from a document's narrative prose.

Each paragraph is split into sentences; each sentence (or each dated clause of it) that states a
military action or a statement becomes an :class:`Event`. Dates are read at the precision the text
gives: absolute ("On 4 August 2013"), partial ("On 23 March", the year from the operation and the
sentences before), relative to the previous dated sentence ("three days later", "The next day"),
relative to the operation's start ("Three days before the assault"), or inherited by an action
sentence with no date from the dated sentence before it in the same paragraph. Vague times ("More
than a month after …") give no event and end the chain of relative dates: nothing is invented.
The vocabularies live in :mod:`warfile.extract.lexicon_events`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from warfile.model import Casualties, Document, Event, Operation, Span

from . import lexicon_events as lex
from .alternation import word_alternation
from .dates import find_dates, to_iso
from .event_parts import (
    actors_in,
    casualties_in,
    claimant_in,
    is_disputed,
    named_subject,
    places_in,
    pronoun_subject,
)
from .needles import AnyCue, Cue, CueSet, StartCue, fold
from .sentences import is_markup, split_sentences, strip_citations
from .story import dateline_end, published_day, wire_story

_I = re.IGNORECASE


def _any(patterns, flags: int = _I) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


# A list this long is scanned pattern by pattern (AnyCue); a shorter one is cheaper as one regex
# (instruction counts on generated corpora: the per-pattern bookkeeping outweighs the scan saved).
_SPLIT_AT = 12


def _cue(patterns, flags: int = _I) -> Cue:
    """The patterns as one alternation, scanned only when the sentence holds one of its words
    (see needles.py)."""
    return AnyCue(patterns, flags) if len(patterns) >= _SPLIT_AT else Cue(_any(patterns, flags))


_EARLIER = Cue(re.compile(lex.RELATIVE_EARLIER, _I))
_FORWARD = [StartCue(re.compile(lex.RELATIVE_FORWARD[0], _I), lex.RELATIVE_FORWARD_OPENING),
            *(Cue(re.compile(p, _I)) for p in lex.RELATIVE_FORWARD[1:])]
_SAME_DAY = _cue(lex.RELATIVE_SAME_DAY)
_BACKWARD = _cue(lex.RELATIVE_BACKWARD)
_BEFORE_START = Cue(re.compile(lex.BEFORE_START, _I))
_DAY_OF_OPERATION = Cue(re.compile(lex.DAY_OF_OPERATION, _I))
# Its only needle is " the ": the case-sensitive scan of the folded text for the day's opening words
# is far cheaper than trying the IGNORECASE pattern at every word.
_DAY_OF_MONTH = StartCue(re.compile(lex.DAY_OF_MONTH, _I), r"\b(?:on|by|(?:morning|afternoon|evening|night|hours|dawn) of) the \d")


def _relative_words() -> re.Pattern[str] | None:
    """A pattern that finds, in a folded sentence, something every relative date holds: a needle
    of one of the relative cues, or for "on the 25th" (whose only needle, " the ", is in nearly every
    sentence) "on/by/of the <digit>", which the day of the month's match holds in any text, folded or
    not. Most sentences hold none of them: one scan then stands for the eight scans of _relative.
    None when a cue's needles are unknown (it could match anything)."""
    needles: set[str] = set()
    for cue in (*_FORWARD, _EARLIER, _SAME_DAY, _BACKWARD, _BEFORE_START, _DAY_OF_OPERATION):
        if cue.needles is None:
            return None
        needles |= cue.needles
    return re.compile(rf"{word_alternation(needles)}|(?:on|by|of) the \d")


_RELATIVE_WORDS = _relative_words()
# Every range of days, in any of the three ways, holds two numbers with something else between
# them (its first and last day, around the join): most sentences hold one number at most.
_TWO_NUMBERS = re.compile(r"\d\D+\d")
_DAY_RANGE = re.compile(lex.DAY_RANGE)
_DAY_RANGE_CORE = re.compile(lex.DAY_RANGE_CORE)
_DAY_RANGE_US = re.compile(lex.DAY_RANGE_US)
_DAY_RANGE_ACROSS = re.compile(lex.DAY_RANGE_ACROSS)
_DAY_RANGE_ACROSS_CORE = re.compile(lex.DAY_RANGE_ACROSS_CORE)
_VAGUE_SHIFT = _cue(lex.VAGUE_SHIFTS)
_VAGUE_TIME = _cue(lex.VAGUE_TIMES)
_SAME_DAY_OPENER = _any(lex.SAME_DAY_OPENERS)
_STRONG = [(kind, _cue(patterns, _I if kind != "shelling" else 0)) for kind, patterns in lex.STRONG_CUES]
_WEAK = [(kind, _cue(patterns)) for kind, patterns in lex.WEAK_CUES]
# A clause holds the words of one or two of the fifteen strong cues: one scan tells which to try.
_STRONG_SET = CueSet([cue for _, cue in _STRONG])
_PURPOSE = Cue(re.compile(lex.PURPOSE_BEFORE, _I))
_ATTEMPT = Cue(re.compile(lex.ATTEMPT_BEFORE, _I))
_FUTURE = Cue(re.compile(lex.FUTURE_BEFORE, _I))
_SUPPORT = Cue(re.compile(lex.SUPPORT_BEFORE, _I))
_HALTED = Cue(re.compile(lex.HALTED_BEFORE, _I))
_NEGATED = Cue(re.compile(lex.NEGATED_BEFORE, _I))
_RULING = _cue(lex.RULING_BEFORE)
_SAID_THAT = Cue(re.compile(lex.SAID_THAT, _I))
_DEADLINE = re.compile(lex.DEADLINE_BEFORE, _I)
# "announced on 20 May that 2,439 defenders had surrendered since 16 May": after the sentence's own
# date, one opened by "since" starts a span up to it, neither its own act nor the narrative's day.
_SINCE = re.compile(r"\bsince $", _I)
# A year alone dates a sentence's action when it follows "in" or "during" ("reoccupied the area in
# 1985"), not when it names something ("in 2014 elections", "in 1973 war").
_IN_YEAR = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Bb]etween|[Ff]rom) (?:early |late |mid-)?$")  # "Between 1628 and 1631 bandeiras sacked …"
_YEAR_NAMES = re.compile(r"[ -]+(?:[a-z]+ )?(?:war|offensive|elections?|campaign|uprising|revolution|coup|crisis|battle|"
                         r"operation|attack|massacre|ceasefire|agreement|accords?|protests?|invasion)\b")
# Hostages taken with a capture make it an abduction ("seized the residence, taking 600 guests hostage");
# only hostage-taking, not every abduction cue ("was arrested … he said he had been kidnapped").
_HOSTAGES = re.compile(r"\b(?:took|taking|taken|held|holding) (?:\w+ ){0,8}?hostages?\b", _I)
_DENIED = re.compile(r"\bdenied\b", _I)
# What a clause's own date leaves in the text _event_type reads: _blank puts spaces where it was.
_BLANKED_DATE = "    "
_BY_DATE = re.compile(r"\s*[Bb]y {4}")  # a clause opening "By <its date>", the date blanked
_KILLED_IN_AMBUSH = re.compile(r"\bkilled (?:\w+ ){0,2}in an? (?:[\w-]+ )?ambush\b", _I)
_KILLED_LEADING = re.compile(r"\bkilled (?:while |when |as he was |as she was )?leading (?:an?|the|his|her) (?:[\w-]+ )?"
                             r"(?:assault|attack|charge|counter-?attack|raid)\b", _I)
_REPORT_PUBLISHED = _cue(lex.REPORT_PUBLISHED)
_PLUPERFECT = Cue(re.compile(r"\b(?:had|have|has)(?: \w+ly)? (?:been )?(?:\w+ )?$", _I))
_SUBORDINATE = _any(lex.SUBORDINATORS)
_CIVILIAN_KILLING = _cue(lex.CIVILIAN_KILLING)
_MASS_KILLING = _cue(lex.MASS_KILLING)
_ATTACK_ON_CIVILIANS = _cue(lex.ATTACK_ON_CIVILIANS)
_ANNOUNCEMENT = _cue(lex.ANNOUNCEMENTS)
_CONTESTED = _cue(lex.CONTESTED)
_REVERSAL = _cue(lex.REVERSALS)
_AERIAL_BOMBING = _cue(lex.AERIAL_BOMBING)
_CASUALTY_WORD = _cue(lex.CASUALTY_WORDS)
_GOVERNMENT = _any(lex.GOVERNMENT_ACTORS)
_NOT_NEW = _cue(lex.NOT_NEW_EVENT)
_CORROBORATION = _cue(lex.CORROBORATION)
_APPEAL = Cue(_any(lex.APPEALS))
_DENIAL = _cue(lex.DENIALS + lex.DENIAL_OPENERS)
_ACTION_VERB = _cue(lex.ACTION_VERBS)
_CLAUSE_BOUNDARY = re.compile(r";\s*|,\s*(?:but|while|and|followed by)\s+|\s+(?:but|and)\s+")
_PARENTHESIS = re.compile(r"\([^()]*\)")
# The dates a lead gives in parentheses after the operation's name: "The Battle of Talavera
# (27–28 July 1809) was fought …". Every other parenthesis is an aside whose dates date nothing here.
_LEAD_DATES = re.compile(r"(?:The\s+)?[A-Z][^()]{2,80}?\s$")
_DATES_ONLY = re.compile(r"\((?:\s*(?:c\.|\d{1,4}(?:st|nd|rd|th)?|[A-Z][a-z]+|[,–—-]))+\s*\)")  # no lowercase word


# (after the dates, an aside may name it another way: "(2 December 1805), also known as …, was")
_NAMING_VERB = re.compile(r"(?:,[^,;()]{0,150},)?\s+(?:was|is|were|took place|lasted)\b")


def _masked_parenthesis(m: re.Match[str]) -> str:
    """A parenthesis blanked, unless it is the dates right after the lead's opening name."""
    keep = (_DATES_ONLY.fullmatch(m.group(0)) and _LEAD_DATES.fullmatch(m.string, 0, m.start())
            and _NAMING_VERB.match(m.string, m.end()))
    return m.group(0) if keep else " " * len(m.group(0))
# A sentence naming an operation ("The Palmyra offensive of July–August 2015 was a military
# operation launched … in July 2015"): a date in its subject is part of the name, not of an action.
_NAMED_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_NAMING_SUBJECT = re.compile(r"(?P<subject>(?:The|An?) [A-Z][^,;:]{0,100}?)\s+(?:was|is|were)\s+(?:a|an|the|one)\b")
_NAME_DATE = re.compile(r"\b(?:of|in) (?:[A-Z][a-z]+[–-])?[A-Z][a-z]+ \d{4}$|\d{4}$")
# ... but a day the subject is said to fall "on" dates the event: "The Battle of Isandlwana on 22 January
# 1879 was the first major encounter of the war"
_ON_DAY = re.compile(r"\bon (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},?) \d{4}$")
# A clause that is only "(and) <Name>" (its date blanked) leaves its verb out: it repeats the one before.
_ELLIPSIS = re.compile(r"[\s,]*(?:(?:and|then)\s+)?(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+[\s.,;]*$")
_ACKNOWLEDGED = re.compile(r"\backnowledged|confirmed\b")
_CONFIRMED = re.compile(r"\bconfirmed\b")


@dataclass
class _When:
    """A date found in a sentence: where it is, what it resolves to, at which UCDP precision."""

    start: int
    end: int
    date: str | None
    prec: int = 1
    date_end: str | None = None
    backward: bool = False  # "the previous day": dates its clause, not the narrative
    offset: int | None = None  # days after the date before it (in this sentence or the narrative)
    day_of_month: int | None = None  # "on the 25th": that day of the month before it
    weak: bool = False  # "the same day", "over night": opens a clause only after a clause boundary
    weekday: int | None = None  # "on Wednesday" in a narrative: that weekday on or after the date before it


@dataclass
class _Context:
    year: int | None
    start: dt.date | None
    last: dt.date | None = None  # the narrative's current day
    last_month: tuple[int, int] | None = None  # current (year, month) when only the month is known
    events: list[Event] = field(default_factory=list)
    previous: list[int] = field(default_factory=list)  # events made from the sentence just read
    # A new section ("Reactions" after an "Aftermath" that ran a year on) goes back in time: until
    # its first date, a date written without a year takes the operation's, not the narrative's.
    new_section: bool = False
    published: dt.date | None = None  # a news page's day: its dates look back from it
    end: dt.date | None = None  # the operation's last day, when its box says
    defines: _Definition | None = None  # a sentence defining the operation by its name (_definition)
    defined: set[int] = field(default_factory=set)  # the events such sentences gave
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # the box's commanders and belligerents (_box_names)
    paragraph: int = 0  # the paragraph being read, counted
    last_paragraph: int = -1  # the paragraph that set the current day


def _day(iso: str | None) -> dt.date | None:
    if iso and len(iso) == 10:
        try:
            return dt.date.fromisoformat(iso)
        except ValueError:
            return None
    return None


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _n(word: str | None) -> int:
    if not word:
        return 1
    return int(word) if word.isdigit() else lex.NUMBER_WORDS.get(word.lower(), 1)


# A narrative this many months before the operation's start is its background ("the embassy
# bombings of 7 August 1998" before a battle of December 2001).
_BACKGROUND_MONTHS = 6
_BACKGROUND_MONTHS_IN_PARAGRAPH = 12


def _operations_year(ctx: _Context, month: int) -> int | None:
    """The operation's year for a date without one told after background long before it (in an
    earlier paragraph), when that month is within the operation's span: "On 6 December the militias began their advance" after
    "the embassy bombings of 7 August 1998" is of the battle of 6–17 December 2001 (an "On 20
    August" there stays in 1998: no month of the battle)."""
    if ctx.start is None or ctx.last is None:
        return None
    # (a paragraph tells its own story on, "On 24 April 1967, … By mid-May, …" of a siege of 1968,
    # unless its last date is years away: "the ceasefire of June 1992 … on 2 August" of a 2008 war)
    before = _BACKGROUND_MONTHS if ctx.last_paragraph != ctx.paragraph else _BACKGROUND_MONTHS_IN_PARAGRAPH
    if (ctx.start.year - ctx.last.year) * 12 + ctx.start.month - ctx.last.month <= before:
        return None
    end = ctx.end or ctx.start
    return next((year for year in range(ctx.start.year, end.year + 1)
                 if (ctx.start.year, ctx.start.month) <= (year, month) <= (end.year, end.month)), None)


def _year_for(ctx: _Context, month: int) -> int | None:
    """The year of a date written without one: the narrative's, rolled over at the year's end
    either way ("On 3 January" after "On 28 December"; "On 31 December" told before a battle of
    2 January). A new section goes back to the operation's start and only forward from it (an
    "Aftermath" in October after a spring offensive), unless the date is within a month of the
    narrative's last one and that one is near the start ("Battle" opening on 31 December after "In
    mid-December" before a January battle)."""
    if ctx.published is not None:  # a news page tells of days before it: "launched on 12 May" of a December story
        return ctx.published.year if month <= ctx.published.month else ctx.published.year - 1
    last = (ctx.last.year, ctx.last.month) if ctx.last is not None else ctx.last_month
    close = (last is not None and ctx.start is not None
             and abs((ctx.start.year * 12 + ctx.start.month) - (last[0] * 12 + last[1])) <= 2  # the narrative is at the start
             and min(abs(month - last[1]), 12 - abs(month - last[1])) <= 1)
    if ctx.new_section and ctx.start is not None and not close:
        year = ctx.start.year + 1 if ctx.start.month - month >= 6 else ctx.start.year
        if ctx.end is not None and (year, month) < (ctx.start.year, ctx.start.month) \
                and (year + 1, month) <= (ctx.end.year, ctx.end.month):
            return year + 1  # "Surrender of the fort": "On 18 January" of a siege from April to January
        if ctx.end is not None and ctx.last is not None and ctx.last.year > year \
                and (ctx.last.year, ctx.last.month) <= (ctx.last.year, month) <= (ctx.end.year, ctx.end.month):
            return ctx.last.year  # a siege of two years told on: "On 12 July" after March 1868 of one ending in August 1868
        return year
    if (within := _operations_year(ctx, month)) is not None:
        return within
    if ctx.last is not None:
        year, last_month = ctx.last.year, ctx.last.month
    elif ctx.last_month is not None:
        year, last_month = ctx.last_month
    elif ctx.start is not None:  # nothing dated yet: the operation's start
        year, last_month = ctx.start.year, ctx.start.month
    else:
        return ctx.year
    if last_month - month >= 6:
        return year + 1
    if month - last_month >= 6:
        return year - 1
    return year


def _following(written: tuple[int, int], month: int) -> int:
    """The year of a yearless month after a date written with its year: the same, or the next when
    the month falls half a year or more before ("… December 1941 … on 3 January")."""
    year, written_month = written
    return year + (1 if written_month - month >= 6 else 0)


def _day_ranges(text: str) -> list[tuple[int, int, int, str, int, str, str | None, str | None]]:
    """(start, end, first day, its month, last day, its month, year, first day's year if written)
    of every range of days, in
    any of the three ways they are written; the cheap scans for a join go first."""
    out = []
    if _TWO_NUMBERS.search(text) is None:
        return out  # a single number (or none) opens no range
    core = _DAY_RANGE_CORE.search(text)
    if core:
        for m in _DAY_RANGE.finditer(text, max(0, core.start() - lex.DAY_RANGE_LEAD)):
            out.append((m.start(), m.end(), int(m["d1"]), m["month"], int(m["d2"]), m["month"], m["year"], None))
        for m in _DAY_RANGE_US.finditer(text, max(0, core.start() - lex.DAY_RANGE_US_LEAD)):
            if lex.MONTHS.get(m["month"].lower()):
                out.append((m.start(), m.end(), int(m["d1"]), m["month"], int(m["d2"]), m["month"], m["year"], None))
    if across := _DAY_RANGE_ACROSS_CORE.search(text):
        for m in _DAY_RANGE_ACROSS.finditer(text, max(0, across.start() - lex.DAY_RANGE_ACROSS_LEAD)):
            m1, m2 = m["m1"] or m["m1us"], m["month"] or m["month_us"]
            if lex.MONTHS.get(m1.lower()) and lex.MONTHS.get(m2.lower()):  # ("May 3rd and May 12th" too)
                out.append((m.start(), m.end(), int(m["d1"] or m["d1us"]), m1, int(m["d2"] or m["d2us"]), m2,
                            m["year"] or m["y1"], m["y1"]))
    if "of" in text:  # "From the evening of 16 September to the morning of 18 September"
        for m in _PARTS_OF_DAYS_RANGE.finditer(text):
            if lex.MONTHS.get(m["m1"].lower()) and lex.MONTHS.get(m["m2"].lower()):
                out.append((m.start(), m.end(), int(m["d1"]), m["m1"], int(m["d2"]), m["m2"], m["year"], m["y1"]))
    if "day, " in text:  # "From Easter Monday, April 24th, until Sunday, April 30th, 1916"
        for m in _WEEKDAYS_RANGE.finditer(text):
            m1, m2 = m["m1"] or m["m1us"], m["m2"] or m["m2us"]
            if lex.MONTHS.get(m1.lower()) and lex.MONTHS.get(m2.lower()):
                out.append((m.start(), m.end(), int(m["d1"] or m["d1us"]), m1, int(m["d2"] or m["d2us"]), m2,
                            m["year"] or m["y1"], m["y1"]))
    out.sort()
    return [r for i, r in enumerate(out) if not i or r[0] >= out[i - 1][1]]


def _weekday_date(n: int) -> str:
    """A day written after its weekday: "(Easter) Monday, April 24th(, 1916)" or "Monday, 24 April"."""
    return (rf"(?:[A-Z][a-z]+ )?(?:{'|'.join(d.capitalize() for d in lex.WEEKDAYS)}),? "
            rf"(?:(?P<d{n}>[0-3]?\d)(?:st|nd|rd|th)? (?P<m{n}>[A-Z][a-z]+)|(?P<m{n}us>[A-Z][a-z]+) "
            rf"(?P<d{n}us>[0-3]?\d)(?:st|nd|rd|th)?)")


_WEEKDAYS_RANGE = re.compile(rf"\b[Ff]rom {_weekday_date(1)}(?:,? (?P<y1>\d{{4}}))?,? (?:until|to|till|through) "
                             rf"{_weekday_date(2)}(?:,? (?P<year>\d{{4}}))?")
_PART_OF_DAY = r"the (?:early |late )?(?:morning|afternoon|evening|night|early hours|small hours|dawn) of "
_PARTS_OF_DAYS_RANGE = re.compile(
    rf"\b(?:[Ff]rom|[Bb]etween) {_PART_OF_DAY}(?P<d1>[0-3]?\d)(?:st|nd|rd|th)? (?P<m1>[A-Z][a-z]+)(?:,? (?P<y1>\d{{4}}))?"
    rf" (?:to|and|until) {_PART_OF_DAY}(?P<d2>[0-3]?\d)(?:st|nd|rd|th)? (?P<m2>[A-Z][a-z]+)(?:,? (?P<year>\d{{4}}))?")


def _absolute(text: str, ctx: _Context) -> list[_When]:
    found: list[_When] = []
    masked = _PARENTHESIS.sub(_masked_parenthesis, text) if "(" in text else text
    if (named := _NAMING_SUBJECT.match(masked)) and _NAME_DATE.search(named.group("subject")) \
            and not _ON_DAY.search(named.group("subject")):
        masked = _blank(masked, 0, named.end("subject"))  # "The offensive of July–August 2015 was a …"
    # (end, year, month) of each date the sentence writes with its year, ranges included: a
    # yearless date after one takes its year ("between 1 and 3 May 1995; … on 2 and 3 May")
    written_at: list[tuple[int, int, int]] = []
    for start, end, day1, month1, day2, month2, year_text, year1_text in _day_ranges(masked):
        first, month = lex.MONTHS.get(month1.lower()), lex.MONTHS.get(month2.lower())
        if month is None or first is None:
            continue
        if year_text:
            year = int(year_text)
            written_at.append((end, year, month))
        else:
            before = written_at + [(d.end, d.year, d.month) for d in find_dates(masked[:start]) if d.year and d.month]
            year = _following(max(before)[1:], month) if before else _year_for(ctx, month)
        year1 = int(year1_text) if year1_text else (  # "30 December – 2 January 2015"
            year - 1 if year is not None and first > month else year)
        d1, d2 = _day(to_iso(year1, first, day1)), _day(to_iso(year, month, day2))
        if d1 and d2 and d1 < d2:
            span = (d2 - d1).days
            found.append(_When(start, end, d1.isoformat(), 2 if span < 7 else 3, d2.isoformat()))
            masked = _blank(masked, start, end)
    bare_year = None
    years: list[_When] = []  # "in 1973": the sentence's date when it has no other
    for d in find_dates(masked):
        if d.month is None:  # a bare year ("the 2014 offensive") dates no event, but
            bare_year = d.year  # gives its year to a day after it: "the summer of 2008: on 1 August"
            if (_IN_YEAR.search(masked, max(0, d.start - 12), d.start) and not _YEAR_NAMES.match(masked, d.end)
                    and not _NAMING_SUBJECT.match(masked)):  # not "The Battle of X was an engagement … in 2019"
                years.append(_When(d.start, d.end, to_iso(d.year), 5))  # "occupied the Aouzou Strip in 1973"
            continue
        if _DEADLINE.search(masked, max(0, d.start - 30), d.start):
            continue  # "set a deadline of 1 July": no day of the narrative
        if found and _SINCE.search(masked, max(0, d.start - 6), d.start):
            continue
        before = [w for w in written_at if w[0] <= d.start]
        if d.year is not None:
            year = d.year
            written_at.append((d.end, d.year, d.month))
        elif bare_year:
            year = bare_year
        elif before:  # "War broke out on 6 May 1998 … and Eritrea occupied Badme on 12 May"
            year = _following(max(before)[1:], d.month)
        else:
            year = _year_for(ctx, d.month)
        day = None if d.approximate else d.day
        iso = to_iso(year, d.month, day)
        if iso and (day is None or _day(iso)):
            found.append(_When(d.start, d.end, iso, 1 if day else 4))
    return found or years[:1]


def _relative(text: str, ctx: _Context, has_absolute: bool, folded: str) -> list[_When]:
    found: list[_When] = _weekdays(text, ctx.published) if ctx.published is not None else _narrative_weekdays(text)
    if _RELATIVE_WORDS is not None and _RELATIVE_WORDS.search(folded) is None:
        return found  # no cue's word: none of the scans below can match
    for cue in _FORWARD:
        for m in cue.finditer(text, folded):
            groups = m.groupdict()
            days = _n(groups["n"]) * lex.OFFSET_UNITS.get((groups.get("unit") or "day").lower(), 1) \
                if groups.get("n") else 1
            week = (groups.get("unit") or "").lower().startswith("week")
            found.append(_When(m.start(), m.end(), None, prec=3 if week else 1, offset=days))
    for m in _EARLIER.finditer(text, folded):
        days = _n(m["n"]) * lex.OFFSET_UNITS.get(m["unit"].lower(), 1)
        found.append(_When(m.start(), m.end(), None, prec=3 if m["unit"].lower().startswith("week") else 1, offset=-days))
    for m in _SAME_DAY.finditer(text, folded):
        found.append(_When(m.start(), m.end(), None, offset=0, weak=True))
    if has_absolute:
        for m in _BACKWARD.finditer(text, folded):
            before = text[:m.start()].split()[-lex.BACKWARD_MAX_WORDS - 1:]
            if _event_type(" ".join(before)) not in (None, "statement"):
                found.append(_When(m.start(), m.end(), None, backward=True, offset=-1))
    for m in _BEFORE_START.finditer(text, folded):
        days = _n(m.group("n")) * lex.OFFSET_UNITS.get(m.group("unit").lower(), 1)
        days = days if m.group("way").lower() == "before" else -days
        date = (ctx.start - dt.timedelta(days=days)).isoformat() if ctx.start else None
        found.append(_When(m.start(), m.end(), date))
    for m in _DAY_OF_OPERATION.finditer(text, folded):
        date = (ctx.start + dt.timedelta(days=lex.ORDINALS[m.group("ord").lower()] - 1)).isoformat() \
            if ctx.start else None
        found.append(_When(m.start(), m.end(), date))
    for m in _DAY_OF_MONTH.finditer(text, folded):
        found.append(_When(m.start(), m.end(), None, day_of_month=int(m.group("day"))))
    return found


# A weekday named for a day: in a news story, of the week it was published in ("said on Tuesday", "Last
# Thursday,"); in a narrative, of the week it tells ("On the Saturday night"). Not "Black Thursday", nor
# "Sunday, 5 May" or "Sunday, March 31", whose date is written.
_WEEKDAY_NAMES = [d.capitalize() for d in lex.WEEKDAYS]  # Monday first, as date.weekday() counts
_WEEKDAY = re.compile(r"\b(?:(?P<last>[Ll]ast)|[Oo]n|[Ee]arly|[Ll]ate|[Ss]ince|[Bb]y|[Uu]ntil) (?:the )?(?P<day>"
                      + "|".join(_WEEKDAY_NAMES) + r")\b(?!,? (?:\d|the \d|"
                      + "|".join(m.capitalize() for m in lex.MONTHS if len(m) > 3 or m == "may") + r"\b))")  # "Sunday, March 31": written


# A news story's day before its own: "agreed yesterday". ("Today", "this evening" are left: a live
# blog's entries each have their own day, which the page's day of publication is not.)
_NEWS_DAYS = re.compile(r"\byesterday\b", re.IGNORECASE)


def _weekdays(text: str, published: dt.date) -> list[_When]:
    """The days a news story's weekdays name: the last such day on or before its publication
    ("on Tuesday" in a Tuesday story is that day; "last Tuesday" the week before); "yesterday" the
    day before it."""
    found = [_When(m.start(), m.end(), (published - dt.timedelta(days=1)).isoformat())
             for m in _NEWS_DAYS.finditer(text)] if "yesterday" in text.lower() else []
    for m in _WEEKDAY.finditer(text):
        back = (published.weekday() - _WEEKDAY_NAMES.index(m.group("day"))) % 7
        if back == 0 and m.group("last"):
            back = 7
        found.append(_When(m.start(), m.end(), (published - dt.timedelta(days=back)).isoformat()))
    return found


def _narrative_weekdays(text: str) -> list[_When]:
    """The weekdays a narrative names for the days of its week ("On Wednesday morning the gunboat
    shelled …" after "Easter Monday, April 24th"): each the first such day on or after the date before it."""
    if "day" not in text:  # every weekday's name ends in it
        return []
    return [_When(m.start(), m.end(), None, weekday=_WEEKDAY_NAMES.index(m.group("day")))
            for m in _WEEKDAY.finditer(text) if not m.group("last")]


def _resolve(whens: list[_When], last: dt.date | None) -> None:
    """Fill relative dates left to right: each counts from the date before it in the sentence,
    the first from the narrative's current day; "the previous day" from the sentence's own date."""
    anchor = last
    own = None
    for w in whens:
        if w.backward:
            continue
        if w.offset is not None:
            w.date = (anchor + dt.timedelta(days=w.offset)).isoformat() if anchor else None
        elif w.weekday is not None:
            w.date = (anchor + dt.timedelta(days=(w.weekday - anchor.weekday()) % 7)).isoformat() if anchor else None
        elif w.day_of_month is not None:
            iso = to_iso(anchor.year, anchor.month, w.day_of_month) if anchor else None
            w.date = iso if _day(iso) else None
        anchor = _day(w.date) or anchor
        own = own or _day(w.date)
    for w in whens:
        if w.backward:
            w.date = (own - dt.timedelta(days=1)).isoformat() if own else None


def _dates_in(text: str, ctx: _Context, folded: str) -> list[_When]:
    """Every date in the sentence, left to right, overlapping matches dropped (first wins, unless it is
    only a time of the day)."""
    absolute = _absolute(text, ctx)
    relative = _relative(text, ctx, bool(absolute), folded)
    for w in absolute:  # "Five days before the raid, on 23 March": the day counted from the raid gives the year
        same_day = next((r.date for r in relative if r.date and w.date and len(w.date) == 10
                         and r.date[4:] == w.date[4:] and r.date[:4] != w.date[:4]), None)
        if same_day:
            w.date = same_day
    whens = sorted(absolute + relative, key=lambda w: (w.start, -w.end))
    kept: list[_When] = []
    for w in whens:
        if not kept or w.start >= kept[-1].end:
            kept.append(w)
        elif kept[-1].weak and not w.weak:  # "in the morning of the 24th": the day, not the time of day
            kept[-1] = w
    return kept


_DONE = re.compile(lex.DONE_VERB)
# Civilians fleeing are what the fighting did, not an act of a party to it ("thousands of residents fled").
_CIVILIANS_FLED = re.compile(r"\b(?:civilians|residents|people|inhabitants|villagers|families|refugees)\s+"
                             r"(?:[\w-]+\s+){0,2}?fled\b", _I)


def _is_other_act(when: _When, clause: str, text: str) -> bool:
    """A clause with its own date to the month or day and a subject doing something in the past
    ("The six men arrived in London on 31 March 1980", "elections were held on 29 October") states
    an act of the story the cue lists do not type: an event of type "other", as the gold records
    count them ("Betancourt was flown to Paris two days later" too). A time within the day told
    before ("Throughout the day, ambulances rushed the wounded") and a year alone date no new act."""
    return (bool(when.date) and len(when.date) >= 7
            and (when.offset is None or when.offset > 0 or bool(_LATER_IN_THE_DAY.match(text, when.start)))
            and bool(_DONE.search(clause)) and not _CIVILIANS_FLED.search(clause))


# A later time of the day told: "That evening the aircraft landed at Larnaca" is an act of its own
# ("Throughout the day, ambulances rushed the wounded" is not).
_LATER_IN_THE_DAY = re.compile(r"(?:that|later that|the same) (?:evening|night|afternoon)\b", re.IGNORECASE)


# Territory changing hands: a dated report of it stays the act (the seeds count "On 6 August, the
# SOHR claimed that rebels had overrun 11 villages" as the capture); an attempt at one, or at a
# shootdown, is an attack.
_TERRITORY = frozenset({"capture", "recapture", "entry"})
_TAKINGS = _TERRITORY | {"shootdown"}


_SCENE_CLAUSE = re.compile(r"^(?:When|Once|As soon as|Following)\b[^,;]{3,120},")


@lru_cache(maxsize=4096)  # pure; a clause is typed again when its words before a date are read
def _event_type(text: str) -> str | None:
    """The first strong cue's type (past perfect ones last), else the strongest weak cue's."""
    strong: list[tuple[bool, int, int, str]] = []
    folded = fold(text)
    if _REPORT_PUBLISHED.search(text, folded):
        return "statement"  # the report is what the date tells of, whatever acts it documents
    intended = False  # a cue in the future tense was passed over
    # "When Harun was murdered in 1035, the Seljuks fled south": the clause the sentence opens with sets
    # the scene; a cue there is background to one after it
    lead = _SCENE_CLAUSE.match(text)
    lead_end = lead.end() if lead else -1
    possible = _STRONG_SET.possible(folded)
    for rank, (kind, cue) in enumerate(_STRONG):
        if not possible >> rank & 1:
            continue
        for m in cue.finditer(text, folded):
            if kind in ("massacre", "killing") and _in_name(text, m):
                continue  # "also known as the Moro Crater Massacre": the name's word tells of no killing here
            if _PURPOSE.search_in(text, folded, max(0, m.start() - 120), m.start()):
                continue  # "began the offensive to retake Mosul": the aim, not the event
            if _FUTURE.search_in(text, folded, max(0, m.start() - 30), m.start()):
                intended = True
                continue  # "announced that the troops would withdraw": not done yet
            if kind in ("shelling", "airstrike") and _SUPPORT.search_in(text, folded, max(0, m.start() - 50), m.start()):
                continue  # "a counterattack, supported by Marine artillery": the fire backs the event
            if _HALTED.search_in(text, folded, max(0, m.start() - 40), m.start()):
                continue  # "a moratorium on air strikes took effect": what stopped is no event
            if _NEGATED.search_in(text, folded, max(0, m.start() - 25), m.start()):
                continue  # "they never took the town": not done
            perfect = _PLUPERFECT.search_in(text, folded, max(0, m.start() - 30), m.start())
            # "By 19 September, the AFP said, it had retaken …": what was done by the date is the event
            # (a relative clause closed by a comma before it is not this one: "Durnford's force, which had
            # ridden out to the east, had fallen back")
            clause_start = text.rfind(",", 0, perfect.start()) + 1 if perfect else 0
            background = bool(perfect) and bool(_SUBORDINATE.search(text, clause_start, perfect.start())) \
                and not _BY_DATE.match(text) or m.start() < lead_end
            if _ATTEMPT.search_in(text, folded, max(0, m.start() - 40), m.start()) and kind in _TAKINGS:
                # "failed to retake it": the attempt happened, not the capture (but bombers that
                # tried to bomb a town flew the raid all the same, a garrison that tried to break
                # out withdrew)
                kind_here = "attack"
            else:
                kind_here = kind
            strong.append((background, m.start(), rank, kind_here))
    weak = _weak_cues(text, folded) if strong and min(strong)[0] else None
    if weak and any(kind != "statement" for *_, kind in weak):
        strong = []  # every strong cue is background ("stormed the plant, where the militants had retreated")
    if strong:
        first = min(strong)
        taken = [c for c in strong if c[3] in _TERRITORY and c[1] < first[1]]
        if first[3] == "statement" and taken:
            first = min(taken, key=lambda c: c[1])  # "announced that Karvend had been captured; … released footage"
        if _APPEAL.search_in(text, folded, 0, first[1]):
            return "statement"
        if _RULING.search_in(text, folded, 0, first[1]):
            return "other"  # "a court acquitted X of the charge of executions": the ruling is the event
        if _dated_denial(text, first[1]) or first[3] not in _TERRITORY and _dated_saying(text, first[1]):
            return "statement"  # "On 23 March, X denied that his forces had been defeated": the date is the denial's
        return _refined(first[3], text, folded)
    if (m := _MASS_KILLING.search(text, folded)) and not _dated_saying(text, m.start()):
        return "massacre"
    if weak is None:
        weak = _weak_cues(text, folded)
    if weak:
        announced = _ANNOUNCEMENT.search(text, folded)
        acts = [w[0] for w in weak if w[2] != "statement"]
        if announced and (not acts or announced.start() < min(acts)):
            return "statement"  # "announced that its fighters had joined the fighting"
        fights = [w[0] for w in weak if w[2] not in ("statement", "other")]
        if acts and (_APPEAL.search_in(text, folded, 0, min(acts))
                     or fights and _APPEAL.search_in(text, folded, 0, min(fights))):
            # "condemned the fighting in North Kordofan", "called for a humanitarian pause", "adopted
            # Resolution 248, which condemned the Israeli attack"
            return "statement"
        if fights and _RULING.search_in(text, folded, 0, min(fights)):
            return "other"  # "the Security Council debated the raid"
        if fights and (_SAID_THAT.search_in(text, folded, 0, min(fights)) or _dated_denial(text, min(fights))
                       or _dated_saying(text, min(fights), _STATING)):
            return "statement"  # "said on 23 April that Tokyo had not been told of the raid"; a dated denial
        kind = min(weak, key=lambda w: w[1])[2]
        if kind == "statement" and _CONFIRMED.search(text) and _CIVILIAN_KILLING.search(text, folded):
            # "SOHR confirmed that dozens of Alawite civilians had been killed" attests the killing (the seeds
            # count it); "HRW said that 14 civilians had been killed" stays the report
            return "massacre"
        # "sacked the town, killing most of the inhabitants": a sack or a raid with its victims told
        return "massacre" if kind in ("attack", "other") and _ATTACK_ON_CIVILIANS.search(text, folded) else kind
    if (m := _CIVILIAN_KILLING.search(text, folded) or _ATTACK_ON_CIVILIANS.search(text, folded)) \
            and not _dated_saying(text, m.start()):
        return "massacre"  # "sacked the holy city, killing pilgrims and residents alike"
    if intended and _ANNOUNCEMENT.search(text, folded):
        return "statement"  # "Saddam Hussein announced that Iraqi troops would withdraw"
    return None


def _weak_match(cue, text: str, folded: str):
    """The first match of a weak cue that is not the aim of a plan ("the decision to launch an
    assault was taken")."""
    for m in cue.finditer(text, folded):
        if not _PURPOSE.search_in(text, folded, max(0, m.start() - 40), m.start()) and not _fronted(text, m):
            return m
    return None


# A killing's words that end a name ("the Moro Crater Massacre", "the Katyn Killings").
_NAME_HEADS = frozenset({"massacre", "massacres", "killings"})


def _in_name(text: str, m: re.Match[str]) -> bool:
    """Whether a killing's cue is the head word of a name: capitalised after a capitalised word,
    not opening the sentence ("the Moro Crater Massacre", "his 'Comments on the Moro Massacre'")."""
    at = m.start()
    if at == 0 or not text[at].isupper() or m.group(0).casefold() not in _NAME_HEADS:
        return False
    before = text[:at].rstrip()
    return before[before.rfind(" ") + 1:][:1].isupper()


# "Following the invasion, …", "After the assault, …": a fronted phrase naming what came before.
_FRONTED = re.compile(r"(?:following|after|since|before) (?:the |an? |its |their )?(?:[\w-]+ )?$", re.IGNORECASE)


def _fronted(text: str, m: re.Match) -> bool:
    """Whether a weak cue is the whole noun of a fronted phrase that dates the act after it by
    what came before ("Following the invasion, an interim government was appointed")."""
    return m.start() < 40 and text.startswith(",", m.end()) and bool(_FRONTED.fullmatch(text, 0, m.start()))


# ("claimed to have shot down" claims the act itself: its claimant is kept, the act stays the event)
_SAYING = re.compile(r"\b(?:said|stated|announced|claimed(?! to have)|told|insisted|warned|put (?:its|their|his) losses)\b", _I)


# Before a fighting word, only a statement's verbs: the seeds count "On 12 March, pro-opposition
# sources claimed the rebels cut the M-5 highway" as the attack claimed.
_STATING = re.compile(r"\b(?:said|stated|announced|told|insisted|warned)\b", _I)


def _dated_saying(text: str, end: int, verbs: re.Pattern[str] = _SAYING) -> bool:
    """A verb of saying before ``end`` with the clause's own (blanked) date before it too: "The army
    announced on 22 July that the commander had been killed", "On 25 July, the network said that 85
    civilians had been killed": the date is the saying's, what it says is no event of that day."""
    if _BLANKED_DATE not in text[:end]:
        return False
    return any(not _SAYING_ASIDE.fullmatch(text, text.rfind(",", 0, m.start()), m.end() + 1)
               for m in verbs.finditer(text, 0, end))


# "On Monday, the southern command said, its gunners shelled the island": a saying between commas is
# the attribution of the act the sentence tells, not what its date tells of.
_SAYING_ASIDE = re.compile(r",\s[^,]{1,60}?\s\w+,")


def _dated_denial(text: str, end: int) -> bool:
    """A denial before ``end`` with the clause's own (blanked) date before it too: "On 23 March, X
    denied that …", "X denied on 16 June reports that …": the date is the denial's."""
    return bool(_DENIED.search(text, 0, end)) and _BLANKED_DATE in text[:end]


def _weak_cues(text: str, folded: str) -> list[tuple[int, int, str]]:
    """(where, rank, kind) of each weak cue's first match that is no plan's aim."""
    return [(m.start(), rank, kind) for rank, (kind, cue) in enumerate(_WEAK) if (m := _weak_match(cue, text, folded))]


_TOOK_AFTER_ENTRY = re.compile(r"\bentered\b[^.;]{0,80}?\band (?:then )?(?:captured|seized|took control of|took|overran)\b")


def _refined(kind: str, text: str, folded: str) -> str:
    """A strong cue read with the rest of its sentence: a force entering a place takes it unless
    the sentence tells of a fight; a capture reversing the other side's gains retakes; a bombing
    from the air is an air strike; a killing of several civilians, or an attack killing them, is a
    massacre."""
    if kind == "entry":
        # "entered Debaltseve and captured the railway station after street fighting": what it took
        kind = "capture" if _TOOK_AFTER_ENTRY.search(text) or not _CONTESTED.search(text, folded) else "attack"
    if kind == "capture" and _REVERSAL.search(text, folded):
        return "recapture"
    if kind == "capture" and _HOSTAGES.search(text):
        return "abduction"  # "seized the residence, taking some 600 guests hostage"
    if kind == "bombing" and _AERIAL_BOMBING.search(text, folded):
        return "airstrike"
    if kind == "killing" and _MASS_KILLING.search(text, folded):
        return "massacre"
    if kind == "killing" and _KILLED_IN_AMBUSH.search(text):
        return "ambush"  # "was killed in an ambush near Hopang": the ambush is the event
    if kind == "killing" and _KILLED_LEADING.search(text):
        return "attack"  # "was killed leading an assault on the ridge"
    if kind == "attack" and _ATTACK_ON_CIVILIANS.search(text, folded):
        return "massacre"  # "attacked the village of Um Sidr, killing 63 civilians"
    return kind


def _clauses(text: str, whens: list[_When]) -> list[tuple[int, int, _When | None]]:
    """Split a sentence with several dates into one clause per date."""
    cuts, kept = [0], whens[:1]
    for nxt in whens[1:]:
        boundaries = list(_CLAUSE_BOUNDARY.finditer(text, kept[-1].end, nxt.start))
        if nxt.weak and (not boundaries or kept[-1].weak and text[nxt.start:nxt.end].lower() == "that day"):
            # "A day later, … seized a checkpoint … over night", "opened fire at about 11:15, and some 6,000
            # shells fell … that day": one clause
            continue
        cuts.append(boundaries[-1].end() if boundaries else nxt.start)
        kept.append(nxt)
    cuts.append(len(text))
    if not kept:
        return [(0, len(text), None)]
    return [(cuts[i], cuts[i + 1], w) for i, w in enumerate(kept)]


def _answers_action(clauses: list, start: int, when: _When) -> bool:
    """Whether a clause that is no action of its own (a statement) comes after an action clause of
    its sentence and is dated later: "NATO aircraft struck … on 18 April; NATO's spokesman said the
    following day that …" tells of two events. (A statement first, reporting an action "the
    previous day", tells of the action only.)"""
    return bool(when.date) and any(
        s < start and k in lex.ACTION_TYPES and w.date and w.date < when.date[:len(w.date)]
        for s, _, w, _, k in clauses)


def _advance(ctx: _Context, when: _When) -> None:
    if when.backward or when.date is None:
        return
    day = _day(when.date_end or when.date)
    ctx.new_section = False
    ctx.last_paragraph = ctx.paragraph
    if day is not None:
        ctx.last, ctx.last_month = day, (day.year, day.month)
    elif len(when.date) == 7:
        ctx.last, ctx.last_month = None, (int(when.date[:4]), int(when.date[5:7]))


def _typed(kind: str, clause: str, events: list[Event]) -> str:
    """A government force capturing a place that an earlier event of the narrative had another
    force capture is retaking it. (A place merely named before is not enough: "the army captured
    Vellamullai" after weeks of fighting for it takes it for the first time.)"""
    if kind != "capture":
        return kind
    places, actors = places_in(clause), actors_in(clause)
    if actors and _GOVERNMENT.search(actors[0]) and places and any(
            e.type in ("capture", "recapture") and places[0] in e.places and e.actors[:1] != actors[:1]
            for e in events):
        return "recapture"
    return kind


def _make_event(doc: Document, span: tuple[int, int], clause: str, kind: str, when: _When,
                summary: str, earlier: tuple[str, ...] = (),
                names: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> Event:
    """The event of a clause; ``earlier`` are the actors of the event just told, whom a pronoun
    subject ("On 9 May, they captured …") stands for; a commander or belligerent of the box
    (``names``) who is the clause's subject comes first, by the name the box gives."""
    statement = kind == "statement"
    actors = actors_in(clause, statement)
    if not actors and not statement and earlier and pronoun_subject(clause):
        actors = earlier
    if names and (named := named_subject(clause, names)) and named not in actors:
        actors = (named, *actors)
    return Event(
        date=when.date or "", type=kind, date_end=when.date_end, date_prec=when.prec,
        actors=actors, places=places_in(clause, statement),
        casualties=_figured(casualties_in(clause)), claimant=claimant_in(clause, statement),
        disputed=is_disputed(clause), summary=summary, span=Span(*span), document=doc.id or None,
    )


# A ruler's number after the name ("Udai Singh II"): the text often leaves it out.
_REGNAL = re.compile(r"\s+(?:[IVX]+|Jr\.?|Sr\.?)$")
_SHORT_NAME_MIN = 4  # letters of a last name that stands for the whole ("Chandpuri"; not "Ali")


def _box_names(op: Operation | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each commander and belligerent of the box with the forms a sentence may name them by: the
    whole name, without a ruler's number, and a commander's last name when no other shares it."""
    if op is None:
        return ()
    people = [c.name for s in op.sides for c in s.commanders if c.name]
    groups = [b for s in op.sides for b in s.belligerents if b]
    last = Counter(p.split()[-1] for p in people if len(p.split()) > 1)
    out = []
    for p in dict.fromkeys(people):
        forms = {p, _REGNAL.sub("", p)}
        words = _REGNAL.sub("", p).split()
        if len(words) > 1 and len(words[-1]) >= _SHORT_NAME_MIN and words[-1][0].isupper() and last[p.split()[-1]] == 1:
            forms.add(words[-1])
        out.append((p, tuple(sorted(forms, key=len, reverse=True))))
    out += [(g, (g,)) for g in dict.fromkeys(groups) if len(g) > 2]
    return tuple(out)


def _figured(claims: tuple[Casualties, ...]) -> tuple[Casualties, ...]:
    """The claims that state a figure: "dozens of Alawite civilians had been killed" tells of the
    dead, but an event's casualties are counts (an export's fatalities), and it gives none."""
    return tuple(c for c in claims if c.killed or c.wounded or c.captured or c.missing or c.equipment)


def _first_full_date(doc: Document) -> dt.date | None:
    for p in doc.paragraphs:
        for d in find_dates(doc.paragraph_text(p)):
            if d.year and d.month and d.day and not d.approximate:
                return _day(to_iso(d.year, d.month, d.day))
    return None


# Weekdays told for days ("said on Tuesday") that make a page with a day of publication a news page,
# whatever older years it names ("the ceasefire of November 2020").
_NEWS_WEEKDAYS = 3
# Years between an operation its box dates and a page's day of publication that make the page a look
# back (an anniversary feature), not news of the days before it.
_RETROSPECTIVE_YEARS = 2


def _older_than(doc: Document, year: int) -> bool:
    """Whether the document writes a date of a year before ``year`` ("25 April 1915")."""
    return any(d.year is not None and d.year < year
               for p in doc.paragraphs for d in find_dates(doc.paragraph_text(p)))


def _context(doc: Document, op: Operation | None) -> _Context:
    # a news page with no dated box: its day of publication dates what it tells ("on Monday", "on 9 June")
    published = published_day(doc)
    if (dateline := published_day(doc, "dateline")) is not None:
        return _Context(year=dateline.year, start=None, published=dateline)  # a story dated as news is news
    if published is not None:
        weekdays = len(_WEEKDAY.findall(" ".join(doc.paragraph_text(p) for p in doc.paragraphs)))
        if any(f.key == "date" for f in doc.infobox) and weekdays < _NEWS_WEEKDAYS:
            published = None  # a dated box: an encyclopedia's page, unless its story counts days as news does
        elif _older_than(doc, published.year - 1) and not wire_story(doc) and weekdays < _NEWS_WEEKDAYS:
            published = None  # a page clipped from an encyclopedia: "published" is the day the page was begun
        elif op is not None and op.start_date and op.start_date[:4].isdigit() \
                and published.year - int(op.start_date[:4]) > _RETROSPECTIVE_YEARS:
            published = None  # a feature "a hundred years on": its weekdays are the operation's week's
    if published is not None:
        return _Context(year=published.year, start=None, published=published)
    start = _day(op.start_date) if op is not None else None
    year = int(op.start_date[:4]) if op is not None and op.start_date and op.start_date[:4].isdigit() else None
    if start is None:
        start = _first_full_date(doc)
    if year is None and start is not None:
        year = start.year
    if year is None:  # "Battle of Sirte (2016)", "2015 Idlib offensive": the name's year
        named = _NAMED_YEAR.search(op.name if op is not None and op.name else doc.title or "")
        year = int(named.group(0)) if named else None
    return _Context(year=year, start=start, end=_day(op.end_date) if op is not None else None)


def _sentence(doc: Document, ctx: _Context, a: int, b: int, para_dated: bool,
              para_events: list[int]) -> bool:
    """Read one sentence; returns whether the paragraph now has a date to inherit."""
    raw = doc.text[a:b]
    if is_markup(raw):
        return para_dated
    text = strip_citations(raw)
    if dateline := dateline_end(text):
        text = text[dateline:].lstrip()  # "ODESA, Ukraine, July 1 (Meridian) - …": the day it was filed dates nothing
    folded = fold(text)
    whens = _without_named_dates(text, _dates_in(text, ctx, folded), ctx.defines)
    _resolve(whens, ctx.last)
    lowered = text.lower()
    if not whens:
        denied = ctx.previous or para_events  # the next sentence, even across a paragraph break
        folded_lowered = folded if text.isascii() else fold(lowered)
        if _DENIAL.search(lowered, folded_lowered) and denied:
            i = denied[-1]
            ctx.events[i] = replace(ctx.events[i], disputed=True)
            return para_dated
        vague = _VAGUE_SHIFT.search(text, folded)
        if vague and vague.start() < 3:  # "More than a month after the offensive had ended, …"
            ctx.last, ctx.last_month = None, None
            return False
        if not para_dated or ctx.last is None and ctx.last_month is None or _VAGUE_TIME.search(text, folded):
            return para_dated
        kind = _event_type(text)
        opener = bool(_SAME_DAY_OPENER.search(lowered))
        acts = bool(_ACTION_VERB.search(text, folded)) or kind in lex.MEANS_TYPES and bool(
            _CASUALTY_WORD.search(text, folded))
        if kind not in lex.ACTION_TYPES or not acts or (
                _NOT_NEW.search(lowered, folded_lowered) and not (opener and kind in lex.ACTION_TYPES
                                                  and not _ACKNOWLEDGED.search(lowered))):
            # the figures are read only when there is an event without figures to give them to
            if para_events and not ctx.events[para_events[-1]].casualties and (cas := _figured(casualties_in(text))):
                i = para_events[-1]
                ctx.events[i] = replace(ctx.events[i], casualties=cas)
            return para_dated
        date = ctx.last.isoformat() if ctx.last else to_iso(*ctx.last_month) if ctx.last_month else None
        when = _When(0, 0, date, 1 if ctx.last else 4)
        whens_for = [(0, len(text), when)]
    else:
        whens_for = _clauses(text, whens)
    made = False
    dated_clauses = []
    defining = ctx.defines is not None and bool(ctx.defines.match(text))
    for start, end, when in whens_for:
        if when is None:
            continue
        clause = _blank(text, when.start, when.end) if when.end > when.start else text
        clause = clause[start:end]
        kind = _event_type(clause)
        if kind is None and dated_clauses and dated_clauses[-1][4] in lex.ACTION_TYPES and _ELLIPSIS.match(clause):
            kind = dated_clauses[-1][4]  # "entered Gao on 26 January and Timbuktu two days later"
        if kind is None and casualties_in(clause):
            kind = "other"
        if kind is None and _is_other_act(when, clause, text):
            kind = "other"
        if kind is None and when.date and ctx.names and named_subject(clause, ctx.names):
            kind = "other"  # a party of the box did something that day: "Putin flew into Grozny on 20 March"
        if not dated_clauses and defining and kind not in _DEFINED_KINDS:
            kind = "attack"  # "The Battle of Boquerón (9–29 September 1932) was the first major battle of …"
        dated_clauses.append((start, end, when, clause, kind))
    action = any(k in lex.ACTION_TYPES for *_, k in dated_clauses)
    for start, end, when, clause, kind in dated_clauses:
        _advance(ctx, when)
        if when.date is None or kind is None:
            continue
        if len(dated_clauses) > 1 and action and (kind not in lex.CLAUSE_TYPES or _CORROBORATION.search(clause)) \
                and not _answers_action(dated_clauses, start, when):
            continue  # "an Alawite cleric confirmed … but stated … recaptured … the previous day"
        kind = _typed(kind, clause, ctx.events)
        # a sentence telling of one event is its summary whole ("Two days later, shortly after midnight on
        # 7 February, infantry overran the camp": the clause of the first date tells of nothing)
        alone = sum(k is not None and w.date is not None for *_, w, _, k in dated_clauses) == 1
        summary = text if alone or start == 0 else text[start:end].strip(" ,;")
        told = [i for i in ctx.previous if i in para_events] if not made else para_events
        earlier = ctx.events[told[-1]].actors if told else ()  # this sentence's, else the one before's
        if defining and start == dated_clauses[0][0]:
            ctx.defined.add(len(ctx.events))
        ctx.events.append(_make_event(doc, (a, b), clause, kind, when, summary, earlier, ctx.names))
        para_events.append(len(ctx.events) - 1)
        made = True
    return para_dated or made or any(w.date for w in whens)


# A paragraph that is a letter's or a despatch's dateline and nothing else: "AMOAFUL, Sunday, February 1.",
# "CAMP AT INSARFU, 29 January 1874."
_LETTER_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40},\s+(?:[A-Z][a-z]+day,\s+)?(?P<date>[A-Za-z0-9 ,]{3,30}?)\.?$")


def _letter_dateline(text: str, ctx: _Context) -> dt.date | None:
    m = _LETTER_DATELINE.match(text.strip())
    dates = find_dates(m["date"]) if m else []
    if len(dates) != 1 or dates[0].month is None or dates[0].day is None:
        return None
    year = dates[0].year or (ctx.last.year if ctx.last else ctx.year)
    return _day(to_iso(year, dates[0].month, dates[0].day)) if year else None


def extract_events(doc: Document, op: Operation | None = None) -> tuple[Event, ...]:
    """The dated events of the document's narrative, in date order (document order within a day)."""
    ctx = _context(doc, op)
    ctx.defines = _definition(op)
    ctx.names = _box_names(op)
    heading = None
    body = None  # index of the first event told under a heading: the ones before are the lead's
    for p in sorted(doc.paragraphs, key=lambda p: p.span.start):
        ctx.paragraph += 1
        dated_heading = False
        if p.heading != heading:
            heading, ctx.new_section = p.heading, True
            dated_heading = _heading_date(heading, ctx)
        if p.heading is not None and body is None:
            body = len(ctx.events)
        para_dated = dated_heading  # under "### 7 June", "At 10:00, the paratroopers entered …" is that day's
        para_events: list[int] = []
        text = doc.paragraph_text(p)
        if (day := _letter_dateline(text, ctx)) is not None:
            # "AMOAFUL, Sunday, February 1.": a letter's day; its weekdays and "yesterday" look back from it
            ctx.published, ctx.last, ctx.last_month = day, day, (day.year, day.month)
            continue
        for a, b in split_sentences(text, p.span.start):
            made = len(ctx.events)
            para_dated = _sentence(doc, ctx, a, b, para_dated, para_events)
            ctx.previous = list(range(made, len(ctx.events)))
    events = _without_restatements(ctx.events, len(ctx.events) if body is None else body, ctx.defined)
    order = {id(e): i for i, e in enumerate(events)}
    return tuple(sorted(events, key=lambda e: (e.date, order[id(e)])))


# A sentence whose subject is the operation, named, and whose verb says what it was or when it was
# fought: "The siege of Khartoum (also known as the fall of Khartoum) took place from 13 March 1884 …",
# "Operation 1027 (Burmese: …) was a military offensive launched by …". Its date is the operation's,
# an attack (the gold records type 121 of 128 such sentences so), whatever it goes on to tell ("… to
# capture the city"); a raid's means stay what they were (a bombing campaign, a hostage-taking).
_DEFINED_KINDS = frozenset({"airstrike", "shelling", "bombing", "massacre", "abduction", "ambush",
                            "counterattack", "shootdown", "attack"})
_DEFINING_VERB = re.compile(r"(?:\s*\([^()]*\))?(?:,[^,;]{0,200},)?\s+"
                            r"(?:was|were|is|took place|began|started|lasted|opened|commenced)\b")
_LEADING_ARTICLE = re.compile(r"(?:the|an?)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class _Definition:
    """The names a sentence may define the operation by, lower-cased without a leading article;
    ``match(text)`` tells whether the text opens with one of them and a defining verb (a plain
    comparison first: no pattern is built per document)."""

    names: tuple[str, ...]  # longest first
    start: str | None = None  # the operation's first day, when its box gives one

    def match(self, text: str) -> bool:
        return self.name_end(text) is not None

    def name_end(self, text: str) -> int | None:
        """Where the defining name ends, when the text opens with one and a defining verb."""
        article = _LEADING_ARTICLE.match(text)
        start = article.end() if article else 0
        head = text[start:start + len(self.names[0])].casefold()
        return next((start + len(n) for n in self.names if head.startswith(n) and _DEFINING_VERB.match(text, start + len(n))),
                    None)


def _definition(op: Operation | None) -> _Definition | None:
    """The names of a sentence defining the operation, else None."""
    names = sorted({n.strip()[a.end() if (a := _LEADING_ARTICLE.match(n.strip())) else 0:].casefold()
                    for n in ((op.name, *op.aliases) if op is not None else ()) if n and len(n.strip()) > 3},
                   key=len, reverse=True)
    start = op.start_date if op is not None and op.start_date and len(op.start_date) == 10 else None
    return _Definition(tuple(names), start) if names else None


def _without_named_dates(text: str, whens: list[_When], definition: _Definition | None) -> list[_When]:
    """A defining sentence's dates without those inside the name it opens with: "The February 1992
    Venezuelan coup attempt … was" is dated by the box's day, not by its name's month."""
    end = definition.name_end(text) if definition is not None and whens else None
    if end is None or whens[0].end > end or text[:whens[0].start].rstrip().endswith("("):
        return whens  # (a title's qualifier, "Palmyra offensive (March 2016)", is left as it was)
    rest = [w for w in whens if w.start >= end]
    return rest or ([_When(0, 0, definition.start)] if definition.start else [])


# A heading that is a day and little else: "7 June", "Night of 7–8 June", "Day 3 (23 March)".
_HEADING_WORDS_MAX = 3


def _heading_date(heading: str | None, ctx: _Context) -> bool:
    """Make a dated section heading the narrative's current day; whether it was one."""
    if not heading or len(heading) > 40:
        return False
    whens = [w for w in _absolute(heading, ctx) if w.date and len(w.date) == 10]
    if not whens or len(_text_words(heading[:whens[0].start] + heading[whens[0].end:])) > _HEADING_WORDS_MAX:
        return False
    _advance(ctx, whens[0])
    return True


def _text_words(s: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", s)


def _without_restatements(events: list[Event], lead: int, defined: set[int] = frozenset()) -> list[Event]:
    """Drop a month-level event of the lead (the first ``lead`` events; all of them when the
    document has no headings) when the same document dates an event of the same type within that
    month to the day: the lead's "The offensive began in early August 2013" restates the body's
    "On 4 August 2013, … launched an offensive" at lower precision. A body's "In mid-May, the
    brigade tried to break through" is an event of its own. An article whose body is missing (a
    lead-only scrape) keeps its month-level events, as nothing restates them. A sentence defining
    the operation by its name (the ``defined`` events: "The siege of Sloviansk was a military
    operation … in April 2014") dates the whole, no act the body tells again."""
    precise = {(e.type, e.date[:7]) for e in events if len(e.date) == 10}
    return [e for i, e in enumerate(events)
            if not (i < lead and i not in defined and len(e.date) == 7 and (e.type, e.date) in precise)]
