import type { KnowledgeDoc } from '../knowledge/knowledge-base.js';
import type { AnswerSource } from './answer.js';

/** Numbers documents in the order an answer first cites them. */
export class Citations {
  private readonly cited: AnswerSource[] = [];

  constructor(private readonly scoreOf: (docId: string) => number) {}

  /** The `[n]` marker for `doc`, numbering it on first use. */
  cite(doc: KnowledgeDoc): string {
    let i = this.cited.findIndex((s) => s.id === doc.id);
    if (i < 0) {
      this.cited.push({ id: doc.id, title: doc.title, score: this.scoreOf(doc.id), path: doc.path, origin: doc.source });
      i = this.cited.length - 1;
    }
    return `[${i + 1}]`;
  }

  get sources(): AnswerSource[] {
    return [...this.cited];
  }
}

const ORIGIN_LABEL = { article: 'from the article', team: 'written by the career-bot team' } as const;

/** The Markdown sources list printed under an answer. */
export function sourcesMarkdown(sources: AnswerSource[]): string {
  if (sources.length === 0) return '';
  const lines = sources.map((s, i) => `[${i + 1}] ${s.title} (knowledge/${s.path}, ${ORIGIN_LABEL[s.origin]})`);
  return `**Sources**\n${lines.join('\n')}`;
}
