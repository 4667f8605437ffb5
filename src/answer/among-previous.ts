import type { Turn } from './answer.js';

/** Asks among what was just shown: "which of them need programming?", "do any of those use AI?". */
const AMONG =
  /\b((which|any|how many|are any|do any|does any|is any|some|do some|are some|none) (one |ones )?of (them|these|those|the above|that lot|em|'em)|among (them|these|those)|of (them|these|those),? which)\b/i;

/**
 * What the previous answer showed, when the question asks among it ("which of them need
 * programming?" after a list): a list of all roles in the order shown, else what the answer was
 * about (a list's roles; a single card's one role does not make a list). Undefined when the question
 * does not ask among them or fewer than two were shown.
 */
export function rolesAmongPrevious(question: string, previous: Turn | undefined): string[] | undefined {
  if (!previous || !AMONG.test(question)) return undefined;
  const shown = previous.listed?.length ? previous.listed : (previous.subject ?? []);
  return shown.length >= 2 ? shown : undefined;
}
