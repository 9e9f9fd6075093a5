"""A read-only lock on a storage account that classic and V1 backup paths write to
(UserErrorStorageAccountIsLocked).

Azure's self-help page for the code: backup or restore jobs fail while the storage account is locked; remove
the lock, or use a delete lock (CanNotDelete) instead of a read-only one. Managed disks have no storage
account of the VM's; an unmanaged disk names its account in vhd.uri. The locks come from the subscription's
lock list that the restore point checks already read (a lock on the account, or on the whole subscription).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.checks.base import Check, CheckContext, codes_for, not_applicable, unknown
from core.facts import FACT_LOCKS, VmFacts
from core.findings import Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg

CHECK_ID = "storage-account-lock"
WIZARD = "storage-account-lock"
READ_ONLY = "readonly"


def _msg(source: str, **args: Any) -> Msg:
    return Msg("LockChecks", source, args)


def check_storage_account_lock(vm: VmFacts, context: CheckContext) -> Iterator[Finding]:
    accounts = sorted({d.storage_account for d in vm.disks or () if d.storage_account})
    if not accounts:
        yield not_applicable(
            CHECK_ID,
            _msg(QT_TRANSLATE_NOOP("LockChecks", "Managed disks only: no storage account of the VM to lock")),
        )
        return
    if vm.storage_account_locks is None:
        yield unknown(
            CHECK_ID,
            _msg(QT_TRANSLATE_NOOP("LockChecks", "The locks on the VM's storage accounts could not be read")),
            vm.why_unavailable(FACT_LOCKS),
            codes_for(CHECK_ID),
        )
        return
    read_only = [lock for lock in vm.storage_account_locks if lock.level.lower() == READ_ONLY]
    evidence: dict[str, Any] = {
        "storageAccounts": accounts,
        "locks": [{"id": lock.id, "level": lock.level, "notes": lock.notes} for lock in vm.storage_account_locks],
    }
    if not read_only:
        yield Finding(
            CHECK_ID,
            Status.PASS,
            _msg(
                QT_TRANSLATE_NOOP("LockChecks", "No read-only lock on the VM's storage accounts ({accounts})"),
                accounts=", ".join(accounts),
            ),
            None,
            (),
            evidence,
        )
        return
    lock = read_only[0]
    account = next((a for a in accounts if a.lower() in lock.scope.lower()), accounts[0])
    evidence.update({"lockId": lock.id, "storageAccount": account})
    yield Finding(
        CHECK_ID,
        Status.FAIL,
        _msg(
            QT_TRANSLATE_NOOP("LockChecks", "The storage account {account} is locked read-only"),
            account=account,
        ),
        _msg(
            QT_TRANSLATE_NOOP(
                "LockChecks",
                "The ReadOnly lock {lock} applies to {account}, where the VM's unmanaged disks are. Backup and "
                "restore jobs that write there fail with UserErrorStorageAccountIsLocked. Remove the lock, or "
                "replace it with a CanNotDelete lock, which does not block writes.",
            ),
            lock=lock.name,
            account=account,
        ),
        codes_for(CHECK_ID),
        evidence,
        WIZARD,
    )


CHECKS = (Check(CHECK_ID, check_storage_account_lock),)
