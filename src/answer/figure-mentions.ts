import type { KnowledgeDoc } from '../knowledge/knowledge-base.js';
import type { NameMatch } from '../retrieval/name-matcher.js';
import { words } from '../text/normalize.js';

/** The leading digits of a figure: "$757.74 billion" and "757bn" both give "757". Years are left out. */
function figureKey(token: string): string | undefined {
  const digits = /^\d+/.exec(token)?.[0];
  if (!digits || digits.length < 3) return undefined;
  if (digits.length === 4 && /^(19|20)\d\d$/.test(digits)) return undefined;
  return digits;
}

/**
 * Figures the knowledge states, by document: a question quoting one ("757 billion?? is that legit")
 * is about the document that states it, though it names nothing else.
 */
export class FigureIndex {
  /** Built on the first question that quotes a figure: a pass over every document's text. */
  private docsByFigure: Map<string, KnowledgeDoc[]> | undefined;

  constructor(private readonly docs: KnowledgeDoc[]) {}

  private index(): Map<string, KnowledgeDoc[]> {
    if (this.docsByFigure) return this.docsByFigure;
    this.docsByFigure = new Map();
    for (const doc of this.docs) {
      for (const key of new Set(words(`${doc.summary} ${doc.body}`).flatMap((w) => figureKey(w) ?? []))) {
        const list = this.docsByFigure.get(key);
        if (list) list.push(doc);
        else this.docsByFigure.set(key, [doc]);
      }
    }
    return this.docsByFigure;
  }

  /** Documents the question's figures point to, as mentions; a figure several documents state names none. */
  mentions(question: string): NameMatch[] {
    const out: NameMatch[] = [];
    words(question).forEach((token, i) => {
      const key = figureKey(token);
      const docs = key ? this.index().get(key) : undefined;
      if (docs?.length === 1 && !out.some((m) => m.docId === docs[0]!.id))
        out.push({ docId: docs[0]!.id, name: token, exact: true, similar: false, start: i, end: i + 1, score: 1 });
    });
    return out;
  }
}
