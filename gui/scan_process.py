"""The window's scans in a child process (core/scan_child.py), read back by a thin thread.

In the window's process a scan's threads took the GIL and the CPU from the GUI thread for up to
150 ms at a time (docs/performance.md); in a child process they cannot. `ScanProcessWorker` is a
`ScanWorker` (same queue, same wake-ups, same result) whose `run` starts the child, sends it the scan
request, and reads its frames: the thread spends its time blocked in `read` (no GIL); it unpickles the
small frames and queues the VM results still pickled, for the GUI thread to unpickle as it applies them
(`_EncodedResults`). The child's access tokens come from this process's
credential on request (see core/scan_child.py); the child gets no secret at start.

If the child cannot be started (no executable, no permission), the scan runs in this process as before,
and a warning is logged. `BACKUP_DOCTOR_SCAN_IN_PROCESS=1` asks for that path on purpose.

No child outlives the window: Cancel sends CANCEL and, when the child has not ended `CANCEL_GRACE_SECONDS`
later, kills it; the child exits by itself when its stdin closes (this process ended, even by a crash);
and every live child is killed when this process exits normally.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import IO

from PySide6.QtCore import QCoreApplication

from core.locator import child_environment
from core.scan import ScanReport, VmResult
from core.scan_scope import ScanScope
from core.scan_stream import (
    Kind,
    ReportAssembler,
    ScanDone,
    ScanFailed,
    ScanRequest,
    StreamClosed,
    TokenRequest,
    answer_token,
    decode,
    encode,
    read_raw_frame,
)
from core.service import Gateway
from gui.scan_events import Encoded, ProblemFound, Progress, SubscriptionListed, VmEvaluated, VmsListed
from gui.scan_worker import ScanWorker
from gui.thread_priority import lower_this_thread

# The hidden first argument that makes the program a scan process (gui/main.py).
SCAN_PROCESS_ARGUMENT = "--scan-process"
# After Cancel, how long the child may take to finish its calls in flight before it is killed.
CANCEL_GRACE_SECONDS = 3.0
IN_PROCESS_VARIABLE = "BACKUP_DOCTOR_SCAN_IN_PROCESS"

_log = logging.getLogger(__name__)
_children: set[subprocess.Popen[bytes]] = set()
_children_lock = threading.Lock()
# A scan process started ahead of the next scan: it has imported what a scan needs (about a second of
# CPU) and waits for its request, so the first VMs reach the tree as soon as the first list comes back.
_spare: subprocess.Popen[bytes] | None = None


class ScanProcessEnded(Exception):
    """The scan process ended without a result: it crashed, was killed, or could not run the scan."""


def child_command() -> list[str]:
    """This program again as a scan process: the frozen executable, or this interpreter on core.scan_child."""
    if getattr(sys, "frozen", False):
        return [sys.executable, SCAN_PROCESS_ARGUMENT]
    return [sys.executable, "-m", "core.scan_child"]


def start_child() -> subprocess.Popen[bytes]:
    """Start a scan process (raises OSError when it cannot be started)."""
    flags = 0
    if sys.platform == "win32":
        flags = subprocess.BELOW_NORMAL_PRIORITY_CLASS | subprocess.CREATE_NO_WINDOW
    process = subprocess.Popen(
        child_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=child_environment(),
        creationflags=flags,
    )
    with _children_lock:
        _children.add(process)
    return process


def _forget(process: subprocess.Popen[bytes]) -> None:
    with _children_lock:
        _children.discard(process)


def _kill(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait()
    _forget(process)


def prepare_scan_process() -> None:
    """Start a scan process for the next scan unless one is ready (or scans stay in this process)."""
    global _spare
    if in_process_requested():
        return
    with _children_lock:
        if _spare is not None and _spare.poll() is None:
            return
    try:
        process = start_child()
    except OSError:
        _log.warning("a scan process could not be started ahead of the next scan", exc_info=True)
        return
    with _children_lock:
        previous, _spare = _spare, process
    if previous is not None:
        _kill(previous)


def _take_child() -> subprocess.Popen[bytes]:
    """The waiting scan process if it is still alive, else a new one (raises OSError when none can start)."""
    global _spare
    with _children_lock:
        spare, _spare = _spare, None
    if spare is not None and spare.poll() is None:
        return spare
    if spare is not None:
        _kill(spare)
    return start_child()


@atexit.register
def kill_children() -> None:
    """Every scan process still running is killed (the window's process is ending)."""
    with _children_lock:
        children = list(_children)
    for process in children:
        _kill(process)


def in_process_requested() -> bool:
    return os.environ.get(IN_PROCESS_VARIABLE, "") not in ("", "0")


class ScanProcessWorker(ScanWorker):
    """A ScanWorker whose scan runs in a child process; falls back to this process if none can start.

    Its thread reads the child's frames at the GUI thread's priority: it holds the GIL only to unpickle a
    frame (up to 3 ms), but at a lower priority it was often preempted while holding it (by the scan,
    simulator and spare processes, all at that lower priority), and the GUI thread, which needs the GIL for
    every call from Qt into Python, waited: stalls of 50–160 ms with 20–40 ms of its own CPU in them.
    """

    background = False

    def __init__(self, gateway: Gateway, scope: ScanScope | None = None) -> None:
        super().__init__(gateway, scope)
        self._gateway = gateway
        self._request = ScanRequest.of(gateway, scope or ScanScope.tenant())
        self._process: subprocess.Popen[bytes] | None = None
        self._write_lock = threading.Lock()
        self._kill_timer: threading.Timer | None = None

    @property
    def process(self) -> subprocess.Popen[bytes] | None:
        """The scan process, once started (None when the scan runs in this process)."""
        return self._process

    # --- called from the GUI thread ----------------------------------------------------------------

    def cancel(self) -> None:
        first = not self.cancelled
        super().cancel()
        process = self._process
        if not first or process is None:
            return
        self._send(Kind.CANCEL)
        self._kill_timer = threading.Timer(CANCEL_GRACE_SECONDS, _kill, args=(process,))
        self._kill_timer.daemon = True
        self._kill_timer.start()

    # --- the reader thread -------------------------------------------------------------------------

    def run(self, wake: Callable[[object], None]) -> ScanReport:
        self._wake = wake
        try:
            process = _take_child()
        except OSError:
            _log.warning("the scan process could not be started; scanning in the window's process", exc_info=True)
            lower_this_thread()  # the scan runs on this thread after all: background work
            return super().run(wake)
        self._process = process
        # The next scan's process is started now, not when this scan ends: a scan started right after this one
        # would otherwise wait for its imports (about a second) before its first request. It runs at a lower
        # priority than the window, as this one does.
        prepare_scan_process()
        try:
            self._send(Kind.START, self._request)
            if self.cancelled:  # cancelled before the child existed
                self._send(Kind.CANCEL)
            assert process.stdout is not None
            return self._read(process.stdout)
        finally:
            if self._kill_timer is not None:
                self._kill_timer.cancel()
            if process.stdin is not None:
                with contextlib.suppress(OSError):
                    process.stdin.close()  # the child's cue to exit, if it has not
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(CANCEL_GRACE_SECONDS)
            _kill(process)
            prepare_scan_process()  # for the next scan, if the one started ahead has ended meanwhile

    def _send(self, kind: Kind, value: object = None) -> None:
        process = self._process
        if process is None or process.stdin is None:
            return
        frame = encode(kind, value)
        with self._write_lock:
            try:
                process.stdin.write(frame)
                process.stdin.flush()
            except (OSError, ValueError):  # the child has ended; reading says how
                pass

    def _read(self, stream: IO[bytes]) -> ScanReport:
        assembler = ReportAssembler()
        results = _EncodedResults()
        while True:
            try:
                raw = read_raw_frame(stream)
            except StreamClosed:
                raw = None
            if raw is None:
                if self.cancelled:
                    # Killed after Cancel (its calls in flight did not return in time): what arrived, cancelled.
                    assembler.results = results.all(wait_while=lambda: False)
                    return assembler.partial(self._gateway.target.label)
                raise self._ended_without_result()
            kind, body = raw
            if kind is Kind.VM_EVALUATED:
                self._push(results.add(body))  # unpickled by the GUI thread, as it applies it
                continue
            value = decode(body)
            if kind is Kind.PROGRESS:
                self._push(Progress(*value))
            elif kind is Kind.VMS_LISTED:
                self._push(VmsListed(*value))
            elif kind is Kind.SUBSCRIPTION_LISTED:
                assembler.subscriptions.append(value)
                self._push(SubscriptionListed(value))
            elif kind is Kind.PROBLEM:
                assembler.add_problem(value)
                self._push(ProblemFound(value))
            elif kind is Kind.TOKEN_REQUEST:
                self._answer(value)
            elif kind is Kind.DONE:
                done: ScanDone = value
                # The GUI thread decodes the results it has been given as it applies them; a cancelled (or
                # abandoned) scan's are decoded here instead.
                assembler.results = results.all(wait_while=lambda: not self.cancelled)
                return assembler.report(done)
            elif kind is Kind.FAILED:
                failed: ScanFailed = value
                error = failed.error
                error.add_note("In the scan process:\n" + failed.details)
                raise error

    def _answer(self, request: TokenRequest) -> None:
        """A token for the child, from this process's credential (silent: the window's own cache or memory)."""
        self._send(*answer_token(self._gateway.credential, request))

    def _ended_without_result(self) -> ScanProcessEnded:
        process = self._process
        code = process.wait() if process is not None else None
        return ScanProcessEnded(
            QCoreApplication.translate(
                "ScanProcess", "The scan process stopped unexpectedly (exit code %1). Start the scan again."
            ).replace("%1", str(code))
        )


class _EncodedResults:
    """The VM results of a scan as they came through the pipe, each unpickled once: by the GUI thread as it
    applies it (`Encoded.decode`), or by the reader thread for those the GUI thread has not reached when the
    report is put together.

    The reader thread used to unpickle every frame itself (up to 0.2 ms for a result, 11 MB for 1,000 VMs).
    Between two frames it gave the GIL away for its read and took it back at once, and the GUI thread, which
    needs the GIL for every call from Qt into Python, waited up to a switch interval each time: stalls of
    50–130 ms in which the GUI thread ran for 10–20 ms, neither on the CPU nor waiting for one
    (docs/performance.md). Unpickled on the GUI thread, inside the slices that apply the events, that time is
    the GUI thread's own and time-boxed.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._decoded = threading.Condition(self._lock)
        self._bodies: list[bytes | None] = []
        self._values: list[VmResult | None] = []
        self._waiting = 0  # given out, not decoded yet

    def add(self, body: bytes) -> Encoded:
        with self._lock:
            slot = len(self._bodies)
            self._bodies.append(body)
            self._values.append(None)
            self._waiting += 1
        return Encoded(lambda: VmEvaluated(self._decode(slot)))

    def _decode(self, slot: int) -> VmResult:
        with self._lock:
            value = self._values[slot]
            if value is None:
                value = decode(self._bodies[slot] or b"")
                self._values[slot], self._bodies[slot] = value, None
                self._waiting -= 1
                if not self._waiting:
                    self._decoded.notify_all()
        return value

    def all(self, *, wait_while: Callable[[], bool]) -> list[VmResult]:
        """Every result in the order they came: while `wait_while()` holds, waits for the GUI thread to decode
        them, then decodes the rest on this thread."""
        with self._lock:
            while self._waiting and wait_while():
                self._decoded.wait(0.05)
        return [self._decode(slot) for slot in range(len(self._values))]


def make_scan_worker(gateway: Gateway, scope: ScanScope | None = None) -> ScanWorker:
    """The worker for the window's scans: in a child process unless asked to stay in this one."""
    if in_process_requested():
        return ScanWorker(gateway, scope)
    return ScanProcessWorker(gateway, scope)
