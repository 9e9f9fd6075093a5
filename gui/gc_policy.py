"""Keep Python's garbage collections out of scans: each holds the GIL, and so the window, for as long as
it walks the objects it looks at.

CPython's cyclic collector walks every object of the generations it collects. During a 1,000-VM scan the
window's process unpickles about a million objects (every VM's facts and findings); measured on the
development machine (docs/performance.md):
- a full (generation 2) collection walked every object the process holds: 65 to 150 ms;
- a generation-1 collection every 100 ms walked what had survived since the last one: up to 40 ms;
- a young (generation 0) collection every 100 ms walked what had arrived since: up to 40 ms when a burst
  of results arrived at once, 16 times over 10 ms in three scans.
And all of that found almost nothing: about 400 objects of cyclic garbage per scan. Scan data is acyclic
(frozen dataclasses of values) and freed by reference counting like any object, collected or not.

So, while a scan runs in a scan process (the window only unpickles its results), no collection runs:
- what exists when it starts is collected once (young generations, a few ms) and frozen (moved to the
  permanent generation, which collections skip);
- automatic collections are put off, and gui/tasks.py skips its periodic ones (`scanning()`);
and when it ends, everything the scan left alive is frozen without being walked, and the thresholds come
back. The cost: the few hundred objects of cyclic garbage such a scan makes in this process are never
reclaimed (a few kilobytes per scan), and neither is cyclic garbage that was alive at a freeze.

A scan on this process's own threads (`BACKUP_DOCTOR_SCAN_IN_PROCESS=1`, or no scan process could start)
makes far more cyclic garbage (the SDK's requests and responses): then only full collections are put off,
young generations are still collected every 100 ms (gui/tasks.py), and what is alive at the end is
collected once more before it is frozen.
"""

from __future__ import annotations

import gc

# Allocations before an automatic collection while a scan runs: in effect never.
_PUT_OFF = 1_000_000_000

_quiet_scans = 0


def scanning() -> bool:
    """Whether a scan process's scan is running (periodic collections wait for its end)."""
    return _quiet_scans > 0


class GcPolicy:
    def __init__(self) -> None:
        self._saved: tuple[int, int, int] | None = None
        self._quiet = False

    def scan_started(self, *, in_this_process: bool) -> None:
        global _quiet_scans
        if self._saved is not None:
            return
        gc.collect(1)  # young garbage first (a few ms), so that freezing keeps only what is alive
        gc.freeze()
        self._saved = gc.get_threshold()
        gen0, gen1, _ = self._saved
        self._quiet = not in_this_process
        if self._quiet:
            gc.set_threshold(_PUT_OFF, _PUT_OFF, _PUT_OFF)
            _quiet_scans += 1
        else:
            gc.set_threshold(gen0, gen1, _PUT_OFF)

    def scan_ended(self) -> None:
        global _quiet_scans
        if self._saved is None:
            return
        if self._quiet:
            _quiet_scans -= 1
        else:
            gc.collect(1)
        gc.freeze()  # what the scan left alive (a scan process's: without walking it)
        gc.set_threshold(*self._saved)
        self._saved = None
