"""Words the demo's events share: the events page, topics, places."""

from home.demo.text import t

EVENTS_TITLE = t("Events", "Eventi", "Evenimente")

INDEX = {
    "title": EVENTS_TITLE,
    "introduction": t(
        "Trainings, webinars, conferences, networking evenings and info days "
        "organised by ImagoMol and its members. Register online, add an event to "
        "your calendar, or subscribe to the whole programme.",
        "Corsi di formazione, webinar, conferenze, serate di networking e "
        "giornate informative organizzati da ImagoMol e dai suoi membri. "
        "Iscrivetevi online, aggiungete un evento al vostro calendario o "
        "abbonatevi all'intero programma.",
        "Cursuri de formare, webinarii, conferințe, seri de networking și zile de "
        "informare organizate de ImagoMol și de membrii săi. Înscrieți-vă online, "
        "adăugați un eveniment în calendar sau abonați-vă la întregul program.",
    ),
}

# slug: name in every language. The news demo makes some of the same topics;
# whichever runs first creates them, the other reuses them (by slug).
TOPICS = {
    "training": t("Training", "Formazione", "Formare"),
    "funding": t("Funding", "Finanziamenti", "Finanțare"),
    "ai-in-imaging": t(
        "AI in imaging",
        "IA nella diagnostica per immagini",
        "IA în imagistica medicală",
    ),
    "research": t("Research", "Ricerca", "Cercetare"),
}

COUNTRY_RO = "RO"
COUNTRY_IT = "IT"
CLUJ = t("Cluj-Napoca", "Cluj-Napoca", "Cluj-Napoca")
MILAN = t("Milan", "Milano", "Milano")
HUB = t("ImagoMol Innovation Hub", "ImagoMol Innovation Hub", "ImagoMol Innovation Hub")
HUB_ADDRESS = t("Str. Inovației 12", "Str. Inovației 12", "Str. Inovației 12")

# key: (title, alt text, seed) of the pictures drawn for the events.
IMAGES = {
    "events-training": (
        "ImagoMol events – training",
        "Abstract illustration of cross-sectional scans laid out in a grid, "
        "like the pages of a workbook",
        ("slices", 11),
    ),
    "events-funding": (
        "ImagoMol events – funding",
        "Abstract illustration of a grid of scans, each marked with an amber "
        "spot, on a deep blue background",
        ("slices", 41),
    ),
    "events-webinar": (
        "ImagoMol events – webinar",
        "Abstract illustration of glowing rings on a deep blue background, like "
        "a scanner seen head-on",
        ("rings", 31),
    ),
    "events-conference": (
        "ImagoMol events – conference",
        "Abstract illustration of amber and blue rings around a warm glow",
        ("rings", 23),
    ),
    "events-networking": (
        "ImagoMol events – networking",
        "Abstract illustration of a network of amber and blue dots joined by "
        "thin lines, standing for people meeting",
        ("network", 17),
    ),
}

SLIDES_TITLE = "Slides – Risk management in EU-funded projects"
SLIDES_LINES = [
    "Risk management in EU-funded projects",
    "",
    "1. Why projects fail: the five most common risks in imaging projects",
    "2. The risk register: likelihood, impact, owner, mitigation, trigger",
    "3. Reviewing risks at every consortium meeting",
    "4. Deviations: when and how to tell the project officer",
    "5. Amendments: what can change and what cannot",
    "6. Case study: a delayed clinical validation, and how it was recovered",
    "",
    "ImagoMol training, materials for participants.",
    "This document was generated for the ImagoMol demonstration site.",
]
