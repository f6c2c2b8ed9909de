from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of 404s to a
    language-prefixed path for URLs that are not pages.

    Wagtail's catch-all page route makes every `/<lang>/...` path look valid,
    so without this an API or document 404 became a redirect to `/en/api/...`.
    """

    NOT_PAGES = (
        "/api/",
        "/admin/",
        "/documents/",
        "/static/",
        "/media/",
        "/i18n/",
        "/healthz",
        "/robots.txt",
        "/sitemap.xml",
    )

    def process_response(self, request, response):
        if request.path_info.startswith(self.NOT_PAGES):
            return response
        return super().process_response(request, response)
