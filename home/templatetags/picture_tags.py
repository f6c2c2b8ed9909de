from django import template
from wagtail.images.shortcuts import get_rendition_or_not_found

from ..alt_text import alt_text

register = template.Library()


@register.simple_tag
def picture(image, spec, alt="", decorative=False, **attributes):
    """`{% picture image "fill-600x400|format-webp" alt=page.hero_image_alt %}`:
    the <img> of `image` with the alt text home.alt_text decides (and its
    `lang` when it is the image's source-language description). Other keyword
    arguments become attributes (`class`, `loading`...). Every template that
    shows an image uses this rather than `{% image %}`, so none of them
    decides the alt text on its own."""
    if image is None:
        return ""
    rendition = get_rendition_or_not_found(image, spec)
    attributes.update(alt_text(image, alt, decorative).attrs())
    return rendition.img_tag(attributes)
