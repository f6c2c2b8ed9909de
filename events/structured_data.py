"""schema.org `Event` data for search engines' event results, as JSON-LD.

Dates carry the offset of the event's own time zone. The online link is
never included: a virtual location points at the event page, where people
register to receive the link."""

from home.structured_data import image_url

from .models import AttendanceMode, EventStatus

SCHEMA = "https://schema.org/"
ATTENDANCE_MODES = {
    AttendanceMode.IN_PERSON: "OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "OnlineEventAttendanceMode",
    AttendanceMode.HYBRID: "MixedEventAttendanceMode",
}
STATUSES = {
    EventStatus.SCHEDULED: "EventScheduled",
    EventStatus.CANCELLED: "EventCancelled",
    EventStatus.POSTPONED: "EventPostponed",
    EventStatus.RESCHEDULED: "EventRescheduled",
    EventStatus.MOVED_ONLINE: "EventMovedOnline",
}
AVAILABILITY = {
    "open": "InStock",
    "not_yet": "PreOrder",
    "waitlist": "SoldOut",
    "full": "SoldOut",
    "closed": "SoldOut",
}


def _organisation(request):
    from home.models import SiteSettings

    site_settings = SiteSettings.for_request(request) if request else None
    name = getattr(site_settings, "organisation_name", "") or "ImagoMol"
    organisation = {"@type": "Organization", "name": name}
    site = getattr(site_settings, "site", None)
    if site is not None and site.root_page_id:
        organisation["url"] = site.root_page.localized.get_full_url(request)
    return organisation


def event_structured_data(page, request=None, registration=None):
    """The schema.org Event for `page`, as a dict ready for JSON."""
    url = page.get_full_url(request)
    mode = page.attendance_mode
    if page.status == EventStatus.MOVED_ONLINE:
        mode = AttendanceMode.ONLINE
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        "eventStatus": SCHEMA + STATUSES.get(page.status, "EventScheduled"),
        "eventAttendanceMode": SCHEMA + ATTENDANCE_MODES[mode],
        "inLanguage": page.event_language,
        "organizer": _organisation(request),
    }
    if page.status == EventStatus.RESCHEDULED and page.previous_start:
        data["previousStartDate"] = page.local_previous_start.isoformat()

    locations = []
    if mode != AttendanceMode.ONLINE and page.has_venue:
        address = {"@type": "PostalAddress"}
        if page.venue_address:
            address["streetAddress"] = page.venue_address
        if page.venue_city:
            address["addressLocality"] = page.venue_city
        if page.venue_country:
            address["addressCountry"] = page.venue_country
        locations.append(
            {
                "@type": "Place",
                "name": page.venue_name or page.venue_city,
                "address": address,
            }
        )
    if mode != AttendanceMode.IN_PERSON:
        locations.append({"@type": "VirtualLocation", "url": url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations

    if page.image:
        rendition = page.image.get_rendition("fill-1200x675")
        data["image"] = [image_url(rendition)]

    performers = [
        {"@type": "Person", "name": block.value["name"]}
        for block in page.speakers
        if block.block_type == "speaker"
    ]
    if performers:
        data["performer"] = performers

    offer = {
        "@type": "Offer",
        "url": url,
        "price": "0" if page.is_free else _price(page.price_amount),
        "priceCurrency": "EUR",
    }
    if offer["price"] is None:
        del offer["price"]
    if registration is not None and registration.shown:
        offer["availability"] = SCHEMA + AVAILABILITY[registration.phase]
        if page.registration_opens_at:
            offer["validFrom"] = page.registration_opens_at.astimezone(
                page.zone
            ).isoformat()
    data["offers"] = offer
    return data


def _price(amount):
    if amount is None:
        return None
    return format(amount.normalize(), "f")
