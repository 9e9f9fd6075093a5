"""Microsoft.Compute Run Command (the action `POST {vm}/runCommand`), run in the simulated guest.

Like Azure: one run per VM at a time (409 Conflict meanwhile); a VM that is not running refuses it;
the script is delivered by the guest agent's extension handling (the RunCommandLinux/RunCommandWindows
handlers), so a VM whose agent is not Ready fails the operation after a while
(VMAgentStatusCommunicationError), and a Linux guest whose /etc/waagent.conf turns extension
processing off never runs it: the operation stays in progress until Run Command gives up
(VMExtensionProvisioningTimeout, after Settings.run_command_expiry_seconds). The answer is the
RunCommandResult body (ComponentStatus/StdOut and StdErr), as in VirtualMachines_RunCommand.json.

Only the scripts Backup Doctor ships are run: a Linux one really runs under `sh` against a folder
tree built from the VM's `guest` state (then the state keeps what the script changed); a Windows
check is answered from the same state, and a Windows fix applies its documented effect.
"""

from __future__ import annotations

import hashlib
import json
import math
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core import locator
from core.simulator import guest_state, ids
from core.simulator.context import Context
from core.simulator.errors import ArmError
from core.simulator.messages import Request, Response, ok
from core.simulator.operations import OperationFailedError
from core.simulator.providers.common import location_name, request_id, require
from core.simulator.routing import Access, Params, Route, route

Json = dict[str, Any]
_COMMANDS = {"RunShellScript": "linux", "RunPowerShellScript": "windows"}
_OUTPUT_LIMIT = 4096  # Run Command keeps the last 4096 bytes of each stream


def _shipped_scripts() -> dict[str, str]:
    """Text of every script in resources/guest (check and fixes) -> its file name."""
    folder = locator.resource("guest")
    found: dict[str, str] = {}
    for path in [*folder.glob("*.sh"), *folder.glob("*.ps1"), *folder.glob("fixes/*")]:
        found[_normal(path.read_text(encoding="utf-8"))] = path.relative_to(folder).as_posix()
    return found


def _normal(text: str) -> str:
    return "\n".join(line.rstrip("\r") for line in text.strip().splitlines())


def _power_state(vm: Json) -> str:
    view = (vm.get("properties") or {}).get("instanceView") or {}
    for status in view.get("statuses") or []:
        code = str(status.get("code", "")) if isinstance(status, dict) else ""
        if code.lower().startswith("powerstate/"):
            return code.split("/", 1)[1].lower()
    return "running"


def _result(stdout: str, stderr: str) -> Json:
    def status(stream: str, message: str) -> Json:
        return {
            "code": f"ComponentStatus/{stream}/succeeded",
            "level": "Info",
            "displayStatus": "Provisioning succeeded",
            "message": message.encode("utf-8", errors="replace")[-_OUTPUT_LIMIT:].decode("utf-8", errors="replace"),
        }

    return {"value": [status("StdOut", stdout), status("StdErr", stderr)]}


def _run_linux(ctx: Context, vm_id: str, name: str) -> Json:
    vm = ctx.store.get(vm_id) or {}
    with tempfile.TemporaryDirectory(prefix="bd-guest-") as folder:
        root = Path(folder) / "root"
        guest_state.build_linux_root(vm, root)
        path = locator.resource("guest", *name.split("/"))
        done = subprocess.run(  # a shipped script, on a throw-away folder tree
            ["sh", str(path)],
            env={"BD_GUEST_ROOT": str(root), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            timeout=60,
            check=False,
        )
        if path.parent.name == "fixes":
            ctx.store.update(
                vm_id, lambda stored: guest_state.read_back_linux_root(root, stored.setdefault("guest", {}))
            )
    return _result(done.stdout.decode("utf-8", errors="replace"), done.stderr.decode("utf-8", errors="replace"))


def _windows_fix(name: str) -> Callable[[Json], None]:
    def agent_services(guest: Json) -> None:
        services = guest.setdefault("services", {})
        for service in ("WindowsAzureGuestAgent", "RdAgent"):
            services[service] = {**(services.get(service) or {}), "state": "Running", "startType": "Auto"}

    def vss(guest: Json) -> None:
        services = guest.setdefault("services", {})
        entry = {**guest_state.WINDOWS_SERVICES["VSS"], **(services.get("VSS") or {})}
        services["VSS"] = {
            **entry,
            "state": "Running",
            "startType": "Manual" if entry["startType"] == "Disabled" else entry["startType"],
        }
        writers = guest.get("vssWriters") or list(guest_state.DEFAULT_VSS_WRITERS)
        guest["vssWriters"] = [{**w, "state": "Stable", "lastError": "No error"} for w in writers]

    def com(guest: Json) -> None:
        services = guest.setdefault("services", {})
        for service in ("COMSysApp", "MSDTC"):
            entry = {**guest_state.WINDOWS_SERVICES[service], **(services.get(service) or {})}
            start = "Manual" if entry["startType"] == "Disabled" else entry["startType"]
            services[service] = {**entry, "state": "Running", "startType": start}

    fixes = {"agent-services": agent_services, "vss-restart": vss, "com-restart": com}
    return fixes[name.removeprefix("fixes/windows-").removesuffix(".ps1")]


def _run_windows(ctx: Context, vm_id: str, name: str) -> Json:
    if name.startswith("check-"):
        return _result(json.dumps(guest_state.windows_answer(ctx.store.get(vm_id) or {}), separators=(",", ":")), "")
    change = _windows_fix(name)
    ctx.store.update(vm_id, lambda stored: change(stored.setdefault("guest", {})))
    return _result("done\n", "")


def run_command(ctx: Context, request: Request, params: Params) -> Response:
    vm = require(ctx, request_id(request, drop=1))
    vm_id, key = vm["id"], ids.key(vm["id"])
    body = request.json()
    command = str(body.get("commandId", ""))
    os_type = str(
        ((vm.get("properties") or {}).get("storageProfile") or {}).get("osDisk", {}).get("osType", "")
    ).lower()
    if command not in _COMMANDS:
        raise ArmError(400, "InvalidParameter", f"The value '{command}' of parameter 'commandId' is not valid.")
    if os_type and _COMMANDS[command] != os_type:
        raise ArmError(
            409, "OperationNotAllowed", f"Command '{command}' is not supported on this VM's OS ('{os_type}')."
        )
    if _power_state(vm) != "running":
        raise ArmError(409, "OperationNotAllowed", "Operation 'RunCommand' is not allowed since the VM is not running.")
    with ctx.store.lock:
        running = ctx.run_commands.get(key)
        if running is not None and not running.done:
            raise ArmError(
                409,
                "Conflict",
                "Run command extension execution is in progress. Please wait for completion before invoking a run "
                "command.",
            )
        text = _normal("\n".join(str(line) for line in body.get("script") or []))
        name = _shipped_scripts().get(text)
        started = time.monotonic()
        settings = ctx.settings
        handler = "RunCommandLinux" if command == "RunShellScript" else "RunCommandWindows"

        if not guest_state.agent_reports_ready(vm):
            delay = settings.run_command_seconds

            def complete() -> Json | None:
                raise OperationFailedError(
                    "VMAgentStatusCommunicationError",
                    f"VM '{vm['name']}' has not reported status for VM agent or extensions. Verify that the OS is "
                    "up and healthy, the VM has a running VM agent, and that it can establish outbound connections "
                    "to Azure storage.",
                )
        elif os_type == "linux" and not guest_state.extensions_enabled(guest_state.guest_of(vm)):
            delay = settings.run_command_expiry_seconds or math.inf

            def complete() -> Json | None:
                raise OperationFailedError(
                    "VMExtensionProvisioningTimeout",
                    f"Provisioning of VM extension {handler} has timed out. Extension provisioning has taken too "
                    "long to complete. The extension did not report a message.",
                )
        else:
            delay = settings.run_command_seconds

            def complete() -> Json | None:
                tampered = guest_state.guest_of(ctx.store.get(vm_id) or {}).get("stdout")
                if isinstance(tampered, str):  # a guest that answers something else (tests of hostile output)
                    return _result(tampered, "")
                if name is None:
                    result = _result("", "The simulated guest runs only the scripts Backup Doctor ships.\n")
                elif command == "RunShellScript":
                    result = _run_linux(ctx, vm_id, name)
                else:
                    result = _run_windows(ctx, vm_id, name)
                return result

        operation = ctx.start_operation(complete, ready=lambda: time.monotonic() >= started + delay)
        ctx.run_commands[key] = operation
    sub = ids.subscription_id(vm_id) or ""
    location = location_name(vm.get("location"))
    path = f"/subscriptions/{sub}/providers/Microsoft.Compute/locations/{location}/operations/{operation.id}"
    headers = {
        "Azure-AsyncOperation": ctx.url(path, request),
        "Location": ctx.url(path, request, monitor="true"),
    }
    if delay > 0:
        headers["Retry-After"] = "1"
    return Response(202, None, headers)


def retrieve_boot_diagnostics(ctx: Context, request: Request, params: Params) -> Response:
    """SAS links to the screenshot and the serial log when boot diagnostics are on (managed storage).

    The simulator does not serve the blobs themselves: the links have Azure's shape and go nowhere.
    """
    vm = require(ctx, request_id(request, drop=1))
    profile = ((vm.get("properties") or {}).get("diagnosticsProfile") or {}).get("bootDiagnostics") or {}
    if not profile.get("enabled"):
        raise ArmError(409, "OperationNotAllowed", f"Boot diagnostics is not enabled for VM '{vm['name']}'.")
    minutes = request.param("sasUriExpirationTimeInMinutes") or "120"
    account = "md" + hashlib.sha256(ids.key(vm["id"]).encode()).hexdigest()[:16]
    base = f"https://{account}.blob.core.windows.net/bootdiagnostics-{vm['name'].lower()}/{vm['name']}"
    sas = f"?sv=2022-11-02&sr=b&se=%2B{minutes}min&sp=r&sig=simulated"
    return ok(
        {
            "consoleScreenshotBlobUri": f"{base}.screenshot.bmp{sas}",
            "serialConsoleLogBlobUri": f"{base}.serialconsole.log{sas}",
        }
    )


_RG = "subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Compute"
ROUTES: list[Route] = [
    route("POST", f"{_RG}/virtualMachines/{{vm}}/runCommand", run_command, Access.ACTION, target_drop=1),
    route(
        "POST",
        f"{_RG}/virtualMachines/{{vm}}/retrieveBootDiagnosticsData",
        retrieve_boot_diagnostics,
        Access.ACTION,
        target_drop=1,
    ),
]
