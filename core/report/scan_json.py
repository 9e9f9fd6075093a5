"""A scan as JSON (`backup-doctor scan --format json`, documented in docs/scan-output.md), streamed.

The document is `ScanReport.to_json()`, written piece by piece: the header, then each VM encoded on its
own line by the C encoder, then the rest. A 10,000-VM scan is never held as one dict tree or one string
(`json.dumps(indent=2)` of the whole document doubled the command's peak memory, issue 15), and a reader
sees each VM as soon as it is written.
"""

from __future__ import annotations

import json
from typing import TextIO

from core.i18n import Translate, english
from core.scan import ScanReport

# One encoder for the whole document: no indent and default separators keep the C fast path
# (`c_make_encoder`), and `ensure_ascii=False` writes names as they are (the stream is UTF-8).
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def write_scan_json(report: ScanReport, out: TextIO, translate: Translate = english) -> None:
    """`report.to_json(translate)` written to `out` as it is encoded, one VM per line."""
    document = report.to_json_header(translate)
    out.write("{")
    for index, (key, value) in enumerate(document.items()):
        out.write(f"{',' if index else ''}\n  {_ENCODE(key)}: ")
        if key != "vms":
            out.write(_ENCODE(value))
            continue
        out.write("[")
        for number, result in enumerate(report.vms):
            out.write(",\n    " if number else "\n    ")
            out.write(_ENCODE(result.to_json(translate)))
        out.write("\n  ]" if report.vms else "]")
    out.write("\n}\n")


__all__ = ["write_scan_json"]
