"""The committed demo tenant is exactly what its generator writes, and loads without complaint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.session import demo_tenant_path
from core.simulator import load_tenant

ROOT = Path(__file__).resolve().parents[2]


def test_demo_tenant_is_up_to_date_with_its_generator() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_demo_tenant.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_demo_tenant_loads() -> None:
    tenant = load_tenant(demo_tenant_path())
    vms = [r for r in tenant.resources if r["type"] == "Microsoft.Compute/virtualMachines"]
    assert len(vms) >= 30
    assert {r["properties"]["storageProfile"]["osDisk"]["osType"] for r in vms} == {"Windows", "Linux"}
