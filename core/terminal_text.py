"""Text for a terminal or a text file: control characters from Azure, files or users shown, never obeyed.

A tenant string such as a VM name can hold ESC sequences (clear the screen, set the window title, hide
what follows), NUL, or Unicode bidirectional overrides that reorder what a reader sees (CVE-2021-42574,
"Trojan Source"). Every text output of the command line goes through `visible_controls`, which replaces
each such character with its `\\uXXXX` escape: visible, unambiguous, and in a JSON string the very same
character (so JSON output stays the same data).

Kept as they are: line feed and tab, which the outputs themselves use for layout.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

#: C0 controls (but tab and line feed), DEL, C1 controls; the bidi embeddings, overrides, isolates and
#: marks (Unicode UAX #9), and the line and paragraph separators that some terminals break lines on.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def visible_controls(text: str) -> str:
    """`text` with every control and bidi-control character replaced by its visible `\\uXXXX` escape."""
    return _UNSAFE.sub(_escape, text)


class SafeTextWriter:
    """Wraps a text stream; whatever is written goes through `visible_controls` first."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(visible_controls(text))

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def safe_stream(stream: TextIO) -> TextIO:
    """`stream`, wrapped once so that nothing written to it can drive the terminal."""
    if isinstance(stream, SafeTextWriter):
        return stream
    return SafeTextWriter(stream)  # type: ignore[return-value]  # a TextIO in every way the CLI uses


__all__ = ["SafeTextWriter", "safe_stream", "visible_controls"]
