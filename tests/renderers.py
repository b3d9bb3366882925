"""Render an Operation as each input shape warfile reads, in the style of the seed documents.

Used by the shape-invariance test (render, read back, extract, compare) and by the bench
generator to make large corpora. Every renderer takes an :class:`Operation` and returns the text
of one document; only the infobox fields and a bland lead paragraph are written (no events).

    render_plain         flattened rendered page: labels alone on lines, columns one after another
    render_pipe_table    a scraped markdown pipe table of the infobox, as in seed 002
    render_wikitext      "- Combatant1: ..." key lines with glued KIA and comma lists, as in seed 003
    render_markdown      YAML front matter (subject, tags, date, place) and a markdown body (seed 004)
    render_mediawiki     {{Infobox military conflict | ... }} source with templates, links and refs
    render_html          a rendered Wikipedia page with table.infobox, references and navigation
"""
from __future__ import annotations

import html as htmlmod
from collections.abc import Callable

from warfile.model import Casualties, Count, Operation, Person, Quantity, Side

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


# ---------------------------------------------------------------- values as text

def format_count(c: Count) -> str:
    """1500 -> '1,500'; a range -> '1,500–2,000'; a qualifier goes in front ('at least 40')."""
    n = f"{c.low:,}" if c.is_exact else f"{c.low:,}–{c.high:,}"
    return f"{c.qualifier} {n}" if c.qualifier else n


def quantity_text(q: Quantity) -> str:
    text = " ".join(x for x in (format_count(q.count) if q.count else "", q.unit or "") if x)
    return f"{text} ({q.claimant} claim)" if q.claimant else text


def casualty_text(c: Casualties) -> str:
    """'61 killed and 102 wounded (government claim)', or '27 civilians killed'."""
    parts = []
    for label, count in (("killed", c.killed), ("wounded", c.wounded), ("captured", c.captured),
                         ("missing", c.missing)):
        if count is not None:
            parts.append((count, label))
    if not parts:
        return c.text
    if c.who:  # '27 civilians killed': the group between number and verb
        first, label = parts[0]
        words = [f"{format_count(first)} {c.who} {label}"] + [f"{format_count(n)} {lab}" for n, lab in parts[1:]]
    else:
        words = [f"{format_count(n)} {lab}" for n, lab in parts]
    text = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return f"{text} ({c.claimant} claim)" if c.claimant else text


def _date_parts(iso: str) -> tuple[int, int | None, int | None]:
    bits = [int(b) for b in iso.split("-")]
    return bits[0], (bits[1] if len(bits) > 1 else None), (bits[2] if len(bits) > 2 else None)


def _date(iso: str) -> str:
    y, m, d = _date_parts(iso)
    return " ".join(str(x) for x in (d, MONTHS[m - 1] if m else None, y) if x is not None)


def date_range_text(op: Operation) -> str:
    """'4–19 August 2013', '5 March – 25 May 2014', '30 December 2014 – 2 January 2015'."""
    if not op.start_date:
        return ""
    if op.ongoing:
        return f"{_date(op.start_date)} – present"
    if not op.end_date or op.end_date == op.start_date:
        return _date(op.start_date)
    (y1, m1, d1), (y2, m2, d2) = _date_parts(op.start_date), _date_parts(op.end_date)
    if y1 == y2 and m1 == m2 and d1 and d2:
        return f"{d1}–{d2} {MONTHS[m1 - 1]} {y1}"
    if y1 == y2 and m1 and m2:
        start = " ".join(str(x) for x in (d1, MONTHS[m1 - 1]) if x is not None)
        return f"{start} – {_date(op.end_date)}"
    return f"{_date(op.start_date)} – {_date(op.end_date)}"


def person_text(p: Person, killed_mark: str = " †") -> str:
    name = f"{p.rank} {p.name}" if p.rank else p.name
    return name + (killed_mark if p.killed else "")


def _lead(op: Operation) -> str:
    part = f" during the {op.part_of[0]}" if op.part_of else ""
    return f"The {op.name} was a military operation fought over several days{part}."


def _civilians(op: Operation) -> list[str]:
    return [casualty_text(c) for c in op.civilian_casualties]


# ---------------------------------------------------------------- flattened shapes

SECTION_LABELS = (("belligerents", "Belligerents"), ("commanders", "Commanders and leaders"),
                  ("units", "Units involved"), ("strength", "Strength"), ("casualties", "Casualties and losses"))


def _side_lines(side: Side, key: str, killed_mark: str = " †") -> list[str]:
    """One side's entries for a section, one per line; roles on their own line as rendered."""
    if key == "belligerents":
        lines = list(side.belligerents)
        if side.supporters:
            lines += ["Supported by:"] + list(side.supporters)
        return lines
    if key == "commanders":
        out = []
        for p in side.commanders:
            out.append(person_text(p, killed_mark))
            if p.role:
                out.append(f"({p.role})")
        return out
    if key == "units":
        return list(side.units)
    if key == "strength":
        return [quantity_text(q) for q in side.strength]
    return [casualty_text(c) for c in side.casualties]


def render_plain(op: Operation) -> str:
    lines = [op.name, "", op.name]
    if op.part_of:
        lines.append(f"Part of the {op.part_of[0]}")
    lines.append("")
    if op.start_date:
        lines.append(f"Date{date_range_text(op)}")
    if op.places:
        lines += ["Location", ", ".join(op.places)]
    if op.result:
        lines.append(f"Result {op.result}")
    for key, label in SECTION_LABELS:
        columns = [_side_lines(s, key) for s in op.sides]
        if not any(columns) and not (key == "casualties" and op.civilian_casualties):
            continue
        lines.append(label)
        for col in columns:
            lines += [""] + (col or ["Unknown"])
        if key == "casualties" and op.civilian_casualties:  # right under the last column, as in seed 000
            lines += _civilians(op)
    lines += ["", _lead(op), ""]
    return "\n".join(lines) + "\n"


def render_pipe_table(op: Operation) -> str:
    """Seed 002's shape: every row padded to the same number of cells, multi-line cells kept."""
    ncols = max(2, len(op.sides)) + 1  # one spare column, as the scraped tables have

    def row(cells: list[str]) -> str:
        return " | ".join(cells) + " |" + "|" * (ncols - len(cells))

    lines = [op.name, _lead(op), row([op.name]), "---|" * ncols]
    if op.part_of:
        lines.append(row([f"Part of the {op.part_of[0]}"]))
    for label, value in (("Date", date_range_text(op)), ("Location", ", ".join(op.places)),
                         ("Result", op.result or "")):
        if value:
            lines.append(row([f"{label} {value}"]))
    for key, label in SECTION_LABELS:
        columns = [_side_lines(s, key) for s in op.sides]
        if not any(columns) and not (key == "casualties" and op.civilian_casualties):
            continue
        lines.append(row([label]))
        # Commanders with roles run together on one line as scraped; without roles nothing would
        # separate two names, so such a cell keeps one name per line (as multi-line cells do).
        glue = " " if key == "commanders" and all(p.role for s in op.sides for p in s.commanders) else "\n"
        lines.append(row([glue.join(col) for col in columns]))
        if key == "casualties" and op.civilian_casualties:
            lines.append(row(_civilians(op)[:1]))
    return "\n".join(lines) + "\n"


def render_wikitext(op: Operation) -> str:
    """Seed 003's shape: key lines, comma-joined entries, KIA glued to names, "* " unit bullets."""
    lines = [f"= {op.name} =", "", "Infobox", f"- Conflict: {op.name}"]
    if op.part_of:
        lines.append(f"- Partof: the {op.part_of[0]}")
    if op.start_date:
        lines.append(f"- Date: {date_range_text(op)}, ()")
    if op.places:
        lines.append(f"- Place: {', '.join(op.places)}")
    if op.result:
        lines.append(f"- Result: {op.result}")
    labels = (("belligerents", "Combatant"), ("commanders", "Commander"), ("units", "Units"),
              ("strength", "Strength"), ("casualties", "Casualties"))
    for key, label in labels:
        for i, side in enumerate(op.sides):
            entries = _side_lines(side, key, killed_mark="KIA")
            if key == "units":
                entries = [entries[0]] + [f"* {u}" for u in entries[1:]] if entries else []
            if key in ("strength", "casualties"):  # the scraper splits the <small>(claim)</small> off too
                entries = [e.replace(" (", ", (") for e in entries]
            if entries:
                lines.append(f"- {label}{i + 1}: {', '.join(entries)}")
        if key == "casualties" and op.civilian_casualties:
            lines.append(f"- Casualties{len(op.sides) + 1}: {_civilians(op)[0]}")
    lines += ["", _lead(op), "", "==Course==", "Fighting went on for several days.", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- marked-up shapes

def _yaml_block(lines: list[str]) -> str:
    return "  - |-\n" + "\n".join(f"    {ln}" for ln in lines)


def render_markdown(op: Operation) -> str:
    """Seed 004's shape. Front matter carries only name, part of, date, place and belligerents/units."""
    def q(s: str) -> str:
        return '"' + s.replace('"', '\\"') + '"'

    fm = ["---", f"subject: {q(op.name)}", "shortDescription: Military operation",
          f"description: {q(_lead(op))}", "author: Wikipedia", "tags:", f"  - {q(op.name)}"]
    if op.part_of:
        fm.append(f"  - {q('the ' + op.part_of[0])}")
    for side in op.sides:
        fm.append(_yaml_block(list(side.belligerents) + [f"* {u}" for u in side.units]))
    fm.append(f"  - {q('Military operations of the ' + (op.part_of[0] if op.part_of else 'war'))}")
    if op.start_date:
        fm += ["date:", f"  - {q(date_range_text(op))}"]
    if op.places:
        fm += ["place:", f"  - {q(' '.join(op.places))}"]
    body = ["---", "", _lead(op).replace(op.name, f"**{op.name}**", 1), "", "## Course",
            "![Map of the area](https://example.org/wiki/Special:Redirect/file/Map_(area).svg?)",
            "Fighting went on for several days.", "", "## References", "## References[object Object]",
            "[object Object]", ""]
    return "\n".join(fm + body)


def _wiki_lines(entries: list[str]) -> str:
    return "<br />".join(entries)


def render_mediawiki(op: Operation) -> str:
    def link(s: str) -> str:
        return f"[[{s}]]"

    def side_value(side: Side, key: str) -> str:
        if key == "belligerents":
            out = [f"{{{{flagicon|{b}}}}} {link(b)}" for b in side.belligerents]
            if side.supporters:
                out += ["'''Supported by:'''"] + [f"{{{{flag|{s}}}}}" for s in side.supporters]
            return _wiki_lines(out)
        if key == "commanders":
            return _wiki_lines([
                (f"{p.rank} " if p.rank else "") + link(p.name) + (" {{KIA}}" if p.killed else "")
                + (f" <small>({p.role})</small>" if p.role else "") for p in side.commanders])
        if key == "units":
            return "{{plainlist|\n" + "\n".join(f"* {link(u)}" for u in side.units) + "\n}}" if side.units else ""
        if key == "strength":
            return _wiki_lines([quantity_text(x) + "<ref>Wire report.</ref>" for x in side.strength])
        return _wiki_lines([casualty_text(c) + "{{efn|As reported.}}" for c in side.casualties])

    rows = [("conflict", op.name), ("partof", f"the {link(op.part_of[0])}" if op.part_of else ""),
            ("image", "[[File:Map.svg|300px]]"), ("date", date_range_text(op)),
            ("place", ", ".join(link(p) for p in op.places)), ("result", op.result or "")]
    params = {"belligerents": "combatant", "commanders": "commander", "units": "units",
              "strength": "strength", "casualties": "casualties"}
    for key, param in params.items():
        for i, side in enumerate(op.sides):
            rows.append((f"{param}{i + 1}", side_value(side, key)))
    if op.civilian_casualties:
        rows.append((f"casualties{len(op.sides) + 1}", _wiki_lines(_civilians(op)) + "{{cn|date=May 2020}}"))
    box = "{{Infobox military conflict\n" + "".join(f"| {k} = {v}\n" for k, v in rows if v) + "}}\n"
    lead = _lead(op).replace(op.name, f"'''{op.name}'''", 1) + "<ref>{{cite web|title=Report}}</ref>"
    return ("{{Short description|Military operation}}\n" + box + lead
            + "\n\n== Course ==\nFighting went on for several days.\n\n== References ==\n{{Reflist}}\n")


def render_html(op: Operation) -> str:
    e = htmlmod.escape
    ref = '<sup class="reference"><a href="#cite_note-1">[1]</a></sup>'
    kia = '<span typeof="mw:File"><img alt="KIA" src="//cross.png" width="12"></span>'
    flag = '<span class="flagicon"><img alt="" src="//flag.png" width="23"></span> '
    width = max(2, len(op.sides))

    def cell(side: Side, key: str) -> str:
        if key == "belligerents":
            out = [flag + f'<a href="/wiki/x">{e(b)}</a>' for b in side.belligerents]
            if side.supporters:
                out += ["<b>Supported by:</b>"] + [flag + e(s) for s in side.supporters]
            return "<br>".join(out)
        if key == "commanders":
            return "<br>".join(
                e(person_text(p, "")) + (" " + kia if p.killed else "") + (f"<br>({e(p.role)})" if p.role else "")
                for p in side.commanders)
        if key == "units":
            items = "".join(f"<li>{e(u)}</li>" for u in side.units)
            return f'<div class="plainlist"><ul>{items}</ul></div>' if items else ""
        if key == "strength":
            return "<br>".join(e(quantity_text(q)) + ref for q in side.strength)
        return "<br>".join(e(casualty_text(c)) + ref for c in side.casualties)

    rows = [f'<tr><th colspan="{width}" class="infobox-above summary">{e(op.name)}</th></tr>']
    if op.part_of:
        rows.append(f'<tr><td colspan="{width}" class="infobox-subheader">Part of the '
                    f'<a href="/wiki/x">{e(op.part_of[0])}</a></td></tr>')
    inner = "".join(f'<tr><th scope="row">{label}</th><td>{e(value)}</td></tr>'
                    for label, value in (("Date", date_range_text(op)), ("Location", ", ".join(op.places)),
                                         ("Result", op.result or "")) if value)
    rows.append(f'<tr><td colspan="{width}"><table style="width:100%"><tbody>{inner}</tbody></table></td></tr>')
    for key, label in SECTION_LABELS:
        cells = [cell(s, key) for s in op.sides]
        if not any(cells) and not (key == "casualties" and op.civilian_casualties):
            continue
        rows.append(f'<tr><th colspan="{width}" class="infobox-header">{label}</th></tr>')
        rows.append("<tr>" + "".join(f'<td class="infobox-data">{c}</td>' for c in cells) + "</tr>")
        if key == "casualties" and op.civilian_casualties:
            rows.append(f'<tr><td colspan="{width}">' + "<br>".join(e(c) for c in _civilians(op)) + "</td></tr>")
    lead = e(_lead(op)).replace(e(op.name), f"<b>{e(op.name)}</b>", 1)
    return ("<!DOCTYPE html>\n<html><head><title>" + e(op.name) + " - Wikipedia</title>"
            "<script>var x = 1;</script></head><body><nav><ul><li>Main page</li></ul></nav>"
            f'<h1 id="firstHeading">{e(op.name)}</h1><div id="mw-content-text"><div class="mw-parser-output">'
            f'<table class="infobox vevent"><tbody>{"".join(rows)}</tbody></table>'
            f"<p>{lead}{ref}</p>"
            '<div class="mw-heading mw-heading2"><h2 id="Course">Course</h2><span class="mw-editsection">[edit]</span></div>'
            "<p>Fighting went on for several days.</p>"
            '<h2 id="References">References</h2><div class="reflist"><ol class="references"><li>Wire.</li></ol></div>'
            "</div></div></body></html>\n")


RENDERERS: dict[str, Callable[[Operation], str]] = {
    "plain": render_plain,
    "pipe-table": render_pipe_table,
    "wikitext": render_wikitext,
    "markdown-frontmatter": render_markdown,
    "mediawiki": render_mediawiki,
    "html": render_html,
}
