"""Demo content for `manage.py seed_demo`, built as an ordered list of steps.

The words are data: `<app>/demo/data/<language>.toml` (builder.py says why
and how to add an app's demo). The package is split by what each module
holds:

- builder: what apps' steps are made of: `DemoData` (an app's data files),
  `page_ensure`, `vocabulary_ensure`, `menu_entries_add` and
  `register_translation_steps`;
- loader: reads and checks the TOML files; text: `Text` (one text in every
  language), references, and the map from source strings to translations
  that wagtail-localize is fed with;
- pages, translation: the idempotent machinery under the builder (create or
  update a page; translate a page or snippet through wagtail-localize);
- images: pictures and documents generated locally with Pillow;
- steps: the home app's steps; data/: the home app's words.

Other apps add their own steps in a `demo` module (`news/demo/__init__.py`),
which the command imports for every installed app:

    from home.demo import register_step

    @register_step("News in English", order=200)
    def news_pages(ctx):
        ...
        return "12 news items"

Steps run in `order`. The home app's use 10-60 (locales, images, pages and
their translations), 70 (site settings), 900 (menus, after every app's pages)
and 950 (users); other apps' content steps fit between 100 and 800. Each step
must be idempotent: running the command again changes nothing.
"""

from dataclasses import dataclass, field


@dataclass
class SeedContext:
    """What steps share while the command runs: the site, the pages and images
    made so far (by key, so later steps can link to them), and the lines the
    command prints at the end (the users and their passwords)."""

    stdout: object = None
    site: object = None
    pages: dict = field(default_factory=dict)
    images: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    summary: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    def warn(self, message):
        self.warnings.append(message)


@dataclass(frozen=True)
class Step:
    label: str
    func: object
    order: int


_STEPS: dict[str, Step] = {}


def register_step(label, *, order):
    """Register `func(ctx) -> str | None` as a step. The returned text is shown
    after "done" on the progress line. Registering the same function again
    (a module imported twice) replaces the earlier entry."""

    def decorator(func):
        key = f"{func.__module__}.{func.__qualname__}"
        _STEPS[key] = Step(label=label, func=func, order=order)
        return func

    return decorator


def get_steps():
    """Every registered step, in order."""
    return sorted(_STEPS.values(), key=lambda step: step.order)


from . import steps  # noqa: E402, F401  (registers the home app's steps)
