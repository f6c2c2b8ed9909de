"""The shared StreamField blocks that every content page's body is built from.

Each block renders with its own template in templates/blocks/. There is no raw
HTML block: the site runs a strict Content-Security-Policy, and everything here
is translatable segment by segment in wagtail-localize.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    """An image with alt text of its own, written in the page's language and
    translated with it; empty, the image's description is used (see
    home/alt_text.py). A plain StructBlock rather than Wagtail's ImageBlock:
    that one would drop the caption of blocks already saved, and
    wagtail-localize extracts this CharBlock as an ordinary segment."""

    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alt text"),
        required=False,
        max_length=255,
        # Blocks saved before this field existed read as "" (not None), which
        # wagtail-localize can extract.
        default="",
        help_text=_(
            "What the image shows here, in this page's language. "
            "Leave empty to use the image's own description."
        ),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative"),
        required=False,
        default=False,
        help_text=_("Adds nothing to the text: screen readers skip it."),
    )
    caption = blocks.CharBlock(
        label=_("Caption"), required=False, max_length=250, default=""
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("The title by default.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "blocks/document_link_block.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("FAQ / accordion")
        template = "blocks/faq_block.html"


class TableBlock(blocks.StructBlock):
    """A plain data table. Built from lists of text rather than the
    JavaScript table editor so that wagtail-localize can translate each cell
    and the markup can carry a caption and header cells."""

    caption = blocks.CharBlock(
        label=_("Caption"), help_text=_("Says what the table shows.")
    )
    header = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading")), label=_("Column headings")
    )
    rows = blocks.ListBlock(
        blocks.ListBlock(
            blocks.CharBlock(label=_("Cell"), required=False), label=_("Row")
        ),
        label=_("Rows"),
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/rich_text_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    faq = FAQBlock()
    table = TableBlock()


class ServiceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    description = blocks.TextBlock(label=_("Description"))
    page = blocks.PageChooserBlock(label=_("Page"), required=False)

    class Meta:
        icon = "tick-inverse"
        label = _("Service")
        template = "blocks/service_block.html"
