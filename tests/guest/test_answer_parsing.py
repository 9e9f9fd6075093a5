"""A hostile or broken guest's answer is refused with one plain sentence; the Windows answer has the same schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from core.guest.report import GuestAnswerError, parse_answer
from core.locator import resource
from core.simulator.guest_state import windows_answer

SCHEMA = json.loads(resource("guest", "guest-report.schema.json").read_text(encoding="utf-8"))
GOOD = {"schemaVersion": 1, "os": "linux", "agent": {"running": True, "version": "2.9.1.1"}}


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        ("<html><body>Hacked</body></html>", "not the JSON document"),
        (json.dumps(GOOD)[:-5], "cut short"),
        (b'{"schemaVersion": 1, "os": "linux\xff"}', "not UTF-8"),
        ("{" + " " * 20000 + "}", "bytes long"),
        ("", "printed nothing"),
        (json.dumps({**GOOD, "os": "plan9"}), "expected shape (at os)"),
        (json.dumps({**GOOD, "mounts": [{"path": "/"}]}), "expected shape (at mounts/0)"),
    ],
)
def test_hostile_answers_are_refused_with_a_reason(answer: str | bytes, says: str) -> None:
    with pytest.raises(GuestAnswerError) as refused:
        parse_answer(answer)
    assert says in refused.value.reason.render()


def test_a_good_answer_is_read() -> None:
    report = parse_answer(json.dumps(GOOD))
    assert report.os == "linux" and report.agent.version == "2.9.1.1"


def test_the_windows_answer_follows_the_same_schema() -> None:
    vm = {
        "guest": {
            "services": {"RdAgent": {"state": "Stopped"}},
            "appLockerDenyRules": [{"collection": "Exe", "name": "Block packages", "path": "%OSDRIVE%\\Packages\\*"}],
        }
    }
    answer = windows_answer(vm)
    jsonschema.validate(answer, SCHEMA)
    report = parse_answer(json.dumps(answer))
    assert report.service("RdAgent") is not None and report.service("RdAgent").state == "Stopped"  # type: ignore[union-attr]
