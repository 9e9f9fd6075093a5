#!/usr/bin/env bash
# Build the desktop app with PyInstaller. The work folder goes to $TMPDIR, not build/ (which holds
# these sources and is tracked); the result goes to dist/BackupDoctor/.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${BACKUP_DOCTOR_VENV:-.venv}"
"$VENV/bin/python" -m pip install -q pyinstaller
# Compile the translation catalogs first: the spec bundles every translations/*.qm (for the window)
# and *.ts (the command line and the report read those without Qt).
BACKUP_DOCTOR_VENV="$VENV" ./scripts/build-translations
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$VENV/bin/pyinstaller" --noconfirm --clean --workpath "$work" --distpath dist build/backup-doctor.spec
echo "Built dist/BackupDoctor/"
