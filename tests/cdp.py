"""A small Chrome DevTools Protocol client over ``--remote-debugging-pipe``, for driving headless Chromium in tests.

No websocket library and no npm package: Chromium reads JSON commands from
file descriptor 3 and writes replies and events to descriptor 4, each message
ended by a NUL byte. Clicks, drags and typing go through ``Input.*`` events,
so the page sees what a researcher's mouse and keyboard would do.

Example:
    with Browser(CHROMIUM, home) as browser:
        page = browser.page()
        page.goto("http://127.0.0.1:8001/policy/-/notice/2")
        page.click("li#ex-quotas-640-660 button.rv-reject")
"""

from __future__ import annotations

import base64
import json
import os
import queue
import subprocess
import threading
import time
from pathlib import Path
from typing import Any


class CDPError(RuntimeError):
    """Chromium answered a command with an error, or did not answer in time."""


class Browser:
    """Headless Chromium driven through a pipe; use as a context manager."""

    def __init__(self, chromium: Path, home: Path, size: tuple[int, int] = (1280, 900)) -> None:
        self.chromium, self.home, self.size = chromium, home, size
        self.proc: subprocess.Popen | None = None
        self._next = 0
        self._replies: dict[int, queue.Queue] = {}
        self._events: queue.Queue = queue.Queue()
        self._lock = threading.Lock()

    def __enter__(self) -> "Browser":
        self.home.mkdir(parents=True, exist_ok=True)
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()

        def fds() -> None:  # in the child: the pipe ends on 3 and 4, where Chromium looks for them
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        command = [
            str(self.chromium), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            # Only this machine answers: a request elsewhere (the map's tile server) fails at once
            # instead of hanging until the virtual-time budget or the test times out.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
            "--remote-debugging-pipe", f"--user-data-dir={self.home / 'profile'}", "--hide-scrollbars",
            f"--window-size={self.size[0]},{self.size[1]}", "about:blank",
        ]
        env = dict(os.environ, HOME=str(self.home))  # Chromium writes under $HOME/.config (FIELD-NOTES)
        self.proc = subprocess.Popen(command, env=env, preexec_fn=fds, close_fds=False,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._out = os.fdopen(to_browser_w, "wb", buffering=0)
        self._in = os.fdopen(from_browser_r, "rb", buffering=0)
        threading.Thread(target=self._read, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except (CDPError, OSError):
            pass
        if self.proc is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        for f in (self._out, self._in):
            try:
                f.close()
            except OSError:
                pass

    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = self._in.read(65536)
            except (OSError, ValueError):
                return
            if not chunk:
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                if "id" in msg:
                    with self._lock:
                        q = self._replies.get(msg["id"])
                    if q is not None:
                        q.put(msg)
                else:
                    self._events.put(msg)

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 30) -> dict:
        """Send one command and wait for its reply; returns its ``result``."""
        with self._lock:
            self._next += 1
            mid = self._next
            q: queue.Queue = queue.Queue()
            self._replies[mid] = q
        msg: dict[str, Any] = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self._out.write(json.dumps(msg).encode() + b"\0")
        try:
            reply = q.get(timeout=timeout)
        except queue.Empty:
            raise CDPError(f"{method}: no reply in {timeout} s") from None
        finally:
            with self._lock:
                self._replies.pop(mid, None)
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait_event(self, method: str, session: str | None = None, timeout: float = 30) -> dict:
        """The next event ``method`` (of ``session``); earlier other events are dropped."""
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise CDPError(f"no {method} event in {timeout} s")
            try:
                ev = self._events.get(timeout=left)
            except queue.Empty:
                continue
            if ev.get("method") == method and (session is None or ev.get("sessionId") == session):
                return ev.get("params", {})

    def drain(self) -> None:
        while not self._events.empty():
            self._events.get_nowait()

    def page(self) -> "Page":
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        page.send("Page.enable")
        page.send("Runtime.enable")
        # Record what the Content-Security-Policy blocks (an inline script, a handler, a form to elsewhere);
        # injected through the protocol, so the policy does not block the recorder itself.
        page.send("Page.addScriptToEvaluateOnNewDocument", {"source": (
            "window.__cspViolations = [];"
            "document.addEventListener('securitypolicyviolation',"
            " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
        )})
        page.send("Emulation.setDeviceMetricsOverride",
                  {"width": self.size[0], "height": self.size[1], "deviceScaleFactor": 1, "mobile": False})
        return page


class Page:
    """One tab: navigate, evaluate, click, type, drag-select, screenshot."""

    def __init__(self, browser: Browser, session: str) -> None:
        self.browser, self.session = browser, session

    def send(self, method: str, params: dict | None = None, timeout: float = 30) -> dict:
        return self.browser.send(method, params, self.session, timeout)

    def js(self, expression: str) -> Any:
        """Evaluate ``expression`` in the page and return its (JSON) value."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise CDPError(f"{expression}: {result['exceptionDetails'].get('exception', {}).get('description')}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 10) -> Any:
        """Poll ``expression`` until it is truthy (scripts run after input events, not with them); returns its value."""
        end = time.monotonic() + timeout
        while True:
            value = self.js(expression)
            if value or time.monotonic() > end:
                return value
            time.sleep(0.05)

    def goto(self, url: str) -> None:
        self.browser.drain()
        self.send("Page.navigate", {"url": url})
        self.browser.wait_event("Page.loadEventFired", self.session)

    def wait_for_load(self) -> None:
        self.browser.wait_event("Page.loadEventFired", self.session)

    def _center(self, selector: str) -> tuple[float, float]:
        rect = self.js(
            f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
            " if (!el) return null; el.scrollIntoView({block: 'center'});"
            " const r = el.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        if rect is None:
            raise CDPError(f"no element {selector}")
        return rect[0], rect[1]

    def mouse(self, kind: str, x: float, y: float, buttons: int = 1) -> None:
        self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left",
                                               "buttons": buttons, "clickCount": 1})

    def click(self, selector: str, navigates: bool = False) -> None:
        """A real mouse click in the middle of the element (after scrolling it into view)."""
        x, y = self._center(selector)
        if navigates:
            self.browser.drain()
        self.mouse("mouseMoved", x, y, 0)
        self.mouse("mousePressed", x, y)
        self.mouse("mouseReleased", x, y, 0)
        if navigates:
            self.wait_for_load()

    def type(self, selector: str, text: str) -> None:
        """Click into a field, select what it holds, and type ``text`` over it."""
        self.click(selector)
        self.js(f"document.querySelector({json.dumps(selector)}).select()")
        self.send("Input.insertText", {"text": text})

    def drag_select(self, selector: str, start: int, end: int) -> None:
        """Select characters [start, end) of the element's text with the mouse: press, drag, release."""
        points = self.js(
            f"(() => {{ const el = document.querySelector({json.dumps(selector)}); el.scrollIntoView({{block: 'center'}});"
            " const node = el.firstChild; const r = document.createRange();"
            f" r.setStart(node, {start}); r.setEnd(node, {start + 1}); const a = r.getBoundingClientRect();"
            f" r.setStart(node, {end - 1}); r.setEnd(node, {end}); const b = r.getBoundingClientRect();"
            " return [a.left + 1, a.top + a.height / 2, b.right - 1, b.top + b.height / 2]; })()"
        )
        x0, y0, x1, y1 = points
        self.mouse("mouseMoved", x0, y0, 0)
        self.mouse("mousePressed", x0, y0)
        for i in range(1, 6):
            self.mouse("mouseMoved", x0 + (x1 - x0) * i / 5, y0 + (y1 - y0) * i / 5)
        self.mouse("mouseReleased", x1, y1, 0)

    def csp_violations(self) -> list[str]:
        """What the page's Content-Security-Policy blocked since it loaded."""
        return self.js("window.__cspViolations") or []

    def screenshot(self, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))
        return path
