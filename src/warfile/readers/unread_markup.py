"""Wikitext with its references and comments cut out before mwparserfromhell builds a tree.

The MediaWiki reader drops every ``<ref>...</ref>`` and ``<!-- comment -->`` when rendering, yet
real Wikipedia pages carry most of their bytes in ``<ref>{{cite web |...}}</ref>`` and the parser's
Python tree builder spends most of its time on them. Cutting them out of the text first gives the
reader the same document for a fraction of the parsing.

Only markup whose extent is certain is cut: a comment closed by ``-->``, a self-closing
``<ref .../>`` or ``<references/>``, and a ``<ref ...>...</ref>`` holding no other ``<ref`` or
comment whose ``{{ }}``, ``[[ ]]`` and closing tags pair up (otherwise the parser reads on past the
``</ref>`` or takes the reference as text). A piece is cut only where the text on its two sides
cannot join into other markup (:func:`_joins_safely`); otherwise it stays for the parser.

A page is returned unchanged, for the parser to read whole, when anything is uncertain: its
``{{ }}`` or ``[[ ]]`` do not pair up (where the parser's recovery from broken markup goes depends
on where every tag is), a ``<ref``, ``</ref>`` or ``<!--`` is left that the patterns could not take
whole (``<references>`` with content among them), or it has a tag whose content the parser keeps
as text, such as ``<nowiki>``, where a ``<ref>`` is no reference.

The reader may add the templates it drops (``{{efn|...}}``, ``{{flagicon|...}}``) with
:func:`cuttable`: a leaf template, its arguments plain text, is cut under the same rules.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from mwparserfromhell.definitions import PARSER_BLACKLIST

# A tag's attributes: nothing that could open or close another tag.
_ATTRS = r"(?:\s[^<>]*?)?"
# The end of an opening tag, its attributes not ending in "/" (that would be self-closing).
_OPEN_END = r"(?<![/\s])\s*>"
_REFS_AND_COMMENTS = (
    r"<!--.*?-->"
    r"|<ref(?:erences)?" + _ATTRS + r"/\s*>"
    r"|<ref" + _ATTRS + _OPEN_END
    + r"(?P<content>[^<]*(?:<(?!/?ref[\s/>]|!--)[^<]*)*?)</ref\s*>"
)
_CUTTABLE = re.compile(_REFS_AND_COMMENTS, re.IGNORECASE | re.DOTALL)
# A reference or comment the pattern above could not take whole.
_STRAY = re.compile(r"</?ref(?:erences)?[\s/>]|<!--", re.IGNORECASE)
# A bare URL running up to a piece: the parser reads the piece (a template) as part of the link, so
# cutting it would change where the link ends ("http://x.org/a{{efn|…}}." keeps its full stop only
# once the note is gone).
_URL_BEFORE = re.compile(r"://[^\s\[\]<>\"]*$")
# Tags whose content the parser keeps as text, opened with content to follow.
_UNPARSED_CONTENT = re.compile(
    r"<(?:" + "|".join(map(re.escape, PARSER_BLACKLIST)) + r")" + _ATTRS + _OPEN_END, re.IGNORECASE)
_CLOSING_TAG = re.compile(r"</(\w+)")

# Characters after which, or before which, nothing joins into other markup (see _joins_safely).
_INERT_BEFORE = frozenset(".,?)\" \t")
_INERT_AFTER = frozenset(".,?)")
# Characters that open a list item at the start of a line; a run of them is one marker.
_LIST_MARKERS = frozenset("*#:;")
# A word the following text would continue: a free URL (it runs on through templates and
# comments) or an HTML entity.
_OPEN_WORD = re.compile(r"(?:[a-z][a-z0-9+.-]*:[^\s\[\]\"]*|&#?\w*)\Z", re.IGNORECASE)
# A template's name or a link's target being written: the parser takes no tags there, so cutting
# one would turn text into a template or link.
_OPEN_NAME = re.compile(r"(?:\{\{|\[\[)[^|{}\[\]]*\Z")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# An innermost complete template or link.
_CLOSED_PAIR = re.compile(r"\{\{[^{}]*\}\}|\[\[[^\[\]]*\]\]")
# How much of the text kept so far _joins_safely is shown.
_TAIL = 200


def _joins_safely(before: str, after: str, after_next: str = "") -> bool:
    """Whether the text ending in ``before`` and the text starting with ``after`` parse as they did
    with a dropped piece between them.

    ``before`` is the end of the text kept so far ("" at the page's start), ``after`` the next
    character ("" at the page's end) and ``after_next`` the one after it. They must not meet as one
    token (two apostrophe runs, "{" and "{", "*" and ";", a URL or "&amp" running on), nor may
    ``after`` come to start a line ("*", "==" there are list items and headings), nor a reference
    alone on its line leave a blank line (the unclosed-infobox repair reads blank lines).
    """
    last = before[-1:]
    line_start = last in ("", "\n")
    if _ends_in_open_token(before):
        return False
    if after in ("", "\n", " ", "\t"):
        return not line_start and last != "="
    if after in ";:":
        return not line_start and last not in _LIST_MARKERS
    if after == "<":  # a tag or comment (a "<" before other text might join it as one)
        return last != "<" and (after_next.isalpha() or after_next in ("/", "!"))
    if after in "|}]":  # the end of a template argument or link text ("{|", "|}", "||" are tables)
        return last.isalnum() or last in _INERT_BEFORE
    return last in _INERT_BEFORE or after in _INERT_AFTER


def _ends_in_open_token(before: str) -> bool:
    """Whether ``before`` ends inside a URL, entity, template name or link target (kept comments
    and complete templates and links set aside: a URL runs on through them, a name may hold them)."""
    before = _COMMENT.sub("", before)
    if before and not before[-1].isspace() and _OPEN_WORD.search(before.rsplit(None, 1)[-1]):
        return True
    while True:
        flat = _CLOSED_PAIR.sub("", before)
        if flat == before:
            break
        before = flat
    opener = max(before.rfind("{{"), before.rfind("[["))
    return opener >= 0 and _OPEN_NAME.match(before, opener) is not None


def _brackets_pair_up(text: str) -> bool:
    return text.count("{{") == text.count("}}") and text.count("[[") == text.count("]]")


def _content_pairs_up(content: str) -> bool:
    """Whether a reference's templates and links pair up and it closes only tags it opened."""
    if not _brackets_pair_up(content):
        return False
    return all(len(re.findall(rf"<{name}[\s/>]", content, re.IGNORECASE))
               >= len(re.findall(rf"</{name}\s*>", content, re.IGNORECASE))
               for name in set(_CLOSING_TAG.findall(content)))


def cuttable(dropped_templates: Iterable[str]) -> re.Pattern[str]:
    """References, comments and the given templates (names as ``_tname`` gives them: lower case,
    single spaces) where their arguments hold no template, tag or apostrophe (a bold name inside
    one would be found by the title search)."""
    names = sorted((re.escape(n).replace(r"\ ", r"[\s_]+") for n in dropped_templates), key=len, reverse=True)
    templates = r"\{\{\s*(?:" + "|".join(names) + r")\s*(?:\|[^{}<>']*)?\}\}"
    return re.compile(_REFS_AND_COMMENTS + "|" + templates, re.IGNORECASE | re.DOTALL)


def cut_unread_markup(text: str, pattern: re.Pattern[str] = _CUTTABLE) -> str:
    """The text without the pieces of ``pattern`` it can safely lose, or the text itself.

    ``pattern`` is :data:`_CUTTABLE` (references and comments) or one :func:`cuttable` built.
    """
    if "<" not in text or not _brackets_pair_up(text) or _UNPARSED_CONTENT.search(text):
        return text
    kept: list[str] = []
    last = 0  # end of the text already kept
    run_start = None  # start of the current run of adjacent cuttable pieces
    for m in pattern.finditer(text):
        content = m["content"]
        if content is not None and not _content_pairs_up(content):
            return text
        if run_start is not None and m.start() == last:
            last = m.end()
            continue
        if run_start is not None:
            _keep_or_cut_run(text, kept, run_start, last)
        gap = text[last:m.start()]
        if _STRAY.search(gap) or _URL_BEFORE.search(text, max(0, m.start() - 300), m.start()):
            return text
        kept.append(gap)
        run_start, last = m.start(), m.end()
    if run_start is None:
        return text
    _keep_or_cut_run(text, kept, run_start, last)
    rest = text[last:]
    if _STRAY.search(rest):
        return text
    kept.append(rest)
    return "".join(kept)


def _keep_or_cut_run(text: str, kept: list[str], start: int, end: int) -> None:
    """Append the run of cuttable pieces text[start:end] to ``kept`` unless it can be cut."""
    before = "".join(kept[-4:])[-_TAIL:]
    if not _joins_safely(before, text[end:end + 1], text[end + 1:end + 2]):
        kept.append(text[start:end])
