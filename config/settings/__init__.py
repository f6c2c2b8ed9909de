"""Settings, split by where the code runs.

base.py holds everything and reads the environment; dev.py, test.py and
production.py only change what differs. DJANGO_SETTINGS_MODULE picks one.
"""
