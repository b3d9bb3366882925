"""Casualty and strength fields: one Casualties per claim, one Quantity per stated force.

A casualty claim is a run of figures, each followed by who was hit and a casualty word
('2,700 killed and 5,635 wounded', '114–127 soldiers and 44 militiamen killed', '1 MiG-23 shot
down'). Figures sharing who was hit make one entry; a figure without its own casualty word takes
the next one ('114–127 soldiers and 44 militiamen killed'); a figure naming a new group of people
opens a new entry.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from warfile.extract import lexicon
from warfile.extract.claims import inline_claimant, read_notes, split_claims, split_notes, tidy
from warfile.extract.counts import FoundCount, find_counts
from warfile.extract.lexicon_events import ILLNESSES
from warfile.extract.names import is_noise
from warfile.model import Casualties, Count, Equipment, Quantity

_CATEGORY_WORDS = sorted(((w, cat) for cat, words in lexicon.CASUALTY_WORDS.items() for w in words),
                         key=lambda wc: len(wc[0]), reverse=True)
_CATEGORY_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w, _ in _CATEGORY_WORDS) + r")\b",
                          re.IGNORECASE)
_CATEGORY_OF = {w: cat for w, cat in _CATEGORY_WORDS}
_EQUIPMENT_VERB_RE = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in lexicon.EQUIPMENT_VERBS) + r")\b",
                                re.IGNORECASE)
_EQUIPMENT_ONLY_RE = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in lexicon.EQUIPMENT_ONLY_VERBS) + r")\b",
                                re.IGNORECASE)
# A designation with a digit names a weapon: "MiG-23", "T-72", "Su-24", "F-16".
_DESIGNATION = re.compile(r"\b[A-Za-z]{1,5}-?\d{1,4}[A-Za-z]?\b")
_FROM_WHO = re.compile(r"\b(?:from|among)\s+(?:the\s+)?(?P<who>[^,;]+?)\s*$", re.IGNORECASE)
# A label ending in a colon just before a figure: "Relief forces: 400", "Relief forces:, 400".
_LABEL_BEFORE = re.compile(r"(?P<label>[^,;:()\n]{1,60}):\s*[,;]?\s*$")
# A line stating a force: bullet, label, figure, then words ending in one for people ("3,000
# Hezbollah fighters"; not "15 rebel units").
_STRENGTH_LINE = re.compile(
    r"\s*(?:[•*·-]\s*)?(?:[^:\d\n]{1,60}:\s*)?(?:[\d,.]+\s*[–—-]\s*)?[\d,.]*\d\+?\s+(?:[\w'-]+\s+){0,2}?(?:"
    + "|".join(sorted(lexicon.PEOPLE_NOUNS, key=len, reverse=True)) + r")\s*(?:[(,;]|$)", re.IGNORECASE)
# Most words a "who" may have; longer text between a figure and its casualty word is prose.
MAX_WHO_WORDS = 8


@dataclass(slots=True)
class _Figure:
    count: Count
    category: str | None
    noun: str | None
    equipment: bool


def _words_only(text: str) -> str | None:
    words = [w for w in re.split(r"\s+", text.strip(" ,;:.-–")) if w]
    while words and words[0].casefold() in lexicon.FILLER_WORDS:
        words.pop(0)
    while words and words[-1].casefold().strip(",;:") in lexicon.FILLER_WORDS:
        words.pop()
    noun = " ".join(words).strip(" ,;:.-–")
    if not noun or len(words) > MAX_WHO_WORDS or is_noise(noun):
        return None
    return noun


def _is_equipment(noun: str | None) -> bool:
    if not noun:
        return False
    low = noun.casefold()
    return (any(w in lexicon.EQUIPMENT_NOUNS for w in re.findall(r"[\w-]+", low))
            or low in lexicon.EQUIPMENT_NOUNS or bool(_DESIGNATION.search(noun)))


def _names_people(noun: str) -> bool:
    return any(w in lexicon.PEOPLE_NOUNS for w in re.findall(r"[\w-]+", noun.casefold()))


_OF_ILLNESS = re.compile(rf"\s+(?:of|from)\s+(?:{ILLNESSES})\b", re.IGNORECASE)
_HELD_NOUNS = frozenset({"hostages", "prisoners", "pows", "pow"})
_FREED = re.compile(r"\s+(?:were\s+)?(?:rescued|freed|released|liberated|evacuated|exchanged)\b", re.IGNORECASE)


def _figure(found: FoundCount, segment: str, label: str) -> _Figure:
    """Read what follows a figure up to the next one: who was hit and how."""
    # "Killed: 50, Wounded: 120": a casualty word before a colon labels the next figure.
    cat_m = next((m for m in _CATEGORY_RE.finditer(segment) if not segment[m.end():].lstrip().startswith(":")),
                 None)
    if cat_m and cat_m.group(0).casefold() == "died" and _OF_ILLNESS.match(segment, cat_m.end()):
        cat_m = None  # "15 died of disease" beside the killed: not losses to the fighting ("310 deaths from cholera" stay a toll)
    if cat_m and cat_m.group(0).casefold() in _HELD_NOUNS:
        # "60 hostages killed": the noun says who, the verb after it what befell them; "1,800
        # hostages rescued" were freed, no loss
        later = next((m for m in _CATEGORY_RE.finditer(segment, cat_m.end())), None)
        if later is not None or _FREED.match(segment, cat_m.end()):
            cat_m = later
    eq_m = _EQUIPMENT_VERB_RE.search(segment)
    verb = min((m for m in (cat_m, eq_m) if m), key=lambda m: m.start(), default=None)
    # With no verb of its own the figure names its group up to a comma; a trailing "and" joins the
    # next figure ("23 soldiers and militiamen and 8 officers killed").
    noun = _words_only(segment[:verb.start()] if verb else re.split(r",|;", segment)[0])
    category = _CATEGORY_OF.get(cat_m.group(0).casefold()) if cat_m else None
    if category is None:
        label_m = next((m for m in _CATEGORY_RE.finditer(label) if label[m.end():].lstrip().startswith(":")),
                       None)
        category = _CATEGORY_OF.get(label_m.group(0).casefold()) if label_m else None
    equipment = _is_equipment(noun) and (eq_m is not None or category in (None, "captured"))
    # "1 VBIED destroyed": a verb only equipment undergoes makes any named non-person item equipment.
    only_m = _EQUIPMENT_ONLY_RE.search(segment)
    if (not equipment and noun and only_m and (cat_m is None or only_m.start() < cat_m.start())
            and not _names_people(noun)):
        equipment = True
    return _Figure(found.count, category, noun, equipment)


def _figures(main: str) -> list[_Figure]:
    found = find_counts(main)
    figures = []
    for i, f in enumerate(found):
        end = found[i + 1].start if i + 1 < len(found) else len(main)
        label = main[found[i - 1].end if i else 0:f.start]
        figures.append(_figure(f, main[f.end:end], label))
    # A figure with no casualty word of its own shares the next one's ("114 soldiers and 44
    # militiamen killed").
    for i in range(len(figures) - 2, -1, -1):
        if figures[i].category is None and not figures[i].equipment:
            figures[i].category = figures[i + 1].category
    return figures


def _shared_who(line: str) -> str | None:
    """The group a closing 'from'/'among' names for every figure ('4 killed and 11 wounded from
    Liwa al-Haq'); none where it names a cause of death ('590 deaths from dengue fever')."""
    m = _FROM_WHO.search(line)
    if not m or _CATEGORY_RE.search(m.group("who")) or lexicon.CAUSE_BEFORE_FROM.search(line[:m.start()]):
        return None
    return m.group("who").strip()


def _claim_casualties(claim: str, year: int | None, start: str | None) -> list[Casualties]:
    text = tidy(claim)
    main, notes = split_notes(lexicon.CITATION.sub(" ", claim))
    main, claimant = inline_claimant(main)
    main = lexicon.COMBINED_CASUALTIES.sub("casualties", main)
    head, colon, tail = main.partition(":")
    if colon and _CATEGORY_RE.search(tail) and not _CATEGORY_RE.search(head):
        main = tail  # "5,365 British (per Oman): 801 killed …": the head labels the tallies, its figure their total
    facts = read_notes(notes, year, start)
    claimant = facts.claimant or claimant
    shared_who = _shared_who(main.split("\n")[-1])
    base = Casualties(claimant=claimant, as_of=facts.as_of, text=text)
    entries: list[Casualties] = []
    for fig in _figures(main):
        if fig.equipment:
            item = Equipment(fig.count.best, fig.noun or "")
            if entries:
                entries[-1] = dataclasses.replace(entries[-1], equipment=entries[-1].equipment + (item,))
            else:
                entries.append(dataclasses.replace(base, equipment=(item,)))
            continue
        if fig.category is None:
            continue
        who = fig.noun or shared_who
        last = entries[-1] if entries else None
        if last is not None and getattr(last, fig.category) is None and (fig.noun is None or who == last.who):
            entries[-1] = dataclasses.replace(last, **{fig.category: fig.count})
        else:
            entries.append(dataclasses.replace(base, who=who, **{fig.category: fig.count}))
    if not entries and _states_losses(main, text):
        # A figure that does not say killed or wounded ("300 casualties") is kept as stated.
        entries.append(base)
    return entries


_DIGIT = re.compile(r"\d")
_LOSS_WORD = re.compile(r"\b(?:killed|dead|deaths?|wounded|injured|casualt\w+|loss\w*|captured|prisoners?|missing|"
                        r"destroyed|damaged|lost|executed|died)\b", re.IGNORECASE)


def _states_losses(main: str, text: str) -> bool:
    """Whether a claim with no categorised figure still states losses: it has a figure, does not
    count the displaced, and is not a placeholder ("Unknown civilians")."""
    if not text or is_noise(text) or text.casefold() in lexicon.UNKNOWN_WORDS:
        return False
    if lexicon.NOT_CASUALTY_WORDS.search(main):
        return False
    first = main.split()[0].casefold().strip(",;:.") if main.split() else ""
    if first in lexicon.UNKNOWN_WORDS and not find_counts(main):
        return False
    # a figure, or a word of losses ("Heavy losses"): a line with neither ("Offensive stalled",
    # "Syrian Democratic Forces" repeated by a mirror below the box) states none
    return bool(_DIGIT.search(main) or find_counts(main) or _LOSS_WORD.search(main))


def parse_casualties(text: str, year: int | None = None, start: str | None = None) -> tuple[Casualties, ...]:
    """One Casualties per claim; 'year' dates as-of notes that give no year ('by 30 March'), in
    the next year where they would fall before the operation's 'start' (see read_notes)."""
    if not isinstance(text, str):
        return ()
    out: list[Casualties] = []
    for claim in split_claims(text):
        out.extend(_claim_casualties(claim, year, start))
    return tuple(out)


def _unit(piece: str) -> str | None:
    main, _ = split_notes(piece)
    words = [w for w in main.split() if w.casefold().strip(",.;") not in lexicon.UNKNOWN_WORDS]
    unit = " ".join(words).strip(" ,;:.-–")
    return unit or None


def strength_lines(text: str) -> tuple[str, str]:
    """A units field split into (unit lines, strength lines).

    Scrapes that lose the 'Strength' label leave its figures under 'Units involved': a line
    that opens with a figure of people ("5,000–7,000 fighters", "• Nusra Front: 3,000 fighters")
    is strength. A unit named with a number is none ("3 Commando Brigade", "Unit 910").
    """
    units, strength = [], []
    for line in text.splitlines():
        (strength if _STRENGTH_LINE.match(lexicon.CITATION.sub("", line)) else units).append(line)
    return "\n".join(units), "\n".join(strength)


def _in_parentheses(text: str, pos: int) -> bool:
    """Whether text[pos] sits inside a parenthesis (an unclosed '(' runs to the end)."""
    depth = 0
    for ch in text[:pos]:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth > 0


def _labelled_figures(claim: str) -> list[tuple[FoundCount, str | None, int]]:
    """(figure, its label, where its label starts) for each figure outside the claim's notes.

    A number in a note dates or breaks down the figure before it ("6,000 (May 2015)", "(in
    August 2016)"): it is no force of its own. Text ending in a colon just before a figure labels
    that figure ("Encircled forces: 1,200, Relief forces: 400"), not the one before it.
    """
    out: list[tuple[FoundCount, str | None, int]] = []
    prev_end = 0
    for f in find_counts(claim):
        if _in_parentheses(claim, f.start):
            continue
        m = _LABEL_BEFORE.search(claim, prev_end, f.start)
        label = m.group("label").strip() if m else None
        out.append((f, label, m.start("label") if m else f.start))
        prev_end = f.end
    return out


_BRACKETED_FIGURE = re.compile(r"\((?P<inner>(?:c\.\s*|ca\.\s*|about\s+|some\s+|~\s*)?\d[^()]*)\)")


def parse_quantities(text: str) -> tuple[Quantity, ...]:
    """Strength figures: '1,500 ISIL fighters, 40 fighters from X, (X's claim' -> two Quantities."""
    if not isinstance(text, str):
        return ()
    out: list[Quantity] = []
    for claim in split_claims(text):
        if bracketed := _BRACKETED_FIGURE.fullmatch(claim.strip()):
            claim = bracketed["inner"]  # "(c. 1,200 knights)" on a line of its own: a figure of the side's
        found = _labelled_figures(claim)
        lead = claim[:found[0][2]] if found else claim
        main_lead, notes = split_notes(lead)
        if out and notes and not main_lead.strip(" ,;"):  # a note continuing the previous figure
            facts = read_notes(notes)
            prev = out[-1]
            out[-1] = dataclasses.replace(prev, claimant=prev.claimant or facts.claimant,
                                          text=tidy(f"{prev.text} {lead}"))
        elif not found and not is_noise(tidy(claim)):
            out.append(Quantity(None, None, read_notes(notes).claimant, tidy(claim)))
        for i, (f, label, start) in enumerate(found):
            piece = claim[start:found[i + 1][2] if i + 1 < len(found) else len(claim)]
            _, piece_notes = split_notes(piece)
            unit = _unit(claim[f.end:start + len(piece)]) or label
            out.append(Quantity(f.count, unit, read_notes(piece_notes).claimant, tidy(piece)))
    return tuple(out)
