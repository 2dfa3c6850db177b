"""Uppföljning (P4) and its decision table: every end state through the public facade."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from processes_support import Cases, comply_with_injunction, has_warning

# Seed 002: Älmhult, IVO's inspection report of 2016-01-28; the committee must answer by 30 March.
ALMHULT_2016 = {
    "kommun": "Älmhults kommun",
    "adressat": "Socialnämnden i Älmhults kommun",
    "beslutsdatum": "2016-01-28",
    "redovisning_senast": "2016-03-30",
    "krav": "redovisa vidtagna och planerade åtgärder för underlag och dokumentation",
}
# Norrköping: IVO decision 2015-01-13 (dnr 8.5-24146/2014-8), account by 2015-04-15.
NORRKOPING_2015 = {
    "kommun": "Norrköpings kommun",
    "adressat": "Socialnämnden i Norrköpings kommun",
    "beslutsdatum": "2015-01-13",
    "redovisning_senast": "2015-04-15",
    "krav": "säkerställ att individuellt anpassade insatser föregås av utredning och beslut",
}
WAIT = ["uppfoljning_inleds"]
MISSING = [*WAIT, "redovisningsdagen_passerar"]


@pytest.fixture
def cases(tmp_path: Path) -> Iterator[Cases]:
    c = Cases(tmp_path, "2015-01-13")
    yield c
    c.close()


def _almhult_account_missing(cases: Cases, case_id: str, **data: object) -> None:
    cases.on("2016-01-28")
    case = cases.start("uppfoljning", case_id, {**ALMHULT_2016, **data})
    assert case.tasks == ()
    cases.on("2016-04-01")
    assert cases.waiting(case_id) == ["bedom_uppfoljningen"]
    assert cases.case(case_id).data["situation"] == "redovisning_saknas"


# -- the set date -----------------------------------------------------------------------------


def test_the_account_date_is_the_set_date_never_shifted(cases: Cases) -> None:
    cases.on("2016-01-28")
    cases.start("uppfoljning", "d", ALMHULT_2016)
    (timer,) = cases.case("d").timers
    assert timer.element_id == "redovisningsdagen_passerar"
    assert timer.deadline is not None
    assert timer.deadline.kind == "set_by_decision"
    assert timer.deadline.last_day.isoformat() == "2016-03-30"  # a Wednesday: no warning
    assert timer.deadline.warnings == ()
    assert timer.due_at.isoformat() == "2016-03-30T21:59:59+00:00"  # 23:59:59 in Stockholm


def test_a_set_date_on_a_holiday_eve_is_kept_and_flagged(cases: Cases) -> None:
    cases.on("2016-01-28")
    cases.start("uppfoljning", "h", {**ALMHULT_2016, "redovisning_senast": "2016-03-26"})
    (timer,) = cases.case("h").timers
    assert timer.deadline is not None
    assert timer.deadline.last_day.isoformat() == "2016-03-26"  # påskafton, a Saturday
    assert timer.deadline.shifted is False
    assert has_warning(list(timer.deadline.warnings), "dagen har inte flyttats")
    assert has_warning(cases.warnings("h"), "26 mars 2016", "dagen har inte flyttats")


# -- account received -----------------------------------------------------------------------


def test_sufficient_account_closes_the_follow_up(cases: Cases) -> None:
    cases.start("uppfoljning", "ok", NORRKOPING_2015)
    assert cases.timers("ok")["redovisningsdagen_passerar"].isoformat() == "2015-04-15"
    cases.on("2015-04-14")
    cases.message("ok", "redovisning_inkommer", {"inkom": "2015-04-14", "innehall": "plan"})
    # old law (decision before 2025-07-01): the table's rule for a received account
    assert cases.decision_rules("ok", "tillatna_uppfoljningsatgarder") == [["uppfoljning_regel_4"]]
    case = cases.complete("ok", "bedom_uppfoljningen", {"val": "godta"})
    assert case.end_state == "uppfoljning_avslutad"
    assert cases.path("ok") == [
        *WAIT,
        "redovisning_inkommer",
        "bedom_uppfoljningen",
        "uppfoljning_avslutad",
    ]
    assert case.data["redovisning_i_tid"] is True
    assert case.data["uppfoljning_lagrum"] == "13 kap. 3 § 2 och 8 § socialtjänstlagen (2001:453)"
    # the rule set follows the decision date: old SoL and old FL, both flagged as reconstructed
    assert case.data["regelverk"]["sol"] == "socialtjänstlagen (2001:453)"
    assert case.data["regelverk"]["fl"] == "förvaltningslagen (1986:223)"
    assert has_warning(cases.warnings("ok"), "OVERIFIERAT", "13 kap. 5–11 §§")
    assert has_warning(cases.warnings("ok"), "OVERIFIERAT", "förvaltningslagen (1986:223)")


def test_supplement_requested_loops_back_with_a_new_date(cases: Cases) -> None:
    cases.start("uppfoljning", "komp", NORRKOPING_2015)
    cases.on("2015-04-10")
    cases.message("komp", "redovisning_inkommer", {"inkom": "2015-04-10"})
    # a supplement needs a new date after the old one: refused, back to the task
    cases.complete("komp", "bedom_uppfoljningen", {"val": "begar_komplettering"})
    assert cases.waiting("komp") == ["bedom_uppfoljningen"]
    assert has_warning(cases.warnings("komp"), "kräver en ny dag", "efter 2015-04-15")
    case = cases.complete(
        "komp",
        "bedom_uppfoljningen",
        {"val": "begar_komplettering", "ny_redovisning_senast": "2015-05-29"},
    )
    assert case.tasks == ()
    assert cases.timers("komp") == {"redovisningsdagen_passerar": date(2015, 5, 29)}
    assert case.data["redovisning_senast"] == "2015-05-29"
    assert case.data["redovisningsdagar"] == ["2015-04-15", "2015-05-29"]
    assert [d["last_day"] for d in cases.deadline_events("komp")["redovisningsdagen_passerar"]] == [
        "2015-04-15",
        "2015-05-29",
    ]
    cases.on("2015-05-20")
    cases.message("komp", "redovisning_inkommer", {"inkom": "2015-05-20"})
    case = cases.complete("komp", "bedom_uppfoljningen", {"val": "godta"})
    assert case.end_state == "uppfoljning_avslutad"
    assert cases.path("komp") == [
        *WAIT,
        "redovisning_inkommer",
        "bedom_uppfoljningen",
        "bedom_uppfoljningen",
        "redovisning_inkommer",
        "bedom_uppfoljningen",
        "uppfoljning_avslutad",
    ]


def test_escalation_to_an_injunction_to_remedy_after_an_account(cases: Cases) -> None:
    cases.start("uppfoljning", "esk", NORRKOPING_2015)
    cases.on("2015-04-15")
    cases.message("esk", "redovisning_inkommer", {"inkom": "2015-04-15"})
    # an injunction must state the measures (28 kap. 9 § tredje stycket): refused without them
    cases.complete(
        "esk", "bedom_uppfoljningen", {"val": "forelaggande_avhjalpa", "atgardsfrist": "2015-09-30"}
    )
    assert has_warning(cases.warnings("esk"), "ska ange de åtgärder som krävs")
    case = cases.complete(
        "esk",
        "bedom_uppfoljningen",
        {
            "val": "forelaggande_avhjalpa",
            "atgarder": "insatserna ska föregås av utredning, bedömning och beslut",
            "atgardsfrist": "2015-09-30",
            "vite_belopp": 500_000,
            "forelaggande_beslutsdatum": "2015-05-04",
        },
    )
    # the injunction process runs inside the follow-up, with the data contract of forelaggande
    assert [(t.element_id, t.process_id) for t in case.tasks] == [
        ("delge_forelaggandet", "forelaggande")
    ]
    assert case.data["forelaggande_typ"] == "avhjalpa"
    assert case.data["forelaggande_lagrum"] == "13 kap. 8 § socialtjänstlagen (2001:453)"
    assert case.data["beslutsdatum"] == "2015-05-04"
    assert case.data["uppfoljningens_beslutsdatum"] == "2015-01-13"
    assert case.data["vite_belopp"] == 500_000
    assert case.data["allman_part"] is None
    comply_with_injunction(cases, "esk", served="2015-05-06", deadline="2015-09-30")
    case = cases.case("esk")
    assert case.end_state == "eskalerat_till_forelaggande"
    assert cases.ends("esk") == ["avslutat_foljt", "eskalerat_till_forelaggande"]


# -- account missing ------------------------------------------------------------------------


def test_missing_account_reminder_loops_back_to_waiting(cases: Cases) -> None:
    _almhult_account_missing(cases, "pam")
    # seed 002 rule of the table: account missing, old law
    assert cases.decision_rules("pam", "tillatna_uppfoljningsatgarder") == [["uppfoljning_regel_3"]]
    case = cases.complete(
        "pam", "bedom_uppfoljningen", {"val": "paminnelse", "ny_redovisning_senast": "2016-04-15"}
    )
    assert case.tasks == ()
    assert cases.timers("pam") == {"redovisningsdagen_passerar": date(2016, 4, 15)}
    assert case.data["begaran_om_redovisning"] == [
        {
            "val": "paminnelse",
            "datum": "2016-04-01",
            "tidigare_dag": "2016-03-30",
            "ny_dag": "2016-04-15",
        }
    ]
    cases.on("2016-04-12")
    cases.message("pam", "redovisning_inkommer", {"inkom": "2016-04-12"})
    case = cases.complete("pam", "bedom_uppfoljningen", {"val": "godta"})
    assert case.end_state == "uppfoljning_avslutad"
    assert case.data["redovisning_i_tid"] is True


def test_a_choice_the_table_does_not_allow_is_refused(cases: Cases) -> None:
    _almhult_account_missing(cases, "ej")
    cases.complete("ej", "bedom_uppfoljningen", {"val": "godta"})  # nothing to accept
    assert cases.waiting("ej") == ["bedom_uppfoljningen"]
    assert has_warning(cases.warnings("ej"), "Valet godta är inte tillåtet när redovisning_saknas")


def test_new_supervision_ends_the_follow_up(cases: Cases) -> None:
    _almhult_account_missing(cases, "ny")
    case = cases.complete("ny", "bedom_uppfoljningen", {"val": "ny_tillsyn"})
    assert case.end_state == "ny_tillsyn_inledd"
    assert cases.path("ny") == [*MISSING, "bedom_uppfoljningen", "ny_tillsyn_inledd"]


def test_missing_account_escalates_to_an_injunction_to_provide_information(cases: Cases) -> None:
    _almhult_account_missing(cases, "upp")
    case = cases.complete(
        "upp",
        "bedom_uppfoljningen",
        {"val": "forelaggande_uppgifter", "atgardsfrist": "2016-05-02", "vite_belopp": 50_000},
    )
    assert case.data["forelaggande_typ"] == "uppgifter"
    assert case.data["forelaggande_lagrum"] == "13 kap. 5 § socialtjänstlagen (2001:453)"
    assert case.data["atgarder"] == (
        "Lämna över redovisningen av vidtagna åtgärder enligt IVO:s beslut den 2016-01-28."
    )
    assert case.data["beslutsdatum"] == "2016-04-01"  # the injunction's own decision date
    comply_with_injunction(cases, "upp", served="2016-04-04", deadline="2016-05-02")
    case = cases.case("upp")
    assert case.end_state == "eskalerat_till_forelaggande"
    assert cases.path("upp")[: len(MISSING) + 1] == [*MISSING, "bedom_uppfoljningen"]
    assert cases.path("upp")[-2:] == ["forelagga_efter_uppfoljning", "eskalerat_till_forelaggande"]


def test_closing_without_escalation_requires_a_recorded_reason(cases: Cases) -> None:
    # seed 003: the action plan was not followed and IVO did not escalate
    _almhult_account_missing(cases, "stang")
    for empty in ({}, {"skal": ""}, {"skal": "   "}):
        cases.complete("stang", "bedom_uppfoljningen", {"val": "avsluta_utan_eskalering", **empty})
        assert cases.waiting("stang") == ["bedom_uppfoljningen"]
    assert has_warning(cases.warnings("stang"), "kräver ett skäl (skal)", "tomt skäl godtas inte")
    reason = "Nämnden har inlett en genomlysning; IVO följer frågan i sin riskanalys"
    case = cases.complete(
        "stang", "bedom_uppfoljningen", {"val": "avsluta_utan_eskalering", "skal": reason}
    )
    assert case.end_state == "avslutad_utan_eskalering"
    assert case.data["avslut_utan_eskalering"] == {
        "skal": reason,
        "datum": "2016-04-01",
        "situation": "redovisning_saknas",
    }
    assert cases.path("stang") == [
        *MISSING,
        *["bedom_uppfoljningen"] * 4,
        "avslutad_utan_eskalering",
    ]
    # the reason is in the audit trail, with the task that gave it
    given = [e.data for e in cases.history("stang") if e.element_id == "bedom_uppfoljningen"]
    assert given[-1]["skal"] == reason


# -- the rule set by decision date (regelverk.dmn) ------------------------------------------


@pytest.mark.parametrize(
    ("decided", "rule", "sol", "fl", "lagrum_fragment"),
    [
        ("2015-01-13", "regelverk_regel_1", "(2001:453)", "(1986:223)", "punkt 6 övergångs"),
        ("2019-05-20", "regelverk_regel_2", "(2001:453)", "(2017:900)", "punkt 6 övergångs"),
        ("2025-09-01", "regelverk_regel_3", "(2025:400)", "(2017:900)", "(2017:900)"),
    ],
)
def test_the_rule_set_follows_the_decision_date(
    cases: Cases, decided: str, rule: str, sol: str, fl: str, lagrum_fragment: str
) -> None:
    cases.on(decided)
    data = {**NORRKOPING_2015, "beslutsdatum": decided, "redovisning_senast": "2026-06-30"}
    case = cases.start("uppfoljning", "r", data)
    assert cases.decision_rules("r", "regelverk_for_uppfoljningen") == [[rule]]
    regelverk = case.data["regelverk"]
    assert regelverk["sol"].endswith(sol)
    assert regelverk["fl"].endswith(fl)
    assert lagrum_fragment in regelverk["lagrum"]
    new = sol == "(2025:400)"
    assert regelverk["forelaggande_avhjalpa"].startswith("28 kap. 9 §" if new else "13 kap. 8 §")
    assert regelverk["overklagande_ivo"].startswith("35 kap. 2 §" if new else "16 kap. 4 §")
    assert regelverk["kommunicering"].startswith("25 §" if fl == "(2017:900)" else "17 §")
    assert (regelverk["varningar"] == []) is new
