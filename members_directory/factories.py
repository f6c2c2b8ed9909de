"""factory_boy factories for the members directory, used by the tests."""

import factory
import wagtail_factories
from wagtail.models import Locale

from .models import (
    Expertise,
    MemberPage,
    MemberPageExpertise,
    MembersDirectoryPage,
    OrganisationType,
)


class ExpertiseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Expertise

    name = factory.Sequence(lambda n: f"Expertise {n}")
    locale = factory.LazyFunction(Locale.get_default)


class MembersDirectoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MembersDirectoryPage

    title = "Members"
    slug = "members"
    introduction = "Hospitals, universities and companies in the cluster."


class MemberPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MemberPage

    title = factory.Sequence(lambda n: f"Member organisation {n}")
    organisation_type = OrganisationType.SME
    country = "RO"
    city = "Cluj-Napoca"
    description = "<p>Imaging software for hospitals.</p>"
    offers = "Image analysis services."
    looks_for = "Clinical partners."
    website = factory.Sequence(lambda n: f"https://member{n}.example.org/")
    contact_email = factory.Sequence(lambda n: f"info@member{n}.example.org")


class MemberPageExpertiseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberPageExpertise

    page = factory.SubFactory(MemberPageFactory)
    expertise = factory.SubFactory(ExpertiseFactory)
    locale = factory.SelfAttribute("page.locale")
    # The admin's InlinePanel numbers the links; without a number PostgreSQL
    # returns them in any order and a publish keeps whichever it read.
    sort_order = factory.Sequence(lambda n: n)
