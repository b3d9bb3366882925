"""Readers for the marked-up shapes: wikitext lists, markdown front matter, MediaWiki source, HTML."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warfile.extract import extract_operation
from warfile.readers import (
    READERS,
    detect,
    html,
    markdown_frontmatter,
    mediawiki,
    pipe_table,
    read_document,
    wikitext_list,
)
from warfile.readers.labels import field_for_label, split_belligerent_units

CASES = Path(__file__).parent / "cases"
EXAMPLES = Path(__file__).parent.parent / "examples"
MARKUP_SHAPES = ("wikitext", "markdown-frontmatter", "mediawiki", "html")
CLEAN_SHAPES = ("mediawiki", "html")  # shapes whose Document.text the reader builds itself

CASE_FILES = sorted(p for shape in MARKUP_SHAPES for p in (CASES / shape).glob("*") if p.suffix != ".json")


def _read(path: Path):
    return READERS[path.parent.name].read(path.read_text(encoding="utf-8"))


def _seed(prefix: str) -> str:
    return next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# ---------------------------------------------------------------- golden cases

@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_case_reads_to_its_expected_fields_and_paragraphs(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    doc = _read(path)
    assert doc.title == expected["title"]
    assert [[f.key, f.side, f.text] for f in doc.infobox] == expected["fields"]
    assert [[p.heading, doc.paragraph_text(p)[:40]] for p in doc.paragraphs] == expected["paragraphs"]


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_field_spans_hold_the_field_words(path: Path) -> None:
    doc = _read(path)
    for f in doc.infobox:
        assert f.span is not None
        source = doc.text[f.span.start:f.span.end]
        for word in re.findall(r"[^\W\d_]{3,}", f.text):
            assert word in source, (f.key, word, source)


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_paragraph_spans_are_trimmed_prose_without_headings(path: Path) -> None:
    doc = _read(path)
    headings = {p.heading for p in doc.paragraphs if p.heading}
    for p in doc.paragraphs:
        text = doc.paragraph_text(p)
        assert text and text == text.strip()
        assert text not in headings
        assert "[object Object]" not in text and not text.startswith("![")


@pytest.mark.parametrize("path", [p for p in CASE_FILES if p.parent.name in CLEAN_SHAPES],
                         ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_clean_shapes_leave_no_markup_residue(path: Path) -> None:
    doc = _read(path)
    for piece in [f.text for f in doc.infobox] + [doc.paragraph_text(p) for p in doc.paragraphs] + [doc.title]:
        for residue in ("{{", "}}", "[[", "]]", "<ref", "|", "<br", "<sup", "'''"):
            assert residue not in piece, (residue, piece)


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_case_is_detected_as_its_own_shape(path: Path) -> None:
    shape, confidence = detect(path.read_text(encoding="utf-8"))
    assert (shape, confidence >= 0.5) == (path.parent.name, True)


def test_every_readers_shape_is_one_the_model_names() -> None:
    from warfile.model import SHAPES
    assert set(READERS) == set(SHAPES)


# ---------------------------------------------------------------- seeds

def test_wikitext_seed_maps_every_infobox_row_to_its_key_and_side() -> None:
    doc = wikitext_list.read(_seed("003"))
    got = [(f.key, f.side) for f in doc.infobox]
    assert got == [("name", None), ("part_of", None), ("date", None), ("place", None), ("result", None),
                   ("belligerents", 0), ("belligerents", 1), ("commanders", 0), ("commanders", 1),
                   ("units", 0), ("units", 1), ("strength", 0), ("strength", 1), ("casualties", 0),
                   ("casualties", 1), ("civilian_casualties", None)]
    assert doc.title == "2013 Latakia offensive"


def test_commander_with_glued_kia_gets_the_killed_mark() -> None:
    doc = wikitext_list.read(_seed("003"))
    commanders = doc.fields("commanders")[0].text
    assert "Walid Aouss †, (Rejal Ahoudou Allah leader)" in commanders
    assert "KIA" not in commanders


def test_wikitext_headings_become_paragraph_headings_and_see_also_is_not_prose() -> None:
    doc = wikitext_list.read(_seed("003"))
    assert [p.heading for p in doc.paragraphs][:3] == [None, "Rebel advance", "Rebel advance"]
    assert "Rebel massacre of civilians" in {p.heading for p in doc.paragraphs}
    assert all("2014 Latakia offensive" != doc.paragraph_text(p).lstrip("- ") for p in doc.paragraphs)
    assert not any(doc.paragraph_text(p).startswith("==") for p in doc.paragraphs)


def test_front_matter_tags_give_name_part_of_and_one_field_set_per_side() -> None:
    doc = markdown_frontmatter.read(_seed("004"))
    by_key = {(f.key, f.side): f.text for f in doc.infobox}
    assert by_key[("name", None)] == "2014 Idlib offensive"
    assert by_key[("part_of", None)] == "the Syrian Civil War"
    assert by_key[("date", None)] == "5 March – 25 May 2014"
    assert by_key[("belligerents", 0)].splitlines()[0] == "al-Nusra Front"
    assert by_key[("belligerents", 1)] == "Syrian Arab Republic"
    assert by_key[("units", 1)] == "* Syrian Armed Forces\n* National Defense Force"
    assert ("category", "Military operations of the Syrian civil war in 2014") in doc.meta
    assert not any(f.text.startswith("Military operations") for f in doc.infobox)


def test_markdown_images_junk_and_references_are_not_prose() -> None:
    doc = markdown_frontmatter.read(_seed("004"))
    texts = [doc.paragraph_text(p) for p in doc.paragraphs]
    assert texts[1].startswith("The rebels began the operation on 5 March")
    assert not any("object Object" in t or "wikipedia.org/wiki/Special" in t for t in texts)
    assert "References" not in {p.heading for p in doc.paragraphs}
    assert {p.heading for p in doc.paragraphs} == {None, "Rebel offensive", "Aftermath"}


@pytest.mark.parametrize("prefix,shape", [("000", "plain"), ("001", "citations"), ("002", "pipe-table"),
                                          ("003", "wikitext"), ("004", "markdown-frontmatter")])
def test_markup_readers_do_not_claim_other_shapes_seeds(prefix: str, shape: str) -> None:
    text = _seed(prefix)
    for other in MARKUP_SHAPES:
        if other != shape:
            assert READERS[other].score(text) < 0.3, other


# ---------------------------------------------------------------- single claims

def test_casualties_past_the_last_side_are_civilian_casualties() -> None:
    doc = wikitext_list.read("Infobox\n- Combatant1: A\n- Combatant2: B\n- Casualties3: 12 killed\n")
    assert [(f.key, f.side) for f in doc.fields("civilian_casualties")] == [("civilian_casualties", None)]


def test_third_casualty_column_of_three_sides_stays_a_side() -> None:
    text = "Infobox\n- Combatant1: A\n- Combatant2: B\n- Combatant3: C\n- Casualties3: 12 killed\n"
    assert [(f.key, f.side) for f in wikitext_list.read(text).fields("casualties")] == [("casualties", 2)]


def test_labels_map_with_their_side_digit() -> None:
    assert field_for_label("Combatant1") == ("belligerents", 0)
    assert field_for_label(" commander2a ") == ("commanders", 1)
    assert field_for_label("Commanders and leaders") == ("commanders", None)
    assert field_for_label("Conflict") == ("name", None)
    assert field_for_label("image_size") is None


def test_bullets_under_supported_by_stay_with_the_belligerents() -> None:
    belligerents, units = split_belligerent_units("Rebels\n* Rebel Brigade\nSupported by:\n* Ruritania")
    assert (belligerents, units) == ("Rebels\nSupported by:\n* Ruritania", "* Rebel Brigade")


def test_mediawiki_kia_template_becomes_a_dagger_after_the_name() -> None:
    doc = mediawiki.read("{{Infobox military conflict\n| commander1 = [[Ali Bek]] {{KIA}}<br />(leader)\n}}\n")
    assert doc.fields("commanders")[0].text == "Ali Bek †\n(leader)"


def test_mediawiki_plainlist_entries_lose_one_bullet_level() -> None:
    text = "{{Infobox military conflict\n| units2 = {{plainlist|\n* [[Army]]\n** 1st Brigade\n* Navy\n}}\n}}\n"
    assert mediawiki.read(text).fields("units")[0].text == "Army\n* 1st Brigade\nNavy"


def test_mediawiki_start_date_template_reads_as_a_date() -> None:
    doc = mediawiki.read("{{Infobox military conflict\n| date = {{start date|2016|4|2}} – {{end date|2016|5}}\n}}")
    assert doc.fields("date")[0].text == "2 April 2016 – May 2016"


def test_unclosed_mediawiki_infobox_is_closed_before_the_prose() -> None:
    doc = mediawiki.read("{{Infobox military conflict\n| conflict = Raid\n| combatant1 = A\n\n'''Raid''' text.")
    assert [f.key for f in doc.infobox] == ["name", "belligerents"]
    assert any("not closed" in w for w in doc.warnings)


def test_html_header_row_then_cells_give_one_field_per_side() -> None:
    page = ("<table class='infobox'><tr><th colspan=2>Belligerents</th></tr>"
            "<tr><td>Alpha Front</td><td>Beta State</td></tr></table><p>Some prose here.</p>")
    doc = html.read(page)
    assert [(f.key, f.side, f.text) for f in doc.infobox] == [("belligerents", 0, "Alpha Front"),
                                                              ("belligerents", 1, "Beta State")]


def test_html_scripts_references_and_navigation_are_not_read() -> None:
    page = ("<html><body><nav><p>Menu entry</p></nav><script>var x = 1;</script>"
            "<p>Rebels attacked.<sup class='reference'>[1]</sup></p><h2>Notes</h2><p>A note.</p></body></html>")
    doc = html.read(page)
    assert [doc.paragraph_text(p) for p in doc.paragraphs] == ["Rebels attacked."]


def test_html_prose_is_read_from_the_article_not_from_a_page_status_indicator_parsed_before_it() -> None:
    # a good article's star is wiki text too: its .mw-parser-output comes before the article's
    page = ("<html><body><div class='mw-indicators'><div class='mw-parser-output'><a href='/wiki/GA'>"
            "<img alt='This is a good article.'></a></div></div>"
            "<div id='mw-content-text'><div class='mw-parser-output'><p>The Osk Rising began on 1 August 1944.</p>"
            "<p>On 5 August, the insurgents took the post office.</p></div></div></body></html>")
    doc = html.read(page)
    assert [doc.paragraph_text(p) for p in doc.paragraphs] == [
        "The Osk Rising began on 1 August 1944.", "On 5 August, the insurgents took the post office."]


def test_readers_warn_instead_of_failing_on_empty_text() -> None:
    for module in (wikitext_list, markdown_frontmatter, mediawiki, html):
        doc = module.read("")
        assert doc.infobox == () and doc.warnings


# ---------------------------------------------------------------- never raise

MARKUP_ALPHABET = st.sampled_from(list("{}[]|<>/=*-:'\n !#\"ab1") + ["{{Infobox", "[[", "]]", "}}", "<ref>",
                                                                     "</ref>", "<p>", "---\n", "- Date: ",
                                                                     "<td>", "<th colspan=2>", "<table class=infobox>"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MARKUP_ALPHABET, max_size=60).map("".join))
def test_markup_readers_never_raise_on_markup_soup(text: str) -> None:
    for module in (wikitext_list, markdown_frontmatter, mediawiki, html):
        assert 0.0 <= module.score(text) <= 1.0
        doc = module.read(text)
        for f in doc.infobox:
            assert f.span is None or 0 <= f.span.start <= f.span.end <= len(doc.text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_markup_readers_never_raise_on_truncated_cases(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(CASE_FILES))
    text = path.read_text(encoding="utf-8")
    cut = data.draw(st.integers(0, len(text)))
    drop = data.draw(st.integers(0, 40))
    READERS[path.parent.name].read(text[:cut] + text[cut + drop:])


def test_html_kia_icon_known_by_its_link_title_marks_the_commander_killed() -> None:
    page = ("<table class='infobox'><tr><th colspan=2>Commanders and leaders</th></tr><tr><td>Ali Bek "
            "<a href='/wiki/Killed_in_action' title='Killed in action'><img alt='' src='x.png'></a></td>"
            "<td>Omar Tal</td></tr></table>")
    assert [f.text for f in html.read(page).fields("commanders")] == ["Ali Bek †", "Omar Tal"]


def test_mediawiki_circa_keeps_its_number() -> None:
    doc = mediawiki.read("{{Infobox military conflict\n| strength1 = {{circa|1,500}} fighters\n}}")
    assert doc.fields("strength")[0].text == "c. 1,500 fighters"


def test_front_matter_with_an_impossible_date_is_read_not_raised():
    from warfile.readers import read_document
    doc = read_document("---\nsubject: Battle of Tal Qasr\nd: 2001-13-45\n---\n\nOn 4 May 2001, rebels attacked Tal Qasr.\n")
    assert doc.shape == "markdown-frontmatter" and doc.title == "Battle of Tal Qasr"


def test_an_alliances_bullets_are_its_member_belligerents_a_states_are_its_units() -> None:
    belligerents, units = split_belligerent_units("Three Brotherhood Alliance\n* Kokang Army\n* Ta'ang Army\n"
                                                  "Ruritania\n* Ruritanian Armed Forces")
    assert (belligerents, units) == ("Three Brotherhood Alliance\nKokang Army\nTa'ang Army\nRuritania",
                                     "* Ruritanian Armed Forces")


def test_front_matter_commander_tags_follow_the_side_tags_and_categories_end_the_sides() -> None:
    text = ("---\nsubject: Operation Harrow\ntags:\n  - Operation Harrow\n  - the Amrit War\n"
            "  - |-\n    Tessaria\n     Korva\n  - |-\n    Amrit Front\n"
            "  - |-\n    Maj. Gen. Ilan Voss\n     Col. Dara Venn\n  - |-\n    Umar al-Absi\n"
            "  - Battles of the Amrit War\n  - Korva Province\ndate:\n  - 1–18 March 2031\n---\n\n"
            "**Operation Harrow** was an operation of the Amrit War in March 2031.\n")
    doc = markdown_frontmatter.read(text)
    sided = sorted((f.key, f.side, f.text) for f in doc.infobox if f.side is not None)
    assert sided == [("belligerents", 0, "Tessaria\nKorva"), ("belligerents", 1, "Amrit Front"),
                     ("commanders", 0, "Maj. Gen. Ilan Voss\nCol. Dara Venn"), ("commanders", 1, "Umar al-Absi")]


def _by_key_side(doc) -> dict:
    """A document's infobox texts by (key, side)."""
    return {(f.key, f.side): f.text for f in doc.infobox}


def test_a_markdown_body_holding_the_box_as_a_table_and_bold_rows_gives_those_fields() -> None:
    text = ("---\nsubject: Battle of Korva\ndate:\n  - 5–7 June 2031\n---\n\n"
            "The **Battle of Korva** was fought between Tessaria and Amritia in June 2031 for the city.\n\n"
            "| Commanders | |\n|---|---|\n| Gen. Ilan Voss | Col. Dara Venn † |\n\n"
            "**Strength:** Tessaria: 3 brigades; Amritia: 5,000 soldiers\n\n"
            "**Date:** 1 January 1900\n\n"
            "## Battle\n\nTessarian troops attacked the city on 5 June 2031 and took it two days later.\n")
    doc = markdown_frontmatter.read(text)
    fields = [(f.key, f.side, f.text) for f in doc.infobox]
    assert ("commanders", 0, "Gen. Ilan Voss") in fields and ("commanders", 1, "Col. Dara Venn †") in fields
    assert [t for k, _, t in fields if k == "strength"] == ["Tessaria: 3 brigades", "Amritia: 5,000 soldiers"]
    assert [t for k, _, t in fields if k == "date"] == ["5–7 June 2031"]  # the front matter's row wins
    for f in doc.infobox:
        assert text[f.span.start:f.span.end] == f.text or f.key not in ("commanders", "strength")
    prose = [doc.paragraph_text(p) for p in doc.paragraphs]
    assert not any("|" in p or "**Strength" in p for p in prose) and len(prose) == 2


def test_an_infobox_block_of_template_parameters_in_front_matter_gives_the_fields() -> None:
    text = ("---\ntitle: Battle of Velmora\ninfobox:\n  conflict: Battle of Velmora\n  partof: the Amrit War\n"
            "  date: 13 December 2031\n  combatant1:\n    - Tessaria\n    - Korva\n  combatant2:\n    - Amritia\n"
            "  commander2:\n    - Kapitän Hans Voss †\n  strength1: 1 heavy cruiser; 2 light cruisers\n---\n\n"
            "The **Battle of Velmora** was the first naval battle of the Amrit War, fought on 13 December 2031.\n")
    got = _by_key_side(markdown_frontmatter.read(text))
    assert got[("name", None)] == "Battle of Velmora" and got[("part_of", None)] == "the Amrit War"
    assert got[("belligerents", 0)] == "Tessaria\nKorva" and got[("belligerents", 1)] == "Amritia"
    assert got[("commanders", 1)] == "Kapitän Hans Voss †" and got[("strength", 0)].startswith("1 heavy cruiser")


def test_an_infobox_block_with_a_list_of_sides_each_a_mapping_of_its_rows() -> None:
    text = ("---\ntitle: Battle of Velmora\ninfobox:\n  conflict: Battle of Velmora\n  date: 13 December 2031\n"
            "  sides:\n    - combatants: [Tessaria, Korva]\n      commanders:\n        - \"Gen. Ivo Kand (commander)\"\n"
            "      casualties: [\"19 killed, 116 wounded\"]\n    - combatants: [Amritia]\n      supported_by: [Lorria]\n"
            "      strength: [\"1,500 soldiers\"]\n  civilian_casualties: 24 civilians killed\n---\n\n"
            "The **Battle of Velmora** was fought on 13 December 2031.\n")
    got = _by_key_side(markdown_frontmatter.read(text))
    assert got[("belligerents", 0)] == "Tessaria\nKorva" and got[("belligerents", 1)] == "Amritia"
    assert got[("commanders", 0)] == "Gen. Ivo Kand (commander)" and got[("supporters", 1)] == "Lorria"
    assert got[("casualties", 0)] == "19 killed, 116 wounded" and got[("strength", 1)] == "1,500 soldiers"
    assert got[("civilian_casualties", None)] == "24 civilians killed"


def test_an_exporters_own_infobox_keys_a_period_and_a_list_of_parties() -> None:
    text = ("---\ntitle: Battle of Velmora\ninfobox:\n  heading: Battle of Velmora\n  war: Amrit War\n"
            "  period:\n    begin: 1 November 2031\n    end: 3 November 2031\n  outcome: Tessarian victory\n"
            "  parties:\n    - side: A\n      members: [Tessaria]\n      leaders: [\"Gen. Ivo Kand — Commander of the Army\"]\n"
            "      formations: [2nd Brigade]\n      size: [\"1,000 soldiers\"]\n    - side: B\n      members: [Korva]\n"
            "  civilian_losses: [\"11 civilians killed\"]\n---\n\nThe **Battle of Velmora** was fought in 2031.\n")
    got = _by_key_side(markdown_frontmatter.read(text))
    assert got[("part_of", None)] == "Amrit War" and got[("date", None)] == "1 November 2031 – 3 November 2031"
    assert got[("belligerents", 0)] == "Tessaria" and got[("belligerents", 1)] == "Korva"  # not "A", "B"
    assert got[("units", 0)] == "2nd Brigade" and got[("strength", 0)] == "1,000 soldiers"
    assert got[("civilian_casualties", None)] == "11 civilians killed"


def test_a_static_sites_front_matter_with_a_conflict_block_and_one_list_per_side() -> None:
    text = ("---\ntitle: \"Battle of Velmora (2031)\"\ndate: 2034-02-11T09:14:00+01:00\n"
            "tags: [\"Korva\", \"Task Force Amrit\"]\nconflict:\n  name: Battle of Velmora\n"
            "  part_of: [Korvan Civil War, Operation Harrow]\n  date: 3–4 October 2031\n"
            "belligerents:\n  - [Tessaria, \"Supported by:\", Lorria]\n  - [Korvan National Alliance]\n"
            "strength:\n  - [\"160 soldiers\", \"19 aircraft\"]\n  - [\"2,000 militiamen\"]\n---\n\n"
            "The **Battle of Velmora** was fought on 3–4 October 2031 in Velmora between Tessarian forces and militia.\n")
    got = _by_key_side(markdown_frontmatter.read(text))
    assert got[("name", None)] == "Battle of Velmora" and got[("date", None)] == "3–4 October 2031"
    assert got[("part_of", None)] == "Korvan Civil War\nOperation Harrow"
    assert got[("belligerents", 0)] == "Tessaria\nSupported by:\nLorria" and got[("belligerents", 1)] == "Korvan National Alliance"
    assert got[("strength", 1)] == "2,000 militiamen" and not any(t == "Korva" for t in got.values())

def test_front_matter_with_the_templates_numbered_parameters_at_the_top_level() -> None:
    text = ("---\ntitle: Battle of Osk\npart_of:\n  - Korvan War\ndate: 28 February – 19 April 1986\n"
            "combatant1:\n  - Korva\n  - Korvan Republic\ncombatant2:\n  - Osk Front\nsupported_by2:\n  - Tessaria\n"
            "commander1:\n  - Lt. Gen. Ilan Voss\ncommander2:\n  - Omar Velt (WIA)\nunits1:\n  - 38th Commando Brigade\n"
            "strength2:\n  - 500–600 fighters\ncasualties1:\n  - 530 captured\n---\n\n"
            "The **Battle of Osk** was an offensive of the Korvan War.\n")
    op = extract_operation(markdown_frontmatter.read(text))
    assert [s.belligerents for s in op.sides] == [("Korva", "Korvan Republic"), ("Osk Front",)]
    assert op.sides[1].supporters == ("Tessaria",) and op.sides[0].units == ("38th Commando Brigade",)
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Ilan Voss"], ["Omar Velt"]]
    assert [q.text for q in op.sides[1].strength] == ["500–600 fighters"]
    assert [c.text for c in op.sides[0].casualties] == ["530 captured"]


def test_front_matter_with_one_mapping_per_side_at_the_top_level() -> None:
    text = ("---\ntitle: \"Second Battle of Osk\"\nname: Second Battle of Osk\ndate: 2 March – 1 April 2015\n"
            "side_a:\n  belligerents:\n    - Korva\n    - Korvan Mobilization Forces\n  supported_by:\n    - Tessaria\n"
            "    - Lorria (from 25 March)\n  commanders:\n    - Lt. Gen. Ilan Voss (Osk Operations Command)\n"
            "  strength:\n    - 30,000 troops and militiamen\nside_b:\n  belligerents:\n    - Osk Front\n"
            "  casualties:\n    - 1,100 killed (Korvan government claim)\ntags: [korva, osk, 2015]\n---\n\n"
            "The **Second Battle of Osk** was a military operation launched on 2 March 2015.\n")
    op = extract_operation(markdown_frontmatter.read(text))
    assert [s.belligerents for s in op.sides] == [("Korva", "Korvan Mobilization Forces"), ("Osk Front",)]
    # the supporter is the party; "(from 25 March)" says when, and names no one
    assert op.sides[0].supporters == ("Tessaria", "Lorria")
    assert [c.name for c in op.sides[0].commanders] == ["Ilan Voss"]
    assert [c.text for c in op.sides[1].casualties] == ["1,100 killed (Korvan government claim)"]



def test_toml_front_matter_with_an_infobox_table_and_a_table_per_side() -> None:
    text = ('+++\ntitle = "Battle of Velmora"\ndate = 2033-11-05\n\n[taxonomies]\ntags = ["Korva", "1978"]\n\n'
            '[extra.infobox]\nconflict = "Battle of Velmora"\npartof = ["Shaba II", "Cold War"]\n'
            'date = "19–22 May 2031"\n\n[[extra.infobox.side]]\ncombatants = ["Tessaria", "Supported by:", "Lorria"]\n'
            'strength = ["650 legionnaires"]\n\n[[extra.infobox.side]]\ncombatants = ["Korvan Front"]\n\n'
            '[extra.infobox.civilians]\ncasualties = ["about 870 civilians killed"]\n+++\n\n'
            "The **Battle of Velmora** was an airborne operation fought between 19 and 22 May 2031 in Velmora.\n")
    doc = markdown_frontmatter.read(text)
    got = _by_key_side(doc)
    assert got[("name", None)] == "Battle of Velmora" and got[("date", None)] == "19–22 May 2031"
    assert got[("belligerents", 0)] == "Tessaria\nSupported by:\nLorria" and got[("belligerents", 1)] == "Korvan Front"
    assert got[("civilian_casualties", None)] == "about 870 civilians killed" and len(doc.paragraphs) == 1
    strength = next(f for f in doc.infobox if f.key == "strength")
    assert text[strength.span.start:strength.span.end] == "650 legionnaires"


def test_an_html_infobox_laid_out_with_dl_rows_and_div_columns() -> None:
    text = ('<html><body><h1>Second Battle of Velmora</h1><aside class="ib">'
            '<div class="ib-title">Second Battle of Velmora</div><div class="ib-sub">Part of the <a>Amrit War</a></div>'
            '<dl class="ib-facts"><dt>Date</dt><dd>7 November – 23 December 2031</dd><dt>Result</dt><dd>Tessarian victory</dd></dl>'
            '<div class="ib-section"><h4>Belligerents</h4><div class="ib-cols">'
            '<div><ul><li>Tessaria</li><li>Korva</li></ul></div><div><ul><li>Amrit Front</li></ul></div></div></div>'
            '<div class="ib-section"><h4>Commanders and leaders</h4><div class="ib-cols">'
            '<div><dl><dt>Lt. Gen. Ilan Voss</dt><dd>I Corps</dd></dl></div><div><dl><dt>Omar Kell †</dt></dl></div></div></div>'
            '<div class="ib-section"><h4>Casualties and losses</h4><div class="ib-cols">'
            '<div><ul><li>95 killed</li></ul></div><div><ul><li>1,200 killed</li></ul></div></div>'
            '<div class="ib-full">800 civilians killed</div></div></aside>'
            '<p>The Second Battle of Velmora was fought between 7 November and 23 December 2031 in the city.</p>'
            '</body></html>')
    got = _by_key_side(html.read(text))
    assert got[("part_of", None)] == "the Amrit War" and got[("date", None)] == "7 November – 23 December 2031"
    assert got[("belligerents", 0)] == "Tessaria\nKorva" and got[("belligerents", 1)] == "Amrit Front"
    assert got[("commanders", 0)] == "Lt. Gen. Ilan Voss (I Corps)" and got[("commanders", 1)] == "Omar Kell †"
    assert got[("civilian_casualties", None)] == "800 civilians killed" and got[("casualties", 1)] == "1,200 killed"


def test_a_fandom_portable_infobox_reads_its_columns_inside_the_smart_group_body() -> None:
    def group(label: str, one: str, two: str) -> str:
        return (f'<section class="pi-item pi-group"><h2 class="pi-header">{label}</h2>'
                '<section class="pi-smart-group"><section class="pi-smart-group-body">'
                f'<div class="pi-smart-data-value" data-source="{label.lower()}1">{one}</div>'
                f'<div class="pi-smart-data-value" data-source="{label.lower()}2">{two}</div></section></section></section>')
    text = ('<html><body><h1>Siege of Osk</h1><div class="mw-parser-output"><aside class="portable-infobox">'
            '<h2 class="pi-title">Siege of Osk</h2><section class="pi-item pi-group">'
            '<div class="pi-data"><h3 class="pi-data-label">Date</h3><div class="pi-data-value">19 July – 10 December 1877</div></div>'
            '<div class="pi-data"><h3 class="pi-data-label">Outcome</h3><div class="pi-data-value">Korvan victory</div></div>'
            '</section>' + group("Combatants", "Korva<br>Tessaria", "Osk Sultanate")
            + group("Commanders", "Ilan Voss<br>Carol I", "Osman Pasha")
            + group("Casualties", "38,000 killed or wounded", "25,000 killed or wounded<br>43,338 captured")
            + '</aside><p>The Siege of Osk was fought from 19 July to 10 December 1877.</p></div></body></html>')
    got = _by_key_side(html.read(text))
    assert got[("belligerents", 0)] == "Korva\nTessaria" and got[("belligerents", 1)] == "Osk Sultanate"
    assert got[("commanders", 1)] == "Osman Pasha" and got[("casualties", 1)] == "25,000 killed or wounded\n43,338 captured"
    # a heading label over its value gives the operation's own fields
    assert got[("date", None)] == "19 July – 10 December 1877" and got[("result", None)] == "Korvan victory"


def test_a_notes_apps_export_properties_toggles_and_a_sideways_box() -> None:
    from warfile.extract import extract_operation
    from warfile.readers import read_document
    text = ("# Battle of Velmora\n\nDate: November 20, 2031 → November 23, 2031\nLocation: Velmora, Osk Islands\n"
            "Part of: Osk and Marren campaign, Amrit War (../Amrit%20War%205c1e0a7f.md)\nResult: Tessarian victory\n"
            "Tags: Amphibious\n\n- Commanders and leaders\n    \n    **Tessaria**\n    \n    - Maj. Gen. Ivo Kand\n"
            "    - Col. Pero Lask\n    \n    **Korva**\n    \n    - Rear Adm. Osk Marr ✝\n    \n- Units involved\n    \n"
            "    **Tessaria:** 2nd Marine Division, Task Force 53\n    \n    **Korva:** 3rd Base Force\n    \n\n"
            "| Side | Strength | Casualties and losses |\n| --- | --- | --- |\n| Tessaria | 35,000 | 1,009 killed |\n"
            "| Korva | 2,636 troops | 4,690 killed |\n\n"
            "The **Battle of Velmora** was fought on 20–23 November 2031 between Tessaria and Korva at Velmora.\n")
    op = extract_operation(read_document(text))
    assert (op.start_date, op.end_date) == ("2031-11-20", "2031-11-23")  # "→" joins a range
    assert op.part_of == ("Osk and Marren campaign", "Amrit War") and op.result == "Tessarian victory"
    assert [s.belligerents for s in op.sides] == [("Tessaria",), ("Korva",)]
    assert [p.name for p in op.sides[0].commanders] == ["Ivo Kand", "Pero Lask"]
    assert [(p.name, p.killed) for p in op.sides[1].commanders] == [("Osk Marr", True)]
    assert op.sides[1].units == ("3rd Base Force",)
    assert [c.killed.low for c in op.sides[1].casualties] == [4690]


def test_a_table_less_boxs_section_ends_at_the_next_sections_heading() -> None:
    text = ('<html><body><h1>Osk offensive</h1><aside class="box"><h3>Osk offensive</h3>'
            '<dl><dt>Date</dt><dd>31 May 2031</dd><dt>Result</dt><dd>Tessarian victory</dd></dl>'
            '<h4>Belligerents</h4><div class="sides"><div>Tessaria</div><div>Korva</div></div>'
            '<h4>Strength</h4><div class="sides"><div>3,000 fighters</div><div>2,000 fighters</div></div>'
            '<h4>Casualties and losses</h4><div class="sides"><div>299 killed</div><div>1,019 killed</div></div>'
            '<p class="civ">437 civilians killed</p></aside>'
            '<p>The Osk offensive was fought by Tessaria against Korva from 31 May 2031 until the end of August.</p>'
            '</body></html>')
    got = _by_key_side(html.read(text))
    assert got[("belligerents", 0)] == "Tessaria" and got[("belligerents", 1)] == "Korva"
    assert got[("strength", 1)] == "2,000 fighters"
    assert got[("civilian_casualties", None)] == "437 civilians killed"


def test_an_obsidian_clip_reads_the_box_in_its_callout_and_not_its_own_tags_as_sides():
    text = ("---\ntitle: \"Landing at Osk - Wikipedia\"\nsource: \"https://en.wikipedia.org/wiki/Landing_at_Osk\"\n"
            "published: 2004-06-21\ncreated: 2026-11-29\ntags:\n  - \"clippings\"\n  - \"ww1\"\n---\n"
            "> [!info] Landing at Osk\n> Part of the [Korvan campaign](https://en.wikipedia.org/wiki/K) of "
            "[World War I](https://en.wikipedia.org/wiki/WWI)\n>\n> | | |\n> |---|---|\n"
            "> | **Date** | 25 April – 3 May 1915 |\n> | **Belligerents** | |\n"
            "> | [Korva](https://en.wikipedia.org/wiki/Korva) | [Tessa](https://en.wikipedia.org/wiki/Tessa) |\n\n"
            "The **landing at Osk** on 25 April 1915, also known as the **landing at Gaba Tepe** and, to the "
            "Tessans, as the **Ari Landing**, began the land phase of the campaign.\n")
    op = extract_operation(markdown_frontmatter.read(text))
    assert op.name == "Landing at Osk" and op.part_of == ("Korvan campaign", "World War I")
    assert (op.start_date, op.end_date) == ("1915-04-25", "1915-05-03")
    assert [s.belligerents for s in op.sides] == [("Korva",), ("Tessa",)]
    assert op.aliases == ("landing at Gaba Tepe", "Ari Landing")


def test_an_infobox_military_operation_names_its_sides_by_role():
    page = ("{{Infobox military operation\n| name = Operation Osk\n| partof = the [[Korvan War]]\n"
            "| target = [[Osk Front]]<br />[[Velmora Brigade]]\n"
            "| commanded_by = [[General (Korva)|Gen.]] [[Ilan Voss]]\n| date = 15 June 2014 – 22 February 2017\n"
            "| executed_by = [[Korvan Army]]<br />[[Korvan Air Force]]\n| outcome = Korvan victory\n}}\n"
            "'''Operation Osk''' ({{lang-ur|آپریشن}}, {{lit|sharp and cutting strike}}) was a joint offensive "
            "launched on 15 June 2014.\n")
    op = extract_operation(mediawiki.read(page))
    assert [s.belligerents for s in op.sides] == [("Korvan Army", "Korvan Air Force"), ("Osk Front", "Velmora Brigade")]
    assert [c.name for c in op.sides[0].commanders] == ["Ilan Voss"] and op.result == "Korvan victory"
    assert op.aliases == ("آپریشن",)  # the literal translation names nothing


def test_one_casualties_field_for_both_sides_goes_to_each_side_by_whom_it_counts():
    # the operation's single casualties field lists the enemy's dead first
    page = ("{{Infobox military operation\n| name = Operation Osk\n"
            "| target = [[Tehrik-i-Osk]]<br />[[Lashkar-e-Velmora]]\n"
            "| executed_by = [[Korvan Army]]<br />[[Korvan Air Force]]\n"
            "| casualties = 3,500 militants killed (ISPR claim)<br />490 soldiers killed (ISPR claim)\n}}\n"
            "'''Operation Osk''' was a joint offensive launched on 15 June 2014.\n")
    op = extract_operation(mediawiki.read(page))
    assert [[c.text for c in s.casualties] for s in op.sides] == [
        ["490 soldiers killed (ISPR claim)"], ["3,500 militants killed (ISPR claim)"]]
    # listed in the sides' order, the field's order stands
    page = page.replace("3,500 militants killed (ISPR claim)<br />490 soldiers killed (ISPR claim)",
                        "490 soldiers killed (ISPR claim)<br />3,500 militants killed (ISPR claim)")
    op = extract_operation(mediawiki.read(page))
    assert [[c.text for c in s.casualties] for s in op.sides] == [
        ["490 soldiers killed (ISPR claim)"], ["3,500 militants killed (ISPR claim)"]]


def test_box_labels_written_with_a_colon_are_labels() -> None:
    text = ('<html><body><article><h1>Operation Osk</h1><div class="ibox"><div class="ibox-title">Operation Osk</div>'
            '<dl class="ibox-facts"><dt>Date:</dt><dd>November 1987 – January 1988</dd>'
            '<dt>Location:</dt><dd>Khowst, Paktia</dd><dt>Result:</dt><dd>Korvan success</dd></dl>'
            '<div class="ibox-section"><div class="ibox-head">Belligerents</div><div class="ibox-cols">'
            '<ul><li>Korva</li></ul><ul><li>Osk Front</li></ul></div></div></div>'
            '<p>Operation Osk was a Korvan operation to lift the blockade of Khowst.</p></article></body></html>')
    got = _by_key_side(html.read(text))
    assert got[("date", None)] == "November 1987 – January 1988" and got[("place", None)] == "Khowst, Paktia"
    assert got[("result", None)] == "Korvan success"


def test_front_matter_people_as_mappings_and_a_sides_supporters_key() -> None:
    text = ("---\ntitle: Battle of Osk (2012)\ncombatant1:\n  - Korva\ncombatant1_supported_by:\n  - OSKMIS\n"
            "combatant2:\n  - Osk Front\ncommander1:\n  - name: Ilan Voss\n    rank: Gen.\n    role: Chief of the Korvan Defence Forces\n"
            "  - name: Tarek Amrani\ncommander2:\n  - name: Omar Velt\n    role: Osk Front emir\n---\n\n"
            "The **Battle of Osk** was fought from 28 September to 1 October 2012.\n")
    op = extract_operation(markdown_frontmatter.read(text))
    assert op.sides[0].supporters == ("OSKMIS",)
    assert [(c.name, c.rank, c.role) for c in op.sides[0].commanders] == [
        ("Ilan Voss", "Gen.", "Chief of the Korvan Defence Forces"), ("Tarek Amrani", None, None)]
    assert [(c.name, c.role) for c in op.sides[1].commanders] == [("Omar Velt", "Osk Front emir")]


def test_a_one_column_table_as_jina_reader_and_firecrawl_write_a_box_is_read():
    # the caption is the only header cell ("| Operation Phoenix |" over "| --- |"); rows are as
    # wide as they are: "| Date | 1 March 2008 |", "| Belligerents |", "| Colombia | FARC-EP |"
    for name in ("07_operation_phoenix.jina.txt", "08_siege_of_tsingtao.firecrawl.md"):
        text = (Path(__file__).parent / "blind22" / "docs" / name).read_text(encoding="utf-8")
        doc = read_document(text, path=name)
        assert doc.shape == "pipe-table", name
        assert {"date", "place", "belligerents", "commanders", "casualties"} <= {f.key for f in doc.infobox}, name
        sides = {f.side for f in doc.infobox if f.key == "belligerents"}
        assert sides == {0, 1}, name


def test_a_bare_rule_under_a_caption_is_no_one_column_table():
    # html2text writes the box's caption over a bare "---" and its rows as a two-column table below
    path = Path(__file__).parent / "blind17" / "docs" / "b17_07_second_battle_of_fallujah.md"
    op = extract_operation(read_document(path.read_text(encoding="utf-8"), path=path.name))
    assert op.places == ("Fallujah", "Al Anbar Governorate", "Iraq")
    assert [s.belligerents for s in op.sides][0] == ("United States", "Iraq", "United Kingdom")


def test_a_table_nested_in_a_cell_and_run_into_one_line_gives_its_rows():
    # markdownify writes a box's Date/Location/Result sub-table inside one cell of its row
    page = ("| Siege of Corvel | |\n| --- | --- |\n| Part of the [Long War](/wiki/Long_War) | |\n"
            "| |  |  | | --- | --- | | Date | April 2 – May 9, 1711 (37 days) | | Location | [Corvel](/wiki/Corvel), "
            "Duchy of Marn | | Result | Marnese victory | | |\n"
            "| Belligerents | |\n| Duchy of Marn | Kingdom of Estria |\n\n"
            "The **Siege of Corvel** (April 2 – May 9, 1711) was a siege of the Long War.\n")
    op = extract_operation(pipe_table.read(page))
    assert (op.start_date, op.end_date) == ("1711-04-02", "1711-05-09")
    assert op.places == ("Corvel", "Duchy of Marn")
    assert op.result == "Marnese victory"
    assert [s.belligerents for s in op.sides] == [("Duchy of Marn",), ("Kingdom of Estria",)]


PANDOC_PAGE = """\
[Siege of Corvel]{.mw-page-title-main}
======================================

::: {#mw-content-text .mw-body-content}
::: {.hatnote .navigation-not-searchable role="note"}
For the 1712 siege, see [Second Siege of Corvel](/wiki/Second_Siege "Second Siege").
:::

+-------------------------------------------------------------------------------------+
| Siege of Corvel                                                                     |
+=====================================================================================+
| Part of the [Long War](/wiki/Long_War "Long War")                                   |
+------------------------------------------+------------------------------------------+
| Date                                     | April 2 – May 9, 1711                    |
+------------------------------------------+------------------------------------------+
| Location                                 | Corvel                                   |
+------------------------------------------+------------------------------------------+

::: {.mw-heading .mw-heading2}
## Siege {#Siege}

[\\[[edit](/w/index.php?title=Siege_of_Corvel&action=edit&section=1 "Edit section: Siege")\\]]{.mw-editsection}
:::

The Estrian army of [Marshal
Osk](/wiki/Osk "Osk") reached the walls on April 2 and began to dig
its trenches.^[\\[3\\]](#cite_note-3)^ On April 20 the besiegers stormed
the outer bastion, and three days later the garrison
surrendered.^[\\[4\\]](#cite_note-4)^

::: {.mw-heading .mw-heading2}
## References {#References}
:::

1.  **^** Author, A. (1901). *The Sieges of
    Marn*. Press. p. 4.
"""


def test_pandoc_markdown_reads_as_the_page_shows():
    # fenced divs, attributes, superscript citations and prose wrapped at 72 columns (pandoc -t markdown)
    doc = read_document(PANDOC_PAGE)
    assert doc.shape == "pipe-table" and doc.title == "Siege of Corvel"
    assert {p.heading for p in doc.paragraphs} <= {None, "Siege"}
    op = extract_operation(doc)
    summaries = {e.date: e.summary for e in op.events}
    assert summaries["1711-04-20"].startswith("On April 20 the besiegers stormed the outer bastion")
    assert "^" not in summaries["1711-04-20"]
    assert summaries["1711-04-23"].endswith("the garrison surrendered.")
    # the wrapped lines are joined in the document's text, every span still where it was
    assert len(doc.text) == len(PANDOC_PAGE)


def test_parsoid_html_is_html_though_its_templates_keep_their_wikitext():
    # the REST API's page HTML: data-mw attributes hold each template's wikitext ("{{Infobox …")
    page = ('<!DOCTYPE html>\n<html prefix="mw: http://mediawiki.org/rdf/"><head><title>Siege of Corvel</title></head>'
            '<body class="mw-content-ltr parsoid-body mediawiki mw-parser-output">'
            '<section data-mw-section-id="0"><table class="infobox vevent" about="#mwt3" typeof="mw:Transclusion" '
            'data-mw=\'{"parts":[{"template":{"target":{"wt":"Infobox military conflict"},"params":{"combatant1":{"wt":"{{flagicon|Marn}} [[Marn]]"}}}}]}\'>'
            '<tbody><tr><th colspan="2">Siege of Corvel</th></tr><tr><th>Date</th><td>2 April – 9 May 1711</td></tr>'
            '<tr><th>Location</th><td>Corvel, Marn</td></tr></tbody></table>'
            '<p>The <b>Siege of Corvel</b> was fought from 2 April to 9 May 1711.</p></section></body></html>')
    doc = read_document(page)
    assert doc.shape == "html"
    op = extract_operation(doc)
    assert (op.name, op.start_date, op.end_date, op.places) == (
        "Siege of Corvel", "1711-04-02", "1711-05-09", ("Corvel", "Marn"))


def test_an_old_boxs_nested_table_of_bold_labels_gives_its_rows():
    # a 2008 page: the Date/Location/Result rows sit in a table nested in the box, labelled in bold <td>s
    page = ('<html><body><div id="content"><h1>Siege of Corvel</h1><table class="infobox">'
            '<tr><th colspan="2">Siege of Corvel</th></tr>'
            '<tr><td colspan="2"><table><tr><td><b>Date</b></td><td>2 April – 9 May 1711</td></tr>'
            '<tr><td><b>Location</b></td><td>Corvel, Marn</td></tr>'
            '<tr><td><b>Result</b></td><td>Estrian victory</td></tr></table></td></tr>'
            '<tr><th colspan="2">Belligerents</th></tr><tr><td>Estria</td><td>Marn</td></tr></table>'
            '<p>The <b>Siege of Corvel</b> was fought in 1711.</p></div></body></html>')
    op = extract_operation(read_document(page))
    assert (op.start_date, op.end_date, op.places, op.result) == (
        "1711-04-02", "1711-05-09", ("Corvel", "Marn"), "Estrian victory")
    assert [s.belligerents for s in op.sides] == [("Estria",), ("Marn",)]


def test_a_grid_tables_list_items_are_entries_of_their_own():
    page = ("+------------------------------------------+------------------------------------------+\n"
            "| Siege of Corvel                                                                     |\n"
            "+==========================================+==========================================+\n"
            "| Commanders and leaders                                                              |\n"
            "+------------------------------------------+------------------------------------------+\n"
            "| - [Marshal                               | - Gen. [Henrik                           |\n"
            "|   Osk](/wiki/Osk \"Osk\")                  |   Arn](/wiki/Arn \"Arn\") (POW)            |\n"
            "| - General Vell                           |                                          |\n"
            "+------------------------------------------+------------------------------------------+\n\n"
            "The Siege of Corvel was fought in [1711](/wiki/1711) between [Estria](/wiki/Estria) and Marn.\n")
    doc = pipe_table.read(page)
    assert [(f.side, f.text) for f in doc.infobox if f.key == "commanders"] == [
        (0, "- Marshal Osk\n- General Vell"), (1, "- Gen. Henrik Arn (POW)")]


def test_an_obsidian_note_reads_the_dataview_fields_of_its_callout_and_its_wiki_links():
    text = ("---\naliases:\n  - 2009 raid on Kessa\ntags:\n  - sahel\n---\n\n# Battle of Kessa\n\n"
            "> [!infobox]+ Battle of Kessa\n> ![[kessa-market.jpg|300]]\n> part_of:: [[Kessan Civil War]]\n"
            "> date:: 2–3 February 2009\n> place:: [[Kessa]], [[Orland]]\n"
            "> side1:: [[Union of Forces for Change|UFC]], UFC-Fundamental\n> side1_support:: [[Tessa]] (alleged)\n"
            "> side2:: [[Orland]]\n> commanders1:: [[Mahat Nouri]], Abdel Mackaye\n"
            "> commanders2:: [[Idris Bey]], Gen. Daoud Sou † (chief of staff)\n> strength1:: c. 2,000 fighters\n"
            "> civilians:: 160+ killed (ICRC)\n\n"
            "The Battle of Kessa was fought on 2 and 3 February 2009 in the capital of [[Orland]].\n\n"
            "[[Idris Bey]] ordered the army back into the city on 3 February, and it drove the rebels out.\n")
    doc = markdown_frontmatter.read(text)
    op = extract_operation(doc)
    assert op.part_of == ("Kessan Civil War",) and op.places == ("Kessa", "Orland")
    assert [s.belligerents for s in op.sides] == [("UFC", "UFC-Fundamental"), ("Orland",)]
    assert op.sides[0].supporters == ("Tessa",)
    assert [c.name for c in op.sides[1].commanders] == ["Idris Bey", "Daoud Sou"]
    assert op.civilian_casualties and op.civilian_casualties[0].killed.low == 160
    assert any(e.date == "2009-02-03" and "Idris Bey ordered" in e.summary for e in op.events)


def test_a_box_written_as_two_pipe_tables_reads_the_sides_of_the_second():
    text = ("# Siege of Orla\n\n| Siege of Orla |  |\n| --- | --- |\n| Date | 12 October 1428 – 8 May 1429 |\n"
            "| Result | Orlan victory |\n\n|  | Angles | Orlans |\n| --- | --- | --- |\n"
            "| Belligerents | Kingdom of Angle | Kingdom of Orla<br>Kingdom of Scota |\n"
            "| Strength | c. 5,000 | 6,400 soldiers |\n\n"
            "The siege of Orla was laid by the Angles to the city from 12 October 1428 until 8 May 1429.\n")
    op = extract_operation(read_document(text, "orla.md"))
    assert [s.belligerents for s in op.sides] == [("Kingdom of Angle",), ("Kingdom of Orla", "Kingdom of Scota")]
    assert [s.strength[0].count.low for s in op.sides] == [5000, 6400]


def test_a_wikis_own_box_template_is_the_box_and_a_flag_before_a_linked_name_is_an_icon():
    page = ("{{Featured}}\n{{Battle\n|title1 = Battle of Osk Ford\n|date = 2–4 May 1944\n|result = Tarsenian victory\n"
            "|faction1 = {{Flag|Tarsenia}} [[Tarsenia]]\n|faction2 = {{Flag|Velmar}} [[Velmar Republic]]\n"
            "|leader1 = [[Aldo Veris]]\n|leader2 = Pero Lask\n|losses2 = 300 killed\n}}\n"
            "The '''Battle of Osk Ford''' was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic.\n")
    op = extract_operation(read_document(page, path="osk.wiki"))
    assert op.name == "Battle of Osk Ford" and op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]


def test_a_front_matter_box_keyed_by_field_then_by_side_gives_a_column_per_side_in_the_order_it_lists():
    page = ("---\ntitle: Battle of Osk Ford\nbattle:\n  name: Battle of Osk Ford\n  when: { start: 1944-05-02, end: 1944-05-04 }\n"
            "  outcome: Tarsenian victory\n  sides: [velmar, tarsenia]\n"
            "  belligerents:\n    tarsenia: [Tarsenia]\n    velmar: [Velmar Republic]\n"
            "  commanders:\n    velmar:\n      - { name: Pero Lask, rank: Colonel, fate: killed }\n"
            "    tarsenia:\n      - { name: Aldo Veris, role: corps commander }\n"
            "  losses:\n    velmar: [\"300 killed\"]\n    tarsenia: [\"120 killed\"]\n---\n\n"
            "The **Battle of Osk Ford** was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic.\n")
    op = extract_operation(read_document(page, path="osk.md"))
    assert [s.belligerents for s in op.sides] == [("Velmar Republic",), ("Tarsenia",)]  # "sides:" gives the order
    assert op.sides[0].commanders[0].killed and op.sides[0].commanders[0].rank == "Colonel"
    assert [s.casualties[0].killed.low for s in op.sides] == [300, 120]


# A MyST (Jupyter Book) page: the box in two list-table directives, a row per "* - " item.
MYST_PAGE = """---
title: Battle of Osk Ford
authors:
  - name: A. Reader
date: 2025-02-17
---

:::{list-table} Battle of Osk Ford: overview
:label: tbl-overview
:header-rows: 1

* - Field
  - Value
* - Part of
  - Tarsen War
* - Date
  - 2–4 May 1944
* - Result
  - - Tarsenian victory
    - Velmar withdrawal
:::

:::{list-table} The two sides
:header-rows: 1

* -
  - Tarsenian side
  - Velmar side
* - Belligerents
  - Tarsenia
  - - Velmar Republic
    - Osk Legion
* - Commanders and leaders
  - Aldo Veris
  - Pero Lask
* - Casualties and losses
  - 120 killed
  - 300 killed (Tarsenian claim)
:::

The **Battle of Osk Ford** was fought from 2 to 4 May 1944. On 3 May 1944 Tarsenian troops captured the ford.
"""


def test_a_myst_list_table_is_the_box_and_no_prose():
    doc = read_document(MYST_PAGE, path="osk.md")
    op = extract_operation(doc)
    assert op.part_of == ("Tarsen War",) and op.start_date == "1944-05-02" and "Tarsenian victory" in op.result
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic", "Osk Legion")]
    assert [c.name for c in op.sides[1].commanders] == ["Pero Lask"]
    assert "Field" not in doc.text[doc.paragraphs[0].span.start:doc.paragraphs[0].span.end]
    assert [(e.date, e.type) for e in op.events][-1] == ("1944-05-03", "capture")


# An Astro Starlight page: the box in front matter as label-first flow rows and a per-side comparison
# whose cells reuse the sides' anchors.
STARLIGHT = """---
title: Battle of Osk Ford
infobox:
  rows:
    - [Part of, Tarsen War]
    - [Date, 2 May 1944]
    - [Result, Tarsenian victory, Velmar withdrawal]
  sides: [&left Tarsenia, &right Velmar Republic]
  compare:
    - label: Belligerents
      cells: [[*left], [*right]]
    - label: Commanders and leaders
      cells:
        - [Aldo Veris, Ilse Darn]
        - [Pero Lask]
---

The **Battle of Osk Ford** was fought on 2 May 1944.
"""


def test_front_matter_rows_as_label_first_lists_and_a_comparison_by_cells_are_the_box():
    op = extract_operation(read_document(STARLIGHT, path="osk.md"))
    assert op.part_of == ("Tarsen War",) and op.start_date == "1944-05-02" and "Tarsenian victory" in op.result
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
