"""Flag icons a mirror rendered as their alt text, taken off infobox entries.

Some mirrors (Fandom's Military Wiki, piglix, …) flatten each flag icon into its alt text, glued
before the entry it marks: "Syria Syrian Arab Republic", "Syria Brig. Gen. Haidar Ali Asad", and for
a group with its own flag the name twice, "Islamic State of Iraq and the Levant Islamic State of
Iraq and the Levant", then that name again before each of its commanders.

A page either renders its flags this way or not at all, so the prefixes are taken off only where
the infobox shows the pattern at least twice (lines of the per-side fields opening with a state's
name and another capitalised word, or made of one name said twice): a lone "Sudan People's
Liberation Army" on a page without flags keeps its first word. A prefix is never taken off when
what remains is only a service's generic name ("United States Army" stays whole).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from warfile.model import RawField

from . import lexicon

# The fields whose entries carry flags.
FLAGGED_KEYS = frozenset({"belligerents", "supporters", "commanders", "units"})
# Times the pattern must show in one infobox before prefixes are taken off.
MIN_FLAGS = 2
# Words that, alone after a state's name, make one name with it ("Israel Defense Forces").
_GENERIC = re.compile(r"^(?:(?:Army|Navy|Air|Force|Forces|Armed|Defen[cs]e|Marine|Marines|Corps|Special|Coast|"
                      r"Guard|National|Ground|Land|Naval|Border|Police|Security|Military|Government)\b\s*)+$")
_STATE_PREFIX = re.compile(r"^(?P<flag>" + "|".join(re.escape(s) for s in lexicon.STATE_NAMES) + r") (?=[A-Z0-9])")


def _doubled(line: str) -> str | None:
    """'X X' -> 'X' for a name of one or more words said twice."""
    words = line.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:] and line[:1].isupper():
        return " ".join(words[:half])
    return None


def _flags_in(lines: Iterable[str]) -> tuple[int, set[str]]:
    """How many lines show a flag, and the group names shown twice (their flags' alt text)."""
    shown, groups = 0, set()
    for line in lines:
        if (name := _doubled(line)) is not None:
            shown += 1
            groups.add(name)
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


def strip_flag_icons(fields: tuple[RawField, ...]) -> tuple[RawField, ...]:
    """The fields with flag alt text taken off their entries, when the page renders flags so."""
    lines = [ln.strip() for f in fields if f.key in FLAGGED_KEYS for ln in f.text.split("\n")]
    shown, groups = _flags_in(ln for ln in lines if ln)
    if shown < MIN_FLAGS:
        return fields
    return tuple(
        dataclasses.replace(f, text="\n".join(_unflagged(ln, groups) for ln in f.text.split("\n")))
        if f.key in FLAGGED_KEYS else f
        for f in fields)
