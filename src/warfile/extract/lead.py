"""What a box-less page's lead states of its operation: when, where, within what war, who fought
and how it ended.

A page with no infobox (a stub, a retelling, an encyclopedia's own article) still opens with the
sentence that defines its operation: "The Battle of Ia Drang was the first major battle between
the United States Army and the People's Army of Vietnam (PAVN), fought from 14 to 18 November
1965 in the valley of the Ia Drang river in the Central Highlands of South Vietnam." That
sentence, and the lead's next ones while they still speak of the operation ("It was fought on
…", "The battle took place at …"), give the record its dates, places, the war it was part of,
its two sides and its result ("The battle ended in a Russian victory"). Only those sentences are read: "On 19 October, PAVN regiments attacked the
camp at Plei Me" places an event, not the battle.

The dates are the ones the timeline gave the sentence's event, so a lead's date is read one
way wherever it is read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from warfile.extract import lexicon
from warfile.extract.dates import find_dates, parse_date_range
from warfile.extract.infobox import parse_part_of
from warfile.extract.sentences import is_markup, split_sentences, strip_citations
from warfile.model import Document, Event, Side

# How far into the lead its operation's own sentences are looked for: the opening paragraphs,
# and in them the first sentences (later ones tell the story).
LEAD_PARAGRAPHS = 2
LEAD_SENTENCES = 4

# A sentence that speaks of the operation itself: its name, or a pronoun or head word standing
# for it, as the subject.
_HEADS = (r"battle|siege|operation|offensive|campaign|raid|attack|assault|invasion|engagement|uprising|"
          r"fighting|crisis|incident|clash(?:es)?|massacre|bombing|landings?|blockade|standoff|conflict|"
          r"insurgency|rebellion|intervention")
_ABOUT = re.compile(rf"^(?:It|They|(?:The|This) (?:[\w-]+ )?(?:{_HEADS}))\b", re.IGNORECASE)

# A sentence saying only when the operation began, not that it was one day's; one saying only
# when it ended ("The battle ended on 18 February 2015 with the withdrawal of …").
_OPENING = re.compile(r"\b(?:began|begun|beginning|started|starting|launched|commenced|opened|initiated)\b")
_CLOSING = re.compile(r"^(?:It|They|The [\w-]+(?: [\w-]+)?) (?:ended|concluded|came to an end|was over|lasted until)\b")

# "from 1 July 1898 to 2 June 1899", "between 2 and 5 November 1914", "on 22 January 1879": the
# dates of a defining sentence the timeline took no event from ("was a siege of … from … to …").
_SPAN = re.compile(r"\b(?:from|between)\s+(?P<a>[^,;()]{1,30}?)\s+(?:to|and|until|till|through)\s+(?P<b>[^,;()]{1,30})")
_ON = re.compile(r"\b(?:on|in)\s+(?P<a>(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},\s+)?\d{4})\b")


def _stated_dates(sentence: str) -> tuple[str | None, str | None]:
    """The start and end a sentence states in words, when it gives a full date."""
    for m in _SPAN.finditer(sentence):
        b = find_dates(m.group("b"))
        if b and b[0].start == 0 and b[0].year:
            span = parse_date_range(f"{m.group('a')} – {sentence[m.start('b'):m.start('b') + b[0].end]}")
            if span.start and span.end:
                return span.start, span.end
    if m := _ON.search(sentence):
        one = parse_date_range(m.group("a"))
        if one.start:
            return one.start, (one.start if len(one.start) == len("1879-01-22") and not _OPENING.search(sentence)
                               else None)
    return None, None


# ---------------------------------------------------------------- places

_CAP = r"[A-Z][\w'’.-]*"
_JOIN = r"(?:de|del|de la|des|du|da|do|di|al|el|as|an|ad|la|le|los|las|bin|ibn|upon|of the|of|-)"
_PROPER = rf"{_CAP}(?:\s+(?:{_JOIN}\s+)?{_CAP})*"
_DIRECTION = r"(?:(?:far |extreme )?(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|southern|northern|upper|lower)"
# The setting of a place: "the port of Tanga", "the mining town of Kolwezi", "the Dutch town of Arnhem".
_SETTING = (r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|port|island|islands|region|valley|province|district|"
            r"capital|area|fort|fortress|harbour|harbor|peninsula|plateau|coast|estuary|border town|"
            r"oasis|camp|base|airport|airbase|citadel|settlement|hills|heights|ridge|mountains|river|lake|bay|gulf|"
            r"junction|railway junction|crossroads|crossing|bridge|pass|strait|stronghold)"
            r"\s+of\s+)")
_LOCATIVE = re.compile(
    rf"\b(?:(?:in|at|near|around|outside|off|across|on the outskirts of|in and around)\s+(?:{_SETTING}|the\s+)?"
    rf"|for\s+{_SETTING})(?:{_DIRECTION}\s+)?(?P<place>{_PROPER})"
    # a region of a country, a country after a place: "in Marawi, Lanao del Sur, Philippines",
    # "in the Kilinochchi District of Sri Lanka", "at Leego in southern Somalia"
    rf"(?P<more>(?:(?:,\s*|\s+(?:of|in)\s+)(?:the\s+)?(?:{_DIRECTION}\s+)?{_PROPER})*)")
# "the Teke Turkmen fortress of Geok Tepe", "the port of Tanga": a named place after its setting,
# whatever comes before; "of what is now Turkmenistan": today's state.
_SETTING_OF = re.compile(rf"\b(?:fortress|town|city|village|port|capital|citadel|stronghold|oasis|island|harbour|harbor)"
                         rf" of (?P<place>{_PROPER})")
_NOW = re.compile(rf"\b(?:in |of )?what (?:is|was) (?:now|today) (?:the )?(?P<place>{_PROPER})")
# A common noun that is part of a place's name after it: "the Akhal oasis", "the Ia Drang valley".
_PLACE_NOUNS = frozenset("oasis valley desert river mountains hills peninsula plateau delta basin coast steppe".split())
_MORE = re.compile(rf"(?:,\s*|\s+(?:of|in)\s+)(?:the\s+)?(?:{_DIRECTION}\s+)?(?P<place>{_PROPER})")
# Names a locative phrase holds that are no place: a war, a month, a unit, the operation itself.
_NOT_PLACE = re.compile(
    r"\b(?:War|Wars|Revolution|Campaign|Offensive|Operation|Battle|Siege|Crisis|Uprising|Rebellion|Insurgency|"
    r"Army|Armies|Forces|Force|Navy|Corps|Division|Brigade|Regiment|Battalion|Company|Front|Movement|Party|"
    r"Council|Command|Government|Ministry|Agreement|Treaty|Conference|Day|Christmas|Easter|Ramadan|Muharram|"
    r"God|Allah|World|Nations|Union|Organization|Organisation|Group|Committee|Guard|Guards|Police|Militia|"
    r"Brotherhood|Emirate of|State of Iraq|Islamic State|Taliban|Qaeda)\b"
    r"|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Their|Its|This|That|These|Those|"
    r"It|He|She|They|We|I)$")


# Words after a name that make it an adjective: "the Libyan desert", "the Azovstal iron works".
_NEXT_WORD = re.compile(r"\s*([a-z][\w-]*)")
_NOT_NOUN_NEXT = frozenset("in on at of and or to from by for with during between near until since after before "
                           "as when where which while who that but than into onto off across around".split())
# "the Central Highlands of South Vietnam", "the Kilinochchi District of Sri Lanka": two places.
_AREA_OF = re.compile(r"^(?P<area>.*\b(?:" + "|".join(lexicon.PLACE_SPLIT_WORDS) +
                      r"|Highlands|Valley|Basin|Plateau|Peninsula|Coast))\s+of\s+(?:the\s+)?(?P<state>.+)$")


_WAR_BEFORE = re.compile(r"\bthe (?:war|conflict|campaign|fighting)\s*$")


def _place_names(sentence: str, name: str) -> list[str]:
    out: list[str] = []
    for m in _LOCATIVE.finditer(sentence):
        if _WAR_BEFORE.search(sentence, 0, m.start()):
            continue  # "the first major engagement of the war in East Africa": the war's, not a place
        found = [(m.group("place"), m.end("place"))]
        base = m.start("more")
        found += [(x.group("place"), base + x.end("place")) for x in _MORE.finditer(m.group("more") or "")]
        for piece, end in found:
            piece = re.sub(r"[’']s$", "", piece.strip(" .,"))
            after = _NEXT_WORD.match(sentence, end)
            if after and after.group(1) in _PLACE_NOUNS and sentence[m.start():m.start("place")].rstrip().endswith("the"):
                piece = f"{piece} {after.group(1)}"  # "in the Akhal oasis"
            elif after and after.group(1) not in _NOT_NOUN_NEXT:
                continue  # an adjective: "the Libyan desert"
            area = _AREA_OF.match(piece)
            for place in ([area["area"], area["state"]] if area else [piece]):
                if place and not _NOT_PLACE.search(place) and place != name and place not in out:
                    out.append(place)
    for pattern in (_SETTING_OF, _NOW):
        for m in pattern.finditer(sentence):
            place = m.group("place").strip(" .,")
            if not _NOT_PLACE.search(place) and place != name and place not in out:
                out.append(place)
    return out


# ---------------------------------------------------------------- part of

_WHOLE = (r"(?:[Ww]ars?|Revolution|[Rr]ebellion|Uprising|[Ii]nsurgency|Crisis|[Cc]ampaign|[Ii]nvasion|[Ii]ntervention|[Cc]onquest|"
          r"[Cc]onflict|Emergency|Troubles|Offensive|Expedition|Occupation)\b")
# "during the Korean War", "a battle of the Second Anglo-Maratha War", "as part of the Russian
# invasion of Ukraine", "the decisive battle of the Cuban Revolution": the war a sentence puts it in.
_PART_OF = re.compile(
    r"\b(?:during|in|of|part of|within|phase of|stage of|episode of)\s+the\s+"
    rf"(?P<whole>(?P<words>(?:(?:{_CAP}|[a-z]+-[a-z]+)\s+){{0,5}}){_WHOLE}"
    rf"(?:\s+(?P<tail>of|in|on|against)\s+(?:the\s+)?{_PROPER}(?:\s+{_WHOLE})?)?"
    r"(?:\s+of\s+\d{4}(?:[–-]\d{2,4})?|\s+\(\d{4}[^()]{0,12}\))?)")


def _wars(sentence: str, name: str) -> list[str]:
    out: list[str] = []
    for m in _PART_OF.finditer(sentence):
        whole = m.group("whole")
        if not re.match(r"[A-Z0-9]", whole):
            continue  # "in the war", "of the war in East Africa": no name
        head = whole[len(m.group("words") or ""):]
        if m.group("tail") and m.group("tail") != "of" and head[:1].isupper() and m.group("words"):
            whole = whole[:m.start("tail") - m.start("whole")].strip()  # "the Russo-Turkish War in Bulgaria"
        if whole.casefold() in name.casefold() or name.casefold() in whole.casefold():
            continue
        for piece in parse_part_of(whole):
            if piece not in out:
                out.append(piece)
    return out


# ---------------------------------------------------------------- sides

# Who a group is, out of the words a lead wraps it in: "militiamen of the Somali National
# Alliance (SNA)", "forces loyal to the Government of National Accord", "those of the NTC".
_WRAPPER = re.compile(r"^(?:(?:[a-z-]+\s+){0,2}?(?:forces|troops|fighters|militiamen|militants|units|elements|"
                      r"soldiers|members|guerrillas|rebels|a convoy|convoy|those|armies|army)\s+(?:of|loyal to|from)\s+)?"
                      r"(?:the\s+)?")
_GROUP = rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_CAP}(?:[\s,'’-]+(?:{_CAP}|of|the|and|for|[a-z]+-led|[a-z]+))*?"
_GROUP_END = (r"(?=\s*(?:,|\.(?:\s|$)|;|\(|$|\s(?:in|on|at|near|from|for|over|during|which|who|to|after|before|"
              r"when|that|as|was|were|is|are|had|has|with)\b))")
# "fought between A and B", "a battle between A and B": two sides, not "the border between Mali
# and Algeria" or "the road between Raqqa and the Turkish border".
_BETWEEN = re.compile(rf"\b(?:fought|battle|engagement|conflict|clash(?:es)?|confrontation|encounter|war|fighting|"
                      rf"standoff|combat|struggle|hostilities)\b(?:[^,;]{{0,60}}?\s)?between\s+"
                      rf"(?P<pair>{_GROUP}\s+and\s+{_GROUP}){_GROUP_END}")
_AGAINST = re.compile(rf"\b(?:by|of)\s+(?P<a>{_GROUP})\s+against\s+(?P<b>{_GROUP}){_GROUP_END}")
_ABBREVIATION = re.compile(r"\s*\([^()]*\)")
_TITLE = re.compile(r"^(?:President|General|King|Queen|Emperor|Prime|Colonel|Major|Captain|Admiral|Marshal|Sultan|"
                    r"Shah|Prince|Commander|Lieutenant|Sheikh|Field)\b")
_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


# Lower-case words a group's name may hold: "Liberation Tigers of Tamil Eelam", "Colombian military".
_GROUP_WORDS = frozenset("of the and for de del la al el army forces military militants fighters troops insurgents "
                         "groups coalition nationalists rebels militia militias navy police separatist federal armed "
                         "government".split())
# Adjectives before a group's name: "communist Viet Minh", "allied Sahwa tribal fighters".
_ADJECTIVES = re.compile(r"^(?:(?:communist|allied|rebel|local|pro-government|loyalist|regular|irregular|government)\s+)+")


def _groups(text: str) -> list[str] | None:
    """The groups one side of a lead's "between A and B" names, or None when it is no group."""
    text = _ABBREVIATION.sub("", text).strip(" ,.")
    text = _WRAPPER.sub("", text, count=1).strip(" ,.")
    if text in lexicon.STATE_NAMES:
        return [text]
    parts = [_ADJECTIVES.sub("", p) for p in re.split(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", text)]
    for i, part in enumerate(parts[:-1]):
        noun = re.search(r"\s(forces|troops|fighters|militias?)$", parts[i + 1])
        if noun and " " not in part and part not in lexicon.STATE_NAMES:
            parts[i] = f"{part} {noun.group(1)}"  # "Russian and South Ossetian forces"
    if " " not in parts[-1] and parts[-1] not in lexicon.STATE_NAMES and re.search(r"(?:an|ese|ish|ic|i)$", parts[-1]):
        return None  # an adjective left over from a wrong split ("… Forces and Russian")
    for part in parts:
        words = part.split()
        if (not part[:1].isupper() or _TITLE.match(part) or _MONTH.search(part) or len(words) > 8
                or any(w[:1].islower() and w not in _GROUP_WORDS for w in words)):
            return None  # "Iranian naval forces and oil platforms", "Islamist groups advancing south"
    return parts


def _two_sides(sentence: str) -> tuple[Side, Side] | None:
    pairs: list[tuple[str, str]] = []
    if m := _BETWEEN.search(sentence):
        # the sides part at the last "and" whose halves are groups: "between British and British
        # Indian troops and Indonesian nationalists"
        pair = m.group("pair")
        pairs += [(pair[:j.start()], pair[j.end():]) for j in reversed(list(re.finditer(r"\s+and\s+", pair)))]
    if m := _AGAINST.search(sentence):
        pairs.append((m.group("a"), m.group("b")))
    for a_text, b_text in pairs:
        if a_text + " and " + b_text in lexicon.STATE_NAMES:
            continue  # "Bosnia and Herzegovina"
        a, b = _groups(a_text), _groups(b_text)
        if a and b and not set(a) & set(b):
            return Side(belligerents=tuple(a)), Side(belligerents=tuple(b))
    return None


# ---------------------------------------------------------------- result

# "The battle ended in a Russian victory", "It resulted in a decisive Croatian victory".
_RESULT = re.compile(r"\b(?:ended|resulted) (?:in|with) (?:an? |the )?(?P<result>(?:(?:decisive|major|pyrrhic|tactical|strategic|"
                     rf"costly|narrow|complete|total|crushing|{_CAP})\s+){{1,4}}(?:victory|defeat|stalemate))\b")


# ---------------------------------------------------------------- the lead

@dataclass(frozen=True, slots=True)
class LeadFacts:
    """The fields a lead gives; extract.extract_operation puts them on a record its box left empty."""

    start: str | None = None
    end: str | None = None
    places: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()
    sides: tuple[Side, ...] = ()
    result: str | None = None


def _is_about(sentence: str, name: str) -> bool:
    core = re.sub(r"^(?:The|the)\s+", "", name).casefold()
    opening = re.sub(r"^(?:The|the)\s+", "", sentence[:len(core) + 40]).casefold()
    return bool(core) and opening.startswith(core) or bool(_ABOUT.match(sentence))


def operation_sentences(doc: Document, name: str) -> list[tuple[int, int]]:
    """Spans of the lead's sentences that speak of the operation itself."""
    lead = [p for p in doc.paragraphs[:LEAD_PARAGRAPHS + 1] if p.heading is None][:LEAD_PARAGRAPHS]
    spans: list[tuple[int, int]] = []
    for p in lead:
        # the paragraph's first sentences of prose (a box's rows left in it are no sentences)
        prose = [(a, b) for a, b in split_sentences(doc.paragraph_text(p), p.span.start)
                 if not is_markup(doc.text[a:b]) and len(doc.text[a:b].split()) >= _MIN_WORDS
                 and not _BOX_ROW.search(doc.text[a:b])]
        for start, end in prose[:LEAD_SENTENCES]:
            if _is_about(strip_citations(doc.text[start:end]), name):
                spans.append((start, end))
    return spans


_MIN_WORDS = 6
_BOX_ROW = re.compile(r"\s\|\s|\t")  # "Date | 28 September – 13 October 2015": a box's row


def lead_facts(doc: Document, name: str, events: Sequence[Event]) -> LeadFacts:
    """What the lead's sentences about the operation state of it (see the module docstring)."""
    spans = operation_sentences(doc, name)
    start = end = None
    places: list[str] = []
    part_of: list[str] = []
    sides: tuple[Side, ...] = ()
    result: str | None = None
    for s, e in spans:
        sentence = strip_citations(doc.text[s:e])
        if start is None or end is None:
            dated = next((ev for ev in events if ev.span is not None and s <= ev.span.start < e and ev.date), None)
            if dated is not None:
                first = dated.date
                last = dated.date_end or (dated.date if len(dated.date) == len("1965-11-14")
                                          and not _OPENING.search(sentence) else None)
                if last is None and (stated := _stated_dates(sentence))[0] == first:
                    last = stated[1]  # "from December 1880 to 24 January 1881": a span the timeline dates by its start
            else:
                first, last = _stated_dates(sentence)
            if first and _CLOSING.match(sentence):
                end = end or first  # "The battle ended on 18 February 2015"
            elif first and start is None:
                start, end = first, end or last
        places += [p for p in _place_names(sentence, name) if p not in places]
        part_of += [w for w in _wars(sentence, name) if w not in part_of]
        if not sides:
            sides = _two_sides(sentence) or ()
        if result is None and (won := _RESULT.search(sentence)):
            result = won.group("result")
    return LeadFacts(start, end, tuple(places), tuple(part_of), sides, result)


__all__ = ["LeadFacts", "lead_facts", "operation_sentences"]
