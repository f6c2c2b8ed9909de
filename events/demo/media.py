"""Pictures and a PDF for the demo events, drawn locally (no downloads) with
the home demo's generators."""

from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.demo.images import image_slices, partner_network, scanner_rings
from home.demo.images import text_pdf as home_text_pdf

# key: (title, alt text, seed) of the pictures drawn for the events.
IMAGES = {
    "events-training": (
        "ImagoMol events – training",
        "Abstract illustration of cross-sectional scans laid out in a grid, "
        "like the pages of a workbook",
        ("slices", 11),
    ),
    "events-funding": (
        "ImagoMol events – funding",
        "Abstract illustration of a grid of scans, each marked with an amber "
        "spot, on a deep blue background",
        ("slices", 41),
    ),
    "events-webinar": (
        "ImagoMol events – webinar",
        "Abstract illustration of glowing rings on a deep blue background, like "
        "a scanner seen head-on",
        ("rings", 31),
    ),
    "events-conference": (
        "ImagoMol events – conference",
        "Abstract illustration of amber and blue rings around a warm glow",
        ("rings", 23),
    ),
    "events-networking": (
        "ImagoMol events – networking",
        "Abstract illustration of a network of amber and blue dots joined by "
        "thin lines, standing for people meeting",
        ("network", 17),
    ),
}

SLIDES_TITLE = "Slides – Risk management in EU-funded projects"
SLIDES_LINES = [
    "Risk management in EU-funded projects",
    "",
    "1. Why projects fail: the five most common risks in imaging projects",
    "2. The risk register: likelihood, impact, owner, mitigation, trigger",
    "3. Reviewing risks at every consortium meeting",
    "4. Deviations: when and how to tell the project officer",
    "5. Amendments: what can change and what cannot",
    "6. Case study: a delayed clinical validation, and how it was recovered",
    "",
    "ImagoMol training, materials for participants.",
    "This document was generated for the ImagoMol demonstration site.",
]

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
