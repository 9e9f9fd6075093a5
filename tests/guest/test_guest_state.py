"""The tenant file's `guest` entry: checked by the schema, never able to write outside the throw-away tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.simulator import Tenant, TenantFileError
from core.simulator.guest_state import build_linux_root
from tests.guest.conftest import small_tenant_vms


@pytest.mark.parametrize(
    "guest",
    [
        {"mounts": [{"device": "/dev/sdc1", "path": "data"}]},
        {"services": {"RdAgent": {"startType": "Sometimes"}}},
        {"network": [{"name": "eth0/../../x"}]},
        {"unknownField": 1},
    ],
)
def test_a_malformed_guest_entry_refuses_the_file(guest: dict[str, object]) -> None:
    data, vms = small_tenant_vms()
    vms["vm-app01"]["guest"] = guest
    with pytest.raises(TenantFileError) as refused:
        Tenant.from_dict(data)
    assert "guest" in str(refused.value)


def test_mount_paths_never_leave_the_fake_root(tmp_path: Path) -> None:
    root = tmp_path / "root"
    vm = {"guest": {"mounts": [{"device": "/dev/x", "path": "/../../escaped"}, {"device": "/dev/y", "path": "/ok"}]}}
    build_linux_root(vm, root)
    assert not (tmp_path / "escaped").exists() and not (tmp_path.parent / "escaped").exists()
    assert (root / "ok").is_dir()
    assert "escaped" not in (root / "proc" / "mounts").read_text()
