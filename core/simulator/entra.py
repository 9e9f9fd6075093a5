"""The simulated Microsoft Entra ID: the identity platform endpoints MSAL (and so azure-identity) uses.

Served on the simulator's HTTPS server beside ARM, under `/{tenant}/...` where {tenant} is a directory id,
`organizations` or `common`:

  GET  /{tenant}/v2.0/.well-known/openid-configuration   OpenID discovery
  GET  /{tenant}/discovery/v2.0/keys                     the signing key (JWKS)
  GET  /{tenant}/oauth2/v2.0/authorize                   the sign-in page: auth code with PKCE
  POST /{tenant}/oauth2/v2.0/token                       authorization_code, refresh_token, device_code grants
  POST /{tenant}/oauth2/v2.0/devicecode                  starts the device code flow
  GET  /{tenant}/oauth2/v2.0/deviceauth                  where the person enters the device code

The "person at the browser" answers the sign-in pages through query parameters, which the pages' links
add: `username=` picks the account, `mfa=approved` passes the second factor, `consent=granted` consents,
`cancel=1` cancels (the redirect then carries `error=access_denied`, as Entra's does). Errors follow the
identity platform's shape (`error`, `error_description` starting with the AADSTS code, `error_codes`).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from core.simulator.context import Context
from core.simulator.directory import MFA_AT_SIGN_IN, MFA_CLAIMS_CHALLENGE, Account
from core.simulator.messages import Request, Response

Json = dict[str, Any]
_SECTIONS = {"v2.0", "oauth2", "discovery"}
_GENERIC_TENANTS = {"organizations", "common"}
_OIDC_SCOPES = {"openid", "profile", "offline_access", "email"}
DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


@dataclass
class _Grant:
    """What a code, refresh token or approved device code stands for."""

    account: Account
    client_id: str
    scopes: list[str]
    tenant: str
    mfa: bool
    nonce: str | None = None
    redirect_uri: str = ""
    code_challenge: str = ""


@dataclass
class _DeviceFlow:
    user_code: str
    client_id: str
    scopes: list[str]
    tenant: str
    expires: int
    grant: _Grant | None = None
    declined: bool = False


@dataclass
class EntraState:
    codes: dict[str, _Grant] = field(default_factory=dict)
    refresh_tokens: dict[str, _Grant] = field(default_factory=dict)
    devices: dict[str, _DeviceFlow] = field(default_factory=dict)
    consented: set[tuple[str, str]] = field(default_factory=set)
    # How many tokens each grant type issued (tests read it: silent refresh, interactive prompts).
    issued: dict[str, int] = field(default_factory=dict)
    # Every token handed out (access, id, refresh), so tests can prove none is written anywhere.
    secrets: list[str] = field(default_factory=list)


class SimulatedEntra:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.state = EntraState()
        self._lock = threading.Lock()

    @property
    def directory(self) -> Any:
        return self.context.directory

    def handles(self, request: Request) -> bool:
        segments = request.segments
        return len(segments) >= 2 and segments[1].lower() in _SECTIONS and segments[0].lower() != "subscriptions"

    def authority(self, tenant: str) -> str:
        return f"{self.context.base_url}/{tenant}"

    # --- dispatch ------------------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        tenant = request.segments[0]
        rest = "/".join(s.lower() for s in request.segments[1:])
        with self._lock:
            if rest == "v2.0/.well-known/openid-configuration" and request.method == "GET":
                return self._discovery(tenant)
            if rest == "discovery/v2.0/keys" and request.method == "GET":
                return Response(200, self.context.signer.jwks())
            if rest == "oauth2/v2.0/authorize" and request.method == "GET":
                return self._authorize(tenant, request)
            if rest == "oauth2/v2.0/token" and request.method == "POST":
                return self._token(tenant, _form(request))
            if rest == "oauth2/v2.0/devicecode" and request.method == "POST":
                return self._device_code(tenant, _form(request))
            if rest == "oauth2/v2.0/deviceauth" and request.method == "GET":
                return self._device_auth(tenant, request)
        return _oauth_error(404, "invalid_request", 90002, f"No identity endpoint at {request.path}.")

    def _discovery(self, tenant: str) -> Response:
        if not self._known_tenant(tenant):
            return _oauth_error(400, "invalid_tenant", 90002, f"Tenant '{tenant}' not found.")
        base = self.authority(tenant)
        issuer_tenant = "{tenantid}" if tenant.lower() in _GENERIC_TENANTS else tenant
        return Response(
            200,
            {
                "issuer": f"{self.context.base_url}/{issuer_tenant}/v2.0",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                "jwks_uri": f"{base}/discovery/v2.0/keys",
                "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
                "response_modes_supported": ["query", "fragment", "form_post"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "scopes_supported": ["openid", "profile", "email", "offline_access"],
                "token_endpoint_auth_methods_supported": [
                    "client_secret_post",
                    "private_key_jwt",
                    "client_secret_basic",
                ],
                "code_challenge_methods_supported": ["plain", "S256"],
                "tenant_region_scope": None,
            },
        )

    def _known_tenant(self, tenant: str) -> bool:
        return tenant.lower() in _GENERIC_TENANTS or self.directory.tenant(tenant) is not None

    # --- authorize: the sign-in page -----------------------------------------------------------

    def _authorize(self, tenant: str, request: Request) -> Response:
        q = {k: v for k, v in parse_qsl(request.raw_query, keep_blank_values=True)}
        redirect_uri = q.get("redirect_uri", "")
        state = q.get("state", "")
        if not redirect_uri.startswith(("http://localhost", "http://127.0.0.1")):
            return _page("Sign in", "<p>AADSTS50011: The redirect URI does not match a reply address of the app.</p>")
        if q.get("cancel"):
            return _redirect(
                redirect_uri,
                error="access_denied",
                error_description="AADSTS65004: User declined to consent to access the app.",
                state=state,
            )
        if q.get("code_challenge_method", "plain") != "S256" or not q.get("code_challenge"):
            return _redirect(
                redirect_uri,
                error="invalid_request",
                error_description="AADSTS501491: Invalid size of Code_Challenge parameter.",
                state=state,
            )
        account = self.directory.by_name(q.get("username") or q.get("login_hint") or "")
        if account is None:
            return self._account_picker(request, q)
        tenant_id = self._token_tenant(tenant, account)
        if tenant_id is None:
            return _redirect(
                redirect_uri,
                error="invalid_request",
                error_description=f"AADSTS50020: User account '{account.user_principal_name}' does not exist in "
                f"tenant '{tenant}' and cannot access the application in that tenant.",
                state=state,
            )
        needs_mfa = account.mfa == MFA_AT_SIGN_IN or (
            account.mfa == MFA_CLAIMS_CHALLENGE and _claims_ask_mfa(q.get("claims"))
        )
        if needs_mfa and q.get("mfa") != "approved":
            return _page(
                "Approve sign in request",
                f"<p>Approve the request on your phone to sign in as {html.escape(account.user_principal_name)}.</p>"
                + _links(request, q, {"mfa": "approved"}, "I approved it"),
            )
        client_id = q.get("client_id", "")
        if account.consent and (account.object_id, client_id) not in self.state.consented:
            if q.get("consent") != "granted":
                return _page(
                    "Permissions requested",
                    "<p>This app would like to access Azure Service Management as you.</p>"
                    + _links(request, q, {"consent": "granted"}, "Accept"),
                )
            self.state.consented.add((account.object_id, client_id))
        code = secrets.token_urlsafe(24)
        self.state.codes[code] = _Grant(
            account,
            client_id,
            q.get("scope", "").split(),
            tenant_id,
            mfa=needs_mfa or account.mfa == MFA_AT_SIGN_IN,
            nonce=q.get("nonce"),
            redirect_uri=redirect_uri,
            code_challenge=q.get("code_challenge", ""),
        )
        return _redirect(redirect_uri, code=code, state=state, session_state=secrets.token_hex(8))

    def _account_picker(self, request: Request, q: dict[str, str]) -> Response:
        items = "".join(
            f'<li><a class="account" href="{html.escape(_with(request, q, {"username": a.user_principal_name}))}">'
            f"{html.escape(a.display_name)} ({html.escape(a.user_principal_name)})</a></li>"
            for a in self.directory.accounts.values()
        )
        cancel = html.escape(_with(request, q, {"cancel": "1"}))
        return _page("Pick an account", f'<ul>{items}</ul><p><a id="cancel" href="{cancel}">Cancel</a></p>')

    def _token_tenant(self, requested: str, account: Account) -> str | None:
        if requested.lower() in _GENERIC_TENANTS:
            return account.home_tenant
        return next((t for t in account.tenants if t.lower() == requested.lower()), None)

    # --- token ---------------------------------------------------------------------------------

    def _token(self, tenant: str, form: dict[str, str]) -> Response:
        grant_type = form.get("grant_type", "")
        if grant_type == "authorization_code":
            grant = self.state.codes.pop(form.get("code", ""), None)
            if grant is None:
                return _oauth_error(400, "invalid_grant", 70008, "The provided authorization code is expired or used.")
            if form.get("redirect_uri", grant.redirect_uri) != grant.redirect_uri:
                return _oauth_error(400, "invalid_grant", 50011, "The redirect URI does not match the one used.")
            if _s256(form.get("code_verifier", "")) != grant.code_challenge:
                return _oauth_error(
                    400, "invalid_grant", 501481, "The Code_Verifier does not match the code_challenge supplied."
                )
            return self._issue(grant, grant_type)
        if grant_type == "refresh_token":
            held = self.state.refresh_tokens.get(form.get("refresh_token", ""))
            if held is None:
                return _oauth_error(400, "invalid_grant", 700082, "The refresh token has expired or been revoked.")
            tenant_id = self._token_tenant(tenant, held.account)
            if tenant_id is None:
                return _oauth_error(
                    400,
                    "invalid_grant",
                    50020,
                    f"User account '{held.account.user_principal_name}' does not exist in tenant '{tenant}'.",
                )
            if held.account.mfa == MFA_CLAIMS_CHALLENGE and _claims_ask_mfa(form.get("claims")) and not held.mfa:
                return _oauth_error(
                    400,
                    "interaction_required",
                    50076,
                    "Due to a configuration change made by your administrator, or because you moved to a new "
                    "location, you must use multi-factor authentication to access the resource.",
                    suberror="basic_action",
                )
            scopes = form.get("scope", "").split() or held.scopes
            return self._issue(_Grant(held.account, held.client_id, scopes, tenant_id, held.mfa), grant_type)
        if grant_type == DEVICE_CODE_GRANT:
            flow = self.state.devices.get(form.get("device_code", ""))
            if flow is None or flow.expires <= self.context.signer.now():
                return _oauth_error(400, "expired_token", 70020, "The device code has expired.")
            if flow.declined:
                return _oauth_error(400, "authorization_declined", 70000, "The user declined the sign in.")
            if flow.grant is None:
                return _oauth_error(400, "authorization_pending", 70016, "The user has not finished signing in yet.")
            del self.state.devices[form["device_code"]]
            return self._issue(flow.grant, grant_type)
        return _oauth_error(400, "unsupported_grant_type", 70003, f"The grant type '{grant_type}' is not supported.")

    def _issue(self, grant: _Grant, grant_type: str) -> Response:
        signer = self.context.signer
        now = signer.now()
        lifetime = self.directory.token_lifetime
        account = grant.account
        resource = next(
            (s for s in grant.scopes if s.lower() not in _OIDC_SCOPES), "https://management.azure.com/.default"
        )
        audience = resource.removesuffix("/.default").rstrip("/") + "/"
        access = signer.sign(
            {
                "aud": audience,
                "iss": f"https://sts.windows.net/{grant.tenant}/",
                "iat": now,
                "nbf": now,
                "exp": now + lifetime,
                "tid": grant.tenant,
                "oid": account.object_id,
                "sub": account.object_id,
                "upn": account.user_principal_name,
                "unique_name": account.user_principal_name,
                "name": account.display_name,
                "appid": grant.client_id,
                "scp": "user_impersonation",
                "amr": ["pwd", "mfa"] if grant.mfa else ["pwd"],
                "ver": "1.0",
            }
        )
        id_claims: Json = {
            "aud": grant.client_id,
            "iss": f"{self.context.base_url}/{grant.tenant}/v2.0",
            "iat": now,
            "nbf": now,
            "exp": now + lifetime,
            "tid": grant.tenant,
            "oid": account.object_id,
            "sub": account.object_id,
            "preferred_username": account.user_principal_name,
            "name": account.display_name,
            "ver": "2.0",
        }
        if grant.nonce:
            id_claims["nonce"] = grant.nonce
        refresh = secrets.token_urlsafe(32)
        self.state.refresh_tokens[refresh] = _Grant(account, grant.client_id, grant.scopes, grant.tenant, grant.mfa)
        self.state.issued[grant_type] = self.state.issued.get(grant_type, 0) + 1
        id_token = signer.sign(id_claims)
        self.state.secrets.extend((access, id_token, refresh))
        client_info = json.dumps({"uid": account.object_id, "utid": account.home_tenant}).encode()
        return Response(
            200,
            {
                "token_type": "Bearer",
                "scope": " ".join(s for s in grant.scopes if s.lower() not in {"openid", "profile", "offline_access"})
                or resource,
                "expires_in": lifetime,
                "ext_expires_in": lifetime,
                "access_token": access,
                "refresh_token": refresh,
                "id_token": id_token,
                "client_info": base64.urlsafe_b64encode(client_info).rstrip(b"=").decode("ascii"),
            },
            {"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    # --- device code ---------------------------------------------------------------------------

    def _device_code(self, tenant: str, form: dict[str, str]) -> Response:
        device_code = secrets.token_urlsafe(24)
        user_code = "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9))
        lifetime = 900
        self.state.devices[device_code] = _DeviceFlow(
            user_code,
            form.get("client_id", ""),
            form.get("scope", "").split(),
            tenant,
            self.context.signer.now() + lifetime,
        )
        uri = f"{self.authority(tenant)}/oauth2/v2.0/deviceauth"
        interval = int(self.directory.device_code_interval)
        return Response(
            200,
            {
                "device_code": device_code,
                "user_code": user_code,
                "verification_uri": uri,
                "expires_in": lifetime,
                "interval": interval,
                "message": f"To sign in, use a web browser to open the page {uri} and enter the code {user_code} "
                "to authenticate.",
            },
        )

    def _device_auth(self, tenant: str, request: Request) -> Response:
        q = {k: v for k, v in parse_qsl(request.raw_query, keep_blank_values=True)}
        flow = next((f for f in self.state.devices.values() if f.user_code == q.get("user_code", "").upper()), None)
        if flow is None:
            return _page("Enter code", "<p>Enter the code shown by the app: add ?user_code=CODE to this address.</p>")
        if q.get("cancel"):
            flow.declined = True
            return _page("Enter code", "<p>Sign in cancelled. You can close this window.</p>")
        account = self.directory.by_name(q.get("username", ""))
        if account is None:
            return self._account_picker(request, q)
        tenant_id = self._token_tenant(flow.tenant, account)
        if tenant_id is None:
            return _page("Enter code", "<p>AADSTS50020: this account does not exist in the tenant.</p>")
        mfa = account.mfa == MFA_AT_SIGN_IN
        if mfa and q.get("mfa") != "approved":
            return _page("Approve sign in request", _links(request, q, {"mfa": "approved"}, "I approved it"))
        flow.grant = _Grant(account, flow.client_id, flow.scopes, tenant_id, mfa)
        return _page("Signed in", "<p>You have signed in to the app on your device. You can close this window.</p>")


def _form(request: Request) -> dict[str, str]:
    return dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _claims_ask_mfa(claims: str | None) -> bool:
    """A claims request that asks for an authentication context (`acrs`) or MFA (`amr`) in the access token."""
    if not claims:
        return False
    try:
        parsed = json.loads(claims)
    except ValueError:
        return False
    wanted = parsed.get("access_token", {}) if isinstance(parsed, dict) else {}
    return isinstance(wanted, dict) and ("acrs" in wanted or "amr" in wanted)


def _oauth_error(status: int, error: str, code: int, description: str, **extra: str) -> Response:
    return Response(
        status,
        {"error": error, "error_description": f"AADSTS{code}: {description}", "error_codes": [code], **extra},
    )


def _redirect(uri: str, **params: str) -> Response:
    separator = "&" if "?" in uri else "?"
    return Response(302, None, {"Location": f"{uri}{separator}{urlencode(params)}", "Content-Length": "0"})


def _with(request: Request, q: dict[str, str], extra: dict[str, str]) -> str:
    return f"{request.raw_path}?{urlencode({**q, **extra})}"


def _links(request: Request, q: dict[str, str], extra: dict[str, str], label: str) -> str:
    go = html.escape(_with(request, q, extra))
    cancel = html.escape(_with(request, q, {"cancel": "1"}))
    return (
        f'<p><a id="continue" href="{go}">{html.escape(label)}</a></p><p><a id="cancel" href="{cancel}">Cancel</a></p>'
    )


def _page(title: str, body: str) -> Response:
    text = (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
        f"<body><h1>{html.escape(title)}</h1>{body}"
        "<p><small>Simulated Microsoft Entra ID (Backup Doctor)</small></p></body></html>"
    )
    return Response(200, None, raw=text.encode("utf-8"), content_type="text/html; charset=utf-8")
