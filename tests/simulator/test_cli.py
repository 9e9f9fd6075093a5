"""`backup-doctor simulate`: serving until told to stop, and refusing a bad tenant file cleanly."""

from __future__ import annotations

import argparse
import io
import re
import threading
from pathlib import Path

import pytest
import requests

from core.simulator import cli

from .conftest import SMALL_TENANT, SUB_A


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    return parser.parse_args(argv)


def test_serves_until_stopped_and_prints_how_to_connect() -> None:
    args = parse(
        "--tenant", str(SMALL_TENANT), "--page-size", "2", "--throttle", "azure", "--fault", "503,max=1:/nothing$"
    )
    out = io.StringIO()
    stop = threading.Event()
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(cli.run(args, out=out, stop=stop)))
    worker.start()
    try:
        for _ in range(200):
            if "Ctrl-C" in out.getvalue():
                break
            stop.wait(0.02)
        text = out.getvalue()
        base_url = re.search(r"base URL\s+(\S+)", text)
        ca_file = re.search(r"CA file\s+(\S+)", text)
        assert base_url and ca_file and "connection_verify=" in text
        answer = requests.get(
            f"{base_url[1]}/subscriptions/{SUB_A}/resourcegroups",
            params={"api-version": "2025-04-01"},
            headers={"Authorization": "Bearer x"},
            verify=ca_file[1],
            timeout=5,
        )
        assert len(answer.json()["value"]) == 2  # page size 2
        assert "x-ms-ratelimit-remaining-subscription-reads" in answer.headers
    finally:
        stop.set()
        worker.join(timeout=10)
    assert result == [0]
    assert not Path(ca_file[1]).exists()  # the CA file goes with the server


def test_a_bad_tenant_file_prints_the_problem_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"tenantId": "t", "subscriptions": []}', encoding="utf-8")
    assert cli.run(parse("--tenant", str(bad))) == 2
    err = capsys.readouterr().err
    assert "bad.json" in err and "resources is missing" in err and "Traceback" not in err


def test_bad_options_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse("--tenant", "x", "--fault", "boom:/x")
    with pytest.raises(SystemExit):
        parse("--tenant", "x", "--throttle", "fast")
    assert "bad fault" in capsys.readouterr().err


def test_control_characters_in_a_bad_tenant_file_are_shown_not_obeyed(tmp_path: Path) -> None:
    """Through `backup-doctor simulate`, the product's command line hands the simulator safe streams."""
    from core.cli import main

    bad = tmp_path / "bad\x1b[2J.json"  # the error names the file
    bad.write_text('{"tenantId": "t", "subscriptions": []}', encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["simulate", "--tenant", str(bad)], stdout=out, stderr=err) == 2
    assert "\x1b" not in err.getvalue() and "\\u001b" in err.getvalue()
