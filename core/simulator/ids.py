"""Azure Resource Manager resource ids: splitting, types, scopes.

ARM compares ids case-insensitively but returns them with the casing they were created with, so
everything here compares lower-cased keys and never rewrites the caller's text.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

RESOURCE_GROUP_TYPE = "Microsoft.Resources/resourceGroups"
SUBSCRIPTION_TYPE = "Microsoft.Resources/subscriptions"


def key(resource_id: str) -> str:
    """The lookup key of an id: lower-case, no trailing slash."""
    return resource_id.rstrip("/").lower()


def segments(resource_id: str) -> list[str]:
    return [part for part in resource_id.split("/") if part]


def join(parts: list[str]) -> str:
    return "/" + "/".join(parts)


def decode_path(raw_path: str) -> list[str]:
    """Segments of a request path, each percent-decoded.

    Splitting before decoding keeps an encoded '/' inside a name from creating a segment; the SDKs
    quote every path parameter, so names with ';' (backup containers and items) arrive as '%3B'.
    """
    return [unquote(part) for part in raw_path.split("/") if part]


def encode_path(resource_id: str) -> str:
    """The request path for an id, quoting each segment the way the SDKs do."""
    return "/" + "/".join(quote(part, safe="") for part in segments(resource_id))


def _last_providers(parts: list[str]) -> int:
    for index in range(len(parts) - 2, -1, -1):
        if parts[index].lower() == "providers":
            return index
    return -1


def resource_type(resource_id: str) -> str | None:
    """The ARM type an id names ('Microsoft.Compute/virtualMachines/extensions'), None if not an id."""
    parts = segments(resource_id)
    if len(parts) < 2 or parts[0].lower() != "subscriptions":
        return None
    if len(parts) == 2:
        return SUBSCRIPTION_TYPE
    if len(parts) == 4 and parts[2].lower() == "resourcegroups":
        return RESOURCE_GROUP_TYPE
    index = _last_providers(parts)
    if index < 0:
        return None
    rest = parts[index + 2 :]
    if len(rest) < 2 or len(rest) % 2:
        return None
    return parts[index + 1] + "/" + "/".join(rest[0::2])


def subscription_id(resource_id: str) -> str | None:
    parts = segments(resource_id)
    if len(parts) >= 2 and parts[0].lower() == "subscriptions":
        return parts[1]
    return None


def resource_group(resource_id: str) -> str | None:
    parts = segments(resource_id)
    if len(parts) >= 4 and parts[0].lower() == "subscriptions" and parts[2].lower() == "resourcegroups":
        return parts[3]
    return None


def resource_group_id(resource_id: str) -> str | None:
    parts = segments(resource_id)
    if resource_group(resource_id) is None:
        return None
    return join(parts[:4])


def name(resource_id: str) -> str:
    parts = segments(resource_id)
    return parts[-1] if parts else ""


def parent(resource_id: str) -> str:
    """The id one level up: an extension's VM, a vault child's vault; a top resource's group."""
    parts = segments(resource_id)
    index = _last_providers(parts)
    if index >= 0 and len(parts) - index - 2 > 2:
        return join(parts[:-2])
    if index >= 0:
        return join(parts[:index])
    return join(parts[:-2])


def is_under(resource_id: str, scope: str) -> bool:
    """True when `resource_id` is `scope` or below it, on whole segments."""
    target, prefix = key(resource_id), key(scope)
    return target == prefix or target.startswith(prefix + "/")


def ancestors(resource_id: str) -> list[str]:
    """The scopes that contain an id, outermost first, including the id itself.

    Only resource scopes count (subscription, group, resources): '/subscriptions' or '.../providers'
    alone are not scopes a lock can sit on.
    """
    parts = segments(resource_id)
    scopes: list[str] = []
    for length in range(2, len(parts) + 1, 2):
        if parts[length - 2].lower() == "providers":
            continue
        scopes.append(join(parts[:length]))
    return scopes


def display_type_and_name(resource_id: str) -> str:
    """ARM's 'Microsoft.Compute/virtualMachines/vm1' form used in ResourceNotFound messages."""
    parts = segments(resource_id)
    index = _last_providers(parts)
    if index < 0:
        return "/".join(parts[2:]) if len(parts) > 2 else resource_id
    return "/".join(parts[index + 1 :])
