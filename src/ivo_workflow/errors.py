"""One hierarchy of errors. Each carries a one-line message a user can act on.

The CLI prints ``str(error)`` and exits with ``error.exit_code``; a traceback is a bug.
"""

from __future__ import annotations


class IvoFlowError(Exception):
    """Base of every error ivo-flow raises on purpose.

    ``where`` names the place (file and element, case and task, table and row) and ``hint``
    what to do; both are folded into the one-line message.
    """

    exit_code = 1

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(self.user_message)

    @property
    def user_message(self) -> str:
        text = self.message
        if self.where:
            text = f"{self.where}: {text}"
        if self.hint:
            text = f"{text} ({self.hint})"
        return " ".join(text.split())


class InputError(IvoFlowError):
    """Bad input from a user or a case file: a malformed date, a wrong type, a missing field."""

    exit_code = 2


class SpecError(IvoFlowError):
    """A BPMN/DMN file that cannot be loaded: malformed, hostile or inconsistent."""

    exit_code = 3


class SandboxViolation(IvoFlowError):
    """An expression or script in a process tried something the sandbox does not allow."""

    exit_code = 4


class NotFoundError(IvoFlowError):
    """An unknown process, case or task."""

    exit_code = 5


class TaskNotReadyError(IvoFlowError):
    """A task exists but cannot be completed now."""

    exit_code = 6


class CaseExistsError(IvoFlowError):
    """A case id that is already in the database."""

    exit_code = 7


class ConflictError(IvoFlowError):
    """Another writer saved the case first (stale version)."""

    exit_code = 8


class StoreError(IvoFlowError):
    """The database cannot be opened, read or written (not SQLite, read-only, full, corrupt)."""

    exit_code = 9


class ProcessError(IvoFlowError):
    """The process could not go on with the data it has (e.g. no gateway condition is true)."""

    exit_code = 10


class ClockError(IvoFlowError):
    """A simulated clock asked to move backwards or given a naive datetime."""

    exit_code = 11
