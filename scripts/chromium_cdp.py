"""Open a local HTML file in headless Chromium over the DevTools protocol (stdlib only).

Used by the report tests (console errors, network requests, printed PDF) and by
scripts/report_screenshots.py. Chromium talks DevTools over a pipe (`--remote-debugging-pipe`: it
reads commands from fd 3 and writes answers and events to fd 4, NUL-separated JSON), so no
websocket library and no port are needed.

    with Chromium() as browser:
        page = browser.open(path, width=1200, height=900)
        page.requests, page.console, page.screenshot(...), page.pdf()
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Flags for this kind of machine: no sandbox (containers), no GPU, nothing phoning home.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
)
TIMEOUT_S = 60.0


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class ChromiumError(RuntimeError):
    pass


@dataclass
class Page:
    browser: Chromium
    session: str
    #: Every URL the page asked for (the document itself included).
    requests: list[str] = field(default_factory=list)
    #: Console messages and browser log entries: (level, text).
    console: list[tuple[str, str]] = field(default_factory=list)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        return self.browser.call(method, params, session=self.session)

    @property
    def errors(self) -> list[str]:
        return [text for level, text in self.console if level in ("error", "assert")]

    def screenshot(self, path: Path, *, full_page: bool = False) -> None:
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            metrics = self.call("Page.getLayoutMetrics")
            size = metrics["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", **params)["data"]
        path.write_bytes(base64.b64decode(data))

    def pdf(self) -> bytes:
        result = self.call("Page.printToPDF", paperWidth=8.27, paperHeight=11.69, printBackground=True)
        return base64.b64decode(result["data"])

    def evaluate(self, expression: str) -> Any:
        """DevTools evaluation (not page script: the report's CSP forbids scripts, DevTools is exempt)."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")


class Chromium:
    def __init__(self, executable: str | None = None) -> None:
        self.executable = executable or chromium_path()
        if self.executable is None:
            raise ChromiumError("Chromium is not installed (scripts/setup installs Debian's chromium)")
        self._profile = tempfile.TemporaryDirectory(prefix="bd-chromium-")
        self._next_id = 0
        self._buffer = b""
        self._pages: dict[str, Page] = {}
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Chromium:
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()

        def child_fds() -> None:  # runs in the child between fork and exec
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self._process = subprocess.Popen(
            [str(self.executable), *FLAGS, f"--user-data-dir={self._profile.name}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4, to_browser_r, from_browser_w),  # 3 and 4 are set by child_fds
            preexec_fn=child_fds,  # only dup2: safe between fork and exec
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._write = os.fdopen(to_browser_w, "wb", buffering=0)
        self._read = os.fdopen(from_browser_r, "rb", buffering=0)
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(ChromiumError, OSError):
            self.call("Browser.close", {})
        if self._process is not None:
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._write.close()
        self._read.close()
        self._profile.cleanup()

    # --- protocol --------------------------------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        self._write.write(json.dumps(message).encode() + b"\0")

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise ChromiumError("Chromium did not answer in time")
            chunk = self._read.read(65536)
            if not chunk:
                raise ChromiumError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        self._event(message)
        return message

    def _event(self, message: dict[str, Any]) -> None:
        page = self._pages.get(message.get("sessionId", ""))
        method = message.get("method")
        if page is None or method is None:
            return
        params = message.get("params", {})
        if method == "Network.requestWillBeSent":
            page.requests.append(params["request"]["url"])
        elif method == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            page.console.append((params.get("type", ""), text))
        elif method == "Runtime.exceptionThrown":
            page.console.append(("error", params.get("exceptionDetails", {}).get("text", "exception")))
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            page.console.append((entry.get("level", ""), entry.get("text", "")))

    def call(self, method: str, params: dict[str, Any], *, session: str | None = None) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self._send(message)
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            answer = self._receive(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise ChromiumError(f"{method}: {answer['error'].get('message')}")
                result: dict[str, Any] = answer.get("result", {})
                return result

    def wait_for(self, page: Page, event: str) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            message = self._receive(deadline)
            if message.get("method") == event and message.get("sessionId") == page.session:
                return

    def open(self, path: Path, *, width: int = 1200, height: int = 900, mobile: bool = False) -> Page:
        """Load a file in a new tab, listening to its requests and console from the start."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        self._pages[session] = page
        for domain in ("Page", "Network", "Runtime", "Log"):
            page.call(f"{domain}.enable")
        page.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=mobile,
        )
        page.call("Page.navigate", url=path.resolve().as_uri())
        self.wait_for(page, "Page.loadEventFired")
        page.evaluate("document.fonts.ready.then(() => true)")
        return page
