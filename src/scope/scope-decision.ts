import type { ScopeModel } from './scope-model.js';

/** Why a question was answered or declined: logged, and reported by the evaluation. */
export type ScopeReason =
  | 'produce'
  | 'takes-sides'
  | 'follow-up'
  | 'names-role'
  | 'names-known'
  | 'other-career'
  | 'topic-without-work'
  | 'gap'
  | 'background'
  | 'overview'
  | 'asks-for-role'
  | 'terse-known'
  | 'model'
  | 'no-evidence'
  /** In a conversation about a role, the conversation's models read the message as having left it. */
  | 'left-conversation';

export interface ScopeDecision {
  inScope: boolean;
  reason: ScopeReason;
  /** The model's probability, when the model decided. */
  probability?: number;
}

/**
 * In scope or not, from evidence that generalises. Rules decide what is certain: a request to write,
 * translate or joke, or to drop the bot's instructions, is declined whatever it names, and so is one
 * to take a side in politics; a follow-up about
 * an earlier subject; a question naming a role; one naming a skill or topic with little else the
 * knowledge does not know ("p2p meaning", "what is HafenCity?"); a person whose described background
 * a role largely shares. Everything else is weighed by the fitted model, with those same signals
 * among its features: strong evidence, but "robot vacuum recommendations" names a skill too, and
 * "berlin zoo opening hours" a topic.
 */
export function decideScope(opts: {
  /** Asks for a text, a translation or a joke, or to replace the bot's instructions. */
  asksToProduce: boolean;
  /** Asks the bot to choose a side in politics: whom to vote for, which party is right. */
  takesSides: boolean;
  followUp: boolean;
  namesRole: boolean;
  /** Asks about an occupation the knowledge does not hold, as the career wanted: "is sous chef one of your jobs?". */
  namesOccupationNotHeld: boolean;
  /** Names a skill or topic, and at most a third of its other words are unknown to the knowledge; a place named alone counts only when its document explains the question, and a tutorial or purchase never. */
  namesKnownSubject: boolean;
  /**
   * Asks how to reach a career the knowledge does not name, in words it does not use ("how do I become a
   * fashion designer?"), or how to learn such a thing for its own sake ("is 67 too old to learn spanish?").
   * Read only when no earlier rule decides: it may look the words up.
   */
  asksForOtherCareer: () => boolean;
  /** Names only topics (a city…), says nothing about work, and brings words the knowledge lacks: "hamburg nightlife tips". */
  topicWithoutWork: boolean;
  /** Asks about a name the knowledge lacks (a city, a vendor) in words it otherwise knows. */
  gapInKnownWords: boolean;
  /** Describes a background that some role's typical backgrounds share: a good share of it, or anything at all when the person says what they do or did. */
  fitsBackground: boolean;
  /** Asks for all roles or all skills, with at most one word the knowledge does not know ("what jobs exist?"). */
  asksKnownOverview: boolean;
  foundAnything: boolean;
  /**
   * Asks which role does something, in words the knowledge all knows: "who does implants in ppl's heads?".
   * Read only when no earlier rule decides: its pattern is long, and a cold `ask` pays for its first run.
   */
  asksForRoleInKnownWords: () => boolean;
  /**
   * A message of one or two words, every one of them a word of the knowledge ("hackers?", "welder?"):
   * chat this terse names its subject and nothing else, and the model, which weighs length, declines it.
   */
  terseInKnownWords: boolean;
  /** Computed only if the model decides. */
  features: () => number[];
  model: ScopeModel;
}): ScopeDecision {
  if (opts.asksToProduce) return { inScope: false, reason: 'produce' };
  if (opts.takesSides) return { inScope: false, reason: 'takes-sides' };
  // Another occupation asked about is a new question, even in a conversation about a role.
  if (opts.namesOccupationNotHeld && !opts.namesRole) return { inScope: false, reason: 'other-career' };
  if (opts.followUp) return { inScope: true, reason: 'follow-up' };
  if (opts.namesRole) return { inScope: true, reason: 'names-role' };
  if (opts.namesKnownSubject) return { inScope: true, reason: 'names-known' };
  if (opts.asksForOtherCareer()) return { inScope: false, reason: 'other-career' };
  if (opts.topicWithoutWork) return { inScope: false, reason: 'topic-without-work' };
  if (opts.gapInKnownWords) return { inScope: true, reason: 'gap' };
  if (opts.fitsBackground) return { inScope: true, reason: 'background' };
  if (opts.asksKnownOverview) return { inScope: true, reason: 'overview' };
  if (!opts.foundAnything) return { inScope: false, reason: 'no-evidence' };
  // Short questions weigh little with the model; one that asks for a role in the knowledge's own words is in.
  if (opts.asksForRoleInKnownWords()) return { inScope: true, reason: 'asks-for-role' };
  if (opts.terseInKnownWords) return { inScope: true, reason: 'terse-known' };
  const features = opts.features();
  const probability = opts.model.probability(features);
  return { inScope: opts.model.inScope(features), reason: 'model', probability };
}
