"""Rooms without circles: no module of the project imports, through any
chain, a module that imports it back.

A circle makes import order matter (a name is missing while its module is
half-initialised), hides which way a dependency points (page models that
import the views they route to, which import the models back), and makes a
module impossible to read or test on its own. docs/architecture.md says
which way the dependencies point.

The check is static: every project module (tests and migrations aside) is
parsed with `ast`. Imports at module level (class bodies included: they run
at import time) and imports inside functions are counted separately:

- a circle of module-level imports fails;
- a function-level import may close a circle only where Wagtail needs it:
  a page model naming, inside a route or get_context(), the view or
  listing that reads the model back. Those are listed in LAZY_BY_DESIGN,
  so that no new one slips in unseen.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SKIP_DIRS = {"tests", "migrations", "node_modules", "static", "media", "bench"}

# Wagtail serves a page through its model: routes (@path) and get_context()
# are methods of the page class, and what they call (views, listings, feeds,
# the page's context) reads the model back. So a page model imports its
# route targets inside those methods, and nothing else closes a circle.
ROUTES = "a page model's route or get_context() calls what reads the model"
LAZY_BY_DESIGN = {
    ("events.models.index_page", "events.listing"): ROUTES,
    ("events.models.index_page", "events.views"): ROUTES,
    ("events.models.pages", "events.selectors"): ROUTES,
    ("events.models.pages", "events.views"): ROUTES,
    ("members_directory.models.pages", "members_directory.listing"): ROUTES,
    ("news.models", "news.feeds"): ROUTES,
    ("news.models", "news.listing"): ROUTES,
    ("news.models", "news.sharing"): ROUTES,
}


# Module-level circles that are not ours to untie: the demo's step registry
# (`<app>.demo` defines register_step and then imports its steps, which
# import register_step back). Demo content is loaded by seed_demo only.
def _inside_demo(component):
    return all(module.split(".")[1:2] == ["demo"] for module in component)


def project_modules(root=ROOT):
    """{dotted name: path} of every module of the project's packages."""
    modules = {}
    for init in sorted(root.glob("*/__init__.py")):
        package = init.parent
        if package.name in SKIP_DIRS or package.name.startswith("."):
            continue
        for path in sorted(package.rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if SKIP_DIRS & set(parts):
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def _package_of(name, path):
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def _targets(node, name, path, modules):
    """The project modules an import statement names."""
    if isinstance(node, ast.Import):
        candidates = [alias.name for alias in node.names]
    else:
        if node.level:
            base = _package_of(name, path).split(".")
            base = base[: len(base) - (node.level - 1)]
            source = ".".join(base + ([node.module] if node.module else []))
        else:
            source = node.module or ""
        # `from a import b` imports the module a.b when there is one.
        candidates = [
            f"{source}.{alias.name}" if f"{source}.{alias.name}" in modules else source
            for alias in node.names
        ]
    found = set()
    for candidate in candidates:
        # `import a.b.c` of a module that does not exist names its package.
        while candidate and candidate not in modules:
            candidate = candidate.rpartition(".")[0]
        if candidate and candidate != name:
            found.add(candidate)
    return found


class _Imports(ast.NodeVisitor):
    def __init__(self, name, path, modules):
        self.name, self.path, self.modules = name, path, modules
        self.depth = 0
        self.module_level, self.function_level = set(), set()

    def _function(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_If(self, node):
        # `if TYPE_CHECKING:` imports never run.
        test = node.test
        if getattr(test, "id", None) == "TYPE_CHECKING" or (
            getattr(test, "attr", None) == "TYPE_CHECKING"
        ):
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    def _import(self, node):
        targets = _targets(node, self.name, self.path, self.modules)
        (self.function_level if self.depth else self.module_level).update(targets)

    visit_Import = visit_ImportFrom = _import


def import_graph(root=ROOT):
    """({module: module-level imports}, {module: function-level imports})."""
    modules = project_modules(root)
    top, lazy = {}, {}
    for name, path in modules.items():
        visitor = _Imports(name, path, modules)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        top[name] = visitor.module_level
        lazy[name] = visitor.function_level - visitor.module_level
    return top, lazy


def cycles(graph):
    """The circles of `graph`: its strongly connected components of more than
    one module, each as a sorted list (Tarjan's algorithm, iteratively)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def _describe(component, graph):
    members = set(component)
    return "\n".join(
        f"  {module} -> {', '.join(sorted(graph[module] & members))}"
        for module in component
    )


class TestNoCircles:
    def test_the_scan_sees_the_apps(self):
        top, _lazy = import_graph()
        for module in ("home.listing", "news.models", "events.models.pages"):
            assert module in top
        assert "home.listing" in top["news.listing"]

    def test_no_circle_of_module_level_imports(self):
        top, _lazy = import_graph()
        found = [c for c in cycles(top) if not _inside_demo(c)]
        assert not found, "Modules that import each other at import time:\n" + (
            "\n".join(_describe(component, top) for component in found)
        )

    def test_function_level_imports_close_no_circle_but_those_by_design(self):
        top, lazy = import_graph()
        unexpected = []
        for component in cycles({name: top[name] | lazy[name] for name in top}):
            members = set(component)
            for module in component:
                for target in sorted(lazy[module] & members):
                    if (module, target) not in LAZY_BY_DESIGN:
                        unexpected.append(f"  {module} -> {target} (in a function)")
        assert not unexpected, (
            "Function-level imports that close a circle; move the code so "
            "that the dependency points one way, or add the import to "
            "LAZY_BY_DESIGN with the reason:\n" + "\n".join(unexpected)
        )

    def test_the_reasons_are_still_true(self):
        top, lazy = import_graph()
        stale = [pair for pair in LAZY_BY_DESIGN if pair[1] not in lazy[pair[0]]]
        assert not stale


class TestHooksOnlyRegister:
    """wagtail_hooks.py registers; what a hook builds lives in selectors,
    services or viewsets, where it can be read and tested."""

    @pytest.mark.parametrize(
        "path",
        sorted(ROOT.glob("*/wagtail_hooks.py")),
        ids=lambda path: path.parent.name,
    )
    def test_no_logic_in_wagtail_hooks(self, path):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        logic = []
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                logic.append(f"class {node.name}")
            elif isinstance(node, ast.FunctionDef):
                body = [n for n in node.body if not isinstance(n, ast.Expr)]
                if len(body) != 1 or not isinstance(body[0], ast.Return):
                    logic.append(f"def {node.name}")
        assert not logic, f"{path.relative_to(ROOT)} holds logic: {logic}"


class TestTheCheckItself:
    """The scanner finds circles through each kind of import."""

    def _app(self, tmp_path, files):
        for name, source in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(source)
        return tmp_path

    @pytest.mark.parametrize(
        "files",
        [
            {
                "a/__init__.py": "",
                "a/x.py": "from . import y\n",
                "a/y.py": "import a.x\n",
            },
            {
                "a/__init__.py": "",
                "a/models/__init__.py": "from .pages import P\n",
                "a/models/pages.py": "from ..views import v\n",
                "a/views.py": "from .models import P\n",
            },
            {
                "a/__init__.py": "",
                "a/x.py": "from a.y import f\n",
                "a/y.py": "class C:\n    from a import x\n",
            },
        ],
    )
    def test_a_module_level_circle_is_found(self, tmp_path, files):
        top, _lazy = import_graph(self._app(tmp_path, files))
        assert len(cycles(top)) == 1

    def test_function_level_imports_are_counted_apart(self, tmp_path):
        root = self._app(
            tmp_path,
            {
                "a/__init__.py": "",
                "a/x.py": "import a.y\n",
                "a/y.py": "def f():\n    from a import x\n",
            },
        )
        top, lazy = import_graph(root)
        assert cycles(top) == []
        assert lazy["a.y"] == {"a.x"}
        assert cycles({n: top[n] | lazy[n] for n in top}) == [["a.x", "a.y"]]

    def test_type_checking_imports_and_names_that_are_not_modules(self, tmp_path):
        root = self._app(
            tmp_path,
            {
                "a/__init__.py": "X = 1\n",
                "a/x.py": "from a import X\n",
                "a/y.py": "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from a.x import X\n",
            },
        )
        top, _lazy = import_graph(root)
        assert top["a.x"] == {"a"}
        assert top["a.y"] == set()
