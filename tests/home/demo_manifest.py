"""What a visitor of the demo site sees, reduced to a comparable manifest.

`manifest(client)` reads the seeded database and renders every live page:

- pages: for every live page in every locale, by URL path: its type, title
  and a hash of what `<main>` shows (its text, its links and the alt texts
  of its images);
- menus: (label, URL) of every menu in every locale;
- members: live member pages per locale and country;
- events: each event's dates as days from today and wall-clock times in the
  event's own time zone (the demo places events relative to the day it is
  first loaded), and its status;
- vocabularies: topic and expertise names per locale.

Event pages show dates that move with the day the test runs, so the hashed
text has its digits and month and weekday names masked: the dates are
compared, exactly, in `events` instead.
"""

import hashlib
import json
import re
from collections import Counter
from functools import cache

from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import dates, timezone, translation
from wagtail.models import Page

from events.models import EventPage
from home.models import Menu, Topic
from members_directory.models import Expertise, MemberPage

DATE_FIELDS = ("start", "end", "previous_start", "registration_opens_at")


@cache
def _date_words():
    words = set()
    tables = (dates.MONTHS, dates.MONTHS_3, dates.MONTHS_AP, dates.MONTHS_ALT)
    tables += (dates.WEEKDAYS, dates.WEEKDAYS_ABBR)
    for language in settings.SITE_LANGUAGES:
        with translation.override(language):
            for table in tables:
                words.update(str(word).rstrip(".") for word in table.values())
    alternatives = "|".join(
        re.escape(word) for word in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def mask_dates(text):
    return _date_words().sub("~", re.sub(r"\d+", "#", text))


def _href(link):
    """The link's address, without the random suffix file storage adds to a
    document's file name when one of that name exists already."""
    href = link.get("href", "")
    if href.startswith(("/documents/", settings.MEDIA_URL)):
        href = re.sub(r"_[A-Za-z0-9]{7}(\.\w+)$", r"\1", href)
    return href


def main_content(html):
    """What `<main>` shows: its text, its links and its images' alt texts."""
    main = BeautifulSoup(html, "html.parser").find("main")
    if main is None:
        return {"text": "", "links": [], "images": []}
    return {
        "text": " ".join(main.stripped_strings),
        "links": [[" ".join(a.stripped_strings), _href(a)] for a in main.find_all("a")],
        "images": [img.get("alt", "") for img in main.find_all("img")],
    }


def content_hash(content):
    masked = json.loads(mask_dates(json.dumps(content, ensure_ascii=False)))
    data = json.dumps(masked, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()[:16]


def _pages(client, texts):
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        url = page.get_url()
        response = client.get(url)
        content = main_content(response.content.decode())
        texts[url] = content
        pages[url] = {
            "type": page._meta.label,
            "status": response.status_code,
            "title": page.title,
            "alias": page.alias_of_id is not None,
            "main": content_hash(content),
        }
    return pages


def _menus():
    return {
        f"{menu.place}/{menu.locale.language_code}": [
            [item.label, item.link_page.get_url() if item.link_page else item.link_url]
            for item in menu.items.all()
        ]
        for menu in Menu.objects.order_by("place", "locale__language_code")
    }


def _members():
    members = MemberPage.objects.live().filter(alias_of__isnull=True)
    counts = {}
    for language, country in members.values_list("locale__language_code", "country"):
        counts.setdefault(language, Counter())[country] += 1
    return {language: dict(sorted(c.items())) for language, c in sorted(counts.items())}


def _relative(moment, zone, today):
    if moment is None:
        return None
    local = moment.astimezone(zone)
    return [(local.date() - today).days, local.strftime("%H:%M")]


def _events():
    events = {}
    for event in EventPage.objects.live().order_by("path"):
        today = timezone.now().astimezone(event.zone).date()
        events[event.get_url()] = {
            "time_zone": str(event.time_zone),
            "status": event.status,
            **{
                name: _relative(getattr(event, name), event.zone, today)
                for name in (*DATE_FIELDS, "registration_closes_at")
            },
        }
    return events


def _vocabulary(model):
    return {
        f"{term.locale.language_code}/{term.slug}": term.name
        for term in model.objects.order_by("locale__language_code", "slug")
    }


def manifest(client, texts=None):
    """The manifest of the seeded site; `texts` (a dict), when given, receives
    each page's unhashed main content, for a readable diff."""
    texts = {} if texts is None else texts
    return {
        "pages": _pages(client, texts),
        "menus": _menus(),
        "members": _members(),
        "events": _events(),
        "topics": _vocabulary(Topic),
        "expertise": _vocabulary(Expertise),
    }
