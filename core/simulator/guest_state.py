"""A simulated VM's guest OS, as the tenant file describes it in the VM entry's `guest` field.

Azure Resource Manager never serves this field: it stands for what is inside the VM. Run Command
reads it. Linux guests become a real folder tree (`build_linux_root`) on which the shipped
check-linux.sh really runs, so the simulator answers with exactly what the script prints on such a
guest. Windows guests cannot run PowerShell here: `windows_answer` builds what check-windows.ps1
prints from the same state, and tests hold it to the same JSON schema.
See docs/tenant-format.md ("The guest inside a VM").
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

Json = dict[str, Any]

DEFAULT_WAAGENT_CONF = (
    "# Microsoft Azure Linux Agent Configuration\nProvisioning.Agent=auto\nExtensions.Enable=y\nLogs.Verbose=n\n"
)
DEFAULT_VMBACKUP_CONF = "[SnapshotThread]\nfsfreeze: True\n"
DEFAULT_LINUX_MOUNTS: tuple[Json, ...] = (
    {"device": "/dev/sda1", "path": "/", "fs": "ext4"},
    {"device": "/dev/sda15", "path": "/boot/efi", "fs": "vfat"},
    {"device": "/dev/sdb1", "path": "/mnt", "fs": "ext4"},
)
WINDOWS_SERVICES: dict[str, Json] = {
    "WindowsAzureGuestAgent": {"state": "Running", "startType": "Auto", "account": "LocalSystem"},
    "RdAgent": {"state": "Running", "startType": "Auto", "account": "LocalSystem"},
    "VSS": {"state": "Stopped", "startType": "Manual", "account": "LocalSystem"},
    "COMSysApp": {"state": "Running", "startType": "Manual", "account": "LocalSystem"},
    "MSDTC": {"state": "Running", "startType": "Manual", "account": "NT AUTHORITY\\NetworkService"},
}
DEFAULT_VSS_WRITERS: tuple[Json, ...] = (
    {"name": "Task Scheduler Writer", "state": "Stable", "lastError": "No error"},
    {"name": "VSS Metadata Store Writer", "state": "Stable", "lastError": "No error"},
    {"name": "Performance Counters Writer", "state": "Stable", "lastError": "No error"},
    {"name": "System Writer", "state": "Stable", "lastError": "No error"},
    {"name": "Registry Writer", "state": "Stable", "lastError": "No error"},
    {"name": "COM+ REGDB Writer", "state": "Stable", "lastError": "No error"},
    {"name": "WMI Writer", "state": "Stable", "lastError": "No error"},
)


def guest_of(vm: Json) -> Json:
    guest = vm.get("guest")
    return guest if isinstance(guest, dict) else {}


def _bytes(value: Any, default: str) -> bytes:
    """A file's bytes: text (UTF-8) or {"base64": ...} for bytes that are not text."""
    if value is None:
        return default.encode("utf-8")
    if isinstance(value, dict):
        return base64.b64decode(str(value.get("base64", "")))
    return str(value).encode("utf-8")


def waagent_conf_text(guest: Json) -> str:
    return _bytes(guest.get("waagentConf"), DEFAULT_WAAGENT_CONF).decode("utf-8", errors="replace")


def extensions_enabled(guest: Json) -> bool:
    """What WALinuxAgent concludes from /etc/waagent.conf: the last `Extensions.Enable` wins, y/n, default y."""
    value: str | None = None
    for line in waagent_conf_text(guest).splitlines():
        if line.startswith("#") or "=" not in line:
            continue
        key, _, rest = line.partition("=")
        if key.strip() == "Extensions.Enable":
            value = rest.split("#")[0].strip('" ').strip()
    return value is None or value.lower() != "n"


def agent_process_running(vm: Json) -> bool:
    """The agent's process runs unless the guest says otherwise or Azure shows no Ready agent."""
    guest = guest_of(vm)
    if "agentRunning" in guest:
        return bool(guest["agentRunning"])
    return agent_reports_ready(vm)


def agent_reports_ready(vm: Json) -> bool:
    view = (vm.get("properties") or {}).get("instanceView") or {}
    statuses = ((view.get("vmAgent") or {}).get("statuses")) or []
    return any(isinstance(s, dict) and str(s.get("displayStatus", "")).strip().lower() == "ready" for s in statuses)


def build_linux_root(vm: Json, root: Path) -> None:
    """Write the files check-linux.sh reads, as this guest has them, under `root`."""
    guest = guest_of(vm)
    (root / "etc" / "azure").mkdir(parents=True)
    (root / "etc" / "waagent.conf").write_bytes(_bytes(guest.get("waagentConf"), DEFAULT_WAAGENT_CONF))
    (root / "etc" / "azure" / "vmbackup.conf").write_bytes(_bytes(guest.get("vmbackupConf"), DEFAULT_VMBACKUP_CONF))
    version = str(guest.get("agentPackageVersion", "2.9.1.1"))
    package = root / "usr" / "lib" / "python3" / "dist-packages" / "azurelinuxagent" / "common"
    package.mkdir(parents=True)
    (package / "version.py").write_text(f"AGENT_VERSION = '{version}'\n", encoding="utf-8")
    (root / "proc").mkdir()
    if agent_process_running(vm):
        (root / "proc" / "1042").mkdir()
        (root / "proc" / "1042" / "cmdline").write_bytes(b"/usr/bin/python3\0-u\0/usr/sbin/waagent\0-daemon\0")
    mounts = guest.get("mounts") or list(DEFAULT_LINUX_MOUNTS)
    lines = ["proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0", "sysfs /sys sysfs rw,nosuid 0 0"]
    for mount in mounts:
        path = str(mount["path"])
        if ".." in path.split("/") or any(c.isspace() for c in path):
            continue  # never a folder outside the throw-away tree, never a broken /proc/mounts line
        lines.append(f"{mount['device']} {path} {mount.get('fs', 'ext4')} rw,relatime 0 0")
        if mount.get("ok", True):
            (root / path.lstrip("/")).mkdir(parents=True, exist_ok=True)
    (root / "proc" / "mounts").write_text("\n".join(lines) + "\n", encoding="utf-8")
    scripts = root / "etc" / "sysconfig" / "network-scripts"
    scripts.mkdir(parents=True)
    for nic in guest.get("network") or [{"name": "eth0", "dhcp": True}]:
        protocol = "dhcp" if nic.get("dhcp", True) else "none"
        (scripts / f"ifcfg-{nic['name']}").write_text(
            f"DEVICE={nic['name']}\nBOOTPROTO={protocol}\nONBOOT=yes\n", encoding="utf-8"
        )


def read_back_linux_root(root: Path, guest: Json) -> None:
    """After a fix script ran on the folder tree: keep what it changed in the guest's state."""
    conf = root / "etc" / "waagent.conf"
    if conf.is_file():
        data = conf.read_bytes()
        try:
            guest["waagentConf"] = data.decode("utf-8")
        except UnicodeDecodeError:
            guest["waagentConf"] = {"base64": base64.b64encode(data).decode("ascii")}


def windows_services(guest: Json) -> list[Json]:
    given = guest.get("services") or {}
    answer = []
    for name, default in WINDOWS_SERVICES.items():
        entry = {**default, **(given.get(name) or {})}
        answer.append({"name": name, **entry})
    return answer


def windows_answer(vm: Json) -> Json:
    """What check-windows.ps1 prints on this guest (parsed JSON)."""
    guest = guest_of(vm)
    services = windows_services(guest)
    agent = next(s for s in services if s["name"] == "WindowsAzureGuestAgent")
    return {
        "schemaVersion": 1,
        "os": "windows",
        "agent": {
            "running": agent["state"] == "Running",
            "process": "",
            "version": str(guest.get("agentPackageVersion", "2.7.41491.1102")),
            "updated": [],
        },
        "services": [
            {"name": s["name"], "state": s["state"], "startType": s["startType"], "account": s.get("account")}
            for s in services
        ],
        "vssWriters": list(guest.get("vssWriters") or DEFAULT_VSS_WRITERS)[:30],
        "appLocker": {"denyRules": list(guest.get("appLockerDenyRules") or [])[:10]},
        "network": [
            {
                "name": str(n["name"]),
                "dhcp": bool(n.get("dhcp", True)),
                "source": "Win32_NetworkAdapterConfiguration",
                "line": "",
            }
            for n in (guest.get("network") or [{"name": "Microsoft Hyper-V Network Adapter", "dhcp": True}])
        ][:8],
    }
