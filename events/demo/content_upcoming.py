"""The words of the demo's upcoming events, in every language.

Each event is a dict of page fields; `when` gives its dates relative to the
day the demo is first loaded: (days from today, start time, end time[, days
it lasts]), in the event's time zone."""

from home.demo.text import ImageRef, t

from .content_common import (
    CLUJ,
    COUNTRY_IT,
    COUNTRY_RO,
    HUB,
    HUB_ADDRESS,
    MILAN,
)

PM_TRAINING = {
    "slug": "project-management-training",
    "topics": ["training"],
    "when": (16, (9, 30), (16, 30)),
    "kind": "training",
    "time_zone": "Europe/Bucharest",
    "attendance_mode": "in_person",
    "event_language": "en",
    "image": ImageRef("events-training"),
    "title": t(
        "Project management for collaborative R&D projects",
        "Gestione di progetti collaborativi di ricerca e sviluppo",
        "Managementul proiectelor colaborative de cercetare-dezvoltare",
    ),
    "summary": t(
        "A one-day training for project managers in hospitals, universities and "
        "companies: planning work packages, steering a consortium and reporting "
        "to the funder.",
        "Una giornata di formazione per i project manager di ospedali, università "
        "e aziende: pianificare i work package, guidare un consorzio e "
        "rendicontare al finanziatore.",
        "O zi de formare pentru managerii de proiect din spitale, universități și "
        "companii: planificarea pachetelor de lucru, coordonarea unui consorțiu și "
        "raportarea către finanțator.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>Collaborative projects succeed or fail on their management. In "
                "this hands-on day, experienced coordinators of EU-funded imaging "
                "projects share the methods they use: a realistic work plan, clear "
                "roles in the consortium, risk registers that are actually read, "
                "and reports that pass the funder's review.</p>"
                "<p>Participants work on their own project in small groups and "
                "leave with a planning template and a checklist for the first 100 "
                "days of a project.</p>",
                "<p>I progetti collaborativi riescono o falliscono in base a come "
                "vengono gestiti. In questa giornata pratica, coordinatori esperti "
                "di progetti europei nel campo dell'imaging condividono i loro "
                "metodi: un piano di lavoro realistico, ruoli chiari nel consorzio, "
                "registri dei rischi che vengono davvero consultati e relazioni che "
                "superano la revisione del finanziatore.</p>"
                "<p>I partecipanti lavorano in piccoli gruppi sul proprio progetto "
                "e ripartono con un modello di pianificazione e una lista di "
                "controllo per i primi 100 giorni di un progetto.</p>",
                "<p>Proiectele colaborative reușesc sau eșuează în funcție de felul "
                "în care sunt gestionate. În această zi practică, coordonatori cu "
                "experiență în proiecte europene de imagistică își împărtășesc "
                "metodele: un plan de lucru realist, roluri clare în consorțiu, "
                "registre de riscuri care chiar sunt consultate și rapoarte care "
                "trec de evaluarea finanțatorului.</p>"
                "<p>Participanții lucrează în grupuri mici pe propriul proiect și "
                "pleacă acasă cu un model de planificare și o listă de verificare "
                "pentru primele 100 de zile ale unui proiect.</p>",
            ),
        )
    ],
    "speakers": [
        (
            "Ioana Mureșan",
            t(
                "Project manager, ImagoMol",
                "Project manager, ImagoMol",
                "Manager de proiect, ImagoMol",
            ),
        ),
        (
            "Paolo Ferri",
            t(
                "EU project coordinator, Politecnico di Milano",
                "Coordinatore di progetti europei, Politecnico di Milano",
                "Coordonator de proiecte europene, Politecnico di Milano",
            ),
        ),
    ],
    "venue_name": HUB,
    "venue_address": HUB_ADDRESS,
    "venue_city": CLUJ,
    "venue_country": COUNTRY_RO,
    "is_free": False,
    "price_text": t(
        "€90; free for cluster members",
        "90 €; gratuito per i membri del cluster",
        "90 €; gratuit pentru membrii clusterului",
    ),
    "price_amount": 90,
    "registration_open": True,
    "capacity": 20,
    "waitlist_enabled": True,
}

FUNDING_TRAINING = {
    "slug": "horizon-europe-proposal-training",
    "topics": ["training", "funding"],
    "when": (34, (10, 0), (17, 0)),
    "kind": "training",
    "time_zone": "Europe/Rome",
    "attendance_mode": "hybrid",
    "event_language": "en",
    "image": ImageRef("events-funding"),
    "online_url": "https://meet.imagomol.example/horizon-proposal-training",
    "title": t(
        "Writing a winning proposal for Horizon Europe health calls",
        "Scrivere una proposta vincente per i bandi Salute di Horizon Europe",
        "Cum scrieți o propunere câștigătoare pentru apelurile de sănătate "
        "Horizon Europe",
    ),
    "summary": t(
        "Read a call, build the consortium and write the excellence, impact and "
        "implementation sections that evaluators score highly, with a mock "
        "evaluation of real proposals.",
        "Leggere un bando, costruire il consorzio e scrivere le sezioni di "
        "eccellenza, impatto e attuazione che i valutatori premiano, con una "
        "simulazione di valutazione su proposte reali.",
        "Cum citiți un apel, cum construiți consorțiul și cum scrieți secțiunile "
        "de excelență, impact și implementare pe care evaluatorii le punctează "
        "bine, cu o simulare de evaluare pe propuneri reale.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>The health calls of Horizon Europe are among the most "
                "competitive in the programme. This training walks through a "
                "proposal from the first reading of the call to the final check "
                "before submission, using examples from medical imaging.</p>"
                "<p>In the afternoon, participants score anonymised proposals as "
                "the evaluators do and compare their marks with the real ones. You "
                "can take part in Milan or follow online; online participants "
                "receive the link by email.</p>",
                "<p>I bandi Salute di Horizon Europe sono tra i più competitivi del "
                "programma. Questa formazione accompagna una proposta dalla prima "
                "lettura del bando al controllo finale prima dell'invio, con esempi "
                "tratti dalla diagnostica per immagini.</p>"
                "<p>Nel pomeriggio i partecipanti valutano proposte anonime come "
                "fanno i valutatori e confrontano i loro punteggi con quelli reali. "
                "Potete partecipare a Milano o seguire online; chi partecipa online "
                "riceve il link via email.</p>",
                "<p>Apelurile de sănătate din Horizon Europe se numără printre cele "
                "mai competitive din program. Această formare urmărește o propunere "
                "de la prima lectură a apelului până la verificarea finală dinaintea "
                "depunerii, cu exemple din imagistica medicală.</p>"
                "<p>După-amiaza, participanții punctează propuneri anonimizate așa "
                "cum fac evaluatorii și își compară notele cu cele reale. Puteți "
                "participa la Milano sau online; participanții online primesc "
                "linkul prin e-mail.</p>",
            ),
        )
    ],
    "speakers": [
        (
            "Elena Rossi",
            t(
                "National Contact Point for Health, APRE",
                "Punto di contatto nazionale per la Salute, APRE",
                "Punct național de contact pentru sănătate, APRE",
            ),
        ),
    ],
    "venue_name": t(
        "Fondazione Politecnico di Milano",
        "Fondazione Politecnico di Milano",
        "Fondazione Politecnico di Milano",
    ),
    "venue_address": t(
        "Via Giuseppe Colombo 40", "Via Giuseppe Colombo 40", "Via Giuseppe Colombo 40"
    ),
    "venue_city": MILAN,
    "venue_country": COUNTRY_IT,
    "is_free": False,
    "price_text": t(
        "€120; €60 for cluster members",
        "120 €; 60 € per i membri del cluster",
        "120 €; 60 € pentru membrii clusterului",
    ),
    "price_amount": 120,
    "registration_open": True,
    "registration_closes_days_before": 3,
    "capacity": 30,
    "waitlist_enabled": True,
}

AI_ACT_WEBINAR = {
    "slug": "ai-act-webinar",
    "topics": ["ai-in-imaging"],
    "when": (9, (14, 0), (15, 30)),
    "kind": "webinar",
    "time_zone": "Europe/Brussels",
    "attendance_mode": "online",
    "event_language": "en",
    "image": ImageRef("events-webinar"),
    "online_url": "https://meet.imagomol.example/ai-act-webinar",
    "title": t(
        "The EU AI Act and imaging software: what changes for manufacturers",
        "L'AI Act europeo e il software di imaging: cosa cambia per i produttori",
        "Regulamentul european privind IA și software-ul de imagistică: ce se "
        "schimbă pentru producători",
    ),
    "summary": t(
        "A 90-minute webinar on the obligations the AI Act adds to the Medical "
        "Device Regulation for AI-based imaging software, and on the timeline.",
        "Un webinar di 90 minuti sugli obblighi che l'AI Act aggiunge al "
        "regolamento sui dispositivi medici per il software di imaging basato "
        "sull'IA, e sulle scadenze.",
        "Un webinar de 90 de minute despre obligațiile pe care Regulamentul "
        "privind IA le adaugă Regulamentului privind dispozitivele medicale "
        "pentru software-ul de imagistică bazat pe IA și despre termene.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>Most AI software for radiology and nuclear medicine will be a "
                "high-risk system under the AI Act. Our speakers explain what that "
                "means for the technical documentation, data governance and "
                "post-market monitoring, and answer your questions live.</p>",
                "<p>La maggior parte del software di IA per la radiologia e la "
                "medicina nucleare sarà un sistema ad alto rischio ai sensi dell'AI "
                "Act. I relatori spiegano cosa significa per la documentazione "
                "tecnica, la governance dei dati e la sorveglianza post-"
                "commercializzazione, e rispondono alle vostre domande in diretta."
                "</p>",
                "<p>Majoritatea software-ului de IA pentru radiologie și medicină "
                "nucleară va fi un sistem cu risc ridicat în sensul Regulamentului "
                "privind IA. Vorbitorii explică ce înseamnă acest lucru pentru "
                "documentația tehnică, guvernanța datelor și monitorizarea după "
                "introducerea pe piață și răspund în direct la întrebările "
                "dumneavoastră.</p>",
            ),
        )
    ],
    "speakers": [
        (
            "Andrei Pop",
            t(
                "Regulatory affairs lead, Medisoft Imaging",
                "Responsabile affari regolatori, Medisoft Imaging",
                "Responsabil afaceri de reglementare, Medisoft Imaging",
            ),
        ),
        (
            "Giulia Marchetti",
            t(
                "Lawyer specialised in digital health",
                "Avvocata esperta di sanità digitale",
                "Avocată specializată în sănătate digitală",
            ),
        ),
    ],
    "is_free": True,
    "registration_open": True,
    "capacity": 100,
    "waitlist_enabled": False,
}

ANNUAL_CONFERENCE = {
    "slug": "annual-conference",
    "topics": ["ai-in-imaging", "research"],
    "when": (62, (9, 0), (17, 30), 2),
    "kind": "conference",
    "time_zone": "Europe/Bucharest",
    "attendance_mode": "hybrid",
    "event_language": "en",
    "image": ImageRef("events-conference"),
    "online_url": "https://live.imagomol.example/annual-conference",
    "title": t(
        "ImagoMol annual conference: imaging in the age of AI",
        "Conferenza annuale ImagoMol: l'imaging nell'era dell'IA",
        "Conferința anuală ImagoMol: imagistica în era inteligenței artificiale",
    ),
    "summary": t(
        "Two days of talks, demonstrations and partner meetings for the "
        "cluster's hospitals, universities and companies, in Cluj-Napoca and "
        "online.",
        "Due giorni di interventi, dimostrazioni e incontri tra partner per gli "
        "ospedali, le università e le aziende del cluster, a Cluj-Napoca e "
        "online.",
        "Două zile de prezentări, demonstrații și întâlniri între parteneri "
        "pentru spitalele, universitățile și companiile din cluster, la "
        "Cluj-Napoca și online.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>The first day looks at AI in the reading room: what works in "
                "clinical practice today, how hospitals validate new tools and "
                "what patients think of them. The second day is for research and "
                "industry, with project pitches and one-to-one partner meetings."
                "</p><p>The talks are streamed for registered online participants."
                "</p>",
                "<p>La prima giornata è dedicata all'IA in refertazione: cosa "
                "funziona oggi nella pratica clinica, come gli ospedali validano i "
                "nuovi strumenti e cosa ne pensano i pazienti. La seconda giornata "
                "è per la ricerca e l'industria, con presentazioni di progetti e "
                "incontri individuali tra partner.</p><p>Gli interventi sono "
                "trasmessi in diretta per i partecipanti registrati online.</p>",
                "<p>Prima zi este dedicată inteligenței artificiale în interpretarea "
                "imaginilor: ce funcționează astăzi în practica clinică, cum "
                "validează spitalele instrumentele noi și ce cred pacienții despre "
                "ele. A doua zi este pentru cercetare și industrie, cu prezentări "
                "de proiecte și întâlniri individuale între parteneri.</p><p>"
                "Prezentările sunt transmise în direct pentru participanții "
                "înregistrați online.</p>",
            ),
        )
    ],
    "speakers": [
        (
            "Prof. Mihai Ionescu",
            t(
                "Head of Radiology, Cluj County Emergency Hospital",
                "Primario di Radiologia, Ospedale di emergenza della contea di Cluj",
                "Șef de secție Radiologie, Spitalul Clinic Județean de Urgență Cluj",
            ),
        ),
        (
            "Dr Chiara Galli",
            t(
                "AI research lead, Istituto di Bioimmagini",
                "Responsabile della ricerca sull'IA, Istituto di Bioimmagini",
                "Coordonatoare a cercetării în IA, Istituto di Bioimmagini",
            ),
        ),
        (
            "Radu Stan",
            t(
                "Founder, PixelDx",
                "Fondatore, PixelDx",
                "Fondator, PixelDx",
            ),
        ),
    ],
    "venue_name": t("Grand Hotel Italia", "Grand Hotel Italia", "Grand Hotel Italia"),
    "venue_address": t("Str. Trifoiului 2", "Str. Trifoiului 2", "Str. Trifoiului 2"),
    "venue_city": CLUJ,
    "venue_country": COUNTRY_RO,
    "is_free": False,
    "price_text": t(
        "€150; €90 for cluster members; free online",
        "150 €; 90 € per i membri del cluster; online gratuito",
        "150 €; 90 € pentru membrii clusterului; online gratuit",
    ),
    "price_amount": 150,
    "registration_open": True,
    "capacity": 200,
    "waitlist_enabled": True,
}

MATCHMAKING = {
    "slug": "hospital-industry-matchmaking",
    "topics": ["research"],
    "when": (45, (18, 0), (21, 0)),
    "previous_start": (38, (18, 0)),
    "status": "rescheduled",
    "kind": "networking",
    "time_zone": "Europe/Bucharest",
    "attendance_mode": "in_person",
    "event_language": "ro",
    "image": ImageRef("events-networking"),
    "title": t(
        "Hospital–industry matchmaking evening",
        "Serata di incontri tra ospedali e imprese",
        "Seară de întâlniri între spitale și industrie",
    ),
    "summary": t(
        "Clinicians present the problems they want solved, companies the "
        "solutions they are developing; then everyone meets over dinner.",
        "I clinici presentano i problemi che vorrebbero risolvere, le aziende le "
        "soluzioni che stanno sviluppando; poi tutti si incontrano a cena.",
        "Medicii prezintă problemele pe care vor să le rezolve, companiile "
        "soluțiile pe care le dezvoltă; apoi toată lumea se întâlnește la cină.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>The evening has moved by a week so that more hospital teams "
                "can attend. Registrations made for the first date remain valid."
                "</p>",
                "<p>La serata è stata spostata di una settimana perché più équipe "
                "ospedaliere possano partecipare. Le iscrizioni fatte per la prima "
                "data restano valide.</p>",
                "<p>Seara a fost mutată cu o săptămână pentru ca mai multe echipe "
                "din spitale să poată participa. Înscrierile făcute pentru prima "
                "dată rămân valabile.</p>",
            ),
        )
    ],
    "venue_name": t(
        "Fundeni Clinical Institute, Aula",
        "Istituto clinico Fundeni, Aula magna",
        "Institutul Clinic Fundeni, Aula",
    ),
    "venue_address": t(
        "Șoseaua Fundeni 258", "Șoseaua Fundeni 258", "Șoseaua Fundeni 258"
    ),
    "venue_city": t("Bucharest", "Bucarest", "București"),
    "venue_country": COUNTRY_RO,
    "is_free": True,
    "price_text": t(
        "Free, dinner included", "Gratuito, cena inclusa", "Gratuit, cina inclusă"
    ),
    "registration_open": True,
    "capacity": 60,
    "waitlist_enabled": True,
}

CANCELLED_INFO_DAY = {
    "slug": "cluster-1-health-info-day",
    "topics": ["funding"],
    "when": (23, (10, 0), (13, 0)),
    "status": "cancelled",
    "kind": "info_day",
    "time_zone": "Europe/Brussels",
    "attendance_mode": "online",
    "event_language": "en",
    "image": ImageRef("events-funding"),
    "title": t(
        "Info day: Horizon Europe Cluster 1 Health calls",
        "Giornata informativa: i bandi del Cluster 1 Salute di Horizon Europe",
        "Zi de informare: apelurile din Clusterul 1 Sănătate al Horizon Europe",
    ),
    "summary": t(
        "An overview of next year's health calls, with the topics most relevant "
        "to medical imaging and time for questions.",
        "Una panoramica dei bandi Salute del prossimo anno, con i temi più "
        "rilevanti per la diagnostica per immagini e spazio per le domande.",
        "O prezentare a apelurilor de sănătate de anul viitor, cu temele cele mai "
        "relevante pentru imagistica medicală și timp pentru întrebări.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>This info day is cancelled: the European Commission has moved "
                "the publication of the work programme. We will announce a new "
                "date as soon as it is known.</p>",
                "<p>Questa giornata informativa è annullata: la Commissione "
                "europea ha rinviato la pubblicazione del programma di lavoro. "
                "Annunceremo una nuova data appena sarà nota.</p>",
                "<p>Această zi de informare este anulată: Comisia Europeană a "
                "amânat publicarea programului de lucru. Vom anunța o nouă dată "
                "de îndată ce va fi cunoscută.</p>",
            ),
        )
    ],
    "is_free": True,
    "registration_open": False,
}

UPCOMING = [
    PM_TRAINING,
    FUNDING_TRAINING,
    AI_ACT_WEBINAR,
    ANNUAL_CONFERENCE,
    MATCHMAKING,
    CANCELLED_INFO_DAY,
]
