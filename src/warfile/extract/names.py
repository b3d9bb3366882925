"""Lists of names in infobox fields: belligerents, supporters, units.

Sources separate entries with newlines, commas, bullets ("* ", "** " for unit hierarchy), citation
marks ("Al-Nusra Front[1] Junud al-Sham[2]") or nothing at all ("Suqour al-Ezz Liwa al-Mujahideen
Kataib Ansar al-Sham"); :func:`split_names` undoes all of these, the last with the group head
words in :mod:`warfile.extract.lexicon`.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from warfile.extract import lexicon

# Entry separators: newlines, commas, semicolons, bullets (a run of "*" or "•" opening an entry),
# and the horizontal rule a dump writes for a break between groups of entries ("Iraq ---- …").
# A comma inside one unit's name is not one: "2nd Battalion, Parachute Regiment", "C Company,
# 25th Infantry Regiment", "1st Battalion, Black Watch" (a sub-unit, then the formation it belongs to). A comma separates unless
# a sub-unit word comes before it and a formation's name after it.
# A chain of them is one name too: "C Company, 13th Battalion, Kumaon Regiment"; so is a regiment
# with its division or district after it ("4th Regiment, Xinjiang Military District").
_SUBUNITS = ("Battalion", "Squadron", "Platoon", "Company", "Battery", "Troop")
_NOT_AFTER_SUBUNIT = "".join(f"(?<!{w})" for w in _SUBUNITS + ("Regiment",))
# What a formation's name ends on: a formation noun, the arm of a US regiment ("503rd Infantry",
# "7th Cavalry") or a British regiment's own name ("Black Watch", "Gordon Highlanders").
_FORMATION = (r"(?:\b(?:Regiment|Brigade|Division|Marines|Rifles|Guards|Corps|Commando|Infantry|Cavalry|Artillery|"
              r"Armor|Armour|Highlanders|Fusiliers|Rangers|Borderers|Dragoons|Hussars|Lancers|Grenadiers|Watch|"
              r"Jackets|Legion)\b(?: of Foot)?"
              r"|(?<![\w-])(?-i:\d{0,2}[A-Z]{2,5}))\s*(?:[,;\n(•·|*]|$)")  # or its initials alone: "D Company, 6RAR"
_NO_FORMATION_AFTER = (rf"(?<!Regiment),(?!\s*[^,;\n]{{0,40}}?{_FORMATION}"
                       rf"|\s*[^,;\n]{{0,40}}?\b(?:{'|'.join(_SUBUNITS)})\s*,\s*[^,;\n]{{0,40}}?{_FORMATION})"
                       r"|(?<=Regiment),(?!\s*[^,;\n]{0,40}?\b(?:Division|Military District)\b\s*(?:[,;\n(]|$))")
SEPARATORS = re.compile(rf"\n|\r|;|{_NOT_AFTER_SUBUNIT},|{_NO_FORMATION_AFTER}|(?:^|\s)[*•·▪◦‣]+\s*|\s\|\s|\t|-{{3,}}")
_SPACES = re.compile(r"\s+")
_PARENTHESES = re.compile(r"\([^()]*\)")
# A state's name as a whole entry's next words.
_STATE_AT = re.compile(r"(?P<state>" + "|".join(re.escape(s) for s in lexicon.STATE_NAMES) + r")(?:\s+|$)")
# Spaces just inside a parenthesis: "( 25–31 March only)".
_PAREN_SPACES = re.compile(r"(?<=\()\s+|\s+(?=\))")
# Fewest words in an entry before it is cut after a tail word: two two-word names ("Islamic Front
# Jaysh al-Sham") make four, but four-word single names are common ("Syrian Army Special Forces"),
# so five; checked against the seed unit and belligerent lists.
RUN_MIN_WORDS = 5


def strip_citations(text: str) -> str:
    """The text without citation marks ("[16]", "[a]", "[citation needed]")."""
    return lexicon.CITATION.sub("", text or "")


def clean_item(text: str) -> str:
    """One entry tidied: citation marks, image sizes, bullets, stray punctuation and doubled spaces gone."""
    text = strip_citations(text)
    text = _SPACES.sub(" ", text).strip()
    text = lexicon.RENDER_LEFTOVERS.sub("", text).strip()
    text = text.strip(" *•·▪◦‣-–—:;,.|").strip()
    text = _SIDE_MARK.sub("", text)  # "① United Kingdom": the side's mark, not its name
    if _ABBREVIATED_END.search(text):
        text += "."  # "Leighton W. Smith Jr.": the full stop is the abbreviation's
    return text


# A mark numbering the side an entry opens ("① United Kingdom", "❷ Iran", "⑴ …"): circled, negative
# circled and parenthesised digits.
_SIDE_MARK = re.compile(r"^[\u2460-\u2473\u2474-\u2487\u2776-\u277f\u2780-\u2793]\s*")
# A name ending in an abbreviation whose full stop the tidying above took off.
_ABBREVIATED_END = re.compile(r"(?<=\s)(?:Jr|Sr|Jnr|Snr)$")


def parenthesised_pieces(text: str) -> list[tuple[str, str]]:
    """('text', s) and ('paren', s) pieces in order; an unclosed '(' runs to the end."""
    if "(" not in text:  # most entries: one text piece, without the walk over each character
        return [("text", text)] if text.strip() else []
    out: list[tuple[str, str]] = []
    depth, buf = 0, []
    for ch in text:
        if ch == "(":
            if depth == 0:
                out.append(("text", "".join(buf)))
                buf = []
            else:
                buf.append(ch)
            depth += 1
        elif ch == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                out.append(("paren", "".join(buf)))
                buf = []
            else:
                buf.append(ch)
        else:
            buf.append(ch)
    out.append(("paren" if depth else "text", "".join(buf)))
    return [(kind, s) for kind, s in out if s.strip() or kind == "paren"]


def is_noise(item: str) -> bool:
    """True for rendering leftovers and 'not known' placeholders that name nothing."""
    return (not item or bool(lexicon.NOISE_ITEMS.match(item))
            or item.casefold() in lexicon.UNKNOWN_WORDS)


def _is_head(word: str) -> bool:
    return word in lexicon.GROUP_HEADS


def _is_tail(word: str) -> bool:
    return word.rstrip(",.") in lexicon.GROUP_TAILS


def _split_states(item: str) -> list[str] | None:
    """['Iraq', 'Iran'] from 'Iraq Iran': an entry made only of two or more states' names (their
    flags' line breaks lost) is one entry per state; None for anything else."""
    states: list[str] = []
    pos = 0
    while pos < len(item):
        m = _STATE_AT.match(item, pos)
        if m is None:
            return None
        states.append(m.group("state"))
        pos = m.end()
    return states if len(states) > 1 else None


_ACRONYM_WORD = re.compile(r"[A-Z]{3,}")
_OF_STATE_END = re.compile(r"\bof (?:the )?(?:" + "|".join(re.escape(s) for s in lexicon.STATE_NAMES) + r")$")
# A parenthesis of lower-case words just closed: a qualifier ("(alleged)", "(until 5 May)"), not a
# part of the name ("8 (Alma) Commando Battery").
_QUALIFIER_CLOSE = re.compile(r"\([a-z][^()]*\)$")
_SERVICE_REST = re.compile(r"(?:Air Force|Navy|Army|Marine Corps|Marines|Coast Guard|Special Forces|National Guard|"
                           r"Armed Forces|Ground Forces|Air Defen[cs]e Force)")


def split_run(item: str) -> list[str]:
    """Split names run together with no separator, at group head and tail words.

    'Suqour al-Ezz Liwa al-Mujahideen' -> ['Suqour al-Ezz', 'Liwa al-Mujahideen'] (a head word opens
    a name unless another head word stands right before it); 'Islamic Front Jaysh al-Sham' splits
    after the tail word 'Front' because a capitalised word that does not continue the name follows.
    """
    states = _split_states(item)
    if states:
        return states
    words = item.split()
    # Splitting after a tail word is the riskier cut ("Syrian Army Special Forces" is one name):
    # only long runs, where several names are likelier than one, are cut there. A parenthesis
    # qualifies a name and adds none ("Iraqi Ba'ath Party Loyalists (limited involvement)").
    long_run = len(_PARENTHESES.sub(" ", item).split()) >= RUN_MIN_WORDS
    parts: list[list[str]] = [[]]
    for i, word in enumerate(words):
        prev = words[i - 1] if i else ""
        # a numbered formation not yet at its formation word ("5th Guards ...") is not cut
        numbered = (bool(parts[-1]) and bool(lexicon.ORDINAL.match(parts[-1][0]))
                    and not any(w.rstrip(",.") in lexicon.FORMATION_WORDS for w in parts[-1]))
        head_opens = (i > 0 and _is_head(word) and not _is_head(prev) and word != "Brigade"
                      and prev.casefold() not in lexicon.NAME_CONNECTORS)
        # a numbered formation runs to its formation word ("5th Guards Tank Brigade"), and an
        # ordinal after a formation word opens the next one ("2nd Infantry Division 5th ROK Division")
        # (after a comma the separators kept, it names the formation the one before belongs to:
        # "C Company, 25th Infantry Regiment")
        ordinal_opens = (i > 0 and bool(lexicon.ORDINAL.match(word))
                         and prev.rstrip(".") in lexicon.FORMATION_WORDS)
        # a numbered formation's honorific name ends it ("9th SS Panzer Division Hohenstaufen")
        honorific = i == len(words) - 1 and bool(parts[-1]) and bool(lexicon.ORDINAL.match(parts[-1][0]))
        tail_closed = (long_run and not numbered and not honorific and i > 0 and _is_tail(prev) and word[:1].isupper()
                       and not _is_tail(word) and not lexicon.GROUP_TAIL_CONTINUERS.match(word)
                       and len(parts[-1]) > 1)
        # a qualifier's parenthesis ends a name ("Rwanda (alleged) Uganda (alleged)"), and in a long
        # run an acronym after a name of words opens the next ("… Republic of the Congo MONUSCO")
        after_paren = (i > 0 and prev.endswith(")") and word[:1].isupper() and "(" not in word
                       and _QUALIFIER_CLOSE.search(" ".join(words[:i])) is not None)
        acronym_opens = (long_run and i > 0 and _ACRONYM_WORD.fullmatch(word) is not None
                         and len(parts[-1]) > 1 and not _ACRONYM_WORD.fullmatch(prev) and not prev.endswith(")")
                         and word not in "".join(w[0] for w in parts[-1] if w[:1].isupper()))  # not its own initials
        # "Republican Forces of Côte d'Ivoire Invisible Commando": a name ending "of <state>" is whole
        state_closed = (long_run and i > 0 and word[:1].isupper() and len(parts[-1]) > 2
                        and _OF_STATE_END.search(" ".join(parts[-1])) is not None)
        # a state's service is one name: "Republic of Vietnam Air Force", "Republic of Korea Navy"
        if _SERVICE_REST.fullmatch(" ".join(words[i:])) and _OF_STATE_END.search(" ".join(parts[-1])):
            head_opens = state_closed = tail_closed = False
        # a comma the separators kept joins a sub-unit to its formation: no cut after it
        if (head_opens or tail_closed or ordinal_opens or after_paren or acronym_opens or state_closed) and parts[-1] \
                and not prev.endswith(","):
            parts.append([])
        parts[-1].append(word)
    return [" ".join(p) for p in parts if p]


def split_names(text: str) -> tuple[str, ...]:
    """Names in a belligerent or unit list, in order, without 'Supported by:' and its entries."""
    if not isinstance(text, str):
        return ()
    belligerents, _ = split_supporters(text)
    return belligerents


def split_items(text: str, separators: re.Pattern[str] = SEPARATORS,
                split_further: Callable[[str], list[str]] = split_run) -> list[str]:
    """Entries of a list field: cut at the separators, then each entry by split_further; tidied,
    noise dropped, each entry once in the order first seen."""
    # Citation marks separate entries in shapes that drop the line breaks.
    text = lexicon.IMAGE_FILES.sub(" ", lexicon.CITATION.sub("\n", text))
    if "(" in text:  # "Sri Lankan armed forces (army, navy, air force)": the commas of a bracket are its own,
        # unless it lists states ("Inter-American Peace Force (Brazil, Honduras, Paraguay)": each a party)
        text = _BRACKET.sub(lambda m: ", " + m.group(0)[1:-1] if _lists_states(m.group(0))
                            else m.group(0).replace(",", _KEPT_COMMA), text)
    out: list[str] = []
    for raw in separators.split(text):
        item = clean_item(lexicon.LIST_HEADING.sub("", raw.replace(_KEPT_COMMA, ",")))
        if is_noise(item):
            continue
        if out and _is_qualifier(item):  # "(since 1 May)" on its own qualifies the entry before it
            out[-1] = f"{out[-1]} {_PAREN_SPACES.sub('', item)}"
            continue
        for part in split_further(item):
            part = clean_item(part)
            if not is_noise(part) and part not in out:
                out.append(part)
    return out


_BRACKET = re.compile(r"\([^()\n;]{1,80}\)")


def _lists_states(bracket: str) -> bool:
    items = [i.strip(" ()").casefold() for i in bracket.split(",")]
    return sum(1 for i in items if i in _STATES_FOLDED) >= 2


_STATES_FOLDED = frozenset(s.casefold() for s in lexicon.STATE_NAMES)
_KEPT_COMMA = "\x1f"


def _is_qualifier(item: str) -> bool:
    """True for an entry that is one parenthesis: '(since 1 Aug. 2016)', '( 25–31 March only)'."""
    return item.startswith("(") and item.endswith(")") and item.count("(") == 1


# A parenthesis saying when a party took part, after its name: "United States (from 25 March)",
# "Iran (until 2016)", "Russia ( 25–31 March only)". The name is the party; the dates are no part of it.
_WHEN_QUALIFIER = re.compile(r"\s*\(\s*(?:(?:since|from|until|till|after|before|to|between|in)\s+[^()]*"
                             r"|\d[^()]*\bonly|(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{4}\s*[–-][^()]*"
                             # "Sikh troops of Sher Singh (September–October 1848)", "(1941–1945)"
                             r"|[A-Z][a-z]+\s*[–-]\s*[A-Z][a-z]+\s+\d{4}|\d{4}\s*[–-]\s*\d{2,4}"
                             # how sure the part is: "Eritrea (alleged)", "Wagner Group (reportedly)"
                             r"|alleged(?:ly)?|reported(?:ly)?|suspected|claimed|disputed|unconfirmed)\s*\)$")


def _party(name: str) -> str:
    return _WHEN_QUALIFIER.sub("", name) or name


def split_supporters(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(belligerents, supporters) of one column: entries after 'Supported by:' are supporters,
    each named without a parenthesis dating its part ("United States (from 25 March)")."""
    if not isinstance(text, str):
        return (), ()
    lines = re.split(r"(?=\b(?:[Ss]upported by|[Bb]acked by|[Ww]ith support (?:from|of))\b)", text)
    belligerents: list[str] = []
    supporters: list[str] = []
    for chunk in lines:
        m = lexicon.SUPPORTER_CUES.match(chunk)
        if m and m.end() > 0 and chunk[:m.end()].strip():
            supporters.extend(n for n in map(_party, split_items(chunk[m.end():])) if n not in supporters)
        else:
            belligerents.extend(n for n in map(_party, split_items(chunk)) if n not in belligerents)
    return tuple(belligerents), tuple(supporters)


# A bulleted sub-entry of a belligerent ("Colombia, * National Army of Colombia" or "* Peshmerga" on
# its own line): the side's unit, listed under the state or group it belongs to.
_SUB_ENTRY = re.compile(r"(?:^|\n|,)[ \t]*[*•]+[ \t]*(?P<name>[^,\n]+)")
_SUPPORT_CUE = re.compile(r"\b(?:[Ss]upported by|[Bb]acked by|[Ww]ith support (?:from|of))\b")


def split_sub_entries(text: str) -> tuple[str, tuple[str, ...]]:
    """(the text without its bulleted sub-entries, the sub-entries) of a belligerent column.

    Bullets under "Supported by:" list supporters, not units, and stay in the text; so does a
    bullet with no top-level entry before it (the whole list is bulleted).
    """
    if not isinstance(text, str):
        return "", ()
    cue = _SUPPORT_CUE.search(text)
    head, tail = (text[:cue.start()], text[cue.start():]) if cue else (text, "")
    subs: list[str] = []
    kept: list[str] = []
    pos = 0
    for m in _SUB_ENTRY.finditer(head):
        if not clean_item(_SUB_ENTRY.sub("", head[:m.start()])):
            continue  # nothing above it to belong to
        name = clean_item(m.group("name"))
        if not is_noise(name):
            subs.append(name)
            kept.append(head[pos:m.start()])
            pos = m.end()
    if not subs:
        return text, ()
    kept.append(head[pos:])
    return "".join(kept) + ("\n" if tail else "") + tail, tuple(dict.fromkeys(subs))
