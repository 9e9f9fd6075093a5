"""`scan --format json` is streamed: the same document as `ScanReport.to_json()`, written one VM at a time."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from io import StringIO

import pytest

from core.catalog_translator import translator_for
from core.report.scan_json import write_scan_json
from core.scan import ScanReport, run_scan
from core.session import simulated_session
from tests.hostile_tenant import SMALL_TENANT


class RecordingStream(StringIO):
    """A text stream that keeps every piece written to it, as a pipe would receive them."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []

    def write(self, text: str) -> int:
        self.pieces.append(text)
        return super().write(text)


@pytest.fixture(scope="module")
def small_report() -> ScanReport:
    with simulated_session(SMALL_TENANT) as session:
        return run_scan(session.gateway)


@pytest.mark.parametrize("language", ["en", "pt-PT"])
def test_the_streamed_document_is_the_reports_json(small_report: ScanReport, language: str) -> None:
    translate = translator_for(language)
    out = StringIO()

    write_scan_json(small_report, out, translate)

    assert json.loads(out.getvalue()) == small_report.to_json(translate)
    assert out.getvalue().endswith("}\n")


def test_each_vm_is_written_on_its_own_and_on_one_line(small_report: ScanReport) -> None:
    assert len(small_report.vms) >= 2
    out = RecordingStream()

    write_scan_json(small_report, out)

    for result in small_report.vms:
        holding = [piece for piece in out.pieces if json.dumps(result.facts.id) in piece]
        assert len(holding) == 1  # the VM's whole object, in one piece…
        assert json.loads(holding[0])["id"] == result.facts.id  # …that is that VM and nothing else
    lines = out.getvalue().splitlines()
    assert sum(1 for line in lines if line.lstrip().startswith('{"id": ')) == len(small_report.vms)


def test_a_scan_without_vms_is_still_one_valid_document() -> None:
    report = ScanReport("Nothing here", datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    out = StringIO()

    write_scan_json(report, out)

    assert json.loads(out.getvalue()) == report.to_json()
    assert json.loads(out.getvalue())["scannedAt"] == "2026-01-02T03:04:05Z"
