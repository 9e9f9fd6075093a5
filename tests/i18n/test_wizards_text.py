"""Every fix wizard, as shown for a demo VM it applies to, reads fully in pt-PT.

Steps (titles, texts, command labels, portal paths, links), the previews of automated actions (what
changes, before and after, notes) are rendered with a translator that notes what it is asked for:
each text must have a finished translation in the context it is looked up in, and no `{placeholder}`
may be left unfilled.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from catalogs import PT_CATALOG

from core.catalog import load_catalog
from core.catalog_translator import load_ts, translator_for
from core.scan import ScanReport
from core.session import demo_session
from core.wizards import WIZARDS, context_for_result, read_context, start
from core.wizards.model import unfilled_placeholders

#: Wizards rendered without a demo finding that proposes them.
proposed_elsewhere: set[str] = set()


@pytest.fixture(scope="module")
def rendered(demo_report: ScanReport) -> tuple[dict[str, list[dict[str, Any]]], set[tuple[str, str]]]:
    """wizard id -> its steps as shown in pt-PT (with previews), and every (context, source) asked for."""
    pt = translator_for("pt-PT")
    asked: set[tuple[str, str]] = set()

    def translate(context: str, source: str) -> str:
        asked.add((context, source))
        return pt(context, source)

    shown: dict[str, list[dict[str, Any]]] = {}
    proposed_elsewhere.clear()
    report = demo_report  # only its findings and VM ids: contexts and previews are read from this session
    with demo_session() as session:
        for vm in report.vms:
            for finding in vm.findings:
                if not finding.wizard or finding.wizard in shown:
                    continue
                # A protected item whose VM no longer exists cannot be read again: start from the scan, as the GUI does.
                context = (
                    read_context(session.gateway, vm.facts.id, wizard_id=finding.wizard)
                    if vm.facts.exists
                    else context_for_result(session.gateway, vm.facts, vm.findings, finding.wizard)
                )
                run = start(finding, context)
                steps = [{"title": run.title.render(translate), "text": run.summary.render(translate)}]
                for view in run.views():
                    step = view.to_json(translate)
                    if view.action and view.applicable:
                        step["preview"] = run.preview(view.id, session.gateway).to_json(translate)
                    steps.append(step)
                shown[finding.wizard] = steps
        # A wizard no demo finding proposes (a documented resolution after the first cause of a guest-only
        # code) is rendered for a demo VM of its OS, so that its text is read too.
        for wizard_id, wizard in WIZARDS.items():
            if wizard_id in shown:
                continue
            wanted = {s.os for s in wizard.steps if s.os} or {None}
            vm = next(v for v in report.vms if v.facts.exists and (v.facts.os_type in wanted or None in wanted))
            run = start(wizard_id, read_context(session.gateway, vm.facts.id, wizard_id=wizard_id))
            steps = [{"title": run.title.render(translate), "text": run.summary.render(translate)}]
            steps.extend(view.to_json(translate) for view in run.views())
            proposed_elsewhere.add(wizard_id)
            shown[wizard_id] = steps
    return shown, asked


def test_the_demo_tenant_exercises_every_wizard(rendered: tuple[dict[str, Any], set[Any]]) -> None:
    """The demo tenant plants a VM per documented cause of the seed's codes and per code detected since, so
    those wizards are proposed by a finding; the others (guest-only resolutions) are rendered for a demo VM."""
    shown, _ = rendered
    assert sorted(set(WIZARDS) - set(shown)) == []
    catalog = load_catalog()
    seed = {cause.wizard for entry in catalog.entries[:12] for cause in entry.causes}
    detected = {cause.wizard for cause in catalog.causes.values() if cause.checks}
    assert not (seed | detected) & proposed_elsewhere, sorted((seed | detected) & proposed_elsewhere)


def test_every_wizard_text_has_a_finished_translation(rendered: tuple[dict[str, Any], set[Any]]) -> None:
    _, asked = rendered
    table = load_ts(PT_CATALOG)
    assert sorted(key for key in asked if key not in table) == []


def test_no_placeholder_is_left_unfilled(rendered: tuple[dict[str, Any], set[Any]]) -> None:
    shown, _ = rendered
    unfilled = {
        wizard: found
        for wizard, steps in shown.items()
        if (found := unfilled_placeholders(json.dumps(steps, ensure_ascii=False)))
    }
    assert unfilled == {}


def test_azure_statuses_keep_their_name_and_gain_their_meaning(rendered: tuple[dict[str, Any], set[Any]]) -> None:
    text = json.dumps(rendered[0], ensure_ascii=False)
    assert "deallocated (desalocada)" in text
    assert "ProtectionStopped (proteção parada)" in text
