"""Hostile values for the report tests: what an attacker could put in names, tags and messages."""

from __future__ import annotations

#: What an attacker-controlled name, tag or message could hold.
HOSTILE = {
    "script": "<script>alert('x')</script>",
    "attribute": '" onmouseover="alert(1)" x="',
    "single": "' onfocus='alert(2)",
    "url": "javascript:alert(3)",
    "svg": "<svg onload=alert(4)><circle/></svg>",
    "img": "<img src=x onerror=alert(5)>",
    "rtl": "invoice\u202egpj.exe",
    "style": "</style><style>body{display:none}</style>",
    "comment": "--><!--",
    "template": "{{ 7*7 }}{% raw %}{0}{vm}",
    "escape": "\x1b[31mred\x1b[0m\x00",
}
LONG = "L" * 10_000


def hostile_text(kind: str) -> str:
    return f"{HOSTILE[kind]} {kind}-marker"
