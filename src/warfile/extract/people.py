"""Commanders and leaders: 'Lt. Gen. Ali Abdullah Ayyoub (Army Chief of staff)Hilal al-Assad † (…)[16]'.

A commanders field is a run of names, each optionally followed by a "(role)" parenthesis. The
entries may sit one per line with the role on the next line, on one line ("Walid Aouss † (Leader)
Kahtane Haaj Mohammed † (Commander)"), or in a comma list where the role is its own item
("Walid AoussKIA, (leader), Abu Moaz, (commander)"). :func:`parse_people` reads them all the same
way: the text between parentheses holds names, a parenthesis qualifies the name before it.
"""
from __future__ import annotations

import dataclasses
import re

from warfile.extract import lexicon
from warfile.extract.names import clean_item, is_noise, parenthesised_pieces
from warfile.model import Person

_SEPARATORS = re.compile(r"\n|\r|;|,|(?:^|\s)[*•·▪◦‣]+\s*|\s\|\s|\t")
_RANK_WORDS = frozenset(lexicon.RANK_HEADS)
_MODIFIERS = frozenset(lexicon.RANK_MODIFIERS)


def split_rank(name: str) -> tuple[str | None, str]:
    """('Lt. Gen.', 'Ali Abdullah Ayyoub') from 'Lt. Gen. Ali Abdullah Ayyoub'; (None, name) if no rank."""
    words = name.split()
    taken = 0
    heads: list[str] = []
    while taken < len(words) - 1:
        bare = words[taken].rstrip(".")
        if bare in _RANK_WORDS:
            heads.append(bare)
        elif bare not in _MODIFIERS:
            break
        taken += 1
    # Modifiers after the last head word belong to the name, not the rank.
    while taken and words[taken - 1].rstrip(".") in _MODIFIERS and words[taken - 1].rstrip(".") not in _RANK_WORDS:
        taken -= 1
    if not heads or taken == 0:
        return None, name
    if len(heads) == 1 and heads[0] in lexicon.RANK_NEEDS_COMPANION and taken == 1:
        return None, name
    return " ".join(words[:taken]), " ".join(words[taken:])


def _marked_killed(text: str) -> tuple[bool, str]:
    """(killed?, text without the killed markers)."""
    stripped, n = lexicon.KILLED_MARKERS.subn(" ", text)
    return n > 0, stripped


def _marked_status(text: str) -> tuple[bool, str]:
    """(another fate written on it?, text without those markers): 'WIA', 'POW', 'MIA'."""
    stripped, n = lexicon.STATUS_MARKERS.subn(" ", text)
    return n > 0, stripped


def _is_bare(text: str) -> bool:
    """True when nothing but punctuation is left: the item was only a marker ("KIA", "†")."""
    return not text.strip(" *•·▪◦‣-–—:;,.|")


def _person_from(item: str) -> Person | None:
    killed, item = _marked_killed(item)
    _, item = _marked_status(item)
    item = clean_item(item)
    if is_noise(item):
        return None
    rank, name = split_rank(item)
    name = clean_item(name)
    if is_noise(name):
        return None
    return Person(name=name, rank=rank, killed=killed)


def _apply_note(person: Person, note: str) -> Person:
    """A parenthesis after a name: a role, a status ('KIA', 'POW') or an alias ('a.k.a. X')."""
    killed, note = _marked_killed(note)
    note = clean_item(note)
    if killed:
        person = dataclasses.replace(person, killed=True)
    if not note or lexicon.STATUS_NOTES.match(note):
        return person
    alias = lexicon.PERSON_ALIAS_CUES.match(note)
    if alias:
        return dataclasses.replace(person, aliases=person.aliases + (clean_item(alias.group("alias")),))
    if person.role is None:
        return dataclasses.replace(person, role=note)
    return person


def parse_people(text: str) -> tuple[Person, ...]:
    """Commanders in the order written, with rank, role and killed markers read off each entry."""
    if not isinstance(text, str):
        return ()
    text = lexicon.CITATION.sub("\n", text)
    people: list[Person] = []
    # Whether the last entry wrote its own fate ("BerezaWIA", "HadiKIA"): a lone "KIA" after such an
    # entry marks a person the dump lost (an image stood for the name), not that entry.
    settled = False
    for kind, piece in parenthesised_pieces(text):
        if kind == "paren":
            if people:
                people[-1] = _apply_note(people[-1], piece)
            continue
        for item in _SEPARATORS.split(piece):
            if not item.strip():
                continue
            killed, rest = _marked_killed(item)
            if killed and _is_bare(rest):  # a lone "†" or "KIA" after an entry
                if people and not settled:
                    people[-1] = dataclasses.replace(people[-1], killed=True)
                continue
            person = _person_from(item)
            if person is not None:
                people.append(person)
                settled = killed or _marked_status(item)[0]
    return tuple(people)
