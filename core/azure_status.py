"""Statuses as Azure writes them, shown with their meaning in the reader's language.

Findings keep Azure's own words ("ProtectionStopped", "deallocated", "Ready") so that helpdesk staff
can find them in the portal and in Microsoft's documentation. A status value passed to a finding as
`azure_status(value)` is a `Msg` in the "AzureStatus" context whose source is the value itself: English
shows it as it is, a translation adds the meaning beside it ("ProtectionStopped (proteção parada)").
Values not listed here are shown as Azure sent them.
"""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate, english

CONTEXT = "AzureStatus"

KNOWN = frozenset(
    (
        # Power states (the part after "PowerState/").
        QT_TRANSLATE_NOOP("AzureStatus", "running"),
        QT_TRANSLATE_NOOP("AzureStatus", "stopped"),
        QT_TRANSLATE_NOOP("AzureStatus", "deallocated"),
        QT_TRANSLATE_NOOP("AzureStatus", "starting"),
        QT_TRANSLATE_NOOP("AzureStatus", "stopping"),
        QT_TRANSLATE_NOOP("AzureStatus", "deallocating"),
        # Provisioning states of VMs and extensions.
        QT_TRANSLATE_NOOP("AzureStatus", "Succeeded"),
        QT_TRANSLATE_NOOP("AzureStatus", "Failed"),
        QT_TRANSLATE_NOOP("AzureStatus", "Updating"),
        QT_TRANSLATE_NOOP("AzureStatus", "Creating"),
        QT_TRANSLATE_NOOP("AzureStatus", "Deleting"),
        QT_TRANSLATE_NOOP("AzureStatus", "Canceled"),
        QT_TRANSLATE_NOOP("AzureStatus", "Migrating"),
        # The guest agent's display status.
        QT_TRANSLATE_NOOP("AzureStatus", "Ready"),
        QT_TRANSLATE_NOOP("AzureStatus", "Not Ready"),
        # Protection states and health of a backup item.
        QT_TRANSLATE_NOOP("AzureStatus", "Protected"),
        QT_TRANSLATE_NOOP("AzureStatus", "ProtectionStopped"),
        QT_TRANSLATE_NOOP("AzureStatus", "ProtectionPaused"),
        QT_TRANSLATE_NOOP("AzureStatus", "ProtectionError"),
        QT_TRANSLATE_NOOP("AzureStatus", "IRPending"),
        QT_TRANSLATE_NOOP("AzureStatus", "Passed"),
        QT_TRANSLATE_NOOP("AzureStatus", "ActionRequired"),
        QT_TRANSLATE_NOOP("AzureStatus", "ActionSuggested"),
        # Backup job statuses.
        QT_TRANSLATE_NOOP("AzureStatus", "InProgress"),
        QT_TRANSLATE_NOOP("AzureStatus", "Completed"),
        QT_TRANSLATE_NOOP("AzureStatus", "CompletedWithWarnings"),
        QT_TRANSLATE_NOOP("AzureStatus", "Cancelled"),
        QT_TRANSLATE_NOOP("AzureStatus", "Cancelling"),
    )
)


def azure_status(value: str | None, missing: str = "—") -> Msg | str:
    """A Msg argument for a status from Azure: translated with its meaning when known, else as it is."""
    if not value:
        return missing
    return Msg(CONTEXT, value) if value in KNOWN else value


def azure_status_text(value: str | None, translate: Translate = english, missing: str = "—") -> str:
    """The status as shown to the reader of `translate` (for places that show plain text, like the GUI)."""
    status = azure_status(value, missing)
    return status.render(translate) if isinstance(status, Msg) else status
