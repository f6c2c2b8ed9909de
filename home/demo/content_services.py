"""The words of the demo services page, in every language."""

from .content import (
    JOIN_THE_CLUSTER,
    SERVICE_CRISIS,
    SERVICE_MATCHMAKING,
    SERVICE_PROJECTS,
    SERVICE_PROMOTION,
)
from .text import ImageRef, PageRef, t


def _heading(text):
    return ("heading", {"text": text, "level": "h2"})


def _question(question, answer):
    return {"question": question, "answer": answer}


FEES_TABLE = {
    "caption": t(
        "Annual membership fees by type of organisation",
        "Quote associative annuali per tipo di organizzazione",
        "Cotizații anuale de membru, în funcție de tipul organizației",
    ),
    "header": [
        t("Type of organisation", "Tipo di organizzazione", "Tipul organizației"),
        t("Annual fee", "Quota annuale", "Cotizație anuală"),
        t(
            "Training seats included",
            "Posti di formazione inclusi",
            "Locuri la cursuri incluse",
        ),
    ],
    "rows": [
        [
            t(
                "Start-up (under 3 years)",
                "Start-up (meno di 3 anni)",
                "Start-up (sub 3 ani)",
            ),
            t("€250", "250 €", "250 €"),
            t("1", "1", "1"),
        ],
        [t("SME", "PMI", "IMM"), t("€600", "600 €", "600 €"), t("2", "2", "2")],
        [
            t("Large company", "Grande impresa", "Companie mare"),
            t("€2,500", "2.500 €", "2.500 €"),
            t("5", "5", "5"),
        ],
        [
            t("Hospital or clinic", "Ospedale o clinica", "Spital sau clinică"),
            t("€800", "800 €", "800 €"),
            t("3", "3", "3"),
        ],
        [
            t(
                "University or research institute",
                "Università o istituto di ricerca",
                "Universitate sau institut de cercetare",
            ),
            t("€800", "800 €", "800 €"),
            t("3", "3", "3"),
        ],
        [
            t(
                "Public body or association",
                "Ente pubblico o associazione",
                "Instituție publică sau asociație",
            ),
            t("€300", "300 €", "300 €"),
            t("1", "1", "1"),
        ],
    ],
}

FAQ = {
    "title": t(
        "Frequently asked questions", "Domande frequenti", "Întrebări frecvente"
    ),
    "items": [
        _question(
            t(
                "Who can become a member?",
                "Chi può diventare membro?",
                "Cine poate deveni membru?",
            ),
            t(
                "<p>Any organisation active in medical imaging or in a related "
                "field: companies of every size, hospitals and clinics, "
                "universities, research institutes, public bodies and "
                "associations.</p>",
                "<p>Qualsiasi organizzazione attiva nella diagnostica per immagini o "
                "in un settore affine: aziende di ogni dimensione, ospedali e "
                "cliniche, università, istituti di ricerca, enti pubblici e "
                "associazioni.</p>",
                "<p>Orice organizație care activează în imagistica medicală sau "
                "într-un domeniu conex: companii de orice mărime, spitale și "
                "clinici, universități, institute de cercetare, instituții publice "
                "și asociații.</p>",
            ),
        ),
        _question(
            t(
                "Do we need to be based in Romania?",
                "Dobbiamo avere sede in Romania?",
                "Trebuie să avem sediul în România?",
            ),
            t(
                "<p>No. ImagoMol was founded in Romania, but members come from many "
                "EU countries, and our partner clusters cover the rest of "
                "Europe.</p>",
                "<p>No. ImagoMol è nato in Romania, ma i membri provengono da molti "
                "paesi dell'UE e i cluster partner coprono il resto d'Europa.</p>",
                "<p>Nu. ImagoMol a fost înființat în România, dar membrii provin din "
                "multe țări ale UE, iar clusterele partenere acoperă restul "
                "Europei.</p>",
            ),
        ),
        _question(
            t(
                "How does partner matchmaking work?",
                "Come funziona la ricerca di partner?",
                "Cum funcționează găsirea de parteneri?",
            ),
            t(
                "<p>Write to us describing the partner you need: for example, a "
                "hospital to validate a device, or a company to industrialise a "
                "research result. Within two weeks we suggest suitable members and "
                "arrange a first meeting.</p>",
                "<p>Scriveteci descrivendo il partner che vi serve: per esempio un "
                "ospedale per validare un dispositivo, o un'azienda per "
                "industrializzare un risultato di ricerca. Entro due settimane vi "
                "proponiamo i membri adatti e organizziamo un primo incontro.</p>",
                "<p>Scrieți-ne și descrieți partenerul de care aveți nevoie: de "
                "exemplu, un spital care să valideze un dispozitiv sau o companie "
                "care să industrializeze un rezultat al cercetării. În cel mult două "
                "săptămâni vă propunem membrii potriviți și organizăm o primă "
                "întâlnire.</p>",
            ),
        ),
        _question(
            t(
                "Can you write our funding proposal for us?",
                "Potete scrivere voi la nostra proposta di finanziamento?",
                "Puteți scrie voi propunerea noastră de finanțare?",
            ),
            t(
                "<p>We do not write proposals on members' behalf, but we review "
                "drafts, help build the consortium and train your team. Members who "
                "attend the EU funding course get a free review of one proposal a "
                "year.</p>",
                "<p>Non scriviamo le proposte al posto dei membri, ma rivediamo le "
                "bozze, aiutiamo a costruire il consorzio e formiamo il vostro team. "
                "I membri che seguono il corso sui fondi europei ricevono "
                "gratuitamente la revisione di una proposta all'anno.</p>",
                "<p>Nu scriem propuneri în numele membrilor, dar revizuim ciornele, "
                "vă ajutăm să construiți consorțiul și vă pregătim echipa. Membrii "
                "care urmează cursul despre fondurile europene beneficiază gratuit "
                "de revizuirea unei propuneri pe an.</p>",
            ),
        ),
        _question(
            t("How do we join?", "Come si aderisce?", "Cum putem deveni membri?"),
            t(
                '<p>Fill in the <a linktype="page" id="@join">membership form</a>. '
                "We will send you the statute and the application, and the board "
                "confirms new members at its next meeting.</p>",
                '<p>Compilate il <a linktype="page" id="@join">modulo di '
                "adesione</a>. Vi invieremo lo statuto e la domanda di adesione, e "
                "il consiglio direttivo conferma i nuovi membri alla riunione "
                "successiva.</p>",
                '<p>Completați <a linktype="page" id="@join">formularul de '
                "înscriere</a>. Vă vom trimite statutul și cererea de aderare, iar "
                "consiliul director confirmă noii membri la următoarea sa "
                "ședință.</p>",
            ),
        ),
    ],
}

SERVICES = {
    "title": t("Services", "Servizi", "Servicii"),
    "introduction": t(
        "Six services, one aim: helping members grow through collaboration, from "
        "the first idea to a funded project and beyond.",
        "Sei servizi, un solo obiettivo: aiutare i membri a crescere grazie alla "
        "collaborazione, dalla prima idea a un progetto finanziato e oltre.",
        "Șase servicii, un singur scop: să-i ajutăm pe membri să crească prin "
        "colaborare, de la prima idee până la un proiect finanțat și mai departe.",
    ),
    "hero_image": ImageRef("services"),
    "body": [
        _heading(SERVICE_PROJECTS),
        (
            "paragraph",
            t(
                "<p>Our project team helps members turn an idea into a proposal: we "
                "check it against open calls, suggest partners, review the work plan "
                "and budget, and stay beside you during the project for reporting "
                "and dissemination.</p>",
                "<p>Il nostro team progetti aiuta i membri a trasformare un'idea in "
                "una proposta: la confrontiamo con i bandi aperti, suggeriamo i "
                "partner, rivediamo piano di lavoro e budget, e vi affianchiamo "
                "durante il progetto per la rendicontazione e la diffusione dei "
                "risultati.</p>",
                "<p>Echipa noastră de proiecte îi ajută pe membri să transforme o "
                "idee într-o propunere: o comparăm cu apelurile deschise, sugerăm "
                "parteneri, revizuim planul de lucru și bugetul și vă sprijinim pe "
                "parcursul proiectului cu raportarea și diseminarea "
                "rezultatelor.</p>",
            ),
        ),
        _heading(SERVICE_MATCHMAKING),
        (
            "paragraph",
            t(
                "<p>Hospitals know what they need, companies know what they can "
                "build, researchers know what is possible. We bring them together: "
                "tell us what you are looking for and we will introduce you to the "
                "right people among our members and in the European cluster "
                "network.</p>",
                "<p>Gli ospedali sanno di cosa hanno bisogno, le aziende sanno cosa "
                "possono costruire, i ricercatori sanno cosa è possibile. Noi li "
                "facciamo incontrare: diteci cosa cercate e vi presenteremo le "
                "persone giuste tra i nostri membri e nella rete europea dei "
                "cluster.</p>",
                "<p>Spitalele știu de ce au nevoie, companiile știu ce pot "
                "construi, cercetătorii știu ce este posibil. Noi îi aducem "
                "împreună: spuneți-ne ce căutați și vă vom prezenta oamenii "
                "potriviți dintre membrii noștri și din rețeaua europeană a "
                "clusterelor.</p>",
            ),
        ),
        _heading(t("Training", "Formazione", "Formare")),
        (
            "paragraph",
            t(
                "<p>We run two training tracks every year:</p><ul>"
                "<li><b>Project management</b>: planning, risks, budgets and "
                "reporting for collaborative projects;</li>"
                "<li><b>Winning EU funding</b>: Horizon Europe, EU4Health and the "
                "cohesion funds, from reading a call to writing the proposal.</li>"
                "</ul><p>Courses are held in Cluj-Napoca and online, in English and "
                "Romanian.</p>",
                "<p>Ogni anno organizziamo due percorsi di formazione:</p><ul>"
                "<li><b>Gestione dei progetti</b>: pianificazione, rischi, budget e "
                "rendicontazione dei progetti collaborativi;</li>"
                "<li><b>Ottenere fondi europei</b>: Horizon Europe, EU4Health e "
                "fondi di coesione, dalla lettura del bando alla stesura della "
                "proposta.</li>"
                "</ul><p>I corsi si tengono a Cluj-Napoca e online, in inglese e in "
                "rumeno.</p>",
                "<p>În fiecare an organizăm două programe de formare:</p><ul>"
                "<li><b>Managementul proiectelor</b>: planificare, riscuri, bugete "
                "și raportare pentru proiectele de colaborare;</li>"
                "<li><b>Obținerea de fonduri europene</b>: Orizont Europa, "
                "EU4Health și fondurile de coeziune, de la citirea apelului până la "
                "scrierea propunerii.</li>"
                "</ul><p>Cursurile au loc la Cluj-Napoca și online, în engleză și "
                "în română.</p>",
            ),
        ),
        _heading(SERVICE_PROMOTION),
        (
            "paragraph",
            t(
                "<p>Members' news, products and results reach thousands of "
                "professionals through our monthly newsletter, our social media "
                "channels and this website. Send us your news and we will share it "
                "in English, Italian and Romanian.</p>",
                "<p>Le notizie, i prodotti e i risultati dei membri raggiungono "
                "migliaia di professionisti attraverso la nostra newsletter mensile, "
                "i nostri canali social e questo sito. Inviateci le vostre notizie e "
                "le condivideremo in inglese, italiano e rumeno.</p>",
                "<p>Noutățile, produsele și rezultatele membrilor ajung la mii de "
                "profesioniști prin newsletterul nostru lunar, canalele noastre de "
                "social media și acest site. Trimiteți-ne noutățile dumneavoastră și "
                "le vom distribui în engleză, italiană și română.</p>",
            ),
        ),
        _heading(SERVICE_CRISIS),
        (
            "paragraph",
            t(
                "<p>During the COVID-19 pandemic, European clusters set up a portal "
                "to match the demand of hospitals with the supply of companies, "
                "identified gaps in supply chains within days and proposed "
                "mitigation measures to the authorities. ImagoMol keeps that "
                "capacity ready: in a crisis, members post what they need or what "
                "they can offer, and we connect them.</p>",
                "<p>Durante la pandemia di COVID-19 i cluster europei hanno creato un "
                "portale per far incontrare la domanda degli ospedali e l'offerta "
                "delle aziende, hanno individuato in pochi giorni le lacune nelle "
                "catene di approvvigionamento e hanno proposto alle autorità misure "
                "di mitigazione. ImagoMol mantiene pronta questa capacità: in caso "
                "di crisi, i membri segnalano ciò di cui hanno bisogno o ciò che "
                "possono offrire, e noi li mettiamo in contatto.</p>",
                "<p>În timpul pandemiei de COVID-19, clusterele europene au creat un "
                "portal pentru a corela cererea spitalelor cu oferta companiilor, au "
                "identificat în câteva zile golurile din lanțurile de aprovizionare "
                "și au propus autorităților măsuri de atenuare. ImagoMol păstrează "
                "această capacitate pregătită: în caz de criză, membrii semnalează "
                "de ce au nevoie sau ce pot oferi, iar noi îi punem în "
                "legătură.</p>",
            ),
        ),
        _heading(t("Membership fees", "Quote associative", "Cotizații de membru")),
        ("table", FEES_TABLE),
        ("faq", FAQ),
        (
            "call_to_action",
            {
                "title": t(
                    "Let's work together", "Lavoriamo insieme", "Să lucrăm împreună"
                ),
                "text": t(
                    "Join ImagoMol and put these services to work for your "
                    "organisation.",
                    "Aderite a ImagoMol: questi servizi saranno a disposizione della "
                    "vostra organizzazione.",
                    "Alăturați-vă ImagoMol și puneți aceste servicii în slujba "
                    "organizației dumneavoastră.",
                ),
                "page": PageRef("join"),
                "url": "",
                "button_label": JOIN_THE_CLUSTER,
            },
        ),
    ],
}
