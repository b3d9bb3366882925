"""MediaWiki dump streaming: which pages are kept, bz2 and multistream reading, odd input."""
from __future__ import annotations

import bz2
import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.readers import dump

_spec = importlib.util.spec_from_file_location(
    "dumpwriter", Path(__file__).resolve().parents[1] / "bench" / "dumpwriter.py")
dumpwriter = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
sys.modules["dumpwriter"] = dumpwriter
_spec.loader.exec_module(dumpwriter)  # type: ignore[union-attr]
Page = dumpwriter.Page

BATTLE = """{{Short description|Battle}}
{{Infobox military conflict
| conflict    = Siege of Varnholt
| partof      = the [[Northern War]]
| date        = 3 – 9 May 1921
| place       = [[Varnholt]]
| combatant1  = [[Kingdom of Osland]]
| combatant2  = Varn rebels
}}
The '''siege of Varnholt''' began on 3 May 1921 when Osland troops & <militia> encircled the town.
"""


def corpus(n: int) -> list:
    """n pages of every kind a dump holds: battles, civil conflicts, other articles, talk pages, redirects."""
    pages = []
    for i in range(n):
        kind = i % 5
        if kind == 0:
            pages.append(Page(f"Siege {i}", BATTLE.replace("Varnholt", f"Varnholt {i}")))
        elif kind == 1:
            pages.append(Page(f"Riots {i}", "{{infobox Civil Conflict\n| title = Riots\n}}\nRioting spread."))
        elif kind == 2:
            pages.append(Page(f"Town {i}", "{{Infobox settlement\n| name = Town\n}}\nA town."))
        elif kind == 3:
            pages.append(Page(f"Talk:Siege {i}", BATTLE, ns=1))
        else:
            pages.append(Page(f"Siege alias {i}", "#REDIRECT [[Siege]]\n" + BATTLE, redirect=f"Siege {i - 4}"))
    return pages


def expected(pages: list) -> list[tuple[str, str]]:
    return [(p.title, p.text) for p in pages if p.ns == 0 and not p.redirect
            and dump.CONFLICT_INFOBOX.search(p.text)]


def test_only_conflict_articles_are_kept(tmp_path):
    pages = corpus(20)
    dumpwriter.write_dump(pages, tmp_path / "d.xml")
    got = list(dump.iter_pages(tmp_path / "d.xml"))
    assert [t for t, _ in got] == [p.title for p in pages if p.title.startswith(("Siege ", "Riots "))
                                   and not p.redirect and p.ns == 0]
    assert got[0][1] == pages[0].text  # entities decoded back: "&" and "<militia>" as written


def test_bz2_dump_reads_the_same_pages_as_plain(tmp_path):
    pages = corpus(30)
    dumpwriter.write_dump(pages, tmp_path / "d.xml")
    dumpwriter.write_dump(pages, tmp_path / "d.xml.bz2", compress=True)
    assert list(dump.iter_pages(tmp_path / "d.xml.bz2")) == list(dump.iter_pages(tmp_path / "d.xml")) \
        == expected(pages)


def test_multistream_units_cover_every_page_once(tmp_path):
    pages = corpus(523)
    dumpwriter.write_multistream(pages, tmp_path / "m.xml.bz2", tmp_path / "i.txt.bz2", per_stream=50)
    streams = list(dump.iter_streams(tmp_path / "m.xml.bz2", tmp_path / "i.txt.bz2"))
    assert len(streams) == 11  # ceil(523 / 50)
    # Units are read in any order and still give every page exactly once.
    got = [page for s in reversed(streams) for page in dump.read_stream(s)]
    assert sorted(got) == sorted(expected(pages))
    assert list(dump.iter_multistream(tmp_path / "m.xml.bz2", tmp_path / "i.txt.bz2")) == expected(pages)


def test_multistream_dump_also_reads_end_to_end(tmp_path):
    pages = corpus(120)
    dumpwriter.write_multistream(pages, tmp_path / "m.xml.bz2", tmp_path / "i.txt.bz2")
    assert list(dump.iter_pages(tmp_path / "m.xml.bz2")) == expected(pages)


def test_plain_text_index_is_read_as_well_as_bz2(tmp_path):
    pages = corpus(250)
    dumpwriter.write_multistream(pages, tmp_path / "m.xml.bz2", tmp_path / "i.txt.bz2")
    (tmp_path / "i.txt").write_bytes(bz2.decompress((tmp_path / "i.txt.bz2").read_bytes()))
    assert list(dump.iter_multistream(tmp_path / "m.xml.bz2", tmp_path / "i.txt")) == expected(pages)


def test_latest_revision_wins(tmp_path):
    xml = dumpwriter.HEADER + """  <page><title>Raid</title><ns>0</ns><id>7</id>
    <revision><id>1</id><text>{{Infobox military conflict|conflict=Old}}</text></revision>
    <revision><id>2</id><text>{{Infobox military conflict|conflict=New}}</text></revision>
  </page>
""" + dumpwriter.FOOTER
    (tmp_path / "h.xml").write_text(xml)
    assert list(dump.iter_pages(tmp_path / "h.xml")) == [("Raid", "{{Infobox military conflict|conflict=New}}")]


def test_is_dump_recognises_exports_and_rejects_articles(tmp_path):
    dumpwriter.write_dump(corpus(3), tmp_path / "d.xml")
    dumpwriter.write_dump(corpus(3), tmp_path / "d.xml.bz2", compress=True)
    (tmp_path / "a.txt").write_text(BATTLE)
    assert dump.is_dump(tmp_path / "d.xml") and dump.is_dump(tmp_path / "d.xml.bz2")
    assert not dump.is_dump(tmp_path / "a.txt")
    assert not dump.is_dump(tmp_path / "missing.xml")


def test_truncated_dump_yields_pages_before_the_damage(tmp_path):
    pages = corpus(40)
    dumpwriter.write_dump(pages, tmp_path / "d.xml")
    data = (tmp_path / "d.xml").read_bytes()
    (tmp_path / "cut.xml").write_bytes(data[: len(data) // 2])
    got = list(dump.iter_pages(tmp_path / "cut.xml"))
    assert 0 < len(got) < len(expected(pages))
    assert got == expected(pages)[: len(got)]


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_garbage_never_raises(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("g") / "x.xml"
    path.write_bytes(b"<mediawiki>" + data)
    dump.is_dump(path)
    assert isinstance(list(dump.iter_pages(path)), list)
    streams = list(dump.iter_streams(path, path))
    assert all(isinstance(dump.read_stream(s), list) for s in streams)


@pytest.mark.parametrize("title", ["A & B", "Battle of <X>", "Ölberg \"quoted\""])
def test_titles_survive_xml_escaping(tmp_path, title):
    dumpwriter.write_dump([Page(title, BATTLE)], tmp_path / "d.xml")
    assert list(dump.iter_pages(tmp_path / "d.xml")) == [(title, BATTLE)]


def test_a_draft_exported_on_its_own_is_read_and_an_export_with_no_article_says_so(tmp_path):
    from warfile import pipeline
    dumpwriter.write_dump([Page("Talk:Siege of Varnholt", "Was it a siege?", ns=1),
                           Page("Draft:Siege of Varnholt", BATTLE, ns=118)], tmp_path / "draft.xml")
    assert [t for t, _ in dump.iter_pages(tmp_path / "draft.xml")] == ["Draft:Siege of Varnholt"]
    dumpwriter.write_dump([Page("Talk:Siege of Varnholt", BATTLE, ns=1)], tmp_path / "talk.xml")
    (failed,) = list(pipeline.iter_items([str(tmp_path / "talk.xml")]))
    assert isinstance(failed, pipeline.Failed) and "no article" in failed.message and failed.name == "talk.xml"


# A news wiki's story: no infobox, a fact table of its own, its day at its head.
STORY = """{{date|May 9, 1921}}
{| class="wikitable" style="float:right"
|+ The siege of Varnholt at a glance
|-
! Dates
| colspan="2" | May 3–8, 1921
|-
!
! Osland !! Varn rebels
|-
! Sides
| Kingdom of Osland || Varn rebels
|-
! Commanders
| Edvin Lark (general) || Tomas Varn
|-
! Losses (own figures)
| 40 soldiers killed (Osland figure) || 200 killed (rebel figure)
|-
! All casualties
| colspan="2" | at least 90 civilians killed (Red Cross)
|-
! Outcome
| colspan="2" | Osland victory
|}
Osland troops took the last rebel quarter of Varnholt yesterday, ending a siege of five days.

On Wednesday the rebels blew up the bridge over the Varn.
"""


def test_a_news_story_with_a_conflict_fact_table_is_kept_and_its_table_read_as_the_box(tmp_path):
    from warfile.extract import extract_operation
    from warfile.readers import read_document
    pages = [Page("Osland takes Varnholt after five-day siege", STORY),
             Page("Varnholt football club", "{| class=\"wikitable\"\n! Date\n| 1921\n|-\n! Result\n| 2–1\n|}\nA club.")]
    dumpwriter.write_dump(pages, tmp_path / "news.xml")
    got = list(dump.iter_pages(tmp_path / "news.xml"))
    assert [t for t, _ in got] == ["Osland takes Varnholt after five-day siege"]  # a table of no sides is no conflict's
    doc = read_document(got[0][1], shape="mediawiki")
    assert dict(doc.meta)["published"] == "1921-05-09"
    rows = {(f.key, f.side): f.text for f in doc.infobox}
    assert rows[("name", None)] == "Siege of Varnholt"  # the caption names it
    assert rows[("belligerents", 0)] == "Kingdom of Osland" and rows[("belligerents", 1)] == "Varn rebels"
    assert rows[("casualties", 1)] == "200 killed (rebel figure)"  # "Losses (own figures)": losses
    assert rows[("civilian_casualties", None)].startswith("at least 90")  # a row across the columns: no side's
    op = extract_operation(doc)
    assert (op.start_date, op.end_date, op.result) == ("1921-05-03", "1921-05-08", "Osland victory")
    # the story's days count from its own: "yesterday" the day before, "on Wednesday" that week's
    assert sorted((e.date, e.type) for e in op.events) == [("1921-05-04", "bombing"), ("1921-05-08", "capture")]
    assert "May 9, 1921" not in doc.text  # the story's day heads it: no paragraph of it


# A Wikisource work exported by hand: its page holds the editor's header and transcludes the
# scanned book's proofread pages (namespace 104), where its text is.
DESPATCH = """{{header
 | title    = [[../]]
 | author   = Aldo Veris
 | section  = Despatch respecting the Siege of Varnholt
 | year     = 1921
 | notes    = General Veris's report on the siege of Varnholt, 3–9 May 1921, between Osland and the {{w|Varn rebels}}.
}}
<pages index="Papers (1921).djvu" from=12 to=13 fromsection="veris" />
[[Category:Despatches]]"""
SCAN_12 = """<noinclude>{{rh|12|PAPERS}}</noinclude><section begin="lark" />I have, &c.<section end="lark" />
<section begin="veris" />Sir,—On 3 May 1921 my troops encircled the town of Varnholt."""
SCAN_13 = """<noinclude>{{rh|PAPERS|13}}</noinclude>On 9 May 1921 the rebels surrendered the town."""


def test_a_wikisource_export_is_read_as_its_work_with_the_scanned_pages_it_transcludes(tmp_path):
    from warfile import pipeline
    dumpwriter.write_dump([Page("Papers (1921)/Veris to Lark", DESPATCH),
                           Page("Page:Papers (1921).djvu/12", SCAN_12, ns=104),
                           Page("Page:Papers (1921).djvu/13", SCAN_13, ns=104),
                           Page("Author:Aldo Veris", "{{author}}", ns=102)], tmp_path / "ws.xml")
    ((title, text),) = list(dump.iter_pages(tmp_path / "ws.xml"))
    assert title == "Papers (1921)/Veris to Lark"
    assert "encircled the town" in text and "rebels surrendered" in text
    assert "I have, &c." not in text and "{{rh" not in text  # another section, the running heads
    (item,) = list(pipeline.iter_items([str(tmp_path / "ws.xml")]))
    result = pipeline.process_item(item)
    assert result.record.name == "Siege of Varnholt"  # the header's section, the despatch's subject
    assert result.document.paragraphs and "General Veris's report" in result.document.paragraph_text(
        result.document.paragraphs[0])
    assert [(e.date, e.type) for e in result.record.events][-1] == ("1921-05-09", "capture")


def test_a_dumps_page_title_with_a_slash_is_no_path_to_the_scorer():
    from warfile.evaluate import stem
    assert stem("ws.xml#Papers (1921)/Veris to Lark") == "ws"
