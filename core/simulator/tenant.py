"""The tenant file: what the simulated Azure holds before the first request.

A file is checked whole (JSON syntax, the JSON Schema in resources/tenant.schema.json, then the rules a
schema cannot say: unique ids, ids under a declared subscription, `type` agreeing with the id, parents
present) and refused with every problem named, or accepted whole: nothing is ever half-loaded.
String values written as relative times ("@now-PT15M", see relative_time.py) become timestamps at load.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema

from core import locator
from core.simulator import ids
from core.simulator.errors import TenantFileError
from core.simulator.relative_time import resolve_placeholder

Json = dict[str, Any]

# Types whose resources must have their parent in the file, because the simulator composes the
# parent's answers from them (a VM's extensions) or routes through the parent (a vault's children).
_PARENT_REQUIRED = {
    "microsoft.compute/virtualmachines/extensions": "Microsoft.Compute/virtualMachines",
    "microsoft.recoveryservices/vaults/backuppolicies": "Microsoft.RecoveryServices/vaults",
    "microsoft.recoveryservices/vaults/backupjobs": "Microsoft.RecoveryServices/vaults",
}
_PROTECTED_ITEM = "microsoft.recoveryservices/vaults/backupfabrics/protectioncontainers/protecteditems"

_TYPE_WORDS = {
    "array": "a list",
    "object": "an object",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


@dataclass(frozen=True)
class Tenant:
    """A validated tenant. The dicts are the file's own JSON; the server copies them before use."""

    tenant_id: str
    subscriptions: tuple[Json, ...]
    service_principals: tuple[Json, ...]
    resources: tuple[Json, ...]
    source: str = "<dict>"
    # Entra ID accounts, tenants and role assignments (None: ARM accepts any token, as in demo mode).
    directory: Json | None = None
    # The hex SHA-256 of the file's bytes (load_tenant); empty for a tenant built from a dict.
    digest: str = field(default="", compare=False)

    @classmethod
    def from_dict(
        cls, data: Any, source: str = "<dict>", *, now: datetime | None = None, schema_checked: bool = False
    ) -> Tenant:
        """Validate `data` and expand its relative times ("@now-PT15M") against `now` (default: now).

        `schema_checked`: the same document already passed the JSON Schema (load_tenant knows it by its
        bytes); the rules below the schema are checked again all the same.
        """
        data, problems = _expand_times(data, now or datetime.now(UTC))
        if not schema_checked:
            problems += _schema_problems(data)
        if not problems:
            problems = _rule_problems(data)
        if problems:
            raise TenantFileError(source, problems)
        return cls(
            tenant_id=data["tenantId"],
            subscriptions=tuple(data["subscriptions"]),
            service_principals=tuple(data.get("servicePrincipals", [])),
            resources=tuple(data["resources"]),
            source=source,
            directory=copy.deepcopy(data["directory"]) if "directory" in data else None,
        )

    def to_dict(self) -> Json:
        return {
            "tenantId": self.tenant_id,
            "subscriptions": copy.deepcopy(list(self.subscriptions)),
            "servicePrincipals": copy.deepcopy(list(self.service_principals)),
            "resources": copy.deepcopy(list(self.resources)),
            **({"directory": copy.deepcopy(self.directory)} if self.directory is not None else {}),
        }


def load_tenant(path: str | Path, *, now: datetime | None = None, schema_passed: str | None = None) -> Tenant:
    """Read and validate a tenant file; raises TenantFileError with every problem it found.

    `schema_passed`: the hex SHA-256 (`Tenant.digest`) of bytes another process already checked against the
    JSON Schema (the window, before it starts the simulator's process: core/simulator/child.py). Only the
    same bytes skip the check again; a file changed in between is checked in full.
    """
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise TenantFileError(source, [f"cannot be read: {exc.strerror or exc}"]) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TenantFileError(source, [f"is not UTF-8 text (byte {exc.start})"]) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TenantFileError(
            source, [f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"]
        ) from exc
    except RecursionError as exc:  # Python's JSON decoder recurses once per level
        raise TenantFileError(source, [_TOO_DEEP]) from exc
    if nesting_depth(data) > MAX_NESTING:
        # Everything downstream (validation, copies, the served answers, the SDK's models) recurses per level.
        raise TenantFileError(source, [_TOO_DEEP])
    # Validating against the JSON Schema is most of the time it takes to open a tenant (the demo tenant:
    # 0.3 s of 0.45 s), and the same bytes give the same answer: what passed once is not checked again.
    # Relative times ("@now-PT15M") expand to valid times whatever `now` is, so the answer holds for them.
    digest = hashlib.sha256(raw).digest()
    checked = digest in _PASSED_SCHEMA or (schema_passed is not None and schema_passed == digest.hex())
    tenant = Tenant.from_dict(data, source=source, now=now, schema_checked=checked)
    _PASSED_SCHEMA.add(digest)
    return dataclasses.replace(tenant, digest=digest.hex())


# Digests of the tenant files' bytes that passed the JSON Schema in this process.
_PASSED_SCHEMA: set[bytes] = set()


# The deepest nesting a tenant file may have. ARM resources in their REST shape nest about a dozen
# levels (the demo tenant: 12); Python code that walks JSON recurses once per level, with a limit of 1,000.
MAX_NESTING = 100
_TOO_DEEP = f"cannot be opened: nested too deeply (more than {MAX_NESTING} levels)"


def nesting_depth(data: Any) -> int:
    """How deeply JSON arrays and objects nest in `data` (a scalar is 0), measured without recursion."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(data, 0)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        if depth <= MAX_NESTING:  # deeper is refused anyway: no need to walk on
            pending.extend((child, depth) for child in children)
    return deepest


@functools.cache
def schema() -> Json:
    loaded: Json = json.loads(locator.resource("tenant.schema.json").read_text(encoding="utf-8"))
    return loaded


@functools.cache
def _type_defs() -> dict[str, str]:
    """Lower-cased ARM type -> its $defs entry, read from the schema's if/then list.

    The schema matches types with `const`, which is case-sensitive; ARM types are not.
    """
    found: dict[str, str] = {}
    for rule in schema()["$defs"]["resource"]["allOf"]:
        found[rule["if"]["properties"]["type"]["const"].lower()] = rule["then"]["$ref"]
    return found


@functools.cache
def _validator(sub_ref: str | None = None) -> Any:
    """The schema without its per-type rules (None), or one type's rules alone (its $ref).

    Dispatching on the type here instead of through the schema's eleven if/then branches gives the
    same verdicts, matches types without regard to case, and loads a 20,000-resource tenant several
    times faster.
    """
    root = schema()
    if sub_ref is not None:
        return jsonschema.Draft202012Validator({"$defs": root["$defs"], "$ref": sub_ref})
    generic = copy.deepcopy(root)
    del generic["$defs"]["resource"]["allOf"]
    return jsonschema.Draft202012Validator(generic)


def _schema_problems(data: Any) -> list[str]:
    errors = list(_validator().iter_errors(data))
    if isinstance(data, dict) and isinstance(data.get("resources"), list):
        defs = _type_defs()
        for index, resource in enumerate(data["resources"]):
            rtype = resource.get("type") if isinstance(resource, dict) else None
            if not isinstance(rtype, str) or rtype.lower() not in defs:
                continue
            for error in _validator(defs[rtype.lower()]).iter_errors(resource):
                error.path.extendleft([index, "resources"])
                errors.append(error)
    ordered = sorted(errors, key=lambda e: [str(part).zfill(8) for part in e.absolute_path])
    return _unique(_describe(data, error) for error in ordered)


def _expand_times(data: Any, now: datetime) -> tuple[Any, list[str]]:
    """A copy of `data` with relative time placeholders resolved, and a problem per bad placeholder."""
    problems: list[str] = []

    def walk(value: Any, path: list[Any]) -> Any:
        if isinstance(value, str):
            if not value.startswith("@now"):
                return value  # most strings: skip the placeholder parser
            try:
                resolved = resolve_placeholder(value, now)
            except ValueError as exc:
                where, field_path = _where(data, path)
                problems.append(f"{where}: {field_path or 'value'} is a bad relative time: {exc}")
                return value
            return value if resolved is None else resolved
        if isinstance(value, dict):
            return {name: walk(item, [*path, name]) for name, item in value.items()}
        if isinstance(value, list):
            return [walk(item, [*path, index]) for index, item in enumerate(value)]
        return value

    return walk(data, []), problems


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _describe(data: Any, error: Any) -> str:
    path = list(error.absolute_path)
    where, field_path = _where(data, path)
    validator, expected, instance = error.validator, error.validator_value, error.instance
    if validator == "type":
        kinds = expected if isinstance(expected, list) else [expected]
        text = "must be " + " or ".join(_TYPE_WORDS.get(str(kind), str(kind)) for kind in kinds)
    elif validator == "required":
        missing = [name for name in expected if isinstance(instance, dict) and name not in instance]
        field_path = _dotted(field_path, missing[0] if missing else "?")
        return f"{where}: {field_path} is missing"
    elif validator == "enum":
        text = "must be one of " + ", ".join(str(v) for v in expected) + f" (found {instance!r})"
    elif validator == "const":
        text = f"must be {expected!r}"
    elif validator == "minLength":
        text = "must not be empty"
    elif validator == "minItems":
        text = f"must have at least {expected} entr{'y' if expected == 1 else 'ies'}"
    elif validator == "pattern" and field_path == "id":
        text = "must be an ARM resource id starting with /subscriptions/{subscriptionId}/"
    elif validator == "pattern":
        text = f"does not have the expected form ({instance!r})"
    else:
        text = error.message
    return f"{where}: {field_path} {text}" if field_path else f"{where} {text}"


def _where(data: Any, path: list[Any]) -> tuple[str, str]:
    """('resources[3] (/subscriptions/.../vm1)', 'properties.instanceView') for an error path."""
    if len(path) >= 2 and path[0] == "resources" and isinstance(path[1], int):
        index = path[1]
        resource = data["resources"][index]
        rid = resource.get("id") if isinstance(resource, dict) else None
        where = f"resources[{index}]" + (f" ({rid})" if isinstance(rid, str) else "")
        return where, _field(path[2:])
    if path and isinstance(path[0], str):
        if len(path) >= 2 and isinstance(path[1], int):
            return f"{path[0]}[{path[1]}]", _field(path[2:])
        return "tenant", _field(path)
    return "tenant", ""


def _field(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        text = f"{text}[{part}]" if isinstance(part, int) else _dotted(text, str(part))
    return text


def _dotted(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _rule_problems(data: Json) -> list[str]:
    problems: list[str] = []
    declared = {sub["subscriptionId"].lower() for sub in data["subscriptions"]}
    seen_subs: set[str] = set()
    for index, sub in enumerate(data["subscriptions"]):
        sub_key = sub["subscriptionId"].lower()
        if sub_key in seen_subs:
            problems.append(f"subscriptions[{index}]: duplicate subscriptionId {sub['subscriptionId']!r}")
        seen_subs.add(sub_key)
    seen_sps: set[str] = set()
    for index, principal in enumerate(data.get("servicePrincipals", [])):
        if principal["id"].lower() in seen_sps:
            problems.append(f"servicePrincipals[{index}]: duplicate id {principal['id']!r}")
        seen_sps.add(principal["id"].lower())

    first_index: dict[str, int] = {}
    types: dict[str, str] = {}
    for index, resource in enumerate(data["resources"]):
        rid: str = resource["id"]
        where = f"resources[{index}] ({rid})"
        rkey = ids.key(rid)
        if rkey in first_index:
            problems.append(f"{where}: id duplicates resources[{first_index[rkey]}]")
            continue
        first_index[rkey] = index
        sub = ids.subscription_id(rid)
        if sub is None or sub.lower() not in declared:
            problems.append(f"{where}: id is not under a declared subscription")
            continue
        shape = ids.resource_type(rid)
        if shape is None:
            problems.append(f"{where}: id is not an ARM resource id")
            continue
        if shape.lower() != resource["type"].lower():
            problems.append(f"{where}: type {resource['type']!r} does not match the id, which names a {shape!r}")
            continue
        name = resource.get("name")
        if name is not None and name.lower() != ids.name(rid).lower():
            problems.append(f"{where}: name {name!r} is not the last segment of the id")
        types[rkey] = shape.lower()

    for index, resource in enumerate(data["resources"]):
        rkey = ids.key(resource["id"])
        rtype = types.get(rkey)
        if rtype is None or first_index.get(rkey) != index:
            continue
        problems.extend(_parent_problems(index, resource, rtype, types))
    return problems


def _parent_problems(index: int, resource: Mapping[str, Any], rtype: str, types: Mapping[str, str]) -> list[str]:
    rid = resource["id"]
    where = f"resources[{index}] ({rid})"
    if rtype in _PARENT_REQUIRED:
        parent = ids.parent(rid)
        if types.get(ids.key(parent)) != _PARENT_REQUIRED[rtype].lower():
            return [f"{where}: id names parent {parent}, which is not in the file"]
    if rtype == _PROTECTED_ITEM:
        parts = ids.segments(rid)
        vault = ids.join(parts[:8])
        if types.get(ids.key(vault)) != "microsoft.recoveryservices/vaults":
            return [f"{where}: id names vault {vault}, which is not in the file"]
    return []
