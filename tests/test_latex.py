"""The LaTeX reader: an article's source with a key-facts table, read end to end. Invented battles."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warfile.extract import extract_operation
from warfile.readers import READERS, detect, latex, read_document

EXAMPLES = Path(__file__).parent.parent / "examples"

ARTICLE = r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage{tabularx,booktabs}
% draft of 12 March -- not for circulation
\title{The Battle of Marren Ford\thanks{Prepared for the Tarsen War study group.}}
\author{A. Historian}
\date{\today}

\begin{document}
\maketitle

\begin{abstract}
The \textbf{Battle of Marren Ford} was fought between Tarsenia and the Velmar Republic
for the crossings of the river Osk in May~1944.\footnote{Dates follow the Tarsenian calendar.}
It ended the Velmar offensive of that spring~\cite{lask1951}.
\end{abstract}

\begin{table}[ht]
\centering
\caption{Key facts: the battle at a glance}\label{tab:facts}
\begin{tabularx}{\linewidth}{lXX}
\toprule
 & \textbf{Tarsenia} & \textbf{Velmar Republic} \\
\midrule
Part of & \multicolumn{2}{l}{Tarsen War} \\
Date & \multicolumn{2}{l}{2--9 May 1944} \\
Location & \multicolumn{2}{l}{Marren Ford, Tarsenia} \\
Result & \multicolumn{2}{l}{Tarsenian victory} \\
Commanders & Gen.~Aldo Veris \newline Col.~Ilse Darn & Gen.~Pero Lask \\
Strength & 12,000 soldiers & 9,500 soldiers \\
Casualties & 410 killed \par 900 wounded & 1,200 killed \par 700 captured \\
\bottomrule
\end{tabularx}
\end{table}

\section{Background}
In April 1944 the Velmar Republic massed its Third Army on the west bank of the Osk,
intending to cross at Marren and cut the road to the capital --- a plan
its general staff called ``Operation Heron''.\footnote{See \emph{Velmar Staff Papers}, vol.~2.}

\section{Battle}
On 2~May 1944 the Velmar vanguard attacked the ford and captured the village of Dolny Brod.
% checked against the war diary
On 5~May the Tarsenian Second Corps counterattacked from the east and recaptured Dolny Brod \citep{veris1950}.

On 9 May 1944 the last Velmar battalions withdrew across the river.

\subsection*{Aftermath}
The defeat ended the Velmar offensive; Gen.~Lask was relieved of his command in June.

\bibliographystyle{plain}
\bibliography{marren}
\end{document}
"""

# No preamble: the first section is the title, the key facts sit in a framed box with section rows.
FRAGMENT = r"""\section{Siege of Kessel}

\noindent\fbox{\parbox{0.95\linewidth}{%
\begin{tabular}{p{4cm}p{5cm}p{5cm}}
\multicolumn{3}{c}{\textbf{Siege of Kessel}} \\
\multicolumn{3}{c}{Part of the Dravian Civil War} \\ \hline
Date: & \multicolumn{2}{l}{12 January -- 3 March 2016} \\
Place: & \multicolumn{2}{l}{Kessel, Dravia} \\
\multicolumn{3}{l}{\textbf{Belligerents}} \\
 & Republic of Dravia & Kessel Liberation Front \\
\multicolumn{3}{l}{\textbf{Commanders and leaders}} \\
 & Col. Marek Holm & Ilir Darga \\
\multicolumn{3}{l}{\textbf{Casualties and losses}} \\
 & 150 killed & 300 killed, 40 captured \\
\end{tabular}}}

The \emph{Siege of Kessel} was a siege of the town of Kessel by the army of the Republic of
Dravia during the Dravian Civil War.

\subsection{Course}
On 12 January 2016 government troops encircled Kessel. On 20~February 2016 the army shelled the old town.
The rebels surrendered the town on 3 March 2016.\footnote{Local reports.}
"""

DESCRIPTION = r"""\documentclass{report}
\begin{document}
\chapter{Raid on Olsk}
\begin{description}
\item[Date] 4 June 2003
\item[Location] Olsk, Vesk
\item[Result] Raid repulsed
\end{description}
On 4 June 2003 the Olsk Brigades attacked the police station in Olsk and were driven off by the evening.
\end{document}
"""

# What the other readers read: none of it is LaTeX.
OTHER_SHAPES = {
    "prose": "The Battle of Osk Hill was fought in May 1944. On 2 May the Second Corps attacked the hill.\n",
    "markdown": "---\ntitle: Battle of Osk Hill\n---\n# Battle of Osk Hill\n\n**Date:** 2 May 1944\n\n"
                "## Battle\n\nOn 2 May the *Second Corps* attacked the hill [1](#ref).\n",
    "html": "<html><body><h1>Battle of Osk Hill</h1><table class='infobox'><tr><th>Date</th>"
            "<td>2 May 1944</td></tr></table><p>On 2 May the Second Corps attacked.</p></body></html>",
    "mediawiki": "{{Infobox military conflict\n| conflict = Battle of Osk Hill\n| date = 2 May 1944\n}}\n"
                 "'''Battle of Osk Hill''' was fought in 1944.<ref>Lask</ref>\n\n== Battle ==\nOn 2 May...\n",
    "wikitext": "Battle of Osk Hill\nInfobox\n- Date: 2 May 1944\n- Combatant1: Tarsenia\n== Battle ==\nText.\n",
    "csv": "name,date,location,side_a,side_b\nBattle of Osk Hill,2 May 1944,Osk Hill,Tarsenia,Velmar\n",
}


def test_a_latex_article_is_detected_and_read_into_a_clean_document() -> None:
    assert detect(ARTICLE) == ("latex", 0.95)
    doc = read_document(ARTICLE)
    assert doc.shape == "latex" and doc.title == "The Battle of Marren Ford" and not doc.warnings
    texts = [doc.paragraph_text(p) for p in doc.paragraphs]
    assert [p.heading for p in doc.paragraphs] == [None, "Background", "Battle", "Battle", "Aftermath"]
    assert texts[0].endswith("It ended the Velmar offensive of that spring.")  # the citation left no gap
    assert "— a plan its general staff called “Operation Heron”." in texts[1]
    assert texts[2].startswith("On 2 May 1944 the Velmar vanguard")
    for gone in ("calendar", "Staff Papers", "lask1951", "veris1950", "war diary", "\\", "Key facts", "A. Historian"):
        assert gone not in doc.text, gone


def test_a_latex_key_facts_table_becomes_the_infobox_with_the_header_row_naming_the_sides() -> None:
    doc = read_document(ARTICLE)
    fields = {(f.key, f.side): f.text for f in doc.infobox}
    assert fields[("belligerents", 0)] == "Tarsenia" and fields[("belligerents", 1)] == "Velmar Republic"
    assert fields[("date", None)] == "2–9 May 1944"
    assert fields[("commanders", 0)] == "Gen. Aldo Veris\nCol. Ilse Darn"  # \newline between entries
    assert fields[("casualties", 1)] == "1,200 killed\n700 captured"  # \par between entries
    for f in doc.infobox:
        assert doc.text[f.span.start:f.span.end] == f.text


def test_a_latex_article_extracts_to_its_operation_and_dated_events() -> None:
    op = extract_operation(read_document(ARTICLE))
    assert op.name == "Battle of Marren Ford"  # its title "The Battle of …" names the battle
    assert (op.start_date, op.end_date) == ("1944-05-02", "1944-05-09")
    assert op.places == ("Marren Ford", "Tarsenia") and op.part_of == ("Tarsen War",)
    assert op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(p.rank, p.name) for p in s.commanders] for s in op.sides] == [
        [("Gen.", "Aldo Veris"), ("Col.", "Ilse Darn")], [("Gen.", "Pero Lask")]]
    assert [[q.count.low for q in s.strength] for s in op.sides] == [[12000], [9500]]
    assert op.sides[0].casualties[0].killed.low == 410 and op.sides[0].casualties[0].wounded.low == 900
    assert op.sides[1].casualties[0].killed.low == 1200 and op.sides[1].casualties[0].captured.low == 700
    events = {(e.date, e.type) for e in op.events}
    assert {("1944-05-02", "capture"), ("1944-05-05", "counterattack"), ("1944-05-09", "withdrawal")} <= events


def test_a_latex_fragment_in_a_framed_box_with_section_rows_is_read() -> None:
    assert detect(FRAGMENT)[0] == "latex"
    doc = read_document(FRAGMENT)
    assert doc.title == "Siege of Kessel"
    assert [p.heading for p in doc.paragraphs] == [None, "Course"]  # the title's section heads nothing
    op = extract_operation(doc)
    assert (op.start_date, op.end_date) == ("2016-01-12", "2016-03-03")
    assert op.part_of == ("Dravian Civil War",) and op.places == ("Kessel", "Dravia")
    assert [s.belligerents for s in op.sides] == [("Republic of Dravia",), ("Kessel Liberation Front",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Marek Holm"], ["Ilir Darga"]]
    assert [s.casualties[0].killed.low for s in op.sides] == [150, 300]
    assert {(e.date, e.type) for e in op.events} >= {("2016-01-12", "attack"), ("2016-02-20", "shelling")}
    assert "Local reports" not in doc.text


def test_a_description_list_of_labels_is_a_key_facts_table() -> None:
    doc = read_document(DESCRIPTION)
    assert doc.shape == "latex" and doc.title == "Raid on Olsk"
    assert [(f.key, f.text) for f in doc.infobox] == [("date", "4 June 2003"), ("place", "Olsk, Vesk"),
                                                      ("result", "Raid repulsed")]
    assert extract_operation(doc).start_date == "2003-06-04"


@pytest.mark.parametrize("name", sorted(OTHER_SHAPES))
def test_latex_is_not_detected_for_other_shapes(name: str) -> None:
    assert latex.score(OTHER_SHAPES[name]) == 0.0
    assert detect(OTHER_SHAPES[name])[0] != "latex"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_latex_does_not_claim_the_seed_examples(path: Path) -> None:
    assert latex.score(path.read_text(encoding="utf-8")) == 0.0


def test_latex_scores_nothing_for_a_backslash_or_two() -> None:
    assert latex.score(r"The path C:\section\data holds \emph{notes}.") == 0.0
    assert READERS["latex"] is latex


@pytest.mark.parametrize("cut", range(0, len(ARTICLE), 97))
def test_truncated_latex_gives_a_document_with_warnings(cut: int) -> None:
    doc = read_document(ARTICLE[:cut], shape="latex")
    assert doc.shape == "latex" and doc.warnings
    for f in doc.infobox:
        assert 0 <= f.span.start <= f.span.end <= len(doc.text)


def test_malformed_latex_never_raises() -> None:
    for text in ("\\begin{document}\\section{A}{{{ \\emph{", "\\\\\\\\&&&}}}", "\\end{tabular}\\begin{x}",
                 "\\documentclass{article}\\begin{document}\\multicolumn{", "$$\\frac{", "%"):
        doc = latex.read(text)
        assert doc.shape == "latex" and doc.warnings


LATEX_SOUP = st.sampled_from(list("{}[]&\\%$~`'-\n ab1,") + [
    "\\begin{tabular}{ll}", "\\end{tabular}", "\\section{", "\\multicolumn{2}{c}{", "\\\\", "\\item", "\\title{",
    "\\begin{description}", "\\end{description}", "\\footnote{", "Date & ", "\\begin{document}", "\\par", "\\'"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LATEX_SOUP, max_size=60).map("".join))
def test_latex_reader_reads_markup_soup_without_failing(text: str) -> None:
    assert 0.0 <= latex.score(text) <= 0.95
    doc = latex.read(text)
    assert not any("reader failed" in w for w in doc.warnings), doc.warnings


RAID = r"""\documentclass{article}
\title{Operation Iron Lantern: The Night Raid on Dorvik}
\begin{document}
\maketitle
\section*{The raid}
In the early hours of 3 May 1971 a flotilla landed some 400 men on the beaches of Dorvik.
\begin{table}
\begin{tabularx}{\columnwidth}{@{}lX@{}}
Date & 3 May 1971 \\
Attackers & Estria \\
Defenders & Marn \\
Commanders & Osk Varn (Estria); Henrik Arn (Marn) \\
Losses & Estria: 2 killed \\
       & Marn: 300--500 killed \\
\end{tabularx}
\end{table}
\section*{Aftermath}
Two days later the flotilla was back in its home port.
\end{document}
"""


def test_an_articles_title_names_its_operation_before_its_subtitle_and_its_box_names_sides_in_each_line():
    op = extract_operation(read_document(RAID))
    assert op.name == "Operation Iron Lantern"
    assert [s.belligerents for s in op.sides] == [("Estria",), ("Marn",)]
    # "Osk Varn (Estria); Henrik Arn (Marn)": each commander goes to the side named after him
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Osk Varn"], ["Henrik Arn"]]
    # a row under an empty label continues the row above it
    assert [[c.text for c in s.casualties] for s in op.sides] == [["2 killed"], ["300–500 killed"]]
