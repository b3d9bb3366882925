"""A story's operation: a page with no infobox names what it tells of in its text.

A news page's title is its headline ("Libyan forces take full control of Islamic State's Sirte
stronghold"), not an operation. Its text gives the operation's name, a gloss of it and the day it
began: "The offensive, which the forces call Operation Bunyan al-Marsous ("Solid Structure"), was
launched on 12 May". Without a name of its own the story could never merge with the encyclopedia
page on the same operation.

Only what a sentence states is taken; nothing is guessed from the span of the story's events.
"""
from __future__ import annotations

import datetime as dt
import re

from warfile.extract import lexicon
from warfile.extract.dates import find_dates, to_iso
from warfile.model import Document

# A title that is already an operation's name: "Battle of Sirte (2016)", "Operation Dawn",
# "2014 Idlib offensive", "Turkish invasion of Cyprus". Anything else without a box is a headline.
_NAME_TITLE = re.compile(
    r"^(?:The\s+)?(?:(?:First|Second|Third|Fourth)\s+)?(?:Battle|Siege|Operation|Fall|Raid|Capture|Liberation"
    r"|Sack|Relief|Landings?|Storming|Defen[cs]e|Massacre|Bombing|Invasion|Occupation)\b"
    # (the head word capitalised too: "Dieppe Raid", "Tet Offensive")
    r"|\b(?i:offensive|campaign|invasion|incursion|raid|clashes|crisis|massacre|bombing|uprising|insurgency"
    r"|war|intervention|operation|landings?|siege|battle|attack|incident|conflict)"
    r"(?:\s+(?:of|on|in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?:\s+\(\d{4}[^()]*\))?$",
)

# The operation a text names with a cue: "which the forces call Operation …", "dubbed Operation …".
_CALL = re.compile(r"\b(?:call|calls)\b(?=\s+(?:Operation|Opération|Operación|Operação|Operazione)\b)")

# A quoted gloss in parentheses right after the name: 'Operation Bunyan al-Marsous ("Solid Structure")'.
_GLOSS = re.compile(r"\s*\(\s*(?:[A-Z][a-z]+:\s*)?(?:[\"“‘'](?P<gloss>[^\"”’'()]{2,60})[\"”’']"
                    # the name in its language: "(Saulat al-Fursan in Arabic)"
                    r"|(?P<native>[A-Z][^\"”’'(),]{1,50}?) in (?:Arabic|Persian|Pashto|Urdu|Kurdish|Turkish|Hebrew|Russian|"
                    r"Ukrainian|French|Spanish|Portuguese|Somali|Amharic|Tigrinya|Hausa|Swahili|Burmese|Thai|Chinese))\s*\)")

# The operation itself as a sentence's subject, then the verb that starts it: "The offensive,
# which …, was launched on 12 May"; "The operation began on 3 June".
_SUBJECT = r"(?:the|this|its|their)\s+(?:offensive|operation|campaign|assault|counter-?offensive|siege|attack)"
_BEGAN = re.compile(r"\b(?:was launched|were launched|began|was begun|started|was started|opened|commenced|kicked off)"
                    r"\s+(?:(?:before dawn|at dawn|early|late|overnight)\s+)?(?:on|in)\s+", re.IGNORECASE)
# A weekday a story dates the start by ("began before dawn on Tuesday"): the last such day before it was published.
_WEEKDAY = re.compile(r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def published_day(doc: Document, key: str = "published") -> dt.date | None:
    """The day a page says it was published (the HTML reader keeps it in ``meta``), if any; with
    key="dateline", the day a news story is dated by as news (a Wikinews story's "{{date|…}}")."""
    try:
        return dt.date.fromisoformat(dict(doc.meta).get(key) or "")
    except ValueError:
        return None


# A news story's dateline: "BASRA, Iraq (Reuters) -", "KYIV (AP) —", "Misrata, 6 December (AFP) -".
# An agency the lexicon does not know stands after a city in capitals: "ODESA, Ukraine, July 1 (Meridian) -".
_DATELINE = re.compile(r"^(?:(?P<city>[A-Z][A-Za-z .'’-]{1,40})(?:, (?P<rest>[^()\n]{1,40}))? \((?:Reuters|AP|AFP|Bloomberg|"
                       r"BBC|dpa|Xinhua|ANI|PTI|UPI)\)|(?P<capitals>[A-Z][A-Z .'’-]{1,40})(?:, (?P<rest2>[^()\n]{1,40}))? "
                       r"\([A-Z][\w.&'’ -]{1,30}\))\s*[-–—]")


def dateline_end(sentence: str) -> int:
    """Where a story's dateline ends at the start of a sentence (0 when none): its day ("July 1") is
    the day the story was filed, not the day of what it tells."""
    if "(" not in sentence[:_DATELINE_REACH] or not sentence[:1].isupper():
        return 0  # (most sentences: no agency in brackets where a dateline would name it)
    m = _DATELINE.match(sentence)
    return m.end() if m else 0


_DATELINE_REACH = 130  # a dateline's agency bracket opens within this many characters


def _dateline(doc: Document) -> re.Match[str] | None:
    return next((m for p in doc.paragraphs[:3] if (m := _DATELINE.match(doc.paragraph_text(p)))), None)


def wire_story(doc: Document) -> bool:
    """Whether a page is a news story by its dateline: its past years are its background, its
    day of publication the day its weekdays count from."""
    return _dateline(doc) is not None


def dateline_places(doc: Document) -> tuple[str, ...]:
    """Where a wire story's dateline puts it: its state ("BASRA, Iraq" -> Iraq), and its city when
    the headline names it too (a story filed from Misrata about Sirte is not about Misrata)."""
    m = _dateline(doc)
    if m is None:
        return ()
    city = (m["city"] or m["capitals"]).strip()
    city = city.title() if city.isupper() else city
    state = next((piece.strip() for piece in (m["rest"] or m["rest2"] or "").split(",")
                  if piece.strip() in lexicon.STATE_NAMES), None)
    places = [city] if re.search(r"\b" + re.escape(city) + r"\b", doc.title or "") else []
    return tuple(places + ([state] if state else []))


def is_headline(title: str) -> bool:
    """Whether a box-less page's title is a headline rather than an operation's name."""
    return bool(title.strip()) and not _NAME_TITLE.search(title.strip())


_BATTLE_NAMED = re.compile(r"\b[Bb]attle (?:of|at) (?:the )?(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
_WAR_TITLE = re.compile(r"\bwar\b[\s.!:]*$", re.IGNORECASE)


def sole_battle(title: str, text: str) -> str | None:
    """The battle a box-less page titled by its war tells of, when its text names one battle and no
    other: a newspaper's "THE ASHANTEE WAR." over a letter on "the battle of Amoaful"."""
    if not _WAR_TITLE.search(title.strip()):
        return None
    places = {m["place"] for m in _BATTLE_NAMED.finditer(text)}
    return f"Battle of {places.pop()}" if len(places) == 1 else None


def named_operation(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The first operation a text names with a naming cue, and the gloss after it."""
    for cue in (*lexicon.ALIAS_CUES.finditer(text), *_CALL.finditer(text)):
        m = lexicon.ALIAS_OPERATION.match(text, cue.end())
        if m is None:
            continue
        gloss = _GLOSS.match(text, m.end())
        return m.group("name"), (((gloss["gloss"] or gloss["native"]).strip(),) if gloss else ())
    return None


def story_start(text: str, name: str, published: dt.date | None) -> str | None:
    """The day a sentence says the operation (by its name, or "the offensive") was launched.

    A date without a year is the last such day on or before ``published``; without a day of
    publication it stays unknown rather than guessed.
    """
    subject = re.compile(re.escape(name) + "|" + _SUBJECT, re.IGNORECASE) if name else re.compile(_SUBJECT, re.IGNORECASE)
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text):
        about = subject.search(sentence)
        began = _BEGAN.search(sentence, about.end()) if about else None
        if began is None:
            continue
        dates = [d for d in find_dates(sentence[began.end():]) if d.start == 0]
        if (weekday := _WEEKDAY.match(sentence, began.end())) and published is not None:
            back = (published.weekday() - _WEEKDAYS.index(weekday["day"])) % 7 or 7
            return (published - dt.timedelta(days=back)).isoformat()
        if not dates or dates[0].month is None:
            continue
        d = dates[0]
        year = d.year
        if year is None and published is not None:
            year = published.year if (d.month, d.day or 1) <= (published.month, published.day) else published.year - 1
        if year is not None:
            return to_iso(year, d.month, d.day)
    return None


# A sentence that tells of the operation's end: "…, ending a campaign of nearly seven months";
# "The offensive ended on 3 June"; "declared the operation over".
_ENDED = re.compile(
    r"\b(?:ending|ended|concluding|concluded|brought an end to|bringing an end to|put an end to|putting an end to)"
    r"\s+(?:a|the|its|their|this)\s+(?:[\w-]+\s+){0,2}?(?:campaign|offensive|operation|siege|battle)\b"
    r"|\b" + _SUBJECT + r"\s+(?:ended|was declared over|was over|concluded|came to an end)\b"
    r"|\bdeclared\s+(?:the|its|their)\s+(?:offensive|operation|campaign|siege)\s+(?:over|complete|ended)\b",
    re.IGNORECASE,
)


def story_end(events) -> str | None:
    """The day of the event whose sentence says the operation ended, if the story has one."""
    for event in events:
        if event.date and _ENDED.search(event.summary or ""):
            return event.date
    return None


# Days before its publication a story with no launch date is taken to tell of: a live page covers a week.
STORY_DAYS = 14


def is_live(doc: Document) -> bool:
    """Whether a page is a live page: its posts under day dividers ("Wednesday 20 September"), headings
    that are a day and little else (a story of a months-long campaign tells a few days, no day by day)."""
    days = {p.heading for p in doc.paragraphs if p.heading and len(p.heading.split()) <= _DAY_HEADING_WORDS
            and any(d.day and d.month for d in find_dates(p.heading))}
    return len(days) >= _LIVE_DAYS


_DAY_HEADING_WORDS = 4
_LIVE_DAYS = 2


def story_span(events, published: dt.date | None, action_types: tuple[str, ...]) -> tuple[str | None, str | None]:
    """(first, last) day of the fighting a live page tells, when it names no launch day: its actions
    dated to the day within STORY_DAYS before it was published (an older year it recalls is
    background, its statements are no fighting)."""
    if published is None:
        return None, None
    days = sorted(e.date for e in events if e.type in action_types and e.date and len(e.date) == 10
                  and 0 <= (published - dt.date.fromisoformat(e.date)).days <= STORY_DAYS)
    return (days[0], days[-1]) if days else (None, None)
