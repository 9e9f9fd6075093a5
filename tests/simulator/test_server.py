"""The server's protocol: authentication, api-version, errors, paging links, throttling, faults, the log."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests
from azure.core.exceptions import HttpResponseError, ServiceRequestError, ServiceResponseError
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.resource.locks import ManagementLockClient

from core.simulator import FaultKind, FaultRule, SimulatorServer, ThrottleConfig
from core.simulator.messages import Response
from core.simulator.routing import route

from .conftest import SUB_A, ClientFactory

VMS = f"/subscriptions/{SUB_A}/providers/Microsoft.Compute/virtualMachines"
AUTH = {"Authorization": "Bearer test"}


def get(server: SimulatorServer, path: str, headers: dict[str, str] | None = None, **params: str) -> requests.Response:
    return requests.get(f"{server.base_url}{path}", params=params, headers=headers, verify=server.ca_file, timeout=10)


def wait_for_log(server: SimulatorServer, fault: str) -> Any:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        found = [e for e in server.request_log if e.fault == fault]
        if found:
            return found[0]
        time.sleep(0.02)
    raise AssertionError(f"no {fault} in the request log")


def test_requests_without_a_bearer_token_are_refused(server: SimulatorServer) -> None:
    answer = get(server, VMS, **{"api-version": "2026-04-01"})
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "AuthenticationFailed"
    assert "Bearer" in answer.headers["WWW-Authenticate"]
    basic = get(server, VMS, {"Authorization": "Basic eDp5"}, **{"api-version": "2026-04-01"})
    assert basic.status_code == 401


def test_api_version_is_required_and_must_look_like_a_date(server: SimulatorServer) -> None:
    missing = get(server, VMS, AUTH)
    assert missing.status_code == 400
    assert missing.json() == {
        "error": {
            "code": "MissingApiVersionParameter",
            "message": "The api-version query parameter (?api-version=) is required for all requests.",
        }
    }
    bad = get(server, VMS, AUTH, **{"api-version": "latest"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "InvalidApiVersionParameter"
    assert get(server, VMS, AUTH, **{"api-version": "1999-01-01-preview"}).status_code == 200


def test_unknown_routes_and_methods_answer_arm_errors(server: SimulatorServer) -> None:
    unknown = get(
        server, f"/subscriptions/{SUB_A}/providers/Microsoft.Nope/things", AUTH, **{"api-version": "2020-01-01"}
    )
    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == "NotFound"
    patch = requests.patch(
        f"{server.base_url}{VMS}", params={"api-version": "2026-04-01"}, headers=AUTH, verify=server.ca_file, timeout=5
    )
    assert patch.status_code == 405 and patch.json()["error"]["code"] == "MethodNotAllowed"


def test_an_internal_error_is_a_500_with_an_arm_body(server: SimulatorServer) -> None:
    def broken(*_: Any) -> Response:
        raise RuntimeError("kaboom")

    server.arm.router.routes.insert(0, route("GET", "subscriptions/{subscription}/boom", broken))
    answer = get(server, f"/subscriptions/{SUB_A}/boom", AUTH, **{"api-version": "2020-01-01"})
    assert answer.status_code == 500
    assert answer.json()["error"]["code"] == "InternalServerError"
    assert "kaboom" in answer.json()["error"]["message"]
    assert get(server, VMS, AUTH, **{"api-version": "2026-04-01"}).status_code == 200  # still serving


def test_next_links_use_the_server_url_and_keep_the_query(server: SimulatorServer) -> None:
    first = get(server, VMS, AUTH, **{"api-version": "2026-04-01", "statusOnly": "true"}).json()
    link = first["nextLink"]
    assert link.startswith(server.base_url + VMS + "?")
    assert "api-version=2026-04-01" in link and "statusOnly=true" in link and "%24skiptoken=3" in link
    second = requests.get(link, headers=AUTH, verify=server.ca_file, timeout=5).json()
    assert len(second["value"]) == 3 and "instanceView" in second["value"][0]["properties"]


def test_the_request_log_records_each_call(server: SimulatorServer, client: ClientFactory) -> None:
    server.clear_request_log()
    client(ComputeManagementClient).virtual_machines.get("rg-app", "vm-web01", expand="instanceView")
    (entry,) = server.request_log
    assert entry.method == "GET"
    assert (
        entry.path
        == f"/subscriptions/{SUB_A}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-web01"
    )
    assert entry.query == {"api-version": "2026-04-01", "$expand": "instanceView"}
    assert entry.status == 200 and entry.fault is None and entry.duration_ms > 0
    assert "authorization" not in entry.headers  # tokens never reach the log
    server.clear_request_log()
    assert server.request_log == []


def test_throttling_answers_429_with_retry_after_and_the_sdk_waits(
    server: SimulatorServer, client: ClientFactory
) -> None:
    server.throttle = ThrottleConfig(reads_burst=2, reads_per_second=1.0, writes_burst=5, writes_per_second=1.0)
    params = {"api-version": "2026-04-01"}
    first = get(server, VMS, AUTH, **params)
    assert first.headers["x-ms-ratelimit-remaining-subscription-reads"] == "1"
    get(server, VMS, AUTH, **params)
    throttled = get(server, VMS, AUTH, **params)
    assert throttled.status_code == 429
    assert throttled.json()["error"]["code"] == "SubscriptionRequestsThrottled"
    assert throttled.headers["Retry-After"] == "1"
    assert throttled.headers["x-ms-ratelimit-remaining-subscription-reads"] == "0"
    server.throttle = ThrottleConfig(reads_burst=2, reads_per_second=1.0, writes_burst=5, writes_per_second=1.0)
    missing = get(server, f"{VMS}/nope", AUTH, **params)
    assert missing.status_code == 404  # an unknown route still counts and says so
    assert missing.headers["x-ms-ratelimit-remaining-subscription-reads"] == "1"
    get(server, VMS, AUTH, **params)

    server.clear_request_log()
    started = time.monotonic()
    vm = client(ComputeManagementClient).virtual_machines.get("rg-app", "vm-web01")
    assert vm.name == "vm-web01"
    statuses = [e.status for e in server.request_log]
    assert statuses[0] == 429 and statuses[-1] == 200
    assert time.monotonic() - started >= 0.9  # the SDK honoured Retry-After
    locks = client(ManagementLockClient)
    server.clear_request_log()
    locks.management_locks.delete_at_resource_group_level("rg-app", "no-such-lock")
    assert server.request_log[-1].status == 204
    deleted = requests.delete(
        f"{server.base_url}/subscriptions/{SUB_A}/resourceGroups/rg-app/providers/Microsoft.Authorization/locks/x",
        params=params,
        headers=AUTH,
        verify=server.ca_file,
        timeout=5,
    )
    assert deleted.headers["x-ms-ratelimit-remaining-subscription-writes"] == "3"


def test_a_transient_5xx_is_retried_by_the_sdk(server: SimulatorServer, client: ClientFactory) -> None:
    server.add_fault(FaultRule(FaultKind.HTTP_503, path_regex=r"/virtualMachines/vm-web01$", max_count=1))
    vm = client(ComputeManagementClient).virtual_machines.get("rg-app", "vm-web01")
    assert vm.name == "vm-web01"
    assert [(e.status, e.fault) for e in server.request_log] == [(503, "503"), (200, None)]

    server.add_fault(FaultRule(FaultKind.HTTP_500, path_regex=r"/disks$"))
    with pytest.raises(HttpResponseError) as caught:
        list(client(ComputeManagementClient, retry_total=1).disks.list())
    assert caught.value.status_code == 500 and caught.value.error.code == "InternalServerError"
    server.clear_faults()
    assert len(list(client(ComputeManagementClient).disks.list())) == 7


def test_a_timeout_fault_surfaces_as_a_service_response_error(server: SimulatorServer, client: ClientFactory) -> None:
    server.add_fault(FaultRule(FaultKind.TIMEOUT, path_regex=r"/instanceView$", hold_seconds=1.0))
    compute = client(ComputeManagementClient, retry_total=0, read_timeout=0.25)
    with pytest.raises(ServiceResponseError):
        compute.virtual_machines.instance_view("rg-app", "vm-web01")
    entry = wait_for_log(server, "timeout")
    assert entry.status is None
    assert compute.virtual_machines.get("rg-app", "vm-web01").name == "vm-web01"  # other paths unaffected


def test_a_reset_fault_surfaces_as_an_azure_core_error_and_is_retried(
    server: SimulatorServer, client: ClientFactory
) -> None:
    server.add_fault(FaultRule(FaultKind.RESET, path_regex=r"/disks$"))
    with pytest.raises((ServiceRequestError, ServiceResponseError)):
        list(client(ComputeManagementClient, retry_total=0).disks.list())
    assert wait_for_log(server, "reset").status is None
    server.clear_faults()
    server.add_fault(FaultRule(FaultKind.RESET, path_regex=r"/disks$", max_count=1))
    assert len(list(client(ComputeManagementClient).disks.list())) == 7


def test_a_403_fault_on_a_scope_names_the_action_and_comes_after_authentication(
    server: SimulatorServer, client: ClientFactory
) -> None:
    scope = f"/subscriptions/{SUB_A}/resourceGroups/RG-DATA"
    server.add_fault(FaultRule(FaultKind.FORBIDDEN, scope=scope))
    compute = client(ComputeManagementClient)
    with pytest.raises(HttpResponseError) as caught:
        compute.virtual_machines.get("rg-data", "vm-sql01")
    assert caught.value.status_code == 403
    assert caught.value.error.code == "AuthorizationFailed"
    vm_id = f"/subscriptions/{SUB_A}/resourceGroups/rg-data/providers/Microsoft.Compute/virtualMachines/vm-sql01"
    assert "perform action 'Microsoft.Compute/virtualMachines/read' over scope" in caught.value.error.message
    assert f"'{vm_id}'" in caught.value.error.message
    assert compute.virtual_machines.get("rg-app", "vm-web01").name == "vm-web01"
    assert get(server, vm_id, **{"api-version": "2026-04-01"}).status_code == 401


def test_latency_delays_every_answer(server: SimulatorServer, client: ClientFactory) -> None:
    server.latency_ms = 120
    client(ComputeManagementClient).virtual_machines.get("rg-app", "vm-web01")
    assert server.request_log[-1].duration_ms >= 120
    server.latency_ms = 0


def test_subscriptions_are_listed_and_read(client: ClientFactory) -> None:
    from azure.core.exceptions import ResourceNotFoundError
    from azure.mgmt.resource.subscriptions import SubscriptionClient

    subscriptions = client(SubscriptionClient, subscription=None)
    listed = list(subscriptions.subscriptions.list())
    assert [s.display_name for s in listed] == ["Sim Production", "Sim Development"]
    assert listed[0].tenant_id == "99999999-9999-4999-8999-999999999999"
    assert subscriptions.subscriptions.get(SUB_A).state == "Enabled"
    with pytest.raises(ResourceNotFoundError) as caught:
        subscriptions.subscriptions.get("00000000-0000-4000-8000-000000000000")
    assert caught.value.error.code == "SubscriptionNotFound"
