"""The demo forms ("Join the cluster", contact), menus and site settings."""

from .content import BECOME_A_MEMBER, JOIN_THE_CLUSTER
from .text import t

EMAIL = t("Email", "Email", "E-mail")
MESSAGE = t("Message", "Messaggio", "Mesaj")
CONTACT_US = t("Contact us", "Contatti", "Contactați-ne")


def _field(label, field_type="singleline", *, required=True, choices=None, help=None):
    return {
        "label": label,
        "field_type": field_type,
        "required": required,
        "choices": choices or "",
        "help_text": help or "",
        "default_value": "",
    }


ORGANISATION_TYPES = t(
    "SME\nLarge company\nStart-up\nHospital or clinic\nUniversity\n"
    "Research institute\nPublic body\nAssociation or cluster",
    "PMI\nGrande impresa\nStart-up\nOspedale o clinica\nUniversità\n"
    "Istituto di ricerca\nEnte pubblico\nAssociazione o cluster",
    "IMM\nCompanie mare\nStart-up\nSpital sau clinică\nUniversitate\n"
    "Institut de cercetare\nInstituție publică\nAsociație sau cluster",
)

JOIN = {
    "title": JOIN_THE_CLUSTER,
    "intro": t(
        "<p>Membership of ImagoMol is open to organisations from every EU country "
        "working in medical imaging or a related field. Tell us about yours: the "
        "cluster team will reply within a week with the statute, the fees and the "
        "next steps.</p>",
        "<p>L'adesione a ImagoMol è aperta alle organizzazioni di tutti i paesi "
        "dell'UE attive nella diagnostica per immagini o in un settore affine. "
        "Raccontateci della vostra: il team del cluster vi risponderà entro una "
        "settimana con lo statuto, le quote e i passi successivi.</p>",
        "<p>Calitatea de membru ImagoMol este deschisă organizațiilor din toate "
        "țările UE care activează în imagistica medicală sau într-un domeniu "
        "conex. Spuneți-ne despre organizația dumneavoastră: echipa clusterului vă "
        "va răspunde în decurs de o săptămână cu statutul, cotizațiile și pașii "
        "următori.</p>",
    ),
    "thank_you_text": t(
        "<p>Thank you for your interest in ImagoMol. We have received your request "
        "and will contact you within a week.</p>",
        "<p>Grazie per l'interesse verso ImagoMol. Abbiamo ricevuto la vostra "
        "richiesta e vi contatteremo entro una settimana.</p>",
        "<p>Vă mulțumim pentru interesul față de ImagoMol. Am primit solicitarea "
        "dumneavoastră și vă vom contacta în decurs de o săptămână.</p>",
    ),
    "to_address": "membership@imagomol.example",
    "subject": "New membership request from the website",
    "form_fields": [
        _field(
            t(
                "Organisation name",
                "Nome dell'organizzazione",
                "Denumirea organizației",
            )
        ),
        _field(t("Contact person", "Referente", "Persoană de contact")),
        _field(EMAIL, "email"),
        _field(
            t("Organisation type", "Tipo di organizzazione", "Tipul organizației"),
            "dropdown",
            choices=ORGANISATION_TYPES,
        ),
        _field(t("Country", "Paese", "Țara")),
        _field(
            MESSAGE,
            "multiline",
            required=False,
            help=t(
                "What does your organisation do, and what do you hope to find in "
                "the cluster?",
                "Di cosa si occupa la vostra organizzazione e che cosa sperate di "
                "trovare nel cluster?",
                "Cu ce se ocupă organizația dumneavoastră și ce sperați să găsiți "
                "în cluster?",
            ),
        ),
        _field(
            t(
                "I agree that ImagoMol stores these details to answer my request",
                "Acconsento a che ImagoMol conservi questi dati per rispondere alla "
                "mia richiesta",
                "Sunt de acord ca ImagoMol să păstreze aceste date pentru a-mi "
                "răspunde la solicitare",
            ),
            "checkbox",
        ),
    ],
}

CONTACT = {
    "title": CONTACT_US,
    "intro": t(
        "<p>Questions about the cluster, a project idea or a news item for our "
        "newsletter? Write to us and the right person in the team will "
        "answer.</p>",
        "<p>Domande sul cluster, un'idea di progetto o una notizia per la nostra "
        "newsletter? Scriveteci e vi risponderà la persona giusta del team.</p>",
        "<p>Aveți întrebări despre cluster, o idee de proiect sau o știre pentru "
        "newsletterul nostru? Scrieți-ne și vă va răspunde persoana potrivită din "
        "echipă.</p>",
    ),
    "thank_you_text": t(
        "<p>Thank you for your message. We will answer as soon as possible, "
        "usually within two working days.</p>",
        "<p>Grazie per il vostro messaggio. Vi risponderemo al più presto, di "
        "solito entro due giorni lavorativi.</p>",
        "<p>Vă mulțumim pentru mesaj. Vă vom răspunde cât mai curând, de obicei "
        "în două zile lucrătoare.</p>",
    ),
    "to_address": "info@imagomol.example",
    "subject": "New message from the contact form",
    "form_fields": [
        _field(t("Name", "Nome e cognome", "Nume și prenume")),
        _field(EMAIL, "email"),
        _field(t("Subject", "Oggetto", "Subiect")),
        _field(MESSAGE, "multiline"),
    ],
}

# (page key, label) per menu place; later apps add their sections to "main".
MENUS = {
    "main": [
        ("about", t("About", "Chi siamo", "Despre noi")),
        ("services", t("Services", "Servizi", "Servicii")),
        ("join", t("Join", "Adesione", "Înscriere")),
        ("contact", t("Contact", "Contatti", "Contact")),
    ],
    "footer": [
        ("about", t("About ImagoMol", "Chi è ImagoMol", "Despre ImagoMol")),
        ("join", BECOME_A_MEMBER),
        ("contact", CONTACT_US),
    ],
}

SITE_SETTINGS = {
    "organisation_name": "ImagoMol",
    "email": "info@imagomol.example",
    "phone": "+40 264 000 100",
    "address": "ImagoMol Cluster Association\nStr. Inovației 12\n"
    "400000 Cluj-Napoca\nRomania",
    "mastodon_url": "https://mastodon.social/@imagomol",
    "bluesky_url": "https://bsky.app/profile/imagomol.bsky.social",
    "linkedin_url": "https://www.linkedin.com/company/imagomol",
    "youtube_url": "https://www.youtube.com/@imagomol",
    "facebook_url": "",
}
