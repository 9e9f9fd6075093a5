"""Loading tenant files: what is accepted, and what is refused with the resource and field named."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from core import locator
from core.simulator import SimulatorServer, Tenant, TenantFileError, load_tenant
from core.simulator.tenant import schema

from .conftest import SMALL_TENANT, SUB_A

VM1 = f"/subscriptions/{SUB_A}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-web01"


@pytest.fixture
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SMALL_TENANT.read_text(encoding="utf-8"))
    return data


def index_of(data: dict[str, Any], resource_id: str) -> int:
    return next(i for i, r in enumerate(data["resources"]) if r["id"] == resource_id)


def refused(data: Any) -> str:
    with pytest.raises(TenantFileError) as caught:
        Tenant.from_dict(data, source="t.json")
    return str(caught.value)


def test_the_small_tenant_and_the_demo_tenant_load_and_match_the_shipped_schema(raw: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    jsonschema.validate(raw, schema())
    assert len(load_tenant(SMALL_TENANT).resources) == len(raw["resources"])
    demo = load_tenant(locator.resource("demo-tenant.json"))
    assert any(r["type"] == "Microsoft.Compute/virtualMachines" for r in demo.resources)


def test_a_list_field_of_the_wrong_type_names_the_resource_by_id_and_the_field(raw: dict[str, Any]) -> None:
    index = index_of(raw, VM1)
    raw["resources"][index]["properties"]["instanceView"]["statuses"] = {"code": "x"}
    message = refused(raw)
    assert f"resources[{index}] ({VM1}): properties.instanceView.statuses must be a list" in message
    assert message.startswith("t.json: ")


def test_a_resource_without_id_is_named_by_its_index(raw: dict[str, Any]) -> None:
    del raw["resources"][5]["id"]
    assert "resources[5]: id is missing" in refused(raw)


def test_a_field_of_the_wrong_scalar_type_is_named(raw: dict[str, Any]) -> None:
    disk = next(r for r in raw["resources"] if r["type"] == "Microsoft.Compute/disks")
    disk["properties"]["diskSizeGB"] = "128"
    assert f"({disk['id']}): properties.diskSizeGB must be an integer" in refused(raw)


def test_a_bad_lock_level_is_refused_with_the_allowed_values(raw: dict[str, Any]) -> None:
    lock = next(r for r in raw["resources"] if r["type"] == "Microsoft.Authorization/locks")
    lock["properties"]["level"] = "NoTouching"
    message = refused(raw)
    assert "properties.level must be one of CanNotDelete, ReadOnly" in message
    assert lock["id"] in message


def test_duplicate_ids_are_refused_even_in_another_casing(raw: dict[str, Any]) -> None:
    twin = copy.deepcopy(raw["resources"][index_of(raw, VM1)])
    twin["id"] = VM1.upper().replace("/SUBSCRIPTIONS/", "/subscriptions/")
    twin["name"] = twin["id"].rsplit("/", 1)[-1]
    raw["resources"].append(twin)
    assert f"id duplicates resources[{index_of(raw, VM1)}]" in refused(raw)


def test_an_id_under_an_undeclared_subscription_is_refused(raw: dict[str, Any]) -> None:
    stray = copy.deepcopy(raw["resources"][index_of(raw, VM1)])
    stray["id"] = VM1.replace(SUB_A, "33333333-3333-4333-8333-333333333333")
    raw["resources"].append(stray)
    message = refused(raw)
    assert stray["id"] in message and "not under a declared subscription" in message


def test_a_type_that_does_not_match_the_id_is_refused(raw: dict[str, Any]) -> None:
    index = index_of(raw, VM1)
    raw["resources"][index]["type"] = "Microsoft.Compute/disks"
    message = refused(raw)
    assert f"resources[{index}] ({VM1}): type 'Microsoft.Compute/disks' does not match the id" in message
    assert "'Microsoft.Compute/virtualMachines'" in message


def test_an_extension_whose_vm_is_missing_is_refused(raw: dict[str, Any]) -> None:
    raw["resources"].pop(index_of(raw, VM1))
    assert f"id names parent {VM1}, which is not in the file" in refused(raw)


def test_type_casing_does_not_skip_the_type_rules(raw: dict[str, Any]) -> None:
    index = index_of(raw, VM1)
    raw["resources"][index]["type"] = "microsoft.compute/VIRTUALMACHINES"
    raw["resources"][index]["properties"]["instanceView"]["vmAgent"]["statuses"] = "Ready"
    assert f"({VM1}): properties.instanceView.vmAgent.statuses must be a list" in refused(raw)


def test_every_problem_is_listed_and_nothing_is_loaded(raw: dict[str, Any]) -> None:
    raw["resources"][0]["location"] = 7
    raw["resources"][3]["tags"] = {"a": 1}
    with pytest.raises(TenantFileError) as caught:
        Tenant.from_dict(raw)
    assert len(caught.value.problems) == 2
    assert "resources[0]" in caught.value.problems[0] and "location must be a string" in caught.value.problems[0]
    assert "resources[3]" in caught.value.problems[1] and "tags.a must be a string" in caught.value.problems[1]


def test_json_syntax_errors_give_line_and_column(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "tenantId": "t",\n  "subscriptions": [,]\n}\n', encoding="utf-8")
    with pytest.raises(TenantFileError, match=r"broken\.json: is not valid JSON: .* at line 3, column 21"):
        load_tenant(broken)


def test_a_missing_file_is_a_tenant_file_error(tmp_path: Path) -> None:
    with pytest.raises(TenantFileError, match="cannot be read"):
        load_tenant(tmp_path / "nope.json")


def test_top_level_problems_are_named(raw: dict[str, Any]) -> None:
    raw["subscriptions"][1]["subscriptionId"] = 5
    del raw["tenantId"]
    message = refused(raw)
    assert "tenant: tenantId is missing" in message
    assert "subscriptions[1]: subscriptionId must be a string" in message


def test_relative_times_become_timestamps_and_bad_ones_are_named(raw: dict[str, Any]) -> None:
    now = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)
    tenant = Tenant.from_dict(raw, now=now)
    job = next(r for r in tenant.resources if r["id"].endswith("a1000000-0000-4000-8000-000000000005"))
    assert job["properties"]["startTime"] == "2026-11-25T11:40:00Z"
    index = next(i for i, r in enumerate(raw["resources"]) if r["id"] == job["id"])
    raw["resources"][index]["properties"]["startTime"] = "@now-PT20X"
    assert f"resources[{index}] ({job['id']}): properties.startTime is a bad relative time" in refused(raw)


def test_unknown_fields_are_kept_and_served(raw: dict[str, Any]) -> None:
    index = index_of(raw, VM1)
    raw["resources"][index]["futureTopLevel"] = {"x": [1, 2]}
    raw["resources"][index]["properties"]["brandNewSetting"] = True
    with SimulatorServer(Tenant.from_dict(raw)) as server:
        stored = server.store.get(VM1.upper().replace("/SUBSCRIPTIONS/", "/subscriptions/"))
        assert stored is not None
        assert stored["id"] == VM1  # stored casing kept, looked up without regard to case
        assert stored["futureTopLevel"] == {"x": [1, 2]}
        assert stored["properties"]["brandNewSetting"] is True
