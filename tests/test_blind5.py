"""Fifth blind set: a blind set never used for tuning before its first run.

tests/blind5/docs holds eight documents, one per input shape (a flattened page, one with citation
marks, a pipe table, raw wikitext, markdown with front matter, a mirror page copied without blank
lines and with tab-separated infobox cells, HTML, and a MediaWiki XML export with a redirect), each
about a different fictionalised operation from a war the earlier sets do not use (Falklands 1982,
Korea 1950, Gulf War 1991, Chechnya 1999–2000, Afghanistan 2002, Kosovo 1999, Bosnia 1994,
Myanmar 2023–24). tests/blind5/gold holds the hand-written records, written from the text following
/work/shared/gold/README.md by someone who had not read the extractor or run warfile (their
judgement calls are in each record's _notes).
It was run blind once (figures below); the classes of error that run showed were then fixed with
general rules, each tested on text of our own, so it is no longer blind.
Floors are the F1 measured on that first run minus 0.02 for noise (they only move up).
"""
from __future__ import annotations

from pathlib import Path

from conftest import check_eval_set

BLIND5 = Path(__file__).resolve().parent / "blind5"
# Measured on the single blind run: infobox F1 0.907, events F1 0.818 (events.typed F1 0.595).
INFOBOX_FLOOR = 0.907 - 0.02
EVENTS_FLOOR = 0.818 - 0.02
TYPED_FLOOR = 0.595 - 0.02


def test_blind5_has_gold_for_each_document_and_stays_at_or_above_its_floors():
    check_eval_set(BLIND5, 8, INFOBOX_FLOOR, EVENTS_FLOOR, TYPED_FLOOR)
