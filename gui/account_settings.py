"""What the app remembers about signing in, in QSettings: the cloud, the proxy and CA bundle, and per account
(by object id) the tenant and subscriptions picked. Never a token or secret: those live in the OS's
encrypted store (MSAL cache) and the keyring (AuthenticationRecord), see core/azure/signin.py."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from core.azure.target import CLOUDS

_CLOUD = "azure/cloud"
_PROXY = "azure/proxy"
_CA_BUNDLE = "azure/caBundle"


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


class AccountSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @property
    def cloud(self) -> str:
        value = _text(self._settings.value(_CLOUD))
        return value if value in CLOUDS else "AzureCloud"

    @cloud.setter
    def cloud(self, value: str) -> None:
        self._settings.setValue(_CLOUD, value)

    @property
    def proxy(self) -> str:
        return _text(self._settings.value(_PROXY))

    @proxy.setter
    def proxy(self, value: str) -> None:
        self._settings.setValue(_PROXY, value.strip())

    @property
    def ca_bundle(self) -> str:
        return _text(self._settings.value(_CA_BUNDLE))

    @ca_bundle.setter
    def ca_bundle(self, value: str) -> None:
        self._settings.setValue(_CA_BUNDLE, value.strip())

    def tenant(self, object_id: str) -> str:
        return _text(self._settings.value(f"accounts/{object_id}/tenant"))

    def subscriptions(self, object_id: str, tenant_id: str) -> list[str]:
        value = self._settings.value(f"accounts/{object_id}/subscriptions/{tenant_id}")
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def remember(self, object_id: str, tenant_id: str, subscriptions: list[str]) -> None:
        self._settings.setValue(f"accounts/{object_id}/tenant", tenant_id)
        self._settings.setValue(f"accounts/{object_id}/subscriptions/{tenant_id}", list(subscriptions))

    def sync(self) -> None:
        self._settings.sync()
