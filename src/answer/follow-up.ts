import type { KnowledgeBase, KnowledgeDoc } from '../knowledge/knowledge-base.js';
import type { NameMatch } from '../retrieval/name-matcher.js';
import type { Turn } from './answer.js';

/** Words that point back at the previous answer's subject. */
const ANAPHORA =
  /\b(it|its|they|them|their|theirs|that|this|those|these|he|she|his|her|such|there|the role|the job|that one|this one|the same|same)\b/;
/** Openings that continue the conversation: "and the skills?", "what about backgrounds". */
const CONTINUES = /^\W*(and|also|so|but|plus|then|ok|okay|what about|how about|more|tell me more|go on|any|vs\.?|versus|compared? (to|with))\b/;
const OTHER_ONE = /\b(the other( one)?|other one|second one|2nd one|the second|the latter)\b/;
const COMPARES = /\b(vs\.?|versus|compare[ds]?|comparing|differ|differen(ce|t)|similar|same as|better|what about|how about|or)\b/;

export interface FollowUp {
  /** The documents this question is about, carried over from the previous turn. */
  subject: KnowledgeDoc[];
}

/**
 * Whether a question continues the previous turn, and about what. It does when it names no role of
 * its own and points back (a pronoun, "and …?", "the other one"), or is short and made of words the
 * knowledge knows ("skills?", "background?"); a question naming one role in a comparison ("vs data
 * scientist?") compares it with the previous subject.
 */
export function resolveFollowUp(opts: {
  question: string;
  previous: Turn | undefined;
  mentions: NameMatch[];
  kb: KnowledgeBase;
  /** Content words of the question that the knowledge base does not know, and all of them. */
  unknownWords: number;
  contentWords: number;
  /** The question asks for something the knowledge lacks (pay, courses…): still about the subject. */
  asksGap: boolean;
}): FollowUp | undefined {
  const { previous, mentions, kb } = opts;
  const subject = (previous?.subject ?? previous?.roles.slice(0, 1) ?? []).map((id) => kb.byId.get(id)).filter((d): d is KnowledgeDoc => d !== undefined);
  if (subject.length === 0) return undefined;
  const q = opts.question.toLowerCase();
  const namedRoles = mentions.filter((m) => kb.byId.get(m.docId)?.type === 'role');
  if (namedRoles.length === 1 && COMPARES.test(q)) {
    const other = kb.byId.get(namedRoles[0]!.docId)!;
    const first = subject.find((d) => d.type === 'role' && d.id !== other.id);
    return first ? { subject: [first, other] } : undefined;
  }
  if (mentions.length > 0) return undefined;
  const pointsBack = ANAPHORA.test(q) || CONTINUES.test(q) || OTHER_ONE.test(q);
  const allUnknown = opts.contentWords > 0 && opts.unknownWords === opts.contentWords && !opts.asksGap;
  // Short questions in the knowledge's own words ("skills?", "typical background?") continue too;
  // a question of unknown words only ("what's the weather") is a new, probably off-topic, one.
  const shortAndKnown = opts.contentWords <= 4 && (opts.unknownWords / Math.max(opts.contentWords, 1) < 0.5 || opts.asksGap);
  if (allUnknown || !(pointsBack || shortAndKnown)) return undefined;
  if (OTHER_ONE.test(q) && subject.length > 1) return { subject: [subject[1]!, subject[0]!, ...subject.slice(2)] };
  return { subject };
}
