"""The words of the demo's past events, in every language; see
content_upcoming for the shape of each dict."""

from home.demo.text import DocumentRef, ImageRef, t

from .content_common import COUNTRY_IT

RISK_TRAINING = {
    "slug": "risk-management-training",
    "topics": ["training"],
    "when": (-41, (9, 30), (13, 0)),
    "kind": "training",
    "time_zone": "Europe/Rome",
    "attendance_mode": "in_person",
    "event_language": "it",
    "image": ImageRef("events-training"),
    "title": t(
        "Risk management in EU-funded projects",
        "La gestione del rischio nei progetti finanziati dall'UE",
        "Managementul riscurilor în proiectele finanțate de UE",
    ),
    "summary": t(
        "How to keep a risk register that helps, when to warn the project "
        "officer, and what an amendment can change. The slides and the recording "
        "are below.",
        "Come tenere un registro dei rischi che sia utile, quando avvisare il "
        "project officer e cosa può cambiare un emendamento. Le slide e la "
        "registrazione sono qui sotto.",
        "Cum țineți un registru al riscurilor care chiar ajută, când îl anunțați "
        "pe responsabilul de proiect și ce poate schimba un amendament. "
        "Prezentarea și înregistrarea sunt mai jos.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>Thirty project managers from eleven member organisations took "
                "part in this morning at the Bologna Technopole. The discussion "
                "of a delayed clinical validation, and how the consortium "
                "recovered it, was the part most participants found useful.</p>",
                "<p>Trenta project manager di undici organizzazioni associate "
                "hanno partecipato a questa mattinata al Tecnopolo di Bologna. La "
                "discussione di una validazione clinica in ritardo, e di come il "
                "consorzio l'ha recuperata, è stata la parte più utile per molti "
                "partecipanti.</p>",
                "<p>Treizeci de manageri de proiect din unsprezece organizații "
                "membre au participat la această dimineață la Tecnopolo din "
                "Bologna. Discuția despre o validare clinică întârziată și despre "
                "felul în care consorțiul a recuperat-o a fost partea cea mai utilă "
                "pentru mulți participanți.</p>",
            ),
        )
    ],
    "speakers": [
        (
            "Francesca Bianchi",
            t(
                "Grants office, University of Bologna",
                "Ufficio progetti, Università di Bologna",
                "Biroul de proiecte, Universitatea din Bologna",
            ),
        ),
    ],
    "materials": [
        (
            "document",
            {
                "document": DocumentRef("risk-slides"),
                "label": t(
                    "Slides of the training (PDF)",
                    "Slide della formazione (PDF)",
                    "Prezentarea de la curs (PDF)",
                ),
            },
        )
    ],
    "recording_url": "https://video.imagomol.example/risk-management-training",
    "venue_name": t("Bologna Technopole", "Tecnopolo di Bologna", "Tecnopolo Bologna"),
    "venue_address": t(
        "Via Stalingrado 84/3", "Via Stalingrado 84/3", "Via Stalingrado 84/3"
    ),
    "venue_city": t("Bologna", "Bologna", "Bologna"),
    "venue_country": COUNTRY_IT,
    "is_free": True,
}

OPEN_DATA_WEBINAR = {
    "slug": "open-imaging-data-webinar",
    "topics": ["research"],
    "when": (-19, (15, 0), (16, 0)),
    "kind": "webinar",
    "time_zone": "Europe/Bucharest",
    "attendance_mode": "online",
    "event_language": "en",
    "image": ImageRef("events-webinar"),
    "title": t(
        "Open imaging data for research: FAIR principles in practice",
        "Dati di imaging aperti per la ricerca: i principi FAIR nella pratica",
        "Date deschise de imagistică pentru cercetare: principiile FAIR în practică",
    ),
    "summary": t(
        "How hospitals can share anonymised scans with researchers while "
        "respecting the GDPR, and which repositories the cluster's projects use.",
        "Come gli ospedali possono condividere immagini anonimizzate con i "
        "ricercatori nel rispetto del GDPR, e quali archivi usano i progetti del "
        "cluster.",
        "Cum pot spitalele să partajeze imagini anonimizate cu cercetătorii "
        "respectând GDPR și ce depozite de date folosesc proiectele clusterului.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>The recording of this webinar is available below. It covers "
                "de-identification of DICOM files, data-sharing agreements and the "
                "European Health Data Space.</p>",
                "<p>La registrazione di questo webinar è disponibile qui sotto. "
                "Tratta la de-identificazione dei file DICOM, gli accordi di "
                "condivisione dei dati e lo Spazio europeo dei dati sanitari.</p>",
                "<p>Înregistrarea acestui webinar este disponibilă mai jos. "
                "Tratează de-identificarea fișierelor DICOM, acordurile de "
                "partajare a datelor și Spațiul european al datelor privind "
                "sănătatea.</p>",
            ),
        )
    ],
    "speakers": [
        (
            "Dr Alina Dumitrescu",
            t(
                "Data protection officer, Iuliu Hațieganu University",
                "Responsabile della protezione dei dati, Università Iuliu Hațieganu",
                "Responsabil cu protecția datelor, Universitatea Iuliu Hațieganu",
            ),
        ),
    ],
    "recording_url": "https://video.imagomol.example/open-imaging-data",
    "is_free": True,
}

INTERREG_INFO_DAY = {
    "slug": "interreg-partner-search-info-day",
    "topics": ["funding"],
    "when": (-76, (10, 0), (15, 0)),
    "status": "moved_online",
    "kind": "info_day",
    "time_zone": "Europe/Bucharest",
    "attendance_mode": "online",
    "event_language": "ro",
    "image": ImageRef("events-networking"),
    "title": t(
        "Info day: finding partners for Interreg Europe projects",
        "Giornata informativa: trovare partner per i progetti Interreg Europe",
        "Zi de informare: găsirea de parteneri pentru proiecte Interreg Europe",
    ),
    "summary": t(
        "The rules of the latest Interreg Europe call, and a partner search "
        "session for members with a project idea.",
        "Le regole dell'ultimo bando Interreg Europe e una sessione di ricerca "
        "partner per i membri con un'idea di progetto.",
        "Regulile celui mai recent apel Interreg Europe și o sesiune de căutare "
        "de parteneri pentru membrii care au o idee de proiect.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>Planned in Cluj-Napoca, this info day moved online a week "
                "before it took place. Forty-two participants from seven countries "
                "joined; nine project ideas found at least one new partner.</p>",
                "<p>Prevista a Cluj-Napoca, questa giornata informativa si è "
                "spostata online una settimana prima. Hanno partecipato "
                "quarantadue persone da sette paesi; nove idee di progetto hanno "
                "trovato almeno un nuovo partner.</p>",
                "<p>Planificată la Cluj-Napoca, această zi de informare s-a mutat "
                "online cu o săptămână înainte. Au participat patruzeci și doi de "
                "participanți din șapte țări; nouă idei de proiect și-au găsit cel "
                "puțin un partener nou.</p>",
            ),
        )
    ],
    "is_free": True,
}

PAST = [RISK_TRAINING, OPEN_DATA_WEBINAR, INTERREG_INFO_DAY]
