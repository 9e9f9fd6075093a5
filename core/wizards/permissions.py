"""Before a fix on Azure: ask ARM what the signed-in account may do on each target, and say what is missing.

`GET {target}/providers/Microsoft.Authorization/permissions` lists the actions of the caller's role
assignments at or above the target (Microsoft docs: "Permissions - List For Resource"); an operation is
allowed when an `actions` entry matches and no `notActions` entry of the same entry does. A missing one is
named with the least privileged built-in role that grants it (`core/azure/roles.py`), before anything is
tried. When the permissions cannot be read, nothing is blocked here: ARM still refuses at run time, and the
wizard explains that refusal.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.azure import roles
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.wizards.model import ActionPreview, PlannedOperation, PreviewState


@dataclass(frozen=True)
class MissingPermission:
    operation: PlannedOperation
    role: str


def missing_permissions(gateway: AzureGateway, operations: tuple[PlannedOperation, ...]) -> list[MissingPermission]:
    granted: dict[str, list[roles.Permission]] = {}
    missing: list[MissingPermission] = []
    for op in operations:
        if op.target not in granted:
            try:
                granted[op.target] = [roles.Permission.from_json(e) for e in gateway.permissions(op.target)]
            except AzureProblemError:
                return []
        if not roles.allows(granted[op.target], op.operation):
            missing.append(MissingPermission(op, roles.role_granting(op.operation)))
    return missing


def check_preview(gateway: AzureGateway, preview: ActionPreview) -> ActionPreview:
    """The preview, BLOCKED with the first missing permission and a role that grants it, when one is missing."""
    if not preview.ready or gateway.identity is None:
        return preview
    missing = missing_permissions(gateway, preview.operations)
    if not missing:
        return preview
    first = missing[0]
    summary = Msg(
        "Wizards",
        QT_TRANSLATE_NOOP(
            "Wizards",
            "Your account ({account}) lacks the permission {permission} on {scope}, so nothing was tried. The "
            "built-in role {role} grants it: ask an administrator for it, or ask someone who has it to run this fix.",
        ),
        {
            "account": gateway.identity.username,
            "permission": first.operation.operation,
            "scope": first.operation.target,
            "role": first.role,
        },
    )
    return replace(preview, state=PreviewState.BLOCKED, summary=summary)
