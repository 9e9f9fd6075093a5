"""The codes Microsoft documents since the seed (../shared/error-codes-since-the-seed.md, sections A, B and D):
each is explained by `explain` from its name, its number where it has one, and its documented message in
English and in the app's pt-PT; a failed job with one maps to its documented causes in order."""

from __future__ import annotations

import pytest
from check_builders import all_findings, error, job, protected_vm
from test_catalog import CODES_SINCE_THE_SEED, DOCUMENTED_CODES

from core import explain
from core.catalog import load_catalog
from core.catalog_translator import translator_for
from core.findings import Status
from core.i18n import english

#: Section D: numbers Azure gives for documented errors (job error details; Linux extension status codes).
NUMBERS = {
    "320001": "ResourceNotFound",
    "400094": "BCMV2VMNotFound",
    "380008": "AzureVmOffline",
    "16": "GuestAgentCertificateNotFound",
    "76": "ExtensionSnapshotFailedNoNetwork",
    "761": "ExtensionSnapshotFailedNoNetwork",
    "85": "ExtensionFailedSnapshotLimitReachedError",
    "173": "ExtensionFailedSnapshotRateExceededError",
    "121": "UserErrorFsFreezeFailed",
    "123": "UserErrorUnableToOpenMount",
    "308": "ExtensionPreScriptTimeout",
}
#: Linux extension status names (ExtensionErrorCodeHelper.py) pasted as they appear in the extension's log.
EXTENSION_STATUS_NAMES = {
    "FailedRetryableSnapshotFailedNoNetwork": "ExtensionSnapshotFailedNoNetwork",
    "FailedHandlerGuestAgentCertificateNotFound": "GuestAgentCertificateNotFound",
    "FailedRetryableFsFreezeFailed": "UserErrorFsFreezeFailed",
    "FailedRetryableUnableToOpenMount": "UserErrorUnableToOpenMount",
}
ALL_CODES = DOCUMENTED_CODES + CODES_SINCE_THE_SEED


def _codes(text: str, translate=english) -> list[str]:  # type: ignore[no-untyped-def]
    status, _, matches = explain.explain(text, translate)
    return [code for match in matches for code in match.codes] if status == explain.EXIT_MATCHED else []


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_code_is_explained_from_its_name(code: str) -> None:
    assert _codes(code)[:1] == [code]


@pytest.mark.parametrize(("number", "code"), sorted(NUMBERS.items()))
def test_documented_numbers_name_their_code(number: str, code: str) -> None:
    assert load_catalog().entry(number) is load_catalog().entry(code)
    assert code in _codes(number)


@pytest.mark.parametrize(("name", "code"), sorted(EXTENSION_STATUS_NAMES.items()))
def test_linux_extension_status_names_name_their_code(name: str, code: str) -> None:
    assert _codes(name) == [code]


@pytest.mark.parametrize("code", CODES_SINCE_THE_SEED)
def test_every_new_code_is_explained_from_its_english_message(code: str) -> None:
    entry = load_catalog().entry(code)
    assert entry is not None
    assert code in _codes(entry.message) or entry.code in _codes(entry.message)


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_code_is_explained_from_its_pt_pt_message(code: str) -> None:
    pt = translator_for("pt-PT")
    entry = load_catalog().entry(code)
    assert entry is not None
    message = pt("Catalog", entry.message)
    assert message != entry.message, "the message has a pt-PT translation"
    assert entry.code in _codes(message, pt) or code in _codes(message, pt)


def test_every_new_message_and_summary_has_a_pt_pt_translation() -> None:
    pt = translator_for("pt-PT")
    for code in CODES_SINCE_THE_SEED:
        entry = load_catalog().entry(code)
        assert entry is not None
        assert pt("Catalog", entry.summary) != entry.summary, code
        for cause in entry.causes:
            assert pt("Catalog", cause.title) != cause.title, cause.id


def test_explain_shows_causes_in_order_with_a_documentation_link_in_portuguese() -> None:
    status, out, _ = explain.explain("ExtensionFailedVssWriterInBadState", translator_for("pt-PT"))
    assert status == explain.EXIT_MATCHED
    lines = [line.strip() for line in out.splitlines()]
    assert lines[0].startswith("ExtensionFailedVssWriterInBadState: A operação de instantâneo falhou")
    causes = [line for line in lines if line[:2] in {"1.", "2.", "3."}]
    assert [c[:2] for c in causes] == ["1.", "2.", "3."]
    assert "pouco espaço livre" in causes[0] and "escritores VSS" in causes[1] and "IOPS" in causes[2]
    assert any(
        "backup-azure-vms-troubleshoot#extensionfailedvsswriterinbadstate---snapshot-operation-failed" in line
        for line in lines
    )


@pytest.mark.parametrize("code", CODES_SINCE_THE_SEED)
def test_a_failed_job_maps_to_the_documented_causes_in_order(code: str) -> None:
    entry = load_catalog().entry(code)
    assert entry is not None
    # As the portal shows it: the code in the job's propertyBag, the documented message in its error details.
    failed = job("j", errors=[error(123456, entry.message)], property_bag={"ErrorCode": code})
    vm = protected_vm(jobs=[failed])
    (finding,) = [f for f in all_findings(vm) if f.check == "last-backup-job"]
    assert finding.status is Status.FAIL
    assert code in finding.error_codes
    assert [c["id"] for c in finding.evidence["causes"]] == [c.id for c in entry.causes]


def test_a_job_error_with_a_documented_number_is_that_code() -> None:
    vm = protected_vm(jobs=[job("j", errors=[error(320001, "The operation failed.")])])
    (finding,) = [f for f in all_findings(vm) if f.check == "last-backup-job"]
    assert finding.error_codes == ("ResourceNotFound",)
