"""The VMs and backup histories that both tenants plant: the demo tenant (scripts/make_demo_tenant.py) and
the generated ones (`core.simulator.generate`) build their scenarios from these, so a state such as "agent
Not Ready" or "an extension failed" looks the same in both.

Each VM function takes a `VmSpec` and returns it changed the way Azure shows that state; the job
functions write the jobs of a nightly backup schedule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import timedelta
from typing import Any

from core.simulator.shapes.common import ago
from core.simulator.shapes.job_errors import ERRORS
from core.simulator.shapes.plans import JobPlan, ProtectionPlan
from core.simulator.shapes.vm_spec import (
    LINUX_AGENT_VERSION,
    WINDOWS_AGENT_VERSION,
    Ade,
    Agent,
    Extension,
    Image,
    VmSpec,
    ade_extension,
    monitor_agent_extension,
    vmsnapshot_extension,
)

# Where Azure's provisioning error message sends the reader, per OS (the message's last sentence).
_TROUBLESHOOTING = {
    "Windows": "https://aka.ms/vmextensionwindowstroubleshoot",
    "Linux": "https://aka.ms/VMExtensionLinuxTroubleshoot",
}


def healthy_vm(
    subscription_id: str,
    resource_group: str,
    name: str,
    scenario: str,
    *,
    image: Image,
    size: str,
    location: str,
    agent_age: timedelta,
    snapshot_age: timedelta,
    tags: Mapping[str, str],
    **changes: Any,
) -> VmSpec:
    """A running VM with an up-to-date Ready agent (status `agent_age` old), the backup snapshot extension
    (last run `snapshot_age` ago) and the Azure Monitor agent; `changes` override any `VmSpec` field."""
    os_type = image.os_type
    windows = os_type == "Windows"
    spec = VmSpec(
        subscription_id=subscription_id,
        resource_group=resource_group,
        name=name,
        location=location,
        image=image,
        size=size,
        scenario=scenario,
        os_disk_gb=128 if windows else 64,
        agent=Agent(WINDOWS_AGENT_VERSION if windows else LINUX_AGENT_VERSION, reported=agent_age),
        extensions=(vmsnapshot_extension(os_type, reported=snapshot_age), monitor_agent_extension(os_type)),
        tags=tags,
    )
    return replace(spec, **changes)


def without_agent(spec: VmSpec) -> VmSpec:
    """Created with provisionVMAgent false: no agent in the instance view, hence no extension at all."""
    return replace(spec, agent=None, provision_vm_agent=False, extensions=())


def agent_not_ready(spec: VmSpec) -> VmSpec:
    """The agent in an inconsistent state: version Unknown, "Not Ready", status 12 minutes old."""
    return replace(spec, agent=Agent("Unknown", ready=False, reported=ago(minutes=12)))


def agent_stale(spec: VmSpec, reported: timedelta) -> VmSpec:
    """The agent still says Ready, but its status is `reported` old: it stopped reporting."""
    assert spec.agent is not None
    return replace(spec, agent=replace(spec.agent, reported=reported))


def agent_unresponsive(spec: VmSpec, reported: timedelta) -> VmSpec:
    """Windows' "VM Agent is unresponsive." (Not Ready) since `reported`."""
    assert spec.agent is not None
    return replace(spec, agent=replace(spec.agent, ready=False, message="VM Agent is unresponsive.", reported=reported))


def agent_version(spec: VmSpec, version: str) -> VmSpec:
    """A Ready agent of `version` (an old Linux agent, for instance)."""
    return replace(spec, agent=Agent(version, reported=ago(minutes=1)))


def _with_extension(spec: VmSpec, extension: Extension) -> tuple[Extension, ...]:
    """The VM's extensions with `extension` in place of the one of the same name, or added last."""
    if any(e.name == extension.name for e in spec.extensions):
        return tuple(extension if e.name == extension.name else e for e in spec.extensions)
    return (*spec.extensions, extension)


def extension_failed(spec: VmSpec, failed: Extension, *, troubleshooting_link: bool = False) -> VmSpec:
    """`failed` (provisioningState Failed) on the VM, which turns Failed with the message Azure writes
    (VMExtensionProvisioningError), ending with the troubleshooting link when `troubleshooting_link`."""
    message = (
        f"VM has reported a failure when processing extension '{failed.name}' (publisher '{failed.publisher}' "
        f"and type '{failed.type}'). Error message: '{failed.message}'."
    )
    if troubleshooting_link:
        message += f" More information on troubleshooting is available at {_TROUBLESHOOTING[spec.os_type]}."
    return replace(
        spec,
        extensions=_with_extension(spec, failed),
        provisioning_state="Failed",
        provisioning_age=failed.reported,
        provisioning_message=message,
    )


def extension_updating(spec: VmSpec, updating: Extension) -> VmSpec:
    """`updating` (provisioningState Updating) on the VM, which is Updating while it lasts."""
    return replace(
        spec,
        extensions=_with_extension(spec, updating),
        provisioning_state="Updating",
        provisioning_age=updating.reported,
    )


def encrypted(spec: VmSpec, ade: Ade) -> VmSpec:
    """Azure Disk Encryption with keys in `ade.key_vault_id`: the settings and the ADE extension."""
    return replace(spec, ade=ade, extensions=(*spec.extensions, ade_extension(spec.os_type, ade)))


def without_backup_extension(spec: VmSpec) -> VmSpec:
    """Never backed up: no snapshot extension (the first backup installs it)."""
    return replace(spec, extensions=tuple(e for e in spec.extensions if not e.type.startswith("VMSnapshot")))


def nightly_backups(*hours_ago: float, minutes: float = 52) -> tuple[JobPlan, ...]:
    """Completed backups `hours_ago` hours ago, the first taking `minutes`, each next one 3 minutes more."""
    return tuple(JobPlan("Completed", ago(hours=age), ago(minutes=minutes + i * 3)) for i, age in enumerate(hours_ago))


def failed_job(code: str, hours_ago: float, minutes: float = 6, code_hint: str | None = None, **more: Any) -> JobPlan:
    """A backup that failed `hours_ago` hours ago after `minutes` with the documented `code`."""
    if code not in ERRORS:
        raise KeyError(code)
    return JobPlan("Failed", ago(hours=hours_ago), ago(minutes=minutes), code, code_hint, **more)


def protected_items_per_policy(plans: Iterable[ProtectionPlan | None]) -> Counter[str]:
    """How many protected items each policy lists (`protectedItemsCount`): stopped protection has no policy."""
    return Counter(plan.policy_id for plan in plans if plan is not None and plan.state != "ProtectionStopped")
