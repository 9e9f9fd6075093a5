"""The scan's event stream between the window and its scan process (core/scan_stream.py, core/scan_child.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.azure.credentials import OfflineTokenCredential
from core.scan import Scan
from core.scan_scope import ScanScope
from core.scan_stream import (
    Kind,
    ReportAssembler,
    ScanRequest,
    StreamObserver,
    TokenAnswer,
    encode,
    read_frame,
)
from core.simulator import SimulatorServer, Tenant

ROOT = Path(__file__).resolve().parents[2]
MISSING_SUBSCRIPTION = "00000000-0000-0000-0000-00000000beef"


def _frames(data: bytes) -> list[tuple[Kind, object]]:
    stream = io.BytesIO(data)
    frames = []
    while (frame := read_frame(stream)) is not None:
        frames.append(frame)
    return frames


def test_a_scan_streamed_and_read_back_is_the_same_report(
    demo_server: SimulatorServer, demo_tenant: Tenant, gateway_for
) -> None:
    gateway = gateway_for(demo_server)
    first = demo_tenant.subscriptions[0]["subscriptionId"]
    sink = io.BytesIO()
    observer = StreamObserver(sink)
    # One real subscription and one that does not exist: VMs, findings and a problem all cross the stream.
    report = Scan(gateway, scope=ScanScope.subscriptions([first, MISSING_SUBSCRIPTION]), observer=observer).run()
    observer.send(Kind.DONE, observer.done(report))

    frames = _frames(sink.getvalue())
    kinds = [kind for kind, _ in frames]
    assert kinds[-1] is Kind.DONE and kinds.count(Kind.DONE) == 1
    assert kinds.index(Kind.VMS_LISTED) < kinds.index(Kind.VM_EVALUATED)
    assembler = ReportAssembler()
    for kind, value in frames:
        if kind is Kind.VM_EVALUATED:
            assembler.add_result(value)  # type: ignore[arg-type]
        elif kind is Kind.PROBLEM:
            assembler.add_problem(value)  # type: ignore[arg-type]
    copy = assembler.report(frames[-1][1])  # type: ignore[arg-type]

    assert report.vms and [p.code for p in report.problems] == ["SubscriptionNotFound"]
    assert copy.to_json() == report.to_json()
    assert [vm.facts for vm in copy.vms] == [vm.facts for vm in report.vms]
    assert [vm.findings for vm in copy.vms] == [vm.findings for vm in report.vms]


def test_a_listing_crosses_the_stream_in_frames_and_only_its_last_frame_may_say_complete(
    demo_tenant: Tenant,
) -> None:
    from core.collect import Subscription
    from core.facts import VmFacts
    from core.scan_stream import LISTING_FRAME_VMS

    subscription = Subscription(demo_tenant.subscriptions[0]["subscriptionId"], "Production", "Enabled")
    group = f"/subscriptions/{subscription.id}/resourceGroups/rg"
    vms = [
        VmFacts(f"{group}/providers/Microsoft.Compute/virtualMachines/vm{n}", f"vm{n}", subscription.id, "rg",
                "westeurope", "Linux", "Succeeded")
        for n in range(LISTING_FRAME_VMS + 5)
    ]
    sink = io.BytesIO()
    observer = StreamObserver(sink)
    observer.vms_listed(subscription, vms, complete=False)  # a page of a listing still running
    observer.vms_listed(subscription, vms[:5], complete=True)  # the VMs read on their own, and the end
    observer.vms_listed(subscription, [], complete=True)  # a listing whose every VM came with a page

    frames = _frames(sink.getvalue())
    assert {kind for kind, _ in frames} == {Kind.VMS_LISTED}
    assert [(len(vms_), complete) for _, (_, vms_, complete) in frames] == [  # type: ignore[misc]
        (LISTING_FRAME_VMS, False), (5, False), (5, True), (0, True)
    ]
    assert [vm for _, (_, vms_, _) in frames[:2] for vm in vms_] == vms  # type: ignore[misc]


def _start_child() -> subprocess.Popen[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen(
        [sys.executable, "-m", "core.scan_child"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment
    )


@pytest.mark.slow
def test_the_scan_process_asks_the_parent_for_tokens_and_streams_the_whole_scan(
    demo_server: SimulatorServer, gateway_for
) -> None:
    gateway = gateway_for(demo_server)
    request = ScanRequest(gateway.target, gateway.settings, ScanScope.tenant())
    child = _start_child()
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(encode(Kind.START, request))
        child.stdin.flush()
        credential = OfflineTokenCredential("token-from-the-parent")
        asked: list[tuple[str, ...]] = []
        results = 0
        listings: dict[str, list[bool]] = {}
        while (frame := read_frame(child.stdout)) is not None:
            kind, value = frame
            if kind is Kind.TOKEN_REQUEST:
                asked.append(value.scopes)
                token = credential.get_token(*value.scopes)
                child.stdin.write(encode(Kind.TOKEN, TokenAnswer(value.number, token.token, token.expires_on)))
                child.stdin.flush()
            elif kind is Kind.VM_EVALUATED:
                results += 1
            elif kind is Kind.VMS_LISTED:
                subscription, _vms, complete = value
                listings.setdefault(subscription.id, []).append(complete)
            elif kind in (Kind.DONE, Kind.FAILED):
                break
        assert kind is Kind.DONE, value
        # Each subscription's VMs came page by page, then the frame that says its listing is whole.
        assert len(listings) == len(value.subscriptions)
        assert all(flags[0] is False and True in flags for flags in listings.values()), listings
        assert not value.cancelled and len(value.vm_order) == results > 20
        # Tokens are the parent's, asked for and kept in memory: a few requests, not one per call.
        assert asked and len(asked) < len(demo_server.request_log) / 2
        child.stdin.close()
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


@pytest.mark.slow
def test_the_scan_process_exits_when_the_window_goes_away(demo_server: SimulatorServer, gateway_for) -> None:
    gateway = gateway_for(demo_server)
    child = _start_child()
    assert child.stdin is not None
    try:
        child.stdin.write(encode(Kind.START, ScanRequest(gateway.target, gateway.settings, ScanScope.tenant())))
        child.stdin.flush()
        # The window's end of the pipe closes (it quit or crashed) while the child waits for its first token.
        child.stdin.close()
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
            raise AssertionError("the scan process outlived the window")
