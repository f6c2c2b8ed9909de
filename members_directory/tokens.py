"""The signed, expiring token in a member invitation link.

It carries the account's user id and a fingerprint of its password hash, so
it stops working once used (setting the password changes the hash) and after
`INVITATION_MAX_AGE`; it is signed with SECRET_KEY, so it cannot be forged.
"""

from datetime import timedelta
from hashlib import sha256

from django.contrib.auth import get_user_model
from django.core import signing
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

INVITATION_MAX_AGE = timedelta(days=7)
_SALT = "members_directory.invitation"


class InvalidInvitation(Exception):
    """The link is tampered with, expired or already used."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def _fingerprint(user):
    return sha256(f"{user.pk}:{user.password}".encode()).hexdigest()[:16]


def invitation_token_make(user):
    signer = signing.TimestampSigner(salt=_SALT)
    signed = signer.sign_object({"u": user.pk, "f": _fingerprint(user)})
    # Wagtail routes page paths made of [\w-] only: no ":" in the link.
    return urlsafe_base64_encode(signed.encode())


def invitation_token_check(token):
    """The user the token was made for. Raises InvalidInvitation with
    reason "expired" or "invalid"."""
    signer = signing.TimestampSigner(salt=_SALT)
    try:
        signed = urlsafe_base64_decode(token).decode()
        data = signer.unsign_object(signed, max_age=INVITATION_MAX_AGE)
    except signing.SignatureExpired as error:
        raise InvalidInvitation("expired") from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidInvitation("invalid") from error
    if not isinstance(data, dict):
        raise InvalidInvitation("invalid")
    user = (
        get_user_model()
        .objects.filter(pk=data.get("u"), is_active=True, member_account__isnull=False)
        .first()
    )
    if user is None or data.get("f") != _fingerprint(user):
        raise InvalidInvitation("invalid")
    return user
