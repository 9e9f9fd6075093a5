"""Signing in to Azure (or the simulated Entra ID) with azure-identity, and remembering it safely.

- Methods: the system browser (InteractiveBrowserCredential: auth code + PKCE, redirect to localhost), device
  code (DeviceCodeCredential) for locked-down desktops and terminals, an existing Azure CLI login
  (AzureCliCredential, when `az` is on PATH) and, when the optional `azure-identity-broker` package is
  installed, the Web Account Manager broker (InteractiveBrowserBrokerCredential).
- Tokens: MSAL's cache persisted through `TokenCachePersistenceOptions(allow_unencrypted_storage=False)`
  (DPAPI, Keychain, libsecret). Where the system cannot encrypt, azure-identity raises ValueError at first
  use; the credential is then rebuilt with an in-memory cache and `notice` says so, once.
- The AuthenticationRecord (account, tenant, authority: no secret) is kept with `keyring`, so the next start
  signs in silently. keyring failing (no backend) only means the next start asks again.
- One credential per sign-in, allowed in any tenant the account reaches (`additionally_allowed_tenants`);
  `for_tenant` hands the gateway a view of it bound to one tenant, so switching tenant reuses the refresh
  token silently and asks interactively only when the directory demands it.

Nothing here prints, logs or stores a token.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

import keyring
from azure.core.credentials import AccessToken, TokenCredential
from azure.core.exceptions import ClientAuthenticationError, ServiceRequestError
from azure.identity import (
    AuthenticationRecord,
    AuthenticationRequiredError,
    AzureCliCredential,
    DeviceCodeCredential,
    InteractiveBrowserCredential,
    TokenCachePersistenceOptions,
)
from keyring.errors import KeyringError, PasswordDeleteError

from core.azure.identity import Identity
from core.azure.target import Target
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.secret_storage import token_cache_encryption

_log = logging.getLogger(__name__)
# azure-identity logs each failed attempt at WARNING; without this, Python's last-resort handler would print
# them (with the identity platform's raw text) on stderr. Failures reach the user through SignInError.
logging.getLogger("azure.identity").addHandler(logging.NullHandler())
_CTX = "SignIn"
KEYRING_SERVICE = "Backup Doctor"
CACHE_NAME = "backup-doctor"
# Seconds the browser flow waits for the redirect before giving up with a message.
DEFAULT_TIMEOUT = 300


class Method(StrEnum):
    BROWSER = "browser"
    DEVICE_CODE = "device-code"
    AZURE_CLI = "azure-cli"
    BROKER = "broker"


@dataclass(frozen=True)
class DeviceCode:
    """What the person must do on another device: open `uri`, type `code`."""

    uri: str
    code: str
    expires_on: datetime | None


class Reason(StrEnum):
    CANCELLED = "cancelled"
    TIMEOUT = "timeout"
    MFA_REQUIRED = "mfa-required"
    NOT_SIGNED_IN = "not-signed-in"
    FAILED = "failed"


class SignInError(Exception):
    def __init__(self, reason: Reason, message: Msg) -> None:
        super().__init__(message.render())
        self.reason = reason
        self.message = message


def _msg(text: str, **args: object) -> Msg:
    return Msg(_CTX, text, args)


NOTICE_IN_MEMORY = QT_TRANSLATE_NOOP(
    "SignIn",
    "This computer has no encrypted store for sign-in tokens (on Linux: the Secret Service, e.g. GNOME Keyring), "
    "so they are kept in memory only: you will be asked to sign in again next time.",
)
NOTICE_NO_KEYRING = QT_TRANSLATE_NOOP(
    "SignIn", "The system keyring is not available, so the account is not remembered for the next start."
)


def describe_failure(error: Exception) -> SignInError:
    """A sign-in failure as a plain sentence, by what the identity platform answered."""
    text = str(error)
    if isinstance(error, SignInError):
        return error
    if "access_denied" in text or "AADSTS65004" in text or "authorization_declined" in text:
        return SignInError(Reason.CANCELLED, _msg(QT_TRANSLATE_NOOP("SignIn", "Sign-in was cancelled.")))
    if "Timed out" in text or "expired_token" in text:
        return SignInError(
            Reason.TIMEOUT,
            _msg(
                QT_TRANSLATE_NOOP(
                    "SignIn",
                    "Sign-in timed out: the browser did not come back. Try again, or sign in with a device code.",
                )
            ),
        )
    if "AADSTS50076" in text or "AADSTS50079" in text or "interaction_required" in text or "AADSTS53" in text:
        return SignInError(
            Reason.MFA_REQUIRED,
            _msg(
                QT_TRANSLATE_NOOP(
                    "SignIn",
                    "Your organisation requires multi-factor authentication or another Conditional Access step. "
                    "Sign in again and complete it in the browser.",
                )
            ),
        )
    if _unreachable(error):
        return SignInError(
            Reason.FAILED,
            _msg(
                QT_TRANSLATE_NOOP(
                    "SignIn",
                    "Could not reach the sign-in service. Check the network connection, the proxy and the CA bundle.",
                )
            ),
        )
    if isinstance(error, AuthenticationRequiredError):
        return SignInError(Reason.NOT_SIGNED_IN, _msg(QT_TRANSLATE_NOOP("SignIn", "Sign in to continue.")))
    detail = _aadsts(text)
    return SignInError(
        Reason.FAILED,
        _msg(QT_TRANSLATE_NOOP("SignIn", "Sign-in failed: {reason}"), reason=detail or type(error).__name__),
    )


def _unreachable(error: BaseException) -> bool:
    seen: BaseException | None = error
    for _ in range(6):
        if seen is None:
            return False
        if isinstance(seen, ServiceRequestError | ConnectionError) or type(seen).__name__ == "ConnectionError":
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _aadsts(text: str) -> str:
    """The identity platform's own sentence (AADSTS code and description), one line, no token material."""
    for line in text.splitlines():
        if "AADSTS" in line:
            return line.strip()[:300]
    return text.splitlines()[0].strip()[:300] if text.strip() else ""


class RecordStore:
    """The AuthenticationRecord in the system keyring, one per authority. It holds no secret."""

    def __init__(self, service: str = KEYRING_SERVICE) -> None:
        self.service = service

    def _user(self, authority: str) -> str:
        return f"authentication-record:{authority}"

    def load(self, authority: str) -> AuthenticationRecord | None:
        try:
            text = keyring.get_password(self.service, self._user(authority))
        except KeyringError:
            return None
        if not text:
            return None
        try:
            return AuthenticationRecord.deserialize(text)
        except (ValueError, KeyError, TypeError):
            return None

    def save(self, authority: str, record: AuthenticationRecord) -> bool:
        try:
            keyring.set_password(self.service, self._user(authority), record.serialize())
        except KeyringError:
            return False
        return True

    def delete(self, authority: str) -> None:
        with contextlib.suppress(PasswordDeleteError, KeyringError):
            keyring.delete_password(self.service, self._user(authority))


def broker_available() -> bool:
    return importlib.util.find_spec("azure.identity.broker") is not None


def azure_cli_available() -> bool:
    return shutil.which("az") is not None


class _TenantCredential:
    """A credential bound to one tenant: every token request names it.

    Requests that carry a claims challenge (Conditional Access asking for MFA) may need the browser; they are
    answered one at a time, so a scan's parallel calls that all meet the challenge open one sign-in, and the
    others then succeed silently with the refresh token that sign-in brought."""

    def __init__(self, inner: Any, tenant_id: str, interactive: threading.Lock | None = None) -> None:
        self._inner = inner
        self.tenant_id = tenant_id
        self._interactive = interactive or threading.Lock()

    def get_token(
        self,
        *scopes: str,
        claims: str | None = None,
        tenant_id: str | None = None,
        enable_cae: bool = False,
        **kwargs: Any,
    ) -> AccessToken:
        tenant = tenant_id or self.tenant_id
        if claims:
            with self._interactive:
                token: AccessToken = self._inner.get_token(
                    *scopes, claims=claims, tenant_id=tenant, enable_cae=enable_cae, **kwargs
                )
            return token
        token = self._inner.get_token(*scopes, tenant_id=tenant, enable_cae=enable_cae, **kwargs)
        return token


@dataclass
class SignIn:
    """One person's sign-in to one cloud (or the simulated Entra ID). Blocking calls: run them off the UI
    thread. `notice` collects one-time messages (tokens kept in memory, keyring missing)."""

    target: Target
    records: RecordStore = field(default_factory=RecordStore)
    timeout: float = DEFAULT_TIMEOUT
    persist: bool = True
    notices: list[Msg] = field(default_factory=list)
    credential: Any = None
    identity: Identity | None = None
    method: Method | None = None
    _record: AuthenticationRecord | None = None
    _interactive: threading.Lock = field(default_factory=threading.Lock)
    _cache_probed: bool = False

    @property
    def authority(self) -> str:
        if self.target.authority is None:
            raise ValueError(f"{self.target.label} needs no sign-in")
        return self.target.authority

    def methods(self) -> list[Method]:
        """What this computer offers, browser first."""
        found = [Method.BROWSER, Method.DEVICE_CODE]
        if azure_cli_available():
            found.append(Method.AZURE_CLI)
        if broker_available():
            found.append(Method.BROKER)
        return found

    # --- credentials ---------------------------------------------------------------------------

    def _common(self, persist: bool) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"authority": self.authority, "additionally_allowed_tenants": ["*"]}
        if self.target.ca_file:
            kwargs["connection_verify"] = self.target.ca_file
        if self.target.proxy:
            kwargs["proxies"] = {"https": self.target.proxy, "http": self.target.proxy}
        if self.authority.startswith("https://"):
            # The simulated Entra ID (or a private authority): no instance discovery against Microsoft's hosts.
            kwargs["disable_instance_discovery"] = True
        if persist:
            kwargs["cache_persistence_options"] = TokenCachePersistenceOptions(
                name=CACHE_NAME, allow_unencrypted_storage=False
            )
        return kwargs

    def _build(
        self,
        method: Method,
        persist: bool,
        *,
        tenant_id: str | None = None,
        record: AuthenticationRecord | None = None,
        hint: str | None = None,
        device_code: Callable[[DeviceCode], None] | None = None,
        silent_only: bool = False,
    ) -> Any:
        if method is Method.AZURE_CLI:
            return AzureCliCredential(tenant_id=tenant_id or "", additionally_allowed_tenants=["*"])
        kwargs = self._common(persist)
        if tenant_id:
            kwargs["tenant_id"] = tenant_id
        if record is not None:
            kwargs["authentication_record"] = record
            del kwargs["authority"]  # the record carries it (and azure-identity refuses both)
        elif hint and method is Method.BROWSER:
            kwargs["login_hint"] = hint
        if silent_only:
            kwargs["disable_automatic_authentication"] = True
        if method is Method.DEVICE_CODE:

            def prompt(uri: str, code: str, expires_on: datetime) -> None:
                if device_code is not None:
                    device_code(DeviceCode(uri, code, expires_on))

            return DeviceCodeCredential(prompt_callback=prompt, timeout=int(self.timeout), **kwargs)
        if method is Method.BROKER:
            from azure.identity.broker import (  # type: ignore[import-not-found]  # optional package
                InteractiveBrowserBrokerCredential,
            )

            return InteractiveBrowserBrokerCredential(use_default_broker_account=True, **kwargs)
        return InteractiveBrowserCredential(timeout=int(self.timeout), **kwargs)

    def _with_cache(self, make: Callable[[bool], Any], use: Callable[[Any], Any]) -> tuple[Any, Any]:
        """Build with the encrypted persistent cache; where the system cannot encrypt, in memory (once noted)."""
        if self.persist and not self._cache_probed:
            # Asked before an interactive flow starts: azure-identity only finds out once the user has signed
            # in, and falling back then would ask again (a second device code, a second browser window).
            self._cache_probed = True
            if not token_cache_encryption().available:
                _log.info("no encrypted token cache on this system: tokens stay in memory")
                self.persist = False
                self._note(NOTICE_IN_MEMORY)
        if self.persist:
            credential = make(True)
            try:
                return credential, use(credential)
            except Exception as error:
                if not _no_encrypted_cache(error):
                    raise
                _log.info("no encrypted token cache on this system: tokens stay in memory")
                self.persist = False
                self._note(NOTICE_IN_MEMORY)
        credential = make(False)
        return credential, use(credential)

    def _note(self, text: str) -> None:
        message = _msg(text)
        if all(n.source != text for n in self.notices):
            self.notices.append(message)

    # --- the flows ------------------------------------------------------------------------------

    def sign_in(
        self,
        method: Method = Method.BROWSER,
        *,
        tenant_id: str | None = None,
        device_code: Callable[[DeviceCode], None] | None = None,
        claims: str | None = None,
    ) -> Identity:
        """Interactive sign-in (browser, device code, broker) or Azure CLI reuse; raises SignInError."""
        scope = self.target.credential_scope
        known = self._record or self.records.load(self.authority)
        hint = known.username if known is not None else None

        def make(persist: bool) -> Any:
            return self._build(
                method, persist, tenant_id=tenant_id, hint=hint, device_code=device_code, silent_only=False
            )

        def use(cred: Any) -> Any:
            if method is Method.AZURE_CLI:
                cred.get_token(scope)
                return None
            return cred.authenticate(scopes=[scope], claims=claims) if claims else cred.authenticate(scopes=[scope])

        try:
            credential, record = self._with_cache(make, use)
        except Exception as error:  # azure-identity raises ClientAuthenticationError and friends
            raise describe_failure(error) from error
        self.credential, self.method = credential, method
        if record is not None:
            self._remember(record)
        else:
            self.identity = self._identity_from_token(tenant_id)
        assert self.identity is not None
        return self.identity

    def restore(self) -> Identity | None:
        """Sign in silently from the remembered record and the token cache; None when a prompt is needed."""
        record = self.records.load(self.authority)
        if record is None:
            return None

        def make(persist: bool) -> Any:
            return self._build(Method.BROWSER, persist, record=record, silent_only=True)

        def use(cred: Any) -> Any:
            cred.get_token(self.target.credential_scope)
            return cred

        try:
            credential, _ = self._with_cache(make, use)
        except (AuthenticationRequiredError, ClientAuthenticationError):
            self._record = record  # the next interactive sign-in names the account
            return None
        del credential  # it may only answer silently; the session's credential may also ask (MFA, claims)
        self.credential = self._build(Method.BROWSER, self.persist, record=record)
        self.method = Method.BROWSER
        self._record = record
        self.identity = _identity(record, record.tenant_id)
        return self.identity

    def _remember(self, record: AuthenticationRecord) -> None:
        self._record = record
        self.identity = _identity(record, record.tenant_id)
        if not self.records.save(self.authority, record):
            self._note(NOTICE_NO_KEYRING)

    def _identity_from_token(self, tenant_id: str | None) -> Identity:
        """Azure CLI gives no record: read who from the access token's claims (not stored anywhere)."""
        token = self.credential.get_token(self.target.credential_scope)
        claims = _claims(token.token)
        return Identity(
            str(claims.get("upn") or claims.get("unique_name") or claims.get("preferred_username") or ""),
            str(claims.get("oid", "")),
            str(claims.get("tid") or tenant_id or ""),
        )

    def for_tenant(self, tenant_id: str) -> TokenCredential:
        """The signed-in credential bound to `tenant_id` (a switch re-authenticates for that tenant)."""
        if self.credential is None:
            raise SignInError(Reason.NOT_SIGNED_IN, _msg(QT_TRANSLATE_NOOP("SignIn", "Sign in to continue.")))
        return _TenantCredential(self.credential, tenant_id, self._interactive)

    def sign_out(self) -> None:
        """Forget the account: the keyring record and the persisted token cache (tokens in memory go with
        the credential)."""
        self.records.delete(self.authority)
        _clear_persistent_cache()
        self.credential = None
        self.identity = None
        self._record = None
        self.method = None


def _no_encrypted_cache(error: BaseException) -> bool:
    """azure-identity raises ValueError ("Cache encryption is impossible ...") when it loads a persistent cache
    it cannot encrypt; authenticate() wraps it in ClientAuthenticationError with the ValueError chained."""
    seen: BaseException | None = error
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, ValueError) and "encrypt" in str(seen).lower():
            return True
        if "Cache encryption is impossible" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _identity(record: AuthenticationRecord, tenant_id: str) -> Identity:
    object_id = record.home_account_id.split(".")[0]
    home = record.home_account_id.split(".")[1] if "." in record.home_account_id else record.tenant_id
    return Identity(record.username, object_id, tenant_id, home)


def _claims(token: str) -> dict[str, Any]:
    import base64

    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        decoded = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:
        return {}
    return decoded if isinstance(decoded, dict) else {}


def _clear_persistent_cache() -> None:
    """Empty Backup Doctor's own MSAL token cache (named `backup-doctor`, so other apps' caches stay): every
    entry removed through msal-extensions, which writes the emptied cache back to the OS's encrypted store.
    azure-identity has no public call for this, so its loader (`_persistent_cache._load_persistent_cache`,
    the one the credentials use) opens the same store. Without an encrypted store there is nothing on disk."""
    try:
        from azure.identity._persistent_cache import _load_persistent_cache
        from msal import TokenCache  # type: ignore[import-untyped]
    except ImportError:
        return
    kinds = (
        TokenCache.CredentialType.ACCESS_TOKEN,
        TokenCache.CredentialType.REFRESH_TOKEN,
        TokenCache.CredentialType.ID_TOKEN,
        TokenCache.CredentialType.ACCOUNT,
        TokenCache.CredentialType.APP_METADATA,
    )
    options = TokenCachePersistenceOptions(name=CACHE_NAME, allow_unencrypted_storage=False)
    for is_cae in (False, True):
        try:
            cache = _load_persistent_cache(options, is_cae)
            for kind in kinds:
                for entry in list(cache.search(kind)):
                    cache.modify(kind, entry)  # no new values: the entry is removed
        except Exception:  # no encrypted store here, or it is locked: tokens were only ever in memory
            _log.info("no persisted token cache to clear")
