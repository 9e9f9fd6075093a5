"""`backup-doctor explain TEXT`: a pasted error code or message explained, with causes in order and fixes."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from core import explain

SNAPSHOT_MESSAGE = "Could not communicate with the VM agent for snapshot status"


def run_explain(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="backup-doctor explain")
    explain.add_arguments(parser)
    stdout, stderr = io.StringIO(), io.StringIO()
    code = explain.run(parser.parse_args(list(argv)), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def test_snapshot_status_message_explains_its_five_causes_in_order_with_their_wizards() -> None:
    code, out, _ = run_explain(SNAPSHOT_MESSAGE, "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"GuestAgentSnapshotTaskStatusError: {SNAPSHOT_MESSAGE}"
    causes = [line.strip() for line in lines if line.strip()[:2] in {"1.", "2.", "3.", "4.", "5."}]
    assert causes == [
        "1. The guest agent is installed but not responding (Windows VMs only)",
        "2. The guest agent is out of date or stopped (Linux VMs only)",
        "3. The snapshot status cannot be read back: the VM was shut down from inside, or it gets no host "
        "address from DHCP",
        "4. The agent's configuration file does not set Extensions.Enable=y and Provisioning.Agent=auto "
        "(Linux VMs only)",
        "5. AppLocker or another application control tool blocks IaaSBcdrExtension.exe",
    ]
    wizards = [line.rsplit("(wizard ", 1)[1].rstrip(")") for line in lines if "(wizard " in line]
    assert wizards == [
        "windows-agent-unresponsive",
        "linux-agent-outdated",
        "snapshot-status-unreachable",
        "linux-waagent-conf",
        "app-control-exclusion",
    ]
    assert "#guestagentsnapshottaskstatuserror---could-not-communicate" in out


def test_unquoted_words_and_a_bare_code_work_too() -> None:
    code, out, _ = run_explain("could", "not", "communicate", "with", "the", "VM", "agent", "for", "snapshot", "status")
    assert code == 0 and out.startswith("GuestAgentSnapshotTaskStatusError:")
    code, out, _ = run_explain("backupoperationfailedv2")
    assert code == 0 and out.startswith("BackUpOperationFailedV2: Backup failed with an internal error")


def test_json_output_carries_codes_causes_and_wizards() -> None:
    code, out, _ = run_explain(
        "Backup failed with a internal error - Please retry the operation in few minutes", "--format", "json"
    )
    assert code == 0
    document = json.loads(out)
    (found,) = document["matches"]
    assert found["codes"] == ["BackUpOperationFailed", "BackUpOperationFailedV2"]
    assert found["matchedBy"] == "message"
    assert [c["wizard"] for c in found["causes"]] == [
        "windows-agent-unresponsive",
        "linux-agent-outdated",
        "snapshot-status-unreachable",
        "rp-collection-limit",
    ]
    assert [r["id"] for r in found["resolution"]] == [c["wizard"] for c in found["causes"]]


@pytest.mark.parametrize("output", ["text", "json"])
def test_no_match_says_what_to_paste_and_exits_1(output: str) -> None:
    code, out, _ = run_explain("the printer is on fire", "--format", output)
    assert code == 1
    text = json.loads(out)["message"] if output == "json" else out
    assert 'No documented Azure Backup error matches "the printer is on fire"' in text
    if output == "json":
        assert json.loads(out)["matches"] == []


def test_catalog_text_goes_through_the_translator() -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, source: str) -> str:
        seen.append((context, source))
        return f"«{source}»" if context == "Catalog" else source

    code, out, _ = explain.explain("UserErrorUnsupportedDiskSize", translate)
    assert code == 0
    assert ("Catalog", "A disk is larger than 32 TB") in seen
    assert "«An encrypted disk is larger than 4 TB»" in out
    # A translated message is shown with Azure's own wording beside it.
    assert "The configured disk size(s) is currently not supported by Azure Backup." in out
