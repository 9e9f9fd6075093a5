"""A scan as a stream of events between two processes: the frame format, the events, both ends' helpers.

The window runs its scans in a child process (core/scan_child.py) so that the scan's threads never
compete with the GUI thread for the GIL (docs/performance.md). The two processes talk over a pair of
pipes in frames: one byte naming the frame's kind, four bytes of length (big-endian), then the payload,
a pickle of plain core values (Subscription, VmFacts, VmResult, Problem, the dataclasses below).

Pickle is safe here because both ends are the same program and the pipes are private to them (never a
file, a socket or anything another user can write to); it carries every core type as it is, so facts
and findings need no second (JSON) shape to keep in step with core/facts.py and core/findings.py.

Child to parent: `SUBSCRIPTION_LISTED`, `VMS_LISTED` (subscription, VMs, complete: see ScanObserver in
core/scan.py), `VM_EVALUATED`, `PROBLEM`, `PROGRESS` in the order the scan's observer saw them,
`TOKEN_REQUEST` when the child needs an access token, and exactly one of `DONE` (the report's order and
header; the VMs and problems already went as events) or `FAILED`.
Parent to child: `START` (a ScanRequest), `TOKEN`/`TOKEN_ERROR` (answers), `CANCEL`.
"""

from __future__ import annotations

import pickle
import struct
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:  # the scan process imports this module first, before its heavy imports (core/scan_child.py)
    from azure.core.credentials import TokenCredential

    from core.azure.gateway import AzureGateway, GatewaySettings
    from core.azure.identity import Identity
    from core.azure.target import Target
    from core.collect import Subscription
    from core.facts import VmFacts
    from core.findings import Problem
    from core.scan import ScanReport, VmResult
    from core.scan_scope import ScanScope

_HEADER = struct.Struct(">BI")
# VMs per VMS_LISTED frame: the receiver unpickles a frame in one call, holding its GIL, so a frame is kept
# to a few milliseconds of work (a subscription's whole listing of 250 VMs was 660 KB, 30-130 ms).
LISTING_FRAME_VMS = 25


class Kind(IntEnum):
    # child -> parent
    SUBSCRIPTION_LISTED = 1
    VMS_LISTED = 2
    VM_EVALUATED = 3
    PROBLEM = 4
    PROGRESS = 5
    DONE = 6
    FAILED = 7
    TOKEN_REQUEST = 8
    # parent -> child
    START = 20
    TOKEN = 21
    TOKEN_ERROR = 22
    CANCEL = 23


@dataclass(frozen=True)
class ScanRequest:
    """Everything the child needs to rebuild the window's gateway, except the credential (asked for)."""

    target: Target
    settings: GatewaySettings
    scope: ScanScope
    identity: Identity | None = None
    subscriptions_picked: frozenset[str] | None = None

    @classmethod
    def of(cls, gateway: AzureGateway, scope: ScanScope) -> ScanRequest:
        """A scan of `scope` through a gateway like `gateway` (its credential stays with the sender)."""
        return cls(gateway.target, gateway.settings, scope, gateway.identity, gateway.subscriptions_picked)


@dataclass(frozen=True)
class TokenRequest:
    number: int
    scopes: tuple[str, ...]
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TokenAnswer:
    number: int
    token: str = ""
    expires_on: int = 0
    error: BaseException | None = None


@dataclass(frozen=True)
class ScanDone:
    """The report's header, and its VMs and problems as the numbers of the events that carried them."""

    target: str
    scanned_at: datetime
    subscriptions: tuple[Subscription, ...]
    vm_order: tuple[int, ...]
    problem_order: tuple[int, ...]
    cancelled: bool


@dataclass(frozen=True)
class ScanFailed:
    """An exception the scan raised: itself when it can be pickled (else a RuntimeError), and its traceback."""

    error: BaseException
    details: str


def answer_token(credential: TokenCredential, request: TokenRequest) -> tuple[Kind, TokenAnswer]:
    """The sender's answer to a TOKEN_REQUEST: a token from `credential`, or the exception it raised.

    `get_token_info` is asked when the credential has it, as azure-core's BearerTokenCredentialPolicy does.
    """
    try:
        get_token_info = getattr(credential, "get_token_info", None)
        if callable(get_token_info):
            options = {name: value for name, value in request.options.items() if value}
            token = get_token_info(*request.scopes, options=options or None)
        else:
            token = credential.get_token(*request.scopes, **request.options)
    except Exception as error:  # the child's request fails as it would have in the sender
        return Kind.TOKEN_ERROR, TokenAnswer(request.number, error=portable(error))
    return Kind.TOKEN, TokenAnswer(request.number, token.token, token.expires_on)


def portable(error: BaseException) -> BaseException:
    """`error` if it survives pickling (without its traceback), else a RuntimeError with its type and text."""
    try:
        pickle.loads(pickle.dumps(error))
        return error.with_traceback(None)
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")


class StreamClosed(Exception):
    """The other end closed the pipe (or died) in the middle of a frame, or before the expected one."""


def encode(kind: Kind, value: object = None) -> bytes:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(int(kind), len(payload)) + payload


def write_frame(stream: IO[bytes], kind: Kind, value: object = None) -> None:
    stream.write(encode(kind, value))
    stream.flush()


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            raise StreamClosed
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: IO[bytes]) -> tuple[Kind, Any] | None:
    """The next frame (blocking); None at a clean end of the stream (between frames)."""
    frame = read_raw_frame(stream)
    return None if frame is None else (frame[0], decode(frame[1]))


def read_raw_frame(stream: IO[bytes]) -> tuple[Kind, bytes] | None:
    """The next frame's kind and its value still pickled (`decode` it); None at a clean end of the stream."""
    header = stream.read(_HEADER.size)
    if not header:
        return None
    if len(header) < _HEADER.size:
        header += _read_exactly(stream, _HEADER.size - len(header))
    kind, size = _HEADER.unpack(header)
    return Kind(kind), _read_exactly(stream, size)


def decode(body: bytes) -> Any:
    """A frame's value (the stream comes from this program's own scan process: see the module's note)."""
    return pickle.loads(body)


class StreamObserver:
    """A ScanObserver that writes each event as a frame (from any thread), numbering VMs and problems."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._lock = threading.Lock()
        self._results: dict[int, int] = {}
        self._problems: dict[int, int] = {}

    def send(self, kind: Kind, value: object = None) -> None:
        frame = encode(kind, value)
        with self._lock:
            self._stream.write(frame)
            self._stream.flush()

    def subscription_listed(self, subscription: Subscription) -> None:
        self.send(Kind.SUBSCRIPTION_LISTED, subscription)

    def vms_listed(self, subscription: Subscription, vms: Sequence[VmFacts], *, complete: bool = True) -> None:
        """In frames of `LISTING_FRAME_VMS`: (subscription, VMs, complete), where only the last frame may say
        the listing is complete (it is the one the receiver may prune after)."""
        last = max(len(vms) - 1, 0) // LISTING_FRAME_VMS * LISTING_FRAME_VMS
        for start in range(0, last + 1, LISTING_FRAME_VMS):
            chunk = tuple(vms[start : start + LISTING_FRAME_VMS])
            self.send(Kind.VMS_LISTED, (subscription, chunk, complete and start == last))

    def vm_evaluated(self, result: VmResult) -> None:
        frame = encode(Kind.VM_EVALUATED, result)
        with self._lock:  # numbered in the order the frames go out
            self._results[id(result)] = len(self._results)
            self._stream.write(frame)
            self._stream.flush()

    def problem(self, problem: Problem) -> None:
        frame = encode(Kind.PROBLEM, problem)
        with self._lock:
            self._problems[id(problem)] = len(self._problems)
            self._stream.write(frame)
            self._stream.flush()

    def progress(self, done: int, total: int) -> None:
        self.send(Kind.PROGRESS, (done, total))

    def done(self, report: ScanReport) -> ScanDone:
        """The report as numbers of events already sent (every VM and problem in it was observed)."""
        with self._lock:
            vm_order = tuple(self._results[id(result)] for result in report.vms)
            problem_order = tuple(self._problems[id(problem)] for problem in report.problems)
        return ScanDone(
            report.target, report.scanned_at, tuple(report.subscriptions), vm_order, problem_order, report.cancelled
        )


class ReportAssembler:
    """The receiving end's copy of the report: the events' VMs and problems, put in order by `ScanDone`."""

    def __init__(self) -> None:
        self.subscriptions: list[Subscription] = []
        self.results: list[VmResult] = []
        self.problems: list[Problem] = []

    def add_result(self, result: VmResult) -> None:
        self.results.append(result)

    def add_problem(self, problem: Problem) -> None:
        self.problems.append(problem)

    def report(self, done: ScanDone) -> ScanReport:
        from core.scan import ScanReport

        return ScanReport(
            done.target,
            done.scanned_at,
            subscriptions=list(done.subscriptions),
            vms=[self.results[number] for number in done.vm_order],
            problems=[self.problems[number] for number in done.problem_order],
            cancelled=done.cancelled,
        )

    def partial(self, target: str) -> ScanReport:
        """A cancelled report of what arrived, when the sender ended before DONE (killed after a cancel)."""
        from core.scan import ScanReport

        return ScanReport(
            target,
            datetime.now(UTC),
            subscriptions=list(self.subscriptions),
            vms=list(self.results),
            problems=list(self.problems),
            cancelled=True,
        )
