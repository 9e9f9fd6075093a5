"""The window's one background-task runner: callbacks on the GUI thread, no Qt object owned by a worker thread."""

from __future__ import annotations

import gc
import threading
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from core.session import demo_session
from core.wizards import CancelToken
from gui.main_window import MainWindow
from gui.scan_controller import ScanController
from gui.tasks import TaskHandle, running_tasks, start_task
from gui.wizard_jobs import JobKind, JobOutcome, WizardRunner


def _qobjects_off_the_gui_thread(app: QApplication) -> list[str]:
    """Every Python-reachable Qt object that lives on a thread other than the GUI thread."""
    gui_thread = app.thread()
    found = []
    for candidate in gc.get_objects():
        if isinstance(candidate, QObject):
            try:
                if candidate.thread() is not gui_thread:
                    found.append(type(candidate).__name__)
            except RuntimeError:  # its C++ object is gone
                continue
    return found


def test_a_task_runs_off_the_gui_thread_and_reports_on_it(qtbot: Any, app: QApplication) -> None:
    main = threading.get_ident()
    seen: dict[str, Any] = {}

    def work(report: Any) -> str:
        seen["worker"] = threading.get_ident()
        report(1)
        return "result"

    progress: list[tuple[object, int]] = []
    done: list[tuple[object, int]] = []
    start_task(
        work,
        name="test",
        on_progress=lambda value: progress.append((value, threading.get_ident())),
        on_done=lambda result: done.append((result, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(done) and running_tasks() == 0)
    assert seen["worker"] != main
    assert progress == [(1, main)]
    assert done == [("result", main)]


def test_a_failure_reaches_the_gui_thread_as_an_exception_with_its_traceback(qtbot: Any, app: QApplication) -> None:
    def work(report: Any) -> None:
        raise ValueError("broken answer")

    errors: list[tuple[Exception, str]] = []
    start_task(work, name="test", on_error=lambda error, details: errors.append((error, details)))
    qtbot.waitUntil(lambda: bool(errors) and running_tasks() == 0)
    ((error, details),) = errors
    assert isinstance(error, ValueError) and "broken answer" in details


def test_the_thread_object_is_deleted_on_the_gui_thread_once_its_thread_has_ended(
    qtbot: Any, app: QApplication
) -> None:
    release = threading.Event()
    handle = start_task(lambda report: release.wait(10), name="test")
    thread = handle._thread
    assert isinstance(thread, QThread)
    deleted_on: list[int] = []
    thread.destroyed.connect(lambda: deleted_on.append(threading.get_ident()))
    del thread
    release.set()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    gc.collect()
    assert deleted_on == [threading.get_ident()]


def test_a_dropped_task_calls_nothing_back_and_closes_a_result_nobody_owns(qtbot: Any, app: QApplication) -> None:
    release = threading.Event()

    class Resource:
        closed = False

        def close(self) -> None:
            self.closed = True

    resource = Resource()
    owner = QObject()
    called: list[object] = []
    start_task(lambda report: release.wait(10) and resource, name="test", on_done=called.append, context=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert called == [] and resource.closed


def _alive(thing: QObject) -> bool:
    try:
        thing.objectName()
    except RuntimeError:
        return False
    return True


def test_a_wizard_job_leaves_no_qt_object_on_its_worker_thread(qtbot: Any, app: QApplication) -> None:
    """A Qt object owned by a worker thread is destroyed there, which deadlocked the window (issue 9)."""
    inside = threading.Event()
    release = threading.Event()

    def call(token: CancelToken, report: Any) -> JobOutcome:
        inside.set()
        release.wait(10)
        return JobOutcome()

    runner = WizardRunner()
    finished: list[object] = []
    runner.finished.connect(finished.append)
    job = runner.start(object(), "step", JobKind.PREVIEW, call)  # type: ignore[arg-type]
    assert job is not None
    qtbot.waitUntil(inside.is_set)
    try:
        assert _qobjects_off_the_gui_thread(app) == []
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(finished) and running_tasks() == 0)
    assert job.outcome == JobOutcome()


def test_a_scan_leaves_no_qt_object_on_its_worker_thread(
    qtbot: Any, app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui import scan_worker

    inside = threading.Event()
    release = threading.Event()
    real_run = scan_worker.Scan.run

    def held_run(self: Any) -> Any:
        inside.set()
        release.wait(10)
        return real_run(self)

    monkeypatch.setattr(scan_worker.Scan, "run", held_run)
    monkeypatch.setenv("BACKUP_DOCTOR_SCAN_IN_PROCESS", "1")  # the in-process path (gui/scan_process.py)

    class Listener:
        def __init__(self) -> None:
            self.finished: list[object] = []

        def on_scan_started(self, scope: object) -> None: ...
        def adds_rows(self, listing: object) -> bool:
            return True
        def rows(self) -> int:
            return 0
        def on_scan_events(self, events: list[Any]) -> None: ...
        def on_scan_progress(self, done: int, total: int) -> None: ...
        def on_scan_failed(self, summary: str, details: str) -> None: ...
        def on_scan_finished(self, report: object) -> None:
            self.finished.append(report)

    listener = Listener()
    session = demo_session()
    try:
        controller = ScanController(listener)
        assert controller.start(session.gateway)
        qtbot.waitUntil(inside.is_set)
        try:
            assert _qobjects_off_the_gui_thread(app) == []
        finally:
            release.set()
        qtbot.waitUntil(lambda: bool(listener.finished) and running_tasks() == 0, timeout=30_000)
    finally:
        session.close()


def test_closing_the_window_leaves_no_task_thread_running(qtbot: Any, make_window: Any) -> None:
    window: MainWindow = make_window()
    window.set_session(demo_session())
    window.close()
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=30_000)


def test_a_handle_that_was_cancelled_says_so(qtbot: Any, app: QApplication) -> None:
    release = threading.Event()
    cancels: list[bool] = []
    handle: TaskHandle = start_task(lambda report: release.wait(10), name="test", cancel=lambda: cancels.append(True))
    handle.cancel()
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert handle.cancelled and cancels == [True]


def test_no_garbage_collection_runs_on_a_task_thread(qtbot: Any, app: QApplication) -> None:
    """A collection on a task thread frees Qt wrappers the GUI thread is using (a crash seen in the suite)."""
    collected_on: set[int] = set()

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            collected_on.add(threading.get_ident())

    def make_cyclic_garbage(report: Any) -> None:
        for _ in range(200_000):
            node: dict[str, Any] = {}
            node["self"] = node

    gc.callbacks.append(record)
    try:
        handle = start_task(make_cyclic_garbage, name="test")
        qtbot.waitUntil(lambda: handle.finished and running_tasks() == 0, timeout=30_000)
    finally:
        gc.callbacks.remove(record)
    assert gc.isenabled()
    assert collected_on <= {threading.get_ident()}


def test_a_first_scan_inserts_rows_in_a_few_spaced_slices_and_loses_no_event(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each insertion into an open branch costs the tree view a layout of the whole open tree (about 20 ms
    at 1,000 rows). Twenty listing pages arriving at once are inserted in a few slices, spaced in proportion
    to the rows already in the tree, and every evaluation still comes after its VM's listing."""
    import time
    from datetime import UTC, datetime

    from core.facts import VmFacts
    from core.scan import ScanReport, VmResult
    from core.service import Subscription
    from gui import scan_controller
    from gui.scan_controller import ScanController
    from gui.scan_events import SubscriptionListed, VmEvaluated, VmsListed

    subscriptions = [Subscription(f"0000000{n}-0000-4000-8000-000000000000", f"Sub {n}", None) for n in (1, 2)]

    def vm(subscription: Subscription, n: int) -> VmFacts:
        group = f"rg-{n // 20:02}"
        return VmFacts(
            id=f"/subscriptions/{subscription.id}/resourceGroups/{group}/providers/Microsoft.Compute/virtualMachines/vm-{n:04}",
            name=f"vm-{n:04}", subscription_id=subscription.id, resource_group=group, location="westeurope",
            os_type="Linux", provisioning_state="Succeeded",
        )

    pages = [  # a subscription's listing is complete with its last page
        VmsListed(subscription, tuple(vm(subscription, n) for n in range(start, start + 50)), complete=start == 450)
        for subscription in subscriptions
        for start in range(0, 500, 50)
    ]

    class Worker:
        cancelled = False
        background = True

        def __init__(self) -> None:
            self.events: list[Any] = []

        def cancel(self) -> None: ...

        def take_events(self) -> list[Any]:
            events, self.events = self.events, []
            return events

        def run(self, wake: Any) -> ScanReport:
            self.events = [SubscriptionListed(s) for s in subscriptions]
            for page in pages:  # each page, then its VMs' results, as a scan reports them
                self.events.append(page)
                self.events.extend(VmEvaluated(VmResult(facts, [])) for facts in page.vms)
            wake(None)
            return ScanReport("test", datetime.now(UTC), subscriptions, [])

    class Listener:
        def __init__(self) -> None:
            self.in_tree: set[str] = set()
            self.insertions: list[tuple[float, int]] = []
            self.evaluated_before_listed: list[str] = []
            self.evaluated = 0
            self.finished: list[object] = []
            self.complete_with: list[tuple[str, int]] = []  # a listing's end, and its VMs in the tree then

        def on_scan_started(self, scope: object) -> None: ...
        def adds_rows(self, listing: VmsListed) -> bool:
            return any(facts.id not in self.in_tree for facts in listing.vms)
        def rows(self) -> int:
            return len(self.in_tree)
        def on_scan_events(self, events: list[Any]) -> None:
            if any(isinstance(event, VmsListed) and self.adds_rows(event) for event in events):
                self.insertions.append((time.perf_counter(), len(self.in_tree)))
            for event in events:
                if isinstance(event, VmsListed):
                    self.in_tree.update(facts.id for facts in event.vms)
                    if event.complete:
                        prefix = f"/subscriptions/{event.subscription.id}/"
                        listed = sum(1 for key in self.in_tree if key.startswith(prefix))
                        self.complete_with.append((event.subscription.id, listed))
                elif isinstance(event, VmEvaluated):
                    self.evaluated += 1
                    if event.result.facts.id not in self.in_tree:
                        self.evaluated_before_listed.append(event.result.facts.id)
        def on_scan_progress(self, done: int, total: int) -> None: ...
        def on_scan_failed(self, summary: str, details: str) -> None: ...
        def on_scan_finished(self, report: object) -> None:
            self.finished.append(report)

    monkeypatch.setattr(scan_controller, "make_scan_worker", lambda gateway, scope: Worker())
    listener = Listener()
    controller = ScanController(listener)
    assert controller.start(object())  # type: ignore[arg-type]  # the fake worker needs no gateway
    qtbot.waitUntil(lambda: bool(listener.finished), timeout=30_000)

    assert len(listener.in_tree) == 1000 and listener.evaluated == 1000
    assert listener.evaluated_before_listed == []
    assert sorted(listener.complete_with) == [(s.id, 500) for s in subscriptions]  # once each, after every page
    assert 1 < len(listener.insertions) <= 1000 // scan_controller.INSERT_MAX_VMS + 1 < len(pages)
    # Each insertion waits in proportion to the rows the previous one left in the tree (the layout's cost).
    for (before, _), (after, rows) in zip(listener.insertions, listener.insertions[1:], strict=False):
        assert rows > 0 and after - before >= scan_controller.INSERT_SPACING_PER_ROW * rows * 0.99


def test_a_long_listing_cut_into_slices_says_it_is_complete_only_with_its_last_piece(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A listing longer than one slice may insert is cut; a page of another subscription that fits is not taken
    ahead of the pieces: each listing's end comes after all of its VMs."""
    from datetime import UTC, datetime

    from core.facts import VmFacts
    from core.scan import ScanReport
    from core.service import Subscription
    from gui import scan_controller
    from gui.scan_controller import ScanController
    from gui.scan_events import VmsListed

    monkeypatch.setattr(scan_controller, "INSERT_SPACING_PER_ROW", 0.0)
    big, small = (Subscription(f"0000000{n}-0000-4000-8000-000000000000", f"Sub {n}", None) for n in (1, 2))

    def vms(subscription: Subscription, count: int) -> tuple[VmFacts, ...]:
        return tuple(
            VmFacts(f"/subscriptions/{subscription.id}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/"
                    f"vm-{n:04}", f"vm-{n:04}", subscription.id, "rg", "westeurope", "Linux", "Succeeded")
            for n in range(count)
        )

    events = [
        VmsListed(big, vms(big, scan_controller.INSERT_MAX_VMS * 2 + 10), complete=True),
        VmsListed(small, vms(small, 30), complete=False),
        VmsListed(small, (), complete=True),
    ]

    class Worker:
        cancelled = False
        background = True

        def cancel(self) -> None: ...
        def take_events(self) -> list[Any]:
            taken, events[:] = list(events), []
            return taken
        def run(self, wake: Any) -> ScanReport:
            wake(None)
            return ScanReport("test", datetime.now(UTC), [big, small], [])

    seen: list[tuple[str, int, bool]] = []
    finished: list[object] = []

    class Listener:
        def on_scan_started(self, scope: object) -> None: ...
        def adds_rows(self, listing: VmsListed) -> bool:
            return bool(listing.vms)
        def rows(self) -> int:
            return 0
        def on_scan_events(self, batch: list[Any]) -> None:
            seen.extend((e.subscription.id, len(e.vms), e.complete) for e in batch if isinstance(e, VmsListed))
        def on_scan_progress(self, done: int, total: int) -> None: ...
        def on_scan_failed(self, summary: str, details: str) -> None: ...
        def on_scan_finished(self, report: object) -> None:
            finished.append(report)

    monkeypatch.setattr(scan_controller, "make_scan_worker", lambda gateway, scope: Worker())
    controller = ScanController(Listener())  # type: ignore[arg-type]
    assert controller.start(object())  # type: ignore[arg-type]  # the fake worker needs no gateway
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)

    most = scan_controller.INSERT_MAX_VMS
    assert [entry for entry in seen if entry[0] == big.id] == [
        (big.id, most, False), (big.id, most, False), (big.id, 10, True)
    ]
    assert [entry for entry in seen if entry[0] == small.id] == [(small.id, 30, False), (small.id, 0, True)]


@pytest.mark.parametrize("scan_in", ["a scan process", "this process"])
def test_garbage_collection_while_a_scan_runs(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch, scan_in: str
) -> None:
    """With the scan in a scan process no collection runs from its start to its end: each one holds the GIL,
    and so the window, for as long as it walks the young objects (up to 40 ms while a 1,000-VM scan's results
    arrive) and it found a few hundred objects of garbage per scan. A scan on this process's own threads makes
    much more cyclic garbage (the SDK's): its young generations are still collected, on the GUI thread, but
    never the whole heap. Afterwards the thresholds are as they were."""
    import gc

    from gui import gc_policy, scan_process

    if scan_in == "a scan process":
        monkeypatch.delenv(scan_process.IN_PROCESS_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(scan_process.IN_PROCESS_VARIABLE, "1")
    assert not gc_policy.scanning(), "no other window's scan is running"
    thresholds = gc.get_threshold()
    collections: list[int] = []
    window = make_window()

    def note(phase: str, info: dict[str, int]) -> None:
        # From the scan's start (after the one collection that precedes freezing) to its end.
        started = gc_policy.scanning() if scan_in == "a scan process" else window.scans.running
        if phase == "start" and started and threading.current_thread() is threading.main_thread():
            collections.append(info["generation"])

    gc.callbacks.append(note)
    try:
        with qtbot.waitSignal(window.scan_finished, timeout=60_000):
            window.set_session(demo_session(latency_ms=100))  # a scan of a second or more
            qtbot.waitUntil(lambda: window.scans.running, timeout=10_000)
            qtbot.wait(300)  # longer than the task keeper's collection interval (gui/tasks.py)
            assert window.scans.running
    finally:
        gc.callbacks.remove(note)
    assert window.model.vm_nodes()
    if scan_in == "a scan process":
        assert collections == []
    else:
        assert collections and max(collections) <= 1
    assert not gc_policy.scanning() and gc.get_threshold() == thresholds
