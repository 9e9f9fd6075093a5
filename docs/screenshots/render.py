"""Render the main window offscreen to PNG: both languages, a healthy and a failing VM selected.

    python docs/screenshots/render.py            # writes docs/screenshots/main-<lang>-<case>.png
    python docs/screenshots/render.py --scale 2  # the same at 200 % (checks that icons stay sharp)

The demo tenant is scanned in the window as a user would see it; settings go to a temporary folder.
Offscreen fonts: DejaVu Sans (fonts-dejavu-core).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CASES = ("healthy", "failing")


def _offscreen(scale: float, width: int, height: int) -> None:
    """A screen big enough for the window, at the given device pixel ratio."""
    config = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": False,
        "screens": [
            {
                "name": "screenshots",
                "x": 0,
                "y": 0,
                "width": int((width + 100) * scale),
                "height": int((height + 100) * scale),
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ],
    }
    path = Path(tempfile.mkdtemp(prefix="screens-")) / "screen.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"
    if scale != 1:
        # The offscreen backing store ignores a screen's "dpr"; a scale factor does reach QWidget.grab().
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"


def _dark_palette() -> QPalette:
    """Roughly what a dark desktop theme hands to Qt (only to check that nothing assumes light)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#262626"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.Link, "#6ea8fe"),
        (roles.Mid, "#444444"),
        (roles.Dark, "#202020"),
        (roles.Light, "#505050"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--size", default="1280x800", help="window size in logical pixels")
    parser.add_argument("--dark", action="store_true", help="a dark palette, as a dark desktop theme gives")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    _offscreen(args.scale, width, height)

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from core.findings import Status
    from core.session import demo_session
    from gui.app import application, default_matcher
    from gui.i18n import LanguageManager
    from gui.main_window import MainWindow
    from gui.settings import AppSettings

    app = application()
    if args.dark:
        app.setPalette(_dark_palette())
    folder = Path(tempfile.mkdtemp(prefix="screenshot-settings-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    languages = LanguageManager()
    languages.set_language("en")
    window = MainWindow(settings, languages, matcher=default_matcher())
    window.resize(width, height)
    window.show()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    finished = QEventLoop()
    window.scan_finished.connect(lambda _report: finished.quit())
    window.set_session(demo_session())
    finished.exec()
    report = window.last_report
    if report is None:
        print("the scan failed", file=sys.stderr)
        return 1
    picks = {
        "healthy": next(vm for vm in report.vms if vm.status is Status.PASS),
        "failing": next(vm for vm in report.vms if vm.status is Status.FAIL),
    }
    suffix = ("-dark" if args.dark else "") + ("" if args.scale == 1 else f"@{args.scale:g}x")
    args.out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "pt-PT"):
        window.set_language(language)
        wait(50)
        for case in CASES:
            node = window.model.find(picks[case].facts.id.lower().rstrip("/"))
            assert node is not None
            window.select(node.key)
            wait(100)
            path = args.out / f"main-{language}-{case}{suffix}.png"
            window.grab().save(str(path))
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    window.set_language("en")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
