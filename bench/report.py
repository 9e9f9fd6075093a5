"""Render time and size of the HTML report for a large scan.

A generated tenant (core/simulator/generate.py, 20% failing VMs) is scanned once through the simulator,
then the report is rendered several times in each language; the saved scan JSON is measured too.

    python bench/report.py --vms 1000

Goal: 1,000 VMs render in at most 1 s (checked on CPU time, printed with the wall time) and the file
stays under 5 MB. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vms", type=int, default=1000)
    parser.add_argument("--subscriptions", type=int, default=4)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--goal-s", type=float, default=1.0)
    parser.add_argument("--goal-mb", type=float, default=5.0)
    args = parser.parse_args(argv)

    from core.report import saved_scan
    from core.report.html import render_html
    from core.report.snapshot import snapshot_from_scan
    from core.scan import run_scan
    from core.session import simulated_session
    from core.simulator.generate import generate_tenant

    with tempfile.TemporaryDirectory() as folder:
        tenant = Path(folder) / "tenant.json"
        tenant.write_text(json.dumps(generate_tenant(args.vms, subscriptions=args.subscriptions)), encoding="utf-8")
        started = time.perf_counter()
        with simulated_session(tenant) as session:
            report = run_scan(session.gateway)
        print(f"scanned {len(report.vms)} VMs in {time.perf_counter() - started:.1f} s (not the figure measured)")
    snapshot = snapshot_from_scan(report)
    findings = sum(len(v.findings) for v in snapshot.vms)

    ok = True
    for language in ("en", "pt-PT"):
        render_html(snapshot, language)  # warm: templates compiled, catalog read
        times, cpu = [], []
        html = ""
        for _ in range(args.runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            html = render_html(snapshot, language)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        size_mb = len(html.encode("utf-8")) / 1_000_000
        median, best = statistics.median(times), min(times)
        print(
            f"report {language}: {len(snapshot.vms)} VMs, {findings} findings: median {median:.2f} s "
            f"(best {best:.2f} s of {args.runs}; CPU {statistics.median(cpu):.2f} s), {size_mb:.2f} MB"
        )
        # CPU time: on a shared machine the wall time mostly measures the other processes.
        ok = ok and statistics.median(cpu) <= args.goal_s and size_mb <= args.goal_mb
    started = time.perf_counter()
    saved = json.dumps(saved_scan.to_json(snapshot), ensure_ascii=False, separators=(",", ":"))
    print(f"saved scan JSON: {len(saved.encode('utf-8')) / 1_000_000:.2f} MB in {time.perf_counter() - started:.2f} s")
    print("goal met" if ok else f"goal missed: {args.goal_s} s, {args.goal_mb} MB")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
