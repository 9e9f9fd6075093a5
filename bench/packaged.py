"""Sizes and start-up times of the packaged app, from its own `--self-test`.

    .venv/bin/python bench/packaged.py [--runs N] [--markdown] EXECUTABLE...

For each executable (dist/onedir/BackupDoctor/BackupDoctor, dist/onefile/BackupDoctor, or the .exe
files on Windows) it runs `--self-test` N times, each in a new process, and measures from the moment
the process is started:
- "window": until the self-test prints that the main window is visible (its "[ ok ] window" line,
  printed right after MainWindow.show() took effect, as a normal start shows it);
- "self-test": until the process has exited (scan, one fix wizard, every check).
It prints the size (the file, or the folder for a onedir build), the first run and the median of
the runs, and the CPU time the self-test used (user + system, with its child processes; Linux and
macOS): on a machine shared with other jobs, wall times grow with the load, CPU time much less. It
exits non-zero, naming the executable, when a self-test fails. build/smoke uses it.

"Cold" here means a new process, with the operating system's file cache as it is: the first run
after a build reads the files from the cache the build just filled. The one-file build unpacks
itself into a temporary folder at every start, which is most of its extra start-up time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

WINDOW_LINE = "[ ok ] window:"
TIMEOUT_S = 600


@dataclass(frozen=True)
class Run:
    window_s: float | None
    total_s: float
    cpu_s: float | None
    code: int
    output: str


@dataclass(frozen=True)
class Figures:
    executable: Path
    kind: str
    size_bytes: int
    runs: list[Run]

    @property
    def ok(self) -> bool:
        return all(run.code == 0 and run.window_s is not None for run in self.runs)


def size_of(executable: Path) -> tuple[str, int]:
    """("onedir", folder size) when the executable sits in a folder with `_internal/`, else ("one-file", file size)."""
    folder = executable.parent
    if (folder / "_internal").is_dir():
        kind = "onedir" if executable.stem == "BackupDoctor" else f"onedir ({executable.stem})"
        return kind, sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return "one-file", executable.stat().st_size


def _children_cpu() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(executable: Path) -> Run:
    cpu_before = _children_cpu()
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(executable), "--self-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    window: float | None = None
    lines: list[str] = []
    for line in process.stdout:
        if window is None and line.startswith(WINDOW_LINE):
            window = time.perf_counter() - started
        lines.append(line)
    code = process.wait(timeout=TIMEOUT_S)
    total = time.perf_counter() - started
    cpu_after = _children_cpu()
    cpu = cpu_after - cpu_before if cpu_after is not None and cpu_before is not None else None
    return Run(window, total, cpu, code, "".join(lines))


def measure(executable: Path, runs: int) -> Figures:
    kind, size = size_of(executable)
    return Figures(executable, kind, size, [run_once(executable) for _ in range(runs)])


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def _median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def table(figures: list[Figures], markdown: bool) -> str:
    header = [
        "build",
        "size",
        "window (first)",
        "window (median)",
        "self-test (first)",
        "self-test (median)",
        "self-test CPU (median)",
    ]
    rows = []
    for f in figures:
        windows = [r.window_s for r in f.runs]
        totals: list[float | None] = [r.total_s for r in f.runs]
        rows.append(
            [
                f.kind,
                f"{f.size_bytes / 1_000_000:.1f} MB",
                _seconds(windows[0]),
                _seconds(_median(windows)),
                _seconds(totals[0]),
                _seconds(_median(totals)),
                _seconds(_median([r.cpu_s for r in f.runs])),
            ]
        )
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=True)]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in [header, *rows])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("executables", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    results: list[Figures] = []
    for executable in args.executables:
        if not executable.is_file():
            print(f"{executable}: not built", file=sys.stderr)
            return 2
        figures = measure(executable, args.runs)
        results.append(figures)
        if not figures.ok:
            failed = next(r for r in figures.runs if r.code != 0 or r.window_s is None)
            print(failed.output, file=sys.stderr)
            print(f"{executable}: the self-test failed (exit code {failed.code})", file=sys.stderr)
            return 1
        print(f"{executable}: self-test passed {len(figures.runs)} times", flush=True)
    print(table(results, args.markdown))
    if hasattr(os, "getloadavg"):
        print("load average: " + " ".join(f"{v:.1f}" for v in os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
