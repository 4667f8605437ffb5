import type { KnowledgeBase, KnowledgeDoc } from '../knowledge/knowledge-base.js';
import type { Evidence } from '../retrieval/retriever.js';

export interface Passage {
  /** The citation number the model uses: [n]. */
  n: number;
  doc: KnowledgeDoc;
  text: string;
  score: number;
}

const MAX_PASSAGES = 6;
const MAX_CHUNKS_PER_DOC = 2;
/** Other documents are passed only when retrieval ranks them close to the best one. */
const MIN_RELATIVE_SCORE = 0.5;

/**
 * Numbered passages for the model, one per document: documents the extractive answer cites come
 * first (they are the best evidence), then others only where retrieval ranks them near the best
 * (at least half its score), each with its summary and top chunks. Unrelated passages only invite
 * the model to stray.
 */
export function buildPassages(kb: KnowledgeBase, retrieval: Evidence, leadingDocIds: string[]): Passage[] {
  const best = retrieval.entities[0]?.score ?? 0;
  const close = retrieval.entities.filter((e) => e.score >= MIN_RELATIVE_SCORE * best).map((e) => e.doc.id);
  const order = [...new Set([...leadingDocIds, ...close])].filter((id) => kb.byId.has(id)).slice(0, MAX_PASSAGES);
  const top = retrieval.entities[0]?.score ?? 1;
  return order.map((id, i) => {
    const doc = kb.byId.get(id)!;
    const chunks = retrieval.chunks
      .filter((c) => c.chunk.metadata.docId === id && c.chunk.metadata.part > 0)
      .slice(0, MAX_CHUNKS_PER_DOC);
    const body = chunks.length ? chunks.map((c) => c.chunk.pageContent).join('\n') : doc.body;
    const entity = retrieval.entities.find((e) => e.doc.id === id);
    return {
      n: i + 1,
      doc,
      text: `${doc.title}: ${doc.summary}\n${body}`,
      score: entity ? Math.round((entity.score / top) * 1000) / 1000 : 0,
    };
  });
}

export function passagesText(passages: Passage[]): string {
  return passages
    .map((p) => `[${p.n}] (${p.doc.type}: ${p.doc.title}, knowledge/${p.doc.path})\n${p.text}`)
    .join('\n\n');
}
