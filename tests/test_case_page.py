"""views.case_page (issue 6): one self-contained HTML page per case."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import OSKARSHAMN
from lxml import etree
from lxml import html as lxml_html
from views_case import CASE, oskarshamn

from ivo_workflow import ClockError, SimulatedClock, Workflows
from ivo_workflow.views.case_page import case_page_html, deadline_statuses

SVG_NS = "http://www.w3.org/2000/svg"


def page_of(tmp_path: Path, stage: str, now: datetime | None = None) -> str:
    wf, clock = oskarshamn(tmp_path / "cases.db", stage)
    with wf:
        if now is not None:
            clock.set(now)
        return wf.case_page(CASE)


def text_of(page: str) -> str:
    """The page's text as a reader sees it (tags dropped, entities decoded, spaces folded)."""
    body = page.split("</style>", 1)[-1]
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())
    return re.sub(r"\(\s+", "(", re.sub(r"\s+([),.:;])", r"\1", text))


def elements(page: str) -> dict[str, lxml_html.HtmlElement]:
    tree = lxml_html.fromstring(page)
    return {g.get("data-element-id"): g for g in tree.iter("g") if g.get("data-element-id")}


@pytest.fixture(scope="module")
def appealed(tmp_path_factory: pytest.TempPathFactory) -> str:
    return page_of(tmp_path_factory.mktemp("page"), "appealed")


def test_the_page_has_the_swedish_sections(appealed: str) -> None:
    assert appealed.startswith("<!DOCTYPE html>") and '<html lang="sv">' in appealed
    for heading in (
        "Uppgifter i ärendet",
        "Att göra nu",
        "Frister",
        "Beslut och lagrum",
        "Tidslinje",
        "Processkarta med ärendets läge",
        "Händelselogg",
    ):
        assert f">{heading}</h2>" in appealed, heading
    assert "<style>" in appealed and "@media print" in appealed and "size:A4" in appealed


def test_the_facts_of_the_case(appealed: str) -> None:
    text = text_of(appealed)
    assert f"Ärende {CASE}" in text
    assert "Föreläggande vid vite" in text
    for value in ("Socialnämnden i Oskarshamns kommun", "2015-01-19", "1000000", "2014-10-03"):
        assert value in text
    assert "allman_part (inte angivet)" in text  # unknown, not "None"
    # a deadline the process kept in its data reads as one, not as JSON
    assert "frist Sista dag onsdagen den 22 oktober 2014. Om klaganden" in text
    assert "Startat 1 oktober 2014 kl. 12.00" in text  # Stockholm time, Swedish


def test_deadlines_with_explanations_and_their_state(tmp_path: Path) -> None:
    page = page_of(tmp_path, "appealed", now=datetime(2015, 1, 25, 12, tzinfo=UTC))
    text = text_of(page)
    # the appeal period: armed, then withdrawn when the appeal came in on time
    assert "Överklagandetiden löper ut Sista dag onsdagen den 22 oktober 2014" in text
    assert "Tre veckor från onsdagen den 1 oktober 2014 löper ut" in text
    assert "Varning: OVERIFIERAT" in text
    # the compliance date has passed while the case still waits on its timer
    assert "Åtgärdsfristen löper ut Sista dag måndagen den 19 januari 2015" in text
    assert "IVO har bestämt i sitt beslut" in text
    tree = lxml_html.fromstring(page)
    status = {
        d.get("data-element-id"): d.get("data-status")
        for d in tree.iter("div")
        if d.get("data-status")
    }
    assert status == {"overklagandetiden_loper_ut": "met", "atgardsfristen_loper_ut": "overdue"}
    assert "Överskriden – ärendet väntar fortfarande" in text


def test_what_each_lane_must_do_now(appealed: str) -> None:
    text = text_of(appealed)
    assert "Förvaltningsrätten Förvaltningsrätten meddelar dom (forvaltningsrattens_dom)" in text
    assert "IVO Väntar på fristen Åtgärdsfristen löper ut" in text


def test_decisions_cite_their_statutes(appealed: str) -> None:
    text = text_of(appealed)
    section = text.split("Beslut och lagrum", 1)[1].split("Tidslinje", 1)[0]
    assert "Har överklagandet kommit in i rätt tid?" in section
    assert "Vägen: ja → Överlämna överklagandet till förvaltningsrätten" in section
    assert "Utgick från: i_ratt_tid = ja" in section
    assert "45 § förvaltningslagen (2017:900)" in section or "24 § förvaltningslagen" in section
    assert "delgivningsdatum = 2014-10-03" in section


def test_the_timeline_is_dated_in_swedish(appealed: str) -> None:
    section = text_of(appealed).split("Tidslinje", 1)[1].split("Processkarta", 1)[0]
    assert "3 oktober 2014 kl. 12.00 – IVO: Delge föreläggandet" in section
    assert "20 oktober 2014 kl. 12.00 – Kommunen (socialnämnden): Överklagande inkommer" in section
    assert "måndagen den 19 januari 2015 – sista dag: Åtgärdsfristen löper ut" in section
    assert section.index("Nu") < section.index("19 januari 2015 – sista dag")


def test_the_diagram_shows_where_the_case_is(appealed: str) -> None:
    drawn = elements(appealed)
    waiting = drawn["forvaltningsrattens_dom"]
    assert "bpmn-state-waiting" in waiting.get("class", "")
    assert waiting.get("data-state") == "waiting"
    assert drawn["delge_forelaggandet"].get("data-state") == "completed"
    assert drawn["avvisa_overklagandet"].get("data-state") == "not-reached"
    # the inline SVG is the same well-formed document render_svg gives
    svg = appealed[appealed.index("<svg") : appealed.index("</svg>") + len("</svg>")]
    assert etree.fromstring(svg.encode("utf-8")).tag == f"{{{SVG_NS}}}svg"
    assert '<figure class="diagram-block" data-process-id="forelaggande">' in appealed


def test_the_audit_trail(tmp_path: Path) -> None:
    wf, _clock = oskarshamn(tmp_path / "cases.db", "appealed")
    with wf:
        history = wf.history(CASE)
        page = wf.case_page(CASE)
    tree = lxml_html.fromstring(page)
    rows = [r for r in tree.iter("tr") if r.get("data-seq")]
    assert [int(r.get("data-seq")) for r in rows] == [e.seq for e in history]
    first = " ".join(" ".join(cell.text_content().split()) for cell in rows[0])
    assert first.startswith("1 1 oktober 2014 kl. 12.00")
    assert history[0].hash[:12] in first and "forelaggande_beslutat" in first


def test_no_network_and_no_script(appealed: str) -> None:
    lowered = appealed.lower()
    assert "<script" not in lowered
    assert "<link" not in lowered
    assert "<iframe" not in lowered and "<object" not in lowered and "<embed" not in lowered
    assert "@import" not in lowered and "url(http" not in lowered
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", lowered)
    # the only http(s) URLs are XML namespace names, never loaded
    for url in re.findall(r"https?://[^\s\"'<>)]+", appealed):
        assert url == "http://www.w3.org/2000/svg", url
    assert "default-src 'none'" in appealed  # and the browser is told so


def test_everything_is_escaped(tmp_path: Path) -> None:
    hostile = '<script>alert("x")</script> & <b>fet</b>'
    clock = SimulatedClock(datetime(2014, 10, 1, 10, tzinfo=UTC))
    with Workflows.open(tmp_path / "cases.db", clock=clock) as wf:
        wf.start("forelaggande", case_id='<i>"x"</i>&', data={**OSKARSHAMN, "adressat": hostile})
        wf.complete('<i>"x"</i>&', "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
        page = wf.case_page('<i>"x"</i>&')
    assert "<script" not in page and "<b>fet" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;" in page
    assert hostile in text_of(page)
    assert 'Ärende <i>"x"</i>&' in text_of(page)


def test_a_closed_case(tmp_path: Path) -> None:
    page = page_of(tmp_path, "closed")
    text = text_of(page)
    assert "Avslutat: Ansökan om utdömande av vite ingiven" in text
    assert "Ärendet är avslutat." in text
    tree = lxml_html.fromstring(page)
    status = {
        d.get("data-element-id"): d.get("data-status")
        for d in tree.iter("div")
        if d.get("data-status")
    }
    assert status == {
        "overklagandetiden_loper_ut": "met",
        "atgardsfristen_loper_ut": "expired",
        "domen_vinner_laga_kraft": "expired",
        "utdomandedomen_vinner_laga_kraft": "expired",
    }
    assert "Vägen: fastställt → Beslutet står fast och har vunnit laga kraft" in text
    assert elements(page)["ansokan_om_utdomande_ingiven"].get("data-state") == "completed"


def test_deadline_statuses_and_an_aware_now(tmp_path: Path) -> None:
    wf, _clock = oskarshamn(tmp_path / "cases.db", "served")
    with wf:
        case, history = wf.case(CASE), wf.history(CASE)
    early = deadline_statuses(case, history, datetime(2014, 10, 4, tzinfo=UTC))
    assert [(d.element_id, d.status) for d in early] == [
        ("overklagandetiden_loper_ut", "pending"),
        ("atgardsfristen_loper_ut", "pending"),
    ]
    late = deadline_statuses(case, history, datetime(2014, 10, 23, tzinfo=UTC))
    assert [d.status for d in late] == ["overdue", "pending"]
    with pytest.raises(ClockError):
        case_page_html(case, history, {}, datetime(2014, 10, 4))
