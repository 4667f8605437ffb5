import type { Answer } from './answer.js';
import { textBlocks } from './answer-parts.js';

const DECLINE =
  'Sorry, I can only help with smart-city careers: what roles such as urban mechanic or digital anthropologist involve, ' +
  'which skills employers look for, which roles fit your background, and facts about the smart-city job market. ' +
  'Try "What does an urban mechanic do?" or "Which roles need machine learning?"';

/** The short, friendly answer to anything the knowledge base cannot ground. */
export function declineAnswer(): Answer {
  return {
    answer: DECLINE,
    body: DECLINE,
    parts: textBlocks(DECLINE),
    grounded: false,
    roles: [],
    subject: [],
    gaps: [],
    sources: [],
    mode: 'extractive',
    intent: 'decline',
  };
}
