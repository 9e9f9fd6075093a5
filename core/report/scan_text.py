"""A scan as plain text: one line per VM, a line per finding that is not a pass, then the totals.

What `backup-doctor scan` prints by default. Text from Azure is written as it is; the command line
makes control characters visible on the way out (core/terminal_text.py).
"""

from __future__ import annotations

from core.findings import Status
from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate
from core.scan import ScanReport

_CTX = "Cli"

STATUS_MARK = {
    Status.PASS: "ok  ",
    Status.WARN: "WARN",
    Status.FAIL: "FAIL",
    Status.UNKNOWN: "????",
    Status.NOT_APPLICABLE: " -- ",
}


def format_text(report: ScanReport, translate: Translate, title: str | None = None) -> str:
    """The scan as text; `title` is the target as shown (translated), by default the report's label."""

    def tr(source: str, **args: object) -> str:
        return Msg(_CTX, source, args).render(translate)

    lines = [
        tr(QT_TRANSLATE_NOOP("Cli", "Backup Doctor scan of {target}"), target=title or report.target),
        "",
    ]
    for result in report.vms:
        vm = result.facts
        lines.append(f"[{STATUS_MARK[result.status]}] {vm.name}  ({vm.resource_group}, {vm.subscription_id})")
        for finding in result.findings:
            if finding.status is Status.PASS and result.status is Status.PASS:
                continue
            codes = f" [{', '.join(finding.error_codes)}]" if finding.error_codes else ""
            lines.append(f"    {STATUS_MARK[finding.status]} {finding.title.render(translate)}{codes}")
            if finding.detail is not None:
                lines.append(f"         {finding.detail.render(translate)}")
    failing = sum(1 for r in report.vms if r.status is Status.FAIL)
    lines.append("")
    lines.append(
        tr(
            QT_TRANSLATE_NOOP("Cli", "{total} VMs scanned, {failing} with failures."),
            total=len(report.vms),
            failing=failing,
        )
    )
    if report.problems:
        lines.append(tr(QT_TRANSLATE_NOOP("Cli", "Could not read everything:")))
        lines.extend(f"  - {p.scope}: {p.message.render(translate)} ({p.code})" for p in report.problems)
    if report.cancelled:
        lines.append(tr(QT_TRANSLATE_NOOP("Cli", "The scan was cancelled; results are partial.")))
    return "\n".join(lines) + "\n"


__all__ = ["STATUS_MARK", "format_text"]
