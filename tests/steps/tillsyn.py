"""Memo phrases of intake, supervision and lex Sarah (processes/inkommande_uppgifter.bpmn,
tillsyn.bpmn, lex_sarah.bpmn).

Information reaches IVO (a complaint, a lex Sarah report, the municipality's own report, IVO's
risk analysis); IVO registers and assesses it and may open a supervision case, which investigates
(documents, statements, inspection), communicates a draft and decides: no action, criticism,
demands followed up, an injunction or a prohibition. The later processes run inside the same
case as call activities.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import parse
from pytest_bdd import given, parsers, when

from steps.vocabulary import TYPES, World, p, then_sv

INTAKE = "inkommande_uppgifter"
SUPERVISION = "tillsyn"
LEX_SARAH = "lex_sarah"


def _pending(world: World) -> dict[str, Any]:
    assert world.pending is not None, "ärendet har redan börjat handläggas"
    return world.pending.data


def _organisation(kommun: str) -> dict[str, Any]:
    return {
        "kommun": kommun,
        "organisation": f"{kommun}, socialnämnden",
        "adressat": f"Socialnämnden i {kommun}",
    }


# -- inkommande uppgifter -----------------------------------------------------------------------


def _intake(world: World, dag: date, kalla: str, kommun: str, **data: Any) -> None:
    world.begin(
        INTAKE,
        {"kalla": kalla, "inkom": dag.isoformat(), **_organisation(kommun), **data},
        dag,
    )


@given(p("att {lamnare} {dag:Datum} lämnar ett klagomål till IVO om {sakfraga:Namn} i {kommun}"))
def klagomal(world: World, lamnare: str, dag: date, sakfraga: str, kommun: str) -> None:
    _intake(world, dag, "klagomal", kommun, uppgiftslamnare=lamnare, sakfraga=sakfraga)


@given(p("att {kommun} {dag:Datum} rapporterar missförhållanden till IVO: {sakfraga:Namn}"))
def kommunens_rapport(world: World, kommun: str, dag: date, sakfraga: str) -> None:
    _intake(world, dag, "kommunens_rapport", kommun, uppgiftslamnare=kommun, sakfraga=sakfraga)


@given(p("att IVO {dag:Datum} väljer ut {kommun} för tillsyn i sin riskanalys"))
def riskanalys(world: World, dag: date, kommun: str) -> None:
    _intake(world, dag, "riskanalys", kommun)


@given(p("att uppgifterna kommer från en okänd källa {kalla:Namn}"))
def okand_kalla(world: World, kalla: str) -> None:
    _pending(world)["kalla"] = kalla


@given("att ingen organisation är angiven")
def ingen_organisation(world: World) -> None:
    data = _pending(world)
    data["organisation"] = None
    data["kommun"] = None


@given(p("att verksamhetsområdet är {omrade:Namn}"))
def verksamhetsomrade(world: World, omrade: str) -> None:
    _pending(world)["verksamhetsomrade"] = omrade


AREAS = {
    "socialtjänst": {"omrade": "socialtjanst"},
    "LSS": {"omrade": "lss"},
    "hälso- och sjukvård": {"omrade": "halso_och_sjukvard"},
    "legitimerad personal i socialtjänsten": {
        "omrade": "socialtjanst",
        "legitimerad_personal": True,
    },
    "bara nämndens bedömning i ett enskilt ärende": {
        "omrade": "socialtjanst",
        "endast_enskild_bedomning": True,
    },
}


@when(p("IVO {dag:Datum} registrerar uppgifterna under diarienummer {dnr:Namn} som {omrade}"))
def registrerar(world: World, dag: date, dnr: str, omrade: str) -> None:
    assert omrade in AREAS, f"okänt område: {omrade}; kända: {', '.join(AREAS)}"
    world.complete("registrera_uppgifterna", {"dnr": dnr, **AREAS[omrade]}, on=dag)


@when(p("IVO {dag:Datum} upplyser om rätten att överklaga nämndens beslut till domstol"))
def upplyser(world: World, dag: date) -> None:
    world.complete("upplys_om_overklagande", {}, on=dag)


STANDPOINTS = {
    "registrera uppgifterna utan åtgärd": {"stallningstagande": "ingen_atgard"},
    "lämna över uppgifterna till nämnden": {"stallningstagande": "overlamna_till_kommunen"},
    "tillföra uppgifterna en pågående tillsyn": {"stallningstagande": "pagaende_tillsyn"},
    "inleda tillsyn": {"stallningstagande": "oppna_tillsyn"},
}


@parse.with_pattern("|".join(sorted(STANDPOINTS, key=len, reverse=True)))
def parse_stallning(text: str) -> str:
    return text


@when(
    parsers.cfparse(
        "IVO {dag:Datum} tar ställning till att {stallning:Stallning}",
        extra_types={**TYPES, "Stallning": parse_stallning},
    )
)
def tar_stallning(world: World, dag: date, stallning: str) -> None:
    assert stallning in STANDPOINTS, f"okänt ställningstagande: {stallning}"
    data = {**STANDPOINTS[stallning], "motivering": stallning}
    world.complete("bedom_uppgifterna", data, on=dag)


@when(
    p(
        "IVO {dag:Datum} tar ställning till att inleda tillsyn i ett nytt ärende med "
        "diarienummer {dnr:Namn}"
    )
)
def inleder_tillsyn_dnr(world: World, dag: date, dnr: str) -> None:
    world.complete(
        "bedom_uppgifterna",
        {"stallningstagande": "oppna_tillsyn", "tillsyn_dnr": dnr, "motivering": "tillsyn"},
        on=dag,
    )


@when(p("IVO {dag:Datum} lämnar över uppgifterna till nämnden"))
def overlamnar_till_namnden(world: World, dag: date) -> None:
    world.complete("overlamna_till_namnden", {}, on=dag)


@when(p("IVO {dag:Datum} tillför uppgifterna tillsynen {dnr:Namn}"))
def tillfor(world: World, dag: date, dnr: str) -> None:
    world.complete("tillfor_pagaende_tillsyn", {"pagaende_dnr": dnr}, on=dag)


# -- tillsyn --------------------------------------------------------------------------------------


@given(p("att IVO {dag:Datum} inleder tillsyn av {kommun} inom {omrade:Namn}"))
def inleder_tillsyn(world: World, dag: date, kommun: str, omrade: str) -> None:
    world.begin(SUPERVISION, {**_organisation(kommun), "verksamhetsomrade": omrade}, dag)


@given(
    p("att IVO {dag:Datum} inleder tillsyn av {kommun} utan att ange vem besluten ska riktas till")
)
def inleder_tillsyn_utan_adressat(world: World, dag: date, kommun: str) -> None:
    world.begin(SUPERVISION, {"kommun": kommun}, dag)


@given("att kommunen inte är part som företräder det allmänna i tillsynsärendet")
def tillsyn_inte_allman_part(world: World) -> None:
    _pending(world)["allman_part"] = False


@when(p("IVO {dag:Datum} avgränsar tillsynen till {omfattning:Namn}"))
def avgransar(world: World, dag: date, omfattning: str) -> None:
    world.complete("avgransa_tillsynen", {"omfattning": omfattning}, on=dag)


def _next(world: World, dag: date, steg: str) -> None:
    world.complete("valj_utredningsatgard", {"nasta_steg": steg}, on=dag)


@when(p("IVO {dag:Datum} begär handlingar och upplysningar om {begart:Namn} senast {senast:Datum}"))
def begar_handlingar(world: World, dag: date, begart: str, senast: date) -> None:
    _next(world, dag, "begar_handlingar")
    world.complete("begar_handlingar", {"begart": begart, "svar_senast": senast.isoformat()})


@when(p("nämndens handlingar kommer in till IVO {dag:Datum}"))
def handlingar_inkommer(world: World, dag: date) -> None:
    world.message(
        "handlingar_inkommer",
        {"inkom": dag.isoformat(), "innehall": "handlingar"},
        on=dag,
        actor="Kommunen",
    )


@when(p("IVO {dag:Datum} påminner om handlingarna med en ny svarsdag {senast:Datum}"))
def paminner_handlingar(world: World, dag: date, senast: date) -> None:
    world.complete(
        "atgard_uteblivna_handlingar",
        {"val_uteblivet": "paminnelse", "svar_senast": senast.isoformat()},
        on=dag,
    )


@when(
    p(
        "IVO {dag:Datum} förelägger nämnden vid vite av {belopp:Belopp} att senast "
        "{frist:Datum} lämna handlingarna"
    )
)
def forelagger_handlingar(world: World, dag: date, belopp: int, frist: date) -> None:
    world.complete(
        "atgard_uteblivna_handlingar",
        {
            "val_uteblivet": "forelaggande",
            "atgardsfrist": frist.isoformat(),
            "vite_belopp": belopp,
            "beslutsdatum": dag.isoformat(),
        },
        on=dag,
    )


@when(p("IVO {dag:Datum} begär nämndens yttrande om {fragor:Namn} senast {senast:Datum}"))
def begar_yttrande(world: World, dag: date, fragor: str, senast: date) -> None:
    _next(world, dag, "begar_yttrande")
    world.complete("begar_yttrande", {"fragor": fragor, "yttrande_senast": senast.isoformat()})


@when(p("nämndens yttrande kommer in till IVO {dag:Datum}"))
def yttrande_inkommer(world: World, dag: date) -> None:
    world.message(
        "yttrande_inkommer",
        {"inkom": dag.isoformat(), "innehall": "yttrande"},
        on=dag,
        actor="Kommunen",
    )


@when(p("IVO {dag:Datum} påminner om yttrandet med en ny dag {senast:Datum}"))
def paminner_yttrande(world: World, dag: date, senast: date) -> None:
    world.complete(
        "atgard_uteblivet_yttrande",
        {"val_uteblivet": "paminnelse", "yttrande_senast": senast.isoformat()},
        on=dag,
    )


@when(
    p(
        "IVO {dag:Datum} förelägger nämnden vid vite av {belopp:Belopp} att senast "
        "{frist:Datum} lämna yttrandet"
    )
)
def forelagger_yttrande(world: World, dag: date, belopp: int, frist: date) -> None:
    world.complete(
        "atgard_uteblivet_yttrande",
        {
            "val_uteblivet": "forelaggande",
            "atgardsfrist": frist.isoformat(),
            "vite_belopp": belopp,
            "beslutsdatum": dag.isoformat(),
        },
        on=dag,
    )


@when(p("IVO {dag:Datum} inspekterar verksamheten och iakttar {iakttagelser:Namn}"))
def inspekterar(world: World, dag: date, iakttagelser: str) -> None:
    _next(world, dag, "inspektion")
    world.complete(
        "inspektera_verksamheten",
        {"inspektionsdatum": dag.isoformat(), "iakttagelser": iakttagelser},
    )


@when(
    p(
        "IVO {dag:Datum} kommunicerar ett förslag till beslut om {forslag} med nämnden, "
        "med synpunkter senast {senast:Datum}"
    )
)
def kommunicerar(world: World, dag: date, forslag: str, senast: date) -> None:
    _next(world, dag, "kommunicera")
    world.complete(
        "kommunicera_forslag", {"forslag": forslag, "synpunkter_senast": senast.isoformat()}
    )


@when(p("nämndens synpunkter kommer in till IVO {dag:Datum}"))
def synpunkter(world: World, dag: date) -> None:
    world.message(
        "synpunkter_inkommer",
        {"inkom": dag.isoformat(), "bestrider": False, "innehall": "synpunkter"},
        on=dag,
        actor="Kommunen",
    )


@when(
    p(
        "nämndens synpunkter kommer in till IVO {dag:Datum}, och nämnden bestrider att "
        "ett missförhållande föreligger"
    )
)
def synpunkter_bestrider(world: World, dag: date) -> None:
    world.message(
        "synpunkter_inkommer",
        {"inkom": dag.isoformat(), "bestrider": True, "innehall": "bestrider"},
        on=dag,
        actor="Kommunen",
    )


@when(p("IVO {dag:Datum} går till beslut utan att kommunicera underlaget med nämnden"))
def utan_kommunicering(world: World, dag: date) -> None:
    _next(world, dag, "besluta")


def _decide(world: World, dag: date, beslutstyp: str, **data: Any) -> None:
    world.complete(
        "besluta_i_tillsynsarendet",
        {"beslutstyp": beslutstyp, "beslutsdatum": dag.isoformat(), **data},
        on=dag,
    )


DECISIONS = {
    "avsluta tillsynen utan åtgärd": "utan_atgard",
    "rikta kritik mot nämnden": "kritik",
    "rikta allvarlig kritik mot nämnden": "allvarlig_kritik",
    "fatta ett beslut som tillsynen inte kan leda till": "nagot_annat",
}


@parse.with_pattern("|".join(sorted(DECISIONS, key=len, reverse=True)))
def parse_beslut(text: str) -> str:
    return text


@when(
    parsers.cfparse(
        "IVO {dag:Datum} beslutar att {beslut:Tillsynsbeslut}",
        extra_types={**TYPES, "Tillsynsbeslut": parse_beslut},
    )
)
def beslutar(world: World, dag: date, beslut: str) -> None:
    assert beslut in DECISIONS, f"okänt beslut: {beslut}; kända: {', '.join(DECISIONS)}"
    _decide(world, dag, DECISIONS[beslut])


@when(
    p(
        "IVO {dag:Datum} beslutar att kräva att nämnden vidtar åtgärder och redovisar dem "
        "senast {senast:Datum}"
    )
)
def kraver(world: World, dag: date, senast: date) -> None:
    _decide(
        world,
        dag,
        "krav_pa_atgarder",
        krav="redovisa vidtagna och planerade åtgärder",
        redovisning_senast=senast.isoformat(),
    )


@when(
    p(
        "IVO {dag:Datum} beslutar att kräva att nämnden vidtar åtgärder utan att ange när de "
        "ska redovisas"
    )
)
def kraver_utan_dag(world: World, dag: date) -> None:
    _decide(world, dag, "krav_pa_atgarder", krav="redovisa vidtagna åtgärder")


@when(
    p(
        "IVO {dag:Datum} beslutar att förelägga nämnden vid vite av {belopp:Belopp} att senast "
        "{frist:Datum} {atgarder:Namn}"
    )
)
def forelagger(world: World, dag: date, belopp: int, frist: date, atgarder: str) -> None:
    _decide(
        world,
        dag,
        "forelaggande",
        atgarder=atgarder,
        atgardsfrist=frist.isoformat(),
        vite_belopp=belopp,
    )


@when(
    p(
        "IVO {dag:Datum} beslutar att förelägga nämnden vid vite av {belopp:Belopp} utan att "
        "ange åtgärderna eller fristen"
    )
)
def forelagger_ofullstandigt(world: World, dag: date, belopp: int) -> None:
    _decide(world, dag, "forelaggande", vite_belopp=belopp)


@when(
    p(
        "IVO {dag:Datum} beslutar att förbjuda fortsatt verksamhet eftersom den innebär fara "
        "för liv, hälsa eller personlig säkerhet"
    )
)
def forbjuder(world: World, dag: date) -> None:
    _decide(world, dag, "forbud", grund="fara_for_liv_halsa_personlig_sakerhet")


@when(
    p(
        "IVO {dag:Datum} beslutar om tillfälligt förbud mot fortsatt verksamhet utan att ange "
        "grunden"
    )
)
def tillfalligt_utan_grund(world: World, dag: date) -> None:
    _decide(world, dag, "tillfalligt_forbud")


@then_sv("beslutet", "inte gå att överklaga")
def ej_overklagbart(world: World) -> None:
    beslut = world.case().data.get("tillsynsbeslut") or {}
    assert beslut.get("overklagbart") is False, f"beslutet: {beslut}"


@then_sv("beslutet", "gå att överklaga")
def overklagbart(world: World) -> None:
    beslut = world.case().data.get("tillsynsbeslut") or {}
    assert beslut.get("overklagbart") is True, f"beslutet: {beslut}"


# -- lex Sarah -----------------------------------------------------------------------------------


@given(p("att personal hos {kommun} {dag:Datum} uppmärksammar ett missförhållande"))
def uppmarksammar(world: World, kommun: str, dag: date) -> None:
    world.begin(LEX_SARAH, {**_organisation(kommun), "verksamhetsomrade": "barn och unga"}, dag)


@given(p("att verksamhetens mål för att anmäla till IVO är {dagar:d} dagar"))
def snarast_dagar(world: World, dagar: int) -> None:
    _pending(world)["snarast_dagar"] = dagar


@when(p("personalen {dag:Datum} rapporterar {rapport:Namn} till nämnden"))
def rapporterar(world: World, dag: date, rapport: str) -> None:
    world.complete(
        "rapportera_missforhallandet", {"rapport": rapport, "rapporterad": dag.isoformat()}, on=dag
    )


@when(p("nämnden {dag:Datum} utreder och avhjälper missförhållandet"))
def utreder(world: World, dag: date) -> None:
    world.complete(
        "utreda_och_avhjalpa",
        {"utredning": "utredning av missförhållandet", "atgarder_vidtagna": "rutiner ändrade"},
        on=dag,
    )


@when(p("nämnden {dag:Datum} bedömer att missförhållandet är allvarligt"))
def allvarligt(world: World, dag: date) -> None:
    world.complete("bedom_allvarlighet", {"allvarligt": True, "bedomd": dag.isoformat()}, on=dag)


@when(p("nämnden {dag:Datum} bedömer att missförhållandet inte är allvarligt"))
def inte_allvarligt(world: World, dag: date) -> None:
    world.complete("bedom_allvarlighet", {"allvarligt": False, "bedomd": dag.isoformat()}, on=dag)


@when(p("nämnden {dag:Datum} anmäler missförhållandet till IVO med utredningen"))
def anmaler(world: World, dag: date) -> None:
    world.complete("anmal_till_ivo", {"anmald": dag.isoformat()}, on=dag)


__all__ = [name for name in dir() if name.startswith("pytestbdd_")]
