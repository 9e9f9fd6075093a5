"""What the packaged app takes from the project: its version (one source), version resource and icon.

The Windows-only parts (version resource, .ico) cannot be seen in a Windows build here; these tests
check what build/bundle.py and build/make_icon.py produce for it, on Linux.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import core

ROOT = Path(__file__).resolve().parents[2]


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"build_{name}", ROOT / "build" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_version_has_one_source_and_backup_doctor_version_prints_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "core.__version__"}
    result = subprocess.run(
        [sys.executable, "-m", "gui.main", "--version"],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"backup-doctor {core.__version__}"
    assert load("bundle").version() == core.__version__


def test_the_windows_version_resource_carries_the_project_version(tmp_path: Path) -> None:
    bundle = load("bundle")
    assert bundle.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert bundle.version_tuple("2.0.1rc1+local") == (2, 0, 1, 1)
    text = Path(bundle.version_resource("BackupDoctor.exe", str(tmp_path))).read_text(encoding="utf-8")

    # PyInstaller evaluates this text with its versioninfo classes; record what they would receive.
    def record(kind: str) -> object:
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo"]
    resource = eval(text, {name: record(name) for name in [*names, "VarStruct"]})
    _, _, parts = resource
    numbers = bundle.version_tuple(core.__version__)
    assert parts["ffi"][2]["filevers"] == numbers and parts["ffi"][2]["prodvers"] == numbers
    string_file_info = parts["kids"][0]
    (table,) = string_file_info[1][0]
    strings = {entry[1][0]: entry[1][1] for entry in table[1][1]}
    assert strings["FileVersion"] == strings["ProductVersion"] == core.__version__
    assert strings["OriginalFilename"] == "BackupDoctor.exe"
    assert strings["ProductName"] == "Backup Doctor"


def test_the_icon_is_a_windows_ico_with_every_size_up_to_256(tmp_path: Path) -> None:
    out = tmp_path / "icon.ico"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, str(ROOT / "build" / "make_icon.py"), str(out)], check=True, env=env, timeout=120)
    data = out.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert width == height and planes == 1 and bits == 32
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_excluded_files_keep_what_the_app_needs() -> None:
    bundle = load("bundle")
    toc = [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"),
        ("PySide6\\plugins\\platforms\\qwindows.dll", "x", "BINARY"),  # Windows' layout
        ("PySide6\\plugins\\platforms\\qoffscreen.dll", "x", "BINARY"),
        ("PySide6\\plugins\\platforms\\qminimal.dll", "x", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "x", "BINARY"),
        ("PySide6\\plugins\\imageformats\\qtiff.dll", "x", "BINARY"),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", "x", "BINARY"),
        ("PySide6/Qt/translations/qtbase_pt_PT.qm", "x", "DATA"),
        ("PySide6/Qt/translations/qt_pt_PT.qm", "x", "DATA"),
        ("PySide6/Qt/translations/qt_de.qm", "x", "DATA"),
        ("PySide6\\translations\\qtbase_fr.qm", "x", "DATA"),
    ]
    kept = [name for name, _, _ in bundle.keep(toc)]
    assert kept == [
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6\\plugins\\platforms\\qoffscreen.dll",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/translations/qtbase_pt_PT.qm",
        "PySide6/Qt/translations/qt_pt_PT.qm",
    ]
