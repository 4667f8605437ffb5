import type { KnowledgeBase, KnowledgeDoc } from '../knowledge/knowledge-base.js';
import type { NameMatch } from '../retrieval/name-matcher.js';
import { contentTerms, nameKey, words } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Turn } from './answer.js';
import { gapTopicsIn } from './gaps.js';
import { asksAboutARole, asksForFit, asksOfARoleItself, statesBackground } from './intent.js';
import { afterSubjectChange } from './subject-change.js';

/**
 * Words that point back at the previous answer's subject: English, a few words each of many languages, and the
 * demonstratives of those the domain glossary reads (Hungarian, Czech, Finnish, Romanian, Dutch, Russian and
 * Bulgarian in Latin letters, Vietnamese without its marks, Indonesian, Turkish, romanised Hindi and Greek).
 */
const ANAPHORA =
  /\b(it|its|they|them|their|theirs|that|this|those|these|he|she|his|her|such|there|the role|the job|that one|this one|the same|same|eso|esa|esas personas|esa persona|ellos|ellas|itu|howa|heya|homa|feeha|fiha|feeh|leeh|meno|menha|dun|doon|nila|niya|iyon|hiyo|hapo|wanafanya|wanahitaji|dat|daar|daarvoor|tam|siihen|sita|sitä|k tomu|pro to|za to|za tova|tova|hozza|hozzá|buna|die functie|deze functie|dat werk|dit werk|med det|ahi|alli|essa pessoa|esse cara|para isso|pra isso|so jemand|haben die|machen die|brauchen die|sind die|da rein|ese|este (puesto|trabajo)|ce (poste|m[eé]tier|travail)|cela|diese[nrm]? (job|beruf|stelle|position|rolle|person)|(esse|essa|este|esta) (cargo|papel|trabalho|profissional)|isso|esse|become one|be one|(does|do|would|can|could|should|will) one|pour y|y arriver|both|the two|(dos|os|los|de los|das) dois|(los|de los) dos|ambos|ambas|beide|les deux|ehhez|ahhoz|ennek|annak|ebben|abban|ezzel|azzal|erre|arra|tohle|tohoto|tomto|tomu|siina|siita|tahan|tama|tassa|tuohon|niihin|niita|asta|aceasta|acesta|aceste|pentru asta|la asta|ervoor|daarbij|hiervoor|eto|etogo|etomu|etom|etot|etoy|takoy|takaya|oni|dlya etogo|cong viec do|cong viec nay|nghe do|nghe nay|vai tro do|vai tro nay|nguoi do|nguoi nay|cai do|cai nay|tersebut|mereka|kerja tu|ona|onu|bunlar|yeh|unka|unke|inka|inke|unhe|inhe|afti|aftes|gia auto)\b/;
/**
 * Pointers written with accents, which `\b` (ASCII) cannot bound: "ça", "ce rôle", "la différence", "él";
 * and a verb whose subject was dropped, as Spanish and Portuguese do: "lo que haría", "o que faz".
 */
const ACCENTED_POINTERS =
  /(^|[^\p{L}\p{N}])(get in(?=\s*([,?.!]|$))|break in(?=\s*([,?.!]|$))|mo(ż|z)e to (robi[cć]|zrobi[cć])|ça|ce r[oô]le|ce boulot|ce job|la diff(é|e)rence|la diff|lequel|laquelle|él|ella|dyan|diyan|iyan|do tego|w tym zawodzie|tam trafia|quel ruolo|questo ruolo|quella figura|questa figura|dafür|dabei|kwa hiyo|iska|uska|iske|uske|isme|usme|ismein|usmein|inme|unme|isko|usko|woh|lo que (hace|hacen|har[ií]a|har[ií]an|hac[ií]a)|o que (faz|fazem|faria|fariam)|(do )?que (ele|ela|eles|elas) (faz|fazem|faria|fariam)|ce qu'(il|elle|ils|elles) f\w+|bunu|bunun|bunda|kalapit nun|near am|like am|for am|do am|ce profil|ces profils|cette personne|se afto|gia afto|to kanw|is mein|us mein|ke situ|ke sana|di situ|di sana|ganun|ganoon|mga ganun|onun|onlar|bu (i[sş]|i[sş]e|i[sş]te|i[sş]i|meslek\w*)|je pourrais(?=\W*$)|c'est (jouable|possible) pour moi|hii kazi|kazi hiyo|người (đó|này|ấy)|vai trò (đó|này)|công việc (đó|này)|nghề (đó|này)|họ)(?![\p{L}\p{N}])/u;
/** Openings that continue the conversation: "and the skills?", "what about backgrounds", "¿y…?", "et…". */
const CONTINUES =
  /^\W*(and|also|so|but|plus|then|ok|okay|what about|how about|more|tell me more|go on|any|vs\.?|versus|compared? (to|with)|y|et|und|e|si|i|ja|w|es|és)\b/;

/** Words the knowledge never uses that make an English message with a pronoun about another matter. */
const MIN_UNKNOWN_WORDS_OF_ANOTHER_MATTER = 4;

/**
 * An English message most of whose words, and several of them, the knowledge never uses ("is it normal
 * for sourdough to smell like vinegar after a week in the fridge?"): about another matter, whatever its
 * pronouns or its wording suggest. Another language's words are all unknown, and tell nothing.
 */
function speaksOfAnotherMatter(opts: {
  unknownWords: number;
  contentWords: number;
  inAnotherLanguage: () => boolean;
}): boolean {
  return (
    opts.unknownWords >= MIN_UNKNOWN_WORDS_OF_ANOTHER_MATTER &&
    opts.unknownWords * 2 > opts.contentWords &&
    !opts.inAnotherLanguage()
  );
}

/**
 * Points back at the subject and asks about it: a skill, a background, the work, how it differs, what the knowledge
 * lacks, or whether someone could do it. Not a bare "or": "is that a ring-the-landlord situation or a
 * bleed-the-radiators situation" weighs two other things.
 */
function asksOfTheSubject(text: string, asksGap: boolean): boolean {
  return pointsBackIn(text) && (asksOfARoleItself(text) || CONTRASTS.test(text) || asksGap || asksForFit(text));
}

/**
 * The message's first question is one of its own about the subject, whatever is said around it: one asking what the
 * knowledge lacks ("remote possible?", "could that be done from home?", "Is it shifts?"), or one pointing back in
 * words the knowledge mostly knows. What the models read of the whole message still weighs after this.
 */
function firstQuestionOfTheSubject(
  q: string,
  opts: Pick<Parameters<typeof resolveFollowUp>[0], 'firstQuestionWords'>,
): boolean {
  const question = firstQuestion(q);
  if (question === undefined) return false;
  if (gapTopicsIn(question).length > 0) return true;
  if (!pointsBackIn(question.replace(WEAK_POINTERS, ' '))) return false;
  const counts = opts.firstQuestionWords(question);
  return counts.unknownWords * 2 < counts.contentWords;
}

/** The message's first question, amid more, asks what the knowledge lacks. */
function firstQuestionAsksGap(q: string): boolean {
  const question = firstQuestion(q);
  return question !== undefined && gapTopicsIn(question).length > 0;
}

/**
 * The first sentence of a message that is a question, when more is said around it: "could that be done from home? we
 * live a bit outside town…", "Sounds like a lot o starin at a machine. Is it shifts? cause a'm done wi…".
 */
function firstQuestion(message: string): string | undefined {
  const end = message.indexOf('?');
  if (end < 0) return undefined;
  const before = message.slice(0, end + 1);
  const starts = [...before.matchAll(/[.!]\s+/g)];
  const start = starts.length > 0 ? starts.at(-1)!.index + starts.at(-1)![0].length : 0;
  if (start === 0 && !/\p{L}/u.test(message.slice(end + 1))) return undefined;
  return message.slice(start, end + 1);
}

/** A word that points back at the subject, in any of the languages read. */
const pointsBackIn = (text: string) => ANAPHORA.test(text) || ACCENTED_POINTERS.test(text);

/**
 * Points back and asks what the role is or whether someone could do it: all that keeps a message the
 * follow-up model reads as far from any follow-up; so do naming it by a pointer ("such a position") and
 * picking one of those shown. Not "which is better": "is the quest 3 worth it or a gimmick?" asks of
 * something else.
 */
function pointsAtTheRoleItself(text: string, asksGap: boolean): boolean {
  if (NAMES_THE_ROLE_BY_POINTING.test(text) || PICKS_ONE.test(text)) return true;
  return pointsBackIn(text.replace(WEAK_POINTERS, ' ')) && (asksOfARoleItself(text) || asksGap || asksForFit(text));
}

/** Pointers that as often point at nothing ("how long does it take…", "is there…", "same area code"). */
const WEAK_POINTERS = /\b(it|its|there|same)\b/g;

/** "these jobs", "this line of work", "such a position", "that role": the subject, by a pointer and its noun. */
const NAMES_THE_ROLE_BY_POINTING =
  /\b(this|that|these|those|such( an?)?|the same)( \w+)? (jobs?|roles?|positions?|posts?|careers?|professions?|occupations?|line of work|kind of work|work|field|specialists?|engineers?|designers?|technicians?|scientists?|analysts?|architects?|programmers?|developers?)\b/;

/** The places named, as the question writes them, each word capitalised: "hamburg" is Hamburg. */
function placeWritten(question: string, places: NameMatch[]): string {
  const written = words(question);
  return places
    .map((m) =>
      written
        .slice(m.start, m.end)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(' '),
    )
    .join(' and ');
}

/** Content words, the place's name among them, of a question that only asks the subject again of a place. */
const MAX_WORDS_ASKED_OF_A_PLACE = 3;

/** Intents a short "and for X?" repeats for its new subject. */
const REPEATABLE = new Set(['role-skills', 'role-backgrounds', 'related-roles', 'role-sources']);

/**
 * "what skills does a cloud architect need?" then "and for a data scientist?": a question that only
 * continues ("and …", "what about …") and names one new role asks what was asked before, about it.
 */
export function repeatedAsk(
  question: string,
  previous: Turn | undefined,
  namesOneRole: boolean,
): { intent?: string; gaps: string[] } {
  if (!previous || !namesOneRole || !CONTINUES.test(question.toLowerCase())) return { gaps: [] };
  return {
    intent: previous.intent && REPEATABLE.has(previous.intent) ? previous.intent : undefined,
    gaps: previous.gaps ?? [],
  };
}
/** Picks one of the previous answer's subjects by position: "the first one", "#2", "the last one", "the other one". */
const ORDINALS: [RegExp, (n: number) => number][] = [
  // French, Spanish, Portuguese and German too: "le premier", "el segundo", "a segunda", "der zweite".
  [
    /\b(the first|first one|1st one|the 1st|number one|no\.? ?1|the top one|the former|le premier|la premiere|el primero|la primera|o primeiro|a primeira|der erste|die erste|il primo|la prima)\b|#1\b/,
    () => 0,
  ],
  [
    /\b(the other( one)?|other one|the second|second one|2nd one|the 2nd|number two|no\.? ?2|le second|la seconde|le deuxieme|la deuxieme|el segundo|la segunda|o segundo|a segunda|der zweite|die zweite|il secondo|la seconda)\b|#2\b/,
    () => 1,
  ],
  [/\b(the third|third one|3rd one|the 3rd|number three|no\.? ?3)\b|#3\b/, () => 2],
  [/\b(the fourth|fourth one|4th one|the 4th|number four|no\.? ?4)\b|#4\b/, () => 3],
  [/\b(the last( one)?|last one|the latter|the bottom one)\b/, (n) => n - 1],
];

/** Nouns after an ordinal that still name one of the subjects: "the second role", "the other one". */
const PICKED_THINGS = new Set(
  'one ones role roles job jobs option options position positions career careers title titles profession professions guy guys person people'.split(
    ' ',
  ),
);

/**
 * The position a question picks among `count` subjects, if it picks one. An ordinal before a noun of
 * something else orders that thing: "the last train", "the first session".
 */
function pickedPosition(question: string, count: number): number | undefined {
  for (const [pattern, position] of ORDINALS) {
    const found = pattern.exec(question);
    if (!found) continue;
    // "the latter" and "the other one" stand for a subject whatever follows; the English stopwords tell
    // nothing of what follows "il secondo".
    const next =
      /(latter|former|one)$/.test(found[0]) || !found[0].startsWith('the ')
        ? undefined
        : /^\s+([\p{L}']+)/u.exec(question.slice(found.index + found[0].length))?.[1];
    if (next !== undefined && !STOPWORDS.has(next) && !PICKED_THINGS.has(next)) continue;
    return position(count);
  }
  return undefined;
}
/** Asks for the last answer again in other words: "in simple words pls", "eli5", "didn't get that". */
const REPHRASE =
  /\b(in (simple|simpler|plain|normal|easy|everyday|layman'?s?) (words|terms|english|language)|simpler|eli5|dumb (it|that) down|explain (again|that again|more simply)|didn'?t (get|understand) (it|that)|i don'?t (get|understand))\b/;
/**
 * Sums up what was said, to check it: "so basically sales with a nicer lanyard?", "so it's basically backend dev?"
 * (the reader may have dropped the "so").
 */
const SUMS_UP =
  /^\W*((ok|okay|right|hmm|ah|oh|wait)\W+)?(so\W+)?((it|they|that|this|its|theyre|thats)('?s|'?re| is| are)?\W+)?(basically|essentially|in short|in other words)\b/;
/** Words after which a named role is what something is compared with: "vs", "different from". */
// "same as", "not just a" too, and the Italian, Spanish, Portuguese, French and German for "from": "diverso dal triber".
const REFERENCE_WORDS = new Set(
  `vs versus from than with to like as just dal dallo dalla da del de do du von vom au aux`.split(' '),
);
/**
 * Words that set the subject against something ("the difference from a data analyst?", "vs nursing",
 * "not just a salesperson"), in English and the languages the glossary reads.
 */
const CONTRAST_WORDS = String.raw`vs\.?|versus|compare[ds]?|comparing|comparison|differ|differen(ce|ces|t)|diff|overlaps?|overlapping|in common|distinguish|similar|same as|divers[oa]|differenza|diferen(ca|cia|te)|diff[ée]rente?s?|ressembl\w*|(not|isn'?t|aren'?t) (just|simply|merely|basically)|parecid[oa]s?|semelhantes?|similares?|semblables?|pareils?|[äa]hnlich|unterscheidet|unterschied|unterschiede`;
/** Sets the subject against something: not a bare "or" or "better", which end many a question about something else ("belt or motor?"). */
const CONTRASTS = new RegExp(String.raw`\b(${CONTRAST_WORDS})\b`);
/** Two things named side by side: "between a latte and a flat white". */
const BETWEEN_TWO = /\bbetween\s+\S.{0,40}?\s+(and|&|vs\.?|or)\s+\S/;
/** Compares, with a named role: "data scientist or ML scientist?", "is the triber better?" too. */
const COMPARES = new RegExp(String.raw`\b(${CONTRAST_WORDS}|better|or)\b`);
/** Asks whether something is needed or used: "need python?" after a role is about that role. */
const NEEDS = /\b(need|needs|needed|require[sd]?|use[sd]?|using)\b/;
/** Asks which role or job does something: a new search, not a question about the subject. */
const ASKS_WHICH_ROLE =
  /(?<!\bfrom )\b(which|what|any|other)\s+(\w+\s+)?(roles?|jobs?|careers?|positions?|professions?)\b/;

/** Asks for roles to choose among, not whether one will do: "which jobs suit me?", "anything else for me?", "where do I fit?". */
const ASKS_FOR_OPTIONS =
  /\b(which|what|any|other)\s+(\w+\s+)?(roles?|jobs?|careers?|positions?|professions?|options?|ones?)\b|\b(anything|something|options?)\b|\bwhere (do|would|could|can|should|might) (i|he|she|we|they)\b|\b(suits?|fits?)\b/;

/** What the previous turn was about: its subject, or else its first role. */
export function carriedSubject(previous: Turn, kb: KnowledgeBase): KnowledgeDoc[] {
  return (previous.subject ?? previous.roles.slice(0, 1))
    .map((id) => kb.byId.get(id))
    .filter((d): d is KnowledgeDoc => d !== undefined);
}

/**
 * After a list of all roles, which has no subject, "the third one" points into it as shown, and
 * "what background do they want?" or "what do they do day to day?" asks of the roles it listed, best first as that
 * answer ranked them: after "which jobs deal mostly with data?", the data scientist leads.
 */
function pickedFromList(question: string, previous: Turn | undefined, kb: KnowledgeBase): FollowUp | undefined {
  const listed = previous?.listed ?? [];
  const picked = pickedPosition(question, listed.length);
  const doc = picked === undefined ? undefined : kb.byId.get(listed[picked]!);
  if (doc) return { subject: [doc], pointsBack: true };
  // "what do they do day to day?", "what skills would they need for those?" ask of them all; "which of those involves…",
  // "do any of them involve user research?" and "the robot one" pick one.
  const ofThemAll =
    BACKGROUNDS_ASKED.test(question) ||
    (asksOfARoleItself(question) && !/\b(which|any)\b/.test(question) && !PICKS_ONE.test(question));
  if (listed.length < 2 || !THEY_ALL.test(question) || !ofThemAll) return undefined;
  const rank = (id: string) => {
    const i = previous?.roles.indexOf(id) ?? -1;
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const docs = [...listed]
    .sort((a, b) => rank(a) - rank(b))
    .map((id) => kb.byId.get(id))
    .filter((d): d is KnowledgeDoc => d !== undefined);
  return docs.length ? { subject: docs, pointsBack: true } : undefined;
}

/** A plural pointer: "they", "them", "those", "these", "each". */
const THEY_ALL = /\b(they|them|their|those|these|each|all of them)\b/;
/** Asks what people come from: backgrounds, experience, who they hire. */
const BACKGROUNDS_ASKED =
  /\b(backgrounds?|experience|come from|came from|did before|qualifications?|degrees?|what sort of (person|people)|kind of (person|people))\b/;

/** How the follow-up and scope wording models, together, read a message as about something else. */
export type AnotherMatterReading = 'surely' | 'likely' | 'no';

export interface FollowUp {
  /** The documents this question is about, carried over from the previous turn. */
  subject: KnowledgeDoc[];
  /** It points back explicitly (a pronoun, "and …", "the other one"), not just by being short. */
  pointsBack: boolean;
  /** A place the knowledge tells of, which the subject is asked of ("and in Hamburg?"), as written. */
  inPlace?: string;
}

/**
 * Whether a question continues the previous turn, and about what. It does when it names no role of
 * its own and points back (a pronoun, "and …?", "the other one"), or is short and made of words the
 * knowledge knows ("skills?", "background?"); a question naming one role in a comparison ("vs data
 * scientist?") compares it with the previous subject. A person describing their own background is
 * asking a new question, not continuing.
 */
export function resolveFollowUp(opts: {
  question: string;
  previous: Turn | undefined;
  mentions: NameMatch[];
  kb: KnowledgeBase;
  /** Content words of the question that the knowledge base does not know, and all of them. */
  unknownWords: number;
  contentWords: number;
  /**
   * The same counts for the message's first question, when more is said around it ("could that be done from home? we
   * live a bit outside town…"); read only when needed.
   */
  firstQuestionWords: (question: string) => { unknownWords: number; contentWords: number };
  /** The question asks for something the knowledge lacks (pay, courses…): still about the subject. */
  asksGap: boolean;
  /** Written at least partly in another language, whose words the knowledge's vocabulary cannot tell apart from another matter's; read only when needed. */
  inAnotherLanguage: () => boolean;
  /** The follow-up model reads it as surely about something else; read only when needed. */
  readAsAnotherMatter: () => boolean;
  /** It reads lower still, below the model's veto; read only when needed. */
  readAsOnlyAnotherMatter: () => boolean;
  /** Whether the follow-up model reads it as unlikely to go on and the scope wording model as about something else, and how surely; read only when needed. */
  readByBothModels: () => AnotherMatterReading;
  /** In another language, its gist reads as about something else, alone or with the follow-up model; read only when needed. */
  readByGistAsAnotherMatter: () => boolean;
  /** It asks how to reach a career, or to learn a thing, the knowledge does not name; read only when needed. */
  asksForAnotherCareer: () => boolean;
}): FollowUp | undefined {
  const { previous, mentions, kb } = opts;
  const subject = previous ? carriedSubject(previous, kb) : [];
  const q = opts.question.toLowerCase();
  if (subject.length === 0) return pickedFromList(q, previous, kb);
  // A related profession (`similar`) is no role of the knowledge: "can a mech engineer get in?" keeps the subject.
  const namedRoles = mentions.filter((m) => kb.byId.get(m.docId)?.type === 'role' && !m.similar);
  // "how's that different from the 3D printer person?" after a list holding both: "that" is the other one.
  const namedInSubject = namedRoles.length === 1 && subject.some((d) => d.id === namedRoles[0]!.docId);
  if (namedRoles.length === 1 && COMPARES.test(q) && (!namedInSubject || ANAPHORA.test(q))) {
    const other = kb.byId.get(namedRoles[0]!.docId)!;
    const first = subject.find((d) => d.type === 'role' && d.id !== other.id);
    if (!first) return undefined;
    // "vs data scientist?", "different from a network engineer?": the new role is what the previous
    // subject is measured against. "And the alliance director, is it similar?" asks about the new one.
    const before = nameKey(opts.question)
      .split(' ')
      .slice(Math.max(0, namedRoles[0]!.start - 3), namedRoles[0]!.start);
    const reference = before.some((w) => REFERENCE_WORDS.has(w));
    return { subject: reference ? [first, other] : [other, first], pointsBack: true };
  }
  const picked = pickedPosition(q, subject.length);
  const anaphora = pointsBackIn(q) || picked !== undefined || REPHRASE.test(q) || SUMS_UP.test(q);
  // A skill asked about "it" ("does it need wireless?") keeps the subject; any other name starts anew.
  // So does one asking how a skill or course relates to the role ("would a coding bootcamp count as a way in?").
  // A skill or a topic asked about "it" ("does it need wireless?", "what skill set for it?") keeps
  // the subject; a role named starts anew.
  const namesNoRole = namedRoles.length === 0;
  // Asked of several rules below; its patterns are long, so read once and only when one asks.
  let fit: boolean | undefined;
  const offersFit = () => {
    fit ??= asksForFit(q);
    return fit;
  };
  // "whats the difference between a latte and a flat white" sets two other things side by side, not the subject.
  const contrastsTwoOthers = BETWEEN_TWO.test(q) && !anaphora;
  const facet = contrastsTwoOthers ? asksOfARoleItself(q) : asksAboutARole(q);
  const aboutTheRole = anaphora || facet || opts.asksGap || NEEDS.test(q);
  const onlySkills = mentions.every((m) => kb.byId.get(m.docId)?.type === 'skill');
  // "which jobs need AI?" after an answer about one role asks for roles anew, unless it points back
  // ("which of them need AI?").
  const asksForRolesAnew = ASKS_WHICH_ROLE.test(q) && !anaphora;
  // "and in Hamburg?": a place the knowledge tells of, asked of the subject in a word or two.
  const asksInAPlace =
    mentions.length > 0 &&
    mentions.every((m) => kb.byId.get(m.docId)?.type === 'source') &&
    CONTINUES.test(q) &&
    opts.contentWords <= MAX_WORDS_ASKED_OF_A_PLACE;
  const keepsSubject = (onlySkills && aboutTheRole && !asksForRolesAnew) || (namesNoRole && anaphora) || asksInAPlace;
  if (mentions.length > 0 && !(keepsSubject && subject.some((d) => d.type === 'role'))) return undefined;
  const pointsBack = anaphora || CONTINUES.test(q);
  // "I was a welder 10 years, which jobs suit me?" asks for roles anew; "I was 25U commo… gonna help me or is it all code
  // now" asks whether the background counts for the subject.
  if (!anaphora && offersFit() && statesBackground(q) && ASKS_FOR_OPTIONS.test(q)) return undefined;
  // "how i become sommelier? what skills and how long to learn": the skills and the time are asked of that career.
  if (picked === undefined && opts.asksForAnotherCareer()) return undefined;
  const knownAsked = opts.unknownWords / Math.max(opts.contentWords, 1) < 0.5 || facet || NEEDS.test(q);
  // "btw, is it hard to grow tomatoes on a balcony?": said to be about something else, unless what follows
  // points back and asks about the role ("btw, what skills do they need?"), or whether someone could do it.
  const changedTo = afterSubjectChange(q);
  if (changedTo !== undefined && picked === undefined && !asksOfTheSubject(changedTo, opts.asksGap)) return undefined;
  const mostlyKnown = knownAsked || opts.asksGap;
  // Short questions in the knowledge's own words ("skills?", "typical background?") continue too;
  // a short one of unknown words ("what's the weather") starts something new. So does one of any
  // length asking about a facet of a role (its backgrounds, skills, work) without naming one, unless
  // it asks which role or job ("which jobs need a degree?").
  const asksFacetOfSubject =
    (asksOfARoleItself(q) || CONTRASTS.test(q)) &&
    !contrastsTwoOthers &&
    mentions.length === 0 &&
    !ASKS_WHICH_ROLE.test(q) &&
    !statesBackground(q);
  // "pay any good? i make 24 an hr w night diff": what the knowledge lacks, asked of nothing named, is asked of the
  // subject, unless the follow-up model is sure it is about something else ("suspended classes", "pay increase gazette").
  // A first question that asks it, followed by why ("how much math we talking? I barely passed algebra back in '02"),
  // is not outweighed by what the model reads in the why.
  const asksGapOfSubject =
    opts.asksGap &&
    mentions.length === 0 &&
    !ASKS_WHICH_ROLE.test(q) &&
    (!opts.readAsAnotherMatter() || firstQuestionAsksGap(q));
  // "reckon my trade carries over? 15 yrs HV…": a background offered, asked whether it counts, is asked of the subject.
  const asksFitOfSubject = offersFit() && statesBackground(q) && !ASKS_FOR_OPTIONS.test(q) && namesNoRole;
  if (
    !pointsBack &&
    !(opts.contentWords <= 4 && mostlyKnown) &&
    !asksFacetOfSubject &&
    !asksGapOfSubject &&
    !asksFitOfSubject
  )
    return undefined;
  // "how long does it take to charge a tesla at a supercharger?": a pronoun, or a gap, in a message
  // about things the knowledge never names points at those things, not at the role.
  // "could that be done from home? we live a bit outside town and the commute is long": what follows a question of the
  // subject tells why it is asked.
  if (
    !knownAsked &&
    picked === undefined &&
    !offersFit() &&
    speaksOfAnotherMatter(opts) &&
    !firstQuestionOfTheSubject(q, opts)
  )
    return undefined;
  // Below the model's veto ("wifes bread machine quit kneading. belt or motor", "how do I block em"), only
  // a message that points back and asks about the role keeps it ("is this work you can do from home?").
  // An ordinal picks among several subjects; after one ("last one come out dry as a boot") it picks nothing.
  const picksAmongSeveral = picked !== undefined && subject.length > 1;
  if (
    !picksAmongSeveral &&
    !asksFitOfSubject &&
    opts.readAsOnlyAnotherMatter() &&
    !pointsAtTheRoleItself(q, opts.asksGap)
  )
    return undefined;
  // Both models reading it surely as about something else outweigh even what the rules read as a gap or a fit
  // ("is 67 too old to learn spanish?", "my wifi at home very slow in evening, what i can do"): only a
  // pointer naming the role, or a pick among those shown, keeps the subject.
  if (
    picked === undefined &&
    !NAMES_THE_ROLE_BY_POINTING.test(q) &&
    !PICKS_ONE.test(q) &&
    opts.readByBothModels() === 'surely'
  )
    return undefined;
  // Both models reading it as about something else ("is it hard to grow tomatoes on a balcony?") outweigh a pointer
  // and a facet; not what the knowledge lacks or whether someone could do it, which only the subject answers.
  if (
    picked === undefined &&
    !opts.asksGap &&
    !offersFit() &&
    !pointsAtTheRoleItself(q, false) &&
    opts.readByBothModels() !== 'no'
  )
    return undefined;
  // So does one the follow-up model reads as surely about something else, whatever words of the knowledge
  // it happens to use ("my bus app keeps crashing on my phone, how do I fix it?"), unless it asks about the
  // role's skills or work, what the knowledge lacks ("what about salary bands?", words the model has seen
  // too seldom to be sure of), or whether someone could do it.
  if (
    picked === undefined &&
    !facet &&
    !NEEDS.test(q) &&
    !opts.asksGap &&
    !offersFit() &&
    (opts.readAsAnotherMatter() || opts.readByGistAsAnotherMatter())
  )
    return undefined;
  if (picked !== undefined && picked > 0 && picked < subject.length)
    return { subject: [subject[picked]!, ...subject.filter((_, i) => i !== picked)], pointsBack };
  // An answer about one role names its related roles too: "the one for the factories" may pick one.
  const only = subject.length === 1 ? subject[0] : undefined;
  const shown =
    only?.type === 'role'
      ? only.related.map((id) => kb.byId.get(id)).filter((d): d is KnowledgeDoc => d !== undefined)
      : [];
  const inPlace = asksInAPlace ? placeWritten(opts.question, mentions) : undefined;
  return { subject: narrowed(subject, q, shown), pointsBack, ...(inPlace ? { inPlace } : {}) };
}

/**
 * "the urban one", "the cloud one": the subject documents whose titles share a word with the
 * question; a question picking one ("the one with…") may pick among the other roles shown too.
 */
function narrowed(subject: KnowledgeDoc[], question: string, shown: KnowledgeDoc[] = []): KnowledgeDoc[] {
  const picksOne = PICKS_ONE.test(question);
  // "that one" is the subject; "the one for the factories" describes which.
  const pool = DESCRIBES_ONE.test(question) ? [...subject, ...shown] : subject;
  if (pool.length < 2) return subject;
  const asked = nameKey(question)
    .split(' ')
    .filter((w) => w.length > 3 && !STOPWORDS.has(w));
  // "the robot one" picks the Robotics Specialist: a word and a title word, one the start of the other.
  const alike = (a: string, w: string) => w.startsWith(a) || (a.startsWith(w) && w.length > 3);
  const picked = pool.filter((d) =>
    nameKey(d.title)
      .split(' ')
      .some((w) => asked.some((a) => alike(a, w))),
  );
  if (picked.length === 1 || !picksOne) return ordered(subject, picked);
  // "the one with ports and rail", "the network one with the factories": the candidate whose title
  // and summary (what a list answer shows) hold most of the other words said, when one holds more.
  const candidates = picked.length ? picked : pool;
  const said = new Set(contentTerms(question));
  const overlap = (d: KnowledgeDoc) =>
    [...new Set(contentTerms(`${d.title} ${d.summary}`))].filter((t) => said.has(t)).length;
  const scored = candidates.map((d) => ({ d, n: overlap(d) })).sort((x, y) => y.n - x.n);
  if (scored.length > 1 && scored[0]!.n > scored[1]!.n) return ordered(subject, [scored[0]!.d]);
  return ordered(subject, picked);
}

/** `picked` first, then the rest of `subject` in its order. */
function ordered(subject: KnowledgeDoc[], picked: KnowledgeDoc[]): KnowledgeDoc[] {
  return picked.length ? [...picked, ...subject.filter((d) => !picked.includes(d))] : subject;
}

/** Describes one thing of several shown: "the one for the factories", "the one that studies people". */
const DESCRIBES_ONE = /\bthe one (for|with|that|who|which|where|about|doing|in|on|w)\b/i;

/** Points at one of several things just listed: "the one with…", "the network one", "that one". */
const PICKS_ONE = /\b(the|that) ([\w-]+ ){0,3}one\b|\bwhich (one|of (them|these|those|the two|both))\b/i;
