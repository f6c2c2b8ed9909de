"""The news app's demo steps (see home/demo/builder.py): the topics, the news
index and thirteen news items in English, each with a picture drawn
locally, then their translations through wagtail-localize, and a "News"
entry in the main menu.

- data/: the words, in every language, and the facts of each item;
- images: the pictures.
"""

from home.demo import register_step
from home.demo.builder import (
    DemoData,
    counted,
    menu_entries_add,
    page_ensure,
    register_translation_steps,
    vocabulary_ensure,
)
from home.models import Topic

from ..models import NewsIndexPage, NewsPage
from .images import ALT, drawing, news_image_ensure

DATA = DemoData(__file__)
INDEX_KEY = "news"
# Keys of a news item that are not NewsPage fields.
ITEM_FACTS = {"topics", "picture"}

menu_entries_add(DATA)


def news_key(slug):
    return f"news:{slug}"


@register_step("News topics", order=200)
def news_topics(ctx):
    return counted(vocabulary_ensure(ctx, Topic, DATA["topics"], DATA))


def _picture(slug, picture):
    options = {"centre": tuple(picture["centre"])} if "centre" in picture else {}
    image, _created = news_image_ensure(
        slug,
        f"ImagoMol news – {slug}",
        ALT[picture["motif"]],
        drawing(picture["motif"], picture["seed"], **options),
    )
    return image


@register_step("News in English", order=210)
def news_pages(ctx):
    home = ctx.pages["home"]
    index, status = page_ensure(
        ctx, INDEX_KEY, NewsIndexPage, home, "news", DATA["index"]
    )
    statuses = [status]
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=index.locale)}
    for slug, item in DATA["news"].items():
        image = ctx.images[news_key(slug)] = _picture(slug, item["picture"])
        content = {key: value for key, value in item.items() if key not in ITEM_FACTS}
        content["hero_image"] = image
        content["topic_links"] = [{"topic": topics[name]} for name in item["topics"]]
        _page, status = page_ensure(ctx, news_key(slug), NewsPage, index, slug, content)
        statuses.append(status)
    return f"{len(DATA['news'])} news items: {counted(statuses)}"


# The index first: translating a news item into a language whose index is
# not translated yet would make the index an alias.
register_translation_steps(
    "News",
    220,
    DATA,
    lambda ctx: [INDEX_KEY, *(news_key(slug) for slug in DATA["news"])],
)
