"""Entity resolution across operations, curator overrides, the entity store and commands."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import warfile.cli.entities  # noqa: F401  registers the entity commands
from warfile.cli.app import app
from warfile.errors import NoSuchEntity
from warfile.model import Event, Operation, Override, Person, Side, Source, Span
from warfile.resolve.entities import resolve_entities
from warfile.resolve.links import operation_links
from warfile.serialize import record_to_dict
from warfile.store import connect, transaction
from warfile.store import entities as entity_store

OP1 = Operation(
    "2015 Hama offensive", id="2015-hama-offensive", places=("Hama Governorate",), sources=(Source("d1"),),
    sides=(Side(belligerents=("Jabhat al-Nusra",), units=("Katibat al Muhajireen",),
                commanders=(Person("Muslim Abu Walid al Shishani", role="Junud al-Sham commander"),
                            Person("Abu Moaz", role="Ahrar al-Sham commander"),
                            Person("Hilal al-Assad", role="Latakia NDF commander"))),),
    events=(Event("2015-06-14", "capture", actors=("Al-Nusra Front", "Samir Haddad"), places=("Kessab",),
                  summary="Al-Nusra Front took Kessab.", span=Span(100, 127), document="d1"),),
)
OP2 = Operation(
    "2016 Latakia offensive", id="2016-latakia-offensive", places=("Latakia province",), sources=(Source("d2"),),
    sides=(Side(belligerents=("Nusra Front",), units=("Katibat al Muhajiroon",),
                commanders=(Person("Muslim Shishani", role="Junud al-Sham Commander"),
                            Person("Abu Mustafa", role="Ansar al-Din commander"),
                            Person("Hafez al-Assad"), Person("Hilal al Assad", killed=True))),),
    events=(Event("2016-02-01", "recapture", actors=("rebels",), places=("Kasab", "Kasab border crossing")),),
)


def _by_name(res, name):
    return next(e for e in res.entities if e.name == name or name in e.aliases)


def test_same_commander_across_operations_is_one_person_with_both_mentions():
    res = resolve_entities([OP1, OP2], [])
    shishani = _by_name(res, "Muslim Shishani")
    assert shishani.name == "Muslim Abu Walid al Shishani"
    assert {m.operation for m in shishani.mentions} == {"2015-hama-offensive", "2016-latakia-offensive"}


def test_killed_in_any_operation_marks_the_person_killed():
    assert _by_name(resolve_entities([OP1, OP2], []), "Hilal al-Assad").killed


def test_different_people_are_never_merged():
    res = resolve_entities([OP1, OP2], [])
    for a, b in (("Abu Moaz", "Abu Mustafa"), ("Hilal al-Assad", "Hafez al-Assad")):
        assert _by_name(res, a).id != _by_name(res, b).id


def test_group_synonyms_and_transliterations_resolve_to_one_entity():
    res = resolve_entities([OP1, OP2], [])
    assert _by_name(res, "Nusra Front").id == _by_name(res, "Al-Nusra Front").id == _by_name(res, "Jabhat al-Nusra").id
    assert _by_name(res, "Katibat al Muhajiroon").id == _by_name(res, "Katibat al Muhajireen").id
    assert _by_name(res, "Kasab").id == _by_name(res, "Kessab").id
    assert _by_name(res, "Latakia province").kind == "place"


def test_a_doubtful_pair_becomes_a_candidate_not_a_merge():
    res = resolve_entities([OP1, OP2], [])
    assert _by_name(res, "Kasab").id != _by_name(res, "Kasab border crossing").id
    ids = {(c.a, c.b) for c in res.candidates}
    pair = tuple(sorted((_by_name(res, "Kasab").id, _by_name(res, "Kasab border crossing").id)))
    assert pair in ids


def test_event_actor_person_mention_carries_event_index_and_span():
    res = resolve_entities([OP1, OP2], [])
    kessab = _by_name(res, "Kessab")
    m = next(m for m in kessab.mentions if m.surface == "Kessab")
    assert m.event == 0 and m.span == Span(100 + len("Al-Nusra Front took "), 100 + len("Al-Nusra Front took Kessab"))
    assert _by_name(res, "Samir Haddad").kind == "person"


def test_overrides_win_split_and_merge():
    split = resolve_entities([OP1, OP2], [Override("alias-remove", "Muslim Abu Walid al Shishani", "Muslim Shishani")])
    assert _by_name(split, "Muslim Shishani").id != _by_name(split, "Muslim Abu Walid al Shishani").id
    merged = resolve_entities([OP1, OP2], [Override("merge", "person:abu moaz", "Abu Mustafa")])
    assert _by_name(merged, "Abu Moaz").id == _by_name(merged, "Abu Mustafa").id
    later = resolve_entities([OP1, OP2], [Override("merge", "Abu Moaz", "Abu Mustafa"),
                                          Override("split", "Abu Mustafa", "Abu Moaz")])
    assert _by_name(later, "Abu Moaz").id != _by_name(later, "Abu Mustafa").id


def test_alias_add_of_an_unseen_name_becomes_an_alias():
    res = resolve_entities([OP1], [Override("alias-add", "Hilal al-Assad", "Hilal Assad", "person")])
    assert "Hilal Assad" in _by_name(res, "Hilal al-Assad").aliases


def test_resolution_is_deterministic_and_order_independent():
    assert resolve_entities([OP1, OP2], []) == resolve_entities([OP2, OP1], [])


def test_links_find_see_also_and_paraphrase():
    a = dataclasses.replace(OP1, sources=(Source("d1"),))
    b = dataclasses.replace(OP2, sources=(Source("d2"),))
    texts = {"d1": "Rebels moved west after the 2016 rebel offensive at Latakia began.",
             "d2": "Text.\n\n==See also==\n- 2015 Hama offensive\n"}
    links = operation_links([a, b], texts)
    assert ("2015-hama-offensive", "2016-latakia-offensive", "refers to '2016 Latakia offensive'") in links
    assert ("2016-latakia-offensive", "2015-hama-offensive", "see also") in links


# ---------------------------------------------------------------- store and commands

def _stored(c):
    with transaction(c):
        for op in (OP1, OP2):
            c.execute("INSERT INTO operations(id, name, record) VALUES (?, ?, ?)",
                      (op.id, op.name, json.dumps(record_to_dict(op))))
        entity_store.refresh_entities(c)
    return c


@pytest.fixture
def conn():
    return _stored(connect(":memory:"))


def test_store_round_trip_and_fuzzy_lookup(conn):
    e = entity_store.get_entity(conn, "Muslim Shishani")
    assert e.name == "Muslim Abu Walid al Shishani" and len(e.mentions) == 2
    assert entity_store.get_entity(conn, "Kassab").kind == "place"
    with pytest.raises(NoSuchEntity):
        entity_store.get_entity(conn, "Zzyzx Qwerty")
    assert {x.kind for x in entity_store.list_entities(conn, "group")} == {"group"}


def test_curator_override_survives_re_resolution(conn):
    with transaction(conn):
        entity_store.add_override(conn, "alias-remove", "person", "Muslim Abu Walid al Shishani", "Muslim Shishani")
        entity_store.refresh_entities(conn)
        entity_store.refresh_entities(conn)  # a re-ingest re-resolves: the decision holds
    assert entity_store.get_entity(conn, "Muslim Shishani").name == "Muslim Shishani"
    assert entity_store.load_overrides(conn)[0].action == "alias-remove"


def test_entity_and_aliases_commands(tmp_path):
    db = tmp_path / "w.db"
    _stored(connect(db)).close()
    run = CliRunner().invoke
    out = run(app, ["entity", "Hilal al Assad", "--db", str(db)])
    assert out.exit_code == 0 and "killed" in out.output and "2016-latakia-offensive" in out.output
    assert run(app, ["aliases", "add", "Abu Moaz", "Abu Mustafa", "--db", str(db)]).exit_code == 0
    listed = run(app, ["entities", "--kind", "person", "--db", str(db), "--json"])
    assert any(e["name"] in ("Abu Moaz", "Abu Mustafa") and e["aliases"] == 1 for e in json.loads(listed.output))
    assert run(app, ["conflicts", "--db", str(db)]).exit_code == 0
    assert run(app, ["links", "--db", str(db)]).exit_code == 0


def _entity_tables(c):
    return {t: [tuple(r) for r in c.execute(f"SELECT * FROM {t} ORDER BY rowid")]
            for t in ("entities", "entity_aliases", "mentions", "entity_candidates")}


@pytest.mark.parametrize("overrides", [[], [("merge", "person:abu moaz", "Abu Mustafa"),
                                            ("alias-remove", "Muslim Abu Walid al Shishani", "Muslim Shishani"),
                                            ("alias-add", "Hilal al-Assad", "Hilal Assad")]])
def test_stored_handed_and_in_memory_resolutions_agree(conn, overrides):
    with transaction(conn):
        for action, a, b in overrides:
            entity_store.add_override(conn, action, None, a, b)
        entity_store.refresh_entities(conn, [OP1, OP2])  # handed the operations
        held = _entity_tables(conn)
        entity_store.refresh_entities(conn)  # streamed from the store
    assert _entity_tables(conn) == held and held["mentions"]
    res = resolve_entities([OP1, OP2], entity_store.load_overrides(conn))  # in memory, returned
    assert [(e.id, e.kind, e.name, int(e.killed)) for e in res.entities] == [r[:4] for r in held["entities"]]
    assert [(e.id, a) for e in res.entities for a in e.aliases] == [r[:2] for r in held["entity_aliases"]]
    assert [(e.id, *_mention_row(m)) for e in res.entities for m in e.mentions] == held["mentions"]
    assert [tuple(c) for c in res.candidates] == held["entity_candidates"]


def _mention_row(m):
    return (m.operation, m.document, m.side, m.role, m.surface, m.span.start if m.span else None,
            m.span.end if m.span else None, m.event)


def test_links_found_from_stored_names_equal_links_from_whole_records(tmp_path):
    c = connect(":memory:")
    a = dataclasses.replace(OP1, sources=(Source("d1"),), mentions=("2016 Latakia offensive",))
    b = dataclasses.replace(OP2, sources=(Source("d2"),))
    with transaction(c):
        for op, text in ((a, "Text."), (b, "Text.\n\n==See also==\n- 2015 Hama offensive\n")):
            c.execute("INSERT INTO documents(id, text) VALUES (?, ?)", (op.sources[0].document, text))
            c.execute("INSERT INTO operations(id, name, record) VALUES (?, ?, ?)",
                      (op.id, op.name, json.dumps(record_to_dict(op))))
        whole = entity_store.refresh_links(c, [a, b])
        c.execute("DELETE FROM operation_links")
        assert entity_store.refresh_links(c) == whole == [
            ("2015-hama-offensive", "2016-latakia-offensive", "names '2016 Latakia offensive'"),
            ("2016-latakia-offensive", "2015-hama-offensive", "see also")]


def test_links_after_a_rebuild_that_kept_operations_are_the_links_found_again(tmp_path):
    """Kept operations keep their links to each other; a kept one whose mentions or text name an
    operation the rebuild added links to it; the added one links to the kept ones it names."""
    c = connect(":memory:")
    a = dataclasses.replace(OP1, sources=(Source("d1"),), mentions=("2016 Latakia offensive", "2017 Hama offensive"))
    b = dataclasses.replace(OP2, sources=(Source("d2"),))
    new = Operation(name="2017 Hama offensive", id="2017-hama-offensive", sources=(Source("d3"),))
    texts = {"d1": "Text.", "d2": "Text.\n\n==See also==\n- 2015 Hama offensive\n- 2017 Hama offensive\n",
             "d3": "It followed the 2016 Latakia offensive."}

    def store(ops):
        c.execute("DELETE FROM operations")
        for op in ops:
            doc = op.sources[0].document
            c.execute("INSERT OR IGNORE INTO documents(id, text) VALUES (?, ?)", (doc, texts[doc]))
            c.execute("INSERT INTO operations(id, name, record) VALUES (?, ?, ?)",
                      (op.id, op.name, json.dumps(record_to_dict(op))))

    with transaction(c):
        store([a, b])
        entity_store.refresh_links(c)
        entity_store.keep_previous_links(c)
        c.execute("DELETE FROM operation_links")
        store([a, b, new])
        after = entity_store.refresh_links(c, kept={a.id, b.id})
        c.execute("DELETE FROM operation_links")
        assert after == entity_store.refresh_links(c)
    assert {(x, y) for x, y, _ in after} == {
        ("2015-hama-offensive", "2016-latakia-offensive"), ("2015-hama-offensive", "2017-hama-offensive"),
        ("2016-latakia-offensive", "2015-hama-offensive"), ("2016-latakia-offensive", "2017-hama-offensive"),
        ("2017-hama-offensive", "2016-latakia-offensive")}


def test_conflicts_command_names_the_documents_by_their_file_names(tmp_path):
    from warfile.pipeline import ingest
    db = tmp_path / "w.db"
    docs = Path(__file__).parent / "blind20" / "docs"
    conn = connect(db)
    ingest([str(docs / "201_4208113d83d505c1.wiki"), str(docs / "208_6c3e9487aac2248e.html")], conn, progress=False)
    conn.close()
    out = CliRunner().invoke(app, ["conflicts", "--db", str(db)])
    assert out.exit_code == 0 and "/start_date" in out.output
    assert "201_4208113d83d505c1.wiki" in out.output and "208_6c3e9487aac2248e.html" in out.output
