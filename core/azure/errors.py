"""SDK exceptions turned into plain sentences with the ARM error code kept for the technical reader."""

from __future__ import annotations

import re

from azure.core.exceptions import (
    ClientAuthenticationError,
    HttpResponseError,
    ServiceRequestError,
    ServiceResponseError,
)

from core.findings import Problem
from core.i18n import QT_TRANSLATE_NOOP, Msg

_CTX = "AzureErrors"

# Our own codes, for failures that carry no ARM error code.
TIMEOUT = "Timeout"
CONNECTION_FAILED = "ConnectionFailed"
UNEXPECTED_RESPONSE = "UnexpectedResponse"
AUTHENTICATION_FAILED = "AuthenticationFailed"
# ARM's 401 for a token issued by another directory than the subscription's.
WRONG_TENANT = "InvalidAuthenticationTokenTenant"

# ARM's AuthorizationFailed message names the action and the scope:
# "The client '…' with object id '…' does not have authorization to perform action '<action>' over
# scope '<scope>' or the scope is invalid."
_AUTHZ_RE = re.compile(r"perform action '(?P<action>[^']+)' over scope '(?P<scope>[^']+)'")
_LOCK_SCOPES_RE = re.compile(r"following scope\(s\) are locked: '(?P<locks>[^']+)'")


class AzureProblemError(Exception):
    """An Azure call failed; `problem` says what, for whom, in a sentence."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message.render())
        self.problem = problem

    @property
    def code(self) -> str:
        return self.problem.code

    @property
    def status(self) -> int | None:
        return self.problem.status


def _arm_code(exc: ClientAuthenticationError) -> str | None:
    """The ARM error code of a 401 (azure-core parses the body into `error` when it is ARM-shaped)."""
    error = getattr(exc, "error", None)
    code = getattr(error, "code", None)
    return code if isinstance(code, str) else None


def describe(exc: BaseException, scope: str, *, own_simulator: bool = False) -> Problem:
    """The Problem for an exception raised by an SDK call about `scope` (an ARM id or subscription).

    `own_simulator`: the target is a tenant the app serves itself (the demo, a tenant file); when it cannot
    be reached, its simulator has stopped (its process ended), not the network.
    """
    if isinstance(exc, AzureProblemError):
        return exc.problem
    if isinstance(exc, ClientAuthenticationError) and _arm_code(exc) == WRONG_TENANT:
        return Problem(
            scope,
            WRONG_TENANT,
            Msg(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "AzureErrors",
                    "This subscription belongs to another directory (tenant): switch to that tenant to read it.",
                ),
                {},
            ),
            401,
        )
    if isinstance(exc, ClientAuthenticationError):
        return Problem(
            scope,
            AUTHENTICATION_FAILED,
            Msg(_CTX, QT_TRANSLATE_NOOP("AzureErrors", "Azure did not accept the sign-in: sign in again."), {}),
            401,
        )
    if isinstance(exc, HttpResponseError):
        return _describe_http(exc, scope)
    if isinstance(exc, ServiceResponseError | TimeoutError):
        # A read timeout and a connection reset after the request was sent both land here.
        text = str(exc).lower()
        if "timed out" in text or "timeout" in text or isinstance(exc, TimeoutError):
            return Problem(
                scope,
                TIMEOUT,
                Msg(_CTX, QT_TRANSLATE_NOOP("AzureErrors", "Azure did not answer in time, even after retries."), {}),
            )
        return Problem(
            scope,
            CONNECTION_FAILED,
            Msg(
                _CTX,
                QT_TRANSLATE_NOOP("AzureErrors", "The connection to Azure was interrupted, even after retries."),
                {},
            ),
        )
    if isinstance(exc, ServiceRequestError) and own_simulator:
        return Problem(
            scope,
            CONNECTION_FAILED,
            Msg(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "AzureErrors", "The simulated tenant no longer answers: its simulator has stopped. Open it again."
                ),
                {},
            ),
        )
    if isinstance(exc, ServiceRequestError):
        return Problem(
            scope,
            CONNECTION_FAILED,
            Msg(
                _CTX,
                QT_TRANSLATE_NOOP("AzureErrors", "Could not reach Azure: check the network connection or proxy."),
                {},
            ),
        )
    return Problem(
        scope,
        UNEXPECTED_RESPONSE,
        Msg(
            _CTX,
            QT_TRANSLATE_NOOP("AzureErrors", "Unexpected error while reading from Azure: {detail}"),
            {"detail": f"{type(exc).__name__}: {exc}"},
        ),
    )


def _describe_http(exc: HttpResponseError, scope: str) -> Problem:
    status = exc.status_code
    code = (exc.error.code if exc.error is not None and exc.error.code else None) or (
        f"HTTP{status}" if status else UNEXPECTED_RESPONSE
    )
    arm_message = exc.error.message if exc.error is not None and exc.error.message else (exc.message or "")
    if status == 403 or code == "AuthorizationFailed":
        match = _AUTHZ_RE.search(arm_message)
        action = match.group("action") if match else None
        denied_scope = match.group("scope") if match else scope
        if action:
            message = Msg(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "AzureErrors",
                    "Access denied: your account lacks the permission {action} on {scope}. "
                    "Ask for a role that grants it (Reader, or Backup Reader on the vault).",
                ),
                {"action": action, "scope": denied_scope},
            )
        else:
            message = Msg(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "AzureErrors", "Access denied on {scope}: your account lacks a role that allows this."
                ),
                {"scope": denied_scope},
            )
        return Problem(scope, code, message, status)
    if code == "ScopeLocked":
        match = _LOCK_SCOPES_RE.search(arm_message)
        return Problem(
            scope,
            code,
            Msg(
                _CTX,
                QT_TRANSLATE_NOOP("AzureErrors", "Azure refused the change because a lock applies to {locked}."),
                {"locked": match.group("locks") if match else scope},
            ),
            status,
        )
    if status == 404:
        return Problem(
            scope,
            code,
            Msg(_CTX, QT_TRANSLATE_NOOP("AzureErrors", "Not found in Azure: {scope}."), {"scope": scope}),
            status,
        )
    if status == 429:
        return Problem(
            scope,
            code,
            Msg(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "AzureErrors",
                    "Azure is throttling requests for this subscription; retried until the limit. "
                    "Try again in a minute.",
                ),
                {},
            ),
            status,
        )
    if status is not None and status >= 500:
        return Problem(
            scope,
            code,
            Msg(
                _CTX,
                QT_TRANSLATE_NOOP("AzureErrors", "Azure answered with a server error ({status}), even after retries."),
                {"status": status},
            ),
            status,
        )
    return Problem(
        scope,
        code,
        Msg(
            _CTX,
            QT_TRANSLATE_NOOP("AzureErrors", "Azure refused the request ({code}): {detail}"),
            {"code": code, "detail": arm_message},
        ),
        status,
    )
