"""overklagande (P3): IVO's rättidsprövning, förvaltningsrätten, kammarrätten, Högsta
förvaltningsdomstolen — every end state, the exceptions for late appeals, leave to appeal and
the transition to SoL (2025:400). Run as its own case; forelaggande calls it the same way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from injunction_support import Run, in_order

CASE = "ok"


def appeal(**overrides: Any) -> dict[str, Any]:
    """An injunction of Wednesday 1 October 2014, served Friday 3 October, appealed 20 October."""
    data: dict[str, Any] = {
        "beslutsdatum": "2014-10-01",
        "delgivningsdatum": "2014-10-03",
        "allman_part": False,
        "overklagande": {"inkom": "2014-10-20"},
    }
    data.update(overrides)
    return data


@pytest.fixture
def run(tmp_path: Path) -> Iterator[Run]:
    r = Run(tmp_path, "2014-10-20")
    yield r
    r.close()


def upheld_by_fr(run: Run, **start: Any) -> None:
    """Forwarded on 21 October; FR upholds on Monday 2 March 2015, received Wednesday 4 March."""
    run.start("overklagande", CASE, appeal(**start))
    run.complete(CASE, "overlamna_till_forvaltningsratten", on="2014-10-21")
    judgment = {"utgang": "fastställt", "fr_domsdatum": "2015-03-02", "dom_delgiven": "2015-03-04"}
    run.complete(CASE, "forvaltningsrattens_dom", judgment, on="2015-03-02")


def test_upheld_by_the_administrative_court_and_final_after_three_weeks(run: Run) -> None:
    upheld_by_fr(run)
    # FPL 6 a §: three weeks from the day the municipality received the judgment
    assert run.timers(CASE) == {"domen_vinner_laga_kraft": date(2015, 3, 25)}
    run.on("2015-03-25")
    assert run.case(CASE).is_open  # the last day is a whole day
    run.on("2015-03-26")
    assert run.end(CASE) == "beslutet_star_fast"
    assert run.path(CASE) == [
        "overklagande_inkommit",
        "overlamna_till_forvaltningsratten",
        "forvaltningsrattens_dom",
        "domen_vinner_laga_kraft",
        "beslutet_star_fast",
    ]
    data = run.data(CASE)
    assert data["overklagande_utfall"] == "fastställt"
    assert data["laga_kraft_datum"] == "2015-03-26"
    assert data["avgorande_instans"] == "förvaltningsrätten"
    assert data["provas_enligt"] == "socialtjänstlagen (2001:453)"
    assert data["lagrum_overklagbarhet"] == "16 kap. 4 § socialtjänstlagen (2001:453)"


def test_an_appeal_one_day_late_is_dismissed_by_ivo(run: Run) -> None:
    # received Friday 3 October: the last day is Friday 24 October; in on Saturday 25 October
    run.start("overklagande", CASE, appeal(overklagande={"inkom": "2014-10-25"}))
    assert run.waiting(CASE) == {"avvisa_overklagandet"}
    assert run.values(CASE, "i_ratt_tid") == {"i_ratt_tid": False, "rattid": "for_sent"}
    run.complete(CASE, "avvisa_overklagandet")
    assert run.end(CASE) == "overklagandet_avvisat"
    data = run.data(CASE)
    assert data["overklagande_utfall"] == "avvisat" and data["avgorande_instans"] == "IVO"
    assert data["laga_kraft_datum"] == "2014-10-25"  # final when the period ran out
    assert any("Avvisningsbeslutet kan överklagas" in w for w in data["overklagande_varningar"])
    assert run.path(CASE) == [
        "overklagande_inkommit",
        "avvisa_overklagandet",
        "overklagandet_avvisat",
    ]


@pytest.mark.parametrize(
    "exception",
    ["hanvisning_felaktig", "inkom_till_domstol_i_tid"],
    ids=["wrong-notice-of-appeal", "reached-the-court-in-time"],
)
def test_a_late_appeal_is_not_dismissed_under_the_exceptions(run: Run, exception: str) -> None:
    run.start("overklagande", CASE, appeal(overklagande={"inkom": "2014-10-30", exception: True}))
    assert run.waiting(CASE) == {"overlamna_till_forvaltningsratten"}
    assert run.values(CASE, "i_ratt_tid")["rattid"] == "undantag"
    assert run.data(CASE)["undantag"]


def test_public_party_unknown_between_the_two_last_days_goes_to_a_lawyer(run: Run) -> None:
    # issued 1 October -> 22 October; received 3 October -> 24 October; in on 23 October
    run.start("overklagande", CASE, appeal(allman_part=None, overklagande={"inkom": "2014-10-23"}))
    assert run.waiting(CASE) == {"avgor_allman_part"}
    data = run.data(CASE)
    assert data["sista_dag_overklagande"] == "2014-10-22"  # the earlier day binds the appellant
    assert any(w.startswith("OVERIFIERAT") for w in data["overklagande_varningar"])
    run.complete(CASE, "avgor_allman_part", {"allman_part": False})
    assert run.waiting(CASE) == {"overlamna_till_forvaltningsratten"}
    assert in_order(run.passed(CASE), "rattidsprovning", "avgor_allman_part", "rattidsprovning")


def test_public_party_decided_yes_makes_the_appeal_late(run: Run) -> None:
    run.start("overklagande", CASE, appeal(allman_part=None, overklagande={"inkom": "2014-10-23"}))
    run.complete(CASE, "avgor_allman_part", {"allman_part": True})
    run.complete(CASE, "avvisa_overklagandet")
    assert run.end(CASE) == "overklagandet_avvisat"
    assert run.data(CASE)["laga_kraft_datum"] == "2014-10-23"
    assert run.data(CASE)["allman_part"] is True


def test_the_court_of_appeal_refuses_leave_and_the_judgment_stands(run: Run) -> None:
    upheld_by_fr(run)
    run.message(CASE, "fr_domen_overklagas", {"inkom": "2015-03-20"}, on="2015-03-20")
    assert run.waiting(CASE) == {"provningstillstand_kammarratten"}
    refusal = {
        "pt_beviljat": False,
        "kr_beslutsdatum": "2015-05-04",
        "kr_beslut_delgiven": "2015-05-05",
    }
    run.complete(CASE, "provningstillstand_kammarratten", refusal, on="2015-05-04")
    # the refusal can itself be appealed to HFD within three weeks: Tuesday 26 May 2015
    assert run.timers(CASE) == {"kr_avgorandet_vinner_laga_kraft": date(2015, 5, 26)}
    run.on("2015-05-27")
    assert run.end(CASE) == "beslutet_star_fast"
    data = run.data(CASE)
    assert data["avgorande_instans"] == "kammarrätten (prövningstillstånd nekat)"
    assert data["laga_kraft_datum"] == "2015-05-27"
    assert data["lagrum_provningstillstand"].startswith("socialtjänstlagen (2001:453)")


def test_quashed_by_the_court_of_appeal_and_final_when_hfd_refuses_leave(run: Run) -> None:
    upheld_by_fr(run)
    run.message(CASE, "fr_domen_overklagas", {"inkom": "2015-03-20"}, on="2015-03-20")
    run.complete(CASE, "provningstillstand_kammarratten", {"pt_beviljat": True}, on="2015-05-04")
    quashed = {
        "kr_utgang": "upphävt",
        "kr_domsdatum": "2015-09-01",
        "kr_dom_delgiven": "2015-09-02",
    }
    run.complete(CASE, "kammarrattens_dom", quashed, on="2015-09-01")
    # only IVO lost; as a party representing the public interest it counts from the judgment day
    assert run.timers(CASE) == {"kr_avgorandet_vinner_laga_kraft": date(2015, 9, 22)}
    run.message(
        CASE,
        "kr_avgorandet_overklagas",
        {"inkom": "2015-09-15", "klagande": "IVO"},
        on="2015-09-15",
    )
    refusal = {"pt_beviljat_hfd": False, "hfd_beslutsdatum": "2016-02-01"}
    run.complete(CASE, "provningstillstand_hfd", refusal, on="2016-02-01")
    assert run.end(CASE) == "beslutet_upphavt"
    data = run.data(CASE)
    assert data["overklagande_utfall"] == "upphävt" and data["laga_kraft_datum"] == "2016-02-01"
    assert run.path(CASE)[-4:] == [
        "kammarrattens_dom",
        "kr_avgorandet_overklagas",
        "provningstillstand_hfd",
        "beslutet_upphavt",
    ]


def test_amended_by_the_supreme_administrative_court(run: Run) -> None:
    upheld_by_fr(run)
    run.message(CASE, "fr_domen_overklagas", {"inkom": "2015-03-20"}, on="2015-03-20")
    run.complete(CASE, "provningstillstand_kammarratten", {"pt_beviljat": True}, on="2015-05-04")
    upheld = {
        "kr_utgang": "fastställt",
        "kr_domsdatum": "2015-09-01",
        "kr_dom_delgiven": "2015-09-02",
    }
    run.complete(CASE, "kammarrattens_dom", upheld, on="2015-09-01")
    run.message(CASE, "kr_avgorandet_overklagas", {"inkom": "2015-09-20"}, on="2015-09-20")
    run.complete(CASE, "provningstillstand_hfd", {"pt_beviljat_hfd": True}, on="2016-01-13")
    amended = {
        "hfd_utgang": "ändrat",
        "hfd_domsdatum": "2016-06-15",
        "ny_atgardsfrist": "2016-12-30",
        "nytt_vite_belopp": 250_000,
    }
    run.complete(CASE, "hogsta_forvaltningsdomstolens_dom", amended, on="2016-06-15")
    assert run.end(CASE) == "beslutet_andrat"
    data = run.data(CASE)
    assert data["laga_kraft_datum"] == "2016-06-15"
    assert data["ny_atgardsfrist"] == "2016-12-30" and data["nytt_vite_belopp"] == 250_000
    assert data["avgorande_instans"] == "Högsta förvaltningsdomstolen"


def test_the_administrative_court_dismisses_an_appeal_it_finds_late(run: Run) -> None:
    # public-party question open: judgment 2 March (-> 23 March), received 4 March (-> 25 March)
    upheld_by_fr(run, allman_part=None)
    assert run.timers(CASE) == {"domen_vinner_laga_kraft": date(2015, 3, 25)}  # final: the later
    run.message(CASE, "fr_domen_overklagas", {"inkom": "2015-03-24"}, on="2015-03-24")
    assert run.waiting(CASE) == {"fr_avgor_allman_part"}
    run.complete(CASE, "fr_avgor_allman_part", {"allman_part": True})
    run.complete(CASE, "fr_avvisar_overklagandet")
    assert run.end(CASE) == "beslutet_star_fast"
    assert run.data(CASE)["laga_kraft_datum"] == "2015-03-26"


def test_inhibition_requested_and_granted_ends_with_the_judgment(run: Run) -> None:
    run.start(
        "overklagande", CASE, appeal(overklagande={"inkom": "2014-10-20", "inhibition_yrkas": True})
    )
    run.complete(CASE, "overlamna_till_forvaltningsratten", on="2014-10-21")
    assert run.waiting(CASE) == {"provning_av_inhibition"}
    run.complete(CASE, "provning_av_inhibition", {"inhibition_beviljad": True}, on="2014-11-10")
    judgment = {"utgang": "fastställt", "dom_delgiven": "2015-03-04"}
    run.complete(CASE, "forvaltningsrattens_dom", judgment, on="2015-03-02")
    run.on("2015-03-26")
    data = run.data(CASE)
    assert data["inhibition_beviljad"] is True
    assert (data["inhibition_datum"], data["inhibition_upphorde"]) == ("2014-11-10", "2015-03-02")
    assert "inhibition_meddelas" in run.passed(CASE)  # thrown; no process here listens for it


def test_a_decision_of_june_2025_appealed_in_july_is_tried_under_the_repealed_law(
    tmp_path: Path,
) -> None:
    run = Run(tmp_path, "2025-07-07")
    data = appeal(
        beslutsdatum="2025-06-18",
        delgivningsdatum="2025-06-19",
        overklagande={"inkom": "2025-07-07"},
    )
    run.start("overklagande", CASE, data)
    facts = run.data(CASE)
    assert facts["provas_enligt"] == (
        "socialtjänstlagen (2001:453), enligt punkt 6 övergångsbestämmelserna till "
        "socialtjänstlagen (2025:400)"
    )
    assert facts["lagrum_overklagbarhet"] == "16 kap. 4 § socialtjänstlagen (2001:453)"
    assert facts["forvaltningslag"] == "förvaltningslagen (2017:900)"
    start = run.history(CASE)[0]
    assert "16 kap. 4 § socialtjänstlagen (2001:453)" in start.legal_basis
    assert "35 kap. 2 §" not in start.legal_basis
    run.close()


def test_a_decision_after_1_july_2025_is_tried_under_the_new_law(tmp_path: Path) -> None:
    run = Run(tmp_path, "2025-08-20")
    data = appeal(
        beslutsdatum="2025-08-04",
        delgivningsdatum="2025-08-05",
        overklagande={"inkom": "2025-08-20"},
    )
    run.start("overklagande", CASE, data)
    facts = run.data(CASE)
    assert facts["provas_enligt"] == "socialtjänstlagen (2025:400)"
    assert facts["lagrum_provningstillstand"] == "35 kap. 4 § socialtjänstlagen (2025:400)"
    assert (
        "35 kap. 2 § första stycket socialtjänstlagen (2025:400)"
        in run.history(CASE)[0].legal_basis
    )
    run.close()
