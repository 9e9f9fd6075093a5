"""Fix wizards: every documented resolution of "Troubleshoot Azure Backup failure: issues with the agent or
extension" as a guided, safe, verified procedure.

A finding names its wizard (`Finding.wizard`); `start(finding_or_id, context)` gives a `WizardRun` for one
VM. Wizards are data (`core/wizards/agent.py`, `guest.py`, `extensions.py`, `restore_points.py`,
`encryption.py`, `protection.py`; the codes documented since the seed in `guest_windows.py`, `guest_linux.py`,
`platform_guides.py` and `control_plane.py`); the automated steps are small actions (the package
`core/wizards/actions/`) that preview, ask, change through the gateway, audit (`core/audit.py`) and verify;
`WizardRun.apply` is the workflow of a confirmed step. See docs/wizards.md.
"""

from __future__ import annotations

from core.findings import Finding
from core.wizards import (
    agent,
    control_plane,
    encryption,
    extensions,
    guest,
    guest_linux,
    guest_windows,
    platform_guides,
    protection,
    restore_points,
)
from core.wizards.actions import ACTIONS, Action, action
from core.wizards.context import WizardContext, context_for_result, read_context
from core.wizards.model import (
    ActionPreview,
    ActionResult,
    CancelToken,
    Outcome,
    PreviewState,
    Progress,
    Step,
    StepKind,
    StepState,
    Verification,
    Wizard,
)
from core.wizards.run import AppliedStep, StepView, WizardRun, verify_checks

WIZARDS: dict[str, Wizard] = {
    wizard.id: wizard
    for module in (
        agent,
        guest,
        extensions,
        restore_points,
        encryption,
        protection,
        guest_windows,
        guest_linux,
        platform_guides,
        control_plane,
    )
    for wizard in module.WIZARDS
}


def wizard(wizard_id: str) -> Wizard:
    """The wizard with this id (KeyError if there is none)."""
    return WIZARDS[wizard_id]


def start(wizard_or_finding: str | Finding, context: WizardContext) -> WizardRun:
    """A fresh run of a wizard (by id, or the one a finding proposes) for the context's VM."""
    wizard_id = wizard_or_finding.wizard if isinstance(wizard_or_finding, Finding) else wizard_or_finding
    if wizard_id is None:
        raise KeyError("the finding proposes no wizard")
    return WizardRun(WIZARDS[wizard_id], context)


def wizards_using(action_id: str) -> list[Wizard]:
    """The wizards that have a step running this automated action."""
    return [w for w in WIZARDS.values() if action_id in w.actions()]


__all__ = [
    "ACTIONS",
    "WIZARDS",
    "Action",
    "ActionPreview",
    "ActionResult",
    "AppliedStep",
    "CancelToken",
    "Outcome",
    "PreviewState",
    "Progress",
    "Step",
    "StepKind",
    "StepState",
    "StepView",
    "Verification",
    "Wizard",
    "WizardContext",
    "WizardRun",
    "action",
    "context_for_result",
    "read_context",
    "start",
    "verify_checks",
    "wizard",
    "wizards_using",
]
