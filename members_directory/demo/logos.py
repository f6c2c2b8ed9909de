"""Member logos for the demo, drawn locally with Pillow: the organisation's
initials in white on a coloured shape, found again by title on later runs."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model

from home.demo.images import AMBER, BLUE, NAVY

# (RGB, name used in the alt text)
COLOURS = [
    (BLUE, "blue"),
    (NAVY, "navy"),
    ((30, 107, 58), "green"),
    ((138, 90, 0), "bronze"),
    ((120, 40, 110), "purple"),
    ((179, 38, 30), "red"),
]
SHAPES = ["disc", "square", "hexagon"]
SKIP_WORDS = {"of", "and", "for", "de", "del", "di", "the"}


def initials(name):
    words = [w for w in name.replace("-", " ").split() if w.lower() not in SKIP_WORDS]
    return "".join(word[0] for word in words[:3]).upper()


def _draw(letters, colour, shape):
    size = 320
    image = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    box = (16, 16, size - 16, size - 16)
    if shape == "disc":
        draw.ellipse(box, fill=colour)
    elif shape == "square":
        draw.rounded_rectangle(box, 48, fill=colour)
    else:
        centre, radius = size / 2, size / 2 - 16
        draw.regular_polygon((centre, centre, radius), 6, fill=colour)
    draw.arc((48, 48, size - 48, size - 48), 200, 340, fill=AMBER, width=14)
    font = ImageFont.load_default(size=120 if len(letters) < 3 else 96)
    draw.text(
        (size / 2, size / 2 + 10), letters, fill=(255, 255, 255), font=font, anchor="mm"
    )
    return image


def logo_ensure(index, name, slug):
    """The logo image of the member `name`. Returns (image, created)."""
    model = get_image_model()
    title = f"Member logo – {name}"
    existing = model.objects.filter(title=title).order_by("pk").first()
    if existing is not None:
        return existing, False
    colour, colour_name = COLOURS[index % len(COLOURS)]
    shape = SHAPES[index % len(SHAPES)]
    letters = initials(name)
    buffer = BytesIO()
    _draw(letters, colour, shape).save(buffer, "PNG", optimize=True)
    image = model(
        title=title,
        description=f"Logo of {name}: the letters {letters} in white on a "
        f"{colour_name} {shape}",
    )
    image.file = ImageFile(BytesIO(buffer.getvalue()), name=f"logo-{slug}.png")
    image._set_image_file_metadata()
    image.save()
    return image, True
