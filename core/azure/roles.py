"""Azure RBAC as ARM evaluates it: built-in roles, wildcard action matching, and the least role that grants
an action. Shared by the simulator (which answers 403 and `Microsoft.Authorization/permissions` from role
assignments) and the app (which names the missing permission and a role before a fix).

The role definitions are the built-in ones from Microsoft's "Azure built-in roles" pages
(learn.microsoft.com/azure/role-based-access-control/built-in-roles), cut to the actions that touch what
Backup Doctor reads and changes, in resources/azure-built-in-roles.json; the role ids are Azure's (empty
where not recorded there). The simulator reads the same file with its own evaluation (core/simulator/rbac.py).
Matching follows "Understand Azure role definitions": `*` matches any characters (including `/`), names
compare without regard to case, and an action is allowed when an `actions` entry matches and no
`notActions` entry does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from core.locator import resource


@dataclass(frozen=True)
class Permission:
    """One entry of a role definition's `permissions` (what `.../Microsoft.Authorization/permissions` lists)."""

    actions: tuple[str, ...]
    not_actions: tuple[str, ...] = ()

    def to_json(self) -> dict[str, list[str]]:
        return {
            "actions": list(self.actions),
            "notActions": list(self.not_actions),
            "dataActions": [],
            "notDataActions": [],
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Permission:
        def strings(name: str) -> tuple[str, ...]:
            value = data.get(name)
            return tuple(str(item) for item in value) if isinstance(value, list) else ()

        return cls(strings("actions"), strings("notActions"))


@dataclass(frozen=True)
class RoleDefinition:
    name: str
    role_id: str
    permissions: tuple[Permission, ...]


ROLES_FILE = "azure-built-in-roles.json"


def _built_in_roles() -> tuple[RoleDefinition, ...]:
    """The role definitions of resources/azure-built-in-roles.json (shared with the simulator), in order."""
    data = json.loads(resource(ROLES_FILE).read_text(encoding="utf-8"))
    return tuple(
        RoleDefinition(
            str(entry["roleName"]), str(entry["id"]), tuple(Permission.from_json(p) for p in entry["permissions"])
        )
        for entry in data["roles"]
    )


# Least privileged first: `role_granting` names the first that grants an action.
BUILT_IN_ROLES: tuple[RoleDefinition, ...] = _built_in_roles()

# Management locks need Microsoft.Authorization/locks/*: Contributor excludes it; these roles grant it.
_LOCK_ROLES = ("Owner", "User Access Administrator")


@cache
def _pattern(wildcard: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in wildcard.split("*")), re.IGNORECASE)


def matches(wildcard: str, action: str) -> bool:
    return _pattern(wildcard).fullmatch(action) is not None


def allows(permissions: Iterable[Permission], action: str) -> bool:
    """ARM's rule: some entry's `actions` match and none of that entry's `notActions` do."""
    return any(
        any(matches(a, action) for a in p.actions) and not any(matches(n, action) for n in p.not_actions)
        for p in permissions
    )


def role(name: str) -> RoleDefinition | None:
    folded = name.casefold()
    return next((r for r in BUILT_IN_ROLES if r.name.casefold() == folded or r.role_id == folded), None)


def role_granting(action: str, candidates: Sequence[RoleDefinition] = BUILT_IN_ROLES) -> str:
    """The least privileged built-in role that allows `action` ("Owner" at worst)."""
    if matches("Microsoft.Authorization/locks/*", action):
        return _LOCK_ROLES[0]
    return next((r.name for r in candidates if allows(r.permissions, action)), "Owner")
