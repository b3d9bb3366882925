"""Seventh blind set: a blind set never used for tuning before its first run.

tests/blind7/docs holds eight longer documents (5–10 KB: background, several narrative sections,
aftermath, reactions) in the shapes real scrapers make (two browser copies, one keeping citation
marks with each box column on one line; a saved HTML page; template-heavy wikitext; citations;
markdown with front matter; a padded pipe table; a MediaWiki XML export of three pages, the first
article scored), each about a different fictionalised operation (Mirbat 1972, Fada 1987, Chavín de
Huántar 1997, the Chinese Farm 1973, Operation Jaque 2008, Guelta Zemmour 1981, Abidjan 2011,
Entebbe 1976).
tests/blind7/gold holds the hand-written records, written from the text following
/work/shared/gold/README.md by someone who had not read the extractor or run warfile (their
judgement calls are in each record's _notes).
It was run blind once (figures below); the classes of error that run showed were then fixed with
general rules, each tested on text of our own, so it is no longer blind.
Floors are the F1 measured on that first run minus 0.02 for noise (they only move up).
"""
from __future__ import annotations

from pathlib import Path

from conftest import check_eval_set

BLIND7 = Path(__file__).resolve().parent / "blind7"
# Measured on the single blind run: infobox F1 0.814, events F1 0.715 (events.typed F1 0.540).
INFOBOX_FLOOR = 0.814 - 0.02
EVENTS_FLOOR = 0.715 - 0.02
TYPED_FLOOR = 0.540 - 0.02


def test_blind7_has_gold_for_each_document_and_stays_at_or_above_its_floors():
    check_eval_set(BLIND7, 8, INFOBOX_FLOOR, EVENTS_FLOOR, TYPED_FLOOR)
