import { clauses } from '../text/clauses.js';
import { withoutAccents, words } from '../text/normalize.js';
/**
 * What kind of answer a question wants, read from its phrasing and from what it names. Whether it
 * is in scope at all is decided separately, from retrieval evidence. Rules are tried in order; each
 * carries example questions that double as its table-driven tests.
 */
export type Intent =
  | 'help'
  | 'compare'
  | 'roles-overview'
  | 'roles-for-skill'
  | 'roles-without-skill'
  | 'background-fit'
  | 'role-skills'
  | 'role-backgrounds'
  | 'related-roles'
  | 'role-sources'
  | 'skills-overview'
  | 'describe';

/** What the question names, as found by the name matcher, and whether a follow-up gave it a subject. */
export interface QuestionSignals {
  namedRoles: number;
  /** Skills the question names, or that a follow-up carries over ("which roles use it?"). */
  namedSkills: number;
  /** Of those, the skills the question itself names. */
  skillsInQuestion?: number;
  /** Named skills every naming of which a negation turns away from ("even if I can't code"). */
  skillsTurnedAway?: number;
  /** A role carried over from the previous turn. */
  subjectRole: boolean;
  /** Content words outside the names matched: how much else the question says. */
  otherWords: number;
  /** What is asked, when the question also tells something beside it (lower case): a "dont" told is not "without". */
  asked?: string;
  /** A negation bears on a skill named ("don't need coding"), not on something else ("not at a desk"). */
  negatesSkill?: boolean;
  /** Asks among the roles the previous answer showed: "which of them need programming?". */
  asksAmongShown?: boolean;
  /** Skills a contrast wants beside what it turns away from: "more talking to people, less programming". */
  skillsWanted?: number;
  /** Skills named in a sentence that asks which roles are about, need or use something (see WHICH_ROLES_ARE). */
  skillsInListAsk?: number;
}

/**
 * "who works with p2p?" lists the roles with it; "who protects the city's robots from attackers?" asks
 * for one role by what it does, and the skill is only what it acts on: a who-question that says more
 * than a word or two besides the skill is not a list.
 */
const ASKS_WHO_ONLY = /^(?!.*\b(roles?|jobs?|careers?|positions?|which|what)\b).*\bwho\b/;
const WORDS_BESIDE_WHO = 2;
/** A question listing roles by skill says little besides the skill; a long brief that mentions one ("IoT") describes a need instead. */
const MAX_WORDS_BESIDE_SKILL = 4;
/** Each further skill named brings words of its own ("talking to people, not sitting behind a computer coding"). */
const wordsBesideSkills = (skills: number) => MAX_WORDS_BESIDE_SKILL + 2 * Math.max(0, skills - 1);

const COMPARE =
  /\b(vs\.?|versus|compare[ds]?|comparing|comparison|differen(ce|ces|t)|differ|diff|overlaps?|overlapping|in common|distinguish|better|same as|similar to|or|between|torn|choos(e|ing)|decid(e|ing)|divers[oa]|differenza|diferen(ca|cia|te)|(not|isn'?t|aren'?t) (just|simply|merely|basically))\b/;
const ASKS_FOR_ROLES =
  /\b(roles?|jobs?|careers?|positions?|professions?|occupations?|titles?|specialists?|people|who|which ones?|where)\b/;
/** The roles asked for are about something: "which jobs are about the networks?" is not "list all jobs". */
const ABOUT_SOMETHING =
  /\b(are|is|r) ((basically|mostly|mainly|really|actually|all|more|primarily|largely|kinda|kind of|sort of|just|purely|entirely) )?(about|into|around)\b|\b(handle|handles|handling|deal with|deals with|work on|works on|work with|works with|involve|involves|involving|focus on|focuses on|related to)\b/;
/** The roles asked for are for a kind of person: "roles for people who are good with customers", "jobs for people from logistics", "for ex-military". */
const FOR_PEOPLE_WHO =
  /\b(for|suit|suits|suited to) (a |an |our |my |your |their )?(ex-?|former |retired )?([a-z-]+ ){0,2}([a-z]{3,}s|staff|team|crew|workforce)\W*$|\b(for|to|fit|fits|suit|suits|match|matches) (people|someone|somebody|folks|those|anyone|a person) (who|that|with|from|coming from|out of)\b|\bfor (ex|former|retired)[- ]?\w+/;
/** Asks which of the roles are, need or use something: a list, not a question of where the asker fits. */
export const WHICH_ROLES_ARE =
  /\b(which|what) (of )?((these|those|the|your|ur) )?(jobs|roles|careers|positions|ones|of them) (here )?((would|will|could|might|do|does|should) )?((actually|really|mostly|mainly|also|typically|usually|normally|ever) )?((are|r|is) (more|mostly|mainly|most|all|less|really|actually) (about|into)|involve|involves|need|needs|use|uses|deal with|deals with|require|requires)\b/i;
const ALL_ROLES =
  /\b(jobs|roles|careers|positions|opportunities|occupations|professions|job titles)\b.*\b(are there|exist|exists|available|out there|on offer|there are|you know|do you have|can i|list)\b|\b(list|all|every|which|what|other)( of)?( the)?( kinds? of| types? of| sorts? of)? (smart[- ]?city )?(jobs|roles|careers|positions|occupations|professions)\b|^\W*(jobs|roles|careers|all roles|all jobs)\W*$|\blist (me |us )?(the |all (the )?)?([\w-]+ ){0,3}(jobs|roles|careers|positions)\b/;
const SKILLS_LIST =
  /\b(what|which|list|top|key|main|important|common|useful|most)\b.*\b(skills?|skillsets?|skill sets?|qualifications?|competenc(e|ies))\b|\bskills?\b.*\b(in demand|in-demand|needed|employers?|learn|look for|want)\b|\bskills? (for|to get|to work)\b/;
const SKILLS =
  /\b(skills?|skillsets?|skill sets?|qualifications?|competenc(e|ies)|know-how|requirements?|tools?|tech stack|stack|abilities|learn|good at|(need|needs|have|has|got) to know|(must|should) (i |you |one |they |we )?know|habilidades|competencias|comp[eé]tences|f[aä]higkeiten|kenntnisse|habilidades)\b/;
const BACKGROUNDS =
  /\b(backgrounds?|bg|stud(y|ied|ies|ying)|degrees?|majors?|educations?|profiles?|who can (become|do|be)|(what|which) (kinds?|kinda|sorts?|types?) of (person|people|ppl|candidate|folks|background)|(kinda|type of|sort of) (person|people|folks)|end up (doing|in|as)|prior experience|(what|which) (kinds?|kinda|sorts?|types?) of experience|experience (do|does|would) (they|you|employers|cities) (look for|want|need|ask for)|come from|coming from|estudad[oa]|estudou|forma(ç|c)(ã|a)o|formaci(ó|o)n|hintergrund|werdegang|(de )?(que|qu[eé]) (trabajos|carreras|estudios|profesiones) (viene|vienen)|path into|get into|break into|prerequisites?|entry|hire|hiring for|candidates?|look for in|move into|switch (to|into)|transition (to|into)|way in|count as)\b/;
/** Asks what the work is like day to day. */
const DAILY_WORK =
  /\b(day to day|day-to-day|daily|every ?day|(typical|normal|average|usual|regular) (day|week)|day in the life|all day|work(ing)? on|spend (my|their|the) time|actually do|involve[sd]?|look like|what would (they|he|she|one) (even |actually |really )?(do|make|print|build|work on|deliver|produce))\b|h[ằà]ng ngày|mỗi ngày|\bkila siku\b/;
/** Asks whether two roles are alike ("and the alliance director, is it similar?"), not which roles are. */
const ASKS_IF_ALIKE =
  /^(?!.*\b(which|what|any|other|list)\b).*\b(is|are|isn'?t|aren'?t)\b.*\b(similar|alike|the same)\b/;
/**
 * Asks for roles that do without a skill, in English and in the small words of other languages ("ohne", "sin", "sem",
 * "sans", "tanpa", "chara", "không"). "not just tech", "not only coding" ask for something as well, not instead.
 */
const WITHOUT =
  /\b(least|without|not(?! (just|only|merely|simply)\b)|(?<!\(|\byes or )no(?! (others?|more|other (jobs?|roles?)|extras?|dia|trabalho|meu|seu|setor|campo|mercado|brasil|caso|(central )?server|middleman|one|person|people|humans?|drivers?|operators?|hands)\b)|don'?t|doesn'?t|do not|does not|never|non|avoid|less|ohne|keine?n?|sin|sem|sans|senza|tanpa|zonder|geen|utan|uten|ilman|bez|bina|chara|chhara|nathuwa|nahi|nahin|n[aã]o|không|khong|(ga|gak|nggak|ngga|tidak|tdk) (perlu|harus|usah))\b/;

/** Asks for an example or more detail. */
const EXAMPLE = /\b(examples?|for instance|such as|more detail|in detail|tell me more|more about|elaborate)\b/;

/** Wants more than the summary: the work in detail, an example, the day to day. */
export function asksForDetail(question: string): boolean {
  const q = question.toLowerCase();
  return EXAMPLE.test(q) || DAILY_WORK.test(q);
}

/** Asks what a word means: a definition, not a list of roles. */
const DEFINES = /\b(mean|meaning|means|define|definition|stand for|stands for)\b/;
/** Asks where a statement comes from or who said it. */
const SOURCE =
  /\b(who (said|says|claims|claimed|thinks|is saying|came up with)|where (does|did) .{0,40}come from|what('s| is) (the|your) source|according to (whom|who)|source for|who('s| is) behind|from the article|in the article|your own (words|elaboration|reading|invention)|made (it|that|this) up|invented)\b/;
const RELATED =
  /\b(related|similar|alike|like it|like that|like this|alternatives?|neighbou?ring|adjacent|connected)\b/;
/** The asker speaks of themselves (or of someone they ask for). */
const SELF =
  /\b(young )?(lad|lass|fella|girl|boy|kid|apprentice|trainee) (at|from) (work|my work|our place|the (shop|yard|depot|site|office|warehouse|garage))\b|(^|[.!?,]\s*)ya (?!(know|think|reckon|mean|see|got|wanna|gotta)\b)\w+|\b(brat|sestra|zena|muz|sin|cerka|kcerka|drug|drugarica|kolega|koleginica|komsija|komsinica) mi\b|\b(on|ona|ya) (rabotaet|rabotal|rabotala|rabotayu|byl|byla|uchitsya|uchilsya|uchilas)\b|\b\d+\s*(god|goda|let)\b|\b(moi|moego|moemu) (brat|bratishka|syn|muzh|drug|otets|papa|kollega|sosed|dyadya|plemyannik|vnuk|paren|bratan)\b|\b(moya|moei|moyu) (sestra|sestre|doch|docheri|zhena|zhene|podruga|mama|mat|kollega|sosedka|tetya|plemyannitsa|vnuchka|devushka)\b|\bmi (did|do|a|was|work|wuk|drive|know|use|fix|av|have|run|tek|cook|sell|teach|clean)\b|\b(our|my|his|her|their) [\w-]+'s (lad|lass|boy|girl|son|daughter|kid|husband|wife|partner|brother|sister)\b|\b(members?|colleagues?|friends?|mates?|clients?|students?|neighbou?rs?) of (ours|mine)\b|\b(nimekuwa|mwen (se|te|ap|konn)|i|i'm|im|a'm|i've|ive|my|me|myself|(his|her|their) (options|prospects|chances)|(someone|somebody|people|folks?) like (her|him|them|us)|(for|suit|suits|fit|fits|suited to) (her|him)(?=\W*$)|(bro|brother|dada|sister|rafiki|mke|mume) (yangu|wangu)|(we'?ve got|we have|i'?ve got|i have) (a|an|this) |(wife|husband|hubby|missus|son|daughter|mate|brother|sister|partner|friend)'?s)\b|^\W*((the|my|me|our) )?((young|little|eldest|oldest|youngest|big) )?(wife|husband|hubby|missus|son|daughter|mate|brother|sister|partner|friend|mum|mom|dad|cousin|nephew|niece|lad|lass|boy|girl|kid|young one) (was|is|has|had|did|does|works|worked|used|spent|studied)\b|(^|[.!?]\W*)bin (en |e |a |ein |eine )?\w+|\b(ich|fui|eu|jag ar|jag har|jag jobbar|jag arbetar|ik ben|ik werk|ik heb|mimi ni|mimi|nilikuwa|ninafanya|saya|sy|aku|gue|gw|ako|ko|akin|nina|jeg er|jeg jobber|chu|mi hermana|mi hermano|jestem|pracowalem|pracowalam|pracuje|robie|moj (maz|syn|brat|kolega|przyjaciel|ojciec|tata|wnuk)|wnuk|wnuczek|wnuczka|moja (zona|corka|siostra|mama|matka|kolezanka|przyjaciolka)|sou|mein(e|em)? (kollege|kollegin|sohn|tochter|freund|freundin|mann|frau|bruder|schwester|neffe|nichte)|mi (hijo|hija|amigo|amiga|esposo|esposa|hermano|hermana|colega|marido|mujer|sobrino|sobrina|primo|prima|tio|tia|vecino|vecina|padre|madre|novio|novia|nieto|nieta)|mon (fils|ami|mari|frere|collegue|neveu|chum|conjoint|pere|oncle|cousin)|ma (blonde|femme|fille|soeur|mere|amie|copine|conjointe|collegue|niece|cousine|tante)|ma (fille|amie|femme|soeur|collegue|niece)|meu (filho|amigo|marido|irmao|colega|sobrinho|primo|pai|tio|vizinho|namorado|neto)|minha (filha|amiga|esposa|irma|colega|sobrinha|prima|mae|tia|vizinha|namorada|neta)|meri (beti|behen|bahan|maa|mummy|biwi|dost|patni)|mera (chota |bara |bada )?(beta|bhai|dost|pati)|mere (bhai|papa|pati|dost|bete|chacha|mama)|(main|mai) .{0,60}\b(hu|hoon|tha|thi)\b|benim (oglum|kizim|esim|kardesim|arkadasim|annem|babam)|ich bin|ich arbeite|j'ai (fait|travaille|etudie|ete|bosse)|je (code|programme|fais|bosse)|j'etais|soy|trabajo como|trabaj(e|aba)|estudie|hice (mi|un|una|el|la)|je suis|je travaille|sou|trabalho como|trabalhei|trabalhava|estudei|lavoro come|lavoravo|ho lavorato|ho studiato|ho fatto (la|il|lo|l')|faccio (il|la|lo)|sono (un|una|uno))\b|\b(ex|(?<!the )former|retired|formerly)\b|\b(redeploy|retrain|reskill|upskill)\w*\b|^\W*(?!(which|what|where|who|how|any|anything|is|are)\b)\w+( \w+)? here\b|\b(my|our) (boy|girl|lad|lass|missus|son|daughter|grandson|granddaughter|grandchild|kid|child|teen|teenager|friend|pal|mate|buddy|partner|wife|husband|cousin|brother|sister|mum|mom|dad|father|mother|uncle|aunt|niece|nephew|colleague|coworker|co-worker|boyfriend|girlfriend|flatmate|roommate|neighbou?r)\b|\b(he|she) (is|loves|likes|was|has|works|worked|does|did|studied|studies|wants)\b|\b(son|daughter|grandson|granddaughter|grandchild|kid|child|teen|teenager|nephew|niece|wife|husband|missus|partner|brother|sister|mum|mom|dad)('s| is| does| likes| loves| wants| builds| runs| has| works| manages| did| studied| got)\b|\b(grad|graduate|student|alumn(us|a|i)|intern)\b|\b\d+\s*(yrs?|years?|y)\b|^\W*\w+((\s*[+&/]\s*| )\w+){0,2}\s*,|^\W*\w+( \w+)?\.\s|\bsomeone (like me|who|with|from)\b|(?<!\b(the|that|this|those|these|for (?!(a|an|the|some|any)\b)\w+) )\b(guy|gal|woman|man|lady|dude|person|people|folks) (from|in|with|who)\b|\b(lad|lass|kid|boy|girl|pupil|student) (in|from) (my|our)\b|\b(cuenta|sirve|vale|conta|compte) (como|de|comme) (experiencia|experience)\b|\b(un|una|um|uma) (amigo|amiga|colega|vecino|vecina|primo|prima|conocido|conocida) (es|era|trabaja|trabajaba|e|trabalha|trabalhava)\b|\b(kid|kids|lad|lass|boy|girl|guy|fella|bloke|woman|man|lady|couple|teen|teenager) (next door|down the (road|street|hall)|across the (road|street|hall)|over the road|upstairs|downstairs)\b|\b(kandidatin|kandidat|bewerberin|bewerber|candidate|applicant)\b|\b(asawa|anak|kapatid|pinsan) ko\b|\b(korh|gios|gynaika|adelfos|adelfh|filos|filh) mou\b|\bmi (compi|companero|compañero|companera|compañera) de piso\b|\bana (kont|kunt|5rig|khrig|ba3mel|bshta3'?al|bashta3'?al|bashtaghal|dares|daresst|darast|shaghal)\b|\bwir haben (eine?n?|jemanden)\b|\b(looking for (a |an )?(new )?(career|job|change|move|way)|tired of|(wants?|wanting) (out|a change|to (switch|change|move|leave))|considering a (career )?change)\b/;
// An ending may carry the English of a glossed word after it ("ex-infantry… ideas? (military)").
// "ex barista. me?": a clause of "me?" after a background asks where that person fits; so does
// "anything that uses both?" after two things someone did.
// Pidgin "how i fit fix am" uses "fit" for "can": a repair or errand, no question of fit.
const ASKS_FIT =
  /\b((get|getting|move|moving|switch|switching|go|going|transition|transitioning|break|breaking) (there|in|into (it|that|this|one)) from|(anything|something|any) (on|in) (your|ur|the|this) (list|lineup|line-up)|(any |a |some |what )?chances?(?=\s*\?)|(est|yest) (li )?(u (menya|nego|nee|nikh) )?(shans|shansy)\b|\bshansy? (est|yest)\b|what else (could|can|would|should|might) (he|she|they|i|we) do\b|(of )?any use (to|for) (ye|you|u|ya|yous|anyone|anybody|the city)\b|kuda (mne|emu|ei|im|nam)|kudi (meni|iomu|yomu|ii|im)|yparxei kati (kai )?gia (ekeini|ekeinon|ekeinh|mena|afton|aftin|auton|authn)|ti (8a|tha) (mporouse|borouse|mporousa|mporoun|boroun) na (kanei|kanw|kano|kanoun)|shcho (meni|iomu|yomu) pidkhodit|(chto|shto|shcho) (mne|emu|ei|im|nam|meni) (podoidet|pidiide|pidide)|ima li (sanse|shanse|sansi|nesto|neshto|neshcho|nesho|nesto) za (njega|nju|mene|men|nego|neya|nas)|(co|cim) by (mohl|mohla|mohli) (delat|dělat)|kam (bych|by) se (hodil|hodila)|pwede (kaya|ba) (sya|siya|ako|ko)|(chto|shto) (mne|emu|ei|im|nam) (podkhodit|podoidet|delat|est)|(mne|emu|ei|im|nam) (chto|shto) (podkhodit|podoidet|est)|(podkhodit|podoidet) (mne|emu|ei|im|nam)|dlya (menya|nego|nee|nikh)|gde (ya|on|ona) (prigozhus|prigoditsya|prigodyatsya)|(cocok(nya)?|pas(nya)?) (kerja|jadi|buat|untuk) (apa|mana)|kerja(an)? apa yang cocok|(she'?d|he'?d|i'?d|they'?d|shed|hed) be (any )?good (at|for|in) (this|that|it|these|any)|(anyting|anything|someting|sumting|something) (fi|for) (mi|me)|(can|could) (i|he|she) (do|get|make) (a |any )?(job|career|living|work) (from|out of|with) (this|that|it)|fit(?! (fix|repair|solve|connect|set up|setup|install|reset|buy|pay|renew|unlock|charge|download|register)\b)|fits|suit|suits|suited|suitable|for me|for him|for her|match(es)? (me|my|him|her|them|us|our|someone|people|that|this|it|what)|(a|the|best|good|closest|nearest|right) match|options?|equivalent|(could|can|might|would) (i|he|she|someone like me) (\w+ )?(move|switch|transition|pivot|step|cross) (into|over into|over to|across to)(?=\W*(?:\([^()]*\)\W*)?$)|where (do|does|would|could|can|should|might) (i|he|she|someone like me|somebody like me|people like me|folks like me) (\w+ )?(fit|go|belong|start|land|slot|come in|begin|be)\b|(qu[eé]|el que|lo que) (podr[ií]a|puede|podr[ií]amos) hacer\b|(cosa|che cosa|che) (potrei|posso|potrebbe|potremmo) fare\b|(ça|ca|cela|eso|esto|isso|isto) (compte|cuenta|conta)\b|(can|could) (i |he |she |we )?(do|make) (something|anything|sumting|someting) (with|out of|from) (that|this|it|dat|dis)\b|gibt('?s| es)\b.{0,25}\b(fur|für) (so )?(jemand(en)?|ihn|sie|mich|uns)\b|what (could|can|would|might) (i|he|she|someone like me) (even |actually |really |possibly )?(do(?! (to|about)\b)|become|go for|aim for|target|look (at|into))\b|what should (i|he|she|they|someone like me) (even |actually |really )?(be )?(become|go for|aim for|target|going for|aiming for|looking at)\b|\b(anything|something|any (job|role|work))\b.{0,30}\bwhere\b.{0,40}\b(counts?|matters?|helps?|comes? in handy)\b|\bany use(?=\W*(?:\([^()]*\)\W*)?$)|\b(any|of( any)?|some) use (to|in|for) (a |an |the )?(smart[- ]?cit(y|ies)|cit(y|ies)|these|such|you|anyone|anybody|(this|that|you|your) lot)\b|\b(any|some) (place|room|space|spot|future) for (a|an|someone|somebody|people|me|us|him|her)\b|(?<!\b(how|what|where|why|who) )\bis (that|this|it) (even )?(a )?(real )?(job|career)\b|(could|can|would|might) (that|this|it) (ever |really |actually |one day )?(be|become|count as|turn into) (a |an )?([\w-]+ )?(job|career|profession)\b|(ideas|suggestions|recommendations|thoughts)(?=\W*(?:\([^()]*\)\W*)?$)|\bis there (a |any )?(job|role|career|work) in (that|this|it)\b|\b(smart[- ]?city|any|the|an?|my) angle(?=\W*(?:\([^()]*\)\W*)?$)|(appl(y|ies)|relevant|useful) (to|for) (me|someone like me|people like me)\b|\b(where|which (role|job|one)|what (role|job)) .{0,30}\b(slot|place|put|see) (me|him|her|them|someone like me)\b|(where|how)(,? [\w ]{1,20},)? (would|could|might|will) (that|this|my|his|her|their|he|she|they|i|all that|any of that|such( an?)?|so \w+ an?) ([\w-]+ ){0,2}(be (of )?(any |some )?use|be put to (good )?use|be useful|be (welcomed?|valued|wanted|needed|appreciated|in demand)|come in handy|count)\b|(could|can|would) (he|she|they|i) (do|handle|manage) (any )?(of |o )?(this|that|these|those|it)\b(?! (online|myself|by myself|at home|from home|remotely|by phone|over the phone|in person)\b)|(what'?s|whats|what is|where'?s|where is) (my|the) ([\w-]+ ){0,3}(angle|niche|lane|era|calling|way in|entry point|place in (this|that|it|all this))\b|which\b.{0,40}\bwould (take|hire|have|want|accept) (me|someone like me)\b|(?<=\w\W+)where(?=\W*(?:\([^()]*\)\W*)?$)|(use|uses|using|apply|put|leverage|leverages|leveraging|make use of) (my|his|her|their|our) (\w+ ){0,2}(skills|experience|expertise|background|degree|training|knowledge)|any (way|route|path|chance|place) (in|into|for me)\b|\bany use for (that|this|it|him|her|them)\b|\bwhere('d| would| could| might| will| does| do)? (i|he|she|they|we)( can| could| would| might| should)? (slot|fit|go|land|belong)( in)?\b|\b(does|could|would|will|can|might) (that|this|it|all that|any of that) (lead|get me( in)?|take me|go) (anywhere|somewhere|someplace)\b|\b(could|would|will|might|does|do|can) (any|some|all|much)? ?(of )?(that|this|it|those|these) (\w+ )?(come in handy|be (of )?(any )?use|be useful|help|count|transfer|carry over)\b|counts? (for|towards) anything|\bwhere (would|could|might|will|does|do|should) (that|this|it|all that|all this|any of (that|this)|(my|his|her|their) [\w-]+) (slot|fit|go|sit|belong|land)( in)?\b|look(ing)? into|be targeting|career (move|switch|pivot)|which (\w+ ){0,3}(role|job|career|position|one|path)s?\b|what (role|job|career|path)|roles? for|jobs? for|careers? for|(what|which|any|good) ([\w-]+ ){0,2}(jobs|careers|roles)|(what|which|any|good) ([\w-]+ ){0,2}(job|career|role)\b(?! (of|in|for|does|do|is|are|did|will|would)\b)|(jobs|careers|roles) (could|can|would|should|might) (i|he|she)|(jobs|careers|roles|options)(?=\W*(?:\([^()]*\)\W*)?$)|(anything|owt|summat) (here |there |out there )?(in|for)\b|\b(bon|mache|fet) pou (mwen|li)\b|anything (i|he|she|they|we) (could|can|might|would) (go for|do|try|apply for|aim for|get into|move into|switch to|switch into|move over to|retrain for)\b|turn into a (career|job)|translates? (to|into)|(could|can) (that|this|it) (lead|turn)|(where|what) (could|can|might|would|will|does|do) (that|this|it|all (that|this)|(my|his|her|their) \w+) (lead|take|get|translate|transfer|carry over) ?(me|him|her|them|to)?\b|(could|can|would) (someone|a|an|people)\b.{0,60}\bdo (that|it|this)|switch(?! (it |them |that |the \w+ )?(off|on)\b)|transition|pivot|move (into|to) (a |an |the )?(tech|technology|smart|career|role|job|field|industry|sector|something|these|this)|get into|break into|change careers?|career change|retrain(ing)?|reskill(ing)?|end up|path|what now|was (jetzt|nun)(?=\W*$)|y ahora qu[eé](?=\W*$)|e agora(?=\W*$)|et maintenant(?=\W*$)|(best|closest|good|nearest|top) match|what'?s (the )?closest(?=\W*(?:\([^()]*\)\W*)?$)|closest (one|fit|role|job|match)(?=\W*(?:\([^()]*\)\W*)?$)|next step|move (into|over to|over into) (\w+ ){0,2}(tech|work|field|world|jobs?|roles?|careers?)|(become|turn into|be) a (career|job)|what is there|anything there|f(ü|u)r mich|passt(?! auf\b)|passende?|hinpassen|reinpassen|wo (wurdi|chonnti|chonnt|cha|chan|wurd) (i |ich )?(\w+ )?(ine|dri|hi)?passe\b|para m(í|i)|pour moi|para mim|me conviene|me va mejor|me sirve|(sirve|serviria|servira|sirva) (pa|para) (algo|algun|alguno|alguna|esto|estos|estas|uno)|me correspond|me queda|(donde|en que) (podria|puedo|pueda) (encajar|trabajar|entrar)|encajo|encajaria|combina comigo|welche (rolle|stelle|beruf)|quel (m(é|e)tier|poste|r[oô]le|job|travail|emploi)|(ca|ça|cela) (me |lui |leur )?correspond|qu(é|e) (puesto|trabajo)|qual (trabalho|cargo)|dove (potrei|posso|potrebbe|puo) (\w+ )?(lavorare|andare|inserirm\w*|stare|finire|entrare)|fa per me|(quale|che|in quale|in che) (lavoro|mestiere|ruolo|professione)\b.{0,40}\b(potrei|posso|potrebbe|potremmo) (fare|entrare|andare|lavorare|inserirmi|provare)|adatt[oa] a me|me reconvertir|s'y reconvertir|reconvertir|reconversion|pra mim|lugar (pra|para) (mim|alguem como eu)|iets voor (mij|iemand (zoals|als) ik)|past bij mij|(nagot|jobb) for mig|passar mig|f(ü|u)r (ihn|sie)|wo pass(e)? ich|(para|pra|pa) (el|ella|ele|ela)|(mere|uske|iske|unke|inke|hamare|humare) (jaise|jaisa|liye)|koi (kaam|job|naukri)\b|kuch hai kya|bana (uygun|gore|yakin|uyar)|uyar mi|jouable|(any|some)?(thing|job|role)s? that'?d use (that|this|it)\b|\btranslate(?=\W*(?:\([^()]*\)\W*)?$)|d[oó]nde encajar[ií]a|(?<=\w\W+)(anything|anyting|anyt'ing)(?=\W*\?\W*$)|cosa mi consigli|(quoi|que) (lui|me|leur|nous) conseill(er|es|ez|erais|eriez)\b|\bque (le|me|les|nos) (recomiendas|recomienda|recomendarias|aconsejas|aconseja|sugieres)\b|(cuenta|sirve|vale|conta|serve|compte) (como|de|comme) (experiencia|experi[eê]ncia|exp[eé]rience)|(a |any )?([\w-]+ )?play for (that|this|me|it)\b|where (do|would|should|can) i spawn\b|ano (kaya )?(ang )?(pwede|puwede) (sa|para sa) (kanya|akin|amin)|yparxei kati gia|kati gia mena|pou kollaw|kuch mil sakta|kuch mil sakti|(yang|yg) pas (gak |nggak |ga )?buat (saya|aku|gue)|cocok (buat|untuk) (saya|aku|gue)|cocoknya (jadi )?apa|\b(may )?fit (po )?(ba )?(sakin|sa akin|para sakin|para sa akin)\b|cocok jadi apa|bisa (masuk|pindah) ke (situ|sana)|(which|what) (of these|ones?|roles?|jobs?) (would|could|might|will) ([\w-]+ ){0,3}(lead to|lead me to|suit me|fit me)\b|je vise quoi|comme poste\W*$|(il|elle|je|on) (pourrait|peut|peux|pourrais|ferait|ferais) (faire |devenir )?quoi|(ca|cela) compte(-tu| tu)? (pour|a) (quelque chose|de quoi)|pourrai[st] (faire|devenir) quoi|(qu'est-ce que|qu'est ce que|que) (je|j'|il|elle|on) (peux|peut|pourrais|pourrait) ?(faire|devenir)\b|point (him|her|them|me) (towards?|to|at)\b|(anything|something|any (job|role)) (here |that )?(bridges?|combines?|mixes?|blends?) (the two|both|them)|ynf3|yenfa3|makan leya|a2dar (adkhol|at7awel|a7awel)|a7awel le eh|(onde|aonde|como) (eu )?me encaixo|me encaixar|macht (das|es) (\w+ ){0,2}sinn|wo (setzen|passt|passen) (wir|sie|er|die)|setzen wir (sie|die|ihn) ein|benim icin|ne yapabilirim|inanifaa|ninafaa|pour (lui|elle)|(cocok|nyambung|sesuai) (untuk|buat|sama|dengan) (saya|aku|sy|gue|gw|pengalaman)|(ou|où) (est-ce que )?(je )?(pourrais|peux|pourrai) (travailler|aller|me placer)|kama mimi|kwangu|hvor passer (jeg|han|hun)|fitterai[st]?|naweza kupata kazi gani|\b(anaweza|naweza|tunaweza|wanaweza) (ku)?fit (wapi|huku|hapa)\b|\bfit wapi\b|\b(inanifit|inamfit|itanifit|inafit)\b|kazi gani (naweza|inanifaa|inafaa)|sa (m|mwen) ka f[eè]|(ca|cela) (me |te |la |le )?(mene|menerait|amene) (ou|a quoi)|gdzie (bym |ja )?(pasuje|pasowal|pasowala|sie nadaje|sie nadam|moglbym|moglabym|moge)|co dla (mnie|niego|niej)|gdzie (on|ona)(?=\W*(?:\([^()]*\)\W*)?$)|mihin (ma|mina) (sopisin|sovin|sopisi)|kam bych se hodil\w*|(ktera|jaka) role by mi sedla|je tu neco pro me|co doporucis|nereye uyarim|hova passzolok|van nekem itt helyem|lehet nekem valami|koja pozicija(?=\W*(?:\([^()]*\)\W*)?$)|mika (rooli )?(sopis|sopisi|ois mulle)|ois mulle|co (ja )?(moge|moglbym|moglabym|bym mogl|bym mogla) (teraz )?(robic|zrobic|dalej robic)|gdzie (on|ona) (by )?(pasowal|pasowala|pasuje)|gdzie by sie (nadal|nadala)|dla (mnie|niego|niej)|serve (pra|para) (alguma coisa|algo|algum)|\btem futuro\b|\bgdzie (teraz |dalej|potem)|\b(something|anything) with (this|that|it)(?=\W*(?:\([^()]*\)\W*)?$)|\b(peut|peux|pourrait|pourrais|pourrait-elle|pourrait-il) (bosser|travailler|aller) (dans|en|vers) quoi\b|\bsta bi (ona|on|ja|oni) (mogla|mogao|mogli|mogla raditi|mogao raditi)\b|\btnaseb\w*|\bblassa (liya|lih|liha|lihom)\b|\b(tem|teria|ha) (alguma )?(chance|vez)\b|saan (ako|siya|sya|sila|kami) (pwede|puwede|pupwede|babagay|bagay|papasok|pasok|lulugar)|(may|meron|mayroon) (bang? |kayang )?(lugar|pwesto|puwesto)\b|(may|meron|mayroon) (bang? )?(bagay|trabaho) (ba )?(para )?sa (akin|kanya|amin|kanila)|bagay (ba )?(sa|para sa) (akin|kanya|amin|kanila)|(wants?|wanting|needs?|needing|ready for) a (change|new career)|change of career|new career)\b|(^|[^\w\s]\s*)(jobs?|roles?|careers?|ideas?)\s*\?+\s*$|\b(is it|am i|are we|is he|is she|is that) (already |just )?(too late|too old)\b|\bcan (ah|or not|anot|meh|boh?)\W*$|\b(anything|owt|onything) for the likes (of|o) (me|us|him|her)\b|\b(nafaa|ninafaa|anafaa|tunafaa) wapi\b|\bwhat (would|could|might) (she|he|they|i|we) be (any )?(good|useful) (for|at)\b|\bwhat (i|he|she|they|we) (can|could|should|might) (do|become|try)(?=\W*$)|\b(tem|ha|hay) (alguma coisa|algo|algum trabalho|algum cargo|alguna cosa|algun trabajo|algun puesto)\b|\b(it|that|this) (will|would|could|might|can) (lead|take (me|him|her|them)) (somewhere|anywhere)\b|\b(could|can|would|might) (i|he|she|they|someone like me) (\w+ )?(do|get|find|move into|go into) (something|anything)\b|\bany of (these|them|those|the jobs|the roles) (use|need|want|involve) (that|this|it)\b|\bwhere exactly\W*$|\b(jobs?|roles?|careers?|anything|something|options?|positions?|work) (here |there |out there )?(for|suited to) (a |an )?(ex-?|former |retired )?[a-z]{3,}s\W*$|(^|[.!,;:]\s*)(and |so |what about |how about |for )?(me|him|her)\s*\?+\s*$|(^|[.!,;:]\s*)(et |y |e |und |a )?(moi|yo|eu|ich|ja)\s*\?+(?=\W*(?:\([^()]*\)\W*)?$)|\b(anything|any (role|job)s?|something|a (role|job)|which (one|role|job)s?) (that|which|where) (uses?|combines?|mixes?|needs?|puts?|brings?) (\w+ ){0,2}(both|the two|all (of )?(that|this|it))\b/;

/** "accountant, good with numbers, what would fit?": asking what fits speaks of the asker without an "I". */
const FITS =
  /\b(what|which|where)\b.{0,25}\b(fits?|suits?|suited|matches)\b|\b(jobs?|roles?|careers?) (are|r|would be|is) (good|best|right|ideal|suited) (for (someone|somebody|people|a person|me)|if)\b|\b(jobs?|roles?|careers?|anything|something|options?|positions?|work) (here |there |out there )?(for|suited to) (a |an )?(ex-?|former |retired )?[a-z]{3,}s\W*$|\b(could|can|would) (someone|a|an|people)\b.{0,60}\bdo (that|it|this)\b/;

/** "think an ex roughneck could do it?": the person named first, then whether they could do the job. */
const NAMES_WHO_COULD_DO_IT =
  /\b(someone|somebody|an?|people|folks?)\b[\w\s'-]{0,40}\b(could|can|would|might) (do|handle|manage) (that|it|this|the job)\b(?! (to|for|with)\b)/;

/** Ends by taking leave: what comes before says why, not what the asker did. */
const SIGNS_OFF =
  /\b(see (ya|you|u)( later| soon| tomorrow)?|cya|bye|goodbye|laters|ta ra|gotta go|got to go|gtg|i'?m off|im off|night all|good night)\W*$/;

/** The asker states what they are or did ("I'm a nurse", "I studied…"), not only "I" in a question. */
// A sentence opening "I <does something>" tells what someone does ("i solder arduino stuff"), unless the
// verb is one of thinking, wanting or hearing ("I wonder", "I need", "I read that…").
const STATES_BACKGROUND =
  /(^|[.!?]\s*|\b(but|and|also) (the )?(rest of the (year|time|week) |otherwise |weekends |winters |summers )?)i (?!(want|wanna|need|wonder|think|thought|heard|hear|read|saw|see|seen|mean|guess|know|knew|hope|believe|feel|felt|gather|understand|understood|suppose|assume|reckon|remember|imagine|suspect|figure|bet|doubt|realise|realize|learned|learnt|notice|count|counted|recall|just|also|really|would|will|can|could|should|have|got|get|am|was|m|d|ll|keep|kept|came|find|found|lost|bought|paid|parked|missed|noticed|asked|ask|already|dont|don|didn|cant|can't|wanted|needed|were|love|like)\b)[a-z]{3,}\b|(^|[.!?]\s*)(my )?(bg|background)\s*:|(^|[.!?,]\s*)(i )?grew up (on|in|around) (a|an|the|my) \w+|(de )?(toda|toa) (la|mi) vida|toda a (minha )?vida|toute ma vie|tutta la (mia )?vita|(all|the whole of) my (working )?life|my whole (working )?life|(^|[.!?,]\s*)(mostly|mainly|usually|basically) (?!(asking|wondering|thinking|looking|curious)\b)[a-z]{3,}ing\b|\b(radi|radio|radila|rabotaet|rabotal|rabotala|rabotayu|pracuje|pracoval|pracovala|dela|delal|delala) (u|v|na|kao|jako|kak|as|ve|vo)\b|\b(doulevw|doulevo|douleva|doulevei|doulevoun) (ws|os|san|se|sto|stin|sta|\w+os|\w+a)\b|\b(?<!\b(do|does|did|can|could|should|would|will|shall|may|might|must) )(i'm|im|i am|i was|i've|ive|i have|i had|i work|i worked|i do(?! not\b)|i did(?! not\b)|i run|i ran|i studied|i study|i teach|i taught|i manage|i build|i love|i enjoy|i like|i'm into|my (background|job|degree|experience)|ex|(?<!the )former|retired|grad|graduate|student|intern|used to be|used to work|(^|[.!?]\s*)(i )?used to (?!(it|that|this|them|the|a|be able|think|say|love|like|hate)\b)[a-z]+\b|worked as|(?<=\b(i|i'?m|we|my)\b.{0,40})for a living|by trade|\d+\s*(odd |plus |\+ ?)?(yrs?|years?|y)\b|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty)([- ]\w+)? (yrs?|years?|decades?)|i (spent|'ve spent|have spent)|je suis|j'ai (fait|travaill\w*|[eé]tudi\w*|[eé]t[eé])|ana (kont|kunt|5rig|khrig|ba3mel|bshta3'?al|bashta3'?al|bashtaghal|dares|daresst|darast|shaghal)|j'[eé]tais|soy|fui|trabaj[eé]|estudi[eé]|trabalhei|estudei|ich bin|ich war|mimi ni|yapt[iı]m|[cç]al[iı][sş]t[iı]m|[cç]al[iı][sş][iı]yorum|azubi|lehrjahr|ausbildung (als|zum|zur)|nilikuwa|ninafanya kazi|nimefanya kazi|(a )?(couple|few|several|many) (of )?(yrs?|years?)|(i'?ve |ive )?been (doing|working|a|an|in)|my (side hustle|day job|hobby|passion|thing)|(is|was) (kinda |kind of |sort of )?my thing|(he|she|of mine|of ours) (is|was|works|worked|does|did|studied|studies|runs|ran)|of (mine|ours)'s|(?<!\b(role|job|one|which|what|who|that|it|this|ai|tech)\s)(is|are|'s|was|were) (really |very |so |pretty |quite |super |dead |just )?(brilliant|great|good|amazing|excellent|handy|gifted|talented|skilled|a natural|a whizz|a wizard|a genius) (at|on|with)|(son|daughter|grandson|granddaughter|grandchild|kid|child|teen|teenager|nephew|niece)('s| is| does| likes| loves| builds| takes| fixes| makes| repairs| codes| spends| tinkers| has been| had been| was| worked)|(wanting|looking|hoping|trying) to (do|get|move|switch|change|find|work)|ended up (doing|in|as|working|running|teaching|on)|(^|[.!?]\s*)(phd|msc|bsc|masters|master's|degree|diploma|hnd|btec) in|\b(did|done|doing|completed|finished|had|have|got|on|during|after) (a |an |my |the |two |three )?([\w-]+ ){0,2}internships?|(1st|2nd|3rd|\d+th|first|second|third|final|last) (yr|year)( \w+)? (student|undergrad|of)|(?<!\b(salary|salaries|pay|income|earnings|wages?|money) )(1st|2nd|3rd|\d+th|first|second|third|final) (yr|year))\b|^\W*(?!(which|what|where|who|how|any|anything|is|are)\b)\w+( \w+)? here\b|(^|[,.;]\s*)(did|worked|studied|spent|been doing) (a|an|my|two|three|\d+)\b|(^|[,.;]\s*)(did|done|worked|studied|spent|been doing)(?! (you|u|they|he|she|it|anyone|someone|the|this|that)\b) ([\w/+-]+ ){1,3}(before|for|at|in|since|until)\b/;

export interface IntentRule {
  intent: Intent;
  when: (q: string, s: QuestionSignals) => boolean;
  /** Questions this rule must classify, with what the matcher finds in them. */
  examples: string[];
}

const roleInFocus = (s: QuestionSignals) => s.namedRoles > 0 || s.subjectRole;

export const INTENT_RULES: IntentRule[] = [
  {
    intent: 'compare',
    when: (q, s) =>
      (COMPARE.test(q) || ASKS_IF_ALIKE.test(q)) && (s.namedRoles >= 2 || (s.namedRoles === 1 && s.subjectRole)),
    examples: [
      'digital anthropologist vs data scientist',
      'How does a customer maker differ from a professional triber?',
      'cloud architect or platform developer?',
      'is a data scientist similar to a machine learning scientist?',
    ],
  },
  {
    intent: 'background-fit',
    when: (q, s) =>
      s.namedRoles === 0 &&
      !s.subjectRole &&
      asksForFit(q) &&
      // "which of these jobs are more about people? I'm not techy": a list by skill, whatever the asker adds of themselves.
      !(s.skillsInListAsk ?? 0) &&
      (STATES_BACKGROUND.test(q) ||
        OPENS_WITH_WHAT_I_DID.test(q) ||
        FOR_PEOPLE_WHO.test(q) ||
        // A skill named only to be turned away from ("anything for me though I can't code?") is no subject.
        (s.namedSkills - (s.skillsTurnedAway ?? 0) === 0 && !SKILLS_LIST.test(q) && !ALL_ROLES.test(q))),
    examples: [
      'ex-paramedic here, good with gadgets and patients. what fits?',
      'i do pentests for banks. smart city equivalent?',
      'I was a nurse, where do I fit?',
      'line cook, fast under pressure, always fixing the kitchen gadgets',
      'school librarian. any role where I could use that?',
      'welder for 12 years, want a change. ideas?',
      'forklift guy from a distribution centre. which role?',
      'sociology undergrad here, what roles should I be targeting',
      'how could I use my accounting experience in a smart city?',
      'i work as a shop supervisor, good with rotas and spreadsheets',
      'I did a degree in sociology and love running focus groups',
      'my brother is a plumber and wants a change',
      'been doing payroll for a few yrs, numbers are kinda my thing',
      'what roles are there for people who are good with customers?',
      'school nurse for 6 years. where?',
      'I was working as bank clerk for 5 years, I make reports in Excel. Where I can fit?',
      'One of the lads in our choir is amazing with Instagram, his reels get loads of likes. Is there a real job in this for him?',
    ],
  },
  {
    intent: 'roles-without-skill',
    when: (q, s) =>
      s.namedSkills > 0 &&
      s.namedRoles === 0 &&
      (!s.subjectRole || s.asksAmongShown === true) &&
      (ASKS_FOR_ROLES.test(q) || /\bwhich of (those|these|them)\b/.test(q)) &&
      (s.negatesSkill ?? true) &&
      !s.skillsWanted &&
      WITHOUT.test(s.asked ?? q) &&
      !asksForFit(q) &&
      s.otherWords <= MAX_WORDS_BESIDE_SKILL,
    examples: [
      "which roles don't need programming?",
      'which jobs need the least coding?',
      'any roles without machine learning',
      'welche jobs gehen ohne programmieren?',
      'quais empregos sem programação?',
    ],
  },
  {
    intent: 'roles-for-skill',
    when: (q, s) =>
      s.namedSkills > 0 &&
      s.namedRoles === 0 &&
      // "which of them need programming?" after a list asks among it, whatever subject was carried.
      (!s.subjectRole || s.asksAmongShown === true) &&
      (ASKS_FOR_ROLES.test(q) || s.asksAmongShown === true) &&
      !DEFINES.test(q) &&
      !ASKS_ITS_NAME.test(q) &&
      // A sentence asking which roles use a skill may say where the skill is used ("the IoT gadgets we're
      // bolting onto light poles") and stays a list.
      (s.otherWords <= (ASKS_WHO_ONLY.test(q) ? WORDS_BESIDE_WHO : wordsBesideSkills(s.namedSkills)) ||
        (s.skillsInListAsk ?? 0) > 0),
    examples: [
      'Which roles need machine learning?',
      "Which of these positions would actually deal with the internet-of-things gadgets we're bolting onto light poles?",
      'which roles use robotics?',
      'who works with p2p',
      'ml jobs?',
      // "not just" asks for a skill as well as the rest, not without it.
      'which jobs need communication and teamwork, not just tech',
      "which of these jobs are more about working with people? i'm not a computer person",
    ],
  },
  {
    intent: 'roles-overview',
    when: (q, s) =>
      ALL_ROLES.test(q) &&
      s.namedRoles === 0 &&
      s.namedSkills === 0 &&
      !s.subjectRole &&
      !ABOUT_SOMETHING.test(q) &&
      // "which jobs are for somebody who studied architecture?" asks for a kind of person's roles.
      !FOR_PEOPLE_WHO.test(q) &&
      !FITS.test(q),
    examples: ['what jobs exist in smart cities?', 'list all the roles', 'which careers are there?'],
  },
  {
    intent: 'role-sources',
    when: (q, s) => roleInFocus(s) && SOURCE.test(q),
    examples: ['who says cities need alliance directors?', 'where does the urban mechanic idea come from?'],
  },
  {
    intent: 'related-roles',
    when: (q, s) => roleInFocus(s) && RELATED.test(q) && !COMPARE.test(q.replace(/similar to/, '')),
    examples: ['which roles are related to the customer maker?', 'anything similar to a professional triber?'],
  },
  {
    intent: 'role-backgrounds',
    // "is it suitable for me? I do fraud investigation" about a role: which backgrounds lead into it.
    when: (q, s) => roleInFocus(s) && (BACKGROUNDS.test(q) || asksForFit(q)),
    examples: [
      'What background do you need to become a digital anthropologist?',
      'what should I study to be a cloud architect',
    ],
  },
  {
    intent: 'role-skills',
    // A skill carried over from "which jobs use embedded software?" does not make "what does the robot one involve" ask for skills.
    when: (q, s) =>
      roleInFocus(s) &&
      (s.namedSkills === 0 || s.subjectRole) &&
      (SKILLS.test(q) || (s.skillsInQuestion ?? s.namedSkills) > 0),
    examples: [
      'what skills does an urban mechanic need',
      'cloud architect skills',
      'which tools does a data scientist use',
      'what must you know to work as a robotics specialist?',
    ],
  },
  {
    intent: 'skills-overview',
    when: (q, s) => SKILLS_LIST.test(q) && s.namedSkills === 0 && !roleInFocus(s) && !STATES_BACKGROUND.test(q),
    examples: ['Which skills should I learn for a smart city career?', 'what skills do employers want'],
  },
];

export function classifyIntent(question: string, signals: QuestionSignals): Intent {
  const q = question.toLowerCase();
  return INTENT_RULES.find((r) => r.when(q, signals))?.intent ?? 'describe';
}

/**
 * Names an occupation as what is asked about ("become a dental hygienist", "what does a pharmacy
 * technician do"): a question about that occupation, not of fit. Whether the knowledge has it is
 * for the name matcher to say.
 */
const OTHER_CAREER =
  /\b(become|becoming|(?<!(used to|before to|before|after|(need|needs|want|wants|expect|expects|require|requires) (you|u|me|someone|people|us|them|ya) to|\bi) )be(?!\s+(\w+(ing|ed|able|ible|ful|ous|ly)|honest|frank|straight|blunt|brutal|kind|nice|gentle|brief|quick|relevant|important|different|efficient|competent|confident|independent|present|excellent|sufficient|possible|worth|good|great|best|better|right|useful|suitable|there|here|enough|ok|okay|fine|still|even|also|so|too|very|really|just|for|with|in|at|on|to|the|my|me|it|that|this|like|put|of|(a |an )?(job|jobs|career|city|real|proper|paid|paying|actual))\b)|(?<!\b(i|i'm|im|i am|i've|ive|i have|been|he|she|who|currently|still|now|used to|was|were|am|is|are)\s+)work(s|ing)? as|(?<!\b(had|have|has|having|my|his|her|their|first|last|previous|old|former|current|day|summer|weekend|holiday|temp|time|side)\s+(a\s+)?)jobs? as|career as|(re)?train(ing|ed)? as|reskill(ing)? as|qualify as|licensed as)\s+(a\s+|an\s+)?(?!(more|one|part|better|of|useful|any|used)\b)\w+|\bwhat (does|do) (a|an) (\w+ ){1,3}(do|earn|make|get paid)\b|\b((move|moving|step|stepping) up|(get|getting|be|being) promoted) to (a |an |the )?(head |senior |lead |chief |sous )?\w+|\bis (being|becoming) an? (\w+ ){1,3}(a )?(good|bad|decent|solid|smart|wise|well[- ]paid)\b|\b(salary|pay|wages?|earnings) (of|for) (a|an) \w+|^\W*([\w-]+ ){1,4}(engineer|technician|designer|analyst|developer|scientist|manager|specialist|operator|mechanic|installer|inspector)s?\W+(how is|how'?s|is (it|this|that)|what about) (this |that |the |it )?(a )?(good )?(career|job|field|path|profession)\b|\bis (?!there\b)(a |an )?(\w+ ){1,2}(a )?(legit|real|good|viable|valid|worthwhile|solid|dead|dying) (\w+ )?(career|job|path|track|profession)\b|\b\w+ (kaise|kese) (bante|banu|banun|bane|banta|banti|ban sakte|ban sakta|ban sakti)\b/;

/** The question is about a particular occupation (see OTHER_CAREER). */
export function asksAboutAnOccupation(question: string): boolean {
  return OTHER_CAREER.test(question.toLowerCase());
}

/** Opens by asking who does some work: "who runs…", "who looks after…". */
const ASKS_WHO_DOES =
  /^\W*((so|and|ok|okay|but|then)\W+)?(whose (job|role|responsibility|task) (is it|is that|would (it|that) be|is) to\b|who (\w+ly )?(runs|does|makes|builds|designs|looks after|keeps|plans|decides|writes|fixes|checks|handles|manages|dreams up|comes up with|sets up|takes care of|gets)\b)/;

/** A person describing themselves and asking where they fit, not about another named career. */
/** What a job would ask of the asker: "need me to", "expect us to". */
const JOB_DEMANDS_OF_ME = /\b(need|needs|require|requires|expect|expects|make|makes|force|forces) (me|us) to\b/g;

/**
 * Tells what someone close does, in a few languages: "my brother is a welder", "meu irmão é soldador",
 * "mon chum fait de la livraison", "chồng chị làm electrician", "Boyfriend: physics master". To a careers
 * bot, that asks where they would fit.
 */
/** Possessives before someone close, in the languages below; British "the wife" is one's own. */
const CLOSE_POSSESSIVE = String.raw`(my|our|the|his|her|their|me|meh|mah|enas|h|meu|minha|mi|mis|mio|mia|mon|ma|mein|meine|mijn|ons|onze|moj|moja|moi|moya|moego|un|una|um|uma|o|i|il|la)`;
/** How a relative is told apart: "my little sister", "ma petite sœur", "mi hermano mayor" reads the same. */
const CLOSE_ADJECTIVE = String.raw`(little|big|younger|older|baby|kid|petite?|grande?|kleine?r?|grosse?r?)`;
/** Relatives, partners, friends, neighbours and colleagues, in several languages. */
const SOMEONE_CLOSE = String.raw`brother|sister|son|daughter|wife|husband|partner|mum|mom|mam|dad|father|mother|cousin|uncle|aunt|nephew|niece|friend|mate|pal|neighbou?r|colleague|boyfriend|girlfriend|fiance|fiancee|chong|vo|con trai|con gai|anh trai|em trai|chi gai|irmao|irma|filho|filha|marido|esposa|amigo|amiga|hermano|hermana|hijo|hija|esposo|tio|tia|primo|prima|vecino|vecina|padre|madre|ksaderfos|ksaderfi|aderfos|aderfi|mitera|pateras|veli|sisko|vaimo|gynaika|andras|filos|filh|gios|kori|frere|soeur|belle-soeur|beau-frere|belle-mere|beau-pere|cousine|oncle|tante|neveu|fils|fille|mari|femme|ami|amie|chum|blonde|copine|copain|bruder|schwester|mutter|vater|onkel|sohn|tochter|mann|frau|freund|freundin|broer|zus|zoon|dochter|vader|moeder|oom|neef|buurman|buurvrouw|collega|vriend|vriendin|pai|mae|avo|em gai|koumpara|koumparos|compadre|comadre|carnal|nipote|bredda|breda|bredrin|sista|buddy|bud|homie|bro|sis|cuz|brother-in-law|sister-in-law|father-in-law|mother-in-law|son-in-law|daughter-in-law|sesuo|brolis|kollege|kollegin|nachbar|nachbarin|ausbilder|ausbilderin|fratello|sorella|cugino|cugina|figlio|figlia|marito|moglie|zio|zia|amico|amica|khti|bnti|weldi|khoya|wld khali|wld 3ami|bent khali|bent 3ami|mrati|rajli|zena|muz|brat|sestra|kci|otac|majka|prijatelj|prijateljica|kid|missus|hubby|wifey|other half|better half|bestie|bff|best friend|kunu|yere|mina|jerma|vellai|motra|kusheriri|kusherira|namorada|namorado|noiva|noivo|vizinho|vizinha|cunhado|cunhada|syn|doch|muzh|zhena|drug|podruga|otets|sosed|soseda|sosedka|kollega|dyadya|tetya|plemyannik|plemyannitsa|druzhina|cholovik|susid|susidka|donka|kolega|koleginitsa|koleginica|kolegica|soused|sousedka|svagr|svagrova|manzel|manzelka|dcera|kamarad|kamaradka|ate ko|kuya ko|tita ko|tito ko|lola ko|lolo ko|pamangkin ko`;
/** "my girl", "our lad": someone close only when they are the speaker's own ("the girl at the desk" is not). */
const MY_OWN = String.raw`(my|our|me) (girl|boy|lad|lass|fella|man|woman|old man|old lady)`;
const TELLS_OF_SOMEONE_CLOSE = new RegExp(
  String.raw`^\W*((${CLOSE_POSSESSIVE} ){0,2}(${CLOSE_ADJECTIVE} )?(${SOMEONE_CLOSE})|${MY_OWN})` +
    String.raw`('s\b|( \w+)? (is|was|works|worked|does|did|drives|drove|runs|ran|e|es|est|ist|war|trabaja|trabajaba|trabalha|trabalhava|travaille|travaillait|fait|faisait|arbeitet|arbeitete|macht|lam|maneja|conduce|dirige|einai|htan|doulevei|werkt|werkte|radi|je|fa|dela|delal|delala|pracuje|pracoval|pracovala|rabotaet|rabotal|rabotala|pratsyuie|raboti|lavora|studia|khdama|khddam|kaykhdem|katkhdem|kat9ra|kay9ra|a|pulls|builds|fixes|repairs|teaches|codes|programs|designs|manages|sells|cooks|bakes|cleans|serves|loves|likes|flies|studies|trains|nurses|cares|mends|writes|paints|welds|wires|installs|operates|delivers|organises|organizes)\b|( \w+)?\s*[:=\u2013-]\s+\w)`,
);
/** Opens by naming someone close, however the rest is worded: "brother welder", "my wife nurse in…". */
const OPENS_WITH_SOMEONE_CLOSE = new RegExp(
  String.raw`^\W*((${CLOSE_POSSESSIVE} ){0,2}(${CLOSE_ADJECTIVE} )?(${SOMEONE_CLOSE})|${MY_OWN})\b(?!['’])`,
);

const CHOICE_OF_TWO = /\b(should|shall|do|would) (i|we) [^.?!]{2,80}\bor\b/;

/** Opens by telling what someone close does: "my brother is a welder", "broer = elektricien". */
export function tellsOfSomeoneClose(message: string): boolean {
  return TELLS_OF_SOMEONE_CLOSE.test(withoutAccents(message));
}

/** What follows someone close named first, with no verb between ("brother welder": "welder"). */
export function afterSomeoneClose(message: string): string | undefined {
  const m = withoutAccents(message);
  const opening = OPENS_WITH_SOMEONE_CLOSE.exec(m);
  return opening ? m.slice(opening[0].length) : undefined;
}

export function asksForFit(question: string): boolean {
  // "trabajé 5 años…, ¿hay algo para mí?": a word boundary does not follow an accented letter.
  // "which jobs don't need me to write code?": the job's demand on the asker tells no background.
  const q = withoutAccents(question).replace(JOB_DEMANDS_OF_ME, '$1 one to');
  if (OTHER_CAREER.test(q)) return false;
  // "should I do the bookkeeping cert or go for accounting? which one gets a job quicker": a choice
  // between two paths of the asker's own, when they tell nothing of what they did.
  if (CHOICE_OF_TWO.test(q) && !STATES_BACKGROUND.test(q)) return false;
  // "i want make model that guess which pump will break, what job?" names the work wanted, not a background;
  // so does "what job is it that stops hackers…? that scares me", whatever "me" is doing there.
  if ((WANTS_TO_MAKE.test(q) || DESCRIBES_WORK.test(q) || ASKS_ITS_NAME.test(q)) && !STATES_BACKGROUND.test(q))
    return false;
  // "my internet at home is very slow, the provider say all is fine. what can i do?" tells of a thing at fault:
  // what can be done is a repair, not a job, unless the asker also tells what they do.
  if (REPORTS_A_FAULT.test(q) && !STATES_BACKGROUND.test(q)) return false;
  // "Who runs the innovation centre…? Sounds like jobs for the boys to me." asks who does the work.
  if (ASKS_WHO_DOES.test(q)) return false;
  // "high school teacher, I love explaining tech": to a careers bot, a statement of background asks where it fits.
  // So does "pharmacist, really into medical devices": a job title, a comma, and what they do or like.
  // A clause opening with a question word asks something, wherever it stands ("tap dripping after i change it, what i do wrong").
  const statesOnly =
    (STATES_BACKGROUND.test(q) || namesItself(q) || TELLS_OF_SOMEONE_CLOSE.test(q)) &&
    !q.includes('?') &&
    // "right im off, gotta do the 4 o clock run. see ya" tells why they leave.
    !SIGNS_OFF.test(q) &&
    !QUESTION_WORD.test(q) &&
    !clauses(q).some((c) => OPENS_WITH_QUESTION_WORD.test(c)) &&
    // "me hackearon el insta, cómo lo recupero", "mera jio ka data khatam ho jata hai, kaunsa plan lu": a
    // question word of another language asks, wherever it stands, with or without a mark.
    !ASKS_IN_ANOTHER_LANGUAGE.test(question.toLowerCase());
  // "Hospital porter for nine years, could any of that come in handy?": naming oneself is the "I".
  return (
    ((SELF.test(q) ||
      // "which roles are good for people coming from logistics?" asks for them what others ask for themselves
      // ("a job for somebody who keeps hackers out" describes the work, not a background).
      /\b(for|to|suit|suits|fit|fits) (people|someone|somebody|folks|those|anyone) (coming )?from\b/.test(q) ||
      // "jobs for somebody who studied architecture": who the person is, not what the job does.
      /\bfor (people|someone|somebody|folks|anyone|a person) (who|that) (study|studies|studied|studying|did|have|has|had|worked|work|works|like|likes|love|loves|are|is|was|were|come|comes|came|know|knows)\b/.test(
        q,
      ) ||
      FITS.test(q) ||
      // "ma belle-soeur est hôtesse de l'air… elle ferait quoi?": someone close, asked about as the asker would be.
      TELLS_OF_SOMEONE_CLOSE.test(q) ||
      // "zhena bukhgalter…, ei chto podoidet?": someone close named first, the verb left out as many languages do.
      OPENS_WITH_SOMEONE_CLOSE.test(q) ||
      LABELS_ITSELF.test(q) ||
      OPENS_WITH_WHAT_I_DID.test(q) ||
      (namesItself(q) && STATES_BACKGROUND.test(q))) &&
      ASKS_FIT.test(q)) ||
    statesOnly ||
    NAMES_WHO_COULD_DO_IT.test(q) ||
    asksAboutSelfAfterBackground(q)
  );
}

/**
 * A question of where the asker stands ("where does that leave me?", "anything out there for me?",
 * "where would that experience count?"),
 * not a how-to ("how do I…"), a request ("can you…") or a question about their things ("my rights").
 */
const ASKS_OF_SELF =
  /^\W*((so|and|but|ok|okay|well|then|now)\W+)*(what|where|which|any|anything|is there|are there)\b(?!.*\b(you|u)\b).*\b(i|me|myself|someone like me|people like me|(that|this|my|such|all that|all this) (\w+ )?(experience|background|skill ?set|skills|expertise|training|know-how|profile))\b/;

/**
 * Someone who has said what they do or did and then asks something of their own: "20 yrs in the
 * navy, gps and radar. where does that leave me?" asks where that background fits, in whatever words.
 */
function asksAboutSelfAfterBackground(q: string): boolean {
  const parts = clauses(q);
  // The question may run over several clauses ("where, if anywhere, would that count?").
  for (let at = parts.length - 1; at > 0; at--) {
    const asking = parts.slice(at).join(' ');
    if (!ASKS_OF_SELF.test(asking)) continue;
    const told = parts.slice(0, at).join('. ');
    return STATES_BACKGROUND.test(told) && (q.includes('?') || QUESTION_WORD.test(asking));
  }
  return false;
}

/** Asks for the role that does some work: "which job is it that stops hackers", "the person who keeps…", "there are people who write…". */
const DESCRIBES_WORK =
  /\b(what|which) (job|role|career|person|people) (make|makes|made|build|builds|create|creates|design|designs) (this|that|these|those|it|them)\b|\b((what|which)( kind of| sort of| type of)? (job|role|career|position|profession)( is it| is that| would that be| would it be)?|the (job|role|person|people|guy|one)|there (are|is) (people|someone|somebody|a person|folks|guys)) (that|who|whose|which|where) (?!(fits?|suits?|matches|would|could|i|i'd|id|i'm|im|someone|my|me)\b)\w+|\b(what|which)( kind of| sort of| type of)? (job|role|career|position|profession|one) (is|'s|would be) (basically|essentially|literally|just|all about|mostly|really|the one)\b/;

/** Asks what some work is called: "what would that job be called?", "what do you call the person who…". */
const ASKS_ITS_NAME =
  /\bwhat('?s| is)? (the )?name (of |for )?(this|that|the|such) (job|role|work|position|profession)\b|\b(what|how)\b.{0,30}\b(job|role|position|profession|career|person|people|guy|one|they|it)( \w+)? (be |is |are )?(called|named|titled)\b|\bwhat (do|would|does) (you|u|one|people|they) call\b|\b(what|how) (is|are|'s) (that|this|the|such an?) (fellow|chap|bloke|guy|person|role|job|position) called\b|\b(want|wanna|would like to|need to) know (the|its|their|that) name\b|\b(tell|give) me (the|its|their) name\b|\bname (of|for) (that|this|the|such) (job|role|position|profession|person)\b|\b((qu[eé]|qual|cu[aá]l) (nombre|nome) tiene|(cu[aá]l|qual) (es|e|é) (el|o) (nombre|nome)|c[oó]mo (se )?(llama|chama|chamam|llaman)|comment (ca |ce )?s'?appelle|wie hei(ss|ß)t (das|der|die|so)|(iska|uska|us) naam kya|adi (ne|nedir)|inaitwa)\b/;

/** A thing at fault: slow, broken, stuck, or not doing what it should ("the printer won't print", "wifi keeps dropping"). */
const REPORTS_A_FAULT =
  /\b((is|are|'?s|keeps?|kept|got|gets|went|goes|been) (\w+ )?(very |so |really |too |super |always |still |getting |going )?|(very|so|really|too|super) )(slow|broken|down|dead|stuck|jammed|jamming|frozen|crashing|freezing|overheating|lagging|dropping|disconnecting|blinking|flashing|beeping|leaking|glitching|buffering|failing|acting up|playing up|not working)\b|\b(won'?t|doesn'?t|does not|isn'?t|is not|aren'?t|are not|keeps not) (\w+ )?(work|working|start|print|printing|load|loading|connect|connecting|turn on|charge|charging|boot|open|respond)\b|\bstopped (working|printing|charging|loading|responding|connecting)\b/;

/** The asker wants to make something: the work is what they describe, so it is a role they ask for. */
const WANTS_TO_MAKE =
  /\bi (really |just )?(want|wanna|would like|'?d like|like|love)( to)? (make|build|design|create|program|code|develop|predict|invent)\b/;

/** Opens with a short phrase and a comma: how people introduce themselves in chat ("3D animator, mostly Blender"). */
// Or a phrase and how long: "pentester 3y.", "ops nerd 10 yrs".
const NAMES_ITSELF = /^\W*(\w+(?:\s*[+&/]\s*\w+| \w+){0,5})(?:\s*,|(?=\s+\d+\+?\s*(?:y|yrs?|years?)\b))/;
/** Opens with what the asker did, the "I" dropped as chat does: "did devops before pivoting to sec…", "twenty years as a solicitor", "ran a shop floor…", "used to be a paralegal". */
const OPENS_WITH_WHAT_I_DID =
  /^\W*((\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)( odd)? (yrs?|years?|decades?) (as|in|of|at|on|doing|working)\b|got (\d+k?|loads|lots|my) [\w-]+|(did|done|worked|studied|spent|been doing|ran|managed|taught|drove|led|nursed|trained|coached)(?! (you|u|they|he|she|it|anyone|someone|the|this|that|to)\b) [\w/+-]+|(kept|maintained|installed|repaired|fixed|serviced|looked after|ran|built|wired) (the|a|an|our|their|all|loads of|lots of) [\w'-]+|used to (be|work|do|run|teach|drive)\b|(mostly|mainly|currently|usually|basically|still|now) (drive|work|do|run|fix|teach|build|operate|look after|manage|install|repair|maintain|wire)\b|been (?!(wondering|thinking|reading|looking|trying|hearing|meaning|asking|searching|seeing|told|waiting|hoping|meaning)\b)\w+ing\b|doing (a|an|my) ([\w-]+ )?(degree|course|masters|master's|phd|diploma|apprenticeship|bootcamp))/;
/** Opens by calling oneself a kind of person: "plc + scada guy.", "ops nerd, 10 yrs." */
const LABELS_ITSELF =
  /^\W*(\w+(\s*[+&/]\s*|\s+)){1,4}(guy|gal|girl|person|lady|dude|bloke|chap|nerd|geek|tinkerer|hobbyist|enthusiast)\s*[.,!]/;
/**
 * Words that make that opening a clause about something else ("my sourdough keeps coming out flat,",
 * "laptop got popups everywhere,", "whats nvidia stock at,"): a verb, or a question word or possessive
 * in front of a thing.
 */
const CLAUSE_WORDS = new Set(
  `is are was were be been am isnt wasnt keeps keep kept got gets get getting think thinks thought wont cant
  doesnt dont didnt has have had make makes made say says said seems seem goes went comes coming came
  want wants need needs know knows broke broken stopped stops works worked won t s what whats how why when
  where who my our your their his its this these those salary salaries pay wage wages income please pls plz favor favour porfa svp`.split(
    /\s+/,
  ),
);

/** "ICU nurse, 8 years": a short phrase naming the person, not a clause about something. */
function namesItself(q: string): boolean {
  const opening = NAMES_ITSELF.exec(q)?.[1];
  return opening !== undefined && !opening.split(' ').some((w) => CLAUSE_WORDS.has(w.replace(/'/g, '')));
}

/** Opens a question ("what…", "how…", "is it…") rather than a statement ("I do pentesting", "did a bootcamp", "I did a masters"): a verb after its subject states; only interjections come before an inverted one. */
// "idk what im good at": a question word after not knowing opens no question.
const QUESTION_WORD =
  /^\W*((\w+\W+){0,6}?(?<!\b(idk|dunno|know|sure)\W+)(what|whats|wats|wots|which|where|wheres|how|hows|who|whos|why|when)\b|((\w+ ){1,2}here\W+)?((ok|okay|so|hey|hi|hello|and|but|well|also|then|quick|question|um|hmm|lol|btw|pls|please|honestly|yo|guys|bot|sorry|just|really|seriously)\W+){0,3}(is|are|can|could|should|do|does|did|will|would)\s+(i|you|u|we|they|he|she|it|this|that|these|those|there|a|an|the|my|your|any|anyone|someone|people)\b)/;

/**
 * Question words of other languages, as written: "qué", not "que" ("that"); "cómo", not "como" ("as": "trabajé
 * como chofer"). Vietnamese and Indonesian ones end a question ("lay lai sao anh", "diapain ya"), Indonesian ones
 * often in chat shorthand ("cara ngambil balik gmn ya").
 */
const ASKS_IN_ANOTHER_LANGUAGE =
  /(?<![\p{L}\p{N}])(qué|cómo|cuál|cuáles|dónde|cuándo|cuánto|cuánta|cuántos|cuántas|quoi|comment|pourquoi|où|perché|kaunsa|kaunsi|kaunse|kaise|kahan|kyun|kitna|kitni|gimana|gmn|bagaimana|kenapa|knp|kapan|kpn|berapa|brp|siapa|sao|gì)(?![\p{L}\p{N}])/u;

// Tagalog and Cebuano ask without a question mark as often as English chat does: "unsaon pag recover", "ngano hinay among wifi".
const OPENS_WITH_QUESTION_WORD =
  /^\W*(what|whats|wats|wots|which|where|wheres|how|hows|who|whos|why|when|paano|pano|bakit|saan|sino|ano|kailan|magkano|unsaon|unsay|unsa|ngano|nganong|kinsa|kanus-a|asa)\b/;

/** A few words that ask nothing (no question mark, question word or request): "heating engineer n gas safe". */
export function isBareStatement(message: string): boolean {
  const q = withoutAccents(message.toLowerCase());
  const count = words(q).length;
  return (
    count > 0 && count <= MAX_BARE_WORDS && !q.includes('?') && !QUESTION_WORD.test(q) && !ASKS_WITHOUT_A_MARK.test(q)
  );
}
const MAX_BARE_WORDS = 10;
/** A request or a question typed without its mark: "recommend me a resin printer", "is paralegal a good step", "keyerror help". */
const ASKS_WITHOUT_A_MARK =
  /^\W*(recommend|give|tell|show|help|find|write|make|explain|list|compare|is|are|am|can|could|should|do|does|did|will|would|may|might|shall|any|best)\b|\b(help|recommend|error|errors|fix|please|pls|plz)\b/;

/**
 * The few words a message opens with before its first stop, comma or equals sign ("tram driver",
 * "Accountant", "broer"), as someone introduces themselves in chat; undefined when longer.
 */
export function openingPhrase(message: string): string | undefined {
  const opening = /^\W*([^.,;:=!?()\n]+?)\s*(?:[.,;:=!]|\s[-\u2013]\s|$)/.exec(message)?.[1];
  return opening !== undefined && words(opening).length <= MAX_OPENING_WORDS ? opening : undefined;
}
const MAX_OPENING_WORDS = 4;

/**
 * After its opening, a message that asks a few words at most, in its last sentence alone ("… 50 years
 * old. van esély?", "… Zvino?", "… jobs?"): what else it could ask is where the opening fits.
 */
export function asksLittleAfterOpening(message: string): boolean {
  const q = withoutAccents(message.toLowerCase()).trim();
  const sentences = q.split(/(?<=[.!?])\s+/);
  const last = sentences.at(-1)!;
  return (
    words(q).length <= MAX_INTRODUCTION_WORDS &&
    sentences.slice(0, -1).every((s) => !s.includes('?')) &&
    last.endsWith('?') &&
    words(last).length <= MAX_SHORT_ASK_WORDS &&
    sentences.length > 1 &&
    !OPENS_WITH_QUESTION_WORD.test(last) &&
    !ASKS_AN_ERRAND.test(last)
  );
}
const MAX_INTRODUCTION_WORDS = 16;
/** A short ask that is an errand or a purchase, not where the opening fits: "help?", "price?". */
const ASKS_AN_ERRAND = /\b(help|recommend|error|errors|fix|please|pls|plz|price|prices|cost|buy|cheapest|best)\b/;
const MAX_SHORT_ASK_WORDS = 3;

/** The asker says what they are or did: a new question about themselves, not a follow-up. */
export function statesBackground(question: string): boolean {
  return STATES_BACKGROUND.test(question.toLowerCase());
}

/** Asks about a role's skills, backgrounds, relations or differences: words that need a subject. */
export function asksAboutARole(question: string): boolean {
  return asksOfARoleItself(question) || COMPARE.test(question.toLowerCase());
}

/**
 * Asks about what a role is (its skills, backgrounds, relations, work, sources), not only which of two
 * things is better: "or" and "better" end many a question about something else.
 */
export function asksOfARoleItself(question: string): boolean {
  const q = question.toLowerCase();
  return (
    SKILLS.test(q) || BACKGROUNDS.test(q) || RELATED.test(q) || DAILY_WORK.test(q) || SOURCE.test(q) || EXAMPLE.test(q)
  );
}
