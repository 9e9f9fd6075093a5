"""Requests and answers as plain values, so the simulated ARM is testable without sockets."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from core.simulator import ids
from core.simulator.errors import ArmError, bad_request

Json = dict[str, Any]


@dataclass(frozen=True)
class Request:
    method: str
    raw_path: str
    query: dict[str, str]
    """Query parameters, names lower-cased (ARM reads them case-insensitively), values decoded."""
    headers: dict[str, str]
    """Header names lower-cased."""
    body: bytes = b""
    segments: list[str] = field(default_factory=list)
    raw_query: str = ""

    @property
    def path(self) -> str:
        """The decoded path, the form ids, regexes and scopes are matched against."""
        return ids.join(self.segments) if self.segments else "/"

    def param(self, name: str) -> str | None:
        return self.query.get(name.lower())

    def json(self) -> Json:
        if not self.body.strip():
            return {}
        try:
            data = json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise bad_request(
                f"The request content was invalid and could not be deserialized: {exc}",
                code="InvalidRequestContent",
            ) from exc
        if not isinstance(data, dict):
            raise bad_request("The request content must be a JSON object.", code="InvalidRequestContent")
        return data


@dataclass
class Response:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    fault: str | None = None
    """The fault rule kind that produced this answer, for the request log."""
    raw: bytes | None = None
    """A body sent as these bytes instead of `body` as JSON (the sign-in pages' HTML; faults: a web page,
    a cut-off answer)."""
    content_type: str = "application/json; charset=utf-8"

    def encoded(self) -> bytes:
        if self.raw is not None:
            return self.raw
        if self.body is None:
            return b""
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class Hold:
    """Answer nothing for `seconds`, then close: what a client sees as a read timeout."""

    seconds: float


@dataclass(frozen=True)
class Reset:
    """Close the connection abruptly (TCP RST) instead of answering."""


Outcome = Response | Hold | Reset


def ok(body: Any, status: int = 200) -> Response:
    return Response(status, body)


def error_response(error: ArmError) -> Response:
    return Response(error.status, {"error": {"code": error.code, "message": error.message}}, dict(error.headers))
