"""Signed cancel links of registrations: the link in every registration
email, checked when it is followed."""

import hashlib

from django.core import signing
from django.utils.crypto import constant_time_compare

from .models import Registration

CANCEL_SALT = "events.registration.cancel"


def _token_value(registration):
    digest = hashlib.sha256(registration.email.lower().encode()).hexdigest()[:16]
    return f"{registration.pk}:{digest}"


def registration_token(registration):
    """A token for the cancel link: the registration's id and an HMAC of it
    bound to the email address, in characters a page URL allows."""
    signature = signing.Signer(salt=CANCEL_SALT).signature(_token_value(registration))
    return f"{registration.pk}-{signature}"


def registration_from_token(token):
    """The registration a token was made for, or None when the token was
    altered, made with another key, or its registration no longer exists."""
    number, _sep, signature = (token or "").partition("-")
    if not number.isdigit() or not signature:
        return None
    registration = (
        Registration.objects.select_related("event", "event__locale")
        .filter(pk=int(number))
        .first()
    )
    if registration is None:
        return None
    signer = signing.Signer(salt=CANCEL_SALT)
    value = _token_value(registration)
    for key in [signer.key, *signer.fallback_keys]:
        if constant_time_compare(signature, signer.signature(value, key=key)):
            return registration
    return None
