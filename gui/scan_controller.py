"""Starts scans on a worker thread, feeds their events to the GUI in time-boxed slices, cancels them.

Applying events happens on the GUI thread, so it is cut into slices of at most `SLICE_SECONDS`:
after each slice the controller yields to the event loop (a zero-timer) before taking the next, so
painting and input are never held up for long even when thousands of results arrive at once.

Listings that add rows to the tree are applied in slices of their own, spaced by `INSERT_SPACING_PER_ROW`
seconds per row already in the tree (250 ms at 1,000 rows, 8 ms at the demo's 30): after rows are
inserted into an open branch, QTreeView lays out the whole open tree again, calling the model (Python)
several times per row (about 20 ms at 1,000 rows), in the event loop's next round, outside the slice's
time box. Whatever listings are waiting then go in together, so a first scan of 1,000 VMs costs a
handful of layouts instead of one per page, and the layouts take a tenth of the GUI thread at most.

On the GUI thread the controller calls its listener directly, not through Qt signals: a signal
emitted from Python enters C++ and comes back into Python, giving the GIL away in between, and
while a scan's threads run each taking-back can wait (see docs/performance.md). Qt signals are used
where they are needed: from the worker thread to this one.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from core.scan import ScanReport
from core.scan_scope import ScanScope
from core.service import Gateway
from gui.gc_policy import GcPolicy
from gui.scan_events import Encoded, Progress, ScanEvent, VmEvaluated, VmsListed
from gui.scan_process import make_scan_worker, prepare_scan_process
from gui.scan_worker import ScanWorker
from gui.tasks import TaskHandle, start_task

# How long one slice of model updates may hold the GUI thread.
SLICE_SECONDS = 0.012
# Events per model batch within a slice (a batch is one round of model signals).
BATCH_EVENTS = 40
# Between two slices that insert rows, this long per row in the tree (each insertion costs the view a
# layout of the open tree, about 20 µs a row), and at most this many new VMs inserted by one slice
# (inserting takes about 1 ms per 40 VMs).
INSERT_SPACING_PER_ROW = 0.00025
INSERT_MAX_VMS = 250


# How long abandoning a scan (another tenant opens, the window closes) waits for its thread.
ABANDON_WAIT_MS = 5_000

_log = logging.getLogger(__name__)


class ScanListener(Protocol):
    """What the controller tells the window, on the GUI thread, in this order."""

    def on_scan_started(self, scope: ScanScope) -> None: ...
    def adds_rows(self, listing: VmsListed) -> bool: ...
    def rows(self) -> int: ...
    def on_scan_events(self, events: list[ScanEvent]) -> None: ...
    def on_scan_progress(self, done: int, total: int) -> None: ...
    def on_scan_failed(self, summary: str, details: str) -> None: ...
    def on_scan_finished(self, report: ScanReport | None) -> None: ...


class ScanController(QObject):
    def __init__(self, listener: ScanListener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = listener
        self._task: TaskHandle | None = None
        self._worker: ScanWorker | None = None
        self._backlog: deque[ScanEvent | Encoded] = deque()
        self._outcome: tuple[ScanReport | None] | None = None
        self._drain_timer = QTimer(self)
        self._drain_timer.setSingleShot(True)
        self._drain_timer.setInterval(0)
        self._drain_timer.timeout.connect(self._drain)
        self._last_insert = float("-inf")  # time.perf_counter() of the last slice that inserted rows
        self._gc = GcPolicy()
        QTimer.singleShot(0, prepare_scan_process)  # the first scan's process, ready before it is needed

    @property
    def running(self) -> bool:
        return self._worker is not None

    @property
    def cancelling(self) -> bool:
        return self._worker is not None and self._worker.cancelled

    def start(self, gateway: Gateway, scope: ScanScope | None = None) -> bool:
        """Start a scan of `scope` (default: the whole tenant); False while another one runs."""
        if self.running:
            return False
        scope = scope or ScanScope.tenant()
        worker = make_scan_worker(gateway, scope)  # in a child process (gui/scan_process.py)
        self._worker = worker
        self._gc.scan_started(in_this_process=worker.background)
        self._backlog.clear()
        self._outcome = None
        self._last_insert = float("-inf")
        self._listener.on_scan_started(scope)
        # The task's thread is owned by gui/tasks.py until it ends; its callbacks run on the GUI thread.
        self._task = start_task(
            worker.run,
            name="scan",
            on_progress=lambda _wake: self._on_events_ready(worker),
            on_done=lambda report: self._on_finished(worker, report),
            on_error=lambda error, details: self._on_failed(worker, f"{type(error).__name__}: {error}", details),
            cancel=worker.cancel,
            background=worker.background,
        )
        return True

    def cancel(self) -> None:
        """Ask the scan to stop; it finishes (cancelled) as soon as its in-flight calls return."""
        if self._worker is not None:
            self._worker.cancel()

    def abandon(self, timeout_ms: int = ABANDON_WAIT_MS) -> None:
        """Cancel, wait a little for the worker, and drop whatever it has not delivered (the tenant is going).

        A call in flight cannot be interrupted (closing the session first ends most of them). A scan still
        running after `timeout_ms` is left to finish: gui/tasks.py keeps its thread until it ends, and its
        late results are dropped.
        """
        task, worker = self._task, self._worker
        if task is None or worker is None:
            return
        task.cancel()
        task.drop()
        self._task, self._worker = None, None
        self._backlog.clear()
        self._outcome = None
        self._drain_timer.stop()
        self._gc.scan_ended()
        if not task.wait(timeout_ms):
            _log.warning("an abandoned scan did not stop within %d ms; it is left to finish", timeout_ms)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until the worker thread has ended (used when the window closes)."""
        task = self._task
        return task.wait(timeout_ms) if task is not None else True

    # --- GUI thread ---------------------------------------------------------------------------------

    def _current(self, worker: ScanWorker) -> bool:
        """Whether a signal comes from the running worker (not from one abandoned since)."""
        return self._worker is not None and worker is self._worker

    def _on_events_ready(self, worker: ScanWorker) -> None:
        if not self._current(worker) or self._worker is None:
            return
        self._backlog.extend(self._worker.take_events())
        if not self._drain_timer.isActive():
            self._drain()

    def _on_finished(self, worker: ScanWorker, report: ScanReport) -> None:
        if not self._current(worker):
            return
        self._outcome = (report,)
        self._on_events_ready(worker)

    def _on_failed(self, worker: ScanWorker, summary: str, details: str) -> None:
        if not self._current(worker):
            return
        self._outcome = (None,)
        self._listener.on_scan_failed(summary, details)
        self._on_events_ready(worker)

    def _drain(self) -> None:
        now = time.perf_counter()
        head = self._backlog[0] if self._backlog else None
        if isinstance(head, VmsListed) and self._listener.adds_rows(head):
            wait = self._last_insert + INSERT_SPACING_PER_ROW * self._listener.rows() - now
            if wait > 0:
                # Later events wait behind it: an evaluation may be of a VM this listing adds.
                self._drain_timer.start(max(1, round(wait * 1000)))
                return
            self._insert_listings()
            self._last_insert = time.perf_counter()
            self._drain_timer.start(0)
            return
        deadline = now + SLICE_SECONDS
        while self._backlog and time.perf_counter() < deadline:
            head = self._backlog[0]
            if isinstance(head, VmsListed) and self._listener.adds_rows(head):
                break  # in a slice of its own (above)
            batch: list[ScanEvent] = []
            latest: Progress | None = None
            while self._backlog and len(batch) < BATCH_EVENTS:
                event = self._backlog[0]
                if isinstance(event, VmsListed) and (batch or self._listener.adds_rows(event)):
                    break
                self._backlog.popleft()
                if isinstance(event, Encoded):
                    event = event.decode()  # here, inside the slice's time box
                if isinstance(event, Progress):
                    latest = event
                    continue
                batch.append(event)
                if not isinstance(event, VmEvaluated):
                    break  # a listing (or a problem) in a batch of its own, so the deadline can act
            if batch:
                self._listener.on_scan_events(batch)
            if latest is not None:
                self._listener.on_scan_progress(latest.done, latest.total)
        if self._backlog:
            self._drain_timer.start(0)
            return
        if self._outcome is not None:
            (report,) = self._outcome
            self._outcome = None
            self._task, self._worker = None, None
            self._gc.scan_ended()
            self._listener.on_scan_finished(report)

    def _insert_listings(self) -> None:
        """Apply the listing at the head of the backlog and the other listings waiting in it, up to
        `INSERT_MAX_VMS` VMs, as one batch: the view lays out the tree once for all of them. Applying a
        listing before the evaluations queued ahead of it changes nothing they show (they are of VMs
        already in the tree); its own VMs' evaluations always come after it."""
        taken: list[ScanEvent] = []
        vms = 0
        kept: deque[ScanEvent | Encoded] = deque()
        full = False  # once a listing waits for the next slice, so do the later ones (a listing's pages keep
        # their order: the one that says it is complete comes last)
        while self._backlog:
            event = self._backlog.popleft()
            full = full or (isinstance(event, VmsListed) and bool(taken) and vms + len(event.vms) > INSERT_MAX_VMS)
            if not isinstance(event, VmsListed) or full:
                kept.append(event)
                continue
            if vms + len(event.vms) > INSERT_MAX_VMS:  # the first one alone is too long: cut it
                cut = INSERT_MAX_VMS - vms
                kept.appendleft(replace(event, vms=event.vms[cut:]))  # the rest keeps `complete`
                event = VmsListed(event.subscription, event.vms[:cut], complete=False)
            taken.append(event)
            vms += len(event.vms)
        self._backlog = kept
        self._listener.on_scan_events(taken)
