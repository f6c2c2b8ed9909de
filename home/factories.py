"""factory_boy factories for the home app's models, used by the tests."""

import factory
import wagtail_factories

from .models import CustomImage, FormField, FormPage, HomePage, StandardPage


class CustomImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CustomImage

    title = factory.Sequence(lambda n: f"Image {n}")
    description = factory.Sequence(lambda n: f"Scanner room, view {n}")


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    slug = "home"
    hero_title = "Medical imaging, connected"
    hero_text = "Hospitals, universities and companies working together."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "What this page is about."


class FormPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FormPage

    title = "Join the cluster"
    slug = "join"
    to_address = "membership@example.org"
    thank_you_text = "<p>Thank you for your interest.</p>"


class FormFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FormField

    page = factory.SubFactory(FormPageFactory)
    label = factory.Sequence(lambda n: f"Field {n}")
    field_type = "singleline"
    required = True
    locale = factory.SelfAttribute("page.locale")
