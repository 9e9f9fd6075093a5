"""What the demo VMs live in: resource groups, the locks that plant some causes, the legacy storage
account, the Recovery Services vaults with their policies, and the key vaults of the encrypted VMs."""

from __future__ import annotations

from collections import Counter

from core.simulator.shapes import (
    JsonDict,
    access_policy,
    backup_access_policy,
    backup_policy,
    key_vault,
    management_lock,
    recovery_services_vault,
    resource_group,
    restore_point_rg_name,
    rg_id,
    storage_account,
)
from demo_tenant.common import (
    ADMINS_GROUP_OBJECT_ID,
    BMS_OBJECT_ID,
    DATA,
    DEPLOY_SP_OBJECT_ID,
    DEV,
    DEV_TAGS,
    ERP,
    FIN,
    LEGACY_STORAGE,
    LEGACY_STORAGE_ID,
    NEU,
    OWN_RP_GROUP_POLICY,
    OWN_RP_GROUP_PREFIX,
    POLICIES,
    PROD,
    PROD_TAGS,
    REQUIRE_TAG_ON_GROUPS,
    SHARED,
    SHARED_TAGS,
    TAG_POLICY_ASSIGNMENT,
    TENANT_ID,
    VAULTS,
    WEB,
    WEU,
    vault_id,
)

SQL_LEGACY = {**PROD_TAGS, "aplicação": "sql-legado"}


def resource_groups() -> list[JsonDict]:
    groups = [
        (PROD, "rg-erp-prod", WEU, ERP),
        (PROD, "rg-web-prod", WEU, WEB),
        (PROD, "rg-fin-prod", WEU, FIN),
        (PROD, "rg-data-prod", WEU, DATA),
        (PROD, "rg-sap-prod", WEU, {**PROD_TAGS, "aplicação": "sap-hana"}),
        (PROD, "rg-sql-legacy", WEU, SQL_LEGACY),
        (PROD, "rg-security-prod", WEU, PROD_TAGS),
        (PROD, "rg-backup-prod", WEU, PROD_TAGS),
        (PROD, restore_point_rg_name(WEU), WEU, {}),
        (PROD, "rg-files-prod", NEU, {**PROD_TAGS, "aplicação": "ficheiros"}),
        (PROD, "rg-backup-prod-neu", NEU, PROD_TAGS),
        (PROD, restore_point_rg_name(NEU), NEU, {}),
        (DEV, "rg-dev", WEU, DEV_TAGS),
        (DEV, "rg-test", WEU, DEV_TAGS),
        (DEV, "rg-backup-dev", WEU, DEV_TAGS),
        (DEV, restore_point_rg_name(WEU), WEU, {}),
        (SHARED, "rg-shared-infra", WEU, SHARED_TAGS),
        (SHARED, "rg-backup-shared", WEU, SHARED_TAGS),
        (SHARED, restore_point_rg_name(WEU), WEU, {}),
        (SHARED, "rg-shared-files", NEU, SHARED_TAGS),
        (SHARED, "rg-backup-shared-neu", NEU, SHARED_TAGS),
        (SHARED, restore_point_rg_name(NEU), NEU, {}),
    ]
    return [resource_group(sub, name, location, tags) for sub, name, location, tags in groups]


def locks_and_storage() -> list[JsonDict]:
    """The locks behind the restore point and storage scenarios, and the storage account one of them locks."""
    return [
        management_lock(
            rg_id(SHARED, restore_point_rg_name(WEU)),
            "bloqueio-governanca",
            "CanNotDelete",
            "Aplicado pela equipa de governação: não eliminar recursos deste grupo.",
        ),
        management_lock(
            rg_id(SHARED, restore_point_rg_name(NEU)), "so-leitura", "ReadOnly", "Congelado durante a auditoria anual."
        ),
        management_lock(
            rg_id(PROD, "rg-sql-legacy"), "nao-eliminar", "CanNotDelete", "Proteção contra eliminação acidental."
        ),
        {
            "id": TAG_POLICY_ASSIGNMENT,
            "name": "exigir-centro-de-custo",
            "type": "Microsoft.Authorization/policyAssignments",
            "properties": {
                "displayName": "Exigir etiqueta centro-de-custo",
                "policyDefinitionId": REQUIRE_TAG_ON_GROUPS,
                "scope": f"/subscriptions/{DEV}",
                "parameters": {"tagName": {"value": "centro-de-custo"}},
                "enforcementMode": "Default",
            },
        },
        storage_account(PROD, "rg-sql-legacy", LEGACY_STORAGE, WEU, SQL_LEGACY),
        management_lock(LEGACY_STORAGE_ID, "so-leitura-auditoria", "ReadOnly", "Conta congelada para auditoria."),
        management_lock(
            rg_id(PROD, "rg-security-prod"),
            "nao-eliminar",
            "CanNotDelete",
            "Cofres de chaves de produção: proteção contra eliminação acidental.",
        ),
    ]


def vaults(policy_counts: Counter[str]) -> list[JsonDict]:
    """Every Recovery Services vault and its policies, each counting the protected items that use it."""
    resources: list[JsonDict] = []
    for key, (sub, group, name, location) in VAULTS.items():
        tags = {PROD: PROD_TAGS, DEV: DEV_TAGS, SHARED: SHARED_TAGS}[sub]
        resources.append(recovery_services_vault(sub, group, name, location, tags))
        for policy in POLICIES[key]:
            count = policy_counts[f"{vault_id(key)}/backupPolicies/{policy}"]
            resources.append(backup_policy(vault_id(key), policy, protected_items=count))
            if policy == OWN_RP_GROUP_POLICY:
                resources[-1]["properties"]["instantRPDetails"] = {"azureBackupRGNamePrefix": OWN_RP_GROUP_PREFIX}
    return resources


def key_vaults() -> list[JsonDict]:
    """kv-contoso-fin-prod lacks the Backup Management Service's policy; kv-contoso-ade-prod has it;
    kv-contoso-rbac-prod uses Azure RBAC, where access policies do not apply."""
    admins = access_policy(
        TENANT_ID,
        ADMINS_GROUP_OBJECT_ID,
        keys=("get", "list", "create", "update", "import", "delete", "backup", "restore", "recover"),
        secrets=("get", "list", "set", "delete", "backup", "restore", "recover"),
        certificates=("get", "list", "create", "update", "import", "delete"),
    )
    deploy = access_policy(TENANT_ID, DEPLOY_SP_OBJECT_ID, keys=("get", "wrapKey"), secrets=("get", "set"))
    backup = backup_access_policy(TENANT_ID, BMS_OBJECT_ID)
    group = "rg-security-prod"
    return [
        key_vault(PROD, group, "kv-contoso-fin-prod", WEU, TENANT_ID, policies=(admins, deploy), tags=PROD_TAGS),
        key_vault(
            PROD, group, "kv-contoso-ade-prod", WEU, TENANT_ID, policies=(admins, deploy, backup), tags=PROD_TAGS
        ),
        key_vault(PROD, group, "kv-contoso-rbac-prod", WEU, TENANT_ID, rbac=True, tags=PROD_TAGS),
    ]


def infrastructure(policy_counts: Counter[str]) -> list[JsonDict]:
    return [*resource_groups(), *locks_and_storage(), *vaults(policy_counts), *key_vaults()]
