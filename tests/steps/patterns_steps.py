"""Memo phrases of patterns across cases (issue 8, seed 003; ivo_workflow.patterns).

The cases of a scenario concern one organisation and area (the Bakgrund); complaints, supervision
and follow-up run through their processes as usual (the vocabulary's steps and these phrases),
and IVO then looks across them: ``Workflows.patterns`` on the day given. The analysis is also
started as a case of the process ``monsteranalys`` in the scenario's database, so that its
audit trail shows the table rows reached (and the coverage plugin sees the process run); the
recommendation of that case must be the one the facade gave.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import given, when

from ivo_workflow.patterns import ANALYSIS_PROCESS, Pattern
from steps.vocabulary import World, p, then_sv

INTAKE = "inkommande_uppgifter"
SUPERVISION = "tillsyn"
FOLLOW_UP = "uppfoljning"
REGISTER = "registrera_uppgifterna"
ASSESS = "bedom_uppgifterna"
ACCOUNT_MESSAGE = "redovisning_inkommer"


def _organisation(world: World) -> dict[str, Any]:
    facts = world.facts.get("verksamhet")
    assert facts, "scenariot har inte angett vilken organisation ärendena gäller"
    return dict(facts)


@given(
    p(
        "att ärendena gäller organisationen {organisation:Namn} "
        "inom verksamhetsområdet {omrade:Namn}"
    )
)
def verksamheten(world: World, organisation: str, omrade: str) -> None:
    kommun, _, namnd = organisation.partition(", ")
    world.facts["verksamhet"] = {
        "organisation": organisation,
        "kommun": kommun,
        "adressat": namnd or f"Socialnämnden i {kommun}",
        "verksamhetsomrade": omrade,
    }


@given(p("att {uppgiftslamnare} {dag:Datum} klagar hos IVO på {sakfraga:Namn}"))
@when(p("{uppgiftslamnare} {dag:Datum} klagar hos IVO på {sakfraga:Namn}"))
def klagar(world: World, uppgiftslamnare: str, dag: date, sakfraga: str) -> None:
    data = {
        "kalla": "klagomal",
        **_organisation(world),
        "sakfraga": sakfraga,
        "uppgiftslamnare": uppgiftslamnare,
        "inkom": dag.isoformat(),
    }
    world.begin(INTAKE, data, dag)
    number = len(world.case_ids) + 1
    world.complete(REGISTER, {"dnr": f"3.5.1-{number}/{dag.year}"})


@given("att IVO registrerar klagomålet utan vidare åtgärd")
@when("IVO registrerar klagomålet utan vidare åtgärd")
def utan_atgard(world: World) -> None:
    world.complete(ASSESS, {"stallningstagande": "ingen_atgard"})


@given("att IVO inleder tillsyn med anledning av klagomålet")
@when("IVO inleder tillsyn med anledning av klagomålet")
def inleder_tillsyn(world: World) -> None:
    number = len(world.case_ids)
    world.complete(ASSESS, {"stallningstagande": "oppna_tillsyn", "tillsyn_dnr": f"8.1-{number}"})


@given(
    p(
        "att IVO {dag:Datum} har ställt krav på åtgärder mot verksamheten "
        "med redovisning senast {senast:Datum}"
    )
)
def krav_mot_verksamheten(world: World, dag: date, senast: date) -> None:
    data = {
        **_organisation(world),
        "beslutsdatum": dag.isoformat(),
        "redovisning_senast": senast.isoformat(),
        "krav": "redovisa vidtagna och planerade åtgärder",
    }
    world.begin(FOLLOW_UP, data, dag)


@when(p("nämnden {dag:Datum} redovisar en åtgärdsplan som ska vara genomförd senast {plan:Datum}"))
def atgardsplan(world: World, dag: date, plan: date) -> None:
    data = {
        "inkom": dag.isoformat(),
        "innehall": "åtgärdsplan",
        "atgardsplan_senast": plan.isoformat(),
    }
    world.message(ACCOUNT_MESSAGE, data, on=dag, actor="Kommunen")


@when(p("IVO {dag:Datum} ser över ärendena om verksamheten"))
def ser_over(world: World, dag: date) -> None:
    world.flush()
    world.on(dag)
    organisation = _organisation(world)["organisation"]
    found = world.wf.patterns(org=organisation, as_of=dag).for_organisation(organisation)
    assert len(found) <= 1, [p.id for p in found]
    world.facts["monster"] = found[0] if found else None
    if found:  # the analysis as a case: its trail shows the rows of the table reached
        case_id = f"monsteranalys-{len(world.case_ids) + 1}"
        case = world.wf.start(ANALYSIS_PROCESS, case_id=case_id, data=dict(found[0].inputs))
        world.case_ids.append(case_id)
        priorities = case.data["prioritet"]
        best = case.data["rekommendation"][priorities.index(max(priorities))]
        assert best == found[0].recommendation.code, (best, found[0].recommendation.code)


def _pattern(world: World) -> Pattern:
    found = world.facts.get("monster")
    assert found is not None, "mönsteranalysen fann inga signaler om verksamheten"
    assert isinstance(found, Pattern)
    return found


@then_sv("mönsteranalysen", "rekommendera {atgard:Namn}")
def rekommenderar(world: World, atgard: str) -> None:
    advice = _pattern(world).recommendation
    assert advice.action == atgard, f'analysen rekommenderar "{advice.action}"'


@then_sv("rekommendationen", "ange lagrummet {lagrum:Namn}")
def lagrummet(world: World, lagrum: str) -> None:
    advice = _pattern(world).recommendation
    assert lagrum in advice.lagrum, f'rekommendationen anger "{advice.lagrum}"'


@then_sv("mönsteranalysen", "ange skälen:")
def skalen(world: World, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert [c.strip() for c in header] == ["rad", "åtgärd", "skäl"], header
    given = [(r.row, r.action, r.reason) for r in _pattern(world).recommendation.reasons]
    assert len(given) == len(rows), f"analysen anger skälen {given}"
    for (row, action, reason), (rad, atgard, skal) in zip(given, rows, strict=True):
        assert (str(row), action) == (rad.strip(), atgard.strip()), given
        assert reason.startswith(skal.strip()), f'skälet på rad {row} är "{reason}"'


@then_sv("mönsteranalysen", "ha funnit:")
def signalerna(world: World, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert [c.strip() for c in header] == ["signal", "antal", "ärenden"], header
    found = [(s.label, str(s.count), ", ".join(s.case_ids)) for s in _pattern(world).signals]
    expected = [tuple(c.strip() for c in row) for row in rows]
    assert found == expected, f"analysen fann {found}"
