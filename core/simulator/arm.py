"""The simulated Azure Resource Manager front door: every request passes here, in ARM's order.

latency -> authentication -> fault rules -> api-version -> throttling -> route -> locks -> handler.
It deals in `Request` and outcome values only; `server.py` does the sockets.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from core.simulator import access, ids
from core.simulator.context import Context, Settings
from core.simulator.directory import Directory
from core.simulator.errors import ArmError
from core.simulator.faults import FaultInjector, FaultKind, FaultRule
from core.simulator.messages import Hold, Outcome, Request, Reset, Response, error_response
from core.simulator.providers import ROUTES
from core.simulator.routing import Access, Route, Router
from core.simulator.store import ResourceStore, lock_scope
from core.simulator.tenant import Tenant
from core.simulator.throttle import ThrottleConfig, ThrottleDecision, Throttler

_log = logging.getLogger(__name__)
_API_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}(-preview)?")
_ANONYMOUS = "00000000-0000-0000-0000-000000000000"


class SimulatedArm:
    def __init__(
        self,
        tenant: Tenant,
        *,
        latency_ms: float = 0,
        page_size: int | None = 3,
        lro_polls: int = 1,
        throttle: ThrottleConfig | None = None,
        faults: Sequence[FaultRule] = (),
        fault_seed: int = 0,
    ) -> None:
        self.store = ResourceStore(tenant)
        self.settings = Settings(latency_ms=latency_ms, page_size=page_size, lro_polls=lro_polls)
        self.context = Context(self.store, self.settings, Directory(tenant.tenant_id, tenant.directory))
        self.faults = FaultInjector(faults, seed=fault_seed)
        self.throttler: Throttler | None = Throttler(throttle) if throttle else None
        self.router = Router(ROUTES)
        self.stopping = threading.Event()

    def handle(self, request: Request) -> Outcome:
        if self.settings.latency_ms > 0:
            self.stopping.wait(self.settings.latency_ms / 1000)
        try:
            outcome = self._handle(request)
        except ArmError as error:
            outcome = error_response(error)
        except Exception as exc:  # the client gets ARM's 500, the log gets the traceback
            _log.exception("simulator failed on %s %s", request.method, request.raw_path)
            message = f"The simulator hit an internal error: {type(exc).__name__}: {exc}"
            outcome = error_response(ArmError(500, "InternalServerError", message))
        if isinstance(outcome, Response):
            outcome.headers.setdefault("x-ms-request-id", str(uuid.uuid4()))
            outcome.headers.setdefault(
                "x-ms-correlation-request-id", request.headers.get("x-ms-correlation-request-id", str(uuid.uuid4()))
            )
        return outcome

    def _handle(self, request: Request) -> Outcome:
        graph = self.router.is_graph(request)
        token = _bearer(request)
        if token is None:
            return _unauthenticated(request, graph)
        claims = access.authenticate(self.context, request, token) if self.context.directory.enforced else None
        rule = self.faults.pick(request.method, request.path)
        if rule is not None and rule.kind is FaultKind.TRUNCATED:
            return _truncated(self._route_or_error(request))
        if rule is not None:
            return _fault(rule, request, token, graph)
        if not graph:
            _check_api_version(request)
            if claims is not None:
                access.authorize(self.context, request, claims, *_action_and_scope(request))
        decision = self._throttle(request) if not graph else None
        if decision is not None and not decision.allowed:
            throttled = error_response(
                ArmError(
                    429,
                    "SubscriptionRequestsThrottled",
                    f"Number of {'write' if _is_write(request) else 'read'} requests for subscription "
                    f"'{ids.subscription_id(request.path) or 'tenant'}' exceeded the limit. "
                    f"Please try again after '{decision.retry_after}' seconds.",
                    {"Retry-After": str(decision.retry_after)},
                )
            )
            throttled.headers[decision.header] = "0"
            return throttled
        try:
            response = self._route(request)
        except ArmError as error:
            response = error_response(error)
        if decision is not None:
            response.headers[decision.header] = str(decision.remaining)
        return response

    def _route_or_error(self, request: Request) -> Response:
        try:
            return self._route(request)
        except ArmError as error:
            return error_response(error)

    def _route(self, request: Request) -> Response:
        route, params = self.router.resolve(request)
        if route.access is not Access.READ:
            self._check_locks(route, request)
        response = route.handler(self.context, request, params)
        if request.method == "HEAD" and response.status < 300:
            response = Response(204, None, response.headers)  # existence checks: ARM answers 204
        return response

    def _throttle(self, request: Request) -> ThrottleDecision | None:
        throttler = self.throttler
        if throttler is None:
            return None
        return throttler.check(ids.subscription_id(request.path) or "tenant", _is_write(request))

    def _check_locks(self, route: Route, request: Request) -> None:
        if any(part == "microsoft.authorization" for part in route.pattern):
            return  # managing locks is never blocked by locks
        target = route.target(request)
        blocking = [
            lock
            for lock in self.store.locks_over(target)
            if str(lock["properties"]["level"]).lower() == "readonly" or route.access is Access.DELETE
        ]
        if not blocking:
            return
        scopes = ", ".join(f"'{scope}'" for scope in dict.fromkeys(lock_scope(lock["id"]) for lock in blocking))
        verb = "delete" if route.access is Access.DELETE else "write"
        raise ArmError(
            409,
            "ScopeLocked",
            f"The scope '{target}' cannot perform {verb} operation because following scope(s) are locked: "
            f"{scopes}. Please remove the lock and try again.",
        )


def _is_write(request: Request) -> bool:
    return request.method not in {"GET", "HEAD"}


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def _unauthenticated(request: Request, graph: bool) -> Response:
    if graph:
        return error_response(ArmError(401, "InvalidAuthenticationToken", "Access token is empty."))
    missing = "authorization" not in request.headers
    why = "is missing" if missing else "is provided in an invalid format"
    return error_response(
        ArmError(
            401,
            "AuthenticationFailed",
            f"Authentication failed. The 'Authorization' header {why}.",
            {
                "WWW-Authenticate": 'Bearer authorization_uri="https://login.microsoftonline.com/common", '
                'error="invalid_token", error_description="The authentication failed because of missing '
                "'Authorization' header.\""
            },
        )
    )


def _check_api_version(request: Request) -> None:
    version = request.param("api-version")
    if not version:
        raise ArmError(
            400,
            "MissingApiVersionParameter",
            "The api-version query parameter (?api-version=) is required for all requests.",
        )
    if not _API_VERSION.fullmatch(version):
        raise ArmError(
            400,
            "InvalidApiVersionParameter",
            f"The api-version '{version}' is invalid. The api-version must be a date of the form "
            "'YYYY-MM-DD', optionally followed by '-preview'.",
        )


_SIGN_IN_PAGE = (
    b"<!DOCTYPE html><html><head><title>Sign in to continue</title></head><body>"
    b"<h1>Proxy authentication required</h1><form method='post'><input name='user'>"
    b"<input type='password' name='password'></form></body></html>"
)


def _truncated(response: Response) -> Response:
    """The real answer, cut off half-way: a 200 whose JSON ends too early (Content-Length matches)."""
    body = response.encoded()
    cut = Response(response.status, None, dict(response.headers), fault=FaultKind.TRUNCATED.value)
    cut.raw = body[: max(1, len(body) // 2)]
    return cut


def _malformed(kind: FaultKind) -> Response:
    """A 200 answer that is not what ARM sends: a proxy's web page, nothing, or JSON of the wrong shape."""
    response = Response(200, None, fault=kind.value)
    if kind is FaultKind.HTML:
        response.raw, response.content_type = _SIGN_IN_PAGE, "text/html; charset=utf-8"
    elif kind is FaultKind.EMPTY:
        response.raw = b""
    else:
        response.raw = b'[{"value": []}]'
    return response


def _fault(rule: FaultRule, request: Request, token: str, graph: bool) -> Outcome:
    kind = rule.kind
    if kind is FaultKind.TIMEOUT:
        return Hold(rule.hold_seconds)
    if kind is FaultKind.RESET:
        return Reset()
    if kind in {FaultKind.HTML, FaultKind.EMPTY, FaultKind.SHAPE}:
        return _malformed(kind)
    if kind is FaultKind.FORBIDDEN:
        if graph:
            error = ArmError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")
        else:
            client, object_id = _identity(token)
            action, scope = _action_and_scope(request)
            error = ArmError(
                403,
                "AuthorizationFailed",
                f"The client '{client}' with object id '{object_id}' does not have authorization to perform "
                f"action '{action}' over scope '{scope}' or the scope is invalid. If access was recently "
                "granted, please refresh your credentials.",
            )
    elif kind is FaultKind.UNAUTHORIZED:
        # ARM's answer to a bearer token past its expiry (code and wording as ARM returns them).
        now = datetime.now(UTC)
        error = ArmError(
            401,
            "ExpiredAuthenticationToken",
            f"The access token expiry UTC time '{now - timedelta(minutes=5):%m/%d/%Y %I:%M:%S %p}' is earlier than "
            f"current UTC time '{now:%m/%d/%Y %I:%M:%S %p}'.",
            {"WWW-Authenticate": 'Bearer error="invalid_token", error_description="The access token has expired."'},
        )
    elif kind is FaultKind.NOT_FOUND:
        error = ArmError(404, "ResourceNotFound", f"The Resource '{request.path}' was not found.")
    elif kind is FaultKind.THROTTLED:
        error = ArmError(
            429,
            "SubscriptionRequestsThrottled",
            "Number of read requests for subscription exceeded the limit. Please try again after '1' seconds.",
            {"Retry-After": "1"},
        )
    elif kind is FaultKind.HTTP_503:
        error = ArmError(
            503, "ServiceUnavailable", "The server is currently unable to handle the request. Please retry the request."
        )
    else:
        tracking = uuid.uuid4()
        error = ArmError(
            500,
            "InternalServerError",
            f"Encountered internal server error. Diagnostic information: tracking id '{tracking}'.",
        )
    response = error_response(error)
    response.fault = kind.value
    return response


def _identity(token: str) -> tuple[str, str]:
    """Who the token says the caller is, as ARM names it in AuthorizationFailed; a token that is not
    a JWT (tests and demo mode use a fixed string) gets a zero GUID."""
    claims: dict[str, Any] = {}
    parts = token.split(".")
    if len(parts) == 3:
        try:
            payload = parts[1] + "=" * (-len(parts[1]) % 4)
            decoded = json.loads(base64.urlsafe_b64decode(payload))
            claims = decoded if isinstance(decoded, dict) else {}
        except ValueError:
            claims = {}
    client = claims.get("upn") or claims.get("unique_name") or claims.get("appid") or _ANONYMOUS
    return str(client), str(claims.get("oid") or _ANONYMOUS)


def _action_and_scope(request: Request) -> tuple[str, str]:
    """'Microsoft.Compute/virtualMachines/read' and the id it applies to, from the path alone."""
    parts = request.segments
    index = next((i for i in range(len(parts) - 2, -1, -1) if parts[i].lower() == "providers"), -1)
    if index < 0:
        namespace, rest, prefix = "Microsoft.Resources", parts, []
    else:
        namespace, rest, prefix = parts[index + 1], parts[index + 2 :], parts[: index + 2]
    types = ["resourceGroups" if t.lower() == "resourcegroups" else t for t in rest[0::2]]
    verb = {"GET": "read", "HEAD": "read", "PUT": "write", "PATCH": "write", "DELETE": "delete"}.get(
        request.method, "action"
    )
    action = f"{namespace}/{'/'.join(types)}/{verb}" if types else f"{namespace}/{verb}"
    # The scope is the resource the request names: a list's or an action's parent resource.
    kept = rest[: len(rest) - len(rest) % 2]
    if kept:
        scope_parts = prefix + kept
    elif index >= 0:
        scope_parts = parts[:index]
    else:
        scope_parts = []
    return action, ids.join(scope_parts) if scope_parts else "/"
