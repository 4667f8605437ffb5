import type { KnowledgeBase, KnowledgeDoc } from '../knowledge/knowledge-base.js';
import { type NameMatch, wordsInMatches } from '../retrieval/name-matcher.js';
import type { Evidence, Retriever } from '../retrieval/retriever.js';
import type { Vocabulary } from '../retrieval/vocabulary.js';
import type { BackgroundAskModel } from '../scope/background-ask-model.js';
import type { FollowUpModel } from '../scope/follow-up-model.js';
import type { GistModel } from '../scope/gist-model.js';
import { messageGrams } from '../scope/message-grams.js';
import { decideScope, type ScopeDecision } from '../scope/scope-decision.js';
import {
  ASKS_FOR_ROLE,
  ASKS_TO_PRODUCE,
  asksForHealthAdvice,
  asksForHomeworkHelp,
  asksToRecoverAnAccount,
  HOW_TO_OR_BUY,
  mentionsWork,
  scopeFeatures,
  TASK,
  TELLS_OF_DEVICE_TROUBLE,
  takesSides,
} from '../scope/scope-features.js';
import type { ScopeModel } from '../scope/scope-model.js';
import type { SocialModel } from '../scope/social-model.js';
import { asksAboutTopicItself } from '../scope/topic-question.js';
import { withoutAskingForAFriend } from '../text/asking-for-a-friend.js';
import { withoutShorthand } from '../text/chat-shorthand.js';
import { askingClauses, askingSentences, clauses, lastClause } from '../text/clauses.js';
import { englishDomainWords, glossSpans, readGlosses, searchableGlosses } from '../text/domain-words.js';
import { withDroppedLettersWritten } from '../text/dropped-letters.js';
import { everydayMattersIn } from '../text/everyday-matters.js';
import { withoutForeignAi } from '../text/foreign-ai.js';
import { FOREIGN_FUNCTION_WORDS } from '../text/foreign-function-words.js';
import { withHashtagsSpelledOut } from '../text/hashtags.js';
import { negatedSpans } from '../text/negation-scope.js';
import { withNonRhoticSpellingsWritten } from '../text/non-rhotic-spelling.js';
import { nameKey, words } from '../text/normalize.js';
import { withoutOpeningCourtesy } from '../text/opening-courtesy.js';
import { partlyInAnotherLanguage, writtenInAnotherLanguage, writtenInAnotherScript } from '../text/other-language.js';
import { withoutPleasForCandour } from '../text/pleas-for-candour.js';
import { limitQuestion } from '../text/question-limits.js';
import { withSplitWordsJoined } from '../text/split-words.js';
import { STOPWORDS } from '../text/stopwords.js';
import { rolesAmongPrevious } from './among-previous.js';
import type { Turn } from './answer.js';
import { BackgroundIndex, type BackgroundMatch } from './background-fit.js';
import { careerAskedFor } from './career-ask.js';
import { cityNamesIn } from './city-names.js';
import { countryNamesIn } from './country-names.js';
import { FigureIndex } from './figure-mentions.js';
import { type AnotherMatterReading, carriedSubject, type FollowUp, repeatedAsk, resolveFollowUp } from './follow-up.js';
import { type GapTopic, gapTopicsIn, nameIsAskedAbout, unknownNamesIn, withoutGapWords } from './gaps.js';
import {
  afterSomeoneClose,
  asksAboutAnOccupation,
  asksAboutARole,
  asksForFit,
  asksLittleAfterOpening,
  classifyIntent,
  type Intent,
  isBareStatement,
  openingPhrase,
  statesBackground,
  tellsOfSomeoneClose,
  WHICH_ROLES_ARE,
} from './intent.js';
import { learningAskedFor } from './learning-ask.js';
import { occupationAskedAbout, smartCityCareerAskedAbout } from './occupation-asked.js';
import { occupationsInEnglish } from './occupation-words.js';
import { roleNamedByPart, roleTitledBy } from './role-by-part.js';
import { contrastedSkills, type SkillContrast, type SkillSpan, turnedAway } from './skill-contrast.js';
import {
  asksAfterThanks,
  asksHowToUseBot,
  asksWhatBotDoes,
  asksWhatTheBotIs,
  type SocialKind,
  socialKind,
  socialLeaning,
  speaksOfTheBot,
  takesLeaveThroughout,
} from './social-message.js';
import { afterSubjectChange, opensWithSubjectChange } from './subject-change.js';

/** How the engine read a question: everything the answer and the scope decision rest on. */
export interface Understanding {
  /** The question as searched: control characters removed, length capped. */
  text: string;
  /** Set when the message is conversation (a greeting, thanks, "what can you do?"): it gets the guide. */
  social?: SocialKind;
  /** Titles and aliases the question names. */
  mentions: NameMatch[];
  retrieval: Evidence;
  /** A follow-up's carried-over subject; empty otherwise. */
  subject: KnowledgeDoc[];
  intent: Intent;
  gaps: string[];
  fit: BackgroundMatch[];
  /** The skills a contrast wants and does not ("more about people than coding"), when it makes one. */
  contrast: SkillContrast | undefined;
  /** Roles a list by skill is drawn from: the previous answer's, when asked "which of them…". */
  among: string[] | undefined;
  /** The scope model's features, computed on first call. */
  features: () => number[];
  scope: ScopeDecision;
}

/** Asks who does something: the names in it say what the work touches, not what is asked about. */
const ASKS_WHO = /\bwho(se|m)?\b/i;

/** A clause that asks how the asker might do something, or whether they should. */
const ASKS_HOW_I = /(^|[.!?;,]\s*)(how (do|can|could|should|would|might) (i|we|one)|should (i|we))\b/i;

/** Words that say when someone did their work, not what it was. */
const WHEN_THEY_DID_IT = /\b(former|formerly|previously)\b/gi;

/** Words that name the field itself, of which a gap may be asked: "smart city internships", "tech jobs salaries". */
const THE_FIELD = new Set([
  'smart',
  'city',
  'cities',
  'tech',
  'technology',
  'iot',
  'digital',
  'job',
  'jobs',
  'career',
  'careers',
  'role',
  'roles',
]);

/** Words that point at something already said, not at a new occupation. */
const POINTING_WORDS = new Set(['such', 'that', 'this', 'these', 'those', 'same', 'your', 'my', 'our']);

/** Verbs that say someone studied, not what: "studied architecture" is architecture, not "cultural studies". */
const THAT_THEY_STUDIED = /\b(studied|studying|study)\b/gi;
/** "am I too old school?": a manner, not a school. */
const OLD_SCHOOL = /\bold[- ]school\b/gi;
/** "on the tills since school", "left school at 16": school as a time of life, not work in a school. */
const SCHOOL_AS_A_TIME =
  /\b(since|after|out of|straight from|left|leaving|finished|finishing|quit|dropped out of)( leaving)?( high| secondary)? (school|college|uni|university)\b/gi;

/** Asking where one fits says nothing of the person: "where do I land" is no landscape gardening. */
const WHERE_THEY_FIT =
  /\bwhere('d| (do|does|did|would|could|can|should|might|will))? (i|he|she|they|we|someone like me|somebody like me|people like me)( (can|could|would|might|should))? (\w+ )?(fit|go|belong|start|land|slot|begin|stand|end up)( in)?\b|\b(does|would|will|could|can) (that|this|it) count as (\w+ )?experience\b|\b(cuenta|sirve|vale|conta|compte) (como|de|comme) (experiencia|experi[eê]ncia|exp[eé]rience)\b/gi;

/** Wanting a change says what someone is after, not what they did: "wants a change of direction". */
const CHANGE_WANTED =
  /\b(wants?|wanting|looking for|after|needs?|fancy|fancies|ready for|thinking about|considering|seeking|up for) (a |some )?(career |new )?(change|switch|move|shake-?up)( of (direction|career|scene|pace))?\b/gi;

/** "I think I'm good with people", "he reckons": an opinion's verb is no design thinking. */
const OPINION_VERB =
  /\b(i|he|she|they|we|you|my \w+) (think|thinks|thought|reckon|reckons|reckoned|guess|guesses|believe|believes)\b|\b(think|thinks|thought|reckon|reckons|reckoned|believes)(?= (i|i'm|im|he|he's|hes|she|she's|shes|they|they're|it|it's|that|we|you)\b)/gi;

/** The field wanted is not what someone did: "a nurse who wants to get into tech", "something in tech". */
const FIELD_WANTED =
  /\b((get|getting|got|move|moving|break|breaking|switch|switching|go|going|pivot|pivoting) (into|to)|(something|summat|anything|a job|a career|work|jobs?|career) in) (tech|technology|it|smart cities|the tech (side|world|industry|sector))\b/gi;

/**
 * Words that ask of the work itself, in English or in the English of a gloss: a job, what it needs, its skills, a
 * day of it ("kono job ache?", "braucht man dafür…": needs).
 */
const ASKED_OF_THE_WORK: ReadonlySet<string> = new Set([
  'job',
  'jobs',
  'work',
  'career',
  'careers',
  'role',
  'roles',
  'needs',
  'needed',
  'requires',
  'requirements',
  'skills',
  'background',
  'backgrounds',
  'experience',
  'every day',
  'does',
  'become',
]);

/** Declines for want of evidence, which a conversation's subject may supply (not requests the rules decline). */
const UNREAD_REASONS: ReadonlySet<ScopeDecision['reason']> = new Set(['model', 'no-evidence']);
/**
 * Below this follow-up probability, and below the next log-odds of the scope wording model, a message is
 * read as about something else and not carried as a follow-up, unless it asks what the knowledge lacks or
 * where someone fits, or points at the role itself. Chosen on the tuning part's conversations, each judged
 * with models fitted without its writer's fold.
 */
const UNLIKELY_FOLLOW_UP = 0.1;
const WORDING_OF_ANOTHER_MATTER = -2;
/**
 * Below this, in log-odds, the scope wording model alone reads a message in another language as about something
 * else; with the follow-up model below UNLIKELY_FOLLOW_UP too, both read any message surely so, which outweighs a
 * gap or a fit the rules read. Chosen as above. Below it too, a skill named on the way ("them robot lawnmowers
 * any good?") does not take a message in on its own.
 */
const WORDING_SURELY_OF_ANOTHER_MATTER = -4;
/**
 * At or above this, in log-odds, the scope wording model reads a message as career talk, and the follow-up model
 * alone does not outweigh the scope model's reading of it as a question of its own. At 2, out of fold, 8 more
 * second turns about something else were declined, but 25 more of 27,045 in-scope questions asked after a role
 * ("who makes the computer predict how bad traffic gonna be tmrw", "Roommate has an MS in stats… Fit?").
 */
const WORDING_OF_CAREER_TALK = 0;

/** Words that ask for roles rather than say what the question is about. */
const ROLE_WORDS = new Set([
  'role',
  'roles',
  'job',
  'jobs',
  'career',
  'careers',
  'position',
  'positions',
  'people',
  'person',
  'smart',
  'city',
  'cities',
  'skill',
  'skills',
]);

/** The domain itself, named: a question about smart cities is about this knowledge's subject. */
const SMART_CITY = /\bsmart[- ]?cit(y|ies)\b/i;
/** A short question all in the knowledge's words is in scope when one document holds this share of them. */
const MIN_FOCUSED_SHARE = 0.6;
const MAX_FOCUSED_WORDS = 6;
/** The most words a terse message has ("cloud architect pay?" is three). */
const TERSE_WORDS = 3;
/** Asks which roles or people: "which ones…", "who…". */
const ASKS_WHICH_ONES =
  /\b(which|what) (ones?|roles?|jobs?|people|positions?)\b|\b(which|any) (of|o|o') (them|these|those|em|'em|the)\b|\bwho\b/i;
/** A clause asking where someone fits in words of work: "any of these jobs for me?", "where would I slot in". */
const ASKS_WHERE_WORK_FITS = /\b(jobs?|roles?|careers?|work|positions?|fit|fits|slot|suit|suits|suited|belong)\b/;

/** A sceptic's words about what the source says: "sounds like hype, what does the source say". */
const DOUBTS_SOURCE =
  /\b(claims?|claimed|claiming|article|source|legit|accurate|exaggerat\w*|hype|overstated|made up|mentions?|mentioned|quoted?|quotes)\b/i;

/** A city's plans and projects: what the place documents are about ("Europe's biggest regeneration scheme"). */
const CITY_PROJECT =
  /\b(projects?|schemes?|programmes?|programs?|initiatives?|strateg(y|ies)|(urban|city|town) (plans?|planning)|districts?|(re)?development|regeneration|policies)\b/i;

/** Asks what the knowledge says of a topic, or whether it holds: a sceptic's question about the source. */
const ASKS_ABOUT_CLAIM =
  /\b(claims?|claimed|claiming|article|source|sources|legit|true|accurate|exaggerat\w*|hype|mentioned|mention|say|says|said|quote|quoted|quotes|quoting|(your|ur|the bot'?s) (info|information|knowledge|data) (cover|covers|include|includes|have|has))\b/i;

/**
 * How much of a question the best document must explain when it names only a place or topic:
 * "what did Berlin do to attract talent?" is about Berlin's story, "best currywurst in Berlin" only
 * uses the name.
 */
const MIN_TOPIC_SHARE = 0.4;

/**
 * The scope model's probability above which a question is surely in scope on its own: only below it may the
 * gist model read a message in the middle of a conversation as having left it.
 */
const SURELY_IN_SCOPE = 0.8;

/** The share of a person's described background that a role must hold before it is surely a fit question. */
const MIN_FIT_SHARE = 0.25;
/**
 * A task's verb with someone doing it ("he fix the prepaid meters", "I write grant letters"): work told, not a
 * task set for the bot.
 */
const STATED_WORK =
  /\b(i|he|she|they|we)( also| still| used to| can)? (fix|fixes|fixed|write|writes|wrote|translate|translates|translated|draft|drafts|drafted|debug|debugs|debugged|calculate|calculates|calculated|solve|solves|solved|compose|composes|generate|generates|summarise|summarises|summarize|summarizes)\b/gi;
/** A bare statement is a background offered only when most of what it says is one. */
const MIN_BARE_FIT_SHARE = 0.5;
/** Words of an opening that names a background whole and says one or two things more ("bartender on weekends."). */
const MAX_OPENING_NAMING_WHOLE = 3;

/** What the question says in words, before retrieval: names, known and unknown words, a follow-up. */
interface Wording {
  /** The question as sent (limited); greetings and thanks are read in it. */
  raw: string;
  /** The question without an opening courtesy ("hey, quick question:"): what is read. */
  asked: string;
  /** What is read: `asked`, with the English of domain words written in another language. */
  text: string;
  /** What is searched: `asked`, with the English of what it is about ("virtual reality", not "job"). */
  searched: string;
  /** That English alone: what the glosses say the question is about. */
  about: string[];
  mentions: NameMatch[];
  gapTopics: GapTopic[];
  /** It asks about a particular occupation ("become a dental hygienist"). */
  otherOccupation: boolean;
  known: string[];
  unknown: string[];
  /** Words of another language that a gloss reads ("Berufe": jobs): never names the knowledge lacks. */
  glossed: ReadonlySet<string>;
  followUp?: FollowUp;
  /** How the follow-up and scope wording models, together, read it as about something else: read once, when asked. */
  readByBothModels: () => AnotherMatterReading;
}

/**
 * Reads a question in steps: its wording (names, words the knowledge knows, whether it continues the
 * conversation), retrieval, what it asks for (intent, gaps, background fit), and whether it is in scope.
 * No answer is composed here.
 */
export class QuestionReader {
  /** Built for the first question that describes a background: most never do. */
  private backgroundIndex?: BackgroundIndex;
  private readonly figures: FigureIndex;
  /** The skills' names: a role's title may hold one ("machine learning"), which one of its words does not name. */
  private readonly skillNames: string[];
  /** Every skill's title and alias as a name key. */
  private readonly skillKeys: Set<string>;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly retriever: Retriever,
    private readonly vocabulary: Vocabulary,
    private readonly scopeModel: ScopeModel,
    private readonly socialModel: SocialModel,
    private readonly backgroundAskModel: BackgroundAskModel,
    private readonly followUpModel: FollowUpModel,
    private readonly gistModel: GistModel,
  ) {
    this.figures = new FigureIndex([...kb.byId.values()]);
    this.skillNames = kb.skills.map((s) => s.title);
    this.skillKeys = new Set(kb.skills.flatMap((s) => [s.title, ...s.aliases]).map(nameKey));
  }

  /** What a message is about in the knowledge's words, as the gist model reads it (and is fitted on). */
  gist(message: string): string[] {
    return gistOf(this.wording(message, undefined));
  }

  read(question: string, previous?: Turn): Promise<Understanding> {
    return this.readAs(question, previous, true);
  }

  /** `whatFollowsAlone` false: no reading again of what follows a change of subject (once is enough, and bounded). */
  private async readAs(
    question: string,
    previous: Turn | undefined,
    whatFollowsAlone: boolean,
  ): Promise<Understanding> {
    const w = this.wording(question, previous);
    const understood = this.outsideTheConversation(
      w,
      await this.continuing(w, await this.understand(w, previous), previous),
      previous,
    );
    if (this.turnsToAnEverydayMatter(w, understood, previous)) return left({ ...understood, subject: [] });
    if (whatFollowsAlone && (await this.goesOnToAnotherMatter(w, understood)))
      return left({ ...understood, subject: [] });
    // What the rules do not recognise and would decline, the fitted model may still know for
    // conversation ("sak pase", "lata, mi gone"): the guide, whose opening suits any kind of it. What
    // a rule declines (a task, a side in politics, another career) stays declined.
    if (
      understood.social === undefined &&
      !understood.scope.inScope &&
      understood.scope.reason !== 'produce' &&
      understood.scope.reason !== 'takes-sides' &&
      understood.scope.reason !== 'other-career' &&
      understood.mentions.length === 0 &&
      understood.subject.length === 0 &&
      !asksAfterThanks(w.raw) &&
      opensWithSubjectChange(w.raw) === undefined &&
      this.socialModel.isSocial(w.raw)
    )
      return { ...understood, social: 'help' };
    return understood;
  }

  /**
   * A message that says it goes on to something else ("righto. different thing, missus reckons someone's got into her
   * facebook… how do we lock it down") is about what follows the saying: when that, read alone, is declined, so is
   * the message, whatever the words around it made of it.
   */
  private async goesOnToAnotherMatter(w: Wording, understood: Understanding): Promise<boolean> {
    if (!understood.scope.inScope || understood.social !== undefined || understood.subject.length > 0) return false;
    const rest = afterSubjectChange(w.raw);
    if (rest === undefined) return false;
    const alone = await this.readAs(rest, undefined, false);
    return alone.social === undefined && !alone.scope.inScope;
  }

  /**
   * In a conversation about a role, a message in another language about an everyday matter (the weather, a recipe,
   * an ache, last night's match, a broken appliance: "et demain il va neiger sur Grenoble? la météo dit quoi?") has
   * left the subject, whatever else the rules read in it: its small words tell its language, not what it asks. Not
   * when the asker tells what they do or asks where they fit, asks of the work, its skills or what it needs ("braucht
   * man dafür einen Führerschein?", "arbeiten die auch bei Regen draußen?"), nor when it names a role or smart cities.
   */
  private turnsToAnEverydayMatter(w: Wording, understood: Understanding, previous: Turn | undefined): boolean {
    return (
      previous !== undefined &&
      understood.social === undefined &&
      !understood.mentions.some((m) => this.typeOf(m.docId) === 'role') &&
      inAnotherLanguage(w) &&
      everydayMattersIn(w.asked).length > 0 &&
      !statesBackground(w.text) &&
      !asksForFit(w.text) &&
      !asksAboutARole(w.text) &&
      !SMART_CITY.test(w.text) &&
      ![...englishDomainWords(w.asked), ...words(w.asked)].some((g) => ASKED_OF_THE_WORK.has(g)) &&
      carriedSubject(previous, this.kb).length > 0
    );
  }

  /**
   * In a conversation about a role, a message that names nothing and is taken in as a question of its own is
   * declined when the conversation's models read it as having left the subject for something else:
   * - both models, surely, whatever rule took it in ("random q, Cowboys gonna make the playoffs this year or are
   *   they gonna choke again" reads as a background offered);
   * - or, when only the scope model took it in, the follow-up model surely and the wording model not surely as
   *   career talk ("a propósito, la impresora de la casa no imprime"), unless the asker tells what they do;
   * - or, when only the scope model took it in and is not sure of it, the gist model surely, even when a skill is
   *   named on the way ("wifi indihome rumah lemot bgt…" names wireless communication).
   */
  private outsideTheConversation(w: Wording, understood: Understanding, previous: Turn | undefined): Understanding {
    if (
      !previous ||
      !understood.scope.inScope ||
      understood.social !== undefined ||
      understood.mentions.some((m) => this.typeOf(m.docId) !== 'skill') ||
      understood.subject.length > 0 ||
      carriedSubject(previous, this.kb).length === 0
    )
      return understood;
    const byModel = understood.scope.reason === 'model';
    // The gist outweighs the scope model only where that is unsure: "printer diye plastic er jinish banay layer
    // layer kore, oi kaj er naam ki?" asks for a role, told by the things it works on.
    const gistLeft = byModel && (understood.scope.probability ?? 1) < SURELY_IN_SCOPE && this.gistReadsAnotherMatter(w);
    if (understood.mentions.length > 0) return gistLeft ? left(understood) : understood;
    const hasLeft =
      w.readByBothModels() === 'surely' ||
      gistLeft ||
      (byModel &&
        // Someone telling what they do asks where it fits: "moi je suis les stocks de la cave sur Excel, c'est un début?".
        !statesBackground(w.text) &&
        this.followUpModel.speaksOfAnotherMatter(w.raw) &&
        this.scopeModel.wording.logOdds(w.raw) < WORDING_OF_CAREER_TALK);
    return hasLeft ? left(understood) : understood;
  }

  /**
   * A message in another language that asks nothing the rules read (no gap, no fit, no skill named), which
   * the models read as about something else: both of them ("tengo 38 di febbre da due giorni, che prendo?"),
   * or the scope wording model alone, surely ("mi dai la ricetta della genovese vera?").
   */
  private modelsReadAnotherMatter(w: Wording, understood: Understanding): boolean {
    if (understood.mentions.length > 0) return false;
    const message = w.raw;
    const both = w.readByBothModels();
    // Both surely so outweigh a gap or a fit the rules read: as in English, so in any language.
    if (both === 'surely') return true;
    return (
      understood.gaps.length === 0 &&
      understood.fit.length === 0 &&
      (both === 'likely' ||
        (messageGrams(message).length > 0 &&
          this.scopeModel.wording.logOdds(message) < WORDING_SURELY_OF_ANOTHER_MATTER))
    );
  }

  /**
   * A message in another language whose gist the gist model reads as surely about something else: "wifi warung
   * ku lemot bgt kalo sore, router indihome nya…" is a household matter in any language. Not when the asker
   * tells what they do or did, which asks where it fits ("mi did a mechanic fi bout 6 year before mi start drive").
   * With `orLeaning`, a gist that only leans that way is enough when the follow-up model agrees that the message is
   * unlikely to go on about the subject ("a minha impressora HP n imprime a preto…": "printers"): enough not to
   * carry the subject to it, which leaves it to be read as a question of its own; not enough to decline it, since
   * the follow-up model reads a new question about the knowledge as no follow-up either ("cuanto cobra al mes uno
   * de las impresoras 3D aqui en España?").
   */
  private gistReadsAnotherMatter(
    w: Pick<Wording, 'raw' | 'asked' | 'text' | 'known' | 'about'>,
    orLeaning = false,
  ): boolean {
    if (!inAnotherLanguage(w) || statesBackground(w.text)) return false;
    const gist = gistOf(w);
    return (
      this.gistModel.speaksOfAnotherMatter(gist) ||
      (orLeaning &&
        this.gistModel.leansToAnotherMatter(gist) &&
        this.followUpModel.probability(w.raw) < UNLIKELY_FOLLOW_UP)
    );
  }

  /**
   * Whether the follow-up model reads the message as unlikely to go on about the subject and the scope wording
   * model as about something else, and how surely: two models, one fitted on conversations and one on questions
   * and the turns of conversations, agree ("is it hard to grow tomatoes on a balcony?").
   */
  private bothModelsReadAnotherMatter(message: string): AnotherMatterReading {
    // Neither model reads a message without words it weighs ("我适合做哪种工作？"): both say 0 of it.
    if (messageGrams(message).length === 0 || this.followUpModel.probability(message) >= UNLIKELY_FOLLOW_UP)
      return 'no';
    const wording = this.scopeModel.wording.logOdds(message);
    if (wording < WORDING_SURELY_OF_ANOTHER_MATTER) return 'surely';
    return wording < WORDING_OF_ANOTHER_MATTER ? 'likely' : 'no';
  }

  /**
   * In a conversation about a role, a message the rules cannot read ("chönnt das au öppis für en
   * Rettigssanitäter si?") and the model would decline for want of evidence, or answer as a question
   * of its own ("faut-il un diplôme d'ingé ou l'expérience en serveurs suffit?"), is read as
   * continuing that subject: in a thread, that is what such a message almost always does. So is one
   * the follow-up model reads as going on about it, in whatever language ("a skills kakie nado dlya
   * etogo?"), and so is one that names only a skill. Other English keeps its decline ("what's the
   * weather tomorrow?"); so does a request the rules decline, and courtesy they read, and a message in
   * another language that the models read as about something else.
   */
  private async continuing(w: Wording, understood: Understanding, previous: Turn | undefined): Promise<Understanding> {
    if (
      !previous ||
      // Rules that decide scope, either way, are read: only the model's decision, or no evidence, is not.
      !UNREAD_REASONS.has(understood.scope.reason) ||
      understood.social !== undefined ||
      // A skill named on the way ("kena pandai coding ka nak buat tu?") is what is asked of the subject, not a new one.
      understood.mentions.some((m) => this.typeOf(m.docId) !== 'skill') ||
      understood.subject.length > 0 ||
      afterSubjectChange(w.raw) !== undefined ||
      !(
        (inAnotherLanguage(w) &&
          !this.followUpModel.speaksOfAnotherMatter(w.raw) &&
          !this.modelsReadAnotherMatter(w, understood) &&
          !this.gistReadsAnotherMatter(w, true)) ||
        this.followUpModel.continuesSubject(w.raw)
      )
    )
      return understood;
    const carried = carriedSubject(previous, this.kb);
    if (carried.length === 0) return understood;
    return this.understand({ ...w, followUp: { subject: carried, pointsBack: false } }, previous);
  }

  private async understand(w: Wording, previous: Turn | undefined): Promise<Understanding> {
    const contentWords = w.known.length + w.unknown.length;
    const namesRole = w.mentions.some((m) => this.typeOf(m.docId) === 'role');
    // "hey, quick question: what can you do?" is read without its opener too.
    const social =
      helpKind(w.raw, w.followUp, contentWords + w.mentions.length, w.mentions.length, namesRole) ??
      (w.asked !== w.raw
        ? helpKind(w.asked, w.followUp, contentWords + w.mentions.length, w.mentions.length, namesRole)
        : undefined);
    const subject = w.followUp?.subject ?? [];
    // A follow-up is searched together with its subject's names, so ranking stays on the subject.
    const retrieval = subject.length
      ? await this.retriever.retrieve(`${w.searched} ${subject.map((d) => d.title).join(' ')}`)
      : await this.retriever.retrieve(w.searched, w.mentions);
    const ask = this.asks(w, subject, previous);
    const scope = this.scope(w, retrieval, ask);
    // Conversation the model would decline ("thanks, that's all for my lesson") or read as a person
    // describing themselves ("many thanks, very useful") gets the guide instead, and so does a
    // question about what the bot can do that names nothing it knows.
    const nothingNamed = w.mentions.length === 0 && subject.length === 0;
    // How to use the bot ("do I just type a job title?") or what it is ("are you an AI?") gets the guide, whatever else it names.
    // Read as written and with dialect and shorthand written out ("wot con yow do" is "what can you do").
    const wordings = w.asked !== w.raw ? [w.raw, w.asked] : [w.raw];
    const leaning =
      social ??
      (wordings.some((x) => asksHowToUseBot(x) || asksWhatTheBotIs(x)) ? 'help' : undefined) ??
      // "right im off, …been routing drivers all day…, ta ra" takes its leave at both ends, whatever it names between.
      (takesLeaveThroughout(w.raw) ? 'farewell' : undefined) ??
      // "ok thanks. off topic pero ano kaya magandang ulam mamaya…" says it goes on to something else: not courtesy only.
      (nothingNamed &&
      opensWithSubjectChange(w.raw) === undefined &&
      !asksAfterThanks(w.raw) &&
      scope.decision.reason !== 'produce' &&
      (!scope.decision.inScope || (ask.fitting && !w.text.includes('?')) || wordings.some((x) => asksWhatBotDoes(x)))
        ? (socialLeaning(w.raw) ?? (w.asked !== w.raw ? socialLeaning(w.asked) : undefined))
        : undefined);
    return {
      text: w.text,
      social: leaning,
      mentions: w.mentions,
      retrieval,
      subject,
      intent: ask.intent,
      gaps: ask.gaps,
      fit: ask.fit,
      contrast: ask.contrast,
      among: ask.intent === 'roles-for-skill' || ask.intent === 'roles-without-skill' ? ask.amongShown : undefined,
      features: scope.features,
      scope: scope.decision,
    };
  }

  /** How much of the person's words (by weight) the best fit shares. */
  private shareMatched(personTerms: ReadonlySet<string>, fit: BackgroundMatch[]): number {
    const personMass = [...personTerms].reduce((sum, t) => sum + this.vocabulary.weight(t), 0);
    // A fit match counts a word twice when it is in a background: halve to get a share.
    return personMass > 0 ? Math.min(1, (fit[0]?.score ?? 0) / 2 / personMass) : 0;
  }

  /** The stems of what a person says of someone, without another language's small words the knowledge does not use. */
  private personStems(text: string): Set<string> {
    return new Set(
      this.vocabulary.questionStems(
        words(text)
          .filter((x) => !FOREIGN_FUNCTION_WORDS.has(x) || this.vocabulary.has(x))
          .join(' '),
      ),
    );
  }

  /**
   * The message opens with a few words that are mostly a role's backgrounds ("tram driver.", "Accountant,"), or with
   * three at most that name one whole ("bartender on weekends.").
   * With `whole`, they name one of those backgrounds whole ("welder", not the "thinking" of design thinking).
   */
  private opensWithBackground(message: string, whole = false): boolean {
    const opening = openingPhrase(message);
    if (opening === undefined) return false;
    // Another language's small words ("Mimi ni farmer") say nothing of the occupation.
    const terms = this.personStems(occupationsInEnglish(opening));
    const fit = this.backgrounds().match(terms, (t) => this.vocabulary.weight(t));
    return (
      (fit[0]?.why.length ?? 0) > 0 &&
      (this.shareMatched(terms, fit) >= MIN_BARE_FIT_SHARE ||
        (fit[0]!.wholeness >= 1 && words(opening).length <= MAX_OPENING_NAMING_WHOLE)) &&
      (!whole || fit[0]!.wholeness >= 1)
    );
  }

  /**
   * A part of the message, between its stops and commas, that is a few words naming a role's background whole:
   * "nha irmã: waitress, 10 anu." tells who, what they do and for how long, in whatever order.
   */
  private namesBackgroundInAPart(message: string): boolean {
    return message
      .split(/[.,;:!?()\n]|\s[-\u2013]\s/)
      .slice(1)
      .some((part) => {
        const n = words(part).length;
        return n > 0 && n <= MAX_OPENING_NAMING_WHOLE && this.opensWithBackground(part, true);
      });
  }

  private backgrounds(): BackgroundIndex {
    this.backgroundIndex ??= new BackgroundIndex(this.kb);
    return this.backgroundIndex;
  }

  /**
   * Asks how to reach a career whose words name nothing in the knowledge and include one it never uses.
   * What the knowledge lacks is no career: "how do I become certified?" asks for certifications.
   */
  private asksForOtherCareer(text: string): boolean {
    const career = careerAskedFor(text);
    if (
      career &&
      this.retriever.mentions(career).length === 0 &&
      this.vocabulary.coverage(withoutGapWords(career)).unknown.some((x) => !FOREIGN_FUNCTION_WORDS.has(x))
    )
      return true;
    // Learning something for its own sake ("is 67 too old to learn spanish?") is another pursuit, when the knowledge
    // knows none of its words ("best way to learn coding?" asks of a skill it holds) and the follow-up model reads no
    // question about a role in it: the knowledge does not name Python either, but "is it hard to learn python at 40?"
    // asks what a data scientist's skills take.
    const learnt = learningAskedFor(text);
    if (!learnt || this.retriever.mentions(learnt).length > 0) return false;
    const { known, unknown } = this.vocabulary.coverage(learnt);
    return (
      known.length === 0 &&
      unknown.some((x) => !FOREIGN_FUNCTION_WORDS.has(x)) &&
      this.followUpModel.probability(text) < UNLIKELY_FOLLOW_UP
    );
  }

  /**
   * Asks about an occupation as the career wanted, and the knowledge names none of its words' roles,
   * skills or topics ("is sous chef one of your jobs?", "traffic engineer job?"). A bare noun that
   * closes a role's title ("engineer jobs?") is the knowledge's own.
   */
  private namesOccupationNotHeld(text: string): boolean {
    const occupation =
      occupationAskedAbout(text) ?? (statesBackground(text) ? undefined : smartCityCareerAskedAbout(text));
    if (!occupation || this.retriever.mentions(occupation).length > 0) return false;
    // "such an engineer", "that engineer": the occupation already talked about.
    const written = words(occupation);
    if (POINTING_WORDS.has(written[0]!)) return false;
    // "Is there technician job…?": the words before the occupation that name nothing are no part of it.
    const nouns = written.filter((n) => !STOPWORDS.has(n));
    if (nouns.length === 0) return false;
    if (nouns.length > 1) return true;
    const titleWords = new Set(this.kb.roles.flatMap((r) => words(r.title)));
    return !nouns.some((n) => titleWords.has(n) || titleWords.has(n.replace(/e?s$/, '')));
  }

  private typeOf(docId: string): KnowledgeDoc['type'] | undefined {
    return this.kb.byId.get(docId)?.type;
  }

  private wording(question: string, previous: Turn | undefined): Wording {
    const raw = withHashtagsSpelledOut(limitQuestion(question));
    // Read without an opening courtesy and with chat shorthand written out; domain words written in
    // another language are read, and what they are about searched, in the knowledge's English too.
    const inKnowledge = (x: string) => this.vocabulary.has(x);
    const readings: ((text: string) => string)[] = [
      withoutOpeningCourtesy,
      withoutShorthand,
      withoutPleasForCandour,
      withoutAskingForAFriend,
      withoutForeignAi,
      (t) => withNonRhoticSpellingsWritten(t, inKnowledge, (x) => this.vocabulary.hasFormOf(x)),
      (t) => withDroppedLettersWritten(t, inKnowledge, (x) => this.vocabulary.hasFormOf(x)),
      (t) => withSplitWordsJoined(t, inKnowledge),
    ];
    const asked = readings.reduce((text, read) => read(text), raw);
    const { english, words: glossed } = this.glossesOf(asked);
    const text = english.length ? `${asked} (${english.join(', ')})` : asked;
    const about = searchableGlosses(english);
    const searched = about.length ? `${asked} (${about.join(', ')})` : asked;
    const found = this.retriever.mentions(text);
    const byPart = found.some((m) => this.typeOf(m.docId) === 'role')
      ? undefined
      : (roleNamedByPart(text, this.kb.roles, this.skillNames, this.skillKeys) ??
        this.roleNamedInGlosses(text, english, glossed));
    // "them robotics people" names the role; the skill its words also name is not what is asked about.
    const named = byPart ? [...found.filter((m) => m.end <= byPart.start || m.start >= byPart.end), byPart] : found;
    const mentions = named.length ? named : this.figures.mentions(text);
    // A word of another language that a gloss reads ("lavori": jobs) is understood, not unknown; its
    // articles and prepositions ("de la") are no words of a topic at all.
    const wordsOf = (part: string) => {
      const coverage = this.vocabulary.coverage(part);
      const unknown = coverage.unknown.filter((w) => !glossed.has(w) && !FOREIGN_FUNCTION_WORDS.has(w));
      return { known: coverage.known, unknown };
    };
    const countsOf = (words: { known: string[]; unknown: string[] }) => ({
      unknownWords: words.unknown.length,
      contentWords: words.known.length + words.unknown.length,
    });
    const { known, unknown } = wordsOf(text);
    const gapTopics = gapTopicsIn(text);
    // Read at most once, and only when a rule asks.
    let bothModels: AnotherMatterReading | undefined;
    const readByBothModels = () => (bothModels ??= this.bothModelsReadAnotherMatter(raw));
    const followUp = resolveFollowUp({
      question: text,
      previous,
      mentions,
      kb: this.kb,
      ...countsOf({ known, unknown }),
      firstQuestionWords: (question) => countsOf(wordsOf(question)),
      asksGap: gapTopics.length > 0,
      inAnotherLanguage: () => partlyInAnotherLanguage(asked) || writtenInAnotherScript(raw),
      readAsAnotherMatter: () => this.followUpModel.speaksOfAnotherMatter(raw),
      readAsOnlyAnotherMatter: () => this.followUpModel.speaksOnlyOfAnotherMatter(raw),
      readByBothModels,
      readByGistAsAnotherMatter: () => this.gistReadsAnotherMatter({ raw, asked, text, known, about }, true),
      asksForAnotherCareer: () => this.asksForOtherCareer(text),
    });
    return {
      raw,
      asked,
      text,
      searched,
      about,
      mentions,
      gapTopics,
      otherOccupation: asksAboutAnOccupation(text),
      known,
      unknown,
      glossed,
      followUp,
      readByBothModels,
    };
  }

  /**
   * The glosses of a question, with the trade's jargon ("terraform", "modbus") read only where it finds a role: in a
   * question about roles or work that names none. "PyTorch or TensorFlow for a beginner?" is an errand, and "must an
   * industrial network engineer know Modbus?" asks what the knowledge does not hold, which a gloss would hide.
   */
  private glossesOf(asked: string): { english: string[]; words: Set<string> } {
    const withJargon = readGlosses(asked, true);
    // Most questions have no jargon: one reading serves. The long role-asking pattern is read only for the rest.
    if (!withJargon.readJargon) return withJargon;
    const asksForRoles = ASKS_FOR_ROLE.test(asked) || mentionsWork(words(asked));
    return asksForRoles && !this.retriever.mentions(asked).some((m) => this.typeOf(m.docId) === 'role')
      ? withJargon
      : readGlosses(asked);
  }

  /**
   * A role whose title the glosses give in another order ("mecánico urbano": urban mechanic), or
   * with a title word left in English ("arquitecto cloud").
   */
  private roleNamedInGlosses(text: string, english: string[], glossed: ReadonlySet<string>): NameMatch | undefined {
    const role = roleTitledBy(
      english,
      this.kb.roles,
      words(text).filter((w) => !glossed.has(w)),
    );
    if (!role) return undefined;
    const start = words(text).findIndex((w) => glossed.has(w));
    if (start < 0) return undefined;
    return { docId: role.id, name: role.title, exact: false, similar: false, start, end: start + 1, score: 1 };
  }

  /**
   * Each skill the question names, at the words that name it: one read through a gloss stands where
   * the glossed words do ("sin programar" names programming at "programar"), not in the English the
   * gloss appends.
   */
  private skillSpans(w: Wording, skillMentions: NameMatch[]): SkillSpan[] {
    const written = words(w.asked).length;
    const glosses = glossSpans(w.asked);
    return skillMentions.flatMap((m) => {
      if (m.start < written) return [{ docId: m.docId, start: m.start, end: m.end }];
      const named = new Set(words(m.name));
      return glosses
        .filter((g) => words(g.english).some((x) => named.has(x)))
        .map((g) => ({ docId: m.docId, start: g.start, end: g.end }));
    });
  }

  /** What the question asks for: the intent, what the knowledge lacks of it, and a background's fit. */
  private asks(w: Wording, subject: KnowledgeDoc[], previous: Turn | undefined) {
    const namedRoles = w.mentions.filter((m) => this.typeOf(m.docId) === 'role').length;
    const skillsInQuestion = w.mentions.filter((m) => this.typeOf(m.docId) === 'skill').length;
    const namedSkills = skillsInQuestion + subject.filter((d) => d.type === 'skill').length;
    // "which of these jobs are more about dealing with people? I'm not techy": the skill named in the sentence that asks.
    const listAsk = WHICH_ROLES_ARE.exec(w.text);
    const listAskEnd = listAsk ? listAsk.index + (w.text.slice(listAsk.index).search(/[?.!]/) + 1 || w.text.length) : 0;
    // Mentions are placed by word, as `words` counts them.
    const wordsToListAskEnd = words(w.text.slice(0, listAskEnd)).length;
    const skillMentions = w.mentions.filter((m) => this.typeOf(m.docId) === 'skill');
    const spans = this.skillSpans(w, skillMentions);
    // A skill read through a gloss ("PKI") stands where its words were written.
    const skillsInListAsk = new Set(spans.filter((s) => s.start < wordsToListAskEnd).map((s) => s.docId)).size;
    const inNames = wordsInMatches(w.text, w.mentions);
    // "Which jobs need firmware know-how? I have someone in the team who does that": what is told
    // beside the question is not what it is about, when the question itself names the skill ("my work
    // is PLC programming. what role is suitable?" tells of a background instead).
    const askedText = skillMentions.length > 0 ? askingClauses(w.text) : w.text;
    const asked = new Set(words(askedText));
    const told =
      skillMentions.some((m) => words(m.name).some((x) => asked.has(x))) &&
      // Without a question mark, no clause shows itself as the question.
      w.text.includes('?') &&
      clauses(w.text).some((c) => !c.trim().endsWith('?'));
    const otherWords = [...w.known, ...w.unknown].filter(
      // A foreign word a gloss reads ("verschlüsselung") is counted once, as its English.
      (x) =>
        (!told || asked.has(x)) &&
        !inNames.has(x) &&
        !ROLE_WORDS.has(x) &&
        !FOREIGN_FUNCTION_WORDS.has(x) &&
        !w.glossed.has(x),
    ).length;
    const negated = negatedSpans(words(w.asked), spans);
    const amongShown = rolesAmongPrevious(w.text, previous);
    const turned = turnedAway(spans, negated);
    const contrast = contrastedSkills(w.asked, spans) ?? turned;
    let intent = classifyIntent(w.text, {
      namedRoles,
      namedSkills,
      skillsInQuestion,
      skillsInListAsk,
      skillsTurnedAway: turned?.unwanted.length ?? 0,
      // "any jobs where coding is not needed" turns at "not", but what comes before it is negated, not wanted.
      skillsWanted: contrast?.wanted.filter((id) => !negated.some((n) => n.docId === id)).length ?? 0,
      subjectRole: subject.some((d) => d.type === 'role'),
      otherWords,
      negatesSkill: negated.length > 0,
      asksAmongShown: amongShown !== undefined,
      ...(told ? { asked: askedText.toLowerCase() } : {}),
    });

    // "soy contadora", "ich bin Lehrerin": a background named in another language is matched in English.
    // Glossed domain words ("job") say nothing of the person: the background is read as written.
    // What they do, written in another language ("capacito al personal nuevo"), is read in English too.
    // "former teachers": when someone did the work is no part of it (and "former" is no typo of "farmer").
    const personText = `${occupationsInEnglish(w.asked)} ${w.about.join(' ')}`
      .replace(WHEN_THEY_DID_IT, ' ')
      .replace(THAT_THEY_STUDIED, ' ')
      .replace(OLD_SCHOOL, ' ')
      .replace(SCHOOL_AS_A_TIME, ' ')
      .replace(WHERE_THEY_FIT, ' ')
      .replace(CHANGE_WANTED, ' ')
      .replace(OPINION_VERB, ' ')
      .replace(FIELD_WANTED, ' ');
    // "Qual trabalho serve pra ele?": another language's particles, unless the knowledge uses them as
    // words ("care"), say nothing of the person ("qual" is no quality control).
    const personTerms = this.personStems(personText);
    // "Say a bloke's done twelve years on signals. Where does he land in all this?": a background asked
    // about in words no fit rule reads, when nothing else the question names says what it wants. Only the
    // kind of answer changes: whether the question is in scope is still the rules' and the scope model's.
    if (
      intent === 'describe' &&
      namedRoles === 0 &&
      namedSkills === 0 &&
      subject.length === 0 &&
      this.backgroundAskModel.asksWhereItFits(w.raw)
    )
      intent = 'background-fit';
    // "heating engineer n gas safe", "Statistics and Python.": a few words that name nothing the
    // knowledge holds and ask nothing are a background offered, when most of them are a role's backgrounds.
    const bare =
      intent === 'describe' &&
      namedRoles === 0 &&
      namedSkills === 0 &&
      subject.length === 0 &&
      isBareStatement(w.asked);
    let fitting = asksForFit(w.text);
    // "tram driver. 50 years old. van esély?", "welder. boilermaker. grew up on a farm", "brother welder": a
    // message that opens by naming what a role's backgrounds hold, or someone close and what they do, and
    // asks a few words at most, offers that background.
    const introduces =
      !fitting &&
      intent === 'describe' &&
      namedRoles === 0 &&
      namedSkills === 0 &&
      subject.length === 0 &&
      (bare || asksLittleAfterOpening(w.asked)) &&
      (this.opensWithBackground(w.asked) ||
        tellsOfSomeoneClose(w.asked) ||
        this.opensWithBackground(afterSomeoneClose(w.asked) ?? '', true) ||
        this.namesBackgroundInAPart(w.asked));
    const fit =
      fitting || bare || introduces || intent === 'background-fit'
        ? this.backgrounds().match(personTerms, (t) => this.vocabulary.weight(t))
        : [];
    const fitShare = this.shareMatched(personTerms, fit);
    if (((bare && fitShare >= MIN_BARE_FIT_SHARE) || introduces) && !fitting && (fit[0]?.why.length ?? 0) > 0) {
      fitting = true;
      intent = 'background-fit';
    }

    // "did an SRE internship, on-call at weekends. what role lines up?": what someone tells of
    // themselves ("12 years infantry, no degree") asks for no gap; only a clause that is a question
    // can ("…, what courses should I take?").
    const topics =
      intent === 'background-fit'
        ? gapTopicsIn(
            clauses(w.text)
              .filter((c) => c.trim().endsWith('?'))
              .join(' '),
          )
        : w.gapTopics;
    // A name the knowledge lacks is a gap only where it is asked about: not in what the asker tells
    // ("I study in Delft. which role fits?"), and not in a request for a role by what it does ("who
    // plans whether the servers are rented from Amazon?") unless that asks for a gap too.
    // "any jobs in Dubai? i want to go abroad" tells nothing of the asker's work that a role shares: the
    // places are asked about.
    const noBackground = intent === 'background-fit' && !statesBackground(w.text) && fit.length === 0;
    const names =
      (intent === 'background-fit' && !noBackground) || (topics.length === 0 && ASKS_WHO.test(askingSentences(w.text)))
        ? []
        : unknownNamesIn(
            askingSentences(w.text),
            (x) => STOPWORDS.has(x) || w.glossed.has(x) || this.vocabulary.resolveWord(x) !== undefined,
            w.text,
          ).filter(
            (n) =>
              // A capitalised particle of another language ("São", "Dar") names nothing alone.
              !(words(n).length === 1 && FOREIGN_FUNCTION_WORDS.has(words(n)[0]!)) &&
              (!noBackground || isPlaceName(n)) &&
              (topics.length > 0 || !ASKS_FOR_ROLE.test(w.text) || nameIsAskedAbout(n, w.text)),
          );
    if (noBackground && names.length > 0 && names.every(isPlaceName)) intent = 'describe';
    // "and in Hamburg?" after a role: the knowledge tells of the city, not of the role there.
    const placeAsked = w.followUp?.inPlace;
    const gaps = [...topics.map((g) => g.label), ...names, ...(placeAsked ? [placeAsked] : [])];
    const repeated =
      intent === 'describe' && topics.length === 0 && !subject.length
        ? repeatedAsk(w.text, previous, namedRoles === 1 && w.mentions.length === 1)
        : { gaps: [] };
    if (repeated.intent) intent = repeated.intent as Intent;
    gaps.push(...repeated.gaps.filter((g) => !gaps.includes(g)));

    // What is left once the gap's own words are taken out says what the gap is about.
    // (Only a question that asks for a gap needs this second reading.)
    const rest = gaps.length > 0 ? this.vocabulary.coverage(withoutGapWords(w.text)) : { known: [], unknown: [] };
    // Another language's articles and particles ("sa", "ba") are no words the gap is about.
    rest.unknown = rest.unknown.filter((x) => !FOREIGN_FUNCTION_WORDS.has(x));
    const restWords = rest.known.length + rest.unknown.length;
    // Only a work gap and the places it is asked of ("any vacancies in Bogotá or Medellín?"): the
    // gap says it is about work, the places are what the knowledge lacks.
    const gapOfPlacesOnly =
      // Asking for newer figures is no work gap: "how many people live in Singapore these days".
      topics.some((g) => g.id !== 'current') &&
      names.length > 0 &&
      names.every(isPlaceName) &&
      !w.otherOccupation &&
      onlyNamesBesideGap(this.vocabulary.coverage(withoutGapWords(w.asked)), names);
    // A gap asked with nothing else ("who's hiring?") is answered with what the knowledge holds overall.
    if (
      gaps.length > 0 &&
      (restWords === 0 || gapOfPlacesOnly) &&
      w.mentions.length === 0 &&
      subject.length === 0 &&
      intent === 'describe'
    )
      intent = 'roles-overview';
    // "What is Barcelona doing for smart-city talent?", "who's hiring?": what the knowledge lacks,
    // asked in words it otherwise knows (not "how to become a dentist in Poland?").
    const gapInKnownWords =
      gaps.length > 0 &&
      !w.otherOccupation &&
      !TASK.test(w.text) &&
      // "the best train from Hamburg to Berlin?", "which smart city is better for sightseeing?"
      !HOW_TO_OR_BUY.test(w.text) &&
      (restWords === 0 ||
        gapOfPlacesOnly ||
        // "smart city internships": a gap asked of the field itself.
        (rest.unknown.length === 0 && rest.known.every((x) => THE_FIELD.has(x))) ||
        // An unknown name ("is Siemens hiring?") or a known one ("is Cisco hiring?").
        ((names.length > 0 || w.mentions.length > 0) &&
          (rest.known.length >= 2 || w.mentions.length > 0) &&
          unknownBesideNames(rest.unknown, names) * 3 <= restWords));
    // Someone asking where their background fits is declined only when no role's typical
    // backgrounds or transferable skills share anything with it.
    // "farmer 20 yrs, fix my own gear. where do i fit": when the last clause asks where they fit, what
    // comes before is what they can do, not a task set for the bot ("can you recommend a laptop? I'm a
    // student" still sets one); when it asks in words of work ("any of these jobs for someone like me?"),
    // not a trip or a purchase either ("museum security 9 yrs").
    // The clause as written: the English a gloss appends ("(it support)") is no clause of its own.
    const asking = lastClause(w.asked);
    const taskText = asksForFit(asking) ? asking : w.text;
    const setsTask =
      TASK.test(taskText.replace(STATED_WORK, '$1 does')) ||
      HOW_TO_OR_BUY.test(ASKS_WHERE_WORK_FITS.test(asking) ? taskText : w.text);
    // "my uncle fixed ship radios for 20 years": a stated background may share only a skill's name with
    // the roles ("radio", wireless communication), which no background of theirs words.
    const describesSelf =
      fitting &&
      !setsTask &&
      (fit.some((f) => f.why.length > 0) || (namedSkills > 0 && fit.length > 0 && statesBackground(w.text)));
    // "How do I switch off the smart meter in my house?": the question itself asks how to do an errand
    // ("teaching people how to use databases" only tells what someone does).
    const asksErrand = ASKS_HOW_I.test(asking) && HOW_TO_OR_BUY.test(asking);
    return {
      intent,
      gaps,
      fit,
      contrast,
      fitting,
      fitShare,
      describesSelf,
      asksErrand,
      namedRoles,
      namedSkills,
      gapInKnownWords,
      gapOfPlacesOnly,
      restWords,
      amongShown,
    };
  }

  private scope(w: Wording, retrieval: Evidence, ask: ReturnType<QuestionReader['asks']>) {
    const contentWords = w.known.length + w.unknown.length;
    // Computed only when the model decides (or the fit script asks): the rules settle most questions.
    let computed: number[] | undefined;
    let foreign: boolean | undefined;
    const inAnotherLanguage = () => {
      if (foreign === undefined) foreign = writtenInAnotherLanguage(w.asked);
      return foreign;
    };
    const features = () =>
      (computed ??= scopeFeatures({
        question: w.text,
        retrieval,
        namesSkill: ask.namedSkills > 0,
        namesTopic: w.mentions.some((m) => this.typeOf(m.docId) === 'source'),
        asksForFit: ask.fitting,
        fitShare: ask.fitShare,
        asksGap: ask.gaps.length > 0,
        asksAboutOtherOccupation: ask.namedRoles === 0 && w.otherOccupation,
        wording: this.scopeModel.wording.logOdds(w.raw),
        // Another language's particles are understood only in a message in that language: in English "ton" is a weight.
        understood: (x) => w.glossed.has(x) || (FOREIGN_FUNCTION_WORDS.has(x) && inAnotherLanguage()),
      }));
    // The words that ask for a gap ("is Cisco hiring?") are not what the question is about.
    const besideGap = ask.gaps.length > 0 ? new Set(words(withoutGapWords(w.text))) : undefined;
    const unknownBesideGap = besideGap ? w.unknown.filter((x) => besideGap.has(x)).length : w.unknown.length;
    // "what's HafenCity?", "anything about hamburg in there?": a clause that asks only about a named topic.
    const aboutTopic =
      w.mentions.some((m) => this.typeOf(m.docId) === 'source') &&
      asksAboutTopicItself(w.text, wordsInMatches(w.text, w.mentions));
    // A place named with nothing about work, smart cities, its projects or the article ("berlin zoo
    // opening hours", "things to do in chula vista") is not certain: the place documents tell how
    // cities draw talent.
    const placeOnly =
      w.mentions.every((m) => this.typeOf(m.docId) === 'source') &&
      !mentionsWork([...w.known, ...w.unknown]) &&
      !SMART_CITY.test(w.text) &&
      !CITY_PROJECT.test(w.text) &&
      !ASKS_ABOUT_CLAIM.test(w.text);
    const decision = decideScope({
      asksToProduce:
        ASKS_TO_PRODUCE.test(w.asked) ||
        (TELLS_OF_DEVICE_TROUBLE.test(w.asked) && !ASKS_FOR_ROLE.test(askingSentences(w.text))) ||
        // "my facebook got hacked: what does a cyber security analyst do about that?" asks of the role.
        (asksToRecoverAnAccount(w.asked) && ask.namedRoles === 0) ||
        // "I'm a physio who treats back pain: where would I fit?" tells a background.
        (asksForHealthAdvice(w.asked) && ask.namedRoles === 0 && !ask.fitting) ||
        // "my homework is to compare two smart-city jobs", "geography homework: which jobs will cities need?"
        // ask about the knowledge, however school-like.
        (asksForHomeworkHelp(w.asked) &&
          w.mentions.length === 0 &&
          !SMART_CITY.test(w.text) &&
          !mentionsWork([...w.known, ...w.unknown])),
      takesSides: takesSides(w.text, ask.describesSelf ? askingSentences(w.text) : w.text),
      followUp: w.followUp !== undefined,
      // "best VR headset" names the VR designer by an alias, but asks what to buy.
      namesRole:
        ask.namedRoles > 0 &&
        !(
          w.mentions.every(
            (m) =>
              this.typeOf(m.docId) !== 'role' ||
              m.end - m.start === 1 ||
              // "ML scientist" names the person as the title does; "VR headset" a thing.
              nameKey(m.name).split(' ').at(-1) !== nameKey(this.kb.byId.get(m.docId)!.title).split(' ').at(-1),
          ) && HOW_TO_OR_BUY.test(w.text)
        ),
      // A sceptic asking what the source says of a named topic ("who's the Chula Vista guy you
      // mention?") is answered however many other words the knowledge lacks.
      namesKnownSubject:
        w.mentions.some((m) => this.typeOf(m.docId) !== 'role') &&
        !w.otherOccupation &&
        !HOW_TO_OR_BUY.test(w.text) &&
        (DOUBTS_SOURCE.test(w.text) ||
          // "que trabajos usan machine learning?": which jobs need a named skill, however much else is foreign.
          ((ask.intent === 'roles-for-skill' || ask.intent === 'roles-without-skill') &&
            // "which ones are basically coding all day?" asks for roles as plainly.
            (mentionsWork([...w.known, ...w.unknown, ...englishDomainWords(w.raw)]) ||
              /\bwhich ones\b/i.test(w.text))) ||
          // A topic document named by its smart-city name ("the smart city market", "smart city jobs").
          w.mentions.some((m) => m.exact && this.typeOf(m.docId) === 'source' && SMART_CITY.test(m.name)) ||
          (unknownBesideGap * 3 <= contentWords &&
            (w.mentions.some((m) => this.typeOf(m.docId) === 'skill') ||
              (retrieval.signals.bestDocShare >= MIN_TOPIC_SHARE && !placeOnly) ||
              aboutTopic))) &&
        // "them robot lawnmowers any good?" names robotics on the way to a purchase, as the wording model reads it.
        // Read last: the model loads on first use.
        !(
          w.mentions.every((m) => this.typeOf(m.docId) === 'skill') &&
          this.scopeModel.wording.logOdds(w.raw) < WORDING_SURELY_OF_ANOTHER_MATTER
        ),
      asksForOtherCareer: () => this.asksForOtherCareer(w.text),
      // "how does that differ from hiring a management consultant?" still asks about the subject.
      namesOccupationNotHeld: ask.namedRoles === 0 && !w.followUp?.pointsBack && this.namesOccupationNotHeld(w.text),
      topicWithoutWork:
        w.mentions.length > 0 &&
        w.mentions.every((m) => this.typeOf(m.docId) === 'source') &&
        w.unknown.length * 3 >= contentWords &&
        !mentionsWork([...w.known, ...w.unknown]) &&
        // Asking for a work gap (openings, pay, courses) is asking about work: "is Cisco takin' folk on?".
        w.gapTopics.length === 0 &&
        !SMART_CITY.test(w.text) &&
        !ASKS_ABOUT_CLAIM.test(w.text) &&
        !aboutTopic,
      // A gap about nothing the knowledge names ("how much do nurses get paid in canada") is about
      // another occupation or place, unless it asks what the knowledge says: the model weighs it.
      gapInKnownWords:
        ask.gapInKnownWords &&
        (ask.gapOfPlacesOnly ||
          ((w.mentions.length > 0 || ask.restWords === 0 || SMART_CITY.test(w.text) || ASKS_ABOUT_CLAIM.test(w.text)) &&
            // Asking who is taking people on is asking about work, whatever words it uses ("firms takin on robotics folk").
            (mentionsWork([...w.known, ...w.unknown]) ||
              SMART_CITY.test(w.text) ||
              (w.mentions.length > 0 && w.gapTopics.some((g) => g.id === 'openings'))))),
      // A background told on the way to an errand ("how do I switch off the smart meter in my house?") asks the errand.
      fitsBackground: ask.describesSelf || (ask.fitting && ask.fitShare >= MIN_FIT_SHARE && !ask.asksErrand),
      asksKnownOverview:
        (ask.intent === 'roles-overview' || ask.intent === 'skills-overview') &&
        !w.otherOccupation &&
        w.unknown.length <= 1 &&
        !TASK.test(w.text),
      foundAnything: retrieval.entities.length > 0,
      asksForRoleInKnownWords: () =>
        unknownBesideRoleAsk(w.text, w.unknown) === 0 &&
        contentWords >= 2 &&
        !HOW_TO_OR_BUY.test(w.text) &&
        !w.otherOccupation,
      terseInKnownWords:
        // Counted as typed: words in a script `words` does not read count too.
        ((contentWords >= 1 && contentWords <= 2 && w.raw.trim().split(/\s+/).length <= TERSE_WORDS) ||
          // "which one deals with factories, ports and rail": every word the knowledge's, and one
          // document holds most of them. Short, and so weighed down by the model's length feature.
          (contentWords >= 3 &&
            contentWords <= MAX_FOCUSED_WORDS &&
            retrieval.signals.bestDocShare >= MIN_FOCUSED_SHARE)) &&
        w.unknown.length === 0 &&
        // "Fine. Thanks." is courtesy, not a subject.
        socialLeaning(w.raw) === undefined &&
        !w.otherOccupation &&
        !HOW_TO_OR_BUY.test(w.text) &&
        !TASK.test(w.text),
      features,
      model: this.scopeModel,
    });
    return { features, decision };
  }
}

/** A city or country the lists know ("Bogotá", "Leeds"), not any capitalised word ("Dentalhygienikerin"). */
function isPlaceName(name: string): boolean {
  return cityNamesIn(name).length > 0 || countryNamesIn(name).length > 0;
}

/** Once the gap's words are out, the question's own words (no glosses) are the names it asks about and particles. */
function onlyNamesBesideGap(rest: { known: string[]; unknown: string[] }, names: string[]): boolean {
  const unknown = rest.unknown.filter((x) => !FOREIGN_FUNCTION_WORDS.has(x));
  return rest.known.length === 0 && unknownBesideNames(unknown, names) === 0;
}

/**
 * Unknown words besides those of the words asking for a role ("who stops", "the person who…"), or
 * undefined when the question does not ask for a role.
 */
function unknownBesideRoleAsk(text: string, unknown: string[]): number | undefined {
  const asking = ASKS_FOR_ROLE.exec(text);
  if (!asking) return undefined;
  const inAsking = new Set(words(asking[0]));
  // Only the sentence that asks: "…chips in people's heads? My grandson won't stop going on about them."
  const sentence = new Set(words(sentenceAround(text, asking.index)));
  return unknown.filter((x) => !inAsking.has(x) && sentence.has(x)).length;
}

/** The sentence of `text` that holds position `at`. */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(...['.', '?', '!'].map((p) => text.lastIndexOf(p, at - 1))) + 1;
  const ends = ['.', '?', '!'].map((p) => text.indexOf(p, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) + 1 : text.length);
}

/** Unknown words of a question that are not part of the unknown names it uses. */
function unknownBesideNames(unknown: string[], names: string[]): number {
  const inNames = new Set(names.flatMap((n) => words(n)));
  return unknown.filter((x) => !inNames.has(x)).length;
}

/**
 * Greetings, thanks and goodbyes always get the guide; "what can you do?" and a message of filler
 * only ("tell me more") get it unless they continue the conversation ("who would they hire?").
 */
function helpKind(
  text: string,
  followUp: FollowUp | undefined,
  contentWords: number,
  named: number,
  namesRole: boolean,
): SocialKind | undefined {
  // "你可以做什么?": no word the rules read, and it asks what the bot does, even after an answer.
  if (words(text).length === 0 && asksWhatBotDoes(text)) return 'help';
  const social = socialKind(text);
  if (social && social !== 'help') return social;
  // "Which ones are using the AI?" names a skill and does not speak of the bot: a question, not "are you an AI?".
  if (social === 'help' && named > 0 && !speaksOfTheBot(text) && ASKS_WHICH_ONES.test(text)) return undefined;
  // "the robot one" names a role by its part; "robot" is a word of the guide only when said of the bot.
  if (social === 'help' && namesRole && !speaksOfTheBot(text) && !/\b(are|r|is this|is it)\b/.test(text.toLowerCase()))
    return undefined;
  // After an answer, "what kind of stuff in a city?" asks more of its subject; "what can you do?" is still for the guide.
  if (social === 'help') return followUp && (followUp.pointsBack || !speaksOfTheBot(text)) ? undefined : 'help';
  // Words, none with content: filler ("tell me more") with nothing to continue. No words at all
  // and no greeting (an emoji, another script) is a question the bot cannot read.
  return contentWords === 0 && !followUp && words(text).length > 0 ? 'help' : undefined;
}

/** The words a message shares with the knowledge, and the English the glosses read in it: its gist. */
function gistOf(w: Pick<Wording, 'known' | 'about'>): string[] {
  return [...new Set([...w.known, ...w.about])];
}

/** Declined as having left the conversation for something else. */
function left(understood: Understanding): Understanding {
  return { ...understood, scope: { inScope: false, reason: 'left-conversation' } };
}

/** Written in another language than English, by its small words or its script. */
function inAnotherLanguage(w: Pick<Wording, 'asked' | 'raw'>): boolean {
  return writtenInAnotherLanguage(w.asked) || writtenInAnotherScript(w.raw);
}
