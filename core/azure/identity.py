"""Who is signed in: the account as the audit log and the status bar name it. No token, no secret."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Identity:
    username: str
    """The UPN (user principal name) the account signed in with."""
    object_id: str
    tenant_id: str
    """The directory the current token is for (switching tenant changes it)."""
    home_tenant_id: str = ""

    @property
    def actor(self) -> str:
        """How the audit log names who made a change: UPN and object id."""
        return f"{self.username} (object id {self.object_id})"
