"""Microsoft.Resources and Microsoft.Authorization: subscriptions, resource groups, management locks."""

from __future__ import annotations

from typing import Any

from core.simulator import errors, ids, odata
from core.simulator.access import visible_subscriptions
from core.simulator.context import Context
from core.simulator.errors import ArmError
from core.simulator.messages import Request, Response, ok
from core.simulator.providers.common import require_group, require_scope, require_subscription
from core.simulator.routing import SCOPE, Access, Params, Route, route
from core.simulator.store import LOCK_TYPE, lock_scope

Json = dict[str, Any]
_LOCK_LEVELS = {"cannotdelete": "CanNotDelete", "readonly": "ReadOnly"}


def _subscription_body(ctx: Context, sub: Json) -> Json:
    sid = sub["subscriptionId"]
    body: Json = {
        "id": f"/subscriptions/{sid}",
        "authorizationSource": "RoleBased",
        "managedByTenants": [],
        "subscriptionId": sid,
        "tenantId": ctx.store.tenant_id,
        "displayName": sub.get("displayName", sid),
        "state": "Enabled",
        "subscriptionPolicies": {
            "locationPlacementId": "Public_2014-09-01",
            "quotaId": "PayAsYouGo_2014-09-01",
            "spendingLimit": "Off",
        },
    }
    body.update(sub)
    return body


def list_subscriptions(ctx: Context, request: Request, params: Params) -> Response:
    return ctx.page(request, visible_subscriptions(ctx, request), lambda sub: _subscription_body(ctx, sub))


def get_subscription(ctx: Context, request: Request, params: Params) -> Response:
    return ok(_subscription_body(ctx, require_subscription(ctx, params["subscription"])))


def list_groups(ctx: Context, request: Request, params: Params) -> Response:
    sub = require_subscription(ctx, params["subscription"])
    scope = f"/subscriptions/{sub['subscriptionId']}"
    return ctx.page(request, ctx.store.of_type(ids.RESOURCE_GROUP_TYPE, under=scope, copy=False))


def get_group(ctx: Context, request: Request, params: Params) -> Response:
    return ok(require_group(ctx, params["subscription"], params["group"]))


# Locks sit on any scope: '{scope}/providers/Microsoft.Authorization/locks/{name}'.


def list_locks(ctx: Context, request: Request, params: Params) -> Response:
    scope = require_scope(ctx, params["scope"])
    text = request.param("$filter")
    locks = ctx.store.of_type(LOCK_TYPE, copy=False)
    if text:
        node = odata.parse(text)
        if odata.comparisons(node):
            raise odata.invalid_filter(text, "locks can only be filtered with atScope()")

        def at_scope(name: str) -> bool:
            if name.lower() != "atscope":
                raise odata.invalid_filter(text, f"unknown function {name}()")
            return True

        if odata.evaluate(node, lambda _c: False, at_scope):
            # atScope(): the locks that apply to the scope, i.e. on it or on a scope above it.
            locks = [lock for lock in locks if ids.is_under(scope, lock_scope(lock["id"]))]
            return ctx.page(request, locks)
    # Without a filter: the locks on the scope and on everything below it.
    return ctx.page(request, [lock for lock in locks if ids.is_under(lock_scope(lock["id"]), scope)])


def _lock_not_found(name: str) -> ArmError:
    return ArmError(404, "LockNotFound", f"The lock '{name}' could not be found.")


def get_lock(ctx: Context, request: Request, params: Params) -> Response:
    scope = require_scope(ctx, params["scope"])
    found = ctx.store.get(f"{scope}/providers/Microsoft.Authorization/locks/{params['name']}")
    if found is None:
        raise _lock_not_found(params["name"])
    return ok(found)


def put_lock(ctx: Context, request: Request, params: Params) -> Response:
    scope = require_scope(ctx, params["scope"])
    body = request.json()
    properties = body.get("properties")
    if not isinstance(properties, dict):
        properties = {}
    level = properties.get("level")
    if not isinstance(level, str) or level.lower() not in _LOCK_LEVELS:
        raise errors.bad_request(
            "The lock level is missing or invalid: it must be CanNotDelete or ReadOnly.", code="LockLevelRequired"
        )
    lock_id = f"{scope}/providers/Microsoft.Authorization/locks/{params['name']}"
    created = not ctx.store.exists(lock_id)
    stored = ctx.store.put(
        {
            "properties": {**properties, "level": _LOCK_LEVELS[level.lower()]},
            "id": lock_id,
            "type": LOCK_TYPE,
            "name": params["name"],
        }
    )
    return ok(stored, 201 if created else 200)


def delete_lock(ctx: Context, request: Request, params: Params) -> Response:
    scope = require_scope(ctx, params["scope"])
    existed = ctx.store.delete(f"{scope}/providers/Microsoft.Authorization/locks/{params['name']}")
    return Response(200 if existed else 204)


_LOCKS = f"{SCOPE}/providers/Microsoft.Authorization/locks"

ROUTES: list[Route] = [
    route("GET", "subscriptions", list_subscriptions),
    route("GET", "subscriptions/{subscription}", get_subscription),
    route("GET", "subscriptions/{subscription}/resourcegroups", list_groups),
    route("GET", "subscriptions/{subscription}/resourcegroups/{group}", get_group),
    route("GET", _LOCKS, list_locks),
    route("GET", f"{_LOCKS}/{{name}}", get_lock),
    route("PUT", f"{_LOCKS}/{{name}}", put_lock, Access.WRITE),
    route("DELETE", f"{_LOCKS}/{{name}}", delete_lock, Access.DELETE),
]
