"""A simulated tenant served by a child process (core/simulator/child.py), for the window.

In the window's process the simulator's threads took the GIL from the GUI thread while they answered the
scan process: 40–70 ms stalls in which the GUI thread ran for 0–18 ms (docs/performance.md). Served from a
process of its own, the tenant is as far from the GUI thread as Azure is.

`start_served_tenant` starts the child (the same program: `backup-doctor --simulator-process ...` when
frozen, `python -m core.simulator.child ...` from a checkout), reads the one line it prints (base URL and
CA file), and returns a `ServedTenant` whose `stop()` kills it. The child's CA file and its stderr go in a
folder this process creates and removes, so nothing is left behind however the child ends. No child
outlives the window: it exits when its stdin closes (this process ended, even by a crash), and every live
child is killed when this process exits normally.

`BACKUP_DOCTOR_SIMULATOR_IN_PROCESS=1` keeps the simulator in the window's process (the tests' windows).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.locator import child_environment

# The hidden first argument that makes the program a simulator process (gui/main.py).
SIMULATOR_PROCESS_ARGUMENT = "--simulator-process"
IN_PROCESS_VARIABLE = "BACKUP_DOCTOR_SIMULATOR_IN_PROCESS"
# How long the child may take to load the tenant and listen (the file's schema was checked here already).
START_TIMEOUT_SECONDS = 120.0
_STDERR_FILE = "simulator-stderr.txt"

_log = logging.getLogger(__name__)
_live: set[ServedTenant] = set()
_live_lock = threading.Lock()


class ServedTenantError(Exception):
    """The simulator's process could not be started, or ended before it served the tenant."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


def in_process_requested() -> bool:
    return os.environ.get(IN_PROCESS_VARIABLE, "") not in ("", "0")


@dataclass(eq=False)
class ServedTenant:
    """A running simulator process: where it listens, and `stop()`."""

    process: subprocess.Popen[bytes]
    base_url: str
    ca_file: str
    folder: Path
    _stopped: bool = field(default=False, repr=False)

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        """Kill the process (if it still runs) and remove the folder this process made for it."""
        with _live_lock:
            if self._stopped:
                return
            self._stopped = True
            _live.discard(self)
        _end(self.process, self.folder)


def child_command(arguments: list[str]) -> list[str]:
    """This program again as a simulator process: the frozen executable, or this interpreter on the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, SIMULATOR_PROCESS_ARGUMENT, *arguments]
    return [sys.executable, "-m", "core.simulator.child", *arguments]


def start_served_tenant(
    tenant_file: Path,
    *,
    schema_passed: str | None = None,
    latency_ms: float = 0.0,
    run_command_seconds: float | None = None,
) -> ServedTenant:
    """Serve `tenant_file` (already validated here: `schema_passed` is its `Tenant.digest`) from a child process.

    Raises ServedTenantError, with a plain sentence, when the process cannot start or ends before it listens.
    """
    folder = Path(tempfile.mkdtemp(prefix="backup-doctor-simulator-"))
    # Absolute: never read as an option (a name starting with "-"), whatever the child's working folder.
    arguments = [str(Path(tenant_file).absolute()), "--latency-ms", repr(float(latency_ms)), "--ca-folder", str(folder)]
    if run_command_seconds is not None:
        arguments += ["--run-command-seconds", repr(float(run_command_seconds))]
    if schema_passed:
        arguments += ["--schema-passed", schema_passed]
    flags = 0
    if sys.platform == "win32":
        flags = subprocess.BELOW_NORMAL_PRIORITY_CLASS | subprocess.CREATE_NO_WINDOW
    try:
        with open(folder / _STDERR_FILE, "wb") as stderr:
            process = subprocess.Popen(
                child_command(arguments),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=child_environment(),
                creationflags=flags,
            )
    except OSError as error:
        shutil.rmtree(folder, ignore_errors=True)
        _log.warning("the simulator's process could not be started", exc_info=True)
        raise ServedTenantError(
            Msg(
                "ServedTenant",
                QT_TRANSLATE_NOOP(
                    "ServedTenant", "The simulated tenant could not be started: {reason}"
                ),
                {"reason": error.strerror or str(error)},
            )
        ) from error
    served = _announced(process, folder)
    with _live_lock:
        _live.add(served)
    return served


def _announced(process: subprocess.Popen[bytes], folder: Path) -> ServedTenant:
    """Wait for the child's one line; a child that ends (or hangs) before it is killed and explained."""
    assert process.stdout is not None
    lines: list[bytes] = []
    reader = threading.Thread(
        target=lambda: lines.append(process.stdout.readline() if process.stdout else b""),
        name="simulator-announce",
        daemon=True,
    )
    reader.start()
    reader.join(START_TIMEOUT_SECONDS)
    try:
        where = json.loads(lines[0]) if lines and lines[0].strip() else {}
        base_url, ca_file = str(where["base_url"]), str(where["ca_file"])
    except (ValueError, TypeError, KeyError):
        code = process.poll()
        if code is None and not reader.is_alive():  # its stdout closed: it is ending, let it say how
            with contextlib.suppress(subprocess.TimeoutExpired):
                code = process.wait(5)
        _log.warning(
            "the simulator's process ended before it served the tenant (exit code %s): %s",
            code,
            _tail(folder / _STDERR_FILE),
        )
        _end(process, folder)
        raise ServedTenantError(
            Msg(
                "ServedTenant",
                QT_TRANSLATE_NOOP(
                    "ServedTenant",
                    "The simulated tenant could not be started: its process ended before it was ready "
                    "(exit code {code}). Try opening it again.",
                ),
                {"code": "none" if code is None else code},
            )
        ) from None
    process.stdout.close()
    return ServedTenant(process, base_url, ca_file, folder)


def _tail(path: Path, characters: int = 2000) -> str:
    with contextlib.suppress(OSError):
        return path.read_text(encoding="utf-8", errors="replace")[-characters:].strip()
    return ""


def _end(process: subprocess.Popen[bytes], folder: Path) -> None:
    if process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()
    if process.poll() is None:
        process.kill()
    process.wait()
    if process.stdout is not None:
        with contextlib.suppress(OSError):
            process.stdout.close()
    shutil.rmtree(folder, ignore_errors=True)


@atexit.register
def stop_all() -> None:
    """Every simulator process still running is killed (the window's process is ending)."""
    with _live_lock:
        live = list(_live)
    for served in live:
        served.stop()
