"""Run Command through the real SDK against the simulator: every way a run can end, as the user sees it."""

from __future__ import annotations

import threading
from dataclasses import replace

from core.checks import evaluate
from core.collect import collect_vm
from core.findings import Status
from core.guest import outcome
from core.guest.inspection import inspect_guest
from core.simulator.faults import parse_fault_spec
from tests.guest.conftest import Serve


def _inspect(gateway, vm, *, agent_ready: bool = True, timeout: float = 20.0, cancel=None):  # type: ignore[no-untyped-def]
    os_type = vm["properties"]["storageProfile"]["osDisk"]["osType"]
    return inspect_guest(gateway, vm["id"], os_type, agent_ready=agent_ready, timeout=timeout, cancel=cancel)


def test_a_linux_guest_answers_with_what_the_script_prints_on_it(serve: Serve) -> None:
    guest = {
        "waagentConf": "Extensions.Enable=y\nProvisioning.Agent=disabled\n",
        "network": [{"name": "eth0", "dhcp": False}],
    }
    _server, gateway, vms = serve({"vm-app01": guest})
    inspection = _inspect(gateway, vms["vm-app01"])
    assert inspection.outcome == outcome.ANSWERED and inspection.report is not None
    conf = inspection.report.waagent_conf
    assert conf is not None and conf.provisioning_agent is not None
    assert (conf.provisioning_agent.line, conf.provisioning_agent.number) == ("Provisioning.Agent=disabled", 2)
    assert [(n.name, n.dhcp) for n in inspection.report.network] == [("eth0", False)]
    # The guest state is the simulator's secret: Azure never serves it.
    assert "guest" not in gateway.get_virtual_machine(vms["vm-app01"]["id"])


def test_a_run_takes_its_time_and_a_second_one_meanwhile_gets_409(serve: Serve) -> None:
    server, gateway, vms = serve()
    server.arm.settings.run_command_seconds = 3600  # the first run is still going when the second comes
    cancel = threading.Event()
    cancel.set()
    first = _inspect(gateway, vms["vm-web01"], cancel=cancel)
    assert first.outcome == outcome.CANCELLED
    assert "may still finish" in (first.reason.render() if first.reason else "")
    second = _inspect(gateway, vms["vm-web01"])
    assert second.outcome == outcome.BUSY and second.error_code == "Conflict"
    log = [entry for entry in server.request_log if "runCommand" in entry.path]
    assert [entry.status for entry in log] == [202, 409]


def test_an_agent_that_is_not_ready_fails_the_run_which_is_evidence(serve: Serve) -> None:
    _server, gateway, vms = serve()
    inspection = _inspect(gateway, vms["vm-data01"], agent_ready=False)
    assert inspection.outcome == outcome.AGENT_DOWN
    assert inspection.error_code == "VMAgentStatusCommunicationError"


def test_extensions_disabled_in_waagent_conf_means_the_run_never_starts(serve: Serve) -> None:
    _server, gateway, vms = serve({"vm-app02": {"waagentConf": "Extensions.Enable=n\n"}})
    inspection = _inspect(gateway, vms["vm-app02"], timeout=0.5)
    assert inspection.outcome == outcome.NO_ANSWER
    assert "does not run extensions" in (inspection.reason.render() if inspection.reason else "")


def test_without_the_permission_the_run_is_refused_and_names_it(serve: Serve) -> None:
    rule = parse_fault_spec("403,method=POST:/runCommand$")
    _server, gateway, vms = serve(faults=[rule])
    inspection = _inspect(gateway, vms["vm-web01"])
    assert inspection.outcome == outcome.REFUSED
    assert "Microsoft.Compute/virtualMachines/runCommand/action" in (
        inspection.reason.render() if inspection.reason else ""
    )


def test_a_hostile_answer_is_unreadable_and_changes_no_finding(serve: Serve) -> None:
    _server, gateway, vms = serve({"vm-app01": {"stdout": "<html><script>alert(1)</script></html>"}})
    inspection = _inspect(gateway, vms["vm-app01"])
    assert inspection.outcome == outcome.UNREADABLE
    assert "not the JSON document" in (inspection.reason.render() if inspection.reason else "")


def _findings(facts):  # type: ignore[no-untyped-def]
    return [(f.check, f.status, f.title.render()) for f in evaluate(facts)]


def test_an_unreadable_answer_adds_one_finding_and_changes_nothing_else(serve: Serve) -> None:
    _server, gateway, vms = serve({"vm-app01": {"stdout": "\x00\x01garbage"}})
    facts = collect_vm(gateway, vms["vm-app01"]["id"])
    before = _findings(facts)
    facts = replace(facts, guest=_inspect(gateway, vms["vm-app01"]))
    after = _findings(facts)
    added = [f for f in after if f not in before]
    assert [(check, status) for check, status, _ in added] == [("inside-guest", Status.UNKNOWN)]
    assert added[0][2] == "Could not read the guest's answer"
    assert [f for f in after if f[0] != "inside-guest"] == before


def test_the_guest_confirms_the_waagent_cause_with_the_offending_line(serve: Serve) -> None:
    guest = {"waagentConf": "# settings\nProvisioning.Agent=waagent\nExtensions.Enable=y\n"}
    _server, gateway, vms = serve({"vm-app01": guest})
    facts = collect_vm(gateway, vms["vm-app01"]["id"])
    facts = replace(facts, guest=_inspect(gateway, vms["vm-app01"]))
    waagent = [f for f in evaluate(facts) if f.check == "linux-waagent-conf"]
    assert [f.status for f in waagent] == [Status.FAIL]
    assert 'line 2: "Provisioning.Agent=waagent"' in (waagent[0].detail.render() if waagent[0].detail else "")
    assert waagent[0].evidence["fromGuest"] is True and "unconfirmed" not in waagent[0].evidence
