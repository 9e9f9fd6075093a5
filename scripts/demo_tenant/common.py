"""The demo tenant's subscriptions, vaults and policies, and the shorthands its VM entries are written with."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from core.simulator.shapes import (
    UBUNTU_2204,
    WINDOWS_2022,
    CollectionPlan,
    Image,
    JobPlan,
    JsonDict,
    ProtectionPlan,
    VmSpec,
    ago,
    resource_id,
)
from core.simulator.shapes.scenarios import failed_job, healthy_vm, nightly_backups

TENANT_ID = "7b1d4e2a-93c5-4f60-8a1e-2c6d9f0b3a57"
PROD = "8f3c2a51-6b7e-4d19-a0c4-5e2f9b7d1c36"
DEV = "2d7a9e40-c1b3-4f85-9a62-7e0d4b8c3f15"
SHARED = "c4e81b6f-3a2d-47e9-b5f0-91d6a8c27e43"
SUBSCRIPTIONS = [
    (PROD, "Contoso Produção"),
    (DEV, "Contoso Desenvolvimento"),
    (SHARED, "Contoso Serviços Partilhados"),
]

#: Fictional object id of the Backup Management Service's service principal in this tenant.
BMS_OBJECT_ID = "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b"
DEPLOY_SP_OBJECT_ID = "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a"
DEPLOY_SP_APP_ID = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d"
ADMINS_GROUP_OBJECT_ID = "a3c5e7f9-1b2d-4e6f-8a0b-2c4d6e8f0a1c"

WEU = "westeurope"
NEU = "northeurope"

LEGACY_STORAGE = "stcontosolegacyvhds"
LEGACY_STORAGE_ID = resource_id(PROD, "rg-sql-legacy", "Microsoft.Storage/storageAccounts", LEGACY_STORAGE)
KV_FIN = resource_id(PROD, "rg-security-prod", "Microsoft.KeyVault/vaults", "kv-contoso-fin-prod")
KV_ADE = resource_id(PROD, "rg-security-prod", "Microsoft.KeyVault/vaults", "kv-contoso-ade-prod")
KV_RBAC = resource_id(PROD, "rg-security-prod", "Microsoft.KeyVault/vaults", "kv-contoso-rbac-prod")

PROD_TAGS = {"ambiente": "produção", "centro-de-custo": "CC-1100"}
DEV_TAGS = {"ambiente": "desenvolvimento", "centro-de-custo": "CC-2300"}
SHARED_TAGS = {"ambiente": "partilhado", "centro-de-custo": "CC-1900"}
ERP = {**PROD_TAGS, "aplicação": "erp"}
WEB = {**PROD_TAGS, "aplicação": "portal-web"}
FIN = {**PROD_TAGS, "aplicação": "financeiro"}
DATA = {**PROD_TAGS, "aplicação": "data-lake"}

# Vaults: key -> (subscription, resource group, vault name, location)
VAULTS = {
    "prod-weu": (PROD, "rg-backup-prod", "rsv-contoso-prod-weu", WEU),
    "prod-neu": (PROD, "rg-backup-prod-neu", "rsv-contoso-prod-neu", NEU),
    "dev-weu": (DEV, "rg-backup-dev", "rsv-contoso-dev-weu", WEU),
    "shared-weu": (SHARED, "rg-backup-shared", "rsv-contoso-shared-weu", WEU),
    "shared-neu": (SHARED, "rg-backup-shared-neu", "rsv-contoso-shared-neu", NEU),
}
#: A backup policy that names its own restore point group (instantRPDetails: backup-during-vm-creation, "Azure
#: Backup resource group for virtual machines"): the group is <prefix><n><suffix>, here rg-dev-restauro-1.
OWN_RP_GROUP_POLICY = "politica-dev-grupo-proprio"
OWN_RP_GROUP_PREFIX = "rg-dev-restauro-"
#: A tag policy with the Deny effect on the development subscription (built-in "Require a tag on resource groups").
TAG_POLICY_ASSIGNMENT = (
    f"/subscriptions/{DEV}/providers/Microsoft.Authorization/policyAssignments/exigir-centro-de-custo"
)
REQUIRE_TAG_ON_GROUPS = "/providers/Microsoft.Authorization/policyDefinitions/96670d01-0a4d-4649-9c89-2d3abc0a5025"

#: Policies per vault.
POLICIES = {
    "prod-weu": ("politica-diaria-30d", "DefaultPolicy"),
    "prod-neu": ("DefaultPolicy",),
    "dev-weu": ("DefaultPolicy", OWN_RP_GROUP_POLICY),
    "shared-weu": ("politica-diaria-30d",),
    "shared-neu": ("DefaultPolicy",),
}
DAILY_30D = "politica-diaria-30d"
DEFAULT = "DefaultPolicy"


def vault_id(key: str) -> str:
    sub, group, name, _ = VAULTS[key]
    return resource_id(sub, group, "Microsoft.RecoveryServices/vaults", name)


@dataclass(frozen=True)
class Demo:
    spec: VmSpec
    protection: ProtectionPlan | None
    planted: str  # what docs/demo-tenant.md says is planted
    demonstrates: str  # documented code / cause
    extra: list[JsonDict] = field(default_factory=list)
    #: The simulated guest OS (the VM entry's `guest`, read by Run Command; docs/tenant-format.md).
    guest: JsonDict | None = None
    #: The VM was deleted while protected: only its protected item, jobs and restore points remain.
    vm_deleted: bool = False


# -- shorthands -----------------------------------------------------------------------------------


def hours(value: float) -> timedelta:
    return ago(hours=value)


def days(value: float, extra_hours: float = 0) -> timedelta:
    return ago(days=value, hours=extra_hours)


def daily_points(*ages_h: float) -> tuple[timedelta, ...]:
    return tuple(hours(age) for age in ages_h)


def ok(age: timedelta, minutes: float) -> JobPlan:
    """A backup Completed `age` ago that took `minutes`."""
    return JobPlan("Completed", age, ago(minutes=minutes))


fail = failed_job


def Protection(
    vault: str,
    policy: str,
    *,
    state: str = "Protected",
    jobs: tuple[JobPlan, ...] = (),
    points: tuple[float, ...] = (),
    collections: tuple[tuple[int, str | None, tuple[timedelta, ...]], ...] = (),
    recovery_points: int = 9,
) -> ProtectionPlan:
    """The protection of a VM in vault `vault` (a key of VAULTS) with `policy`; `points` the ages in hours
    of the restore points in AzureBackupRG_<region>_1, or `collections` as (number, resource group or None
    for AzureBackupRG_<region>_1, restore point ages)."""
    vid = vault_id(vault)
    if points:
        collections = ((1, None, daily_points(*points)),)
    return ProtectionPlan(
        vid,
        f"{vid}/backupPolicies/{policy}",
        state=state,
        jobs=jobs,
        collections=tuple(CollectionPlan(ages, number, group) for number, group, ages in collections),
        recovery_points=recovery_points,
    )


def in_prod_vault(*jobs: JobPlan, **options: Any) -> ProtectionPlan:
    """Protected in the production vault of West Europe with the daily policy; `options` as for Protection."""
    return Protection("prod-weu", DAILY_30D, jobs=jobs, **options)


def in_dev_vault(*jobs: JobPlan, **options: Any) -> ProtectionPlan:
    """Protected in the development vault with its DefaultPolicy; `options` as for Protection."""
    return Protection("dev-weu", DEFAULT, jobs=jobs, **options)


def nightly(vault: str, policy: str, *ages_h: float, minutes: float = 52) -> ProtectionPlan:
    """Healthy protection: nightly backups Completed `ages_h` hours ago, a restore point of each."""
    return Protection(vault, policy, jobs=nightly_backups(*ages_h, minutes=minutes), points=ages_h)


def windows(
    sub: str,
    group: str,
    name: str,
    scenario: str,
    *,
    image: Image = WINDOWS_2022,
    size: str = "Standard_D4s_v5",
    snapshot_age: timedelta | None = None,
    **changes: Any,
) -> VmSpec:
    """A running Windows VM with a Ready agent, VMSnapshot and the Azure Monitor agent; `changes` override."""
    return _running(sub, group, name, scenario, image, size, ago(minutes=2), snapshot_age or hours(20.8), **changes)


def linux(
    sub: str,
    group: str,
    name: str,
    scenario: str,
    *,
    image: Image = UBUNTU_2204,
    size: str = "Standard_D2s_v5",
    snapshot_age: timedelta | None = None,
    **changes: Any,
) -> VmSpec:
    """A running Linux VM with a Ready agent, VMSnapshotLinux and the Azure Monitor agent; `changes` override."""
    return _running(sub, group, name, scenario, image, size, ago(minutes=1), snapshot_age or hours(20.6), **changes)


def _running(
    sub: str,
    group: str,
    name: str,
    scenario: str,
    image: Image,
    size: str,
    agent_age: timedelta,
    snapshot_age: timedelta,
    *,
    location: str = WEU,
    tags: dict[str, str] | None = None,
    **changes: Any,
) -> VmSpec:
    return healthy_vm(
        sub,
        group,
        name,
        scenario,
        image=image,
        size=size,
        location=location,
        agent_age=agent_age,
        snapshot_age=snapshot_age,
        tags=tags or {},
        **changes,
    )
