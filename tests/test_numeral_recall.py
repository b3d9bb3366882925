"""Numeral recall: every figure an infobox field states survives into the extracted record.

For each seed article and each reader fixture, every numeral in every infobox RawField must
appear in the record as a count, a date part, or inside a stored name or text. A numeral that is
lost is a figure the knowledge base silently dropped. Citation marks are not figures, and a
duration in the date field ("(2 months, 3 weeks and 4 days)") restates the dates, so neither is
counted.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from warfile.extract.infobox import operation_from_document
from warfile.extract.lexicon import CITATION
from warfile.readers import read_document
from warfile.serialize import record_to_dict

ROOT = Path(__file__).resolve().parent.parent
INPUTS = sorted(ROOT.glob("examples/*.txt")) + sorted(p for p in ROOT.glob("tests/cases/*/*")
                                                      if p.is_file() and not p.name.endswith(".json"))
_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DURATION = re.compile(r"\d+\s*(?:days?|weeks?|months?|years?)\b", re.IGNORECASE)


def _numerals(text: str) -> set[int]:
    out = set()
    for token in _NUMERAL.findall(text):
        token = token.rstrip(",").replace(",", "")
        out.add(int(float(token)))
    return out


def _record_numerals(value) -> set[int]:
    """Every number a record holds: counts, date parts, digits inside its strings."""
    if isinstance(value, dict):
        return set().union(*(_record_numerals(v) for k, v in value.items() if k not in ("sources", "events")))
    if isinstance(value, list):
        return set().union(set(), *(_record_numerals(v) for v in value))
    if isinstance(value, bool):
        return set()
    if isinstance(value, int):
        return {value}
    if isinstance(value, str):
        return _numerals(value.replace("-", " "))
    return set()


def _field_numerals(key: str, text: str) -> set[int]:
    text = CITATION.sub(" ", text)
    if key == "date":
        text = _DURATION.sub(" ", text)
    return _numerals(text)


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_every_infobox_numeral_is_in_the_record(path):
    doc = read_document(path.read_text(encoding="utf-8"), str(path))
    held = _record_numerals(record_to_dict(operation_from_document(doc)))
    lost = {(f.key, n) for f in doc.infobox for n in _field_numerals(f.key, f.text) if n not in held}
    assert not lost, f"numerals dropped: {sorted(lost)}"
