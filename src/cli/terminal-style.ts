import { MARKDOWN, PLAIN, type SpanStyle } from '../answer/answer-markdown.js';

/** How the CLI writes for where its output goes: Markdown to a pipe; bold and wrapped text to a terminal. */
export interface TerminalStyle {
  span: SpanStyle;
  heading(text: string): string;
  subheading(text: string): string;
  /** Wrap width in columns; none for a pipe. */
  width?: number;
}

const BOLD = (t: string) => `\x1b[1m${t}\x1b[22m`;
const ANSI: SpanStyle = { text: (t) => t, strong: BOLD, code: (t) => `\x1b[36m${t}\x1b[39m`, bullet: '• ' };
const UNSTYLED: SpanStyle = { ...PLAIN, bullet: '• ' };

/** A pipe keeps Markdown (scripts and tests read it); a terminal gets styling, none with NO_COLOR. */
export function terminalStyle(out: { isTTY?: boolean; columns?: number }, noColor: boolean): TerminalStyle {
  if (!out.isTTY) return MARKDOWN_OUTPUT;
  const span = noColor ? UNSTYLED : ANSI;
  return {
    span,
    heading: (t) => span.strong(t.toUpperCase()),
    subheading: span.strong,
    // A pseudo-terminal of unknown size reports 0 columns: take the usual 80 then.
    width: Math.max(20, (out.columns || 80) - 1),
  };
}

export const MARKDOWN_OUTPUT: TerminalStyle = {
  span: MARKDOWN,
  heading: (t) => `# ${t}`,
  subheading: (t) => `## ${t}`,
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences are what is measured away.
const ESCAPES = /\x1b\[[0-9;]*m/g;
const visible = (s: string) => s.replace(ESCAPES, '').length;

/**
 * Wraps each line at `width` between words, never inside one (a word longer than the line stays
 * whole); list items keep their text aligned after the bullet.
 */
export function wrapLines(text: string, width: number | undefined): string {
  if (!width) return text;
  return text
    .split('\n')
    .map((line) => {
      if (visible(line) <= width) return line;
      const bullet = /^(\s*(?:[•-] |\[\d+\] ))/.exec(line.replace(ESCAPES, ''))?.[1] ?? '';
      const indent = ' '.repeat(bullet.length);
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && visible(current) + 1 + visible(word) > width) {
          out.push(current);
          current = indent + word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
