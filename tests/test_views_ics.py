"""views.ics (issue 6): deadlines as all-day iCalendar events with a working-day reminder."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from views_case import CASE, oskarshamn

from ivo_workflow import TimerView
from ivo_workflow.legal_time import STOCKHOLM, is_non_working_day, working_days_between
from ivo_workflow.views.ics import deadlines_ics, reminder_day, uid_for


def events(data: bytes) -> dict[str, Any]:
    calendar = Calendar.from_ical(data)
    found = {}
    for event in calendar.walk("VEVENT"):
        found[str(event["summary"])] = event
    return found


def test_the_oskarshamn_deadlines_are_all_day_events_on_their_last_days(tmp_path: Path) -> None:
    wf, _clock = oskarshamn(tmp_path / "cases.db", "served")
    with wf:
        data = wf.deadlines_ics()
        case = wf.case(CASE)
    calendar = Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0" and "ivo-flow" in str(calendar["prodid"])
    found = events(data)
    title = f"{CASE} (Oskarshamns kommun)"
    appeal = found[f"Sista dag: Överklagandetiden löper ut – {title}"]
    compliance = found[f"Sista dag: Åtgärdsfristen löper ut – {title}"]
    assert len(found) == 2
    for event, last_day in ((appeal, date(2014, 10, 22)), (compliance, date(2015, 1, 19))):
        start = event.decoded("dtstart")
        assert type(start) is date and start == last_day  # VALUE=DATE: all day
        assert event.decoded("dtend") == last_day + timedelta(days=1)
        assert event["dtstart"].params.get("VALUE") == "DATE"
        # deterministic from the data: the case's last update and version
        assert event.decoded("dtstamp") == case.updated_at
        assert int(event["sequence"]) == case.version
    raw = data.decode("utf-8")
    assert "DTSTART;VALUE=DATE:20141022" in raw and "DTSTART;VALUE=DATE:20150119" in raw
    # the description explains, cites the rule and passes on the warning for a lawyer
    description = str(appeal["description"])
    assert "Tre veckor från onsdagen den 1 oktober 2014" in description
    assert "Regel: 23 § förvaltningslagen (1986:223)" in description
    assert "Varning: OVERIFIERAT" in description
    assert "Lagrum: 23 § förvaltningslagen (1986:223)" in description  # a 2014 decision
    assert "flyttas därför inte" in str(compliance["description"])


def test_the_reminder_is_three_working_days_before(tmp_path: Path) -> None:
    wf, _clock = oskarshamn(tmp_path / "cases.db", "served")
    with wf:
        data = wf.deadlines_ics()
    expected = {date(2014, 10, 22): date(2014, 10, 17), date(2015, 1, 19): date(2015, 1, 14)}
    for event in events(data).values():
        last_day = event.decoded("dtstart")
        (alarm,) = event.walk("VALARM")
        assert str(alarm["action"]) == "DISPLAY"
        assert alarm["trigger"].params.get("VALUE") == "DATE-TIME"  # absolute, not relative
        trigger = alarm.decoded("trigger")
        assert isinstance(trigger, datetime) and trigger.utcoffset() == timedelta(0)
        local = trigger.astimezone(STOCKHOLM)
        assert local.date() == expected[last_day]
        assert local.hour == 9
        assert working_days_between(local.date(), last_day) == 3
        assert not is_non_working_day(local.date())


def test_reminder_day_counts_back_over_holidays() -> None:
    # 7 January 2015: back over trettondedag jul (6th), nyårsdagen (1st), nyårsafton (31st)
    assert reminder_day(date(2015, 1, 7)) == date(2014, 12, 30)
    # Monday after midsummer 2015 (midsommarafton 19 June, midsommardagen 20 June)
    assert reminder_day(date(2015, 6, 22)) == date(2015, 6, 16)
    assert reminder_day(date(2015, 6, 22), 1) == date(2015, 6, 18)


def test_uids_are_stable_and_reimport_updates(tmp_path: Path) -> None:
    wf, clock = oskarshamn(tmp_path / "cases.db", "served")
    with wf:
        first = wf.deadlines_ics()
        assert wf.deadlines_ics() == first  # same data, same bytes: no wall clock inside
        before = {str(e["uid"]): e for e in events(first).values()}
        assert set(before) == {
            uid_for(CASE, "overklagandetiden_loper_ut"),
            uid_for(CASE, "atgardsfristen_loper_ut"),
        }
        clock.set(datetime(2014, 10, 20, 10, tzinfo=UTC))
        wf.message(CASE, "overklagande_inkommer", {"inkom": "2014-10-20"})
        second = wf.deadlines_ics()
    after = {str(e["uid"]): e for e in events(second).values()}
    uid = uid_for(CASE, "atgardsfristen_loper_ut")
    assert set(after) == {uid}  # the appeal period is no longer armed
    assert int(after[uid]["sequence"]) > int(before[uid]["sequence"])
    assert uid_for(CASE, "x") != uid_for("other", "x") and uid_for(CASE, "x") == uid_for(CASE, "x")


def test_a_timer_without_a_legal_deadline_falls_on_its_stockholm_date() -> None:
    timer = TimerView(
        case_id="c1",
        element_id="vanta",
        name="Vänta <en stund> & se",
        due_at=datetime(2014, 12, 31, 23, 30, tzinfo=UTC),  # 00:30 on 1 January in Stockholm
        lane=None,
        process_id="p",
    )
    data = deadlines_ics([timer], case_titles=None)
    (event,) = events(data).values()
    assert event.decoded("dtstart") == date(2015, 1, 1)
    assert str(event["summary"]) == "Sista dag: Vänta <en stund> & se – c1"
    # DTSTAMP from the data (the due time), never the wall clock
    assert event.decoded("dtstamp") == timer.due_at
    assert deadlines_ics([timer], case_titles=None) == data


def test_no_deadlines_is_an_empty_calendar() -> None:
    calendar = Calendar.from_ical(deadlines_ics([], case_titles={}))
    assert calendar.walk("VEVENT") == []


@pytest.mark.parametrize("within, count", [(timedelta(days=30), 1), (None, 2)])
def test_within_limits_the_export(tmp_path: Path, within: timedelta | None, count: int) -> None:
    wf, _clock = oskarshamn(tmp_path / "cases.db", "served")
    with wf:
        assert len(events(wf.deadlines_ics(within))) == count
