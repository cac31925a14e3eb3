"""HTTP like a good citizen: robots.txt, a per-host rate limit, timeouts,
retries with backoff on 429/5xx, conditional GET, a redirect cap, a size cap.

requests does the HTTP, urllib.robotparser the robots rules and tenacity the
retries; what no library does as one piece (the per-host pacing and the
streamed size cap that stops reading a 30 MB page at the cap) is written here.
Every failure is a FetchError whose message is one line naming the URL.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import requests
from tenacity import RetryError, Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from extract.errors import ResourceError

USER_AGENT = "incidents-dashboard/1.0 (conflict-incident research; honours robots.txt)"
ROBOTS_TTL = 24 * 3600.0  # a watch that runs for days reads each robots.txt again daily


class FetchError(ResourceError):
    """A URL that could not be fetched; the message names it."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url, self.reason = url, reason


class _Retryable(Exception):
    """A 429 or 5xx answer: worth another try after a pause."""

    def __init__(self, status: int, retry_after: float | None):
        super().__init__(f"HTTP {status}")
        self.status, self.retry_after = status, retry_after


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 20.0          # seconds to connect and between bytes
    total_timeout: float = 60.0    # seconds for a whole body
    attempts: int = 4              # tries on 429/5xx/connection errors
    backoff: float = 2.0           # first pause (s), doubling, capped at max_backoff
    max_backoff: float = 60.0
    min_interval: float = 2.0      # seconds between two requests to one host
    max_redirects: int = 5
    max_bytes: int = 5 * 1024 * 1024  # a news page is never this big
    obey_robots: bool = True
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class FetchResult:
    url: str                  # what was asked for
    final_url: str            # after redirects
    status: int
    content: bytes = b""
    content_type: str = ""
    charset: str | None = None  # from the Content-Type header, if any
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    def __init__(self, policy: FetchPolicy | None = None, session: requests.Session | None = None):
        self.policy = policy or FetchPolicy()
        self.session = session or requests.Session()
        self.session.max_redirects = self.policy.max_redirects
        self.session.headers["User-Agent"] = self.policy.user_agent
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_read: dict[str, float] = {}
        self._next_slot: dict[str, float] = {}
        self._lock = threading.Lock()

    # ---- politeness ----------------------------------------------------------
    def _wait_turn(self, host: str) -> None:
        """Reserve the host's next free slot, then sleep until it."""
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + self._interval(host)
        if slot > now:
            time.sleep(slot - now)

    def _interval(self, host: str) -> float:
        rules = self._robots.get(host)
        delay = rules.crawl_delay(self.policy.user_agent) if rules else None
        return max(self.policy.min_interval, float(delay or 0))

    def allowed(self, url: str) -> bool:
        if not self.policy.obey_robots:
            return True
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots or time.monotonic() - self._robots_read[host] > ROBOTS_TTL:
            self._robots[host] = self._load_robots(host)
            self._robots_read[host] = time.monotonic()
        rules = self._robots[host]
        return True if rules is None else rules.can_fetch(self.policy.user_agent, url)

    def _load_robots(self, host: str) -> RobotFileParser | None:
        """None = no rules (no robots.txt, or the host cannot be reached: the
        page fetch then reports that itself). A 401/403 or a 5xx robots.txt
        means 'stay out' (RFC 9309)."""
        rules = RobotFileParser(f"{host}/robots.txt")
        self._wait_turn(urlsplit(host).netloc)
        try:
            r = self.session.get(f"{host}/robots.txt", timeout=self.policy.timeout,
                                 allow_redirects=True)
        except requests.RequestException:
            return None
        if r.status_code in (401, 403) or r.status_code >= 500:
            rules.disallow_all = True
            return rules
        if r.status_code >= 400:
            return None
        rules.parse(r.content[:500_000].decode("utf-8", "replace").splitlines())
        return rules

    # ---- one GET -------------------------------------------------------------
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        if not url.startswith(("http://", "https://")):
            raise FetchError(url, "not an http(s) URL")
        if not self.allowed(url):
            raise FetchError(url, "disallowed by the site's robots.txt; not fetched")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        p = self.policy
        retrying = Retrying(
            stop=stop_after_attempt(max(1, p.attempts)), reraise=False,
            retry=retry_if_exception_type((_Retryable, requests.ConnectionError, requests.Timeout)),
            wait=lambda state: self._pause(state))
        try:
            for attempt in retrying:
                with attempt:
                    return self._get_once(url, headers)
        except RetryError as e:
            last = e.last_attempt.exception()
            tries = e.last_attempt.attempt_number
            raise FetchError(url, f"{self._describe(last)} (gave up after {tries} tries)") from None
        except requests.TooManyRedirects:
            raise FetchError(url, f"redirect loop or more than {p.max_redirects} redirects") from None
        except requests.RequestException as e:
            raise FetchError(url, self._describe(e)) from None
        raise FetchError(url, "no answer")  # unreachable: Retrying either returns or raises

    def _pause(self, state) -> float:
        exc = state.outcome.exception() if state.outcome else None
        base = wait_exponential(multiplier=self.policy.backoff, max=self.policy.max_backoff)(state)
        if isinstance(exc, _Retryable) and exc.retry_after is not None:
            return min(max(base, exc.retry_after), self.policy.max_backoff)
        return base

    @staticmethod
    def _describe(e: BaseException | None) -> str:
        if isinstance(e, _Retryable):
            return f"HTTP {e.status}"
        if isinstance(e, requests.Timeout):
            return "timed out"
        if isinstance(e, requests.ConnectionError):
            return "cannot connect (" + (str(e).split("]")[-1].strip(" )'\"") or "refused") + ")"
        return f"{type(e).__name__}: {e}".splitlines()[0] if e else "unknown error"

    def _get_once(self, url: str, headers: dict) -> FetchResult:
        p = self.policy
        self._wait_turn(urlsplit(url).netloc)
        with self.session.get(url, headers=headers, timeout=p.timeout, stream=True,
                              allow_redirects=True) as r:
            if r.status_code == 429 or r.status_code >= 500:
                raise _Retryable(r.status_code, _retry_after(r.headers.get("Retry-After")))
            if r.status_code == 304:
                return FetchResult(url, r.url, 304, etag=r.headers.get("ETag") or headers.get("If-None-Match"),
                                   last_modified=r.headers.get("Last-Modified") or headers.get("If-Modified-Since"))
            if r.status_code >= 400:
                raise FetchError(url, f"HTTP {r.status_code} {r.reason or ''}".strip())
            declared = r.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > p.max_bytes:
                raise FetchError(url, f"page is {int(declared) / 2**20:.1f} MB, over the "
                                      f"{p.max_bytes / 2**20:g} MB cap; not read")
            body, started = bytearray(), time.monotonic()
            for chunk in r.iter_content(64 * 1024):
                body.extend(chunk)
                if len(body) > p.max_bytes:
                    raise FetchError(url, f"page is over the {p.max_bytes / 2**20:g} MB cap; "
                                          "stopped reading")
                if time.monotonic() - started > p.total_timeout:
                    raise FetchError(url, f"body took over {p.total_timeout:g}s; stopped reading")
            content_type = r.headers.get("Content-Type", "")
            return FetchResult(url, r.url, r.status_code, bytes(body), content_type,
                               _charset(content_type), r.headers.get("ETag"),
                               r.headers.get("Last-Modified"))


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
