"""Blind sets 5-12: sets never used for tuning before their first run.

Each folder holds documents in the input shapes real scrapers make and the hand-written gold records,
written from the text following /work/shared/gold/README.md by a writer who had not read the
extractor or run warfile (their judgement calls are in each record's _notes). Each set was run blind
once; the classes of error that run showed were then fixed with general rules, each tested on text
of our own, so sets 5-8 are no longer blind. Floors are the first run's F1 minus 0.02 for noise
(they only move up).

- blind5: Falklands 1982, Korea 1950, Gulf War 1991, Chechnya 1999-2000, Afghanistan 2002, Kosovo
  1999, Bosnia 1994, Myanmar 2023-24; eight shapes, a mirror page copied without blank lines and
  with tab-separated cells, a MediaWiki XML export with a redirect.
- blind6: Lebanon 2006, Kargil 1999, Goma 2012, Longewala 1971, Palma 2021, Tskhinvali 2008,
  Operation Barras 2000, In Amenas 2013; citation rows run together, a padded pipe table,
  template-heavy wikitext, a Kiwix page with glued flags, a saved HTML page, an export with a talk page.
- blind7: longer 5-10 KB articles with background, aftermath and reactions (Mirbat 1972, Fada 1987,
  Chavín de Huántar 1997, the Chinese Farm 1973, Operation Jaque 2008, Guelta Zemmour 1981, Abidjan
  2011, Entebbe 1976); an XML export of three pages, the first scored.
- blind8: written after sets 5-7 were fixed (Crete 1941, Suez 1956, the Bay of Pigs 1961, Cyprus
  1974, Cast Lead 2008-09, Rwanda 1990, Bangui 2013, Culiacán 2019).
- blind9: written at the end of session 5, after set 8 was fixed, and not tuned against (Surabaya
  1945, Rezang La 1962, Operation Anvil 1954, Jerusalem 1967, the FMLN offensive of 1989, the Java
  Sea 1942).
- blind10: written at the start of session 6 (Tanga 1914, Marawi 2017, Dien Bien Phu 1954, Dragon Rouge
  1964, the River Plate 1939, the Iranian Embassy siege 1980, Lạng Sơn 1979, Operation Serval 2013);
  run blind at cb52d1c, then fixed like the others.
- blind11: written in session 6 after set 10 was fixed, in layouts other scrapers make (a mobile-site
  copy, text-extraction output, a markdownify conversion, Hugo front matter, a Word paste): Kut
  1915-16 to Baler 1898-99; run blind at 83f0d24.
- blind12: written in session 6 after set 11 was fixed, in more layouts (a reading-mode "Key facts"
  list, a pandoc grid table, TOML front matter, a <dl> infobox, text from a PDF with page headers and
  hard line breaks): Assaye 1803 to Avdiivka 2024; run blind at acec29b.
- blind13: written at the start of session 7 (Adwa 1896, Operation Storm 1995, Jutland 1916, Operation
  Medusa 2006, Grenada 1983, Mariupol 2022, Dieppe 1942, Zamboanga 2013), with a YAML front matter of
  the writer's own layout and a pandoc reStructuredText conversion; run blind at 3b3ca76.
- blind14: written in session 7 after set 13 was fixed (Kapyong 1951, Rah-e-Rast 2009, Shusha 2020,
  Chitral 1895, Mitú 1998, Praying Mantis 1988, Mogadishu 1977, Freetown 1999), with an html2text
  markdown page, a lynx dump and an Org-mode export; run blind at 387a094.
- blind15: written at the end of session 7 after set 14 was fixed (Talavera 1809, Boquerón 1932, Tarawa
  1943, Varsity 1945, Long Tan 1966, Manbij 2016, Tinzaouaten 2024, the Yangtze Incident 1949), in a
  Wikiwand copy, a Notion export, a Word file through pandoc, a WordPress clone, DokuWiki markup and
  a wptools JSON cache; run blind at 534d290.
- blind16: written at the end of session 7 after set 15 was fixed (Plassey 1757, Panama 1989, Cuito
  Cuanavale 1987-88, Jadotville 1961, Chamdo 1950, Vienna 1683), in a SingleFile page, an e-mail,
  a `links -dump`, a REST API JSON, a Jupyter notebook and a Confluence page; run blind at 87464c0.
- blind17: written at the start of session 8 in the shapes most users hold (two flattened page copies,
  wikitext, an XML export, saved HTML, YAML front matter, an html2text pipe table, a Kiwix page): Khe
  Sanh 1968, San Carlos 1982, Lal Masjid 2007, Mogadishu 1993, Isandlwana 1879, Ilovaisk 2014, Fallujah
  2004, Marawi 2017; run blind at ceba840.
- blind18: written in session 8 after set 17 was fixed, in layouts not met before (`pdftotext -layout` of a
  printed page, a reader-mode copy with each label on its own line, `{{Infobox military operation}}`, an XML
  export with several revisions, a Google Docs HTML export, an Obsidian Web Clipper callout, a news page with
  no infobox, a box run into one paragraph): Midway 1942 to Sirte 2016; run blind at 3a2ca5b.
- blind19: written at the start of session 9, mostly in common shapes (a flattened page copy, wikitext with a
  "Supported by:" column, an XML export, saved HTML with its good-article star, YAML front matter holding the
  box, a pandoc pipe table, a mirror's `<dl>` box, an e-mail with the article pasted in): Lucknow 1857,
  Tripoli 2011, Huế 1968, Warsaw 1944, Tikrit 2015, Megiddo 1918, Debaltseve 2015, the Football War 1969;
  run blind at 13a31c3.
- blind20: the merge set, written in session 9: four operations told by ten documents in seven shapes
  (Plevna 1877 and Taierzhuang 1938 three times each, Zhawar 1986 and Magistral 1987-88 twice), copies
  that disagree as real copies do (a figure, a date off by a day, a romanised name, a swapped column),
  with per-document gold and one merged gold record per operation (`gold_operations/`, scored by
  name, with the conflicts listed); run blind at bf28305.
- blind21: written near the end of session 9, after sets 19 and 20 were fixed, in common shapes plus a
  `pdftotext` copy without `-layout` (Arica 1880, Ia Drang 1965, Kobanî 2014-15, Bita Paka 1914, Bir Hakeim
  1942 told twice, Kismayo 2012, Operation Whirlwind 1956, Operation Moshtarak 2010); run blind at 24dc9bc.
- blind22: written in session 10 in common shapes plus what scraping tools return (Jina Reader's
  markdown, a Firecrawl scrape of a mirror) and an encyclopaedia's retelling (Multan 1848, Narvik 1940,
  Sloviansk 2014, Operation Savannah 1975, the Grand Mosque seizure 1979, Lahad Datu 2013, Operation
  Phoenix 2008, Tsingtao 1914 told twice); run blind at e19bc73.
- blind23: the second merge set, written in session 10: three operations told three times each in nine
  shapes (Delhi 1857, Hong Kong 1941, Palmyra 2016), one telling an old encyclopaedia's entry with no box;
  per-document gold and a merged gold record per operation; run blind at 70f80dc.
- blind24: written late in session 10, after sets 22 and 23 were fixed, in common shapes plus a mobile page
  copy with no box, a trafilatura extract and a Wikiwand page (Puebla 1863, Keren 1941, Xuân Lộc 1975,
  Beirut 1982, Donetsk Airport 2014-15, Kunduz 2015, Geok Tepe 1880-81, Sarikamish 1914-15 told twice);
  run blind at 63eb8b8.
- blind25: written at the end of session 10 (Malta 1565, Vukovar 1991, Kohima 1944, Humaitá 1867-68, Mafeking
  1899-1900, the Alamo 1836, Basra 2008 as a Reuters story, Tsushima 1905 told twice, once as `pdftotext` of a
  leaflet); run blind at 58386f0.
- blind26: written at the start of session 11 in shapes not met before: Parsoid's HTML, an EPUB chapter with
  an "At a glance" box, an action=parse JSON, pandoc's AsciiDoc, a MonoBook page, a Google Docs export, a live
  page, a Logseq page (Constantinople 1453 told twice, Quebec 1759, Caporetto 1917, the Bay of Pigs 1961,
  Qala-i-Jangi 2001, Nagorno-Karabakh 2023, Operation 1027, Mekelle 2020); run blind at 92c3436.
- blind27: written beside blind26: wikitext with numbered columns, pandoc's markdown grid table, a 2008
  MonoBook page, a CSV row, a mobile page, a page printed to text with a box-drawn box, a scraper's JSON, a
  w3m dump and a LaTeX article (Girona 1809, Ciudad Juárez 1911, Alhucemas 1925, Campo Vía 1933,
  Tolvajärvi 1939, Chipyong-ni 1951, Bint Jbeil 2006, Operation Green Sea 1970 told twice); run blind at bd809aa.
- blind28: written in session 11 after sets 26 and 27 were fixed, mostly in the common shapes (a page copy,
  wikitext, saved HTML, an XML export with a redirect, a web clipper's note, a mirror's text, html2text, an
  MHTML page, a think-tank report; Longewala 1971 to Palma 2021, Guningtou/Kinmen 1949 told twice); run blind
  at f481ff6.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check_eval_set

TESTS = Path(__file__).resolve().parent
NOISE = 0.02
# set: (documents, first-run infobox F1, events F1, events.typed F1)
FIRST_RUNS = {
    "blind5": (8, 0.907, 0.818, 0.595),
    "blind6": (8, 0.812, 0.775, 0.498),
    "blind7": (8, 0.814, 0.715, 0.540),
    "blind8": (8, 0.865, 0.789, 0.564),
    "blind9": (6, 0.835, 0.757, 0.604),
    "blind10": (8, 0.627, 0.780, 0.655),
    "blind11": (8, 0.726, 0.759, 0.553),
    "blind12": (8, 0.624, 0.782, 0.551),
    "blind13": (8, 0.750, 0.827, 0.632),
    "blind14": (8, 0.683, 0.732, 0.513),
    "blind15": (8, 0.520, 0.803, 0.564),
    "blind16": (6, 0.503, 0.643, 0.433),
    "blind17": (8, 0.884, 0.881, 0.626),
    "blind18": (8, 0.572, 0.869, 0.629),
    "blind19": (8, 0.878, 0.858, 0.648),
    "blind20": (10, 0.893, 0.880, 0.632),
    "blind21": (9, 0.949, 0.889, 0.680),
    "blind22": (9, 0.780, 0.824, 0.591),
    "blind23": (9, 0.847, 0.816, 0.551),
    "blind24": (9, 0.804, 0.928, 0.637),
    "blind25": (9, 0.785, 0.651, 0.383),
    "blind26": (9, 0.620, 0.826, 0.495),
    "blind27": (9, 0.713, 0.732, 0.453),
    "blind28": (9, 0.803, 0.867, 0.552),
    "blind29": (9, 0.861, 0.890, 0.570),  # first run at 1c4df50 (session 12)
    "blind30": (9, 0.882, 0.902, 0.637),  # first run at 1c4df50 (session 12)
    "blind31": (9, 0.897, 0.847, 0.516),  # first run at 0dfba02 (session 12)
    # first run at 0dfba02 with its document 09 as written: the writer's build had left out the box its
    # gold describes (a count of headings with paragraphs), mended before the run
    "blind32": (9, 0.724, 0.860, 0.558),
    "blind33": (9, 0.868, 0.872, 0.570),  # first run at 4b17a34 (session 13)
    # first run at 692c7a1 (session 13), after blind33's fixes; its document 05 tells blind33's 05 again
    # (both writers chose N'Djamena 2008, unseen by each other), in an Org note
    "blind34": (9, 0.819, 0.810, 0.519),
    "blind35": (9, 0.896, 0.791, 0.492),  # first run at 5263971 (session 13)
    "blind36": (9, 0.526, 0.774, 0.476),  # first run at 5263971 (session 13)
    # first run at 2d296a1 (session 14), after blind38's first fixes
    "blind37": (9, 0.911, 0.887, 0.613),
    "blind38": (9, 0.751, 0.769, 0.521),  # first run at b06eab0 (session 14)
    "blind39": (9, 0.704, 0.840, 0.562),  # first run at 38fa7e6 (session 14)
    "blind40": (9, 0.408, 0.635, 0.413),  # first run at 38fa7e6 (session 14)
    "blind41": (9, 0.711, 0.798, 0.584),  # first run at 6c5b880 (session 15), after blind42's Word XML reader
    "blind42": (9, 0.452, 0.708, 0.495),  # first run at fc4a884 (session 15)
    "blind43": (9, 0.815, 0.832, 0.584),  # first run at 3d94f00 (session 15), after blind44's OPML reader
    "blind44": (9, 0.441, 0.740, 0.503),  # first run at 649d28f (session 15)
    "blind45": (9, 0.866, 0.810, 0.551),  # first run at d92d6ab (session 16)
    "blind46": (9, 0.403, 0.514, 0.313),  # first run at d92d6ab (session 16)
    "blind47": (9, 0.732, 0.816, 0.583),  # first run at c83bf95 (session 16), after set 48's first fixes
    "blind48": (9, 0.159, 0.579, 0.409),  # first run at ea2ccf5 (session 16), after sets 45 and 46's fixes
    "blind49": (9, 0.815, 0.769, 0.545),  # first run at 3854455 (session 17)
    "blind50": (9, 0.296, 0.362, 0.263),  # first run at 3854455 (session 17)
    "blind51": (9, 0.662, 0.875, 0.599),  # first run at a318b1b (session 17), after sets 49 and 50's fixes
    "blind52": (9, 0.120, 0.439, 0.290),  # first run at 04356f4 (session 17), after sets 49 and 50's fixes
}
# Merged sets: (operations, first-run infobox F1, events F1, events.typed F1) of the merged records
# scored by name against gold_operations/.
FIRST_MERGED_RUNS = {
    "blind20": (4, 0.788, 0.761, 0.594),
    "blind23": (3, 0.921, 0.830, 0.553),  # its first run made 6 operations of the 3
}
# Merged records of sets that tell one operation twice among others: (documents, first-run figures).
FIRST_MERGED_PAIRS = {
    "blind21": (("05_battle_of_bir_hakeim.html", "08_bir_hacheim_mirror.html"), 0.946, 0.878, 0.683),
    "blind22": (("08_siege_of_tsingtao.firecrawl.md", "09_siege_of_tsingtau.html"), 0.293, 0.684, 0.368),
    "blind24": (("08_battle_of_sarikamish.wikiwand.html", "09_sarikamish_operation.xml"), 0.972, 0.898, 0.653),
    "blind25": (("08_battle_of_tsushima.kiwix.txt", "09_battle_of_the_sea_of_japan.pdf.txt"), 0.897, 0.857, 0.524),
    # its first run read the Parsoid page as wikitext: no name, nothing to merge or score
    "blind26": (("01_fall_of_constantinople.parsoid.html", "02_siege_of_constantinople_1453.xhtml"), 0.0, 0.0, 0.0),
    "blind27": (("08_operation_green_sea.w3m.txt", "09_operacao_mar_verde.tex"), 0.634, 0.552, 0.276),
    # its first run (0.929 / 0.878 / 0.585 at f481ff6) read no box in the report, so nothing in it disagreed
    # with the saved page; with both boxes read the figures they disagree on are kept side by side (the gold
    # lists them as conflicts) and the floor is the figures measured then (0.892 / 0.840 / 0.520)
    "blind28": (("08_battle_of_guningtou.mhtml", "09_battle_of_kinmen_report.txt"), 0.892, 0.840, 0.520),
    # the first runs of blind29's and blind31's pairs (0.986 / 0.898 / 0.612 and 0.984 / 0.898 / 0.612) scored
    # one document alone: "Battle of the Imjin" / "… Imjin River" and "Battle of Goose Green" / "… of Darwin
    # and Goose Green" were not grouped. Grouped now, the union of their boxes is scored (the gold keeps
    # one document's figures and lists the other's as conflicts); the floors are the figures measured then
    "blind29": (("08_battle_of_the_imjin_river.mobile.html", "09_the_glosters_at_the_imjin.atom"), 0.932, 0.852, 0.667),
    # its first run (1.000 / 0.852 / 0.444 at 1c4df50) read no box and no name in the news page, so nothing in
    # it disagreed with the saved page; with its factbox read, the figures and name the two disagree on are
    # merged (the gold lists them as conflicts) and the floor is the figures measured then (0.938 / 0.820 / 0.426)
    "blind30": (("08_snake_island_campaign.html", "09_snake_island_news.html"), 0.938, 0.820, 0.426),
    "blind31": (("08_battle_of_goose_green.html", "09_darwin_and_goose_green.fb2"), 0.866, 0.897, 0.690),
    "blind32": (("08_battle_of_krynky.json", "09_krynky_bridgehead_commentary.html"), 0.071, 0.706, 0.412),
    # its first run (0.949 / 0.762 / 0.429 at 4b17a34) read no box in the blog post (a WordPress table block
    # inside a <figure>, dropped as an image), so its "Operation Chariot" was never grouped with the saved
    # "St Nazaire Raid": one document was scored alone
    "blind33": (("08_st_nazaire_raid.enex", "09_operation_chariot_blog.html"), 0.949, 0.762, 0.429),
    "blind34": (("08_easter_rising.json", "09_easter_rising_news_feature.html"), 0.780, 0.719, 0.375),
    # its first run 0 / 0 / 0 at 5263971: the RTF page had no reader, so the merged record bore the press
    # release's headline for a name and matched nothing
    "blind35": (("08_battle_of_the_crater.rtf", "09_crater_150th_press_release.eml"), 0.0, 0.0, 0.0),
    # its first run 0 / 0 / 0 at 5263971: the news feature pasted into a Slack export was read as one JSON
    # record, its fact file at its end unread, so it had no name and was not grouped with the notebook
    "blind36": (("08_annexation_of_goa.ipynb", "09_goa_1961_slack_export.json"), 0.0, 0.0, 0.0),
    # its first run 0 / 0 / 0 at 2d296a1: grouped, but named "Battle of Beersheba" where the gold (and the
    # page's title) says "Battle of Beersheba (1917)"
    "blind37": (("08_battle_of_beersheba_1917.warc", "09_4th_light_horse_beersheba.html"), 0.0, 0.0, 0.0),
    # its first run at b06eab0 was not grouped (the clippings had no reader: named by a novel's title), the
    # wiki page scored alone 1.000 / 0.857 / 0.571; the floor is its first grouped run (session 14)
    "blind38": (("08_battle_of_kamdesh.mhtml", "09_kamdesh_my_clippings.txt"), 0.933, 0.902, 0.627),
    # its first run 0 / 0 / 0 at 38fa7e6: html2text's wrapped box gave the page the name "Date" and the
    # podcast transcript had no reader, so they were not grouped
    "blind39": (("03_operation_vengeance.md", "09_vengeance_podcast.vtt"), 0.0, 0.0, 0.0),
    # (blind40's Sukhumi pair is grouped now but has no floor: its gold names it as the page's title does,
    # "Battle of Sukhumi (September 1993)", while the pasted page's lead names it "Battle of Sukhumi", the
    # name kept for flat copies (two other sets' gold keep the lead's name); its first run was 0 / 0 / 0)
    "blind41": (("08_six_day_war_2000.txt", "09_kisangani_icj_findings.html"), 0.640, 0.828, 0.586),
    # its first run 0 / 0 / 0 at fc4a884: the Word XML had no reader, so the pair was named by the newsletter
    "blind42": (("08_battle_of_cassinga.document.xml", "09_cassinga_newsletter.html"), 0.0, 0.0, 0.0),
    "blind43": (("08_us_occupation_of_the_dominican_republic.opml", "09_power_pack_embassy_cable.txt"), 0.291, 0.731, 0.423),
    # its first run 0 / 0 / 0 at 649d28f: the Trac page and the Mastodon archive had no reader, so they were
    # named "Imported:" and "Untitled operation" and not grouped
    "blind44": (("08_tongo_tongo_ambush.tracwiki", "09_tongo_tongo_thread.json"), 0.0, 0.0, 0.0),
    # their first runs at d92d6ab scored the article alone: the Wikinews export (09 of blind45) gave no
    # record, nor did the Twitter archive (09 of blind46). blind45's floor is its first grouped run (the
    # story's fact table read: its places, sides and losses join the article's, where the gold lists
    # them as conflicts), 0.939 / 0.870 / 0.652; its first run was 0.967 / 0.750 / 0.600
    "blind45": (("08_2016_nagorno_karabakh_clashes.md", "09_four_day_war_wikinews.xml"), 0.939, 0.870, 0.652),
    "blind46": (("08_operation_eagle_claw.har", "09_desert_one_thread.tweets.js"), 0.918, 0.625, 0.438),
    # its first run at c83bf95 was not grouped (the digest named by its masthead, "Asia-Pacific Broadcast
    # Digest"): the Wikiless page scored alone 0.963 / 0.756 / 0.533; the floor is its first grouped run
    # (the digest's background note naming the operation: its figures join the page's), session 16
    "blind47": (("08_operation_riviresa.html", "09_jaffna_broadcast_digest.txt"), 0.852, 0.760, 0.560),
    # its first run 0 / 0 / 0 at ea2ccf5: the DocBook was read as plain text and named 'xml:lang="en"',
    # and the subtitles had no reader, so the two were not grouped
    "blind48": (("08_battle_of_shiroyama.dbk", "09_shiroyama_documentary.srt"), 0.0, 0.0, 0.0),
    # its first run at 3854455 scored the page alone (the Wikisource export gave no record: its work
    # sits in transcluded scan pages); its first grouped run, session 17, scored the same
    "blind49": (("08_battle_of_orakau.html", "09_orakau_carey_despatch.xml"), 0.927, 0.851, 0.638),
    # its first run at 3854455 was not grouped (the LexisNexis download named "LENGTH: 546 words"); the
    # page scored alone 0.981 / 0.850 / 0.650; the floor is its first grouped run (session 17)
    "blind50": (("08_battle_of_ben_guerdane.wxr.xml", "09_ben_guerdane_wire_report.txt"), 0.912, 0.955, 0.773),
    # its first run 0 / 0 / 0 at a318b1b: the page named by html2text's "Jump_to_content" and the newspaper's
    # letter "The Ashantee War", not grouped; the floor is its first grouped run (session 17)
    "blind51": (("08_battle_of_amoaful.txt", "09_ashantee_war_odt_1874.html"), 0.717, 0.759, 0.552),
    # its first run 0 / 0 / 0 at 04356f4: the pandoc JSON had no reader and the Medium export's box took
    # its whole article, so neither gave a record; the floor is its first grouped run (session 17)
    "blind52": (("08_battle_of_quifangondo.json", "09_kifangondo_medium_post.html"), 0.777, 0.895, 0.526),
}


@pytest.mark.parametrize("name", sorted(FIRST_RUNS))
def test_blind_set_has_gold_for_each_document_and_stays_at_or_above_its_floors(name):
    documents, infobox, events, typed = FIRST_RUNS[name]
    check_eval_set(TESTS / name, documents, infobox - NOISE, events - NOISE, typed - NOISE)


@pytest.mark.parametrize("name", sorted(FIRST_MERGED_RUNS))
def test_merged_set_groups_its_documents_into_its_operations_and_stays_at_or_above_its_floors(name, tmp_path):
    from warfile import store
    from warfile.evaluate import score_records
    from warfile.pipeline import ingest
    from warfile.store.operations import iter_records

    operations, infobox, events, typed = FIRST_MERGED_RUNS[name]
    conn = store.connect(tmp_path / "kb.db")
    ingest([str(TESTS / name / "docs")], conn, progress=False)
    records = list(iter_records(conn))
    scores = score_records(TESTS / name / "gold_operations", records, by="name")
    assert len(records) == operations and not scores.missing, sorted(r["name"] for r in records)
    assert scores.infobox_f1 >= infobox - NOISE, scores.summary()
    assert scores.events_f1 >= events - NOISE, scores.summary()
    assert scores.events_typed_f1 >= typed - NOISE, scores.summary()


@pytest.mark.parametrize("name", sorted(FIRST_MERGED_PAIRS))
def test_documents_telling_one_operation_twice_merge_and_stay_at_or_above_their_floors(name):
    from warfile.evaluate import evaluate, extract_records, merged_records

    documents, infobox, events, typed = FIRST_MERGED_PAIRS[name]
    paths = [str(TESTS / name / "docs" / d) for d in documents]
    # grouped into one operation: scored by name, a pair left apart would score its one named document alone
    assert len(merged_records(extract_records(paths))) == 1
    scores = evaluate(TESTS / name / "gold_operations", paths, by="name")
    assert not scores.missing
    assert scores.infobox_f1 >= infobox - NOISE, scores.summary()
    assert scores.events_f1 >= events - NOISE, scores.summary()
    assert scores.events_typed_f1 >= typed - NOISE, scores.summary()
