"""factory_boy factories for the news app's models, used by the tests."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from home.factories import CustomImageFactory
from home.models import Topic

from .models import NewsIndexPage, NewsPage, NewsPageTopic


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    locale = factory.LazyFunction(Locale.get_default)


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"
    intro = "What happens in the cluster."


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News item {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(n))
    summary = factory.LazyAttribute(lambda o: f"What happened: {o.title}.")
    hero_image = factory.SubFactory(CustomImageFactory)


class NewsPageTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsPageTopic

    page = factory.SubFactory(NewsPageFactory)
    topic = factory.SubFactory(TopicFactory)
    locale = factory.SelfAttribute("page.locale")
