import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { article } from '../text/indefinite-article.js';
import type { Answer } from './answer.js';

export interface SuggestedPrompt {
  title: string;
  message: string;
}

/**
 * What to ask next after an answer about a role: its skills, a related role, and the two compared.
 * None after a decline, a greeting or an answer about no role.
 */
export function followUpPrompts(answer: Answer, kb: KnowledgeBase): SuggestedPrompt[] {
  const role = kb.roles.find((r) => r.id === answer.subject[0]);
  if (!answer.grounded || !role) return [];
  const prompt = (message: string) => ({ title: message, message });
  const prompts = [prompt(`What skills does ${article(role.title)} ${role.title} need?`)];
  const related = kb.roles.find((r) => r.id === role.related[0]);
  if (related)
    prompts.push(
      prompt(`What does ${article(related.title)} ${related.title} do?`),
      prompt(`Compare ${role.title} vs ${related.title}`),
    );
  return prompts;
}
