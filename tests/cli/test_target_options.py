"""The target options are one parser: every subcommand that acts on a tenant takes the same ones, means the
same by them, and `--help` still says what each subcommand takes."""

from __future__ import annotations

import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest

from core import cli
from core.simulator import SimulatorServer

ROOT = Path(__file__).resolve().parents[2]
TARGET_OPTIONS = (
    "--demo",
    "--tenant-file FILE",
    "--simulated-azure FILE",
    "--arm-url URL",
    "--ca-file PEM",
    "--tenant-id ID",
    "--cloud",
    "--sign-in",
    "--proxy URL",
    "--ca-bundle PEM",
)
#: Each subcommand that acts on a tenant, with the other arguments it needs.
ACTING = {
    "scan": [],
    "report": [],
    "fix": ["remove-rp-lock", "--vm", "vm-ftp01"],
    "guest": ["--vm", "vm-ftp01"],
}


@pytest.mark.parametrize("command", sorted(ACTING))
def test_every_subcommand_that_acts_on_a_tenant_lists_the_same_target_options(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([command, "--help"]) == 0
    shown = capsys.readouterr().out

    assert f"usage: backup-doctor {command}" in shown
    missing = [option for option in TARGET_OPTIONS if option not in shown]
    assert missing == []


@pytest.mark.parametrize("command", sorted(ACTING))
def test_two_targets_at_once_are_a_usage_error_everywhere(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main([command, *ACTING[command], "--demo", "--arm-url", "https://127.0.0.1:1"], StringIO(), StringIO())

    assert code == cli.EXIT_COULD_NOT_RUN
    assert "--arm-url: not allowed with argument --demo" in capsys.readouterr().err


def test_fix_reaches_an_arm_endpoint_as_scan_does(demo_server: SimulatorServer, tmp_path: Path) -> None:
    stdout = StringIO()
    target = ["--arm-url", demo_server.base_url, "--ca-file", str(demo_server.ca_file)]

    code = cli.main(
        ["fix", *ACTING["fix"], *target, "--audit-log", str(tmp_path / "audit.jsonl"), "--lang", "en"],
        stdout,
        StringIO(),
        StringIO("n\n"),
    )

    assert code == 1  # not confirmed
    assert "Microsoft.Authorization/locks/delete" in stdout.getvalue()
    assert "Not confirmed: nothing was changed." in stdout.getvalue()


def test_a_missing_ca_file_is_said_by_every_subcommand(tmp_path: Path) -> None:
    for command, extra in ACTING.items():
        stderr = StringIO()
        missing = tmp_path / "missing.pem"
        code = cli.main(
            [command, *extra, "--arm-url", "https://127.0.0.1:1", "--ca-file", str(missing)],
            StringIO(),
            stderr,
            StringIO(),
        )
        assert (command, code) == (command, cli.EXIT_COULD_NOT_RUN)
        assert f"CA file not found: {missing}" in stderr.getvalue()


def test_help_and_explain_start_without_the_azure_sdk() -> None:
    """Only the subcommand being run is imported: `--help` and `explain` need no Azure client."""
    probe = (
        "import io, sys\n"
        "from core import cli\n"
        "cli.main(['--help'], io.StringIO(), io.StringIO())\n"
        "cli.main(['explain', 'UserErrorGuestAgentStatusUnavailable'], io.StringIO(), io.StringIO())\n"
        "print(sorted(m for m in sys.modules if m.startswith(('azure.', 'core.azure', 'jinja2'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT)},
    )

    assert done.stdout.splitlines()[-1] == "[]"  # after the help text
