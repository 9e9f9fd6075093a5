"""Evidence as labelled fields: every key the checks write has a label; values read as people write them."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from core.evidence_fields import (
    LABELS,
    AzureTerm,
    EvidenceField,
    evidence_fields,
    field_lines,
    format_value,
    label_for,
)
from core.findings import UNCONFIRMED
from core.i18n import english
from core.scan import ScanReport

ROOT = Path(__file__).resolve().parents[2]
#: Where evidence is written: every check module and the triage of the latest failed job.
EVIDENCE_SOURCES = sorted((ROOT / "core" / "checks").glob("*.py"))
#: Module-level tables in those files that are not evidence (their keys are OS types).
NOT_EVIDENCE = {"BACKUP_TYPES"}


def _keys_written_in(path: Path) -> set[str]:
    """String keys of dict literals and `x["key"] = ...` inside functions (module tables excluded)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    keys: set[str] = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Dict):
                keys.update(k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str))
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    key = target.slice if isinstance(target, ast.Subscript) else None
                    if isinstance(key, ast.Constant) and isinstance(key.value, str):
                        keys.add(key.value)
    return keys


def _keys_in(value: Any, found: set[str], parent: str = "") -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            if parent != "checks":  # causes[].checks is keyed by check id, labelled "Check “id”"
                found.add(key)
            _keys_in(inner, found, key)
    elif isinstance(value, list):
        for item in value:
            _keys_in(item, found, parent)


def test_every_key_the_checks_write_has_a_label() -> None:
    written = {UNCONFIRMED}
    for path in EVIDENCE_SOURCES:
        written |= _keys_written_in(path)
    tables = set()
    for path in EVIDENCE_SOURCES:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") in NOT_EVIDENCE for t in node.targets):
                tables |= {k.value for k in getattr(node.value, "keys", []) if isinstance(k, ast.Constant)}
    assert len(written) > 60  # the walk did read the sources
    missing = sorted(written - tables - set(LABELS))
    assert missing == [], f"evidence keys without a label in core/evidence_fields.py: {missing}"


def test_every_key_in_a_demo_scan_has_a_label(demo_report: ScanReport) -> None:
    found: set[str] = set()
    for vm in demo_report.vms:
        for finding in vm.findings:
            _keys_in(dict(finding.evidence), found)
    assert len(found) > 50
    assert sorted(found - set(LABELS)) == []


def test_a_failed_job_reads_as_labelled_lines_in_the_order_written() -> None:
    evidence = {
        "job": {"status": "Failed", "startTime": "2026-12-02T22:09:44Z", "failureCode": "UserErrorX"},
        "errorCode": 400164,
        "recommendations": ["Split the disks.", "Retry."],
        "causes": [
            {
                "id": "disk-over-32tb",
                "title": "A disk is larger than 32 TB",
                "verdict": "confirmed",
                "checks": {"disk-size": "fail"},
            }
        ],
        "unconfirmed": True,
    }
    assert field_lines(evidence_fields(evidence)) == [
        "Backup job:",
        "  Job status: Failed",
        "  Started: 2026-12-02 22:09 UTC",
        "  Failure code: UserErrorX",
        "Azure error number: 400164",
        "Azure's recommendations: Split the disks. Retry.",
        "Documented causes: 1",
        "  Cause 1: A disk is larger than 32 TB",
        "    Cause id: disk-over-32tb",
        "    Verdict: confirmed",
        "    Checks:",
        "      Check “disk-size”: fail",
        "Confirmation: a lead, not a proof",
    ]


def test_values_are_formatted_for_people() -> None:
    def text(key: str, value: Any) -> str:
        shown = format_value(key, value)
        return shown if isinstance(shown, str) else shown.render(english)

    assert text("sizeGiB", 32769) == "32769 GiB"
    assert text("encrypted", False) == "No"
    assert text("osDisk", True) == "Yes"
    assert text("lun", None) == "—"
    assert text("locks", []) == "none"
    assert text("agentStatusAgeMinutes", 420) == "7 h (420 min)"
    assert text("ageMinutes", 5 * 24 * 60) == "5 days (7200 min)"
    assert text("lastBackupTime", "2026-12-02T22:11:44+00:00") == "2026-12-02 22:11 UTC"
    assert text("verdict", "ruled-out") == "ruled out"
    assert text("lastBackup", "no-history") == "no finished backup yet"
    assert text("extensionsProcessed", ["VMSnapshot", "IaaSAntimalware"]) == "VMSnapshot, IaaSAntimalware"


def test_azure_states_keep_azure_spelling_with_the_meaning_beside_them() -> None:
    value = format_value("provisioningState", "Succeeded")
    assert isinstance(value, AzureTerm)
    assert value.render(english) == "Succeeded"
    portuguese = {("EvidenceFields", "succeeded"): "concluído com êxito"}
    assert value.render(lambda c, s: portuguese.get((c, s), s)) == "Succeeded (concluído com êxito)"


def test_labels_and_our_words_are_translated_through_the_translator() -> None:
    table = {("EvidenceFields", "Encrypted"): "Encriptado", ("EvidenceFields", "No"): "Não"}
    lines = field_lines(evidence_fields({"encrypted": False}), lambda c, s: table.get((c, s), s))
    assert lines == ["Encriptado: Não"]


def test_an_unknown_key_gets_a_label_from_its_words_instead_of_failing() -> None:
    assert label_for("someNewVMKeyId").render() == "Some new VM key id"
    assert label_for("snake_case_key").render() == "Snake case key"
    fields = evidence_fields({"newThing": {"deep": [{"a": 1}, 2, None]}, "": "x"})
    assert [f.label_text() for f in fields][:3] == ["New thing", "Deep", "Deep 1"]
    assert all(isinstance(f, EvidenceField) for f in fields)


def test_text_from_azure_is_kept_as_text_and_long_text_is_cut() -> None:
    hostile = "<script>alert(1)</script>{0}{job}\u202e" + "x" * 10_000
    (field,) = evidence_fields({"message": hostile})
    shown = field.value_text(english)
    assert shown.startswith("<script>alert(1)</script>{0}{job}\u202e")  # escaping is the renderer's job
    assert len(shown) <= 2000 and shown.endswith("…")
