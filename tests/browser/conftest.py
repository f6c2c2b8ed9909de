"""Fixtures for the browser suite: the system Chromium driven by Playwright,
the site's base URL, and axe-core from node_modules.

`tests/browser/run.sh` (`make test-browser`) starts a server on a fresh,
seeded database and sets BROWSER_BASE_URL; run that rather than pytest here.
Playwright never downloads a browser: it drives /usr/bin/chromium (Debian's
`chromium` package), or CHROMIUM_PATH.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from .support import AXE_PATH, AXE_ROUTE_PATH, CHROMIUM_ARGS


@pytest.fixture(scope="session")
def base_url():
    url = os.environ.get("BROWSER_BASE_URL", "").rstrip("/")
    if not url:
        pytest.exit(
            "BROWSER_BASE_URL is not set: run the browser suite with "
            "`make test-browser` (tests/browser/run.sh), which starts the server.",
            returncode=2,
        )
    return url


@pytest.fixture(scope="session")
def site_origin(base_url):
    parts = urlsplit(base_url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture(scope="session")
def browser():
    executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(executable).exists():
        pytest.exit(
            f"{executable} not found: `apt-get install -y chromium` "
            "(never `playwright install`).",
            returncode=2,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def context(browser, base_url):
    context = browser.new_context(base_url=base_url, locale="en-GB")
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_PATH.exists():
        pytest.exit(
            f"{AXE_PATH} is missing: run `npm ci` at the repository root.",
            returncode=2,
        )
    return AXE_PATH.read_text(encoding="utf-8")


@pytest.fixture
def axe_page(context, site_origin, axe_source):
    """A page that can load axe-core. The site's Content-Security-Policy
    forbids inline scripts, so instead of injecting the source inline (which
    needs bypass_csp) the context answers a same-origin address with the
    file, and a <script src> loads it like any of the site's own scripts."""

    def fulfil(route):
        route.fulfill(
            status=200,
            content_type="application/javascript; charset=utf-8",
            body=axe_source,
        )

    context.route(site_origin + AXE_ROUTE_PATH, fulfil)
    return context.new_page()


@pytest.fixture
def narrow_page(browser, base_url):
    """A page 320 CSS pixels wide, the narrowest phone WCAG 1.4.10 reflow
    asks for."""
    context = browser.new_context(
        base_url=base_url,
        locale="en-GB",
        viewport={"width": 320, "height": 640},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()
