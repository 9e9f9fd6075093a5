"""Azure RBAC as ARM evaluates it, for the simulated ARM: the built-in roles and wildcard action matching.

The roles are read from resources/azure-built-in-roles.json (found through `core.locator`), the file the
app's `core/azure/roles.py` reads too. The evaluation here is the simulator's own, written from "Understand
Azure role definitions" (learn.microsoft.com/azure/role-based-access-control/role-definitions): `*`
matches any characters (including `/`), names compare without regard to case, and an action is allowed
when some entry's `actions` match it and none of that entry's `notActions` do. It stays apart from the
app's on purpose: the simulator stands in for Azure, so a mistake in the app's matching shows in the tests
as a disagreement instead of being shared by both sides.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from core import locator


@dataclass(frozen=True)
class Grant:
    """One entry of a role definition's `permissions`."""

    actions: tuple[str, ...]
    not_actions: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """As `Microsoft.Authorization/permissions` lists it."""
        return {"actions": [*self.actions], "notActions": [*self.not_actions], "dataActions": [], "notDataActions": []}

    def allows(self, action: str) -> bool:
        return any(_pattern(a).fullmatch(action) for a in self.actions) and not any(
            _pattern(n).fullmatch(action) for n in self.not_actions
        )


@dataclass(frozen=True)
class Role:
    name: str
    role_id: str
    grants: tuple[Grant, ...]


@cache
def _pattern(wildcard: str) -> re.Pattern[str]:
    return re.compile(".*".join(map(re.escape, wildcard.split("*"))), re.IGNORECASE)


@cache
def built_in_roles() -> tuple[Role, ...]:
    data = json.loads(locator.resource("azure-built-in-roles.json").read_text(encoding="utf-8"))
    return tuple(
        Role(
            entry["roleName"],
            entry["id"],
            tuple(Grant(tuple(g["actions"]), tuple(g.get("notActions", ()))) for g in entry["permissions"]),
        )
        for entry in data["roles"]
    )


def role(name_or_id: str) -> Role | None:
    """The built-in role named `name_or_id` (any case) or with that role id."""
    folded = name_or_id.casefold()
    return next((r for r in built_in_roles() if folded in (r.name.casefold(), r.role_id)), None)


def allows(grants: Iterable[Grant], action: str) -> bool:
    return any(grant.allows(action) for grant in grants)
