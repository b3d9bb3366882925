"""The SQL dump reader: a scraper's database saved as SQL statements, its article a page row's text
and its box a table of one row per infobox parameter.

SQLITE was written by the sqlite3 shell (3.40, ``sqlite3 osk.db .dump``) from an invented scraper's
database: a pages table (the article as an API's plain-text extract, a redirect row, a shorter page),
the box's parameters one a row, categories and a fetch log. MYSQL is a mysqldump of another scraper's
tables (backslash escapes, table options, rows many to an INSERT, the article as HTML, the box's sides
in a column of their own); POSTGRES a pg_dump (``COPY … FROM stdin`` rows, a schema's name, wikitext).
All tell the same invented battle.
"""
from __future__ import annotations

import time

import pytest
from test_wiki_readers_trac_jira import OTHER_SHAPES

from warfile.extract import extract_operation
from warfile.readers import READERS, sql_dump

SQLITE = r"""PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE pages (
    page_id     INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    url         TEXT,
    fetched_at  TEXT,
    is_redirect INTEGER NOT NULL DEFAULT 0,
    redirect_to TEXT,
    extract     TEXT
);
INSERT INTO pages VALUES(7001,'Battle of Osk Ford','https://en.wikipedia.org/wiki/Battle_of_Osk_Ford','2024-01-14T10:00:00Z',0,NULL,replace('The Battle of Osk Ford was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic at the ford of the Osk river. It ended the Velmar offensive of that spring and opened the road to the capital for the Tarsenian army, which had waited on the far bank since the winter.\n\n== Background ==\nThe ford had been fortified by the Velmar engineers since the previous autumn, and both armies knew that whoever held it held the road to Karsk. General Aldo Veris had gathered the Second Corps on the northern bank during April.\n\n== Battle ==\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod on the southern bank. On 3 May the Velmar 4th Division counterattacked the bridgehead but was driven back with heavy losses.\nOn 4 May Velmar artillery shelled the bridgehead, killing twelve soldiers. That evening General Pero Lask ordered the retreat towards Karsk.\n\n== Aftermath ==\nThe Velmar Republic signed an armistice on 20 June 1944. The ford is now the site of a memorial to the dead of both armies.','\n',char(10)));
INSERT INTO pages VALUES(7002,'Osk crossing','https://en.wikipedia.org/wiki/Osk_crossing','2024-01-14T10:00:02Z',1,'Battle of Osk Ford',NULL);
INSERT INTO pages VALUES(7003,'Dolny Brod','https://en.wikipedia.org/wiki/Dolny_Brod','2024-01-14T10:00:03Z',0,NULL,'Dolny Brod is a village on the southern bank of the Osk river in Tarsenia. It had 412 inhabitants at the census of 1931, most of them fishermen and ferrymen working the crossing at the ford.');
CREATE TABLE infobox (
    page_id  INTEGER NOT NULL REFERENCES pages(page_id),
    template TEXT,
    position INTEGER,
    param    TEXT,
    value    TEXT
);
INSERT INTO infobox VALUES(7001,'Infobox military conflict',0,'conflict','Battle of Osk Ford');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',1,'partof','the Tarsen War');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',2,'image','Osk ford 1944.jpg');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',3,'caption','Tarsenian infantry at the ford, 3 May 1944');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',4,'date','2–4 May 1944');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',5,'place','Osk Ford, Tarsenia');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',6,'result',replace('Tarsenian victory\nVelmar offensive ended','\n',char(10)));
INSERT INTO infobox VALUES(7001,'Infobox military conflict',7,'combatant1','Tarsenia');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',8,'combatant2','Velmar Republic');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',9,'commander1',replace('Aldo Veris\nIlse Darn','\n',char(10)));
INSERT INTO infobox VALUES(7001,'Infobox military conflict',10,'commander2','Pero Lask');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',11,'strength1','18,000 men');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',12,'strength2','11,500 men');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',13,'casualties1','310 killed, 900 wounded');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',14,'casualties2','1,200 killed, 2,400 captured');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',15,'casualties3','40 civilians killed');
INSERT INTO infobox VALUES(7001,'Infobox military conflict',16,'notes','Figures from Kand''s ''Osk Ford'' (1990).');
CREATE TABLE categories (page_id INTEGER NOT NULL REFERENCES pages(page_id), name TEXT);
INSERT INTO categories VALUES(7001,'Battles of the Tarsen War');
INSERT INTO categories VALUES(7001,'1944 in Tarsenia');
CREATE TABLE fetch_log (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT, status INTEGER);
INSERT INTO fetch_log VALUES(1,'https://en.wikipedia.org/wiki/Battle_of_Osk_Ford',200);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('fetch_log',1);
CREATE INDEX idx_infobox_page ON infobox(page_id);
COMMIT;
"""

MYSQL = r"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: warwiki
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Table structure for table `articles`
--

DROP TABLE IF EXISTS `articles`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
CREATE TABLE `articles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `body_html` mediumtext,
  PRIMARY KEY (`id`),
  KEY `title_idx` (`title`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `articles` WRITE;
/*!40000 ALTER TABLE `articles` DISABLE KEYS */;
INSERT INTO `articles` VALUES (1,'Battle of Osk Ford','<p>The <b>Battle of Osk Ford</b> was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic at the ford of the Osk river.<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup> It ended the Velmar offensive of that spring.</p>\n<h2>Battle</h2>\n<p>On 2 May 1944 the Second Corps captured the village of Dolny Brod on the southern bank. On 4 May Velmar artillery shelled the bridgehead, killing twelve soldiers.</p>\n<p>The Velmar commander\'s retreat began that evening; the \"Osk line\" was given up for good.</p>'),(2,'Karsk','<p>Karsk is the capital of the Velmar Republic and its largest city, on the northern bank of the Osk river some forty kilometres above the ford. It was founded as a river port in the twelfth century and grew around the fortress that guarded the crossing.</p>\n<p>The city was spared in the war of 1944: the Velmar army left it without a fight after the battle at the ford, and the Tarsenian army entered it in the first week of June. Its old town, its bridges and its cathedral are now listed monuments, and its university is the oldest in the region.</p>');
/*!40000 ALTER TABLE `articles` ENABLE KEYS */;
UNLOCK TABLES;

DROP TABLE IF EXISTS `infobox_params`;
CREATE TABLE `infobox_params` (
  `article_id` int NOT NULL,
  `name` varchar(64) NOT NULL,
  `side` tinyint DEFAULT NULL,
  `value` text,
  KEY `article_id` (`article_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `infobox_params` WRITE;
INSERT INTO `infobox_params` VALUES (1,'conflict',NULL,'Battle of Osk Ford'),(1,'date',NULL,'2–4 May 1944'),(1,'place',NULL,'Osk Ford, Tarsenia'),(1,'result',NULL,'Tarsenian victory'),(1,'combatant',1,'Tarsenia'),(1,'combatant',2,'Velmar Republic'),(1,'commander',1,'Aldo Veris'),(1,'commander',1,'Ilse Darn'),(1,'commander',2,'Pero Lask'),(1,'casualties',1,'310 killed'),(1,'casualties',2,'1,200 killed, 2,400 captured');
UNLOCK TABLES;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2024-01-14 10:12:31
"""

POSTGRES = r"""--
-- PostgreSQL database dump
--

-- Dumped from database version 15.5
-- Dumped by pg_dump version 15.5

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.pages (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    wikitext text,
    fetched timestamp without time zone DEFAULT now()
);

ALTER TABLE public.pages OWNER TO scraper;

CREATE TABLE public.infobox (
    page_id integer NOT NULL,
    param character varying(64) NOT NULL,
    value text
);

COPY public.pages (id, title, wikitext, fetched) FROM stdin;
1	Battle_of_Osk_Ford	'''The Battle of Osk Ford''' was fought from 2 to 4 May 1944 between [[Tarsenia]] and the [[Velmar Republic]] at the ford of the [[Osk (river)|Osk]].<ref>Kand, ''Osk Ford'' (1990), p. 2.</ref>\n\n== Battle ==\nOn 2 May 1944 the Second Corps captured the village of [[Dolny Brod]].\n\nOn 4 May Velmar artillery shelled the bridgehead, killing twelve soldiers.\n\n== References ==\n{{reflist}}\n	2024-01-14 10:00:00
\.

INSERT INTO public.infobox (page_id, param, value) VALUES (1, 'conflict', 'Battle of Osk Ford'), (1, 'date', '2–4 May 1944'), (1, 'result', '[[Tarsenia]]n victory');
INSERT INTO public.infobox (page_id, param, value) VALUES (1, 'combatant1', '{{flag|Tarsenia}}'), (1, 'combatant2', '{{flagcountry|Velmar Republic}}'), (1, 'commander1', '{{plainlist|
* [[Aldo Veris]]
* Ilse Darn}}'), (1, 'commander2', 'Pero Lask {{KIA}}');

ALTER TABLE ONLY public.pages
    ADD CONSTRAINT pages_pkey PRIMARY KEY (id);

--
-- PostgreSQL database dump complete
--
"""

DUMPS = {"sqlite": SQLITE, "mysql": MYSQL, "postgres": POSTGRES}


@pytest.mark.parametrize("name", sorted(DUMPS))
def test_a_dump_is_recognised_over_every_other_reader(name):
    dump = DUMPS[name]
    assert sql_dump.score(dump) > 0.9
    assert all(module.score(dump) < sql_dump.score(dump) for module in READERS.values() if module is not sql_dump)


@pytest.mark.parametrize("other", sorted(OTHER_SHAPES))
def test_other_shapes_score_zero(other):
    assert sql_dump.score(OTHER_SHAPES[other]) == 0.0


def test_a_page_quoting_sql_in_its_prose_is_no_dump():
    page = ("To save the pages the scraper ran the following statements.\n\n"
            "    CREATE TABLE pages (title TEXT, extract TEXT);\n    INSERT INTO pages VALUES('Osk', 'x');\n")
    assert sql_dump.score(page) == 0.0


def test_the_sqlite_dump_gives_the_article_its_title_and_its_sections():
    doc = sql_dump.read(SQLITE)
    assert doc.shape == "sql-dump" and doc.title == "Battle of Osk Ford" and not doc.warnings
    assert [p.heading for p in doc.paragraphs][:4] == [None, "Background", "Battle", "Battle"]
    assert "far bank since the winter." in doc.text and "memorial to the dead of both armies." in doc.text
    # the redirect row names the page another way; the shorter page, categories and the log are not read
    assert ("redirect", "Osk crossing") in doc.meta
    assert "Dolny Brod is a village" not in doc.text and "1944 in Tarsenia" not in doc.text
    assert "replace(" not in doc.text and "char(10)" not in doc.text and "== " not in doc.text
    assert "Figures from Kand" not in doc.text  # the box's notes parameter


def test_the_sqlite_dump_gives_the_box_and_the_events():
    op = extract_operation(sql_dump.read(SQLITE))
    assert (op.name, op.start_date, op.end_date) == ("Battle of Osk Ford", "1944-05-02", "1944-05-04")
    assert op.result.startswith("Tarsenian victory") and op.part_of == ("Tarsen War",)
    assert "Osk crossing" in op.aliases and "Osk Ford" in op.places
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert [s.strength[0].count.low for s in op.sides] == [18000, 11500]
    assert op.sides[0].casualties[0].killed.low == 310 and op.sides[0].casualties[0].wounded.low == 900
    assert op.sides[1].casualties[0].captured.low == 2400
    assert op.civilian_casualties[0].killed.low == 40  # casualties3 under two sides
    events = {(e.date, e.type) for e in op.events}
    assert {("1944-05-02", "capture"), ("1944-05-03", "counterattack"), ("1944-05-04", "shelling")} <= events


def test_the_mysql_dump_unescapes_its_strings_and_reads_its_html_article():
    doc = sql_dump.read(MYSQL)
    assert doc.title == "Battle of Osk Ford" and not [w for w in doc.warnings if "not run" in w]
    assert "The Velmar commander's retreat began that evening; the \"Osk line\" was given up" in doc.text
    assert "<p>" not in doc.text and "\\n" not in doc.text and "[1]" not in doc.text
    assert "Karsk is the capital" not in doc.text  # the longer page has no box: the battle's page is the article
    assert [p.heading for p in doc.paragraphs] == [None, "Battle", "Battle"]


def test_the_mysql_dump_folds_the_side_column_into_the_parameters():
    op = extract_operation(sql_dump.read(MYSQL))
    assert (op.name, op.start_date, op.end_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "1944-05-04",
                                                               "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert op.sides[1].casualties[0].killed.low == 1200
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events


def test_the_pg_dump_reads_its_copy_rows_and_its_wikitext_with_the_box_put_back():
    doc = sql_dump.read(POSTGRES)
    assert doc.title == "Battle of Osk Ford"
    assert "at the ford of the Osk." in doc.text and "Kand" not in doc.text and "[[" not in doc.text
    op = extract_operation(doc)
    assert (op.start_date, op.end_date, op.result) == ("1944-05-02", "1944-05-04", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert op.sides[1].commanders[0].killed
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events


def test_a_wide_box_table_and_a_wrapped_plain_text():
    text = ("The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and\\nthe Velmar Republic at the "
            "ford of the Osk river.\\n\\nOn 2 May 1944 the Second Corps captured\\nthe village of Dolny Brod.")
    dump = ("BEGIN TRANSACTION;\n"
            "CREATE TABLE battles (id INTEGER PRIMARY KEY, name TEXT, summary TEXT, date TEXT, result TEXT, "
            "combatant1 TEXT, combatant2 TEXT, commander1 TEXT, commander2 TEXT);\n"
            f"INSERT INTO battles VALUES(1,'Battle of Osk Ford',replace('{text}','\\n',char(10)),'2 May 1944',"
            "'Tarsenian victory','Tarsenia','Velmar Republic','Aldo Veris','Pero Lask');\nCOMMIT;\n")
    doc = sql_dump.read(dump)
    assert "Tarsenia and the Velmar Republic" in doc.text and len(doc.paragraphs) == 2
    op = extract_operation(doc)
    assert (op.name, op.start_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]


def test_newer_dumps_unistr_and_a_statement_sqlite_refuses_is_skipped():
    dump = ("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE pages (title TEXT, body TEXT);\n"
            "INSERT INTO pages VALUES('Battle of Osk Ford',unistr('The Battle of Osk Ford was fought on 2 May 1944 "
            "between Tarsenia and the Velmar Republic.\\u000a\\u000aOn 2 May 1944 the Second Corps captured the "
            "village of Dolny Brod, and held it against every attack for a week.'));\n"
            "INSERT INTO pages VALUES('Broken' 'row');\nCOMMIT;\n")
    doc = sql_dump.read(dump)
    assert doc.title == "Battle of Osk Ford" and len(doc.paragraphs) == 2 and "\\u000a" not in doc.text
    assert any("1 statement(s)" in w for w in doc.warnings)


def test_attach_is_never_run_and_no_file_is_written(tmp_path):
    target = tmp_path / "stolen.db"
    dump = (f"BEGIN TRANSACTION;\nATTACH DATABASE '{target}' AS other;\n"
            "CREATE TABLE other.pages (title TEXT, extract TEXT);\n"
            f"VACUUM INTO '{tmp_path / 'copy.db'}';\n"
            "INSERT INTO other.pages VALUES('Battle of Osk Ford','On 2 May 1944 the Second Corps captured the "
            "village of Dolny Brod on the southern bank of the Osk, and the Velmar army fell back towards Karsk.');\n"
            "COMMIT;\n")
    doc = sql_dump.read(dump)
    assert not target.exists() and not (tmp_path / "copy.db").exists()
    assert "captured the village of Dolny Brod" in doc.text  # the rows still read, into the in-memory database


def test_a_runaway_statement_is_stopped():
    dump = ("BEGIN TRANSACTION;\nCREATE TABLE pages (title TEXT, extract TEXT);\n"
            "INSERT INTO pages WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
            "SELECT 'row ' || x, printf('%.500c', 'x') FROM n;\nCOMMIT;\n")
    start = time.perf_counter()
    doc = sql_dump.read(dump)
    assert time.perf_counter() - start < 20
    assert any("not read to its end" in w for w in doc.warnings)


@pytest.mark.parametrize("text", ["", "COMMIT;", "INSERT INTO", "CREATE TABLE t (", "INSERT INTO x VALUES('unclosed",
                                  "CREATE TABLE t (a);\nINSERT INTO t VALUES(NULL);", "\x00\x01;;;'\"`[",
                                  "COPY public.t (a) FROM stdin;\n1\t2\n", SQLITE[: len(SQLITE) // 2]])
def test_odd_dumps_never_raise(text):
    doc = sql_dump.read(text)
    assert doc.shape == "sql-dump"
