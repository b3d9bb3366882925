"""Infobox assembly: a Document's RawFields (and its lead prose) -> an Operation without events.

Per-side fields get their column from ``columns.assign_sides`` first; each field is then read by
the value parser for its key. The lead paragraph fills what an infobox left out in shapes that lose
it: code names ("called the offensive "Anfal""), the place ("in the Latakia Governorate of Syria")
and the start date ("The offensive began in early August 2013").
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from anyascii import anyascii

from warfile.extract import lexicon, story
from warfile.extract.casualties import parse_casualties, parse_quantities, strength_lines
from warfile.extract.claims import date_or_none, tidy
from warfile.extract.columns import assign_sides
from warfile.extract.dates import find_dates, parse_date_range, to_iso
from warfile.extract.flags import strip_flag_icons
from warfile.extract.names import (
    clean_item,
    is_noise,
    split_items,
    split_names,
    split_sub_entries,
    split_supporters,
)
from warfile.extract.people import parse_people
from warfile.extract.sentences import unemphasised, unlinked
from warfile.model import SIDE_KEYS, Casualties, DateRange, Document, Operation, Paragraph, RawField, Side

# How many prose paragraphs count as the lead: the first states name, code names, place and start.
LEAD_PARAGRAPHS = 2
# Longest alias accepted from prose; longer quoted text is a quotation, not a name.
MAX_ALIAS_CHARS = 80
# A result of this many words or fewer with no verdict word is a short description ("Rebel
# advances"), not a result.
SHORT_DESCRIPTION_WORDS = 3
# Places are listed with commas or one per line; no bullets in place fields.
_PLACE_SEPARATORS = re.compile(r",|\n|;")
# Where the place lies today, in parentheses: its places are the list's too.
_PRESENT_DAY = re.compile(r"\(\s*(?:in\s+)?(?:present[- ]day|modern[- ]day|today'?s?|now(?: in)?)\s+([^()]+)\)", re.IGNORECASE)


def slugify(name: str) -> str:
    """'2014 Latakia offensive' -> '2014-latakia-offensive'."""
    return re.sub(r"[^a-z0-9]+", "-", anyascii(name or "").casefold()).strip("-")


def _assign_sides(fields: tuple[RawField, ...]) -> tuple[RawField, ...]:
    """Every per-side field with its side; then a cell's soft line breaks (a vertical tab, as a
    Google Docs export writes a table cell's lines, the tabs keeping its columns) made line breaks."""
    try:
        fields = tuple(assign_sides(fields))
    except Exception:  # noqa: BLE001 - a failing neighbour must not lose the whole record
        pass
    return tuple(dataclasses.replace(f, text=f.text.replace("\x0b", "\n")) if "\x0b" in f.text else f
                 for f in fields)


def _lead_paragraphs(doc: Document, name: str = "") -> tuple[Paragraph, ...]:
    """The lead's paragraphs: the first LEAD_PARAGRAPHS, unless a later one among the first
    _LEAD_SEARCH opens with the operation's name (a notebook's or a clipping's own notes come
    before the pasted article): that one and the next."""
    # (a name qualified by a year in brackets, "Six-Day War (2000)", opens the lead without it)
    folded = _QUALIFIER.sub("", name).casefold()
    if folded:
        for i, p in enumerate(doc.paragraphs[1:_LEAD_SEARCH], 1):
            opening = unemphasised(unlinked(doc.paragraph_text(p)))[:len(name) + 8].casefold()
            if opening.startswith((folded, "the " + folded)):
                return doc.paragraphs[i:i + LEAD_PARAGRAPHS]
    return doc.paragraphs[:LEAD_PARAGRAPHS]


_LEAD_SEARCH = 6
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")


def lead_text(doc: Document, name: str = "") -> str:
    """The first prose paragraphs, where a document names and places what it is about."""
    return "\n".join(doc.paragraph_text(p) for p in _lead_paragraphs(doc, name))


def _lead_proper(doc: Document, name: str = "") -> str:
    """The lead without the paragraphs of a section after it ("Background"): a nickname there
    ("Belmokhtar, known as 'the One-Eyed'") names a person, not the operation."""
    paragraphs = _lead_paragraphs(doc, name)
    if paragraphs[:1] == doc.paragraphs[:1]:
        lead = [p for p in paragraphs if p.heading is None] or list(paragraphs[:1])
    else:  # a lead found under the notes before it, in their section: the paragraphs of its section
        lead = [p for p in paragraphs if p.heading == paragraphs[0].heading]
    return "\n".join(doc.paragraph_text(p) for p in lead)


def _add_new(target: list[str], items: Iterable[str]) -> None:
    """Append the items not already in target, keeping the order first seen."""
    target.extend(x for x in dict.fromkeys(items) if x not in target)


def _texts(doc_fields: Iterable[RawField], key: str) -> list[str]:
    return [f.text for f in doc_fields if f.key == key and f.text and f.text.strip()]


# ---------------------------------------------------------------- operation-wide fields

def _lines(text: str) -> list[str]:
    return [clean_item(x) for x in re.split(r"\n|;|(?:^|\s)[*•]+\s", lexicon.CITATION.sub("\n", text))]


# A campaign, front or theatre named within its war: "the Mesopotamian campaign of the First World War".
_WITHIN_WAR = re.compile(r"^(?:the\s+)?(?P<part>\S+(?:\s+\S+)*?\s+(?:[Cc]ampaign|Front|[Oo]ffensive|[Oo]perations))"
                         r"\s+of\s+(?:the\s+)?(?P<war>[^,;()]*\b(?:War|[Ii]nvasion|[Cc]onflict|[Ii]nsurgency)\b[^,;()]*)$"
                         # "the Tanker War during the Iran–Iraq War"; "Battle of Gazala in the Western Desert campaign"
                         r"|^(?:the\s+)?(?P<part2>[A-Z][^,;()]*?)\s+during\s+(?:the\s+)?(?P<war2>[^,;()]*\bWar\b[^,;()]*)$"
                         r"|^(?:the\s+)?(?P<part3>(?:Battle|Siege|Operation|Raid)\s[^,;()]*?)\s+in\s+the\s+"
                         r"(?P<war3>[^,;()]*\b(?:[Cc]ampaign|War|[Oo]ffensive)\b[^,;()]*)$")


_COMMA = re.compile(r",\s+")


_OTHER_WAR = re.compile(r"^(?P<a>[^()]+?)\s*\((?P<b>[A-Z][^()]+)\)$")


def parse_part_of(text: str) -> tuple[str, ...]:
    """'Part of the Syrian civil war' -> ('Syrian civil war',)."""
    out: list[str] = []
    for line in _lines(text):
        line = lexicon.PART_OF_DANGLING.sub("", lexicon.PART_OF_PREFIX.sub("", line))
        if captioned := lexicon.PART_OF_CAPTION.match(line):
            line = captioned.group("name")
        if (other := _OTHER_WAR.match(line.strip())) and lexicon.CONFLICT_NAME.search(other["b"]):
            # "Seven Years' War (French and Indian War)": the war and the name of its theatre or its other name
            for piece in (other["a"], other["b"]):
                if (piece := clean_item(re.sub(r"^the\s+", "", piece.strip()))) and piece not in out:
                    out.append(piece)
            continue
        pieces = lexicon.PART_OF_JOIN.split(line)
        by_comma = _COMMA.split(line)  # "Gilbert and Marshall Islands campaign, Pacific War": "and" inside a name
        if len(by_comma) > 1 and not all(lexicon.CONFLICT_NAME.search(p) for p in pieces) \
                and all(lexicon.CONFLICT_NAME.search(p) for p in by_comma):
            pieces = by_comma
        if len(pieces) == 1 and (within := _WITHIN_WAR.match(line.strip())):
            pieces = [within["part"] or within["part2"] or within["part3"], within["war"] or within["war2"] or within["war3"]]  # both
        elif len(pieces) < 2 or not all(lexicon.CONFLICT_NAME.search(p) for p in pieces):
            # "Battle of Pusan Perimeter, Korean War" and "the Syrian Civil War and the Russian
            # intervention in Syria" are two; "War in Donbas, Ukraine", "Battle of X and Y" one
            pieces = [line]
        for piece in pieces:
            piece = clean_item(re.sub(r"^(?:and\s+)?the\s+|^and\s+", "", piece.strip()))  # "… ," / "and the …"
            if not is_noise(piece) and piece not in out:
                out.append(piece)
    return tuple(out)


# "western Bosnia and Herzegovina", "northern Iraq": a region of a named place after "and".
_REGION_OF = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+[A-Z]")
# "German-occupied", "Soviet-controlled": an adjective before a state's name, not a place of its own.
_HYPHENED_ADJECTIVE = re.compile(r"\w-[a-z]+$")
# A power's adjective naming its colony with the land: "British India", "Portuguese Angola", "Dutch East Indies".
_COLONIAL_ADJECTIVE = re.compile(r"(?:British|French|German|Dutch|Portuguese|Spanish|Italian|Belgian|Danish|Russian|"
                                 r"Japanese|Ottoman|Austrian|Swedish)")
# Where on a place: "North-western coast of Kinmen", "the southern outskirts of Aleppo".
_COAST_OF = re.compile(r"^(?:[Tt]he\s+)?(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:east|west))?(?:ern)?\s+)?"
                       r"(?i:coast|shore|outskirts|edge|suburbs|bank|approaches|slopes?|foot|summit|heights)\s+of\s+"
                       r"(?:the\s+)?(?=[A-Z])")
# Directions before an area's name, after "and": "the central and southern Tigray Region".
_DIRECTIONS_OF = re.compile(r"the\s+(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)"
                            r"(?:(?:\s+and\s+|,\s+)(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|"
                            r"west(?:ern)?|central))*\s+(?:parts?\s+of\s+(?:the\s+)?)?(?=[A-Z])")
# (and "in present-day Angola", "on the Ulanga River" written without brackets: the place's name)
_NEAR = re.compile(r"^(?:(?:[Oo]ff|[Nn]ear|[Oo]utside|[Aa]round|[Bb]etween|in|on|at)\s+(?:the\s+)?)?"  # not "In Amenas"
                   r"(?:(?i:present|modern)[- ]day\s+)?(?=[A-Z])")


def _split_place(place: str, areas: bool = True) -> list[str]:
    """'Haik Amhara Region Ethiopia' -> ['Haik', 'Amhara Region', 'Ethiopia']: a run-on place list
    splits before a state name that ends it, at "and" between two names and around an
    administrative area ("<name> Region"); a state name is never split ("South Sudan", "Central African Republic")."""
    if place.startswith("within "):
        return []  # a mobile page's map caption ("Location within India")
    place = _COAST_OF.sub("", _NEAR.sub("", place))  # "off Surabaya", "near Kessab", "the coast of Kinmen": the name
    if place in lexicon.STATE_NAMES:
        return [place]
    a, joined, b = place.partition(" and ")
    b = b[4:] if b.startswith("the ") and b[4:5].isupper() else b  # "Narvik and the Ofotfjord"
    if joined and a[:1].isupper() and (parts := _DIRECTIONS_OF.match(b)):
        b = b[parts.end():]  # "Mekelle and the central and southern Tigray Region": the region named
    if (joined and a[:1].isupper() and (b[:1].isupper() or _REGION_OF.match(b))  # "Usulután and Zacatecoluca"
            and not _REGION_OF.fullmatch(a.lower() + " A")):  # not "Southern and central Angola": one area
        return _split_place(a, areas) + _split_place(b, areas)
    for state in lexicon.STATE_NAMES:  # longest first
        if not place.endswith(state):  # the cheap test first: most places end in no state name
            continue
        head = place[:-len(state)].strip(" ,")
        if (place.endswith(" " + state) and head and head.split()[-1][:1].isupper()  # not "Port of Spain"
                and head.split()[-1] not in lexicon.PLACE_MODIFIERS
                and not _HYPHENED_ADJECTIVE.search(head)  # not "German-occupied France"
                and not _COLONIAL_ADJECTIVE.fullmatch(head)):  # not "British India", "French Indochina"
            return _split_place(head, areas) + [state]
    m = re.search(r"\b(?:" + "|".join(lexicon.PLACE_SPLIT_WORDS) + r")\b", place) if areas else None
    if not m:
        return [place]
    before, rest = place[:m.start()].split(), place[m.end():].strip()
    if rest[:1].isupper() and not re.match(r"of\b", rest):
        return _split_place(place[:m.end()]) + _split_place(rest)
    if rest:
        return [place]
    # the area's own name is the word before its head word, with an adjective ("Autonomous"), a
    # lower-case particle ("Deir ez-Zor") or a modifier ("Upper Nile") before it; earlier words
    # are another place
    k = len(before) - 1
    while k > 0 and (before[k] in lexicon.AREA_ADJECTIVES or before[k][:1].islower()
                     or before[k - 1] in lexicon.PLACE_MODIFIERS):
        k -= 1
    if k <= 0 or not before[k - 1][:1].isupper():
        return [place]
    return _split_place(" ".join(before[:k])) + [" ".join(before[k:]) + " " + m.group(0)]


_TRAILING_COORDINATES = re.compile(r"\s+\d{1,3}(?:[.,]\d+)?°[\d.′″'\" ]*[NS]\s*,?\s*\d{1,3}(?:[.,]\d+)?°[\d.′″'\" ]*[EW]\b")


_OTHER_NAME = re.compile(r"(?<=[\w.])\s*\((?:now |today |modern )?(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})\)"
                         r"(?=\s*(?:,|;|\n|$))")
# "Snake (Zmiinyi) Island": another spelling of the name's word, inside the name
_INNER_GLOSS = re.compile(r"\b(?P<word>[A-Z][\w'’-]*)\s*\([A-Z][\w'’-]*\)(?=\s+[A-Z])")
# "…, 35 km (22 miles) off Ukraine's coast": where a place lies, told as a distance; no place itself
_DISTANCE_PIECE = re.compile(r"(?:^|(?<=[,;\n]))\s*(?:about |some |c\. )?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi|nmi|"
                             r"nautical miles)\b[^,;\n]*")
_DESCRIBED = re.compile(r"\s*\((?=[a-z])(?!now\b|today\b|modern\b|present)[^()]*\)")
_AND_OTHERS = re.compile(r"\s+and (?:other|several|many|nearby|surrounding) (?:[\w-]+ )?"
                         r"(?:cities|towns|villages|places|areas|regions|settlements|districts|provinces)\b")


def parse_places(text: str) -> tuple[str, ...]:
    """'Latakia Governorate, Syria' -> ('Latakia Governorate', 'Syria'), most specific first."""
    # In a list whose entries commas or lines keep apart, an entry ending in an area's head word
    # is one place ("Lạng Sơn Province"); only a run-on list is cut around it.
    text = _PRESENT_DAY.sub(r"\n\1", text)  # "Chitral State (present-day Khyber Pakhtunkhwa, Pakistan)"
    text = _TRAILING_COORDINATES.sub("", text)  # "Austrian Empire 49°8′N 16°46′E": a map's coordinates
    text = _AND_OTHERS.sub("", text)  # "Budapest and other cities": the place named is Budapest
    text = _DISTANCE_PIECE.sub("", _INNER_GLOSS.sub(r"\g<word>", text))
    text = _DESCRIBED.sub("", text)  # "Kherson Oblast (left bank of the Dnipro)": where in it, told in words
    # "Tsingtau (Qingdao)": the place, its other name in brackets; "Kampala (Uganda)": a place and its state
    text = _OTHER_NAME.sub(lambda m: f", {m['name']}" if m["name"] in lexicon.STATE_NAMES else "", text)
    listed = bool(_PLACE_SEPARATORS.search(lexicon.CITATION.sub("", text).strip()))
    return tuple(split_items(text, _PLACE_SEPARATORS, lambda place: _split_place(place, areas=not listed)))


def lead_places(lead: str) -> tuple[str, ...]:
    """'in the Latakia Governorate of Syria' -> ('Latakia Governorate', 'Syria')."""
    m = lexicon.LEAD_PLACE.search(lead)
    if not m:
        return ()
    places = [m.group("area")]
    if m.group("state") and m.group("state") in lexicon.STATE_NAMES:
        places.append(m.group("state"))
    return tuple(places)


def _alias_piece(piece: str, lower_ok: bool = False) -> str | None:
    """The alias a piece of the lead gives; ``lower_ok`` lets a name open in lower case when it
    holds a capitalised word ("also called the fall of Goma")."""
    piece = re.split(r"\s+by\s+", piece, maxsplit=1)[0]
    piece = lexicon.ALIAS_CUES.sub("", piece, count=1) if lexicon.ALIAS_CUES.match(piece.strip()) else piece
    piece = re.sub(r"^\s*(?:the|an?)\s+" + ("" if lower_ok else "(?=[A-Z0-9])"), "", piece.strip())
    piece = piece.strip(" \"“”'‘’,.;:")
    named = piece[:1].isupper() or piece[:1].isdigit() or (
        lower_ok and len(piece.split()) <= 5 and bool(re.search(r"\b[A-Z]", piece)))
    if not piece or len(piece) > MAX_ALIAS_CHARS or not named:
        return None  # a name ("Operation Chromite", "1027 offensive"), not a phrase
    return piece


_AND_OPERATION = re.compile(r"(?:\s*\([^()]{1,60}\))?\s+(?:and|or)" + lexicon.ALIAS_OPERATION.pattern)
_OR_ELSEWHERE = re.compile(r"\s*(?:the\s+)?(?P<a>[A-Z][^,.;()]+?|(?<=the )[a-z][^,.;()]+?) (?:or,? (?:(?:in|to|by) [^,]{1,40}, )?"
                           # "the landing at Gaba Tepe and, to the Turks, as the Arıburnu Landing"
                           r"|and,? (?:in|to|by|among) [^,]{1,40}, (?:as )?)(?:the )?(?P<b>[A-Z][^,.;()]+)")


# A name with another spelling of its last word in brackets: "Battle of Kuningtou (Guningtou)".
_OTHER_SPELLING = re.compile(r"^(?P<head>.+\s)(?P<a>[A-Z][\w'’-]+)\s+\((?P<b>[A-Z][\w'’-]+)\)$")


def _spellings(alias: str) -> list[str]:
    """An alias, or its two spellings when the brackets give its last word's other one."""
    m = _OTHER_SPELLING.match(alias)
    return [m["head"] + m["a"], m["head"] + m["b"]] if m else [alias]


def _listed_names(pieces: list[str]) -> list[str]:
    """Pieces with a comma's list of names cut apart ("the Twelfth Battle of the Isonzo, the Battle of
    Kobarid"), when every part names a battle or an operation."""
    out = []
    for piece in pieces:
        parts = re.split(r",\s+(?:the\s+)?", piece)
        named = len(parts) > 1 and all(_NAMED_PIECE.match(re.sub(r"^(?:also known as|the)\s+", "", p.strip())) for p in parts)
        out += parts if named else [piece]
    return out


def _or_aliases(alias: str | None) -> list[str]:
    """An alias, or the names "X or Y" joins when both are names."""
    if not alias:
        return []
    pieces = re.split(r"\s+or\s+(?:the\s+)?", alias)
    if len(pieces) > 1 and all(re.search(r"\b[A-Z]", p) for p in pieces):
        # "the Twelfth Battle of the Isonzo, the Battle of Kobarid or the Battle of Karfreit": a list of names
        listed = [q for p in pieces for q in re.split(r",\s+(?:the\s+)?", p)]
        return listed if all(_NAMED_PIECE.match(q) for q in listed) else pieces
    return [alias]


# A name among several ("Battle of Kobarid"): a capital, and a battle's or an operation's word in it.
_NAMED_PIECE = re.compile(r"(?=[A-Z0-9])[^,]*?\b" + lexicon.OPERATION_HEADWORDS + r"\b")


# Before "called", words that make it name the operation: "also called X", "it is sometimes called X".
_CALLED_NAMES = re.compile(r"(?:\balso|\b(?:it|battle|operation|offensive|siege) (?:is|was)(?: (?:sometimes|often|"
                           r"commonly|popularly|locally|widely|also))?)\s+$", re.IGNORECASE)
# … or right after the lead's opening name: "The Battle of Celaya, sometimes called the Battles of Celaya,
# was …" (not a group's name later in the clause: "insurgents of Ahlu Sunnah Wa-Jama'a, locally called al-Shabaab")
_CALLED_AFTER_NAME = re.compile(r"[^,]{3,80},\s+(?:sometimes|often|commonly|popularly|widely)\s+", re.IGNORECASE)


def _names_unquoted(cue: re.Match[str], lead: str, verb_at: int) -> bool:
    """Whether an alias cue names the operation without quotes: "codenamed X", "also known as X",
    "also called the fall of Goma", "it is sometimes called X", "known in Egypt as X"; "known to the Afghans as X" only before
    the lead's verb (after it, "an area known as the Triangle" names a place)."""
    word = cue.group(0)
    return bool(re.match(r"code[- ]?named|code ?name|also known as|calls? it|known in (?:[\w-]+ ){1,3}as|referred to as",
                         word, re.IGNORECASE)
                # "celebrated in China as the Great Victory at Taierzhuang", in the lead's first clause
                or re.match(r"celebrated|remembered|commemorated", word, re.IGNORECASE) and cue.start() < verb_at
                or word.lower() == "called" and bool(_CALLED_NAMES.search(lead, 0, cue.start())
                                                     or _CALLED_AFTER_NAME.fullmatch(lead, 0, cue.start()))
                or re.match(r"known(?: to(?: [\w'-]+){1,4}?)? as", word, re.IGNORECASE) and cue.start() < verb_at)


# Where an unquoted alias ends: punctuation, or the clause going on ("also known as the First Battle
# of Mogadishu to distinguish it from the battle of 2006").
_UNQUOTED_END = re.compile(r"[,.;()]|\s+(?:to (?:distinguish|differentiate|set it apart)|in order to|because|which|"
                           r"who|when|where|after|since|as opposed to)\b")
_TRAILING_JOIN = re.compile(r"\s+(?:and|or)\s*$")  # "also known as the landing at Gaba Tepe and, to the Turks, …"
_GLOSS_RENDERING = re.compile(r",\s+(?:or\s+)?(?:(?:the\s+)?(?=[A-Z])|(?=[\"“'‘]))")
# An unlabelled piece of the parenthesis that gives another name: "also written Operation Magistrale",
# "in some sources Operation Magistral", "in pinyin, the Battle of Taierzhuang", or a bare
# operation's name ("Operation Highway").
_GLOSS_NAMED = re.compile(
    r"^(?P<cue>(?:also|sometimes|often) (?:written|spelled|spelt|rendered|transliterated|called|known as)"
    r"|in (?:some|other|older|many|most|several) (?:sources|accounts|texts|histories)"
    r"|in (?:[A-Z][\w-]+|pinyin|romanization|romanisation|transliteration)|or)?"
    r",?\s*(?:as\s+)?(?:the\s+)?(?P<name>[A-Z][^,;]{1,60}?)\s*$")
_OPERATION_HEAD = re.compile(r"(?:Operation|Battle|Siege|Raid|Offensive|Campaign)\s+\S")


def _glosses(lead: str, end: int) -> list[str]:
    """The names a parenthesis after the lead's name (before ``end``, its verb) gives in other
    languages or scripts."""
    out: list[str] = []
    for m in lexicon.ALIAS_GLOSS.finditer(lead, 0, end):
        for piece in lexicon.ALIAS_GLOSS_CUT.split(m.group("body")):
            piece = piece.strip()
            labelled = lexicon.ALIAS_GLOSS_PIECE.match(piece)
            if labelled:
                if labelled.group("label").strip().lower() in lexicon.NOT_GLOSS_LABELS:
                    continue
                # "German: Skagerrakschlacht, the Battle of the Skagerrak": the name and its rendering
                for name in _GLOSS_RENDERING.split(labelled.group("name")):
                    # (a quoted rendering of its words, 'Arabic: الفجر, "the dawn"', names nothing)
                    rendering = name.lstrip().startswith(("\"", "“", "'", "‘"))
                    name = name.strip(" \"“”'‘’,.;")
                    if name and len(name) <= MAX_ALIAS_CHARS and not name.isdigit() and not (rendering and name[0].islower()):
                        out.append(name)
            elif piece and not re.search(r"[A-Za-z0-9]", piece) and any(c.isalpha() for c in piece):
                out.append(piece)  # the name in its own script: "(၁၀၂၇ စစ်ဆင်ရေး)"
            elif "," not in lead[:m.start()] and (named := _GLOSS_NAMED.match(piece)) and (
                    _OPERATION_HEAD.match(named["name"]) or named["cue"] and len(named["name"].split()) > 1):
                # only in the parenthesis right after the name, not one glossing a code name after it
                out.append(named["name"])  # "also written Operation Magistrale", "(Operation Highway; …)"
    return out


_WRAPPED = re.compile(r"[ \t]*\n[ \t]*")
# A lead naming the operation twice: "Operation Jubilee or the Dieppe Raid was an Allied …".
_LEAD_OR = re.compile(r"\s*(?:The\s+)?(?P<a>[A-Z][^,.;()]{2,60}?) or (?:the )?(?P<b>[A-Z][^,.;()]{2,60}?)"
                      r"\s*(?:\([^()]*\)\s*)?,?\s+(?:was|is|were)\b")


def lead_aliases(lead: str) -> tuple[str, ...]:
    """Code names the lead gives: quoted after 'called'/'codenamed', or '(called X by A, and the Y by B)'."""
    lead = unemphasised(unlinked(lead))  # markdown's links and bold names: "**Operation Anaconda**, known as …"
    lead = _WRAPPED.sub(" ", lead)  # a lead hard-wrapped at 72 columns (pandoc) reads as one line
    out: list[str] = []
    if (m := lexicon.ALIAS_TRANSLATION.match(lead)) and (alias := _alias_piece(m.group("q"))):
        out.append(alias)
    if (m := _LEAD_OR.match(lead)) and all(_alias_piece(n) and len(n.split()) > 1 for n in (m["a"], m["b"])):
        out += [_alias_piece(m["a"]), _alias_piece(m["b"])]  # the record's own name is dropped by the caller
    verb = lexicon.LEAD_VERB.search(lead)
    verb_at = verb.start() if verb else len(lead)  # where the lead's first clause ends
    for alias in _glosses(lead, verb.start() if verb else min(len(lead), 200)):
        if alias not in out:
            out.append(alias)
    for m in lexicon.ALIAS_PAREN.finditer(lead):
        for piece in _listed_names(re.split(r",\s+and\s+|;\s+|\s+or\s+", m.group("body"))):
            alias = _alias_piece(piece)
            if alias and alias not in out:
                out.append(alias)
    for m in lexicon.ALIAS_CUES.finditer(lead):
        after = lead[m.end():m.end() + 2 * MAX_ALIAS_CHARS]
        quoted = re.match(r"(?:\s+[\w'-]+){0,%d}?\s*[\"“](?P<q>[^\"”]{1,%d})[\"”]"
                          % (lexicon.ALIAS_GAP_WORDS, MAX_ALIAS_CHARS), after)
        operation = lexicon.ALIAS_OPERATION.match(after)
        if quoted:
            alias = _alias_piece(quoted.group("q"))
        elif operation:
            alias = _alias_piece(operation.group("name"))
            # a second code name joined by "and": "code-named Operation Al-Fajr ("the dawn") and Operation Phantom Fury"
            second = _AND_OPERATION.match(after, operation.end())
            if alias and second and (other := _alias_piece(second.group("name"))):
                alias = f"{alias} or {other}"
        elif _names_unquoted(m, lead, verb_at):
            both = _OR_ELSEWHERE.match(after)  # "Black Hawk Down or, in Somalia, the Day of the Rangers"
            alias = (f"{both['a'].strip()} or {both['b'].strip()}" if both
                     else _alias_piece(_TRAILING_JOIN.sub("", _UNQUOTED_END.split(after, maxsplit=1)[0]), lower_ok=True))
        else:
            alias = None
        for name in _or_aliases(alias):  # "also known as the Culiacanazo or Black Thursday"
            if name in out:
                continue
            out.append(name)
            # its name in English in parentheses right after it: "Unternehmen Merkur (Operation Mercury)";
            # a bare gloss ("Zvijezda 94 (Star 94)") translates words and names nothing
            gloss = re.match(r"\s*(?:the\s+)?" + re.escape(name) + r"\s*\((?P<t>Operation [A-Z][^()]{2,60})\)", after)
            if gloss and (translated := _alias_piece(gloss.group("t"))) and translated not in out:
                out.append(translated)
    return tuple(out)


def _date_range(texts: list[str]) -> DateRange:
    """The first date row's range; a second row of one day after a first of one day ("Launched: 16
    October 1995", "Ended: 5 December 1995") ends it."""
    ranges = []
    for text in texts:
        try:
            found = parse_date_range(lexicon.CITATION.sub("", text))
        except Exception:  # noqa: BLE001 - a neighbour's parser failing must not lose the record
            continue
        if not (found.start or found.end) and (days := [d for d in find_dates(text) if d.year and d.day]):
            found = DateRange(start=to_iso(days[0].year, days[0].month, days[0].day))  # "5 December 1995, with …"
        if found.start or found.end:
            ranges.append(found)
    if not ranges:
        return DateRange()
    first = ranges[0]
    later = next((r for r in ranges[1:] if r.start and first.start and r.start > first.start), None)
    if later is not None and first.end in (None, first.start) and later.end in (None, later.start):
        return dataclasses.replace(first, end=later.start)
    return first


def _single_day(dates: DateRange) -> str | None:
    """A date field stating one full day ("21 May 1982") is a one-day battle: it ends that day.

    A lone month or year is left open: the field may give only when the operation began.
    """
    if dates.start and not dates.end and not dates.ongoing and len(dates.start) == len("2014-03-21"):
        return dates.start
    return None


def lead_start_date(lead: str) -> str | None:
    """'The offensive began in early August 2013' -> '2013-08'."""
    for m in lexicon.START_CUES.finditer(lead):
        found = date_or_none(m.group("date"))
        if found:
            return found
    return None


_LIST_BULLET = re.compile(r"^[*•·‣◦-]+\s+")  # "* Taliban forces withdraw from Pashmul": one of the result's points
_INLINE_BULLET = re.compile(r"[ \t]+[•·‣◦][ \t]+")
_NO_VERDICT = re.compile(r"(?:ongoing|in progress|active|continuing|unknown)", re.IGNORECASE)


def _result(texts: list[str], doc: Document) -> str | None:
    descriptions = {tidy(v).casefold() for k, v in doc.meta if "description" in k.casefold()}
    for text in texts:
        # A result stated over several lines reads as one sentence of clauses.
        # (a key-facts list runs its points into one line between bullets: "victory • base overrun")
        lines = [_LIST_BULLET.sub("", tidy(line)).rstrip(",;") for line in _INLINE_BULLET.sub("\n", text).splitlines()
                 if tidy(line)]
        result = ", ".join(lines).strip(" .")
        if not result or result.casefold() in descriptions or _NO_VERDICT.fullmatch(result):
            continue  # "Status: Ongoing" gives no result: the date's "– present" says it goes on
        # Only a document carrying a short description can have one mistaken for its result; elsewhere
        # a terse result ("Partisan breakout") is the infobox's own verdict.
        if (descriptions and len(result.split()) <= SHORT_DESCRIPTION_WORDS
                and not lexicon.RESULT_WORDS.search(result)):
            continue
        return result
    return None


# ---------------------------------------------------------------- sides

def _is_civilian(c: Casualties) -> bool:
    return bool(c.who and lexicon.CIVILIAN_WORDS.search(c.who))


# A polity, not a formation: a bulleted entry under a sovereign ("* Kenya Colony") is a belligerent
# of that side, where the other bullets ("* Kenya Police") are its forces.
_POLITY = re.compile(r"\b(?:Colony|Protectorate|Dominion|Mandate|Emirate|Sultanate|Empire|Principality)\b")
_FORMATION = re.compile(r"\b(?:Army|Forces?|Regiment|Corps|Brigade|Division|Battalion|Guards?|Police|Navy|Squadron)\b")


def _is_polity(name: str) -> bool:
    return bool(_POLITY.search(name) or name in lexicon.STATE_NAMES) and not _FORMATION.search(name)


# A unit with the units under it in parentheses: "Royal Malaysia Police (VAT 69, General Operations Force)".
_SUBUNITS = re.compile(r"[ \t]*\((?P<list>[A-Z0-9][^(),\n]*(?:,[ \t]*[A-Z0-9][^(),\n]*)+)\)")


def _subunit_lines(m: re.Match[str]) -> str:
    return "".join("\n" + piece.strip() for piece in m["list"].split(","))


# A fact box's side written as a sentence: "Byzantine Empire under Constantine XI (killed), with Genoese
# and Venetian contingents under Giovanni Giustiniani and Girolamo Minotto".
_UNDER = re.compile(r"\s+under\s+(?:the\s+command\s+of\s+)?")
_WITH = re.compile(r",\s+with\s+|;\s+|\n")
_PEOPLE_AND = re.compile(r",?\s+and\s+(?=(?:the\s+[a-z-]+\s+)?[A-Z])|,\s+(?=(?:the\s+[a-z-]+\s+)?[A-Z])")
_THE_ROLE = re.compile(r"^the\s+(?P<role>[a-z][a-z -]{2,30}?)\s+(?P<name>[A-Z].*)$")  # "the admiral Baltoğlu"


def _led_by(text: str) -> tuple[str, str]:
    """(the groups, their leaders, a line each) of a side written "<group> under <leaders>, with
    <group or leaders> …"; (text, "") when no group is "under" anyone."""
    if not _UNDER.search(text):
        return text, ""
    groups: list[str] = []
    people: list[str] = []
    for segment in _WITH.split(text):
        head, *led = _UNDER.split(segment, maxsplit=1)
        named = led[0] if led else (head if groups and not _FORMATION.search(head) and not _is_polity(head) else "")
        if led or named:
            if led:
                groups.append(head.strip())
            for person in _PEOPLE_AND.split(named):
                m = _THE_ROLE.match(person.strip())
                people.append(f"{m['name']} ({m['role']})" if m else person.strip())
        elif segment.strip():
            groups.append(segment.strip())
    return "\n".join(g for g in groups if g), "\n".join(p for p in people if p)


def _belligerent_rows_joined(fields: list[RawField]) -> list[RawField]:
    """A side's belligerent rows as one field, a line each, where the first is: a table whose
    continuation rows each hold one entry ("Chad", "Supported by:", "France") says who is backed
    by whom only read together."""
    rows = [f for f in fields if f.key == "belligerents"]
    if len(rows) < 2:
        return fields
    joined = dataclasses.replace(rows[0], text="\n".join(f.text for f in rows))
    return [joined if f is rows[0] else f for f in fields if f.key != "belligerents" or f is rows[0]]


def _side(fields: list[RawField], start: str | None) -> tuple[Side, list[Casualties]]:
    belligerents: list[str] = []
    supporters: list[str] = []
    commanders, units, strength, casualties, civilians = [], [], [], [], []
    for f in _belligerent_rows_joined(fields):
        if f.key == "belligerents":
            text, leaders = _led_by(f.text)
            commanders += parse_people(leaders) if leaders else []
            text, subs = split_sub_entries(text)
            b, s = split_supporters(text)
            _add_new(belligerents, [state for name in b for state in _states_apart(name)])
            _add_new(belligerents, [n for n in subs if _is_polity(n)])
            _add_new(supporters, s)
            _add_new(units, [n for n in subs if not _is_polity(n)])
        elif f.key == "supporters":
            _add_new(supporters, split_names(f.text))
        elif f.key == "commanders":
            commanders += parse_people(f.text)
        elif f.key == "units":
            unit_text, strength_text = strength_lines(_SUBUNITS.sub(_subunit_lines, f.text))
            unit_text = _UNIT_HEAD.sub(r"\g<head>\n", unit_text)  # "Task Force Mercedes: 12th Infantry Regiment; …"
            named = [one for n in split_names(unit_text) for one in numbered_apart(n)]
            _add_new(belligerents, [n for n in named if _is_polity(n)])
            _add_new(units, [n for n in named if not _is_polity(n)])
            strength += parse_quantities(strength_text)
        elif f.key == "strength":
            strength_text, unit_text = _formations_apart(f.text)
            strength += parse_quantities(strength_text)
            _add_new(units, [one for n in split_names(unit_text) for one in numbered_apart(n)])
        elif f.key == "casualties":
            for c in parse_casualties(f.text, _year(start), start):
                (civilians if _is_civilian(c) else casualties).append(c)
    side = Side(tuple(belligerents), tuple(supporters), tuple(commanders), tuple(units),
                tuple(strength), tuple(casualties))
    return side, civilians


_STATES = frozenset(lexicon.STATE_NAMES)
_AND = re.compile(r"\s+(?:and|&)\s+")


def _states_apart(name: str) -> list[str]:
    """States a belligerents row joins with "and" ("United States and Niger"), one each; any other
    name as it is ("Bosnia and Herzegovina" is one state)."""
    parts = _AND.split(name.strip())
    if len(parts) > 1 and name.strip() not in _STATES and all(p.removeprefix("the ") in _STATES for p in parts):
        return parts
    return [name]


# A formation heading the units under it on one line: "Task Force Mercedes: 12th Infantry Regiment; …".
_UNIT_HEAD = re.compile(r"(?m)^(?P<head>[ \t]*(?:[A-Z][\w'’.-]*\s+){1,4}(?:Force|Group|Brigade|Division|Corps|Army|"
                        r"Command|Fleet|Regiment)(?:\s+[A-Z][\w'’-]*){0,2}):[ \t]+(?=\S)")


# A box's "Forces" row naming formations ("35th and 38th Marine Brigades", "18th Combined Arms Army"):
# its lines are the side's units, not its strength. A line counting them ("3 divisions") stays a strength.
_FORMATION_WORD = re.compile(r"\b(?:Brigades?|Divisions?|Regiments?|Battalions?|Corps|Army|Armies|Fleets?|Squadrons?|"
                             r"Flotillas?|Legions?|Groups?)\b")
_CARDINAL = re.compile(r"(?<![\w.,])\d[\d,.]*(?![\d,.]*(?:st|nd|rd|th)\b)")


# A line of names only: "Royal Navy, No. 2 Commando", "Kriegsmarine, German Army" (a fact box's "Forces").
_NAME_ITEM = r"(?:No\.\s*\d+\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|de|[A-Z0-9][\w'’.-]*))*"
_NAMES_ONLY = re.compile(rf"\s*{_NAME_ITEM}(?:\s*(?:,|;|\band\b)\s*{_NAME_ITEM})+\s*")
_DESIGNATION = re.compile(r"\bNo\.\s*\d+")  # "No. 2 Commando": a name's number, not a count


def _formations_apart(text: str) -> tuple[str, str]:
    """(the strength lines, the lines naming formations with no count) of a strength field."""
    kept, formations = [], []
    for line in text.splitlines():
        named = (_FORMATION_WORD.search(line) or _NAMES_ONLY.fullmatch(line)) \
            and not _CARDINAL.search(_DESIGNATION.sub("", line))
        (formations if named else kept).append(line)
    return "\n".join(kept), "\n".join(formations)


# "35th and 38th Marine Brigades": two formations written as one.
_NUMBERED_PLURAL = re.compile(r"^(?P<ords>\d+(?:st|nd|rd|th)(?:(?:,\s*|,?\s+and\s+)\d+(?:st|nd|rd|th))+)\s+"
                              r"(?P<name>(?:[A-Z][\w'’-]*\s+)*?)(?P<head>Brigade|Division|Regiment|Battalion|Squadron|Company|"
                              r"Flotilla|Legion|Army|Corps)(?:s|ies)?$")


def numbered_apart(name: str) -> list[str]:
    """One name per number of a plural formation: "35th and 38th Marine Brigades" ->
    ["35th Marine Brigade", "38th Marine Brigade"]; any other name as it is."""
    m = _NUMBERED_PLURAL.match(name.strip())
    if not m:
        return [name]
    return [f"{o} {m['name']}{m['head']}" for o in re.findall(r"\d+(?:st|nd|rd|th)", m["ords"])]


def _year(start: str | None) -> int | None:
    return int(start[:4]) if start and start[:4].isdigit() else None


def assemble_sides(fields: tuple[RawField, ...], start: str | None) -> tuple[tuple[Side, ...], tuple[Casualties, ...]]:
    """Sides in column order, and the casualty claims about civilians that belong to no side;
    'start' (the operation's start date) dates as-of notes that give no year."""
    per_side = [f for f in fields if f.key in SIDE_KEYS]
    count = max((f.side or 0 for f in per_side), default=-1) + 1
    sides: list[Side] = []
    civilians: list[Casualties] = []
    for i in range(count):
        side, civ = _side([f for f in per_side if (f.side or 0) == i], start)
        sides.append(side)
        civilians += civ
    for f in fields:
        if f.key == "civilian_casualties":
            civilians += parse_casualties(f.text, _year(start), start)
    # A trailing column holding nothing but casualties is the infobox's casualties3 under a
    # two-sided box: losses tied to no side. A lone column is a side whatever it holds.
    while len(sides) > 1 and dataclasses.replace(sides[-1], casualties=()) == Side():
        civilians = list(sides.pop().casualties) + civilians
    return tuple(sides), tuple(civilians)


# ---------------------------------------------------------------- the operation

_LEADING_THE = re.compile(r"^The\s+(?=" + lexicon.OPERATION_HEADWORDS + r"\b)")
# An article's title naming its operation before a subtitle: "Operation Mar Verde: Portugal's Night Raid".
_SUBTITLED = re.compile(r"^(?P<head>(?:The\s+)?(?:" + lexicon.OPERATION_HEADWORDS
                        + r"|Operação|Operación|Opération|Operazione|Unternehmen)\b[^:]{2,60}):\s+\S.*$")
# A name's translation quoted in brackets after it: "Operation Linda Nchi (“Protect the Country”)".
_QUOTED_GLOSS = re.compile(r"\s*\(\s*[\"“‘'][^()\"“”]{2,60}[\"”’']\s*\)\s*$")
# A page title's site suffix, as a clipper or a browser's title keeps it: "Landing at Anzac Cove - Wikipedia".
# A document's title naming the operation it tells of: "Despatch respecting the Siege of Orakau",
# "Report on the Battle of Osk Ford", "Account of the Capture of Havana".
_DOCUMENT_ABOUT = re.compile(r"^(?:(?:official|final|general|first|second) )?(?:despatch|dispatch|report|letter|account|"
                             r"narrative|memorandum|telegram|cable|communiqu[ée])s? (?:respecting|regarding|concerning|"
                             r"on|of|about|upon) (?:the )?(?=(?-i:[A-Z]))", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\s+[-–—|]\s+(?:Wikipedia|Wikiwand|Wikimili|Military Wiki|Fandom)\b.*$")


# A page copy's note of the name it was reached by: "(Redirected from Assault and Capture of the
# Morro of Arica)" under its title, '"Siege of Mecca (1979)" redirects here.' in a hatnote.
_REDIRECTED = re.compile(r"^\(Redirected from (?P<name>[^()\n]{2,80}(?:\([^()\n]{1,30}\))?)\)\s*$"
                         r"|^[\"“](?P<here>[^\"”\n]{2,80})[\"”] redirects here\b", re.MULTILINE)
_REDIRECT_WINDOW = 6000  # characters at a copy's top, where its title and hatnotes are


def redirect_names(doc: Document) -> list[str]:
    """The names a page was reached by (another name of its operation): the HTML reader's, or a
    copy's lines near its top."""
    names = [v for k, v in doc.meta if k == "redirect"]
    names += [m["name"] or m["here"] for m in _REDIRECTED.finditer(doc.text, 0, _REDIRECT_WINDOW)]
    return [n.strip() for n in names if n.strip()]


# Characters a page holds but never shows: a soft hyphen where a word may break ("Rozh\u00addestvensky"),
# a zero-width space, a word joiner, a stray byte-order mark.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def _visible(fields: tuple[RawField, ...]) -> tuple[RawField, ...]:
    """The fields' values as a reader of the page sees them: invisible characters dropped."""
    return tuple(dataclasses.replace(f, text=_INVISIBLE.sub("", f.text)) if _INVISIBLE.search(f.text) else f
                 for f in fields)


# A page title qualified in parentheses, as Wikipedia tells pages of one name apart.
_QUALIFIED_TITLE = re.compile(r"^(?P<name>[^()]+?)\s+\((?P<qualifier>[^()]{2,40})\)$")


def qualified_by_title(op: Operation, doc: Document) -> Operation:
    """The record named as its page's title names it when the title qualifies the box's name
    ("Battle of Manila (1945)" over a box saying "Battle of Manila"): the name that tells the page
    from others of the same name. Done last: the narrative speaks the unqualified name."""
    title = _SITE_SUFFIX.sub("", tidy(doc.title))
    qualified = _QUALIFIED_TITLE.match(title)
    if qualified is None or qualified["name"].casefold() != op.name.casefold():
        return op
    return dataclasses.replace(op, name=title, id=slugify(title),
                               aliases=tuple(a for a in op.aliases if a.casefold() != title.casefold()))


def operation_from_document(doc: Document) -> Operation:
    """The operation a document's infobox and lead state, without events or sources."""
    fields = _assign_sides(strip_flag_icons(_visible(doc.infobox)))
    names = [_QUOTED_GLOSS.sub("", _SITE_SUFFIX.sub("", tidy(t))) for t in _texts(fields, "name")]
    title = _SITE_SUFFIX.sub("", tidy(doc.title))
    if (headed := _SUBTITLED.match(title)) and not names:
        title = headed["head"]  # "Operação Mar Verde: Portugal's Night Raid on Conakry": the operation's name
    if (about := _DOCUMENT_ABOUT.match(title)) and not names:
        title = title[about.end():]  # "Despatch respecting the Siege of Orakau": the siege's name
    # a story with no box, titled by its headline, names its operation in the text
    headline = not fields and story.is_headline(title)
    named = story.named_operation(doc.text) if headline else None
    if not fields and named is None and (battle := story.sole_battle(title, doc.text)):
        named = (battle, ())  # "THE ASHANTEE WAR." over a letter on the battle of Amoaful
    name = next((n for n in names if n), "") or (named[0] if named else title) or "Untitled operation"
    name = _LEADING_THE.sub("", name)  # "The Siege of Constantinople", a chapter's title: the siege's name
    lead = lead_text(doc, name)

    aliases: list[str] = []
    for text in _texts(fields, "aliases"):
        aliases += [b for a in (clean_item(x) for x in re.split(r"\n|;", text)) if not is_noise(a) for b in _spellings(a)]
    aliases += lead_aliases(_lead_proper(doc, name))
    aliases += [r for r in redirect_names(doc) if r.casefold() not in name.casefold()]  # not "Feuerzauber" of Operation Feuerzauber
    if named:
        aliases += named[1]
    aliases = [a for i, a in enumerate(aliases) if a not in aliases[:i] and a.casefold() != name.casefold()]

    part_of: list[str] = []
    for text in _texts(fields, "part_of"):
        _add_new(part_of, parse_part_of(text))

    dates = _date_range(_texts(fields, "date"))
    start = dates.start or lead_start_date(lead)
    if headline and not start:  # "The offensive, which …, was launched on 12 May"
        start = story.story_start(doc.text, named[0] if named else "", story.published_day(doc))
    end = dates.end or _single_day(dates)

    places: list[str] = []
    for text in _texts(fields, "place"):
        _add_new(places, parse_places(text))
    if not places:
        places = list(lead_places(lead))

    sides, civilians = assemble_sides(fields, start)
    return Operation(
        name=name, id=slugify(name), aliases=tuple(aliases), part_of=tuple(part_of),
        start_date=start, end_date=end, places=tuple(places),
        result=_result(_texts(fields, "result"), doc), sides=sides,
        civilian_casualties=civilians, ongoing=dates.ongoing,
    )
