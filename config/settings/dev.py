"""Local development: debug on, a throwaway secret key, mail to the console."""

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-change-me")
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# The worker logs every task at INFO; in development that drowns the server log.
LOGGING["loggers"]["django_tasks"] = {"level": "WARNING"}  # noqa: F405
