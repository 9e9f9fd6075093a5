"""Every control and bidi-control character in command-line output is shown as its `\\uXXXX` escape, in
ASCII text and in any other text alike (the fast paths of `visible_controls` change nothing of that)."""

from __future__ import annotations

import pytest

from core.terminal_text import visible_controls

TAB_AND_NEWLINE = "\t\n"
#: Those of each kind, from core/terminal_text.py's list: C0, DEL, C1, ALM, LRM/RLM, LS/PS, bidi
#: embeddings and overrides, isolates.
UNSAFE = (
    [chr(c) for c in range(0x00, 0x20) if chr(c) not in TAB_AND_NEWLINE]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + ["\u061c", "\u200e", "\u200f", "\u2028", "\u2029"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


@pytest.mark.parametrize("context", ["vm-web01", "vm-produção — Lisboa", '{"name": "x"}'])
def test_each_unsafe_character_is_escaped_whatever_text_surrounds_it(context: str) -> None:
    for char in UNSAFE:
        shown = visible_controls(f"{context}{char}{context}")

        assert shown == f"{context}\\u{ord(char):04x}{context}", repr(char)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain ASCII, with a tab\tand a new line\n",
        '{"id": "/subscriptions/x", "title": "A backup has been running for 7 h"}',
        "Não foi possível ler o cofre → tente de novo\n",
        "\u00a0non-breaking and soft\u00adhyphen, zero\u200bwidth, emoji 🙂",
    ],
)
def test_text_without_control_characters_is_written_as_it_is(text: str) -> None:
    assert visible_controls(text) == text


def test_every_character_of_the_basic_plane_is_kept_or_escaped_as_documented() -> None:
    unsafe = set(UNSAFE)
    for code in range(0x0000, 0x10000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates are no characters
        expected = f"\\u{code:04x}" if char in unsafe else char
        assert visible_controls(f"a{char}") == f"a{expected}", hex(code)
        assert visible_controls(f"é{char}") == f"é{expected}", hex(code)
