"""ARM's authentication and authorization, for tenant files that declare a directory with accounts.

In ARM's order: the token must be one the simulated Entra ID signed and not expired (401
ExpiredAuthenticationToken otherwise, with ARM's WWW-Authenticate header), issued by the tenant that owns
the subscription (401 InvalidAuthenticationTokenTenant), satisfy Conditional Access (401 with an
`insufficient_claims` challenge for accounts marked `"mfa": "claimsChallenge"`), and the caller's role
assignments must allow the request's action on its scope (403 AuthorizationFailed). Listing subscriptions
and tenants is never refused: the lists hold what the caller can reach.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

from core.simulator import ids, rbac
from core.simulator.context import Context
from core.simulator.directory import MFA_CLAIMS_CHALLENGE
from core.simulator.errors import ArmError
from core.simulator.messages import Request
from core.simulator.tokens import TokenError

Json = dict[str, Any]
# What Conditional Access asks for when MFA is missing (an authentication context, as CAE sends it).
MFA_CLAIMS = {"access_token": {"acrs": {"essential": True, "value": "c1"}}}


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def caller(ctx: Context, request: Request) -> Json | None:
    """The verified claims of the request's token, or None when the directory does not check tokens."""
    token = bearer(request)
    if token is None or not ctx.directory.enforced:
        return None
    try:
        return ctx.signer.verify(token)
    except TokenError:
        return None


def _when(seconds: int) -> str:
    moment = datetime.fromtimestamp(seconds, UTC)
    return f"{moment.month}/{moment.day}/{moment.year} {moment.strftime('%I:%M:%S %p').lstrip('0')}"


def authenticate(ctx: Context, request: Request, token: str) -> Json:
    """The caller's claims; ArmError 401 as ARM answers a token it does not accept."""
    try:
        claims = ctx.signer.verify(token)
    except TokenError as error:
        if error.reason == "expired":
            expiry, now = _when(int(error.claims.get("exp", 0))), _when(ctx.signer.now())
            message = f"The access token expiry UTC time '{expiry}' is earlier than current UTC time '{now}'."
            raise ArmError(
                401,
                "ExpiredAuthenticationToken",
                message,
                {
                    "WWW-Authenticate": 'Bearer authorization_uri="https://login.windows.net/", '
                    f'error="invalid_token", error_description="{message}"'
                },
            ) from error
        raise ArmError(
            401,
            "InvalidAuthenticationToken",
            "The access token is invalid.",
            {
                "WWW-Authenticate": 'Bearer authorization_uri="https://login.windows.net/", error="invalid_token", '
                'error_description="The access token is invalid."'
            },
        ) from error
    account = ctx.directory.account(str(claims.get("oid", "")))
    if account is None:
        raise ArmError(401, "InvalidAuthenticationToken", "The access token is invalid.")
    subscription = ids.subscription_id(request.path)
    if subscription:
        owner = _subscription_tenant(ctx, subscription)
        tid = str(claims.get("tid", ""))
        if owner is not None and owner.lower() != tid.lower():
            authority = f"{ctx.base_url}/{owner}"
            raise ArmError(
                401,
                "InvalidAuthenticationTokenTenant",
                f"The access token is from the wrong issuer 'https://sts.windows.net/{tid}/'. It must match the "
                f"tenant 'https://sts.windows.net/{owner}/' associated with this subscription. Please use the "
                f"authority (URL) '{authority}' to get the token.",
                {
                    "WWW-Authenticate": f'Bearer authorization_uri="{authority}", error="invalid_token", '
                    'error_description="The access token is from the wrong issuer."'
                },
            )
    if account.mfa == MFA_CLAIMS_CHALLENGE and "mfa" not in claims.get("amr", []):
        encoded = base64.urlsafe_b64encode(json.dumps(MFA_CLAIMS).encode()).rstrip(b"=").decode()
        raise ArmError(
            401,
            "InvalidAuthenticationToken",
            "Conditional Access requires multi-factor authentication for this request.",
            {
                "WWW-Authenticate": 'Bearer authorization_uri="https://login.windows.net/", '
                f'error="insufficient_claims", claims="{encoded}"'
            },
        )
    return claims


def authorize(ctx: Context, request: Request, claims: Json, action: str, scope: str) -> None:
    """403 AuthorizationFailed unless the caller's roles allow `action` on `scope`."""
    segments = [s.lower() for s in request.segments]
    if segments in (["subscriptions"], ["tenants"]) or segments[-2:] == ["microsoft.authorization", "permissions"]:
        return  # lists hold only what the caller reaches; anyone may ask what they may do
    oid = str(claims.get("oid", ""))
    if rbac.allows(ctx.directory.permissions(oid, scope), action):
        return
    raise ArmError(
        403,
        "AuthorizationFailed",
        f"The client '{claims.get('upn', oid)}' with object id '{oid}' does not have authorization to perform "
        f"action '{action}' over scope '{scope}' or the scope is invalid. If access was recently granted, please "
        "refresh your credentials.",
    )


def _subscription_tenant(ctx: Context, subscription_id: str) -> str | None:
    sub = next((s for s in ctx.store.subscriptions() if s["subscriptionId"].lower() == subscription_id.lower()), None)
    if sub is None:
        return None
    return str(sub.get("tenantId") or ctx.store.tenant_id)


def visible_subscriptions(ctx: Context, request: Request) -> list[Json]:
    """The subscriptions ARM lists for the caller: of the token's tenant, with some role in them."""
    subs = ctx.store.subscriptions()
    claims = caller(ctx, request)
    if claims is None:
        return subs
    tid, oid = str(claims.get("tid", "")).lower(), str(claims.get("oid", ""))
    return [
        s
        for s in subs
        if str(s.get("tenantId") or ctx.store.tenant_id).lower() == tid
        and ctx.directory.has_access_under(oid, f"/subscriptions/{s['subscriptionId']}")
    ]
