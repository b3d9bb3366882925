"""Table-driven checks of the value parsers, in the forms infoboxes and their scrapes write."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract.values import (
    parse_casualties,
    parse_count,
    parse_people,
    parse_quantities,
    split_names,
    split_rank,
    split_supporters,
)
from warfile.model import Count, Equipment

# ---------------------------------------------------------------- counts

COUNTS = [
    ("3,200", Count(3200, 3200)),
    ("850", Count(850, 850)),
    ("2,500–3,000", Count(2500, 3000)),
    ("2,500 - 3,000", Count(2500, 3000)),
    ("600 to 800", Count(600, 800)),
    ("210-245", Count(210, 245)),
    ("between 70 and 90", Count(70, 90)),
    ("at least 320", Count(320, 320, "at least")),
    ("no less than 45", Count(45, 45, "at least")),
    ("more than 150", Count(150, 150, "more than")),
    ("over 2,000", Count(2000, 2000, "more than")),
    ("Over 2,000", Count(2000, 2000, "more than")),
    ("about 700", Count(700, 700, "about")),
    ("approximately 1,100", Count(1100, 1100, "about")),
    ("~60", Count(60, 60, "about")),
    ("c. 400", Count(400, 400, "about")),
    ("up to 5,000", Count(5000, 5000, "up to")),
    ("nearly 90", Count(90, 90, "up to")),
    ("fewer than 30", Count(30, 30, "fewer than")),
    ("450+", Count(450, 450, "at least")),
    ("3.5 thousand", Count(3500, 3500)),
    ("1.2 million", Count(1_200_000, 1_200_000)),
    ("12k", Count(12000, 12000)),
    ("seven", Count(7, 7)),
    ("0", Count(0, 0)),
    ("dozens", None),
    ("tens of", None),
    ("hundreds", None),
    ("Unknown", None),
    ("", None),
    ("Su-24", None),
    ("5th Division", None),
]


@pytest.mark.parametrize("text,expected", COUNTS, ids=[c[0] or "empty" for c in COUNTS])
def test_count_is_read_with_range_and_qualifier(text, expected):
    assert parse_count(text) == expected


def test_weapon_designation_digits_are_not_a_count_but_the_figure_before_is():
    assert parse_count("2 Su-24 jets") == Count(2, 2)


# ---------------------------------------------------------------- strength

STRENGTH = [
    ("3,000 fighters", [(Count(3000, 3000), "fighters", None)]),
    ("2,000–2,500 troops", [(Count(2000, 2500), "troops", None)]),
    ("800 Hezbollah fighters, 25 advisers from Iran, (IRGC claim",
     [(Count(800, 800), "Hezbollah fighters", None), (Count(25, 25), "advisers from Iran", "irgc")]),
    ("600 soldiers\n40 tanks", [(Count(600, 600), "soldiers", None), (Count(40, 40), "tanks", None)]),
    ("1,200 militiamen (per SOHR)", [(Count(1200, 1200), "militiamen", "sohr")]),
    ("at least 300 fighters", [(Count(300, 300, "at least"), "fighters", None)]),
    # a year in a note dates the figure; it is no second force
    ("Border Guard: 4,500 (June 2019)", [(Count(4500, 4500), "Border Guard", None)]),
    ("3,500 fighters (in March 2018)", [(Count(3500, 3500), "fighters", None)]),
    # a label ending in a colon names the figure after it
    ("Northern group:, 900–1,100, Relief column:, 250",
     [(Count(900, 1100), "Northern group", None), (Count(250, 250), "Relief column", None)]),
    ("Unknown", []),
    ("", []),
]


@pytest.mark.parametrize("text,expected", STRENGTH, ids=[s[0][:30] or "empty" for s in STRENGTH])
def test_strength_gives_one_quantity_per_stated_force(text, expected):
    got = [(q.count, q.unit, q.claimant) for q in parse_quantities(text)]
    assert got == expected


def test_strength_claim_note_is_kept_in_the_quantity_text():
    q = parse_quantities("900 fighters, 30 fighters from Jaysh al-Fath, (Abu Omar's claim")
    assert q[1].text == "30 fighters from Jaysh al-Fath, (Abu Omar's claim"


def test_strength_label_and_date_note_stay_in_the_figure_text():
    q = parse_quantities("Northern group: 900 (May 2019), Relief column: 250")
    assert [x.text for x in q] == ["Northern group: 900 (May 2019)", "Relief column: 250"]


def test_strength_figures_left_under_units_are_strength_not_units():
    from warfile.extract.casualties import strength_lines
    units, strength = strength_lines("4th Rifle Brigade\n3 Commando Brigade\n12 rebel units[2]\n"
                                     "4,000–4,500 fighters[7]\n  • Liwa al-Haq: 900 fighters[8]")
    assert units.splitlines() == ["4th Rifle Brigade", "3 Commando Brigade", "12 rebel units[2]"]
    assert [(q.count, q.unit) for q in parse_quantities(strength)] == [
        (Count(4000, 4500), "fighters"), (Count(900, 900), "fighters")]


def test_strength_trailing_unknown_of_other_column_is_not_a_unit_word():
    assert parse_quantities("2,000 fighters Unknown")[0].unit == "fighters"


# ---------------------------------------------------------------- casualties

def _c(c):
    return {k: v for k, v in (("killed", c.killed), ("wounded", c.wounded), ("captured", c.captured),
                              ("missing", c.missing), ("who", c.who), ("claimant", c.claimant),
                              ("as_of", c.as_of), ("equipment", c.equipment)) if v}


K = Count.exact
CASUALTIES = [
    ("1,900 killed and 3,400 wounded (government claim; by 12 April)",
     [{"killed": K(1900), "wounded": K(3400), "claimant": "government", "as_of": "2015-04-12"}]),
    ("320 killed (opposition claim)", [{"killed": K(320), "claimant": "opposition"}]),
    ("75 killed (per SOHR)", [{"killed": K(75), "claimant": "sohr"}]),
    ("75 killed per SOHR", [{"killed": K(75), "claimant": "sohr"}]),
    ("60 killed (according to the Syrian Army)", [{"killed": K(60), "claimant": "syrian army"}]),
    ("88–102 soldiers and 31 militiamen killed",
     [{"killed": Count(88, 102), "who": "soldiers"}, {"killed": K(31), "who": "militiamen"}]),
    ("4 killed and 11 wounded from Liwa al-Haq",
     [{"killed": K(4), "wounded": K(11), "who": "Liwa al-Haq"}]),
    ("2 Su-22s shot down", [{"equipment": (Equipment(2, "Su-22s"),)}]),
    ("1 L-39 shot down by rebels", [{"equipment": (Equipment(1, "L-39"),)}]),
    ("5 tanks destroyed", [{"equipment": (Equipment(5, "tanks"),)}]),
    ("140 captured", [{"captured": K(140)}]),
    ("9 missing", [{"missing": K(9)}]),
    ("23 taken prisoner", [{"captured": K(23)}]),
    ("64 fighters killed (before the counter-attack)", [{"killed": K(64), "who": "fighters"}]),
    ("at least 210 killed", [{"killed": Count(210, 210, "at least")}]),
    ("300+ dead", [{"killed": Count(300, 300, "at least")}]),
    ("Killed: 44, Wounded: 90", [{"killed": K(44), "wounded": K(90)}]),
    ("44 KIA, 90 WIA", [{"killed": K(44), "wounded": K(90)}]),
    ("30 soldiers killed and 70 wounded", [{"killed": K(30), "wounded": K(70), "who": "soldiers"}]),
    ("17 civilians killed", [{"killed": K(17), "who": "civilians"}]),
    ("two killed", [{"killed": K(2)}]),
    ("1,000+ killed, 3,000+ wounded",
     [{"killed": Count(1000, 1000, "at least"), "wounded": Count(3000, 3000, "at least")}]),
    ("35 killed, 120 wounded, 10 captured", [{"killed": K(35), "wounded": K(120), "captured": K(10)}]),
    ("3 helicopters and 2 tanks destroyed", [{"equipment": (Equipment(3, "helicopters"), Equipment(2, "tanks"))}]),
    ("44 killed (as of 1 June 2015)", [{"killed": K(44), "as_of": "2015-06-01"}]),
    ("12 killed (pro-government sources)", [{"killed": K(12), "claimant": "pro-government"}]),
    ("250 killed or wounded", [{}]),
    # the dead lumped with the missing or the captured are no count of the dead either
    ("5,800 killed or missing", [{}]),
    ("c. 2,500 killed, wounded and missing", [{}]),
    ("80 killed, wounded or captured", [{}]),
    ("300 killed and 200 missing", [{"killed": K(300), "missing": K(200)}]),
    # beyond the seeds: any item an equipment-only verb applies to, people by their noun
    ("1 VBIED destroyed", [{"equipment": (Equipment(1, "VBIED"),)}]),
    ("1 frigate sunk", [{"equipment": (Equipment(1, "frigate"),)}]),
    ("12 soldiers captured", [{"captured": K(12), "who": "soldiers"}]),
    ("c. 1,000 killed (Azerbaijani claim)", [{"killed": Count(1000, 1000, "about"), "claimant": "azerbaijani"}]),
    ("~50 civilians killed (per HRW)", [{"killed": Count(50, 50, "about"), "who": "civilians", "claimant": "hrw"}]),
    ("1,100 killed, 2,400 wounded (Russian claim; as of 3 May)",
     [{"killed": K(1100), "wounded": K(2400), "claimant": "russian", "as_of": "2015-05-03"}]),
    ("210 killed, 40 wounded (acc. Northern Command)",
     [{"killed": K(210), "wounded": K(40), "claimant": "northern command"}]),
    ("60 killed (local council; acc. to the governor)", [{"killed": K(60), "claimant": "governor"}]),
    ("95 killed (U.N. claim)", [{"killed": K(95), "claimant": "u.n."}]),
    ("310 deaths from cholera (aid agency claim)", [{"killed": K(310), "claimant": "aid agency"}]),
    ("75+ people executed in the old town (before 9 June)",
     [{"killed": Count(75, 75, "at least"), "who": "people", "as_of": "2015-06-09"}]),
    ("Over 400,000 displaced", []),
    ("Unknown civilians", []),
    ("See casualties section", []),
    ("Unknown", []),
    ("", []),
]


@pytest.mark.parametrize("text,expected", CASUALTIES, ids=[c[0][:40] or "empty" for c in CASUALTIES])
def test_casualty_claim_is_read_into_counts_who_and_claimant(text, expected):
    assert [_c(c) for c in parse_casualties(text, 2015)] == expected


def test_claims_on_separate_lines_give_separate_entries():
    got = parse_casualties("410 killed (opposition claim)\n\n95 killed (government claim; by 2 May)", 2016)
    assert [(c.killed, c.claimant, c.as_of) for c in got] == [
        (K(410), "opposition", None), (K(95), "government", "2016-05-02")]


def test_as_of_day_before_the_operation_began_is_in_its_next_year():
    got = parse_casualties("40 killed (army claim; by 3 February)\n12 killed (by 3 February 2014)\n"
                           "8 killed (by 30 December)", 2014, "2014-11-21")
    assert [c.as_of for c in got] == ["2015-02-03", "2014-02-03", "2014-12-30"]


def test_claims_run_together_by_citation_marks_are_split():
    got = parse_casualties("410 killed (opposition claim)[7]95 killed (government claim)[8]")
    assert [(c.killed, c.claimant) for c in got] == [(K(410), "opposition"), (K(95), "government")]
    assert got[0].text == "410 killed (opposition claim)"


CITED_INSIDE = [
    ("1,300[4]–1,600[5] Jaysh al-Nasr fighters", [(Count(1300, 1600), "Jaysh al-Nasr fighters")]),
    ("2,000 troops,[3] 1,300[4]–1,600[5] Jaysh al-Nasr fighters 25 tanks",
     [(Count(2000, 2000), "troops"), (Count(1300, 1600), "Jaysh al-Nasr fighters"), (Count(25, 25), "tanks")]),
    ("700 fighters[3] 2,000 soldiers[4]", [(Count(700, 700), "fighters"), (Count(2000, 2000), "soldiers")]),
]


@pytest.mark.parametrize("text,expected", CITED_INSIDE, ids=[c[0][:30] for c in CITED_INSIDE])
def test_citation_marks_inside_a_strength_figure_do_not_cut_it(text, expected):
    assert [(q.count, q.unit) for q in parse_quantities(text)] == expected


CITED_CLAIMS = [
    ("140[3]–600+[9] killed", [{"killed": Count(140, 600, "at least")}]),
    ("70-85 Liwa al-Haq fighters,[6] 12 soldiers and militiamen and 4 advisers killed",
     [{"killed": Count(70, 85), "who": "Liwa al-Haq fighters"}, {"killed": K(12), "who": "soldiers and militiamen"},
      {"killed": K(4), "who": "advisers"}]),
    ("900 killed[2] and 45+ captured[3] (army claim)",
     [{"killed": K(900), "captured": Count(45, 45, "at least"), "claimant": "army"}]),
    ("210 killed\n(60 Liwa al-Haq)", [{"killed": K(210)}]),
    ("210 killed\n(3+ Moroccans, 1 Tunisian)", [{"killed": K(210)}]),
]


@pytest.mark.parametrize("text,expected", CITED_CLAIMS, ids=[c[0][:30] for c in CITED_CLAIMS])
def test_citation_marks_and_breakdowns_inside_a_claim_keep_it_whole(text, expected):
    assert [_c(c) for c in parse_casualties(text, 2015)] == expected


def test_one_sentence_naming_two_groups_gives_both_entries_the_whole_text():
    got = parse_casualties("88–102 soldiers and 31 militiamen killed")
    assert {c.text for c in got} == {"88–102 soldiers and 31 militiamen killed"}


def test_figure_not_separating_killed_from_wounded_carries_no_counts():
    (c,) = parse_casualties("250 casualties")
    assert (c.killed, c.wounded, c.text) == (None, None, "250 casualties")


# ---------------------------------------------------------------- people

def _p(p):
    return (p.name, p.rank, p.role, p.killed)


PEOPLE = [
    ("Omar Haddad † (Liwa al-Fath Leader) Sami Khoury † (al-Haq Brigade Commander) Abu Karim (Jaysh al-Izza Commander)",
     [("Omar Haddad", None, "Liwa al-Fath Leader", True), ("Sami Khoury", None, "al-Haq Brigade Commander", True),
      ("Abu Karim", None, "Jaysh al-Izza Commander", False)]),
    ("Omar HaddadKIA, (Liwa al-Fath leader), Abu Karim, (ISIL emir), Abu Yusuf al-Masri",
     [("Omar Haddad", None, "Liwa al-Fath leader", True), ("Abu Karim", None, "ISIL emir", False),
      ("Abu Yusuf al-Masri", None, None, False)]),
    ("Maj. Gen. Fadi Nasser\n(Army Chief of staff)\nRami Salloum \n(Hama NDF commander)",
     [("Fadi Nasser", "Maj. Gen.", "Army Chief of staff", False), ("Rami Salloum", None, "Hama NDF commander", False)]),
    ("Lt. Gen. Fadi Nasser (Army Chief of staff)Rami Salloum † (Hama NDF commander)[12]",
     [("Fadi Nasser", "Lt. Gen.", "Army Chief of staff", False), ("Rami Salloum", None, "Hama NDF commander", True)]),
    ("Col. Nabil Issa\n(Hill 60 commander)", [("Nabil Issa", "Col.", "Hill 60 commander", False)]),
    ("Brig. Gen. Tarek Saleh", [("Tarek Saleh", "Brig. Gen.", None, False)]),
    ("Brigadier General Tarek Saleh", [("Tarek Saleh", "Brigadier General", None, False)]),
    ("Vice Admiral Karim Aziz", [("Karim Aziz", "Vice Admiral", None, False)]),
    ("Hassan Darwish (KIA)", [("Hassan Darwish", None, None, True)]),
    ("Hassan Darwish, killed", [("Hassan Darwish", None, None, True)]),
    ("Hassan Darwish (POW)", [("Hassan Darwish", None, None, False)]),
    ("Unknown top Ahrar commander\n(Ahrar commander)", [("Unknown top Ahrar commander", None, "Ahrar commander", False)]),
    ("Walid Sharif\nFaris Awad", [("Walid Sharif", None, None, False), ("Faris Awad", None, None, False)]),
    ("Nadim Sabbagh (Latakia NDF commander)", [("Nadim Sabbagh", None, "Latakia NDF commander", False)]),
    # other fates glued on or spaced are taken off the name and do not make a commander killed
    ("Taras KovalWIA, Omar Saleh POW, Ivan PetrenkoMIA",
     [("Taras Koval", None, None, False), ("Omar Saleh", None, None, False), ("Ivan Petrenko", None, None, False)]),
    # DOW: died of wounds; the role is in the parenthesis after it
    ("Abu Sami (DOW) (Northern Lions commander)", [("Abu Sami", None, "Northern Lions commander", True)]),
    ("Abu SamiDOW", [("Abu Sami", None, None, True)]),
    # a lone KIA after an entry that wrote its own fate stands for a person the dump lost
    ("O. P. Hrytsenko, V. K. LysenkoWIA, KIA", [("O. P. Hrytsenko", None, None, False), ("V. K. Lysenko", None, None, False)]),
    # an image's size where a portrait or flag stood: "23px KIA" is a person whose name was lost
    ("Adam Kovalenko, 23px KIA, 23px Petro HaiWIA", [("Adam Kovalenko", None, None, False), ("Petro Hai", None, None, False)]),
    # a horizontal rule between groups of entries is a separator
    ("Brig. Gen. Karim HaddadKIA ---- Nabil bin Fahd Al Qasimi",
     [("Karim Haddad", "Brig. Gen.", None, True), ("Nabil bin Fahd Al Qasimi", None, None, False)]),
    # several people run together on one line: a rank after a name opens the next person, a
    # dagger with more names after it ends one
    ("Brig. Gen. Omar Haddad Col. Sami Khoury (Hama sector)",
     [("Omar Haddad", "Brig. Gen.", None, False), ("Sami Khoury", "Col.", "Hama sector", False)]),
    ("Brig. Gen. Nizar Aziz † Brig. Gen. Fadi Saab (WIA) Rami Aziz † (Desert Hawks)",
     [("Nizar Aziz", "Brig. Gen.", None, True), ("Fadi Saab", "Brig. Gen.", None, False),
      ("Rami Aziz", None, "Desert Hawks", True)]),
    # a rank word after a lower-case word is part of a title, not a new person
    ("Pavel Orlov, Chief of General Staff", [("Pavel Orlov", None, None, False), ("Chief of General Staff", None, None, False)]),
    # ranks abbreviated as scrapes write them
    ("Sen. Lt. Pavel Orlov", [("Pavel Orlov", "Sen. Lt.", None, False)]),
    ("Lt. Gen.Abdel-Karim al-Hamdani", [("Abdel-Karim al-Hamdani", "Lt. Gen.", None, False)]),
    ("Sen. Pavel Orlov", [("Sen. Pavel Orlov", None, None, False)]),
    ("Unknown", []),
    ("", []),
]


@pytest.mark.parametrize("text,expected", PEOPLE, ids=[p[0][:40] or "empty" for p in PEOPLE])
def test_commander_entries_give_name_rank_role_and_killed(text, expected):
    assert [_p(p) for p in parse_people(text)] == expected


def test_commander_with_glued_kia_is_marked_killed():
    (p,) = parse_people("Nizar HamdanKIA")
    assert (p.name, p.killed) == ("Nizar Hamdan", True)


def test_place_name_ending_in_kia_is_not_a_kill_mark():
    (p,) = parse_people("Adel Haddad (Latakia commander)")
    assert (p.role, p.killed) == ("Latakia commander", False)


def test_alias_note_is_an_alias_not_a_role():
    (p,) = parse_people("Ahmad Rahim (a.k.a. Abu Bakr al-Idlibi)")
    assert p.aliases == ("Abu Bakr al-Idlibi",) and p.role is None


def test_quoted_nickname_in_parentheses_is_an_alias():
    (p,) = parse_people('Taras Hrytsenko ("Grom")')
    assert p.aliases == ("Grom",) and p.role is None


def test_note_parts_split_by_semicolons_are_read_one_by_one():
    (p,) = parse_people("Abu Karim al-Masri (a.k.a. Abu Samir; Governor of Raqqa)")
    assert p.aliases == ("Abu Samir",) and p.role == "Governor of Raqqa"


def test_rank_needs_a_name_after_it():
    assert split_rank("General") == (None, "General")


# ---------------------------------------------------------------- names

NAMES = [
    ("Jaysh al-Fath\nAhrar ash-Sham\nFaylaq al-Sham", ("Jaysh al-Fath", "Ahrar ash-Sham", "Faylaq al-Sham")),
    ("Jaysh al-Fath[1] Ahrar ash-Sham[2] Free Syrian Army[3][4]", ("Jaysh al-Fath", "Ahrar ash-Sham", "Free Syrian Army")),
    ("Syrian Arab Army, * Tiger Forces, ** 4th Armoured Division", ("Syrian Arab Army", "Tiger Forces", "4th Armoured Division")),
    ("Liwa al-Haq Jaysh al-Izza Kataib Ansar al-Din Ahrar ash-Sham Jund al-Aqsa",
     ("Liwa al-Haq", "Jaysh al-Izza", "Kataib Ansar al-Din", "Ahrar ash-Sham", "Jund al-Aqsa")),
    ("Sham Legion Jund al-Aqsa", ("Sham Legion", "Jund al-Aqsa")),
    ("Army of Islam", ("Army of Islam",)),
    ("Islamic Movement of Ahrar ash-Sham", ("Islamic Movement of Ahrar ash-Sham",)),
    ("Free Syrian Army Islamic Front Hezbollah", ("Free Syrian Army", "Islamic Front", "Hezbollah")),
    ("Syrian Army Special Forces", ("Syrian Army Special Forces",)),
    ("Flag of Syria.svg Syria\nFlag of Syria", ("Syria",)),
    ("Hezbollah, , ", ("Hezbollah",)),
    # a numbered formation ends at its formation word; the next ordinal opens another entry
    ("3rd Mechanised Division 9th Guards Brigade", ("3rd Mechanised Division", "9th Guards Brigade")),
    ("20th Army 38th Army", ("20th Army", "38th Army")),
    ("2nd Battalion 5th Marines 3rd Brigade", ("2nd Battalion", "5th Marines", "3rd Brigade")),
    ("6th Armoured Division Presidential Guard", ("6th Armoured Division", "Presidential Guard")),
    ("1st Airborne Division", ("1st Airborne Division",)),
    ("Iraq ---- Kurdistan Region", ("Iraq", "Kurdistan Region")),
    # headings over part of a list are not names; the entries under them and after them are
    ("Ruritania\nAllied militias:\nFreedom Legion\nAir support: Borduria, Syldavia",
     ("Ruritania", "Freedom Legion", "Borduria", "Syldavia")),
    ("Airstrikes: Borduria", ("Borduria",)),
    # a proper name before a colon stays: it heads its own entries
    ("Jabhat al-Karim: Liwa al-Haq", ("Jabhat al-Karim", "Liwa al-Haq")),
    # a parenthesis on its own qualifies the entry before it; saying when the party fought, it names
    # no one, and the party is named without it
    ("Borduria\n(since 3 May 2016)\nSyldavia[4] ( 2–9 June only)[5]", ("Borduria", "Syldavia")),
    ("Borduria (Basilan faction)\nSyldavia (air support)", ("Borduria (Basilan faction)", "Syldavia (air support)")),
    # states' names run together (their flags' line breaks lost) are one entry each
    ("Iraq Iran", ("Iraq", "Iran")),
    ("United Arab Emirates Oman", ("United Arab Emirates", "Oman")),
    # a parenthesis adds no name to a run's length: no cut after the tail word
    ("Iraqi Renewal Party Veterans (limited involvement)", ("Iraqi Renewal Party Veterans (limited involvement)",)),
    # rendering leftovers: image sizes and options, a mirror's table-of-contents toggle
    ("Steppe Legion Contents\n23px|border|link Home Guard, 18px Kalyna Battalion",
     ("Steppe Legion", "Home Guard", "Kalyna Battalion")),
    ("Unknown", ()),
    ("", ()),
]


@pytest.mark.parametrize("text,expected", NAMES, ids=[n[0][:40] or "empty" for n in NAMES])
def test_name_list_is_split_at_separators_citations_and_head_words(text, expected):
    assert split_names(text) == expected


def test_supported_by_entries_go_to_supporters():
    b, s = split_supporters("Jaysh al-Fath\nAhrar ash-Sham\n\nSupported by:\n\u00a0Qatar\nSaudi Arabia")
    assert b == ("Jaysh al-Fath", "Ahrar ash-Sham") and s == ("Qatar", "Saudi Arabia")


def test_split_names_leaves_supporters_out():
    assert split_names("Hezbollah\nSupported by:\nIran") == ("Hezbollah",)


# ---------------------------------------------------------------- never raises

@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_no_parser_raises_on_arbitrary_text(text):
    parse_count(text)
    parse_quantities(text)
    parse_casualties(text, 2014)
    parse_people(text)
    split_names(text)
    split_supporters(text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789,.–-()[] †KIAkilledwounded by of per claim\n:~+", max_size=80))
def test_no_parser_raises_on_number_heavy_text(text):
    parse_count(text)
    parse_quantities(text)
    parse_casualties(text, None)
    parse_people(text)


def test_digit_run_too_long_for_a_figure_is_not_a_count():
    assert parse_count("1" * 400 + " killed") is None
    (claim,) = parse_casualties("9" * 400 + " killed")
    assert claim.killed is None and claim.text.endswith("killed")


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"[~]?[\d,.]{1,30}( ?(thousand|million|k|\+))?( ?[-–to]{1,3} ?[\d,.]{1,30})?", fullmatch=True))
def test_no_count_parser_raises_on_any_digit_string(text):
    parse_count(text)
    parse_casualties(text + " killed")
    parse_quantities(text + " fighters")


def test_hyphenated_and_untranslated_ranks_are_ranks():
    assert split_rank("Vice-Senior General Soe Win") == ("Vice-Senior General", "Soe Win")
    assert split_rank("Vicecomodoro Wilson Pedrozo") == ("Vicecomodoro", "Wilson Pedrozo")
    assert [p.name for p in parse_people("Senior General Min Aung Hlaing\nVice-Senior General Soe Win")] == [
        "Min Aung Hlaing", "Soe Win"]


def test_abbreviated_and_self_styled_ranks():
    assert split_rank("Wg Cdr M. S. Bawa") == ("Wg Cdr", "M. S. Bawa")
    assert [(p.rank, p.name) for p in parse_people('"Brigadier" Foday Kallay')] == [('"Brigadier"', "Foday Kallay")]


def test_a_knighthood_goes_with_the_rank():
    assert split_rank("Gen. Sir Charles Keightley") == ("Gen. Sir", "Charles Keightley")
    assert split_rank("Sir Charles Keightley") == ("Sir", "Charles Keightley")  # no rank: the knighthood stands for one
    assert split_rank("Sir Fred") == (None, "Sir Fred")


def test_german_naval_police_ss_and_senior_ranks():
    assert split_rank("SS-Obergruppenführer Wilhelm Voss") == ("SS-Obergruppenführer", "Wilhelm Voss")
    assert split_rank("Generalfeldmarschall Walter Kell") == ("Generalfeldmarschall", "Walter Kell")
    assert split_rank("Kapitän zur See Hans Voss") == ("Kapitän zur See", "Hans Voss")
    assert split_rank("Deputy Assistant Commissioner John Dell") == ("Deputy Assistant Commissioner", "John Dell")
    assert split_rank("Commissioner Voss") == (None, "Commissioner Voss")  # alone it may be an office
    assert [(p.rank, p.name) for p in parse_people("Sr. Lt. Gen. Van Tien Dung (General Staff)\nMaj. Gen. Dam Trung")] == [
        ("Sr. Lt. Gen.", "Van Tien Dung"), ("Maj. Gen.", "Dam Trung")]


def test_hostages_killed_are_killed_hostages_rescued_no_loss_and_semicolons_part_claims():
    got = parse_casualties("60 hostages killed\n1,800 hostages rescued\n250 hostages")
    assert [(c.killed, c.captured) for c in got] == [(Count(60, 60), None), (None, None), (None, Count(250, 250))]
    got = parse_casualties("72 killed, 28 wounded; 1 cruiser damaged\n160 killed (Amrit claim; as of 20 May)")
    assert [c.text for c in got] == ["72 killed, 28 wounded", "1 cruiser damaged", "160 killed (Amrit claim; as of 20 May)"]


def test_calibres_trains_warrant_officers_illness_and_inline_bullets():
    assert [q.text for q in parse_quantities("1,800 soldiers\n2 7-pounder guns")] == ["1,800 soldiers", "2 7-pounder guns"]
    got = parse_casualties("* about 100 killed (estimate) * 2,900 captured * 1 armoured train captured")
    assert [(c.killed, c.captured, c.equipment) for c in got] == [
        (Count(100, 100, "about"), None, ()), (None, Count(2900, 2900), ()), (None, None, (Equipment(1, "armoured train"),))]
    assert [(c.killed, c.text) for c in parse_casualties("2 killed, 15 died of disease")] == [
        (Count(2, 2), "2 killed, 15 died of disease")]
    assert split_rank("CW3 Ilan Voss") == ("CW3", "Ilan Voss")


def test_rulers_and_chiefs_titles_and_short_naval_and_air_ranks_are_ranks():
    from warfile.extract.people import parse_people
    people = parse_people("Emperor Tewodros III\nRas Kassa Darge\nV. Adm. Hugh Orrin (Combined Operations)\n"
                          "AVM Keith Dalby\nMullah Nasrin\nLord Arden")
    assert [(p.name, p.rank) for p in people] == [
        ("Tewodros III", "Emperor"), ("Kassa Darge", "Ras"), ("Hugh Orrin", "V. Adm."), ("Keith Dalby", "AVM"),
        ("Nasrin", "Mullah"), ("Lord Arden", None)]  # a peer's title is how he is named


def test_a_quoted_nickname_after_a_name_is_an_alias_one_inside_it_is_the_name():
    from warfile.extract.people import parse_people
    people = parse_people('Ivo Tamba Kand "Gullit" (field commander)\nSam "Wolf" Osk')
    assert [(p.name, p.role, p.aliases) for p in people] == [
        ("Ivo Tamba Kand", "field commander", ("Gullit",)), ('Sam "Wolf" Osk', None, ())]


def test_a_role_after_a_spaced_dash_is_the_role():
    from warfile.extract.people import parse_people
    people = parse_people("Gen. Ivo Kand — Commander of the Army\nCol. Pero Lask – police commander (POW)")
    assert [(p.name, p.rank, p.role) for p in people] == [
        ("Ivo Kand", "Gen.", "Commander of the Army"), ("Pero Lask", "Col.", "police commander")]


def test_a_medical_officers_rank():
    from warfile.extract.people import parse_people
    assert [(p.name, p.rank) for p in parse_people("Surgeon-Maj. Ivo Kand (British Agent)")] == [
        ("Ivo Kand", "Surgeon-Maj.")]


def test_a_german_general_of_an_arm():
    from warfile.extract.people import parse_people
    assert [(p.name, p.rank) for p in parse_people("General der Fallschirmtruppe Ivo Kand")] == [
        ("Ivo Kand", "General der Fallschirmtruppe")]


def test_a_navigation_boxs_template_name_left_in_a_flattened_copy_names_nothing():
    from warfile.extract.names import is_noise
    assert is_noise("Campaignbox Indian Rebellion of 1857") and is_noise("Navbox Korvan War")
    assert not is_noise("Indian Rebellion of 1857")


@pytest.mark.parametrize("text, expected", [
    # one claim's tallies a line each ("127 killed<br>451 wounded") are one entry; a note on the
    # last line is the whole claim's
    ("127 killed\n451 wounded[13]", [(127, 451, None, None)]),
    ("199 killed\n504 wounded\n4,700 captured", [(199, 504, 4700, None)]),
    ("22 killed\n50 wounded (per Clive's dispatch)\nc. 500 killed and wounded (per Clive)",
     [(22, 50, None, "clive's dispatch"), (None, None, None, "clive")]),
    # a second line counting what the first counted is another claim (another group's)
    ("30 killed\n12 killed", [(30, None, None, None), (12, None, None, None)]),
    # under a figure that is no tally ("killed or missing") each tally line is a claim of its own
    ("2,113 killed or missing\n2,300 wounded\n10,000 captured",
     [(None, None, None, None), (None, 2300, None, None), (None, None, 10000, None)]),
    ("Japan:\n236 killed\n1,282 wounded\nUnited Kingdom:\n12 killed\n53 wounded",
     [(236, 1282, None, None), (12, 53, None, None)]),
])
def test_tallies_written_a_line_each_are_one_claim(text, expected):
    def key(c):
        return tuple(x.low if x else None for x in (c.killed, c.wounded, c.captured)) + (c.claimant,)
    assert [key(c) for c in parse_casualties(text)] == expected


def test_a_commanders_cell_saying_there_was_none_names_no_one():
    assert parse_people("None present") == () and parse_people("No one") == ()
    assert [p.name for p in parse_people("Pero Lask\nNone present")] == ["Pero Lask"]
