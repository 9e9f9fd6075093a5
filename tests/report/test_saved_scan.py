"""Save scan / open saved scan / report on it: the same findings come back; bad files get a clear sentence."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest

from core import cli
from core.catalog_translator import translator_for
from core.report import saved_scan
from core.report.html import report_context
from core.report.saved_scan import SavedScanError


def test_save_open_and_report_give_the_same_findings_in_both_languages(demo_snapshot, tmp_path: Path) -> None:
    path = tmp_path / "scan.json"
    saved_scan.save(demo_snapshot, path)
    opened = saved_scan.load(path)

    assert opened.saved_file == "scan.json"
    assert [v.id for v in opened.vms] == [v.id for v in demo_snapshot.vms]
    portuguese = translator_for("pt-PT")
    for before, after in zip(demo_snapshot.vms, opened.vms, strict=True):
        assert after.status == before.status and after.tags == before.tags
        assert (after.size, after.agent_version, after.power_state) == (
            before.size,
            before.agent_version,
            before.power_state,
        )
        for old, new in zip(before.findings, after.findings, strict=True):
            assert (new.check, new.status, new.error_codes, new.wizard) == (
                old.check,
                old.status,
                old.error_codes,
                old.wizard,
            )
            assert dict(new.evidence) == json.loads(json.dumps(dict(old.evidence)))
            assert new.title.render(portuguese) == old.title.render(portuguese)
            assert (new.detail and new.detail.render(portuguese)) == (old.detail and old.detail.render(portuguese))
    for language in ("en", "pt-PT"):
        assert report_context(opened, language)["vms"] == report_context(demo_snapshot, language)["vms"]


def test_the_plain_scan_json_of_the_scan_command_opens_too(tmp_path: Path) -> None:
    path = tmp_path / "plain.json"
    assert cli.main(["scan", "--demo", "--format", "json", "--output", str(path)], StringIO(), StringIO()) in (0, 3)
    opened = saved_scan.load(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [v.name for v in opened.vms] == [v["name"] for v in document["vms"]]
    first = document["vms"][0]["findings"][0]
    assert opened.vms[0].findings[0].title.render(translator_for("pt-PT")) == first["title"]  # kept as written


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "file.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not text"),
        ('{"vms": [', "not valid JSON"),
        ("[1, 2, 3]", "not a Backup Doctor scan"),
        ('{"resources": [], "tenantId": "x"}', "not a Backup Doctor scan"),
        ('{"scannedAt": "2026-12-01T00:00:00Z", "vms": {}}', '"vms" should be a list'),
        ('{"scannedAt": "yesterday", "vms": []}', '"scannedAt" should be a date and time'),
        ('{"scannedAt": "2026-12-01T00:00:00Z", "vms": [{"id": "/x", "findings": [{"check": "c", "status": "?"}]}]}',
         '"vms[0].findings[0].status" should be pass, warn, fail'),
        ('{"scannedAt": "2026-12-01T00:00:00Z", "vms": [{"id": 5}]}', '"vms[0].id" should be text'),
        ('{"formatVersion": 99, "scannedAt": "2026-12-01T00:00:00Z", "vms": []}', "newer Backup Doctor"),
    ],
)  # fmt: skip
def test_a_malformed_or_foreign_file_gets_a_sentence_naming_what_is_wrong(tmp_path: Path, content, says) -> None:
    with pytest.raises(SavedScanError) as caught:
        saved_scan.load(_write(tmp_path, content))
    assert says in caught.value.message.render()
    assert "Traceback" not in caught.value.message.render()
    assert caught.value.message.render(translator_for("pt-PT")) != caught.value.message.render()


def test_the_report_command_writes_the_report_and_reads_saved_scans(tmp_path: Path) -> None:
    saved = tmp_path / "scan.json"
    report = tmp_path / "report.html"
    assert cli.main(["report", "--demo", "--format", "json", "--output", str(saved)], StringIO(), StringIO()) == 0
    assert (
        cli.main(["report", "--scan", str(saved), "--lang", "pt-PT", "--output", str(report)], StringIO(), StringIO())
        == 0
    )
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="pt-PT">' in html and "vm-dev-lnx01" in html

    out = StringIO()
    assert cli.main(["report", "--demo", "--lang", "en"], out, StringIO()) == 0
    assert "<title>Backup Doctor report — Demo tenant</title>" in out.getvalue()

    errors = StringIO()
    assert cli.main(["report", "--scan", str(_write(tmp_path, "{}")), "--lang", "en"], StringIO(), errors) == 2
    assert "file.json: This is not a Backup Doctor scan" in errors.getvalue()
