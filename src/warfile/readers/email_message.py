"""Reader for a page sent or saved as an e-mail (an ``.eml`` file: a browser's "Email page", a
mailing list's copy of an article).

The standard library's ``email`` package parses the message: its headers, its parts, and their
transfer encodings (quoted-printable, base64) and charsets. The page is the message's HTML part
when it has one, else its plain text; that part is read by the reader its own shape calls for
(detected as any document is), and the document keeps the decoded text, so spans index it.
"""
from __future__ import annotations

import dataclasses
import email
import email.policy
import re

from warfile.model import Document
from warfile.readers import _text

SHAPE = "email"

# score(): a message opens with its headers; these are the ones a mail always carries.
_HEADER = re.compile(r"^(?:From|To|Subject|Date|MIME-Version|Content-Type|Message-ID|Received|Return-Path):[ \t]",
                     re.IGNORECASE | re.MULTILINE)
_MIN_HEADERS = 4
_SCORE = 0.96  # above every page reader: a page inside a mail is read after the mail is opened


def score(text: str) -> float:
    head = text[:4000].split("\n\n", 1)[0].split("\r\n\r\n", 1)[0]
    return _SCORE if len({m.group(0).split(":")[0].lower() for m in _HEADER.finditer(head)}) >= _MIN_HEADERS else 0.0


# A plain-text mail around a pasted or forwarded page: the sender's note above a separator line
# ("---------- Forwarded message ---------", "---------- Pasted article ----------"), and after the
# page its end line, the signature ("-- ") or the quoted message replied to ("On Mon, … wrote:").
_PAGE_OPENS = re.compile(r"^[ \t]*-{2,}[ \t]*(?:forwarded message|original message|begin forwarded message|"
                         r"pasted\b[^\n-]{0,30}|[^\n-]{0,30}\b(?:article|page|text|copy))[ \t]*-{2,}[ \t]*$|"
                         r"^Begin forwarded message:[ \t]*$", re.IGNORECASE | re.MULTILINE)
_PAGE_ENDS = re.compile(r"^[ \t]*-{2,}[ \t]*end of\b[^\n]{0,40}$|^-- ?$|^On [^\n]{5,120} wrote:[ \t]*$",
                        re.IGNORECASE | re.MULTILINE)


def pasted_page(body: str) -> str:
    """The page a plain-text mail carries: the text after a separator line that opens a pasted or
    forwarded page (all of it when there is none), up to the page's end line, the signature or a
    quoted reply. The sender's note ("the reading room is closed on 15 March") is no part of it."""
    opens = _PAGE_OPENS.search(body)
    start = opens.end() if opens else 0
    ends = _PAGE_ENDS.search(body, start)
    page = body[start:ends.start() if ends else len(body)]
    return page if page.strip() else body


def page_text(text: str, preferred: tuple[str, ...] = ("html", "plain")) -> tuple[str, str]:
    """(the page's text, "html" or "plain") from the message: its HTML part, else its plain text."""
    message = email.message_from_string(text, policy=email.policy.default)
    body = message.get_body(preferencelist=preferred)
    if body is None:
        return "", "plain"
    kind = "html" if body.get_content_subtype() == "html" else "plain"
    if body.get("Content-Transfer-Encoding", "7bit").strip().lower() in ("7bit", "8bit", "binary"):
        # an unencoded body is already text: the file was decoded when it was read, and decoding it
        # again by its charset turns every accented letter into a replacement character
        payload = body.get_payload()
        if isinstance(payload, str):
            return (payload if kind == "html" else pasted_page(payload)), kind
    if body.get_content_charset() is None:
        # no charset on the part (a browser's MHTML snapshot): its bytes are the page's own, UTF-8 as the
        # page's <meta charset> says, not the us-ascii a message part defaults to
        raw = body.get_payload(decode=True) or b""
        content = raw.decode("utf-8", errors="replace")
    else:
        content = body.get_content()
    return (content if kind == "html" else pasted_page(content)), kind


def _read(text: str) -> Document:
    from warfile.readers import html, read_document  # the page inside is read as its own shape
    page, kind = page_text(text)
    doc = html.read(page) if kind == "html" else read_document(page)
    if kind == "html" and not doc.paragraphs:
        # a newsletter's HTML laid out in tables gives no prose: its plain-text part tells the same,
        # and the HTML's fact box (its values free of the other text's spans) is kept beside it
        plain_page, plain_kind = page_text(text, ("plain",))
        if plain_kind == "plain" and plain_page.strip() and (told := read_document(plain_page)).paragraphs:
            box = tuple(dataclasses.replace(f, span=None) for f in doc.infobox)
            doc = dataclasses.replace(told, infobox=box or told.infobox, title=doc.title or told.title,
                                      meta=doc.meta or told.meta)
    return dataclasses.replace(doc, shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
