"""Reading one VM again (a verification step): the same facts a scan of its subscription gives."""

from __future__ import annotations

from core.checks import evaluate
from core.collect import collect_vm
from core.scan import run_scan
from core.session import Session

from .helpers import server, vm_id


def test_one_vm_is_read_as_a_scan_reads_it(session: Session) -> None:
    report = run_scan(session.gateway)
    for name in ("vm-ftp01", "vm-fin-app01", "vm-dev-app03", "vm-erp-app03", "vm-sql-legacy01"):
        scanned = next(r for r in report.vms if r.facts.name == name)
        server(session).clear_request_log()
        facts = collect_vm(session.gateway, scanned.facts.id)
        again = evaluate(facts)
        assert [(f.check, f.status) for f in again] == [(f.check, f.status) for f in scanned.findings], name
        # Only this VM's own restore point collections are read one by one.
        expanded = [
            e.path.rsplit("/", 1)[1]
            for e in server(session).request_log
            if "/restorepointcollections/" in e.path.lower()
        ]
        assert all(name in collection for collection in expanded), expanded


def test_a_vm_that_is_gone_raises_a_404_problem(session: Session) -> None:
    from core.azure.errors import AzureProblemError

    gone = vm_id(session, "vm-erp-app07")
    server(session).store.delete(gone)
    try:
        collect_vm(session.gateway, gone)
    except AzureProblemError as error:
        assert error.status == 404
    else:
        raise AssertionError("a deleted VM must not be read")
