"""forbud (P6): prohibition and temporary prohibition — every end state, the six months (+ six
for synnerliga skäl, once), immediate effect, appeal through overklagande, consent to
prosecution for continued activity (scenarios 25 and 26)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from injunction_support import Run, in_order

CASE = "forbud"
STOCKHOLM = ZoneInfo("Europe/Stockholm")
DECIDED = "2025-09-10"  # a Wednesday, under SoL (2025:400)


def decision(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "forbud_typ": "forbud",
        "beslutsdatum": DECIDED,
        "grund": "allvarligt_missforhallande_och_forelaggande_ej_foljt",
        "adressat": "Socialnämnden i Exempelstads kommun",
        "kommun": "Exempelstads kommun",
        "allman_part": False,
    }
    data.update(overrides)
    return data


@pytest.fixture
def run(tmp_path: Path) -> Iterator[Run]:
    r = Run(tmp_path, DECIDED)
    yield r
    r.close()


def served(run: Run, **overrides: Any) -> None:
    run.start("forbud", CASE, decision(**overrides))
    assert run.waiting(CASE) == {"delge_forbudet"}
    run.complete(CASE, "delge_forbudet", {"delgivningsdatum": "2025-09-11"}, on="2025-09-11")
    assert run.data(CASE)["forbud_galler"] is True  # applies at once (35 kap. 5 §)


def temporary(run: Run, **overrides: Any) -> None:
    served(
        run,
        forbud_typ="tillfalligt_forbud",
        grund="fara_for_liv_halsa_personlig_sakerhet",
        **overrides,
    )


def test_a_prohibition_in_force_and_continued_activity_needs_ivos_consent(run: Run) -> None:
    served(run)
    assert run.data(CASE)["lagrum_forbud"] == (
        "28 kap. 11 § första stycket socialtjänstlagen (2025:400)"
    )
    assert run.timers(CASE) == {"forbud_overklagandetiden_loper_ut": date(2025, 10, 2)}
    run.message(CASE, "fortsatt_verksamhet_trots_forbud", {"rapport": "x"}, on="2025-09-20")
    assert run.waiting(CASE) == {"medgivande_till_atal_provas"}
    run.complete(CASE, "medgivande_till_atal_provas", {"medgivande_till_atal": True})
    run.on("2025-10-03")
    # final, and still in force: the case stays open for lifting or further breaches
    assert run.case(CASE).status != "completed" and run.waiting(CASE) == set()
    final = next(e for e in run.history(CASE) if e.element_id == "forbudet_vinner_laga_kraft")
    assert final.at.astimezone(STOCKHOLM).date() == date(2025, 10, 3)
    run.message(CASE, "fortsatt_verksamhet_trots_forbud", {"rapport": "y"}, on="2025-11-03")
    run.complete(CASE, "medgivande_till_atal_provas", {"medgivande_till_atal": True})
    assert run.waiting(CASE) == set() and run.case(CASE).status != "completed"
    run.message(CASE, "forbudet_havs", {"havande": {"skal": "avhjälpt"}}, on="2025-12-01")
    assert run.end(CASE) == "forbudet_havt"
    data = run.data(CASE)
    assert data["forbud_utfall"] == "PROHIBITION_LIFTED"
    assert data["straffbestammelse"].startswith("28 kap. 14 § första stycket 2")
    assert len(data["atalsmedgivanden"]) == 2  # the breach after finality too
    consent = next(e for e in run.history(CASE) if e.element_id == "medgivande_till_atal_provas")
    assert consent.data == {"medgivande_till_atal": True}
    assert consent.at.date() == date(2025, 9, 20) and "28 kap. 14 §" in consent.legal_basis
    assert in_order(
        run.path(CASE),
        "forbud_beslutat",
        "delge_forbudet",
        "fortsatt_verksamhet_trots_forbud",
        "medgivande_till_atal_provas",
        "forbud_overklagandetiden_loper_ut",
        "forbudet_galler",
        "forbudet_havt",
    )


def test_danger_to_life_needs_no_prior_injunction(run: Run) -> None:
    served(run, grund="fara_for_liv_halsa_personlig_sakerhet")
    assert run.data(CASE)["lagrum_forbud"] == (
        "28 kap. 11 § andra stycket socialtjänstlagen (2025:400)"
    )


def test_a_temporary_prohibition_lapses_after_six_months(run: Run) -> None:
    temporary(run)
    data = run.data(CASE)
    assert data["giltig_till"] == "2026-03-10"
    assert data["lagrum_forbud"].startswith("28 kap. 12 § socialtjänstlagen (2025:400)")
    warnings = data["forbud_varningar"]
    assert any("månadsregeln" in w and w.startswith("OVERIFIERAT") for w in warnings)
    assert any("10 §" in w and "11 §" in w for w in warnings)  # the drafting slip
    assert run.timers(CASE)["tillfalligt_forbud_upphor"] == date(2026, 3, 10)
    run.on("2025-10-03")
    assert run.case(CASE).is_open  # final, but it still applies until its last day
    run.on("2026-03-10")
    assert run.case(CASE).is_open
    run.on("2026-03-11")
    assert run.end(CASE) == "tillfalligt_forbud_har_upphort"
    assert run.data(CASE)["forbud_utfall"] == "TEMP_PROHIBITION_EXPIRED"


def test_a_temporary_prohibition_is_extended_once_for_synnerliga_skal(run: Run) -> None:
    temporary(run)
    extension = {"synnerliga_skal": "faran kvarstår", "beslutsdatum": "2026-02-20"}
    run.message(CASE, "tillfalligt_forbud_forlangs", extension, on="2026-02-20")
    assert run.timers(CASE)["tillfalligt_forbud_upphor"] == date(2026, 9, 10)
    run.message(CASE, "tillfalligt_forbud_forlangs", extension, on="2026-08-20")
    assert run.timers(CASE)["tillfalligt_forbud_upphor"] == date(2026, 9, 10)  # not again
    assert any("bara en gång" in w for w in run.data(CASE)["forbud_varningar"])
    run.on("2026-09-11")
    assert run.end(CASE) == "tillfalligt_forbud_har_upphort"


def test_no_extension_without_synnerliga_skal(run: Run) -> None:
    temporary(run)
    run.message(
        CASE, "tillfalligt_forbud_forlangs", {"beslutsdatum": "2026-02-20"}, on="2026-02-20"
    )
    assert run.timers(CASE)["tillfalligt_forbud_upphor"] == date(2026, 3, 10)
    assert any("synnerliga skäl" in w for w in run.data(CASE)["forbud_varningar"])


@pytest.mark.parametrize(
    ("kind", "message"),
    [("temporary", "tillfalligt_forbud_havs"), ("permanent", "forbudet_havs")],
)
def test_ivo_lifts_the_prohibition(run: Run, kind: str, message: str) -> None:
    temporary(run) if kind == "temporary" else served(run)
    run.message(CASE, message, {"skal": "missförhållandet är avhjälpt"}, on="2025-09-25")
    assert run.end(CASE) == "forbudet_havt"
    assert run.data(CASE)["forbud_utfall"] == "PROHIBITION_LIFTED"
    assert run.case(CASE).timers == ()


def test_quashed_on_appeal(run: Run) -> None:
    served(run)
    run.message(CASE, "forbud_overklagande_inkommer", {"inkom": "2025-09-20"}, on="2025-09-20")
    run.complete(CASE, "overlamna_till_forvaltningsratten", on="2025-09-22")
    run.complete(CASE, "forvaltningsrattens_dom", {"utgang": "upphävt"}, on="2025-11-03")
    run.on("2025-11-25")  # IVO's three weeks from the judgment day ran out on 24 November
    assert run.end(CASE) == "forbudet_upphavt_efter_overklagande"
    data = run.data(CASE)
    assert data["forbud_utfall"] == "QUASHED_ON_APPEAL"
    assert data["forbud_laga_kraft_datum"] == "2025-11-25"


def test_an_inhibition_granted_on_appeal_suspends_a_temporary_prohibition(run: Run) -> None:
    temporary(run)
    letter = {"inkom": "2025-09-20", "inhibition_yrkas": True}
    run.message(CASE, "forbud_overklagande_inkommer", letter, on="2025-09-20")
    run.complete(CASE, "overlamna_till_forvaltningsratten", on="2025-09-22")
    run.complete(CASE, "provning_av_inhibition", {"inhibition_beviljad": True}, on="2025-09-24")
    judgment = {"utgang": "fastställt", "dom_delgiven": "2025-11-04"}
    run.complete(CASE, "forvaltningsrattens_dom", judgment, on="2025-11-03")
    run.on("2025-11-26")  # the judgment is final; the temporary prohibition runs to its last day
    assert run.case(CASE).is_open
    data = run.data(CASE)
    assert data["forbud_inhiberat"] is True
    assert any("inhibition" in w for w in data["forbud_varningar"])
    assert in_order(run.passed(CASE), "inhibition_meddelas", "tillfalligt_forbud_inhiberas")


def test_a_temporary_prohibition_replaced_by_the_final_decision(run: Run) -> None:
    temporary(run)
    run.message(CASE, "slutligt_beslut_meddelat", {"beslutsdatum": "2025-12-01"}, on="2025-12-01")
    assert run.end(CASE) == "ersatt_av_slutligt_beslut"
    assert run.data(CASE)["forbud_utfall"] == "REPLACED_BY_FINAL_DECISION"


def test_a_decision_without_a_valid_ground_is_not_served(run: Run) -> None:
    run.start("forbud", CASE, decision(grund="missnoje"))
    assert run.end(CASE) == "forbudet_ofullstandigt"
    assert run.data(CASE)["forbud_utfall"] == "INVALID"


def test_lss_temporary_prohibition_cites_26_h(run: Run) -> None:
    temporary(run, lag="LSS")
    data = run.data(CASE)
    assert data["lagrum_forbud"].startswith("26 h § lagen (1993:387)")
    assert data["straffbestammelse"].startswith("28 § 3 lagen (1993:387)")
