"""Demo content of the events app for `manage.py seed_demo`.

- data/: the words, in every language, of the events page, its topics and
  nine events (past and upcoming: trainings on project management and on EU
  funding calls, webinars, a hybrid conference, a rescheduled evening, a
  cancelled info day), and their dates relative to the day of the first run;
- media: their pictures and a PDF, generated locally;
- steps: the seed steps (300-340), and the "Events" entry of the main menu.
"""

from . import steps  # noqa: F401  (registers the steps and the menu entry)
