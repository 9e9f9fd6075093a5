"""What a running scan reports, as plain values queued from the worker thread to the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from core.facts import VmFacts
from core.findings import Problem
from core.scan import VmResult
from core.service import Subscription


@dataclass(frozen=True)
class SubscriptionListed:
    subscription: Subscription


@dataclass(frozen=True)
class VmsListed:
    subscription: Subscription
    vms: tuple[VmFacts, ...]


@dataclass(frozen=True)
class VmEvaluated:
    result: VmResult


@dataclass(frozen=True)
class ProblemFound:
    problem: Problem


@dataclass(frozen=True)
class Progress:
    done: int
    total: int


ScanEvent = SubscriptionListed | VmsListed | VmEvaluated | ProblemFound | Progress
