"""Models of the members directory, split by what they are for:

- taxonomy: Expertise, the translatable vocabulary members are listed under;
- pages: MembersDirectoryPage (the directory of one language) and MemberPage
  (one organisation), with the orderable links from a member to its areas of
  expertise;
- querysets: the listing verbs of MemberPage (visible_in_directory,
  matching, with_expertise ...);
- accounts: MemberAccount, the link from a user to the member organisation it
  speaks for, and MemberGroup, the Wagtail group holding that organisation's
  page permissions.
"""

from .accounts import MemberAccount, MemberGroup
from .pages import (
    MemberPage,
    MemberPageExpertise,
    MembersDirectoryPage,
    OrganisationType,
)
from .querysets import MemberPageQuerySet
from .taxonomy import Expertise

__all__ = [
    "Expertise",
    "MemberAccount",
    "MemberGroup",
    "MemberPage",
    "MemberPageExpertise",
    "MemberPageQuerySet",
    "MembersDirectoryPage",
    "OrganisationType",
]
