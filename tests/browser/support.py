"""What the browser tests share: Chromium's flags, the pages to visit, and
axe-core (run on an open page, its findings described for a failure message)."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
AXE_PATH = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
# A same-origin address that the test context answers with axe.min.js itself
# (see the `axe_page` fixture), so the script loads under the site's real CSP.
AXE_ROUTE_PATH = "/__browser-tests__/axe.min.js"

# As the machines that run CI need them: no sandbox as root, no GPU, and no
# background calls to Google's services (the network is closed).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

LANGUAGES = ["en", "it", "ro"]

# One page of each type, by path under the language prefix. seed_demo keeps
# the English slugs in every locale (docs: CONTRACTS, "URLs").
PAGE_TYPES = {
    "home": "",
    "standard": "about/",
    "form": "join/",
    # news app: the index and one news item (news/demo/data/en.toml) -------
    "news-index": "news/",
    "news": "news/horizon-europe-ai-pet-reading/",
    # ---------------------------------------------------------- end news app
    # members_directory: index, filtered index, one profile (members_directory/demo)
    "members-index": "members/",
    "members-filtered": "members/?type=hospital&country=RO&expertise=pet-spect",
    "member": "members/deepvista/",
    # ----------------------------------------------- end members_directory
    # events app: the index, the past archive, one event with its registration
    # form (events/demo/data/en.toml) --------------------------------------
    "events-index": "events/",
    "events-past": "events/?when=past",
    "event": "events/project-management-training/",
    # -------------------------------------------------------- end events app
    "not-found": "xx-nonexistent/",
}

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = """
async (tags) => {
    const results = await axe.run(document, {
        runOnly: {type: "tag", values: tags},
        resultTypes: ["violations"],
    });
    return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
            target: n.target.map(String).join(" "),
            html: n.html,
            summary: n.failureSummary,
        })),
    }));
}
"""


def page_url(language, page_type):
    return f"/{language}/{PAGE_TYPES[page_type]}"


def axe_violations(page, site_origin, tags=WCAG_TAGS):
    """The violations of `tags` that axe-core finds on `page` as it is now."""
    page.add_script_tag(url=site_origin + AXE_ROUTE_PATH)
    loaded = page.evaluate("() => typeof window.axe === 'object'")
    assert loaded, "axe-core did not load into the page"
    return page.evaluate(RUN_AXE, tags)


def format_violations(violations):
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
            f"  <{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            lines.append(f"    at {node['target']}")
            lines.append(f"       {node['html'][:200]}")
            for detail in (node["summary"] or "").splitlines():
                lines.append(f"       {detail}")
    return "\n".join(lines)
