"""Server-rendered inline SVG charts: an event timeline and a casualty-claims comparison.

No JavaScript and no chart library: each chart is a string of SVG with every piece of text
escaped, returned as ``Markup`` so templates insert it as is. Every mark links to the document
span that states it.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from html import escape

from markupsafe import Markup

from warfile.format import MONTHS, document_url, fmt_date, parse_day
from warfile.model import EVENT_TYPES, Count, Operation
from warfile.store.browse import EventRow, SourceSpan

# One colour per event type, grouped by family so a glance separates them: reds for attacks and
# killing, blues for territory changing hands, greys for the rest. Checked by eye on the seeds'
# timelines (screenshots in test-artifacts/screenshots/).
TYPE_COLOURS = {
    "attack": "#d62728", "counterattack": "#ff7f0e", "ambush": "#e377c2", "bombing": "#8c564b",
    "airstrike": "#9467bd", "shelling": "#bcbd22", "shootdown": "#17becf",
    "capture": "#1f77b4", "recapture": "#2ca02c", "withdrawal": "#7f7f7f", "reinforcement": "#aec7e8",
    "killing": "#a50f15", "massacre": "#67000d", "abduction": "#c49c94",
    "statement": "#98df8a", "other": "#c7c7c7",
}
FALLBACK_COLOUR = "#999999"

# Layout in SVG user units; the SVG scales to the page width, so these set proportions only.
WIDTH = 960
LABEL_W = 120  # room for the longest type name ('reinforcement') at 12px
LANE_H = 28
AXIS_H = 28
MARK_R = 5
JITTER = (0, -7, 7, -3, 3, -10, 10)  # vertical offsets for marks that share a day and a lane


def type_colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, FALLBACK_COLOUR)


def _attrs(**kw: object) -> str:
    return " ".join(f'{k.rstrip("_").replace("_", "-")}="{escape(str(v))}"' for k, v in kw.items() if v is not None)


def _ticks(d0: dt.date, d1: dt.date) -> list[tuple[dt.date, str]]:
    """About a dozen labelled ticks: weeks for short spans, months, then years."""
    span = (d1 - d0).days
    out: list[tuple[dt.date, str]] = []
    if span <= 60:
        day = d0
        while day <= d1:
            out.append((day, f"{day.day} {MONTHS[day.month - 1][:3]}"))
            day += dt.timedelta(days=7 if span > 14 else 1 if span <= 7 else 2)
        return out
    if span <= 3 * 366:
        step = max(1, -(-span // 31 // 12))
        y, m = d0.year, d0.month
        while dt.date(y, m, 1) <= d1:
            day = dt.date(y, m, 1)
            if day >= d0:
                out.append((day, f"{MONTHS[m - 1][:3]} {y}" if m == 1 or not out else MONTHS[m - 1][:3]))
            m += step
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        return out
    step = max(1, -(-(d1.year - d0.year) // 12))
    return [(dt.date(y, 1, 1), str(y)) for y in range(d0.year + 1, d1.year + 1, step)]


def timeline_svg(events: Sequence[EventRow], link: Callable[[EventRow], str | None] | None = None) -> Markup:
    """One mark per event (``data-event`` = its id), x by date, one lane and colour per type.

    Events whose date cannot be read are drawn hollow at the left edge so the count still holds.
    """
    if not events:
        return Markup("")
    link = link or (lambda e: document_url(e.document_id, e.span_start, e.span_end) if e.document_id else None)
    lanes = [t for t in EVENT_TYPES if any(e.type == t for e in events)]
    lanes += sorted({e.type for e in events} - set(lanes))
    days = [d for e in events for d in (parse_day(e.date), parse_day(e.date_end)) if d]
    d0 = min(days) if days else dt.date(2000, 1, 1)
    d1 = max(days) if days else d0
    pad = max(1, (d1 - d0).days // 40)
    d0, d1 = d0 - dt.timedelta(days=pad), d1 + dt.timedelta(days=pad)
    plot_w = WIDTH - LABEL_W - 16

    def x(day: dt.date | None) -> float:
        if day is None:
            return LABEL_W - 8
        return round(LABEL_W + (day - d0).days / max(1, (d1 - d0).days) * plot_w, 1)

    height = len(lanes) * LANE_H + AXIS_H + 8
    out = [f'<svg class="chart timeline" viewBox="0 0 {WIDTH} {height}" role="img" '
           f'aria-label="Timeline of {len(events)} events" xmlns="http://www.w3.org/2000/svg">']
    for i, lane in enumerate(lanes):
        y = 4 + i * LANE_H + LANE_H / 2
        out.append(f'<line class="lane" x1="{LABEL_W}" x2="{WIDTH - 8}" y1="{y}" y2="{y}"/>')
        out.append(f'<text class="lane-label" x="{LABEL_W - 14}" y="{y + 4}" text-anchor="end">{escape(lane)}</text>')
    axis_y = 4 + len(lanes) * LANE_H + 4
    out.append(f'<line class="axis" x1="{LABEL_W}" x2="{WIDTH - 8}" y1="{axis_y}" y2="{axis_y}"/>')
    for day, label in _ticks(d0, d1):
        tx = x(day)
        out.append(f'<line class="tick" x1="{tx}" x2="{tx}" y1="{axis_y}" y2="{axis_y + 5}"/>'
                   f'<text class="tick-label" x="{tx}" y="{axis_y + 18}" text-anchor="middle">{escape(label)}</text>')
    taken: dict[tuple[int, int], int] = defaultdict(int)
    for e in events:
        lane = lanes.index(e.type)
        day, end = parse_day(e.date), parse_day(e.date_end)
        cx = x(day)
        slot = (lane, int(cx // 4))
        cy = 4 + lane * LANE_H + LANE_H / 2 + JITTER[taken[slot] % len(JITTER)]
        taken[slot] += 1
        colour = type_colour(e.type)
        title = f"{fmt_date(e.date)} · {e.type}{' (disputed)' if e.disputed else ''}: {e.summary}"
        if end and day and end > day:
            out.append(f'<line class="span" x1="{cx}" x2="{x(end)}" y1="{cy}" y2="{cy}" stroke="{colour}"/>')
        hollow = day is None or e.date_prec >= 4
        mark = (f'<circle {_attrs(cx=cx, cy=cy, r=MARK_R, data_event=e.id, data_type=e.type)} '
                f'class="mark{" hollow" if hollow else ""}" fill="{"white" if hollow else colour}" '
                f'stroke="{colour}"><title>{escape(title)}</title></circle>')
        href = link(e)
        out.append(f'<a href="{escape(href)}">{mark}</a>' if href else mark)
    out.append("</svg>")
    return Markup("".join(out))


def _claims(record: Operation) -> list[tuple[str, str, str, Count | None, Count | None]]:
    """(group label, claim label, JSON pointer, killed, wounded) for every claim with a number."""
    rows = []
    groups = [(f"/sides/{i}", s.belligerents[0] if s.belligerents else f"Side {i + 1}", s.casualties)
              for i, s in enumerate(record.sides)]
    groups.append(("", "Civilians", record.civilian_casualties))
    for base, group, claims in groups:
        for j, c in enumerate(claims):
            if c.killed is None and c.wounded is None:
                continue
            label = c.claimant or "unattributed"
            if c.who:
                label += f" · {c.who}"
            if c.as_of:
                label += f" · by {fmt_date(c.as_of)}"
            pointer = f"{base}/casualties/{j}" if base else f"/civilian_casualties/{j}"
            rows.append((group, label, pointer, c.killed, c.wounded))
    return rows


CLAIM_H = 30
CLAIM_LABEL_W = 330


def casualty_svg(record: Operation, spans: dict[str, SourceSpan]) -> Markup:
    """Horizontal bars comparing casualty claims by claimant, grouped by side: killed as a solid
    bar (a lighter extension shows a range's high end), wounded as a thin bar beneath."""
    rows = _claims(record)
    if not rows:
        return Markup("")
    top = max((n.high for r in rows for n in r[3:] if n is not None), default=1) or 1
    plot_w = WIDTH - CLAIM_LABEL_W - 90

    def w(n: int) -> float:
        return round(max(1.0, n / top * plot_w), 1)

    out: list[str] = []
    y = 6
    last_group = None
    for group, label, pointer, killed, wounded in rows:
        if group != last_group:
            out.append(f'<text class="claim-group" x="4" y="{y + 14}">{escape(group)}</text>')
            y += 22
            last_group = group
        span = spans.get(pointer)
        parts = [f'<text class="claim-label" x="{CLAIM_LABEL_W - 10}" y="{y + 13}" text-anchor="end">'
                 f'{escape(label)}</text>']
        if killed is not None:
            parts.append(f'<rect class="killed" x="{CLAIM_LABEL_W}" y="{y + 2}" width="{w(killed.low)}" height="14"/>')
            if killed.high > killed.low:
                parts.append(f'<rect class="killed-range" x="{CLAIM_LABEL_W + w(killed.low)}" y="{y + 2}" '
                             f'width="{round(w(killed.high) - w(killed.low), 1)}" height="14"/>')
            parts.append(f'<text class="claim-value" x="{CLAIM_LABEL_W + w(killed.high) + 6}" y="{y + 13}">'
                         f'{escape(_short(killed))} killed</text>')
        if wounded is not None:
            wy = y + 18 if killed is not None else y + 2
            parts.append(f'<rect class="wounded" x="{CLAIM_LABEL_W}" y="{wy}" width="{w(wounded.high)}" height="6"/>')
            if killed is None:
                parts.append(f'<text class="claim-value" x="{CLAIM_LABEL_W + w(wounded.high) + 6}" y="{y + 11}">'
                             f'{escape(_short(wounded))} wounded</text>')
        body = "".join(parts)
        title = f"<title>{escape(label)}</title>"
        if span:
            href = document_url(span.document_id, span.start, span.end)
            out.append(f'<a class="claim" data-claim="{escape(pointer)}" href="{escape(href)}">{title}{body}</a>')
        else:
            out.append(f'<g class="claim" data-claim="{escape(pointer)}">{title}{body}</g>')
        y += CLAIM_H
    head = (f'<svg class="chart casualties" viewBox="0 0 {WIDTH} {y + 6}" role="img" '
            f'aria-label="Casualty claims compared" xmlns="http://www.w3.org/2000/svg">')
    return Markup(head + "".join(out) + "</svg>")


def _short(c: Count) -> str:
    return f"{c.low:,}" if c.is_exact else f"{c.low:,}–{c.high:,}"
