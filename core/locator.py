"""One place that finds the product's bundled files, from a source checkout or a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding `resources/` and `translations/`.

    Frozen by PyInstaller, data files are unpacked below `sys._MEIPASS` (the spec in `build/` puts
    them at the same relative paths); from source, it is the checkout's top level.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """Path of a file under `resources/`."""
    return app_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return app_root() / "translations"


def child_environment() -> dict[str, str]:
    """The environment for a child process that is this program again (a scan or simulator process): from
    source, with this checkout first on PYTHONPATH, wherever the interpreter's own path points."""
    environment = dict(os.environ)
    if not getattr(sys, "frozen", False):
        root = str(Path(__file__).resolve().parent.parent)
        path = environment.get("PYTHONPATH")
        environment["PYTHONPATH"] = root + (os.pathsep + path if path else "")
    return environment
