"""The MediaWiki reader cuts references and comments before parsing: the document is unchanged.

``mediawiki.read`` gives the parser the page without the ``<ref>``s and comments it would drop
anyway; ``mediawiki.read_uncut`` gives it every byte. They must read the same document, on a
realistic reference-heavy page and on markup soup built from the pieces that trip the cut up
(references glued to apostrophes, list markers, URLs, entities, template names, unpaired brackets).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from warfile.readers import mediawiki
from warfile.readers.unread_markup import cut_unread_markup


def _cite(n: int) -> str:
    return (f"{{{{cite web |url=https://example.org/news/{n} |title=Forces advance on the town, officials say "
            f"|publisher=Example News Agency |date={n} March 2016 |access-date=2 April 2016}}}}")


REF_HEAVY_PAGE = f"""{{{{Short description|Military operation in northern Iraq}}}}
<!-- Please keep the infobox fields in the order of the template documentation -->
{{{{Infobox military conflict
| conflict    = Siege of Tel Haroun
| partof      = the [[War in Iraq (2013–2017)|War in Iraq]]
| date        = 3 November 2015 – 17 January 2016<ref name="dates">{_cite(1)}</ref>
| place       = [[Tel Haroun]], [[Nineveh Governorate]], Iraq<ref name="bbc" />
| result      = Peshmerga victory<REF Name=result>{_cite(2)}</REF>
| combatant1  = {{{{flagicon image|Flag of Kurdistan.svg}}}} [[Kurdistan Region]]
* [[Peshmerga]]<ref>{_cite(3)}</ref>
| combatant2  = [[Islamic State of Iraq and the Levant]]
| commander1  = [[Masoud Barzani]]<br />Brig. Gen. [[Sirwan Barzani]]<ref name=sb/>
| commander2  = Abu Omar al-Tikriti {{{{KIA}}}}<ref name="kia">{_cite(4)}</ref><br />Hajji Hamid
| strength1   = 7,500<ref>{_cite(5)}</ref><ref>{_cite(6)}</ref>
| strength2   = 600–900 <!-- estimates differ -->
| casualties1 = 32 killed, 115 wounded<ref group="note">Figures from the [[Kurdistan Region]] government.</ref>
| casualties3 = 14 civilians killed<ref>{{{{cite news |title=Civilians |work=''The Times''}}}}</ref>
}}}}
The '''Siege of Tel Haroun''' was a military operation by [[Peshmerga]] forces.<ref name="bbc">{_cite(7)}</ref> \
It was codenamed ''Free Sinjar Road'',<ref>{_cite(8)}</ref> and lasted 75 days.<ref name="dates" />

== Background ==
On 3 November 2015, ISIL fighters<ref>{_cite(9)}</ref><ref>{_cite(10)}</ref> entered the town.<!-- source? -->
The Peshmerga answered on 5 November;<ref>{_cite(11)}</ref> see [https://example.org/report the report].<ref>[https://example.org/r2 Second report] (PDF).</ref>

== Course ==
* 12 November: the first assault failed.<ref>{_cite(12)}</ref>
* 17 January: the town was taken.<ref>{_cite(13)}<br />Also [[Rudaw]].</ref>
{{{{Quote|text=We will return.<ref>{_cite(14)}</ref>|author=A commander}}}}

== References ==
{{{{Reflist|30em}}}}
<references />
"""


def test_ref_heavy_page_reads_the_same_with_its_references_cut() -> None:
    cut = cut_unread_markup(REF_HEAVY_PAGE)
    assert len(cut) < len(REF_HEAVY_PAGE) / 2  # the references really were cut before parsing
    assert "cite web" not in cut and "estimates differ" not in cut and "source?" not in cut
    doc = mediawiki.read(REF_HEAVY_PAGE)
    assert doc == mediawiki.read_uncut(REF_HEAVY_PAGE)
    assert [f.key for f in doc.infobox][:3] == ["name", "part_of", "date"]
    assert "7,500" in [f.text for f in doc.infobox if f.key == "strength"]
    assert doc.paragraphs and not any("example.org" in doc.paragraph_text(p) for p in doc.paragraphs)


@pytest.mark.parametrize("page", [
    "Text.<nowiki><ref>shown</ref></nowiki> More.",  # a <ref> the parser keeps as text
    "Text.<ref>never closed\n\nMore text.<ref>x</ref>",  # a stray <ref
    "Text.<ref>{{cite web|title=x</ref>}}</ref> More.",  # the template runs past the first </ref>
    "Text.<ref>a</small>b</ref> More.",  # a closing tag without its opening: the ref is text
    "{{Infobox military conflict\n| date = 2015<ref>x</ref>\nText [[link",  # unpaired brackets
    "Text.<references>\n<ref name=a>x</ref>\n</references>",  # <references> with content
    "Text <!-- never closed.<ref>x</ref>",
])
def test_uncertain_pages_are_left_whole_for_the_parser(page: str) -> None:
    assert cut_unread_markup(page) is page
    assert mediawiki.read(page) == mediawiki.read_uncut(page)


@pytest.mark.parametrize("page, kept", [
    ("''a''<ref>x</ref>''b''", "<ref>x</ref>"),  # apostrophe runs would meet
    ("* a\n*<ref>x</ref>;b", "<ref>x</ref>"),  # "*;" would become a list marker
    ("See http://example.org/a<ref>x</ref>, then", "<ref>x</ref>"),  # the free URL would run on
    ("&amp<ref>x</ref>;", "<ref>x</ref>"),  # an entity would form
    ("{{foo <ref>x</ref>|a}}", "<ref>x</ref>"),  # a template name would become valid
    ("a\n<ref>x</ref>\nb", "<ref>x</ref>"),  # a blank line would appear
])
def test_references_whose_neighbours_would_join_are_left_in_place(page: str, kept: str) -> None:
    assert kept in cut_unread_markup(page)
    assert mediawiki.read(page) == mediawiki.read_uncut(page)


_PIECES = [
    "{{Infobox military conflict\n", "| conflict = Battle of X\n", "| commander1 = [[A B]]", "| strength1 = 7,500",
    "\n", "}}\n", "}}", "{{", "[[", "]]", "|", "'''", "''", "'", "The '''Battle''' was fought", " ", ".", ",", ";",
    ":", "=", "== Course ==\n", "* item", "#", "*", "!", "-", "~", "_", "{", "}", "[", "]", "<", ">", "\n\n", "word",
    '<ref>{{cite web|title=x}}</ref>', '<ref name="a" />', "<ref name=a>Wire report.</ref>", "<REF>x</REF >",
    "<ref>a}}</ref>", "<ref>[[a|b]]</ref>", "<ref>''x''</ref>", "<ref>\n</ref>", "<ref><i>a</ref>",
    "<!-- note -->", "<!-- a </ref> -->", "</ref>", "<ref>", "<references />", "<nowiki>", "</nowiki>", "<br />",
    "{{efn|x}}", "{{KIA}}", "http://example.org/a", "&amp", "[http://x.org title]", "{{plainlist|\n* a\n* b\n}}",
    "<small>", "</small>", "{|", "|}", "|-", "{{efn|As reported.}}", "{{flagicon|USA}}", "{{Citation needed|date=May 2020}}",
    "{{sfn|Smith|2004|p=5}}", "{{cn}}", "{{nowrap|", "{{{",
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25).map("".join))
@example("| conflict = Battle of X\n<ref>{{cite web|title=x}}</ref>http://example.org/a{{efn|As reported.}}."
         "{{efn|As reported.}}")  # a note a bare URL runs up to is part of the link
def test_markup_soup_reads_the_same_with_references_cut(page: str) -> None:
    assert mediawiki.read(page) == mediawiki.read_uncut(page)


def test_a_reference_inside_a_date_template_no_longer_hides_the_day() -> None:
    """Cutting first is more correct here: the parser kept the ref in the day's raw text."""
    page = "{{Infobox military conflict\n| date = {{start date|2014|3|21<ref>x</ref>}}\n}}\nText."
    assert [f.text for f in mediawiki.read(page).infobox] == ["21 March 2014"]
    assert [f.text for f in mediawiki.read_uncut(page).infobox] == ["March 2014"]


def test_a_bold_phrase_inside_a_reference_is_not_the_title() -> None:
    """The title is the lead's bold name; a reference's bold words are never read (cut or not)."""
    page = "Text.<ref>'''Annual report'''</ref>\n\nThe '''Siege of Tel Haroun''' was an operation."
    assert mediawiki.read(page).title == mediawiki.read_uncut(page).title == "Siege of Tel Haroun"


def test_dropped_templates_holding_plain_text_are_cut_too() -> None:
    page = ("{{Infobox military conflict\n| combatant1 = {{flagicon|USA}} [[United States]]\n"
            "| casualties1 = 32 killed{{efn|As reported.}}<br />{{Flagicon|UK}} 4 killed{{cn|date=May 2020}}\n}}\n"
            "The '''Siege''' began on 3 May.{{sfn|Smith|2004|p=5}} It ended{{Citation needed|date=May 2020}} "
            "on 9 May.{{efn|The '''Gazette''' says 10 May.}}\n")
    cut = cut_unread_markup(page, mediawiki._UNREAD)
    assert "flagicon" not in cut.lower() and "sfn" not in cut and "cn|" not in cut and "Citation" not in cut
    assert "Gazette" in cut  # an argument with apostrophes (a bold name) stays for the parser
    assert mediawiki.read(page) == mediawiki.read_uncut(page)


def test_leftover_markup_is_scrubbed_and_an_unclosed_links_target_goes_with_its_brackets():
    from warfile.readers.cleantext import scrub_residue
    assert scrub_residue("see [[Ford|Ford, Sarn and {{cn the end") == ("see Ford, Sarn and", True)
    assert scrub_residue("troops [[a [[Osk|Osk Ford</ref> held") == ("troops a Osk Ford held", True)
    assert scrub_residue("no markup here") == ("no markup here", False)
    # a page of thousands of unclosed brackets is read through (each pattern stops at the next bracket)
    assert scrub_residue("[[ a " * 5000)[0] == " ".join(["a"] * 5000)
