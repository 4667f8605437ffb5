import { words } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';

/** Words that only ask about what follows them: "tell me about", "anything about", "info on". */
const ASKING_WORDS = new Set([
  'tell',
  'anything',
  'something',
  'somethin',
  'info',
  'more',
  'explain',
  'define',
  'whats',
]);

/**
 * One clause of the question asks about a named topic itself and nothing else: "what's HafenCity?",
 * "anything about hamburg in there?". "best currywurst in berlin?" uses the name for something else.
 * `topicWords` are the question's words that belong to the topic's name.
 */
export function asksAboutTopicItself(question: string, topicWords: ReadonlySet<string>): boolean {
  return question.split(/[?.!;\n]+/).some((clause) => {
    const tokens = words(clause);
    return (
      tokens.some((t) => topicWords.has(t)) &&
      tokens.every((t) => topicWords.has(t) || STOPWORDS.has(t) || ASKING_WORDS.has(t))
    );
  });
}
