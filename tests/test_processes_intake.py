"""Lex Sarah (P7) and inkommande uppgifter (P0): every end state through the public facade."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from processes_support import Cases, has_warning

FARSTA = {
    "kommun": "Stockholms stad",
    "organisation": "Stockholms stad, Farsta stadsdelsnämnd",
    "verksamhetsomrade": "missbruk och beroende",
    "adressat": "Farsta stadsdelsnämnd",
}
ALMHULT = {
    "kommun": "Älmhults kommun",
    "organisation": "Älmhults kommun, socialnämnden",
    "verksamhetsomrade": "barn och unga",
    "adressat": "Socialnämnden i Älmhults kommun",
}


@pytest.fixture
def cases(tmp_path: Path) -> Iterator[Cases]:
    c = Cases(tmp_path, "2019-01-07")
    yield c
    c.close()


# -- lex Sarah ------------------------------------------------------------------------------


def _lex_sarah_to_assessment(cases: Cases, case_id: str, **data: object) -> None:
    cases.start("lex_sarah", case_id, {**ALMHULT, **data})
    assert cases.waiting(case_id) == ["rapportera_missforhallandet"]
    cases.complete(case_id, "rapportera_missforhallandet", {"rapport": "49 försenade utredningar"})
    cases.complete(case_id, "utreda_och_avhjalpa", {"utredning": "genomgång av alla utredningar"})


def test_lex_sarah_not_serious_is_remedied_internally(cases: Cases) -> None:
    _lex_sarah_to_assessment(cases, "ls1")
    case = cases.complete("ls1", "bedom_allvarlighet", {"allvarligt": False})
    assert case.status == "completed"
    assert case.end_state == "avhjalpt_internt"
    assert cases.path("ls1") == [
        "missforhallande_uppmarksammas",
        "rapportera_missforhallandet",
        "utreda_och_avhjalpa",
        "bedom_allvarlighet",
        "avhjalpt_internt",
    ]
    # "snarast" is a business target, visible with its default and flagged as not law
    assert case.data["snarast_dagar"] == 14
    assert has_warning(cases.warnings("ls1"), "Verksamhetens mål, inte lag", "14 dagar")


def test_lex_sarah_serious_is_reported_to_ivo_and_late_report_only_flagged(cases: Cases) -> None:
    _lex_sarah_to_assessment(cases, "ls2", snarast_dagar=7)
    case = cases.complete("ls2", "bedom_allvarlighet", {"allvarligt": True, "bedomd": "2019-01-08"})
    assert cases.waiting("ls2") == ["anmal_till_ivo"]
    assert cases.timers("ls2") == {"anmalan_drojer": date(2019, 1, 15)}
    cases.on("2019-01-21")  # the target passes: a flag, no sanction, the task still waits
    assert cases.waiting("ls2") == ["anmal_till_ivo"]
    assert cases.ends("ls2") == ["sen_anmalan_flaggad"]  # the flag, in the case's history
    case = cases.complete("ls2", "anmal_till_ivo", {"anmald": "2019-01-21"})
    # the report enters IVO's intake, in the same case
    assert [t.element_id for t in case.tasks] == ["registrera_uppgifterna"]
    assert case.tasks[0].process_id == "inkommande_uppgifter"
    cases.complete("ls2", "registrera_uppgifterna", {"dnr": "3.5.2-101/2019"})
    case = cases.complete("ls2", "bedom_uppgifterna", {"stallningstagande": "ingen_atgard"})
    assert case.end_state == "anmalt_till_ivo"
    assert cases.ends("ls2") == [
        "sen_anmalan_flaggad",
        "registrerat_utan_atgard",
        "anmalt_till_ivo",
    ]
    assert cases.path("ls2") == [
        "missforhallande_uppmarksammas",
        "rapportera_missforhallandet",
        "utreda_och_avhjalpa",
        "bedom_allvarlighet",
        "anmalan_drojer",
        "sen_anmalan_flaggad",
        "anmal_till_ivo",
        "uppgifter_inkommer",
        "registrera_uppgifterna",
        "bedom_uppgifterna",
        "registrerat_utan_atgard",
        "ivo_tar_emot_anmalan",
        "anmalt_till_ivo",
    ]
    assert case.data["kalla"] == "lex_sarah"
    assert case.data["inkom"] == "2019-01-21"
    assert case.data["anmalan_inom_malet"] is False
    assert has_warning(
        case.data["varningar"],
        "gjordes 2019-01-21, efter verksamhetens mål 2019-01-15",
        "ingen sanktion",
    )
    assert case.data["underrattelse"]["till"] == "Socialnämnden i Älmhults kommun"


def test_lex_sarah_timely_report_is_not_flagged(cases: Cases) -> None:
    _lex_sarah_to_assessment(cases, "ls3")
    cases.complete("ls3", "bedom_allvarlighet", {"allvarligt": True, "bedomd": "2019-01-07"})
    assert cases.timers("ls3")["anmalan_drojer"].isoformat() == "2019-01-21"
    cases.on("2019-01-10")
    case = cases.complete("ls3", "anmal_till_ivo")
    assert not any(
        e.element_id == "anmalan_drojer" for e in cases.history("ls3") if e.kind == "timer"
    )
    assert case.timers == ()  # the boundary timer went with the task
    assert [t.process_id for t in case.tasks] == ["inkommande_uppgifter"]


# -- inkommande uppgifter -------------------------------------------------------------------


def _intake(cases: Cases, case_id: str, registration: dict[str, object], **start: object) -> None:
    cases.start("inkommande_uppgifter", case_id, {"kalla": "klagomal", **FARSTA, **start})
    assert cases.waiting(case_id) == ["registrera_uppgifterna"]
    cases.complete(case_id, "registrera_uppgifterna", {"dnr": "3.5.1-1/2019", **registration})


@pytest.mark.parametrize(
    "registration",
    [{"omrade": "halso_och_sjukvard"}, {"omrade": "socialtjanst", "legitimerad_personal": True}],
    ids=["halso-och-sjukvard", "legitimerad-personal-i-hemtjansten"],
)
def test_health_care_is_routed_to_the_psl_complaint_track(
    cases: Cases, registration: dict[str, object]
) -> None:
    _intake(cases, "psl", registration, uppgiftslamnare="anhörig")
    case = cases.case("psl")
    assert case.end_state == "handlaggs_enligt_psl"
    assert cases.path("psl") == [
        "uppgifter_inkommer",
        "registrera_uppgifterna",
        "handlaggs_enligt_psl",
    ]
    history = cases.history("psl")
    assert "7 kap. 10–12 §§ patientsäkerhetslagen (2010:659)" in history[-1].legal_basis


def test_dissatisfaction_with_an_individual_assessment_is_told_about_appeal(cases: Cases) -> None:
    # seed 003: IVO cannot change the committee's assessment; only a court can
    _intake(cases, "bed", {"endast_enskild_bedomning": True}, uppgiftslamnare="Equal")
    assert cases.waiting("bed") == ["upplys_om_overklagande"]
    case = cases.complete("bed", "upplys_om_overklagande")
    assert case.end_state == "upplyst_om_overklagande"
    assert cases.path("bed") == [
        "uppgifter_inkommer",
        "registrera_uppgifterna",
        "upplys_om_overklagande",
        "upplyst_om_overklagande",
    ]


def test_registered_without_action_and_the_informant_notified_in_time(cases: Cases) -> None:
    _intake(cases, "reg", {}, uppgiftslamnare="Equal", inkom="2019-01-07")
    assert cases.timers("reg")["underrattelsemalet_passeras"].isoformat() == "2019-01-28"
    warnings = cases.warnings("reg")
    assert has_warning(warnings, "Affärsparameter, inte lag", "21 dagar", "2019-01-28")
    cases.on("2019-01-15")
    case = cases.complete("reg", "bedom_uppgifterna", {"stallningstagande": "ingen_atgard"})
    assert case.end_state == "registrerat_utan_atgard"
    assert case.data["underrattelse"] == {
        "datum": "2019-01-15",
        "till": "Equal",
        "stallningstagande": "ingen_atgard",
        "inom_malet": True,
    }
    assert case.data["organisation"] == "Stockholms stad, Farsta stadsdelsnämnd"
    assert case.data["verksamhetsomrade"] == "missbruk och beroende"


def test_risk_analysis_has_no_informant(cases: Cases) -> None:
    _intake(cases, "risk", {}, kalla="riskanalys")
    cases.on("2019-02-11")  # past the notification target: nobody to notify, no flag
    case = cases.complete("risk", "bedom_uppgifterna", {"stallningstagande": "ingen_atgard"})
    assert case.end_state == "registrerat_utan_atgard"
    assert case.data["underrattelse"] is None
    assert cases.ends("risk") == ["sen_underrattelse_flaggad", "registrerat_utan_atgard"]
    assert not has_warning(cases.warnings("risk"), "underrättades")


def test_forwarded_to_the_municipality(cases: Cases) -> None:
    _intake(cases, "fwd", {}, uppgiftslamnare="Equal")
    cases.complete("fwd", "bedom_uppgifterna", {"stallningstagande": "overlamna_till_kommunen"})
    case = cases.complete("fwd", "overlamna_till_namnden")
    assert case.end_state == "overlamnat_till_kommunen"
    assert cases.path("fwd")[-3:] == [
        "bedom_uppgifterna",
        "overlamna_till_namnden",
        "overlamnat_till_kommunen",
    ]


def test_added_to_ongoing_supervision_late_notification_is_flagged(cases: Cases) -> None:
    _intake(cases, "add", {}, uppgiftslamnare="Equal", underrattelse_dagar=14)
    assert cases.timers("add")["underrattelsemalet_passeras"].isoformat() == "2019-01-21"
    cases.on("2019-01-25")
    assert cases.ends("add") == ["sen_underrattelse_flaggad"]  # the flag, in the case's history
    cases.complete("add", "bedom_uppgifterna", {"stallningstagande": "pagaende_tillsyn"})
    case = cases.complete("add", "tillfor_pagaende_tillsyn", {"pagaende_dnr": "8.1-9/2018"})
    assert case.end_state == "tillfort_pagaende_tillsyn"
    assert case.data["underrattelse"]["inom_malet"] is False
    assert has_warning(cases.warnings("add"), "underrättades 2019-01-25, efter målet 2019-01-21")
    assert cases.ends("add") == ["sen_underrattelse_flaggad", "tillfort_pagaende_tillsyn"]


def test_supervision_opened_as_a_new_case_runs_the_supervision(cases: Cases) -> None:
    _intake(cases, "open", {}, uppgiftslamnare="Equal")
    case = cases.complete(
        "open",
        "bedom_uppgifterna",
        {"stallningstagande": "oppna_tillsyn", "tillsyn_dnr": "8.1-2/2019"},
    )
    assert [(t.element_id, t.process_id) for t in case.tasks] == [("avgransa_tillsynen", "tillsyn")]
    assert case.data["nytt_arende"] == {
        "oppnat": "2019-01-07",
        "dnr": "8.1-2/2019",
        "fran_arende": "3.5.1-1/2019",
        "kalla": "klagomal",
        "organisation": "Stockholms stad, Farsta stadsdelsnämnd",
        "verksamhetsomrade": "missbruk och beroende",
        "sakfraga": None,
    }
    assert case.data["klagomalsarende_avslutat"] == "2019-01-07"
    cases.complete("open", "avgransa_tillsynen", {"omfattning": "avslut av placeringar"})
    cases.complete("open", "valj_utredningsatgard", {"nasta_steg": "kommunicera"})
    cases.complete("open", "kommunicera_forslag", {"synpunkter_senast": "2019-01-21"})
    cases.on("2019-01-22")
    case = cases.complete(
        "open",
        "besluta_i_tillsynsarendet",
        {"beslutstyp": "utan_atgard", "beslutsdatum": "2019-01-22"},
    )
    assert case.end_state == "tillsyn_genomford"
    assert cases.ends("open") == ["tillsyn_avslutad_utan_atgard", "tillsyn_genomford"]
    assert case.data["tillsynsbeslut"]["overklagbart"] is False


def test_missing_dnr_of_the_new_case_is_a_warning(cases: Cases) -> None:
    _intake(cases, "nodnr", {}, uppgiftslamnare="Equal")
    cases.complete("nodnr", "bedom_uppgifterna", {"stallningstagande": "oppna_tillsyn"})
    assert has_warning(cases.warnings("nodnr"), "Diarienummer för det nya tillsynsärendet")


def test_unknown_source_is_a_warning_not_a_silent_choice(cases: Cases) -> None:
    _intake(cases, "src", {}, kalla="tidningsartikel")
    assert has_warning(cases.warnings("src"), "Okänd källa tidningsartikel")
