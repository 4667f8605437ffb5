import { words } from './normalize.js';

/**
 * The knowledge is written in English; people who are not write its words in their own language
 * ("¿quién diseña experiencias de realidad virtual?", "tem algum role com realidade virtual?").
 * The words of the domain in Spanish, Portuguese, French, German, Italian, Polish, Tagalog and Swahili,
 * under the English the knowledge uses, written without accents as `words` folds them. Only words that are not also
 * English words with another meaning are listed ("red", Spanish for network, is not). A few English
 * words the knowledge does not use are glossed the same way ("cybercriminals": hackers).
 */
const GLOSSES: [string, string][] = [
  ['virtual reality', 'realidad virtual|realidade virtual|realite virtuelle|virtuelle realitat|virtuelle realitaet'],
  [
    'headset',
    'visor|visores|gafas vr|gafas|oculos vr|oculos 3d|casque|casques|casque vr|vr brille|goggles|goggle|vr glasses',
  ],
  [
    'layer by layer',
    'capa por capa|camada por camada|couche par couche|schicht fur schicht|schicht fuer schicht|strato per strato|warstwa po warstwie',
  ],
  [
    'walk through',
    'recorridos|recorrido|recorrer|visite virtuelle|begehen|walkthrough|walkthroughs|walkthru|walk thru',
  ],
  [
    'wireless communication',
    'comunicaciones inalambricas|comunicacion inalambrica|comunicacoes sem fio|communications sans fil|drahtlose kommunikation|komunikacja bezprzewodowa|comunicazioni wireless',
  ],
  ['intermediary', 'intermediario|intermediaria|intermediaire|vermittler|posrednik'],
  ['market', 'mercado|mercados|mercato|markt|rynek|rynku'],
  ['projects', 'proyectos|proyecto|projetos|projeto|projets|progetti|progetto|projekte|projekty'],
  [
    'smart city market',
    'mercado de smart city|mercado de smart cities|mercado de ciudades inteligentes|mercado de las ciudades inteligentes|mercado de cidades inteligentes|mercado das cidades inteligentes|marche des villes intelligentes|smart-city-markt|rynek smart city',
  ],
  [
    'city council',
    'concejales|concejal|concejo|vereadores|conseillers municipaux|conseil municipal|gemeinderat|stadtrat|radni',
  ],
  ['IT developers', 'informaticos|informaticas|informaticiens|informatiker'],
  [
    'spare parts',
    'piezas de repuesto|repuestos|pecas de reposicao|pieces de rechange|pieces detachees|ersatzteile|pezzi di ricambio|czesci zamienne',
  ],
  [
    'printers',
    'impresora|impresoras|impressora|impressoras|imprimante|imprimantes|drucker|stampante|stampanti|drukarka|drukarki',
  ],
  ['produce', 'fabrica|fabrican|fabricar|fabrique|fabriquent|fabriquer|herstellen|produrre'],
  [
    '3d printing',
    'impresion 3d|impresora 3d|impressao 3d|impressora 3d|impression 3d|imprimante 3d|3d druck|3d drucker|printer 3d|cetak 3d',
  ],
  [
    'machine learning',
    'aprendizaje automatico|aprendizado de maquina|aprendizagem automatica|apprentissage automatique|maschinelles lernen',
  ],
  [
    'artificial intelligence',
    'inteligencia artificial|intelligence artificielle|kunstliche intelligenz|kuenstliche intelligenz',
  ],
  [
    'cyber security',
    'ciberseguridad|ciberseguranca|cybersecurite|cybersicherheit|seguridad cibernetica|seguranca cibernetica|securite informatique|seguridad informatica|seguranca informatica',
  ],
  ['security', 'seguridad|seguranca|securite|sicherheit'],
  [
    'smart city',
    'smartcity|smartcities|ciudad inteligente|ciudades inteligentes|cidade inteligente|cidades inteligentes|ville intelligente|villes intelligentes',
  ],
  ['city', 'ciudad|ciudades|cidade|cidades|ville|villes|stadt|stadte|staedte'],
  [
    'job',
    'trabajo|trabajos|empleo|empleos|puesto|puestos|profesion|profesiones|emprego|empregos|trabalho|trabalhos|vaga|vagas|profissao|profissoes|emploi|emplois|metier|metiers|beruf|berufe|stelle|stellen',
  ],
  [
    'skills',
    'habilidades|competencias|competencia|destrezas|capacidades|competences|fahigkeiten|faehigkeiten|kenntnisse|kompetenzen',
  ],
  ['data', 'datos|dados|donnees|daten'],
  [
    'data scientist',
    'cientifico de datos|cientifica de datos|cientista de dados|scientifique des donnees|datenwissenschaftler',
  ],
  ['network', 'redes|rede|reseau|reseaux|netzwerk|netzwerke|netz'],
  ['cloud', 'nube|nuvem|nuage'],
  ['sensors', 'sensores|capteurs|captors|sensoren'],
  ['programming', 'programacion|programacao|programmation|programmierung|codigo'],
  ['specialist', 'especialista|especialistas|specialiste|specialistes|spezialist|spezialistin'],
  ['technician', 'tecnico|tecnica|technicien|technicienne|techniker|technikerin|technik'],
  ['building', 'edificio|edificios|predio|predios|batiment|batiments|gebaude|gebaeude'],
  ['designs', 'disena|disenan|disenar|desenha|desenhar|projeta|concoit|entwirft|ontwerpt|ontwerpen'],
  [
    'training',
    'entrenar|entrenamiento|treinar|treinamento|ausbildung|capacita|capacito|capacitar|capacitacion|forme les|je forme|former les',
  ],
  ['firefighters', 'bomberos|bombeiros|pompiers|feuerwehr'],
  ['studies', 'untersucht|untersuchen|investiga|estuda|estudia|etudie'],
  [
    'grants',
    'forderantrage|foerderantraege|forderantrag|foerderantrag|fordermittel|foerdermittel|subsidios|subvencoes|subvencion|subvenciones',
  ],
  [
    'universities',
    'hochschulen|hochschule|universitaten|universitaeten|universidades|universidade|universidad|faculdade|faculdades',
  ],
  ['role', 'rolle|rollen|cargo|cargos|funcao|funcoes|funcion|funciones'],
  ['requirements', 'voraussetzungen|anforderungen|anforderungsprofil|requisitos|exigences'],
  ['embedded software', 'software embarcado|software embebido|eingebettete software|logiciel embarque'],
  ['embedded', 'embarque|embarquee|embarques|embarcado|embarcados|embebido|embebidos|eingebettet|eingebettete'],
  ['urban planning', 'urbanisme|urbanismo|stadtplanung|planejamento urbano|planificacion urbana'],
  ['anthropology', 'antropologia|anthropologie'],
  ['companies', 'entreprises|empresas|unternehmen|firmen|boites'],
  ['city leaders', 'elus|alcaldes|vereadores|prefeitos|stadtrat|burgermeister|buergermeister'],
  [
    'translate',
    'traduire|traduit|traduisent|traduisant|traduzir|traduz|traduzindo|traducir|traduce|traduciendo|ubersetzen|uebersetzen|ubersetzt|uebersetzt',
  ],
  ['strategies', 'strat|strategie|estrategia|estrategias|strategien'],
  ['architects', 'archis|architectes|arquitectos|arquitetos|architekten'],
  ['ideas', 'idees|ideias|ideen'],
  ['developers', 'developpeurs|desarrolladores|desenvolvedores|entwickler'],
  ['neighbourhood', 'quartier|quartiers|barrio|barrios|bairro|bairros|stadtviertel'],
  [
    'miniature electronics',
    'eletronica miniatura|electronica miniatura|mikroelektronik|microeletronica|microelectronica',
  ],
  ['soldering', 'solda|soldar|soldadura|loten|soudure'],
  [
    'digital anthropologist',
    'antropologa digital|antropologo digital|antropologia digital|digitale anthropologie|digitaler anthropologe|digitale anthropologin',
  ],
  ['data center', 'rechenzentrum|rechenzentren|centro de datos|centro de dados|datacenter'],
  ['citizens', 'burger|buerger|burgerinnen|buergerinnen|ciudadanos|cidadaos|citoyens'],
  ['sociology', 'soziologie|soziologiestudium|sociologia|sociologie'],
  ['adoption', 'adocao|adopcion|akzeptanz|adotar|adoptar|abracar'],
  [
    'community',
    'comunidade|comunidades|comunidad|comunidades|communaute|communautes|gemeinschaft|comunita|spolecznosc',
  ],
  ['fans', 'fas|seguidores|abonnes|anhanger|anhaenger'],
  [
    '3d worlds',
    'swiaty 3d|mundos 3d|mundos virtuais|mundos virtuales|mondes 3d|mondes virtuels|3d-welten|virtuelle welten|mondi 3d|mondi virtuali',
  ],
  ['cloud', 'cloud-infrastruktur|cloudinfrastruktur'],
  ['sensor data', 'sensordaten|dados de sensores|datos de sensores'],
  ['analyzes', 'auswertet|auswerten|analysiert|analisa|analiza|analyse'],
  ['protect', 'proteger|schutzen|schuetzen|protege'],
  ['works with', 'zusammenarbeitet|zusammenarbeiten|arbeitet zusammen|trabalha com|trabaja con'],
  ['funding', 'fondos|financiamiento|financiacion|financiamento|fundos|financement|finanzierung|subvenciones'],
  ['partnerships', 'alianzas|aliancas|parcerias|partenariats|partnerschaften'],
  ['schools', 'escuelas|escolas|ecoles|schulen|colegios'],
  [
    'related',
    'relacionados|relacionado|relacionadas|relacionada|collegato|collegata|collegati|collegate|verwandt|verwandte|verwandten|ahnliche|aehnliche|parecidos|parecido|semelhantes',
  ],
  ['customers', 'clientes|kunden'],
  ['sales', 'ventas|vendas|ventes|vertrieb'],
  ['robotics', 'robotica|robotique|robotik'],
  ['implant', 'implante|implantes|implantat|implantate'],
  ['brain', 'cerebro|cerveau|gehirn'],
  ['traffic', 'trafico|transito|verkehr'],
  ['energy', 'energia|energie'],
  ['factory', 'fabrica|fabricas|usine|usines|fabrik'],
  ['ports', 'puerto|puertos|porto|portos'],
  // German, Italian, Polish and Tagalog.
  ['drones', 'drohne|drohnen|droni|drony|dronow'],
  ['bridges', 'brucken|bruecken|brucke|bruecke|ponti|mosty|mostow'],
  [
    'traffic lights',
    'ampelanlagen|ampelanlage|ampel|ampeln|semafori|semaforo|semaforos|feux de circulation|sygnalizacja|swiatla',
  ],
  ['hack', 'hackt|hacken|gehackt|hackera|hakerzy|hakowanie|na-hack'],
  ['wireless', 'funk|funktechnik|drahtlos|drahtlose|bezprzewodowe|bezprzewodowa|senza fili'],
  ['interfaces', 'schnittstellen|schnittstelle|interfacce|interfejsy'],
  [
    'programming',
    'programmieren|programmiert|programmare|programmazione|programowanie|programuje|programowac|mag-code|magcode|programar|programando',
  ],
  ['robots', 'roboter|robotern|robotow|robotyka'],
  [
    'neuro implant',
    'neuroimplante|neuroimplantes|neuroimplant|neuroimplants|neuroimplantate|neuroimpianti|implantes neurais|implantes neuronales|implants neuronaux',
  ],
  ['headset', 'visore|visori|gogle vr|brille|gogle|goglach|goglami'],
  ['neighbourhood', 'quartiere|quartieri|dzielnica|dzielnicy|osiedle|barangay'],
  [
    'job',
    'beruf|berufe|berufen|berufsbild|berufsbilder|baan|banen|beroep|beroepen|trampo|trampos|chamba|chambas|curro|curros|laburo|laburos|boulot|boulots|taf|lavoro|lavori|mestiere|mestieri|professione|professioni|zawod|zawody|praca|prace|stanowisko|stanowiska|trabaho',
  ],
  ['role', 'ruolo|ruoli|figura|rola'],
  ['requires', 'richiedono|richiede|wymaga|wymagaja|kailangan'],
  ['skills', 'competenze|abilita|umiejetnosci|kompetencje|skille|kasanayan'],
  ['network', 'rete|reti|siec|sieci|sieciami'],
  ['city', 'citta|comune|comuni|miasto|miasta|miescie|lungsod|siyudad'],
  ['artificial intelligence', 'intelligenza artificiale|sztuczna inteligencja'],
  ['machine learning', 'apprendimento automatico|uczenie maszynowe'],
  ['cyber security', 'sicurezza informatica|cyberbezpieczenstwo|cyberbezpieczenstwa|bezpieczenstwo it'],
  ['security', 'sicurezza|bezpieczenstwo|bezpieczenstwa'],
  ['data', 'dati|dane|danych'],
  ['sensors', 'sensori|czujniki|czujnikow'],
  ['3d printing', 'stampa 3d|stampante 3d|druk 3d|drukowanie 3d|drukarka 3d'],
  ['virtual reality', 'realta virtuale|wirtualna rzeczywistosc|rzeczywistosc wirtualna'],
  ['predict', 'przewiduja|przewidywac|przewiduje|prevedere|prevedono|prevede|vorhersagen|vorhersage'],
  ['models', 'modele|modelli|modelle'],
  ['brain', 'utak|mozg|mozgu'],
  ['devices', 'dispositivi|urzadzenia|urzadzen|gerate|geraete'],
  ['people', 'gente|persone|ludzie|ludzmi|tao'],
  ['communication', 'comunicazione|komunikacja|kommunikation|communicatie'],
  ['collaboration', 'collaborazione|wspolpraca|zusammenarbeit|samenwerken|samenwerking'],
  ['strategies', 'strategia|strategie|strategii|strategiczne'],
  ['architects', 'architetti|architekci'],
  ['job', 'kazi|naukri|kerjaan|pekerjaan|kerja'],
  ['every day', 'sehari2|sehari hari|tiap hari|setiap hari'],
  // Italian.
  ['sales', 'venditore|venditrice|vendere|vendita'],
  ['trainer', 'insegnante|docente|formatore|formatrice'],
  ['businesses', 'aziende|azienda|imprese'],
  // Portuguese, Spanish and German words for attackers, targets and work.
  [
    'hackers',
    'piratas informaticos|pirata informatico|pirates informatiques|angreifer|angreifern|hackerangriffen|hackerangriffe|hackerangriff|cyberangriffe|ciberataques|ciberataque|cyberattaques',
  ],
  ['culture', 'cultura|kultur|costumbres|costumes'],
  ['programming', 'saber programar|sabe programar|sepa programar|saber codigo'],
  ['skills', 'competencias|competencia|kompetenzen'],
  ['electrician', 'elektroniker|elektronikerin'],
  ['plc programming', 'sps|speicherprogrammierbare'],
  // Swedish.
  ['brain', 'hjarnan|hjarna'],
  ['nerves', 'nerverna|nerver|nerv'],
  ['implants', 'implantaten|implantat|implantatet|implantow|implanty|implantami'],
  ['wireless communication', 'tradlos kommunikation|tradlosa kommunikation'],
  ['jobs', 'jobb|yrke|yrken|arbete'],
  ['experience', 'erfarenhet'],
  ['skills', 'kunskaper|kompetens|fardigheter'],
  ['grant applications', 'ansokningar om bidrag|bidragsansokningar'],
  ['grants', 'bidrag|stipendier'],
  ['partnerships', 'samarbeten|samarbete|partnerskap'],
  ['city', 'kommunen|kommun|staden|stad'],
  ['schools', 'skolor|skolan|skola'],
  ['companies', 'foretag|foretagen'],
  ['robots', 'robotar|roboten'],
  ['works with', 'jobbar med|arbetar med'],
  ['background', 'bakgrund|bakgrunden'],
  ['does', 'gor'],
  // German.
  ['attacks', 'angreifen|angreift|angegriffen'],
  ['network', 'netz|netzes|netzwerk|netzwerke'],
  ['drones', 'flying camera|flying cameras'],
  ['encryption', 'ciphers|cipher'],
  // Portuguese.
  ['predictive models', 'modelo preditivo|modelos preditivos|modelo predictivo|modelos predictivos'],
  // German.
  ['encryption', 'verschlusselung|verschluesselung'],
  ['security', 'sicherheit|sicherheits'],
  ['analyst', 'analytiker|analytikerin'],
  // French.
  ['warehouses', 'entrepots|entrepot'],
  // Finnish.
  ['role', 'rooli|roolit|roolia|roolin'],
  ['skills', 'taitoja|taidot|taitoa'],
  ['background', 'tausta|taustaa'],
  ['jobs', 'tyot|toissa|tyota|tyopaikka|tyopaikkoja'],
  ['network', 'verkko|verkon|verkkohommia|verkkoja'],
  ['traffic lights', 'liikennevalot|liikennevaloja|liikennevaloihin'],
  ['cyber security', 'kyberturva|kyberturvallisuus'],
  ['analyst', 'analyytikko|analyytikoille|analyytikon'],
  ['device', 'laite|laitteen|laitteet|laitteisiin'],
  ['software', 'softaa|ohjelmisto|ohjelmistoa'],
  ['printers', 'printteri|printteria|tulostin'],
  ['spare parts', 'varaosia|varaosat'],
  ['soldering', 'juottelen|juottaa|juotan'],
  ['circuit boards', 'piirilevyja|piirilevyt'],
  ['it support', 'it-tukea|helpdeskia|helpdesk'],
  // Sudanese and Egyptian Arabic in Latin letters.
  ['jobs', 'wazifa|wazayif|wazaif|wazifah'],
  ['brain', 'mukh|dimagh'],
  ['bridges', 'kubri|kabari'],
  ['city', 'madina|el madina'],
  ['traffic lights', 'ishara dau2iya|isharat el moroor'],
  ['water', 'moya|mayya'],
  // Czech.
  ['role', 'pozice|pozici|pozic'],
  ['skills', 'skilly|dovednosti'],
  ['games', 'hry|hru'],
  ['headset', 'headsety|headsetem'],
  ['statistics', 'statistiky|statistika'],
  // Turkish.
  ['chip', 'cip|cipi|cipler'],
  ['brain', 'beyin|beyni|beyne'],
  ['printers', 'yazici|yaziciyla|yazicilar'],
  ['spare parts', 'yedek parca|yedek parcalar'],
  ['machine learning', 'makine ogrenmesi|makine ogrenimi'],
  ['jobs', 'meslek|meslekler|meslekleri'],
  ['electrician', 'elektrikci|elektrikcisi'],
  ['soldering', 'lehimliyorum|lehim|lehimleme'],
  ['quality control', 'kalite kontrol|kalite kontrolcu|kalite kontrolcuyum'],
  ['data', 'veri|verileri|verisi'],
  // Hungarian.
  ['job', 'munka|munkat|munkak'],
  ['robots', 'robotokat|robotok|robotot'],
  ['pipes', 'csovekben|csovek'],
  ['mechanic', 'autoszerelo|szerelo'],
  ['welding', 'hegesztes|hegesztek'],
  ['technical drawings', 'muszaki rajz|muszaki rajzot'],
  ['network', 'halozati|halozat|halozatot'],
  ['programmer', 'programozo'],
  ['skills', 'skillek|keszsegek'],
  // Serbian in Latin letters.
  ['software', 'softver|softvera'],
  ['network', 'mreza|mrezom|mreze|mrezu'],
  ['city', 'gradskom|gradska|grada|grad'],
  ['devices', 'uredjaja|uredjaje|uredaja'],
  ['models', 'modele|modeli'],
  ['predict', 'predvidi|predvidja'],
  ['role', 'pozicija|pozicije|poziciju'],
  ['jobs', 'posao|poslova|poslovi'],
  ['skills', 'vestine|vestina'],
  ['related', 'srodne|srodni'],
  ['anthropologist', 'antropolog'],
  // Romanian.
  ['skills', 'skilluri|abilitati|competente'],
  ['jobs', 'posturi|meserii|joburi|slujbe'],
  ['traffic lights', 'semafoarele|semafoare|semafor'],
  ['sensors', 'senzorii|senzori'],
  ['network', 'reteaua|retea|retele'],
  ['city', 'orasului|orasul|oras|primaria|primariei'],
  ['hackers', 'hackeri|hackerii'],
  ['artificial intelligence', 'inteligenta artificiala'],
  ['needs', 'nevoie'],
  // Polish.
  ['traffic lights', 'swiatel|swiatla na skrzyzowaniu'],
  ['welder', 'spawacz|spawaczem|spawalnik'],
  ['shipyard', 'stocznia|stoczni'],
  // Dutch.
  ['background', 'achtergrond|achtergronden'],
  ['skills', 'vaardigheden'],
  ['job', 'baan|beroep|functie'],
  ['network', 'mitandao|mtandao'],
  ['protects', 'kulinda|linda'],
  ['takes care of', 'kummert sich|kuemmert sich|zajmuje sie|nag-aalaga'],
  ['protects', 'passt auf|schutzt|schuetzt|protegge|chroni|fernhalt|fernhaelt|fernhalten|abwehrt|abwehren'],
  [
    'network engineer',
    'netzwerkingenieur|netzwerkingenieurin|netzwerktechniker|ingeniero de redes|engenheiro de redes|ingenieur reseau|ingenieur reseaux',
  ],
  ['data networks', 'datennetze|datennetz|redes de datos|redes de dados|reseaux de donnees'],
  [
    'rail',
    'bahnanlagen|eisenbahn|stellwerke|stellwerk|ferrocarril|ferroviaria|ferroviario|ferroviaire|kolej|kolei|spoor|spoorwegen',
  ],
  ['water supply', 'wasserwerken|wasserwerke|wasserwerk|wasserversorgung'],
  ['connected', 'vernetzten|vernetzte|vernetzt|vernetzter'],
  ['persuade', 'convencer|convencer a|convaincre|uberzeugen|ueberzeugen|przekonac|convincere'],
  ['social media', 'redes sociales|redes sociais|reseaux sociaux|social network|media spolecznosciowe'],
  ['government', 'gobierno|governo|gouvernement|regierung|rzad'],
  ['decisions', 'decida|decidir|decisiones|decisoes|decisions|entscheidungen|decyzje|decisioni'],
  // English the knowledge does not use for what it describes: one-word compounds and plain synonyms.
  ['hackers', 'cybercriminals|cybercriminal|cyber criminals|computer criminals|online criminals|cyberattackers'],
  ['attacks', 'cyberattacks|cyberattack'],
  ['city', 'municipality|municipalities|municipal|municipalidad|municipio|ayuntamiento|prefeitura|mairie'],
  ['jobs', 'occupation|occupations|mestieri|mestiere|banen|beroepen|boulots|boulot'],
  ['computers', 'ordenadores|computadoras|computadores|ordinateurs'],
  ['wifi', 'wlan'],
  ['soldering', 'solderen|soldar|souder|loten|saldare|lutowanie'],
  ['electronics', 'elektronica|electronica|electronique|elektronik|elettronica|elektroniki|elektronika'],
  ['microcontrollers', 'mikrokontrolery|mikrokontrolerow|microcontroladores|microcontroleurs|mikrocontroller'],
  ['analyst', 'analityk|analitykiem'],
  ['needs', 'potrzebuja|potrzebuje'],
  ['hackers', 'intruders|intruder'],
  // Chat words for the people a go-between works with.
  ['city leaders', 'city bosses|bigwigs|higher-ups|higher ups|top brass|the big bosses|big men'],
  ['developers', 'it people|it guys|it lads|it team|it folks|it boys|computer lads|tech team|techies|coders'],
  ['attacks', 'breach|breaches|intrusion|intrusions'],
  ['walk through', 'walk throughs'],
  // Dutch.
  ['traffic lights', 'verkeerslichten|verkeerslicht'],
  ['wireless', 'draadloos|draadloze'],
  ['bridges', 'bruggen'],
  // Norwegian.
  ['grant applications', 'soknader om tilskudd|soknader om stotte'],
  ['grants', 'tilskudd'],
  ['partnerships', 'samarbeid'],
  ['companies', 'bedrifter|bedriftene'],
  ['university', 'universitetet|universitet'],
  ['jobs', 'jobber|stillinger'],
  ['uses', 'bruker'],
  ['machine learning', 'maskinlaering'],
  ['background', 'bakgrunn'],
  ['roles', 'roller'],
  ['similar', 'ligner'],
  // Dutch.
  ['networks', 'netwerken'],
  ['factories', 'fabrieken|fabriek'],
  ['energy providers', 'energieleveranciers|energiebedrijven'],
  ['needs', 'nodig'],
  // Italian.
  ['encryption', 'crittografia|criptografia|cryptographie|kryptographie|kryptografia'],
  ['public key', 'chiavi pubbliche|chiave pubblica|clave publica|claves publicas|cle publique'],
  ['evangelist', 'evangelista|evangelisti|evangeliste'],
  // Portuguese and Spanish: "quem desenha as redes que ligam as fábricas com o porto, o trem…".
  ['networks', 'redes'],
  ['designs', 'desenha|desenham|disena|disenan'],
  ['connect', 'ligam|conectam|conectan'],
  ['factories', 'fabricas|fabrica'],
  ['trains', 'trem|trens|trenes'],
  // Haitian Creole.
  ['job', 'travay'],
  ['needs', 'bezwen'],
  ['code', 'kod'],
  ['apps', 'aplikasyon|aplikasyon yo'],
  ['systems', 'sistem|sistem yo'],
  ['digital', 'dijital'],
  ['training', 'fomasyon'],
  ['events', 'evenman'],
  ['companies', 'konpayi|biznis yo'],
  ['product', 'pwodui'],
  ['city', 'lavil|lavil la'],
  ['mayor', 'majistra'],
  ['figures', 'chif'],
  ['graphs', 'graf'],
  ['water', 'dlo'],
  ['power', 'kouran'],
  ['buses', 'bis la'],
  ['hackers', 'pirat|pirat yo'],
  ['traffic lights', 'limye trafik'],
  ['street lights', 'limye lari'],
  ['security', 'sekirite'],
  ['networks', 'rezo'],
  ['robots', 'robo|robo yo'],
  ['skills', 'konpetans'],
  ['bills', 'bodwo'],
  ['trainees', 'azubis|azubi|auszubildende|lehrlinge|aprendices|estagiarios|stagiaires'],
  ['career changers', 'quereinsteiger|quereinsteigerin|quereinsteigern|quereinstieg'],
  ['vacancies', 'lowongan|loker|lowongan kerja|vacantes|vacante|vagas|vacatures'],
  ['hiring', 'contratando|contratan|contratam|embauche|embauchent|einstellen|assumendo|zatrudnia|zatrudniaja'],
  ['work', 'trabajar|trabalhar|travailler|arbeiten|lavorare|pracowac'],
  ['needs', 'necesito|necesita|necesitan|preciso|precisa|brauche|braucht'],
  ['mechatronics', 'mechatroniker|mechatronikerin|mechatronik|mecatronica|mecatronico|mecatronique'],
  ['practitioner', 'practicante|praticante|praticien|praticienne'],
  ['jobs', 'pegas'],
  ['intermediary', 'no meio entre|fica no meio|en medio entre|esta en medio|au milieu entre'],
  ['programmers', 'programadores|programadoras|programmeurs|programmierer'],
  // Polish and Indonesian.
  ['analyses', 'analizuje|analizuja|analizowac'],
  ['buses', 'autobusow|autobusy|autobusach|autobusami|bus kota'],
  ['builds', 'bikin|bikinin|membangun|membuat'],
  ['residents', 'warga|penduduk|mieszkancy|mieszkancow'],
  ['skills', 'skillnya|keahlian|keterampilan'],
  ['needs', 'dibutuhin|dibutuhkan|butuh'],
  ['spread the word', 'hype up|hyping up|hype|hyping|hypes'],
  // Swahili.
  ['needs', 'zinahitaji|inahitaji|zinahitajika'],
  ['jobs', 'kazi zipi|kazi gani'],
  ['people', 'watu'],
  ['machines', 'mashine'],
  // Turkish.
  ['data', 'verileri|verilerini|veriler'],
  ['charts', 'grafik|grafikler'],
  ['passengers', 'yolcu|yolcular'],
  ['traffic lights', 'taa za barabarani'],
  ['stops', 'anayezuia|kuzuia|wanaozuia'],
  ['robots', 'roboti'],
  ['pipes', 'mabomba'],
  ['skills', 'ujuzi'],
  // Italian, Spanish, Portuguese and French.
  ['digital security', 'sicurezza digitale|seguridad digital|seguranca digital|securite numerique|digitale sicherheit'],
  ['cryptography', 'crittografia|criptografia|cryptographie|kryptographie|kryptografie'],
  ['fraud', 'frodi|frode|truffe|truffa|fraude|fraudes|betrug'],
  ['hackers', 'hackeen|hackear|hackean|hackeado|hackeados|hackeo|hackeiem|hackearem'],
  [
    'funding applications',
    'candidaturas a fundos|candidaturas|solicitudes de financiacion|demandes de subvention|fordermittelantrage|fordermittelantraege',
  ],
  ['partnerships', 'parcerias|parceria|alianzas|partenariats|partnerschaften|partenariati'],
  ['universities', 'universidades|universites|universitaten|universitaeten|unifs|facs'],
  ['companies', 'empresas|entreprises|unternehmen|aziende'],
  ['predict', 'anticipates|anticipate|anticipating|foresees|foresee'],
  ['figures', 'chiffres|cifras|zahlen'],
  ['communication', 'kuongea|mawasiliano'],
  ['people', 'watu|gens'],
  ['explaining', 'expliquer|explique|explicar|explico|explicarles|spiegare|erklaren|erklaeren'],
  ['technology', 'techno|tecnologia|technologie|tecnologie'],
  ['city council', 'mairie|ayuntamiento|prefeitura|rathaus|municipio|comune'],
  ['simulations', 'simulacoes|simulacao|simulaciones|simulacion|simulationen|symulacje|simulazioni|sims'],
  [
    'funding',
    'verba|verbas|financiamento|financiacion|financement|fordermittel|finanziamenti|finanziamento|subsides|subventions',
  ],
  ['communication', 'communiquer|comunicar|kommunizieren|comunicare'],
  ['teamwork', 'en equipe|en equipo|em equipe|im team|in squadra'],
  ['training', 'treinar|treinamento|entrenar|entrenamiento|ausbildung|szkolenie|formazione'],
  ['walk', 'lakad|maglakad|naglalakad|lakad lakad|camminare|cammini|camminano|caminar|caminas|caminan'],
  ['experiences', 'esperienze|esperienza|experiencias'],
  // Indonesian.
  ['city', 'kota'],
  ['computers', 'komputer'],
  ['learn', 'belajar'],
  ['traffic jams', 'macet|kemacetan'],
  ['pumps', 'pompa'],
  ['breaks down', 'rusak'],
  ['street lights', 'lampu jalan'],
  ['report', 'lapor|melapor|laporan'],
  ['bills', 'tagihan'],
  ['payments', 'bayar|pembayaran'],
  ['app', 'aplikasi'],
  ['built', 'costruito|costruita|costruiti|construido|construida|construidos|construidas'],
  ['creates', 'crea|creano|creare|crean'],
  ['building', 'palazzo|palazzi'],
  ['studies', 'nag-aaral|pinag-aaralan|nag aaral'],
  // Words of the roles' titles, singular, so that "/role analista de ciberseguridad" finds its card.
  [
    'architect',
    'arquitecto|arquitecta|arquiteto|arquiteta|architecte|architekt|architektin|architetto|arsitek|arkitek',
  ],
  ['scientist', 'cientifico|cientifica|cientista|scientifique|wissenschaftler|wissenschaftlerin|scienziato|scienziata'],
  ['analyst', 'analista|analyste|analytiker|analytikerin|analist'],
  ['neuro', 'neurali|neurale|neuronales|neuronale|neurais'],
  ['engineer', 'ingeniero|ingeniera|engenheiro|engenheira|ingenieur|ingenieurin|ingegnere'],
  ['developer', 'desarrollador|desarrolladora|desenvolvedor|desenvolvedora|developpeur|developpeuse|sviluppatore'],
  ['platform', 'plataforma|plataformas|plateforme|plateformes|plattform|plattformen|piattaforma|piattaforme'],
  ['mechanic', 'mecanico|mecanica|mecanicien|mecanicienne|mechaniker|meccanico|mekanik|mekaniker|mekanikk'],
  ['urban', 'urbano|urbana|urbain|urbaine|stadtisch|staedtisch'],
  ['industrial', 'industriel|industrielle|industrielles|industriels|industrieller|industriales|industrie|industriale'],
  ['director', 'directora|diretor|diretora|directeur|directrice|direktor|direktorin|direttore'],
  ['alliance', 'alianza|alianca|allianz|alleanza'],
  ['customer', 'cliente|kunde'],
  [
    'anthropologist',
    'antropologo|antropologa|anthropologue|anthropologe|anthropologin|volkerkundler|voelkerkundler|ethnologe|ethnologin',
  ],
  ['urban mechanic', 'stadtmechaniker|stadtmechanikerin'],
  ['programmer', 'programador|programadora|programmeur|programmeuse|programmierer|programmiererin|programmatore'],
  ['professional', 'profesional|profissional|professionnel|professionnelle|professionista'],
  ['designer', 'disenador|disenadora|concepteur|conceptrice|progettista'],
  ['printing', 'impresion|impressao|druck|stampa'],
  // Romanised Hindi, Turkish, Swahili and more Portuguese and Spanish: "robot wala kaam", "yapay zeka", "IA".
  ['artificial intelligence', 'ia|yapay zeka|akili bandia|akili mnemba'],
  ['robots', 'robo|robos|robotlar|robotu'],
  ['social media', 'sosyal medya|mitandao ya kijamii|nas redes'],
  ['psychology', 'psicologia|psychologie|psikoloji|psicologo|psicologa'],
  [
    'user research',
    'pesquisa com usuario|pesquisa com usuarios|pesquisa de usuario|investigacion de usuarios|recherche utilisateur',
  ],
  ['usability', 'usabilidade|usabilidad|utilisabilite|kullanilabilirlik'],
  ['trains', 'tren|trenes|trem|trens|tren yolu|treni'],
  ['talking with people', 'baat karna|baat karni|logo se baat|insanlarla konusmak|kuongea na watu'],
  ['programming', 'programlama|kodlama'],
  // "less with code", "without learning to program": the craft by its object or its verb.
  [
    'programming',
    'with code|any code|much code|less code|no code|learning to program|learn to program|learnt to program|learned to program',
  ],
  ['job', 'kaam|meslek|meslekler'],
  // Hospitality work told in everyday words: "bar work", "behind a bar", "makin coffees".
  ['bartending', 'bar work|bar staff|behind a bar|behind the bar|pulling pints'],
  ['barista', 'making coffee|making coffees|coffee shop'],
  // Trade slang for the electrician: "was the sparky on site", "i was a sparks".
  ['electrician', 'sparky|sparkie|sparkies|a sparks'],
  // Everyday names for analysing data: "number-crunching", "pivot tables in Excel".
  ['data analysis', 'number crunching|crunching numbers|crunch numbers|crunching the numbers|crunch the numbers'],
  [
    'spreadsheets',
    'excel sheets|excel spreadsheets|in excel|pivot tables|pivot table|google sheets|ms excel|microsoft excel',
  ],
  // Repair work in everyday words: "I like fixing stuff".
  ['repairing machines', 'fixing stuff|fixing things|fix things|fix stuff|fixing cars|fixing bikes|fixing engines'],
  // The services by name: the backgrounds say "military" and "soldier".
  ['military', 'army|armed forces|infantry|infantryman|navy|naval|air force|marines|squaddie'],
  // The trade's names for what the Industrial Network Engineer builds.
  ['industrial network', 'industrial communication|industrial communications|factory networks|factory network'],
  ['brain', 'dimaag|dimag|beyin|ubongo'],
  ['companies', 'firms|firm'],
  // English jargon and idiom: "the city's blue team", "SOC roles", "free money", "a whole fanbase".
  ['cyber security', 'blue team|blueteam|infosec|secops|sec ops|incident response|threat hunting|alert triage'],
  ['grants', 'free money|grant money|govt money|government money'],
  ['community', 'fanbase|fan base|fans|gathering fans|hype squad'],
  ['job', 'gig|gigs'],
  // Lay and trade words for what the skills name: "locking data down with codes and keys",
  // "devices talk to each other directly", "slicing meshes", "link budgets", "consensus protocols".
  ['encryption', 'codes and keys|keys and codes|secret codes|scrambling data|scramble data|scrambles data'],
  [
    'digital security',
    'locking data down|lock data down|locking down data|lock down data|keep data safe|keeping data safe',
  ],
  [
    'peer-to-peer',
    'talk each other directly|talk to each other directly|talk directly to each other|talk straight to each other|no central server|without a central server|no server in middle|no server in the middle|device to device',
  ],
  ['3d printing', 'fdm|slicer|slicing meshes|resin printer|resin printers'],
  ['drones', 'quadcopter|quadcopters|uav|uavs|multirotor|multicopter'],
  ['wireless', 'rf|radio frequency|propagation modelling|propagation modeling|link budget|link budgets'],
  [
    'distributed systems',
    'consensus protocols|consensus protocol|fault-tolerant|fault tolerant|raft|paxos|cluster design',
  ],
  ['social media', 'socials|social accounts'],
  [
    'spread the word',
    'get people excited|getting people excited|all excited about|spreading it round|spreading it around|spread it round',
  ],
  ['headset', 'visore|visori'],
  ['communication', 'chatting to people|chatting with people|chat to people'],
  // How work is done, in chat: "the people side", "talking folks round", "hands-on", "physical things".
  [
    'talking to people',
    'talking with people|talk with people|people facing|people side|talking folks round|talking people round|bringing folk together|bringing people together|getting people on board|getting folks on board',
  ],
  [
    'miniature electronics',
    'hands on|with your hands|with my hands|with ur hands|physical things|physical devices|physical machines|actual machines|real machines|actual hardware',
  ],
  ['chips', 'puces|puce'],
  [
    'trains models',
    'entraine des modeles|entrainer des modeles|entrena modelos|entrenar modelos|treina modelos|treinar modelos',
  ],
  ['predictive models', 'modeles predictifs|modelos predictivos|modelos preditivos'],
  ['client advocate', 'account mgmt|acct mgmt|account management'],
  ['criminals', 'skelms|skelm|crooks'],
  ['robots', 'the bots|warehouse bots|delivery bots|cleaning bots|shelf bots'],
  ['user research', 'contextual inquiry|contextual inquiries|diary studies|diary study|ethnographic interviews'],
  [
    'machine-to-machine',
    'talk to other gadgets|talk to other devices|gadgets that talk|devices that talk to each other|machines that talk to each other|talk to each other by themselves',
  ],
  ['hacking', 'breaking into|breakin into|break into|messing with|messin with'],
  // The knowledge names the people ("hackers"); askers name the act.
  ['hackers', 'hacking|hacked|hackin|hijacks|hijacking|hijacked'],
  ['traffic lights', 'stoplights|stoplight|stop lights|traffic signals'],
  ['universities', 'colleges|college|unis'],
  ['partnerships', 'tie-ups|tie ups|tieups'],
  ['businesses', 'firms|other firms|other companies'],
  ['digital services', 'computer service|computer services|online service|online services|web service|web services'],
  ['brain implants', 'inside the human head|inside the head|in the human head|inside human heads|inside peoples heads'],
  ['miniature electronics', 'tiny boards|small boards|little boards|tiny circuits|tiny circuit boards'],
  ['scale', 'escalan|escalar|escalam|escalonar'],
  ['predict', 'guess how|to guess|guess stuff|guess things|prediksi|memprediksi|diprediksi|meramal'],
  ['embedded systems', 'sistemas embarcados|sistemas embebidos|systemes embarques|ingebedde systemen'],
  ['cloud infrastructure', 'multi-region|multi region|failover'],
  ['icu', 'terapia intensiva|cuidados intensivos|soins intensifs|intensivstation'],
  ['multithreading', 'race conditions|race condition|concurrency bugs'],
  ['translates', 'turns it into something|turn it into something|turns that into something|turning it into something'],
  ['go-between', 'stood in the middle|sits between|sat between|sitting between|stands between'],
  ['middleman', 'middle man|middle-man|middle men|middle person|middle guy|middle woman'],
  ['wireless', 'mobile networks|mobile network|cellular networks'],
  ['embedded software', 'lives inside the gadgets|lives inside the device|software that lives inside'],
  ['encryption', 'chiffrement|chiffrer|cifrado|cifrar'],
  ['data protection', 'protection des donnees|proteccion de datos|protecao de dados|datenschutz'],
  ['hacks', 'pirate|pirater|piratage|hackear|hackea'],
  ['software', 'logiciels|logiciel'],
  ['infusion pumps', 'pousse-seringues|pousse seringues|pousse-seringue'],
  ['accounts', 'lleva las cuentas|llevar las cuentas|tiene las cuentas'],
  ['robots', 'crawler machines|crawler robots|little crawlers'],
  ['public-key encryption', 'rsa|pki'],
  ['social media', 'go viral|going viral|went viral'],
  ['talking to people', 'pakikipag-usap sa tao|pakikipag usap sa tao|makipag-usap sa tao'],
  // Greek in Latin letters: "poies douleies", "rompotakia", "asyrmata".
  ['jobs', 'douleies|douleia|epaggelma|epaggelmata'],
  ['robots', 'rompotakia|rompot|rompota|robotakia'],
  ['pipes', 'agwgous|agwgoi'],
  ['bridges', 'gefyres|gefyra'],
  ['wireless', 'asyrmata|asyrmato'],
  ['cryptography', 'kryptografia'],
  ['statistics', 'statistikh'],
  ['university', 'panepisthmio'],
  ['studies', 'spoudes'],
  ['app', 'efarmogh'],
  ['city', 'dhmou|dhmos|dhmo'],
  ['networks', 'diktya|diktyo|diktyou'],
  ['factories', 'ergostasia|ergostasio|ergostasiwn'],
  ['ports', 'limania|limani'],
  ['rail', 'treno|trena|sidhrodromo'],
  ['grants', 'xrhmatodothseis|xrhmatodothsh|epidothseis'],
  ['partnerships', 'synergasies|synergasia'],
  ['universities', 'panepisthmia|panepisthmiwn'],
  ['traffic', 'kykloforias|kykloforia'],
  ['computer', 'ypologisth|ypologisths|ypologistes'],
  ['predict', 'provlepei|provlepsh|provlepseis'],
  ['repair', 'episkeuh|episkeues'],
  ['skills', 'dexiothtes|dejiothtes|ikanothtes'],
  ['intermediary', 'mesazontas|mesazwn'],
  ['mobile', 'kinhth|kinhto'],
  ['engineer', 'mhxanikos|mhxanikoi'],
  ['construction', 'kataskeuwn|kataskeues|ergotaksia|ergotaxia'],
  ['neural networks', 'redes neurais|redes neuronales|reseaux de neurones|neurale netwerken'],
  ['data mining', 'mineracao de dados|mineria de datos|fouille de donnees'],
  ['congested', 'rammed|jammed'],
  ['wireless', '4g|3g|lora'],
  ['public-key encryption', 'llaves publicas|llave publica|chaves publicas|chave publica|cles publiques|cle publique'],
  ['coding', 'can code|who code|who codes|able to code|know how to code'],
  [
    'embedded software',
    'code living on the chip|code on the chip|software on the chip|code inside a device|software inside a device|code that lives on|software that lives on|lives on the chip',
  ],
  ['ethical hacking', 'hackeo etico|hacking etico|hacker etico|piratage ethique'],
  [
    'security operations centre',
    'centro de monitoreo|centro de monitoramento|alertas de intrusos|alertas de intrusion',
  ],
  [
    'brain implants',
    'put in their heads|in their heads|put in peoples heads|inside their heads|inside their brains|in their brains',
  ],
  [
    'brain-computer interface',
    'with their thoughts|with your thoughts|with their minds|with your mind|with their mind',
  ],
  ['internship offers', 'offres de stage|offre de stage|stage pfe|stages pfe'],
  ['right now', 'en ce moment|en este momento|neste momento|gerade jetzt'],
  // German compounds and office words, and Indonesian chat: "Verschlüsselungsverfahren", "teknisi implan otak".
  ['encryption', 'verschlusselung|verschluesselung|verschlusselungsverfahren|verschluesselungsverfahren'],
  ['leadership', 'fuhrungsebene|fuehrungsebene|geschaftsfuhrung|geschaeftsfuehrung'],
  ['requirements', 'wunsche|wuensche|anforderungen'],
  ['it department', 'it abteilung'],
  ['projects', 'vorhaben'],
  ['business customers', 'geschaftskunden|geschaeftskunden|firmenkunden'],
  ['adopt', 'annehmen'],
  ['onboarding', 'schulungen|schulung'],
  ['events', 'veranstaltungen|veranstaltung'],
  ['consulting', 'beratung'],
  ['technician', 'teknisi'],
  ['implant', 'implan'],
  ['brain', 'otak'],
  ['technology', 'teknologi'],
  ['coding', 'ngoding|koding'],
  ['electronics', 'elektronik'],
  ['soldering', 'nyolder|menyolder'],
  ['small', 'kecil'],
  [
    'scale',
    'hold up when everyone|everyone logs in at once|everyone logs on at once|traffic spikes|load spikes|handle the load',
  ],
  // Portuguese, German and Egyptian Arabic in Latin letters ("el wazayef elly feeha robots").
  ['device', 'aparelho|aparelhos|aparato|aparatos|appareil|appareils|gerat|geraet|geraete|gerate'],
  ['inside', 'dentro'],
  ['runs', 'roda|rodam'],
  ['works with', 'mexem com|mexe com|mexo com|trabalham com'],
  ['apis', 'schnittstellen|schnittstelle'],
  ['sensor data', 'sensordaten'],
  ['job', 'shoghl|shoghlana|shoghla|wazifa|wazeefa'],
  ['jobs', 'wazayef|wazaef|shoghlanat'],
  ['brain', 'dma3|dema3|mokh|mo5'],
  ['experience', 'khebra|5ebra'],
  ['years', 'snin|seneen'],
  ['needed', 'mat2ola|matlooba|matloub'],
  ['become', 'asba7|ab2a'],
  ['related', '2oryba|2orayeb|2ariba'],
  ['does', 'by3mel|bey3mel|bte3mel|bet3mel|bta3mel'],
  // Turkish and more Swahili: "bulut mimarı", "siber güvenlik analisti", "wezi wa mtandao".
  ['cloud architect', 'bulut mimari|bulut mimarisi'],
  ['virtual reality', 'sanal gerceklik'],
  ['designer', 'tasarimci|tasarimcisi'],
  ['cyber security', 'siber guvenlik'],
  ['analyst', 'analisti'],
  ['technician', 'teknisyen|teknisyeni|teknisyenler'],
  ['3d printer', '3d yazici|3d yazicilar|3d yazicisi'],
  ['data scientist', 'veri bilimci|veri bilimcisi'],
  ['data', 'veri|veriler|verileri'],
  ['factories', 'fabrikalar|fabrikalari|fabrikalara|fabrika'],
  ['ports', 'liman|limana|limanlar|limani'],
  ['railways', 'demiryolu|demiryoluna|demiryollari'],
  ['city', 'belediye|belediyesi|sehir'],
  ['maintenance', 'bakim|bakimi|bakimini'],
  ['skills', 'beceriler|yetenekler|bilgiler'],
  ['backgrounds', 'gecmisten|gecmis'],
  ['related', 'inahusiana|ilgili'],
  ['hackers', 'wezi wa mtandao|hacker|hackerlar'],
  ['power', 'stima|elektrik'],
  ['water', 'maji'],
  ['logistics', 'lojistik|logistique|logistica|freight|haulage'],
  ['ports', 'portuaire|portuaires|portuaria|portuario|portuarios|docks|dockside|dockyard|dockyards'],
  ['containers', 'konteyner|konteynerler'],
  ['go-between', 'meio-campo|meio de campo|meio campo|ponte entre|puente entre|trait d union'],
  ['city leaders', 'chefoes da prefeitura|chefes da prefeitura|jefes del ayuntamiento|jefes de la alcaldia'],
  // Everyday verbs and nouns of a question about a role: "ese puesto que hace robots, cuál es el nombre?".
  ['does', 'hace|faz|fazem|fait|macht|machen|fa|fanno|yapar|yapiyor|anafanya|karta|karte|karti'],
  ['name', 'nombre|nome|naam|adi|jina'],
  ['called', 'llama|llaman|chama|chamam|appelle|heisst|chiama|denir|inaitwa'],
  ['business', 'negocio|negocios'],
  ['transformation', 'transformacion|transformacao'],
  ['behaviour', 'ugali|pag-uugali|comportamiento|comportamento|comportement|verhalten|zachowanie|comportamenti'],
];

/** Glosses by the number of words of the foreign phrase, longest first, so a phrase wins over its parts. */
const BY_LENGTH = (() => {
  // "in peoples heads" is typed "in people's heads" too, which `words` reads "in people heads".
  const possessive = (w: string[]) =>
    w.map((t, i) => (i < w.length - 1 && t.length > 4 && t.endsWith('s') ? t.slice(0, -1) : t));
  const entries = GLOSSES.flatMap(([english, list]) =>
    list.split('|').flatMap((phrase) => {
      const words = phrase.split(' ');
      const apostrophe = possessive(words);
      return apostrophe.join(' ') === phrase
        ? [{ words, english }]
        : [
            { words, english },
            { words: apostrophe, english },
          ];
    }),
  );
  const lengths = [...new Set(entries.map((e) => e.words.length))].sort((a, b) => b - a);
  return lengths.map((n) => ({
    n,
    english: new Map(entries.filter((e) => e.words.length === n).map((e) => [e.words.join(' '), e.english])),
  }));
})();

/** The glossed phrases of a message: where each starts, its words, and its English. */
function glossesIn(message: string): { at: number; words: string[]; english: string }[] {
  const tokens = words(message);
  const used = new Array<boolean>(tokens.length).fill(false);
  const found: { at: number; words: string[]; english: string }[] = [];
  for (const { n, english } of BY_LENGTH)
    for (let i = 0; i + n <= tokens.length; i++) {
      if (used.slice(i, i + n).some(Boolean)) continue;
      const gloss = english.get(tokens.slice(i, i + n).join(' '));
      if (!gloss) continue;
      found.push({ at: i, words: tokens.slice(i, i + n), english: gloss });
      used.fill(true, i, i + n);
    }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * What the glosses read in a message: the English of the domain words it writes in another
 * language, in order and once each ("quien disena experiencias de realidad virtual" gives "designs,
 * virtual reality"), and the message's words they read, which are understood though the knowledge
 * does not use them.
 */
export function readGlosses(message: string): { english: string[]; words: Set<string> } {
  const found = glossesIn(message);
  return { english: [...new Set(found.map((f) => f.english))], words: new Set(found.flatMap((f) => f.words)) };
}

/** Where each glossed phrase stands in the message (token positions, as `words` gives them) and its English. */
export const glossSpans = (message: string): { start: number; end: number; english: string }[] =>
  glossesIn(message).map((g) => ({ start: g.at, end: g.at + g.words.length, english: g.english }));

export const englishDomainWords = (message: string): string[] => readGlosses(message).english;

export const glossedWords = (message: string): Set<string> => readGlosses(message).words;

/** Words that join a title's nouns in other languages ("analista de ciberseguridad"): no meaning of their own. */
const JOINING = new Set(
  'de da do das dos del della delle di du des der die von vom em en e y et und la le el o fur para pour per'.split(' '),
);

/** Single words the glosses know, for splitting a German compound ("industrienetzwerk": industrie, netzwerk). */
const SINGLE = BY_LENGTH.find((b) => b.n === 1)?.english ?? new Map<string, string>();
/** Parts shorter than this are not split off: "dat" in "daten" is no word. */
const MIN_PART = 4;

/** A compound made of two glossed words, in English, or undefined. */
function splitCompound(word: string): string[] | undefined {
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const left = SINGLE.get(word.slice(0, i));
    const right = SINGLE.get(word.slice(i));
    if (left && right) return [left, right];
  }
  return undefined;
}

/**
 * A name typed in another language, in the knowledge's English: glossed phrases replaced in place,
 * joining words dropped, two-word compounds split. "analista de ciberseguridad" gives "analyst cyber
 * security", which a lookup that takes words in any order resolves. Undefined when nothing changed.
 */
export function nameInEnglish(name: string): string | undefined {
  const tokens = words(name);
  const found = new Map(glossesIn(name).map((g) => [g.at, g]));
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const gloss = found.get(i);
    if (gloss) {
      out.push(gloss.english);
      i += gloss.words.length - 1;
      changed = true;
      continue;
    }
    const token = tokens[i]!;
    const parts = JOINING.has(token) ? [] : splitCompound(token);
    if (JOINING.has(token) || parts) changed = true;
    if (parts) out.push(...parts);
    else if (!JOINING.has(token)) out.push(token);
  }
  return changed && out.length > 0 ? out.join(' ') : undefined;
}

/** Glosses that say what kind of question it is ("puesto": a job) rather than what it is about. */
const GENERIC = new Set(['job', 'city', 'skills', 'related']);

/** The glosses worth searching for: what the question is about, not its kind. */
export function searchableGlosses(glosses: string[]): string[] {
  return glosses.filter((g) => !GENERIC.has(g));
}
