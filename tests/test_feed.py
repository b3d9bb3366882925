"""The web-feed reader: an Atom feed or an RSS channel of posts, each post read as a small HTML page.
Invented posts about an invented battle."""
from __future__ import annotations

import html
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import extract_operation
from warfile.readers import detect, read_document
from warfile.readers import feed as reader

EXAMPLES = Path(__file__).parent.parent / "examples"

POST = """<p>Between 2 and 4 May 1944 the 3rd Battalion of the Tarsen Rifles held the ford at Marren against
the Velmar army. This week we look back at the battle through the papers in our archive.</p>
<table class="fact-file"><caption>Fact file: the Battle of Marren Ford</caption><tbody>
<tr><th scope="row">Campaign</th><td colspan="2">Tarsen War</td></tr>
<tr><th scope="row">Dates</th><td colspan="2">2–4 May 1944</td></tr>
<tr><th scope="row">Where</th><td colspan="2">Marren Ford, Tarsenia</td></tr>
<tr><td></td><th scope="col">Tarsen forces</th><th scope="col">Velmar forces</th></tr>
<tr><th scope="row">Nations</th><td>Tarsenia</td><td>Velmar Republic</td></tr>
<tr><th scope="row">Commanders</th><td>Col. Aldo Veris</td><td>Gen. Pero Lask</td></tr>
</tbody></table>
<p>On 2 May 1944 the Velmar vanguard attacked the ford. Two days later the battalion withdrew across the river
after its ammunition ran out.</p>"""
NOTICE = "<p>The reading room will be closed over the Easter weekend.</p>"

ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>The Archive</title>
<entry><title>Easter opening</title><published>2025-04-18T09:00:00+01:00</published>
<content type="html">{html.escape(NOTICE)}</content></entry>
<entry><title>The Rifles at Marren, May 1944</title><published>2025-05-02T07:00:00+01:00</published>
<content type="html">{html.escape(POST)}</content></entry></feed>
"""
RSS = f"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Archive</title><item><title>The Rifles at Marren</title>
<pubDate>Fri, 02 May 2025 07:00:00 GMT</pubDate><description>A look back.</description>
<content:encoded><![CDATA[{POST}]]></content:encoded></item></channel></rss>
"""


@pytest.mark.parametrize("text", [ATOM, RSS], ids=["atom", "rss"])
def test_a_feed_is_detected_and_its_post_read_with_its_fact_file(text: str) -> None:
    assert detect(text) == ("feed", reader.score(text))
    doc = read_document(text)
    assert doc.shape == "feed" and ("published", "2025-05-02") in doc.meta
    op = extract_operation(doc)
    assert op.name == "Battle of Marren Ford"  # the caption without "Fact file:"
    assert op.part_of == ("Tarsen War",) and op.start_date == "1944-05-02" and op.end_date == "1944-05-04"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert {("1944-05-02", "attack"), ("1944-05-04", "withdrawal")} <= {(e.date, e.type) for e in op.events}


def test_ingest_reads_each_post_of_a_feed_and_skips_the_notice(tmp_path) -> None:
    from warfile import store
    from warfile.pipeline import ingest
    from warfile.store.operations import iter_records

    path = tmp_path / "archive.atom"
    path.write_text(ATOM, encoding="utf-8")
    conn = store.connect(tmp_path / "kb.db")
    summary = ingest([str(path)], conn, progress=False)
    assert (summary.ingested, summary.skipped) == (1, 1)
    (record,) = iter_records(conn)
    assert record["name"] == "Battle of Marren Ford"
    assert record["sources"][0]["path"].endswith("archive.atom#The Rifles at Marren, May 1944")


@pytest.mark.parametrize("path", sorted(EXAMPLES.iterdir()), ids=lambda p: p.name)
def test_a_feed_is_not_claimed_for_other_shapes(path: Path) -> None:
    assert reader.score(path.read_text(encoding="utf-8")) == 0.0


@pytest.mark.parametrize("text", ['<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">',
                                  '<rss version="2.0"><channel></channel></rss>',
                                  '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title></entry>'])
def test_a_broken_or_empty_feed_gives_a_document_with_warnings(text: str) -> None:
    doc = reader.read(text)
    assert doc.shape == "feed" and doc.warnings


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("<>/=\"' &;abc") + ["<entry>", "</entry>", "<title>", "<content>",
                                                         "&lt;p&gt;", "<item>", "]]>"]), max_size=40).map("".join))
def test_odd_feeds_never_raise(tail: str) -> None:
    doc = reader.read('<feed xmlns="http://www.w3.org/2005/Atom">' + tail)
    assert doc.shape == "feed"
