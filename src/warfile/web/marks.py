"""A document's text as HTML with each highlight wrapped in ``<mark id="span-START-END">``.

Highlights may nest (a casualty figure inside an event sentence) or cross (a mention running
past the end of a sentence). Crossing ranges cannot nest in HTML, so a mark is closed where an
enclosing one ends and reopened as a continuation (same classes, no id): every highlight gets
exactly one element with its id, at its start, and the HTML stays well formed. All text is escaped.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from warfile.store.browse import Highlight


@dataclass(slots=True)
class _Mark:
    start: int
    end: int
    kinds: list[str]
    labels: list[str]
    focus: bool = False

    def open_tag(self, first: bool) -> str:
        classes = " ".join(["hl", *sorted({f"hl-{k}" for k in self.kinds}), *(["focus"] if self.focus else [])])
        ident = f' id="span-{self.start}-{self.end}"' if first else ""
        title = escape("; ".join(dict.fromkeys(self.labels)))
        return f'<mark{ident} class="{classes}" title="{title}" data-span="{self.start}-{self.end}">'


def _merge(highlights: tuple[Highlight, ...], focus: tuple[int, int] | None, length: int) -> list[_Mark]:
    """One mark per distinct span (kinds and labels pooled), plus the focus span if it is new."""
    by_span: dict[tuple[int, int], _Mark] = {}
    for h in highlights:
        if not 0 <= h.start < h.end <= length:
            continue
        mark = by_span.setdefault((h.start, h.end), _Mark(h.start, h.end, [], []))
        mark.kinds.append(h.kind)
        mark.labels.append(h.label)
    if focus and 0 <= focus[0] < focus[1] <= length:
        by_span.setdefault(focus, _Mark(focus[0], focus[1], ["focus"], ["selected span"])).focus = True
    # Longer spans open first at a shared start, so shorter ones nest inside them.
    return sorted(by_span.values(), key=lambda m: (m.start, -m.end))


def render_marked(text: str, highlights: tuple[Highlight, ...], focus: tuple[int, int] | None = None) -> Markup:
    """Escaped text with every highlight (and the focus span, emphasised) marked."""
    marks = _merge(highlights, focus, len(text))
    starts: dict[int, list[_Mark]] = defaultdict(list)
    ends: dict[int, list[_Mark]] = defaultdict(list)
    for m in marks:
        starts[m.start].append(m)
        ends[m.end].append(m)
    out: list[str] = []
    stack: list[_Mark] = []
    last = 0
    for pos in sorted(set(starts) | set(ends)):
        out.append(escape(text[last:pos]))
        last = pos
        closing = [m for m in stack if m.end == pos]
        if closing:
            # Close down to the deepest ending mark, then reopen survivors as continuations.
            depth = min(stack.index(m) for m in closing)
            survivors = [m for m in stack[depth:] if m.end != pos]
            out.append("</mark>" * (len(stack) - depth))
            del stack[depth:]
            for m in survivors:
                out.append(m.open_tag(first=False))
                stack.append(m)
        for m in starts.get(pos, []):
            out.append(m.open_tag(first=True))
            stack.append(m)
    out.append(escape(text[last:]))
    out.append("</mark>" * len(stack))
    return Markup("".join(out))
