"""The few named exceptions a user can meet; the CLI turns each into one 'Error: ...' line."""
from __future__ import annotations


class WarfileError(Exception):
    """Base of every error warfile reports to a user (never a traceback)."""


class BadInput(WarfileError):
    """A file cannot be read as a document (empty, binary, unreadable); the message names it."""


class NotAnOperation(WarfileError):
    """The document is not about a military operation; it is skipped with this reason."""


class NoSuchOperation(WarfileError):
    """No operation matches that name or id; try `warfile list`."""


class NoSuchEntity(WarfileError):
    """No person, group or place matches that name; try `warfile entities`."""


class InternalError(Exception):
    """A bug in warfile: an invariant did not hold. Reported with --debug."""
