"""Shared fixtures: an in-memory store, and documents written in the style of the seeds.

The sample documents describe invented operations (no article text is copied); they follow the
scraped key/value infobox shape ("- Combatant1: ...") with dated narrative paragraphs.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from warfile.store import connect

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLD = Path(__file__).resolve().parent / "gold"


def example_sentences() -> list[str]:
    """Every sentence of the example documents, as the timeline splits them."""
    from warfile.extract.sentences import split_sentences
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        out += [text[a:b] for a, b in split_sentences(text, 0)]
    return out


def operation_text(name: str = "2031 Northern Ridge offensive", year: int = 2031, village: str = "Tel Amir",
                   killed: int = 140, extra: str = "") -> str:
    """An invented operation article: an infobox as key/value lines, then dated paragraphs."""
    return f"""= {name} =

Infobox
- Conflict: {name}
- Partof: the Examplian civil war
- Date: 3–20 May {year}
- Place: Ridge Governorate, Examplia
- Result: Examplian government victory
- Combatant1: Ridge Liberation Front, Coastal Brigades
- Combatant2: Republic of Examplia
- Commander1: Omar Talibi, (Ridge Liberation Front commander), Yusuf KarimKIA, (Coastal Brigades commander)
- Commander2: Col. Sami Haddad, (Ridge garrison commander)
- Strength1: 1,200 fighters
- Casualties1: {killed} killed (government claim)
- Casualties2: 35 killed (opposition claim)

== Offensive ==
On 3 May {year}, fighters of the Ridge Liberation Front attacked the village of {village} and captured it after a day of fighting.
On 5 May, the Examplian Army recaptured {village} after heavy shelling of the surrounding hills.
{extra}
"""


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    c = connect(":memory:")
    yield c
    c.close()


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write(name, text_or_bytes) -> path of a new file under tmp_path."""
    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path
    return _write


def check_eval_set(folder: Path, documents: int, infobox_floor: float, events_floor: float, typed_floor: float) -> None:
    """An evaluation set's documents each have gold, and its scores stay at or above their floors."""
    from warfile.evaluate import evaluate

    docs = {p.name.split(".")[0] for p in (folder / "docs").iterdir()}  # "x.pdf.txt" is document x
    gold = {p.stem for p in (folder / "gold").glob("*.json")}
    assert docs == gold and len(docs) == documents
    scores = evaluate(folder / "gold", [str(folder / "docs")])
    worst = sorted((f.f1, name) for name, f in scores.fields.items() if f.f1 < 1.0)
    assert scores.infobox_f1 >= infobox_floor, f"infobox F1 {scores.infobox_f1:.3f}; weakest fields {worst[:4]}"
    assert scores.events_f1 >= events_floor, f"events F1 {scores.events_f1:.3f}"
    assert scores.events_typed_f1 >= typed_floor, f"typed events F1 {scores.events_typed_f1:.3f}"
