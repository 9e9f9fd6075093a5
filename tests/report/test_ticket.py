"""Copy for ticket: a VM as plain text to paste into a ticket, inert whatever Azure or a file said."""

from __future__ import annotations

import re

import pytest
from hostile import HOSTILE

from core.catalog_translator import translator_for
from core.report.snapshot import ScanSnapshot
from core.report.ticket import ticket_text

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")


@pytest.mark.parametrize("language", ["en", "pt-PT"])
def test_hostile_values_come_out_inert_in_the_ticket_text(forged_snapshot: ScanSnapshot, language) -> None:
    translate = translator_for(language)
    seen = set()
    for vm in forged_snapshot.vms:
        text = ticket_text(vm, translate, scanned_at=forged_snapshot.scanned_at, target=forged_snapshot.target)
        assert UNSAFE.search(text) is None, vm.id  # no terminal escape, NUL or bidi override survives
        assert max(len(line) for line in text.splitlines()) <= 1100  # 10,000-character messages are cut
        assert "L" * 2000 not in text
        seen |= {kind for kind in HOSTILE if f"{kind}-marker" in text}
    assert seen == set(HOSTILE)  # every hostile value was there, as text


def test_the_ticket_says_what_is_wrong_why_and_what_to_do_in_the_window_language(demo_snapshot) -> None:
    vm = next(v for v in demo_snapshot.vms if v.name == "vm-dev-lnx01")
    text = ticket_text(
        vm, translator_for("pt-PT"), scanned_at=demo_snapshot.scanned_at, target="Inquilino de demonstração"
    )
    lines = text.splitlines()
    assert lines[0] == f"Máquina virtual: vm-dev-lnx01 (rg-dev, {vm.subscription_id})"
    assert lines[1].startswith("Estado geral: ✖ Falha — Códigos de erro: UserErrorGuestAgentStatusUnavailable")
    assert "Causas documentadas, pela ordem do artigo:" in text
    assert "    - O agente convidado está desatualizado ou parado: confirmada" in lines
    assert any(line.startswith("   Passo seguinte: Assistente de correção no Backup Doctor — ") for line in lines)
    assert "Estado do agente mostrado pelo Azure: Not Ready" in text
    assert lines[-2:] == ["Alterações feitas:", "  nada foi alterado"]
