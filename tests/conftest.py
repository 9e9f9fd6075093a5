"""Settings for the whole test suite."""

from __future__ import annotations

import os

# The window's scans run in a scan process (gui/scan_process.py), which costs a second of CPU to start;
# the suite's many windows scan in their own process instead, and tests/gui/test_scan_process.py (and the
# self-test) run the scan process for real.
os.environ.setdefault("BACKUP_DOCTOR_SCAN_IN_PROCESS", "1")
