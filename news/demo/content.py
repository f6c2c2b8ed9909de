"""The words of the demo news, in every language: the topics, the news index
and the six most recent news items (the older ones are in content_archive).

Each item: slug (the same in every language), date, topic slugs, picture
(motif, seed, drawing options) and the page content for the builder.
"""

import datetime

from home.demo.text import t

TOPICS = [
    ("ai-in-imaging", t("AI in imaging", "IA nell'imaging", "IA în imagistică")),
    ("funding", t("Funding", "Finanziamenti", "Finanțare")),
    ("training", t("Training", "Formazione", "Formare")),
    ("member-news", t("Member news", "Notizie dai membri", "Știri de la membri")),
    ("research", t("Research", "Ricerca", "Cercetare")),
    ("events", t("Events", "Eventi", "Evenimente")),
]

NEWS_LABEL = t("News", "Notizie", "Știri")

INDEX = {
    "title": NEWS_LABEL,
    "intro": t(
        "What is happening in the cluster: projects won, new members, trainings, "
        "research and events.",
        "Che cosa succede nel cluster: progetti vinti, nuovi membri, corsi di "
        "formazione, ricerca ed eventi.",
        "Ce se întâmplă în cluster: proiecte câștigate, membri noi, cursuri de "
        "formare, cercetare și evenimente.",
    ),
}


def quote(text, attribution):
    return ("quote", {"quote": text, "attribution": attribution})


RECENT = [
    {
        "slug": "horizon-europe-ai-pet-reading",
        "date": datetime.date(2026, 11, 18),
        "topics": ["funding", "ai-in-imaging", "research"],
        "picture": ("slices", 11, {}),
        "title": t(
            "Cluster consortium wins Horizon Europe funding for AI-assisted PET "
            "reading",
            "Un consorzio del cluster ottiene fondi Horizon Europe per la lettura "
            "delle PET assistita dall'IA",
            "Un consorțiu al clusterului obține finanțare Horizon Europe pentru "
            "interpretarea PET asistată de IA",
        ),
        "summary": t(
            "Four ImagoMol members and two partner universities will spend three "
            "years building and testing software that helps nuclear medicine "
            "doctors read PET/CT scans faster and more consistently.",
            "Quattro membri di ImagoMol e due università partner lavoreranno per "
            "tre anni a un software che aiuta i medici nucleari a leggere le PET/TC "
            "in modo più rapido e uniforme.",
            "Patru membri ImagoMol și două universități partenere vor dezvolta și "
            "testa, timp de trei ani, un software care îi ajută pe medicii de "
            "medicină nucleară să interpreteze examinările PET/CT mai rapid și mai "
            "unitar.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>The project, called READ-PET, was ranked among the best "
                    "proposals in its Horizon Europe call and receives 3.2 million "
                    "euros. It brings together two university hospitals, a software "
                    "start-up, a maker of PET detectors and research groups in "
                    "Cluj-Napoca and Padua.</p>"
                    "<p>The team will train algorithms on anonymised scans from "
                    "several hospitals, check them against the judgement of "
                    "experienced readers and publish the validation method, so that "
                    "other hospitals can repeat it.</p>"
                    "<p>The cluster helped the partners find each other at last "
                    "year's matchmaking day and reviewed the proposal before "
                    "submission.</p>",
                    "<p>Il progetto, chiamato READ-PET, si è classificato tra le "
                    "migliori proposte del suo bando Horizon Europe e riceve 3,2 "
                    "milioni di euro. Riunisce due ospedali universitari, una "
                    "start-up del software, un produttore di rivelatori PET e gruppi "
                    "di ricerca di Cluj-Napoca e Padova.</p>"
                    "<p>Il gruppo addestrerà gli algoritmi su esami anonimizzati "
                    "provenienti da più ospedali, li confronterà con il giudizio di "
                    "refertatori esperti e pubblicherà il metodo di validazione, "
                    "perché altri ospedali possano ripeterlo.</p>"
                    "<p>Il cluster ha aiutato i partner a incontrarsi durante la "
                    "giornata di matchmaking dell'anno scorso e ha revisionato la "
                    "proposta prima della presentazione.</p>",
                    "<p>Proiectul, numit READ-PET, s-a clasat printre cele mai bune "
                    "propuneri din apelul său Horizon Europe și primește 3,2 "
                    "milioane de euro. El reunește două spitale universitare, un "
                    "start-up de software, un producător de detectoare PET și "
                    "grupuri de cercetare din Cluj-Napoca și Padova.</p>"
                    "<p>Echipa va antrena algoritmii pe examinări anonimizate din "
                    "mai multe spitale, îi va compara cu evaluarea unor medici cu "
                    "experiență și va publica metoda de validare, pentru ca și alte "
                    "spitale să o poată repeta.</p>"
                    "<p>Clusterul i-a ajutat pe parteneri să se cunoască la ziua de "
                    "matchmaking de anul trecut și a revizuit propunerea înainte de "
                    "depunere.</p>",
                ),
            ),
            quote(
                t(
                    "Without the cluster we would never have met the detector "
                    "manufacturer who completed our consortium.",
                    "Senza il cluster non avremmo mai incontrato il produttore di "
                    "rivelatori che ha completato il nostro consorzio.",
                    "Fără cluster nu l-am fi întâlnit niciodată pe producătorul de "
                    "detectoare care ne-a completat consorțiul.",
                ),
                t(
                    "The project's coordinator",
                    "Il coordinatore del progetto",
                    "Coordonatorul proiectului",
                ),
            ),
        ],
    },
    {
        "slug": "new-member-somes-valley-hospital",
        "date": datetime.date(2026, 10, 30),
        "topics": ["member-news"],
        "picture": ("network", 21, {}),
        "title": t(
            "Welcome to our newest member, Someș Valley University Hospital",
            "Benvenuto al nostro nuovo membro, l'Ospedale universitario della "
            "Valle del Someș",
            "Bun venit noului nostru membru, Spitalul Universitar Valea Someșului",
        ),
        "summary": t(
            "The hospital's nuclear medicine and radiology departments join the "
            "cluster, bringing two PET/CT scanners, a cyclotron project and a "
            "strong record in training young specialists.",
            "I reparti di medicina nucleare e radiologia dell'ospedale entrano nel "
            "cluster e portano due PET/TC, un progetto di ciclotrone e una lunga "
            "esperienza nella formazione di giovani specialisti.",
            "Secțiile de medicină nucleară și radiologie ale spitalului se alătură "
            "clusterului, aducând două aparate PET/CT, un proiect de ciclotron și o "
            "experiență solidă în formarea tinerilor specialiști.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Someș Valley University Hospital treats more than 40,000 "
                    "patients a year and runs one of the busiest imaging "
                    "departments in the north-west of Romania. Its teams already "
                    "work with two cluster members on clinical studies.</p>"
                    "<p>As a member, the hospital will take part in the cluster's "
                    "working groups on artificial intelligence and on "
                    "radiopharmaceuticals, and offer places for hands-on training "
                    "to engineers from member companies.</p>"
                    "<p>Is your organisation active in medical imaging? "
                    '<a linktype="page" id="@join">Find out how to join the '
                    "cluster</a>.</p>",
                    "<p>L'Ospedale universitario della Valle del Someș cura più di "
                    "40.000 pazienti l'anno e gestisce uno dei reparti di "
                    "diagnostica per immagini più attivi del nord-ovest della "
                    "Romania. I suoi team collaborano già con due membri del "
                    "cluster a studi clinici.</p>"
                    "<p>Come membro, l'ospedale parteciperà ai gruppi di lavoro del "
                    "cluster sull'intelligenza artificiale e sui radiofarmaci, e "
                    "offrirà posti di formazione pratica agli ingegneri delle "
                    "aziende associate.</p>"
                    "<p>La vostra organizzazione opera nella diagnostica per "
                    'immagini? <a linktype="page" id="@join">Scoprite come aderire '
                    "al cluster</a>.</p>",
                    "<p>Spitalul Universitar Valea Someșului tratează peste 40.000 "
                    "de pacienți pe an și are una dintre cele mai solicitate secții "
                    "de imagistică din nord-vestul României. Echipele sale "
                    "colaborează deja cu doi membri ai clusterului în studii "
                    "clinice.</p>"
                    "<p>Ca membru, spitalul va participa la grupurile de lucru ale "
                    "clusterului dedicate inteligenței artificiale și "
                    "radiofarmaceuticelor și va oferi locuri de instruire practică "
                    "inginerilor din companiile membre.</p>"
                    "<p>Organizația dumneavoastră activează în imagistica medicală? "
                    '<a linktype="page" id="@join">Aflați cum vă puteți alătura '
                    "clusterului</a>.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "radiopharmaceuticals-partnership",
        "date": datetime.date(2026, 10, 8),
        "topics": ["member-news", "research"],
        "picture": ("molecule", 3, {}),
        "title": t(
            "Three members join forces to secure the supply of PET tracers",
            "Tre membri uniscono le forze per garantire la fornitura di traccianti PET",
            "Trei membri își unesc forțele pentru a asigura aprovizionarea cu "
            "trasori PET",
        ),
        "summary": t(
            "A radiopharmacy, a university cyclotron centre and a logistics company "
            "sign a partnership to produce and deliver short-lived "
            "radiopharmaceuticals to hospitals across the region.",
            "Una radiofarmacia, un centro ciclotrone universitario e un'azienda di "
            "logistica firmano un accordo per produrre e consegnare radiofarmaci a "
            "breve emivita agli ospedali di tutta la regione.",
            "O radiofarmacie, un centru universitar cu ciclotron și o companie de "
            "logistică semnează un parteneriat pentru a produce și livra "
            "radiofarmaceutice cu timp de înjumătățire scurt spitalelor din "
            "întreaga regiune.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Fluorine-18 tracers lose half their activity in under two "
                    "hours, so every delay on the road means fewer patients "
                    "scanned. The partners will share production slots, plan "
                    "deliveries together and keep a backup line ready when a "
                    "cyclotron is down for maintenance.</p>"
                    "<p>The agreement grew out of the cluster's working group on "
                    "radiopharmaceuticals, which mapped the weak points of the "
                    "regional supply chain last spring.</p>",
                    "<p>I traccianti al fluoro-18 perdono metà della loro attività "
                    "in meno di due ore: ogni ritardo sulla strada significa meno "
                    "pazienti esaminati. I partner condivideranno gli slot di "
                    "produzione, pianificheranno insieme le consegne e terranno "
                    "pronta una linea di riserva quando un ciclotrone è fermo per "
                    "manutenzione.</p>"
                    "<p>L'accordo nasce dal gruppo di lavoro del cluster sui "
                    "radiofarmaci, che la scorsa primavera ha individuato i punti "
                    "deboli della catena di approvvigionamento regionale.</p>",
                    "<p>Trasorii cu fluor-18 își pierd jumătate din activitate în "
                    "mai puțin de două ore, așa că fiecare întârziere pe drum "
                    "înseamnă mai puțini pacienți examinați. Partenerii vor împărți "
                    "intervalele de producție, vor planifica împreună livrările și "
                    "vor păstra pregătită o linie de rezervă atunci când un "
                    "ciclotron este oprit pentru întreținere.</p>"
                    "<p>Acordul s-a născut în grupul de lucru al clusterului dedicat "
                    "radiofarmaceuticelor, care a identificat primăvara trecută "
                    "punctele slabe ale lanțului regional de aprovizionare.</p>",
                ),
            ),
            quote(
                t(
                    "Patients do not care which cyclotron made their tracer. They "
                    "care that the scan happens on the day it was booked.",
                    "Ai pazienti non importa quale ciclotrone abbia prodotto il loro "
                    "tracciante. Importa che l'esame si faccia il giorno in cui è "
                    "stato prenotato.",
                    "Pacienților nu le pasă ce ciclotron le-a produs trasorul. Le "
                    "pasă ca examinarea să aibă loc în ziua pentru care au fost "
                    "programați.",
                ),
                t(
                    "Director of the radiopharmacy",
                    "La direttrice della radiofarmacia",
                    "Directoarea radiofarmaciei",
                ),
            ),
        ],
    },
    {
        "slug": "project-management-course-autumn",
        "date": datetime.date(2026, 9, 17),
        "topics": ["training"],
        "picture": ("classroom", 4, {}),
        "title": t(
            "Registrations open for our autumn course on managing EU projects",
            "Aperte le iscrizioni al corso d'autunno sulla gestione dei progetti "
            "europei",
            "Au început înscrierile la cursul de toamnă despre managementul "
            "proiectelor europene",
        ),
        "summary": t(
            "Six evening sessions, online and in Cluj-Napoca, on planning work "
            "packages, reporting costs and keeping a consortium on track. Free for "
            "members; places are limited to 30.",
            "Sei incontri serali, online e a Cluj-Napoca, su come pianificare i "
            "pacchetti di lavoro, rendicontare i costi e tenere in rotta un "
            "consorzio. Gratuito per i membri; posti limitati a 30.",
            "Șase sesiuni de seară, online și la Cluj-Napoca, despre planificarea "
            "pachetelor de lucru, raportarea costurilor și buna coordonare a unui "
            "consorțiu. Gratuit pentru membri; locurile sunt limitate la 30.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>The course is for staff of member organisations who run, or "
                    "are about to run, a project funded by the European Union. Each "
                    "session mixes a short talk with exercises on real project "
                    "documents, anonymised by the cluster team.</p>"
                    "<p>Topics include the grant agreement, Gantt charts that "
                    "survive contact with reality, timesheets and eligible costs, "
                    "risk registers and the final report. Participants who attend "
                    "at least five sessions receive a certificate.</p>",
                    "<p>Il corso è rivolto al personale delle organizzazioni "
                    "associate che gestisce, o sta per gestire, un progetto "
                    "finanziato dall'Unione europea. Ogni incontro alterna una breve "
                    "presentazione a esercitazioni su documenti di progetto reali, "
                    "resi anonimi dal team del cluster.</p>"
                    "<p>Tra gli argomenti: la convenzione di sovvenzione, diagrammi "
                    "di Gantt che reggono alla prova dei fatti, timesheet e costi "
                    "ammissibili, registri dei rischi e relazione finale. Chi "
                    "partecipa ad almeno cinque incontri riceve un attestato.</p>",
                    "<p>Cursul se adresează angajaților organizațiilor membre care "
                    "conduc sau urmează să conducă un proiect finanțat de Uniunea "
                    "Europeană. Fiecare sesiune îmbină o scurtă prezentare cu "
                    "exerciții pe documente reale de proiect, anonimizate de echipa "
                    "clusterului.</p>"
                    "<p>Printre teme: acordul de grant, diagrame Gantt care rezistă "
                    "în fața realității, pontajele și costurile eligibile, registrul "
                    "riscurilor și raportul final. Participanții care urmează cel "
                    "puțin cinci sesiuni primesc un certificat.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "ai-validation-guide",
        "date": datetime.date(2026, 6, 10),
        "topics": ["ai-in-imaging", "research"],
        "picture": ("slices", 17, {}),
        "title": t(
            "Our AI working group publishes a practical guide to validating imaging "
            "algorithms",
            "Il nostro gruppo di lavoro sull'IA pubblica una guida pratica alla "
            "validazione degli algoritmi di imaging",
            "Grupul nostru de lucru pentru IA publică un ghid practic de validare a "
            "algoritmilor de imagistică",
        ),
        "summary": t(
            "Twenty pages, written by radiologists, engineers and data protection "
            "officers from nine members, on how a hospital can test an AI tool on "
            "its own patients before relying on it.",
            "Venti pagine, scritte da radiologi, ingegneri e responsabili della "
            "protezione dei dati di nove membri, su come un ospedale può mettere "
            "alla prova uno strumento di IA sui propri pazienti prima di affidarsi "
            "a esso.",
            "Douăzeci de pagini, scrise de radiologi, ingineri și responsabili cu "
            "protecția datelor din nouă organizații membre, despre cum poate un "
            "spital să testeze un instrument de IA pe propriii pacienți înainte de "
            "a se baza pe el.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Algorithms that perform well in a vendor's study can "
                    "stumble on another hospital's scanners, protocols and "
                    "patients. The guide explains how to build a local test set, "
                    "which measures to look at, how to involve the radiologists who "
                    "will use the tool, and what to agree with the vendor before a "
                    "pilot starts.</p>"
                    "<p>It also covers the rules that apply: the Medical Device "
                    "Regulation, the AI Act and the GDPR, with a checklist for each "
                    "stage. The guide is free to download for members and will be "
                    "presented at our next webinar.</p>",
                    "<p>Algoritmi che funzionano bene nello studio del produttore "
                    "possono inciampare sugli apparecchi, sui protocolli e sui "
                    "pazienti di un altro ospedale. La guida spiega come costruire "
                    "un insieme di casi di prova locale, quali misure considerare, "
                    "come coinvolgere i radiologi che useranno lo strumento e che "
                    "cosa concordare con il fornitore prima di avviare una "
                    "sperimentazione.</p>"
                    "<p>Tratta anche le norme applicabili: il regolamento sui "
                    "dispositivi medici, il regolamento sull'IA e il GDPR, con una "
                    "lista di controllo per ogni fase. La guida è scaricabile "
                    "gratuitamente dai membri e sarà presentata nel nostro prossimo "
                    "webinar.</p>",
                    "<p>Algoritmii care funcționează bine în studiul producătorului "
                    "se pot împiedica de aparatele, protocoalele și pacienții altui "
                    "spital. Ghidul explică cum se construiește un set local de "
                    "cazuri de test, ce indicatori trebuie urmăriți, cum pot fi "
                    "implicați radiologii care vor folosi instrumentul și ce "
                    "trebuie convenit cu furnizorul înainte de începerea unui "
                    "proiect-pilot.</p>"
                    "<p>Sunt tratate și regulile aplicabile: Regulamentul privind "
                    "dispozitivele medicale, Regulamentul privind inteligența "
                    "artificială și GDPR, cu o listă de verificare pentru fiecare "
                    "etapă. Ghidul poate fi descărcat gratuit de membri și va fi "
                    "prezentat la următorul nostru webinar.</p>",
                ),
            ),
        ],
    },
    {
        "slug": "eu4health-proposals-above-threshold",
        "date": datetime.date(2026, 5, 20),
        "topics": ["funding", "training"],
        "picture": ("bars", 7, {}),
        "title": t(
            "Four proposals from our funding course pass the EU4Health threshold",
            "Quattro proposte nate dal nostro corso sui finanziamenti superano la "
            "soglia di EU4Health",
            "Patru propuneri pregătite la cursul nostru de finanțare trec pragul "
            "EU4Health",
        ),
        "summary": t(
            "Teams that wrote their first proposals during the cluster's spring "
            "course on EU funding all scored above the threshold; two of them are "
            "on the list for funding.",
            "I team che hanno scritto le loro prime proposte durante il corso "
            "primaverile del cluster sui fondi europei hanno tutti superato la "
            "soglia; due di loro sono nell'elenco dei progetti da finanziare.",
            "Echipele care și-au scris primele propuneri în cadrul cursului de "
            "primăvară al clusterului despre fondurile europene au trecut toate de "
            "prag; două dintre ele se află pe lista proiectelor care vor fi "
            "finanțate.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>The course paired each team with a mentor who had "
                    "coordinated an EU project before. Over eight weeks the teams "
                    "turned an idea into a full proposal: objectives, work plan, "
                    "budget, impact and the consortium behind it.</p>"
                    "<p>The two projects recommended for funding will improve "
                    "access to mammography screening in rural areas and train "
                    "nurses in the safe handling of radiopharmaceuticals. The next "
                    "edition of the course starts in February.</p>",
                    "<p>Il corso ha affiancato a ogni team un mentore che aveva già "
                    "coordinato un progetto europeo. In otto settimane i team hanno "
                    "trasformato un'idea in una proposta completa: obiettivi, piano "
                    "di lavoro, budget, impatto e il consorzio che la sostiene.</p>"
                    "<p>I due progetti raccomandati per il finanziamento "
                    "miglioreranno l'accesso allo screening mammografico nelle zone "
                    "rurali e formeranno il personale infermieristico alla "
                    "manipolazione sicura dei radiofarmaci. La prossima edizione "
                    "del corso inizia a febbraio.</p>",
                    "<p>Cursul a pus fiecare echipă în legătură cu un mentor care "
                    "mai coordonase un proiect european. În opt săptămâni, echipele "
                    "au transformat o idee într-o propunere completă: obiective, "
                    "plan de lucru, buget, impact și consorțiul din spatele ei.</p>"
                    "<p>Cele două proiecte recomandate pentru finanțare vor "
                    "îmbunătăți accesul la screeningul mamografic în zonele rurale "
                    "și vor pregăti asistentele medicale pentru manipularea în "
                    "siguranță a radiofarmaceuticelor. Următoarea ediție a cursului "
                    "începe în februarie.</p>",
                ),
            ),
        ],
    },
]
