"""The older demo news items, in every language (see content.py)."""

import datetime

from home.demo.text import t

from .content import quote

ARCHIVE = [
    {
        "slug": "matchmaking-day-cluj",
        "date": datetime.date(2026, 4, 22),
        "topics": ["events", "member-news"],
        "picture": ("network", 13, {}),
        "title": t(
            "Matchmaking day in Cluj-Napoca brings 60 hospitals, labs and "
            "companies together",
            "La giornata di matchmaking a Cluj-Napoca riunisce 60 ospedali, "
            "laboratori e aziende",
            "Ziua de matchmaking de la Cluj-Napoca reunește 60 de spitale, "
            "laboratoare și companii",
        ),
        "summary": t(
            "More than 180 one-to-one meetings in a single day: clinicians "
            "described the problems they face, and companies and research groups "
            "offered ideas to solve them.",
            "Più di 180 incontri individuali in un solo giorno: i clinici hanno "
            "descritto i problemi che affrontano e aziende e gruppi di ricerca "
            "hanno proposto idee per risolverli.",
            "Peste 180 de întâlniri individuale într-o singură zi: medicii au "
            "descris problemele cu care se confruntă, iar companiile și grupurile "
            "de cercetare au propus idei pentru a le rezolva.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>The day opened with short pitches from ten hospital "
                    "departments, each presenting one problem: long waiting lists "
                    "for MRI, scanners that sit idle at night, reports that take "
                    "too long to reach family doctors. Participants then booked "
                    "twenty-minute meetings through the cluster's matchmaking "
                    "tool.</p>"
                    "<p>By the end of the afternoon, twelve groups had agreed to "
                    "meet again to prepare a joint project. The cluster team will "
                    "follow up with each of them over the coming months.</p>",
                    "<p>La giornata si è aperta con brevi presentazioni di dieci "
                    "reparti ospedalieri, ciascuno con un problema: lunghe liste "
                    "d'attesa per la risonanza magnetica, apparecchi fermi di notte, "
                    "referti che arrivano troppo tardi ai medici di famiglia. I "
                    "partecipanti hanno poi prenotato incontri di venti minuti con "
                    "lo strumento di matchmaking del cluster.</p>"
                    "<p>A fine pomeriggio, dodici gruppi avevano deciso di rivedersi "
                    "per preparare un progetto comune. Il team del cluster li "
                    "seguirà uno per uno nei prossimi mesi.</p>",
                    "<p>Ziua a început cu prezentări scurte din partea a zece secții "
                    "de spital, fiecare cu o problemă: liste lungi de așteptare "
                    "pentru RMN, aparate nefolosite noaptea, rezultate care ajung "
                    "prea târziu la medicii de familie. Participanții și-au "
                    "programat apoi întâlniri de douăzeci de minute prin "
                    "instrumentul de matchmaking al clusterului.</p>"
                    "<p>Până la sfârșitul după-amiezii, douăsprezece grupuri "
                    "conveniseră să se revadă pentru a pregăti un proiect comun. "
                    "Echipa clusterului le va urmări pe fiecare în lunile "
                    "următoare.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "startup-mri-sharing-platform",
        "date": datetime.date(2026, 3, 12),
        "topics": ["member-news", "ai-in-imaging"],
        "picture": ("rings", 29, {"centre": (500, 450)}),
        "title": t(
            "Member start-up launches a platform for sharing anonymised MRI scans "
            "for research",
            "Una start-up associata lancia una piattaforma per condividere a fini "
            "di ricerca risonanze magnetiche anonimizzate",
            "Un start-up membru lansează o platformă pentru partajarea în scop de "
            "cercetare a examinărilor RMN anonimizate",
        ),
        "summary": t(
            "The platform removes personal data from scans inside the hospital, so "
            "that research teams receive only what they need and patients' "
            "identities never leave the building.",
            "La piattaforma rimuove i dati personali dagli esami all'interno "
            "dell'ospedale: i gruppi di ricerca ricevono solo ciò che serve e "
            "l'identità dei pazienti non esce mai dall'edificio.",
            "Platforma elimină datele personale din examinări chiar în spital, "
            "astfel încât echipele de cercetare primesc doar ceea ce le trebuie, "
            "iar identitatea pacienților nu părăsește niciodată clădirea.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Research on artificial intelligence needs large sets of "
                    "images, but hospitals are rightly careful with their patients' "
                    "data. The start-up's software runs on a server in the "
                    "hospital, strips names and identifiers from the image files, "
                    "blurs faces in head scans and sends out only the data a study "
                    "has been approved for.</p>"
                    "<p>Two member hospitals have tested the platform for six "
                    "months with a university research group. The company now "
                    "offers it to other members on preferential terms.</p>",
                    "<p>La ricerca sull'intelligenza artificiale ha bisogno di "
                    "grandi raccolte di immagini, ma gli ospedali trattano "
                    "giustamente con cautela i dati dei loro pazienti. Il software "
                    "della start-up gira su un server dell'ospedale, elimina nomi e "
                    "identificativi dai file delle immagini, sfoca i volti negli "
                    "esami della testa e invia all'esterno solo i dati per cui uno "
                    "studio è stato approvato.</p>"
                    "<p>Due ospedali associati hanno sperimentato la piattaforma "
                    "per sei mesi con un gruppo di ricerca universitario. L'azienda "
                    "ora la offre agli altri membri a condizioni agevolate.</p>",
                    "<p>Cercetarea în domeniul inteligenței artificiale are nevoie "
                    "de seturi mari de imagini, dar spitalele sunt, pe bună "
                    "dreptate, prudente cu datele pacienților. Software-ul "
                    "start-up-ului rulează pe un server din spital, elimină numele "
                    "și identificatorii din fișierele de imagine, estompează fețele "
                    "în examinările capului și trimite în afară doar datele pentru "
                    "care un studiu a fost aprobat.</p>"
                    "<p>Două spitale membre au testat platforma timp de șase luni "
                    "împreună cu un grup de cercetare universitar. Compania o oferă "
                    "acum celorlalți membri în condiții preferențiale.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "interreg-supply-chains-project",
        "date": datetime.date(2026, 2, 5),
        "topics": ["funding"],
        "picture": ("bars", 12, {}),
        "title": t(
            "Interreg Europe approves our project on resilient imaging supply chains",
            "Interreg Europe approva il nostro progetto sulle catene di "
            "approvvigionamento resilienti per l'imaging",
            "Interreg Europe aprobă proiectul nostru privind lanțurile de "
            "aprovizionare reziliente în imagistică",
        ),
        "summary": t(
            "With partners in six countries, the cluster will compare how regions "
            "keep scanners running and consumables flowing in a crisis, and help "
            "them improve their policies.",
            "Con partner di sei paesi, il cluster confronterà come le regioni "
            "mantengono in funzione gli apparecchi e garantiscono i materiali di "
            "consumo durante una crisi, e le aiuterà a migliorare le loro "
            "politiche.",
            "Împreună cu parteneri din șase țări, clusterul va compara modul în "
            "care regiunile mențin aparatele în funcțiune și asigură consumabilele "
            "în timpul unei crize și le va ajuta să își îmbunătățească politicile.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>The project builds on the lessons of the pandemic portal. "
                    "Over four years, regional authorities, clusters and hospitals "
                    "will visit each other, compare their practices and write an "
                    "action plan for each region.</p>"
                    "<p>ImagoMol leads the work on mapping suppliers and will host "
                    "the first study visit in Cluj-Napoca in the autumn.</p>",
                    "<p>Il progetto si basa sulle lezioni del portale nato durante "
                    "la pandemia. In quattro anni, autorità regionali, cluster e "
                    "ospedali si visiteranno a vicenda, confronteranno le loro "
                    "pratiche e scriveranno un piano d'azione per ciascuna "
                    "regione.</p>"
                    "<p>ImagoMol guida le attività di mappatura dei fornitori e "
                    "ospiterà la prima visita di studio a Cluj-Napoca in "
                    "autunno.</p>",
                    "<p>Proiectul pornește de la lecțiile portalului creat în "
                    "timpul pandemiei. Timp de patru ani, autoritățile regionale, "
                    "clusterele și spitalele se vor vizita reciproc, își vor compara "
                    "practicile și vor scrie un plan de acțiune pentru fiecare "
                    "regiune.</p>"
                    "<p>ImagoMol coordonează activitatea de cartografiere a "
                    "furnizorilor și va găzdui prima vizită de studiu la "
                    "Cluj-Napoca, în toamnă.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "european-congress-of-radiology",
        "date": datetime.date(2026, 1, 20),
        "topics": ["events"],
        "picture": ("rings", 5, {"centre": (800, 450)}),
        "title": t(
            "Meet the cluster at the European Congress of Radiology in Vienna",
            "Incontrate il cluster al Congresso europeo di radiologia a Vienna",
            "Întâlniți clusterul la Congresul European de Radiologie de la Viena",
        ),
        "summary": t(
            "Eight members will present their products and research on our shared "
            "stand. Book a meeting with the cluster team to learn about "
            "partnerships and membership.",
            "Otto membri presenteranno i loro prodotti e le loro ricerche nel "
            "nostro stand comune. Prenotate un incontro con il team del cluster per "
            "informazioni su partenariati e adesione.",
            "Opt membri își vor prezenta produsele și cercetările la standul nostru "
            "comun. Programați o întâlnire cu echipa clusterului pentru a afla "
            "despre parteneriate și despre calitatea de membru.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>The shared stand gives smaller members a place at Europe's "
                    "largest radiology meeting at a fraction of the cost of their "
                    "own. Among them are a maker of MRI coils, two software "
                    "companies, a teleradiology service and a university research "
                    "group.</p>"
                    "<p>On the second day the cluster hosts a short session on "
                    "finding partners for EU projects, followed by an informal "
                    "meeting at the stand.</p>",
                    "<p>Lo stand comune offre ai membri più piccoli un posto al più "
                    "grande congresso europeo di radiologia a una frazione del costo "
                    "di uno stand proprio. Tra loro ci sono un produttore di bobine "
                    "per risonanza magnetica, due aziende di software, un servizio "
                    "di telerefertazione e un gruppo di ricerca universitario.</p>"
                    "<p>Il secondo giorno il cluster organizza una breve sessione su "
                    "come trovare partner per i progetti europei, seguita da un "
                    "incontro informale allo stand.</p>",
                    "<p>Standul comun le oferă membrilor mai mici un loc la cea mai "
                    "mare reuniune europeană de radiologie, la o fracțiune din "
                    "costul unui stand propriu. Printre ei se află un producător de "
                    "bobine RMN, două companii de software, un serviciu de "
                    "teleradiologie și un grup de cercetare universitar.</p>"
                    "<p>În a doua zi, clusterul organizează o sesiune scurtă despre "
                    "găsirea de parteneri pentru proiecte europene, urmată de o "
                    "întâlnire informală la stand.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "eu-proposal-writing-training",
        "date": datetime.date(2025, 11, 26),
        "topics": ["training", "funding"],
        "picture": ("classroom", 9, {}),
        "title": t(
            "Forty participants from nine countries at our training on writing EU "
            "proposals",
            "Quaranta partecipanti da nove paesi alla nostra formazione sulla "
            "scrittura di proposte europee",
            "Patruzeci de participanți din nouă țări la instruirea noastră despre "
            "scrierea propunerilor europene",
        ),
        "summary": t(
            "Two days of workshops on reading a call, building a consortium and "
            "writing an impact section that evaluators remember, with feedback on "
            "the participants' own project ideas.",
            "Due giorni di laboratori su come leggere un bando, costruire un "
            "consorzio e scrivere una sezione sull'impatto che i valutatori "
            "ricordino, con commenti sulle idee di progetto dei partecipanti.",
            "Două zile de ateliere despre cum se citește un apel, cum se "
            "construiește un consorțiu și cum se scrie o secțiune de impact pe care "
            "evaluatorii să și-o amintească, cu observații asupra ideilor de "
            "proiect ale participanților.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Participants came from hospitals, universities and "
                    "companies in Romania, Italy, Spain, Portugal, Greece, Poland, "
                    "Hungary, Slovenia and Belgium. Trainers included two "
                    "experienced evaluators of EU calls, who explained how "
                    "proposals are scored and what makes them stand out.</p>"
                    "<p>On the second day each group presented a one-page project "
                    "idea and received comments from the trainers and the other "
                    "participants. Several ideas will be developed further with the "
                    "cluster's support.</p>",
                    "<p>I partecipanti provenivano da ospedali, università e "
                    "aziende di Romania, Italia, Spagna, Portogallo, Grecia, "
                    "Polonia, Ungheria, Slovenia e Belgio. Tra i formatori c'erano "
                    "due valutatori esperti di bandi europei, che hanno spiegato "
                    "come vengono assegnati i punteggi alle proposte e che cosa le "
                    "fa emergere.</p>"
                    "<p>Il secondo giorno ogni gruppo ha presentato un'idea di "
                    "progetto di una pagina e ha ricevuto i commenti dei formatori e "
                    "degli altri partecipanti. Diverse idee saranno sviluppate "
                    "ulteriormente con il sostegno del cluster.</p>",
                    "<p>Participanții au venit din spitale, universități și "
                    "companii din România, Italia, Spania, Portugalia, Grecia, "
                    "Polonia, Ungaria, Slovenia și Belgia. Printre formatori s-au "
                    "numărat doi evaluatori cu experiență ai apelurilor europene, "
                    "care au explicat cum sunt punctate propunerile și ce le face să "
                    "iasă în evidență.</p>"
                    "<p>În a doua zi, fiecare grup a prezentat o idee de proiect de "
                    "o pagină și a primit observații de la formatori și de la "
                    "ceilalți participanți. Mai multe idei vor fi dezvoltate în "
                    "continuare cu sprijinul clusterului.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "low-dose-ct-protocol",
        "date": datetime.date(2025, 10, 14),
        "topics": ["research"],
        "picture": ("rings", 41, {"centre": (1200, 450)}),
        "title": t(
            "Members develop a low-dose CT protocol that cuts radiation by a third",
            "I membri sviluppano un protocollo TC a basso dosaggio che riduce le "
            "radiazioni di un terzo",
            "Membrii dezvoltă un protocol CT cu doză redusă care scade iradierea "
            "cu o treime",
        ),
        "summary": t(
            "A hospital, a university physics department and a software company "
            "tuned scan settings and image reconstruction so that children's chest "
            "CT needs far less radiation without losing detail.",
            "Un ospedale, un dipartimento universitario di fisica e un'azienda di "
            "software hanno messo a punto parametri di scansione e ricostruzione "
            "delle immagini per ridurre molto le radiazioni nelle TC del torace "
            "dei bambini senza perdere dettaglio.",
            "Un spital, un departament universitar de fizică și o companie de "
            "software au ajustat parametrii de scanare și reconstrucția imaginii, "
            "astfel încât CT-ul toracic la copii să necesite mult mai puține "
            "radiații, fără pierderi de detaliu.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>The team compared more than 300 scans made before and after "
                    "the change. Radiologists, who did not know which protocol each "
                    "scan came from, rated the images as equally useful for "
                    "diagnosis, while the average dose fell by 34 percent.</p>"
                    "<p>The protocol and the reconstruction settings are published "
                    "so that other hospitals can adopt them. The partners are now "
                    "preparing a multicentre study with three more member "
                    "hospitals.</p>",
                    "<p>Il gruppo ha confrontato più di 300 esami eseguiti prima e "
                    "dopo la modifica. I radiologi, che non sapevano con quale "
                    "protocollo fosse stato eseguito ciascun esame, hanno giudicato "
                    "le immagini ugualmente utili per la diagnosi, mentre la dose "
                    "media è scesa del 34 per cento.</p>"
                    "<p>Il protocollo e i parametri di ricostruzione sono "
                    "pubblicati, così che altri ospedali possano adottarli. I "
                    "partner stanno ora preparando uno studio multicentrico con "
                    "altri tre ospedali associati.</p>",
                    "<p>Echipa a comparat peste 300 de examinări efectuate înainte "
                    "și după schimbare. Radiologii, care nu știau cu ce protocol "
                    "fusese făcută fiecare examinare, au apreciat imaginile ca fiind "
                    "la fel de utile pentru diagnostic, în timp ce doza medie a "
                    "scăzut cu 34 la sută.</p>"
                    "<p>Protocolul și parametrii de reconstrucție sunt publicați, "
                    "pentru ca și alte spitale să îi poată adopta. Partenerii "
                    "pregătesc acum un studiu multicentric cu încă trei spitale "
                    "membre.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "crisis-portal-five-years",
        "date": datetime.date(2025, 5, 14),
        "topics": ["events", "member-news"],
        "picture": ("network", 8, {}),
        "title": t(
            "Five years on: the portal that matched supply and demand in the pandemic",
            "Cinque anni dopo: il portale che ha fatto incontrare domanda e offerta "
            "durante la pandemia",
            "Cinci ani mai târziu: portalul care a unit cererea și oferta în timpul "
            "pandemiei",
        ),
        "summary": t(
            "In spring 2020 European clusters built a portal to match hospitals' "
            "urgent needs with companies able to help. At an anniversary meeting, "
            "members looked at what it taught us about resilient supply chains.",
            "Nella primavera del 2020 i cluster europei hanno creato un portale "
            "per collegare i bisogni urgenti degli ospedali alle aziende in grado "
            "di aiutarli. In un incontro per l'anniversario, i membri hanno "
            "riflettuto su ciò che ha insegnato sulle catene di approvvigionamento.",
            "În primăvara lui 2020, clusterele europene au creat un portal care "
            "lega nevoile urgente ale spitalelor de companiile care puteau ajuta. "
            "La o întâlnire aniversară, membrii au discutat ce ne-a învățat despre "
            "lanțurile de aprovizionare reziliente.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>When the pandemic struck, hospitals ran short of protective "
                    "equipment, spare parts for scanners and contrast agents, while "
                    "many companies had capacity they could not place. The "
                    "clusters' portal put the two sides in touch within days and "
                    "helped clusters across Europe work together.</p>"
                    "<p>The clusters also mapped the gaps in supply chains and the "
                    "economic impact of the crisis, and proposed measures to the "
                    "authorities to soften it. Several of those proposals are now "
                    "part of regional preparedness plans.</p>"
                    "<p>Five years later, the members agreed to keep a list of "
                    "alternative suppliers for critical imaging consumables up to "
                    "date, and to test it once a year.</p>",
                    "<p>Quando è arrivata la pandemia, agli ospedali mancavano "
                    "dispositivi di protezione, ricambi per gli apparecchi e mezzi "
                    "di contrasto, mentre molte aziende avevano capacità che non "
                    "riuscivano a collocare. Il portale dei cluster ha messo in "
                    "contatto le due parti in pochi giorni e ha aiutato i cluster di "
                    "tutta Europa a collaborare.</p>"
                    "<p>I cluster hanno anche individuato le lacune nelle catene di "
                    "approvvigionamento e l'impatto economico della crisi, e hanno "
                    "proposto alle autorità misure per attenuarlo. Diverse di quelle "
                    "proposte fanno oggi parte dei piani regionali di preparazione "
                    "alle emergenze.</p>"
                    "<p>Cinque anni dopo, i membri hanno deciso di tenere aggiornato "
                    "un elenco di fornitori alternativi per i materiali di consumo "
                    "critici della diagnostica per immagini e di metterlo alla "
                    "prova una volta l'anno.</p>",
                    "<p>Când a izbucnit pandemia, spitalelor le lipseau "
                    "echipamentele de protecție, piesele de schimb pentru aparate și "
                    "substanțele de contrast, în timp ce multe companii aveau "
                    "capacități pe care nu le puteau valorifica. Portalul "
                    "clusterelor a pus cele două părți în legătură în câteva zile și "
                    "a ajutat clusterele din toată Europa să colaboreze.</p>"
                    "<p>Clusterele au identificat și golurile din lanțurile de "
                    "aprovizionare și impactul economic al crizei și au propus "
                    "autorităților măsuri de atenuare. Mai multe dintre aceste "
                    "propuneri fac acum parte din planurile regionale de pregătire "
                    "pentru situații de urgență.</p>"
                    "<p>Cinci ani mai târziu, membrii au hotărât să țină la zi o "
                    "listă de furnizori alternativi pentru consumabilele critice din "
                    "imagistică și să o testeze o dată pe an.</p>",
                ),
            ),
            quote(
                t(
                    "European clusters reacted quickly. The portal showed what we "
                    "can do when we share what we know.",
                    "I cluster europei hanno reagito rapidamente. Il portale ha "
                    "mostrato che cosa possiamo fare quando condividiamo ciò che "
                    "sappiamo.",
                    "Clusterele europene au reacționat rapid. Portalul a arătat ce "
                    "putem face atunci când împărtășim ceea ce știm.",
                ),
                t(
                    "Carmen Mihai, ImagoMol cluster manager",
                    "Carmen Mihai, manager del cluster ImagoMol",
                    "Carmen Mihai, manager al clusterului ImagoMol",
                ),
            ),
        ],
    },
]
