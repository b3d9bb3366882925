"""Infobox labels and section names shared by the marked-up readers, kept as data.

Every marked-up shape names the same infobox rows in its own spelling ("Combatant1",
"combatant1", "Belligerents", a front-matter tag...). :func:`field_for_label` maps a label onto
one of ``model.FIELD_KEYS`` plus the 0-based side its trailing digit names; :func:`tidy_value`
removes the residue every shape leaves in a value the same way (glued "KIA" marks, emptied
parentheses, ragged whitespace), keeping the entry separators the values parser splits on.
"""
from __future__ import annotations

import re

from warfile.model import SIDE_KEYS

# Label (lower case, digits and spaces stripped) -> canonical RawField key. Wikipedia's
# {{Infobox military conflict}} parameter names first, then the captions its rendered table shows,
# then the spellings scrapers and mirrors use.
LABEL_KEYS: dict[str, str] = {
    "conflict": "name", "name": "name", "title": "name", "subject": "name", "battlename": "name",
    "operation": "name", "engagement": "name",  # a fact file's "Operation: Operation Vengeance"
    "othername": "aliases", "othernames": "aliases", "alias": "aliases", "aliases": "aliases",
    "alsoknownas": "aliases", "aka": "aliases", "codename": "aliases", "alsocalled": "aliases",
    "partof": "part_of", "war": "part_of", "campaign": "part_of",
    "date": "date", "dates": "date", "period": "date", "when": "date",
    "launched": "date", "began": "date", "started": "date", "ended": "date",  # "Launched: 16 October 1995" / "Ended: …"
    "place": "place", "location": "place", "locations": "place", "where": "place", "area": "place",
    "result": "result", "results": "result", "outcome": "result", "status": "result",
    "combatant": "belligerents", "combatants": "belligerents", "belligerent": "belligerents",
    "belligerents": "belligerents", "side": "belligerents", "sides": "belligerents", "members": "belligerents", "participants": "belligerents",
    "nations": "belligerents", "countries": "belligerents", "whofought": "belligerents",
    "faction": "belligerents", "factions": "belligerents",  # a game or fan wiki's box: "faction1 = Đại Việt"
    # a staff paper's or a cable's fact sheet: "E. FRIENDLY FORCES: United States", its rows for that
    # side numbered under it ("(1) COMMANDERS: …"), then "F. OPPOSING FORCES: …"
    "friendlyforces": "belligerents", "ownforces": "belligerents", "opposingforces": "belligerents",
    "enemyforces": "belligerents", "hostileforces": "belligerents",
    "supportedby": "supporters", "support": "supporters", "supporters": "supporters", "backers": "supporters",
    "commander": "commanders", "commanders": "commanders", "commandersandleaders": "commanders",
    "leader": "commanders", "leaders": "commanders",
    "units": "units", "unit": "units", "unitsinvolved": "units", "formations": "units", "formation": "units",
    "militaryunits": "units", "armyunits": "units", "forcesincombat": "strength", "howmanysoldiers": "strength",
    "strength": "strength", "forces": "strength", "size": "strength", "numbers": "strength", "troops": "strength",
    "casualties": "casualties", "casualtiesandlosses": "casualties", "losses": "casualties", "dead": "casualties",
    "civiliancasualties": "civilian_casualties", "civilianlosses": "civilian_casualties",
    "civiliandeaths": "civilian_casualties", "civilians": "civilian_casualties",
    "civilianskilled": "civilian_casualties", "civiliandead": "civilian_casualties", "civilianharm": "civilian_casualties",
}

# {{Infobox military operation}} names its sides by role, not by number: who executed the operation
# and who it targeted. Its rendered captions read the same ("Executed by", "Target", "Commanded by").
OPERATION_LABELS: dict[str, tuple[str, int]] = {
    "executedby": ("belligerents", 0), "target": ("belligerents", 1), "targets": ("belligerents", 1),
    "commandedby": ("commanders", 0),
    # a fact box naming its sides by their part in a siege or a battle
    "attackers": ("belligerents", 0), "attacker": ("belligerents", 0), "attackingforce": ("belligerents", 0),
    "defenders": ("belligerents", 1), "defender": ("belligerents", 1), "defendingforce": ("belligerents", 1),
}

# Sections whose content is apparatus, not narrative: never read as prose paragraphs.
NON_PROSE_SECTIONS = frozenset({
    "see also", "references", "notes", "footnotes", "citations", "sources", "bibliography",
    "further reading", "external links", "works cited", "notes and references", "explanatory notes",
})

# A casualties column past the last belligerent column counts the civilians (Wikipedia's
# casualties3 under a two-sided infobox); these words in the text say so whatever the column.
CIVILIAN_WORDS = re.compile(r"\bcivilian", re.IGNORECASE)

_SIDE_SUPPORT = re.compile(r"^\s*(?:combatant|belligerent|side|party)\s*(?P<side>\d)[\s_-]*(?:supported[\s_-]*by|supporters?|support)\s*:?\s*$",
                           re.IGNORECASE)
# "Date:" as "Date"; "Belligerents (1):" as "Belligerents1"
_LABEL = re.compile(r"^\s*(?P<word>[A-Za-z][A-Za-z _&-]*?)\s*(?:(?P<side>\d+)[a-z]?|\((?P<side2>\d)\))?\s*:?\s*$")
# "Walid AoussKIA": the {{KIA}} icon's alt text glued to the name by a scraper. Only after a lower
# case letter or a closing bracket, so an all-capitals acronym ending in KIA is left alone.
_GLUED_KIA = re.compile(r"(?<=[a-z\)\]])\s?(?:KIA|DOW)\b")
_NON_LETTERS = re.compile(r"[^a-z]")
_EMPTY_PARENS = re.compile(r"\(\s*[,;]?\s*\)")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u200b]+")


# A fact box's title naming the box before what it sums up: "Fact file: the Battle of the Imjin",
# "Key facts – Operation Serval".
BOX_TITLE_PREFIX = re.compile(r"^\s*(?:fact ?file|fact ?box|fact ?sheet|key facts|quick facts|at a glance|in brief|"
                              r"(?:incident|event|battle|operation) (?:summary|profile|card))"
                               r"\s*[:–—-]\s*(?:the\s+)?(?P<name>\S.*?)\s*$", re.IGNORECASE)


# The other order: "Table 1. The Battle of Kinmen at a glance", "Operation X: key facts", "Operation X — key facts",
# "BACKGROUND NOTE: OPERATION RIVIRESA AT A GLANCE" (a monitoring digest's note).
BOX_TITLE_SUFFIX = re.compile(r"^\s*(?:(?:Table|Box|Figure)\s+\d+[.:]\s+|(?:background|editor'?s|explanatory) note:\s+)?"
                              r"(?:The\s+)?(?P<name>[A-Z][^:]{2,80}?)(?:\s*[:–—-])?\s+"
                              r"(?:at a glance|in brief|key facts|fact ?file|in figures)\s*$", re.IGNORECASE)


# What a box's title may name in lower case after "The": "the fall of Sukhumi", "the siege of Herat".
_EVENT_HEAD = re.compile(r"(?:fall|siege|battle|capture|sack|storming|relief|defen[cs]e|liberation|raid|battles) of [A-Z]")


def box_title(caption: str) -> str:
    """What a fact box's caption names: "Fact file: the Battle of the Imjin" -> "Battle of the Imjin",
    "Operation Chariot at a glance" -> "Operation Chariot"."""
    if (after := BOX_TITLE_SUFFIX.match(caption)) and (after["name"][0].isupper() or _EVENT_HEAD.match(after["name"])):
        return after["name"][0].upper() + after["name"][1:]  # "The fall of Sukhumi at a glance": "Fall of Sukhumi"
    m = BOX_TITLE_PREFIX.match(caption)
    if not m or not re.search(r"\b[A-Z]", m["name"]):
        return caption  # "At a glance: the siege of 1453" names no operation by its name
    return m["name"][0].upper() + m["name"][1:]  # "FACTBOX: The battle for Snake Island"


_QUALIFIED = re.compile(r"^\s*(?:(?:main|total|estimated|reported|known|approximate|peak|maximum|initial|all|overall|combined)\s+)?(?P<head>[A-Za-z][A-Za-z &-]*?)"
                        r"(?:\s+(?:on|as of|at|by|until|in)\s+[A-Z0-9].*)?\s*:?\s*$", re.IGNORECASE)


# Words a fact box heads its columns with when it names the sides by their part, not by name
# ("Rebels | Crown forces", "Attackers | Defenders", "Government | Insurgents").
_GENERIC_SIDE_WORDS = frozenset({
    "rebels", "rebel", "insurgents", "insurgent", "crown", "forces", "force", "government", "attackers",
    "attacker", "defenders", "defender", "allies", "allied", "troops", "army", "side", "opposition",
    "militants", "loyalists", "loyalist", "separatists", "coalition", "regime", "state", "garrison",
})


def generic_side(name: str) -> bool:
    """Whether a column's heading names a side only by its part ("Rebels", "Crown forces")."""
    words = _NON_LETTERS_SPACE.sub(" ", name.lower()).split()
    return bool(words) and all(w in _GENERIC_SIDE_WORDS or w == "the" for w in words)


_NON_LETTERS_SPACE = re.compile(r"[^a-z]+")


# Labels that say the figures under them are deaths ("Dead: 66 (Glasnevin Trust)", "Civilians killed: 260").
_DEATH_LABEL = re.compile(r"^\s*(?:civilians?\s+)?(?:dead|killed|deaths|fatalities)\s*:?\s*$|^\s*civilian\s+(?:dead|deaths)\s*:?\s*$",
                          re.IGNORECASE)
_BARE_FIGURE = re.compile(r"^(?P<figure>\s*(?:c\.\s*|ca\.\s*|about\s+|some\s+|over\s+|at least\s+)?\d[\d,.]*\+?)"
                          r"(?!\s*(?:[–-]\s*\d|killed|dead|wounded|injured|captured|missing|prisoners|casualties|deaths))")


def with_death_word(label: str, value: str) -> str:
    """A figure under a label of deaths, written as one: "66 (Glasnevin Trust)" -> "66 killed
    (Glasnevin Trust)", "143 soldiers and police" -> "143 soldiers and police killed" (the figure
    alone would say nothing of what it counts)."""
    if not _DEATH_LABEL.match(label) or not _BARE_FIGURE.match(value):
        return value
    cut = value.find(" (")
    cut = len(value.rstrip()) if cut < 0 else cut
    return f"{value[:cut]} killed{value[cut:]}"


# Per-side rows a table of labels needs to be a conflict's box: its sides and their commanders, forces or losses.
_MIN_SIDE_ROWS = 2


def conflict_box(keys: set[str]) -> bool:
    """Whether a table whose labels name these keys is a conflict's fact box (a Wikinews story's
    wikitable): its sides named, and two per-side rows at least."""
    return "belligerents" in keys and len(keys.intersection(SIDE_KEYS)) >= _MIN_SIDE_ROWS


def field_for_label(label: str) -> tuple[str, int | None] | None:
    """The (key, side) a label names, or None for a label no infobox key matches.

    "Combatant1" -> ("belligerents", 0); "commander2a" -> ("commanders", 1); "Partof" ->
    ("part_of", None). Per-side keys without a digit get side None (the extractor splits them).
    """
    if support := _SIDE_SUPPORT.match(label or ""):  # "combatant1_supported_by": that side's supporters
        return "supporters", int(support["side"]) - 1 if int(support["side"]) > 0 else None
    m = _LABEL.match(label or "")
    if not m:
        # a label qualified by a day or a word of degree: "Strength on Feb. 24", "Main units", "Total losses"
        q = _QUALIFIED.match(label or "")
        return field_for_label(q["head"]) if q and q["head"] != label else None
    word = _NON_LETTERS.sub("", m["word"].lower())
    if word in OPERATION_LABELS and not (m["side"] or m["side2"]):
        return OPERATION_LABELS[word]
    key = LABEL_KEYS.get(word)
    if key is None:
        q = _QUALIFIED.match(label)  # "Main units", "Total losses"
        return field_for_label(q["head"]) if q and q["head"].strip() != label.strip() else None
    if key not in SIDE_KEYS and key != "civilian_casualties":
        return key, None
    number = m["side"] or m["side2"]
    side = int(number) - 1 if number and int(number) > 0 else None
    return key, side


def place_casualties(fields: list[tuple[str, str, int | None]]) -> list[tuple[str, str, int | None]]:
    """Move casualty columns past the last side onto civilian_casualties.

    ``fields`` are (key, text, side) triples. A casualties column whose side has no belligerents
    (casualties3 under two combatants) or whose text names civilians in a third column is the
    civilian count; a third column of a genuinely three-sided infobox stays a side.
    """
    sides = {s for k, _, s in fields if k == "belligerents" and s is not None}
    n_sides = max(sides) + 1 if sides else 2
    out = []
    for key, text, side in fields:
        if key == "casualties" and side is not None and side >= 2 and (
                side >= n_sides or CIVILIAN_WORDS.search(text)):
            out.append(("civilian_casualties", text, None))
        else:
            out.append((key, text, side))
    return out


def tidy_value(text: str) -> str:
    """A field value with shape residue removed and one entry per line kept.

    Glued "KIA" becomes the killed mark "†" after the name, emptied parentheses (a removed
    template's trace, "4–19 August 2013, ()") go, runs of spaces shrink, blank lines go.
    """
    text = _GLUED_KIA.sub(" †", text)
    text = _EMPTY_PARENS.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line).strip(" ,;")


def heading_text(text: str) -> str:
    """A section heading as a reader keeps it: whitespace collapsed, trailing colon dropped."""
    return _SPACES.sub(" ", text).strip().rstrip(":").strip()


def is_non_prose_section(heading: str | None) -> bool:
    return heading is not None and heading.lower().strip() in NON_PROSE_SECTIONS


# A line introducing a side's foreign backers; the bullet lines under it are backers, not units.
SUPPORTED_BY = re.compile(r"^\W*(?:supported|backed|assisted|aided)\s+by\b", re.IGNORECASE)
_BULLET_LINE = re.compile(r"^\*+\s*")


def split_belligerent_units(text: str) -> tuple[str, str]:
    """A combatant value split into (belligerents, units): its "* " sub-entries are the side's units.

    Wikipedia nests a state's formations under it ("Syrian Arab Republic" then "* Syrian Armed
    Forces"); the bullets stay on the units text so the values parser sees the hierarchy. Bullet
    lines under a "Supported by:" line are backers and stay with the belligerents.
    """
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and _BULLET_LINE.match(lines[0]):  # a bare list: its top level are the belligerents
        lines = [dedent_bullet(ln) for ln in lines]
    belligerents, units = [], []
    supporters_follow = False
    members_follow = False  # the bullets name an alliance's member groups, not formations
    for line in lines:
        if SUPPORTED_BY.match(line):
            supporters_follow = True
        if not _BULLET_LINE.match(line):
            members_follow = bool(_ALLIANCE.search(line))
        if _BULLET_LINE.match(line) and not supporters_follow and not members_follow:
            units.append(line)
        else:
            belligerents.append(dedent_bullet(line) if members_follow else line)
    return "\n".join(belligerents), "\n".join(units)


# A combatant heading its members: "Three Brotherhood Alliance" then "* Arakan Army"; the members
# are belligerents too (a state's bullets are its formations).
_ALLIANCE = re.compile(r"\b(?:Alliance|Coalition|Operations Room|Bloc|Axis|League|Joint Command)\b")


def dedent_bullet(line: str) -> str:
    """One list level less: "* a" -> "a", "** b" -> "* b"."""
    if not line.startswith("*"):
        return line
    rest = line[1:]
    return rest if rest.startswith("*") else rest.lstrip()


def dedent_list(text: str) -> str:
    """A value written as a bare list ("* a" / "** b") with its top level as plain entries."""
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    if not _BULLET_LINE.match(first):
        return text
    return "\n".join(dedent_bullet(ln) for ln in lines)
