import { beforeAll, describe, expect, it } from 'vitest';
import { argsFromText } from '../src/commands/command.js';
import type { ConversationService } from '../src/conversation/conversation-service.js';
import { discordCommandJson } from '../src/discord/commands.js';
import { discordMessages } from '../src/discord/render.js';
import { slackMessage } from '../src/slack/blocks.js';
import { type MessageBody, textOf } from './discord/message-body.js';
import { createService, tempDir } from './support/engine.js';
import { runCli } from './support/run-cli.js';

let service: ConversationService;
beforeAll(async () => {
  service = await createService();
});

const compare = (text: string) => {
  const command = service.commands.find('compare')!;
  return service.runCommand('compare', argsFromText(command, text, { engine: service.engine }), {
    surface: 'test',
    user: 'u',
  });
};

describe('/compare', () => {
  it('puts two roles side by side: shared and distinct skills, backgrounds and related roles, cited', async () => {
    const reply = await compare('urban mechanic vs data scientist');
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    const { body, sources, roles } = reply.answer;
    expect(roles).toEqual(['urban-mechanic', 'data-scientist']);
    expect(sources.map((s) => s.id)).toEqual(['urban-mechanic', 'data-scientist']);
    expect(body).toMatch(/^\*\*Urban Mechanic\*\* vs \*\*Data Scientist\*\*/);
    expect(body).toMatch(/Only the Urban Mechanic: .+ \[1\]/);
    expect(body).toMatch(/Only the Data Scientist: .+ \[2\]/);
    expect(body).toContain('Backgrounds for the Data Scientist');
    expect(body).toContain('Related to the Urban Mechanic');
    expect(reply.actions?.share).toMatch(/^answer:/);
  });

  it('reads two names however they are typed, and says which one it does not know', async () => {
    for (const text of ['urban-mechanic data-scientist', 'cloud architect and SDN', 'Data Scientist, Urban Mechanic']) {
      expect((await compare(text)).kind).toBe('answer');
    }
    const miss = await compare('urban mechanic vs astronaut');
    expect(miss).toMatchObject({ kind: 'not-found', of: 'role', name: 'astronaut' });
    expect((await compare('urban mechanic')).kind).toBe('notice');
  });

  it('reaches Slack, Discord and the CLI from its one file', async () => {
    expect(
      discordCommandJson(service.commands.all, { global: true }).find((c) => c.name === 'compare')?.options,
    ).toHaveLength(2);
    const reply = await compare('urban mechanic vs data scientist');
    expect(JSON.stringify(slackMessage(reply).blocks)).toContain('**Urban Mechanic** vs **Data Scientist**');
    expect(textOf(discordMessages(reply)[0] as MessageBody)).toContain('**Urban Mechanic** vs **Data Scientist**');
    const cli = await runCli(['compare', 'urban mechanic vs data scientist'], {
      env: { CAREER_BOT_CACHE_DIR: await tempDir('cmp') },
    });
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('Both draw on');
    expect(cli.stdout).toContain('**Sources**');
  });
});
