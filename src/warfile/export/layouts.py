"""Events in the column layouts conflict researchers already load: UCDP GED and ACLED (CSV).

One row per event of every operation in the store. What our records say is mapped onto each
dataset's coding rules by the lexicon section below (event types, state vs non-state
actors, countries, casualty groups); ``docs/export-schema.md`` documents the
mapping column by column. Values a text does not state are left empty, never guessed: no
coordinates, no UCDP/ACLED actor codes, and a GED ``best`` of 0 means "no figure stated".
"""
from __future__ import annotations

import calendar
import csv
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from warfile.export.tables import add_counts, event_ids, iter_operations, killed_total, normalise, year_of
from warfile.model import Casualties, Count, Event, Operation

UCDP_COLUMNS = (
    "id", "relid", "year", "active_year", "type_of_violence", "conflict_name", "dyad_name", "side_a",
    "side_b", "number_of_sources", "source_article", "source_headline", "where_prec", "where_coordinates",
    "where_description", "adm_1", "country", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
    "warfile_event_id", "warfile_event_type",
)

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "location", "source", "source_scale",
    "notes", "fatalities", "tags", "warfile_event_id", "warfile_event_type",
)



# ---------------------------------------------------------------- lexicon: how our records map onto the layouts

# Countries armed-conflict articles most often name: name -> (ISO 3166 alpha-3, UCDP region,
# demonyms that name the country in "Syrian civil war", "Iraqi Army"...). UCDP regions: Europe,
# Middle East, Asia, Africa, Americas. A country not listed is exported with an empty iso.
COUNTRIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Afghanistan": ("AFG", "Asia", ("Afghan",)), "Algeria": ("DZA", "Africa", ("Algerian",)),
    "Angola": ("AGO", "Africa", ("Angolan",)), "Armenia": ("ARM", "Europe", ("Armenian",)),
    "Azerbaijan": ("AZE", "Europe", ("Azerbaijani",)), "Bangladesh": ("BGD", "Asia", ("Bangladeshi",)),
    "Burkina Faso": ("BFA", "Africa", ("Burkinabe",)), "Burundi": ("BDI", "Africa", ("Burundian",)),
    "Cameroon": ("CMR", "Africa", ("Cameroonian",)), "Central African Republic": ("CAF", "Africa", ()),
    "Chad": ("TCD", "Africa", ("Chadian",)), "Colombia": ("COL", "Americas", ("Colombian",)),
    "Democratic Republic of the Congo": ("COD", "Africa", ("Congolese",)), "Egypt": ("EGY", "Middle East", ("Egyptian",)),
    "Eritrea": ("ERI", "Africa", ("Eritrean",)), "Ethiopia": ("ETH", "Africa", ("Ethiopian",)),
    "Georgia": ("GEO", "Europe", ("Georgian",)), "India": ("IND", "Asia", ("Indian",)),
    "Indonesia": ("IDN", "Asia", ("Indonesian",)), "Iran": ("IRN", "Middle East", ("Iranian",)),
    "Iraq": ("IRQ", "Middle East", ("Iraqi",)), "Israel": ("ISR", "Middle East", ("Israeli",)),
    "Jordan": ("JOR", "Middle East", ("Jordanian",)), "Kenya": ("KEN", "Africa", ("Kenyan",)),
    "Lebanon": ("LBN", "Middle East", ("Lebanese",)), "Libya": ("LBY", "Africa", ("Libyan",)),
    "Mali": ("MLI", "Africa", ("Malian",)), "Mexico": ("MEX", "Americas", ("Mexican",)),
    "Mozambique": ("MOZ", "Africa", ("Mozambican",)), "Myanmar": ("MMR", "Asia", ("Burmese", "Myanmar")),
    "Niger": ("NER", "Africa", ("Nigerien",)), "Nigeria": ("NGA", "Africa", ("Nigerian",)),
    "Pakistan": ("PAK", "Asia", ("Pakistani",)), "Palestine": ("PSE", "Middle East", ("Palestinian",)),
    "Philippines": ("PHL", "Asia", ("Filipino", "Philippine")), "Russia": ("RUS", "Europe", ("Russian",)),
    "Rwanda": ("RWA", "Africa", ("Rwandan",)), "Saudi Arabia": ("SAU", "Middle East", ("Saudi",)),
    "Somalia": ("SOM", "Africa", ("Somali",)), "South Sudan": ("SSD", "Africa", ("South Sudanese",)),
    "Sri Lanka": ("LKA", "Asia", ("Sri Lankan",)), "Sudan": ("SDN", "Africa", ("Sudanese",)),
    "Syria": ("SYR", "Middle East", ("Syrian",)), "Tajikistan": ("TJK", "Asia", ("Tajik",)),
    "Thailand": ("THA", "Asia", ("Thai",)), "Turkey": ("TUR", "Europe", ("Turkish",)),
    "Uganda": ("UGA", "Africa", ("Ugandan",)), "Ukraine": ("UKR", "Europe", ("Ukrainian",)),
    "United Kingdom": ("GBR", "Europe", ("British",)), "United States": ("USA", "Americas", ("American",)),
    "Vietnam": ("VNM", "Asia", ("Vietnamese",)), "Yemen": ("YEM", "Middle East", ("Yemeni",)),
}
# Other spellings of listed countries, as infoboxes write them.
COUNTRY_ALIASES = {
    "syrian arab republic": "Syria", "republic of iraq": "Iraq", "dr congo": "Democratic Republic of the Congo",
    "drc": "Democratic Republic of the Congo", "burma": "Myanmar", "turkiye": "Turkey", "usa": "United States",
    "united states of america": "United States", "uk": "United Kingdom", "russian federation": "Russia",
    "islamic republic of iran": "Iran", "state of palestine": "Palestine", "gaza strip": "Palestine",
}
_COUNTRY_KEYS = {c.lower(): c for c in COUNTRIES} | COUNTRY_ALIASES
_DEMONYMS = sorted(((d, c) for c, (_, _, ds) in COUNTRIES.items() for d in ds), key=lambda x: -len(x[0]))
_DEMONYM_RE = re.compile(r"\b(" + "|".join(re.escape(d) for d, _ in _DEMONYMS) + r")\b")
_DEMONYM_COUNTRY = dict(_DEMONYMS)
_COUNTRY_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(_COUNTRY_KEYS, key=len, reverse=True))
                         + r")\b", re.IGNORECASE)


def lookup_country(place: str) -> tuple[str, str, str] | None:
    """(country, iso, region) when the place IS a country ('Syria', 'Syrian Arab Republic')."""
    name = _COUNTRY_KEYS.get(place.strip().lower())
    return (name, *COUNTRIES[name][:2]) if name else None


def country_in_text(text: str) -> tuple[str, str, str] | None:
    """(country, iso, region) named or implied by a demonym in a longer text ('Syrian civil war')."""
    m = _COUNTRY_RE.search(text)
    if m:
        return lookup_country(m.group(1))
    m = _DEMONYM_RE.search(text)
    if m:
        name = _DEMONYM_COUNTRY[m.group(1)]
        return (name, *COUNTRIES[name][:2])
    return None


# Place names that are first-order administrative units (GED adm_1, ACLED admin1).
ADM1_SUFFIX = re.compile(r"\b(Governorate|Province|Oblast|Region|State|Prefecture|Department|Wilayah|Krai|"
                         r"Voivodeship|County|Canton|Muhafazah)$", re.IGNORECASE)

# A belligerent is state forces when it is a country, or its name says government institution...
STATE_CUES = re.compile(r"\b(Republic|Kingdom|Government|Armed Forces|Army|Navy|Air Force|Police|Gendarmerie|"
                        r"Ministry|Federation|Emirate of|State of|Military|Defence Forces|Defense Forces|"
                        r"National Guard|Border Guard|troops|soldiers|regime|loyalist)\b", re.IGNORECASE)
# ...unless it also names a rebel formation ("Free Syrian Army", "Islamic State", "Liberation Army").
NON_STATE_CUES = re.compile(r"\b(Free|Front|Brigades?|Battalions?|Movement|Rebels?|Militias?|Liberation|"
                            r"Resistance|Insurgents?|Islamic State|ISIL|ISIS|Jihad\w*|Mujahideen|Ansar|Jabhat|"
                            r"Harakat|Hezbollah|Taliban|al-Qaeda|Nusra|Opposition|Fighters|Militants?|"
                            r"Guerrillas?|Separatists?|Tribes?|Tribal|Self-Defense Units)\b", re.IGNORECASE)


def is_state_actor(name: str) -> bool:
    if lookup_country(name):
        return True
    return bool(STATE_CUES.search(name)) and not NON_STATE_CUES.search(name)


def is_state_side(belligerents: tuple[str, ...]) -> bool:
    """A side is state forces when its first-named belligerent is (infoboxes list the leading party first)."""
    return bool(belligerents) and is_state_actor(belligerents[0])


# Cues that only a government has: used to choose when more than one side looks like state forces
# ("Army of Islam" and "Syrian Army" both say Army; only one side is the state).
STRONG_STATE_CUES = re.compile(r"\b(Republic|Kingdom|Government|Armed Forces|Federation|Ministry|"
                               r"Defen[cs]e Forces|Gendarmerie)\b", re.IGNORECASE)


def state_side_of(sides: tuple[tuple[str, ...], ...]) -> int | None:
    """Index of the state side: the only state-looking side, or the first with a strong state cue
    or a country's name or demonym ("Syrian Arab Army")."""
    state = [i for i, names in enumerate(sides) if is_state_side(names)]
    if len(state) > 1:
        state = [i for i in state if STRONG_STATE_CUES.search(sides[i][0]) or country_in_text(sides[i][0])] or state
    return state[0] if state else None


def government_name(name: str, country: str | None) -> str:
    """GED names state sides 'Government of <country>'."""
    return f"Government of {country}" if country else name


# Casualty 'who' texts that are civilians (GED deaths_civilians).
CIVILIAN_CUES = re.compile(r"\b(civilians?|residents?|villagers?|inhabitants|children|women|refugees|"
                           r"non-combatants?|worshippers|pilgrims)\b", re.IGNORECASE)

# Event types GED codes as one-sided violence (type_of_violence 3): organised violence against civilians.
ONE_SIDED_TYPES = frozenset({"killing", "massacre", "abduction"})
# Event types that are not violence: GED leaves them out, ACLED codes them as strategic developments.
NOT_VIOLENT_TYPES = frozenset({"statement", "withdrawal", "reinforcement", "other"})

# ACLED event type -> disorder type (ACLED codebook 2023, section "Disorder types").
DISORDER_TYPE = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Strategic developments": "Strategic developments",
}
SUICIDE = re.compile(r"\bsuicide\b", re.IGNORECASE)
CIVILIAN_TARGET = re.compile(r"\b(civilians?|villagers?|residents?|worshippers)\b", re.IGNORECASE)


def acled_type(event_type: str, summary: str, state_actor: bool) -> tuple[str, str]:
    """(event_type, sub_event_type) in ACLED's terms for one of our event types.

    Territory changes follow the ACLED codebook, where both territorial sub-events are Battles:
    state forces taking ground is 'Government regains territory', anyone else 'Non-state actor
    overtakes territory'; a withdrawal without fighting is a 'Non-violent transfer of territory'.
    """
    if event_type in ("capture", "recapture"):
        return "Battles", "Government regains territory" if state_actor else "Non-state actor overtakes territory"
    if event_type == "airstrike":
        return "Explosions/Remote violence", "Air/drone strike"
    if event_type == "shelling":
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    if event_type == "bombing":
        return "Explosions/Remote violence", "Suicide bomb" if SUICIDE.search(summary) else "Remote explosive/landmine/IED"
    if event_type in ("killing", "massacre"):
        return "Violence against civilians", "Attack"
    if event_type == "abduction":
        return "Violence against civilians", "Abduction/forced disappearance"
    if event_type in ("attack", "counterattack", "ambush"):
        if CIVILIAN_TARGET.search(summary) and not state_actor and event_type == "attack" and "clash" not in summary:
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if event_type == "shootdown":
        return "Strategic developments", "Disrupted weapons use"
    if event_type == "withdrawal":
        return "Strategic developments", "Non-violent transfer of territory"
    if event_type == "reinforcement":
        return "Strategic developments", "Change to group/activity"
    return "Strategic developments", "Other"


def acled_inter(actor: str, state: bool) -> int:
    """ACLED actor type code: 1 state forces, 2 rebel group, 3 political militia, 7 civilians, 8 external."""
    if state:
        return 1
    if CIVILIAN_CUES.search(actor):
        return 7
    if re.search(r"\b(militias?|National Defen[cs]e Forces|Shabiha|popular committees?|Unidentified Armed Group)\b",
                 actor, re.IGNORECASE):
        return 3
    if re.search(r"\b(coalition|international|UN|NATO|peacekeep\w*)\b", actor):
        return 8
    return 2


def acled_time_precision(e: Event) -> int:
    """ACLED time_precision: 1 the day is known, 2 the week, 3 only the month or wider."""
    if len(e.date) < 10 or e.date_prec >= 4:
        return 3
    return 2 if e.date_prec in (2, 3) else 1


def first_day(date: str) -> str:
    return date if len(date) >= 10 else (f"{date}-01" if len(date) == 7 else f"{date[:4]}-01-01")


def last_day(date: str) -> str:
    if len(date) >= 10:
        return date
    if len(date) == 7:
        y, m = int(date[:4]), int(date[5:7])
        return f"{date}-{calendar.monthrange(y, m)[1]:02d}" if 1 <= m <= 12 else f"{date}-28"
    return f"{date[:4]}-12-31"

# ---------------------------------------------------------------- what an operation tells every row

@dataclass(frozen=True, slots=True)
class Setting:
    """Per-operation facts every event row of that operation reuses."""

    country: str | None
    iso: str | None
    region: str | None
    adm_1: str | None
    state_side: int | None  # index of the side made of state forces, if one is
    side_names: tuple[tuple[str, ...], ...]


def country_of(op: Operation) -> tuple[str | None, str | None, str | None]:
    """(country, ISO 3166 alpha-3, region) from the places, else the part-of / name's demonym."""
    for place in reversed(op.places):  # the country is usually the last, widest place
        hit = lookup_country(place)
        if hit:
            return hit
    for text in (*op.part_of, op.name, *op.places):
        hit = country_in_text(text)
        if hit:
            return hit
    return None, None, None


def adm_1_of(places: tuple[str, ...]) -> str | None:
    for place in places:
        if ADM1_SUFFIX.search(place):
            return place
    return None


def setting_of(op: Operation) -> Setting:
    country, iso, region = country_of(op)
    names = tuple(tuple(s.belligerents) for s in op.sides)
    return Setting(country, iso, region, adm_1_of(op.places), state_side_of(names), names)


def side_of_actor(actor: str, setting: Setting) -> int | None:
    """Which side an event actor belongs to: a belligerent's name contains it, or the other way round."""
    key = normalise(actor)
    if not key:
        return None
    for i, names in enumerate(setting.side_names):
        for name in names:
            n = normalise(name)
            if n and (key in n or n in key):
                return i
    if setting.state_side is not None and len(setting.side_names) == 2:
        if is_state_actor(actor):
            return setting.state_side
        if NON_STATE_CUES.search(actor):
            return 1 - setting.state_side
    return None


def deaths_by_group(e: Event, setting: Setting, side_a: int | None) -> dict[str, Count | None]:
    """Killed figures of an event split into GED's side A / side B / civilians / unknown."""
    groups: dict[str, list[Casualties]] = {"a": [], "b": [], "civilians": [], "unknown": []}
    for c in e.casualties:
        who = c.who or ""
        if CIVILIAN_CUES.search(who):
            group = "civilians"
        else:
            side = side_of_actor(who, setting) if who else None
            group = "unknown" if side is None or side_a is None else ("a" if side == side_a else "b")
        groups[group].append(c)
    return {group: killed_total(claims) for group, claims in groups.items()}


def full_dates(e: Event) -> tuple[str, str, int]:
    """(date_start, date_end, GED date_prec) with partial ISO dates widened to whole months / years."""
    start = first_day(e.date)
    end = last_day(e.date_end or e.date)
    prec = e.date_prec
    if len(e.date) == 7:
        prec = max(prec, 4)
    elif len(e.date) == 4:
        prec = 5
    return start, end, prec


# ---------------------------------------------------------------- rows

def _events(conn: sqlite3.Connection) -> Iterator[tuple[Operation, Setting, str, int, Event]]:
    for _, op in iter_operations(conn):
        setting = setting_of(op)
        for idx, (eid, e) in enumerate(zip(event_ids(op), op.events)):
            yield op, setting, eid, idx, e


def _sides(op: Operation, setting: Setting, e: Event) -> tuple[int | None, int | None]:
    """(side of the first actor, the opposing side) for a two-sided operation."""
    own = next((s for s in (side_of_actor(a, setting) for a in e.actors) if s is not None), None)
    if own is None or len(op.sides) != 2:
        return own, None
    return own, 1 - own


def _main_name(op: Operation, side: int | None) -> str:
    if side is None or side >= len(op.sides) or not op.sides[side].belligerents:
        return ""
    return op.sides[side].belligerents[0]


def ucdp_row(op: Operation, setting: Setting, eid: str, e: Event) -> dict[str, Any]:
    one_sided = e.type in ONE_SIDED_TYPES
    type_of_violence = 3 if one_sided else (1 if setting.state_side is not None else 2)
    if setting.state_side is not None:
        side_a, side_b = setting.state_side, (1 - setting.state_side if len(op.sides) == 2 else None)
    else:
        side_a, side_b = _sides(op, setting, e)
    name_a = government_name(_main_name(op, side_a), setting.country) if side_a == setting.state_side \
        else _main_name(op, side_a)
    name_b = "Civilians" if one_sided else _main_name(op, side_b)
    deaths = deaths_by_group(e, setting, side_a)
    total = None
    for v in deaths.values():
        total = add_counts(total, v)
    start, end, prec = full_dates(e)
    place = e.places[0] if e.places else ""
    return {
        "id": int(eid[:13], 16), "relid": f"{setting.iso or 'XXX'}-{year_of(e.date)}-{type_of_violence}-{eid}",
        "year": year_of(e.date), "active_year": 1 if type_of_violence != 3 else 0,
        "type_of_violence": type_of_violence, "conflict_name": op.part_of[0] if op.part_of else op.name,
        "dyad_name": f"{name_a} - {name_b}" if name_a and name_b else "", "side_a": name_a, "side_b": name_b,
        "number_of_sources": len({s.document for s in op.sources}) or None,
        "source_article": e.document or "", "source_headline": op.name, "where_prec": _where_prec(e, setting),
        "where_coordinates": place, "where_description": ", ".join(e.places), "adm_1": setting.adm_1 or "",
        "country": setting.country or "", "region": setting.region or "",
        "event_clarity": 2 if e.disputed else 1, "date_prec": prec, "date_start": start, "date_end": end,
        "deaths_a": _best(deaths["a"]), "deaths_b": _best(deaths["b"]),
        "deaths_civilians": _best(deaths["civilians"]), "deaths_unknown": _best(deaths["unknown"]),
        "best": _best(total), "high": total.high if total else 0, "low": total.low if total else 0,
        "warfile_event_id": eid, "warfile_event_type": e.type,
    }


def _best(c: Count | None) -> int:
    return c.best if c else 0


def _where_prec(e: Event, setting: Setting) -> int:
    """GED where_prec: 1 a named place, 4 only a first-order admin unit, 6 only the country."""
    specific = [p for p in e.places if not ADM1_SUFFIX.search(p) and not lookup_country(p)]
    if specific:
        return 1
    if any(ADM1_SUFFIX.search(p) for p in e.places) or setting.adm_1:
        return 4
    return 6


def acled_row(op: Operation, setting: Setting, eid: str, e: Event) -> dict[str, Any]:
    own, other = _sides(op, setting, e)
    # ACLED's name for perpetrators nobody is named as: "Unidentified Armed Group (<country>)".
    actor1 = (e.actors[0] if e.actors else _main_name(op, own)) \
        or f"Unidentified Armed Group ({setting.country or 'unknown'})"
    state_actor = own is not None and own == setting.state_side or is_state_actor(actor1)
    event_type, sub_event = acled_type(e.type, e.summary, state_actor)
    civilians = event_type == "Violence against civilians" or e.type in ONE_SIDED_TYPES
    actor2 = f"Civilians ({setting.country})" if civilians and setting.country else (
        "Civilians" if civilians else _main_name(op, other))
    inter1 = acled_inter(actor1, state_actor)
    inter2 = 7 if civilians else (acled_inter(actor2, other is not None and other == setting.state_side)
                                  if actor2 else 0)
    start, _, _ = full_dates(e)
    killed = killed_total(e.casualties)
    return {
        "event_id_cnty": f"{setting.iso or 'XXX'}{int(eid[:12], 16)}", "event_date": start,
        "year": year_of(e.date), "time_precision": acled_time_precision(e),
        "disorder_type": DISORDER_TYPE[event_type], "event_type": event_type, "sub_event_type": sub_event,
        "actor1": actor1, "assoc_actor_1": "; ".join(e.actors[1:]), "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": "", "inter2": inter2 or "",
        "interaction": int("".join(sorted(f"{inter1}{inter2 or ''}"))) if inter1 else "",
        "civilian_targeting": "Civilian targeting" if civilians else "", "iso": setting.iso or "",
        "region": setting.region or "", "country": setting.country or "", "admin1": setting.adm_1 or "",
        "location": e.places[0] if e.places else (setting.adm_1 or ""), "source": e.claimant or op.name,
        "source_scale": "Other", "notes": e.summary, "fatalities": killed.best if killed else 0,
        "tags": "disputed" if e.disputed else "", "warfile_event_id": eid, "warfile_event_type": e.type,
    }


def _write(out: str | Path | TextIO, columns: tuple[str, ...], rows: Iterator[dict[str, Any]]) -> int:
    if hasattr(out, "write"):  # an open text stream (stdout)
        return _write_csv(out, columns, rows)  # type: ignore[arg-type]
    path = Path(out)  # type: ignore[arg-type]
    if path.is_dir() or (not path.exists() and path.suffix == ""):  # a folder: the layout's file name in it
        path.mkdir(parents=True, exist_ok=True)
        path = path / ("ucdp_ged.csv" if columns is UCDP_COLUMNS else "acled.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        return _write_csv(f, columns, rows)


def _write_csv(f: TextIO, columns: tuple[str, ...], rows: Iterator[dict[str, Any]]) -> int:
    w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    n = 0
    for n, row in enumerate(rows, 1):  # noqa: B007 - n is the count returned below
        w.writerow({k: "" if v is None else v for k, v in row.items()})
    return n


def ucdp_rows(conn: sqlite3.Connection, lethal_only: bool = False) -> Iterator[dict[str, Any]]:
    """GED rows for the violent events (GED codes no statements, withdrawals or reinforcements)."""
    for op, setting, eid, _, e in _events(conn):
        if e.type in NOT_VIOLENT_TYPES:
            continue
        row = ucdp_row(op, setting, eid, e)
        if lethal_only and not row["best"]:
            continue
        yield row


def acled_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for op, setting, eid, _, e in _events(conn):
        yield acled_row(op, setting, eid, e)


def write_ucdp(conn: sqlite3.Connection, out: str | Path | TextIO, lethal_only: bool = False) -> int:
    """Write violent events as UCDP GED CSV to ``out`` (a file, a folder, or an open text stream); returns the row count."""
    return _write(out, UCDP_COLUMNS, ucdp_rows(conn, lethal_only))


def write_acled(conn: sqlite3.Connection, out: str | Path | TextIO) -> int:
    """Write every event as ACLED CSV to ``out`` (a file, a folder, or an open text stream); returns the row count."""
    return _write(out, ACLED_COLUMNS, acled_rows(conn))
