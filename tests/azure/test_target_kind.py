"""What a target is comes from how it was opened, never from its (translatable) label."""

from __future__ import annotations

from core.azure.target import Target, TargetKind
from core.session import demo_session, demo_tenant_path, simulated_session


def test_the_demo_is_told_by_its_kind_not_by_its_label() -> None:
    with demo_session() as demo:
        assert demo.target.kind is TargetKind.DEMO
    # A tenant file that happens to be labelled like the demo is still a tenant file.
    with simulated_session(demo_tenant_path(), label="Demo tenant") as lookalike:
        assert lookalike.target.kind is TargetKind.TENANT_FILE
    assert Target.azure().kind is TargetKind.AZURE
    assert Target.endpoint("https://localhost:8443").kind is TargetKind.ENDPOINT
