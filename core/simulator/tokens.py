"""Signed JWTs as Microsoft Entra ID issues them (RS256, a key made when the server starts).

Access tokens are v1-shaped as ARM receives them (`iss` https://sts.windows.net/{tid}/, `aud` the ARM
resource, `tid`, `oid`, `upn`, `scp`, `amr`); id tokens are v2 (`iss` {authority}/{tid}/v2.0, `aud` the client,
`nonce`, `preferred_username`). The ARM side verifies the signature and the expiry with the same key.
"""

from __future__ import annotations

import base64
import time
import uuid
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

Json = dict[str, Any]
KEY_ID = "backup-doctor-simulator"


class TokenError(Exception):
    def __init__(self, reason: str, claims: Json | None = None) -> None:
        super().__init__(reason)
        self.reason = reason  # "expired", "invalid"
        self.claims = claims or {}


class TokenSigner:
    def __init__(self) -> None:
        self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        # Seconds added to the server's clock (tests move it forward to expire tokens).
        self.clock_offset = 0.0

    def now(self) -> int:
        return int(time.time() + self.clock_offset)

    def sign(self, claims: Json) -> str:
        return jwt.encode(claims, self._key, algorithm="RS256", headers={"kid": KEY_ID})

    def verify(self, token: str) -> Json:
        """The claims of a token this server signed and that has not expired; TokenError otherwise."""
        try:
            claims: Json = jwt.decode(
                token,
                self._key.public_key(),
                algorithms=["RS256"],
                options={"verify_aud": False, "verify_exp": False},
            )
        except jwt.PyJWTError as exc:
            raise TokenError("invalid") from exc
        if int(claims.get("exp", 0)) <= self.now():
            raise TokenError("expired", claims)
        return claims

    def jwks(self) -> Json:
        numbers = self._key.public_key().public_numbers()

        def b64(value: int) -> str:
            raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
            return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")

        return {"keys": [{"kty": "RSA", "use": "sig", "kid": KEY_ID, "n": b64(numbers.n), "e": b64(numbers.e)}]}


def new_id() -> str:
    return str(uuid.uuid4())
