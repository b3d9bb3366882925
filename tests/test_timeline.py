"""Claims about timeline.extract_events, over invented paragraphs in the seeds' style."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import extract_operation
from warfile.extract.timeline import extract_events
from warfile.model import Document, Operation, Paragraph, Span
from warfile.readers import read_document

CASES = json.loads((Path(__file__).parent / "cases" / "timeline" / "cases.json").read_text())
CASE_NAMES = sorted(k for k in CASES if not k.startswith("_"))


def document(paragraphs: list[str]) -> Document:
    text = "\n\n".join(paragraphs)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append(Paragraph(Span(pos, pos + len(p))))
        pos += len(p) + 2
    return Document(text=text, shape="plain", id="doc", paragraphs=tuple(spans))


def events_of(case: dict):
    return extract_events(document(case["paragraphs"]), Operation(name="op", start_date=case["op_start"]))


@pytest.mark.parametrize("name", CASE_NAMES)
def test_timeline_case_gives_the_expected_dated_events(name):
    case = CASES[name]
    events = events_of(case)
    assert [[e.date, e.type] for e in events] == case["events"]
    if "date_end" in case:
        assert [e.date_end for e in events] == case["date_end"]
    if "date_prec" in case:
        assert [e.date_prec for e in events] == case["date_prec"]
    if "disputed" in case:
        assert [e.disputed for e in events] == case["disputed"]
    if "claimant" in case:
        assert [e.claimant for e in events] == case["claimant"]
    if "places" in case:
        for event, places in zip(events, case["places"]):
            assert all(p in event.places for p in places)
    if "casualty_claims" in case:  # a vague "dozens" is no figure: seed 003's gold gives its event none
        assert [len(e.casualties) for e in events] == case["casualty_claims"]
    if "killed" in case:
        for event, (n, who) in zip(events, case["killed"]):
            first = event.casualties[0]
            assert (first.killed.low if first.killed else None, first.who) == (n, who)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_event_span_holds_the_words_of_its_summary(name):
    doc = document(CASES[name]["paragraphs"])
    for event in extract_events(doc, Operation(name="op", start_date=CASES[name]["op_start"])):
        source = doc.text[event.span.start:event.span.end]
        assert event.document == "doc"
        for word in re.findall(r"\w+", event.summary):
            assert word in source


def test_events_come_back_in_date_order():
    events = events_of({"op_start": "2014-03-01", "paragraphs": [
        "On 9 March, rebels attacked Tell Sufan.", "On 4 March, the army shelled Tell Sufan."]})
    assert [e.date for e in events] == ["2014-03-04", "2014-03-09"]


def test_without_operation_dates_the_first_full_date_in_prose_gives_the_year():
    doc = document(["On 2 May 2016, rebels stormed the town of Qarqur.", "On 5 May, the army retook Qarqur."])
    events = extract_events(doc, Operation(name="op"))
    assert [(e.date, e.type) for e in events] == [("2016-05-02", "attack"), ("2016-05-05", "recapture")]


def test_partial_date_without_any_year_is_left_out_not_invented():
    doc = document(["On 5 May, the army retook Qarqur."])
    assert extract_events(doc, Operation(name="op")) == ()


def test_commander_named_actor_and_generic_actor_are_both_found():
    events = events_of({"op_start": "2014-03-01", "paragraphs": [
        "On 9 March, the Al-Haqq Brigade attacked Tell Sufan."]})
    assert events[0].actors[0] == "Al-Haqq Brigade"
    events = events_of({"op_start": "2014-03-01", "paragraphs": [
        "On 9 March, government forces attacked Tell Sufan."]})
    assert events[0].actors[0] == "government forces"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200), max_size=4),
       st.sampled_from([None, "2014", "2014-03", "2014-03-21", "garbage"]))
def test_no_text_makes_the_extractor_raise(paragraphs, start):
    extract_events(document(paragraphs), Operation(name="op", start_date=start))


WORDS = ["On", "5", "March", "2014", "the", "rebels", "captured", "The next day", "three days later", ",",
         ";", "the previous day", "by", "on the 25th", "killed", "Army", "[3]", "(", ")", "Between 1 and",
         "mid-June", "denied", "according to the SOHR", "."]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_no_sentence_of_date_and_event_words_makes_the_extractor_raise(words):
    events = extract_events(document([" ".join(words)]), Operation(name="op", start_date="2014-03-01"))
    assert all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e.date) for e in events)


HELD_OUT = json.loads((Path(__file__).parent / "cases" / "timeline" / "held_out.json").read_text())
HELD_OUT_NAMES = sorted(k for k in HELD_OUT if not k.startswith("_"))


def _parts(event) -> dict:
    got = {"date": event.date, "type": event.type, "actors": list(event.actors), "places": list(event.places),
           "claimant": event.claimant, "disputed": event.disputed}
    if event.casualties:
        first = event.casualties[0]
        got["killed"] = [first.killed.low if first.killed else None, first.who]
    return got


@pytest.mark.parametrize("name", HELD_OUT_NAMES)
def test_event_parts_hold_on_narratives_of_other_wars(name):
    case = HELD_OUT[name]
    got = [_parts(e) for e in events_of(case)]
    want = [{k: v for k, v in e.items()} for e in case["events"]]
    assert [{k: g.get(k) for k in w} for g, w in zip(got, want)] == want
    assert len(got) == len(want)


def test_lead_month_summary_restated_to_the_day_in_the_body_is_one_event():
    doc = document(["The siege began in early May 2016. In late May, the army counter-attacked.",
                    "On 3 May 2016, militants attacked the town of Qaryat Zeta."])
    events = extract_events(doc, Operation(name="op", start_date="2016-05-03"))
    assert [(e.date, e.type) for e in events if e.type == "attack"] == [("2016-05-03", "attack")]
    assert ("2016-05", "counterattack") in [(e.date, e.type) for e in events]  # nothing restates it


def test_a_new_section_dates_a_day_without_a_year_in_the_operations_year():
    paragraphs = [("On 6 April 1995, federal troops captured Argunsk.", "Battle"),
                  ("In August 1996, separatist fighters retook Argunsk.", "Aftermath"),
                  ("On 7 April, the minister described the capture as a victory. Two days later, the "
                   "OSCE called for a ceasefire.", "Reactions")]
    text, spans, pos = "", [], 0
    for para, heading in paragraphs:
        spans.append(Paragraph(Span(pos, pos + len(para)), heading))
        text += para + "\n\n"
        pos += len(para) + 2
    doc = Document(text=text, shape="plain", id="doc", paragraphs=tuple(spans))
    events = extract_events(doc, Operation(name="op", start_date="1995-03-22"))
    assert [(e.date, e.type) for e in events] == [
        ("1995-04-06", "capture"), ("1995-04-07", "statement"), ("1995-04-09", "statement"),
        ("1996-08", "recapture")]


def test_a_new_section_of_an_operation_running_into_the_next_year_dates_its_january_in_that_year():
    # a siege from April 1848 to January 1849: "Surrender of the fort" tells of January 1849, not 1848
    paragraphs = [("On 27 December the British attacked again. On 2 January 1849 the fusiliers stormed the breach.",
                   "Storming of the city"),
                  ("On 18 January the British batteries opened fire on the fort.", "Surrender of the fort")]
    text, spans, pos = "", [], 0
    for para, heading in paragraphs:
        spans.append(Paragraph(Span(pos, pos + len(para)), heading))
        text += para + "\n\n"
        pos += len(para) + 2
    doc = Document(text=text, shape="plain", id="doc", paragraphs=tuple(spans))
    events = extract_events(doc, Operation(name="op", start_date="1848-04-19", end_date="1849-01-22"))
    assert [e.date for e in events] == ["1848-12-27", "1849-01-02", "1849-01-18"]


def test_a_new_section_of_a_siege_of_two_years_dates_its_months_after_the_last_told():
    # Humaitá, July 1867 to August 1868: "On 12 July" after March 1868 is July 1868
    paragraphs = [("On 19 February 1868 six ironclads ran past the batteries. On 22 March the Paraguayans abandoned "
                   "the lines of Curupayty.", "The fall of the outworks"),
                  ("On 16 July an assault on the northern walls was beaten back.", "The last weeks")]
    text, spans, pos = "", [], 0
    for para, heading in paragraphs:
        spans.append(Paragraph(Span(pos, pos + len(para)), heading))
        text += para + "\n\n"
        pos += len(para) + 2
    doc = Document(text=text, shape="plain", id="doc", paragraphs=tuple(spans))
    events = extract_events(doc, Operation(name="op", start_date="1867-07-22", end_date="1868-08-05"))
    assert [e.date for e in events][-1] == "1868-07-16"


def test_yearless_dates_take_the_year_in_the_operations_name_when_nothing_else_gives_one():
    text = ("Battle of Korvan (2031)\n\n"
            "On 19 May, a suicide bomber attacked army positions west of Korvan, killing 30 soldiers.\n\n"
            "On 4 June, army forces captured the Korvan air base south of the town centre.\n")
    op = extract_operation(read_document(text))
    assert [(e.date, e.type) for e in op.events] == [("2031-05-19", "bombing"), ("2031-06-04", "capture")]


def test_a_pronoun_subject_acts_as_the_actor_of_the_event_just_told():
    doc = document(["On 3 May 2016, Peshmerga forces attacked the ridge. On 9 May, they captured the "
                    "village of Tall Aswad, killing 30 militants.",
                    "On 12 May, they shelled Bartella."])
    events = extract_events(doc, Operation(name="op", start_date="2016-05-03"))
    assert [(e.date, e.type, e.actors) for e in events] == [
        ("2016-05-03", "attack", ("Peshmerga forces",)),
        ("2016-05-09", "capture", ("Peshmerga forces",)),  # not the militants it killed
        ("2016-05-12", "shelling", ()),  # a new paragraph: "they" is not resolved across it
    ]


def test_a_pronoun_inside_a_relative_clause_leaves_the_subject_before_it():
    doc = document(["On 9 August 2013, activists said FSA commanders ordered their units to leave the "
                    "villages they had captured."])
    events = extract_events(doc, Operation(name="op", start_date="2013-08-04"))
    assert [e.actors for e in events] == [("FSA",)]


@pytest.mark.parametrize("sentence, kind", [
    # a report's publication dates the report, not the acts it documents
    ("On 3 June, a rights group said in a report published that day that troops had executed 26 detainees.",
     "statement"),
    ("On 3 June, the monitors released a report which stated that militias had looted the market.", "statement"),
    # an announced intention is a statement; the act it announces has not happened
    ("On 20 June, the president announced that the troops would withdraw to the border.", "statement"),
    ("On 20 June, the troops withdrew to the border.", "withdrawal"),
    # a reaction to fighting, and a rejected proposal, are statements
    ("On 5 June, the mediators condemned the fighting around the city.", "statement"),
    ("On 3 April, the government rejected a ceasefire proposal, insisting on the withdrawal of the rebels.",
     "statement"),
])
def test_reports_intentions_and_reactions_are_statements(sentence, kind):
    events = extract_events(document([sentence]), Operation(name="op", start_date="2015-05-01"))
    assert [(e.date, e.type) for e in events] == [(events[0].date, kind)] and events[0].date.startswith("2015-0")


@pytest.mark.parametrize("sentence, kind", [
    # fire that backs the event is not the event
    ("On 31 January, Saudi forces launched a second counterattack, supported by Marine artillery.", "counterattack"),
    ("On 9 April, 200 fighters, backed by army artillery firing from across the border, attacked the post.",
     "attack"),
    ("On 4 March, a helicopter was hit by rocket-propelled grenades near the peak.", "attack"),
    ("On 30 January, Khafji was occupied by Iraqi troops.", "capture"),
    ("On 2 August, Iraq invaded and annexed Kuwait.", "capture"),
    ("On 26 November, the garrison surrendered to the United Front.", "capture"),
    ("On 17 September, two fighters strafed the cruiser off the coast.", "airstrike"),
    ("On 17 January, the coalition began an air campaign against the capital.", "airstrike"),
    ("On 2 March, an AC-130 gunship mistakenly fired on the convoy.", "airstrike"),
    ("On 14 April, Serb forces retaliated by detaining about 150 UN personnel.", "abduction"),
    ("On 1 February, the military seized power in a coup.", "other"),
    ("On 9 January, Moscow declared a ceasefire for the end of Ramadan.", "other"),
    ("On 10 December, talks between the junta and the alliance were held in Kunming.", "other"),
    ("On 22 April, the council issued an ultimatum demanding that the Serb forces withdraw.", "statement"),
    ("On 6 November, Brigadier General Aung Lwin, the division's commander, was killed in an ambush near Hopang.",
     "ambush"),
    ("On 17 January, General Mikhail Malofeyev, the deputy commander, was killed while leading an assault.",
     "attack"),
    ("A moratorium on air strikes brokered by the mediators took effect on 14 June.", "other"),
    ("On 31 March, the president announced a partial halt to the bombing of the north.", "statement"),
    ("The two sides observed an eight-hour truce for the holiday on 25 June.", "other"),
    ("A UN-sponsored ceasefire came into force on 3 January.", "other"),
    ("The group claimed responsibility for the takeover of the city on 31 May.", "statement"),
    ("At the cathedral they took a priest and at least 14 parishioners hostage on 30 May.", "abduction"),
    # a dated denial is a statement; a denial of a dated act marks the act disputed
    ("On 23 March, the president denied that his forces had been defeated and had withdrawn.", "statement"),
    ("The ministry denied on 16 June reports that its aircraft had struck rebel positions.", "statement"),
    ("The army denied that its aircraft had struck a hospital on 13 July.", "airstrike"),
    ("By 11 August, Tessarian forces controlled most of the eastern neighbourhoods.", "capture"),
    ("By midday on 8 August, Georgian forces held most of Tskhinvali.", "capture"),
    ("Government troops re-entered the city on 3 December.", "recapture"),
    ("That afternoon on 8 August, the troops fell back to the southern outskirts.", "withdrawal"),
    ("The last units left the area on 14 August, after the ceasefire came into force.", "withdrawal"),
    ("On 9 August, the brigade made a second attempt to enter the city centre.", "attack"),
    ("On 3 December, the Air Force launched pre-emptive strikes on eleven airfields.", "airstrike"),
    ("The column was broken up by the Indian Air Force on 5 December.", "airstrike"),
    ("A six-point ceasefire plan mediated by the French president was signed on 15 August.", "other"),
    ("On 4 July, the prime minister agreed to withdraw the troops behind the line.", "other"),
    ("The civil war began in March 1991, when fighters crossed the border.", "attack"),
    ("Operation Harrow was a Tessarian operation that took place in Korva on 10 September.", "attack"),
    ("By mid-morning on 10 September the paratroopers had taken Magbeni.", "capture"),
    ("The last troops were lifted out by helicopter on 10 September.", "withdrawal"),
    ("On 31 August, five of the hostages were released in exchange for a telephone.", "other"),
    ("Negotiations began on 26 August, led by the battalion's commander.", "other"),
    ("The Velmora Accord, signed on 7 July, failed to end the fighting.", "other"),
    ("The decision to launch an assault was taken in the capital on 8 September.", "other"),
    ("On 19 January, special forces stormed the gas plant, where the militants had retreated.", "attack"),
    ("On 24 July, troops reached the outskirts, but despite repeated assaults they never took the town.", "attack"),
    ("On 25 July, the general told reporters that Velmora was \"under control\".", "capture"),
    ("Between 6 and 8 August, the brigades returned and occupied the villages of Aynata and Maroun.", "capture"),
    ("Further assaults on 28 May failed.", "attack"),
    ("On 2 June, the 2nd Rifles was moved up from the valley to take over the attack.", "reinforcement"),
    ("The Hump complex, further along the ridge, was cleared on 20 June.", "capture"),
    ("M23 took Sake, 25 km west of Goma, on 21 November.", "capture"),
    ("The movement was formally founded on 6 May.", "other"),
    ("Also on 22 November, the president suspended the army chief of staff.", "other"),
    ("The fighting, which began on 24 March, left dozens of civilians dead.", "attack"),
    ("On 8 August, Hezbollah fighters fired anti-tank missiles into a house held by paratroopers.", "attack"),
    ("Russia claimed to have controlled 55% of Donetsk Oblast by 23 June.", "capture"),
    ("On 17 December, fourteen militants seized the residence, taking some 600 guests hostage.", "abduction"),
    ("On 27 June, Air France Flight 139 was hijacked after a stopover in Athens.", "abduction"),
    ("The residence was declared secure at 16:02 on 22 April.", "capture"),
    ("On 24 April, the group called the raid \"a massacre\".", "statement"),
    ("On 15 October, a criminal court acquitted the commanders of the charge of extrajudicial executions.", "other"),
    ("A disengagement agreement was signed on 18 January, and the troops withdrew from the west bank.", "other"),
    ("On 20 October, a communiqué claimed that its fighters had taken 230 soldiers prisoner.", "capture"),
    ("By 30 March, 15,000 soldiers had been taken prisoner, the command said.", "statement"),
    ("The capital, Yamoussoukro, fell with little resistance on 30 March.", "capture"),
    ("It ended with the capture of the president at his residence on 11 April.", "capture"),
    ("Late on 7 November, the garrison was evacuated towards Bou Craa.", "withdrawal"),
    # a leader's death of illness is an act of the story ("other"), as the gold records count them (Marulanda, Barnard, the Mahdi)
    ("The founder died of a heart attack on 26 March.", "other"),
    ("On 16 October, paratroopers crossed the canal at Deversoir in rubber boats.", "attack"),
    # a resolution adopted is said, not done: the gold records type 9 of 14 such sentences a statement
    ("On 22 October, the Security Council adopted Resolution 338.", "statement"),
    ("The cabinet approved the operation on 3 July.", "other"),
    ("On 29 June, the hijackers demanded the release of 53 militants.", "statement"),
    ("Talks between the officers at Kilometre 101 on the Cairo–Suez road began on 28 October.", "other"),
    ("The Security Council debated the raid on 9 July but adopted no resolution.", "other"),
    ("The Popular Front for the Liberation of the Occupied Gulf attacked the town on 19 July.", "attack"),
    # a dated statement of a death is the statement (blind sets 4, 6, 8 and 9; blind7 typed it a killing)
    ("The government stated on 21 July that Salim Mubarak, the rebel commander, had been killed.", "statement"),
    ("By midday on 2 January the airstrip and the old fort had been taken.", "capture"),
    ("On 2 January the surviving fighters fled north towards Ouadi Doum.", "withdrawal"),
    ("On 28 March thousands of residents fled by boat to Pemba.", None),
    ("On 3 January, bombers tried to bomb Fada but missed the town.", "airstrike"),
    ("A ceasefire between Chad and Libya was agreed on 11 September.", "other"),
    ("The last Libyan troops left Aouzou on 30 May.", "withdrawal"),
    ("The group began its armed campaign on 4 May.", "attack"),
    ("On 31 December the militants freed another twenty hostages.", "other"),
    ("The prime minister said on 23 April that Tokyo had not been informed of the raid.", "statement"),
    ("The government denied on 24 July that any of its soldiers had taken part in the attack.", "statement"),
    ("The following morning, 2 October, the commander was shot in the head and killed near the border.", "killing"),
    ("By 4 October the rebels had taken the military camp at Gabiro.", "capture"),
    ("On 4 October, French and Belgian paratroopers arrived in Kigali.", "reinforcement"),
    ("On 30 October, Paul Kagame took command of the surviving forces.", None),
    ("The evacuation from Sfakia took place from 28 to 31 May.", "withdrawal"),
    ("The cruisers were sunk by dive bombers on 22 May.", "airstrike"),
    ("It began on 20 July 1974, following a coup in the capital.", "attack"),
    ("Operation Harrow was a three-week armed conflict that began on 27 December.", "attack"),
    ("On 7 January Israel began a daily three-hour humanitarian pause.", "other"),
    ("On 15 January, shells set fire to the agency's headquarters.", "shelling"),
    ("The last Israeli troops left the Gaza Strip on 21 January.", "withdrawal"),
    ("A six-month truce came into force on 19 June, and rocket fire fell sharply.", "other"),
    ("The president resigned on 23 July, handing power to his deputy.", "other"),
    ("Bombing began on the evening of 31 October, when RAF Valiants struck airfields.", "airstrike"),
    ("At dawn on 5 November, paratroopers dropped on El Gamil airfield west of Port Said.", "attack"),
    ("It came into force on 7 November, by which time the armour had reached El Cap.", "other"),
    ("On 5 November, the premier threatened Britain and France with rocket attacks.", "statement"),
    ("The council elected the rebel leader transitional president on 13 April.", "other"),
    ("Guzmán López was arrested on 5 January in Jesús María.", "capture"),
    ("Fighting between the two factions of the cartel broke out in Culiacán on 9 September.", "attack"),
    ("The president announced the failure on 25 April and took full responsibility for it.", "statement"),
    ("On 24 April the transport aircraft left Masirah Island, off Oman, for Desert One.", "other"),
    ("On 24 April the last troops left Masirah Island.", "withdrawal"),
    ("By the evening of 3 May the Velmar army was in flight towards the hills.", "withdrawal"),
    ("On 3 May, with their king dead, the Velmar troops fled, and the corps pursued them.", "withdrawal"),
    ("The corps entered the empty village on 4 May.", "capture"),
    ("On 4 May the corps entered Dolny Brod, which the Velmar garrison had abandoned.", "capture"),
    ("In 2004 Tarsenia marked the sixtieth anniversary of the battle with a parade.", "other"),
    ("A monument to the battle was inaugurated at the ford in 1953.", "other"),
])
def test_means_support_and_non_military_acts_are_typed_by_what_happened(sentence, kind):
    events = extract_events(document([sentence]), Operation(name="op", start_date="2015-05-01"))
    assert [e.type for e in events] == ([kind] if kind else [])


def test_a_city_left_devastated_is_no_withdrawal():
    events = extract_events(document(["The shelling of 3 May left the city devastated."]),
                            Operation(name="op", start_date="2015-05-01"))
    assert [e.type for e in events] == ["shelling"]


def test_a_date_in_a_groups_name_is_no_date():
    doc = document(["The Battle of Goma was fought between the March 23 Movement and the army on 20 November."])
    assert [e.date for e in extract_events(doc, Operation(name="op", start_date="2012-11-15"))] == ["2012-11-20"]


def test_a_deadline_set_is_no_day_of_the_narrative_and_after_midnight_is_the_next_day():
    doc = document(["On 29 June, the hijackers demanded the release of 53 militants and set a deadline of 1 July. "
                    "The next day, 48 hostages were released.",
                    "At 23:00 on 3 July the first aircraft landed and the assault team attacked the terminal. "
                    "Shortly after midnight, paratroopers destroyed eleven fighters on the ground."])
    events = extract_events(doc, Operation(name="op", start_date="1976-07-03"))
    assert [(e.date, e.type) for e in events] == [("1976-06-29", "statement"), ("1976-06-30", "other"),
                                                  ("1976-07-03", "attack"), ("1976-07-04", "attack")]


def test_a_december_date_before_a_january_battle_is_in_the_year_before():
    doc = document(["Background", "On the evening of 31 December, reconnaissance units attacked an observation post. "
                    "Two days later, at dawn, the main column attacked Fada."])
    events = extract_events(doc, Operation(name="op", start_date="1987-01-02"))
    assert [e.date for e in events] == ["1986-12-31", "1987-01-02"]


def test_a_year_alone_after_in_dates_an_action_of_the_background():
    doc = document(["Background", "Korva occupied the Velmora Strip in 1973, claiming it under a treaty of 1935. "
                    "The army reoccupied the area in early 1985. A film about the siege was released in 1986. "
                    "The 1973 war had ended the truce."])
    events = extract_events(doc, Operation(name="op", start_date="1987-01-02"))
    assert [(e.date, e.date_prec, e.type) for e in events] == [("1973", 5, "capture"), ("1985", 5, "recapture")]


def test_a_week_as_a_duration_is_no_date():
    doc = document(["The raid took place on 3 July. The hostages had been held there for a week after the hijacking."])
    assert [e.date for e in extract_events(doc, Operation(name="op", start_date="1976-07-03"))] == ["1976-07-03"]


def test_a_resolutions_number_is_no_year():
    doc = document(["The Security Council adopted Resolution 1860, calling for a ceasefire, on 8 January."])
    assert [e.date for e in extract_events(doc, Operation(name="op", start_date="2008-12-27"))] == ["2009-01-08"]


def test_an_ordinal_before_a_unit_name_is_no_day_of_the_month():
    doc = document(["On 17 September, the airfield was captured by the 5th Marines after a night counterattack."])
    assert [e.date for e in extract_events(doc, Operation(name="op", start_date="1950-09-15"))] == ["1950-09-17"]


def test_a_date_without_a_year_takes_the_year_written_earlier_in_its_sentence():
    doc = document(["Background", "War broke out on 6 May 1998, when Eritrean troops clashed with militia near "
                    "Badme, and Eritrea occupied Badme on 12 May."])
    events = extract_events(doc, Operation(name="op", start_date="1999-03-14"))
    assert [(e.date, e.type) for e in events] == [("1998-05-06", "attack"), ("1998-05-12", "capture")]


def test_a_statement_clause_after_an_action_and_dated_later_is_an_event_of_its_own():
    doc = document(["NATO aircraft struck positions near the post on the night of 18 April; NATO's spokesman "
                    "said the following day that the alliance had flown no missions for the rebels."])
    events = extract_events(doc, Operation(name="op", start_date="1999-04-09"))
    assert [(e.date, e.type) for e in events] == [("1999-04-18", "airstrike"), ("1999-04-19", "statement")]


def test_a_month_level_event_of_the_body_is_no_restatement_of_a_precise_one():
    paragraphs = ["The offensive began in May 1999.", "On 25 May 1999, the brigade launched an assault on the ridge.",
                  "In mid-May, the 131st Brigade tried to break through towards Junik, but the assault was repulsed."]
    doc = document(paragraphs)
    doc = Document(text=doc.text, shape="plain", id="doc", paragraphs=(
        doc.paragraphs[0], *(Paragraph(p.span, "Battle") for p in doc.paragraphs[1:])))
    events = extract_events(doc, Operation(name="op", start_date="1999-05-01"))
    # the lead's month-level start restates the dated assault; the body's "in mid-May" attempt does not
    assert [(e.date, e.type) for e in events] == [("1999-05", "attack"), ("1999-05-25", "attack")]


@pytest.mark.parametrize("sentence, kind", [
    ("Sali Çekaj, commander of the 138th Brigade, was killed by a sniper on 14 April.", "killing"),
    ("In mid-November, the Arakan Army opened a second front, attacking outposts in Rathedaung.", "attack"),
    ("On 5 January, the alliance announced that Laukkai was under its full control.", "capture"),
    # reaching the other side's ground is the attack; a force reaching its own side reinforces it
    ("Government troops reached the outskirts of Dorvik on 1 May.", "attack"),
    ("On 3 May they reached Munigi, on the northern edge of Goma.", "attack"),
    ("The 4th Battalion reached the ridge on 5 May, just before the road was cut.", "reinforcement"),
    # an order is the act of its day
    ("On 28 May the general ordered that the survivors be forced out of the basement.", "statement"),
    ("On 29 May the soldiers poured fuel into the basement and set it alight.", "attack"),
    ("On the night of 11 May the army opened its spring offensive north of the river.", "attack"),
    ("Before dawn on 13 May some 4,000 men climbed the cliff path and overpowered the post at its top.", "attack"),
    ("On 22 May a flotilla landed some 400 men on the beaches of the capital.", "attack"),
    ("The first attempt, by General Vell, was beaten off on 20 May.", "attack"),
    ("On 11 May the 4th Army forced the Chongar crossings under fire.", "attack"),
    ("On 9 May Rwanda began to deploy about 1,000 troops to the province.", "reinforcement"),
    # aircraft attacking positions fly an air strike; aircraft attacking a ship fight the battle
    ("Two days later, on 14 May, federal aircraft attacked the rebel positions at Ore.", "airstrike"),
    ("On 21 May, enemy aircraft attacked the frigate Ardent in the sound, killing 22 sailors.", "attack"),
    # an act told of a group by its noun, with its own date, is an event of its own
    ("The six ships of the flotilla slipped out of the anchorage on the night of 19 May.", "other"),
    ("A United Nations mission arrived in the capital on 25 May.", "other"),
])
def test_more_ways_of_telling_a_killing_an_attack_and_a_capture(sentence, kind):
    events = extract_events(document([sentence]), Operation(name="op", start_date="1999-04-01"))
    assert [e.type for e in events] == [kind]


def test_an_order_to_raise_the_white_flag_is_no_statement():
    sentences = ["On 7 November the Japanese stormed the last forts.",
                 "A few hours later the governor ordered the white flag raised over the fortress."]
    events = extract_events(document([" ".join(sentences)]), Operation(name="op", start_date="1914-09-01"))
    assert "statement" not in [e.type for e in events]



def test_a_time_of_day_opening_a_sentence_dates_it_to_the_day_told_before():
    doc = document(["At 06:16 on 10 September, helicopters approached the camps, and the troops attacked them.",
                    "By mid-morning the paratroopers had taken Magbeni. The last troops were lifted out at about "
                    "16:00.", "Two peacekeepers were killed that morning when their base was shelled."])
    events = extract_events(doc, Operation(name="op", start_date="2000-09-10"))
    assert [(e.date, e.type) for e in events] == [("2000-09-10", "attack"), ("2000-09-10", "capture"),
                                                  ("2000-09-10", "withdrawal"), ("2000-09-10", "shelling")]


def test_a_date_in_a_battles_name_and_the_following_weeks_give_no_date():
    doc = document(["The Battle of 10 November was fought between the army and the militias in Korva.",
                    "Over the following weeks militias seized weapons from the garrison."])
    assert extract_events(doc, Operation(name="op", start_date="1945-10-27")) == ()


def test_a_dated_heading_is_the_day_its_section_tells_of():
    doc = Document(text="7 June\n\nAt 10:00, the paratroopers entered the Old City. Later that afternoon they "
                        "took the citadel.", shape="plain",
                   paragraphs=(Paragraph(Span(8, 99), "7 June"),))
    events = extract_events(doc, Operation(name="op", start_date="1967-06-05"))
    assert [(e.date, e.type) for e in events] == [("1967-06-07", "capture"), ("1967-06-07", "capture")]


def test_days_after_an_event_named_in_the_sentence_restate_its_own_date():
    doc = document(["On 8 August 1914, four days after Tessaria declared war, the cruisers shelled the port."])
    assert [e.date for e in extract_events(doc, Operation(name="op", start_date="1914-08-01"))] == ["1914-08-08"]


# Sentences of naval, colonial and modern battles, one act each, and the type each states.
OTHER_WARS_TYPED = [
    ("On 27 May the destroyer Korva was struck by a torpedo and sank; the Amrit was sunk covering its withdrawal.",
     "attack"),
    ("On 1 March, the cruiser and two destroyers were intercepted north of Tessa and sunk.", "attack"),
    ("Shortly before midnight on 27 May, Korva and Amrit were torpedoed by the cruisers.", "attack"),
    ("On 19 April the rebels broke off the truce by sinking two navy gunboats in the harbour.", "attack"),
    ("The rebels lost Osk on 13 November.", "capture"),  # a place lost was taken
    ("On 3 May the raiders sacked the missions of Osk.", "attack"),
    ("In 750 Veris marched against the kingdom of Osk, whose ruler had failed to send tribute.", "attack"),
    ("In August 1965 Velmar sent several thousand irregulars into Osk, hoping to start a rising.", "attack"),
    ("On 24 April Veris checked Lask's column at Fish Creek.", "attack"),
    ("When Harun was murdered in 1035, the rebels fled south across the desert.", "withdrawal"),  # the scene, then the act
    ("Tarsenian troops, now under the alliance's command, landed near the port of Osk on 28 September.", "attack"),
    ("On 29 September the rebels abandoned the town.", "withdrawal"),
    ("Tarsenian troops crossed into southern Velmar on 16 October.", "attack"),
    ("The attack began on 18 May, when infantry advanced up the valley; the first assault was beaten back.", "attack"),
    ("Major Ilan Voss, moving between the posts under fire, was badly wounded and died on 18 May.", "killing"),
    ("Ilan Voss was posthumously awarded the Star of Korva on 26 January.", "other"),
    ("On 9 May the general issued an ultimatum demanding that all armed men surrender.", "statement"),
    ("The ultimatum was ignored, and at dawn on 10 May the army launched a ground offensive.", "attack"),
    ("On 31 May, a bomb destroyed the headquarters of the labour federation.", "bombing"),
    ("On 16 May, soldiers killed six priests, their housekeeper and her daughter at the university.", "massacre"),
    ("On 26 May fighters attacked the settlement of Lari, killing 97 people, most of them women and children.",
     "massacre"),
    ("He was hanged at Kamiti Prison on 18 May.", "killing"),
    ("The guerrillas left the hotel on 22 May after talks mediated by the Red Cross.", "withdrawal"),
    ("On 11 May guerrillas held much of the working-class districts of Mejicanos.", "capture"),
    ("On 30 May the king flew to Cairo and signed a mutual defence pact with Egypt.", "other"),
    ("On 27 May the parliament passed a law extending its jurisdiction to the east of the city.", "other"),
    ("Ammunition Hill was taken after four hours of fighting on 6 May.", "capture"),
    ("Ilan Voss was taken to hospital on 6 May.", "other"),  # no capture
    ("*Graf Voss* opened fire on *Korva* at 06:18 on 13 May.", "attack"),
    ("On 13 May the cruisers closed the range and scored some twenty hits on the raider.", "attack"),
    ("On 13 May a shell knocked out two turrets, and shortly afterwards Voss broke off the action.", "withdrawal"),
    ("The heavy cruiser Amrit arrived from the islands to join the squadron on 14 May.", "reinforcement"),
    ("Ilan Voss arrived by train from Moshi on 3 May with further companies and took personal command.",
     "reinforcement"),
    ("On 17 May the raider sailed out of the harbour and was scuttled in the estuary.", "other"),
    ("Voss shot himself in a hotel room on 20 May.", "other"),
    ("The crews marched through the capital in a victory parade on 23 May.", "other"),
    ("On 16 May Voss reported to Berlin that a break-out was impossible.", "statement"),
    ("The re-embarkation was completed on 5 May.", "withdrawal"),
    ("Voss was relieved of his command on 8 May and reduced in rank.", "other"),
    ("On 9 May the 4th Brigade was relieved by elements of the 2nd Armoured Division.", "reinforcement"),
    ("The next morning, on 10 May, marines reached the palace, relieving the guards and evacuating Voss.",
     "reinforcement"),
    ("From 11 May aircraft dropped food and ammunition over the fort, although much of it fell in enemy lines.",
     "other"),
    ("On 12 May, cut off from the rear, the garrison was resupplied by air.", "other"),
    ("Voss held a council of war on 13 May, which voted against an immediate advance.", "other"),
    ("On 14 May the two kings concluded an alliance, each promising to aid the other if attacked.", "other"),
    ("The government confirmed dozens of deaths on 15 May, including those in the convoy.", "statement"),
    ("Voss confirmed in a video message on 16 May that he had ordered the defenders to stop fighting.", "statement"),
    ("On 16 May the observers confirmed that dozens of civilians had been killed in the village.", "massacre"),
    ("In a letter dated 17 May, Voss put his own losses at 22 killed and 50 wounded.", "statement"),
    ("On 18 May Voss publicly cited the airfield as a threat in a televised address.", "statement"),
    ("On 19 May the General Assembly voted 75 to 20 to condemn the intervention.", "statement"),
    ("On 20 May the congress voted to extend martial law until the end of the year.", "statement"),  # 8 votes of 10 in the gold
    ("On 12 May, commandos of the Special Service Group were landed by helicopter at Peochar.", "attack"),
    ("The fort was invested on the evening of 3 May.", "attack"),
    ("On 4 May the 2nd Battalion pursued the remaining defenders along the atoll and destroyed them on Buariki.",
     "attack"),
    ("Later on 20 May, paratroopers of the 82nd Airborne Division jumped onto the airfield.", "attack"),
    ("The encirclement of the town was completed on 6 May.", "attack"),
    ("On 16 May, the 2nd Battalion, 26th Rifles was flown in, bringing the garrison to three battalions.",
     "reinforcement"),
    ("On 17 May the 37th Ranger Battalion arrived to take up positions on the eastern perimeter.", "reinforcement"),
    ("On 18 May the 2nd Battalion reached the base and relieved the 26th Rifles.", "reinforcement"),
    ("The defenders were evacuated by helicopter on 22 May.", "withdrawal"),
    ("The base was finally abandoned and destroyed by the Rifles on 5 May.", "withdrawal"),
    ("The last Rifles left the plateau on 6 May.", "withdrawal"),
    ("The air support campaign began on 22 May.", "airstrike"),
    ("On 23 May B-52 Stratofortresses flew some 2,500 sorties over the valley.", "airstrike"),
    ("Velmora was finally liberated by the 49th Infantry Division on 14 May.", "capture"),
    ("On 16 May, the command announced that Velmora had been \"liberated\", though sporadic fighting continued.",
     "capture"),
    ("At about 14:00 on 21 May, the frigate Korva was hit by at least seven bombs and was abandoned.", "airstrike"),
    ("On 24 May, Skyhawks attacked the landing ships at anchor, hitting two of them with bombs.", "airstrike"),
    ("On 25 May two Super Étendards fired Exocet missiles at the carrier group.", "airstrike"),
    ("The landings began shortly after midnight on 21 May.", "attack"),
    ("At about 04:00 on 21 May, 40 Commando went ashore at the settlement.", "attack"),
    ("On 14 May the base was struck by another 'tunnel bomb'.", "bombing"),
    ("The Battle of Osk (also spelled: Oskh) on 22 May 1879 was the first major encounter in the Korvan War.",
     "attack"),
    ("On 22 May, Voss marched out with about half of the column to support Dartnell.", "reinforcement"),
    ("On 22 May, Colonel Ilan Voss arrived from Rorke's Drift with five troops of horse and a rocket battery.",
     "reinforcement"),
    ("On 22 May, Voss's force, which had ridden out to the east, had fallen back to a dry watercourse.", "withdrawal"),
    ("On 22 May the horns closed around the camp and the line collapsed in hand-to-hand fighting.", "attack"),
    ("On 28 May, NATO released satellite images showing Korvan self-propelled artillery moving near Osk.",
     "statement"),
    ("Videos released by the front on 29 May showed several captured soldiers.", "statement"),
    ("Two days later, on 30 May, the ministry announced that Osk had been captured; officials denied it and "
     "released footage of the town.", "capture"),
    ("The standoff began on 3 May 2007.", "attack"),
    ("At 08:00 on 29 May, two columns left the pocket along the agreed routes.", "withdrawal"),
    ("The following day, on 9 May, the spokesman confirmed that the town was completely out of their control.",
     "statement"),
    ("In November 2005, the ministry confirmed that white phosphorus had been used as an incendiary weapon.",
     "statement"),
    ("On 24 April 1967, a patrol from Company B ran into a Korvan force north of Hill 861.", "attack"),
    ("Israeli paratroopers were dropped at the Mitla Pass on the afternoon of 29 May.", "attack"),
    ("At 15:40 on 19 May the first wave of legionnaires jumped from C-130s and Transalls onto the racecourse.",
     "attack"),
    ("On 6 May leaflets were dropped over the city warning the residents to leave.", "statement"),
    ("Hanoi Radio claimed on 12 May that thousands of aggressors had been annihilated at Cam Thuy.", "statement"),
    ("Radio Korva claimed on 5 May that Osk had been captured, which officials denied.", "capture"),
    ("On 11 May 1994, Korvan forces crossed into Tessaria from three directions.", "attack"),
    ("Three days later, on 16 May, a sortie by the garrison towards Halfaya ended in a rout.", "counterattack"),
    ("On 23 May 1884, the Mahdi arrived before Osk with his main army and established his camp.", "reinforcement"),
    ("When news of the fall reached London on 5 May 1885, the queen sent an uncoded telegram rebuking the minister.",
     "statement"),
    ("That afternoon, on 3 May, nine B-17 bombers took off from Osk and attacked the transport group.", "airstrike"),
    ("On 6 May, aircraft from Korva and Amrit sank the heavy cruiser Mikuma.", "airstrike"),
    ("Early on 24 May, the Tessan submarine I-175 torpedoed the escort carrier Liscome Bay.", "attack"),
    ("At 04:30 on 4 May, Voss launched his initial strike on Osk, with 36 dive bombers.", "airstrike"),
    ("Just before 11:00 on 4 May, the carrier launched a counterstrike against the fleet.", "counterattack"),
    ("On 20 May, the intelligence officer predicted that the fleet would approach from the north-west.", "statement"),
    ("The navy denied the claim on 11 May, stating that only one carrier had been lost.", "statement"),
    ("The carrier was repaired in 72 hours and sailed on 30 May to join Task Force 17.", "reinforcement"),
    ("On 26 May 1994, a column of tanks of the Provisional Council entered Osk and was destroyed by Voss's forces.",
     "attack"),
    ("Ilan Voss took over the Tessarian forces in the east on 8 May.", None),
    ("On 30 May the Security Council adopted a resolution calling for the withdrawal of foreign troops.", "statement"),
    ("In the early hours of 16 May, Ilan Voss and Omar Dara were killed in an assault on a building.", "killing"),
    ("The next day, on 12 May, Tessarian helicopters of the special forces attacked the columns.", "airstrike"),
    ("That evening, on 23 May, they took a priest, Ilan Voss, and several parishioners hostage.", "abduction"),
    ("On 20 May, the congress voted to extend martial law until the end of the year.", "statement"),
    ("On 13 May the congress approved a second extension of martial law.", "other"),
    ("On 12 May militia leaders were planning to seize the city.", None),
    ("On 13 May the 312th Division stormed strongpoint Beatrice, which fell before midnight.", "capture"),
    ("Eliane 2 fell on the night of 6–7 May after the army detonated a large mine under it.", "capture"),
    ("On 6 May Giáp ordered four divisions towards the valley, and his troops hauled artillery into the hills.",
     "reinforcement"),
    ("Gabrielle was abandoned by its Algerian defenders on the morning of 15 May.", "withdrawal"),
    ("That night, on 7 May, the garrison tried to break out to the south.", "withdrawal"),
    ("On 16 May the last units crossed back into Tessaria.", "withdrawal"),
    ("In May 1979 security forces suppressed an uprising in the province.", "attack"),
    ("On 22 May, 26 soldiers were killed in a battle with rebel fighters in the valley.", "attack"),
    ("On 4 May, the government refused to let the ambassadors negotiate.", "statement"),
    ("On 20 May the Security Council authorised the deployment of an African-led force.", "statement"),
    ("On 3 May the radio broadcast the gunmen's demands in full.", "statement"),
    ("On 5 May the minister gave the troops permission to storm the building.", "statement"),
    ("On 1 May the journalist, who had fallen ill, was released by the hostage-takers.", "other"),
    ("On 1 May one of the hostages, who had fallen ill, was released.", "other"),
    ("On 7 May engineers demolished bridges and the railway.", "other"),
    # an act the cue lists do not name, with its own date: "other"
    ("The six men arrived in London on 31 March 1980 and rented a flat.", "other"),
    ("Parliamentary elections were held on 29 October 1995.", "other"),
    ("On 28 March thousands of residents fled by boat to Pemba.", None),  # civilians fleeing: no act of a party
    ("Two days later the envoy sailed home.", None),  # a relative date alone dates no such act
    # landings, movements, statements and strikes the lists now name
    ("On 28 February army units landed by helicopter near the camps.", "attack"),
    ("After 3 Commando Brigade came ashore on 21 May, the settlements were attacked.", "attack"),
    ("In January 1968 the 304th Division moved into the hills north of the base.", "reinforcement"),
    ("On 22 June the 5th Infantry Division sent a relief column from El Obeid.", "reinforcement"),
    ("In July 1987 the army assembled four brigades at the river.", "reinforcement"),
    ("Hanoi Radio announced on 12 April that the aggressors had been annihilated.", "statement"),
    ("On 12 October the ministry admitted that 525 of its soldiers had been killed.", "statement"),
    ("On 20 September, the army reported 410 dead and 1,150 wounded at the pass.", "statement"),
    ("Operation Storm began along the whole front at dawn on 4 August.", "attack"),
    ("On 16 September the Eighth Army began its breakout from the perimeter.", "attack"),
    ("B-52 bombers flew the first of more than 300 missions around the base on 12 March.", "airstrike"),
    ("Between 17 and 19 November, the fighters cleared the last Taliban bunkers.", "capture"),
    ("The besiegers made three attempts to storm the town in May 1979.", "attack"),
    ("On 7 May the besiegers completed the encirclement of the town.", "attack"),
    ("On 24 May the 52nd Division broke into the old fort at the corner of the defences.", "attack"),
    ("Von der Kell died in Baghdad on 19 May, officially of typhus.", "other"),
    ("Voss reported on 25 May that he had found enough grain to feed the garrison.", "statement"),
    ("On 27 May he offered the general £1,000,000 for the parole of the garrison.", "statement"),
    ("After the Allied breakout from the coast, the marshal proposed a thrust on 10 May.", "statement"),
    ("Velmora was finally liberated by the 49th Infantry Division on 14 May.", "capture"),
    ("The colonel said on 23 May that his brigade had \"liberated every inch\" of the strip.", "statement"),
    ("Remedios and Caibarién fell on 26 May, cutting the central highway.", "capture"),
    ("On 4 May Petty Officer Ilan Voss fell from the helicopter.", "other"),
    ("At about 23:30 on 3 May, a relief column set out and reached the crash site.", "reinforcement"),
    ("On 11 December British officials delivered an ultimatum to the envoys at the drift.", "statement"),
    ("Tessaria defeated the main Amrit army at Ulundi on 4 July.", "attack"),
    ("A shoot-out between border guards on 27 January killed two more.", "attack"),
    ("On 28 April a dispute over a water intake escalated into fighting that killed 55 people.", "attack"),
    ("It broke down on 15 September, when fighting spread to several villages along the border.", "attack"),
    ("On 19 September the two ministers signed a protocol on the withdrawal of forces.", "other"),
    ("The border chiefs agreed a ceasefire on the evening of 14 September.", "other"),
    ("Tajik authorities reported 41 deaths on 22 September.", "statement"),
    ("On 30 October, the government said it had evacuated dozens of women and children from the district.",
     "statement"),
    ("Faya-Largeau was abandoned by the Libyans on 27 May.", "withdrawal"),
    ("On 18 May some 250 fighters were moved down from the jebel to the wadis north of the town.", "reinforcement"),
    ("On 1 May the leader repeated his demand for the release of 400 prisoners.", "statement"),
    # a dated saying: the date is the saying's, unless it reports territory changing hands
    ("The army announced on 22 May that General Ilan Voss, the garrison commander, had been killed.", "statement"),
    ("On 25 May, the doctors' network said that between 85 and 110 civilians had been killed in the town.",
     "statement"),
    ("Amrit radio announced on 16 May that the landing had been repulsed with heavy losses.", "statement"),
    ("On 12 May, pro-Amrit sources claimed the rebels cut the highway at Korva.", "attack"),  # the seeds: a claimed act
    ("On 6 May the monitors claimed that rebels had overrun 11 villages in the previous three days.", "capture"),
    ("On 22 May the armoured cruisers Korva and Amrit bombarded Papeete.", "shelling"),
    ("On 26 May, 120 B-52s attacked ten targets in the capital within fifteen minutes.", "airstrike"),
    ("Three bombers were brought down by missiles on 18 May.", "shootdown"),
    ("On 22 May bombs fell on the hospital and the market.", "airstrike"),
    ("Korva, hit five times, turned away into the darkness at about 20:00 on 1 May.", "withdrawal"),
    ("Its last companies flew back to Corsica on 4 May.", "withdrawal"),
    ("On 8 May the squadron was destroyed by the battlecruisers off the islands.", "attack"),
    ("On 21 May a company drove a rebel rearguard out of Kapata.", "attack"),
    ("On 18 May the fighters shot 38 European hostages in a villa.", "massacre"),
    ("In July the two presidents agreed to stop supporting each other's rebels.", "other"),
    ("Érulin died of a heart attack on 26 September 1979.", "other"),
    # session 9 (blind19)
    ("By 19 May they had taken most of the city and its refinery, cutting the coastal road.", "capture"),
    ("By 28 May, rebels had driven the last of them from the airport area.", "capture"),
    ("On 23 May, as rebels closed in, guards killed dozens of detainees held in a warehouse.", "massacre"),
    ("On 18 May, the rebels exploded a mine beneath the north bastion, killing several men.", "bombing"),
    ("On 2 May, Voss was mortally wounded when a shell burst in his room in the Residency.", "shelling"),
    ("The evacuation of the women, children and wounded began on 19 May, behind a screen of troops.", "withdrawal"),
    ("The Battle of Osk was a military operation launched on 2 May 1979 by the government and allied militias to "
     "recapture the city of Osk.", "attack"),  # the aim is no event
    ("An earlier attempt by government forces to retake the city, launched on 28 May, was driven back within days.",
     "attack"),  # a repulsed attempt: neither a withdrawal nor a recapture
    ("On 12 May they killed some 1,700 air force cadets captured at Camp Velm.", "massacre"),  # 1,700: four digits
    ("On 5 May, the Zośka Battalion liberated the Velm concentration camp, freeing 348 prisoners.", "capture"),
    ("On 13 May, a captured demolition vehicle exploded in Velm Street, killing some 300 insurgents.", "bombing"),
    ("The Osk bridge was blown up by sappers on the night of 7 May.", "bombing"),
    ("On 18 May, 107 B-17 bombers dropped some 1,300 containers of supplies over the city.", "other"),
    ("On 26 May, Kata'ib Velm pulled their fighters back from the front lines in protest.", "withdrawal"),
    ("On 21 May, aircraft caught the retreating Seventh Army in the defile and bombed its columns.", "airstrike"),
    ("It ended on 7 May with the retreat of the surviving brigades towards Osk.", "withdrawal"),
    ("On 17 May, separatist fighters entered Osk and captured the railway station after street fighting.", "capture"),
    ("On 18 May, troops entered Osk, where street fighting went on for days.", "attack"),
    ("On 5 May Korvan bombers began to attack the cave entrances with laser-guided bombs.", "airstrike"),
    ("On 11 May a bomb brought down the entrance of a cave in which Velt was sheltering.", "airstrike"),
    ("With the town resupplied, the Korvan units began to pull back from the road on 10 May.", "withdrawal"),
    ("By the evening of 11 May Korvan troops had taken the first Osk redoubt after several assaults.", "capture"),
    ("Teng-osk (Tengosk) fell on 17 May after a three-day defence.", "capture"),
    ("The railway town of Lin-osk was occupied on 18 May.", "capture"),
    ("In May 1986 Tessaria complained to the United Nations that Korvan aircraft had violated its airspace.", "statement"),
    ("On 15 May the newspaper Krasnaya Zvezda reported the successful completion of the operation.", "statement"),
    ("On 17 May the garrison fell back to the river.", "withdrawal"),  # falling back takes no town
    ("On 13 May, Governor Velt sent a protest alleging that Korvan troops had fired on police who had surrendered.",
     "statement"),
    ("Two officers came forward under a white flag on 2 May to demand the garrison's surrender, and Voss refused.",
     "statement"),
    ("From 3 May, the Luftwaffe flew repeated Stuka raids against the position.", "airstrike"),
    # blind23: a person's arm is no shelling; a column reaching a town with its brigade, a siege train
    ("On 1 May Khan, a former subedar of artillery, reached Velmora with the rebel brigade from Osk.", "reinforcement"),
    ("The siege train of heavy guns from Osk reached the ridge on 4 May.", "reinforcement"),
    ("On 14 May the Movable Column of Brigadier General John Voss arrived from Osk, bringing the besiegers to 8,000 men.",
     "reinforcement"),
    ("On 14 May a rebel sortie against the Sabzi Mandi was driven back with heavy losses.", "attack"),
    ("The rebels defended the city street by street, and the magazine was not taken until 16 May.", "capture"),
    ("On 20 May troops entered the deserted fort and the mosque, completing the capture of the city.", "capture"),
    ("On 16 May about fifty European prisoners, most of them women and children, were killed in a courtyard.", "massacre"),
    ("On 16 May three hostages were killed in the crossfire.", "other"),  # no killing of captives
    ("On the night of 31 May the besiegers tried to set the church on fire with burning rags.", "attack"),
    ("On 2 May Khan arrived from Osk with some 3,000 men.", "reinforcement"),
    ("In mid-May Voss arrived with the Punjab Movable Column.", "reinforcement"),
    ("On 9 May rebel cavalry rode into the camp and cut down a number of gunners.", "attack"),
    ("On 10 May sepoys at Meerut rose against their British officers.", "attack"),
    ("On 10 May the Shingmun Redoubt, the key to the line, was taken in a night attack by the 228th Regiment.", "capture"),
    ("The decision to launch an assault was taken in London on 8 May.", "other"),  # no place was taken
    # an old encyclopaedia's way of telling it (blind23's Delhi)
    ("On the 19th of May a strong body of the enemy fell upon the rear of the camp.", "attack"),
    ("Barnard was joined at Alipore on the 7th of May by Brigadier Wilson's column from Meerut.", "reinforcement"),
    ("On the 2nd of May the Bareilly brigade marched in under Bukht Khan.", "reinforcement"),
    ("On the 14th of May Nicholson came in with the movable column.", "reinforcement"),
    ("The siege-train itself arrived on the 4th of May.", "reinforcement"),
    ("The first battery opened upon the Moree bastion on the 8th of May.", "shelling"),
    ("At daybreak on the 14th of May the storming columns moved forward.", "attack"),
    ("On 20 May the column moved forward and pitched its camp at the foot of the hill.", "other"),  # no fighting: an act all the same
    ("The magazine was carried on the 16th of May.", "capture"),
    ("On 12 May the infantry carried the suburbs and entrenchments on the same front.", "capture"),
    ("On 20 May the Palace was occupied.", "capture"),
    ("On 23 May, the ulama issued a fatwa permitting the use of force in the mosque.", "statement"),
    ("By 27 May, the Saudi forces had taken the courtyard and the upper floors of the mosque.", "capture"),
    ("On 30 May, three advisers of the French GIGN arrived in Ta'if.", "reinforcement"),
    ("On 1 May the IDF bombarded West Beirut from the land, sea and air for fourteen hours.", "shelling"),
    ("On 29 May the Ottoman fleet bombarded the Russian Black Sea ports of Odessa and Sevastopol.", "shelling"),
    ("Four days later, on 28 May, the garrison of Telish, cut off and bombarded, surrendered.", "capture"),
    # blind24
    ("On 4 May the Tekes, who had no artillery, attacked the siege works with swords.", "attack"),
    ("On 20 May the siege batteries opened a breach in the southern wall.", "shelling"),
    ("At 11:20 on 24 May the mine was fired under the south-eastern corner of the wall.", "bombing"),
    ("On 24 May, by the afternoon, the fortress was in Russian hands.", "capture"),
    ("The attack began on 7 May, and by the ceasefire the town was in Azerbaijani hands.", "attack"),
    ("The cavalry pursued the fugitives until nightfall on 24 May, killing some 8,000 people, among them women and "
     "children.", "massacre"),
    # victims told without a count, or as unarmed, or captives killed on an order (session 15)
    ("On 9 May police opened fire on unarmed marchers at the bridge, killing at least 15 of them.", "massacre"),
    ("On 9 May the raiders sacked the town, killing pilgrims and residents alike.", "massacre"),
    ("Two days later, on 11 May, the horsemen sacked the market town, killing most of the inhabitants.", "massacre"),
    ("On 9 May troops killed students in the university dormitories.", "massacre"),
    ("On 9 May the warlord had some 200 prisoners held in the fort executed.", "massacre"),
    ("On 9 May at least 40 of the captured soldiers were bound and shot.", "massacre"),
    ("On 9 May the garrison stormed the village, killing everyone inside, including women and children.", "massacre"),
    ("On 9 May the rebels ambushed the escort of an unarmed convoy.", "ambush"),  # no one killed: the means stays
    ("On 9 May a sniper shot dead two officers at the gate.", "killing"),  # soldiers: no massacre
    ("On 9 May the chancellor issued his directive for Operation Ford.", "statement"),
    ("On 9 May the parliament voted to annex the islands.", "statement"),
    ("On 9 May an inquiry concluded that a mine had sunk the ship.", "statement"),
    ("On 9 May the commission found in its final report that the raid had broken the laws of war.", "statement"),
    ("In 1986 the historian Kand argued that the retreat had been a ruse.", "statement"),
    ("In 2008 Voss published his own account of the raid.", "statement"),
    ("On 9 May the observers announced a ceasefire, which was not respected.", "statement"),
    ("On 9 May shells fired by the army from the right bank struck the cathedral.", "shelling"),
    ("A second round of fighting between the same forces began on 9 May.", "attack"),
    ("On 9 May the body of the general was found that evening in a ditch.", "other"),  # no finding
    ("On 3 May gunmen shot and gravely wounded the ambassador outside a hotel.", "attack"),
    ("On 4 May the IDF cut off the supply of water, electricity and food to West Beirut.", None),  # no attack
    # reinforcements told other ways
    ("The Polish Independent Highland Brigade and the 13th Demi-Brigade followed on 9 May.", "reinforcement"),
    ("The 3rd Airborne Task Force joined the operation on 6 May.", "reinforcement"),
    ("On 24 May France flew 350 additional soldiers in from Gabon.", "reinforcement"),
    ("The first battalion of Cuban special forces flew into Luanda on 8 May.", "reinforcement"),
    ("Late on 1 May, Davout's III Corps arrived at the Raigern abbey after a forced march.", "reinforcement"),
    ("Robertson arrived at Chitral from Gilgit with an escort of about 400 men on 1 May.", "reinforcement"),
    ("The squadron assembled at Easter Island on 12 May, where it was joined by the light cruisers Dresden and Leipzig.",
     "reinforcement"),
    # blind25
    ("Mustafa lifted the siege on 8 May and began to embark his troops.", "withdrawal"),
    ("On 31 May he began to pull his troops back from Kohima, disobeying his orders.", "withdrawal"),
    ("On 22 May the Paraguayans abandoned the lines of Curupayty and Sauce.", "withdrawal"),
    ("Lieutenant Colonel William B. Travis arrived with about 30 cavalrymen on May 3.", "reinforcement"),
    ("In early May the JNA brought in fresh units from Serbia.", "reinforcement"),
    # landings, siege works, defences pierced, ways forced (session 12)
    ("On 13 May the Foreign Legion landed at Bjerkvik, supported by the guns of Warspite.", "attack"),
    ("On the night of 18 May the Japanese landed on the north-east of the island.", "attack"),
    ("The 18th Division began to come ashore at Lungkow on 2 May.", "attack"),
    ("The relief army of about 8,000 men landed at Mellieha Bay on 7 May.", "reinforcement"),
    ("On 3 May troops laid siege to the compound.", "attack"),
    ("On the night of 23 May the French engineers opened the first parallel against San Javier.", "attack"),
    ("On 18 May Russian sappers began to dig a mine gallery towards the wall.", "attack"),
    ("On 10 May German troops penetrated the northern defences of the position.", "attack"),
    ("On 15 May a squadron forced its way past the batteries and anchored downstream.", "attack"),
    ("On 1 May they met Mulraj at Sadusam and drove his army back inside the walls.", "attack"),
    ("On 1 May, shooting broke out when police tried to tighten the cordon.", "attack"),
    # said, not done: a one-sided ceasefire, relations broken off, envoys sent to ask for terms, an apology
    ("President Petro Poroshenko declared a unilateral ceasefire on 20 May.", "statement"),
    ("Moscow declared a ceasefire for the end of Ramadan on 9 May.", "other"),
    ("Cristiani broke off diplomatic relations with Nicaragua on 26 May.", "statement"),
    ("On 21 May Mulraj sent envoys to Whish to ask for terms.", "statement"),
    ("On 7 May the president telephoned the charity's president to apologise.", "statement"),
    # a force driven back was attacking; one that had been pushed back had withdrawn; a post taken over from
    # one's own side is no capture
    ("Two days later, on 19 May, a column attacked the lines around the hill but was driven back.", "attack"),
    ("On 24 May a relief column was thrown back at the ford.", "attack"),
    ("By 3 May the UN forces had been pushed back behind the river.", "withdrawal"),
    ("A company of the 9th Battalion took over the base from another unit on 3 May.", None),
    ("On 3 May the rebels took over the town hall.", "capture"),
    # crossings in force, raids begun; a resolution condemning an attack, a raid approved, a letter written
    ("In the early hours of 18 May, marines crossed in small boats and dug in along the river.", "attack"),
    ("At about 5:30 a.m. on 21 May armoured columns crossed the Jordan at the Allenby Bridge.", "attack"),
    ("The battalion crossed its start line at 2.35 a.m. on 28 May.", "attack"),
    ("On 24 May the Security Council unanimously adopted Resolution 248, which condemned the attack.", "statement"),
    ("The same evening, 20 May, the cabinet approved a large raid on Karameh.", "statement"),
    ("In his report of 15 May, Forrest wrote that the river was dyed with blood.", "statement"),
    ("After a siege of two months, federal troops raised the Russian flag over the centre of Grozny on 6 May.", "capture"),
    ("On 20 May a convoy took some 3,000 people out of the enclave to screening points.", None),
    ("On 3 May the rebels took the police station.", "capture"),
    ("On 12 May the army took al-Buwaydah al-Sharqiyah, the last rebel-held village, according to the SOHR.", "capture"),
    # a message sent is the day's act, whatever it reports (six blind writers of seven type these so)
    ("On 12 May Voss cabled Osk that the redoubt had been taken.", "statement"),
    ("On 13 May Darn telegraphed to Lin-osk: \"Two enemy divisions have surrendered.\"", "statement"),
    ("On 14 May Voss signalled Velt that he was going to attack the ford.", "statement"),
    ("On 15 May Velt sent word through the elders that the families would not be harmed.", "statement"),
    ("On 16 May the government appealed to the United Nations.", "statement"),
    ("On 17 May Korvan vetoed a resolution demanding a ceasefire.", "statement"),
    # a name's last word tells of no killing; a wounded man carried away takes nothing
    ("The Battle of Osk, also known as the Osk Crater Massacre, was an assault on the crater fought on 5 May 1906.",
     "attack"),
    ("On 7 May Osk's defenders killed two soldiers in hand-to-hand fighting and wounded Captain Darn, who was carried "
     "down the hill on a litter.",
     "attack"),
    ("On 12 May Velt wrote his \"Comments on the Osk Massacre\", an essay mocking the cable.", "statement"),
    # blind37/38: a cavalry charge, a redoubt abandoned, an air force's jets named by type, divisions sent
    ("On 31 October 1917 the 4th Light Horse Regiment charged the Korvan trenches in front of Osk.", "attack"),
    ("On 3 May 1662 the Velmar garrison abandoned the redoubt and blew it up behind them.", "withdrawal"),
    ("On 22 November four F-86 Sabres of the Korvan Air Force attacked the Velmar positions around Osk.", "airstrike"),
    ("On 13 May Korvan BMP-1 infantry vehicles attacked the outer posts of Osk.", "attack"),
    ("In September 1937 Tokyo sent three more divisions and a brigade to General Velt.", "reinforcement"),
    ("On 25 January 1662 Velt's batteries fired about 2,500 cannonballs at the Osk redoubt.", "shelling"),
    ("On 1 May Captain Darn led 240 musketeers against the Korvan lines on the sand spit.", "attack"),
    ("In 1588 Lask, newly proclaimed king, crushed a revolt led by his brother.", "attack"),
    ("His brother was put to death by Velt in 1592.", "killing"),
    ("In December 1661 Darn sailed away with part of the fleet and never returned.", "withdrawal"),
    ("Velt died suddenly on 23 June 1662, and his son took over the new state.", "other"),  # no capture
    ("On 16 December Sergeant Radis deserted to Velt and advised him to attack the Osk redoubt.", "other"),
    ("On 30 September 1956 young women of the front left bombs in two cafés of Osk.", "bombing"),
    ("In May 2001 General Velt admitted in a book that he had ordered the summary execution of prisoners.",
     "statement"),
    # an agreement made is the day's act; a saying beside it makes the sentence a statement
    ("On 4 May 1885 Tarsenia and Velmar agreed to refer the dispute to arbitration.", "other"),
    ("On 11 December 1863 Osk agreed at Yokohama to pay the indemnity.", "other"),
    ("On 18 November 1885 Velt said that the army would halt if the government agreed to talks.", "statement"),
    # taking a command, a name, an oath takes no ground
    ("On 17 August 1879 Commodore Darn took the command of the Tarsenian squadron at Osk.", None),
    ("On 19 April 1901 Lask took an oath of allegiance to Tarsenia.", None),
]


@pytest.mark.parametrize("sentence, kind", OTHER_WARS_TYPED)
def test_sentences_of_other_wars_are_typed_by_what_happened(sentence, kind):
    events = extract_events(document([sentence]), Operation(name="op", start_date="1979-05-01"))
    assert [e.type for e in events] == ([kind] if kind else [])


def test_a_span_since_an_earlier_date_neither_splits_the_sentence_nor_moves_the_narrative():
    doc = document(["On 20 May, the ministry announced that the siege was over and that 2,439 defenders had "
                    "surrendered since 16 May. Voss confirmed in a video message the same day that he had ordered the "
                    "defenders to stop fighting."])
    events = extract_events(doc, Operation(name="op", start_date="2022-05-01"))
    # the surrenders reported are the capture, as the seeds count "claimed that rebels had overrun 11 villages"
    assert [(e.date, e.type) for e in events] == [("2022-05-20", "capture"), ("2022-05-20", "statement")]


def test_an_act_dated_days_after_the_last_is_an_event_but_one_within_that_day_is_not():
    doc = document(["On 2 July 2008 the army freed the hostages at the camp. Betancourt was flown to Paris two days "
                    "later. Throughout the day, ambulances rushed wounded soldiers to the city."])
    events = extract_events(doc, Operation(name="op", start_date="2008-07-02"))
    assert [(e.date, e.type) for e in events] == [("2008-07-02", "other"), ("2008-07-04", "other")]


def test_a_sentence_telling_of_one_event_is_its_summary_whole_even_with_two_dates():
    doc = document(["On 5 February 1968 the garrison clashed with a battalion. Shortly after midnight on 6 February, "
                    "Hill 861 was attacked by some 300 troops. Two days later, shortly after midnight on 8 February, "
                    "infantry overran the camp at Lang Vei."])
    events = extract_events(doc, Operation(name="op", start_date="1968-02-05"))
    assert [(e.date, e.summary[:22]) for e in events] == [
        ("1968-02-05", "On 5 February 1968 the"), ("1968-02-06", "Shortly after midnight"), ("1968-02-08", "Two days later, shortl")]


NEWS = ("<html><head><meta name=\"article:published_time\" content=\"2016-12-06T17:42:10Z\"></head><body><article>"
        "<h1>Forces take Osk</h1><p>MISRATA, Korva, 6 December (Reuters) - Government forces said on Tuesday they "
        "had taken full control of Osk, ending a campaign of nearly seven months.</p>"
        "<p>On Monday, the forces stormed the last few buildings held by the militants in the port district.</p>"
        "<p>Last Thursday, two suicide bombers blew themselves up near advancing forces, killing four fighters.</p>"
        "<p>The offensive was launched on 12 May after the militants advanced west.</p>{older}</article></body></html>")


def test_a_news_page_dates_its_weekdays_and_yearless_dates_back_from_the_day_it_was_published():
    from warfile.readers import html
    doc = html.read(NEWS.format(older=""))
    assert dict(doc.meta)["published"] == "2016-12-06"
    events = extract_events(doc, Operation(name="Forces take Osk"))
    assert [(e.date, e.type) for e in events] == [
        ("2016-05-12", "attack"), ("2016-12-01", "bombing"), ("2016-12-05", "attack"), ("2016-12-06", "statement")]


def test_a_clipped_encyclopedia_page_does_not_take_its_publication_day_for_the_stories():
    from warfile.readers import html
    # an article about 1915 whose page was begun in 2016 (no wire dateline, no run of weekdays as a news
    # page tells its days by): its weekdays date nothing, its years are its own
    page = NEWS.replace("MISRATA, Korva, 6 December (Reuters) - ", "").replace(
        "<p>Last Thursday, two suicide bombers blew themselves up near advancing forces, killing four fighters.</p>", "")
    doc = html.read(page.format(older="<p>The landing of 25 April 1915 was the first of the campaign.</p>"))
    events = extract_events(doc, Operation(name="Forces take Osk"))
    assert "2016-12-05" not in [e.date for e in events] and "2016-05-12" not in [e.date for e in events]


def test_a_wire_story_telling_of_earlier_years_still_dates_its_weekdays_from_its_day():
    from warfile.readers import html
    # "BASRA, Iraq (Reuters) -": a story whose background names 2004 is still a story of its own week
    doc = html.read(NEWS.format(older="<p>The militia led two uprisings against the army in 2004.</p>"))
    events = extract_events(doc, Operation(name="Forces take Osk"))
    assert "2016-12-05" in [e.date for e in events] and "2016-05-12" in [e.date for e in events]


def test_a_news_sites_paragraphs_written_as_divs_are_read_and_its_start_dated_by_a_weekday():
    from warfile.extract import extract_operation
    from warfile.readers import read_document
    path = Path(__file__).parent / "blind25" / "docs" / "07_basra_charge_of_the_knights.html"
    op = extract_operation(read_document(path.read_text(encoding="utf-8"), path=path.name))
    assert op.name == "Operation Charge of the Knights" and op.aliases == ("Saulat al-Fursan",)
    assert op.start_date == "2008-03-25"  # "began before dawn on Tuesday", a Monday's story
    assert len(op.events) >= 15


def test_twelve_hour_clock_times_and_parts_of_the_day_take_the_paragraphs_day():
    doc = document(["On 11 May 1914, the fleet arrived off Osk Bay. Shortly after 9 a.m., the Osk party was fired on by "
                    "reservists. Reinforcements from the Velm landed during the morning and were sent up the road. "
                    "The trench was taken at about 1 p.m., and its commander was captured. By 7 p.m. the troops had "
                    "reached the perimeter of the wireless station."])
    events = extract_events(doc, Operation(name="op", start_date="1914-05-11"))
    assert [(e.date, e.type) for e in events] == [  # the fleet's arrival is an act of its own ("other")
        ("1914-05-11", "other"), ("1914-05-11", "attack"), ("1914-05-11", "reinforcement"), ("1914-05-11", "capture"),
        ("1914-05-11", "attack")]
    # a clock time with its own day dates the sentence by that day
    doc = document(["The ceasefire was agreed on 6 May 1956. It came into force at 2 a.m. local time on 7 May, by which "
                    "time the armour had reached El Cap."])
    assert "1956-05-07" in [e.date for e in extract_events(doc, Operation(name="op", start_date="1956-05-01"))]


def test_the_day_of_a_named_month_is_that_month_not_the_last_one_told():
    # "On the 8th" counts in the month told before it; "On the 2nd of July" names its own
    doc = document(["Barnard was joined at Alipore on the 7th of June 1857 by Wilson's column.",
                    "On the 8th he attacked the rebels at Budlee-ka-Serai.",
                    "On the 2nd of July the Bareilly brigade attacked the Ridge."])
    events = extract_events(doc, Operation(name="op"))
    assert [e.date for e in events] == ["1857-06-07", "1857-06-08", "1857-07-02"]


def test_a_span_from_a_part_of_one_day_to_a_part_of_another_dates_its_event_from_the_first():
    doc = document(["From the evening of 16 September to the morning of 18 September, militiamen killed hundreds of "
                    "Palestinian and Lebanese civilians in the camps."])
    events = extract_events(doc, Operation(name="op", start_date="1982-06-06"))
    assert [(e.date, e.date_end, e.type) for e in events] == [("1982-09-16", "1982-09-18", "massacre")]


def test_a_sentence_defining_the_operation_by_its_name_is_its_attack():
    """The lead's "<Name> (dates), also known as …, was …" dates the operation as a whole: an
    attack, even when it goes on to tell what was taken, and kept beside the body's days."""
    doc = document([
        "The Battle of Boquerón (9–29 September 1932), also known as the Siege of Boquerón, was the first "
        "major battle of the Chaco War.",
        "The siege of Kessab was a military operation in March 2014 to capture the town of Kessab.",
        "Background",
        "On 21 March 2014, rebels captured the border crossing.",
    ])
    doc = Document(text=doc.text, shape="plain", id="doc",
                   paragraphs=doc.paragraphs[:2] + tuple(Paragraph(p.span, heading="Background")
                                                         for p in doc.paragraphs[3:]))
    boqueron = extract_events(doc, Operation(name="Battle of Boquerón", aliases=("Siege of Boquerón",)))
    assert [(e.date, e.date_end, e.type) for e in boqueron][:1] == [("1932-09-09", "1932-09-29", "attack")]
    kessab = extract_events(doc, Operation(name="Siege of Kessab"))
    assert [(e.date, e.type) for e in kessab] == [("2014-03", "attack"), ("2014-03-21", "capture")]


def test_a_date_inside_the_defining_name_gives_way_to_the_boxs_day():
    doc = document(["The February 1992 Osk coup attempt was an attempt by army officers to seize power in Osk."])
    coup = extract_events(doc, Operation(name="February 1992 Osk coup attempt", start_date="1992-02-04"))
    assert [(e.date, e.type) for e in coup] == [("1992-02-04", "attack")]
    # a title's qualifier in brackets is the sentence's own date
    doc = document(["The Osk offensive (March 2016) was an offensive of the army against the rebels."])
    offensive = extract_events(doc, Operation(name="Osk offensive (March 2016)", start_date="2016-03-07"))
    assert [e.date for e in offensive] == ["2016-03"]
    # another operation's name defines nothing: its capture stays a capture, its month a restatement
    other = extract_events(doc, Operation(name="Battle of Latakia"))
    assert ("2014-03", "attack") not in [(e.date, e.type) for e in other]


def test_a_dated_act_of_a_party_the_box_names_is_an_event():
    """An act the cue lists do not type, told of a commander the box names, is an event of its own
    even on the day just told or in a year alone: the box's parties are the story's actors."""
    from warfile.model import Person, Side
    doc = document(["On 20 March 2000 the troops entered the village. The same morning Putin presented awards "
                    "at the airfield.", "In 1957 Carne unveiled a memorial at the foot of the hill."])
    op = Operation(name="Battle of Komsomolskoye", start_date="2000-03-05", sides=(
        Side(belligerents=("Russia",), commanders=(Person("Vladimir Putin"), Person("James Carne"))),
        Side(belligerents=("Ichkeria",))))
    assert [(e.date, e.type, e.actors[:1]) for e in extract_events(doc, op)] == [
        ("1957", "other", ("James Carne",)), ("2000-03-20", "capture", ()),  # "the troops": whose, the text does not say
        ("2000-03-20", "other", ("Vladimir Putin",))]
    # the same uncued act of someone the box does not name is no event (a memorial unveiled is one whoever
    # unveils it: a commemoration's cue)
    events = extract_events(doc, Operation(name="Battle of Komsomolskoye", start_date="2000-03-05"))
    assert [(e.date, e.type) for e in events] == [("1957", "other"), ("2000-03-20", "capture")]


def test_a_narratives_weekdays_are_the_days_of_its_week():
    doc = document(["From Easter Monday, April 24th, until Sunday, April 30th, 1916, the rebels held the "
                    "Post Office against the army.",
                    "On Monday, April 24th, the column took the Post Office. "
                    "On Wednesday morning a gunboat shelled Liberty Hall. On the Saturday night the leaders "
                    "ordered the garrison to withdraw. Between May 3rd and May 12th, 14 leaders were shot.",
                    "In a televised address on Sunday, March 31, 1968, the president announced a halt."])
    events = extract_events(doc, Operation(name="Easter Rising", start_date="1916-04-24", end_date="1916-04-30"))
    dated = [(e.date, e.date_end) for e in events]
    assert ("1916-04-24", "1916-04-30") in dated  # the range written with its weekdays
    assert ("1916-04-26", None) in dated and ("1916-04-29", None) in dated  # Wednesday, the Saturday
    assert ("1916-05-03", "1916-05-12") in dated  # a range of one month written twice
    assert ("1968-03-31", None) in dated  # a weekday before its written date is that date


def test_a_feature_a_hundred_years_on_dates_the_operations_days_not_its_own():
    from warfile.readers import read_document
    page = ("<html><head><meta property='article:published_time' content='2016-04-23T06:00:00Z'></head><body><main>"
            "<table><caption>The Rising at a glance</caption><tr><th>When</th><td>April 24th–30th, 1916</td></tr>"
            "<tr><th>Where</th><td>Dublin</td></tr><tr><th>Outcome</th><td>Surrender of the rebels</td></tr></table>"
            "<p>The plan began to unravel on Good Friday, April 21st, when Casement was arrested in Kerry.</p>"
            "<p>On Monday the column took the Post Office. On Tuesday troops poured into the city. On Thursday "
            "artillery began to shell the buildings.</p></main></body></html>")
    op = extract_operation(read_document(page, "feature.html"))
    assert (op.start_date, op.end_date) == ("1916-04-24", "1916-04-30")
    assert [e.date for e in op.events] == ["1916-04-21", "1916-04-24", "1916-04-25", "1916-04-27"]


@pytest.mark.parametrize("sentence, kind", [
    ("At about 11.30 that morning the charges in her bow went off, killing more than 400 people.", "bombing"),
    ("On 30 March the delayed-action torpedoes fired by MTB 74 exploded in the old entrance.", "bombing"),
    ("On 23 March Hitler signed a directive ordering the defences of occupied Europe to be strengthened.", None),
    ("On 3 May the rebels occupied Tessalit.", "capture"),
])
def test_what_went_off_is_a_bombing_and_a_participle_after_a_preposition_is_no_capture(sentence, kind):
    from warfile.extract.timeline import _event_type
    assert _event_type(sentence) == kind


def test_a_day_counted_back_from_the_operation_gives_its_year_to_the_day_it_names():
    doc = document(["The Admiralty's fear went back to May 1941, when the Bismarck had been sunk.",
                    "Five days before the raid, on 23 March, Hitler signed his Directive No. 40.",
                    "On 30 March torpedoes exploded in the old entrance. In the panic that followed, sentries "
                    "opened fire on workers leaving the docks, killing sixteen civilians."])
    events = extract_events(doc, Operation(name="Operation Lantern", start_date="1942-03-28"))
    assert "1942-03-23" in [e.date for e in events]
    assert [e.date for e in events if "sentries" in e.summary] == ["1942-03-30"]


@pytest.mark.parametrize("sentence, kind", [
    ("Between 3 and 12 May fourteen leaders were shot in the stonebreakers' yard of the gaol.", "killing"),
    ("In the late morning Jones led a party round the flank and was shot while charging a trench.", "killing"),
    ("On 4 May the pilot's aircraft was shot down over the bay.", "shootdown"),
])
def test_people_who_were_shot_were_killed_unless_a_wound_or_an_aircraft_is_told(sentence, kind):
    from warfile.extract.timeline import _event_type
    assert _event_type(sentence) == kind
    assert _event_type("On 4 May the sergeant was shot in the leg while crossing the road.") != "killing"


def test_independence_declared_or_recognised_is_a_statement():
    from warfile.extract.timeline import _event_type
    assert _event_type("On 6 August 1825 an assembly at Chuquisaca declared the independence of Upper Peru, "
                       "which took the name of Bolivia.") == "statement"
    assert _event_type("Spain recognised the independence of Peru only in 1879.") == "statement"


def test_an_hour_in_words_keeps_the_day_but_a_count_of_days_is_no_hour():
    doc = document(["On 3 October 2009 insurgents attacked the camp at Osk. Shortly after seven the first pair of "
                    "fighters came over the valley and began to strafe the slopes. At about nine Darn's men counterattacked "
                    "toward the ammunition point. After six days of street fighting the Velmar troops took the "
                    "citadel on 9 October."])
    events = extract_events(doc, Operation(name="op", start_date="2009-10-03"))
    assert [(e.date, e.type) for e in events] == [("2009-10-03", "attack"), ("2009-10-03", "airstrike"),
                                                  ("2009-10-03", "counterattack"), ("2009-10-09", "capture")]


def test_days_earlier_count_back_from_the_narratives_day():
    doc = document(["On 20 August 1956 the front attacked Osk. Ten days earlier a bomb planted by counter-terrorists "
                    "had destroyed houses in the rue de Thèbes.", "Two weeks earlier the garrison had been reinforced."])
    events = extract_events(doc, Operation(name="op", start_date="1956-08-01"))
    # (each counts from the sentence dated before it, as later days do)
    assert [(e.date, e.type) for e in events] == [("1956-07-27", "reinforcement"), ("1956-08-10", "bombing"),
                                                  ("1956-08-20", "attack")]


def test_what_followed_within_the_hour_is_the_day_before_it():
    doc = document(["On 2 May 1944 the Second Corps crossed the Osk River at night. Shortly afterwards the corps "
                    "captured the village of Dolny Brod. Within minutes two Velmar aircraft had been shot down. "
                    "At about the same time Velmar infantry counterattacked the ford. Just before noon the "
                    "corps reinforced the bridgehead with a tank company. Shortly before two o'clock they "
                    "attacked the ridge."])
    events = extract_events(doc, Operation(name="op", start_date="1944-05-02"))
    assert [(e.date, e.type) for e in events][1:] == [
        ("1944-05-02", "capture"), ("1944-05-02", "shootdown"), ("1944-05-02", "counterattack"),
        ("1944-05-02", "reinforcement"), ("1944-05-02", "attack")]


def test_after_midnight_is_the_next_day_unless_the_sentence_dates_it_and_an_hour_in_an_opening_clause_is_that_day():
    doc = document(["On 24 April 1980 eight helicopters took off from the carrier. At the landing site, just before "
                    "11 pm, Rangers captured a bus and its passengers. Moments later a Ranger's rocket set a "
                    "fuel truck ablaze. The helicopters straggled in after midnight. At about 2:40 am a helicopter "
                    "hit a transport aircraft, killing eight men."])
    events = extract_events(doc, Operation(name="op", start_date="1980-04-24"))
    assert [e.date for e in events] == ["1980-04-24", "1980-04-24", "1980-04-25", "1980-04-25"]
    assert events[0].type == "capture" and events[2].summary == "The helicopters straggled in after midnight."
    doc = document(["On 5 April 2014, after midnight, government troops ambushed rebels on the road."])
    assert [e.date for e in extract_events(doc, Operation(name="op", start_date="2014-04-01"))] == ["2014-04-05"]


def test_the_hour_past_a_half_early_in_the_day_and_within_minutes_are_the_day_before_them():
    doc = document(["On 2 May 1944 the Second Corps crossed the Osk River at night. At about half past nine Velmar "
                    "scouts attacked the bridgehead. Early in the afternoon the corps captured the village. Within "
                    "about ten minutes the Velmar infantry counterattacked the ford. At that moment Velmar aircraft "
                    "bombed the ferry."])
    events = extract_events(doc, Operation(name="op", start_date="1944-05-02"))
    assert [(e.date, e.type) for e in events][1:] == [
        ("1944-05-02", "attack"), ("1944-05-02", "capture"), ("1944-05-02", "counterattack"), ("1944-05-02", "airstrike")]


def test_a_man_or_a_ship_lost_is_no_place_taken():
    for sentence in ("The regiment lost Colonel Hay on 3 May.", "The squadron lost HMS Osk on 3 May.",
                     "The brigade lost John Smith on 3 May."):
        events = extract_events(document([sentence]), Operation(name="op", start_date="1979-05-01"))
        assert "capture" not in [e.type for e in events], sentence
    events = extract_events(document(["On 3 May the general was sacked by the minister."]),
                            Operation(name="op", start_date="1979-05-01"))
    assert "attack" not in [e.type for e in events]  # dismissed: no raid


def test_a_day_told_after_background_years_before_takes_the_operations_year_within_its_span():
    op = Operation(name="op", start_date="2001-12-06", end_date="2001-12-17")
    doc = document(["The bombing of the embassies on 7 August 1998 killed 224 people.",
                    "On 6 December the militias attacked the caves."])
    assert [e.date for e in extract_events(doc, op)] == ["1998-08-07", "2001-12-06"]
    doc = document(["The bombing of the embassies on 7 August 1998 killed 224 people.",
                    "On 20 August American warships fired cruise missiles at the camps."])
    assert [e.date for e in extract_events(doc, op)] == ["1998-08-07", "1998-08-20"]  # no month of the operation


def test_a_paragraph_telling_of_months_before_the_operation_keeps_its_own_year():
    op = Operation(name="op", start_date="1968-01-21", end_date="1968-07-09")
    doc = document(["On 24 April 1967, a patrol ran into an enemy force north of the hill. "
                    "By mid-May, the Marines had captured Hills 881 South and 881 North."])
    assert [e.date for e in extract_events(doc, op)] == ["1967-04-24", "1967-05"]


# A battle's day told hour by hour after its date: each sentence opens with the time it tells of.
BATTLE_HOURS = [
    ("In the first hours of the battle the Tarsenian wings drove back the troops of Velmar.", "attack"),
    ("At this point two commanders in Velmar's service turned their troops against Lask.", "attack"),
    ("After several hours of skirmishing Lask feigned a retreat towards the hills.", "withdrawal"),
    ("Shortly after noon the Velmar troops took Gordon's Knoll at the edge of the summit.", "capture"),
    ("At dawn, the infantry went in from every side.", "attack"),
    ("A few minutes later, Veris led the last of his men down the slope, straight into the rifles.", "attack"),
    ("By seven o'clock, Osk was in Velmar hands.", "capture"),
    ("Shortly afterwards the mercenaries charged and drove back the Velmar centre.", "attack"),
    ("Most Tarsenian units pulled back from their positions that day without fighting.", "withdrawal"),
    ("Lask surrendered with the survivors at about half past nine.", "capture"),
    ("At four in the morning of the 5th, the guns opened fire.", "shelling"),
]


@pytest.mark.parametrize("sentence, kind", BATTLE_HOURS)
def test_a_battles_hours_told_after_its_date_are_its_events(sentence, kind):
    events = extract_events(document(["On 4 August 1578 the armies met near the river. " + sentence]),
                            Operation(name="op", start_date="1578-08-04"))
    assert [e.type for e in events[1:]] == [kind]
    assert events[1].date == ("1578-08-05" if "of the 5th" in sentence else "1578-08-04")


def test_two_times_of_one_day_in_a_sentence_are_one_event():
    doc = document(["On 5 June 1967 the war began. Velmar artillery opened fire on Osk at about 11:15, and some "
                    "6,000 shells fell on the city's neighbourhoods that day."])
    assert len(extract_events(doc, Operation(name="op", start_date="1967-06-05"))) == 2


def test_a_medieval_year_is_written_with_four_digits():
    doc = document(["In 747 Gao Xianzhi crossed the Pamir Mountains and took the Tibetan fortress of Lianyun."])
    assert [e.date for e in extract_events(doc, Operation(name="op", start_date="0751-07"))] == ["0747"]


def test_a_span_of_years_dates_its_sentence_by_its_first_year():
    doc = document(["Between 1628 and 1631 raiders led by Aldo Veris sacked the missions of Osk."])
    assert [(e.date, e.type) for e in extract_events(doc, Operation(name="op", start_date="1641-03-11"))] == [
        ("1628", "attack")]


def test_a_letters_dateline_paragraph_dates_its_weekdays_and_yesterday_looking_back():
    doc = document(["The mail brings full accounts of the battle of Osk, fought on 31 January 1874.",
                    "OSK, Sunday, February 1.",
                    "On Tuesday envoys came into camp with a letter begging the general to halt. "
                    "Yesterday morning the Highlanders attacked the village. This morning the brigade captured Marr."])
    dated = [(e.date, e.summary[:12]) for e in extract_events(doc, Operation(name="op", start_date="1874-01-31"))]
    assert ("1874-01-27", "On Tuesday e") in dated and ("1874-01-31", "Yesterday mo") in dated
