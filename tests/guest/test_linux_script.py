"""The shipped Linux check script, really run by sh against fake guest roots, and its answer parsed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest

from core.guest.evidence import extensions_enable_off, failing_mounts, provisioning_agent_wrong
from core.guest.report import parse_answer
from core.locator import resource

SCRIPT = resource("guest", "check-linux.sh")
SCHEMA = json.loads(resource("guest", "guest-report.schema.json").read_text(encoding="utf-8"))


def run_script(root: Path) -> str:
    done = subprocess.run(
        ["sh", str(SCRIPT)],
        env={"BD_GUEST_ROOT": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert done.stderr == b""
    return done.stdout.decode("utf-8")


def write(root: Path, relative: str, data: bytes | str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


@pytest.fixture
def broken_guest(tmp_path: Path) -> Path:
    root = tmp_path / "guest"
    write(
        root,
        "etc/waagent.conf",
        "# Extensions.Enable=y\nExtensions.Enable=y\n  Extensions.Enable = n  # off\nProvisioning.Agent=waagent\n",
    )
    write(root, "etc/azure/vmbackup.conf", b"\xff\xfe[\x00S\x00")  # UTF-16 with a byte order mark
    write(root, "proc/42/cmdline", b"python3\0-u\0/usr/sbin/waagent\0-daemon\0")
    write(root, "usr/lib/python3/dist-packages/azurelinuxagent/common/version.py", "AGENT_VERSION = '2.2.45'\n")
    (root / "var/lib/waagent/WALinuxAgent-2.2.49").mkdir(parents=True)
    write(root, "proc/mounts", "/dev/sda1 / ext4 rw 0 0\nproc /proc proc rw 0 0\n/dev/sdc1 /data xfs rw 0 0\n")
    write(root, "etc/sysconfig/network-scripts/ifcfg-eth0", "DEVICE=eth0\nBOOTPROTO=static\n")
    write(root, "etc/network/interfaces", "auto lo\niface lo inet loopback\niface eth1 inet dhcp\n")
    return root


def test_the_script_reports_the_offending_lines_encoding_mounts_and_dhcp(broken_guest: Path) -> None:
    output = run_script(broken_guest)
    jsonschema.validate(json.loads(output), SCHEMA)
    assert len(output.encode()) < 4096  # Run Command keeps only the last 4096 bytes
    report = parse_answer(output)
    conf = report.waagent_conf
    assert conf is not None and conf.extensions_enable is not None and conf.provisioning_agent is not None
    # The agent reads the last setting; the commented one does not count.
    assert (conf.extensions_enable.number, conf.extensions_enable.value) == (3, "n")
    assert conf.extensions_enable.line == "  Extensions.Enable = n  # off"
    assert conf.provisioning_agent.value == "waagent"
    assert extensions_enable_off(report) and provisioning_agent_wrong(report)
    assert report.vmbackup_conf is not None and report.vmbackup_conf.encoding == "utf-16"
    assert [m.path for m in failing_mounts(report)] == ["/data"]  # its folder is missing: cannot be opened
    assert report.agent.running and report.agent.version == "2.2.45" and report.agent.updated == ("2.2.49",)
    assert {(n.name, n.dhcp) for n in report.network} == {("eth0", False), ("eth1", True)}


def test_a_healthy_guest_and_an_empty_one(tmp_path: Path, broken_guest: Path) -> None:
    write(broken_guest, "etc/waagent.conf", "Extensions.Enable=y\nProvisioning.Agent=auto\n")
    write(broken_guest, "etc/azure/vmbackup.conf", "[SnapshotThread]\nMountsToSkip = /data\n")
    report = parse_answer(run_script(broken_guest))
    assert not extensions_enable_off(report) and not provisioning_agent_wrong(report)
    assert report.vmbackup_conf is not None and report.vmbackup_conf.encoding == "ascii"
    assert failing_mounts(report) == []  # /data is skipped by vmbackup.conf
    empty = parse_answer(run_script(tmp_path / "nothing"))
    assert empty.waagent_conf is not None and not empty.waagent_conf.present
    assert not empty.agent.running and empty.agent.version is None and empty.mounts == ()


def test_text_that_is_not_ascii_is_neutralised(broken_guest: Path) -> None:
    write(broken_guest, "etc/waagent.conf", 'Extensions.Enable=n \xe9"\\<b>\n'.encode("latin-1"))
    output = run_script(broken_guest)
    output.encode("ascii")  # nothing but ASCII reaches the answer
    report = parse_answer(output)
    assert report.waagent_conf is not None and report.waagent_conf.extensions_enable is not None
    assert report.waagent_conf.extensions_enable.line == 'Extensions.Enable=n ?"\\<b>'
