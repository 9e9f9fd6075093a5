"""How fast a VM's instant restore points grow, to tell when a lock makes them reach the limit.

Each successful backup of a VM adds one instant restore point; while a lock stops Azure Backup from
deleting expired ones, the count only grows. The pace is the typical gap between the VM's successful
backups in the jobs read (the median, so one retried or skipped day does not skew it).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median

from core.facts import VmFacts
from core.jobs import SUCCEEDED, backup_jobs, job_status


@dataclass(frozen=True)
class LimitForecast:
    count: int
    limit: int
    # The typical time between two successful backups (None: fewer than two in the jobs read).
    pace: timedelta | None
    # Around when the count reaches the limit (None: no pace, or already reached).
    reached_at: datetime | None


def backup_pace(vm: VmFacts) -> tuple[timedelta | None, datetime | None]:
    """The median gap between successful backups, and the latest successful backup's start."""
    starts = sorted(
        (j.start_time for j in backup_jobs(vm) if job_status(j) in SUCCEEDED and j.start_time is not None),
    )
    latest = starts[-1] if starts else None
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(starts) if b > a]
    return (timedelta(seconds=median(gaps)) if gaps else None), latest


def forecast(vm: VmFacts, count: int, limit: int, now: datetime) -> LimitForecast:
    if count >= limit:
        return LimitForecast(count, limit, None, None)
    pace, latest = backup_pace(vm)
    if pace is None:
        return LimitForecast(count, limit, None, None)
    start = latest if latest is not None and latest <= now else now
    return LimitForecast(count, limit, pace, start + pace * (limit - count))
