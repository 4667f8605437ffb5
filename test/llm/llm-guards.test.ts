import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { tempDir } from '../support/engine.js';
import { capturedLogger } from '../support/log-capture.js';
import { FakeOpenAI } from './fake-openai.js';

// What LLM mode must refuse to pass off as an answer, against the local OpenAI-compatible server.

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await FakeOpenAI.start();
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.chatRequests.length = 0;
  fake.script.length = 0;
});

async function llmApp(): Promise<App & { logs: Record<string, unknown>[] }> {
  const { logger, lines } = capturedLogger();
  const config = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseUrl, OPENAI_MODEL: 'fake-model', OPENAI_TIMEOUT_MS: '300', CAREER_BOT_CACHE_DIR: await tempDir('llm-guards') });
  return { ...(await buildApp(config, logger)), logs: lines };
}

const failures = (app: { logs: Record<string, unknown>[] }) => app.logs.filter((l) => l.msg === 'llm failed; offline answer').map((l) => l.cause);
const ANSWER = 'Urban mechanics are civic innovators who connect start-ups with funding and humanize interactions [1].';

describe('LLM mode holds the same line as offline', () => {
  it('does not pass off an answer cut by the token limit as finished', async () => {
    const app = await llmApp();
    fake.script.push({ kind: 'answer', text: 'Urban mechanics are civic innovators who conn', finishReason: 'length' });
    const a = await app.engine.ask('What does an urban mechanic do?');
    expect(a.mode).toBe('extractive');
    expect(a.body).not.toContain('who conn');
    expect(failures(app)).toEqual(['incomplete']);
  });

  it('does not pass off a stream that ends without finishing ([DONE] never sent)', async () => {
    const app = await llmApp();
    fake.script.push({ kind: 'answer', text: ANSWER, cut: true });
    const a = await app.engine.ask('What does an urban mechanic do?');
    expect(a.mode).toBe('extractive');
    expect(failures(app)).toEqual(['incomplete']);
  });

  it('counts a timeout after the response headers as a failure, and opens the breaker after three', async () => {
    const app = await llmApp();
    for (let i = 0; i < 3; i++) fake.script.push({ kind: 'headers-then-hang' });
    for (let i = 0; i < 3; i++) expect((await app.engine.ask('What does an urban mechanic do?')).mode).toBe('extractive');
    expect(failures(app)).toEqual(['timeout', 'timeout', 'timeout']);
    await app.engine.ask('What does a data scientist do?');
    expect(fake.chatRequests).toHaveLength(3);
    expect(app.logs.some((l) => l.msg === 'llm skipped; offline answer')).toBe(true);
  });

  it('times out a stream that stalls between tokens', async () => {
    const app = await llmApp();
    fake.script.push({ kind: 'answer', text: ANSWER, pieces: 4, stallAfter: 2 });
    const a = await app.engine.ask('What does an urban mechanic do?');
    expect(a.mode).toBe('extractive');
    expect(failures(app)).toEqual(['timeout']);
  });

  it('drops a sentence whose only citation is invented, and warns', async () => {
    const app = await llmApp();
    fake.script.push({ kind: 'answer', text: 'Urban mechanics earn 200,000 dollars a year [9]. They might head up an innovation hub [1].' });
    const a = await app.engine.ask('What does an urban mechanic do?');
    expect(a.mode).toBe('llm');
    expect(a.body).toBe('They might head up an innovation hub [1].');
    expect(a.body).not.toContain('200,000');
    expect(app.logs.find((l) => l.msg === 'llm cited passages it was not given; those sentences dropped')).toMatchObject({ level: 40, droppedSentences: 1 });
  });

  it('rejects an answer that echoes its prompt, even with valid citation numbers', async () => {
    const app = await llmApp();
    const probe = await app.engine.ask('What does an urban mechanic do?');
    expect(probe.mode).toBe('llm');
    const prompt = (fake.chatRequests[0]!.body.messages as { content: string }[])[1]!.content;
    fake.script.push({ kind: 'answer', text: prompt });
    const a = await app.engine.ask('What does an urban mechanic do?');
    expect(a.mode).toBe('extractive');
    expect(app.logs.some((l) => l.msg === 'llm answer repeats its prompt; offline answer')).toBe(true);
  });

  it('gives the model only the passages that matter', async () => {
    const app = await llmApp();
    await app.engine.ask('What does an urban mechanic do?');
    const prompt = (fake.chatRequests[0]!.body.messages as { content: string }[])[1]!.content;
    const passages = [...prompt.matchAll(/^\[(\d+)\] \((role|skill|source): ([^,]+),/gm)].map((m) => m[3]);
    expect(passages[0]).toBe('Urban Mechanic');
    expect(passages.length).toBeLessThan(6);
  });
});
