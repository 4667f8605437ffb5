import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { readEvalSet } from '../eval/eval-sets.js';
import { syntheticQuestions, writeSyntheticKnowledge } from './synthetic-knowledge.js';

const DIST = path.join(PACKAGE_ROOT, 'dist', 'bench');

interface EngineRun {
  startMs: number;
  firstAskMs: number;
  fromCache: boolean;
  indexing?: { origin: string; embedded: number; ms: number };
  docs: number;
  askP50: number;
  askP99: number;
  peakRssMb: number;
}

interface VectorRun {
  chunks: number;
  sparseP50: number;
  sparseRecall: number;
  hnsw: { m: number; efConstruction: number; efSearch: number };
  hnswBuildMs: number;
  efSweep: { ef: number; p50: number; recall: number }[];
  memoryAddMs: number;
  memoryP50: number;
  memoryRecall: number;
}

/** Runs one probe in a fresh Node process (its own start-up and peak memory) and reads its JSON line. */
function probe<T>(script: string, args: string[]): T {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', path.join(DIST, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${script} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as T;
}

/** Files edited one after another, each followed by a start, for the edit's figures. */
const EDITS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);

/**
 * `npm run bench -- --scale [--sizes 1000,10000,100000]`: for each size, a synthetic knowledge
 * folder in a temporary directory, then side by side: cold build, start with a warm cache, the
 * start after editing one file (and its re-indexing; three edits), ask p50/p99, peak RSS, vector search and recall@10 against exact
 * search, hnswlib on dense vectors, and LangChain's MemoryVectorStore on the same vectors.
 */
export async function runScaleBench(sizes: number[]): Promise<void> {
  const real =
    readEvalSet('tuning', path.join(PACKAGE_ROOT, 'test', 'eval', 'tune'))
      ?.ask.map((c) => c.turns.at(-1)!)
      .slice(0, 300) ?? [];
  const rows: string[] = [];
  for (const size of sizes) {
    const root = mkdtempSync(path.join(tmpdir(), `career-bot-scale-${size}-`));
    try {
      const knowledgeDir = path.join(root, 'knowledge');
      const cacheDir = path.join(root, 'cache');
      const generated = writeSyntheticKnowledge(knowledgeDir, {
        chunks: size,
        realKnowledge: path.join(PACKAGE_ROOT, 'knowledge'),
      });
      const questionsFile = path.join(root, 'questions.json');
      writeFileSync(questionsFile, JSON.stringify(syntheticQuestions(generated, real)));

      const cold = probe<EngineRun>('scale-probe.js', [knowledgeDir, cacheDir, questionsFile]);
      const warm = probe<EngineRun>('scale-probe.js', [knowledgeDir, cacheDir, questionsFile]);
      const vectors = probe<VectorRun>('vector-probe.js', [cacheDir, questionsFile]);
      // Several edits, one file each, each followed by a start: one start is too noisy a figure.
      const roleFiles = readdirSync(path.join(knowledgeDir, 'roles', 'generated')).slice(0, EDITS);
      const edits = roleFiles.map((file) => {
        appendFileSync(
          path.join(knowledgeDir, 'roles', 'generated', file),
          '\nThis role also reviews open-data dashboards.\n',
        );
        return probe<EngineRun>('scale-probe.js', [knowledgeDir, cacheDir, questionsFile]);
      });
      const edited = edits.at(-1)!;
      const starts = edits.map((e) => e.startMs);
      const indexing = edits.map((e) => e.indexing?.ms ?? Number.NaN);

      const [shipped, ...others] = vectors.efSweep;
      rows.push(
        [
          vectors.chunks.toLocaleString('en'),
          cold.docs.toLocaleString('en'),
          ms(cold.startMs),
          `${ms(warm.startMs)} (first answer ${ms(warm.firstAskMs)})`,
          `${ms(median(starts))} (${ms(median(indexing))}; ${EDITS} edits: ${starts.map(ms).join(', ')} (${indexing.map(ms).join(', ')}); index ${edited.indexing?.origin ?? '?'}, ${edited.indexing?.embedded ?? '?'} chunks embedded)`,
          `${ms(warm.askP50)} / ${ms(warm.askP99)} (after the edit ${ms(edited.askP50)} / ${ms(edited.askP99)})`,
          `${Math.round(cold.peakRssMb)} MB (warm ${Math.round(warm.peakRssMb)}, edit ${Math.round(Math.max(...edits.map((e) => e.peakRssMb)))})`,
          `${ms(vectors.sparseP50)}, ${vectors.sparseRecall.toFixed(3)}`,
          `${ms(vectors.hnswBuildMs)}; shipped ef ${shipped!.ef}: ${shipped!.recall.toFixed(3)} (${ms(shipped!.p50)}); ${others.map((o) => `ef ${o.ef}: ${o.recall.toFixed(2)} (${ms(o.p50)})`).join(', ')}`,
          `${ms(vectors.memoryP50)}, ${vectors.memoryRecall.toFixed(3)}`,
        ].join(' | '),
      );
      console.error(`scale ${size}: done`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  console.log(
    [
      '| chunks | files | build (cold) | start, warm cache (then the first answer) | start after editing one file (its re-indexing), median of three edits | ask p50 / p99 (after the edits) | peak RSS: cold (warm, edit) | exact sparse search p50, recall@10 | hnswlib on dense stand-in: build; recall@10 (p50) at the shipped search breadth, then others | MemoryVectorStore p50, recall@10 |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r} |`),
    ].join('\n'),
  );
}
