"""Sixth blind set: a blind set never used for tuning before its first run.

tests/blind6/docs holds eight documents, one per input shape as real scrapers produce them (a
flattened page, citation marks with the box's rows run together, a padded pipe table, raw wikitext
full of templates, markdown with front matter, a Kiwix page with its lead first and flags glued to
names, a full saved HTML page, and a MediaWiki XML export with a talk page), each about a different
fictionalised operation from a war the earlier sets do not use (Lebanon 2006, Kargil 1999, Goma 2012,
Longewala 1971, Palma 2021, Tskhinvali 2008, Operation Barras 2000, In Amenas 2013).
tests/blind6/gold holds the hand-written records, written from the text following
/work/shared/gold/README.md by someone who had not read the extractor or run warfile (their
judgement calls are in each record's _notes).
It was run blind once (figures below); the classes of error that run showed were then fixed with
general rules, each tested on text of our own, so it is no longer blind.
Floors are the F1 measured on that first run minus 0.02 for noise (they only move up).
"""
from __future__ import annotations

from pathlib import Path

from conftest import check_eval_set

BLIND6 = Path(__file__).resolve().parent / "blind6"
# Measured on the single blind run: infobox F1 0.812, events F1 0.775 (events.typed F1 0.498).
INFOBOX_FLOOR = 0.812 - 0.02
EVENTS_FLOOR = 0.775 - 0.02
TYPED_FLOOR = 0.498 - 0.02


def test_blind6_has_gold_for_each_document_and_stays_at_or_above_its_floors():
    check_eval_set(BLIND6, 8, INFOBOX_FLOOR, EVENTS_FLOOR, TYPED_FLOOR)
