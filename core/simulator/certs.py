"""A throwaway certificate authority per server, so clients verify TLS instead of turning it off.

azure-core refuses bearer tokens over plain http, and this machine's REQUESTS_CA_BUNDLE would
override a session's own `verify`: clients pass `connection_verify=server.ca_file`, which wins.
"""

from __future__ import annotations

import contextlib
import os
import ssl
import tempfile
from dataclasses import dataclass

import trustme


@dataclass(frozen=True)
class ServerTls:
    context: ssl.SSLContext
    ca_file: str

    def remove(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.ca_file)


def make_server_tls(folder: str | None = None) -> ServerTls:
    """A new CA and server certificate; the CA file goes in `folder` (default: the temporary folder)."""
    authority = trustme.CA(organization_name="Backup Doctor simulator")
    certificate = authority.issue_cert("127.0.0.1", "localhost", "::1")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    certificate.configure_cert(context)
    handle, path = tempfile.mkstemp(prefix="backup-doctor-sim-ca-", suffix=".pem", dir=folder)
    with os.fdopen(handle, "wb") as out:
        out.write(authority.cert_pem.bytes())
    return ServerTls(context, path)
