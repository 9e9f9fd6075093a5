"""A core.scan.Scan run as a background task (gui/tasks.py), reporting to the GUI thread.

The scan calls its observer on the worker thread. The observer here never touches a widget or a
model: it appends the event to a locked queue and, when the queue was empty, reports a wake-up through
the task, which reaches the GUI thread as a queued event; there the controller takes the whole queue at
once. However fast the scan reports, the GUI thread gets at most one wake-up per batch, and events keep
their order. The worker is a plain Python object (no QObject): nothing of it is Qt's to delete anywhere.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from core.facts import VmFacts
from core.findings import Problem
from core.scan import Scan, ScanReport, VmResult
from core.scan_scope import ScanScope
from core.service import Gateway, Subscription
from gui.scan_events import Encoded, ProblemFound, Progress, ScanEvent, SubscriptionListed, VmEvaluated, VmsListed


class ScanWorker:
    """`run` runs on the task's thread; `cancel()` and `take_events()` are thread-safe."""

    # The scan runs on the task's thread (and threads it starts): at a lower priority than the GUI thread.
    background = True

    def __init__(self, gateway: Gateway, scope: ScanScope | None = None) -> None:
        self._wake: Callable[[object], None] | None = None
        self._lock = threading.Lock()
        self._events: list[ScanEvent | Encoded] = []
        self._scan = Scan(gateway, scope=scope, observer=self)

    # --- called from the GUI thread ----------------------------------------------------------------

    def cancel(self) -> None:
        self._scan.cancel()

    @property
    def cancelled(self) -> bool:
        return self._scan.cancelled

    def take_events(self) -> list[ScanEvent | Encoded]:
        with self._lock:
            events, self._events = self._events, []
        return events

    # --- the worker thread -------------------------------------------------------------------------

    def run(self, wake: Callable[[object], None]) -> ScanReport:
        """The scan; `wake(None)` tells the GUI thread that events are waiting (the task's report)."""
        self._wake = wake
        return self._scan.run()

    def _push(self, event: ScanEvent | Encoded) -> None:
        with self._lock:
            wake = not self._events
            self._events.append(event)
        if wake and self._wake is not None:
            self._wake(None)

    # ScanObserver, called on the worker thread.
    def subscription_listed(self, subscription: Subscription) -> None:
        self._push(SubscriptionListed(subscription))

    def vms_listed(self, subscription: Subscription, vms: Sequence[VmFacts], *, complete: bool = True) -> None:
        self._push(VmsListed(subscription, tuple(vms), complete))

    def vm_evaluated(self, result: VmResult) -> None:
        self._push(VmEvaluated(result))

    def problem(self, problem: Problem) -> None:
        self._push(ProblemFound(problem))

    def progress(self, done: int, total: int) -> None:
        self._push(Progress(done, total))
