"""Fixtures shared by the whole suite (area conftests add their own; see tests/README.md).

- Qt: offscreen, on a helpdesk laptop's 1366 x 768 screen, settings in a temporary folder; `app`, `settings`.
- The demo tenant, loaded once per session (`demo_tenant`), and one scan of it per session (`demo_report`)
  for tests that only look at a scan's result. Tests that change things (fixes, faults, knobs) start their
  own simulator (`demo_server` with `gateway_for`, or `session` in tests/wizards, `make_window` in tests/gui).
- `slow` tests (pyproject.toml) are started first, so that under pytest-xdist no long test is left for the
  end while the other workers wait; `pytest -m "not slow"` is the quick loop.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# The window's scans run in a scan process (gui/scan_process.py), which costs a second of CPU to start;
# the suite's many windows scan in their own process instead, and tests/gui/test_scan_process.py (and the
# self-test) run the scan process for real.
os.environ.setdefault("BACKUP_DOCTOR_SCAN_IN_PROCESS", "1")
# Likewise the simulator the window opens the demo and tenant files with (core/served_tenant.py) stays in
# the test's process; tests/gui/test_served_tenant.py (and the self-test) run the simulator process for real.
os.environ.setdefault("BACKUP_DOCTOR_SIMULATOR_IN_PROCESS", "1")
# Before any QApplication exists (pytest-qt creates the one session-wide instance lazily). The screen
# is a common helpdesk laptop's, 1366 x 768, instead of the offscreen default of 800 x 800.
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}"

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core.azure.credentials import OfflineTokenCredential
from core.azure.gateway import AzureGateway, GatewaySettings
from core.azure.target import Target
from core.scan import ScanReport, run_scan
from core.session import demo_session, demo_tenant_path
from core.simulator import SimulatorServer, Tenant, load_tenant
from gui.settings import AppSettings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests first (stable order otherwise): the longest jobs start while the short ones fill the gaps."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


# --- Qt ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Any QSettings() the code makes lands in a temporary folder, never in the user's profile."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, str(folder))
    return folder


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    from gui.app import application

    return application()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_file: Path) -> AppSettings:
    return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


# --- the demo tenant -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_tenant() -> Tenant:
    """The demo tenant as loaded from its file; a SimulatorServer serves its own copy, so tests can share it."""
    return load_tenant(demo_tenant_path())


@pytest.fixture(scope="session")
def demo_report() -> ScanReport:
    """One scan of the demo tenant (real SDK, simulator) for the whole session, only to look at: every test
    that asks for it shares its lists. A test that fixes, injects faults or counts requests scans its own."""
    with demo_session() as session:
        return run_scan(session.gateway)


@pytest.fixture
def demo_server(demo_tenant: Tenant) -> Iterator[SimulatorServer]:
    """The demo tenant served afresh for one test: fix actions, faults and knobs must not leak between tests."""
    with SimulatorServer(demo_tenant) as server:
        yield server


GatewayFactory = Callable[..., AzureGateway]


@pytest.fixture
def gateway_for() -> Iterator[GatewayFactory]:
    """`gateway_for(server, **settings)`: the real gateway (real SDK) to a simulator, closed after the test."""
    made: list[AzureGateway] = []

    def make(server: SimulatorServer, **settings: Any) -> AzureGateway:
        target = Target.endpoint(server.base_url, ca_file=server.ca_file, label="test tenant")
        base = GatewaySettings.for_target(target)
        gateway = AzureGateway(target, OfflineTokenCredential(), GatewaySettings(**{**base.__dict__, **settings}))
        made.append(gateway)
        return gateway

    yield make
    for gateway in made:
        gateway.close()
