"""The parts of one event, read from the words of its clause.

Who acted (:func:`actors_in`): the subject of the event verb ("Ukrainian troops recaptured …"),
the agent of a passive ("was shelled by separatist artillery"), a leader ("led by the al-Nusra
Front"), or for a statement its speaker. Where (:func:`places_in`): names after place cues ("the
village of X", "near X", "recaptured X", "X checkpoint"), never a demonym, a group, a claimant, a
person or a month. Who says so (:func:`claimant_in`), whether the claim is disputed
(:func:`is_disputed`), and what it cost (:func:`casualties_in`). Nothing here knows one war: the
vocabularies are generic and live in :mod:`warfile.extract.lexicon_events`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from warfile.model import Casualties, Equipment

from . import lexicon_events as lex
from .alternation import word_alternation
from .needles import Cue, StartCue, fold, max_width
from .people import split_rank

_I = re.IGNORECASE

# The timeline asks about the same clause more than once (its type, then its event's parts), and
# every function here is pure: results are cached by (text, statement). Clauses are short, so a few
# thousand entries cost little memory.
CACHE_SIZE = 4096


def _words(words) -> str:
    """The words as one alternation, longest first, written as a prefix tree (alternation.py)."""
    return word_alternation(words)


def _any(patterns, flags: int = _I) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


# ---------------------------------------------------------------- names and actor phrases

_NAME_WORD = r"(?:(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin)-)?[A-Z][\w'’]*(?:-[\w'’]+)*"
# Lower-case particles inside a name: "Deir ez-Zor", "Ras al-Ain", "Tell es-Sultan".
_NAME = rf"{_NAME_WORD}(?: (?:{_NAME_WORD}|(?:al|el|ad|ash|ez|es|ed|en|er|et|as|az|at|an|ar)-[A-Z][\w'’]*|\d+\b))*"
_GROUP_WORDS = 3  # name words before a group head ("Free Syrian Army")
# A formation's number before its head ("3rd Division", "57 Division", "325C Division"; never a
# year or a day of a month); a task force's number or name ("Task Force 8", "Task Force Hammer").
_UNIT_NUMBER = (r"\d{1,3}(?:st|nd|rd|th|[A-Z])?(?![\w,.])"
                rf"(?! (?i:{_words(m.title() for m in lex.MONTHS)})\b)")  # "12 May": a date
_TASK_FORCE = r"(?:Task Force|Battle Group|Kampfgruppe|Combat Team) (?:\d{1,3}\b|[A-Z][a-z'’]+\b)"
_GROUP_RE = (rf"(?:(?:{_NAME_WORD}|{_UNIT_NUMBER}) ){{0,{_GROUP_WORDS}}}(?:{'|'.join(lex.GROUP_HEADS)})\b"
             rf"|\b(?:{_words(lex.NAMED_GROUPS)})\b")
# After a battalion, the regiment it belongs to: "1st Battalion, 9th Marines", "2nd Battalion of
# the West Yorkshire Regiment" (read after the phrase is found: phrases hold no commas).
_PARENT_UNIT = re.compile(rf"(?:,| of the) (?:{_UNIT_NUMBER} )?(?:{_NAME_WORD} ){{0,3}}"
                          rf"(?:{_words(lex.REGIMENT_HEADS)})\b(?: of Foot\b)?")
_GROUP = re.compile(_GROUP_RE)
_HEAD = rf"(?i:{_words(lex.FORCE_NOUNS)})"
_MOD = (rf"(?:{_NAME_WORD}|(?:pro|anti)-[\w'’]+|[\w'’]+-(?:led|backed|allied|aligned)"
        rf"|(?i:{_words(lex.ACTOR_MODIFIERS)}))")
_MORE_MODS = 4
_MODS = rf"{_MOD}(?: (?:and )?{_MOD}){{0,{_MORE_MODS}}} "  # "French and Malian", "Saudi-led coalition"
_ROLE_RE = rf"(?:{_MODS})?{_HEAD}\b(?: loyal to {_NAME})?"
_ROLE = re.compile(_ROLE_RE)
_ACTOR_RE = rf"(?:{_TASK_FORCE}|{_ROLE_RE}|{_GROUP_RE})"
_ACTOR = re.compile(rf"(?<![\w-]){_ACTOR_RE}")
# Every actor phrase holds a head word (a force noun, a group head or a named group), and at most
# _ACTOR_SPACES spaces come before it: up to 1 + _MORE_MODS modifiers joined by " " or " and ",
# the space before the head, or _GROUP_WORDS name words. _actor_matches finds the next head
# word first (one scan of the lower-cased text) and starts _ACTOR that many spaces before it,
# instead of trying the long pattern at every word of the clause. Lexicon words are plain words
# ("Jabhat al-Nusra"); were one a pattern, the anchor could miss it, so the shortcut is off.
_HEAD_WORDS = (*lex.FORCE_NOUNS, *lex.GROUP_HEADS, *lex.NAMED_GROUPS)
_MOD_SPACES = max(w.count(" ") for w in lex.ACTOR_MODIFIERS)
_ACTOR_SPACES = max((1 + _MORE_MODS) * _MOD_SPACES + 2 * _MORE_MODS + 1, _GROUP_WORDS)
_PLAIN_WORD = re.compile(r"[\w'’][\w'’ -]*")
_PHRASE_START = re.compile(r"(?<![\w-])[\w'’]")  # the look-behind of _ACTOR, then a word's first character
_HEAD_ANCHOR = re.compile(_words({w.lower() for w in _HEAD_WORDS})) \
    if all(_PLAIN_WORD.fullmatch(w) for w in (*_HEAD_WORDS, *lex.ACTOR_MODIFIERS)) else None


@lru_cache(maxsize=CACHE_SIZE)  # a document names the same places again and again
def _is_force(name: str) -> bool:
    """Whether the whole name is a role ("separatist forces") or a group ("Free Syrian Army").
    Both hold a head word: without one (most place names) neither pattern is tried."""
    if _HEAD_ANCHOR is not None and _HEAD_ANCHOR.search(fold(name)) is None:
        return False
    return bool(_GROUP.fullmatch(name) or _ROLE.fullmatch(name))


def _actor_start(text: str, head: int, pos: int) -> int:
    """Where an actor phrase holding the head word at ``head`` can start, at the earliest: at
    most _ACTOR_SPACES spaces before it, and after the last character no phrase holds (a phrase
    starting before that character would contain it)."""
    at = head
    for _ in range(_ACTOR_SPACES + 1):
        at = text.rfind(" ", pos, at)
        if at < 0:
            at = pos - 1
            break
    stop = _BEFORE_NP.match(text, at + 1, head)
    return stop.end() if stop else at + 1


def _actor_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_ACTOR.finditer(text)``, each tried only at the word starts a bounded
    number of spaces before a head word. Positions before ``tried`` are known to start none."""
    if _HEAD_ANCHOR is None:
        yield from _ACTOR.finditer(text)
        return
    folded, tried = fold(text), 0  # fold keeps every character's position
    while (head := _HEAD_ANCHOR.search(folded, tried)) is not None:
        found = None
        for start in _PHRASE_START.finditer(text, max(tried, _actor_start(text, head.start(), tried)),
                                            head.start() + 1):
            found = _ACTOR.match(text, start.start())
            if found is not None:
                break
        if found is None:
            tried = head.start() + 1
            continue
        yield found
        tried = found.end()  # a phrase is never empty: it holds a head word
_GENERIC_ACTOR = Cue(re.compile(r"\b(?:" + _words(lex.GENERIC_ACTORS) + r")\b", _I))

_ARTICLE = r"(?:(?:the|a|an|The|A|An) )?"
_SUBJECT = re.compile(rf"(?:^|(?<=[\s,;(\"“]))(?P<article>{_ARTICLE})(?P<np>{_ACTOR_RE}|{_NAME})\s*$")
# _SUBJECT must run to the end of the text, and its noun phrase holds only word characters,
# whitespace, apostrophes, hyphens and the characters of the lexicon's group and force words: no
# match starts before the last other character, so the search begins after it (the regex would
# otherwise try its long alternation at every word of the sentence and fail).
_NP_CHARS = "".join(sorted({c for w in (*lex.NAMED_GROUPS, *lex.FORCE_NOUNS, *lex.ACTOR_MODIFIERS, *lex.GROUP_HEADS)
                            for c in w if not (c.isalnum() or c.isspace() or c == "_")}))
_BEFORE_NP = re.compile(rf".*[^\w\s'’\-{re.escape(_NP_CHARS)}]", re.DOTALL)
# Word start before the look-behinds: zero-width tests at one place commute (same matches), and
# the cheap one first spares the look-behinds at every character inside a word.
_VERB = Cue(re.compile(rf"\b(?<!\bthe )(?<!\ba )(?<!\ban )(?:{'|'.join(lex.SUBJECT_VERBS)}|cut)\b", _I))
_PASSIVE = re.compile(r"\b(?:was|were|been|is|are|being|be)\s+(?:\w+ly\s+)?$", _I)
_FILLERS = rf"(?:{'|'.join(lex.SUBJECT_FILLERS)})"
_FILLER = re.compile(rf"(?:^|\s){_FILLERS}\s*$", _I)
# In a text without trailing whitespace a _FILLER match is one space (or the start) and a filler:
# it starts at most this many characters before the end, so the search begins there.
_FILLER_WIDTH = 1 + (max_width(_FILLERS, _I) or 10**9)  # unbounded: the whole text
_FILLER_WORDS = Cue(_FILLER)  # its needles: one of them is in every filler
_SUPPORT_ASIDE = re.compile(lex.SUPPORT_ASIDE, _I)
_LEADER = re.compile(rf"{lex.LEADING_AGENT}(?P<np>{_ACTOR_RE})")
_AGENT = Cue(re.compile(rf"(?P<before>[\w'’-]+)\s+by (?:the )?(?:[\w -]{{0,40}}? including (?:the )?)?(?P<np>{_ACTOR_RE})"))
_PARTNER = re.compile(rf"(?<![\w-])(?:the )?(?P<np>{_ACTOR_RE}),? and (?:the )?$")
_PARTNER_ENDS = (" and ", " and the ", " and \n", " and the \n")  # how a _PARTNER match ends ($: or before a last newline)
_MONTH_WORD = rf"(?:{_words(m.title() for m in lex.MONTHS if len(m) > 3 or m == 'may')})\b"
_SPEAKER = re.compile(rf"(?!{_MONTH_WORD})({_NAME_WORD}(?: (?:of (?:the )?)?{_NAME_WORD}){{1,4}}),? (?:[a-z]\w* )?(?:said|stated|called|told|"
                      r"announced|warned|released|urged|accused|declared)\b")
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{'|'.join(lex.PLACE_PREPOSITIONS)}|by|with|against|including) (?:the )?$", _I)


_COUNTED = re.compile(rf"^(?:\d[\d,]*|(?i:{_words(w for w in lex.NUMBER_WORDS if len(w) > 2)})) (?=[a-z])")
_LEADING_ARTICLE = re.compile(r"^(?:the|an?) ", _I)
_GROUP_NAME = re.compile(rf"(?:{_NAME_WORD} ){{1,3}}(?:{'|'.join(lex.GROUP_HEADS)})\b")
_ACRONYM = re.compile(r"[A-Z]{2,}")


_TASK_FORCE_NAME = re.compile(_TASK_FORCE)
# A commander's formation is the formation: "Frost's 2nd Parachute Battalion" (his "troops" stay his).
_OWNED_FORMATION = re.compile(r"(?P<owner>.+?)['’]s (?P<formation>[\dA-Z].*)")
# A battalion written before its regiment and a comma: "men of the 3rd Battalion, Parachute Regiment,
# attacked" (the regiment ends the subject phrase).
_BATTALION_BEFORE = re.compile(rf"(?:{_UNIT_NUMBER} )?Battalion, (?:{_UNIT_NUMBER} )?$")


# An office written before a person's name ("Prime Minister Abdelmalek Sellal").
_OFFICE = re.compile(rf"(?:{_words(lex.OFFICE_TITLES)})\s+(?=[A-Z])")


def _without_title(name: str) -> str:
    """A person without the rank or office before the name, when two words of the name are left
    ("Lieutenant Colonel José Félix Estigarribia" -> "José Félix Estigarribia"; "General Zia" stays)."""
    rank, rest = split_rank(name)
    if rank is None or len(rest.split()) < 2:
        rest = name
    office = _OFFICE.match(rest)
    if office and len(rest[office.end():].split()) >= 2:
        rest = rest[office.end():]
    return rest


def _clean_actor(name: str) -> str:
    """Without its article or count ("Four rebels"); a named group's units or aircraft are the
    group ("Syrian Army units", "Turkish Air Force F-16 jet fighters")."""
    name = _COUNTED.sub("", _LEADING_ARTICLE.sub("", name.strip()))
    owned = _OWNED_FORMATION.match(name)
    if owned and not owned.group("owner").endswith("People"):
        name = owned.group("formation")  # "Thomas Picton's 3rd Division" (not "People's Army")
    name = _without_title(name)
    group = _GROUP_NAME.match(name)
    if group and group.end() < len(name) and " loyal to " not in name and not _TASK_FORCE_NAME.fullmatch(name):
        return group.group(0)
    return name


def _with_parent_unit(name: str, text: str) -> str:
    """A battalion with the regiment the clause writes after it ("1st Battalion, 9th Marines"),
    or a regiment with the battalion written before it ("the 3rd Battalion, Parachute Regiment")."""
    if name.endswith("Battalion") and (at := text.find(name)) >= 0:
        parent = _PARENT_UNIT.match(text, at + len(name))
        return name + parent.group(0) if parent else name
    if name.endswith(lex.REGIMENT_HEADS) and (at := text.find(name)) > 0:
        battalion = _BATTALION_BEFORE.search(text, max(0, at - 30), at)
        return battalion.group(0) + name if battalion else name
    return name


def _is_actor_name(np: str) -> bool:
    words = np.split()
    if not words or all(w in lex.NOT_ACTOR_NAMES or w.lower() in lex.NOT_ACTORS for w in words):
        return False
    if words[0].lower() in lex.MONTHS or words[0] in lex.PERSON_TITLES and len(words) == 1:
        return False
    return not any(w.isdigit() for w in words) or bool(_GROUP.fullmatch(np))  # "57 Division"


def _without_filler(text: str) -> str:
    """``_FILLER.sub(" ", text)`` for a text without trailing whitespace: its one possible match
    ends the text, so only the last ``_FILLER_WIDTH`` characters are searched."""
    start = max(0, len(text) - _FILLER_WIDTH)  # (no "^" is lost: it stays at 0)
    if not _FILLER_WORDS.possible(fold(text[start:])):  # the match, and so its needle, lies in the tail
        return text
    m = _FILLER.search(text, start)
    return text if m is None else text[:m.start()] + " " + text[m.end():]


def _ending_subject(text: str) -> re.Match[str] | None:
    """``_SUBJECT.search(text)``, begun after the last character no noun phrase can hold."""
    before = _BEFORE_NP.match(text)
    return _SUBJECT.search(text, before.end() if before else 0)


def _bare_prefix(prefix: str) -> str:
    """The text before the event verb without a support aside and the fillers ending it."""
    prefix = _SUPPORT_ASIDE.sub(" ", prefix)
    while True:
        shorter = _without_filler(prefix.rstrip())
        if shorter.strip() == prefix.strip():
            return prefix
        prefix = shorter


# A personal pronoun right before the event verb: "On 9 May, they captured …".
_PRONOUN_END = re.compile(r"(?:^|[\s,;(])(?:[Tt]hey|[Hh]e|[Ss]he)\s*$")


def _pronoun_subject(prefix: str) -> bool:
    """Whether the event verb's subject is a pronoun (active voice): its actor is named earlier."""
    return not _PASSIVE.search(prefix) and bool(_PRONOUN_END.search(_bare_prefix(prefix)))


def _subject(prefix: str) -> str | None:
    """The noun phrase that ends ``prefix`` (the text before the event verb), if it is an actor."""
    if _PASSIVE.search(prefix):
        return None
    prefix = _bare_prefix(prefix)
    m = _ending_subject(prefix.rstrip() + " ")
    if not m:
        return None
    np = m.group("np")
    before = prefix[:m.start()]
    if not _is_force(np) and _PREPOSITION_BEFORE.search(before):
        return None  # "fighting in Kasab, rebels …" never gets here; "… of Idlib" is a place
    return np if _is_actor_name(np) else None


@lru_cache(maxsize=CACHE_SIZE)
def _actor_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every actor phrase of a clause, scanned once: places block them, actors pick from them."""
    return tuple(m.span() for m in _actor_matches(text))


_WORD_CHAR = re.compile(r"\w")
_POSSESSIVE_ENDS = ("'s ", "’s ", "' ", "’ ")


def _actor_spans_before(text: str, end: int) -> tuple[tuple[int, int], ...]:
    """The actor phrases of ``text[:end]``: the whole clause's phrases that end before the cut.
    Where the cut is inside a word or a phrase runs up to or across it, the cut part may read
    differently (a shorter phrase), so it is scanned alone."""
    spans = _actor_spans(text)
    if end < len(text) and (end and _WORD_CHAR.match(text, end - 1) or any(a < end <= b for a, b in spans)):
        return tuple(m.span() for m in _actor_matches(text[:end]))
    return tuple((a, b) for a, b in spans if b < end or end == len(text))


def _first_free_actor(text: str, end: int) -> str | None:
    """The first actor phrase of ``text[:end]`` not inside a prepositional phrase ("… crossed
    into X and attacked") nor a possessive ("to demand the garrison's surrender")."""
    for a, b in _actor_spans_before(text, end):
        if not _PREPOSITION_BEFORE.search(text[:a]) and not text.startswith(_POSSESSIVE_ENDS, b) \
                and _is_actor_name(text[a:b]):
            return text[a:b]
    head = text[:end]
    for m in _GENERIC_ACTOR.finditer(head, fold(head)):
        if not _PREPOSITION_BEFORE.search(head[:m.start()]) and _is_actor_name(m.group(0)):
            return m.group(0)
    return None


_SPEAKER_APPOSITIVE = re.compile(rf"(?<![\w'’-])({_NAME_WORD}(?: {_NAME_WORD}){{1,3}}), [a-z][^,]*, (?:\w+ )?"
                                 r"(?:said|stated|told|announced|warned|declared)\b")


def _speaker(text: str) -> str | None:
    """ "Ruben Melkonyan, deputy dean of …, said": the name before the appositive; else the name
    right before the verb."""
    m = _SPEAKER_APPOSITIVE.search(text) or _SPEAKER.search(text)
    if not m:
        return None
    words = m.group(1).split()
    while len(words) > 2 and _ACRONYM.fullmatch(words[0]):
        words = words[1:]  # "US ambassador to the UN Samantha Power": the person, not the UN
    return " ".join(words)


@lru_cache(maxsize=CACHE_SIZE)
def pronoun_subject(text: str) -> bool:
    """Whether the clause's event verb has a pronoun for its subject ("they", "he", "it"): who
    acted is whoever the narrative named before."""
    verb = _VERB.search(text, fold(text))
    return bool(verb) and _pronoun_subject(text[:verb.start()]) and _first_free_actor(text, verb.start()) is None


def actors_in(text: str, statement: bool = False) -> tuple[str, ...]:
    """Who acted: subject of the event verb, a leader, passive agents; a statement's speaker."""
    return _actors_in(text, bool(statement))


@lru_cache(maxsize=CACHE_SIZE)
def _actors_in(text: str, statement: bool) -> tuple[str, ...]:
    names: list[str] = []
    folded = fold(text)

    def add(name: str | None) -> None:
        if name:
            clean = _clean_actor(_with_parent_unit(name, text))
            if clean and clean not in names and clean.lower() not in lex.BARE_FORCE_NOUNS:
                names.append(clean)

    verb = _VERB.search(text, folded)
    subject = _subject(text[:verb.start()]) if verb else None
    if subject and verb:
        at = text.rfind(subject, 0, verb.start())
        leader = _LEADER.match(text, at + len(subject))
        if leader:
            add(leader.group("np"))
        partner = _PARTNER.search(text, 0, at) if text.endswith(_PARTNER_ENDS, 0, at) else None
        # "government troops and SPLA-IO fighters clashed"; the scan only when an "and" comes last
        if partner:
            add(partner.group("np"))
        add(subject)
    for m in _AGENT.finditer(text, folded):
        if m.group("before").lower() not in lex.NOT_AGENT_WORDS:
            add(m.group("np"))
    if not names:
        first = _first_free_actor(text, verb.start() if verb else len(text))
        if first is None and verb is not None and not _PASSIVE.search(text[:verb.start()]) \
                and not _pronoun_subject(text[:verb.start()]):
            # an actor after the verb, unless a pronoun is the subject ("they captured X, killing
            # 30 militants": not the militants)
            first = _first_free_actor(text, len(text))
        add(first)
    if not names:
        for name in _named_subjects_any(text):
            add(name)
    if statement:
        speaker = _speaker(text)
        speaker = _without_title(speaker) if speaker else None
        if speaker and speaker not in names:
            names.insert(0, speaker)
    return tuple(names[:3])


# ---------------------------------------------------------------- claimants

_ASIDES = re.compile(lex.CLAIMANT_ASIDES, _I)
_ASIDE = Cue(_ASIDES)  # its words tell when there is no aside to remove
_CLAIM_VERB = Cue(re.compile(rf"\b{lex.CLAIM_VERBS}\b"))
_ACCORDING = Cue(re.compile(lex.ACCORDING_TO, _I))
_REPORTED_BY = Cue(re.compile(lex.REPORTED_BY, _I))
_TRAILING = Cue(re.compile(lex.TRAILING_ATTRIBUTION))
_SAID_ACTION = Cue(re.compile(lex.SAID_ACTION, _I))
_WORD_SPLIT = re.compile(r"(\s+|[,;:()])")
_DIGIT = re.compile(r"\d")


def _normal_claimant(words: list[str]) -> str | None:
    words = [w for w in words if w]
    while words and words[0].lower() in ("the", "a", "an", "as"):
        words = words[1:]
    if not words:
        return None
    if _ACRONYM.fullmatch(words[-1]):
        return words[-1].lower()  # "the opposition activist group the SOHR" -> "sohr"
    return " ".join(words).lower()


def _subject_words(text: str, end: int) -> list[str]:
    """The words right before ``end`` that can name a source, back to a stop word or a comma."""
    words: list[str] = []
    head = text[:end]
    for word in reversed(_WORD_SPLIT.split(_ASIDES.sub(" ", head) if _ASIDE.possible(fold(head)) else head)):
        if not word.strip():
            continue
        if word in ",;:()" or word.lower() in lex.CLAIMANT_STOP_WORDS or _DIGIT.search(word):
            break
        words.insert(0, word)
        if len(words) >= lex.MAX_CLAIMANT_WORDS:
            break
    return words


def claimant_match(text: str, statement: bool = False) -> tuple[str | None, tuple[int, int] | None]:
    """The claimant and the span of the words naming it (a claimant is never a place)."""
    return _claimant_match(text, bool(statement))


@lru_cache(maxsize=CACHE_SIZE)
def _claimant_match(text: str, statement: bool) -> tuple[str | None, tuple[int, int] | None]:
    folded = fold(text)
    for cue in (_ACCORDING, _REPORTED_BY) + (() if statement else (_TRAILING,)):
        m = cue.search(text, folded)
        if m:
            who = _normal_claimant(m.group("who").split()[-lex.MAX_CLAIMANT_WORDS:])
            if who:
                return who, m.span("who")
    verbs = [_CLAIM_VERB] + ([] if statement else [_SAID_ACTION])
    if _ASIDE.possible(folded):
        unaside = _ASIDES.sub(lambda a: " " * len(a.group(0)), text)
        folded_unaside = fold(unaside)
    else:
        unaside, folded_unaside = text, folded
    for cue in verbs:
        m = cue.search(unaside, folded_unaside)
        if m:
            words = _subject_words(text, m.start())
            who = _normal_claimant(words)
            if who:
                return who, (max(0, m.start() - len(" ".join(words)) - 1), m.start())
    return None, None


def claimant_in(text: str, statement: bool = False) -> str | None:
    """Who the claim comes from: "according to the OSCE" -> "osce", "…, state media reported"."""
    return claimant_match(text, statement)[0]


_DISPUTE = Cue(_any(lex.DENIALS))


def is_disputed(text: str) -> bool:
    """The clause itself denies or contests its claim ("…, but the claim was denied by …")."""
    return bool(_DISPUTE.search(text))


# ---------------------------------------------------------------- the document's own names as actors

# Past-tense verbs that do not end in "-ed": a named subject's act ("Akbar left Chittor", "Kelly drove
# a Chitrali force from its positions", "Chandpuri … died in Mohali").
_IRREGULAR_PAST = ("went|left|led|took|gave|made|fell|rode|fought|drove|sent|set|held|met|told|said|wrote|began|"
                   "broke|won|lost|built|brought|came|ran|saw|flew|sank|shot|struck|withdrew|overran|swam|sought|"
                   "became|froze|hid|kept|spoke|stood|threw|bought|caught|taught|laid|paid|put|read|let|cut|hit|"
                   "quit|rose|swore|undertook|overtook|forbade|bore|wore|tore|fled|slew|bade|dealt|meant|felt")
# After a name, what may stand before its verb: "of Jandol", an appositive between commas, adverbs,
# a perfect's "had" (not "was": "Robertson was wounded" tells what befell him, not what he did).
_NAMED_SUBJECT_TAIL = re.compile(
    r"(?:\s+of\s+[A-Z][\w'’-]+)?(?:\s*,[^,;]{1,80},)?(?:\s+(?:also|then|again|later|finally|himself|herself|"
    r"themselves|itself|personally|soon|first|once|briefly|quickly|reportedly|\w+ly))*\s+(?:had\s+)?"
    rf"(?:[a-z]+ed|{_IRREGULAR_PAST})\b")
_BEFORE_NAMED_SUBJECT = re.compile(r"(?:\b(?:of|to|against|on|at|from|with|in|into|for|towards?|over|than|by|under|"
                                   r"and|or|between|among|near|beside|after|before)\s+(?:the\s+)?|['’]s\s+)$", _I)


def named_subject(text: str, names: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """The document's own name (a commander, a belligerent, as its box gives it) that is the
    subject of the clause's first act: "In late January, Umra Khan of Jandol crossed the Lowari
    Pass" -> "Umra Khan"; "Chandpuri, who retired as a brigadier, died" -> "Kuldip Singh Chandpuri".
    ``names`` pairs each canonical name with the forms a text may write it in. None when no name
    of the box is the subject of an act (an object, a possessive, a patient of "was wounded")."""
    best: tuple[int, str] | None = None
    for canonical, forms in names:
        for form in forms:
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                # (a run of spaces before it is a date the timeline blanked: "On 4 December Chandpuri ordered")
                if whole and (text.endswith("  ", 0, at) or not _BEFORE_NAMED_SUBJECT.search(text, max(0, at - 30), at)) \
                        and _NAMED_SUBJECT_TAIL.match(text, end) and (best is None or at < best[0]):
                    best = (at, canonical)
                    break
                at = text.find(form, at + 1)
    return best[1] if best else None


# A name (any, not only the box's) as the subject of a past act, where no actor phrase was found:
# "On the evening of 21 April, Thiệu resigned", "al-Shabaab announced", "The same day, President Ronald
# Reagan telephoned …" (active voice only: "Konev was promoted" names who was acted on). Not a place that
# fell ("Huế fell on 25 March"), not a date or an opener.
_ANY_NAME_WORD = r"(?:(?:al|el|ad|as|an|ar|at|az)-)?[A-Z][\w'’.-]*"
_ANY_ONE_NAME = rf"{_ANY_NAME_WORD}(?: (?:of |de |la |bin |ibn |von |van )?{_ANY_NAME_WORD}){{0,3}}"
_ANY_SUBJECT = re.compile(
    # an opener ends at a comma, or at the run of spaces the timeline left of its date ("On 21 April
    # Gladstone asked" is read as "On           Gladstone asked")
    rf"(?:^|[,;] |\b(?:On|In|By|At|During|After|Before) (?:[^,]{{1,40}}, |(?:[^,]{{0,30}}? )?  +))(?:[Tt]he )?"
    rf"(?P<name>{_ANY_ONE_NAME})(?: and (?P<other>{_ANY_ONE_NAME}))?"
    rf"(?:['’]s? [a-z]+)? (?:(?:then|later|also|again|finally|soon|quickly|\w+ly) )?(?:had )?"
    rf"(?!fell\b)(?:[a-z]+ed|{_IRREGULAR_PAST})\b")


def _named_subjects_any(text: str) -> tuple[str, ...]:
    """The first name opening the clause (or a phrase after a comma) as the subject of a past act,
    with the second of "Britain and Russia agreed"."""
    for m in _ANY_SUBJECT.finditer(text):
        names = tuple(n for n in (m["name"], m["other"]) if n)
        if any(n.split()[0] in lex.NOT_ACTOR_NAMES or any(w.lower() in lex.MONTHS or w.lower() in lex.WEEKDAYS
                                                            for w in n.split()) for n in names):
            continue
        return names
    return ()


# ---------------------------------------------------------------- places

_DIRECTION = rf"(?:(?:{_words(lex.PLACE_DIRECTIONS)}) )?"
_PLACE_OF = Cue(re.compile(rf"\b(?:{'|'.join(lex.SETTLEMENT_WORDS)}) of (?:the )?(?P<name>{_NAME})"))
_PLACE_FEATURE = Cue(re.compile(rf"(?P<name>{_NAME}(?: [a-z]+)? (?:{'|'.join(lex.PLACE_FEATURES)}))\b"
                                rf"|(?P<bare>{_NAME}) (?:{'|'.join(lex.SETTLEMENT_WORDS)})\b"))
_PLACE_AFTER = Cue(re.compile(rf"\b(?:{'|'.join(lex.PLACE_PREPOSITIONS)}) (?:the )?{_DIRECTION}(?P<name>{_NAME})"))
_PLACE_OBJECT = Cue(re.compile(rf"\b(?<!\bthe )(?:{_words(lex.PLACE_OBJECT_VERBS)}) (?:the )?(?P<name>{_NAME})"))
_PLACE_MORE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the )?(?P<name>{_NAME})")
_FEATURE_AFTER = re.compile(rf"\s+(?:{'|'.join(lex.PLACE_FEATURES)})\b")
_ADJECTIVE_ENDING = re.compile(rf"(?:{_words(lex.ADJECTIVE_ENDINGS)})$")
_DEMONYM = re.compile(rf"[A-Z][a-z'’]+(?:{_words(lex.DEMONYM_ENDINGS)})")
_STRONG_DEMONYM = re.compile(r"[A-Z][a-z'’]+(?:ian|ean|ese|ish|ite|i)")
# A leading adjective of people before a place name ("Alawite Latakia province" -> "Latakia");
# narrower than _STRONG_DEMONYM so names such as "Bani Walid" keep their first word.
_LEADING_ADJECTIVE = re.compile(r"[A-Z][a-z'’]+(?:ian|ese|ish|ite)\s+(?=[A-Z])")
_GEOGRAPHIC_HEADS = frozenset({"Gulf", "Sea", "Ocean", "Peninsula", "Desert", "Plateau", "Corridor", "Front"})
# A capitalised word right before "of": a name's part, unless it heads a place's own name ("Gulf of
# Aden", "Isle of Man") or is a direction opening the sentence ("South of Idlib").
_NAME_BEFORE_OF = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+) of (?:the )?$")
_OF_PLACE_HEADS = _GEOGRAPHIC_HEADS | frozenset({
    "Bay", "Isle", "Island", "Islands", "Strait", "Straits", "Cape", "Mount", "Lake", "Port", "City", "Town", "Province",
    "District", "Governorate", "Region", "Valley", "Plain", "Plains", "Gate", "Pass", "Mouth", "Bight", "Gulf",
    "North", "South", "East", "West", "Battle", "Siege", "Fall", "Sack", "Capture", "Relief", "Storming", "Raid",
    "Operation", "Liberation", "Defence", "Defense", "Occupation", "Bombing", "Massacre", "Heights", "Rock"})
# An epithet after a given name: "Philip the Good", "Alfred the Great".
_EPITHET = re.compile(r" the (?-i:[A-Z])[a-z]+\b(?! (?:River|Mountains?|Sea|Hills?|Valley)\b)")
_PLURAL_SETTLEMENT = re.compile(r"\s+(?:villages|towns|cities|districts|areas|neighbourhoods|neighborhoods)\b")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_FORCE_NOUN_AFTER = re.compile(r"\s+(?:positions|camps|lines|troops|forces|units|trenches|posts|defences|defenses|"
                               r"columns|soldiers|fighters|batteries|laager|lager|wagons)\b")
_SETTLEMENT_OF = re.compile(rf"\s+(?:{_words(lex.SETTLEMENT_WORDS)})\s+of\b")
_INDEFINITE = re.compile(r"\b(?:an?|another|one|some)\s+$", _I)
_NUMBER = re.compile(r"\d+")
_THE = re.compile(r"^(?:the|The) ")
# "Ministry of Defence", "Battle of Haldighati": a head whose name goes on after "of"
_HEAD_BEFORE_OF = re.compile(rf"\b(?:{_words(lex.NAME_HEADS_BEFORE_OF)})\s+of\s+(?:the\s+)?$")
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_LAST_WORD = re.compile(r"(\S+)$")
_REFERENCE_POINT = re.compile(lex.REFERENCE_POINT, _I)


def _placeable(name: str, after: str) -> bool:
    """A name after a place cue names a place unless it is a group, an organisation, a month, a
    person's title or a demonym used as an adjective ("Ukrainian positions")."""
    words = name.split()
    first = words[0].split("-")[0]
    if (first in lex.NOT_PLACES or first.lower() in lex.MONTHS or first.lower() in lex.WEEKDAYS
            or words[0] in lex.PERSON_TITLES
            or _NUMBER.fullmatch(name) or _ADJECTIVE_ENDING.search(words[0])):
        return False
    if _ACRONYM.fullmatch(first) and first not in lex.PLACE_ACRONYMS:
        return False  # "OSCE", "ISIL", "UN": organisations
    if _is_force(name):
        return False
    if first.lower() in lex.NUMBER_WORDS:
        return False  # "Four at checkpoints …": a count opening a clause, not a name
    if name.endswith(("'s", "’s")):
        return False  # "Assad's hometown": a possessive names a person
    if (words[-1] in lex.NAME_HEADS_BEFORE_OF or words[-1] in lex.EVENT_HEADS_BEFORE_OF) and _OF_NAME_AFTER.match(after):
        return False  # "at the Battle of Haldighati": the place is the name after "of"
    nxt = _NEXT_WORD.match(after)
    if len(words) == 1 and _PLURAL_SETTLEMENT.match(after):
        return False  # "11 Alawite villages": the word describes several places, it names none
    if len(words) == 1 and (len(name) < 2 or _FORCE_NOUN_AFTER.match(after)):
        return False  # "the Voortrekker camps", "the Marine positions": a word describing a side's posts
    if len(words) == 1 and _SETTLEMENT_OF.match(after):
        return False  # "the Shiite town of Al-Fu'ah": the word before describes the town named next
    if len(words) == 1 and _DEMONYM.fullmatch(name) and nxt and nxt.group(1) not in lex.FUNCTION_WORDS \
            and nxt.group(1) not in lex.SETTLEMENT_WORDS and not _FEATURE_AFTER.match(after):
        return False
    return True


def _blocked_spans(text: str, statement: bool) -> list[tuple[int, int]]:
    """Spans no place may come from: the claimant's words and actor phrases."""
    spans = []
    _, span = claimant_match(text, statement)
    if span:
        spans.append(span)
    for a, b in _actor_spans(text):
        if not _FEATURE_AFTER.match(text, b):  # "the Khazanat Army base" is a place
            spans.append((a, b))
    return spans


def places_in(text: str, statement: bool = False) -> tuple[str, ...]:
    """Named places: "the village of Aramo", "Sehyan checkpoint", "around Idlib", "shelled Ganja"."""
    return _places_in(text, bool(statement))


@lru_cache(maxsize=CACHE_SIZE)
def _places_in(text: str, statement: bool) -> tuple[str, ...]:
    blocked = _blocked_spans(text, statement)
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []

    def overlaps(s: int, e: int, spans) -> bool:
        return any(a <= s < b or s <= a < e for a, b in spans)

    def accept(name: str, s: int, e: int) -> bool:
        name = _THE.sub("", name.strip())
        adjective = _LEADING_ADJECTIVE.match(name)
        if adjective and name[adjective.end():] not in _GEOGRAPHIC_HEADS:  # "Persian Gulf" stays whole
            s, name = s + adjective.end(), name[adjective.end():]
            if name in lex.GENERIC_NAME_HEADS:
                return False  # "the Russian Empire": no place left once the adjective goes
        if not name or overlaps(s, e, taken) or overlaps(s, e, blocked) or not _placeable(name, text[e:]):
            return False
        if _HEAD_BEFORE_OF.search(text, max(0, s - 40), s):
            return False  # "the Ministry of Defence", "the Islamic State of Iraq": part of a body's name
        if (named := _NAME_BEFORE_OF.search(text, max(0, s - 40), s)) and named[1] not in _OF_PLACE_HEADS:
            return False  # "Joan of Arc", "Charles of Bourbon", "the House of Representatives": a name's part
        if _EPITHET.match(text, e):
            return False  # "Philip the Good": a person
        found.append((s, name))
        taken.append((s, e))
        return True

    folded = fold(text)
    for cue in (_PLACE_OF, _PLACE_FEATURE, _PLACE_AFTER, _PLACE_OBJECT):
        for m in cue.finditer(text, folded):
            key = "name" if m.groupdict().get("name") else "bare"
            if cue is _PLACE_FEATURE and _INDEFINITE.search(text, 0, m.start(key)):
                continue  # "an African Union base": some base, not a named place
            if not accept(m.group(key), m.start(key), m.end(key)):
                continue
            end = m.end(key)
            while (more := _PLACE_MORE.match(text, end)) and accept(more.group("name"), *more.span("name")):
                end = more.end("name")  # "between Idlib and Al-Mastuma"
    found.sort()
    # a place measured from ("east of Khan Shaykhun", "20 km from Qardaha") is no place of the event
    # when the clause names one it happened at
    references = {s for s, _ in found if _REFERENCE_POINT.search(text, max(0, s - 40), s)}
    if len(references) < len(found):
        found = [(s, name) for s, name in found if s not in references]
    seen: list[str] = []
    for _, name in found:
        if name not in seen:
            seen.append(name)
    return tuple(seen)


# ---------------------------------------------------------------- casualties

_AMOUNT_QUALIFIERS = ("at least", "more than", "about", "around", "some", "no less than", "up to", "over",
                      "nearly", "almost")
_AMOUNT_WORDS = tuple(w for w in lex.NUMBER_WORDS if len(w) > 2)
_AMOUNT = (rf"(?P<amount>(?:(?:{'|'.join(_AMOUNT_QUALIFIERS)}) )?"
           r"(?:\d[\d,]*(?:\s*[–-]\s*\d[\d,]*)?|" + "|".join(_AMOUNT_WORDS) + "|"
           + "|".join(re.escape(v) for v in lex.VAGUE_AMOUNTS) + r"))")
# Where an amount can start in folded text: a digit or the first word of a qualifier, a number
# word or a vague amount (StartCue scans for these instead of trying the pattern everywhere).
_AMOUNT_STARTS = (r"(?<![\w-])(?:\d|"
                  + word_alternation({w.lower() for w in (*_AMOUNT_QUALIFIERS, *_AMOUNT_WORDS, *lex.VAGUE_AMOUNTS)})
                  + ")")
# Who a figure counts: up to five words ending in a whole plural noun ("militiamen"; "base" is none).
_VICTIMS = (r"(?P<who>(?:[\w'-]+ ){0,4}?(?:[a-z][\w'-]*(?:s|men)|" + "|".join(lex.PLURAL_NOUNS) + r")\b)?")
_KIND = "|".join(sorted(lex.CASUALTY_KINDS, key=len, reverse=True))
_LEADING_VERBS = "|".join(lex.LEADING_VERBS)
_VICTIMS_THEN_VERB = StartCue(re.compile(
    rf"(?<![\w-]){_AMOUNT} {_VICTIMS}(?: \([^)]*\)|, including [^,]+,)?"
    rf"(?: and [^,.;]*?)? (?:were|was|had been|have been|are|is|left)? ?(?:(?!and |or )\w+ )?(?P<kind>{_KIND})\b",
    _I), _AMOUNT_STARTS)
_VERB_THEN_VICTIMS = StartCue(re.compile(
    rf"\b(?P<kind>{_LEADING_VERBS}) {_AMOUNT} {_VICTIMS}(?: (?P<kind2>dead|wounded))?", _I),
    rf"\b(?:{_LEADING_VERBS}) ")
# A second figure the same clause adds: "killed 10 soldiers and wounded 7 (others)".
_AND_ALSO = re.compile(rf",? and (?P<kind>{'|'.join(lex.FOLLOW_ON_VERBS)}) {_AMOUNT}(?: {_VICTIMS})?", _I)
_LOST_WITH = Cue(re.compile(rf"\b(?:connection|contact) was lost with {_AMOUNT} {_VICTIMS}", _I))
_INCLUDING_BEFORE = re.compile(r"\bincluding\s*$")


def _count(amount: str):
    from .counts import parse_count
    return parse_count(amount)


def _verb_kind(verb: str) -> str:
    """The casualty field a verb before its victims fills: 'killing' -> 'killed'."""
    verb = verb.lower()
    return lex.CASUALTY_KINDS.get(verb) or lex.LEADING_VERBS.get(verb) or lex.FOLLOW_ON_VERBS[verb]


@lru_cache(maxsize=CACHE_SIZE)
def casualties_in(text: str) -> tuple[Casualties, ...]:
    """Casualty figures stated in a sentence, grouped by who suffered them."""
    groups: dict[str, dict[str, object]] = {}
    order: list[str] = []
    last_who = ""

    materiel: list[Equipment] = []

    def add(kind: str, amount: str, who: str | None, at: int) -> None:
        nonlocal last_who
        if _INCLUDING_BEFORE.search(text[max(0, at - 12):at]):
            return  # "64 rebels, including 40 foreign fighters": the 40 are among the 64
        words = (who or "").split()
        if words and words[0].lower() in lex.MONTHS:
            return  # "On 3 May the rebels killed …": a date, not a figure
        if words and words[-1].lower() in lex.SAME_VICTIMS:
            who = None  # "killing 30 soldiers and wounding 50 others": the same group's figure
        head = (who or "").strip().split()[-1:] or [""]
        if head[0].lower() in lex.COUNTED_PLACES:
            return  # "seized five villages": things, not people
        if head[0].lower() in lex.COUNTED_MATERIEL:
            count = _count(amount)
            if count is not None:
                materiel.append(Equipment(count.low, (who or "").strip()))
            return
        who = (who or "").strip() or last_who
        key = who.lower()
        if key not in groups:
            groups[key] = {"who": who or None, "text": amount + (" " + who if who else "")}
            order.append(key)
        count = _count(amount)
        if count is not None and kind not in groups[key]:
            groups[key][kind] = count
        last_who = who

    folded = fold(text)
    for m in _VICTIMS_THEN_VERB.finditer(text, folded):
        add(lex.CASUALTY_KINDS[m.group("kind").lower()], m.group("amount"), m.group("who"), m.start())
    for m in _VERB_THEN_VICTIMS.finditer(text, folded):
        add(_verb_kind(m.group("kind2") or m.group("kind")), m.group("amount"), m.group("who"), m.start())
        if also := _AND_ALSO.match(text, m.end()):
            add(_verb_kind(also.group("kind")), also.group("amount"), also.group("who"), also.start("amount"))
    for m in _LOST_WITH.finditer(text, folded):
        add("missing", m.group("amount"), m.group("who"), m.start())
    people = tuple(Casualties(killed=g.get("killed"), wounded=g.get("wounded"), captured=g.get("captured"),
                              missing=g.get("missing"), who=g["who"], text=g["text"])  # type: ignore[arg-type]
                   for g in (groups[k] for k in order))
    if materiel:
        people += (Casualties(equipment=tuple(materiel), text=", ".join(f"{e.count} {e.item}" for e in materiel)),)
    return people
