"""Reader for a WebVTT transcript (``.vtt``): a podcast's or a video's captions, an episode about
an operation told aloud.

The file opens with ``WEBVTT``; ``NOTE`` blocks hold what the producers wrote beside the captions
(the episode's title, its day of publication, a fact file from the show notes); each cue is an
optional number, a timing line ("00:00:22.070 --> 00:00:26.120") and its text, often opening with
a voice tag (``<v Dana Whitfield>``). A sentence runs on across cues. The transcript is written
out as a page: the notes' lines first (the fact file's "Label: value" rows read as the box), then
one paragraph a speaker's turn, the cues' text joined and their tags gone; it is read as a page
copied as plain text.
"""
from __future__ import annotations

import dataclasses
import re

from warfile.model import Document
from warfile.readers import _text, plain

SHAPE = "webvtt"

_HEADER = re.compile(r"\A\ufeff?WEBVTT\b")
_TIMING = re.compile(r"^\s*(?:\d+:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d+:)?\d{2}:\d{2}[.,]\d{3}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]*)>")
_TAG = re.compile(r"</?[a-z](?:[\w.-]*)(?:\s[^>]*)?>|<\d{2}:[\d:.]+>")


def score(text: str) -> float:
    return 1.0 if _HEADER.match(text) else 0.0


def page_text(text: str) -> str:
    """The transcript as a page: the notes' lines, then a paragraph per speaker's turn."""
    notes: list[str] = []
    turns: list[tuple[str, list[str]]] = []
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if not lines or _HEADER.match(lines[0]) and len(lines) == 1:
            continue
        if lines[0].startswith("NOTE"):
            first = lines[0][4:].strip()
            notes += ([first] if first else []) + lines[1:] + [""]
            continue
        timing = next((i for i, ln in enumerate(lines) if _TIMING.match(ln)), None)
        if timing is None:
            continue  # the header's own lines, a STYLE or REGION block
        cue = " ".join(lines[timing + 1:])
        voice = _VOICE.search(cue)
        speaker = voice[1].strip() if voice else (turns[-1][0] if turns else "")
        words = " ".join(_TAG.sub("", _VOICE.sub("", cue)).split())
        if not words:
            continue
        if turns and turns[-1][0] == speaker:
            turns[-1][1].append(words)
        else:
            turns.append((speaker, [words]))
    paragraphs = [" ".join(words) for _, words in turns]
    return "\n".join(notes).strip() + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _read(text: str) -> Document:
    doc = plain.read(page_text(text))
    return dataclasses.replace(doc, shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
