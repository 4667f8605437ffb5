import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { splitText } from '../../src/chat/split-text.js';
import { answerMessage, MAX_BLOCKS, SECTION_LIMIT } from '../../src/slack/blocks.js';
import { markdownToMrkdwn, stripMentions } from '../../src/slack/mrkdwn.js';

describe('Slack rendering', () => {
  it('converts the core’s Markdown to mrkdwn and escapes control characters', () => {
    expect(markdownToMrkdwn('**Urban Mechanic**: a & b <c>\n- one\n# Title\n[docs](https://example.org/x)')).toBe(
      '*Urban Mechanic*: a &amp; b &lt;c&gt;\n• one\n*Title*\n<https://example.org/x|docs>',
    );
  });

  it('strips mentions but keeps channel names and link labels', () => {
    expect(stripMentions('<@UBOT> hi <!here> see <#C1|general> and <https://x.org|the site> @channel')).toBe('hi see #general and the site channel');
  });

  it('splits long text at line or word boundaries within the limit', () => {
    const text = Array.from({ length: 400 }, (_, i) => `line ${i} with some words`).join('\n');
    const pieces = splitText(text, SECTION_LIMIT);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(SECTION_LIMIT);
    expect(pieces.join('\n')).toBe(text);
  });

  it('keeps a huge answer under 50 blocks with sources and buttons intact', () => {
    const body = Array.from({ length: 3000 }, (_, i) => `- item ${i} ${'x'.repeat(60)}`).join('\n');
    const answer: Answer = { answer: body, body, grounded: true, roles: [], subject: [], gaps: [], sources: [{ id: 'a', title: 'A', score: 1, path: 'roles/a.md', origin: 'team', teamParts: [] }], mode: 'extractive', intent: 'describe' };
    const message = answerMessage(answer, 'q');
    expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(message.blocks.at(-1)?.type).toBe('actions');
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });
});
