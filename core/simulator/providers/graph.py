"""Microsoft Graph service principals, so a check can turn a well-known app id into an object id
(Azure Backup's 'Backup Management Service' principal needs Key Vault access for encrypted VMs)."""

from __future__ import annotations

import functools
from typing import Any

from core.simulator import odata
from core.simulator.context import Context
from core.simulator.errors import ArmError
from core.simulator.messages import Request, Response, ok
from core.simulator.routing import Params, Route, route

Json = dict[str, Any]

_CONTEXT = "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals"


def _field(principal: Json, name: str) -> Any:
    key = next((k for k in principal if k.lower() == name.lower()), name)
    return principal.get(key)


def _matches(principal: Json, comparison: odata.Comparison) -> bool:
    return odata.compare(_field(principal, comparison.field), comparison.op, comparison.value)


def list_principals(ctx: Context, request: Request, params: Params) -> Response:
    principals = ctx.store.service_principals()
    text = request.param("$filter")
    if text:
        node = odata.parse(text)
        principals = [p for p in principals if odata.evaluate(node, functools.partial(_matches, p))]
    return ok({"@odata.context": _CONTEXT, "value": principals})


def get_principal(ctx: Context, request: Request, params: Params) -> Response:
    wanted = params["id"].lower()
    for principal in ctx.store.service_principals():
        if str(principal.get("id", "")).lower() == wanted:
            return ok({"@odata.context": f"{_CONTEXT}/$entity", **principal})
    raise ArmError(
        404,
        "Request_ResourceNotFound",
        f"Resource '{params['id']}' does not exist or one of its queried reference-property objects are not present.",
    )


ROUTES: list[Route] = [
    route("GET", "v1.0/servicePrincipals", list_principals, arm=False),
    route("GET", "v1.0/servicePrincipals/{id}", get_principal, arm=False),
]
