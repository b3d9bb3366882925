"""The Stack Exchange reader: an invented ``Posts.xml`` in the data dump's shape (one ``<row … />``
per post, its HTML body escaped in the ``Body`` attribute, ``&#xA;`` its newlines) from a history
site's dump. The longest thread asks about the Battle of Osk Ford (Tarsenia against the Velmar
Republic, 2-4 May 1944); its accepted answer carries the battle's summary as a markdown table
(rendered as Stack Exchange renders it: a head row naming the sides, bold labels) and the dated
account. The page must put the question first, the accepted answer next, then the others by
score, each under its heading, and date the page by the question's day."""
from __future__ import annotations

from xml.sax.saxutils import quoteattr

from warfile.extract import extract_operation
from warfile.readers import html, mediawiki, pandoc_json, plain, stackexchange


def _row(**attrs: str) -> str:
    return "  <row " + " ".join(f"{k}={quoteattr(v, {chr(10): '&#xA;'})}" for k, v in attrs.items()) + " />"


TABLE = """<table>
<thead>
<tr>
<th></th>
<th>Tarsenia</th>
<th>Velmar Republic</th>
</tr>
</thead>
<tbody>
<tr>
<td><strong>Conflict</strong></td>
<td>Battle of Osk Ford</td>
<td></td>
</tr>
<tr>
<td><strong>Part of</strong></td>
<td>Tarsen War</td>
<td></td>
</tr>
<tr>
<td><strong>Date</strong></td>
<td>2–4 May 1944</td>
<td></td>
</tr>
<tr>
<td><strong>Place</strong></td>
<td>Osk Ford, near Dolny Brod</td>
<td></td>
</tr>
<tr>
<td><strong>Result</strong></td>
<td>Tarsenian victory</td>
<td></td>
</tr>
<tr>
<td><strong>Commanders</strong></td>
<td>Col. Anton Kand<br />Maj. Ilse Marr</td>
<td>Gen. Pavel Rusk</td>
</tr>
<tr>
<td><strong>Units</strong></td>
<td>3rd Tarsenian Rifle Brigade</td>
<td>11th Infantry Division</td>
</tr>
<tr>
<td><strong>Losses</strong></td>
<td>310 killed, 740 wounded</td>
<td>1,150 killed, 2,000 captured</td>
</tr>
</tbody>
</table>
"""

ACCEPTED = f"""<p>Yes, it was a real battle, though a small one by the standards of the war.</p>

<h2>The battle</h2>

<p>The usual summary:</p>

{TABLE}
<p>On 2 May 1944 Velmar artillery shelled the Tarsenian positions on the east bank of the Osk.<sup>1</sup> On 3 May 1944 the 3rd Tarsenian Rifle Brigade counterattacked across the ford and captured the village of Dolny Brod.<sup>2</sup></p>

<p>On 4 May 1944 the Velmar 11th Infantry Division withdrew west of the river.</p>

<hr />

<p>Sources:</p>

<ol>
<li><a href="https://example.org/hollis" rel="nofollow noreferrer">M. Hollis, <em>The Tarsen War</em> (1961)</a></li>
<li><a href="https://example.org/diary" rel="nofollow noreferrer">War diary of the 3rd Rifle Brigade</a></li>
</ol>
"""

POPULAR = """<p>A popular answer that was not accepted: the ford was held for a fortnight afterwards and the Velmar Republic never came back to the Osk in strength.</p>
"""

LATE = """<p>Late to this, but the regimental museum at Karsk has the brigade's colours from the crossing.</p>
"""

POSTS = "\n".join([
    '<?xml version="1.0" encoding="utf-8"?>',
    "<posts>",
    _row(Id="501", PostTypeId="1", CreationDate="2023-01-10T08:00:00.000", Score="2",
         Body="<p>What colour were Velmar uniforms?</p>\n", OwnerUserId="7",
         Title="Velmar uniform colours", Tags="<uniforms>", AnswerCount="1"),
    _row(Id="502", PostTypeId="2", ParentId="501", CreationDate="2023-01-10T09:00:00.000", Score="1",
         Body="<p>Grey.</p>\n", OwnerUserId="8"),
    _row(Id="610", PostTypeId="1", AcceptedAnswerId="612", CreationDate="2023-03-04T17:25:31.200", Score="18",
         Body="<p>I keep seeing a &quot;Battle of Osk Ford&quot; in Tarsenian war memoirs. Was it a real battle, and "
              "who fought it?</p>\n", OwnerUserId="4410",
         Title="Was the Battle of Osk Ford a real battle?", Tags="<world-war-two><tarsenia>", AnswerCount="3"),
    _row(Id="611", PostTypeId="2", ParentId="610", CreationDate="2023-03-04T18:00:00.000", Score="40",
         Body=POPULAR, OwnerUserId="5120"),
    _row(Id="612", PostTypeId="2", ParentId="610", CreationDate="2023-03-05T02:48:39.173", Score="12",
         Body=ACCEPTED, OwnerUserId="18870"),
    _row(Id="613", PostTypeId="2", ParentId="610", CreationDate="2023-04-01T11:15:20.600", Score="3",
         Body=LATE, OwnerDisplayName="museum guide"),
    "</posts>",
    "",
])


def test_score_claims_posts_only() -> None:
    assert stackexchange.score(POSTS) >= 0.9
    for other in ("The Battle of Osk Ford was fought in May 1944 between Tarsenia and Velmar.",
                  "<html><body><p>Battle of Osk Ford</p><table><tr><td>Date</td></tr></table></body></html>",
                  "{{Infobox military conflict\n| conflict = Battle of Osk Ford\n}}",
                  '<?xml version="1.0"?><comments><row Id="1" PostId="610" Text="Nice" /></comments>'):
        assert stackexchange.score(other) == 0.0, other


def test_other_readers_stay_low() -> None:
    assert max(html.score(POSTS), plain.score(POSTS), mediawiki.score(POSTS), pandoc_json.score(POSTS)) < 0.9


def test_page_order_headings_and_day() -> None:
    page = stackexchange.html_page(POSTS)
    assert "<title>Was the Battle of Osk Ford a real battle?</title>" in page
    assert '<meta name="date" content="2023-03-04">' in page
    question = page.index("I keep seeing")
    accepted, popular, late = page.index("Yes, it was a real"), page.index("A popular answer"), page.index("Late to")
    assert question < accepted < popular < late  # accepted first, then by score
    assert "<h2>Answer by user 18870</h2>" in page and "<h2>Answer by museum guide</h2>" in page
    assert "What colour" not in page  # the shorter thread is left out
    doc = stackexchange.read(POSTS)
    assert doc.shape == "stackexchange"
    assert ("published", "2023-03-04") in doc.meta
    assert "&lt;" not in doc.text and "&quot;" not in doc.text


def test_extracts_the_operation() -> None:
    op = extract_operation(stackexchange.read(POSTS))
    assert op.name == "Battle of Osk Ford"
    assert op.part_of == ("Tarsen War",)
    assert (op.start_date, op.end_date) == ("1944-05-02", "1944-05-04")
    assert op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [p.name for p in op.sides[0].commanders] == ["Anton Kand", "Ilse Marr"]
    assert [p.name for p in op.sides[1].commanders] == ["Pavel Rusk"]
    assert op.sides[1].casualties[0].killed.low == 1150
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "shelling") in events
    assert ("1944-05-04", "withdrawal") in events


def test_odd_input_never_raises() -> None:
    for odd in ("", "<posts>", '<posts><row Id="1" PostTypeId="2" Body="&lt;p&gt;orphan answer&lt;/p&gt;" />',
                POSTS[: len(POSTS) // 2], '<row PostTypeId="1" Title="x" Body=\'<p>single quoted\' Score="NaN" />'):
        doc = stackexchange.read(odd)
        assert doc.shape == "stackexchange"
