"""Eighth blind set: a blind set never used for tuning before its first run.

tests/blind8/docs holds eight documents in the shapes real scrapers make (a browser copy, a Kiwix copy
with glued labels and flags, a saved HTML page, template-heavy wikitext, citations with a run-on box,
markdown with front matter, a padded pipe table, a browser copy with TAB-separated cells), each about
a different fictionalised operation of an older or newer war (Crete 1941, Suez 1956, the Bay of
Pigs 1961, Cyprus 1974, Cast Lead 2008-09, Rwanda 1990, Bangui 2013, Culiacán 2019). It was written
after blind sets 5-7 had been fixed, so its first run measures those fixes on unseen writing.
tests/blind8/gold holds the hand-written records, written from the text following
/work/shared/gold/README.md by someone who had not read the extractor or run warfile (their
judgement calls are in each record's _notes).
It was run blind once (figures below); the classes of error that run showed were then fixed with
general rules, each tested on text of our own, so it is no longer blind.
Floors are the F1 measured on that first run minus 0.02 for noise (they only move up).
"""
from __future__ import annotations

from pathlib import Path

from conftest import check_eval_set

BLIND8 = Path(__file__).resolve().parent / "blind8"
# Measured on the single blind run: infobox F1 0.865, events F1 0.789 (events.typed F1 0.564).
INFOBOX_FLOOR = 0.865 - 0.02
EVENTS_FLOOR = 0.789 - 0.02
TYPED_FLOOR = 0.564 - 0.02


def test_blind8_has_gold_for_each_document_and_stays_at_or_above_its_floors():
    check_eval_set(BLIND8, 8, INFOBOX_FLOOR, EVENTS_FLOOR, TYPED_FLOOR)
