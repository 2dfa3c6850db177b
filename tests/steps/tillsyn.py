"""Memo phrases of intake, supervision and lex Sarah (processes/inkommande_uppgifter.bpmn,
tillsyn.bpmn, lex_sarah.bpmn)."""

from __future__ import annotations

__all__: list[str] = []
