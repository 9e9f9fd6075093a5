"""A credential for endpoints that need a bearer token but no sign-in: the local simulator.

Real Azure uses any azure-identity credential (interactive sign-in has its own module); this one
never leaves the machine and is refused by nothing but the simulator.
"""

from __future__ import annotations

import time
from typing import Any

from azure.core.credentials import AccessToken, AccessTokenInfo, TokenRequestOptions


class OfflineTokenCredential:
    """Returns a fixed bearer token, valid for an hour from each request."""

    def __init__(self, token: str = "backup-doctor-offline-token") -> None:
        self._token = token

    def get_token(
        self,
        *scopes: str,
        claims: str | None = None,
        tenant_id: str | None = None,
        enable_cae: bool = False,
        **kwargs: Any,
    ) -> AccessToken:
        return AccessToken(self._token, int(time.time()) + 3600)

    def get_token_info(self, *scopes: str, options: TokenRequestOptions | None = None) -> AccessTokenInfo:
        return AccessTokenInfo(self._token, int(time.time()) + 3600)
