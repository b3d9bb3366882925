"""Vocabulary for dates and dated events, kept as data so the logic in dates.py, sentences.py and
timeline.py stays free of word lists. Every table says why its entries are there.

All keys are lower case; callers lower-case the text they look up.
"""
from __future__ import annotations

# ---------------------------------------------------------------- calendar words

# Month names and the abbreviations Wikipedia prose and infoboxes use ("Sept." appears in
# British-style captions; "Sep" in tables). Longest spellings come first in the regex built from it.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Words that narrow a month to part of it ("early August", "mid-June", "late March"): the date
# is then only known to the month (UCDP precision 4), never a guessed day.
PART_OF_MONTH = ("early", "mid", "middle of", "late", "end of", "beginning of", "start of",
                 "the end of", "the beginning of", "the start of", "the middle of")

# Leading words in front of a date that do not change it: "on 4 August", "by 30 March"
# (casualty figures "as of"), "since 1 May". parse_date strips them; the timeline reads some of
# them ("by", "between") itself.
DATE_PREFIXES = ("on", "by", "in", "since", "from", "until", "till", "around", "about", "circa",
                 "c.", "as of", "after", "before", "during", "at", "of", "the")

# Weekday names sometimes written before a date ("Friday, 21 March 2014"); they add nothing.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Seasons name part of a year: "summer 2014" is known only to the year (UCDP precision 5).
SEASONS = ("spring", "summer", "autumn", "fall", "winter")

# Words that mark the open end of a range: "1 May 2015 – present".
ONGOING_WORDS = ("present", "ongoing", "now", "today", "current")

# Number words that appear in relative dates ("three days later", "13 days later") and in
# casualty counts when values.parse_count is not there ("six soldiers were killed").
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
# Not here on purpose: "a few", "several", "a couple of" — "several days later" has no exact
# offset, and the brief forbids inventing a date the text does not give.

# Units of relative offsets in days. "weeks later" moves a week and so loses day precision.
OFFSET_UNITS: dict[str, int] = {"day": 1, "days": 1, "week": 7, "weeks": 7}
