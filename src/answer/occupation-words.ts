import { words } from '../text/normalize.js';

/**
 * Common occupations in German, Spanish, French, Portuguese and Polish (among others), under the English the roles'
 * backgrounds use: "Ich bin Lehrerin" and "soy contadora" find where a teacher or an accountant
 * fits. Written without accents, as `words` folds them; feminine forms listed where they differ.
 * Also the shorthand of a student's or developer's CV ("MERN", "k8s", "DSA") in those words, and the
 * help desk as the IT support the backgrounds name.
 */
const OCCUPATIONS: [string, string][] = [
  [
    'teacher',
    'mwalimu walimu lehrer lehrerin profesor profesora maestro maestra enseignant enseignante professeur professora insegnante docente leraar lerares larare lararinna nauczyciel nauczycielka guro',
  ],
  [
    'nurse',
    'sjukskoterska distriktsskoterska skoterska underskoterska krankenschwester krankenpfleger pfleger pflegerin enfermero enfermera infirmier infirmiere infermiere infermiera momarreda momarred momarrid momarrida enfermeiro enfermeira pielegniarka pielegniarz nars nosileutria nosileutis sairaanhoitaja nosileftria nosileftis nosilevtria',
  ],
  // British "sparky" too.
  [
    'electrician',
    'lineman linemen linesman linesmen lineworker lineworkers elektriker elektrikerin elektricien hlektrologos ilektrologos electricista electricien electricienne eletricista sparky sparkie sparkies elektryk',
  ],
  ['firefighting', 'pompier pompiers sapeur bombero bombera bomberos bombeiro bombeira feuerwehrmann feuerwehrfrau'],
  ['engineer', 'ingenieur ingenieurin ingeniero ingeniera engenheiro engenheira'],
  [
    'accountant',
    'buchhalter buchhalterin buchhaltung ucetni contador contadora ragioniere ragioniera comptable ksiegowy ksiegowa buhalter buhalteris buhaltere bookkeeper bookkeepers',
  ],
  ['computer science', 'informatiker informatikerin fachinformatiker fachinformatikerin'],
  // A German IT apprentice's specialisations, and Cisco's networking certificates.
  ['sysadmin', 'systemintegration'],
  ['software engineering', 'anwendungsentwicklung'],
  ['certified networking', 'ccna ccnp ccie'],
  ['programmer', 'programmierer programmiererin programador programadora'],
  ['software developer', 'developpeur developpeuse desarrollador desarrolladora desenvolvedor desenvolvedora'],
  ['mechanic', 'mechaniker mechanikerin mecanico mecanica mecanicien mecanicienne fundi'],
  ['architect', 'architekt architektin arquitecto arquitecta architecte arquiteto arquiteta arsitek'],
  [
    'physiotherapy',
    'physiotherapeut physiotherapeutin fisioterapeuta kinesitherapeute fisioterapia fizjoterapia fizjoterapeuta fizjoterapeutka physiotherapie kinesist kinesiste kinesisten',
  ],
  // "I was on the ambulances": the crews the backgrounds call paramedics.
  ['paramedic', 'ambulance ambulances ambo ambos paramedik'],
  // A registered veterinary nurse writes "RVN".
  ['veterinary care', 'rvn veterinario veterinaria tierarzt tierarztin veterinaire kteniatros'],
  ['pharmacist', 'apotheker apothekerin farmaceutico farmaceutica pharmacien pharmacienne'],
  [
    'dental technician',
    'odontotexnitis odontotexnitria zahntechniker zahntechnikerin protesico prothesiste tandtechnicus',
  ],
  // French "hôtesse de l'air": the cabin crew the backgrounds name.
  [
    'cabin crew',
    'hotesse hotesses stewardess stewardesses flugbegleiter flugbegleiterin azafata azafatas aeromoca comissaria',
  ],
  ['social work', 'sozialarbeiter sozialarbeiterin'],
  // British "squaddie" too.
  [
    'military',
    'soldat soldatin soldado militaire militar navy naval army marines airforce raf usaf zolnierz sundalo squaddie squaddies infantryman infantrymen bundeswehr wojsko wojsku',
  ],
  // English "cops", "copper", "policeman" too (a lone "cop" is read where the message is).
  [
    'police',
    'polizist polizistin policia policier policial policjant policjantka pulis cops copper coppers policeman policemen policewoman policewomen sheriff sheriffs',
  ],
  // British "joiner" and "chippy" too.
  ['carpentry', 'schreiner tischler carpintero menuisier carpinteiro joiner joiners joinery chippy chippie chippies'],
  ['quality control', 'qc'],
  ['laboratory technician', 'laborantin laborantine laborant laborantin laborantka laboratorista'],
  ['economics', 'economista economiste okonom ekonomista'],
  ['welding', 'schweisser soldador soudeur spawacz spawaczem spawacza sveiser sveisere svetsare'],
  [
    'construction',
    'pedreiro pedreira albanil maurer macon muratore murarz murarzem bricklayer bricklayers brickie brickies plasterer plasterers plastering drywaller drywallers',
  ],
  ['gardening', 'jardinagem jardineria jardinage gartenarbeit giardinaggio ogrodnictwo jardinero jardineiro gartner'],
  // Shop floors: "I stack shelves at the supermarket".
  [
    'retail',
    'verkaeufer verkaeuferin vendedor vendedora vendeur vendeuse supermarket supermarkets shopkeeper shopkeepers shopfloor',
  ],
  [
    'cook',
    'mageiras mageirissa koch kochin cocinero cocinera cuisinier cuisiniere cozinheiro cozinheira cuoco cuoca kucharz kwizinye',
  ],
  [
    'waiter',
    'mesero mesera camarero camarera garcom garconete serveur serveuse kellner kellnerin konobar konobarica kelnerka mozo moza cameriere cameriera kameriere kamarier',
  ],
  ['truck driving', 'trailero traileros camionero camionera caminhoneiro caminhoneira routier camionista camionisti'],
  [
    'plumbing',
    'canalizador canalizadora encanador encanadora fontanero fontanera plombier klempner installateur hydraulik idraulico loodgieter',
  ],
  ['cashier', 'cajero cajera caissier caissiere kassierer kassiererin'],
  // "pulls pints": serves behind a bar.
  ['bartending', 'barman barmaid barmen bartender bartenders barkeeper pints'],
  ['urban planning', 'urbaniste stadtplaner stadtplanerin urbanista'],
  ['designer', 'disenador disenadora designerin'],
  ['journalism', 'periodista journaliste jornalista journalist journalistin'],
  ['paramedic', 'ambo ambos sanitater sanitaeter paramedico paramedica ratownik ratownikiem'],
  ['actuarial', 'actuaire actuario actuaria aktuar aktuarin attuario'],
  ['medical', 'medico medica arzt arztin medecin'],
  ['doctor', 'physician physicians mbbs'],
  // Data-science competitions.
  ['data science', 'kaggle'],
  ['community', 'comunitaria comunitario communautaire comunitaria gemeinde'],
  ['organising', 'organizadora organizador organisatrice organisateur organizadora'],
  ['computer science', 'cse cs'],
  ['site reliability engineering', 'sre sres'],
  ['infrastructure as code', 'terraform ansible pulumi cloudformation'],
  ['security operations centre', 'soc siem ioc ioc dfir'],
  ['algorithms', 'dsa leetcode'],
  ['web development', 'mern fullstack frontend backend reactjs nodejs javascript typescript'],
  ['cloud containers', 'k8s kubernetes docker'],
  ['it support', 'helpdesk servicedesk'],
  // "excel + sql": the spreadsheets the backgrounds name.
  ['spreadsheets', 'excel'],
  ['customer service call centre', 'csr'],
  ['municipal administration', 'munisipyo municipio prefeitura'],
  ['sociology fieldwork', 'soziologin soziologe feldforschung'],
  [
    'statistics',
    'e7sa2 ehsa2 statisticien statisticienne statistiker statistikerin estadistico estadistica estatistico estatistica statistico statistica statystyk',
  ],
  [
    'military signals networks',
    'geish gesh esharah eshara shabakat fernmelder fernmeldesoldat fernmeldetechniker lacznosc lacznosci',
  ],
  ['penetration testing', 'thm htb hackthebox tryhackme'],
  ['telecommunications', 'telco telcos telecoms'],
  ['data engineering', 'spark airflow dbt kafka etl hadoop'],
  ['nurse', 'perawat suster ide'],
  ['emergency medical technician', 'emt emts'],
  ['icu nursing', 'rea reanimation'],
  ['welding', 'las'],
  ['mechanical engineering', 'smk'],
  [
    'social media content creation',
    'youtube youtuber youtubers tiktok tiktoker tiktokers influencer reels subs subscribers vlogger vlogging',
  ],
  [
    'agricultural machinery',
    'maquinaria tractores tratores traktoren trattori traktori traktorit tractor tractors baler balers harvester harvesters',
  ],
  [
    'farming',
    'agricola agricolas agricultura landwirtschaft agricoltura agriculteur agricultrice landwirt landwirtin agricultor agricultora granjero granjera fazendeiro fazendeira rolnik rolniczka contadino contadina boer planteur planteurs maanviljelija viljelija',
  ],
  ['sysadmin', 'powershell'],
  ['ethical hacking', 'ctf ctfs bugbounty bugbounties'],
  [
    'cake decorating',
    'taarten bakkerij banketbakker confeitado confeitaria confeiteira confeiteiro reposteria repostera repostero pastelera pastelero patissier patissiere konditor konditorin cukiernik cukiernikiem cukierniczka pastelaria',
  ],
  ['cad', 'dessinateur dessinatrice dibujante desenhista zeichner zeichnerin disegnatore'],
  ['surveying', 'topografo topografa topographe vermesser vermesserin geometra landmeter'],
  [
    'courier work',
    'kurir kurier mensajero mensajera repartidor repartidora livreur livreuse rappitendero rappitendera rappitenderos entregador entregadora motoboy motoboys',
  ],
  ['warehouse', 'gudang almacen armazem entrepot lagerhalle magazzino magazyn'],
  [
    'driving',
    'driver drivers condutor condutora conduzi conduzia sopir supir ojol chofer motorista chauffeur fahrer fahrerin autista kierowca uber taxista taxi cab cabs cabbie manejo boda dere derewa dereva mathree matatu',
  ],
  [
    'care work',
    'badante badanti cuidadora cuidador aidante pflegekraft pflege altenpflege altenheim caregiver caregivers carer carers',
  ],
  [
    'caretaking and facilities',
    'janitor janitors custodian custodians concierge conserje hausmeister hausmeisterin zelador zeladora bidello',
  ],
  ['lawyer', 'abogada abogado avocat avocate anwalt anwaltin advogado advogada avvocato avvocata prawnik'],
  ['cleaner', 'limpiando limpieza limpiadora faxineira diarista nettoyage reinigungskraft'],
  ['transport operations', 'capotreno controllore schaffner zugbegleiter revisor'],
  ['beauty salon', 'nail nails manicure manicurist manicurista pedicure esthetician estheticienne'],
  [
    'truck',
    // British "artic" (an articulated lorry) and the HGV licence it needs.
    'trucker truckers trucking vrachtwagenchauffeur vrachtwagen lorry lorries artic artics hgv hgvs ciezarowki ciezarowka ciezarowek camion camiones caminhao caminhoes lkw tir',
  ],
  ['port operations', 'porcie portu hafen puerto'],
  [
    'logistics',
    'kontenerach kontenery kontenerow contenedores conteineres conteneurs logistyka logistica logistique logistik logistiek',
  ],
  [
    'translating',
    'vertaler vertaalster traducteur traductrice traductor traductora ubersetzer uebersetzerin tradutor tradutora traduttore traduttrice tlumacz',
  ],
  ['linguistics', 'taalkunde linguistique linguistica linguistik lingwistyka'],
  // Sectors and short forms the backgrounds spell out.
  ['medicine nursing', 'healthcare'],
  ['rail', 'railway railways railroad railroads'],
  ['street food and market trading', 'hawker hawkers'],
  // Remotely operated vehicles, underwater or in the air, are piloted as drones are.
  ['drone piloting', 'rov rovs uav uavs'],
  ['security guard', 'bouncer bouncers doorman doormen vigilante vigilantes vigia segurata'],
  // Stage and music in other languages: "bailarina y actriz", "guitarrista".
  ['actor', 'actriz actrices actrice actrices attrice atriz ator schauspieler schauspielerin aktor aktorka'],
  [
    'performing arts',
    'dancer dancers bailarina bailarin bailaora bailaor danseuse danseur tanzer tanzerin ballerina ballerino',
  ],
  [
    'music',
    'musician musicians guitarist guitarists drummer drummers singer singers guitarrista guitariste gitarrist gitarristin musico musicien musicienne musiker musikerin musicista muzyk cantante chanteur chanteuse sanger sangerin',
  ],
  ['receptionist', 'recepcionista receptionniste rezeptionist rezeptionistin'],
  ['hotel reception', 'hotelrezeption rezeption'],
  [
    'hairdressing',
    'hairstylist hairstylists barber barbers cabeleireira cabeleireiro peluquera peluquero coiffeuse coiffeur friseur friseurin friseuse parrucchiere parrucchiera kapper kapster fryzjer fryzjerka',
  ],
  // Italian welders, Greek waiters.
  ['welder', 'saldatore saldatrice'],
  ['waiter', 'servitoros servitora'],
  ['communications', 'comms'],
  ['public relations', 'pr'],
  // Russian (and the Russian of Central Asia and Belarus), as `words` writes Cyrillic in Latin letters: "я сварщик".
  ['welder', 'svarshchik svarshchitsa svarshchiki'],
  ['bus', 'avtobus avtobusa avtobuse avtobusom'],
  ['truck', 'fura fure furu gruzovik gruzovike gruzovika'],
  // Australian "truckie", "wharfie".
  ['truck driving', 'truckie truckies'],
  ['port operations', 'wharfie wharfies'],
  ['welding', 'svarka'],
  // A ship's radio officer, in Greek.
  ['telecom technician', 'asyrmatistis asyrmatisths asirmatistis'],
  ['truck driving', 'dalnoboishchik dalnoboishchiki dalnoboi'],
  ['driving', 'voditel voditelem voditeli taksist taksistom'],
  ['courier work', 'kurer kurerom kurery'],
  ['accountant', 'bukhgalter bukhgalterom bukhgaltersha bukhgalteriya'],
  ['teacher', 'uchitel uchitelem uchitelnitsa uchitelnitsei prepodavatel prepodavatelem'],
  ['doctor', 'vrach vrachom'],
  ['nurse', 'medsestra medsestroi medbrat'],
  ['paramedic', 'feldsher feldsherom'],
  ['electrician', 'elektrik elektrikom elektromonter'],
  ['mechanic', 'mekhanik mekhanikom avtomekhanik avtoslesar slesar slesarem'],
  ['programmer', 'programmist programmistom programmisty'],
  ['engineer', 'inzhener inzhenerom inzhenery'],
  ['shop assistant', 'prodavets prodavtsom prodavshchitsa'],
  ['cook', 'povar povarom povarikha'],
  ['baker', 'pekar pekarem'],
  ['construction', 'stroitel stroitelem stroika stroike'],
  ['soldier', 'soldat soldatom voennyi voennym'],
  ['police', 'politseiskii politseiskim militsioner militsiya politsiya politsii'],
  ['farmer', 'fermer fermerom'],
  ['agricultural machinery', 'traktorist traktoristom kombainer'],
  ['plumbing', 'santekhnik santekhnikom'],
  ['carpentry', 'stolyar stolyarom plotnik plotnikom stolyarka'],
  ['photography', 'fotograf fotografom'],
  ['journalism', 'zhurnalist zhurnalistom zhurnalistka'],
  ['psychology', 'psikholog psikhologom psikhologiya'],
  ['sociology', 'sotsiolog sotsiologom sotsiologiya sotsiologii'],
  ['waiter', 'ofitsiant ofitsiantom ofitsiantka'],
  ['cashier', 'kassir kassirom kassirsha'],
  ['hairdressing', 'parikmakher parikmakherom'],
  ['security guard', 'okhrannik okhrannikom'],
  ['economics', 'ekonomist ekonomistom'],
  ['lawyer', 'yurist yuristom'],
  ['pharmacist', 'farmatsevt aptekar'],
  ['veterinary care', 'veterinar veterinarom'],
  // Ukrainian, Bulgarian, Serbian and Czech, Cyrillic as `words` writes it, Latin as typed without accents.
  ['accountant', 'schetovoditel schetovoditelka rachunovodja racunovoda racunovodja ucetni'],
  ['welder', 'zvaryuvalnik zavarchik zavarivach zavarivac svarec'],
  ['driving', 'vodii shofor vozach vozac ridic'],
  ['electrician', 'elektrikar elektrotekhnik'],
  ['firefighting', 'hasic pozharnik vatrogasac'],
  // "medicinska sestra": the first word says medical; "sestra" alone is a sister.
  ['medical', 'meditsinska medicinska zdravotni'],
  ['teacher', 'uchitelka ucitel ucitelka nastavnik nastavnitsa'],
  // What people did, in the past forms a stem does not reach ("taught" is not "teach").
  ['teaching', 'taught'],
  ['driving', 'drove'],
  ['sales', 'sold'],
];

const ENGLISH_FOR = new Map(
  OCCUPATIONS.flatMap(([english, list]) => list.split(' ').map((w) => [w, english] as const)),
);

/** The message with occupation words of other languages put in English; other words as they were. */
export function occupationsInEnglish(message: string): string {
  // Being "on call" is a duty of operations and care work, not the "call" of a call centre.
  // A "help desk" is one occupation, not help and a desk.
  return words(
    message
      .replace(/\bon[- ]call\b/gi, 'oncall')
      .replace(/\b(help|service)[- ]desk\b/gi, '$1desk')
      // A Royal Marine is a soldier; a marine engineer or biologist is not.
      .replace(/\broyal marines?\b/gi, 'military')
      .replace(/\bbug bount(y|ies)\b/gi, 'bugbount$1')
      // "a cop", "ex-cop" is the police; "which one should i cop" is buying.
      .replace(/\b(a|an|ex|former|retired|the) cop\b/gi, '$1 police')
      // "retired off the force after 25 years on patrol": the police, as officers say it.
      .replace(/\b(on|off|joined|left|in|from) the force\b/gi, '$1 police')
      .replace(/\bon (the )?(beat|patrol)\b/gi, 'police patrol'),
  )
    .map((w) => ENGLISH_FOR.get(w) ?? w)
    .join(' ');
}
