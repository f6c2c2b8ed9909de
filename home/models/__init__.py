"""Models of the home app, split by what they are for:

- images: the custom image and rendition models (alt text required);
- seo: the mixin giving every page its hreflang alternates and sitemap entry;
- pages: HomePage and StandardPage;
- forms: FormPage ("Join the cluster", contact) with its fields and honeypot;
- site_settings: organisation name, logo, contact details, social profiles;
- navigation: the main and footer menus editors control;
- taxonomy: topics, the translatable subjects content is tagged with.
"""

from .forms import FormField, FormPage
from .images import CustomImage, CustomRendition
from .navigation import Menu, MenuItem
from .pages import HomePage, StandardPage
from .site_settings import SiteSettings
from .taxonomy import Topic

__all__ = [
    "CustomImage",
    "CustomRendition",
    "FormField",
    "FormPage",
    "HomePage",
    "Menu",
    "MenuItem",
    "SiteSettings",
    "StandardPage",
    "Topic",
]
