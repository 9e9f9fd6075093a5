"""A tenant file's JSON Schema check runs once per content: reopening the same bytes skips it, any change does not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.simulator import TenantFileError, load_tenant
from core.simulator import tenant as tenant_module


def test_the_schema_is_checked_once_per_content_and_again_when_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = Path(__file__).parents[1] / "data" / "small-tenant.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    path = tmp_path / "tenant.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    checked: list[int] = []
    real = tenant_module._schema_problems

    def counting(document: Any) -> list[str]:
        checked.append(1)
        return real(document)

    monkeypatch.setattr(tenant_module, "_schema_problems", counting)
    first = load_tenant(path)
    again = load_tenant(path)
    assert len(checked) <= 1  # once, or not at all when another test opened the same bytes before
    assert again.resources == first.resources

    # The same tenant, broken: a resource without its type. New bytes: checked, and refused.
    del data["resources"][0]["type"]
    path.write_text(json.dumps(data), encoding="utf-8")
    before = len(checked)
    with pytest.raises(TenantFileError):
        load_tenant(path)
    assert len(checked) == before + 1
