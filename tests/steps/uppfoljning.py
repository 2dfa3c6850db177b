"""Memo phrases of the follow-up of demands (processes/uppfoljning.bpmn).

IVO's decision demands measures and an account (redovisning) by a day IVO sets; the follow-up
waits for the account or the day, and IVO chooses what to do next (from the decision table
uppfoljning.dmn): accept, ask for a supplement or remind with a new day, open a new supervision,
escalate to an injunction (to provide information, or to remedy), or close without escalating
with a stated reason.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import given, when

from steps.vocabulary import World, p, then_sv

PROCESS = "uppfoljning"
ACCOUNT_MESSAGE = "redovisning_inkommer"
CHOOSE = "bedom_uppfoljningen"
DEFAULT_DEMAND = "redovisa vidtagna och planerade åtgärder"


def _choose(world: World, dag: date, **data: Any) -> None:
    world.complete(CHOOSE, data, on=dag)


@given(
    p(
        "att IVO {beslutsdag:Datum} har krävt att {kommun} vidtar åtgärder "
        "och redovisar dem senast {senast:Datum}"
    )
)
def krav_pa_atgarder(world: World, beslutsdag: date, kommun: str, senast: date) -> None:
    world.begin(
        PROCESS,
        {
            "kommun": kommun,
            "adressat": f"Socialnämnden i {kommun}",
            "beslutsdatum": beslutsdag.isoformat(),
            "redovisning_senast": senast.isoformat(),
            "krav": DEFAULT_DEMAND,
        },
        beslutsdag,
    )


@given(p("att kravet gäller {krav:Namn}"))
def kravet_galler(world: World, krav: str) -> None:
    assert world.pending is not None, "uppföljningen har redan börjat"
    world.pending.data["krav"] = krav


@when(p("nämndens redovisning kommer in till IVO {dag:Datum}"))
def redovisning_kommer_in(world: World, dag: date) -> None:
    world.message(ACCOUNT_MESSAGE, {"inkom": dag.isoformat()}, on=dag, actor="Kommunen")


@when(p("IVO {dag:Datum} godtar redovisningen"))
def godtar(world: World, dag: date) -> None:
    _choose(world, dag, val="godta")


@when(p("IVO {dag:Datum} begär komplettering utan att bestämma en ny dag"))
def komplettering_utan_dag(world: World, dag: date) -> None:
    _choose(world, dag, val="begar_komplettering")


@when(p("IVO {dag:Datum} begär komplettering senast {ny:Datum}"))
def komplettering(world: World, dag: date, ny: date) -> None:
    _choose(world, dag, val="begar_komplettering", ny_redovisning_senast=ny.isoformat())


@when(
    p(
        "IVO {dag:Datum} påminner nämnden och bestämmer att redovisningen ska komma in senast {ny:Datum}"
    )
)
def paminner(world: World, dag: date, ny: date) -> None:
    _choose(world, dag, val="paminnelse", ny_redovisning_senast=ny.isoformat())


@when(p("IVO {dag:Datum} inleder en ny tillsyn"))
def ny_tillsyn(world: World, dag: date) -> None:
    _choose(world, dag, val="ny_tillsyn")


@when(
    p(
        "IVO {dag:Datum} förelägger nämnden vid vite av {belopp:Belopp} "
        "att senast {frist:Datum} lämna redovisningen"
    )
)
def forelagger_uppgifter(world: World, dag: date, belopp: int, frist: date) -> None:
    _choose(
        world, dag, val="forelaggande_uppgifter", atgardsfrist=frist.isoformat(), vite_belopp=belopp
    )


@when(
    p(
        "IVO {dag:Datum} förelägger nämnden vid vite av {belopp:Belopp} "
        "att senast {frist:Datum} vidta åtgärder utan att ange vilka"
    )
)
def forelagger_utan_atgarder(world: World, dag: date, belopp: int, frist: date) -> None:
    _choose(
        world, dag, val="forelaggande_avhjalpa", atgardsfrist=frist.isoformat(), vite_belopp=belopp
    )


@when(
    p(
        "IVO {dag:Datum} förelägger nämnden vid vite av {belopp:Belopp} "
        "att senast {frist:Datum} {atgarder:Namn}"
    )
)
def forelagger_avhjalpa(world: World, dag: date, belopp: int, frist: date, atgarder: str) -> None:
    _choose(
        world,
        dag,
        val="forelaggande_avhjalpa",
        atgarder=atgarder,
        atgardsfrist=frist.isoformat(),
        vite_belopp=belopp,
        forelaggande_beslutsdatum=dag.isoformat(),
    )


@when(p("IVO {dag:Datum} avslutar uppföljningen utan att eskalera och utan att ange skäl"))
def avslutar_utan_skal(world: World, dag: date) -> None:
    _choose(world, dag, val="avsluta_utan_eskalering")


@when(p("IVO {dag:Datum} avslutar uppföljningen utan att eskalera med skälet {skal:Namn}"))
def avslutar_med_skal(world: World, dag: date, skal: str) -> None:
    _choose(world, dag, val="avsluta_utan_eskalering", skal=skal)


@when(p("IVO {dag:Datum} försöker godta en redovisning som inte har kommit in"))
def godtar_utan_redovisning(world: World, dag: date) -> None:
    _choose(world, dag, val="godta")


@then_sv("IVO", "få beskedet {text:Namn}")
def far_beskedet(world: World, text: str) -> None:
    notes = [str(w) for w in world.case().data.get("varningar", [])]
    assert any(text in note for note in notes), f'inget besked nämner "{text}"; beskeden är: ' + (
        " | ".join(notes) or "inga"
    )


@then_sv("IVO:s beslut", "inte gå att överklaga")
def inte_overklagbart(world: World) -> None:
    armed = [e for e in world.history() if e.kind == "deadline"]
    appeal = [e for e in armed if "överklag" in (e.element_name or "").lower()]
    assert not appeal, "ärendet har en frist för överklagande: " + str(appeal[0].element_name)
    waiting = [t.name for t in world.case().tasks] + [t.name for t in world.case().timers]
    assert not any("överklag" in name.lower() for name in waiting), waiting


__all__ = [name for name in dir() if name.startswith("pytestbdd_")]
