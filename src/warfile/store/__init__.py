"""The SQLite store: schema (``schema.sql``, versioned by ``migrations.py``), connections and
transactions (``db.py``), and one module per concept: ``documents``, ``operations``, ``events``
(``entities`` and ``browse`` belong to the resolve and web modules).

Every write runs inside :func:`transaction`; re-ingesting the same input changes nothing.
"""
from __future__ import annotations

from warfile.store.db import connect, transaction
from warfile.store.migrations import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "connect", "transaction"]
