"""Restore points, key vaults and disks: UserErrorRpCollectionLimitReached,
UserErrorKeyvaultPermissionsNotConfigured (with the encrypted VMs that work), UserErrorUnsupportedDiskSize."""

from __future__ import annotations

from core.simulator.shapes import RHEL_9, WINDOWS_2016, WINDOWS_2019, Ade, DataDisk
from core.simulator.shapes.scenarios import encrypted
from demo_tenant.common import (
    DAILY_30D,
    DATA,
    FIN,
    KV_ADE,
    KV_FIN,
    KV_RBAC,
    PROD,
    PROD_TAGS,
    SHARED,
    SHARED_TAGS,
    Demo,
    Protection,
    days,
    fail,
    hours,
    in_prod_vault,
    linux,
    nightly,
    ok,
    windows,
)

RP_LIMIT = "UserErrorRpCollectionLimitReached"
DISK_SIZE = "UserErrorUnsupportedDiskSize"


def restore_point_limit() -> list[Demo]:
    twelve = tuple(days(d, 21) for d in range(17, 5, -1))
    six = tuple(days(d, 21) for d in range(5, -1, -1))
    eighteen = tuple(days(d, 22) for d in range(17, -1, -1))
    return [
        Demo(
            windows(
                SHARED,
                "rg-shared-infra",
                "vm-ftp01",
                "rp-limit-lock-on-backup-rg",
                image=WINDOWS_2019,
                size="Standard_D2s_v5",
                tags={**SHARED_TAGS, "aplicação": "sftp"},
            ),
            Protection(
                "shared-weu",
                DAILY_30D,
                jobs=(ok(hours(21), 33), fail(RP_LIMIT, 2.5, 4, "propertyBag")),
                collections=((1, None, twelve), (2, None, six)),
                recovery_points=30,
            ),
            "AzureBackupRG_westeurope_1 (subscription Contoso Serviços Partilhados) has a CanNotDelete lock, so "
            "old instant restore points were never cleaned up: AzureBackup_vm-ftp01_1 holds 12 restore points and "
            "AzureBackup_vm-ftp01_2 holds 6 (18 in total).",
            "UserErrorRpCollectionLimitReached: lock on the restore point resource group, 18 restore points.",
        ),
        Demo(
            windows(
                PROD,
                "rg-sql-legacy",
                "vm-sql-legacy01",
                "rp-limit-lock-on-vm-rg",
                image=WINDOWS_2016,
                size="Standard_E4s_v3",
                data_disks=(DataDisk(0, 512), DataDisk(1, 256, caching="None")),
                created="2018-03-27T10:12:44.1208374+00:00",
                tags={**PROD_TAGS, "aplicação": "sql-legado"},
            ),
            in_prod_vault(
                ok(hours(22), 81),
                fail(RP_LIMIT, 2.2, 3),
                collections=((1, "rg-sql-legacy", eighteen),),
                recovery_points=30,
            ),
            "Old VM whose restore point collection AzureBackup_vm-sql-legacy01_1 (18 restore points) lives in the "
            "VM's own resource group rg-sql-legacy, which has a CanNotDelete lock.",
            "UserErrorRpCollectionLimitReached: lock on the VM's resource group.",
        ),
    ]


def key_vaults() -> list[Demo]:
    return [
        Demo(
            encrypted(
                windows(
                    PROD,
                    "rg-fin-prod",
                    "vm-fin-app01",
                    "ade-keyvault-missing-backup-policy",
                    image=WINDOWS_2019,
                    data_disks=(DataDisk(0, 512),),
                    snapshot_age=days(2, 21),
                    tags=FIN,
                ),
                Ade(KV_FIN, kek_name="kek-ade-fin", dual_pass=True),
            ),
            in_prod_vault(
                ok(days(2, 21), 63),
                fail("UserErrorKeyvaultPermissionsNotConfigured", 2.9, 2, "dynamicErrorMessage"),
                points=(69.0,),
            ),
            "ADE (dual pass, version 1.0: osDisk.encryptionSettings in the VM model and encryptionSettingsCollection "
            "on the disks) with keys in kv-contoso-fin-prod, an access-policy key vault that has no policy for the "
            "Backup Management Service.",
            "UserErrorKeyvaultPermissionsNotConfigured.",
        ),
        Demo(
            encrypted(
                windows(
                    PROD,
                    "rg-fin-prod",
                    "vm-fin-app02",
                    "ade-keyvault-ok",
                    data_disks=(DataDisk(0, 4096),),
                    snapshot_age=hours(20.5),
                    tags=FIN,
                ),
                Ade(KV_ADE),
            ),
            nightly("prod-weu", DAILY_30D, 20.5, 44.5, minutes=68),
            "ADE (single pass, 1.1) with keys in kv-contoso-ade-prod, whose access policies give the Backup "
            "Management Service keys get/list/backup and secrets get/list/backup. Its data disk is exactly 4096 GB.",
            "Healthy encrypted VM; boundary of the 4 TB limit for encrypted disks (supported).",
        ),
        Demo(
            encrypted(
                linux(
                    PROD,
                    "rg-fin-prod",
                    "vm-fin-lnx01",
                    "ade-keyvault-rbac",
                    image=RHEL_9,
                    data_disks=(DataDisk(0, 256),),
                    snapshot_age=hours(20.3),
                    tags=FIN,
                ),
                Ade(KV_RBAC, kek_name="kek-ade-lnx"),
            ),
            nightly("prod-weu", DAILY_30D, 20.3, 44.3, minutes=24),
            "ADE Linux (single pass) with keys in kv-contoso-rbac-prod, a key vault in Azure RBAC mode "
            "(enableRbacAuthorization true): access policies do not apply and role assignments are not in the "
            "tenant file.",
            "Encrypted VM whose key vault permissions cannot be read from access policies (RBAC); backups succeed.",
        ),
    ]


def disk_sizes() -> list[Demo]:
    return [
        Demo(
            encrypted(
                windows(
                    PROD,
                    "rg-fin-prod",
                    "vm-fin-app03",
                    "ade-disk-over-4tb",
                    size="Standard_E8s_v5",
                    data_disks=(DataDisk(0, 4097),),
                    snapshot_age=days(6, 21),
                    tags=FIN,
                ),
                Ade(KV_ADE),
            ),
            in_prod_vault(ok(days(6, 21), 71), fail(DISK_SIZE, 3.6, 2), points=(165.0,)),
            "ADE-encrypted VM (keys in kv-contoso-ade-prod, correctly set up) whose data disk was grown to 4097 GB, "
            "one GB over the 4 TB (4096 GiB) limit for encrypted disks; backups worked until then.",
            "UserErrorUnsupportedDiskSize: encrypted disk larger than 4 TB.",
        ),
        Demo(
            linux(
                PROD,
                "rg-data-prod",
                "vm-data-lnx01",
                "disk-over-32tb",
                size="Standard_E16s_v5",
                data_disks=(DataDisk(0, 32769, "PremiumV2_LRS", caching="None"),),
                tags=DATA,
            ),
            in_prod_vault(fail(DISK_SIZE, 3.7, 2, "propertyBag")),
            "Data disk of 32769 GB (Premium SSD v2), one GB over 32 TB (32768 GiB). Never backed up.",
            "UserErrorUnsupportedDiskSize: disk larger than 32 TB.",
        ),
        Demo(
            linux(
                PROD,
                "rg-data-prod",
                "vm-data-lnx02",
                "disk-32tb-boundary",
                size="Standard_E16s_v5",
                data_disks=(DataDisk(0, 32768, "PremiumV2_LRS", caching="None"),),
                tags=DATA,
            ),
            nightly("prod-weu", DAILY_30D, 19.9, 43.9, minutes=166),
            "Data disk of exactly 32768 GB: the largest supported size.",
            "Boundary of UserErrorUnsupportedDiskSize: supported, healthy.",
        ),
    ]


def demos() -> list[Demo]:
    return [*restore_point_limit(), *key_vaults(), *disk_sizes()]
