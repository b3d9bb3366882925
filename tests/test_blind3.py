"""Third blind set: a blind set never used for tuning.

tests/blind3/docs holds seven documents, one per input shape (plain, citations, pipe-table, wikitext,
markdown-frontmatter, mediawiki, html), each about a different fictionalised operation from a war the
earlier sets do not use (First Chechen War 1995, Sri Lanka 2009, Nagorno-Karabakh 2020, Mali 2013,
Afghanistan 2001, Russo-Georgian War 2008, Korea 1950). They are longer than blind2's (lead,
background with older dated context, course, aftermath, reactions). tests/blind3/gold holds the
hand-written records, written from the text following /work/shared/gold/README.md before warfile was
ever run on the documents, without reading the extractor or the readers.
Do not tune extraction on these documents: that would make the set no longer blind.
No floors yet: they are set from the first blind run.
"""
from __future__ import annotations

from pathlib import Path

BLIND3 = Path(__file__).resolve().parent / "blind3"


def test_every_blind3_document_has_gold():
    docs = {p.stem for p in (BLIND3 / "docs").iterdir()}
    gold = {p.stem for p in (BLIND3 / "gold").glob("*.json")}
    assert docs == gold and len(docs) == 7
