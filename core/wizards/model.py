"""What a fix wizard is made of, as plain data a GUI can render and a CLI can print.

A `Wizard` is a list of `Step`s. A step is one of four kinds (`StepKind`): an explanation, a manual
instruction (copyable commands per shell, portal paths, links), an automated action (run through the
gateway after a preview and an explicit confirmation) or a verification (re-read the VM and re-run the
checks that the step names). Step texts are English source text marked with
`QT_TRANSLATE_NOOP("Wizards", ...)` where they are written; they are shown as `Msg` values filled with
the wizard's values for one VM (`Wizard.values(context)`), so a translation can reorder them and a value
from Azure is never parsed as part of a format string.

An automated action first gives an `ActionPreview` (the operations it will send: method, exact resource
ids, Azure permission, what changes before → after, or why there is nothing to do); `run` repeats the
reading, refuses unless confirmed, makes the changes and answers an `ActionResult` in a sentence.
"""

from __future__ import annotations

import json
import re
import shlex
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core import ids
from core.catalog import load_catalog
from core.findings import Finding, Problem
from core.i18n import Msg, Translate, english
from core.wizards.context import WizardContext

CONTEXT = "Wizards"


def msg(source: str, **args: Any) -> Msg:
    """A wizard text (already marked with QT_TRANSLATE_NOOP("Wizards", ...) where it is written)."""
    return Msg(CONTEXT, source, args)


class StepKind(StrEnum):
    EXPLANATION = "explanation"
    MANUAL = "manual"
    ACTION = "action"
    VERIFICATION = "verification"


class StepState(StrEnum):
    PENDING = "pending"
    # A manual step the user confirmed, an action that made its change, a verification that passed.
    DONE = "done"
    # An action that found its change already made (idempotent re-run).
    NOTHING_TO_DO = "nothing-to-do"
    # An action Azure refused or that failed; a verification whose checks still fail.
    FAILED = "failed"
    # The user chose not to do an optional step.
    SKIPPED = "skipped"
    # The step is not for this VM (another operating system, a condition that does not hold).
    NOT_APPLICABLE = "not-applicable"

    @property
    def finished(self) -> bool:
        return self in (StepState.DONE, StepState.NOTHING_TO_DO, StepState.SKIPPED, StepState.NOT_APPLICABLE)


class Shell(StrEnum):
    POWERSHELL = "powershell"
    BASH = "bash"
    AZ_CLI = "azcli"


def quote_for(shell: str, value: str) -> str:
    """A value as one literal argument of `shell`: never code."""
    if shell == Shell.POWERSHELL:
        return "'" + value.replace("'", "''") + "'"
    return shlex.quote(value)


class _Quoted(dict[str, str]):
    def __init__(self, values: Mapping[str, Any], shell: str) -> None:
        super().__init__({k: quote_for(shell, str(v)) for k, v in values.items() if not isinstance(v, Msg)})

    def __missing__(self, key: str) -> str:
        return f"<{key}>"


@dataclass(frozen=True)
class Command:
    """A copyable command. `template` is our own literal; `{name}` is filled with the wizard's value
    `name`, quoted for the shell (literal braces are written `{{` and `}}`)."""

    shell: str
    template: str
    # Source text (context "Wizards") naming what the command is for, e.g. the distribution.
    label: str | None = None
    # Linux distributions it is for, as the agent reports `osName` ("ubuntu", "debian"...); empty: any.
    distros: tuple[str, ...] = ()

    def render(self, values: Mapping[str, Any]) -> str:
        return self.template.format_map(_Quoted(values, self.shell))


@dataclass(frozen=True)
class Link:
    url: str
    label: str  # source text, context "Wizards"


@dataclass(frozen=True)
class Step:
    id: str
    kind: StepKind
    title: str
    text: str
    commands: tuple[Command, ...] = ()
    # Where to click in the Azure portal, e.g. "Virtual machine > Settings > Extensions + applications".
    portal: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    # "Windows" or "Linux" when the step is only for that operating system.
    os: str | None = None
    # Further condition on the VM's facts; the step is not applicable when it returns False.
    when: Callable[[WizardContext], bool] | None = None
    # ACTION steps: the automated action's id (core.wizards.actions.ACTIONS).
    action: str | None = None
    # VERIFICATION steps: the checks to re-run.
    checks: tuple[str, ...] = ()
    optional: bool = False

    def applies(self, context: WizardContext) -> bool:
        os_type = (context.vm.os_type or "").lower()
        if self.os is not None and os_type and os_type != self.os.lower():
            return False
        return self.when is None or bool(self.when(context))


ValuesFunction = Callable[[WizardContext], dict[str, Any]]


@dataclass(frozen=True)
class Wizard:
    id: str
    # Source text (context "Wizards") of one sentence saying what the wizard does and why.
    summary: str
    steps: tuple[Step, ...]
    # The values its texts and commands use, from the VM's facts and the finding's evidence.
    values: ValuesFunction

    @property
    def title(self) -> Msg:
        """The wizard's title, as the catalog names it (translated under the catalog's context)."""
        return load_catalog().wizards[self.id].title_msg

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def actions(self) -> tuple[str, ...]:
        return tuple(s.action for s in self.steps if s.action is not None)


# --- rendering -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedCommand:
    shell: str
    text: str
    label: Msg | None
    # True when the command is for this VM's distribution (or for any).
    preferred: bool


def render_commands(step: Step, values: Mapping[str, Any], os_name: str | None) -> tuple[RenderedCommand, ...]:
    distro = (os_name or "").lower()
    return tuple(
        RenderedCommand(
            c.shell,
            c.render(values),
            msg(c.label, **values) if c.label else None,
            not c.distros or any(distro.startswith(d) for d in c.distros),
        )
        for c in step.commands
    )


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def unfilled_placeholders(text: str) -> list[str]:
    """`{name}` left in a rendered text: a value the wizard forgot to give."""
    return _PLACEHOLDER.findall(text)


# --- automated actions ------------------------------------------------------------------------------


class PreviewState(StrEnum):
    READY = "ready"
    NOTHING_TO_DO = "nothing-to-do"
    # The action cannot run for this VM as things are (a prerequisite is missing, a read failed).
    BLOCKED = "blocked"


@dataclass(frozen=True)
class Change:
    what: Msg
    before: Msg | str
    after: Msg | str

    def render(self, translate: Translate = english) -> dict[str, str]:
        def text(value: Msg | str) -> str:
            return value.render(translate) if isinstance(value, Msg) else value

        return {"what": self.what.render(translate), "before": text(self.before), "after": text(self.after)}


@dataclass(frozen=True)
class PlannedOperation:
    """One request an action will send."""

    method: str  # DELETE, PUT or POST
    # The Azure permission the request needs, as ARM names it in AuthorizationFailed.
    operation: str
    # The exact resource the request changes.
    target: str
    description: Msg
    changes: tuple[Change, ...] = ()
    # What is sent (or, for a delete, what is deleted), as JSON: recorded in the audit log.
    parameters: Mapping[str, Any] = field(default_factory=dict)
    # The target as the preview read it, written to the audit log before the request is sent (JSON; for a
    # DELETE the parameters are that state already). Not part of the fingerprint: `parameters` are.
    before: Any = None

    def key(self) -> tuple[str, str, str]:
        return self.method, ids.key(self.target), json.dumps(self.parameters, sort_keys=True, default=str)

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        return {
            "method": self.method,
            "operation": self.operation,
            "target": self.target,
            "description": self.description.render(translate),
            "changes": [c.render(translate) for c in self.changes],
            "parameters": dict(self.parameters),
        }


@dataclass(frozen=True)
class ActionPreview:
    action: str
    vm_id: str
    state: PreviewState
    # One sentence: what will happen, or why nothing will, or what stands in the way.
    summary: Msg
    operations: tuple[PlannedOperation, ...] = ()
    notes: tuple[Msg, ...] = ()
    problem: Problem | None = None

    @property
    def ready(self) -> bool:
        return self.state is PreviewState.READY

    @property
    def fingerprint(self) -> tuple[tuple[str, str, str], ...]:
        """What the user confirmed: `run` refuses when the fresh reading plans something else."""
        return tuple(op.key() for op in self.operations)

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        return {
            "action": self.action,
            "vm": self.vm_id,
            "state": self.state.value,
            "summary": self.summary.render(translate),
            "operations": [op.to_json(translate) for op in self.operations],
            "notes": [n.render(translate) for n in self.notes],
            "problem": self.problem.to_json(translate) if self.problem else None,
        }


class Outcome(StrEnum):
    DONE = "done"
    NOTHING_TO_DO = "nothing-to-do"
    # Not confirmed, or the state changed after the preview: nothing was sent.
    REFUSED = "refused"
    # Azure refused or a request failed.
    FAILED = "failed"
    # The user cancelled: before any change, or while waiting for one Azure had accepted.
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class ActionResult:
    action: str
    outcome: Outcome
    message: Msg
    problem: Problem | None = None
    details: Mapping[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.outcome in (Outcome.DONE, Outcome.NOTHING_TO_DO)

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        return {
            "action": self.action,
            "outcome": self.outcome.value,
            "message": self.message.render(translate),
            "problem": self.problem.to_json(translate) if self.problem else None,
            "details": dict(self.details),
        }


@dataclass(frozen=True)
class Progress:
    message: Msg
    done: int | None = None
    total: int | None = None


ProgressCallback = Callable[[Progress], None]


class CancelToken:
    """Set from any thread (the GUI's Cancel button) to stop an action or a verification promptly.

    An action checks it before each change and while it waits; a change Azure already accepted goes on.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    @property
    def event(self) -> threading.Event:
        """The underlying event, for code that takes one (the collector)."""
        return self._event


# --- verification ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    checks: tuple[str, ...]
    findings: tuple[Finding, ...]
    passed: bool
    message: Msg
    problem: Problem | None = None

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        return {
            "checks": list(self.checks),
            "passed": self.passed,
            "message": self.message.render(translate),
            "findings": [f.to_json(translate) for f in self.findings],
            "problem": self.problem.to_json(translate) if self.problem else None,
        }


__all__ = [
    "CONTEXT",
    "ActionPreview",
    "ActionResult",
    "CancelToken",
    "Change",
    "Command",
    "Link",
    "Outcome",
    "PlannedOperation",
    "PreviewState",
    "Progress",
    "ProgressCallback",
    "RenderedCommand",
    "Shell",
    "Step",
    "StepKind",
    "StepState",
    "Verification",
    "Wizard",
    "msg",
    "quote_for",
    "render_commands",
    "unfilled_placeholders",
]
