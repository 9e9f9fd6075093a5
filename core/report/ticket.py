""" "Copy for ticket": one VM as plain text to paste into a helpdesk ticket.

The VM, its status and documented codes, each finding that needs attention with its evidence as
labelled fields, the documented causes and their verdicts, the next step, what was changed in the
session. Every line is made inert (no control or bidi-control characters) and long values are cut.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from core.audit import AuditEntry
from core.catalog import load_catalog
from core.evidence_fields import OWN_VALUES, evidence_fields
from core.findings import Finding, Status
from core.i18n import Translate, english
from core.report.plain import one_line
from core.report.snapshot import VmSnapshot
from core.report.words import STATUS_ICONS, status_word, words
from core.wizards.actions import describe_actions

_OPEN = (Status.FAIL, Status.WARN, Status.UNKNOWN)
LINE = 300


def _status(status: Status, translate: Translate) -> str:
    return f"{STATUS_ICONS[status]} {status_word(status, translate)}"


def _causes(finding: Finding, translate: Translate) -> list[str]:
    raw = finding.evidence.get("causes")
    if not isinstance(raw, list) or not finding.error_codes:
        return []
    entry = load_catalog().entry(finding.error_codes[0])
    verdicts = {str(c.get("id")): str(c.get("verdict", "")) for c in raw if isinstance(c, Mapping)}
    own = OWN_VALUES["verdict"]
    lines = []
    for cause in entry.causes if entry else ():
        verdict = verdicts.get(cause.id, "")
        shown = translate("EvidenceFields", own[verdict]) if verdict in own else "—"
        lines.append(f"    - {one_line(cause.title_msg.render(translate), LINE)}: {shown}")
    return lines


def ticket_text(
    vm: VmSnapshot,
    translate: Translate = english,
    *,
    changes: Iterable[AuditEntry] = (),
    scanned_at: datetime | None = None,
    target: str | None = None,
) -> str:
    w = words(translate)
    catalog = load_catalog()
    actions = {a.id: a.title for a in describe_actions()}
    lines = [
        f"{w['ticket_vm']}: {one_line(vm.name)} ({one_line(vm.resource_group)}, {one_line(vm.subscription_id)})",
        f"{w['ticket_overall']}: {_status(vm.status, translate)}"
        + (f" — {w['codes']}: {', '.join(one_line(c) for c in vm.error_codes)}" if vm.error_codes else ""),
    ]
    if scanned_at is not None:
        when = scanned_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        lines.append(f"{w['ticket_scanned']}: {when}" + (f" ({one_line(target)})" if target else ""))
    if vm.unavailable:
        lines.append(w["unreadable_vm"])
        lines += [f"  - {one_line(p.code)}: {one_line(p.message.render(translate), LINE)}" for p in vm.unavailable]
    lines.append("")
    lines.append(f"{w['findings']}:")
    open_findings = sorted((f for f in vm.findings if f.status in _OPEN), key=lambda f: -f.status.severity)
    for number, finding in enumerate(open_findings, start=1):
        lines.append(
            f"{number}. [{_status(finding.status, translate)}] {one_line(finding.title.render(translate), LINE)}"
        )
        if finding.detail:
            lines.append(f"   {one_line(finding.detail.render(translate), 1000)}")
        if finding.error_codes:
            lines.append(f"   {w['codes']}: {', '.join(one_line(c) for c in finding.error_codes)}")
        causes = _causes(finding, translate)
        if causes:
            lines.append(f"   {w['documented_causes']}:")
            lines += causes
        wizard = catalog.wizards.get(finding.wizard) if finding.wizard else None
        if wizard is not None:
            lines.append(f"   {w['next_step']}: {w['fix_wizard']} — {wizard.title_msg.render(translate)}")
        fields = [f for f in evidence_fields(finding.evidence) if not f.key.startswith("causes")]
        if fields:
            lines.append(f"   {w['evidence']}:")
            for field in fields:
                value = field.value_text(translate)
                text = (
                    f"{field.label_text(translate)}: {value}"
                    if field.value is not None
                    else f"{field.label_text(translate)}:"
                )
                lines.append("     " + "  " * field.depth + one_line(text, LINE))
    passed = len(vm.findings) - len(open_findings)
    if passed:
        lines.append(f"{w['passed_checks']}: {passed}")
    lines.append("")
    lines.append(f"{w['ticket_changes']}:")
    shown_changes = list(changes)
    for entry in shown_changes:
        title = actions.get(entry.action)
        what = title.render(translate) if title else entry.action
        outcome = w["ok"] if entry.ok else w["error"] if entry.status == "error" else one_line(entry.status)
        lines.append(
            f"  - {one_line(entry.time)} — {one_line(what)} ({one_line(entry.target.rsplit('/', 1)[-1])}): {outcome}"
        )
    if not shown_changes:
        lines.append(f"  {w['ticket_nothing_changed']}")
    return "\n".join(lines) + "\n"
