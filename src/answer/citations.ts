import type { KnowledgeDoc } from '../knowledge/knowledge-base.js';
import type { AnswerSource } from './answer.js';
import type { Span } from './answer-parts.js';

/** Numbers documents in the order an answer first cites them. */
export class Citations {
  private readonly cited: AnswerSource[] = [];

  constructor(private readonly scoreOf: (docId: string) => number) {}

  /** The citation of `doc`, numbering it on first use. */
  cite(doc: KnowledgeDoc): Span {
    let i = this.cited.findIndex((s) => s.id === doc.id);
    if (i < 0) {
      this.cited.push({
        id: doc.id,
        title: doc.title,
        score: this.scoreOf(doc.id),
        path: doc.path,
        origin: doc.source,
        teamParts: teamParts(doc),
      });
      i = this.cited.length - 1;
    }
    return { type: 'cite', n: i + 1 };
  }

  get sources(): AnswerSource[] {
    return [...this.cited];
  }
}

/**
 * The parts of an article file that the team wrote: a role's lists (which skills it needs, its related
 * roles, who fits it) are always the team's reading, and so are sections the file marks as the team's.
 */
export function teamParts(doc: KnowledgeDoc): string[] {
  if (doc.source !== 'article') return [];
  const parts: string[] = [];
  if (doc.type === 'role') {
    parts.push('skills');
    if (doc.related.length) parts.push('related roles');
    if (doc.backgrounds.length) parts.push('typical backgrounds');
    if (doc.transferable.length) parts.push('transferable experience');
  }
  for (const section of doc.teamSections) parts.push(`"${section}"`);
  return parts;
}

/** Labels a line built from a part the team wrote inside an article file. */
export const TEAM_READING = "(the career-bot team's reading)";

/** Where a cited file comes from, in the words every surface uses. */
export function originLabel(source: Pick<AnswerSource, 'origin' | 'teamParts'>): string {
  if (source.origin === 'team') return 'written by the career-bot team';
  if (source.teamParts.length === 0) return 'from the article';
  const parts =
    source.teamParts.length > 1
      ? `${source.teamParts.slice(0, -1).join(', ')} and ${source.teamParts.at(-1)}`
      : source.teamParts[0];
  return `from the article; its ${parts} are the team's reading`;
}

/** One cited source, as every surface lists it: "[1] Urban Mechanic (knowledge/roles/urban-mechanic.md, from the article)". */
export function sourceLine(s: AnswerSource, n: number): string {
  return `[${n}] ${s.title} (knowledge/${s.path}, ${originLabel(s)})`;
}

/** The Markdown sources list printed under an answer. */
export function sourcesMarkdown(sources: AnswerSource[]): string {
  if (sources.length === 0) return '';
  return `**Sources**\n${sources.map((s, i) => sourceLine(s, i + 1)).join('\n')}`;
}
