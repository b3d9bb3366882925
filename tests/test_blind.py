"""Blind evaluation set: how warfile generalises to documents nobody tuned it on.

tests/blind/docs holds seven documents, one per input shape (plain, citations, pipe-table, wikitext,
markdown-frontmatter, mediawiki, html), about operations in wars the seeds and the held-out set do not
cover (Chechnya, Sri Lanka, Korea, Bosnia, Tigray, Cabo Delgado, Somalia). They and their gold records
in tests/blind/gold were written from the text, following /work/shared/gold/README.md, before
warfile was ever run on them.

This set is BLIND: it is never used for tuning. Do not read its misses to decide what to change
in extraction, and never edit the gold to match the output (only to fix a genuine breach of the gold
conventions, saying so in the commit). A score below a floor is a regression; a genuine fix that
raises a score raises its floor (measured value minus 0.02 for noise).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from warfile.evaluate import evaluate

BLIND = Path(__file__).resolve().parent / "blind"
# Measured when the set was written (7 documents, first and only run): infobox F1 0.938,
# events F1 0.937 (events.typed 0.810). Floors are those values minus 0.02.
INFOBOX_FLOOR = 0.918
EVENTS_FLOOR = 0.917


@pytest.fixture(scope="module")
def scores():
    return evaluate(BLIND / "gold", [str(BLIND / "docs")])


def _weakest(scores, n=4):
    return sorted((round(f.f1, 3), name) for name, f in scores.fields.items() if f.f1 < 1.0)[:n]


def test_every_blind_document_has_gold_and_an_extracted_record(scores):
    docs = {p.stem for p in (BLIND / "docs").iterdir()}
    gold = {p.stem for p in (BLIND / "gold").glob("*.json")}
    assert docs == gold and len(docs) >= 7
    assert scores.missing == []


def test_blind_infobox_f1_stays_at_or_above_its_floor(scores):
    assert scores.infobox_f1 >= INFOBOX_FLOOR, (
        f"infobox F1 {scores.infobox_f1:.3f} < {INFOBOX_FLOOR}; weakest fields {_weakest(scores)}")


def test_blind_events_f1_stays_at_or_above_its_floor(scores):
    assert scores.events_f1 >= EVENTS_FLOOR, (
        f"events F1 {scores.events_f1:.3f} < {EVENTS_FLOOR}; weakest fields {_weakest(scores)}")


def test_blind_documents_span_every_input_shape():
    from warfile.readers import detect

    shapes = {detect(p.read_text(encoding="utf-8"))[0] for p in (BLIND / "docs").iterdir()}
    assert {"plain", "citations", "pipe-table", "wikitext", "markdown-frontmatter", "mediawiki", "html"} <= shapes
