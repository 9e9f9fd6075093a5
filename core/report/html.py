"""The report as one self-contained HTML file: Jinja2 templates in resources/report/, autoescaped.

The template receives only text already translated and made inert (core/report/plain.py): labels,
values and sentences, so nothing from Azure reaches the page except as escaped text. Links go only
to the troubleshooting article's addresses from the catalog (https), never to a value read from Azure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import jinja2

from core.audit import RESULT_ACCEPTED, RESULT_ERROR, RESULT_OK, AuditEntry
from core.catalog import Catalog, CatalogEntry, load_catalog
from core.catalog_translator import normalize_language, translator_for
from core.evidence_fields import OWN_VALUES, evidence_fields
from core.findings import Finding, Problem, Status
from core.i18n import Translate
from core.locator import resource
from core.report.charts import bar_chart
from core.report.plain import inert, one_line
from core.report.redact import redact as redact_snapshot
from core.report.snapshot import ScanSnapshot, VmSnapshot
from core.report.words import STATUS_ICONS, status_word, words
from core.wizards.actions import describe_actions

TEMPLATE = "report.html.j2"
# Statuses worst first, as the summary counts them.
ORDER = (Status.FAIL, Status.WARN, Status.UNKNOWN, Status.PASS, Status.NOT_APPLICABLE)
_OPEN = (Status.FAIL, Status.WARN, Status.UNKNOWN)
# Sentences that quote Azure can be long (a 10,000-character job error); the scan JSON keeps them whole.
TITLE_CHARS = 600
DETAIL_CHARS = 3000


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    folder = resource("report")
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,  # every {{ value }} is HTML-escaped, whatever the file name
        undefined=jinja2.StrictUndefined,
        finalize=lambda value: inert(value) if isinstance(value, str) else value,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class _Status:
    key: str
    icon: str
    label: str


def _status(status: Status, translate: Translate) -> _Status:
    return _Status(status.value, STATUS_ICONS[status], status_word(status, translate))


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _audit_time(text: str) -> str:
    try:
        return _time(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return text


def _https(url: str) -> str | None:
    return url if url.startswith("https://") else None


class _View:
    """Turns a snapshot into the template's plain data, in one language."""

    def __init__(self, translate: Translate, catalog: Catalog) -> None:
        self.t = translate
        self.catalog = catalog
        self.w = words(translate)
        self.actions = {a.id: a.title for a in describe_actions()}
        self._statuses: dict[Status, _Status] = {}
        self._entries: dict[str, CatalogEntry | None] = {}

    def status(self, status: Status) -> _Status:
        shown = self._statuses.get(status)
        if shown is None:
            shown = self._statuses[status] = _status(status, self.t)
        return shown

    def problem(self, problem: Problem) -> dict[str, str]:
        return {
            "scope": one_line(problem.scope),
            "code": one_line(problem.code),
            "message": inert(problem.message.render(self.t)),
        }

    def code(self, code: str) -> dict[str, Any]:
        entry = self._entry(code)
        return {
            "code": code,
            "url": _https(entry.url) if entry else None,
            "message": entry.message_msg.render(self.t) if entry else "",
        }

    def _entry(self, code: str) -> CatalogEntry | None:
        if code not in self._entries:
            self._entries[code] = self.catalog.entry(code)
        return self._entries[code]

    def causes(self, finding: Finding) -> list[dict[str, Any]]:
        """The documented causes of the finding's code in the article's order, with their verdicts."""
        raw = finding.evidence.get("causes")
        if not isinstance(raw, list) or not finding.error_codes:
            return []
        verdicts = {str(c.get("id")): str(c.get("verdict", "")) for c in raw if isinstance(c, Mapping)}
        entry = self._entry(finding.error_codes[0])
        causes = entry.causes if entry else ()
        own = OWN_VALUES["verdict"]
        shown = []
        for cause in causes:
            verdict = verdicts.get(cause.id, "")
            shown.append(
                {
                    "title": cause.title_msg.render(self.t),
                    "verdict_key": verdict or "none",
                    "verdict": self.t("EvidenceFields", own[verdict]) if verdict in own else "—",
                    "url": _https(cause.url),
                }
            )
        return shown

    def finding(self, finding: Finding) -> dict[str, Any]:
        fields = [
            {"label": f.label_text(self.t), "value": f.value_text(self.t), "depth": min(f.depth, 4)}
            for f in evidence_fields(finding.evidence)
            if f.key != "causes" and not f.key.startswith("causes[")
        ]
        wizard = self.catalog.wizards.get(finding.wizard) if finding.wizard else None
        return {
            "status": self.status(finding.status),
            "title": one_line(finding.title.render(self.t), TITLE_CHARS),
            "detail": one_line(finding.detail.render(self.t), DETAIL_CHARS) if finding.detail else "",
            "codes": list(finding.error_codes),  # linked to their row in the summary's table of codes
            "fields": fields,
            "causes": self.causes(finding),
            "wizard": wizard.title_msg.render(self.t) if wizard else "",
            "check": finding.check,
        }

    def change(self, entry: AuditEntry) -> dict[str, Any]:
        title = self.actions.get(entry.action)
        words: dict[str, str] = {RESULT_OK: "ok", RESULT_ERROR: "error", RESULT_ACCEPTED: "accepted"}
        outcome_word = words.get(entry.status)
        outcome = self.w[outcome_word] if outcome_word else entry.status
        message = entry.result.get("message") or entry.result.get("code")
        return {
            "time": _audit_time(entry.time),
            "who": one_line(entry.who),
            "vm": one_line(entry.vm.rsplit("/", 1)[-1]) if entry.vm else "—",
            "what": title.render(self.t) if title else one_line(entry.action),
            "operation": one_line(entry.operation),
            "target": one_line(entry.target),
            # What the preview read before the change (write-ahead audit), then what was sent.
            "before": one_line(_compact(entry.before), 300) if entry.before not in (None, {}, []) else "",
            "change": [one_line(f"{k}: {_compact(v)}", 300) for k, v in entry.parameters.items()],
            "ok": entry.ok,
            "outcome": outcome + (f" — {one_line(str(message), 300)}" if message and not entry.ok else ""),
        }

    def vm(self, index: int, vm: VmSnapshot, changes: list[AuditEntry]) -> dict[str, Any]:
        ordered = sorted(vm.findings, key=lambda f: -f.status.severity)
        open_findings = [self.finding(f) for f in ordered if f.status in _OPEN]
        passed = []
        for status, heading in ((Status.PASS, "passed_heading"), (Status.NOT_APPLICABLE, "na_heading")):
            titles = [one_line(f.title.render(self.t), TITLE_CHARS) for f in ordered if f.status is status]
            if titles:
                passed.append({"status": self.status(status), "heading": self.w[heading], "titles": titles})
        agent = " · ".join(p for p in (vm.agent_version, vm.agent_status) if p) or "—"
        power = vm.power_state or ""
        own_power = OWN_VALUES["powerState"].get(power)
        return {
            "anchor": f"vm-{index}",
            "name": vm.name,
            "status": self.status(vm.status),
            "codes": list(vm.error_codes),
            "facts": [
                (self.w["size"], vm.size or "—"),
                (self.w["os"], " — ".join(p for p in (vm.os_type, vm.os_name) if p) or "—"),
                (self.w["agent"], agent),
                (self.w["power_state"], self.t("EvidenceFields", own_power) if own_power else power or "—"),
                (self.w["location"], vm.location or "—"),
                (self.w["resource_group"], vm.resource_group or "—"),
                (self.w["subscription"], vm.subscription_id or "—"),
                (self.w["resource_id"], vm.id),
            ],
            "tags": [(one_line(k, 200), one_line(v, 500)) for k, v in vm.tags.items()],
            "unavailable": [self.problem(p) for p in vm.unavailable],
            "unreadable": vm.status is Status.UNKNOWN or bool(vm.unavailable),
            "findings": open_findings,
            "passed": passed,
            "changes": [self.change(e) for e in changes],
            "resource_group": vm.resource_group,
            "subscription": vm.subscription_id,
        }


def _compact(value: Any) -> str:
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={_compact(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_compact(v) for v in value)
    return str(value)


def _changes_by_vm(snapshot: ScanSnapshot) -> dict[str, list[AuditEntry]]:
    found: dict[str, list[AuditEntry]] = {}
    for entry in snapshot.audit:
        if entry.vm:
            found.setdefault(entry.vm.lower(), []).append(entry)
    return found


def report_context(snapshot: ScanSnapshot, language: str, *, redact: bool = False) -> dict[str, Any]:
    """Everything the template shows, translated into `language`."""
    language = normalize_language(language)
    translate = translator_for(language)
    if redact:
        snapshot = redact_snapshot(snapshot)
    view = _View(translate, load_catalog())
    w = view.w
    vm_status = Counter(v.status for v in snapshot.vms)
    finding_status = Counter(f.status for v in snapshot.vms for f in v.findings)
    code_vms = Counter(c for v in snapshot.vms for c in v.error_codes)
    changes = _changes_by_vm(snapshot)
    vms = sorted(enumerate(snapshot.vms), key=lambda item: (-item[1].status.severity, item[1].name.lower()))
    shown_vms = [view.vm(i, vm, changes.get(vm.id.lower(), [])) for i, vm in vms]
    unread = [{**view.problem(p), "vm": ""} for p in snapshot.problems]
    unread += [{**view.problem(p), "vm": vm.name} for vm in snapshot.vms for p in vm.unavailable]
    status_rows = [(view.status(s), vm_status.get(s, 0)) for s in ORDER if s is not Status.NOT_APPLICABLE]
    return {
        "lang": language,
        "w": w,
        # A simulated target's label ("Demo tenant") is English in the scan; shown in the report's language.
        "target": translate("Session", snapshot.target),
        "scanned_at": _time(snapshot.scanned_at),
        "app_version": snapshot.app_version,
        "account": snapshot.account or w["no_account"],
        "saved_file": snapshot.saved_file,
        "cancelled": snapshot.cancelled,
        "redacted": redact,
        "subscriptions": [(s.display_name, s.id) for s in snapshot.subscriptions],
        "vm_status": status_rows,
        "vm_total": len(snapshot.vms),
        "charts": {
            "findings": bar_chart(
                [
                    (f"{st.icon} {st.label}", finding_status.get(Status(st.key), 0), st.key)
                    for st in (view.status(s) for s in ORDER)
                ],
                w["findings_by_status"],
            ),
            "codes": bar_chart([(c, n, "code") for c, n in code_vms.most_common(10)], w["vms_by_code"])
            if code_vms
            else None,
        },
        "top_codes": [{**view.code(c), "vms": n} for c, n in code_vms.most_common()],
        "vms": shown_vms,
        "audit": [view.change(e) for e in snapshot.audit],
        "unread": unread,
        "footer": w["footer"].replace("{version}", snapshot.app_version),
    }


def render_html(snapshot: ScanSnapshot, language: str = "en", *, redact: bool = False) -> str:
    return _environment().get_template(TEMPLATE).render(report_context(snapshot, language, redact=redact))
