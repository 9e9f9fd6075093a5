"""A core.scan.Scan running on a QThread, reporting to the GUI thread through queued signals.

The scan calls its observer on the worker thread. The observer here never touches a widget or a
model: it appends the event to a locked queue and, when the queue was empty, emits `events_ready`.
That signal crosses to the GUI thread as a queued event (the receiver lives there), where the
controller takes the whole queue at once. However fast the scan reports, the GUI thread gets at
most one wake-up per batch, and events keep their order.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal, Slot

from core.azure.gateway import AzureGateway
from core.collect import Subscription
from core.facts import VmFacts
from core.findings import Problem
from core.scan import Scan, ScanReport, VmResult
from gui.scan_events import ProblemFound, Progress, ScanEvent, SubscriptionListed, VmEvaluated, VmsListed
from gui.thread_priority import lower_this_thread


class ScanWorker(QObject):
    """Lives on the worker thread while it runs; `cancel()` and `take_events()` are thread-safe."""

    # Each signal carries the worker, so that the controller can ignore one it has abandoned.
    events_ready = Signal(object)  # this worker
    finished = Signal(object, object)  # this worker, ScanReport
    failed = Signal(object, str, str)  # this worker, one-line summary, technical details

    def __init__(self, gateway: AzureGateway, subscription_ids: Sequence[str] = ()) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._events: list[ScanEvent] = []
        self._scan = Scan(gateway, subscription_ids=subscription_ids, observer=self)

    # --- called from the GUI thread ----------------------------------------------------------------

    def cancel(self) -> None:
        self._scan.cancel()

    @property
    def cancelled(self) -> bool:
        return self._scan.cancelled

    def take_events(self) -> list[ScanEvent]:
        with self._lock:
            events, self._events = self._events, []
        return events

    # --- the worker thread -------------------------------------------------------------------------

    @Slot()
    def run(self) -> None:
        lower_this_thread()  # and the collector's threads, started from here
        try:
            report: ScanReport = self._scan.run()
        except Exception as error:  # the GUI must survive anything a scan raises
            summary = f"{type(error).__name__}: {error}"
            self.failed.emit(self, summary, "".join(traceback.format_exception(error)))
            return
        self.finished.emit(self, report)

    def _push(self, event: ScanEvent) -> None:
        with self._lock:
            wake = not self._events
            self._events.append(event)
        if wake:
            self.events_ready.emit(self)

    # ScanObserver, called on the worker thread.
    def subscription_listed(self, subscription: Subscription) -> None:
        self._push(SubscriptionListed(subscription))

    def vms_listed(self, subscription: Subscription, vms: Sequence[VmFacts]) -> None:
        self._push(VmsListed(subscription, tuple(vms)))

    def vm_evaluated(self, result: VmResult) -> None:
        self._push(VmEvaluated(result))

    def problem(self, problem: Problem) -> None:
        self._push(ProblemFound(problem))

    def progress(self, done: int, total: int) -> None:
        self._push(Progress(done, total))
