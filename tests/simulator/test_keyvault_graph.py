"""Key Vault access policies and Microsoft Graph service principals."""

from __future__ import annotations

import pytest
import requests
from azure.core.exceptions import HttpResponseError
from azure.mgmt.keyvault import KeyVaultManagementClient
from azure.mgmt.keyvault.models import (
    AccessPolicyEntry,
    Permissions,
    VaultAccessPolicyParameters,
    VaultAccessPolicyProperties,
)

from core.simulator import SimulatorServer
from core.simulator.providers.keyvault import merge_policies

from .conftest import ClientFactory

TENANT = "99999999-9999-4999-8999-999999999999"
USER = "33333333-3333-4333-8333-333333333333"
BACKUP_SP = "44444444-4444-4444-8444-444444444444"
BACKUP_APP = "262044b1-e2ce-469f-a196-69ab7ada62d3"


def policy(object_id: str, keys: list[str], secrets: list[str]) -> VaultAccessPolicyParameters:
    # keyvault 14 models are mappings, so Permissions.keys is the dict method: the field is keys_property.
    entry = AccessPolicyEntry(
        tenant_id=TENANT, object_id=object_id, permissions=Permissions(keys_property=keys, secrets=secrets)
    )
    return VaultAccessPolicyParameters(properties=VaultAccessPolicyProperties(access_policies=[entry]))


def test_access_policy_add_merges_and_remove_takes_away(client: ClientFactory) -> None:
    vaults = client(KeyVaultManagementClient)
    vault = vaults.vaults.get("rg-data", "kv-sim-ade")
    assert vault.properties.enabled_for_disk_encryption is True
    assert [p.object_id for p in vault.properties.access_policies] == [USER]

    answer = vaults.vaults.update_access_policy(
        "rg-data", "kv-sim-ade", "add", policy(BACKUP_SP, ["get", "list", "backup"], ["get"])
    )
    assert answer.properties.access_policies[0].object_id == BACKUP_SP
    vaults.vaults.update_access_policy(
        "rg-data", "kv-sim-ade", "add", policy(BACKUP_SP, ["Get", "wrapKey"], ["list", "backup"])
    )
    vaults.vaults.update_access_policy("rg-data", "kv-sim-ade", "add", policy(USER, ["backup"], []))
    after = {p.object_id: p.permissions for p in vaults.vaults.get("rg-data", "kv-sim-ade").properties.access_policies}
    assert after[BACKUP_SP].keys_property == ["get", "list", "backup", "wrapKey"]
    assert after[BACKUP_SP].secrets == ["get", "list", "backup"]
    assert after[USER].keys_property == ["get", "list", "create", "backup"]

    vaults.vaults.update_access_policy("rg-data", "kv-sim-ade", "remove", policy(USER, ["create"], []))
    after = {p.object_id: p.permissions for p in vaults.vaults.get("rg-data", "kv-sim-ade").properties.access_policies}
    assert after[USER].keys_property == ["get", "list", "backup"]
    with pytest.raises(HttpResponseError) as caught:
        vaults.vaults.update_access_policy("rg-data", "kv-sim-ade", "merge", policy(USER, [], []))
    assert caught.value.status_code == 400


def test_merge_rules() -> None:
    existing = [{"tenantId": "t", "objectId": "a", "permissions": {"keys": ["get"], "secrets": ["get"]}}]
    removed = merge_policies(
        existing, [{"tenantId": "t", "objectId": "A", "permissions": {"keys": ["GET"], "secrets": ["get"]}}], "remove"
    )
    assert removed == []
    replaced = merge_policies(
        existing, [{"tenantId": "t", "objectId": "a", "permissions": {"keys": ["list"]}}], "replace"
    )
    assert replaced[0]["permissions"] == {"keys": ["list"]}
    assert existing[0]["permissions"]["keys"] == ["get"]  # inputs are not changed


def test_graph_resolves_a_service_principal_by_app_id(server: SimulatorServer) -> None:
    url = f"{server.base_url}/v1.0/servicePrincipals"
    headers = {"Authorization": "Bearer anything"}
    found = requests.get(
        url, params={"$filter": f"appId eq '{BACKUP_APP}'"}, headers=headers, verify=server.ca_file, timeout=5
    )
    assert found.status_code == 200
    assert [sp["id"] for sp in found.json()["value"]] == [BACKUP_SP]
    none = requests.get(url, params={"$filter": "appId eq 'x'"}, headers=headers, verify=server.ca_file, timeout=5)
    assert none.json()["value"] == []
    anonymous = requests.get(url, verify=server.ca_file, timeout=5)
    assert anonymous.status_code == 401
    one = requests.get(f"{url}/{BACKUP_SP}", headers=headers, verify=server.ca_file, timeout=5)
    assert one.json()["displayName"] == "Backup Management Service"
