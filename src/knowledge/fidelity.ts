import { sentencesOf } from '../answer/sentences.js';
import { contentTerms } from '../text/normalize.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { sectionsOf } from './sections.js';

/** Share of a sentence's content words that must appear in one paragraph of the source article. */
export const MIN_OVERLAP = 0.7;

export interface StatementCheck {
  /** Knowledge file and where in it: `summary` or the body section's heading. */
  path: string;
  where: string;
  sentence: string;
  /** The best share of the sentence's content words found in one paragraph of the article. */
  overlap: number;
  /** Content words of the sentence that the best paragraph lacks. */
  missing: string[];
}

/**
 * Words that report what the article says rather than say something of their own ("the article
 * lists…", "it calls it…"): a statement is checked on the rest.
 */
const REPORTING = new Set(
  contentTerms(
    'article articles say says said present presents list lists listed call calls called describe describes name names according',
  ),
);

/**
 * The article's paragraphs, with its bullet lists kept together: a run of bullets is one paragraph
 * with the line that introduces it, and a lone bullet (a job's heading) belongs to the text after it.
 */
function articleParagraphs(article: string): string[] {
  const raw = article
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const isBullet = (j: number) => raw[j]?.startsWith('•') ?? false;
    if (isBullet(i) && isBullet(i + 1)) {
      let run = out.pop() ?? '';
      while (isBullet(i)) run += `\n${raw[i++]}`;
      out.push(run);
      i -= 1;
    } else if (isBullet(i) && raw[i + 1]) {
      out.push(`${raw[i]}\n${raw[i + 1]}`);
      i += 1;
    } else out.push(raw[i]!);
  }
  return out;
}

/**
 * Every statement the knowledge attributes to the article (summaries and body sections of
 * `source: article` files, less the sections marked as the team's), each with the best share of its
 * content words found in one paragraph of the article. A statement that overstates or invents
 * brings words the article does not have.
 */
export function checkAgainstArticle(kb: KnowledgeBase, article: string): StatementCheck[] {
  const paragraphs = articleParagraphs(article).map((p) => new Set(contentTerms(p)));
  const checks: StatementCheck[] = [];
  for (const doc of kb.docs) {
    if (doc.source !== 'article') continue;
    const sections = sectionsOf(doc.body).filter((s) => !doc.teamSections.includes(s.heading));
    const parts = [
      { where: 'summary', text: doc.summary },
      ...sections.map((s) => ({ where: s.heading || 'body', text: s.text })),
    ];
    for (const part of parts) {
      for (const sentence of sentencesOf(part.text)) {
        const terms = [...new Set(contentTerms(sentence))].filter((t) => !REPORTING.has(t));
        if (terms.length === 0) continue;
        let best = { overlap: 0, missing: terms };
        for (const p of paragraphs) {
          const missing = terms.filter((t) => !p.has(t));
          const overlap = 1 - missing.length / terms.length;
          if (overlap > best.overlap) best = { overlap, missing };
        }
        checks.push({ path: doc.path, where: part.where, sentence, ...best });
      }
    }
  }
  return checks;
}
