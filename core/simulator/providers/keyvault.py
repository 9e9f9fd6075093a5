"""Microsoft.KeyVault vaults and their access policies (which Azure Backup needs for encrypted VMs)."""

from __future__ import annotations

import copy
from typing import Any

from core.simulator import errors
from core.simulator.context import Context
from core.simulator.messages import Request, Response, ok
from core.simulator.providers.common import request_id, require, require_group, require_subscription
from core.simulator.routing import Access, Params, Route, route

Json = dict[str, Any]

VAULT_TYPE = "Microsoft.KeyVault/vaults"
_KINDS = {"add", "replace", "remove"}


def list_vaults_all(ctx: Context, request: Request, params: Params) -> Response:
    sub = require_subscription(ctx, params["subscription"])
    return ctx.page(request, ctx.store.of_type(VAULT_TYPE, under=f"/subscriptions/{sub['subscriptionId']}", copy=False))


def list_vaults(ctx: Context, request: Request, params: Params) -> Response:
    group = require_group(ctx, params["subscription"], params["group"])
    return ctx.page(request, ctx.store.of_type(VAULT_TYPE, under=group["id"], copy=False))


def get_vault(ctx: Context, request: Request, params: Params) -> Response:
    return ok(require(ctx, request_id(request)))


def update_access_policy(ctx: Context, request: Request, params: Params) -> Response:
    kind = params["kind"].lower()
    if kind not in _KINDS:
        raise errors.bad_request(f"The operation kind '{params['kind']}' is not valid: use add, replace or remove.")
    vault = require(ctx, request_id(request, drop=2))
    properties = request.json().get("properties")
    requested = properties.get("accessPolicies") if isinstance(properties, dict) else None
    if not isinstance(requested, list) or not all(_valid_policy(p) for p in requested):
        raise errors.bad_request(
            "properties.accessPolicies must be a list of policies with tenantId, objectId and permissions.",
            code="InvalidRequestContent",
        )

    def change(stored: Json) -> None:
        props = stored.setdefault("properties", {})
        props["accessPolicies"] = merge_policies(props.get("accessPolicies") or [], requested, kind)

    ctx.store.update(vault["id"], change)
    return ok(
        {
            "id": f"{vault['id']}/accessPolicies/",
            "type": "Microsoft.KeyVault/vaults/accessPolicies",
            "properties": {"accessPolicies": copy.deepcopy(requested)},
        }
    )


def _valid_policy(policy: Any) -> bool:
    return (
        isinstance(policy, dict)
        and isinstance(policy.get("tenantId"), str)
        and isinstance(policy.get("objectId"), str)
        and isinstance(policy.get("permissions"), dict)
    )


def _identity(policy: Json) -> tuple[str, str, str]:
    return (
        str(policy.get("tenantId", "")).lower(),
        str(policy.get("objectId", "")).lower(),
        str(policy.get("applicationId") or "").lower(),
    )


def merge_policies(existing: list[Json], requested: list[Json], kind: str) -> list[Json]:
    """Key Vault's rules: add unions permissions into the matching policy (or appends one), remove
    takes them away (dropping a policy left with none), replace swaps a policy's permissions whole."""
    result = copy.deepcopy(existing)
    for wanted in requested:
        match = next((p for p in result if _identity(p) == _identity(wanted)), None)
        if match is None:
            if kind != "remove":
                result.append(copy.deepcopy(wanted))
            continue
        have: Json = match.setdefault("permissions", {})
        for category, names in (wanted.get("permissions") or {}).items():
            current = [str(n) for n in have.get(category) or []]
            asked = [str(n) for n in names or []]
            if kind == "add":
                lowered = {n.lower() for n in current}
                have[category] = current + [n for n in dict.fromkeys(asked) if n.lower() not in lowered]
            elif kind == "remove":
                dropped = {n.lower() for n in asked}
                have[category] = [n for n in current if n.lower() not in dropped]
        if kind == "replace":
            match["permissions"] = copy.deepcopy(wanted.get("permissions") or {})
        if kind == "remove" and not any(match.get("permissions", {}).values()):
            result.remove(match)
    return result


_RG = "subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.KeyVault/vaults"

ROUTES: list[Route] = [
    route("GET", "subscriptions/{subscription}/providers/Microsoft.KeyVault/vaults", list_vaults_all),
    route("GET", _RG, list_vaults),
    route("GET", f"{_RG}/{{vault}}", get_vault),
    route("PUT", f"{_RG}/{{vault}}/accessPolicies/{{kind}}", update_access_policy, Access.WRITE, target_drop=2),
]
