"""Second blind set: a blind set never used for tuning.

tests/blind2/docs holds seven documents, one per input shape (plain, citations, pipe-table, wikitext,
markdown-frontmatter, mediawiki, html), each about a different fictionalised operation (Falklands 1982,
Libya 2011, Kosovo 1999, Lebanon 2006, Darfur 2004, Congo 1998, Mosul 2016). tests/blind2/gold holds
the hand-written records, written from the text following /work/shared/gold/README.md before warfile
was run on the documents; warfile was run on them once and nothing was tuned against them.
Do not tune extraction on these documents: that would make the set no longer blind.
Floors are the F1 measured on that first run minus 0.02 for noise.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from warfile.evaluate import evaluate

BLIND2 = Path(__file__).resolve().parent / "blind2"
# Measured on the single blind run: infobox F1 0.982, events F1 0.958 (events.typed F1 0.854).
INFOBOX_FLOOR = 0.982 - 0.02
EVENTS_FLOOR = 0.958 - 0.02


@pytest.fixture(scope="module")
def scores():
    return evaluate(BLIND2 / "gold", [str(BLIND2 / "docs")])


def test_every_blind2_document_has_gold_and_a_record(scores):
    docs = {p.stem for p in (BLIND2 / "docs").iterdir()}
    gold = {p.stem for p in (BLIND2 / "gold").glob("*.json")}
    assert docs == gold and len(docs) == 7
    assert scores.missing == []


def test_blind2_infobox_f1_stays_at_or_above_its_floor(scores):
    worst = sorted((f.f1, name) for name, f in scores.fields.items() if f.f1 < 1.0)
    assert scores.infobox_f1 >= INFOBOX_FLOOR, f"infobox F1 {scores.infobox_f1:.3f}; weakest fields {worst[:4]}"


def test_blind2_events_f1_stays_at_or_above_its_floor(scores):
    assert scores.events_f1 >= EVENTS_FLOOR, f"events F1 {scores.events_f1:.3f}"
