"""Plain-text formatting of model values shared by the CLI and the pages: counts, casualty claims, dates, links."""
from __future__ import annotations

import datetime as dt
from urllib.parse import quote, urlencode

from warfile.model import Casualties, Count, Quantity

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def fmt_count(c: Count | None) -> str:
    if c is None:
        return ""
    number = f"{c.low:,}" if c.is_exact else f"{c.low:,}–{c.high:,}"
    return f"{c.qualifier} {number}" if c.qualifier else number


def fmt_casualties(c: Casualties) -> str:
    """'2,700 killed, 5,635 wounded' from the counts; the source text when it states none."""
    parts = [f"{fmt_count(n)} {label}" for n, label in
             ((c.killed, "killed"), (c.wounded, "wounded"), (c.captured, "captured"), (c.missing, "missing"))
             if n is not None]
    if not parts:
        return c.text
    out = ", ".join(parts)
    return f"{out} ({c.who})" if c.who else out


def fmt_quantity(q: Quantity) -> str:
    if q.count is None:
        return q.text
    return f"{fmt_count(q.count)} {q.unit}" if q.unit else fmt_count(q.count)


def parse_day(date: str | None) -> dt.date | None:
    """The first day of an ISO date at any precision ('2014', '2014-03', '2014-03-21'); None if odd."""
    if not date:
        return None
    parts = date.strip()[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        return dt.date(year, month, day)
    except (ValueError, IndexError):
        return None


def fmt_date(date: str | None) -> str:
    """'21 March 2014', 'March 2014' or '2014', as precise as the ISO string; odd strings as given."""
    if not date:
        return ""
    day = parse_day(date)
    if day is None:
        return date
    n = len(date.strip()[:10].split("-"))
    if n >= 3:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if n == 2:
        return f"{MONTHS[day.month - 1]} {day.year}"
    return str(day.year)


def fmt_date_range(start: str | None, end: str | None, ongoing: bool = False) -> str:
    a, b = fmt_date(start), "present" if ongoing else fmt_date(end)
    if a and b and a != b:
        return f"{a} – {b}"
    return a or b


def document_url(document_id: str, start: int | None = None, end: int | None = None) -> str:
    """The document page, scrolled to a span when one is given."""
    url = f"/documents/{quote(document_id, safe='')}"
    if start is not None and end is not None:
        url += f"?span={start}-{end}#span-{start}-{end}"
    return url


def entity_url(entity_id: str) -> str:
    return f"/entities/{quote(entity_id, safe=':')}"


def operation_url(operation_id: str) -> str:
    return f"/operations/{quote(operation_id, safe='')}"


def query_url(path: str, params: dict[str, object], **changes: object) -> str:
    """path with params (minus empty ones) updated by changes: for sort links and pagination."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "", False)}
    return f"{path}?{urlencode(kept)}" if kept else path
