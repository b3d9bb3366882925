"""Extraction: a :class:`~warfile.model.Document` in, an :class:`~warfile.model.Operation` out.

Two steps: :func:`warfile.extract.infobox.operation_from_document` reads the infobox RawFields
(and the lead prose for what an infobox lost) through the value parsers in ``values``; then
``timeline.extract_events`` reads dated events from the narrative. Nothing here touches the
database or the screen; odd text gives a sparse record, never an exception.
"""
from __future__ import annotations

import dataclasses
import os

from warfile.model import Document, Operation, Source


def extract_operation(doc: Document) -> Operation:
    """The operation one document states: infobox fields, then events, with the document as source."""
    from warfile.extract import story
    from warfile.extract.infobox import operation_from_document
    from warfile.extract.timeline import extract_events

    op = operation_from_document(doc)
    source = Source(document=os.path.basename(doc.path) or doc.id, title=doc.title, shape=doc.shape,
                    path=doc.path)
    op = dataclasses.replace(op, sources=(source,))
    events = tuple(extract_events(doc, op))
    op = dataclasses.replace(op, events=events)
    if not doc.infobox and op.end_date is None and story.is_headline(doc.title):
        # a story with no box ends its operation where a sentence says so ("…, ending a campaign")
        end = story.story_end(events)
        if end and (op.start_date is None or end >= op.start_date):
            op = dataclasses.replace(op, end_date=end)
    return op
