"""The scan process: runs one core.scan.Scan for the window and streams its events back (core/scan_stream.py).

Started by the window as the same program with a hidden argument (`backup-doctor --scan-process`, see
gui/main.py; `python -m core.scan_child` from a source checkout). It reads frames on stdin and writes
frames on stdout; anything else the program prints goes to stderr, so it cannot corrupt the stream.

Credentials: the child never signs in and never reads the token cache. `ParentCredential` asks the
window for each access token over the pipe (the window's credential answers, silently from its
encrypted cache or its memory), and keeps the tokens in memory only until they expire. Nothing of
the sign-in touches the disk in this process.

The child ends when the scan ends, when the window sends CANCEL (after the calls in flight return), and
when its stdin closes (the window quit or died): a scan nobody listens to is cancelled and the process
exits shortly after, whatever is still in flight.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
import traceback
from typing import IO, TYPE_CHECKING, Any

from core.scan_stream import (
    Kind,
    ScanFailed,
    ScanRequest,
    StreamClosed,
    StreamObserver,
    TokenAnswer,
    TokenRequest,
    portable,
    read_frame,
)

if TYPE_CHECKING:
    from azure.core.credentials import AccessToken

    from core.scan import Scan

# A cached token is asked for again this long before it expires (azure-core refreshes 300 s before).
TOKEN_MARGIN_SECONDS = 300
# After the window's end of the pipe closes, how long the scan may take to notice before the process exits.
ORPHAN_EXIT_SECONDS = 2.0

_log = logging.getLogger(__name__)


class ParentCredential:
    """A TokenCredential whose tokens come from the window's credential, over the pipe, kept in memory."""

    def __init__(self, observer: StreamObserver) -> None:
        self._observer = observer
        self._lock = threading.Lock()
        self._numbers = 0
        self._waiting: dict[int, tuple[threading.Event, list[TokenAnswer]]] = {}
        self._cache: dict[tuple[Any, ...], AccessToken] = {}
        self._closed = False

    def get_token(
        self,
        *scopes: str,
        claims: str | None = None,
        tenant_id: str | None = None,
        enable_cae: bool = False,
        **kwargs: Any,
    ) -> AccessToken:
        key = (scopes, claims, tenant_id, enable_cae)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None and cached.expires_on - TOKEN_MARGIN_SECONDS > time.time():
                return cached
            if self._closed:
                raise StreamClosed
            self._numbers += 1
            number = self._numbers
            waiter: tuple[threading.Event, list[TokenAnswer]] = (threading.Event(), [])
            self._waiting[number] = waiter
        options = {"claims": claims, "tenant_id": tenant_id, "enable_cae": enable_cae}
        self._observer.send(Kind.TOKEN_REQUEST, TokenRequest(number, tuple(scopes), options))
        waiter[0].wait()
        if not waiter[1]:
            raise StreamClosed
        answer = waiter[1][0]
        if answer.error is not None:
            raise answer.error
        from azure.core.credentials import AccessToken

        token = AccessToken(answer.token, answer.expires_on)
        with self._lock:
            self._cache[key] = token
        return token

    def answer(self, answer: TokenAnswer) -> None:
        with self._lock:
            waiter = self._waiting.pop(answer.number, None)
        if waiter is not None:
            waiter[1].append(answer)
            waiter[0].set()

    def close(self) -> None:
        """The window is gone: every call waiting for a token fails."""
        with self._lock:
            self._closed = True
            waiting, self._waiting = list(self._waiting.values()), {}
        for event, _answers in waiting:
            event.set()


def _listen(stdin: IO[bytes], scan: Scan, credential: ParentCredential) -> None:
    """The window's frames after START: token answers and CANCEL; at the end of stdin, cancel and exit soon."""
    try:
        while (frame := read_frame(stdin)) is not None:
            kind, value = frame
            if kind in (Kind.TOKEN, Kind.TOKEN_ERROR):
                credential.answer(value)
            elif kind is Kind.CANCEL:
                scan.cancel()
    except (StreamClosed, OSError, ValueError):
        pass
    scan.cancel()
    credential.close()
    timer = threading.Timer(ORPHAN_EXIT_SECONDS, os._exit, args=(3,))
    timer.daemon = True
    timer.start()


def serve(stdin: IO[bytes], stdout: IO[bytes]) -> int:
    """Read one ScanRequest, run the scan, stream its events; 0 when DONE or FAILED was sent.

    What the scan needs is imported before the request is read: a process started ahead of its scan (see
    gui/scan_process.py) is ready when the request comes.
    """
    from core.azure.gateway import AzureGateway
    from core.scan import Scan

    first = read_frame(stdin)
    if first is None or first[0] is not Kind.START:
        return 2
    request: ScanRequest = first[1]
    observer = StreamObserver(stdout)
    credential = ParentCredential(observer)
    gateway = AzureGateway(request.target, credential, request.settings)
    gateway.identity = request.identity
    gateway.subscriptions_picked = request.subscriptions_picked
    scan = Scan(gateway, scope=request.scope, observer=observer)
    threading.Thread(target=_listen, args=(stdin, scan, credential), name="scan-process-stdin", daemon=True).start()
    try:
        report = scan.run()
    except Exception as error:  # reported to the window, which shows it as it shows any failed scan
        _log.debug("the scan failed", exc_info=True)
        observer.send(Kind.FAILED, _failure(error))
        return 0
    finally:
        gateway.close()
    observer.send(Kind.DONE, observer.done(report))
    return 0


def _failure(error: Exception) -> ScanFailed:
    return ScanFailed(portable(error), "".join(traceback.format_exception(error)))


def main() -> int:
    """The process's entry point: the stream on the real stdout, everything printed to stderr.

    Never returns: the process ends with os._exit once the stream is flushed, because the thread reading
    stdin may still be blocked in a read, which the interpreter's shutdown would otherwise abort on.
    """
    if hasattr(os, "nice"):
        # Background work: the window's process gets the CPU first (Windows: the parent starts it below normal).
        os.nice(10)
    stdin = sys.stdin.buffer
    stdout = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    try:
        os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):  # no usable stderr (a windowed build): stdout is closed instead
        os.close(sys.stdout.fileno())
    sys.stdout = sys.stderr
    code = 3
    try:
        code = serve(stdin, stdout)
    except (StreamClosed, BrokenPipeError):
        pass  # the window went away
    finally:
        with contextlib.suppress(OSError):
            stdout.close()
        with contextlib.suppress(OSError, AttributeError, ValueError):
            sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    raise SystemExit(main())
