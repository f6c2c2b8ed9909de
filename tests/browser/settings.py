"""Production settings for the browser suite's server, with its collected
static files kept in the run's temporary directory instead of the checkout.

Everything else is config.settings.production as deployed (DEBUG off,
WhiteNoise with hashed names, the real Content-Security-Policy); run.sh sets
the environment it requires, with SECURE_SSL_REDIRECT=false for plain HTTP.
"""

import os

from config.settings.production import *  # noqa: F403

STATIC_ROOT = os.environ.get("BROWSER_STATIC_ROOT", STATIC_ROOT)  # noqa: F405
