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

# C0 controls (but tab and line feed), DEL, C1 controls; the bidi embeddings, overrides, isolates and
# marks (Unicode UAX #9), and the line and paragraph separators that some terminals break lines on.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


# The ASCII characters of `_UNSAFE`, as bytes to delete: ASCII text without them needs no change.
_UNSAFE_ASCII = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])


def _nothing_to_escape(text: str) -> bool:
    """A fast check that `text` holds no `_UNSAFE` character (a 10,000-VM JSON output is 100 MB of text;
    the regular expression alone took seconds of it). False means: look with the expression."""
    if text.isascii():  # O(1) for Python strings; then a C scan of the bytes
        ascii_bytes = text.encode("ascii")
        return len(ascii_bytes.translate(None, _UNSAFE_ASCII)) == len(ascii_bytes)
    # Every _UNSAFE character is unprintable (Cc, Cf, Zl, Zp), so printable text holds none of them.
    return text.isprintable()


def visible_controls(text: str) -> str:
    """`text` with every control and bidi-control character replaced by its visible `\\uXXXX` escape."""
    if _nothing_to_escape(text):
        return text
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
