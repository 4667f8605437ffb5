import { contentTerms } from '../text/normalize.js';

export interface QuestionGroup {
  /** The group's most typical question: the one sharing most terms with the others. */
  example: string;
  count: number;
  questions: string[];
}

const jaccard = (a: Set<string>, b: Set<string>): number => {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
};

/**
 * Groups questions that ask about the same thing (stemmed content words in common), largest group
 * first: declined questions grouped this way are the knowledge to write next.
 */
export function groupSimilar(questions: string[], threshold = 0.34): QuestionGroup[] {
  const groups: { terms: Set<string>[]; questions: string[] }[] = [];
  for (const q of questions) {
    const terms = new Set(contentTerms(q));
    // Single link: a question joins the first group holding one close enough question.
    const home = groups.find((g) => g.terms.some((t) => jaccard(t, terms) >= threshold));
    if (home) {
      home.terms.push(terms);
      home.questions.push(q);
    } else groups.push({ terms: [terms], questions: [q] });
  }
  return groups
    .map((g) => {
      const closeness = g.terms.map((t) => g.terms.reduce((sum, u) => sum + jaccard(t, u), 0));
      const best = closeness.indexOf(Math.max(...closeness));
      return { example: g.questions[best]!, count: g.questions.length, questions: [...new Set(g.questions)] };
    })
    .sort((a, b) => b.count - a.count);
}
