"""The read-only scripts shipped in resources/guest/ and what running them needs.

They go through the VM's Run Command *action* (`POST {vm}/runCommand`, a long-running operation) rather
than the managed Run Command resource (`{vm}/runCommands/{name}`): the action leaves nothing behind in
the subscription, needs exactly one permission, `Microsoft.Compute/virtualMachines/runCommand/action`,
and its answer (the last 4096 bytes of the script's output) is enough for one compact JSON document.
The managed resource would be a write (`runCommands/write`), stay as a resource until deleted, and
only pays off for long outputs sent to a blob, which these scripts do not need.
https://learn.microsoft.com/azure/virtual-machines/windows/run-command (action: "output is limited to
the last 4,096 bytes"; "one script at a time"), .../run-command-managed.
"""

from __future__ import annotations

from dataclasses import dataclass

from core import locator

PERMISSION = "Microsoft.Compute/virtualMachines/runCommand/action"
# A built-in role that grants it (among others: Contributor, Owner).
ROLE_EXAMPLE = "Virtual Machine Contributor"
# The Run Command answer keeps only the last 4096 bytes of standard output.
OUTPUT_LIMIT = 4096


@dataclass(frozen=True)
class GuestScript:
    os_type: str  # "linux" or "windows"
    command_id: str  # RunShellScript or RunPowerShellScript
    file_name: str
    text: str


def _load(os_type: str) -> GuestScript:
    if os_type == "windows":
        name, command = "check-windows.ps1", "RunPowerShellScript"
    else:
        name, command = "check-linux.sh", "RunShellScript"
    return GuestScript(os_type, command, name, locator.resource("guest", name).read_text(encoding="utf-8"))


def check_script(os_type: str | None) -> GuestScript | None:
    """The read-only check script for a VM's OS ("Windows"/"Linux", any case); None when the OS is unknown."""
    kind = (os_type or "").lower()
    if kind not in ("linux", "windows"):
        return None
    return _load(kind)


def fix_script(file_name: str, os_type: str) -> GuestScript:
    """A fix script shipped in resources/guest/fixes/."""
    command = "RunPowerShellScript" if os_type == "windows" else "RunShellScript"
    text = locator.resource("guest", "fixes", file_name).read_text(encoding="utf-8")
    return GuestScript(os_type, command, file_name, text)
