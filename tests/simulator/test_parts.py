"""The simulator's pieces on their own: filters, times, ids, throttle buckets, fault rules."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.simulator import FaultKind, FaultRule, ThrottleConfig, ids, odata, parse_fault_spec
from core.simulator.errors import ArmError
from core.simulator.faults import FaultInjector
from core.simulator.throttle import Throttler


def test_filters_parse_into_comparisons_joined_by_and_or_not() -> None:
    node = odata.parse("status eq 'Failed' and (operation eq 'Backup' or not operation ne 'Restore') and atScope()")
    fields = [c.field for c in odata.comparisons(node)]
    assert fields == ["status", "operation", "operation"]
    record = {"status": "failed", "operation": "Restore"}
    assert odata.evaluate(node, lambda c: odata.compare(record.get(c.field), c.op, c.value), lambda _: True)
    assert odata.parse("name eq 'O''Brien'") == odata.Comparison("name", "eq", "O'Brien")


@pytest.mark.parametrize(
    "text", ["status eq", "status 'x'", "(status eq 'x'", "status eq 'x' extra", "eq 'x'", "a eq 'x' and"]
)
def test_bad_filters_are_400_invalid_filter(text: str) -> None:
    with pytest.raises(ArmError) as caught:
        odata.parse(text)
    assert caught.value.status == 400 and caught.value.code == "InvalidFilter"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017-08-03T05:31:07.014604Z", datetime(2017, 8, 3, 5, 31, 7, 14604, tzinfo=UTC)),
        ("2016-01-01 00:00:00 AM", datetime(2016, 1, 1, tzinfo=UTC)),
        ("2016-01-01 12:30:00 AM", datetime(2016, 1, 1, 0, 30, tzinfo=UTC)),
        ("2017-11-29 01:00:00 PM", datetime(2017, 11, 29, 13, tzinfo=UTC)),
        ("2024-05-01", datetime(2024, 5, 1, tzinfo=UTC)),
        ("2019-10-14T23:11:22+02:00", datetime(2019, 10, 14, 21, 11, 22, tzinfo=UTC)),
    ],
)
def test_times_in_the_forms_azure_backup_uses(text: str, expected: datetime) -> None:
    assert odata.parse_time(text) == expected


def test_ids() -> None:
    vm = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
    ext = f"{vm}/extensions/VMSnapshot"
    lock = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Authorization/locks/l"
    item = (
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v"
        "/backupFabrics/Azure/protectionContainers/c;1/protectedItems/i;1"
    )
    assert ids.resource_type(ext) == "Microsoft.Compute/virtualMachines/extensions"
    assert ids.resource_type(lock) == "Microsoft.Authorization/locks"
    assert (
        ids.resource_type(item) == "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems"
    )
    assert ids.resource_type("/subscriptions/s/resourceGroups/rg") == "Microsoft.Resources/resourceGroups"
    assert ids.resource_type("/providers/x") is None
    assert ids.parent(ext) == vm and ids.parent(vm) == "/subscriptions/s/resourceGroups/rg"
    assert ids.ancestors(ext) == ["/subscriptions/s", "/subscriptions/s/resourceGroups/rg", vm, ext]
    assert ids.is_under(ext, "/SUBSCRIPTIONS/s/resourcegroups/RG") and not ids.is_under(
        ext, "/subscriptions/s/resourceGroups/r"
    )
    assert ids.decode_path(ids.encode_path(item)) == ids.segments(item)
    assert "%3B" in ids.encode_path(item)


def test_throttle_buckets_refill_at_their_rate() -> None:
    now = [0.0]
    throttler = Throttler(ThrottleConfig(2, 1.0, 1, 0.5), clock=lambda: now[0])
    assert [throttler.check("s", write=False).allowed for _ in range(3)] == [True, True, False]
    denied = throttler.check("s", write=False)
    assert denied.retry_after == 1 and denied.header == "x-ms-ratelimit-remaining-subscription-reads"
    assert throttler.check("other", write=False).allowed  # per subscription
    assert throttler.check("s", write=True).allowed
    write = throttler.check("s", write=True)
    assert not write.allowed and write.retry_after == 2
    now[0] = 1.0
    assert throttler.check("s", write=False).allowed


def test_throttle_config_parsing() -> None:
    assert ThrottleConfig.parse("off") is None
    assert ThrottleConfig.parse("Azure") == ThrottleConfig(250, 25.0, 200, 10.0)
    assert ThrottleConfig.parse("20/2,10/0.5") == ThrottleConfig(20, 2.0, 10, 0.5)
    with pytest.raises(ValueError, match="bad throttle"):
        ThrottleConfig.parse("fast")


def test_fault_specs() -> None:
    rule = parse_fault_spec("503@0.2:/virtualMachines/")
    assert (rule.kind, rule.rate, rule.path_regex, rule.scope) == (FaultKind.HTTP_503, 0.2, "/virtualMachines/", None)
    timeout = parse_fault_spec("timeout,hold=5,max=2,method=get:/instanceView$")
    assert (timeout.hold_seconds, timeout.max_count, timeout.method) == (5.0, 2, "get")
    scoped = parse_fault_spec("403:/subscriptions/s/resourceGroups/rg")
    assert scoped.scope == "/subscriptions/s/resourceGroups/rg" and scoped.path_regex is None
    assert parse_fault_spec("reset:").path_regex is None and parse_fault_spec("reset:").scope is None
    assert parse_fault_spec("500:re=/subscriptions/.*/disks").path_regex == "/subscriptions/.*/disks"
    for bad in ["boom:/x", "503", "503@2:/x", "503,max=x:/x", "503,color=red:/x", "500:re=("]:
        with pytest.raises(ValueError, match="bad fault"):
            parse_fault_spec(bad)


def test_fault_dice_are_seeded_and_max_count_is_honoured() -> None:
    def fired(seed: int) -> list[bool]:
        injector = FaultInjector([FaultRule(FaultKind.HTTP_500, rate=0.5)], seed=seed)
        return [injector.pick("GET", "/x") is not None for _ in range(40)]

    assert fired(7) == fired(7)
    assert 5 < sum(fired(7)) < 35
    capped = FaultInjector([FaultRule(FaultKind.RESET, path_regex="disks", max_count=2, method="GET")])
    assert capped.pick("DELETE", "/disks") is None
    assert [capped.pick("GET", "/DISKS") is not None for _ in range(3)] == [True, True, False]
    assert capped.fired() == [2]


def test_a_fault_after_n_lets_the_first_n_matching_requests_through() -> None:
    third_page = parse_fault_spec("403,after=2:/virtualMachines$")
    assert third_page.after == 2
    injector = FaultInjector([third_page])
    assert injector.pick("GET", "/subscriptions/s/disks") is None  # not a match: not counted
    assert [injector.pick("GET", "/subscriptions/s/virtualMachines") is not None for _ in range(4)] == [
        False, False, True, True
    ]
    with pytest.raises(ValueError, match="bad fault"):
        parse_fault_spec("403,after=x:/x")
