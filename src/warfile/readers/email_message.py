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


def page_text(text: str) -> tuple[str, str]:
    """(the page's text, "html" or "plain") from the message: its HTML part, else its plain text."""
    message = email.message_from_string(text, policy=email.policy.default)
    body = message.get_body(preferencelist=("html", "plain"))
    if body is None:
        return "", "plain"
    return body.get_content(), "html" if body.get_content_subtype() == "html" else "plain"


def _read(text: str) -> Document:
    from warfile.readers import html, read_document  # the page inside is read as its own shape
    page, kind = page_text(text)
    doc = html.read(page) if kind == "html" else read_document(page)
    return dataclasses.replace(doc, shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
