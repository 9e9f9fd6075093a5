"""What every PyInstaller spec in build/ shares: data files, exclusions, version resource, icon.

The three specs (onefile.spec, onedir.spec, debug.spec) import this module and differ only in how
they assemble the result. Data files keep their relative paths, so `core.locator` finds them under
`sys._MEIPASS` when frozen.

Each exclusion below was measured: the bundle built without it and `--self-test` passed (see
docs/performance.md, "The packaged app"). The Qt modules the app uses are QtCore, QtGui, QtWidgets
and QtSvg (icons); the rest of PySide6-Essentials is left out.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "BackupDoctor"
ENTRY = ROOT / "gui" / "main.py"

#: Python modules the app never imports (PyInstaller's hooks would otherwise follow optional imports).
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "_pytest",
    "pytestqt",
    "mypy",
    "ruff",
    "importlinter",
    "grimp",
    "PyInstaller",
    # PySide6-Essentials modules the app does not use.
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtPrintSupport",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtSpatialAudio",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtNetworkAuth",
    "PySide6.QtSvgWidgets",
    "PySide6.QtStateMachine",
    "PySide6.QtGraphs",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.Qt3DCore",
]

#: Qt plugins, Qt libraries and Qt's own translations left out of the bundle (regular expressions on
#: the path inside the bundle: PySide6/Qt/plugins/ on Linux and macOS, PySide6/plugins/ on Windows).
#: Kept: the platforms a desktop needs (windows, xcb, wayland, cocoa) and offscreen (`--self-test`),
#: the SVG icon engine and image format, ICO (PNG is built into QtGui), Qt's pt-PT and English text.
EXCLUDED_FILES = [
    r"PySide6/(Qt/)?plugins/(egldeviceintegrations|generic)/.*",
    r"PySide6/(Qt/)?plugins/platforms/(lib)?q(eglfs|linuxfb|minimal|minimalegl|vkkhrdisplay|vnc)\.(so|dll|dylib)",
    # GTK 3 theme: pulls in GTK, GDK, Cairo, Pango and ATK (about 20 MB); Qt's own Fusion style is used instead.
    r"PySide6/(Qt/)?plugins/platformthemes/libqgtk3\.so",
    r"PySide6/(Qt/)?plugins/imageformats/(lib)?q(gif|icns|jpeg|tga|tiff|wbmp|webp)\.(so|dll|dylib)",
    r"PySide6/Qt/lib/libQt6(EglFSDeviceIntegration|EglFsKmsSupport)\.so.*",
    r"PySide6/(Qt/)?translations/(?!(qt|qtbase)_(en|pt_PT)\.qm$).*",
]


def datas() -> list[tuple[str, str]]:
    """Resources (demo tenant, schema, catalog, icons, data tables) and the translation catalogs.

    `.qm` for the window's QTranslator; `.ts` for the command line and the report, which read them
    without Qt (core/catalog_translator.py). The .qm files are built by scripts/build-translations.
    """
    found = [(str(ROOT / "resources"), "resources")]
    translations = ROOT / "translations"
    qm = sorted(translations.glob("*.qm"))
    if not qm:
        raise SystemExit("translations/*.qm missing: run scripts/build-translations first")
    for catalog in [*qm, *sorted(translations.glob("*.ts"))]:
        found.append((str(catalog), "translations"))
    return found


def keep(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """PyInstaller's TOC (name in bundle, source, kind) without the excluded files."""
    patterns = [re.compile(p) for p in EXCLUDED_FILES]
    return [e for e in entries if not any(p.fullmatch(e[0].replace("\\", "/")) for p in patterns)]


def prune(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the top-level shared libraries that nothing kept needs any more.

    PyInstaller collects the dependencies of every binary it finds, so leaving a plugin out (GTK's
    theme) leaves its libraries behind. Roots are everything but the top-level `lib*` libraries
    (Python's extensions, Qt's libraries and plugins, libpython, the Python DLL); a top-level library
    is kept when a root needs it, directly or through other kept libraries.
    """
    from PyInstaller.depend import bindepend

    def top_level(name: str) -> bool:
        return "/" not in name.replace("\\", "/") and name.lower().startswith("lib") and "python" not in name

    candidates = {Path(e[0]).name: e for e in binaries if top_level(e[0])}
    needed: set[str] = set()
    queue = [e[1] for e in binaries if not top_level(e[0])]
    seen: set[str] = set()
    while queue:
        source = queue.pop()
        if source in seen:
            continue
        seen.add(source)
        for name, _resolved in bindepend.get_imports(source):
            base = Path(name).name
            if base in candidates and base not in needed:
                needed.add(base)
                queue.append(candidates[base][1])
    return [e for e in binaries if not top_level(e[0]) or Path(e[0]).name in needed]


def version() -> str:
    """core.__version__, read from the source (one place: core/__init__.py)."""
    text = (ROOT / "core" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("core/__init__.py has no __version__")
    return match.group(1)


def version_tuple(text: str) -> tuple[int, int, int, int]:
    """"1.2.3" -> (1, 2, 3, 0): the four numbers of a Windows FILEVERSION (pre-release tags dropped)."""
    numbers = [int(n) for n in re.findall(r"\d+", text.split("+")[0].split("-")[0])[:4]]
    while len(numbers) < 4:
        numbers.append(0)
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_resource(file_name: str, work: str) -> str:
    """The Windows version resource (VS_VERSIONINFO) of the .exe, from the project's version.

    Written as PyInstaller's version file (the text `pyi-grab_version` prints, which PyInstaller
    evaluates with the classes of PyInstaller.utils.win32.versioninfo); those classes import Windows-only
    modules, so the text is produced without them and can be checked on any platform.
    """
    text = version()
    numbers = version_tuple(text)
    strings = {
        "CompanyName": "Backup Doctor",
        "FileDescription": "Backup Doctor - Azure VM Backup troubleshooter",
        "FileVersion": text,
        "InternalName": NAME,
        "LegalCopyright": "Backup Doctor maintainers",
        "OriginalFilename": file_name,
        "ProductName": "Backup Doctor",
        "ProductVersion": text,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    resource = f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    target = Path(work) / "version-info.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(resource, encoding="utf-8")
    return str(target)


def icon(work: str) -> str:
    """The application icon as .ico, rendered from resources/icons/app.svg into PyInstaller's work folder."""
    target = Path(work) / "backup-doctor.ico"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, str(ROOT / "build" / "make_icon.py"), str(target)], check=True, env=env)
    return str(target)
