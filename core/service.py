"""What a front end (the GUI) uses of a connection to Azure, in one place.

`gui/` talks to Azure only through a `core.session.Session` and the names here; it never imports the
gateway (`core.azure.gateway`), the collector (`core.collect`) or an Azure SDK type itself (an
import-linter contract in pyproject.toml keeps it so). The gateway stays an opaque handle for the GUI: it
is passed on to core calls (a scan, a wizard step, a check inside the VM), never called from a widget.
How collection and the gateway are built can change behind these names without touching the GUI.
"""

from __future__ import annotations

from core.azure.gateway import AzureGateway
from core.collect import Cancelled, Subscription

# The handle to a target's Azure (or simulated) endpoint that core calls take: `Session.gateway`.
Gateway = AzureGateway

__all__ = ["Cancelled", "Gateway", "Subscription"]
