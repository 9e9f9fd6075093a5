"""The simulated tenant's current state: every resource, keyed case-insensitively, behind one lock.

Stored resources are never changed in place: `put` stores a copy and `update` replaces the resource
with a changed copy. A reader may therefore hold a stored resource (`of_type(..., copy=False)`) without
the lock and see one consistent version, and only copies what it answers; a handler that shapes an answer
(strips an expansion, composes a VM's `resources`) works on its own copy. Compound changes take
`store.lock` (an RLock) around several calls.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

from core.simulator import ids
from core.simulator.tenant import Tenant

Json = dict[str, Any]

_T = TypeVar("_T")
LOCK_TYPE = "Microsoft.Authorization/locks"


def json_copy(value: _T) -> _T:
    """A deep copy of JSON-shaped data (dicts, lists, scalars): pickle's C code, several times faster
    than copy.deepcopy, which is what every answer of the simulator pays for."""
    return cast(_T, pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)))
_DEFAULT_GROUP_LOCATION = "westeurope"


class ResourceStore:
    def __init__(self, tenant: Tenant) -> None:
        self.lock = threading.RLock()
        self.tenant_id = tenant.tenant_id
        self._subscriptions: dict[str, Json] = {
            sub["subscriptionId"].lower(): json_copy(sub) for sub in tenant.subscriptions
        }
        self._principals = [json_copy(sp) for sp in tenant.service_principals]
        self._resources: dict[str, Json] = {}
        # Bumped by every change, so a list answered page by page can be kept between its pages.
        self.generation = 0
        # Lists and a VM's extensions are read far more often than anything changes: index both.
        self._by_type: dict[str, dict[str, None]] = {}
        self._children: dict[str, dict[str, None]] = {}
        for resource in tenant.resources:
            self._store(_with_name(json_copy(resource)))
        self._add_implied_groups()

    def _add_implied_groups(self) -> None:
        """Azure has no resource outside a group, so a group named only in ids exists all the same."""
        implied: dict[str, Json] = {}
        for resource in self._resources.values():
            group_id = ids.resource_group_id(resource["id"])
            if group_id is None or ids.key(group_id) in self._resources or ids.key(group_id) in implied:
                continue
            implied[ids.key(group_id)] = {
                "id": group_id,
                "name": ids.name(group_id),
                "type": ids.RESOURCE_GROUP_TYPE,
                "location": resource.get("location") or _DEFAULT_GROUP_LOCATION,
                "properties": {"provisioningState": "Succeeded"},
            }
        for group in implied.values():
            self._store(group)

    def _store(self, resource: Json) -> None:
        self.generation += 1
        rkey = ids.key(resource["id"])
        self._resources[rkey] = resource
        self._by_type.setdefault(str(resource.get("type", "")).lower(), {})[rkey] = None
        self._children.setdefault(ids.key(ids.parent(resource["id"])), {})[rkey] = None

    def _forget(self, rkey: str) -> None:
        self.generation += 1
        resource = self._resources.pop(rkey)
        self._by_type.get(str(resource.get("type", "")).lower(), {}).pop(rkey, None)
        self._children.get(ids.key(ids.parent(resource["id"])), {}).pop(rkey, None)

    # Subscriptions and Graph objects

    def subscription(self, subscription_id: str) -> Json | None:
        with self.lock:
            found = self._subscriptions.get(subscription_id.lower())
            return json_copy(found) if found is not None else None

    def subscriptions(self) -> list[Json]:
        with self.lock:
            return json_copy(list(self._subscriptions.values()))

    def service_principals(self) -> list[Json]:
        with self.lock:
            return json_copy(self._principals)

    # Resources

    def get(self, resource_id: str) -> Json | None:
        """A copy of the resource, or None."""
        with self.lock:
            found = self._resources.get(ids.key(resource_id))
        return json_copy(found) if found is not None else None

    def exists(self, resource_id: str) -> bool:
        with self.lock:
            return ids.key(resource_id) in self._resources

    def stored_id(self, resource_id: str) -> str | None:
        """The id with the casing it was created with."""
        with self.lock:
            found = self._resources.get(ids.key(resource_id))
            return str(found["id"]) if found is not None else None

    def put(self, resource: Json) -> Json:
        """Create or replace; a replaced resource keeps its stored id casing and its place in lists."""
        stored = _with_name(json_copy(resource))
        with self.lock:
            rkey = ids.key(resource["id"])
            existing = self._resources.get(rkey)
            if existing is not None and existing.get("type") == stored.get("type"):
                stored["id"] = existing["id"]
                self._resources[rkey] = stored
                self.generation += 1
            else:
                if existing is not None:
                    self._forget(rkey)
                self._store(stored)
        return json_copy(stored)

    def update(self, resource_id: str, change: Callable[[Json], None]) -> Json | None:
        """Replace the resource with a copy that `change` modified; None if it does not exist."""
        with self.lock:
            found = self._resources.get(ids.key(resource_id))
            if found is None:
                return None
            changed = json_copy(found)
            change(changed)
            changed["id"] = found["id"]
            self._resources[ids.key(resource_id)] = changed
            self.generation += 1
            return json_copy(changed)

    def delete(self, resource_id: str) -> bool:
        """Remove a resource and everything below it (a VM's extensions, a vault's items)."""
        with self.lock:
            rkey = ids.key(resource_id)
            if rkey not in self._resources:
                return False
            for other in [k for k in self._resources if k == rkey or k.startswith(rkey + "/")]:
                self._forget(other)
            return True

    def of_type(self, resource_type: str, under: str | None = None, *, copy: bool = True) -> list[Json]:
        """Resources of one type, in file order, optionally only those at or below a scope.

        With `copy=False` the stored resources themselves: read them, never change them.
        """
        prefix = ids.key(under) if under is not None else None
        with self.lock:
            found = [
                self._resources[rkey]
                for rkey in self._by_type.get(resource_type.lower(), {})
                if prefix is None or rkey == prefix or rkey.startswith(prefix + "/")
            ]
        return json_copy(found) if copy else found

    def children(self, parent_id: str, resource_type: str, *, copy: bool = True) -> list[Json]:
        """The resources one level below `parent_id` of one type (a VM's extensions), in file order."""
        wanted = resource_type.lower()
        with self.lock:
            found = [
                self._resources[rkey]
                for rkey in self._children.get(ids.key(parent_id), {})
                if str(self._resources[rkey].get("type", "")).lower() == wanted
            ]
        return json_copy(found) if copy else found

    def locks_over(self, resource_id: str) -> list[Json]:
        """Locks on the id itself or on any scope that contains it."""
        scopes = {ids.key(scope) for scope in ids.ancestors(resource_id)}
        return [lock for lock in self.of_type(LOCK_TYPE) if ids.key(lock_scope(lock["id"])) in scopes]

    def snapshot(self) -> Json:
        """The current state in tenant-file form (implied groups included)."""
        with self.lock:
            return {
                "tenantId": self.tenant_id,
                "subscriptions": json_copy(list(self._subscriptions.values())),
                "servicePrincipals": json_copy(self._principals),
                "resources": json_copy(list(self._resources.values())),
            }


def lock_scope(lock_id: str) -> str:
    """'{scope}/providers/Microsoft.Authorization/locks/{name}' -> '{scope}'."""
    parts = ids.segments(lock_id)
    return ids.join(parts[:-4])


def _with_name(resource: Json) -> Json:
    if "name" not in resource:
        resource["name"] = ids.name(resource["id"])
    return resource
