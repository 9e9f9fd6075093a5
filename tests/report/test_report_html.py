"""The HTML report: hostile text inert, nothing loaded from the network, never healthy when unread,
redaction consistent, sections in the order a reader needs them."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest
from hostile import HOSTILE

from core.audit import AuditEntry
from core.findings import Problem, Status
from core.i18n import Msg
from core.report.html import render_html
from core.report.snapshot import ScanSnapshot

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "footer", "section", "article", "h1", "h2", "h3",
    "h4", "p", "div", "span", "strong", "a", "ul", "li", "table", "caption", "thead", "tbody", "tr", "th", "td",
    "figure", "figcaption", "svg", "text", "rect", "details", "summary",
}  # fmt: skip
SUBSCRIPTION_IDS = (
    "8f3c2a51-6b7e-4d19-a0c4-5e2f9b7d1c36",
    "2d7a9e40-c1b3-4f85-9a62-7e0d4b8c3f15",
    "c4e81b6f-3a2d-47e9-b5f0-91d6a8c27e43",
)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self.ids += [v or "" for k, v in attrs if k == "id"]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


@pytest.mark.parametrize("language", ["en", "pt-PT"])
def test_hostile_values_from_azure_and_forged_files_come_out_as_inert_text(forged_snapshot, language) -> None:
    html = render_html(forged_snapshot, language)
    page = _parse(html)

    tags = {tag for tag, _ in page.tags}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    assert "script" not in tags and "img" not in tags and "circle" not in tags
    assert sum(1 for tag, _ in page.tags if tag == "style") == 1
    for tag, attrs in page.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            if name == "href":
                assert value and (value.startswith("#") or value.startswith("https://learn.microsoft.com/")), value
            assert "javascript:" not in (value or "").lower()
    text = "".join(page.text)
    for kind in HOSTILE:
        assert f"{kind}-marker" in text, kind  # shown, as text
    assert "<script>alert('x')</script>" in text  # the name reads as written, and only as text
    assert "\u202e" not in html and "\x1b" not in html and "\x00" not in html  # bidi and terminal controls gone
    assert "{{ 7*7 }}" in text and "49" not in re.findall(r"\d+", "".join(t for t in page.text if "template" in t))
    assert "L" * 10_000 not in html  # a 10,000-character message is cut, not dumped whole
    assert "<script" not in html.lower().replace("&lt;script", "")


def test_the_page_loads_nothing_and_runs_nothing(demo_snapshot) -> None:
    html = render_html(demo_snapshot, "en")
    page = _parse(html)
    csp = [dict(attrs).get("content") or "" for tag, attrs in page.tags if tag == "meta"
           and (dict(attrs).get("http-equiv") or "").lower() == "content-security-policy"]  # fmt: skip
    assert len(csp) == 1 and "default-src 'none'" in csp[0] and "script-src" not in csp[0]
    assert "connect-src" not in csp[0] and "img-src data:" in csp[0]
    for _tag, attrs in page.tags:
        assert not any(name in ("src", "srcset", "action", "formaction", "background") for name, _ in attrs)
    style = html[html.index("<style>") : html.index("</style>")]
    assert "@import" not in style and "url(" not in style


def test_summary_first_then_each_vm_then_changes_then_what_could_not_be_read(demo_snapshot) -> None:
    page = _parse(render_html(demo_snapshot, "en"))
    order = [i for i in page.ids if i in ("summary", "audit", "unread") or i.startswith("vm-")]
    assert order[0] == "summary" and order[-2:] == ["audit", "unread"]
    assert len([i for i in order if i.startswith("vm-")]) == len(demo_snapshot.vms)
    text = " ".join(page.text)
    assert "vm-dev-lnx01" in text and "UserErrorGuestAgentStatusUnavailable" in text
    assert "Documented causes, in the article's order" in text and "confirmed" in text
    assert "Agent version" in text  # evidence as labelled fields, not raw keys
    assert "agentVersion" not in text and "agentDisplayStatus" not in text


def _unreadable(snapshot: ScanSnapshot) -> ScanSnapshot:
    """A VM every check of which passed, but whose extensions could not be read; one with no finding at all."""
    healthy = next(v for v in snapshot.vms if v.status is Status.PASS)
    problem = Problem(healthy.id, "AuthorizationFailed", Msg("", "{text}", {"text": "No permission to read it."}), 403)
    unread = dataclasses.replace(healthy, unavailable=(problem,))
    empty = dataclasses.replace(healthy, id=healthy.id + "-2", name="vm-without-findings", findings=())
    return dataclasses.replace(snapshot, vms=(unread, empty))


def test_a_vm_whose_data_could_not_be_read_is_never_shown_healthy(demo_snapshot) -> None:
    snapshot = _unreadable(demo_snapshot)
    assert [v.status for v in snapshot.vms] == [Status.UNKNOWN, Status.UNKNOWN]
    html = render_html(snapshot, "en")
    for section in html.split('<section class="vm"')[1:]:
        heading = section[: section.index("</h2>")]
        assert "Could not be checked" in heading and "Pass" not in heading
    assert "No permission to read it." in html.split('id="unread"')[1]
    assert "? <strong>2</strong> Could not be checked" in re.sub(r"<span[^>]*>|</span>", "", html)


def test_redaction_replaces_ids_addresses_and_accounts_consistently(demo_snapshot) -> None:
    entry = AuditEntry(
        time="2026-12-03T01:00:00Z",
        who="ana.silva@contoso.pt",
        target=demo_snapshot.vms[0].id,
        operation="Microsoft.Compute/virtualMachines/extensions/delete",
        action="remove-backup-extension",
        parameters={"note": "from 10.1.2.3 by ana.silva@contoso.pt"},
        vm=demo_snapshot.vms[0].id,
    )
    snapshot = dataclasses.replace(demo_snapshot, account="ana.silva@contoso.pt", audit=(entry,))
    html = render_html(snapshot, "en", redact=True)
    for subscription in SUBSCRIPTION_IDS:
        assert subscription not in html
    assert "ana.silva" not in html and "10.1.2.3" not in html
    first = demo_snapshot.vms[0]
    shown = first.id.replace(first.subscription_id, "[subscription-1]")
    placeholder = re.search(r"\[subscription-\d+\]", html[html.index(first.name) :])
    assert placeholder is not None
    assert first.id.replace(first.subscription_id, placeholder.group(0)) in html or shown in html
    account = re.findall(r"\[(?:account|email)-\d+\]", html)
    assert account and len(set(account)) == 1  # the same account: one placeholder everywhere
    assert "[ip-1]" in html
    assert "Redacted" in html


def test_the_audit_log_shows_each_change_as_before_and_sent(demo_snapshot) -> None:
    """The write-ahead audit keeps what the preview read before the change: the report shows it, redacted too."""
    entry = AuditEntry(
        time="2026-12-03T01:00:00Z",
        who="ana.silva@contoso.pt",
        target=demo_snapshot.vms[0].id + "/providers/Microsoft.Authorization/locks/nao-eliminar",
        operation="Microsoft.Authorization/locks/delete",
        action="remove-rp-lock",
        parameters={"level": "CanNotDelete"},
        vm=demo_snapshot.vms[0].id,
        before={"name": "nao-eliminar", "level": "CanNotDelete", "notes": "pedido por 10.1.2.3"},
    )
    snapshot = dataclasses.replace(demo_snapshot, audit=(entry,))
    audit = render_html(snapshot, "en").split('id="audit"')[1].split("</section>")[0]
    assert "Before → change sent" in audit
    assert "<strong>Before:</strong> name=nao-eliminar, level=CanNotDelete, notes=pedido por 10.1.2.3" in audit
    assert "<strong>Sent:</strong>" in audit and "level: CanNotDelete" in audit
    redacted = render_html(snapshot, "en", redact=True)
    assert "10.1.2.3" not in redacted and "ana.silva" not in redacted
