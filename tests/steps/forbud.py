"""Memo phrases of the prohibition (processes/forbud.bpmn): förbud and tillfälligt förbud.

A prohibition is its own case, or runs inside an injunction's case when IVO chose to prohibit
after the injunction was not followed. The appeal of a prohibition runs through the same court
phrases as an injunction's (steps.domstol).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import given, when

from steps.vocabulary import World, p, then_sv

PROCESS = "forbud"
SERIOUS = "allvarligt_missforhallande_och_forelaggande_ej_foljt"
DANGER = "fara_for_liv_halsa_personlig_sakerhet"


def _prohibition(world: World, dag: date, adressat: str, typ: str, grund: str) -> None:
    world.begin(
        PROCESS,
        {
            "forbud_typ": typ,
            "beslutsdatum": dag.isoformat(),
            "grund": grund,
            "adressat": adressat,
            "kommun": adressat,
            "allman_part": False,
        },
        dag,
    )


def _pending(world: World) -> dict[str, Any]:
    assert world.pending is not None, "beslutet har redan börjat handläggas"
    return world.pending.data


@given(
    p(
        "att IVO {dag:Datum} har förbjudit {adressat} att fortsätta verksamheten eftersom "
        "missförhållandet är allvarligt och föreläggandet inte har följts"
    )
)
def forbud_allvarligt(world: World, dag: date, adressat: str) -> None:
    _prohibition(world, dag, adressat, "forbud", SERIOUS)


@given(
    p(
        "att IVO {dag:Datum} har förbjudit {adressat} att fortsätta verksamheten eftersom den "
        "innebär fara för liv, hälsa eller personlig säkerhet"
    )
)
def forbud_fara(world: World, dag: date, adressat: str) -> None:
    _prohibition(world, dag, adressat, "forbud", DANGER)


@given(
    p(
        "att IVO {dag:Datum} har meddelat {adressat} tillfälligt förbud att fortsätta "
        "verksamheten i avvaktan på ett slutligt beslut"
    )
)
def tillfalligt_forbud(world: World, dag: date, adressat: str) -> None:
    _prohibition(world, dag, adressat, "tillfalligt_forbud", DANGER)


@given(
    p(
        "att IVO {dag:Datum} har beslutat om förbud mot {adressat} utan att ange grunden "
        "för förbudet"
    )
)
def forbud_utan_grund(world: World, dag: date, adressat: str) -> None:
    _prohibition(world, dag, adressat, "forbud", "")


@given("att föreläggandet som förbudet bygger på har följts")
def forelaggandet_foljt(world: World) -> None:
    _pending(world)["forelaggande_foljt"] = True  # set by forelaggande before it calls forbud


@given("att verksamheten är tillståndspliktig")
def tillstandspliktig(world: World) -> None:
    _pending(world)["tillstandspliktig"] = True


@given("att förbudet meddelas enligt LSS")
def forbud_lss(world: World) -> None:
    _pending(world)["lag"] = "LSS"


@when(p("kommunens överklagande av förbudet kommer in till IVO {dag:Datum}"))
def overklagar_forbud(world: World, dag: date) -> None:
    world.message(
        "forbud_overklagande_inkommer", {"inkom": dag.isoformat()}, on=dag, actor="Kommunen"
    )


@when(
    p(
        "kommunens överklagande av förbudet kommer in till IVO {dag:Datum} med ett yrkande "
        "om inhibition"
    )
)
def overklagar_forbud_inhibition(world: World, dag: date) -> None:
    world.message(
        "forbud_overklagande_inkommer",
        {"inkom": dag.isoformat(), "inhibition_yrkas": True},
        on=dag,
        actor="Kommunen",
    )


@when(p("IVO {dag:Datum} förlänger det tillfälliga förbudet på grund av synnerliga skäl"))
def forlanger(world: World, dag: date) -> None:
    world.message(
        "tillfalligt_forbud_forlangs",
        {"synnerliga_skal": "utredningen kräver mer tid", "beslutsdatum": dag.isoformat()},
        on=dag,
        actor="IVO",
    )


@when(p("IVO {dag:Datum} förlänger det tillfälliga förbudet utan att ange synnerliga skäl"))
def forlanger_utan_skal(world: World, dag: date) -> None:
    world.message(
        "tillfalligt_forbud_forlangs", {"beslutsdatum": dag.isoformat()}, on=dag, actor="IVO"
    )


@when(p("IVO {dag:Datum} häver det tillfälliga förbudet"))
def haver_tillfalligt(world: World, dag: date) -> None:
    world.message("tillfalligt_forbud_havs", {"skal": "avhjälpt"}, on=dag, actor="IVO")


@when(p("IVO {dag:Datum} häver förbudet eftersom missförhållandet är avhjälpt"))
def haver(world: World, dag: date) -> None:
    world.message("forbudet_havs", {"skal": "missförhållandet är avhjälpt"}, on=dag, actor="IVO")


@when(p("IVO {dag:Datum} meddelar sitt slutliga beslut i saken"))
def slutligt_beslut(world: World, dag: date) -> None:
    world.message("slutligt_beslut_meddelat", {"datum": dag.isoformat()}, on=dag, actor="IVO")


@when(p("IVO {dag:Datum} får veta att verksamheten fortsätter trots förbudet"))
def fortsatter(world: World, dag: date) -> None:
    from ivo_workflow import TaskNotReadyError

    rapport = {"rapport": "verksamheten bedrivs fortfarande", "datum": dag.isoformat()}
    try:
        world.message("fortsatt_verksamhet_trots_forbud", rapport, on=dag, actor="IVO")
    except TaskNotReadyError:
        world.message("fortsatt_verksamhet_trots_tillfalligt_forbud", rapport, on=dag, actor="IVO")


@when(p("domstolen {dag:Datum} beviljar inhibition av förbudet"))
def inhibition_forbud(world: World, dag: date) -> None:
    world.message(
        "inhibition_beviljad",
        {"beviljad": True, "datum": dag.isoformat(), "domstol": "förvaltningsrätten"},
        on=dag,
        actor="Förvaltningsrätten",
    )


@when(p("IVO {dag:Datum} medger åtal"))
def medger_atal(world: World, dag: date) -> None:
    world.complete("medgivande_till_atal_provas", {"medgivande_till_atal": True}, on=dag)


@when(p("IVO {dag:Datum} medger inte åtal"))
def medger_inte_atal(world: World, dag: date) -> None:
    world.complete("medgivande_till_atal_provas", {"medgivande_till_atal": False}, on=dag)


@then_sv("det tillfälliga förbudet", "gälla till och med {dag:Datum}")
def galler_till(world: World, dag: date) -> None:
    got = world.case().data.get("giltig_till")
    assert got == dag.isoformat(), f"förbudet gäller till och med {got}"


__all__ = [name for name in dir() if name.startswith("pytestbdd_")]
