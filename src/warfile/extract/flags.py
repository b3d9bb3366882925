"""Flag icons a mirror rendered as their alt text, taken off infobox entries.

Some mirrors (Fandom's Military Wiki, piglix, …) flatten each flag icon into its alt text, glued
before the entry it marks: "Syria Syrian Arab Republic", "Syria Brig. Gen. Haidar Ali Asad", and for
a group with its own flag the name twice, "Islamic State of Iraq and the Levant Islamic State of
Iraq and the Levant", then that name again before each of its commanders.

A page mostly renders its flags this way or not at all, so the prefixes are taken off only where
the infobox shows the pattern at least twice (lines of the per-side fields opening with a state's
name and another capitalised word, or made of one name said twice): a lone "Sudan People's
Liberation Army" on a page without flags keeps its first word. Such a page then also takes a
belligerent's name off the front of a commander's line (a group's flag need not be said twice in
the belligerents: "Islamic State … (ISIL)" there, "Islamic State … Abu Bakr …" below). A flag
that shows itself, a name said twice or a state's name before a name formed from it ("Syria
Syrian Arab Republic"), comes off on any page: some mirrors render only one flag as text. A
prefix is never taken off when what remains is only a service's generic name ("United States
Army" stays whole).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from warfile.model import RawField

from . import lexicon
from .names import split_items

# The fields whose entries carry flags.
FLAGGED_KEYS = frozenset({"belligerents", "supporters", "commanders", "units"})
# Times the pattern must show in one infobox before prefixes are taken off.
MIN_FLAGS = 2
# Words that, alone after a state's name, make one name with it ("Israel Defense Forces").
_GENERIC = re.compile(r"^(?:(?:Army|Navy|Air|Force|Forces|Armed|Defen[cs]e|Marine|Marines|Corps|Special|Coast|"
                      r"Guard|National|Ground|Land|Naval|Border|Police|Security|Military|Government)\b\s*)+$")
_PARENTHESES = re.compile(r"\([^()]*\)")
# A state's flag after a word that ends a unit's name, before the next unit's name.
_MID_LINE_FLAG = re.compile(r"\b(?P<end>" + "|".join(sorted(lexicon.FORMATION_WORDS | lexicon.GROUP_TAILS)) + r") (?:"
                            + "|".join(re.escape(s) for s in lexicon.STATE_NAMES) + r") (?=[A-Z0-9])")
# A state's name opening a group's own name is no flag: "Palestine Liberation Organization",
# "Sudan People's Liberation Army", "Kosovo Liberation Army".
_STATE_PREFIX = re.compile(r"^(?P<flag>" + "|".join(re.escape(s) for s in lexicon.STATE_NAMES) + r") (?=[A-Z0-9])"
                           r"(?!(?:Liberation|Independence|Patriotic|Revolutionary|Resistance|People's|Peoples|Popular|"
                           r"Democratic|Republican|Socialist|Communist|Salvation|Unity|Freedom|Solidarity)\b)")


def _doubled(line: str) -> str | None:
    """'X X' -> 'X' for a name of one or more words said twice; and a group's flag before a
    longer form of its name, 'Islamic State Islamic State of Iraq and the Levant' -> the longer
    (two words or more said twice: no name opens so; 'Bora Bora' alone is a name said once)."""
    words = line.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:] and line[:1].isupper():
        return " ".join(words[:half])
    if line[:1].isupper():
        for k in range(half, 1, -1):
            if words[:k] == words[k:2 * k]:
                return " ".join(words[k:])
    return None


def _flag_of(line: str) -> str | None:
    """The flag's alt text of a doubled line: the name said twice, or the repeated words."""
    words = line.split()
    if (name := _doubled(line)) is None:
        return None
    return " ".join(words[:len(words) - len(name.split())])


def _state_before_its_own(line: str) -> bool:
    """True for a state's name before a name formed from it ('Syria Syrian Arab Republic', 'Iraq
    Iraqi Army'): no name is written so, so the first is a flag's alt text even alone on a page."""
    m = _STATE_PREFIX.match(line)
    if m is None:
        return False
    flag, first = m.group("flag"), line[m.end():].split(" ", 1)[0]
    return len(first) > len(flag) and first[:4] == flag[:4]


def _flags_in(lines: Iterable[str]) -> tuple[int, set[str]]:
    """How many lines show a flag, and the group names shown twice (their flags' alt text)."""
    shown, groups = 0, set()
    for line in lines:
        if (flag := _flag_of(line)) is not None:
            shown += 1
            groups.add(flag)
        elif (m := _STATE_PREFIX.match(line)) and not _GENERIC.match(line[m.end():]):
            shown += 1
    return shown, groups


def _unflagged(line: str, groups: set[str]) -> str:
    if (name := _doubled(line)) is not None:
        return name
    lead = len(line) - len(line.lstrip())
    body = line[lead:]
    prefix = next((g for g in sorted(groups, key=len, reverse=True) if body.startswith(g + " ")), None)
    if prefix is None and (m := _STATE_PREFIX.match(body)):
        prefix = m.group("flag")
    if prefix is None:
        return line
    rest = body[len(prefix) + 1:]
    if not (rest[:1].isupper() or rest[:1].isdigit()) or _GENERIC.match(rest):
        return line
    return line[:lead] + rest


def _self_evident(line: str) -> str:
    """The line without a flag that shows itself whatever the rest of the page does: a name said
    twice, or a state's name before a name formed from it."""
    body = line.strip()
    if _doubled(body) is not None or _state_before_its_own(body):
        return _unflagged(line, set())
    return line


def _belligerents(fields: Iterable[RawField]) -> set[str]:
    """The page's belligerents as its lists give them, without their qualifiers ('(ISIL)')."""
    names = (_PARENTHESES.sub("", name).strip() for f in fields if f.key == "belligerents"
             for name in split_items(f.text))
    return {name for name in names if name}


def _with_text(field: RawField, text: str) -> RawField:
    """The field with this text: the field itself when the text is unchanged (most fields hold
    no flag), which spares building an equal copy."""
    return field if text == field.text else dataclasses.replace(field, text=text)


def _unflag_field(field: RawField, groups: set[str], leaders: set[str]) -> RawField:
    """The field with its lines' flags taken off: a group's or a state's flag, and before a
    commander also the flag of any side's belligerent ('Islamic State … Abu Bakr …'). A state's
    flag inside a line of units, after the word that ends a unit's name, stands where a line break
    was lost ('Farouq Brigade Syria 11th Armored Division')."""
    text = field.text
    if field.key == "units":
        text = _MID_LINE_FLAG.sub(r"\g<end>\n", text)
    prefixes = groups | leaders if field.key == "commanders" else groups
    return _with_text(field, "\n".join("\t".join(_unflagged(cell, prefixes) for cell in ln.split("\t"))
                                       for ln in text.split("\n")))  # a tab parts a copied row's cells


def _figures_apart(fields: tuple[RawField, ...]) -> tuple[RawField, ...]:
    """A belligerent's name between two figures of a strength or casualty line is the flag of the
    next column's figure, where the line break was lost: "30,000 fighters Islamic State of Iraq and
    the Levant 5,000–8,000 fighters" -> "30,000 fighters" / "5,000–8,000 fighters"."""
    figures = [f.text for f in fields if f.key in ("strength", "casualties")]
    if not figures:
        return fields
    names = sorted((n for n in _belligerents(fields) if any(n in t for t in figures)), key=len, reverse=True)
    if not names:  # no belligerent named among the figures (most pages): nothing to compile
        return fields
    flag = re.compile(r"(?<=[\w)\]])\s+(?:" + "|".join(re.escape(n) for n in names) + r")\s+(?=[~c.]*\s*\d)")
    return tuple(dataclasses.replace(f, text=flag.sub("\n", f.text)) if f.key in ("strength", "casualties")
                 and flag.search(f.text) else f for f in fields)


def strip_flag_icons(fields: tuple[RawField, ...]) -> tuple[RawField, ...]:
    """The fields with flag alt text taken off their entries, when the page renders flags so; on
    other pages, only flags that show themselves ('Syria Syrian Arab Republic') come off."""
    return _figures_apart(_strip_flag_icons(fields))


def _strip_flag_icons(fields: tuple[RawField, ...]) -> tuple[RawField, ...]:
    lines = [cell.strip() for f in fields if f.key in FLAGGED_KEYS for ln in f.text.split("\n") for cell in ln.split("\t")]
    shown, groups = _flags_in(ln for ln in lines if ln)
    if shown < MIN_FLAGS:
        return tuple(_with_text(f, "\n".join("\t".join(_self_evident(c) for c in ln.split("\t"))
                                              for ln in f.text.split("\n")))
                     if f.key in FLAGGED_KEYS else f for f in fields)
    fields = tuple(_unflag_field(f, groups, set()) if f.key == "belligerents" else f for f in fields)
    leaders = _belligerents(fields)
    return tuple(_unflag_field(f, groups, leaders) if f.key in FLAGGED_KEYS - {"belligerents"} else f
                 for f in fields)
