"""Claims in strength and casualty fields: where one ends, who makes it, what date it counts to.

A field holds one claim per line, or several run together ("571 killed (opposition claim)[22]50
killed (government claim; by 26 March)[23]"). A claim's parenthesised notes name the claimant
("opposition claim", "per SOHR", "Muslim Shishani's claim") and the date it counts up to
("by 30 March"); :func:`read_notes` reads them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from warfile.extract import lexicon
from warfile.extract.counts import COUNT_RE
from warfile.extract.names import parenthesised_pieces

_SPACES = re.compile(r"\s+")
# A claim runs on after a closing parenthesis when a new figure follows: "...claim) 50 killed".
_RUN_ON = re.compile(r"\)\s*[,;]?\s*(?=(?:[~≈]|\d|(?:at least|more than|over|about|some|up to)\s+\d))",
                     re.IGNORECASE)
# Where citation marks cut a line (see split_claims).
_CUT = "\x1f"
# Citation marks inside a claim: after a comma, or before a range's second end or "and"/"or".
_INNER_CITATION = re.compile(
    rf"(?<=,)\s*(?:{lexicon.CITATION.pattern})+|(?:{lexicon.CITATION.pattern})+(?=\s*(?:[–—‒−-]\s*[~≈]?\d|(?:and|or)\b))",
    re.IGNORECASE)

# A figure with nothing after it yet: a citation mark here does not end the claim.
_ENDS_IN_FIGURE = re.compile(r"\d\s*\+?$")

# Initials closing a name: "U.N.", "U.S.": the final dot is part of them.
_INITIALISM_END = re.compile(r"\b\w\.\w\.$")

_YEAR = re.compile(r"\b\d{4}\b")


def tidy(text: str) -> str:
    """Citation marks gone, whitespace collapsed: the claim's text as a record stores it."""
    return _SPACES.sub(" ", lexicon.CITATION.sub("", text)).strip().strip(",;").strip()


def split_claims(text: str) -> list[str]:
    """The separate claims of a field, each as written (citation marks gone).

    Lines are claims; a line that only names whose figures follow ("Per AFP:") is a note of each
    claim under it, as far as the next blank line, and a claim ending in a colon ("17th Airborne
    Division:", "5,365 British (per Oman):") is finished by the lines under it. A citation mark ends a claim only where a new one starts after it ("571
    killed (opposition claim)[22]50 killed"): not inside a range ("1,700[4]–2,000"), before "and"
    or after a comma ("110 fighters,[4] 23 soldiers … killed"), nor after a bare figure or before
    words with no figure ("1,700–2,000[3] Hezbollah fighters"): those words finish the claim.
    """
    text = _INNER_CITATION.sub("", text or "")
    text = _RUN_ON.sub(")\n", lexicon.CITATION.sub(_CUT, text))
    claims: list[str] = []
    lines = (b for ln in text.splitlines() for b in _INLINE_BULLET.split(ln))  # "* 100 killed * 2,900 captured"
    heading = None  # "Per AFP, as of 28 September 2013:" over the claims that follow it
    # the claim above ends in a colon ("17th Airborne Division:"): "open" for the line below it,
    # then "figures" while bare tallies follow ("801 killed" / "3,915 wounded" / "649 missing")
    group = ""
    # the claims so far in this block are tallies a line each ("127 killed" / "451 wounded"), so a
    # tally line under them is theirs; under "2,113 killed or missing" each tally is a claim
    tallies_open, block_start = False, 0
    for line in (piece for ln in lines for piece in _semicolon_claims(ln)):
        if not line.strip():
            heading, group = None, ""  # a heading reaches to the end of its block
            tallies_open, block_start = False, len(claims)
            continue
        if (m := _CLAIM_HEADING.match(line.replace(_CUT, ""))) and not _CASUALTY_WORD.search(m["note"]):
            heading = m["note"]
            continue
        if heading:
            line = f"{line} ({heading})"
        plain = line.replace(_CUT, " ").strip()
        if group and claims and (group == "open" or group == "figures" and _BARE_FIGURE.match(plain)):
            claims[-1] = f"{claims[-1]} {plain}"
            group = "figures" if _BARE_FIGURE.match(plain) else ""  # more bare figures may follow
            continue
        if claims and tallies_open and (tally := _BARE_TALLY.match(plain)) and _tallies_only(claims[-1], tally["category"]):
            claims[-1] = f"{claims[-1]} {plain}"  # "127 killed" over "451 wounded": one claim's tallies a line each
            group = ""
            continue
        tallies_open = len(claims) == block_start and bool(_BARE_TALLY.match(plain))
        group = "open" if plain.endswith(":") else ""
        pieces = [p.strip() for p in line.split(_CUT) if p.strip()]
        for i, piece in enumerate(pieces):
            # A line that is only a note ("(government claim)", "(140 Hezbollah)") belongs to the
            # claim above it; so does the rest of a claim a citation mark cut.
            cut_short = i and (_ENDS_IN_FIGURE.search(pieces[i - 1]) or not COUNT_RE.search(piece))
            if claims and (piece.startswith("(") or cut_short):
                claims[-1] = f"{claims[-1]} {piece}"
            else:
                claims.append(piece)
    return claims


# One tally and nothing else: "801 killed", "3,915 wounded".
_BARE_FIGURE = re.compile(r"^(?:c\.\s*)?[\d,.]+\+?\s+(?:killed|dead|wounded|injured|missing|captured)$", re.IGNORECASE)
# A tally line that may close a claim of tallies a line each: "451 wounded", "50 wounded (per Clive)".
_BARE_TALLY = re.compile(r"^(?:c\.\s*)?[\d,.]+\+?\s+(?P<category>killed|dead|wounded|injured|missing|captured)"
                         r"(?:\s*\([^()]*\))?$", re.IGNORECASE)
_SAME_CATEGORY = {"dead": "killed", "injured": "wounded"}


def _tallies_only(claim: str, category: str) -> bool:
    """Whether a claim is bare tallies ("127 killed", "22 killed 50 wounded") none of which counts
    ``category`` already (a second "killed" line is another group's or another claim's)."""
    m = re.fullmatch(r"(?:(?:c\.\s*)?[\d,.]+\+?\s+(?:killed|dead|wounded|injured|missing|captured)\s*)+", claim.strip(),
                     re.IGNORECASE)
    if m is None:
        return False
    seen = {_SAME_CATEGORY.get(w.casefold(), w.casefold())
            for w in re.findall(r"killed|dead|wounded|injured|missing|captured", claim, re.IGNORECASE)}
    return _SAME_CATEGORY.get(category.casefold(), category.casefold()) not in seen
# A line naming only whose figures follow: "Per AFP, as of 28 September 2013:", "According to the
# UN:", "Opposition claim:". Its note is given to each claim under it, up to a blank line.
_CLAIM_HEADING = re.compile(r"^\s*(?P<note>(?:per|according to)\s+[^:\n]{1,80}?|[^:\n]{1,60}?\b(?:claims?|figures|"
                            r"estimates?|sources?))\s*:\s*$", re.IGNORECASE)
_CASUALTY_WORD = re.compile(r"\b(?:" + "|".join(re.escape(w) for ws in lexicon.CASUALTY_WORDS.values() for w in ws)
                            + r")\b", re.IGNORECASE)
# A bullet inside a line: a converted page flattening a cell's list ("* about 100 killed * 2,900 captured").
_INLINE_BULLET = re.compile(r"(?:^|\s)\*\s+|\s+[·•]\s+")  # "* 100 killed * 2,900 captured", "25 killed · 120+ killed"


def _semicolon_claims(line: str) -> list[str]:
    """A line cut at its semicolons outside parentheses where each piece states a figure: "72
    killed, 28 wounded; 1 heavy cruiser damaged" is two claims, "(Rwandan claim; as of 20 October)"
    one note."""
    if ";" not in line:
        return [line]
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(line):
        depth += (ch == "(") - (ch == ")")
        if ch == ";" and depth == 0:
            pieces.append(line[start:i])
            start = i + 1
    pieces.append(line[start:])
    if len(pieces) < 2 or not all(COUNT_RE.search(p) for p in pieces):
        return [line]
    return [p.strip() for p in pieces]


def split_notes(text: str) -> tuple[str, list[str]]:
    """(text outside parentheses, [each top-level parenthesis' content]); '(' may stay unclosed."""
    pieces = parenthesised_pieces(text)
    main = " ".join(p for kind, p in pieces if kind == "text")
    return main, [p.strip() for kind, p in pieces if kind == "paren" and p.strip()]


def normalise_claimant(who: str) -> str | None:
    """Lower case, no leading 'the', no possessive, no closing full stop: 'Muslim Shishani's' ->
    'muslim shishani'; an initialism's last dot stays ('U.N.' -> 'u.n.')."""
    who = re.sub(r"^(?:the|a|an)\s+", "", tidy(who), flags=re.IGNORECASE)
    who = re.sub(r"(?:'s|’s|')$", "", who).strip(" ,:;")
    if not _INITIALISM_END.search(who):  # "U.N." keeps the dot its last letter stands for
        who = who.rstrip(" .")
    return who.casefold() or None


def claimant_of(note: str) -> str | None:
    """The claimant a note names ('opposition claim' -> 'opposition'), or None."""
    note = tidy(note)
    for pattern in lexicon.CLAIMANT_PATTERNS:
        m = pattern.match(note)
        if m:
            return normalise_claimant(m.group("who"))
    # A bare acronym in parentheses is a source: "(SOHR)", "(UN)".
    if re.fullmatch(r"[A-Z]{2,6}", note):
        return note.casefold()
    return None


@dataclass(frozen=True, slots=True)
class Notes:
    claimant: str | None = None
    as_of: str | None = None


def read_notes(notes: list[str], year: int | None = None, start: str | None = None) -> Notes:
    """Claimant and as-of date from a claim's notes; notes that are neither are left alone.

    'year' dates an as-of note that gives none ('by 30 March'); such a date falling before the
    operation's 'start' (ISO) is in the next year: a tally counts up to a day of the operation.
    """
    claimant: str | None = None
    as_of: str | None = None
    for note in notes:
        for part in re.split(r"[;,]", note):
            part = part.strip()
            if not part:
                continue
            m = lexicon.AS_OF_CUES.match(part)
            if m and as_of is None:
                as_of = _as_of(m.group("date"), year, start)
                if as_of is not None:
                    continue
            if claimant is None:
                claimant = claimant_of(part)
    return Notes(claimant, as_of)


def _as_of(text: str, year: int | None, start: str | None) -> str | None:
    as_of = date_or_none(text, year)
    if as_of and year and start and as_of < start[:len(as_of)] and not _YEAR.search(text):
        return date_or_none(text, year + 1)
    return as_of


_LEADING_CLAIMANT = re.compile(r"\s*(?:per|according to)\s+(?:the\s+)?(?P<who>[^:,;()\n]{1,60}):\s*", re.IGNORECASE)


def inline_claimant(main: str) -> tuple[str, str | None]:
    """'582 killed per SOHR' -> ('582 killed', 'sohr'): a claimant cue outside parentheses, after
    the figures or before them as a label ('Per SOHR: 582 killed')."""
    if (m := _LEADING_CLAIMANT.match(main)) and COUNT_RE.search(main, m.end()):
        return main[m.end():], normalise_claimant(m.group("who"))
    m = lexicon.INLINE_CLAIMANT.search(main)
    if not m:
        return main, None
    return main[:m.start()], normalise_claimant(m.group("who"))


def date_or_none(text: str, year: int | None = None) -> str | None:
    """dates.parse_date, or None when the date parser is absent or fails on this text."""
    try:
        from warfile.extract.dates import parse_date
    except ImportError:  # the date parser lands separately; until then no as-of dates
        return None
    try:
        return parse_date(text.strip(), year)
    except Exception:  # noqa: BLE001 - a neighbour's parser failing must not lose the claim
        return None
