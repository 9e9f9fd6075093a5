"""Small builders for wizard steps and the values every wizard's texts share.

Texts are passed in already marked (`QT_TRANSLATE_NOOP("Wizards", "...")` at the call site, where lupdate
sees the literal); the builders only arrange them. The closing pair "back up now, then check the last
backup" is the same in most wizards and is defined once here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core import ids
from core.i18n import QT_TRANSLATE_NOOP
from core.wizards.context import WizardContext
from core.wizards.model import Command, Link, Shell, Step, StepKind

LAST_BACKUP_CHECK = "last-backup-job"
PORTAL = "https://portal.azure.com"

Condition = Callable[[WizardContext], bool]


def explain(
    step_id: str,
    title: str,
    text: str,
    *,
    when: Condition | None = None,
    os: str | None = None,
    links: tuple[Link, ...] = (),
) -> Step:
    return Step(step_id, StepKind.EXPLANATION, title, text, links=links, when=when, os=os)


def manual(
    step_id: str,
    title: str,
    text: str,
    *,
    commands: tuple[Command, ...] = (),
    portal: tuple[str, ...] = (),
    links: tuple[Link, ...] = (),
    os: str | None = None,
    when: Condition | None = None,
    optional: bool = False,
) -> Step:
    return Step(step_id, StepKind.MANUAL, title, text, commands, portal, links, os, when, optional=optional)


def action(
    step_id: str,
    action_id: str,
    title: str,
    text: str,
    *,
    portal: tuple[str, ...] = (),
    commands: tuple[Command, ...] = (),
    when: Condition | None = None,
    optional: bool = False,
) -> Step:
    return Step(
        step_id, StepKind.ACTION, title, text, commands, portal, (), None, when, action=action_id, optional=optional
    )


def verify(step_id: str, title: str, text: str, checks: tuple[str, ...], *, when: Condition | None = None) -> Step:
    return Step(step_id, StepKind.VERIFICATION, title, text, when=when, checks=checks)


def powershell(template: str, label: str | None = None) -> Command:
    return Command(Shell.POWERSHELL, template, label)


def bash(template: str, label: str | None = None, distros: tuple[str, ...] = ()) -> Command:
    return Command(Shell.BASH, template, label, distros)


def az(template: str, label: str | None = None) -> Command:
    return Command(Shell.AZ_CLI, template, label)


def backup_now_steps(*, optional: bool = False) -> tuple[Step, Step]:
    """Back up on demand, then check that the latest backup succeeded."""
    return (
        action(
            "backup-now",
            "trigger-backup",
            QT_TRANSLATE_NOOP("Wizards", "Back up now"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Start an on-demand backup of {vm} to prove the fix: Azure Backup installs its extension if it is "
                "missing and takes a snapshot. Backup Doctor follows the job and reports how it ends.",
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Recovery Services vault > Backup items > Azure Virtual Machine > {vm} > Backup now"
                ),
            ),
            optional=optional,
        ),
        verify(
            "verify-backup",
            QT_TRANSLATE_NOOP("Wizards", "Check the latest backup"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again and check that its latest backup succeeded."),
            (LAST_BACKUP_CHECK,),
        ),
    )


def base_values(context: WizardContext) -> dict[str, Any]:
    """Values every wizard's texts and commands may use."""
    vm = context.vm
    return {
        "vm": vm.name,
        "vmId": vm.id,
        "resourceGroup": vm.resource_group,
        "subscription": vm.subscription_id,
        "location": vm.location,
        "os": vm.os_type,
        "powerState": vm.instance_view.power_state if vm.instance_view else None,
        "osName": vm.instance_view.os_name if vm.instance_view else None,
    }


def vault_values(vault_id: str | None) -> dict[str, Any]:
    if not vault_id:
        return {"vault": None, "vaultId": None, "vaultResourceGroup": None}
    parsed = ids.parse_id(vault_id)
    return {"vault": parsed.name, "vaultId": vault_id, "vaultResourceGroup": parsed.resource_group}


def joined(values: list[str]) -> str | None:
    return ", ".join(values) if values else None


__all__ = [
    "LAST_BACKUP_CHECK",
    "PORTAL",
    "action",
    "az",
    "backup_now_steps",
    "base_values",
    "bash",
    "explain",
    "joined",
    "manual",
    "powershell",
    "vault_values",
    "verify",
]
