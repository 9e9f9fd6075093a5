"""Keep Python's full garbage collections out of scans: they hold the GIL, and so the window, for 100+ ms.

CPython's cyclic collector runs a full (generation 2) collection when the old generation has grown by
a quarter; with a large tenant in memory (the in-process simulator's store, a thousand VMs' facts) it
walks every object while holding the GIL, and the GUI thread cannot run a line of Python meanwhile
(measured: 65 to 150 ms pauses during a 1,000-VM scan; see docs/performance.md).

So, while a scan runs:
- what exists when it starts is frozen (moved to the permanent generation, which collections skip);
- full collections are put off (young generations are still collected as usual);
and when it ends, what it built is frozen too, and the thresholds come back.

The cost: cyclic garbage that reached the old generation before a freeze is never reclaimed. Scan
data is acyclic (dataclasses of values) and freed by reference counting like any object, frozen or
not; what is left are a few long-lived objects (SDK clients, the VM tree), which live anyway.
"""

from __future__ import annotations

import gc

# Generation-1 collections between two full collections while a scan runs: in effect never.
_PUT_OFF = 1_000_000_000


class GcPolicy:
    def __init__(self) -> None:
        self._saved: tuple[int, int, int] | None = None

    def scan_started(self) -> None:
        if self._saved is not None:
            return
        gc.collect(1)  # young garbage first (a few ms), so that freezing keeps only what is alive
        gc.freeze()
        self._saved = gc.get_threshold()
        gen0, gen1, _ = self._saved
        gc.set_threshold(gen0, gen1, _PUT_OFF)

    def scan_ended(self) -> None:
        if self._saved is None:
            return
        gc.collect(1)
        gc.freeze()
        gc.set_threshold(*self._saved)
        self._saved = None
