"""Work on the GUI thread in time-boxed slices, yielding to the event loop in between.

The end of a 1,000-VM scan (announcing the changed rows, rebuilding the pane) took 180–390 ms as one
handler: the window could not paint or take input meanwhile (docs/performance.md). Steps queued here run
until a slice's time is up, then the event loop runs, then the next slice.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer

# A step returns True to be run again (it did part of its work), False when it is done.
Step = Callable[[], bool]


def once(action: Callable[[], object]) -> Step:
    """A step done in one go."""

    def step() -> bool:
        action()
        return False

    return step


class TimeBoxedSteps(QObject):
    def __init__(self, slice_seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.slice_seconds = slice_seconds
        self._steps: deque[Step] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: self.run_slice())  # looked up each time: a benchmark may wrap it

    @property
    def pending(self) -> bool:
        return bool(self._steps)

    def start(self, steps: Iterable[Step]) -> None:
        """Queue `steps` and run the first slice now."""
        self._steps.extend(steps)
        self.run_slice()

    def run_slice(self) -> None:
        deadline = time.perf_counter() + self.slice_seconds
        while self._steps:
            if not self._steps[0]():
                self._steps.popleft()
            if time.perf_counter() >= deadline:
                break
        if self._steps:
            self._timer.start()

    def complete(self) -> None:
        """Run what is left at once (another scan starts, the window closes)."""
        self._timer.stop()
        while self._steps:
            if not self._steps[0]():
                self._steps.popleft()
