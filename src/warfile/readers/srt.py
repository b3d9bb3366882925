"""Reader for a SubRip subtitle file (``.srt``): a documentary's or a news report's captions as a
subtitle site gives them.

A SubRip file is WebVTT's forerunner: numbered cues, a timing line with a comma before the
milliseconds ("00:00:37,400 --> 00:00:41,200"), the caption's lines, no header. It is read as a
WebVTT transcript is (:func:`warfile.readers.webvtt.page_text`): the film's on-screen text first
(its fact graphics' "Label: value" lines read as the box), then its spoken captions as paragraphs.
"""
from __future__ import annotations

import dataclasses
import re

from warfile.model import Document
from warfile.readers import _text, plain, webvtt

SHAPE = "srt"

_SCORE = 0.94
_FIRST_CUE = re.compile(r"\A\ufeff?\s*\d{1,6}\r?\n\d{2}:\d{2}:\d{2},\d{3}\s+-->\s+\d{2}:\d{2}:\d{2},\d{3}")


def score(text: str) -> float:
    return _SCORE if _FIRST_CUE.match(text[:200]) else 0.0


def _read(text: str) -> Document:
    return dataclasses.replace(plain.read(webvtt.page_text(text)), shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
