"""Microsoft.Resources tenants and Microsoft.Authorization permissions: who the caller is and what they may do.

`GET /tenants` lists the directories the caller's account belongs to; `GET {scope}/providers/
Microsoft.Authorization/permissions` ("Permissions - List For Resource/Resource Group") answers the
actions of the caller's role assignments at or above the scope. Without a directory of accounts the caller
is the offline credential, which may do everything (`*`).
"""

from __future__ import annotations

from core.simulator.access import caller
from core.simulator.context import Context
from core.simulator.messages import Request, Response
from core.simulator.routing import SCOPE, Params, Route, route


def list_tenants(ctx: Context, request: Request, params: Params) -> Response:
    claims = caller(ctx, request)
    directory = ctx.directory
    if claims is None:
        tenants = [directory.tenants[ctx.store.tenant_id.lower()]]
    else:
        account = directory.account(str(claims.get("oid", "")))
        member_of = account.tenants if account is not None else ()
        tenants = [t for t in (directory.tenant(tid) for tid in member_of) if t is not None]
    return ctx.page(request, [t.to_json() for t in tenants])


def list_permissions(ctx: Context, request: Request, params: Params) -> Response:
    claims = caller(ctx, request)
    if claims is None:
        entries = [{"actions": ["*"], "notActions": [], "dataActions": [], "notDataActions": []}]
    else:
        entries = [p.to_json() for p in ctx.directory.permissions(str(claims.get("oid", "")), params["scope"])]
    return ctx.page(request, entries)


ROUTES: list[Route] = [
    route("GET", "tenants", list_tenants),
    route("GET", f"{SCOPE}/providers/Microsoft.Authorization/permissions", list_permissions),
]
