"""schema.org `Organization` data for a member profile, as JSON-LD."""

from contextlib import suppress

from django.utils.html import strip_tags
from wagtail.images.models import SourceImageIOError

from home.structured_data import image_url, json_ld_script


def member_structured_data(page, request=None):
    """The schema.org Organization for the member page `page`, as a dict."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": page.title,
        "url": page.get_full_url(request),
        "address": {
            "@type": "PostalAddress",
            "addressCountry": page.country,
        },
    }
    if page.city:
        data["address"]["addressLocality"] = page.city
    description = " ".join(strip_tags(page.description).split())
    if description:
        data["description"] = description
    if page.website:
        data["sameAs"] = [page.website]
    if page.logo:
        # A missing file leaves the logo out; the profile still renders.
        with suppress(SourceImageIOError):
            data["logo"] = image_url(page.logo.get_rendition("max-400x400"))
    if page.contact_email or page.contact_phone:
        contact = {"@type": "ContactPoint", "contactType": "customer service"}
        if page.contact_name:
            contact["name"] = page.contact_name
        if page.contact_email:
            contact["email"] = page.contact_email
        if page.contact_phone:
            contact["telephone"] = page.contact_phone
        data["contactPoint"] = contact
    expertise = [name for _slug, name in page.get_expertise()]
    if expertise:
        data["knowsAbout"] = expertise
    return data


def member_structured_data_json(page, request=None):
    """The JSON-LD <script> element for the member page `page`."""
    return json_ld_script(member_structured_data(page, request))
