"""The simulated Azure Policy (Deny assignments on resource group writes) and VM start/restart/resize, through
the real SDK clients (the gateway's calls in core/azure/fix_calls.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from core.azure import fix_calls
from core.azure.errors import AzureProblemError
from core.session import Session, demo_session

DEV = "2d7a9e40-c1b3-4f85-9a62-7e0d4b8c3f15"
PROD = "8f3c2a51-6b7e-4d19-a0c4-5e2f9b7d1c36"
ASSIGNMENT = f"/subscriptions/{DEV}/providers/Microsoft.Authorization/policyAssignments/exigir-centro-de-custo"


@pytest.fixture
def session() -> Iterator[Session]:
    with demo_session() as opened:
        yield opened


def store(session: Session) -> Any:
    assert session.server is not None
    return session.server.store


def test_a_group_without_the_required_tag_is_refused_with_the_policy_identifiers(session: Session) -> None:
    with pytest.raises(AzureProblemError) as refused:
        fix_calls.put_resource_group(session.gateway, DEV, "rg-novo", "westeurope", {"dono": "x"})
    assert refused.value.problem.code == "RequestDisallowedByPolicy" and refused.value.status == 403
    assert store(session).get(f"/subscriptions/{DEV}/resourceGroups/rg-novo") is None
    made = fix_calls.put_resource_group(session.gateway, DEV, "rg-novo", "westeurope", {"Centro-De-Custo": "CC-1"})
    assert made["tags"] == {"Centro-De-Custo": "CC-1"}  # tag names compare without case, as Azure Policy does


def test_the_assignment_applies_only_under_its_scope_and_not_when_not_enforced(session: Session) -> None:
    assert fix_calls.put_resource_group(session.gateway, PROD, "rg-novo", "westeurope", {})["name"] == "rg-novo"
    store(session).update(ASSIGNMENT, lambda a: a["properties"].update({"enforcementMode": "DoNotEnforce"}))
    assert fix_calls.put_resource_group(session.gateway, DEV, "rg-livre", "westeurope", {})["name"] == "rg-livre"


def test_assignments_and_built_in_definitions_are_read_by_id(session: Session) -> None:
    assignment = fix_calls.get_policy_resource(session.gateway, ASSIGNMENT)
    definition = fix_calls.get_policy_resource(session.gateway, assignment["properties"]["policyDefinitionId"])
    assert definition["properties"]["displayName"] == "Require a tag on resource groups"
    assert definition["properties"]["policyRule"]["then"]["effect"] == "deny"
    with pytest.raises(AzureProblemError) as missing:
        fix_calls.get_policy_resource(session.gateway, ASSIGNMENT + "-outra")
    assert missing.value.status == 404


def test_a_group_cannot_move_to_another_region(session: Session) -> None:
    with pytest.raises(AzureProblemError) as refused:
        fix_calls.put_resource_group(session.gateway, DEV, "rg-dev", "northeurope", {"centro-de-custo": "CC-2300"})
    assert refused.value.status == 409


def _vm(session: Session, name: str) -> dict[str, Any]:
    return next(v for v in store(session).of_type("Microsoft.Compute/virtualMachines") if v["name"] == name)


def _power(vm: dict[str, Any]) -> str:
    return next(
        s["code"] for s in vm["properties"]["instanceView"]["statuses"] if s["code"].startswith("PowerState/")
    )


def test_restart_needs_a_running_vm_and_start_runs_a_stopped_one(session: Session) -> None:
    vm = _vm(session, "vm-tst-app01")  # stopped
    with pytest.raises(AzureProblemError) as refused:
        fix_calls.restart_vm(session.gateway, vm["id"])
    assert refused.value.status == 409 and refused.value.problem.code == "OperationNotAllowed"
    fix_calls.start_vm(session.gateway, vm["id"])
    assert _power(store(session).get(vm["id"])) == "PowerState/running"


def test_resize_only_to_an_offered_size(session: Session) -> None:
    vm = _vm(session, "vm-dev-lnx01")
    sizes = {s["name"] for s in fix_calls.available_sizes(session.gateway, vm["id"])}
    assert {"Standard_D2s_v5", "Standard_D4s_v5"} <= sizes
    with pytest.raises(AzureProblemError) as refused:
        fix_calls.resize_vm(session.gateway, vm["id"], "Standard_Z99")
    assert refused.value.status == 409
    resized = fix_calls.resize_vm(session.gateway, vm["id"], "Standard_D4s_v5")
    assert resized["properties"]["hardwareProfile"]["vmSize"] == "Standard_D4s_v5"
