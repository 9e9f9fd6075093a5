"""The one way the window runs blocking work (opening a tenant, a scan, a fix wizard's step) off the GUI thread.

In the spirit of Electrum's TaskThread: `start_task(function, ...)` runs `function(report)` on a thread of
its own and calls back on the GUI thread: `on_progress(value)` for each `report(value)`, then
`on_done(result)` or `on_error(exception, traceback_text)`. `TaskHandle.cancel()` asks the work to stop
(through the hook given at start), `drop()` forgets the callbacks while the work ends on its own, and
`wait()` blocks until the thread has ended (closing the window).

Every Qt object here is created, owned and deleted on the GUI thread; nothing Qt is ever destroyed on a
worker thread. That is the rule this module exists for: a Python-owned QObject deleted on a worker thread
runs `QObject::~QObject` there, which takes a Qt lock and then waits for the GIL, while the GUI thread may
hold the GIL and wait for that same lock (building a widget): the window froze that way (issue 9). So:

- the thread is a `QThread` subclass whose `run()` calls the function; the thread object itself lives on
  the GUI thread, and no worker `QObject` is moved to the thread at all;
- its signals reach `_Keeper`, one object on the GUI thread, through queued connections;
- `_Keeper` holds every thread from start until Qt tells it (on the GUI thread) that the thread has ended,
  then waits for it (immediate) and drops the last reference there. An abandoned task is kept the same way,
  however long it takes; a thread object is never destroyed while its thread runs;
- Python's automatic garbage collection is off while any task runs, and collections run on the GUI thread
  instead (every `GC_INTERVAL_MS`, and when the last task ends). A collection runs on whichever thread
  happens to allocate, and collecting there frees the Qt wrappers of widgets the GUI thread is using
  (seen as a segmentation fault "Garbage-collecting" on the task that opens a tenant). Reference counting
  still frees everything acyclic at once; cyclic garbage waits for the next GUI-thread collection. While a
  scan process's scan runs there is none: gui/gc_policy.py.
"""

from __future__ import annotations

import gc
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from gui import gc_policy
from gui.thread_priority import lower_this_thread

_log = logging.getLogger(__name__)

Report = Callable[[object], None]

# While tasks run, how often the GUI thread collects young cyclic garbage. A collection walks every object
# allocated since the last one: every 2 s that was 40-150 ms of the GUI thread during a 1,000-VM scan (the
# scan's events are unpickled in this process), every 100 ms it is a millisecond or two.
GC_INTERVAL_MS = 100


class _TaskThread(QThread):
    """Runs one function; its signals are emitted on the worker thread and queued to the GUI thread."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback

    def __init__(self, function: Callable[[Report], Any], name: str, background: bool = True) -> None:
        super().__init__()  # no parent: `_Keeper` owns it, and releases it only once the thread has ended
        self.setObjectName(name)
        self._function: Callable[[Report], Any] | None = function
        self._background = background

    def run(self) -> None:  # the worker thread
        if self._background:
            lower_this_thread()  # background work; threads it starts (the collector's, a simulator's) inherit this
        function, self._function = self._function, None
        assert function is not None
        try:
            result = function(self.progressed.emit)
        except Exception as error:  # the window must survive anything a task raises
            self.failed.emit(error, "".join(traceback.format_exception(error)))
            return
        self.succeeded.emit(result)


class TaskHandle:
    """A started task, used on the GUI thread."""

    def __init__(
        self,
        thread: _TaskThread,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Exception, str], None] | None,
        on_progress: Callable[[object], None] | None,
        cancel: Callable[[], None] | None,
    ) -> None:
        self._thread: _TaskThread | None = thread
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._cancel = cancel
        self.cancelled = False
        # The function returned or raised, and its callback (if not dropped) has run.
        self.finished = False

    @property
    def name(self) -> str:
        return self._thread.objectName() if self._thread is not None else ""

    def cancel(self) -> None:
        """Ask the work to stop (it ends as soon as the function notices; callbacks still arrive)."""
        if not self.cancelled:
            self.cancelled = True
            if self._cancel is not None and not self.finished:
                self._cancel()

    def drop(self) -> None:
        """No callback is called any more; the thread ends on its own and is released when it does."""
        self._on_done = self._on_error = self._on_progress = None

    def wait(self, timeout_ms: int) -> bool:
        """Block (GUI thread) until the thread has ended or `timeout_ms` passed; whether it has ended."""
        thread = self._thread
        if thread is None:
            return True
        ended = thread.wait(timeout_ms)
        if ended:
            _keeper().release(thread)
        return ended

    # --- from _Keeper ------------------------------------------------------------------------------------

    def _progress(self, value: object) -> None:
        if self._on_progress is not None:
            self._on_progress(value)

    def _done(self, result: object) -> None:
        self.finished = True
        callback = self._on_done
        self.drop()
        if callback is not None:
            callback(result)
        elif callable(close := getattr(result, "close", None)):
            close()  # nobody is left to own it (e.g. a session opened for a window that closed)

    def _error(self, error: Exception, details: str) -> None:
        self.finished = True
        callback = self._on_error
        self.drop()
        if callback is not None:
            callback(error, details)

    def _ended(self) -> None:
        self._thread = None


class _Keeper(QObject):
    """Lives on the GUI thread; owns every task thread until it has ended. One per application."""

    def __init__(self) -> None:
        super().__init__()
        self._threads: dict[_TaskThread, TaskHandle] = {}
        self._gc_paused = False
        self._gc_timer = QTimer(self)
        self._gc_timer.setInterval(GC_INTERVAL_MS)
        self._gc_timer.timeout.connect(self._collect)

    @property
    def running(self) -> int:
        return len(self._threads)

    def start(self, thread: _TaskThread, handle: TaskHandle) -> None:
        queued = Qt.ConnectionType.QueuedConnection
        thread.progressed.connect(self._on_progress, queued)
        thread.succeeded.connect(self._on_succeeded, queued)
        thread.failed.connect(self._on_failed, queued)
        thread.finished.connect(self._on_thread_finished, queued)
        if not self._threads and gc.isenabled():
            gc.disable()
            self._gc_paused = True
            self._gc_timer.start()
        self._threads[thread] = handle
        thread.start()

    def release(self, thread: _TaskThread) -> None:
        """The thread has ended: drop it here, on the GUI thread (the last reference, so Qt deletes it now)."""
        handle = self._threads.pop(thread, None)
        if handle is None:
            return
        thread.wait()  # it has ended (finished was emitted, or wait() said so): immediate
        handle._ended()
        del thread  # the last reference: the thread object is deleted here, on the GUI thread
        if not self._threads and self._gc_paused:
            self._gc_paused = False
            self._gc_timer.stop()
            gc.enable()
            self._collect()

    @Slot()
    def _collect(self) -> None:
        if gc_policy.scanning():
            return  # no collection while a scan process's scan runs (gui/gc_policy.py says why)
        gc.collect(1)  # on the GUI thread: what the tasks left (young generations; a few ms)

    def _handle(self) -> TaskHandle | None:
        thread = self.sender()
        return self._threads.get(thread) if isinstance(thread, _TaskThread) else None

    @Slot(object)
    def _on_progress(self, value: object) -> None:
        if (handle := self._handle()) is not None:
            handle._progress(value)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        if (handle := self._handle()) is not None:
            handle._done(result)

    @Slot(object, str)
    def _on_failed(self, error: Exception, details: str) -> None:
        if (handle := self._handle()) is not None:
            handle._error(error, details)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self.sender()
        if isinstance(thread, _TaskThread):
            self.release(thread)


_the_keeper: _Keeper | None = None


def _keeper() -> _Keeper:
    global _the_keeper
    if _the_keeper is None:
        _the_keeper = _Keeper()
        app = QCoreApplication.instance()
        if app is not None:
            _the_keeper.moveToThread(app.thread())
    return _the_keeper


def start_task(
    function: Callable[[Report], Any],
    *,
    name: str,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception, str], None] | None = None,
    on_progress: Callable[[object], None] | None = None,
    cancel: Callable[[], None] | None = None,
    context: QObject | None = None,
    background: bool = True,
) -> TaskHandle:
    """Run `function(report)` on its own thread; the callbacks run on the GUI thread. Call from the GUI thread.

    If `context` is destroyed first, the callbacks are dropped (a result that has `close()` is closed).
    A `background` task's thread runs at a lower priority than the GUI thread (gui/thread_priority.py); a
    task that mostly waits and holds the GIL only briefly should not be: see gui/scan_process.py.
    """
    thread = _TaskThread(function, name, background)
    handle = TaskHandle(thread, on_done, on_error, on_progress, cancel)
    if context is not None:
        context.destroyed.connect(handle.drop)
    _keeper().start(thread, handle)
    return handle


def running_tasks() -> int:
    """How many task threads have not ended yet (tests; the window's close)."""
    return _keeper().running if _the_keeper is not None else 0


def wait_for_all(timeout_ms: int) -> bool:
    """Block until every task thread has ended, or `timeout_ms` passed for each (application exit)."""
    keeper = _the_keeper
    if keeper is None:
        return True
    ended = True
    for thread in list(keeper._threads):
        if thread.wait(timeout_ms):
            keeper.release(thread)
        else:
            _log.warning("a background task (%s) did not end within %d ms", thread.objectName(), timeout_ms)
            ended = False
    return ended


__all__ = ["Report", "TaskHandle", "running_tasks", "start_task", "wait_for_all"]
