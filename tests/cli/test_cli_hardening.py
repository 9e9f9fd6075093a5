"""The command line under hostile input and an unlucky run: plain text out, the documented exit code, no traceback."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest

from core import cli
from core.simulator import FaultKind, FaultRule, SimulatorServer
from tests.hostile_tenant import SMALL_TENANT, hostile_tenant

SUB_A = "11111111-1111-4111-8111-111111111111"
#: Terminal-driving characters: ESC, BEL, NUL, the bidi override.
RAW_CONTROLS = ("\x1b", "\x07", "\x00", "\u202e")


def scan(*args: str) -> tuple[int, str, str]:
    stdout, stderr = StringIO(), StringIO()
    code = cli.main(["scan", "--lang", "en", *args], stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def test_text_output_shows_escape_sequences_and_bidi_overrides_instead_of_sending_them(tmp_path: Path) -> None:
    code, out, err = scan("--tenant", str(hostile_tenant(tmp_path / "hostile.json")))

    assert code in (cli.EXIT_OK, cli.EXIT_INCOMPLETE)
    assert not [c for c in RAW_CONTROLS if c in out + err]
    assert "\\u001b]0;pwned\\u0007\\u001b[2J" in out  # shown, visibly
    assert "admin\\u202etxt.exe\\u0000" in out


def test_text_and_json_written_to_a_file_carry_no_raw_control_either(tmp_path: Path) -> None:
    tenant = hostile_tenant(tmp_path / "hostile.json")
    for fmt in ("text", "json"):
        written = tmp_path / f"scan.{fmt}"
        scan("--tenant", str(tenant), "--format", fmt, "--output", str(written))
        content = written.read_text(encoding="utf-8")
        assert not [c for c in RAW_CONTROLS if c in content], fmt
    names = {vm["name"] for vm in json.loads((tmp_path / "scan.json").read_text(encoding="utf-8"))["vms"]}
    assert "admin\u202etxt.exe\u0000" in names  # JSON keeps the data: the escapes decode to the same name


def test_a_tenant_file_nested_too_deeply_is_refused_with_exit_2_and_no_traceback(tmp_path: Path) -> None:
    data = json.loads(SMALL_TENANT.read_text(encoding="utf-8"))
    vm = next(r for r in data["resources"] if r["type"] == "Microsoft.Compute/virtualMachines")
    for depth in (490, 5_000):
        nested: object = 1
        for _ in range(depth):
            nested = {"a": nested}
        vm["properties"]["deep"] = nested
        tenant = tmp_path / f"deep-{depth}.json"
        try:
            text = json.dumps(data)
        except RecursionError:
            text = json.dumps({**data, "resources": []})[:-1] + ', "deep": ' + '{"a":' * depth + "1" + "}" * depth + "}"
        tenant.write_text(text, encoding="utf-8")

        code, out, err = scan("--tenant", str(tenant))

        assert code == cli.EXIT_COULD_NOT_RUN, depth
        assert "nested too deeply" in err
        assert "Traceback" not in err and out == ""


def test_a_subscription_that_is_not_there_is_a_problem_and_exit_3_not_a_clean_empty_scan(tmp_path: Path) -> None:
    missing = "99999999-9999-4999-8999-999999999999"
    code, out, _err = scan("--tenant", str(SMALL_TENANT), "--subscription", missing, "--format", "json")

    assert code == cli.EXIT_INCOMPLETE
    problems = json.loads(out)["problems"]
    assert [p["code"] for p in problems] == ["SubscriptionNotFound"]
    assert missing in problems[0]["message"] and "no access" in problems[0]["message"]


def test_a_known_subscription_asked_for_in_another_case_is_scanned_without_a_problem() -> None:
    _code, out, _ = scan("--tenant", str(SMALL_TENANT), "--subscription", SUB_A.upper(), "--format", "json")
    document = json.loads(out)
    assert document["problems"] == [] or all(p["code"] != "SubscriptionNotFound" for p in document["problems"])
    assert {vm["subscriptionId"] for vm in document["vms"]} == {SUB_A}


def test_sign_in_refused_after_the_subscription_list_exits_2_saying_sign_in_again(demo_server: SimulatorServer) -> None:
    demo_server.add_fault(FaultRule(FaultKind.UNAUTHORIZED, path_regex="/virtualMachines$"))

    code, _out, err = scan("--arm-url", demo_server.base_url, "--ca-file", str(demo_server.ca_file))

    assert code == cli.EXIT_COULD_NOT_RUN
    assert "sign in again" in err
    assert "Traceback" not in err


@pytest.mark.slow
def test_a_failed_read_of_a_failed_jobs_details_makes_the_scan_incomplete(demo_server: SimulatorServer) -> None:
    # A job's details are read only when its listed errors name no documented code: make it so.
    for job in demo_server.store.of_type("Microsoft.RecoveryServices/vaults/backupJobs"):
        if str(job["properties"].get("status")).lower() == "failed":
            demo_server.store.update(job["id"], lambda j: j["properties"].pop("errorDetails", None))
    demo_server.add_fault(FaultRule(FaultKind.HTTP_500, path_regex="/backupJobs/[^/]+$", method="GET"))

    code, out, _err = scan("--arm-url", demo_server.base_url, "--ca-file", str(demo_server.ca_file), "--format", "json")

    assert code == cli.EXIT_INCOMPLETE
    problems = json.loads(out)["problems"]
    assert problems and all("/backupJobs/" in p["scope"] for p in problems)
