"""The report in a real browser (Debian's headless Chromium over DevTools): no console error, no network
request, and printed with each VM on its own page and no table cut across pages."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from core.report.html import render_html, report_context
from core.report.snapshot import ScanSnapshot

ROOT = Path(__file__).resolve().parents[2]


def _load_cdp() -> ModuleType:
    spec = importlib.util.spec_from_file_location("chromium_cdp", ROOT / "scripts" / "chromium_cdp.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


cdp = _load_cdp()
pytestmark = pytest.mark.skipif(
    cdp.chromium_path() is None or shutil.which("pdftotext") is None,
    reason="needs chromium and poppler-utils (scripts/setup installs them)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with cdp.Chromium() as chromium:
        yield chromium


def test_the_browser_check_sees_requests_and_console_errors(browser, tmp_path: Path) -> None:
    """The control: a page that loads an image from the network and logs an error is caught."""
    page_file = tmp_path / "leaky.html"
    page_file.write_text(
        '<!DOCTYPE html><html><body><img src="http://192.0.2.1/x.png">'
        '<script>console.error("boom")</script></body></html>',
        encoding="utf-8",
    )
    page = browser.open(page_file)
    assert any(url.startswith("http://192.0.2.1/") for url in page.requests)
    assert any("boom" in text for text in page.errors)


@pytest.mark.parametrize("language", ["en", "pt-PT"])
def test_the_report_loads_nothing_and_logs_no_error(
    browser, forged_snapshot: ScanSnapshot, tmp_path: Path, language
) -> None:
    path = tmp_path / "report.html"
    path.write_text(render_html(forged_snapshot, language), encoding="utf-8")
    page = browser.open(path)
    assert page.requests == [path.resolve().as_uri()]
    assert page.errors == [] and page.console == []
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.querySelectorAll('[onload],[onerror],[onmouseover],[onfocus]').length") == 0
    assert page.evaluate("document.title").startswith("Backup Doctor report" if language == "en" else "Relatório")


def test_on_a_phone_the_report_fits_the_screen_width(browser, demo_snapshot: ScanSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "phone.html"
    path.write_text(render_html(demo_snapshot, "en"), encoding="utf-8")
    page = browser.open(path, width=390, height=844, mobile=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1  # wide tables scroll inside their box


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _first_line(page: str) -> str:
    return _flat(page.strip().split("\n", 1)[0])


def test_printed_each_vm_starts_a_page_and_its_tables_are_not_cut(
    browser, demo_snapshot: ScanSnapshot, tmp_path: Path
) -> None:
    path = tmp_path / "print.html"
    path.write_text(render_html(demo_snapshot, "en"), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(browser.open(path).pdf())
    pages = _pages(pdf)
    facts = ["Size", "Operatingsystem", "VMagent", "Powerstate", "Region", "Resourcegroup", "Subscription", "Tags"]
    for vm in demo_snapshot.vms:
        starts = [i for i, page in enumerate(pages) if _first_line(page).endswith(_flat(vm.name))]
        assert len(starts) == 1, f"{vm.name} does not start a page of its own"
        first = _flat(pages[starts[0]])
        assert all(label in first for label in facts), f"the facts table of {vm.name} is cut"
        assert _flat(vm.id)[-30:] in first
    audit = [i for i, page in enumerate(pages) if page.strip().startswith("Changes made in this session")]
    assert len(audit) == 1
    flat_pages = [_flat(page) for page in pages]
    checked = 0
    for vm in report_context(demo_snapshot, "en")["vms"]:
        for finding in vm["findings"]:
            starts = [_flat(c["title"])[:25] for c in finding["causes"]]
            if starts:
                checked += 1
                assert any(all(s in page for s in starts) for page in flat_pages), f"causes of {vm['name']} cut"
    assert checked > 10
    # Each evidence table, found in reading order after its finding's title: its first and last rows
    # are on the same page.
    whole = "".join(flat_pages)
    page_starts = [sum(len(p) for p in flat_pages[:i]) for i in range(len(flat_pages))]

    def page_of(offset: int) -> int:
        return max(i for i, start in enumerate(page_starts) if start <= offset)

    findings = [(vm["name"], f) for vm in report_context(demo_snapshot, "en")["vms"] for f in vm["findings"]]
    tables = 0
    position = 0
    for index, (name, finding) in enumerate(findings):
        position = whole.index(_flat(finding["title"]), position)
        labels = [_flat(f["label"])[:12] for f in finding["fields"]]  # a label's start: never wrapped
        if len(labels) < 2:
            continue
        first = whole.index("Evidence" + labels[0], position) + len("Evidence")  # the caption, then row 1
        following = findings[index + 1][1]["title"] if index + 1 < len(findings) else None
        end = whole.find(_flat(following), first) if following else -1  # a cause may bear the same words
        last = whole.rindex(labels[-1], first, end if end > 0 else len(whole))
        assert page_of(first) == page_of(last), f"an evidence table of {name} is cut"
        tables += 1
    assert tables > 20
