"""Background threads yield the CPU to the GUI thread.

The GUI thread and the scan's threads share the GIL: when it is free, whichever thread the OS runs
first takes it. Lowering the scheduling priority of the threads that scan (and of the threads they
start, which inherit it on Linux: the collector's pool, the demo simulator's server) lets the GUI
thread take it first when it wakes up, without slowing a scan down while the window is idle.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading

from PySide6.QtCore import QThread

# A "nice" increment: lower priority than the GUI, well above idle-only scheduling.
NICE = 10


def lower_this_thread() -> None:
    """Lower the priority of the calling thread (a no-op where the platform has no per-thread way)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):  # e.g. a sandbox that forbids it
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)
        return
    thread = QThread.currentThread()
    if thread is not None and thread.priority() != QThread.Priority.IdlePriority:
        thread.setPriority(QThread.Priority.LowPriority)
