"""Writes resources/demo-tenant.json, the tenant behind `--demo` (described in docs/demo-tenant.md).

The file is generated so that its ids, container names, disks and restore points stay consistent; edit the
scenarios in scripts/demo_tenant/ (one entry per VM), not the JSON, then run from the repository root:

    python scripts/make_demo_tenant.py            # rewrite resources/demo-tenant.json
    python scripts/make_demo_tenant.py --check    # exit 1 when the file is not what this script writes
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: build from this checkout's `core`, not an installed one
    sys.path.insert(0, str(ROOT))

import demo_tenant  # noqa: E402  (scripts/demo_tenant/, beside this script)
from demo_tenant.common import (  # noqa: E402
    BMS_OBJECT_ID,
    DEPLOY_SP_APP_ID,
    DEPLOY_SP_OBJECT_ID,
    SUBSCRIPTIONS,
    TENANT_ID,
)
from demo_tenant.infrastructure import infrastructure  # noqa: E402

from core.simulator.shapes import (  # noqa: E402
    BACKUP_MANAGEMENT_SERVICE_APP_ID,
    BACKUP_MANAGEMENT_SERVICE_NAME,
    JsonDict,
    service_principal,
    tenant_document,
    vm_bundle,
)
from core.simulator.shapes.scenarios import protected_items_per_policy  # noqa: E402

OUT = ROOT / "resources" / "demo-tenant.json"


def build() -> JsonDict:
    all_demos = demo_tenant.all_demos()
    names = [demo.spec.name for demo in all_demos]
    duplicates = [name for name, count in Counter(names).items() if count > 1]
    if duplicates:
        raise ValueError(f"duplicate VM names: {duplicates}")
    resources = infrastructure(protected_items_per_policy(demo.protection for demo in all_demos))
    gone_types = {"microsoft.compute/virtualmachines", "microsoft.compute/virtualmachines/extensions"}
    gone_types.add("microsoft.compute/disks")
    for demo in all_demos:
        bundle = vm_bundle(demo.spec, demo.protection)
        if demo.guest is not None:
            bundle[0]["guest"] = demo.guest  # the VM itself comes first in its bundle
        if demo.vm_deleted:
            bundle = [r for r in bundle if str(r.get("type", "")).lower() not in gone_types]
        resources.extend(bundle)
    principals = [
        service_principal(BMS_OBJECT_ID, BACKUP_MANAGEMENT_SERVICE_APP_ID, BACKUP_MANAGEMENT_SERVICE_NAME),
        service_principal(DEPLOY_SP_OBJECT_ID, DEPLOY_SP_APP_ID, "sp-contoso-deploy"),
    ]
    return tenant_document(TENANT_ID, SUBSCRIPTIONS, principals, resources)


def render(document: JsonDict) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def scenario_table() -> str:
    """The Markdown table of docs/demo-tenant.md (printed with --table)."""
    subscription_names = dict(SUBSCRIPTIONS)
    lines = [
        "| VM | OS | subscription / resource group | `demo-scenario` | planted | demonstrates |",
        "|---|---|---|---|---|---|",
    ]
    for demo in demo_tenant.all_demos():
        spec = demo.spec
        where = f"{subscription_names[spec.subscription_id]} / {spec.resource_group} ({spec.location})"
        lines.append(
            f"| {spec.name} | {spec.os_type} | {where} | `{spec.scenario}` | {demo.planted} | {demo.demonstrates} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only compare with the file; exit 1 when it differs")
    parser.add_argument("--table", action="store_true", help="print the scenario table for docs/demo-tenant.md")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if args.table:
        print(scenario_table())
        return 0
    text = render(build())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date: run python scripts/make_demo_tenant.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text):,} characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
