"""axe-core finds no WCAG 2.1 A/AA violation on any page type, in any language."""

import pytest

from .support import (
    LANGUAGES,
    PAGE_TYPES,
    axe_violations,
    format_violations,
    page_url,
)

pytestmark = pytest.mark.browser


def assert_no_violations(page, site_origin):
    violations = axe_violations(page, site_origin)
    assert not violations, (
        f"axe-core found {len(violations)} WCAG violation(s) on {page.url}:\n"
        + format_violations(violations)
    )


@pytest.mark.parametrize("page_type", PAGE_TYPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_type_has_no_axe_violations(axe_page, site_origin, language, page_type):
    url = page_url(language, page_type)
    response = axe_page.goto(url)
    expected_status = 404 if page_type == "not-found" else 200
    assert response.status == expected_status, f"{url} answered {response.status}"
    assert axe_page.locator("html").get_attribute("lang") == language
    assert_no_violations(axe_page, site_origin)


@pytest.mark.parametrize("language", LANGUAGES)
def test_form_with_errors_has_no_axe_violations(axe_page, site_origin, language):
    """Sending the form empty shows the errors, and the page with them is as
    accessible as the empty form."""
    url = page_url(language, "form")
    axe_page.goto(url)
    with axe_page.expect_navigation():
        axe_page.locator("main form button[type=submit]").click()
    assert axe_page.locator("main [role=alert]").count() > 0, (
        f"sending {url} empty showed no error summary"
    )
    assert_no_violations(axe_page, site_origin)


def test_axe_reports_a_known_violation(axe_page, site_origin):
    """The harness itself works: axe-core loads under the site's CSP, runs,
    and reports an image without a text alternative when there is one."""
    axe_page.goto("/en/")
    axe_page.evaluate(
        """() => {
            const image = document.createElement("img");
            image.src = "/static/img/logo.svg";
            image.id = "axe-self-test";
            document.querySelector("main").append(image);
        }"""
    )
    violations = axe_violations(axe_page, site_origin)
    targets = [
        node["target"]
        for violation in violations
        if violation["id"] == "image-alt"
        for node in violation["nodes"]
    ]
    assert "#axe-self-test" in targets, format_violations(violations)
