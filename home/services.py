"""Writes and outside calls of the home app."""

from functools import partial

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Site

from .public_url import site_address_from_base_url
from .tasks import form_submission_email_send


def locale_ensure_all():
    """Make a Locale for each of SITE_LANGUAGES. Every language but the source
    one synchronises from the source, so a newly added language gets the
    whole page tree (as aliases, ready to translate) in wagtail-localize."""
    from wagtail_localize.models import LocaleSynchronization

    source, _created = Locale.objects.get_or_create(
        language_code=settings.LANGUAGE_CODE
    )
    for code in settings.SITE_LANGUAGES[1:]:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": source}
        )


def site_sync_with_base_url():
    """Give the default Site the host name and port of BASE_URL, so that the
    page URLs Wagtail builds (sitemap, hreflang, API, emails) are on the
    public address. Leaves it alone when another Site already holds that
    address; the `home.W001` check reports the disagreement."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = site_address_from_base_url()
    if (site.hostname, site.port) == (hostname, port):
        return site
    if Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).exists():
        return site
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return site


def form_submission_notify_staff(submission):
    """Email staff about a form submission, from the task worker once the
    submission is committed."""
    transaction.on_commit(partial(form_submission_email_send.enqueue, submission.pk))
