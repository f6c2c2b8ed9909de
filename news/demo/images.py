"""Pictures for the demo news, drawn locally with Pillow (no downloads): the
home app's motifs (scanner rings, image slices, the partner network) with
other seeds, and three of the news app's own (rising bars for funding, a
classroom for training, a molecule for radiopharmaceuticals)."""

import math
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

from home.demo.images import (
    AMBER,
    BLUE,
    NAVY,
    SIZE,
    SKY,
    WHITE,
    _background,
    _glow,
    _random,
    image_slices,
    partner_network,
    scanner_rings,
)


def rising_bars(seed):
    """Funding: a bar chart climbing to the right, its top bar in amber."""
    rng = _random(seed)
    bars = rng.randint(5, 10)
    image = _background(SIZE, BLUE, NAVY)
    image = _glow(image, (rng.randint(300, 1300), 260), 300, AMBER, 60)
    layer = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    left, base, step = 220, 780, 1160 // bars
    width = step - 30
    highlight = rng.randrange(bars // 2, bars)
    for index in range(bars):
        height = 90 + index * (480 // bars) + rng.randint(-40, 40)
        x = left + index * step
        colour = AMBER if index == highlight else SKY
        alpha = 230 if index == highlight else 110 + index * 10
        draw.rounded_rectangle(
            (x, base - height, x + width, base), 10, fill=(*colour, alpha)
        )
    draw.line((180, base + 12, 1420, base + 12), fill=(*WHITE, 160), width=4)
    return Image.alpha_composite(image, layer).convert("RGB")


def classroom(seed):
    """Training: rows of participants facing a screen with a timeline."""
    rng = _random(seed)
    image = _background(SIZE, NAVY, BLUE)
    layer = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    draw.rounded_rectangle((420, 90, 1180, 380), 16, fill=(*WHITE, 40))
    draw.line((480, 240, 1120, 240), fill=(*SKY, 200), width=6)
    for step in range(5):
        x = 500 + step * 150
        colour = AMBER if step == rng.randint(0, 4) else SKY
        draw.ellipse((x - 18, 222, x + 18, 258), fill=(*colour, 230))
    for row in range(3):
        for column in range(8 - row):
            x = 300 + row * 70 + column * 150 + rng.randint(-8, 8)
            y = 520 + row * 110
            draw.ellipse((x - 26, y - 70, x + 26, y - 18), fill=(*SKY, 170))
            draw.rounded_rectangle(
                (x - 44, y - 10, x + 44, y + 60), 20, fill=(*SKY, 90)
            )
    return Image.alpha_composite(image, layer).convert("RGB")


def molecule(seed):
    """Radiopharmaceuticals: hexagonal rings of atoms with one glowing tracer."""
    rng = _random(seed)
    image = _background(SIZE, BLUE, NAVY)
    image = _glow(image, (882, 405), 260, AMBER, 80)
    layer = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    # Flat-topped hexagons share an edge when their centres are r·√3 apart.
    centres = [(570, 405), (726, 315), (882, 405), (1038, 315), (882, 585)]
    atoms = []
    for cx, cy in centres:
        ring = [
            (cx + 104 * math.cos(math.pi / 3 * k), cy + 104 * math.sin(math.pi / 3 * k))
            for k in range(6)
        ]
        for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
            draw.line((*a, *b), fill=(*WHITE, 150), width=6)
        atoms += ring
    for x, y in atoms:
        radius = rng.choice((14, 16, 18))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*SKY, 230))
    x, y = 882, 405
    draw.ellipse((x - 40, y - 40, x + 40, y + 40), fill=(*AMBER, 255))
    return Image.alpha_composite(image, layer).convert("RGB")


def news_image_ensure(key, title, alt, draw):
    """The CustomImage for a news item, drawn the first time only (found again
    by its title). Returns (image, created)."""
    model = get_image_model()
    existing = model.objects.filter(title=title).order_by("pk").first()
    if existing is not None:
        return existing, False
    buffer = BytesIO()
    draw().save(buffer, "JPEG", quality=85, optimize=True)
    image = model(title=title, description=alt)
    image.file = ImageFile(BytesIO(buffer.getvalue()), name=f"imagomol-news-{key}.jpg")
    image._set_image_file_metadata()
    image.save()
    return image, True


# Alt texts for the drawings, by motif.
ALT = {
    "slices": "Abstract illustration of cross-sectional scans in a grid, each "
    "with a bright amber spot",
    "network": "Abstract illustration of a network: amber and blue dots joined "
    "by thin lines",
    "rings": "Abstract illustration of a scanner seen head-on: amber and light "
    "blue rings on a deep blue background",
    "bars": "Abstract illustration of a bar chart rising to the right, with one "
    "bar in amber",
    "classroom": "Abstract illustration of rows of participants facing a screen "
    "that shows a timeline",
    "molecule": "Abstract illustration of a molecule: rings of light blue atoms "
    "around one glowing amber atom",
}

DRAWINGS = {
    "slices": image_slices,
    "network": partner_network,
    "rings": scanner_rings,
    "bars": rising_bars,
    "classroom": classroom,
    "molecule": molecule,
}


def drawing(motif, seed, **options):
    return lambda: DRAWINGS[motif](seed, **options)
