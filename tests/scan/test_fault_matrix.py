"""Every list and read a scan makes × every way an answer goes wrong, through the real SDK.

For each cell: no exception escapes the scan, every VM is accounted for (listed and evaluated, or its
subscription carries the problem that kept it from being listed), the problem sits on the part the
failed read concerns, and the scan command's exit code is the documented one (docs/scan-output.md:
3 when something could not be checked, 2 when sign-in failed before anything was read).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from core.azure.errors import UNEXPECTED_RESPONSE
from core.cli_scan import EXIT_COULD_NOT_RUN, EXIT_INCOMPLETE, exit_code
from core.scan import ScanReport, run_scan
from core.simulator import FaultKind, FaultRule, SimulatorServer, Tenant

# The reads of a scan, as regular expressions on the decoded request path.
READS = {
    "subscriptions": r"^/subscriptions$",
    "virtual machines": r"/providers/Microsoft\.Compute/virtualMachines$",
    "managed disks": r"/providers/Microsoft\.Compute/disks$",
    "locks": r"/providers/Microsoft\.Authorization/locks$",
    "restore point collections": r"/providers/Microsoft\.Compute/restorePointCollections$",
    "one restore point collection": r"/restorePointCollections/[^/]+$",
    "vaults": r"/providers/Microsoft\.RecoveryServices/vaults$",
    "protected items": r"/backupProtectedItems$",
    "backup jobs": r"/backupJobs$",
    "one job's details": r"/backupJobs/[^/]+$",
    "one key vault": r"/providers/Microsoft\.KeyVault/vaults/[^/]+$",
    "Backup Management Service (Graph)": r"^/v1\.0/servicePrincipals$",
}

KINDS = [
    FaultKind.HTML,
    FaultKind.EMPTY,
    FaultKind.SHAPE,
    FaultKind.TRUNCATED,
    FaultKind.UNAUTHORIZED,
    FaultKind.FORBIDDEN,
    FaultKind.NOT_FOUND,
    FaultKind.THROTTLED,
    FaultKind.HTTP_500,
    FaultKind.RESET,
    FaultKind.TIMEOUT,
]

MALFORMED = {FaultKind.HTML, FaultKind.EMPTY, FaultKind.SHAPE, FaultKind.TRUNCATED}


def _vms_by_subscription(server: SimulatorServer) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for vm in server.store.of_type("Microsoft.Compute/virtualMachines"):
        found.setdefault(vm["id"].split("/")[2].lower(), set()).add(vm["id"].lower())
    return found


def _scan(server: SimulatorServer, gateway_for, read_timeout: float = 2.0) -> ScanReport:
    # Little patience, so throttling and timeouts give up within a second or two.
    gateway = gateway_for(server, read_timeout=read_timeout, retry_total=1, retry_status=1, retry_read=0)
    return run_scan(gateway)


@pytest.fixture
def demo_server(demo_tenant: Tenant) -> Iterator[SimulatorServer]:
    """The demo tenant paged as Azure pages it: a fault is about one read, not about paging (the gateway's
    paging under faults is tests/azure/test_gateway_faults.py's), and 3.5 times fewer requests a scan keep
    132 cells affordable."""
    with SimulatorServer(demo_tenant, page_size=None) as server:
        yield server


#: read -> the paths a clean scan reads for it (the same for every kind of fault: scanned once per worker).
_CLEAN_TARGETS: dict[str, list[str]] = {}


def _clean_targets(server: SimulatorServer, gateway_for, read: str) -> list[str]:
    if read not in _CLEAN_TARGETS:
        clean = _scan(server, gateway_for)
        targets = [e.path for e in server.request_log if re.search(READS[read], e.path, re.IGNORECASE)]
        assert targets, f"a clean scan of the demo tenant makes no {read} read"
        assert clean.problems == []
        _CLEAN_TARGETS[read] = targets
    return _CLEAN_TARGETS[read]


@pytest.mark.parametrize("kind", KINDS, ids=[k.value for k in KINDS])
@pytest.mark.parametrize("read", list(READS), ids=list(READS))
def test_every_read_fails_every_way_and_the_scan_accounts_for_every_vm(
    demo_server: SimulatorServer, gateway_for, read: str, kind: FaultKind
) -> None:
    pattern = READS[read]
    if read == "one job's details":
        # A job's details are read only when its listed errors name no documented code: make it so.
        for job in demo_server.store.of_type("Microsoft.RecoveryServices/vaults/backupJobs"):
            if str(job["properties"].get("status")).lower() == "failed":
                demo_server.store.update(job["id"], lambda j: j["properties"].pop("errorDetails", None))
    targets = _clean_targets(demo_server, gateway_for, read)

    demo_server.clear_request_log()
    # A timeout cell waits out its read timeout: 1 s there (a healthy answer here takes milliseconds), 2 s
    # elsewhere, so that a slow answer on a loaded machine is not taken for the fault.
    timeout = 1.0 if kind is FaultKind.TIMEOUT else 2.0
    demo_server.add_fault(FaultRule(kind, path_regex=pattern, hold_seconds=timeout + 1))
    report = _scan(demo_server, gateway_for, timeout)  # raises nothing, whatever the answer

    assert demo_server.arm.faults.fired() != [0]
    # (A held request is logged only when its hold ends, maybe after the scan gave up on it.)
    failed = [e for e in demo_server.request_log if re.search(pattern, e.path, re.IGNORECASE)]
    assert all(e.fault == kind.value or e.status is None for e in failed)
    problems = report.problems + [p for r in report.vms for p in r.facts.unavailable.values()]
    assert problems, "a failed read left no trace"

    # Every VM is accounted for: evaluated, or its subscription (or the subscription list) has a problem.
    listed = {r.facts.id.lower() for r in report.vms}
    problem_scopes = {p.scope.lower() for p in report.problems}
    for subscription, vm_ids in _vms_by_subscription(demo_server).items():
        missing = vm_ids - listed
        if missing:
            assert read in {"subscriptions", "virtual machines"}
            assert f"/subscriptions/{subscription}" in problem_scopes or "/subscriptions" in problem_scopes

    # The problem is on the part the read concerns, and says what was wrong with the answer.
    faulted = {path.lower() for path in targets}
    on_part = [
        p
        for p in problems
        if p.scope.lower() in faulted
        or any(path.startswith(p.scope.lower() + "/") for path in faulted)
        or p.scope == "servicePrincipals(appId=262044b1-e2ce-469f-a196-69ab7ada62d3)"
        or p.scope == "servicePrincipals"
    ]
    assert on_part, f"no problem on {sorted(faulted)[:2]}: {[p.scope for p in problems]}"
    problem = on_part[0]
    text = problem.message.render()
    if kind in MALFORMED:
        assert problem.code == UNEXPECTED_RESPONSE and problem.status == 200
        assert text.startswith("Could not read ")
        assert "HTTP 200" not in text and "refused" not in text
        expected = {
            FaultKind.HTML: "is a proxy asking for sign-in?",
            FaultKind.EMPTY: "the answer was empty",
            FaultKind.SHAPE: "unexpected shape",
            FaultKind.TRUNCATED: "cut off",
        }[kind]
        assert expected in text
    elif kind is FaultKind.FORBIDDEN:
        assert problem.status == 403
    elif kind is FaultKind.NOT_FOUND:
        assert problem.status == 404
    elif kind is FaultKind.THROTTLED:
        assert problem.status == 429
    elif kind is FaultKind.HTTP_500:
        assert problem.status == 500

    # The documented exit code (docs/scan-output.md): a 401 at whatever point means "sign in again", 2.
    signed_out = kind is FaultKind.UNAUTHORIZED
    expected_exit = EXIT_COULD_NOT_RUN if signed_out else EXIT_INCOMPLETE
    assert exit_code(report) == expected_exit
