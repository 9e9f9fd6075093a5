"""Pages read one ahead: the next page of a list is on its way while the current one is parsed.

A list's pages form a chain (each `nextLink` comes in the page before), so its time is the number of
pages times (round trip + parsing). Reading the next page on its own thread while this one is parsed
takes the parsing out of the chain: at 10,000 VMs, 40 pages of VMs per subscription, parsing was half
of each link (docs/performance.md).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")

# How often a reader blocked on a full queue looks whether the consumer has gone.
_POLL_SECONDS = 0.1


class _End:
    pass


def read_ahead(pages: Iterator[T], *, ahead: int = 1, name: str = "read-ahead") -> Iterator[T]:
    """The items of `pages`, in order, with up to `ahead` of them read before they are asked for.

    An exception of `pages` is raised where the consumer reaches it. When the consumer stops early
    (cancelled, or an error of its own), the reader stops after the page it is reading.
    """
    handoff: queue.Queue[tuple[T | _End | None, BaseException | None]] = queue.Queue(maxsize=ahead)
    stopped = threading.Event()

    def put(item: T | _End | None, error: BaseException | None) -> bool:
        while not stopped.is_set():
            try:
                handoff.put((item, error), timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for page in pages:
                if not put(page, None):
                    return
            put(_End(), None)
        except BaseException as error:  # handed to the consumer, raised there
            put(None, error)
        finally:
            close = getattr(pages, "close", None)
            if close is not None:
                close()  # a generator of pages ends now, not when it is collected

    reader = threading.Thread(target=read, name=name, daemon=True)
    reader.start()
    try:
        while True:
            item, error = handoff.get()
            if error is not None:
                raise error
            if isinstance(item, _End):
                return
            yield item  # type: ignore[misc]  # not None: only an error comes with None
    finally:
        stopped.set()
