"""Reading the guest's answer: one JSON document that the shipped scripts print, into plain facts.

The answer comes from inside a VM that may be broken or hostile: it may be HTML, huge, cut short,
not UTF-8, or JSON of another shape. Anything but a document that the schema in
resources/guest/guest-report.schema.json accepts raises `GuestAnswerError` with one plain sentence,
and nothing of it is used.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

import jsonschema

from core import locator
from core.i18n import QT_TRANSLATE_NOOP, Msg

# Run Command keeps 4096 bytes; anything much longer did not come from the shipped scripts.
MAX_ANSWER_BYTES = 16 * 1024


class GuestAnswerError(Exception):
    """The guest's answer could not be read; `reason` says why in a plain sentence."""

    def __init__(self, reason: Msg) -> None:
        super().__init__(reason.render())
        self.reason = reason


def _reason(source: str, **args: Any) -> GuestAnswerError:
    return GuestAnswerError(Msg("GuestAnswer", source, args))


@dataclass(frozen=True)
class ConfSetting:
    """One line of a configuration file: the value, the line as written and its number."""

    value: str
    line: str
    number: int


@dataclass(frozen=True)
class GuestAgent:
    running: bool
    process: str
    version: str | None
    updated: tuple[str, ...] = ()


@dataclass(frozen=True)
class WaagentConf:
    present: bool
    extensions_enable: ConfSetting | None
    provisioning_agent: ConfSetting | None


@dataclass(frozen=True)
class VmBackupConf:
    present: bool
    encoding: str | None  # ascii, utf-8-bom, utf-16, non-ascii
    mounts_to_skip: str = ""


@dataclass(frozen=True)
class Mount:
    device: str
    path: str
    fs: str
    ok: bool


@dataclass(frozen=True)
class NetworkAdapter:
    name: str
    dhcp: bool
    source: str = ""
    line: str = ""


@dataclass(frozen=True)
class Service:
    name: str
    state: str  # Running, Stopped, ..., or Missing
    start_type: str | None  # Auto, Manual, Disabled
    account: str | None = None


@dataclass(frozen=True)
class VssWriter:
    name: str
    state: str | None
    last_error: str | None


@dataclass(frozen=True)
class AppLockerRule:
    collection: str
    name: str
    path: str | None


@dataclass(frozen=True)
class GuestReport:
    os: str  # linux or windows
    agent: GuestAgent
    waagent_conf: WaagentConf | None = None
    vmbackup_conf: VmBackupConf | None = None
    mounts: tuple[Mount, ...] = ()
    network: tuple[NetworkAdapter, ...] = ()
    services: tuple[Service, ...] = ()
    vss_writers: tuple[VssWriter, ...] | None = None
    app_locker_deny: tuple[AppLockerRule, ...] | None = None

    def service(self, name: str) -> Service | None:
        return next((s for s in self.services if s.name.lower() == name.lower()), None)


@functools.cache
def _validator() -> Any:
    schema = json.loads(locator.resource("guest", "guest-report.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _setting(data: Any) -> ConfSetting | None:
    if data is None:
        return None
    return ConfSetting(data["value"], data["line"], data["number"])


def parse_answer(raw: str | bytes) -> GuestReport:
    """The facts in a script's answer; GuestAnswerError when it is not what the shipped scripts print."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", errors="surrogateescape")
    if len(raw) > MAX_ANSWER_BYTES:
        raise _reason(
            QT_TRANSLATE_NOOP("GuestAnswer", "The answer is {size} bytes long, far more than the check script prints."),
            size=len(raw),
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _reason(QT_TRANSLATE_NOOP("GuestAnswer", "The answer is not UTF-8 text.")) from None
    text = text.strip()
    if not text:
        raise _reason(QT_TRANSLATE_NOOP("GuestAnswer", "The script printed nothing."))
    if not text.startswith("{"):
        raise _reason(QT_TRANSLATE_NOOP("GuestAnswer", "The answer is not the JSON document the script prints."))
    try:
        data = json.loads(text)
    except ValueError:
        raise _reason(QT_TRANSLATE_NOOP("GuestAnswer", "The answer is cut short or is not valid JSON.")) from None
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(top)"
        raise _reason(
            QT_TRANSLATE_NOOP("GuestAnswer", "The answer does not have the expected shape (at {where})."),
            where=where,
        )
    return _report(data)


def _report(data: dict[str, Any]) -> GuestReport:
    agent = data["agent"]
    waagent = data.get("waagentConf")
    vmbackup = data.get("vmbackupConf")
    writers = data.get("vssWriters")
    app_locker = data.get("appLocker")
    return GuestReport(
        os=data["os"],
        agent=GuestAgent(
            agent["running"], agent.get("process", ""), agent.get("version"), tuple(agent.get("updated", ()))
        ),
        waagent_conf=None
        if waagent is None
        else WaagentConf(
            waagent["present"], _setting(waagent["extensionsEnable"]), _setting(waagent["provisioningAgent"])
        ),
        vmbackup_conf=None
        if vmbackup is None
        else VmBackupConf(vmbackup["present"], vmbackup["encoding"], vmbackup.get("mountsToSkip", "")),
        mounts=tuple(Mount(m["device"], m["path"], m["fs"], m["ok"]) for m in data.get("mounts", ())),
        network=tuple(
            NetworkAdapter(n["name"], n["dhcp"], n.get("source", ""), n.get("line", ""))
            for n in data.get("network", ())
        ),
        services=tuple(
            Service(s["name"], s["state"], s["startType"], s.get("account")) for s in data.get("services", ())
        ),
        vss_writers=None
        if writers is None
        else tuple(VssWriter(w["name"], w["state"], w["lastError"]) for w in writers),
        app_locker_deny=None
        if app_locker is None
        else tuple(AppLockerRule(r["collection"], r["name"], r["path"]) for r in app_locker["denyRules"]),
    )
