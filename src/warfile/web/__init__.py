"""The web UI and JSON API over a warfile database (``warfile serve``).

In: the path of a database written by ``warfile ingest``, opened read-only for every request.
Out: server-rendered pages (operations table, operation infobox with timeline and casualty
charts, entities, documents with highlighted spans, full-text search) and, under ``/api/``,
the same data as JSON with one error shape. ``app.py`` holds the routes; ``charts.py`` the
inline SVG; ``marks.py`` the highlighted document text; ``format.py`` and ``payload.py`` turn
values into text and JSON.
"""
from __future__ import annotations

from warfile.web.app import create_app

__all__ = ["create_app"]
