"""A connection to one target: the gateway, and the simulator when the target is simulated.

Demo mode, `--tenant FILE` and the tests all run the real SDK against a simulator on loopback with a
token-only credential; `--arm-url` points the same gateway at any ARM endpoint; real Azure takes any
azure-identity credential (interactive sign-in builds one).

The simulator runs in this process (`Session.server`: the command line and the tests, which reach into
it), or, for the window, in a child process (`Session.served`, core/served_tenant.py: `served_session`
and `served_demo_session`), so that its threads never take the GIL from the GUI thread.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from azure.core.credentials import TokenCredential

from core.azure.credentials import OfflineTokenCredential
from core.azure.gateway import AzureGateway, GatewaySettings
from core.azure.signin import SignIn
from core.azure.target import Target, TargetKind
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.locator import resource

if TYPE_CHECKING:  # the simulator is imported only when a session runs it (a scan of --arm-url does not)
    from core.simulator.server import SimulatorServer

DEMO_TENANT = "demo-tenant.json"
# Labels of simulated targets: English in the scan JSON, translated where they are shown.
DEMO_LABEL = QT_TRANSLATE_NOOP("Session", "Demo tenant")
SIMULATED_LABEL = QT_TRANSLATE_NOOP("Session", "Simulated tenant ({file})")
SIMULATED_AZURE_LABEL = QT_TRANSLATE_NOOP("Session", "Simulated Azure with sign-in ({file})")


class Served(Protocol):
    """What serves a session's simulated tenant from elsewhere, and stops when the session closes."""

    def stop(self) -> None: ...


@dataclass
class Session:
    gateway: AzureGateway
    # The simulator in this process (its store, faults and settings can be reached), or None.
    server: SimulatorServer | None = None
    # The simulator in a child process (core/served_tenant.py), or None.
    served: Served | None = None

    @property
    def target(self) -> Target:
        return self.gateway.target

    def close(self) -> None:
        self.gateway.close()
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self.served is not None:
            self.served.stop()
            self.served = None

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
    kind: TargetKind = TargetKind.TENANT_FILE,
    **server_options: Any,
) -> Session:
    """Load a tenant file (raises TenantFileError when it is malformed), serve it, connect to it."""
    from core.simulator.server import SimulatorServer
    from core.simulator.tenant import load_tenant

    tenant = load_tenant(tenant_file)
    # The app's simulated tenants page their lists as Azure does (50 VMs, 100 of the rest; see
    # core/simulator/context.py). The simulator's own default of 3 items a page is for the tests of paging:
    # in the app it made every wizard step wait for the client's read pacing (core/azure/pacing.py).
    server_options.setdefault("page_size", None)
    server = SimulatorServer(tenant, **server_options)
    server.start()
    try:
        throttled = server.throttle is not None
        gateway = _simulated_gateway(
            tenant_file, server.base_url, server.ca_file, label, title, settings, kind, throttled=throttled
        )
        return Session(gateway, server)
    except BaseException:
        server.stop()
        raise


def _simulated_gateway(
    tenant_file: Path,
    base_url: str,
    ca_file: str,
    label: str | None,
    title: Msg | None,
    settings: GatewaySettings | None,
    kind: TargetKind,
    *,
    throttled: bool,
) -> AzureGateway:
    if label is None:
        title = Msg("Session", SIMULATED_LABEL, {"file": tenant_file.name})
        label = title.render()
    target = Target.endpoint(base_url, ca_file=ca_file, label=label, title=title, kind=kind)
    if settings is None and not throttled:
        # Served without Azure's throttling: nothing to pace against (every wizard step re-reads lists).
        settings = dataclasses.replace(GatewaySettings.for_target(target), pace_reads=False)
    return AzureGateway(target, OfflineTokenCredential(), settings)


def served_session(
    tenant_file: Path,
    *,
    label: str | None = None,
    title: Msg | None = None,
    kind: TargetKind = TargetKind.TENANT_FILE,
    latency_ms: float = 0.0,
    run_command_seconds: float | None = None,
) -> Session:
    """As `simulated_session`, with the simulator in a child process (the window's sessions).

    The file is validated here first, so a malformed one raises the same TenantFileError and starts no
    process; a process that cannot start raises ServedTenantError (a plain sentence). With
    BACKUP_DOCTOR_SIMULATOR_IN_PROCESS=1 the simulator stays in this process (`simulated_session`).
    """
    from core.served_tenant import in_process_requested, start_served_tenant

    if in_process_requested():
        session = simulated_session(tenant_file, label=label, title=title, kind=kind, latency_ms=latency_ms)
        if session.server is not None and run_command_seconds is not None:
            session.server.arm.settings.run_command_seconds = run_command_seconds
        return session
    from core.simulator.tenant import load_tenant

    tenant = load_tenant(tenant_file)
    served = start_served_tenant(
        tenant_file, schema_passed=tenant.digest, latency_ms=latency_ms, run_command_seconds=run_command_seconds
    )
    try:
        # The child serves without throttling, as simulated_session does by default.
        gateway = _simulated_gateway(
            tenant_file, served.base_url, served.ca_file, label, title, None, kind, throttled=False
        )
        return Session(gateway, served=served)
    except BaseException:
        served.stop()
        raise


# In the demo a Run Command script takes this long in the guest: enough to see progress and Cancel.
DEMO_RUN_COMMAND_SECONDS = 3.0


def demo_session(**server_options: Any) -> Session:
    session = simulated_session(
        demo_tenant_path(), label=DEMO_LABEL, title=Msg("Session", DEMO_LABEL), kind=TargetKind.DEMO, **server_options
    )
    if session.server is not None:
        session.server.arm.settings.run_command_seconds = DEMO_RUN_COMMAND_SECONDS
    return session


def served_demo_session() -> Session:
    """The demo tenant as the window opens it: served by a child process (see `served_session`)."""
    return served_session(
        demo_tenant_path(),
        label=DEMO_LABEL,
        title=Msg("Session", DEMO_LABEL),
        kind=TargetKind.DEMO,
        run_command_seconds=DEMO_RUN_COMMAND_SECONDS,
    )


def endpoint_session(arm_url: str, ca_file: str | None = None) -> Session:
    """Any ARM endpoint, e.g. a simulator started with `backup-doctor simulate`."""
    return Session(AzureGateway(Target.endpoint(arm_url, ca_file=ca_file), OfflineTokenCredential()))


def azure_session(credential: TokenCredential, cloud: str = "AzureCloud") -> Session:
    return Session(AzureGateway(Target.azure(cloud), credential))


def signed_in_session(
    sign_in: SignIn,
    tenant_id: str | None = None,
    server: SimulatorServer | None = None,
    subscriptions: Sequence[str] | None = None,
) -> Session:
    """A session on the signed-in account's tenant (`tenant_id`, default: the one it signed in to): the
    gateway carries who is signed in, for the audit log and the permission checks before fixes."""
    if sign_in.identity is None:
        raise ValueError("not signed in")
    tenant = tenant_id or sign_in.identity.tenant_id
    gateway = AzureGateway(sign_in.target, sign_in.for_tenant(tenant))
    gateway.identity = dataclasses.replace(sign_in.identity, tenant_id=tenant)
    if subscriptions:
        gateway.subscriptions_picked = frozenset(s.lower() for s in subscriptions)
    return Session(gateway, server)


def simulated_azure(tenant_file: Path, **server_options: Any) -> tuple[SimulatorServer, Target]:
    """Serve a tenant file with its directory (simulated Entra ID + ARM) and the target that signs in to it."""
    from core.simulator.server import SimulatorServer
    from core.simulator.tenant import load_tenant

    server = SimulatorServer(load_tenant(tenant_file), **server_options)
    server.start()
    title = Msg("Session", SIMULATED_AZURE_LABEL, {"file": tenant_file.name})
    return server, Target.simulated_azure(server.base_url, server.ca_file, label=title.render(), title=title)
