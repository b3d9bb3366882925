"""The CSV/TSV reader: a spreadsheet of engagements, one a row, read end to end. Invented battles."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warfile.extract import extract_operation
from warfile.readers import csv_record as reader
from warfile.readers import detect, read_document

EXAMPLES = Path(__file__).parent.parent / "examples"

HEADER = ["engagement", "other_names", "war", "start", "end", "location", "country", "side_a", "side_b",
          "commanders_a", "commanders_b", "strength_a", "strength_b", "casualties_a", "casualties_b",
          "result", "source_url", "description"]
MARREN = ["Battle of Marren Ford", "Marren crossing", "Tarsen War", "1944-05-02", "1944-05-09", "Marren Ford",
          "Tarsenia", "Tarsenia", "Velmar Republic", "Gen. Aldo Veris; Col. Ilse Darn", "Gen. Pero Lask",
          "12,000 soldiers", "9,500 soldiers", "410 killed, 900 wounded", "1,200 killed; 700 captured",
          "Tarsenian victory", "https://example.org/marren",
          "The Battle of Marren Ford was fought between Tarsenia and the Velmar Republic for the crossings "
          "of the Osk in May 1944.\nOn 2 May 1944 the Velmar vanguard attacked the ford and captured the "
          "village of Dolny Brod. On 5 May the Tarsenian Second Corps counterattacked from the east and "
          "recaptured Dolny Brod.\nOn 9 May 1944 the last Velmar battalions withdrew across the river."]
OSK = ["Battle of Osk Hill", "", "Tarsen War", "1944-06-01", "1944-06-03", "Osk Hill", "Tarsenia", "Tarsenia",
       "Velmar Republic", "", "", "", "", "", "", "Stalemate", "", "A short fight for the hill."]


def _sheet(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


CSV = _sheet([HEADER, MARREN, OSK])

# Other spellings of the columns: numbered sides, one date, a belligerents pair, a "notes" column.
NUMBERED = _sheet([
    ["name", "part of", "date", "place", "belligerents_1", "belligerents_2", "commander_1", "commander_2",
     "losses_1", "losses_2", "notes"],
    ["Raid on Olsk", "Vesk insurgency", "4 June 2003", "Olsk, Vesk", "Olsk Brigades", "Vesk Army", "Ilir Darga",
     "Maj. Tomas Venn", "12 killed", "3 killed, 8 wounded",
     "The Raid on Olsk was an attack by the Olsk Brigades on the police station in Olsk.\n\n"
     "On 4 June 2003 the brigades attacked the station at dawn.\nThey were driven off by the evening."],
], delimiter="\t")

OTHER_SHAPES = {
    "prose": "The Battle of Osk Hill, fought in May 1944, was short. On 2 May, the Second Corps attacked the hill.\n"
             "Date, location and result are disputed, as the records were lost.\n",
    "markdown table": "| Date | Location | Result |\n|---|---|---|\n| 2 May 1944 | Osk Hill | Victory |\n",
    "wikitext": "{| class=wikitable\n! Date !! Location !! Result\n|-\n| 2 May || Osk Hill, Tarsenia || Won\n|}\n",
    "markdown": "---\ntitle: Battle of Osk Hill\ntags: [date, place, result]\n---\n# Battle\n\nText, more, text.\n",
    "html": "<table><tr><th>Date</th><th>Location</th><th>Result</th></tr>"
            "<tr><td>2 May 1944</td><td>Osk Hill, Tarsenia</td><td>Victory</td></tr></table>",
    "numbers": "1,2,3\n4,5,6\n7,8,9\n",
}


def test_a_csv_sheet_is_detected_and_its_first_row_read() -> None:
    assert detect(CSV) == ("csv", 0.9)
    doc = read_document(CSV)
    assert doc.shape == "csv" and doc.title == "Battle of Marren Ford"
    assert any("1 more row(s) left out" in w for w in doc.warnings)
    assert "Osk Hill" not in doc.text
    fields = {(f.key, f.side): f.text for f in doc.infobox}
    assert fields[("date", None)] == "1944-05-02 – 1944-05-09"  # start and end columns in one field
    assert fields[("place", None)] == "Marren Ford, Tarsenia"
    assert fields[("commanders", 0)] == "Gen. Aldo Veris\nCol. Ilse Darn"
    assert ("source_url", "https://example.org/marren") in doc.meta
    assert [doc.paragraph_text(p)[:24] for p in doc.paragraphs] == [
        "The Battle of Marren For", "On 2 May 1944 the Velmar", "On 9 May 1944 the last V"]
    for f in doc.infobox:
        assert doc.text[f.span.start:f.span.end] == f.text


def test_a_csv_sheet_extracts_to_its_operation_and_dated_events() -> None:
    op = extract_operation(read_document(CSV))
    assert op.name == "Battle of Marren Ford" and op.aliases == ("Marren crossing",)
    assert (op.start_date, op.end_date) == ("1944-05-02", "1944-05-09")
    assert op.places == ("Marren Ford", "Tarsenia") and op.part_of == ("Tarsen War",)
    assert op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(p.rank, p.name) for p in s.commanders] for s in op.sides] == [
        [("Gen.", "Aldo Veris"), ("Col.", "Ilse Darn")], [("Gen.", "Pero Lask")]]
    assert [[q.count.low for q in s.strength] for s in op.sides] == [[12000], [9500]]
    assert (op.sides[0].casualties[0].killed.low, op.sides[0].casualties[0].wounded.low) == (410, 900)
    assert (op.sides[1].casualties[0].killed.low, op.sides[1].casualties[0].captured.low) == (1200, 700)
    events = {(e.date, e.type) for e in op.events}
    assert {("1944-05-02", "capture"), ("1944-05-05", "counterattack"), ("1944-05-09", "withdrawal")} <= events


def test_a_tsv_sheet_with_numbered_sides_and_blank_line_paragraphs_is_read() -> None:
    assert detect(NUMBERED)[0] == "csv"
    doc = read_document(NUMBERED)
    assert not doc.warnings
    assert [doc.paragraph_text(p) for p in doc.paragraphs][1] == (
        "On 4 June 2003 the brigades attacked the station at dawn. They were driven off by the evening.")
    op = extract_operation(doc)
    assert op.name == "Raid on Olsk" and op.start_date == "2003-06-04" and op.part_of == ("Vesk insurgency",)
    assert [s.belligerents for s in op.sides] == [("Olsk Brigades",), ("Vesk Army",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Ilir Darga"], ["Tomas Venn"]]
    assert [s.casualties[0].killed.low for s in op.sides] == [12, 3]
    assert ("2003-06-04", "attack") in {(e.date, e.type) for e in op.events}


def test_column_names_map_onto_fields_and_sides() -> None:
    def mapped(header: str):
        c = reader.column_for(header)
        return c and (c.role, c.key, c.side)
    assert mapped("side_a") == ("field", "belligerents", 0)
    assert mapped("Side B") == ("field", "belligerents", 1)
    assert mapped("casualties_2") == ("field", "casualties", 1)
    assert mapped("side_a_strength") == ("field", "strength", 0)
    assert mapped("Combatant1") == ("field", "belligerents", 0)
    assert mapped("other_names") == ("field", "aliases", None)
    assert mapped("Summary") == ("prose", None, None)
    assert mapped("end_date") == ("end", None, None)
    assert mapped("a") is None and mapped("2") is None and mapped("alpha") is None


@pytest.mark.parametrize("name", sorted(OTHER_SHAPES))
def test_csv_is_not_detected_for_other_shapes(name: str) -> None:
    assert reader.score(OTHER_SHAPES[name]) == 0.0
    assert detect(OTHER_SHAPES[name])[0] != "csv"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_csv_does_not_claim_the_seed_examples(path: Path) -> None:
    assert reader.score(path.read_text(encoding="utf-8")) == 0.0


def test_a_csv_with_a_broken_quote_gives_a_document_with_warnings() -> None:
    broken = CSV.replace('"12,000 soldiers"', '"12,000 soldiers')
    doc = read_document(broken, shape="csv")
    assert doc.shape == "csv" and any("quote" in w for w in doc.warnings)
    assert doc.title == "Battle of Marren Ford"
    unclosed = 'name,date,place,description\nRaid on Olsk,4 June 2003,Olsk,"On 4 June the brigades attacked.\n'
    doc = read_document(unclosed)
    assert doc.shape == "csv" and any("quote" in w for w in doc.warnings)
    assert extract_operation(doc).start_date == "2003-06-04"


@pytest.mark.parametrize("text", ["", "\n\n", "name,date,place\n", '"', 'a,"b\n"c', "\x00,\x00\n\x00",
                                  CSV[:len(CSV) // 3], "engagement;war;start\n;;\n"])
def test_odd_csv_never_raises(text: str) -> None:
    doc = reader.read(text)
    assert doc.shape == "csv" and doc.warnings
    for f in doc.infobox:
        assert 0 <= f.span.start <= f.span.end <= len(doc.text)


CSV_SOUP = st.sampled_from(list(",;\t\"\n\r ab1-") + ["side_a", "side_b", "name", "start", "end", "description",
                                                     "casualties_1", "\ufeff", "date", "place"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CSV_SOUP, max_size=60).map("".join))
def test_csv_reader_reads_cell_soup_without_failing(text: str) -> None:
    assert 0.0 <= reader.score(text) <= 0.95
    doc = reader.read(text)
    assert not any("reader failed" in w for w in doc.warnings), doc.warnings
    for f in doc.infobox:
        assert doc.text[f.span.start:f.span.end] == f.text


def test_a_spreadsheet_of_several_engagements_is_a_document_per_row(tmp_path) -> None:
    from warfile import store
    from warfile.pipeline import ingest
    from warfile.store.operations import iter_records

    sheet = tmp_path / "tarsen_war.csv"
    sheet.write_text(CSV, encoding="utf-8")
    conn = store.connect(tmp_path / "kb.db")
    summary = ingest([str(sheet)], conn, progress=False)
    assert summary.ingested == 2
    records = {r["name"]: r for r in iter_records(conn)}
    assert sorted(records) == ["Battle of Marren Ford", "Battle of Osk Hill"]
    assert records["Battle of Marren Ford"]["sources"][0]["path"].endswith("tarsen_war.csv#Battle of Marren Ford")
    assert records["Battle of Osk Hill"]["result"] == "Stalemate"


def test_a_scrapers_row_with_the_box_as_a_json_cell_is_read_as_the_page_it_holds() -> None:
    # a scraper's export: page metadata, the infobox's parameters as a JSON object (values still
    # wikitext) in one cell, the article's extract (with wikitext headings) in another
    import json
    box = {"conflict": "Battle of Varsk Causeway", "partof": "the [[Osk War]]", "date": "3–4 May 1979",
           "place": "Varsk, [[Tarsenia]]", "result": "Tarsenian victory", "active": True, "units2": None,
           "combatant1": "{{flag|Tarsenia}}", "combatant2": "{{flag|Velmar}}<br />[[Osk Legion]]",
           "commander1": "{{plainlist|\n* [[Brigadier]] Aldo Veris\n}}", "commander2": "Pero Lask {{KIA}}",
           "casualties1": "c. 30 killed<ref name=\"a\">{{cite book |title=Osk |year=1983}}</ref>"}
    extract = ("The Battle of Varsk Causeway was fought on 3 and 4 May 1979 at Varsk between Tarsenia and "
               "Velmar.\n\n\n== Battle ==\nOn 3 May 1979 Velmar troops captured the causeway. On 4 May the "
               "Tarsenian brigade recaptured Varsk.")
    text = _sheet([["page_id", "title", "url", "infobox_json", "extract"],
                   ["4721", "Battle of Varsk Causeway", "https://example.org/varsk", json.dumps(box), extract]])
    doc = read_document(text)
    assert doc.shape == "csv" and doc.title == "Battle of Varsk Causeway"
    fields = {(f.key, f.side): f.text for f in doc.infobox}
    assert fields[("result", None)] == "Tarsenian victory" and "Osk War" in fields[("part_of", None)]
    op = extract_operation(doc)
    assert [list(s.belligerents) for s in op.sides] == [["Tarsenia"], ["Velmar", "Osk Legion"]]
    assert [(c.name, c.killed) for c in op.sides[1].commanders] == [("Pero Lask", True)]
    assert "cite book" not in doc.text and "== Battle ==" not in doc.text
    assert {e.date for e in op.events} >= {"1979-05-03", "1979-05-04"}
