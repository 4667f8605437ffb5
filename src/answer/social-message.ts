import { hasTransliteratedLetters, withoutAccents, words } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';
import { closingCourtesy, OTHER_LANGUAGE_COURTESY } from './courtesy-words.js';

/** A message that is conversation rather than a question about careers. */
export type SocialKind = 'greeting' | 'thanks' | 'farewell' | 'help';

/**
 * The words such messages are made of, by kind (a few other languages' greetings and thanks too).
 * A message is social only when every word in it is one of these or a stopword: "hi, what does an
 * urban mechanic do?" is a question with a greeting in front, and is answered as a question.
 */
const LEXICON: Record<SocialKind, string> = {
  help: `help ajuda helpme usage use using instructions commands command menu options start started how work works working
    list show test testing ping
    bot bots chatbot assistant chatgpt gpt llm wrapper robot human person real computer machine program ai made make built created who are
    can could able capable do does know knows what ask questions question features talk chat topics
    purpose about info information anything something stuff supposed topics topic cover covers covered capabilities
    capability function functions answer answers anyone someone somebody there guide tutorial manual
    begin hello name called yourself introduce yourself kind sort type things assist assistance support offer offers provide handle
    aap ap tum kya bata batao bataiye sakte sakti sakta ho kis ke ka jawab de puch pooch puchh aapse apse aapko kaise karna samajh nahi raha bas ye yeh ne sen ise yariyorsun yapabilirsin tell hai mein urdu poochun puchun chalega yapabilirsiniz nasil kullanilir yardim unaweza kunisaidia`,
  thanks: `thanks thank thx ty tysm preciate bunch chur choice vlw mt jazakallah jazakallahu khair khayr cheers appreciated appreciate great awesome cool nice perfect helped helpful useful
    brilliant excellent lovely amazing good much lot merci danke gracias obrigado obrigada valeu ajudou muito demais grazie shukran spasibo obliged asante
    salamat po dziekuje dzieki kiitos tack takk dank ingat kayo sana shukriya dhanyavad dhanyawad bolshoe
    mantap obrigadao obrigadinho bravo thanku thankyou bahut changa lagga brigadao brigada brigado abraco abracos tanks tq bless bedankt dankjewel dankuwel mesi anpil arigato arigatou gozaimasu domo terima kasih makasih banyak dhanyavaad xiexie kthx ta answer tmj vlw membantu sangat diolch fawr mersi
    multumesc frumos efxaristo efharisto efcharisto eyxaristo poli respect god webale nnyo ssebo nyabo tks dhonnobad dhonyobad dhanyabad onek hoilo hjelpen nyttig tak hjaelpen ngiyabonga kakhulu obrigadu
    aabhar abhar tesekkurler tesekkur ederim sagol sagolun eyvallah makbule gecti lekker ngebantu mycket duzhe diakuiu dyakuyu diakuyu dyakuiu spasybi eyxaristw efxaristw euxaristw poly
    shokran shukran gedan rabena ykrmak yekremak dekuji dakujem koszonom koszi hvala puno toda raba mamnoon mamnun motashakeram kamsahamnida gamsahamnida komawo khob khun khop khun kop nandri nanri dhanyavadalu istuti
    aciu paldies aitah faleminderit madloba mahadsanid gode dalu daalu amesegnalehu shukriyaa danke schon dankeschon vielmals grazas moltes gracies eskerrik asko trugarez medaase ndatenda zvabatsira faafetai fa'afetai tele moc szepen nagyon krub krap kha tank ajutat mult kiitti kiitos hyva homma diky koszi koszonom hvala brate mahalo plenty`,
  farewell: `bye goodbye byebye agur kenavo manuia tichaonana nante yie latahs shoots cya ciao later laters dreckly tara tarra flw lata tchau fijne avond nuit see ya gotta go gtg night goodnight farewell adios tschuss done
    leaving tonight today forever away chow chau chao cheerio ashbo abar pore likkle lickle lata peace out kalo vrady doei houdoe det ra gudnyt goodnyt babalik bukas kwaheri tutaonana baadaye poka alvida hwyl
    nagemist anjima pobachennia pobachenniya revoir ziens slan nakemiin nakemiiin widzenia dovidenia nashledanou sayonara zaijian salama hafiz khudahafiz allah hafez adeus arrivederci ciaociao hadet hejda vidimo tot pa cus viszlat pozz ta ra gone ttyl tutaongea sepa orevwa pita gorusuruz hoscakal iyi aksamlar geceler`,
  greeting: `hi hello hey heya hiya howdy ahoy howay alreet ey eyup hope fine body far ahoj zdravo szia shalom annyeong annyeonghaseyo sawasdee sawatdee vanakkam sannu bawo gamarjoba labas sveiki xin chao khabar everything pozdrav pozdravi sri akal ayubowan pershendetje dobry den privit vitayu yo sup wassup wsg wagwan shwmae kalimera kalispera yassou yasou geia sou greetings morning mornin kifak kifik kifkon ow afternoon evening good there hallo hola
    bonjour salut ciao namaste salaam salam ola oi moin servus hej hei konnichiwa nihao halo merhaba ezayak ezayek izzayak 3amel 3amla
    dzien dobry czesc witam kumusta magandang umaga hej hallo
    gm guten tag morgen abend buenos buenas dias tardes noches awright bom boa dia tarde bonsoir buongiorno buonasera tudo bem
    como estas ca va gehts gday goin going hows howya howyas ya oii oie eae eai opa blz beleza salve selamat pagi siang sore malam wah gwaan gwan yuh wena que onda howya hullo alright ansum bout talofa lava bok sawubona gruezi grueziwohl gruessech grussech hoi niaje mambo vipi ahlan ahlen sahlan marhaba 3alekom 3aleko 3aleikum 3alaykum alaikum aleikum alaykum arright arrite assalamualaikum asalamualaikum assalamu asalamu assalam wa rahmatullahi rahmatullah barakatuh wabarakatuh privet zdravstvuyte mambo vipi habari jambo hujambo niaje selam howzit hoi kalhspera kalhmera ji ezayak ezayik izayak hejsan tjena wah gwaan gwan bonjou sak pase allillanchu`,
};

/** Filler that rides along with any kind and says none: "ty bro", "hallo zusammen", "thanks i guess". */
const FILLER = new Set(
  `wa dostum dost brah maitia bras ia paa chaizvo shamwari wen poa suppose butt butty mujhe kuch aa meu minha querido querida com voce vc n bang bro dude mate man buddy love bab pet duck hun eh guys folks everyone everybody all team friend fam sir madam zusammen mitenand basha amigo gente pessoal galera mano manos chicos amigos leute u ur r guess
  gama3a tamam awi basha ka veere veer paaji msee sasa anyway again lol haha hehe pls plz please just really very so well oh ah hmm pal partner pardner abi abla kanka ya lads bestie besties pela pelo yall big up yuhself bredda breddah bredren fi di za leo reet boss quick top voor uitleg nog de fre bon
  anh chi em oi causa pata bhai bhaiya file compadre aye cheri bonjou ah lah leh ye uce shame contigo manu dat mi nuff thats chale flor bru boet bra min infonya bgt banget o right paidia sai kala ako na po nerd yako bud dead x xx sa didi toi kardesim bloke cok tam olarak sorta kinda msee buda manze hocam o apu kak buena onda por la re`.split(
    /\s+/,
  ),
);

const KINDS = Object.keys(LEXICON) as SocialKind[];
const WORDS = new Map<SocialKind, Set<string>>(
  KINDS.map((k) => [
    k,
    new Set([
      ...LEXICON[k].split(/\s+/).filter(Boolean),
      // English's small words in another language's set phrase ("to didor", "bi xatire te") are no courtesy in English.
      ...(k === 'help' ? [] : OTHER_LANGUAGE_COURTESY[k].filter((w) => !STOPWORDS.has(w))),
    ]),
  ]),
);
const ALL_SOCIAL = new Set(KINDS.flatMap((k) => [...WORDS.get(k)!]));

/** Words of the domain itself, which a question about the bot may use: "how can you help with my career?". */
const DOMAIN = new Set(`career careers job jobs smart city cities work role roles field future`.split(/\s+/));
/** Asking what the bot can do, in so many words. */
const CAPABILITY =
  /\b((within|in|outside) (your|ur) remit|wie funktioniert (das|des|dies|der bot|das ding)\b|kak raboti (tova|tozi bot|botat|tuk)\b|kakvo (mozhesh|mojesh|umeesh) (da pravish|da mi kazhesh)?\b|(mokakda|mokadda) oyata karanna puluwan|oyata (mokakda|mokadda) karanna puluwan|(chto|shto|sho|shcho|shta|sta|kakvo) (ty|ti) (umeesh|vmiyesh|mozhesh|mozhes|umes|znaesh|mozhesh da pravish)\b|(ty|ti) (bot|robot)( ili| chi| or)\b|what (are )?(the )?topics (you|u)\b|(which|what) (topics|subjects|areas|things) (do |can )?(you|u) (know|cover|handle|talk) ?(about)?\b|de d[oó]nde (sacas|sacaste|viene|sale) (la |esta |tu |toda la )?(info|informaci[oó]n)|de onde (voc[eê] |vc )?(tira|tirou|pega|vem) (a |essa |essas |sua |suas )?(info|infos|informa[cç](ão|ao|oes|ões))|what (all |else )?(things? |stuff )?(else )?(i|we) (can|could|should|may) ask\b|what (do|should|can) i (actually |even |just )?(type|write|put|enter)\b|(questions|things) (i|we) (can|could|may) (put to|ask) (you|u)\b|what (you|u) (do and don'?t |do not |don'?t )?(cover|handle)\b|\b(you|u|this bot|the bot) (only |just )?(cover|covers|handle|handles|deal with|know about) (all|only|every|any|other|general|non)\b|\b(do|does|is it|can) (you|u|this bot|the bot) (only|just) (cover|handle|deal with|know about)\b|what (do|does) (you|u|this bot|the bot) (even |actually |really |claim to |pretend to |purport to )?know about\W*(then|anyway|exactly)?\W*([?.!]|$)|co (vlastne |presne )?umis|sta (ti )?(u stvari )?znas( da radis)?|mita (sa |sina )?(ylipaataan )?osaat|inta bot bita3 shinu|bot bita3 shinu|wetin (you|u) (sabi|fit) do|wetin (i|we) (fit |go |can |fit go )?(ask|yarn)\b|(moge|mozna) (pisac|mowic) po \w+|(yeh|ye|ya) (bot )?kya( kya)? kar (sakta|sakti|sakte) (hai|ho|hain)|qu[eé] (cosas )?(me )?puedes (responder|contestar)|what (miracles|tricks|magic|wonders|feats|services) (can|could|do) (you|u) (perform|do|offer|provide)|was wissen sie (denn )?alles|woher haben sie (ihre|die) (informationen|infos|daten)|o que (vc|voce|você|tu) (sabe|consegue|pode) fazer|unaeza (ku)?nisaidia|nikuulize aje|sa (w|ou) ka f[eè] (pou mwen|pou nou)?|(tumi|apni) ki( ki)? (koro|koren|korte paro|korte paren)|(tomake|apnake) kivabe use (korbo|kori|korte)|\b(tumi|apni) ki ki (jano|janen|paro|paren)\b|\bkon type er (question|proshno|prosno)\b|\b(tomar|apnar|ei) (info|information|tottho)( gula| guli)? kotha theke\b|\b(aapki|apki|tumhari|teri) (info|information|jankari|jaankari) (kaha|kahan|kidhar) se\b|ki help korte (paro|paren)|what (kind|sort|type) of (assistance|help|support|services?) (do |can |could )?(you|u) (provide|offer|give)|what is it (exactly |actually )?that (you|u) can (help|do)|wetin (dis|this|de|di) (bot|ting|thing) fit do|wh[ai]t('s|s| is) this (bot|tool|thing|yoke|app) f[oe]r\b|qu[eé] (es lo que )?(usted|t[uú]) (puede|puedes) hacer|kuze ki bu (sabe|pode) faze|w czym (mo[zż]e|mo[zż]esz) mi (pan |pani )?pom[oó]c|what (are|r) (you|u) (actually |even |really )?good for|what (kind|sort|type) of questions? (is|are) (ok|okay|allowed|fine)|was kann (man|ich) (sie|dich|euch) (denn |alles )?fragen|(pa|para) qu[eé] sirves|wh[ai]t is it (that )?(you|ye|u) (do|dae|dee)\b|(qu[eé]|que) (cosas )?(te |le )?(puedo|podemos) (preguntar|pedir)|(qu[eé]|que) (cosas )?sabes( t[uú])?\b|what does (this|the) (bot|tool|thing|assistant) (do|cover)\b|(bot|bạn|ban) (này |nay )?(làm|lam) (được|duoc|đc|dc) (gì|gi)|what (exactly |actually |else |all )?(can|could) (you|u|ya|ye|this( bot| tool| thing)?|i (actually |really |even )?ask|i do here)|what (all )?(can|could) (you|ye|ya|u) tell (me|us)( about)?( then| anyway)?\W*$|what (all )?(can|could) (you|ye|ya|u) tell (me|us)( about)?( then| anyway)?\W*\?|what (exactly )?is it (that )?(you|u) (can |could )?(actually |really |even )?(do|help)\b|what (you|u) can (do|help( me)?( with)?)\b|(?<!\b(i|he|she|we|they|someone|somebody|my \w+) )can do what(?! (jobs?|work|kinds?|types?|sorts?|roles?|careers?)\b)|what (you|u) (cover|do|know)\b|tell me what (you|u)|where (should|do|can) i (start|begin)|i'?m (lost|confused|new here)\W*$|(don'?t|do not|no|not) (even )?know where to (start|begin)|i'?m new (to|in) (this|the) (channel|server|workspace|group|chat)|what (you'?re|you are|u r|ur) able to (do|help|assist)|what (exactly |actually |else )?(are|r) (you|u) able to (do|help)|(tips|ideas) (on|for|about) what to ask|what (to|should i|can i) ask\b(?! (the|a|an|my|her|his|their|our) )|^\W*(\w+\W+){0,3}how (2|to) use( (this|it|you|u|the bot))?( (ah|lah|leh|eh|huh|ha))?\W*$|how (2|to) use (this|the) (bot|tool|thing|service|assistant|chat|channel)\b|what (information|info|knowledge|data) (it|you|this|the bot|u) (holds?|has|have|contains?|covers?|knows?)\b|what (i|we) can ask\b|wah (yuh|you|u) (can|kyan) do\b|wh?at (kind of|kinda|sort of|type of) (stuff|things?|tings?|questions) ((can|could|should|do) (i|we|mi)|(i|we|mi) (can|could|should)) (ask|aks|throw at (you|u|ya)|send)\b|what (are|r) (ur|your) (powers|superpowers|abilities|features)\b|\byour value prop\b|(ça|ca) marche comment|je tape (juste |simplement )?ma question|^\W*((alright|ok|oi|so|hey)\W+)*(wassis|wassat|what'?s this)\W*$|\bhow does (this|it) all work\W*(,\s*\w+)?\W*$|\bhow does (it|this) work,\s*(dear|love|hun|mate|pal|son|bot)\W*$|k(ò|o)man bagay sa a mache|como (é que |e que )?(isto|isso|este bot|esto|este chat) funciona|^\W*((hola|hi|hello|hey|ok|so|um)\W+)*how (this|it|the bot) works\b|\b(this|the) (bot|tool|thing|app) how (2|to) use\b|how (do|does|can|should) (i|we|one) (make use of|get the most (out )?of) (you|u|this|it|the bot)\b|first time (using|here|on)|what do you (actually |really |even )?(know|cover|do)\b|how (do|does|can|should) (i|we) (use|talk to|ask|work with) (you|u|this|it|the bot)\b|how (do|does|can|should) (i|we) start (with )?(you|u|the bot|this bot)\b|^\W*(\w+\W+){0,3}how (do|can|should) (i|we) (use|start)\W*$|how (i|we) (can |should )?use (you|u|this|it|the bot)\b|how (i|we) (can |should )?use\W*$|how does (this|it|the) ?(bot|tool|thing|chat|app|assistant|service)? work|(?<=^\W*|\b(explain|tell me|show me|so|ok|okay|um|hmm|and|here)\W+)how (it|this) works?\W*$|how (this bot|the bot|this thing) works?\W*$|what do (you|u) (even |actually |really )?do\b|\b(are|r) (you|u) (chatgpt|gpt|an? ai|an? bot|a chatbot|a human|human|real|a person)\b|\b(you|u) (are|r) (an? )?(robot|bot|chatbot|ai|human|person)\b|\bscope of (the )?(information|info|questions|what (you|u))|where (does|do|is) (that|this|the|your) (info|information|data|knowledge) (come from|originate|from)|where (that|this|the|your) (info|information|data|knowledge) (comes from|originates)|(can|could) (you|u) help( me)?( (pick|choose|find|decide|understand|with my career))?( or (nah|not))?\W*$|\b(i|we) (need|want|would like|could use) (some )?(help|advice|guidance) (choosing|picking|finding|deciding on|with) (a |my |our )?(career|job|path|future)s?\W*$|what (are |is )?(the )?(kinds?|sorts?|types?) of (questions|things|stuff|queries|enquiries|inquiries|requests|topics|subjects)|how (should|do|can) (i|we|they) (go about )?(phrase|phrasing|word|wording|ask|asking) (my |our |their |the )?questions|\bway (i|we|they|to) (should |can |ought to |must )?(phrase|word|ask|put) (my |our |their |the )?questions|get the most out of (you|u|it|this)|what (all )?(things|stuff) (can )?(you|u) (can |fit )?(answer|do|help)|what can i (actually |really )?(query|ask) (you )?about|where'?s (your|the) (info|information|data|knowledge) coming from|assistance (you|u) (are able to |can |could )?(provide|offer|give)|tu connais quoi|\b(fit|whit) (can|could) (ye|you|u) (actually |really )?(dae|do)\b|\b(naeza|naweza|nawezaje|nitaweza) kuuliza nini\b|\b(vile|jinsi) (hii|hiki) (kitu|bot) (inafanya|kinafanya) kazi\b|\binfo (yako|zako) (umetoa|umepata|unatoa|unapata) wapi\b|\bwhat,? exactly,? do (you|u) know about\b|\b(the )?limits of (your|ur) knowledge\b|\b(tu|tum|aap|ap) kya( kya)? kar (sakta|sakti|sakte) (hai|ho|hain)\b|\b(kahan|kaha|kidhar) se (laate|late|lete|laati|milti|aati)\b|\b(subjects|topics|areas|matters) (upon|on|in|about) which (you|u) (profess|claim|have) (competence|expertise|knowledge)\b|\bon what authority do (you|u) speak\b|\b(i require|i need|i want|give me|show me|list) (your|ur) (sources?|references|citations)\b|\boverview of what (it|this|this bot|the bot|you|u) (can|could) (help|do|assist|cover)\b|\b(is it|is that) (ok|okay|alright|fine) (if|that) (i|we) ask\b|\bbilgilerin? ne kadar g(ü|u)ncel\b|\bkayna(k|ğ)\w* ne\b|\b(kya (poochun|puchun|puchu)|(kuch|koi) examples? (do|de|dijiye|batao|bataiye))\b|\bwetin (you|u) sabi\b|\bcan (i )?ask (you|u) what (kind|sort|type) (of )?(thing|things|stuff|question|questions)\b|\b(tame|tamne|tu|aap) (su|shu)( (su|shu))? (jano|jaano|jano cho|jaano cho|jane|janech)\b|\bwhich kain (question|questions|tin|thing)s? (i|we) fit ask\b|\b(questions|things) (i am|i'?m|im|we are|we'?re) allowed to ask\b|\bis this the (\w+ )?(bot|thing|tool|service|app|chat)\b.{0,40}\b(on about|talking about|told me about|mentioned|recommended|said about|set up|installed|put on)\b|\bwhit (can|could) (ye|you|u) (dae|do)\b|\b(whit|what) (ah'?m|i'?m|am i) (meant|supposed) (tae|to) (type|ask|say|dae|do)\b|\b(info|informasi|data)(nya)? (lo|lu|kamu|km|anda|elo|loe) (dapet|dapat|ambil) dari mana\b|\bki (kote|b[oò]) (ou|w) (jwenn|pran) (enf[oò]masyon|enfo)|d'?o[uù] (viennent|vient|proviennent|sortent) (tes|vos|ces|les|toutes ces) (infos?|informations|donn[ée]es|sources)|(tes|vos) (infos?|informations|donn[ée]es) (sont|c'est) (à|a) jour|quels sujets|comme sujets|how fresh (is it|it is|is (your|the) (info|data|knowledge))|(the )?services (you|u) (provide|offer)\b|\byour (scope|underlying corpus|corpus)\b|\b(i'?m|i am|im) new (here|to (this|you|the bot))\b|\bmomken as2alak\b|\b(tu peux|vous pouvez|tu sais|vous savez) faire quoi\b|\bwhat (precisely |exactly |actually )?(is it |it is )?(that )?(you|u) (claim to |purport to |pretend to )?know about(?=\s*([?!.,]|$))|\b(kamu|anda|km) (tau|tahu) (tentang )?apa( aja| saja)?\b|\b(subjects|topics|areas|matters) (are )?(you|u) (are )?(knowledgeable|an expert|expert|informed|versed)\b|\bkif (bista3mlak|basta3mlak|ista3mlak|bsta3mlak)\b|\blazem a3mel mention\b|\b(hii|hiyo|huyu) (bot|chatbot) (inafanya|hufanya|inafanyanga|inaweza) (nini|kufanya nini)\b|\bwithin (your|ur) (competence|competency|expertise|scope|purview|brief)\b|\b(tusi|tussi|tuc|tusin) ki ki (dass|das|dus) (sakde|sakdey|sakte)\b|\bte2dar tesa3edny\b|\b(a2dar|a2der|momken) (as2alak|as2alek|asa2lak|as2lak)\b|\bte2dar (tsa3edni|tsa3edny|tesa3edni|tesa3dni)\b|\b(ma3lomat|ma3loomat|ma3lomaat|ma3loumet|ma3loumat)\b.{0,30}\b(men|mn|min) (feen|fein|fen|wein|wen)\b|\bnikuulize (nini|nn)\b|\b(kinds?|sorts?|types?|manner|range|scope) of (questions|queries|enquiries|inquiries|requests|topics) (that |with which |which )?(you|u) (are able to |are competent to |are equipped to |can |could )?(help|assist|answer|handle|deal)|\bwhat (exactly )?(am i|are we|is one) (meant|supposed|expected) to (ask|say|type)\b|^\W*(are )?(you|u) (alive|there|awake|online|up|working)\W*$|\b(explanation|explain|outline|overview|summary|description) of (your|this bot'?s|the bot'?s) (purpose|scope|capabilities|abilities|functions?)\b|\bwh?at (kind of|kinda|sort of|type of) (stuff|things?|questions) (can|could|do|will) (you|u) (answer|handle|help( me| us)? with|cover)\b|\bwhat (am i|are we) allowed to ask\b|\bq (cosas|preguntas) (te |le )?(puedo|podemos) (preguntar|pedir|hacer)\b|\b(what'?s|whats|what is) (in |the scope of |covered (by|in) )?your (knowledge base|knowledge|kb|database)\b|\bin[- ]domain (query|queries|questions?)\b|\bwat kan (jij|je|u) (allemaal|zoal|eigenlijk)?|what (kind|sort|type)s? of (queries|questions|requests) (do|can|will) (you|u) (handle|answer|take|deal with)|\bscope of (this|the) (bot|tool|assistant)|come funzioni|posso scriverti|posso scrivere in|funzioni in italiano|ano (po )?(ang )?(kaya|pwede|kayang) (po )?(niyo|nyo|mo|mong|niyong|nyong) (gawin|itanong)|ano (po |ba )?(ang )?pwede(ng)? (ko |kong |po )?(itanong|tanungin)|paano (ka|kita|po kayo) (gamitin|gagamitin)|(saan|san) (po )?galing (ang )?(info|impormasyon)|ti mporeis na kaneis|ti kaneis esy|ezay (as2alak|as2al|asta5dem|a3mel)|what (exactly |actually )?are (you|u)\b(?!\s+\w+ing\b)|what (this|the) (service|bot|tool|app|channel|assistant) (covers|does|offers|can do)\b|(which|what) (kind of )?(information|informationen|info|topics) (you|u) (are able to|can|could) (provide|give|offer|cover)\b|who('?s| is) behind (you|u|this|it|the bot)\b|what (information|info|data|knowledge) (this|the) (tool|bot|service|app|assistant|channel) (provides|has|offers|gives|covers|holds|knows)\b|who are you|what is this( bot| tool| thing)?\W*$|what is this (thing|bot|tool|app)\b|is this the (\w+ )?(bot|thing|service|tool)\W*$|is this the (\w+ )?bot\b|can i ask (you )?(stuff|things|questions)\b|where does (it|this|this bot|the bot) get (its|the|their) (info|information|data|knowledge)\b|\b(you|u|ye|ya) a (real )?(person|human|bot)\b|\b(you|u|ye|ya) a real \w+ or\b|what (you|u) (actually |really )?know about\b|no idea what (to|i should|one is supposed to|i'?m supposed to) ask\b|what should i ask\b(?! (the|a|an|my|her|his|their|our) )|what topics|who (runs|built|made|owns|maintains|created|trained) (you|it|this( bot| thing| tool| chat| service| assistant)?)(?=\s*([?!.,]|$))|(what|where)('s| is| are) (your|ur) (data |information |info )?(sources?|data|information|knowledge)\b|\bexplain yourself\b|^\W*(your |the |any |what )?(sources?|references|citations)\W*$|\bwhat (i am|i'm|im) supposed to ask\b|\bsh(o|u|ou) (btgdar|btigdar|bti2dar|fik|feek) ta3m[ae]l\b|\bsh(o|u|ou) (fiye|fini|be2dar|ba2dar) (es2alak|as2alak|is2alak)\b|\b(mnein|mnen|mneen|min wein|mn wen) (jebet|jibt|jbet|jabet|jibit)\b|\bba2dar as2alak\b|where does your (info|information|data|knowledge) (\w+ )?come from|(are|r) (these|those|the|they|all these|all those|these smart[- ]city) (\w+ )?(jobs|roles|titles|job titles|careers)( even| actually| really)? (real|legit|made up|invented|genuine|a thing)\b|where (do|did) (these|those|the|all these|your) (jobs|roles|job titles|titles) come from\b|how (old|recent|current) is (your|this|the) (info|information|data|knowledge|article|source|stuff)|is (this|it|the info|your info|this stuff) (outdated|out of date|up to date)|when was (the|this|your) (article|info|information|data|source)|(which|what) article|who (wrote|authored|published|is the author of) (the|this|that|your) (article|source|info|information|material|materials|content|knowledge)|(bot|you|this) (is |are )?based on|how (accurate|reliable|up to date|current) (are you|is this|is your)|can i trust (you|this)|what('s| is) your (purpose|name|job)\b|what('s| is) (this|the) (channel|bot|app|workspace|space|server) for\b|what (exactly |actually |even )?(is|'s) (this|the) (thing|bot|tool|app|service|assistant|channel) (even )?for\b|what (this|the) (thing|bot|tool|app|service|assistant|channel) is (even )?for\b|how (i|we|one) (ought to|should|can|could) use (it|this|you|the (bot|tool|service))\b|(what|which) (model|llm|ai) (are you|is this|do you use)|help me (find|choose|pick|decide on|figure out) (a |my )?(career|job|role|path)\W*$|are you (free|open source|a human|human|a person|real|an ai|ai|a bot)\b|(do|can) (you|u) (speak|understand|answer in|reply in|help me in) (spanish|portuguese|french|german|english|other languages)\b)|你(可以|能|識|会|會)(幫我|帮我)?(做|幫|帮)(咩|什么|什麼|乜|啲咩)|何が(でき|出来)|(뭘|무엇을|뭐) (할|도와줄|해 줄) 수/;

/**
 * "hiii", "heyyy", "thanksss": letters drawn out for warmth, folded back to the word; a doubled last
 * letter too ("hii", "heyy") when that makes a social word.
 */
function undrawn(token: string): string {
  const folded = token.replace(/(.)\1{2,}/g, '$1');
  const shortened = folded.replace(/(.)\1$/, '$1');
  return shortened !== folded && ALL_SOCIAL.has(shortened) ? shortened : folded;
}

/** The words of a message that are neither courtesy, nor small words, nor filler. */
function contentWords(tokens: string[]): string[] {
  return tokens.filter((t) => !ALL_SOCIAL.has(t) && !STOPWORDS.has(t) && !FILLER.has(t));
}

/** Emoji that greet or thank; an emoji-only message with none of them is not a question the bot can read. */
const SOCIAL_EMOJI = /👋|🙏|👍|🙂|😊|😀|😄|😃|🤝|✌|🫡|❤|👌|🤗/u;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the joiners are listed on purpose, to be ignored alone
const ONLY_SYMBOLS = /^[\s\p{P}\p{S}\p{M}\u200d\ufe0f]*$/u;
/** Greetings written in other scripts, which the word matcher (Latin letters) cannot read. */
const OTHER_SCRIPT_GREETINGS =
  /مرحبا|السلام عليكم|你好|您好|こんにちは|привет|здравствуйте|नमस्ते|안녕|שלום|γεια|สวัสดี|chào/iu;

/** Content words a question wrapped in thanks or a greeting may have and still be only courtesy. */
const MAX_CONTENT_IN_COURTESY = 1;
/** Content words after which a closing "thanks!" signs off a request rather than being the message. */
const MAX_CONTENT_BEFORE_SIGN_OFF = 4;
/** The message asks something: a question mark, or a clause opening with a question word. */
// "genuinely, which is rare for me": "which is" after a comma goes on about what was said.
const ASKS_SOMETHING =
  /\?|(^|[.!,;:]\s*)(what|which(?! (is|isn'?t|was|wasn'?t|has|hasn'?t|had|makes|made|means|meant)\b)|where|how|who|why|when|can|could|should|would|do|does|is|are)\b/;

/** A request in so many words: "please suggest…", "can you tell me…", "give me a recipe". */
const REQUESTS_SOMETHING =
  /\b((please|pls|plz|kindly) (\w+ )?(suggest|recommend|tell|give|show|write|send|explain|share|find|check|list|make|translate|fix)|(please|pls|plz) help|(suggest|recommend|tell|give|show|write|send) me|(can|could|would|will) (you|u) (please |pls |plz )?\w+|(can|could|would|will) (you|u|ya|ye|yer)\W*$)\b/;

/** Words that open a message only as a greeting ("there" or "good" may open anything). */
const OPENING_GREETINGS = new Set(
  `hi hello hey heya hiya howdy yo greetings morning afternoon evening hallo hola bonjour salut namaste
  salaam salam moin servus hej hei guten ola oi halo merhaba`.split(/\s+/),
);
/** The message speaks to the bot itself. */
const ADDRESSES_BOT =
  /\b(you|your|u|ur|bot|chatbot|this (tool|chat|thing|bot|app|service|assistant)|here|anyone|there)\b/;
/** Goodbyes in set phrases and other languages. */
const FAREWELL_PHRASE =
  /\b((chalta|chalti|chalte) (hoon|hun|hu|hain)\b|(i'?ll|i will) let (you|ye|ya|u) go\b|all the best\W*$|(i'?m|i am|im) (going|leaving|heading off|signing off) now\b|(?<!\b(where|what|how|when|why|which way|can|could|should|shall|do|would|will) (do |should |can |could |would |shall )?)\bi (go|leave|must go|have to go|gotta go) now\b|stay blessed|\bbid (ye|you|thee) (a )?(guid|good) (nicht|night|day|evening)\b|\b(gotta|have to|got to|need to|must|let me) (get|go|head) back to (the|my|work|it)\b|\b(let me|i'?ll|time to) knock off\b|(i'?m|im|ah'?m|a'?m) away( now| then| hame| home| tae| to)?\b(?! (from|with|for|in|on|at)\b)|see (ya|you|u|ee|ye|thee)( later| soon| tomorrow| around| dreckly)?(?=\W*$)|nos vemos|ka kite( ano)?|\bsai (an ?jima|gobe|anjima)\b|that will be all|that'?s all for (today|now)|good day to you|tara[- ]?a[- ]?bit|^\W*((aight|ok|okay|right|alright|anyway|well|so|k)\W+)?(i'?m|im) out\b(?! (of|there|in|on|at|here)\b)|catch (you|ya|u) (just now|soon|around|tomorrow|later|on the flip ?side)\b|\bpeace out(?=\W*(,|$))|walk good(?=\W*$)|(i'?d|i had) (better|best) (let you (get on|go)|be (off|going)|go)\b|bye for now|\bbye (lol|lmao|x+|then|all)\b|\b(i'?ll|i will) leave (you|ye|ya|u) (at it|to it|be|in peace)\b|\b(logging|log|logged) (off|out)\W*$|\b(istirahat|pamit|cabut) dulu\b|\b(i )?(shan'?t|won'?t|will not|shall not) keep you\b|\bgod bless\W*$|\b(ya )?me voy\b(?! a\b)|me tengo que ir|let you get on\b|(?<!\b(do|does|did|will|would|should|must|can|could) (i|you|we|they|he|she) )(gotta|got to|have to|need to) (go|run|dash|split|bounce|scoot|jet)\b(?! (back|to|into|through|for|and|with|over|on|in|full|part|down|up|out|there)\b)|\b(i|we) must (away|be off|be going)\b|(?<=^\W*([\w']+\W+){0,5})that'?s me( done| off)?(?=\W*(,|$))|cya(?=\W*$)|catch (ya|you) later|roger( that)?|over and out|(i'?m|ah'?m|a'?m) off (to|now|then)|\b(i'?ll|i will|we'?ll|ah'?ll) be off\b|have a (good|nice|great) (one|day|evening|weekend)|that'?s all( i needed)?|that'?ll be all|take care( now)?(?=\s*([^\w\s]|$)|\s+(now|x+|all|everyone|mate|love|hun|bro|dear|then|folks)\b)|i'?m off(?=\W*(,|$))|(i'?m |im )?(off|going|heading) to (bed|sleep|kip)|(^|[.!,;]\s*)(good ?night|night|nite|nighty night|night night)( x+| all| everyone| folks| y'?all)?(?=\W*$)|fair winds|(kal|baad me|baad mein|phir|fir) (baat karte|baat karenge|milte)|(thik|theek|tik) hai,? bye|ta[- ]?ra\W*$|ta[- ]?ta\W*$|ma(3|')?a? (el |al |il )?salama\b|\b(am|i'?m|im) aff\b|peace out\W*$|(^|[.!,]\s*|\b(ok|okay|right|alright|aight|well|anyway) )(i'?m|im) out\W*([.!,]|$)|ha det( bra)?|that is all|all i needed|signing off|(i'?ll|i will|we'?ll|let'?s|i'?m going to|gonna) (leave|stop|call) it (there|at that|a day)|talk (to you )?later|see you|hasta luego|au revoir|auf wiedersehen|na razie|do zobaczenia|arrivederci|ci vediamo|paalam|ingat kayo|do pobachenn?(ia|ya))\b/i;
/** Thanks, goodbyes and requests for help in other languages and set phrases. */
const CLOSING_PHRASES: [Exclude<SocialKind, 'greeting'>, RegExp][] = [
  [
    'thanks',
    // South African "shot" is thanks only opening a message ("shot bru"); "a big shot" is not.
    /дякую|^\W*shot\b(?=\s*([,.!]|$)|\s+(for|bru|boet|bro|man|mate|china|my)\b)|\b(vielen (herzlichen )?dank|herzlichen dank|fa'?afetai|dank (je|u)( wel)?|e ?se (gan|pupo)|una try well|m[eè]si( anpil)?|cam on|muchas gracias|vielen dank|merci beaucoup|thank u|much appreciated|salamat( po)?|choukran|chokran|shukran|shokran|grazie( mille)?|dzi(ę|e)kuj(ę|e)|dzi(ę|e)ki)\b|cảm ơn|спасибо|谢谢|ありがとう|धन्यवाद|شكرا|dziękuję/iu,
  ],
  ['farewell', FAREWELL_PHRASE],
  [
    'help',
    /^\W*(ayuda|aide|hilfe|ajuda|aiuto)\W*$|\b(c[oó]mo funciona(?!\s+(o|a|el|la|os|as|los|las|um|uma|un|una)\s)|comment (ça|ca) marche|wie funktioniert|wie (dieser|diese|das|der) (\w+ )?funktioniert|welche ausk(ü|ue|u)nfte|como funciona(?!\s+(o|a|el|la|os|as|los|las|um|uma|un|una)\s)|was (kannst|machst|chasch|chansch|machsch) du|wof(ü|ue|u)r bist du|(tu|vous) (sers|servez) (à|a) quoi|m'aider (avec|pour|sur|en) quoi|bisa (bantu|bantuin|membantu) apa|bisa apa( saja| aja)?|(à|a) quoi (tu sers|sers-tu|vous servez|servez-vous|(ça|ca|il|ce bot) sert)|para qu[eé] (sirves|sirve (este|el) bot)|(pra|para) que (voc[eê] )?serve|qu[eé] (cosas )?(puedes|sabes|sab[eé]s|pod[eé]s) hacer|en qu[eé] (me )?puedes ayudar|en qu[eé] me ayudas|(y )?t[uú] qu[eé] (cosa )?haces|que (peux-tu|pouvez-vous|sais-tu) faire|tu fais quoi|o que (voc[eê]|tu) (faz|pode fazer|sabe)|o que (é|e) que (sabes|podes) fazer|em que (voc[eê] )?pode ajudar|madad kar|wetin you (fit )?(do|help)|qu[eé] (tipo|clase)s? de preguntas|c'?est quoi (ce|cette) (bot|outil|truc|chose|app)|qu'?est-ce que (tu|vous) (peux|pouvez|sais|savez|fais|faites)|(que|o que) (puedo|posso) (preguntar|perguntar)(te|le|lhe)?|(es|e) (la|a) primera vez que (uso|utilizo) (esto|este|isto|isso)|(hablas|falas|sprichst du|parles-tu) |jak to dzia(ł|l)a|co (ty )?(w og(ó|o)le )?(potrafisz|umiesz|robisz)|pa?ano (po )?(ba )?(ito |to |tong |itong )?gamitin(?! (yung|ang|ng|mga|nila|niya)\b)|come funziona|cosa (posso|puoi|sai) (chiederti|fare|chiedere)|che cosa fai|ano (ang )?(pwede|puwede) (ko|kong) (itanong|tanungin|itatanong)|ano (po |ba |naman )*(ang )?kaya mo(ng gawin)?|paano ka gumagana|unaweza (ku)?(nisaidia|kufanya)|hoe werkt (dit|het|deze bot)|hur (funkar|fungerar) (det|det har|du|den har)|vad kan (jag fraga|du gora|du hjalpa)|wat (kan|kun) (je|jij|u) (doen|voor mij)|kan ik (hier )?(gewoon )?(vragen|iets) (stellen|vragen)|unasaidia (na )?nini|unafanya nini|unadu nini|(nakutumia|nikutumie|tunakutumia) (aje|vipi|namna gani)|kaise kaam kar(ta|ti) (hai|ho)|kya kya (puch|pooch|pučh)|kya (kar sakte|kar sakta|kar sakti) ho|chto ty (umeesh|mozhesh)|(enta|enti|inta|ent) (bet|bt|bit)e?3?(mel|ml|mil) (eh|eih|ei)|bet3mel eh)\b|(dùng|sử dụng|hoạt động) (ra )?(sao|thế nào|như thế nào)|làm được gì|giúp (được )?gì/iu,
  ],
];

/**
 * The kind of a social message, or undefined for anything with content to answer. The kind whose
 * words the message uses most wins, help first on a tie ("hi, what can you do?" wants the guide); a
 * message with no words at all ("?", "👋") is a request for help.
 */
/** A greeting and where it is sent from, and nothing else. */
const GREETING_FROM =
  // Letters and the rest kept apart (in Unicode mode \W matches "é"): no input backtracks without end.
  /^[\s\p{P}\p{S}]*((?:\p{L}+[\s\p{P}\p{S}]+){0,5})(good (morning|afternoon|evening|day)|greetings|hello|hi|hey|hiya|howdy|salut|hola|bonjour)( (all|everyone|folks|there))? from( (sunny|rainy|lovely|beautiful))? [\p{L}' -]{2,30}[\s\p{P}\p{S}]*$/u;

/** Says that all it came for is a greeting: "just popping in to say hi", "wanted to say hello". */
const SAYS_HELLO =
  /\b((just|only) )?(want(ed)? to|came (in |by )?to|here to|(popping|dropping|stopping|swinging|checking|pop|drop|stop|swing) (in|by)( to)?) say (hi|hello|hey|hiya|howdy|(good )?morning|g'?day)\b/;

/** Being good at something is competence, not praise. */
const GOOD_AT = /\b(good|great|better|best) (at|with|in)\b/i;

export function socialKind(message: string): SocialKind | undefined {
  // "g'day" (and "good day", though "day" alone is no greeting) is one word, though its apostrophe splits it; "what's up" is a greeting; "what's it then?" after an answer is not.
  const rawTokens = words(
    message.replace(/\b(g'day|good day|bore da)\b/gi, 'gday').replace(/\bwhat'?s up\b/gi, 'wassup'),
  );
  if (rawTokens.length === 0) {
    if (OTHER_SCRIPT_GREETINGS.test(message)) return 'greeting';
    if (/\p{L}|\p{N}/u.test(message)) return undefined;
    return /^[\s\p{P}]*$/u.test(message) || (ONLY_SYMBOLS.test(message) && SOCIAL_EMOJI.test(message))
      ? 'help'
      : undefined;
  }
  // "what do you need to be good at for it?" asks about skill, not thanks.
  if (GOOD_AT.test(message)) return undefined;
  const tokens = rawTokens.map((t) => (ALL_SOCIAL.has(t) ? t : undrawn(t)));
  // Read only when a domain word needs it: a cold one-shot `ask` pays for each long pattern it runs.
  let capability: boolean | undefined;
  const asksCapability = () => {
    capability ??= CAPABILITY.test(message.toLowerCase());
    return capability;
  };
  const allowed = (t: string) =>
    ALL_SOCIAL.has(t) || STOPWORDS.has(t) || FILLER.has(t) || (DOMAIN.has(t) && asksCapability());
  if (!tokens.every(allowed)) return undefined;
  // Only filler words ("and the other one?", "tell me more") is a follow-up or a plea for help: the
  // engine decides which, knowing the conversation.
  if (!tokens.some((t) => ALL_SOCIAL.has(t))) return undefined;
  let best: SocialKind = 'help';
  let bestCount = 0;
  for (const kind of KINDS) {
    const count = tokens.filter((t) => WORDS.get(kind)!.has(t)).length;
    if (count > bestCount) [best, bestCount] = [kind, count];
  }
  return best;
}

/**
 * For a message the bot would otherwise decline: is it really conversation? Thanks or goodbye at its
 * start or end ("thanks, that's really useful for my deck"), a question about what the bot can do,
 * or a greeting that goes on to address the bot ("Hi there, what can this tool help me with?").
 */
export function socialLeaning(message: string): SocialKind | undefined {
  const strict = socialKind(message);
  if (strict) return strict;
  const tokens = words(message).map(undrawn);
  for (const [kind, phrase] of CLOSING_PHRASES) if (phrase.test(message)) return kind;
  const text = message.toLowerCase();
  if (asksWhatBotDoes(text)) return 'help';
  if (OTHER_SCRIPT_GREETINGS.test(message) && message.length < 40) return 'greeting';
  // "thanks, really useful for my deck" is conversation; "how do I fix my router? thanks!" and
  // "hey, quick question: who designs the VR walk-throughs?" are questions with courtesy around them.
  const content = contentWords(tokens);
  if ((ASKS_SOMETHING.test(text) || REQUESTS_SOMETHING.test(text)) && content.length > MAX_CONTENT_IN_COURTESY)
    return undefined;
  // Thanks that opens a message is the message; thanks that only closes a long one signs off a request.
  const first = tokens.slice(0, 3);
  const last = content.length > MAX_CONTENT_BEFORE_SIGN_OFF ? [] : tokens.slice(-3);
  for (const kind of ['thanks', 'farewell'] as const)
    if ([...first, ...last].some((t) => closingCourtesy(t) === kind)) return kind;
  // "Mbote ndeko!", "Salemetsiz, bot pa?": another language's greeting with little else is the greeting.
  if (
    content.length <= MAX_CONTENT_BEFORE_SIGN_OFF &&
    [...first, ...tokens.slice(-2)].some((t) => closingCourtesy(t) === 'greeting')
  )
    return 'greeting';
  // A greeting in front of a long account ("Hello, my grandson studied sociology… Thank you") is courtesy.
  if (
    tokens.slice(0, 2).some((t) => OPENING_GREETINGS.has(t)) &&
    ADDRESSES_BOT.test(text) &&
    content.length <= MAX_CONTENT_BEFORE_SIGN_OFF
  )
    return 'greeting';
  // "Pozdrav! Good evening from Belgrade.": a greeting sent from somewhere is still only a greeting.
  // Opened by one word of any kind ("Pozdrav!") or by a few of courtesy ("Ahlan wa sahlan my friend!!").
  const greetedFrom = GREETING_FROM.exec(text);
  const opening = words(greetedFrom?.[1] ?? '');
  if (
    greetedFrom &&
    (opening.length <= 1 || opening.every((t) => ALL_SOCIAL.has(t) || FILLER.has(t) || STOPWORDS.has(t)))
  )
    return 'greeting';
  // "just popping in to say hi before the Zamboni fires up": a message that says it only greets, and asks nothing.
  if (SAYS_HELLO.test(text) && !ASKS_SOMETHING.test(text)) return 'greeting';
  // "Eyes down!! hiya duck": a greeting that closes a short message is the message.
  if (tokens.slice(-2).some((t) => OPENING_GREETINGS.has(t)) && content.length <= 2 && !ASKS_SOMETHING.test(text))
    return 'greeting';
  return undefined;
}

/**
 * Thanks, then a question or request of its own: "ok thank you. other question, how i take off gel polish without
 * acetone". A model that reads conversation by its words takes the thanks for the message; what follows is asked.
 */
export function asksAfterThanks(message: string): boolean {
  const tokens = words(message).map(undrawn);
  const content = contentWords(tokens);
  const text = message.toLowerCase();
  // Thanks as written: another script, spelled out in Latin letters, makes look-alikes (Russian "ты" reads "ty"),
  // and "ty" is "you" in Polish and in Russian written in Latin letters too ("cześć, co ty umiesz?").
  const opening = words(message.replace(/[^\p{Script=Latin}\p{N}\s\p{P}]/gu, ' '))
    .slice(0, 3)
    .map(undrawn);
  return (
    opening.some((t) => t !== 'ty' && closingCourtesy(t) === 'thanks') &&
    // Thanks that ends in goodbye ("…vsego dobrogo, do svidaniya") takes its leave.
    !tokens.slice(-3).some((t) => closingCourtesy(t) === 'farewell') &&
    content.length > MAX_CONTENT_IN_COURTESY &&
    (ASKS_SOMETHING.test(text) || REQUESTS_SOMETHING.test(text))
  );
}

/** Words beside thanks that keep it thanks: "thank you kindly", "thanks ever so". */
const THANKS_COURTESY = new Set(['you', 'kindly', 'ever', 'so', 'very', 'truly', 'most', 'a']);

/**
 * "right im off, end of me shift, … ill pick this up tomorrow, ta ra": a message whose first and last
 * clauses both take leave is a goodbye, whatever it tells on the way.
 */
export function takesLeaveThroughout(message: string): boolean {
  const clauses = message
    .toLowerCase()
    .split(/[.,!;]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length < 2 || message.includes('?')) return false;
  const leaves = (clause: string) =>
    FAREWELL_PHRASE.test(clause) || words(clause).every((t) => WORDS.get('farewell')!.has(t) || FILLER.has(t));
  // "Thank you kindly, …, I must away, … Good night.": thanks that open a goodbye are part of it.
  const thanks = (clause: string) =>
    words(clause).length > 0 &&
    words(clause).every((t) => WORDS.get('thanks')!.has(t) || THANKS_COURTESY.has(t) || FILLER.has(t));
  const opensWithThanks = !leaves(clauses[0]!) && thanks(clauses[0]!);
  // "thanks, but what does a data scientist do, bye" asks on the way out: answered, not waved off.
  if (opensWithThanks && /\b(what|which|where|how|who|why|when)\b/.test(message.toLowerCase())) return false;
  return (leaves(clauses[0]!) || opensWithThanks) && leaves(clauses.at(-1)!);
}

/** The message is about the bot itself ("what can you do?"), not about something said before ("what kind of stuff?"). */
export function speaksOfTheBot(message: string): boolean {
  return /\b(you|your|yours|u|ur|ya|ye|yer|yuh|yu|bot|chatbot|assistant|this (info|information|data|knowledge))\b/.test(
    message.toLowerCase(),
  );
}

/** Asks how to use the bot itself ("do I just type a job title?"): the guide, whatever else it names. */
const USING_THE_BOT =
  /\b(aap|ap|tum|apse|aapse) ?(se )?kya kya (pooch|puch|pouch)\w*|\b(kaise|kese|kaisay) (poochna|puchna|poochun|puchun|likhna|likhun) (hai|hain|hoga)\b|\bwhat (do|does) (you|u|this bot|the bot) (actually |really |even )?know about\?|\b(\b(bu )?(botu|bot) nas(ı|i)l kullan\w*\b|\b(ye|yeh|is) (bot|app|tool) (ko )?kaise (use|istemal) (karna|karen|karu|karun|kare|karte)\b|\bkivabe use (kori|korbo|korte)\b|o que (eu )?(posso|devo) perguntar\b|(nem|n[aã]o sei) como (se )?(usa|usar|funciona)( (isso|isto|voc[eê]|vc|aqui|esse bot|o bot))?(?=\s*([.,!?;]|$))|how to use (you|u|this bot|the bot)\b|pa?ano (po |ba |po ba )?(ko )?(gamitin|gagamitin) (to|ito|ka|kita|kayo|yung bot|ang bot|itong bot|tong bot)\b|\b(kailangan|dapat) (ko )?(ba |bang |pa )?(i-?tag|itag|i-?mention|imention) (kita|ka|ikaw|yung bot|ang bot)\b|como (eu )?(uso|usar|posso usar) (vc|voce|você)\b|how (should i|i should|do i|to|can i|i can) ask (a |my |the )?questions? (to )?(you|u)\b|(can|could|do) i (just )?(yarn|chat|talk) (to|with) (ya|you|u)\b|c[oó]mo funcionas\b|(primera|primeira) vez (usando|que uso|a usar)|\bfirst time (i'?m |i am |i )?(using|use|i use|i'?ve used|on|trying) (this|you|it|here|the bot)\b|(not|never) (at all |really |quite |too |very )?sure (if |whether |that )?(i'?m|i am) doing (it|this) right\b|is (any|some)(body|one) (out )?(there|here|on)\b|\b(any|some)(body|one) (awake|alive|home|about|around|listening)( in| out)? (there|here)\b|how (exactly |actually |precisely |best )?(do|does|can|should|would|could) (i|we|one) use (this|it|you|u|ya|ye|yuh|the bot)\b|how (fi|to|2) use (yuh|you|u|ya|dis|this)\b|\bhow (i|we) (go|fit|wan|go fit) use (this|dis|you|u|una|the) ?(bot|app|tool|thing|ting)?\b|\b(kevi|kem) rite (vaparvanu|vaparvu|vapru|vaprvanu|use karvu|use karu|use karvanu)\b|\b(wah|wat|what) (mi|i) (fi|to|should|supposed to) type\b|how (am i|are we|is one) (meant|supposed|expected) to (use|ask|talk to) (this|it|you|u|ye|the bot)\b|how (i|we) (should|can|must|do) (ask|use|talk to|write to) (you|u|this|it)\b|how ((should|do|can|must) (i|we)|(i|we) (should|can|must|do)) (best )?(phrase|word|formulate|frame|put|write|ask) (my |our )?(queries|questions|enquiries|inquiries|requests|prompts)\b|wie (ich|man) (sie|dich|den bot|das tool|diesen bot) (am besten |am sinnvollsten |richtig )?(nutze|nutzt|benutze|benutzt|verwende|verwendet)\b|wie (benutz|benutze|nutz|nutze|verwende) (ich|man) (dich|sie|den bot|das tool)\b|((can|may|could|do) i|i can) (also )?(ask|write|talk|type|speak)( you| to you)?( my| your| these)?( questions?)?( also)? in (chinese|mandarin|spanish|french|german|polish|portuguese|arabic|hindi|urdu|bengali|bangla|japanese|korean|russian|ukrainian|italian|polish|vietnamese|turkish|swahili|kiswahili|tagalog|amharic|hausa|yoruba|igbo|zulu|greek|romanian|thai|malay|indonesian|dutch|swedish|norwegian|danish|finnish|czech|hungarian|hebrew|persian|farsi|other languages?|another language|my (own )?language)\b|where (does|do) (this|the|you|u) (\w+ )?(get|gets|take|takes) (its|your|the|their|his|her) (info|information|data|knowledge|facts|answers)\b|(comment|comment est-ce que|comment est ce que) (je|on) (peux|peut|pourrais|pourrait|dois|doit) (vous|t'|te|l') ?utiliser|c[oó]mo (te|le|lo) (puedo )?(uso|usar|utilizo|utilizar)|como (posso |devo )?(te |lhe |o )?usar|how does (this|the) (bot|tool|thing|chat|app|assistant|service|yoke) work|kifach (kay)?khdam|^\W*(hello|hi|hey)?\W*is (this|it) (thing )?(working|on)\b|how (dae|do) (ah|i) (work|use) (this|the|it)\b|(dae|do|dee) (ah|i) (just |jist )?type\b|how (do|should|can|would) (i|we) (even )?go about (asking|using|talking to)\b|^\W*(\w+\W+)?how (this|it) works\W*$|what (exactly )?(is|falls) in scope\b|what sources? (is|are) (it|this|this bot|the bot|you) based on\b|hvordan fungerer (denne|den|dette) (boten|bot|tjenesten|appen)|hur fungerar (den har|denna|det har) (boten|bot|tjansten|appen)|c(o|ó)mo funciona (esse|este|esto|isso|isto) (bot|chat|app)?|\bcom funciona (aix(o|ò)|aquest (bot|xat)|el bot)(?!\w)|cara (pake|pakai|makai|menggunakan)(nya)?\b|how (dis|this|di|de) (ting|thing|bot) (work|wuk|works)\b|(explain|tell me|show me) how (this|the|you|it) (bot |tool |thing |chat |app |assistant |service )?works?\b|do i (just (type|write|enter|put|drop|paste|ask)|type|write|enter|paste) (in )?(a |an |my |the |your )?(\w+ ){0,2}(or|and|in|here)\b|(can|do|should) i (just )?(ask|type|write) (you |u )?(free[- ]?form|anything|whatever|in my own words|full sentences|normally)\b|(not|never) (really |quite |exactly |too )?sure how (this|it|the bot|this bot) works\b|(do|should|must|will) (i|we) (need to |have to )?(tag|mention|ping|@) (you|u|the bot|this bot|it)\b|how (i|we|one) (might|could|can|should) (best )?make use of (this|the|you)\b|how (do|does|should|can) (i|one|we) (operate|work|use) (this|the) (contraption|thing|gadget|machine|bot|tool|service)\b|how (do|does|should|can) (i|one|we) operate (you|u|it)\b|how (do|does|can|should) (i|one|we) query (you|u|it|this|the bot)\b|(what (sort|kind|type) of (stuff|things) (can|could) (you|u) help (me |us )?with)\W*$|(le|te) pregunto lo que (quiera|quieras|sea)\b|miten (tata|tätä) (bottia|palvelua) (kaytetaan|käytetään)|\bcomment (je|on) (t'|te |vous )utilise\b|\b(kono )?bot(to)? (wa|ha) nani ga dekimasu\b|\bdou yatte tsukaeba\b|^\W*(\w+\W+)?(parles-tu|parlez-vous|hablas|habla usted|falas|fala|sprichst du|sprechen sie|parli|spreek je|do (you|u) speak) (fran[cç]ais|espa[nñ]ol|portugu[eê]s|deutsch|italiano|nederlands|english|anglais|ingl[eé]s|englisch|french|spanish|german)\b|asta3mil(ak)? kaif|voiko (sulta|teilta) kysy\w*|where,? (\w+,? )?(does|do) (this|the|you|u) (\w+ )?(get|gets|take|takes) (its|your|the|their) (info|information|data|knowledge|facts|answers)\b)|^\W*((so|ok|okay|um|uh|hi|hey|hello)\W+)*how('?s| does| do) (this|it) (all )?work(?=\s*([?!.,;:]|$))/;

export function asksHowToUseBot(message: string): boolean {
  return USING_THE_BOT.test(message.toLowerCase());
}

/** Asks what the bot can do ("what can you do for me?"), however it is worded around that. */
export function asksWhatBotDoes(message: string): boolean {
  const text = message.toLowerCase();
  // Read in Latin letters too: "что ты умеешь?" is "chto ty umeesh".
  return (
    CAPABILITY.test(text) ||
    asksAboutItsKnowledge(text) ||
    (hasTransliteratedLetters(text) && CAPABILITY.test(withoutAccents(text)))
  );
}

/** Where something is got from: "where's your info from", "from where you take…", "where u gettin all this". */
// "where" opens the question: "a job where u collect all the numbers from…" asks no source.
const WHERE_FROM =
  /(^|[.!?,;:]\s*|\b(so|and|but|ok|okay|hey|also|a)\s+)(where|weh|wey|from where|which sources?)\b.{0,50}\b(from|sourced|source|get|gets|getting|gettin|take|takes|taking|come|comes|coming)\b|\b(from|sourced|get|gets|getting|take|takes|taking|come|comes|coming)\b.{0,20}\b(which|what) (sources?|website|site|book|article|place)\b|\bprovenance\b|\b(the )?origins? of\b/;
/** The bot's knowledge, however it is called. */
const ITS_KNOWLEDGE =
  /\b(info|infos|information|informations|knowledge|answers|facts|all (this|that|of this|of that))\b/;
/**
 * Whether it can be trusted now: how old, how current, made up or true. Not a claim said after it ("is it true you need
 * to be under forty?", "is it true they're closing the shaft?"), which doubts that claim, not the bot.
 */
const HOW_SOUND =
  /\b(how (old|recent|current|fresh|up[- ]to[- ]date|out[- ]of[- ]date|outdated|stale|dated)|(is|are) (it|this|that|your|ur|the) ?(\w+ )?(current|recent|up[- ]to[- ]date|updated|outdated|out of date|dated|legit|true|accurate|reliable)(?!\s+(that|they|they'?re|there|the|you|u|he|she|we|i|people|someone|somebody|a|an)\b)|(making|makin|make|mek|made) (it|this|that|them|stuff|things|all this) up)\b/;
/** What the bot is: "are you a real person or a bot?", "you are AI?", "am I talking to a computer programme?". */
// "is this a real person ah'm talkin to?", "Are you, in any meaningful sense, an agent, or simply a lookup table?"
const ITS_NATURE =
  /\b((are|r) (you|u)|(you|u) (are|r)) (real|actual) (people|persons?|humans?) or\b|\b((are |r )?(you|u|ye|ya)|is (this|dis|it|that)) (a |an )?((real|actual) (person|human|pairson|fella|guy|bloke|smaddy|somebody|someone) or\b.{0,30}\b(computers?|computas?|robots?|bots?|programs?|programmes?|machines?|ai|chatbots?)|(computer|computa|robot|bot|program|programme|machine|ai|chatbot) or (a |an )?(real|actual) (person|human|pairson|fella|guy|bloke))\b|\bna (bot|robot|machine|human|person) (you|u) be\b|\b(you|u) be (bot|robot|machine|human|person)\b|\b(are|r) (you|u|ye) (sentient|conscious|self[- ]aware|alive)\b|\b(a )?real (person|human|pairson) (i'?m|ah'?m|am i|im) (talking|talkin|speaking|chatting) (to|with)\b|\b(are|r) (you|u),? ([^?]{0,40},? )?(an? )?(\w+ ){0,2}(agent|lookup table|search engine|script|algorithm)\b|\b((are|r|am) (you|u|ye|ya)|(you|u|ye) (are|r|be)) (just |only |basically |simply |really )?(one (o|of) (them|those|these) )?(a |an )?(real |actual )?(person|human|bot|robot|ai|machine|computer|program|programme|chatbot|lady|man|woman|smaddy|somebody|someone|llm|language model|gpt|chatgpt)\b(?! (learning|learnin|scientists?|engineers?|specialists?|technicians?|programmers?|designers?|operators?|developers?))|\bis (this|it) (a |an )?(real |actual )?(person|human|bot|robot|ai|chatbot)\b(?=\s*([?,.!]|$|or\b))|(?<!\b(machines?|devices?|things|sensors?|meters?|gadgets?) )\b((talking|speaking|chatting|corresponding|communicating|interacting) (to|with)|addressing|conversing with|dealing with) (a |an |some )?(real |actual |form of |kind of )*(person|human being|human|bot|robot|ai|machine|computer|lady|man|woman|clerk|automated (system|service|bot|apparatus|program|programme))\b|\b(ni )?mtu (ama|au|or) (ni )?(machine|mashine|robot|bot|kompyuta)\b|\bou se (yon )?(bot|robo|robot|moun)\b|\bto enn (vre )?(dimounn|robot|bot)\b|\bwach (nta|nti|ntouma|ntoma) (robot|bot|insan|bnadem)\b|\bc'est (un )?(robot|bot|une machine|une ia) qui (me |nous |vous )?r[eé]pond|\b(robot|bot|botem|robotem) czy (prawdziwy )?(czlowiek|człowiek)\b|\b(pan|pani) (jest|to) (robot|botem|bot|robotem)\b|\b(oletko|ootko|oot) (sa |sie |sina )?(robotti|botti|ihminen|kone)\b|\b(ni|nin) shi (zhen ?ren|ren) (haishi|hai shi) (jiqiren|ji qi ren|ai|bot)\b|\b(ni|nin) shi (jiqiren|ji qi ren|ai) ma\b|\b(bot|robot) mu(sun)?\b|\binsan m[iı]s[iı]n\b|\bna (real )?(human|person|somebody) (i|we) dey (chat|chatting|talk|talking|yarn|yarning)\b|\bor na (robot|bot|machine)\b|(?<![a-z])[eé]s (um|uma) (bot|robot|rob[oô]|pessoa|humano)(?![a-z])|\b(eres|es usted|sos|voc[eê] [eé]|vc [eé]|c [eé]|isso( aqui)? [eé]|aqui [eé]|tu [eé]s|(tu )?e[sș]ti|t'es|tu es|es-tu|vous [eê]tes|[eê]tes-vous|jeste[sś]|ben je|bent u|bent je) (un |una |um |uma |o |une |een )?(vraie |vrai |prawdziwy |echte )?(robot|botem|robotem|robo|rob[oô]|bot|persona|pessoa|humano|humana|ia|maquina|m[aá]quina|programa|om|persoan[aă]|personne|humain|czlowiek|człowiek|czlowiekiem|mens)(?![a-z0-9_])|\b(robot|bot|ngư[ờo]i( th[ậa]t)?|nguoi( that)?) hay (ngư[ờo]i|nguoi|robot|bot|m[áa]y)\b|\b(a |any )?(real )?(person|human|someone|somebody) (on|at) the other end\b|\b(enta|enti|inta|inti|ente|anta) (bot|robot|ai|bany adam|bani adam|insan)\b|\bban[iy] adam (7a2i2i|ha2i2i|7a2ee2i|7aqiqi)\b|\b(bot|robot|ai) (ka|po ka|kayo|ba kayo) (ba|po)?\b|\b(may )?tao (ba )?(po )?(talaga(ng)? )?(sumasagot|nagsasagot|sasagot)\b/;

/** Asks about a job: "which job is it of those people who…", "there is a job where…". */
const ASKS_ABOUT_A_JOB =
  /\b(which|what) (job|role|career|position)s?\b|\bthere (is|are|'s) (a |an )?(job|role|career|position)s?\b/;

/**
 * Asks where the bot's knowledge comes from and how old it is ("where u gettin all this info from, is
 * it legit?"): the guide answers, citing the article.
 */
export function asksAboutItsKnowledge(message: string): boolean {
  const text = message.toLowerCase();
  // "How up to date is all this?": all the bot holds, asked of as a whole.
  if (!speaksOfTheBot(text) && !/\ball (this|that)\b/.test(text)) return false;
  // "there's a job where you print a spare part, is that true?": what is doubted is a job, not the bot.
  if (ASKS_ABOUT_A_JOB.test(text)) return false;
  return (WHERE_FROM.test(text) && ITS_KNOWLEDGE.test(text)) || HOW_SOUND.test(text);
}

/** A program, in the languages people ask it in (Cyrillic read in Latin letters: "программа" is "programma"). */
const MACHINE_WORDS = new Set(
  `bot bots chatbot robot robots robat robo programma programm program programa programme ai ia ii rekenaar`.split(' '),
);
/** A person, in those languages; "people" and "computer" are left out, as careers talk of both. */
const PERSON_WORDS = new Set(
  `human person geezer bloke gente mens chelovek chalavek cholovik lyudyna liudyna ningen hito wong manusia orang insan insaan mensch humain humano humana persona persoon czlowiek clovek covek ember ihminen inimene zmogus cilveks binadamu mtu eniyan mutum mmadu umuntu motho saram manush aadmi anthropos njeri`.split(
    ' ',
  ),
);
/** "Or", in those languages. */
const OR_WORDS = new Set(
  `or o ou au ama ya yoki lub ili chi tsi ci opo atau oder czy nebo alebo vagy tai eller yoksa veya abi of`.split(' '),
);
/** Words that speak to the bot ("ты", "sei", "wewe"). */
const ADDRESS_WORDS = new Set(
  `you u ty vy ti tu du jy sei bist eres etes usted voce vc vous wewe ikaw kau aap tum anta inta enta sen siz anata kimi kamu anda`.split(
    ' ',
  ),
);
/** Words that point at the bot: "kore tte bot", "iki robot". */
const POINTING_WORDS = new Set(`iki kore this`.split(' '));
/** "is this a…": what follows "this" when it points at the bot. */
const ARTICLES = new Set(['a', 'an', 'real']);
/** A bare "robot or real person?" needs nobody addressed to be asked of the bot. */
const MAX_BARE_WORDS = 6;
/** How near the words of "a program or a person" stand to one another. */
const NEAR = 5;

/** "a robot or a real person", "ты робат ці … чалавек": a program and a person set side by side, or a program addressed. */
function asksProgramOrPerson(message: string): boolean {
  const tokens = words(message);
  const at = (set: ReadonlySet<string>) => tokens.flatMap((t, i) => (set.has(t) ? [i] : []));
  const machines = at(MACHINE_WORDS);
  const persons = at(PERSON_WORDS);
  if (machines.length === 0 || persons.length === 0) return false;
  const ors = at(OR_WORDS);
  const sideBySide = machines.some((m) =>
    persons.some((p) => Math.abs(m - p) <= NEAR && ors.some((o) => o > Math.min(m, p) && o < Math.max(m, p))),
  );
  // "will a robot or a real person do the welding?" asks of the work, not of the bot.
  // "is this a real person who answers or a robot?" points at the bot; "is this job done by robots or…" does not.
  const pointsAtBot = tokens.some(
    (t, i) =>
      POINTING_WORDS.has(t) &&
      (ARTICLES.has(tokens[i + 1] ?? '') ||
        MACHINE_WORDS.has(tokens[i + 1] ?? '') ||
        PERSON_WORDS.has(tokens[i + 1] ?? '')),
  );
  const spokenTo = tokens.length <= MAX_BARE_WORDS || pointsAtBot || tokens.some((t) => ADDRESS_WORDS.has(t));
  const addressed = machines.some((m) =>
    tokens.slice(Math.max(0, m - 2), m).some((t) => ADDRESS_WORDS.has(t) || POINTING_WORDS.has(t)),
  );
  return (sideBySide && spokenTo) || addressed;
}

/** Asks whether the bot is a person or a program ("you are AI or real person?"): the guide, whatever else it names. */
export function asksWhatTheBotIs(message: string): boolean {
  // "Вы живой человек или программа?", "iki robot opo wong tenan?": the same asked in any language.
  return ITS_NATURE.test(message.toLowerCase()) || asksProgramOrPerson(message);
}
