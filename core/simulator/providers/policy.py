"""Azure Policy in the simulated tenant: policy assignments and definitions, resource group writes checked
against Deny assignments, and the restore point group Azure Backup needs at each backup.

What is simulated, from Microsoft's documentation:
- Policy assignments (`{scope}/providers/Microsoft.Authorization/policyAssignments/{name}`) are tenant
  resources; definitions are the built-in ones below (ids and rules as Azure publishes them) or custom ones
  stored under a subscription.
- A resource group PUT (ResourceGroups_CreateOrUpdate) is evaluated against every assignment whose scope
  covers it (`enforcementMode` Default, effect Deny): a denied request is answered 403
  RequestDisallowedByPolicy with the policy identifiers, in the shape of Azure Resource Manager's
  troubleshooting guide (error-policy-requestdisallowedbypolicy: "Resource '<name>' was disallowed by policy.
  Policy identifiers: '[{"policyAssignment":{"name","id"},"policyDefinition":{"name","id"}}]'").
- Policy rules: the conditions Azure Policy documents (definition-structure-policy-rule): `allOf`, `anyOf`,
  `not`, `field` (type, name, location, `tags[<name>]`, `tags.<name>`, `tags['<name>']`) with `equals`,
  `notEquals`, `exists`, `in`, `notIn`, `like`, `notLike`; values may be `[parameters('<name>')]` or
  `[concat(...)]` of literals and parameters. Anything else makes the rule not match (never a guessed deny).
- At a backup, Azure Backup needs its restore point collection group: `AzureBackupRG_<Geo>_<n>`, or
  `<prefix><n><suffix>` when the backup policy sets `instantRPDetails` (backup-during-vm-creation, "Azure
  Backup resource group for virtual machines"). A missing group is created as Azure Backup creates it, with
  no tags; when a Deny policy refuses that, the backup fails with UserErrorRequestDisallowedByPolicy
  (backup-azure-vms-troubleshoot), which a group created beforehand with the required tags avoids.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from core.simulator import errors, ids
from core.simulator.context import Context
from core.simulator.errors import ArmError
from core.simulator.messages import Request, Response, ok
from core.simulator.providers.common import require_subscription
from core.simulator.routing import SCOPE, Access, Params, Route, route
from core.simulator.store import ResourceStore
from core.simulator.tenant_shapes import ERRORS

Json = dict[str, Any]
ASSIGNMENT_TYPE = "Microsoft.Authorization/policyAssignments"
DEFINITION_TYPE = "Microsoft.Authorization/policyDefinitions"
_GROUP_TYPE = "Microsoft.Resources/subscriptions/resourceGroups"
DENIED_CODE = "UserErrorRequestDisallowedByPolicy"


def _builtin(name: str, display: str, description: str, parameters: Json, condition: Json) -> Json:
    return {
        "id": f"/providers/{DEFINITION_TYPE}/{name}",
        "name": name,
        "type": DEFINITION_TYPE,
        "properties": {
            "displayName": display,
            "policyType": "BuiltIn",
            "mode": "All",
            "description": description,
            "metadata": {"version": "1.0.0", "category": "Tags"},
            "parameters": parameters,
            "policyRule": {"if": condition, "then": {"effect": "deny"}},
        },
    }


_TAG_NAME = {"tagName": {"type": "String", "metadata": {"displayName": "Tag Name"}}}
_TAG_VALUE = {"tagValue": {"type": "String", "metadata": {"displayName": "Tag Value"}}}
_IS_GROUP = {"field": "type", "equals": _GROUP_TYPE}
_TAG_FIELD = "[concat('tags[', parameters('tagName'), ']')]"

# Built-in tag definitions for resource groups (Azure Policy built-in definitions, category Tags).
BUILTIN_DEFINITIONS: dict[str, Json] = {
    d["name"].lower(): d
    for d in (
        _builtin(
            "96670d01-0a4d-4649-9c89-2d3abc0a5025",
            "Require a tag on resource groups",
            "Enforces existence of a tag on resource groups.",
            _TAG_NAME,
            {"allOf": [_IS_GROUP, {"field": _TAG_FIELD, "exists": "false"}]},
        ),
        _builtin(
            "8ce3da23-7156-49e4-b145-24f95f9dcb46",
            "Require a tag and its value on resource groups",
            "Enforces a required tag and its value on resource groups.",
            {**_TAG_NAME, **_TAG_VALUE},
            {"allOf": [_IS_GROUP, {"field": _TAG_FIELD, "notEquals": "[parameters('tagValue')]"}]},
        ),
    )
}


# --- evaluation -----------------------------------------------------------------------------------------

_PARAMETER = re.compile(r"^parameters\('([^']+)'\)$")
_TAG_PATTERNS = (re.compile(r"^tags\[(.+)\]$"), re.compile(r"^tags\.(.+)$"))


class _Unsupported(Exception):
    """A rule the simulator does not evaluate: it never denies."""


def _expression(value: Any, parameters: Mapping[str, Any]) -> Any:
    if not (isinstance(value, str) and value.startswith("[") and value.endswith("]") and not value.startswith("[[")):
        return value
    return _term(value[1:-1].strip(), parameters)


def _term(text: str, parameters: Mapping[str, Any]) -> Any:
    if (found := _PARAMETER.match(text)) is not None:
        if found[1] not in parameters:
            raise _Unsupported(text)
        return parameters[found[1]]
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    if text.startswith("concat(") and text.endswith(")"):
        return "".join(str(_term(part.strip(), parameters)) for part in _arguments(text[7:-1]))
    raise _Unsupported(text)


def _arguments(text: str) -> list[str]:
    parts, depth, quoted, current = [], 0, False, ""
    for char in text:
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
        if char == "," and not quoted and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _field(resource: Json, name: str) -> tuple[bool, Any]:
    """(exists, value) of a policy field on a resource."""
    lowered = name.lower()
    if lowered in {"type", "name", "location"}:
        value = resource.get(lowered)
        return value is not None, value
    for pattern in _TAG_PATTERNS:
        if (found := pattern.match(name)) is not None:
            tag = found[1].strip("'")
            tags = {str(k).lower(): v for k, v in (resource.get("tags") or {}).items()}
            return tag.lower() in tags, tags.get(tag.lower())
    raise _Unsupported(name)


def _like(value: str, pattern: str) -> bool:
    return re.fullmatch(re.escape(pattern).replace(r"\*", ".*"), value, re.IGNORECASE) is not None


def _matches(condition: Any, resource: Json, parameters: Mapping[str, Any]) -> bool:
    if not isinstance(condition, dict):
        raise _Unsupported(str(condition))
    if "allOf" in condition:
        return all(_matches(c, resource, parameters) for c in condition["allOf"])
    if "anyOf" in condition:
        return any(_matches(c, resource, parameters) for c in condition["anyOf"])
    if "not" in condition:
        return not _matches(condition["not"], resource, parameters)
    if "field" not in condition:
        raise _Unsupported(json.dumps(condition))
    exists, value = _field(resource, str(_expression(condition["field"], parameters)))
    text = str(value).lower() if value is not None else ""
    for operator, raw in condition.items():
        if operator == "field":
            continue
        expected = _expression(raw, parameters)
        if operator == "exists":
            return exists == (str(expected).lower() == "true")
        if operator == "equals":
            return exists and text == str(expected).lower()
        if operator == "notEquals":
            return not exists or text != str(expected).lower()
        if operator in {"in", "notIn"}:
            listed = {str(v).lower() for v in expected or []}
            return bool(exists and text in listed) is (str(operator) == "in")
        if operator in {"like", "notLike"}:
            return bool(exists and _like(text, str(expected))) is (str(operator) == "like")
        raise _Unsupported(operator)
    raise _Unsupported(json.dumps(condition))


def definition(store: ResourceStore, definition_id: str) -> Json | None:
    name = ids.segments(definition_id)[-1] if definition_id else ""
    if definition_id.lower().startswith("/providers/"):
        found = BUILTIN_DEFINITIONS.get(name.lower())
        return json.loads(json.dumps(found)) if found is not None else None
    return store.get(definition_id)


def _assignment_scope(assignment: Json) -> str:
    return str(assignment["id"]).split("/providers/Microsoft.Authorization/", 1)[0] or "/"


def denying(store: ResourceStore, resource: Json) -> list[Json]:
    """The assignments whose Deny rule refuses writing `resource` (a resource group: id, name, location, tags)."""
    found: list[Json] = []
    for assignment in store.of_type(ASSIGNMENT_TYPE, copy=False):
        props = assignment.get("properties") or {}
        if str(props.get("enforcementMode", "Default")).lower() == "donotenforce":
            continue
        if not ids.is_under(str(resource["id"]), _assignment_scope(assignment)):
            continue
        rule_owner = definition(store, str(props.get("policyDefinitionId") or ""))
        if rule_owner is None:
            continue
        dprops = rule_owner.get("properties") or {}
        parameters = {
            name: spec.get("defaultValue")
            for name, spec in (dprops.get("parameters") or {}).items()
            if "defaultValue" in spec
        }
        parameters.update(
            {n: v.get("value") for n, v in (props.get("parameters") or {}).items() if isinstance(v, dict)}
        )
        rule = dprops.get("policyRule") or {}
        try:
            effect = str(_expression((rule.get("then") or {}).get("effect"), parameters)).lower()
            if effect == "deny" and _matches(rule.get("if"), resource, parameters):
                found.append({"assignment": assignment, "definition": rule_owner})
        except _Unsupported:
            continue
    return found


def disallowed(resource_name: str, denials: list[Json]) -> tuple[str, str]:
    """The (message, policy identifiers) of ARM's RequestDisallowedByPolicy."""
    identifiers = [
        {
            "policyAssignment": {
                "name": (d["assignment"].get("properties") or {}).get("displayName") or d["assignment"]["name"],
                "id": d["assignment"]["id"],
            },
            "policyDefinition": {
                "name": (d["definition"].get("properties") or {}).get("displayName") or d["definition"]["name"],
                "id": d["definition"]["id"],
            },
        }
        for d in denials
    ]
    text = json.dumps(identifiers, separators=(",", ":"), ensure_ascii=False)
    return f"Resource '{resource_name}' was disallowed by policy. Policy identifiers: '{text}'.", text


# --- the restore point group at a backup ------------------------------------------------------------------


def restore_point_group_name(location: str, backup_policy: Json | None, number: int = 1) -> str:
    details = ((backup_policy or {}).get("properties") or {}).get("instantRPDetails") or {}
    prefix = details.get("azureBackupRGNamePrefix") or ""
    if prefix:
        return f"{prefix}{number}{details.get('azureBackupRGNameSuffix') or ''}"
    return f"AzureBackupRG_{location}_{number}"


def ensure_restore_point_group(store: ResourceStore, vm_id: str, backup_policy_id: str | None) -> str | None:
    """Create the VM's restore point group when missing, as Azure Backup does; the denial's text if policy refuses."""
    vm = store.get(vm_id) if vm_id else None
    subscription = ids.subscription_id(vm_id) if vm_id else None
    if vm is None or subscription is None:
        return None
    location = str(vm.get("location") or "westeurope")
    name = restore_point_group_name(location, store.get(backup_policy_id) if backup_policy_id else None)
    group_id = f"/subscriptions/{subscription}/resourceGroups/{name}"
    if store.exists(group_id):
        return None
    group = {"id": group_id, "name": name, "type": ids.RESOURCE_GROUP_TYPE, "location": location, "tags": {}}
    denials = denying(store, {**group, "type": _GROUP_TYPE})
    if denials:
        return disallowed(name, denials)[0]
    store.put({**group, "properties": {"provisioningState": "Succeeded"}})
    return None


def fail_backup_job(job: Json, denial: str) -> None:
    """The backup job's error when policy denied the restore point group (in place, before it is stored)."""
    documented = ERRORS[DENIED_CODE]
    props = job["properties"]
    props.setdefault("extendedInfo", {}).setdefault("propertyBag", {})["Error Code"] = DENIED_CODE
    props["errorDetails"] = [
        {
            "errorCode": documented.error_code,
            "errorString": documented.message,
            "errorTitle": "",
            "recommendations": [denial],
        }
    ]


# --- handlers -------------------------------------------------------------------------------------------


def put_group(ctx: Context, request: Request, params: Params) -> Response:
    sub = require_subscription(ctx, params["subscription"])
    body = request.json()
    location = body.get("location") if isinstance(body, dict) else None
    if not isinstance(location, str) or not location:
        raise errors.bad_request("The 'location' property is required for a resource group.", "LocationRequired")
    tags = body.get("tags") if isinstance(body.get("tags"), dict) else {}
    group_id = f"/subscriptions/{sub['subscriptionId']}/resourceGroups/{params['group']}"
    existing = ctx.store.get(group_id)
    if existing is not None and str(existing.get("location", "")).lower() != location.replace(" ", "").lower():
        raise ArmError(
            409,
            "InvalidResourceGroupLocation",
            f"Invalid resource group location '{location}'. The Resource group already exists in location "
            f"'{existing.get('location')}'.",
        )
    name = existing["name"] if existing is not None else params["group"]
    group = {"id": group_id, "name": name, "type": _GROUP_TYPE, "location": location, "tags": tags}
    denials = denying(ctx.store, group)
    if denials:
        message, _ = disallowed(name, denials)
        raise ArmError(403, "RequestDisallowedByPolicy", message)
    stored = ctx.store.put({**group, "type": ids.RESOURCE_GROUP_TYPE, "properties": {"provisioningState": "Succeeded"}})
    return ok(stored, 200 if existing is not None else 201)


def get_builtin_definition(ctx: Context, request: Request, params: Params) -> Response:
    found = BUILTIN_DEFINITIONS.get(params["name"].lower())
    if found is None:
        raise ArmError(404, "PolicyDefinitionNotFound", f"The policy definition '{params['name']}' could not be found.")
    return ok(json.loads(json.dumps(found)))


def get_definition(ctx: Context, request: Request, params: Params) -> Response:
    require_subscription(ctx, params["subscription"])
    found = ctx.store.get(f"/subscriptions/{params['subscription']}/providers/{DEFINITION_TYPE}/{params['name']}")
    if found is None:
        raise ArmError(404, "PolicyDefinitionNotFound", f"The policy definition '{params['name']}' could not be found.")
    return ok(found)


def get_assignment(ctx: Context, request: Request, params: Params) -> Response:
    found = ctx.store.get(f"{params['scope']}/providers/{ASSIGNMENT_TYPE}/{params['name']}")
    if found is None:
        raise ArmError(404, "PolicyAssignmentNotFound", f"The policy assignment '{params['name']}' is not found.")
    return ok(found)


def list_assignments(ctx: Context, request: Request, params: Params) -> Response:
    scope = params["scope"]
    return ctx.page(
        request, [a for a in ctx.store.of_type(ASSIGNMENT_TYPE) if ids.is_under(scope, _assignment_scope(a))]
    )


ROUTES: list[Route] = [
    route("PUT", "subscriptions/{subscription}/resourcegroups/{group}", put_group, Access.WRITE),
    route("GET", f"providers/{DEFINITION_TYPE}/{{name}}", get_builtin_definition),
    route("GET", f"subscriptions/{{subscription}}/providers/{DEFINITION_TYPE}/{{name}}", get_definition),
    route("GET", f"{SCOPE}/providers/{ASSIGNMENT_TYPE}", list_assignments),
    route("GET", f"{SCOPE}/providers/{ASSIGNMENT_TYPE}/{{name}}", get_assignment),
]

__all__ = [
    "ASSIGNMENT_TYPE",
    "BUILTIN_DEFINITIONS",
    "ROUTES",
    "denying",
    "ensure_restore_point_group",
    "restore_point_group_name",
]
