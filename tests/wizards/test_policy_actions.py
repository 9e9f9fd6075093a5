"""A Deny tag policy blocks the restore point group Azure Backup creates (UserErrorRequestDisallowedByPolicy):
the wizard creates the group with the tags the policy requires. Preview, apply and verify on the simulator,
doing it twice, and what Azure refuses (403, 404, 409, the policy itself)."""

from __future__ import annotations

from typing import Any

from core.audit import AuditLog
from core.session import Session
from core.simulator import FaultKind, FaultRule
from core.simulator.tenant_shapes import management_lock
from core.wizards import ACTIONS, WIZARDS, Outcome, PreviewState, start, verify_checks
from core.wizards.policy_rules import TagRequirement, group_rule, is_restore_point_group, restore_point_group

from .helpers import context, mutations, server

VM = "vm-dev-lnx02"
CREATE = "create-restore-point-group"
GROUP = "rg-dev-restauro-1"
DEV = "2d7a9e40-c1b3-4f85-9a62-7e0d4b8c3f15"
GROUP_ID = f"/subscriptions/{DEV}/resourceGroups/{GROUP}"
REQUIRE_TAG = "/providers/Microsoft.Authorization/policyDefinitions/96670d01-0a4d-4649-9c89-2d3abc0a5025"
REQUIRE_VALUE = "/providers/Microsoft.Authorization/policyDefinitions/8ce3da23-7156-49e4-b145-24f95f9dcb46"


def group(session: Session) -> dict[str, Any] | None:
    return server(session).store.get(GROUP_ID)


def test_the_wizard_automates_the_group_and_keeps_the_policy_change_manual(session: Session) -> None:
    ctx = context(session, VM, wizard_id="policy-restore-point-group")
    (finding,) = ctx.findings_of(["policy-deny"])
    assert finding.status.value == "fail" and finding.wizard == "policy-restore-point-group"
    assert CREATE in WIZARDS["policy-restore-point-group"].actions()
    views = {v.id: v for v in start(finding, ctx).views()}
    assert GROUP in views["create-group"].text.render()
    assert views["policy"].optional and "Resource Policy Contributor" in views["policy"].text.render()


def test_without_the_group_the_next_backup_is_denied_again(session: Session) -> None:
    ctx = context(session, VM)
    result = ACTIONS["trigger-backup"].run(session.gateway, ctx, confirm=True)
    assert result.outcome is Outcome.FAILED and "invalid policy" in result.message.render()
    assert group(session) is None
    verification, fresh = verify_checks(session.gateway, ctx, ("policy-deny",))
    assert not verification.passed
    # The simulated denial is ARM's RequestDisallowedByPolicy text: the check names the policy and the group.
    (finding,) = fresh.findings_of(["policy-deny"])
    assert finding.evidence["policy"] == "Exigir etiqueta centro-de-custo"
    assert finding.evidence["deniedResource"] == GROUP
    assert finding.evidence["job"] != ctx.findings_of(["policy-deny"])[0].evidence["job"]  # the new job's


def test_create_the_group_then_the_backup_succeeds_and_a_second_run_sends_nothing(
    session: Session, audit: AuditLog
) -> None:
    ctx = context(session, VM, audit=audit)
    preview = ACTIONS[CREATE].preview(session.gateway, ctx)
    assert preview.state is PreviewState.READY, preview.summary.render()
    (operation,) = preview.operations
    assert (operation.method, operation.target) == ("PUT", GROUP_ID)
    assert operation.operation == "Microsoft.Resources/subscriptions/resourceGroups/write"
    assert operation.parameters == {"location": "westeurope", "tags": {"centro-de-custo": "CC-2300"}}
    changes = [c.render() for c in operation.changes]
    assert changes[0]["before"] == "does not exist" and changes[1]["after"] == "centro-de-custo=CC-2300"
    summary = preview.summary.render()
    assert "Exigir etiqueta centro-de-custo" in summary and "The policy itself does not change" in summary
    assert any("copied from the resource group rg-dev" in n.render() for n in preview.notes)
    assert mutations(session) == []

    result = ACTIONS[CREATE].run(session.gateway, ctx, confirm=True, preview=preview)
    assert result.outcome is Outcome.DONE, result.message.render()
    assert group(session)["tags"] == {"centro-de-custo": "CC-2300"}  # type: ignore[index]
    (entry,) = audit.read().entries
    assert entry.action == CREATE and entry.ok and entry.target == GROUP_ID
    assert entry.operation == "Microsoft.Resources/subscriptions/resourceGroups/write"

    again = ACTIONS[CREATE].run(session.gateway, ctx, confirm=True)
    assert again.outcome is Outcome.NOTHING_TO_DO and "already exists" in again.message.render()
    assert [e.method for e in mutations(session)] == ["PUT"]
    assert len(audit.read().entries) == 1

    backup = ACTIONS["trigger-backup"].run(session.gateway, ctx, confirm=True)
    assert backup.outcome is Outcome.DONE, backup.message.render()
    verification, _ = verify_checks(session.gateway, ctx, ("policy-deny",))
    assert verification.passed, verification.message.render()


def test_an_existing_group_without_the_tag_gets_it_and_keeps_its_other_tags(session: Session) -> None:
    server(session).store.put(
        {"id": GROUP_ID, "name": GROUP, "type": "Microsoft.Resources/resourceGroups", "location": "westeurope",
         "tags": {"dono": "equipa-dev"}, "properties": {"provisioningState": "Succeeded"}}
    )  # fmt: skip
    preview = ACTIONS[CREATE].preview(session.gateway, context(session, VM))
    (operation,) = preview.operations
    assert operation.parameters["tags"] == {"dono": "equipa-dev", "centro-de-custo": "CC-2300"}
    assert operation.changes[0].render()["before"] == "dono=equipa-dev"


def test_forbidden_names_the_permission_and_contributor(session: Session, audit: AuditLog) -> None:
    server(session).add_fault(
        FaultRule(FaultKind.FORBIDDEN, path_regex="/resourcegroups/rg-dev-restauro-1$", method="PUT")
    )
    result = ACTIONS[CREATE].run(session.gateway, context(session, VM, audit=audit), confirm=True)
    assert result.outcome is Outcome.FAILED
    text = result.message.render()
    assert "resourceGroups/write" in text and "Contributor" in text and "Traceback" not in text
    assert group(session) is None
    (entry,) = audit.read().entries
    assert not entry.ok and entry.result["code"] == "AuthorizationFailed"


def test_a_404_says_the_target_is_gone(session: Session, audit: AuditLog) -> None:
    server(session).add_fault(
        FaultRule(FaultKind.NOT_FOUND, path_regex="/resourcegroups/rg-dev-restauro-1$", method="PUT")
    )
    result = ACTIONS[CREATE].run(session.gateway, context(session, VM, audit=audit), confirm=True)
    assert result.outcome is Outcome.FAILED and "no longer exists in Azure" in result.message.render()
    assert audit.read().entries[0].result["httpStatus"] == 404


def test_a_read_only_lock_on_the_subscription_is_refused_with_409_and_explained(
    session: Session, audit: AuditLog
) -> None:
    server(session).store.put(management_lock(f"/subscriptions/{DEV}", "congelada", "ReadOnly", "Auditoria."))
    result = ACTIONS[CREATE].run(session.gateway, context(session, VM, audit=audit), confirm=True)
    assert result.outcome is Outcome.FAILED and result.problem is not None and result.problem.code == "ScopeLocked"
    assert "congelada" in result.message.render() and "Remove the lock first" in result.message.render()
    assert group(session) is None


def test_a_second_policy_that_still_denies_is_explained_in_a_sentence(session: Session, audit: AuditLog) -> None:
    server(session).store.put(
        {
            "id": f"/subscriptions/{DEV}/providers/Microsoft.Authorization/policyAssignments/exigir-ambiente",
            "name": "exigir-ambiente",
            "type": "Microsoft.Authorization/policyAssignments",
            "properties": {
                "displayName": "Exigir ambiente produção",
                "policyDefinitionId": REQUIRE_VALUE,
                "parameters": {"tagName": {"value": "ambiente"}, "tagValue": {"value": "produção"}},
            },
        }
    )
    result = ACTIONS[CREATE].run(session.gateway, context(session, VM, audit=audit), confirm=True)
    assert result.outcome is Outcome.FAILED and result.problem is not None
    assert result.problem.code == "RequestDisallowedByPolicy"
    assert "Azure Policy still denies the group" in result.message.render()
    assert group(session) is None


def test_a_healthy_vm_has_nothing_to_create(session: Session) -> None:
    preview = ACTIONS[CREATE].preview(session.gateway, context(session, "vm-dev-lnx01"))
    assert preview.state is PreviewState.NOTHING_TO_DO, preview.summary.render()
    assert mutations(session) == []


# --- reading the policy and the naming schema ---------------------------------------------------------------


def _definition(path: str, session: Session) -> dict[str, Any]:
    from core.azure import fix_calls

    return fix_calls.get_policy_resource(session.gateway, path)


def test_the_built_in_tag_rules_are_read_with_the_assignment_parameters(session: Session) -> None:
    exists = group_rule(_definition(REQUIRE_TAG, session), {"properties": {"parameters": {"tagName": {"value": "cc"}}}})
    assert exists.effect == "deny" and exists.applies_to_groups and exists.tags == (TagRequirement("cc", None),)
    value = group_rule(
        _definition(REQUIRE_VALUE, session),
        {"properties": {"parameters": {"tagName": {"value": "env"}, "tagValue": {"value": "prod"}}}},
    )
    assert value.tags == (TagRequirement("env", "prod"),)
    unreadable = group_rule(
        {"properties": {"policyRule": {"if": {"field": "[field('x')]", "equals": 1}, "then": {"effect": "deny"}}}}, {}
    )
    assert not unreadable.understood and unreadable.tags == ()


def test_the_restore_point_group_name_follows_the_documented_schema() -> None:
    assert restore_point_group("northeurope", None) == "AzureBackupRG_northeurope_1"
    custom = {
        "properties": {"instantRPDetails": {"azureBackupRGNamePrefix": "Contoso_", "azureBackupRGNameSuffix": "ForVMs"}}
    }
    assert restore_point_group("westeurope", custom, 2) == "Contoso_2ForVMs"
    assert is_restore_point_group("contoso_12forvms", "westeurope", custom)
    assert not is_restore_point_group("AzureBackupRG_westeurope_1", "westeurope", custom)
    assert is_restore_point_group("AzureBackupRG_westeurope_3", "westeurope", {"properties": {"instantRPDetails": {}}})
