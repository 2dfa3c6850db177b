"""The sandbox every BPMN condition, script, timer expression and DMN cell runs in.

Python's ``eval`` cannot be made safe by removing builtins (``().__class__.__base__`` walks
back to everything), so sources are checked against an allow-list of syntax before they are
compiled: no imports, no function or class definitions, no lambdas, no ``while``, no names or
attributes that start with an underscore, attributes only from :data:`SAFE_ATTRIBUTES`, calls
only of the functions named here, no assignment to items (``x[k] = v``), no ``%`` formatting of
text, f-string format specs only as constants. What passes runs with empty ``__builtins__``.

An allow-list bounds what code can *reach*, not what it can *cost*, so the compiled code is
rewritten to go through guards that bound every evaluation (see :class:`_Meter`):

- every value built (by ``*``, ``+``, a display, a comprehension, ``list()``/``str()``/…,
  an f-string, ``.replace``) has at most :data:`MAX_SEQUENCE` items and characters, counted
  through nesting and aliases (``[[0] * 1000] * 1000`` is a million, not two thousand), and at
  most :data:`MAX_DEPTH` levels; integers at most :data:`MAX_INT_BITS` bits;
- the work of one evaluation (loop and comprehension steps, plus the items of every value
  built) is at most :data:`MAX_STEPS`, and its CPU time at most :data:`MAX_CPU_SECONDS`
  (checked every few hundred steps). Without loops the source length (:data:`MAX_SOURCE`)
  bounds the number of operations, each of which is bounded by the value sizes.

A script stores only data (strings, numbers, booleans, None, dates, deadlines, and lists,
tuples, sets and dicts of them), so what it leaves can always be saved.

The functions processes may call are the legal-time rules (:mod:`ivo_workflow.legal_time`),
through thin wrappers that accept ISO date strings as stored in task data, and
``parameter(name, default)``, which reads an optional case parameter from the task data (a name
that is not in the data is otherwise an error).
"""

from __future__ import annotations

import ast
import builtins
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from datetime import date, datetime, timedelta
from functools import lru_cache
from types import CodeType
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from .clock import Clock
from .errors import InputError, IvoFlowError, SandboxViolation

STOCKHOLM = ZoneInfo("Europe/Stockholm")

MAX_SOURCE = 10_000  # characters of one expression or script
MAX_DEPTH = 100  # nesting of the syntax tree, and of any value built
MAX_SEQUENCE = 100_000  # items and characters of any value built (through nesting and aliases)
MAX_EXPONENT = 256  # |exponent| of ``**``, and |ndigits| of ``round``
MAX_INT_BITS = 10_000  # bits of an integer built by ``*`` or ``**`` (about 3 000 digits)
MAX_FORMAT_WIDTH = 1_000  # any number in an f-string format spec (width, precision)
MAX_STEPS = 1_000_000  # work of one evaluation: loop steps plus the items of the values built
MAX_CPU_SECONDS = 2.0  # CPU time of one evaluation (a backstop; checked every 256 steps)

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


# Methods that are rewritten into guards (their result can be far larger than their input).
GUARDED_METHODS = frozenset({"replace"})

_DIGITS = re.compile(r"\d+")


class _Checker(ast.NodeVisitor):
    def __init__(self, where: str | None, callables: frozenset[str]) -> None:
        self.where = where
        self.callables = callables
        self.depth = 0
        self.called: set[int] = set()  # ids of Attribute nodes that are the function of a call

    def visit(self, node: ast.AST) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _refuse(f"the expression is nested more than {MAX_DEPTH} levels deep", self.where)
        try:
            super().visit(node)
        finally:
            self.depth -= 1

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
        if node.attr in GUARDED_METHODS and id(node) not in self.called:
            raise _refuse(f"'.{node.attr}' may only be called", self.where)
        self.visit(node.value)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if not isinstance(node.ctx, ast.Load):
            raise _refuse(
                "assigning to or deleting an item (x[k] = …) is not allowed; build a new value",
                self.where,
            )
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        if not isinstance(node.target, ast.Name):
            raise _refuse("augmented assignment (+=, *=, …) is allowed to names only", self.where)
        self.generic_visit(node)

    def visit_FormattedValue(self, node: ast.FormattedValue) -> None:
        spec = node.format_spec
        if spec is not None:
            parts = spec.values if isinstance(spec, ast.JoinedStr) else [spec]
            if not all(isinstance(p, ast.Constant) and isinstance(p.value, str) for p in parts):
                raise _refuse(
                    "an f-string format spec must be written out, not computed", self.where
                )
            text = "".join(str(p.value) for p in parts if isinstance(p, ast.Constant))
            if any(int(n) > MAX_FORMAT_WIDTH for n in _DIGITS.findall(text)):
                raise _refuse(
                    f"an f-string width or precision above {MAX_FORMAT_WIDTH} is not allowed",
                    self.where,
                )
        self.visit(node.value)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name):
            if func.id not in self.callables:
                raise _refuse(f"calling '{func.id}' is not allowed", self.where)
        elif isinstance(func, ast.Attribute):
            self.called.add(id(func))
        else:
            raise _refuse("only named functions and allowed methods may be called", self.where)
        for keyword in node.keywords:
            if keyword.arg is None:
                raise _refuse("'**' arguments are not allowed", self.where)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str | bytes) and len(node.value) > MAX_SOURCE:
            raise _refuse("a constant longer than 10 000 characters is not allowed", self.where)


def _call(name: str, *args: ast.expr, like: ast.AST) -> ast.Call:
    call = ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=list(args), keywords=[])
    return ast.copy_location(call, like)


_BINARY_GUARDS: dict[type[ast.operator], str] = {
    ast.Mult: "__ivo_mul__",
    ast.Pow: "__ivo_pow__",
    ast.Add: "__ivo_add__",
    ast.Mod: "__ivo_mod__",
}
_CONVERSIONS = {-1: "", ord("s"): "s", ord("r"): "r", ord("a"): "a"}


class _Guard(ast.NodeTransformer):
    """Rewrites checked code so that what can grow or loop goes through the meter's guards.

    ``*`` ``**`` ``+`` ``%`` become ``__ivo_mul__`` … calls; every ``for`` and comprehension
    iterates through ``__ivo_iter__``; displays and comprehensions are measured by
    ``__ivo_sized__``; f-strings are built by ``__ivo_fstring__``/``__ivo_fmt__``; ``x.replace(…)``
    becomes ``__ivo_replace__(x, …)``.
    """

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        name = _BINARY_GUARDS.get(type(node.op))
        return node if name is None else _call(name, node.left, node.right, like=node)

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        self.generic_visit(node)
        name = _BINARY_GUARDS.get(type(node.op))
        if name is None or not isinstance(node.target, ast.Name):
            return node
        load = ast.copy_location(ast.Name(id=node.target.id, ctx=ast.Load()), node)
        assign = ast.Assign(targets=[node.target], value=_call(name, load, node.value, like=node))
        return ast.copy_location(assign, node)

    def visit_For(self, node: ast.For) -> ast.AST:
        self.generic_visit(node)
        node.iter = _call("__ivo_iter__", node.iter, like=node.iter)
        return node

    def visit_comprehension(self, node: ast.comprehension) -> ast.AST:
        self.generic_visit(node)
        node.iter = _call("__ivo_iter__", node.iter, like=node.iter)
        return node

    def _sized(self, node: ast.expr) -> ast.AST:
        self.generic_visit(node)
        return _call("__ivo_sized__", node, like=node)

    def visit_List(self, node: ast.List) -> ast.AST:
        return self._sized(node) if isinstance(node.ctx, ast.Load) else self.generic_visit(node)

    def visit_Tuple(self, node: ast.Tuple) -> ast.AST:
        return self._sized(node) if isinstance(node.ctx, ast.Load) else self.generic_visit(node)

    visit_Set = visit_Dict = visit_ListComp = visit_SetComp = visit_DictComp = _sized

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.AST:
        parts: list[ast.expr] = []
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                spec = part.format_spec
                spec_text = "".join(
                    str(p.value)
                    for p in (spec.values if isinstance(spec, ast.JoinedStr) else [])
                    if isinstance(p, ast.Constant)
                )
                value = self.visit(part.value)
                assert isinstance(value, ast.expr)
                conversion = ast.Constant(_CONVERSIONS.get(part.conversion, ""))
                parts.append(
                    _call("__ivo_fmt__", value, conversion, ast.Constant(spec_text), like=part)
                )
            else:
                parts.append(part)
        return _call("__ivo_fstring__", *parts, like=node)

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in GUARDED_METHODS:
            call = ast.Call(
                func=ast.Name(id=f"__ivo_{func.attr}__", ctx=ast.Load()),
                args=[func.value, *node.args],
                keywords=node.keywords,
            )
            return ast.copy_location(call, node)
        return node


_NUMBERS = (int, float)
_SEQUENCES = (str, bytes, list, tuple)
_TEXT = (str, bytes)


def _data_leaf(value: Any) -> bool:
    from .model import Deadline

    return value is None or isinstance(value, str | int | float | date | Deadline)


def _size(value: Any, *, data_only: bool = False) -> int:
    """Items and characters of ``value`` through nesting and aliases; refuses past the limits.

    Stops as soon as :data:`MAX_SEQUENCE` is passed, so it costs at most that much whatever
    ``value`` is (a value that contains itself is refused as too large). With ``data_only``,
    refuses anything that is not data (a function, an iterator, a view).
    """
    total = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise SandboxViolation(f"a value nested more than {MAX_DEPTH} levels deep")
        if isinstance(item, _TEXT):
            if data_only and isinstance(item, bytes):
                raise SandboxViolation("bytes are not data and cannot be kept in the case")
            total += len(item)
        elif isinstance(item, int):
            total += item.bit_length() // 3
        elif isinstance(item, list | tuple | set | frozenset):
            total += len(item)
            if total <= MAX_SEQUENCE:
                stack.extend((child, depth + 1) for child in item if not _flat(child))
        elif isinstance(item, dict):
            total += 2 * len(item)
            if total <= MAX_SEQUENCE:
                stack.extend((k, depth + 1) for k in item if not _flat(k))
                stack.extend((v, depth + 1) for v in item.values() if not _flat(v))
        else:
            if data_only and not _data_leaf(item):
                raise SandboxViolation(
                    f"a {type(item).__name__} is not data and cannot be kept in the case"
                )
        if total > MAX_SEQUENCE:
            raise SandboxViolation(
                f"a value would be larger than {MAX_SEQUENCE:,} items and characters"
            )
    return total


def _flat(value: Any) -> bool:
    """Scalars that add nothing to the item their container counts for them."""
    return (
        value is None
        or isinstance(value, bool | float)
        or (isinstance(value, int) and value.bit_length() < 3)
    )


class _Meter:
    """The work one evaluation may do; the rewritten code calls these guards.

    One meter per :meth:`Sandbox.evaluate` / :meth:`Sandbox.execute` call: loop steps and the
    items of the values built are counted against :data:`MAX_STEPS`, CPU time against
    :data:`MAX_CPU_SECONDS`.
    """

    CHECK_EVERY = 256

    def __init__(self) -> None:
        self.steps = 0
        self.check_at = self.CHECK_EVERY
        self.cpu_deadline = time.thread_time() + MAX_CPU_SECONDS

    def charge(self, units: int) -> None:
        self.steps += units
        if self.steps >= self.check_at:
            self._check()

    def _check(self) -> None:
        if self.steps > MAX_STEPS:
            raise SandboxViolation(
                f"the expression does more than {MAX_STEPS:,} steps of work "
                "(loop steps and items built)"
            )
        if time.thread_time() > self.cpu_deadline:
            raise SandboxViolation(f"the expression ran for more than {MAX_CPU_SECONDS:g} s of CPU")
        self.check_at = self.steps + self.CHECK_EVERY

    def iterate(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            self.steps += 1
            if self.steps >= self.check_at:
                self._check()
            yield item

    def sized(self, value: Any) -> Any:
        self.charge(_size(value))
        return value

    def mul(self, left: Any, right: Any) -> Any:
        if isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise SandboxViolation(f"a product would be larger than {MAX_INT_BITS:,} bits")
        else:
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, _SEQUENCES) and isinstance(count, int):
                    built = _size(seq) * max(count, 0)
                    if built > MAX_SEQUENCE:
                        raise SandboxViolation(
                            f"a repeated sequence would be larger than {MAX_SEQUENCE:,} items"
                        )
                    self.charge(built)
                    break
        return left * right

    def pow(self, base: Any, exponent: Any) -> Any:
        if isinstance(exponent, _NUMBERS) and abs(exponent) > MAX_EXPONENT:
            raise SandboxViolation(f"an exponent above {MAX_EXPONENT} is not allowed")
        whole = isinstance(base, int) and isinstance(exponent, int) and exponent > 0
        if whole and base.bit_length() * exponent > MAX_INT_BITS:
            raise SandboxViolation(f"a power would be larger than {MAX_INT_BITS:,} bits")
        return base**exponent

    def add(self, left: Any, right: Any) -> Any:
        if isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES):
            built = _size(left) + _size(right)
            if built > MAX_SEQUENCE:
                raise SandboxViolation(f"a sum would be larger than {MAX_SEQUENCE:,} items")
            self.charge(built)
        return left + right

    def mod(self, left: Any, right: Any) -> Any:
        if isinstance(left, _TEXT):
            raise SandboxViolation("'%' formatting of text is not allowed (use an f-string)")
        return left % right

    def fmt(self, value: Any, conversion: str, spec: str) -> str:
        self.sized(value)
        if conversion == "r":
            value = repr(value)
        elif conversion == "a":
            value = ascii(value)
        elif conversion == "s":
            value = str(value)
        text = format(value, spec)
        if len(text) > MAX_SEQUENCE:
            raise SandboxViolation(f"a formatted value would be longer than {MAX_SEQUENCE:,}")
        return text

    def fstring(self, *parts: str) -> str:
        built = sum(len(part) for part in parts)
        if built > MAX_SEQUENCE:
            raise SandboxViolation(f"an f-string would be longer than {MAX_SEQUENCE:,}")
        self.charge(built)
        return "".join(parts)

    def replace(self, target: Any, *args: Any) -> Any:
        if callable(target):
            raise SandboxViolation("call '.replace' on a value, not on a function or type")
        if (
            isinstance(target, _TEXT)
            and len(args) >= 2
            and all(isinstance(a, _TEXT) for a in args[:2])
        ):
            old, new = args[0], args[1]
            hits = target.count(old) if old else len(target) + 1
            if len(args) > 2 and isinstance(args[2], int) and args[2] >= 0:
                hits = min(hits, args[2])
            built = len(target) + hits * (len(new) - len(old))
            if built > MAX_SEQUENCE:
                raise SandboxViolation(f"a replacement would be longer than {MAX_SEQUENCE:,}")
            self.charge(built)
        return target.replace(*args)

    # -- the builtins that build values ---------------------------------------------------

    def builder(self, make: Callable[..., Any]) -> Callable[..., Any]:
        def build(*args: Any, **kwargs: Any) -> Any:
            return self.sized(make(*args, **kwargs))

        build.__name__ = make.__name__
        return build

    def str_(self, *args: Any) -> str:
        if args:
            self.sized(args[0])
        text = str(*args)
        if len(text) > MAX_SEQUENCE:
            raise SandboxViolation(f"a text would be longer than {MAX_SEQUENCE:,}")
        self.charge(len(text))
        return text

    def sum_(self, iterable: Iterable[Any], start: Any = 0) -> Any:
        if not isinstance(start, _NUMBERS):
            raise SandboxViolation("sum() adds numbers only (start must be a number)")
        return sum(self.iterate(iterable), start)

    def round_(self, number: Any, ndigits: Any = None) -> Any:
        if isinstance(ndigits, int) and abs(ndigits) > MAX_EXPONENT:
            raise SandboxViolation(f"round() to more than {MAX_EXPONENT} digits is not allowed")
        return round(number) if ndigits is None else round(number, ndigits)

    def names(self) -> dict[str, Any]:
        """The guards and guarded builtins, by the names the rewritten code uses."""
        return {
            "__ivo_iter__": self.iterate,
            "__ivo_sized__": self.sized,
            "__ivo_mul__": self.mul,
            "__ivo_pow__": self.pow,
            "__ivo_add__": self.add,
            "__ivo_mod__": self.mod,
            "__ivo_fmt__": self.fmt,
            "__ivo_fstring__": self.fstring,
            "__ivo_replace__": self.replace,
            **{name: self.builder(SAFE_BUILTINS[name]) for name in _BUILDERS},
            "str": self.str_,
            "sum": self.sum_,
            "round": self.round_,
        }


_BUILDERS = ("list", "tuple", "set", "dict", "sorted")
GUARDED_BUILTINS = frozenset((*_BUILDERS, "str", "sum", "round"))


def _parse(source: str, mode: str, where: str | None) -> ast.AST:
    if len(source) > MAX_SOURCE:
        raise _refuse("the expression is longer than 10 000 characters", where)
    try:
        return ast.parse(source.strip() if mode == "eval" else source, mode=mode)
    except SyntaxError as error:
        raise _refuse(f"not a valid expression: {error.msg}", where) from None
    except (RecursionError, MemoryError):
        raise _refuse("the expression is nested too deeply to be read", where) from None


@lru_cache(maxsize=4096)
def _compile(source: str, mode: str, callables: frozenset[str]) -> CodeType:
    tree = _parse(source, mode, None)
    _Checker(None, callables).visit(tree)
    guarded = ast.fix_missing_locations(_Guard().visit(tree))
    try:
        return compile(guarded, "<process>", mode)
    except (RecursionError, MemoryError):
        raise _refuse("the expression is nested too deeply to be compiled", None) from None


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
        self._globals: dict[str, Any] = {"__builtins__": {}, **functions}
        self._callables = frozenset(functions) | DATA_FUNCTION_NAMES

    @staticmethod
    def _bind(data: dict[str, Any]) -> dict[str, Any]:
        """The functions that read the task data itself (they never become task data)."""
        return {"parameter": _parameter_of(data)}

    def evaluate(self, source: str, context: Mapping[str, Any], *, where: str | None = None) -> Any:
        code = _checked(source, "eval", self._callables, where)
        data = _data_only(context)
        namespace = {**self._globals, **_Meter().names(), **data, **self._bind(data)}
        try:
            result = eval(code, namespace)
            _size(result, data_only=True)
        except IvoFlowError as error:
            raise _at(error, where) from None
        except (RecursionError, MemoryError) as error:
            raise SandboxViolation(_exhausted(error), where=where) from None
        return result

    def execute(
        self, source: str, data: MutableMapping[str, Any], *, where: str | None = None
    ) -> None:
        """Run a script; the names it assigns become (or replace) task data."""
        code = _checked(source, "exec", self._callables, where)
        before = _data_only(data)
        guards = _Meter().names()
        namespace = {**self._globals, **guards, **before, **self._bind(before)}
        try:
            exec(code, namespace)
            kept = {
                key: value
                for key, value in namespace.items()
                if key not in DATA_FUNCTION_NAMES
                and value is not guards.get(key, _MISSING)
                and value is not self._globals.get(key, _MISSING)
            }
            for key, value in kept.items():
                if value is not before.get(key, _MISSING):
                    _size(value, data_only=True)
        except IvoFlowError as error:
            raise _at(error, where) from None
        except (RecursionError, MemoryError) as error:
            raise SandboxViolation(_exhausted(error), where=where) from None
        for key in list(data):
            if key not in namespace:
                del data[key]
        data.update(kept)

    def validate(self, source: str) -> None:
        """SpiffWorkflow's DMN engine probes syntax with this; it expects ``SyntaxError``."""
        ast.parse(source)


_MISSING = object()


def _at(error: IvoFlowError, where: str | None) -> IvoFlowError:
    """The error of a process function or guard (a bad date, a refused value) at the element."""
    if where is None or error.where is not None:
        return error
    return type(error)(error.message, where=where, hint=error.hint)


def _exhausted(error: BaseException) -> str:
    what = "stack" if isinstance(error, RecursionError) else "memory"
    return f"the expression ran out of {what}"


def _data_only(context: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in context.items() if not k.startswith("_")}


def check_expression(source: str, *, where: str | None = None) -> None:
    """Refuse an expression the sandbox would refuse (used when models are loaded)."""
    _checked(source, "eval", PROCESS_FUNCTION_NAMES, where)


def check_script(source: str, *, where: str | None = None) -> None:
    """Refuse a script the sandbox would refuse (used when models are loaded)."""
    _checked(source, "exec", PROCESS_FUNCTION_NAMES, where)
