"""Every fixed text of the report and the ticket summary, marked for translation (context "Report").

Templates cannot be read by lupdate, so they receive these already translated (`words(translate)`).
"""

from __future__ import annotations

from core.findings import Status
from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate

_W = {
    "title": QT_TRANSLATE_NOOP("Report", "Backup Doctor report"),
    "intro": QT_TRANSLATE_NOOP(
        "Report",
        "What Backup Doctor found about Azure VM Backup on these virtual machines: the summary first, then "
        "each VM with its findings, the documented causes and what was done, the changes made in the session "
        "and what could not be read.",
    ),
    "summary": QT_TRANSLATE_NOOP("Report", "Summary"),
    "scanned": QT_TRANSLATE_NOOP("Report", "What was scanned"),
    "target": QT_TRANSLATE_NOOP("Report", "Tenant or target"),
    "subscriptions": QT_TRANSLATE_NOOP("Report", "Subscriptions"),
    "when": QT_TRANSLATE_NOOP("Report", "Scanned at"),
    "app_version": QT_TRANSLATE_NOOP("Report", "Backup Doctor version"),
    "account": QT_TRANSLATE_NOOP("Report", "Signed-in account"),
    "no_account": QT_TRANSLATE_NOOP("Report", "none (simulated tenant)"),
    "saved_from": QT_TRANSLATE_NOOP("Report", "Made from a saved scan"),
    "cancelled": QT_TRANSLATE_NOOP(
        "Report", "The scan was cancelled before it finished: VMs not listed here were not scanned."
    ),
    "vms_by_status": QT_TRANSLATE_NOOP("Report", "Virtual machines by status"),
    "findings_by_status": QT_TRANSLATE_NOOP("Report", "Findings by status"),
    "vms_by_code": QT_TRANSLATE_NOOP("Report", "VMs by documented error code"),
    "top_codes": QT_TRANSLATE_NOOP("Report", "Documented error codes found"),
    "no_codes": QT_TRANSLATE_NOOP("Report", "No documented error code was found."),
    "code": QT_TRANSLATE_NOOP("Report", "Error code"),
    "vms": QT_TRANSLATE_NOOP("Report", "VMs"),
    "documented_message": QT_TRANSLATE_NOOP("Report", "Documented message"),
    "vm_list": QT_TRANSLATE_NOOP("Report", "Virtual machines"),
    "vm": QT_TRANSLATE_NOOP("Report", "VM"),
    "status": QT_TRANSLATE_NOOP("Report", "Status"),
    "codes": QT_TRANSLATE_NOOP("Report", "Error codes"),
    "resource_group": QT_TRANSLATE_NOOP("Report", "Resource group"),
    "subscription": QT_TRANSLATE_NOOP("Report", "Subscription"),
    "facts": QT_TRANSLATE_NOOP("Report", "Facts"),
    "size": QT_TRANSLATE_NOOP("Report", "Size"),
    "os": QT_TRANSLATE_NOOP("Report", "Operating system"),
    "agent": QT_TRANSLATE_NOOP("Report", "VM agent"),
    "power_state": QT_TRANSLATE_NOOP("Report", "Power state"),
    "location": QT_TRANSLATE_NOOP("Report", "Region"),
    "tags": QT_TRANSLATE_NOOP("Report", "Tags"),
    "no_tags": QT_TRANSLATE_NOOP("Report", "no tags"),
    "resource_id": QT_TRANSLATE_NOOP("Report", "Resource id"),
    "findings": QT_TRANSLATE_NOOP("Report", "Findings"),
    "no_findings": QT_TRANSLATE_NOOP("Report", "No check ran on this VM."),
    "evidence": QT_TRANSLATE_NOOP("Report", "Evidence"),
    "field": QT_TRANSLATE_NOOP("Report", "Field"),
    "value": QT_TRANSLATE_NOOP("Report", "Value"),
    "documented_causes": QT_TRANSLATE_NOOP("Report", "Documented causes, in the article's order"),
    "cause": QT_TRANSLATE_NOOP("Report", "Cause"),
    "verdict": QT_TRANSLATE_NOOP("Report", "Verdict"),
    "read_more": QT_TRANSLATE_NOOP("Report", "Microsoft's troubleshooting article"),
    "next_step": QT_TRANSLATE_NOOP("Report", "Next step"),
    "fix_wizard": QT_TRANSLATE_NOOP("Report", "Fix wizard in Backup Doctor"),
    "passed_checks": QT_TRANSLATE_NOOP("Report", "Checks that passed or do not apply"),
    "passed_heading": QT_TRANSLATE_NOOP("Report", "checks that passed"),
    "na_heading": QT_TRANSLATE_NOOP("Report", "checks that do not apply to this VM"),
    "changes_for_vm": QT_TRANSLATE_NOOP("Report", "What was done on this VM in the session"),
    "no_changes_for_vm": QT_TRANSLATE_NOOP("Report", "Nothing was changed on this VM in the session."),
    "unreadable_vm": QT_TRANSLATE_NOOP(
        "Report", "Some data of this VM could not be read, so it is not known to be healthy:"
    ),
    "audit": QT_TRANSLATE_NOOP("Report", "Changes made in this session"),
    "audit_intro": QT_TRANSLATE_NOOP(
        "Report", "Every change Backup Doctor asked Azure to make, from its audit log, oldest first."
    ),
    "no_audit": QT_TRANSLATE_NOOP("Report", "No change was made in this session."),
    "time": QT_TRANSLATE_NOOP("Report", "When (UTC)"),
    "who": QT_TRANSLATE_NOOP("Report", "Who"),
    "what": QT_TRANSLATE_NOOP("Report", "What"),
    "change": QT_TRANSLATE_NOOP("Report", "Before → change sent"),
    "before": QT_TRANSLATE_NOOP("Report", "Before:"),
    "sent": QT_TRANSLATE_NOOP("Report", "Sent:"),
    "resource": QT_TRANSLATE_NOOP("Report", "Resource"),
    "outcome": QT_TRANSLATE_NOOP("Report", "Outcome"),
    "unread": QT_TRANSLATE_NOOP("Report", "What could not be read"),
    "unread_intro": QT_TRANSLATE_NOOP(
        "Report", 'Scopes and facts Azure did not return; checks that needed them are marked "could not be checked".'
    ),
    "nothing_unread": QT_TRANSLATE_NOOP("Report", "Everything the checks need was read."),
    "scope": QT_TRANSLATE_NOOP("Report", "Scope"),
    "reason": QT_TRANSLATE_NOOP("Report", "Why"),
    "count": QT_TRANSLATE_NOOP("Report", "Count"),
    "ok": QT_TRANSLATE_NOOP("Report", "done"),
    "error": QT_TRANSLATE_NOOP("Report", "failed"),
    "accepted": QT_TRANSLATE_NOOP("Report", "accepted, not waited for"),
    "footer": QT_TRANSLATE_NOOP(
        "Report", "Made by Backup Doctor {version}. Times are UTC. Text from Azure is shown as it was read."
    ),
    "redacted": QT_TRANSLATE_NOOP(
        "Report",
        "Redacted: subscription ids, IP addresses, e-mail addresses and account names are replaced by placeholders.",
    ),
    "back_to_top": QT_TRANSLATE_NOOP("Report", "Back to the summary"),
    # copy for ticket
    "ticket_vm": QT_TRANSLATE_NOOP("Report", "Virtual machine"),
    "ticket_overall": QT_TRANSLATE_NOOP("Report", "Overall"),
    "ticket_changes": QT_TRANSLATE_NOOP("Report", "Changes made"),
    "ticket_nothing_changed": QT_TRANSLATE_NOOP("Report", "nothing was changed"),
    "ticket_scanned": QT_TRANSLATE_NOOP("Report", "Scanned"),
}

STATUS_WORDS = {
    Status.FAIL: QT_TRANSLATE_NOOP("Report", "Fail"),
    Status.WARN: QT_TRANSLATE_NOOP("Report", "Warning"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("Report", "Could not be checked"),
    Status.PASS: QT_TRANSLATE_NOOP("Report", "Pass"),
    Status.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Report", "Not applicable"),
}
# A symbol beside every status label, so status never rests on colour alone (print, colour blindness).
STATUS_ICONS = {
    Status.FAIL: "✖",
    Status.WARN: "▲",
    Status.UNKNOWN: "?",
    Status.PASS: "✔",
    Status.NOT_APPLICABLE: "–",
}


_CTX = "Report"


def words(translate: Translate) -> dict[str, str]:
    return {key: Msg(_CTX, text).render(translate) for key, text in _W.items()}


def status_word(status: Status, translate: Translate) -> str:
    return Msg(_CTX, STATUS_WORDS[status]).render(translate)
