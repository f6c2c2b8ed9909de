"""Serialisers for the news fields of Wagtail's read API (`/api/v2/`)."""

from rest_framework.fields import Field


class TopicsField(Field):
    """A news page's topics as `[{"name": ..., "slug": ...}]`: names in the
    page's language, slugs the same in every language (for filtering)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        return [{"name": topic.name, "slug": topic.slug} for topic in page.topics]
