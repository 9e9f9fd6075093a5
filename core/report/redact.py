"""`--redact`: subscription ids, IP addresses, e-mail addresses and account names replaced by
placeholders, consistently: the same value gets the same placeholder everywhere in one report."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from core.audit import AuditEntry
from core.findings import Finding, Problem
from core.i18n import Msg
from core.report.snapshot import ScanSnapshot, SubscriptionSnapshot, VmSnapshot

_GUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_SUBSCRIPTION_IN_ID = re.compile(r"(?i)(/subscriptions/)(" + _GUID + ")")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_IPV4 = re.compile(r"(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|[0-9A-Fa-f]{1,4})(?![0-9A-Fa-f:])")


class Redactor:
    """Replaces sensitive values in text; `placeholders` maps each original value to its placeholder."""

    def __init__(self, subscription_ids: set[str] = frozenset(), accounts: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        self.placeholders: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}
        self._subscriptions = {s.lower() for s in subscription_ids if s}
        self._accounts = sorted((a for a in accounts if a), key=len, reverse=True)
        guids = "|".join(re.escape(s) for s in sorted(self._subscriptions))
        self._known_guid = re.compile(f"(?i)(?<![0-9a-f-])(?:{guids})(?![0-9a-f-])") if guids else None

    def _placeholder(self, kind: str, value: str) -> str:
        key = (kind, value.lower())
        if key not in self.placeholders:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            self.placeholders[key] = f"[{kind}-{self._counts[kind]}]"
        return self.placeholders[key]

    def text(self, text: str) -> str:
        for account in self._accounts:
            if account.lower() in text.lower():
                text = re.sub(re.escape(account), self._placeholder("account", account), text, flags=re.IGNORECASE)
        text = _EMAIL.sub(lambda m: self._placeholder("email", m.group(0)), text)
        text = _SUBSCRIPTION_IN_ID.sub(lambda m: m.group(1) + self._placeholder("subscription", m.group(2)), text)
        if self._known_guid is not None:
            text = self._known_guid.sub(lambda m: self._placeholder("subscription", m.group(0)), text)
        text = _IPV4.sub(lambda m: self._placeholder("ip", m.group(0)), text)
        return _IPV6.sub(lambda m: self._placeholder("ip", m.group(0)), text)

    def value(self, value: Any) -> Any:
        """Any JSON-like value with every string (keys included) redacted."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Msg):
            return dataclasses.replace(value, args={k: self.value(v) for k, v in value.args.items()})
        if isinstance(value, Mapping):
            return {self.text(str(k)): self.value(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.value(v) for v in value]
        return value


def redact(snapshot: ScanSnapshot) -> ScanSnapshot:
    """The snapshot with every text redacted (ids keep their shape: /subscriptions/[subscription-1]/...)."""
    subscriptions = {s.id for s in snapshot.subscriptions} | {v.subscription_id for v in snapshot.vms}
    accounts = {snapshot.account or ""} | {e.who for e in snapshot.audit if e.who != "demo"}
    r = Redactor(subscriptions, accounts)

    def finding(f: Finding) -> Finding:
        return dataclasses.replace(
            f,
            title=r.value(f.title),
            detail=r.value(f.detail) if f.detail else None,
            evidence=r.value(f.evidence),
        )

    def problem(p: Problem) -> Problem:
        return dataclasses.replace(p, scope=r.text(p.scope), message=r.value(p.message))

    def vm(v: VmSnapshot) -> VmSnapshot:
        return dataclasses.replace(
            v,
            id=r.text(v.id),
            name=r.text(v.name),
            subscription_id=r.text(v.subscription_id),
            tags=r.value(v.tags),
            findings=tuple(finding(f) for f in v.findings),
            unavailable=tuple(problem(p) for p in v.unavailable),
        )

    def entry(e: AuditEntry) -> AuditEntry:
        return dataclasses.replace(
            e,
            who=r.text(e.who),
            target=r.text(e.target),
            parameters=r.value(e.parameters),
            result=r.value(e.result),
            before=r.value(e.before) if e.before is not None else None,
            vm=r.text(e.vm) if e.vm else None,
            tenant=r.text(e.tenant) if e.tenant else None,
        )

    return dataclasses.replace(
        snapshot,
        target=r.text(snapshot.target),
        account=r.text(snapshot.account) if snapshot.account else None,
        subscriptions=tuple(
            SubscriptionSnapshot(r.text(s.id), r.text(s.display_name), s.state) for s in snapshot.subscriptions
        ),
        vms=tuple(vm(v) for v in snapshot.vms),
        problems=tuple(problem(p) for p in snapshot.problems),
        audit=tuple(entry(e) for e in snapshot.audit),
    )
