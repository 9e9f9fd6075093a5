"""Reads are paced where a bucket exists: Azure and a throttled simulation; not a simulation without throttling."""

from __future__ import annotations

from core.azure.credentials import OfflineTokenCredential
from core.azure.gateway import AzureGateway
from core.azure.target import Target
from core.session import demo_session, demo_tenant_path, simulated_session
from core.simulator.throttle import ThrottleConfig


def test_a_simulated_tenant_without_throttling_is_read_unpaced() -> None:
    with demo_session() as session:
        assert session.gateway.pacer is None


def test_a_throttled_simulation_and_azure_are_paced() -> None:
    with simulated_session(demo_tenant_path(), throttle=ThrottleConfig.azure()) as session:
        assert session.gateway.pacer is not None
    gateway = AzureGateway(Target.azure("AzureCloud"), OfflineTokenCredential())
    try:
        assert gateway.pacer is not None
    finally:
        gateway.close()
