"""The catalog: documented codes as the article spells them, causes in order, and every reference resolvable."""

from __future__ import annotations

import copy
import importlib
import json
import pkgutil
from datetime import timedelta
from typing import Any

import pytest
from check_builders import (
    all_findings,
    error,
    extension,
    job,
    key_vault,
    lock,
    make_vm,
    protected_item,
    protected_vm,
    restore_point_collection,
    vm_json,
    vmsnapshot,
)

import core.checks
from core.catalog import STUB_PATH, CatalogError, load_catalog, parse_catalog, stub_text
from core.checks import CHECKS, catalog_problems
from core.facts import (
    FACT_DISKS,
    FACT_EXTENSIONS,
    FACT_INSTANCE_VIEW,
    FACT_JOBS,
    FACT_KEY_VAULTS,
    FACT_LOCKS,
    FACT_PROTECTION,
    FACT_RESTORE_POINTS,
)
from core.findings import Problem, Status
from core.i18n import Msg
from core.locator import resource

DOCUMENTED_CODES = [
    "UserErrorGuestAgentStatusUnavailable",
    "GuestAgentSnapshotTaskStatusError",
    "UserErrorVmProvisioningStateFailed",
    "UserErrorRpCollectionLimitReached",
    "UserErrorKeyvaultPermissionsNotConfigured",
    "ExtensionSnapshotFailedNoNetwork",
    "ExtensionOperationFailedForManagedDisks",
    "BackUpOperationFailed",
    "BackUpOperationFailedV2",
    "UserErrorUnsupportedDiskSize",
    "UserErrorBackupOperationInProgress",
    "UserErrorCrpReportedUserError",
    "UserErrorBcmDatasourceNotPresent",
]
#: Section B of ../shared/error-codes-since-the-seed.md: the codes Microsoft documents since the seed.
CODES_SINCE_THE_SEED = [
    "UserErrorVmNotInDesirableState",
    "VmNotInDesirableState",
    "BCMCrpInternalError",
    "AzureVmOffline",
    "UserErrorGuestAgentVersionUnsupported",
    "GuestAgentPluginInstallCommandProcessingFailed",
    "GuestAgentCertificateNotFound",
    "VMRestorePointInternalError",
    "ExtensionStuckInDeletionState",
    "ExtensionOperationFailed",
    "ExtensionInstallationFailure",
    "ExtensionVCRedistInstallationFailure",
    "ExtensionConfigParsingFailure",
    "ExtensionCommandExecFailure",
    "ExtensionInstallProviderCOMMemoryQuotaReached",
    "ExtensionSnapshotFailedCOM",
    "ExtensionInstallationFailedCOM",
    "ExtensionInstallationFailedMDTC",
    "ExtensionFailedVssWriterInBadState",
    "ExtensionFailedVssServiceInBadState",
    "ExtensionSnapshotBitlockerError",
    "ExtensionSnapshotFailedNoSecureNetwork",
    "ExtensionFailedTimeoutVMNetworkUnresponsive",
    "ExtensionFailedTimeoutDelayInNetwork",
    "ExtensionFailedOutOfMemoryError",
    "ExtensionFailedSnapshotLimitReachedError",
    "ExtensionFailedSnapshotRateExceededError",
    "UserErrorFsFreezeFailed",
    "UserErrorUnableToOpenMount",
    "ExtensionPreScriptTimeout",
    "VMBackupLinuxExtensionConfFileWrongEncodingFormat",
    "CopyingVHDsFromBackUpVaultTakingLongTime",
    "UserErrorBCMPremiumStorageQuotaError",
    "UserErrorBCMUnsupportedDiskCount",
    "UserErrorStandardSSDNotSupported",
    "UserErrorComputeVmWithClassicStorage",
    "UserErrorInvalidNetworkConfigV1",
    "UserErrorInvalidVMEncryptionInfo",
    "UserErrorRequestDisallowedByPolicy",
    "UserErrorStorageAccountIsLocked",
    "ResourceNotFound",
    "BCMV2VMNotFound",
    "UserErrorVmNotFoundV2",
    "UserErrorMigrationFromTrustedLaunchVMToNonTrustedVMNotAllowed",
]
SEED_WIZARDS = {
    "windows-agent-unresponsive",
    "linux-agent-outdated",
    "linux-waagent-conf",
    "app-control-exclusion",
    "snapshot-status-unreachable",
    "start-vm-from-azure",
    "backup-extension-failed",
    "other-extension-failed",
    "vm-updating",
    "rp-collection-limit",
    "keyvault-permissions",
    "disk-size-unsupported",
    "backup-in-progress",
    "resume-protection",
    "crp-reported-error",
    "configure-backup",
}
WIZARDS_SINCE_THE_SEED = {
    "install-guest-agent",
    "vm-state-not-allowed",
    "extension-runtime",
    "agent-certificate",
    "antivirus-exclusions",
    "vmsnapshot-manifest",
    "vcredist-repair",
    "machinekeys-permissions",
    "reset-backup-provider",
    "desktop-heap",
    "com-plus-msdtc",
    "vss-writers",
    "vss-service-restart",
    "bitlocker-vss",
    "tls-strong-crypto",
    "vm-resources",
    "host-snapshot",
    "backup-schedule-load",
    "proxy-bypass",
    "blob-snapshot-limit",
    "linux-mounts",
    "prescript-timeout",
    "vmbackup-conf-encoding",
    "retry-backup",
    "premium-storage-space",
    "detach-data-disks",
    "legacy-backup-stack",
    "ade-aad",
    "policy-restore-point-group",
    "storage-account-lock",
    "orphaned-protection",
    "trusted-launch-reprotect",
    "extension-stuck-deleting",
}
WIZARDS = SEED_WIZARDS | WIZARDS_SINCE_THE_SEED


def raw_catalog() -> Any:
    return json.loads(resource("catalog.json").read_text(encoding="utf-8"))


def test_every_documented_code_is_in_the_catalog_spelt_as_documented() -> None:
    catalog = load_catalog()
    assert [code for entry in catalog.entries for code in entry.codes] == DOCUMENTED_CODES + CODES_SINCE_THE_SEED
    seed = catalog.entries[: len(DOCUMENTED_CODES) - 1]  # BackUpOperationFailed carries two codes
    assert all(entry.url.startswith(catalog.source_url + "#") for entry in seed)
    since = catalog.entries[len(seed) :]
    assert all(entry.url.startswith("https://learn.microsoft.com/en-us/azure/backup/") for entry in since)
    assert catalog.source_url == (
        "https://learn.microsoft.com/en-us/azure/backup/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout"
    )


def test_snapshot_status_error_lists_its_five_causes_in_the_documented_order() -> None:
    entry = load_catalog().entry("GuestAgentSnapshotTaskStatusError")
    assert entry is not None
    assert [c.id for c in entry.causes] == [
        "windows-agent-unresponsive",
        "linux-agent-outdated",
        "snapshot-status-unreachable",
        "linux-waagent-conf",
        "app-control-blocking",
    ]
    assert [c.applies_to for c in entry.causes] == ["Windows", "Linux", None, "Linux", None]
    assert entry.resolution == (
        "windows-agent-unresponsive",
        "linux-agent-outdated",
        "snapshot-status-unreachable",
        "linux-waagent-conf",
        "app-control-exclusion",
    )


def test_every_check_the_catalog_names_is_registered_and_every_check_is_named() -> None:
    catalog = load_catalog()
    assert catalog_problems(catalog) == []
    registered = [c.id for c in CHECKS]
    assert len(registered) == len(set(registered)), "duplicate check ids"
    # Every check but the job triage itself tests a documented cause.
    assert set(registered) - set(catalog.check_ids()) == {"last-backup-job"}


def test_every_check_module_is_in_the_registry() -> None:
    registered = {id(c.function) for c in CHECKS}
    for module_info in pkgutil.iter_modules(core.checks.__path__):
        module = importlib.import_module(f"core.checks.{module_info.name}")
        for check in getattr(module, "CHECKS", ()):
            assert id(check.function) in registered, f"{module_info.name}: {check.id} is not in the registry"


def test_wizards_are_exactly_the_agreed_ids() -> None:
    catalog = load_catalog()
    assert set(catalog.wizards) == WIZARDS
    assert {c.wizard for c in catalog.causes.values()} <= WIZARDS


def _scenarios() -> list[Any]:
    """VMs in many failure states, to collect every wizard the checks propose."""
    snapshot_error = error(500110, "Could not communicate with the VM agent for snapshot status")
    return [
        protected_vm(vm_json(power="deallocated")),
        protected_vm(vm_json(power="stopped")),
        protected_vm(vm_json(agent_ready=False), jobs=[job("a", errors=[snapshot_error])]),
        protected_vm(vm_json(os_type="Linux", agent_version="2.2.10"), jobs=[job("b", errors=[snapshot_error])]),
        protected_vm(vm_json(provisioning="Updating")),
        protected_vm(vm_json(provisioning="Failed", extensions=[vmsnapshot(state="Failed")])),
        protected_vm(vm_json(extensions=[extension("X", "Contoso", "X", state="Failed")])),
        protected_vm(collections=[restore_point_collection(18)], locks=[lock("AzureBackupRG_westus_1")]),
        protected_vm(vm_json(encrypted=True, data_disk_sizes=[5000]), key_vaults=[key_vault(keys=())]),
        protected_vm(protection=[protected_item("ProtectionPaused")]),
        protected_vm(jobs=[job("c", status_="InProgress")]),
        protected_vm(
            jobs=[
                job(
                    "d", errors=[error(1, "Backup failed due to an error. For details, see Job Error Message Details.")]
                )
            ]
        ),
        make_vm(vm_json()),
    ]


def test_every_wizard_a_finding_proposes_is_in_the_catalog() -> None:
    proposed = {f.wizard for vm in _scenarios() for f in all_findings(vm) if f.wizard is not None}
    assert proposed <= WIZARDS
    assert proposed >= SEED_WIZARDS  # the scenarios exercise every fix of the seed's codes


def test_every_error_code_on_a_finding_is_documented() -> None:
    codes = {c for vm in _scenarios() for f in all_findings(vm) for c in f.error_codes}
    assert codes <= set(DOCUMENTED_CODES + CODES_SINCE_THE_SEED)


def test_a_vm_with_nothing_readable_has_no_pass_and_no_fail() -> None:
    vm = make_vm(
        vm_json(instance_view=False), protection=None, jobs=None, locks=None, collections=None, key_vaults=None
    )
    vm.extensions = None
    denied = Problem(vm.id, "AuthorizationFailed", Msg("AzureErrors", "Access denied."), 403)
    for fact in (
        FACT_INSTANCE_VIEW,
        FACT_EXTENSIONS,
        FACT_JOBS,
        FACT_PROTECTION,
        FACT_LOCKS,
        FACT_RESTORE_POINTS,
        FACT_KEY_VAULTS,
    ):
        vm.unavailable[fact] = denied
    findings = {f.check: f.status for f in all_findings(vm)}
    # Disk sizes and the provisioning state come from the VM model itself, which was read.
    assert findings.pop("disk-size") is Status.PASS
    assert findings.pop("data-disk-count") is Status.PASS
    assert findings.pop("vm-provisioning-state") is Status.PASS
    assert set(findings.values()) <= {Status.UNKNOWN, Status.NOT_APPLICABLE}, findings
    assert findings["vm-agent-ready"] is Status.UNKNOWN and findings["last-backup-job"] is Status.UNKNOWN
    vm.disks = None
    vm.unavailable[FACT_DISKS] = denied
    assert {f.check: f.status for f in all_findings(vm)}["disk-size"] is Status.UNKNOWN
    assert {f.check: f.status for f in all_findings(vm)}["data-disk-count"] is Status.UNKNOWN


def test_findings_are_plain_json() -> None:
    for vm in _scenarios():
        for finding in all_findings(vm):
            json.dumps(finding.to_json())


# --- the file's own consistency -------------------------------------------------------------------------------


def test_translation_stub_is_up_to_date() -> None:
    assert STUB_PATH.read_text(encoding="utf-8") == stub_text(load_catalog()), (
        "run `python -m core.catalog --write-stub`"
    )


def test_stub_lists_every_shown_text_under_the_catalog_context() -> None:
    stub = STUB_PATH.read_text(encoding="utf-8")
    catalog = load_catalog()
    for entry in catalog.entries:
        assert f'QT_TRANSLATE_NOOP("Catalog", {json.dumps(entry.message)})' in stub
        assert json.dumps(entry.summary) in stub
    for cause in catalog.causes.values():
        assert json.dumps(cause.title) in stub


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda d: d["causes"]["vm-updating"].update(wizard="no-such-wizard"), "unknown wizard"),
        (lambda d: d["codes"][0]["causes"].append("no-such-cause"), "unknown cause"),
        (lambda d: d["codes"][2].update(resolution=["vm-updating"]), "lacks the wizard"),
        (lambda d: d["codes"][1]["otherCodes"].append("UserErrorGuestAgentStatusUnavailable"), "listed twice"),
        (lambda d: d["causes"]["vm-updating"].update(appliesTo="Solaris"), "appliesTo"),
        (lambda d: d["codes"][0].update(message=" padded "), "spaces"),
    ],
)
def test_inconsistent_catalogs_are_rejected(change: Any, complaint: str) -> None:
    data = copy.deepcopy(raw_catalog())
    change(data)
    with pytest.raises(CatalogError, match=complaint):
        parse_catalog(data)


def test_a_cause_naming_an_unregistered_check_is_reported() -> None:
    data = copy.deepcopy(raw_catalog())
    data["causes"]["vm-updating"]["checks"].append("no-such-check")
    assert catalog_problems(parse_catalog(data)) == ["causes.vm-updating: unknown check 'no-such-check'"]


def test_codes_for_a_check_follow_the_catalog() -> None:
    catalog = load_catalog()
    assert catalog.codes_for_check("restore-point-locks") == (
        "UserErrorRpCollectionLimitReached",
        "BackUpOperationFailed",
        "BackUpOperationFailedV2",
    )
    assert catalog.codes_for_check("disk-size") == ("UserErrorUnsupportedDiskSize",)


def test_agent_version_table_names_its_source() -> None:
    table = json.loads(resource("agent-versions.json").read_text(encoding="utf-8"))
    assert table["minimum"] == {"Windows": "2.7.41491.1010", "Linux": "2.2.53.1"}
    assert table["source"]["url"].startswith("https://learn.microsoft.com/")
    assert table["source"]["articleDate"] and table["source"]["checked"]


def test_stale_threshold_and_time_are_injectable() -> None:
    vm = protected_vm(vm_json(agent_age=timedelta(minutes=30)))
    from core.checks import check
    from core.checks.base import CheckContext

    strict = CheckContext(
        now=vm.instance_view.agent.statuses[0].time + timedelta(minutes=30),
        agent_status_stale_after=timedelta(minutes=10),
    )  # type: ignore[union-attr,operator]
    assert check("vm-agent-ready").run(vm, strict)[0].status is Status.FAIL


def _marked_strings() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call with literal arguments in core: what lupdate extracts."""
    import ast
    from pathlib import Path

    found: set[tuple[str, str]] = set()
    for path in Path(core.checks.__file__).resolve().parent.parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                context, text = node.args
                if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                    found.add((context.value, text.value))
    return found


def test_every_text_a_finding_shows_is_marked_for_translation_under_its_context() -> None:
    marked = _marked_strings()

    def messages(msg: Msg | None) -> list[Msg]:
        if msg is None:
            return []
        return [msg, *(m for value in msg.args.values() if isinstance(value, Msg) for m in messages(value))]

    for vm in _scenarios():
        for finding in all_findings(vm):
            for msg in [*messages(finding.title), *messages(finding.detail)]:
                if msg.context != "AzureErrors":  # Problems from the gateway, not the checks' own text
                    assert (msg.context, msg.source) in marked, (finding.check, msg.context, msg.source)
