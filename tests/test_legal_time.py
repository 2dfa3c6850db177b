"""Swedish legal time: lag (1930:173), the holiday list of lag (1989:253), FL 44 § appeals.

The hand-worked cases were counted on a calendar from the statute text; the holiday calendar is
checked day by day against an independent computation (Gregorian computus) for 1990–2050.
"""

from __future__ import annotations

import inspect
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivo_workflow import legal_time
from ivo_workflow.errors import InputError
from ivo_workflow.legal_time import (
    LAG_1930_173_1,
    LAG_1930_173_2,
    RuleSet,
    appeal_deadline,
    check_set_date,
    format_date_short_sv,
    format_date_sv,
    is_non_working_day,
    non_working_reason,
    parse_date,
    rules_in_force,
    set_date_deadline,
    statutory_deadline,
    working_days_between,
)

D = date

# ---------------------------------------------------------------------------------------------
# An independent calendar
# ---------------------------------------------------------------------------------------------


def easter_sunday(year: int) -> date:
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def first_weekday_from(start: date, weekday: int) -> date:
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def expected_named_days(year: int) -> dict[date, set[str]]:
    """Lag (1989:253) 1 § (the list in force on each day) plus the aftnar of 2 § lag (1930:173)."""
    easter = easter_sunday(year)
    reform = date(2005, 4, 1)
    days: list[tuple[date, str]] = [
        (date(year, 1, 1), "nyårsdagen"),
        (date(year, 1, 6), "trettondedag jul"),
        (easter - timedelta(days=2), "långfredagen"),
        (easter, "påskdagen"),
        (easter + timedelta(days=1), "annandag påsk"),
        (date(year, 5, 1), "första maj"),
        (easter + timedelta(days=39), "Kristi himmelsfärdsdag"),
        (easter + timedelta(days=49), "pingstdagen"),
        (first_weekday_from(date(year, 6, 19), 4), "midsommarafton"),
        (first_weekday_from(date(year, 6, 20), 5), "midsommardagen"),
        (first_weekday_from(date(year, 10, 31), 5), "alla helgons dag"),
        (date(year, 12, 24), "julafton"),
        (date(year, 12, 25), "juldagen"),
        (date(year, 12, 26), "annandag jul"),
        (date(year, 12, 31), "nyårsafton"),
    ]
    if easter + timedelta(days=50) < reform:
        days.append((easter + timedelta(days=50), "annandag pingst"))
    if date(year, 6, 6) >= reform:
        days.append((date(year, 6, 6), "nationaldagen"))
    result: dict[date, set[str]] = {}
    for day, name in days:
        result.setdefault(day, set()).add(name)
    return result


def test_independent_computus_matches_known_easters() -> None:
    known = {
        1999: D(1999, 4, 4),
        2004: D(2004, 4, 11),
        2008: D(2008, 3, 23),
        2014: D(2014, 4, 20),
        2019: D(2019, 4, 21),
        2025: D(2025, 4, 20),
        2038: D(2038, 4, 25),
    }
    for year, easter in known.items():
        assert easter_sunday(year) == easter


def test_the_holiday_table_is_what_the_holidays_package_gives() -> None:
    """The calendar is read from a table written from ``holidays`` (so that counting days does
    not import it); the table must still be what the installed ``holidays`` gives, year by year.
    """
    table = inspect.getsourcefile(legal_time)
    assert table is not None
    written = Path(table).with_name("_holiday_table.py").read_text(encoding="utf-8")
    assert written == legal_time.holiday_table_source(), (
        "src/ivo_workflow/_holiday_table.py is out of date: rewrite it with "
        "ivo_workflow.legal_time.holiday_table_source()"
    )
    for year in (1990, 2005, 2014, 2100):
        assert legal_time._holidays_of_year(year) == legal_time._holidays_from_package(year)


def test_calendar_matches_independent_computation_1990_2050() -> None:
    day = D(1990, 1, 1)
    checked = 0
    while day <= D(2050, 12, 31):
        named = expected_named_days(day.year).get(day)
        if named:
            expected: set[str] | None = named
        elif day.weekday() == 5:
            expected = {"lördag"}
        elif day.weekday() == 6:
            expected = {"söndag"}
        else:
            expected = None
        reason = non_working_reason(day)
        assert (set(reason.split(" och ")) if reason else None) == expected, day
        assert is_non_working_day(day) is (expected is not None), day
        day += timedelta(days=1)
        checked += 1
    assert checked == 22280


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (D(2014, 1, 5), "söndag"),  # trettondagsafton on a Sunday is still only a Sunday
        (D(2015, 1, 5), None),  # trettondagsafton: a working day (RÅ 2004 not 40)
        (D(2025, 4, 17), None),  # skärtorsdagen
        (D(2025, 4, 30), None),  # valborgsmässoafton
        (D(2025, 10, 31), None),  # the Friday before alla helgons dag
        (D(2025, 5, 30), None),  # the Friday after Kristi himmelsfärd
        (D(2025, 4, 18), "långfredagen"),
        (D(2025, 4, 19), "lördag"),  # påskafton counts as a Saturday
        (D(2025, 4, 20), "påskdagen"),
        (D(2025, 4, 21), "annandag påsk"),
        (D(2025, 5, 29), "Kristi himmelsfärdsdag"),
        (D(2025, 6, 8), "pingstdagen"),
        (D(2025, 6, 9), None),  # annandag pingst after 2005
        (D(2025, 6, 20), "midsommarafton"),
        (D(2025, 6, 21), "midsommardagen"),
        (D(2025, 11, 1), "alla helgons dag"),
        (D(2022, 12, 24), "julafton"),  # a Saturday: named, not "lördag"
        (D(2022, 12, 25), "juldagen"),
        (D(2004, 5, 31), "annandag pingst"),
        (D(2004, 6, 6), "söndag"),  # not nationaldagen in 2004
        (D(2003, 6, 6), None),  # a Friday, a working day before the reform
        (D(2005, 5, 16), None),  # annandag pingst 2005: after 1 April 2005
        (D(2005, 6, 6), "nationaldagen"),
        (D(2008, 5, 1), "första maj och Kristi himmelsfärdsdag"),
        (D(2049, 6, 6), "nationaldagen och pingstdagen"),
    ],
)
def test_non_working_reason(day: date, reason: str | None) -> None:
    assert non_working_reason(day) == reason
    assert is_non_working_day(day) is (reason is not None)


def test_dates_before_1990_are_refused() -> None:
    with pytest.raises(InputError, match="1990"):
        is_non_working_day(D(1989, 12, 31))


# ---------------------------------------------------------------------------------------------
# lag (1930:173): hand-worked cases
# ---------------------------------------------------------------------------------------------

STATUTORY_CASES = [
    # (start, kwargs, nominal, last, reasons)
    # domain § 4.4: Wed 1 Oct 2014 + 3 weeks = Wed 22 Oct 2014
    (D(2014, 10, 1), {"weeks": 3}, D(2014, 10, 22), D(2014, 10, 22), ()),
    # julafton chain: Wed 24 Dec 2025 -> Mon 29 Dec
    (
        D(2025, 12, 3),
        {"weeks": 3},
        D(2025, 12, 24),
        D(2025, 12, 29),
        ("julafton", "juldagen", "annandag jul", "lördag", "söndag"),
    ),
    # julafton on a Saturday: Sat 24, Sun 25, Mon 26 Dec 2022 -> Tue 27 Dec
    (
        D(2022, 12, 3),
        {"weeks": 3},
        D(2022, 12, 24),
        D(2022, 12, 27),
        ("julafton", "juldagen", "annandag jul"),
    ),
    # midsommarafton: Fri 20 Jun 2025 -> Mon 23 Jun
    (
        D(2025, 5, 30),
        {"weeks": 3},
        D(2025, 6, 20),
        D(2025, 6, 23),
        ("midsommarafton", "midsommardagen", "söndag"),
    ),
    # midsommardagen: Sat 21 Jun 2025 -> Mon 23 Jun
    (D(2025, 5, 31), {"weeks": 3}, D(2025, 6, 21), D(2025, 6, 23), ("midsommardagen", "söndag")),
    # nyårsafton + nyårsdagen: Wed 31 Dec 2025 -> Fri 2 Jan 2026
    (D(2025, 12, 10), {"weeks": 3}, D(2025, 12, 31), D(2026, 1, 2), ("nyårsafton", "nyårsdagen")),
    # nyårsafton Fri, nyårsdagen Sat, Sunday: Fri 31 Dec 2021 -> Mon 3 Jan 2022
    (
        D(2021, 12, 10),
        {"weeks": 3},
        D(2021, 12, 31),
        D(2022, 1, 3),
        ("nyårsafton", "nyårsdagen", "söndag"),
    ),
    # trettondagsafton Mon 5 Jan 2015 is a working day (RÅ 2004 not 40)
    (D(2014, 12, 15), {"weeks": 3}, D(2015, 1, 5), D(2015, 1, 5), ()),
    # trettondedag jul Wed 6 Jan 2016 -> Thu 7 Jan
    (D(2015, 12, 16), {"weeks": 3}, D(2016, 1, 6), D(2016, 1, 7), ("trettondedag jul",)),
    # långfredagen: Fri 18 Apr 2025 -> Tue 22 Apr (påskafton is a Saturday)
    (
        D(2025, 3, 28),
        {"weeks": 3},
        D(2025, 4, 18),
        D(2025, 4, 22),
        ("långfredagen", "lördag", "påskdagen", "annandag påsk"),
    ),
    # annandag påsk: Mon 21 Apr 2025 -> Tue 22 Apr
    (D(2025, 3, 31), {"weeks": 3}, D(2025, 4, 21), D(2025, 4, 22), ("annandag påsk",)),
    # skärtorsdagen Thu 17 Apr 2025 is a working day
    (D(2025, 3, 27), {"weeks": 3}, D(2025, 4, 17), D(2025, 4, 17), ()),
    # Kristi himmelsfärdsdag: Thu 29 May 2025 -> Fri 30 May (klämdag is a working day)
    (D(2025, 5, 8), {"weeks": 3}, D(2025, 5, 29), D(2025, 5, 30), ("Kristi himmelsfärdsdag",)),
    # första maj Thu 1 May 2025 -> Fri 2 May; valborgsmässoafton Wed 30 Apr not moved
    (D(2025, 4, 10), {"weeks": 3}, D(2025, 5, 1), D(2025, 5, 2), ("första maj",)),
    (D(2025, 4, 9), {"weeks": 3}, D(2025, 4, 30), D(2025, 4, 30), ()),
    # alla helgons dag: Sat 1 Nov 2025 -> Mon 3 Nov; the Friday before is a working day
    (D(2025, 10, 11), {"weeks": 3}, D(2025, 11, 1), D(2025, 11, 3), ("alla helgons dag", "söndag")),
    (D(2025, 10, 10), {"weeks": 3}, D(2025, 10, 31), D(2025, 10, 31), ()),
    # plain weekend: Sat 4 Oct 2025 -> Mon 6 Oct; Sun 5 Oct -> Mon 6 Oct
    (D(2025, 9, 13), {"weeks": 3}, D(2025, 10, 4), D(2025, 10, 6), ("lördag", "söndag")),
    (D(2025, 9, 14), {"weeks": 3}, D(2025, 10, 5), D(2025, 10, 6), ("söndag",)),
    # nationaldagen Fri 6 Jun 2025 -> Mon 9 Jun (annandag pingst is a working day now)
    (
        D(2025, 5, 16),
        {"weeks": 3},
        D(2025, 6, 6),
        D(2025, 6, 9),
        ("nationaldagen", "lördag", "pingstdagen"),
    ),
    # months: the 31st into February, non-leap and leap years
    (D(2023, 1, 31), {"months": 1}, D(2023, 2, 28), D(2023, 2, 28), ()),
    (D(2024, 1, 31), {"months": 1}, D(2024, 2, 29), D(2024, 2, 29), ()),
    (D(2020, 1, 31), {"months": 1}, D(2020, 2, 29), D(2020, 3, 2), ("lördag", "söndag")),
    (D(2025, 8, 31), {"months": 6}, D(2026, 2, 28), D(2026, 3, 2), ("lördag", "söndag")),
    (D(2024, 2, 29), {"years": 1}, D(2025, 2, 28), D(2025, 2, 28), ()),
    (D(2024, 2, 29), {"years": 4}, D(2028, 2, 29), D(2028, 2, 29), ()),
    (D(2023, 2, 28), {"months": 1}, D(2023, 3, 28), D(2023, 3, 28), ()),  # not the 31st
    (D(2024, 1, 31), {"years": 1, "months": 1}, D(2025, 2, 28), D(2025, 2, 28), ()),
    # 31st into a 30-day month that ends on a Sunday, then första maj: -> Tue 2 May 2023
    (D(2023, 3, 31), {"months": 1}, D(2023, 4, 30), D(2023, 5, 2), ("söndag", "första maj")),
    # pre-2005 list: annandag pingst Mon 31 May 2004 -> Tue 1 Jun 2004
    (D(2004, 5, 10), {"weeks": 3}, D(2004, 5, 31), D(2004, 6, 1), ("annandag pingst",)),
    # Fri 6 Jun 2003 was a working day; Mon 6 Jun 2005 was nationaldagen
    (D(2003, 5, 16), {"weeks": 3}, D(2003, 6, 6), D(2003, 6, 6), ()),
    (D(2005, 5, 16), {"weeks": 3}, D(2005, 6, 6), D(2005, 6, 7), ("nationaldagen",)),
    # annandag pingst Mon 16 May 2005, after the reform: a working day
    (D(2005, 4, 25), {"weeks": 3}, D(2005, 5, 16), D(2005, 5, 16), ()),
    # RÅ 1999 not 181: Tue 16 Mar 1999 -> Tue 6 Apr 1999; the Easter days are not deducted
    (D(1999, 3, 16), {"weeks": 3}, D(1999, 4, 6), D(1999, 4, 6), ()),
]


@pytest.mark.parametrize(("start", "kwargs", "nominal", "last", "reasons"), STATUTORY_CASES)
def test_statutory_deadline_hand_worked(
    start: date, kwargs: dict[str, Any], nominal: date, last: date, reasons: tuple[str, ...]
) -> None:
    deadline = statutory_deadline(start, **kwargs)
    assert deadline.start == start
    assert deadline.nominal_last_day == nominal
    assert deadline.last_day == last
    assert deadline.reasons == reasons
    assert deadline.shifted is bool(reasons)
    assert deadline.kind == "statutory"
    assert deadline.warnings == ()
    expected_rule = (LAG_1930_173_1, LAG_1930_173_2) if reasons else (LAG_1930_173_1,)
    assert deadline.rule == expected_rule


def test_worked_example_explanation() -> None:
    deadline = statutory_deadline(D(2014, 10, 1), weeks=3)
    assert deadline.explanation == (
        "Tre veckor från onsdagen den 1 oktober 2014 löper ut onsdagen den 22 oktober 2014 "
        "(1 § lag (1930:173)); det är en vardag, så sista dag är onsdagen den 22 oktober 2014."
    )


def test_julafton_explanation() -> None:
    deadline = statutory_deadline(D(2025, 12, 3), weeks=3)
    assert deadline.explanation == (
        "Tre veckor från onsdagen den 3 december 2025 löper ut onsdagen den 24 december 2025, "
        "som är julafton; enligt 2 § lag (1930:173) får åtgärden vidtas nästa vardag, "
        "måndagen den 29 december 2025 (julafton, juldagen, annandag jul, lördag och söndag "
        "hoppas över)."
    )


@pytest.mark.parametrize(
    ("kwargs", "start", "phrase"),
    [
        ({"weeks": 1}, D(2025, 9, 1), "En vecka från"),
        ({"months": 6}, D(2025, 9, 1), "Sex månader från"),
        ({"months": 1}, D(2025, 9, 1), "En månad från"),
        ({"years": 1}, D(2025, 9, 1), "Ett år från"),
        ({"years": 2, "months": 1}, D(2025, 9, 1), "Två år och en månad från"),
        ({"months": 24}, D(2025, 9, 1), "24 månader från"),
        ({"weeks": 4}, D(2025, 9, 13), "som är en lördag; enligt 2 §"),
        ({"weeks": 1}, D(2025, 9, 1), "(1 § lag (1930:173))"),
    ],
)
def test_explanation_words(kwargs: dict[str, Any], start: date, phrase: str) -> None:
    explanation = statutory_deadline(start, **kwargs).explanation
    assert phrase in explanation
    assert explanation.count(".") == 1 and explanation.endswith(".")


def test_single_skipped_day_reads_naturally() -> None:
    explanation = statutory_deadline(D(2025, 9, 14), weeks=3).explanation
    assert explanation.endswith("måndagen den 6 oktober 2025 (söndag hoppas över).")


def test_ends_at_is_the_last_second_in_stockholm() -> None:
    winter = statutory_deadline(D(2025, 12, 3), weeks=3).ends_at
    assert winter == datetime(2025, 12, 29, 23, 59, 59, tzinfo=ZoneInfo("Europe/Stockholm"))
    assert winter.utcoffset() == timedelta(hours=1)
    summer = statutory_deadline(D(2014, 6, 2), weeks=3).ends_at
    assert summer.utcoffset() == timedelta(hours=2)
    assert summer.isoformat() == "2014-06-23T23:59:59+02:00"


def test_caller_rules_come_first() -> None:
    deadline = statutory_deadline(
        D(2025, 12, 3), weeks=3, rule=("44 § förvaltningslagen (2017:900)",)
    )
    assert deadline.rule == ("44 § förvaltningslagen (2017:900)", LAG_1930_173_1, LAG_1930_173_2)


def test_as_json_keys() -> None:
    record = statutory_deadline(D(2025, 12, 3), weeks=3).as_json()
    assert list(record) == [
        "start",
        "nominal_last_day",
        "last_day",
        "shifted",
        "reasons",
        "rule",
        "ends_at",
        "explanation",
    ]
    assert record["last_day"] == "2025-12-29"


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"weeks": 0, "months": 0, "years": 0},
        {"weeks": -1},
        {"months": -3},
        {"years": -1},
        {"weeks": 1, "months": 1},
        {"weeks": True},
        {"weeks": 1.5},
    ],
)
def test_bad_periods_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(InputError):
        statutory_deadline(D(2025, 1, 1), **kwargs)  # type: ignore[arg-type]


def test_a_datetime_is_not_a_start_day() -> None:
    with pytest.raises(InputError):
        statutory_deadline(datetime(2025, 1, 1, 12), weeks=3)


# ---------------------------------------------------------------------------------------------
# lag (1930:173): properties
# ---------------------------------------------------------------------------------------------

starts = st.dates(min_value=D(1990, 1, 1), max_value=D(2050, 12, 31))


def check_shift(deadline_start: date, nominal: date, last: date, reasons: tuple[str, ...]) -> None:
    assert not is_non_working_day(last)
    assert last >= nominal
    assert len(reasons) == (last - nominal).days
    for offset, reason in enumerate(reasons):
        day = nominal + timedelta(days=offset)
        assert is_non_working_day(day)
        assert non_working_reason(day) == reason


@settings(max_examples=300, deadline=None)
@given(start=starts, weeks=st.integers(min_value=1, max_value=10))
def test_weeks_properties(start: date, weeks: int) -> None:
    deadline = statutory_deadline(start, weeks=weeks)
    assert deadline.nominal_last_day.weekday() == start.weekday()
    assert deadline.nominal_last_day == start + timedelta(weeks=weeks)
    check_shift(start, deadline.nominal_last_day, deadline.last_day, deadline.reasons)
    assert deadline.shifted is (deadline.last_day != deadline.nominal_last_day)


@settings(max_examples=300, deadline=None)
@given(start=starts, months=st.integers(min_value=1, max_value=24))
def test_months_properties(start: date, months: int) -> None:
    deadline = statutory_deadline(start, months=months)
    nominal = deadline.nominal_last_day
    index = start.year * 12 + start.month - 1 + months
    assert (nominal.year * 12 + nominal.month - 1) == index
    if nominal.day != start.day:
        assert nominal.day < start.day
        assert (nominal + timedelta(days=1)).day == 1  # the last day of its month
    check_shift(start, nominal, deadline.last_day, deadline.reasons)


@settings(max_examples=100, deadline=None)
@given(start=starts, years=st.integers(min_value=1, max_value=3))
def test_years_equal_twelve_months(start: date, years: int) -> None:
    assert statutory_deadline(start, years=years).last_day == (
        statutory_deadline(start, months=12 * years).last_day
    )


# ---------------------------------------------------------------------------------------------
# Appeal periods
# ---------------------------------------------------------------------------------------------

FL_2017 = "44 § förvaltningslagen (2017:900)"
FL_1986 = "23 § förvaltningslagen (1986:223)"
FPL = "6 a § förvaltningsprocesslagen (1971:291)"


def test_appeal_from_received_only() -> None:
    deadline = appeal_deadline(D(2014, 10, 1))
    assert deadline.last_day == D(2014, 10, 22)
    assert deadline.rule == (FL_1986, LAG_1930_173_1)
    assert deadline.kind == "statutory"
    assert deadline.warnings == ()
    assert "23 § förvaltningslagen (1986:223)" in deadline.explanation
    assert "onsdagen den 22 oktober 2014" in deadline.explanation


def test_appeal_julafton() -> None:
    deadline = appeal_deadline(D(2025, 12, 3))
    assert deadline.last_day == D(2025, 12, 29)
    assert deadline.rule == (FL_2017, LAG_1930_173_1, LAG_1930_173_2)


@pytest.mark.parametrize(
    ("decided", "rule"),
    [(D(2018, 6, 30), FL_1986), (D(2018, 7, 1), FL_2017)],
)
def test_fl_chosen_by_decision_date(decided: date, rule: str) -> None:
    assert appeal_deadline(decided).rule[0] == rule
    later = decided + timedelta(days=3)
    assert appeal_deadline(later, issued=decided, public_party=False).rule[0] == rule
    assert appeal_deadline(later, issued=decided, public_party=True).rule[0] == rule


def test_public_party_false_counts_from_received() -> None:
    deadline = appeal_deadline(D(2025, 12, 5), issued=D(2025, 12, 1), public_party=False)
    assert deadline.start == D(2025, 12, 5)
    assert deadline.last_day == D(2025, 12, 29)
    assert deadline.warnings == ()


def test_public_party_true_counts_from_issued() -> None:
    deadline = appeal_deadline(D(2025, 12, 5), issued=D(2025, 12, 1), public_party=True)
    assert deadline.start == D(2025, 12, 1)
    assert deadline.last_day == D(2025, 12, 22)
    assert deadline.warnings == ()
    assert "meddelades" in deadline.explanation


def test_public_party_true_needs_issued() -> None:
    with pytest.raises(InputError, match="issued"):
        appeal_deadline(D(2025, 12, 5), public_party=True)


def test_public_party_unknown_binds_the_earlier_with_a_warning() -> None:
    deadline = appeal_deadline(D(2025, 12, 5), issued=D(2025, 12, 1))
    assert deadline.start == D(2025, 12, 1)
    assert deadline.last_day == D(2025, 12, 22)
    assert deadline.rule == (FL_2017, LAG_1930_173_1)
    (warning,) = deadline.warnings
    assert "OVERIFIERAT" in warning
    assert "part som företräder det allmänna" in warning
    assert "44 § andra stycket förvaltningslagen (2017:900)" in warning
    assert "22 december 2025" in warning and "29 december 2025" in warning
    assert "måndagen den 22 december 2025" in deadline.explanation
    assert "måndagen den 29 december 2025" in deadline.explanation


def test_public_party_unknown_before_2018_names_old_fl() -> None:
    deadline = appeal_deadline(D(2014, 10, 6), issued=D(2014, 10, 1))
    assert deadline.last_day == D(2014, 10, 22)
    (warning,) = deadline.warnings
    assert FL_1986 in warning


def test_public_party_unknown_same_day_needs_no_warning() -> None:
    deadline = appeal_deadline(D(2025, 12, 1), issued=D(2025, 12, 1))
    assert deadline.last_day == D(2025, 12, 22)
    assert deadline.warnings == ()


def test_issued_after_received_is_refused() -> None:
    with pytest.raises(InputError):
        appeal_deadline(D(2025, 12, 1), issued=D(2025, 12, 5))


def test_court_judgment_ra_1999_not_181() -> None:
    deadline = appeal_deadline(D(1999, 3, 16), court=True)
    assert deadline.last_day == D(1999, 4, 6)
    assert not deadline.shifted
    assert deadline.rule == (FPL, LAG_1930_173_1)
    assert "domen" in deadline.explanation


def test_court_judgment_public_party_unknown() -> None:
    deadline = appeal_deadline(D(2025, 12, 5), issued=D(2025, 12, 1), court=True)
    assert deadline.rule[0] == FPL
    (warning,) = deadline.warnings
    assert FPL in warning


# ---------------------------------------------------------------------------------------------
# Dates set by IVO
# ---------------------------------------------------------------------------------------------


def test_set_date_on_a_saturday_warns_and_is_not_moved() -> None:
    deadline = set_date_deadline(D(2016, 4, 2), decided=D(2016, 1, 28))
    assert deadline.last_day == deadline.nominal_last_day == D(2016, 4, 2)
    assert deadline.start == D(2016, 1, 28)
    assert deadline.shifted is False
    assert deadline.reasons == ()
    assert deadline.kind == "set_by_decision"
    (warning,) = deadline.warnings
    assert "lördag" in warning
    assert "lag (1930:173)" in warning and "overifierat" in warning
    assert "jurist" in warning
    assert check_set_date(D(2016, 4, 2)) == deadline.warnings
    assert "IVO har bestämt i sitt beslut" in deadline.explanation
    assert "flyttas därför inte" in deadline.explanation


@pytest.mark.parametrize(
    "day", [D(2015, 1, 19), D(2016, 3, 30), D(2015, 4, 15), D(2014, 4, 23), D(2015, 1, 5)]
)
def test_seed_set_dates_are_working_days(day: date) -> None:
    deadline = set_date_deadline(day)
    assert deadline.warnings == ()
    assert check_set_date(day) == ()
    assert deadline.last_day == day
    assert deadline.ends_at.date() == day


def test_set_date_on_julafton_names_it() -> None:
    (warning,) = check_set_date(D(2025, 12, 24))
    assert "julafton" in warning
    assert "måndagen den 29 december 2025" in warning


def test_set_date_keeps_caller_rules() -> None:
    rule = ("28 kap. 9 § socialtjänstlagen (2025:400)",)
    assert set_date_deadline(D(2026, 3, 2), rule=rule).rule == rule


def test_set_date_before_decision_is_refused() -> None:
    with pytest.raises(InputError):
        set_date_deadline(D(2016, 1, 1), decided=D(2016, 1, 28))


# ---------------------------------------------------------------------------------------------
# Rules in force
# ---------------------------------------------------------------------------------------------


def test_rules_in_force_boundaries() -> None:
    assert rules_in_force(D(2018, 6, 30)) == RuleSet(
        sol="socialtjänstlagen (2001:453)",
        fl="förvaltningslagen (1986:223)",
        sol_injunction="13 kap. 8 § socialtjänstlagen (2001:453)",
        sol_appeal="16 kap. 4 § socialtjänstlagen (2001:453)",
        fl_appeal=FL_1986,
    )
    assert rules_in_force(D(2018, 7, 1)).fl_appeal == FL_2017
    assert rules_in_force(D(2018, 7, 1)).sol == "socialtjänstlagen (2001:453)"
    assert rules_in_force(D(2025, 6, 30)).sol_injunction == (
        "13 kap. 8 § socialtjänstlagen (2001:453)"
    )
    new = rules_in_force(D(2025, 7, 1))
    assert new.as_dict() == {
        "sol": "socialtjänstlagen (2025:400)",
        "fl": "förvaltningslagen (2017:900)",
        "sol_injunction": "28 kap. 9 § socialtjänstlagen (2025:400)",
        "sol_appeal": "35 kap. 2 § socialtjänstlagen (2025:400)",
        "fl_appeal": FL_2017,
    }


# ---------------------------------------------------------------------------------------------
# Parsing and formatting
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2014-10-01",
        " 2014-10-01 ",
        "1 oktober 2014",
        "den 1 oktober 2014",
        "DEN 1 OKTOBER 2014",
        "Den  1 Oktober 2014",
        "01 oktober 2014",
        "onsdagen den 1 oktober 2014",
    ],
)
def test_parse_date_good(text: str) -> None:
    assert parse_date(text) == D(2014, 10, 1)


def test_parse_date_round_trips() -> None:
    for day in (D(2025, 12, 24), D(2024, 2, 29), D(1999, 3, 16)):
        assert parse_date(format_date_sv(day)) == day
        assert parse_date(format_date_short_sv(day)) == day
        assert parse_date(day.isoformat()) == day


@pytest.mark.parametrize(
    "text",
    [
        "2015-02-30",
        "30/3",
        "3/30/2015",
        "30/3/2015",
        "garbage",
        "",
        "2014-10-1",
        "20141001",
        "31 september 2014",
        "1 okt 2014",
        "tisdagen den 1 oktober 2014",
        "1 oktober",
        "2014-10-01\nrm -rf",
    ],
)
def test_parse_date_bad(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_date(text)
    message = caught.value.user_message
    assert "\n" not in message
    assert repr(text) in message
    assert "YYYY-MM-DD" in message and "1 oktober 2014" in message


def test_format_dates() -> None:
    assert format_date_sv(D(2014, 10, 1)) == "onsdagen den 1 oktober 2014"
    assert format_date_sv(D(2025, 12, 29)) == "måndagen den 29 december 2025"
    assert format_date_short_sv(D(2014, 10, 1)) == "1 oktober 2014"


# ---------------------------------------------------------------------------------------------
# Working days left
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "count"),
    [
        (D(2014, 10, 1), D(2014, 10, 22), 15),
        (D(2014, 10, 22), D(2014, 10, 1), -15),
        (D(2014, 10, 1), D(2014, 10, 1), 0),
        (D(2025, 12, 23), D(2025, 12, 29), 1),
        (D(2025, 12, 23), D(2025, 12, 28), 0),
        (D(2025, 4, 17), D(2025, 4, 22), 1),
    ],
)
def test_working_days_between(a: date, b: date, count: int) -> None:
    assert working_days_between(a, b) == count


def test_no_wall_clock() -> None:
    source = inspect.getsource(legal_time)
    for forbidden in ("now(", "today(", "time.time", "utcnow"):
        assert forbidden not in source


def test_days_outside_the_known_calendar_are_refused() -> None:
    from ivo_workflow.legal_time import is_non_working_day

    with pytest.raises(InputError, match="after 2100-12-31"):
        is_non_working_day(date(2101, 1, 3))
