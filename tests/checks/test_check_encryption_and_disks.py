"""UserErrorKeyvaultPermissionsNotConfigured and UserErrorUnsupportedDiskSize."""

from __future__ import annotations

import pytest
from check_builders import KEY_VAULT_ID, extension, key_vault, make_vm, only, protected_vm, vm_json

from core.facts import FACT_KEY_VAULTS
from core.findings import Problem, Status
from core.i18n import Msg

# --- key vault permissions ------------------------------------------------------------------------------------


def test_unencrypted_vm_needs_no_key_vault_access() -> None:
    finding = only("keyvault-permissions", protected_vm(vm_json()))
    assert finding.status is Status.NOT_APPLICABLE


def test_encrypted_vm_whose_vault_grants_the_documented_permissions_passes() -> None:
    finding = only("keyvault-permissions", protected_vm(vm_json(encrypted=True), key_vaults=[key_vault()]))
    assert finding.status is Status.PASS
    assert finding.evidence["keyVaults"][0]["missing"] == {"keys": [], "secrets": []}


def test_missing_key_backup_permission_fails_and_says_which() -> None:
    vm = protected_vm(vm_json(encrypted=True), key_vaults=[key_vault(keys=("get", "list"))])
    finding = only("keyvault-permissions", vm)
    assert finding.status is Status.FAIL
    assert finding.wizard == "keyvault-permissions"
    assert finding.error_codes == ("UserErrorKeyvaultPermissionsNotConfigured",)
    assert finding.evidence["keyVaults"][0]["missing"] == {"keys": ["backup"], "secrets": []}
    assert finding.evidence["backupManagementService"] == {
        "applicationId": "262044b1-e2ce-469f-a196-69ab7ada62d3",
        "objectId": "8d7e3f9a-1111-4c2b-9d1e-5a6b7c8d9e0f",
    }


def test_no_access_policy_for_the_backup_service_fails() -> None:
    vm = protected_vm(vm_json(encrypted=True), key_vaults=[key_vault(service_policy=False)])
    finding = only("keyvault-permissions", vm)
    assert finding.status is Status.FAIL
    assert finding.evidence["keyVaults"][0]["accessPolicy"] is None


def test_all_permission_counts_as_every_permission() -> None:
    vm = protected_vm(vm_json(encrypted=True), key_vaults=[key_vault(keys=("all",), secrets=("all",))])
    assert only("keyvault-permissions", vm).status is Status.PASS


def test_rbac_vault_is_reported_as_such() -> None:
    vm = protected_vm(vm_json(encrypted=True), key_vaults=[key_vault(rbac=True, service_policy=False)])
    finding = only("keyvault-permissions", vm)
    assert finding.status is Status.WARN
    assert "RBAC" in finding.title.render()
    assert finding.evidence["keyVaults"][0]["rbac"] is True


def test_unreadable_key_vault_is_unknown_with_the_reason() -> None:
    vm = protected_vm(vm_json(encrypted=True), key_vaults=[])
    vm.unavailable[FACT_KEY_VAULTS] = Problem(
        KEY_VAULT_ID,
        "AuthorizationFailed",
        Msg("AzureErrors", "Access denied on {scope}.", {"scope": KEY_VAULT_ID}),
        403,
    )
    finding = only("keyvault-permissions", vm)
    assert finding.status is Status.UNKNOWN
    assert finding.evidence["reason"] == "AuthorizationFailed"
    assert finding.detail is not None and KEY_VAULT_ID in finding.detail.render()


def test_unknown_service_object_id_cannot_pass_but_can_still_fail() -> None:
    # Someone has the permissions: without the service's object id it cannot be told whether it is the service.
    vm = protected_vm(vm_json(encrypted=True), key_vaults=[key_vault()], service_object_id=None)
    assert only("keyvault-permissions", vm).status is Status.UNKNOWN
    # Nobody has them (the example's administrator policy lacks nothing, so strip it): certainly lacking.
    vault = key_vault(service_policy=False)
    vault["properties"]["accessPolicies"][0]["permissions"] = {"keys": ["get"], "secrets": ["get"]}
    vm = protected_vm(vm_json(encrypted=True), key_vaults=[vault], service_object_id=None)
    assert only("keyvault-permissions", vm).status is Status.FAIL


def test_ade_extension_alone_marks_the_vm_encrypted() -> None:
    vm = protected_vm(
        vm_json(extensions=[extension("AzureDiskEncryption", "Microsoft.Azure.Security", "AzureDiskEncryption")])
    )
    finding = only("keyvault-permissions", vm)
    assert finding.status is Status.UNKNOWN  # encrypted, but no disk names its key vault


# --- disk sizes ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "expected"), [(32767, Status.PASS), (32768, Status.PASS), (32769, Status.FAIL)])
def test_disks_up_to_32_tib_are_supported(size: int, expected: Status) -> None:
    finding = only("disk-size", protected_vm(vm_json(data_disk_sizes=[1024, size])))
    assert finding.status is expected
    if expected is Status.FAIL:
        assert finding.wizard == "disk-size-unsupported"
        assert finding.error_codes == ("UserErrorUnsupportedDiskSize",)
        assert f"myDataDisk1 ({size} GiB)" in finding.title.render()


@pytest.mark.parametrize(("size", "expected"), [(4096, Status.PASS), (4097, Status.FAIL)])
def test_encrypted_disks_up_to_4_tib_are_supported(size: int, expected: Status) -> None:
    finding = only("disk-size", protected_vm(vm_json(data_disk_sizes=[size], encrypted=True)))
    assert finding.status is expected
    oversized = next(d for d in finding.evidence["disks"] if d["sizeGiB"] == size)
    assert oversized["encrypted"] is True and oversized["limitGiB"] == 4096


def test_large_unencrypted_disk_is_fine() -> None:
    assert only("disk-size", protected_vm(vm_json(data_disk_sizes=[8192]))).status is Status.PASS


def test_disk_size_does_not_apply_without_backup() -> None:
    assert only("disk-size", make_vm(vm_json(data_disk_sizes=[40000]))).status is Status.NOT_APPLICABLE


def test_secrets_without_backup_fail_as_microsoft_documents_get_list_backup_for_secrets_too() -> None:
    vm = protected_vm(vm_json(encrypted=True), key_vaults=[key_vault(secrets=("get", "list"))])
    finding = only("keyvault-permissions", vm)
    assert finding.status is Status.FAIL
    assert finding.evidence["keyVaults"][0]["missing"] == {"keys": [], "secrets": ["backup"]}
    assert finding.detail is not None
    assert "keys: backup, get, list and secrets: backup, get, list" in finding.detail.render()


def test_the_check_the_fix_the_wizard_and_the_demo_tenant_ask_for_the_same_permissions() -> None:
    from core.checks.encryption import REQUIRED_KEYS, REQUIRED_SECRETS
    from core.simulator.shapes import BACKUP_KEY_PERMISSIONS, BACKUP_SECRET_PERMISSIONS, ERRORS
    from core.wizards import selectors

    assert set(BACKUP_KEY_PERMISSIONS) == set(REQUIRED_KEYS) == set(selectors.REQUIRED_KEYS)
    assert set(BACKUP_SECRET_PERMISSIONS) == set(REQUIRED_SECRETS) == set(selectors.REQUIRED_SECRETS)
    # The demo job's recommendation names the same permissions.
    (advice,) = [r for r in ERRORS["UserErrorKeyvaultPermissionsNotConfigured"].recommendations if "keys:" in r]
    assert "keys: Get, List, Backup; secrets: Get, List, Backup" in advice
