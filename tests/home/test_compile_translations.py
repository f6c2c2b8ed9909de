import gettext

from django.core.management import call_command


def test_compiles_po_files_without_gettext(tmp_path, settings):
    folder = tmp_path / "it" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Send"\nmsgstr "Invia"\n\n'
        '#, fuzzy\nmsgid "Guess"\nmsgstr "Indovino"\n',
        encoding="utf-8",
    )
    settings.LOCALE_PATHS = [tmp_path]
    call_command("compile_translations", verbosity=0)
    catalogue = gettext.GNUTranslations((folder / "django.mo").open("rb"))
    assert catalogue.gettext("Send") == "Invia"
    # Fuzzy entries are guesses a translator has not confirmed: left out.
    assert catalogue.gettext("Guess") == "Guess"
