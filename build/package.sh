#!/usr/bin/env bash
# Build the desktop app with PyInstaller:
#   build/package.sh [onefile|onedir|debug|all]...      (default: onefile onedir)
# Results: dist/onefile/BackupDoctor (one file), dist/onedir/BackupDoctor/ (portable folder),
# dist/debug/BackupDoctor-debug/ (with a console). PyInstaller's work folders go to pyinstaller-work/
# (git-ignored; kept between runs so a rebuild only redoes what changed), never into build/.
# BACKUP_DOCTOR_CLEAN=1 rebuilds from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${BACKUP_DOCTOR_VENV:-.venv}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(onefile onedir)
[ "${targets[0]}" != all ] || targets=(onefile onedir debug)
# PyInstaller on Linux reads and strips libraries with binutils (objdump, strip).
if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
if ! "$VENV/bin/python" -c "import PyInstaller" 2>/dev/null; then
  "$VENV/bin/python" -m pip install -q -e ".[package]"
fi
# The spec bundles every translations/*.qm (for the window) and *.ts (the command line and the report
# read those without Qt): compile the catalogs first.
BACKUP_DOCTOR_VENV="$VENV" ./scripts/build-translations >/dev/null
clean=()
[ "${BACKUP_DOCTOR_CLEAN:-0}" = 1 ] && clean=(--clean)
for target in "${targets[@]}"; do
  case "$target" in
    onefile|onedir|debug) ;;
    *) echo "unknown target: $target (onefile, onedir, debug or all)" >&2; exit 2 ;;
  esac
  started=$(date +%s)
  "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN "${clean[@]}" \
    --workpath "pyinstaller-work/$target" --distpath "dist/$target" "build/$target.spec"
  echo "Built dist/$target/ in $(( $(date +%s) - started )) s"
done
