"""A PmWiki page file (``wiki.d/Group.Page``): an invented battle copied into a seminar's wiki, its
box retyped as a simple ``||`` table. The page must give its box, its prose without markup and its
dated events, and no other reader may claim the file."""
from __future__ import annotations

import pytest

from warfile.extract import extract_operation
from warfile.readers import READERS, pmwiki

MARKUP = """(:title Battle of Osk Ford:)
(:description The crossing of the Osk in May 1944, copied for the seminar:)
(:keywords Osk, Tarsenia, Velmar:)
>>frame<<
'''Seminar, week 3.''' Copied from [[https://en.wikipedia.org/wiki/Battle_of_Osk_Ford|Wikipedia]] by IvoK; \
questions on [[Seminar/Week3]].
>><<
(:toc-float Contents:)

||border=1 cellpadding=3 width=35% class=infobox style='float:right'
||!Battle of Osk Ford ||||
||Part of the [[Wikipedia:Tarsen_War|Tarsen War]] ||||
||'''Date''' ||2–4 May 1944 ||
||'''Location''' ||Osk Ford, [[Wikipedia:Tarsenia|Tarsenia]] ||
||'''Result''' ||Tarsenian victory ||
||!Belligerents ||||
||Tarsenia ||Velmar Republic ||
||!Commanders and leaders ||||
||Aldo Veris (general)[[<<]]Ilse Darn ||Pero Lask † ||
||!Strength ||||
||12,000 ||8,500 ||
||!Casualties and losses ||||
||310 killed ||1,200 killed[[<<]]900 captured ||

The '''Battle of Osk Ford''' was fought from 2 to 4 May 1944 between [[Wikipedia:Tarsenia|Tarsenia]] and the
''Velmar Republic'' at the ford of the Osk river.[^Kand, Ivo (1990). ''Osk Ford''. p. 2.^] It ended the Velmar
offensive of that spring and opened the road to the capital for the Tarsenian army.

!!Background
The ford had been fortified since the previous autumn, and [[Velmar Republic|both armies]] knew that whoever \
held it held the road north. 50% of the garrison were conscripts.\\\\
[[Attach:osk_map.png]]

!!Battle
On 2 May 1944 the Second Corps captured the village of [[Dolny Brod]].[^Kand (1990), p. 14.^] Two days later
Velmar artillery shelled the bridgehead, killing twelve soldiers.[^Kand (1990), p. 19.^] The reserve, which \\
%red%crossed%% on rafts, held the bank.

(:markup:)
On 5 May 1944 the reserve arrived.
(:markupend:)

!!Questions for week 3
# Why did Lask wait? %blue%'''(Mira)'''%%
# Compare the figures with the [[Seminar/VelmarReports|Velmar reports]].

!!References
[^#^]

----
[[!Tarsen War]] [[!1944]]
"""


def page_file(markup: str) -> str:
    """The page as PmWiki 2.3 writes it to wiki.d: "%" "%25", a newline "%0a", "<" "%3c"."""
    text = markup.replace("%", "%25").replace("\n", "%0a").replace("<", "%3c")
    return "\n".join([
        "version=pmwiki-2.3.30 ordered=1 urlencoded=1",
        "agent=Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
        "author=IvoK",
        "charset=UTF-8",
        "csum=box figures from Kand",
        "ctime=1712000000",
        "host=192.168.4.20",
        "name=Seminar.BattleOfOskFord",
        "rev=4",
        "targets=Seminar.Week3,Seminar.VelmarReports,Category.TarsenWar",
        f"text={text}",
        "time=1712090000",
        "title=Battle of Osk Ford",
        "author:1712090000=IvoK",
        "csum:1712090000=box figures from Kand",
        "diff:1712090000:1712000000:=18c18%0a%3c ||12,000 ||8,500 ||%0a---%0a> ||c. 10,000 ||c. 9,000 ||%0a",
        "host:1712090000=192.168.4.20",
        "author:1712000000=IvoK",
        "diff:1712000000:1712000000:=",
        "",
    ])


PAGE = page_file(MARKUP)


def test_a_page_file_is_recognised_and_no_other_reader_claims_it():
    assert pmwiki.score(PAGE) > 0.9
    assert all(module.score(PAGE) < pmwiki.score(PAGE) for module in READERS.values() if module is not pmwiki)


@pytest.mark.parametrize("other", [
    "Battle of Osk Ford\n\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod.\n",
    "<html><head><title>Osk</title></head><body><p>On 2 May 1944 (:x:) [[a]]</p></body></html>",
    "{{Infobox military conflict\n| conflict = Battle of Osk Ford\n}}\n'''Osk''' was fought on 2 May 1944.<ref>K</ref>\n"
    "== Battle ==\n[[Dolny Brod]] fell. (: smiling\n",
    "||= Date =||2 May 1944||\n||[[BR]]||\n[wiki:Osk Osk]\n",
    "key=value\ntext=On 2 May 1944 the corps crossed.\n",
])
def test_other_shapes_score_low(other):
    assert pmwiki.score(other) < 0.3


def test_the_page_gives_its_title_and_prose_without_markup():
    doc = pmwiki.read(PAGE)
    assert doc.shape == "pmwiki" and doc.title == "Battle of Osk Ford" and not doc.warnings
    assert "at the ford of the Osk river.[1] It ended the Velmar offensive" in doc.text
    assert "whoever held it held the road north. 50% of the garrison" in doc.text
    assert "both armies knew" in doc.text and "The reserve, which crossed on rafts, held the bank." in doc.text
    assert "shelled the bridgehead, killing twelve soldiers.[3]" in doc.text
    for leftover in ("(:", ":)", "[[", "]]", "''", "||", "%red", "%%", "[^", "^]", "osk_map", ">>", "<<", "%0a", "%3c"):
        assert leftover not in doc.text, leftover
    assert "Kand (1990)" not in doc.text  # footnote bodies
    assert "reserve arrived" not in doc.text  # a (:markup:) block
    assert "Tarsen War 1944" not in doc.text and "12,000 ||8,500" not in doc.text  # categories, the history


def test_the_box_is_an_infobox_table_with_labels_and_spanning_headers():
    page = pmwiki.html_page(PAGE)
    assert "<table class=infobox>" in page and page.count("<table") == 1
    assert "<tr><th colspan=2>Belligerents</th></tr>" in page
    assert "<tr><th>Date</th><td>2–4 May 1944</td></tr>" in page
    assert "<td>Aldo Veris (general)<br>Ilse Darn</td>" in page
    assert "<h1>Battle of Osk Ford</h1>" in page and "<h2>Battle</h2>" in page
    assert "<li>Why did Lask wait? <b>(Mira)</b></li>" in page


def test_the_page_gives_its_operation():
    op = extract_operation(pmwiki.read(PAGE))
    assert (op.name, op.start_date, op.end_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "1944-05-04",
                                                                "Tarsenian victory")
    assert op.part_of == ("Tarsen War",) and "Osk Ford" in op.places
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert op.sides[0].commanders[0].role == "general" and op.sides[1].commanders[0].killed
    assert [[q.text for q in s.strength] for s in op.sides] == [["12,000"], ["8,500"]]
    assert op.sides[0].casualties[0].killed.low == 310
    assert (op.sides[1].casualties[0].killed.low, op.sides[1].casualties[0].captured.low) == (1200, 900)
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events
    assert "1944-05-05" not in {e.date for e in op.events}


def test_markup_alone_and_an_advanced_table():
    markup = """(:title Battle of Osk Ford:)
(:notoc:)
(:table class=infobox border=1:)
(:cellnr colspan=2:)
'''Battle of Osk Ford'''
(:cellnr:)
'''Date'''
(:cell:)
2 May 1944
(:cellnr:)
'''Result'''
(:cell:)
Tarsenian victory
(:cellnr colspan=2:)
'''Belligerents'''
(:cellnr:)
* Tarsenia
* Lomaran volunteers
(:cell:)
Velmar Republic
(:tableend:)

On 2 May 1944 the Second Corps captured the village of Dolny Brod.[^Kand, p. 2.^]
"""
    assert pmwiki.score(markup) >= 0.6
    page = pmwiki.html_page(markup)
    assert "<td>Tarsenia<br>Lomaran volunteers</td><td>Velmar Republic</td>" in page
    assert '<table class=infobox>' in page
    op = extract_operation(pmwiki.read(markup))
    assert (op.name, op.start_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Lomaran volunteers"), ("Velmar Republic",)]
    assert "Dolny Brod.[1]" in pmwiki.read(markup).text


def test_odd_input_never_raises():
    for text in ("", "version=pmwiki-2.3.30 urlencoded=1\ntext=%zz%0a||!", "(:title x", "||" * 5000,
                 "version=pmwiki-2.3.30\ntext=" + "[[" * 3000 + "'''" * 3000, PAGE[: len(PAGE) // 2]):
        doc = pmwiki.read(text)
        assert doc.shape == "pmwiki"
