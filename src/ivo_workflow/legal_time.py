"""Swedish legal time: lag (1930:173) om beräkning av lagstadgad tid, and the calendar it needs.

Pure functions, no engine, no database, no wall clock.

* 1 § lag (1930:173): a period in weeks ends on the day with the start day's weekday name, a
  period in months or years on the day with the start day's date number, or the last day of the
  final month when that number does not exist there.
* 2 § lag (1930:173): a last day that falls on a Sunday, another allmän helgdag, a Saturday,
  midsommarafton, julafton or nyårsafton moves to the next vardag.
* Allmänna helgdagar follow lag (1989:253) with the list in force on the day itself: annandag
  pingst until 31 March 2005, nationaldagen from 1 April 2005 (SFS 2004:1320).
  Trettondagsafton, skärtorsdagen and valborgsmässoafton are working days (RÅ 2004 not 40).
* A date IVO sets in its decision is not statutory time: it is never moved, only flagged.

>>> statutory_deadline(date(2014, 10, 1), weeks=3).last_day
datetime.date(2014, 10, 22)
>>> statutory_deadline(date(2025, 12, 3), weeks=3).last_day
datetime.date(2025, 12, 29)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import attrs
from attrs import frozen

from .errors import InputError
from .model import Deadline

__all__ = [
    "FIRST_SUPPORTED_DAY",
    "HOLIDAY_REFORM_DAY",
    "LAST_SUPPORTED_DAY",
    "LAG_1930_173_1",
    "LAG_1930_173_2",
    "RuleSet",
    "appeal_deadline",
    "check_set_date",
    "format_date_short_sv",
    "format_date_sv",
    "is_non_working_day",
    "non_working_reason",
    "parse_date",
    "rules_in_force",
    "set_date_deadline",
    "statutory_deadline",
    "working_days_between",
]

STOCKHOLM = ZoneInfo("Europe/Stockholm")

LAG_1930_173_1 = "1 § lag (1930:173) om beräkning av lagstadgad tid"
LAG_1930_173_2 = "2 § lag (1930:173)"

FIRST_SUPPORTED_DAY = date(1990, 1, 1)
"""The first day whose calendar this module vouches for (lag (1989:253) in full force)."""

LAST_SUPPORTED_DAY = date(2100, 12, 31)
"""The last day the calendar covers (the range of the ``holidays`` package)."""

HOLIDAY_REFORM_DAY = date(2005, 4, 1)
"""SFS 2004:1320: nationaldagen a holiday and annandag pingst not, from this day."""

FL_2017_DAY = date(2018, 7, 1)
"""Förvaltningslagen (2017:900) replaced förvaltningslagen (1986:223) on this day."""

SOL_2025_DAY = date(2025, 7, 1)
"""Socialtjänstlagen (2025:400) replaced socialtjänstlagen (2001:453) on this day."""

FPL_APPEAL = "6 a § förvaltningsprocesslagen (1971:291)"

SATURDAY = "lördag"
SUNDAY = "söndag"

# ---------------------------------------------------------------------------------------------
# Swedish words
# ---------------------------------------------------------------------------------------------

_MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
_WEEKDAYS_DEFINITE = (
    "måndagen",
    "tisdagen",
    "onsdagen",
    "torsdagen",
    "fredagen",
    "lördagen",
    "söndagen",
)
# Common gender (vecka, månad) and neuter (år) forms of one to twelve.
_NUMBERS_COMMON = (
    "en",
    "två",
    "tre",
    "fyra",
    "fem",
    "sex",
    "sju",
    "åtta",
    "nio",
    "tio",
    "elva",
    "tolv",
)
_NUMBERS_NEUTER = ("ett", *_NUMBERS_COMMON[1:])


def format_date_sv(d: date) -> str:
    """``onsdagen den 1 oktober 2014``."""
    return f"{_WEEKDAYS_DEFINITE[d.weekday()]} den {format_date_short_sv(d)}"


def format_date_short_sv(d: date) -> str:
    """``1 oktober 2014``."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _count_sv(n: int, singular: str, plural: str, *, neuter: bool = False) -> str:
    words = _NUMBERS_NEUTER if neuter else _NUMBERS_COMMON
    number = words[n - 1] if 1 <= n <= len(words) else str(n)
    return f"{number} {singular if n == 1 else plural}"


def _join_sv(items: Iterable[str]) -> str:
    """``a``, ``a och b``, ``a, b och c``."""
    parts = list(items)
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} och {parts[-1]}"


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _period_sv(weeks: int, months: int, years: int) -> str:
    parts = []
    if years:
        parts.append(_count_sv(years, "år", "år", neuter=True))
    if months:
        parts.append(_count_sv(months, "månad", "månader"))
    if weeks:
        parts.append(_count_sv(weeks, "vecka", "veckor"))
    return _join_sv(parts)


# ---------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------

_ACCEPTED_FORMS = "use YYYY-MM-DD (2014-10-01) or a Swedish date (1 oktober 2014)"
_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SV_RE = re.compile(
    r"(?:(?P<weekday>[a-zåäö]+dagen)\s+)?(?:den\s+)?(?P<day>\d{1,2})\s+(?P<month>[a-zåäö]+)"
    r"\s+(?P<year>\d{4})"
)


def parse_date(text: str) -> date:
    """Read ``2014-10-01``, ``1 oktober 2014``, ``den 1 oktober 2014`` (any case).

    ``onsdagen den 1 oktober 2014`` (what :func:`format_date_sv` writes) is accepted too, when
    the weekday is right. Anything else — an impossible day, an ambiguous ``30/3`` — is an
    :class:`InputError`.
    """
    if not isinstance(text, str):
        raise InputError(f"cannot read the date {text!r}: not text", hint=_ACCEPTED_FORMS)
    cleaned = " ".join(text.split()).lower()
    iso = _ISO_RE.fullmatch(cleaned)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
        return _make_date(text, year, month, day)
    swedish = _SV_RE.fullmatch(cleaned)
    if swedish and swedish["month"] in _MONTHS:
        result = _make_date(
            text, int(swedish["year"]), _MONTHS.index(swedish["month"]) + 1, int(swedish["day"])
        )
        weekday = swedish["weekday"]
        if weekday is not None and weekday != _WEEKDAYS_DEFINITE[result.weekday()]:
            raise InputError(
                f"cannot read the date {text!r}: {format_date_short_sv(result)} is a "
                f"{_WEEKDAYS_DEFINITE[result.weekday()]}, not {weekday}",
                hint=_ACCEPTED_FORMS,
            )
        return result
    raise InputError(f"cannot read the date {text!r}", hint=_ACCEPTED_FORMS)


def _make_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(
            f"cannot read the date {text!r}: there is no such day", hint=_ACCEPTED_FORMS
        ) from None


# ---------------------------------------------------------------------------------------------
# The calendar: which days are not working days under 2 § lag (1930:173)
# ---------------------------------------------------------------------------------------------

# The names `holidays` gives (language "sv"), as they are written in running Swedish text.
_HOLIDAY_NAMES = {
    "nyårsdagen": "nyårsdagen",
    "trettondedag jul": "trettondedag jul",
    "långfredagen": "långfredagen",
    "påskdagen": "påskdagen",
    "annandag påsk": "annandag påsk",
    "första maj": "första maj",
    "kristi himmelsfärdsdag": "Kristi himmelsfärdsdag",
    "nationaldagen": "nationaldagen",
    "pingstdagen": "pingstdagen",
    "annandag pingst": "annandag pingst",
    "midsommarafton": "midsommarafton",
    "midsommardagen": "midsommardagen",
    "alla helgons dag": "alla helgons dag",
    "julafton": "julafton",
    "juldagen": "juldagen",
    "annandag jul": "annandag jul",
    "nyårsafton": "nyårsafton",
}


def _check_supported(d: date) -> None:
    if not isinstance(d, date) or isinstance(d, datetime):
        raise InputError(f"expected a date, got {d!r}")
    if d < FIRST_SUPPORTED_DAY:
        raise InputError(
            f"{d.isoformat()} is before {FIRST_SUPPORTED_DAY.isoformat()}",
            hint="the holiday calendar of lag (1989:253) is only computed from 1990",
        )
    if d > LAST_SUPPORTED_DAY:
        raise InputError(
            f"{d.isoformat()} is after {LAST_SUPPORTED_DAY.isoformat()}",
            hint="the holiday calendar is only known up to 2100",
        )


@lru_cache(maxsize=256)
def _holidays_of_year(year: int) -> dict[date, str]:
    """The named non-working days of one year that are not merely Saturdays or Sundays.

    Read from :mod:`ivo_workflow._holiday_table`, the output of :func:`_holidays_from_package`
    for every supported year, written down so that counting days (``ivo-flow show``) does not
    import ``holidays`` (slow to import: it loads every country). A test checks that the table
    is what the installed ``holidays`` gives; :func:`holiday_table_source` rewrites it.
    """
    from ._holiday_table import DAYS, NAMES

    encoded = DAYS.get(year)
    if encoded is None:  # outside the supported years: straight from the package
        return _holidays_from_package(year)
    return {
        date(year, int(token[:2]), int(token[2:4])): NAMES[int(token[5:])]
        for token in encoded.split()
    }


def _holidays_from_package(year: int) -> dict[date, str]:
    """The named non-working days of one year that are not merely Saturdays or Sundays.

    Built from ``holidays.Sweden`` (public holidays plus the three aftnar of 2 § lag
    (1930:173)), corrected where it differs from the statute: the holiday list changes on
    1 April 2005 (not at a year boundary), only names this module knows are used, and Sundays
    are left to the weekday test (``holidays`` lists only påskdagen and pingstdagen). The tests
    check it day by day against an independent computation (Easter computus, midsommar rules).
    """
    import holidays  # imported when a year's holidays are first needed (it is slow to import)

    calendar_sv = holidays.Sweden(
        years=year, categories=(holidays.PUBLIC, holidays.DE_FACTO), language="sv"
    )
    result: dict[date, str] = {}
    for day in sorted(calendar_sv):
        names = []
        for raw in calendar_sv.get_list(day):
            name = _HOLIDAY_NAMES.get(raw.strip().lower())
            if name is None:  # e.g. marie bebådelsedag (a Sunday, before 1990)
                continue
            if name == "annandag pingst" and day >= HOLIDAY_REFORM_DAY:
                continue
            if name == "nationaldagen" and day < HOLIDAY_REFORM_DAY:
                continue
            names.append(name)
        if names:
            result[day] = _join_sv(names)
    june_6 = date(year, 6, 6)
    if june_6 >= HOLIDAY_REFORM_DAY and "nationaldagen" not in result.get(june_6, ""):
        result[june_6] = _join_sv([*filter(None, [result.get(june_6)]), "nationaldagen"])
    return result


def holiday_table_source() -> str:
    """The text of ``_holiday_table.py``: :func:`_holidays_from_package` for 1990–2100.

    Rewrite the table after upgrading ``holidays`` (the test of the table says when)::

        python -c "from ivo_workflow.legal_time import holiday_table_source as s; \\
        open('src/ivo_workflow/_holiday_table.py', 'w').write(s())"
    """
    years = {y: _holidays_from_package(y) for y in range(FIRST_SUPPORTED_DAY.year, 2101)}
    names = sorted({name for days in years.values() for name in days.values()})
    index = {name: i for i, name in enumerate(names)}
    lines = [
        '"""Named non-working days of each year (generated by',
        "``ivo_workflow.legal_time.holiday_table_source`` from the ``holidays`` package; do not",
        'edit). ``DAYS[year]`` lists ``MMDD:n`` tokens, ``n`` an index into ``NAMES``."""',
        "",
        "# ruff: noqa: E501",
        "",
        "NAMES = (",
        *[f'    "{name}",' for name in names],
        ")",
        "",
        "DAYS = {",
    ]
    for year, days in years.items():
        tokens = " ".join(f"{d:%m%d}:{index[name]}" for d, name in sorted(days.items()))
        lines.append(f'    {year}: "{tokens}",')
    lines.append("}")
    return "\n".join(lines) + "\n"


def non_working_reason(d: date) -> str | None:
    """Why ``d`` is not a working day under 2 § lag (1930:173), in Swedish; None on a vardag.

    A named day wins over its weekday (``juldagen``, not ``lördag``); a plain weekend day is
    ``lördag`` or ``söndag``.
    """
    _check_supported(d)
    named = _holidays_of_year(d.year).get(d)
    if named is not None:
        return named
    if d.weekday() == 5:
        return SATURDAY
    if d.weekday() == 6:
        return SUNDAY
    return None


def is_non_working_day(d: date) -> bool:
    """True on a Saturday, Sunday, allmän helgdag, midsommarafton, julafton or nyårsafton."""
    return non_working_reason(d) is not None


def working_days_between(a: date, b: date) -> int:
    """Working days after ``a`` up to and including ``b``; negative when ``b`` is before ``a``."""
    if b < a:
        return -working_days_between(b, a)
    _check_supported(a)
    _check_supported(b)
    count = 0
    day = a
    while day < b:
        day += timedelta(days=1)
        if non_working_reason(day) is None:
            count += 1
    return count


# ---------------------------------------------------------------------------------------------
# Statutory periods (lag (1930:173))
# ---------------------------------------------------------------------------------------------


def _check_count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{name} must be a whole number, got {value!r}")
    if value < 0:
        raise InputError(f"{name} must not be negative, got {value}")
    return value


def _add_months(start: date, months: int) -> date:
    """1 § lag (1930:173): the same date number, or the last day of a month that lacks it."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if year > date.max.year:
        raise InputError(f"{months} months from {start.isoformat()} is beyond the year 9999")
    import calendar  # only here: reading dates and counting working days (show) need no calendar

    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _nominal_last_day(start: date, weeks: int, months: int, years: int) -> date:
    if weeks:
        try:
            return start + timedelta(weeks=weeks)
        except OverflowError:
            raise InputError(
                f"{weeks} weeks from {start.isoformat()} is beyond the year 9999"
            ) from None
    return _add_months(start, months + 12 * years)


def _shift(nominal: date) -> tuple[date, tuple[str, ...]]:
    """2 § lag (1930:173): the first vardag on or after ``nominal``, and each day skipped."""
    reasons: list[str] = []
    day = nominal
    while (reason := non_working_reason(day)) is not None:
        reasons.append(reason)
        try:
            day += timedelta(days=1)
        except OverflowError:
            raise InputError(f"no working day after {nominal.isoformat()} before 10000") from None
    return day, tuple(reasons)


def _ends_at(d: date) -> datetime:
    return datetime.combine(d, time(23, 59, 59), tzinfo=STOCKHOLM)


def _what_day(reason: str) -> str:
    return f"en {reason}" if reason in (SATURDAY, SUNDAY) else reason


def _period_sentence(
    period: str, start: date, nominal: date, last: date, reasons: tuple[str, ...]
) -> str:
    """One sentence: the period, its nominal end, and (if any) the move under 2 §."""
    head = f"{period} från {format_date_sv(start)} löper ut {format_date_sv(nominal)}"
    if not reasons:
        return (
            f"{head} (1 § lag (1930:173)); det är en vardag, så sista dag är "
            f"{format_date_sv(last)}."
        )
    return (
        f"{head}, som är {_what_day(reasons[0])}; enligt 2 § lag (1930:173) får åtgärden vidtas "
        f"nästa vardag, {format_date_sv(last)} ({_join_sv(reasons)} hoppas över)."
    )


def statutory_deadline(
    start: date,
    *,
    weeks: int = 0,
    months: int = 0,
    years: int = 0,
    rule: tuple[str, ...] = (),
) -> Deadline:
    """The last day of a statutory period of weeks, or of months and/or years, from ``start``.

    1 § lag (1930:173) gives the nominal last day; 2 § moves it to the next vardag when it is
    not one, and ``reasons`` names each day skipped. ``rule`` lists the caller's rules first,
    then ``1 § lag (1930:173) …`` and, if the day moved, ``2 § lag (1930:173)``.
    """
    if not isinstance(start, date) or isinstance(start, datetime):
        raise InputError(f"the start of a period must be a date, got {start!r}")
    weeks = _check_count("weeks", weeks)
    months = _check_count("months", months)
    years = _check_count("years", years)
    if not (weeks or months or years):
        raise InputError("a period needs a length", hint="give weeks, months or years above 0")
    if weeks and (months or years):
        raise InputError(
            "a period is counted in weeks or in months/years, not both",
            hint="lag (1930:173) 1 § counts weeks by weekday and months by date number",
        )
    if isinstance(rule, str) or not all(isinstance(item, str) for item in rule):
        raise InputError(f"rule must be a tuple of strings, got {rule!r}")
    nominal = _nominal_last_day(start, weeks, months, years)
    _check_supported(nominal)
    last, reasons = _shift(nominal)
    rules = [*rule, LAG_1930_173_1]
    if reasons:
        rules.append(LAG_1930_173_2)
    period = _capitalize(_period_sv(weeks, months, years))
    return Deadline(
        start=start,
        nominal_last_day=nominal,
        last_day=last,
        shifted=bool(reasons),
        reasons=reasons,
        rule=tuple(dict.fromkeys(rules)),
        ends_at=_ends_at(last),
        explanation=_period_sentence(period, start, nominal, last, reasons),
        kind="statutory",
    )


# ---------------------------------------------------------------------------------------------
# Rule sets by decision date
# ---------------------------------------------------------------------------------------------


@frozen
class RuleSet:
    """The socialtjänstlag and förvaltningslag in force for a decision of a given date."""

    sol: str
    fl: str
    sol_injunction: str
    sol_appeal: str
    fl_appeal: str

    def as_dict(self) -> dict[str, str]:
        return attrs.asdict(self)


def rules_in_force(decided: date) -> RuleSet:
    """SoL (2001:453) before 1 July 2025, SoL (2025:400) from; FL (1986:223) before 1 July
    2018, FL (2017:900) from."""
    if not isinstance(decided, date) or isinstance(decided, datetime):
        raise InputError(f"a decision date must be a date, got {decided!r}")
    if decided >= SOL_2025_DAY:
        sol = "socialtjänstlagen (2025:400)"
        sol_injunction, sol_appeal = f"28 kap. 9 § {sol}", f"35 kap. 2 § {sol}"
    else:
        sol = "socialtjänstlagen (2001:453)"
        sol_injunction, sol_appeal = f"13 kap. 8 § {sol}", f"16 kap. 4 § {sol}"
    if decided >= FL_2017_DAY:
        fl = "förvaltningslagen (2017:900)"
        fl_appeal = f"44 § {fl}"
    else:
        fl = "förvaltningslagen (1986:223)"
        fl_appeal = f"23 § {fl}"
    return RuleSet(
        sol=sol, fl=fl, sol_injunction=sol_injunction, sol_appeal=sol_appeal, fl_appeal=fl_appeal
    )


# ---------------------------------------------------------------------------------------------
# Appeal periods
# ---------------------------------------------------------------------------------------------


def _public_party_reference(appeal_rule: str, court: bool, decision_day: date) -> str:
    if court:
        return FPL_APPEAL
    if decision_day >= FL_2017_DAY:
        return "44 § andra stycket förvaltningslagen (2017:900)"
    return f"{appeal_rule}; det är också overifierat om den paragrafen hade en sådan regel"


def appeal_deadline(
    received: date,
    *,
    issued: date | None = None,
    public_party: bool | None = None,
    court: bool = False,
) -> Deadline:
    """Three weeks to appeal, from the day the party received the decision (fick del av det).

    The rule follows the decision date (``issued``, else ``received``): 44 § förvaltningslagen
    (2017:900) from 1 July 2018, 23 § förvaltningslagen (1986:223) before; with ``court`` the
    appeal of a judgment, 6 a § förvaltningsprocesslagen (1971:291).

    ``public_party`` True: the appellant is a part som företräder det allmänna and the period
    runs from ``issued`` (required). None with ``issued`` given: both are computed, the earlier
    last day binds and a warning says the choice is unverified. False, or no ``issued``: from
    ``received``.
    """
    for name, value in (("received", received), ("issued", issued)):
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            raise InputError(f"{name} must be a date, got {value!r}")
    if public_party not in (True, False, None):
        raise InputError(f"public_party must be True, False or None, got {public_party!r}")
    if issued is not None and issued > received:
        raise InputError(
            f"the decision was received ({received.isoformat()}) before it was issued "
            f"({issued.isoformat()})",
            hint="check the dates",
        )
    if public_party is True and issued is None:
        raise InputError(
            "an appellant that represents the public interest counts from the day the decision "
            "was issued",
            hint="give the issued date",
        )
    decision_day = issued if issued is not None else received
    appeal_rule = FPL_APPEAL if court else rules_in_force(decision_day).fl_appeal
    thing = "domen" if court else "beslutet"
    from_received = statutory_deadline(received, weeks=3, rule=(appeal_rule,))

    def received_sentence() -> str:
        return (
            f"Enligt {appeal_rule} ska ett överklagande ha kommit in inom tre veckor från den "
            f"dag klaganden fick del av {thing}. {from_received.explanation}"
        )

    if issued is None or public_party is False:
        return attrs.evolve(from_received, explanation=received_sentence())
    from_issued = statutory_deadline(issued, weeks=3, rule=(appeal_rule,))
    issued_sentence = (
        f"Klaganden är part som företräder det allmänna, så enligt {appeal_rule} ska ett "
        f"överklagande ha kommit in inom tre veckor från den dag {thing} meddelades. "
        f"{from_issued.explanation}"
    )
    if public_party is True:
        return attrs.evolve(from_issued, explanation=issued_sentence)
    binding = min(from_issued, from_received, key=lambda deadline: deadline.last_day)
    if from_issued.last_day == from_received.last_day:
        return attrs.evolve(
            binding,
            explanation=(
                f"Överklagandetiden ({appeal_rule}) går ut samma dag, "
                f"{format_date_sv(binding.last_day)}, vare sig den räknas från den dag {thing} "
                f"meddelades eller från den dag klaganden fick del av {thing}; "
                f"{_lower_first(binding.explanation)}"
            ),
        )
    both = (
        f"Om klaganden är part som företräder det allmänna räknas överklagandetiden "
        f"({appeal_rule}) från den dag {thing} meddelades, {format_date_sv(issued)}, och går "
        f"ut {format_date_sv(from_issued.last_day)}, annars från den dag klaganden fick del av "
        f"{thing}, {format_date_sv(received)}, och går ut "
        f"{format_date_sv(from_received.last_day)}; eftersom det inte är verifierat vilket som "
        f"gäller är den tidigare dagen, {format_date_sv(binding.last_day)}, bindande."
    )
    warning = (
        f"OVERIFIERAT: om kommunen är part som företräder det allmänna "
        f"({_public_party_reference(appeal_rule, court, decision_day)}) är inte fastställt; "
        f"räknat från den dag "
        f"{thing} meddelades ({format_date_short_sv(issued)}) är sista dag "
        f"{format_date_short_sv(from_issued.last_day)}, räknat från den dag kommunen fick del "
        f"av {thing} ({format_date_short_sv(received)}) är sista dag "
        f"{format_date_short_sv(from_received.last_day)}; den tidigare dagen, "
        f"{format_date_short_sv(binding.last_day)}, gäller tills en jurist har avgjort frågan."
    )
    return attrs.evolve(
        binding,
        explanation=f"{both} {binding.explanation}",
        warnings=(*binding.warnings, warning),
    )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# ---------------------------------------------------------------------------------------------
# Dates set by IVO in a decision
# ---------------------------------------------------------------------------------------------


def check_set_date(d: date) -> tuple[str, ...]:
    """The warnings for a date IVO set in a decision: one if it is not a working day."""
    reason = non_working_reason(d)
    if reason is None:
        return ()
    next_working, _ = _shift(d)
    return (
        f"Den dag IVO har bestämt, {format_date_sv(d)}, är {_what_day(reason)}; lag "
        f"(1930:173) gäller enligt sin lydelse bara tid som följer av lag eller annan "
        f"författning och det är overifierat om den tillämpas analogt på en dag som en "
        f"myndighet har bestämt, så en jurist måste avgöra om åtgärden i stället får vidtas "
        f"{format_date_sv(next_working)}; dagen har inte flyttats.",
    )


def set_date_deadline(
    d: date, *, decided: date | None = None, rule: tuple[str, ...] = ()
) -> Deadline:
    """A date IVO set in its decision: taken as written, never moved, flagged if not a vardag."""
    _check_supported(d)
    if decided is not None:
        _check_supported(decided)
        if decided > d:
            raise InputError(
                f"the set date {d.isoformat()} is before the decision of {decided.isoformat()}",
                hint="check the dates",
            )
    if isinstance(rule, str) or not all(isinstance(item, str) for item in rule):
        raise InputError(f"rule must be a tuple of strings, got {rule!r}")
    warnings = check_set_date(d)
    in_decision = (
        f"i sitt beslut den {format_date_short_sv(decided)}"
        if decided is not None
        else "i sitt beslut"
    )
    note = (
        f"dagen är {_what_day(non_working_reason(d) or '')}, se varningen"
        if warnings
        else "dagen är en vardag"
    )
    explanation = (
        f"{_capitalize(format_date_sv(d))} är den dag IVO har bestämt {in_decision}; en sådan dag "
        f"följer inte av lag och flyttas därför inte enligt lag (1930:173), så sista dag är "
        f"{format_date_sv(d)} ({note})."
    )
    return Deadline(
        start=decided if decided is not None else d,
        nominal_last_day=d,
        last_day=d,
        shifted=False,
        reasons=(),
        rule=tuple(dict.fromkeys(rule)),
        ends_at=_ends_at(d),
        explanation=explanation,
        kind="set_by_decision",
        warnings=warnings,
    )
