"""Registration only: menus and topics as snippets (viewsets.py)."""

from wagtail.snippets.models import register_snippet

from .viewsets import MenuViewSet, TopicViewSet

register_snippet(MenuViewSet)
register_snippet(TopicViewSet)
