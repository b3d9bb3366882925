"""Grouping per-document records into operations and merging them field by field."""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.model import Casualties, Count, Event, Operation, Person, Quantity, Side, Source
from warfile.resolve.merge import group_records, merge_operations
from warfile.serialize import record_from_dict, record_to_dict

GOLD = Path("/work/shared/gold")
SCORE = Path("/work/shared/tools/score.py")


def _doc(doc: str, **kw) -> Operation:
    return Operation(sources=(Source(doc),), **{"name": "2015 Hama offensive", **kw})


A = _doc("a.txt", start_date="2015-06", places=("Hama Governorate",), part_of=("Syrian Civil War",),
         sides=(Side(belligerents=("Jabhat al-Nusra", "Ahrar ash-Sham"),
                     commanders=(Person("Abu Yusuf Shishani", role="Jaish al-Muhajireen commander"),
                                 Person("Kareem Hadad"), Person("Abu Bilal"), Person("Abu Jaber"))),
                Side(belligerents=("Syrian Arab Republic",),
                     commanders=(Person("Fuad Saleh", role="Hama NDF commander"),),
                     casualties=(Casualties(killed=Count.exact(80), claimant="opposition", text="80 killed"),))),
         events=(Event("2015-06", "attack", actors=("rebels",), summary="In June the rebels attacked."),))
B = _doc("b.txt", start_date="2015-06-14", end_date="2015-07-02", result="Rebel victory",
         places=("Hama province", "Syria"), part_of=("Syrian civil war",),
         sides=(Side(belligerents=("Al-Nusra Front",), units=("Liwa al-Haqq",),
                     commanders=(Person("Abu Yusuf al Shishani al Kisti", role="Jaish al-Muhajireen Commander"),
                                 Person("Kareem Haddad", killed=True)),
                     strength=(Quantity(Count(2000, 3000), "fighters", text="2,000–3,000 fighters"),)),
                Side(belligerents=("Syrian Arab Republic", "Hezbollah"),
                     commanders=(Person("Fuad Salih", role="Hama NDF commander"),),
                     casualties=(Casualties(killed=Count.exact(80), claimant="opposition", text="80 killed (opposition)"),
                                 Casualties(killed=Count.exact(12), who="officers", text="12 officers killed")))),
         events=(Event("2015-06-14", "attack", actors=("Al-Nusra Front",), places=("Khirbat Naqous",),
                       summary="On 14 June al-Nusra attacked Khirbat Naqous."),
                 Event("2015-06-14", "attack", actors=("Ahrar ash-Sham",), places=("Tal Wasit",),
                       summary="The same day Ahrar ash-Sham attacked Tal Wasit.")))


def _strip_provenance(op: Operation) -> Operation:
    return dataclasses.replace(op, provenance=())


def test_year_in_the_name_keeps_operations_apart():
    other = dataclasses.replace(A, name="2016 Hama offensive", start_date="2016-08", sources=(Source("c.txt"),))
    assert group_records([A, B, other]) == [[0, 1], [2]]


def test_grouping_does_not_depend_on_input_order():
    other = _doc("c.txt", name="Siege of Homs", start_date="2012-02")
    assert group_records([other, B, A]) == [[0], [1, 2]]


def test_grouping_ignores_file_names():
    same_file = _doc("a.txt", name="Battle of Zabadani", start_date="2015-07")
    assert group_records([A, same_file]) == [[0], [1]]


def test_alias_matching_groups_a_renamed_record():
    renamed = _doc("c.txt", name="Battle for the Hama plain", aliases=("2015 Hama offensive",), start_date="2015-06-20")
    assert group_records([A, renamed]) == [[0, 1]]


def test_lower_precision_date_that_agrees_is_not_a_conflict_and_the_precise_one_wins():
    m = merge_operations([A, B])
    assert m.start_date == "2015-06-14"
    assert not [c for c in m.conflicts if c.field == "/start_date"]


def test_truly_different_dates_are_kept_as_a_conflict_with_documents():
    c = dataclasses.replace(B, start_date="2015-06-20", sources=(Source("c.txt"),))
    m = merge_operations([A, B, c])
    conflict = next(x for x in m.conflicts if x.field == "/start_date")
    assert {v.value for v in conflict.values} == {"2015-06-14", "2015-06-20"}
    assert m.start_date in ("2015-06-14", "2015-06-20")
    assert all(v.documents for v in conflict.values)


def test_same_commander_written_two_ways_appears_once_under_the_fuller_spelling():
    m = merge_operations([A, B])
    names = [p.name for p in m.sides[0].commanders]
    assert "Abu Yusuf al Shishani al Kisti" in names and "Abu Yusuf Shishani" not in names
    kisti = next(p for p in m.sides[0].commanders if p.name == "Abu Yusuf al Shishani al Kisti")
    assert "Abu Yusuf Shishani" in kisti.aliases


def test_killed_is_true_if_any_source_marks_it():
    m = merge_operations([A, B])
    hadad = [p for p in m.sides[0].commanders if "Kareem" in p.name]
    assert len(hadad) == 1 and hadad[0].killed


def test_different_kunyas_stay_two_people():
    m = merge_operations([A, B])
    names = {p.name for p in m.sides[0].commanders}
    assert {"Abu Bilal", "Abu Jaber"} <= names


def test_group_synonyms_are_unioned_once():
    m = merge_operations([A, B])
    assert len(m.sides[0].belligerents) == 2  # Jabhat al-Nusra = Al-Nusra Front; Ahrar ash-Sham
    assert len(m.places) == 2  # Hama Governorate = Hama province; Syria


def test_casualty_claims_are_deduplicated_by_numbers_who_and_claimant():
    m = merge_operations([A, B])
    assert len(m.sides[1].casualties) == 2
    assert not [c for c in m.conflicts if "casualties" in c.field]


def test_month_event_is_subsumed_by_a_day_event_of_the_same_type():
    m = merge_operations([A, B])
    assert [e.date for e in m.events] == ["2015-06-14", "2015-06-14"]


def test_two_events_of_one_document_are_never_merged():
    m = merge_operations([B])
    assert len(m.events) == 2


def test_a_name_romanised_two_ways_is_one_operation_when_both_began_the_same_day():
    wade = Operation(name="Battle of T'ai-erh-chuang", start_date="1938-03-24", end_date="1938-04-07",
                     sources=(Source("a.txt"),))
    pinyin = Operation(name="Battle of Taierzhuang", start_date="1938-03-24", end_date="1938-04-07",
                       sources=(Source("b.txt"),))
    assert group_records([wade, pinyin]) == [[0, 1]]
    # begun on other days, names this far apart are two operations
    later = dataclasses.replace(pinyin, start_date="1938-03-26")
    assert group_records([wade, later]) == [[0], [1]]


@pytest.mark.parametrize("one, other", [
    ("Battle of Hong Kong", "Fall of Hong Kong"),  # what befell the place, titled two ways
    ("2016 Palmyra offensive", "Palmyra offensive (March 2016)"),  # dated by its year, or its month too
])
def test_two_titles_for_one_place_and_the_same_days_are_one_operation(one, other):
    a = Operation(name=one, start_date="1941-12-08", end_date="1941-12-25", sources=(Source("a.txt"),))
    b = Operation(name=other, start_date="1941-12-08", end_date="1941-12-25", sources=(Source("b.txt"),))
    assert group_records([a, b]) == [[0, 1]]
    # another time at the same place is another operation
    assert group_records([a, dataclasses.replace(b, start_date="1941-12-24", end_date="1942-03-01")]) == [[0], [1]]


def test_a_retelling_with_no_dates_of_its_own_is_dated_by_its_story_to_join_its_operation():
    # "The Siege and Storm of Delhi", an old encyclopaedia's entry with no box, told over May-September 1857
    events = tuple(Event(d, "attack", summary=f"On {d} the rebels attacked.") for d in
                   ("1857-05-11", "1857-06-19", "1857-08-25", "1857-09-14", "1857-09-21"))
    retelling = Operation(name="The Siege and Storm of Delhi", events=events, sources=(Source("a.txt"),))
    siege = Operation(name="Siege of Delhi", start_date="1857-06-08", end_date="1857-09-21", sources=(Source("b.txt"),))
    assert group_records([retelling, siege]) == [[0, 1]]
    # the same city's siege of another year stays apart
    older = dataclasses.replace(siege, start_date="1803-09-08", end_date="1803-09-16")
    assert group_records([retelling, older]) == [[0], [1]]
    # two boxes stating their days must begin the same day: a battle and a siege of one town a month apart are two
    battle_of = Operation(name="Battle of Varsha", start_date="1991-05-01", end_date="1991-07-27", sources=(Source("e.txt"),))
    siege_of = Operation(name="Siege of Varsha", start_date="1991-06-04", end_date="1991-08-13", sources=(Source("f.txt"),))
    assert group_records([battle_of, siege_of]) == [[0], [1]]
    # and a month's offensive within a years-long battle of one city is not the battle
    battle = Operation(name="Battle of Aleppo", start_date="2012-07-19", end_date="2016-12-22", sources=(Source("c.txt"),))
    offensive = Operation(name="Aleppo offensive (October 2016)", start_date="2016-10-28", end_date="2016-11-12",
                          sources=(Source("d.txt"),))
    assert group_records([battle, offensive]) == [[0], [1]]


def test_a_name_with_another_ending_is_compared_and_grouped():
    # "magistrale" and "magistral" share no word key: the blocking must still pair them
    a = Operation(name="Operation Magistrale", start_date="1987-11-24", sources=(Source("a.txt"),))
    b = Operation(name="Operation Magistral", start_date="1987-11-23", end_date="1988-01-10", sources=(Source("b.txt"),))
    assert group_records([a, b]) == [[0, 1]]


def test_one_days_action_told_by_two_documents_in_their_own_words_is_one_event():
    a = _doc("a.txt", start_date="2015-06-14", events=(
        Event("2015-06-20", "attack", summary="The general Chinese attack came on 20 June."),
        Event("2015-06-22", "statement", places=("Wuhan",), summary="On 22 June the government announced the victory in Wuhan."),))
    b = _doc("b.txt", start_date="2015-06-14", events=(
        Event("2015-06-20", "attack", actors=("Chinese",), summary="The decisive Chinese assault was launched on 20 June."),
        Event("2015-06-22", "statement", places=("Hankow",), summary="The victory was announced in Hankow on 22 June."),
        Event("2015-06-22", "airstrike", places=("Tal Wasit",), summary="Aircraft bombed Tal Wasit the same day.")))
    m = merge_operations([a, b])
    assert [(e.date, e.type) for e in m.events] == [
        ("2015-06-20", "attack"), ("2015-06-22", "statement"), ("2015-06-22", "airstrike")]


def test_one_days_actions_in_different_places_told_in_different_words_stay_two():
    a = _doc("a.txt", events=(Event("2015-06-20", "attack", places=("Tal Wasit",), summary="Rebels stormed Tal Wasit."),))
    b = _doc("b.txt", events=(Event("2015-06-20", "attack", places=("Khirbat Naqous",),
                                    summary="Ahrar fighters hit checkpoints near Khirbat Naqous."),))
    assert len(merge_operations([a, b]).events) == 2


@pytest.mark.parametrize("one,other", [
    ("Boris Gromov", "Boris Vsevolodovich Gromov"),  # the fuller name
    ("Osman Pasha", "Gazi Osman Pasha"),  # a title one source writes
    ("Grand Duke Nicholas", "Grand Duke Nicholas Nikolaevich"),
    ("Isogai Rensuke", "Rensuke Isogai"),  # family name first
    ("Eduard Todleben", "Eduard Totleben"),  # one letter of the romanisation
    ("Shah Nawaz Tanai", "Shahnawaz Tanai"),
    ("Jalaladin Haqani", "Jalaluddin Haqqani"),
    ("John K. Lawson", "John Kelburne Lawson"),  # initials for the words
    ("C. M. Maltby", "Christopher Michael Maltby"),
    ("Aleksandr Dvornikov", "Alexander Dvornikov"),  # a given name romanised two ways
])
def test_a_commander_written_two_ways_on_one_side_of_one_operation_is_one_person(one, other):
    a = _doc("a.txt", sides=(Side(belligerents=("Korva",), commanders=(Person(one),)),))
    b = _doc("b.txt", sides=(Side(belligerents=("Korva",), commanders=(Person(other),)),))
    assert len(merge_operations([a, b]).sides[0].commanders) == 1


@pytest.mark.parametrize("one,other,roles", [
    ("Hilal al-Assad", "Hafez al-Assad", (None, None)),  # a shared family name
    ("Abu Moaz", "Abu Mustafa", (None, None)),  # different names after the same kunya
    ("Ali Hassan", "Ali Hassan Rida", ("Osk Brigade commander", "Velmar Front leader")),  # roles of two groups
    ("J. Lawson", "Peter Lawson", (None, None)),  # an initial that is not the other's
])
def test_commanders_who_only_look_alike_stay_two_people(one, other, roles):
    a = _doc("a.txt", sides=(Side(belligerents=("Korva",), commanders=(Person(one, role=roles[0]),)),))
    b = _doc("b.txt", sides=(Side(belligerents=("Korva",), commanders=(Person(other, role=roles[1]),)),))
    assert len(merge_operations([a, b]).sides[0].commanders) == 2


def test_a_commander_is_named_as_most_sources_spell_him():
    docs = [_doc(f"{d}.txt", sides=(Side(belligerents=("Korva",), commanders=(Person(n),)),))
            for d, n in (("a", "Mikhail Skobelev"), ("b", "Mikhail Skobeleff"), ("c", "Mikhail Skobelev"))]
    (person,) = merge_operations(docs).sides[0].commanders
    assert person.name == "Mikhail Skobelev" and "Mikhail Skobeleff" in person.aliases


def test_every_value_has_provenance_naming_its_documents():
    m = merge_operations([A, B])
    prov = {p.field: p.documents for p in m.provenance}
    assert prov["/start_date"] == ("a.txt", "b.txt")
    assert prov["/result"] == ("b.txt",)
    assert set(prov["/sides/0/commanders/0"]) <= {"a.txt", "b.txt"}
    assert len([p for p in m.provenance if p.field.startswith("/events/")]) == len(m.events)


def test_merge_is_commutative():
    assert merge_operations([A, B]) == merge_operations([B, A])


def test_merge_of_a_record_with_itself_is_the_record():
    assert _strip_provenance(merge_operations([B, B])) == _strip_provenance(merge_operations([B]))
    assert _strip_provenance(merge_operations([B])) == dataclasses.replace(B, id="2015-hama-offensive")


def test_re_merging_a_merged_record_changes_nothing():
    m = merge_operations([A, B])
    assert merge_operations([m]) == m
    c = dataclasses.replace(B, start_date="2015-06-20", sources=(Source("c.txt"),))
    m3 = merge_operations([A, B, c])
    assert merge_operations([m3]) == m3


# ---------------------------------------------------------------- properties

names = st.sampled_from(["Abu Bilal", "Abu Jaber", "Kareem Hadad", "Kareem Haddad", "Fuad Saleh", "Mihraç Ural",
                         "Mihrac Ural"])
groups = st.sampled_from(["Jabhat al-Nusra", "Al-Nusra Front", "Ahrar ash-Sham", "Ahrar al-Sham", "Sham Legion"])
dates = st.sampled_from([None, "2015", "2015-06", "2015-06-14", "2015-06-20"])
events = st.builds(Event, date=st.sampled_from(["2015-06", "2015-06-14", "2015-06-15"]),
                   type=st.sampled_from(["attack", "capture"]), actors=st.lists(groups, max_size=2).map(tuple))
records = st.builds(
    lambda doc, start, end, result, bell, people, evs: Operation(
        "2015 Hama offensive", start_date=start, end_date=end, result=result, sources=(Source(doc),),
        sides=(Side(belligerents=tuple(bell), commanders=tuple(Person(n) for n in people)),),
        events=tuple(dataclasses.replace(e, document=doc) for e in evs)),
    st.sampled_from(["a", "b", "c", "d"]), dates, dates, st.sampled_from([None, "Rebel victory", "Stalemate"]),
    st.lists(groups, max_size=3), st.lists(names, max_size=3, unique=True), st.lists(events, max_size=3))


@settings(max_examples=40, deadline=None)
@given(a=records, b=records)
def test_property_merge_commutes(a, b):
    assert merge_operations([a, b]) == merge_operations([b, a])


@settings(max_examples=40, deadline=None)
@given(a=records, b=records, c=records)
def test_property_re_merge_is_idempotent(a, b, c):
    m = merge_operations([a, b, c])
    assert merge_operations([m]) == m
    assert record_from_dict(json.loads(json.dumps(record_to_dict(m)))) == m


@settings(max_examples=30, deadline=None)
@given(a=records)
def test_property_merge_with_itself_is_itself_modulo_provenance(a):
    assert _strip_provenance(merge_operations([a, a])) == _strip_provenance(merge_operations([a]))


# ---------------------------------------------------------------- the seeds' gold records

@pytest.mark.skipif(not (GOLD.is_dir() and SCORE.is_file()), reason="shared gold records not present")
def test_merging_gold_document_records_scores_infobox_f1_at_least_095(tmp_path):
    records = [record_from_dict(json.loads(p.read_text(encoding="utf-8")))
               for p in sorted((GOLD / "documents").glob("*.json"))]
    out = tmp_path / "merged.jsonl"
    out.write_text("".join(json.dumps(record_to_dict(merge_operations([records[i] for i in g]))) + "\n"
                           for g in group_records(records)), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCORE), str(GOLD / "operations"), str(out), "--by", "name"],
                         capture_output=True, text=True, check=True)
    infobox = float(res.stdout.strip().splitlines()[-1].split()[2])
    assert infobox >= 0.95, res.stdout


# ---------------------------------------------------------------- grouping from summaries

WORDS = ["rebels", "took", "the", "village", "of", "Tal", "Amir", "army", "shelled", "hills", "near", "river",
         "convoy", "ambushed", "on", "road", "to", "Kafr", "Nabl", "airstrikes", "hit", "market"]
sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=9).map(" ".join)
content_records = st.builds(
    lambda name, places, bell, texts: Operation(
        name, places=tuple(places), sides=(Side(belligerents=tuple(bell)),),
        events=tuple(Event("2015-06-14", "attack", summary=t) for t in texts)),
    st.sampled_from(["2015 Hama offensive", "Battle of Tal Amir", "Siege of Kafr Nabl", ""]),
    st.lists(st.sampled_from(["Hama", "Tal Amir", "Kafr Nabl"]), max_size=2, unique=True),
    st.lists(groups, max_size=2, unique=True), st.lists(sentences, max_size=4))


def _minhash(record: Operation):
    """The record's MinHash as grouping computed it when it held every record (datasketch's own)."""
    from datasketch import MinHash

    from warfile.resolve.merge import _shingles
    m = MinHash(num_perm=128, seed=1)
    m.update_batch([s.encode("utf-8") for s in sorted(_shingles(record))])
    return m


@settings(max_examples=25, deadline=None)
@given(st.lists(content_records, min_size=2, max_size=8))
def test_stored_band_keys_pair_the_records_minhash_lsh_pairs(records):
    from datasketch import MinHashLSH

    from warfile.resolve.merge import CONTENT_JACCARD, MINHASH_PERMUTATIONS, group_keys, summarize
    summaries = [summarize(r) for r in records]
    lsh = MinHashLSH(threshold=CONTENT_JACCARD, num_perm=MINHASH_PERMUTATIONS)
    hashes = {}
    for i, s in enumerate(summaries):
        if s.minhash is not None:
            hashes[i] = _minhash(records[i])
            assert array("Q", s.minhash).tolist() == hashes[i].hashvalues.tolist()
            lsh.insert(str(i), hashes[i])
    bands = [{k for k in group_keys(s) if k.startswith("b")} for s in summaries]
    for i, h in hashes.items():
        expected = {int(j) for j in lsh.query(h)} - {i}
        assert {j for j in range(len(records)) if j != i and bands[i] & bands[j]} == expected


@settings(max_examples=25, deadline=None)
@given(st.lists(content_records, min_size=2, max_size=8))
def test_summary_jaccard_is_the_minhash_jaccard_of_the_content(records):
    from warfile.resolve.merge import jaccard, summarize
    a, b = summarize(records[0]), summarize(records[1])
    if a.minhash is None or b.minhash is None:
        assert jaccard(a.minhash, b.minhash) == 0.0
        return
    assert jaccard(a.minhash, b.minhash) == _minhash(records[0]).jaccard(_minhash(records[1]))


def test_content_bands_are_the_bands_minhash_lsh_picks():
    from datasketch import MinHashLSH

    from warfile.resolve.merge import CONTENT_JACCARD, LSH_BANDS, MINHASH_PERMUTATIONS
    assert list(LSH_BANDS) == list(MinHashLSH(threshold=CONTENT_JACCARD, num_perm=MINHASH_PERMUTATIONS).hashranges)


def test_components_do_not_depend_on_block_order():
    from warfile.resolve.merge import components
    pairs = {(0, 3), (3, 5), (1, 2)}
    same = lambda i, j: (i, j) in pairs  # noqa: E731
    blocks = [[0, 3, 5], [1, 2, 4], [3, 5]]
    assert components(6, blocks, same) == components(6, blocks[::-1], same) == [[0, 3, 5], [1, 2], [4]]


def _figures(doc: str, strength: tuple[Quantity, ...] = (), casualties: tuple[Casualties, ...] = (),
             result: str | None = None) -> Operation:
    return _doc(doc, result=result, sides=(Side(belligerents=("Korva",)),
                                           Side(belligerents=("Osk",), strength=strength, casualties=casualties)))


def test_figures_for_the_same_thing_that_documents_disagree_on_are_one_figure_and_a_conflict():
    a = _figures("a.txt", strength=(Quantity(Count(40000, 45000), text="40,000–45,000"),),
                 casualties=(Casualties(killed=Count.exact(20000), claimant="chinese", text="20,000 killed (Chinese claim)"),))
    b = _figures("b.txt", strength=(Quantity(Count.exact(40000), text="40,000"),),
                 casualties=(Casualties(killed=Count.exact(16000), claimant="chinese", text="16,000 killed (Chinese claim)"),))
    c = dataclasses.replace(a, sources=(Source("c.txt"),))
    m = merge_operations([a, b, c])
    assert [q.text for q in m.sides[1].strength] == ["40,000–45,000"]  # two documents against one
    assert [x.text for x in m.sides[1].casualties] == ["20,000 killed (Chinese claim)"]
    conflicts = {x.field: [(v.value, v.documents) for v in x.values] for x in m.conflicts}
    assert conflicts["/sides/1/strength/0/count"] == [({"low": 40000, "high": 45000}, ("a.txt", "c.txt")), (40000, ("b.txt",))]
    assert conflicts["/sides/1/casualties/0/killed"] == [(20000, ("a.txt", "c.txt")), (16000, ("b.txt",))]
    assert merge_operations([m]) == m  # merging again weighs the same figures again


def test_a_claim_of_several_categories_disputed_lists_each_category_that_differs():
    a = _figures("a.txt", casualties=(Casualties(killed=Count.exact(281), wounded=Count.exact(363), text="281 killed, 363 wounded"),))
    b = _figures("b.txt", casualties=(Casualties(killed=Count.exact(106), wounded=Count.exact(363), text="106 killed, 363 wounded"),))
    m = merge_operations([a, b])
    assert len(m.sides[1].casualties) == 1
    assert [x.field for x in m.conflicts] == ["/sides/1/casualties/0/killed"]  # the wounded agree
    assert merge_operations([m]) == m


def test_two_counts_of_one_sides_people_named_two_ways_are_one_figure_and_a_conflict():
    a = _figures("a.txt", strength=(Quantity(Count.exact(80), "border guards and marines", text="c. 80 border guards and marines"),
                                    Quantity(Count.exact(2), "tanks", text="2 tanks")))
    b = _figures("b.txt", strength=(Quantity(Count.exact(100), "troops", text="about 100 troops"),
                                    Quantity(Count.exact(1500), "ISIL fighters", text="1,500 ISIL fighters")))
    m = merge_operations([a, b])
    # the garrison counted twice is one figure; the tanks and a named group's fighters are counts of their own
    assert [q.text for q in m.sides[1].strength] == ["c. 80 border guards and marines", "2 tanks", "1,500 ISIL fighters"]
    conflicts = {x.field: [(v.value, v.documents) for v in x.values] for x in m.conflicts}
    assert conflicts == {"/sides/1/strength/0/count": [(80, ("a.txt",)), (100, ("b.txt",))]}
    assert merge_operations([m]) == m


def test_a_bare_figure_and_one_counting_men_are_one_sides_strength_told_twice():
    a = _figures("a.txt", strength=(Quantity(Count.exact(40000), text="40,000"),))
    b = _figures("b.txt", strength=(Quantity(Count.exact(30000), "men", text="c. 30,000 men"),))
    m = merge_operations([a, b])
    assert len(m.sides[1].strength) == 1  # one figure (the canonical record's), the other in the conflict
    assert {x.field: sorted(v.value for v in x.values) for x in m.conflicts} == {"/sides/1/strength/0/count": [30000, 40000]}


def test_one_document_giving_two_figures_for_one_thing_keeps_both():
    a = _figures("a.txt", strength=(Quantity(Count.exact(48000), text="48,000"), Quantity(Count.exact(50000), text="50,000")))
    m = merge_operations([a, _figures("b.txt", strength=(Quantity(Count.exact(48000), text="48,000"),))])
    assert [q.text for q in m.sides[1].strength] == ["48,000", "50,000"] and not m.conflicts


def test_results_worded_with_or_without_articles_are_no_conflict():
    m = merge_operations([_figures("a.txt", result="Korvan operational success; the siege of Osk lifted"),
                          _figures("b.txt", result="Korvan operational success; siege of Osk lifted")])
    assert not m.conflicts


def test_two_commanders_one_document_lists_stay_two_people_however_alike():
    a = _doc("a.txt", sides=(Side(belligerents=("Korva",), commanders=(Person("Ali Hassan"), Person("Ali Hassan Rida"))),))
    assert len(merge_operations([a]).sides[0].commanders) == 2
    b = _doc("b.txt", sides=(Side(belligerents=("Korva",), commanders=(Person("Ali Hassan Rida"),)),))
    # another document's name joins the one it spells exactly
    assert [p.name for p in merge_operations([a, b]).sides[0].commanders] == ["Ali Hassan", "Ali Hassan Rida"]


def test_a_state_or_group_and_its_fuller_name_from_two_documents_are_one_belligerent():
    a = _doc("a.txt", places=("Paktia Province", "Afghanistan"),
             sides=(Side(belligerents=("Republic of Korva", "Army")), Side(belligerents=("Osk mujahideen",))))
    b = _doc("b.txt", places=("Paktia",), sides=(Side(belligerents=("Korva", "Korvan Army")), Side(belligerents=("Mujahideen",))))
    m = merge_operations([a, b])
    # "Army" alone names no one: it is not taken for "Korvan Army"
    assert [len(s.belligerents) for s in m.sides] == [3, 1]
    assert m.places == ("Paktia Province", "Afghanistan")
    # one document's two entries stay two, however alike
    one = _doc("c.txt", sides=(Side(belligerents=("Korva", "Republic of Korva")),))
    assert len(merge_operations([one]).sides[0].belligerents) == 2


def test_one_days_action_two_documents_type_differently_is_one_event_typed_by_what_it_achieved():
    a = _doc("a.txt", events=(Event("2015-06-24", "attack", places=("Gorni Dubnik",),
                                    summary="The Guards under Gurko stormed the fortified position of Gorni Dubnik."),))
    b = _doc("b.txt", events=(Event("2015-06-24", "capture", places=("Gorni Dubnik",),
                                    summary="On 24 June the Imperial Guard under General Gurko took Gorni Dubnik."),
                              Event("2015-06-24", "airstrike", places=("Gorni Dubnik",), summary="Aircraft bombed the railway.")))
    m = merge_operations([a, b])
    assert [(e.date, e.type) for e in m.events] == [("2015-06-24", "capture"), ("2015-06-24", "airstrike")]
    assert merge_operations([m]) == m


def test_every_event_type_has_a_precedence_when_documents_disagree():
    from warfile.model import EVENT_TYPES
    from warfile.resolve.merge import _TYPE_PRECEDENCE
    assert set(EVENT_TYPES) == set(_TYPE_PRECEDENCE)


def test_one_action_two_documents_date_a_day_apart_is_one_event_and_a_conflict():
    a = _doc("a.txt", events=(Event("2015-06-27", "attack", summary="On 27 June Japanese troops broke through the "
                                    "north-eastern corner of the wall and entered the town."),))
    b = _doc("b.txt", events=(Event("2015-06-28", "attack", summary="On 28 June the Japanese broke into the "
                                    "north-eastern part of the town."),))
    c = dataclasses.replace(a, sources=(Source("c.txt"),))
    m = merge_operations([a, b, c])
    assert [e.date for e in m.events] == ["2015-06-27"]  # two documents against one
    (conflict,) = [x for x in m.conflicts if x.field == "/events/0/date"]
    assert [(v.value, v.documents) for v in conflict.values] == [("2015-06-27", ("a.txt", "c.txt")), ("2015-06-28", ("b.txt",))]
    assert merge_operations([m]) == m
    # the same day apart, told in other words, are two actions
    d = _doc("d.txt", events=(Event("2015-06-28", "attack", summary="Rebels stormed the hill at dawn."),))
    assert len(merge_operations([a, d]).events) == 2


def test_one_days_action_told_with_other_forms_of_its_words_is_one_event():
    # "ordered the withdrawal … from the mainland" / "began to withdraw from the mainland"
    a = _doc("a.txt", events=(Event("1941-12-11", "withdrawal", actors=("Maltby",),
                                    summary="On 11 December Maltby ordered the withdrawal of all troops from the mainland."),))
    b = _doc("b.txt", events=(Event("1941-12-11", "withdrawal", actors=("British",),
                                    summary="On 11 December the British began to withdraw from the mainland."),))
    assert len(merge_operations([a, b]).events) == 1


def test_one_claim_of_several_categories_and_anothers_lines_with_the_same_numbers_are_one():
    def n(v: int) -> Count:
        return Count(v, v)

    a = Operation(name="Battle of Gunin", sources=(Source("a.html"),), sides=(
        Side(belligerents=("PLA",)),
        Side(belligerents=("ROC Army",), casualties=(Casualties(killed=n(1267), wounded=n(1982), text="1,267 killed, 1,982 wounded"),))))
    b = Operation(name="Battle of Gunin", sources=(Source("b.txt"),), sides=(
        Side(belligerents=("PLA",)),
        Side(belligerents=("ROC Army",), casualties=(Casualties(killed=n(1267), text="1,267 killed"),
                                                     Casualties(wounded=n(1982), text="1,982 wounded")))))
    merged = merge_operations([a, b])
    assert [c.text for c in merged.sides[1].casualties] == ["1,267 killed, 1,982 wounded"]


@pytest.mark.parametrize("a, b", [
    ("Halil Pasha", "Çandarlı Halil Pasha"),  # a byname before the name
    ("Baltoğlu", "Süleyman Baltoğlu"),  # the last name alone
    ("Constantine XI Dragases", "Constantine XI Palaiologos"),  # a ruler's name and number, then his byname
])
def test_one_sides_commander_named_two_ways_by_two_documents_is_one(a, b):
    one = Operation(name="Siege of Corvel", sources=(Source("a.html"),), sides=(Side(commanders=(Person(a),)),))
    two = Operation(name="Siege of Corvel", sources=(Source("b.txt"),), sides=(Side(commanders=(Person(b),)),))
    assert len(merge_operations([one, two]).sides[0].commanders) == 1


def test_two_commanders_sharing_a_short_last_name_or_only_a_number_stay_two():
    one = Operation(name="Siege of Corvel", sources=(Source("a.html"),),
                    sides=(Side(commanders=(Person("Ali"), Person("Louis XIV"))),))
    two = Operation(name="Siege of Corvel", sources=(Source("b.txt"),),
                    sides=(Side(commanders=(Person("Hassan Ali"), Person("Charles XII"))),))
    assert len(merge_operations([one, two]).sides[0].commanders) == 4


def test_a_name_within_the_other_over_much_the_same_days_is_one_operation():
    imjin = _doc("a.txt", name="Battle of the Imjin River", start_date="1951-04-22", end_date="1951-04-25")
    glosters = _doc("b.txt", name="Battle of the Imjin", start_date="1951-04-23", end_date="1951-04-25")
    goose = _doc("c.txt", name="Battle of Goose Green", start_date="1982-05-28", end_date="1982-05-29")
    darwin = _doc("d.txt", name="Battle of Darwin and Goose Green", start_date="1982-05-28", end_date="1982-05-29")
    assert group_records([imjin, glosters, goose, darwin]) == [[0, 1], [2, 3]]
    # a short battle inside a long offensive named for the same place is not the offensive
    battle = _doc("e.txt", name="Battle of Kherson", start_date="2022-11-09", end_date="2022-11-11")
    offensive = _doc("f.txt", name="Kherson counteroffensive", start_date="2022-08-29", end_date="2022-11-11")
    assert group_records([battle, offensive]) == [[0], [1]]
    # a code name is a name of its own, whatever place it shares with a siege of the same days
    siege = _doc("h.txt", name="Siege of Kestal", start_date="2013-11-05", end_date="2013-12-13")
    coded = _doc("i.txt", name="Operation Kestal Mervin", start_date="2013-11-03", end_date="2013-12-10")
    assert group_records([siege, coded]) == [[0], [1]]
    # nor is one begun and ended weeks apart
    later = _doc("g.txt", name="Battle of the Imjin", start_date="1951-05-10", end_date="1951-05-20")
    assert group_records([imjin, later]) == [[0], [1]]


def test_a_state_and_its_peoples_forces_are_one_belligerent():
    a = _doc("a.txt", sides=(Side(belligerents=("United Kingdom",)), Side(belligerents=("Argentina",))))
    b = _doc("b.txt", sides=(Side(belligerents=("British forces",)), Side(belligerents=("Argentine forces",))))
    m = merge_operations([a, b])
    assert [s.belligerents for s in m.sides] == [("United Kingdom",), ("Argentina",)]
    # another people's forces are another group
    c = _doc("c.txt", sides=(Side(belligerents=("United Kingdom", "Gurkha forces")), Side(belligerents=("Argentina",))))
    assert merge_operations([a, c]).sides[0].belligerents == ("United Kingdom", "Gurkha forces")


def test_an_abbreviation_with_or_without_its_stops_is_one_claimant_and_one_unit():
    a = _figures("a.txt", strength=(Quantity(Count.exact(53), "US soldiers", text="53 US soldiers"),),
                 casualties=(Casualties(killed=Count.exact(150), claimant="us", text="150 killed (US estimate)"),))
    b = _figures("b.txt", strength=(Quantity(Count.exact(53), "U.S. soldiers", text="53 U.S. soldiers"),),
                 casualties=(Casualties(killed=Count(100, 100, "more than"), claimant="u.s.",
                                        text="more than 100 killed (U.S. estimate)"),))
    m = merge_operations([a, b])
    assert [q.count.best for q in m.sides[1].strength] == [53]
    assert len(m.sides[1].casualties) == 1  # one claim of one claimant, the other figure in the conflict
    assert [x.field for x in m.conflicts] == ["/sides/1/casualties/0/killed"]


def test_a_memos_subject_names_the_operation_before_its_subtitle():
    page = Operation(name="Occupation of Osk (1965–1966)", aliases=("Operation Power Pack",), start_date="1965-04-28")
    cable = Operation(name="Operation Power Pack - Review on Departure of IAPF")
    other = Operation(name="Operation Desert Pack - Review")
    assert group_records([page, cable, other]) == [[0, 1], [2]]
