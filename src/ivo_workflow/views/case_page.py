"""A case as ONE self-contained HTML page: facts, what to do now, deadlines, decisions with their
statutes, a dated timeline, the process maps with the case on them, and the audit trail.

Inline CSS and inline SVG only: no script, no external link, no network (a Content Security
Policy in the page says so to the browser too). Prints on A4 (the maps on landscape pages).
Every text from the case, the trail or the model is HTML-escaped. Dates and times are shown in
Europe/Stockholm, in Swedish.

>>> html = case_page_html(case, history, {"forelaggande": svg}, now)   # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING, Any

import attrs
from attrs import frozen

from ..errors import ClockError
from ..legal_time import STOCKHOLM, format_date_short_sv, format_date_sv, working_days_between
from ..model import AuditEvent, CaseView, Deadline, TimerView

if TYPE_CHECKING:
    from ..explain import Explanation
    from ..patterns import Pattern, RelatedCase

__all__ = ["DeadlineStatus", "case_page_html", "deadline_statuses"]

KIND_NAMES = {
    "start": "start",
    "end": "slut",
    "task": "uppgift utförd",
    "script": "automatiskt steg",
    "gateway": "vägval",
    "event": "händelse",
    "timer": "frist löpte ut",
    "message": "meddelande mottaget",
    "deadline": "frist beräknad",
    "decision": "beslutstabell",
    "call": "delprocess",
}

STATUS_NAMES = {
    "pending": "Löper",
    "overdue": "Överskriden – ärendet väntar fortfarande",
    "expired": "Har löpt ut",
    "met": "Avslutad före sista dag",
}


_NONE = '<span class="muted">–</span>'


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _local(when: datetime) -> datetime:
    return when.astimezone(STOCKHOLM)


def _when(when: datetime) -> str:
    """``1 oktober 2014 kl. 12.00`` (Stockholm)."""
    local = _local(when)
    return f"{format_date_short_sv(local.date())} kl. {local:%H.%M}"


def _day(when: datetime) -> str:
    """``1 oktober 2014`` (the Stockholm date)."""
    return format_date_short_sv(_local(when).date())


def _time_tag(when: datetime, text: str | None = None) -> str:
    local = _local(when)
    return f'<time datetime="{_e(local.isoformat())}">{_e(text or _when(when))}</time>'


def _date_tag(day: date, text: str | None = None) -> str:
    return f'<time datetime="{day.isoformat()}">{_e(text or format_date_sv(day))}</time>'


def _value(value: Any) -> str:
    """A data value as a person reads it (plain text, escaped by the caller)."""
    if value is None:
        return "(inte angivet)"
    if value is True:
        return "ja"
    if value is False:
        return "nej"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Mapping) and {"last_day", "explanation"} <= set(value):
        try:  # a deadline the process computed and kept in its data
            last_day = format_date_sv(date.fromisoformat(str(value["last_day"])))
        except ValueError:
            last_day = str(value["last_day"])
        return f"Sista dag {last_day}. {value['explanation']}"
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _data_line(data: Mapping[str, Any], skip: Sequence[str] = ()) -> str:
    return "; ".join(f"{k} = {_value(v)}" for k, v in data.items() if k not in skip)


# -- deadlines ----------------------------------------------------------------------------------


@frozen
class DeadlineStatus:
    """One arming of a timer in a case's life, and what became of it at ``now``.

    ``status``: ``pending`` (armed, not yet due), ``overdue`` (due, and the case still waits on
    it), ``expired`` (the timer fired: the time ran out), ``met`` (the case moved on before the
    last day, e.g. the appeal came in; the timer was withdrawn).
    """

    element_id: str
    name: str
    lane: str | None
    legal_basis: str
    due_at: datetime
    deadline: Deadline | None
    armed_at: datetime | None
    status: str
    resolved_at: datetime | None = None

    @property
    def last_day(self) -> date:
        if self.deadline is not None:
            return self.deadline.last_day
        return _local(self.due_at).date()


def _deadline_from(data: Mapping[str, Any]) -> Deadline | None:
    record = data.get("deadline")
    if not isinstance(record, Mapping):
        return None
    try:
        return Deadline.from_record(dict(record))
    except (KeyError, TypeError, ValueError):
        return None


def _due_from(data: Mapping[str, Any], fallback: datetime) -> datetime:
    raw = data.get("due_at")
    if isinstance(raw, str):
        try:
            parsed = datetime.fromisoformat(raw)
        except ValueError:
            return fallback
        if parsed.tzinfo is not None:
            return parsed
    return fallback


def deadline_statuses(
    case: CaseView, history: Sequence[AuditEvent], now: datetime
) -> list[DeadlineStatus]:
    """Every deadline the case has had, from its audit trail and its armed timers, by last day."""
    armed: dict[str, TimerView] = {t.element_id: t for t in case.timers}
    found: list[DeadlineStatus] = []
    open_by_element: dict[str, list[int]] = defaultdict(list)
    for event in sorted(history, key=lambda e: e.seq):
        element = event.element_id
        if not element:
            continue
        if event.kind == "deadline":
            found.append(
                DeadlineStatus(
                    element_id=element,
                    name=event.element_name or element,
                    lane=event.lane,
                    legal_basis=event.legal_basis,
                    due_at=_due_from(event.data, event.at),
                    deadline=_deadline_from(event.data),
                    armed_at=event.at,
                    status="met",
                )
            )
            open_by_element[element].append(len(found) - 1)
        elif event.kind == "timer" and open_by_element[element]:
            index = open_by_element[element].pop()
            found[index] = attrs.evolve(found[index], status="expired", resolved_at=event.at)
            open_by_element[element].clear()  # an older arming left open was withdrawn
    for element, indexes in open_by_element.items():
        if indexes and element in armed:
            index = indexes[-1]
            timer = armed.pop(element)
            found[index] = attrs.evolve(
                found[index],
                status="overdue" if timer.due_at < now else "pending",
                due_at=timer.due_at,
                deadline=timer.deadline or found[index].deadline,
            )
    for timer in armed.values():  # armed, but the trail does not show its arming
        found.append(
            DeadlineStatus(
                element_id=timer.element_id,
                name=timer.name,
                lane=timer.lane,
                legal_basis=timer.legal_basis,
                due_at=timer.due_at,
                deadline=timer.deadline,
                armed_at=None,
                status="overdue" if timer.due_at < now else "pending",
            )
        )
    return sorted(found, key=lambda d: (d.due_at, d.element_id))


# -- the page -----------------------------------------------------------------------------------

_CSS = """
:root{--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--band:#f6f8fa;--ok:#1b7f3b;--okbg:#dcf3e2;
--wait:#9a6700;--waitbg:#fff2bf;--late:#b42318;--latebg:#ffe0db}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:1180px;padding:24px 28px 48px;color:var(--ink);
font:15px/1.45 "Helvetica Neue",Helvetica,Arial,"Liberation Sans",sans-serif;background:#fff}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:19px;margin:32px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--ink)}
h3{font-size:16px;margin:18px 0 6px}
p{margin:6px 0}
.lead{color:var(--muted);margin:0 0 4px}
.state{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:bold;
background:var(--band);border:1px solid var(--line)}
.state-open{background:var(--waitbg);border-color:var(--wait)}
.state-completed{background:var(--okbg);border-color:var(--ok)}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}
th,td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--band);font-weight:bold}
td.key{white-space:nowrap;font-weight:bold;width:1%}
td.num,td.nowrap{white-space:nowrap}
code,.mono{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12.5px}
.muted{color:var(--muted)}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;font-weight:bold;
border:1px solid var(--line);background:var(--band);white-space:nowrap}
.status-pending{background:var(--waitbg);border-color:var(--wait);color:#6b4a00}
.status-overdue{background:var(--latebg);border-color:var(--late);color:var(--late)}
.status-expired{background:var(--band);border-color:var(--muted);color:var(--ink)}
.status-met{background:var(--okbg);border-color:var(--ok);color:var(--ok)}
.deadline{border:1px solid var(--line);border-left:6px solid var(--muted);padding:8px 12px;
margin:10px 0;break-inside:avoid}
.deadline.status-pending{border-left-color:var(--wait);background:#fff}
.deadline.status-overdue{border-left-color:var(--late);background:#fff}
.deadline.status-met{border-left-color:var(--ok);background:#fff}
.deadline.status-expired{background:#fff}
.deadline h3{margin:0 0 4px}
.warning{border-left:4px solid var(--late);background:var(--latebg);padding:4px 8px;margin:6px 0}
.lane{border:1px solid var(--line);padding:8px 12px;margin:8px 0;break-inside:avoid}
.lane h3{margin:0 0 4px}
ul{margin:4px 0;padding-left:22px}
ol.timeline{list-style:none;padding:0;margin:0;border-left:3px solid var(--line)}
ol.timeline>li{position:relative;padding:2px 0 10px 18px;break-inside:avoid}
ol.timeline>li::before{content:"";position:absolute;left:-8px;top:7px;width:11px;height:11px;
border-radius:50%;background:#fff;border:2px solid var(--ink)}
ol.timeline>li.future::before{border-style:dashed;border-color:var(--wait)}
ol.timeline>li.now::before{background:var(--wait);border-color:var(--wait)}
ol.timeline>li.now{font-weight:bold}
figure{margin:0}
.diagram{overflow-x:auto;border:1px solid var(--line);margin:8px 0 16px;background:#fff}
.diagram svg{display:block;height:auto;max-width:none}
.audit td{font-size:13px}
footer{margin-top:36px;color:var(--muted);font-size:12px}
@page{size:A4;margin:14mm 12mm}
@page maps{size:A4 landscape;margin:10mm}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
h2{break-after:avoid}
h3{break-after:avoid}
tr{break-inside:avoid}
thead{display:table-header-group}
.maps{page:maps}
.diagram{overflow:visible;border:none}
.diagram svg{width:100%;max-width:100%}
.audit td{font-size:8.5pt}
a{color:inherit;text-decoration:none}
}
"""


def case_page_html(
    case: CaseView,
    history: list[AuditEvent],
    diagrams: Mapping[str, str],
    now: datetime,
    *,
    process_names: Mapping[str, str] | None = None,
    flow_labels: Mapping[str, str] | None = None,
    title: str | None = None,
    explanation: Explanation | None = None,
    patterns: Sequence[Pattern] | None = None,
    related: Sequence[RelatedCase] = (),
) -> str:
    """The page of one case at ``now`` (aware; never the wall clock).

    ``diagrams`` maps each process the case entered to its SVG (see
    :func:`ivo_workflow.views.svg.render_svg`); ``process_names`` names the processes;
    ``flow_labels`` (flow id → ``"ja → Delge föreläggandet"``) says where a decision went;
    ``explanation`` (:meth:`Workflows.explain`) adds the section «Förklaring»; ``patterns``
    (:meth:`Workflows.patterns` for the case's organisation) and ``related`` (its other cases)
    add «Mönster och rekommendation».
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ClockError(f"naive datetime {now.isoformat()} given as now", hint="add a UTC offset")
    names = process_names or {}
    labels = flow_labels or {}
    trail = sorted(history, key=lambda e: e.seq)
    deadlines = deadline_statuses(case, trail, now)
    process_name = names.get(case.process_id, case.process_id)
    heading = title or f"Ärende {case.id}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="ivo-flow">',
        f"<title>{_e(heading)} – {_e(process_name)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        _header(case, trail, now, heading, process_name),
        _facts(case),
        _now_by_lane(case, deadlines, now),
        _deadlines(deadlines, now),
        _decisions(trail, labels),
        _explanation(explanation) if explanation is not None else "",
        _patterns(patterns, related) if patterns is not None else "",
        _timeline(trail, deadlines, now),
        _maps(diagrams, names),
        _audit(trail),
        f"<footer>Skapad av ivo-flow från ärendets sparade läge och händelselogg; tider i "
        f"svensk tid (Europe/Stockholm). Läget avser {_time_tag(now)}.</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _header(
    case: CaseView, trail: Sequence[AuditEvent], now: datetime, heading: str, process_name: str
) -> str:
    if case.is_open:
        state = '<span class="state state-open">Öppet</span>'
    else:
        end = case.end_state
        end_names = [e.element_name for e in trail if e.element_id == end and e.element_name]
        ending = end_names[-1] if end_names else end
        label = f"Avslutat: {ending}" if ending else "Avslutat"
        state = f'<span class="state state-completed">{_e(label)}</span>'
    return (
        "<header>"
        f"<h1>{_e(heading)}</h1>"
        f'<p class="lead">{_e(process_name)} (<code>{_e(case.process_id)}</code>, '
        f"version <code>{_e(case.spec_hash)}</code>)</p>"
        f"<p>Läge: {state}</p>"
        f"<p>Startat {_time_tag(case.started_at)}, senast ändrat "
        f"{_time_tag(case.updated_at)}. Sidan visar läget {_time_tag(now)}.</p>"
        "</header>"
    )


def _facts(case: CaseView) -> str:
    rows = "".join(
        f'<tr><td class="key"><code>{_e(key)}</code></td><td>{_e(_value(value))}</td></tr>'
        for key, value in case.data.items()
    )
    body = f"<table><tbody>{rows}</tbody></table>" if rows else "<p>Inga uppgifter.</p>"
    return f'<section id="uppgifter"><h2>Uppgifter i ärendet</h2>{body}</section>'


def _now_by_lane(case: CaseView, deadlines: Sequence[DeadlineStatus], now: datetime) -> str:
    lanes: dict[str, list[str]] = defaultdict(list)
    for task in case.tasks:
        basis = (
            f' <span class="muted">Lagrum: {_e(task.legal_basis)}</span>'
            if task.legal_basis
            else ""
        )
        lanes[task.lane or "Utan lane"].append(
            f'<li data-element-id="{_e(task.element_id)}"><strong>{_e(task.name)}</strong> '
            f"(<code>{_e(task.element_id)}</code>){basis}</li>"
        )
    for item in deadlines:
        if item.status not in {"pending", "overdue"}:
            continue
        lanes[item.lane or "Utan lane"].append(
            f'<li data-element-id="{_e(item.element_id)}">Väntar på fristen '
            f"<strong>{_e(item.name)}</strong>: sista dag {_date_tag(item.last_day)} "
            f'<span class="badge status-{item.status}">{_e(STATUS_NAMES[item.status])}</span></li>'
        )
    if not lanes:
        text = "Ärendet är avslutat." if not case.is_open else "Ärendet väntar inte på någon."
        return f'<section id="nu"><h2>Att göra nu</h2><p>{_e(text)}</p></section>'
    blocks = "".join(
        f'<div class="lane"><h3>{_e(lane)}</h3><ul>{"".join(items)}</ul></div>'
        for lane, items in lanes.items()
    )
    return f'<section id="nu"><h2>Att göra nu</h2>{blocks}</section>'


def _days_left(last_day: date, today: date) -> str:
    if last_day < today:
        return f"{(today - last_day).days} dagar sedan"
    if last_day == today:
        return "i dag"
    working = working_days_between(today, last_day)
    return f"om {(last_day - today).days} dagar ({working} arbetsdagar)"


def _deadlines(deadlines: Sequence[DeadlineStatus], now: datetime) -> str:
    if not deadlines:
        return '<section id="frister"><h2>Frister</h2><p>Inga frister.</p></section>'
    today = _local(now).date()
    blocks = []
    for item in deadlines:
        lines = []
        status = f'<span class="badge status-{item.status}">{_e(STATUS_NAMES[item.status])}</span>'
        when = f"Sista dag {_date_tag(item.last_day)}"
        if item.status in {"pending", "overdue"}:
            when += f" – {_e(_days_left(item.last_day, today))}"
        if item.status == "expired" and item.resolved_at is not None:
            when += f" – löpte ut {_time_tag(item.resolved_at)}"
        lines.append(f"<p>{when} {status}</p>")
        deadline = item.deadline
        if deadline is not None:
            lines.append(f'<p class="explanation">{_e(deadline.explanation)}</p>')
            if deadline.shifted:
                reasons = ", ".join(deadline.reasons)
                lines.append(
                    f"<p>Flyttad från {_date_tag(deadline.nominal_last_day)} ({_e(reasons)}).</p>"
                )
            if deadline.rule:
                lines.append(f"<p>Regel: {_e('; '.join(deadline.rule))}</p>")
            lines += [f'<p class="warning">Varning: {_e(w)}</p>' for w in deadline.warnings]
        if item.legal_basis:
            lines.append(f'<p class="muted">Lagrum: {_e(item.legal_basis)}</p>')
        armed = f", beräknad {_time_tag(item.armed_at)}" if item.armed_at else ""
        lines.append(
            f'<p class="muted">Element <code>{_e(item.element_id)}</code>'
            f"{' – ' + _e(item.lane) if item.lane else ''}{armed}.</p>"
        )
        blocks.append(
            f'<div class="deadline status-{item.status}" data-element-id="{_e(item.element_id)}"'
            f' data-status="{item.status}"><h3>{_e(item.name)}</h3>{"".join(lines)}</div>'
        )
    return f'<section id="frister"><h2>Frister</h2>{"".join(blocks)}</section>'


def _is_decision(event: AuditEvent) -> bool:
    data = event.data if isinstance(event.data, Mapping) else {}
    if event.kind in {"task", "message", "end"}:
        return True
    if event.kind in {"gateway", "decision", "call", "script"}:
        flows = data.get("flows")
        return bool(
            "values" in data or "dmn" in data or (isinstance(flows, list) and len(flows) == 1)
        )
    return False


def _outcome(event: AuditEvent, labels: Mapping[str, str]) -> str:
    data = event.data if isinstance(event.data, Mapping) else {}
    parts = []
    flows = data.get("flows")
    if isinstance(flows, list) and flows:
        parts.append("Vägen: " + ", ".join(_e(labels.get(str(f), str(f))) for f in flows))
    values = data.get("values")
    if isinstance(values, Mapping) and values:
        parts.append("Utgick från: " + _e(_data_line(values)))
    dmn = data.get("dmn")
    if isinstance(dmn, Mapping):
        rules = dmn.get("rules") or []
        described = ", ".join(
            f"regel {r.get('row')}" + (f" ({r.get('description')})" if r.get("description") else "")
            for r in rules
            if isinstance(r, Mapping)
        )
        parts.append(f"Beslutstabell {_e(dmn.get('table', ''))}: {_e(described)}")
    rest = {k: v for k, v in data.items() if k not in {"flows", "values", "dmn"}}
    if rest:
        parts.append(_e(_data_line(rest)))
    return "<br>".join(parts) if parts else _NONE


def _decisions(trail: Sequence[AuditEvent], labels: Mapping[str, str]) -> str:
    rows = []
    for event in trail:
        if not _is_decision(event):
            continue
        who = event.actor if event.actor not in {"system", ""} else (event.lane or event.actor)
        rows.append(
            f'<tr data-element-id="{_e(event.element_id or "")}">'
            f'<td class="nowrap">{_time_tag(event.at, _day(event.at))}</td><td>{_e(who)}</td>'
            f"<td><strong>{_e(event.element_name or event.element_id or event.kind)}</strong>"
            f'<br><span class="muted">{_e(KIND_NAMES.get(event.kind, event.kind))}</span></td>'
            f"<td>{_outcome(event, labels)}</td>"
            f"<td>{_e(event.legal_basis) or _NONE}</td></tr>"
        )
    if not rows:
        body = "<p>Inga beslut ännu.</p>"
    else:
        body = (
            "<table><thead><tr><th>Datum</th><th>Vem</th><th>Beslut eller åtgärd</th>"
            "<th>Utfall</th><th>Lagrum</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    return f'<section id="beslut"><h2>Beslut och lagrum</h2>{body}</section>'


def _explanation(explanation: Explanation) -> str:
    """«Förklaring»: the numbered account of :mod:`ivo_workflow.explain`, escaped."""
    blocks = []
    for number, (title, paragraphs) in enumerate(explanation.sections(), start=1):
        items = "".join(
            f"<li>{_e(sentence)}"
            + "".join(f'<br><span class="muted">{_e(detail)}</span>' for detail in details)
            + "</li>"
            for sentence, details in paragraphs
        )
        blocks.append(f"<h3>{number}. {_e(title)}</h3><ol>{items}</ol>")
    return f'<section id="forklaring"><h2>Förklaring</h2>{"".join(blocks)}</section>'


def _patterns(patterns: Sequence[Pattern], related: Sequence[RelatedCase]) -> str:
    """«Mönster och rekommendation»: what the organisation's cases say together (issue 8)."""
    blocks = []
    for pattern in patterns:
        advice = pattern.recommendation
        reasons = "".join(
            f'<li>{_e(r.reason)} <span class="muted">(tabellen monster, rad {r.row}; '
            f"{_e(r.lagrum)})</span></li>"
            for r in advice.reasons
        )
        signals = "".join(
            f"<li>{_e(s.label)}{f' ({_e(s.ground)})' if s.ground else ''}: {s.count} – "
            + ", ".join(f"{_e(e.case_id)} {_e(e.date.isoformat())}" for e in s.evidence)
            + "</li>"
            for s in pattern.signals
        )
        blocks.append(
            f"<h3>{_e(pattern.organisation)} · {_e(pattern.area or 'verksamhetsområde ej angivet')}"
            f"</h3><p><strong>{_e(advice.action)}</strong> ({_e(advice.lagrum)})</p>"
            f"<ol>{reasons}</ol><p>Signaler:</p><ul>{signals}</ul>"
        )
    if not blocks:
        blocks.append("<p>Inga signaler om organisationen under de senaste 24 månaderna.</p>")
    if related:
        cases = ", ".join(
            f"{_e(r.id)} ({_e(r.process_id)}, {_e(_day(r.started_at))})" for r in related
        )
        blocks.append(f"<p>Andra ärenden om organisationen: {cases}</p>")
    return f'<section id="monster"><h2>Mönster och rekommendation</h2>{"".join(blocks)}</section>'


def _timeline(
    trail: Sequence[AuditEvent], deadlines: Sequence[DeadlineStatus], now: datetime
) -> str:
    entries: list[tuple[datetime, int, str, str]] = []
    for event in trail:
        if event.kind == "gateway" and not _is_decision(event):
            continue
        what = _e(event.element_name or event.element_id or event.kind)
        kind = _e(KIND_NAMES.get(event.kind, event.kind))
        detail = ""
        if event.kind == "deadline":
            due = _deadline_from(event.data)
            if due is not None:
                detail = f": sista dag {_date_tag(due.last_day)}"
        elif event.kind in {"task", "message"} and event.data:
            detail = f" ({_e(_data_line(event.data))})"
        who = f"{_e(event.lane)}: " if event.lane else ""
        entries.append(
            (event.at, 0, "", f"{_time_tag(event.at)} – {who}{what} <em>({kind})</em>{detail}")
        )
    entries.append((now, 1, "now", f"{_time_tag(now)} – <strong>Nu</strong>"))
    for item in deadlines:
        if item.status in {"pending", "overdue"}:
            css = "future" if item.status == "pending" else ""
            entries.append(
                (
                    item.due_at,
                    2,
                    css,
                    f"{_date_tag(item.last_day)} – sista dag: <strong>{_e(item.name)}</strong> "
                    f'<span class="badge status-{item.status}">'
                    f"{_e(STATUS_NAMES[item.status])}</span>",
                )
            )
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    items = "".join(
        f'<li class="{css}">{text}</li>' if css else f"<li>{text}</li>"
        for _, _, css, text in entries
    )
    return f'<section id="tidslinje"><h2>Tidslinje</h2><ol class="timeline">{items}</ol></section>'


def _maps(diagrams: Mapping[str, str], names: Mapping[str, str]) -> str:
    if not diagrams:
        return ""
    blocks = []
    for process_id, svg in diagrams.items():
        name = names.get(process_id, process_id)
        blocks.append(
            f'<figure class="diagram-block" data-process-id="{_e(process_id)}">'
            f"<h3>{_e(name)} (<code>{_e(process_id)}</code>)</h3>"
            f'<div class="diagram">{_strip_declaration(svg)}</div></figure>'
        )
    return (
        '<section id="processkarta" class="maps"><h2>Processkarta med ärendets läge</h2>'
        "<p>Grönt är genomfört, gult väntar nu, rött är en frist som har passerat medan ärendet "
        "fortfarande väntar, grått är ännu inte nått.</p>"
        f"{''.join(blocks)}</section>"
    )


def _strip_declaration(svg: str) -> str:
    text = svg.lstrip()
    if text.startswith("<?xml"):
        text = text[text.index("?>") + 2 :].lstrip()
    return text


def _audit(trail: Sequence[AuditEvent]) -> str:
    rows = []
    for event in trail:
        element_html = (
            f"{_e(event.element_name)} (<code>{_e(event.element_id)}</code>)"
            if event.element_name and event.element_id
            else f"<code>{_e(event.element_id or '')}</code>"
        )
        rows.append(
            f'<tr data-seq="{event.seq}"><td class="num">{event.seq}</td>'
            f'<td class="nowrap">{_time_tag(event.at)}</td>'
            f'<td class="nowrap">{_time_tag(event.recorded_at)}</td>'
            f"<td>{_e(KIND_NAMES.get(event.kind, event.kind))}<br>"
            f'<code class="muted">{_e(event.kind)}</code></td>'
            f"<td>{_e(event.actor)}{'<br>' + _e(event.lane) if event.lane else ''}</td>"
            f"<td>{element_html}</td><td>{_e(event.legal_basis)}</td>"
            f'<td><code title="{_e(event.hash)}">{_e(event.hash[:12])}</code></td></tr>'
        )
    body = (
        '<table class="audit"><thead><tr><th>Nr</th><th>Tid (ärendet)</th><th>Registrerad</th>'
        "<th>Typ</th><th>Vem</th><th>Element</th><th>Lagrum</th><th>Hash</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return (
        '<section id="handelselogg"><h2>Händelselogg</h2>'
        "<p>Loggen kan bara läggas till; varje rad bär hashen av sin föregångare.</p>"
        f"{body}</section>"
    )
