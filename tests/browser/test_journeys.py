"""Journeys that need a real browser: narrow screens, the language switcher,
the skip link, and pages whose every resource comes from the site and loads."""

from urllib.parse import urlsplit

import pytest

from .support import LANGUAGES, PAGE_TYPES, page_url

pytestmark = pytest.mark.browser

OVERFLOW = """
() => {
    const width = document.documentElement.clientWidth;
    const offenders = [];
    for (const element of document.body.querySelectorAll("*")) {
        const box = element.getBoundingClientRect();
        if (box.width && box.right > width + 1) {
            let name = element.tagName.toLowerCase();
            if (element.id) name += `#${element.id}`;
            if (typeof element.className === "string" && element.className.trim()) {
                name += "." + element.className.trim().split(/\\s+/).join(".");
            }
            offenders.push(`${name} (right edge at ${Math.round(box.right)}px)`);
        }
    }
    return {
        scrollWidth: document.scrollingElement.scrollWidth,
        offenders: offenders.slice(0, 15),
    };
}
"""

FOCUSABLE = """
() => {
    const selector = [
        "a[href]", "area[href]", "button:not([disabled])",
        "input:not([disabled]):not([type=hidden])", "select:not([disabled])",
        "textarea:not([disabled])", "iframe", "summary",
        "[contenteditable]", "[tabindex]",
    ].join(",");
    const first = [...document.querySelectorAll(selector)].find(
        (element) => element.tabIndex >= 0
    );
    return first ? first.outerHTML : null;
}
"""


@pytest.mark.parametrize("page_type", PAGE_TYPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_overflows_at_320px(narrow_page, language, page_type):
    narrow_page.goto(page_url(language, page_type))
    result = narrow_page.evaluate(OVERFLOW)
    assert result["scrollWidth"] <= 320, (
        f"{narrow_page.url} is {result['scrollWidth']}px wide at 320px; "
        "elements past the right edge:\n  " + "\n  ".join(result["offenders"])
    )


def test_language_switcher_leads_to_the_translation(page, base_url):
    page.goto("/en/about/")
    english_url = page.url
    with page.expect_navigation():
        page.locator("nav a[hreflang='it']").first.click()
    path = urlsplit(page.url).path
    assert path.startswith("/it/") and path != "/it/", (
        f"the Italian link on /en/about/ led to {path}, not the Italian About page"
    )
    assert page.locator("html").get_attribute("lang") == "it"
    # It is the translation of the English page, which it names as its
    # English alternate, and its own switcher leads back there.
    alternate = page.locator("link[rel=alternate][hreflang=en]")
    assert urlsplit(alternate.get_attribute("href")).path == "/en/about/"
    back = page.locator("nav a[hreflang='en']").first.get_attribute("href")
    assert urlsplit(back).path == urlsplit(english_url).path


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_link_is_first_and_moves_focus_to_main(page, language):
    page.goto(page_url(language, "standard"))
    first = page.evaluate(FOCUSABLE)
    assert first is not None and "#main" in first, (
        f"the first focusable element is not the skip link: {first}"
    )
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => [document.activeElement.tagName, document.activeElement.href || '']"
    )
    assert focused[0] == "A" and focused[1].endswith("#main"), (
        f"the first Tab focused {focused}, not the skip link"
    )
    skip_link = page.locator("a[href='#main']").first
    box = skip_link.bounding_box()
    assert box and box["width"] >= 1 and box["height"] >= 1 and box["y"] >= 0, (
        f"the focused skip link is not visible: {box}"
    )
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'main'")
    assert page.evaluate("() => document.activeElement.tagName") == "MAIN"


BROKEN_IMAGES = """
() => [...document.images]
    .filter((image) => image.complete && image.naturalWidth === 0)
    .map((image) => image.currentSrc || image.src)
"""


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_load_every_resource_from_the_site_itself(page, site_origin, language):
    """Every request stays on the site's own origin (no fonts, scripts,
    analytics or images from elsewhere), every resource loads, and the CSP
    blocks nothing."""
    foreign, failed, csp = set(), set(), []

    def on_request(request):
        web = urlsplit(request.url).scheme in ("http", "https", "ws", "wss")
        if web and origin_of(request.url) != site_origin:
            foreign.add(request.url)

    def on_response(response):
        # The not-found page's own 404 is the one failure expected.
        if response.status >= 400 and response.request.resource_type != "document":
            failed.add(f"{response.status} {response.url}")

    page.on("request", on_request)
    page.on("response", on_response)
    page.on("requestfailed", lambda request: failed.add(f"failed {request.url}"))
    page.on(
        "console",
        lambda message: (
            csp.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    broken = []
    for page_type in PAGE_TYPES:
        page.goto(page_url(language, page_type), wait_until="networkidle")
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_load_state("networkidle")
        broken += [f"{page.url}: {src}" for src in page.evaluate(BROKEN_IMAGES)]
    problems = (
        [f"request to another origin: {url}" for url in sorted(foreign)]
        + [f"did not load: {entry}" for entry in sorted(failed)]
        + [f"broken image on {entry}" for entry in broken]
        + [f"blocked by the CSP: {text}" for text in csp]
    )
    assert not problems, "\n".join(problems)
