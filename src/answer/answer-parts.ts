import type { KnowledgeDoc } from '../knowledge/knowledge-base.js';

/**
 * The structured answer: typed parts that every surface renders its own way (Markdown for the
 * terminal and JSON, mrkdwn for Slack, Discord Markdown), so none of them re-parses text.
 */
export type Span =
  | { type: 'text'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'code'; text: string }
  /** A role or skill the answer names; `strong` when the answer puts it forward. */
  | { type: 'role' | 'skill'; id: string; title: string; strong: boolean }
  /** A citation: `sources[n - 1]` of the answer. */
  | { type: 'cite'; n: number };

export type AnswerBlock = { type: 'paragraph'; lines: Span[][] } | { type: 'list'; items: Span[][] };

/** What composers write: a plain string is text. */
export type Piece = string | Span;

export const strong = (text: string): Span => ({ type: 'strong', text });
export const code = (text: string): Span => ({ type: 'code', text });

/** What a mention needs of a document or a card's reference. */
export type DocRef = Pick<KnowledgeDoc, 'id' | 'title' | 'type'>;

/** A mention of a knowledge document: roles and skills stay recognisable, anything else is its title. */
export function docRef(doc: DocRef, emphasis = false): Span {
  if (doc.type === 'role' || doc.type === 'skill')
    return { type: doc.type, id: doc.id, title: doc.title, strong: emphasis };
  return emphasis ? strong(doc.title) : { type: 'text', text: doc.title };
}

/** Documents named in a row: "A, B, C". */
export function docRefs(docs: DocRef[]): Piece[] {
  return docs.flatMap((d, i) => (i === 0 ? [docRef(d)] : [', ', docRef(d)]));
}

export function spans(...pieces: Piece[]): Span[] {
  const out: Span[] = [];
  for (const p of pieces) {
    if (typeof p !== 'string') out.push(p);
    else if (p) {
      const last = out.at(-1);
      if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + p };
      else out.push({ type: 'text', text: p });
    }
  }
  return out;
}

/** A composer's line: text on its own line, a list item, or a blank line that ends a block. */
export type DraftLine = { item: boolean; spans: Span[] } | 'break';

export const BREAK = 'break' as const;
export const line = (...pieces: Piece[]): DraftLine => ({ item: false, spans: spans(...pieces) });
export const item = (...pieces: Piece[]): DraftLine => ({ item: true, spans: spans(...pieces) });

/** Groups lines into paragraphs and lists; blank lines and a change between the two end a block. */
export function toBlocks(lines: DraftLine[]): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  let open: AnswerBlock | undefined;
  for (const l of lines) {
    if (l === BREAK) {
      open = undefined;
      continue;
    }
    if (l.item) {
      if (open?.type !== 'list') {
        open = { type: 'list', items: [] };
        blocks.push(open);
      }
      open.items.push(l.spans);
    } else {
      if (open?.type !== 'paragraph') {
        open = { type: 'paragraph', lines: [] };
        blocks.push(open);
      }
      open.lines.push(l.spans);
    }
  }
  return blocks;
}

/** Plain text blocks, one paragraph per blank-line-separated part (declines, fixed messages). */
export function textBlocks(text: string): AnswerBlock[] {
  return text.split(/\n\s*\n/).map((p) => ({ type: 'paragraph', lines: p.split('\n').map((l) => spans(l)) }));
}
