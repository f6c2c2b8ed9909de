"""The demo's data files: every translation matches its source, and a
translator's mistake stops the seed with the file and the place to fix."""

import textwrap

import pytest
from django.utils.module_loading import autodiscover_modules

from home.demo.builder import DemoData
from home.demo.loader import DataError, load
from home.demo.text import ImageRef, PageRef, Text


def write(directory, **files):
    directory.mkdir(exist_ok=True)
    for language, text in files.items():
        (directory / f"{language}.toml").write_text(textwrap.dedent(text))
    return directory


SOURCE = """
    [page]
    title = "News"
    date = 2026-11-18
    image = "@image/hero"

    [[page.body]]
    type = "paragraph"
    value = '<p>See <a linktype="page" id="@about">us</a>.</p>'

    [[page.body]]
    type = "image"
    image = "@image/network"
"""
ITALIAN = """
    [page]
    title = "Notizie"

    [[page.body]]
    type = "paragraph"
    value = '<p>Vedi <a linktype="page" id="@about">noi</a>.</p>'

    [[page.body]]
    type = "image"
"""


class TestDemoData:
    def test_every_apps_translations_match_their_source(self):
        autodiscover_modules("demo")
        from events.demo.steps import DATA as EVENTS
        from home.demo.steps import DATA as HOME
        from members_directory.demo import DATA as MEMBERS
        from news.demo import DATA as NEWS

        for data in (HOME, NEWS, EVENTS, MEMBERS):
            assert data.languages == ["en", "it", "ro"]
            # Pairs every rich text segment by segment, or raises.
            assert data.translations.strings.keys() == {"it", "ro"}
        assert HOME.translations.get("it", "Join") == "Adesione"
        assert NEWS["topics"]["funding"].get("ro") == "Finanțare"

    def test_texts_facts_and_references(self, tmp_path):
        content = load(write(tmp_path / "data", en=SOURCE, it=ITALIAN))
        page = content["page"]
        assert page["title"] == Text.of(en="News", it="Notizie")
        assert page["date"].isoformat() == "2026-11-18"
        assert page["image"] == ImageRef("hero")
        assert page["body"][0]["value"].get("it").startswith("<p>Vedi")
        assert page["body"][1] == {"type": "image", "image": ImageRef("network")}
        assert load(write(tmp_path / "refs", en='link = "@page/about"'))["link"] == (
            PageRef("about")
        )

    @pytest.mark.parametrize(
        ("italian", "message"),
        [
            (ITALIAN.replace('title = "Notizie"', 'titel = "Notizie"'), "page.titel"),
            (ITALIAN.replace('type = "image"', 'type = "quote"'), "page.body[1].type"),
            (ITALIAN.rsplit("[[page.body]]", 1)[0], "page.body: expected 2 entries"),
            (ITALIAN + '\n[page.extra]\nx = "y"\n', "page.extra"),
            (ITALIAN.replace("[page]", "[page]\ndate = 2026-11-19"), "page.date"),
            ("[page\n", "it.toml"),
        ],
    )
    def test_a_translation_that_does_not_match_is_refused(
        self, tmp_path, italian, message
    ):
        directory = write(tmp_path / "data", en=SOURCE, it=italian)
        with pytest.raises(DataError, match="it.toml") as error:
            load(directory)
        assert message in str(error.value)

    def test_a_text_missing_in_one_language_is_refused(self, tmp_path):
        romanian = ITALIAN.replace('title = "Notizie"\n', "")
        directory = write(tmp_path / "data", en=SOURCE, it=ITALIAN, ro=romanian)
        with pytest.raises(DataError, match=r"ro.toml: page.title"):
            load(directory)

    def test_a_new_language_is_a_new_file(self, tmp_path, settings):
        (tmp_path / "app").mkdir()
        module = tmp_path / "app" / "demo.py"
        write(tmp_path / "app" / "data", en=SOURCE, it=ITALIAN)
        data = DemoData(module)
        assert data.languages == ["en", "it"]
        write(tmp_path / "app" / "data", ro=ITALIAN.replace("Notizie", "Știri"))
        data = DemoData(module)
        assert data.languages == ["en", "it", "ro"]
        assert data["page"]["title"].get("ro") == "Știri"
        assert data.translations.get("ro", "News") == "Știri"
