"""Pictures and a PDF for the demo events, drawn locally (no downloads) with
the home demo's generators."""

from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.demo.images import image_slices, partner_network, scanner_rings

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


def _pdf_escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(lines):
    """A one-page A4 PDF with real, selectable text: a title and lines."""
    title, *rest = lines
    text = [f"BT /F2 15 Tf 60 780 Td ({_pdf_escape(title)}) Tj ET"]
    text.append("BT /F1 11 Tf 60 750 Td 18 TL")
    text += [f"({_pdf_escape(line)}) '" for line in rest]
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)


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
