"""A connection to one target: the gateway, and the in-process simulator when the target is simulated.

Demo mode, `--tenant FILE` and the tests all run the real SDK against a simulator on loopback with a
token-only credential; `--arm-url` points the same gateway at any ARM endpoint; real Azure takes any
azure-identity credential (interactive sign-in builds one).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from azure.core.credentials import TokenCredential

from core.azure.credentials import OfflineTokenCredential
from core.azure.gateway import AzureGateway, GatewaySettings
from core.azure.target import Target
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.locator import resource

if TYPE_CHECKING:  # the simulator is imported only when a session runs it (a scan of --arm-url does not)
    from core.simulator.server import SimulatorServer

DEMO_TENANT = "demo-tenant.json"
#: Labels of simulated targets: English in the scan JSON, translated where they are shown.
DEMO_LABEL = QT_TRANSLATE_NOOP("Session", "Demo tenant")
SIMULATED_LABEL = QT_TRANSLATE_NOOP("Session", "Simulated tenant ({file})")


@dataclass
class Session:
    gateway: AzureGateway
    server: SimulatorServer | None = None

    @property
    def target(self) -> Target:
        return self.gateway.target

    def close(self) -> None:
        self.gateway.close()
        if self.server is not None:
            self.server.stop()
            self.server = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def demo_tenant_path() -> Path:
    return resource(DEMO_TENANT)


def simulated_session(
    tenant_file: Path,
    *,
    label: str | None = None,
    title: Msg | None = None,
    settings: GatewaySettings | None = None,
    **server_options: Any,
) -> Session:
    """Load a tenant file (raises TenantFileError when it is malformed), serve it, connect to it."""
    from core.simulator.server import SimulatorServer
    from core.simulator.tenant import load_tenant

    tenant = load_tenant(tenant_file)
    server = SimulatorServer(tenant, **server_options)
    server.start()
    try:
        if label is None:
            title = Msg("Session", SIMULATED_LABEL, {"file": tenant_file.name})
            label = title.render()
        target = Target.endpoint(server.base_url, ca_file=str(server.ca_file), label=label, title=title)
        return Session(AzureGateway(target, OfflineTokenCredential(), settings), server)
    except BaseException:
        server.stop()
        raise


def demo_session(**server_options: Any) -> Session:
    return simulated_session(demo_tenant_path(), label=DEMO_LABEL, title=Msg("Session", DEMO_LABEL), **server_options)


def endpoint_session(arm_url: str, ca_file: str | None = None) -> Session:
    """Any ARM endpoint, e.g. a simulator started with `backup-doctor simulate`."""
    return Session(AzureGateway(Target.endpoint(arm_url, ca_file=ca_file), OfflineTokenCredential()))


def azure_session(credential: TokenCredential, cloud: str = "AzureCloud") -> Session:
    return Session(AzureGateway(Target.azure(cloud), credential))
