"""The words of the demo directory: the expertise vocabulary, the directory
page, and the sentences member profiles are made of (a sentence about the
kind of organisation and one about its focus; what each kind offers and
looks for), each written in English, Italian and Romanian."""

from home.demo.text import t

DIRECTORY = {
    "title": t("Members", "Membri", "Membri"),
    "introduction": t(
        "Hospitals, universities, research institutes and companies working in "
        "medical imaging. Find a partner by type, country or expertise.",
        "Ospedali, università, istituti di ricerca e aziende che lavorano "
        "nell'imaging medico. Trova un partner per tipo, paese o competenza.",
        "Spitale, universități, institute de cercetare și companii care lucrează "
        "în imagistica medicală. Găsiți un partener după tip, țară sau expertiză.",
    ),
}

# slug: name in every language
EXPERTISE = {
    "mri": t("MRI", "Risonanza magnetica", "IRM"),
    "ct": t("CT", "TC", "CT"),
    "pet-spect": t("PET/SPECT", "PET/SPECT", "PET/SPECT"),
    "ultrasound": t("Ultrasound", "Ecografia", "Ecografie"),
    "radiopharmaceuticals": t(
        "Radiopharmaceuticals", "Radiofarmaci", "Radiofarmaceutice"
    ),
    "ai-image-analysis": t(
        "AI and image analysis",
        "IA e analisi delle immagini",
        "IA și analiza imaginilor",
    ),
    "medical-devices": t(
        "Medical devices", "Dispositivi medici", "Dispozitive medicale"
    ),
    "clinical-trials": t(
        "Clinical trials", "Sperimentazioni cliniche", "Studii clinice"
    ),
    "software": t("Software", "Software", "Software"),
    "training": t("Training", "Formazione", "Formare"),
}

# What each kind of organisation is, said of a city.
TYPE_SENTENCES = {
    "hospital": t(
        "A hospital with a nuclear medicine and radiology department.",
        "Un ospedale con un reparto di medicina nucleare e radiologia.",
        "Un spital cu o secție de medicină nucleară și radiologie.",
    ),
    "university": t(
        "A university whose faculties teach and research medical imaging.",
        "Un'università le cui facoltà insegnano e studiano l'imaging medico.",
        "O universitate ale cărei facultăți predau și cercetează imagistica medicală.",
    ),
    "research_institute": t(
        "A public research institute with its own imaging laboratories.",
        "Un istituto di ricerca pubblico con propri laboratori di imaging.",
        "Un institut public de cercetare cu laboratoare proprii de imagistică.",
    ),
    "startup": t(
        "A young company turning imaging research into products.",
        "Una giovane azienda che trasforma la ricerca sull'imaging in prodotti.",
        "O companie tânără care transformă cercetarea în imagistică în produse.",
    ),
    "sme": t(
        "A small company serving hospitals and laboratories.",
        "Una piccola azienda al servizio di ospedali e laboratori.",
        "O companie mică ce deservește spitale și laboratoare.",
    ),
    "large_company": t(
        "An international company with a research and production site here.",
        "Un'azienda internazionale con un sito di ricerca e produzione qui.",
        "O companie internațională cu un centru de cercetare și producție aici.",
    ),
    "public_body": t(
        "A public body supporting health innovation in its region.",
        "Un ente pubblico che sostiene l'innovazione sanitaria nella sua regione.",
        "Un organism public care sprijină inovarea în sănătate în regiunea sa.",
    ),
    "association": t(
        "An association bringing together imaging professionals.",
        "Un'associazione che riunisce i professionisti dell'imaging.",
        "O asociație care reunește profesioniștii din imagistică.",
    ),
}

FOCUS_SENTENCES = [
    t(
        "Its team works on PET/CT protocols for oncology.",
        "Il suo team lavora su protocolli PET/TC per l'oncologia.",
        "Echipa sa lucrează la protocoale PET/CT pentru oncologie.",
    ),
    t(
        "It develops deep learning models that segment organs and lesions.",
        "Sviluppa modelli di deep learning che segmentano organi e lesioni.",
        "Dezvoltă modele de învățare profundă care segmentează organe și leziuni.",
    ),
    t(
        "It produces radiotracers for diagnosis and research.",
        "Produce radiotraccianti per la diagnosi e la ricerca.",
        "Produce radiotrasori pentru diagnostic și cercetare.",
    ),
    t(
        "It runs multicentre clinical trials with imaging endpoints.",
        "Conduce sperimentazioni cliniche multicentriche con endpoint di imaging.",
        "Desfășoară studii clinice multicentrice cu obiective imagistice.",
    ),
    t(
        "It builds low-field MRI hardware and coils.",
        "Costruisce hardware e bobine per risonanza magnetica a basso campo.",
        "Construiește echipamente și bobine pentru IRM de câmp redus.",
    ),
    t(
        "It designs portable ultrasound devices for emergency care.",
        "Progetta dispositivi ecografici portatili per l'emergenza.",
        "Proiectează dispozitive portabile de ecografie pentru urgențe.",
    ),
    t(
        "It trains radiographers and medical physicists.",
        "Forma tecnici di radiologia e fisici medici.",
        "Formează tehnicieni radiologi și fizicieni medicali.",
    ),
    t(
        "It writes software that connects scanners, archives and reports.",
        "Scrive software che collega scanner, archivi e referti.",
        "Scrie software care conectează scanere, arhive și rapoarte.",
    ),
]

OFFERS = {
    "hospital": t(
        "Scanner time for research, clinical expertise and patient cohorts.",
        "Tempo macchina per la ricerca, competenza clinica e coorti di pazienti.",
        "Timp de scanare pentru cercetare, expertiză clinică și cohorte de pacienți.",
    ),
    "university": t(
        "Students, research groups and access to laboratories.",
        "Studenti, gruppi di ricerca e accesso ai laboratori.",
        "Studenți, grupuri de cercetare și acces la laboratoare.",
    ),
    "research_institute": t(
        "Research partnerships and testing facilities.",
        "Partenariati di ricerca e strutture di prova.",
        "Parteneriate de cercetare și facilități de testare.",
    ),
    "startup": t(
        "Pilot licences of its software for early partners.",
        "Licenze pilota del suo software per i primi partner.",
        "Licențe pilot ale software-ului său pentru primii parteneri.",
    ),
    "sme": t(
        "Engineering services and maintenance of imaging equipment.",
        "Servizi di ingegneria e manutenzione di apparecchiature di imaging.",
        "Servicii de inginerie și întreținere a echipamentelor imagistice.",
    ),
    "large_company": t(
        "Equipment, application specialists and joint research projects.",
        "Apparecchiature, specialisti applicativi e progetti di ricerca congiunti.",
        "Echipamente, specialiști de aplicații și proiecte comune de cercetare.",
    ),
    "public_body": t(
        "Regional funding advice and contacts with health authorities.",
        "Consulenza sui finanziamenti regionali e contatti con le autorità sanitarie.",
        "Consiliere privind finanțarea regională și contacte cu autoritățile sanitare.",
    ),
    "association": t(
        "Events, training courses and a network of professionals.",
        "Eventi, corsi di formazione e una rete di professionisti.",
        "Evenimente, cursuri de formare și o rețea de profesioniști.",
    ),
}

LOOKS_FOR = {
    "hospital": t(
        "Industry partners for validation studies.",
        "Partner industriali per studi di validazione.",
        "Parteneri din industrie pentru studii de validare.",
    ),
    "university": t(
        "Companies offering internships and joint theses.",
        "Aziende che offrono tirocini e tesi congiunte.",
        "Companii care oferă stagii și lucrări de licență comune.",
    ),
    "research_institute": t(
        "Clinical partners and co-funding for Horizon Europe projects.",
        "Partner clinici e cofinanziamento per progetti Horizon Europe.",
        "Parteneri clinici și cofinanțare pentru proiecte Horizon Europe.",
    ),
    "startup": t(
        "Hospitals for clinical pilots and investors.",
        "Ospedali per progetti pilota clinici e investitori.",
        "Spitale pentru proiecte pilot clinice și investitori.",
    ),
    "sme": t(
        "Distributors in other European countries.",
        "Distributori in altri paesi europei.",
        "Distribuitori în alte țări europene.",
    ),
    "large_company": t(
        "Start-ups with promising imaging software.",
        "Start-up con software di imaging promettente.",
        "Start-up-uri cu software imagistic promițător.",
    ),
    "public_body": t(
        "Projects that improve access to diagnosis.",
        "Progetti che migliorano l'accesso alla diagnosi.",
        "Proiecte care îmbunătățesc accesul la diagnostic.",
    ),
    "association": t(
        "Speakers and hosts for its annual meeting.",
        "Relatori e sedi per il suo incontro annuale.",
        "Vorbitori și gazde pentru întâlnirea sa anuală.",
    ),
}
