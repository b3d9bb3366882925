"""A page with no infobox (a news story): its operation is the one its text names, not its headline."""
import datetime as dt

from warfile.extract import extract_operation, story
from warfile.readers import html, plain

STORY = ("<html><head><meta name=\"article:published_time\" content=\"2019-11-20T08:00:00Z\"></head><body><article>"
         "<h1>Army retakes Dorvik after months of fighting</h1>"
         "<p>DORVIK, 20 November (Wire) - The army said on Wednesday it had retaken the port of Dorvik, ending a "
         "campaign of more than eight months against the Crescent Front.</p>"
         "<p>The offensive, which the general staff calls Operation Iron Lantern (\u201cSteel Lamp\u201d), was launched "
         "on 3 March after rebels shelled the airport.</p>"
         "<p>On Monday, troops stormed the last buildings held by the rebels in the old town.</p>"
         "</article></body></html>")


def test_a_story_is_named_for_the_operation_its_text_names_with_its_gloss_and_days():
    op = extract_operation(html.read(STORY))
    assert op.name == "Operation Iron Lantern"
    assert op.aliases == ("Steel Lamp",)
    # launched "on 3 March" in a story of 20 November 2019; ended the Wednesday it was published
    assert (op.start_date, op.end_date) == ("2019-03-03", "2019-11-20")
    # its weekdays still count back from the day it was published
    assert "2019-11-18" in [e.date for e in op.events]


def test_a_yearless_launch_date_in_a_december_story_of_a_may_launch_stays_in_that_year_and_a_later_month_goes_back():
    assert story.story_start("The operation began on 12 May.", "", dt.date(2016, 12, 6)) == "2016-05-12"
    assert story.story_start("The operation began on 12 December.", "", dt.date(2016, 3, 1)) == "2015-12-12"


def test_without_a_day_of_publication_a_yearless_launch_date_is_not_guessed():
    text = ("Army retakes Dorvik\n\nThe offensive, dubbed Operation Iron Lantern, was launched on 3 March after "
            "rebels shelled the airport.\n")
    op = extract_operation(plain.read(text))
    assert op.name == "Operation Iron Lantern" and op.start_date is None


def test_a_box_less_page_titled_with_an_operation_name_keeps_it():
    page = STORY.replace("Army retakes Dorvik after months of fighting", "Battle of Dorvik (2019)")
    assert extract_operation(html.read(page)).name == "Battle of Dorvik (2019)"
    assert not story.is_headline("2014 Idlib offensive") and not story.is_headline("Turkish invasion of Cyprus")
    assert story.is_headline("Kurdish forces launch offensive to retake Manbij")


def test_a_story_naming_no_operation_keeps_its_headline_and_the_days_its_sentences_state():
    page = STORY.replace(", which the general staff calls Operation Iron Lantern (\u201cSteel Lamp\u201d),", "")
    op = extract_operation(html.read(page))
    assert op.name == "Army retakes Dorvik after months of fighting" and op.aliases == ()
    assert (op.start_date, op.end_date) == ("2019-03-03", "2019-11-20")
    # a story that says neither when the campaign began nor that it ended gets no dates
    quiet = page.replace(", ending a campaign of more than eight months against the Crescent Front", "")
    quiet = quiet.replace("was launched on 3 March after rebels shelled the airport", "pressed on")
    op = extract_operation(html.read(quiet))
    assert op.start_date is None and op.end_date is None


def _wire(dateline: str, headline: str) -> str:
    return (STORY.replace("DORVIK, 20 November (Wire) -", dateline)
            .replace("Army retakes Dorvik after months of fighting", headline))


def test_a_wire_storys_dateline_places_it_in_its_state_and_its_city_when_the_headline_names_it():
    op = extract_operation(html.read(_wire("DORVIK, Estonia (Reuters) -", "Army retakes Dorvik after months of fighting")))
    assert op.places == ("Dorvik", "Estonia")
    # filed from another city: only the state is the operation's
    op = extract_operation(html.read(_wire("TALLINN, Estonia (Reuters) -", "Army retakes Dorvik after months of fighting")))
    assert op.places == ("Estonia",)


LIVE_PAGE = ("<!DOCTYPE html><html><head><meta property=\"article:published_time\" content=\"2023-09-21T09:00:00Z\">"
             "<title>Dorvik offensive - live</title></head><body><h1>Dorvik offensive – live</h1><div class=\"liveblog\">"
             "<div class=\"liveblog__day-divider\" role=\"separator\"><time datetime=\"2023-09-20\">Wednesday 20 September</time></div>"
             "<article><header><time datetime=\"2023-09-20T19:42:00Z\">19:42 GMT</time><h2>Ceasefire holds</h2></header>"
             "<p>Troops entered the centre of Dorvik this evening.</p>"
             "<p>The defence ministry said early on Wednesday that its forces had taken 60 positions since Tuesday.</p></article>"
             "<div class=\"liveblog__day-divider\" role=\"separator\"><time datetime=\"2023-09-19\">Tuesday 19 September</time></div>"
             "<article><header><time datetime=\"2023-09-19T11:48:00Z\">11:48 GMT</time><h2>Sirens in Dorvik</h2></header>"
             "<p>Explosions were heard in Dorvik from early afternoon, and rebel positions were shelled through the day.</p>"
             "<p>The rebels said on Tuesday that the army had broken the ceasefire of November 2020.</p></article>"
             "</div></body></html>")


def test_a_live_pages_posts_are_dated_by_the_day_divider_above_them():
    op = extract_operation(html.read(LIVE_PAGE))
    dated = {(e.date, e.summary.rstrip(".").split(",")[0]) for e in op.events}
    assert ("2023-09-20", "Troops entered the centre of Dorvik this evening") in dated
    assert ("2023-09-19", "Explosions were heard in Dorvik from early afternoon") in dated
    # "on Tuesday" counts back from the day it was published, though an older year is named too
    assert "2023-09-19" in [e.date for e in op.events if e.summary.startswith("The rebels said on Tuesday")]


def test_a_live_page_with_no_launch_day_spans_the_days_its_fighting_is_told():
    op = extract_operation(html.read(LIVE_PAGE))
    # its posts' actions on 19 and 20 September; the ceasefire of November 2020 it recalls is background
    assert (op.start_date, op.end_date) == ("2023-09-19", "2023-09-20")


def test_a_boxless_page_titled_by_its_war_is_named_by_the_one_battle_its_text_tells_of():
    from warfile.extract.story import sole_battle
    letter = "The troops marched at dawn, and the battle of Osk was fought in the bush. After the battle of Osk the army rested."
    assert sole_battle("THE TARSEN WAR.", letter) == "Battle of Osk"
    assert sole_battle("THE TARSEN WAR.", letter + " The battle of Marr followed.") is None  # a war's story: two battles
    assert sole_battle("Letters from the front", letter) is None  # not titled by a war
