"""Reader for a WebVTT transcript (``.vtt``): a podcast's or a video's captions, an episode about
an operation told aloud (a SubRip ``.srt`` file, see :mod:`warfile.readers.srt`, is read the same way).

The file opens with ``WEBVTT``; ``NOTE`` blocks hold what the producers wrote beside the captions
(the episode's title, its day of publication, a fact file from the show notes); each cue is an
optional number, a timing line ("00:00:22.070 --> 00:00:26.120") and its text, often opening with
a voice tag (``<v Dana Whitfield>``). A sentence runs on across cues. The transcript is written
out as a page: the notes' lines first (the fact file's "Label: value" rows read as the box), then
one paragraph a speaker's turn, the cues' text joined and their tags gone; it is read as a page
copied as plain text. Captions set at the top of the screen (``{\an8}``) are the film's own text (a
title card, a fact graphic): their lines join the notes; sound captions ("[WAVES BREAKING]", "♪ ♪")
and a subtitle site's advertisement are left.
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
# SubRip's and ASS's override tags: "{\an8}" sets a caption at the top of the screen (on-screen
# text: a title card, a fact graphic), "{\i1}" italics.
_OVERRIDE = re.compile(r"\{\\[^{}]*\}")
_ON_SCREEN = re.compile(r"^\s*\{\\an[789]\}")
_SOUND_ONLY = re.compile(r"\s*(?:\[[^\]]*\]|\([A-Z][A-Z ]+\)|[♪♫#\s])*\s*")
_ADVERT = re.compile(r"OpenSubtitles|Advertise your product|subtitles by|synced (?:and|&) corrected", re.IGNORECASE)
# An on-screen line naming an operation: a film's title card.
_TITLE_CARD = re.compile(r"^(?:The )?(?:Battle|Siege|Sack|Fall|Storming|Capture|Relief|Raid|Operation|Campaign|Offensive)"
                         r"\b(?: (?:of|on|at|for))? [A-Z][^:]{1,60}$")
_TAG = re.compile(r"</?[a-z](?:[\w.-]*)(?:\s[^>]*)?>|<\d{2}:[\d:.]+>")


def score(text: str) -> float:
    return 1.0 if _HEADER.match(text) else 0.0


# A pause this long (seconds) between spoken cues ends a paragraph: a narration with no speakers'
# turns (a documentary's subtitles) falls into its passages.
_PAUSE = 1.5
_CLOCK = re.compile(r"(?:(\d+):)?(\d{2}):(\d{2})[.,](\d{3})")


def _times(timing: str) -> tuple[float, float]:
    """A timing line's start and end, in seconds."""
    found = [(int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000) for h, m, s, ms in _CLOCK.findall(timing)]
    return (found[0], found[1]) if len(found) >= 2 else (0.0, 0.0)


def page_text(text: str) -> str:
    """The transcript as a page: the notes' lines, then a paragraph per speaker's turn."""
    notes: list[str] = []
    turns: list[tuple[str, list[str]]] = []
    last_end = 0.0  # where the last spoken cue ended, in seconds: a pause between cues ends a paragraph
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
        if _ON_SCREEN.match(cue):  # a caption set at the top: the film's own text on screen, a line a row
            notes += [_text.title_cased(_OVERRIDE.sub("", ln).strip()) for ln in lines[timing + 1:]] + [""]
            continue
        cue = _OVERRIDE.sub("", cue)
        if _SOUND_ONLY.fullmatch(cue) or _ADVERT.search(cue):
            continue  # "[WAVES BREAKING]", "♪ ♪", a subtitle site's advertisement
        voice = _VOICE.search(cue)
        speaker = voice[1].strip() if voice else (turns[-1][0] if turns else "")
        words = " ".join(_TAG.sub("", _VOICE.sub("", cue)).split())
        if not words:
            continue
        start, end = _times(lines[timing])
        paused = start - last_end >= _PAUSE
        last_end = end
        if turns and turns[-1][0] == speaker and not paused:
            turns[-1][1].append(words)
        else:
            turns.append((speaker, [words]))
    paragraphs = [" ".join(words) for _, words in turns]
    if (card := next((ln for ln in notes if _TITLE_CARD.match(ln)), None)) and not any(
            ln.lower().startswith(("name:", "title:", "operation:", "battle:")) for ln in notes):
        notes.insert(0, f"Name: {card}")  # the title card naming the operation ("THE BATTLE OF SHIROYAMA")
    return "\n".join(notes).strip() + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _read(text: str) -> Document:
    doc = plain.read(page_text(text))
    return dataclasses.replace(doc, shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
