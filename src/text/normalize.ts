import { stemmer } from 'stemmer';
import { MAX_QUESTION_CHARS, MAX_WORD_CHARS, MAX_WORDS } from './question-limits.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Lower-cased word tokens; keeps digits so "3d" and "p2p" survive. Over-long tokens are dropped and
 * the count is capped (see question-limits.ts) so no input makes matching expensive; knowledge
 * files are read through `documentWords`, which has no cap.
 */
export function words(text: string): string[] {
  const bounded = text.length > MAX_QUESTION_CHARS * 2 ? text.slice(0, MAX_QUESTION_CHARS * 2) : text;
  return documentWords(bounded).slice(0, MAX_WORDS);
}

const FOLDED: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };

/**
 * Cyrillic and Greek letters in Latin ones, as people write them who have no such keyboard ("кибербезопасность"
 * → "kiberbezopasnost", "δουλειά" → "douleia"): the glossaries read Russian and Greek in Latin letters, and a
 * message in these alphabets would otherwise have no words at all. Runs after accents are stripped, so "й" is
 * "и" by then and "ё" is "е". "ъ" is written "a", the vowel it is in Bulgarian ("трайбър": "traibar").
 */
const TRANSLITERATED: Record<string, string> = Object.fromEntries(
  [
    'аa бb вv гg дd еe жzh зz иi кk лl мm нn оo пp рr сs тt уu фf хkh цts чch шsh щshch ъa ыy ь эe юyu яya',
    'іi їyi єye ґg ђdj јj љlj њnj ћc џdz ўu',
    // Kazakh, Tatar, Bashkir, Kyrgyz, Mongolian, Tajik and Uzbek letters, as their speakers write them in Latin ones.
    'әa өo үu ұu ңng ғg қk ҡk һh ҳh ҷj җzh ҫs ҙz ҝk',
    'αa βv γg δd εe ζz ηi θth ιi κk λl μm νn ξx οo πp ρr σs ςs τt υy φf χch ψps ωo',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => [pair[0]!, pair.slice(1)]),
);

/** Greek and Cyrillic letters, which `withoutAccents` writes in Latin ones. */
const TRANSLITERATED_LETTERS = /[\u0370-\u03ff\u0400-\u045fәөүұңғқҡһҳҷҗҫҙҝ]/g;

/** Whether `text` has letters `withoutAccents` writes in Latin ones ("что", "δουλειά"). */
export const hasTransliteratedLetters = (text: string): boolean => text.search(TRANSLITERATED_LETTERS) >= 0;

/** Lower case without accents ("trabajé" → "trabaje", "łódź" → "lodz"), as the rules and glossaries are written. */
export function withoutAccents(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // Letters with no decomposition to a plain one: Polish ł, German ß, Nordic ø and æ, Turkish ı.
      .replace(/[łßøæœđı]/g, (c) => FOLDED[c]!)
      .replace(TRANSLITERATED_LETTERS, (c) => TRANSLITERATED[c] ?? '')
  );
}

export function documentWords(text: string): string[] {
  return (
    withoutAccents(text)
      // "don't" and "what's" are one word each, not two.
      .replace(/[’'](s|t|re|ve|ll|d|m)\b/g, '')
      // French "j'ai", "n'ai" are one word too, not "ai" (which would name AI).
      .replace(/\b([jn])[’']ai\b/g, '$1ai')
      .match(/[a-z0-9]+/g)
      ?.filter((w) => w.length <= MAX_WORD_CHARS) ?? []
  );
}

/** Content terms for search: stopwords dropped, Porter-stemmed. */
export function contentTerms(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stemTerm);
}

/** Stems already computed: a knowledge base repeats its words, and building its indexes stems each many times. */
const STEMS = new Map<string, string>();
const MAX_STEMS = 200_000;

/**
 * Words Porter cuts down to another word's stem, with the stem they keep instead: "hospitality" is
 * not a hospital, "community" not communication, "news" not new, "experiment" not experience,
 * "university" not the universe, "organization" not an organ. British and American "organis/ze"
 * share one.
 */
const OVER_STEMMED: [RegExp, string][] = [
  [/^hospitalit(y|ies)$/, 'hospitality'],
  [/^communit(y|ies)$/, 'communiti'],
  [/^news$/, 'news'],
  [/^experiment(s|al|ally|ed|ing|ation)?$/, 'experiment'],
  [/^universit(y|ies)$/, 'universiti'],
  [/^organi[sz](e|es|ed|er|ers|ing|ation|ations|ational)$/, 'organiz'],
];

/**
 * Changes whenever a word's stem may come out otherwise (the stemmer, OVER_STEMMED, the tokens):
 * part of the index cache's key, as every index built from stems depends on it.
 */
export const STEMMING_VERSION = 3;

/** The stems OVER_STEMMED keeps apart: no stem that starts like one is its relative ("commun" is no "communiti"). */
export const KEPT_APART: ReadonlySet<string> = new Set(OVER_STEMMED.map(([, stem]) => stem));

export function stemTerm(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    stem = OVER_STEMMED.find(([pattern]) => pattern.test(word))?.[1] ?? stemmer(word);
    STEMS.set(word, stem);
  }
  return stem;
}

/** Singular form of a single word, enough for job titles ("directors", "analysts", "technicians"). */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Comparable form of a name or alias: case, punctuation and plurals folded. */
export function nameKey(text: string): string {
  return words(text).map(singular).join(' ');
}
