"""Vocabularies the value parsers read: every heuristic word list lives here, with why it exists.

Keeping the words as data (trafilatura keeps its XPath vocabularies in ``xpaths.py``) means a new
rank, claimant phrase or group head word is a one-line change with no logic touched. Entries are
matched case-insensitively unless a comment says otherwise.
"""
from __future__ import annotations

import re

from warfile.gazetteer import country_names

# ---------------------------------------------------------------- numbers

# Count qualifiers as written -> the canonical qualifier stored in Count.qualifier. Several spellings
# mean the same bound, so records from different documents compare equal.
QUALIFIERS: dict[str, str] = {
    "at least": "at least", "no less than": "at least", "not less than": "at least",
    "a minimum of": "at least", "minimum of": "at least", "upwards of": "more than",
    "more than": "more than", "over": "more than", "in excess of": "more than", "above": "more than",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "approx": "about", "roughly": "about", "some": "about", "an estimated": "about",
    "estimated": "about", "est.": "about", "c.": "about", "ca.": "about", "circa": "about",
    "~": "about", "≈": "about", "almost": "up to", "nearly": "up to", "up to": "up to",
    "as many as": "up to", "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
}
# "300+" writes "at least 300" after the number.
PLUS_QUALIFIER = "at least"

# Multipliers written after a number ("2.5 thousand", "1.2 million", "5k").
MULTIPLIERS: dict[str, int] = {"thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000}

# Number words small enough to appear as exact figures ("two killed"). Vague plurals such as
# "dozens", "hundreds", "tens of" are deliberately absent: they give no count.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

# Words joining the two ends of a range: "1,500–2,000", "1,500 to 2,000", "114-127".
RANGE_JOINERS = ("–", "—", "‒", "−", "-", "to", "and")

# Values that say "not known": a field holding only these gives nothing.
UNKNOWN_WORDS = frozenset({"unknown", "unk", "unk.", "n/a", "na", "none", "?", "-", "–", "—", "nil",
                           "not known", "undisclosed", "various", "several", "many", "none present", "no one",
                           "nobody", "not applicable", "none reported", "none known"})

# ---------------------------------------------------------------- casualties

# Casualty categories: the words that say a figure is killed, wounded, captured or missing.
# Longest phrases first so "killed in action" wins over "killed".
CASUALTY_WORDS: dict[str, tuple[str, ...]] = {
    "killed": ("killed in action", "killed", "dead", "deaths", "death", "died", "kia", "fatalities",
               "executed", "slain", "massacred", "lives lost"),
    "wounded": ("wounded in action", "wounded", "injured", "injuries", "wia", "hurt"),
    "captured": ("taken prisoner", "taken hostage", "taken as hostages", "as hostages", "hostages",
                 "captured", "prisoners", "pows", "pow", "detained", "arrested", "abducted",
                 "kidnapped", "surrendered", "defected"),
    "missing": ("missing in action", "missing", "mia", "unaccounted for"),
}

# Figures that lump killed and wounded together ("250 killed or wounded", "400 casualties"): the
# gold convention gives such a claim no count fields, only its text.
# Killed lumped with the missing or the captured ("5,800 killed or missing", "killed or captured") is
# as unknown a count of the dead.
COMBINED_CASUALTIES = re.compile(r"\b(?:killed|dead)(?:\s*(?:or|and|/|&|,)\s*(?:wounded|injured|missing|captured)\b)+|"
                                 r"\b(?:wounded|injured|missing|captured)\s*(?:or|and|/|&)\s*(?:killed|dead)\b",
                                 re.IGNORECASE)

# Figures that count people driven out, not hit: "Over 400,000 displaced" is no casualty claim.
NOT_CASUALTY_WORDS = re.compile(r"\b(?:displaced|evacuated|refugees?|fled|homeless|relocated|"
                                r"internally displaced|idps?)\b", re.IGNORECASE)

# Words after which "from" names a cause, not who was hit: "590 deaths from dengue fever".
CAUSE_BEFORE_FROM = re.compile(r"\b(?:deaths?|died|fatalities|injuries)\s*$", re.IGNORECASE)

# Verbs only equipment undergoes: a figure with one of these is equipment whatever its noun
# ("1 VBIED destroyed", "1 frigate sunk") unless the noun names people.
EQUIPMENT_ONLY_VERBS = ("shot down", "downed", "destroyed", "damaged", "disabled", "crashed", "sunk")
# Nouns naming people: "12 soldiers captured" is a casualty, whatever the verb.
PEOPLE_NOUNS = frozenset({
    "soldier", "soldiers", "fighter", "fighters", "troops", "men", "militiaman", "militiamen", "militant",
    "militants", "rebel", "rebels", "insurgent", "insurgents", "guerrilla", "guerrillas", "civilian",
    "civilians", "policemen", "police", "officers", "officer", "sailors", "pilot", "pilots", "crew",
    "personnel", "members", "people", "marines", "paratroopers", "commanders", "gunmen", "jihadists",
})

# Verbs that say equipment was lost; a figure with one of these and no casualty word counts
# equipment ("1 MiG-23 shot down", "3 tanks destroyed").
EQUIPMENT_VERBS = ("shot down", "downed", "destroyed", "damaged", "disabled", "lost", "seized",
                   "captured", "crashed", "sunk")

# Nouns that make a figure equipment rather than people ("2 tanks captured" is equipment,
# "200 captured" is people). Designations with a digit ("MiG-23", "T-72") are equipment too.
EQUIPMENT_NOUNS = frozenset({
    "tank", "tanks", "aircraft", "plane", "planes", "jet", "jets", "warplane", "warplanes",
    "helicopter", "helicopters", "drone", "drones", "uav", "uavs", "vehicle", "vehicles", "apc",
    "apcs", "ifv", "ifvs", "truck", "trucks", "technical", "technicals", "artillery", "gun", "guns",
    "howitzer", "howitzers", "mortar", "mortars", "launcher", "launchers", "ship", "ships", "boat",
    "boats", "fighter jet", "fighter jets", "bulldozer", "bulldozers", "armoured vehicles",
    "armored vehicles", "bmp", "bmps", "btr", "btrs", "rocket launchers", "mig", "sukhoi",
    "train", "trains", "armoured train", "armored train",
})

# Words naming civilians: a casualty claim about them goes to Operation.civilian_casualties, not to
# a side, even when a reader put it in a side's column (infoboxes list civilians last, and shapes
# that run the columns together glue that line to the last side).
CIVILIAN_WORDS = re.compile(r"\b(civilians?|non-combatants?|residents|villagers|inhabitants|people)\b",
                            re.IGNORECASE)

# Words between a figure and its casualty word that are not who was hit.
FILLER_WORDS = frozenset({"and", "were", "was", "been", "have", "had", "reportedly", "total", "in",
                          "all", "also", "a", "the", "total:", "overall", "combined"})

# ---------------------------------------------------------------- claims

# Parenthesised notes that say who makes a claim: "(opposition claim)", "(per SOHR)",
# "(Muslim Shishani's claim", "(according to the government)", "(acc. the army)". Group 'who' is the claimant.
CLAIMANT_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"^(?:the )?(?P<who>.+?)(?:'s|’s)? (?:claims?|figures?|estimates?|count|reports?|sources?)$",
    r"^(?:per|according to|acc\.(?: to)?|claimed by|reported by|source:?|sources:?|via) (?:the )?(?P<who>.+)$",
    r"^(?:the )?(?P<who>.+?) (?:claimed|claims|reported|reports|says|said|estimates?)$",
))
# The same cues in running text outside parentheses: "582 killed per SOHR".
INLINE_CLAIMANT = re.compile(
    r"[,;]?\s*\b(?:per|according to|acc\.(?: to)?|claimed by|reported by)\s+(?:the\s+)?(?P<who>[^,;()]+)$",
    re.IGNORECASE)

# Words introducing the date a tally was counted up to: "(by 30 March)", "as of 2 May",
# "(before 14 May)".
AS_OF_CUES = re.compile(r"^(?:by|as of|as at|until|up to|up until|through|till|to|since|on|before)\s+(?P<date>.+)$",
                        re.IGNORECASE)

# ---------------------------------------------------------------- people

# Rank words that may stand before a name. Modifiers only count together with a head rank
# ("Vice Admiral", "Staff Brig. Gen.", "Sen. Lt." for Senior Lieutenant); the whole run goes to Person.rank. Case-sensitive: a rank
# before a name is capitalised, and "major" inside a role is not a rank.
RANK_MODIFIERS = ("Vice", "Rear", "Field", "Staff", "First", "1st", "Second", "2nd", "Air", "Chief", "Wg",
                  "Lance", "Senior", "Sen", "Snr", "Jr", "Junior", "Master", "Fleet", "Wing", "Flight",
                  "Squadron", "Grand", "Sr", "Deputy", "Assistant", "SS",
                  "V", "R")  # "V. Adm.", "R. Adm."
RANK_HEADS = ("Lieutenant", "Lieut", "Lt", "General", "Gen", "Major", "Maj", "Brigadier", "Brig",
              "Colonel", "Col", "Captain", "Capt", "Cpt", "Sergeant", "Sgt", "Corporal", "Cpl",
              "Private", "Pvt", "Admiral", "Adm", "Marshal", "Commodore", "Cdre", "Commander", "Cmdr",
              "Cdr", "Ensign", "Warrant", "Officer", "Mushir", "Fariq", "Liwa", "Amid", "Aqid",
              "Muqaddam", "Raid", "Naqib", "Commandant", "Cmdt", "Kommandant",
              # the US Marine Corps' and cables' run-together abbreviations ("LtGen Bruce Palmer Jr")
              "LtGen", "MajGen", "BGen", "BrigGen", "LtCol", "VAdm", "RAdm",
              # Spanish-speaking forces' ranks as infoboxes write them untranslated
              "Vicecomodoro", "Comodoro", "Teniente", "Capitán",
              # German ranks, untranslated ("Kapitän zur See Hans Langsdorff")
              "Kapitän", "Korvettenkapitän", "Fregattenkapitän", "Konteradmiral", "Vizeadmiral", "Generalleutnant",
              "Generalmajor", "Generaloberst", "Oberst", "Oberstleutnant", "Hauptmann", "Leutnant", "Feldmarschall",
              "Generalfeldmarschall", "Oberstgruppenführer", "Obergruppenführer", "Gruppenführer", "Brigadeführer",
              "Oberführer", "Standartenführer", "Obersturmbannführer", "Sturmbannführer", "Hauptsturmführer",
              "Obersturmführer", "Untersturmführer",
              # the Red Army's ranks of 1935-1940 ("Komkor Vasily Chuikov", "Kombrig Andrei Zelentsov")
              "Komandarm", "Komkor", "Komdiv", "Kombrig", "Polkovnik", "Kapitan",
              # police ranks of a force in the field ("Deputy Assistant Commissioner John Dellow")
              "Commissioner", "Superintendent",
              # US warrant officers ("CW3 Clifford Wolcott")
              "CW2", "CW3", "CW4", "CW5", "WO1", "CWO",
              # air ranks written short ("AVM Trafford Leigh-Mallory")
              "AVM", "ACM",
              # a medical officer's rank ("Surgeon-Maj. George Robertson")
              "Surgeon-Maj", "Surgeon-Major", "Surgeon-General", "Surgeon-Captain",
              # titles a ruler or a chief commands under ("Emperor Menelik II", "Ras Alula", "Mullah Dadullah")
              "Emperor", "Empress", "Negus", "Ras", "Dejazmach", "Fitawrari", "Mullah", "Sheikh", "Shaykh")
# A lone word that is a rank only when more than one rank word precedes the name ("Liwa" is also
# a group head word, "Commander" and "Officer" start roles): these need another rank word before.
RANK_NEEDS_COMPANION = frozenset({"Commander", "Officer", "Warrant", "Liwa", "Amid", "Raid", "Private", "Commissioner"})

# Markers that say a commander was killed: a dagger, a glued or spaced "KIA" or "DOW" (died of
# wounds), "(killed)".
KILLED_MARKERS = re.compile(
    r"†|✝|(?:\b|(?<=[a-z\u00e0-\u024f.]))(?:KIA|DOW)\b"  # case-sensitive: "Latakia" ends in "kia"
    r"|(?i:\bk\.i\.a\.?|\(\s*(?:killed(?: in action)?|executed|assassinated|died|dead|kia|mortally wounded|died of (?:his )?wounds)\s*\)"
    r"|,?\s*\b(?:killed(?: in action)?|mortally wounded|died of (?:his )?wounds)\s*$|\bexecuted\s*$)"
)
# Other fates written on a commander's entry, glued or spaced: "Semen KovalWIA", "Ali Saleh POW".
# Case-sensitive, as KIA above. Taken off the name; they do not make a commander killed.
STATUS_MARKERS = re.compile(r"(?:\b|(?<=[a-z\u00e0-\u024f.]))(?:WIA|POW|MIA)\b")

# Honours and services written after a name ("Cdr Robert Ryder RN", "Lt Col H. Jones VC, OBE"): not
# part of the name.
POST_NOMINALS = re.compile(r"(?:,?\s+(?:RN|RNR|RNVR|RM|RAF|USN|USNR|USMC|VC|GC|DSO|DSC|MC|DFC|AFC|DCM|MM|GM|"
                           r"KCB|GCB|CB|KBE|GBE|CBE|OBE|MBE|KCMG|GCMG|CMG|KCVO|CVO|MVO|QC|KC|MP|ADC|PhD))+\s*$")

# Status notes in a commander's parentheses that are not a role ("(POW)", "(WIA)", "(captured)").
STATUS_NOTES = re.compile(r"^(?:POW|WIA|MIA|captured|wounded|injured|defected|arrested|surrendered|"
                          r"prisoner|died|dead|killed|KIA|executed|assassinated|killed in action)$",
                          re.IGNORECASE)
# Parenthesised alias cues in a person entry: "(a.k.a. Abu X)", "(nom de guerre Abu X)".
PERSON_ALIAS_CUES = re.compile(r"^(?:a\.?k\.?a\.?|also known as|nom de guerre|alias|known as)\s+(?P<alias>.+)$",
                               re.IGNORECASE)
# A parenthesis holding only a quoted name is the person's nickname: 'Mykola Hrytsenko ("Grom")'.
QUOTED_NICKNAME = re.compile(r"^[\"“„«'‘](?P<alias>[^\"“”„«»'‘’]+)[\"”»'’]$")

# ---------------------------------------------------------------- group names

# Words that open a group's name in transliterated Arabic ("Liwa al-Mujahideen", "Jund al-Aqsa").
# A list run together without separators is split before each one, except right after another head
# word ("Kataib Ansar al-Sham", "Jabhat Ansar al-Din" are one name each). Case-sensitive: these are
# capitalised when they open a name.
GROUP_HEADS = frozenset({
    "Liwa", "Liwaa", "Liwa'", "Kataib", "Kata'ib", "Katibat", "Katiba", "Katibah", "Harakat", "Harakah",
    "Ahrar", "Ansar", "Junud", "Jund", "Jabhat", "Jabhet", "Jaysh", "Jaish", "Jeish", "Suqour", "Suqur",
    "Saraya", "Tajamu", "Tajammu", "Faylaq", "Failaq", "Fawj", "Usud", "Alwiya", "Alwiyat", "Firqat",
    "Hay'at", "Hayat", "Tahrir", "Thuwar", "Shuhada", "Asa'ib", "Asaib", "Brigade",
})
# Words that close an English group name ("Islamic Front", "Al-Tawhid Brigade"). A run-together
# list is split after one of them when a capitalised word follows that does not continue the name.
GROUP_TAILS = frozenset({"Front", "Brigade", "Brigades", "Battalion", "Battalions", "Army", "Forces",
                         "Force", "Division", "Regiment", "Corps", "Legion", "Movement", "Militia",
                         "Group", "Council", "Guard", "Guards", "Party", "Units", "Coalition",
                         "Republic", "Region"})  # "Donetsk People's Republic Luhansk …", "8th Military Region …"
# Words that may follow a tail word inside the same name ("Army of Islam", "Front for the ...",
# "Force 17", "Brigade 313"): no split before them.
GROUP_TAIL_CONTINUERS = re.compile(r"^(?:(?:of|for|de|del|du|des|al|el|and|in|the|\d+|[IVX]+)\b|\()",
                                    re.IGNORECASE)

# A numbered formation ("2nd Infantry Division", "7th Marines", "12th Army") ends at one of these
# words; an ordinal after one opens the next entry: "12th Army 15th Army" is two armies.
FORMATION_WORDS = frozenset({"Division", "Divisions", "Brigade", "Brigades", "Army", "Armies", "Corps",
                             "Battalion", "Battalions", "Regiment", "Regiments", "Marines", "Group",
                             "Groups", "Fleet", "Squadron", "Wing", "Flotilla", "Company", "Rangers",
                             # regiments named for their arm ("18th Grenadiers", "2nd Rajputana Rifles")
                             "Grenadiers", "Rifles", "Fusiliers", "Hussars", "Lancers", "Dragoons", "Commandos"})
# An ordinal or number opening a formation's name: "2nd", "101st", "3rd".
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")

# Lower-case joining words: a head word right after one continues the name ("Islamic Movement of
# Ahrar ash-Sham"), so no split there. Whole words only ("al-Ezz" is not "al").
NAME_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "del", "du", "des", "al", "el", "in", "wa",
                             "wal", "bin", "ibn"})

# The capitalised head word an operation's name opens with or holds ("Battle of …", "Operation …",
# "Fall of …"): an alias listed among others, a title's leading "The", a title before its subtitle.
OPERATION_HEADWORDS = (r"(?:Battle|Siege|Operation|Offensive|Raid|Campaign|Fall|Storming|Sack|Capture|Relief|"
                       r"Defen[cs]e|Landings?|Invasion|Liberation|Massacre|Uprising|Bombing|Occupation)")

# A heading over part of a name list, not a name: a description ending in a colon ("Allied
# militias:", "Air support:") or a word infoboxes use so ("Airstrikes:"); what follows it on the
# line is an entry. A proper name before a colon ("Iraq:") heads its own entries and stays. The
# described word is all letters, so "Jabhat al-Nusra:" is a name. Case-sensitive.
LIST_HEADING = re.compile(r"^[ \t]*(?:(?:[A-Z][\w'’-]*[ \t]+){0,2}[a-z]+|Air ?strikes|Allies|Advisers|Advisors)"
                          r"[ \t]*:(?!\S)")

# Labels that open the supporters part of a belligerents column.
SUPPORTER_CUES = re.compile(r"^\s*(?:supported by|support(?:ed)?|backed by|with support (?:from|of)|"
                            r"allies|allied)\s*:?\s*", re.IGNORECASE)

# Items that are rendering leftovers, not names: flag image names, "[show]" toggles, "v t e".
NOISE_ITEMS = re.compile(r"^(?:flag of .*|.*\.(?:svg|png|jpe?g|gif)|\[?(?:show|hide)\]?|v t e|edit|"
                         # a navigation box's template name a flattened copy keeps ("Campaignbox Indian Rebellion")
                         r"(?:campaignbox|navbox)\b.*|"
                         r"see\b.*|list|and others?|others?|etc\.?|\W*"
                         # a collapsible list's title over its entries ("Order of battle" / "hide")
                         r"|(?:full |detailed )?order of battle|(?:full |complete )?list of units"
                         # map coordinates a mirror leaves in the location row ("31°12′N 16°35′E")
                         r"|[\d.°′″'\" ]+[NS][\s,]*[\d.°′″'\" ]+[EW]\b.*)$", re.IGNORECASE)

# Pieces of rendering a dump leaves inside an entry: an image's size and options where its flag
# or portrait stood ("23px|border|link National Guard", "18px Kalmius Battalion"), and the
# "Contents" toggle of a mirror's table of contents glued after the first name ("Russia Contents").
RENDER_LEFTOVERS = re.compile(r"\b\d{1,4}px\b(?:\|[a-z]*)*|\s+Contents$")

# Image file names a scrape leaves inline before a name ("Flag of Syria.svg Syria").
IMAGE_FILES = re.compile(r"Flag of [^\n,.]{1,40}?\.(?:svg|png|jpe?g|gif)\b|\S+\.(?:svg|png|jpe?g|gif)\b",
                         re.IGNORECASE)

# Citation marks left in the text: "[1]", "[16]", "[note 2]", "[a]", "[citation needed]".
# (markdown may escape the brackets: Reddit's "fire.\[3\]")
CITATION = re.compile(r"\\?\[(?:\^?\d+|[a-z]|note \d+|nb \d+|citation needed|clarification needed|"
                      r"better source needed|when\?|who\?|dubious[^\]\\]*|\w+ \d+)\\?\]", re.IGNORECASE)

# ---------------------------------------------------------------- operation-wide fields

# "Part of the Syrian civil war": the lead-in words before the wider war's name.
PART_OF_PREFIX = re.compile(r"^\s*(?:part of|a part of|during)\s*:?\s*", re.IGNORECASE)
# A name of a war or a battle: what each piece of a comma-separated "part of" line must be for
# the line to name several ("Battle of Pusan Perimeter, Korean War"; not "War in Donbas, Ukraine").
CONFLICT_NAME = re.compile(r"\b(?:[Ww]ars?|Battle|[Cc]ampaign|[Oo]ffensive|Operation|[Cc]onflict|[Ii]nsurgency|[Cc]risis|[Rr]ebellion|[Ee]mergency|"
                           r"Revolution|Uprising|[Ii]ntervention|[Ii]nvasion|Siege|Front)\b")
# A war's name ending, then a caption the scraper ran into the row ("the Kargil War Bofors FH-77B
# howitzers firing on the ridge"): the name ends at its head word unless the next word goes on
# with it ("War in Donbas", "War of Attrition", "War (2014–present)").
PART_OF_CAPTION = re.compile(r"^(?P<name>.*?\b(?:War|Conflict|Insurgency|Crisis|Revolution|Uprising|Intervention|Invasion)"
                             r"(?: of(?: the)?(?: (?!The\b)[A-Z][\w-]*)+)?)"  # "War of the Third Coalition The Battle …"
                             # (not a numeral going on with it: "World War II and the Pacific War")
                             r"(?P<rest> (?!(?:in|of|on|for|against|and|the|between|to|from|[IVX]+)\b)[A-Z][\w-]*(?: \S+){3,})$")
# Where a "part of" line joins the names of several wars: commas and "and".
PART_OF_JOIN = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
# A "part of" line cut at a line break after its joining word ("… (2014–present) and").
PART_OF_DANGLING = re.compile(r"(?:,|\s+and)(?:\s+the)?\s*$")

# Country and state names: a place written without a comma ("Idlib Governorate Syria") is split
# before one of these when it ends the place, and a belligerent naming one is a state. Every UN
# member and the disputed states wars are fought over, from warfile/data/countries.txt (one list
# for readers and extractors), longest first.
STATE_NAMES = country_names()
# Words that end an administrative area's name ("Latakia Governorate"): a place run on after one
# is split there, and the lead sentence "in the Latakia Governorate of Syria" names a place.
ADMIN_AREA_WORDS = ("Governorate", "Province", "District", "Oblast", "Region", "Prefecture", "County",
                    "Municipality", "Raion", "Department", "Canton", "Emirate", "Wilayah", "Mohafazat",
                    "Township", "Krai", "Parish")
# Run-on place lists ("Haik Amhara Region Ethiopia") also end an entry after these, which name an
# area but too often something else in a lead sentence ("the Islamic State") to be a LEAD_PLACE.
PLACE_SPLIT_WORDS = ADMIN_AREA_WORDS + ("State", "Territory")
# Words that belong with the name after them in a place: "South Sudan", "Upper Nile State",
# "Al Anbar Governorate" are one place each, never "South" and "Sudan".
PLACE_MODIFIERS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                             "Central", "Upper", "Lower", "New", "Greater", "Al", "El", "Ad", "Ar", "As",
                             "An", "Ash", "Az", "San", "Santa", "Saint", "St.", "Sao", "Port", "Mount"})
# Words between an area's name and its head word: "Tibet Autonomous Region" is one area.
AREA_ADJECTIVES = frozenset({"Autonomous", "Special", "Capital", "Federal", "Administrative", "Metropolitan"})

# Words in a lead sentence that say where an operation took place: "in the X Governorate of Syria".
LEAD_PLACE = re.compile(
    r"\bin (?:the )?(?P<area>(?:[A-Z][\w'’-]+ ){1,4}(?:" + "|".join(ADMIN_AREA_WORDS) + r"))"
    r"(?: (?:of|in) (?:the )?(?P<state>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}))?"
)

# Lead phrases that say when an operation started, for documents whose infobox has no date:
# "The offensive began in early August 2013", "launched on 21 March 2014".
START_CUES = re.compile(
    r"\b(?:began|begun|started|launched|commenced|opened|initiated|was launched|started)\s+"
    r"(?:on|in|at)\s+(?P<date>(?:(?:early|mid|late|the (?:beginning|end|middle) of)[- ])?"
    r"(?:\d{1,2}(?:st|nd|rd|th)? )?[A-Z][a-z]+(?: \d{1,2}(?:st|nd|rd|th)?,?)?(?: \d{4}))"
)

# Lead phrases that give an operation another name. The quoted name follows the cue; in the
# parenthesis form "(called X by A, and the Y by B)" each name runs up to " by ".
ALIAS_CUES = re.compile(r"\b(?:(?<!-)called(?!\s+(?:on|for|upon|off|up|in|out)\b)|named|dubbed|code[- ]?named|"
                        r"code ?names?|also known as|known(?: (?:to|in)(?: [\w'-]+){1,4}?)? as|nicknamed|"
                        r"referred to(?: [\w'-]+){0,3}? as|termed|calls? it|"
                        r"(?:celebrated|remembered|commemorated)(?: (?:in|by)(?: [\w'-]+){1,3}?)? as)\b", re.IGNORECASE)
# An unquoted operation name after any alias cue: "known to the Russian command as Operation Kordon".
ALIAS_OPERATION = re.compile(r"\s+(?:(?:the|its|their|own|[a-z]+)\s+){0,5}?(?P<name>(?:Operation|Opération|Operación|Operação|"
                             r"Operazione)(?: (?:[A-Z][\w'-]*|of|the|(?:al|el|ad|an|as|ash)-[A-Z][\w'-]*))*"
                             r"(?: (?:[A-Z][\w'-]*|(?:al|el|ad|an|as|ash)-[A-Z][\w'-]*))(?: \d+\b)?)")
# A parenthesis right after the name, before the lead's verb, glosses it: "(Spanish: Combate de
# Pradera del Ganso)", "(Albanian: Beteja e Koshares; Serbian: Bitka na Košarama)", or the name in
# its own script. Its pieces: "Label: name", cut at ";" and before ", romanized:".
ALIAS_GLOSS = re.compile(r"\((?P<body>[^()]{2,200})\)")
ALIAS_GLOSS_PIECE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z -]{1,30}?):\s*(?P<name>.+)$")
ALIAS_GLOSS_CUT = re.compile(r";\s*|,\s*(?=(?:romani[sz]ed|transliterated|translit\.|also|lit\.|literally)(?!\w))",
                             re.IGNORECASE)
# Labels in such a parenthesis that gloss no name.
NOT_GLOSS_LABELS = frozenset({"note", "notes", "see", "also", "lit", "literally", "ipa", "pronounced",
                              "coordinates", "date", "dates", "population", "formerly", "abbreviated", "utc"})
# Where the lead's first clause ends, and with it the place for such a parenthesis.
LEAD_VERB = re.compile(r"\s(?:was|is|were|are|refers)\s")
# A name's translation in quotes right after it opens the lead: 'Operation Fajr ("Dawn") was'.
ALIAS_TRANSLATION = re.compile(r"^[^()\n]{3,100}? \([\"“](?P<q>[^\"”()]{2,60})[\"”]\)")
# Most words between an alias cue and the quoted name ("called the offensive "Anfal"").
ALIAS_GAP_WORDS = 3
ALIAS_PAREN = re.compile(r"\((?:(?i:also)\s+(?:the\s+)?(?=[A-Z])|"  # "(also the Battle of Ambuila or Battle of Ulanga)"
                         r"(?i:(?:also |locally |officially )?(?:called|named|dubbed|code-?named|codename|"
                         r"known as|also known as|nicknamed|spelled|spelt|in Arabic:?|Arabic:))\s+)(?P<body>[^()]+)\)")

# A result line is a verdict ("Syrian government victory", "Stalemate", "Rebel forces captured 13
# villages, ..."); these words mark one. A short description such as "Rebel advances" carries none.
RESULT_WORDS = re.compile(r"\b(?:victory|victorious|defeat|defeated|stalemate|inconclusive|ceasefire|"
                          r"withdraw\w*|retreat\w*|captured?|recaptur\w*|repelled|repulsed|failed|"
                          r"success\w*|ongoing|armistice|treaty|agreement|decisive|pyrrhic|status quo|"
                          r"killed|took|seized|lost|gains?|control)\b", re.IGNORECASE)
