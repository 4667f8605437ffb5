/**
 * Greetings, thanks and goodbyes by language, as their speakers type them in Latin letters (Cyrillic
 * and Greek are transliterated before this is read: "Рәхмәт" is "rakhmat"). Set phrases are split into their words, since a message is social only when
 * every word is. `closing` holds only the words that thank or take leave wherever they stand and mean
 * nothing else in any language the bot meets ("nuwun", not "mata", which is Japanese "again" and a
 * Spanish verb), so a message that opens or ends with one is courtesy whatever it says between.
 */
interface Courtesy {
  greeting?: string;
  thanks?: string;
  farewell?: string;
  closing?: string;
}

/**
 * Thanks typed in chat whatever the language around them, English's among them: each closes a message
 * wherever it stands.
 */
const SHARED_THANKS = `thanks thank thx dziekuje kiitos takk mesi makasih dhanyavaad xiexie kthx multumesc efxaristo efharisto efcharisto eyxaristo tks ngiyabonga tesekkur sagol sagolun shokran dekuji dakujem koszonom koszi hvala mamnoon mamnun motashakeram kamsahamnida gamsahamnida nandri nanri aciu paldies faleminderit madloba mahadsanid amesegnalehu shukriyaa grazas gracies ty tysm ta aabhar aitah jazakallah preciate chur vlw cheers appreciated appreciate merci mersi diolch danke gracias obrigado obrigada grazie shukran spasibo arigato arigatou asante shukriya dhanyavad dhanyawad dhonnobad dhonyobad dhanyabad salamat dzieki valeu brigadao brigado brigada tesekkurler sagol`;
/** Goodbyes of the same kind: "cya", "ciao", "kwaheri". */
const SHARED_FAREWELL = `bye goodbye byebye cya ciao chao chau slan later laters gtg goodnight farewell adios tschuss kwaheri poka alvida hwyl tchau nagemist anjima`;

const BY_LANGUAGE: Record<string, Courtesy> = {
  shared: { thanks: SHARED_THANKS, farewell: SHARED_FAREWELL, closing: `${SHARED_THANKS} ${SHARED_FAREWELL}` },
  afrikaans: { greeting: 'goeie more middag', thanks: 'dankie baie', farewell: 'totsiens', closing: 'dankie totsiens' },
  albanian: { greeting: 'tungjatjeta', farewell: 'mirupafshim', closing: 'mirupafshim' },
  armenian: {
    greeting: 'barev barevdzez',
    thanks: 'shnorhakalutyun shnorhakal',
    farewell: 'tstesutyun',
    closing: 'shnorhakalutyun shnorhakal tstesutyun',
  },
  azerbaijani: { thanks: 'sag ol tesekkur cox', farewell: 'xudahafiz sagolun', closing: 'xudahafiz' },
  bavarian: {
    greeting: 'griass griasdi di',
    thanks: 'vergelts gott',
    farewell: 'pfiat pfiati',
    closing: 'vergelts pfiat pfiati',
  },
  belarusian: {
    greeting: 'pryvitanne dobry dzien',
    thanks: 'dziakuj dziakuju dzyakuy',
    farewell: 'byvai byvaj dabranach',
    closing: 'dziakuj dziakuju dzyakuy byvai byvaj',
  },
  bulgarian: {
    greeting: 'zdravei zdrasti',
    thanks: 'blagodarya blagodarq mersi',
    farewell: 'dovizhdane chao',
    closing: 'blagodarya blagodarq dovizhdane',
  },
  burmese: { greeting: 'mingalaba', thanks: 'kyay zu kyeizu tin ba', closing: 'mingalaba kyeizu' },
  cantonese: {
    greeting: 'neih nei hou',
    thanks: 'mgoi goi dojeh',
    farewell: 'joigin baibai',
    closing: 'mgoi dojeh joigin',
  },
  catalan: { greeting: 'bon dia', farewell: 'adeu fins aviat', closing: 'adeu' },
  cebuano: { greeting: 'maayong buntag hapon gabii', thanks: 'daghang salamat' },
  esperanto: { greeting: 'saluton', thanks: 'dankon', farewell: 'gis revido', closing: 'saluton dankon' },
  estonian: { greeting: 'tere', thanks: 'aitah', farewell: 'head aega', closing: 'aitah' },
  fijian: { greeting: 'bula', thanks: 'vinaka', closing: 'vinaka' },
  frisian: { greeting: 'goeie', thanks: 'tankewol tank', farewell: 'oant sjen', closing: 'tankewol' },
  gaelic: {
    greeting: 'dia duit madainn mhath',
    thanks: 'go raibh maith agat tapadh leat',
    farewell: 'slan leat beannacht',
    closing: 'tapadh',
  },
  guarani: { greeting: 'mbaeichapa', thanks: 'aguyje', closing: 'aguyje' },
  gujarati: { greeting: 'kem cho', farewell: 'avjo', closing: 'avjo' },
  haitian: { greeting: 'bonswa', farewell: 'babay orevwa', closing: 'orevwa' },
  hebrew: { greeting: 'shalom', thanks: 'toda todah raba', farewell: 'lehitraot lehit', closing: 'todah lehitraot' },
  icelandic: { greeting: 'hae', thanks: 'takk fyrir', farewell: 'bless', closing: 'takk' },
  igbo: { greeting: 'ndewo kedu', thanks: 'daalu', farewell: 'ka emesia', closing: 'ndewo daalu' },
  japanese: {
    greeting: 'ohayo ohayou konbanwa hajimemashite yoroshiku onegaishimasu',
    thanks:
      'arigatou arigato gozaimashita gozaimasu domo doumo otsukaresama otsukare sankou ni narimashita tasukarimashita',
    farewell: 'sayonara mata ne jaa kimasu shitsurei shimasu oyasumi',
    closing: 'arigatou arigato gozaimashita otsukaresama otsukare sayonara oyasumi tasukarimashita hajimemashite',
  },
  javanese: {
    greeting: 'sugeng enjing siang sonten ndalu rawuh monggo',
    thanks: 'matur nuwun suwun sanget',
    farewell: 'pamit rumiyin',
    closing: 'nuwun suwun pamit',
  },
  kazakh: {
    greeting: 'salem salemetsiz be',
    thanks: 'rakhmet rakmet',
    farewell: 'sau kosh bol',
    closing: 'salemetsiz rakhmet rakmet',
  },
  khmer: { greeting: 'sousdey suosdei', thanks: 'orkun akun', farewell: 'lea haey', closing: 'sousdey suosdei orkun' },
  korean: {
    greeting: 'annyeonghaseyo',
    thanks: 'gomawo gomapseumnida gamsahabnida',
    farewell: 'annyeonghi gaseyo',
    closing: 'gomawo gomapseumnida gamsahabnida',
  },
  kurdish: { greeting: 'silav rojbas', thanks: 'spas dikim zor', farewell: 'bi xatire te', closing: 'silav rojbas' },
  kyrgyz: { greeting: 'salamatsyzby', thanks: 'rakhmat chong', farewell: 'jakshy kal', closing: 'salamatsyzby' },
  lao: { greeting: 'sabaidee', thanks: 'khop jai lai lai', closing: 'sabaidee' },
  latvian: { farewell: 'uz redzesanos ata', closing: 'redzesanos' },
  lingala: { greeting: 'mbote', thanks: 'matondo mingi', farewell: 'tokomonana', closing: 'mbote matondo tokomonana' },
  lithuanian: { thanks: 'aciu', farewell: 'viso gero', closing: 'aciu' },
  luxembourgish: { greeting: 'moien', farewell: 'addi', closing: 'moien' },
  macedonian: { greeting: 'zdravo', thanks: 'blagodaram fala', farewell: 'prijatno', closing: 'blagodaram' },
  malagasy: { greeting: 'manao ahoana', thanks: 'misaotra', farewell: 'veloma', closing: 'misaotra veloma' },
  malayalam: { greeting: 'namaskaram', thanks: 'nanni valare', closing: 'namaskaram' },
  maltese: { greeting: 'bongu bonswa', thanks: 'grazzi hafna', farewell: 'sahha caw', closing: 'bongu bonswa grazzi' },
  maori: { greeting: 'kia ora tena koe koutou', thanks: 'nga mihi', farewell: 'haere ra', closing: 'haere' },
  marathi: { greeting: 'namaskar', thanks: 'dhanyavad khup', closing: 'namaskar' },
  mongolian: {
    greeting: 'sain baina uu sainuu',
    thanks: 'bayarlalaa',
    farewell: 'bayartai',
    closing: 'sainuu bayarlalaa bayartai',
  },
  nepali: { thanks: 'dhanyabad', farewell: 'pheri bhetaula', closing: 'bhetaula' },
  norwegian: { thanks: 'tusen mange', farewell: 'hade', closing: 'hade' },
  oromo: { greeting: 'akkam', thanks: 'galatoomaa galatoomi', closing: 'galatoomaa galatoomi' },
  pashto: { greeting: 'starey mashey', thanks: 'manana', farewell: 'da khuday pa aman', closing: 'starey mashey' },
  persian: {
    thanks: 'kheili kheyli khaili mamnoonam mersi',
    farewell: 'khodahafez khodafez',
    closing: 'mamnoonam khodahafez khodafez',
  },
  quechua: { thanks: 'sulpayki', farewell: 'tupananchikkama', closing: 'sulpayki tupananchikkama' },
  romanian: { greeting: 'buna ziua', farewell: 'la revedere pa', closing: 'revedere' },
  russian: {
    greeting: 'dobryi dobryy',
    thanks: 'blagodaryu',
    farewell: 'do svidaniya svidaniia vsego dobrogo',
    closing: 'blagodaryu svidaniya svidaniia',
  },
  slovak: { farewell: 'dovidenia', closing: 'dovidenia' },
  slovenian: { greeting: 'zivjo', farewell: 'nasvidenje adijo', closing: 'nasvidenje' },
  somali: { greeting: 'nabad', thanks: 'mahadsanid', closing: 'mahadsanid' },
  sotho: { greeting: 'dumela', thanks: 'kea leboha', closing: 'dumela leboha' },
  sundanese: { thanks: 'hatur nuhun', closing: 'nuhun' },
  // "sawa basi, nimeelewa. tutaonana kesho": okay then, understood, see you tomorrow.
  swahili: {
    greeting: 'habari jambo hujambo mambo',
    thanks: 'asante sana nimeelewa sawa basi',
    farewell: 'kwaheri tutaonana baadaye kesho sawa basi',
    closing: 'asante kwaheri tutaonana',
  },
  tajik: { greeting: 'salom', thanks: 'rahmat rakhmat', farewell: 'khayr xayr to didor', closing: 'didor' },
  tamil: { greeting: 'vanakkam', farewell: 'poitu varen', closing: 'vanakkam' },
  tatar: {
    greeting: 'isanmesez isanme',
    thanks: 'rakhmat zur',
    farewell: 'sau bulygyz bul',
    closing: 'isanmesez bulygyz',
  },
  tigrinya: { thanks: 'yekenyeley yekenyelay', closing: 'yekenyeley yekenyelay' },
  turkish: { thanks: 'tesekkurler', farewell: 'gorusmek uzere gorusuruz hosca kal', closing: 'gorusuruz tesekkurler' },
  turkmen: { thanks: 'sag bol sagbol', farewell: 'hosh gowy gal', closing: 'sagbol' },
  ukrainian: { greeting: 'pryvit vitaiu', farewell: 'buvai buvaite', closing: 'buvai buvaite' },
  uzbek: {
    greeting: 'salom assalomu',
    thanks: 'rahmat raxmat katta',
    farewell: 'xayr xair',
    closing: 'raxmat assalomu',
  },
  vietnamese: { farewell: 'tam biet', closing: 'biet' },
  wolof: { greeting: 'nanga def', thanks: 'jerejef', farewell: 'mangi dem', closing: 'jerejef' },
  xhosa: {
    greeting: 'molo molweni',
    thanks: 'enkosi ndiyabulela',
    farewell: 'hamba kahle sala',
    closing: 'molweni enkosi ndiyabulela',
  },
  yiddish: { greeting: 'sholem aleichem gutn', thanks: 'a dank', farewell: 'zay gezunt', closing: 'gezunt' },
  yoruba: { greeting: 'e kaaro', farewell: 'o dabo', closing: 'kaaro dabo' },
  kinyarwanda: { greeting: 'muraho mwiriwe', thanks: 'murakoze', closing: 'muraho murakoze' },
  zulu: { farewell: 'sala hamba kahle', closing: 'kahle' },
};

const gather = (field: keyof Courtesy): string[] =>
  Object.values(BY_LANGUAGE).flatMap((c) => (c[field] ?? '').split(/\s+/).filter(Boolean));

type CourtesyKind = 'greeting' | 'thanks' | 'farewell';
const KINDS: CourtesyKind[] = ['greeting', 'thanks', 'farewell'];

/** Words of each kind of courtesy, for the social lexicon. */
export const OTHER_LANGUAGE_COURTESY: Record<CourtesyKind, string[]> = {
  greeting: gather('greeting'),
  thanks: gather('thanks'),
  farewell: gather('farewell'),
};

const CLOSING = new Set(gather('closing'));

/** The kind of courtesy a word is when it greets, thanks or takes leave wherever it stands ("nuwun"), else undefined. */
export function closingCourtesy(word: string): CourtesyKind | undefined {
  if (!CLOSING.has(word)) return undefined;
  return KINDS.find((k) => OTHER_LANGUAGE_COURTESY[k].includes(word));
}
