"""Memo phrases of the injunction process (processes/forelaggande.bpmn).

The process's element ids, message names and data keys are bound here, once; the phrases read
like a memo ("Givet att IVO den 1 oktober 2014 har förelagt Oskarshamns kommun vid vite av
1 000 000 kr att senast den 19 januari 2015 vidta åtgärder"). The appeal (processes/
overklagande.bpmn), the imposition of the fine (utdomande_av_vite.bpmn) and the prohibition
(forbud.bpmn) run inside the injunction's case as call activities; their phrases are in
steps.domstol, steps.utdomande and steps.forbud.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import given, when

from steps.vocabulary import World, check_last_day, p, then_sv

PROCESS = "forelaggande"
SERVE = ("delge_forelaggandet", "delge_forbudet")
APPEAL_MESSAGE = "overklagande_inkommer"
ACCOUNT_MESSAGE = "atgardsredovisning_inkommer"
WITHDRAW_MESSAGE = "forelaggandet_aterkallas"
ASSESS_ACCOUNT = "bedom_redovisning"
CHECK = ("kontrollera_efterlevnad", "kontrollera_efterlevnad_ny_frist")
NEW_DEADLINE = "besluta_ny_atgardsfrist"
CONSIDER = "overvag_fortsatta_atgarder"
APPLY = "ansok_om_utdomande"

DEFAULT_MEASURES = "vidta de åtgärder som anges i beslutet"


def _injunction(
    world: World,
    beslutsdag: date,
    adressat: str,
    frist: date | None,
    belopp: int,
    atgarder: str | None = DEFAULT_MEASURES,
) -> None:
    world.begin(
        PROCESS,
        {
            "adressat": adressat,
            "kommun": adressat,
            "beslutsdatum": beslutsdag.isoformat(),
            "atgarder": atgarder,
            "atgardsfrist": frist.isoformat() if frist else None,
            "vite_belopp": belopp,
            "allman_part": False,
        },
        beslutsdag,
    )


def _pending_data(world: World) -> dict[str, Any]:
    assert world.pending is not None, "beslutet har redan börjat handläggas"
    return world.pending.data


def _complete_first(world: World, ids: tuple[str, ...], data: dict[str, Any], dag: date) -> None:
    """Complete whichever of ``ids`` waits (the same act at different places of a process)."""
    case_id = world.case_id  # starts a case whose facts were still being collected
    world.on(dag)
    waiting = {t.element_id for t in world.wf.tasks(case_id)}
    for element_id in ids:
        if element_id in waiting:
            world.complete(element_id, data, on=dag)
            return
    world.ready(ids[0])  # raises with what waits instead


# -- Givet: the decision -----------------------------------------------------------------------


@given(
    p(
        "att IVO {beslutsdag:Datum} har förelagt {adressat} vid vite av {belopp:Belopp} "
        "att senast {frist:Datum} vidta åtgärder"
    )
)
def forelagt_vid_vite(
    world: World, beslutsdag: date, adressat: str, belopp: int, frist: date
) -> None:
    _injunction(world, beslutsdag, adressat, frist, belopp)


@given(
    p(
        "att IVO {beslutsdag:Datum} har förelagt {adressat} att senast {frist:Datum} "
        "vidta åtgärder utan vite"
    )
)
def forelagt_utan_vite(world: World, beslutsdag: date, adressat: str, frist: date) -> None:
    _injunction(world, beslutsdag, adressat, frist, 0)


@given(
    p(
        "att IVO {beslutsdag:Datum} har beslutat ett föreläggande vid vite av {belopp:Belopp} "
        "mot {adressat} utan att ange vilka åtgärder som krävs"
    )
)
def forelagt_utan_atgarder(world: World, beslutsdag: date, belopp: int, adressat: str) -> None:
    _injunction(world, beslutsdag, adressat, date(beslutsdag.year + 1, 1, 19), belopp, None)


@given(
    p(
        "att IVO {beslutsdag:Datum} har beslutat ett föreläggande vid vite av {belopp:Belopp} "
        "mot {adressat} utan att ange när åtgärderna ska vara vidtagna"
    )
)
def forelagt_utan_frist(world: World, beslutsdag: date, belopp: int, adressat: str) -> None:
    _injunction(world, beslutsdag, adressat, None, belopp)


@given(
    p(
        "att IVO {beslutsdag:Datum} har beslutat ett föreläggande vid vite av {belopp:Belopp} "
        "utan att ange vem det riktas till"
    )
)
def forelagt_utan_adressat(world: World, beslutsdag: date, belopp: int) -> None:
    _injunction(world, beslutsdag, "", date(beslutsdag.year + 1, 1, 19), belopp)


@given(p("att föreläggandet anger åtgärderna {atgarder:Namn}"))
def anger_atgarder(world: World, atgarder: str) -> None:
    _pending_data(world)["atgarder"] = atgarder


@given("att kommunen är part som företräder det allmänna")
def kommunen_allman_part(world: World) -> None:
    _pending_data(world)["allman_part"] = True


@given("att kommunen inte är part som företräder det allmänna")
def kommunen_inte_allman_part(world: World) -> None:
    _pending_data(world)["allman_part"] = False


@given("att det inte är fastställt om kommunen är part som företräder det allmänna")
def kommunen_okand_part(world: World) -> None:
    _pending_data(world)["allman_part"] = None


@given("att ett tidigare vitesföreläggande i samma sak ännu inte har vunnit laga kraft")
def tidigare_ej_laga_kraft(world: World) -> None:
    _pending_data(world)["tidigare_vitesforelaggande_laga_kraft"] = False


@given("att ett tidigare vitesföreläggande i samma sak har vunnit laga kraft")
def tidigare_laga_kraft(world: World) -> None:
    _pending_data(world)["tidigare_vitesforelaggande_laga_kraft"] = True


@given("att nämnden kan antas sakna faktisk eller rättslig möjlighet att följa föreläggandet")
def saknar_mojlighet(world: World) -> None:
    _pending_data(world)["mojlighet_att_folja"] = False


@given("att föreläggandet meddelas enligt LSS")
def enligt_lss(world: World) -> None:
    _pending_data(world)["lag"] = "LSS"


@given("att föreläggandet gäller att lämna handlingar och upplysningar")
def galler_handlingar(world: World) -> None:
    _pending_data(world)["forelaggande_typ"] = "handlingar"


@given("att föreläggandet gäller kommunens skyldighet att anmäla sin verksamhet")
def galler_anmalan(world: World) -> None:
    _pending_data(world)["forelaggande_typ"] = "anmalan"


@given("att vitet är ett löpande vite")
def lopande_vite(world: World) -> None:
    _pending_data(world)["vite_typ"] = "lopande"


@given("att en beviljad inhibition förlänger åtgärdsfristen med inhibitionens längd")
def inhibition_forlanger(world: World) -> None:
    _pending_data(world)["inhibition_verkan"] = "fristen_forlangs"


@given("att en beviljad inhibition inte påverkar åtgärdsfristen")
def inhibition_paverkar_inte(world: World) -> None:
    _pending_data(world)["inhibition_verkan"] = "ingen"


# -- När: what happens to it ------------------------------------------------------------------


@given(p("att kommunen har tagit del av beslutet {dag:Datum}"))
@when(p("kommunen tar del av beslutet {dag:Datum}"))
def tar_del(world: World, dag: date) -> None:
    _complete_first(world, SERVE, {"delgivningsdatum": dag.isoformat()}, dag)


def _appeal(world: World, dag: date, **extra: Any) -> None:
    world.message(APPEAL_MESSAGE, {"inkom": dag.isoformat(), **extra}, on=dag, actor="Kommunen")


@given(p("att kommunens överklagande har kommit in till IVO {dag:Datum}"))
@when(p("kommunens överklagande kommer in till IVO {dag:Datum}"))
def overklagande_kommer_in(world: World, dag: date) -> None:
    _appeal(world, dag)


@when(
    p(
        "kommunens överklagande av domstolens avgörande kommer in {dag:Datum}, "
        "efter att det vunnit laga kraft"
    )
)
def sent_overklagande_av_dom(world: World, dag: date) -> None:
    _appeal(world, dag)


@when(
    p(
        "kommunens överklagande av domstolens avgörande kommer in {dag:Datum}, "
        "efter att det vunnit laga kraft, och överklagandehänvisningen i avgörandet var felaktig"
    )
)
def sent_overklagande_av_dom_felaktig_hanvisning(world: World, dag: date) -> None:
    _appeal(world, dag, hanvisning_felaktig=True)


@when(p("kommunens överklagande kommer in till IVO {dag:Datum} med ett yrkande om inhibition"))
def overklagande_med_inhibition(world: World, dag: date) -> None:
    _appeal(world, dag, inhibition_yrkas=True)


@when(
    p(
        "kommunens överklagande kommer in till IVO {dag:Datum} "
        "och överklagandehänvisningen i beslutet var felaktig"
    )
)
def overklagande_felaktig_hanvisning(world: World, dag: date) -> None:
    _appeal(world, dag, hanvisning_felaktig=True)


@when(
    p(
        "kommunens överklagande kommer in till IVO {dag:Datum} "
        "men hade kommit in till förvaltningsrätten inom överklagandetiden"
    )
)
def overklagande_till_domstol(world: World, dag: date) -> None:
    _appeal(world, dag, inkom_till_domstol_i_tid=True)


@when(p("nämndens redovisning av vidtagna åtgärder kommer in till IVO {dag:Datum}"))
def atgardsredovisning(world: World, dag: date) -> None:
    world.message(
        ACCOUNT_MESSAGE,
        {"inkom": dag.isoformat(), "beskrivning": "redovisning av vidtagna åtgärder"},
        on=dag,
        actor="Kommunen",
    )


@when(p("IVO {dag:Datum} bedömer att redovisningen visar att föreläggandet har följts"))
def redovisning_visar(world: World, dag: date) -> None:
    world.complete(ASSESS_ACCOUNT, {"foljt": True}, on=dag)


@when(p("IVO {dag:Datum} bedömer att redovisningen inte visar att föreläggandet har följts"))
def redovisning_visar_inte(world: World, dag: date) -> None:
    world.complete(ASSESS_ACCOUNT, {"foljt": False}, on=dag)


@when(p("IVO {dag:Datum} konstaterar att föreläggandet har följts"))
def har_foljts(world: World, dag: date) -> None:
    _complete_first(world, CHECK, {"foljt": True}, dag)


@when(p("IVO {dag:Datum} konstaterar att föreläggandet inte har följts"))
def har_inte_foljts(world: World, dag: date) -> None:
    _complete_first(world, CHECK, {"foljt": False}, dag)


@when(p("IVO {dag:Datum} konstaterar att åtgärderna vidtogs först {sent:Datum}"))
def foljt_for_sent(world: World, dag: date, sent: date) -> None:
    _complete_first(world, CHECK, {"foljt": False, "foljt_datum": sent.isoformat()}, dag)


@when(p("IVO {dag:Datum} återkallar föreläggandet med skälet {skal:Namn}"))
def aterkallar(world: World, dag: date, skal: str) -> None:
    world.message(WITHDRAW_MESSAGE, {"skal": skal}, on=dag, actor="IVO")


@when(p("IVO {dag:Datum} bestämmer att åtgärderna ska vara vidtagna senast {ny:Datum}"))
def ny_atgardsfrist(world: World, dag: date, ny: date) -> None:
    world.complete(NEW_DEADLINE, {"ny_atgardsfrist": ny.isoformat()}, on=dag)


@when(p("IVO {dag:Datum} väljer att ansöka om utdömande av vitet"))
def valjer_utdomande(world: World, dag: date) -> None:
    world.complete(CONSIDER, {"atgard": "ansok_om_utdomande"}, on=dag)


@when(p("IVO {dag:Datum} väljer att meddela ett nytt föreläggande med högre vite"))
def valjer_nytt_forelaggande(world: World, dag: date) -> None:
    world.complete(CONSIDER, {"atgard": "nytt_forelaggande"}, on=dag)


@when(p("IVO {dag:Datum} väljer att förbjuda fortsatt verksamhet"))
def valjer_forbud(world: World, dag: date) -> None:
    world.complete(CONSIDER, {"atgard": "forbud", "forbud_beslutsdatum": dag.isoformat()}, on=dag)


@when(p("IVO {dag:Datum} väljer att avsluta ärendet utan vidare åtgärd"))
def valjer_avsluta(world: World, dag: date) -> None:
    world.complete(CONSIDER, {"atgard": "avsluta"}, on=dag)


@when(p("IVO {dag:Datum} väljer åtgärden {atgard:Namn}"))
def valjer_atgard(world: World, dag: date, atgard: str) -> None:
    world.complete(CONSIDER, {"atgard": atgard}, on=dag)


# -- Så: what the law says about it -------------------------------------------------------------


@then_sv("åtgärdsfristen", "vara {dag:Datum}")
def atgardsfristen(world: World, dag: date) -> None:
    found = world.deadlines("åtgärdsfristen")
    assert found, "ärendet har ingen åtgärdsfrist"
    world.deadline = found[-1]
    check_last_day(found[-1], dag)


@then_sv("IVO", "ännu inte kunna ansöka om utdömande av vitet")
def kan_inte_ansoka_an(world: World) -> None:
    waiting = [t.element_id for t in world.case().tasks]
    assert APPLY not in waiting and CONSIDER not in waiting, (
        "IVO kan redan välja att ansöka om utdömande av vitet"
    )


@then_sv("IVO", "kunna välja att ansöka om utdömande av vitet")
def kan_valja_utdomande(world: World) -> None:
    world.ready(CONSIDER)


@then_sv("sista dag för överklagande av domen", "vara {dag:Datum}")
def sista_dag_overklagande_dom(world: World, dag: date) -> None:
    found = world.deadlines("domen")
    assert found, "ärendet har ingen frist för att överklaga domen"
    world.deadline = found[-1]
    check_last_day(found[-1], dag)


@then_sv("föreläggandet", "ha vunnit laga kraft {dag:Datum}")
def laga_kraft_datum(world: World, dag: date) -> None:
    data = world.case().data
    assert data.get("laga_kraft_datum") == dag.isoformat(), (
        f"föreläggandet vann laga kraft {data.get('laga_kraft_datum')}"
    )


__all__ = [name for name in dir() if name.startswith("pytestbdd_")]
