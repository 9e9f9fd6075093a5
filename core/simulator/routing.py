"""Matching a request path to a handler, segment by segment and without regard to case.

A pattern is the SDK's URL template split on '/': literals compare case-insensitively (ARM paths
do: the resources SDK sends 'resourcegroups', compute 'resourceGroups'), '{name}' captures one decoded
segment, and a leading '{scope*}' captures any ARM scope (for locks, which sit on any scope).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from core.simulator import ids
from core.simulator.context import Context
from core.simulator.errors import ArmError
from core.simulator.messages import Request, Response

Params = dict[str, str]
Handler = Callable[[Context, Request, Params], Response]
SCOPE = "{scope*}"


class Access(StrEnum):
    """What a request does to its target, for locks (ScopeLocked) and AuthorizationFailed messages."""

    READ = "read"
    WRITE = "write"
    DELETE = "delete"
    ACTION = "action"


@dataclass(frozen=True)
class Route:
    method: str
    pattern: tuple[str, ...]
    handler: Handler
    access: Access = Access.READ
    target_drop: int = 0
    """Trailing segments that are not part of the target resource id ('/backup', '/cancel'...)."""
    arm: bool = True
    """False for Microsoft Graph routes, which take no api-version and answer Graph-shaped errors."""

    def match(self, segments: list[str]) -> Params | None:
        pattern = self.pattern
        params: Params = {}
        if pattern and pattern[0] == SCOPE:
            suffix = pattern[1:]
            if len(segments) < len(suffix) + 2:
                return None
            params["scope"] = ids.join(segments[: len(segments) - len(suffix)])
            segments = segments[len(segments) - len(suffix) :]
            pattern = suffix
        if len(pattern) != len(segments):
            return None
        for expected, actual in zip(pattern, segments, strict=True):
            if expected.startswith("{"):
                params[expected[1:-1]] = actual
            elif expected != actual.lower():
                return None
        return params

    def target(self, request: Request) -> str:
        return ids.join(request.segments[: len(request.segments) - self.target_drop])


def route(
    method: str,
    template: str,
    handler: Handler,
    access: Access = Access.READ,
    *,
    target_drop: int = 0,
    arm: bool = True,
) -> Route:
    parts = tuple(p if p.startswith("{") else p.lower() for p in template.strip("/").split("/"))
    return Route(method.upper(), parts, handler, access, target_drop, arm)


class Router:
    def __init__(self, routes: list[Route]) -> None:
        self.routes = routes

    def resolve(self, request: Request) -> tuple[Route, Params]:
        allowed: list[str] = []
        # HEAD is a GET without the body, as ARM's existence checks (resource_groups.check_existence) use it.
        method = "GET" if request.method == "HEAD" else request.method
        for candidate in self.routes:
            params = candidate.match(request.segments)
            if params is None:
                continue
            if candidate.method == method:
                return candidate, params
            allowed.append(candidate.method)
        if allowed:
            raise ArmError(
                405,
                "MethodNotAllowed",
                f"The requested resource does not support http method '{request.method}'.",
                {"Allow": ", ".join(sorted(set(allowed)))},
            )
        raise ArmError(
            404,
            "NotFound",
            f"No route matches {request.method} {request.path} in the simulated Azure Resource Manager.",
        )

    def is_graph(self, request: Request) -> bool:
        return bool(request.segments) and request.segments[0].lower() == "v1.0"
