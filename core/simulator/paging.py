"""List answers in pages: `{"value": [...], "nextLink": ...}` with the link on the server's own URL.

Compute's SDK follows nextLink exactly as sent, and the other SDKs re-read its query, so the link
carries every parameter of the first request (api-version, $expand, $filter...) plus `$skiptoken`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from core.simulator.errors import bad_request
from core.simulator.messages import Request, Response

SKIP_TOKEN = "$skiptoken"


def paged(request: Request, items: list[Any], *, page_size: int, base_url: str) -> Response:
    token = request.param(SKIP_TOKEN)
    try:
        start = int(token) if token else 0
    except ValueError:
        raise bad_request(f"The $skiptoken '{token}' is not valid.", code="InvalidSkipToken") from None
    if start < 0:
        raise bad_request(f"The $skiptoken '{token}' is not valid.", code="InvalidSkipToken")
    size = max(1, page_size)
    body: dict[str, Any] = {"value": items[start : start + size]}
    if start + size < len(items):
        params = [
            (name, value)
            for name, value in parse_qsl(request.raw_query, keep_blank_values=True)
            if name.lower() != SKIP_TOKEN
        ]
        params.append((SKIP_TOKEN, str(start + size)))
        body["nextLink"] = f"{base_url}{request.raw_path}?{urlencode(params, quote_via=quote)}"
    return Response(200, body)
