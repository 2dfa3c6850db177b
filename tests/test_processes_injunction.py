"""forelaggande (P2): validation, service, immediate effect, appeal (overklagande), inhibition,
compliance at the date IVO set, and IVO's choice once the injunction is final — every end state,
driven through the facade on simulated time. Scenario numbers are those of domain.md § 8."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from injunction_support import OSKARSHAMN, Run, in_order
from ivo_flow.run_cmd import bundled_example, load_script, play

CASE = "osk"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run(tmp_path: Path) -> Iterator[Run]:
    r = Run(tmp_path, "2014-10-01")
    yield r
    r.close()


def injunction(run: Run, case: str = CASE, **overrides: Any) -> None:
    """Oskarshamn's injunction of 1 October 2014, served on Friday 3 October."""
    run.start("forelaggande", case, {**OSKARSHAMN, **overrides})
    run.complete(case, "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"}, on="2014-10-03")


def appealed(run: Run, inhibition: bool = False) -> None:
    injunction(run)
    letter = {"inkom": "2014-10-20", "inhibition_yrkas": inhibition}
    run.message(CASE, "overklagande_inkommer", letter, on="2014-10-20")
    run.complete(CASE, "overlamna_till_forvaltningsratten", on="2014-10-21")


def not_complied_and_final(run: Run, case: str = CASE, **overrides: Any) -> None:
    """No appeal (final on 25 October 2014); not complied with by 19 January 2015."""
    injunction(run, case, **overrides)
    run.complete(case, "kontrollera_efterlevnad", {"foljt": False}, on="2015-01-20")
    assert run.waiting(case) == {"overvag_fortsatta_atgarder"}


# -- scenarios 1, 2, 10, 12: Oskarshamn, from the decision to the imposed fine -----------------


def test_oskarshamn_applies_at_once_and_the_fine_waits_for_finality(run: Run) -> None:
    injunction(run)
    data = run.data(CASE)
    assert data["galler_omedelbart"] is True
    assert data["lagrum_forelaggande"] == "13 kap. 8 § socialtjänstlagen (2001:453)"
    assert run.timers(CASE) == {
        "overklagandetiden_loper_ut": date(2014, 10, 22),  # the earlier of 22 and 24 October
        "atgardsfristen_loper_ut": date(2015, 1, 19),
    }
    period = run.deadline(CASE, "overklagandetiden_loper_ut")
    assert period.kind == "statutory" and any("OVERIFIERAT" in w for w in period.warnings)
    compliance = run.deadline(CASE, "atgardsfristen_loper_ut")
    assert compliance.kind == "set_by_decision" and not compliance.shifted
    assert data["overklagandefrist"]["last_day"] == "2014-10-22"  # kept in the case's data

    run.message(CASE, "overklagande_inkommer", {"inkom": "2014-10-20"}, on="2014-10-20")
    assert run.waiting(CASE) == {"overlamna_till_forvaltningsratten"}
    run.complete(CASE, "overlamna_till_forvaltningsratten", on="2014-10-21")
    # scenario 10: the appealed injunction still applies — its date is checked during the appeal
    run.on("2015-01-20")
    assert run.waiting(CASE) == {"kontrollera_efterlevnad", "forvaltningsrattens_dom"}
    run.complete(CASE, "kontrollera_efterlevnad", {"foljt": False})
    # scenario 12: no application for imposition while the injunction is not final
    assert run.waiting(CASE) == {"forvaltningsrattens_dom"}
    judgment = {"utgang": "fastställt", "fr_domsdatum": "2015-03-02", "dom_delgiven": "2015-03-03"}
    run.complete(CASE, "forvaltningsrattens_dom", judgment, on="2015-03-02")
    run.on("2015-03-24")
    assert run.waiting(CASE) == set()  # the judgment can still be appealed today
    run.on("2015-03-25")
    assert run.waiting(CASE) == {"overvag_fortsatta_atgarder"}
    assert run.data(CASE)["laga_kraft_datum"] == "2015-03-25"

    run.complete(
        CASE, "overvag_fortsatta_atgarder", {"atgard": "ansok_om_utdomande"}, on="2015-04-01"
    )
    run.complete(CASE, "ansok_om_utdomande", {"forvaltningsratt": "Förvaltningsrätten i Växjö"})
    assert run.waiting(CASE) == {"forvaltningsratten_provar_ansokan"}
    court = {"fr_vitesdom_datum": "2015-06-01", "vitesdom_delgiven": "2015-06-02"}
    run.complete(CASE, "forvaltningsratten_provar_ansokan", court, on="2015-06-01")
    run.on("2015-06-24")
    assert run.end(CASE) == "ansokan_om_utdomande_ingiven"
    data = run.data(CASE)
    assert data["forelaggande_utfall"] == "FINE_APPLICATION_FILED"
    assert (data["utdomande_utfall"], data["utdomt_belopp"]) == ("utdomt", 1_000_000)
    assert "får inte förvandlas till fängelse" in data["regel_vite_ej_fangelse"]
    assert data["sanktionsavgift_sparr"] is False  # before 2026
    assert in_order(
        run.path(CASE),
        "forelaggande_beslutat",
        "delge_forelaggandet",
        "overklagande_inkommer",
        "overklagande_inkommit",
        "overlamna_till_forvaltningsratten",
        "atgardsfristen_loper_ut",
        "kontrollera_efterlevnad",
        "forvaltningsrattens_dom",
        "domen_vinner_laga_kraft",
        "beslutet_star_fast",
        "overklagandet_provas",
        "overvag_fortsatta_atgarder",
        "utdomande_overvags",
        "ansok_om_utdomande",
        "forvaltningsratten_provar_ansokan",
        "vite_utdomt",
        "utdomandet_provas",
        "ansokan_om_utdomande_ingiven",
    )


# -- validation (scenario 1, VitesL 2 §) and VitesL 2 § 3 st (scenario 19) ----------------------


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"adressat": ""}, "namngiven adressat"),
        ({"atgarder": None}, "anger inte vilka åtgärder"),
        ({"atgardsfrist": None}, "saknar tidpunkt eller tidsfrist"),
        ({"atgardsfrist": "2014-09-30"}, "före beslutsdagen"),
        ({"mojlighet_att_folja": False}, "2 § andra stycket lag (1985:206)"),
        ({"forelaggande_typ": "okand"}, "forelaggande_typ ska vara"),
        ({"inhibition_verkan": "kanske"}, "inhibition_verkan ska vara"),
    ],
    ids=[
        "addressee",
        "measures",
        "date",
        "date-before-decision",
        "no-possibility",
        "type",
        "param",
    ],
)
def test_an_incomplete_injunction_is_not_served(
    run: Run, overrides: dict[str, Any], fragment: str
) -> None:
    run.start("forelaggande", CASE, {**OSKARSHAMN, **overrides})
    assert run.end(CASE) == "forelaggandet_ofullstandigt"
    assert run.path(CASE) == ["forelaggande_beslutat", "forelaggandet_ofullstandigt"]
    data = run.data(CASE)
    assert data["forelaggande_utfall"] == "INVALID"
    assert any(fragment in brist for brist in data["brister"]), data["brister"]


def test_without_vite_the_possibility_to_comply_is_not_a_bar(run: Run) -> None:
    run.start("forelaggande", CASE, {**OSKARSHAMN, "vite_belopp": 0, "mojlighet_att_folja": False})
    assert run.waiting(CASE) == {"delge_forelaggandet"}


@pytest.mark.parametrize(
    ("earlier_final", "vite", "waits"),
    [
        (False, 2_000_000, None),
        (True, 2_000_000, "delge_forelaggandet"),
        (False, 0, "delge_forelaggandet"),
    ],
    ids=["earlier-not-final", "earlier-final", "no-new-vite"],
)
def test_no_new_vite_in_the_same_matter_before_the_earlier_injunction_is_final(
    run: Run, earlier_final: bool, vite: int, waits: str | None
) -> None:
    data = {
        **OSKARSHAMN,
        "vite_belopp": vite,
        "tidigare_vitesforelaggande_laga_kraft": earlier_final,
    }
    run.start("forelaggande", CASE, data)
    if waits is None:
        assert run.end(CASE) == "nytt_vite_nekat"
        assert run.data(CASE)["forelaggande_utfall"] == "NEW_VITE_BLOCKED"
        assert "2 § tredje stycket" in run.data(CASE)["nytt_vite_skal"]
    else:
        assert run.waiting(CASE) == {waits}


# -- compliance (scenario 16) ----------------------------------------------------------------


def test_an_account_showing_compliance_closes_the_case_before_the_date(run: Run) -> None:
    injunction(run)
    run.on("2014-10-27")  # no appeal: final on 25 October (the later of the two periods)
    run.message(CASE, "atgardsredovisning_inkommer", {"inkom": "2014-12-01"}, on="2014-12-01")
    assert run.waiting(CASE) == {"bedom_redovisning"}
    run.complete(CASE, "bedom_redovisning", {"foljt": True})
    assert run.end(CASE) == "avslutat_foljt"
    data = run.data(CASE)
    assert data["forelaggande_utfall"] == "CLOSED_COMPLIED"
    assert (data["laga_kraft_datum"], data["foljt_datum"]) == ("2014-10-25", "2014-12-01")
    assert run.case(CASE).timers == ()  # the compliance date no longer runs


def test_an_insufficient_account_leaves_the_date_running(run: Run) -> None:
    injunction(run)
    run.message(CASE, "atgardsredovisning_inkommer", {"inkom": "2014-12-01"}, on="2014-12-01")
    run.complete(CASE, "bedom_redovisning", {"foljt": False})
    assert run.timers(CASE) == {"atgardsfristen_loper_ut": date(2015, 1, 19)}
    run.complete(CASE, "kontrollera_efterlevnad", {"foljt": True}, on="2015-01-20")
    assert run.end(CASE) == "avslutat_foljt"


# -- the court, IVO's withdrawal -----------------------------------------------------------------


def test_quashed_by_the_court_closes_the_case_once_the_judgment_is_final(run: Run) -> None:
    appealed(run)
    run.complete(CASE, "forvaltningsrattens_dom", {"utgang": "upphävt"}, on="2014-12-01")
    # only IVO can appeal, three weeks from the judgment day: Monday 22 December 2014
    assert run.timers(CASE) == {
        "domen_vinner_laga_kraft": date(2014, 12, 22),
        "atgardsfristen_loper_ut": date(2015, 1, 19),
    }
    run.on("2014-12-23")
    assert run.end(CASE) == "forelaggandet_upphavt"
    assert run.data(CASE)["forelaggande_utfall"] == "CLOSED_REVOKED_BY_COURT"
    assert run.case(CASE).timers == ()


def test_ivo_withdraws_the_injunction_while_it_is_appealed(run: Run) -> None:
    appealed(run)
    run.message(CASE, "forelaggandet_aterkallas", {"skal": "ny bedömning"}, on="2014-11-05")
    assert run.end(CASE) == "aterkallat_av_ivo"
    assert run.data(CASE)["forelaggande_utfall"] == "CLOSED_WITHDRAWN_BY_IVO"
    assert run.case(CASE).tasks == () and run.case(CASE).timers == ()


def test_the_court_amends_the_date_and_the_amount(run: Run) -> None:
    appealed(run)
    run.complete(CASE, "kontrollera_efterlevnad", {"foljt": False}, on="2015-01-20")
    judgment = {
        "utgang": "ändrat",
        "dom_delgiven": "2015-03-03",
        "ny_atgardsfrist": "2015-06-30",
        "nytt_vite_belopp": 500_000,
    }
    run.complete(CASE, "forvaltningsrattens_dom", judgment, on="2015-03-02")
    run.on("2015-03-25")
    assert run.timers(CASE) == {"gallande_atgardsfrist_loper_ut": date(2015, 6, 30)}
    data = run.data(CASE)
    assert (data["vite_belopp"], data["ursprungligt_vite_belopp"]) == (500_000, 1_000_000)
    assert data["frist_grund"] == "domstolens dom"
    run.complete(CASE, "kontrollera_efterlevnad_ny_frist", {"foljt": False}, on="2015-07-01")
    run.complete(CASE, "overvag_fortsatta_atgarder", {"atgard": "ansok_om_utdomande"})
    run.complete(CASE, "ansok_om_utdomande")
    court = {"fr_vitesdom_datum": "2015-09-01", "vitesdom_delgiven": "2015-09-01"}
    run.complete(CASE, "forvaltningsratten_provar_ansokan", court, on="2015-09-01")
    run.on("2015-09-23")
    assert run.end(CASE) == "ansokan_om_utdomande_ingiven"
    assert run.data(CASE)["utdomt_belopp"] == 500_000


# -- inhibition (scenario 11; the effect on the date is UNVERIFIED: inhibition_verkan) --------


def inhibited_and_upheld(run: Run, verkan: str | None) -> None:
    overrides = {} if verkan is None else {"inhibition_verkan": verkan}
    injunction(run, **overrides)
    letter = {"inkom": "2014-10-20", "inhibition_yrkas": True}
    run.message(CASE, "overklagande_inkommer", letter, on="2014-10-20")
    run.complete(CASE, "overlamna_till_forvaltningsratten", on="2014-10-21")
    assert run.waiting(CASE) == {"provning_av_inhibition"}
    run.complete(CASE, "provning_av_inhibition", {"inhibition_beviljad": True}, on="2014-11-10")
    assert "atgardsfristen_loper_ut" not in run.timers(CASE)  # the obligation is suspended
    run.on("2015-01-20")
    assert run.waiting(CASE) == {"forvaltningsrattens_dom"}  # no compliance check
    judgment = {"utgang": "fastställt", "dom_delgiven": "2015-02-03"}
    run.complete(CASE, "forvaltningsrattens_dom", judgment, on="2015-02-02")
    run.on("2015-02-25")  # final: the later of 23 and 24 February has passed


def test_inhibition_by_default_makes_ivo_set_a_new_date(run: Run) -> None:
    inhibited_and_upheld(run, None)
    assert run.waiting(CASE) == {"besluta_ny_atgardsfrist"}
    warnings = run.data(CASE)["forelaggande_varningar"]
    assert any("inhibition_verkan = ny_frist" in w and "OVERIFIERAT" in w for w in warnings)
    run.complete(
        CASE, "besluta_ny_atgardsfrist", {"ny_atgardsfrist": "2015-04-30"}, on="2015-02-26"
    )
    assert run.timers(CASE) == {"gallande_atgardsfrist_loper_ut": date(2015, 4, 30)}
    run.complete(CASE, "kontrollera_efterlevnad_ny_frist", {"foljt": True}, on="2015-05-01")
    assert run.end(CASE) == "avslutat_foljt"
    assert in_order(
        run.passed(CASE),
        "inhibition_meddelas",  # thrown by the appeal process ...
        "inhibition_beviljad",  # ... and caught here
        "forvaltningsrattens_dom",
        "besluta_ny_atgardsfrist",
        "gallande_atgardsfrist_loper_ut",
        "kontrollera_efterlevnad_ny_frist",
        "avslutat_foljt",
    )


def test_inhibition_may_instead_extend_the_date_by_its_length(run: Run) -> None:
    inhibited_and_upheld(run, "fristen_forlangs")
    # inhibition from 10 November 2014 to the judgment of 2 February 2015: 84 days
    assert run.timers(CASE) == {"gallande_atgardsfrist_loper_ut": date(2015, 4, 13)}


def test_inhibition_may_be_taken_to_leave_the_date_as_it_was(run: Run) -> None:
    inhibited_and_upheld(run, "ingen")
    run.on("2015-02-26")  # 19 January has long passed: the check is due at once
    assert run.waiting(CASE) == {"kontrollera_efterlevnad_ny_frist"}


# -- IVO's choice once final and not complied with --------------------------------------------


def test_escalation_to_a_prohibition_runs_the_forbud_process(run: Run) -> None:
    not_complied_and_final(run)
    choice = {"atgard": "forbud", "forbud_beslutsdatum": "2015-02-02"}
    run.complete(CASE, "overvag_fortsatta_atgarder", choice, on="2015-02-02")
    assert run.waiting(CASE) == {"delge_forbudet"}
    run.complete(CASE, "delge_forbudet", {"delgivningsdatum": "2015-02-03"}, on="2015-02-03")
    run.on("2015-02-25")  # the later last day (24 February) has passed
    # the prohibition is final and in force: the case waits for it to be lifted (or breached)
    case = run.case(CASE)
    assert case.status != "completed" and run.waiting(CASE) == set()
    assert "forbudet_galler" in run.path(CASE)
    run.message(CASE, "forbudet_havs", {"havande": {"skal": "avhjälpt"}}, on="2015-06-01")
    assert run.end(CASE) == "eskalerat_till_forbud"
    data = run.data(CASE)
    assert data["forelaggande_utfall"] == "ESCALATED_TO_PROHIBITION"
    assert data["forbud_utfall"] == "PROHIBITION_LIFTED"
    # the injunction's own facts are kept; the prohibition's are kept beside them
    assert (data["beslutsdatum"], data["delgivningsdatum"]) == ("2014-10-01", "2014-10-03")
    assert data["laga_kraft_datum"] == "2014-10-25"
    assert (data["forbud_beslutsdatum"], data["forbud_delgivningsdatum"]) == (
        "2015-02-02",
        "2015-02-03",
    )
    assert data["lagrum_forbud"].startswith("13 kap. 9 § socialtjänstlagen (2001:453)")
    assert in_order(
        run.path(CASE), "forbud_beslutat", "forbudet_galler", "forbudet_havt", "forbudet_provas"
    )


def test_a_prohibition_needs_an_injunction_to_remedy(run: Run) -> None:
    not_complied_and_final(run, forelaggande_typ="handlingar")
    run.complete(CASE, "overvag_fortsatta_atgarder", {"atgard": "forbud"})
    assert run.waiting(CASE) == {"overvag_fortsatta_atgarder"}
    assert "9 § första stycket" in run.data(CASE)["vald_atgard_brist"]


def test_a_new_injunction_with_a_higher_vite_supersedes_the_final_one(run: Run) -> None:
    not_complied_and_final(run)
    run.complete(CASE, "overvag_fortsatta_atgarder", {"atgard": "nytt_forelaggande"})
    assert run.end(CASE) == "ersatt_av_nytt_forelaggande"
    proposal = run.data(CASE)["nytt_forelaggande"]
    assert proposal["tidigare_vitesforelaggande_laga_kraft"] is True
    assert proposal["tidigare_laga_kraft_datum"] == "2014-10-25"
    nytt = {**OSKARSHAMN, "beslutsdatum": "2015-01-20", "atgardsfrist": "2015-04-20"}
    nytt.update(vite_belopp=2_000_000, tidigare_vitesforelaggande_laga_kraft=True)
    run.start("forelaggande", "osk-2", nytt)
    assert run.waiting("osk-2") == {"delge_forelaggandet"}


def test_ivo_may_close_without_further_action_but_not_apply_without_a_vite(run: Run) -> None:
    not_complied_and_final(run, vite_belopp=0)
    run.complete(CASE, "overvag_fortsatta_atgarder", {"atgard": "ansok_om_utdomande"})
    assert run.waiting(CASE) == {"overvag_fortsatta_atgarder"}
    assert "inte förenat med vite" in run.data(CASE)["vald_atgard_brist"]
    run.complete(CASE, "overvag_fortsatta_atgarder", {"atgard": "avsluta", "motivering": "x"})
    assert run.end(CASE) == "avslutat_utan_vidare_atgard"
    assert run.data(CASE)["forelaggande_utfall"] == "CLOSED_WITHOUT_FURTHER_ACTION"


# -- late appeals (scenarios 3, 4, 5, 9) -------------------------------------------------------


def test_with_the_public_party_question_open_finality_waits_for_the_later_day(run: Run) -> None:
    """FINALITY (§ 7): the earlier last day (22 October) binds the appellant; the injunction is
    final only after the later one (24 October) — path and laga_kraft_datum agree."""
    injunction(run)
    run.on("2014-10-23")
    assert "overklagandetiden_loper_ut" in run.path(CASE)
    assert "forelaggandet_vinner_laga_kraft" not in run.passed(CASE)
    assert run.timers(CASE)["senare_sista_dagen_loper_ut"] == date(2014, 10, 24)
    run.on("2014-10-25")
    assert in_order(
        run.passed(CASE),
        "overklagandetiden_loper_ut",
        "senare_sista_dagen_loper_ut",
        "forelaggandet_vinner_laga_kraft",
    )
    final = next(e for e in run.history(CASE) if e.element_id == "forelaggandet_vinner_laga_kraft")
    assert final.at.date() >= date(2014, 10, 24)
    assert run.data(CASE)["laga_kraft_datum"] == "2014-10-25"


def test_a_late_appeal_is_still_examined_and_dismissed(run: Run) -> None:
    injunction(run, allman_part=False)  # last day Friday 24 October 2014
    run.message(CASE, "overklagande_inkommer", {"inkom": "2014-10-27"}, on="2014-10-27")
    assert run.waiting(CASE) == {"avvisa_overklagandet"}
    run.complete(CASE, "avvisa_overklagandet")
    assert run.case(CASE).is_open  # the injunction stands; the compliance date still runs
    assert run.timers(CASE) == {"atgardsfristen_loper_ut": date(2015, 1, 19)}
    assert run.data(CASE)["laga_kraft_datum"] == "2014-10-25"
    assert in_order(
        run.path(CASE),
        "overklagandetiden_loper_ut",
        "sent_overklagande_inkommer",
        "avvisa_overklagandet",
        "overklagandet_avvisat",
        "sent_overklagande_provas",
        "sent_overklagande_avgjort",
    )


@pytest.mark.parametrize("exception", ["hanvisning_felaktig", "inkom_till_domstol_i_tid"])
def test_a_late_appeal_under_an_exception_can_still_quash_the_injunction(
    run: Run, exception: str
) -> None:
    injunction(run, allman_part=False)
    letter = {"inkom": "2014-10-27", exception: True}
    run.message(CASE, "overklagande_inkommer", letter, on="2014-10-27")
    assert run.waiting(CASE) == {"overlamna_till_forvaltningsratten"}
    run.complete(CASE, "overlamna_till_forvaltningsratten")
    run.complete(CASE, "forvaltningsrattens_dom", {"utgang": "upphävt"}, on="2014-12-01")
    run.on("2014-12-23")
    assert run.end(CASE) == "forelaggandet_upphavt"


def test_an_appeal_between_the_two_possible_last_days_goes_to_a_lawyer(run: Run) -> None:
    injunction(run)  # allman_part unknown: 22 October binds, 24 October is the later day
    run.message(CASE, "overklagande_inkommer", {"inkom": "2014-10-23"}, on="2014-10-23")
    assert run.waiting(CASE) == {"avgor_allman_part"}
    run.complete(CASE, "avgor_allman_part", {"allman_part": False})
    assert run.waiting(CASE) == {"overlamna_till_forvaltningsratten"}


# -- legal time (scenarios 6, 7, 8) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("served", "last_day", "shifted"),
    [("2025-12-03", date(2025, 12, 29), True), ("2025-12-15", date(2026, 1, 5), False)],
    ids=["julafton-moves-to-monday", "trettondagsafton-does-not-move"],
)
def test_the_appeal_period_ends_on_the_next_weekday_after_julafton(
    tmp_path: Path, served: str, last_day: date, shifted: bool
) -> None:
    run = Run(tmp_path, served)
    data = {
        **OSKARSHAMN,
        "beslutsdatum": served,
        "atgardsfrist": "2026-03-31",
        "allman_part": False,
    }
    run.start("forelaggande", CASE, data)
    run.complete(CASE, "delge_forelaggandet", {"delgivningsdatum": served})
    period = run.deadline(CASE, "overklagandetiden_loper_ut")
    assert (period.last_day, period.shifted) == (last_day, shifted)
    assert period.rule[0] == "44 § förvaltningslagen (2017:900)"
    if shifted:
        assert period.nominal_last_day == date(2025, 12, 24)
        assert any("julafton" in reason for reason in period.reasons)
    assert run.data(CASE)["lagrum_forelaggande"] == "28 kap. 9 § socialtjänstlagen (2025:400)"
    check = next(e for e in run.history(CASE) if e.element_id == "kontrollera_forelaggandet")
    assert "28 kap. 9 § tredje stycket socialtjänstlagen (2025:400)" in check.legal_basis
    assert "(2001:453)" not in check.legal_basis
    run.close()


def test_a_date_ivo_set_on_a_saturday_is_flagged_not_moved(run: Run) -> None:
    injunction(run, atgardsfrist="2015-01-17")
    compliance = run.deadline(CASE, "atgardsfristen_loper_ut")
    assert (compliance.last_day, compliance.shifted) == (date(2015, 1, 17), False)
    assert compliance.warnings
    assert any("har inte flyttats" in w for w in run.data(CASE)["forelaggande_varningar"])


# -- the example scripts ---------------------------------------------------------------------------


def test_ostra_goinge_final_when_hfd_refused_leave_then_the_application(tmp_path: Path) -> None:
    script = load_script(ROOT / "examples" / "ostra-goinge-2014.toml")
    run = Run(tmp_path, script.start.isoformat())
    play(run.wf, script)
    assert run.case(script.case).is_open and run.waiting(script.case) == {
        "forvaltningsratten_provar_ansokan"
    }
    data = run.data(script.case)
    assert data["laga_kraft_datum"] == "2016-01-13"  # HFD did not grant leave on 13 January 2016
    assert data["overklagande_utfall"] == "fastställt"
    assert data["vite_belopp"] == 500_000
    refusal = next(e for e in run.history(script.case) if e.element_id == "provningstillstand_hfd")
    assert refusal.at.date() == date(2016, 1, 13)
    assert in_order(
        run.path(script.case),
        "kontrollera_efterlevnad",
        "forvaltningsrattens_dom",
        "fr_domen_overklagas",
        "provningstillstand_kammarratten",
        "kammarrattens_dom",
        "kr_avgorandet_overklagas",
        "provningstillstand_hfd",
        "beslutet_star_fast",
        "overvag_fortsatta_atgarder",
        "ansok_om_utdomande",
    )
    run.close()


def test_the_bundled_oskarshamn_script_still_waits_for_the_court(tmp_path: Path) -> None:
    script = load_script(bundled_example())
    run = Run(tmp_path, script.start.isoformat())
    play(run.wf, script)
    assert run.waiting(script.case) == {"kontrollera_efterlevnad", "forvaltningsrattens_dom"}
    run.close()


# -- late appeals of a court's judgment (6 b § förvaltningsprocesslagen) ------------------------


def _fr_judgment_final(run: Run) -> None:
    """Appealed in time; FR upholds on 2 March 2015, served 3 March; final after 24 March."""
    injunction(run, allman_part=False)
    run.message(CASE, "overklagande_inkommer", {"inkom": "2014-10-20"}, on="2014-10-20")
    run.complete(CASE, "overlamna_till_forvaltningsratten", on="2014-10-21")
    run.complete(CASE, "kontrollera_efterlevnad", {"foljt": False}, on="2015-01-20")
    judgment = {"utgang": "fastställt", "fr_domsdatum": "2015-03-02", "dom_delgiven": "2015-03-03"}
    run.complete(CASE, "forvaltningsrattens_dom", judgment, on="2015-03-02")
    run.on("2015-03-25")
    assert run.data(CASE)["laga_kraft_datum"] == "2015-03-25"
    assert "forelaggandet_vinner_laga_kraft" in run.passed(CASE)
    assert run.waiting(CASE) == {"overvag_fortsatta_atgarder"}


def test_a_late_appeal_of_the_court_judgment_is_examined_by_the_court_and_dismissed(
    run: Run,
) -> None:
    _fr_judgment_final(run)
    run.message(CASE, "overklagande_inkommer", {"inkom": "2015-04-01"}, on="2015-04-01")
    # the court that gave the judgment examines timeliness, not IVO
    assert run.waiting(CASE) == {"overvag_fortsatta_atgarder", "fr_avvisar_overklagandet"}
    run.complete(CASE, "fr_avvisar_overklagandet")
    data = run.data(CASE)
    assert data["laga_kraft_datum"] == "2015-03-25"  # the judgment stays final
    path = run.passed(CASE)
    assert in_order(
        path,
        "forelaggandet_vinner_laga_kraft",
        "sent_overklagande_inkommer",
        "fr_avvisar_overklagandet",
        "sent_overklagande_avgjort",
    )
    assert "avvisa_overklagandet" not in path  # IVO's own timeliness check is not run again


def test_a_late_appeal_of_the_court_judgment_admitted_for_a_wrong_notice_undoes_finality(
    run: Run,
) -> None:
    _fr_judgment_final(run)
    letter = {"inkom": "2015-04-01", "hanvisning_felaktig": True}
    run.message(CASE, "overklagande_inkommer", letter, on="2015-04-01")
    assert "provningstillstand_kammarratten" in run.waiting(CASE)
    passed = run.passed(CASE)
    assert "sent_overklagande_av_fr_dom" in passed
    run.complete(CASE, "provningstillstand_kammarratten", {"pt_beviljat": True}, on="2015-05-04")
    kr = {"kr_utgang": "upphävt", "kr_domsdatum": "2015-06-01", "kr_dom_delgiven": "2015-06-02"}
    run.complete(CASE, "kammarrattens_dom", kr, on="2015-06-01")
    run.on("2015-06-24")
    assert run.end(CASE) == "forelaggandet_upphavt"
    assert run.data(CASE)["overklagande_utfall"] == "upphävt"


def test_a_late_appeal_of_the_court_of_appeal_decision_is_examined_by_that_court(
    run: Run,
) -> None:
    injunction(run, allman_part=False)
    run.message(CASE, "overklagande_inkommer", {"inkom": "2014-10-20"}, on="2014-10-20")
    run.complete(CASE, "overlamna_till_forvaltningsratten", on="2014-10-21")
    run.complete(CASE, "kontrollera_efterlevnad", {"foljt": False}, on="2015-01-20")
    judgment = {"utgang": "fastställt", "fr_domsdatum": "2015-03-02", "dom_delgiven": "2015-03-03"}
    run.complete(CASE, "forvaltningsrattens_dom", judgment, on="2015-03-02")
    run.message(CASE, "fr_domen_overklagas", {"inkom": "2015-03-20"}, on="2015-03-20")
    refusal = {"pt_beviljat": False, "kr_beslutsdatum": "2015-05-04"}
    run.complete(CASE, "provningstillstand_kammarratten", refusal, on="2015-05-04")
    run.on("2015-05-26")
    assert run.data(CASE)["laga_kraft_datum"] == "2015-05-26"
    run.message(CASE, "overklagande_inkommer", {"inkom": "2015-06-10"}, on="2015-06-10")
    assert "kr_avvisar_overklagandet" in run.waiting(CASE)
    run.complete(CASE, "kr_avvisar_overklagandet")
    assert run.data(CASE)["laga_kraft_datum"] == "2015-05-26"
    assert "sent_overklagande_av_kr_avgorande" in run.passed(CASE)
