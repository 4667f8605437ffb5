import { readFileSync } from 'node:fs';
import { assembleEngine } from '../app.js';
import { createLogger } from '../logger.js';
import { localEmbeddingModel } from '../retrieval/embedding-model.js';

/**
 * One measurement of the scale benchmark, in a process of its own so that its start-up time and
 * peak memory are its own: opens the engine over a knowledge folder (building or reading the cache),
 * then asks every question once and prints one JSON line.
 *
 * Usage: node dist/bench/scale-probe.js KNOWLEDGE_DIR CACHE_DIR QUESTIONS_JSON
 */
const [knowledgeDir, cacheDir, questionsFile] = process.argv.slice(2);
if (!knowledgeDir || !cacheDir || !questionsFile) {
  console.error('usage: scale-probe KNOWLEDGE_DIR CACHE_DIR QUESTIONS_JSON');
  process.exit(2);
}
const questions = JSON.parse(readFileSync(questionsFile, 'utf8')) as string[];

const started = performance.now();
const engine = await assembleEngine({
  knowledgeDir,
  cacheDir,
  embeddingModel: localEmbeddingModel,
  logger: createLogger('warn'),
});
const startMs = performance.now() - started;

// The first answer pays for what is built on first use (the question reader's tables) and JIT:
// reported on its own, beside the start it follows.
const firstStarted = performance.now();
await engine.ask(questions[0]!);
const firstAskMs = performance.now() - firstStarted;
// The next answers still warm up; the figures are for a process already serving.
for (const q of questions.slice(1, 20)) await engine.ask(q);
const times: number[] = [];
for (const q of questions) {
  const t = performance.now();
  await engine.ask(q);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;

console.log(
  JSON.stringify({
    startMs,
    firstAskMs,
    fromCache: engine.indexFromCache,
    indexing: engine.indexing,
    docs: engine.kb.docs.length,
    askP50: at(0.5),
    askP99: at(0.99),
    askMax: times.at(-1),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
