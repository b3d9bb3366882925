"""Resolution: per-document records in, operations and entities out (no stored database).

``merge.group_records`` says which per-document :class:`~warfile.model.Operation` records describe
the same operation and ``merge.merge_operations`` merges them (provenance and conflicts kept);
``entities.resolve_entities`` finds the people, groups and places named across operations, with
curator overrides applied and doubtful pairs returned as candidates; ``links.operation_links``
finds operations whose text refers to another. ``names`` holds the normalisation and matching
rules all three share. Entity resolution keeps its working state in SQLite temporary tables (the
store's connection, or a private in-memory database), so its memory does not grow with the names.
"""
from __future__ import annotations
