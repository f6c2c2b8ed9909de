"""Journeys that need a real browser: narrow screens, the language switcher,
the skip link, and pages that load nothing from other origins."""

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


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_load_nothing_from_other_origins(page, site_origin, language):
    """Every request stays on the site's own origin (no fonts, scripts,
    analytics or images from elsewhere), and the CSP blocks nothing."""
    requests = []
    csp_reports = []
    page.on("request", lambda request: requests.append(request.url))
    page.on(
        "console",
        lambda message: (
            csp_reports.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    for page_type in PAGE_TYPES:
        page.goto(page_url(language, page_type), wait_until="networkidle")
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_load_state("networkidle")
    foreign = sorted(
        {
            url
            for url in requests
            if urlsplit(url).scheme in ("http", "https", "ws", "wss")
            and f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" != site_origin
        }
    )
    assert not foreign, "requests to other origins:\n  " + "\n  ".join(foreign)
    assert not csp_reports, "the CSP blocked:\n  " + "\n  ".join(csp_reports)
