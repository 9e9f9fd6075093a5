"""Report fixtures: scans of the demo tenant and of a hostile copy of it, through the real SDK and simulator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hostile import HOSTILE, LONG, hostile_text

from core.report import saved_scan
from core.report.snapshot import ScanSnapshot, snapshot_from_scan
from core.scan import ScanReport, run_scan
from core.session import demo_tenant_path, simulated_session


def _hostile_tenant(tmp: Path) -> Path:
    tenant = json.loads(demo_tenant_path().read_text(encoding="utf-8"))
    kinds = list(HOSTILE)
    for index, resource in enumerate(tenant["resources"]):
        kind = kinds[index % len(kinds)]
        props: dict[str, Any] = resource.get("properties", {})
        rtype = resource["type"]
        if rtype == "Microsoft.Compute/virtualMachines":
            resource["tags"] = {hostile_text(kind): hostile_text(kinds[(index + 1) % len(kinds)]), "long": LONG}
        elif rtype == "Microsoft.Compute/virtualMachines/extensions":
            for status in props.get("instanceView", {}).get("statuses", []):
                status["message"] = hostile_text(kind)
        elif rtype == "Microsoft.RecoveryServices/vaults/backupJobs":
            for error in props.get("errorDetails", []):
                error["errorString"] = hostile_text(kind) + LONG
                error["recommendations"] = [hostile_text(k) for k in kinds]
        elif rtype == "Microsoft.Authorization/locks":
            props["notes"] = hostile_text(kind)
    path = tmp / "hostile-tenant.json"
    path.write_text(json.dumps(tenant), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def demo_snapshot(demo_report: ScanReport) -> ScanSnapshot:
    return snapshot_from_scan(demo_report)


@pytest.fixture(scope="session")
def hostile_snapshot(tmp_path_factory: pytest.TempPathFactory) -> ScanSnapshot:
    path = _hostile_tenant(tmp_path_factory.mktemp("hostile"))
    with simulated_session(path) as session:
        report = run_scan(session.gateway)
    return snapshot_from_scan(report)


@pytest.fixture(scope="session")
def forged_snapshot(hostile_snapshot: ScanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> ScanSnapshot:
    """The hostile scan saved, then given hostile VM names (ARM refuses such names; a forged file does not)."""
    document = saved_scan.to_json(hostile_snapshot)
    kinds = list(HOSTILE)
    for index, vm in enumerate(document["vms"]):
        vm["name"] = vm["name"] + hostile_text(kinds[index % len(kinds)])
    document["target"] = hostile_text("script")
    document["account"] = hostile_text("attribute")
    path = tmp_path_factory.mktemp("forged") / "forged-scan.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return saved_scan.load(path)
