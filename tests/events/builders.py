"""Builders the events tests share."""

from events.models import EventPageTopic


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def tag(event, topic):
    """Give a published event a topic (stored at once: the page's own
    `event_topics.create` waits for the page to be saved)."""
    return EventPageTopic.objects.create(page=event, topic=topic)
