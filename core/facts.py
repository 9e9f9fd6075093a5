"""Facts collected from Azure about one virtual machine, in core types (never SDK models).

A fact that could not be read is `None`, and `VmFacts.unavailable` says why under the fact's name, so a
check can answer "unknown, because ..." instead of a false pass. Every type is built from the ARM REST
shape by `core.azure.parse`, so the same code reads a live response, a simulator response and a
tenant file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeVar

from core.findings import Problem
from core.guest.outcome import GuestInspection
from core.ids import SubscriptionId, VmId

K = TypeVar("K")
V = TypeVar("V")


class FrozenMap(Mapping[K, V]):
    """A mapping that cannot change once built: what a published `VmFacts` holds instead of a dict.

    Facts are handed from the scan's worker threads to the GUI and the reports; nothing may change them
    afterwards (a new value is built with `dataclasses.replace`). Equal to any mapping with the same items.
    """

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        self._items: dict[K, V] = dict(items)

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __repr__(self) -> str:
        return f"FrozenMap({self._items!r})"

    def __reduce__(self) -> tuple[type[FrozenMap[K, V]], tuple[dict[K, V]]]:
        return (FrozenMap, (self._items,))


def frozen_map(items: Mapping[K, V]) -> FrozenMap[K, V]:
    """`items` as a FrozenMap (itself when it is one already, no copy; every empty one is the same object)."""
    if isinstance(items, FrozenMap):
        return items
    return FrozenMap(items) if items else _EMPTY


_EMPTY: FrozenMap[Any, Any] = FrozenMap()


# Names of the facts that can be unavailable; used as keys of VmFacts.unavailable.
FACT_INSTANCE_VIEW = "instanceView"
FACT_EXTENSIONS = "extensions"
FACT_DISKS = "disks"
FACT_LOCKS = "locks"
FACT_RESTORE_POINTS = "restorePointCollections"
FACT_PROTECTION = "protection"
FACT_JOBS = "jobs"
FACT_KEY_VAULTS = "keyVaults"


@dataclass(frozen=True, slots=True)
class StatusEntry:
    """An ARM `InstanceViewStatus`: code such as `ProvisioningState/succeeded` or `PowerState/running`."""

    code: str
    level: str | None = None
    display_status: str | None = None
    message: str | None = None
    time: datetime | None = None


@dataclass(frozen=True, slots=True)
class ExtensionHandler:
    """An entry of `instanceView.vmAgent.extensionHandlers`."""

    type: str
    type_handler_version: str | None
    status: StatusEntry | None


@dataclass(frozen=True, slots=True)
class AgentFacts:
    """`instanceView.vmAgent`: absent in Azure when no agent ever reported."""

    version: str | None
    statuses: tuple[StatusEntry, ...]
    extension_handlers: tuple[ExtensionHandler, ...] = ()


@dataclass(frozen=True, slots=True)
class ExtensionFacts:
    """A VM extension resource, joined with its instance view when Azure gave one."""

    id: str | None
    name: str
    publisher: str | None
    type: str | None
    type_handler_version: str | None
    provisioning_state: str | None
    statuses: tuple[StatusEntry, ...] = ()
    substatuses: tuple[StatusEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class DiskFacts:
    name: str
    id: str | None
    is_os_disk: bool
    lun: int | None
    size_gb: int | None
    # True when Azure Disk Encryption settings are enabled on the disk (VM model or disk resource).
    ade_encrypted: bool
    # Key vault ids named by the disk's ADE settings (disk encryption key and key encryption key).
    key_vault_ids: tuple[str, ...] = ()
    # The managed disk's properties.securityProfile.securityType (TrustedLaunch, ConfidentialVM...).
    security_type: str | None = None
    # An unmanaged disk's storage account, from its vhd.uri (https://<account>.blob.core...); None if managed.
    storage_account: str | None = None


@dataclass(frozen=True, slots=True)
class InstanceView:
    power_state: str | None  # the part after "PowerState/": running, stopped, deallocated...
    statuses: tuple[StatusEntry, ...]
    agent: AgentFacts | None
    extensions: tuple[ExtensionFacts, ...] = ()
    os_name: str | None = None
    os_version: str | None = None


@dataclass(frozen=True, slots=True)
class LockFacts:
    id: str
    name: str
    level: str  # CanNotDelete or ReadOnly
    scope: str  # the resource group (or resource) id the lock applies to
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class RestorePointCollectionFacts:
    id: str
    name: str
    resource_group: str
    source_id: str | None  # properties.source.id: the VM
    restore_point_count: int | None  # None when restore points were not expanded


@dataclass(frozen=True, slots=True)
class ProtectionFacts:
    """The VM's protected item in a Recovery Services vault."""

    item_id: str
    vault_id: str
    protection_state: str | None  # Protected, IRPending, ProtectionStopped, ProtectionPaused, ...
    protection_status: str | None
    health_status: str | None
    last_backup_status: str | None
    last_backup_time: datetime | None
    policy_id: str | None
    container_name: str | None
    friendly_name: str | None
    # Stopped with its backup data deleted, and kept in soft-deleted state until `deferred_delete_time`
    # (`isScheduledForDeferredDelete`, `deferredDeleteTimeInUTC` of the protected item).
    soft_deleted: bool = False
    deferred_delete_time: datetime | None = None


@dataclass(frozen=True, slots=True)
class JobError:
    error_code: int | str | None
    error_string: str | None
    error_title: str | None
    recommendations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class JobFacts:
    id: str
    name: str
    vault_id: str
    operation: str | None
    status: str | None  # InProgress, Completed, Failed, CompletedWithWarnings, Cancelled, Cancelling
    start_time: datetime | None
    end_time: datetime | None
    entity_friendly_name: str | None
    container_name: str | None
    errors: tuple[JobError, ...] = ()
    # Portal-style failure code when the payload names one (e.g. extendedInfo.propertyBag).
    failure_code: str | None = None
    # extendedInfo.dynamicErrorMessage of job details: free text that may name the documented code.
    dynamic_error_message: str | None = None


@dataclass(frozen=True, slots=True)
class AccessPolicy:
    object_id: str
    tenant_id: str | None
    application_id: str | None
    keys: tuple[str, ...]
    secrets: tuple[str, ...]
    certificates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KeyVaultFacts:
    id: str
    name: str
    enable_rbac_authorization: bool
    enabled_for_disk_encryption: bool | None
    access_policies: tuple[AccessPolicy, ...]


@dataclass(frozen=True, slots=True)
class VmFacts:
    """One VM's facts, immutable once built: a step that learns more builds a new value (`replace`).

    `tags` and `unavailable` may be given as any mapping; they are kept as a `FrozenMap`.
    """

    id: VmId
    name: str
    subscription_id: SubscriptionId
    resource_group: str
    location: str
    os_type: str | None  # "Windows" or "Linux", as in storageProfile.osDisk.osType
    provisioning_state: str | None
    vm_size: str | None = None
    # The VM's Azure tags (text as the customer wrote it: shown as plain text only).
    tags: Mapping[str, str] = _EMPTY
    # properties.securityProfile.securityType of the VM model: TrustedLaunch, ConfidentialVM, Standard or None.
    security_type: str | None = None
    instance_view: InstanceView | None = None
    extensions: tuple[ExtensionFacts, ...] | None = None
    disks: tuple[DiskFacts, ...] | None = None
    # Locks that apply to the VM's resource group and to its restore point resource groups.
    locks: tuple[LockFacts, ...] | None = None
    # Locks on the storage accounts of the VM's unmanaged disks (and subscription-wide locks), from the same
    # list of locks; None when the locks could not be read.
    storage_account_locks: tuple[LockFacts, ...] | None = None
    restore_point_collections: tuple[RestorePointCollectionFacts, ...] | None = None
    # True when the collections were listed but their restore points were not counted, because no fact
    # points to the restore point limit (no lock on the VM's groups, no failed job naming the limit).
    restore_points_not_counted: bool = False
    # None when vaults could not be read; a ProtectionFacts-less empty tuple means "not protected".
    protection: tuple[ProtectionFacts, ...] | None = None
    jobs: tuple[JobFacts, ...] | None = None
    key_vaults: tuple[KeyVaultFacts, ...] | None = None
    # Object id of the Backup Management Service in this tenant, when it could be resolved.
    backup_service_object_id: str | None = None
    # The latest check inside the guest (Run Command), when the user asked for one; None otherwise.
    guest: GuestInspection | None = None
    # False for a protected item whose VM no longer exists (core/orphans.py): the "VM" is the item.
    exists: bool = True
    unavailable: Mapping[str, Problem] = _EMPTY

    def __post_init__(self) -> None:
        # Frozen: the mappings are stored as built here (object.__setattr__ is how a frozen dataclass
        # initialises itself).
        object.__setattr__(self, "tags", frozen_map(self.tags))
        object.__setattr__(self, "unavailable", frozen_map(self.unavailable))

    def why_unavailable(self, fact: str) -> Problem | None:
        return self.unavailable.get(fact)

    def marked_unavailable(self, fact: str, problem: Problem) -> VmFacts:
        """These facts with `fact` unavailable because of `problem` (a reason already given is kept)."""
        if fact in self.unavailable:
            return self
        return replace(self, unavailable={**self.unavailable, fact: problem})
