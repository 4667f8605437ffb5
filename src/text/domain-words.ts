import { words } from './normalize.js';
import { StemTable } from './stem-table.js';

/**
 * The knowledge is written in English; people who are not write its words in their own language
 * ("¿quién diseña experiencias de realidad virtual?", "tem algum role com realidade virtual?").
 * The words of the domain in Spanish, Portuguese, French, German, Italian, Polish, Tagalog and Swahili,
 * under the English the knowledge uses, written without accents as `words` folds them. Only words that are not also
 * English words with another meaning are listed ("red", Spanish for network, is not). A few English
 * words the knowledge does not use are glossed the same way ("cybercriminals": hackers).
 */
/**
 * Every phrase made of one choice per slot, '|'-joined as a gloss lists them; a slot's choices are split at '/',
 * and an empty choice leaves the slot out. A turn of speech that varies by verb form, article and noun
 * ("hablando con la gente", "falar com as pessoas") is so listed whole, not phrase by phrase.
 */
function everyPhrase(...slots: string[]): string {
  let phrases = [''];
  for (const slot of slots) {
    const choices = slot.split('/');
    phrases = phrases.flatMap((head) => choices.map((c) => (c && head ? `${head} ${c}` : head || c)));
  }
  return phrases.filter(Boolean).join('|');
}

const GLOSSES: [string, string][] = [
  ['virtual reality', 'realidad virtual|realidade virtual|realite virtuelle|virtuelle realitat|virtuelle realitaet'],
  [
    'headset',
    'visor|visores|gafas vr|gafas|oculos vr|oculos 3d|casque|casques|casque vr|vr brille|goggles|goggle|vr glasses',
  ],
  [
    'layer by layer',
    'capa por capa|capita por capita|camada por camada|couche par couche|schicht fur schicht|schicht fuer schicht|strato per strato|warstwa po warstwie',
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
  // Getting people to take up something new, said plainly: "getting people to actually use a new app".
  [
    'adoption',
    'people to use|people to actually use|people to really use|people to start using|folks to use|folks to actually use|users to sign up|people to sign up',
  ],
  // Winning people over to something new, in each language's order: "convencer a la gente", "mensen overtuigen".
  [
    'adoption',
    [
      'convince people|convincing people|persuade people|persuading people|win people over|winning people over',
      everyPhrase('convencer/convenciendo/convence', '/a', '/la/las/los', 'gente/personas/usuarios/clientes'),
      everyPhrase('convencer/convencendo/convence', '/as/os/a/o', 'pessoas/gente/usuarios/clientes/povo'),
      everyPhrase('convaincre/convaincant/convainc', 'les/des', 'gens/utilisateurs/clients'),
      everyPhrase('convincere/convincendo/convince', '/la/le/i/gli', 'gente/persone/utenti/clienti'),
      everyPhrase('mensen/gebruikers/klanten', '/te', 'overtuigen'),
      everyPhrase('leute/menschen/nutzer/kunden', 'uberzeugen/ueberzeugen'),
    ].join('|'),
  ],
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
  ['drones', 'drohne|drohnen|droni|drony|dronow|dronami|dronam|dronakh|dronom|bespilotniki'],
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
  // A day of the work, in Indonesian and a dozen other languages: "com'è la giornata?", "cel den sedis…".
  [
    'every day',
    'sehari2|sehari hari|tiap hari|setiap hari|tutto il giorno|la giornata|una giornata|toute la journee|sa journee|une journee|todo el dia|dia a dia|o dia todo|um dia normal|den ganzen tag|tagesablauf|caly dzien|ves den|cel den|cijeli dan|ceo dan|tselyi den|tseliy den|buong araw|ca ngay',
  ],
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
  [
    'quality control',
    'kalite kontrol|kalite kontrolcu|kalite kontrolcuyum|kontrola kvality|kontrola jakosci|controle qualite|controle de qualite|control de calidad|controle de qualidade|qualitatskontrolle|qualitaetskontrolle|controllo qualita|controllo di qualita',
  ],
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
  // Russian, Ukrainian, Bulgarian, Serbian and Czech, Cyrillic in the Latin letters `words` writes it in.
  ['network', 'merezh*|setevo*|mrezh*'],
  ['encryption', 'shifrovan*|shifruvann*|shifruvan*|sifrovan*|kriptograf*'],
  ['blockchain', 'blokchein*|blokchejn*|blokcejn*'],
  ['soldering', 'payat|payati|payal*|payannya|pajeni|pajet|lemljenj*|lemovan*|zapoyuvann*'],
  ['electronics', 'mikroelektronik*|mikroelektronitsi|elektronik*|elektronitsi'],
  ['switches', 'svich*|svitch*|kommutator*|komutator*'],
  ['configure', 'konfigur*|nastraiva*|nalashtov*'],
  ['code', 'kodom|kodu|koda'],
  ['programming', 'programmirovan*|programuvann*|programiranj*|programovani'],
  [
    'artificial intelligence',
    'iskusstven* intellekt*|shtuchn* intelekt*|izkustven* intelekt*|vestack* inteligenc*|umela inteligenc*|umelou inteligenc*|umele inteligenc*',
  ],
  ['machine learning', 'mashinn* obuchen*|mashinn* navchann*|masinsk* ucenj*|strojov* uceni*'],
  ['cyber security', 'kiberbezpek*|kibersigurnost*|sajber bezbednost|kiberbezbednost'],
  ['virtual reality', 'virtualnaya realnost|virtualna realnist|virtualna realnost|virtualni realita'],
  ['sensors', 'datchik*|senzor*'],
  ['job', 'profesiya|profesii|profesija|zanimanje|profa'],
  ['telecommunications', 'tilepikoinwni*|tilepikoinoni*|tilepikinonie*'],
  ['code', 'kwdika|kodika|kwdikas'],
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
  [
    'work',
    'trabajar|trabajan|trabalhar|trabalham|travailler|travaillent|arbeiten|arbeitet|lavorare|lavorano|pracowac|pracuja',
  ],
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
  ['experiences', 'esperienze|experiencias'],
  // One's own experience far more often than one made for visitors: "conta come esperienza?".
  ['experience', 'esperienza'],
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
  ['printing', 'impresion|impressao|druck|stampa|ektypws*|ektypos*'],
  // Machines that print objects, told by the verb: "las maquinitas que imprimen piezas", Egyptian "tatba3".
  [
    'printing',
    'imprimen piezas|imprime piezas|imprimen objetos|imprimem pecas|impriment des pieces|imprime des objets|imprimer des objets|imprime des pieces|tatba3|btetba3|bteteba3',
  ],
  // What a filament printer lays down: "maquinas que van tirando plástico derretido".
  [
    '3d printing',
    'plastico derretido|plastique fondu|plastica fusa|plastico fundido|geschmolzenes plastik|geschmolzenen kunststoff',
  ],
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
  [
    'talking to people',
    'baat karna|baat karni|logo se baat|logon se baat|insanlarla konusmak|kuongea na watu|kushughulika na watu|kufanya kazi na watu|hablar con la gente|hablar con gente|hablar con personas|hablar con las personas|platicar con la gente|falar com as pessoas|falar com pessoas|falar com gente|parler avec les gens|parler aux gens|causer avec les gens|jaser avec les gens|kalam ma3 el nas|ta3amol ma3 el nas|tdwi m3a nas|tdwi m3a nnas|contact m3a nnas|contact m3a nas|vorbit cu oamenii|razgovarati s ljudima|mit menschen reden|mit leuten reden|mit menschen sprechen|makkal kooda pesura|makkal kitta pesura|praten met mensen|met mensen praten',
  ],
  // Talking with people told in a verb, a word for "with" and a word for people, in the shapes each language puts them in.
  [
    'talking to people',
    [
      everyPhrase(
        'hablar/hablando/habla/hablo/platicar/platicando/platica/charlar/charlando/charla/conversar/conversando/conversa',
        '/mucho',
        'con/con la/con las/con los/con el',
        'gente/personas/publico/clientes/vecinos',
      ),
      everyPhrase(
        'falar/falando/fala/falo/conversar/conversando/conversa',
        '/muito',
        'com/com a/com as/com os/com o/coa/coas/cos/con/con a/con as',
        'gente/pessoas/publico/clientes/povo/xente/persoas',
      ),
      everyPhrase(
        'parler/parlant/parle/causer/causant/discuter/discutant/jaser/echanger',
        '/beaucoup',
        'avec/avec les/avec le/aux',
        'gens/monde/clients/public/personnes',
      ),
      everyPhrase(
        'parlare/parlando/parla/parlo/chiacchierare/chiacchierando',
        '/molto/tanto',
        'con/con la/con le/con i/con il',
        'gente/persone/clienti/pubblico',
      ),
      everyPhrase(
        'vorbi/vorbesc/vorbeste/vorbind/vorbit/discuta',
        '/mult',
        'cu',
        'lumea/oamenii/oameni/clientii/clienti',
      ),
      everyPhrase('mit', '/den', 'menschen/leuten/kunden', 'reden/sprechen/quatschen'),
      everyPhrase('manush/manusher/manush er/loker/lok er', 'shathe/sathe/songe', 'kotha'),
      everyPhrase('logon/logo', 'se', 'baat/baatein/baatcheet/baat cheet'),
      // Greek in Latin letters ("Greeklish"): "milaei me ton kosmo".
      everyPhrase('milaei/milao/milaw/milane/milas', 'me', '/ton/tous/tin', 'kosmo/anthropous/anthrwpous/pelates'),
      // Russian, in the Latin letters `words` writes it in: "s lyudmi mnogo govorit", "obshchatsya s klientami".
      everyPhrase(
        's',
        'lyudmi/klientami/narodom',
        '/mnogo/vsegda',
        'govorit/razgovarivat/obshchatsya/obshchatsa/boltat',
      ),
      everyPhrase(
        'govorit/razgovarivat/obshchatsya/obshchatsa/boltat',
        '/mnogo/vsegda',
        's',
        'lyudmi/klientami/narodom',
      ),
    ].join('|'),
  ],
  // Dealing with people, as askers in other languages say it.
  [
    'dealing with people',
    'tratar con personas|tratar con la gente|tratar con gente|trato con personas|trato con la gente|lidar com pessoas|lidar com gente|lidar com o publico|contato com pessoas|contacto con personas|contact avec les gens|travailler avec les gens|umgang mit menschen|mit menschen arbeiten|kontakt z ludzmi|praca z ludzmi|z ludzmi|cu oameni|cu oamenii|lucrul cu oamenii|relationnel|jaser avec le monde|parler avec le monde|conversar com as pessoas|conversar com pessoas|s ljudima|sa ljudima|noi chuyen voi nguoi|noi chuyen vs nguoi|lavorare con le persone|insanlarla calismak',
  ],
  ['programming', 'programlama|kodlama'],
  // "less with code", "without learning to program": the craft by its object or its verb.
  [
    'programming',
    'with code|any code|much code|less code|no code|learning to program|learn to program|learnt to program|learned to program',
  ],
  ['job', 'kaam|meslek|meslekler|professiya|professii|professiyu|professiei'],
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
  // Bulgarian in Latin letters, as people type it with "q" for "я": "bivsh voenen sum, 8 godini v armiqta".
  ['military', 'voenen|voenna|voenni|armiqta|armiyata|armiata'],
  ['buses', 'avtobus|avtobusa|avtobusi'],
  // The trade's names for what the Industrial Network Engineer builds.
  ['industrial network', 'industrial communication|industrial communications|factory networks|factory network'],
  ['brain', 'dimaag|dimag|beyin|ubongo|egkefal*|enkefal*'],
  ['companies', 'firms|firm'],
  // English jargon and idiom: "the city's blue team", "SOC roles", "free money", "a whole fanbase".
  ['cyber security', 'blue team|blueteam|infosec|secops|sec ops|incident response|threat hunting|alert triage'],
  ['grants', 'free money|grant money|govt money|government money'],
  // Raising money for a cause, said plainly: "gettin money in for the town", "who goes after the money".
  [
    'grants',
    'getting money in|gettin money in|bringing money in|bringin money in|bring money in|bringing in money|raising money|raise money|raises money|chasing grants|chasing grant money|chasing money|chasing funding|goes after the money|go after the money|going after the money|finding funding|find funding',
  ],
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
    'hands on|with your hands|with my hands|with ur hands|physical things|physical devices|physical machines|actual machines|real machines|actual hardware|con las manos|con mis manos|com as maos|com as minhas maos|avec les mains|avec mes mains|mit den handen|mit meinen handen|met de handen|met mijn handen|con le mani|z rekami|kwa mkono|kwa mikono|b edak|bi edak|b idak|wi yer hauns|wi ma hauns|wi yer hands|with the hands|with the handen',
  ],
  ['chips', 'puces|puce|tsip|tsipaki|tsipakia'],
  [
    'trains models',
    'entraine des modeles|entrainer des modeles|entrena modelos|entrenar modelos|treina modelos|treinar modelos',
  ],
  ['predictive models', 'modeles predictifs|modelos predictivos|modelos preditivos'],
  // Telling what is to come, in plain or old words: "seeing trouble coming", "foretelling whit's tae come".
  // ("Forecasting" is a background a role lists, and is left to the background match.)
  ['predictive models', 'foretelling|foretell|foresee|foreseeing|seeing trouble coming|see trouble coming'],
  ['client advocate', 'account mgmt|acct mgmt|account management'],
  ['criminals', 'skelms|skelm|crooks'],
  ['robots', 'the bots|warehouse bots|delivery bots|cleaning bots|shelf bots'],
  ['user research', 'contextual inquiry|contextual inquiries|diary studies|diary study|ethnographic interviews'],
  [
    'machine-to-machine',
    'machine a machine|maquina a maquina|maschine zu maschine|parlent entre eux|talk to other gadgets|talk to other devices|gadgets that talk|devices that talk to each other|machines that talk to each other|talk to each other by themselves',
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
  // Written concept by concept rather than question by question, for Hungarian, Czech, Finnish, Romanian, Dutch,
  // Russian in Latin letters, Vietnamese without its marks, Indonesian and Malay, Turkish, romanised Hindi, and to
  // fill what the lists above lack in Spanish, Portuguese, French, German, Italian, Polish, Tagalog, Swahili and
  // Arabic in Latin chat letters. A word ending in * is a stem that stands for its endings. Words that are also
  // English words were left out.
  [
    'virtual reality',
    'virtualis valosag*|virtualni realit*|virtuaalitodellisuu*|realitate virtuala|realitatea virtuala|realitatii virtuale|virtuele realiteit|virtuele werkelijkheid|virtualnaya realnost|virtualnoj realnost*|thuc te ao|realitas virtual|realiti maya|sanal gercekli*|abhasi vastavikta|aabhasi vastavikta|rzeczywistosci wirtualnej|uhalisia pepe|wa2e3 eftradi|el wa2e3 el eftiradi|waqe3 iftiradi',
  ],
  [
    'headset',
    'fejhallgato*|vr szemuveg*|sluchatk*|vr bryle|kuulokk*|virtuaalilasi*|casti|casca vr|ochelari vr|koptelefoon|vr bril|garnitura|naushnik*|tai nghe|kinh thuc te ao|kulaklik|kulakli*|gafas de realidad virtual|auriculares|oculos de realidade virtual|fone de ouvido|casque de realite virtuelle|datenbrille|kopfhorer|cuffie|sluchawki|sama3at|sama3a',
  ],
  [
    '3d printing',
    '3d nyomtatas*|3d tisk|3d tisku|3d tiskem|3d tulostu*|printare 3d|imprimare 3d|printarea 3d|imprimarea 3d|3d printen|3d pechat|3d pechat*|trehmernaya pechat|cong nghe in 3d|pencetakan 3d|percetakan 3d|3d baski|uc boyutlu baski|3 boyutlu baski|3d chhapai|uchapishaji wa 3d|teba3a 3d|tiba3a 3d|tiba3a tholathiya',
  ],
  [
    'printer',
    'nyomtato*|tiskarn*|tiskaren|tulostin*|tulostim*|imprimant*|pencetak|mesin cetak|yazici*|printa|mashine ya kuchapisha|tabe3a|taba3a',
  ],
  [
    'spare parts',
    'potalkatresz*|alkatresz*|varaos*|piese de schimb|piesele de schimb|piese de rezerva|reserveonderdelen|reserveonderdeel|onderdelen|zapchasti|zapchast*|zapasnye chasti|phu tung|linh kien thay the|suku cadang|alat ganti|onderdil|yedek parca*|purje|kal purje|recambios|pecas sobressalentes|ersatzteil|ricambi|piyesa|mga piyesa|vipuri|2ete3 gheyar|qete3 ghiyar|qita3 ghiyar',
  ],
  [
    'layer by layer',
    'retegrol retegre|retegenkent|vrstvu po vrstve|vrstva po vrstve|po vrstvach|kerros kerrokselta|kerroksittain|strat cu strat|strat dupa strat|laag voor laag|laagje voor laagje|sloj za sloem|sloy za sloem|poslojno|posloyno|tung lop|tung lop mot|lapis demi lapis|lapisan demi lapisan|katman katman|kat kat|parat dar parat|schichtweise|patong patong|tabaka kwa tabaka|taba2a taba2a|tabaqa tabaqa|tab2a fo2 tab2a|taba2a fo2 taba2a|una riga sopra l altra|uno strato sopra l altro|piano piano strato|capa sobre capa|camada sobre camada|couche sur couche',
  ],
  [
    'machine learning',
    'gepi tanulas*|strojove uceni|strojoveho uceni|strojovym ucenim|koneoppi*|invatare automata|invatarea automata|invatarii automate|machinaal leren|mashinnoe obuchenie|mashinnogo obucheniya|mashinnym obucheniem|pembelajaran mesin|makine ogrenme*|apprentissage machine|uczenia maszynowego|ujifunzaji wa mashine|ta3allum al ala|ta3alom el ala',
  ],
  [
    'artificial intelligence',
    'mesterseges intelligencia*|umela inteligence|umele inteligence|umelou inteligenci|umele inteligenci|tekoaly*|inteligentei artificiale|kunstmatige intelligentie|iskusstvennyj intellekt|iskusstvennyi intellekt|iskusstvennogo intellekta|tri tue nhan tao|kecerdasan buatan|kecerdasan artifisial|kritrim buddhimatta|kritrim buddhi|krutrim buddhimatta|sztucznej inteligencji|artipisyal na intelihensiya|zaka2 estena3y|zaka2 estena3i|thaka2 istina3i|dhaka2 istina3i',
  ],
  [
    'predict',
    'elorejelz*|elorejelez*|megjosol*|josol*|predpoved*|predpovid*|predikc*|predikov*|ennust*|prezic*|previziun*|voorspellen|voorspelling|voorspelt|voorspel|predskaz*|prognoz*|du doan|du bao|meramalkan|tahmin*|ongor*|bhavishyavani|anuman|anumaan|andaza|predecir|prever|pronosticar|predizer|predire|prevoir|voraussagen|prognostizieren|previsione|przewidziec|prognozowac|hulaan|manghula|mahulaan|kutabiri|tabiri|utabiri|tawa2o3|yetwa2a3|tawaqqo3|tanabo2',
  ],
  [
    'models',
    'modell*|modely|modelu|modelech|modelem|malli*|malleja|modelele|modelul|modelelor|modellen|modelej|modelei|mo hinh|modeller|modelleri|modelos|modeles|modelo|mga modelo|mifano|namazeg|namathej|namozag',
  ],
  [
    'cyber security',
    'kiberbiztonsag*|informatikai biztonsag*|kyberbezpecnost*|kyberneticka bezpecnost|kyberneticke bezpecnosti|kybernetickou bezpecnost|kyberturva*|tietoturva*|securitate cibernetica|securitatea cibernetica|securitatii cibernetice|securitate informatica|cyberveiligheid|cyberbeveiliging|informatiebeveiliging|kiberbezopasnost|kiberbezopasnost*|informacionnaya bezopasnost|an ninh mang|bao mat mang|an toan thong tin|keamanan siber|keselamatan siber|siber guvenli*|cyber suraksha|saibar suraksha|seguranca da informacao|it sicherheit|cybersicurezza|bezpieczenstwo cybernetyczne|usalama wa mtandao|usalama mtandaoni|amn sibrani|al amn al sibrani|amn el ma3lomat',
  ],
  [
    'security',
    'biztonsag*|bezpecnost*|zabezpeceni|turvallisuu*|securitat*|siguranta|sigurantei|beveiliging|veiligheid|bezopasnost*|an ninh|bao mat|an toan|keamanan|keselamatan|guvenlik|guvenli*|suraksha|ochrona|kaligtasan|usalama|el amn|al amn|aman',
  ],
  [
    'hackers',
    'hekker*|hackeru|hackerum|hekri|hakker*|hackerilor|pirati informatici|haker*|khaker*|tin tac|peretas|penggodam|bilgisayar korsani|bilgisayar korsanlari|haker|hakerow|wadukuzi|mdukuzi|qarasina|2arasna|mokhtare2in|mo5tare2',
  ],
  [
    'attacks',
    'tamadas*|kibertamadas*|utoky|utoku|utokum|kyberutok*|hyokkay*|kyberhyokkay*|atacuri|atacurile|atacurilor|atacul|aanvallen|aanval|cyberaanvallen|cyberaanval|ataka|ataki|kiberatak*|napadeni*|cuoc tan cong|serangan|serangan siber|saldiri*|hamla|hamle|aakraman|akraman|ataques|attaques|angriffe|attacchi|attacco|atakow|atak|pag atake|atake|mashambulizi|shambulio|mashambulio|hagamat|hajamat|hagma|hajma',
  ],
  [
    'encryption',
    'titkosit*|sifrovan*|sifrovat|salaus|salausta|salauks*|criptar*|criptat*|versleuteling|encryptie|versleutelen|shifrovani*|ma hoa|enkripsi|penyulitan|sifreleme|sifrele*|kutlekhan|encriptacion|encriptar|encriptacao|cifragem|cryptage|cifratura|szyfrowanie|szyfrowania|usimbaji fiche|tashfeer|tashfir|ta4fir',
  ],
  [
    'data',
    'adatok|adatokat|adatokkal|adatokbol|udaje|udaju|datech|daty|dataa|datan|tiedot|datele|datelor|gegevens|dannye|dannyh|dannykh|dannym|du lieu|aankde|aankda|aankdon|takwimu|bayanat|byanat|ma3lomat',
  ],
  [
    'data scientist',
    'adattudos*|datovy vedec|datoveho vedce|datovym vedcem|datatieteilij*|specialist in stiinta datelor|cercetator de date|datawetenschapper|datawetenschappers|datasajentist|specialist po dannym|specialist po analizu dannyh|nha khoa hoc du lieu|ilmuwan data|saintis data|veri bilimci*|data vaigyanik|datenwissenschaftlerin|scienziato dei dati|naukowiec danych|mwanasayansi wa data|mwanasayansi wa takwimu|3alem bayanat|3alim bayanat|3alem el bayanat',
  ],
  [
    'statistics',
    'statisztik*|statistik*|tilasto*|statistica|statistici|statisticile|statisticilor|statistiek|statistieken|thong ke|statistik|perangkaan|istatistik*|sankhyiki|estadistica|estadisticas|estatistica|estatisticas|statistiques|statistiche|statystyka|statystyki|estadistika|istatistika|ehsa2|ihsa2|ehsa2at|ihsaa',
  ],
  [
    'analyse',
    'elemz*|elemez*|analyza|analyzy|analyzovat|rozbor*|analysoi*|analyysi*|analyysej*|analiz*|analyseren|analyseert|phan tich|menganalisis|analisis|menganalisa|cozumle*|vishleshan|vishleshan karna|analizar|analisar|analyser les donnees|analyser des donnees|analysieren|analizzare|analisi|przeanalizowac|suriin|pagsusuri|analisahin|kuchambua|uchambuzi|chambua|ta7lil|ta7leel|y7allel|yehallel',
  ],
  [
    'network',
    'halozat*|siti|sitich|pocitacova sit|pocitacove site|verkkoon|verkossa|retelei|netwerk|seti|setevo*|kompyuternaya set|kompyuternye seti|mang luoi|mang may tinh|mang internet|jaringan|rangkaian|bilgisayar agi|bilgisayar aglari|ag yonetimi|sanjaal|sanjal|red informatica|red de computadoras|rede de computadores|reseau informatique|shabaka|4abaka',
  ],
  [
    'networks',
    'halozatok*|sitemi|verkot|verkostot|verkoista|retelele|retelelor|setej|setyah|cac mang|ag sistemleri|netze|shabakat|shabakaat',
  ],
  [
    'wireless',
    'vezetek nelkuli|bezdratov*|langaton|langatt*|fara fir|fara fire|besprovodn*|khong day|nirkabel|tanpa wayar|tanpa kabel|kablosuz|betaar|bina taar|inalambrico|inalambrica|sem fio|sans fil|kabellos|bezprzewodowy|walang kable|walang kawad|bila waya|isiyotumia waya|lasilki|la silki|bidun silk|men gher silk',
  ],
  [
    'cloud',
    'felho*|cloudu|cloudov*|pilvi*|pilvee*|pilvess*|pilven|oblak*|oblachn*|dien toan dam may|awan|komputasi awan|pengkomputeran awan|bulut*|la nube|wolke|nuvola|chmura|chmurze|chmury|ulap|wingu|sa7aba|sahaba|el sa7aba',
  ],
  [
    'server',
    'szerver*|serveru|servery|serverech|serverem|palvelin*|palvelim*|serverul|servere|serverele|serverelor|servera|serverov|may chu|peladen|sunucu*|servidor|servidores|serveur|serveurs|serwer|serwery|serwera|seva|khadem|5adem|khawadem',
  ],
  [
    'sensors',
    'szenzor*|erzekelo*|senzor*|cidla|cidlo|cidel|antur*|sensori*|sensoreita|datchik*|cam bien|algilayici*|sensorler|capteur|czujnik|vitambuzi|kitambuzi|vihisi|hassasat|7assasat|mostash3erat|mostash3er',
  ],
  [
    'programming',
    'programozas*|programozni|programovan*|programovat|ohjelmoint*|ohjelmoinn*|ohjelmoida|programare|programarea|programarii|programmeren|programmirovani*|programmirovat|lap trinh|pemrograman|pengaturcaraan|programowania|pagpoprograma|upangaji programu|barmaga|barmaja|barmajah',
  ],
  [
    'code',
    'kodolas*|programkod*|forraskod*|kodovan*|zdrojovy kod|kodu|koodi*|koodaa*|koodaus|koodata|codul|codului|codare|scrie cod|coderen|broncode|kodirovani*|pisat kod|programmnyj kod|ma nguon|doan ma|kode|kode program|pengekodan|kodlar|kaynak kodu|code informatique|quellcode|programmcode|codice|kodowanie|kodowac|kodigo|msimbo|misimbo|shafra|el kod',
  ],
  [
    'software',
    'szoftver*|softwaru|softwarem|softwarov*|ohjelmisto*|softul|programe informatice|programmatuur|programmnoe obespechenie|programmnogo obespecheniya|phan mem|perangkat lunak|perisian|yazilim*|oprogramowanie|oprogramowania|programu za kompyuta|barmagiyat|barmajiyat|baramej',
  ],
  [
    'embedded',
    'beagyazott*|vestaven*|sulautet*|sisteme incorporate|sistem incorporat|ingebedde|ingebed|vstraivaem*|vstroenn*|he thong nhung|lap trinh nhung|tertanam|sistem tertanam|sistem terbenam|gomulu*|sistemas empotrados|sistemas embutidos|informatique embarquee|eingebettete systeme|sistemi integrati|integrato|wbudowany|wbudowane|systemy wbudowane|modmaga|mudmaja|anzema modmaga',
  ],
  [
    'apps',
    'alkalmazas*|appok|applikaci*|aplikac*|appky|apky|sovellu*|aplicati*|applicaties|appjes|prilozheni*|ung dung|uygulama*|aplicaciones|aplicativos|aplicacoes|applis|appli|anwendungen|applicazioni|applicazione|aplikacje|aplikacji|aplikacja|programu tumizi|tatbeqat|tatbi2at|tatbeeqat|tatbi2',
  ],
  [
    'platform',
    'platformok|platformot|platformon|platforma|platformy|platformu|platformou|alusta|alustan|alustat|alustalla|platforme|platformele|platformei|platformen|nen tang|platformlar|manch|plataporma|jukwaa|majukwaa|mansa|manassa|mansat',
  ],
  [
    'specialist',
    'szakember*|specialista|szakerto*|odbornik*|asiantuntij*|spesialist*|specialistul|specialisti|specialistii|deskundige|vakspecialist|spetsialist*|specialisty|specialistov|chuyen gia|chuyen vien|spesialis|pakar|tenaga ahli|uzman*|visheshagya|visheshagy|mahir|fachkraft|fachmann|esperto|specjalista|specjalisty|specjalistka|espesyalista|dalubhasa|mtaalamu|wataalamu|mtaalam|motakhases|mutakhassis|mota5asses',
  ],
  [
    'technician',
    'technikus*|technici|technikem|technikovi|teknik*|tehnician*|tehnicieni|tehnicienii|technicus|monteur|tehnik|tekhnik|ky thuat vien|tho ky thuat|juruteknik|teknisyen*|mistri|takniki karmchari|tekniko|fundi|mafundi|fanni',
  ],
  [
    'engineer',
    'mernok*|inzenyr*|insinoor*|inginer*|ingenieur*|inzhener*|ingener*|ky su|insinyur|jurutera|perekayasa|muhendis*|abhiyanta|ingenieure|ingegneri|inzynier|inzyniera|inzynierowie|inhinyero|mhandisi|wahandisi|mohandes|muhandis|mohandis',
  ],
  [
    'developer',
    'fejleszto*|szoftverfejleszto*|vyvojar*|kehittaj*|ohjelmistokehittaj*|dezvoltator*|ontwikkelaar*|razrabotchik*|lap trinh vien|nha phat trien|pengembang|pembangun perisian|pengembang perangkat lunak|gelistirici*|entwicklerin|sviluppatori|programista|deweloper|msanidi|msanidi programu|wasanidi|mutawwir|motawer|mutawir',
  ],
  [
    'programmer',
    'programozo*|programator*|ohjelmoij*|programmeur*|programmist*|pemrogram|pengaturcara|programci*|programmatori|programisci|programistka|mpangaji programu|mtengeneza programu|mobarmeg|mubarmij|mbarmej|mobarmij',
  ],
  [
    'designer',
    'tervezo*|dizajner*|navrhar*|designerka|designeri|suunnittelij*|proiectant*|designerul|ontwerper*|dizayner*|dizainer*|nha thiet ke|thiet ke vien|desainer|perancang|pereka|tasarimci*|projetista|graphiste|designerin|gestalter|gestalterin|grafico|projektant|projektantka|disenyador|mbunifu|msanifu|mosamem|musammim|mosammem',
  ],
  [
    'scientist',
    'tudos|tudosok|kutato*|vedec|vedci|vedkyne|vedcem|tutkij*|tiedemie*|tieteilij*|om de stiinta|oameni de stiinta|cercetator*|wetenschapper*|uchenyj|uchenyi|uchenye|uchenyh|nha khoa hoc|ilmuwan|saintis|bilim insani|bilim adami|bilim insanlari|vaigyanik|vaiganik|vaigyanikon|investigador|pesquisador|chercheur|chercheuse|forscher|scienziati|naukowiec|naukowcy|siyentipiko|siyentista|mwanasayansi|wanasayansi|3alem|3alim|3olama',
  ],
  [
    'analyst',
    'elemzo*|analitikus*|analytik|analytici|analyticka|analyytikk*|analist*|analitik*|nha phan tich|chuyen vien phan tich|analis|penganalisis|vishleshak|analystin|analityka|mchambuzi|wachambuzi|mo7allel|muhallil|mohalel',
  ],
  [
    'architect',
    'epitesz*|architekt*|arkkitehti*|arkkitehd*|arhitect*|architecten|arhitektor*|arkhitektor*|kien truc su|mimar*|vastukar|vaastukar|architekta|arkitekto|msanifu majengo|mbunifu majengo|mohandes me3mari|me3mari|mi3mari',
  ],
  [
    'mechanic',
    'szerelo*|gepesz*|mechanik|mechanici|automechanik*|mekaanik*|asentaj*|mecanic*|monteurs|automonteur|mehanik*|mekhanik*|tho sua xe|tho co khi|montir|tamirci*|mistry|mechanikerin|mekaniko|fundi magari|makanika|mikaniki|mekaneeky',
  ],
  [
    'repair',
    'javitas*|megjavit*|javitani|oprava|opravy|opravit|opravovat|korjau*|korjaa*|korjata|reparar*|repara|repareren|reparatie|reparaties|remont*|pochinit|pochinka|sua chua|perbaikan|memperbaiki|membaiki|pembaikan|tamir*|onarim*|onarma*|marammat|maramat|theek karna|reparar|reparacion|arreglar|consertar|conserto|reparacao|reparer|depannage|reparieren|reparatur|riparare|riparazione|naprawa|naprawic|naprawiac|ayusin|pag aayos|kumpunihin|kutengeneza|matengenezo|kukarabati|tasle7|taslee7|islah|yesalla7',
  ],
  [
    'maintenance',
    'karbantart*|udrzb*|huolto*|huollon|kunnossapi*|intretiner*|mentenant*|onderhoud|obsluzhivani*|tehobsluzhivani*|bao tri|bao duong|pemeliharaan|perawatan|penyelenggaraan|bakim*|rakh rakhav|rakhrakhav|dekhbhal|dekh bhal|mantenimiento|manutencao|entretien|wartung|instandhaltung|manutenzione|konserwacja|utrzymanie|pagpapanatili|ukarabati|siyana|seyana|sayana',
  ],
  [
    'building',
    'epulet*|epitkezes*|epitoipar*|budov*|stavba|stavby|stavebnictvi|rakennu*|rakentami*|cladir*|constructie|constructii|gebouw*|bouwen|bouw|zdani*|stroitelstv*|toa nha|xay dung|gedung|bangunan|bina|binalar|insaat|imarat|imaarat|bhavan|nirman|construccion|construcao|immeuble|bauen|costruzione|budynek|budowa|budowanie|gusali|pagtatayo|jengo|majengo|ujenzi|mabna|3emara|bena2',
  ],
  [
    'training',
    'kepzes*|tanfolyam*|skoleni|skolenich|vycvik*|koulutu*|instruir*|formare profesionala|cursuri|opleiding*|cursus|obucheni*|trening*|podgotovk*|dao tao|huan luyen|pelatihan|latihan|kursus|egitim*|prashikshan|formacion|formacao|capacitacao|apprentissage|formation professionnelle|weiterbildung|addestramento|szkolenia|pagsasanay|mafunzo|tadreeb|tadrib',
  ],
  [
    'grants',
    'osztondij*|palyazat*|granty|grantu|stipendi*|dotace|apuraha*|avustu*|granturi|burse|finantari nerambursabile|subsidie|beurzen|beurs|grantov|tai tro|khoan tai tro|hibah|dana hibah|geran|hibe|hibeler|hibesi|anudan|anudaan|becas|ayudas|bolsas|bolsas de estudo|bourses|stipendien|stipendium|zuschusse|sovvenzioni|borse di studio|dotacje|stypendia|gawad|tulong pinansyal|ruzuku|ufadhili|menah|minah|man7a|mena7',
  ],
  [
    'funding',
    'finanszirozas*|tamogatas*|financovan*|dotaci|rahoitu*|finantar*|financiering|finansirovani*|nguon von|cap von|pendanaan|pembiayaan|finansman*|fonlama|vitt poshan|vittposhan|fomento|financements|fordergelder|finansowanie|dofinansowanie|pondo|pagpopondo|fedha|tamweel|tamwil',
  ],
  [
    'partnerships',
    'partnerseg*|egyuttmukodes*|partnerstv*|spoluprace|spolupraci|kumppanu*|yhteistyo*|parteneriat*|partnerschap*|samenwerking*|sotrudnichestv*|hop tac|doi tac|quan he doi tac|kemitraan|kerja sama|kerjasama|perkongsian|ortakli*|isbirli*|sajhedari|saajhedari|bhagidari|asociaciones|colaboraciones|kooperationen|collaborazioni|partnerstwa|pakikipagtulungan|pakikipagsosyo|ushirikiano|ubia|sharakat|4arakat|shiraka',
  ],
  [
    'universities',
    'egyetem*|univerzit*|vysoke skoly|vysokych skol|vysoka skola|yliopist*|universitat*|facultat*|universiteit*|hogeschool|hogescholen|universitet*|vuzy|dai hoc|truong dai hoc|universitas|universiti|perguruan tinggi|universite*|vishwavidyalaya|vishvavidyalaya|vishwavidyalay|facultes|universita|atenei|uniwersytety|uczelnie|uczelnia|unibersidad|pamantasan|vyuo vikuu|chuo kikuu|gam3at|jami3at|gam3a|jam3a',
  ],
  [
    'companies',
    'cegek*|vallalat*|cegnel|vallalkozas*|firmy|firmach|spolecnosti|podniky|yritys|yrityks*|companii*|firme|firmele|companie|bedrijven|bedrijf|ondernemingen|kompani*|predpriyati*|doanh nghiep|perusahaan|syarikat|sirket*|companias|companhias|societes|betriebe|societa|firma|przedsiebiorstwa|kumpanya|kompanya|makampuni|kampuni|sharikat|sharekat|4arikat|sherka',
  ],
  [
    'city',
    'varos*|mesto|mesta|meste|mestsk*|kaupunk*|kaupung*|orase|orasele|steden|stedelijke|gorod*|thanh pho|do thi|bandar|perkotaan|sehir*|sehri|kentsel|shahar|sheher|nagar|jiji|mjini|madinah',
  ],
  [
    'smart city',
    'okosvaros*|okos varos*|chytre mesto|chytra mesta|chytreho mesta|alykaupunk*|alykaupung*|alykas kaupunki|oras inteligent|orasul inteligent|orase inteligente|slimme stad|slimme steden|umnyj gorod|umnyi gorod|umnyy gorod|umnogo goroda|thanh pho thong minh|do thi thong minh|kota pintar|kota cerdas|bandar pintar|akilli sehir|akilli kent|akilli sehirler|smart shahar|smart sheher|ville connectee|intelligente stadt|citta intelligente|inteligentne miasto|inteligentnego miasta|miasto inteligentne|matalinong lungsod|jiji janja|mji janja|miji janja|madina zakeya|madina thakiya|mudun thakiya',
  ],
  [
    'city council',
    'onkormanyzat*|kepviselo testulet*|kozgyules*|zastupitelstv*|radnice|mestsky urad|kaupunginvaltuust*|kaupunginhallitu*|consiliul local|consiliu local|primarie|gemeenteraad|gemeente|gorodskoj sovet|gorsovet*|meriya|gorodskaya duma|hoi dong thanh pho|chinh quyen thanh pho|dewan kota|pemerintah kota|dewan bandaraya|majlis bandaraya|belediye*|belediye meclisi|nagar nigam|nagar palika|nagarpalika|concejo municipal|alcaldia|camara municipal|camara de vereadores|municipalite|stadtverwaltung|consiglio comunale|rada miasta|urzad miasta|konseho ng lungsod|sangguniang panlungsod|halmashauri ya jiji|baraza la jiji|majlis al madina|baladiya|baladeya',
  ],
  [
    'mayor',
    'polgarmester*|starosta|starostu|starostou|primator*|pormestar*|primarul|primarului|primar|burgemeester*|mer goroda|glava goroda|gradonachalnik*|chu tich thanh pho|ong thi truong|walikota|wali kota|datuk bandar|belediye baskani|belediye baskan*|mahapaur|mahapor|alcalde|alcaldesa|prefeito|prefeita|presidente da camara|maire|burgermeisterin|oberburgermeister|sindaco|burmistrz|prezydent miasta|alkalde|meyor|meya|ra2ees el baladiya|3omda',
  ],
  [
    'citizens',
    'allampolgar*|polgarok*|obcan*|kansalai*|cetatean*|cetateni*|staatsburgers|staatsburger|burgerparticipatie|grazhdan*|nguoi dan|warga negara|warganegara|rakyat|vatandas*|nagrik|naagrik|ciudadania|cidadas|citoyennes|mitburger|cittadini|obywatele|mamamayan|wananchi|raia|mowatenin|muwatinin|mowaten',
  ],
  [
    'residents',
    'lakosok*|lakossag*|lakok|obyvatel*|asukas|asukka*|locuitor*|inwoners|bewoners|inwoner|bewoner|zhitel*|penghuni|sakinler|sakinleri|sehir sakinleri|nivasi|niwasi|rahne wale|residentes|vecinos|habitantes|moradores|habitants|riverains|einwohner|anwohner|bewohner|residenti|abitanti|residente|naninirahan|wakazi|wakaazi|sokkan|sukkan|moqimin|mo2imin',
  ],
  [
    'community',
    'kozosseg*|komunit*|spolecenstv*|yhteiso*|comunitat*|gemeenschap*|soobshhestv*|soobshestv*|soobschestv*|cong dong|komunitas|masyarakat|komuniti|toplulu*|toplum|samudaay|samuday|samaj|collectivite|gemeinde|spolecznosci|komunidad|pamayanan|jamii|mogtama3|mujtama3|mojtama3',
  ],
  [
    'customers',
    'ugyfel*|vasarlo*|vevok|zakaznik*|klient*|asiakka*|asiakas|clienti|clientii|clientilor|clientul|klanten|klant|pokupatel*|zakazchik*|khach hang|pelanggan|konsumen|grahak|graahak|grahakon|klienci|klientow|klient|kostumer|mamimili|suki|wateja|mteja|3omala2|3umala|zaba2en|zabayen',
  ],
  [
    'sales',
    'ertekesites*|eladas*|prodej*|myynti*|myynni*|vanzar*|verkoop|verkopen|prodazh*|doanh so|penjualan|jualan|satis|satislar|satis temsilcisi|bikri|bikree|verkauf|vendite|sprzedaz|benta|pagbebenta|mauzo|uuzaji|mabi3at|mbe3at|mabee3at',
  ],
  [
    'robotics',
    'robotik*|robotiik*|roboticii|robototehnik*|robototekhnik*|cong nghe robot|nganh robot|robotika|robotyki|uhandisi wa roboti|robotat|3elm el robotat|robotiyat',
  ],
  ['robot', 'robotem|robott*|robotit|robotin|robotul|robotii|roboty|robotov|nguoi may|insan ali|ensan ali'],
  [
    'implant',
    'implantatum*|beultetes*|implantat*|implantt*|implantit|implantul|implanturi|implanturile|implantaat|cay ghep|thiet bi cay ghep|implantlar|impianto|impianti|wszczep|implantu|kipandikizi|vipandikizi|zar3|zera3a|zera3at',
  ],
  [
    'brain',
    'az agy|agyban|agyat|agyi|mozek|mozku|mozkem|mozkov*|aivot|aivojen|aivoissa|aivoihin|creier*|hersenen|brein|hersens|mozga|golovnoj mozg|golovnogo mozga|bo nao|nao bo|beynin|mastishk|dimaagh|hirn|cervello',
  ],
  [
    'nerves',
    'idegek*|idegrendszer*|ideget|nervu|nervech|nervov*|nervovy system|nervi|nervii|nervilor|sistemul nervos|zenuwen|zenuw|zenuwstelsel|nervov|nervnaya sistema|nervnyh|than kinh|day than kinh|saraf|urat saraf|sinirler|sinir sistemi|sinir hucreleri|nasen|nason|tantrika|nervios|nervos|nerfs|nerven|nervo|nerwy|nerwow|nerbiyos|mishipa ya fahamu|a3sab|3asab|a3saab',
  ],
  [
    'patients',
    'betegek*|paciens*|pacient*|potila*|patienten|patsient*|bolnyh|benh nhan|nguoi benh|pasien|pesakit|hasta|hastalar|hastalari|mareez|mariz|rogi|marij|pacientes|pazienti|paziente|pacjenci|pacjentow|pacjent|pasyente|mga pasyente|wagonjwa|mgonjwa|marda|marada|mareed|3ayan',
  ],
  [
    'traffic',
    'forgalom|forgalm*|kozlekedes*|doprav*|liikenne|liikente*|trafic*|circulatia|verkeer*|dorozhnoe dvizhenie|trafik|probki|giao thong|ket xe|tac duong|lalu lintas|trafik*|yatayat|yaatayaat|trafego|trafic|circulation routiere|embouteillages|strassenverkehr|traffico|ruch drogowy|korki|trapik|trapiko|msongamano|trafiki|za7ma|zahma|moror',
  ],
  [
    'traffic lights',
    'jelzolamp*|semafor*|liikennevalo*|verkeerslicht*|stoplicht*|svetofor*|den giao thong|den tin hieu|lampu lalu lintas|lampu merah|lampu isyarat|trafik isiklari|trafik lambasi|trafik isigi|trafik lambalari|laal batti|lal batti|sinal de transito|feux tricolores|feu rouge|sygnalizacja swietlna|swiatla drogowe|taa za trafiki|esharat moror|esharet el moror|eshara',
  ],
  [
    'energy',
    'energia*|energii|energiei|energiya|energetik*|nang luong|energi|tenaga|enerji*|urja|oorja|urjaa|energetyka|enerhiya|nishati|ta2a|taqa|6aqa',
  ],
  [
    'electricity',
    'villany*|villamos energia|elektromossag*|aramellat*|elektrin*|sahko*|electricitat*|curent electric|energie electrica|elektriciteit|stroom|elektrichestv*|elektroenergi*|dien nang|dien luc|nganh dien|listrik|elektrik*|bijli|bijlee|vidyut|electricidad|energia electrica|eletricidade|energia eletrica|electricidade|electricite|courant electrique|strom|elektrizitat|elettricita|corrente|elektrycznosc|prad|kuryente|umeme|kahraba|kahraba2|kahrabaa',
  ],
  [
    'factory',
    'gyar|gyarak|gyarban|gyartas*|tovarn*|tehdas|tehtaa*|tehtai*|fabrici|fabricii|uzina|fabriek*|zavod|zavoda|zavode|fabrik*|nha may|xuong san xuat|pabrik|kilang|fabrika*|karkhana|kaarkhana|kaarkhaana|planta industrial|fabbrica|stabilimento|fabryka|zaklad|pabrika|kiwanda|viwanda|masna3|masne3|masane3',
  ],
  [
    'industrial',
    'ipari|iparban|prumysl*|teollisuu*|teollin*|industriala|industriei|industriele|industrieel|promyshlenn*|industrialn*|cong nghiep|industri|perindustrian|endustri*|audyogik|audhyogik|udyog|industria|industriais|industriell|przemyslowy|przemyslowe|przemysl|industriyal|pang industriya|kiviwanda|sena3i|sina3i|sena3y',
  ],
  [
    'ports',
    'kikoto*|pristav|pristavu|pristavy|pristavech|satam*|porturi|portul|porturile|zeehaven|zeehavens|havenbedrijf|porty|portov|morskoj port|cang bien|hai cang|pelabuhan|liman*|bandargah|bandargaah|ports maritimes|porti|portow|pantalan|daungan|bandari|mawani|mawane2|mina2',
  ],
  [
    'drones',
    'dronok*|dronu|drooni*|droone*|dronele|dronelor|bespilotnik*|dronov|may bay khong nguoi lai|thiet bi bay khong nguoi lai|pesawat tanpa awak|pesawat nirawak|dron|insansiz hava araci|insansiz hava araclari|dronlar|ndege nyuki|ta2era bedon tayar|tayara bedon tayar|masirat',
  ],
  [
    'bridges',
    'hidak*|hidat|hidepit*|mostu|mostech|mostni|silta*|sillat|siltoj*|sillan|poduri|podul|podurile|brug|mostov|mostah|cau duong|xay dung cau|jembatan|jambatan|kopru*|pulon|setu|puentes|pontes|ponts|ponte|tulay|mga tulay|madaraja|daraja|kobri|jusur|gosour',
  ],
  [
    'pipes',
    'csovek*|csovezetek*|potrubi|trubky|trubek|putki*|putke*|tevi|conducte|tevile|conductele|leidingen|buizen|pijpen|truby|truboprovod*|trubah|duong ong|ong nuoc|pipa|paip|saluran pipa|borular|boru hatti|nali|naliyan|tuberias|canerias|tubos|canos|tubulacoes|encanamento|tuyaux|canalisations|tuyauterie|rohre|leitungen|rohrleitungen|tubi|tubature|condotte|rury|rurociag|tubo|mga tubo|bomba|mawasir|mawaseer|anabib',
  ],
  [
    'water supply',
    'vizellat*|vizmuv*|vodovod*|zasobovani vodou|vesihuol*|vedenjakelu*|alimentare cu apa|alimentarea cu apa|apa potabila|watervoorziening|drinkwater|waterleiding|vodosnabzheni*|vodoprovod*|cap nuoc|pasokan air|penyediaan air|bekalan air|air bersih|su temini|su sebekesi|jal aapurti|jal apurti|pani ki aapurti|abastecimiento de agua|suministro de agua|agua potable|abastecimento de agua|agua potavel|approvisionnement en eau|alimentation en eau|eau potable|approvvigionamento idrico|acquedotto|zaopatrzenie w wode|wodociagi|suplay ng tubig|patubig|usambazaji maji|huduma ya maji|imdadat al miyah|emdadat el maya',
  ],
  [
    'electronics',
    'elektronik*|elektroniik*|electronicii|dien tu|eletronica|elektroniko|vifaa vya kielektroniki|elektroniyat|iliktroniyat|elektronyat',
  ],
  [
    'chip',
    'mikrocsip*|csipek|chipek|mikrocip*|cipy|cipu|siru|sirut|mikrosiru*|sirun|cipuri|cipul|microcip*|mikroshem*|chipy|chipov|yonga|mikrocip|puce electronique|mikrochip|czip|uklad scalony|chipu|shariha|shre7a|shari7a',
  ],
  [
    'welding',
    'hegeszt*|svarov*|svarec*|hitsa*|sudur*|sudor*|lasser|laswerk|svark*|svarshhik*|svarshik*|nghe han|han dien|pengelasan|mengelas|kimpalan|tukang las|kaynakci*|kaynak yapmak|kaynak isleri|soldagem|soudage|schweissen|saldatura|spawanie|hinang|paghihinang|kuchomelea|uchomeleaji|laham|lehama|le7am|l7am',
  ],
  [
    'soldering',
    'forraszt*|pajeni|pajet|pajka|pajecka|juotta*|juotos*|lipire|lipirea|ciocan de lipit|soldeerbout|payka|payalnik*|pajalnik*|han thiec|mematri|lehim*|tanka lagana|taanka|soldadura con estano|soldadura blanda|solda de estanho|brasage|soudure a letain|saldatura a stagno|brasatura|lutownica|la7am',
  ],
  [
    'railways',
    'vasut*|zeleznic*|rautatie*|cale ferata|cai ferate|feroviar*|spoorweg|zheleznaya doroga|zheleznye dorogi|zheleznodorozhn*|duong sat|kereta api|perkeretaapian|landasan kereta api|demiryolu*|demir yolu|demir yollari|ferrocarriles|vias ferreas|ferrovias|ferrovia|caminhos de ferro|chemins de fer|chemin de fer|bahn|ferrovie|koleje|kolejowy|daambakal|riles ng tren|reli|njia ya reli|sekka 7adid|sikak hadidiya|sekak 7adid',
  ],
  [
    'buses',
    'buszok*|autobusz*|autobus*|busseja|autobuz*|bussen|avtobus*|xe buyt|otobus*|autobuses|autobus|colectivos|onibus|autocarros|autocars|busse|mabasi|basi|otobisat|otobis|7afelat|hafila',
  ],
  [
    'games',
    'jatek*|pocitacove hry|videohr*|hrach|pelit|pelien|peleja|videopeli*|jocuri*|spellen|spelletjes|igry|igrovo*|igrovye|videoigry|tro choi|tro choi dien tu|permainan|permainan video|oyun|oyunlar|oyunlari|video oyunlari|khel|khelon|juegos|videojuegos|jogos|videojogos|jogos eletronicos|jeux|jeux video|spiele|videospiele|computerspiele|giochi|videogiochi|gier|gry komputerowe|laro|mga laro|michezo|mchezo|al3ab|al3aab|le3ab',
  ],
  [
    '3d worlds',
    '3d vilag*|virtualis vilag*|3d svety|3d svetu|virtualni svety|3d maailm*|virtuaalimaailm*|lumi 3d|lumi virtuale|3d werelden|virtuele werelden|3d miry|trehmernye miry|virtualnye miry|the gioi 3d|the gioi ao|dunia 3d|dunia virtual|3d dunyalar|uc boyutlu dunyalar|sanal dunyalar|3d duniya|3d welten|ulimwengu wa 3d|3awalem 3d',
  ],
  [
    'simulations',
    'szimulaci*|simulac*|simulaati*|simuloin*|simular*|simulaties|simulyaci*|simulyator*|modelirovani*|mo phong|simulasi|simulasyon*|symulacja|simulasyon|uigaji|mo7akat|muhakat|mo7aka',
  ],
  [
    'anthropology',
    'antropologi*|antropologie|nhan hoc|nhan chung hoc|antropologi|antropoloji*|insanbilim|manav vigyan|maanav vigyan|manavshastra|antropolohiya|anthropolojia|elimu ya binadamu|anthropologia|3elm el ensan',
  ],
  [
    'culture',
    'kultur*|kulttuur*|culturii|culturala|culturale|cultuur|culturele|van hoa|budaya|kebudayaan|sanskriti|sanskruti|kultura|utamaduni|thaqafa|sa2afa',
  ],
  [
    'sociology',
    'szociologi*|sociologii|sosiologi*|sociologiei|sociologi*|sotsiologi*|xa hoi hoc|sosiologi|sosyoloji*|samajshastra|samaj shastra|socjologia|sosyolohiya|sosholojia|3elm el egtema3|ilm al ijtima3',
  ],
  [
    'psychology',
    'pszichologi*|psychologii|psykologi*|psihologi*|psiholog*|psikholog*|tam ly hoc|tam ly|psikologi|psikolog*|manovigyan|manovigyaan|psychologia|sikolohiya|saikolojia|3elm el nafs|ilm al nafs|3ilm nafs',
  ],
  [
    'behaviour',
    'viselked*|chovan*|kayttayty*|kaytos|comportament*|gedrag|povedeni*|hanh vi|cach cu xu|perilaku|tingkah laku|kelakuan|davranis*|vyavahar|vyavhar|bartav|bartaav|conducta|comportements|zachowania|pag uugali|tabia|solok|suluk|tasarrofat',
  ],
  [
    'social media',
    'kozossegi media|kozossegi oldal*|socialni site|socialnich sitich|socialni media|sosiaalinen media|sosiaalisessa mediassa|somessa|retele sociale|retelele sociale|sociale media|socseti|sotsseti|socialnye seti|sotsialnye seti|mang xa hoi|media sosial|medsos|midias sociais|soziale medien|soziale netzwerke|reti sociali|portale spolecznosciowe|sosyal midya|wasa2el el tawasol|mawaqe3 el tawasol',
  ],
  [
    'events',
    'rendezveny*|esemeny*|udalost*|akce|tapahtum*|evenimen*|evenementen|evenement|meropriyati*|sobyti*|su kien|acara|kegiatan|majlis|etkinli*|karyakram|kaaryakram|samaroh|eventos|evenements|evenementiel|eventi|evento|wydarzenia|wydarzenie|kaganapan|matukio|hafla|fa3aliyat|a7das|ahdath|mona2sabat',
  ],
  [
    'persuade',
    'meggyoz*|rabeszel*|presvedc*|suostutel*|taivutel*|convinge*|convins|persuada*|overtuigen|overhalen|ubedit*|ubezhdat*|ugovorit*|thuyet phuc|membujuk|meyakinkan|memujuk|ikna|ikna etmek|ikna etme|manana|manaana|raazi karna|razi karna|persuadir|persuader|uberreden|persuadere|przekonywac|perswadowac|kumbinsihin|hikayatin|kushawishi|shawishi|e2na3|iqna3|ye2na3',
  ],
  [
    'translate',
    'forditas*|fordito*|lefordit*|preklad*|prelozit|prekladat|kaannos*|kaantaj*|kaantaa|traducere|traducerea|traducator*|traduca|vertalen|vertaling|vertaler|perevodchik*|perevesti|perevodit|dich thuat|phien dich|bien dich|menerjemahkan|terjemahan|terjemah|menterjemah|ceviri*|tercume*|cevirmen*|anuvad|anuvaad|anuwad|traduccion|traducao|traduction|ubersetzung|tradurre|traduzione|tlumaczyc|przetlumaczyc|tlumaczenie|isalin|pagsasalin|kutafsiri|tafsiri|targama|tarjama|yetargem',
  ],
  [
    'go-between',
    'kozvetito*|prostrednik*|valikasi|yhdyshenkilo*|sovittelij*|intermediar|intermediarul|intermediari|mijlocitor|tussenpersoon|bemiddelaar|intermediair|posrednik*|trung gian|nguoi trung gian|cau noi|perantara|penghubung|orang tengah|arabulucu*|aracilik|bichauliya|bicholiya|madhyasth|mediador|mediateur|mittelsmann|mediatore|posrednikiem|tagapamagitan|mpatanishi|dalali|waseet|wasit|wasi6',
  ],
  [
    'business',
    'uzlet*|podnikan*|byznys*|obchodni|liiketoimin*|bisnes*|afacer*|bedrijfsleven|zaken|bedrijfskunde|biznes*|predprinimatelstv*|kinh doanh|bisnis|perniagaan|isletme*|is dunyasi|ticaret|vyapar|vyaapaar|dhandha|karobar|empresa|entreprise|affaires|geschaft|wirtschaft|affari|impresa|biznes|przedsiebiorstwo|negosyo|biashara|bizness|a3mal|tegara|tijara',
  ],
  [
    'transformation',
    'atalakul*|atalakit*|transformac*|promena|promeny|muutos|muutoks*|transformaati*|transformar*|transformatie|omvorming|transformaci*|preobrazovani*|chuyen doi|chuyen doi so|bien doi|transformasi|perubahan|donusum*|parivartan|badlav|rupantaran|transformacion digital|transformacao digital|transformation numerique|transformation digitale|digitale transformation|wandel|umwandlung|trasformazione|transformacja|przemiana|pagbabago|transpormasyon|mabadiliko|mageuzi|ta7awol|tahawwul',
  ],
  [
    'strategy',
    'strategia*|strategick*|strategiei|strategieen|strategiya|strategiyu|strategicheski*|chien luoc|strategi|strateji*|rananeeti|ranneeti|ranniti|estratehiya|diskarte|mkakati|mikakati|estrategiya|istiratijiya|khota',
  ],
  [
    'job',
    'munka*|allas|allast|allasajanlat*|praci|zamestnan*|pracovni misto|tyopaik*|tyon|tyossa|loc de munca|slujba|munca|werk|vacature|rabot*|dolzhnost*|vakansi*|viec lam|cong viec|jawatan|meslek*|is ilani|is firsati|pozisyon|naukari|rozgar|puesto de trabajo|poste|arbeit|arbeitsplatz|impiego|posto di lavoro|pracy|ajira|4o8l|shughl',
  ],
  [
    'jobs',
    'munkak*|allasok*|munkahelyek*|pracovni mista|pracovnich mist|zamestnani|tyopaikat|tyopaikkoj*|toita|locuri de munca|raboty|rabochie mesta|rabochih mest|co hoi viec lam|lapangan kerja|peluang pekerjaan|is ilanlari|is imkanlari|istihdam|naukriyan|naukriyon|puestos de trabajo|postes|arbeitsplatze|posti di lavoro|impieghi|oferty pracy|miejsca pracy|mga trabaho|hanapbuhay|nafasi za kazi|fors 3amal',
  ],
  [
    'skills',
    'keszseg*|kepesseg*|dovednost*|schopnost*|taito*|taido*|abilitat*|competentele|aptitudini|vaardigheid|competenties|navyk*|umeniya|umenia|umeniq|kompetenci*|ky nang|kemahiran|beceri*|yetenek*|yetkinli*|kaushal|hunar|kaushalya|aptidoes|capacites|kakayahan|stadi|maharat|mahara|mharat',
  ],
  [
    'role',
    'szerep*|roli|rooli*|rolul|rolului|roluri|rolyu|vai tro|vi tri|peran|peranan|posisi|rolu|gorev*|bhumika|bhoomika|kirdar|papel|fonction|aufgabe|funktion|tungkulin|jukumu|nafasi|dawr|el dor',
  ],
  [
    'experience',
    'tapasztalat*|zkusenost*|praxe|kokemu*|tyokokemu*|experient*|ervaring*|werkervaring|opyt|opyta|opytom|opyt raboty|kinh nghiem|trai nghiem|pengalaman|berpengalaman|deneyim*|tecrube*|anubhav|tajurba|tazurba|experiencia|experience professionnelle|erfahrung|berufserfahrung|doswiadczenie|karanasan|uzoefu|khibra',
  ],
  [
    'background',
    'vegzettseg*|zazemi|puvod|vzdelani|tausta*|pregatire|pregatirea|trecut profesional|bekgraund|predystori*|xuat than|ly lich|latar belakang|gecmis*|arka plan|prishthbhumi|prishthabhumi|prishtbhumi|trayectoria|perfil|trajetoria|historico|parcours|parcours professionnel|hintergrund|werdegang|percorso|wyksztalcenie|przygotowanie|pinagmulan|pinanggalingan|usuli|khalfiya|5alfeya|khalfeya',
  ],
  [
    'designs',
    'tervezes*|tervek*|tervez|navrh*|suunnittel*|suunnitelm*|proiecteaza|proiectare|proiectarea|ontwerp|dizajn*|dizayn*|proektiru*|thiet ke|desain|merancang|rancangan|reka bentuk|tasarim*|tasarla*|rooprekha|ruprekha|disenos|concevoir|entwurfe|gestaltet|progetta|disegni|projektuje|disenyo|nagdidisenyo|anabuni|miundo|michoro|tasmimat|yesammem|tasamim',
  ],
  [
    'builds',
    'epit|epiteni|megepit*|felepit*|stavi|postavit|stavet|sestavit|rakenta*|bouwt|stroit*|postroit*|sozdaet|membina|insa eder|insa etmek|insa ediyor|banata|banate|nirman karta|construye|construir|constroi|construit|construire|baut|costruisce|buduje|nagtatayo|gumagawa|anajenga|kujenga|yebni|yabni|bina2',
  ],
  [
    'protects',
    'megved*|vedelem|vedelm*|vedi|chrani|chranit|ochran*|suojaa*|suojel*|suojau*|protej*|protectie|beschermt|beschermen|beveiligt|zashhit*|zashchit*|zashit*|ohranya*|bao ve|melindungi|perlindungan|menjaga|korumak|korur|koruma|koruyor|raksha karta|bachata|bachaata|hifazat|protegen|protegem|protegent|proteggere|nagpoprotekta|pinoprotektahan|ipagtanggol|analinda|ye7mi|yahmi|hemaya|7imaya',
  ],
  [
    'neural networks',
    'neuronhalo*|neuronova sit|neuronove site|neuronovych siti|neuronk*|neuroverk*|retele neuronale|retea neuronala|retelele neuronale|neuraal netwerk|neurale netwerk|neiroset*|neyroset*|nejroset*|neironnye seti|mang no ron|mang noron|mang than kinh nhan tao|jaringan saraf tiruan|jaringan saraf|jaringan neural|rangkaian neural|sinir aglar*|redes neuronais|reseaux neuronaux|neuronale netze|neuronale netzwerke|reti neurali|sieci neuronowe|sieci neuronowych|shabakat 3asabiya|shabakat asabiya',
  ],
  [
    'database',
    'adatbazis*|databaz*|tietokant*|tietokann*|baza de date|baze de date|bazele de date|gegevensbank|databank|databanken|baza dannyh|baza dannykh|bazy dannyh|bazu dannyh|co so du lieu|csdl|pangkalan data|veritaban*|veri taban*|base de datos|bases de datos|banco de dados|base de donnees|bases de donnees|datenbank|datenbanken|banca dati|base di dati|baza danych|bazy danych|hifadhidata|qa3edat bayanat|2a3edet bayanat|qa3idat al bayanat',
  ],
  [
    'internet of things',
    'dolgok internet*|internet veci|internetu veci|esineiden internet*|asioiden internet*|internetul lucrurilor|internetului lucrurilor|internet der dingen|internet van dingen|internet veshchei|internet veshey|internet veschei|internet veshchej|internet untuk segala|internet benda|nesnelerin internet*|cheezon ka internet|chizon ka internet|internet de las cosas|internet das coisas|internet des objets|objets connectes|internet der dinge|internet delle cose|internet rzeczy|intaneti ya vitu|mtandao wa vitu|internet al ashya2|enternet el ashya2',
  ],
  [
    'website',
    'weboldal*|honlap*|weblap*|webova stranka|webove stranky|webovou stranku|webovk*|verkkosivu*|nettisivu*|kotisivu*|pagina web|pagini web|pagina de internet|webpagina|webpaginas|webstek|sait|sayt|sajt|saity|trang web|trang mang|situs web|laman web|situs|web sitesi|internet sitesi|web sayfasi|internet sayfasi|sitio web|pagina da internet|webseite|internetseite|sito web|sito internet|sito|strona internetowa|strona www|witryna|tovuti|maw2e3|mawqi3|mawqe3',
  ],
  [
    'computer',
    'szamitogep*|pocitac*|tietokone*|calculatorul|calculatoare|calculatorului|computerul|kompyuter*|kompjuter*|komputer*|kompiuter*|may tinh|may vi tinh|bilgisayar*|ordenador|computadora|computador|ordinateur|ordi|rechner|komputera|komputery|kompyuter|kompyuta|tarakilishi|kombyoter|7asoob|hasoub',
  ],
  [
    'fix',
    'javit*|spravit|korjaus*|reparare|reparatii|fiksen|pochinit*|ispravit*|chinit|sua loi|khac phuc|perbaiki|baiki|duzelt*|thik karna|sudharna|solucionar|arrumar|corrigir|depanner|corriger|regler|beheben|aggiustare|sistemare|mag ayos|kurekebisha|rekebisha|tengeneza|asalla7',
  ],
  [
    'install',
    'telepit*|feltelepit*|beszerel*|instalov*|nainstalov*|instalace|instalaci|asentaa|asennu*|asenna*|asennettu|instal*|installeren|installatie|geinstalleerd|installeer|ustanovit*|ustanovk*|ustanavliv*|installirov*|cai dat|menginstal|instalasi|memasang|kurulum*|yuklemek|yukleme|kurmak|install karna|sthapit karna|instalar|instalacion|instalacao|mettre en place|installieren|einrichten|installare|installazione|zainstalowac|instalowac|instalacja|ikabit|kusakinisha|kufunga|tarkib|tarkeeb|tathbit|tasbeet',
  ],
  [
    'manage',
    'menedzsel*|igazgat*|iranyitani|ridit|rizeni|spravov*|manazovat|hallinnoi*|hallita|johtaminen|gestion*|gestiune|administra|administrare|beheren|beheer|managen|besturen|upravl*|rukovodit|quan ly|dieu hanh|mengelola|pengelolaan|mengurus|pengurusan|yonetim*|yonetmek|yonetici*|prabandhan|prabandh|sambhalna|sanchalan|gestionar|administrar|dirigir|gerenciar|gerir|gerer|diriger|piloter|verwalten|leiten|gestire|gestione|zarzadzac|zarzadzanie|pamahalaan|mamahala|kusimamia|usimamizi|edara|idara|yedir|yedeer',
  ],
  [
    'teach',
    'tanit*|oktat*|ucit|vyucovat|ucitel*|vyuka|opett*|opeta*|opetu*|preda|predare|predau|a preda|lesgeven|les geven|onderwijzen|doceren|prepoda*|obuch*|uchit*|giang day|mengajar|mengajari|pengajaran|mendidik|ogret*|padhana|parhana|sikhana|shikshan|ensenar|dar clases|ensinar|dar aulas|enseigner|enseignement|unterrichten|lehren|beibringen|insegnare|uczyc|nauczac|magturo|ituro|pagtuturo|kufundisha|fundisha|ta3lim|yedarres|tadris|y3allem',
  ],
  [
    'lead',
    'vezetni|vezetes|vezeto|vezetoi|vedouci|vedeni|vudce|vudcovstvi|johta*|johdan|conducere|conducator|lider|leidinggeven|leiding geven|leiderschap|rukovod*|vozglav*|lider*|lanh dao|dan dau|memimpin|pemimpin|kepemimpinan|kepimpinan|onderlik|onculuk|netritva|netrutva|aguvai|neta|liderar|encabezar|chefiar|conduzir|mener|encadrer|fuhren|guidare|dirigere|condurre|prowadzic|kierowac|przewodzic|mamuno|pamunuan|kuongoza|ongoza|qiyada|2eyada|yeqood',
  ],
  [
    'investors',
    'befekteto*|investori|investoru|investory|investorum|sijoittaj*|rahoittaj*|investitor*|investeerder*|belegger*|investorov|investora|investoram|nha dau tu|penanam modal|pemodal|pelabur|yatirimci*|niveshak|nivesh karne wale|inversores|inversionistas|investidores|investisseurs|investoren|geldgeber|investitori|inwestorzy|inwestorow|mamumuhunan|wawekezaji|mwekezaji|mostathmerin|mustathmirin|mostasmerin',
  ],
  [
    'start-ups',
    'indulo vallalkozas*|startupok|startup ceg|startupy|startupu|zacinajici firma|zacinajici firmy|startup yrity*|startupyrity*|kasvuyrity*|startupit|startup uri|startupuri|firme nou infiintate|startende bedrijven|startend bedrijf|jonge bedrijven|startende ondernemers|startap*|khoi nghiep|cong ty khoi nghiep|doanh nghiep khoi nghiep|perusahaan rintisan|usaha rintisan|syarikat permulaan|girisim*|yeni kurulan sirket*|empresas emergentes|jeunes pousses|jeunes entreprises|start upy|kampuni changa|biashara changa|sharikat nashi2a|4arikat nashe2a',
  ],
  [
    'innovation',
    'innovacio*|innovativ*|ujitas*|inovac*|inovativn*|innovaatio*|innovatiivi*|inovati*|inovare|innovatie*|innovatief|vernieuwing|innovats*|innovac*|doi moi sang tao|doi moi|inovasi|pembaharuan|inovasyon*|yenilik*|navachar|navachaar|naveenta|navpravartan|innovacion|inovacao|innovationen|neuerungen|innovazione|innowacja|innowacje|innowacyjnosc|inobasyon|ubunifu|ebtikar|ibtikar',
  ],
  [
    'prototype',
    'prototipus*|prototyp|prototypu|prototypy|prototypem|prototyyp*|prototip*|nguyen mau|mau thu nghiem|ban mau|prototipe|purwarupa|prototaip|ilk ornek|prototipo|kielelezo|mfano|namozag awali|namuthaj awwali',
  ],
  [
    'research',
    'kutat*|vyzkum*|badatel*|tutkimu*|tutkija*|tutkia|cercetar*|cercetez|onderzoek*|issledov*|nghien cuu|penelitian|peneliti|riset|penyelidikan|arastir*|anusandhan|anusandhaan|shodh|investigacion|investigar|pesquisa|investigacao|pesquisar|forschung|ricerca|badania|badanie|badan|pananaliksik|utafiti|ba7th|bahth|ab7ath',
  ],
  [
    'laboratory',
    'laboratorium*|laborban|laborans*|laborator|laboratori|laboratore|laborka|laboratorio*|labra|labrassa|laboratorul|laboratoare|laboratorului|laboratorium|laboratoria|laboratoriya|laboratorii|laboratoriyu|laboratorija|phong thi nghiem|phong thu nghiem|phong xet nghiem|makmal|laboratuvar*|laboratuar*|prayogshala|prayogashala|laboratorio|laboratoire|labo|laboratoryo|maabara|ma3mal|mokhtabar|mo5tabar',
  ],
  [
    'hospital',
    'korhaz*|nemocnic*|sairaala*|spital*|ziekenhuis|ziekenhuizen|bolnits*|bolnic*|bolnitc*|gospital*|benh vien|rumah sakit|hastane*|aspatal|haspatal|aspataal|chikitsalay|hopital|hopitaux|krankenhaus|klinik|spital|ospedale|szpital|ospital|pagamutan|hospitali|mostashfa|mustashfa|mosta4fa',
  ],
  [
    'doctors',
    'orvos*|doktor|lekar|lekari|doktori|laakari*|medicul|medicii|doctorii|artsen|dokter|dokters|huisarts|vrach*|doktora|bac si|bac sy|doktorlar|hekim*|daktar|chikitsak|vaidya|medicos|doctores|doutores|medecins|docteurs|arzte|arztinnen|doktoren|medico|dottori|lekarze|lekarz|manggagamot|madaktari|daktari|atebba2|atibba2|dakatra',
  ],
  [
    'health',
    'egeszseg*|zdravi|zdravotn*|tervey*|sanatat*|gezondheid*|zdorovye|zdorovie|zdorovya|zdravoohranen*|suc khoe|y te|cham soc suc khoe|kesehatan|kesihatan|saglik*|swasthya|sehat|swasthya seva|salud|sanidad|saude|sante|gesundheitswesen|sanita|sanitario|benessere|zdrowie|zdrowia|ochrona zdrowia|kalusugan|afya|se77a|sehha|si77a',
  ],
  // Mandarin in pinyin, with or without spaces between syllables: "you mei you gen yiliao, bingren you guan de gongzuo".
  ['job', 'gongzuo|gong zuo|zhiye|zhi ye|zhiwei|zhi wei'],
  ['robots', 'jiqiren|ji qi ren'],
  ['data', 'shuju|shu ju'],
  ['data scientist', 'shuju kexuejia|shu ju ke xue jia'],
  ['medical', 'yiliao|yi liao'],
  ['patients', 'bingren|bing ren'],
  ['hospital', 'yiyuan|yi yuan'],
  ['network', 'wangluo|wang luo'],
  ['cyber security', 'wangluo anquan|wang luo an quan|xinxi anquan|xin xi an quan'],
  ['hackers', 'heike|hei ke'],
  ['artificial intelligence', 'rengong zhineng|ren gong zhi neng'],
  ['machine learning', 'jiqi xuexi|ji qi xue xi'],
  ['programming', 'biancheng|bian cheng|xie daima|xie dai ma'],
  ['drones', 'wurenji|wu ren ji'],
  ['sensors', 'chuanganqi|chuan gan qi'],
  ['3d printing', '3d dayin|3d da yin'],
  ['virtual reality', 'xuni xianshi|xu ni xian shi'],
  ['smart city', 'zhihui chengshi|zhi hui cheng shi'],
  ['encryption', 'jiami|jia mi'],
];

/**
 * The trade's own jargon, which the knowledge, written for newcomers, does not use: what a hiring manager or a
 * student names a job by ("who owns our terraform and k8s?"). Read only in a question that asks for a role or speaks
 * of work (see `readGlosses`): "PyTorch or TensorFlow for a beginner?" and "my kafka consumers keep rebalancing"
 * are errands in the same words. Tools and methods of work only, no consumer products.
 */
const JARGON: [string, string][] = [
  [
    'cloud infrastructure',
    'iac|terraform|kubernetes|k8s|openshift|eks|aks|gke|cloudformation|pulumi|vpc|landing zone|multi region|multi az|autoscaling|load balancers|hyperscaler|hyperscalers|ha dr',
  ],
  [
    'distributed systems',
    'high availability|disaster recovery|failover|fault tolerance|fault tolerant|sharding|microservices|event streaming|kafka',
  ],
  [
    'security operations centre',
    'splunk|soar|edr|xdr|threat hunting|incident response|pentesting|pen test|pen testing|vulnerability scanning|vuln scans|zero trust|ids ips',
  ],
  ['software development', 'ci cd|cicd|pull requests|code review|code reviews|full stack|fullstack|typescript|golang'],
  [
    'data analysis',
    'etl|elt|data pipelines|dashboards|power bi|powerbi|tableau|looker|kpis|sql queries|pandas|jupyter|time series|telemetry',
  ],
  [
    'machine learning',
    'pytorch|tensorflow|scikit learn|sklearn|xgboost|mlops|llms|fine tuning|anomaly detection|forecasting models|predictive maintenance',
  ],
  [
    'industrial network',
    'modbus|profinet|profibus|ethercat|opc ua|ot network|ot networks|ot security|fieldbus|industrial ethernet|hmi|hmis|dcs',
  ],
  ['software-defined networking', 'openflow|netconf|nfv|sd wan|sdwan|vlan|vlans|bgp|ospf|p4 programming'],
  ['wireless communication', 'zigbee|nb iot|nbiot|rf engineering|antennas|5g nr|cellular networks|mesh radios'],
  ['machine-to-machine', 'mqtt|coap|lwm2m|iot gateways|iot gateway'],
  ['robots', 'ros2|lidar|slam|cobots|cobot|agvs|amrs|end effectors|servos|actuators|robot arms|robotic arms'],
  ['3d printing', 'fdm|additive manufacturing|slicer|filament|resin printers|stl files'],
  ['virtual reality', 'unity3d|unreal engine|oculus|meta quest|htc vive|xr|ar vr|webxr'],
  [
    'brain implants',
    'bci|bcis|eeg|neurostimulation|deep brain stimulation|cochlear implants|neuroprosthetics|neuroprosthetic',
  ],
  ['user research', 'ux research|usability testing|user interviews|journey mapping'],
  ['business transformation', 'digital transformation|operating model|process redesign|agile coach|agile coaching'],
  ['grants', 'horizon europe|bid writing|tenders|rfps|rfp'],
];

/** A word of a gloss that ends in `*` is a stem: it stands for every word that begins with it. */
const STEM_MARK = '*';
/** Stems are at least this long, so they name one word and its endings, not the start of many. */
const MIN_STEM = 5;

/**
 * Glosses by the number of words of the foreign phrase, longest first, so a phrase wins over its parts. Built in one
 * pass: the glossary is read on every start, and a cold `ask` pays for it.
 */
function byLength(glosses: [string, string][]): Map<number, Map<string, string>> {
  const tables = new Map<number, Map<string, string>>();
  const add = (phrase: string, n: number, english: string) => {
    let table = tables.get(n);
    if (!table) {
      table = new Map();
      tables.set(n, table);
    }
    // A phrase listed twice takes its later gloss.
    table.set(phrase, english);
  };
  for (const [english, list] of glosses)
    for (const phrase of list.split('|')) {
      const words = phrase.split(' ');
      add(phrase, words.length, english);
      // "in peoples heads" is typed "in people's heads" too, which `words` reads "in people heads".
      if (words.length > 1 && words.some((t, i) => i < words.length - 1 && t.length > 4 && t.endsWith('s')))
        add(
          words.map((t, i) => (i < words.length - 1 && t.length > 4 && t.endsWith('s') ? t.slice(0, -1) : t)).join(' '),
          words.length,
          english,
        );
    }
  return tables;
}

const PLAIN = byLength(GLOSSES);
const JARGON_ONLY = byLength(JARGON);
const NO_TABLE = new Map<string, string>();
/** Phrase lengths, longest first, over both tables. */
const LENGTHS = [...new Set([...PLAIN.keys(), ...JARGON_ONLY.keys()])].sort((x, y) => y - x);

/** Every stem the glosses use, each under its own marked form ("tietoturva" → "tietoturva*"). */
const STEMS = new StemTable(
  GLOSSES.flatMap(([, list]) =>
    list
      .split(/[| ]/)
      .filter((w) => w.endsWith(STEM_MARK))
      .map((w) => [w.slice(0, -1), w] as const),
  ),
  MIN_STEM,
);

/** The phrases `n` tokens from `at` may be glossed as: each token as written, or as the stem it begins with. */
function spellings(tokens: string[], stems: (string | undefined)[], at: number, n: number): string[] {
  let out = [''];
  for (let i = at; i < at + n; i++) {
    const stem = stems[i];
    out = out.flatMap((head) => {
      const sep = head ? `${head} ` : '';
      return stem === undefined ? [sep + tokens[i]!] : [sep + tokens[i]!, sep + stem];
    });
  }
  return out;
}

/** The glossed phrases of a message: where each starts, its words, and its English. */
function glossesIn(
  message: string,
  jargon = false,
): { at: number; words: string[]; english: string; jargon: boolean }[] {
  const tokens = words(message);
  const stems = tokens.map((t) => (t.length >= MIN_STEM ? STEMS.find(t) : undefined));
  // How many tokens before each position have a stem: a window without one is looked up as written, at no cost.
  const stemsBefore = [0];
  for (const s of stems) stemsBefore.push(stemsBefore.at(-1)! + (s === undefined ? 0 : 1));
  const used = new Array<boolean>(tokens.length).fill(false);
  const found: { at: number; words: string[]; english: string; jargon: boolean }[] = [];
  for (const n of LENGTHS) {
    const plain = PLAIN.get(n) ?? NO_TABLE;
    const trade = (jargon && JARGON_ONLY.get(n)) || NO_TABLE;
    const lookUp = (key: string) => plain.get(key) ?? trade.get(key);
    for (let i = 0; i + n <= tokens.length; i++) {
      let free = true;
      for (let j = i; j < i + n && free; j++) free = !used[j];
      if (!free) continue;
      const keys =
        stemsBefore[i + n]! === stemsBefore[i]! ? [tokens.slice(i, i + n).join(' ')] : spellings(tokens, stems, i, n);
      const key = keys.find((k) => lookUp(k) !== undefined);
      if (key === undefined) continue;
      found.push({ at: i, words: tokens.slice(i, i + n), english: lookUp(key)!, jargon: !plain.has(key) });
      used.fill(true, i, i + n);
    }
  }
  // "Plattformentwickler": a German compound of two glossed words, read as both.
  tokens.forEach((token, i) => {
    if (used[i] || token.length < MIN_COMPOUND) return;
    const parts = splitCompound(token);
    if (parts) found.push({ at: i, words: [token], english: parts.join(' '), jargon: false });
  });
  return found.sort((a, b) => a.at - b.at);
}

/** Words shorter than this are not tried as compounds: two parts of at least `MIN_PART` letters, and more. */
const MIN_COMPOUND = 10;

/**
 * What the glosses read in a message: the English of the domain words it writes in another
 * language, in order and once each ("quien disena experiencias de realidad virtual" gives "designs,
 * virtual reality"), and the message's words they read, which are understood though the knowledge
 * does not use them. With `jargon`, the trade's jargon is read too, and `readJargon` says whether any was.
 */
export function readGlosses(
  message: string,
  jargon = false,
): { english: string[]; words: Set<string>; readJargon: boolean } {
  const found = glossesIn(message, jargon);
  return {
    english: [...new Set(found.map((f) => f.english))],
    words: new Set(found.flatMap((f) => f.words)),
    readJargon: found.some((f) => f.jargon),
  };
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
const SINGLE = PLAIN.get(1) ?? NO_TABLE;
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
