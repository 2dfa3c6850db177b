"""The sandbox every BPMN condition, script, timer expression and DMN cell runs in.

Python's ``eval`` cannot be made safe by removing builtins (``().__class__.__base__`` walks
back to everything), so sources are checked against an allow-list of syntax before they are
compiled: no imports, no function or class definitions, no lambdas, no ``while``, no names or
attributes that start with an underscore, attributes only from :data:`SAFE_ATTRIBUTES`, calls
only of the functions named here. Multiplication and powers go through guards that refuse
results that would eat the memory. What passes runs with empty ``__builtins__``.

The functions processes may call are the legal-time rules (:mod:`ivo_workflow.legal_time`),
through thin wrappers that accept ISO date strings as stored in task data, and
``parameter(name, default)``, which reads an optional case parameter from the task data (a name
that is not in the data is otherwise an error).
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Callable, Mapping, MutableMapping
from datetime import date, datetime, timedelta
from functools import lru_cache
from types import CodeType
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from .clock import Clock
from .errors import InputError, SandboxViolation

STOCKHOLM = ZoneInfo("Europe/Stockholm")

MAX_SEQUENCE = 100_000
MAX_EXPONENT = 256
MAX_SOURCE = 10_000

SAFE_BUILTINS: dict[str, Any] = {
    name: getattr(builtins, name)
    for name in (
        "abs",
        "all",
        "any",
        "bool",
        "dict",
        "enumerate",
        "float",
        "int",
        "len",
        "list",
        "max",
        "min",
        "round",
        "set",
        "sorted",
        "str",
        "sum",
        "tuple",
        "zip",
    )
}
SAFE_BUILTINS.update({"True": True, "False": False, "None": None})

SAFE_ATTRIBUTES = frozenset(
    {
        # dict
        "get",
        "keys",
        "values",
        "items",
        # str
        "lower",
        "upper",
        "strip",
        "startswith",
        "endswith",
        "split",
        "replace",
        # date/datetime/Deadline
        "year",
        "month",
        "day",
        "isoformat",
        "weekday",
        "last_day",
        "nominal_last_day",
        "ends_at",
        "shifted",
        "explanation",
        "rule",
        "reasons",
        "start",
        "days",
        "warnings",
    }
)

ALLOWED_NODES: tuple[type[ast.AST], ...] = (
    ast.Expression,
    ast.Module,
    ast.Expr,
    ast.Assign,
    ast.AugAssign,
    ast.If,
    ast.For,
    ast.Pass,
    ast.BoolOp,
    ast.And,
    ast.Or,
    ast.BinOp,
    ast.Add,
    ast.Sub,
    ast.Mult,
    ast.Div,
    ast.FloorDiv,
    ast.Mod,
    ast.Pow,
    ast.UnaryOp,
    ast.Not,
    ast.USub,
    ast.UAdd,
    ast.Compare,
    ast.Eq,
    ast.NotEq,
    ast.Lt,
    ast.LtE,
    ast.Gt,
    ast.GtE,
    ast.In,
    ast.NotIn,
    ast.Is,
    ast.IsNot,
    ast.IfExp,
    ast.Call,
    ast.keyword,
    ast.Name,
    ast.Load,
    ast.Store,
    ast.Del,
    ast.Constant,
    ast.List,
    ast.Tuple,
    ast.Dict,
    ast.Set,
    ast.Subscript,
    ast.Slice,
    ast.Attribute,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
    ast.comprehension,
    ast.JoinedStr,
    ast.FormattedValue,
)


def _refuse(message: str, where: str | None) -> SandboxViolation:
    return SandboxViolation(message, where=where)


class _Checker(ast.NodeVisitor):
    def __init__(self, where: str | None, callables: frozenset[str]) -> None:
        self.where = where
        self.callables = callables

    def generic_visit(self, node: ast.AST) -> None:
        if not isinstance(node, ALLOWED_NODES):
            raise _refuse(
                f"'{type(node).__name__}' is not allowed in a process expression", self.where
            )
        super().generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id.startswith("_"):
            raise _refuse(
                f"the name '{node.id}' is not allowed (names may not start with _)", self.where
            )
        if isinstance(node.ctx, ast.Store | ast.Del) and node.id in self.callables:
            raise _refuse(f"'{node.id}' is a function of the process language", self.where)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr not in SAFE_ATTRIBUTES:
            raise _refuse(f"the attribute '.{node.attr}' is not allowed", self.where)
        if not isinstance(node.ctx, ast.Load):
            raise _refuse(f"assigning to '.{node.attr}' is not allowed", self.where)
        self.visit(node.value)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name):
            if func.id not in self.callables:
                raise _refuse(f"calling '{func.id}' is not allowed", self.where)
        elif not isinstance(func, ast.Attribute):
            raise _refuse("only named functions and allowed methods may be called", self.where)
        for keyword in node.keywords:
            if keyword.arg is None:
                raise _refuse("'**' arguments are not allowed", self.where)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str | bytes) and len(node.value) > MAX_SOURCE:
            raise _refuse("a constant longer than 10 000 characters is not allowed", self.where)


class _Guard(ast.NodeTransformer):
    """Routes ``*`` and ``**`` through size guards (``__ivo_mul__``, ``__ivo_pow__``)."""

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        guards = {ast.Mult: "__ivo_mul__", ast.Pow: "__ivo_pow__"}
        name = guards.get(type(node.op))
        if name is None:
            return node
        call = ast.Call(
            func=ast.Name(id=name, ctx=ast.Load()), args=[node.left, node.right], keywords=[]
        )
        return ast.copy_location(call, node)

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult | ast.Pow) and isinstance(node.target, ast.Name):
            load = ast.Name(id=node.target.id, ctx=ast.Load())
            value = self.visit_BinOp(ast.BinOp(left=load, op=node.op, right=node.value))
            assert isinstance(value, ast.expr)
            assign = ast.Assign(targets=[node.target], value=value)
            return ast.copy_location(assign, node)
        return node


def _guarded_mul(left: Any, right: Any) -> Any:
    for seq, count in ((left, right), (right, left)):
        sized = isinstance(seq, str | bytes | list | tuple) and isinstance(count, int)
        if sized and len(seq) * count > MAX_SEQUENCE:
            raise SandboxViolation("a repeated sequence would be larger than 100 000 items")
    return left * right


def _guarded_pow(base: Any, exponent: Any) -> Any:
    if isinstance(exponent, int | float) and abs(exponent) > MAX_EXPONENT:
        raise SandboxViolation(f"an exponent above {MAX_EXPONENT} is not allowed")
    return base**exponent


def _parse(source: str, mode: str, where: str | None) -> ast.AST:
    if len(source) > MAX_SOURCE:
        raise _refuse("the expression is longer than 10 000 characters", where)
    try:
        return ast.parse(source.strip() if mode == "eval" else source, mode=mode)
    except SyntaxError as error:
        raise _refuse(f"not a valid expression: {error.msg}", where) from None


@lru_cache(maxsize=4096)
def _compile(source: str, mode: str, callables: frozenset[str]) -> CodeType:
    tree = _parse(source, mode, None)
    _Checker(None, callables).visit(tree)
    guarded = ast.fix_missing_locations(_Guard().visit(tree))
    return compile(guarded, "<process>", mode)


def _checked(source: str, mode: str, callables: frozenset[str], where: str | None) -> CodeType:
    try:
        return _compile(source, mode, callables)
    except SandboxViolation as error:
        raise SandboxViolation(error.message, where=where) from None


# -- the functions processes may call ------------------------------------------------------


def as_date(value: Any) -> date:
    """A date from a date, a datetime (its Stockholm date) or an ISO / Swedish date string."""
    if isinstance(value, datetime):
        return value.astimezone(STOCKHOLM).date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from .legal_time import parse_date

        return parse_date(value)
    raise InputError(f"expected a date, got {value!r}")


def _process_functions(clock: Clock | None) -> dict[str, Callable[..., Any]]:
    from . import legal_time

    def today() -> str:
        if clock is None:
            raise SandboxViolation("today() needs the engine's clock")
        return clock.now().astimezone(STOCKHOLM).date().isoformat()

    def appeal_deadline(
        received: Any, issued: Any = None, public_party: bool | None = None, court: bool = False
    ) -> Any:
        return legal_time.appeal_deadline(
            as_date(received),
            issued=as_date(issued) if issued else None,
            public_party=public_party,
            court=court,
        )

    def statutory_deadline(start: Any, weeks: int = 0, months: int = 0, years: int = 0) -> Any:
        return legal_time.statutory_deadline(
            as_date(start), weeks=weeks, months=months, years=years
        )

    def set_date_deadline(day: Any, decided: Any = None) -> Any:
        return legal_time.set_date_deadline(
            as_date(day), decided=as_date(decided) if decided else None
        )

    def rules_in_force(decided: Any) -> dict[str, str]:
        return dict(legal_time.rules_in_force(as_date(decided)).as_dict())

    def add_days(day: Any, days: int) -> str:
        return (as_date(day) + timedelta(days=days)).isoformat()

    def iso_date(value: Any) -> str:
        return as_date(value).isoformat()

    def day_after(deadline: Any) -> str:
        last = deadline.last_day if hasattr(deadline, "last_day") else as_date(deadline)
        return (last + timedelta(days=1)).isoformat()

    def finality_deadline(
        received: Any, issued: Any = None, public_party: bool | None = None, court: bool = False
    ) -> Any:
        """The appeal period after which a decision is final (vinner laga kraft).

        As ``appeal_deadline``, except when it is unknown whether the appellant represents the
        public interest (``public_party`` None): an appellant must then act by the *earlier* last
        day, but the decision is not final until the *later* one has passed too, so that one is
        returned, with the same warning.
        """
        if public_party is not None or not issued:
            return appeal_deadline(received, issued, public_party, court)
        binding = appeal_deadline(received, issued, None, court)
        both = [appeal_deadline(received, issued, flag, court) for flag in (True, False)]
        later = max(both, key=lambda deadline: deadline.last_day)
        if later.last_day == binding.last_day:
            return binding
        explanation = (
            f"Beslutet vinner laga kraft först när båda de möjliga överklagandetiderna har gått "
            f"ut: {binding.explanation}"
        )
        return attrs.evolve(later, explanation=explanation, warnings=binding.warnings)

    def latest(*deadlines: Any) -> Any:
        """Of the given deadlines (None skipped), the one whose last day comes last."""
        given = [d for d in deadlines if d is not None]
        if not given:
            raise InputError("latest() needs at least one deadline")
        return max(given, key=lambda d: d.last_day if hasattr(d, "last_day") else as_date(d))

    def days_between(start: Any, end: Any) -> int:
        """Whole days from ``start`` to ``end`` (negative if ``end`` comes first)."""
        return (as_date(end) - as_date(start)).days

    return {
        "today": today,
        "appeal_deadline": appeal_deadline,
        "statutory_deadline": statutory_deadline,
        "set_date_deadline": set_date_deadline,
        "rules_in_force": rules_in_force,
        "add_days": add_days,
        "iso_date": iso_date,
        "day_after": day_after,
        "finality_deadline": finality_deadline,
        "latest": latest,
        "days_between": days_between,
    }


# Functions bound per evaluation to the task data (see :meth:`Sandbox._bind`).
DATA_FUNCTION_NAMES = frozenset({"parameter"})

PROCESS_FUNCTION_NAMES = (
    frozenset(_process_functions(None)) | frozenset(SAFE_BUILTINS) | DATA_FUNCTION_NAMES
)


def _parameter_of(data: Mapping[str, Any]) -> Callable[..., Any]:
    def parameter(name: str, default: Any = None) -> Any:
        """The case parameter ``name`` from the task data, or ``default`` if the case has none.

        For optional inputs with a visible default, e.g. ``parameter('underrattelse_dagar', 21)``.
        Reads the data as it was when the expression or script started.
        """
        if not isinstance(name, str) or name.startswith("_"):
            raise SandboxViolation(f"parameter() needs a data key, got {name!r}")
        return data.get(name, default)

    return parameter


class Sandbox:
    """Evaluates and executes process sources under the allow-list, with the process functions."""

    def __init__(
        self, clock: Clock | None = None, extra: Mapping[str, Callable[..., Any]] | None = None
    ):
        functions = {**SAFE_BUILTINS, **_process_functions(clock), **(extra or {})}
        self._globals: dict[str, Any] = {
            "__builtins__": {},
            "__ivo_mul__": _guarded_mul,
            "__ivo_pow__": _guarded_pow,
            **functions,
        }
        self._callables = frozenset(functions) | DATA_FUNCTION_NAMES

    @staticmethod
    def _bind(data: dict[str, Any]) -> dict[str, Any]:
        """The functions that read the task data itself (they never become task data)."""
        return {"parameter": _parameter_of(data)}

    def evaluate(self, source: str, context: Mapping[str, Any], *, where: str | None = None) -> Any:
        code = _checked(source, "eval", self._callables, where)
        data = _data_only(context)
        namespace = {**self._globals, **data, **self._bind(data)}
        try:
            return eval(code, namespace)
        except SandboxViolation as error:
            raise SandboxViolation(error.message, where=where) from None

    def execute(
        self, source: str, data: MutableMapping[str, Any], *, where: str | None = None
    ) -> None:
        """Run a script; the names it assigns become (or replace) task data."""
        code = _checked(source, "exec", self._callables, where)
        before = _data_only(data)
        namespace = {**self._globals, **before, **self._bind(before)}
        try:
            exec(code, namespace)
        except SandboxViolation as error:
            raise SandboxViolation(error.message, where=where) from None
        for key in list(data):
            if key not in namespace:
                del data[key]
        for key, value in namespace.items():
            if key in DATA_FUNCTION_NAMES:
                continue
            if key not in self._globals or value is not self._globals[key]:
                data[key] = value

    def validate(self, source: str) -> None:
        """SpiffWorkflow's DMN engine probes syntax with this; it expects ``SyntaxError``."""
        ast.parse(source)


def _data_only(context: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in context.items() if not k.startswith("_")}


def check_expression(source: str, *, where: str | None = None) -> None:
    """Refuse an expression the sandbox would refuse (used when models are loaded)."""
    _checked(source, "eval", PROCESS_FUNCTION_NAMES, where)


def check_script(source: str, *, where: str | None = None) -> None:
    """Refuse a script the sandbox would refuse (used when models are loaded)."""
    _checked(source, "exec", PROCESS_FUNCTION_NAMES, where)
