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

# ---------------------------------------------------------------- sentence boundaries

# Words written with a full stop that does not end a sentence even before a capital or a digit:
# military ranks ("Lt. Gen. Ali", "Brig. Gen.", "Col. Afif"), titles, "No. 5", month
# abbreviations in dates ("Aug. 4"). Units such as "km" and "etc" are left out on purpose: a
# boundary needs a capital after it, and "…20 km. The…" does end a sentence. Matched lower-case,
# without the final dot.
ABBREVIATIONS = frozenset({
    "lt", "gen", "col", "brig", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr",
    "lieut", "gov", "pres", "sen", "rep", "amb", "sec", "mr", "mrs", "ms", "dr", "prof", "rev",
    "st", "mt", "sr", "jr", "no", "nos", "vol", "approx", "est", "ca", "c",
    "vs", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "u.s", "u.n", "u.k",
})

# ---------------------------------------------------------------- relative dates

# Day offsets written relative to the previous dated sentence. Each pattern's group "n" holds the
# number (a word or digits); no group means the offset given. Checked against the seeds' prose
# ("three days later", "A day after the report of the offensive", "13 days later").
_N = r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)"
# What the operation is called in "three days before the assault", "three days after the drop":
# offsets from its start, not from the sentence before.
_OPERATION_NOUNS = r"(?:assault|offensive|attack|operation|battle|campaign|drop|landings?|invasion|raid)"
# "left Masirah Island, off Oman, for Desert One": a departure for somewhere, no withdrawal
_NOT_BOUND_FOR = r"(?![\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)*(?:,[^.;,]{1,30},)? for\b)"

RELATIVE_FORWARD = (
    rf"\b(?<!\bfor )(?<!\blasting )(?<!\bwithin ){_N} (?P<unit>days?|weeks?) (?:later|after(?: that| this| the "
    rf"(?!{_OPERATION_NOUNS}\b)[\w' -]{{1,40}}?(?= the | it |,|$)|(?=[,.;]|$)))",
    r"\b(?:the )?(?:next|following) (?:day|morning|evening|night)\b",
    r"\bthe day after\b(?: that| this)?",
    # after "23:00 on 3 July": the next day (not "Shortly after midnight on 21 January": that day)
    # "The helicopters straggled in after midnight" (not "On 5 April, after midnight, …": that day's)
    r"(?:^(?:shortly |soon |just )?|(?<!,)(?<!, )\b)after midnight\b(?!,? on \d)",
)
# Back from the narrative's day: "Ten days earlier a bomb planted by counter-terrorists had destroyed …"
# (not "three days before the assault": counted from the operation, see BEFORE_START).
RELATIVE_EARLIER = rf"\b(?<!\bfor ){_N} (?P<unit>days?|weeks?) (?:earlier|before(?=[,.;]|$))"
# Where the first of them can start ("three days", "a week "): the timeline scans the lower-cased
# sentence for it case-sensitively (quick) and tries the whole pattern only there.
RELATIVE_FORWARD_OPENING = rf"\b{_N} (?:days?|weeks?) "
# The same day as the previous dated sentence ("Later during the day", "During the night" — the
# night after it). Both count as a date of the sentence they open, never as vague.
RELATIVE_SAME_DAY = (
    r"\blater (?:that|the) same day\b", r"\b(?:on )?the same day\b", r"\bthat same day\b",
    r"\blater (?:during|in) the day\b", r"\blater that (?:day|night|evening|morning|afternoon)\b",
    r"\b(?:during|in) the (?:early |late )?(?:night|evening|afternoon|morning)\b", r"\bthat (?:night|evening|afternoon)\b",
    r"\bthroughout the day\b", r"\bover ?night\b", r"\bthat morning\b", r"\bthe same (?:morning|afternoon|evening|night)\b",
    r"(?<!from )(?<!since )(?<!until )(?<!till )(?<!to )\bthat day\b(?! (?:on|onwards|forward)\b)",  # "pulled back that day"
    r"\bin the course of the (?:morning|afternoon|evening|night|day)\b",
    # a battle's first or last hours, an hour into it, the point it had reached: "In the first hours of the battle
    # the wings drove back …", "After several hours of skirmishing Baibars feigned a retreat", "At this point …"
    r"^in the (?:first|opening|early|last|final) (?:hours?|minutes) of the (?:fighting|battle|attack|assault|day|engagement)\b",
    r"^after (?:about |some |several |a few |nearly |almost )?(?:an?|one|two|three|four|five|six|\d) hours?\b",
    r"^after (?:several|a few|some) hours\b", r"^at this (?:point|moment)\b",
    # "In the panic that followed, German sentries opened fire": the day of what it followed
    r"^(?:in|during|amid) the (?:panic|chaos|confusion|fighting|fire|explosion|stampede|battle) that followed\b",
    # a time of day opening the sentence: "By mid-morning the paratroopers had taken Magbeni", "By 06:35, …"
    r"^(?:by|at|around|before|after|until|(?:shortly|just|soon) (?:before|after)) (?:about |around |the )?(?:mid-?morning|midday|noon|"
    r"sunrise|sunset|"
    r"(?:early |late )?(?:morning|afternoon|evening)|"
    r"mid-?afternoon|nightfall|dusk|dawn|daybreak|first light|\d{1,2}:\d{2}|"
    r"\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\b\.?)(?:\B|\b)(?!(?: local time| [A-Z]+T)?,? on (?:[A-Z][a-z]+day,? )?\d)",  # "Shortly after 9 a.m.", "By 7 pm"
    r"^(?:shortly |just )?before midnight\b",
    # the hour in words: "Shortly after seven the first pair of A-10s …", "At about nine Romesha …" (not
    # "after six days", "at about nine kilometres")
    r"^(?:shortly (?:before|after)|(?:at|by|around) (?:about|around)) (?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)(?: o'clock\b|(?=,| (?-i:[A-Z])| the\b| that\b))",
    r"^(?:at|by) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'clock\b",  # "By seven o'clock, …"
    # what followed within the hour: "Shortly afterwards three companies were landed", "Within minutes
    # five helicopters had been shot down", "At about the same time Vann ordered …"
    r"^(?:shortly|soon|immediately|moments) after(?:wards?| that| this)\b",
    r"^within (?:about |some )?(?:a few |\w+ )?(?:minutes|(?:the|an) hour|hours)\b",
    r"^(?:early|late) in the (?:day|morning|afternoon|evening|night)\b", r"^at that (?:moment|instant)\b",
    # the hour in words past a half or a quarter: "At about half past nine"
    r"^(?:at|by|around|shortly (?:before|after)) (?:about |around )?(?:half|a quarter) (?:past|to) (?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve)\b",
    r"^moments later\b", r"^(?:about |some |around )?(?:an?|one|two|three|four|five|six|\d) hours? "
    r"(?:out|into the (?:flight|fight|fighting|battle|attack|assault))\b",
    # the hour in words past a half closing the sentence: "surrendered with the survivors at about half past nine"
    r"\bat (?:about |around )?half past (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    # an hour in a sentence's first clause: "At Desert One, just before 11 pm, a bus …"
    r"^[^,;]{0,40}, (?:just |shortly )?(?:before|after|at) (?:about )?\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\b\.?,",
    r"^(?:at|around) (?:about |around )?the same time\b",
    # "Twenty-three minutes later", "two hours later": still the day told
    r"\b(?:(?:a|an|\d+|[a-z]+(?:-[a-z]+)?) )?(?:minutes?|hours?) later\b",
    # "lifted out at about 16:00" (not "at 5:58 a.m. on Saturday, 3 October": that sentence has its own day)
    r"\bat (?:about |around )?\d{1,2}:\d{2}\b(?!(?: ?[ap]\.m\.)?(?: local time| [A-Z]+T)?,? on (?:[A-Z][a-z]+day,? )?\d)"
    r"(?!,? \d{1,2} (?-i:[A-Z]))",
    # "taken at about 1 p.m." (not "at 2 a.m. local time on 7 November": that sentence has its own day)
    r"\bat (?:about |around )?\d{1,2}(?:[:.]\d{2})? ?[ap]\.m\.(?!(?: local time| [A-Z]+T)?,? on (?:[A-Z][a-z]+day,? )?\d)",
)
# The day before the sentence's own date: only applied when it follows an event verb closely
# ("recaptured by the Army the previous day"), not when it dates something else ("the villages
# they lost the previous day"), and only in a sentence that states its own date.
RELATIVE_BACKWARD = (r"\bthe (?:previous|preceding) day\b", r"\bthe day before\b")
BACKWARD_MAX_WORDS = 3  # words allowed between the event verb and "the previous day"

# Offsets from the operation's start: "Three days before the assault on Kessab", "three days after the drop".
BEFORE_START = rf"\b{_N} (?P<unit>days?|weeks?) (?P<way>before|after) the {_OPERATION_NOUNS}\b"
# "By the end of the first day of fighting", "during the second day of the fighting": day n of
# the operation.
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
DAY_OF_OPERATION = (r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) "
                    r"day of (?:the )?(?:fighting|offensive|operation|battle|assault|clashes|campaign)\b")
# "on the 25th": a day of the month of the previous dated sentence; not "by the 5th Marines", nor
# "on the 2nd of July", whose month is written.
DAY_OF_MONTH = (r"\b(?:on|by|(?:morning|afternoon|evening|night|hours|dawn) of) the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
                r"(?! (?-i:[A-Z]))(?! of (?-i:[A-Z]))")  # "on the 25th", "at four in the morning of the 24th"
# "Between 1 and 3 November", "from 4 to 6 May 2014", "4–6 May": one event over a span.
RANGE_JOIN = r"(?: and | to |\s*[–-]\s*)"
DAY_RANGE = (rf"\b(?:between |from )?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?{RANGE_JOIN}"
             r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)? (?P<month>[A-Z][a-z]+)(?:,? (?P<year>\d{4}))?")
# The same range written month first ("May 13–26, 2015"), and ranges across a month's end
# ("31 August – 1 September 1950", "between 30 June and 2 July", "August 31 – September 1, 1950").
DAY_RANGE_US = (rf"\b(?:between |from )?(?P<month>[A-Z][a-z]+)\.? (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?{RANGE_JOIN}"
                r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,? (?P<year>\d{4}))?(?![\d:])")
DAY_RANGE_ACROSS = (
    rf"\b(?:between |from )?(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)? (?P<m1>[A-Z][a-z]+)|(?P<m1us>[A-Z][a-z]+) "
    rf"(?P<d1us>[0-3]?\d)(?:st|nd|rd|th)?)(?:,? (?P<y1>\d{{4}}))?{RANGE_JOIN}"
    r"(?:(?P<d2>[0-3]?\d)(?:st|nd|rd|th)? (?P<month>[A-Z][a-z]+)|(?P<month_us>[A-Z][a-z]+) (?P<d2us>[0-3]?\d)"
    r"(?:st|nd|rd|th)?)(?:,? (?P<year>\d{4}))?(?![\d:])")
DAY_RANGE_US_LEAD = len("between September ") + 1
# What every range across a month's end holds: a month's last letter (or a day's or year's digit), the join, a day or a month and a day.
DAY_RANGE_ACROSS_CORE = rf"[a-z\d]{RANGE_JOIN}(?:\d|[A-Z][a-z]+ \d)"
DAY_RANGE_ACROSS_LEAD = len("between September 30th, 2014")
# What every day range holds: the last digit of its first day, the join, a digit. The timeline
# scans for it first (a digit opens it: a quick scan) and tries DAY_RANGE only from up to
# DAY_RANGE_LEAD characters before it ("between " and a first digit).
DAY_RANGE_CORE = rf"\d(?:st|nd|rd|th)?{RANGE_JOIN}\d"
DAY_RANGE_LEAD = len("between ") + 1

# Time words that give no date: a sentence opening with them states no day and must not take the
# previous sentence's date; those that move time by an unknown amount also end the chain of
# relative dates ("More than a month after the offensive had ended, …").
VAGUE_SHIFTS = (
    r"\b(?:more|less) than (?:a|an|one|two|three|\w+) (?:days?|weeks?|months?|years?) (?:after|later|before)\b",
    r"\b(?:several|a few|some|many|few|a couple of) (?:days|weeks|months|years) (?:later|after|earlier)\b",
    r"\b(?:weeks|months|years|days) (?:later|earlier)\b",
    r"\bafter (?:almost |nearly |about |more than )?(?:\w+) (?:weeks|months|years) of\b",
    r"\bin the following (?:weeks|months|years)\b",
    r"\b(?:over|during|through) the (?:following|next|ensuing|subsequent) (?:weeks|months|years)\b",
)
VAGUE_TIMES = (
    r"\bin one instance\b", r"\bat one point\b", r"\bat some point\b", r"\bduring the (?:campaign|offensive|course|operation|war)\b",
    r"\bthroughout the (?:campaign|offensive|operation|war)\b", r"\bsince the start\b",
    r"\bduring the course of\b",
)
# Openers that carry the previous sentence's date to this one in the same paragraph even when
# the sentence would otherwise not qualify ("Later, it was reported that … had captured Aramo").
SAME_DAY_OPENERS = (r"^(?:later|afterwards|subsequently|then|meanwhile),? ",)

# ---------------------------------------------------------------- event types

# A killing whose victims are several civilians ("beheaded 11 villagers", "executed dozens of
# civilians", "gunmen killed 30 villagers"): a finite verb of deliberate killing, then a number
# above one or a vague amount, then people who do not fight. It turns a killing cue, or a sentence
# with only weak cues, into a massacre; a stated means (shelling, airstrike, bombing, ambush) keeps
# its own type. One victim stays a killing ("executed a captured pilot"), and the participle
# ("…, killing 8 civilians") is left out: it gives the toll of another act.
_SEVERAL = (r"(?:(?:at least|more than|some|about|around|nearly|over|up to|as many as) )?"
            r"(?:(?:[2-9]|[1-9]\d+|1(?=,\d{3}))(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds? of|dozens of|scores of|"
            r"tens of|thousands of|several|many|a number of)")
_NON_COMBATANTS = (r"(?:civilians|villagers|residents|people|inhabitants|worshippers|worshipers|farmers|men|"
                   r"women|children|refugees|pilgrims|students|fishermen|miners|passengers|family members|"
                   r"tribesmen|herders|displaced people|locals|priests|nuns|monks|clergymen|teachers|journalists|"
                   r"aid workers|trade unionists|unionists|patients|hostages|prisoners|captives|detainees|"
                   r"townspeople|townsfolk|settlers|passers-by|unarmed [\w-]+)")
# Victims no reader takes for fighters, killed without a count ("troops killed students",
# "killing pilgrims and residents alike").
_PLAIN_VICTIMS = (r"(?:unarmed [\w-]+|civilians|villagers|townspeople|townsfolk|pilgrims|worshippers|worshipers|"
                  r"students|refugees|women and children|residents|inhabitants)")
MASS_KILLING = (rf"(?<!fighting )(?<!fighting that )(?<!clashes )(?<!clashes that )(?<!battle that )"  # the fighting's toll
                rf"\b(?:killed|executed|beheaded|murdered|slaughtered|massacred|shot dead|shot|burned|hanged)"
                rf" {_SEVERAL} (?:[\w'’-]+ ){{0,3}}?{_NON_COMBATANTS}\b",  # "hundreds of Palestinian and Lebanese civilians"
                rf"\b(?:killed|executed|murdered|slaughtered|massacred) {_PLAIN_VICTIMS}\b",
                rf"\b{_SEVERAL} (?:[\w'’-]+ ){{0,2}}?{_NON_COMBATANTS} (?:were|had been|have been) (?:\w+ )?"
                rf"(?:executed|beheaded|murdered|slaughtered|massacred|shot dead|burned alive)\b",
                # captives killed: "about fifty European prisoners, most of them women and children, were killed"
                rf"\b{_SEVERAL} (?:of the )?(?:[\w'’-]+ ){{0,2}}?(?:prisoners|captives|hostages|detainees|"
                rf"captured (?:soldiers|troops|men|officers))\b[^.;]{{0,60}}?"
                rf"\b(?:were|had been) (?:\w+ )?(?:(?:bound|taken out|lined up) and )?(?:killed|shot|executed|put to death|hacked to death)\b"
                rf"(?! (?:in (?:the )?cross-?fire|by (?:friendly|stray) fire|in the fighting|in the rescue)\b)",
                # had them killed: "Tewodros had some 300 prisoners held at Magdala killed"
                rf"\bhad {_SEVERAL} (?:[\w'’-]+ ){{0,2}}?(?:prisoners|captives|hostages|detainees)\b[^.;,]{{0,40}}?"
                rf"\b(?:killed|executed|shot|beheaded|put to death)\b")

# A ground attack "killing 63 civilians" is a massacre (UCDP's one-sided violence, ACLED's
# violence against civilians). Only unmistakably civilian victims: "killing 20 people" or "men"
# may be soldiers. Strikes and shelling keep their means as their type.
ATTACK_ON_CIVILIANS = (rf"\bkilling {_SEVERAL} (?:[\w'’-]+ ){{0,2}}?(?:civilians|villagers|residents|inhabitants|"
                       rf"worshippers|worshipers|farmers|women|children|refugees|pilgrims|students|fishermen|"
                       rf"passengers|herders|displaced people|locals)\b",
                       # "killing 97 people, most of them women and children"
                       rf"\bkilling {_SEVERAL} people,? (?:(?:most|many|all|nearly all|mostly)(?: of them)?|among them|including) "
                       rf"(?:civilians|women|children|villagers)\b",
                       # "killing pilgrims and residents alike", "killing nearly everyone inside, including
                       # women and children", "fired on unarmed satyagrahis …, killing at least 21 of them"
                       rf"\bkilling (?:(?:most|all|many|much|nearly all) of )?(?:the )?{_PLAIN_VICTIMS}\b",
                       r"\bkilling (?:most|all|many|much|nearly all) of the (?:[\w'’-]+ ){0,2}?population\b",
                       r"\bkilling\b[^.;]{0,40}?,? (?:including|among them|most of them) (?:women|children|civilians)\b",
                       r"\bunarmed\b[^.;]{0,120}?\bkilling\b")

# Cue patterns per event type. A sentence takes the type of its FIRST strong cue in text order
# ("detonated a tunnel bomb … and captured it" is a bombing, "shot down a warplane that allegedly
# bombed rebels" a shootdown), cues in the past perfect counting only when nothing else does
# ("ordered them to retreat from villages they had captured" is a withdrawal). Generic fighting
# words are weak (WEAK_CUES): they type a sentence only when it has no strong cue, so
# "launched an offensive … and captured" is a capture and "attacked three villages, with state
# media claiming the military managed to recapture all three" a recapture. "-ing" participles of
# capture are left out: they describe the manner of a main verb ("launched a counter-attack,
# reportedly quickly capturing two villages" is a counterattack).
# A participle after an article is an adjective ("the kidnapped cleric … had been executed", "a
# captured pilot"): it describes a victim, not the event.
# (after a preposition the participle describes a place or people: "the defences of occupied Europe",
# "the release of captured soldiers", "in occupied France")
_NOT_ADJECTIVE = r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bof )(?<!\bin )(?<!\binto )(?<!\bfrom )"


# A person's name (or He/She) as the subject of a verb: capitalised words, not opening with an article.
# Capital letters a name may start with, accented ones included ("Sali Çekaj", "Živanović").
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_NAMED_PERSON = (rf"(?-i:(?:\b(?!(?:The|A|An|One|His|Her|Their|Its|This|That|Another)\b)[{UPPER}][\w'’.-]*"
                 rf"(?: [{UPPER}][\w'’.-]*)*|\bHe|\bShe))")


# What a death may be of that is no loss to the fighting: "died of typhus", "15 died of disease".
# Combat aircraft named by type, as narratives name them ("waves of Daggers and A-4 Skyhawks", "two
# Super Étendards fired Exocet missiles"): capitalised, so "daggers" or "phantom" as words are not.
AIRCRAFT_TYPES = (r"(?-i:Skyhawks?|Mirages?|(?:Super )?[ÉE]tendards?|Harriers?|Phantoms?|Tornados?|Stukas?|Sukhois?|"
                  r"MiGs?|Stratofortresses|Spitfires?|Lancasters?|Skyraiders?|Thunderchiefs?|Bayraktars?|Pucarás?|"
                  r"Daggers)")
ILLNESSES = ("disease|illness|sickness|typhus|cholera|dysentery|malaria|fever|beriberi|scurvy|starvation|exposure|"
             "natural causes|heart attack|cancer|pneumonia|old age")


def _not_adjective(stem: str) -> str:
    """``stem`` opening a word, no article or possessive before it. The word start and the stem
    are tested first (zero-width tests at one place commute, so the matches are the same): the
    five look-behinds then run only where the stem is, not at every character of a sentence."""
    return rf"\b(?={stem}){_NOT_ADJECTIVE}{stem}"


STRONG_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("shootdown", (r"\bshot down\b", r"\bshoots? down\b", r"\bshootdown\b", r"\b(?:was|were) brought down by\b",
                   r"\bdowned (?:a |an |the |its )?(?:\w+ )?(?:jet|plane|warplane|helicopter|aircraft|drone)\b")),
    ("bombing", (r"\bexploded (?:a|two|three|several|their) mines?\b",  # "the rebels exploded a mine beneath the Sikh Squares"
                 r"\bmines? (?:was|were) (?:fired|exploded|detonated|sprung|blown)\b",  # "the mine was fired under the wall"
                 # "a captured German demolition vehicle exploded in Kilińskiego Street"; "was blown up by sappers"
                 r"\b(?:vehicle|truck|car|lorry|tank|charges?|devices?|mines?|bombs?|munitions?|torpedo(?:es)?)"
                 r"(?: (?:fired|laid|planted|dropped) by(?: [\w-]+){1,3})? exploded\b",  # "the torpedoes fired by MTB 74 exploded"
                 r"\b(?:charges?|devices?|mines?|bombs?|torpedo(?:es)?)(?: in(?: [\w-]+){1,2})? went off\b",
                 r"\b(?:was|were) blown up by\b",
                 # bombs left in a café, planted in a street, hidden in lampposts: the bombs, not who set them
                 r"\b(?:left|planted|placed|hid|set) (?:[\w-]+ ){0,2}?bombs? (?:in|at|on|under|inside|near)\b",
                 r"\bbombs? (?:planted|hidden|placed|left) (?:in|at|on|under|inside|near|by)\b",
                 r"\bcar[- ]bombs?\b", r"\bsuicide[- ](?:car|cars|bomb\w*|attacks?|trucks?|vehicles?)\b",
                 r"\btunnel[- ]bombs?\b", r"\bdetonat\w+", r"\bbombings?\b", r"\broadside bombs?\b",
                 r"\bIEDs?\b",
                 # someone blew something up; a ship that "blew up with the loss of 1,017 men" was hit
                 r"\bblew up (?:a|an|the|his|her|their|its|part|\d+|two|three|several)\b",
                 r"\b(?:explosion|blast) (?:[\w-]+ ){0,3}?(?:destroyed|killed|hit|ripped|tore|wrecked|levelled)\b",
                 r"\b(?:struck|hit|detonated) an? (?:naval |land |sea )?mine\b", r"\b(?:demolition|explosive) charges?\b",
                 r"\ban? (?:car |truck |time |large |powerful |parcel )?bomb (?:[\w-]+ )?(?:destroyed|exploded|went off|killed|"
                 r"hit|struck|ripped|wrecked)\b")),
    ("massacre", (r"\bmassacr\w+", r"\bmass (?:civilian )?(?:killings?|executions?|murders?)\b",
                  # "killed some 1,700 air force cadets captured at Camp Speicher": prisoners put to death
                  rf"\b(?:killed|executed|shot|murdered) {_SEVERAL} (?:[\w'’-]+ ){{0,3}}?"
                  rf"(?:captured|taken prisoner|held prisoner|who had surrendered)\b")),
    ("killing", (r"\bassassinat\w+", r"\b(?:was|were) put to death\b", r"\bwas cut down (?:in|by|at|near|on)\b",
                 _NAMED_PERSON + r"(?:, [^,;]{1,80},)? (?:was )?drowned\b",  # "Abu Abdallah Mohammed II drowned in the river"
                 r"\bexecuted\b", r"\bmurdered\b", r"\bbeheaded\b", r"\bshot dead\b", r"\bshot (?:him|her|them|\w+) dead\b",
                 # one named person killed, whatever killed them: "Colonel Viktor Durnev, the
                 # regiment's commander, was killed by a sniper", "He was killed when a shell hit his
                 # post" (a count of dead is "were killed"; "a soldier was killed" names nobody)
                 _NAMED_PERSON + r"(?:, [^,;]{1,80},)? (?:was|had been) (?:reportedly |reported |later |also )?killed\b",
                 # two named people: "Isnilon Hapilon and Omar Maute were killed in an assault"
                 _NAMED_PERSON + " and " + _NAMED_PERSON + r" (?:were|had been) (?:reportedly |later |both )?killed\b",
                 # "Major Shaitan Singh, moving between the posts, was badly wounded and died later"
                 _NAMED_PERSON + r"(?:, [^,;]{1,80},)? (?:was (?:\w+ )?(?:wounded|injured) and )?died (?:of (?:his|her) wounds )?"
                 r"(?:later|that|the|on|in|at|shortly|soon|hours|days|\.|,)"
                 # not a death from illness ("died in Baghdad on 19 April, officially of typhus")
                 rf"(?![^.;]*\b(?:{ILLNESSES})\b)",
                 r"\bwas shot (?:\w+ ){0,4}?and killed\b", r"\bwas (?:hanged|shot by firing squad)\b",
                 # "14 leaders were shot in the stonebreakers' yard", "Jones … was shot while charging a trench"
                 # (not "shot down", nor "shot in the leg": a wound)
                 r"\b(?:was|were) shot\b(?! down\b| (?:and |but )?(?:wounded|injured)\b| (?:in|through) the (?:leg|arm|foot|hand|"
                 r"shoulder|knee|thigh|ankle|wrist|hip|jaw|back)\b)")),
    # Unmanned aircraft and missiles fired from the air or from afar at a target are strikes, not
    # shelling: "a drone strike", "drones struck", "a missile strike hit the hospital".
    ("airstrike", (r"\bdrone[- ](?:strikes?|attacks?)\b", r"\b(?:missile|UAV|rocket) strikes?\b",
                   r"\b(?:drones?|UAVs?|unmanned (?:aerial |combat )?(?:aircraft|vehicles?)) (?:\w+ )?(?:struck|hit|bombed|targeted|attacked|fired on)\b",
                   r"\bair[- ]?strikes?\b", r"\bair[- ]?raids?\b", r"\bbarrel bombs?\b", r"\bbombed\b",
                   r"\bair force (?:\w+ ){0,2}(?:bombarded|bombed|struck|hit|targeted)\b",
                   r"\bair force (?:[\w-]+ ){0,3}(?:strikes|raids|sorties)\b", r"\bby (?:the )?(?:[\w-]+ ){0,2}air force\b",
                   r"\bbombarded by (?:the )?(?:\w+ )?air force\b",
                   # (not a submarine named by its number: "the submarine I-175 torpedoed …")
                   rf"(?<!submarine )(?<!U-boat )\b(?:warplanes?|jets|aircraft|helicopters?|bombers?|gunships?|(?-i:[A-Z]+-\d+s?)|"
                   rf"{AIRCRAFT_TYPES}) (?:[\w-]+ ){{0,5}}?"
                   r"(?!dropped (?:[\w,-]+ ){0,4}?(?:food|supplies|ammunition|medicines?|leaflets|paratroopers|troops)\b)"
                   r"(?<!was )(?<!were )(?<!been )(?:bombed|bomb|struck|hit|targeted|pounded|strafed|dropped|rocketed|fired on|opened fire|"
                   r"sank|destroyed|"
                   r"fired (?:[\w-]+ )?(?:rockets|missiles))\b",
                   rf"\b(?:helicopters?|gunships?|{AIRCRAFT_TYPES}) (?:[\w-]+ ){{0,5}}?attacked\b",  # aircraft that attack ships fight an engagement
                   # aircraft attacking positions or troops ("federal MiG-17 and L-29 aircraft attacked the Biafran positions")
                   r"\b(?:warplanes?|jets|aircraft|fighter-bombers|bombers)(?: and [\w-]+)? (?:[\w-]+ ){0,2}?attacked "
                   r"(?!(?:the |an? )?(?:[\w-]+ ){0,2}?(?:ships?|fleet|convoys?|carriers?|cruisers?|destroyers?|battleships?|warships?|"
                   r"frigates?|corvettes?|vessels?|boats?|submarines?|transports?|tankers?|HMS|USS)\b)",
                   # bombs that hit a ship or a position came from the air (not "struck by another 'tunnel bomb'")
                   r"\b(?:hit|struck|sunk|damaged|crippled) by (?:[\w,-]+ ){0,4}?bombs?\b",
                   r"\bstrafed\b", r"\b(?:began|started|went on|came back) to (?:strafe|bomb)\b",
                   # "four F-86 Sabres of the Pakistan Air Force attacked the Indian positions" (a type and its name:
                   # not "BMP-1 infantry vehicles", "RCT-7")
                   r"\b(?-i:[A-Z]{1,3}-\d+[A-Z]? [A-Z][a-z]+s) (?:[\w-]+ ){0,6}?attacked (?!(?:the |an? )?(?:[\w-]+ ){0,2}?"
                   r"(?:ships?|fleet|convoys?|carriers?|cruisers?|destroyers?|battleships?|warships?|frigates?|vessels?|boats?)\b)", r"\bair (?:support )?(?:campaign|offensive)\b",
                   r"\b(?:bombers?|aircraft|jets|warplanes?|Stratofortresses|(?-i:B-\d+s?)) (?:[\w-]+ ){0,3}?flew (?:[\w,\"“”-]+ ){0,6}?(?:missions|sorties|raids)\b",
                   # the passive: "columns … were struck repeatedly by coalition aircraft"
                   r"\b(?:hit|struck|bombed|attacked|targeted|strafed|sunk|sank|destroyed) (?:\w+ ){0,2}by (?:[\w-]+ ){0,3}?"
                   r"(?:aircraft|warplanes?|jets|helicopters?|gunships?|bombers?|drones?|Luftwaffe)\b")),
    # A warship sunk or torpedoed was attacked, whatever the sentence says next ("was struck by a
    # torpedo and sank; HMS Electra was sunk while covering Exeter's withdrawal"); sunk by aircraft
    # is the air strike above, which the same position ranks first.
    ("attack", (# "An earlier attempt by government forces to retake the city, …, was driven back": a repulsed
                # attempt was an attack, not a withdrawal (nor the capture it aimed at)
                r"^(?:(?:on|in|by|at|early on|late on) [^,;]{1,30}?,? )?(?:an? |the )(?:[\w-]+ ){0,2}?"
                r"(?:attempts?|assaults?|attacks?|sorties?|raids?)\b"  # (also after its date: "On 14 July a rebel sortie …")
                r"(?=[^.;]{0,160}?\b(?:was|were) (?:driven|beaten|thrown|pushed|forced) back\b)",
                r"\bsunk\b", r"\btorpedoed\b", r"\b(?:sank|sinking) (?:the|an?|\d+|two|three|four|five|several)\b",
                # a force overrun is beaten; ground overrun is taken (the capture cue below)
                r"\boverr(?:an|un) (?:the |an? |its |their |his )?(?:[\w-]+ ){0,2}?(?:brigade|battalion|regiment|"
                r"division|column|company|companies|units?|rearguard|vanguard|force|troops|defenders)s?\b"
                r"(?! (?:camp|base|post|positions?|airfield|headquarters|compound|barracks)\b)")),  # "the Special Forces camp"
    ("ambush", (r"\bambush\w*",)),
    ("abduction", (r"\babduct\w*", _not_adjective("kidnapp") + r"(?:ed|ing)\b",
                   r"\b(?:took|taking) (?:[\w,'’.-]+ ){0,10}?hostages?\b", r"\btaken hostage\b", _not_adjective("hijack") + r"(?:ed|ing)\b",  # not "the hijacked aircraft"
                   # "detaining about 150 UN personnel": people held by a party to the fighting
                   r"\bdetain(?:ed|ing) (?:about |some |around |more than |at least |over )?(?:\d[\d,]*|\w+) "
                   r"(?:[\w-]+ ){0,2}(?:personnel|staff|observers|peacekeepers|monitors|journalists|"
                   r"aid workers|hostages)\b")),
    # "toured the recaptured area": the participle describes the place, no act
    ("recapture", (r"\brecaptur(?!ed\b)\w*", _not_adjective("recaptured") + r"\b", r"\bre-?took\b", r"\bre-?entered\b", r"\bretaken\b", r"\bretake\b", r"\bregain(?:ed)?\b",
                   r"\btook (?:it |them |\w+ )?back\b", r"\btaken (?:it |them )?back\b", r"\bwon back\b",
                   r"\breclaimed\b", r"\breoccup(?:ied|y)\b")),
    ("capture", (_not_adjective("captur") + r"(?:ed|e)\b",
                 r"\b(?:announced|claimed|confirmed) the capture of\b",
                 r"\b(?:was|were|been) (?:[\w-]+ )?[\"“]?liberated\b",  # "Arnhem was liberated by", "had been \"liberated\""
                 # "the Zośka Battalion liberated the Gęsiówka concentration camp"
                 r"\bliberated (?:the )?(?:(?-i:[A-Z])|(?:[\w-]+ ){0,3}?(?:camp|town|city|village|district|island|capital|port)\b)",
                 r"\bsince (?:its|their) capture\b",
                 # "the great magazine was not taken until 16 September"; "…, completing the capture of the city"
                 r"\bnot (?:taken|captured|seized|occupied) until\b",
                 r"\bcomplet(?:ed|ing) the (?:capture|occupation|conquest) of\b",
                 # the old way of telling it: "the magazine was carried on the 16th", "carried the suburbs and entrenchments",
                 # "the Palace was occupied"
                 r"\b(?:was|were) carried\b(?! (?:out|off|away|by|through|to|into|across|over|back|along|in|down|up|from|aboard|ashore|home)\b)"
                 r"(?! on\b(?! (?:the )?(?:\d|\s{3})| +[.,;]))",  # "carried on" goes on, "carried on the 16th" was taken
                 r"\bcarried (?!(?:down|up|from|off|away|back|across|over|along|into|to) )(?:the )?(?:[\w-]+ ){0,3}?(?:suburbs?|breach|position|positions|trenches|entrenchments|heights|"
                 r"ridge|fort|works|redoubt|bastion|village|town|city|gate|hill)\b",
                 r"\b(?:was|were) (?:then |soon |finally |quickly )?occupied\b(?! by (?:civilians|refugees|residents)\b)",
                 # "the Shingmun Redoubt … was taken in a night attack", "Ammunition Hill was taken after four hours"
                 # (not what is "taken" in other senses: "the decision to launch an assault was taken in London")
                 r"(?<!assault )(?<!attack )(?<!decision )(?<!decisions )(?<!action )(?<!steps )(?<!measures )"
                 r"(?<!photograph )(?<!photo )(?<!vote )(?<!oath )"
                 r"\b(?:was|were) (?:finally |eventually |soon |quickly )?taken\b(?! (?:prisoner|captive|hostage|ill|aback|"
                 r"by surprise|to|into|from|out|off|up|over|as|in charge|seriously|for|on board|away|back|down|apart|under|"
                 r"on|at|with|along)\b)",
                 # "drove the junta out of Freetown" (a rearguard driven out of a village was attacked)
                 r"\b(?:drove|driven|pushed|forced) (?:the |an? |its |their )?(?:[\w-]+ ){0,3}?"
                 r"(?<!rearguard )(?<!patrol )(?<!column )(?<!company )(?<!detachment )out of (?-i:[A-Z])", r"\bseiz(?:ed|e)\b(?! (?:power|the throne|the presidency|the initiative)\b)", r"\boverr(?:an|un)\b",
                 r"\btook control\b", _not_adjective("occupied") + r" (?:the )?(?-i:[A-Z])",
                 _not_adjective("occupied") + r" (?:the|a|an) (?:[\w-]+ ){0,2}?(?:town|city|village|hill|heights|ridge|"
                 r"airport|airfield|base|building|post|positions?|bridge|school(?:house)?|island|port|district|"
                 r"headquarters|barracks|fort|station|palace)\b", r"\b(?:was|were) occupied by\b", r"\bannexed\b",
                 r"\bsurrendered\b", r"\bunder (?:its|their) (?:full |complete |total )?control\b",
                 r"\b(?:was|were) (?:now |firmly |fully )?[\"“]?under (?:full |complete |total )?control\b",
                 r"\b(?:had|have|has) taken (?-i:[A-Z])", r"\barrested\b",
                 # "the Saudi forces had taken the courtyard and the upper floors" (not "had taken the decision")
                 r"\b(?:had|have|has) taken the (?!(?:[\w-]+ )?(?:decision|step|steps|initiative|opportunity|lead|precaution|"
                 r"time|view|oath|chance|place|road|route|field|offensive|fight|war|battle|brunt|salute)\b)",
                 # "By 19 August they had taken most of the city", "had driven the last of them from the airport"
                 r"\b(?:had|have|has) taken (?:most|much|all|part|parts|half|the rest) of\b",
                 r"\b(?:drove|driven) the last (?:of (?:them|the [\w-]+) )?(?:[\w-]+ )?(?:from|out of)\b",
                 r"\b(?:had|have|has) taken (?:the|a) (?:[\w-]+ ){0,2}?(?:camp|town|city|village|base|airfield|airport|"
                 r"hill|ridge|bridge|post|position|redoubt|fort|fortress|outpost|trench|line)(?:s|es)?\b",
                 # "Teng-hsien (Tengxian) fell on 17 March", "Korsun itself fell to the 27th Army", "when the town fell"
                 r"\b(?-i:[A-Z])[\w'’-]*(?: \([^()]{1,40}\))?(?: (?-i:[A-Z])[\w'’-]*){0,2} (?:itself |finally |eventually )?"
                 r"fell (?=on|to|in|at|after|within|that|the same|\d)",
                 r"\bthe (?:town|city|fortress|fort|garrison|capital|citadel|port|redoubt) (?:finally |itself )?fell\b(?! back| into| silent| quiet)",
                 r"\b(?:was|were) occupied (?=the (?:following|next|same)|on|that|in|\d)",  # "was occupied the following day"
                 r"\b(?:had|have) been taken\b(?! (?:prisoner|hostage|to|into|by surprise|aback|ill|in\b))", r"\b(?:was|were) declared (?:secure|cleared|liberated)\b",
                 r"\bended with the capture of\b", r"\b(?<!been )(?<!\d )(?:took|taken) (?:[\w,]+ ){0,4}?prisoners?\b",
                 r"\bfell (?:\w+ ){0,3}?with (?:little|no) resistance\b", r"\bfell without (?:a fight|resistance)\b", r"\b(?:controlled|held|captured) \d+ ?(?:%|per ?cent) of\b",
                 r"\boccupied the (?:[\w-]+ )?(?:village|town|city|hill|ridge|heights|district|area|position|post|airport|"
                 r"base|camp)s?\b",
                 r"\b(?:was|were|had been) cleared\b", r"\bcleared the (?:[\w-]+ ){0,2}?(?:villages?|towns?|area|district|"
                 r"ridge|positions?|neighbourhoods?|neighborhoods?|bunkers|pockets?|trenches|buildings)\b",
                 # "By 11 August, Israeli forces controlled most of the eastern neighbourhoods"
                 r"\b(?:controlled|held) (?:most|all|much|the whole|the rest) (?:of )?(?:the )?(?-i:[A-Z])",
                 r"\b(?:controlled|held) (?:most|all|much|the whole|the rest) of (?:the )?(?:[\w-]+ )?(?:city|town|village|"
                 r"area|district|districts|region|province|neighbourhoods|neighborhoods|suburbs|quarters)",
                 r"\btaken control\b", r"\b(?:was|were) taken by\b",
                 # "Ammunition Hill was taken after four hours of fighting"; not taken prisoner, ill, to hospital…
                 r"\b(?-i:[A-Z])[\w'’-]* (?:[\w'’-]+ ){0,3}?(?:was|were) taken (?=after|that|the|on|in|at|by|during|with|"
                 r"within|before|shortly|early|late|\d)(?!in (?:by|charge|custody|tow|hand|for)\b|on board|the (?:lead|initiative|decision))", r"\btook over\b(?! (?:the )?(?:[\w-]+ ){0,2}?(?:forces|command|troops|leadership|army|operation|post|role|duties|state|government|throne|kingdom|"
                 r"responsibility|positions?|sector|lines)\b)"
                 # a post handed over by one's own side: "took over the base from another unit"
                 r"(?![^.;]{0,40}?\bfrom (?:another|an?|the) (?:[\w-]+ )?(?:unit|battalion|company|regiment|brigade|"
                 r"division|contingent)\b)", r"\btakeover\b",
                 # ground secured, not "secured the independence of Ethiopia" or "secured their release"
                 r"\bsecured\b(?! (?:the |a |an |its |their |his |her )?(?:[\w-]+ )?(?:independence|release|support|"
                 r"agreement|funding|approval|backing|deal|majority|victory|future|safety|freedom|return|passage|"
                 r"commitment|promise|loan|recognition|nomination|election)\b)", r"\bfell to\b",
                 # "strongpoint Beatrice, which fell before midnight", "Eliane 2 fell on the night of 6–7 May"
                 r"(?:\b(?:which|it)|(?-i:\b(?!(?:Rain|Snow|Night|Darkness|Silence)\b)[A-Z][\w'’-]*(?: \d+)?)) fell\b"
                 r"(?! (?:back|ill|silent|apart|short|asleep|to pieces|into|under|from|out|off|overboard|down|dead|"
                 r"wounded|in battle|in action|sharply|by)\b)",
                 # "Arnhem was finally liberated by the 49th Division"; not a "liberated" quoted in a claim
                 r"\b(?:was|were) (?:finally |eventually |fully )?liberated by\b",
                 r"\btook (?!(?:the |an? |its |his |her |their )?(?:personal |direct |overall |full |supreme )?(?:place|part|up|positions?|"
                 r"effect|office|power|refuge|shelter|cover|command|charge|over|off|on board|name|title|oath|aim|"
                 r"responsibility|credit|note|notice|steps|measures|action)\b)"
                 # (a possessive only before a name: "took Gordon's Knoll", not "took Manco's young son prisoner")
                 # people carried somewhere ("took the survivors to the museum", "took the wounded on board",
                 # "took some 3,000 people out of the enclave") were not captured
                 r"(?!(?:the |some |about |all |its |their )?(?:\d[\d,]* )?(?:survivors|wounded|people|crewmen|crew|"
                 r"civilians|refugees|families|dead|bodies|children|women)\b)(?:an?|the|\d+|\w+(?:-\w+)*|\w+['’]s(?= (?-i:[A-Z])))[ ,]",
                 # a flag raised over a place taken: "raised the Russian flag over the centre of Grozny"
                 r"\braised (?:the |their |its |a )?(?:[\w-]+ )?flag (?:over|on|above)\b")),  # "took off for Aden": an aircraft flying
    # a besieged garrison's sortie strikes back
    ("counterattack", (r"\bcounter[- ]?attacked\b", r"\b(?:led|made|launched) an? (?:[\w-]+ ){0,2}?sortie\b")),
    # "entered Jalalabad without a fight": taken unopposed.
    ("capture", (r"\bentered (?:\w+ ){1,3}(?:without (?:a fight|resistance|a shot)|unopposed)\b",
                 # "entered the empty pā", "entered Afmadow, which al-Shabaab had abandoned"
                 r"\bentered (?:the )?(?:empty|abandoned|deserted) \w+",
                 r"\bentered (?:[\w-]+ ){1,3}?(?:[\w-]+), which (?:[\w-]+ ){1,4}?(?:had )?(?:abandoned|evacuated|left)\b",
                 # a place lost is a place taken ("The Taliban lost Kabul on 13 November"; not a man nor a ship lost)
                 r"(?<!had )\blost (?:control of )?(?:the (?:town|city|village|port|capital|island|fort|fortress) of )?"
                 r"(?!(?:Colonel|Captain|General|Major|Lieutenant|Sergeant|Private|Admiral|Commander|HMS|USS|Lt|Col|Gen|Maj|"
                 r"Capt|Mr|Sir|King|Prince)\b)(?-i:[A-Z])[\w'’-]+(?![\w'’-]| (?-i:[A-Z]))")),
    # "entered the town", "entered Goma": a force in the place is holding it, unless the sentence
    # tells of a fight (CONTESTED turns it back into an attack); "entered the war/fighting" is no
    # place and stays a weak attack cue.
    ("entry", (r"\bentered (?!(?:the |a |an )?(?:war|fighting|fray|conflict|battle|talks|negotiations|service|"
               r"agreement|ceasefire|truce)\b)(?:the (?:(?:\w+ )?(?:town|city|village|capital|port|base|"
               r"airport|district|province|region|valley|camp|stronghold|compound)s?\b|"
               r"(?-i:[A-Z]))|(?-i:[A-Z]))",)),
    # warships bombarding a port or a coast fire their guns at it
    ("shelling", (r"\b(?:cruisers?|battleships?|warships?|destroyers?|monitors?|gunboats?|frigates?) (?:[\w-]+ ){0,4}?"
                  r"bombard(?:ed)?\b",
                  # "the French guns opened a bombardment of the Medellín"
                  r"\b(?:guns|artillery|batteries|howitzers|mortars|cannon) (?:[\w-]+ ){0,3}?(?:opened|began|started|laid) "
                  r"(?:an? |the |their )?(?:[\w-]+ )?(?:bombardment|barrage|cannonade|fire)\b")),
    ("airstrike", (r"\bbombs (?:fell|landed|hit|struck)\b",
                   r"\b(?:bombers?|(?-i:B-\d+s?)) (?:[\w-]+ ){0,6}?attack(?:ed)?\b",
                   rf"\b{AIRCRAFT_TYPES} (?:raids?|attacks?|strikes?|sorties)\b",  # "flew repeated Stuka raids against the position"
                   r"\ba bomb (?:brought down|destroyed|collapsed|hit|struck)\b",  # "a bomb brought down the entrance of a cave"
                   r"\blaunched (?:an? |his |her |its |their |the )?(?:[\w-]+ ){0,2}?(?:air )?strikes? (?:on|against)\b")),
    ("shelling", (r"\bshell(?:ed|ing)\b",
                  # "Koxinga's batteries fired about 2,500 cannonballs at the redoubt"
                  r"\bfired (?:about |some |more than |over )?(?:[\d,]+ )?(?:cannonballs?|shells|round shot|salvoes|salvos)\b", r"\bbatter(?:y|ies) (?:[\w-]+ ){0,2}?opened (?:fire )?(?:up)?on\b", r"\bbatter(?:y|ies) (?:[\w-]+ ){0,2}?opened a breach\b",  # "The first battery opened upon the Moree bastion"
                  # "the IDF bombarded West Beirut", "the fleet bombarded Russian ports" (not from the air: "bombers bombarded")
                  r"(?<!aircraft )(?<!planes )(?<!bombers )\b(?:bombarded|bombarding)\b(?! (?:\w+ ){0,4}?from the air\b(?! and| or))"
                  r"(?!\s*[,;.])",  # not a garrison "cut off and bombarded, surrendered"
                  r"(?<!subedar of )(?<!officer of )(?<!general of )(?<!colonel of )(?<!commander of )(?<!inspector of )(?<!had no )(?<!without )\bartillery\b"
                  r"(?! (?:officer|officers|soubahdar|subedar|commander|general|colonel|major|captain|lieutenant|sergeant)\b)", r"\bmortars?\b", r"\bmortared\b",
                  r"\brockets?\b(?!-propelled| batter(?:y|ies)\b)", r"\bGrad\b",  # not a rocket battery arriving
                  # "shells fired by the UPDF from the right bank struck the cathedral", "shells … fell around the palace"
                  r"\bshells (?:[^.;]{0,80}? )?(?:hit|struck|set fire|landed|fell|killed|destroyed|exploded)\b",
                  r"\bshells (?:fired|launched|lobbed)\b", r"\bmissiles? (?:\w+ )?(?:hit|struck|fired)\b",
                  r"\bfired (?:\w+ ){0,2}(?:missiles?|shells|mortars?)\b",
                  r"\b(?:a|an|one) (?:[\w-]+ )?shell (?:burst|exploded|landed|fell)\b")),  # "when a shell burst in his room"
    # Troops brought "to reinforce the assault", "to relieve the 58th Division": the assault and
    # the division are what they joined, not what happened.
    ("reinforcement", (r"\bto (?:reinforce|relieve|bolster)\b",
                       r"\breached the (?:battlefield|front(?: line)?|beachhead|bridgehead)\b",  # not "the perimeter of a village"
                       # "Bakht Khan reached Delhi with the rebel brigade from Bareilly"; "the siege train … reached the ridge"
                       r"\breached (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)* with (?:the |a |an |his |her |their )?(?:[\w-]+ ){0,3}?"
                       r"(?:brigade|column|army|troops|regiment|contingent|force|forces|men|reinforcements)\b",
                       r"\bsiege[- ]train\b[^.;]{0,60}?\b(?:arrived|reached)\b",
                       # "was joined at Alipore … by Brigadier Wilson's column", "marched in under Bukht Khan",
                       # "came in with the movable column"
                       r"\b(?:was|were) joined [^.;]{0,80}?\bby (?:[\w,'’.-]+ ){0,5}?(?:column|brigade|troops|regiment|army|"
                       r"reinforcements|contingent|force|division|battalion|cruisers?|destroyers?|ships|squadron)\b",
                       # "joined the operation on 6 April"; a unit that "followed on 9 May"; troops flown in
                       r"\bjoined the (?:operation|offensive|battle|defenders|garrison|siege)\b",
                       r"\b(?:brigades?|battalions?|divisions?|regiments?|contingents?|companies|troops|reinforcements)\b"
                       r"[^.;]{0,60}?\bfollowed(?= (?:on|in|by|the next|the following|two|three|a day|\d)|\s*[.,;]|$)",
                       r"\b(?:flew|flown|flying) (?:[\w,-]+ ){0,3}?(?:soldiers|troops|men|paratroopers|reinforcements|marines)\b"
                       r"(?= (?:in|into|to)\b)",
                       r"\b(?:battalion|brigade|troops|forces|paratroopers|marines|company)\b[^.;]{0,40}?\bflew (?:in|into)\b",
                       r"\bmarched in (?:under|with|from)\b", r"\bcame in with (?:the |a |his )?(?:[\w-]+ ){0,2}?"
                       r"(?:column|brigade|troops|regiment|army|reinforcements|contingent|force)\b",
                       r"\b(?:armies|forces|columns|divisions|corps) (?:[\w-]+ )?joined (?:up )?(?:at|near|with)\b",
                       # a relief column as the one acting ("At about 23:30, a relief column … set out"), not
                       # one pushed back
                       r"(?:^|,\s*)(?:[\w-]+ ){0,3}?(?:a|the) relief (?:column|force|convoy)\b",
                       # "Giáp ordered four divisions towards the valley", whatever they hauled there
                       r"\bordered (?:[\w-]+ ){0,3}?(?:divisions?|brigades?|battalions?|regiments?|troops|reinforcements) "
                       r"(?:towards|into|to the front)\b")),
    ("withdrawal", (r"\bwithdr[eaw]w\w*", r"\bwithdrawn\b",
                    # "By evening the Imagawa army was in flight", "the Kongo troops fled, and …"
                    r"\b(?:was|were) in (?:full )?flight\b",
                    r"\b(?:troops|army|forces|soldiers|garrison|defenders|survivors|men|warriors|rebels|fighters)\b"
                    r"(?: [\w-]+){0,2} fled\b(?=[,.;]| and\b| in\b| to(?:wards?)?\b| across\b| into\b)",
                    # not "bombed the retreating columns": the participle names who was hit
                    r"\bretreat(?!ing\b)\w*", r"\b(?<!the )(?<!its )(?<!their )(?<!his )retreating\b", r"\bpull(?:ed|ing) (?:back|out)\b",
                    r"\bpull(?:ed)? (?:their|its|his|the) (?:[\w-]+ ){0,2}?(?:back|out) (?:from|of)\b",  # "pulled their fighters back from"
                    r"\blifted the siege\b",  # the besieger gives up: "Mustafa lifted the siege on 8 September"
                    r"\b(?:began|started|had) to pull (?:back|out)\b",
                    r"\bf[ae]ll(?:ing|en)? back\b", r"\b(?:lifted|flown|airlifted) out\b", r"\bsailed (?:away|off|home)\b",
                    # "lifted the troop out of Keating"; "the Afghan soldiers on the east side broke and ran"
                    r"\b(?:lifted|flew|airlifted) (?:the |its |their )?(?:[\w-]+ ){0,2}?out of\b", r"\bbroke and (?:ran|fled)\b",
                    r"\b(?:garrison|troops|forces|units|post|base|defenders)s? (?:was|were) evacuated\b",
                    # "The evacuation of the women, children and wounded began on 19 November"
                    r"\b(?-i:The) evacuation (?:of|from) (?:[\w,'’-]+ ){0,6}?(?:began|took place|started|was completed)\b",
                    r"\b(?:base|post|position|camp|fort|garrison|airfield|outpost)s? (?:was|were) (?:finally |then |later )?abandoned\b",
                    r"\babandoned (?:the|their|its) (?:[\w-]+ )?(?:redoubt|fort|position|positions|post|base|trenches|garrison|"
                    r"airfield|camp|outpost|lines?|bridgehead|stronghold)\b",
                    r"\bevacuation (?:from|of) (?-i:[A-Z])",
                    r"\b(?<!residents )(?<!civilians )(?<!people )fled (?:north|south|east|west|north-?east|north-?west|"
                    r"south-?east|south-?west|towards?|back)\b",
                    r"\b(?:troops|forces|units|soldiers|garrison|guerrillas|rebels|fighters|militants|insurgents|gunmen)\b"
                    r"[^.;]{0,30}?\bleft (?:the )?(?-i:[A-Z])" + _NOT_BOUND_FOR,
                    r"\bleft the (?:area|city|town|region|village|valley|district|hotel|building|compound|embassy|base|"
                    r"camp|plateau|island|pocket|perimeter|ridge)(?=\s*(?:[,.;]|$|(?:on|by|after|before|for|at|towards?|under|the|along|through|via)\b))",
                    # "By early August, the UN forces had been pushed back behind the Naktong": where they had gone
                    r"\b(?:had|have) been (?:pushed|driven|forced|beaten) back\b",
                    r"\bbroke off (?:the )?(?:action|engagement|attack|battle|fight)\b", r"\bre-?embark\w*",
                    r"\bturned (?:away|back)\b(?! (?:the|an?|their|its|his)\b)", r"\b(?:flew|sailed) back to\b",
                    r"\bevacuated (?:their|its) (?:positions|forces|troops)\b",
                    r"\babandoned (?:their|its|the) (?:posts|positions|bases?|defences|defenses|lines)\b",
                    r"\babandoned (?:the (?:town|city|village|fort|fortress|island|base|port) of )?(?-i:[A-Z])",  # "abandoned Snake Island"
                    r"(?<!civilians )(?<!residents )(?<!inhabitants )(?<!people )\babandoned the (?:town|city|village|port|capital|stronghold)\b",
                    r"\babandoned by (?:its|their|the) (?:[\w-]+ )?(?:defenders|garrison|troops|crew)\b",
                    r"\b(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,3} (?:was|were) abandoned by\b",  # "Faya-Largeau was abandoned by the Libyans"
                    r"\bcrossed back\b",
                    # a garrison breaking out to safety (not fighting breaking out)
                    r"(?<!fighting )(?<!clashes )(?<!war )(?<!violence )(?<!hostilities )\bbr(?:oke|eak|eaking) out "
                    r"(?:to|towards)\b")),  # "broke out of the pocket" in an offensive is an attack
    # A unit taking over another's ground: "the brigade was relieved by elements of the 1st Cavalry
    # Division", "reached Government House, relieving the SEALs" (not "relieved of his command").
    ("reinforcement", (r"\b(?:was|were) relieved by\b", r", relieving (?:the|its|their)\b",
                       r"\brelieved (?:the|its|their) (?:[\w-]+ ){0,4}?(?:garrison|marines|troops|defenders|battalion|brigade|"
                       r"regiment|division|company|paratroopers|forces|men|rifles|guards|units|soldiers)\b")),
    # Pictures made public: "NATO released satellite images showing Russian artillery", "Videos released
    # by the CSP-DPA showed several captured soldiers": what they show is not the day's act.
    ("statement", (r"\breleased (?:an? |the )?(?:[\w-]+ ){0,2}?(?:images|photos|photographs|videos?|footage)\b",
                   r"\bcomplained to\b",  # "Pakistan complained to the United Nations that …"
                   # "an assembly at Chuquisaca declared the independence of Upper Peru", "Spain recognised the independence"
                   r"\b(?:declared|proclaimed|recogni[sz]ed) (?:the |its |their )?(?:[\w-]+ )?independence\b",
                   # "the newspaper Krasnaya Zvezda reported the successful completion of the operation"
                   r"\b(?:newspaper|radio|television|news agency) (?:[\w-]+ ){0,3}?reported the\b",
                   r"\bsent (?:an? |the )?(?:[\w-]+ )?(?:telegram|cable|letter|note|message|protest)\b",
                   # an envoy "under a flag of truce" asking or demanding surrender: a parley, no capture
                   r"\bunder a (?:white )?flag(?: of truce)?\b(?=[^.;]{0,80}?\b(?:surrender|ultimatum|terms)\b)",
                   r"\b(?:images|photos|photographs|videos?|footage) released by\b",
                   # a message sent is what its day tells of, whatever it reports: "Wood cabled Manila that the
                   # position had been taken", "telegraphed to Asunción: 'Two enemy divisions have surrendered'"
                   r"\b(?:telegraphed|cabled|radioed)\b",
                   r"\bsignall?ed (?:to )?(?-i:[A-Z])", r"\bsignall?ed (?:the |his |her |its |their )?(?:division|headquarters|command)\b",
                   r"\bsent (?:out )?(?:[\w-]+ ){0,2}?(?:messengers|word|orders|envoys?|emissar(?:y|ies))\b",
                   r"\bappealed (?:to|for|in)\b", r"\bvetoed\b",
                   # a vote is what the assembly said: "the French parliament voted to annex Madagascar", "the Senate
                   # voted to cut off funding" (the gold types 8 votes of 10 so)
                   r"\bvoted\b",
                   # a finding, an argument, a book, whatever act it tells of: "an investigation concluded that a
                   # torpedo had sunk the ship", "the historian argued that …", "Breytenbach published his own
                   # account" (the gold types 15 of 18 so)
                   # (what historians "later concluded" of the day's act is no act of that day)
                   r"(?<!later )\b(?:found|concluded|determined) (?:[\w,'’ -]{0,40}? )?that\b"
                   r"(?! (?:evening|morning|afternoon|night|day|week|month|year|same)\b)",
                   r"\bargued\b",
                   r"\bpublished (?:his|her|their|its|a|an) (?:[\w-]+ ){0,2}?(?:account|book|memoirs?|history|thesis|study|"
                   r"article|findings|version|diary|letters)\b")),
    # Supplies dropped from the air, a council of war, an alliance concluded: acts of the story that
    # strike no one, whatever fighting words follow ("dropped food over the fort, although much of it
    # fell in Paraguayan positions"; "a council of war … voted against an immediate advance").
    ("other", (r"\b(?:dropped|parachuted|air-?dropped|flew in) (?:[\w,-]+ ){0,4}?(?:food|supplies|ammunition|"
               r"medicines?|medical supplies|rations|water)\b",
               r"\bresupplied by air\b", r"\bcouncil of war\b",
               # what came after, remembered: "marked the bicentenary of the battle", "a monument was inaugurated"
               r"\bmarked (?:the|its) (?:[\w-]+ )?(?:anniversary|centenary|bicentenary|tercentenary|quincentenary)\b",
               r"\b(?:inaugurated|unveiled|dedicated) (?:a|the) (?:[\w-]+ )?(?:monument|memorial|statue|plaque|museum)\b",
               r"\b(?:monument|memorial|statue|plaque|museum)\b[^.;]{0,60}?\b(?:was|were) (?:inaugurated|unveiled|dedicated|"
               r"erected|raised)\b",
               r"\b(?:was|were) designated (?:a|as a) (?:[\w-]+ ){0,2}?(?:historic|heritage|memorial) (?:site|monument)\b",
               r"\b(?:concluded|signed|formed) (?:an?|the) (?:[\w-]+ )?alliance\b")),
)
WEAK_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # a relief force put ashore joins its side ("The Gran Soccorso, a relief army of about 8,000 men …,
    # landed at Mellieħa Bay"): ranked before the landing that is an attack
    ("reinforcement", (r"\b(?:relief|reinforcements?)\b[^.;]{0,100}?\b(?:landed|came ashore|went ashore)\b",
                       r"\b(?:landed|came ashore) (?:[\w'’-]+ ){0,8}?to (?:join|reinforce|relieve)\b")),
    ("counterattack", (r"\bcounter[- ]?attacks?\b", r"\bcounter[- ]?offensives?\b", r"\bcounter-?strikes?\b",
                       r"\ba sortie (?:by|of|from) (?:the |its |their )?(?:garrison|defenders|besieged)\b")),
    ("attack", (r"\b(?<!counter-)(?<!counter)(?<!heart )attack(?:ed|s|ing)?\b",
                # "led 240 musketeers against the Chinese lines"; "crushed a revolt led by his brother"
                r"\bled (?:[\w,-]+ ){0,5}?against (?:the |an? |their |its )\b",
                r"\bcrushed (?:a|the|an) (?:[\w-]+ ){0,2}?(?:revolt|rising|rebellion|uprising|mutiny|insurrection)\b",
                # a charge: "the Yeomanry charged an Ottoman rearguard at Huj" (not "was charged with")
                r"(?<!was )(?<!were )(?<!been )\bcharged (?:the|an?|into|at|straight at|again)\b(?! (?:with|for)\b)",
                # "The first rocket-propelled grenade hit the camp at 5:58 a.m.": the fight's opening shot
                r"\b(?:grenades?|RPGs?) (?:[\w-]+ ){0,2}?(?:hit|struck|slammed into|exploded (?:in|on|inside))\b",
                r"\bshot and (?:gravely |seriously |critically |badly )?wounded\b",  # gunmen "shot and gravely wounded" the ambassador
                r"\bcrossed (?:the )?(?:[\w-]+ )?(?:canal|river|border|frontier|strait)\b", r"\bcrossed into (?:(?:northern|southern|eastern|western|central|north-\w+|south-\w+) )?(?-i:[A-Z])",
                # a crossing in force: "crossed in small boats", "crossed the Jordan at the Allenby Bridge",
                # "crossed its start line"; raids and campaigns opened, a charge
                r"\bcrossed (?:in|by) (?:[\w-]+ )?(?:boats|canoes|rafts|barges|landing craft)\b",
                r"\bcrossed the (?-i:[A-Z])[\w'’-]+ at\b", r"\bcrossed (?:its|their|the) start line\b",
                r"\bbegan (?:[\w-]+ )?raids\b", r"\bopened (?:a|an|the|its|their) (?:[\w-]+ )?campaign against\b",
                r"\bcharged (?:across|up|into|down)\b",
                # a move against the other side: "marched against the kingdom of Chach", "sent several thousand
                # irregulars into Kashmir", "led the Midland Battalion forward", "checked Middleton's column",
                # "scattered the Lê outposts", "charged both wings"
                r"\bmarched (?:[\w-]+ ){0,2}?against\b",
                r"\bsent (?:[\w,-]+ ){0,4}?(?:troops|irregulars|soldiers|forces|men|army|fighters|columns|infiltrators) into\b",
                r"\bled (?:[\w'’-]+ ){1,6}?forward\b", r"\bchecked (?:[\w'’-]+ ){0,3}?(?:column|advance|army|force)s?\b",
                r"\bscattered (?:the|an?|their|its|his) ", r"(?<!was )(?<!were )\bcharged (?:both|all|every|his|their|its)\b",
                # a town sacked, razed or plundered (not a general "sacked" from his post)
                r"(?<!was )(?<!were )(?<!been )\b(?:sacked|pillaged|razed|plundered) (?:the |an? |its |their |(?-i:[A-Z]))",
                # a battle's moves told without a place's name: "the mercenaries charged and drove back the
                # centre", "broke into the square", "beat off thirteen charges", "the infantry went in from
                # every side", "turned their troops against Rama Raya", "led the last of the samurai down the slope"
                r"(?<!was )(?<!were )(?<!been )\bcharged(?: and|,)(?! (?:convicted|sentenced|tried|jailed)\b)",
                r"\b(?:drove|driven|drive|driving) (?:[\w-]+ ){0,3}?back\b", r"\bbroken into\b",
                r"\bbeat (?:off|back) (?:[\w-]+ ){0,2}?(?:charges|attacks|assaults|attempts)\b",
                r"\b(?:infantry|troops|men|marines|soldiers|companies|battalions) (?:[\w-]+ ){0,2}?went in\b",
                r"\bturned (?:their|his|its) (?:[\w-]+ )?(?:troops|forces|men|guns|cannon|artillery) (?:on|against)\b",
                r"\bled (?:his|their|the|its) (?:[\w-]+ ){0,5}?(?:men|troops|samurai|warriors|soldiers|cavalry|infantry|force)"
                r"(?:, [^,;]{1,40},)? (?:[\w-]+ ){0,3}?(?:down|up|across|towards|toward|into|against)\b",
                r"\b(?:dropped|parachuted) (?:on|onto) (?:the )?(?-i:[A-Z])",
                r"\bdestroyed (?:\d[\d,]*|an?|the|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                r"dozens|many|most|some|all|its|their|them)\b",  # "destroyed eleven MiG fighters", "destroyed them on Buariki"
                r"\b(?:was|were|had been|have been) (?:hit|struck) (?:[\w-]+ ){0,4}?by\b",
                r"\bscored (?:[\w-]+ ){0,3}?hits\b",  # "closed the range and scored some twenty hits on Graf Spee"
                r"\bfired (?:[\w'’-]+ ){0,3}?(?:at|on|into|upon)\b", r"\bfired the (?:first|opening) (?:shots?|salvos?|rounds?)\b",
                r"\b(?:came|was|were|remained) under (?:heavy |intense |sustained |constant )?(?:fire|attack)\b",
                r"\bunder fire from\b", r"\bassault(?:ed|s)?\b", r"\blaunch\w*",
                r"\bstormed\b", r"\b(?:began|started) (?:storming|clearing|assaulting)\b", r"\boverwhelmed\b", r"\bset fire to\b", r"\bentered\b", r"\bbr(?:oke|eak|eaking) through\b", r"\bpushed (?:\w+ )?back\b",
                r"\brepel(?:led|s)?\b", r"\b(?:made|launched) (?:an?|\w+) (?:\w+ )?attempts? to\b", r"\bbroke into\b",
                r"\bcomplet(?:ed|ing) the (?:encirclement|siege|investment)\b", r"\b(?:encirclement|investment) (?:[\w-]+ ){0,3}?was completed\b",
                r"\b(?:was|were) invested\b",  # a fort or town put under siege
                r"\b(?:paratroopers|troops|soldiers|commandos?|battalions?|brigades?|divisions?|regiments?) (?:[\w-]+ ){0,5}?"
                r"(?:jumped|parachuted|dropped) (?:onto|into|on|over)\b",
                r"\bjumped from (?:[\w-]+ ){1,6}?onto\b", r"\b(?:was|were) dropped (?:at|on|onto|near)\b",  # troops put down
                r"\b(?:was|were) shot (?:and (?:wounded|injured) )?by\b", r"\brepuls(?:ed|e)\b", r"\brouted\b", r"\bencircl(?:ed|e)\b",
                r"\bsurrounded\b", r"\binfiltrat(?:ed|e)\b", r"\bbombard(?:ed|ment)\b", r"\bpounded\b",
                r"\b(?:fighting|clashes|hostilities|battle|war|insurgency|uprising|rebellion) (?:\w+ ){0,8}?"
                r"(?:broke out|erupted|flared)\b",
                r"\bfighting between (?:[\w'’-]+ ){1,6}?(?:began|started|resumed)\b",  # "a second round of fighting between …"
                r"\b(?:battle|siege|standoff|fighting|campaign|offensive|operation|assault|attack|landings?|insurgency|uprising|blockade|war|rebellion|conflict)"
                r"(?: (?:of|for|on|against) (?:the )?[\w'’-]+(?: [A-Z][\w'’-]+)*)?(?:,? (?:which|that))? (?:began|started|commenced|opened)\b",
                r"^(?:It|The (?:operation|offensive|invasion|battle|assault|campaign|war|siege|conflict)) began\b", r"\bopened fire\b", r"\badvanc(?:ed|e)\b(?! (?:of|by)\b)", r"\bclash(?:ed|es)?\b",
                r"\bfighting (?:for|around|in|near|at|took)\b", r"\binvad(?:ed|e)\b", r"\binvasion\b", r"\bfought\b", r"\bengaged\b",
                r"\bcut (?:the|off)\b(?! (?:the )?(?:supply|supplies|water|electricity|power|food|telephone|telex|"
                r"communications?|links?|relations|aid)\b)", r"\bbesieg(?!ers?\b)\w+", r"\bset fire to\b", r"\bset (?:[\w-]+ ){1,3}?on fire\b", r"\brose (?:up )?(?:in revolt )?against\b", r"\bfell upon\b", r"\bpursued (?:the )?(?:[\w-]+ )?(?:fugitives|enemy|survivors|defenders|remnants|retreating)\b",
                r"\b(?:storming|assaulting|attacking) (?:columns?|parties|party|troops|force) (?:\w+ )?moved forward\b",
                r"\bdestroyed (?:at [A-Z][\w'’-]+ )?an? (?:[\w-]+ ){0,2}?(?:force|column|body|detachment|army)\b",
                r"\bcut down (?:a number of|several|many|some|the|\d[\d,]*)\b", r"\braid(?:ed)?\b", r"\bpush(?:ed)? (?:into|towards)\b",
                # troops put ashore or down on the other side's ground; aircraft that land are no attack
                r"\b(?:troops|forces|units|marines|corps|division|brigade|battalion|regiment|commandos?|paratroopers|"
                r"gliders|infantry)(?:,[^,;.]{1,60},)? (?:[\w-]+ ){0,5}?(?:landed|were landed|was landed|came ashore|began landing)\b",
                r"\b(?:came|went|got) ashore\b",
                # a force named by its people or its kind put ashore ("the Japanese landed on the north-east of the
                # island", "the Foreign Legion landed at Bjerkvik", "the 18th Division began to come ashore")
                r"\b(?:(?-i:the [A-Z][a-z]+)|force|legion|army|men|soldiers|fighters|guerrillas|rebels) "
                r"(?:[\w-]+ ){0,3}?(?:landed|began to land)\b(?! (?:safely|back|in (?:Israel|Paris|London)))",
                r"\bbegan to (?:land|come ashore|go ashore)\b",
                # a siege begun, works dug towards the walls, defences pierced, a way forced, a force thrown back
                r"\blaid siege to\b", r"\bopened the (?:first|second|third) parallel\b",
                r"\bbegan (?:to dig|digging) (?:[\w-]+ ){0,3}?(?:trenches|parallels?|saps?|mines?|galleries|gallery)\b",
                r"\bpenetrated (?:the |their |its )?(?:[\w-]+ ){0,3}?(?:defences|defenses|lines?|positions|perimeter)\b",
                r"\b(?:force|forced|forcing) (?:its|their|his|her) way\b", r"\bran past the (?:batteries|forts?|guns)\b",
                r"\bdrove (?:[\w-]+ ){1,5}?back\b", r"\b(?:shooting|gunfire|firing) broke out\b",
                r"\btrapp(?:ed|ing) (?:[\w,-]+ ){0,8}?in (?:a|the) pocket\b",
                r"\b(?:was|were) (?:\w+ )?destroyed by\b", r"\bdrove (?:[\w-]+ ){0,4}?out of\b",
                # reaching the other side's ground is the attack ("reached the outskirts of the town"); a
                # force reaching its own side is a reinforcement (below)
                r"\breached\b[^.;]{0,60}?\b(?:outskirts|edge|perimeter|suburbs|centre|center|walls?|gates?|"
                r"approaches|defences|defenses|positions|trenches)\b", r"\bsuppressed\b", r"\bdefeated\b", r"\bshoot-?outs?\b", r"\bfirefights?\b",
                r"\bskirmish(?:es|ed)?\b", r"\bgunfights?\b",
                # "set it alight", "opened its Fourth Phase Offensive", "overpowered the post", "landed some 400
                # men on the beaches", "the first attempt … was beaten off"
                r"\bset (?:it|them|the [\w-]+(?: [\w-]+)?) alight\b", r"\bopened (?:its|their|the|an?) (?:[\w-]+ ){0,3}?offensive\b",
                r"\boverpowered\b", r"\blanded (?:some |about |around |nearly )?\d[\d,]* (?:men|troops|soldiers|marines|commandos)\b",
                r"\b(?:was|were) beaten off\b", r"\bforced (?:the )?(?:[\w-]+ ){0,2}?crossings?\b",
                # a force driven back was attacking: its repulse is the outcome (the gold records type 32 such
                # sentences an attack, none a withdrawal)
                r"\b(?:was|were) (?:\w+ )?(?:pushed|driven|forced|beaten|thrown) back\b",
                r"\bran into (?:an? |the )?(?:[\w-]+ ){0,3}?(?:force|column|patrol|unit|battalion|company|ambush|resistance)\b", r"\bhand-to-hand (?:fighting|combat)\b", r"\bclosed (?:in on|around)\b",
                # a lead: "The Battle of Isandlwana on 22 January 1879 was the first major encounter in …"
                r"^(?:The|An?) [^.;]{0,120}? (?:was|were) (?:an?|the) (?:[\w-]+ ){0,3}?(?:encounter|engagement)s?\b",
                r"\bescalated into (?:[\w-]+ )?(?:fighting|clashes|battle|war|violence)\b",
                r"\bfighting (?:spread|resumed|intensified|flared)\b", r"\b(?:began|launched|started) (?:its|their|the|a) breakout\b", r"\bbeg[ai]n (?:to )?advanc\w+",
                r"\b(?-i:Operation [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:began|started|commenced|opened|was launched)\b", r"\bcrushed (?:an?|the) (?:[\w-]+ )?(?:uprising|revolt|rebellion)\b",
                r"\bkilled in (?:a|an|the) (?:[\w-]+ )?(?:battle|clash|firefight|engagement|assault|attack|raid)\b",
                r"\bbeg[ai]n (?:the|an|their|its|a) (?:\w+ )?(?:operation|offensive|assault|attack|campaign|"
                r"insurgency|uprising|war)\b",
                r"\b(?:offensive|operation|assault) (?:began|started|was launched)\b",
                # "Operation Barras was a British Army operation that took place … on 10 September"
                r"\b(?:operation|offensive|battle|assault|raid|attack) (?:[\w-]+ ){0,8}?"
                r"(?:took place|was fought|was carried out|was conducted)\b")),
    # "By the afternoon the fortress was in Russian hands" (weak: "The attack began on 7 October, and by the
    # ceasefire the town was in Azerbaijani hands" is the attack)
    ("capture", (r"\b(?:was|were|fell) (?:now |firmly |entirely |completely )?in (?:[\w-]+ ){1,2}hands\b",)),
    ("reinforcement", (r"\breinforc\w+", r"\bredeploy\w*", r"\bdeployed\b", r"\breached\b", r"\b(?:began|started) to deploy\b",
                       r"\b(?:troops|paratroopers|soldiers|forces|reinforcements|units|battalions?|brigades?|regiments?|companies|"
                       r"columns?|contingents?|advis[eo]rs|commandos|specialists|corps) (?:[\w,.'’-]+ ){0,8}?arrived\b",  # "the Movable Column of Brigadier General John Nicholson arrived"
                       r"\b(?:was|were) (?:flown|airlifted|ferried|rushed|brought) in\b",  # "the 2nd Battalion was flown in"
                       r"\barrived (?:[\w-]+ ){0,4}?to (?:join|reinforce|support|relieve)\b",
                       r"\b(?:marched|moved|set|rode) out (?:[\w-]+ ){0,6}?to (?:support|reinforce|join|relieve)\b",
                       r"\b(?:sailed|flew|steamed)\s+(?:[\w-]+\s+){0,4}?to join\b",  # (a date in between is blanked)
                       r"\barrived (?:[\w'’,-]+\s+){0,8}?with (?:[\w,-]+ ){0,5}?(?:army|companies|troops|reinforcements|battalions|"
                       r"units|forces|men|column|brigade|regiment|contingent|squadron|fleet|cavalrymen|horsemen)\b",  # "arrived from Bareilly with some 3,000 men"
                       r"\bbrought in (?:[\w-]+ ){0,4}?(?:battalion|brigade|company|troops|reinforcements|forces|units)\b",
                       r"\bsent (?:an? |the )?(?:[\w-]+ )?(?:relief column|column|convoy)\b",
                       r"\bassembled (?:[\w-]+ ){0,3}?(?:brigades|divisions|battalions|regiments|troops|forces)\b",
                       r"\b(?:divisions?|brigades?|battalions?|regiments?|troops|forces|units|marines|columns?) "
                       r"(?:[\w-]+ ){0,2}?moved (?:up |onto |into |to |towards )", r"\bmass(?:ed|ing) (?:\w+ ){0,2}(?:troops|forces|soldiers|fighters|tanks|units|armou?r)\b",
                       r"\bsent (?:\w+ ){0,3}(?:troops|reinforcements|soldiers|fighters)\b",
                       r"\bmoved (?:up )?(?:\w+ ){0,5}(?:battalions?|brigades?|regiments?|company|companies|divisions?|"
                       r"troops|forces|soldiers|fighters|volunteers|units|reserves?)\b",
                       # troops moved, not a named leader flown somewhere ("Betancourt was flown to Paris")
                       r"\b(?:troops|forces|soldiers|units|battalions?|brigades?|compan(?:y|ies)|regiments?|divisions?|"
                       r"reinforcements|paratroopers|marines|fighters|men|reserves|squadrons?|columns?|rifles|guards|"
                       r"corps|commandos?|rangers|legion|infantry|cavalry|artillery|militias?)\b[^.;]{0,40}?"
                       r"\b(?:was|were) (?:moved|brought|flown|airlifted|rushed|transferred|sent) (?:up |in |down )?"
                       r"(?:from|to|into)\b",
                       # more troops sent to a commander: "Tokyo sent three more divisions and a brigade to Matsui"
                       r"\bsent (?:[\w-]+ ){0,3}?(?:divisions?|brigades?|battalions?|regiments?)\b")),
    # Agreements end or pause the fighting: no attack, no statement ("signed a ceasefire agreement",
    # "declared a ceasefire": ranked before statements, whose verbs they may hold).
    ("other", (r"\bsigned (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:ceasefire|cease-fire|truce|armistice|peace|agreement|accord|"
               r"pact|treaty|protocol|memorandum)\b",
               r"\bpassed (?:a|an|the) (?:[\w-]+ ){0,2}?(?:law|bill|act)\b",
               # a truce declared or agreed, talks held, a coup: neither fighting nor a mere statement
               # ("declared a unilateral ceasefire" is said, one side's word: a statement; so is one announced,
               # the gold types 5 of 5 so)
               r"\b(?:declared|agreed to|agreed on|agreed|reached) (?:a |an |the )?(?:(?!unilateral\b)[\w-]+ ){0,2}?"
               r"(?:ceasefire|cease-fire|truce|armistice)\b",
               r"\btalks (?:[\w-]+ ){0,8}?(?:were|was) held\b", r"\bseized power\b", r"\bcoup\b",
               r"\b(?:negotiations|talks) (?:[\w–-]+ ){0,10}?(?:began|opened|started|resumed)\b",
               r"\bdecision (?:[\w-]+ ){0,6}?was (?:taken|made)\b", r"\bsuspended\b", r"\bresigned\b", r"\belected\b",
               r"\bhumanitarian (?:pause|corridor|truce)\b",
               # a crew sinking its own ship, a suicide, a parade: acts of the story that are not fighting
               r"\bscuttled\b", r"\b(?:shot|killed|hanged) (?:himself|herself)\b", r"\bcommitted suicide\b",
               r"\bvictory parade\b", r"\brelieved of (?:his|her|their) command\b",
               r"\b(?:ceasefire|cease-fire|truce|armistice|agreement) (?:[\w-]+ ){0,6}?(?:was|were) agreed\b",
               r"\bfreed (?:\w+ ){0,3}?(?:hostages|prisoners|captives|detainees)\b",
               r"\bapproved (?:the|a|an) (?:[\w-]+ ){0,2}?(?:operation|plan|offensive|mission|extension|deployment|law|"
               r"bill)\b", r"\brepatriated\b", r"\bdemolished\b",
               r"\b(?:conference|summit|talks) (?:[\w-]+\s+){0,2}?agreed\b",
               # people set free: a hostage or prisoner released, one on parole
               r"\b(?:hostages?|prisoners?|captives?|detainees?)\b[^.;]{0,60}?\b(?:was|were) (?:freed|released)\b",
               r"\breleased on parole\b",
               r"\bto negotiate\b",
               r"\b(?:acquitted|convicted|sentenced|extradited)\b", r"\bcourt (?:[\w-]+ ){0,4}?ruled\b",
               r"\b(?:was|were) (?:posthumously )?awarded\b",
               r"\b(?:was|were) (?:formally |officially )?(?:founded|formed|established)\b",
               r"\b(?:accord|agreement|treaty|ceasefire|truce|armistice)s?,? signed\b",
               # people set free: "five of the hostages were released", "had been freed"
               r"\b(?:were|had been|have been) (?:freed|released|rescued)\b", r"\bwas (?:freed|rescued)\b",
               r"\b(?:took|came into|went into) (?:effect|force)\b",
               r"\bobserved (?:an? |the )?(?:[\w-]+ ){0,2}(?:ceasefire|cease-fire|truce)\b",
               r"\b(?:ceasefire|cease-fire|truce|armistice|agreement|accord|plan) (?:[\w-]+ ){0,8}?(?:was|were) signed\b",
               r"\bagreed to (?:withdraw|pull|stop|end|cease|a ceasefire|a truce|terms|an? (?:[\w-]+ )?(?:agreement|deal))\b")),
    ("statement", (r"\bwrote (?:that|to)\b",
                   r"\bwrote (?:an? |his |her |their |its )[^.;]{0,60}?\b(?:essay|letter|article|report|memo(?:randum)?|"
                   r"dispatch|column|editorial|account|poem)\b", r"\bpublished (?:[\w-]+ ){0,2}?(?:figures|a list|a report|a video)\b",
                   r"\brecogni[sz]ed (?:[\w'’-]+ ){0,4}?government\b",
                   r"\b(?:issued|delivered|presented|sent) (?:[\w-]+ ){0,3}?an? (?:[\w-]+ )?(?:ultimatum|statement|warning|order|"
                   r"communiqu[eé]|appeal|demand|decree|fatwa|edict|proclamation)\b",
                   # "issued his directive for Operation Weserübung", "issued the Simla Manifesto"
                   r"\bissued (?:his|her|its|their|the) (?:[\w'’-]+ ){0,3}?(?:directive|order|manifesto|decree|ultimatum|"
                   r"statement|communiqu[eé]|proclamation|declaration|edict|fatwa|instructions)s?\b",

                   r"\bheld an? (?:[\w-]+ )?(?:news|press) conference\b", r"\bapologi[sz]ed?\b",
                   r"\b(?:broke off|severed) (?:[\w-]+ )?relations\b",
                   r"\bsent (?:[\w-]+ ){0,3}?(?:envoys?|emissar(?:y|ies)|an officer|a delegation|a messenger) "
                   r"(?:[\w'’-]+ ){0,6}?to (?:ask|offer|negotiate|propose|demand|seek)\b", r"\bquestioned (?:whether|if)\b", r"\bretracted\b",
                   r"\bgave (?:[\w-]+ ){1,4}?(?:\d+|twenty-four|forty-eight|seventy-two) hours to\b",
                   r"\binformed (?:[\w-]+ ){1,3}?that\b", r"\bsaid\b", r"\bstated\b", r"\bsays\b", r"\bcalled (?:on|for)\b", r"\bvow(?:ed|s)\b",
                   # (not a title given: "Ishaq, newly proclaimed askia, crushed a revolt")
                   r"\bpledged\b", r"(?<!newly )(?<!been )\bproclaimed\b", r"\bthreatened\b",
                   r"\breleased an? (?:\w+ )?(?:report|statement)\b", r"\bannounced\b", r"\bdeclared\b",
                   r"\bwarned\b", r"\bcondemned\b", r"\burged\b", r"\baccused\b", r"\btold\b",
                   r"\bdescribed\b", r"\brejected\b", r"\bdenounced\b", r"\bdismissed\b", r"\bcriticised\b",
                   r"\bcriticized\b", r"\bpraised\b", r"\bwelcomed\b", r"\backnowledged\b", r"\basked\b",
                   r"\bpublished an? (?:\w+ )?(?:report|statement|estimate)\b", r"\breported\s+(?:to [\w ]{1,30}?\s+)?(?:(?:on|in)\s+)?that\b",
                   r"\bsigned an? (?:[\w-]+ )?decree\b", r"\boffered\b", r"\bproposed\b",
                   r"\bclaimed\s+(?:(?:on|in)\s+)?(?:[\w,]+\s+){0,3}?that\b", r"\bestimated that\b", r"\bclaimed responsibility\b",
                   r"\bdemanded\b", r"\brefused (?:to|an?|the)\b",
                   r"\brepeated (?:his|her|their|its|the) (?:demands?|calls?|offers?|threats?)\b", r"\bauthori[sz]ed\b",
                   r"\b(?:admitted|announced|denied)\s+(?:on\s+)?that\b",
                   r"\badmitted (?:in (?:a|an|his|her|its|their) (?:[\w-]+ ){0,2}?(?:book|memoir|interview|letter|statement)) that\b",  # not "confirmed that": the seeds count the act
                   r"\bcalled (?:the|it|this|these) (?:[\w-]+ ){0,4}?[\"“]",
                   r"\breported\s+(?:[\d,]+|\w+)\s+(?:dead|killed|deaths|casualties|wounded)\b",
                   r"\bbroadcast (?:[\w'’-]+ ){0,3}?(?:demands|statement|message|appeal|speech)\b",
                   r"\bgave (?:[\w-]+ ){0,3}?(?:permission|approval|authori[sz]ation|the order|orders)\b",
                   # with no act named beside it: "confirmed their deaths", "confirmed in a video message that he
                   # had ordered …" (not "confirmed that": "SOHR confirmed that dozens of civilians had been
                   # killed" tells of the massacre; a confirmed capture stays the capture: act cues rank first)
                   r"\bleaflets (?:[\w-]+ ){0,2}?(?:dropped|distributed|scattered)\b", r"\bdropped (?:[\w-]+ )?leaflets\b",
                   r"\bconfirmed\b(?! on appeal\b)", r"\bpredicted\b",
                   r"\bdenied (?:the|this|these|that|it|any|all|its|their|reports?)\b",  # a dated denial is said that day
                   r"\bput (?:his|her|its|their) (?:own )?losses\b",
                   r"\bin a televised (?:address|speech|broadcast)\b",
                   r"\bvoted (?:[\w-]+ ){0,3}?to (?:condemn|denounce|deplore|demand|call for)\b",
                   # a decision told as the act of its day: "ordered the landing site moved", "Caetano approved it in
                   # person", "the Security Council adopted Resolution 290" (an order to withdraw is the withdrawal:
                   # its cue ranks first; one to raise the white flag is the surrender)
                   r"\bordered\b(?! (?:[\w-]+ ){0,2}?(?:white flag|surrender|capitulation))", r"\bapproved\b",
                   r"\badopted (?:a |the )?(?:[\w-]+ )?[Rr]esolution\b")),
    # An agreement with nothing said of it but that it was made ("Britain and Russia agreed to refer the
    # dispute to arbitration", "agreed at Yokohama to pay"): the gold types it other 37 times in 49; a saying
    # beside it (ranked before) makes the sentence a statement.
    ("other", (r"\bagreed\b",)),
)
# A past perfect cue is background only inside a subordinate or relative clause ("retreat from
# villages they had captured", "after the army had withdrawn"); as the main verb of its sentence
# ("Rebels had seized the town in September 1995, after the army withdrew") it is the event.
SUBORDINATORS = (r"\b(?:that|which|who|whom|whose|where|when|after|before|since|because|as|until|once|"
                 r"although|though|while|they|it|he|she|we)\b",)
# A cue right after "an offensive to", "in a bid to" names the operation's aim, not what happened
# ("began the offensive to retake Mosul" is an attack); "managed to recapture" stays a recapture.
PURPOSE_BEFORE = (r"\b(?:offensive|operation|campaign|attempt|bid|drive|push|effort|assault|plan|order|orders|decision)s?"
                  r" (?:\w+ )?to (?:\w+ ){0,2}$|\bto (?:take over|join|support|relieve|help(?: to)?) (?:the )?$"
                  # advice, not an act: "deserted to Koxinga and advised him to attack the Utrecht redoubt"
                  r"|\b(?:advised|urged|persuaded|encouraged|begged|pressed) (?:\w+ ){1,3}?to $"
                  # "an earlier attempt by government forces to retake the city", "an operation launched on
                  # 2 March by the government and allied militias to recapture the city"
                  r"|\b(?:attempt|bid|effort|offensive|operation|campaign|launched|mounted)\b(?:\s+(?!(?:but|which|who|after)\b)"
                  r"[\w’'–-]+,?){1,14}(?<!managed)(?<!able) to $")
# A cue right after a verb of trying or failing ("renewed its assaults but failed to retake it",
# "tried in vain to storm the base") tells of an attempt: the event is an attack, not the capture
# (or strike, or killing) it aimed at. "managed to recapture" is not among them: it succeeded.
ATTEMPT_BEFORE = (r"\b(?:fail(?:ed|s|ing)?|tr(?:ied|ies|ying)|attempt(?:ed|ing)|sought|seeking|unable|"
                  r"struggl(?:ed|ing))(?: \w+){0,2} to $")
# Appeals name an action they ask for, not one that happened: "called on the government to
# withdraw its troops" is a statement.
# Reactions name an action to judge it: "condemned the shelling of civilian areas", "denounced the
# American air raids", "authorised a force to help the government retake the north".
# "in what residents described as a massacre" is no reaction: it names the event.
APPEALS = (r"\bcondemned\b", r"\bdenounced\b", r"\bdeplored\b", r"\bdescribed (?!as\b)", r"\bwelcomed\b",
           r"\brejected (?:a|an|the) (?:\w+ ){0,3}(?:proposals?|offers?|plans?|calls?|demands?|initiatives?|talks)\b",
           r"\bdemanding\b", r"\bultimatum\b(?! (?:was|were|had|expired|ran|passed|lapsed)\b)", r"\bclaimed responsibility\b", r"\bthreatened (?:[\w-]+ ){0,4}?with\b",
           r"\bcalled (?:the|it|this|these) (?:[\w-]+ ){0,3}?[\"“]",
           r"\bcritici[sz]ed\b", r"\bpraised\b", r"\bauthori[sz]ed\b", r"\bprotested\b",
           r"\b(?:called|calling) (?:on|for|upon)\b", r"\burged\b", r"\bdemanded\b", r"\bappealed\b", r"\basked\b",
           r"\b(?:vowed|pledged|promised|threatened) to\b", r"\bapproved\b")
# Announcements govern what follows them: "announced that its fighters had joined the fighting",
# "declared a general mobilisation" are statements. They win over weak cues written after them;
# a strong military verb ("announced that it had captured the town") still makes the event.
# Fire that backs the event is not the event: "launched a counterattack, supported by Marine
# artillery", "fighters, backed by Albanian Army artillery firing from across the border, attacked".
SUPPORT_BEFORE = (r"\b(?:supported|backed|covered|assisted|aided|preceded) by (?:[\w-]+ ){0,4}$"
                  r"|\bwith (?:the )?(?:support|help|cover) of (?:[\w-]+ ){0,4}$|\bunder (?:the )?cover of (?:[\w-]+ ){0,4}$")
# A cue named as what stopped or was stopped is no event: "a moratorium on air strikes took effect",
# "announced a partial halt to the bombing".
HALTED_BEFORE = (r"\b(?:moratorium|halt|ban|end|suspension|pause|cessation|protocol|agreement|accord|deal|plan|talks) "
                 r"(?:on|to|of|for) (?:the )?(?:[\w-]+ ){0,2}$")  # "signed a protocol on the withdrawal of forces"
# A cue denied in its own clause: "despite repeated assaults they never took the town".
NEGATED_BEFORE = r"\b(?:never|not|n't|neither|nor)\s+(?:\w+\s+)?$"
# A court's ruling or an agreement told before the acts it concerns is the event: "a court acquitted
# X of the charge of extrajudicial executions", "a disengagement agreement was signed …, and troops withdrew".
RULING_BEFORE = (r"\b(?:acquitted|convicted|sentenced|ruled|found guilty|debated)\b",
                 r"\b(?:agreement|accord|treaty|ceasefire|truce|armistice) (?:[\w-]+ ){0,3}?(?:was|were) signed\b",
                 r"\b(?:truce|ceasefire|armistice) (?:[\w-]+ ){0,5}?(?:came into (?:force|effect)|took effect)\b",
                 r"^It (?:came into (?:force|effect)|took effect)\b")
# A date that is a deadline set, not a day of the narrative: "set a deadline of 1 July".
DEADLINE_BEFORE = r"\b(?:deadline|ultimatum)(?: (?:of|for|on|at|until|expiring on))? $"
# A speech verb and "that" before every weak cue: what is told is reported, not done that day (not
# "reported that", which the seeds count as the act reported)
# ("said on 23 April that Tokyo had not been informed of the raid").
SAID_THAT = (r"\b(?:said|stated|insisted|admitted|acknowledged|argued|warned|told [\w ]{1,30}?)\s+(?:on\s+)?"
             r"(?:that\b|(?:it|they|he|she)\s+(?:had|has|would|was|were)\b)")  # "the GNA said it had evacuated …"
# A cue the text puts in the future tells of an intention, not an action: "announced that Iraqi
# troops would withdraw to the border".
FUTURE_BEFORE = (r"\b(?:would|will|shall)(?: not)?(?: \w+ly)?(?: be)? $|\bagreed to $"
                 r"|\b(?:plann(?:ed|ing)|plans?|intend(?:ed|ing|s)?|prepar(?:ed|ing)) to $")  # "agreed to withdraw": not yet
# A report's publication dates the report, not the acts it documents: "said in a report published
# on 3 June that soldiers had executed 26 detainees", "released a report which stated …".
REPORT_PUBLISHED = (r"\breport (?:\w+ )?(?:published|released|issued)\b",
                    r"\b(?:published|released|issued) (?:a|an|its|their) (?:\w+ )?report\b")
ANNOUNCEMENTS = (r"\bannounced\b", r"\bdeclared\b", r"\bvow(?:ed|s)\b", r"\bpledged\b", r"(?<!newly )(?<!been )\bproclaimed\b")
# A capture that undoes the other side's gains is a recapture: "took control of Kasab, fully
# reversing all opposition gains".
REVERSALS = (r"\brevers(?:ed|ing) (?:all |most |the |their |its )?(?:\w+ ){0,2}gains\b",
             r"\bundo(?:ing)? (?:all |most |the |their |its )?(?:\w+ ){0,2}gains\b")
# A bombing from the air is an air strike: "Antonov bombing raids", "began bombing Taliban positions".
AERIAL_BOMBING = (r"\bbombing (?:raids?|runs?|sorties|campaign)\b", r"\bbegan bombing\b",
                  r"\bbombing (?:of )?(?:\w+ ){0,2}(?:positions|lines|trenches|targets|columns)\b",
                  r"\b(?<!suicide )(?<!suicide-)bombers?\b(?! (?:wounded|killed|struck|blew))",
                  r"\b(?:warplanes?|aircraft|air force|Antonovs?|(?-i:RAF))\b", r"^bombing began\b")
# Words of a fight: a force that "entered the town" with them attacked it, without them took it.
CONTESTED = (r"\bfight\w*(?<!fighters)(?<!fighter)\b", r"\bclash\w*", r"\bbattl\w+", r"\bresist\w*",
             r"\bcombat\b", r"\bstreet[- ]to[- ]street\b", r"\bheavy (?:fire|losses)\b", r"\bcasualties\b",
             r"\battack\w*", r"\bassault\w*", r"\bstorm\w*",
             # the force that entered was beaten there: "entered Grozny and was destroyed by Dudayev's forces"
             r"\b(?:was|were) (?:destroyed|ambushed|repulsed|driven out|thrown back)\b")
# Types that describe fighting; a sentence with no date of its own takes the previous date in its
# paragraph only when one of these is its type (statements and troop movements do not carry on).
ACTION_TYPES = ("attack", "capture", "recapture", "counterattack", "airstrike", "shelling", "ambush",
                "bombing", "shootdown", "killing", "massacre", "abduction", "withdrawal")
# Civilians killed with no other cue is a massacre, weaker than any military cue.
CIVILIAN_KILLING = (r"\bcivilians? (?:\w+ ){0,3}(?:had been |were |was |have been )?(?:\w+ )?killed\b",
                    r"\bkill(?:ed|ing) (?:\w+ ){0,3}civilians\b")
# Words that make a dated sentence with no event cue still an event ("other"): loss of life.
CASUALTY_WORDS = (r"\bkilled\b", r"\bdead\b", r"\bdied\b", r"\bwounded\b", r"\binjured\b")

# A government actor capturing a place the narrative has already named is taking it back.
GOVERNMENT_ACTORS = (r"\b(?:syrian |iraqi |government |regime |pro-government )?(?:army|military|government forces|"
                     r"government troops|troops|soldiers|regime forces|loyalists?|security forces)\b",)

# ---------------------------------------------------------------- sentences that are not new events

# A sentence with no date of its own is not a new event when it only corroborates or elaborates on
# an earlier report ("Opposition activists confirmed the Army recaptured nine villages"), opens
# with a contrast ("However, …" answers the previous claim), attributes a side remark
# ("According to …, the Army withdrew many of its soldiers …") or tells background in the past
# perfect ("Government troops had also retaken …").
# A clause that confirms an earlier report, next to a dated clause stating something new, is not
# an event of its own ("an Alawite cleric confirmed 13 villages were captured … but stated that six
# had been recaptured the previous day" is the recapture).
CORROBORATION = (r"\b(?:confirmed|acknowledged|admitted|conceded)\b",)
NOT_NEW_EVENT = CORROBORATION + (
    r"\b(?:added|noted|stated|said)\b",
    r"\b(?:resulted in|led to)\b",
    r"^(?:however|but|although|though|despite|while)\b(?!.*\b(?:later|same day|next day)\b)",
    r"^according to\b",
    r"^(?:he|she|they|it) (?:also )?(?:said|claimed|stated|added|noted|reported)\b",
    r"\b(?:had|have|has) (?:also |already |previously |reportedly )*(?:been )?(?:captured|seized|retaken|recaptured|killed|executed|conducted|taken)\b",
    r"^after \w+ (?:was|were|had been) \w+,",
)
# A later sentence that denies or plays down the last event's claim makes it disputed.
DENIALS = (
    r"\bdenied\b(?! (?:them|him|her|it|us)? ?access)", r"\bplayed down\b", r"\bdownplayed\b",
    r"\brefuted\b",
    r"\b(?:dismissed|rejected|disputed|contested|denied) (?:the|this|these|that|such) (?:claim|report|account|figure|version)s?\b",
    r"\b(?:disputed|contested) by\b", r"\bclaims? (?:was |were )?(?:disputed|contested)\b",
)
# A sentence opening with a contrary report disputes the event before it; inside the event's own
# sentence it would be the event's own source, so it counts only for the next sentence.
DENIAL_OPENERS = (r"^however, (?:\w+ ){1,4}(?:stated|said|reported|claimed)\b",)

# ---------------------------------------------------------------- claimants

# Verbs after which the subject is the source of the claim ("the SOHR reported", "state media
# claimed"). "said"/"stated" are left out: they introduce statements, whose speaker is an actor.
CLAIM_VERBS = r"(?:claimed|claiming|claims|reported|reporting|reports|confirmed|acknowledged|released a report)"
# "according to the SOHR" names the source directly.
ACCORDING_TO = r"\baccording to (?:the )?(?P<who>[^,.;]{2,60}?)(?=[,.;]| (?-i:the|rebels|government)\b|$)"
# Words that may stand between a claimant and its verb, and words that cannot belong to a claimant.
CLAIMANT_ASIDES = r",? (?:in turn|however|meanwhile|also|too|later|for (?:its|their) part),? "
CLAIMANT_STOP_WORDS = frozenset({
    "that", "which", "who", "with", "and", "but", "of", "in", "on", "after", "when", "while", "as",
    "it", "was", "were", "is", "had", "has", "have", "he", "she", "they", "also", "reportedly",
    "later", "day", "by", "to", "from", "report",
})
# An attribution closing an action sentence names its source: "…, the French defence ministry
# said." (in a statement the speaker is the actor instead).
TRAILING_ATTRIBUTION = (r",\s*(?:as )?(?P<who>[A-Za-z][^,;]{1,60}?) (?:said|reported|claimed|stated|announced|"
                        r"confirmed|told [A-Z]\w+)\s*[.!]?\s*$")
# "…, as reported by Reuters" / "reported by the OSCE".
REPORTED_BY = r"\b(?:as )?(?:reported|claimed|stated|announced) by (?:the )?(?P<who>[^,.;]{2,60}?)(?=[,.;]|$)"
# "the army said it had retaken …": the speaker of a report about an action is its claimant.
SAID_ACTION = r"\b(?:said|stated|announced)(?= (?:that )?(?:it|they|its|their)\b)"
MAX_CLAIMANT_WORDS = 5  # "the opposition activist group the SOHR" is the longest seen

# ---------------------------------------------------------------- actors and places

# Generic actors named by role rather than by name.
GENERIC_ACTORS = (
    "rebel forces", "rebel fighters", "rebel groups", "rebel troops", "rebels", "opposition forces",
    "opposition fighters", "insurgents", "militants", "jihadists", "government forces",
    "government troops", "pro-government forces", "pro-government militias", "regime forces",
    "security forces", "the army", "the military", "the air force", "air force", "troops",
    "unknown gunmen", "gunmen", "special forces", "militiamen",
)
# Last words of a named armed group ("Al-Nusra Front", "Syrian Army", "Turkish Air Force").
GROUP_HEADS = (
    "Front", "Army", "Forces", "Force", "Brigade", "Brigades", "Battalion", "Battalions", "Movement",
    "Division", "Units", "Party", "Guard", "Guards", "Militia", "Legion", "Corps", "Regiment",
    "Watch", "Council", "Alliance", "Group", "Coalition", "Command", "Mission",
)
# The heads of the regiment a battalion is written with: "1st Battalion, 9th Marines", "3rd
# Battalion, Parachute Regiment", "17th Battalion, Rajputana Rifles".
REGIMENT_HEADS = (
    "Regiment", "Marines", "Cavalry", "Infantry", "Rifles", "Highlanders", "Fusiliers", "Guards",
    "Lancers", "Hussars", "Dragoons", "Light Infantry", "Borderers", "Rangers",
)
# Head nouns of an actor named by role: "separatist forces", "coalition aircraft", "Houthi
# fighters". Weapons that stand for the unit firing them (artillery, jets, drones) count: war
# reporting writes "artillery shelled the village" for the gunners. Longest first in the regex.
FORCE_NOUNS = (
    "forces", "force", "troops", "fighters", "militants", "separatists", "rebels", "insurgents",
    "jihadists", "guerrillas", "army", "military", "aircraft", "warplanes", "jets", "helicopters",
    "drones", "artillery", "units", "unit", "militia", "militias", "militiamen", "police",
    "soldiers", "paratroopers", "commandos", "marines", "mercenaries", "gunmen", "bombers",
    "bomber", "tanks", "navy", "air force", "gunboats", "battalions", "brigades", "volunteers",
    "partisans", "loyalists", "peacekeepers", "snipers", "junta", "coalition",
    # older wars' arms and the bodies that act for a state ("the Russian infantry advanced", "a
    # Chilean squadron sailed", "the Russian government stated")
    "infantry", "cavalry", "garrison", "fleet", "squadron", "patrol", "patrols", "column", "columns",
    "detachment", "vanguard", "batteries", "divisions", "reinforcements", "engineers", "sappers", "gunners",
    "horsemen", "riflemen", "musketeers", "archers", "warriors", "knights", "samurai", "sepoys", "sailors",
    "raiders", "irregulars", "gendarmes", "guardsmen", "paramilitaries", "mujahideen", "hijackers",
    "attackers", "defenders", "besiegers", "warships", "destroyers", "gunships", "ships", "boats",
    "government", "authorities", "cabinet",
)
# Force nouns that name no one on their own: "troops attacked", "aircraft struck" say nothing of whose
# (an actor of one of them is left out; "the army", "rebels", "police" say which side acted).
BARE_FORCE_NOUNS = frozenset({
    "troops", "forces", "soldiers", "force", "fighters", "aircraft", "artillery", "tanks", "units", "unit",
    "battalions", "brigades", "helicopters", "bombers", "bomber", "jets", "warplanes", "drones", "gunboats",
    "column", "columns", "detachment", "vanguard", "batteries", "divisions", "reinforcements", "engineers",
    "warships", "destroyers", "gunships", "ships", "boats", "patrol", "patrols", "garrison",
})
# Lower-case words that modify a force noun ("resistance fighters", "suicide bomber"); capitalised
# words (demonyms, group names: "Ukrainian", "ISIL", "Saudi-led") modify it without a list.
ACTOR_MODIFIERS = (
    "separatist", "coalition", "government", "rebel", "resistance", "military", "special",
    "opposition", "allied", "junta", "islamist", "jihadist", "militia", "security", "army", "naval",
    "air", "unknown", "armed", "suicide", "state", "federal", "national", "local", "tribal", "regime",
    "enemy", "loyalist", "ground", "elite", "paramilitary", "insurgent", "border", "police", "guerrilla",
    "militant", "pro-government", "anti-government", "foreign", "regular", "reserve", "mechanised",
    "mechanized", "airborne", "marine", "infantry", "armoured", "armored", "artillery", "drone",
    "jet", "fighter", "attack", "government-backed", "self-defence", "self-defense", "defence",
    "defense", "peacekeeping", "militiamen", "lone",
)
# Finite verbs of an event: the actor is the noun phrase right before the first of them
# ("Ukrainian troops recaptured …"), or the "by" agent when they are passive ("was shelled by …").
SUBJECT_VERBS = (
    r"captured|seized|overran|took|retook|recaptured|regained|retaken|reclaimed|attacked|stormed|ambushed",
    r"bombarded|shelled|hit|struck|detonated|executed|assassinated|abducted|kidnapped|withdrew|pulled",
    r"retreated|shot|launched|advanced|clashed|secured|bombed|massacred|destroyed|surrounded|encircled",
    r"besieged|raided|entered|crossed|pushed|reached|fired|blew|pounded|targeted|repelled|repulsed",
    r"liberated|cleared|mounted|staged|began|started|counter-?attacked|engaged|fought|killed|downed",
    r"evacuated|abandoned|fled|moved|marched|broke|won|lost|held|defended|resumed|continued|conducted",
    r"carried|deployed|sent|reinforced|overwhelmed|routed|ousted|expelled|drove|burned|looted|captures",
    r"seizes|attacks|takes|retakes|strikes|shells|ambushes|withdraws",
)
# Words between an actor and its verb that are not part of either: adverbs, auxiliaries, and
# attributions whose subject is the actor ("the army said it had retaken", "rebels claimed to have
# shot down").
SUBJECT_FILLERS = (
    r"had|have|has|also|reportedly|allegedly|then|further|later|again|finally|quickly|eventually|"
    r"successfully|jointly|briefly|subsequently|apparently|managed to|to|soon|already|once|twice|first",
    r"(?:said|claimed|reported|announced|stated|confirmed)(?: that)?(?: (?:it|they))?(?: (?:had|have|has))?",
    r"claimed to have|claimed to had|were trying to|was trying to|tried to|attempted to",
)
# Asides between an actor and its verb naming helpers: ", backed by Emirati troops," (the helpers
# are actors too, through their "by").
SUPPORT_ASIDE = r",\s*(?:\w+ )?(?:backed|supported|assisted|aided|joined|accompanied|reinforced|helped|led|commanded)(?: \w+)? by [^,]{2,80},\s*$"
# "rebel fighters led by the al-Nusra Front": the leader is named first.
LEADING_AGENT = r",?\s*led by (?:the )?"
# Words before "by" whose agent is a source, not an actor ("the claim was denied by separatist
# sources", "a claim disputed by the rebels").
NOT_AGENT_WORDS = frozenset({
    "denied", "disputed", "rejected", "dismissed", "refuted", "reported", "claimed", "confirmed",
    "condemned", "criticised", "criticized", "announced", "released", "contested", "question",
    "statement", "claim", "claims", "published", "filmed", "documented", "verified",
    # participles describing the object's earlier state ("points held by Al-Nusra" were retaken):
    # the "by" names the former holder, not who acted
    "held", "controlled", "occupied", "manned", "garrisoned", "defended", "run", "besieged",
})
# Pronouns and other capitalised words that never name the actor.
NOT_ACTORS = frozenset({
    "it", "they", "he", "she", "we", "this", "that", "these", "those", "there", "which", "who",
    "later", "however", "meanwhile", "also", "then", "afterwards", "subsequently", "on", "in", "by",
})
# Capitalised words that name no one on their own: a subject phrase made only of them is a
# date or a sentence opener, not an actor.
NOT_ACTOR_NAMES = frozenset({
    "On", "In", "By", "The", "A", "An", "Later", "However", "Meanwhile", "Also", "Then", "It",
    "They", "He", "She", "This", "That", "During", "After", "Before", "Afterwards", "Subsequently",
})
# Groups usually written by a bare name or acronym.
NAMED_GROUPS = ("Hezbollah", "ISIL", "ISIS", "FSA", "NDF", "SAA", "YPG", "SDF", "Al-Nusra", "al-Nusra",
                "Jabhat al-Nusra", "Ahrar al-Sham", "Ahrar ash-Sham", "Taliban", "Hamas", "Wagner")
# Feature words that follow a place name and stay part of it ("Sehyan checkpoint").
PLACE_FEATURES = ("checkpoint", "checkpoints", "base", "mountain", "mountains", "crossing", "border crossing",
                  "camp", "hill", "airport", "airbase", "air base", "bridge", "dam", "highway",
                  "intersection", "crossroads", "fueling base", "prison", "hospital", "district")
# Settlement words written before "of" ("the village of Aramo") or after the name ("Qmenas
# town"); they are not part of the name.
SETTLEMENT_WORDS = ("village", "villages", "town", "towns", "city", "province", "governorate", "region",
                    "area", "neighbourhood", "neighborhood", "suburb", "district", "outskirts")
# Prepositions that introduce a place ("around Idlib", "towards Hish").
PLACE_PREPOSITIONS = ("in", "at", "around", "near", "towards", "toward", "outside", "into", "from",
                      "between", "to", "on", "of", "inside", "across", "above", "below", "beyond", "within",
                      "behind", "outside of")
# Direction words allowed between a place cue and the name ("in northern Shan State").
PLACE_DIRECTIONS = ("northern", "southern", "eastern", "western", "central", "north-eastern",
                    "north-western", "south-eastern", "south-western", "northeastern", "northwestern",
                    "southeastern", "southwestern", "upper", "lower", "greater", "rural")
# Verbs whose capitalised object is a place ("recaptured Vuhlehirsk", "shelled Ganja"); the
# object is dropped when it reads as a demonym or a group ("attacked Ukrainian positions").
PLACE_OBJECT_VERBS = (
    "captured", "recaptured", "retook", "retaken", "seized", "overran", "stormed", "attacked",
    "shelled", "bombed", "struck", "besieged", "surrounded", "encircled", "entered", "liberated",
    "regained", "reached", "hit", "pounded", "raided", "took", "capture", "recapture", "retake",
    "seize", "evacuated", "abandoned", "lost", "defended", "held",
)
# Endings of a nationality or group adjective ("Ukrainian", "Azerbaijani", "Kurdish", "Alawite",
# "Chinese"): such a word before a common noun ("Ukrainian positions") describes the noun and
# names no place.
DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ish", "ite", "i", "ic", "ist")
# Hyphenated adjectives ("rebel-held", "NATO-backed", "Saudi-led"): never a place name.
ADJECTIVE_ENDINGS = ("-led", "-backed", "-held", "-controlled", "-allied", "-aligned", "-based",
                     "-linked", "-affiliated", "-run", "-occupied", "-supported")
# Acronyms are organisations ("OSCE", "ISIL", "UN") except these few that name countries.
PLACE_ACRONYMS = frozenset({"US", "USA", "UK", "UAE", "DRC", "CAR", "USSR", "DPRK", "ROK", "KSA"})
# Lower-case words that may follow a place name without making it an adjective ("Korvinsk and",
# "in Ganja on 11 October"). Any other lower-case word after a demonym-looking name marks it as
# an adjective.
FUNCTION_WORDS = frozenset({
    "and", "or", "but", "on", "in", "at", "to", "from", "by", "for", "of", "with", "into", "after",
    "before", "during", "near", "over", "under", "as", "while", "where", "which", "that", "was",
    "were", "is", "are", "had", "has", "have", "fell", "itself", "itself,", "until", "since",
    "the", "a", "an", "its", "their", "his", "her", "against", "through", "towards", "toward",
    "around", "across", "along", "between", "following", "amid", "despite",
})
# Titles before a personal name: the name after them is a person, not a place.
# Offices written before a name (ranks are the rank lists' of lexicon.py).
OFFICE_TITLES = (
    "Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister", "Interior Minister",
    "Deputy Prime Minister", "President", "Vice President", "King", "Queen", "Emperor", "Sultan", "Senator",
    "Governor", "Mayor", "Ambassador", "Chancellor", "Premier",
)
PERSON_TITLES = frozenset({
    "President", "General", "Gen", "Colonel", "Col", "Commander", "Minister", "Governor", "Mayor",
    "Major", "Captain", "Lieutenant", "Sergeant", "Sheikh", "Emir", "King", "Prince", "Senator",
    "Congressman", "Ambassador", "Marshal", "Admiral", "Brigadier", "Chief", "Imam", "Bishop",
})
# Capitalised words that start no place name.
# Capitalised heads of a body's or an event's name that an "of" continues ("Ministry of Defence",
# "International Court of Justice", "Islamic State of Iraq and the Levant", "Battle of Haldighati"):
# the words after "of" belong to the name, and the head alone names no place.
NAME_HEADS_BEFORE_OF = ("Ministry", "Minister", "Department", "Secretary", "Court", "Council", "University",
                        "Institute", "Academy", "College", "School", "Republic", "Kingdom", "Empire", "State",
                        "Commission", "Committee", "Office", "Bank", "League", "Union", "Movement", "Party",
                        "Church", "Bishop", "Duke", "Earl", "Prince", "Princess", "King", "Queen", "Emperor",
                        "Sultan", "Governor", "Mayor", "Army", "Navy", "Force", "Forces", "Front", "Treaty",
                        "Order", "Knights")
# ... and the heads of an event's name, whose "of" names the place: "at the Battle of Haldighati" is at
# Haldighati, not at "Battle"
EVENT_HEADS_BEFORE_OF = ("Siege", "Battle", "Operation", "Raid", "Fall", "Sack", "Storming", "Capture", "Relief",
                         "Massacre", "Bombing", "Invasion", "Liberation", "Occupation", "Defence", "Defense",
                         "Revolution", "War")
# Words a name's leading adjective may leave alone ("Russian Empire", "Ottoman Navy"): no place.
GENERIC_NAME_HEADS = frozenset({"Empire", "Republic", "Kingdom", "State", "Army", "Navy", "Sea", "Gate", "Wall",
                                "Front", "Union", "Government", "Command", "Division", "Corps", "Fleet"})
# Compass words and distances that make the name after them a reference point ("east of Khan
# Shaykhun", "20 km from Qardaha", "three kilometers south of Salma"): the event is at the place
# named first, not at the one it is measured from.
REFERENCE_POINT = (r"(?:\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|wards?)?"
                   r"\s+of|\b(?:km|kilometres|kilometers|miles|mi)\s+(?:\w+\s+){0,2}?(?:of|from))\s+(?:the\s+)?$")

NOT_PLACES = frozenset({
    "The", "A", "An", "On", "In", "By", "Army", "Government", "Syrian", "SOHR", "President",
    "Prime", "Minister", "General", "Gen", "Col", "Colonel", "Commander", "Special", "Turkish",
    "Human", "State", "Islamic", "Free", "Hezbollah", "Rebel", "Rebels", "Pro", "Congressman",
    "Chief", "House", "He", "She", "They", "It", "Also", "However", "Later", "According",
    "His", "Her", "Their", "Its", "We", "Our", "Viceroy", "Marine", "Marines",
})

# Finite action verbs: a sentence without its own date must contain one to take the previous
# date ("The attacks resulted in … the capture of the base" names an event already told). "killed"
# is not one: "At least 18 soldiers were reportedly killed in the clashes" adds casualties to the
# event before it; it is a new event only with a specific means (MEANS_TYPES: "6 rebels were
# killed … after an ambush by Syrian Army units").
ACTION_VERBS = (
    r"\b(?:captured|seized|overran|took|retook|recaptured|regained|retaken|attacked|stormed|ambushed|"
    r"bombarded|shelled|hit|struck|detonated|executed|assassinated|abducted|kidnapped|withdrew|"
    r"retreated|shot down|launched|advanced|clashed|secured|bombed|massacred|destroyed|broke through|"
    r"routed|repelled|repulsed|pushed back|encircled|surrounded|infiltrated|entered|beheaded)\b",
    r"\bto (?:capture|recapture|seize|retake|take)\b",
)
# A subject (a capitalised name, a plural noun, a pronoun) and a verb in the past, active or passive:
# a clause that tells of something done ("arrived", "were held", "sailed", "met"), whatever it was.
DONE_VERB = (rf"(?-i:\b(?:[{UPPER}][\w'’-]+|[a-z]+s|men|women|people|police|crew|they|he|she|it|"
             # a group or a party named by its noun: "the flotilla slipped out", "a mission arrived"
             r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’-]{3,}\s+){0,2}?[a-z]{4,}(?<!ly))"
             r"\s+(?:(?:was|were|had been)\s+)?(?:[a-z]+ly\s+)?"
             r"(?:[a-z]{2,}ed|went|came|met|left|sent|gave|held|made|flew|sailed|set|began|won|lost|fell|rose|ran|"
             r"sank|found|became|flown|taken|brought|driven|shot|struck|beaten|given|sworn|thrown|chosen|withdrawn)\b)")
# Types a dated clause keeps next to an action clause of the same sentence: the actions, and troop
# movements ("seized the town in June, and in early August the police massed troops"); a
# statement or a casualty note beside an action restates it.
CLAUSE_TYPES = ACTION_TYPES + ("reinforcement",)
MEANS_TYPES = ("ambush", "airstrike", "bombing", "shelling", "massacre", "shootdown", "killing")

# ---------------------------------------------------------------- casualties in prose

# Vague amounts: kept as the casualty's text with no number ("dozens of Alawite civilians").
VAGUE_AMOUNTS = ("dozens of", "dozens", "tens of", "scores of", "scores", "hundreds of", "hundreds",
                 "thousands of", "a number of", "several", "many")
# Casualty verbs after the victims ("were reportedly killed") -> Casualties field.
CASUALTY_KINDS = {"killed": "killed", "dead": "killed", "died": "killed", "executed": "killed",
                  "massacred": "killed", "wounded": "wounded", "injured": "wounded",
                  "captured": "captured", "taken prisoner": "captured", "abducted": "captured",
                  "kidnapped": "captured", "missing": "missing"}
# Verbs before their victims ("killing 14 civilians", "killed 10 soldiers") -> Casualties field.
LEADING_VERBS = {"killing": "killed", "killed": "killed", "left": "killed", "captured": "captured",
                 "wounding": "wounded", "injuring": "wounded"}
# Verbs that add a second figure to the same clause after "and" ("killed 10 soldiers and wounded
# 7"): a bare "wounded 7" would otherwise be read nowhere.
FOLLOW_ON_VERBS = {"wounding": "wounded", "wounded": "wounded", "injuring": "wounded", "injured": "wounded",
                   "capturing": "captured", "captured": "captured"}
# Victims words that count more of the group just named: "wounding 50 others".
SAME_VICTIMS = frozenset({"others", "more"})
# Plural nouns that end a victims phrase without an "s" ("20 people", "44 militiamen").
PLURAL_NOUNS = ("people", "personnel", "police", "militia", "men", "women", "children", "staff", "crew",
                "peshmerga")

# Head nouns after a number that count things, not people: "seized five villages" is no casualty
# figure. Places and positions are dropped; materiel becomes the casualty's equipment.
COUNTED_PLACES = frozenset({
    "village", "villages", "town", "towns", "city", "cities", "position", "positions", "checkpoint",
    "checkpoints", "post", "posts", "base", "bases", "hill", "hills", "hilltop", "hilltops", "area",
    "areas", "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
    "kilometres", "kilometers", "km", "miles", "days", "hours", "weeks", "months",
})
COUNTED_MATERIEL = frozenset({
    "tank", "tanks", "vehicle", "vehicles", "aircraft", "helicopter", "helicopters", "jet", "jets",
    "plane", "planes", "drone", "drones", "gun", "guns", "howitzer", "howitzers", "truck", "trucks",
    "launcher", "launchers", "boat", "boats", "ship", "ships", "artillery", "missile", "missiles",
})
