"""How long the GUI event loop stalls while the window scans a large tenant.

A heartbeat timer fires every few milliseconds on the GUI thread; any gap beyond its interval is time
the event loop could not run (no painting, no input). The scan runs as in the application: in a scan
process (gui/scan_process.py), or with `--scan-in thread` on a thread of the window's process (the
fallback, and how scans ran before). The simulator serving the generated tenant runs where the window
puts it when it opens a tenant file (`--simulator app`: a simulator process, core/served_tenant.py), in
the window's own process as the window ran it before (`--simulator in-window`, what
BACKUP_DOCTOR_SIMULATOR_IN_PROCESS=1 asks for), or in a process started apart from the app, as Azure is
elsewhere (`--simulator process`). It also prints when the first VMs reached the tree, from the scan's start.

    QT_QPA_PLATFORM=offscreen python bench/gui_stall.py --vms 1000 --runs 3
    QT_QPA_PLATFORM=offscreen python bench/gui_stall.py --scan-in thread --simulator in-window

Goal: the longest stall stays under 50 ms. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vms", type=int, default=1000)
    parser.add_argument("--subscriptions", type=int, default=4)
    parser.add_argument("--heartbeat-ms", type=int, default=5)
    parser.add_argument("--latency-ms", type=float, default=0, help="simulated ARM latency per request")
    parser.add_argument(
        "--select", choices=("tenant", "vm", "none"), default="tenant",
        help="what is selected during the scan (the tenant's summary is the costliest pane to refresh)",
    )
    parser.add_argument("--runs", type=int, default=1, help="scans in a row (the later ones re-scan in place)")
    parser.add_argument(
        "--pause", type=float, default=0.0, metavar="SECONDS",
        help="idle time before each scan: the next scan process, started as the previous scan ends, has "
        "about a second of imports to do; with 0 a scan may wait for them, as a user rarely does",
    )
    parser.add_argument("--goal-ms", type=float, default=50.0, help="exit 1 when the longest stall exceeds it")
    parser.add_argument(
        "--scan-in", choices=("process", "thread"), default="process",
        help="where the scan runs: a scan process (the application's way) or a thread of the window's process",
    )
    parser.add_argument(
        "--simulator", choices=("app", "in-window", "process"), default="app",
        help="where the simulator runs: where the window puts it (a simulator process), in the window's process "
        "(as before), or in a process started apart (as Azure is elsewhere)",
    )
    parser.add_argument("--verbose", action="store_true", help="also print when the longest stalls happened")
    parser.add_argument(
        "--profile-stalls", type=float, metavar="MS", default=0,
        help="profile the GUI thread between heartbeats and print what ran in each stall longer than MS "
        "(the profiler slows the GUI thread's Python down: read it for where, not for how long)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BACKUP_DOCTOR_SCAN_IN_PROCESS"] = "1" if args.scan_in == "thread" else "0"
    os.environ["BACKUP_DOCTOR_SIMULATOR_IN_PROCESS"] = "1" if args.simulator == "in-window" else "0"

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer

    from core.session import endpoint_session, served_session
    from core.simulator.generate import generate_tenant
    from gui.app import application
    from gui.i18n import LanguageManager
    from gui.main_window import MainWindow
    from gui.settings import AppSettings

    app = application()
    work = Path(tempfile.mkdtemp(prefix="gui-stall-"))
    tenant_file = work / "tenant.json"
    started = time.perf_counter()
    tenant_file.write_text(json.dumps(generate_tenant(args.vms, subscriptions=args.subscriptions)), encoding="utf-8")

    settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.scan_on_open = False
    window = MainWindow(settings, LanguageManager())
    window.resize(1280, 800)
    window.show()
    # As the application opens a tenant file (MainWindow.open_tenant_file): served_session on a background
    # thread, which serves it from a simulator process, or in this process for --simulator in-window.
    opened = QEventLoop()
    window.session_opened.connect(opened.quit)
    server = None
    if args.simulator == "process":
        server, url, ca_file = _start_simulator(tenant_file, args.latency_ms)
        window.open_session(lambda: endpoint_session(url, ca_file), "Opening…")
    else:
        window.open_session(lambda: served_session(tenant_file, latency_ms=args.latency_ms), "Opening…")
    opened.exec()
    assert window.session is not None
    if args.simulator == "app" and window.session.served is None:
        raise SystemExit("the window did not serve the tenant from a simulator process")
    prepared = time.perf_counter() - started
    app.processEvents()

    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    ends: list[float] = []  # when each gap ended, on time.perf_counter's clock
    busy: list[float] = []  # CPU time of the GUI thread in each gap: the rest was waiting (for a CPU or the GIL)
    queued: list[float] = []  # time the GUI thread waited for a CPU in each gap (Linux); the rest of the wait: the GIL
    last_queued = [_runqueue_ms()]
    last = [clock.nsecsElapsed()]
    last_cpu = [time.thread_time()]

    profiler: list[cProfile.Profile | None] = [None]
    stall_profiles: list[tuple[float, float, float, cProfile.Profile]] = []

    def beat() -> None:
        now, cpu = clock.nsecsElapsed(), time.thread_time()
        gaps.append((now - last[0]) / 1e6)
        busy.append((cpu - last_cpu[0]) * 1000)
        waited = _runqueue_ms()
        queued.append(waited - last_queued[0])
        last_queued[0] = waited
        ends.append(time.perf_counter())
        last[0], last_cpu[0] = now, cpu
        if args.profile_stalls:
            # cProfile follows only the thread it is enabled on: this one, the GUI thread.
            previous = profiler[0]
            if previous is not None:
                previous.disable()
                if gaps[-1] - args.heartbeat_ms > args.profile_stalls:
                    stall_profiles.append((gaps[-1] - args.heartbeat_ms, busy[-1], ends[-1], previous))
            profiler[0] = cProfile.Profile()
            profiler[0].enable()

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(args.heartbeat_ms)
    heartbeat.timeout.connect(beat)

    def wanted_key() -> str | None:
        tenant, vms = window.model.tenant(), window.model.vm_nodes()
        if args.select == "tenant":
            return tenant.key if tenant is not None else None
        return vms[0].key if args.select == "vm" and vms else None

    def select_once() -> None:
        """Like a user who clicks once, as soon as there is something to click, and then watches."""
        key = wanted_key()
        if args.select == "none" or (key is not None and window.select(key)):
            chooser.stop()

    chooser = QTimer()
    chooser.setInterval(50)
    chooser.timeout.connect(select_once)
    loop = QEventLoop()
    window.scan_finished.connect(lambda _report: loop.quit())

    from gui.scan_events import SubscriptionListed, VmsListed

    first_vms: list[float] = []
    first_subscription: list[float] = []
    apply_events = window.on_scan_events

    applying: list[float] = []  # how long each call of the window's on_scan_events took

    def on_scan_events(events: list[Any]) -> None:  # the controller calls the window's method by name
        if not first_subscription and any(isinstance(event, SubscriptionListed) for event in events):
            first_subscription.append(time.perf_counter())
        if not first_vms and any(isinstance(event, VmsListed) and event.vms for event in events):
            first_vms.append(time.perf_counter())
        started = time.perf_counter()
        apply_events(events)
        applying.append(time.perf_counter() - started)

    window.on_scan_events = on_scan_events  # type: ignore[method-assign]
    finish = window.on_scan_finished
    finishing: list[float] = []

    def on_scan_finished(report: Any) -> None:
        started = time.perf_counter()
        finish(report)
        finishing.append(time.perf_counter() - started)

    window.on_scan_finished = on_scan_finished  # type: ignore[method-assign]
    # The end of a scan continues in time-boxed slices after on_scan_finished (gui/time_boxed.py).
    finish_slice = window._finishing.run_slice
    finish_slices: list[float] = []

    def timed_finish_slice() -> None:
        started = time.perf_counter()
        finish_slice()
        finish_slices.append(time.perf_counter() - started)

    window._finishing.run_slice = timed_finish_slice  # type: ignore[method-assign]

    load = ", ".join(f"{value:.1f}" for value in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"machine: {os.cpu_count()} CPUs, load average {load} (other processes inflate the stalls)")
    print(f"tenant: {args.vms} VMs in {args.subscriptions} subscriptions (prepared in {prepared:.1f} s)")
    placement = {
        "app": "a simulator process (the app's)",
        "in-window": "the window's process",
        "process": "a process started apart",
    }[args.simulator]
    print(f"scan in a {args.scan_in}, simulator in {placement}, latency {args.latency_ms:g} ms")
    worst = 0.0
    for run in range(1, args.runs + 1):
        gaps.clear()
        ends.clear()
        busy.clear()
        first_vms.clear()
        first_subscription.clear()
        applying.clear()
        finish_slices.clear()
        if args.pause > 0:
            idle = QEventLoop()
            QTimer.singleShot(round(args.pause * 1000), idle.quit)
            idle.exec()
        chooser.start()
        heartbeat.start()
        last[0], last_cpu[0] = clock.nsecsElapsed(), time.thread_time()
        last_queued[0] = _runqueue_ms()
        scan_started = time.perf_counter()
        window.scan_all()
        loop.exec()
        scan_seconds = time.perf_counter() - scan_started
        heartbeat.stop()
        if profiler[0] is not None:
            profiler[0].disable()
            profiler[0] = None
        stalls = sorted(max(0.0, gap - args.heartbeat_ms) for gap in gaps)
        longest = stalls[-1] if stalls else 0.0
        p99 = stalls[int(len(stalls) * 0.99)] if stalls else 0.0
        worst = max(worst, longest)
        kind = "first scan (the tree fills)" if run == 1 else "re-scan (updated in place)"
        report = window.last_report
        print(
            f"run {run}, {kind}: {len(report.vms) if report else 0} VMs in {scan_seconds:.1f} s; "
            f"{len(gaps)} beats of {args.heartbeat_ms} ms, median gap {statistics.median(gaps):.1f} ms; "
            f"stall: longest {longest:.1f} ms, 99th percentile {p99:.1f} ms; "
            f"first VMs in the tree after {(first_vms[0] - scan_started) * 1000 if first_vms else float('nan'):.0f} ms "
            f"(the first subscription after {_since(first_subscription, scan_started):.0f} ms)"
        )
        if args.verbose:
            worst_beats = sorted(range(len(gaps)), key=gaps.__getitem__)[-3:]
            where = ", ".join(
                f"{gaps[i] - args.heartbeat_ms:.0f} ms ending {ends[i] - scan_started:.2f} s "
                f"({busy[i]:.0f} ms on CPU{_queued_text(queued[i])})"
                for i in reversed(worst_beats)
            )
            print(f"  longest stalls: {where} (the scan took {scan_seconds:.2f} s)")
            print(
                f"  the window's end-of-scan handler took {finishing[-1] * 1000:.0f} ms, then "
                f"{len(finish_slices)} more slices of at most {max(finish_slices, default=0) * 1000:.0f} ms; "
                f"its event handler at most {max(applying, default=0) * 1000:.0f} ms ({len(applying)} calls)"
            )
        for gap, cpu, end, profile in stall_profiles:
            print(f"  stall of {gap:.0f} ms ending {end - scan_started:.2f} s ({cpu:.0f} ms on CPU); it ran:")
            _print_profile(profile)
        stall_profiles.clear()
    print(f"longest event-loop stall over {args.runs} run(s): {worst:.1f} ms (goal < {args.goal_ms:.0f} ms)")
    window.close()
    if server is not None:
        server.kill()
        server.wait()
    return 0 if worst < args.goal_ms else 1


def _since(moments: list[float], start: float) -> float:
    """Milliseconds from `start` to the first of `moments` (NaN when there is none)."""
    return (moments[0] - start) * 1000 if moments else float("nan")


def _runqueue_ms() -> float:
    """How long this (the GUI) thread has waited for a CPU so far, from /proc's schedstat (0 elsewhere)."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[1]) / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


def _queued_text(milliseconds: float) -> str:
    return f", {milliseconds:.0f} ms waiting for a CPU" if sys.platform.startswith("linux") else ""


def _print_profile(profile: cProfile.Profile, lines: int = 12) -> None:
    """The functions that took longest, inclusive of what they called (Qt's C++ calls show as methods)."""
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("cumulative").print_stats(lines)
    table = out.getvalue().splitlines()
    start = next((i for i, line in enumerate(table) if line.lstrip().startswith("ncalls")), 0)
    for line in table[start:]:
        if line.strip():
            print("    " + line.replace(str(Path(__file__).resolve().parent.parent) + os.sep, ""))


_SIMULATOR = """
import sys
from pathlib import Path
from core.simulator.server import SimulatorServer
from core.simulator.tenant import load_tenant
server = SimulatorServer(load_tenant(Path(sys.argv[1])), latency_ms=float(sys.argv[2]), page_size=None)
server.start()
print(server.base_url, server.ca_file, flush=True)
sys.stdin.read()
"""


def _start_simulator(tenant_file: Path, latency_ms: float) -> tuple[subprocess.Popen[str], str, str]:
    """The simulator in a process of its own (Azure-like pages, as `simulated_session` serves them)."""
    root = str(Path(__file__).resolve().parent.parent)
    environment = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    server = subprocess.Popen(
        [sys.executable, "-c", _SIMULATOR, str(tenant_file), str(latency_ms)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environment,
    )
    assert server.stdout is not None
    url, ca_file = server.stdout.readline().split()
    return server, url, ca_file


if __name__ == "__main__":
    raise SystemExit(main())
