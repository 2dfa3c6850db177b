"""The name a process gives itself, read from a BPMN text without an XML parser or the engine
(the store keeps it with each process version it stores: ``show`` reads that column)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_PROCESS_TAG = re.compile(r"<(?:[\w.-]+:)?process\b([^>]*)>")
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def process_name_in(text: str, process_id: str) -> str | None:
    """The ``name`` of the process ``process_id`` in a BPMN text (no XML parser, no engine)."""
    for tag in _PROCESS_TAG.finditer(text):
        found = {
            m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
            for m in _ATTRIBUTE.finditer(tag.group(1))
        }
        if found.get("id") == process_id:
            name = found.get("name")
            if not name:
                return None
            from html import unescape  # html.entities is large; only a found name needs it

            return unescape(name)
    return None


def process_name_of(process_id: str, texts: Iterable[str]) -> str | None:
    """The name of the process ``process_id`` in the first of the BPMN ``texts`` that names it."""
    for text in texts:
        name = process_name_in(text, process_id)
        if name is not None:
            return name
    return None
