"""Memo phrases of the courts: the appeal (processes/overklagande.bpmn) from IVO's timeliness
check through förvaltningsrätten, kammarrätten and Högsta förvaltningsdomstolen.

The appeal runs inside the case of the decision appealed (an injunction or a prohibition), so
these phrases act on whatever case the scenario is about. Where the same act exists in the
appeal of the decision and in the appeal of the judgment on the fine (utdomande_av_vite.bpmn),
the phrase completes whichever waits.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import parse
from pytest_bdd import given, when

from steps.vocabulary import TYPES, World, p

TIMELY = {
    "IVO": ("avgor_allman_part",),
    "förvaltningsrätten": ("fr_avgor_allman_part", "fr_avgor_allman_part_vitesmal"),
    "kammarrätten": ("kr_avgor_allman_part",),
}
OUTCOMES = {"fastställer": "fastställt", "upphäver": "upphävt"}


@parse.with_pattern(r"föreläggandet|förbudet|beslutet|IVO:s beslut")
def parse_beslut(text: str) -> str:
    return text


@parse.with_pattern(r"fastställer|upphäver")
def parse_utgang(text: str) -> str:
    return OUTCOMES[text]


@parse.with_pattern(r"IVO|förvaltningsrätten|kammarrätten")
def parse_instans(text: str) -> str:
    return text


@parse.with_pattern(r"kommunen|IVO")
def parse_klagande(text: str) -> str:
    return text


COURT_TYPES = {
    **TYPES,
    "Beslut": parse_beslut,
    "Utgang": parse_utgang,
    "Instans": parse_instans,
    "Klagande": parse_klagande,
}


def c(pattern: str) -> Any:
    from pytest_bdd import parsers

    return parsers.cfparse(pattern, extra_types=COURT_TYPES)


def complete_any(world: World, ids: tuple[str, ...], data: dict[str, Any], dag: date) -> None:
    case_id = world.case_id  # starts a case whose facts were still being collected
    world.on(dag)
    waiting = {t.element_id for t in world.wf.tasks(case_id)}
    for element_id in ids:
        if element_id in waiting:
            world.complete(element_id, data, on=dag)
            return
    world.ready(ids[0])


# -- IVO ------------------------------------------------------------------------------------


@given(p("att IVO {dag:Datum} har överlämnat överklagandet till förvaltningsrätten"))
@when(p("IVO {dag:Datum} överlämnar överklagandet till förvaltningsrätten"))
def overlamnar(world: World, dag: date) -> None:
    world.complete("overlamna_till_forvaltningsratten", {}, on=dag)


@when(p("IVO {dag:Datum} överlämnar överklagandet till {domstol:Namn}"))
def overlamnar_till(world: World, dag: date, domstol: str) -> None:
    world.complete("overlamna_till_forvaltningsratten", {"forvaltningsratt": domstol}, on=dag)


@when(c("{instans:Instans} {dag:Datum} avgör att kommunen är part som företräder det allmänna"))
def avgor_allman_part(world: World, instans: str, dag: date) -> None:
    complete_any(world, TIMELY[instans], {"allman_part": True}, dag)


@when(
    c("{instans:Instans} {dag:Datum} avgör att kommunen inte är part som företräder det allmänna")
)
def avgor_inte_allman_part(world: World, instans: str, dag: date) -> None:
    complete_any(world, TIMELY[instans], {"allman_part": False}, dag)


@when(c("{instans:Instans} {dag:Datum} avvisar överklagandet"))
def avvisar(world: World, instans: str, dag: date) -> None:
    ids = {
        "IVO": ("avvisa_overklagandet",),
        "förvaltningsrätten": ("fr_avvisar_overklagandet", "fr_avvisar_overklagandet_vitesmal"),
        "kammarrätten": ("kr_avvisar_overklagandet",),
    }[instans]
    complete_any(world, ids, {}, dag)


# -- förvaltningsrätten -------------------------------------------------------------------------


@when(p("förvaltningsrätten {dag:Datum} beviljar inhibition"))
def beviljar_inhibition(world: World, dag: date) -> None:
    world.complete(
        "provning_av_inhibition",
        {"inhibition_beviljad": True, "inhibition_datum": dag.isoformat()},
        on=dag,
    )


@when(p("förvaltningsrätten {dag:Datum} avslår yrkandet om inhibition"))
def avslar_inhibition(world: World, dag: date) -> None:
    world.complete("provning_av_inhibition", {"inhibition_beviljad": False}, on=dag)


def _fr_judgment(world: World, dag: date, delgiven: date, **data: Any) -> None:
    world.complete(
        "forvaltningsrattens_dom",
        {"fr_domsdatum": dag.isoformat(), "dom_delgiven": delgiven.isoformat(), **data},
        on=dag,
    )


@when(
    c(
        "förvaltningsrätten {dag:Datum} {utgang:Utgang} {beslut:Beslut} "
        "och domen delges parterna {delgiven:Datum}"
    )
)
def fr_dom(world: World, dag: date, utgang: str, beslut: str, delgiven: date) -> None:
    _fr_judgment(world, dag, delgiven, utgang=utgang)


@when(c("förvaltningsrätten {dag:Datum} {utgang:Utgang} {beslut:Beslut}"))
def fr_dom_samma_dag(world: World, dag: date, utgang: str, beslut: str) -> None:
    _fr_judgment(world, dag, dag, utgang=utgang)


@when(
    c(
        "förvaltningsrätten {dag:Datum} ändrar föreläggandet så att åtgärderna ska vara vidtagna "
        "senast {frist:Datum} och vitet är {belopp:Belopp}"
    )
)
def fr_andrar(world: World, dag: date, frist: date, belopp: int) -> None:
    _fr_judgment(
        world,
        dag,
        dag,
        utgang="ändrat",
        ny_atgardsfrist=frist.isoformat(),
        nytt_vite_belopp=belopp,
    )


@when(
    c(
        "förvaltningsrätten {dag:Datum} ändrar föreläggandet så att åtgärderna ska vara vidtagna "
        "senast {frist:Datum} och vitet är {belopp:Belopp}, och domen delges parterna "
        "{delgiven:Datum}"
    )
)
def fr_andrar_delges(world: World, dag: date, frist: date, belopp: int, delgiven: date) -> None:
    _fr_judgment(
        world,
        dag,
        delgiven,
        utgang="ändrat",
        ny_atgardsfrist=frist.isoformat(),
        nytt_vite_belopp=belopp,
    )


@when(p("förvaltningsrätten {dag:Datum} meddelar dom utan att ange utgången"))
def fr_utan_utgang(world: World, dag: date) -> None:
    world.attempt(lambda: _fr_judgment(world, dag, dag, utgang=""))


@when(c("{klagande:Klagande} {dag:Datum} överklagar förvaltningsrättens dom"))
def overklagar_fr(world: World, klagande: str, dag: date) -> None:
    world.message(
        "fr_domen_overklagas",
        {"inkom": dag.isoformat(), "klagande": klagande},
        on=dag,
        actor=klagande,
    )


@when(
    c(
        "{klagande:Klagande} {dag:Datum} överklagar förvaltningsrättens dom, "
        "vars överklagandehänvisning var felaktig"
    )
)
def overklagar_fr_felaktig(world: World, klagande: str, dag: date) -> None:
    world.message(
        "fr_domen_overklagas",
        {"inkom": dag.isoformat(), "klagande": klagande, "hanvisning_felaktig": True},
        on=dag,
        actor=klagande,
    )


# -- kammarrätten -------------------------------------------------------------------------------


@when(p("kammarrätten {dag:Datum} meddelar prövningstillstånd"))
def kr_pt(world: World, dag: date) -> None:
    complete_any(
        world,
        ("provningstillstand_kammarratten", "provningstillstand_vitesmal"),
        {
            "pt_beviljat": True,
            "pt_beviljat_vitesmal": True,
            "kr_beslutsdatum": dag.isoformat(),
            "kr_vitesbeslut_datum": dag.isoformat(),
        },
        dag,
    )


@when(p("kammarrätten {dag:Datum} meddelar inte prövningstillstånd"))
def kr_inte_pt(world: World, dag: date) -> None:
    complete_any(
        world,
        ("provningstillstand_kammarratten", "provningstillstand_vitesmal"),
        {
            "pt_beviljat": False,
            "pt_beviljat_vitesmal": False,
            "kr_beslutsdatum": dag.isoformat(),
            "kr_beslut_delgiven": dag.isoformat(),
            "kr_vitesbeslut_datum": dag.isoformat(),
        },
        dag,
    )


def _kr_judgment(world: World, dag: date, delgiven: date, **data: Any) -> None:
    world.complete(
        "kammarrattens_dom",
        {"kr_domsdatum": dag.isoformat(), "kr_dom_delgiven": delgiven.isoformat(), **data},
        on=dag,
    )


@when(
    c(
        "kammarrätten {dag:Datum} {utgang:Utgang} {beslut:Beslut} "
        "och domen delges parterna {delgiven:Datum}"
    )
)
def kr_dom(world: World, dag: date, utgang: str, beslut: str, delgiven: date) -> None:
    _kr_judgment(world, dag, delgiven, kr_utgang=utgang)


@when(c("kammarrätten {dag:Datum} {utgang:Utgang} {beslut:Beslut}"))
def kr_dom_samma_dag(world: World, dag: date, utgang: str, beslut: str) -> None:
    _kr_judgment(world, dag, dag, kr_utgang=utgang)


@when(
    c(
        "kammarrätten {dag:Datum} ändrar föreläggandet så att åtgärderna ska vara vidtagna "
        "senast {frist:Datum} och vitet är {belopp:Belopp}"
    )
)
def kr_andrar(world: World, dag: date, frist: date, belopp: int) -> None:
    _kr_judgment(
        world,
        dag,
        dag,
        kr_utgang="ändrat",
        ny_atgardsfrist=frist.isoformat(),
        nytt_vite_belopp=belopp,
    )


@when(
    c(
        "kammarrätten {dag:Datum} ändrar föreläggandet så att åtgärderna ska vara vidtagna "
        "senast {frist:Datum} och vitet är {belopp:Belopp}, och domen delges parterna "
        "{delgiven:Datum}"
    )
)
def kr_andrar_delges(world: World, dag: date, frist: date, belopp: int, delgiven: date) -> None:
    _kr_judgment(
        world,
        dag,
        delgiven,
        kr_utgang="ändrat",
        ny_atgardsfrist=frist.isoformat(),
        nytt_vite_belopp=belopp,
    )


@when(p("kammarrätten {dag:Datum} meddelar dom utan att ange utgången"))
def kr_utan_utgang(world: World, dag: date) -> None:
    world.attempt(lambda: _kr_judgment(world, dag, dag, kr_utgang=""))


@when(c("{klagande:Klagande} {dag:Datum} överklagar kammarrättens avgörande"))
def overklagar_kr(world: World, klagande: str, dag: date) -> None:
    world.message(
        "kr_avgorandet_overklagas",
        {"inkom": dag.isoformat(), "klagande": klagande},
        on=dag,
        actor=klagande,
    )


@when(
    c(
        "{klagande:Klagande} {dag:Datum} överklagar kammarrättens avgörande, "
        "vars överklagandehänvisning var felaktig"
    )
)
def overklagar_kr_felaktig(world: World, klagande: str, dag: date) -> None:
    world.message(
        "kr_avgorandet_overklagas",
        {"inkom": dag.isoformat(), "klagande": klagande, "hanvisning_felaktig": True},
        on=dag,
        actor=klagande,
    )


# -- Högsta förvaltningsdomstolen ----------------------------------------------------------------


@when(p("Högsta förvaltningsdomstolen {dag:Datum} meddelar prövningstillstånd"))
def hfd_pt(world: World, dag: date) -> None:
    world.complete(
        "provningstillstand_hfd",
        {"pt_beviljat_hfd": True, "hfd_beslutsdatum": dag.isoformat()},
        on=dag,
    )


@when(p("Högsta förvaltningsdomstolen {dag:Datum} meddelar inte prövningstillstånd"))
def hfd_inte_pt(world: World, dag: date) -> None:
    world.complete(
        "provningstillstand_hfd",
        {"pt_beviljat_hfd": False, "hfd_beslutsdatum": dag.isoformat()},
        on=dag,
    )


@when(c("Högsta förvaltningsdomstolen {dag:Datum} {utgang:Utgang} {beslut:Beslut}"))
def hfd_dom(world: World, dag: date, utgang: str, beslut: str) -> None:
    world.complete(
        "hogsta_forvaltningsdomstolens_dom",
        {"hfd_utgang": utgang, "hfd_domsdatum": dag.isoformat()},
        on=dag,
    )


@when(
    c(
        "Högsta förvaltningsdomstolen {dag:Datum} ändrar föreläggandet så att åtgärderna ska vara "
        "vidtagna senast {frist:Datum} och vitet är {belopp:Belopp}"
    )
)
def hfd_andrar(world: World, dag: date, frist: date, belopp: int) -> None:
    world.complete(
        "hogsta_forvaltningsdomstolens_dom",
        {
            "hfd_utgang": "ändrat",
            "hfd_domsdatum": dag.isoformat(),
            "ny_atgardsfrist": frist.isoformat(),
            "nytt_vite_belopp": belopp,
        },
        on=dag,
    )


@when(p("Högsta förvaltningsdomstolen {dag:Datum} meddelar dom utan att ange utgången"))
def hfd_utan_utgang(world: World, dag: date) -> None:
    world.attempt(
        lambda: world.complete(
            "hogsta_forvaltningsdomstolens_dom",
            {"hfd_utgang": "", "hfd_domsdatum": dag.isoformat()},
            on=dag,
        )
    )


__all__ = [name for name in dir() if name.startswith("pytestbdd_")]
