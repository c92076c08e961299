"""Shared set-up of the browser tests: Debian's headless Chromium driven by Playwright.

A page is opened from a file with every network request refused and counted,
and console or script errors collected, so a test can assert that a
self-contained page draws with no error and no request.
"""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_SKIP = "browser tests skipped: no chromium on this machine (apt-get install chromium)"
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason=BROWSER_SKIP)


@contextmanager
def open_page(path: Path, ready_selector: str) -> Iterator[object]:
    """The page at ``path``, loaded until ``ready_selector`` appears; ``page.problems`` and ``page.fetched`` list
    the console/script errors and the refused network requests."""
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        problems: list[str] = []
        page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        fetched: list[str] = []

        def route(r):
            if not r.request.url.startswith("file://"):
                fetched.append(r.request.url)
                return r.abort()
            return r.continue_()

        page.route("**/*", route)
        page.goto(path.as_uri())
        page.wait_for_selector(ready_selector)
        page.problems, page.fetched = problems, fetched
        try:
            yield page
        finally:
            browser.close()
