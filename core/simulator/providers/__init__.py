"""Request handlers of the simulated Azure, one module per resource provider."""

from __future__ import annotations

from core.simulator.providers import (
    authorization,
    backup,
    backup_jobs,
    compute,
    graph,
    keyvault,
    policy,
    resources,
    run_command,
    vm_power,
)
from core.simulator.routing import Route

# Every route the simulator answers, most specific first where two could match.
ROUTES: list[Route] = [
    *authorization.ROUTES,
    *resources.ROUTES,
    *policy.ROUTES,
    *compute.ROUTES,
    *vm_power.ROUTES,
    *run_command.ROUTES,
    *backup.ROUTES,
    *backup_jobs.ROUTES,
    *keyvault.ROUTES,
    *graph.ROUTES,
]
