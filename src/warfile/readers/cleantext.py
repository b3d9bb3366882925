"""The clean plain text the markup readers (mediawiki, html) build, and the spans into it.

Layout: the infobox as "label: value" lines (a value of several entries continues on the
following lines), a blank line, then the prose paragraphs separated by blank lines. Headings are
not written: they travel as ``Paragraph.heading``. Every span handed out indexes the final text.
"""
from __future__ import annotations

import re

from warfile.model import Paragraph, RawField, Span

_RESIDUE = re.compile(r"\{\{|\}\}|\[\[|\]\]|</?ref\b[^<>]*>|\|")
# Unclosed markup a parser gave back as text: a link's target before its label ("[[Ford|Ford, Sarn"),
# a template's name ("{{cn"), a reference running to the end of its line. Each goes whole.
_UNCLOSED = re.compile(r"\[\[[^\][|\n]*\||\{\{[^|{}\n]*\|?|<ref\b[^<>/]*>.*")
_SPACES = re.compile(r"[ \t]+")


def scrub_residue(text: str) -> tuple[str, bool]:
    """Text with leftover markup delimiters ("{{", "]]", "<ref", "|") removed, and whether any were.

    Parsers leave these only around malformed markup; no field value should carry them.
    """
    cleaned = _RESIDUE.sub(" ", _UNCLOSED.sub(" ", text))
    if cleaned == text:
        return text, False
    lines = (_SPACES.sub(" ", ln).strip() for ln in cleaned.splitlines())
    return "\n".join(ln for ln in lines if ln), True


class CleanText:
    """Accumulates the clean text, handing out the span of each piece written."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.fields: list[RawField] = []
        self.paragraphs: list[Paragraph] = []

    def _write(self, s: str) -> Span:
        start = self._pos
        self._parts.append(s)
        self._pos += len(s)
        return Span(start, self._pos)

    def add_field(self, label: str, key: str, value: str, side: int | None) -> None:
        """Write "label: value" and record the RawField whose span covers the value."""
        if not value:
            return
        self._write(f"{label}: ")
        span = self._write(value)
        self._write("\n")
        self.fields.append(RawField(key, value, side, span))

    def add_paragraph(self, text: str, heading: str | None) -> None:
        text = text.strip()
        if not text:
            return
        self._write("\n")  # a blank line before every paragraph (after the infobox, or the last one)
        span = self._write(text)
        self._write("\n")
        self.paragraphs.append(Paragraph(span, heading))

    @property
    def text(self) -> str:
        return "".join(self._parts)
