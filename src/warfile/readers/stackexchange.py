"""Reader for a Stack Exchange data dump's ``Posts.xml`` (archive.org's stackexchange dump): one
``<row Id=… PostTypeId=… Body="…escaped HTML…" … />`` per post under ``<posts>``.

A question (``PostTypeId="1"``, with its ``Title``) and its answers (``PostTypeId="2"``, with its
``ParentId``) are one thread; the thread holding the most text is read as a page: the question's
title its ``<title>`` and ``<h1>``, the question's body, then each answer's body (the accepted one
first, then by score) under its own heading ("Answer by user 18870", or "Answer"). The bodies are
HTML already and are kept as they are (an answer's fact box is its ``<table>``). The question's
``CreationDate`` is the page's published day (a ``<meta name="date">``, as a news page gives it).
Comments, votes, tags and other post types (tag wikis, moderator nominations) are left out.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "stackexchange"

_MAX_SCORE = 0.94
_ROW = re.compile(r"<row\b((?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*/?>")
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_DAY = re.compile(r"^\s*(\d{4}-\d\d-\d\d)")
_QUESTION, _ANSWER = "1", "2"


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if "<row" not in head or "PostTypeId=" not in head:
        return 0.0
    if "<posts" in head or "Body=" in head:
        return _MAX_SCORE
    return 0.5


def _posts(text: str) -> list[dict[str, str]]:
    """Each row's attributes, their entities decoded."""
    out = []
    for row in _ROW.finditer(text):
        out.append({m.group(1): html_escape.unescape(m.group(2) if m.group(2) is not None else m.group(3))
                    for m in _ATTRIBUTE.finditer(row.group(1))})
    return out


def _number(value: str | None) -> int:
    try:
        return int(value or "0")
    except ValueError:
        return 0


def _thread(posts: list[dict[str, str]]) -> tuple[dict[str, str] | None, list[dict[str, str]]]:
    """The question whose thread holds the most text, and its answers (accepted first, then by score)."""
    questions = {p.get("Id", ""): p for p in posts if p.get("PostTypeId") == _QUESTION}
    answers: dict[str, list[dict[str, str]]] = {}
    for p in posts:
        if p.get("PostTypeId") == _ANSWER:
            answers.setdefault(p.get("ParentId", ""), []).append(p)
    threads = set(questions) | set(answers)
    if not threads:
        return None, []

    def size(key: str) -> int:
        return len((questions.get(key) or {}).get("Body", "")) + sum(len(a.get("Body", "")) for a in answers.get(key, []))

    best = max(threads, key=size)
    question = questions.get(best)
    accepted = (question or {}).get("AcceptedAnswerId")
    ordered = sorted(answers.get(best, []), key=lambda a: (a.get("Id") != accepted, -_number(a.get("Score")),
                                                          a.get("CreationDate", "")))
    return question, ordered


def _author(post: dict[str, str]) -> str:
    if name := (post.get("OwnerDisplayName") or "").strip():
        return f"Answer by {html_escape.escape(name)}"
    if user := (post.get("OwnerUserId") or "").strip():
        return f"Answer by user {html_escape.escape(user)}"
    return "Answer"


def html_page(text: str) -> str:
    """The thread as the HTML page it stands for."""
    question, answers = _thread(_posts(text))
    title = html_escape.escape((question or {}).get("Title", "").strip(), quote=False)
    day = _DAY.match((question or (answers[0] if answers else {})).get("CreationDate", ""))
    head = (f"<title>{title}</title>" if title else "") + (f'<meta name="date" content="{day.group(1)}">' if day else "")
    blocks = [f"<h1>{title}</h1>"] if title else []
    if question is not None:
        blocks.append(f'<div class="question">{question.get("Body", "")}</div>')
    for answer in answers:
        blocks.append(f'<h2>{_author(answer)}</h2><div class="answer">{answer.get("Body", "")}</div>')
    return f"<html><head>{head}</head><body>{''.join(blocks)}</body></html>"


def _read(text: str) -> Document:
    if score(text) == 0.0 and "<row" not in text:
        return Document(text="", shape=SHAPE, warnings=("no Stack Exchange posts found",))
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
