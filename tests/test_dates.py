"""Claims about parse_date, parse_date_range and find_dates."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract.dates import date_precision, find_dates, parse_date, parse_date_range
from warfile.model import DateRange


@pytest.mark.parametrize("text, year, expected", [
    ("4 August 2013", None, "2013-08-04"),
    ("On 4 August 2013", None, "2013-08-04"),
    ("30 March", 2014, "2014-03-30"),
    ("by 30 March", 2014, "2014-03-30"),
    ("as of 2 April[3]", 2015, "2015-04-02"),
    ("March 2014", None, "2014-03"),
    ("early August 2013", None, "2013-08"),
    ("mid-June", 2014, "2014-06"),
    ("late October", 2012, "2012-10"),
    ("2014", None, "2014"),
    ("summer 2016", None, "2016"),
    ("November 9, 2015", None, "2015-11-09"),
    ("Tuesday, 9 December 2014", None, "2014-12-09"),
    ("9th of December 2014", None, "2014-12-09"),
    ("2014-03-21", None, "2014-03-21"),
])
def test_parse_date_reads_each_written_form_at_its_precision(text, year, expected):
    assert parse_date(text, year) == expected


@pytest.mark.parametrize("text", ["nonsense", "", "30 February 2014", "the 2014 offensive", "may", "42 March 2014"])
def test_parse_date_returns_none_for_text_that_is_not_one_date(text):
    assert parse_date(text) is None


def test_partial_date_without_a_year_is_not_completed_by_guessing():
    assert parse_date("30 March") is None


def test_explicit_year_in_text_wins_over_the_context_year():
    assert parse_date("3 May 2015", 2014) == "2015-05-03"


@pytest.mark.parametrize("text, expected", [
    ("21 March – 15 June 2014", DateRange("2014-03-21", "2014-06-15")),
    ("4–19 August 2013, ()", DateRange("2013-08-04", "2013-08-19")),
    ("4-19 August 2013", DateRange("2013-08-04", "2013-08-19")),
    ("5 March – 25 May 2014", DateRange("2014-03-05", "2014-05-25")),
    ("December 2013 – January 2014", DateRange("2013-12", "2014-01")),
    ("1 May 2015 – present", DateRange("2015-05-01", None, ongoing=True)),
    ("August 2013", DateRange("2013-08", None)),
    ("21 March 2014 (2 months, 3 weeks)", DateRange("2014-03-21", None)),
    ("21 March 2014\n(2 months, 3 weeks and 4 days)", DateRange("2014-03-21", None)),
    ("March 21 – June 15, 2014", DateRange("2014-03-21", "2014-06-15")),
    ("2 February 2016[1] – 12 March 2016[2]", DateRange("2016-02-02", "2016-03-12")),
    ("2014-03-21 – 2014-06-15", DateRange("2014-03-21", "2014-06-15")),
    ("{{Start date|2015|9|30}} – {{End date|2015|10|7}}", DateRange("2015-09-30", "2015-10-07")),
    ("September 10–19, 1950[1]", DateRange("1950-09-10", "1950-09-19")),  # days written month first
    ("March 2-19, 2002", DateRange("2002-03-02", "2002-03-19")),
])
def test_parse_date_range_reads_infobox_date_fields(text, expected):
    assert parse_date_range(text) == expected


def test_range_start_month_after_end_month_belongs_to_the_previous_year():
    assert parse_date_range("28 December – 4 January 2015") == DateRange("2014-12-28", "2015-01-04")


def test_range_end_without_year_rolls_into_the_next_year():
    assert parse_date_range("21 December 2013 – 3 January") == DateRange("2013-12-21", "2014-01-03")


def test_unreadable_range_is_empty():
    assert parse_date_range("unknown") == DateRange()


def test_find_dates_keeps_missing_year_open_and_marks_month_parts_approximate():
    found = find_dates("On 12 March rebels advanced; in mid-June they withdrew; in early August 2013 too.")
    assert [(d.year, d.month, d.day, d.approximate) for d in found] == [
        (None, 3, 12, False), (None, 6, None, True), (2013, 8, None, True)]


def test_find_dates_ignores_may_and_march_as_verbs():
    assert find_dates("the rebels may march on the town") == []


def test_date_precision_follows_ucdp_scale():
    assert [date_precision(d) for d in ("2014-03-21", "2014-03", "2014")] == [1, 4, 5]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_date_parsers_never_raise(text):
    parse_date(text)
    parse_date(text, 2014)
    parse_date_range(text)
    find_dates(text)


def test_years_before_1600_are_years():
    # the Great Siege of Malta, 1565: a day, a month and a year like any other
    mentions = find_dates("The Ottoman fleet arrived off Malta on 18 May 1565, and the siege was lifted in September 1565.")
    assert [(d.year, d.month, d.day) for d in mentions] == [(1565, 5, 18), (1565, 9, None)]


@pytest.mark.parametrize("text, expected", [
    ("23 November 2010\n14:34 – 15:41 (KST)", ("2010-11-23", None)),  # hours of one day are no range of days
    ("2:34 p.m. – 3:41 p.m., 23 November 2010", ("2010-11-23", None)),
    ("5 May 1945, 10:00 (UTC+2) – 8 May 1945", ("1945-05-05", "1945-05-08")),
])
def test_a_box_dates_hours_are_left_out_of_its_range(text, expected):
    r = parse_date_range(text)
    assert (r.start, r.end) == expected


def test_a_year_of_three_digits_is_a_year_where_no_count_can_be_meant():
    def dates(s):
        return [(d.year, d.month, d.day) for d in find_dates(s)]
    assert dates("In July 751 an Abbasid army met them.") == [(751, 7, None)]
    assert dates("The king was beheaded early in 751.") == [(751, None, None)]
    assert dates("In the spring of 751 Gao left Kucha.") == [(751, None, None)]
    assert dates("In May 200 Marines landed.") == [(None, 5, None)]  # a count after a month
    assert dates("On 23 March 300 soldiers were killed.") == [(None, 3, 23)]
    assert dates("The garrison grew from 200 to 300 men.") == []
    assert parse_date_range("23–25 July 751").start == "0751-07-23"  # ISO years have four digits
