import path from 'node:path';
import { buildApp } from '../app.js';
import { loadConfig, PACKAGE_ROOT } from '../config.js';
import { createLogger } from '../logger.js';
import { readEvalSet, type EvalSet } from './eval-sets.js';
import { judgeAnswer, metricsOf, type AskOutcome, type Metrics } from './score-eval.js';

const fmt = (x: number) => (Number.isNaN(x) ? '  n/a' : x.toFixed(3));

function report(name: string, m: Metrics): string {
  return [
    `== ${name}: ${m.questions} questions`,
    `role hit@1 ${fmt(m.hitAt1)}  hit@3 ${fmt(m.hitAt3)}  MRR ${fmt(m.mrr)}`,
    `text recall ${fmt(m.textRecall)}  off-topic decline ${fmt(m.offTopicDecline)}  false declines ${fmt(m.falseDecline)}`,
    `grounded answers citing >= 1 source ${fmt(m.citedWhenGrounded)}  lookup accuracy ${fmt(m.lookupAccuracy)}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const config = loadConfig();
  const app = await buildApp(config, createLogger(config.logLevel ?? 'warn'));
  const sets = [
    readEvalSet('team (test/eval)', path.join(PACKAGE_ROOT, 'test', 'eval')),
    readEvalSet('shared dev (../shared/eval)', path.join(PACKAGE_ROOT, '..', 'shared', 'eval')),
  ].filter((s): s is EvalSet => s !== undefined);

  for (const set of sets) {
    const outcomes: AskOutcome[] = [];
    for (const c of set.ask) {
      const answer = await app.engine.ask(c.q);
      outcomes.push({ case: c, answer, failures: judgeAnswer(c, answer) });
    }
    const lookups = set.lookup.map((c) => {
      const r = app.engine.role(c.q);
      return { case: c, got: r.found ? r.card.id : null };
    });
    for (const o of outcomes) {
      if (o.failures.length || verbose) console.log(`${o.failures.length ? 'FAIL' : 'ok  '} ${o.case.id} ${JSON.stringify(o.case.q)}: ${o.failures.join('; ') || o.answer.roles.slice(0, 3).join(',')}`);
    }
    for (const l of lookups) if (l.got !== l.case.id) console.log(`FAIL lookup ${JSON.stringify(l.case.q)}: got ${l.got}, want ${l.case.id}`);
    console.log(report(set.name, metricsOf(outcomes, lookups)));
  }
}

await main();
