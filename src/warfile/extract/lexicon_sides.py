"""Cue words that tell which column (side) an infobox entry belongs to, used by extract.columns.

Flattened shapes run the columns of an infobox together, so the split is decided from what the
entries say. The corpus is about the Syrian civil war (and conflicts shaped like it: a state and
its allies against insurgent groups), so the two camps below are named by what the infobox's own
labels use. Phrases are matched case-insensitively on whole words ("-" counts as a word break, so
"Al-Nusra" holds "nusra"); INSURGENT phrases are removed before STATE words are looked for, so
"Free Syrian Army" is not read as "army".
"""
from __future__ import annotations

import re

from warfile.extract.lexicon import STATE_NAMES

STATE = "state"
INSURGENT = "insurgent"

# Words naming a state's forces or its allied militias in the infobox: "Army Chief of staff",
# "Latakia NDF commander", "Ba'ath Brigades", "Syrian Air Force". Hezbollah and the NDF fight on
# the government side in this corpus.
STATE_CUES = (
    "army", "armed forces", "air force", "navy", "government", "pro-government", "republic",
    "republican guard", "ba'ath", "baath", "ndf", "national defence force", "national defense force",
    "regime", "loyalist", "loyalists", "military intelligence", "security forces", "police",
    "hezbollah", "shabiha", "soldiers", "tiger forces", "special forces", "ministry",
    # a regular army's staff: "Chief of the General Staff" leads a state's forces in any war
    "general staff", "joint staff",
    # a head of state leads the state's side ("Alfredo Cristiani (President)"); not "minister": a
    # movement governing a territory has its ministers too ("Said Seyam (Interior Minister)")
    "president",
)

# Words naming insurgent groups and their commanders: "FSA Chief of staff", "Nusra Front
# commander", "Ahrar ash-Sham", Arabic group-name heads (Jabhat "front", Liwa "brigade",
# Katibat/Kataib "battalion(s)", Harakat "movement", Junud "soldiers of", Jaysh "army of").
INSURGENT_CUES = (
    "free syrian army", "fsa", "rebel", "rebels", "opposition", "nusra", "ahrar", "jabhat", "jaysh",
    "jaish", "liwa", "katibat", "kataib", "harakat", "junud", "ansar", "mujahideen", "mujahidin",
    "islamic front", "isil", "isis", "islamic state", "tawhid", "militants", "jihadist", "jihadists",
    "insurgent", "insurgents", "al-qaeda", "faylaq", "sham legion", "islamist",
    # guerrilla fronts and movements in any war ("Farabundo Martí National Liberation Front");
    # not "liberation army" alone, the name of China's state army
    "liberation front", "patriotic front", "liberation movement", "liberation tigers", "guerrilla", "guerrillas",
    "separatist", "separatists", "resistance",
    # the heads of armed movements' names in Pashto and Urdu ("Tehrik-i-Taliban", "Lashkar-e-Jhangvi")
    "taliban", "tehrik", "lashkar", "islamic movement",
)

# An entry naming a sovereign state: in a run-on paragraph it opens the government column
# ("... Free Syrian Army[4][5] Syrian Arab Republic Lt. Gen. ..."). Full match on the entry.
# "Government of National Accord" names a government as much as "Republic of Yemen" does; the
# country names are extract.lexicon.STATE_NAMES (the places list), so both lists grow together.
STATE_NAME = re.compile(
    r"(?:[\w'’ -]*\bRepublic\b[\w'’ -]*|Kingdom of [\w ]+|[\w ]+ Kingdom|State of [A-Z][\w ]+|"
    r"[\w ]+ Federation|Government of (?:the )?[A-Z][\w'’ -]+|United States|"
    + "|".join(re.escape(s) for s in sorted(STATE_NAMES, key=len, reverse=True)) + ")",
)

# Endings that turn a country's name into its demonym ("Ukraine" -> "Ukrainian", "Iraq" -> "Iraqi",
# "Libya" -> "Libyan", "Azerbaijan" -> "Azerbaijani"): a role or claim saying "Ukrainian ..." names
# the side whose belligerent is "Ukraine". Tried after the name loses its final vowels.
DEMONYM_ENDINGS = ("", "n", "an", "ian", "i", "ese", "ish", "ic")
# Shortest stem a demonym is derived from: shorter stems ("mal" of "Mali") match unrelated words.
DEMONYM_MIN_STEM = 4

# A state's everyday name a line may be headed with, and what its side's entry may read instead
# ("Britain: Grand Fleet" under "United Kingdom"; "Soviets: …" under "Soviet Union").
STATE_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "britain": ("united kingdom", "british", "great britain", "england"),
    "great britain": ("united kingdom", "british", "britain"),
    "uk": ("united kingdom", "british", "britain"),
    "england": ("united kingdom", "english", "british", "kingdom of england"),
    "america": ("united states", "american", "usa"),
    "us": ("united states", "american"), "usa": ("united states", "american"),
    "ussr": ("soviet union", "soviet"), "soviets": ("soviet union", "soviet"),
    "holland": ("netherlands", "dutch"),
    "persia": ("iran", "persian"),
    "turkey": ("ottoman empire", "ottoman", "turkish"),
}

# A block label ending a belligerent column: the supporters of that side follow it.
SUPPORTED_BY = re.compile(r"^\s*(?:(?:supported|backed|aided)\s+by\s*:?|support(?:ed)?\s*:|supporters\s*:|in support\s*:)\s*",
                          re.IGNORECASE)

# A column value saying the side's figure is not known: it holds the column, it states nothing.
UNKNOWN = re.compile(r"^(?:unknown|n/?a|none|[-–—?])$", re.IGNORECASE)

# Casualty figures about civilians go to the operation's civilian_casualties, not a side.
CIVILIAN = re.compile(r"\b(?:civilians?|non-?combatants?|hostages?|passengers)\b", re.IGNORECASE)

# Who makes a casualty claim: "(opposition claim)", "(government claim; by 30 March)",
# "(per SOHR)", "(according to the SOHR)". A claimant that comes back starts the next column.
CLAIMANT = re.compile(
    r"\((?:[^()]*?;\s*)?(?P<a>[^();]+?)\s+claims?\b|\((?:per|according to)\s+(?:the\s+)?(?P<b>[^();]+)",
    re.IGNORECASE,
)

# Strength units: a second personnel figure in one column starts the next column
# ("1,500 fighters 5,000 soldiers"); equipment stays with the figure before it.
PERSONNEL_UNITS = ("fighters", "soldiers", "troops", "men", "militiamen", "personnel", "rebels",
                   "militants", "members", "volunteers", "policemen", "guards")
# Tokens of belligerent names too common to tell the sides apart.
GENERIC_NAME_WORDS = frozenset((
    "front", "army", "brigade", "brigades", "syrian", "islamic", "forces", "force", "group", "groups",
    "movement", "party", "national", "arab", "republic", "the", "and", "of", "al", "ash", "as", "el",
    "sham", "battalion", "battalions", "division", "units", "militia", "militias", "supported",
    "state", "people's", "popular", "defence", "defense", "council", "military", "union",
))
