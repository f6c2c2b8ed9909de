"""Pictures and a PDF for the demo events, drawn locally (no downloads) with
the home demo's generators."""

from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.demo.images import image_slices, partner_network, scanner_rings
from home.demo.images import text_pdf as home_text_pdf

from .content_common import IMAGES, SLIDES_LINES, SLIDES_TITLE

DRAW = {
    "slices": image_slices,
    "rings": lambda seed: scanner_rings(seed, centre=(800, 450)),
    "network": partner_network,
}


def image_ensure(key):
    """The image for `key`, drawn the first time only (found again by its
    title). Returns (image, created)."""
    title, alt, (style, seed) = IMAGES[key]
    model = get_image_model()
    existing = model.objects.filter(title=title).order_by("pk").first()
    if existing is not None:
        return existing, False
    buffer = BytesIO()
    DRAW[style](seed).save(buffer, "JPEG", quality=85, optimize=True)
    image = model(title=title, description=alt)
    image.file = ImageFile(BytesIO(buffer.getvalue()), name=f"{key}.jpg")
    image._set_image_file_metadata()
    image.save()
    return image, True


def text_pdf(lines):
    """A one-page A4 PDF with real, selectable text: a title and lines."""
    return home_text_pdf(lines, size=11, leading=18)


def slides_ensure():
    """The slides of the past risk-management training, made the first time
    only. Returns (document, created)."""
    model = get_document_model()
    existing = model.objects.filter(title=SLIDES_TITLE).order_by("pk").first()
    if existing is not None:
        return existing, False
    document = model(title=SLIDES_TITLE)
    document.file = ContentFile(
        text_pdf(SLIDES_LINES), name="imagomol-risk-management-slides.pdf"
    )
    document._set_document_file_metadata()
    document.save()
    return document, True
