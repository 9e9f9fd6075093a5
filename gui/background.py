"""Run one blocking call (opening a session, a catalog lookup) on Qt's thread pool.

The result or the exception comes back through a queued signal to a relay object that lives on the
GUI thread, so the callbacks always run there.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from gui.thread_priority import lower_this_thread


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback

    def __init__(
        self, on_done: Callable[[Any], None], on_error: Callable[[Exception, str], None], context: QObject
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._context_alive = True
        context.destroyed.connect(self._context_gone)
        queued = Qt.ConnectionType.QueuedConnection
        self.done.connect(self._deliver_done, queued)
        self.failed.connect(self._deliver_error, queued)

    @Slot()
    def _context_gone(self) -> None:
        self._context_alive = False

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        _running.discard(self)
        if self._context_alive:
            self._on_done(result)
        elif callable(close := getattr(result, "close", None)):
            close()  # nobody is left to own it (e.g. a session opened for a window that closed)

    @Slot(object, str)
    def _deliver_error(self, error: Exception, details: str) -> None:
        _running.discard(self)
        if self._context_alive:
            self._on_error(error, details)


class _Call(QRunnable):
    def __init__(self, function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._function = function
        self._relay = relay

    def run(self) -> None:
        lower_this_thread()  # background work; threads it starts (a demo simulator's) inherit this
        try:
            result = self._function()
        except Exception as error:
            self._relay.failed.emit(error, "".join(traceback.format_exception(error)))
            return
        self._relay.done.emit(result)


_running: set[_Relay] = set()


def run_in_background(
    function: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception, str], None],
    context: QObject,
) -> None:
    """Call `function` on a pool thread; then `on_done(result)` or `on_error(exc, details)` on the GUI thread.

    Call from the GUI thread. If `context` is destroyed first, the callbacks are dropped.
    """
    relay = _Relay(on_done, on_error, context)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Call(function, relay))
