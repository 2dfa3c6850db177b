"""Patterns across cases (issue 8, seed 003): each signal found with its evidence — and not found
outside the window or for another organisation — the decision table ``monster`` deciding the
recommendation (a row changed in a copy of the table changes it), the JSON of ``ivo-flow
patterns``, its one-line errors, and the facade reading the store without the engine."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from ivo_flow.main import cli
from processes_support import PROCESSES, Cases, noon

from ivo_workflow import SimulatedClock, Workflows
from ivo_workflow.patterns import Pattern, PatternReport, add_months, default_since
from ivo_workflow.store import Store

FARSTA = {
    "kommun": "Stockholms stad",
    "organisation": "Stockholms stad, Farsta stadsdelsnämnd",
    "adressat": "Farsta stadsdelsnämnd",
    "verksamhetsomrade": "socialt utsatta",
}
SKARHOLMEN = {
    "kommun": "Stockholms stad",
    "organisation": "Stockholms stad, Skärholmens stadsdelsnämnd",
    "adressat": "Skärholmens stadsdelsnämnd",
    "verksamhetsomrade": "socialt utsatta",
}
PLACERINGAR = "avslut av placeringar på stödboende"
BEMOTANDE = "bemötande"

_MODELS = {p.stem for p in PROCESSES.glob("*.bpmn")}
needs = pytest.mark.skipif(
    not {"inkommande_uppgifter", "tillsyn"} <= _MODELS,
    reason="waits for processes/inkommande_uppgifter.bpmn and tillsyn.bpmn (issue 3)",
)


@pytest.fixture
def cases(tmp_path: Path) -> Iterator[Cases]:
    c = Cases(tmp_path, "2017-01-02")
    yield c
    c.close()


def _day(text: str, days: int = 0) -> str:
    return (date.fromisoformat(text) + timedelta(days=days)).isoformat()


def complaint(
    cases: Cases, case_id: str, day: str, org: dict[str, str] = FARSTA, ground: str = PLACERINGAR
) -> None:
    """A complaint from Equal, registered and closed without action (IVO's usual answer)."""
    cases.on(day)
    data = {"kalla": "klagomal", **org, "sakfraga": ground, "uppgiftslamnare": "Equal"}
    cases.start("inkommande_uppgifter", case_id, {**data, "inkom": day})
    cases.complete(case_id, "registrera_uppgifterna", {"dnr": f"3.5.1-{case_id}"})
    cases.complete(case_id, "bedom_uppgifterna", {"stallningstagande": "ingen_atgard"})


def supervision(
    cases: Cases,
    case_id: str,
    day: str,
    decision: dict[str, Any],
    org: dict[str, str] = FARSTA,
    ground: str = PLACERINGAR,
) -> str:
    """A supervision decided two weeks after ``day``; returns the decision day."""
    cases.on(day)
    cases.start("tillsyn", case_id, {**org, "sakfraga": ground, "tillsyn_dnr": f"8.1-{case_id}"})
    cases.complete(case_id, "avgransa_tillsynen", {"omfattning": ground})
    cases.complete(case_id, "valj_utredningsatgard", {"nasta_steg": "kommunicera"})
    cases.complete(case_id, "kommunicera_forslag", {"synpunkter_senast": _day(day, 13)})
    decided = _day(day, 14)
    cases.on(decided)
    cases.complete(case_id, "besluta_i_tillsynsarendet", {**decision, "beslutsdatum": decided})
    return decided


def follow_up(cases: Cases, case_id: str, day: str, account_by: str, **data: Any) -> None:
    """A follow-up of demands decided on ``day`` (the process on its own)."""
    cases.on(day)
    start = {**FARSTA, "beslutsdatum": day, "redovisning_senast": account_by, "krav": "åtgärda"}
    cases.start("uppfoljning", case_id, {**start, **data})


def injunction_not_complied(cases: Cases, case_id: str, day: str, org: dict[str, str]) -> None:
    """An injunction served, final, not complied with by its deadline (checked after it)."""
    cases.on(day)
    data = {
        **org,
        "beslutsdatum": day,
        "atgarder": "placeringar avslutas inte utan utredning, bedömning och beslut",
        "atgardsfrist": _day(day, 60),
        "vite_belopp": 500_000,
        "allman_part": None,
    }
    cases.start("forelaggande", case_id, data)
    cases.complete(case_id, "delge_forelaggandet", {"delgivningsdatum": _day(day, 2)})
    cases.on(_day(day, 61))
    cases.complete(case_id, "kontrollera_efterlevnad", {"foljt": False})
    cases.on(_day(day, 80))


def only(report: PatternReport, org: dict[str, str] = FARSTA) -> Pattern:
    found = report.for_organisation(org["organisation"])
    assert len(found) == 1, [p.id for p in report.patterns]
    return found[0]


def evidence(pattern: Pattern, kind: str) -> list[tuple[str, str, str]]:
    return [
        (e.case_id, e.date.isoformat(), e.element_id)
        for s in pattern.signal(kind)
        for e in s.evidence
    ]


def reasons(pattern: Pattern) -> list[tuple[str, str]]:
    return [(r.rule_id, r.recommendation) for r in pattern.recommendation.reasons]


# -- windows ---------------------------------------------------------------------------------


def test_months_and_the_default_window() -> None:
    assert add_months(date(2019, 1, 31), 1) == date(2019, 2, 28)
    assert add_months(date(2020, 2, 29), -24) == date(2018, 2, 28)
    assert default_since(date(2019, 9, 2)) == date(2017, 9, 3)
    assert default_since(date(2019, 9, 2), 12) == date(2018, 9, 3)


# -- complaints ------------------------------------------------------------------------------


@needs
def test_three_complaints_on_the_same_ground_within_24_months(cases: Cases) -> None:
    for n, day in enumerate(["2018-03-01", "2019-02-04", "2019-06-10"], start=1):
        complaint(cases, f"k{n}", day)
    complaint(cases, "b1", "2019-07-01", ground=BEMOTANDE)
    complaint(cases, "s1", "2019-07-02", org=SKARHOLMEN)
    report = cases.wf.patterns(as_of=date(2019, 9, 2))
    farsta = only(report)
    (same,) = [s for s in farsta.signal("klagomal_samma_grund") if s.ground == PLACERINGAR]
    assert same.count == 3
    assert (same.window_start, same.window_end) == (date(2018, 3, 1), date(2019, 6, 10))
    assert evidence(farsta, "klagomal_samma_grund")[:3] == [
        ("k1", "2018-03-01", "uppgifter_inkommer"),
        ("k2", "2019-02-04", "uppgifter_inkommer"),
        ("k3", "2019-06-10", "uppgifter_inkommer"),
    ]
    assert same.evidence[0].element_name == "Uppgifter inkommer till IVO"
    assert same.evidence[0].detail == f"Klagomål inkom ({PLACERINGAR})"
    # another ground is counted apart
    (other,) = [s for s in farsta.signal("klagomal_samma_grund") if s.ground == BEMOTANDE]
    assert other.count == 1 and other.case_ids == ("b1",)
    assert farsta.inputs["klagomal_samma_grund"] == 3
    assert farsta.recommendation.code == "ny_tillsyn"
    assert reasons(farsta) == [("monster_regel_2", "ny_tillsyn")]
    assert "28 kap. 1–3 §§ socialtjänstlagen (2025:400)" in farsta.recommendation.lagrum
    assert farsta.case_ids == ("b1", "k1", "k2", "k3")
    # Skärholmen's complaint is not Farsta's, and one complaint reaches no threshold
    skarholmen = only(report, SKARHOLMEN)
    assert skarholmen.case_ids == ("s1",)
    assert skarholmen.recommendation.code == "bevakning"
    assert [p.organisation for p in report.patterns] == [
        FARSTA["organisation"],
        SKARHOLMEN["organisation"],
    ]
    # --org keeps the organisations whose name contains the text (case and spacing ignored)
    assert [
        p.id for p in cases.wf.patterns("farsta  STADSDELSNÄMND", as_of=date(2019, 9, 2)).patterns
    ] == [f"{FARSTA['organisation']} / socialt utsatta"]
    assert cases.wf.patterns("Vällingby", as_of=date(2019, 9, 2)).patterns == ()


@needs
def test_complaints_outside_the_window_do_not_count(cases: Cases) -> None:
    for n, day in enumerate(["2017-01-02", "2018-06-01", "2019-08-01"], start=1):
        complaint(cases, f"k{n}", day)
    # the default period is the 24 months that end on the day looked at: k1 is before it
    report = cases.wf.patterns(as_of=date(2019, 9, 2))
    assert report.since == date(2017, 9, 3)
    farsta = only(report)
    assert evidence(farsta, "klagomal_samma_grund") == [
        ("k2", "2018-06-01", "uppgifter_inkommer"),
        ("k3", "2019-08-01", "uppgifter_inkommer"),
    ]
    assert farsta.recommendation.code == "bevakning"
    # a longer period lists all three, but no 24 months hold more than two of them
    longer = only(cases.wf.patterns(since=date(2016, 1, 1), as_of=date(2019, 9, 2)))
    (signal,) = longer.signal("klagomal_samma_grund")
    assert len(signal.evidence) == 3 and signal.count == 2
    assert longer.recommendation.code == "bevakning"
    # nothing after the day looked at counts
    assert cases.wf.patterns(since=date(2016, 1, 1), as_of=date(2017, 1, 1)).patterns == ()


# -- follow-ups ------------------------------------------------------------------------------


def test_accounts_late_or_missing_twice(cases: Cases) -> None:
    # the follow-up process on its own (no organisation key: the addressee names it)
    follow_up(cases, "u1", "2018-01-15", "2018-03-01")
    cases.on("2018-03-05")
    cases.complete(
        "u1", "bedom_uppfoljningen", {"val": "paminnelse", "ny_redovisning_senast": "2018-03-20"}
    )
    cases.on("2018-03-19")
    cases.message("u1", "redovisning_inkommer", {"inkom": "2018-03-19"})
    cases.complete("u1", "bedom_uppfoljningen", {"val": "godta"})
    report = cases.wf.patterns(as_of=date(2018, 6, 1))
    farsta = only(report)
    (late,) = farsta.signal("redovisning_sen_eller_saknas")
    assert late.count == 1
    assert (
        late.evidence[0].detail == "Redovisningen kom för sent: senast 2018-03-01, inkom 2018-03-19"
    )
    assert farsta.recommendation.code == "bevakning"  # once is not a pattern
    # a second follow-up whose account never comes
    follow_up(cases, "u2", "2018-06-01", "2018-08-31")
    cases.on("2018-09-10")
    farsta = only(cases.wf.patterns(as_of=date(2018, 9, 10)))
    assert evidence(farsta, "redovisning_sen_eller_saknas") == [
        ("u1", "2018-03-01", "redovisningsdagen_passerar"),
        ("u2", "2018-08-31", "redovisningsdagen_passerar"),
    ]
    (signal,) = farsta.signal("redovisning_sen_eller_saknas")
    assert signal.evidence[1].detail == "Redovisningen kom inte in senast 2018-08-31"
    assert signal.evidence[1].element_name == "Dagen för redovisning passerar"
    assert farsta.recommendation.code == "forelaggande_att_lamna_upplysningar"
    assert farsta.recommendation.action == (
        "Begäran om redovisning / föreläggande att lämna upplysningar"
    )
    assert farsta.recommendation.lagrum.startswith(
        "28 kap. 5 och 8 §§ socialtjänstlagen (2025:400)"
    )
    assert reasons(farsta) == [("monster_regel_3", "forelaggande_att_lamna_upplysningar")]


def test_insufficient_accounts_twice(cases: Cases) -> None:
    follow_up(cases, "u1", "2018-01-15", "2018-03-01")
    cases.on("2018-02-20")
    cases.message("u1", "redovisning_inkommer", {"inkom": "2018-02-20"})
    cases.complete(
        "u1",
        "bedom_uppfoljningen",
        {"val": "begar_komplettering", "ny_redovisning_senast": "2018-04-02"},
    )
    cases.on("2018-03-28")
    cases.message("u1", "redovisning_inkommer", {"inkom": "2018-03-28"})
    farsta = only(cases.wf.patterns(as_of=date(2018, 3, 28)))
    assert farsta.signal("redovisning_otillracklig")[0].count == 1
    reason = "Nämnden har inlett en genomlysning"
    cases.complete("u1", "bedom_uppfoljningen", {"val": "avsluta_utan_eskalering", "skal": reason})
    farsta = only(cases.wf.patterns(as_of=date(2018, 4, 3)))
    (signal,) = farsta.signal("redovisning_otillracklig")
    assert [e.detail for e in signal.evidence] == [
        "Redovisningen bedömdes otillräcklig: IVO begärde komplettering",
        "Redovisningen bedömdes otillräcklig: IVO avslutade uppföljningen utan eskalering",
    ]
    assert {e.element_id for e in signal.evidence} == {"uppfoljningsatgard"}
    assert farsta.signal("redovisning_sen_eller_saknas") == []  # both came in time
    assert farsta.recommendation.code == "ny_tillsyn"
    assert reasons(farsta) == [("monster_regel_4", "ny_tillsyn")]


# -- action plans, criticism, injunctions ------------------------------------------------------


@needs
def test_farsta_action_plan_not_followed_after_demands(cases: Cases) -> None:
    # 2018: a supervision finds deficiencies; Farsta promises an action plan by the year's end
    decided = supervision(
        cases,
        "t1",
        "2018-03-01",
        {"beslutstyp": "krav_pa_atgarder", "redovisning_senast": "2018-05-31", "krav": "utred"},
    )
    cases.on("2018-05-30")
    plan = {"inkom": "2018-05-30", "innehall": "åtgärdsplan", "atgardsplan_senast": "2018-12-31"}
    cases.message("t1", "redovisning_inkommer", plan)
    cases.complete("t1", "bedom_uppfoljningen", {"val": "godta"})
    # before the plan's day nothing shows it was not followed
    before = only(cases.wf.patterns(as_of=date(2018, 12, 30)))
    assert before.signal("atgardsplan_ej_foljd") == []
    assert evidence(before, "kritik_samma_grund") == [("t1", decided, "besluta_i_tillsynsarendet")]
    # after it: complaints on the same ground again
    complaint(cases, "k1", "2019-02-04")
    complaint(cases, "k2", "2019-05-06", ground=BEMOTANDE)  # another ground shows nothing
    farsta = only(cases.wf.patterns(as_of=date(2019, 6, 1)))
    (signal,) = farsta.signal("atgardsplan_ej_foljd")
    assert signal.count == 1
    assert [(e.case_id, e.date.isoformat(), e.detail) for e in signal.evidence] == [
        (
            "t1",
            "2018-12-31",
            "Åtgärdsplanen skulle vara genomförd senast 2018-12-31 (redovisningen inkom "
            f"2018-05-30; {PLACERINGAR})",
        ),
        ("k1", "2019-02-04", f"Efter 2018-12-31: klagomål inkom ({PLACERINGAR})"),
    ]
    assert signal.evidence[0].element_name == "Redovisningen inkommer"
    assert farsta.recommendation.code == "forelaggande_vid_vite"
    assert farsta.recommendation.action == "Föreläggande vid vite"
    assert "28 kap. 9 § socialtjänstlagen (2025:400)" in farsta.recommendation.lagrum
    assert "13 kap. 8 § socialtjänstlagen (2001:453)" in farsta.recommendation.lagrum
    assert reasons(farsta) == [("monster_regel_5", "forelaggande_vid_vite")]
    assert cases.wf.patterns("Skärholmen", as_of=date(2019, 6, 1)).patterns == ()
    # the case page shows the pattern of the case's organisation and its other cases
    page = cases.wf.case_page("t1")
    section = page[page.index('<section id="monster">') :]
    section = section[: section.index("</section>")]
    assert "<h2>Mönster och rekommendation</h2>" in section
    assert "<strong>Föreläggande vid vite</strong>" in section
    assert "tabellen monster, rad 5" in section
    assert (
        "Andra ärenden om organisationen: k1 (inkommande_uppgifter, 4 februari 2019), k2" in section
    )


@needs
def test_repeated_criticism_on_the_same_ground(cases: Cases) -> None:
    supervision(cases, "t1", "2018-01-08", {"beslutstyp": "kritik"})
    supervision(cases, "t2", "2018-02-05", {"beslutstyp": "kritik"}, ground=BEMOTANDE)
    farsta = only(cases.wf.patterns(as_of=date(2018, 3, 1)))
    assert farsta.inputs["kritik_samma_grund"] == 1
    assert farsta.recommendation.code == "bevakning"
    supervision(cases, "t3", "2019-01-07", {"beslutstyp": "allvarlig_kritik"})
    farsta = only(cases.wf.patterns(as_of=date(2019, 3, 1)))
    (same,) = [s for s in farsta.signal("kritik_samma_grund") if s.ground == PLACERINGAR]
    assert [(e.case_id, e.detail) for e in same.evidence] == [
        ("t1", f"Beslut med kritik ({PLACERINGAR})"),
        ("t3", f"Beslut med allvarlig kritik ({PLACERINGAR})"),
    ]
    assert farsta.inputs["allvarlig_kritik"] == 1
    assert farsta.recommendation.code == "forelaggande_vid_vite"
    assert reasons(farsta) == [("monster_regel_6", "forelaggande_vid_vite")]


def test_injunction_not_complied_with_and_serious(cases: Cases, tmp_path: Path) -> None:
    injunction_not_complied(cases, "f1", "2018-01-08", FARSTA)
    farsta = only(cases.wf.patterns(as_of=date(2018, 6, 1)))
    (signal,) = farsta.signal("forelaggande_ej_foljt")
    assert [(e.case_id, e.element_id, e.detail) for e in signal.evidence] == [
        ("f1", "fore_val_av_atgard", "Föreläggandet har inte följts")
    ]
    assert farsta.recommendation.code == "utdomande_av_vite"
    assert farsta.recommendation.lagrum.startswith("6 § lag (1985:206) om viten")
    if "tillsyn" in _MODELS:
        supervision(cases, "t1", "2018-06-04", {"beslutstyp": "allvarlig_kritik"})
        farsta = only(cases.wf.patterns(as_of=date(2018, 7, 1)))
        assert farsta.recommendation.code == "forbud"
        assert "28 kap. 11 § socialtjänstlagen (2025:400)" in farsta.recommendation.lagrum
        assert reasons(farsta) == [
            ("monster_regel_8", "forbud"),
            ("monster_regel_7", "utdomande_av_vite"),
        ]


# -- the table decides -----------------------------------------------------------------------


@needs
def test_the_thresholds_live_in_the_table(cases: Cases, tmp_path: Path) -> None:
    for n, day in enumerate(["2019-01-07", "2019-03-04", "2019-05-06"], start=1):
        complaint(cases, f"k{n}", day)
    as_of = date(2019, 6, 3)
    assert only(cases.wf.patterns(as_of=as_of)).recommendation.code == "ny_tillsyn"
    edited = tmp_path / "edited"
    shutil.copytree(tmp_path / "processes", edited)
    table = edited / "monster.dmn"
    row = '<inputEntry id="monster_regel_2_in_1"><text>&gt;= 3</text></inputEntry>'
    assert row in table.read_text(encoding="utf-8")

    def recommended(threshold: str) -> str:
        text = (tmp_path / "processes" / "monster.dmn").read_text(encoding="utf-8")
        table.write_text(text.replace(row, row.replace("&gt;= 3", threshold)), encoding="utf-8")
        clock = SimulatedClock(noon("2019-06-03"))
        with Workflows.open(tmp_path / "cases.db", clock=clock, processes=edited) as wf:
            return only(wf.patterns()).recommendation.code

    assert recommended("&gt;= 4") == "bevakning"
    assert recommended("&gt;= 3") == "ny_tillsyn"


def test_the_store_is_read_without_the_engine(
    cases: Cases, monkeypatch: pytest.MonkeyPatch
) -> None:
    follow_up(cases, "u1", "2018-01-15", "2018-03-01")
    follow_up(cases, "u2", "2018-01-16", "2018-03-02")
    cases.on("2018-03-05")

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("a case was loaded")

    monkeypatch.setattr(Store, "load", refuse)
    farsta = only(cases.wf.patterns(as_of=date(2018, 3, 5)))
    assert farsta.recommendation.code == "forelaggande_att_lamna_upplysningar"


def test_every_query_on_the_audit_trail_uses_the_partial_index(cases: Cases) -> None:
    """Only the events patterns read are indexed (audit_pattern, store.m006); each of its
    queries carries the index's term, or SQLite would scan the whole trail."""
    import sqlite3

    from ivo_workflow import patterns

    follow_up(cases, "u1", "2018-01-15", "2018-03-01")
    cases.on("2018-03-05")
    conn = cases.wf.store.conn
    queries: list[tuple[str, list[Any]]] = []

    class Recording:
        def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
            queries.append((sql, list(params)))
            return conn.execute(sql, params)

        def __getattr__(self, name: str) -> Any:
            return getattr(conn, name)

    patterns._read(Recording(), None, date(2017, 1, 1), date(2018, 3, 5))  # type: ignore[arg-type]
    on_audit = [(sql, params) for sql, params in queries if "FROM audit" in sql]
    assert len(on_audit) >= 4
    for sql, params in on_audit:
        plan = " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
        assert "INDEX audit_pattern" in plan, (sql, plan)
    indexed = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_pattern'").fetchone()[
        0
    ]
    assert patterns._INDEXED in indexed  # the migration's list is patterns.ELEMENTS, in order


def test_an_organisation_falls_back_to_the_addressee(cases: Cases) -> None:
    cases.on("2018-01-15")
    data = {"adressat": "Socialnämnden i Älmhults kommun", "kommun": "Älmhults kommun"}
    cases.start(
        "uppfoljning",
        "a1",
        {**data, "beslutsdatum": "2018-01-15", "redovisning_senast": "2018-03-01", "krav": "x"},
    )
    cases.on("2018-03-05")
    report = cases.wf.patterns(as_of=date(2018, 3, 5))
    assert [p.id for p in report.patterns] == [
        "Socialnämnden i Älmhults kommun / verksamhetsområde ej angivet"
    ]


# -- related cases -----------------------------------------------------------------------------


@needs
def test_related_cases_of_an_organisation(cases: Cases) -> None:
    complaint(cases, "k1", "2018-03-01")
    complaint(cases, "k2", "2018-04-02", ground=BEMOTANDE)
    complaint(cases, "s1", "2018-04-03", org=SKARHOLMEN)
    follow_up(cases, "u1", "2018-05-02", "2018-06-29", verksamhetsomrade="barn och unga")
    related = cases.wf.related_cases("stockholms stad,  farsta stadsdelsnämnd")
    assert [(r.id, r.process_id, r.ground) for r in related] == [
        ("k1", "inkommande_uppgifter", PLACERINGAR),
        ("k2", "inkommande_uppgifter", BEMOTANDE),
        ("u1", "uppfoljning", None),
    ]
    assert [r.id for r in cases.wf.related_cases(FARSTA["organisation"], "barn och unga")] == ["u1"]
    assert cases.wf.related_cases("Farsta") == []  # the organisation's name, not a part of it


# -- ivo-flow patterns -------------------------------------------------------------------------


def _cli(tmp_path: Path, *args: str) -> Any:
    base = ["--db", str(tmp_path / "cases.db"), "--processes", str(tmp_path / "processes")]
    return CliRunner().invoke(cli, [*base, "patterns", *args])


def test_cli_json(cases: Cases, tmp_path: Path) -> None:
    follow_up(cases, "u1", "2018-01-15", "2018-03-01")
    follow_up(cases, "u2", "2018-01-16", "2018-03-02")
    cases.on("2018-03-05")
    result = _cli(
        tmp_path, "--org", "Farsta", "--since", "2018-01-01", "--as-of", "2018-03-05", "--json"
    )
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.output)
    assert record["id"] == f"{FARSTA['organisation']} / socialt utsatta"
    assert (record["since"], record["as_of"], record["window_months"]) == (
        "2018-01-01",
        "2018-03-05",
        24,
    )
    assert record["recommendation"]["code"] == "forelaggande_att_lamna_upplysningar"
    assert record["recommendation"]["reasons"][0]["rule"] == "monster_regel_3"
    assert record["inputs"]["redovisning_sen_eller_saknas"] == 2
    (signal,) = record["signals"]
    assert signal["cases"] == ["u1", "u2"]
    assert signal["evidence"][0] == {
        "case_id": "u1",
        "date": "2018-03-01",
        "element_id": "redovisningsdagen_passerar",
        "element_name": "Dagen för redovisning passerar",
        "detail": "Redovisningen kom inte in senast 2018-03-01",
    }
    text = _cli(tmp_path, "--since", "2018-01-01", "--as-of", "2018-03-05")
    assert text.exit_code == 0, text.output
    assert (
        "Rekommendation: Begäran om redovisning / föreläggande att lämna upplysningar"
        in text.output
    )
    assert "2018-03-02  u2  Redovisningen kom inte in senast 2018-03-02" in text.output
    empty = _cli(tmp_path, "--org", "Vällingby", "--as-of", "2018-03-05", "--json")
    assert empty.exit_code == 0 and json.loads(empty.output) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2018-13-01"], "ivo-flow: cannot read the date '2018-13-01'"),
        (["--since", "30/3"], "ivo-flow: cannot read the date '30/3'"),
        (["--as-of", "igår"], "ivo-flow: cannot read the date 'igår'"),
        (
            ["--since", "2019-01-01", "--as-of", "2018-12-31"],
            "ivo-flow: --since 2019-01-01 is after the day looked at (2018-12-31)",
        ),
        (["--org", "  "], "ivo-flow: --org needs a name"),
    ],
)
def test_cli_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    Store(tmp_path / "cases.db").close()
    (tmp_path / "processes").mkdir()
    for source in PROCESSES.iterdir():
        if source.suffix in {".bpmn", ".dmn"}:
            shutil.copy(source, tmp_path / "processes")
    result = _cli(tmp_path, *args)
    assert result.exit_code == 2
    assert result.output.startswith(message)
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
