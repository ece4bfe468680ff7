"""What keeps `policykb serve` safe to open: the headers of every response.

Headers: every response carries ``X-Content-Type-Options: nosniff`` and the
Content-Security-Policy of ``schema/security.yml`` (data, not code; the file
says why each source is there).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml

from ..lexicons import schema_dir


@lru_cache(maxsize=None)
def security_config() -> dict[str, Any]:
    """``schema/security.yml``, read once."""
    return yaml.safe_load((schema_dir() / "security.yml").read_text(encoding="utf-8"))


def policy_for(path: str) -> str:
    """The Content-Security-Policy header value for a request path.

    Example: ``policy_for("/policy/quotas")`` → ``"default-src 'none'; script-src 'self' 'sha256-…'; …"``;
    ``policy_for("/-/dashboards/compare")`` has the dashboards' script-src.
    """
    return _policy_for_prefix(_prefix(path))


def _prefix(path: str) -> str:
    for prefix in security_config().get("paths") or {}:
        if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
            return prefix
    return ""


@lru_cache(maxsize=None)
def _policy_for_prefix(prefix: str) -> str:
    config = security_config()
    directives = dict(config["policy"])
    if prefix:
        directives.update(config["paths"][prefix])
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


def security_headers(app):
    """ASGI middleware: set the headers of ``schema/security.yml`` on every HTTP response (replacing any of the same name)."""
    fixed = [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in security_config()["headers"].items()]
    names = {k for k, _ in fixed} | {b"content-security-policy"}

    async def wrapped(scope, receive, send):
        if scope.get("type") != "http":
            await app(scope, receive, send)
            return
        csp = policy_for(scope.get("path", "")).encode("latin-1")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = dict(message, headers=headers + fixed + [(b"content-security-policy", csp)])
            await send(message)

        await app(scope, receive, send_with_headers)

    return wrapped
