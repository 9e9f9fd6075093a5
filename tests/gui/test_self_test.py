"""`backup-doctor --self-test`: no input; says what passed, names what failed, touches nothing of the user's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui import self_test_steps
from gui.self_test import SelfTest, SelfTestFailure, Step, run_self_test

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_self_test_passes_from_source_and_leaves_the_users_files_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    user_log = data / "Backup Doctor" / "audit-demo.jsonl"
    user_log.parent.mkdir(parents=True)
    user_log.write_text('{"earlier": "entry"}\n', encoding="utf-8")
    log = tmp_path / "self-test.log"
    env = dict(os.environ, XDG_DATA_HOME=str(data), XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself
    env.pop("BACKUP_DOCTOR_SCAN_IN_PROCESS", None)  # its scan runs in a scan process, as in the app
    env.pop("BACKUP_DOCTOR_SIMULATOR_IN_PROCESS", None)  # and the tenant copy is served by a simulator process
    result = subprocess.run(
        [sys.executable, "-m", "gui.main", "--self-test", "--self-test-log", str(log)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = [line for line in lines if line.startswith("[")]
    assert [line.split("]", 1)[1].split(":", 1)[0].strip() for line in steps] == [s.name for s in self_test_steps.STEPS]
    assert all(line.startswith("[ ok ]") for line in steps), result.stdout
    assert lines[-1].startswith(f"Self-test passed: {len(self_test_steps.STEPS)} steps")
    scan = next(line for line in steps if "] scan:" in line)
    assert scan.endswith("the tenant served by a simulator process"), scan
    fix = next(line for line in steps if "fix wizard" in line)
    assert "previewed" in fix and "applied" in fix and "the VM passes now" in fix
    assert any("keyring backend:" in line for line in lines)
    assert any("token cache encryption:" in line for line in lines)
    # The same lines in the log file (a windowed Windows build has no console to print to).
    assert log.read_text(encoding="utf-8").splitlines() == lines
    # The user's demo audit log is as it was, the settings were not written to the user's folder.
    assert user_log.read_text(encoding="utf-8") == '{"earlier": "entry"}\n'
    assert not (tmp_path / "config").exists()
    assert not (data / "Backup Doctor" / "audit.jsonl").exists()


def test_a_bundle_missing_its_catalogs_fails_naming_the_step_and_the_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "resources" / "icons").mkdir(parents=True)
    for name in self_test_steps.BUNDLED:
        if name.startswith("resources/"):
            target = bundle / name
            target.write_bytes((ROOT / name).read_bytes())
    monkeypatch.setattr(self_test_steps, "app_root", lambda: bundle)
    lines: list[str] = []
    assert run_self_test(write=lines.append) == 1
    failed = next(line for line in lines if line.startswith("[FAIL]"))
    assert failed.startswith("[FAIL] bundled files: missing from the checkout: translations/backup_doctor_pt_PT.qm")
    # The window is never opened after that; the checks that need nothing else still run.
    assert "[skip] scan: not run after an earlier failure" in lines
    assert any(line.startswith("[ ok ] sign-in memory:") for line in lines)
    assert lines[-1] == f"Self-test FAILED (1 of {len(self_test_steps.STEPS)} steps): bundled files"


def test_every_failed_step_is_named_and_an_unexpected_error_is_a_failure_too() -> None:
    def broken(test: SelfTest) -> str:
        raise SelfTestFailure("the scan found no VM")

    def crashing(test: SelfTest) -> str:
        raise KeyError("vms")

    ran: list[str] = []

    def reporting(test: SelfTest) -> str:
        ran.append("reporting")
        return "reported"

    steps = [
        Step("first", lambda test: "fine"),
        Step("scan", broken),
        Step("needs the scan", lambda test: "never"),
        Step("probe", crashing, always=True),
        Step("report", reporting, always=True),
    ]
    lines: list[str] = []
    assert run_self_test(steps, write=lines.append) == 1
    assert "[ ok ] first: fine" in lines
    assert "[FAIL] scan: the scan found no VM" in lines
    assert "[skip] needs the scan: not run after an earlier failure" in lines
    assert "[FAIL] probe: unexpected KeyError: 'vms'" in lines
    assert ran == ["reporting"]
    assert lines[-1] == "Self-test FAILED (2 of 5 steps): scan, probe"


def test_a_simulator_process_that_cannot_start_fails_the_scan_step_with_a_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from core import served_tenant

    monkeypatch.delenv(served_tenant.IN_PROCESS_VARIABLE, raising=False)
    monkeypatch.setattr(served_tenant, "child_command", lambda arguments: ["/nonexistent/backup-doctor"])
    lines: list[str] = []
    assert run_self_test(write=lines.append) == 1
    failed = next(line for line in lines if line.startswith("[FAIL]"))
    assert failed.startswith("[FAIL] scan: The simulated tenant could not be started: "), lines
    assert "[skip] fix wizard: not run after an earlier failure" in lines
