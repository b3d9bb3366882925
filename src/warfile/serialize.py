"""Records to and from JSON in the shape of ``operation.schema.json``.

Empty lists, None and False are left out, as the schema allows ("fields a document does not
state are left out"). ``record_from_dict(record_to_dict(op)) == op`` for every operation.
"""
from __future__ import annotations

from typing import Any

from warfile.model import (
    Casualties,
    Conflict,
    ConflictValue,
    Count,
    Equipment,
    Event,
    Operation,
    Person,
    Provenance,
    Quantity,
    Side,
    Source,
    Span,
)


def count_to_json(c: Count | None) -> Any:
    if c is None:
        return None
    if c.is_exact and not c.qualifier:
        return c.low
    out: dict[str, Any] = {"low": c.low, "high": c.high}  # a qualified number keeps its qualifier
    if c.qualifier:
        out["qualifier"] = c.qualifier
    return out


def count_from_json(v: Any) -> Count | None:
    if v is None:
        return None
    if isinstance(v, dict):
        return Count(int(v["low"]), int(v["high"]), v.get("qualifier"))
    return Count.exact(int(v))


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    # identity checks: a count of 0 is data, unlike None/False/empty (0 == False in Python)
    return {k: v for k, v in d.items() if not (v is None or v is False or v == "" or v == [] or v == ())}


def person_to_json(p: Person) -> dict[str, Any]:
    return _compact({"name": p.name, "rank": p.rank, "role": p.role, "killed": p.killed,
                     "aliases": list(p.aliases)})


def casualties_to_json(c: Casualties) -> dict[str, Any]:
    return _compact({
        "killed": count_to_json(c.killed), "wounded": count_to_json(c.wounded),
        "captured": count_to_json(c.captured), "missing": count_to_json(c.missing),
        "who": c.who, "claimant": c.claimant, "as_of": c.as_of,
        "equipment": [{"count": e.count, "item": e.item} for e in c.equipment], "text": c.text,
    })


def quantity_to_json(q: Quantity) -> dict[str, Any]:
    return _compact({"count": count_to_json(q.count), "unit": q.unit, "claimant": q.claimant,
                     "text": q.text})


def side_to_json(s: Side) -> dict[str, Any]:
    return _compact({
        "belligerents": list(s.belligerents), "supporters": list(s.supporters),
        "commanders": [person_to_json(p) for p in s.commanders], "units": list(s.units),
        "strength": [quantity_to_json(q) for q in s.strength],
        "casualties": [casualties_to_json(c) for c in s.casualties],
    })


def event_to_json(e: Event) -> dict[str, Any]:
    out = _compact({
        "date": e.date, "date_end": e.date_end, "type": e.type, "actors": list(e.actors),
        "places": list(e.places), "casualties": [casualties_to_json(c) for c in e.casualties],
        "claimant": e.claimant, "disputed": e.disputed, "summary": e.summary,
        "span": [e.span.start, e.span.end] if e.span else None, "document": e.document,
    })
    out["date_prec"] = e.date_prec
    return out


def record_to_dict(op: Operation) -> dict[str, Any]:
    """The operation as a JSON-ready dict following operation.schema.json."""
    out = _compact({
        "id": op.id, "name": op.name, "aliases": list(op.aliases), "part_of": list(op.part_of),
        "start_date": op.start_date, "end_date": op.end_date, "ongoing": op.ongoing,
        "places": list(op.places), "result": op.result,
        "sides": [side_to_json(s) for s in op.sides],
        "civilian_casualties": [casualties_to_json(c) for c in op.civilian_casualties],
        "events": [event_to_json(e) for e in op.events],
        "sources": [_compact({"document": s.document, "title": s.title, "shape": s.shape,
                              "path": s.path}) for s in op.sources],
        "conflicts": [{"field": c.field, "values": [{"value": v.value, "documents": list(v.documents)}
                                                    for v in c.values]} for c in op.conflicts],
        "provenance": [{"field": p.field, "documents": list(p.documents)} for p in op.provenance],
        "mentions": list(op.mentions),
    })
    out.setdefault("sides", [])
    return out


def _casualties_from(d: dict[str, Any]) -> Casualties:
    return Casualties(
        killed=count_from_json(d.get("killed")), wounded=count_from_json(d.get("wounded")),
        captured=count_from_json(d.get("captured")), missing=count_from_json(d.get("missing")),
        who=d.get("who"), claimant=d.get("claimant"), as_of=d.get("as_of"),
        equipment=tuple(Equipment(int(e.get("count", 1)), e["item"]) for e in d.get("equipment", [])),
        text=d.get("text", ""),
    )


def _side_from(d: dict[str, Any]) -> Side:
    return Side(
        belligerents=tuple(d.get("belligerents", [])), supporters=tuple(d.get("supporters", [])),
        commanders=tuple(Person(p["name"], p.get("rank"), p.get("role"), bool(p.get("killed")),
                                tuple(p.get("aliases", []))) for p in d.get("commanders", [])),
        units=tuple(d.get("units", [])),
        strength=tuple(Quantity(count_from_json(q.get("count")), q.get("unit"), q.get("claimant"),
                                q.get("text", "")) for q in d.get("strength", [])),
        casualties=tuple(_casualties_from(c) for c in d.get("casualties", [])),
    )


def _event_from(d: dict[str, Any]) -> Event:
    span = d.get("span")
    return Event(
        date=d["date"], type=d["type"], date_end=d.get("date_end"), date_prec=int(d.get("date_prec", 1)),
        actors=tuple(d.get("actors", [])), places=tuple(d.get("places", [])),
        casualties=tuple(_casualties_from(c) for c in d.get("casualties", [])),
        claimant=d.get("claimant"), disputed=bool(d.get("disputed")), summary=d.get("summary", ""),
        span=Span(span[0], span[1]) if span else None, document=d.get("document"),
    )


def record_from_dict(d: dict[str, Any]) -> Operation:
    """Inverse of record_to_dict; also reads gold records (unknown keys such as _notes ignored)."""
    return Operation(
        name=d["name"], id=d.get("id", ""), aliases=tuple(d.get("aliases", [])),
        part_of=tuple(d.get("part_of", [])), start_date=d.get("start_date"), end_date=d.get("end_date"),
        places=tuple(d.get("places", [])), result=d.get("result"),
        sides=tuple(_side_from(s) for s in d.get("sides", [])),
        civilian_casualties=tuple(_casualties_from(c) for c in d.get("civilian_casualties", [])),
        events=tuple(_event_from(e) for e in d.get("events", [])),
        sources=tuple(Source(s["document"], s.get("title", ""), s.get("shape", ""), s.get("path", ""))
                      for s in d.get("sources", [])),
        conflicts=tuple(Conflict(c["field"], tuple(ConflictValue(v.get("value"), tuple(v.get("documents", [])))
                                                   for v in c.get("values", [])))
                        for c in d.get("conflicts", [])),
        provenance=tuple(Provenance(p["field"], tuple(p["documents"])) for p in d.get("provenance", [])),
        ongoing=bool(d.get("ongoing")), mentions=tuple(d.get("mentions", [])),
    )
