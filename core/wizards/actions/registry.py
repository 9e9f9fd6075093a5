"""Every automated fix action, by id: the one list a new action family joins.

To add a family: write `core/wizards/actions/<family>.py` (subclasses of `Action` from `base.py`, their
plans opened with the guards of `guards.py`), import its classes here and append them to `ACTION_CLASSES`.
The order is the order `describe_actions()` lists them in (reports, the ticket).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import Msg
from core.wizards.actions.backup_now import TriggerBackup
from core.wizards.actions.base import Action
from core.wizards.actions.extension_removal import DeleteStuckBackupExtension, RemoveBackupExtension
from core.wizards.actions.job_cancel import CancelBackupJob
from core.wizards.actions.key_vault import GrantKeyVaultAccess
from core.wizards.actions.policy_group import CreateRestorePointGroup
from core.wizards.actions.protection import ResumeProtection, StopProtectionDeleteData, StopProtectionKeepData
from core.wizards.actions.restore_points import (
    DeleteRestorePointCollections,
    RemoveRestorePointLock,
    RestoreRestorePointLock,
)
from core.wizards.actions.vm_power import ResizeVm, RestartVm

ACTION_CLASSES: tuple[type[Action], ...] = (
    RemoveBackupExtension,
    TriggerBackup,
    RemoveRestorePointLock,
    DeleteRestorePointCollections,
    RestoreRestorePointLock,
    GrantKeyVaultAccess,
    CancelBackupJob,
    ResumeProtection,
    DeleteStuckBackupExtension,
    StopProtectionKeepData,
    StopProtectionDeleteData,
    CreateRestorePointGroup,
    RestartVm,
    ResizeVm,
)

# One instance of each action, by id. A mutable dict: a module may still add one with
# `ACTIONS.setdefault(MyAction.id, MyAction())` when it is imported, as actions did before this package.
ACTIONS: dict[str, Action] = {cls.id: cls() for cls in ACTION_CLASSES}


def action(action_id: str) -> Action:
    """The automated action with this id (KeyError if there is none)."""
    return ACTIONS[action_id]


@dataclass(frozen=True)
class ActionInfo:
    id: str
    title: Msg
    role: str


def describe_actions() -> list[ActionInfo]:
    return [ActionInfo(a.id, a.title_msg, a.role) for a in ACTIONS.values()]


__all__ = ["ACTIONS", "ACTION_CLASSES", "ActionInfo", "action", "describe_actions"]
