import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../src/answer/answer-markdown.js';
import { BREAK, code, item, line, toBlocks } from '../../src/answer/answer-parts.js';
import { splitText } from '../../src/chat/split-text.js';
import { MAX_BLOCKS, SECTION_LIMIT, slackMessage } from '../../src/slack/blocks.js';
import { MRKDWN, stripMentions } from '../../src/slack/mrkdwn.js';
import { answerOf } from '../support/answer-fixture.js';

describe('Slack rendering', () => {
  it('renders answer parts as mrkdwn: bold names, bullets, citations, control characters escaped', () => {
    const parts = toBlocks([
      line({ type: 'role', id: 'urban-mechanic', title: 'Urban Mechanic', strong: true }, ': a & b <c> ', {
        type: 'cite',
        n: 1,
      }),
      BREAK,
      item('one'),
      line('use ', code('/role <name>')),
    ]);
    expect(renderBlocks(parts, MRKDWN)).toBe(
      '*Urban Mechanic*: a &amp; b &lt;c&gt; [1]\n\n• one\n\nuse `/role &lt;name&gt;`',
    );
  });

  it('puts an answer that fits in one markdown block, with no way to form a mention', () => {
    const parts = toBlocks([
      line({ type: 'role', id: 'urban-mechanic', title: 'Urban Mechanic', strong: true }, ': see <!here> ', {
        type: 'cite',
        n: 1,
      }),
      BREAK,
      item('one'),
    ]);
    const message = slackMessage({
      kind: 'answer',
      question: 'q',
      answer: answerOf(parts),
      actions: { feedback: 'k' },
    });
    expect(message.blocks![0]).toEqual({ type: 'markdown', text: '**Urban Mechanic**: see !here [1]\n\n- one' });
  });

  it('strips mentions but keeps channel names and link labels', () => {
    expect(stripMentions('<@UBOT> hi <!here> see <#C1|general> and <https://x.org|the site> @channel')).toBe(
      'hi see #general and the site channel',
    );
  });

  it('splits long text at line or word boundaries within the limit', () => {
    const text = Array.from({ length: 400 }, (_, i) => `line ${i} with some words`).join('\n');
    const pieces = splitText(text, SECTION_LIMIT);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(SECTION_LIMIT);
    expect(pieces.join('\n')).toBe(text);
  });

  it('keeps a huge answer under 50 blocks with sources and buttons intact', () => {
    const parts = toBlocks(Array.from({ length: 3000 }, (_, i) => item(`item ${i} ${'x'.repeat(60)}`)));
    const message = slackMessage({
      kind: 'answer',
      question: 'q',
      answer: answerOf(parts),
      actions: { feedback: 'k' },
    });
    expect(message.blocks!.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(message.blocks!.at(-1)?.type).toBe('context_actions');
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });
});
