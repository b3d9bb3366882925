"""Query results as JSON-ready values for the /api/ twins of the pages.

Records go through ``serialize.record_to_dict`` so the API speaks the schema's shape; the other
result dataclasses become plain dicts, tuples become lists, snippets a list of pieces.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from warfile.model import Operation
from warfile.serialize import record_to_dict
from warfile.store.browse import ResultPage, Snippet, SourceSpan


def to_json(value: Any) -> Any:
    if isinstance(value, Operation):
        return record_to_dict(value)
    if isinstance(value, Snippet):
        return [{"text": text, "match": match} for text, match in value.parts]
    if isinstance(value, SourceSpan):
        return {"document": value.document_id, "span": [value.start, value.end]}
    if isinstance(value, ResultPage):
        return {"items": to_json(value.items), "total": value.total, "page": value.page,
                "per_page": value.per_page, "pages": value.pages}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


def error_body(status: int, title: str, message: str) -> dict[str, Any]:
    """The one JSON error shape every /api/ route answers with."""
    return {"error": {"status": status, "title": title, "message": message}}
