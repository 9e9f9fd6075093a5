"""Job errors for the codes documented since the seed, for simulated backup jobs.

The message is the catalog's documented message (resources/catalog.json) and the recommendation points to
the documentation. Where Microsoft documents the number of a code (320001 ResourceNotFound, 400094
BCMV2VMNotFound, 380008 AzureVmOffline) the job's errorCode is that number; elsewhere, as for the seed's
codes in `shapes.job_errors.ERRORS`, it is a FICTIONAL number from 470001 up, never a value to match on.

The simulator stands in for Azure, so it reads the catalog file as data (found by `core.locator`) rather
than through the product's `core.catalog`, which validates it (tests/checks hold the file to that).
"""

from __future__ import annotations

import json
from typing import Any

from core import locator

FICTIONAL_BASE = 470000
# Service-level numbers have six digits; shorter ones are Linux extension status codes, not job codes.
_SERVICE_DIGITS = 6


def _documentation_url(item: dict[str, Any], base_url: str) -> str:
    """The code's own page (`url`) or the source page at its `anchor`, as resources/catalog.json writes them."""
    return str(item["url"]) if "url" in item else f"{base_url}#{item['anchor']}"


def errors_since_seed(known: set[str]) -> list[tuple[str, int, str, tuple[str, ...]]]:
    """(code name, errorCode, message, recommendations) for every catalog code not in `known`."""
    catalog = json.loads(locator.resource("catalog.json").read_text(encoding="utf-8"))
    base_url = str(catalog["source"]["url"])
    found: list[tuple[str, int, str, tuple[str, ...]]] = []
    for index, item in enumerate(catalog["codes"], start=1):
        code = str(item["code"])
        if code in known:
            continue
        numbers = [str(n).strip() for n in item.get("numericCodes", ())]
        service = [n for n in numbers if len(n) == _SERVICE_DIGITS]
        number = int(service[0]) if service else FICTIONAL_BASE + index
        url = _documentation_url(item, base_url)
        found.append((code, number, str(item["message"]), (f"For more information, see {url}",)))
    return found
