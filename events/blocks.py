"""StreamField blocks of event pages: speakers and the materials added after
an event. Built from plain blocks so that wagtail-localize translates each
affiliation and label segment by segment."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import DocumentLinkBlock


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(
        label=_("Role and organisation"),
        max_length=200,
        required=False,
        help_text=_("E.g. “Head of Nuclear Medicine, Cluj County Hospital”."),
    )
    photo = ImageChooserBlock(label=_("Photo"), required=False)

    class Meta:
        icon = "user"
        label = _("Speaker")
        template = "events/blocks/speaker_block.html"


class SpeakersBlock(blocks.StreamBlock):
    speaker = SpeakerBlock()


class MaterialsBlock(blocks.StreamBlock):
    """Slides, handouts and reports, for the past-events archive."""

    document = DocumentLinkBlock()
