"""`backup-doctor simulate`: serve a tenant file as a local ARM endpoint until Ctrl-C.

This is a developer tool: its output is English only, like argparse's own messages. It writes to the
streams it is given: `core.cli` hands it streams that show control characters from the tenant file
instead of obeying them (core/terminal_text.py), so the simulator needs nothing of the product for that.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import TextIO

from core.simulator.errors import TenantFileError
from core.simulator.faults import FaultRule, parse_fault_spec
from core.simulator.server import SimulatorServer
from core.simulator.tenant import load_tenant
from core.simulator.throttle import ThrottleConfig

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2

_FAULT_HELP = """\
inject a fault (repeatable): KIND[@RATE][,max=N][,after=N][,method=VERB][,hold=SECONDS]:TARGET
  KIND is 500, 503, 403, 401, 404, 429, timeout or reset, or an unusable 200 answer: html
  (a proxy's sign-in page), empty, shape (a JSON list) or truncated (cut off half-way);
  RATE a probability from 0 to 1 (default 1);
  max=N fires at most N times; after=N lets the first N matching requests through (after=2:
  a list's third page fails); method= limits it to one HTTP method; hold= is how long a
  timeout holds the connection (default 30 s). TARGET starting with /subscriptions/ is an ARM
  scope prefix, anything else a regular expression searched in the decoded path; empty matches
  every request. Examples: 503@0.2:/virtualMachines/  timeout,hold=5:/instanceView$
  reset,max=1:backupJobs  403:/subscriptions/<id>/resourceGroups/rg-prod"""


def _throttle(text: str) -> ThrottleConfig | None:
    try:
        return ThrottleConfig.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _fault(text: str) -> FaultRule:
    try:
        return parse_fault_spec(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _non_negative(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is less than 1")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawTextHelpFormatter
    parser.add_argument(
        "--tenant-file", "--tenant", dest="tenant", required=True, metavar="FILE", help="tenant file to serve (JSON)"
    )
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--latency-ms", type=_non_negative, default=0.0, metavar="N", help="delay before each answer")
    parser.add_argument(
        "--page-size",
        type=_positive_int,
        default=None,
        metavar="N",
        help="items per page of every list answer (default: like Azure, 50 VMs and 100 of anything else);\n"
        "small pages (e.g. 3) exercise paging",
    )
    parser.add_argument(
        "--throttle",
        type=_throttle,
        default=ThrottleConfig.azure(),
        metavar="off|azure|RB/RPS,WB/WPS",
        help="ARM throttling: azure (default: per subscription, reads 250 burst at 25/s, writes 200 at 10/s),\n"
        "off, or custom buckets, e.g. 20/2,10/1",
    )
    parser.add_argument("--fault", type=_fault, action="append", default=[], metavar="SPEC", help=_FAULT_HELP)
    parser.add_argument("--fault-seed", type=int, default=0, metavar="N", help="seed of the fault dice (default 0)")
    parser.add_argument(
        "--lro-polls", type=int, default=1, metavar="N", help="status polls before an operation completes (default 1)"
    )
    parser.add_argument(
        "--run-command-seconds",
        type=_non_negative,
        default=20.0,
        metavar="S",
        help="how long a Run Command script takes in a guest (default 20, as in Azure)",
    )


def run(
    args: argparse.Namespace,
    out: TextIO | None = None,
    stop: threading.Event | None = None,
    err: TextIO | None = None,
) -> int:
    """Serve until Ctrl-C (or SIGTERM, or `stop` being set); 2 for a bad tenant file, 1 if it cannot listen."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        tenant = load_tenant(args.tenant)
    except TenantFileError as exc:
        print(exc, file=err)
        return EXIT_BAD_INPUT
    server = SimulatorServer(
        tenant,
        port=args.port,
        latency_ms=args.latency_ms,
        page_size=args.page_size,
        throttle=args.throttle,
        faults=args.fault,
        lro_polls=args.lro_polls,
        fault_seed=args.fault_seed,
    )
    server.arm.settings.run_command_seconds = args.run_command_seconds
    try:
        server.start()
    except OSError as exc:
        print(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}", file=err)
        return EXIT_FAILED
    stop = stop or threading.Event()
    restore = _stop_on_sigterm(stop)
    try:
        _announce(server, len(tenant.resources), len(tenant.subscriptions), args, out)
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        restore()
        server.stop()
    print("Simulator stopped.", file=out, flush=True)
    return EXIT_OK


def _announce(
    server: SimulatorServer, resources: int, subscriptions: int, args: argparse.Namespace, out: TextIO
) -> None:
    sub = server.store.subscriptions()[0]["subscriptionId"]
    lines = [
        f"Backup Doctor simulator: {args.tenant} ({resources} resources, {subscriptions} subscriptions)",
        f"  base URL  {server.base_url}",
        f"  CA file   {server.ca_file}",
        "",
    ]
    if server.arm.context.directory.enforced:
        lines += [
            "Its directory has accounts: ARM checks tokens and roles, and Microsoft Entra ID is simulated at",
            f"  authority {server.base_url} (tenant {server.store.tenant_id}); sign in with azure-identity using",
            f'  authority="{server.base_url}", disable_instance_discovery=True, connection_verify="{server.ca_file}"',
        ]
    else:
        lines += [
            "Point a client at it (any bearer token is accepted):",
            f"  backup-doctor scan --arm-url {server.base_url} --ca-file {server.ca_file}",
            f'  ComputeManagementClient(credential, "{sub}", base_url="{server.base_url}",',
            f'                          connection_verify="{server.ca_file}", polling_interval=0)',
        ]
    lines += ["", "Press Ctrl-C to stop."]
    print("\n".join(lines), file=out, flush=True)


def _stop_on_sigterm(stop: threading.Event) -> Callable[[], object]:
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.getsignal(signal.SIGTERM)

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    return lambda: signal.signal(signal.SIGTERM, previous)
