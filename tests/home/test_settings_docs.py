"""The README and .env.example stay true: every variable the code reads is
listed, and a .env file is honoured without overriding the real environment."""

import re
from pathlib import Path

from config.settings.env import env_list, env_str, load_dotenv

ROOT = Path(__file__).resolve().parents[2]
READ = re.compile(
    r"""(?:env_(?:str|bool|list|int)|os\.environ\.get)\(\s*["']([A-Z_]+)["']"""
)


def variables_read_by_the_code():
    names = set()
    for path in [*ROOT.glob("config/**/*.py"), *ROOT.glob("*/settings*.py")]:
        names |= set(READ.findall(path.read_text()))
    names.discard("DJANGO_IGNORE_DOTENV")
    return names


def test_env_example_lists_every_variable():
    listed = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert variables_read_by_the_code() - listed == set()


def test_readme_names_every_variable():
    readme = (ROOT / "README.md").read_text()
    missing = {
        name for name in variables_read_by_the_code() if f"`{name}`" not in readme
    }
    assert missing == set()


def test_dotenv_fills_in_but_does_not_override(tmp_path, monkeypatch):
    env = tmp_path / ".env"
    env.write_text('# comment\nSITE_LANGUAGES="en,de"\nBASE_URL=https://from-file\n\n')
    monkeypatch.delenv("SITE_LANGUAGES", raising=False)
    monkeypatch.setenv("BASE_URL", "https://from-environment")
    load_dotenv(env)
    assert env_list("SITE_LANGUAGES") == ["en", "de"]
    assert env_str("BASE_URL") == "https://from-environment"
