"""Full garbage collections are put off while a scan runs: they cost a third of a large scan's CPU.

CPython runs a full (generation 2) collection whenever the old generation has grown by a quarter. A
scan keeps allocating objects that live until it ends (pages of JSON, facts, findings), so the old
generation keeps growing and each full collection walks all of it again: measured on a 10,000-VM
tenant, the CLI scan used 24.4 s of CPU with the default thresholds and 15.1 s with full collections
put off (docs/performance.md). It also holds the GIL for 100 ms and more each time, which is what
stalls a window running a scan in its process (gui/gc_policy.py).

Scan data is acyclic (dataclasses of values, dicts of JSON) and is freed by reference counting like
any object; young generations are still collected, so short-lived cycles (exceptions and their
tracebacks, SDK pipeline objects) are reclaimed as usual.

Thresholds are global to the process and scans may overlap (a window's scan and a wizard's re-read):
the first scan to start saves them and the last one to end restores them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Generation-1 collections between two full collections while a scan runs: in effect never.
PUT_OFF = 1_000_000_000

_lock = threading.Lock()
_running = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def full_collections_put_off() -> Iterator[None]:
    """While the block runs, no full collection (generation 2); what was set before comes back after."""
    global _running, _saved
    with _lock:
        if _running == 0:
            _saved = gc.get_threshold()
            gen0, gen1, _ = _saved
            gc.set_threshold(gen0, gen1, PUT_OFF)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
