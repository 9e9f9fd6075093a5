"""The simulated Microsoft Entra ID directory: tenants, user accounts and Azure role assignments.

Declared in the tenant file's optional `directory` section (docs/tenant-format.md). A tenant file that
declares no accounts leaves ARM open to any bearer token, as before (demo mode and the offline
credential); one that declares accounts makes the simulator check every ARM request's token and role.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.simulator import ids, rbac

Json = dict[str, Any]

MFA_NONE = "none"
# The sign-in page always asks for the second factor.
MFA_AT_SIGN_IN = "atSignIn"
# Conditional Access: ARM refuses tokens without MFA with a claims challenge; the retry asks for MFA.
MFA_CLAIMS_CHALLENGE = "claimsChallenge"


@dataclass(frozen=True)
class DirectoryTenant:
    tenant_id: str
    display_name: str
    default_domain: str

    def to_json(self) -> Json:
        """As ARM's `GET /tenants` lists it."""
        return {
            "id": f"/tenants/{self.tenant_id}",
            "tenantId": self.tenant_id,
            "tenantCategory": "Home",
            "displayName": self.display_name,
            "defaultDomain": self.default_domain,
            "domains": [self.default_domain],
        }


@dataclass(frozen=True)
class Account:
    object_id: str
    user_principal_name: str
    display_name: str
    home_tenant: str
    tenants: tuple[str, ...]
    mfa: str = MFA_NONE
    consent: bool = False
    """True when the account must consent to the app on its first sign-in."""


@dataclass(frozen=True)
class RoleAssignment:
    principal_id: str
    role: rbac.Role
    scope: str

    def covers(self, scope: str) -> bool:
        mine = ids.key(self.scope).rstrip("/")
        theirs = ids.key(scope).rstrip("/")
        return mine == "" or theirs == mine or theirs.startswith(mine + "/")


class Directory:
    def __init__(self, tenant_id: str, data: Json | None, token_lifetime: int = 3600) -> None:
        data = data or {}
        self.home_tenant = tenant_id
        self.token_lifetime = int(data.get("tokenLifetimeSeconds", token_lifetime))
        # Seconds MSAL waits between device-code polls (Entra says 5).
        self.device_code_interval = int(data.get("deviceCodeIntervalSeconds", 5))
        tenants = {t["tenantId"].lower(): t for t in data.get("tenants", [])}
        tenants.setdefault(tenant_id.lower(), {"tenantId": tenant_id})
        self.tenants = {
            key: DirectoryTenant(
                t["tenantId"], t.get("displayName", "Simulated directory"), t.get("defaultDomain", "contoso.example")
            )
            for key, t in tenants.items()
        }
        self.accounts: dict[str, Account] = {}
        for a in data.get("accounts", []):
            home = a.get("homeTenantId", tenant_id)
            member_of = tuple(dict.fromkeys([home, *a.get("tenants", [])]))
            account = Account(
                object_id=a["objectId"],
                user_principal_name=a["userPrincipalName"],
                display_name=a.get("displayName", a["userPrincipalName"]),
                home_tenant=home,
                tenants=member_of,
                mfa=a.get("mfa", MFA_NONE),
                consent=bool(a.get("consentRequired", False)),
            )
            self.accounts[account.object_id.lower()] = account
        self.assignments: list[RoleAssignment] = []
        for r in data.get("roleAssignments", []):
            definition = rbac.role(r["roleDefinitionName"])
            if definition is None:  # the schema lists the names; keep the loader total anyway
                continue
            self.assignments.append(RoleAssignment(r["principalId"], definition, r["scope"]))

    @property
    def enforced(self) -> bool:
        """Tokens and roles are checked only when the file declares accounts."""
        return bool(self.accounts)

    def account(self, object_id: str) -> Account | None:
        return self.accounts.get(object_id.lower())

    def by_name(self, name: str) -> Account | None:
        folded = name.casefold()
        return next((a for a in self.accounts.values() if a.user_principal_name.casefold() == folded), None)

    def tenant(self, tenant_id: str) -> DirectoryTenant | None:
        return self.tenants.get(tenant_id.lower())

    def permissions(self, principal_id: str, scope: str) -> list[rbac.Grant]:
        """Every permission entry of the roles assigned to the principal at or above `scope`."""
        return [
            permission
            for assignment in self.assignments
            if assignment.principal_id.lower() == principal_id.lower() and assignment.covers(scope)
            for permission in assignment.role.grants
        ]

    def has_access_under(self, principal_id: str, scope: str) -> bool:
        """Any assignment at, above or below `scope` (ARM lists a subscription if you can see anything in it)."""
        key = ids.key(scope).rstrip("/")
        return any(
            a.principal_id.lower() == principal_id.lower()
            and (a.covers(scope) or ids.key(a.scope).startswith(key + "/"))
            for a in self.assignments
        )
