import type { Evidence } from '../retrieval/retriever.js';
import { stemTerm } from '../text/normalize.js';

/** Evidence about one question, as numbers the scope model weighs. */
export interface ScopeEvidence {
  question: string;
  retrieval: Evidence;
  namesSkill: boolean;
  /** Names a topic document (a city, the market…) by title or alias. */
  namesTopic: boolean;
  /** A person describing themselves and asking where they fit. */
  asksForFit: boolean;
  /** Share of the question's information found in the best-fitting role's backgrounds and skills, 0..1. */
  fitShare: number;
  /** Asks for something the knowledge lacks (pay, courses…). */
  asksGap: boolean;
  /** Asks about a particular occupation ("what does a … do", "become a …") without naming a role here. */
  asksAboutOtherOccupation: boolean;
  /** The scope wording model's log-odds that the question is about these careers. */
  wording: number;
  /** Words the knowledge does not use that are understood all the same: glossed domain words, other languages' particles. */
  understood: (word: string) => boolean;
}

/**
 * Words that make a question about work at all. "robot vacuum recommendations" names a skill but
 * no work; "robotics jobs" does. Stems, so "careers" and "hiring" count.
 */
const CAREER_WORDS = new Set(
  `job role career work worker employ employer hire recruit position profession occupation skill background
  experi degre studi student graduat becom fit switch salari paid earn train qualifi respons daili posit
  specialist engin scientist technician analyst design develop architect director manag talent`.split(/\s+/),
);

/** Whether a question uses any word about work ("jobs", "hiring", "skills", "talent"…). */
export function mentionsWork(words: string[]): boolean {
  return words.some((w) => CAREER_WORDS.has(stemTerm(w)));
}

export const FEATURE_NAMES = [
  'coverage',
  'unknownShare',
  'logContentWords',
  'lexicalTopPerWord',
  'bestDocShare',
  'denseTop',
  'namesSkill',
  'namesTopic',
  'fuzzyName',
  'asksForFit',
  'fitShare',
  'asksGap',
  'careerWords',
  'topicUnknownShare',
  'asksAboutOtherOccupation',
  'asksForTask',
  'asksOpinion',
  'asksHowToOrBuy',
  'asksForRole',
  'wording',
] as const;

/** Asks the bot to do a job of work (write, draft, fix…): not a question the knowledge answers. */
export const TASK =
  /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|some|a few) (general knowledge |quiz |trivia |pub quiz |icebreaker )(questions|rounds)\b|\b(exam|test|quiz|midterm|final) (is )?(tomorrow|today|tonight|next week|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\bkeeps? (throwing|giving|showing) (a |an |the )?([\w-]+ ){0,3}(fault|error|code|warning)s?\b|\b(essay|assignment|homework)\b.{0,80}\b(check|proofread|correct|mark)\b|\b(cet|mon|ce|un) (exo|exercice|devoir)s?\b|\b(lyseis|lyse|lysete) (mia |to |thn )?(askhsh|problhma)\b|\bcara (setting|setel|pasang|install|benerin|memperbaiki|nyambungin|bayar|membayar|urus|mengurus)\b|\b(denda|tilang)\b|\bconvert (\S+ ){0,4}(in)?to\b|\bwork (this|it|that) out\b|\bwho (do|should|can|could) i (complain|report (it|this|that)?) to\b|\bstructure (my|an|the|this) (essay|paper|thesis|dissertation|presentation)\b|\bkeeps? (crashing|rebalancing|failing|timing out|restarting|disconnecting|dropping)\b|\bderive (the|a|an)\b|\b(work out (a|an|the|my|our|this|how)|write|draft|compose|generate|translate|fix|debug|proofread|rewrite|summari[sz]e|calculate|solve|decode|decrypt|recommend|suggest|recommendations?|tell (me )?a joke|make me laugh)\b|\bgive (me )?(an )?example\b|\bexplain\b.{0,60}\b(simple terms|simply|eli5|like i'?m (5|five))\b|\b(exams?|tests?|quiz|midterms?|finals|homework|assignments?|coursework|audits?|inspections?|problem sets?|psets?|worksheets?|essays?|dissertations?|thesis)\b.{0,20}\b(tomorrow|tmrw|tmr|tonight|due|next week|this week|on (monday|tuesday|wednesday|thursday|friday))\b|\b(exams?|examen|partiel|prueba|prova|pr(u|ü|ue)fung|sinav|s[ıi]nav)\b.{0,30}\b(demain|lundi|mardi|mercredi|jeudi|vendredi|manana|mañana|lunes|martes|jueves|viernes|amanha|amanhã|morgen|montag|dienstag|mittwoch|donnerstag|freitag|yarin|yarın)\b|\bcover letters?\b|\b(give|gimme|gizza|gissa|giz|gis|write) (me |us )?((a|an|some|new|fresh|good|funny|few) )*(rhymes?|poems?|jokes?|songs?|lyrics|slogans?|taglines?|limericks?|riddles?|puns?|raps?)\b|\b(can|could|would|will) (you|u) (please |pls )?(review|look over|go over|check over|vet) (this|my|the|our|these|a)\b|\bexams? (clear|crack|paas|pass) (karne|karna|karu|karun|kaise|kar)\b|\bkitne attempts\b|\b(important|needed|useful|asked) (for|in) (my |the )?(exams?|prelims|mains|upsc|tests?|quiz|homework|assignment)\b/i;
/**
 * Asks how to do a practical thing, or what to buy: "how do I train a neural network in PyTorch",
 * "best VR headset under $300", "my LoRaWAN sensor won't join". It names what the knowledge knows,
 * but asks for a tutorial, a repair or a product, not about work.
 */
export const HOW_TO_OR_BUY =
  /\b(when'?s|whens|when is|what time is|what time'?s) (the )?(last|next|first) (bus|train|tram|ferry|boat|tube)\b|\b(which|what) (\w+ ){0,2}(headsets?|printers?|laptops?|phones?|routers?|drones?|cameras?) (is|are) (the )?(finest|best|cheapest|most reliable)\b|\bpopulation of\b|\bkufungua (bakery|duka|biashara|hoteli|salon|kibanda)\b|\bcouncil tax (band|bill|rebate|reduction|appeal|arrears|discount)s?\b|\b(contest|appeal|challenge|dispute)\b.{0,30}\bcouncil tax\b|\bcouncil tax\b.{0,60}\b(contest|appeal|challenge|dispute)\b|\b(renew|renewal of|apply for) (my |a |the )?(private hire|taxi|driving|pcv|hgv) (badge|licen[cs]e)\b|\b(private hire|taxi) badge\b|\b(fine|penalty|pcn)\b.{0,40}\b(appeal|contest|dispute)\b|\b(want to|wanna|planning to|plan to|thinking of|how (do|can|should) i) (open|start|set up|launch) (a |my |our )?(small |little |own )?(bakery|cafe|restaurant|shop|salon|food truck|stall|bar|pub)\b|\b(parking|speeding) (citations?|tickets?|violations?)\b|\bwhich (one |tool |software |package |program |model )?(gives|produces|returns) (better|more accurate|the best|more reliable) (results|output|accuracy|answers)\b|\b(k[oò]man|kijan) (pou )?(m|mwen|nou) (ka )?(reset|ranje|enstale|konekte|achte)\b|\b(ashtri|ashtre|eshtri|eshtere|eshtiri|ishtari|neshtri|nishtiri|bashtri|a4tri)\b|\b(unfair dismissal|employment (tribunal|law)|grievance procedure|disciplinary hearing|statutory (notice|redundancy|sick|maternity))\b|\b(i|i'?ve|we|we'?ve) (got|get|received|have|had) (a |an |another |two |my |this )?(\w+ ){0,2}(fine|penalty|pcn|penalty charge notice)s?\b|\b(appeal|pay|contest|dispute|challenge) (a |the |my |this |that |our )?(\w+ ){0,2}(fine|penalty|pcn)\b|\bexplain\b.{0,80}\b(how|why|distinction|difference|procedure|requirements?)\b|\bhow (does|do|did) (the |a |an |these |those |them |their |its )?([\w'-]+ ){1,5}(work|works|handle|decide|decides|get powered|stay powered)\b(?! (for|with|at|in) (a |an |the )?(city|cities|council|municipality|companies|employers?)\b)|\bweather\b(?! (stations?|sensors?|data|monitoring))|\b(cv|resume|résumé) (templates?|formats?|layouts?)\b|\bhow many (people|ppl|residents|inhabitants) live\b|\b(towers?|masts?|5g) (are|is) (dangerous|harmful|safe)\b|\bmeilleur(e|s|es)? (appli|application|app|logiciel|outil|casque|imprimante|t[eé]l[eé]phone|ordinateur|routeur)s?\b|\b(mejor|melhor|migliore?) (\w+ )?(app|aplicaci[oó]n|aplicativo|applicazione|programa|programma|headset|visor|oculos|óculos|impressora|impresora|notebook|celular)s?\b|\bunder (\$|£|€)?\d+ ?(quid|pounds|dollars|euros|bucks)\b|\bunder (\$|£|€)\d+\b|\b(make|makes|made|making) (people|you|us|them|kids|her|him|me) (sick|ill)\b|\b(cause|causes|caused) (cancer|covid|headaches|illness)\b|\b(medical|health) (risks?|effects?|dangers?)\b|\bwhich (one'?s|one is|model|brand) (is )?(the )?best\b|\bcu[aá]l me recomiendas\b|\b(me )?recomiendas (unas?|unos?|alg[uú]n[oa]?s?)\b|\bmi consigli (un|una|uno|qualche)\b|\b(meglio|mejor|melhor) [\w' -]{1,40} o (qualcos'altro|algo m[aá]s|outra coisa|otro|altro|outro)\b|\bbudget (is |of |di |de |around |about |up to |roughly )*[$€£]? ?\d+|\bunder \d+k? ?(naira|rupees|rand|cedis|shillings|pesos|reais|lira|yen|won|dirhams|ringgit|pesos)\b|\b(which|what) (\w+ ){0,2}(headsets?|printers?|laptops?|phones?|routers?|drones?|cameras?|consoles?|pcs?|gpus?|tablets?) (would|do|can|could) (you|u) (recommend|suggest)\b|\b(for|as a) (christmas|his birthday|her birthday|a birthday|a gift|a present)\b|\bpara (navidad|su cumplea[nñ]os|regalo)\b|\b(planning|plan|booking|book) (a|my|our|the) (trip|holiday|vacation|honeymoon|city break|weekend away|getaway)\b|\b(for|on|during) (my|our|a) (trip|holiday|vacation|honeymoon|city break|layover)\b|\bhow much (does|do|would|will) (a|an|one|the|those|these)? ?([\w-]+ ){1,3}(cost|go for|sell for)\b(?! (to|for) (become|train|study|learn|get|hire|qualify|me to))|\b(under|according to|comply with|compliant with|complying with) (the )?(gdpr|hipaa|ccpa|dsgvo|rgpd|data protection (act|law|rules|regulations?))\b|\b(gdpr|hipaa|dsgvo|rgpd)\b.{0,60}\b(how long|allowed|legal|can we|do we need|rules?|confus\w*|explain)\b|\b(finma|bafin|fca|finra|sec)\b.{0,30}\b(requirements?|rules?|regulations?|guidance|circular)\b|\b(requirements?|rules?|regulations?) (of|from|under) (the )?(finma|bafin|fca|finra)\b|\b(is|are) (my|our) (\w+ ){0,2}(wifi|wi-fi|router|modem|network|laptop|computer|pc|phone|tablet|password|account|printer)s? (\w+ ){0,2}(secure|safe|hacked|slow|broken|ok|okay|fine)\b|\b(mi|mon|ma|mein|meu|minha) (wifi|wi-fi|router|modem|internet|laptop|computadora|celular|ordinateur|handy)\b.{0,20}\b(lento|lenta|lent|langsam|no (anda|jala|sirve|funciona))\b|\bhow (do|can|could|should|would) (i|you|we|one|u) (\w+ ){0,2}?(switch off|turn off|disable|get rid of|opt out of|train|build|make|set up|setup|install|use|change|fix|configure|code|program|write|get|register|renew|report|pay|reset|connect|do (that|this|it)|print|run|apply for a permit|switch|turn|stop|win|speed up|unlock|update|upgrade|secure|protect|recover|restore|calibrate|recalibrate|repair)\b|\bc[oó]mo (lo |la |los |las |le )?(programo|hago|arreglo|instalo|configuro|uso|conecto|reparo|protejo|arreglar|reparar|instalar|configurar)\b|\bcomo (programo|fa[cç]o|conserto|instalo|configuro|uso|conecto|protejo|reseto|reinicio|ligo|limpo|arrumo)\b|\b(n[aã]o liga( mais)?|parou de funcionar|no enciende|no funciona|ne (marche|s'allume) plus|geht nicht mehr)\b|\bcomment (je )?(le |la |les |l')?(programme|fais|r[ée]pare|installe|configure|utilise|connecte|prot[eè]ge|r[ée]parer|installer|configurer|nettoyer|programmer|r[eè]gle|r[eé]gler)\b|\bcome (lo |la |li |le )?(sistemo|riparo|aggiusto|configuro|installo)\b|\bcome (metto|mettere) in sicurezza\b|\bcomo (é que |e que )?(reinicio|reseto|configuro|ligo|arranjo|resolvo|protejo)\b|\b(indexerror|keyerror|typeerror|valueerror|attributeerror|nullpointerexception|segmentation fault|traceback)\b|\bcome (faccio|posso|si fa) (a |ad )?(recuperare|installare|configurare|riparare|programmare|proteggere|collegare|usare|sistemare)\b|\bjak (mam |moge |to )?(naprawic|zainstalowac|skonfigurowac|odzyskac|zabezpieczyc|podlaczyc|ustawic)\b|\bpa?ano (po )?(ba )?(ko|mag|i|i-\w+)\b|\bqual (e que |é que )?([\w-]+ ){0,3}(compro|devo comprar|vale a pena comprar)\b|\b(d[oó]nde|onde) (compro|comprar|consigo|venden|vendem)\b|\bo[uù] (acheter|j'ach[eè]te)\b|\bcu[aá]l ([\w-]+ ){0,3}(compro|me compro|debo comprar)\b|\bwie (kann ich|mache ich|repariere ich|installiere ich|richte ich)\b|\bhow to (train|build|make|set up|setup|install|use|change|fix|configure|code|program|write|get from|register|renew|reset|connect|print)\b|\b(best|cheapest|cheap|good|top) (?!(with|at|in|on)\b)(\w+ ){0,2}(headsets?|games?|printers?|laptops?|phones?|routers?|firewalls?|modems?|extenders?|apps?|platforms?|software|tools?|kits?|brands?|models?|cameras?|drones?|wallets?|restaurants?|pizza|bars?|hotels?|things to do|storage|vpns?|antivirus|providers?|subscriptions?|monitors?|keyboards?|tablets?|tvs?|speakers?|bulbs?|plugs?|sat ?navs?|gps|vacuums?|hoovers?)\b|\b(which|what) (one|model|brand) (is|would be) (the )?(best|better)\b|\b(dinner|lunch|breakfast|recipes?|meals?|snacks?|picky eaters?|sourdough|flour)\b(?! (lad(y|ies)|staff|supervisors?|assistants?))|\b(blue card|work permit|residence permit|green card|bus pass|freedom pass|blue badge)\b|\b(buy|buying|purchase|purchasing|under \$ ?\d+|under \d+ ?(euros?|eur|pounds|dollars|bucks)|price of|acheter|comprar|kaufen)\b|\b(koupit|kupit|kupim|kupiti|kupic|kupujem|agoras(w|o|ei|oume)|satin al\w*|sat\u0131n al\w*|comprare|kopen|k(ö|o)pa|kj(ø|o)pe|k(ø|o)be|ostaa)\b|\bkupi[ťćę]|(^|\s)(купить|куплю|купити|куплять)(?=\s|[?!.,]|$)|\b(won'?t|doesn'?t|does not|will not|can'?t|cannot|isn'?t) (join|connect|work|working|start|turn on|boot|load|pair|charge|print|stick)\b|\bkeeps? (getting|crash\w*|failing|dropping|disconnecting|freezing)\b|\bwhat'?s wrong with (my|the|this)\b|\bany fix(es)?\b|\b(for|in) my (\w+ )?(class|presentation|homework|exam|assignment|lecture|essay|coursework)\b|\b(show|need) (the |your )?working\b|\brecommend (me )?(a|an|some|the best)\b|\b(which|what) (\w+ ){0,3}(tools?|apps?|generators?|software|services?|platforms?|printers?|brands?|clouds?|storage|providers?|phones?|networks?|carriers?|contracts?|broadband|isps?|translators?|dictionar(y|ies)) (is|are|writes?|makes?) (the )?(more )?(best|better|suitable)\b|\b(best time (of (the )?year )?to (go|visit)|where to (eat|stay|go out|park)|things to (do|see)|worth (a )?visit(ing)?|sightseeing)\b|\bhow (i|to|do i|can i|should i) (write|make|improve|format) (a |my |an )?(good |great |strong )?(cover letter|resume|résumé|cv|linkedin)|\blettres? de motiv(ation)?\b|\bcartas? de (presentaci[oó]n|motiva[cç][aã]o)\b|\b(which|what) (\w+ ){0,2}(headsets?|printers?|laptops?|phones?|routers?|drones?|cameras?|consoles?|pcs?|gpus?|tablets?|bulbs?) (is|are|should|would) (better|best|worth)\b|\b(gaming )?pc build\b|\bgives? me (motion sickness|headaches?|nausea)\b|\b(best|easiest|quickest|fastest|cheapest) way to (?!(get into|become|start|break into|move into|switch|transition|enter|land|find a (job|role)))|\bhow (do i|to|can i|should i|do we) (clean|unclog|reduce|lower|cut|bring down|clear|remove|get rid of|put (it|this|that) right|tune|debug|troubleshoot|get (it|this|that|them) back)\b|\bresolve (the|my|this|our) (\w+ )?(issue|problem|error)\b|\b(disconnect(s|ing)|clogg(ed|ing)|(won'?t|wont|doesn'?t|does not|will not) sync)\b|\bkeeps? (clogging|jamming|buffering|overheating|lagging)\b|\brecommend (me )?(a |an |some )?(good|great|nice|decent|fun)\b|\b(headaches?|migraines?|dizz(y|iness)|nause(a|ous)|eye ?strain|symptoms?|side effects?|(eyes|vision) (\w+ )?(hurt|hurting|sore|tired|blurry)|(worried|worry) about (her|his|my|their) eyes)\b|\b(ask|see|call) (the|a|my|her|his) (surgeon|doctor|gp|dentist|nurse)\b|\b(back )?to the (hospital|doctor|er|a&e)\b|\b(opening hours|who (would )?wins?|mayoral election|election results?|the latest on|(?<!\b(saw|seen|heard|read|watched) (it |this |that |something |about it )?)(on the (telly|tv|news)|in the news))\b|\bcauses? cancer\b|\b(parkinson'?s?|alzheimer'?s?|dementia|epilep\w*)\b|\b(doctor|neurologist|surgeon) (mentioned|suggested|recommended|said)\b|\bhomework\b|\bhow (do|can|should) (i|we) keep (\w+ ){0,4}(safe|secure|private|protected)\b|\berror (code )?[a-z]?\d{3,5}\b|\bfault codes?\b|\bcheck engine\b|\b(science|school) (fair|project)s?\b|\bhow (do|should|can|would) (i|you|we) answer\b|\bhow to answer\b|\b(take-home |school |class )?assignment\b|\btime complexity\b|\b(medical|health) risks?\b|\b(neurologist|epilepsy|seizures?|surgery|surgeon)\b|\b(?<!\b(support|helpdesk|help desk|service desk|jira|it|certificate or|cert or|licence or|license or|qualification or) )(tickets?|karten|entradas|billets)\b(?! (queues?|system|systems|backlog|triage|volumes?)\b| or (a |an )?(cert|certificate|licence|license|qualification)| (to be|to become|to work|for the job)\b| ((do|would|does|will) )?(i|you|u|ya|ye|one|he|she|we) (would |will )?need (for|to)\b)|\b(harmful|bad) (to|for) (the |my |your |his |her )?(eyes|health|brain|kids?|children)\b|\b(bitcoin|crypto(currency)?|stocks?|shares) (a |an )?(\w+ )?(investment|buy)\b|\binvest(ing)? in (bitcoin|crypto|stocks?|shares)\b|\b(iphone|samsung|android phone|pixel phone|ipad|macbook|playstation|xbox)\b|\b(checker|app|tool|software|phone|laptop|headset|printer|router|product) any good\b|\b(wife'?s|husband'?s|mum'?s|mom'?s|dad'?s) doctor\b|\b(connect|connecting) to (the |my )?(wifi|wi-fi|internet|hotspot|vpn|printer)\b|\bno internet\b|\bkeeps? losing (the )?(connection|signal|wifi|wi-fi)\b|\b(sort out|set up|setup|install|configure|fix) ((the|my|our|a|an) )?(\w+ ){0,2}(wi-?fi|network|printer|laptop|router|computer|modem|extender)\b(?! (engineer|programmer|architect|specialist|jobs?|roles?|careers?))|\bhow (do i|to|can i|should i|do we) (handle|deal with|calm down|respond to|talk to) (an? |my |the |our )?(\w+ ){0,2}(callers?|customers?|clients?|boss|manager|colleagues?|co-?workers?|employees?|staff|team ?mates?|neighbou?rs?|kids?|children|students?|patients?)\b|\b(recharge|data|phone|mobile|prepaid) plans?\b|\bhow (to )?renew\b|\bhow (i|we) (can |should |fit |go |wan )?(configure|set up|setup|install|fix|connect|reset|update|unlock)\b|\b(family|summer|winter|weekend) (holiday|vacation|trip|break)s?\b|\b(raise|raising|bring up|bringing up) (kids|children|a family)\b|\bbest (\w+ ){0,2}practices? (for|to|when|on)\b|\b(holiday|vacation|trip|city break) (to|in)\b|\bmuseums?\b|\b(train|bus|coach|flight|ferry)s? (connections? )?from [\w-]+ (\w+ )?to [\w-]+\b|\b(mechanic|garage)\b.{0,60}\b(my|our) (car|van|truck|land rover|motorbike|bike)\b|\b(my|our) (car|van|truck|land rover|motorbike|bike)\b.{0,60}\b(mechanics?|garage)\b|\b(train|bus|coach|car|flight|plane|ferry) or (train|bus|coach|car|flight|plane|ferry)\b|\b(best|cheapest|fastest|quickest) (train|bus|flight|ferry|connection)\b|\bticket (valid|price|cost)\b|\bvalid on the\b|\b(ruta|route|directions?|camino|como llego|how do i get to|fastest way)\b.{0,60}\b(aeropuerto|airport|aeroporto|a[eé]roport|train station|estaci[oó]n)\b|\bfor (visitors|tourists)\b|\btourist(s|y|ic)?\b(?! (guides?|guiding|trade|industry|sector)\b)(?<!\b(with|serving|served|serve|guiding|guide|guided|for) (the )?tourists?)|\bhow many (layers|epochs|neurons|parameters)\b/i;

/**
 * Asks the bot to produce something other than an answer from the knowledge: a text, a
 * translation, a joke, a look at the asker's own broken car or device; or tries to replace its instructions. Declined whatever it names:
 * "write me a poem about robots", "tell me a joke about cloud architects", "ignore all prior rules".
 */
export const ASKS_TO_PRODUCE =
  /\b(what|which words?|anything|something) rhymes? with\b|\bwords? (that|which) rhymes? with\b|\b(got|have|know|any) (a |any |another |some )?(good |funny |decent )?(jokes?|riddles?)\b|\b(donne-moi|donnez-moi|dame|dammi|gib mir|me da|me de)( \w+)? (sujets|idees|exemples|temas|ideas|ejemplos|idee|esempi|themen|ideen|titres|titulos)\b|\bme ayud(a|as|ás|ai) a (armar|hacer|crear|escribir|redactar|montar)\b|\b(share|send|give|provide)( me| us)? (the |some |a |sample |working )?(python |sql |java |javascript |js |c\+\+ |bash |excel |vba )?(code|script|snippet|macro|query)\b|(^|[.!?;:]\s*|\b(can|could|would|will) (you|u) (please |pls |just |quickly )?|\bplease |\bpls )(write|draft|compose|generate|rewrite|proofread) ((me|us)\b|(a|an|my|this|some)\b)|\b(can|could|would|will) (you|u) (please |pls |just |quickly )?(help me |help )?(make|create|build|train|code|program|fix|design|calculate|solve|fact-?check|debug|plan|write|draft|tune|optimi[sz]e|configure|troubleshoot)\b(?! (a |me a |me an )?(list|overview|summary|comparison))|(^|[.!?,;:]\s*)fact-?check\b|\btranslat\w* (in)?to (english|german|spanish|french|italian|portuguese|polish|dutch|turkish|arabic|chinese|japanese|korean|russian|hindi)\b|(?<!\b(who|whoever|that|which|whose|someone|somebody|person|one)\b[^.?!]{0,60})\btranslat\w* (the word |the phrase |this |that )?['"‘“„«]|\bhow (do you|do i|to|would you|can i) say ['"‘“„«]|(?<!\b(puesto|trabajo|cargo|oficio|empleo|rol|job|profesi[oó]n|lavoro|mestiere|m[eé]tier|poste|beruf) )\b(come si dice|c[oó]mo se dice|como se diz|comment (dit-on|on dit)|wie sagt man)\b(?! (ese|este|esa|esta|esse|essa|el|la|o|a|questo|quel|ce|das|diesen) (trabajo|puesto|rol|oficio|cargo|empleo|trabalho|lavoro|mestiere|m[eé]tier|poste|beruf|job))|\b(tell|give|make up|write)( me| us)?( a| another| some)? (\w+ )?(jokes?|poems?|songs?|haikus?|limericks?|riddles?|puns?)\b|\b(cu[eé]ntame|dime|raccontami|dimmi|conta-me|me conta|raconte-moi|conte-moi|erz[aä]hl mir|kwento ka)( \w+)? (un |una |uma |une |einen |ng )?(\w+ )?(chiste|broma|barzelletta|piada|blague|witz|joke)s?\b|\b(ignore|disregard|forget) (all |any |your |the )*(previous |prior |above |earlier |preceding |system )?(rules|instructions|prompts?|guidelines)\b|\byou are now\b|\b(get|break|hack|log) into (my|his|her|their|someone'?s|somebody'?s|a|an|the) (\w+'?s )?(instagram|insta|ig|snapchat|snap|tiktok|whatsapp|gmail|facebook|account|phone|email|wifi|wi-fi|router|computer|laptop)\b(?! (security|science|side|industry|field|sector|world|trade|business|career|jobs?))|\bhack(ing)? (into )?(my|his|her|their|someone'?s|the|our|a) (neighbou?r'?s? |schools? |school'?s )?(wifi|wi-fi|account|phone|email|website|site|server|system|grades)\b|\b(change|fix|edit) (my|his|her|their) grades\b|\bgive (me )?(\w+ ){0,2}code\b|\bsolve (this|these|it)( for me)?\b|\bshow (your |the |all )?(work|working)\b|\bhomework\s*[:,-]\s*(please )?(explain|write|solve|calculate|answer|show|prove)\b|\b(ay[uú]dame|me ayudas|ajuda-me|me ajuda) (con|com|na|no) (la |a |mi |minha |su )?(tarea|li[cç][aã]o de casa|deberes)\b|\bescr[ií]bel[ao]s? t[uú](?![a-z])|\bwith a worked (numerical )?example\b|\bwrite (my|an?|the) (\w+ ){0,2}(essay|homework|assignment|thesis)\b|\bcheck my (english|grammar|spelling|essay|text|writing)\b|\bcheck (my |the |a |this )?(\w+ )?calculations?\b|\b(required|needed) reinforcement\b|\b\d+[- ]words? (essay|explanation|summary|report|article|piece|answer)\b|\b(essay|composition|report|article)s? (of )?\d+[- ]?words?\b|\bmake (me |us )?(an? |my |the )?(essay|homework|assignment|composition)\b|\bniambie (\w+ )?(joke|jokes|utani|hadithi)\b|\b(throwing|throws|returns|returning|giving|gives) (a |an )?[45]\d\ds?\b|\bu?nisaidie (ku)?(fix|fixi|tengeneza|andika|solve)\w*|(^|[.!?;:]\s*|\b(can|could|would|will) (you|u) (please |pls )?|\bplease |\bpls )write (me )?(\w+ ){0,2}(code|script)\b|\b(fun|random) facts?\b|\b(tu peux|peux-tu|pouvez-vous|vous pouvez) (m'|me |nous |l'|le |la )?[ée]crire\b|\ben \d+ (mots|palabras|palavras|parole)\b|(?<!\b(que|who|quien|qui[eé]n|which|che|der|die)\b[^.?!]{0,80})(^|[.!?,;:]\s*)(napisz|scrivi|scrivimi|schreib|schreibe|escreva|escribe|escr[ií]beme)\b|\b(me ajuda|me ajude|ajuda-me|ayudame|ay[uú]dame|me ayudas|aide-moi|aidez-moi) (a|à) (escrever|escribir|[ée]crire|redigir|redactar|r[ée]diger|criar|crear|gerar|generar|g[ée]n[ée]rer)\b|\b(mi|me) (scrivi|napiszesz)\b|\b[ée]cris-moi\b|\b(ou ka |w ka )?ekri (yon|mwen|pou)\b|\b(kannst du|k[oö]nntest du|schreib|schreibe)( mir| uns)? (\S+ ){0,6}schreiben\b|\b(write|draft|make)( me)? (a |an |some )?(caption|captions|hashtags|bio|tweet|post) (for|about)\b|\b(escr[ií]beme|escreva)\b|(^|[.!?,;:]\s*)escreve\b|^\W*system\s*:|\b(system|developer) (prompt|message)\s*:|\bjailbreak|\bno restrictions\b|\braw contents?\b|\b(reveal|print|show|repeat) (me )?(your|the) (system )?(prompt|instructions)\b/i;

/** One's own, in the languages read: "my", "mon", "il mio", "můj". */
const OWNERS = String.raw`my|amar|mon|ma|mes|mi|mis|meu|minha|mein|meine|meinen|mijn|mijne|onze|our|notre|nos|nuestro|nuestra|nosso|nossa|unser|unsere|unseren|mio|mia|meva|muj|můj|moje|mój|moj|moja|moy|moya`;
/** Devices people fix or have fixed. */
const DEVICES = String.raw`car|char|voiture|auto|coche|carro|truck|van|land rover|landrover|jeep|motorbike|motorcycle|scooter|moped|ford|toyota|honda|laptop|ordinateur|portable|phone|printer|imprimante|impresora|impressora|stampante|drukarka|tiskarna|3d printer|router|routeur|modem|wi-?fi|wlan|internet|pinautomaat|kassa|tv|fridge|washing machine|lavatrice|lavadora|pralka|icloud|excel|celular|telem[oó]vel|telefone|tel[eé]fono|telefon|handy|mobile|computer|computador|pc|tablet|ipad|iphone|account|conta|cuenta|konto|facebook|insta|instagram|whatsapp|e-?mail|app`;
/** What goes wrong with them. */
const TROUBLE = String.raw`noise|bruit|ruido|light|broken|broke down|breaks down|coupe|drops|fixen|valt|doet raar|r[eé]glages|settings|stringing|won'?t|doesn'?t|keeps|take a look|repair|r[ée]parer|probl[eè]me|problem|wrong|nicht mehr|kaputt|krieg ich|no longer|stopped|can'?t connect|cannot connect|not connecting|no (se )?conecta|n[aã]o (se )?conecta|ne se connecte|se connecte pas|verbindet (sich )?nicht|non si connette|resolve this|troubleshoot|non funziona|non va|non mi fa|no funciona|n[aã]o funciona|n[aã]o quer|nefunguje|ne rabotaet|ne raboti|ne radi|ne dela|ne deluje|nie dzia[lł]a|werkt niet|geht nicht|funktioniert nicht|blocca\w*|bloque\w*|blocheaz\w*|trava\w*|pieno|lleno|cheio|plein|voll|error|erreur|errore|arreglar|consertar|riparare|opravit|pochinit`;
/** Asking how to mend something: "how do I fix", "kak pochinit'", "come si ripara". */
const HOW_TO_FIX = String.raw`how (do i|do you|to|can i|should i) (fix|repair|reset|unjam|sort)|kak (pochinit|ispravit)|jak (to )?(opravit|naprawi[cć]|spravit)|come (si )?(ripar|sistem|aggiust)\w*|c[oó]mo (lo |la )?(arreglo|reparo|arreglar|reparar|soluciono)|como (eu )?(conserto|arrumo|resolvo|consertar|arrumar)|comment (le |la )?(r[ée]parer|r[ée]pare|d[ée]bloquer)|wie (repariere|reparier|behebe|krieg) ich|hoe (repareer|maak|fix) ik`;

/**
 * Tells of one's own device in trouble ("my printer keeps stringing", "our wifi drops", "il mio iCloud è
 * pieno", "meu celular não quer conectar"; the owner after the device, as Bulgarian has it: "routera v
 * apartamenta mi ne raboti"), or asks how to mend a device ("printer HP ne pechataet…, kak pochinit'?"): an
 * errand for a repairer, unless the message asks which job deals with such things.
 */
export const TELLS_OF_DEVICE_TROUBLE = new RegExp(
  String.raw`\b(${OWNERS})\s+([\w'-]+\s+){0,3}?(${DEVICES})\b.{0,80}(${TROUBLE})|\b(${DEVICES})(a|at|ot|ut|en|et)?\s+([\w'-]+\s+){0,3}?(${OWNERS})\s+(${TROUBLE})|\b(${DEVICES})\b.{0,120}\b(${HOW_TO_FIX})`,
  'i',
);

/**
 * Asks how to get back an account someone took over ("somebody hack mi facebook…, how mi get it back??",
 * "mis insta isch ghackt worde…, wie chum ich wieder in min account ine"): an errand for the platform.
 */
const RECOVERS_A_HACKED_ACCOUNT =
  /\b(hack|hacks|hacked|hacking|hijacked|na-?hack|hackearon|hackearam|hackeado|invadiram|gehackt|ghackt|pirat[ée]|hack[ée]|hackerato)\b.{0,100}\b(get (it|them|my \w+) back|back into (my|it)|log ?(back )?in(to)? (my|it)|zur[uü]ck(bekommen|holen|kriegen)|wieder (in|ine|rein)|recuperar (mi|minha|meu|a minha|o meu)|r[ée]cup[ée]rer (mon|ma|mes)|recuperare (il mio|la mia)|mabawi|ibalik)/i;
/** The asker, as subject or owner: "how mi get it back", "wie chum ich", not "how do they get it back online?". */
const ASKER = /\b(i|mi|me|my|we|our|ich|min|mein|meine|meu|minha|mon|ma|moj|moje)\b/i;

export function asksToRecoverAnAccount(message: string): boolean {
  return RECOVERS_A_HACKED_ACCOUNT.test(message) && ASKER.test(message);
}

/** Homework and school assignments, in the languages parents and students write in. */
const HOMEWORK =
  /(?<![\p{L}\p{N}])(homework|home work|huiswerk|tarea|devoirs?|hausaufgaben?|hausufgab\w*|compiti|li[cç][aã]o de casa|trabalho da escola|tpc|zadanie domowe|dom[aá]c[ií] [uú]kol|[oö]dev|takdang[- ]aralin|assignment|domashk[aiu]|domashnee zadanie|kazi ya nyumbani)(?![\p{L}\p{N}])|作业|作業|宿題|숙제|домашн/iu;
/** A school subject or exercise: what homework about smart-city careers would not be. */
const SCHOOL_SUBJECT =
  /(?<![\p{L}\p{N}])(math|maths|mathematics|mate|matem[aá]ticas?|matematica|mathe|wiskunde|matematika|algebra|geometry|fractions?|equations?|multiplication|times tables?|percentages?|probability|photosynthesis|fotosynthese|fotoss[ií]ntese|fotos[ií]ntesis|grammar|spelling|essay|poem|biology|chemistry|physics|geography|history of)(?![\p{L}\p{N}])|数学|算术|理科|수학|과학|광합성/iu;

/**
 * Asks for help with homework in a school subject ("Could you also help my daughter with her math homework?",
 * "mijn dochter moet voor morgen huiswerk maken over fotosynthese"): for a tutor, not a careers bot.
 */
export function asksForHomeworkHelp(message: string): boolean {
  return HOMEWORK.test(message) && SCHOOL_SUBJECT.test(message);
}

/** A complaint of the body: "high BP", "my back a kill mi", "chopfweh", "mal au dos", "38 di febbre". */
const SYMPTOM =
  /\b(blood pressure|high bp|bp (is|been|high)|back (hurts|pain|is killing|a kill)|my back|mi back|knees? (are|is|hurt|shot|pain)|headaches?|migraines?|fever|cough(ing)?|sore throat|toothache|stomach ?ache|tummy|ache|aches|chopfweh|kopfschmerz\w*|r[uü]ckenschmerz\w*|mal (au|aux|à la) (dos|ventre|t[eê]te|gorge|dents|genou)|dolor de (espalda|cabeza|est[oó]mago|rodilla|muela)|dor (de cabe[cç]a|nas costas|no joelho|de est[oô]mago)|mal di (testa|schiena|pancia)|febbre|fiebre|febre|ponei to kefali|ponokefal\w*|kaywja3ni|bolit golova|boli me)\b/i;
/** Asks what to take, eat or do about it, or whether to see someone. */
const ASKS_ADVICE =
  /\b(what|which|wetin|wah|wat|que|qu[eé]|quoi|was|cosa|che|ti|chno|chnou)\b.{0,40}\b(take|tek|eat|chop|avoid|quit eat\w*|prendo|prendre|tomar|tomo|nehmen|pkio|piw|pio|ndir)\b|\b(should|shall) (i|she|he|we) (take|see|go to|eat|avoid)\b|\b(s[oö]ll|soll) (i|ich) (zum|zur|a|an)\b|\b(pills?|tablets?|cream|cr[eè]me|pommade|ointment|medicine|meds|painkillers?|ibuprofen|paracetamol|tachipirina|cortisone|kin[ée]|physio|arzt|doctor|m[ée]decin|medico|m[ée]dico|exercices|exercises|stretch\w*)\b.{0,30}\?|\bworth gett?in\w*\b/i;

/**
 * Asks for advice on one's health ("my knees are shot…, them cortisone shots worth gettin?", "j'ai mal au
 * dos…, kiné ou pommade?"): for a doctor, not a careers bot.
 */
export function asksForHealthAdvice(message: string): boolean {
  return SYMPTOM.test(message) && ASKS_ADVICE.test(message);
}

/**
 * Asks which job does something, described rather than named: "is there a job that stops hackers…",
 * "who makes a new app popular…", "what do you call the person who…". Strong evidence, not
 * certain: "who makes the best pizza?" is worded the same.
 */
export const ASKS_FOR_ROLE =
  /\bwhich one (makes|builds|designs|does|runs|fixes|looks after|keeps|handles|protects|creates|programs|sets up) (the |them |those |these |all the )?\w+|\b(are|is) (there )?any (of )?(the |these |those |your |them |ur )?(roles|jobs|careers|ones)\b(?! (for|that suit|that fit)\b)|\bwhich ones (are|r|is|do|does|need|needs|use|uses|involve|involves|deal|deals|work|works|have|has)\b|\bany (of )?(these|those|them|em|'em|dem)( [\w-]+)? (that|where|which|who|deal|deals|involve|involves|use|uses|need|needs|work|works|with|for|fly|flies|build|builds|fix|fixes|make|makes|run|runs|do|does|handle|handles|program|programs|design|designs|look after|looks after)\b|^\W*(anything|any (jobs?|roles?|careers?)|something) (that has |that have )?to do with\b|\b((which|what) (one|ones|jobs?|roles?|careers?)|any of (them|these|those)) (got|has|have|get|gets) (\w+ )?to do with\b|\b(job|role|work|person|people|guy)\b[^.?!]{0,40}[.?!,]\s*what('?s| is)? (the |its |his |her |their |that )?name(?=\W*(?:\([^()]*\)\W*)?$)|\bwhich of (these|those|them|em|'em|dem|dem ones|the roles|the jobs|your roles|your jobs|ur roles|ur jobs) (are|r|is|involve|involves|need|needs|use|uses|deal|deals)\b|\bwhich of (these|those|the|your|ur) (jobs|roles|careers|positions)\b|\bwho('s| is| are) the (person|people|one|guy|specialist|professional)s? (in|at|for|who|that)\b|\bwho('s| is) it that\b|\bqui (qui |est-ce qui |est ce qui )?s'occupe (des?|du|de la|d')|\bhoe heet (die|dat|deze|het|zo'?n) (job|baan|beroep|functie|rol)\b|\bwhose (job|role|responsibility|task|department) (is it|would it be|is that|is this)\b|\bwho(se)? (is |would be )?(responsible|in charge) (for|of)\b|\b(is there|are there|any|there'?s)\s+(a |an |some )?(job|role|career|position|profession|person|people|specialist|owt|anything|summat)s?\s+(that|where|which|who|for|in charge)\b|\b(what|which)\s+(of (these|those|the|your|them) )?(kind of |type of )?(job|role|career|position|profession|post|gig)s?\b|\bwho\s+((would|could|will|should|might|can|gets? to|has to|have to|needs? to|is going to|is meant to) )?(does|makes?|builds?|designs?|runs?|looks? after|maintains?|fix(es)?|programs?|plans?|decides?|keeps?|checks?|handles?|manages?|works? on|takes? care|sets? up|installs?|repairs?|creates?|develops?|helps?|gets?|protects?|secures?|guards?|defends?|monitors?|analy[sz]es?|trains?|connects?|operates?|coordinates?|leads?|stops?|prevents?|blocks?|fights?|catches|detects?|investigates?|studies|researches|teaches|tests?|codes?|writes?|prints?|promotes?|markets?|funds?|negotiates?|organi[sz]es?|persuades?|convinces?|translates?|predicts?|automates?|integrates?)\b|\bwhat (do|would) (you|u|ye|ya|yous|they|people) call\b|\bwhat('?s| is) (that|this|it|he|she) (even )?called\b|\b(what|how) (is|are|'s) (that|this|the|such an?) (fellow|chap|bloke|guy|person|role|job|position) called\b|\bwho (do|should|would|could|can) (i|we|you|they) hire\b|\b(need|want|looking for|hire|hiring|find) (somebody|someone|a person|people|a guy) (to|who|that)\b|\bwho('?s| is| are) (supposed to|meant to|\w+ing)\b|\bwho('?s| is| are) (actually |really )?(on the hook|in charge|responsible|accountable)\b|\b(is )?there a name for (that|this|it|them)\b|\bwhat('s| is) (the|that) (job|role|person)\b|\bwhat('s| is) the (\w+ )?(job )?title for (that|this|them|it)\b|\bthe (job|role|person|guy|guys|people|folks|one|ones) (who|that|where)\b|\bwho('?s| is| are) the (\w+ ){0,2}(souls?|person|guy|guys|one|ones|folks?|people|team|crew|genius(es)?|hero(es)?|wizards?|brains?|masterminds?|nerds?|geeks?) (that|who|which|\w+ing)\b|\bwho('?s| is| are) the ([\w-]+ ){1,3}(that|who) (\w+s|make|keep|get|run|build|design)\b|\bwho (sorts|crunches|wrangles|figures|works|deals|looks|makes sense|takes care|chases|finds|brings|gets|turns|talks|sells|pulls|puts|tests|keeps|watches|plans|maps|models|measures|tracks|counts|prints|flies|drives|writes|draws|studies|organi[sz]es)\b|^\W*(quem|quien|qui[eé]n|qui|wer|chi|sino|sinong|nani|kto|ki moun)\s|\b(kaun ?s[aei]|kon ?s[aei]|kaunsa|kaunsi|kaunse|konsa|konsi|konse) (\w+ ){0,2}(roles?|jobs?|kaam|naukri|naukriyan|posts?|positions?)\b|\b(roles?|jobs?|kaam|naukri|naukriyan|posts?)\b.{0,20}\b(kaun ?s[aei]|kon ?s[aei]|kaunsa|kaunsi|kaunse|konsa|konsi|konse) (hai|hain|he|h)\b|\bano (po )?(yung|ang|ba ang|ba yung) mga (jobs?|trabaho|roles?|posisyon)\b|\b(what|which) (are|r) (the |some |any |all the )?([\w-]+ ){1,3}(jobs|roles|careers|positions)\b/i;

/**
 * Asks the bot to take a side in politics: "who should I vote for, Labour or the Tories?", "which
 * party is best for smart cities?". Declined whatever it names.
 */
const TAKES_SIDES =
  /\b(who|which (party|candidate|one)|what party) (should|do|would|must) (i|we|you|people) (vote|be voting)( for)?\b|\b(which|what) (party|candidate) (should|do|would|must) ([\w-]+ ){1,3}vote\b|\bshould i vote\b|\b(which|what) (political )?party (is|has|would be) (best|better|right)\b|\b(which|what) (political )?party\b[^.?!]{0,40}\b(has|have|is|did|does) (done |performed |been |the )?(best|better|worse|right|more)\b|\b(op )?welke partij (moet|zou|kan) ik\b|\bop wie (moet|zal|zou) ik stemmen\b|\b(which|what) (political )?party (would|will|should|could|can|is going to) (\w+ )?(stop|scrap|end|back|support|fund|cut|ban|put)\b|\b(pick|choose|take) (a )?sides?\b|\b(vote|voting) (for )?(labour|tory|tories|conservatives?|democrats?|republicans?|liberals?|greens?|the (left|right))\b|\b(por|en) qui[eé]n (voto|votar|deber[ií]a votar|votamos)\b|\b(pour qui) (voter|je vote|dois-je voter)\b|\bem quem (voto|votar|devo votar)\b|\bwen (soll|sollte) ich w(ä|ae|a)hlen\b|\bwho (i|we) (should|oughta|ought to|gonna|will|would) vote\b|\b(ganar|win|gagner|vencer|gewinnen) (las |the |les |as |die )?(elecciones|elections?|[eé]lections|elei[cç][oõ]es|wahl|wahlen)\b|\b(who|quien|qui[eé]n|qui|wer|quem|chi|kuka)\b[^.?!]{0,40}\b(win|wins|gana|ganara|gagne|gagnera|gewinnt|ganha|vince|voittaa)\b[^.?!]{0,60}\b(elections?|elecciones|alcald[ií]a|[eé]lections?|wahlen|wahl|elei[cç][aã]o|elei[cç][oõ]es|elezioni|vaalit|eduskuntavaalit|mayoralty|presidency)|\b(sino|sinong) (po )?(ang )?(dapat|pwedeng)? ?(iboto|iboboto|botohin)\b/i;

/** Asks for the bot's own view ("your opinion", Hindi "tumhara opinion"). */
const ASKS_ITS_VIEW =
  /\b(offer|give|share) (us |me )?(a|an|your) (view|opinion|verdict)\b|\bmenurut (kakak|kamu|anda|lo|lu|mu)\b|\b(your|ur|tumhara|tumhari|aapka|aapki|apka|apki|tera|teri) (honest |own |personal )?(opinion|view|take|verdict|raay|rai)\b|\bdo (you|u) (think|reckon|believe)\b|^\W*(you|u) (think|reckon|believe)\b|\b(qu[eé]|que) (opinas|piensas|te parece)\b|\bche (ne )?pensi\b|\bcosa ne pensi\b|\bo que (voc[eê] )?(acha|pensa)\b|\b(voc[eê]|tu) (acha|achas|pensa|pensas) que\b|\b(tu|usted) (crees|cree|piensas|piensa) que\b|\b(vous pensez|tu penses|tu trouves|vous trouvez) que\b|\b(glaubst|findest|denkst) du,? (dass|das)\b|\bqu'en penses-tu\b|\bwas (h[aä]ltst|denkst) du\b|\bwie (beurteilen|bewerten|sehen) sie\b|\bwie (beurteilst|bewertest|siehst) du\b|\bti gnwmh exeis\b|\bgnwmh sou\b/i;
/** A government or its politicians, whose record a view would judge. */
const GOVERNMENT =
  /\b(govt|government|gov|sarkar|minister|prime minister|president|mayor|council|administration|ministry|modi|politicians?|gobierno|gouvernement|regierung|bundesregierung|landesregierung|nato|elections?|parliament|congress|senate|kyvernhsh|kybernhsh|democracy|democratic|governo|alcalde|alcaldesa|sindaco|sindaca|prefeito|prefeita|maire|b[uü]rgermeister|b[uü]rgermeisterin|presidente|ministro|ibu kota|pemerintah|eu|european union|legislation|regulation)\b/i;

/**
 * Asks the bot to take a side in politics: to say whom to vote for, or to judge a government's
 * record ("Modi govt ka Smart Cities Mission successful hua ya fail? tumhara opinion?"). `asked` is
 * the part that asks, when the rest tells of the asker: someone who sat on council committees and
 * asks "Where would she fit, do you think?" asks for no judgement of the council.
 */
export function takesSides(question: string, asked = question): boolean {
  const view = asked.replace(NAMING_ASKED_WITH_A_TAG, '');
  return TAKES_SIDES.test(question) || (ASKS_ITS_VIEW.test(view) && GOVERNMENT.test(view));
}

/**
 * "What would his job be called, do you think?": a question for a name, a place or a person, softened
 * by a tag, asks for no view. "Is the council doing well, do you think?" still does.
 */
const NAMING_ASKED_WITH_A_TAG =
  /(^|[.!?]\s*)(what|which|who|whose|where)\b[^.!?]*,\s*(do|would) (you|u) (think|reckon|say)\W*$/i;

/** Asks for the bot's view on a policy or a value question. */
// "should we hire…" asks whom to hire, not for a view.
const OPINION =
  /\b(your (view|opinion|thoughts|take|policy view)|(do|don'?t|do not) you (think|believe|agree)|don'?t you(?=\W*$)|should (\w+ ){1,2}be allowed to|should (we|municipalities|cities|governments?|the city)(?! (be )?(hire|hiring|recruit|recruiting|advertise|advertising|look(ing)? for|employ|bring in|get|train|upskill)\b)|is it (right|fair|ethical|moral)|policy|politic(s|al|ians)?)\b/i;

export function scopeFeatures(e: ScopeEvidence): number[] {
  const { coverage, known, denseTop, lexicalTop, bestDocShare } = e.retrieval.signals;
  const content = known.length + e.retrieval.signals.unknown.length;
  // "kiberbiztonsaggal" is no word of the knowledge, but a gloss reads it: it is not what makes a question foreign.
  const unknown = e.retrieval.signals.unknown.filter((w) => !e.understood(w));
  const isCareer = (w: string) => CAREER_WORDS.has(stemTerm(w));
  const career = [...known, ...unknown].filter(isCareer).length;
  // What the question is about once the words about work are set aside: "dental hygienist salary"
  // is about dental hygienists, which the knowledge does not know.
  const topicWords = content - career;
  const topicUnknown = unknown.filter((w) => !isCareer(w)).length;
  return [
    coverage,
    content ? unknown.length / content : 1,
    Math.log1p(content),
    // BM25 grows with the number of words matched; per word it says how well each is matched.
    lexicalTop / Math.max(content, 1),
    bestDocShare,
    denseTop,
    e.namesSkill ? 1 : 0,
    e.namesTopic ? 1 : 0,
    e.retrieval.names.some((m) => !m.exact) ? 1 : 0,
    e.asksForFit ? 1 : 0,
    e.fitShare,
    e.asksGap ? 1 : 0,
    Math.min(career, 3),
    topicWords > 0 ? topicUnknown / topicWords : 0,
    e.asksAboutOtherOccupation ? 1 : 0,
    TASK.test(e.question) ? 1 : 0,
    OPINION.test(e.question) ? 1 : 0,
    HOW_TO_OR_BUY.test(e.question) ? 1 : 0,
    ASKS_FOR_ROLE.test(e.question) ? 1 : 0,
    e.wording,
  ];
}
