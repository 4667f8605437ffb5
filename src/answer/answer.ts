import type { Provenance } from '../knowledge/schema.js';
import type { AnswerBlock } from './answer-parts.js';
import type { Intent } from './intent.js';

export interface AnswerSource {
  id: string;
  title: string;
  /** Retrieval score of the document, 0..1, best is 1. */
  score: number;
  /** Knowledge file, relative to the knowledge folder. */
  path: string;
  origin: Provenance;
  /** In an article file, the parts the team wrote (its skills, backgrounds…): labelled as such. */
  teamParts: string[];
}

export interface Answer {
  /** Markdown: the body followed by the numbered sources list. */
  answer: string;
  /** Markdown body with [n] citations, without the sources list: `parts` rendered as Markdown. */
  body: string;
  /** The body as typed parts (text, citations, roles and skills named); each surface renders these. */
  parts: AnswerBlock[];
  /** False exactly when the bot declined. */
  grounded: boolean;
  /** Relevant role ids, best first; empty when declined. */
  roles: string[];
  /** What the question asked for that the knowledge base does not hold ("pay or salaries", "Toronto"). */
  gaps: string[];
  /** Documents the answer is about (a follow-up's subject), main one first; empty for declines and help. */
  subject: string[];
  /** Roles a list of all of them showed, in order, when it has no subject: "the third one" picks from it. */
  listed?: string[];
  /** Cited documents; [n] in the body is sources[n - 1]. */
  sources: AnswerSource[];
  mode: 'extractive' | 'llm';
  intent: Intent | 'decline';
  /** Token counts and time to first token, when a model wrote the answer. */
  usage?: { prompt_tokens: number; completion_tokens: number; time_to_first_token_ms: number };
}

/** What the engine streams: text as it is generated, then the final, checked answer. */
export type AnswerEvent = { type: 'delta'; text: string } | { type: 'final'; answer: Answer };

/** One earlier exchange, so follow-ups ("and what skills does it need?") keep their subject. */
export interface Turn {
  question: string;
  roles: string[];
  /** Documents the answer was about, main one first; absent in turns recorded before subjects existed. */
  subject?: string[];
  /** Roles a list of all roles showed, in order ("tell me about the third one"). */
  listed?: string[];
  /** What kind of answer it was and what it could not cover: "and for a data scientist?" asks the same. */
  intent?: Intent | 'decline';
  gaps?: string[];
}

/** Answers that show several roles side by side: a follow-up of "they" may ask of them all. */
const SHOWS_SEVERAL = new Set<Turn['intent']>([
  'roles-for-skill',
  'roles-without-skill',
  'background-fit',
  'compare',
  'roles-overview',
]);

/** Whether the turn's answer showed several roles side by side (a list by skill, a fit, a comparison). */
export const showedSeveral = (turn: Turn | undefined): boolean => turn !== undefined && SHOWS_SEVERAL.has(turn.intent);

/** The context a later follow-up needs from this exchange; none when nothing was answered. */
export function turnAfter(question: string, answer: Answer): Turn | undefined {
  if (!answer.grounded || (answer.subject.length === 0 && !answer.listed?.length)) return undefined;
  return {
    question,
    roles: answer.roles,
    subject: answer.subject,
    ...(answer.listed?.length ? { listed: answer.listed } : {}),
    intent: answer.intent,
    gaps: answer.gaps,
  };
}

/** The JSON contract of `career-bot ask --json`. */
export function answerJson(a: Answer) {
  return {
    answer: a.answer,
    grounded: a.grounded,
    roles: a.roles,
    sources: a.sources.map(({ id, title, score }) => ({ id, title, score })),
    mode: a.mode,
    intent: a.intent,
    ...(a.gaps.length ? { gaps: a.gaps } : {}),
    ...(a.usage ? { usage: a.usage } : {}),
  };
}
