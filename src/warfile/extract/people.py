"""Commanders and leaders: 'Lt. Gen. Ali Abdullah Ayyoub (Army Chief of staff)Hilal al-Assad † (…)[16]'.

A commanders field is a run of names, each optionally followed by a "(role)" parenthesis. The
entries may sit one per line with the role on the next line, on one line ("Walid Aouss † (Leader)
Kahtane Haaj Mohammed † (Commander)"), or in a comma list where the role is its own item
("Walid AoussKIA, (leader), Abu Moaz, (commander)"). :func:`parse_people` reads them all the same
way: the text between parentheses holds names, a parenthesis qualifies the name before it. Names
run together with no separator are cut after a fate marker ("Rami Diab † Kamal Sarim") and
before a rank that follows a name ("… Emad Haddad Col. Sami Aziz"); fates other than death
("WIA", "POW") come off the name without making the person killed.
"""
from __future__ import annotations

import dataclasses
import re

from warfile.extract import lexicon
from warfile.extract.names import SEPARATORS, clean_item, is_noise, parenthesised_pieces
from warfile.model import Person

_RANK_WORDS = frozenset(lexicon.RANK_HEADS)
_MODIFIERS = frozenset(lexicon.RANK_MODIFIERS)
# A rank's abbreviation glued to the name after it, the space lost: "Lt. Gen.Abdel Karim".
_GLUED_RANK = re.compile(r"\b(" + "|".join(lexicon.RANK_HEADS + lexicon.RANK_MODIFIERS) + r")\.(?=[A-Z])")
# A dagger or a fate marker with another name after it: where one person's entry ends in a line
# that runs several together ("Brig. Gen. Rami Diab † Brig. Gen. Kamal Sarim").
_FATE_THEN_NAME = re.compile(r"(?:†|✝|(?:\b|(?<=[a-z\u00e0-\u024f.]))(?:KIA|DOW|WIA|POW|MIA)\b)(?=\s+[A-Z])")


def _unglue_ranks(text: str) -> str:
    """'Lt. Gen.Abdel Karim' -> 'Lt. Gen. Abdel Karim'."""
    return _GLUED_RANK.sub(r"\1. ", text)


_HONORIFICS = frozenset({"Sir", "Dame"})


def _rank_word(word: str) -> str:
    """The word as the rank lists spell it: without its full stop; modifiers hyphenated before a
    word ("Vice-Senior", "SS-Obergruppenführer") stand for that word."""
    bare = word.rstrip(".").strip('"“”')  # a self-styled rank in quotes: '"Brigadier" Foday Kallay'
    parts = [part.rstrip(".") for part in bare.split("-")]
    if len(parts) > 1 and all(part in _MODIFIERS or part in _RANK_WORDS for part in parts[:-1]) and (
            parts[-1] in _MODIFIERS or parts[-1] in _RANK_WORDS):
        return parts[-1]  # "Vice-Senior General", "SS-Obergruppenführer", "Brig.-Gen."
    return bare


# The arms a German general of the Second World War was a general of ("General der Infanterie").
_ARMS = frozenset({"Infanterie", "Fallschirmtruppe", "Panzertruppe", "Artillerie", "Kavallerie", "Flieger",
                   "Gebirgstruppe", "Luftwaffe", "Pioniere", "Nachrichtentruppe", "Waffen-SS", "Polizei"})


def split_rank(name: str) -> tuple[str | None, str]:
    """('Lt. Gen.', 'Ali Abdullah Ayyoub') from 'Lt. Gen. Ali Abdullah Ayyoub'; (None, name) if no rank."""
    name = _unglue_ranks(name)
    words = name.split()
    taken = 0
    heads: list[str] = []
    while taken < len(words) - 1:
        bare = _rank_word(words[taken])
        if bare in _RANK_WORDS:
            heads.append(bare)
        elif bare not in _MODIFIERS:
            break
        taken += 1
    # Modifiers after the last head word belong to the name, not the rank.
    while taken and _rank_word(words[taken - 1]) in _MODIFIERS and _rank_word(words[taken - 1]) not in _RANK_WORDS:
        taken -= 1
    if heads and words[taken:taken + 2] == ["zur", "See"] and taken + 2 < len(words):
        taken += 2  # "Kapitän zur See": a naval rank in three words
    elif heads and taken + 2 < len(words) and words[taken] == "der" and words[taken + 1] in _ARMS:
        taken += 2  # "General der Fallschirmtruppe": a general of an arm
    elif heads and words[taken:taken + 3] == ["of", "the", "Fleet"] and taken + 3 < len(words):
        taken += 3  # "Admiral of the Fleet Lord Cork"
    if not heads and len(words) > 2 and words[0] in _HONORIFICS:
        return words[0], " ".join(words[1:])  # "Sir Evelyn Baring": the knighthood, not the name
    if not heads or taken == 0:
        return None, name
    if len(heads) == 1 and heads[0] in lexicon.RANK_NEEDS_COMPANION and taken == 1:
        return None, name
    if taken < len(words) - 2 and words[taken] in _HONORIFICS:
        taken += 1  # "Gen. Sir Charles Keightley": the knighthood goes with the rank, not the name
    return " ".join(words[:taken]), " ".join(words[taken:])


# Titles that are also part of a name in the middle of it ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed").
_NAME_TITLES = frozenset({"Sheikh", "Shaikh", "Shaykh", "Sayyid", "Haji", "Hajji", "Mullah", "Mulla"})


def _opens_person(words: list[str], i: int) -> bool:
    """True when a rank starts at words[i] right after a name: the next person's entry begins
    (not a title within a name after a lone given name: "Hassan Sheikh Mohamud")."""
    prev = words[i - 1]
    if not prev[:1].isupper() or _rank_word(prev) in _RANK_WORDS or _rank_word(prev) in _MODIFIERS:
        return False
    if words[i] in _NAME_TITLES and (i == 1 or _rank_word(words[i - 2]) in _RANK_WORDS):
        return False
    rank, name = split_rank(" ".join(words[i:]))
    return rank is not None and name[:1].isupper()


def _split_at_ranks(item: str) -> list[str]:
    """'Brig. Gen. Emad Haddad Col. Sami Aziz' -> ['Brig. Gen. Emad Haddad', 'Col. Sami Aziz']."""
    words = item.split()
    cuts = [0] + [i for i in range(1, len(words)) if _opens_person(words, i)] + [len(words)]
    return [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:])]


def _split_after_fates(item: str) -> list[str]:
    """'Rami Diab † Kamal Sarim' -> ['Rami Diab †', 'Kamal Sarim']: a fate marker ends an entry."""
    parts, start = [], 0
    for m in _FATE_THEN_NAME.finditer(item):
        if clean_item(item[start:m.start()]):  # a marker opening the item belongs to the entry before
            parts.append(item[start:m.end()])
            start = m.end()
    parts.append(item[start:])
    return parts


def _entries(piece: str) -> list[str]:
    """The person entries of the text between two parentheses: at separators, after a fate
    marker followed by more names, and before a rank that follows a name."""
    return [entry for item in SEPARATORS.split(_unglue_ranks(piece)) if item.strip()
            for part in _split_after_fates(item) for entry in _split_at_ranks(part)]


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
    if is_noise(item) or lexicon.POST_NOMINALS.fullmatch(f" {item}"):  # "OBE" of "H. Jones VC, OBE"
        return None
    rank, name = split_rank(item)
    name = lexicon.POST_NOMINALS.sub("", name) or name  # "Robert Ryder RN"
    nicknames = tuple(m.group(1).strip() for m in _NICKNAME.finditer(name))
    name = clean_item(_NICKNAME.sub(" ", name)) if nicknames else clean_item(name)
    if is_noise(name):
        return None
    return Person(name=name, rank=rank, killed=killed, aliases=nicknames)


# A role after a spaced dash, to the end of its line: "Gen. Fernando Tapias — Commander of the Army".
_DASHED_ROLE = re.compile(r"[ \t]+[—–][ \t]+([^\n()]+?)[ \t]*(?=\(|$)", re.MULTILINE)
# A quoted nickname after a name: 'Alex Tamba Brima "Gullit"'. One inside it is how the name is
# written ('Ibrahim "Cambodia" Koroma') and stays.
_NICKNAME = re.compile(r"""\s+["“]([^"“”\n]{1,30})["”]\s*$""")


def _apply_note(person: Person, note: str) -> Person:
    """A parenthesis after a name: a role, a status ('KIA', 'POW'), an alias ('a.k.a. X', a quoted
    nickname) or several of these split by ';' ('a.k.a. Abu X; governor of Y')."""
    for part in note.split(";"):
        person = _apply_note_part(person, part)
    return person


def _apply_note_part(person: Person, note: str) -> Person:
    killed, note = _marked_killed(note)
    note = clean_item(note)
    if killed:
        person = dataclasses.replace(person, killed=True)
    if not note or lexicon.STATUS_NOTES.match(note):
        return person
    alias = lexicon.PERSON_ALIAS_CUES.match(note) or lexicon.QUOTED_NICKNAME.match(note)
    if alias:
        return dataclasses.replace(person, aliases=person.aliases + (clean_item(alias.group("alias")),))
    if person.role is None:
        return dataclasses.replace(person, role=note)
    return person


def parse_people(text: str) -> tuple[Person, ...]:
    """Commanders in the order written, with rank, role and killed markers read off each entry."""
    if not isinstance(text, str):
        return ()
    text = _DASHED_ROLE.sub(r" (\1)", lexicon.CITATION.sub("\n", text))
    people: list[Person] = []
    # Whether the last entry wrote its own fate ("BerezaWIA", "HadiKIA"): a lone "KIA" after such an
    # entry marks a person the dump lost (an image stood for the name), not that entry.
    settled = False
    for kind, piece in parenthesised_pieces(text):
        if kind == "paren":
            if people:
                people[-1] = _apply_note(people[-1], piece)
            continue
        for item in _entries(piece):
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
