"""The simulator in a process of its own (core/simulator/child.py, started by core/served_tenant.py): it serves
the tenant the real SDK reads, it ends with its stdin or when killed, and leaves no file behind either way."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core import served_tenant
from core.scan import run_scan
from core.served_tenant import ServedTenantError, start_served_tenant
from core.session import DEMO_RUN_COMMAND_SECONDS, served_session, simulated_session
from core.simulator import TenantFileError, load_tenant

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "data" / "small-tenant.json"


@pytest.fixture(autouse=True)
def simulator_process_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(served_tenant.IN_PROCESS_VARIABLE, raising=False)


def test_a_served_session_scans_the_tenant_from_another_process_and_close_leaves_nothing(tmp_path: Path) -> None:
    session = served_session(SMALL)
    served = session.served
    assert isinstance(served, served_tenant.ServedTenant)
    assert session.server is None and served.process.pid != os.getpid() and served.running()
    assert Path(served.ca_file).parent == served.folder and Path(served.ca_file).is_file()
    report = run_scan(session.gateway)
    assert report.vms and not report.problems
    assert {vm.facts.name for vm in report.vms} == _names_scanned_in_process()
    session.close()
    assert served.process.poll() is not None
    assert not served.folder.exists()
    session.close()  # twice is harmless


def _names_scanned_in_process() -> set[str]:
    with simulated_session(SMALL) as session:
        return {vm.facts.name for vm in run_scan(session.gateway).vms}


def test_the_child_ends_when_its_stdin_closes_and_removes_its_ca_file(tmp_path: Path) -> None:
    """As when the window's process dies: nothing kills the child, its end of the pipe closes."""
    served = start_served_tenant(SMALL, run_command_seconds=DEMO_RUN_COMMAND_SECONDS)
    ca_file = Path(served.ca_file)
    assert served.process.stdin is not None
    served.process.stdin.close()
    assert served.process.wait(timeout=30) == 0
    assert not ca_file.exists()
    served.stop()
    assert not served.folder.exists()


def test_the_frozen_programs_hidden_argument_starts_the_simulator_process(tmp_path: Path) -> None:
    """`backup-doctor --simulator-process ...` (what a frozen build runs) serves the file and prints one line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "gui.main", "--simulator-process", str(SMALL), "--ca-folder", str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        assert process.stdout is not None and process.stdin is not None
        where = json.loads(process.stdout.readline())
        assert where["base_url"].startswith("https://127.0.0.1:")
        assert Path(where["ca_file"]).parent == tmp_path and Path(where["ca_file"]).is_file()
        process.stdin.close()
        assert process.wait(timeout=30) == 0
        assert process.stdout.read() == b""  # one line, nothing else on stdout
        assert list(tmp_path.iterdir()) == []
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_the_frozen_command_line_is_the_executable_with_the_hidden_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert served_tenant.child_command(["t.json"]) == [sys.executable, "--simulator-process", "t.json"]
    monkeypatch.setattr(sys, "frozen", False)
    assert served_tenant.child_command(["t.json"]) == [sys.executable, "-m", "core.simulator.child", "t.json"]


def test_a_malformed_tenant_file_is_refused_here_with_its_reasons_and_no_process_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[object] = []
    monkeypatch.setattr(served_tenant, "start_served_tenant", lambda *a, **k: started.append(a))
    broken = tmp_path / "tenant.json"
    broken.write_text('{"tenantId": 5}', encoding="utf-8")
    with pytest.raises(TenantFileError) as refused:
        served_session(broken)
    with pytest.raises(TenantFileError) as today:
        load_tenant(broken)
    assert str(refused.value) == str(today.value)
    assert started == []


def test_a_child_that_ends_before_it_serves_is_a_plain_sentence_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file changes between the window's check and the child's load: the child refuses it and ends.
    changed = tmp_path / "tenant.json"
    changed.write_text('{"tenantId": 5}', encoding="utf-8")
    made: list[str] = []
    real_mkdtemp = served_tenant.tempfile.mkdtemp

    def recording_mkdtemp(**options: str) -> str:
        made.append(real_mkdtemp(**options))
        return made[-1]

    monkeypatch.setattr(served_tenant.tempfile, "mkdtemp", recording_mkdtemp)
    with pytest.raises(ServedTenantError) as failed:
        start_served_tenant(changed)
    assert str(failed.value).startswith("The simulated tenant could not be started: its process ended")
    assert "exit code 2" in str(failed.value)
    assert len(made) == 1 and not Path(made[0]).exists()


def test_a_program_that_cannot_be_started_is_a_plain_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(served_tenant, "child_command", lambda arguments: [str(Path("/nonexistent/backup-doctor"))])
    with pytest.raises(ServedTenantError) as failed:
        start_served_tenant(SMALL)
    assert str(failed.value).startswith("The simulated tenant could not be started: ")


def test_the_child_skips_the_schema_only_for_the_bytes_the_window_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.simulator import tenant as tenant_module

    data = json.loads(SMALL.read_text(encoding="utf-8"))
    data["tenantId"] = "00000000-0000-0000-0000-00000000abcd"  # bytes no other test opened in this process
    path = tmp_path / "tenant.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    checked: list[int] = []
    real = tenant_module._schema_problems
    monkeypatch.setattr(tenant_module, "_schema_problems", lambda document: checked.append(1) or real(document))
    digest = load_tenant(path).digest
    assert len(checked) == 1
    tenant_module._PASSED_SCHEMA.clear()  # as in a new process
    load_tenant(path, schema_passed=digest)
    assert len(checked) == 1
    tenant_module._PASSED_SCHEMA.clear()
    load_tenant(path, schema_passed="0" * 64)  # another file's digest: checked again
    assert len(checked) == 2


_STARTER = """
import sys
from pathlib import Path
from core.served_tenant import start_served_tenant
served = start_served_tenant(Path(sys.argv[1]))
print(served.process.pid, served.ca_file, flush=True)
if sys.argv[2] == "crash":
    import os, signal
    os.kill(os.getpid(), signal.SIGKILL)
"""


def _gone(pid: int) -> bool:
    """The process has ended (a zombie left for a PID 1 that does not reap counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in state


def _wait_gone(pid: int) -> bool:
    import time

    for _ in range(300):  # up to 30 s: a loaded machine; the outcome, not the time, is asserted
        if _gone(pid):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
@pytest.mark.parametrize("end", ["exit", "crash"])
def test_no_simulator_process_outlives_the_window_whether_it_exits_or_crashes(end: str) -> None:
    """Exit: the window's process kills its children at exit. Crash (SIGKILL): the child sees its stdin close."""
    result = subprocess.run(
        [sys.executable, "-c", _STARTER, str(SMALL), end],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    pid_text, ca_file = result.stdout.split()
    assert _wait_gone(int(pid_text))
    assert not Path(ca_file).exists()
    if end == "crash":  # the folder the crashed window made (the child's stderr in it) is left in the temp folder
        shutil.rmtree(Path(ca_file).parent, ignore_errors=True)
    else:
        assert not Path(ca_file).parent.exists()
