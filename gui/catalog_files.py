"""Compiled catalogs (.qm) for the window, built from the .ts catalogs when missing or out of date.

`scripts/setup`, `scripts/build-translations` and `build/package.sh` compile every catalog with
pyside6-lrelease. The window must still show its language when someone launches it from a checkout
where that step did not run, or after a `git pull` changed a .ts: so before loading a catalog, the
language manager asks `compiled_catalog`, which runs lrelease (shipped inside PySide6) when the .qm is
missing or older than its .ts. A checkout that cannot be written gets the .qm in the user's cache.
A frozen bundle carries its .qm files and no lrelease: they are used as they are.

No Qt import here (only the location of the PySide6 package), so the scripts can use it too.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from core.catalog_translator import CATALOG_BASENAME
from core.locator import translations_dir

LRELEASE_TIMEOUT_S = 60


def catalog_stem(language: str) -> str:
    """backup_doctor_pt_PT for "pt-PT"."""
    return f"{CATALOG_BASENAME}_{language.replace('-', '_')}"


def qt_tool(name: str) -> str:
    """Path of a Qt Linguist tool (lupdate, lrelease, linguist) shipped in the PySide6 wheel.

    The pyside6-* launchers next to the interpreter come first, then the binary inside the PySide6
    package (found without importing Qt), then whatever `pyside6-<name>` is on PATH.
    """
    suffix = ".exe" if sys.platform == "win32" else ""
    launcher = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if launcher.is_file():
        return str(launcher)
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            binary = Path(folder) / f"{name}{suffix}"
            if binary.is_file():
                return str(binary)
    return shutil.which(f"pyside6-{name}") or f"pyside6-{name}"


def compile_catalog(ts_file: Path, qm_file: Path) -> Path:
    """Run lrelease on `ts_file`, replacing `qm_file` atomically; raises RuntimeError or OSError."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    # lrelease creates the temporary file itself, so it gets the usual permissions (umask), not mkstemp's 0600.
    temporary = str(qm_file.with_name(f".{qm_file.stem}.{os.getpid()}.{threading.get_ident()}.qm"))
    try:
        result = subprocess.run(
            [qt_tool("lrelease"), "-silent", str(ts_file), "-qm", temporary],
            capture_output=True,
            text=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
        if result.returncode != 0 or os.path.getsize(temporary) == 0:
            raise RuntimeError(
                f"lrelease failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}"
            )
        os.replace(temporary, qm_file)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return qm_file


def _fresh(qm_file: Path, ts_file: Path) -> bool:
    if not qm_file.is_file():
        return False
    return not ts_file.is_file() or qm_file.stat().st_mtime >= ts_file.stat().st_mtime


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("backup-doctor", appauthor=False)) / "translations"


def compiled_catalog(language: str, directory: Path | None = None) -> Path | None:
    """An up-to-date .qm for `language`, compiling its .ts when needed; None when there is none.

    Never raises: a catalog that cannot be compiled leaves the window in English (or with a stale
    .qm, if one exists), which is better than not starting.
    """
    directory = directory or translations_dir()
    stem = catalog_stem(language)
    ts_file, qm_file = directory / f"{stem}.ts", directory / f"{stem}.qm"
    if _fresh(qm_file, ts_file) or getattr(sys, "frozen", False):  # a bundle has no lrelease
        return qm_file if qm_file.is_file() else None
    if ts_file.is_file():
        cached = _cache_dir() / f"{stem}.qm"
        if _fresh(cached, ts_file):
            return cached
        for target in (qm_file, cached):
            try:
                return compile_catalog(ts_file, target)
            except (OSError, RuntimeError, subprocess.SubprocessError):
                continue
    return qm_file if qm_file.is_file() else None
