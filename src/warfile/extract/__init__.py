"""Extraction: a :class:`~warfile.model.Document` in, an :class:`~warfile.model.Operation` out.

Two steps: :func:`warfile.extract.infobox.operation_from_document` reads the infobox RawFields
(and the lead prose for what an infobox lost) through the value parsers in ``values``; then
``timeline.extract_events`` reads dated events from the narrative. Nothing here touches the
database or the screen; odd text gives a sparse record, never an exception.
"""
from __future__ import annotations

import dataclasses
import os

from warfile.extract.lexicon_events import ACTION_TYPES
from warfile.model import Document, Operation, Source


def extract_operation(doc: Document) -> Operation:
    """The operation one document states: infobox fields, then events, with the document as source."""
    from warfile.extract import lead, story
    from warfile.extract.infobox import operation_from_document, qualified_by_title
    from warfile.extract.timeline import extract_events

    op = operation_from_document(doc)
    source = Source(document=os.path.basename(doc.path) or doc.id, title=doc.title, shape=doc.shape,
                    path=doc.path)
    op = dataclasses.replace(op, sources=(source,))
    events = tuple(extract_events(doc, op))
    op = dataclasses.replace(op, events=events)
    if not any(f.key not in ("name", "aliases") for f in doc.infobox) and not story.is_headline(doc.title):
        op = _from_lead(op, lead.lead_facts(doc, op.name, events))
    if not doc.infobox and not op.places and story.is_headline(doc.title):
        op = dataclasses.replace(op, places=story.dateline_places(doc))  # "BASRA, Iraq (Reuters) -"
    if not doc.infobox and op.end_date is None and story.is_headline(doc.title):
        # a story with no box ends its operation where a sentence says so ("…, ending a campaign")
        end = story.story_end(events)
        if end and (op.start_date is None or end >= op.start_date):
            op = dataclasses.replace(op, end_date=end)
    if not doc.infobox and op.start_date is None and op.end_date is None and story.is_live(doc):
        first, last = story.story_span(events, story.published_day(doc), ACTION_TYPES)
        op = dataclasses.replace(op, start_date=first, end_date=last)  # a live page: the days its fighting is told
    return qualified_by_title(op, doc)


def _from_lead(op: Operation, facts) -> Operation:
    """A box-less record given what its lead's own sentences state (over what any sentence of
    the lead gave: "The civil war began in March 1991" dates the war, not the operation)."""
    changes: dict[str, object] = {}
    if facts.start or facts.end:
        changes.update(start_date=facts.start or op.start_date, end_date=facts.end or op.end_date)
    if facts.places:
        changes["places"] = facts.places
    if not op.part_of and facts.part_of:
        changes["part_of"] = facts.part_of
    if not op.sides and facts.sides:
        changes["sides"] = facts.sides
    if not op.result and facts.result:
        changes["result"] = facts.result
    return dataclasses.replace(op, **changes) if changes else op
