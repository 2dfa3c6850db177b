"""What ``show`` and ``cases`` read from a stored BPMN text without an XML parser or the engine."""

from __future__ import annotations

import html
import re

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
            return html.unescape(name) if name else None
    return None
