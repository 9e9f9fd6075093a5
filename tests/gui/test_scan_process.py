"""The window's scans run in a scan process (gui/scan_process.py): the tree fills as its events arrive,
Cancel and closing the window end it, and a crashed scan process is a plain error the app survives."""

from __future__ import annotations

import io
import os
import subprocess
from typing import Any

import pytest
from PySide6.QtCore import Qt
from window_helpers import SCAN_TIMEOUT_MS, WindowFactory

from core.azure.credentials import OfflineTokenCredential
from core.azure.gateway import AzureGateway
from core.scan_stream import Kind, ScanFailed, encode
from core.session import Session, demo_session
from gui import scan_process
from gui.main_window import MainWindow
from gui.scan_process import ScanProcessWorker


@pytest.fixture(autouse=True)
def scan_process_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(scan_process.IN_PROCESS_VARIABLE, raising=False)


def _child(window: MainWindow) -> subprocess.Popen[bytes]:
    worker = window.scans._worker
    assert isinstance(worker, ScanProcessWorker), "the window's scan runs in a scan process"
    process = worker.process
    assert process is not None and process.pid != os.getpid()
    return process


def _started_child(qtbot: Any, window: MainWindow) -> subprocess.Popen[bytes]:
    qtbot.waitUntil(lambda: window.scans.running and window.scans._worker.process is not None, timeout=SCAN_TIMEOUT_MS)
    return _child(window)


class CountingCredential(OfflineTokenCredential):
    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def get_token(self, *scopes: str, **options: Any) -> Any:
        self.asked += 1
        return super().get_token(*scopes, **options)

    def get_token_info(self, *scopes: str, options: Any = None) -> Any:
        self.asked += 1
        return super().get_token_info(*scopes, options=options)


@pytest.mark.slow
def test_the_tree_fills_while_the_scan_process_runs_and_its_tokens_come_from_the_window(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    session = demo_session(latency_ms=60)
    credential = CountingCredential()
    session.gateway.credential = credential
    window.set_session(session)
    process = _started_child(qtbot, window)
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        # VMs are in the tree before the scan ends: events are applied as they arrive.
        qtbot.waitUntil(lambda: bool(window.model.vm_nodes()), timeout=SCAN_TIMEOUT_MS)
        assert window.scans.running
    report = finished.args[0]
    assert report is not None and not report.cancelled and report.complete
    assert {node.name for node in window.model.vm_nodes()} == {vm.facts.name for vm in report.vms}
    assert len(report.vms) > 20 and "VMs checked" in window.status_label.text()
    assert credential.asked >= 1, "the scan process asks the window for its tokens"
    qtbot.waitUntil(lambda: process.poll() is not None)


def test_the_next_scan_s_process_is_started_while_a_scan_runs(qtbot: Any, make_window: WindowFactory) -> None:
    """A scan started right after another one must not wait for a new process's imports (about a second)
    before its first request: the next scan's process is already running while the current scan runs."""
    window = make_window()
    window.set_session(demo_session(latency_ms=60))

    def spare_while_running(process: subprocess.Popen[bytes]) -> subprocess.Popen[bytes]:
        qtbot.waitUntil(lambda: scan_process._spare is not None, timeout=SCAN_TIMEOUT_MS)
        assert process.poll() is None, "started while the current scan's process still runs"
        spare = scan_process._spare
        assert spare is not None and spare is not process and spare.poll() is None
        return spare

    spare = spare_while_running(_started_child(qtbot, window))
    qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS).wait()
    window.scan_all()
    second = _started_child(qtbot, window)
    assert second is spare, "the next scan runs in the process started ahead"
    spare_while_running(second)  # and the one after it is started too
    window.cancel_scan()


def test_cancel_ends_the_scan_process(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_session(demo_session(latency_ms=120))
    process = _started_child(qtbot, window)
    qtbot.waitUntil(lambda: window.progress.maximum() > 0, timeout=SCAN_TIMEOUT_MS)
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert report is not None and report.cancelled
    assert "Scan cancelled" in window.status_label.text()
    assert process.poll() is not None, "no scan process is left running after Cancel"


def test_closing_the_window_mid_scan_leaves_no_scan_process(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_session(demo_session(latency_ms=120))
    process = _started_child(qtbot, window)
    window.close()
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=SCAN_TIMEOUT_MS)


@pytest.mark.slow
def test_a_crashed_scan_process_is_a_plain_error_and_the_app_goes_on(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_session(demo_session(latency_ms=120))
    process = _started_child(qtbot, window)
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        process.kill()  # as a crash of the scan process would end it
    assert finished.args[0] is None
    dialog = window._hook.dialog
    assert dialog is not None and dialog.isVisible()
    assert "The scan process stopped unexpectedly" in dialog.summary.text()
    assert "Traceback" not in dialog.summary.text()
    assert "unexpected error" in window.status_label.text()
    dialog.close()
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
        window.scan_all_action.trigger()
    assert finished.args[0] is not None and finished.args[0].vms


def test_an_exception_in_the_scan_process_is_raised_in_the_window_as_it_was(app: Any) -> None:
    session = demo_session()
    try:
        worker = ScanProcessWorker(session.gateway)
        try:
            raise RuntimeError("simulated bug in a check")
        except RuntimeError as error:
            failed = ScanFailed(error.with_traceback(None), "Traceback (most recent call last):\n  in broken_run\n")
        with pytest.raises(RuntimeError, match="simulated bug in a check") as raised:
            worker._read(io.BytesIO(encode(Kind.FAILED, failed)))
        # The summary the window shows is the same as when the scan ran in its process; the details say where.
        assert "In the scan process" in "".join(raised.value.__notes__)
        assert "broken_run" in "".join(raised.value.__notes__)
    finally:
        session.close()


class RefusingCredential(OfflineTokenCredential):
    def get_token(self, *scopes: str, **options: Any) -> Any:
        from azure.core.exceptions import ClientAuthenticationError

        raise ClientAuthenticationError("AADSTS700082: The refresh token has expired due to inactivity.")

    def get_token_info(self, *scopes: str, options: Any = None) -> Any:
        return self.get_token(*scopes)


def test_a_refused_token_reads_the_same_in_the_scan_process_as_in_the_window(
    qtbot: Any, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def scan_with_refused_token() -> list[str]:
        window = make_window()
        demo = demo_session()
        demo.gateway.close()
        # A gateway built with the credential (the window's own calls take their tokens from it too).
        session = Session(AzureGateway(demo.target, RefusingCredential(), demo.gateway.settings), demo.server)
        with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS) as finished:
            window.set_session(session)
        report = finished.args[0]
        assert report is not None and report.problems
        return [problem.message.render() for problem in report.problems]

    in_child = scan_with_refused_token()
    monkeypatch.setenv(scan_process.IN_PROCESS_VARIABLE, "1")
    assert in_child == scan_with_refused_token()
    assert any("sign in" in sentence.lower() for sentence in in_child), in_child


def test_a_scan_process_killed_after_cancel_leaves_what_arrived_as_a_cancelled_scan(
    app: Any, demo_window: MainWindow
) -> None:
    report = demo_window.last_report
    assert report is not None
    session = demo_session()
    try:
        worker = ScanProcessWorker(session.gateway)
        worker.cancel()
        subscription = report.subscriptions[0]
        first = report.vms[:3]
        frames = encode(Kind.SUBSCRIPTION_LISTED, subscription) + b"".join(
            encode(Kind.VM_EVALUATED, result) for result in first
        )
        # The stream ends without DONE (the child was killed when it did not stop in time).
        partial = worker._read(io.BytesIO(frames))
        assert partial.cancelled and [vm.facts.name for vm in partial.vms] == [vm.facts.name for vm in first]
        assert partial.subscriptions == [subscription]
    finally:
        session.close()
