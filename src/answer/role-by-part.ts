import type { RoleDoc } from '../knowledge/knowledge-base.js';
import type { NameMatch } from '../retrieval/name-matcher.js';
import { nameKey } from '../text/normalize.js';
import { startingWith } from '../text/sorted-prefix.js';
import { STOPWORDS } from '../text/stopwords.js';

/**
 * "the robot one", "the machine learning guy", "the 3d printer job", "one of them robotics people": a
 * role named by part of its title or an alias. After "a" ("a robotics lad"), only by whole words of
 * it and a word for a person or a job: "a real job" is no Virtual Reality Designer.
 */
/** Words for the person doing a job. */
const PEOPLE =
  'guy|guys|person|people|folks|lad|lads|fella|fellas|bloke|blokes|chap|chaps|lass|gal|lady|ladies|woman|women|dude|worker|workers|fitter|fitters|installer|installers';
const ONE = `one|ones|job|role|position|thing|stuff|${PEOPLE}`;
/** Openers after which a part is read by whole words only, as after "a": "how much do robotics guys get?". */
const LOOSE_OPENERS = ['do', 'does', 'are', 'were', 'our', 'your', 'all', 'some', 'many', 'most'];
const PART_AND_ONE = new RegExp(
  `\\b(the|those|these|them|for|a|an|${LOOSE_OPENERS.join('|')}) ((?:[a-z0-9-]+ ){1,3})(${PEOPLE})\\b|\\b(the|those|these|them|for|a|an) ((?:[a-z0-9-]+ ){1,3})(${ONE})\\b`,
  'g',
);
/**
 * "brain chip guy??": a message that opens with the part, read apart as matches do not overlap, and
 * only before a person's word: "ml jobs?" asks for the roles of a skill.
 */
const OPENS_WITH_PART = new RegExp(`^()((?:[a-z0-9-]+ ){1,3})(${PEOPLE})\\b`);
/**
 * "the lad who minds the 3d printers", "the one with the 3d printers": the part comes after who the
 * person is and what they do, or what they work with.
 */
const ONE_WHO = new RegExp(
  `\\b(the|that|this) (?:${ONE}) (?:(?:who|that) [a-z]+|with) (?:the |them |all the )?((?:[a-z0-9-]+ ){0,2}[a-z0-9-]+)`,
);
const ONE_WORDS = new Set(ONE.split('|'));
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'where']);
/** "that" and "this" as dialects write them: "for dat one" points back, it names no Data Scientist. */
const DIALECT_POINTERS = new Set(['dat', 'dis', 'dem', 'dese', 'dose', 'thon', 'yon']);
/**
 * "who's the person that turns it into a plan the dev people can run with": people named inside the
 * description of the one asked for are who that person works with, not who is asked about.
 */
const DESCRIBED_ONE = new RegExp(`\\b(${ONE}|someone|somebody|anyone|anybody) (that|who|which|whose)\\b`);

/** Typed words this short name an alias only when they are its whole first word. */
const SHORT_WORD = 4;

/** A title word is shorter than a typed word that starts with it only when both are longer than this. */
const MIN_STEM = 3;

/**
 * The words of some names (the roles' titles, or their aliases), sorted, each with the names that
 * hold it: which names hold a word like a typed one is a binary search and a few lookups, not a pass
 * over every role, as a knowledge base may hold thousands.
 */
class NameWords {
  private readonly sorted: string[];
  private readonly holders = new Map<string, number[]>();

  constructor(names: string[]) {
    names.forEach((name, i) => {
      for (const word of new Set(nameKey(name).split(' ').filter(Boolean))) {
        const list = this.holders.get(word);
        if (list) list.push(i);
        else this.holders.set(word, [i]);
      }
    });
    this.sorted = [...this.holders.keys()].sort();
  }

  /**
   * The names with a word alike the typed one: the word starts with it ("robot" and "robotics"), or,
   * both longer than MIN_STEM, it starts the typed word.
   */
  holding(typed: string): Set<number> {
    const out = new Set<number>();
    for (const word of startingWith(this.sorted, typed)) for (const n of this.holders.get(word)!) out.add(n);
    if (typed.length > MIN_STEM)
      for (let end = MIN_STEM + 1; end < typed.length; end++)
        for (const n of this.holders.get(typed.slice(0, end)) ?? []) out.add(n);
    return out;
  }

  /** Whether some name has this very word. */
  holds(word: string): boolean {
    return this.holders.has(word);
  }

  /** The names holding a word alike each typed word. */
  holdingAll(typed: string[]): number[] {
    let found: Set<number> | undefined;
    for (const t of typed) {
      const next = this.holding(t);
      found = found ? new Set([...found].filter((n) => next.has(n))) : next;
      if (found.size === 0) break;
    }
    return [...(found ?? [])];
  }
}

interface RoleNames {
  titles: NameWords;
  aliases: NameWords;
  /** The role of each alias, in the order `aliases` numbers them. */
  aliasRole: number[];
  /** The first word of each alias, in the same order. */
  aliasFirst: string[];
}

/** Each list of roles' name index, made on first use. */
const INDEXES = new WeakMap<RoleDoc[], RoleNames>();

function roleNames(roles: RoleDoc[]): RoleNames {
  let names = INDEXES.get(roles);
  if (!names) {
    const aliasRole = roles.flatMap((r, i) => r.aliases.map(() => i));
    names = {
      titles: new NameWords(roles.map((r) => r.title)),
      aliases: new NameWords(roles.flatMap((r) => r.aliases)),
      aliasRole,
      aliasFirst: roles.flatMap((r) => r.aliases.map((a) => nameKey(a).split(' ')[0] ?? '')),
    };
    INDEXES.set(roles, names);
  }
  return names;
}

/** A stretch of the question that may name a role by part, with the word before and after it. */
interface Part {
  index: number;
  /** "the", "a"…; empty when the message opens with the part or it follows who does what. */
  opener: string;
  words: string;
  /** The person or job word after the part ("guy", "one"), or "who". */
  one: string;
}

/** The stretches of a normalized question that may name a role by part. */
function partsOf(key: string): Part[] {
  const opening = OPENS_WITH_PART.exec(key);
  const parts = [...key.matchAll(PART_AND_ONE), ...(opening ? [opening] : [])].map((m) => ({
    index: m.index,
    opener: m[1] ?? m[4] ?? '',
    words: (m[2] ?? m[5])!,
    one: (m[3] ?? m[6])!,
  }));
  // What the work is done on, straight after the verb: "minds the 3d printers", not "looks after they machines".
  const who = ONE_WHO.exec(key);
  if (who) {
    const done = who[2]!.split(' ');
    const firstStop = done.findIndex((w) => STOPWORDS.has(w));
    const onWhat = (firstStop < 0 ? done : done.slice(0, firstStop)).join(' ');
    const index = who.index + who[0].length - who[2]!.length;
    // "works the machine that squirts plastic": a thing described by a clause is not named by it.
    const described = RELATIVE_WORDS.has(done[firstStop] ?? '');
    if (onWhat && !described) parts.push({ index, opener: '', words: `${onWhat} `, one: 'who' });
  }
  return parts;
}

/**
 * The role a question names by part of its title, when exactly one role's title has every such word:
 * "n the machine learning one, how is it different?" names the Machine Learning Scientist; "the
 * network one" names two roles and so none. `topicNames` are the skills' names and aliases, as name keys.
 */
export function roleNamedByPart(
  text: string,
  roles: RoleDoc[],
  otherNames: readonly string[] = [],
  topicNames: ReadonlySet<string> = new Set(),
): NameMatch | undefined {
  const key = nameKey(text);
  const parts = partsOf(key);
  for (const m of parts) {
    if (m.one !== 'who' && DESCRIBED_ONE.test(key.slice(0, m.index))) continue;
    const words = m.words;
    // "the profession in which one writes grants": "one" after a relative word is a pronoun, not a job.
    if (words.split(' ').some((w) => RELATIVE_WORDS.has(w))) continue;
    // "any of these jobs do AI stuff": a part that opens with the job itself says what the jobs do.
    if (ONE_WORDS.has(words.split(' ')[0]!)) continue;
    // "the brain chip guy job": the person's word is no part of the name.
    const typed = words
      .trim()
      .split(' ')
      .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !ONE_WORDS.has(w) && !DIALECT_POINTERS.has(w));
    if (typed.length === 0) continue;
    // "which jobs need the AI stuff": a thing or stuff named whole by a skill is that skill, not a role.
    if ((m.one === 'stuff' || m.one === 'thing') && topicNames.has(typed.join(' '))) continue;
    const names = roleNames(roles);
    // With no article (an opening part, or one after who does what) a part names a role only by whole
    // words, as after "a"; so does "the … thing": "the real thing" is no Virtual Reality Designer.
    const indefinite =
      m.opener === 'a' ||
      m.opener === 'an' ||
      m.opener === '' ||
      LOOSE_OPENERS.includes(m.opener) ||
      m.one === 'thing' ||
      m.one === 'stuff';
    // "a machine one layer at a time": after "a", "one" counts.
    if (indefinite && (m.one === 'one' || m.one === 'ones')) continue;
    if (indefinite && !typed.every((w) => names.titles.holds(w) || names.aliases.holds(w))) continue;
    // Titles first; then aliases, for a role better known by another name ("the brain chip job").
    const byTitle = names.titles.holdingAll(typed);
    const found = byTitle.length
      ? byTitle
      : [
          ...new Set(
            names.aliases
              .holdingAll(typed)
              // An alias is named from its start: "the brain chip job", not "the computer guys" (brain-computer interface).
              .filter((a) => names.aliasFirst[a]!.startsWith(typed[0]!) || typed[0]!.startsWith(names.aliasFirst[a]!))
              // "these info one" is no infosec one: a word of four letters or fewer names an alias only whole.
              .filter((a) => typed[0]!.length > SHORT_WORD || names.aliasFirst[a] === typed[0])
              .map((a) => names.aliasRole[a]!),
          ),
        ];
    if (found.length !== 1) continue;
    const role = roles[found[0]!]!;
    // "minds the machine": one word of what is worked on, when it is only part of a compound the
    // title holds and the knowledge names ("machine learning"), does not name the role.
    if (m.one === 'who' && typed.length === 1 && partOfNamedCompound(typed[0]!, role.title, otherNames)) continue;
    const start = key.slice(0, m.index).split(' ').filter(Boolean).length + (m.opener ? 1 : 0);
    const end = start + words.trim().split(' ').length;
    return { docId: role.id, name: role.title, exact: false, similar: false, start, end, score: 1 };
  }
  return undefined;
}

/** The word is one of several of another name the title holds: "machine" of "machine learning". */
function partOfNamedCompound(word: string, title: string, otherNames: readonly string[]): boolean {
  const titleKey = nameKey(title);
  return otherNames.some((name) => {
    const words = nameKey(name).split(' ');
    return words.length > 1 && words.includes(word) && titleKey.includes(words.join(' '));
  });
}

/**
 * The role whose title holds every one of the given English words, whatever their order: glosses of
 * "mecánico urbano" come out as "mechanic", "urban", which name the Urban Mechanic. Only words some
 * title holds count, and at least two, so that one shared word ("engineer") names nothing. Title words
 * written in English beside a gloss (`besides`: "arquitecto cloud") count with it.
 */
export function roleTitledBy(english: string[], roles: RoleDoc[], besides: string[] = []): RoleDoc | undefined {
  const { titles } = roleNames(roles);
  const inTitles = (list: string[]) =>
    list.flatMap((e) => nameKey(e).split(' ')).filter((w) => w.length > 1 && titles.holds(w));
  const glossedWords = inTitles(english);
  // At least one title word is a translation: "machine learning" said in English is found by name.
  if (glossedWords.length === 0) return undefined;
  const titleWords = [...new Set([...glossedWords, ...inTitles(besides)])];
  if (titleWords.length < 2) return undefined;
  const found = titles.holdingAll(titleWords);
  return found.length === 1 ? roles[found[0]!] : undefined;
}
