"""Memo phrases of the imposition of the fine (processes/utdomande_av_vite.bpmn).

IVO applies, förvaltningsrätten decides (6 § lag (1985:206) om viten). The process runs inside
an injunction's case (after IVO chose to apply), or as a case of its own started from the facts
of an injunction ("Givet att IVO överväger att ansöka om utdömande …").
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import given, when

from steps.vocabulary import World, p, then_sv

PROCESS = "utdomande_av_vite"
APPLY = "ansok_om_utdomande"
COURT = "forvaltningsratten_provar_ansokan"
KR_JUDGMENT = "kammarrattens_dom_vitesmal"


def _pending(world: World) -> dict[str, Any]:
    assert world.pending is not None, "ärendet har redan börjat handläggas"
    return world.pending.data


@given(
    p(
        "att IVO {dag:Datum} överväger att ansöka om utdömande av vitet på {belopp:Belopp} i ett "
        "föreläggande som beslutades {beslutat:Datum} mot {adressat} med åtgärdsfrist "
        "{frist:Datum} och delgavs {delgivet:Datum}"
    )
)
def overvager_utdomande(
    world: World,
    dag: date,
    belopp: int,
    beslutat: date,
    adressat: str,
    frist: date,
    delgivet: date,
) -> None:
    world.begin(
        PROCESS,
        {
            "adressat": adressat,
            "kommun": adressat,
            "beslutsdatum": beslutat.isoformat(),
            "delgivningsdatum": delgivet.isoformat(),
            "atgardsfrist": frist.isoformat(),
            "vite_belopp": belopp,
            "laga_kraft_datum": None,
            "foljt": False,
            "allman_part": False,
        },
        dag,
    )


@given(p("att föreläggandet vann laga kraft {dag:Datum}"))
def vann_laga_kraft(world: World, dag: date) -> None:
    _pending(world)["laga_kraft_datum"] = dag.isoformat()


@given("att föreläggandet är överklagat och ännu inte har vunnit laga kraft")
def ej_laga_kraft(world: World) -> None:
    _pending(world)["laga_kraft_datum"] = None


@given("att föreläggandet har följts i tid")
def foljt_i_tid(world: World) -> None:
    _pending(world)["foljt"] = True


@given(p("att åtgärderna vidtogs först {dag:Datum}"))
def vidtogs_sent(world: World, dag: date) -> None:
    _pending(world)["foljt_datum"] = dag.isoformat()


@given("att föreläggandet inte är förenat med vite")
def utan_vite(world: World) -> None:
    _pending(world)["vite_belopp"] = 0


@given("att det inte är fastställt om kommunen är part som företräder det allmänna i vitesmålet")
def okand_part_vitesmal(world: World) -> None:
    _pending(world)["allman_part"] = None


@given("att föreläggandet inte har delgivits")
def ej_delgivet(world: World) -> None:
    _pending(world)["delgivningsdatum"] = None


@given(
    "att föreläggandet meddelades enligt socialtjänstlagen (2001:453) och IVO har valt att inte "
    "verkställa sådana förelägganden efter den 1 juli 2025"
)
def gammalt_ej_verkstallbart(world: World) -> None:
    _pending(world)["gammalt_forelaggande_verkstallbart"] = False


@given("att prövningstillstånd inte krävs i kammarrätten i ett mål om utdömande av vite")
def pt_kravs_inte(world: World) -> None:
    _pending(world)["pt_kravs_i_kammarratten_vitesmal"] = False


@when(p("IVO {dag:Datum} ansöker hos {domstol:Namn} om utdömande av vitet"))
def ansoker_hos(world: World, dag: date, domstol: str) -> None:
    world.complete(APPLY, {"ansokan_datum": dag.isoformat(), "forvaltningsratt": domstol}, on=dag)


@when(p("IVO {dag:Datum} ansöker hos förvaltningsrätten om utdömande av vitet"))
def ansoker(world: World, dag: date) -> None:
    world.complete(APPLY, {"ansokan_datum": dag.isoformat()}, on=dag)


def _court(world: World, dag: date, delgiven: date, **data: Any) -> None:
    world.complete(
        COURT,
        {"fr_vitesdom_datum": dag.isoformat(), "vitesdom_delgiven": delgiven.isoformat(), **data},
        on=dag,
    )


@when(p("förvaltningsrätten {dag:Datum} dömer ut vitet och domen delges parterna {delgiven:Datum}"))
def domer_ut(world: World, dag: date, delgiven: date) -> None:
    _court(world, dag, delgiven)


@when(
    p(
        "förvaltningsrätten {dag:Datum} dömer ut vitet efter jämkning till {belopp:Belopp} "
        "och domen delges parterna {delgiven:Datum}"
    )
)
def domer_ut_jamkat(world: World, dag: date, belopp: int, delgiven: date) -> None:
    _court(world, dag, delgiven, sarskilda_skal_for_jamkning=True, utdomt_belopp=belopp)


@when(
    p(
        "förvaltningsrätten {dag:Datum} dömer ut vitet efter jämkning utan att ange något lägre "
        "belopp och domen delges parterna {delgiven:Datum}"
    )
)
def domer_ut_jamkat_utan_belopp(world: World, dag: date, delgiven: date) -> None:
    _court(world, dag, delgiven, sarskilda_skal_for_jamkning=True)


REASONS = {
    "föreläggandet saknar laga grund": {"lagligen_grundat": False},
    "föreläggandet inte har delgivits": {"delgivet": False},
    "föreläggandet inte har vunnit laga kraft": {"vunnit_laga_kraft": False},
    "föreläggandet var otydligt": {"tydligt": False},
    "föreläggandet inte har överträtts": {"overtratt": False},
    "kommunen saknade möjlighet att följa föreläggandet": {"hade_mojlighet_att_folja": False},
    "kommunen hade en giltig ursäkt": {"giltig_ursakt": True},
    "vitets ändamål har förfallit": {"andamal_kvarstar": False},
}


@when(
    p(
        "förvaltningsrätten {dag:Datum} avslår ansökan eftersom {skal} "
        "och domen delges parterna {delgiven:Datum}"
    )
)
def avslar(world: World, dag: date, skal: str, delgiven: date) -> None:
    assert skal in REASONS, f"okänt skäl: {skal}; kända: {', '.join(REASONS)}"
    _court(world, dag, delgiven, **REASONS[skal])


@when(p("IVO {dag:Datum} återkallar ansökan om utdömande"))
def aterkallar_ansokan(world: World, dag: date) -> None:
    world.message("ansokan_aterkallas", {"skal": "återkallad"}, on=dag, actor="IVO")


@when(p("{klagande} {dag:Datum} överklagar domen i vitesmålet"))
def overklagar_vitesdom(world: World, klagande: str, dag: date) -> None:
    world.message(
        "utdomandedomen_overklagas",
        {"inkom": dag.isoformat(), "klagande": klagande},
        on=dag,
        actor=klagande,
    )


@when(
    p(
        "{klagande} {dag:Datum} överklagar domen i vitesmålet, vars överklagandehänvisning var felaktig"
    )
)
def overklagar_vitesdom_felaktig(world: World, klagande: str, dag: date) -> None:
    world.message(
        "utdomandedomen_overklagas",
        {"inkom": dag.isoformat(), "klagande": klagande, "hanvisning_felaktig": True},
        on=dag,
        actor=klagande,
    )


@when(p("kammarrätten {dag:Datum} dömer ut vitet i vitesmålet"))
def kr_domer_ut(world: World, dag: date) -> None:
    world.complete(
        KR_JUDGMENT, {"kr_vitesmal_utfall": "utdomt", "kr_vitesdom_datum": dag.isoformat()}, on=dag
    )


@when(p("kammarrätten {dag:Datum} jämkar vitet i vitesmålet till {belopp:Belopp}"))
def kr_jamkar(world: World, dag: date, belopp: int) -> None:
    world.complete(
        KR_JUDGMENT,
        {
            "kr_vitesmal_utfall": "utdomt_jamkat",
            "kr_utdomt_belopp": belopp,
            "kr_vitesdom_datum": dag.isoformat(),
        },
        on=dag,
    )


@when(p("kammarrätten {dag:Datum} avslår ansökan i vitesmålet"))
def kr_avslar(world: World, dag: date) -> None:
    world.complete(
        KR_JUDGMENT,
        {"kr_vitesmal_utfall": "avslaget", "kr_vitesdom_datum": dag.isoformat()},
        on=dag,
    )


@then_sv("utdömt belopp", "vara {belopp:Belopp}")
def utdomt_belopp(world: World, belopp: int) -> None:
    got = world.case().data.get("utdomt_belopp")
    assert got == belopp, f"utdömt belopp är {got}"


@then_sv("skälet för utgången", "nämna {text:Namn}")
def skalet(world: World, text: str) -> None:
    data = world.case().data
    reason = " ".join(str(data.get(k) or "") for k in ("utdomande_skal", "ansokan_hinder"))
    assert text in reason, f"skälet är: {reason or 'inget'}"


__all__ = [name for name in dir() if name.startswith("pytestbdd_")]
