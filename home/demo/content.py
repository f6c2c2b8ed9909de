"""The words of the demo home, about and services pages, in every language.

Bodies are lists of (block type, value) for the shared BodyBlock. Rich text
links to pages as `<a linktype="page" id="@key">`; the builder puts in the id.
"""

from .text import DocumentRef, ImageRef, PageRef, t

JOIN_THE_CLUSTER = t(
    "Join the cluster", "Aderire al cluster", "Alăturați-vă clusterului"
)
BECOME_A_MEMBER = t("Become a member", "Diventa membro", "Deveniți membru")

SERVICE_PROJECTS = t(
    "Project development", "Sviluppo di progetti", "Dezvoltare de proiecte"
)
SERVICE_MATCHMAKING = t(
    "Partner matchmaking", "Ricerca di partner", "Găsirea de parteneri"
)
SERVICE_PROJECT_TRAINING = t(
    "Training in project management",
    "Formazione in gestione dei progetti",
    "Formare în managementul proiectelor",
)
SERVICE_FUNDING_TRAINING = t(
    "Training in winning EU funding",
    "Formazione per ottenere fondi europei",
    "Formare pentru obținerea de fonduri europene",
)
SERVICE_PROMOTION = t("Promotion", "Promozione", "Promovare")
SERVICE_CRISIS = t(
    "Matching demand and supply in a crisis",
    "Domanda e offerta nelle crisi",
    "Cerere și ofertă în situații de criză",
)

HOME = {
    "title": t("Home", "Pagina iniziale", "Acasă"),
    "search_description": t(
        "ImagoMol is the EU business cluster for medical imaging: hospitals, "
        "universities, R&D institutes and companies developing projects together.",
        "ImagoMol è il cluster europeo di imprese della diagnostica per immagini: "
        "ospedali, università, istituti di ricerca e aziende che sviluppano "
        "progetti insieme.",
        "ImagoMol este clusterul european de afaceri dedicat imagisticii medicale: "
        "spitale, universități, institute de cercetare și companii care dezvoltă "
        "proiecte împreună.",
    ),
    "hero_title": t(
        "Connecting hospitals, research and industry in medical imaging",
        "Colleghiamo ospedali, ricerca e imprese nella diagnostica per immagini",
        "Conectăm spitalele, cercetarea și industria în imagistica medicală",
    ),
    "hero_text": t(
        "ImagoMol is the only business cluster in the European Union devoted to "
        "medical imaging. We help our members develop projects, find partners, "
        "win funding and bring better diagnostics to patients.",
        "ImagoMol è l'unico cluster di imprese dell'Unione europea dedicato alla "
        "diagnostica per immagini. Aiutiamo i nostri membri a sviluppare progetti, "
        "trovare partner, ottenere finanziamenti e portare ai pazienti una "
        "diagnostica migliore.",
        "ImagoMol este singurul cluster de afaceri din Uniunea Europeană dedicat "
        "imagisticii medicale. Îi ajutăm pe membrii noștri să dezvolte proiecte, "
        "să găsească parteneri, să obțină finanțare și să aducă pacienților "
        "diagnostice mai bune.",
    ),
    "hero_image": ImageRef("hero"),
    "hero_cta_page": PageRef("join"),
    "hero_cta_label": JOIN_THE_CLUSTER,
    "intro": t(
        "<p>From university hospitals and imaging centres to software start-ups, "
        "equipment manufacturers and research institutes, ImagoMol brings together "
        "everyone who makes medical imaging work. Members share knowledge, build "
        "projects together and become more visible at home and abroad. "
        '<a linktype="page" id="@about">Find out who we are</a>.</p>',
        "<p>Dagli ospedali universitari e dai centri di diagnostica alle start-up "
        "del software, dai produttori di apparecchiature agli istituti di ricerca, "
        "ImagoMol riunisce tutti coloro che fanno funzionare la diagnostica per "
        "immagini. I membri condividono conoscenze, costruiscono progetti insieme e "
        "diventano più visibili a livello nazionale e internazionale. "
        '<a linktype="page" id="@about">Scoprite chi siamo</a>.</p>',
        "<p>De la spitale universitare și centre de imagistică la start-upuri de "
        "software, producători de echipamente și institute de cercetare, ImagoMol "
        "îi reunește pe toți cei care fac imagistica medicală să funcționeze. Membrii "
        "împărtășesc cunoștințe, construiesc proiecte împreună și devin mai vizibili "
        "în țară și în străinătate. "
        '<a linktype="page" id="@about">Aflați cine suntem</a>.</p>',
    ),
    "services_title": t(
        "What we do for our members",
        "Cosa facciamo per i nostri membri",
        "Ce facem pentru membrii noștri",
    ),
    "services": [
        (
            "service",
            {
                "title": SERVICE_PROJECTS,
                "description": t(
                    "We turn ideas into fundable projects: from the first concept "
                    "note to the consortium agreement, we help members shape, write "
                    "and manage collaborative projects.",
                    "Trasformiamo le idee in progetti finanziabili: dalla prima nota "
                    "concettuale all'accordo di consorzio, aiutiamo i membri a "
                    "definire, scrivere e gestire progetti collaborativi.",
                    "Transformăm ideile în proiecte finanțabile: de la prima notă "
                    "conceptuală până la acordul de consorțiu, îi ajutăm pe membri "
                    "să contureze, să scrie și să gestioneze proiecte de colaborare.",
                ),
                "page": PageRef("services"),
            },
        ),
        (
            "service",
            {
                "title": SERVICE_MATCHMAKING,
                "description": t(
                    "We connect hospitals and R&D institutions with private "
                    "companies, so that clinical needs meet the teams that can "
                    "solve them.",
                    "Mettiamo in contatto ospedali e istituzioni di ricerca e "
                    "sviluppo con le aziende private, perché i bisogni clinici "
                    "incontrino chi sa risolverli.",
                    "Punem în legătură spitalele și institutele de "
                    "cercetare-dezvoltare cu companiile private, astfel încât "
                    "nevoile clinice să întâlnească echipele care le pot rezolva.",
                ),
                "page": PageRef("services"),
            },
        ),
        (
            "service",
            {
                "title": SERVICE_PROJECT_TRAINING,
                "description": t(
                    "Practical courses in planning, running and reporting on "
                    "collaborative projects, taught by people who manage them every "
                    "day.",
                    "Corsi pratici su come pianificare, condurre e rendicontare "
                    "progetti collaborativi, tenuti da chi li gestisce ogni giorno.",
                    "Cursuri practice despre planificarea, derularea și raportarea "
                    "proiectelor de colaborare, susținute de oameni care le "
                    "gestionează zi de zi.",
                ),
                "page": PageRef("services"),
            },
        ),
        (
            "service",
            {
                "title": SERVICE_FUNDING_TRAINING,
                "description": t(
                    "Workshops on Horizon Europe, EU4Health and the cohesion funds: "
                    "how to read a call, build a consortium and write a proposal "
                    "that scores.",
                    "Workshop su Horizon Europe, EU4Health e fondi di coesione: come "
                    "leggere un bando, costruire un consorzio e scrivere una "
                    "proposta vincente.",
                    "Ateliere despre Orizont Europa, EU4Health și fondurile de "
                    "coeziune: cum citiți un apel, cum construiți un consorțiu și "
                    "cum scrieți o propunere câștigătoare.",
                ),
                "page": PageRef("services"),
            },
        ),
        (
            "service",
            {
                "title": SERVICE_PROMOTION,
                "description": t(
                    "We make members visible nationally and internationally through "
                    "our newsletter, our social media channels and this website.",
                    "Rendiamo i membri più visibili a livello nazionale e "
                    "internazionale con la nostra newsletter, i nostri canali social "
                    "e questo sito.",
                    "Creștem vizibilitatea membrilor la nivel național și "
                    "internațional prin newsletterul nostru, canalele de social "
                    "media și acest site.",
                ),
                "page": PageRef("services"),
            },
        ),
        (
            "service",
            {
                "title": SERVICE_CRISIS,
                "description": t(
                    "When a crisis strikes, as during the COVID-19 pandemic, we "
                    "match what hospitals need with what companies can supply, and "
                    "flag gaps in supply chains to the authorities.",
                    "Quando scoppia una crisi, come durante la pandemia di COVID-19, "
                    "facciamo incontrare la domanda degli ospedali con l'offerta "
                    "delle aziende e segnaliamo alle autorità le lacune nelle catene "
                    "di approvvigionamento.",
                    "Când izbucnește o criză, ca în timpul pandemiei de COVID-19, "
                    "corelăm nevoile spitalelor cu ceea ce pot oferi companiile și "
                    "semnalăm autorităților golurile din lanțurile de aprovizionare.",
                ),
                "page": PageRef("services"),
            },
        ),
    ],
    "body": [
        (
            "call_to_action",
            {
                "title": t(
                    "Is your organisation working in medical imaging?",
                    "La vostra organizzazione lavora nella diagnostica per immagini?",
                    "Organizația dumneavoastră activează în imagistica medicală?",
                ),
                "text": t(
                    "Membership is open to companies, hospitals, universities, "
                    "research institutes and public bodies from every EU country.",
                    "L'adesione è aperta ad aziende, ospedali, università, istituti "
                    "di ricerca ed enti pubblici di tutti i paesi dell'UE.",
                    "Calitatea de membru este deschisă companiilor, spitalelor, "
                    "universităților, institutelor de cercetare și instituțiilor "
                    "publice din toate țările UE.",
                ),
                "page": PageRef("join"),
                "url": "",
                "button_label": BECOME_A_MEMBER,
            },
        ),
    ],
}

ABOUT = {
    "title": t("About us", "Chi siamo", "Despre noi"),
    "introduction": t(
        "ImagoMol is a business cluster that connects hospitals, universities, "
        "research institutes and companies working in medical imaging and "
        "molecular diagnostics.",
        "ImagoMol è un cluster di imprese che mette in contatto ospedali, "
        "università, istituti di ricerca e aziende attivi nella diagnostica per "
        "immagini e nella diagnostica molecolare.",
        "ImagoMol este un cluster de afaceri care pune în legătură spitale, "
        "universități, institute de cercetare și companii din domeniul imagisticii "
        "medicale și al diagnosticului molecular.",
    ),
    "hero_image": ImageRef("about"),
    "body": [
        (
            "heading",
            {
                "text": t(
                    "A network for medical imaging",
                    "Una rete per la diagnostica per immagini",
                    "O rețea pentru imagistica medicală",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>ImagoMol was founded in Cluj-Napoca, Romania, by a group of "
                "hospitals, universities and companies that wanted to work together "
                "rather than side by side. Today it is a cluster of organisations "
                "from across Europe that share one field: the images that let "
                "doctors see inside the human body, and the molecules, devices and "
                "software behind them.</p>"
                "<p>Our members cover the whole imaging chain: PET/CT and MRI, "
                "nuclear medicine and radiopharmaceuticals, ultrasound, image "
                "processing and artificial intelligence, hospital IT, equipment "
                "maintenance and the training of specialists.</p>",
                "<p>ImagoMol è nato a Cluj-Napoca, in Romania, da un gruppo di "
                "ospedali, università e aziende che volevano lavorare insieme invece "
                "che uno accanto all'altro. Oggi è un cluster di organizzazioni di "
                "tutta Europa che condividono un ambito: le immagini che permettono "
                "ai medici di vedere all'interno del corpo umano, e le molecole, i "
                "dispositivi e i software che le rendono possibili.</p>"
                "<p>I nostri membri coprono l'intera catena dell'imaging: PET/TC e "
                "risonanza magnetica, medicina nucleare e radiofarmaci, ecografia, "
                "elaborazione delle immagini e intelligenza artificiale, informatica "
                "ospedaliera, manutenzione delle apparecchiature e formazione degli "
                "specialisti.</p>",
                "<p>ImagoMol a fost înființat la Cluj-Napoca, în România, de un grup "
                "de spitale, universități și companii care au vrut să lucreze "
                "împreună, nu doar una lângă alta. Astăzi este un cluster de "
                "organizații din întreaga Europă care au în comun un domeniu: "
                "imaginile care le permit medicilor să vadă în interiorul corpului "
                "uman, precum și moleculele, dispozitivele și programele din spatele "
                "lor.</p>"
                "<p>Membrii noștri acoperă întregul lanț al imagisticii: PET/CT și "
                "RMN, medicină nucleară și radiofarmaceutice, ecografie, procesarea "
                "imaginilor și inteligență artificială, informatică medicală, "
                "întreținerea echipamentelor și formarea specialiștilor.</p>",
            ),
        ),
        (
            "image",
            {
                "image": ImageRef("network"),
                "caption": t(
                    "The cluster links four worlds: care, research, education and "
                    "industry.",
                    "Il cluster unisce quattro mondi: cura, ricerca, formazione e "
                    "industria.",
                    "Clusterul unește patru lumi: îngrijirea medicală, cercetarea, "
                    "educația și industria.",
                ),
            },
        ),
        (
            "heading",
            {
                "text": t(
                    "Why join a cluster?",
                    "Perché entrare in un cluster?",
                    "De ce să faceți parte dintr-un cluster?",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>Being part of a cluster gives an organisation more than a "
                "membership card:</p><ul>"
                "<li>contacts with companies in the same sector, to share suppliers, "
                "skills and markets;</li>"
                "<li>a direct line to R&amp;D institutes and universities, for "
                "research projects and clinical validation;</li>"
                "<li>visibility at national and international level, through our "
                "channels and events;</li>"
                "<li>a seat at the table when regional and European funding is "
                "planned.</li></ul>",
                "<p>Far parte di un cluster dà a un'organizzazione molto più di una "
                "tessera associativa:</p><ul>"
                "<li>il contatto con aziende dello stesso settore, per condividere "
                "fornitori, competenze e mercati;</li>"
                "<li>un canale diretto con istituti di ricerca e università, per "
                "progetti di ricerca e validazione clinica;</li>"
                "<li>visibilità a livello nazionale e internazionale, attraverso i "
                "nostri canali e i nostri eventi;</li>"
                "<li>un posto al tavolo quando si programmano i finanziamenti "
                "regionali ed europei.</li></ul>",
                "<p>Apartenența la un cluster îi oferă unei organizații mai mult "
                "decât un card de membru:</p><ul>"
                "<li>contacte cu firme din același sector, pentru a împărtăși "
                "furnizori, competențe și piețe;</li>"
                "<li>o legătură directă cu institute de cercetare-dezvoltare și "
                "universități, pentru proiecte de cercetare și validare "
                "clinică;</li>"
                "<li>vizibilitate la nivel național și internațional, prin canalele "
                "și evenimentele noastre;</li>"
                "<li>un loc la masă atunci când se planifică finanțările regionale "
                "și europene.</li></ul>",
            ),
        ),
        (
            "quote",
            {
                "quote": t(
                    "Through the cluster we met a software company that now helps us "
                    "read PET/CT scans faster, and together we won our first "
                    "European project. On our own, we would never have found each "
                    "other.",
                    "Grazie al cluster abbiamo conosciuto un'azienda di software che "
                    "oggi ci aiuta a refertare più velocemente le PET/TC, e insieme "
                    "abbiamo vinto il nostro primo progetto europeo. Da soli non ci "
                    "saremmo mai trovati.",
                    "Prin cluster am cunoscut o firmă de software care ne ajută acum "
                    "să interpretăm mai rapid examinările PET/CT, iar împreună am "
                    "câștigat primul nostru proiect european. Singuri, nu ne-am fi "
                    "găsit niciodată.",
                ),
                "attribution": t(
                    "Dr Elena Mureșan, head of nuclear medicine at a member "
                    "university hospital",
                    "Dott.ssa Elena Mureșan, primario di medicina nucleare in un "
                    "ospedale universitario membro del cluster",
                    "Dr. Elena Mureșan, șefa secției de medicină nucleară a unui "
                    "spital universitar membru",
                ),
            },
        ),
        (
            "heading",
            {
                "text": t(
                    "How the cluster is run",
                    "Come è organizzato il cluster",
                    "Cum este condus clusterul",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>ImagoMol is a non-profit association. The general assembly of "
                "members elects a board of directors in which every type of member "
                "is represented: companies, hospitals, universities and research "
                "institutes. A small management team, led by cluster manager Carmen "
                "Mihai, runs the services day to day.</p>"
                "<p>The statute sets out who can join, members' rights and duties, "
                "and how decisions are taken.</p>",
                "<p>ImagoMol è un'associazione senza scopo di lucro. L'assemblea "
                "generale dei membri elegge un consiglio direttivo in cui è "
                "rappresentato ogni tipo di membro: aziende, ospedali, università e "
                "istituti di ricerca. Un piccolo team di gestione, guidato dalla "
                "cluster manager Carmen Mihai, si occupa dei servizi ogni giorno.</p>"
                "<p>Lo statuto stabilisce chi può aderire, i diritti e i doveri dei "
                "membri e il modo in cui si prendono le decisioni.</p>",
                "<p>ImagoMol este o asociație non-profit. Adunarea generală a "
                "membrilor alege un consiliu director în care este reprezentat "
                "fiecare tip de membru: companii, spitale, universități și institute "
                "de cercetare. O echipă de management restrânsă, condusă de Carmen "
                "Mihai, manager de cluster, asigură serviciile de zi cu zi.</p>"
                "<p>Statutul stabilește cine poate deveni membru, drepturile și "
                "obligațiile membrilor și modul în care se iau deciziile.</p>",
            ),
        ),
        (
            "document",
            {
                "document": DocumentRef("statute"),
                "label": t(
                    "Membership statute (in English)",
                    "Statuto dell'associazione (in inglese)",
                    "Statutul asociației (în limba engleză)",
                ),
            },
        ),
        (
            "call_to_action",
            {
                "title": t(
                    "Ready to join?",
                    "Pronti ad aderire?",
                    "Sunteți gata să vă alăturați?",
                ),
                "text": t(
                    "Tell us about your organisation and we will get back to you "
                    "within a week.",
                    "Raccontateci della vostra organizzazione: vi risponderemo entro "
                    "una settimana.",
                    "Spuneți-ne despre organizația dumneavoastră și vă vom răspunde "
                    "în decurs de o săptămână.",
                ),
                "page": PageRef("join"),
                "url": "",
                "button_label": JOIN_THE_CLUSTER,
            },
        ),
    ],
}
