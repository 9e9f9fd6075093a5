"""The automated fix actions: each reads the current state, previews its changes, and makes them on
explicit confirmation, through the gateway (the contract: `base.py`).

One module per family: `extension_removal.py` (a failed or stuck backup extension), `backup_now.py` (back
up now, follow the job), `job_cancel.py` (cancel a running backup), `restore_points.py` (the lock over the
restore point group, the collections over the limit), `key_vault.py` (Azure Backup's access to the key
vault), `protection.py` (resume a protection; stop the protection of a VM that is gone). `guards.py` holds
the shared openings of a plan (read the VM, VM gone, a fact unreadable, locks over a target); `registry.py`
lists every action (`ACTION_CLASSES`).
"""

from __future__ import annotations

from core.wizards.actions.backup_now import PERMISSION_BACKUP, TRIGGER_BACKUP, TriggerBackup
from core.wizards.actions.base import Action, _age, _Execution, _names, _now, _Stopped, duration
from core.wizards.actions.extension_removal import (
    DELETE_STUCK_EXTENSION,
    PERMISSION_EXTENSION_DELETE,
    REMOVE_BACKUP_EXTENSION,
    DeleteStuckBackupExtension,
    RemoveBackupExtension,
    extension_removal,
)
from core.wizards.actions.guards import (
    _Blocked,
    _collect,
    _collect_requiring,
    _group_name,
    _locks_over_target,
    _protected_vm,
    _read_vm,
    _require,
    _require_protection_read,
    _unreadable,
    _vm_gone,
)
from core.wizards.actions.job_cancel import CANCEL_BACKUP_JOB, PERMISSION_JOB_CANCEL, CancelBackupJob
from core.wizards.actions.key_vault import GRANT_KEYVAULT_ACCESS, PERMISSION_ACCESS_POLICY_WRITE, GrantKeyVaultAccess
from core.wizards.actions.protection import (
    PERMISSION_ITEM_DELETE,
    PERMISSION_ITEM_WRITE,
    RESUME_PROTECTION,
    STOP_PROTECTION_DELETE_DATA,
    STOP_PROTECTION_KEEP_DATA,
    VM_PROTECTED_ITEM_TYPE,
    ResumeProtection,
    SoftDelete,
    StopProtectionDeleteData,
    StopProtectionKeepData,
    _item_state,
    read_soft_delete,
)
from core.wizards.actions.registry import ACTION_CLASSES, ACTIONS, ActionInfo, action, describe_actions
from core.wizards.actions.restore_points import (
    DELETE_RESTORE_POINT_COLLECTION,
    PERMISSION_LOCK_DELETE,
    PERMISSION_LOCK_WRITE,
    PERMISSION_RPC_DELETE,
    REMOVE_RP_LOCK,
    RESTORE_RP_LOCK,
    DeleteRestorePointCollections,
    RemoveRestorePointLock,
    RestoreRestorePointLock,
)

__all__ = [
    "ACTIONS",
    "ACTION_CLASSES",
    "CANCEL_BACKUP_JOB",
    "DELETE_RESTORE_POINT_COLLECTION",
    "DELETE_STUCK_EXTENSION",
    "GRANT_KEYVAULT_ACCESS",
    "PERMISSION_ACCESS_POLICY_WRITE",
    "PERMISSION_BACKUP",
    "PERMISSION_EXTENSION_DELETE",
    "PERMISSION_ITEM_DELETE",
    "PERMISSION_ITEM_WRITE",
    "PERMISSION_JOB_CANCEL",
    "PERMISSION_LOCK_DELETE",
    "PERMISSION_LOCK_WRITE",
    "PERMISSION_RPC_DELETE",
    "REMOVE_BACKUP_EXTENSION",
    "REMOVE_RP_LOCK",
    "RESTORE_RP_LOCK",
    "RESUME_PROTECTION",
    "STOP_PROTECTION_DELETE_DATA",
    "STOP_PROTECTION_KEEP_DATA",
    "TRIGGER_BACKUP",
    "VM_PROTECTED_ITEM_TYPE",
    "Action",
    "ActionInfo",
    "CancelBackupJob",
    "DeleteRestorePointCollections",
    "DeleteStuckBackupExtension",
    "GrantKeyVaultAccess",
    "RemoveBackupExtension",
    "RemoveRestorePointLock",
    "RestoreRestorePointLock",
    "ResumeProtection",
    "SoftDelete",
    "StopProtectionDeleteData",
    "StopProtectionKeepData",
    "TriggerBackup",
    "_Blocked",
    "_Execution",
    "_Stopped",
    "_age",
    "_collect",
    "_collect_requiring",
    "_group_name",
    "_item_state",
    "_locks_over_target",
    "_names",
    "_now",
    "_protected_vm",
    "_read_vm",
    "_require",
    "_require_protection_read",
    "_unreadable",
    "_vm_gone",
    "action",
    "describe_actions",
    "duration",
    "extension_removal",
    "read_soft_delete",
]
