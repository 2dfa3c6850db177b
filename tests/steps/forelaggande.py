"""Memo phrases of the föreläggande process (processes/forelaggande.bpmn).

The process's element ids, message name and data keys are bound here, once; the phrases read
like a memo ("Givet att IVO den 1 oktober 2014 har förelagt Oskarshamns kommun vid vite av
1 000 000 kr att senast den 19 januari 2015 vidta åtgärder").
"""

from __future__ import annotations

from datetime import date

from pytest_bdd import given, when

from steps.vocabulary import World, check_last_day, p, then_sv

PROCESS = "forelaggande"
SERVE = "delge_forelaggandet"
APPEAL_MESSAGE = "overklagande_inkommer"
FORWARD = "overlamna_till_forvaltningsratten"
DISMISS = "avvisa_overklagandet"
JUDGMENT = "forvaltningsrattens_dom"
CHECK = "kontrollera_efterlevnad"
APPLY = "ansok_om_utdomande"
CONSIDER = "overvag_fortsatta_atgarder"

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


def _pending_data(world: World) -> dict[str, object]:
    assert world.pending is not None, "föreläggandet har redan börjat handläggas"
    return world.pending.data


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
        "att IVO {beslutsdag:Datum} har förelagt {adressat} att senast {frist:Datum} vidta åtgärder utan vite"
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


# -- När: what happens to it ------------------------------------------------------------------


@given(p("att kommunen har tagit del av beslutet {dag:Datum}"))
@when(p("kommunen tar del av beslutet {dag:Datum}"))
def tar_del(world: World, dag: date) -> None:
    world.complete(SERVE, {"delgivningsdatum": dag.isoformat()}, on=dag)


@given(p("att kommunens överklagande har kommit in till IVO {dag:Datum}"))
@when(p("kommunens överklagande kommer in till IVO {dag:Datum}"))
def overklagande_kommer_in(world: World, dag: date) -> None:
    world.message(APPEAL_MESSAGE, {"inkom": dag.isoformat()}, on=dag, actor="Kommunen")


@when(
    p(
        "kommunens överklagande kommer in till IVO {dag:Datum} "
        "och överklagandehänvisningen i beslutet var felaktig"
    )
)
def overklagande_felaktig_hanvisning(world: World, dag: date) -> None:
    world.message(
        APPEAL_MESSAGE,
        {"inkom": dag.isoformat(), "hanvisning_felaktig": True},
        on=dag,
        actor="Kommunen",
    )


@when(
    p(
        "kommunens överklagande kommer in till IVO {dag:Datum} "
        "men hade kommit in till förvaltningsrätten inom överklagandetiden"
    )
)
def overklagande_till_domstol(world: World, dag: date) -> None:
    world.message(
        APPEAL_MESSAGE,
        {"inkom": dag.isoformat(), "inkom_till_domstol_i_tid": True},
        on=dag,
        actor="Kommunen",
    )


@given(p("att IVO {dag:Datum} har överlämnat överklagandet till förvaltningsrätten"))
@when(p("IVO {dag:Datum} överlämnar överklagandet till förvaltningsrätten"))
def overlamnar(world: World, dag: date) -> None:
    world.complete(FORWARD, {}, on=dag)


@when(p("IVO {dag:Datum} avvisar överklagandet"))
def avvisar(world: World, dag: date) -> None:
    world.complete(DISMISS, {}, on=dag)


@when(
    p(
        "förvaltningsrätten {dag:Datum} fastställer föreläggandet "
        "och domen delges parterna {delgiven:Datum}"
    )
)
def fr_faststaller(world: World, dag: date, delgiven: date) -> None:
    world.complete(JUDGMENT, {"utgang": "fastställt", "dom_delgiven": delgiven.isoformat()}, on=dag)


@when(p("förvaltningsrätten {dag:Datum} upphäver föreläggandet"))
def fr_upphaver(world: World, dag: date) -> None:
    world.complete(JUDGMENT, {"utgang": "upphävt", "dom_delgiven": dag.isoformat()}, on=dag)


@when(p("IVO {dag:Datum} konstaterar att föreläggandet har följts"))
def har_foljts(world: World, dag: date) -> None:
    world.complete(CHECK, {"foljt": True}, on=dag)


@when(p("IVO {dag:Datum} konstaterar att föreläggandet inte har följts"))
def har_inte_foljts(world: World, dag: date) -> None:
    world.complete(CHECK, {"foljt": False}, on=dag)


@when(p("IVO {dag:Datum} ansöker hos förvaltningsrätten om utdömande av vitet"))
def ansoker(world: World, dag: date) -> None:
    world.complete(APPLY, {}, on=dag)


@when(p("IVO {dag:Datum} har övervägt fortsatta åtgärder"))
def overvager(world: World, dag: date) -> None:
    world.complete(CONSIDER, {}, on=dag)


# -- Så: what the law says about it -------------------------------------------------------------


@then_sv("åtgärdsfristen", "vara {dag:Datum}")
def atgardsfristen(world: World, dag: date) -> None:
    found = world.deadlines("Åtgärdsfristen")
    assert found, "ärendet har ingen åtgärdsfrist"
    world.deadline = found[-1]
    assert found[-1].last_day == dag, found[-1].explanation


@then_sv("IVO", "ännu inte kunna ansöka om utdömande av vitet")
def kan_inte_ansoka_an(world: World) -> None:
    waiting = [t.element_id for t in world.case().tasks]
    assert APPLY not in waiting, "IVO kan redan ansöka om utdömande av vitet"


@then_sv("sista dag för överklagande av domen", "vara {dag:Datum}")
def sista_dag_overklagande_dom(world: World, dag: date) -> None:
    found = world.deadlines("domen")
    assert found, "ärendet har ingen frist för att överklaga domen"
    world.deadline = found[-1]
    check_last_day(found[-1], dag)


@then_sv("IVO", "kunna ansöka om utdömande av vitet")
def kan_ansoka(world: World) -> None:
    world.ready(APPLY)


__all__ = [name for name in dir() if name.startswith("pytestbdd_")]
