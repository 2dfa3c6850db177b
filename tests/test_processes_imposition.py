"""utdomande_av_vite (P5): the preconditions (utdomande.dmn), the court's checklist
(utdomande_provning.dmn), every end state, jämkning, the appeal of the judgment, the rules of
28 kap. 15 and 19 §§ SoL — and the Linköping 2014 example."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from injunction_support import Run
from ivo_flow.run_cmd import load_script, play

CASE = "vite"
ROOT = Path(__file__).resolve().parents[1]
BASE: dict[str, Any] = {
    "adressat": "Socialnämnden i Oskarshamns kommun",
    "kommun": "Oskarshamns kommun",
    "beslutsdatum": "2014-10-01",
    "delgivningsdatum": "2014-10-03",
    "atgardsfrist": "2015-01-19",
    "vite_belopp": 1_000_000,
    "laga_kraft_datum": "2015-03-25",
    "foljt": False,
    "allman_part": False,
}
# The court's judgment of Monday 1 June 2015, received by the municipality on Wednesday 3 June.
JUDGMENT = {"fr_vitesdom_datum": "2015-06-01", "vitesdom_delgiven": "2015-06-03"}


@pytest.fixture
def run(tmp_path: Path) -> Iterator[Run]:
    r = Run(tmp_path, "2015-04-01")
    yield r
    r.close()


def applied(run: Run, **overrides: Any) -> None:
    run.start("utdomande_av_vite", CASE, {**BASE, **overrides})
    assert run.waiting(CASE) == {"ansok_om_utdomande"}
    run.complete(CASE, "ansok_om_utdomande", {"forvaltningsratt": "Förvaltningsrätten i Växjö"})
    assert run.waiting(CASE) == {"forvaltningsratten_provar_ansokan"}


def rules(run: Run, element_id: str) -> list[str]:
    return [
        rule["description"]
        for e in run.history(CASE)
        if e.element_id == element_id and e.kind == "decision"
        for rule in e.data["dmn"]["rules"]
    ]


@pytest.mark.parametrize(
    ("overrides", "hinder", "lagrum"),
    [
        ({"vite_belopp": 0}, "inte förenat med vite", "6 § lag (1985:206) om viten"),
        ({"delgivningsdatum": None}, "inte delgivits", "2 § fjärde stycket lag (1985:206)"),
        ({"laga_kraft_datum": None}, "inte vunnit laga kraft", "mål 4429–4430-22"),
        ({"laga_kraft_datum": "2015-05-04"}, "inte vunnit laga kraft", "16 kap. 4 §"),
        ({"atgardsfrist": "2015-04-01"}, "har inte gått ut", "2 § första stycket"),
        ({"foljt": True}, "har följts i tid", "6 § lag (1985:206) om viten"),
    ],
    ids=["no-vite", "not-served", "not-final", "final-later", "deadline-today", "complied"],
)
def test_no_application_unless_every_precondition_holds(
    run: Run, overrides: dict[str, Any], hinder: str, lagrum: str
) -> None:
    run.start("utdomande_av_vite", CASE, {**BASE, **overrides})
    assert run.end(CASE) == "ansokan_far_inte_goras"
    data = run.data(CASE)
    assert data["ansokan_tillaten"] is False and hinder in data["ansokan_hinder"]
    assert lagrum in data["ansokan_lagrum"]
    assert run.path(CASE) == ["utdomande_overvags", "ansokan_far_inte_goras"]
    assert rules(run, "far_ansokan_goras")  # the rule that decided is in the trail


def test_an_injunction_under_the_repealed_law_after_1_july_2025_is_a_visible_choice(
    tmp_path: Path,
) -> None:
    run = Run(tmp_path, "2025-08-01")
    old = {**BASE, "beslutsdatum": "2025-03-03", "delgivningsdatum": "2025-03-04"}
    old.update(atgardsfrist="2025-05-30", laga_kraft_datum="2025-03-26")
    run.start("utdomande_av_vite", CASE, old)  # default: gammalt_forelaggande_verkstallbart true
    assert run.waiting(CASE) == {"ansok_om_utdomande"}
    assert any(
        "OVERIFIERAT" in w and "gammalt_forelaggande_verkstallbart = True" in w
        for w in run.data(CASE)["utdomande_varningar"]
    )
    run.start("utdomande_av_vite", "nej", {**old, "gammalt_forelaggande_verkstallbart": False})
    assert run.end("nej") == "ansokan_far_inte_goras"
    assert "OVERIFIERAT" in run.data("nej")["ansokan_hinder"]
    run.close()


def test_the_fine_is_imposed_and_final_after_three_weeks(run: Run) -> None:
    applied(run)
    run.complete(CASE, "forvaltningsratten_provar_ansokan", JUDGMENT, on="2015-06-01")
    assert rules(run, "domstolens_provning") == ["Alla villkor är uppfyllda."]
    assert run.timers(CASE) == {"utdomandedomen_vinner_laga_kraft": date(2015, 6, 24)}
    run.on("2015-06-25")
    assert run.end(CASE) == "vite_utdomt"
    data = run.data(CASE)
    assert (data["utdomande_utfall"], data["utdomt_belopp"]) == ("utdomt", 1_000_000)
    assert data["utdomande_laga_kraft_datum"] == "2015-06-25"
    assert data["utdomande_lagrum"] == "6 § lag (1985:206) om viten"
    assert data["sanktionsavgift_sparr"] is False
    assert run.path(CASE) == [
        "utdomande_overvags",
        "ansok_om_utdomande",
        "forvaltningsratten_provar_ansokan",
        "utdomandedomen_vinner_laga_kraft",
        "vite_utdomt",
    ]


def test_late_compliance_does_not_prevent_imposition_but_may_reduce_it(run: Run) -> None:
    applied(run, foljt_datum="2015-02-15")
    assert any("efter fristen" in w for w in run.data(CASE)["utdomande_varningar"])
    court = {**JUDGMENT, "sarskilda_skal_for_jamkning": True, "utdomt_belopp": 300_000}
    run.complete(CASE, "forvaltningsratten_provar_ansokan", court, on="2015-06-01")
    run.on("2015-06-25")
    assert run.end(CASE) == "vite_utdomt_jamkat"
    data = run.data(CASE)
    assert (data["utdomande_utfall"], data["utdomt_belopp"]) == ("utdomt_jamkat", 300_000)
    assert "jämkas" in data["utdomande_skal"]


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ({"andamal_kvarstar": False}, "ändamål har förfallit"),
        ({"tydligt": False}, "otydligt"),
        ({"hade_mojlighet_att_folja": False}, "saknade faktisk eller rättslig möjlighet"),
        ({"giltig_ursakt": True}, "giltig ursäkt"),
        ({"overtratt": False}, "inte överträtts"),
    ],
    ids=["purpose-lapsed", "unclear", "no-possibility", "valid-excuse", "no-breach"],
)
def test_the_court_rejects_the_application(run: Run, answer: dict[str, Any], reason: str) -> None:
    applied(run)
    run.complete(CASE, "forvaltningsratten_provar_ansokan", {**JUDGMENT, **answer}, on="2015-06-01")
    # only IVO lost: three weeks from the judgment day (a party representing the public interest)
    assert run.timers(CASE) == {"utdomandedomen_vinner_laga_kraft": date(2015, 6, 22)}
    run.on("2015-06-23")
    assert run.end(CASE) == "ansokan_avslagen"
    data = run.data(CASE)
    assert (data["utdomande_utfall"], data["utdomt_belopp"]) == ("avslaget", 0)
    assert reason in data["utdomande_skal"]


def test_ivo_withdraws_the_application(run: Run) -> None:
    applied(run)
    run.message(
        CASE, "ansokan_aterkallas", {"skal": "nämnden har följt föreläggandet"}, on="2015-05-04"
    )
    assert run.end(CASE) == "ansokan_aterkallad"
    assert run.path(CASE)[-2:] == ["ansokan_aterkallas", "ansokan_aterkallad"]


def test_an_appeal_to_the_court_of_appeal_that_is_refused_leave(run: Run) -> None:
    applied(run)
    run.complete(CASE, "forvaltningsratten_provar_ansokan", JUDGMENT, on="2015-06-01")
    run.message(CASE, "utdomandedomen_overklagas", {"inkom": "2015-06-10"}, on="2015-06-10")
    assert run.waiting(CASE) == {"provningstillstand_vitesmal"}  # the default: leave required
    refusal = {"pt_beviljat_vitesmal": False, "kr_vitesbeslut_datum": "2015-09-01"}
    run.complete(CASE, "provningstillstand_vitesmal", refusal, on="2015-09-01")
    assert run.end(CASE) == "vite_utdomt"
    data = run.data(CASE)
    assert data["utdomande_laga_kraft_datum"] == "2015-09-01"
    assert any("inte modellerat" in w for w in data["utdomande_varningar"])


def test_without_leave_to_appeal_the_court_of_appeal_decides(run: Run) -> None:
    applied(run, pt_kravs_i_kammarratten_vitesmal=False)
    run.complete(CASE, "forvaltningsratten_provar_ansokan", JUDGMENT, on="2015-06-01")
    run.message(CASE, "utdomandedomen_overklagas", {"inkom": "2015-06-10"}, on="2015-06-10")
    assert run.waiting(CASE) == {"kammarrattens_dom_vitesmal"}
    judgment = {
        "kr_vitesmal_utfall": "utdomt_jamkat",
        "kr_utdomt_belopp": 400_000,
        "kr_vitesdom_datum": "2015-10-01",
        "kr_vitesdom_delgiven": "2015-10-02",
    }
    run.complete(CASE, "kammarrattens_dom_vitesmal", judgment, on="2015-10-01")
    assert run.end(CASE) == "vite_utdomt_jamkat"
    data = run.data(CASE)
    assert data["utdomt_belopp"] == 400_000
    assert data["utdomande_laga_kraft_datum"] == "2015-10-24"  # 3 weeks from 2 October + 1


def test_a_running_vite_is_imposed_per_breach(run: Run) -> None:
    applied(run, vite_typ="lopande", vite_belopp=100_000)
    court = {**JUDGMENT, "antal_overtradelser": 3}
    run.complete(CASE, "forvaltningsratten_provar_ansokan", court, on="2015-06-01")
    run.on("2015-06-25")
    assert run.end(CASE) == "vite_utdomt"
    assert run.data(CASE)["utdomt_belopp"] == 300_000


def test_from_2026_no_sanktionsavgift_for_the_breach_applied_for(tmp_path: Path) -> None:
    run = Run(tmp_path, "2026-03-02")
    new = {**BASE, "beslutsdatum": "2025-09-01", "delgivningsdatum": "2025-09-02"}
    new.update(atgardsfrist="2025-12-01", laga_kraft_datum="2025-09-24")
    run.start("utdomande_av_vite", CASE, new)
    run.complete(CASE, "ansok_om_utdomande")
    data = run.data(CASE)
    assert data["ansokan_datum"] == "2026-03-02" and data["sanktionsavgift_sparr"] is True
    assert "28 kap. 19 § socialtjänstlagen (2025:400)" in data["regel_sanktionsavgift"]
    assert "28 kap. 15 § socialtjänstlagen (2025:400)" in data["regel_vite_ej_fangelse"]
    registered = next(e for e in run.history(CASE) if e.element_id == "ansokan_registrerad")
    assert "28 kap. 19 § socialtjänstlagen (2025:400)" in registered.legal_basis
    run.close()


def test_linkoping_2014_the_application_is_rejected_as_the_injunction_was_unclear(
    tmp_path: Path,
) -> None:
    script = load_script(ROOT / "examples" / "linkoping-2014.toml")
    run = Run(tmp_path, script.start.isoformat())
    play(run.wf, script)
    assert run.end(script.case) == "ansokan_avslagen"
    data = run.data(script.case)
    assert data["vite_belopp"] == 1_000_000 and data["utdomande_utfall"] == "avslaget"
    assert "otydligt" in data["utdomande_skal"]
    assert data["utdomande_lagrum"].startswith("13 kap. 8 § socialtjänstlagen (2001:453)")
    assert run.path(script.case) == [
        "utdomande_overvags",
        "ansok_om_utdomande",
        "forvaltningsratten_provar_ansokan",
        "utdomandedomen_vinner_laga_kraft",
        "ansokan_avslagen",
    ]
    run.close()
