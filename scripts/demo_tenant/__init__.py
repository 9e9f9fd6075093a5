"""The scenarios of the demo tenant (resources/demo-tenant.json, docs/demo-tenant.md), one entry per VM.

`common` holds the tenant's subscriptions, vaults and the shorthands the entries use; one module per family
of documented codes lists its VMs; `infrastructure` the resource groups, locks, vaults and key vaults they
live in. scripts/make_demo_tenant.py assembles them. The resource builders are the simulator's
(`core.simulator.shapes`), shared with the generated tenants of `core.simulator.generate`.
"""

from __future__ import annotations

from demo_tenant import agent_and_extensions, guest_only, jobs_and_protection, since_seed, storage_and_keys
from demo_tenant.common import Demo

__all__ = ["Demo", "all_demos"]


def all_demos() -> list[Demo]:
    """Every demo VM, in the order of the tenant file and of the table in docs/demo-tenant.md."""
    return [
        *agent_and_extensions.demos(),
        *storage_and_keys.demos(),
        *jobs_and_protection.demos(),
        *guest_only.demos(),
        *since_seed.demos(),
    ]
