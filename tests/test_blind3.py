"""Third blind set: a blind set never used for tuning.

tests/blind3/docs holds seven documents, one per input shape (plain, citations, pipe-table, wikitext,
markdown-frontmatter, mediawiki, html), each about a different fictionalised operation from a war the
earlier sets do not use (First Chechen War 1995, Sri Lanka 2009, Nagorno-Karabakh 2020, Mali 2013,
Afghanistan 2001, Russo-Georgian War 2008, Korea 1950). They are longer than blind2's (lead,
background with older dated context, course, aftermath, reactions). tests/blind3/gold holds the
hand-written records, written from the text following /work/shared/gold/README.md before warfile was
ever run on the documents, without reading the extractor or the readers.
It was run blind once (figures below); the classes of error that run showed were then fixed with
general rules, each tested on sentences of our own, so it is no longer blind.
Floors are the F1 measured on that first run minus 0.02 for noise (they only move up).
"""
from __future__ import annotations

from pathlib import Path

from conftest import check_eval_set

BLIND3 = Path(__file__).resolve().parent / "blind3"
# Measured on the single blind run: infobox F1 0.939, events F1 0.802 (events.typed F1 0.575).
# After the general rules its misses showed (no longer blind): 0.953, 0.914, 0.833. Floors: those - 0.02.
INFOBOX_FLOOR = 0.953 - 0.02
EVENTS_FLOOR = 0.914 - 0.02
TYPED_FLOOR = 0.833 - 0.02


def test_blind3_has_gold_for_each_document_and_stays_at_or_above_its_floors():
    check_eval_set(BLIND3, 7, INFOBOX_FLOOR, EVENTS_FLOOR, TYPED_FLOOR)
