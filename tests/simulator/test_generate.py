"""The synthetic tenant generator: counts, unique and consistent ids, determinism."""

from __future__ import annotations

import json
import math
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from core import locator
from core.simulator.generate import FAILING_SCENARIOS, HEALTHY, VMS_PER_RESOURCE_GROUP, generate_tenant, main
from core.simulator.relative_time import expand_relative_times

VM = "Microsoft.Compute/virtualMachines"
PROTECTED_ITEM = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems"
JOB = "Microsoft.RecoveryServices/vaults/backupJobs"


def of_type(tenant: dict[str, Any], rtype: str) -> list[dict[str, Any]]:
    return [resource for resource in tenant["resources"] if resource["type"] == rtype]


@pytest.fixture(scope="module")
def tenant() -> dict[str, Any]:
    return generate_tenant(250, subscriptions=3, seed=7, failing_ratio=0.3)


def test_counts(tenant: dict[str, Any]) -> None:
    vms = of_type(tenant, VM)
    assert len(vms) == 250
    assert len(tenant["subscriptions"]) == 3
    per_subscription = Counter(vm["id"].split("/")[2] for vm in vms)
    assert sorted(per_subscription.values()) == [83, 83, 84]
    assert set(per_subscription) == {sub["subscriptionId"] for sub in tenant["subscriptions"]}
    per_group = Counter(vm["id"].split("/resourceGroups/")[1].split("/")[0] + vm["id"].split("/")[2] for vm in vms)
    assert max(per_group.values()) == VMS_PER_RESOURCE_GROUP
    assert len(per_group) == sum(math.ceil(count / VMS_PER_RESOURCE_GROUP) for count in per_subscription.values())
    assert {vm["location"] for vm in vms} == {"westeurope", "northeurope"}
    scenarios = Counter(vm["tags"]["demo-scenario"] for vm in vms)
    items = of_type(tenant, PROTECTED_ITEM)
    assert len(items) == 250 - scenarios["not-protected"]
    assert of_type(tenant, JOB), "jobs are generated"
    assert of_type(tenant, "Microsoft.Compute/restorePointCollections")
    assert of_type(tenant, "Microsoft.Authorization/locks")
    assert {vm["properties"]["storageProfile"]["osDisk"]["osType"] for vm in vms} == {"Windows", "Linux"}
    # one vault per subscription and region
    vaults = of_type(tenant, "Microsoft.RecoveryServices/vaults")
    assert len({(vault["id"].split("/")[2], vault["location"]) for vault in vaults}) == len(vaults) == 6


def test_ids_are_unique_and_references_resolve(tenant: dict[str, Any]) -> None:
    resources = tenant["resources"]
    ids = [resource["id"].lower() for resource in resources]
    assert len(ids) == len(set(ids))
    points = [
        point["id"].lower()
        for collection in of_type(tenant, "Microsoft.Compute/restorePointCollections")
        for point in collection["properties"]["restorePoints"]
    ]
    assert len(points) == len(set(points))
    known = set(ids)
    subscriptions = {sub["subscriptionId"] for sub in tenant["subscriptions"]}
    vms = {vm["id"] for vm in of_type(tenant, VM)}
    for resource in resources:
        assert resource["id"].split("/")[2] in subscriptions
        if resource["type"] != "Microsoft.Resources/resourceGroups":
            group = "/".join(resource["id"].split("/")[:5]).lower()
            assert group in known, resource["id"]
    for vm in of_type(tenant, VM):
        storage = vm["properties"]["storageProfile"]
        assert storage["osDisk"]["osType"] in ("Windows", "Linux")
        for disk in [storage["osDisk"], *storage["dataDisks"]]:
            assert disk["managedDisk"]["id"].lower() in known
    for extension in of_type(tenant, "Microsoft.Compute/virtualMachines/extensions"):
        assert extension["id"].split("/extensions/")[0] in vms
    containers = set()
    for item in of_type(tenant, PROTECTED_ITEM):
        assert item["properties"]["sourceResourceId"] in vms
        assert item["properties"]["policyId"].lower() in known
        containers.add((item["id"].split("/backupFabrics/")[0], item["properties"]["containerName"]))
    for job in of_type(tenant, JOB):
        assert (job["id"].split("/backupJobs/")[0], job["properties"]["containerName"]) in containers
        for error in job["properties"].get("errorDetails", []):
            assert type(error["errorCode"]) is int
    for collection in of_type(tenant, "Microsoft.Compute/restorePointCollections"):
        assert collection["properties"]["source"]["id"] in vms
    text = json.dumps(tenant)
    for vault in {part.split('"')[0] for part in text.split('"sourceVault": {"id": "')[1:]}:
        assert vault.lower() in known


def test_the_same_seed_gives_the_same_tenant() -> None:
    first = generate_tenant(60, seed=3)
    assert json.dumps(first) == json.dumps(generate_tenant(60, seed=3))
    assert json.dumps(first) != json.dumps(generate_tenant(60, seed=4))


def test_failing_ratio() -> None:
    def scenarios(ratio: float) -> Counter[str]:
        tenant = generate_tenant(400, seed=1, failing_ratio=ratio)
        return Counter(vm["tags"]["demo-scenario"] for vm in of_type(tenant, VM))

    assert set(scenarios(0.0)) == {HEALTHY}
    all_failing = scenarios(1.0)
    assert HEALTHY not in all_failing
    assert set(all_failing) <= set(FAILING_SCENARIOS["Windows"]) | set(FAILING_SCENARIOS["Linux"])
    assert 50 <= 400 - scenarios(0.2)[HEALTHY] <= 110


def test_every_scenario_can_be_generated() -> None:
    tenant = generate_tenant(600, seed=5, failing_ratio=1.0)
    seen = {vm["tags"]["demo-scenario"] for vm in of_type(tenant, VM)}
    assert seen == set(FAILING_SCENARIOS["Windows"]) | set(FAILING_SCENARIOS["Linux"])


def test_placeholders_expand_and_the_schema_accepts_the_tenant(tenant: dict[str, Any]) -> None:
    expanded = expand_relative_times(tenant, datetime(2026, 11, 25, 16, 40, tzinfo=UTC))
    assert '"@now' not in json.dumps(expanded)
    schema_path = locator.resource("tenant.schema.json")
    if not schema_path.exists():
        pytest.skip("resources/tenant.schema.json is not there")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(tenant))
    assert not errors, errors[0].message


def test_edge_counts() -> None:
    empty = generate_tenant(0)
    assert of_type(empty, VM) == []
    one = generate_tenant(1, subscriptions=3)
    assert len(of_type(one, VM)) == 1
    with pytest.raises(ValueError):
        generate_tenant(-1)
    with pytest.raises(ValueError):
        generate_tenant(5, subscriptions=0)
    with pytest.raises(ValueError):
        generate_tenant(5, failing_ratio=1.5)


def test_command_line_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "tenant.json"
    assert main(["--vms", "12", "--seed", "2", "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == generate_tenant(12, seed=2)
    assert main(["--vms", "3", "--absolute-times", "--compact", "--out", str(out)]) == 0
    assert '"@now' not in out.read_text(encoding="utf-8")


def _vm_state(vm: dict[str, Any]) -> tuple[object, ...]:
    """What a scan sees of a VM's state: provisioning, power, agent and extension states."""
    properties = vm["properties"]
    view = properties.get("instanceView", {})
    agent = view.get("vmAgent")
    return (
        properties["provisioningState"],
        [s["code"] for s in view.get("statuses", []) if s["code"].startswith("PowerState/")],
        None if agent is None else [s["displayStatus"] for s in agent.get("statuses", [])],
        sorted((e["type"], e["statuses"][0]["code"]) for e in view.get("extensions", []) if e.get("statuses")),
    )


def test_a_generated_failing_vm_looks_like_the_demo_vm_of_its_scenario() -> None:
    """Both tenants build their scenarios from core/simulator/shapes/scenarios.py: same scenario, same state."""
    demo = json.loads(locator.resource("demo-tenant.json").read_text(encoding="utf-8"))
    demo_vms = {vm["tags"]["demo-scenario"]: vm for vm in of_type(demo, VM)}
    generated: dict[tuple[str, str], dict[str, Any]] = {}
    for vm in of_type(generate_tenant(600, seed=5, failing_ratio=1.0), VM):
        generated.setdefault((vm["tags"]["demo-scenario"], vm["properties"]["storageProfile"]["osDisk"]["osType"]), vm)
    compared = 0
    for scenario, demo_vm in demo_vms.items():
        twin = generated.get((scenario, demo_vm["properties"]["storageProfile"]["osDisk"]["osType"]))
        if twin is not None:
            assert _vm_state(twin) == _vm_state(demo_vm), scenario
            compared += 1
    assert compared == len(set(FAILING_SCENARIOS["Windows"]) | set(FAILING_SCENARIOS["Linux"]))
