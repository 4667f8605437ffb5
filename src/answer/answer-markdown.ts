import type { AnswerBlock, Span } from './answer-parts.js';

/** How a surface writes each kind of span; blocks are laid out the same everywhere. */
export interface SpanStyle {
  text(text: string): string;
  strong(text: string): string;
  code(text: string): string;
  bullet: string;
}

function renderSpan(s: Span, style: SpanStyle): string {
  switch (s.type) {
    case 'text':
      return style.text(s.text);
    case 'strong':
      return style.strong(s.text);
    case 'code':
      return style.code(s.text);
    case 'role':
    case 'skill':
      return s.strong ? style.strong(s.title) : style.text(s.title);
    case 'cite':
      return `[${s.n}]`;
  }
}

export function renderSpans(spans: Span[], style: SpanStyle): string {
  return spans.map((s) => renderSpan(s, style)).join('');
}

/** Paragraphs keep their line breaks; lists get the style's bullet; blocks are separated by a blank line. */
export function renderBlocks(blocks: AnswerBlock[], style: SpanStyle): string {
  return blocks
    .map((b) =>
      (b.type === 'paragraph'
        ? b.lines.map((l) => renderSpans(l, style))
        : b.items.map((i) => `${style.bullet}${renderSpans(i, style)}`)
      ).join('\n'),
    )
    .join('\n\n');
}

/** Markdown: the terminal, the JSON `answer` field and Discord. */
export const MARKDOWN: SpanStyle = {
  text: (t) => t,
  strong: (t) => `**${t}**`,
  code: (t) => `\`${t}\``,
  bullet: '- ',
};

export const PLAIN: SpanStyle = { text: (t) => t, strong: (t) => t, code: (t) => t, bullet: '- ' };

export const toMarkdown = (blocks: AnswerBlock[]): string => renderBlocks(blocks, MARKDOWN);
