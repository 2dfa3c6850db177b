# ruff: noqa: E501  (XML fixtures are kept on one line each)
"""Issue 7, "nothing let in": a table of named attacks on the expression sandbox.

Each attack is tried (a) directly through ``Sandbox.evaluate`` / ``Sandbox.execute`` and (b) in a
BPMN model written here, in each place a process runs code: a script task, a gateway condition,
a timer expression and a DMN cell. Every attempt must be refused: at load time (``SpecError``
or ``SandboxViolation`` naming the file and the element) or at run time (``SandboxViolation``
naming the file and the element), and a refused run-time step leaves the case exactly as it was
(the rows of the case in every table, byte for byte).
"""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from ivo_workflow import SandboxViolation, SimulatedClock, SpecError, Workflows
from ivo_workflow.errors import IvoFlowError
from ivo_workflow.expressions import (
    MAX_CPU_SECONDS,
    MAX_SEQUENCE,
    MAX_SOURCE,
    Sandbox,
    check_expression,
    check_script,
)
from ivo_workflow.specs import SpecLibrary

START = datetime(2014, 10, 1, 10, 0, tzinfo=UTC)
DATA = {"x": "text", "n": 5, "d": {"k": "v"}, "beslutsdatum": "2014-10-01"}

# name -> source. A source that is not an expression is refused as one (by syntax) in the
# places that take expressions; the script task and ``Sandbox.execute`` take it as a script.
ATTACKS: dict[str, str] = {
    # imports and the builtins that reach everything
    "import_os": "import os",
    "from_os_import": "from os import system",
    "dunder_import": "__import__('os').system('true')",
    "builtins_name": "__builtins__['eval']('1')",
    "eval": "eval('1 + 1')",
    "exec": "exec('y = 1')",
    "compile": "compile('1', 'f', 'eval')",
    "open": "open('/etc/passwd').read()",
    "breakpoint": "breakpoint()",
    "input": "input()",
    "getattr": "getattr(x, '__class__')",
    "vars": "vars(x)",
    "globals": "globals()['__builtins__']",
    "locals": "locals()",
    "dir": "dir(x)",
    "type_of": "type(x)",
    "type_three_args": "type('X', (), {})",
    # dunder walks
    "dunder_class": "x.__class__",
    "subclasses_walk": "().__class__.__base__.__subclasses__()",
    "mro_walk": "''.__class__.__mro__[1].__subclasses__()",
    "function_globals": "today.__globals__",
    "bound_method_self": "d.get.__self__",
    # formatting
    "format_attribute": "'{0.__class__}'.format(x)",
    "format_map": "'{a.__class__}'.format_map({'a': x})",
    "fstring_attribute": "f'{x.__class__}'",
    "fstring_computed_spec": "f'{x:>{n}}'",
    "fstring_width_bomb": "f'{x:>100000000}'",
    "percent_width_bomb": "'%0100000000d' % 1",
    # frames and code objects
    "generator_gi_frame": "(i for i in []).gi_frame.f_globals",
    "lambda_code": "(lambda: 0).__code__",
    "lambda_globals": "(lambda: 0).__globals__",
    "walrus": "(y := 1)",
    # memory
    "huge_exponent": "10**10**10",
    "chained_powers": "((10**256)**256)**256",
    "round_negative_digits": "round(1, -100000000)",
    "string_repetition": "'a' * 10**10",
    "list_repetition": "[0] * 10**10",
    "aliased_repetition": "len(str([[0] * 100000] * 100000))",
    "display_of_aliases": "len(str([[0] * 100000, [0] * 100000]))",
    "doubling_concatenation": "s = 'a' * 100000\ns = s + s",
    "augmented_doubling": "s = [0] * 100000\ns += s",
    "replace_bomb": "('a' * 100000).replace('a', 'a' * 100000)",
    "unbound_replace": "str.replace('a' * 100000, 'a', 'a' * 100000)",
    "sum_of_lists": "sum([[0] * 1000] * 100, [])",
    "comprehension_of_aliases": "len(str([[0] * 100000 for i in [0] * 1000]))",
    "self_containing_list": "a = [0]\na[0] = a",
    "deeply_nested_value": "v = []\nfor i in [0] * 1000:\n    v = [v]",
    # CPU
    "nested_comprehension": "len([0 for a in [0] * 1000 for b in [0] * 1000 for c in [0] * 1000])",
    "nested_for_loops": (
        "k = 0\nfor a in [0] * 100000:\n    for b in [0] * 100000:\n        k = k + 1"
    ),
    "while_true": "while True:\n    pass",
    "deep_unary_nesting": "-" * 5000 + "1",
    "deep_not_nesting": "not " * 500 + "x",
    "deep_parentheses": "(" * 1000 + "1" + ")" * 1000,
    "long_sum_chain": "+".join(["1"] * 3000),
    # definitions and rebinding
    "def_function": "def f():\n    return 1",
    "recursion": "def f(k):\n    return f(k)\nf(1)",
    "class_definition": "class A:\n    pass",
    "try_except": "try:\n    y = 1 / 0\nexcept Exception as e:\n    y = e",
    "with_open": "with open('/etc/passwd') as f:\n    y = 1",
    "global_statement": "global x",
    "del_function": "del appeal_deadline",
    "assign_process_function": "today = 'x'",
    "assign_builtin": "len = 5",
    "function_kept_as_data": "f = len",
    "attribute_assignment": "x.year = 1",
    "item_assignment": "d['k'] = 1",
    "kwargs_unpacking": "statutory_deadline(**{'start': '2014-10-01', 'weeks': 3})",
    "star_args": "add_days(*['2014-10-01', 1])",
    "underscore_name": "_x = 1",
    # size of the source itself
    "string_longer_than_limit": "'" + "a" * (MAX_SOURCE + 1) + "'",
    "source_longer_than_limit": "x" + " or x" * (MAX_SOURCE // 5),
}


def _is_expression(source: str) -> bool:
    try:
        compile(source, "<test>", "eval")
    except SyntaxError:
        return False
    except (RecursionError, MemoryError):
        return True
    return True


def _one_line(error: BaseException) -> str:
    text = str(error)
    assert "\n" not in text and text.strip() == text, text
    return text


# -- (a) directly through the sandbox ---------------------------------------------------------


@pytest.mark.parametrize("source", ATTACKS.values(), ids=ATTACKS.keys())
def test_attack_is_refused_by_the_sandbox(source: str) -> None:
    sandbox = Sandbox()
    began = time.perf_counter()
    data = dict(DATA)
    with pytest.raises(SandboxViolation) as refused:
        sandbox.execute(source, data, where="angrepp.bpmn: uppgift")
    assert _one_line(refused.value).startswith("angrepp.bpmn: uppgift: ")
    assert data == DATA  # a refused script changes no data
    if _is_expression(source):
        with pytest.raises(SandboxViolation, match="^angrepp.bpmn: villkor: "):
            sandbox.evaluate(source, dict(DATA), where="angrepp.bpmn: villkor")
    assert time.perf_counter() - began < 2 * MAX_CPU_SECONDS + 1


# -- (b) inside a model -------------------------------------------------------------------------

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:spiffworkflow="http://spiffworkflow.org/bpmn/schema/1.0/core" '
    'id="defs_angrepp" targetNamespace="test">\n'
    '<bpmn:process id="angrepp" isExecutable="true">\n'
    "<bpmn:documentation>Lagrum: test</bpmn:documentation>\n"
)
TAIL = "</bpmn:process>\n</bpmn:definitions>\n"
DOC = "<bpmn:documentation>Lagrum: test</bpmn:documentation>"


def _node(tag: str, node_id: str, inner: str = "", **attributes: str) -> str:
    extra = "".join(f' {key}="{value}"' for key, value in attributes.items())
    return f'<bpmn:{tag} id="{node_id}" name="{node_id}"{extra}>{DOC}{inner}</bpmn:{tag}>\n'


def _flows(*pairs: tuple[str, str, str]) -> str:
    return "".join(
        f'<bpmn:sequenceFlow id="{fid}" sourceRef="{a}" targetRef="{b}" />\n' for fid, a, b in pairs
    )


def _model(body: str) -> str:
    return HEAD + _node("startEvent", "borjan") + _node("userTask", "forsta") + body + TAIL


def script_task_model(source: str) -> dict[str, str]:
    body = (
        _node("scriptTask", "angrepp_skript", f"<bpmn:script>{escape(source)}</bpmn:script>")
        + _node("userTask", "andra")
        + _node("endEvent", "slut")
        + _flows(
            ("f1", "borjan", "forsta"),
            ("f2", "forsta", "angrepp_skript"),
            ("f3", "angrepp_skript", "andra"),
            ("f4", "andra", "slut"),
        )
    )
    return {"angrepp.bpmn": _model(body)}


def gateway_model(source: str) -> dict[str, str]:
    condition = f"<bpmn:conditionExpression>{escape(source)}</bpmn:conditionExpression>"
    body = (
        _node("exclusiveGateway", "vag", default="f_nej")
        + _node("userTask", "ja")
        + _node("userTask", "nej")
        + _flows(("f1", "borjan", "forsta"), ("f2", "forsta", "vag"), ("f_nej", "vag", "nej"))
        + f'<bpmn:sequenceFlow id="angrepp_villkor" sourceRef="vag" targetRef="ja">{condition}'
        "</bpmn:sequenceFlow>\n"
    )
    return {"angrepp.bpmn": _model(body)}


def timer_model(source: str) -> dict[str, str]:
    timer = (
        '<bpmn:timerEventDefinition id="angrepp_timer_def">'
        f"<bpmn:timeDate>{escape(source)}</bpmn:timeDate></bpmn:timerEventDefinition>"
    )
    body = (
        _node("intermediateCatchEvent", "angrepp_timer", timer)
        + _node("userTask", "andra")
        + _flows(
            ("f1", "borjan", "forsta"),
            ("f2", "forsta", "angrepp_timer"),
            ("f3", "angrepp_timer", "andra"),
        )
    )
    return {"angrepp.bpmn": _model(body)}


def _dmn(output: str, input_entry: str = "-") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="dmn_angrepp" name="t" namespace="test">
  <decision id="angrepp_beslut" name="Angrepp">
    <decisionTable id="angrepp_tabell" hitPolicy="UNIQUE">
      <input id="in_n" label="n"><inputExpression id="ie_n" typeRef="integer"><text>n</text></inputExpression></input>
      <output id="out_r" label="r" name="resultat" typeRef="string" />
      <rule id="angrepp_regel">
        <inputEntry id="angrepp_in"><text>{escape(input_entry)}</text></inputEntry>
        <outputEntry id="angrepp_ut"><text>{escape(output)}</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
</definitions>
"""


def _decision_bpmn() -> str:
    called = (
        "<bpmn:extensionElements><spiffworkflow:calledDecisionId>angrepp_beslut"
        "</spiffworkflow:calledDecisionId></bpmn:extensionElements>"
    )
    body = (
        _node("businessRuleTask", "bedom", called)
        + _node("userTask", "andra")
        + _flows(("f1", "borjan", "forsta"), ("f2", "forsta", "bedom"), ("f3", "bedom", "andra"))
    )
    return _model(body)


def dmn_output_model(source: str) -> dict[str, str]:
    return {"angrepp.bpmn": _decision_bpmn(), "angrepp.dmn": _dmn(source)}


def dmn_input_model(source: str) -> dict[str, str]:
    return {"angrepp.bpmn": _decision_bpmn(), "angrepp.dmn": _dmn("'ok'", source)}


# where -> (model maker, the (file, element) pairs a refusal may name)
PLACES = {
    "script_task": (script_task_model, [("angrepp.bpmn", "angrepp_skript")]),
    "gateway_condition": (
        gateway_model,
        [("angrepp.bpmn", "angrepp_villkor"), ("angrepp.bpmn", "vag")],
    ),
    "timer_expression": (timer_model, [("angrepp.bpmn", "angrepp_timer")]),
    "dmn_output_cell": (
        dmn_output_model,
        [("angrepp.dmn", "angrepp_ut"), ("angrepp.bpmn", "bedom")],
    ),
    "dmn_input_cell": (
        dmn_input_model,
        [("angrepp.dmn", "angrepp_in"), ("angrepp.bpmn", "bedom")],
    ),
}


def case_rows(db: Path, case_id: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of a case in every table, as stored (state bytes included)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            key = "id" if table == "cases" else "case_id"
            if key in columns:
                rows[table] = conn.execute(
                    f"SELECT * FROM {table} WHERE {key} = ? ORDER BY 1, 2", [case_id]
                ).fetchall()
        return rows
    finally:
        conn.close()


def _where_names(error: IvoFlowError, places: list[tuple[str, str]]) -> None:
    text = _one_line(error)
    assert any(f"{file}: {element}" in text for file, element in places), text


@pytest.mark.parametrize("place", PLACES, ids=PLACES.keys())
@pytest.mark.parametrize("source", ATTACKS.values(), ids=ATTACKS.keys())
def test_attack_in_a_model_is_refused(tmp_path: Path, source: str, place: str) -> None:
    make, names = PLACES[place]
    files = make(source)
    try:
        SpecLibrary({name: text.encode("utf-8") for name, text in files.items()})
    except (SpecError, SandboxViolation) as refused_at_load:
        _where_names(refused_at_load, names)
        return
    folder = tmp_path / "processes"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "cases.db"
    with Workflows.open(db, clock=SimulatedClock(START), processes=folder) as wf:
        wf.start("angrepp", case_id="k", data=DATA)
        before = case_rows(db, "k")
        for _attempt in range(2):  # refused again the same way: nothing was kept in memory
            with pytest.raises(SandboxViolation) as refused:
                wf.complete("k", "forsta", {})
            _where_names(refused.value, names)
            assert case_rows(db, "k") == before
        assert [t.element_id for t in wf.case("k").tasks] == ["forsta"]


# -- the bounds themselves ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "'a' * 100000",
        "[0] * 100000",
        "len([[0] * 300] * 300)",
        "len(str([0] * 1000))",
        "sum([k for k in [1] * 1000])",
        "len([0 for a in [0] * 300 for b in [0] * 300])",
        "f'{n:>10}|{x!r}|{1.5:.2f}'",
        "'abc'.replace('b', 'xyz')",
        "round(2.675, 2)",
        "2 ** 256",
    ],
    ids=[
        "max_string",
        "max_list",
        "aliases_within_limit",
        "str_of_list",
        "sum_comprehension",
        "nested_comprehension_within_budget",
        "fstring_specs",
        "replace",
        "round",
        "power",
    ],
)
def test_ordinary_expressions_still_work(source: str) -> None:
    Sandbox().evaluate(source, dict(DATA))


def test_the_limits_are_exact() -> None:
    sandbox = Sandbox()
    assert len(sandbox.evaluate(f"'a' * {MAX_SEQUENCE}", {})) == MAX_SEQUENCE
    with pytest.raises(SandboxViolation, match="larger than 100,000"):
        sandbox.evaluate(f"'a' * {MAX_SEQUENCE + 1}", {})
    check_expression("x" * MAX_SOURCE)
    with pytest.raises(SandboxViolation, match="longer than 10 000 characters"):
        check_script("x" * (MAX_SOURCE + 1))


def test_a_process_script_keeps_only_data() -> None:
    data: dict[str, Any] = {"n": 1}
    Sandbox().execute("a = [1, 'b', None, 2.5]\nb = {'k': (1, 2)}", data)
    assert data == {"n": 1, "a": [1, "b", None, 2.5], "b": {"k": (1, 2)}}
    with pytest.raises(SandboxViolation, match="a function is not data"):
        Sandbox().execute("c = 2\nf = today", data)
    assert data == {"n": 1, "a": [1, "b", None, 2.5], "b": {"k": (1, 2)}}


def test_correlation_expressions_run_in_the_sandbox_too() -> None:
    """SpiffWorkflow evaluates message correlations through ``script_engine.environment``,
    behind the script engine's back; that environment must be the sandbox as well."""
    from ivo_workflow.engine import ScriptEngine

    engine = ScriptEngine.__new__(ScriptEngine)
    ScriptEngine.__init__(engine, SimulatedClock(START), None)  # type: ignore[arg-type]
    with pytest.raises(SandboxViolation):
        engine.environment.evaluate("__import__('os').getpid()", {})
    with pytest.raises(SandboxViolation):
        engine.environment.execute("import os", {})
    assert engine.environment.evaluate("n + 1", {"n": 1}) == 2


CORRELATION_MODEL = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs_korr" targetNamespace="test">
  <bpmn:collaboration id="samarbete">
    <bpmn:participant id="deltagare" processRef="korr" />
    <bpmn:correlationKey id="nyckel" name="nyckel">
      <bpmn:correlationPropertyRef>arende</bpmn:correlationPropertyRef>
    </bpmn:correlationKey>
  </bpmn:collaboration>
  <bpmn:message id="meddelande" name="svar_inkommer" />
  <bpmn:correlationProperty id="arende" name="arende">
    <bpmn:correlationPropertyRetrievalExpression messageRef="meddelande">
      <bpmn:formalExpression>{expression}</bpmn:formalExpression>
    </bpmn:correlationPropertyRetrievalExpression>
  </bpmn:correlationProperty>
  <bpmn:process id="korr" isExecutable="true">
    <bpmn:documentation>Lagrum: test</bpmn:documentation>
    <bpmn:startEvent id="borjan"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:startEvent>
    <bpmn:intermediateCatchEvent id="svar" name="Svar">
      <bpmn:documentation>Lagrum: test</bpmn:documentation>
      <bpmn:messageEventDefinition id="svar_def" messageRef="meddelande" />
    </bpmn:intermediateCatchEvent>
    <bpmn:userTask id="andra"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:userTask>
    <bpmn:sequenceFlow id="f1" sourceRef="borjan" targetRef="svar" />
    <bpmn:sequenceFlow id="f2" sourceRef="svar" targetRef="andra" />
  </bpmn:process>
</bpmn:definitions>
"""


def test_message_correlation_expression_cannot_escape(tmp_path: Path) -> None:
    """Was a hole: SpiffWorkflow evaluates a correlation property's retrieval expression with
    plain ``eval`` (``calculate_correlations`` -> ``script_engine.environment.evaluate``), so
    delivering a message ran ``os.system`` from the model. Refused now (at load time, or at the
    latest when the message is delivered) and nothing runs."""
    marker = tmp_path / "PWNED"
    folder = tmp_path / "processes"
    folder.mkdir()
    expression = f"__import__('os').system('touch {marker}') or 'x'"
    (folder / "korr.bpmn").write_text(
        CORRELATION_MODEL.format(expression=escape(expression)), encoding="utf-8"
    )
    db = tmp_path / "cases.db"
    try:
        wf = Workflows.open(db, clock=SimulatedClock(START), processes=folder)
    except (SpecError, SandboxViolation) as refused:
        assert "korr.bpmn" in _one_line(refused)
    else:
        with wf:
            wf.start("korr", case_id="k")
            before = case_rows(db, "k")
            with pytest.raises(SandboxViolation):
                wf.message("k", "svar_inkommer", {"a": 1})
            assert case_rows(db, "k") == before
    assert not marker.exists()
