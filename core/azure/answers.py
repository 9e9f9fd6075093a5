"""Reading an ARM answer's body as JSON, and saying plainly what was wrong when it is not.

A 200 answer can still be unusable: a proxy's sign-in page (HTML), an empty body, a body cut off
mid-way, a list answer whose `value` is not a list of objects. Each becomes an `AzureProblemError`
whose Problem names what could not be read ("the managed disks of subscription X") and why, so the
scan marks exactly that part as unread and keeps the rest.
"""

from __future__ import annotations

import json
from typing import Any

from core.azure.errors import UNEXPECTED_RESPONSE, AzureProblemError
from core.findings import Problem
from core.i18n import QT_TRANSLATE_NOOP, Msg

_CTX = "AzureAnswers"

Json = dict[str, Any]


def what(source: str, **args: Any) -> Msg:
    """What a request reads, as it is named in a problem ("the managed disks of subscription X")."""
    return Msg(_CTX, source, args)


# What each read of a scan is, named for the person reading the problem.
SUBSCRIPTIONS = QT_TRANSLATE_NOOP("AzureAnswers", "the list of subscriptions")
TENANTS = QT_TRANSLATE_NOOP("AzureAnswers", "the list of directories (tenants)")
VMS = QT_TRANSLATE_NOOP("AzureAnswers", "the virtual machines of subscription {subscription}")
GROUP_VMS = QT_TRANSLATE_NOOP("AzureAnswers", "the virtual machines of resource group {group}")
DISKS = QT_TRANSLATE_NOOP("AzureAnswers", "the managed disks of subscription {subscription}")
LOCKS = QT_TRANSLATE_NOOP("AzureAnswers", "the locks of subscription {subscription}")
RESTORE_POINT_COLLECTIONS = QT_TRANSLATE_NOOP(
    "AzureAnswers", "the restore point collections of subscription {subscription}"
)
VAULTS = QT_TRANSLATE_NOOP("AzureAnswers", "the Recovery Services vaults of subscription {subscription}")
PROTECTED_ITEMS = QT_TRANSLATE_NOOP("AzureAnswers", "the backed-up VMs of vault {vault}")
JOBS = QT_TRANSLATE_NOOP("AzureAnswers", "the backup jobs of vault {vault}")
RESOURCE = QT_TRANSLATE_NOOP("AzureAnswers", "the resource {resource}")
SERVICE_PRINCIPAL = QT_TRANSLATE_NOOP("AzureAnswers", "the Backup Management Service in Microsoft Entra ID")


def _problem(scope: str, about: Msg, why: Msg) -> AzureProblemError:
    message = Msg(_CTX, QT_TRANSLATE_NOOP("AzureAnswers", "Could not read {what}: {why}"), {"what": about, "why": why})
    return AzureProblemError(Problem(scope, UNEXPECTED_RESPONSE, message, 200))


def parse_body(body: bytes, content_type: str, scope: str, about: Msg) -> Any:
    """The JSON of an answer's body; AzureProblemError saying why when it is not JSON."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if not body.strip():
        raise _problem(scope, about, Msg(_CTX, QT_TRANSLATE_NOOP("AzureAnswers", "the answer was empty"), {}))
    if kind in {"text/html", "application/xhtml+xml"} or body.lstrip()[:1] == b"<":
        # A 200 with a web page is what a proxy or captive portal sends when it wants a sign-in.
        why = Msg(
            _CTX,
            QT_TRANSLATE_NOOP(
                "AzureAnswers", "the answer was not JSON ({content_type}) — is a proxy asking for sign-in?"
            ),
            {"content_type": kind or "text/html"},
        )
        raise _problem(scope, about, why)
    try:
        text = body.decode("utf-8-sig")
        return json.loads(text)
    except UnicodeDecodeError:
        why = Msg(_CTX, QT_TRANSLATE_NOOP("AzureAnswers", "the answer was not text"), {})
        raise _problem(scope, about, why) from None
    except json.JSONDecodeError as error:
        # The document ended where more was needed: at the very end, or inside a string never closed.
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            why = Msg(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "AzureAnswers", "the answer was cut off ({size} bytes arrived, the JSON is incomplete)"
                ),
                {"size": len(body)},
            )
        else:
            why = Msg(
                _CTX,
                QT_TRANSLATE_NOOP("AzureAnswers", "the answer was not JSON ({content_type}): {detail}"),
                {"content_type": kind or "?", "detail": error.msg},
            )
        raise _problem(scope, about, why) from None


def _shape(scope: str, about: Msg, detail: str) -> AzureProblemError:
    why = Msg(
        _CTX, QT_TRANSLATE_NOOP("AzureAnswers", "the answer had an unexpected shape ({detail})"), {"detail": detail}
    )
    return _problem(scope, about, why)


def _type_name(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", type(None): "null", bool: "true/false"}.get(
        type(value), "a number" if isinstance(value, int | float) else type(value).__name__
    )


def as_object(data: Any, scope: str, about: Msg) -> Json:
    """A single resource's answer: a JSON object."""
    if not isinstance(data, dict):
        raise _shape(scope, about, f"{_type_name(data)} instead of an object")
    return data


def as_page(data: Any, scope: str, about: Msg) -> tuple[list[Json], str | None]:
    """One page of a list answer: its items (every one an object) and its nextLink, if any."""
    page = as_object(data, scope, about) if not isinstance(data, list) else None
    if page is None:
        raise _shape(scope, about, "a list instead of an object with 'value'")
    items = page.get("value", [])
    if not isinstance(items, list):
        raise _shape(scope, about, f"'value' is {_type_name(items)}, not a list")
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise _shape(scope, about, f"item {index + 1} of 'value' is {_type_name(item)}, not an object")
    link = page.get("nextLink")
    if link is not None and not isinstance(link, str):
        raise _shape(scope, about, f"'nextLink' is {_type_name(link)}, not a string")
    return items, link or None


__all__ = [
    "DISKS",
    "GROUP_VMS",
    "JOBS",
    "LOCKS",
    "PROTECTED_ITEMS",
    "RESOURCE",
    "RESTORE_POINT_COLLECTIONS",
    "SERVICE_PRINCIPAL",
    "SUBSCRIPTIONS",
    "TENANTS",
    "VAULTS",
    "VMS",
    "as_object",
    "as_page",
    "parse_body",
    "what",
]
