"""Long-running operations: accepted now, visible later.

An operation completes after `polls_needed` status polls (its Azure-AsyncOperation or Location URL),
and only then applies its change, as Azure does. Some SDK calls that start one never poll (the
recoveryservicesbackup 11.2 `backups.trigger` and `job_cancellations.trigger` return on the 202), so
an operation may also watch resource ids: reading a watched resource (a job, a protected item) counts
as a poll, after the answer, so the caller first sees the in-between state.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from core.simulator import ids

Json = dict[str, Any]
_log = logging.getLogger(__name__)


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class OperationFailedError(Exception):
    """Raised by a completion: the operation ends Failed with this ARM error code and message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Operation:
    id: str
    polls_needed: int
    # Applies the change; may return the body of the final answer (Run Command's result).
    complete: Callable[[], Json | None]
    result_id: str | None = None
    watch: tuple[str, ...] = ()
    properties: Json | None = None
    polls: int = 0
    status: str = "InProgress"
    start_time: str = field(default_factory=utc_now)
    end_time: str | None = None
    error: Json | None = None
    # When set, the operation finishes only once this also holds (a Run Command that takes time).
    ready: Callable[[], bool] | None = None
    # The body of the final answer, for operations that return one (Run Command's result).
    result_body: Json | None = None

    @property
    def done(self) -> bool:
        return self.status != "InProgress"

    def status_body(self, *, with_id: bool) -> Json:
        body: Json = {"name": self.id, "status": self.status, "startTime": self.start_time}
        if with_id:
            body = {"id": self.id, **body}
        if self.end_time:
            body["endTime"] = self.end_time
        if self.properties:
            body["properties"] = dict(self.properties)
        if self.error:
            body["error"] = dict(self.error)
        return body


class OperationTracker:
    def __init__(self, lock: threading.RLock) -> None:
        self._lock = lock
        self._operations: dict[str, Operation] = {}

    def start(
        self,
        complete: Callable[[], Json | None],
        *,
        polls_needed: int,
        result_id: str | None = None,
        watch: tuple[str, ...] = (),
        properties: Json | None = None,
        ready: Callable[[], bool] | None = None,
    ) -> Operation:
        operation = Operation(
            id=str(uuid.uuid4()),
            polls_needed=max(0, polls_needed),
            complete=complete,
            result_id=result_id,
            watch=tuple(ids.key(w) for w in watch),
            properties=properties,
            ready=ready,
        )
        with self._lock:
            self._operations[operation.id] = operation
            if operation.polls_needed == 0 and (ready is None or ready()):
                self._finish(operation)
        return operation

    def get(self, operation_id: str) -> Operation | None:
        with self._lock:
            return self._operations.get(operation_id.lower())

    def poll(self, operation_id: str) -> Operation | None:
        with self._lock:
            operation = self._operations.get(operation_id.lower())
            if operation is not None:
                self._count(operation)
            return operation

    def touch(self, resource_id: str) -> None:
        """A watched resource was read: count a poll for every unfinished operation watching it."""
        rkey = ids.key(resource_id)
        with self._lock:
            for operation in list(self._operations.values()):
                if not operation.done and rkey in operation.watch:
                    self._count(operation)

    def _count(self, operation: Operation) -> None:
        if operation.done:
            return
        operation.polls += 1
        if operation.polls >= operation.polls_needed and (operation.ready is None or operation.ready()):
            self._finish(operation)

    def _finish(self, operation: Operation) -> None:
        try:
            result = operation.complete()
            if result is not None:
                operation.result_body = result
            operation.status = "Succeeded"
        except OperationFailedError as failure:  # the operation itself fails, as Azure reports it
            operation.status = "Failed"
            operation.error = {"code": failure.code, "message": failure.message}
        except Exception as exc:  # a broken completion must fail the operation, not the poll request
            _log.exception("simulated operation %s failed", operation.id)
            operation.status = "Failed"
            operation.error = {"code": "InternalServerError", "message": str(exc)}
        operation.end_time = utc_now()
