"""Text from Azure, files or users made inert for a report or a ticket.

Markup is the HTML renderer's job (Jinja2 autoescaping); this removes what escaping does not:
control characters (terminal escapes, NUL) and the Unicode bidirectional controls that can make a
name read backwards ("RTL override"), each replaced by U+FFFD so that something visibly was there.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")
REPLACEMENT = "\ufffd"


def inert(text: str) -> str:
    """`text` without control or bidi-control characters (newlines and tabs kept)."""
    if text.isprintable():  # fast path: every character removed below is unprintable (Cc or Cf)
        return text
    return _UNSAFE.sub(REPLACEMENT, text)


def one_line(text: str, limit: int = 500) -> str:
    """Inert, on one line, at most `limit` characters (an ellipsis marks the cut)."""
    flat = " ".join(inert(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
