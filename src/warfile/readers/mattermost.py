"""Reader for a Mattermost bulk export (``mmctl export``'s JSONL: one object a line, ``{"type":
"version"}``, ``"team"``, ``"channel"``, ``"user"``, then ``"post"`` and ``"direct_post"`` lines),
where a researcher pasted an article over several consecutive posts amid the channel's chat.

The posts of the channel holding the most text (a post's thread replies among them) are read in
time order; the article is the run of consecutive posts by one user holding the most text, less
the short chat messages at its ends ("Pasting it now, in four posts"). Its posts are joined as one
Markdown page (blank lines between them, the "(1/4)" part marks dropped) and read in the shape it
was pasted in, as any chat export's article is (:func:`json_record.read_pasted`). The first post's
``create_at`` is the page's published day. The chat around the article, the users, teams and
reactions are not the page.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

from warfile.model import Document
from warfile.readers import _text, json_record

SHAPE = "mattermost"

_SCORE = 0.94
# The substrings a Mattermost export's lines hold (its version line names the server).
_TYPE_MARK = re.compile(r'"type"\s*:\s*"(version|team|channel|user|post|direct_post|direct_channel|emoji|scheme)"')
_POST_WORDS = 80  # a post this long is the article's whatever it holds (a chat message is a few sentences)
# A post that is the page's: it holds Markdown's structure (a heading, a table row, a list item).
_STRUCTURE = re.compile(r"^(?:#{1,6}[ \t]+\S|\|.*\||[ \t]*(?:[-*+]|\d{1,3}\.)[ \t]+\S)", re.MULTILINE)
_PART_MARK = re.compile(r"^[ \t]*(?:[(\[]\d{1,2}\s*/\s*\d{1,2}[)\]]|part \d{1,2} of \d{1,2}:?)[ \t]*\n?",
                        re.MULTILINE | re.IGNORECASE)
_SHORTCODE = re.compile(r"(?<![\w:]):[a-z0-9_+-]{2,40}:(?![\w:])")  # ":calendar:", Mattermost's emoji


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if '"type"' not in head or not head.lstrip().startswith("{") or '"post"' not in text and '"direct_post"' not in text:
        return 0.0
    first = head.lstrip().split("\n", 1)[0]
    kinds = {m.group(1) for m in _TYPE_MARK.finditer(head)}
    if "mattermost" in first or "version" in kinds and kinds & {"team", "channel", "user"}:
        return _SCORE
    return 0.0


def _records(text: str) -> list[dict]:
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            out.append(record)
    return out


def _stamp(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _posts(records: list[dict]) -> dict[tuple, list[dict]]:
    """Each channel's posts (their thread replies among them), each {"user", "message", "at"}."""
    channels: dict[tuple, list[dict]] = {}
    for record in records:
        kind = record.get("type")
        post = record.get(kind) if kind in ("post", "direct_post") else None
        if not isinstance(post, dict):
            continue
        if kind == "post":
            where: tuple = ("post", str(post.get("team") or ""), str(post.get("channel") or ""))
        else:
            members = post.get("channel_members") or post.get("members") or []
            where = ("direct",) + tuple(sorted(str(m) for m in members if isinstance(m, str)))
        found = channels.setdefault(where, [])
        for p in [post] + [r for r in post.get("replies") or [] if isinstance(r, dict)]:
            message = p.get("message")
            if isinstance(message, str) and message.strip():
                found.append({"user": str(p.get("user") or ""), "message": message, "at": _stamp(p.get("create_at"))})
    return channels


def _words(post: dict) -> int:
    return len(post["message"].split())


def _is_page(post: dict) -> bool:
    return _words(post) >= _POST_WORDS or bool(_STRUCTURE.search(post["message"])) \
        or bool(_PART_MARK.match(post["message"]))


def article(posts: list[dict]) -> list[dict]:
    """The run of consecutive posts by one user holding the most text (posts in time order), less
    the chat messages at its ends; [] when no run holds a page's post."""
    runs: list[list[dict]] = []
    for post in posts:
        if runs and runs[-1][-1]["user"] == post["user"]:
            runs[-1].append(post)
        else:
            runs.append([post])
    runs = [r for r in runs if any(_is_page(p) for p in r)]
    if not runs:
        return []
    run = max(runs, key=lambda r: sum(len(p["message"]) for p in r))
    first = next(i for i, p in enumerate(run) if _is_page(p))
    last = max(i for i, p in enumerate(run) if _is_page(p))
    return run[first:last + 1]


def markdown_page(posts: list[dict]) -> str:
    """The article's posts as one Markdown page: blank lines between them, part marks and emoji
    shortcodes dropped."""
    return "\n\n".join(_SHORTCODE.sub("", _PART_MARK.sub("", p["message"], count=1)).strip() for p in posts) + "\n"


def _read(text: str) -> Document:
    channels = _posts(_records(text))
    if not channels:
        return Document(text=text, shape=SHAPE, warnings=("a Mattermost export with no posts",))
    posts = sorted(max(channels.values(), key=lambda ps: sum(len(p["message"]) for p in ps)), key=lambda p: p["at"])
    found = article(posts)
    if not found:
        return Document(text="\n\n".join(p["message"] for p in posts), shape=SHAPE,
                        warnings=("a Mattermost export with no post long enough to be an article",))
    doc = json_record.read_pasted(markdown_page(found), f"a Mattermost export: the article pasted in {len(found)} post(s)",
                                  SHAPE)
    if found[0]["at"] > 0 and not any(k == "published" for k, _ in doc.meta):
        day = dt.datetime.fromtimestamp(found[0]["at"] / 1000, tz=dt.timezone.utc).date().isoformat()
        doc = dataclasses.replace(doc, meta=doc.meta + (("published", day),))
    return doc


read = _text.never_raising(SHAPE, _read)
