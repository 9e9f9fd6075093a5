"""Azure RBAC as ARM evaluates it: built-in roles, wildcard action matching, and the least role that grants
an action. Shared by the simulator (which answers 403 and `Microsoft.Authorization/permissions` from role
assignments) and the app (which names the missing permission and a role before a fix).

The role definitions are the built-in ones from Microsoft's "Azure built-in roles" pages
(learn.microsoft.com/azure/role-based-access-control/built-in-roles), cut to the actions that touch what
Backup Doctor reads and changes; the role ids are Azure's (empty where not recorded here).
Matching follows "Understand Azure role definitions": `*` matches any characters (including `/`), names
compare without regard to case, and an action is allowed when an `actions` entry matches and no
`notActions` entry does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache


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


_RECOVERY_READS = (
    "Microsoft.RecoveryServices/Vaults/read",
    "Microsoft.RecoveryServices/Vaults/backupFabrics/protectionContainers/protectedItems/read",
    "Microsoft.RecoveryServices/Vaults/backupJobs/read",
    "Microsoft.RecoveryServices/Vaults/backupJobs/*/read",
    "Microsoft.RecoveryServices/Vaults/backupPolicies/read",
    "Microsoft.RecoveryServices/Vaults/backupProtectedItems/read",
)

#: Least privileged first: `role_granting` names the first that grants an action.
BUILT_IN_ROLES: tuple[RoleDefinition, ...] = (
    RoleDefinition("Reader", "acdd72a7-3385-48ef-bd42-f606fba81ae7", (Permission(("*/read",)),)),
    RoleDefinition(
        "Backup Reader",
        "",  # id not recorded here
        (
            Permission(
                (
                    "Microsoft.Authorization/*/read",
                    "Microsoft.Resources/subscriptions/resourceGroups/read",
                    "Microsoft.RecoveryServices/Vaults/backupFabrics/*/read",
                    *_RECOVERY_READS,
                )
            ),
        ),
    ),
    RoleDefinition(
        "Backup Operator",
        "00c29273-979b-4161-815c-10b084fb9324",
        (
            Permission(
                (
                    "Microsoft.Authorization/*/read",
                    "Microsoft.Resources/subscriptions/resourceGroups/read",
                    "Microsoft.RecoveryServices/Vaults/backupFabrics/protectionContainers/protectedItems/backup/action",
                    "Microsoft.RecoveryServices/Vaults/backupFabrics/protectionContainers/protectedItems/write",
                    "Microsoft.RecoveryServices/Vaults/backupJobs/cancel/action",
                    "Microsoft.RecoveryServices/Vaults/backupFabrics/*/read",
                    *_RECOVERY_READS,
                )
            ),
        ),
    ),
    RoleDefinition(
        "Backup Contributor",
        "5e467623-bb1f-42f4-a55d-6e525e11384b",
        (
            Permission(
                (
                    "Microsoft.Authorization/*/read",
                    "Microsoft.Resources/subscriptions/resourceGroups/read",
                    "Microsoft.RecoveryServices/Vaults/backupFabrics/*",
                    "Microsoft.RecoveryServices/Vaults/backupJobs/*",
                    "Microsoft.RecoveryServices/Vaults/backupPolicies/*",
                    *_RECOVERY_READS,
                )
            ),
        ),
    ),
    RoleDefinition(
        "Virtual Machine Contributor",
        "9980e02c-c2be-4d73-94e8-173b1dc7cf3c",
        (
            Permission(
                (
                    "Microsoft.Authorization/*/read",
                    "Microsoft.Compute/virtualMachines/*",
                    "Microsoft.Compute/disks/read",
                    "Microsoft.Compute/disks/write",
                    "Microsoft.Compute/restorePointCollections/*",
                    "Microsoft.RecoveryServices/Vaults/backupFabrics/protectionContainers/protectedItems/write",
                    "Microsoft.Resources/subscriptions/resourceGroups/read",
                    *_RECOVERY_READS,
                )
            ),
        ),
    ),
    RoleDefinition(
        "Contributor",
        "b24988ac-6180-42a0-ab88-20f7382dd24c",
        (
            Permission(
                ("*",),
                (
                    "Microsoft.Authorization/*/Delete",
                    "Microsoft.Authorization/*/Write",
                    "Microsoft.Authorization/elevateAccess/Action",
                    "Microsoft.Blueprint/blueprintAssignments/write",
                    "Microsoft.Blueprint/blueprintAssignments/delete",
                ),
            ),
        ),
    ),
    RoleDefinition("Owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", (Permission(("*",)),)),
)

#: Management locks need Microsoft.Authorization/locks/*: Contributor excludes it; these roles grant it.
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
