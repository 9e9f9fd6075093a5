#!/usr/bin/env bash
# Build the desktop app with PyInstaller. The work folder goes to $TMPDIR, not build/ (which holds
# these sources and is tracked); the result goes to dist/BackupDoctor/.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${BACKUP_DOCTOR_VENV:-.venv}"
"$VENV/bin/python" -m pip install -q pyinstaller
# Compile the translation catalogs first: the spec bundles every translations/*.qm.
for ts in translations/*.ts; do
  [ -e "$ts" ] || continue
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$VENV/bin/pyinstaller" --noconfirm --clean --workpath "$work" --distpath dist build/backup-doctor.spec
echo "Built dist/BackupDoctor/"
