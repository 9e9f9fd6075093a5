"""The HTTPS server that puts the simulated ARM on 127.0.0.1 for the real Azure SDK clients.

with SimulatorServer(load_tenant("tenant.json")) as server:
    client = ComputeManagementClient(credential, sub_id, base_url=server.base_url,
                                     connection_verify=server.ca_file, polling_interval=0)
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import struct
import threading
import time
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, cast
from urllib.parse import parse_qsl, urlsplit

from core.simulator import ids
from core.simulator.arm import SimulatedArm
from core.simulator.certs import ServerTls, make_server_tls
from core.simulator.entra import SimulatedEntra
from core.simulator.faults import FaultRule
from core.simulator.messages import Hold, Outcome, Request, Reset, Response
from core.simulator.requestlog import RequestLog, RequestLogEntry
from core.simulator.store import ResourceStore
from core.simulator.tenant import Tenant
from core.simulator.throttle import ThrottleConfig, Throttler

_log = logging.getLogger(__name__)
_MAX_BODY = 16 * 1024 * 1024


class SimulatorServer:
    """A running simulated tenant. Knobs (latency, page size, throttling, faults, LRO polls) can change
    while it serves; each request reads them when it arrives."""

    def __init__(
        self,
        tenant: Tenant,
        *,
        port: int = 0,
        latency_ms: float = 0,
        page_size: int | None = 3,
        throttle: ThrottleConfig | None = None,
        faults: Sequence[FaultRule] = (),
        lro_polls: int = 1,
        fault_seed: int = 0,
        ca_folder: str | None = None,
    ) -> None:
        self.arm = SimulatedArm(
            tenant,
            latency_ms=latency_ms,
            page_size=page_size,
            lro_polls=lro_polls,
            throttle=throttle,
            faults=faults,
            fault_seed=fault_seed,
        )
        self.entra = SimulatedEntra(self.arm.context)
        self._port = port
        self._ca_folder = ca_folder
        self._log = RequestLog()
        self._tls: ServerTls | None = None
        self._httpd: _HttpServer | None = None
        self._thread: threading.Thread | None = None

    # Lifecycle

    def start(self) -> SimulatorServer:
        if self._httpd is not None:
            return self
        self._tls = make_server_tls(self._ca_folder)
        self.arm.stopping.clear()
        httpd = _HttpServer(("127.0.0.1", self._port), self._tls.context, self)
        self._httpd = httpd
        self.arm.context.base_url = self.base_url
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="simulator-accept", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self.arm.stopping.set()  # ends held (timeout fault) and delayed (latency) answers at once
        httpd.shutdown()
        httpd.server_close()
        httpd.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._tls is not None:
            self._tls.remove()

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    # Where to connect

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the simulator is not running")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def ca_file(self) -> str:
        if self._tls is None:
            raise RuntimeError("the simulator is not running")
        return self._tls.ca_file

    # State and knobs

    @property
    def store(self) -> ResourceStore:
        return self.arm.store

    @property
    def request_log(self) -> list[RequestLogEntry]:
        """A snapshot of every request answered (or not) so far, oldest first."""
        return self._log.entries()

    def clear_request_log(self) -> None:
        self._log.clear()

    @property
    def latency_ms(self) -> float:
        return self.arm.settings.latency_ms

    @latency_ms.setter
    def latency_ms(self, value: float) -> None:
        self.arm.settings.latency_ms = max(0.0, float(value))

    @property
    def page_size(self) -> int | None:
        """Items per page of every list; None: each list's Azure-like page size."""
        return self.arm.settings.page_size

    @page_size.setter
    def page_size(self, value: int | None) -> None:
        self.arm.settings.page_size = max(1, int(value)) if value is not None else None

    @property
    def lro_polls(self) -> int:
        return self.arm.settings.lro_polls

    @lro_polls.setter
    def lro_polls(self, value: int) -> None:
        self.arm.settings.lro_polls = max(0, int(value))

    @property
    def throttle(self) -> ThrottleConfig | None:
        return self.arm.throttler.config if self.arm.throttler else None

    @throttle.setter
    def throttle(self, config: ThrottleConfig | None) -> None:
        """Set or remove throttling; buckets start full."""
        self.arm.throttler = Throttler(config) if config else None

    def add_fault(self, rule: FaultRule) -> None:
        self.arm.faults.add(rule)

    def clear_faults(self) -> None:
        self.arm.faults.clear()

    # Used by the request handler

    def _record(self, entry: RequestLogEntry) -> None:
        self._log.add(entry)


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], context: ssl.SSLContext, owner: SimulatorServer) -> None:
        self.tls_context = context
        self.owner = owner
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def get_request(self) -> tuple[Any, Any]:
        # The TLS handshake waits for the handler thread (do_handshake_on_connect=False), so a slow
        # or broken client can never stall the accept loop.
        sock, address = self.socket.accept()
        try:
            wrapped = self.tls_context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        except OSError:
            sock.close()  # the client was gone before we could start TLS
            raise
        with self._connections_lock:
            self._connections.add(wrapped)
        return wrapped, address

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Wake keep-alive handler threads blocked on a read, so nothing outlives stop()."""
        with self._connections_lock:
            connections = list(self._connections)
            self._connections.clear()
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that drop connections mid-handshake are normal (timeouts, resets): no tracebacks.
        _log.debug("connection from %s ended with an error", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "BackupDoctorSimulator/1.0"
    sys_version = ""
    timeout = 120  # seconds an idle keep-alive connection may stay open
    server: _HttpServer

    def setup(self) -> None:
        self.request.settimeout(self.timeout)
        cast(ssl.SSLSocket, self.request).do_handshake()
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:
        _log.debug("%s - %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def _serve(self) -> None:
        started = time.perf_counter()
        owner = self.server.owner
        request = self._read_request()
        if isinstance(request, Response):
            outcome: Outcome = request
        elif owner.entra.handles(request):
            outcome = owner.entra.handle(request)
        else:
            outcome = owner.arm.handle(request)
        if isinstance(outcome, Hold):
            owner.arm.stopping.wait(outcome.seconds)
            self.close_connection = True
            self._record(started, None, "timeout")
        elif isinstance(outcome, Reset):
            self._record(started, None, "reset")
            self._reset()
        else:
            # Logged before the answer leaves, so a client that reads the log after its call returns
            # always finds the call there.
            self._record(started, outcome.status, outcome.fault)
            try:
                self._send(outcome)
            except OSError:
                self.close_connection = True  # the client left first (its own timeout, for one)

    def _record(self, started: float, status: int | None, fault: str | None) -> None:
        split = urlsplit(self.path)
        self.server.owner._record(
            RequestLogEntry(
                method=self.command,
                path=split.path,
                query=dict(parse_qsl(split.query, keep_blank_values=True)),
                status=status,
                duration_ms=(time.perf_counter() - started) * 1000,
                fault=fault,
                headers={k.lower(): v for k, v in self.headers.items() if k.lower() != "authorization"},
            )
        )

    def _read_request(self) -> Request | Response:
        length_text = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self.close_connection = True
            return Response(411, {"error": {"code": "LengthRequired", "message": "Send a Content-Length."}})
        try:
            length = int(length_text) if length_text else 0
        except ValueError:
            length = -1
        if length < 0 or length > _MAX_BODY:
            self.close_connection = True
            return Response(400, {"error": {"code": "InvalidRequestContent", "message": "Bad Content-Length."}})
        body = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        pairs = parse_qsl(split.query, keep_blank_values=True)
        return Request(
            method=self.command,
            raw_path=split.path,
            query={name.lower(): value for name, value in pairs},
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            segments=ids.decode_path(split.path),
            raw_query=split.query,
        )

    def _send(self, response: Response) -> None:
        payload = response.encoded()
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.body is not None or response.raw is not None:
            self.send_header("Content-Type", response.content_type)
        if response.status != 204:
            # 204 must not carry Content-Length; every other answer does, so keep-alive never guesses.
            self.send_header("Content-Length", str(len(payload)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if payload and self.command != "HEAD":
            self.wfile.write(payload)

    def _reset(self) -> None:
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN: a connection reset.
        self.close_connection = True
        try:
            self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            raw = socket.socket(fileno=self.request.detach())
            raw.close()
        except OSError:
            pass
