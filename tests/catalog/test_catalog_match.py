"""Matching Azure's words to documented codes: code names anywhere, documented messages, long enough fragments."""

from __future__ import annotations

import pytest

from core.catalog_match import MATCH_CODE, MATCH_MESSAGE, MATCH_PARTIAL, match, match_text


@pytest.mark.parametrize(
    "text",
    [
        # The article's own wording, and the portal's.
        "Backup failed with a internal error - Please retry the operation in few minutes",
        "Backup failed with an internal error - Please retry the operation in a few minutes.",
        "BACKUP FAILED WITH AN INTERNAL ERROR -- please retry the operation in a few minutes",
    ],
)
def test_internal_error_wordings_match_both_documented_codes(text: str) -> None:
    (found,) = match_text(text)
    assert found.by == MATCH_MESSAGE
    assert found.codes == ("BackUpOperationFailed", "BackUpOperationFailedV2")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("  could NOT communicate with the  VM agent, for snapshot status!! ", "GuestAgentSnapshotTaskStatusError"),
        (
            "Backup does not have sufficient permissions to the key vault for backup of encrypted VMs",
            "UserErrorKeyvaultPermissionsNotConfigured",
        ),
        (
            "Backup failed: This virtual machine is not actively protected by Azure Backup",
            "UserErrorBcmDatasourceNotPresent",
        ),
        ("The configured disk size(s) is currently not supported by Azure Backup", "UserErrorUnsupportedDiskSize"),
        ("The Restore Point collection max limit has been reached", "UserErrorRpCollectionLimitReached"),
        ("Job failed. The VM is in a failed provisioning state. Retry later.", "UserErrorVmProvisioningStateFailed"),
    ],
)
def test_documented_messages_match_despite_case_punctuation_articles_and_contractions(text: str, code: str) -> None:
    found = match_text(text)
    assert [m.entry.code for m in found] == [code]


def test_code_names_match_wherever_they_appear() -> None:
    (found,) = match_text("Error code: usererrorrpcollectionlimitreached (see portal)")
    assert (found.by, found.codes) == (MATCH_CODE, ("UserErrorRpCollectionLimitReached",))
    (v2,) = match_text("BackUpOperationFailedV2")
    assert v2.codes == ("BackUpOperationFailedV2",)
    # The machine-translated article splits a code with a space; pasted alone it is still recognised.
    (split,) = match_text("UserErrorKeyvaultPermissionsNot Configured")
    assert split.entry.code == "UserErrorKeyvaultPermissionsNotConfigured"
    # A misspelling seen in an older revision maps to the documented code. ExtensionOperationFailed, once
    # only an older name of ExtensionOperationFailedForManagedDisks, is documented on its own since (its
    # Windows cause is a missing manifest file), so it names its own entry.
    (old,) = match_text("ExtentionOperationFailed")
    assert old.codes == ("ExtensionOperationFailed",)
    (own,) = match_text("ExtensionOperationFailed")
    assert own.entry.causes[0].id == "vmsnapshot-manifest-missing"


def test_a_fragment_of_a_message_matches_only_when_long_enough() -> None:
    (found,) = match_text("communicate with the VM agent for snapshot")
    assert (found.by, found.entry.code) == (MATCH_PARTIAL, "GuestAgentSnapshotTaskStatusError")
    assert match_text("snapshot status") == []
    assert match_text("The VM agent is fine") == []
    assert [e.code for e in match("VM Agent unable to communicate with Azure Backup")] == [
        "UserErrorGuestAgentStatusUnavailable"
    ]
