import {
  type AnswerBlock,
  BREAK,
  type DraftLine,
  docRef,
  item,
  line,
  type Piece,
  toBlocks,
} from '../answer/answer-parts.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { nameKey } from '../text/normalize.js';

/** [n] citations and **bold** in a model's line. */
const INLINE = /\[(\d+)\]|\*\*([^*]+)\*\*/g;

function pieces(text: string, kb: KnowledgeBase): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out.push(text.slice(last, m.index));
    if (m[1]) out.push({ type: 'cite', n: Number(m[1]) });
    else {
      // A bolded role or skill title is a mention the surfaces can link; other bold stays bold.
      const doc = kb.docs.find((d) => d.type !== 'source' && nameKey(d.title) === nameKey(m[2]!));
      out.push(doc ? docRef(doc, true) : { type: 'strong', text: m[2]! });
    }
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

/** A model's Markdown answer as answer parts: paragraphs, bullet lists, citations and bold names. */
export function modelTextParts(text: string, kb: KnowledgeBase): AnswerBlock[] {
  const lines: DraftLine[] = text.split('\n').map((raw) => {
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(raw);
    if (bullet) return item(...pieces(bullet[1]!, kb));
    return raw.trim() ? line(...pieces(raw.replace(/^#{1,6}\s+/, ''), kb)) : BREAK;
  });
  return toBlocks(lines);
}
