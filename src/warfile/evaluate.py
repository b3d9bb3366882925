"""Field-by-field precision, recall and F1 of extracted records against hand-checked gold records.

The comparison follows the project's scorer (``shared/tools/score.py``) so the numbers agree:
records pair by source document stem; each field is a set of items matched greedily one to one;
names match after normalisation (case, diacritics, punctuation, ranks, a leading 'the') or when
nearly the same string; counts match on low and high; events match on date (and type, for
``events.typed``). Documents are processed with :func:`warfile.pipeline.process_text`, no database.
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Two names at or above this difflib ratio are the same name written slightly differently
# ("Abu Musa al Shishani" / "Abu Musa al-Shishani" already match after normalisation; this
# absorbs a dropped letter or transliteration vowel). The scorer uses the same value.
NAME_SIMILARITY = 0.88

# Ranks and honorifics a record may keep in the name or in 'rank'; names are compared without them.
RANKS = re.compile(
    r"^((lt|lieutenant|maj|major|brig|brigadier|gen|general|col|colonel|capt|captain|sgt|sergeant|"
    r"adm|admiral|vice|rear|field|marshal|cdr|commander|staff|first|1st|2nd|second|air|chief|"
    r"sheikh|shaykh|dr|prof) )+"
)

INFOBOX_FIELDS = ("name", "aliases", "part_of", "start_date", "end_date", "places", "result",
                  "sides.belligerents", "sides.supporters", "sides.units", "sides.commanders",
                  "sides.commanders.killed", "sides.strength", "sides.casualties", "civilian_casualties")

# What a found event states besides its date and type (see score_event_details).
EVENT_DETAIL_FIELDS = ("events.places", "events.actors", "events.claimant", "events.disputed", "events.casualties")


def normalise(text: Any) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\[\d+\]|†", " ", text.casefold())
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def same_name(a: Any, b: Any) -> bool:
    a, b = RANKS.sub("", normalise(a)), RANKS.sub("", normalise(b))
    if not a or not b:
        return False
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):  # "2013 ..." is not "2014 ..."
        return False
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= NAME_SIMILARITY


def _count_key(value: Any) -> tuple[Any, Any] | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return value.get("low"), value.get("high")
    return value, value


def _casualty_key(c: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(_count_key(c.get(k)) for k in ("killed", "wounded", "captured", "missing"))


def _same_casualties(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return _casualty_key(a) == _casualty_key(b)


def _same_strength(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return _count_key(a.get("count")) == _count_key(b.get("count"))


def _same_person(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return same_name(a.get("name"), b.get("name"))


def _equal(a: Any, b: Any) -> bool:
    return a == b


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def matched(gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], bool]) -> int:
    """Gold items matched by a predicted item, greedily and one to one."""
    unused = list(pred)
    hits = 0
    for g in gold:
        for i, p in enumerate(unused):
            if same(g, p):
                hits += 1
                del unused[i]
                break
    return hits


@dataclass
class FieldScore:
    gold: int = 0
    pred: int = 0
    hit: int = 0

    @property
    def precision(self) -> float:
        return self.hit / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.hit / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    fields: dict[str, FieldScore] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # gold documents no record was produced for
    # what found events state besides date and type (EVENT_DETAIL_FIELDS): the shared scorer stops at
    # dates and types, so these are kept apart from its fields
    details: dict[str, FieldScore] = field(default_factory=dict)

    def add(self, name: str, gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], bool]) -> None:
        row = (self.details if name in EVENT_DETAIL_FIELDS else self.fields).setdefault(name, FieldScore())
        row.gold += len(gold)
        row.pred += len(pred)
        row.hit += matched(gold, pred, same)

    def total(self, names: Iterable[str]) -> FieldScore:
        rows = [self.fields[n] for n in names if n in self.fields]
        return FieldScore(sum(r.gold for r in rows), sum(r.pred for r in rows), sum(r.hit for r in rows))

    @property
    def infobox_f1(self) -> float:
        return self.total(INFOBOX_FIELDS).f1

    @property
    def events_f1(self) -> float:
        return self.total(["events"]).f1

    @property
    def events_typed_f1(self) -> float:
        return self.total(["events.typed"]).f1

    def summary(self) -> str:
        return (f"infobox F1 {self.infobox_f1:.3f} | events F1 {self.events_f1:.3f} | "
                f"events.typed F1 {self.events_typed_f1:.3f}")

    def as_dict(self) -> dict[str, Any]:
        return {"fields": {n: {"gold": r.gold, "pred": r.pred, "hit": r.hit, "p": r.precision, "r": r.recall,
                               "f1": r.f1} for n, r in self.fields.items()},
                "infobox": self.infobox_f1, "events": self.events_f1, "events.typed": self.events_typed_f1,
                "missing": self.missing,
                "event_details": {n: {"gold": r.gold, "pred": r.pred, "hit": r.hit, "p": r.precision,
                                      "r": r.recall, "f1": r.f1} for n, r in self.details.items()}}


# Operation-level fields: (name in the table, record key, comparison).
_TOP_FIELDS = (("name", "name", same_name), ("aliases", "aliases", same_name), ("part_of", "part_of", same_name),
               ("start_date", "start_date", _equal), ("end_date", "end_date", _equal),
               ("places", "places", same_name), ("result", "result", same_name))
_SIDE_NAME_FIELDS = ("belligerents", "supporters", "units")


def score_pair(scores: Scores, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """Add one gold record and its predicted record to the tallies."""
    for name, key, same in _TOP_FIELDS:
        scores.add(name, _as_list(gold.get(key)), _as_list(pred.get(key)), same)
    gsides, psides = gold.get("sides") or [], pred.get("sides") or []
    for i, gs in enumerate(gsides):
        ps = psides[i] if i < len(psides) else {}
        for f in _SIDE_NAME_FIELDS:
            scores.add(f"sides.{f}", _as_list(gs.get(f)), _as_list(ps.get(f)), same_name)
        gc, pc = _as_list(gs.get("commanders")), _as_list(ps.get("commanders"))
        scores.add("sides.commanders", gc, pc, _same_person)
        scores.add("sides.commanders.killed", [c for c in gc if c.get("killed")],
                   [c for c in pc if c.get("killed")], _same_person)
        scores.add("sides.strength", _as_list(gs.get("strength")), _as_list(ps.get("strength")), _same_strength)
        scores.add("sides.casualties", _as_list(gs.get("casualties")), _as_list(ps.get("casualties")),
                   _same_casualties)
    for ps in psides[len(gsides):]:  # sides the gold does not have are all false positives
        for f in _SIDE_NAME_FIELDS:
            scores.add(f"sides.{f}", [], _as_list(ps.get(f)), same_name)
        scores.add("sides.commanders", [], _as_list(ps.get("commanders")), _equal)
    scores.add("civilian_casualties", _as_list(gold.get("civilian_casualties")),
               _as_list(pred.get("civilian_casualties")), _same_casualties)
    ge, pe = _as_list(gold.get("events")), _as_list(pred.get("events"))
    scores.add("events", ge, pe, lambda a, b: a.get("date") == b.get("date"))
    scores.add("events.typed", ge, pe, lambda a, b: a.get("date") == b.get("date") and a.get("type") == b.get("type"))
    score_event_details(scores, ge, pe)


# What an event found states besides its date and type, scored over the gold events paired with a
# predicted event (same date, same sentence): the scorer stops at dates and types, users read on.
# Two summaries are the same sentence when one holds the other's opening or they are this alike.
_SUMMARY_OPENING = 40
_SUMMARY_SIMILARITY = 0.6


def _same_sentence(a: str, b: str) -> bool:
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return False
    return a[:_SUMMARY_OPENING] in b or b[:_SUMMARY_OPENING] in a or \
        difflib.SequenceMatcher(None, a, b).ratio() >= _SUMMARY_SIMILARITY


def event_pairs(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """Gold events paired one to one with the predicted event of the same date told by the same
    sentence (same type first: a sentence telling two events of one day gives two)."""
    unused = list(pred)
    pairs = []
    for g in gold:
        same_day = [p for p in unused if p.get("date") == g.get("date") and _same_sentence(g.get("summary") or "",
                                                                                           p.get("summary") or "")]
        if same_day:
            p = next((p for p in same_day if p.get("type") == g.get("type")), same_day[0])
            unused.remove(p)
            pairs.append((g, p))
    return pairs


def _claimant(event: dict[str, Any]) -> list[str]:
    return [event["claimant"]] if event.get("claimant") else []


def _casualty_figures(event: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [_casualty_key(c) for c in _as_list(event.get("casualties"))]


def score_event_details(scores: Scores, gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> None:
    """Tally EVENT_DETAIL_FIELDS over the paired events (unpaired ones count in ``events`` only)."""
    for name in EVENT_DETAIL_FIELDS:
        scores.details.setdefault(name, FieldScore())
    for g, p in event_pairs(gold, pred):
        scores.add("events.places", _as_list(g.get("places")), _as_list(p.get("places")), same_name)
        scores.add("events.actors", _as_list(g.get("actors")), _as_list(p.get("actors")), same_name)
        scores.add("events.claimant", _claimant(g), _claimant(p), same_name)
        scores.add("events.disputed", [True] if g.get("disputed") else [], [True] if p.get("disputed") else [], _equal)
        scores.add("events.casualties", _casualty_figures(g), _casualty_figures(p), _equal)


def stem(name: str) -> str:
    """A source's file name without its extensions, and without the "#page" a dump's page adds
    (whose title may hold a slash: "dump.xml#Work/Part")."""
    return Path(str(name).split("#")[0]).name.split(".")[0]


def score_records(gold_dir: str | Path, predictions: Sequence[dict[str, Any]], by: str = "document") -> Scores:
    """Score predicted records against a gold folder.

    by="document" pairs a gold file with the prediction whose sources name its stem (per-document
    records); by="name" pairs on the operation name (merged records), as the shared scorer does.
    """
    if by == "name":
        return _score_by_name(gold_dir, predictions)
    by_stem: dict[str, dict[str, Any]] = {}
    for p in predictions:
        for s in p.get("sources") or []:
            doc = s.get("document") if isinstance(s, dict) else s
            if doc:
                by_stem.setdefault(stem(doc), p)
    scores = Scores()
    for gfile in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gfile.read_text(encoding="utf-8"))
        pred = by_stem.get(gfile.stem)
        if pred is None:
            scores.missing.append(gfile.stem)
        score_pair(scores, gold, pred or {"sides": []})
    return scores


def _score_by_name(gold_dir: str | Path, predictions: Sequence[dict[str, Any]]) -> Scores:
    scores = Scores()
    for gfile in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gfile.read_text(encoding="utf-8"))
        found = ([p for p in predictions if normalise(p.get("name")) == normalise(gold.get("name"))]
                 or [p for p in predictions if same_name(p.get("name"), gold.get("name"))])
        if not found:
            scores.missing.append(gfile.stem)
        score_pair(scores, gold, found[0] if found else {"sides": []})
    return scores


def extract_records(paths: Iterable[str]) -> list[dict[str, Any]]:
    """Per-document records of every readable input, sources[0].document = the file name."""
    from warfile.pipeline import Item, Processed, document_record, iter_items, process_item
    results = (process_item(i) for i in iter_items(paths) if isinstance(i, Item))
    return [document_record(r) for r in results if isinstance(r, Processed)]


def merged_records(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per-document records grouped and merged into one record per operation, as ingest does."""
    from warfile.resolve.merge import group_records, merge_operations
    from warfile.serialize import record_from_dict, record_to_dict
    ops = [record_from_dict(r) for r in records]
    return [record_to_dict(merge_operations([ops[i] for i in group])) for group in group_records(ops)]


def evaluate(gold_dir: str | Path, paths: Iterable[str], by: str = "document") -> Scores:
    """Extract every document in paths and score the records against the gold folder.

    by="document": one gold record per document; by="name": gold records of merged operations,
    scored against the documents' records merged as ingest merges them.
    """
    if not Path(gold_dir).is_dir():
        from warfile.errors import WarfileError
        raise WarfileError(f"gold folder {gold_dir} does not exist")
    records = extract_records(paths)
    if by == "name":
        records = merged_records(records)
    return score_records(gold_dir, records, by=by)
