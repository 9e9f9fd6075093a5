"""A tenant file whose names and messages are hostile: HTML, links, terminal escapes, bidi overrides.

Built from the small test tenant by renaming things everywhere they appear, so the file stays consistent
(ids, references and names agree) and loads like any tenant.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SMALL_TENANT = Path(__file__).parent / "data" / "small-tenant.json"

#: What each hostile string replaces. None contains "/" (no closing tags), so ids stay well-formed.
IMG = "<img src=x width=20000 height=20000>"
LINK = "<a href=https:xn--evil>click me"
BOLD = "<b>bold"
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred"
BIDI = "admin\u202etxt.exe\u0000"
RENAMES = {
    "vm-web01": IMG,
    "vm-web02": LINK,
    "vm-app01": ESCAPES,
    "vm-app02": BIDI,
    "rg-app": "rg-<i>app",
    "rp-lock": "<u>lock",
    "Sim Production": "<h1>Production",
}

#: The tags of the strings above (and of a hostile file name, "<b>tenant.json"), as they appear unescaped:
#: found in text that Qt treats as rich text, they are rendered rather than shown.
HOSTILE_TAGS = ("<img src=x", "<a href=https:xn--evil", "<b>bold", "<b>tenant", "<i>app", "<u>lock", "<h1>Production")


def hostile_tenant(path: Path) -> Path:
    text = SMALL_TENANT.read_text(encoding="utf-8")
    for old, new in RENAMES.items():
        text = text.replace(old, json.dumps(new)[1:-1])
    data: dict[str, Any] = json.loads(text)
    for resource in data["resources"]:
        if resource["type"].lower() == "microsoft.authorization/locks":
            resource.setdefault("properties", {})["notes"] = f"{LINK} {ESCAPES}"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
