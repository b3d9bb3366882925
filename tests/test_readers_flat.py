"""The plain, citations and pipe-table readers: fields, sides, spans, paragraphs, never raising."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import extract_operation
from warfile.extract.columns import assign_sides
from warfile.model import SIDE_KEYS, Document
from warfile.readers import citations, pipe_table, plain, read_document

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CASES = ROOT / "tests" / "cases"
READERS = {"plain": plain, "citations": citations, "pipe-table": pipe_table}
SEEDS = {"plain": "000_*.txt", "citations": "001_*.txt", "pipe-table": "002_*.txt"}


def seed(shape: str) -> str:
    return next(EXAMPLES.glob(SEEDS[shape])).read_text(encoding="utf-8")


def sided(doc: Document) -> list[tuple[str, int | None, str]]:
    return [(f.key, f.side, f.text) for f in assign_sides(doc.infobox)]


def texts(doc: Document, key: str, side: int | None = None) -> list[str]:
    return [t for k, s, t in sided(doc) if k == key and s == side]


def assert_spans_hold(doc: Document) -> None:
    for f in doc.infobox + assign_sides(doc.infobox):
        if f.span:
            assert doc.text[f.span.start:f.span.end] == f.text, f
    for p in doc.paragraphs:
        assert 0 <= p.span.start < p.span.end <= len(doc.text)
        assert doc.paragraph_text(p) == doc.paragraph_text(p).strip()


# ---------------------------------------------------------------- seeds

def test_plain_seed_splits_columns_supporters_and_civilians():
    doc = plain.read(seed("plain"))
    assert doc.title == "2014 Latakia offensive"
    assert texts(doc, "date") == ["21 March – 15 June 2014"]
    assert texts(doc, "result") == ["Syrian government victory"]
    assert texts(doc, "part_of") == ["the Syrian civil war"]
    assert texts(doc, "belligerents", 0)[0].splitlines()[-1] == "Islamic Front"
    assert texts(doc, "supporters", 0) == ["Turkey\nUnited States"]
    assert texts(doc, "belligerents", 1)[0].startswith("Syrian Arab Republic")
    assert "Hezbollah" in texts(doc, "belligerents", 1)[0]
    assert texts(doc, "commanders", 0)[0].rstrip().endswith("(Latakia FSA commander)")
    assert texts(doc, "commanders", 1)[0].startswith("Lt. Gen. Ali Abdullah Ayyoub")
    assert texts(doc, "strength", 0) == ["4,000 fighters"] and not texts(doc, "strength", 1)
    assert "2,700 killed" in texts(doc, "casualties", 0)[0]
    assert texts(doc, "casualties", 1)[0].startswith("571 killed")
    assert "MiG-23" in texts(doc, "casualties", 1)[0]
    assert texts(doc, "civilian_casualties") == ["11 civilians killed"]


def test_plain_seed_paragraphs_are_the_narrative_only():
    doc = plain.read(seed("plain"))
    paras = [doc.paragraph_text(p) for p in doc.paragraphs]
    assert len(paras) == 3
    assert paras[0].startswith("The 2014 Latakia offensive was a rebel offensive")
    assert not any("control" in p.split(".")[0] and len(p) < 40 for p in paras)
    assert not any("(2 months" in p or "civilians killed" in p for p in paras)


def test_citations_seed_run_on_block_becomes_entries_and_sides():
    doc = citations.read(seed("citations"))
    assert [t.split("[")[0] for t in texts(doc, "belligerents", 0)] == [
        "Al-Nusra Front", "Junud al-Sham", "Harakat Sham al-Islam", "Islamic Front", "Free Syrian Army"]
    assert texts(doc, "belligerents", 1) == ["Syrian Arab Republic"]
    assert texts(doc, "commanders", 1) == ["Lt. Gen. Ali Abdullah Ayyoub (Army Chief of staff)",
                                           "Hilal al-Assad\xa0† (Latakia NDF commander)[16]"]
    assert [t[:3] for t in texts(doc, "casualties", 1)] == ["571", "50 "]
    assert not texts(doc, "commanders", 0) and not texts(doc, "casualties", 0)
    assert not any("intervention" in f.text for f in doc.infobox)


def test_citations_seed_sentences_are_paragraphs_and_captions_are_not():
    doc = citations.read(seed("citations"))
    paras = [doc.paragraph_text(p) for p in doc.paragraphs]
    assert paras[0].startswith("The 2014 Latakia offensive was") and paras[0].endswith('"The Martyrs Mothers".')
    assert paras[1].startswith("Three days before the assault")  # leading "[39] " left out
    assert not any(p.startswith("[") for p in paras)
    assert not any(p in ("Kessab in 2010", "An Ahrar al-Sham BM-21 Grad launch during the offensive")
                   for p in paras)
    assert not any("Foreign intervention in behalf" in p for p in paras)
    assert len(paras) == 30


def test_pipe_table_seed_columns_are_sides_and_last_row_is_civilian():
    doc = pipe_table.read(seed("pipe-table"))
    assert doc.title == "2013 Latakia offensive"
    assert texts(doc, "name") == ["2013 Latakia offensive"]
    assert texts(doc, "belligerents", 0) == ["Junud al-Sham\nHarakat Sham al-Islam"]
    assert texts(doc, "belligerents", 1) == ["Syrian Resistance"]
    assert texts(doc, "commanders", 1)[0].startswith("Hilal al-Assad")
    assert texts(doc, "units", 0)[0].startswith("Suqour al-Ezz") and not texts(doc, "units", 1)
    assert texts(doc, "strength", 0) == ["1,500–2,000 fighters"]
    assert texts(doc, "strength", 1) == ["5,000 soldiers"]
    assert texts(doc, "casualties", 1) == ["114–127 soldiers and 44 militiamen killed"]
    assert texts(doc, "civilian_casualties") == ["190–205 civilians killed"]
    assert not any("control" in f.text for f in doc.infobox)


def test_pipe_table_seed_lead_before_the_table_is_the_narrative():
    doc = pipe_table.read(seed("pipe-table"))
    assert len(doc.paragraphs) == 1
    text = doc.paragraph_text(doc.paragraphs[0])
    assert text.startswith("The 2013 Latakia offensive (called") and text.endswith("lost to the rebels.")


@pytest.mark.parametrize("shape", sorted(READERS))
def test_seed_spans_point_at_the_field_words(shape):
    assert_spans_hold(READERS[shape].read(seed(shape)))


@pytest.mark.parametrize("shape", sorted(READERS))
def test_each_reader_scores_its_own_seed_highest(shape):
    text = seed(shape)
    scores = {s: m.score(text) for s, m in READERS.items()}
    assert max(scores, key=scores.get) == shape and scores[shape] >= 0.6


@pytest.mark.parametrize("name", ["003_*.txt", "004_*.txt"])
def test_other_shapes_seeds_are_not_claimed(name):
    text = next(EXAMPLES.glob(name)).read_text(encoding="utf-8")
    assert all(m.score(text) < 0.3 for m in READERS.values())


# ---------------------------------------------------------------- own cases

CASE_FILES = sorted(p for shape in READERS for p in (CASES / shape).glob("*.txt"))


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_case_gives_expected_fields_and_paragraphs(path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    doc = READERS[path.parent.name].read(path.read_text(encoding="utf-8"))
    assert doc.title == expected["title"]
    assert [list(f) for f in sided(doc)] == expected["fields"]
    assert [doc.paragraph_text(p)[:60] for p in doc.paragraphs] == expected["paragraphs"]
    assert [p.heading for p in doc.paragraphs] == expected["headings"]
    assert_spans_hold(doc)


@pytest.mark.parametrize("path", CASE_FILES + [next(EXAMPLES.glob(g)) for g in SEEDS.values()],
                         ids=lambda p: p.stem)
def test_crlf_line_ends_read_like_lf(path):
    shape = path.parent.name if path.parent != EXAMPLES else next(s for s, g in SEEDS.items() if path.match(g))
    lf = path.read_text(encoding="utf-8")
    crlf = lf.replace("\n", "\r\n")
    reader = READERS[shape]
    a, b = reader.read(lf), reader.read(crlf)
    assert [(k, s, t) for k, s, t in sided(a)] == [(k, s, t.replace("\r", "")) for k, s, t in sided(b)]
    assert len(a.paragraphs) == len(b.paragraphs)
    assert_spans_hold(b)


def test_no_infobox_gives_paragraphs_and_a_warning():
    doc = plain.read((CASES / "plain" / "no_infobox.txt").read_text(encoding="utf-8"))
    assert not doc.infobox and doc.paragraphs
    assert any("infobox" in w for w in doc.warnings)


def test_three_belligerent_columns_give_three_sides():
    doc = plain.read((CASES / "plain" / "three_sides.txt").read_text(encoding="utf-8"))
    sides = {s for k, s, _ in sided(doc) if k in SIDE_KEYS}
    assert sides == {0, 1, 2}
    assert texts(doc, "commanders", 2) == ["Abu Omar al-Tunisi †\n(ISIL emir)"]


def test_empty_text_gives_sparse_documents_with_warnings():
    for reader in READERS.values():
        doc = reader.read("")
        assert doc.infobox == () and doc.paragraphs == () and doc.warnings
        assert reader.score("") == 0.0


# ---------------------------------------------------------------- never raising

# Fragments that look like the shapes, so hypothesis reaches the parsers' branches.
FRAGMENTS = st.sampled_from([
    "Belligerents", "Commanders and leaders", "Strength", "Casualties and losses", "Units involved",
    "Date21 March 2014", "Result ", "Location", "Part of the war", "Supported by:", "Unknown",
    "Syrian Arab Republic", "Al-Nusra Front[1]", "Lt. Gen. A B (Army commander)", "(role)", "†",
    "571 killed (opposition claim)[22]", "11 civilians killed", "4,000 fighters", "|", "||||", "---|---|",
    "[39] ", "The war was long and the armies were tired.", "\n", "\n\n", "\r\n", " ", "(", ")", "[", "]",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(FRAGMENTS, max_size=40).map("".join))


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_readers_and_scores_never_raise(text):
    for reader in READERS.values():
        s = reader.score(text)
        assert 0.0 <= s <= 1.0
        doc = reader.read(text)
        # the raw text, every character where it was (a pipe-table page's wrapped prose lines are joined
        # by turning their line breaks to spaces)
        assert len(doc.text) == len(text) and doc.text.replace("\n", " ") == text.replace("\n", " ")
        assert doc.shape == reader.SHAPE
        assert_spans_hold(doc)
        assert not any(w.endswith("reader failed") or "failed:" in w for w in doc.warnings)


def test_pipe_table_label_cell_beside_its_columns_does_not_count_as_a_side():
    text = ("Raid on Qasr Hamid\n| Raid on Qasr Hamid | | |\n|---|---|---|\n| Date | 9 May 2015 | |\n"
            "| Belligerents | Liwa al-Fath | Syrian Arab Republic |\n| Strength | 200 fighters | 90 soldiers |\n")
    doc = pipe_table.read(text)
    assert texts(doc, "date") == ["9 May 2015"]
    assert texts(doc, "belligerents", 0) == ["Liwa al-Fath"] and texts(doc, "belligerents", 1) == ["Syrian Arab Republic"]
    assert texts(doc, "strength", 1) == ["90 soldiers"]


@pytest.mark.parametrize("shape", sorted(READERS))
def test_read_document_detects_the_seed_shape(shape):
    from warfile.readers import read_document
    assert read_document(seed(shape)).shape == shape


def test_citations_claim_with_several_figures_stays_one_entry():
    text = ("Battle of Qasr Dunes\n\nDesert Shield Brigade[1] Republic of Ardia Col. Omar Saleh (Sector commander)[2] "
            "60 killed, 200 wounded (per LNA)[3] 2 drones shot down[4] The Battle of Qasr Dunes was fought in 2019.\n")
    doc = citations.read(text)
    assert [f.text for f in doc.fields("casualties")] == ["60 killed, 200 wounded (per LNA)[3]", "2 drones shot down[4]"]


def test_citations_state_not_in_any_region_list_splits_groups_commanders_and_figures():
    text = ("Siege of Ketu Ridge\n\nBiafran Liberation Front[1] Federal Republic of Nigeria Joseph Okafor "
            "(BLF leader)[2]Brig. Gen. Sani Bello (Nigerian Army commander)[3] 2,500 cadres[4] 4,000 troops[5] "
            "210 killed[6]3 boats sunk[7] 45 killed[8] The Siege of Ketu Ridge was fought in 1968.\n\n"
            "[9] On 2 May 1968 the army shelled the ridge for six hours.\n")
    doc = citations.read(text)
    assert texts(doc, "belligerents", 0) == ["Biafran Liberation Front[1]"]
    assert texts(doc, "belligerents", 1) == ["Federal Republic of Nigeria"]
    assert texts(doc, "commanders", 0) == ["Joseph Okafor (BLF leader)[2]"]
    assert texts(doc, "commanders", 1) == ["Brig. Gen. Sani Bello (Nigerian Army commander)[3]"]
    assert texts(doc, "strength", 0) == ["2,500 cadres[4]"] and texts(doc, "strength", 1) == ["4,000 troops[5]"]
    assert texts(doc, "casualties", 0) == ["210 killed[6]", "3 boats sunk[7]"]
    assert texts(doc, "casualties", 1) == ["45 killed[8]"]


def test_citations_state_name_glued_to_the_next_group_is_two_entries():
    text = ("Battle of Han Crossing\n\nKorean People's Army[1] Republic of Korea United Nations Command[2] "
            "General Ri Song (Front commander)[3] The Battle of Han Crossing was fought in 1950.\n\n"
            "[4] On 3 July 1950 the bridge was blown.\n")
    doc = citations.read(text)
    assert [f.text for f in doc.infobox if f.key == "belligerents"] == [
        "Korean People's Army[1]", "Republic of Korea", "United Nations Command[2]"]


def test_plain_last_casualty_value_before_the_narrative_is_no_heading():
    text = ("Battle of Orsk Bend\n\nBattle of Orsk Bend\nBelligerents\n\nRussia\n\nUkraine\n"
            "Casualties and losses\n700 killed\n\n250 killed\n\nThe Battle of Orsk Bend was fought in 2024.\n")
    doc = plain.read(text)
    assert texts(doc, "casualties", 1) == ["250 killed"]
    assert all(p.heading is None for p in doc.paragraphs)


def test_a_reader_that_breaks_returns_a_sparse_document_with_a_warning():
    from warfile.readers._text import never_raising

    def broken(text):
        raise IndexError("line 3")

    doc = never_raising("plain", broken)("Battle of Tal Qasr\n")
    assert doc.shape == "plain" and doc.text == "Battle of Tal Qasr\n"
    assert doc.warnings == ("plain reader failed: IndexError('line 3')",)


LEAD_FIRST = """Siege of Korvan (2031–2032)

The Siege of Korvan was a battle launched by the forces of Tessaria to recapture the city of Korvan from the Free Amrit Front.

Siege of Korvan (2031–2032)
Part of the Tessarian civil war
Map showing the territory held by the Free Amrit Front around Korvan on 3 December 2031.
Date11 August 2031 – 9 February 2032
Result Tessarian government victory
Belligerents
Tessaria

Free Amrit Front
Strength
10,000 soldiers 1,000 fighters

The siege began on 11 August 2031, when the army cut the last road into the city.
"""


def test_plain_infobox_after_the_lead_and_a_sentence_caption_is_still_read():
    doc = plain.read(LEAD_FIRST)
    keys = {f.key for f in doc.infobox}
    assert {"part_of", "date", "result", "belligerents", "strength"} <= keys
    assert [(k, s, t) for k, s, t in sided(doc) if k == "belligerents"] == [
        ("belligerents", 0, "Tessaria"), ("belligerents", 1, "Free Amrit Front")]
    assert any(doc.text[p.span.start:p.span.end].startswith("The siege began") for p in doc.paragraphs)


def test_plain_supported_by_alone_before_a_blank_line_heads_the_next_block():
    text = LEAD_FIRST.replace("Belligerents\nTessaria\n\nFree Amrit Front",
                              "Belligerents\nTessaria\n\nSupported by:\n\n Korvania\nAmrit Legion\n\n\nFree Amrit Front")
    got = [(k, s, t) for k, s, t in sided(plain.read(text)) if k in ("belligerents", "supporters")]
    assert got == [("belligerents", 0, "Tessaria"), ("supporters", 0, "Korvania\nAmrit Legion"),
                   ("belligerents", 1, "Free Amrit Front")]


MIRROR_WITHOUT_BLANK_LINES = """Siege of Velmora - Wikipedia
Jump to navigation Jump to search
Siege of Velmora
Part of the Amrit War
Date\t3 April – 2 May 2031
Result\tTessarian victory
Belligerents
Tessaria\tAmrit Front
Strength
4,000 soldiers\t900 fighters
Contents
1 Background
2 Siege
The Siege of Velmora was fought between Tessaria and the Amrit Front in April 2031.
Background[edit]
The Amrit Front had held Velmora since the winter of 2030.
Siege[edit]
Opening moves[edit]
On 3 April 2031, Tessarian troops surrounded the town. Two days later, they shelled the citadel.
The defenders withdrew on 2 May
after a month of fighting, and the town was taken.
References[edit]
^ Vance, Ilan (2035). The Amrit War. p. 12.
This page was last edited on 27 November 2033, at 09:14 (UTC).
"""


def test_a_page_copied_without_blank_lines_gives_one_paragraph_per_line_under_its_headings():
    doc = plain.read(MIRROR_WITHOUT_BLANK_LINES)
    got = [(p.heading, doc.text[p.span.start:p.span.end]) for p in doc.paragraphs]
    assert got == [
        (None, "The Siege of Velmora was fought between Tessaria and the Amrit Front in April 2031."),
        ("Background", "The Amrit Front had held Velmora since the winter of 2030."),
        ("Opening moves", "On 3 April 2031, Tessarian troops surrounded the town. Two days later, they shelled the citadel."),
        # a hard-wrapped paragraph stays whole; the References section is not narrative
        ("Opening moves", "The defenders withdrew on 2 May\nafter a month of fighting, and the town was taken."),
    ]


def test_a_mirrors_table_of_contents_ends_the_infobox_rows():
    text = ("Siege of Velmora\nMain menu\nContents\nCurrent events\nSiege of Velmora\nDate\t3 April 2031\n"
            "Casualties and losses\n114 killed\n420 killed (Tessarian claim)\nContents\n1 Background\n2 Siege\n"
            "2.1 Opening moves\nThe Siege of Velmora was fought between Tessaria and the Amrit Front in April 2031.\n")
    doc = plain.read(text)
    assert [f.text for f in doc.infobox if f.key == "casualties"] == ["114 killed\n420 killed (Tessarian claim)"]


def test_a_mirror_pipe_table_whose_padding_row_is_a_pipe_short_keeps_its_columns():
    text = ("| Siege of Velmora (2031) | ||||\n|---|---|---|---|---|\n"
            "| Part of the Amrit War | ||||\n"
            "|\nThe situation in Velmora on 19 May 2031 |\n||||\n"
            "|\n||||\n"  # four cells where the others have five: every later cell was a column off
            "| Strength | ||||\n| Up to 2,000 | 4,000 | |||\n"
            "| Casualties and losses | ||||\n| 110+ killed | 200 killed | |||\n"
            "| 127 civilians killed | ||||\n\n"
            "The Siege of Velmora was fought between Tessaria and the Amrit Front in May 2031.\n")
    doc = pipe_table.read(text)
    assert [(f.key, f.side, f.text) for f in doc.infobox if f.key in SIDE_KEYS + ("civilian_casualties",)] == [
        ("strength", 0, "Up to 2,000"), ("strength", 1, "4,000"),
        ("casualties", 0, "110+ killed"), ("casualties", 1, "200 killed"),
        ("civilian_casualties", None, "127 civilians killed")]  # the row across the box under both sides' losses


def test_a_part_of_row_written_over_several_lines_keeps_every_conflict():
    from warfile.extract.infobox import parse_part_of
    text = ("Siege of Velmora\nPart of the Amrit War,\nthe Tessarian–Korvan conflict (2029–present),\n"
            "and the Korvan intervention in Amrit\nDate 3 April 2031\nResult Tessarian victory\n\n"
            "The Siege of Velmora was fought between Tessaria and the Amrit Front in April 2031.\n")
    (part_of,) = [f.text for f in plain.read(text).infobox if f.key == "part_of"]
    assert parse_part_of(part_of) == ("Amrit War", "Tessarian–Korvan conflict (2029–present)",
                                      "Korvan intervention in Amrit")


def test_a_casualty_row_without_a_figure_or_a_word_of_losses_is_no_claim():
    from warfile.extract.casualties import parse_casualties
    assert [c.text for c in parse_casualties("79 killed\nOffensive stalled\nHeavy losses\nSyrian Democratic Forces")] == [
        "79 killed", "Heavy losses"]


KIWIX_LEAD_FIRST = """Siege of Velmora

The Siege of Velmora was a siege of the town of Velmora by Tessarian forces, part of the Amrit War. It began in September and ended with the capture of Velmora on 16 October.

Siege of Velmora
Part of the Amrit War

Map of the siege
  Tessarian control
Date28 September – 16 October 2031
(2 weeks and 4 days)
Location
Status

Tessarian victory

Belligerents

 Tessaria

 Amrit Front
Strength
2,000 soldiers
500 fighters

On 5 October, Tessarian troops captured the outskirts.
"""


def test_a_kiwix_page_with_its_lead_first_reads_the_box_from_its_caption_on():
    doc = plain.read(KIWIX_LEAD_FIRST)
    got = {f.key: f.text for f in doc.infobox if f.side is None and f.key not in SIDE_KEYS}
    assert got["part_of"] == "the Amrit War" and got["date"].startswith("28 September – 16 October 2031")
    assert got["result"] == "Tessarian victory"  # "Status" stands for the result
    assert "Tessaria" in next(f.text for f in doc.infobox if f.key == "belligerents")


def test_box_rows_run_into_lines_of_label_and_value():
    text = ("Battle of Velmora\n\nBattle of Velmora Part of the Amrit War Tessarian howitzers firing on the ridge, "
            "June 2031 Date 22 May – 13 June 2031[1] Location Velmora ridge, Korva[a] Result Tessarian victory[2]\n"
            "Belligerents Tessaria Amritia[b]\nStrength 2 battalions[9] 60–80 soldiers[10]\n\n"
            "The Battle of Velmora was fought between Tessaria and Amritia in May and June 2031.\n")
    doc = plain.read(text)
    got = [(f.key, f.text) for f in doc.infobox]
    assert ("date", "22 May – 13 June 2031[1]") in got and ("result", "Tessarian victory[2]") in got
    assert ("place", "Velmora ridge, Korva[a]") in got
    assert [t for k, t in got if k == "strength"] == ["2 battalions[9]", "60–80 soldiers[10]"]
    from warfile.extract.infobox import parse_part_of
    assert parse_part_of(next(t for k, t in got if k == "part_of")) == ("Amrit War",)  # the caption cut off


def test_a_run_on_belligerents_row_opening_with_a_state_is_cut_after_it():
    text = ("Siege of Velmora\n\nBelligerents Israel Korvan Front Amrit Jihad[2]\n"
            "Strength 2 battalions[9] 60–80 soldiers[10]\n\nThe Siege of Velmora was fought in May 2031.\n")
    assert [f.text for f in plain.read(text).infobox if f.key == "belligerents"] == ["Israel", "Korvan Front Amrit Jihad[2]"]
    text = text.replace("Israel Korvan Front", "Israel Defense Forces Korvan Front")
    assert [f.text for f in plain.read(text).infobox if f.key == "belligerents"][0].startswith("Israel Defense Forces")


def _pipe_fields(text: str):
    """The pipe-table reader's document and its fields' texts by (key, side)."""
    doc = pipe_table.read(text)
    return doc, {(f.key, f.side): f.text for f in doc.infobox}


def test_a_pipe_table_with_bold_labels_and_br_line_breaks_reads_every_row():
    text = ("# Battle of Velmora\n\nThe Battle of Velmora was fought between Tessaria and Amritia in May 2031.\n\n"
            "| Battle of Velmora | |\n|---|---|\n| Part of the Amrit War | |\n| **Date** | 13 March – 7 May 2031 |\n"
            "| **Belligerents** | |\n| Tessaria<br>*Supported by:*<br>Korva | Amritia |\n"
            "| **Strength** | |\n| 10,800 soldiers<br/>14,000 soldiers | 50,000 troops |\n")
    doc, got = _pipe_fields(text)
    assert got[("date", None)] == "13 March – 7 May 2031" and got[("part_of", None)] == "the Amrit War"
    assert got[("belligerents", 0)] == "Tessaria\nSupported by:\nKorva" and got[("belligerents", 1)] == "Amritia"
    assert got[("strength", 0)] == "10,800 soldiers\n14,000 soldiers"
    f = next(f for f in doc.infobox if f.key == "strength" and f.side == 0)
    assert text[f.span.start:f.span.end] == "10,800 soldiers<br/>14,000 soldiers"


def test_colon_labels_and_a_line_per_column_with_dotted_entries():
    text = ("Battle of Velmora\n\nBattle of Velmora\nPart of the Amrit War\nDate: 23 May – 23 October 2031[2]\n"
            "Location: Velmora, Korva[3]\nResult: Tessarian victory[4]\nBelligerents:\n"
            " Tessaria[5] · Supported by: Korva[6] · Lorria[7]\n Amrit Front[8] · Velmoran Jihad\n"
            "Strength:\n 6,500 troops[18]\n 1,000 militants[19] · 60 militants (by 16 October)[20]\n\n"
            "The Battle of Velmora was a five-month-long armed conflict that started on 23 May 2031.\n")
    doc = read_document(text, "v.txt")
    got = {f.key: f.text for f in doc.infobox if f.side is None}
    assert got["date"].startswith("23 May – 23 October 2031") and got["result"] == "Tessarian victory[4]"
    sides = assign_sides(doc.infobox)
    bell = {f.side: f.text for f in sides if f.key == "belligerents"}
    assert bell[0].split("\n")[0] == "Tessaria[5]" and bell[1] == "Amrit Front[8]\nVelmoran Jihad"
    assert [f.side for f in sides if f.key == "strength"] == [0, 1]


def test_a_mirror_writing_each_column_on_a_line_with_tabs_between_entries_and_a_series_box():
    text = ("Operation Velmora - WikiMili, The Best Wikipedia Reader\nOperation Velmora\n"
            "2031 Tessarian intervention in Amritia\nPart of a series on the\nHistory of Amritia\n\n"
            "Operation Velmora\nPart of the Amrit War\nDate\t11 January 2031 – 15 July 2032\n"
            "Belligerents\nTessaria\tAmritia\tKorva\tSupported by:\tLorria\nAmrit Front\tVelmoran Jihad\n"
            "Strength\n4,500 soldiers\t2,000 soldiers\t6,300 troops\n3,000 fighters\n\n"
            "Operation Velmora was a Tessarian military operation in Amritia, launched on 11 January 2031.\n")
    doc = read_document(text, "v.txt")
    assert [f.text for f in doc.infobox if f.key == "part_of"] == ["the Amrit War"]
    sides = assign_sides(doc.infobox)
    bell = {f.side: f.text for f in sides if f.key == "belligerents"}
    assert bell == {0: "Tessaria\nAmritia\nKorva\nSupported by:\nLorria", 1: "Amrit Front\nVelmoran Jihad"}
    assert {f.side: f.text for f in sides if f.key == "strength"} == {
        0: "4,500 soldiers\n2,000 soldiers\n6,300 troops", 1: "3,000 fighters"}


def test_text_extractor_rows_with_bars_between_columns_and_a_civilian_line_after_them():
    text = ("Battle of Velmora\nFrom Wikipedia, the free encyclopedia\nBattle of Velmora\nPart of Operation Harrow\n"
            "Date: 17–26 September 2031\nBelligerents: Tessaria; Korva; Supported by: Amrit resistance | Velmora\n"
            "Strength: 10,600 troops[5] | 7,000 soldiers (17 September); 13,000 soldiers[6]\n"
            "Casualties and losses: 1,984 killed[7] | 1,300 killed (Velmoran figures)[8]\n"
            "About 450 Amrit civilians killed[9]\n\n"
            "The Battle of Velmora was a battle fought at the town of Velmora from 17 to 26 September 2031.[10]\n")
    got = [(f.key, f.side, f.text) for f in read_document(text, "v.txt").infobox]
    assert ("belligerents", 0, "Tessaria; Korva; Supported by: Amrit resistance") in got
    assert ("belligerents", 1, "Velmora") in got and ("strength", 0, "10,600 troops[5]") in got
    assert ("casualties", None, "About 450 Amrit civilians killed[9]") in got


def test_a_word_processor_paste_with_columns_padded_to_a_position():
    pad = " " * 20
    text = ("Siege of Velmora\n\nSiege of Velmora\nDate\t1 July 2031 – 2 June 2032\n"
            f"Belligerents\tTessaria{pad}Amrit Republic\n"
            f"Commanders and leaders\tCapt. Ilan Voss †{' ' * 15}Capt. Dara Venn\n"
            f"\t2nd Lt. Omar Kell{' ' * 15}Col. Abu Jafer\n"
            f"Strength\t54 soldiers{' ' * 17}400 soldiers\n\t1 doctor\n\t{' ' * 28}1 cannon\n\n"
            "The siege of Velmora was a siege of Tessarian troops in the church of Velmora from 1 July 2031.\n")
    got = [(f.key, f.side, f.text) for f in read_document(text, "v.txt").infobox if f.key in SIDE_KEYS]
    assert got == [("belligerents", 0, "Tessaria"), ("belligerents", 1, "Amrit Republic"),
                   ("commanders", 0, "Capt. Ilan Voss †"), ("commanders", 1, "Capt. Dara Venn"),
                   ("commanders", 0, "2nd Lt. Omar Kell"), ("commanders", 1, "Col. Abu Jafer"),
                   ("strength", 0, "54 soldiers"), ("strength", 1, "400 soldiers"),
                   ("strength", 0, "1 doctor"), ("strength", 1, "1 cannon")]


def test_a_markdownify_page_reads_link_text_and_its_table_ends_at_a_blank_line():
    text = ("# Battle of Velmora\n\nFrom Wikipedia, the free encyclopedia\n\n| Battle of Velmora | |\n| --- | --- |\n"
            "| Part of the [Amrit Revolution](/wiki/Amrit_Revolution \"Amrit Revolution\") | |\n"
            "| Location | [Velmora](/wiki/Velmora,_Korva \"Velmora, Korva\"), [Korva](/wiki/Korva) |\n"
            "| Belligerents | |\n| * ![](//upload.example.org/flag.png) [Amrit Front](/wiki/Amrit_Front) | * Korva |\n\n"
            "The **Battle of Velmora** was the decisive battle of the [Amrit Revolution](/wiki/Amrit_Revolution), "
            "fought from 28 December 2031.[[1]](#cite_note-1)\n\n"
            "## Background[[edit](/w/index.php?title=Battle&action=edit&section=1 \"Edit section: Background\")]\n\n"
            "On 31 August 2031, the [Amrit Front](/wiki/Amrit_Front) left the mountains with orders to cut the island.\n\n"
            "| * [v](/wiki/Template:Amrit) * [t](/wiki/Template_talk:Amrit) | Battles of the revolution |\n"
            "| --- | --- |\n| Battles | * [Moncada (2030)](/wiki/Moncada) |\n")
    doc, got = _pipe_fields(text)
    assert got[("part_of", None)] == "the Amrit Revolution" and got[("place", None)] == "Velmora, Korva"
    assert got[("belligerents", 0)].split() == ["*", "Amrit", "Front"] and ("casualties", 0) not in got
    assert [doc.paragraph_text(p)[:6] for p in doc.paragraphs] == ["The **", "On 31 "]
    assert doc.paragraphs[1].heading == "Background"


def test_a_mobile_pages_lead_above_the_box_in_the_same_run_of_lines_is_a_paragraph():
    text = ("Open main menu\nWikipedia\nSiege of Velmora\nArticle\nTalk\n"
            "The siege of Velmora-al-Amara, also known as the First Battle of Velmora, was the siege of a Tessarian "
            "garrison in the town of Velmora by the Amrit Sixth Army between 7 December 2031 and 29 April 2032.\n"
            "Siege of Velmora\nPart of the Amrit campaign\nDate\n7 December 2031 – 29 April 2032\nResult\nAmrit victory\n"
            "Belligerents\n Tessaria\t Amritia\n\nBackground\nTessarian troops captured Basra on 22 November 2030.\n")
    doc = read_document(text, "v.txt")
    assert doc.paragraph_text(doc.paragraphs[0]).startswith("The siege of Velmora-al-Amara, also known as")
    assert any(f.key == "result" for f in doc.infobox)


def test_a_reading_mode_key_facts_list_with_vs_between_the_sides():
    text = ("Battle of Velmora\nexample.org · 8 min read · Saved on 14 March 2034\n\nKey facts\n"
            "• Date: 1 November 2031\n• Part of: the Amrit War\n• Belligerents: Tessaria vs Amrit Empire\n"
            "• Commanders: Rear Admiral Ilan Voss † vs Vice Admiral Dara Venn\n"
            "• Casualties: 1,660 killed; 2 cruisers sunk vs 3 wounded\n\n"
            "The Battle of Velmora was a naval engagement fought on 1 November 2031 off the coast near Velmora.\n")
    got = [(f.key, f.side, f.text) for f in read_document(text, "v.txt").infobox]
    assert ("date", None, "1 November 2031") in got and ("part_of", None, "the Amrit War") in got
    assert ("belligerents", 0, "Tessaria") in got and ("belligerents", 1, "Amrit Empire") in got
    assert ("casualties", 1, "3 wounded") in got


def test_a_pandoc_grid_table_gives_its_rows_and_cells_gathered_over_lines():
    text = ("+------------------------------+------------------------------+\n"
            "| **Battle of the Velmora Pocket**                              |\n"
            "+==============================+==============================+\n"
            "| Part of the [Eastern Front](Eastern_Front) of the Amrit War   |\n"
            "+------------------------------+------------------------------+\n"
            "| Date                         | 24 January – 17 February 2031 |\n"
            "+------------------------------+------------------------------+\n"
            "| **Belligerents**                                              |\n"
            "+------------------------------+------------------------------+\n"
            "| [Tessaria](Tessaria)         | Amritia                      |\n"
            "+------------------------------+------------------------------+\n"
            "| **Commanders and leaders**                                    |\n"
            "+------------------------------+------------------------------+\n"
            "| Marshal [Ilan                | Gen. Dara Venn               |\n"
            "| Voss](Ilan_Voss) (Stavka)\\   | (8th Army)                   |\n"
            "| Gen. Omar Kell               |                              |\n"
            "+------------------------------+------------------------------+\n\n"
            "The Battle of the Velmora Pocket was fought between 24 January and 17 February 2031.[^1]\n")
    _, got = _pipe_fields(text)
    assert got[("name", None)] == "Battle of the Velmora Pocket"
    assert got[("part_of", None)] == "the Eastern Front of the Amrit War"
    assert got[("date", None)] == "24 January – 17 February 2031"
    assert got[("belligerents", 0)] == "Tessaria" and got[("belligerents", 1)] == "Amritia"
    assert got[("commanders", 0)] == "Marshal Ilan Voss (Stavka)\nGen. Omar Kell"
    assert got[("commanders", 1)] == "Gen. Dara Venn (8th Army)"


def test_a_wikis_tagline_under_the_title_is_no_section_heading():
    from warfile.readers._text import is_heading
    assert not is_heading("*From Wikipedia, the free encyclopedia*")
    assert not is_heading("From Wikipedia, the free encyclopedia")
    assert is_heading("Battlecruiser action")


def test_a_results_points_on_the_lines_below_it_are_part_of_the_result():
    from warfile.extract import extract_operation
    from warfile.readers import read_document
    text = ("Battle of Osk Hill\n\nDate\t2 May 1944\nLocation\tOsk Hill\nResult\tDecisive Tarsenian victory[2]\n"
            "Treaty of Marren[3]\nVelmar withdraws from the valley\nBelligerents\nTarsenia\n\nVelmar\n\n"
            "The Battle of Osk Hill was fought on 2 May 1944 between Tarsenia and Velmar for the hill above Marren.\n")
    op = extract_operation(read_document(text))
    assert op.result == "Decisive Tarsenian victory, Treaty of Marren, Velmar withdraws from the valley"
    assert op.sides[0].belligerents == ("Tarsenia",)  # the next label ends the result


def test_a_results_bulleted_points_lose_their_bullets():
    from warfile.extract.infobox import operation_from_document
    from warfile.model import Document, RawField, Span
    box = "Tarsenian victory\n* Velmar government deposed\n- Treaty of Marren"
    doc = Document(text=box, shape="plain", infobox=(RawField("result", box, None, Span(0, len(box))),))
    assert operation_from_document(doc).result == "Tarsenian victory, Velmar government deposed, Treaty of Marren"


def test_an_html2text_table_a_line_per_row_with_cells_over_several_lines():
    # html2text: the caption row as a title over a rule, a header row whose cell breaks onto a line
    # of its own, rows without outer pipes, labels alone on a line, a blank line inside a cell
    text = ("# Second Battle of Velmora\n\nSecond Battle of Velmora  \n---  \n"
            "Part of the [Amrit War](/wiki/Amrit_War \"Amrit War\")  \n"
            "| Date | 7 November – 23 December 2031  \n(1 month, 2 weeks)  \n---|---  \n"
            "Location | [Velmora](/wiki/Velmora \"Velmora\"), Korva  \nResult | Korvan victory  \n"
            "Belligerents  \n![](//up.example.org/f1.png) [Korva](/wiki/Korva)  \n"
            "![](//up.example.org/f2.png) [Tessa](/wiki/Tessa) | [Amrit Front](/wiki/Amrit_Front)  \n"
            "[Velmora Brigade](/wiki/VB)  \nUnits involved  \n[I Korvan Corps](/wiki/IKC)  \n"
            "  * [1st Rifles](/wiki/1R)\n\n[Tessan Guards](/wiki/TG) | Unknown  \n"
            "Casualties and losses  \n95 killed  \n8 wounded | 1,200 killed  \n1,500 captured  \n  \n"
            "The Second Battle of Velmora was a Korvan offensive in November 2031.\n")
    doc, got = _pipe_fields(text)
    assert got[("name", None)] == "Second Battle of Velmora" and got[("part_of", None)] == "the Amrit War"
    assert got[("date", None)].startswith("7 November – 23 December 2031") and got[("result", None)] == "Korvan victory"
    assert got[("place", None)] == "Velmora, Korva"
    assert got[("belligerents", 0)].split() == ["Korva", "Tessa"]
    assert got[("belligerents", 1)].split() == ["Amrit", "Front", "Velmora", "Brigade"]
    assert got[("units", 0)].split()[-2:] == ["Tessan", "Guards"] and got[("units", 1)] == "Unknown"
    assert got[("casualties", 0)].split() == ["95", "killed", "8", "wounded"]
    assert got[("casualties", 1)].split() == ["1,200", "killed", "1,500", "captured"]
    assert [doc.paragraph_text(p)[:10] for p in doc.paragraphs] == ["The Second"]


def test_a_box_run_into_one_line_under_the_title_keeps_the_title_as_name_and_drops_map_coordinates():
    text = ("Battle of Osk\n\nBattle of Osk Part of the War of the Third Coalition Date 2 December 1805 Location "
            "Osk, Moravia, Korvan Empire 49°8′N 16°46′E Result Decisive Korvan victory[1] Belligerents Korvan "
            "Empire Tessan Empire[2]\n\nThe Battle of Osk (2 December 1805) was one of the most important "
            "engagements of the war.\n\nCourse\nAt about 08:00 on 2 December, the first columns attacked the village.\n")
    op = extract_operation(plain.read(text))
    assert op.name == "Battle of Osk"
    assert op.places == ("Osk", "Moravia", "Korvan Empire")


def test_a_copied_table_row_whose_first_cell_is_empty_gives_its_value_to_the_second_column():
    text = ("Battle of Osk\n\nBattle of Osk\nPart of the Korvan War\nDate\t28 February – 20 April 1986\n"
            "Belligerents\nOsk Front\tKorvan Republic\nTessaria\nCommanders and leaders\nIlan Voss\tGen. Tarek Amrani\n"
            "Units involved\n\t38th Commando Brigade\n25th Infantry Division\nStrength\n\t12,000 soldiers[1]\n"
            "Casualties and losses\n106 killed, 321 wounded[2]\t530 captured[3]\n\n"
            "The Battle of Osk was fought in 1986 between the Osk Front and the army of the Korvan Republic.\n")
    op = extract_operation(plain.read(text))
    assert [s.belligerents for s in op.sides] == [("Osk Front",), ("Korvan Republic", "Tessaria")]
    assert [s.units for s in op.sides] == [(), ("38th Commando Brigade", "25th Infantry Division")]
    assert [[q.text for q in s.strength] for s in op.sides] == [[], ["12,000 soldiers"]]


def test_rows_that_all_open_with_a_tab_have_a_column_of_flag_icons_not_an_empty_first_cell():
    text = ("Operation Osk\n\nOperation Osk\nPart of the Korvan War\nDate\t21–25 May 1982\n"
            "Belligerents\n\t Korva\t Tessaria\nCommanders and leaders\n\tCdre. Ilan Voss\n"
            "Brig. Tarek Amrani\tBrig. Gen. Omar Velt\nStrength\n\t4,000 troops[1]\t62 soldiers\n\n"
            "Operation Osk was the landing of Korvan forces on 21 May 1982.\n")
    op = extract_operation(plain.read(text))
    assert [s.belligerents for s in op.sides] == [("Korva",), ("Tessaria",)]
    assert [[q.text for q in s.strength] for s in op.sides] == [["4,000 troops"], ["62 soldiers"]]
    assert [c.name for c in op.sides[0].commanders][:1] == ["Ilan Voss"]


def test_a_references_heading_opening_its_block_ends_the_prose():
    text = ("Battle of Osk\n\nThe Battle of Osk was fought on 3 May 1944 between Korva and Tessaria.\n\n"
            "Aftermath\nThe war ended a year later, on 9 May 1945, with the treaty of Velm.\n\n"
            "References\n1. ^ Durham, William H. (1979). Scarcity and Survival in Central Korva. Stanford University "
            "Press. p. 165.\n2. ^ a b Anderson, Thomas P. (1981). The War of the Dispossessed: Korva and Tessaria, 1969. "
            "University of Nebraska Press. p. 136.\n3. ^ \"Korva and Tessaria sign peace treaty\". The New York Times. "
            "31 October 1980.\n")
    doc = plain.read(text)
    assert [doc.paragraph_text(p)[:16] for p in doc.paragraphs] == ["The Battle of Os", "The war ended a "]
    assert [p.heading for p in doc.paragraphs] == [None, "Aftermath"]


def test_commanders_in_rows_of_tab_separated_cells_go_to_the_side_of_their_cell():
    text = ("Osk War\n\nOsk War\nDate\t14–18 July 1969\nBelligerents\nKorva\tTessaria\nCommanders and leaders\n"
            "Ilan Voss (President)\tOmar Velt (President)\nGen. Tarek Amrani (National Guard)\tCapt. Jon Sova (Air Force)\n\n"
            "The Osk War was a brief war fought between Korva and Tessaria in July 1969.\n")
    op = extract_operation(plain.read(text))
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Ilan Voss", "Tarek Amrani"], ["Omar Velt", "Jon Sova"]]


def test_a_box_row_whose_value_opens_with_an_estimate_is_read():
    text = ("Battle of Osk\n\nBattle of Osk\nDate: 14–18 November 1965\nBelligerents: Korva | Tessaria\n"
            "Strength: c. 1,000 soldiers | about 2,500 soldiers\n\n"
            "The Battle of Osk was fought from 14 to 18 November 1965 in the valley of the Osk.\n")
    op = extract_operation(plain.read(text))
    assert [[q.text for q in s.strength] for s in op.sides] == [["c. 1,000 soldiers"], ["about 2,500 soldiers"]]


@pytest.mark.parametrize("path, title", [
    # a copy of a Wikipedia page opening with the skin's chrome: skip link, menus, contents, tabs
    ("blind22/docs/01_siege_of_multan.txt", "Siege of Multan (1848–1849)"),
    # a reference library's page: a bar of links, a "Home > …" trail, "< Previous entry" links,
    # then the headword in capitals
    ("blind23/docs/235_5a458c3331844af0.txt", "The Siege and Storm of Delhi"),
])
def test_a_copied_page_is_titled_past_the_chrome_it_opens_with(path, title):
    text = (Path(__file__).parent / path).read_text(encoding="utf-8")
    assert read_document(text, path=path).title == title


def test_a_google_docs_export_keeps_a_cells_lines_apart():
    # Google Docs writes a table cell's line breaks as vertical tabs, its columns as tabs
    text = ("Siege of Corvel\r\nPart of the Long War\r\nDate\t2 April – 9 May 1711\r\nLocation\tCorvel, Marn\r\n"
            "Belligerents\r\nKingdom of Estria\x0bFree Company\tDuchy of Marn\r\n"
            "Commanders and leaders\r\nMarshal Osk\x0bGeneral Vell\tHenrik Arn\r\n\r\n"
            "The Siege of Corvel was fought from 2 April to 9 May 1711 between Estria and Marn.\r\n")
    op = extract_operation(read_document(text))
    assert [s.belligerents for s in op.sides] == [("Kingdom of Estria", "Free Company"), ("Duchy of Marn",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Osk", "Vell"], ["Henrik Arn"]]


def test_html2texts_table_under_a_one_cell_head_and_its_rule_is_the_box():
    # html2text: the caption over a lone "---", rows a line each ("Date | …"), a section's label after
    # a blank line that follows a cell's list
    text = ("# Siege of Corvel\n\nSiege of Corvel  \n---  \nPart of the [Long War](https://x.org/Long_War \"Long War\")  \n"
            "Date | 2 April – 9 May 1711  \nLocation | [Corvel](https://x.org/Corvel), Marn  \n"
            "Result | Estrian victory  \n  * Corvel annexed\n\nBelligerents  \n[Estria](https://x.org/Estria) | Marn  \n"
            "Commanders and leaders  \nMarshal Osk | Henrik Arn  \n\n"
            "The Siege of Corvel was fought from 2 April to 9 May 1711 between the armies of\n"
            "Estria and the duchy of Marn, and on 20 April the besiegers stormed the outer bastion.\n")
    doc = read_document(text)
    assert doc.shape == "pipe-table"
    op = extract_operation(doc)
    assert (op.start_date, op.end_date, op.places) == ("1711-04-02", "1711-05-09", ("Corvel", "Marn"))
    assert [s.belligerents for s in op.sides] == [("Estria",), ("Marn",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Osk"], ["Henrik Arn"]]
    assert "1711-04-20" in [e.date for e in op.events]


def test_the_coordinates_under_a_copied_box_are_no_rows_value():
    text = ("Battle of Kessa\n\nDate\t2–3 February 2008\nLocation\tKessa\nResult\tOrlan victory\n"
            "Belligerents\nOrland\tTessa\nCasualties and losses\n1,029 killed\t25,000 killed\n"
            "Coordinates: 40°23′N 127°15′E\n\n"
            "The Battle of Kessa was fought on 2 and 3 February 2008 between Orland and Tessa near the river.\n")
    op = extract_operation(read_document(text, "kessa.txt"))
    assert [[c.text for c in s.casualties] for s in op.sides] == [["1,029 killed"], ["25,000 killed"]]


def test_a_documents_table_saved_as_text_runs_each_cells_lines_on_until_a_tab():
    text = ("Battle of Kessa\n\nDate\t6 August 2024 – 26 April 2025\nLocation\tKessa, Orland\nResult\tOrlan victory\n"
            "Belligerents\tTessa\tOrland\nVeya\n"
            "Commanders and leaders\tAlen Vos (President)\nGen. Ola Syr\tPetr Pul (President)\nGen. Val Ger\n"
            "Units involved\t80th Air Assault Brigade\n82nd Air Assault Brigade\tAkhmat special forces\n"
            "Strength\tc. 10,000 troops\tc. 50,000 troops\n11,000 Veyan troops\n\n"
            "The Battle of Kessa was a cross-border operation of Tessa that began on 6 August 2024 near the river.\n")
    op = extract_operation(read_document(text, "kessa.txt"))
    assert [s.belligerents for s in op.sides] == [("Tessa",), ("Orland", "Veya")]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Alen Vos", "Ola Syr"], ["Petr Pul", "Val Ger"]]
    assert [s.units for s in op.sides] == [("80th Air Assault Brigade", "82nd Air Assault Brigade"), ("Akhmat special forces",)]
    assert [[q.text for q in s.strength] for s in op.sides] == [["c. 10,000 troops"], ["c. 50,000 troops", "11,000 Veyan troops"]]


def test_markdown_escaped_throughout_by_a_converter_is_read_with_its_escapes_and_links_undone():
    text = ("*Copied from Wikipedia for the Franco\\-Orlan War reading pack \\(K\\.S\\., 12 March 2025\\)\\.*\n\n"
            "# Battle of Kessa\n\nFrom Wikipedia, the free encyclopedia\n\n__Battle of Kessa__\n\n"
            "Part of the [Franco\\-Orlan War](https://en\\.wikipedia\\.org/wiki/Franco\\-Orlan\\_War)\n\n"
            "Date\n\n17 January 1941\n\nLocation\n\nOff [Kessa](https://en\\.wikipedia\\.org/wiki/Kessa)\n\n"
            "Result\n\nFrench victory\n\n"
            "The Battle of Kessa \\(17 January 1941\\) was fought between the French navy and the Orlan navy off "
            "the island of Kessa\\. On 17 January 1941 the French squadron sank two Orlan torpedo boats\\.\n")
    op = extract_operation(read_document(text, "kessa.md"))
    assert op.name == "Battle of Kessa" and op.part_of == ("Franco-Orlan War",)
    assert op.places == ("Kessa",) or op.places == ("Off Kessa",)
    assert "\\" not in " ".join(e.summary for e in op.events)


# A declassified telegram, in a teletype's capitals throughout, times of day as four digits.
CABLE = """DEPARTMENT OF STATE
TELEGRAM
FM AMEMBASSY OSK
TO SECSTATE WASHDC 1184

SUBJECT: BATTLE OF OSK FORD - REVIEW

1. ON MAY 2, 1944 THE SECOND CORPS CAPTURED THE VILLAGE OF DOLNY BROD AFTER A NIGHT CROSSING OF THE OSK RIVER.
EMBASSY OBSERVERS REPORTED LIGHT LOSSES ON BOTH SIDES.

2. AT 1940 LOCAL ON MAY 4 VELMAR ARTILLERY SHELLED THE BRIDGEHEAD, KILLING TWELVE SOLDIERS OF THE US
LIAISON TEAM AND THE SECOND CORPS. THE OAS OBSERVERS PROTESTED THE NEXT DAY.

3. THE FRONT HAS BEEN QUIET SINCE THE CEASEFIRE OF MAY 9, WHICH BOTH SIDES HAVE RESPECTED SO FAR.
"""


def test_a_cable_in_capitals_is_read_in_sentence_case_and_its_times_are_no_years():
    doc = read_document(CABLE, path="cable.txt")
    assert "The second corps captured the village" in doc.text or "the second corps captured" in doc.text.lower()
    assert "US" in doc.text and "OAS" in doc.text  # acronyms stay in capitals
    events = {(e.date, e.type) for e in extract_operation(doc).events}
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= events
    assert not any(d.startswith("1940") for d, _ in events)  # "1940 local" is a time of day


# The cable's fact sheet at its end, lettered as staff papers letter it, rows wrapped under their label.
FACT_SHEET = """

4. FACT SHEET:
   A. OPERATION: OSK FORD (SECOND CORPS); RIVER CROSSING FROM
      MAY 2, 1944.
   B. PERIOD: MAY 2, 1944 - MAY 9, 1944.
   C. AREA: DOLNY BROD, TARSENIA.
   D. OUTCOME: BRIDGEHEAD HELD; CEASEFIRE OF MAY 9.
   E. FRIENDLY FORCES: TARSENIA; VOLUNTEER LEGION.
      (1) COMMANDERS: LTGEN ALDO VERIS, CORPS COMMANDER.
      (2) UNITS: SECOND CORPS; 4TH RIVER BRIGADE.
      (3) STRENGTH: 3,000 TROOPS.
   F. OPPOSING FORCES: VELMAR REPUBLIC.
      (1) COMMANDER: COL PERO LASK.
      (2) STRENGTH: 5,000 SOLDIERS (EMBASSY ESTIMATE).
      (3) LOSSES: 300 KILLED.

OSKAR
"""


def test_a_cables_lettered_fact_sheet_is_its_box_each_forces_group_a_side():
    doc = read_document(CABLE + FACT_SHEET, path="cable.txt")
    rows = {(f.key, f.side): f.text for f in doc.infobox}
    assert rows[("date", None)].startswith("May 2, 1944 - May 9, 1944")
    assert rows[("place", None)].lower().startswith("dolny brod, tarsenia")
    assert rows[("belligerents", 0)].lower().startswith("tarsenia; volunteer legion")
    assert rows[("belligerents", 1)].lower().startswith("velmar republic")
    assert rows[("units", 0)].lower().startswith("second corps; 4th river brigade")  # a numbered row under its group
    assert rows[("casualties", 1)].lower().startswith("300 killed")
    assert "river crossing from may 2, 1944" in " ".join(rows[("name", None)].lower().split())  # its wrapped line joined
    op = extract_operation(doc)
    assert (op.start_date, op.end_date) == ("1944-05-02", "1944-05-09")
    assert [s.belligerents[0].lower() for s in op.sides] == ["tarsenia", "velmar republic"]
    assert [(p.rank, p.name.lower()) for p in op.sides[1].commanders] == [("Col", "pero lask")]  # the cable's rank
    assert op.sides[1].strength[0].claimant == "embassy"


def test_a_row_numbering_its_side_keeps_the_number_out_of_the_value():
    page = ("Battle of Osk Ford\n\nDate: 2 May 1944\nBelligerents 1: Tarsenia\nBelligerents 2: Velmar Republic\n"
            "Result: Tarsenian victory\n\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod.\n")
    doc = read_document(page, path="osk.txt")
    assert [(f.key, f.side, f.text) for f in doc.infobox if f.key == "belligerents"] == [
        ("belligerents", 0, "Tarsenia"), ("belligerents", 1, "Velmar Republic")]


def test_a_coordinates_line_above_the_lead_heads_no_section():
    page = ("Battle of Osk Ford\n\nFrom Wikipedia, the free encyclopedia\n\nCoordinates: 10°18′37″N 124°01′02″E\n"
            "The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic at the ford.\n\n"
            "Battle\n\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod after a night crossing.\n")
    doc = read_document(page, path="osk.txt")
    assert [p.heading for p in doc.paragraphs] == [None, "Battle"]


def test_citation_marks_written_with_spaces_inside_leave_their_paragraph_prose():
    page = ("Battle of Osk Ford\n\nDate: 2 May 1944\nResult: Tarsenian victory\n\n"
            "The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic. [ 1 ]\n\n"
            "On 2 May 1944 the Second Corps captured the village of Dolny Brod. [ 2 ] Two days later Velmar "
            "artillery shelled the bridgehead. [ 3 ]\n")
    doc = read_document(page, path="osk.txt")
    assert "[1]" in doc.text and "[ 1 ]" not in doc.text  # inscriptis's marks as marks
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= {(e.date, e.type) for e in extract_operation(doc).events}


def test_a_digests_background_note_names_its_box_and_its_launched_and_ended_rows_date_it():
    page = ("OSK VALLEY MONITORING DIGEST\n\nOn 4 May 1944 Velmar artillery shelled the bridgehead, radio Velmar said.\n\n"
            "BACKGROUND NOTE: OPERATION OSK FORD (\"RIVER GUARD\") AT A GLANCE\n\n"
            "Launched:     2 May 1944 (night)\nEnded:        4 May 1944, with the bridgehead held\n"
            "Area:         Dolny Brod, Tarsenia\nSides:        Tarsenian army (infantry, engineers) v. Velmar Republic\n"
            "Outcome:      Tarsenian victory\n")
    op = extract_operation(read_document(page, path="digest.txt"))
    assert op.name.casefold() == "operation osk ford"  # the note's title, its quoted translation dropped
    assert (op.start_date, op.end_date) == ("1944-05-02", "1944-05-04")
    assert [s.belligerents for s in op.sides] == [("Tarsenian army (infantry, engineers)",), ("Velmar Republic",)]


def test_a_section_whose_lines_hold_two_columns_of_text_gives_each_column_to_its_side():
    page = ("Battle of Osk Ford\n\nDate      2–4 May 1944\nResult    Tarsenian victory\n\n"
            "Belligerents\n    * Tarsenia                   Velmar Republic\n    * Volunteer Legion           Osk Militia\n"
            "    * River Guards\n\n"
            "Commanders and leaders\n    * Aldo Veris †               * Pero Lask\n    * Emil Sarn                  * Ivo Branik\n"
            "                                 * Tomas Varn\n\n"
            "The Battle of Osk Ford was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic.\n")
    op = extract_operation(read_document(page, path="osk.txt"))
    # (an entry alone on its line goes to the column it starts in)
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Volunteer Legion", "River Guards"),
                                                  ("Velmar Republic", "Osk Militia")]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Aldo Veris", "Emil Sarn"],
                                                                ["Pero Lask", "Ivo Branik", "Tomas Varn"]]
    assert op.sides[0].commanders[0].killed


def test_a_cable_in_capitals_spells_states_and_the_names_after_a_rank_as_names():
    from warfile.readers._text import sentence_cased, title_cased
    cased = sentence_cased("ON MAY 3 GEN JOHN SMITH SAID THAT THE ARMY OF IRAQ HELD PART OF SOUTH SUDAN. "
                           "COL CAAMANO ORDERED A HALT. THE OAS PROTESTED.")
    assert "Gen John Smith said" in cased  # the rank's two words, not the verb after them
    assert "Col Caamano ordered" in cased
    assert "army of Iraq held part of South Sudan" in cased
    assert "The OAS protested" in cased  # an acronym stays one
    assert title_cased("THE ATTACK ON IRAQ BY THE RAF") == "The Attack on Iraq by the RAF"
    assert len(cased) == len("ON MAY 3 GEN JOHN SMITH SAID THAT THE ARMY OF IRAQ HELD PART OF SOUTH SUDAN. "
                             "COL CAAMANO ORDERED A HALT. THE OAS PROTESTED.")  # offsets kept


def test_a_mirror_with_a_long_menu_before_its_box_is_named_by_the_boxs_caption():
    menu = "\n".join(["Dictionary, Encyclopedia and Thesaurus - The Free Dictionary", "13,925,214,803 visitors served", ""]
                     + [w for lang in ("English", "Español", "Deutsch", "Français", "Italiano", "Polski", "Português",
                                       "Nederlands", "Norsk", "Русский", "Türkçe", "Search", "Word / Article",
                                       "Starts with", "Ends with", "Text", "Log in / Register", "Share on Facebook",
                                       "Share on Twitter", "Keyboard")
                        for w in (lang, "")])
    page = (menu + "\nBattle of Osk Ford\n\nBattle of Osk Ford\nPart of the Tarsen War\nDate\t2–4 May 1944\n"
            "Result\tTarsenian victory\nBelligerents\nTarsenia\tVelmar Republic\n\n"
            "The Battle of Osk Ford was fought from 2 to 4 May 1944 between Tarsenia and Velmar.[1]\n")
    op = extract_operation(read_document(page, path="osk.txt"))
    assert op.name == "Battle of Osk Ford" and op.result == "Tarsenian victory"


def test_a_mirror_showing_the_templates_parameter_names_gives_each_sides_rows_and_their_lines():
    page = ("Everything Explained.Today\n\nBattle of Osk Ford explained\n\nConflict:Battle of Osk Ford\n"
            "Partof:the Tarsen War\nDate:2 May 1944\nResult:Tarsenian victory\nCombatant1:Tarsenia\n"
            "Combatant2:Velmar Republic\nCommander1: Aldo Veris\nIlse Darn\nCommander2: Pero Lask\nIvo Kand\n"
            "Strength1:3,000 infantry\n12 guns\nStrength2:5,000\n\n"
            "The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and Velmar.[1]\n")
    op = extract_operation(read_document(page, path="osk.txt"))
    assert op.name == "Battle of Osk Ford" and op.part_of == ("Tarsen War",) and op.start_date == "1944-05-02"
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask", "Ivo Kand"]]
    assert len(op.sides[0].strength) == 2


def test_html2texts_underscored_links_read_as_words_and_its_starred_heading_as_a_title():
    from warfile.readers._text import clean_title
    links = " ".join(f"Link_number_{w}" for w in ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
                                                  "Nine", "Ten", "Eleven", "Twelve"))
    page = (f"{links}\n\n****** Battle of Osk Ford ******\nPart of the Tarsen_War\nDate     2 May 1944\n"
            "Result   Tarsenian victory\n\nThe Battle of Osk Ford was fought on 2 May 1944 when Velmar_Republic "
            "columns attacked the ford held by Tarsenian troops under Aldo_Veris.[1]\n")
    doc = read_document(page, path="osk.txt")
    assert "Velmar Republic columns" in doc.text and "Aldo Veris" in doc.text and len(doc.text) == len(page)
    assert extract_operation(doc).part_of == ("Tarsen War",)
    assert clean_title("****** Battle of Osk Ford ******") == "Battle of Osk Ford"


def test_a_box_caption_is_found_past_blank_lines_and_menus_counted_as_text_lines_only():
    menu = "\n" * 100 + "\n".join(f"    * Menu entry {i}" for i in range(60))
    page = (menu + "\n\nFrom Wikipedia, the free encyclopedia\nBattle of Osk Ford\nPart of the Tarsen War\n"
            "Date     2 May 1944\nResult   Tarsenian victory\n\nThe Battle of Osk Ford was fought on 2 May 1944 "
            "between Tarsenia and the Velmar Republic, whose columns attacked the ford.[1]\n")
    assert extract_operation(read_document(page, path="osk.txt")).name == "Battle of Osk Ford"
