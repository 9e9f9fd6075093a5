"""Screenshots of the report for docs/screenshots/: the first page and one VM's section, in each language.

    .venv/bin/python scripts/report_screenshots.py

Scans the demo tenant, renders the report in English and pt-PT and photographs it in headless Chromium
(scripts/chromium_cdp.py) at a laptop's width.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from chromium_cdp import Chromium  # noqa: E402

from core.report.html import render_html  # noqa: E402
from core.report.snapshot import snapshot_from_scan  # noqa: E402
from core.scan import run_scan  # noqa: E402
from core.session import demo_session  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
#: A failing VM whose section shows facts, a confirmed cause and evidence.
VM = "vm-dev-lnx01"


def main() -> int:
    with demo_session() as session:
        snapshot = snapshot_from_scan(run_scan(session.gateway))
    anchor = f"vm-{next(i for i, vm in enumerate(snapshot.vms) if vm.name == VM)}"
    with tempfile.TemporaryDirectory() as folder, Chromium() as browser:
        for language in ("en", "pt-PT"):
            path = Path(folder) / f"report-{language}.html"
            path.write_text(render_html(snapshot, language), encoding="utf-8")
            page = browser.open(path, width=1100, height=1400)
            page.screenshot(OUT / f"report-summary-{language}.png")
            top = page.evaluate(f"document.getElementById('{anchor}').getBoundingClientRect().top + window.scrollY")
            page.evaluate(f"window.scrollTo(0, {int(top) - 8})")
            page.screenshot(OUT / f"report-vm-{language}.png")
            print(f"wrote report-summary-{language}.png and report-vm-{language}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
