"""Pictures and documents for the demo, drawn locally with Pillow (no
downloads): abstract scanner rings, image slices and a partner network in the
cluster's blue and amber, the logo, and a small PDF statute."""

import math
import random
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFilter
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

BLUE = (11, 79, 138)
AMBER = (242, 183, 5)
NAVY = (4, 27, 51)
SKY = (120, 180, 230)
WHITE = (255, 255, 255)
SIZE = (1600, 900)


def _random(seed):
    # Seeded so the same picture is drawn every time; nothing secret here.
    return random.Random(seed)  # noqa: S311


def _background(size, top, bottom):
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(
        Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask
    ).convert("RGBA")


def _glow(image, centre, radius, colour, strength=110):
    # Blurred at an eighth of the size and scaled up: the same soft light,
    # drawn in a fraction of the time.
    scale = 8
    small = (image.size[0] // scale, image.size[1] // scale)
    layer = Image.new("RGBA", small, (*colour, 0))
    draw = ImageDraw.Draw(layer)
    x, y, r = centre[0] / scale, centre[1] / scale, radius / scale
    draw.ellipse((x - r, y - r, x + r, y + r), fill=(*colour, strength))
    layer = layer.filter(ImageFilter.GaussianBlur(r / 2)).resize(
        image.size, Image.Resampling.BICUBIC
    )
    return Image.alpha_composite(image, layer)


def scanner_rings(seed, centre=(1080, 450)):
    """The gantry of a PET/CT scanner seen head-on: rings of detectors."""
    rng = _random(seed)
    image = _background(SIZE, BLUE, NAVY)
    image = _glow(image, centre, 330, AMBER, 70)
    layer = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    cx, cy = centre
    for radius in range(120, 520, 38):
        colour = AMBER if rng.random() < 0.45 else SKY
        alpha = rng.randint(90, 220)
        width = rng.choice((2, 3, 5, 8))
        box = (cx - radius, cy - radius, cx + radius, cy + radius)
        start = rng.randint(0, 360)
        draw.arc(box, start, start + rng.randint(200, 340), (*colour, alpha), width)
    for step in range(120):
        angle = 2 * math.pi * step / 120
        inner, outer = 540, 560 + (step % 4) * 6
        draw.line(
            (
                cx + inner * math.cos(angle),
                cy + inner * math.sin(angle),
                cx + outer * math.cos(angle),
                cy + outer * math.sin(angle),
            ),
            fill=(*WHITE, 120),
            width=3,
        )
    return Image.alpha_composite(image, layer).convert("RGB")


def image_slices(seed):
    """A contact sheet of cross-sections, as a radiologist scrolls through."""
    rng = _random(seed)
    image = _background(SIZE, NAVY, BLUE)
    layer = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    columns, rows, cell = 6, 3, 230
    left = (SIZE[0] - columns * cell) // 2
    top = (SIZE[1] - rows * cell) // 2
    for row in range(rows):
        for column in range(columns):
            x = left + column * cell + cell // 2
            y = top + row * cell + cell // 2
            size = 60 + 40 * math.sin((row * columns + column) / 3)
            draw.rounded_rectangle(
                (x - 105, y - 105, x + 105, y + 105), 18, outline=(*SKY, 90), width=2
            )
            draw.ellipse(
                (x - size, y - size * 0.8, x + size, y + size * 0.8),
                fill=(*SKY, 70),
                outline=(*WHITE, 140),
                width=2,
            )
            spot = rng.uniform(8, 26)
            sx = x + rng.uniform(-size / 2, size / 2)
            sy = y + rng.uniform(-size / 3, size / 3)
            draw.ellipse(
                (sx - spot, sy - spot, sx + spot, sy + spot),
                fill=(*AMBER, rng.randint(150, 240)),
            )
    layer = layer.filter(ImageFilter.GaussianBlur(1))
    return Image.alpha_composite(image, layer).convert("RGB")


def partner_network(seed):
    """Members as nodes: hospitals, universities, institutes and companies."""
    rng = _random(seed)
    image = _background(SIZE, BLUE, NAVY)
    image = _glow(image, (800, 450), 380, SKY, 50)
    layer = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    nodes = [(rng.randint(120, 1480), rng.randint(100, 800)) for _ in range(46)]
    for index, (x, y) in enumerate(nodes):
        nearest = sorted(nodes, key=lambda n: (n[0] - x) ** 2 + (n[1] - y) ** 2)
        for other in nearest[1:4]:
            draw.line((x, y, *other), fill=(*WHITE, 70), width=2)
        radius = 10 if index % 5 else 20
        colour = AMBER if index % 4 == 0 else SKY
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=(*colour, 230),
            outline=(*WHITE, 200),
            width=2,
        )
    return Image.alpha_composite(image, layer).convert("RGB")


def logo():
    """A blue disc, an amber detector ring and a three-atom molecule."""
    size = 512
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((16, 16, size - 16, size - 16), fill=(*BLUE, 255))
    draw.arc((70, 70, size - 70, size - 70), 200, 160, fill=(*AMBER, 255), width=34)
    atoms = [(256, 190), (190, 300), (322, 300)]
    for a, b in ((0, 1), (0, 2), (1, 2)):
        draw.line((*atoms[a], *atoms[b]), fill=(*WHITE, 255), width=16)
    for x, y in atoms:
        draw.ellipse((x - 34, y - 34, x + 34, y + 34), fill=(*WHITE, 255))
    return image


# key: (title, alt text, draw function, format, file name)
IMAGES = {
    "hero": (
        "ImagoMol – scanner rings",
        "Abstract illustration of a PET/CT scanner seen head-on: amber and light "
        "blue rings glowing on a deep blue background",
        lambda: scanner_rings(1),
        "JPEG",
        "imagomol-scanner-rings.jpg",
    ),
    "about": (
        "ImagoMol – detector ring",
        "Abstract illustration of a ring of detectors around a warm amber glow",
        lambda: scanner_rings(7, centre=(800, 450)),
        "JPEG",
        "imagomol-detector-ring.jpg",
    ),
    "services": (
        "ImagoMol – image slices",
        "Abstract illustration of eighteen cross-sectional scans in a grid, each "
        "with an amber spot",
        lambda: image_slices(3),
        "JPEG",
        "imagomol-image-slices.jpg",
    ),
    "network": (
        "ImagoMol – partner network",
        "Abstract illustration of a network: amber and blue dots joined by thin "
        "lines, standing for the cluster's members",
        lambda: partner_network(5),
        "JPEG",
        "imagomol-partner-network.jpg",
    ),
    "logo": (
        "ImagoMol logo",
        "ImagoMol logo: an amber ring around a molecule on a blue disc",
        logo,
        "PNG",
        "imagomol-logo.png",
    ),
}


def image_ensure(key):
    """The CustomImage for `key`, drawn and saved the first time only (found
    again by its title). Returns (image, created)."""
    title, alt, draw, fmt, filename = IMAGES[key]
    model = get_image_model()
    existing = model.objects.filter(title=title).order_by("pk").first()
    if existing is not None:
        return existing, False
    buffer = BytesIO()
    picture = draw()
    if fmt == "JPEG":
        picture.save(buffer, fmt, quality=85, optimize=True)
    else:
        picture.save(buffer, fmt, optimize=True)
    image = model(title=title, description=alt)
    image.file = ImageFile(BytesIO(buffer.getvalue()), name=filename)
    image._set_image_file_metadata()
    image.save()
    return image, True


STATUTE_TITLE = "ImagoMol membership statute"
STATUTE_LINES = [
    "Statute of the ImagoMol Cluster Association (excerpt)",
    "",
    "Art. 1  Name and seat. The association is called ImagoMol Cluster",
    "        Association. Its seat is in Cluj-Napoca, Romania.",
    "Art. 2  Purpose. The association connects hospitals, universities,",
    "        research institutes and companies working in medical imaging,",
    "        to develop joint projects, train people and promote members.",
    "Art. 3  Members. Any legal person active in medical imaging or a",
    "        related field in a member state of the European Union may join.",
    "Art. 4  Admission. Applications are sent to the cluster management",
    "        and approved by the board of directors at its next meeting.",
    "Art. 5  Rights. Members take part in the general assembly, use the",
    "        cluster's services and are presented on its channels.",
    "Art. 6  Duties. Members pay the annual fee set by the general",
    "        assembly and respect the confidentiality of shared information.",
    "Art. 7  Bodies. The general assembly, the board of directors and the",
    "        cluster manager.",
    "Art. 8  Withdrawal. A member may withdraw with three months' notice",
    "        given in writing to the board of directors.",
    "",
    "This document was generated for the ImagoMol demonstration site.",
]


def _pdf_escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(lines, size=10.5, leading=16):
    """A one-page A4 PDF with real (selectable, readable) text: the first
    line as a bold title, the others in `size` pt with `leading` pt lines."""
    title, *rest = lines
    text = [f"BT /F2 15 Tf 60 780 Td ({_pdf_escape(title)}) Tj ET"]
    text.append(f"BT /F1 {size:g} Tf 60 750 Td {leading:g} TL")
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


def statute_pdf():
    return text_pdf(STATUTE_LINES)


def statute_ensure():
    """The membership statute document, made the first time only."""
    model = get_document_model()
    existing = model.objects.filter(title=STATUTE_TITLE).order_by("pk").first()
    if existing is not None:
        return existing, False
    document = model(title=STATUTE_TITLE)
    document.file = ContentFile(statute_pdf(), name="imagomol-membership-statute.pdf")
    document._set_document_file_metadata()
    document.save()
    return document, True
