"""Fourth blind set: a blind set never used for tuning before its first run.

tests/blind4/docs holds eight documents, one per input shape (plain, citations, pipe-table, wikitext,
markdown-frontmatter, mediawiki, html, and a MediaWiki XML export), each about a different
fictionalised operation from a war the earlier sets do not use (Vietnam 1968, Iran–Iraq 1982,
Croatia 1995, Sudan 2023, north-east Nigeria 2015, Eritrea–Ethiopia 1999, the Philippines 2017,
Angola 1987). They vary the writing more than the earlier sets: US-style dates, ranges across a
month's end, weekdays, two actions in one sentence, dated sentences that are not military actions.
tests/blind4/gold holds the hand-written records, written from the text following
/work/shared/gold/README.md by someone who had not read the extractor or run warfile.
It was run blind once (figures below); the classes of error that run showed were then fixed with
general rules, each tested on sentences of our own, so it is no longer blind.
Floors are the F1 measured on that first run minus 0.02 for noise (they only move up).
"""
from __future__ import annotations

from pathlib import Path

from conftest import check_eval_set

BLIND4 = Path(__file__).resolve().parent / "blind4"
# Measured on the single blind run: infobox F1 0.885, events F1 0.837 (events.typed F1 0.716).
INFOBOX_FLOOR = 0.885 - 0.02
EVENTS_FLOOR = 0.837 - 0.02
TYPED_FLOOR = 0.716 - 0.02


def test_blind4_has_gold_for_each_document_and_stays_at_or_above_its_floors():
    check_eval_set(BLIND4, 8, INFOBOX_FLOOR, EVENTS_FLOOR, TYPED_FLOOR)
