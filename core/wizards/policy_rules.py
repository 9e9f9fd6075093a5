"""What a Deny policy requires of a resource group's tags, read from its definition and assignment (pure).

Azure Policy's rule structure (definition-structure-policy-rule): `if` is a condition tree (`allOf`, `anyOf`,
`not`, `field` with an operator); `then.effect` may be a literal or `[parameters('effect')]`; values may be
`[parameters('name')]` or `[concat(...)]` of literals and parameters, the parameter values coming from the
assignment (`properties.parameters.<name>.value`) or the definition's `defaultValue`. The built-in tag
policies for resource groups ("Require a tag on resource groups", "Require a tag and its value on resource
groups") deny a resource group whose `tags[<name>]` does not exist, or is not the required value.

Only what can be read for sure is answered: a rule this module does not understand yields no requirement
(the wizard then says so and leaves the change to a person), never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

GROUP_TYPE = "Microsoft.Resources/subscriptions/resourceGroups"
_PARAMETER = re.compile(r"^parameters\('([^']+)'\)$")
_TAG_FIELD = (re.compile(r"^tags\[(.+)\]$"), re.compile(r"^tags\.(.+)$"))


@dataclass(frozen=True)
class TagRequirement:
    """A tag the policy requires on a resource group: any value (`value` None) or exactly `value`."""

    name: str
    value: str | None


@dataclass(frozen=True)
class GroupRule:
    """What a policy says about resource groups."""

    effect: str  # lower case: deny, modify, audit, disabled, ...
    applies_to_groups: bool
    tags: tuple[TagRequirement, ...]
    understood: bool  # False: the rule has parts this module cannot read


class _Unreadable(Exception):
    pass


def parameter_values(definition: Mapping[str, Any], assignment: Mapping[str, Any]) -> dict[str, Any]:
    dprops = definition.get("properties") or {}
    values: dict[str, Any] = {
        name: spec["defaultValue"]
        for name, spec in (dprops.get("parameters") or {}).items()
        if isinstance(spec, dict) and "defaultValue" in spec
    }
    for name, given in ((assignment.get("properties") or {}).get("parameters") or {}).items():
        if isinstance(given, dict) and "value" in given:
            values[name] = given["value"]
    return values


def _value(raw: Any, parameters: Mapping[str, Any]) -> Any:
    if not (isinstance(raw, str) and raw.startswith("[") and raw.endswith("]") and not raw.startswith("[[")):
        return raw
    return _term(raw[1:-1].strip(), parameters)


def _term(text: str, parameters: Mapping[str, Any]) -> Any:
    if (found := _PARAMETER.match(text)) is not None:
        if found[1] not in parameters:
            raise _Unreadable(text)
        return parameters[found[1]]
    if len(text) >= 2 and text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    if text.startswith("concat(") and text.endswith(")"):
        return "".join(str(_term(part.strip(), parameters)) for part in _split(text[7:-1]))
    raise _Unreadable(text)


def _split(text: str) -> list[str]:
    parts: list[str] = []
    depth, quoted, current = 0, False, ""
    for char in text:
        if char == "'":
            quoted = not quoted
        elif not quoted and char in "()":
            depth += 1 if char == "(" else -1
        if char == "," and not quoted and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _tag_name(field: str) -> str | None:
    for pattern in _TAG_FIELD:
        if (found := pattern.match(field)) is not None:
            return found[1].strip("'")
    return None


def _conditions(condition: Any, parameters: Mapping[str, Any]) -> tuple[bool, list[TagRequirement]]:
    """(targets resource groups, tag requirements) of the `allOf` a Deny applies to."""
    if not isinstance(condition, dict):
        raise _Unreadable(str(condition))
    parts = condition.get("allOf", [condition])
    groups, tags = False, []
    for part in parts:
        if not isinstance(part, dict):
            raise _Unreadable(str(part))
        negated = False
        if "not" in part and isinstance(part["not"], dict):
            part, negated = part["not"], True
        if "field" not in part or len(part) != 2:
            raise _Unreadable(str(part))
        field = str(_value(part["field"], parameters))
        (operator, raw), *_ = [(k, v) for k, v in part.items() if k != "field"]
        expected = _value(raw, parameters)
        if field.lower() == "type" and operator == "equals" and not negated:
            groups = groups or str(expected).lower() == GROUP_TYPE.lower()
            continue
        tag = _tag_name(field)
        if tag is None:
            raise _Unreadable(field)
        exists_false = operator == "exists" and str(expected).lower() == ("true" if negated else "false")
        if exists_false:
            tags.append(TagRequirement(tag, None))
        elif (operator == "notEquals" and not negated) or (operator == "equals" and negated):
            tags.append(TagRequirement(tag, str(expected)))
        else:
            raise _Unreadable(str(part))
    return groups, tags


def group_rule(definition: Mapping[str, Any], assignment: Mapping[str, Any]) -> GroupRule:
    parameters = parameter_values(definition, assignment)
    rule = (definition.get("properties") or {}).get("policyRule") or {}
    try:
        effect = str(_value((rule.get("then") or {}).get("effect"), parameters)).lower()
    except _Unreadable:
        effect = "unknown"
    try:
        groups, tags = _conditions(rule.get("if"), parameters)
    except (_Unreadable, ValueError):
        return GroupRule(effect, False, (), False)
    return GroupRule(effect, groups, tuple(tags), True)


def missing_tags(current: Mapping[str, str], required: tuple[TagRequirement, ...]) -> list[TagRequirement]:
    lowered = {k.lower(): v for k, v in current.items()}
    return [
        r
        for r in required
        if r.name.lower() not in lowered or (r.value is not None and lowered[r.name.lower()].lower() != r.value.lower())
    ]


def _name_parts(location: str, backup_policy: Mapping[str, Any] | None) -> tuple[str, str]:
    details = ((backup_policy or {}).get("properties") or {}).get("instantRPDetails") or {}
    prefix = details.get("azureBackupRGNamePrefix") or details.get("azureBackupRgNamePrefix") or ""
    suffix = details.get("azureBackupRGNameSuffix") or details.get("azureBackupRgNameSuffix") or ""
    return (str(prefix), str(suffix)) if prefix else (f"AzureBackupRG_{location}_", "")


def restore_point_group(location: str, backup_policy: Mapping[str, Any] | None, number: int = 1) -> str:
    """The group Azure Backup keeps a VM's restore point collection in: `AzureBackupRG_<Geo>_<n>`, or
    `<prefix><n><suffix>` when the backup policy sets `instantRPDetails` (backup-during-vm-creation, "Azure
    Backup resource group for virtual machines": "n is replaced with an integer (starting from 1)")."""
    head, tail = _name_parts(location, backup_policy)
    return f"{head}{number}{tail}"


def is_restore_point_group(name: str, location: str, backup_policy: Mapping[str, Any] | None) -> bool:
    """Whether `name` is one of the groups `restore_point_group` names (any n)."""
    head, tail = _name_parts(location, backup_policy)
    return re.fullmatch(re.escape(head) + r"[1-9][0-9]*" + re.escape(tail), name, re.IGNORECASE) is not None


__all__ = [
    "GROUP_TYPE",
    "GroupRule",
    "TagRequirement",
    "group_rule",
    "is_restore_point_group",
    "missing_tags",
    "parameter_values",
    "restore_point_group",
]
