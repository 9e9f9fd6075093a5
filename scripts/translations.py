"""Qt Linguist catalogs: regenerate them from the sources (`update`) and compile them (`build`).

    python scripts/translations.py update   # catalog stub, then pyside6-lupdate into translations/*.ts
    python scripts/translations.py build    # pyside6-lrelease: translations/*.ts -> translations/*.qm

`scripts/update-translations` and `scripts/build-translations` run these with the project's venv;
docs/translations.md explains the workflow. The tests in tests/i18n/ import this module to run the same
lupdate over the same files into a temporary catalog and compare it with the committed one.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `core` and `gui` importable from this checkout
    sys.path.insert(0, str(ROOT))

from gui.catalog_files import compile_catalog, qt_tool  # noqa: E402

TRANSLATIONS = ROOT / "translations"
#: Folders whose Python sources hold translatable strings (tr(), QCoreApplication.translate,
#: QT_TRANSLATE_NOOP). core/catalog_strings.py, generated from resources/catalog.json, is among them.
SOURCE_DIRS = ("core", "gui")
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class CatalogSpec:
    #: File name under translations/.
    name: str
    #: Qt's language code for the catalog.
    language: str
    #: English needs a catalog only for the plural forms of "%n" strings.
    plural_only: bool = False


CATALOGS = (
    CatalogSpec("backup_doctor_pt_PT.ts", "pt_PT"),
    CatalogSpec("backup_doctor_en.ts", "en", plural_only=True),
)


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python source lupdate reads, relative to `root`, in a stable order."""
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files.extend(
            path.relative_to(root) for path in (root / folder).rglob("*.py") if "__pycache__" not in path.parts
        )
    return sorted(files)


def write_catalog_stub() -> None:
    """core/catalog_strings.py from resources/catalog.json, so that lupdate sees the catalog text."""
    from core.catalog import STUB_PATH, load_catalog, stub_text

    text = stub_text(load_catalog())
    if not STUB_PATH.exists() or STUB_PATH.read_text(encoding="utf-8") != text:
        STUB_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {STUB_PATH.relative_to(ROOT)}")


def run_lupdate(
    ts_file: Path, language: str, *, plural_only: bool = False, root: Path = ROOT, quiet: bool = False
) -> subprocess.CompletedProcess[str]:
    """Extract the strings of `source_files()` into `ts_file` (created or merged), dropping obsolete ones.

    Returns the finished process; its stderr holds lupdate's warnings (for example a tr() call it
    cannot read), which the tests treat as errors.
    """
    command = [
        qt_tool("lupdate"),
        *(str(path) for path in source_files(root)),
        "-ts",
        str(ts_file),
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
    ]
    if plural_only:
        command.append("-pluralonly")
    if quiet:
        command.append("-silent")
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"lupdate failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def update() -> int:
    write_catalog_stub()
    warnings = False
    for spec in CATALOGS:
        result = run_lupdate(TRANSLATIONS / spec.name, spec.language, plural_only=spec.plural_only)
        sys.stdout.write(result.stdout)
        if result.stderr.strip():
            warnings = True
            sys.stderr.write(result.stderr)
    print(f"Now translate the new entries (Qt Linguist: {qt_tool('linguist')}), then run scripts/build-translations.")
    return 1 if warnings else 0


def build() -> int:
    failures = 0
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        try:
            compile_catalog(ts_file, qm_file)
        except (OSError, RuntimeError) as error:
            print(f"{ts_file.name}: {error}", file=sys.stderr)
            failures += 1
        else:
            print(f"compiled {qm_file.relative_to(ROOT)}")
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/translations.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "build"))
    args = parser.parse_args(argv)
    if shutil.which(qt_tool("lupdate")) is None and not Path(qt_tool("lupdate")).exists():
        print("pyside6-lupdate not found: install the project (scripts/setup) first", file=sys.stderr)
        return 2
    return update() if args.command == "update" else build()


if __name__ == "__main__":
    raise SystemExit(main())
