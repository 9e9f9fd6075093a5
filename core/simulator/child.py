"""The simulator as a child process of the window: serves one tenant file until its stdin closes.

Started by core/served_tenant.py as the same program with a hidden argument (`backup-doctor
--simulator-process ...`, see gui/main.py; `python -m core.simulator.child ...` from a source checkout).
In the window's process the simulator's threads took the GIL from the GUI thread while they answered a
scan (stalls of 40–70 ms with 0–18 ms of the GUI thread's own CPU; docs/performance.md); here they cannot.

It writes exactly one line on stdout, a JSON object with the base URL and the CA file, once it listens;
anything else it prints goes to stderr. It ends when its stdin closes: the window closed the session, or
its process ended, even by a crash. A tenant file that cannot be served ends it with exit code 2 and the
reason on stderr (the window validates the file first, so this is the file changing in between).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from core.simulator.errors import TenantFileError
from core.simulator.server import SimulatorServer
from core.simulator.tenant import load_tenant

EXIT_BAD_TENANT = 2
EXIT_CANNOT_LISTEN = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="backup-doctor --simulator-process", add_help=False)
    parser.add_argument("tenant", type=Path)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--run-command-seconds", type=float, default=None)
    parser.add_argument(
        "--schema-passed", default=None, metavar="SHA256",
        help="the hex digest of the file's bytes that already passed the JSON Schema in the window's process",
    )
    parser.add_argument("--ca-folder", default=None, help="where to write the CA file (the parent's own folder)")
    return parser


def serve(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    try:
        tenant = load_tenant(args.tenant, schema_passed=args.schema_passed)
    except TenantFileError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_TENANT
    # As core/session.py `simulated_session` serves a tenant in the window: Azure-like pages, no throttling.
    server = SimulatorServer(tenant, latency_ms=args.latency_ms, page_size=None, ca_folder=args.ca_folder)
    if args.run_command_seconds is not None:
        server.arm.settings.run_command_seconds = args.run_command_seconds
    try:
        server.start()
    except OSError as error:
        print(f"cannot listen on 127.0.0.1: {error.strerror or error}", file=sys.stderr)
        return EXIT_CANNOT_LISTEN
    try:
        # Through the file descriptors: a windowed build may have no sys.stdout or sys.stdin objects.
        line = json.dumps({"base_url": server.base_url, "ca_file": server.ca_file}) + "\n"
        os.write(1, line.encode("utf-8"))
        with contextlib.suppress(OSError):
            os.dup2(2, 1)  # anything printed later goes to stderr, and the window's read sees the end
        while os.read(0, 4096):  # nothing is sent: only the end of the pipe matters
            pass
    except OSError:
        pass  # the window went away before or while reading
    finally:
        server.stop()  # removes the CA file
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The process's entry point; ends with os._exit so no thread of the server delays the exit."""
    if hasattr(os, "nice"):
        # Background work for the window: its process gets the CPU first (Windows: the parent starts it below normal).
        with contextlib.suppress(OSError):
            os.nice(10)
    code = 3
    try:
        code = serve(sys.argv[1:] if argv is None else argv)
    except SystemExit as usage:  # argparse, on a command line the window would never write
        code = usage.code if isinstance(usage.code, int) else 3
    except BaseException:  # the window reads stderr (its file) when the process ends before it serves
        traceback.print_exc()
    finally:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            sys.stderr.flush()
        os._exit(code)


if __name__ == "__main__":
    raise SystemExit(main())
