"""Site-wide views that are not pages: the language redirect, health, robots."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from home.public_url import absolute_url


@require_GET
def language_redirect(request):
    """`/` sends visitors to their language's home: Django's language cookie
    when one is set, then Accept-Language, then the source language."""
    code = translation.get_language_from_request(request, check_path=False)
    if code not in dict(settings.LANGUAGES):
        code = settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{code}/")
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok"})


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
