"""Flat tables (csv/jsonl/parquet) and the UCDP GED / ACLED layouts written from the store."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warfile.export import layouts, tables
from warfile.model import Casualties, Count, Event, Operation, Person, Side, Source, Span
from warfile.serialize import record_to_dict
from warfile.store import connect

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

SIEGE = Operation(
    name="Siege of Varnholt", id="siege-of-varnholt", part_of=("Osland civil war",),
    start_date="1921-05-03", end_date="1921-05", places=("Varnholt", "Kessen Province", "Syria"),
    sides=(
        Side(belligerents=("Kingdom of Osland", "Osland Gendarmerie"), commanders=(
            Person("Aldo Ferren", rank="Gen.", role="garrison commander"), Person("Ivo Marek", killed=True))),
        Side(belligerents=("Varn Liberation Front",), supporters=("Kessen tribes",),
             commanders=(Person("Hana Volk"),),
             casualties=(Casualties(killed=Count(300, 400), claimant="government", text="300–400 killed"),
                         Casualties(wounded=Count.exact(90), text="90 wounded"))),
    ),
    civilian_casualties=(Casualties(killed=Count.exact(12), who="civilians", text="12 civilians killed"),),
    events=(
        Event("1921-05-03", "attack", actors=("Varn Liberation Front",), places=("Varnholt",),
              summary="On 3 May the front attacked the garrison of Varnholt.", span=Span(10, 60), document="d1",
              casualties=(Casualties(killed=Count.exact(20), who="soldiers"),
                          Casualties(killed=Count.exact(35), who="Varn Liberation Front fighters"),
                          Casualties(killed=Count.exact(45), who="Varn Liberation Front fighters",
                                     claimant="government"))),
        Event("1921-05", "massacre", actors=("Varn Liberation Front",), places=("Kessen Province",),
              date_prec=4, summary="In May militants killed villagers near the road.",
              casualties=(Casualties(killed=Count.exact(7), who="villagers"),)),
        Event("1921-05-09", "recapture", actors=("Osland Gendarmerie",), places=("Varnholt",),
              summary="On 9 May gendarmes retook the town."),
        Event("1921-05-06", "bombing", actors=("Varn Liberation Front",), summary="A suicide bomber struck the gate."),
        Event("1921-05-07", "statement", actors=("Hana Volk",), summary="Volk announced a ceasefire."),
        Event("1921-05-07", "statement", actors=("Hana Volk",), summary="Volk announced a ceasefire."),
    ),
    sources=(Source("d1", "Siege of Varnholt", "mediawiki", "/x/a.txt"), Source("d2", "Siege", "plain", "/x/b.txt")),
)

RAID = Operation(name="Raid on Tolm", id="raid-on-tolm", start_date="1922", places=("Tolm",),
                 sides=(Side(belligerents=("Tolm militia",)), Side(belligerents=("Coastal raiders",))),
                 events=(Event("1922", "airstrike", actors=("Tolm militia",), summary="Planes hit Tolm."),))


def store_with(*ops: Operation):
    conn = connect(":memory:")
    for op in ops:
        conn.execute("INSERT INTO operations(id, name, start_date, record, n_events) VALUES (?, ?, ?, ?, ?)",
                     (op.id, op.name, op.start_date, json.dumps(record_to_dict(op)), len(op.events)))
    return conn


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("fmt", tables.FORMATS)
def test_every_table_is_written_with_its_documented_columns(tmp_path, fmt):
    paths = tables.write_tables(store_with(SIEGE, RAID), fmt, tmp_path)
    assert set(paths) == {"operations", "sides", "people", "casualties", "events", "sources"}
    duckdb = pytest.importorskip("duckdb")
    db = duckdb.connect()
    for name, path in paths.items():
        cols = [d[0] for d in db.execute(f"SELECT * FROM '{path}' LIMIT 0").description]
        assert cols == [c for c, _ in tables.TABLES[name]]
    doc = (Path(__file__).resolve().parents[1] / "docs" / "export-schema.md").read_text()
    for name, columns in tables.TABLES.items():
        assert f"### {name}" in doc
        assert all(f"`{c}`" in doc for c, _ in columns), name


def test_ids_are_stable_between_runs_and_stores(tmp_path):
    a = tables.write_tables(store_with(SIEGE, RAID), "csv", tmp_path / "a")
    b = tables.write_tables(store_with(RAID, SIEGE), "csv", tmp_path / "b")
    for name in ("operations", "events"):
        assert read_csv(a[name]) == read_csv(b[name])
    ids = [r["event_id"] for r in read_csv(a["events"])]
    assert len(ids) == len(set(ids)) == 7  # the repeated statement gets its own id


def test_event_id_changes_only_with_the_event_content():
    base = tables.event_ids(SIEGE)
    moved = tables.event_ids(SIEGE.__class__(**{**_fields(SIEGE), "result": "Osland victory",
                                                 "sources": SIEGE.sources[:1]}))
    assert moved == base  # other fields of the operation do not touch event ids
    edited = SIEGE.__class__(**{**_fields(SIEGE), "events": (
        Event("1921-05-04", "attack", summary=SIEGE.events[0].summary),) + SIEGE.events[1:]})
    assert tables.event_ids(edited)[0] != base[0] and tables.event_ids(edited)[1:] == base[1:]


def _fields(op: Operation) -> dict:
    return {f: getattr(op, f) for f in op.__slots__}


def test_counts_are_best_low_high_and_rival_claims_widen_not_add(tmp_path):
    paths = tables.write_tables(store_with(SIEGE), "jsonl", tmp_path)
    casualties = read_jsonl(paths["casualties"])
    ranged = next(c for c in casualties if c["text"] == "300–400 killed")
    assert (ranged["killed_best"], ranged["killed_low"], ranged["killed_high"]) == (350, 300, 400)
    first = read_jsonl(paths["events"])[0]
    # 20 soldiers + (35 or 45 Front fighters, two claims about the same group)
    assert (first["killed_low"], first["killed_high"]) == (55, 65)
    assert {c["scope"] for c in casualties} == {"side", "civilian", "event"}


def test_dates_are_iso_at_their_precision(tmp_path):
    paths = tables.write_tables(store_with(SIEGE, RAID), "jsonl", tmp_path)
    for name, column in (("operations", "start_date"), ("operations", "end_date"), ("events", "date")):
        for row in read_jsonl(paths[name]):
            value = row[column]
            assert value is None or ISO_DATE.match(value)


def test_parquet_columns_have_proper_types(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths = tables.write_tables(store_with(SIEGE), "parquet", tmp_path)
    schema = pq.read_schema(paths["events"])
    assert schema.field("killed_best").type == pa.int64()
    assert schema.field("disputed").type == pa.bool_()
    assert schema.field("actors").type == pa.list_(pa.string())
    people = pq.read_table(paths["people"]).to_pylist()
    assert [p["killed"] for p in people] == [False, True, False]
    assert people[0]["rank"] == "Gen." and people[0]["person_id"] == "person:aldo ferren"


def test_duckdb_loads_the_same_counts_as_the_store(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    conn = store_with(SIEGE, RAID)
    expect = {"operations": 2, "sides": 4, "people": 3, "events": 7, "sources": 2,
              "casualties": 2 + 1 + 4}  # side claims + civilian + event claims
    for fmt in ("parquet", "csv", "jsonl"):
        paths = tables.write_tables(conn, fmt, tmp_path / fmt)
        db = duckdb.connect()
        got = {name: db.execute(f"SELECT count(*) FROM '{p}'").fetchone()[0] for name, p in paths.items()}
        assert got == expect, fmt
    assert expect["operations"] == conn.execute("SELECT count(*) FROM operations").fetchone()[0]


def test_unreadable_record_is_left_out_not_raised(tmp_path):
    conn = store_with(SIEGE)
    conn.execute("INSERT INTO operations(id, name, record) VALUES ('broken', 'x', '{not json')")
    conn.execute("INSERT INTO operations(id, name, record) VALUES ('null', 'x', NULL)")
    paths = tables.write_tables(conn, "csv", tmp_path)
    assert len(read_csv(paths["operations"])) == 1


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="csv"):
        tables.write_tables(store_with(), "xlsx", tmp_path)


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)
counts = st.builds(lambda a, b: Count(min(a, b), max(a, b)), st.integers(0, 10**6), st.integers(0, 10**6))
operations = st.builds(
    Operation, name=names, id=names, start_date=st.one_of(st.none(), st.sampled_from(["2001", "2001-02", "2001-02-03"])),
    sides=st.lists(st.builds(Side, belligerents=st.lists(names, max_size=3).map(tuple),
                             commanders=st.lists(st.builds(Person, names), max_size=2).map(tuple),
                             casualties=st.lists(st.builds(Casualties, killed=counts, who=names),
                                                 max_size=2).map(tuple)), max_size=3).map(tuple),
    events=st.lists(st.builds(Event, date=st.sampled_from(["2001", "2001-02", "2001-02-03"]),
                              type=st.sampled_from(["attack", "capture", "massacre", "statement", "bombing"]),
                              actors=st.lists(names, max_size=2).map(tuple), summary=names,
                              casualties=st.lists(st.builds(Casualties, killed=counts, who=names),
                                                  max_size=2).map(tuple)), max_size=4).map(tuple),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(operations, max_size=3, unique_by=lambda o: o.id))
def test_any_operations_export_in_every_layout(tmp_path, ops):
    conn = store_with(*ops)
    paths = tables.write_tables(conn, "csv", tmp_path / "t")
    assert len(read_csv(paths["events"])) == sum(len(o.events) for o in ops)
    assert layouts.write_acled(conn, tmp_path / "a.csv") == sum(len(o.events) for o in ops)
    n_ged = layouts.write_ucdp(conn, tmp_path / "g.csv")
    assert n_ged == sum(1 for o in ops for e in o.events if e.type != "statement")
    for row in read_csv(tmp_path / "g.csv"):
        assert int(row["low"]) <= int(row["best"]) <= int(row["high"])


# ---------------------------------------------------------------- UCDP GED / ACLED

def test_ucdp_puts_the_state_side_first_and_splits_deaths(tmp_path):
    layouts.write_ucdp(store_with(SIEGE), tmp_path / "g.csv")
    rows = read_csv(tmp_path / "g.csv")
    assert len(rows) == 4  # statements are not GED events
    attack = rows[0]
    assert attack["side_a"] == "Government of Syria" and attack["side_b"] == "Varn Liberation Front"
    assert attack["type_of_violence"] == "1" and attack["country"] == "Syria" and attack["adm_1"] == "Kessen Province"
    assert (attack["deaths_a"], attack["deaths_b"], attack["best"], attack["low"], attack["high"]) == \
        ("20", "40", "60", "55", "65")
    assert attack["date_start"] == attack["date_end"] == "1921-05-03" and attack["date_prec"] == "1"
    massacre = rows[1]
    assert massacre["type_of_violence"] == "3" and massacre["side_b"] == "Civilians"
    assert massacre["deaths_civilians"] == "7"
    assert (massacre["date_start"], massacre["date_end"], massacre["date_prec"]) == ("1921-05-01", "1921-05-31", "4")


def test_ucdp_without_a_state_side_is_non_state_violence(tmp_path):
    layouts.write_ucdp(store_with(RAID), tmp_path / "g.csv")
    [row] = read_csv(tmp_path / "g.csv")
    assert row["type_of_violence"] == "2"
    assert (row["date_start"], row["date_end"], row["date_prec"]) == ("1922-01-01", "1922-12-31", "5")


@pytest.mark.parametrize("etype,summary,state,expected", [
    ("capture", "", False, ("Battles", "Non-state actor overtakes territory")),
    ("recapture", "", True, ("Battles", "Government regains territory")),
    ("airstrike", "", True, ("Explosions/Remote violence", "Air/drone strike")),
    ("shelling", "", True, ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("bombing", "a car bomb went off", False, ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("bombing", "a suicide bomber struck", False, ("Explosions/Remote violence", "Suicide bomb")),
    ("attack", "rebels attacked the base", False, ("Battles", "Armed clash")),
    ("massacre", "", False, ("Violence against civilians", "Attack")),
    ("killing", "", True, ("Violence against civilians", "Attack")),
    ("abduction", "", False, ("Violence against civilians", "Abduction/forced disappearance")),
    ("withdrawal", "", True, ("Strategic developments", "Non-violent transfer of territory")),
])
def test_acled_event_types_follow_the_documented_mapping(etype, summary, state, expected):
    assert layouts.acled_type(etype, summary, state) == expected
    doc = (Path(__file__).resolve().parents[1] / "docs" / "export-schema.md").read_text()
    assert f"`{etype}`" in doc and expected[1] in doc


def test_acled_rows_code_actors_and_precision(tmp_path):
    layouts.write_acled(store_with(SIEGE), tmp_path / "a.csv")
    rows = read_csv(tmp_path / "a.csv")
    assert len(rows) == 6
    attack, massacre, recapture = rows[0], rows[1], rows[2]
    assert attack["event_id_cnty"].startswith("SYR") and attack["event_date"] == "1921-05-03"
    assert (attack["actor1"], attack["inter1"], attack["actor2"], attack["inter2"], attack["interaction"]) == \
        ("Varn Liberation Front", "2", "Kingdom of Osland", "1", "12")
    assert attack["fatalities"] == "60" and attack["time_precision"] == "1"
    assert massacre["actor2"] == "Civilians (Syria)" and massacre["civilian_targeting"] == "Civilian targeting"
    assert massacre["time_precision"] == "3" and massacre["event_date"] == "1921-05-01"
    assert recapture["sub_event_type"] == "Government regains territory" and recapture["inter1"] == "1"
    assert rows[3]["sub_event_type"] == "Suicide bomb"
    assert len({r["event_id_cnty"] for r in rows}) == 6


def test_layouts_write_to_a_folder_or_a_stream(tmp_path):
    import io

    conn = store_with(SIEGE)
    assert layouts.write_acled(conn, tmp_path / "out") == 6
    assert (tmp_path / "out" / "acled.csv").exists()
    buf = io.StringIO()
    assert layouts.write_ucdp(conn, buf) == 4
    assert buf.getvalue().startswith(",".join(layouts.UCDP_COLUMNS[:3]))


def test_country_comes_from_a_demonym_when_no_place_names_it():
    op = Operation(name="Battle of Qarn", part_of=("Iraqi Civil War",), places=("Qarn",))
    assert layouts.country_of(op) == ("Iraq", "IRQ", "Middle East")
    assert layouts.country_of(Operation(name="Battle of Nowhere")) == (None, None, None)


@pytest.mark.parametrize("name,state", [
    ("Syrian Arab Republic", True), ("Iraqi Army", True), ("Turkey", True), ("Free Syrian Army", False),
    ("Al-Nusra Front", False), ("Islamic State", False), ("Government of Mali", True), ("Hezbollah", False),
])
def test_state_actors_are_told_from_rebel_formations(name, state):
    assert layouts.is_state_actor(name) is state


def test_rebel_army_does_not_take_the_state_side():
    sides = (("Army of Conquest",), ("Syrian Arab Army", "Syrian Republican Guard"))
    assert layouts.state_side_of(sides) == 1
    assert layouts.state_side_of((("Army of Conquest",), ("Free Idlib Army",))) == 0  # only one looks like a state


def test_acled_names_an_unnamed_perpetrator_as_unidentified_armed_group(tmp_path):
    op = Operation(name="Qarn killings", places=("Qarn", "Mali"),
                   events=(Event("2019-03-23", "massacre", summary="Gunmen killed 160 villagers in Qarn."),))
    layouts.write_acled(store_with(op), tmp_path / "a.csv")
    [row] = read_csv(tmp_path / "a.csv")
    assert (row["actor1"], row["inter1"], row["actor2"], row["interaction"]) == \
        ("Unidentified Armed Group (Mali)", "3", "Civilians (Mali)", "37")
