"""Name normalisation, transliteration keys and the same-or-not decision for two names.

Three layers, each a pure function of strings:

- ``fold`` / ``name_tokens`` / ``name_key``: case, diacritics (Mihraç -> mihrac via anyascii), citation
  marks, daggers, hyphens and apostrophes (Nu'man -> numan), Arabic articles (al-/el-/ash-/as-...).
- ``phonetic_key``: a transliteration key that forgets what romanisations disagree on: vowel
  quality and length (Kessab/Kasab, Shaykhun/Shaykhoun, Muhajireen/Muhajiroon), doubled letters
  (Kassab/Kasab), q/k. Vowel *runs* are kept as one slot, so an added syllable still differs
  (Jund/Junud: two different groups).
- ``match_person`` / ``match_group`` / ``match_place``: a :class:`Verdict` — 'same' (merge), 'maybe'
  (a candidate for a curator, never merged) or 'different'. Precision first: for people, a shared
  surname or a shared kunya prefix is never enough.

The lexicons below are data: each says why it is there.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

# Arabic definite articles as romanised in English text, written before a word with a hyphen, a
# space or glued by assimilation (ash-Sham, as-Sa'iqa, ad-Din). Dropped from keys because sources
# disagree on whether to write them ("Nusra Front" / "Al-Nusra Front").
ARTICLES = frozenset({"al", "el", "ash", "as", "ad", "an", "ar", "at", "az", "ath", "adh", "ul", "ud"})

# Tokens translated to one English word before comparing groups: Arabic unit designators and their
# English renderings name the same thing ("Liwa al-Tawhid" = "Al-Tawhid Brigade",
# "Jabhat al-Nusra" = "Al-Nusra Front").
GROUP_WORD_TRANSLATIONS = {
    "jabhat": "front", "jabha": "front", "jabhet": "front",
    "liwa": "brigade", "liwaa": "brigade", "brigades": "brigade",
    "kataib": "battalion", "katibat": "battalion", "katiba": "battalion", "battalions": "battalion",
    "harakat": "movement", "haraka": "movement",
    "jaysh": "army", "jaish": "army", "jeish": "army",
    "defence": "defense",
}

# Designators a source may add or leave out around a group's proper name ("Kataib Ansar al-Sham" =
# "Ansar al-Sham", "Ansar al-Din Front" = "Ansar al-Din"). Dropped only when a proper name remains.
# Not 'army' or 'movement': "Jaysh al-Sham" is not "Sham Legion", "Harakat Sham al-Islam" keeps its word.
GROUP_DESIGNATORS = frozenset({"front", "brigade", "battalion"})

# Known names of the same group that no spelling rule connects (abbreviations, renamings in common
# use). Each line: canonical key <- variant keys (as name_key would write them, articles dropped).
GROUP_SYNONYMS = {
    "free syrian army": ("fsa",),
    "islamic state of iraq and the levant": ("isil", "isis", "islamic state of iraq and syria", "daesh"),
    "national defense force": ("ndf", "national defence force", "national defense forces"),
    "syrian arab army": ("saa", "syrian army"),
    "syrian observatory for human rights": ("sohr",),
    "hezbollah": ("hizbollah", "hizballah", "hizbullah"),
}

# Place words with the same meaning in different sources ("Latakia province" = "Latakia Governorate").
PLACE_WORD_TRANSLATIONS = {"province": "governorate", "muhafazat": "governorate", "mount": "mountain",
                           "jabal": "mountain", "jebel": "mountain", "mountains": "mountain"}

# Words that say what a person does, not who they lead: removed from a role to leave the group it
# names ("Junud al-Sham commander" -> "Junud al-Sham"), which is the context that lets
# "Muslim Shishani" and "Muslim Abu Walid al Shishani" be one person.
ROLE_WORDS = frozenset({
    "commander", "leader", "deputy", "spokesman", "spokesperson", "chief", "of", "staff", "head",
    "emir", "amir", "founder", "general", "top", "provincial", "senior", "field", "military",
    "political", "co", "former", "the", "and", "in",
})

# Kunya prefixes ("father of", "mother of", "son of"): "Abu Moaz" and "Abu Mustafa" share only this.
KUNYA = frozenset({"abu", "abou", "umm", "um", "ibn", "bin", "bint"})

# Thresholds (rapidfuzz ratio, 0-100) checked against tests/data/entity_pairs.csv: people need a
# near-identical spelling (Hilal/Halil al-Assad scores 82 and must stay apart) ...
PERSON_SAME_RATIO = 90
# ... a spelling this close is worth showing a curator, never merging. Groups and places need more:
# at 80 "Free Syrian Army" / "Syrian Air Force" and "al-Salam" / "al-Sayyad checkpoint" were noise.
MAYBE_RATIO = 80
MAYBE_RATIO_NAMES = 86
# Groups and places whose transliteration keys agree merge above this plain-spelling similarity
# (Kessab/Kasab 73, Muhajireen/Muhajiroon 80).
TRANSLIT_RATIO = 65

# Names repeat across thousands of records (every merge, entity and link pass folds the same
# spellings again), so the pure per-name functions below keep this many recent answers. Each of
# the caches holds up to ~150 bytes an entry: 1 << 14 keeps them under ~15 MB together (at
# 1 << 16 they were most of a rebuild's memory) while one group's or one pass's names still fit.
NAME_CACHE = 1 << 14

_CITATION = re.compile(r"\[\s*(?:\d+|[a-z]|citation needed|note \d+)\s*\]", re.I)
_APOSTROPHES = re.compile(r"['’‘ʿʾ`´]")
_NON_WORD = re.compile(r"[^\w\s]|_")


# Strings longer than this (document texts, summaries) are folded without being cached.
CACHED_CHARS = 200


def fold(text: str | None) -> str:
    """Lower-case ASCII with marks, citation brackets, daggers and punctuation removed."""
    if text and len(text) > CACHED_CHARS:
        return fold_text(text)
    return _fold_name(text)


@lru_cache(maxsize=NAME_CACHE)
def _fold_name(text: str | None) -> str:
    return fold_text(text)


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def to_ascii(text: str) -> str:
    """anyascii(text), transliterating only the runs of non-ASCII characters: anyascii maps each
    character on its own, and its per-character loop made it most of the cost of folding long texts
    that hold a few accented names."""
    return text if text.isascii() else _NON_ASCII_RUN.sub(lambda m: anyascii(m.group()), text)


def _ascii_fold_tables() -> tuple[bytes, bytes]:
    """What _APOSTROPHES (removed) then _NON_WORD (a space) do to each ASCII character, as a
    bytes.translate table and the bytes it deletes: both patterns match one character at a time,
    so on ASCII text one translate does both substitutions (a third of the time over a long
    document, half over an event's summary)."""
    table, delete = bytearray(range(256)), bytearray()
    for code in range(128):
        if _APOSTROPHES.fullmatch(chr(code)):
            delete.append(code)
        elif _NON_WORD.fullmatch(chr(code)):
            table[code] = ord(" ")
    return bytes(table), bytes(delete)


_ASCII_FOLD, _ASCII_DELETE = _ascii_fold_tables()


def fold_text(text: str | None) -> str:
    """fold, never cached: for long texts read once."""
    if not text:
        return ""
    text = to_ascii(_CITATION.sub(" ", str(text)).replace("†", " ").replace("‡", " ")).casefold()
    if not text.isascii():  # to_ascii transliterates everything; should it ever not, the patterns do it
        return " ".join(_NON_WORD.sub(" ", _APOSTROPHES.sub("", text)).split())
    return " ".join(text.encode("ascii").translate(_ASCII_FOLD, _ASCII_DELETE).decode("ascii").split())


@lru_cache(maxsize=NAME_CACHE)
def name_tokens(text: str | None) -> tuple[str, ...]:
    """The folded words of a name without Arabic articles or a leading 'the'."""
    words = fold(text).split()
    if words and words[0] == "the":
        words = words[1:]
    kept = tuple(w for w in words if w not in ARTICLES)
    return kept or tuple(words)


def name_key(text: str | None) -> str:
    """The comparison form of a name: 'Al-Nusra Front' -> 'nusra front'."""
    return " ".join(name_tokens(text))


def slug(text: str | None) -> str:
    """A URL/id slug: '2014 Latakia offensive' -> '2014-latakia-offensive'."""
    return "-".join(fold(text).split())


_VOWEL_RUN = re.compile(r"[aeiou]+")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=NAME_CACHE)
def phonetic_token(word: str) -> str:
    """Transliteration key of one folded word: vowel runs become one slot, doubles collapse."""
    w = word.replace("ph", "f").replace("q", "k").replace("dh", "d").replace("ou", "u")
    # Russian and Persian names romanised by different schemes: Skobeleff = Skobelev, Khowst = Khost,
    # Shahnawaz = Shahnavaz
    w = re.sub(r"ff$", "v", w)
    w = re.sub(r"(?<=[aeiou])w(?![aeiou])", "", w).replace("w", "v")
    if len(w) > 1:
        w = w[0] + re.sub(r"y(?![aeiou])", "i", w[1:])  # Shaykh = Shaikh; a leading y stays a consonant
    w = re.sub(r"(?<=[aeiou])h$", "", w)  # Hamah = Hama
    w = _DOUBLE.sub(r"\1", w)
    return _VOWEL_RUN.sub("a", w)


def phonetic_key(text: str | None) -> str:
    return " ".join(phonetic_token(t) for t in name_tokens(text))


def ratio(a: str, b: str) -> float:
    """Spelling similarity of two names' keys, 0-100."""
    return fuzz.ratio(name_key(a), name_key(b))


@dataclass(frozen=True, slots=True)
class Verdict:
    decision: str  # 'same' | 'maybe' | 'different'
    score: float  # 0-1
    reason: str

    @property
    def same(self) -> bool:
        return self.decision == "same"


def _different(score: float, reason: str) -> Verdict:
    return Verdict("different", round(score / 100, 3), reason)


def _fuzzy_fallback(a: str, b: str, r: float, floor: float = MAYBE_RATIO_NAMES) -> Verdict:
    if re.findall(r"\d+", fold(a)) != re.findall(r"\d+", fold(b)):  # "1st" / "3rd Armoured Division"
        return _different(r, "different numbers")
    if r >= floor:
        return Verdict("maybe", round(r / 100, 3), "similar spelling")
    return _different(r, "different names")


# ---------------------------------------------------------------- groups

_SYNONYM_OF = {name_key(v): name_key(k) for k, vs in GROUP_SYNONYMS.items() for v in vs}


@lru_cache(maxsize=NAME_CACHE)
def group_tokens(text: str | None) -> tuple[str, ...]:
    """Group name words with designators translated and, when a proper name remains, dropped."""
    key = name_key(text)
    key = _SYNONYM_OF.get(key, key)
    words = [GROUP_WORD_TRANSLATIONS.get(w, w) for w in key.split()]
    proper = [w for w in words if w not in GROUP_DESIGNATORS]
    return tuple(sorted(proper or words))


def group_key(text: str | None) -> str:
    key = " ".join(group_tokens(text))
    return _SYNONYM_OF.get(key, key)


def match_group(a: str, b: str) -> Verdict:
    ka, kb = group_key(a), group_key(b)
    if not ka or not kb:
        return _different(0, "empty name")
    if ka == kb:
        return Verdict("same", 1.0, "same normalised name")
    r = fuzz.ratio(ka, kb)
    pa = " ".join(phonetic_token(t) for t in ka.split())
    pb = " ".join(phonetic_token(t) for t in kb.split())
    if pa == pb and r >= TRANSLIT_RATIO:
        return Verdict("same", round(r / 100, 3), "transliteration variant")
    return _fuzzy_fallback(a, b, r)


# ---------------------------------------------------------------- places

@lru_cache(maxsize=NAME_CACHE)
def place_tokens(text: str | None) -> tuple[str, ...]:
    return tuple(PLACE_WORD_TRANSLATIONS.get(w, w) for w in name_tokens(text))


def match_place(a: str, b: str) -> Verdict:
    ta, tb = place_tokens(a), place_tokens(b)
    if not ta or not tb:
        return _different(0, "empty name")
    if ta == tb:
        return Verdict("same", 1.0, "same normalised name")
    r = fuzz.ratio(" ".join(ta), " ".join(tb))
    rq = fuzz.ratio(" ".join(ta).replace("q", "k"), " ".join(tb).replace("q", "k"))  # Raqqa = Rakka
    if [phonetic_token(t) for t in ta] == [phonetic_token(t) for t in tb] and max(r, rq) >= TRANSLIT_RATIO:
        return Verdict("same", round(r / 100, 3), "transliteration variant")
    if contains_in_order(ta, tb) or contains_in_order(tb, ta):  # "Kasab" / "Kasab border crossing": not the same place
        return Verdict("maybe", round(r / 100, 3), "one name contains the other")
    return _fuzzy_fallback(a, b, r)


# ---------------------------------------------------------------- people

@lru_cache(maxsize=NAME_CACHE)
def role_group(role: str | None) -> str:
    """The group a role names, as a group key: 'Latakia NDF commander' -> key of 'Latakia NDF'."""
    words = [w for w in name_tokens(role) if w not in ROLE_WORDS]
    return group_key(" ".join(words)) if words else ""


def contains_in_order(short: Sequence[str], long: Sequence[str]) -> bool:
    """The short name's words appear in the long one, in order (a subsequence)."""
    it = iter(long)
    return len(short) < len(long) and all(any(w == x for x in it) for w in short)


def _phonetic_equal(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    return len(ta) == len(tb) and all(phonetic_token(x) == phonetic_token(y) for x, y in zip(ta, tb))


def kunya_differs(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """'Abu Moaz' / 'Abu Mustafa': both start with the same kunya word, the name after it differs."""
    return (len(ta) > 1 and len(tb) > 1 and ta[0] in KUNYA and ta[0] == tb[0]
            and phonetic_token(ta[1]) != phonetic_token(tb[1]))


def match_person(a: str, b: str, role_a: str | None = None, role_b: str | None = None) -> Verdict:
    """Same person? Roles give the context containment needs ('Junud al-Sham commander' twice)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return _different(0, "empty name")
    if ta == tb:
        return Verdict("same", 1.0, "same normalised name")
    ga, gb = role_group(role_a), role_group(role_b)
    roles_agree = bool(ga) and bool(gb) and match_group(ga, gb).same
    roles_clash = bool(ga) and bool(gb) and not roles_agree
    r = fuzz.ratio(" ".join(ta), " ".join(tb))
    if kunya_differs(ta, tb) and not (contains_in_order(ta, tb) or contains_in_order(tb, ta)):
        return _different(r, "different names after the same kunya")
    if _phonetic_equal(ta, tb) and r >= PERSON_SAME_RATIO and not roles_clash:
        return Verdict("same", round(r / 100, 3), "transliteration variant")
    if contains_in_order(ta, tb) or contains_in_order(tb, ta):
        short = min(ta, tb, key=len)
        if roles_agree and len(short) >= 2:
            return Verdict("same", 0.9, "fuller name with the same role")
        return Verdict("maybe", 0.6 if not roles_clash else 0.4,
                       "one name contains the other" + (" but roles differ" if roles_clash else ""))
    if _phonetic_equal(ta, tb):
        return Verdict("maybe", round(r / 100, 3), "transliteration variant, spelling too far apart")
    if r >= MAYBE_RATIO and ta[0] != tb[0] and phonetic_token(ta[0]) != phonetic_token(tb[0]):
        return _different(r, "different given names")
    return _fuzzy_fallback(a, b, r, MAYBE_RATIO)


def match_names(kind: str, a: str, b: str, role_a: str | None = None, role_b: str | None = None) -> Verdict:
    """Dispatch on entity kind ('person', 'group', 'place')."""
    if kind == "person":
        return match_person(a, b, role_a, role_b)
    if kind == "place":
        return match_place(a, b)
    return match_group(a, b)


def fuller(names: list[str] | tuple[str, ...]) -> str:
    """The fullest spelling: most words, then the spelling most sources use (a name given once per
    source: "Skobelev" twice over "Skobeleff" once), then diacritics kept (Mihraç over Mihrac),
    then longest. A spelling cased as names are comes before all that: a cable read in sentence case
    gives "ltgen bruce palmer JR" where a page gives "Bruce Palmer Jr.". So does a spelling that keeps
    every accent another spelling's words have: a cable's "Francisco Caamano Deno" lost the page's
    "Caamaño", more words or not.

    Ties fall to the greatest string, so the choice never depends on input order.
    """
    uses = {n: names.count(n) for n in set(names)}
    accented = {w.casefold(): w for n in set(names) for w in n.split() if not w.isascii()}
    folded = {to_ascii(k) for k in accented}

    def written_in_full(n: str) -> bool:  # no word of it is another spelling's word with its accents lost
        return not n.isascii() or not any(w.casefold() in folded for w in n.split())
    return max(names, key=lambda n: (_cased(n), written_in_full(n), len(name_tokens(n)), uses[n],
                                     sum(not c.isascii() for c in n), len(n), n))


def _cased(name: str) -> bool:
    """Whether a name is written as names are: half its words or more open with a capital."""
    words = name.split()
    return sum(w[:1].isupper() for w in words) * 2 >= len(words)
