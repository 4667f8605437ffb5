import { withoutAccents, words } from '../text/normalize.js';
import { cityNamesIn } from './city-names.js';
import { countryNamesIn } from './country-names.js';

/**
 * What people ask about careers that this knowledge base does not hold. When a question about a
 * known role or topic asks for one of these, the answer says so plainly before giving what the
 * knowledge does hold, so a description never poses as the answer. Each entry's examples double
 * as its tests.
 */
export interface GapTopic {
  id: string;
  /** Completes "The knowledge base does not cover …". */
  label: string;
  pattern: RegExp;
  examples: string[];
}

export const GAP_TOPICS: GapTopic[] = [
  {
    id: 'pay',
    label: 'pay or salaries',
    pattern:
      /\b(starting|hourly|day|going) rate\b|\bballpark comp\b|\bgaji(nya)?\b|\bcomp (range|band|package|bands)\b|\bcu[aá]nto (cobra|cobran|gana|ganan)\b|\bhow much (does|do|would|will|can) (a |an )?[\w -]{3,40} (pull|bring home|take home|clear|pocket)\b|\bwhat('?s| is| are) (a|an) [\w -]{3,40} on\b[^.?!]{0,30}\b(per|a|an) (year|annum|hour|month|week)\b|\b(b[iy]e?ksab|beyeksab) kam\b|\b(salar(y|ies)|mortab|mortabo|mortabat|luong|thu nhap|tankhwah|tankhaah|tankhah|plirwnetai|plironetai|pliromi|misthos|tsalin|entgelt\w*|tarifgruppe|gehaltsstufe|comp (bands?|ranges?|package)|total comp|bonus(es)?|pay(?! ((a|the|my|your|their|his|her|our|for|for the|for a|for my|for their) )?(water |electricity |gas |power |council |parking |phone |utility )?(bills?|fines?|tax|taxes|rent|parking|tickets?|invoices?|fees?|online|by card|with|attention)\b)|paid(?! to [a-z])|(best|better|highest|higher|high|top|well|good|decent|low|lower|lowest|poorly|badly)[- ]paying|pays(?! ((a|the|my|your|their|his|her|our|for|for the|for a|for my|for their) )?(water |electricity |gas |power |council |parking |phone |utility )?(bills?|fines?|tax|taxes|rent|parking|tickets?|invoices?|fees?|online|by card|with|attention)\b)|pull(s|ing)? (down|in)|earn(s|ing|ings)?|wages?|income|compensation|remuneration|(?<!\b(?:grant|govt|government|funding|public|donor|federal|outside|external|seed|investor|investment|chas(?:e|es|ing)(?: the)?|rais(?:e|es|ing)|secur(?:e|es|ing)|find(?:s|ing)?|seek(?:s|ing)?|after the) )money(?!(?: in)? (?:for|from) (?:the )?(?:city|council|town|projects?|government|grants?|smart)\b)|(day|daily|hourly|contract|contractor|freelance|going|market) rates?|rates? (of pay|per (hour|day))|how much(?= (do|does|can|will|would) (\w+ ){1,4}(make|earn|get)\b)|(?<=how much (do|does|can|will|would) (\w+ ){1,4})(make|get|pull in|bring in|take home)|how much\W*$|how much (an|a|per|each|by the) (hour|day|week|month|year)\b|(?<=how much (\w+ ){0,6})(per|every|a|each) (month|year|hour|week|annum)|rich|gehalt|(was|wie viel) (\w+ )?(zahlt|bezahlt|verdient) man|sueldo|salario|gana|ganar|ganha|cobra|cobran|cobrar|paga|pagan|make how much|verdient|verdienen|gagne|zarabia|zarabiaja|zarobki|wide(l|ł)ki|stipendio|guadagna|guadagno|sweldo|sahod|cedis|naira|rupees|lakhs?|lpa|ctc|shillings|dirhams?|ringgit|kwacha|maas|maasi|take home|kroner|\brand (per|a) (month|year)|netto|brutto|pro monat|im monat|kac (bin )?lira|kac para|kazan(ir|iyor|c|cli|ilir)|castig(a|i|ul)?|salariu\w*|zarad(a|e|i|iti)|zara(đ|d|dj)uje|pla(ć|c)(a|u|e)(?= (za|u|kao|je|mi|ti|od|po|na|mjese\w*))|plaće|plaću|mshahara|(ana|wana)lipwa|ngapi kwa mwezi)\b|\$\$|💰|💵|€|薪|工資|工资|人工(?!智)|收入|給料|年収|月給|연봉|월급|급여/i,
    examples: [
      "roughly what's the starting rate for a 3d printing tech? hourly is fine",
      'how much does a robotics specialist pull compared to a lift tech',
      "what's a cyber security analyst on round here, per year roughly?",
      '¿cuánto paga un platform developer en CDMX?',
      '¿cuánto cobra un data scientist?',
      'siber güvenlik analisti maaşı ne kadar?',
      'robot uzmanı ayda ne kadar kazanır?',
      'cât câștigă un data scientist în Madrid?',
      'how much naira does a cloud architect take every month?',
      'how much an hour does a data scientist make',
      'el cloud architect mortabo kam?',
      'how much euro make data scientist in Hamburg? netto pro monat',
      'roughly what does a cloud architect take home in rand per month?',
      'what does a cloud architect earn in Berlin?',
      'urban mechanic salary',
      'ile zarabia cloud architect w Polsce?',
      'is data science well paid',
      "what's the comp band for a cloud architect, base and bonus?",
      'data scientist lương bao nhiêu 1 năm?',
      'how much does a data scientist pull in a year?',
      'hourly rate for a freelance VR designer?',
      'cloud architect 喺香港人工幾多?',
      'data scientist の年収はどのくらい?',
      'koliko se zaradi kao data scientist u Zagrebu?',
    ],
  },
  {
    id: 'training',
    label: 'courses, certifications or where to study',
    pattern:
      /\b((what|which) (degree|course|qualification|diploma)s?|(what|which) (should|do|would|must) (i|you|he|she|they|one) (major|minor) in|(what|which) (major|subjects?) (should|do|would|must)|quel(le)?s? (e|é)coles?|quel(le)?s? (formation|dipl(o|ô)me|cursus|certification)s?|(faire|suivre) (une|la|quelle) formation|gcses?|a[- ]levels?|school subjects|(subjects|options) to (pick|choose|take)|zertifikat\w*|zertifizierung\w*|certifs?|certif(y|ying|ies)( (body|bodies|organi[sz]ations?))?|(recogni[sz]ed|formal|professional|industry|official|required) credentials?|credentials? (for|to become|needed|required)|certyfikat\w*|certifikat\w*|kurs|kursy|chartered( status)?|(iet|ieee|bcs|rics|ice|isaca|comptia) (membership|member|certification)|professional (body|membership|registration)|courses?|cursos?|cours|scholarships?|bursar(y|ies)|(no|without a|need a|needs a) degree|degree (required|needed|necessary)|khoa hoc|chung chi|umschulung(en)?|weiterbildung(en)?|ausbildung(en)?|(online|free|evening|night|weekend) class|kurse?|kursu|kurslari|bootcamps?|classes|(?<!\b(running|run|runs|holding|holds|giving|gives|delivering|delivers|doing|does|model|models|staff|customer|user|crew|sales) )training(?! (them|him|her|staff|people|clients|users|customers|businesses|companies|firms|sessions?|sims?|simulations?|models?|data|crews?|employees|new|events?|days?|the|their|our|up)\b)|certifica\w*|sertifika\w*|oscp|cissp|ceh|comptia|ccna|ccnp|pmp|itil|zertifi\w*|certyfika\w*|certified|certs?|quals|licen[cs](e|es|ed|ing)|accredit\w*|med(ical)? school|zulassung|diplomas?|(?<=\b(go|goes|going|went|gone|study|studying|studied|attend|attending|need|needs|needed|require|requires|required|without|no|which|what|best|good|top|apply|applying|into|at) (a |the |to |into |at )?([\w-]+ )?)(universit(y|ies)|unis?|colleges?)\b|(universit(y|ies)|unis?|colleges?) ([\w-]+ ){0,2}recommend|(universit(y|ies)|uni|college) (degrees?|course|courses|education|diplomas?|programmes?|programs?|necessary|needed|required|essential|worth it)|(need|needs|required?|requires|worth|get|getting|do|doing|without|which|what|recommend\w*|good|best) (a |an |the |my |any )?(phd|msc|mba|master'?s( degrees?)?)|(phd|msc|mba|master'?s)( degrees?)? (programmes?|programs?|courses?|needed|required|necessary|essential|worth it)|mooc|online course|tutorials?|apprenticeships?|cissp|ccna|ccnp|ccie|comptia|aws certified|le wagon|app academy|general assembly|ironhack|flatiron|lambda school|codecademy|coursera|udemy|udacity|edx|springboard|(az|ai|dp|sc|ms|pl|md)-\d{3}|saa-c0\d|(solutions architect|sysops administrator|devops engineer) (associate|professional)|nanodegrees?|(un|una|um|el|le|quin|quina|ce|care) (master|m[aá]ster|mestrado|maestr[ií]a|masterat)|curs|cursuri|masterat|faculdade|facultad|facultate|anos de estudo|a[nñ]os de estudio|anys d'estudi|ani de studiu|egitim|universite)\b|\bsecurity\+/i,
    examples: [
      'jaky certifikaty potrebuju na cloud architekta? AWS SAA staci?',
      'what should i major in if i wanna be a machine learning scientist',
      'do you need an industry credential to work as a cloud architect?',
      'which certifying body signs off robotics specialists?',
      'Does one need chartered status or IET membership to be taken seriously as an industrial network engineer?',
      "Est-ce qu'il faut une certif particulière pour devenir architecte cloud ?",
      'for a cyber security analyst should I ask for OSCP or is CISSP enough?',
      'is there a bootcamp for becoming a data scientist?',
      'which certifications does a cyber security analyst need',
      'which uni is best for VR design',
      'does a neuro implant technician need a medical license?',
      'is there sertifikat I need for cloud architect?',
      'does a platform developer need a CCNP or something?',
      'what quals does a robotics specialist need',
      'is the AZ-305 worth it for a cloud architect?',
      'le wagon or ironhack to become a platform developer?',
      'ce master sau curs trebuie sa fac ca sa devin data scientist?',
      'pra ser cloud architect precisa de faculdade? quantos anos de estudo?',
      'y a-t-il un master pour devenir urban mechanic?',
      "Y'a-tu des cours au cégep pour devenir technicien en impression 3D?",
      'does cisco hire people with no degree?',
      'có khóa học nào cho cloud architect không?',
      'which A levels should my son take to become a data scientist?',
    ],
  },
  {
    id: 'openings',
    label: 'job openings or which employers are hiring',
    pattern:
      /\bwho (usually |typically |normally |actually |even )?(hires|employs|recruits) (them|these|those|such|people like (that|them|this))\b|\b(do|does|would|will) (they|he|she|you) (usually |typically |mostly )?(be )?(work|working) for (the )?(council|city|municipality|government|state|public sector|private (sector|companies|firms))\b|\bwho (do|does|would) (they|he|she|you) (usually |typically |mostly )?work for\b|\b(is|are) (\w+ ){1,6}(still |actually |really )?(hiring|recruiting)\b|\b(who|which companies|which firms|anyone|anybody)('?s| is| are)? (\w+ )?(hiring|recruiting)\b|\b(hay|existen|tienen) (\w+ )?(ofertas|vacantes)\b|\b\w+ (is|are) (still )?hiring (in|for|now|rn)\b|\b(a|is) hire (right now|now|rn)\b|\bszukaj[aą] (teraz )?(ludzi|pracownik[oó]w)\b|\blowongan( kerja)?\b|\bhiring (now|rn|right now|or not)\b|^(?!.*\b(who|we|i|should|to|be)\b)\W*(\S+\s+){1,3}hiring\W*$|\bhiring ([\w-]+ ){1,4}(right now|rn|currently|at the moment|atm|these days|this (year|month))\b|\b(companies|firms|employers|anyone|anybody) (\w+ ){0,4}(who|that) (hire|hires|recruit|recruits|employ|employs) ([\w-]+ ){1,4}(right now|rn|currently|at the moment|now|these days)\b|\b(estan|est[aá]n?|estao|est[aã]o) contratando\b|\bcontratan\b|\bzaposljava\w*|\bdey (hire|hiring|recruit|recruiting|employ)\b|\bembauchent\b|\bstell(en|t) (\S+ ){0,8}ein\b|\blowongan\b|\bmay hiring\b|\bhiring po ba\b|\bnaghi-?hire\b|\bloker\b|\b(offene|freie) stellen\b|\b(taking|takin) (on )?([\w-]+ ){0,2}(folk|people|guys|lads|blokes|staff|workers|grads|graduates|apprentices|trainees|interns|engineers|technicians|architects|analysts|scientists|developers|designers|specialists|programmers|techs|anyone|any ?body)( on)?\b|\bnaukri (\w+ ){0,2}(nikli|nikali|aayi|hai kya|milegi)\b|\b(vacancy|vacancies|bharti) (\w+ )?(nikli|aayi|hai kya)\b|\bis ilan\w*|\beleman ar\w*|\bnafasi za kazi\b|\b(openings|job openings?|vacanc(y|ies)|vacantes?|vagas|vacatures|stellenangebote|offres d'emploi|job (posts?|postings?|ads?|offers?|boards?)|(who|who'?s|whos|which compan\w*|what compan\w*|which employers?|what employers?|which firms?|anyone|any ?body)( \w+)? (is |are )?hiring|(which|what) (\w+ ){0,2}(cities|countries|places|regions|companies|firms|employers) (are |is )?(hiring|recruiting)|hiring (now|right now|rn|atm|at the moment|currently|near me)|(jobs?|positions?|roles?|places|companies)( \w+){0,2} hiring (in|near|around|at)\b|where (can|do|should|could) i apply(?! (my|his|her|their|what)\b)|where (do |can |should |could )?i (send|submit|drop) (my |a |the )?(cv|resume|application)s?\b|how (do|can|does|would|should) (i|one|you|we) apply|where (i can|to) apply|apply (for|to) (a|an|the)? ?(job|position|role)|open (positions?|jobs?|roles?|vacancies)|postes? (\w+ ){0,3}ouverts?|(jobs?|positions?|roles?|work|vacancies)( \w+)? (going|goin'?) (in|at|near|around|round)\b|(cities|countries|companies|firms|employers|municipalities|governments|they|anyone|people)( \w+){0,2} still (hiring|recruiting)|(jobs?|positions?|roles?) (are )?open|internships?|offres? de stages?|stages? pfe|pasantias?|estagios?|praktik(um|a|anten)|recruit(ers|ing agencies)|which companies|(does|do|will|would) [a-z]+( [a-z]+){0,2} (hire|recruit|take on|employ) ((\w+ ){0,3}(people|folks|guys|scientists?|engineers?|analysts?|developers?|designers?|technicians?|specialists?|architects?|programmers?|interns?)|fellas|folks|people|guys|someone|anyone|grads|graduates|freshers|older|women|men|foreigners|teenagers|teens|students|kids|juniors|beginners|apprentices)|(which|what) (companies|employers|firms|organi[sz]ations) (hire|employ|recruit|take on|want))\b/i,
    examples: [
      'are there companies in Lyon that hire platform developers right now?',
      '¿Hay ofertas de antropólogo digital acá en Buenos Aires ahora?',
      'da li Cisco trenutno zapošljava u Beogradu?',
      'cloud architects hiring?',
      'any data scientist jobs goin in Leeds?',
      'urban mechanic: would they be working for the council then, or is it more a private thing?',
      'who usually hires them, a cloud architect i mean',
      'how many openings are there for urban mechanics?',
      'which companies are hiring platform developers',
      'are cities actually still hiring robotics specialists this year?',
      'is cisco hiring interns for smart city work now?',
      'is the council presently recruiting cyber security analysts, and how does one apply?',
      'are any councils in Melbourne or Sydney actually hiring for this smart city stuff?',
      'Czy Warszawa ma jakieś programy smart city i czy szukają teraz ludzi?',
      'any internships for data scientists?',
      'any cloud architect jobs hiring in Lisbon?',
      'há vagas para cloud architect em Lisboa?',
      'what companies hire alliance directors',
      'any firms in Aberdeen takin on cyber security folk?',
      'is Bosch taking on robotics specialist guys at the moment?',
      'pune smart city me naukri kaha nikli hai abhi',
      'Bosch hiring robotics specialists right now?',
      'does amazon hire data scientists or is that a myth',
      'may hiring po ba sa Riyadh para sa smart city jobs?',
      'Leeds council hiring now for smart city? where do i send my CV',
      'y a des offres de stage en data science à Rabat en ce moment ?',
    ],
  },
  {
    id: 'experience',
    label: 'how many years of experience or how long it takes',
    pattern:
      /\b((years?|yrs?)'? (of )?(experience|exp)\b|how many (years?|yrs)|how (long|much) (of )?(experience|exp)\b|kitne (saal|years?)|uzoefu wa miaka|experience chahiye|ile (to )?trwa|tapasztalat|hany ev|kam (sana|snin)|hoeveel jaar|werkervaring|jaren ervaring|koto bochor|(may|bao nhieu) nam kinh nghiem|kinh nghiem|(godini|godina|let) (na )?(opit|opyta|stazh|staj)|kac (ay|yil|sene) surer|at (my age|\d\d\b(?!\s*(mph|km|kmh|kph|miles|mi|percent|%|degrees|°|euros?|dollars?|bucks|pounds|quid|kg|lbs?|pm|am|o'?clock|cents?|fps|hz)\b))|how long (does|will|would|to)|how long until|too old|too late|at my age|(fellas|folks|people|guys|someone|anyone|men|women) (my|of my) age|age (limit|cut-?off|cap|restrictions?|requirements?)s?|i'?m \d\d\b(?!\s*(%|k|percent))|minimum age|how old|i (am|have) \d\d( years)?|\d\d years old|entry[- ]level|junior positions?|(annees|ans) d'? ?experience|(anni|a(ñ|n)os|lat|jahre) (di |de |an )?(esperienza|experiencia|experi(ê|e)ncia|do(ś|s)wiadczenia|berufserfahrung|erfahrung))\b|\b(ars|arig) erfarenhet\b|\byoe\b/i,
    examples: [
      'hány év tapasztalat kell egy industrial network engineer-nek?',
      'how many year o experience dae ye need tae be a cloud architect',
      'cyber security analyst banne ke liye minimum kitne saal ka experience chahiye hota hai?',
      'typical YOE for a cloud architect?',
      'kam sana experience mat2ola 3shan asba7 data scientist?',
      'hoeveel jaar werkervaring heb je nodig voor data scientist?',
      'kolko godini opit trqbvat za platform developer?',
      'how many years of experience does a platform developer need',
      'quanti anni di esperienza servono per fare il data scientist?',
      'làm cloud architect cần mấy năm kinh nghiệm ạ?',
      'cloud architect hote koto bochor experience lagbe?',
      "combien d'années d'expérience pour devenir data scientist ?",
      'how long does it take to become a robotics specialist',
      'am I too old to become a data scientist at 50',
      "is there an age cutoff for becoming a cloud architect? i'm 58",
    ],
  },
  // The knowledge lists the skills a role needs, never how much of one or at what level: "how much maths do I need
  // for it?" is told the skills, not given the description as if it said how much.
  {
    id: 'level',
    label: 'how much of each skill is needed (the level)',
    pattern:
      /\bhow (much|many) (?!(money|cash|time|years?|yrs|months?|weeks?|days?|hours?|experience|exp|yoe|pay|salary|capital|funding|credits?|skills?)\b)([\w+#-]+ ){1,2}((do|would|will|does|should) (i|you|u|ya|one|we|they|he|she|someone|a person)|(does|do|would|will) (a |an |the )?([\w-]+ ){1,3}) ?(really )?(need|require|have to (know|learn|have))\b|\bhow much (?!(money|cash|time|years?|yrs|pay|salary|capital|funding|skills?)\b)([\w+#-]+ ){1,2}(are we|r we|we|we're|we are) talk(ing|in'?)\b|\bhow much (?!(money|cash|time|years?|yrs|pay|salary|capital|funding|skills?)\b)([\w+#-]+ ){1,2}is (there )?(in it|in that|in this|involved)\b|\b(what|which) (level|standard|grade) of ([\w+#-]+ ){1,2}(do|would|does|is|will|should)\b|\bhow (good|strong|advanced|fluent|solid) (at|in|with) ([\w+#-]+ ){1,2}(do|would|will|should|must) (i|you|u|one|we|they|he|she|someone) (need to )?be\b|\bhow (good|strong|advanced|fluent) (do|would|should|must) (i|you|u|one|we|they|he|she|someone) (need to |have to )?be (at|in|with)\b/i,
    examples: [
      'how much maths does a data scientist really need?',
      'how much coding would I need to know to be a platform developer?',
      'what level of python does a data scientist need?',
      'how good at maths do you need to be for machine learning?',
      'how good do I need to be at programming to become a robotics specialist?',
      'machine learning scientist: how much math are we talking?',
      'how much coding is involved in being a platform developer?',
    ],
  },
  {
    id: 'immigration',
    label: 'visas, work permits or relocation',
    pattern:
      /\b(visas?|work permits?|residence permits?|immigration|immigrate|relocat(e|ion|ing)|blue card|sponsorship)\b/i,
    examples: ['can I get a work visa as a data scientist?', 'do cloud architect jobs come with relocation help'],
  },
  {
    id: 'conditions',
    label: 'working conditions such as hours, remote or part-time work, physical demands and job security',
    pattern:
      /\b(remote(ly)?(?! (sensors?|devices?|monitoring|sites?|locations?|areas?|control|access|links?|stations?|pumps?|assets?|telemetry|villages?|islands?)\b)|work from home|(lavorare|trabajar|trabalhar|travailler) (da|desde|de|a) (casa|maison)|(da|en|em) remoto|teletraba(jo|lho|jar|jan)|teletravail|smart working|from (his|her|their|my|your|our) home|from home|home ?office|wfh|on[- ]?site|in the office|part[- ]time|full[- ]time|working hours|rabot(no|noto|noe|nogo|choe|chee) vrem(e|q|ya|ia)|hours a week|family[- ]friendly|school (pick[- ]?ups?|runs?)|(are|is) the hours|(what'?s|what are|how are) the hours|hours like\b|school hours|term[- ]time|\b(nights|weekends|night shifts|weekend work)(?=\s*\?)|(^|[.!?,;]\s*)(and |the |what about |how about |is it |is that |are there |any )*(hours|shifts)(?=\s*\?)|(sane|normal|regular|reasonable|sensible|decent|crazy|insane|long|unsocial|antisocial|office) hours|\d+[- ]?(hour|hr)[- ]?(work)?[- ]?weeks?|keeps? (\w+ )?hours|(what|which) (sort of |kind of )?hours|overtime|work[- ]life|job security|secure job|stable job|future[- ]proof|in (10|ten|20|twenty|five|5) years|still exist|pension|benefits|vacation|holidays|9[- ]?(to|-)[- ]?5|nine to five|(night|day|late|early|weekend|rotating|long|\d+[- ]?(hour|hr|h)) shifts?|shift (work|pattern|patterns|rota|rotas|system)|(work|do|pull|cover) (\w+ )?shifts|crunch\b(?! (the|some|those|these|our|my|all|numbers|data|figures|stats)\b)|(work|working|worked|on call|on-call|shifts?) (on |at |over )?(the )?weekends?|weekends? (off|work|shifts?|on call)|on[- ]call|night work|travel a lot|stressful|(what|which|how many) hours?|(what are|about) the hours|work(ing)? (nights|night shifts|evenings|late)|dangerous|hazardous|is it safe|safe (job|work)|safety risks?|injur(y|ies)|unions?|unioni[sz]ed|physically (demanding|hard|tough|taxing|heavy)|physical (demands?|strength|fitness)|lift(ing)? heavy|(strong|fit) body|(bad|dodgy|weak|sore|crook|wonky|busted|dicky) (knees?|back|hips?|shoulders?|wrists?)|out(side|doors?)? (in|when) (the |it )?(rain|rains|cold|freezing|winter|snow))\b/i,
    examples: [
      'can a virtual reality designer work remotely?',
      'can a digital anthropologist work from her home?',
      'will the urban mechanic job still exist in 10 years',
      'is a data scientist job part-time friendly',
      'is being a robotics specialist dangerous?',
      'un data scientist può lavorare da casa?',
      '3D print tehnik - kakvo e rabotnoto vreme?',
      'are the hours family friendly for an urban mechanic?',
      'what kind of hours does a platform developer keep?',
      'can an urban mechanic do the job with bad knees?',
      'is being a robotics specialist physically demanding?',
      'do 3d print technicians have to lift heavy things?',
      'urban mechanic. is it shifts?',
      'robot specialist work how many hour one day',
    ],
  },
  {
    id: 'current',
    label: 'figures from after the article (about 2019)',
    pattern:
      /\b(in|by|for|of|since|em|en|dans|im|nel|w) (202[1-9]|20[3-9]\d)\b|\b(202[1-9]|20[3-9]\d) (figures?|numbers?|data|market|demand)\b|\bstill (true|valid|accurate|current|correct|the case|up to date)\b|\bcurrent (figures?|numbers?|market( size)?|demand|state)\b|\b(latest|newest|up-to-date) (figures?|numbers?|data)\b|^(?=.*\b(worth|size|figures?|numbers?|how (many|big)|stats|statistics|demand|value|valued|vale|valor|tamanho|tamano|taille|wert|quanto|cuanto|combien|wie (gross|viel))\b).*\b(right now|this year|nowadays|these days|currently|today|at the moment|as of now|hoje|hoy|heute|aujourd'hui|actualmente|atualmente|agora|ahora|obecnie|dzisiaj)\b/i,
    examples: [
      'what is the smart city market worth in 2025?',
      'is the market forecast still accurate?',
      'what are the latest figures on smart city jobs?',
      'how big is the smart city market these days',
      'quanto vale o mercado de smart city hoje?',
    ],
  },
  {
    id: 'headcount',
    label: 'how many people work in a role or how many jobs there are',
    pattern:
      /\bhow many (\w+ ){0,3}(are |were |will be )?(employed|working|work (as|in)|hired)\b|\bhow many (of )?(these |the |those )?([\w-]+ ){0,2}(posts|jobs|positions|roles|openings|vacancies) will there be\b|\bhow many jobs (will|would|are|were|could) (be )?(created|added|there be)\b|\bhow many jobs ([\w'’]+ ){1,5}(created|added|brought)\b|\bnumber of (people|workers|employees|jobs) (employed|working|in)\b|\b(job|employment) (numbers|figures|statistics|stats)\b|\bheadcount\b/i,
    examples: [
      'how many data scientist posts will there be?',
      'how many urban mechanics are employed in Europe?',
      'how many people work as data scientists in cities',
    ],
  },
  {
    id: 'workforce',
    label: 'who works in a role (the gender, age or other make-up of its workforce)',
    pattern:
      /\bgender (composition|balance|split|ratio|gap|mix|breakdown|make-?up)\b|\bhow many (women|men|females|males)\b|\b(share|proportion|percentage|number) of (women|men|female|male)\b|\b(age|gender|ethnic|demographic) (profile|breakdown|mix|make-?up|composition)\b|\baverage age\b|\bdemographics?\b|\b(is it|are they|mostly) (a )?(male|female|men|women)[- ]dominated\b|\b(male|female|men|women)[- ]dominated\b|\b(mostly|mainly|all) (men|women|male|female|guys)\b|\bhow many (\w+ ){0,3}(are|is) (women|men|female|male)\b/i,
    examples: [
      'what is the gender balance among data scientists?',
      'are cyber security analysts mostly men?',
      'what is the average age of an urban mechanic?',
      'how many data scientists are women?',
    ],
  },
  {
    id: 'outlook',
    label: 'forecasts of demand for a role (the job outlook)',
    pattern:
      /\b(job|career|employment) (outlook|prospects)\b|\boutlook for\b|\b(in|over|for) the (next|coming) (\d+|few|five|ten|couple of) (years|yrs)\b|\bnext (\d+|few|five|ten) (years|yrs)\b|\bfuture demand\b|\bjob market\b|\b(over)?saturated\b|\b(field|job|role|area|career|profession|demand|sector) (has |have )?(growing|shrinking|dying|booming|grown|shrunk|grew|shrank)\b|\b(grown|grew) or (shrunk|shrank)\b|\bunemployment\b|\bgrowing (field|job|role|area|career|profession)\b|\bbubble\b.{0,20}\b(pop|popped|burst|bursting)\b|\b(just )?an? (bubble|fad)\b/i,
    examples: [
      'is the neuro implant field growing?',
      "what's the job outlook for cloud architects",
      'is the professional triber just a fad, or will the bubble burst?',
      "what's the unemployment rate for robotics specialists?",
      'will there be demand for triber roles over the next few years?',
    ],
  },
  {
    id: 'progression',
    label: 'career progression or promotion',
    pattern:
      /\b(career (progression|ladder|path after|growth)|progression|promot(ion|ions|ed)|get promoted|move up|senior (roles?|positions?) after|next step after)\b/i,
    examples: ["what's the career progression for a customer maker", 'can an urban mechanic get promoted'],
  },
  {
    id: 'hiring',
    label: 'how hiring works (interviews, tests, application steps)',
    pattern:
      /\b(interview (loop|process|stages?|rounds?|questions?)|interviews? like|hiring process|recruitment process|application process|selection process|technical (interview|test)s?|coding (interview|test|challenge)s?|take-home (test|task|assignment)s?|leetcode|assessment (centre|center)|whiteboard(ing)? (interview|test)s?|how many (publications|papers|patents)|(hiring|selection|interview|recruitment) (panels?|committees?|boards?) (usually |typically |normally |generally )?(expect|want|look for|require|ask for))\b/i,
    examples: [
      "what's the interview process like for a platform developer?",
      'how many publications do hiring panels expect of a machine learning scientist?',
      'do cyber security analysts get a technical test when they apply?',
    ],
  },
  {
    id: 'people',
    label: 'who works in it (gender, age or diversity figures)',
    pattern:
      /\b(gender (split|balance|gap|ratio)|how many women|women (in|as|working)|female|diversity (of|in|among)|average age|demographics?)\b/i,
    examples: ['what is the gender split among ML scientists', 'are there many women working as cloud architects?'],
  },
];

/** The gap topics a question asks about, in table order. */
export function gapTopicsIn(question: string): GapTopic[] {
  // "salário", "rémunération": the patterns are written without accents.
  const folded = withoutAccents(question);
  // The patterns ignore case: a question without accents is read once (a second run of each long
  // pattern would also have V8 compile it to machine code, which a one-shot `ask` pays for).
  const accented = folded !== question.toLowerCase();
  return GAP_TOPICS.filter((g) => g.pattern.test(question) || (accented && g.pattern.test(folded)));
}

/** A capitalised word inside a sentence, not its first: "Toronto", "Siemens", "Barcelona". */
// A whole word: "Auto" in "AutoCAD" is none. After "our", "my", "me" it is a person the asker knows ("our Sharon").
const CAPITALISED =
  /(?<![.!?¿¡]\s*|^\s*)(?<!\b(?:[Oo]ur|[Mm]y|[Mm]e|[Mm]a|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Uu]r)\s+)(?<=\s|\(|,)(\p{Lu}[\p{Ll}'-]{2,}(?:\s+\p{Lu}[\p{Ll}'-]{2,})?)(?!\p{L})/gu;
/** A lower-case place after "in …" at the end of a clause: "data jobs in madrid?", "in singapore, anything?". */
// Not the idioms "in depth", "in general", "at length", "in theory", which no place is.
const LOWERCASE_PLACE =
  /\b(?:in|at|near|around)\s+(?!(?:depth|detail|details|general|practice|theory|person|total|short|brief|particular|advance|future|reality|principle|english|plain|simple|length|least|first|times|fact|return|turn|addition|between|school|college|uni|university|work|home|night|office|charge|anywhere|somewhere|everywhere|nowhere|there|here)\b)([a-z][\p{L}'-]{4,})\s*(?:[?.!,;]|$)/gu;

/**
 * Names a question uses that the knowledge base does not know, such as a city it does not cover or
 * a vendor: "what is Barcelona doing?" is a gap, not a reason to describe Hamburg instead.
 */
/** Words only German uses, of which a German sentence has several: "Gibt es einen Beruf für …?". */
const GERMAN_FUNCTION_WORDS = new Set(
  'gibt einen einem einer eine und nicht ich fur mit von auch oder wie welche welcher welches kann habe bin ist sind das der zum zur bei sich gerade wo hat dort grad denn als etwas braucht muss'.split(
    ' ',
  ),
);

/** German capitalises every noun: in German, a capital says nothing of a name. */
function capitalisesNouns(question: string): boolean {
  return new Set(words(question).filter((w) => GERMAN_FUNCTION_WORDS.has(w))).size >= 3;
}

export function unknownNamesIn(
  question: string,
  isKnownWord: (word: string) => boolean,
  /** The whole message, when `question` is the part that asks: German capitals are told by all of it. */
  message = question,
): string[] {
  const capitalised = capitalisesNouns(message) ? [] : [...question.matchAll(CAPITALISED)];
  const candidates = [
    ...[...capitalised, ...question.matchAll(LOWERCASE_PLACE)].map((m) => m[1]!),
    // Only a question with a word the knowledge lacks can name a country it lacks.
    ...(words(question).some((w) => !isKnownWord(w)) ? [...countryNamesIn(question), ...cityNamesIn(question)] : []),
  ];
  // "I'm", "I'd": a capital and a contraction is no name; nor is a word cut at a hyphen ("Wi-").
  const names = candidates.filter(
    (c) => !/^\p{Lu}'|-$/u.test(c) && c.split(/\s+/).every((w) => !isKnownWord(w.toLowerCase())),
  );
  // "Bogotá" as written and "bogota" from the list of cities are one name: the first spelling is kept.
  const byKey = new Map<string, string>();
  for (const n of names) {
    const key = withoutAccents(n);
    if (!byKey.has(key)) byKey.set(key, n.charAt(0).toUpperCase() + n.slice(1));
  }
  return [...byKey.values()];
}

/**
 * When a gap is asked ("hiring at the moment", "is Cisco presently recruiting"): the time it is asked
 * for belongs to the gap, not to what the gap is about.
 */
const WHEN_ASKED =
  /\b(at the moment|atm|right now|rn|just now|currently|presently|at present|these days|nowadays|this (year|month|week)|as we speak)\b/gi;

/** The question with the words that ask for a gap taken out: what is left says what it is about. */
export function withoutGapWords(question: string): string {
  const rest = GAP_TOPICS.reduce((text, g) => text.replace(new RegExp(g.pattern.source, 'gi'), ' '), question);
  return rest === question ? rest : rest.replace(WHEN_ASKED, ' ');
}

/** Words that put a name where work or a project is: "jobs in Brno", "at Siemens", "like Hamburg's". */
const PLACED_BY = /\b(in|at|near|around|from|for|about|like|than)\s+$/i;
/** Verbs a name is the subject of when the question is about it: "Seoul is…", "Siemens hiring?". */
const SUBJECT_OF = /^\s*('s|is|are|has|have|does|do|doing|hiring|recruiting|also|got)\b/i;

/**
 * Whether a question asking for a role asks about a name it uses: where the name is placed ("in
 * Brno") or what it does ("Seoul is…"), not what the work touches ("servers rented from Amazon" is
 * placed too, and stays). "which post studies how people behave, Sir?" does not ask about "Sir".
 */
export function nameIsAskedAbout(name: string, question: string): boolean {
  const at = question.indexOf(name);
  if (at < 0) return true;
  return PLACED_BY.test(question.slice(0, at)) || SUBJECT_OF.test(question.slice(at + name.length));
}
