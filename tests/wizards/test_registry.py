"""The wizards as data: every id referenced exists, every text renders for every demo VM, every text is
marked for translation under a literal context."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import core.wizards
from core.catalog import load_catalog
from core.i18n import Msg
from core.locator import resource
from core.scan import ScanReport
from core.wizards import ACTIONS, WIZARDS, StepKind, WizardContext, start, wizards_using
from core.wizards.model import unfilled_placeholders

CORE = Path(core.wizards.__file__).resolve().parent.parent
WIZARD_SOURCES = Path(core.wizards.__file__).resolve().parent


def _referenced_wizard_ids() -> set[str]:
    """Every wizard id in resources/catalog.json and in the checks' sources."""
    text = resource("catalog.json").read_text(encoding="utf-8")
    found = set(re.findall(r'"wizard":\s*"([^"]+)"', text))
    catalog = load_catalog()
    found.update(catalog.wizards)
    found.update(w for entry in catalog.entries for w in entry.resolution)
    for path in (CORE / "checks").glob("*.py"):
        found.update(
            node.value
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in catalog.wizards
        )
    return found


def test_every_referenced_wizard_exists() -> None:
    referenced = _referenced_wizard_ids()
    assert referenced <= set(WIZARDS), sorted(referenced - set(WIZARDS))
    assert set(WIZARDS) == set(load_catalog().wizards)


def test_every_action_step_names_a_registered_action_and_every_action_is_used() -> None:
    used = {s.action for w in WIZARDS.values() for s in w.steps if s.kind is StepKind.ACTION}
    assert used == set(ACTIONS)
    for wizard in WIZARDS.values():
        ids = [s.id for s in wizard.steps]
        assert len(ids) == len(set(ids)), wizard.id
        for step in wizard.steps:
            assert (step.kind is StepKind.ACTION) == (step.action is not None), (wizard.id, step.id)
            assert (step.kind is StepKind.VERIFICATION) == bool(step.checks), (wizard.id, step.id)
    assert {w.id for w in wizards_using("trigger-backup")} >= {"backup-extension-failed", "rp-collection-limit"}


def test_verification_steps_name_registered_checks() -> None:
    from core.checks import CHECKS

    registered = {c.id for c in CHECKS}
    for wizard in WIZARDS.values():
        for step in wizard.steps:
            assert set(step.checks) <= registered, (wizard.id, step.id, step.checks)


def _rendered(msg: Msg) -> str:
    text = msg.render()
    assert not unfilled_placeholders(text), (msg.source, unfilled_placeholders(text))
    return text


def test_every_wizard_renders_for_every_demo_vm_without_missing_values(demo_report: ScanReport) -> None:
    assert len(demo_report.vms) >= 30
    for result in demo_report.vms:
        for wizard_id in WIZARDS:
            run = start(wizard_id, WizardContext.for_result(result.facts, result.findings, wizard_id))
            _rendered(run.title)
            _rendered(run.summary)
            for view in run.views():
                assert _rendered(view.title) and _rendered(view.text)
                for portal in view.portal:
                    _rendered(portal)
                for _url, label in view.links:
                    _rendered(label)
                for command in view.commands:
                    assert command.text and not unfilled_placeholders(command.text), command.text
                    if command.label is not None:
                        _rendered(command.label)
                if view.action_title is not None:
                    _rendered(view.action_title)
            json.dumps(run.to_json())


def test_every_finding_with_a_wizard_starts_it(demo_report: ScanReport) -> None:
    started = set()
    for result in demo_report.vms:
        for finding in result.findings:
            if finding.wizard is None:
                continue
            run = start(finding, WizardContext.for_result(result.facts, result.findings, finding.wizard))
            assert run.context.finding is not None and run.context.finding.wizard == finding.wizard
            assert run.current() is not None
            started.add(finding.wizard)
    assert len(started) >= 12


def _translate_calls(path: Path) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
    ]


def _marked() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in [*WIZARD_SOURCES.rglob("*.py"), CORE / "audit.py"]:
        for call in _translate_calls(path):
            context, text = call.args
            assert isinstance(context, ast.Constant), f"{path.name}:{call.lineno}: the context must be a literal"
            assert isinstance(text, ast.Constant), f"{path.name}:{call.lineno}: the text must be a literal"
            found.add((context.value, text.value))
    return found


def test_every_shown_text_is_marked_for_translation_with_a_literal_context() -> None:
    marked = _marked()
    assert all(context in ("Wizards", "Cli") for context, _ in marked)
    for wizard in WIZARDS.values():
        assert ("Wizards", wizard.summary) in marked, wizard.id
        for step in wizard.steps:
            texts = [step.title, step.text, *step.portal, *(link.label for link in step.links)]
            texts.extend(c.label for c in step.commands if c.label)
            for text in texts:
                assert ("Wizards", text) in marked, (wizard.id, step.id, text)
    for action in ACTIONS.values():
        assert ("Wizards", action.title) in marked, action.id


@pytest.mark.parametrize("wizard_id", sorted(WIZARDS))
def test_commands_quote_values_from_azure(wizard_id: str) -> None:
    from core.wizards.model import Shell, quote_for

    hostile = "vm'; rm -rf / #"
    assert quote_for(Shell.BASH, hostile) == "'vm'\"'\"'; rm -rf / #'"
    assert quote_for(Shell.POWERSHELL, hostile) == "'vm''; rm -rf / #'"
    for step in WIZARDS[wizard_id].steps:
        for command in step.commands:
            rendered = command.render({"vm": hostile, "resourceGroup": hostile})
            if "{vm}" in command.template:
                assert hostile not in rendered.replace(quote_for(command.shell, hostile), "")
