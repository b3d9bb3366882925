"""Reader for a page saved as a JSON record by a scraping library or an API client: wptools'
``page.data``, a MediaWiki API ``parse`` answer, a crawler's ``{"title": …, "text": …}`` line.

Such a record holds the page in pieces: the infobox as a mapping of the template's parameters
(their values still wikitext), the prose as a text extract (plain, or markdown as wptools writes
it), or the whole page's wikitext. The pieces are found by what they hold, whatever the keys are
named: the mapping with most infobox labels among its keys, a string holding an ``{{Infobox``,
the longest string that reads as prose. They are written back as one wikitext page (the
template, the record's aliases as ``othername``, the prose with markdown headings and emphasis
as wikitext) and read by the MediaWiki reader, so ``Document.text`` is that reader's clean text.

Two kinds of record hold a page as text instead: a chat export (Slack, Telegram, Discord), whose long
messages are the article an analyst pasted (:func:`chat_paste`), and a note app's record (Google
Keep), whose one long string is the page (:func:`_pasted_text`). That text is read in the shape it
has, detected as any document's is. A table row whose cell holds a box as JSON (a scraper's CSV)
is written as one wikitext page too (:func:`boxed_wikitext`).
"""
from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import html as html_escape
import json
import re
from collections.abc import Iterator
from functools import lru_cache

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, html, markdown_frontmatter, mediawiki
from warfile.readers.labels import field_for_label

SHAPE = "json"

_OPENING = re.compile(r"\A\ufeff?\s*[\[{]|\Awindow\.YTD\.\w+\.part\d+\s*=\s*\[")
# Keys a record names its parts with; only cues for score(), the parts are found by content.
_PART_KEYS = re.compile(r'"(?:infobox|wikitext|extract|extext|text|content|body|parse|sections|cells|outputs)"\s*:')
_INFOBOX = re.compile(r"\{\{\s*Infobox", re.IGNORECASE)
_MIN_LABELS = 3  # infobox labels a mapping's keys must name to be the box
_LEAD_BLOCKS = 3  # blocks of a string searched for prose (a printed page opens with its title)

_MD_HEADING = re.compile(r"^(#{1,5})\s+(.+?)\s*#*\s*$", re.MULTILINE)
_MD_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_MD_ITALIC = re.compile(r"(?<![\w*])[_*](?=\S)([^_*\n]+?)(?<=\S)[_*](?![\w*])")


@lru_cache(maxsize=2)
def _loaded(text: str) -> object:
    """The parsed JSON, kept for the reader right after detection parsed it (never mutated); a Twitter
    archive's file ("window.YTD.tweets.part0 = [ … ]") its array."""
    if text.startswith("window.YTD."):
        text = _ARCHIVE_ASSIGNMENT.sub("", text, count=1)
    return json.loads(text)


# A Twitter (X) archive's data file assigns its array to a variable: "window.YTD.tweets.part0 = [".
_ARCHIVE_ASSIGNMENT = re.compile(r"\Awindow\.YTD\.\w+\.part\d+\s*=\s*")


def score(text: str) -> float:
    if not _OPENING.match(text):
        return 0.0
    try:
        record = _loaded(text)
    except ValueError:
        return 0.0
    if _PART_KEYS.search(text[:20000]) or _pasted_text(record) or text.startswith("window.YTD."):
        return 0.95
    return 0.0


def _walk(value: object) -> Iterator[tuple[str, object]]:
    """(key, value) of every member of every mapping, depth first; list items under their list's key."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield str(k), v
            yield from _walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v)


def _mappings(value: object) -> Iterator[dict]:
    """Every mapping of the record, itself first, depth first (those in lists too)."""
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _mappings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _mappings(v)


def _labels(mapping: dict) -> int:
    return sum(1 for k in mapping if isinstance(k, str) and field_for_label(k))


def _infobox(record: object) -> dict | None:
    """The mapping whose keys name the most infobox labels (at least _MIN_LABELS)."""
    return max((m for m in _mappings(record) if _labels(m) >= _MIN_LABELS), key=_labels, default=None)


def _strings(record: object) -> list[tuple[str, str]]:
    return [(k, v) for k, v in _walk(record) if isinstance(v, str)]


def _title(record: object) -> str:
    if isinstance(record, dict):
        for key in ("title", "label", "name", "displaytitle"):
            if isinstance(record.get(key), str) and record[key].strip():
                return record[key].strip()
    return ""


def _aliases(record: object) -> list[str]:
    if isinstance(record, dict) and isinstance(record.get("aliases"), list):
        return [a.strip() for a in record["aliases"] if isinstance(a, str) and a.strip()]
    return []


def _prose(strings: list[tuple[str, str]]) -> str:
    """The longest string that reads as running text: the page's extract."""
    texts = [s for _, s in strings if _reads_as_prose(s)]
    return max(texts, key=len, default="")


def _reads_as_prose(s: str) -> bool:
    return any(_text.is_prose(p) for p in s.split("\n\n")[:_LEAD_BLOCKS])


def _sections(record: object) -> str:
    """A scraper's list of sections (mappings each holding a heading and its text: "sections":
    [{"heading": "Battle", "text": "…"}, …]) as one text, in order, each under its heading written
    as wikitext; the longest such list, "" when the record holds none."""
    best = ""
    for _, value in _walk(record):
        if not (isinstance(value, list) and len(value) >= 2 and all(isinstance(m, dict) for m in value)):
            continue
        parts = []
        for m in value:
            body = max((v for v in m.values() if isinstance(v, str) and _reads_as_prose(v)), key=len, default="")
            heading = next((m[k].strip() for k in _HEADING_KEYS if isinstance(m.get(k), str) and m[k].strip()), None)
            if body:
                parts.append((f"== {heading} ==\n\n" if heading else "") + body)
        if len(parts) >= 2 and sum(map(len, parts)) > len(best):
            best = "\n\n".join(parts)
    return best


_HEADING_KEYS = ("heading", "title", "line", "name", "section")


def _as_wikitext(prose: str) -> str:
    """Markdown's headings and emphasis (wptools' extracts) as wikitext; plain text is unchanged."""
    prose = _MD_HEADING.sub(lambda m: f"{'=' * (len(m[1]) + 1)} {m[2]} {'=' * (len(m[1]) + 1)}", prose)
    return _MD_ITALIC.sub(r"''\1''", _MD_BOLD.sub(r"'''\1'''", prose))


def as_wikitext(record: object, box: dict | None = None) -> str:
    """The record's pieces written back as one wikitext page (see the module doc); ``box``, when
    given, is the mapping of its infobox."""
    strings = _strings(record)
    whole = max((s for _, s in strings if _INFOBOX.search(s)), key=len, default="")
    if whole:
        return whole
    box = box or _infobox(record) or {}
    rows = {str(k): "<br />".join(map(str, v)) if isinstance(v, list) else v for k, v in box.items()
            if isinstance(v, (str, int, float)) or isinstance(v, list) and all(isinstance(x, (str, int)) for x in v)}
    if not any(field_for_label(k) == ("name", None) for k in rows) and _title(record):
        rows = {"conflict": _title(record), **rows}
    if (aliases := _aliases(record)) and not any(field_for_label(k) == ("aliases", None) for k in rows):
        rows["othername"] = "<br />".join(aliases)
    template = "{{Infobox military conflict\n" + "".join(f"| {k} = {v}\n" for k, v in rows.items()) + "}}\n"
    return (template if rows else "") + "\n" + _as_wikitext(_sections(record) or _prose(strings))


def boxed_wikitext(cells: dict[str, str]) -> str:
    """A table row whose cell holds a page's box (a mapping of infobox labels, written as JSON or
    as a printed Python mapping, or a string holding an ``{{Infobox``) written as one wikitext page
    with the row's other cells (:func:`as_wikitext`); "" when no cell holds a box. The row's own
    column names are not taken for the box's labels."""
    record = {k: _unfolded(v) for k, v in cells.items()}
    boxes = [v for v in record.values() if isinstance(v, dict) and _infobox(v) is not None]
    if boxes:
        return as_wikitext(record, box=_infobox(boxes[0]))
    if any(isinstance(v, str) and _INFOBOX.search(v) for v in record.values()):
        return as_wikitext(record)
    return ""


def _unfolded(value: object) -> object:
    """The record with a notebook's or a crawler's lists of lines joined into one string, and a
    string that is a printed Python mapping ("{'conflict': 'Battle of Chamdo', …}") as that mapping."""
    if isinstance(value, dict):
        return {k: _unfolded(v) for k, v in value.items()}
    if isinstance(value, list):
        if value and all(isinstance(v, str) for v in value) and any(v.endswith("\n") for v in value):
            return _unfolded("".join(value))
        return [_unfolded(v) for v in value]
    if isinstance(value, str) and value.lstrip().startswith("{") and value.rstrip().endswith("}"):
        try:
            found = ast.literal_eval(value.strip())
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            try:  # JSON's true, false and null are no Python
                found = json.loads(value)
            except ValueError:
                return value
        return _unfolded(found) if isinstance(found, dict) else value
    return value


_HTML = re.compile(r"<(?:p|table|div|h[2-6])\b", re.IGNORECASE)


def html_page(record: object) -> str:
    """The page a record holds as HTML pieces (a REST API's sections: each a mapping with its
    heading and its HTML), in order, as one HTML page; "" when it holds none."""
    parts: list[str] = []
    for m in _mappings(record):
        body = next((v for v in m.values() if isinstance(v, str) and _HTML.search(v)), None)
        if body is None:
            continue
        heading = next((m[k] for k in ("line", "heading", "title") if isinstance(m.get(k), str)), None)
        parts.append((f"<h2>{heading}</h2>" if heading else "") + body)
    if not parts:
        return ""
    title = _title(record) or next((v for k, v in _walk(record) if k in ("displaytitle", "normalizedtitle")
                                    and isinstance(v, str)), "")
    return f"<html><body><h1>{title}</h1>" + "".join(parts) + "</body></html>"


# Wikimedia Enterprise's "structured contents": "infoboxes" and "sections" as trees of parts
# ({"type": "section" | "field" | "paragraph", "name", "value", "values", "has_parts"}).
_PARAMETERS = {"name": "conflict", "aliases": "othername", "part_of": "partof", "date": "date", "place": "place",
               "result": "result", "belligerents": "combatant", "supporters": "combatant{}_supported_by",
               "commanders": "commander", "units": "units", "strength": "strength", "casualties": "casualties",
               "civilian_casualties": "casualties3"}


def _part_value(part: dict) -> str:
    values = part.get("values")
    if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
        return "<br />".join(values)
    return str(part.get("value") or "")


def _box_rows(box: dict) -> list[tuple[str, str]]:
    """The infobox parameters of a structured infobox: a field named by its label ("Date"), or a
    field of a section named by one ("Belligerents"), each field of such a section one side's."""
    rows: list[tuple[str, str]] = []
    for section in box.get("has_parts") or []:
        if not isinstance(section, dict):
            continue
        found = field_for_label(str(section.get("name") or ""))
        fields = [f for f in section.get("has_parts") or [] if isinstance(f, dict) and f.get("type") == "field"]
        for side, f in enumerate(fields, 1):
            key = found[0] if found else (field_for_label(str(f.get("name") or "")) or (None,))[0]
            param = _PARAMETERS.get(key or "")
            if not param:
                continue
            value = _PART_OF_LABEL.sub("", _part_value(f)) if key == "part_of" else _part_value(f)
            rows.append((param + (str(side) if found and key in SIDE_KEYS else "") if "{}" not in param
                         else param.format(side), value))
    return rows


_PART_OF_LABEL = re.compile(r"^\s*Part of\s+", re.IGNORECASE)


def _section_text(section: dict, level: int) -> list[str]:
    out = []
    name = section.get("name")
    if isinstance(name, str) and name and name.casefold() != "abstract":
        out.append(f"{'=' * level} {name} {'=' * level}")
    for part in section.get("has_parts") or []:
        if not isinstance(part, dict):
            continue
        if part.get("type") == "paragraph" and isinstance(part.get("value"), str):
            out.append(part["value"])
        elif part.get("type") == "section":
            out += _section_text(part, level + 1)
    return out


def _lines(value: object) -> object:
    """A notebook's text, which it may store as a list of lines, as one string."""
    return "".join(value) if isinstance(value, list) and all(isinstance(v, str) for v in value) else value


def notebook_markdown(record: object) -> str:
    """A Jupyter notebook as one markdown page: its markdown cells, and the HTML its code cells
    showed (a DataFrame of the infobox from ``pandas.read_html``); "" when the record is none or
    shows no table (its text is then read as any record's: printed mappings, streamed text)."""
    cells = record.get("cells") if isinstance(record, dict) else None
    if not isinstance(cells, list) or not any(isinstance(c, dict) and "cell_type" in c for c in cells):
        return ""
    parts: list[str] = []
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        if cell.get("cell_type") == "markdown" and isinstance(source := _lines(cell.get("source")), str):
            parts.append(source.strip())
        for output in cell.get("outputs") or [] if cell.get("cell_type") == "code" else []:
            shown = _lines((output.get("data") or {}).get("text/html")) if isinstance(output, dict) else None
            if isinstance(shown, str) and "<table" in shown:
                parts.append(shown.strip())
    if not any(p.startswith("<") and "<table" in p for p in parts):
        return ""
    return "\n\n".join(p for p in parts if p) + "\n"


def structured_wikitext(record: object) -> str:
    """A Wikimedia Enterprise structured-contents record written as one wikitext page; "" when the
    record is none."""
    if not isinstance(record, dict) or not isinstance(record.get("sections"), list):
        return ""
    boxes = [b for b in record.get("infoboxes") or [] if isinstance(b, dict)]
    rows = [row for b in boxes for row in _box_rows(b)]
    if isinstance(record.get("name"), str) and not any(p == "conflict" for p, _ in rows):
        rows.insert(0, ("conflict", record["name"]))
    template = "{{Infobox military conflict\n" + "".join(f"| {k} = {v}\n" for k, v in rows) + "}}\n" if rows else ""
    prose = [line for sec in record["sections"] if isinstance(sec, dict) for line in _section_text(sec, 2)]
    return template + "\n" + "\n\n".join(prose) if prose else ""


# A chat export (Slack's day files, Telegram Desktop's result.json, Discord exporters): a list of
# messages, each a mapping with its text and who wrote it. An analyst pastes an article into one
# message or several; the replies discussing it are short.
_MESSAGE_TEXT = ("text", "content")
_MESSAGE_AUTHOR = ("user", "from", "from_id", "author", "user_name", "username", "sender")
_PASTE_WORDS = 80  # a message this long is the article's (a reply is a few sentences)
_PASTE_ROWS = 3  # … or one holding this many box rows (a fact file sent on its own)
_SLACK_LINK = re.compile(r"<(?:https?://|mailto:)[^|>]*\|([^>]*)>|<((?:https?://|mailto:)[^>]*)>|<[@#!][^>]*>")
_SLACK_BOLD_LINE = re.compile(r"^(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1[ \t]*$", re.MULTILINE)
_CHAT_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
# A paste split over messages ("(1/4)", "[2/3]", "part 2 of 4") and the code fences a chat shows a
# pasted table in: layout of the chat, not of the page.
_PART_MARK = re.compile(r"^[ \t]*(?:[(\[]\d{1,2}\s*/\s*\d{1,2}[)\]]|part \d{1,2} of \d{1,2}:?)[ \t]*$|^[ \t]*```\w*[ \t]*$",
                        re.MULTILINE | re.IGNORECASE)


def _message_text(message: dict) -> str:
    for key in _MESSAGE_TEXT:
        value = message.get(key)
        if isinstance(value, list):  # Telegram: plain strings and entities ({"type": "bold", "text": …})
            value = "".join(v if isinstance(v, str) else str(v.get("text", "")) for v in value
                            if isinstance(v, (str, dict)))
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _chat_messages(record: object) -> list[dict] | None:
    messages = record.get("messages") if isinstance(record, dict) else record
    if not isinstance(messages, list) or len(messages) < 2 or not all(isinstance(m, dict) for m in messages):
        return None
    authored = sum(1 for m in messages if any(k in m for k in _MESSAGE_AUTHOR) and _message_text(m))
    return messages if authored >= len(messages) / 2 else None


def chat_paste(record: object) -> tuple[str, int]:
    """The article an analyst pasted into a chat export, and how many messages hold it: the long
    messages (and those holding box rows), in order, joined, with the chat's markup undone
    (``&amp;``, ``<url|label>`` links, a bold headline's stars); ("", 0) for no chat export."""
    messages = _chat_messages(record)
    if messages is None:
        return "", 0
    parts = []
    for m in messages:
        text = _message_text(m)
        rows = sum(1 for line in text.splitlines() if _text.inline_label(line.strip()) or _text.section_key(line)
                   or _text.labelled_pieces(line.strip()))
        if len(text.split()) >= _PASTE_WORDS or rows >= _PASTE_ROWS:
            parts.append(text)
    if not parts:
        return "", 0
    pasted = "\n\n".join(parts)
    pasted = _SLACK_LINK.sub(lambda m: m[1] or m[2] or "", pasted)
    pasted = _SLACK_BOLD_LINE.sub(r"\2", _PART_MARK.sub("", pasted))
    pasted = _CHAT_HEADING.sub(r"\1", pasted)  # Discord's "## Background": a heading line of the page
    return pasted.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"), len(parts)


# A note app's record (Google Keep's Takeout, a clipper's JSON): the page kept as one long string,
# plain or HTML, beside the note's settings. Words a string needs to be the page.
_PAGE_WORDS = 150
_TAGS = re.compile(r"<[^>]+>")


def _pasted_text(record: object) -> str:
    """The longest string of a record that reads as a whole page (the plain one when a note keeps
    the same page as HTML too); "" when none does."""
    pages = [(len(_TAGS.sub(" ", v).split()), "<" not in v, v) for _, v in _strings(record)]
    pages = [p for p in pages if p[0] >= _PAGE_WORDS]
    if not pages:
        return ""
    most = max(n for n, _, _ in pages)
    return max((p for p in pages if p[0] >= 0.8 * most), key=lambda p: (p[1], p[0]))[2]


def read_pasted(pasted: str, note: str, shape: str) -> Document:
    """Text an analyst pasted into a chat or a note, read in the shape it is in (the registry's
    detection tells), recorded as the container's shape with a warning saying what was read."""
    from warfile import readers  # imported here: the registry imports this module

    found, confidence = readers.detect(pasted)
    found = found if confidence >= readers.MIN_CONFIDENCE else "plain"
    doc = readers.READERS[found].read(pasted)
    return dataclasses.replace(doc, shape=shape, warnings=(f"{note}, read as {found}",) + doc.warnings)


def reddit_post(record: object) -> str:
    """A Reddit thread's JSON (the post's Listing, then the comments'): the post's own text
    (``selftext``, markdown) when it is a page long; the comments are replies, not the article."""
    listings = record if isinstance(record, list) else [record]
    for listing in listings:
        if not isinstance(listing, dict) or listing.get("kind") != "Listing":
            continue
        children = (listing.get("data") or {}).get("children") or []
        for child in children:
            if isinstance(child, dict) and child.get("kind") == "t3":
                body = (child.get("data") or {}).get("selftext")
                if isinstance(body, str) and len(body.split()) >= _PAGE_WORDS:
                    return body
    return ""


# An ActivityPub outbox (a Mastodon archive's outbox.json): a thread is a post and the replies under
# it, each a Note whose content is HTML. Its posts, in order, are the article (a reporter's thread, a
# key-facts card among them); a post with no replies of its own is not.
_TOOT_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TOOT_PARAGRAPH = re.compile(r"</p>", re.IGNORECASE)
_THREAD_MARK = re.compile(r"\s*(?:🧵\s*)?\(\d{1,3}\s*/\s*\d{1,3}\)\s*$|^\s*🧵\s*", re.MULTILINE)
_HASHTAGS_ONLY = re.compile(r"^\s*(?:#\w+\s*)+$", re.MULTILINE)
# A fact card's emoji for its rows' labels ("🗓 4 October 2017", "📍 Tongo Tongo, Niger")
_EMOJI_LABELS = (("🗓", "Date"), ("📅", "Date"), ("📍", "Location"), ("⚔", "Belligerents"), ("🏁", "Result"),
                 ("✝", "Casualties and losses"), ("💀", "Casualties and losses"), ("☠", "Casualties and losses"),
                 ("🪖", "Strength"), ("🚁", "Strength"), ("✈", "Strength"), ("🚢", "Strength"), ("❌", "Result"),
                 ("✅", "Result"))
# (an emoji before a label of the line's own, "❌ Outcome: mission aborted", is only its mark)
_EMOJI_LABEL = re.compile("^(" + "|".join(e for e, _ in _EMOJI_LABELS) + ")\ufe0f?" + r"(?!\s*[A-Z][a-z]+:)\s*",
                          re.MULTILINE)
_EMOJI_MARK = re.compile("^(?:" + "|".join(e for e, _ in _EMOJI_LABELS) + ")\ufe0f?" + r"\s*", re.MULTILINE)


def _toot_text(note: dict) -> str:
    """A post's HTML as lines of text: its breaks and paragraphs kept, hashtags and thread marks gone,
    a fact card's emoji as the labels they stand for."""
    text = _TOOT_PARAGRAPH.sub("\n\n", _TOOT_BREAK.sub("\n", note.get("content") or ""))
    text = html_escape.unescape(_TAGS.sub("", text))
    text = _HASHTAGS_ONLY.sub("", _THREAD_MARK.sub("", text))
    return _card_labels(text)


def _card_labels(text: str) -> str:
    """A fact card's emoji as the labels they stand for ("🗓 4 October 2017" -> "Date: 4 October 2017")."""
    labels = dict(_EMOJI_LABELS)
    return _EMOJI_MARK.sub("", _EMOJI_LABEL.sub(lambda m: labels[m.group(1)] + ": ", text)).strip()


# A tweet's own marks: its place in the thread ("3/18", "🧵 1/18"), its shortened links.
_TWEET_MARK = re.compile(r"\s*(?:🧵\s*)?\b\d{1,3}\s*/\s*\d{1,3}\s*$")
_SHORT_LINK = re.compile(r"\s*https?://t\.co/\S+")
_THREAD_WORD = re.compile(r"\s+(?:a )?thread\b[.:]?\s*(?:👇|⬇️?)?$", re.IGNORECASE)  # "… to the south. A thread"
_TWEET_TIME = "%a %b %d %H:%M:%S %z %Y"


def twitter_thread(record: object) -> str:
    """The longest thread of a Twitter (X) archive's tweets (``tweets.js``): an author's tweets each
    replying to the one before, in order, their text unescaped; "" for no archive or no thread."""
    if not isinstance(record, list):
        return ""
    tweets = [item.get("tweet") for item in record if isinstance(item, dict)]
    tweets = [t for t in tweets if isinstance(t, dict) and isinstance(t.get("full_text"), str) and t.get("id_str")]
    by_id = {t["id_str"]: t for t in tweets}

    def root(tweet: dict) -> str:
        seen = set()
        while tweet.get("in_reply_to_status_id_str") in by_id and tweet["id_str"] not in seen:
            seen.add(tweet["id_str"])
            tweet = by_id[tweet["in_reply_to_status_id_str"]]
        return tweet["id_str"]
    threads: dict[str, list[dict]] = {}
    for t in tweets:
        threads.setdefault(root(t), []).append(t)
    threads = {k: v for k, v in threads.items() if len(v) > 1}
    if not threads:
        return ""

    def when(t: dict) -> dt.datetime:
        try:
            return dt.datetime.strptime(str(t.get("created_at")), _TWEET_TIME)
        except ValueError:
            return dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    thread = sorted(max(threads.values(), key=len), key=when)
    author = thread[0].get("user_id_str") or thread[0].get("in_reply_to_user_id_str")
    texts = [_card_labels(_THREAD_WORD.sub("", _TWEET_MARK.sub("", _SHORT_LINK.sub("", html_escape.unescape(t["full_text"])))))
             for t in thread
             if not t["full_text"].startswith("@") or t.get("in_reply_to_user_id_str") == author]
    text = "\n\n".join(x for x in texts if x)
    # a heading over the posts: the flattened page's title is its first line, which is no tweet's
    return f"A thread of {len(texts)} tweets\n\n{text}" if len(text.split()) >= _PAGE_WORDS else ""


def activitypub_thread(record: object) -> str:
    """The longest thread of an ActivityPub outbox, its posts' text in order; "" for no outbox."""
    items = record.get("orderedItems") if isinstance(record, dict) else None
    if not isinstance(items, list):
        return ""
    notes = [item.get("object") if isinstance(item, dict) and item.get("type") == "Create" else item for item in items]
    notes = [n for n in notes if isinstance(n, dict) and n.get("type") == "Note" and isinstance(n.get("content"), str)]
    by_id = {n.get("id"): n for n in notes}

    def root(note: dict) -> object:
        seen = set()
        while note.get("inReplyTo") in by_id and note.get("id") not in seen:
            seen.add(note.get("id"))
            note = by_id[note["inReplyTo"]]
        return note.get("id")
    threads: dict[object, list[dict]] = {}
    for note in notes:
        threads.setdefault(root(note), []).append(note)
    threads = {k: v for k, v in threads.items() if len(v) > 1}
    if not threads:
        return ""
    posts = sorted(max(threads.values(), key=lambda t: sum(len(_toot_text(n).split()) for n in t)),
                   key=lambda n: str(n.get("published") or ""))
    text = "\n\n".join(_toot_text(n) for n in posts)
    return text if len(text.split()) >= _PAGE_WORDS else ""


# Facebook's "Download your information" posts (your_posts_1.json): a list of posts, each
# {"timestamp", "data": [{"post": "…"}], "title", "attachments"}. Facebook writes every non-ASCII
# character as its UTF-8 bytes, each a code point of its own ("â\u0080\u0094" for "—"). A post may
# hold an essay with a fact card: a block of emoji-led lines ("📅 Dates: …", "🇮🇳 India: …") under a
# "BATTLE OF X – KEY FACTS" line. The card is written as the page's infobox, the rest as its prose.
_FB_LEAD = re.compile(r"^[^\w\"'“‘(\[]+")  # a card line's emoji (and their joiners, selectors, flags)
_FB_FLAG = re.compile(r"^\s*[\U0001F1E6-\U0001F1FF]{2}")  # a side's flag: two regional indicator letters
_FB_LABEL = re.compile(r"^(?P<label>[^:\n]{1,40}?)\s*:\s*(?P<value>.*)$")
_FB_NAME_LABELS = ("battle", "operation", "name", "engagement", "siege", "raid", "offensive")
_FB_HEADER_TAIL = re.compile(r"\s*[–—:|-]*\s*(?:key facts|fact ?file|facts|at a glance|in brief|summary)\s*[:.]*\s*$",
                             re.IGNORECASE)
_FB_OPERATION = re.compile(r"\b(?:Battle|Operation|Siege|Raid|Offensive|Campaign|Assault|Attack|Invasion|Ambush)\b")
_FB_TITLE_CHAT = re.compile(r"\b(?:wrote|updated|shared|posted|added|was|is|timeline|feeling)\b")
_FB_HASHTAGS = re.compile(r"(?:\s*#\w+)+\s*$")
_FB_LOSSES = re.compile(r"\b(?:losses|casualties|killed|dead)\b", re.IGNORECASE)
_FB_RANK = (r"(?:Field Marshal|Lt\.? ?Gen\.?|Lieutenant General|Maj\.? ?Gen\.?|Major General|Brig\.? ?Gen\.?|"
            r"Brigadier(?: General)?|Brig\.?|Lt\.? ?Col\.?|Lieutenant Colonel|Col\.?|Colonel|Maj\.?|Major|Gen\.?|"
            r"General|Capt\.?|Captain|Adm\.?|Admiral|Cdr\.?|Commander|Lt\.?|Lieutenant)")
_FB_RANKED = re.compile(_FB_RANK + r"\s+(?:(?:[A-Z]\.\s?){1,3}|[A-Z][\w'’-]+(?:\s(?=[A-Z]))?){1,4}")
_FB_UNDER = re.compile(r"\s*(?:\bunder|\bled by|\bcommanded by)\s+(?=" + _FB_RANK + r")", re.IGNORECASE)
_FB_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)?$")
_FB_MIN_CARD_ROWS = 3


def unmojibaked(value: object) -> object:
    """Facebook's strings as the text they stand for: each string's code points read as the UTF-8
    bytes they are ("Ã©" -> "é"), where they are; mappings and lists throughout."""
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, dict):
        return {k: unmojibaked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unmojibaked(v) for v in value]
    return value


def _facebook_posts(record: object) -> list[dict]:
    """The posts of a Facebook export ([{"timestamp", "data": [{"post"}]}, …], or such a list under a
    key of its own), each as it is; [] for another record."""
    lists = [record] if isinstance(record, list) else [v for v in record.values() if isinstance(v, list)] \
        if isinstance(record, dict) else []
    for posts in lists:
        found = [p for p in posts if isinstance(p, dict) and "timestamp" in p and isinstance(p.get("data"), list)
                 and any(isinstance(d, dict) and isinstance(d.get("post"), str) for d in p["data"])]
        if found:
            return found
    return []


def _post_text(post: dict) -> str:
    return "\n\n".join(d["post"] for d in post["data"] if isinstance(d, dict) and isinstance(d.get("post"), str))


def _card_line(line: str) -> tuple[str | None, str, bool]:
    """A card line's label (None when it has none), value, and whether a flag marks it as a side's."""
    flag = bool(_FB_FLAG.match(line))
    emoji = _FB_LEAD.match(line)
    body = line[emoji.end():].strip() if emoji else line.strip()
    if not flag and (_FB_HEADER_TAIL.search(body) or body.isupper() and ":" not in body):
        return None, body, False  # the card's heading: "BATTLE OF WALONG – KEY FACTS"
    if m := _FB_LABEL.match(body):
        return m["label"].strip(), m["value"].strip(), flag
    labels = dict(_EMOJI_LABELS)
    mark = next((label for e, label in _EMOJI_LABELS if emoji and e in emoji.group(0)), None)
    return (labels.get(mark or "", mark), body, flag) if not flag else (None, body, flag)


def _side_of(label: str, sides: list[str]) -> int | None:
    """The side a label names ("Indian losses" India's, "Chinese" China's), by the words' stems."""
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", label)]
    for i, side in enumerate(sides):
        name = side.split()[0].casefold() if side.split() else ""
        for w in words:
            common = 0
            while common < min(len(w), len(name)) and w[common] == name[common]:
                common += 1
            if common >= 4 or w == name:
                return i
    return None


def _units(value: str) -> list[str]:
    """A side's line as its units: the commanders named in it left out, "–", ";" and "," apart
    ("388th, 389th and 390th Regiments" kept whole)."""
    value = _FB_UNDER.sub(" ", value)
    value = re.sub(r"\(\s*" + _FB_RANKED.pattern + r"[^)]*\)", "", value)
    value = _FB_RANKED.sub("", value)
    out: list[str] = []
    for piece in re.split(r"\s+[–—-]\s+|;|,", value):
        piece = piece.strip(" .")
        if not piece:
            continue
        if out and _FB_ORDINAL.match(out[-1]):
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    return out


def _card(lines: list[str]) -> tuple[str | None, list[tuple[str, list[list[str]]]]]:
    """A fact card's name and its rows as (label, cells), each cell its lines: one cell across the
    box, or one per side."""
    name = None
    rows: list[tuple[str, list[list[str]]]] = []
    sides: list[tuple[str, str]] = []
    per_side: list[tuple[str, str]] = []  # the strength and losses rows, their figures a side's
    for line in lines:
        label, value, flag = _card_line(line)
        if label is None and not flag:
            name = name or _FB_HEADER_TAIL.sub("", value).strip(" –—-:") or None
        elif flag:  # "🇮🇳 India: 11 Infantry Brigade under Brig. …": a side's name, its units and commanders
            sides.append((label or value.split(" ")[0], value))
        elif label.casefold() in _FB_NAME_LABELS:
            name = value or name
        elif _FB_LOSSES.search(label) and (field_for_label(label) or ("casualties",))[0] == "casualties" \
                or (field_for_label(label) or ("",))[0] == "strength":
            per_side.append((label, value))
        else:
            rows.append((label, [[value]]))
    names = [s for s, _ in sides]
    if len(sides) >= 2:
        rows.append(("Belligerents", [[s] for s in names]))
        commanders = [[m.group(0).strip() for m in _FB_RANKED.finditer(v)] for _, v in sides]
        if any(commanders):
            rows.append(("Commanders and leaders", commanders))
        rows.append(("Units involved", [_units(v) for _, v in sides]))
    for label, value in per_side:
        cells: list[list[str]] = [[] for _ in sides]
        pieces = [p.strip() for p in value.split("|")] if "|" in value else [value]
        for piece in pieces:
            side = _side_of(label, names) if len(pieces) == 1 else _side_of(piece.split(" ")[0], names)
            if side is None or len(sides) < 2:
                continue
            if len(pieces) > 1 and " " in piece:
                piece = piece.split(" ", 1)[1]  # "India 2,191 soldiers": the side named, then its figure
            cells[side] += [p.strip() for p in piece.split(";") if p.strip()]
        field = "Strength" if (field_for_label(label) or ("",))[0] == "strength" else "Casualties and losses"
        same = next((r for r in rows if r[0] == field and len(r[1]) == len(cells) > 1), None)
        if same and any(cells):  # "Indian losses", then "Chinese losses": one row, a cell a side
            for mine, theirs in zip(same[1], cells, strict=True):
                mine += theirs
        else:
            rows.append((field, cells if any(cells) else [[value]]))
    return name, rows


def _card_table(rows: list[tuple[str, list[list[str]]]]) -> str:
    """A fact card's rows as the infobox the HTML reader reads: a cell across the box, or one a side."""
    out = []
    for label, cells in rows:
        tds = "".join(("<td colspan=2>" if len(cells) == 1 else "<td>")
                      + "<br>".join(html_escape.escape(x, quote=False) for x in cell) + "</td>" for cell in cells)
        out.append(f"<tr><th>{html_escape.escape(label, quote=False)}</th>{tds}</tr>")
    return '<table class="infobox">' + "".join(out) + "</table>"


def facebook_page(record: object) -> tuple[str, str]:
    """A Facebook export's longest post (an essay, its fact card among its lines) as an HTML page,
    and the day it was posted; ("", "") for no Facebook export or no post a page long."""
    posts = _facebook_posts(record)
    if not posts:
        return "", ""
    post = max(posts, key=lambda p: len(_post_text(p).split()))
    text = unmojibaked(_post_text(post)).replace("\r\n", "\n")
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    card_at = next((i for i, b in enumerate(blocks)
                    if sum(1 for line in b.split("\n") if _FB_LEAD.match(line.strip())) >= _FB_MIN_CARD_ROWS), None)
    name, rows = _card(blocks[card_at].split("\n")) if card_at is not None else (None, [])
    if len(text.split()) < _PASTE_WORDS and len(rows) < _FB_MIN_CARD_ROWS:
        return "", ""
    title = unmojibaked(post.get("title")) if isinstance(post.get("title"), str) else ""
    if not name and _FB_OPERATION.search(title) and not _FB_TITLE_CHAT.search(title):
        name = title.strip()
    name = _text.title_cased(name.strip()) if name else None
    out = [f"<h1>{html_escape.escape(name, quote=False)}</h1>"] if name else []
    if rows:
        out.append(_card_table(rows))
    for i, block in enumerate(blocks):
        if i == card_at:
            continue
        words = _FB_HASHTAGS.sub("", " ".join(line.strip() for line in block.split("\n"))).strip()
        if words:
            out.append(f"<p>{html_escape.escape(words, quote=False)}</p>")
    day = ""
    if isinstance(post.get("timestamp"), int) and post["timestamp"] > 0:
        day = dt.datetime.fromtimestamp(post["timestamp"], tz=dt.timezone.utc).date().isoformat()
    return html.page(html_escape.escape(name, quote=False) if name else None, out), day


def _read(text: str) -> Document:
    try:
        record = _unfolded(_loaded(text))
    except ValueError as e:
        return Document(text=text, shape=SHAPE, warnings=(f"not JSON: {e}",))
    pasted, parts = chat_paste(record)
    note = f"a chat export: the article pasted in {parts} message(s)"
    if not pasted and (post := reddit_post(record)):
        pasted, note = post, "a Reddit post's text"
    if not pasted and (thread := activitypub_thread(record)):
        pasted, note = thread, "a thread of posts (ActivityPub)"
    if not pasted and (thread := twitter_thread(record)):
        pasted, note = thread, "a thread of tweets (a Twitter archive)"
    if not pasted and (page := facebook_page(record))[0]:
        doc = html.read_as(page[0], SHAPE)
        meta = doc.meta + ((("published", page[1]),) if page[1] and all(k != "published" for k, _ in doc.meta) else ())
        return dataclasses.replace(doc, meta=meta, warnings=("a Facebook export: its longest post",) + doc.warnings)
    if not pasted and not _PART_KEYS.search(text[:20000]) and (page := _pasted_text(record)):
        pasted, note = page, "a note's page kept as one string"  # under keys of its own (Google Keep)
    if pasted:
        return read_pasted(pasted, note, SHAPE)
    if structured := structured_wikitext(record):
        return dataclasses.replace(mediawiki.read(structured), shape=SHAPE)
    if notebook := notebook_markdown(record):
        return dataclasses.replace(markdown_frontmatter.read(notebook), shape=SHAPE)
    if not any(_INFOBOX.search(s) for _, s in _strings(record)) and (page := html_page(record)):
        return html.read_as(page, SHAPE)
    return dataclasses.replace(mediawiki.read(as_wikitext(record)), shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
