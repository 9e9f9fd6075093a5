"""Job errors for the codes documented since the seed, for simulated backup jobs.

The message is the catalog's documented message (resources/catalog.json) and the recommendation points to
the documentation. Where Microsoft documents the number of a code (320001 ResourceNotFound, 400094
BCMV2VMNotFound, 380008 AzureVmOffline) the job's errorCode is that number; elsewhere, as for the seed's
codes in `tenant_shapes.ERRORS`, it is a FICTIONAL number from 470001 up, never a value to match on.
"""

from __future__ import annotations

from core.catalog import load_catalog

FICTIONAL_BASE = 470000
#: Service-level numbers have six digits; shorter ones are Linux extension status codes, not job codes.
_SERVICE_DIGITS = 6


def errors_since_seed(known: set[str]) -> list[tuple[str, int, str, tuple[str, ...]]]:
    """(code name, errorCode, message, recommendations) for every catalog code not in `known`."""
    found: list[tuple[str, int, str, tuple[str, ...]]] = []
    for index, entry in enumerate(load_catalog().entries, start=1):
        if entry.code in known:
            continue
        service = [n for n in entry.numeric_codes if len(n) == _SERVICE_DIGITS]
        number = int(service[0]) if service else FICTIONAL_BASE + index
        found.append((entry.code, number, entry.message, (f"For more information, see {entry.url}",)))
    return found
