"""Tillsyn (P1) and the decision table tillsynsbeslut: every end state through the public facade,
kritik and krav flagged as not appealable, injunctions and prohibitions as appealable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from processes_support import Cases, comply_with_injunction, has_warning

from ivo_workflow import CaseView

NORRKOPING = {
    "kommun": "Norrköpings kommun",
    "adressat": "Socialnämnden i Norrköpings kommun",
    "organisation": "Norrköpings kommun, socialnämnden",
    "verksamhetsomrade": "missbruk och beroende",
    "tillsyn_dnr": "8.5-24146/2014",
}
OPENING = ["tillsyn_inleds", "avgransa_tillsynen", "valj_utredningsatgard"]
NEW = "socialtjänstlagen (2025:400)"
OLD = "socialtjänstlagen (2001:453)"


@pytest.fixture
def cases(tmp_path: Path) -> Iterator[Cases]:
    c = Cases(tmp_path, "2014-11-03")
    yield c
    c.close()


def _to_communication(cases: Cases, case_id: str, day: str, **data: object) -> None:
    cases.on(day)
    cases.start("tillsyn", case_id, {**NORRKOPING, **data})
    cases.complete(case_id, "avgransa_tillsynen", {"omfattning": "Öppen ingång i missbruksvården"})
    cases.complete(case_id, "valj_utredningsatgard", {"nasta_steg": "kommunicera"})


def _decide(
    cases: Cases, case_id: str, synpunkter_senast: str, decision: dict[str, object]
) -> CaseView:
    cases.complete(case_id, "kommunicera_forslag", {"synpunkter_senast": synpunkter_senast})
    assert cases.timers(case_id)["tiden_for_synpunkter_gar_ut"].isoformat() == synpunkter_senast
    cases.on(str(decision["beslutsdatum"]))
    assert cases.waiting(case_id) == ["besluta_i_tillsynsarendet"]
    return cases.complete(case_id, "besluta_i_tillsynsarendet", decision)


# -- decisions that end the supervision -------------------------------------------------------


@pytest.mark.parametrize(
    ("beslutstyp", "beslutsdatum", "end", "rule", "lagrum"),
    [
        (
            "utan_atgard",
            "2025-09-15",
            "tillsyn_avslutad_utan_atgard",
            "tillsynsbeslut_regel_1",
            f"35 kap. 2 § tredje stycket {NEW}",
        ),
        (
            "kritik",
            "2025-09-15",
            "tillsyn_avslutad_med_kritik",
            "tillsynsbeslut_regel_2",
            f"35 kap. 2 § tredje stycket {NEW}",
        ),
        (
            "allvarlig_kritik",
            "2025-09-15",
            "tillsyn_avslutad_med_kritik",
            "tillsynsbeslut_regel_2",
            f"35 kap. 2 § tredje stycket {NEW}",
        ),
        (
            "allvarlig_kritik",
            "2016-05-04",
            "tillsyn_avslutad_med_kritik",
            "tillsynsbeslut_regel_9",
            f"16 kap. 4 § {OLD} (andra beslut av IVO får inte överklagas)",
        ),
    ],
)
def test_closing_decisions_are_not_appealable(
    cases: Cases, beslutstyp: str, beslutsdatum: str, end: str, rule: str, lagrum: str
) -> None:
    start = "2025-09-01" if beslutsdatum > "2025" else "2016-04-01"
    _to_communication(cases, "k", start)
    synpunkter = "2025-09-12" if beslutsdatum > "2025" else "2016-04-29"
    case = _decide(cases, "k", synpunkter, {"beslutstyp": beslutstyp, "beslutsdatum": beslutsdatum})
    assert case.end_state == end
    assert cases.path("k") == [
        *OPENING,
        "kommunicera_forslag",
        "tiden_for_synpunkter_gar_ut",
        "besluta_i_tillsynsarendet",
        end,
    ]
    assert cases.decision_rules("k", "beslutets_art") == [[rule]]
    assert case.data["overklagbart"] is False
    beslut = case.data["tillsynsbeslut"]
    assert beslut["typ"] == beslutstyp and beslut["overklagbart"] is False
    assert beslut["lagrum"] == lagrum
    assert beslut["kommunen_bestrider"] is False


def test_norrkoping_2015_demand_with_account_date_is_followed_up_and_not_appealable(
    cases: Cases,
) -> None:
    # IVO:s beslut 2015-01-13 (dnr 8.5-24146/2014-8): krav på åtgärder,
    # redovisning senast 2015-04-15
    _to_communication(cases, "nkpg", "2014-11-03")
    case = _decide(
        cases,
        "nkpg",
        "2014-12-15",
        {
            "beslutstyp": "krav_pa_atgarder",
            "beslutsdatum": "2015-01-13",
            "krav": "individuellt anpassade insatser ska föregås av utredning och beslut",
            "redovisning_senast": "2015-04-15",
        },
    )
    assert [(t.element_id, t.process_id) for t in case.timers] == [
        ("redovisningsdagen_passerar", "uppfoljning")
    ]
    (timer,) = case.timers
    assert timer.deadline is not None
    assert timer.deadline.last_day.isoformat() == "2015-04-15" and timer.deadline.warnings == ()
    assert cases.decision_rules("nkpg", "beslutets_art") == [["tillsynsbeslut_regel_10"]]
    assert case.data["tillsynsbeslut"]["overklagbart"] is False
    assert case.data["tillsynsbeslut"]["grund"] == f"13 kap. 3 § 2 och 5 § {OLD}"
    cases.on("2015-04-14")
    cases.message("nkpg", "redovisning_inkommer", {"inkom": "2015-04-14"})
    case = cases.complete("nkpg", "bedom_uppfoljningen", {"val": "godta"})
    assert case.end_state == "krav_pa_atgarder_uppfoljda"
    assert cases.ends("nkpg") == ["uppfoljning_avslutad", "krav_pa_atgarder_uppfoljda"]
    assert case.data["overklagbart"] is False
    # old SoL and old FL, flagged for the lawyers
    assert has_warning(case.data["varningar"], "OVERIFIERAT", "(2001:453)")
    assert has_warning(case.data["varningar"], "OVERIFIERAT", "(1986:223)")


def test_norrkoping_2016_disputed_then_injunction_is_appealable(cases: Cases) -> None:
    # seed 001: the committee disputes the demands and "ett eventuellt föreläggande"
    _to_communication(cases, "disp", "2016-04-01")
    cases.complete(
        "disp",
        "kommunicera_forslag",
        {"forslag": "forelaggande", "synpunkter_senast": "2016-05-13"},
    )
    cases.on("2016-05-04")
    cases.message(
        "disp",
        "synpunkter_inkommer",
        {"inkom": "2016-05-04", "bestrider": True, "innehall": "inget missförhållande"},
    )
    decision = {"beslutstyp": "forelaggande", "beslutsdatum": "2016-06-01"}
    cases.on("2016-06-01")
    case = cases.complete("disp", "besluta_i_tillsynsarendet", decision)
    # an injunction without measures and time is refused (28 kap. 9 § tredje stycket, VitesL 2 §)
    assert cases.waiting("disp") == ["besluta_i_tillsynsarendet"]
    assert has_warning(cases.warnings("disp"), "ska ange de åtgärder som krävs")
    assert has_warning(cases.warnings("disp"), "tidpunkt eller frist", "lag (1985:206)")
    case = cases.complete(
        "disp",
        "besluta_i_tillsynsarendet",
        {
            **decision,
            "atgarder": "insatserna ska föregås av utredning, bedömning och beslut",
            "atgardsfrist": "2016-10-31",
        },
    )
    assert [(t.element_id, t.process_id) for t in case.tasks] == [
        ("delge_forelaggandet", "forelaggande")
    ]
    beslut = case.data["tillsynsbeslut"]
    assert beslut["overklagbart"] is True and beslut["kommunen_bestrider"] is True
    assert beslut["lagrum"] == f"16 kap. 4 § första stycket 3 {OLD}"
    assert case.data["vite_belopp"] == 0  # utan vite unless IVO sets an amount
    comply_with_injunction(cases, "disp", served="2016-06-03", deadline="2016-10-31")
    case = cases.case("disp")
    assert case.end_state == "forelaggande_meddelat"
    assert cases.ends("disp") == ["avslutat_foljt", "forelaggande_meddelat"]
    assert cases.path("disp")[:6] == [
        *OPENING,
        "kommunicera_forslag",
        "synpunkter_inkommer",
        "besluta_i_tillsynsarendet",
    ]


@pytest.mark.parametrize("forbud_typ", ["forbud", "tillfalligt_forbud"])
def test_prohibition_needs_its_ground_and_is_appealable(cases: Cases, forbud_typ: str) -> None:
    _to_communication(cases, "fb", "2025-09-01")
    decision: dict[str, object] = {"beslutstyp": forbud_typ, "beslutsdatum": "2025-09-22"}
    _decide(cases, "fb", "2025-09-19", decision)
    assert cases.waiting("fb") == ["besluta_i_tillsynsarendet"]
    assert has_warning(cases.warnings("fb"), "Ett förbud ska ange sin grund")
    grund = "fara_for_liv_halsa_personlig_sakerhet"
    case = cases.complete("fb", "besluta_i_tillsynsarendet", {**decision, "grund": grund})
    assert {t.process_id for t in case.tasks} == {"forbud"}
    assert case.data["forbud_typ"] == forbud_typ and case.data["grund"] == grund
    assert case.data["tillsynsbeslut"]["overklagbart"] is True
    assert case.data["tillsynsbeslut"]["lagrum"] == f"35 kap. 2 § första stycket 4 {NEW}"
    assert cases.decision_rules("fb", "beslutets_art")[-1] == ["tillsynsbeslut_regel_5"]
    if "forbud" in cases.placeholders:  # the prohibition process is not written yet
        case = cases.complete("fb", "forbud_platshallare")
        assert case.end_state == "forbud_meddelat"
        assert cases.ends("fb") == ["forbud_platshallare_slut", "forbud_meddelat"]


def test_unknown_decision_type_goes_back_to_the_decision_maker(cases: Cases) -> None:
    _to_communication(cases, "okand", "2025-09-01")
    _decide(cases, "okand", "2025-09-12", {"beslutstyp": "erinran", "beslutsdatum": "2025-09-15"})
    assert cases.waiting("okand") == ["besluta_i_tillsynsarendet"]
    assert has_warning(cases.warnings("okand"), "Beslutstypen erinran är inte ett utfall")
    assert cases.decision_rules("okand", "beslutets_art") == [["tillsynsbeslut_regel_15"]]


# -- investigation: documents, statements, inspection ----------------------------------------


def test_documents_reminder_then_injunction_to_provide_them(cases: Cases) -> None:
    cases.on("2025-09-01")
    cases.start("tillsyn", "dok", {k: v for k, v in NORRKOPING.items() if k != "adressat"})
    assert has_warning(
        cases.warnings("dok"), "Adressat saknas", "Socialnämnden i Norrköpings kommun"
    )
    cases.complete("dok", "avgransa_tillsynen", {"omfattning": "handläggning av orosanmälningar"})
    cases.complete("dok", "valj_utredningsatgard", {"nasta_steg": "begar_handlingar"})
    cases.complete(
        "dok", "begar_handlingar", {"begart": "rutiner och 20 akter", "svar_senast": "2025-09-19"}
    )
    cases.on("2025-09-22")
    assert cases.waiting("dok") == ["atgard_uteblivna_handlingar"]
    cases.complete(
        "dok",
        "atgard_uteblivna_handlingar",
        {"val_uteblivet": "paminnelse", "svar_senast": "2025-09-27"},
    )
    deadlines = cases.deadline_events("dok")["svarsdagen_for_handlingar"]
    assert [d["last_day"] for d in deadlines] == ["2025-09-19", "2025-09-27"]
    assert deadlines[0]["warnings"] == []
    assert has_warning(deadlines[1]["warnings"], "27 september 2025", "dagen har inte flyttats")
    cases.on("2025-09-29")
    case = cases.complete(
        "dok",
        "atgard_uteblivna_handlingar",
        {
            "val_uteblivet": "forelaggande",
            "beslutsdatum": "2025-09-29",
            "atgardsfrist": "2025-10-13",
            "vite_belopp": 100_000,
        },
    )
    assert [(t.element_id, t.process_id) for t in case.tasks] == [
        ("delge_forelaggandet", "forelaggande")
    ]
    assert case.data["forelaggande_typ"] == "uppgifter"
    assert case.data["forelaggande_lagrum"] == f"28 kap. 8 § {NEW}"
    assert case.data["atgarder"] == "Lämna över rutiner och 20 akter till IVO."
    assert cases.decision_rules("dok", "regelverk_uppgiftsforelaggande") == [["regelverk_regel_3"]]
    comply_with_injunction(cases, "dok", served="2025-09-30", deadline="2025-10-13")
    assert cases.waiting("dok") == ["valj_utredningsatgard"]  # the investigation goes on
    cases.complete("dok", "valj_utredningsatgard", {"nasta_steg": "kommunicera"})
    case = _decide(
        cases, "dok", "2025-11-14", {"beslutstyp": "kritik", "beslutsdatum": "2025-11-17"}
    )
    assert case.end_state == "tillsyn_avslutad_med_kritik"
    assert case.data["uppgiftsforelagganden"][0]["lagrum"] == f"28 kap. 8 § {NEW}"
    path = cases.path("dok")
    assert path[:10] == [
        *OPENING,
        "begar_handlingar",
        "svarsdagen_for_handlingar",
        "atgard_uteblivna_handlingar",
        "svarsdagen_for_handlingar",
        "atgard_uteblivna_handlingar",
        "forelaggande_beslutat",  # the injunction process, called
        "delge_forelaggandet",
    ]
    assert path[-6:] == [
        "forelagga_att_lamna_uppgifter",
        "valj_utredningsatgard",
        "kommunicera_forslag",
        "tiden_for_synpunkter_gar_ut",
        "besluta_i_tillsynsarendet",
        "tillsyn_avslutad_med_kritik",
    ]


def test_documents_arrive_in_time(cases: Cases) -> None:
    cases.on("2025-09-01")
    cases.start("tillsyn", "in", NORRKOPING)
    cases.complete("in", "avgransa_tillsynen")
    cases.complete("in", "valj_utredningsatgard", {"nasta_steg": "begar_handlingar"})
    cases.complete("in", "begar_handlingar", {"begart": "akter", "svar_senast": "2025-09-19"})
    cases.on("2025-09-10")
    case = cases.message("in", "handlingar_inkommer", {"inkom": "2025-09-10"})
    assert [t.element_id for t in case.tasks] == ["valj_utredningsatgard"]
    assert case.timers == ()
    assert case.data["handlingar_svar"] == {"inkom": "2025-09-10"}


def test_almhult_2019_statement_requested_reminded_and_received(cases: Cases) -> None:
    # seed 004: a statement on four reopened investigations and the 49 delayed ones
    cases.on("2019-03-04")
    cases.start("tillsyn", "ytt", {**NORRKOPING, "kommun": "Älmhults kommun", "adressat": None})
    cases.complete("ytt", "avgransa_tillsynen", {"omfattning": "49 försenade utredningar"})
    cases.complete("ytt", "valj_utredningsatgard", {"nasta_steg": "begar_yttrande"})
    cases.complete(
        "ytt",
        "begar_yttrande",
        {"fragor": "fyra avslutade och återöppnade utredningar", "yttrande_senast": "2019-04-05"},
    )
    assert cases.timers("ytt")["svarsdagen_for_yttrandet"].isoformat() == "2019-04-05"
    cases.on("2019-04-08")
    cases.complete(
        "ytt",
        "atgard_uteblivet_yttrande",
        {"val_uteblivet": "paminnelse", "yttrande_senast": "2019-04-26"},
    )
    cases.on("2019-04-24")
    case = cases.message("ytt", "yttrande_inkommer", {"inkom": "2019-04-24", "innehall": "svar"})
    assert [t.element_id for t in case.tasks] == ["valj_utredningsatgard"]
    assert cases.path("ytt") == [
        *OPENING,
        "begar_yttrande",
        "svarsdagen_for_yttrandet",
        "atgard_uteblivet_yttrande",
        "yttrande_inkommer",
    ]


def test_statement_not_given_leads_to_an_injunction_to_provide_information(cases: Cases) -> None:
    cases.on("2019-03-04")
    cases.start("tillsyn", "ytf", NORRKOPING)
    cases.complete("ytf", "avgransa_tillsynen")
    cases.complete("ytf", "valj_utredningsatgard", {"nasta_steg": "begar_yttrande"})
    cases.complete(
        "ytf", "begar_yttrande", {"fragor": "handläggningstider", "yttrande_senast": "2019-04-05"}
    )
    cases.on("2019-04-10")
    case = cases.complete(
        "ytf",
        "atgard_uteblivet_yttrande",
        {
            "val_uteblivet": "forelaggande",
            "beslutsdatum": "2019-04-10",
            "atgardsfrist": "2019-05-10",
        },
    )
    assert {t.process_id for t in case.tasks} == {"forelaggande"}
    assert case.data["atgarder"] == "Lämna över handläggningstider till IVO."
    assert case.data["forelaggande_lagrum"] == f"13 kap. 5 § {OLD}"
    assert case.data["vite_belopp"] == 0


def test_almhult_2016_inspection_then_demand_with_answer_by_30_march(cases: Cases) -> None:
    # seed 002: inspection of nine family-home placements; answer by 30 March 2016
    cases.on("2015-10-05")
    cases.start("tillsyn", "insp", {**NORRKOPING, "kommun": "Älmhults kommun", "adressat": None})
    cases.complete("insp", "avgransa_tillsynen", {"omfattning": "nio familjehemsplaceringar 2014"})
    cases.complete("insp", "valj_utredningsatgard", {"nasta_steg": "inspektion"})
    cases.complete(
        "insp",
        "inspektera_verksamheten",
        {"inspektionsdatum": "2015-10-05", "iakttagelser": "brister"},
    )
    cases.complete("insp", "valj_utredningsatgard", {"nasta_steg": "kommunicera"})
    case = _decide(
        cases,
        "insp",
        "2016-01-15",
        {
            "beslutstyp": "krav_pa_atgarder",
            "beslutsdatum": "2016-01-28",
            "redovisning_senast": "2016-03-30",
        },
    )
    assert cases.timers("insp") == {"redovisningsdagen_passerar": date(2016, 3, 30)}
    assert case.data["adressat"] == "Socialnämnden i Älmhults kommun"
    assert cases.path("insp") == [
        *OPENING,
        "inspektera_verksamheten",
        "valj_utredningsatgard",
        "kommunicera_forslag",
        "tiden_for_synpunkter_gar_ut",
        "besluta_i_tillsynsarendet",
        "uppfoljning_inleds",
    ]


def test_deciding_without_communication_is_allowed_but_warned(cases: Cases) -> None:
    cases.on("2025-09-01")
    cases.start("tillsyn", "utan", NORRKOPING)
    cases.complete("utan", "avgransa_tillsynen")
    cases.complete("utan", "valj_utredningsatgard", {"nasta_steg": "besluta"})
    assert cases.waiting("utan") == ["besluta_i_tillsynsarendet"]
    case = cases.complete(
        "utan",
        "besluta_i_tillsynsarendet",
        {"beslutstyp": "utan_atgard", "beslutsdatum": "2025-09-01"},
    )
    assert case.end_state == "tillsyn_avslutad_utan_atgard"
    assert case.data["tillsynsbeslut"]["kommunicerat"] is False
    assert has_warning(
        case.data["varningar"], "Beslut utan kommunicering", "25 § förvaltningslagen"
    )
    assert cases.path("utan") == [
        *OPENING,
        "besluta_i_tillsynsarendet",
        "tillsyn_avslutad_utan_atgard",
    ]


# -- no data leaks from one called process into the next ---------------------------------------


def _after_complied_documents_injunction(cases: Cases, case_id: str) -> None:
    cases.on("2025-09-01")
    cases.start("tillsyn", case_id, dict(NORRKOPING))
    cases.complete(case_id, "avgransa_tillsynen", {"omfattning": "Boendet Solrosen"})
    cases.complete(case_id, "valj_utredningsatgard", {"nasta_steg": "begar_handlingar"})
    request = {"begart": "20 akter", "svar_senast": "2025-09-19"}
    cases.complete(case_id, "begar_handlingar", request)
    cases.on("2025-09-22")
    choice = {"val_uteblivet": "forelaggande", "beslutsdatum": "2025-09-22"}
    cases.complete(case_id, "atgard_uteblivna_handlingar", {**choice, "atgardsfrist": "2025-10-06"})
    comply_with_injunction(cases, case_id, served="2025-09-23", deadline="2025-10-06")
    cases.complete(case_id, "valj_utredningsatgard", {"nasta_steg": "kommunicera"})


def test_a_remedy_injunction_after_a_documents_injunction_is_a_remedy_injunction(
    cases: Cases,
) -> None:
    _after_complied_documents_injunction(cases, "typ")
    decision: dict[str, object] = {"beslutstyp": "forelaggande", "beslutsdatum": "2025-11-17"}
    decision.update(atgarder="Avsluta utredningarna.", atgardsfrist="2026-02-02")
    case = _decide(cases, "typ", "2025-11-14", decision)
    assert [t.element_id for t in case.tasks] == ["delge_forelaggandet"]
    assert case.data["forelaggande_typ"] == "avhjalpa"  # not the earlier 'uppgifter'
    assert case.data["lagrum_forelaggande"] == f"28 kap. 9 § {NEW}"


def test_a_complied_documents_injunction_does_not_block_a_later_prohibition(cases: Cases) -> None:
    """tillsyn -> injunction to hand over documents (complied: foljt) -> prohibition for a serious
    missförhållande whose remedy injunction was not complied with. The documents injunction's
    "följt" is not the prohibition's: the prohibition is not refused for it."""
    cases.on("2025-09-01")
    cases.start("tillsyn", "lack", dict(NORRKOPING))
    cases.complete("lack", "avgransa_tillsynen", {"omfattning": "Boendet Solrosen"})
    cases.complete("lack", "valj_utredningsatgard", {"nasta_steg": "begar_handlingar"})
    cases.complete("lack", "begar_handlingar", {"begart": "20 akter", "svar_senast": "2025-09-19"})
    cases.on("2025-09-22")
    choice = {"val_uteblivet": "forelaggande", "beslutsdatum": "2025-09-22"}
    cases.complete("lack", "atgard_uteblivna_handlingar", {**choice, "atgardsfrist": "2025-10-06"})
    comply_with_injunction(cases, "lack", served="2025-09-23", deadline="2025-10-06")
    assert cases.waiting("lack") == ["valj_utredningsatgard"]
    cases.complete("lack", "valj_utredningsatgard", {"nasta_steg": "kommunicera"})
    grund = "allvarligt_missforhallande_och_forelaggande_ej_foljt"
    decision: dict[str, object] = {"beslutstyp": "forbud", "beslutsdatum": "2025-11-17"}
    decision["grund"] = grund
    case = _decide(cases, "lack", "2025-11-14", decision)
    assert [(t.element_id, t.process_id) for t in case.tasks] == [("delge_forbudet", "forbud")]
    assert case.data["forbud_brister"] == []
    assert "forbudet_ofullstandigt" not in cases.path("lack")


def test_an_injunction_to_notify_own_activity_is_appealable_under_28_10(cases: Cases) -> None:
    """28 kap. 10 §: a municipality that has not notified IVO of its own activity (26 kap. 2 §)
    can be ordered to do so, with vite; appealable under 35 kap. 2 § första stycket 3."""
    _to_communication(cases, "anm", "2025-09-01")
    decision = {
        "beslutstyp": "forelaggande_anmalan",
        "beslutsdatum": "2025-09-22",
        "atgarder": "Anmäl HVB-verksamheten Solrosen till IVO.",
        "atgardsfrist": "2025-10-31",
        "vite_belopp": 50_000,
    }
    case = _decide(cases, "anm", "2025-09-19", decision)
    assert [(t.element_id, t.process_id) for t in case.tasks] == [
        ("delge_forelaggandet", "forelaggande")
    ]
    beslut = case.data["tillsynsbeslut"]
    assert beslut["overklagbart"] is True
    assert beslut["grund"] == f"28 kap. 10 § {NEW}"
    assert beslut["lagrum"] == f"35 kap. 2 § första stycket 3 {NEW}"
    assert case.data["forelaggande_typ"] == "anmalan"
    assert case.data["lagrum_forelaggande"] == f"28 kap. 10 § {NEW}"
    assert cases.decision_rules("anm", "beslutets_art")[-1] == ["tillsynsbeslut_regel_7"]
