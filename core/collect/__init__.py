"""Collection: the facts of every VM of a subscription, from a handful of list calls.

One paged call lists every VM with its instance view; disks, locks, restore point collections,
vaults (with their protected items and recent jobs) come from list calls too, joined to VMs here.
Only what cannot be listed is read one by one, and only where it matters: restore points of a VM's
own collections, details of a VM's latest failed job, and the key vaults encrypted VMs use.
A call that fails marks the facts it would have given as unavailable, on the VMs it concerns.

Facts are immutable: `Collector.enrich` publishes new `VmFacts` (`Enriched`), it never changes the ones
it was given, which a GUI may already show. One module per family of facts:

- `base`: the subscription, the batch a step works on, the concurrent and cancellable reads;
- `collector`: listing the VMs and running the steps in order;
- `storage` (disks, locks), `restore_points`, `backup` (vaults, items, jobs, orphans), `key_vaults`;
- `one_vm`: one VM read as a scan reads it (`collect_vm`), for the fix wizards.
"""

from core.collect.base import Cancelled, Enriched, Subscription
from core.collect.collector import Collector
from core.collect.key_vaults import BACKUP_MANAGEMENT_SERVICE_APP_ID
from core.collect.one_vm import collect_vm
from core.collect.storage import add_storage_account_locks, storage_account_locks
from core.facts import FACT_DISKS

__all__ = [
    "BACKUP_MANAGEMENT_SERVICE_APP_ID",
    "FACT_DISKS",
    "Cancelled",
    "Collector",
    "Enriched",
    "Subscription",
    "add_storage_account_locks",
    "collect_vm",
    "storage_account_locks",
]
