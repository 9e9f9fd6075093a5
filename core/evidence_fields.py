"""A finding's evidence as labelled, translated fields for people (GUI, report, copy for ticket).

`Finding.evidence` is plain JSON keyed for machines (``agentStatusAgeMinutes``, ``job.failureCode``,
``disks[0].sizeGiB``). :func:`evidence_fields` turns it into an ordered list of :class:`EvidenceField`:
a translatable label (`Msg`), a value formatted for people (dates to the minute in UTC, sizes with
their unit, booleans as Yes/No, our own states translated, Azure's raw states kept as Azure wrote
them with their meaning beside them, as the pt-PT glossary asks) and a depth for nested values:
a nested object becomes a heading followed by its fields one level deeper, a list of objects one
heading per item ("Disk 1: name"), a list of plain values one comma-separated value.

Keys no label is known for (a check added later) get a label made from the key itself
("someNewKey" -> "Some new key") instead of failing. Values are never interpreted as markup or
format strings: they are rendered as text by whoever shows them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate, english

_CTX = "EvidenceFields"

# Longest value text kept whole; longer text from Azure is cut with an ellipsis (the scan JSON keeps it all).
MAX_VALUE_CHARS = 2000


def _msg(source: str, **args: Any) -> Msg:
    if not args:
        return _plain_msg(source)
    return Msg(_CTX, source, args)


_PLAIN: dict[str, Msg] = {}


def _plain_msg(source: str) -> Msg:
    """Msg values without arguments are immutable and few: one each (evidence of 1,000 VMs reuses them)."""
    found = _PLAIN.get(source)
    if found is None:
        found = _PLAIN[source] = Msg(_CTX, source)
    return found


# Labels of every key the checks (core/checks/*) put in evidence.
LABELS: dict[str, str] = {
    # unknown(): why a check could not decide
    "reason": QT_TRANSLATE_NOOP("EvidenceFields", "Reason it could not be read"),
    "scope": QT_TRANSLATE_NOOP("EvidenceFields", "Scope"),
    "unconfirmed": QT_TRANSLATE_NOOP("EvidenceFields", "Confirmation"),
    # VM and agent
    "powerState": QT_TRANSLATE_NOOP("EvidenceFields", "Power state"),
    "provisioningState": QT_TRANSLATE_NOOP("EvidenceFields", "Provisioning state"),
    "osType": QT_TRANSLATE_NOOP("EvidenceFields", "Operating system"),
    "agentStatus": QT_TRANSLATE_NOOP("EvidenceFields", "Agent status"),
    "agentDisplayStatus": QT_TRANSLATE_NOOP("EvidenceFields", "Agent status shown by Azure"),
    "agentStatusCode": QT_TRANSLATE_NOOP("EvidenceFields", "Agent status code"),
    "agentMessage": QT_TRANSLATE_NOOP("EvidenceFields", "Agent message"),
    "agentStatusTime": QT_TRANSLATE_NOOP("EvidenceFields", "Agent status reported at"),
    "agentStatusAgeMinutes": QT_TRANSLATE_NOOP("EvidenceFields", "Age of the agent status"),
    "agentVersion": QT_TRANSLATE_NOOP("EvidenceFields", "Agent version"),
    "minimumVersion": QT_TRANSLATE_NOOP("EvidenceFields", "Minimum supported version"),
    "ageMinutes": QT_TRANSLATE_NOOP("EvidenceFields", "Age"),
    "time": QT_TRANSLATE_NOOP("EvidenceFields", "Time"),
    "message": QT_TRANSLATE_NOOP("EvidenceFields", "Message"),
    "messages": QT_TRANSLATE_NOOP("EvidenceFields", "Messages"),
    "reportedBy": QT_TRANSLATE_NOOP("EvidenceFields", "Reported by"),
    "statusCode": QT_TRANSLATE_NOOP("EvidenceFields", "Status code"),
    "status": QT_TRANSLATE_NOOP("EvidenceFields", "Status"),
    # extensions
    "expected": QT_TRANSLATE_NOOP("EvidenceFields", "Expected publisher"),
    "extensions": QT_TRANSLATE_NOOP("EvidenceFields", "Extensions"),
    "extensionsProcessed": QT_TRANSLATE_NOOP("EvidenceFields", "Extensions processed"),
    "failedExtensions": QT_TRANSLATE_NOOP("EvidenceFields", "Failed extensions"),
    "publisher": QT_TRANSLATE_NOOP("EvidenceFields", "Publisher"),
    "type": QT_TRANSLATE_NOOP("EvidenceFields", "Type"),
    "version": QT_TRANSLATE_NOOP("EvidenceFields", "Version"),
    "backupExtensions": QT_TRANSLATE_NOOP("EvidenceFields", "Backup extensions"),
    "extension": QT_TRANSLATE_NOOP("EvidenceFields", "Backup extension"),
    # disks
    "disks": QT_TRANSLATE_NOOP("EvidenceFields", "Disks"),
    "sizeGiB": QT_TRANSLATE_NOOP("EvidenceFields", "Size"),
    "limitGiB": QT_TRANSLATE_NOOP("EvidenceFields", "Supported size"),
    "limits": QT_TRANSLATE_NOOP("EvidenceFields", "Size limits"),
    "diskGiB": QT_TRANSLATE_NOOP("EvidenceFields", "Disk"),
    "encryptedDiskGiB": QT_TRANSLATE_NOOP("EvidenceFields", "Disk encrypted with Azure Disk Encryption"),
    "encrypted": QT_TRANSLATE_NOOP("EvidenceFields", "Encrypted"),
    "osDisk": QT_TRANSLATE_NOOP("EvidenceFields", "Operating system disk"),
    "lun": QT_TRANSLATE_NOOP("EvidenceFields", "LUN"),
    "dataDisks": QT_TRANSLATE_NOOP("EvidenceFields", "Number of data disks"),
    "names": QT_TRANSLATE_NOOP("EvidenceFields", "Data disk names"),
    "unmanagedDisks": QT_TRANSLATE_NOOP("EvidenceFields", "Unmanaged disks"),
    "storageAccounts": QT_TRANSLATE_NOOP("EvidenceFields", "Storage accounts of the disks"),
    # names and ids
    "id": QT_TRANSLATE_NOOP("EvidenceFields", "Resource id"),
    "name": QT_TRANSLATE_NOOP("EvidenceFields", "Name"),
    "resourceGroup": QT_TRANSLATE_NOOP("EvidenceFields", "Resource group"),
    "vmId": QT_TRANSLATE_NOOP("EvidenceFields", "VM resource id"),
    # protection and jobs
    "items": QT_TRANSLATE_NOOP("EvidenceFields", "Protected items"),
    "itemId": QT_TRANSLATE_NOOP("EvidenceFields", "Protected item id"),
    "protectedItems": QT_TRANSLATE_NOOP("EvidenceFields", "Protected items"),
    "vaultId": QT_TRANSLATE_NOOP("EvidenceFields", "Vault"),
    "policyId": QT_TRANSLATE_NOOP("EvidenceFields", "Backup policy"),
    "protectionState": QT_TRANSLATE_NOOP("EvidenceFields", "Protection state"),
    "softDeleted": QT_TRANSLATE_NOOP("EvidenceFields", "Backup data deleted (soft-deleted)"),
    "deferredDeleteTime": QT_TRANSLATE_NOOP("EvidenceFields", "Deleted for good on"),
    "protectionStatus": QT_TRANSLATE_NOOP("EvidenceFields", "Protection status"),
    "healthStatus": QT_TRANSLATE_NOOP("EvidenceFields", "Health status"),
    "lastBackupStatus": QT_TRANSLATE_NOOP("EvidenceFields", "Last backup status"),
    "lastBackupTime": QT_TRANSLATE_NOOP("EvidenceFields", "Last backup time"),
    "lastBackup": QT_TRANSLATE_NOOP("EvidenceFields", "Last backup"),
    "lastBackupJob": QT_TRANSLATE_NOOP("EvidenceFields", "Last backup job"),
    "lastBackupCodes": QT_TRANSLATE_NOOP("EvidenceFields", "Error codes of the last backup"),
    "inAnotherVault": QT_TRANSLATE_NOOP("EvidenceFields", "Protected in another vault"),
    "vaultsProtectingIt": QT_TRANSLATE_NOOP("EvidenceFields", "Vaults protecting it"),
    "jobs": QT_TRANSLATE_NOOP("EvidenceFields", "Backup jobs"),
    "jobsRead": QT_TRANSLATE_NOOP("EvidenceFields", "Backup jobs read"),
    "job": QT_TRANSLATE_NOOP("EvidenceFields", "Backup job"),
    "operation": QT_TRANSLATE_NOOP("EvidenceFields", "Operation"),
    "startTime": QT_TRANSLATE_NOOP("EvidenceFields", "Started"),
    "endTime": QT_TRANSLATE_NOOP("EvidenceFields", "Ended"),
    "failureCode": QT_TRANSLATE_NOOP("EvidenceFields", "Failure code"),
    "dynamicErrorMessage": QT_TRANSLATE_NOOP("EvidenceFields", "Error message"),
    "errorCode": QT_TRANSLATE_NOOP("EvidenceFields", "Azure error number"),
    "errorString": QT_TRANSLATE_NOOP("EvidenceFields", "Azure error message"),
    "errorTitle": QT_TRANSLATE_NOOP("EvidenceFields", "Azure error title"),
    "recommendations": QT_TRANSLATE_NOOP("EvidenceFields", "Azure's recommendations"),
    "earlierFailure": QT_TRANSLATE_NOOP("EvidenceFields", "Earlier failed backup"),
    "codes": QT_TRANSLATE_NOOP("EvidenceFields", "Error codes"),
    # the documented error and its causes
    "matched": QT_TRANSLATE_NOOP("EvidenceFields", "Documented error"),
    "code": QT_TRANSLATE_NOOP("EvidenceFields", "Error code"),
    "by": QT_TRANSLATE_NOOP("EvidenceFields", "Recognised by"),
    "documentedMessage": QT_TRANSLATE_NOOP("EvidenceFields", "Documented message"),
    "causes": QT_TRANSLATE_NOOP("EvidenceFields", "Documented causes"),
    "title": QT_TRANSLATE_NOOP("EvidenceFields", "Cause"),
    "appliesTo": QT_TRANSLATE_NOOP("EvidenceFields", "Applies to"),
    "verdict": QT_TRANSLATE_NOOP("EvidenceFields", "Verdict"),
    "checks": QT_TRANSLATE_NOOP("EvidenceFields", "Checks"),
    "wizard": QT_TRANSLATE_NOOP("EvidenceFields", "Fix wizard"),
    # restore points and locks
    "locks": QT_TRANSLATE_NOOP("EvidenceFields", "Locks"),
    "level": QT_TRANSLATE_NOOP("EvidenceFields", "Lock level"),
    "kind": QT_TRANSLATE_NOOP("EvidenceFields", "Locked scope"),
    "notes": QT_TRANSLATE_NOOP("EvidenceFields", "Notes"),
    "collections": QT_TRANSLATE_NOOP("EvidenceFields", "Restore point collections"),
    "otherCollections": QT_TRANSLATE_NOOP("EvidenceFields", "Other restore point collections"),
    "restorePointGroups": QT_TRANSLATE_NOOP("EvidenceFields", "Restore point collections of the VM"),
    "restorePoints": QT_TRANSLATE_NOOP("EvidenceFields", "Restore points"),
    "limit": QT_TRANSLATE_NOOP("EvidenceFields", "Limit"),
    "restorePointsCounted": QT_TRANSLATE_NOOP("EvidenceFields", "Restore points counted"),
    "storageAccount": QT_TRANSLATE_NOOP("EvidenceFields", "Locked storage account"),
    "lockId": QT_TRANSLATE_NOOP("EvidenceFields", "Read-only lock"),
    # security type (Trusted Launch)
    "vmSecurityType": QT_TRANSLATE_NOOP("EvidenceFields", "VM security type"),
    "osDiskSecurityType": QT_TRANSLATE_NOOP("EvidenceFields", "Operating system disk security type"),
    "latestBackup": QT_TRANSLATE_NOOP("EvidenceFields", "Latest backup"),
    "assumption": QT_TRANSLATE_NOOP("EvidenceFields", "Assumption"),
    # a denial by Azure Policy
    "latestJob": QT_TRANSLATE_NOOP("EvidenceFields", "Latest finished backup job"),
    "policy": QT_TRANSLATE_NOOP("EvidenceFields", "Policy assignment"),
    "policyAssignmentId": QT_TRANSLATE_NOOP("EvidenceFields", "Policy assignment id"),
    "policyDefinition": QT_TRANSLATE_NOOP("EvidenceFields", "Policy definition"),
    "policyDefinitionId": QT_TRANSLATE_NOOP("EvidenceFields", "Policy definition id"),
    "deniedResource": QT_TRANSLATE_NOOP("EvidenceFields", "Resource denied by the policy"),
    "restorePointGroup": QT_TRANSLATE_NOOP("EvidenceFields", "Restore point collection's resource group"),
    # the check inside the VM (Run Command)
    "fromGuest": QT_TRANSLATE_NOOP("EvidenceFields", "Read inside the VM"),
    "checkedAt": QT_TRANSLATE_NOOP("EvidenceFields", "Checked inside the VM at"),
    "outcome": QT_TRANSLATE_NOOP("EvidenceFields", "Run Command outcome"),
    "bootDiagnostics": QT_TRANSLATE_NOOP("EvidenceFields", "Boot diagnostics on"),
    "services": QT_TRANSLATE_NOOP("EvidenceFields", "Services"),
    "state": QT_TRANSLATE_NOOP("EvidenceFields", "State"),
    "startType": QT_TRANSLATE_NOOP("EvidenceFields", "Start type"),
    "account": QT_TRANSLATE_NOOP("EvidenceFields", "Runs as"),
    "vssService": QT_TRANSLATE_NOOP("EvidenceFields", "Volume Shadow Copy service"),
    "writers": QT_TRANSLATE_NOOP("EvidenceFields", "VSS writers in a bad state"),
    "writerCount": QT_TRANSLATE_NOOP("EvidenceFields", "Number of VSS writers"),
    "lastError": QT_TRANSLATE_NOOP("EvidenceFields", "Last error"),
    "packageVersion": QT_TRANSLATE_NOOP("EvidenceFields", "Agent package version"),
    "updatedVersions": QT_TRANSLATE_NOOP("EvidenceFields", "Auto-updated agent versions"),
    "path": QT_TRANSLATE_NOOP("EvidenceFields", "Path"),
    "encoding": QT_TRANSLATE_NOOP("EvidenceFields", "Encoding"),
    "mounts": QT_TRANSLATE_NOOP("EvidenceFields", "Mounted file systems"),
    "device": QT_TRANSLATE_NOOP("EvidenceFields", "Device"),
    "fs": QT_TRANSLATE_NOOP("EvidenceFields", "File system type"),
    "lines": QT_TRANSLATE_NOOP("EvidenceFields", "Configuration lines"),
    "number": QT_TRANSLATE_NOOP("EvidenceFields", "Line number"),
    "line": QT_TRANSLATE_NOOP("EvidenceFields", "Configuration line"),
    "rules": QT_TRANSLATE_NOOP("EvidenceFields", "Blocking AppLocker rules"),
    "collection": QT_TRANSLATE_NOOP("EvidenceFields", "Rule collection"),
    "adapters": QT_TRANSLATE_NOOP("EvidenceFields", "Network adapters"),
    "dhcp": QT_TRANSLATE_NOOP("EvidenceFields", "DHCP enabled"),
    "source": QT_TRANSLATE_NOOP("EvidenceFields", "Read from"),
    # encryption
    "keyVaults": QT_TRANSLATE_NOOP("EvidenceFields", "Key vaults"),
    "read": QT_TRANSLATE_NOOP("EvidenceFields", "Read"),
    "rbac": QT_TRANSLATE_NOOP("EvidenceFields", "Uses Azure role-based access control"),
    "accessPolicy": QT_TRANSLATE_NOOP("EvidenceFields", "Access policy of the Backup service"),
    "missing": QT_TRANSLATE_NOOP("EvidenceFields", "Missing permissions"),
    "requiredPermissions": QT_TRANSLATE_NOOP("EvidenceFields", "Required permissions"),
    "keys": QT_TRANSLATE_NOOP("EvidenceFields", "Keys"),
    "secrets": QT_TRANSLATE_NOOP("EvidenceFields", "Secrets"),
    "policyWithPermissionsExists": QT_TRANSLATE_NOOP("EvidenceFields", "Some access policy has the permissions"),
    "backupManagementService": QT_TRANSLATE_NOOP("EvidenceFields", "Backup Management Service"),
    "applicationId": QT_TRANSLATE_NOOP("EvidenceFields", "Application id"),
    "objectId": QT_TRANSLATE_NOOP("EvidenceFields", "Object id"),
    # a change in the change log (core/audit.py)
    "who": QT_TRANSLATE_NOOP("EvidenceFields", "Who"),
    "tenant": QT_TRANSLATE_NOOP("EvidenceFields", "Tenant"),
    "vm": QT_TRANSLATE_NOOP("EvidenceFields", "VM"),
    "action": QT_TRANSLATE_NOOP("EvidenceFields", "Fix action"),
    "target": QT_TRANSLATE_NOOP("EvidenceFields", "Changed resource"),
    "parameters": QT_TRANSLATE_NOOP("EvidenceFields", "What was sent or deleted"),
    "result": QT_TRANSLATE_NOOP("EvidenceFields", "Result"),
    "httpStatus": QT_TRANSLATE_NOOP("EvidenceFields", "HTTP status"),
    "properties": QT_TRANSLATE_NOOP("EvidenceFields", "Properties"),
    "location": QT_TRANSLATE_NOOP("EvidenceFields", "Region"),
    "tags": QT_TRANSLATE_NOOP("EvidenceFields", "Tags"),
}

# Labels that depend on what holds the key ("id" of a documented cause is not a resource id).
NESTED_LABELS: dict[tuple[str, str], str] = {
    ("causes", "id"): QT_TRANSLATE_NOOP("EvidenceFields", "Cause id"),
    ("job", "status"): QT_TRANSLATE_NOOP("EvidenceFields", "Job status"),
    ("job", "id"): QT_TRANSLATE_NOOP("EvidenceFields", "Job id"),
    ("matched", "code"): QT_TRANSLATE_NOOP("EvidenceFields", "Documented error code"),
    ("protectedItems", "id"): QT_TRANSLATE_NOOP("EvidenceFields", "Protected item id"),
}

# The heading of one item of a list of objects: "Disk 1", "Lock 2"...
ITEM_LABELS: dict[str, str] = {
    "disks": QT_TRANSLATE_NOOP("EvidenceFields", "Disk {n}"),
    "extensions": QT_TRANSLATE_NOOP("EvidenceFields", "Extension {n}"),
    "items": QT_TRANSLATE_NOOP("EvidenceFields", "Protected item {n}"),
    "jobs": QT_TRANSLATE_NOOP("EvidenceFields", "Backup job {n}"),
    "causes": QT_TRANSLATE_NOOP("EvidenceFields", "Cause {n}"),
    "locks": QT_TRANSLATE_NOOP("EvidenceFields", "Lock {n}"),
    "collections": QT_TRANSLATE_NOOP("EvidenceFields", "Collection {n}"),
    "otherCollections": QT_TRANSLATE_NOOP("EvidenceFields", "Collection {n}"),
    "restorePointGroups": QT_TRANSLATE_NOOP("EvidenceFields", "Collection {n}"),
    "keyVaults": QT_TRANSLATE_NOOP("EvidenceFields", "Key vault {n}"),
    "protectedItems": QT_TRANSLATE_NOOP("EvidenceFields", "Protected item {n}"),
    "services": QT_TRANSLATE_NOOP("EvidenceFields", "Service {n}"),
    "writers": QT_TRANSLATE_NOOP("EvidenceFields", "VSS writer {n}"),
    "mounts": QT_TRANSLATE_NOOP("EvidenceFields", "Mount {n}"),
    "lines": QT_TRANSLATE_NOOP("EvidenceFields", "Line {n}"),
    "rules": QT_TRANSLATE_NOOP("EvidenceFields", "Rule {n}"),
    "adapters": QT_TRANSLATE_NOOP("EvidenceFields", "Network adapter {n}"),
}
_AS_IS = "{words}"  # an unknown key's own words: nothing to translate
_NONE = QT_TRANSLATE_NOOP("EvidenceFields", "none")
_GENERIC_ITEM = QT_TRANSLATE_NOOP("EvidenceFields", "{label} {n}")

# Our own vocabulary (check statuses, verdicts, outcomes, lock kinds): translated outright.
OWN_VALUES: dict[str, dict[str, str]] = {
    "status": {
        "pass": QT_TRANSLATE_NOOP("EvidenceFields", "pass"),
        "warn": QT_TRANSLATE_NOOP("EvidenceFields", "warning"),
        "fail": QT_TRANSLATE_NOOP("EvidenceFields", "fail"),
        "unknown": QT_TRANSLATE_NOOP("EvidenceFields", "could not be checked"),
        "not-applicable": QT_TRANSLATE_NOOP("EvidenceFields", "not applicable"),
    },
    "verdict": {
        "confirmed": QT_TRANSLATE_NOOP("EvidenceFields", "confirmed"),
        "suspected": QT_TRANSLATE_NOOP("EvidenceFields", "suspected (only the guest can confirm it)"),
        "open": QT_TRANSLATE_NOOP("EvidenceFields", "open: its checks could not decide"),
        "not-testable": QT_TRANSLATE_NOOP("EvidenceFields", "not testable from Azure"),
        "ruled-out": QT_TRANSLATE_NOOP("EvidenceFields", "ruled out"),
        "not-applicable": QT_TRANSLATE_NOOP("EvidenceFields", "not applicable"),
    },
    "lastBackup": {
        "succeeded": QT_TRANSLATE_NOOP("EvidenceFields", "succeeded"),
        "failed": QT_TRANSLATE_NOOP("EvidenceFields", "failed"),
        "implicated": QT_TRANSLATE_NOOP("EvidenceFields", "failed with an error this cause explains"),
        "other-cause": QT_TRANSLATE_NOOP("EvidenceFields", "failed for another reason"),
        "no-history": QT_TRANSLATE_NOOP("EvidenceFields", "no finished backup yet"),
        "not-protected": QT_TRANSLATE_NOOP("EvidenceFields", "the VM is not protected"),
        "none": QT_TRANSLATE_NOOP("EvidenceFields", "no finished backup yet"),
        "unknown": QT_TRANSLATE_NOOP("EvidenceFields", "unknown"),
    },
    "kind": {
        "restorePointGroup": QT_TRANSLATE_NOOP("EvidenceFields", "restore point collection's resource group"),
        "vmGroup": QT_TRANSLATE_NOOP("EvidenceFields", "VM's resource group"),
        "subscription": QT_TRANSLATE_NOOP("EvidenceFields", "subscription"),
        "other": QT_TRANSLATE_NOOP("EvidenceFields", "other scope"),
    },
    "by": {
        "code": QT_TRANSLATE_NOOP("EvidenceFields", "its error code"),
        "message": QT_TRANSLATE_NOOP("EvidenceFields", "its error message"),
    },
    "powerState": {
        "running": QT_TRANSLATE_NOOP("EvidenceFields", "running"),
        "stopped": QT_TRANSLATE_NOOP("EvidenceFields", "stopped"),
        "deallocated": QT_TRANSLATE_NOOP("EvidenceFields", "deallocated"),
        "starting": QT_TRANSLATE_NOOP("EvidenceFields", "starting"),
        "stopping": QT_TRANSLATE_NOOP("EvidenceFields", "stopping"),
        "deallocating": QT_TRANSLATE_NOOP("EvidenceFields", "deallocating"),
        "unknown": QT_TRANSLATE_NOOP("EvidenceFields", "unknown"),
    },
    "outcome": {  # core/guest/outcome.py
        "answered": QT_TRANSLATE_NOOP("EvidenceFields", "the script answered"),
        "agent-down": QT_TRANSLATE_NOOP("EvidenceFields", "the guest agent does not answer"),
        "no-answer": QT_TRANSLATE_NOOP("EvidenceFields", "the agent reports Ready but did not run the script"),
        "unreadable": QT_TRANSLATE_NOOP("EvidenceFields", "the answer could not be read"),
        "refused": QT_TRANSLATE_NOOP("EvidenceFields", "Azure refused the run"),
        "busy": QT_TRANSLATE_NOOP("EvidenceFields", "another Run Command was running"),
        "vm-not-running": QT_TRANSLATE_NOOP("EvidenceFields", "the VM is not running"),
        "failed": QT_TRANSLATE_NOOP("EvidenceFields", "the run failed"),
        "cancelled": QT_TRANSLATE_NOOP("EvidenceFields", "stopped waiting"),
    },
    "assumption": {  # core/checks/security_type.py
        "the OS disk keeps the security type the VM was created with": QT_TRANSLATE_NOOP(
            "EvidenceFields", "the OS disk keeps the security type the VM was created with"
        ),
    },
}
# Keys that use another key's words: causes[].checks maps check ids to statuses.
_OWN_VALUE_KEYS = {"checks": "status", "latestBackup": "lastBackup"}

# Azure's raw states: shown as Azure wrote them, with their meaning beside them when translated.
AZURE_TERMS: dict[str, str] = {
    "ready": QT_TRANSLATE_NOOP("EvidenceFields", "ready"),
    "not ready": QT_TRANSLATE_NOOP("EvidenceFields", "not ready"),
    "succeeded": QT_TRANSLATE_NOOP("EvidenceFields", "succeeded"),
    "failed": QT_TRANSLATE_NOOP("EvidenceFields", "failed"),
    "creating": QT_TRANSLATE_NOOP("EvidenceFields", "creating"),
    "updating": QT_TRANSLATE_NOOP("EvidenceFields", "updating"),
    "deleting": QT_TRANSLATE_NOOP("EvidenceFields", "deleting"),
    "canceled": QT_TRANSLATE_NOOP("EvidenceFields", "cancelled"),
    "cancelled": QT_TRANSLATE_NOOP("EvidenceFields", "cancelled"),
    "inprogress": QT_TRANSLATE_NOOP("EvidenceFields", "in progress"),
    "completed": QT_TRANSLATE_NOOP("EvidenceFields", "completed"),
    "completedwithwarnings": QT_TRANSLATE_NOOP("EvidenceFields", "completed with warnings"),
    "protected": QT_TRANSLATE_NOOP("EvidenceFields", "protected"),
    "protectionstopped": QT_TRANSLATE_NOOP("EvidenceFields", "protection stopped"),
    "protectionerror": QT_TRANSLATE_NOOP("EvidenceFields", "protection error"),
    "protectionpaused": QT_TRANSLATE_NOOP("EvidenceFields", "protection paused"),
    "irpending": QT_TRANSLATE_NOOP("EvidenceFields", "initial backup pending"),
    "healthy": QT_TRANSLATE_NOOP("EvidenceFields", "healthy"),
    "unhealthy": QT_TRANSLATE_NOOP("EvidenceFields", "unhealthy"),
    "passed": QT_TRANSLATE_NOOP("EvidenceFields", "passed"),
    "actionrequired": QT_TRANSLATE_NOOP("EvidenceFields", "action required"),
    "actionsuggested": QT_TRANSLATE_NOOP("EvidenceFields", "action suggested"),
    "canotdelete": QT_TRANSLATE_NOOP("EvidenceFields", "cannot be deleted"),
    "cannotdelete": QT_TRANSLATE_NOOP("EvidenceFields", "cannot be deleted"),
    "readonly": QT_TRANSLATE_NOOP("EvidenceFields", "read only"),
    "backup": QT_TRANSLATE_NOOP("EvidenceFields", "backup"),
    "configurebackup": QT_TRANSLATE_NOOP("EvidenceFields", "backup configuration"),
    "restore": QT_TRANSLATE_NOOP("EvidenceFields", "restore"),
}
_AZURE_TERM_KEYS = frozenset(
    {
        "agentStatus",
        "agentDisplayStatus",
        "provisioningState",
        "status",
        "protectionState",
        "protectionStatus",
        "healthStatus",
        "lastBackupStatus",
        "level",
        "operation",
    }
)

_GIB_KEYS = frozenset({"sizeGiB", "limitGiB", "diskGiB", "encryptedDiskGiB"})
_MINUTE_KEYS = frozenset({"ageMinutes", "agentStatusAgeMinutes"})
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z]|\d|\b)|[A-Z]?[a-z]+|[A-Z]+|\d+")


@dataclass(frozen=True)
class AzureTerm:
    """A state as Azure spelled it and its meaning; shown "Succeeded (concluído)" when translated."""

    raw: str
    meaning: str  # English source text in the EvidenceFields context

    def render(self, translate: Translate = english) -> str:
        meaning = translate(_CTX, self.meaning)
        if _fold(meaning) == _fold(self.raw):
            return self.raw
        return f"{self.raw} ({meaning})"


@dataclass(frozen=True)
class Values:
    """A list of plain values, shown comma-separated."""

    items: tuple[str | Msg | AzureTerm, ...]

    def render(self, translate: Translate = english) -> str:
        texts = [item if isinstance(item, str) else item.render(translate) for item in self.items]
        if not texts:
            return "—"
        if all(t.rstrip().endswith((".", "!", "?", "…")) for t in texts):
            return " ".join(texts)  # sentences (recommendations, messages) read on
        return ("; " if any(" " in t for t in texts) else ", ").join(texts)


# A value for people: text from Azure as is (str), our own words (Msg), an Azure state (AzureTerm)
# or a list of those (Values).
FieldValue = str | Msg | AzureTerm | Values


@dataclass(frozen=True)
class EvidenceField:
    """One labelled line. `value` None is a heading for the fields after it, one `depth` deeper."""

    key: str  # the path in the evidence: "job.status", "disks[0].sizeGiB"
    label: Msg
    value: FieldValue | None
    depth: int = 0

    def label_text(self, translate: Translate = english) -> str:
        return self.label.render(translate)

    def value_text(self, translate: Translate = english) -> str:
        value = self.value
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        return value.render(translate)


def evidence_fields(evidence: Mapping[str, Any]) -> list[EvidenceField]:
    """The evidence as ordered, labelled fields (keys in the order the check wrote them)."""
    fields: list[EvidenceField] = []
    _add_mapping(fields, evidence, "", 0)
    return fields


def field_lines(fields: list[EvidenceField], translate: Translate = english, indent: str = "  ") -> list[str]:
    """Plain-text lines "Label: value", indented by depth (for the clipboard and the CLI)."""
    lines: list[str] = []
    for item in fields:
        label = item.label_text(translate)
        value = item.value_text(translate)
        text = f"{label}: {value}" if item.value is not None and value else f"{label}:"
        lines.append(indent * item.depth + text)
    return lines


def label_for(key: str, parent: str = "") -> Msg:
    """The label of `key` (inside `parent`, the key of the object or list holding it): a known one,
    or one made from the key's words ("fooBarId" -> "Foo bar id")."""
    source = NESTED_LABELS.get((parent, key)) or LABELS.get(key)
    if source is not None:
        return _msg(source)
    return _msg(_AS_IS, words=humanise(key))


def humanise(key: str) -> str:
    """ "agentStatusAgeMinutes" / "disk-size" / "snake_case" -> "Agent status age minutes" ..."""
    words = [w.lower() if not w.isupper() or len(w) == 1 else w for w in _WORD.findall(key)]
    if not words:
        return key or "—"
    text = " ".join(words)
    return text[0].upper() + text[1:]


def format_value(key: str, value: Any) -> FieldValue:
    """One scalar (or list of scalars) formatted for people, by what the key says it holds."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        if key == "unconfirmed":
            return (
                _msg(QT_TRANSLATE_NOOP("EvidenceFields", "a lead, not a proof"))
                if value
                else _msg(QT_TRANSLATE_NOOP("EvidenceFields", "confirmed"))
            )
        return (
            _msg(QT_TRANSLATE_NOOP("EvidenceFields", "Yes"))
            if value
            else _msg(QT_TRANSLATE_NOOP("EvidenceFields", "No"))
        )
    if isinstance(value, int | float):
        if key in _GIB_KEYS:
            return _msg(QT_TRANSLATE_NOOP("EvidenceFields", "{size} GiB"), size=_number(value))
        if key in _MINUTE_KEYS:
            return _minutes(int(value))
        return _number(value)
    if isinstance(value, list):
        return Values(tuple(_list_item(key, item) for item in value)) if value else _msg(_NONE)
    text = _clip(str(value))
    own = OWN_VALUES.get(_OWN_VALUE_KEYS.get(key, key), {})
    if text in own:
        return _msg(own[text])
    if _ISO_TIME.match(text):
        shown = _time(text)
        if shown is not None:
            return shown
    if key in _AZURE_TERM_KEYS:
        meaning = AZURE_TERMS.get(_fold(text))
        if meaning is not None:
            return AzureTerm(text, meaning)
    return text


def _list_item(key: str, item: Any) -> str | Msg | AzureTerm:
    if isinstance(item, Mapping):
        return _clip("; ".join(f"{k}={v}" for k, v in item.items()))
    if isinstance(item, list):
        return _clip(", ".join(str(v) for v in item))
    value = format_value(key, item)
    return _clip(value.render(english)) if isinstance(value, Values) else value


def _add_mapping(fields: list[EvidenceField], data: Mapping[str, Any], path: str, depth: int) -> None:
    for raw_key, value in data.items():
        key = str(raw_key)
        here = f"{path}.{key}" if path else key
        label = _check_label(key) if path.endswith("checks") else label_for(key, _parent_key(path))
        if isinstance(value, Mapping):
            if not value:
                fields.append(EvidenceField(here, label, "—", depth))
                continue
            fields.append(EvidenceField(here, label, None, depth))
            _add_mapping(fields, value, here, depth + 1)
        elif isinstance(value, list) and any(isinstance(item, Mapping) for item in value):
            _add_list(fields, key, value, here, label, depth)
        else:
            shown_key = key if not path.endswith("checks") else "checks"
            fields.append(EvidenceField(here, label, format_value(shown_key, value), depth))


def _add_list(fields: list[EvidenceField], key: str, items: list[Any], path: str, label: Msg, depth: int) -> None:
    fields.append(EvidenceField(path, label, str(len(items)), depth))
    for index, item in enumerate(items, start=1):
        here = f"{path}[{index - 1}]"
        source = ITEM_LABELS.get(key)
        heading = _msg(source, n=index) if source else _msg(_GENERIC_ITEM, label=label, n=index)
        if not isinstance(item, Mapping):
            fields.append(EvidenceField(here, heading, format_value(key, item), depth + 1))
            continue
        named = next((k for k in ("name", "title") if isinstance(item.get(k), str) and item.get(k)), None)
        rest = {k: v for k, v in item.items() if k != named}
        fields.append(EvidenceField(here, heading, _clip(item[named]) if named else None, depth + 1))
        _add_mapping(fields, rest, here, depth + 2)


def _parent_key(path: str) -> str:
    """ "causes[0]" -> "causes", "job" -> "job", "earlierFailure.job" -> "job"."""
    last = path.rsplit(".", 1)[-1]
    return last.split("[", 1)[0]


def _check_label(check_id: str) -> Msg:
    return _msg(QT_TRANSLATE_NOOP("EvidenceFields", "Check “{check}”"), check=check_id)


def _minutes(minutes: int) -> Msg:
    if minutes < 120:
        return _msg(QT_TRANSLATE_NOOP("EvidenceFields", "{minutes} min"), minutes=minutes)
    if minutes < 2 * 24 * 60:
        return _msg(
            QT_TRANSLATE_NOOP("EvidenceFields", "{hours} h ({minutes} min)"), hours=minutes // 60, minutes=minutes
        )
    return _msg(
        QT_TRANSLATE_NOOP("EvidenceFields", "{days} days ({minutes} min)"), days=minutes // (24 * 60), minutes=minutes
    )


def _time(text: str) -> Msg | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return _msg(
        QT_TRANSLATE_NOOP("EvidenceFields", "{time} UTC"), time=moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    )


def _number(value: float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:g}"
    return str(int(value))


def _fold(text: str) -> str:
    return re.sub(r"[\s_-]", "", text).lower()


def _clip(text: str) -> str:
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"
