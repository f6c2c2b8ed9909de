"""The dependency rule that matters most (docs/architecture.md): content apps
never depend on the channel apps nor on the opportunities board.

The newsletter and social posts learn about content through Wagtail's
`page_published` / `page_unpublished` signals and read it through selectors
and `home/promotable.py`. If a content app imported them, a channel could no
longer be removed, replaced or tested on its own, and a page save could start
calling out to the network. Opportunities sit beside news and events and may
read them, not the other way round.

The check is static: every `.py` file of every content app (migrations
included) is parsed with `ast`, and every import is looked at wherever it is,
at module level or inside a function, along with the other ways of reaching
a module or model by name (`importlib.import_module`, `apps.get_model`, lazy
`"app.Model"` references in relations).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CONTENT_APPS = [
    "home",
    "news",
    "events",
    "members_directory",
    "search",
    "opportunities",
]
# The apps that exist already: the rule must not pass because a folder moved.
CONTENT_APPS_NOW = ["home", "news", "events", "members_directory"]
FORBIDDEN = {"newsletter", "social_publishing", "opportunities"}

RELATION_FIELDS = {
    "ForeignKey",
    "OneToOneField",
    "ManyToManyField",
    "ParentalKey",
    "ParentalManyToManyField",
}


def _module_of(path: Path, root: Path) -> list[str]:
    """The dotted package of `path` (`events/models/pages.py` -> events.models)."""
    return list(path.relative_to(root).with_suffix("").parts[:-1])


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _string(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _references(tree: ast.AST, package: list[str]):
    """(line, dotted name) of every module or app label the code names."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                # `from ..newsletter import x` inside home/models/pages.py is
                # home.newsletter: resolve it against the file's package.
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield node.lineno, target
        elif isinstance(node, ast.Call):
            name = _call_name(node)
            first = _string(node.args[0]) if node.args else None
            if name in {"import_module", "__import__"} and first:
                yield node.lineno, first
            elif name == "get_model" and first:
                yield node.lineno, first.split(".")[0]
            elif name in RELATION_FIELDS:
                targets = [first] + [
                    _string(keyword.value)
                    for keyword in node.keywords
                    if keyword.arg == "to"
                ]
                for target in filter(None, targets):
                    yield node.lineno, target.split(".")[0]


def forbidden_references(app_dir: Path, root: Path = ROOT) -> list[str]:
    """`file:line: name` for every reference from `app_dir` to a forbidden app
    other than itself."""
    own = app_dir.name
    found = []
    for path in sorted(app_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, name in _references(tree, _module_of(path, root)):
            top = name.split(".")[0]
            if top in FORBIDDEN and top != own:
                found.append(f"{path.relative_to(root)}:{line}: {name}")
    return found


class TestDependencyRule:
    def test_the_content_apps_are_where_the_rule_looks(self):
        missing = [app for app in CONTENT_APPS_NOW if not (ROOT / app).is_dir()]
        assert not missing

    @pytest.mark.parametrize(
        "app", [app for app in CONTENT_APPS if (ROOT / app / "__init__.py").exists()]
    )
    def test_content_app_does_not_depend_on_channels_or_opportunities(self, app):
        found = forbidden_references(ROOT / app)
        assert not found, (
            f"{app} must not depend on {', '.join(sorted(FORBIDDEN - {app}))}; "
            "channels listen to page_published and read through selectors and "
            "home/promotable.py (docs/architecture.md):\n" + "\n".join(found)
        )


class TestTheCheckItself:
    """The rule is only worth having if the scanner sees every kind of
    reference; each is written into a throwaway app here."""

    @pytest.mark.parametrize(
        "source",
        [
            "import newsletter\n",
            "import social_publishing.tasks as t\n",
            "from opportunities.models import Offer\n",
            "def f():\n    from newsletter.services import issue_add\n",
            "class A:\n    def m(self):\n        import social_publishing\n",
            "import importlib\nimportlib.import_module('newsletter.tasks')\n",
            "apps.get_model('social_publishing', 'Post')\n",
            "x = models.ForeignKey('opportunities.Offer', on_delete=None)\n",
            "x = ParentalKey(to='newsletter.Issue', on_delete=None)\n",
        ],
    )
    def test_a_forbidden_reference_is_found(self, tmp_path, source):
        app = tmp_path / "news"
        (app / "models").mkdir(parents=True)
        (app / "__init__.py").write_text("")
        (app / "models" / "pages.py").write_text(source)
        assert len(forbidden_references(app, root=tmp_path)) == 1

    def test_relative_imports_are_resolved_within_the_app(self, tmp_path):
        app = tmp_path / "news"
        (app / "models").mkdir(parents=True)
        # news.newsletter is the app's own module, not the newsletter app.
        (app / "models" / "pages.py").write_text("from ..newsletter import x\n")
        assert forbidden_references(app, root=tmp_path) == []

    def test_an_app_may_import_itself(self, tmp_path):
        app = tmp_path / "opportunities"
        app.mkdir()
        (app / "views.py").write_text("from opportunities.models import Offer\n")
        assert forbidden_references(app, root=tmp_path) == []
