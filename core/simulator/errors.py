"""The simulator's two kinds of failure: a tenant file it refuses, and an ARM error it answers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.simulator import ids


class TenantFileError(ValueError):
    """A tenant file that cannot be loaded. `problems` lists every problem found, first one first."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = tuple(problems)
        shown = "\n  ".join(self.problems[:10])
        more = len(self.problems) - 10
        suffix = f"\n  ... and {more} more problems" if more > 0 else ""
        super().__init__(f"{source}: {shown}{suffix}")


class ArmError(Exception):
    """An error answer in ARM's shape: HTTP status and `{"error": {"code", "message"}}`.

    Handlers raise it anywhere; the request pipeline turns it into the response, so no handler has
    to thread error returns through its helpers.
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def not_found(resource_id: str, group: str | None) -> ArmError:
    what = ids.display_type_and_name(resource_id)
    if group is None:
        return ArmError(404, "ResourceNotFound", f"The Resource '{what}' was not found.")
    return ArmError(404, "ResourceNotFound", f"The Resource '{what}' under resource group '{group}' was not found.")


def group_not_found(group: str) -> ArmError:
    return ArmError(404, "ResourceGroupNotFound", f"Resource group '{group}' could not be found.")


def subscription_not_found(subscription: str) -> ArmError:
    return ArmError(404, "SubscriptionNotFound", f"The subscription '{subscription}' could not be found.")


def bad_request(message: str, code: str = "BadRequest") -> ArmError:
    return ArmError(400, code, message)
