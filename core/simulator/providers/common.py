"""Lookups every provider needs, failing the way ARM fails: subscription, then group, then resource."""

from __future__ import annotations

from typing import Any

from core.simulator import errors, ids
from core.simulator.context import Context
from core.simulator.messages import Request, Response

Json = dict[str, Any]


def require_subscription(ctx: Context, subscription: str) -> Json:
    found = ctx.store.subscription(subscription)
    if found is None:
        raise errors.subscription_not_found(subscription)
    return found


def require_group(ctx: Context, subscription: str, group: str) -> Json:
    require_subscription(ctx, subscription)
    group_id = f"/subscriptions/{subscription}/resourceGroups/{group}"
    found = ctx.store.get(group_id)
    if found is None:
        raise errors.group_not_found(group)
    return found


def require(ctx: Context, resource_id: str) -> Json:
    """The stored resource, or the ARM error for the first missing level of its id."""
    subscription = ids.subscription_id(resource_id)
    if subscription is None:
        raise errors.not_found(resource_id, None)
    require_subscription(ctx, subscription)
    group = ids.resource_group(resource_id)
    if group is not None:
        require_group(ctx, subscription, group)
    found = ctx.store.get(resource_id)
    if found is None:
        raise errors.not_found(resource_id, group)
    return found


def require_scope(ctx: Context, scope: str) -> str:
    """A scope (subscription, group or resource) that exists, with its stored casing."""
    parts = ids.segments(scope)
    if len(parts) == 2 and parts[0].lower() == "subscriptions":
        found = require_subscription(ctx, parts[1])
        return f"/subscriptions/{found['subscriptionId']}"
    return str(require(ctx, scope)["id"])


def request_id(request: Request, drop: int = 0) -> str:
    """The resource id a request path names, minus `drop` trailing segments."""
    return ids.join(request.segments[: len(request.segments) - drop])


def expand_includes(request: Request, name: str) -> bool:
    expand = request.param("$expand") or ""
    return name.lower() in {part.strip().lower() for part in expand.split(",")}


def no_content() -> Response:
    return Response(204)


def location_name(location: str | None) -> str:
    """'West Europe' -> 'westeurope', the form ARM uses in operation URLs."""
    return (location or "westeurope").replace(" ", "").lower()
