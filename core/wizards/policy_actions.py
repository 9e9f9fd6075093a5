"""The automated action for UserErrorRequestDisallowedByPolicy: create the restore point resource group
Azure Backup needs, with the tags the Deny policy requires, before the next backup.

backup-azure-vms-troubleshoot ("UserErrorRequestDisallowedByPolicy"): "If you have an Azure Policy that governs
tags within your environment, either consider changing the policy from a Deny effect to a Modify effect, or
create the resource group manually according to the naming schema required by Azure Backup." The naming schema
(backup-during-vm-creation, "Azure Backup resource group for virtual machines"): `AzureBackupRG_<Geo>_<n>` in the
VM's region, or `<prefix><n><suffix>` when the backup policy sets `instantRPDetails`.

Of the two documented fixes this automates the group: it changes one resource group and nothing else, while a
Deny → Modify change rewrites the organisation's policy definition (and Modify needs a managed identity with a
role on the assignment: Azure Policy's "Modify" effect documentation), which stays the person's decision and
the wizard's manual step (Resource Policy Contributor).

What the policy requires is read from its assignment and definition (named in the failed job's
RequestDisallowedByPolicy error) by `core/wizards/policy_rules.py`. A required value the policy does not fix
(the built-in "Require a tag on resource groups" only asks that the tag exists) is copied from the VM's
resource group, then from the VM itself; the preview shows every tag and where its value comes from.

Registers itself in `ACTIONS` when imported (`core/wizards/control_plane.py`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from core.azure import fix_calls
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway, Json
from core.checks.policy_deny import policy_denial
from core.facts import VmFacts
from core.findings import Problem
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.jobs import FAILED, job_status, latest_finished_backup
from core.orphans import is_active
from core.wizards import policy_rules
from core.wizards.actions import ACTIONS, Action, _Blocked, _collect, _Execution, _require_protection_read
from core.wizards.context import WizardContext
from core.wizards.model import ActionPreview, ActionResult, Change, Outcome, PlannedOperation, msg

CREATE_RESTORE_POINT_GROUP = "create-restore-point-group"
PERMISSION_GROUP_WRITE = "Microsoft.Resources/subscriptions/resourceGroups/write"


def _tags_text(tags: Mapping[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(tags.items())) if tags else "—"


def _read_group(gateway: AzureGateway, subscription: str, name: str) -> Json | None:
    try:
        return fix_calls.get_resource_group(gateway, subscription, name)
    except AzureProblemError as error:
        if error.status == 404:
            return None
        raise


def _backup_policy(gateway: AzureGateway, vm: VmFacts) -> Json | None:
    """The backup policy of the VM's active protection (None: no policy named)."""
    _require_protection_read(vm)
    item = next((p for p in vm.protection or () if is_active(p) and p.policy_id), None)
    if item is None or not item.policy_id:
        raise _Blocked(
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "No vault backs up {vm} with a backup policy, so no restore point group is needed for it.",
                ),
                vm=vm.name,
            )
        )
    return fix_calls.get_backup_policy(gateway, item.policy_id)


def _denial(vm: VmFacts) -> dict[str, Any] | None:
    latest = latest_finished_backup(vm)
    if latest is None or job_status(latest) != FAILED:
        return None
    return policy_denial(latest)


class CreateRestorePointGroup(Action):
    id = CREATE_RESTORE_POINT_GROUP
    title = QT_TRANSLATE_NOOP("Wizards", "Create the restore point group with the tags the policy requires")
    role = "Contributor"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _collect(gateway, context)
        backup_policy = _backup_policy(gateway, vm)
        denial = _denial(vm) or {}
        denied = str(denial.get("deniedResource") or "")
        name = (
            denied
            if denied and policy_rules.is_restore_point_group(denied, vm.location, backup_policy)
            else policy_rules.restore_point_group(vm.location, backup_policy)
        )
        existing = _read_group(gateway, vm.subscription_id, name)
        assignment_id = denial.get("policyAssignmentId")
        if not assignment_id:
            if existing is not None or not denial:
                return self._nothing(
                    context,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Wizards",
                            "The latest backup of {vm} was not denied by a policy naming its restore point group, "
                            "and {group} {state}: there is nothing to create.",
                        ),
                        vm=vm.name,
                        group=name,
                        state=msg(QT_TRANSLATE_NOOP("Wizards", "exists"))
                        if existing is not None
                        else msg(QT_TRANSLATE_NOOP("Wizards", "is created by Azure Backup at the next backup")),
                    ),
                )
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The failed backup's error does not name the policy, so the tags it requires are unknown. "
                        "Look for Deny policies assigned to the subscription (Azure Policy > Assignments) and "
                        "follow the manual step.",
                    )
                )
            )
        assignment = fix_calls.get_policy_resource(gateway, str(assignment_id))
        definition_id = str((assignment.get("properties") or {}).get("policyDefinitionId") or "")
        definition = fix_calls.get_policy_resource(gateway, definition_id)
        policy = str((assignment.get("properties") or {}).get("displayName") or assignment.get("name") or "")
        rule = policy_rules.group_rule(definition, assignment)
        if not rule.understood or not rule.applies_to_groups or not rule.tags:
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The rule of the policy {policy} does not say plainly which tags a resource group needs "
                        "(or it is not about resource groups), so creating the group might not satisfy it. Follow "
                        "the manual step: change the policy, or create the group with what it requires.",
                    ),
                    policy=policy,
                )
            )
        current: dict[str, str] = dict((existing or {}).get("tags") or {})
        missing = policy_rules.missing_tags(current, rule.tags)
        if existing is not None and not missing:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "{group} already exists with the tags the policy {policy} requires ({tags}): the next "
                        "backup of {vm} uses it. Back up now to check.",
                    ),
                    group=name,
                    policy=policy,
                    tags=_tags_text(current),
                    vm=vm.name,
                ),
            )
        vm_group = _read_group(gateway, vm.subscription_id, vm.resource_group) or {}
        sources = [
            (
                dict(vm_group.get("tags") or {}),
                msg(QT_TRANSLATE_NOOP("Wizards", "the resource group {group}"), group=vm.resource_group),
            ),
            (dict(vm.tags), msg(QT_TRANSLATE_NOOP("Wizards", "the VM {vm}"), vm=vm.name)),
        ]
        wanted = dict(current)
        notes: list[Msg] = []
        for requirement in missing:
            if requirement.value is not None:
                wanted[requirement.name] = requirement.value
                notes.append(
                    msg(
                        QT_TRANSLATE_NOOP("Wizards", "{tag}={value}: the value the policy {policy} requires."),
                        tag=requirement.name,
                        value=requirement.value,
                        policy=policy,
                    )
                )
                continue
            found = next(
                ((tags[k], where) for tags, where in sources for k in tags if k.lower() == requirement.name.lower()),
                None,
            )
            if found is None:
                raise _Blocked(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Wizards",
                            "The policy {policy} requires the tag {tag}, and neither {vm} nor its resource group has "
                            "a value for it to copy. Create {group} by hand with the value your organisation uses "
                            "(manual step).",
                        ),
                        policy=policy,
                        tag=requirement.name,
                        vm=vm.name,
                        group=name,
                    )
                )
            wanted[requirement.name] = found[0]
            notes.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "{tag}={value}: the policy {policy} requires the tag; its value is copied from {origin}.",
                    ),
                    tag=requirement.name,
                    value=found[0],
                    policy=policy,
                    origin=found[1],
                )
            )
        location = str((existing or {}).get("location") or vm.location)
        target = fix_calls.group_id(vm.subscription_id, name)
        changes: tuple[Change, ...]
        if existing is None:
            changes = (
                Change(
                    msg(QT_TRANSLATE_NOOP("Wizards", "Resource group {group}"), group=name),
                    msg(QT_TRANSLATE_NOOP("Wizards", "does not exist")),
                    msg(QT_TRANSLATE_NOOP("Wizards", "created in {location}"), location=location),
                ),
                Change(msg(QT_TRANSLATE_NOOP("Wizards", "Tags of {group}"), group=name), "—", _tags_text(wanted)),
            )
            summary = msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Create the resource group {group} in {location} with the tags {tags}, which the policy {policy} "
                    "requires, so that the next backup of {vm} finds the group for its restore points instead of "
                    "creating it (which the policy denies). The policy itself does not change: it still applies to "
                    "every other resource group. The group is empty until the next backup puts the restore point "
                    "collection of {vm} in it; an empty group costs nothing.",
                ),
                group=name,
                location=location,
                tags=_tags_text(wanted),
                policy=policy,
                vm=vm.name,
            )
        else:
            changes = (
                Change(
                    msg(QT_TRANSLATE_NOOP("Wizards", "Tags of {group}"), group=name),
                    _tags_text(current),
                    _tags_text(wanted),
                ),
            )
            summary = msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Add the tags {tags}, which the policy {policy} requires, to the restore point group {group} of "
                    "{vm}; its other tags and everything in it stay as they are. The policy itself does not change.",
                ),
                tags=_tags_text({k: v for k, v in wanted.items() if k not in current or current[k] != v}),
                policy=policy,
                group=name,
                vm=vm.name,
            )
        notes.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Do not lock this group: Azure Backup must be able to create and delete restore points in it.",
                )
            )
        )
        operation = PlannedOperation(
            "PUT",
            PERMISSION_GROUP_WRITE,
            target,
            msg(QT_TRANSLATE_NOOP("Wizards", "Create or update the resource group {group}"), group=name),
            changes,
            {"location": location, "tags": wanted},
            before=existing,
        )
        return self._ready(context, summary, (operation,), notes)

    def _execute(self, run: _Execution) -> ActionResult:
        (op,) = run.preview.operations
        subscription, name = op.target.split("/")[2], op.target.rsplit("/", 1)[-1]
        tags = dict(op.parameters["tags"])
        run.report(op.description, 0, 1)
        try:
            group = run.mutate(
                op,
                functools.partial(
                    fix_calls.put_resource_group, run.gateway, subscription, name, str(op.parameters["location"]), tags
                ),
                lambda value: {"tags": value.get("tags"), "location": value.get("location")},
            )
        except AzureProblemError as error:
            return run.failure(op, error.problem)
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "The resource group {group} is ready in {location} with the tags {tags}. Back up now: the backup "
                    "of {vm} puts its restore points there instead of creating a group the policy denies.",
                ),
                group=name,
                location=str(group.get("location") or op.parameters["location"]),
                tags=_tags_text(dict(group.get("tags") or tags)),
                vm=run.context.vm.name,
            ),
            group=op.target,
        )

    def explain_refusal(
        self, gateway: AzureGateway, context: WizardContext, op: PlannedOperation, problem: Problem
    ) -> Msg:
        if problem.code == "RequestDisallowedByPolicy":
            return msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Azure Policy still denies the group with these tags: another policy, or a rule Backup Doctor "
                    "could not read, requires more. Ask whoever manages Azure Policy, or follow the manual step.",
                )
            )
        return super().explain_refusal(gateway, context, op, problem)


ACTIONS.setdefault(CREATE_RESTORE_POINT_GROUP, CreateRestorePointGroup())
